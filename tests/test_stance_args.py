"""afru_stance: argument constructions found missing on the test/test2 documents — a line cut after a
heading, a recipient inside the object phrase, a sent letter, "with A and with B", "he" after a sentence
naming a person, three like parties of one joint act, "war broke out between A and B", a year misread as
the subject's preposition, and the possessor of an event noun as the target of a reaction (sentences
written for these tests; expected codings reasoned from docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import sentence_stances, stances


def coded(items: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(s["source"], s["target"], s["polarity"], s["category"]) for s in items}


def pairs(items: list[dict]) -> set[frozenset[str]]:
    return {frozenset((s["source"], s["target"])) for s in items if s["symmetric"]}


# ---------------------------------------------------------------- a mid-line "and" starts no sentence

def test_a_coordinated_subject_after_a_heading_stays_one_sentence(annotate):
    rec = annotate("Kenya will host a summit next month.\nHistory\nKenya and Chile established diplomatic "
                   "relations in 1970.")
    texts = [s["text"] for s in rec["sentences"]]
    assert "Kenya and Chile established diplomatic relations in 1970." in texts
    assert pairs(stances(rec)) >= {frozenset(("KEN", "CHL"))}


def test_a_sentence_after_a_full_stop_still_starts(annotate):
    rec = annotate("Peru and Chile met in Lima. And then Bolivia joined the talks.")
    assert len(rec["sentences"]) == 2


# ---------------------------------------------------------------- "pledged aid worth X to Y"

def test_recipient_inside_the_object_phrase_is_the_target(annotate):
    rec = annotate("In May 2019 Germany promised loans worth 3 billion euros to Greece.")
    assert ("DEU", "GRC", "cooperative", "AGREE") in coded(stances(rec))


def test_recipient_on_the_object_noun(annotate):
    rec = annotate("Norway pledged new funding for Somalia.")
    assert {(s["source"], s["target"]) for s in stances(rec)} == {("NOR", "SOM")}


def test_no_recipient_inside_a_clause_of_the_object(annotate):
    # the "to" phrase belongs to the relative clause, not to the aid
    rec = annotate("Japan pledged aid that had been promised to Kenya years ago.")
    assert all(s["target"] != "KEN" or s["source"] != "JPN" for s in stances(rec))


# ---------------------------------------------------------------- "sent X a letter"

def test_sending_a_letter_is_consultation(annotate):
    rec = annotate("Macron sent Biden a letter on Monday.")
    assert coded(stances(rec)) == {("PER-emmanuel-macron", "PER-joe-biden", "cooperative", "CONSULT")}


def test_writing_a_message_to_an_organisation(annotate):
    rec = annotate("Iran wrote a letter to the UN Security Council.")
    assert coded(stances(rec)) == {("IRN", "UNSC", "cooperative", "CONSULT")}


def test_exchanging_letters_is_symmetric_consultation(annotate):
    rec = annotate("Egypt and Israel exchanged messages through diplomats in 1977.")
    assert coded(stances(rec)) == {("EGY", "ISR", "cooperative", "CONSULT")}
    assert stances(rec)[0]["symmetric"]


def test_sending_weapons_stays_aid(annotate):
    rec = annotate("Kenya sent Somalia weapons.")
    assert coded(stances(rec)) == {("KEN", "SOM", "cooperative", "AID")}


# ---------------------------------------------------------------- "with A and with B"

def test_repeated_preposition_gives_each_its_stance(annotate):
    rec = annotate("Japan signed agreements with Kenya and with Ghana.")
    assert {(s["source"], s["target"]) for s in stances(rec)} == {("JPN", "KEN"), ("JPN", "GHA")}


def test_repeated_preposition_on_a_verb(annotate):
    rec = annotate("Iran negotiated with Iraq and with Syria.")
    assert {(s["source"], s["target"]) for s in stances(rec)} == {("IRN", "IRQ"), ("IRN", "SYR")}


def test_a_different_second_preposition_is_not_joined(annotate):
    rec = annotate("Iran negotiated with Iraq and against the wishes of Syria.")
    assert ("IRN", "IRQ") in {(s["source"], s["target"]) for s in stances(rec)}
    assert all(s["target"] != "SYR" for s in stances(rec) if s["category"] == "CONSULT")


# ---------------------------------------------------------------- "he" after a sentence naming a person

def test_he_is_the_person_named_in_the_previous_subject(annotate):
    rec = annotate("The Foreign Minister of France, Jean-Yves Le Drian, arrived in Nairobi on Monday.\n"
                   "He held talks with the Kenyan president, William Ruto, and with the foreign minister, "
                   "Alfred Mutua.")
    got = {(s["source"], s["target"]) for s in sentence_stances(rec, 1)}
    assert ("PER-jean-yves-le-drian", "PER-william-ruto") in got
    assert ("PER-jean-yves-le-drian", "PER-alfred-mutua") in got


def test_it_is_never_the_person_of_the_previous_sentence(annotate):
    rec = annotate("The President of France, Emmanuel Macron, visited Kenya. It signed a deal with Ghana.")
    assert all(s["source"] != "PER-emmanuel-macron" for s in sentence_stances(rec, 1))


# ---------------------------------------------------------------- three parties of one joint act

def test_three_coordinated_states_are_every_pair(annotate):
    rec = annotate("Egypt and Jordan, together with Iraq, signed a trade deal.")
    assert pairs(stances(rec)) == {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ")),
                                   frozenset(("JOR", "IRQ"))}


def test_a_long_list_is_the_first_with_each(annotate):
    rec = annotate("The pact was signed by Egypt, Jordan, Iraq and Syria.")
    assert pairs(stances(rec)) == {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ")),
                                   frozenset(("EGY", "SYR"))}


# ---------------------------------------------------------------- "war broke out between A and B"

def test_war_breaking_out_between_two_states(annotate):
    rec = annotate("War broke out between Ethiopia and Eritrea in 1998.")
    assert coded(stances(rec)) == {("ETH", "ERI", "conflictual", "ASSAULT")}
    assert stances(rec)[0]["symmetric"]


def test_fighting_erupted_between_two_states(annotate):
    rec = annotate("Heavy fighting erupted between Sudan and South Sudan in 2012.")
    assert pairs(stances(rec)) == {frozenset(("SDN", "SSD"))}


def test_between_on_another_verb_gives_no_parties(annotate):
    # "came" is no verb of the event's course: the "between" phrase is a time, not the war's parties
    rec = annotate("The attack came between the elections in Peru and Chile.")
    assert all(s["category"] != "ASSAULT" for s in stances(rec))


# ---------------------------------------------------------------- "Since 2017 A and B have ..."

def test_subject_after_a_year_without_comma(annotate):
    rec = annotate("Since 2016 Egypt and Jordan, along with Iraq, have hosted talks on Libya.")
    assert pairs(stances(rec)) == {frozenset(("EGY", "JOR")), frozenset(("EGY", "IRQ")),
                                   frozenset(("JOR", "IRQ"))}


# ---------------------------------------------------------------- a reaction to X's act is towards X

def test_not_recognising_an_annexation_targets_the_annexing_state(annotate):
    rec = annotate("Brazil has not recognised Morocco's annexation of Western Sahara.")
    assert {(s["source"], s["target"]) for s in stances(rec)} == {("BRA", "MAR")}


def test_condemning_an_invasion_targets_the_invader_only(annotate):
    rec = annotate("Chile condemned Iraq's invasion of Kuwait.")
    # the condemnation targets the invader only; the condemned invasion is a fact, coded on its own
    # (codebook, "An appraised act of a named owner is a fact")
    assert coded(stances(rec)) == {("CHL", "IRQ", "conflictual", "ACCUSE"), ("IRQ", "KWT", "conflictual", "ASSAULT")}


def test_supplying_its_troops_is_not_an_act_of_theirs(annotate):
    # people (troops) are no event: the possessor does not replace the object
    rec = annotate("France supplied Mali's army.")
    assert ("FRA", "MLI") in {(s["source"], s["target"]) for s in stances(rec)}
