"""afru_stance: constructions fixed while working on the dev half of the stance challenge set
(benchmarks/challenge/stances.toml). Sentences written for these tests, with other countries and wordings
than the challenge passages; expected codings reasoned from docs/codebook-stance.md."""

from __future__ import annotations

from stance_helpers import stances


def coded(record: dict) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["polarity"]) for s in stances(record)}


# ---------------------------------------------------------------- a cue noun modifying an event noun

def test_modifier_of_an_event_noun_is_no_event_of_its_own(annotate):
    rec = annotate("Norway and Denmark flew emergency aid to the Malawian government.")
    assert coded(rec) == {("NOR", "MWI", "cooperative"), ("DNK", "MWI", "cooperative")}


def test_state_of_emergency_still_codes(annotate):
    rec = annotate("Peru declared a state of emergency along its border with Bolivia.")
    assert any(a["category"] == "COERCE" for s in rec["sentences"] for a in s["acts"]) or \
        any(s["category"] == "COERCE" for s in stances(rec))


# ---------------------------------------------------------------- words of a date mention are no cues

def test_month_name_is_no_march(annotate):
    rec = annotate("Bolivia lost the port to Chilean forces in March 1879.")
    assert not any(s["category"] == "PROTEST" for s in stances(rec))
    assert not any(a["category"] == "PROTEST" for s in rec["sentences"] for a in s["acts"])


def test_a_march_outside_a_date_still_codes(annotate):
    rec = annotate("Thousands of Armenians staged a march to the Turkish embassy.")
    assert any(x["category"] == "PROTEST" for s in rec["sentences"] for x in [*s["stances"], *s["acts"]])


# ---------------------------------------------------------------- registered armed groups (registry 1.2.2)

def test_boko_haram_is_a_group_not_a_person(annotate):
    rec = annotate("Cameroon and Chad launched a joint offensive against Boko Haram in 2015.")
    ids = {a["id"] for s in rec["sentences"] for a in s["actors"]}
    assert "ORG-boko-haram" in ids and not any(i.startswith("PER-") for i in ids)


def test_polisario_front_and_short_forms_link(annotate):
    rec = annotate("Mauritania signed a peace accord with the Polisario Front in 1979.")
    assert ("MRT", "ORG-polisario-front", "cooperative") in coded(rec)
    rec = annotate("The RSF seized the town, and Sudan's army vowed to retake it from the paramilitaries.")
    assert any(a["id"] == "ORG-rapid-support-forces" for s in rec["sentences"] for a in s["actors"])


def test_unregistered_group_keeps_its_fallback(annotate):
    rec = annotate("Mozambique's army fought the Ansar al-Sunna insurgents in Cabo Delgado.")
    assert not any(a["id"] == "ORG-al-shabaab" for s in rec["sentences"] for a in s["actors"])


# ---------------------------------------------------------------- armed strikes vs labour strikes

def test_strikes_carried_out_by_aircraft_are_an_assault(annotate):
    rec = annotate("Saudi warplanes carried out strikes on Houthi positions near Sanaa.")
    assert any(s["category"] == "ASSAULT" and s["source"] == "SAU" for s in stances(rec))


def test_strikes_in_a_place_target_its_state_when_it_is_an_actor(annotate):
    rec = annotate("American aircraft conducted strikes in eastern Syria. Syria's government condemned them.")
    assert ("USA", "SYR", "conflictual") in coded(rec)
    assert stances(rec)[0]["category"] == "ASSAULT"


def test_strikes_staged_by_workers_stay_a_protest(annotate):
    rec = annotate("Nigerian dockworkers staged strikes against the government in Abuja.")
    cats = {x["category"] for s in rec["sentences"] for x in [*s["stances"], *s["acts"]]}
    assert "ASSAULT" not in cats


# ---------------------------------------------------------------- an appraised act of a named owner is a fact

def test_condemned_invasion_is_coded_too(annotate):
    rec = annotate("Chile condemned Argentina's occupation of the islands of Britain.")
    assert ("CHL", "ARG", "conflictual") in coded(rec)
    rec = annotate("Kenya welcomed Qatar's aid to Sudan.")
    assert {("KEN", "QAT", "cooperative"), ("QAT", "SDN", "cooperative")} <= coded(rec)


def test_negated_appraisal_does_not_negate_the_act(annotate):
    rec = annotate("Serbia has not criticised Russia's attack on Georgia.")
    assert ("RUS", "GEO", "conflictual") in coded(rec)
    assert not any(s["source"] == "SRB" for s in stances(rec))


def test_recognition_of_a_claimed_act_stays_content(annotate):
    rec = annotate("Norway has not recognised Morocco's annexation of Western Sahara.")
    assert not any(s["source"] == "MAR" and s["category"] == "COERCE" for s in stances(rec))


# ---------------------------------------------------------------- "no longer"

def test_no_longer_cooperating_is_a_refusal(annotate):
    rec = annotate("Libya no longer sells oil to Italy.")
    assert ("LBY", "ITA", "conflictual") in coded(rec)
    assert ("LBY", "ITA", "cooperative") not in coded(rec)


def test_no_longer_fighting_is_no_stance(annotate):
    rec = annotate("Eritrean forces no longer shell Ethiopian towns.")
    assert not any(s["polarity"] == "conflictual" for s in stances(rec))


def test_longer_without_negation_changes_nothing(annotate):
    rec = annotate("Japan has supported Vietnam longer than any other donor.")
    assert ("JPN", "VNM", "cooperative") in coded(rec)


# ---------------------------------------------------------------- "A joined B in V-ing C"

