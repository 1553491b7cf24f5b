"""CAMEO mode: the only named place of a one-party act's clause gives the missing party (codebook:
"The scene as the other party")."""

import pytest

from stance_helpers import cameo_runner


@pytest.fixture(scope="module")
def cameo(nlp):
    return cameo_runner(nlp, "cameo_scene", keep_neutral=False)


def test_the_only_place_of_the_clause_is_the_target(cameo):
    assert cameo("NATO rejected a proposal for its ships to be stationed in Montenegro.") == [
        ("NATO", "MNE", "conflictual")]
    assert ("TCD-REB", "TCD", "conflictual") in cameo("Chadian rebels destroyed two bridges leading into N'Djamena.")


def test_two_places_or_a_place_before_the_cue_give_no_target(cameo):
    assert cameo("NATO rejected a proposal for its ships to be stationed in Montenegro and Albania.") == []
    assert cameo("Speaking in Montenegro, the NATO chief rejected the proposal.") == []


def test_an_agentless_attack_in_a_place_is_sourced_by_the_place(cameo):
    assert cameo("Two Kenyan policemen were killed by a landmine near a village in Somalia.") == [
        ("SOM", "KEN-COP", "conflictual")]


def test_no_place_source_from_another_clause_or_for_other_categories(cameo):
    assert not any(s == "SOM" for s, _, _ in cameo("Two Kenyan policemen were killed by a man who had trained in Somalia."))
    found = cameo("Finnish peacekeepers were welcomed at a ceremony in Lebanon.")
    assert not any(s == "LBN" for s, _, _ in found)


def test_default_settings_keep_the_act_one_sided(annotate):
    record = annotate("NATO rejected a proposal for its ships to be stationed in Montenegro.")
    assert not [s for sent in record["sentences"] for s in sent["stances"] if s["polarity"] != "neutral"]
