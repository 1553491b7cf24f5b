"""afru_actors: a junta or rulers "in" a capital are that state's government (found on the dev half of the
stance challenge set, benchmarks/challenge.py); sentences written for these tests."""

from __future__ import annotations

from stance_helpers import actor_mentions


def test_junta_in_a_capital_is_the_state(annotate):
    rec = annotate("The junta in Conakry suspended two French newspapers.")
    assert ("Conakry", "GIN") in actor_mentions(rec)


def test_military_rulers_in_a_capital_are_the_state(annotate):
    rec = annotate("The military rulers in Khartoum expelled the UN envoy.")
    assert ("Khartoum", "SDN") in actor_mentions(rec)


def test_a_visit_to_a_capital_stays_a_place(annotate):
    rec = annotate("The junta leader flew to Conakry on Monday.")
    assert ("Conakry", "GIN") not in actor_mentions(rec)
