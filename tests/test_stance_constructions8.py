"""Constructions of the seventh session, found on the opened test5-test7 documents and written here as
sentences of our own (other countries, other wording)."""

from stance_helpers import sentence_stances, stances


def coded(items):
    return {(s["source"], s["target"], s["polarity"], s["category"]) for s in items}


# a particle the parser took for a preposition: "breaks off [relations]"
def test_breaking_off_relations_in_a_chronology_entry_is_a_sanction(annotate):
    got = stances(annotate("4 March 1967 – President Lyndon Johnson breaks off diplomatic relations with Syria."))
    assert ("PER-lyndon-johnson", "SYR", "conflictual", "SANCTION") in coded(got)


def test_restoring_relations_is_not_a_sanction(annotate):
    got = stances(annotate("1974 – Egypt restores diplomatic relations with the United States."))
    assert {s["polarity"] for s in got} == {"cooperative"}


# the fall or recovery of a relation
def test_relations_that_sank_to_a_low_are_conflictual_and_no_attack(annotate):
    record = annotate("In 2018 relations between Peru and Bolivia sank to their lowest point in a decade.")
    assert coded(stances(record)) == {("PER", "BOL", "conflictual", "REJECT")}
    assert not [a for s in record["sentences"] for a in s.get("acts") or [] if a["category"] == "ASSAULT"]


def test_relations_that_have_not_recovered_are_conflictual(annotate):
    got = stances(annotate("Relations between Mali and Niger have not recovered since the coup."))
    assert coded(got) == {("MLI", "NER", "conflictual", "REJECT")}


def test_relations_that_recovered_are_cooperative(annotate):
    got = stances(annotate("Relations between Mali and Niger recovered quickly after the election."))
    assert {s["polarity"] for s in got} == {"cooperative"}


# an ending noun governs the act it ends
def test_declaring_an_end_to_years_of_war_is_cooperative(annotate):
    got = stances(annotate("Uganda and Tanzania declared an end to ten years of war."))
    assert {(s["polarity"], s["category"]) for s in got} == {("cooperative", "RETREAT")}


def test_the_cessation_of_hostilities_between_two_states_is_no_assault(annotate):
    got = stances(annotate("Ghana and Togo announced the cessation of hostilities."))
    assert got and all(s["polarity"] == "cooperative" for s in got)


def test_a_war_without_an_ending_noun_stays_an_assault(annotate):
    got = stances(annotate("Uganda and Tanzania fought a war in 1979."))
    assert {(s["polarity"], s["category"]) for s in got} == {("conflictual", "ASSAULT")}


# names after a fronted adjunct that the parser took for an apposition to its noun
def test_a_state_list_apposed_to_a_fronted_adjunct_is_the_subject(annotate):
    got = stances(annotate("After the collapse of the Warsaw Pact, Hungary and Austria signed a border treaty."))
    assert coded(got) == {("HUN", "AUT", "cooperative", "AGREE")}


def test_a_real_apposition_after_a_fronted_adjunct_is_not_a_subject(annotate):
    got = stances(annotate("In the capital, Kabul, protesters condemned Pakistan."))
    assert not any(s["source"] == "AFG" for s in got)


# an invitation to act is a request; an invitation to meet stays a consultation
def test_an_invitation_to_do_something_is_a_request(annotate):
    got = stances(annotate("Ecuador invited Colombia to reopen its consulate in Quito."))
    assert ("ECU", "COL", "conflictual", "REQUEST") in coded(got)


def test_an_invitation_to_attend_is_a_consultation(annotate):
    got = stances(annotate("Ecuador invited Colombia to attend the summit in Quito."))
    assert coded(got) == {("ECU", "COL", "cooperative", "CONSULT")}


# a recommendation in the imperative is addressed to the side the document advises
BRIEF = {"dyads": ["MAR-ESP"]}


