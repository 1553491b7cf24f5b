"""Cues made by a verb with its object, and targets found through the object (own sentences)."""

from __future__ import annotations

from stance_helpers import triples as stances


def test_closing_a_border_with_a_state_is_a_sanction(annotate):
    assert stances(annotate("Pakistan closed its border with Afghanistan after the clashes.")) == [
        ("PAK", "AFG", "SANCTION")]


def test_passive_closure_keeps_the_agent_as_source(annotate):
    assert stances(annotate("The border with Iran was closed by Turkey in 2015.")) == [("TUR", "IRN", "SANCTION")]


def test_reopening_crossings_is_a_concession(annotate):
    assert stances(annotate("Iran reopened its border crossings with Afghanistan in March.")) == [
        ("IRN", "AFG", "CONCEDE")]


def test_closing_something_else_is_no_cue(annotate):
    assert stances(annotate("Germany closed its coal mines near the Polish border.")) == []


def test_strengthening_forces_in_a_state_is_mobilisation(annotate):
    # a place is a target only for a state that is an actor of the document (guidelines 6.3)
    record = annotate("Lebanon accused Israel of violating the truce. Israel has strengthened its forces in Lebanon.")
    assert ("ISR", "LBN", "MOBILIZE") in stances(record)
    alone = annotate("Israel has strengthened its forces in Lebanon.")
    assert stances(alone) == [] and [a["category"] for s in alone["sentences"] for a in s["acts"]] == ["MOBILIZE"]


def test_strengthening_ties_is_not_mobilisation(annotate):
    assert all(c != "MOBILIZE" for _, _, c in stances(annotate("India strengthened its ties with Japan.")))


def test_protest_over_an_act_targets_whoever_did_it(annotate):
    record = annotate("Chile protested over the detention of Peruvian fishermen by Argentina.")
    assert stances(record) == [("CHL", "ARG", "ACCUSE")]


def test_condemning_an_attack_by_a_state_targets_that_state(annotate):
    assert stances(annotate("Iran condemned the attack on its consulate by Israel.")) == [("IRN", "ISR", "ACCUSE")]


def test_a_cue_noun_among_coordinated_objects_takes_the_light_verb(annotate):
    record = annotate("Georgia launched rockets, mortars and artillery fire against Russia.")
    assert ("GEO", "RUS", "ASSAULT") in stances(record)


def test_a_cue_word_inside_an_organisation_name_is_no_cue(annotate):
    record = annotate("Russia worked with the United States and the North Atlantic Treaty Organization.")
    assert ("NATO", "USA", "AGREE") not in stances(record)
    assert ("RUS", "USA", "COOPERATE") in stances(record)


def test_it_never_refers_to_a_person(annotate):
    record = annotate("President Lula reminded Venezuela that it must respect the vote and cooperate with Brazil.")
    assert ("VEN", "BRA", "COOPERATE") in stances(record)
    assert all(src != "PER-lula" and not src.startswith("PER-") for src, _, c in stances(record) if c == "COOPERATE")


def test_he_refers_to_the_person_not_to_the_state_beside_him(annotate):
    record = annotate("Emir Tamim of Qatar said he would host talks between Egypt and Israel.")
    assert ("PER-tamim", "EGY", "AGREE") in stances(record)
    assert not any(src == "QAT" for src, _, _ in stances(record))


def test_trading_weapons_is_no_exchange_of_fire(annotate):
    assert all(c != "ASSAULT" for _, _, c in stances(annotate("Iran traded weapons with Armenia for years.")))


def test_object_cue_tables_may_be_lists(tmp_path):
    from afru_nlp.stance_rules import parse_lexicon

    data = {"categories": {"ASSAULT": {"quad": "material_conflict", "score": -0.9}},
            "object_cues": {"ASSAULT": [{"verbs": ["fire"], "objects": ["rocket"]},
                                        {"verbs": ["trade"], "objects": ["fire"]}]}}
    lex = parse_lexicon(data)
    assert lex.object_cues == {("fire", "rocket"): "ASSAULT", ("trade", "fire"): "ASSAULT"}


def test_subjunctive_content_tagged_as_noun_gives_its_subject_as_target(annotate):
    """"demanded that the Kenyan government release ...": the parser tags "release" NN, but it heads a
    clause with a subject; without a subject of its own nothing is added."""
    assert ("ORG-somali-rebels", "KEN", "REQUEST") in stances(annotate(
        "Somali rebels demanded that the Kenyan government release all prisoners."))
    assert ("ORG-somali-rebels", "KEN", "REQUEST") in stances(annotate(
        "Somali rebels demanded that Kenya's government release all prisoners."))
    assert stances(annotate("Somali rebels demanded that the release of prisoners begin.")) == []


def test_insisting_on_a_demand_takes_the_target_of_its_that_clause(annotate):
    """"insisted on its demand that X ...": the subject of the demand's that-clause is the target; a
    non-request noun ("the fact that ...") gives none."""
    assert ("KEN", "UGA", "REQUEST") in stances(annotate("Kenya insisted on its demand that Uganda withdraw its troops."))
    assert ("ORG-somali-rebels", "KEN", "REQUEST") in stances(annotate(
        "Somali rebels insisted on their demands that Kenya's government release all prisoners."))
    assert not any(t[:2] == ("KEN", "UGA") and t[2] == "REQUEST" for t in stances(annotate(
        "Kenya insisted on the fact that Uganda had attacked first.")))
