"""afru_stance syntactic constructions, second set: reciprocal objects, exchanges of fire, the content of
accusations, denials inside the accusing sentence, guarantors, title relation nouns and coordinated hostile
predicates (sentences written for these tests; codings reasoned from docs/annotation-guidelines.md 6 and
docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import find, sentence_stances, stances

# ---------------------------------------------------------------- reciprocal objects

def test_reciprocal_each_other_gives_symmetric_accusation(annotate):
    s = find(stances(annotate("Armenia and Azerbaijan accused each other of breaking the truce.")), "ARM", "AZE")
    assert s["category"] == "ACCUSE" and s["symmetric"]


def test_reciprocal_one_another(annotate):
    s = find(stances(annotate("Ethiopia and Eritrea blamed one another for the failed talks.")), "ETH", "ERI")
    assert s["polarity"] == "conflictual" and s["symmetric"]


def test_no_reciprocal_stance_within_one_actor(annotate):
    assert not stances(annotate("Rival Somali factions blamed each other for the delay."))


# ---------------------------------------------------------------- exchanges of fire

def test_coordinated_subjects_exchanging_fire(annotate):
    s = find(stances(annotate("Indian and Chinese soldiers exchanged fire in the mountains on Tuesday.")),
             "IND", "CHN")
    assert s["category"] == "ASSAULT" and s["symmetric"]


def test_trading_fire_in_a_headline(annotate):
    s = find(stances(annotate("Thai and Cambodian troops trade fire near disputed temple")), "THA", "KHM")
    assert s["category"] == "ASSAULT"


# ---------------------------------------------------------------- the content of an accusation

def test_accused_of_an_act_makes_the_accused_its_source(annotate):
    items = stances(annotate("Kenya accused Somalia of shelling Kenya in the night."))
    assert find(items, "KEN", "SOM", "ACCUSE")
    s = find(items, "SOM", "KEN", "ASSAULT")
    assert s["alleged"] and not s["symmetric"]


def test_blamed_an_attack_on_an_actor(annotate):
    record = annotate("Gunmen attacked the Nigerian embassy in Niamey. Nigeria blamed the attack on Chad.")
    items = sentence_stances(record, 1)
    assert find(items, "NGA", "TCD", "ACCUSE")
    s = find(items, "TCD", "NGA", "ASSAULT")
    assert s["alleged"]


def test_accused_with_a_non_actor_object_does_not_target_the_accuser(annotate):
    items = stances(annotate("Peru accused Chile of supplying the smugglers."))
    assert not any(s["source"] == "CHL" and s["target"] == "PER" for s in items)


# ---------------------------------------------------------------- denials in the accusing sentence

def test_charge_rejected_in_a_relative_clause(annotate):
    items = stances(annotate("Ghana accused Togo of sheltering the plotters, a charge Lomé rejected."))
    s = find(items, "TGO", "GHA", "REJECT")
    assert not s["symmetric"] and not s["denied"]


def test_denied_any_role_after_an_accusation(annotate):
    items = stances(annotate("Bolivian officials blamed the riots on Paraguay, and Asunción denied any role."))
    assert find(items, "PRY", "BOL", "REJECT")


def test_denied_role_without_an_accusation_is_no_rejection(annotate):
    items = stances(annotate("Uruguay denied any role in the talks with Brazil."))
    assert not any(s["category"] == "REJECT" for s in items)


# ---------------------------------------------------------------- guarantors

def test_coordinated_guarantors_agree_with_each_other(annotate):
    items = stances(annotate("Sudan and South Sudan signed the deal, with Egypt and Ethiopia acting as guarantors."))
    s = find(items, "EGY", "ETH", "AGREE")
    assert s["symmetric"]
    assert find(items, "SDN", "SSD", "AGREE")


def test_guarantors_in_a_with_phrase(annotate):
    s = find(stances(annotate("Chad and Libya signed a truce, with France and Italy as guarantors.")), "FRA", "ITA")
    assert s["category"] == "AGREE"


# ---------------------------------------------------------------- title relation nouns

def test_title_with_a_role_noun_before_the_colon(annotate):
    s = find(stances(annotate("Uneasy allies: Turkey, the United States and the Syrian war")), "TUR", "USA")
    assert s["category"] == "COOPERATE" and s["symmetric"]


def test_title_with_a_relation_noun_after_the_colon(annotate):
    s = find(stances(annotate("Peru and Ecuador since 1998: the end of a rivalry")), "PER", "ECU")
    assert s["polarity"] == "conflictual" and s["symmetric"]


def test_sentence_with_a_final_stop_is_no_title(annotate):
    assert not stances(annotate("Kenya and Uganda after the summit: a partnership, in name only."))


# ---------------------------------------------------------------- coordinated hostile predicates

def test_coordinated_mobilisation_takes_the_first_object(annotate):
    items = stances(annotate("Ankara condemned Damascus and mobilised its reserves."))
    assert find(items, "TUR", "SYR", "ACCUSE")
    assert find(items, "TUR", "SYR", "MOBILIZE")


def test_coordinated_cooperative_predicate_takes_no_object(annotate):
    items = stances(annotate("Ankara condemned Damascus and welcomed the refugees."))
    assert not any(s["polarity"] == "cooperative" for s in items)


def test_ready_to_invade_as_object_predicate(annotate):
    s = find(stances(annotate("Iraq appeared ready to invade Kuwait.")), "IRQ", "KWT")
    assert s["category"] == "THREATEN" and s["future"]
