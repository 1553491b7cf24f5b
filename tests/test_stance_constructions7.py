"""Constructions found by probing new text with sentences of our own: a plural role held by a conjoined
subject, "make peace", phrasal verbs of object cues, a name the parser reads as an adverbial noun before
its verb, and a document stopped by someone ("vetoed a resolution condemning X")."""

from __future__ import annotations

from stance_helpers import sentence_stances


def coded(rec: dict, n: int = 0) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["category"]) for s in sentence_stances(rec, n)}


def pairs(rec: dict, n: int = 0) -> set[frozenset]:
    return {frozenset((s["source"], s["target"])) for s in sentence_stances(rec, n)}


def test_conjoined_subject_of_a_plural_role_holds_it_towards_each_other(annotate):
    rec = annotate("Morocco and Algeria are bitter rivals.")
    got = sentence_stances(rec, 0)
    assert [(frozenset((s["source"], s["target"])), s["category"], s["symmetric"]) for s in got] == \
        [(frozenset(("MAR", "DZA")), "REJECT", True)]


def test_plural_role_of_a_named_other_side_is_towards_it(annotate):
    assert coded(annotate("Kenya and Uganda are rivals of Tanzania.")) == {("KEN", "TZA", "REJECT"),
                                                                           ("UGA", "TZA", "REJECT")}


def test_singular_role_without_other_side_codes_nothing(annotate):
    assert sentence_stances(annotate("Morocco is a rival."), 0) == []


def test_make_peace_is_agreement(annotate):
    assert pairs(annotate("Ghana and Togo made peace in 1995.")) == {frozenset(("GHA", "TGO"))}
    assert ("GHA", "TGO", "AGREE") in coded(annotate("Ghana made peace with Togo."))


def test_make_without_peace_is_no_cue(annotate):
    assert sentence_stances(annotate("Ghana and Togo made cocoa exports a priority."), 0) == []


def test_phrasal_verb_of_an_object_cue(annotate):
    # "order out" + ambassador: sending diplomats away (SANCTION), not an order (REQUEST)
    assert ("NER", "FRA", "SANCTION") in coded(annotate("Niger ordered out the French ambassador."))


def test_order_to_leave_stays_a_request(annotate):
    assert ("NER", "FRA", "REQUEST") in coded(annotate("Niger ordered the French ambassador to leave."))


def test_name_read_as_adverbial_noun_before_its_verb_is_the_subject(annotate):
    assert ("SWE", "FIN", "SUPPORT") in coded(annotate("Sweden backed Finland's bid to join NATO."))


def test_vetoed_resolution_does_not_make_the_vetoer_condemn(annotate):
    rec = annotate("Russia vetoed a resolution condemning Syria.")
    assert not any(s["source"] == "RUS" and s["category"] == "ACCUSE" for s in sentence_stances(rec, 0))


def test_issued_statement_still_condemns_for_its_author(annotate):
    assert ("CHN", "JPN", "ACCUSE") in coded(annotate("China issued a statement condemning Japan."))


def test_strike_noun_aimed_at_something_is_an_attack(annotate):
    rec = annotate("An Israeli strike on the Iranian consulate in Damascus killed seven officers.")
    assert ("ISR", "IRN", "ASSAULT") in coded(rec)


def test_strike_noun_of_workers_is_no_attack(annotate):
    rec = annotate("A strike by Kenyan dockworkers paralysed the port of Mombasa.")
    assert not any(s["category"] == "ASSAULT" for s in sentence_stances(rec, 0))


def test_reaction_caused_by_the_subject_is_aimed_at_it(annotate):
    assert ("PAK", "IND", "ACCUSE") in coded(annotate("The Indian decision sparked criticism from Pakistan."))
    rec = annotate("Turkish drones struck Kurdish militants in northern Iraq, prompting protests from Baghdad.")
    assert ("IRQ", "TUR", "PROTEST") in coded(rec)


def test_caused_object_without_a_from_author_is_no_reaction(annotate):
    rec = annotate("Russia brought a Taliban delegation to Moscow for talks.")
    assert not any(s["source"] == "AFG-TAL" and s["target"] == "RUS" for s in sentence_stances(rec, 0))


