"""Parties the sentence leaves implicit (annotation guidelines 6.3): "the country" as a place named again,
a denial answering the previous sentence's hostile act."""

from __future__ import annotations

from stance_helpers import sentence_stances, stances


def coded(items: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(s["source"], s["target"], s["polarity"], s["category"]) for s in items}


# ---------------------------------------------------------------- "the country": the state last named as a place

def test_the_country_is_the_state_named_as_a_place_before(annotate):
    rec = annotate("Mali asked France for help. In 2012 the crisis in Mali deepened, and the rebels seized much "
                   "of the country within weeks.")
    assert coded(sentence_stances(rec, 1)) == {("ORG-rebels", "MLI", "conflictual", "COERCE")}


def test_the_country_reaches_back_one_sentence(annotate):
    rec = annotate("Yemen and Saudi Arabia signed a pact. Fighting broke out in Yemen. Saudi forces then "
                   "occupied large parts of the country.")
    assert coded(sentence_stances(rec, 2)) == {("SAU", "YEM", "conflictual", "COERCE")}


def test_the_country_with_no_place_before_is_nothing(annotate):
    rec = annotate("The rebels seized much of the country within weeks.")
    assert stances(rec) == []


def test_a_modified_country_is_no_reference(annotate):
    rec = annotate("Mali asked France for help. In 2012 the crisis in Mali deepened, and the rebels seized much "
                   "of the whole country within weeks.")
    assert sentence_stances(rec, 1) == []


# ---------------------------------------------------------------- a denial answering the previous hostile act

def test_denial_with_no_actor_in_its_clause_rejects_the_last_hostile_act(annotate):
    rec = annotate("Kenyan police expelled Somali traders from Nairobi. Somalia denied that the traders had "
                   "broken any law.")
    assert coded(sentence_stances(rec, 1)) == {("SOM", "KEN", "conflictual", "REJECT")}


def test_denial_after_a_cooperative_act_rejects_no_one(annotate):
    rec = annotate("Kenya and Somalia held trade talks in Nairobi. Somalia denied that the talks had failed.")
    assert sentence_stances(rec, 1) == []


def test_a_statement_that_is_no_denial_rejects_no_one(annotate):
    rec = annotate("Kenyan police expelled Somali traders from Nairobi. Somalia said that the traders had "
                   "broken no law.")
    assert sentence_stances(rec, 1) == []


# ---------------------------------------------------------------- an intermediary mediates between the sides

def test_acting_as_a_go_between_beside_talks_mediates_between_their_sides(annotate):
    rec = annotate("Talks between Kenya and Somalia began in Nairobi, with Ethiopia also acting as a go-between.")
    assert {("ETH", "KEN", "cooperative", "CONSULT"), ("ETH", "SOM", "cooperative", "CONSULT")} \
        <= coded(stances(rec))


def test_a_mediator_between_two_named_sides(annotate):
    rec = annotate("Ethiopia acted as a mediator between Kenya and Somalia.")
    assert coded(stances(rec)) == {("ETH", "KEN", "cooperative", "CONSULT"),
                                   ("ETH", "SOM", "cooperative", "CONSULT")}


def test_another_role_beside_an_agreement_is_no_mediation(annotate):
    rec = annotate("Kenya and Somalia signed a deal, with Ethiopia acting as a witness.")
    assert coded(stances(rec)) == {("KEN", "SOM", "cooperative", "AGREE")}


# ---------------------------------------------------------------- following a lead whose target was the dyad's

DYAD = {"dyads": ["IRN-SAU"]}


def test_following_a_named_lead_repeats_an_act_aimed_at_the_dyad_side(annotate):
    rec = annotate("Protesters in Iran stormed an embassy. Saudi Arabia broke off relations in 2016. Bahrain and "
                   "Sudan followed the Saudi lead.", meta=DYAD)
    assert coded(sentence_stances(rec, 2)) == {("BHR", "IRN", "conflictual", "SANCTION"),
                                              ("SDN", "IRN", "conflictual", "SANCTION")}


def test_following_another_leader_repeats_nothing(annotate):
    rec = annotate("Protesters in Iran stormed an embassy. Saudi Arabia broke off relations in 2016. Bahrain and "
                   "Sudan followed the Egyptian lead.", meta=DYAD)
    assert sentence_stances(rec, 2) == []


# ---------------------------------------------------------------- troops sent in answer to a request for help

def test_troops_sent_by_the_one_asked_are_aid_to_the_requester(annotate):
    rec = annotate("Mali asked France for military help. France sent 4,000 troops.")
    assert coded(sentence_stances(rec, 1)) == {("FRA", "MLI", "cooperative", "AID")}


def test_troops_sent_to_the_requester_are_aid_not_mobilisation(annotate):
    rec = annotate("Mali asked France for military help. France sent 4,000 troops to Mali.")
    assert coded(sentence_stances(rec, 1)) == {("FRA", "MLI", "cooperative", "AID")}


def test_troops_sent_elsewhere_or_without_a_request_stay_mobilisation(annotate):
    rec = annotate("Mali asked France for military help. France sent 4,000 troops to Niger.")
    assert coded(sentence_stances(rec, 1)) == {("FRA", "NER", "conflictual", "MOBILIZE")}
    rec = annotate("Mali criticised France. France sent 4,000 troops.")
    assert sentence_stances(rec, 1) == []


# ---------------------------------------------------------------- a predicated adjective of concern

def test_officials_concerned_about_a_states_programme_accuse_it(annotate):
    rec = annotate("Japanese officials remain concerned about China's missile programme.")
    assert coded(stances(rec)) == {("JPN", "CHN", "conflictual", "ACCUSE")}


def test_alarmed_by_a_states_build_up(annotate):
    rec = annotate("Japan remains alarmed by China's military build-up.")
    assert coded(stances(rec)) == {("JPN", "CHN", "conflictual", "ACCUSE")}


def test_concern_about_no_actor_or_negated_concern_is_nothing(annotate):
    assert stances(annotate("Officials in Tokyo are concerned about the economy.")) == []
    assert stances(annotate("Japan is not worried about China's military build-up.")) == []


# ---------------------------------------------------------------- quarrelling is a (reciprocal) accusation

def test_quarrelling_states_accuse_each_other(annotate):
    rec = annotate("Kenya and Uganda quarrelled over the island.")
    assert {frozenset((s["source"], s["target"])) for s in stances(rec) if s["category"] == "ACCUSE"} \
        == {frozenset(("KEN", "UGA"))}


def test_a_quarrel_among_no_actors_is_nothing(annotate):
    assert stances(annotate("The two ministers quarrelled about football.")) == []


# ---------------------------------------------------------------- an agentless passive "in" a hostile event

def test_killed_in_the_strike_of_the_sentence_before(annotate):
    rec = annotate("Indian warplanes struck inside Pakistan. Officials said that many militants had been killed "
                   "in the strike.")
    assert coded(sentence_stances(rec, 1)) == {("IND", "ORG-militants", "conflictual", "ASSAULT")}


def test_killed_in_an_event_whose_demonym_names_the_author(annotate):
    rec = annotate("Many militants were killed in the Indian strike.")
    assert coded(stances(rec)) == {("IND", "ORG-militants", "conflictual", "ASSAULT")}


def test_killed_in_an_indefinite_event_has_no_author(annotate):
    rec = annotate("Indian warplanes struck inside Pakistan. Many militants were killed in a strike.")
    assert sentence_stances(rec, 1) == []
