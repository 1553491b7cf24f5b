"""Actor benchmark on the PLOVER gold-standard records (../shared/benchmarks/plover-gsr, read in place).

For every coded sentence, the gold source and target actors' country codes are compared with the
`country` roll-up of the actors afru_actors links in that sentence.

- Only ISO-coded gold actors count: IGO, NGO and CAMEO-only codes (IMG, ISM, ...) are skipped; CAMEO codes
  that differ from ISO 3166-1 are mapped (JAP→JPN, ITL→ITA, VTN→VNM).
- recall: share of (sentence, gold code) pairs whose code is among the predicted countries.
- recall incl. locations: the same, also counting state names the component judged to be locations
  (PLOVER codes "in Tokyo" as Japan; our policy drops locations).
- link precision: predicted mentions that overlap a gold actorText and carry a country: share whose
  country equals that actor's gold code (where precision can be judged).
- Predicted historical ids are rolled up to their successors (successor_map: SUN→RUS, CSK→CZE), as the
  gold uses current codes.
- The dates of the records are placeholders, so no sentence time is given (current ids).

Usage: .venv/bin/python benchmarks/plover_actors.py [--codebook guidelines|cameo] [--misses N] [--path FILE]

PLOVER follows CAMEO practice: populations acted upon ("killed 46 Afghan civilians") and states named as
the place of an event ("sent inspectors to Iran") are coded actors; the project's guidelines do not code
them. ``--codebook cameo`` runs the component with the settings that follow CAMEO practice.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plover_data import ACTOR_SETTINGS, DEFAULT_PATH, annotate_gold, load_gold

CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def iso_code(code: str | None) -> str | None:
    """The ISO alpha-3 code of a gold CAMEO code, None for IGO/NGO/CAMEO-only codes."""
    if not code:
        return None
    code = CAMEO_TO_ISO.get(code, code)
    return code if code in ISO3 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--misses", type=int, default=1000, help="how many misses to list")
    parser.add_argument("--model", default=None)
    parser.add_argument("--codebook", choices=("guidelines", "cameo"), default="guidelines",
                        help="afru_actors settings: the project's guidelines (default: populations=agents, "
                             "locations=drop) or CAMEO/PLOVER practice (populations=participants, locations=keep)")
    args = parser.parse_args()
    if not args.path.exists():
        print(f"{args.path} not found (../shared is absent)", file=sys.stderr)
        return 2

    from afru_nlp.components.actors import LOCATIONS_KEY
    from afru_nlp.extensions import ACTORS_KEY
    from afru_nlp.pipeline import make_doc
    from afru_nlp.registry import successor_map

    roll_up = successor_map()  # CAMEO codes the Soviet Union as RUS, Czechoslovakia as CZE ...
    gold = load_gold(args.path)
    actors_settings = ACTOR_SETTINGS[args.codebook]
    nlp, docs, elapsed = annotate_gold(gold, args.codebook, args.model)
    # cost of afru_actors alone, against the base model, on the same texts (best of 3)
    base_names = [n for n in nlp.pipe_names if not n.startswith("afru_")]
    actors_pipe = nlp.get_pipe("afru_actors")
    base_time = actors_time = float("inf")
    for _ in range(3):
        with nlp.select_pipes(enable=base_names + ["afru_dates"]):
            t0 = time.perf_counter()
            bare = list(nlp.pipe(make_doc(nlp, g.text, {}) for g in gold))
            base_time = min(base_time, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for doc in bare:
            actors_pipe(doc)
        actors_time = min(actors_time, time.perf_counter() - t0)

    total = hit = hit_loc = skipped = 0
    judged = correct = 0
    predicted_countries = predicted_in_gold = 0
    misses = []
    for record, doc in zip(gold, docs):
        actors = [s for s in doc.spans[ACTORS_KEY]]
        locations = [s for s in doc.spans[LOCATIONS_KEY]] if LOCATIONS_KEY in doc.spans else []
        found = {roll_up.get(c, c) for s in actors for c in (s._.afru_actor["country"], s._.afru_actor["id"])}
        found_loc = found | {roll_up.get(c, c) for s in locations for c in [s._.afru_actor["country"]]}
        gold_actors = record.sources + record.targets
        codes = {}
        for actor in gold_actors:
            code = iso_code(actor.get("code"))
            if code is None:
                skipped += 1
                continue
            codes.setdefault(code, actor.get("actorText", ""))
        for code, text in sorted(codes.items()):
            total += 1
            if code in found:
                hit += 1
            else:
                misses.append((record.id, code, text, record.text,
                               sorted({f"{s.text}={s._.afru_actor['id']}" for s in actors})))
            if code in found_loc:
                hit_loc += 1
        gold_codes = set(codes)
        for span in actors:
            country = span._.afru_actor["country"]
            if not country:
                continue
            country = roll_up.get(country, country)
            predicted_countries += 1
            predicted_in_gold += country in gold_codes
            for actor in gold_actors:
                code = iso_code(actor.get("code"))
                text = actor.get("actorText") or ""
                if code and text and (span.text in text or text in span.text):
                    judged += 1
                    correct += country == code
                    break

    def pct(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "n/a"

    print(f"afru_actors codebook={args.codebook} ({', '.join(f'{k}={v}' for k, v in actors_settings.items())})")
    print(f"PLOVER GSR actors: {len(gold)} sentences, {total} ISO-coded gold (sentence, country) pairs "
          f"({skipped} IGO/NGO/CAMEO-only actors skipped); {len(gold) / elapsed:.0f} sentences/s")
    print(f"afru_actors cost: {actors_time * 1000:.0f} ms vs {base_time * 1000:.0f} ms for the base model + dates "
          f"({100 * actors_time / base_time:.1f}% overhead)")
    print()
    print("| metric | value | counts |")
    print("|---|---|---|")
    print(f"| recall of ISO-coded source/target countries | {pct(hit, total)} | {hit}/{total} |")
    print(f"| recall incl. mentions judged locations | {pct(hit_loc, total)} | {hit_loc}/{total} |")
    print(f"| link precision (mentions overlapping a gold actor) | {pct(correct, judged)} | {correct}/{judged} |")
    print(f"| predicted countries that are gold source/target | {pct(predicted_in_gold, predicted_countries)} "
          f"| {predicted_in_gold}/{predicted_countries} |")
    print()
    print(f"misses ({len(misses)}):")
    for rid, code, text, sentence, pred in misses[: args.misses]:
        print(f"- {rid} {code} {text!r}: {sentence}")
        print(f"    predicted: {', '.join(pred) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