def test_light_verb_participle_on_a_cue_noun_gives_its_agent_and_target(annotate):
    assert ("SAU", "QAT", "SANCTION") in coded(annotate("The embargo imposed on Qatar by Saudi Arabia lasted until 2021."))
    assert ("USA", "IRN", "SANCTION") in coded(annotate("Sanctions imposed on Iran by the United States hurt its economy."))


def test_role_noun_refers_to_the_actor_whose_mention_had_that_role(annotate):
    rec = annotate("The Kenyan foreign ministry summoned Somalia's ambassador on Monday. "
                   "The ministry accused the envoy of interference.")
    assert ("KEN", "SOM", "ACCUSE") in coded(rec, 1)


def test_role_noun_without_a_matching_antecedent_stays_unresolved(annotate):
    rec = annotate("Ghana and Togo signed a trade deal. The embassy accused the envoy of interference.")
    assert not any({s["source"], s["target"]} & {"GHA", "TGO"} for s in sentence_stances(rec, 1))


def test_hyphenated_pair_before_an_event_noun(annotate):
    assert pairs(annotate("Kenya-Somalia talks collapsed over the maritime row.")) == {frozenset(("KEN", "SOM"))}


def test_hyphenated_pair_before_a_relation_noun(annotate):
    got = sentence_stances(annotate("India-Pakistan relations worsened after the attack."), 0)
    assert [(frozenset((s["source"], s["target"])), s["polarity"]) for s in got] == \
        [(frozenset(("IND", "PAK")), "conflictual")]


def test_hyphenated_place_adjective_is_no_pair(annotate):
    rec = annotate("A Pakistan-based group attacked India.")
    assert not any(s["source"] == "PAK" and s["target"] == "IND" and s["symmetric"] for s in sentence_stances(rec, 0))


def test_trade_war_is_a_sanction_not_cooperation(annotate):
    got = sentence_stances(annotate("The US-China trade war began in 2018."), 0)
    assert {s["category"] for s in got} == {"SANCTION"}


def test_headline_comma_joins_two_subjects(annotate):
    rec = annotate("Iran, Saudi Arabia agree to restore ties")
    assert pairs(rec) == {frozenset(("IRN", "SAU"))}


def test_each_side_blamed_the_other_is_the_pair_named_before(annotate):
    rec = annotate("Thailand and Cambodia clashed again. Each side blamed the other for starting the fighting.")
    got = sentence_stances(rec, 1)
    assert [(frozenset((s["source"], s["target"])), s["category"]) for s in got] == \
        [(frozenset(("THA", "KHM")), "ACCUSE")]


def test_each_without_the_other_is_no_pair(annotate):
    rec = annotate("Kenya met Somalia. Each delegation praised its hosts.")
    assert not any({s["source"], s["target"]} == {"KEN", "SOM"} and s["category"] == "ACCUSE"
                   for s in sentence_stances(rec, 1))


def test_joint_welcome_of_a_thing_is_no_mutual_support(annotate):
    rec = annotate("The United States and China welcomed the agreement.")
    assert not any({s["source"], s["target"]} == {"USA", "CHN"} for s in sentence_stances(rec, 0))


def test_pair_object_holding_the_subjects_side_means_the_document_dyad(annotate):
    rec = annotate("Thailand and Cambodia fought. The United States and China commented. President Donald Trump "
                   "warned both countries that he would impose tariffs.", meta={"dyads": ["KHM-THA"]})
    targets = {s["target"] for s in sentence_stances(rec, 2) if s["category"] == "THREATEN"}
    assert targets == {"KHM", "THA"}


def test_host_of_talks_that_are_the_setting_of_a_joint_act(annotate):
    rec = annotate("Thailand and Cambodia agreed to an immediate ceasefire in talks hosted by Malaysia.")
    assert {("MYS", "THA", "CONSULT"), ("MYS", "KHM", "CONSULT")} <= coded(rec)


