"""WikiWars (Mazur & Dale 2010) benchmark for afru_dates: extent and value F1 against TIMEX2 gold, and speed.

Reads ../shared/benchmarks/wikiwars/WikiWars_20120218_v104/keyinline/*.key.xml in place (CC BY-SA: never
copied into the repo). Stripping the inline TIMEX2 tags from the <TEXT> element gives the raw text; every gold
TIMEX2 inside it (nested ones included) is a gold expression.

Scoring (TERN-style, our own implementation):
- system expressions are the *point* spans (``doc.spans["afru_date_points"]``): a range mention such as
  "1861-1863" or "between 1992 and 2001" counts as its two point expressions ("1861", "1863"), as TIMEX2
  annotates it; an open-range preposition ("since", "until") is not part of the point, as in TIMEX2;
- lenient extent: a one-to-one matching of overlapping gold/system spans; strict: identical offsets;
- extraction + value: a lenient (resp. strict) match whose value equals the gold ``val`` (both absent counts
  as equal); P = correct / system, R = correct / gold. Values are compared as strings, except that
  ``PnDE`` / ``PnCE`` (TIMEX2 decades/centuries of duration) equal our ``P(10n)Y`` / ``P(100n)Y``;
- "calendar" restricts gold to values that are dates, months, seasons, years, decades or centuries
  (BC included) and system to expressions whose value has one of those forms.
- only ``val`` is compared (TIMEX2 ``mod`` is not). No other mapping is made here: the gold conventions we
  follow (a winter named by its January: ``1778-WI`` = Dec 1777-Feb 1778; "this time" = ``PRESENT_REF``;
  "per day" = ``P1D``; "at night" = ``XXXX-XX-XXTNI``; ``2008-H2``) are the component's own output for every
  user, documented in docs/dates.md.

Usage: python benchmarks/wikiwars.py [--json] [--model NAME] [--no-speed]
Tune only on documents 01-16 (dev); 17-22 is the test split.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WIKIWARS = ROOT.parent / "shared" / "benchmarks" / "wikiwars" / "WikiWars_20120218_v104" / "keyinline"
DOCUMENT_META = {"genre": "history", "published": "2009-12-19", "temporal_mode": "narrative"}
CALENDAR = re.compile(r"^(?:BC)?\d{2,4}(?:-\d{2}(?:-\d{2})?|-(?:SP|SU|FA|WI))?$")
_TAG = re.compile(r"<(/?)TIMEX2([^>]*)>")
HEIDELTIME = {"extent_lenient_f1": 0.903, "extent_strict_f1": 0.831, "value_lenient_f1": 0.808,
              "value_strict_f1": 0.764}


def read_gold(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """(raw text of <TEXT>, gold expressions with start, end, val) for one key file."""
    source = path.read_text(encoding="utf-8")
    body = source[source.index("<TEXT>") + len("<TEXT>"):source.index("</TEXT>")]
    out: list[str] = []
    length = 0
    stack: list[tuple[int, str | None]] = []
    gold: list[dict[str, Any]] = []
    position = 0
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[position:match.start()])
        out.append(chunk)
        length += len(chunk)
        position = match.end()
        if match.group(1):
            start, val = stack.pop()
            gold.append({"start": start, "end": length, "val": val})
        else:
            val_match = re.search(r'\bval="([^"]*)"', match.group(2))
            stack.append((length, val_match.group(1) if val_match else None))
    out.append(html.unescape(body[position:]))
    text = "".join(out)
    for item in gold:  # TIMEX2 extents sometimes start/end on blanks; offsets stay as annotated
        item["text"] = text[item["start"]:item["end"]]
    return text, sorted(gold, key=lambda g: (g["start"], g["end"]))


def normalise_value(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    match = re.fullmatch(r"P(\d+)(DE|CE)", value)
    if match:
        return f"P{int(match.group(1)) * (10 if match.group(2) == 'DE' else 100)}Y"
    return value


def is_calendar(value: str | None) -> bool:
    return bool(value) and bool(CALENDAR.match(value))  # type: ignore[arg-type]


def match_pairs(gold: list[dict[str, Any]], system: list[dict[str, Any]], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index): exact offsets, or overlap (largest overlap first)."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if strict:
                if g["start"] == s["start"] and g["end"] == s["end"]:
                    candidates.append((0, gi, si))
            else:
                overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
                if overlap > 0:
                    candidates.append((-overlap, gi, si))
    candidates.sort()
    used_g, used_s, pairs = set(), set(), []
    for _, gi, si in candidates:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return pairs


def prf(correct: int, n_system: int, n_gold: int) -> dict[str, float]:
    p = correct / n_system if n_system else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def score(docs: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> dict[str, Any]:
    """Aggregate (micro) scores over documents of (gold, system) lists."""
    result: dict[str, Any] = {}
    for subset in ("all", "calendar"):
        totals = {"gold": 0, "system": 0, "lenient": 0, "strict": 0, "value_lenient": 0, "value_strict": 0}
        for gold, system in docs:
            if subset == "calendar":
                gold = [g for g in gold if is_calendar(g["val"])]
                system = [s for s in system if is_calendar(s["value"])]
            totals["gold"] += len(gold)
            totals["system"] += len(system)
            for kind in ("lenient", "strict"):
                pairs = match_pairs(gold, system, strict=kind == "strict")
                totals[kind] += len(pairs)
                totals[f"value_{kind}"] += sum(
                    1 for gi, si in pairs if normalise_value(gold[gi]["val"]) == normalise_value(system[si]["value"]))
        result[subset] = {
            "n_gold": totals["gold"], "n_system": totals["system"],
            "extent_lenient": prf(totals["lenient"], totals["system"], totals["gold"]),
            "extent_strict": prf(totals["strict"], totals["system"], totals["gold"]),
            "value_lenient": prf(totals["value_lenient"], totals["system"], totals["gold"]),
            "value_strict": prf(totals["value_strict"], totals["system"], totals["gold"]),
        }
    return result


def system_expressions(doc: Any) -> list[dict[str, Any]]:
    return [{"start": s.start_char, "end": s.end_char, "value": (s._.afru_point or {}).get("value"),
             "text": s.text} for s in doc.spans.get("afru_date_points", [])]


def words_per_second(nlp: Any, texts: list[str], with_meta: bool, repeats: int = 2) -> float:
    """Best of ``repeats`` runs over the texts (after one warm-up document)."""
    from afru_nlp.pipeline import make_doc

    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    list(nlp.pipe([texts[0][:2000]]))
    for _ in range(repeats):
        started = time.perf_counter()
        if with_meta:
            for _doc in nlp.pipe(make_doc(nlp, t, DOCUMENT_META) for t in texts):
                pass
        else:
            for _doc in nlp.pipe(texts):
                pass
        best = min(best, time.perf_counter() - started)
    return round(words / best, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--model", default=None, help="spaCy model (default: afru's default)")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    parser.add_argument("--errors", choices=["dev", "test"], default=None,
                        help="list misses and wrong values of a split on stderr (tune on dev only)")
    args = parser.parse_args(argv)
    if not WIKIWARS.exists():
        print(f"WikiWars not found at {WIKIWARS}", file=sys.stderr)
        return 2

    import spacy

    from afru_nlp.pipeline import load_pipeline, make_doc, resolve_model

    nlp = load_pipeline(args.model)
    splits: dict[str, list[tuple[str, str, list[dict[str, Any]]]]] = {"dev": [], "test": []}
    for path in sorted(WIKIWARS.glob("*.key.xml")):
        number = int(path.name[:2])
        text, gold = read_gold(path)
        splits["dev" if number <= 16 else "test"].append((path.name, text, gold))

    results: dict[str, Any] = {"heideltime_reference": HEIDELTIME}
    for split, items in splits.items():
        pairs = []
        for name, text, gold in items:
            doc = nlp(make_doc(nlp, text, DOCUMENT_META))
            system = system_expressions(doc)
            pairs.append((gold, system))
            if args.errors == split:
                report_errors(name, text, gold, system)
        results[split] = {"documents": len(items), "words": sum(len(t.split()) for _, t, _ in items),
                          **score(pairs)}
    if not args.no_speed:
        bare = spacy.load(resolve_model(args.model))
        dates_only = load_pipeline(args.model, components=("afru_dates",))
        texts = [t for items in splits.values() for _, t, _ in items]
        # Interleaved best-of-three runs, so load from other processes hits all three alike.
        runs: dict[str, list[float]] = {"bare_model_wps": [], "bare_plus_afru_dates_wps": [],
                                         "full_afru_pipeline_wps": []}
        for _ in range(3):
            runs["bare_model_wps"].append(words_per_second(bare, texts, with_meta=False, repeats=1))
            runs["bare_plus_afru_dates_wps"].append(words_per_second(dates_only, texts, with_meta=True, repeats=1))
            runs["full_afru_pipeline_wps"].append(words_per_second(nlp, texts, with_meta=True, repeats=1))
        speed = {key: max(values) for key, values in runs.items()}
        speed["afru_dates_relative"] = round(speed["bare_plus_afru_dates_wps"] / speed["bare_model_wps"], 3)
        speed["full_pipeline_relative"] = round(speed["full_afru_pipeline_wps"] / speed["bare_model_wps"], 3)
        results["speed"] = speed
    if args.json:
        print(json.dumps(results, indent=1, sort_keys=True))
    else:
        print_table(results)
    return 0


def print_table(results: dict[str, Any]) -> None:
    rows = []
    for split in ("dev", "test"):
        for subset in ("all", "calendar"):
            r = results[split][subset]
            rows.append((f"{split} ({'01-16' if split == 'dev' else '17-22'}) {subset}", r["n_gold"], r["n_system"],
                         r["extent_lenient"], r["extent_strict"], r["value_lenient"], r["value_strict"]))
    print(f"{'split / subset':<24}{'gold':>6}{'sys':>6}   {'lenient P/R/F1':<19}{'strict P/R/F1':<19}"
          f"{'value(len) P/R/F1':<19}{'value(strict) P/R/F1':<19}")
    for name, n_gold, n_sys, *metrics in rows:
        cells = "".join(f"{m['p']:.3f}/{m['r']:.3f}/{m['f1']:.3f}  " for m in metrics)
        print(f"{name:<24}{n_gold:>6}{n_sys:>6}   {cells}")
    h = results["heideltime_reference"]
    print(f"HeidelTime (published, all TIMEX2): lenient F1 {h['extent_lenient_f1']}, strict F1 "
          f"{h['extent_strict_f1']}, value F1 {h['value_lenient_f1']} (lenient) / {h['value_strict_f1']} (strict)")
    if "speed" in results:
        s = results["speed"]
        print(f"words/s: bare model {s['bare_model_wps']}, bare + afru_dates {s['bare_plus_afru_dates_wps']} "
              f"({s['afru_dates_relative']:.3f}), full afru pipeline {s['full_afru_pipeline_wps']} "
              f"({s['full_pipeline_relative']:.3f})")


def report_errors(name: str, text: str, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> None:
    pairs = match_pairs(gold, system, strict=False)
    matched_g = {gi for gi, _ in pairs}
    matched_s = {si for _, si in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            print(f"FN\t{name}\t{g['text']!r}\t{g['val']}\t{text[max(0, g['start'] - 40):g['end'] + 20]!r}",
                  file=sys.stderr)
    for si, s in enumerate(system):
        if si not in matched_s:
            print(f"FP\t{name}\t{s['text']!r}\t{s['value']}\t{text[max(0, s['start'] - 40):s['end'] + 20]!r}",
                  file=sys.stderr)
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        if normalise_value(g["val"]) != normalise_value(s["value"]):
            print(f"VAL\t{name}\t{g['text']!r}\t{g['val']}\t{s['text']!r}\t{s['value']}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
