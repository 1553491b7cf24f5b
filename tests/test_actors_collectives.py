"""afru_actors: vague collectives that act or are acted on, office titles, places named after saints, a
nationality's opposition, and the state of a place next to the scene of an attack. Sentences written for
these tests."""

from __future__ import annotations

from stance_helpers import actor_ids as ids
from stance_helpers import actor_mentions as found
from stance_helpers import find, stances


def test_armed_collective_subject_gets_a_fallback_id(annotate):
    record = annotate("Kenya condemned the raid. Gunmen opened fire on a Kenyan police patrol in Mandera.")
    assert ("Gunmen", "ORG-gunmen") in found(record)
    find(stances(record), "ORG-gunmen", "KEN", "ASSAULT")


def test_modified_collective_acted_on_drops_quantifiers(annotate):
    record = annotate("Islamabad accused foreign powers of funding the unrest in Balochistan.")
    find(stances(record), "PAK", "ORG-foreign-powers", "ACCUSE")
    record = annotate("Riyadh backed rebel groups fighting the Houthis in Yemen.")
    find(stances(record), "SAU", "ORG-rebel-groups", "SUPPORT")
    record = annotate("In 2011 Nigerian soldiers arrested several suspected militants.")
    assert ("suspected militants", "ORG-suspected-militants") in found(record)


def test_collectives_that_do_not_act_or_belong_to_an_actor_are_left_alone(annotate):
    assert ids(annotate("Insurgents are a recurring problem for the region.")) == []
    assert ids(annotate("Governments must cooperate more closely on migration.")) == []  # bare institutional
    assert ids(annotate("Taliban fighters attacked a checkpoint in Kunduz.")) == ["AFG-TAL"]
    assert "ORG-fighters" not in ids(annotate("In 2015 fighters of the Islamic State attacked a base in Iraq."))
    # a bare plural object is a population of members, not a party
    assert "ORG-militants" not in ids(annotate("Extremist groups recruited militants from Tajikistan."))
    # a list of problems, not an actor
    assert ids(annotate("Poverty, armed groups and drug smuggling are growing threats to Mali.")) == ["MLI"]


def test_member_republics_of_a_union_are_not_the_union(annotate):
    record = annotate("Belarus, Armenia and two other former Soviet republics joined the customs union.")
    assert ids(record) == ["BLR", "ARM", "ORG-former-soviet-republics"]
    assert "SUN" not in ids(annotate("The Soviet republics were poor."))


def test_office_titles_are_not_actors(annotate):
    record = annotate("The Vice Premier and Minister of Commerce of Vietnam, Tran Hong Ha, visited Vientiane.")
    assert not any(i.startswith("ORG-") for i in ids(record))
    find(stances(record), "PER-tran-hong-ha", "LAO", "CONSULT")
    # a registered person after a title is still found
    assert "PER-antony-blinken" in ids(annotate("Secretary Blinken met the Saudi foreign minister."))


def test_places_named_after_saints_are_not_people(annotate):
    record = annotate("Macron chose Saint Petersburg for talks with Putin.")
    assert not any(i.startswith("PER-saint") for i in ids(record))
    find(stances(record), "PER-emmanuel-macron", "PER-vladimir-putin", "CONSULT")


def test_a_nationality_opposition_is_not_the_state(annotate):
    record = annotate("The Syrian opposition rejected the proposal.")
    assert ids(record) == ["ORG-syrian-opposition"]
    # the opposition organisation the document has named
    record = annotate("In 1999 exiled parties formed the United Burmese Opposition. "
                      "Thailand expelled Burmese opposition activists in 2000.")
    assert ("Burmese opposition activists", "ORG-united-burmese-opposition") in found(record)
    find(stances(record), "THA", "ORG-united-burmese-opposition")
    # the state's own forces stay the state
    assert ids(annotate("Syrian forces shelled the town.")) == ["SYR"]


def test_a_name_that_only_contains_a_demonym_is_an_organisation(annotate):
    record = annotate("The Free Syrian Army attacked a Syrian army checkpoint.")
    assert ids(record) == ["ORG-free-syrian-army", "SYR"]
    # a demonym that opens the name is the state ("Russian Foreign Ministry" → "Russian")
    assert ids(annotate("The Russian Foreign Ministry condemned the strike.")) == ["RUS"]


def test_a_place_near_the_scene_gives_the_target(annotate):
    record = annotate("Afghanistan condemned the massacre. Gunmen killed 12 people at a market near Kabul.")
    find(stances(record), "ORG-gunmen", "AFG", "ASSAULT")
    # the state must be an actor of the document
    record = annotate("Gunmen killed 12 people at a market near Kabul.")
    assert [s for s in stances(record) if s["target"] == "AFG"] == []


def test_a_collective_keeps_a_region_after_of(annotate):
    record = annotate("Riyadh sought closer ties with Egypt and the Arab states of the Gulf.")
    assert ("Arab states of the Gulf", "ORG-arab-states-of-the-gulf") in found(record)
    # a registered state after "of" stays its own mention
    record = annotate("The Central Asian republics of the Soviet Union declared independence.")
    assert found(record) == [("Central Asian republics", "ORG-central-asian-republics"), ("Soviet Union", "SUN")]


def test_a_measure_takes_its_parties_from_a_relative_light_verb(annotate):
    record = annotate("Egypt did not join the sanctions that Arab governments imposed on Qatar in 2017.")
    find(stances(record), "ORG-arab-governments", "QAT", "SANCTION")
    record = annotate("The embargo that Washington maintained against Havana lasted decades.")
    find(stances(record), "USA", "CUB", "SANCTION")
    # no subject actor in the relative clause: no such stance
    record = annotate("The sanctions that were imposed on Iran hurt its economy.")
    assert [s for s in stances(record) if s["category"] == "SANCTION"] == []


def test_a_second_by_agent_and_a_passive_reaction_to_an_earlier_event(annotate):
    record = annotate("Iraq invaded Kuwait in 1990. The invasion was condemned by Egypt and by several Gulf states.")
    find(stances(record), "EGY", "IRQ", "ACCUSE")
    find(stances(record), "ORG-gulf-states", "IRQ", "ACCUSE")
    # no earlier event of the kind: no target
    record = annotate("The invasion was condemned by Egypt and by Syria.")
    assert [s for s in stances(record) if s["category"] == "ACCUSE"] == []


def test_an_actor_noun_is_the_source_of_its_participle(annotate):
    record = annotate("Iran backs rebel groups fighting Saudi Arabia.")
    find(stances(record), "IRN", "ORG-rebel-groups", "SUPPORT")
    find(stances(record), "ORG-rebel-groups", "SAU", "ASSAULT")
    # a statement noun is no actor: its author is the verb's subject
    record = annotate("Ghana issued a statement condemning Togo.")
    find(stances(record), "GHA", "TGO", "ACCUSE")
