"""Parties the sentence leaves implicit or the parser hides (annotation guidelines 6.3): a place reached
through a free relative object ("struck what X called a base in Y's province"), and the subjects of a
clause that opens with a place ("In Almaty, Kazakhstan and Belarus signed ...")."""

from __future__ import annotations

from stance_helpers import actor_mentions, sentence_stances


def coded(items: list[dict]) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["category"]) for s in items}


# ------------------------------------------------- "bombed what X called a camp in Y's province": the place

def test_free_relative_object_reaches_the_place_of_the_strike(annotate):
    rec = annotate("Iraq protested on Monday. Turkish jets struck what Ankara called militant hideouts in "
                   "Iraq's Duhok province.")
    assert ("TUR", "IRQ", "ASSAULT") in coded(sentence_stances(rec, 1))


def test_free_relative_object_with_as_phrase(annotate):
    rec = annotate("Syria complained to the UN. Israeli aircraft bombed what Israel described as a weapons "
                   "depot near Homs, in Syria's central province.")
    assert ("ISR", "SYR", "ASSAULT") in coded(sentence_stances(rec, 1))


def test_free_relative_without_a_place_has_no_target(annotate):
    rec = annotate("Iraq protested on Monday. Turkish jets struck what Ankara called militant hideouts.")
    assert not any(s["target"] == "IRQ" for s in sentence_stances(rec, 1))


def test_free_relative_of_a_verbal_act_is_no_place_target(annotate):
    rec = annotate("Iraq protested on Monday. Turkish officials said what they wanted in Iraq's Duhok province.")
    assert sentence_stances(rec, 1) == []


# ---------------------------------------------------- "In Almaty, Kazakhstan and Belarus signed": subjects

def test_states_after_a_fronted_place_are_actors(annotate):
    rec = annotate("In Almaty, Kazakhstan, Russia and Belarus signed the treaty.")
    ids = {i for _, i in actor_mentions(rec)}
    assert {"KAZ", "RUS", "BLR"} <= ids


def test_fronted_place_after_a_chronology_date(annotate):
    rec = annotate("12 June 1995 – In Minsk, Armenia and Georgia sign a trade accord.")
    ids = {i for _, i in actor_mentions(rec)}
    assert {"ARM", "GEO"} <= ids


def test_places_with_a_subject_stay_places(annotate):
    rec = annotate("In Yerevan, Tbilisi and Baku, officials welcomed the accord.")
    ids = {i for _, i in actor_mentions(rec)}
    assert not ids & {"ARM", "GEO", "AZE"}


# ------------------------------------------- a city the NER missed, in a place slot: its state is the place

def test_untagged_city_after_to_is_a_place_target(annotate):
    rec = annotate("Afghanistan and Uzbekistan held talks. Uzbek engineers built a road to Mazar-i-Sharif.")
    assert ("UZB", "AFG", "COOPERATE") in coded(sentence_stances(rec, 1))


def test_untagged_city_is_never_an_actor(annotate):
    rec = annotate("Afghanistan and Turkmenistan held talks. Turkmen engineers built a power line to Mazar-i-Sharif.")
    assert all(text != "Mazar-i-Sharif" for text, _ in actor_mentions(rec))


def test_unknown_name_after_to_is_no_place(annotate):
    rec = annotate("Afghanistan and Uzbekistan held talks. Uzbek engineers built a road to Zorblatt.")
    assert not any(s["target"] == "AFG" for s in sentence_stances(rec, 1))


def test_states_after_a_fronted_place_sign_with_each_other(annotate):
    rec = annotate("In Almaty, Kazakhstan, Russia and Belarus signed the treaty.")
    assert {("KAZ", "RUS", "AGREE"), ("KAZ", "BLR", "AGREE"), ("RUS", "BLR", "AGREE")} <= coded(sentence_stances(rec, 0))


def test_fronted_place_with_a_subject_gives_no_pairs_of_places(annotate):
    rec = annotate("In Yerevan, Tbilisi and Baku, the ministers signed the treaty.")
    assert not any({s["source"], s["target"]} & {"ARM", "GEO", "AZE"} for s in sentence_stances(rec, 0))
