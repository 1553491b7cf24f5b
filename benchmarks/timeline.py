"""Timeline speed on synthetic records, and the corpus's AFG-RUS source-vs-later comparison.

    .venv/bin/python benchmarks/timeline.py [annotations/corpus.jsonl]

Synthetic: 500 documents × 100 sentences, one stance each (80% dated, intervals of 1-10 years, random
roll-up cases), seeded so the table is reproducible apart from the timings.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from afru_nlp.timeline import build_timeline, compare_records

STATES = {"RUS", "SUN", "AFG", "PAK"}


def synthetic(documents: int = 500, sentences: int = 100, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for d in range(documents):
        text, sents = "", []
        for n in range(1, sentences + 1):
            start = len(text)
            text += "A sentence. "
            first = rng.randint(1979, 2024)
            last = min(first + rng.choice([0, 0, 0, 1, 4, 9]), 2024)
            polarity = rng.choice(["cooperative", "conflictual", "neutral"])
            source, target = rng.choice(["RUS", "SUN"]), rng.choice(["AFG", "AFG-TAL", "PAK"])
            actors = [{"text": i, "start": start, "end": start + 1, "id": i, "name": i,
                       "type": "state" if i in STATES else "armed_group", "country": i[:3]}
                      for i in (source, target)]
            sid = f"d{d}#s{n}"
            sents.append({
                "id": sid, "start": start, "end": len(text) - 1, "dates": [], "actors": actors,
                "time": {"start": f"{first}-01-01", "end": f"{last}-12-31", "basis": "own"}
                if rng.random() > 0.2 else None,
                "stances": [{"stance_id": f"{sid}.t1", "source": source, "target": target, "symmetric": False,
                             "polarity": polarity,
                             "score": {"cooperative": 0.5, "conflictual": -0.7, "neutral": 0.0}[polarity],
                             "category": None, "quad": None, "cues": []}],
            })
        records.append({"doc_id": f"d{d}", "text": text, "sentences": sents,
                        "meta": {"role": rng.choice(["source", "later"])}})
    return records


def main() -> None:
    records = synthetic()
    print("| grid | AFG-RUS stances | bins | build_timeline s | compare (role) s |")
    print("|---|---|---|---|---|")
    for freq in ("year", "5Y", "essay"):
        t0 = time.perf_counter()
        timeline = build_timeline(records, "AFG-RUS", freq=freq)
        t1 = time.perf_counter()
        compare_records(records, dyad="AFG-RUS", split_by="role", freq=freq)
        t2 = time.perf_counter()
        print(f"| {freq} | {len(timeline.rows)} | {len(timeline.bins)} | {t1 - t0:.2f} | {t2 - t1:.2f} |")
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "annotations/corpus.jsonl")
    if corpus.exists():
        from afru_nlp.records import read_annotations

        annotations = read_annotations(corpus)
        for freq in ("5Y", "essay"):
            result = compare_records(annotations, dyad="AFG-RUS", split_by="role", freq=freq)
            print(f"\n{corpus}, AFG-RUS source vs later, --freq {freq}\n")
            print(result.wide[["bin", "index_source", "n_source", "index_later", "n_later", "diff", "agree"]]
                  .to_string(index=False))
            print()
            print(result.pairs.to_string(index=False))


if __name__ == "__main__":
    main()
