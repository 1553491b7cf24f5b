"""afru_stance round 4 (errors found on the former test split, fixed as constructions): change nouns
governing a relation, family-name-first names after a courtesy title, a
leader paired with his own state (no own-sentence test yet) (sentences written for these tests; expected codings reasoned from
docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import stances


def dyads(items: list[dict]) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["polarity"]) for s in items}


def undirected(items: list[dict]) -> set[tuple[frozenset, str]]:
    return {(frozenset((s["source"], s["target"])), s["polarity"]) for s in items}


# ---------------------------------------------------------------- "a turnaround in relations between A and B"

def test_turnaround_in_relations_between_two_states(annotate):
    items = undirected(stances(annotate("The summit marked a turnaround in relations between Ankara and Moscow.")))
    assert items == {(frozenset({"TUR", "RUS"}), "cooperative")}


def test_deterioration_of_relations_is_conflictual(annotate):
    items = undirected(stances(annotate("Analysts noted a deterioration in relations between Iran and Pakistan.")))
    assert items == {(frozenset({"IRN", "PAK"}), "conflictual")}


# ---------------------------------------------------------------- "Mr Wen" after "Wen Jiabao"

def test_courtesy_title_links_family_name_first(annotate):
    rec = annotate("Wen Jiabao arrived in Berlin on Monday. The next day Mr Wen met Chancellor Angela Merkel.")
    actors = {(a["text"], a["id"]) for a in rec["sentences"][1]["actors"]}
    assert ("Wen", "PER-wen-jiabao") in actors
    assert ("PER-wen-jiabao", "PER-angela-merkel", "cooperative") in dyads(rec["sentences"][1]["stances"])
