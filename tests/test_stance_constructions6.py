"""afru_stance round 6: constructions the lexicon missed or coded wrongly on new text — de-escalation,
phrasal verbs, leaving an organisation, trade, joint action, visit nouns, directed severance, relation
descriptions (sentences written for these tests; expected codings reasoned from docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import sentence_stances, stances


def coded(items: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(s["source"], s["target"], s["polarity"], s["category"]) for s in items}


def pairs(items: list[dict]) -> set[tuple[frozenset, str, str, bool]]:
    return {(frozenset((s["source"], s["target"])), s["polarity"], s["category"], s["symmetric"]) for s in items}


# ---------------------------------------------------------------- de-escalation

def test_stopping_hostilities_is_cooperative_not_a_hostile_relation(annotate):
    rec = annotate("Armenia and Azerbaijan fought a war in 2020. Later the two sides were to stop all hostilities.")
    assert pairs(sentence_stances(rec, 1)) == {(frozenset({"ARM", "AZE"}), "cooperative", "AGREE", True)}


def test_halting_the_shelling_by_both_sides_is_a_symmetric_retreat(annotate):
    rec = annotate("Armenia and Azerbaijan fought a war in 2020. The two sides halted the shelling in May.")
    assert pairs(sentence_stances(rec, 1)) == {(frozenset({"ARM", "AZE"}), "cooperative", "RETREAT", True)}


def test_calling_off_an_offensive_against_a_state_is_retreat_towards_it(annotate):
    rec = annotate("Russia called off its offensive against Ukraine.")
    assert coded(stances(rec)) == {("RUS", "UKR", "cooperative", "RETREAT")}


def test_hostility_between_states_stays_a_hostile_relation(annotate):
    rec = annotate("Hostility between Ethiopia and Eritrea grew.")
    assert {s["polarity"] for s in stances(rec)} == {"conflictual"}


def test_was_to_with_distance_is_no_plan(annotate):
    rec = annotate("Russia is among the first states to recognise Kosovo.")
    assert coded(stances(rec)) == {("RUS", "XKX", "cooperative", "SUPPORT")}


# ---------------------------------------------------------------- phrasal verbs

def test_gave_up_a_claim_is_a_concession_not_aid(annotate):
    rec = annotate("Bolivia gave up its claim to the coast in a deal with Chile.")
    categories = {s["category"] for s in rec["sentences"][0]["acts"] + stances(rec)}
    assert "CONCEDE" in categories and "AID" not in categories


def test_particle_read_as_adverb_completes_pull_back_with_its_from_target(annotate):
    rec = annotate("Ethiopia and Eritrea fought a war. Ethiopia pulled its troops back from Eritrea.")
    assert coded(sentence_stances(rec, 1)) == {("ETH", "ERI", "cooperative", "RETREAT")}


def test_pulled_out_of_a_state(annotate):
    rec = annotate("Ethiopia and Eritrea fought a war. The Ethiopian army pulled out of Eritrea in 2000.")
    assert coded(sentence_stances(rec, 1)) == {("ETH", "ERI", "cooperative", "RETREAT")}


def test_drove_the_army_out_is_an_assault_on_its_state(annotate):
    rec = annotate("Turkish troops drove the Syrian army out and advanced into Syrian territory.")
    assert ("TUR", "SYR", "conflictual", "ASSAULT") in coded(stances(rec))


def test_backed_down_is_a_concession(annotate):
    rec = annotate("Vietnam backed down after China protested.")
    assert "CONCEDE" in {a["category"] for a in rec["sentences"][0]["acts"]}
    assert "SUPPORT" not in {s["category"] for s in stances(rec)}


def test_drive_without_particle_is_no_assault(annotate):
    rec = annotate("The Peruvian president drove to the Chilean embassy.")
    assert "ASSAULT" not in {s["category"] for s in stances(rec)}


# ---------------------------------------------------------------- leaving an organisation

def test_announced_exit_from_an_organisation_is_a_threat(annotate):
    rec = annotate("Moldova and Russia quarrelled. Moldova said it will leave the Commonwealth of Independent States.")
    assert coded(sentence_stances(rec, 1)) == {("MDA", "CIS", "conflictual", "THREATEN")}


def test_withdrawing_from_an_organisation_is_a_sanction(annotate):
    rec = annotate("Uzbekistan withdrew from the Collective Security Treaty Organization in 2012.")
    assert coded(stances(rec)) == {("UZB", "CSTO", "conflictual", "SANCTION")}


def test_troops_leaving_a_country_stay_a_retreat(annotate):
    rec = annotate("Russia and Moldova quarrelled. Russian troops left Moldova in May.")
    assert coded(sentence_stances(rec, 1)) == {("RUS", "MDA", "cooperative", "RETREAT")}


# ---------------------------------------------------------------- trade

def test_selling_to_a_state_is_trade_with_it(annotate):
    rec = annotate("Kazakhstan also sells wheat to Iran, much of which reaches Tehran by rail.")
    assert coded(stances(rec)) == {("KAZ", "IRN", "cooperative", "COOPERATE")}


def test_exporting_to_a_state_is_trade_with_it(annotate):
    rec = annotate("Chile and China signed a deal. Chile exports copper to China.")
    assert coded(sentence_stances(rec, 1)) == {("CHL", "CHN", "cooperative", "COOPERATE")}


def test_selling_without_a_buyer_is_no_event(annotate):
    rec = annotate("Peru sold its stake in the mine.")
    assert stances(rec) == [] and rec["sentences"][0]["acts"] == []


# ---------------------------------------------------------------- joint action

def test_built_jointly_by_the_two_countries(annotate):
    rec = annotate("Brazil and Argentina are neighbours. The Itaipu dam, built jointly by the two countries, "
                   "opened in 1984.")
    assert pairs(sentence_stances(rec, 1)) == {(frozenset({"BRA", "ARG"}), "cooperative", "COOPERATE", True)}


def test_developed_together_by_two_demonym_industries(annotate):
    rec = annotate("The K-8 trainer was developed together by Pakistani and Chinese industry.")
    assert pairs(stances(rec)) == {(frozenset({"PAK", "CHN"}), "cooperative", "COOPERATE", True)}


def test_coordinated_subjects_jointly_produce(annotate):
    rec = annotate("India and Russia jointly produce the BrahMos missile.")
    assert pairs(stances(rec)) == {(frozenset({"IND", "RUS"}), "cooperative", "COOPERATE", True)}


def test_joint_act_of_one_party_is_no_cooperation(annotate):
    assert stances(annotate("India jointly produces the missile.")) == []


def test_joint_conflict_cue_keeps_its_own_category(annotate):
    rec = annotate("India and Russia jointly attacked Pakistan.")
    assert {s["category"] for s in stances(rec)} == {"ASSAULT"}


# ---------------------------------------------------------------- visit nouns

def test_visit_of_a_person_to_a_state_inside_another_cue(annotate):
    rec = annotate("Qatar and Iran talked. In 2018 Qatar helped to arrange the secret visit of Benjamin "
                   "Netanyahu to Tehran.")
    assert ("PER-benjamin-netanyahu", "IRN", "cooperative", "CONSULT") in coded(sentence_stances(rec, 1))


def test_possessive_visit_welcomed(annotate):
    rec = annotate("Ghana and India are friends. Ghana welcomed Modi's visit to Accra.")
    items = coded(sentence_stances(rec, 1))
    assert ("PER-narendra-modi", "GHA", "cooperative", "CONSULT") in items
    assert ("GHA", "PER-narendra-modi", "cooperative", "SUPPORT") in items


def test_visit_without_a_visitor_is_no_own_event(annotate):
    rec = annotate("Oman helped to arrange a visit.")
    assert "CONSULT" not in {s["category"] for s in stances(rec) + rec["sentences"][0]["acts"]}


# ---------------------------------------------------------------- directed severance, causes after "over"

def test_subject_cutting_ties_with_another_state_is_directed(annotate):
    rec = annotate("Moldova cuts diplomatic ties with Russia over recognition of breakaway regions")
    assert [(s["source"], s["target"], s["category"], s["symmetric"]) for s in stances(rec)] == \
        [("MDA", "RUS", "SANCTION", False)]


def test_breaking_off_relations_with_in_a_reported_clause_is_directed(annotate):
    rec = annotate("Moldova and Russia quarrelled. Moldova said on Friday that it was breaking off diplomatic "
                   "relations with Russia.")
    assert [(s["source"], s["target"], s["category"], s["symmetric"]) for s in sentence_stances(rec, 1)] == \
        [("MDA", "RUS", "SANCTION", False)]


def test_coordinated_subjects_breaking_off_relations_stay_symmetric(annotate):
    rec = annotate("Afghanistan and Pakistan broke off diplomatic relations in 1961.")
    assert pairs(stances(rec)) == {(frozenset({"AFG", "PAK"}), "conflictual", "SANCTION", True)}


# ---------------------------------------------------------------- relation descriptions, coordinated partners

def test_relationship_described_as_friendship_is_cooperative(annotate):
    rec = annotate('Serbia and Russia have described their relationship as an "unbreakable" friendship for years.')
    assert pairs(stances(rec)) == {(frozenset({"SRB", "RUS"}), "cooperative", "SUPPORT", True)}


def test_relationship_described_without_a_label_stays_neutral(annotate):
    rec = annotate("Serbia described its relations with Kosovo in a speech.")
    assert {s["polarity"] for s in stances(rec)} <= {"neutral"}


def test_ties_with_coordinated_partners_give_one_relation_each(annotate):
    rec = annotate("Serbia will balance its ties with Russia and the European Union.")
    assert {frozenset((s["source"], s["target"])) for s in stances(rec)} == \
        {frozenset({"SRB", "RUS"}), frozenset({"SRB", "EU"})}


# ---------------------------------------------------------------- advancing into a state's territory

def test_advancing_into_territory_named_by_a_demonym(annotate):
    rec = annotate("Ethiopia and Eritrea fought a war. Ethiopian troops advanced into undisputed Eritrean "
                   "territory, including the town of Barentu.")
    assert coded(sentence_stances(rec, 1)) == {("ETH", "ERI", "conflictual", "ASSAULT")}


def test_talks_advancing_into_a_week_are_no_assault(annotate):
    rec = annotate("The talks between Chile and Peru advanced into a second week.")
    assert "ASSAULT" not in {s["category"] for s in stances(rec)}


# ---------------------------------------------------------------- "had no right to", counterweight, own claim

def test_speaker_denying_a_right_accuses(annotate):
    rec = annotate("Chile has never accepted the treaty, arguing that Bolivia had no right to sell the land.")
    assert ("CHL", "BOL", "conflictual", "ACCUSE") in coded(stances(rec))


def test_denied_authority_with_negated_have(annotate):
    rec = annotate("Chile said that Bolivia did not have the authority to sign.")
    assert coded(stances(rec)) == {("CHL", "BOL", "conflictual", "ACCUSE")}


def test_a_right_granted_is_no_accusation(annotate):
    assert stances(annotate("Chile said that Bolivia had the right to sell the land.")) == []


def test_counterweight_role_after_copula(annotate):
    rec = annotate("Vietnam has become a counterweight to China in the region.")
    assert coded(stances(rec)) == {("VNM", "CHN", "conflictual", "REJECT")}


def test_counterweight_role_in_a_labelling_as_phrase(annotate):
    rec = annotate("Japan sees Vietnam as a counterweight to China.")
    assert coded(stances(rec)) == {("VNM", "CHN", "conflictual", "REJECT")}


def test_counterweight_without_an_actor_is_nothing(annotate):
    assert stances(annotate("The weights were a counterweight to the crane.")) == []


def test_giving_up_its_own_claim_concedes_to_the_other_side_of_the_dyad(annotate):
    rec = annotate("Bolivia and Chile signed a treaty in 1904, under which Bolivia gave up its claim to the coast.",
                   meta={"dyads": ["BOL-CHL"]})
    assert ("BOL", "CHL", "cooperative", "CONCEDE") in coded(stances(rec))


# ---------------------------------------------------------------- intensifying verbs

def test_stepped_up_attacks_are_intensified(annotate):
    stepped = stances(annotate("Turkey stepped up its attacks on Syria."))
    launched = stances(annotate("Turkey launched attacks on Syria."))
    assert [s["category"] for s in stepped] == ["ASSAULT"] == [s["category"] for s in launched]
    assert stepped[0]["score"] < launched[0]["score"]


# ---------------------------------------------------------------- letters, trade bans, "no sign that"

def test_sending_a_letter_is_consultation_not_aid(annotate):
    rec = annotate("Modi sent Sharif a letter in which he apologised.")
    assert ("CONSULT", "cooperative") in {(s["category"], s["polarity"]) for s in stances(rec)}
    assert "AID" not in {s["category"] for s in stances(rec)}


def test_sending_weapons_stays_aid(annotate):
    rec = annotate("Iran sent weapons to Syria.")
    assert coded(stances(rec)) == {("IRN", "SYR", "cooperative", "AID")}


def test_banning_imports_from_a_state_is_a_sanction(annotate):
    rec = annotate("Moscow retaliated: it banned imports of many Georgian wines.")
    assert coded(stances(rec)) == {("RUS", "GEO", "conflictual", "SANCTION")}


def test_blocking_transit_trade_is_a_sanction_not_a_protest(annotate):
    rec = annotate("Uzbekistan blocked Tajikistan's transit trade in 2010.")
    assert coded(stances(rec)) == {("UZB", "TJK", "conflictual", "SANCTION")}


def test_banning_a_party_stays_coercion(annotate):
    rec = annotate("India banned the party.")
    assert [a["category"] for a in rec["sentences"][0]["acts"]] == ["COERCE"]


def test_no_sign_that_negates_the_clause(annotate):
    rec = annotate("Chile and Peru argued. Chile has given no sign that it will close its embassy in Lima.")
    assert sentence_stances(rec, 1) == []


def test_a_sign_that_keeps_the_threat(annotate):
    rec = annotate("Chile and Peru argued. Chile has given a sign that it will close its embassy in Lima.")
    assert {s["category"] for s in sentence_stances(rec, 1)} == {"THREATEN"}


# ---------------------------------------------------------------- joint visitors, building infrastructure

def test_visitors_of_one_visit_do_not_consult_each_other(annotate):
    rec = annotate("In 1955 Khrushchev and Bulganin visited Kabul, and their visit opened the way for a Soviet credit.")
    assert not any(s["symmetric"] for s in stances(rec))


def test_building_a_states_power_plant_is_cooperation(annotate):
    rec = annotate("Russia is building Egypt's first nuclear power plant.")
    assert coded(stances(rec)) == {("RUS", "EGY", "cooperative", "COOPERATE")}


def test_building_part_of_a_states_infrastructure(annotate):
    rec = annotate("Japan built much of Vietnam's modern infrastructure.")
    assert coded(stances(rec)) == {("JPN", "VNM", "cooperative", "COOPERATE")}


def test_building_a_wall_is_no_cooperation(annotate):
    rec = annotate("Morocco built a wall along its border with Algeria.")
    assert "COOPERATE" not in {s["category"] for s in stances(rec)}


# ---------------------------------------------------------------- the end of a conflict act

def test_ceasing_shelling_is_a_retreat(annotate):
    rec = annotate("Ethiopia ceased its shelling of Eritrean positions.")
    assert coded(stances(rec)) == {("ETH", "ERI", "cooperative", "RETREAT")}


def test_fighting_that_stopped_is_a_symmetric_retreat(annotate):
    rec = annotate("The fighting between Armenia and Azerbaijan stopped in November.")
    assert pairs(stances(rec)) == {(frozenset({"ARM", "AZE"}), "cooperative", "RETREAT", True)}


def test_hostilities_that_ended_are_no_hostile_relation(annotate):
    rec = annotate("Hostilities between Sudan and Chad ended in 2010.")
    assert pairs(stances(rec)) == {(frozenset({"SDN", "TCD"}), "cooperative", "RETREAT", True)}


def test_stopped_attacking_is_a_retreat(annotate):
    rec = annotate("Chad stopped attacking Sudan.")
    assert coded(stances(rec)) == {("TCD", "SDN", "cooperative", "RETREAT")}


def test_stopped_cooperating_is_conflictual(annotate):
    rec = annotate("Chad stopped cooperating with Sudan.")
    assert {s["polarity"] for s in stances(rec)} == {"conflictual"}


def test_a_war_that_began_stays_an_assault(annotate):
    rec = annotate("The war between Iran and Iraq began in 1980.")
    assert pairs(stances(rec)) == {(frozenset({"IRN", "IRQ"}), "conflictual", "ASSAULT", True)}


def test_a_war_that_ended_in_disaster_is_no_retreat(annotate):
    rec = annotate("The war between Iran and Iraq ended in stalemate.")
    assert "RETREAT" not in {s["category"] for s in stances(rec)}


# ---------------------------------------------------------------- more phrasal verbs

def test_turned_down_an_offer_is_a_rejection(annotate):
    rec = annotate("Peru turned down Chile's offer of talks.")
    assert coded(stances(rec)) == {("PER", "CHL", "conflictual", "REJECT")}


def test_handing_back_territory_is_a_retreat(annotate):
    rec = annotate("Iran gave back the islands to the Emirates.")
    assert coded(stances(rec)) == {("IRN", "ARE", "cooperative", "RETREAT")}


def test_backing_away_from_a_threat_concedes_and_the_threat_is_its_content(annotate):
    rec = annotate("Kenya backed away from its threat against Somalia.")
    assert coded(stances(rec)) == {("KEN", "SOM", "cooperative", "CONCEDE")}


def test_backing_a_state_stays_support(annotate):
    rec = annotate("Kenya backed Somalia.")
    assert coded(stances(rec)) == {("KEN", "SOM", "cooperative", "SUPPORT")}


def test_quitting_an_organisation_is_a_sanction(annotate):
    rec = annotate("Ukraine quit the Commonwealth of Independent States in 2018.")
    assert coded(stances(rec)) == {("UKR", "CIS", "conflictual", "SANCTION")}


def test_exit_noun_from_an_organisation_is_a_sanction(annotate):
    rec = annotate("Britain's exit from the European Union took years.")
    assert coded(stances(rec)) == {("GBR", "EU", "conflictual", "SANCTION")}


def test_withdrawal_of_an_organisation_from_a_country_stays_a_retreat(annotate):
    rec = annotate("The withdrawal of NATO from Afghanistan was completed in 2021, Russia and Afghanistan said.")
    assert ("NATO", "AFG", "cooperative", "RETREAT") in coded(stances(rec))


def test_ties_described_as_an_adjective(annotate):
    rec = annotate("Kenya and Ethiopia described their ties as tense.")
    assert pairs(stances(rec)) == {(frozenset({"KEN", "ETH"}), "conflictual", "REJECT", True)}


def test_relationship_called_a_partnership(annotate):
    rec = annotate("Japan and India call their relationship a special strategic partnership.")
    assert pairs(stances(rec)) == {(frozenset({"JPN", "IND"}), "cooperative", "COOPERATE", True)}


# ---------------------------------------------------------------- guards found on other text

def test_a_joint_withdrawal_of_two_allies_is_not_mutual(annotate):
    rec = annotate("In 1971 Australia and New Zealand withdrew their soldiers.")
    assert not any(s["symmetric"] for s in stances(rec))


def test_exporting_a_revolution_is_no_trade(annotate):
    rec = annotate("Iran tried to export its revolution to Iraq.")
    assert "COOPERATE" not in {s["category"] for s in stances(rec)}


def test_the_origin_of_an_advance_is_no_target(annotate):
    rec = annotate("Italy and Ethiopia were at war. De Bono crossed the Mareb River and advanced into Ethiopia "
                   "from Eritrea, Italy and Eritrea said.")
    assert {(s["source"], s["target"]) for s in sentence_stances(rec, 1)} == {("PER-de-bono", "ETH")}


def test_an_agentless_noun_after_over_the_course_of_keeps_its_subject(annotate):
    rec = annotate("Iraq, which had lost land over the course of the war with Iran, accepted the resolution.")
    assert ("IRQ", "IRN", "conflictual", "ASSAULT") in coded(stances(rec))


def test_quitting_a_job_is_no_event(annotate):
    rec = annotate("Mr Okafor quit the Nigerian broadcaster in May.")
    assert stances(rec) == [] and rec["sentences"][0]["acts"] == []


def test_ceasing_a_bombardment_is_a_military_retreat(annotate):
    rec = annotate("The PLA ceased its bombardment of Taiwan.")
    assert coded(stances(rec)) == {("CHN", "TWN", "cooperative", "RETREAT")}


def test_relationship_that_is_a_friendship(annotate):
    rec = annotate("The relationship between Kenya and Ethiopia is a friendship.")
    assert pairs(stances(rec)) == {(frozenset({"KEN", "ETH"}), "cooperative", "SUPPORT", True)}


def test_counterweight_seen_by_both_sides(annotate):
    rec = annotate("Japan and Vietnam signed a pact. Neither government is likely to loosen the partnership, "
                   "which both regard as a counterweight to China.")
    items = coded(sentence_stances(rec, 1))
    assert {("JPN", "CHN", "conflictual", "REJECT"), ("VNM", "CHN", "conflictual", "REJECT")} <= items
