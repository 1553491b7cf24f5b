"""Partner choice (helper partner7): constructions that decide which actors are the parties of a stance,
on sentences of our own."""

from __future__ import annotations

from stance_helpers import find, stances, triples


def test_fronted_like_phrase_adds_a_source(annotate):
    record = annotate("Like France, Germany sent troops to Mali in 2013.")
    find(stances(record), "DEU", "MLI")
    find(stances(record), "FRA", "MLI")


def test_fronted_like_phrase_after_and_with_a_pronoun_subject(annotate):
    record = annotate("In 2019 Norway criticised Venezuela and, like Canada, it sent food aid to Colombia.")
    find(stances(record), "CAN", "COL", "AID")


def test_fronted_with_phrase_is_a_partner_not_a_co_source(annotate):
    record = annotate("With France, Germany signed a treaty of friendship in 1963.")
    assert not any(s == "FRA" and t != "DEU" for s, t, _ in triples(record))
    assert any({s, t} == {"DEU", "FRA"} for s, t, _ in triples(record))


def test_like_phrase_on_a_noun_is_not_a_fronted_co_agent(annotate):
    record = annotate("Countries like Kenya sent troops to Somalia.")
    assert [(s, t) for s, t, _ in triples(record)] == [("KEN", "SOM")]


def test_unlike_phrase_adds_no_source(annotate):
    record = annotate("Unlike Poland, Hungary refused to send weapons to Ukraine.")
    assert not any(s == "POL" for s, _, _ in triples(record))



def test_mutual_accusation_of_backing_a_third_party(annotate):
    record = annotate("Sudan and Chad accused each other of backing the Janjaweed.")
    items = stances(record)
    assert find(items, "SDN", "ORG-janjaweed", "SUPPORT")["alleged"]
    assert find(items, "TCD", "ORG-janjaweed", "SUPPORT")["alleged"]
    assert not any(s["category"] == "SUPPORT" and {s["source"], s["target"]} == {"SDN", "TCD"} for s in items)
    find(items, "SDN", "TCD", "ACCUSE")


def test_mutual_accusation_without_a_third_party_stays_between_the_accusers(annotate):
    record = annotate("Armenia and Azerbaijan accused each other of starting the shooting.")
    items = stances(record)
    assert find(items, "ARM", "AZE", "ASSAULT")["alleged"]


def test_talks_with_a_partner_in_a_time_frame_are_held_by_the_subject(annotate):
    record = annotate("President Ruto agreed to reopen the border after talks with Abiy Ahmed.")
    talks = find(stances(record), "PER-ruto", "PER-abiy-ahmed", "CONSULT")
    assert not talks["future"]  # the talks came before the agreement: not the intent of "agreed to"


def test_talks_frame_with_a_past_clause(annotate):
    record = annotate("Erdogan lifted his veto after talks with Putin.")
    find(stances(record), "PER-recep-tayyip-erdogan", "PER-vladimir-putin", "CONSULT")


def test_talks_between_others_are_not_the_subjects(annotate):
    record = annotate("After talks between Kenya and Somalia, Ethiopia withdrew its troops.")
    assert not any(s["source"] == "ETH" and s["category"] == "CONSULT" for s in stances(record))


def test_another_framing_event_is_not_the_subjects(annotate):
    record = annotate("After years of fighting with Eritrea, Ethiopia opened talks with the African Union.")
    assert not any({s["source"], s["target"]} == {"ETH", "ERI"} for s in stances(record))


def test_membership_with_a_co_member_keeps_the_organisations(annotate):
    record = annotate("Belarus belongs with Russia to the Eurasian Economic Union and the CSTO.")
    items = stances(record)
    find(items, "BLR", "RUS", "COOPERATE")
    find(items, "BLR", "EAEU", "COOPERATE")
    find(items, "BLR", "CSTO", "COOPERATE")


def test_membership_with_a_to_phrase_that_is_no_organisation(annotate):
    record = annotate("Kyrgyzstan belongs with Kazakhstan to a group of landlocked states bordering China.")
    assert {(s["source"], s["target"]) for s in stances(record)} <= {("KGZ", "KAZ")}


def test_joining_comecon_is_membership(annotate):
    record = annotate("In 1972 Cuba joined the Comecon, the Soviet-led economic bloc.")
    find(stances(record), "CUB", "ORG-comecon", "COOPERATE")


def test_the_commanded_actor_carries_out_the_act(annotate):
    record = annotate("President Biden authorised the Pentagon to send weapons to Ukraine.")
    items = stances(record)
    find(items, "USA", "UKR", "AID")
    find(items, "PER-joe-biden", "UKR", "AID")


def test_the_one_urged_is_not_made_a_source(annotate):
    record = annotate("Ruto urged Tanzania to reopen the border with Kenya.")
    assert not any(s["source"] == "TZA" for s in stances(record))
