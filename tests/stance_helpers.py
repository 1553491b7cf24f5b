"""Helpers the stance test modules share: reading stances out of a record."""

from __future__ import annotations


def stances(record: dict) -> list[dict]:
    """Every stance of the record, in sentence order."""
    return [s for sent in record["sentences"] for s in sent["stances"]]


def sentence_stances(record: dict, n: int) -> list[dict]:
    return record["sentences"][n]["stances"]


def triples(record: dict) -> list[tuple[str, str, str]]:
    """(source, target, category) of every stance."""
    return [(s["source"], s["target"], s["category"]) for s in stances(record)]


def find(items: list[dict], source: str, target: str, category: str | None = None) -> dict:
    """The stance from source to target (either way when symmetric), optionally of one category."""
    for s in items:
        if category is not None and s["category"] != category:
            continue
        if (s["source"], s["target"]) == (source, target):
            return s
        if s["symmetric"] and (s["target"], s["source"]) == (source, target):
            return s
    raise AssertionError(f"no stance {source}->{target} {category or ''} in "
                         f"{[(s['source'], s['target'], s['category']) for s in items]}")
