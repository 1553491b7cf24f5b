"""The learned stance model against the rules, on documents it was and was not trained on.

Trains the model exactly as the shipped one is trained (every gold document outside the held-out splits,
default test8, test9 and test10, the splits nobody has read errors on), then prints stance-sentence, dyad + polarity and category F1 for:

- the training documents, leave-one-document-out (each document scored by a model trained on the others):
  rules alone, model alone, and rules + model at several thresholds;
- each held-out split: rules alone and rules + model (threshold of the shipped model).

The training documents' rule scores are optimistic (the rules were written from their errors); the
held-out splits are the honest measure for new text. Needs scikit-learn (the ``train`` extra).

Usage: .venv/bin/python benchmarks/stance_model.py [--held-out NAME ...] [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", nargs="+", default=["test8", "test9", "test10"], metavar="SPLIT")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.2, 0.3, 0.4, 0.5, 0.6])
    args = parser.parse_args(argv)

    from afru_nlp.evaluate import evaluate, split_of
    from afru_nlp.io import read_directory
    from afru_nlp.records import read_annotations
    from afru_nlp.stance_model import train
    from afru_nlp.stance_rules import load_lexicon
    from afru_nlp.training import (
        collect,
        leave_one_out,
        predict_all,
        rules_pipeline,
        training_splits,
        with_model_stances,
    )

    gold_all = {r["doc_id"]: r for r in read_annotations(ROOT / "annotations" / "gold")}
    documents = list(read_directory(ROOT / "corpus"))
    train_gold = training_splits(gold_all.values(), args.held_out)
    nlp = rules_pipeline()
    examples, records = collect(documents, gold_all, nlp)
    train_examples = [e for e in examples if e.doc_id in train_gold]
    print(f"training documents: {len(train_gold)}; candidate pairs: {len(train_examples)} "
          f"({sum(e.category != 'NONE' for e in train_examples)} with a gold stance)")

    def row(name: str, scores: dict) -> str:
        cells = [f"{scores[k]['f1']:.3f}" if scores[k]["f1"] is not None else "  -  "
                 for k in ("stance_sentence", "stance_dyad_polarity", "stance_category")]
        p = scores["stance_dyad_polarity"]["precision"]
        r = scores["stance_dyad_polarity"]["recall"]
        return f"{name:<26} {cells[0]:>8} {cells[1]:>10} {cells[2]:>9}   (dyad+pol P {p or 0:.3f} R {r or 0:.3f})"

    header = f"{'':<26} {'sentence':>8} {'dyad+pol':>10} {'category':>9}"
    print("\nleave-one-document-out on the training documents")
    print(header)
    cv = leave_one_out(train_examples, {d: records[d] for d in train_gold}, train_gold, args.thresholds)
    print(row("rules", cv["rules"]))
    for threshold in args.thresholds:
        print(row(f"model @{threshold}", cv[f"model@{threshold}"]))
        print(row(f"rules + model @{threshold}", cv[f"rules+model@{threshold}"]))

    model = train(train_examples, threshold=args.threshold)
    lex = load_lexicon()
    print(f"\nheld-out splits (model trained on all {len(train_gold)} training documents, threshold {args.threshold})")
    print(header)
    for split in args.held_out:
        ids = sorted(d for d, r in gold_all.items() if split_of(r) == split)
        if not ids:
            print(f"{split}: no gold documents")
            continue
        golds = [gold_all[d] for d in ids]
        rules = evaluate(golds, [records[d] for d in ids])["overall"]
        merged = with_model_stances({d: records[d] for d in ids},
                                    predict_all(model, [e for e in examples if e.doc_id in ids]), model.threshold, lex,
                                    max_per_sentence=model.max_per_sentence)
        both = evaluate(golds, [merged[d] for d in ids])["overall"]
        print(row(f"{split} rules", rules))
        print(row(f"{split} rules + model", both))
    return 0


if __name__ == "__main__":
    sys.exit(main())
