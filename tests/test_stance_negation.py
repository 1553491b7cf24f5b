"""Negation carried by an argument or an adverb rather than by "not" on the verb (guidelines 6.2: a negated
cooperative act is REJECT, negated): a negative subject ("Neither A nor B accepted", "No state
recognised"), a negative object of a verb cue ("have no relations"), "no longer", and "has yet to"; and the
owner of an object answered by a conjoined subject ("A and B accepted the proposal from C")."""

from __future__ import annotations

from stance_helpers import sentence_stances


def coded(rec: dict, n: int = 0) -> set[tuple[str, str, str, bool]]:
    return {(s["source"], s["target"], s["category"], s["negated"]) for s in sentence_stances(rec, n)}


def test_no_longer_negates_a_cooperative_act(annotate):
    assert ("BOL", "CHL", "REJECT", True) in coded(annotate("Bolivia no longer recognises the treaty with Chile."))


def test_longer_without_no_is_no_negation(annotate):
    assert ("CHL", "BOL", "SUPPORT", False) in coded(annotate("Chile has supported Bolivia for longer than a decade."))


def test_negative_object_of_a_relation_verb(annotate):
    got = coded(annotate("Chile and Bolivia have no diplomatic relations."))
    assert got and all(cat == "REJECT" and neg for _, _, cat, neg in got)


def test_relations_without_a_negative_object_are_cooperation(annotate):
    got = coded(annotate("Chile and Bolivia have diplomatic relations."))
    assert got and all(cat == "COOPERATE" and not neg for _, _, cat, neg in got)


def test_neither_nor_subject_negates_the_act(annotate):
    got = coded(annotate("Neither Ghana nor Togo accepted the proposal from Nigeria."))
    assert {("GHA", "NGA", "REJECT", True), ("TGO", "NGA", "REJECT", True)} <= got


def test_has_yet_to_is_not_done(annotate):
    assert ("TUR", "ARM", "REJECT", True) in coded(annotate("Turkey has yet to open its border with Armenia."))


def test_yet_again_is_no_negation(annotate):
    assert ("TUR", "ARM", "CONCEDE", False) in coded(annotate("Turkey opened its border with Armenia yet again."))


def test_cue_own_negative_determiner_counts_once(annotate):
    rec = annotate("Tunisia and Libya trade little. No Tunisian investment in Libya has been announced.")
    assert not any(cat == "AID" and not neg for _, _, cat, neg in coded(rec, 1))


def test_conjoined_subjects_answer_the_owner_of_a_proposal(annotate):
    got = coded(annotate("Kenya and Uganda accepted the proposal from Ethiopia."))
    assert {("KEN", "ETH", "AGREE", False), ("UGA", "ETH", "AGREE", False)} <= got
    assert not any({s, t} == {"KEN", "UGA"} for s, t, _, _ in got)


def test_conjoined_subjects_of_an_unowned_deal_agree_with_each_other(annotate):
    got = coded(annotate("Kenya and Uganda accepted the deal."))
    assert any({s, t} == {"KEN", "UGA"} for s, t, _, _ in got)
