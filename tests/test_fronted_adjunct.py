"""Subjects the parser coordinates with a fronted adjunct's last noun ("After the coup in Niamey, Nigeria
and Benin closed ..."): the names after the adjunct's comma that run up to the verb are its subject
(actors.fronted_list_verb), in linking and in stance attribution alike."""

from __future__ import annotations

from stance_helpers import actor_mentions, sentence_stances


def coded(items: list[dict]) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["category"]) for s in items}


def test_states_after_a_fronted_prepositional_phrase_act(annotate):
    rec = annotate("After the coup in Niamey, Nigeria and Benin closed their borders with Niger.")
    assert {"NGA", "BEN"} <= {i for _, i in actor_mentions(rec)}
    assert {("NGA", "NER", "SANCTION"), ("BEN", "NER", "SANCTION")} <= coded(sentence_stances(rec, 0))


def test_states_after_a_fronted_clause_are_not_the_place_taken(annotate):
    rec = annotate("After the rebels captured Goma, Rwanda and Uganda denied supporting them.")
    assert {"RWA", "UGA"} <= {i for _, i in actor_mentions(rec)}
    assert not any(s["target"] in ("RWA", "UGA") and s["category"] == "ASSAULT" for s in sentence_stances(rec, 0))


def test_fronted_clause_after_a_fronted_year(annotate):
    rec = annotate("In 2014, after Russia annexed Crimea, the European Union and the United States imposed "
                   "sanctions on Moscow.")
    got = coded(sentence_stances(rec, 0))
    assert {("EU", "RUS", "SANCTION"), ("USA", "RUS", "SANCTION")} <= got
    assert all(s in ("EU", "USA", "RUS") for s, _, _ in got)


def test_fronted_participle_phrase(annotate):
    rec = annotate("Following clashes near Kidal, Algeria and Morocco called for restraint.")
    assert {"DZA", "MAR"} <= {i for _, i in actor_mentions(rec)}


def test_list_that_ends_before_a_comma_stays_in_the_adjunct(annotate):
    rec = annotate("After visits to Kenya, Uganda and Rwanda, the envoy returned to Washington.")
    assert not any(s["source"] in ("KEN", "UGA", "RWA") for s in sentence_stances(rec, 0))


def test_list_inside_a_plain_subject_is_not_moved(annotate):
    rec = annotate("Talks between Chad, Niger and Nigeria produced no agreement on the lake.")
    assert not any(s["category"] == "AGREE" for s in sentence_stances(rec, 0))