def test_an_imperative_request_takes_the_document_dyads_other_side(annotate):
    text = ("Recommendations for Madrid.\nThe government should:\n- ask Morocco to readmit the migrants;\n"
            "- resume the fisheries talks.")
    got = sentence_stances(annotate(text, BRIEF), 2)
    assert ("ESP", "MAR", "conflictual", "REQUEST") in coded(got)


def test_a_declarative_request_without_a_requester_gets_no_dyad_source(annotate):
    got = sentence_stances(annotate("Morocco and Spain share a border. Rabat was asked to readmit the migrants.",
                                    BRIEF), 1)
    assert not got


# putting an actor on a list or taking it off
def test_adding_a_state_to_a_terror_sponsor_list_is_a_sanction(annotate):
    got = stances(annotate("1993 – The State Department adds Sudan to its list of state sponsors of terrorism."))
    assert coded(got) == {("USA", "SDN", "conflictual", "SANCTION")}


def test_removing_a_state_from_a_blacklist_is_a_concession(annotate):
    got = stances(annotate("In 2020 the United States removed Sudan from the list of state sponsors of terrorism."))
    assert coded(got) == {("USA", "SDN", "cooperative", "CONCEDE")}


def test_removal_from_a_list_of_trust_is_a_sanction_and_the_reply_list_takes_its_kind(annotate):
    got = stances(annotate("Chile removed Peru from its list of trusted trading partners in May, and Peru "
                           "responded by dropping Chile from its own list."))
    assert coded(got) == {("CHL", "PER", "conflictual", "SANCTION"), ("PER", "CHL", "conflictual", "SANCTION")}


def test_a_list_of_neither_kind_is_no_act(annotate):
    assert not stances(annotate("The minister added Kenya to his list of places to visit."))


# obstructing another's bid
def test_a_bid_held_up_by_a_state_is_its_rejection(annotate):
    got = stances(annotate("The Georgian bid was held up by France for a year."))
    assert coded(got) == {("FRA", "GEO", "conflictual", "REJECT")}


def test_blocking_a_road_is_no_rejection_of_a_state(annotate):
    got = stances(annotate("Farmers blocked the road to the Polish border."))
    assert not any(s["category"] == "REJECT" for s in got)


# "hold X responsible" past a relative clause, never inside a phrase
def test_holding_a_group_responsible_past_a_relative_clause_is_an_accusation(annotate):
    got = stances(annotate("Turkey holds the PKK, which has bases in Iraq, responsible for the bombing."))
    assert coded(got) == {("TUR", "TUR-PKK", "conflictual", "ACCUSE")}


def test_talks_with_the_minister_responsible_are_no_accusation(annotate):
    got = stances(annotate("Kenya held talks with the Somali minister responsible for fisheries."))
    assert not any(s["category"] == "ACCUSE" for s in got)


# a role through "one of"
def test_one_of_a_states_partners_holds_the_role(annotate):
    got = stances(annotate("Brazil remains one of Angola's largest trading partners."))
    assert coded(got) == {("BRA", "AGO", "cooperative", "COOPERATE")}


def test_one_of_the_countries_of_a_region_is_no_role(annotate):
    assert not stances(annotate("Chile is one of the countries in the region."))


# the owner of a closed border
def test_closing_a_neighbours_border_is_a_sanction_towards_it(annotate):
    record = annotate("Niger and Benin are neighbours. In 2023 Niamey closed Benin's land border.")
    assert coded(sentence_stances(record, 1)) == {("NER", "BEN", "conflictual", "SANCTION")}


def test_closing_ones_own_border_has_no_target(annotate):
    record = annotate("Niger and Benin are neighbours. In 2023 Niamey closed its airspace.")
    assert not sentence_stances(record, 1)


# a formal designation is a proscription; calling names is an accusation
def test_designating_a_group_a_terrorist_organisation_is_a_sanction(annotate):
    got = stances(annotate("In 2019 the United Kingdom designated Hezbollah a terrorist organisation."))
    assert {(s["source"], s["polarity"], s["category"]) for s in got} == {("GBR", "conflictual", "SANCTION")}