def test_named_court_then_the_court(annotate):
    rec = annotate("Kenya rejected the ruling of the International Court of Justice. "
                   "Somalia welcomed the court's decision.")
    assert ("SOM", "ICJ", "SUPPORT") in coded(rec, 1)


def test_list_of_states_misread_as_apposition_keeps_every_state(annotate):
    assert pairs(annotate("Argentina, Brazil and Uruguay signed the treaty.")) == {
        frozenset(("ARG", "BRA")), frozenset(("ARG", "URY")), frozenset(("BRA", "URY"))}


def test_person_apposition_to_a_state_office_stays_one_party(annotate):
    rec = annotate("The Chilean foreign minister, Alberto van Klaveren, met Bolivia's president.")
    assert not any({s["source"], s["target"]} == {"CHL", "PER-alberto-van-klaveren"} for s in sentence_stances(rec, 0))


def test_regarding_each_other_as_rivals_is_mutual(annotate):
    got = sentence_stances(annotate("For decades Brazil and Argentina regarded each other as strategic rivals."), 0)
    assert [(frozenset((s["source"], s["target"])), s["category"]) for s in got] == \
        [(frozenset(("BRA", "ARG")), "REJECT")]


def test_regarding_someone_as_a_rival_is_towards_them(annotate):
    assert coded(annotate("Brazil regarded Argentina as a rival.")) == {("BRA", "ARG", "REJECT")}


def test_counterweight_to_a_third_is_not_against_the_labelled(annotate):
    rec = annotate("Hanoi regards Washington as a counterweight to Beijing.")
    assert not any(s["source"] == "VNM" and s["target"] == "USA" for s in sentence_stances(rec, 0))


def test_each_pronoun_suspected_the_other(annotate):
    rec = annotate("Brazil and Argentina quarrelled. Each accused the other of seeking a bomb.")
    got = sentence_stances(rec, 1)
    assert [(frozenset((s["source"], s["target"])), s["category"]) for s in got] == \
        [(frozenset(("BRA", "ARG")), "ACCUSE")]


def test_they_after_a_conjoined_subject_is_both(annotate):
    rec = annotate("Indonesia and Malaysia met in Jakarta. They condemned Myanmar's junta.")
    assert {("IDN", "MMR", "ACCUSE"), ("MYS", "MMR", "ACCUSE")} <= coded(rec, 1)


def test_they_after_a_single_subject_stays_single(annotate):
    rec = annotate("Indonesia criticised Myanmar. They also condemned Thailand.")
    assert not any(s["source"] == "MMR" for s in sentence_stances(rec, 1))


def test_belonging_to_an_organisation_is_cooperation_with_it(annotate):
    assert coded(annotate("Kazakhstan belongs to the CSTO.")) == {("KAZ", "CSTO", "COOPERATE")}


def test_belonging_of_a_place_is_no_membership(annotate):
    assert sentence_stances(annotate("The islands belong to Japan."), 0) == []


def test_released_prisoners_of_a_state_are_its_people(annotate):
    assert ("ISR", "PSE", "CONCEDE") in coded(annotate("Israel freed 200 Palestinian prisoners."))


def test_refugees_stay_a_population(annotate):
    rec = annotate("Many Afghan refugees live in Pakistan.")
    assert not any(a["id"] == "AFG" for a in rec["sentences"][0]["actors"])


def test_returned_territory_is_a_retreat_towards_the_receiver(annotate):
    assert coded(annotate("Armenia returned four villages to Azerbaijan.")) == {("ARM", "AZE", "RETREAT")}


def test_returning_to_a_capital_is_a_place(annotate):
    rec = annotate("The Armenian delegation returned to Baku.")
    assert not any(s["target"] == "AZE" for s in sentence_stances(rec, 0))


def test_passive_participle_agents_back_the_subject_not_each_other(annotate):
    rec = annotate("Serbia, backed by Russia and China, rejected the declaration.")
    assert {("RUS", "SRB", "SUPPORT"), ("CHN", "SRB", "SUPPORT")} <= coded(rec)
    assert not any({s["source"], s["target"]} == {"RUS", "CHN"} for s in sentence_stances(rec, 0))


