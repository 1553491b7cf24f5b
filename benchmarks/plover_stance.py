"""Stance benchmark over the PLOVER gold-standard records (../shared/benchmarks/plover-gsr, read in place).

Runs the full pipeline on every gold sentence and prints:
- detection rate: share of gold sentences with at least one (non-neutral) coded event: a two-party stance
  or a one-sided act (``acts``: one named party, as in 34 of the gold records, which have no target); the
  rate counting two-party stances only is printed beside it;
- polarity accuracy: among detected sentences, the predicted stance's quad polarity (cooperation vs
  conflict) equals the gold one;
- category accuracy: among detected sentences, the predicted PLOVER category equals the gold one;
- dyad accuracy: share of gold sentences with a gold source and target where some stance links a gold
  source actor to a gold target actor (either direction for symmetric stances) with the gold polarity;
- a confusion table of gold category x predicted category, and one of quads.

The "predicted stance" of a sentence is the one a coder would report first: the stance agreeing with a
gold dyad if any, else the first stance in text order, else the first one-sided act.  Actors are compared by country code (the gold
CAMEO code) or id; gold code IGO/NGO matches any IGO/organisation actor.  A predicted actor's keys include
its ``country`` roll-up, so the CAMEO-mode sub-state actors of afru_actors (IRQ-COP, SDN-REB, EGY-OPP:
docs/actors.md, "Sub-state actors") count as their state: a domestic IRQ-COP -> IRQ-OPP stance matches a
gold IRQ -> IRQ record.

The actors are linked with the CAMEO-style settings of afru_actors (populations=participants,
locations=keep: "a curfew in Montenegro" codes Montenegro as the target), since that is the convention the
PLOVER gold was coded in; ``--codebook guidelines`` runs the project's own (default) settings instead.

Usage: .venv/bin/python benchmarks/plover_stance.py [--codebook cameo|guidelines] [--show-misses N] [--gold PATH]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from plover_data import ACTOR_SETTINGS, DEFAULT_PATH, QUAD, annotate_gold, load_gold

# CAMEO codes that differ from ISO 3166 alpha-3
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "IMG": "AQ"}
ORG_TYPES = {"igo", "organisation", "ngo"}


def actor_keys(actor: dict) -> set[str]:
    """Everything a predicted actor can be matched on: id, country, and IGO for organisations; a person's
    ``affiliation`` (the organisation a titled person speaks for: "U.N. Secretary-General Kofi Annan") adds
    that organisation's keys, as CAMEO codes such people by their organisation."""
    keys = {actor.get("id") or ""}
    if actor.get("country"):
        keys.add(actor["country"])
    if actor.get("type") in ORG_TYPES:
        keys.update({"IGO", "NGO"})
    affiliation = actor.get("affiliation")
    if affiliation and affiliation != actor.get("id"):
        keys.add(affiliation)
        registered = _registry().get(affiliation)
        if registered is not None:
            keys |= actor_keys({"id": registered.id, "country": registered.country, "type": registered.type})
        elif affiliation.startswith("ORG-"):
            keys.update({"IGO", "NGO"})
    return keys - {""}


_REGISTRY: list = []


def _registry():
    if not _REGISTRY:
        from afru_nlp.registry import load_registry
        _REGISTRY.append(load_registry())
    return _REGISTRY[0]


def gold_codes(actors: list[dict]) -> set[str]:
    codes = set()
    for a in actors:
        code = str(a.get("code") or "").upper()
        if code:
            codes.add(CAMEO_TO_ISO.get(code, code))
            if code == "NGO":
                codes.add("IGO")
    return codes