def test_calling_a_group_terrorist_is_an_accusation(annotate):
    got = stances(annotate("Israel called Hezbollah a terrorist organisation."))
    assert {(s["source"], s["category"]) for s in got} == {("ISR", "ACCUSE")}


# the setting of an act is not its other party
def test_signatories_at_a_summit_of_an_organisation_sign_with_each_other(annotate):
    got = stances(annotate("At an EU summit in Brussels, Serbia, Kosovo and Albania signed a memorandum."))
    assert not any("EU" in (s["source"], s["target"]) for s in got)
    assert {frozenset((s["source"], s["target"])) for s in got} == {
        frozenset(p) for p in (("SRB", "XKX"), ("SRB", "ALB"), ("XKX", "ALB"))}


def test_a_witness_is_no_party_to_the_signing(annotate):
    got = stances(annotate("Bolivia and Chile signed an accord in the presence of Pope Francis."))
    assert coded(got) == {("BOL", "CHL", "cooperative", "AGREE")}


def test_a_case_against_a_state_before_a_court_is_aimed_at_the_state(annotate):
    got = stances(annotate("In 2019 the Gambia brought a case against Myanmar before the International Court of "
                           "Justice."))
    assert coded(got) == {("GMB", "MMR", "conflictual", "ACCUSE")}


def test_a_dated_before_phrase_is_still_read(annotate):
    got = stances(annotate("Ghana signed a trade agreement with Togo before 2010."))
    assert coded(got) == {("GHA", "TGO", "cooperative", "AGREE")}


# consent named by its givers
def test_approval_by_two_states_is_given_to_the_clause_subject_not_to_each_other(annotate):
    got = stances(annotate("Montenegro joined NATO after a long wait for Spanish and Dutch approval."))
    assert {("ESP", "MNE", "SUPPORT"), ("NLD", "MNE", "SUPPORT")} <= {(s["source"], s["target"], s["category"])
                                                                     for s in got}
    assert not any({s["source"], s["target"]} == {"ESP", "NLD"} for s in got)


def test_a_strike_with_foreign_approval_is_not_aimed_at_the_approver(annotate):
    got = stances(annotate("With American approval, Israel struck the site."))
    assert not any(s["target"] == "USA" and s["category"] == "ASSAULT" for s in got)


# drawing closer; a move called a mistake
def test_drawing_closer_to_a_state_is_cooperation(annotate):
    got = stances(annotate("In the 2010s Kazakhstan moved closer to China."))
    assert coded(got) == {("KAZ", "CHN", "cooperative", "COOPERATE")}


def test_calling_a_states_move_a_mistake_accuses_it(annotate):
    got = stances(annotate("Egypt described Ethiopia's decision as a historic mistake."))
    assert coded(got) == {("EGY", "ETH", "conflictual", "ACCUSE")}


# the sponsor of talks consults each party and is no party itself
def test_talks_under_the_auspices_of_an_organisation(annotate):
    got = stances(annotate("Serbia and Kosovo held talks under the auspices of the European Union."))
    assert coded(got) == {("EU", "SRB", "cooperative", "CONSULT"), ("EU", "XKX", "cooperative", "CONSULT"),
                          ("SRB", "XKX", "cooperative", "CONSULT")}


def test_fronted_auspices_do_not_make_the_parties_sponsors(annotate):
    got = stances(annotate("Under the auspices of the African Union, Ethiopia and Egypt resumed talks."))
    assert ("ETH", "EGY", "cooperative", "CONSULT") in coded(got)
    assert {s["source"] for s in got if s["target"] in ("ETH", "EGY") and s["source"] not in ("ETH", "EGY")} == {"AU"}


def test_talks_with_an_organisation_are_talks_with_it(annotate):
    got = stances(annotate("Serbia and Kosovo held talks with the European Union."))
    assert coded(got) == {("SRB", "EU", "cooperative", "CONSULT"), ("XKX", "EU", "cooperative", "CONSULT")}