def test_with_the_support_of_names_backers_not_targets(annotate):
    rec = annotate("Kosovo declared independence in 2008 with the support of the United States and France.")
    got = coded(rec)
    assert {("USA", "XKX", "SUPPORT"), ("FRA", "XKX", "SUPPORT")} <= got
    assert not any(t in ("USA", "FRA") for s, t, _ in got if s == "XKX")


def test_provide_with_assistance_is_no_backing(annotate):
    rec = annotate("Japan called on Canada to provide Ukraine with assistance.")
    assert not any(s["source"] == "UKR" for s in sentence_stances(rec, 0))


def test_mediating_state_before_a_hyphenated_participle_is_no_party(annotate):
    rec = annotate("Serbia and Kosovo accepted an EU-brokered agreement in February 2023.")
    assert pairs(rec) == {frozenset(("SRB", "XKX"))}
    assert ("KEN", "USA", "AGREE") in coded(annotate("Kenya accepted a US-drafted plan."))


def test_joint_act_with_its_own_target_is_towards_the_target(annotate):
    rec = annotate("Kenya and Uganda expressed support for Somalia.")
    assert coded(rec) == {("KEN", "SOM", "SUPPORT"), ("UGA", "SOM", "SUPPORT")}
    rec = annotate("France and Germany agreed to cooperate with Poland.")
    assert {("FRA", "POL", "AGREE"), ("DEU", "POL", "AGREE")} <= coded(rec)
    assert not any({s["source"], s["target"]} == {"FRA", "DEU"} for s in sentence_stances(rec, 0))


def test_joint_act_with_guarantors_stays_between_the_subjects(annotate):
    rec = annotate("Ghana and Togo signed the accord, with Nigeria and Benin as guarantors.")
    assert frozenset(("GHA", "TGO")) in pairs(rec)
    assert not any(s["source"] == "GHA" and s["target"] == "NGA" for s in sentence_stances(rec, 0))


def test_object_pronoun_with_no_actor_before_it_is_the_previous_subject(annotate):
    rec = annotate("In 1990 Iraqi forces invaded Kuwait. A coalition led by the United States expelled them in 1991.")
    assert ("USA", "IRQ", "COERCE") in coded(rec, 1)


def test_object_it_is_not_taken_for_the_previous_subject(annotate):
    rec = annotate("Algeria signed the Geneva agreement. The rebel alliance in Mali has rejected it.")
    assert not any(s["target"] == "DZA" for s in sentence_stances(rec, 1))


def test_under_pressure_from_names_who_presses_the_subject(annotate):
    rec = annotate("Kenya withdrew its claim under pressure from the United States.")
    assert ("USA", "KEN", "COERCE") in coded(rec)
    assert not any(s["source"] == "KEN" and s["target"] == "USA" for s in sentence_stances(rec, 0))


def test_we_in_a_statement_is_its_author(annotate):
    rec = annotate("Statement by the Ministry of Foreign Affairs of Japan\n\nWe call on China to lift the ban immediately.\n")
    assert ("JPN", "CHN", "REQUEST") in coded(rec, 1)


def test_we_in_a_joint_statement_is_both_authors(annotate):
    rec = annotate("Joint statement by the Governments of Indonesia and Malaysia\n\nWe call on Myanmar to end the violence.\n")
    assert {("IDN", "MMR", "REQUEST"), ("MYS", "MMR", "REQUEST")} <= coded(rec, 1)


def test_we_without_a_named_author_or_in_quotes_is_nobody(annotate):
    rec = annotate("A difficult year\n\nWe call on China to lift the ban.\n")
    assert not any(s["source"] for s in sentence_stances(rec, 1))
    rec = annotate('Statement by the Government of Japan\n\n"We call on China to act," a fisherman said.\n')
    assert not any(s["source"] == "JPN" for s in sentence_stances(rec, 1))


def test_regretting_another_state_s_decision_is_criticism(annotate):
    assert ("JPN", "CHN", "ACCUSE") in coded(annotate("Japan deeply regrets China's decision to ban the imports."))


def test_ban_on_traded_goods_is_a_sanction(annotate):
    assert coded(annotate("Beijing imposed a ban on Australian wine.")) == {("CHN", "AUS", "SANCTION")}