def test_the_one_joined_acts_too(annotate):
    rec = annotate("Austria joined Germany in criticising Hungary.")
    assert {("AUT", "HUN", "conflictual"), ("DEU", "HUN", "conflictual")} <= coded(rec)


def test_joining_talks_adds_no_source(annotate):
    rec = annotate("Benin joined Nigeria's talks with Niger in Abuja.")
    assert not any(s["source"] == "NGA" and s["target"] == "BEN" for s in stances(rec))


# ---------------------------------------------------------------- "massed troops near its border with X"

def test_troops_massed_on_the_border_with_x_target_x(annotate):
    rec = annotate("Eritrea deployed troops along its frontier with Djibouti.")
    assert ("ERI", "DJI", "conflictual") in coded(rec)


def test_border_without_with_gives_no_target(annotate):
    rec = annotate("Algeria massed troops on the border after the attack.")
    assert not stances(rec)


# ---------------------------------------------------------------- firing weapons at X

def test_firing_a_torpedo_at_a_navy_ship_is_an_assault(annotate):
    rec = annotate("North Korean submarines fired a torpedo at a South Korean navy corvette.")
    assert ("PRK", "KOR", "conflictual") in coded(rec)


# ---------------------------------------------------------------- a promised conflict is a threat

def test_pledge_to_fight_is_a_threat_not_an_agreement(annotate):
    rec = annotate("Nigeria pledged to attack Boko Haram before the elections.")
    items = stances(rec)
    assert any(s["source"] == "NGA" and s["target"] == "ORG-boko-haram" and s["category"] == "THREATEN"
               and s["future"] for s in items)
    assert not any(s["polarity"] == "cooperative" for s in items)


def test_pledge_to_help_stays_an_agreement(annotate):
    rec = annotate("Norway pledged to help Malawi.")
    assert ("NOR", "MWI", "cooperative") in coded(rec)


# ---------------------------------------------------------------- "at times cordial and at times hostile"

def test_alternating_states_are_one_neutral_relation(annotate):
    rec = annotate("Ties between Greece and Albania have been at times warm and at times hostile.")
    assert coded(rec) == {("GRC", "ALB", "neutral")}


def test_single_state_with_at_times_keeps_its_polarity(annotate):
    rec = annotate("Relations between Greece and Albania were hostile at times.")
    assert ("GRC", "ALB", "conflictual") in coded(rec)


# ---------------------------------------------------------------- "troops crossed into X"

def test_troops_crossing_into_a_state_is_an_incursion(annotate):
    rec = annotate("Laos protested on Friday. Thai soldiers had crossed into Laos, officials said.")
    assert any(s["source"] == "THA" and s["target"] == "LAO" and s["category"] == "ASSAULT" for s in stances(rec))


def test_refugees_crossing_into_a_state_is_no_event(annotate):
    rec = annotate("Chad appealed for aid. Sudanese refugees crossed into Chad.")
    assert not any(s["category"] == "ASSAULT" for s in stances(rec))


# ---------------------------------------------------------------- "It recalled its ambassador" (partner of the sentence before)

def test_recalled_envoy_targets_the_partner_of_the_sentence_before(annotate):
    rec = annotate("Bolivia severed ties with Israel in 2023. It also recalled its ambassador.")
    assert ("BOL", "ISR", "conflictual") in {(s["source"], s["target"], s["polarity"])
                                             for s in rec["sentences"][1]["stances"]}


def test_two_partners_before_leave_the_envoy_act_one_sided(annotate):
    rec = annotate("Bolivia criticised Israel and Chile in May. Bolivia also recalled its ambassador.")
    assert not rec["sentences"][1]["stances"]


def test_envoy_of_a_named_state_keeps_its_own_target(annotate):
    rec = annotate("Peru signed a trade deal with Chile. Peru also expelled the Bolivian ambassador.")
    assert {(s["source"], s["target"]) for s in rec["sentences"][1]["stances"]} == {("PER", "BOL")}


# ---------------------------------------------------------------- pejorative adjective labels

def test_calling_an_act_irresponsible_accuses_its_owner(annotate):
    rec = annotate("Egypt called Ethiopia's decision reckless.")
    assert ("EGY", "ETH", "conflictual") in coded(rec)
    rec = annotate("Greece described Turkey's survey as provocative.")
    assert ("GRC", "TUR", "conflictual") in coded(rec)


def test_a_label_without_an_actor_is_no_stance(annotate):
    rec = annotate("Egypt called the weather in Cairo unbearable.")
    assert not stances(rec)


# ---------------------------------------------------------------- arms for a named recipient

def test_weapons_for_a_party_are_aid(annotate):
    rec = annotate("Sweden approved a shipment of howitzers for Kyiv.")
    assert ("SWE", "UKR", "cooperative") in coded(rec)
    rec = annotate("Turkey announced new rifles for the Somali army.")
    assert ("TUR", "SOM", "cooperative") in coded(rec)


def test_weapons_without_recipient_or_as_subject_are_no_aid(annotate):
    assert not stances(annotate("Weapons for Ukraine were stolen in Poland."))
    assert not any(s["polarity"] == "cooperative" for s in stances(annotate("Iran fired missiles at Israel.")))


# ---------------------------------------------------------------- a hostile act over a state

def test_missile_fired_over_a_state_targets_it(annotate):
    rec = annotate("Tokyo protested after Pyongyang fired two rockets over Japan.")
    assert ("PRK", "JPN", "conflictual") in coded(rec)


def test_talks_over_a_place_take_no_target_from_it(annotate):
    rec = annotate("Armenia hosted talks over Georgia in Yerevan. Georgia did not attend.")
    assert not any(s["source"] == "ARM" and s["target"] == "GEO" and s["polarity"] == "conflictual"
                   for s in stances(rec))
