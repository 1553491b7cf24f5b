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