def matches(keys: set[str], codes: set[str]) -> bool:
    return bool(keys & codes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--codebook", choices=("cameo", "guidelines"), default="cameo",
                        help="actor settings: CAMEO/PLOVER practice (default) or the annotation guidelines")
    parser.add_argument("--show-misses", type=int, default=0, help="print N missed sentences of each kind")
    parser.add_argument("--rules-only", action="store_true", help="the stance rules without the learned model")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"gold file not found: {args.gold} (../shared is absent?)", file=sys.stderr)
        return 2

    gold = load_gold(args.gold)
    actors_settings = ACTOR_SETTINGS[args.codebook]
    nlp, docs, elapsed = annotate_gold(gold, args.codebook, rules_only=args.rules_only)

    n = len(gold)
    detected = polarity_ok = category_ok = two_party = 0
    act_only = act_party_ok = 0
    dyad_total = dyad_ok = 0
    confusion: Counter = Counter()
    quad_confusion: Counter = Counter()
    misses: dict[str, list[str]] = {"detection": [], "polarity": [], "dyad": [], "category": []}
    for g, doc in zip(gold, docs):
        actors = {}
        for span in doc.spans.get("afru_actors", []):
            info = span._.afru_actor or {}
            actors.setdefault(info.get("id"), info)
        stances = [s for sent in doc.sents for s in (sent._.afru_stances or []) if s["polarity"] != "neutral"]
        acts = [a for sent in doc.sents for a in (sent._.afru_acts or []) if a["polarity"] != "neutral"]
        src_codes, tgt_codes = gold_codes(g.sources), gold_codes(g.targets)

        def links(s: dict, actors: dict = actors, src_codes: set = src_codes, tgt_codes: set = tgt_codes) -> bool:
            a = actor_keys(actors.get(s["source"], {"id": s["source"]}))
            b = actor_keys(actors.get(s["target"], {"id": s["target"]}))
            forward = matches(a, src_codes) and matches(b, tgt_codes)
            backward = s.get("symmetric") and matches(b, src_codes) and matches(a, tgt_codes)
            return bool(forward or backward)

        linked = [s for s in stances if links(s)] if src_codes and tgt_codes else []
        if src_codes and tgt_codes:
            dyad_total += 1
            if any(s["polarity"] == g.polarity for s in linked):
                dyad_ok += 1
            else:
                misses["dyad"].append(f"{g.category} {sorted(src_codes)}->{sorted(tgt_codes)} | {g.text[:150]}")
        two_party += bool(stances)
        if not stances and not acts:
            confusion[(g.category, "-")] += 1
            quad_confusion[(g.quad, "-")] += 1
            misses["detection"].append(f"{g.category} | {g.text[:150]}")
            continue
        detected += 1
        best = linked[0] if linked else (stances or acts)[0]
        if not stances:  # an act alone: does its one party match the gold actor of the same role?
            act_only += 1
            role = "source" if best["source"] else "target"
            party = actor_keys(actors.get(best[role], {"id": best[role]}))
            act_party_ok += matches(party, src_codes if role == "source" else tgt_codes)
        polarity_ok += best["polarity"] == g.polarity
        category_ok += best["category"] == g.category
        confusion[(g.category, best["category"])] += 1
        quad_confusion[(g.quad, best["quad"])] += 1
        if best["polarity"] != g.polarity:
            misses["polarity"].append(f"{g.category}->{best['category']}({best['trigger']}) | {g.text[:150]}")
        elif best["category"] != g.category:
            misses["category"].append(f"{g.category}->{best['category']}({best['trigger']}) | {g.text[:150]}")

    def pct(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    print(f"afru_actors codebook={args.codebook} ({', '.join(f'{k}={v}' for k, v in actors_settings.items())})")
    print(f"PLOVER gold records: {n}  ({elapsed:.1f}s, {n / elapsed:.0f} sentences/s)")
    print(f"{'metric':<22}{'value':<22}target")
    print(f"{'detection rate':<22}{pct(detected, n):<22}>= 0.90")
    print(f"{'  two-party only':<22}{pct(two_party, n):<22}(stances without the one-sided acts)")
    print(f"{'  act party correct':<22}{pct(act_party_ok, act_only):<22}(sentences coded by an act alone)")
    print(f"{'polarity accuracy':<22}{pct(polarity_ok, detected):<22}>= 0.90")
    print(f"{'category accuracy':<22}{pct(category_ok, detected):<22}>= 0.60")
    print(f"{'dyad accuracy':<22}{pct(dyad_ok, dyad_total):<22}>= 0.70")
    print()
    print("quad confusion (rows gold, columns predicted; '-' = no stance)")
    quads = sorted(set(QUAD.values()))
    cols = quads + ["-"]
    short = {q: q.replace("_cooperation", "_coop").replace("_conflict", "_confl") for q in cols}
    print(f"{'':<16}" + "".join(f"{short[c]:>14}" for c in cols))
    for q in quads:
        print(f"{short[q]:<16}" + "".join(f"{quad_confusion[(q, c)]:>14}" for c in cols))
    print()
    print("category confusion (rows gold; predicted category: count)")
    for cat in sorted({g for g, _ in confusion}):
        row = sorted(((p or "neutral", c) for (g, p), c in confusion.items() if g == cat), key=lambda x: -x[1])
        total = sum(c for _, c in row)
        print(f"  {cat:<12}{total:>4}  " + ", ".join(f"{p}:{c}" for p, c in row))
    if args.show_misses:
        for kind, items in misses.items():
            print(f"\n{kind} misses ({len(items)}):")
            for line in items[: args.show_misses]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
