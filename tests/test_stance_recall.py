"""afru_stance recall constructions: roles, proscription lists, answers to requests, ... (one test per
construction, on sentences written for these tests; expected codings reasoned from docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import find, sentence_stances, stances


def pairs(items: list[dict]) -> set[tuple[str, str]]:
    return {(s["source"], s["target"]) for s in items}


# ---------------------------------------------------------------- role nouns

def test_role_noun_as_attribute_of_become(annotate):
    s = find(stances(annotate("By 1960 Turkey had become an American ally.")), "TUR", "USA")
    assert s["polarity"] == "cooperative" and s["trigger"] == "ally"


def test_role_noun_in_apposition_with_a_possessor(annotate):
    items = stances(annotate("Iran, Iraq's old adversary, stayed neutral."))
    s = find(items, "IRN", "IRQ")
    assert s["polarity"] == "conflictual" and s["category"] == "REJECT"


def test_role_noun_with_of_phrase_and_negation(annotate):
    s = find(stances(annotate("Georgia is not a partner of Russia.")), "GEO", "RUS")
    assert s["polarity"] == "conflictual" and s["negated"] is True


def test_role_noun_without_other_side_codes_nothing(annotate):
    assert stances(annotate("Iran remains a regional rival.")) == []


# ---------------------------------------------------------------- proscription lists

def test_being_on_an_owners_terrorist_list_is_a_sanction(annotate):
    s = find(stances(annotate("Hamas remains on the European Union's list of terrorist groups.")), "EU", "PSE-HAM")
    assert (s["category"], s["polarity"]) == ("SANCTION", "conflictual")


def test_possessive_pronoun_of_a_list_is_not_the_one_listed(annotate):
    record = annotate("Canada has taken a hard line. Hezbollah has been on its list of banned organisations "
                      "since 2002.")
    s = find(sentence_stances(record, 1), "CAN", "LBN-HEZ")
    assert s["category"] == "SANCTION"


def test_an_ordinary_list_is_no_sanction(annotate):
    assert stances(annotate("Chile is on Brazil's list of trading partners.")) == []


# ---------------------------------------------------------------- answers to requests

def test_refusal_without_object_answers_the_request_in_its_sentence(annotate):
    s = find(stances(annotate("Syria asked Russia for arms, but Russia declined.")), "RUS", "SYR")
    assert (s["category"], s["polarity"], s["attribution"]) == ("REJECT", "conflictual", "context")


def test_refusal_without_object_answers_an_earlier_request(annotate):
    record = annotate("In May Serbia asked Moscow to send troops. The Kremlin refused at first.")
    s = find(sentence_stances(record, 1), "RUS", "SRB")
    assert s["category"] == "REJECT"


def test_refusal_without_a_request_codes_nothing(annotate):
    assert sentence_stances(annotate("Chile traded with Peru. Bolivia refused."), 1) == []


# ---------------------------------------------------------------- "among", mediation, ceding, labelled events

def test_talks_among_three_parties_are_every_pair(annotate):
    items = stances(annotate("The forum opened with consultations among Brazil, Chile and Peru."))
    assert pairs(items) >= {("BRA", "CHL"), ("BRA", "PER"), ("CHL", "PER")}
    assert all(s["category"] == "CONSULT" for s in items)


def test_mediation_without_sides_mediates_the_relation_of_its_sentence(annotate):
    record = annotate("Ethiopia and Eritrea fought a war. Relations were restored in 2018 with the help of "
                      "Saudi mediation.", meta={"dyads": ["ETH-ERI"]})
    items = sentence_stances(record, 1)
    for side in ("ETH", "ERI"):
        s = find(items, "SAU", side)
        assert (s["category"], s["polarity"]) == ("CONSULT", "cooperative")


def test_handing_over_territory_is_a_retreat(annotate):
    s = find(stances(annotate("Britain handed the territory over to China in 1997.")), "GBR", "CHN")
    assert (s["category"], s["polarity"]) == ("RETREAT", "cooperative")
    assert s["trigger"] == "hand over"


def test_it_of_a_second_conjunct_is_the_first_conjuncts_object(annotate):
    s = find(stances(annotate("Indian troops guarded the airport and handed it over to Nepal in 2010.")),
             "IND", "NPL")
    assert s["category"] == "RETREAT"


def test_handing_over_weapons_stays_aid(annotate):
    s = find(stances(annotate("Britain handed the rifles over to Kenya.")), "GBR", "KEN")
    assert s["category"] == "AID"


def test_labelling_an_earlier_event_accuses_its_author(annotate):
    record = annotate("ISIL attacked the Norwegian embassy. Norway called the attack a terrorist act.",
                      meta={"dyads": ["NOR-ISIL"]})
    items = sentence_stances(record, 1)
    s = find(items, "NOR", "ISIL")
    assert (s["category"], s["polarity"], s["attribution"]) == ("ACCUSE", "conflictual", "context")
    assert not any(s["category"] == "ASSAULT" for s in items)  # "the attack" is the earlier event


# ---------------------------------------------------------------- "without V-ing", plural "they"

def test_without_ing_is_a_negated_act_of_its_own(annotate):
    items = stances(annotate("Iran sent envoys to Kabul without recognising the Taliban."))
    s = find(items, "IRN", "AFG-TAL")
    assert (s["category"], s["polarity"], s["negated"]) == ("REJECT", "conflictual", True)
    assert s["cues"][0]["text"].startswith("without")


def test_without_ing_of_a_conflict_codes_no_act(annotate):
    items = stances(annotate("Iran helped Iraq without asking Syria for weapons."))
    assert pairs(items) == {("IRN", "IRQ")}


def test_they_after_a_singular_state_subject_is_the_plural_actor_before_it(annotate):
    record = annotate("Afghanistan's neighbours watched Afghanistan closely. Russia has criticised the Taliban authorities "
                      "since they seized Kabul.")
    items = sentence_stances(record, 1)
    s = find(items, "AFG-TAL", "AFG")
    assert s["category"] == "COERCE"
    assert ("RUS", "AFG") not in pairs(items)


# ---------------------------------------------------------------- relation phrases, object pronouns, possessives

def test_relation_noun_under_a_verb_takes_the_verbs_subject(annotate):
    s = find(stances(annotate("Chile sees new chances for cooperation with Peru.")), "CHL", "PER")
    assert s["polarity"] == "cooperative"


def test_relation_noun_in_an_apposition_takes_the_described_actor(annotate):
    items = stances(annotate("Hezbollah, a movement with close ties to Iran, grew stronger."))
    s = find(items, "LBN-HEZ", "IRN")
    assert s["polarity"] == "cooperative"


def test_relation_noun_under_another_cue_is_its_content(annotate):
    items = stances(annotate("Iran voiced concern over cooperation with Israel."))
    assert all(s["polarity"] == "conflictual" for s in items)


def test_object_pronoun_of_a_light_verbs_noun_is_not_the_subject(annotate):
    items = stances(annotate("The Taliban are on Russia's terror list, yet Moscow has held talks with them."))
    s = find(items, "RUS", "AFG-TAL")
    assert ("RUS", "AFG-TAL", "CONSULT") in {(x["source"], x["target"], x["category"]) for x in items}
    assert ("RUS", "AFG-TAL", "SANCTION") in {(x["source"], x["target"], x["category"]) for x in items}
    assert s["polarity"] in ("cooperative", "conflictual")


def test_hosting_its_delegation_hosts_another_actor(annotate):
    s = find(stances(annotate("Qatar had dealt with Hamas for years, hosting its delegations in Doha.")),
             "QAT", "PSE-HAM")
    assert s["category"] == "CONSULT"


# ---------------------------------------------------------------- attendance, ended interventions, reactions

def test_comitative_after_an_attendance_verb_attends_too(annotate):
    record = annotate("Brazil hosted the talks in Brasilia. Envoys from Chile and Peru attended, along with a "
                      "Bolivian delegation.")
    items = sentence_stances(record, 1)
    assert pairs(items) >= {("CHL", "BRA"), ("PER", "BRA"), ("BOL", "BRA")}


def test_ending_an_intervention_is_a_retreat(annotate):
    s = find(stances(annotate("In 1989 Vietnam withdrew its army from Cambodia, ending an intervention "
                              "in Cambodia.")), "VNM", "KHM")
    assert (s["category"], s["polarity"]) == ("RETREAT", "cooperative")


def test_ending_an_intervention_alone_is_about_the_other_side_of_the_dyad(annotate):
    record = annotate("Cuba sent troops to Angola in 1975. In 1991 the last Cuban units sailed home, ending an "
                      "intervention of sixteen years.", meta={"dyads": ["AGO-CUB"]})
    s = find(sentence_stances(record, 1), "CUB", "AGO")
    assert s["category"] == "RETREAT"


def test_reaction_to_an_unremembered_kind_takes_a_same_polarity_act_of_the_last_sentence(annotate):
    record = annotate("In May Kenya ordered Somali refugees to leave the camps. Somalia condemned the "
                      "expulsions.", meta={"dyads": ["KEN-SOM"]})
    s = find(sentence_stances(record, 1), "SOM", "KEN")
    assert (s["category"], s["attribution"]) == ("ACCUSE", "context")


def test_reaction_fallback_needs_the_same_polarity(annotate):
    record = annotate("Kenya sent aid to Ethiopia. Somalia condemned the expulsions.")
    assert sentence_stances(record, 1) == []


# ---------------------------------------------------------------- conditions on "keep", "stop short of"

def test_until_clause_on_keep_names_the_target_of_the_continued_act(annotate):
    record = annotate("The Taliban rejected the plan. They have vowed to keep fighting until the Kabul "
                      "government falls.")
    s = find(sentence_stances(record, 1), "AFG-TAL", "AFG")
    assert (s["category"], s["polarity"]) == ("THREATEN", "conflictual")


def test_stopping_short_of_an_act_negates_it(annotate):
    items = stances(annotate("Turkey kept talking to Syria while stopping short of recognising the Syrian "
                             "government."))
    s = find(items, "TUR", "SYR")
    assert ("TUR", "SYR", "REJECT") in {(x["source"], x["target"], x["category"]) for x in items}
    assert s["polarity"] in ("cooperative", "conflictual")


def test_stopping_short_of_a_conflict_act_codes_no_act(annotate):
    assert stances(annotate("Iran stopped short of condemning Syria.")) == []


# ---------------------------------------------------------------- precision: parties of "between", seeking ties

def test_between_takes_one_party_per_phrase(annotate):
    items = stances(annotate("The border was agreed in 1900 between the Persian envoy Ali Khan and Henry Smith."))
    assert ("IRN", "PER-ali-khan") not in pairs(items) and ("PER-ali-khan", "IRN") not in pairs(items)
    assert find(items, "PER-ali-khan", "PER-henry-smith")["category"] == "AGREE"


def test_seeking_closer_ties_is_no_request(annotate):
    items = stances(annotate("In 1975 Egypt sought closer ties with Saudi Arabia."))
    s = find(items, "EGY", "SAU")
    assert s["polarity"] == "cooperative"
    assert all(x["category"] != "REQUEST" for x in items)


# ---------------------------------------------------------------- provider nouns, headline predicates

def test_possessor_of_a_source_of_aid_receives_it(annotate):
    s = find(stances(annotate("In 1960 the Soviet Union became Egypt's largest source of military aid.")),
             "SUN", "EGY")
    assert (s["category"], s["polarity"]) == ("AID", "cooperative")


def test_second_headline_predicate_takes_the_headline_target(annotate):
    items = stances(annotate("Turkey hosts Hamas delegation in Ankara, urges ceasefire"))
    s = find(items, "TUR", "PSE-HAM")
    assert ("TUR", "PSE-HAM", "REQUEST") in {(x["source"], x["target"], x["category"]) for x in items}
    assert s["polarity"] in ("cooperative", "conflictual")
