"""Throughput of the afru components against the bare spaCy model, on the corpus or any input.

    .venv/bin/python benchmarks/speed.py [INPUT...] [--copies N] [--repeats N]

Runs the base model alone and the full pipeline over the same documents (INPUT defaults to corpus/,
repeated --copies times so a run lasts seconds), interleaved, best of --repeats; then times each afru
component alone on already parsed documents. Prints words/s and each component's cost as a share of the
base model's time. The issue's budget: the whole pipeline within 10% of the bare model.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMPONENTS = ("afru_paragraphs", "afru_dates", "afru_actors", "afru_stance")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", default=[str(REPO / "corpus")])
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    import afru_nlp
    from afru_nlp.io import read_inputs
    from afru_nlp.pipeline import make_doc

    items = [(d.text, d.meta) for d in read_inputs(args.inputs)] * args.copies
    words = sum(len(text.split()) for text, _ in items)
    nlp = afru_nlp.load_pipeline()

    def run(disable: tuple[str, ...]) -> tuple[float, list]:
        started = time.perf_counter()
        with nlp.select_pipes(disable=list(disable)):
            docs = list(nlp.pipe(make_doc(nlp, text, meta) for text, meta in items))
        return time.perf_counter() - started, docs

    best: dict[str, float] = {}
    for _ in range(args.repeats):
        seconds, _ = run(COMPONENTS)
        best["base model"] = min(best.get("base model", float("inf")), seconds)
        seconds, _ = run(())
        best["full pipeline"] = min(best.get("full pipeline", float("inf")), seconds)
        _, docs = run(COMPONENTS[1:])  # parsed (with paragraph breaks), afru components still to run
        for name in COMPONENTS[1:]:
            component = nlp.get_pipe(name)
            started = time.perf_counter()
            for doc in docs:
                component(doc)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - started)
    base = best["base model"]
    print(f"{len(items)} documents, {words} words, best of {args.repeats}")
    print("| run | seconds | words/s | share of base model time |")
    print("|---|---|---|---|")
    for name, seconds in best.items():
        rate = f"{words / seconds:,.0f}" if name in ("base model", "full pipeline") else ""
        print(f"| {name} | {seconds:.2f} | {rate} | {seconds / base * 100:.1f}% |")
    print(f"full pipeline throughput = {base / best['full pipeline']:.3f} of the bare model")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
