"""Stance constructions found by probing new dyads: acts labelled as wrongs, agreements named only as the
text breached. Sentences written for these tests."""

from __future__ import annotations


def coded(record: dict, k: int = 0) -> set[tuple[str, str, str]]:
    return {(t["source"], t["target"], t["category"]) for t in record["sentences"][k]["stances"]}


def test_an_act_regarded_as_a_wrong_is_an_accusation_of_its_author(annotate):
    rec = annotate("Nairobi regards Kampala's new levy as a breach of the customs union.")
    assert ("KEN", "UGA", "ACCUSE") in coded(rec)
    rec = annotate("Ottawa described Delhi's statement as an interference in Canadian affairs.")
    assert ("CAN", "IND", "ACCUSE") in coded(rec)
    # negative: a positive label is no accusation
    rec = annotate("Nairobi regards Kampala's new levy as a fair measure.")
    assert not any(c == "ACCUSE" for _, _, c in coded(rec))


def test_an_agreement_named_as_the_text_breached_is_no_agreement(annotate):
    rec = annotate("Armenia accused Azerbaijan of repeated violations of the truce agreement.")
    assert not any(c == "AGREE" for _, _, c in coded(rec))
    assert ("ARM", "AZE", "ACCUSE") in coded(rec)
    # negative: an agreement signed stays one
    rec = annotate("Armenia and Azerbaijan signed a truce agreement.")
    assert {frozenset(p[:2]) for p in coded(rec) if p[2] == "AGREE"} == {frozenset(("ARM", "AZE"))}


def test_a_text_providing_for_something_is_no_aid(annotate):
    rec = annotate("Peru and Ecuador signed the Brasilia accord in 1998. The accord provided for a demilitarised "
                   "zone and a continued Peruvian police presence.")
    assert not any(c == "AID" for _, _, c in coded(rec, 1))
    # negative: providing something to someone is aid
    rec = annotate("In 1998 Brazil provided helicopters to Peru for the border survey.")
    assert ("BRA", "PER", "AID") in coded(rec)


def test_sending_armed_craft_to_no_named_party_is_mobilisation(annotate):
    rec = annotate("Seoul protested in 2005. Tokyo then sent coast guard vessels into the disputed waters.",
                   {"dyads": ["JPN-KOR"]})
    cats = {c for s, _, c in coded(rec, 1) if s == "JPN"}
    assert "AID" not in cats
    # negative: relief ships to a named state stay aid
    rec = annotate("In 2013 South Korea sent relief ships to the Philippines.")
    assert ("KOR", "PHL", "AID") in coded(rec)


def test_viewing_an_act_with_suspicion_is_an_accusation(annotate):
    rec = annotate("Islamabad views Delhi's new dam project with deep suspicion.")
    assert ("PAK", "IND", "ACCUSE") in coded(rec)
    # negative: a neutral attitude noun is no label
    rec = annotate("Islamabad views Delhi's new dam project with interest.")
    assert coded(rec) == set()
