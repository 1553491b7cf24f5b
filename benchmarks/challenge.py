"""Stance challenge set: construction probes written for this benchmark (benchmarks/challenge/stances.toml).

About 120 short passages (1-3 sentences), each probing one construction group: ``partner`` (choosing the right
pair among several actors), ``implicit`` (a participant named only by the previous sentence, the document dyad, a
place, a pronoun or a role noun), ``linking`` (parties named through institutions, capitals, titles, short names),
``polarity`` (negation, denial, modality, allegation, ending and easing, mixed sentences) and ``none`` (actors but
no relation). The passages alternate between a ``dev`` half, for development, and a ``test`` half, read only as
aggregate numbers to see whether fixes made on the dev half transfer.

Each passage is run through ``afru_nlp.extract`` (meta ``{"dyads": [dyad]}`` when the passage gives one) and its
predicted stances (all sentences together) are matched with its gold stances as ``afru-nlp evaluate`` matches
dyad + polarity: same source, target and polarity, either direction when either stance is symmetric, each
predicted stance used once. Printed per half and per group: passages, gold stances, dyad+polarity P/R/F1, and
passage accuracy (every gold stance matched and no predicted stance left over).

Usage: .venv/bin/python benchmarks/challenge.py [--show dev] [--half dev|test|all] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

DEFAULT_PATH = Path(__file__).resolve().parent / "challenge" / "stances.toml"
GROUPS = ("partner", "implicit", "linking", "polarity", "none")
HALVES = ("dev", "test")


def load_passages(path: Path = DEFAULT_PATH) -> list[dict[str, Any]]:
    """The passages of the challenge file, each gold stance given its polarity (from the category's quad class
    unless the item gives one)."""
    from afru_nlp.plover import polarity_of

    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    passages = data["passage"]
    for passage in passages:
        for stance in passage["stances"]:
            stance.setdefault("polarity", polarity_of(stance.get("category")))
    return passages


def match_count(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> int:
    """How many gold stances find a distinct predicted stance with the same source, target and polarity; either
    direction when either stance is symmetric; same-direction pairs are taken first (as afru-nlp evaluate)."""
    used: set[int] = set()
    pending = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and p["polarity"] == g["polarity"] and (p["source"], p["target"]) == (g["source"], g["target"]):
                used.add(j)
                break
        else:
            pending.append(g)
    matched = len(gold) - len(pending)
    for g in pending:
        for j, p in enumerate(pred):
            if j not in used and p["polarity"] == g["polarity"] and (g.get("symmetric") or p.get("symmetric")) \
                    and (p["source"], p["target"]) == (g["target"], g["source"]):
                used.add(j)
                matched += 1
                break
    return matched


def score_passage(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, int]:
    """tp / gold / pred counts of one passage and whether the passage is exactly right (``correct`` 0 or 1)."""
    tp = match_count(gold, pred)
    return {"passages": 1, "tp": tp, "gold": len(gold), "pred": len(pred),
            "correct": int(tp == len(gold) == len(pred))}


def summarise(counts: dict[str, int]) -> dict[str, Any]:
    """P/R/F1 of dyad + polarity and passage accuracy from summed :func:`score_passage` counts (None when the
    denominator is zero)."""
    p = counts["tp"] / counts["pred"] if counts["pred"] else None
    r = counts["tp"] / counts["gold"] if counts["gold"] else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    acc = counts["correct"] / counts["passages"] if counts["passages"] else None
    return {**counts, "precision": p, "recall": r, "f1": f, "passage_accuracy": acc}


def predicted_stances(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for sent in record.get("sentences", []) for s in sent.get("stances") or []]


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _table(title: str, rows: dict[str, dict[str, Any]]) -> str:
    lines = [title, f"{'group':<10} {'pass.':>5} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6}"]
    for name, s in rows.items():
        lines.append(f"{name:<10} {s['passages']:>5} {s['gold']:>5} {s['pred']:>5} {_fmt(s['precision']):>6} "
                     f"{_fmt(s['recall']):>6} {_fmt(s['f1']):>6} {_fmt(s['passage_accuracy']):>6}")
    return "\n".join(lines)


def _show(stance: dict[str, Any]) -> str:
    arrow = "<->" if stance.get("symmetric") else "->"
    return f"{stance['source']} {arrow} {stance['target']} {stance['polarity']} {stance.get('category') or ''}".rstrip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--half", choices=("dev", "test", "all"), default="all", help="halves to run (default all)")
    parser.add_argument("--show", metavar="HALF", help="list the failing passages of HALF (dev only)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--rules-only", action="store_true", help="the stance rules without the learned model")
    args = parser.parse_args(argv)
    if args.show is not None and args.show != "dev":
        print("refused: only the dev half's failures may be listed (the test half is read as aggregates only)",
              file=sys.stderr)
        return 2

    import afru_nlp

    passages = [p for p in load_passages(args.file) if args.half in ("all", p["half"])]
    inputs = [{"id": p["id"], "text": p["text"], "meta": {"dyads": [p["dyad"]]} if p.get("dyad") else {}}
              for p in passages]
    nlp = afru_nlp.load_pipeline(stance_model=not args.rules_only)
    records = list(afru_nlp.extract(inputs, nlp=nlp))

    totals: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    failures = []
    for passage, record in zip(passages, records):
        pred = predicted_stances(record)
        counts = score_passage(passage["stances"], pred)
        for key in (passage["group"], "all"):
            for name, value in counts.items():
                totals[passage["half"]][key][name] += value
        if not counts["correct"] and passage["half"] == "dev":
            failures.append((passage, pred))

    result = {half: {group: summarise(totals[half][group]) for group in (*GROUPS, "all") if group in totals[half]}
              for half in HALVES if half in totals}
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for half, rows in result.items():
            print(_table(f"\n== {half} half: dyad + polarity, passage accuracy ==", rows))
    if args.show == "dev":
        print(f"\n== failing dev passages ({len(failures)}) ==")
        for passage, pred in failures:
            print(f"\n[{passage['id']} {passage['group']}{' dyad=' + passage['dyad'] if passage.get('dyad') else ''}] "
                  f"{passage['text']}")
            for g in passage["stances"]:
                print(f"  G {_show(g)}")
            for p in pred:
                print(f"  P {_show(p)}  cues={[c['text'] for c in p.get('cues') or []]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