def test_ban_on_a_party_stays_coercion(annotate):
    rec = annotate("The Egyptian government imposed a ban on the Muslim Brotherhood.")
    assert {c for _, _, c in coded(rec)} == {"COERCE"}


def test_speaking_organ_without_antecedent_is_the_previous_subject_s_state(annotate):
    rec = annotate("Beijing summoned the Japanese ambassador on Monday. The ministry accused Tokyo of endangering "
                   "the ocean.")
    assert ("CHN", "JPN", "ACCUSE") in coded(rec, 1)


def test_speaking_organ_after_an_unplaced_person_stays_unresolved(annotate):
    rec = annotate("Senator Alvarez met the Somali envoy. The ministry later accused Eritrea of interference.")
    assert not any(s["source"] for s in sentence_stances(rec, 1))


def test_conjoined_subjects_disputing_a_thing_reject_each_other(annotate):
    got = sentence_stances(annotate("Indonesia and Malaysia have disputed the Ambalat sea block for years."), 0)
    assert [(frozenset((s["source"], s["target"])), s["category"]) for s in got] == \
        [(frozenset(("IDN", "MYS")), "REJECT")]


def test_named_region_is_no_organisation(annotate):
    rec = annotate("Venezuela and Guyana dispute the Essequibo region.")
    assert {a["id"] for a in rec["sentences"][0]["actors"]} == {"VEN", "GUY"}


def test_condemned_act_done_by_an_agent_to_a_state_s_people_is_coded(annotate):
    rec = annotate("The Kenyan foreign ministry condemned the detention of Kenyan traders by Somali authorities.")
    assert {("KEN", "SOM", "ACCUSE"), ("SOM", "KEN", "COERCE")} <= coded(rec)


def test_people_after_a_non_event_noun_stay_a_population(annotate):
    rec = annotate("Pakistan criticised the number of Afghan refugees.")
    assert not any(s["target"] == "AFG" for s in sentence_stances(rec, 0))


def test_the_kingdom_is_the_nearest_state_officially_a_kingdom(annotate):
    assert ("SAU", "IRN", "SUPPORT") in coded(annotate("The Saudi minister said the kingdom welcomed Iran's commitment."))


def test_the_kingdom_with_no_kingdom_named_is_nobody(annotate):
    rec = annotate("Iran and Iraq held talks. The kingdom criticised Iraq.")
    assert not any(s["source"] == "IRN" for s in sentence_stances(rec, 1))


def test_ministers_from_a_state_act_for_it(annotate):
    rec = annotate("Foreign ministers from Saudi Arabia and Qatar met their Iranian counterpart in Muscat.")
    assert {("SAU", "IRN", "CONSULT"), ("QAT", "IRN", "CONSULT")} <= coded(rec)


def test_received_aid_goes_from_the_giver_to_the_receiver(annotate):
    assert coded(annotate("Pakistan obtained loans from China.")) == {("CHN", "PAK", "AID")}


def test_receiving_an_envoy_stays_a_meeting(annotate):
    assert coded(annotate("Kenya received the Somali envoy in Nairobi.")) == {("KEN", "SOM", "CONSULT")}


def test_considering_a_measure_is_intended(annotate):
    got = sentence_stances(annotate("India is considering sanctions against Myanmar."), 0)
    assert [(s["source"], s["target"], s["category"], s["future"]) for s in got] == [("IND", "MMR", "THREATEN", True)]


def test_those_named_in_a_discussed_topic_are_not_consulted(annotate):
    rec = annotate("Egypt's foreign minister met his Qatari counterpart to discuss a ceasefire between Israel and Hamas.")
    assert not any(s["source"] == "EGY" and s["target"] in ("ISR", "PSE-HAM") for s in sentence_stances(rec, 0))
    assert ("EGY", "QAT", "CONSULT") in coded(rec)


def test_discussing_with_a_partner_consults_it(annotate):
    assert ("KEN", "SOM", "CONSULT") in coded(annotate("Kenya discussed the border with Somalia."))
