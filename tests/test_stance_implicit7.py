"""Parties the sentence leaves implicit (guidelines 6.3): a go-between whose phrase is tied to a joint act."""

from __future__ import annotations

from stance_helpers import sentence_stances


def pairs(items: list[dict]) -> set[tuple[str, str]]:
    return {(s["source"], s["target"]) for s in items}


def test_talks_brokered_by_a_third_party_of_an_announced_deal(annotate):
    record = annotate("Serbia and Kosovo announced their agreement on Friday, after months of talks brokered by "
                      "the European Union.")
    got = pairs(sentence_stances(record, 0))
    assert {("EU", "SRB"), ("EU", "XKX")} <= got


def test_negotiations_hosted_by_a_third_party(annotate):
    record = annotate("Colombia and Venezuela agreed to reopen the border after weeks of negotiations hosted by "
                      "Brazil.")
    got = pairs(sentence_stances(record, 0))
    assert {("BRA", "COL"), ("BRA", "VEN")} <= got


def test_broker_of_a_document_under_which_two_sides_agree(annotate):
    record = annotate("Norway brokered the Oslo declaration of 1993, under which Israel and the PLO agreed to "
                      "recognise each other.")
    got = pairs(sentence_stances(record, 0))
    assert {("NOR", "ISR"), ("NOR", "PSE-PLO")} <= got


def test_mediation_elsewhere_is_not_tied_to_the_joint_act(annotate):
    record = annotate("France and Germany agreed to cooperate, while Norway mediated in Sudan.")
    got = pairs(sentence_stances(record, 0))
    assert not {s for s in got if s[0] == "NOR"}
