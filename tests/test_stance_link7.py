"""A reaction to an agreement two leaders made is directed at their states (helper link7). Sentences
written for these tests."""

from __future__ import annotations

from tests.stance_helpers import sentence_stances


def pairs_of(record: dict, n: int) -> set[tuple[str, str]]:
    return {(s["source"], s["target"]) for s in sentence_stances(record, n)}


def test_welcoming_an_agreement_of_two_registered_leaders_targets_their_states(annotate):
    record = annotate("In July 2023 Joe Biden and Recep Tayyip Erdogan met in Vilnius. Biden and Erdogan signed "
                      "an agreement on fighter jets. The European Union welcomed the agreement.")
    assert pairs_of(record, 2) == {("EU", "USA"), ("EU", "TUR")}


def test_welcoming_an_agreement_of_leaders_of_no_known_state_keeps_the_people(annotate):
    record = annotate("In 2023 President Nicolás Maduro and opposition leader Juan Guaidó signed an agreement "
                      "on elections. The European Union welcomed the agreement.")
    assert not any(target in ("VEN",) for _, target in pairs_of(record, 1))
