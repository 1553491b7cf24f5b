"""Polarity and missed-sentence constructions (helper polarity7), on sentences of our own."""

from __future__ import annotations

from stance_helpers import find, stances


def test_disappointed_by_is_a_complaint_towards_the_cause(annotate):
    record = annotate("Australia said it was disappointed by Indonesia's decision.")
    s = find(stances(record), "AUS", "IDN", "ACCUSE")
    assert s["polarity"] == "conflictual"
    record = annotate("The Iranian decision disappointed Oman.")
    find(stances(record), "OMN", "IRN", "ACCUSE")


def test_disappointing_without_two_parties_is_no_stance(annotate):
    record = annotate("The team from Ghana disappointed in the final.")
    assert stances(record) == []


def test_active_conjunct_after_a_passive_keeps_its_subject_as_source(annotate):
    record = annotate("Canada said it was disappointed by the ruling and pressed Mexico to reverse it.")
    s = find(stances(record), "CAN", "MEX", "REQUEST")
    assert s["polarity"] == "conflictual"
    record = annotate("Peru was criticised by Chile and urged Bolivia to mediate.")
    find(stances(record), "CHL", "PER", "ACCUSE")
    find(stances(record), "PER", "BOL", "REQUEST")


def test_a_passive_conjunct_still_shares_the_passive(annotate):
    record = annotate("Kenya was attacked and invaded by Somalia.")
    assert all(s["source"] == "SOM" for s in stances(record))
    find(stances(record), "SOM", "KEN", "ASSAULT")


def test_them_stands_for_an_earlier_coordination_in_the_sentence(annotate):
    record = annotate("Ghana and Togo fought a war in 1990, and years of talks between them have not produced a treaty.")
    s = find(stances(record), "GHA", "TGO", "CONSULT")
    assert s["polarity"] == "cooperative" and s["symmetric"]
    record = annotate("China supported Pakistan and Iran and provided them with aid.")
    find(stances(record), "CHN", "PAK", "AID")
    find(stances(record), "CHN", "IRN", "AID")


def test_them_after_a_single_actor_stays_single(annotate):
    record = annotate("Brazil criticised Venezuela and imposed sanctions on them.")
    assert {(s["source"], s["target"]) for s in stances(record)} == {("BRA", "VEN")}


def test_relations_after_a_fronted_date_are_the_subject_of_the_predicate(annotate):
    record = annotate("In 2019 relations between Kenya and Tanzania sank to their lowest point since independence.")
    (s,) = stances(record)
    assert (s["category"], s["polarity"], s["symmetric"]) == ("REJECT", "conflictual", True)
    assert {s["source"], s["target"]} == {"KEN", "TZA"}
    assert not [a for sent in record["sentences"] for a in sent.get("acts", [])]  # no sinking of ships


def test_a_fronted_phrase_without_a_date_is_no_relation_subject(annotate):
    record = annotate("In the talks Kenya pressed Tanzania to open the border.")
    assert [(s["source"], s["target"], s["category"]) for s in stances(record)] == [("KEN", "TZA", "REQUEST")]


def test_tightening_controls_on_another_state_is_a_sanction(annotate):
    record = annotate("In March 2021 Canada tightened its controls on exports to Myanmar.")
    s = find(stances(record), "CAN", "MMR", "SANCTION")
    assert s["polarity"] == "conflictual"


def test_tightening_a_grip_is_no_sanction(annotate):
    record = annotate("Kenya tightened its grip on the border region.")
    assert stances(record) == []
    assert not [a for sent in record["sentences"] for a in sent.get("acts", [])]


def _flagged(record: dict, category: str) -> dict:
    return next(s for s in stances(record) if s["category"] == category)


def test_a_but_conjunct_after_a_denied_charge_is_asserted(annotate):
    record = annotate("Kenyan officials rejected the charge that their country was a haven for smugglers "
                      "but promised to take Uganda's concerns seriously.")
    s = find(stances(record), "KEN", "UGA", "AGREE")
    assert s["polarity"] == "cooperative" and not s["denied"]
    record = annotate("Iran denied that it had armed the Houthis but offered them political support.")
    assert _flagged(record, "AID")["denied"]
    assert not _flagged(record, "AGREE")["denied"]


def test_a_plain_conjunct_in_a_denied_clause_stays_denied(annotate):
    record = annotate("Chile denied that it had attacked Peru and shelled its villages.")
    assert stances(record) and all(s["denied"] and s["polarity"] == "neutral" for s in stances(record))


def test_talks_after_which_two_parties_act_are_between_them(annotate):
    record = annotate("Ghana and Togo announced their agreement on Monday, after weeks of talks brokered by Nigeria.")
    s = find(stances(record), "GHA", "TGO", "CONSULT")
    assert s["symmetric"] and s["polarity"] == "cooperative"
    record = annotate("Chile and Peru signed the accord after months of negotiations.")
    find(stances(record), "CHL", "PER", "CONSULT")


def test_talks_with_their_own_parties_or_after_one_party_are_not_reassigned(annotate):
    record = annotate("Ghana and Togo signed the accord after talks between Nigeria and Benin.")
    pairs = {frozenset((s["source"], s["target"])) for s in stances(record) if s["category"] == "CONSULT"}
    assert pairs == {frozenset(("NGA", "BEN"))}
    record = annotate("Chile signed the accord after months of negotiations.")
    assert not [s for s in stances(record) if s["category"] == "CONSULT"]
