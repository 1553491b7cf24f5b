"""Helpers the stance and actor test modules share: reading stances and actors out of a record."""

from __future__ import annotations


def actor_ids(record: dict) -> list[str]:
    """Every actor id of the record, in sentence order."""
    return [a["id"] for s in record["sentences"] for a in s["actors"]]


def actor_mentions(record: dict) -> list[tuple[str, str]]:
    """(text, id) of every actor mention."""
    return [(a["text"], a["id"]) for s in record["sentences"] for a in s["actors"]]


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


def cameo_runner(nlp, suffix: str, *, keep_neutral: bool = True):
    """A function text -> [(source, target, polarity)] over CAMEO-mode copies of afru_actors
    (populations=participants, locations=keep) and afru_stance, as the PLOVER benchmark runs them."""
    from afru_nlp.components.actors import ActorsComponent
    from afru_nlp.components.stance import StanceComponent

    actors = ActorsComponent(nlp, f"afru_actors_{suffix}", populations="participants", locations="keep")
    stance = StanceComponent(nlp, f"afru_stance_{suffix}", use_model=False)  # the rules, as the nlp fixture

    def run(text: str) -> list[tuple[str, str, str]]:
        with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
            doc = nlp(text)
        doc = stance(actors(doc))
        return [(s["source"], s["target"], s["polarity"]) for sent in doc.sents for s in sent._.afru_stances
                if keep_neutral or s["polarity"] != "neutral"]
    return run
