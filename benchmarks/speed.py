"""Throughput of the afru components against the bare spaCy model, on the corpus or any input.

    .venv/bin/python benchmarks/speed.py [INPUT...] [--copies N] [--repeats N]

Runs over the same documents (INPUT defaults to corpus/, repeated --copies times so a run lasts seconds),
interleaved, best of --repeats:

- the bare model (every afru component off), the bare model with afru_paragraphs (the parser then runs on
  the line-break sentence boundaries), with afru_paragraphs and afru_entries (the base the afru components
  add to), the full pipeline as users get it (rules + learned stance model) keeping every document
  (``list(nlp.pipe(...))``), the same streaming them (each document dropped once made, as ``afru-nlp
  extract`` does), and the full pipeline with the stance rules alone (``--rules-only``);
- each afru component alone: afru_paragraphs on tokenised documents, afru_entries on documents parsed with
  the paragraph boundaries, afru_dates, afru_actors and afru_stance (with the learned model) in turn on
  documents parsed by the base, and afru_stance with the rules alone on the same documents.

For each run: wall seconds, CPU seconds (``time.process_time``: less disturbed by other processes on the
machine), the seconds spent in Python's cyclic garbage collector (timed with ``gc.callbacks``) and each run's
share of the bare model's wall time. The budget: the whole pipeline within 10% of the bare model. A
component alone builds the shared token arrays (``token_arrays``) itself; in the pipeline the first
component to need them pays for them.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
AFRU = ("afru_paragraphs", "afru_entries", "afru_dates", "afru_actors", "afru_stance")


class GcClock:
    """Wall seconds spent in the cyclic garbage collector, and collections per generation, since reset."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = [0, 0, 0]
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def reset(self) -> None:
        self.seconds = 0.0
        self.collections = [0, 0, 0]

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started
            self.collections[info["generation"]] += 1


class Timing:
    """The best (least wall time) of the repeats of one run, with its CPU and GC time."""

    def __init__(self) -> None:
        self.wall = float("inf")
        self.cpu = 0.0
        self.gc = 0.0
        self.collections = [0, 0, 0]

    def keep(self, wall: float, cpu: float, gc_seconds: float, collections: list[int]) -> None:
        if wall < self.wall:
            self.wall, self.cpu, self.gc, self.collections = wall, cpu, gc_seconds, list(collections)


def measure(clock: GcClock, work: Callable[[], Any]) -> tuple[Any, float, float, float, list[int]]:
    """Run ``work`` once, after a full collection; its result, wall, CPU and GC seconds, collections."""
    gc.collect()
    clock.reset()
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return result, wall, cpu, clock.seconds, list(clock.collections)


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
    stance = nlp.get_pipe("afru_stance")
    rules_alone = nlp.create_pipe("afru_stance", config={"use_model": False})
    clock = GcClock()

    def pipe(enabled: tuple[str, ...], keep: bool = True) -> Callable[[], list]:
        disable = [name for name in AFRU if name in nlp.pipe_names and name not in enabled]

        def work() -> list:
            with nlp.select_pipes(disable=disable):
                docs = nlp.pipe(make_doc(nlp, text, meta) for text, meta in items)
                if keep:
                    return list(docs)
                for _ in docs:
                    pass
                return []
        return work

    def each(component: Callable, docs: Iterable) -> Callable[[], None]:
        def work() -> None:
            for doc in docs:
                component(doc)
        return work

    def without_model(work: Callable[[], list]) -> Callable[[], list]:
        def run() -> list:
            kept, stance.model = stance.model, None
            try:
                return work()
            finally:
                stance.model = kept
        return run

    runs = {
        "bare model": pipe(()),
        "bare model + afru_paragraphs": pipe(AFRU[:1]),
        "base: bare model + afru_paragraphs + afru_entries": pipe(AFRU[:2]),
        "full pipeline": pipe(AFRU),
        "full pipeline, documents streamed": pipe(AFRU, keep=False),
        "full pipeline, stance rules only": without_model(pipe(AFRU)),
    }
    base_run = "base: bare model + afru_paragraphs + afru_entries"
    best: dict[str, Timing] = {}

    def record(name: str, work: Callable[[], Any]) -> Any:
        result, *numbers = measure(clock, work)
        best.setdefault(name, Timing()).keep(*numbers)
        return result

    list(nlp.pipe(make_doc(nlp, text, meta) for text, meta in items[:10]))  # warm up (first-call costs)
    for _ in range(args.repeats):
        # only the documents a component alone still needs are alive during a run (the collector's cost grows
        # with the objects alive)
        for name, work in runs.items():
            docs = record(name, work)
            if name == "bare model + afru_paragraphs":
                record("afru_entries", each(nlp.get_pipe("afru_entries"), docs))
            elif name == base_run:
                # the components alone, each on the documents the components before it made
                for component in AFRU[2:]:
                    record(component, each(nlp.get_pipe(component), docs))
                record("afru_stance, rules only", each(rules_alone, docs))
            del docs
        docs = [make_doc(nlp, text, meta) for text, meta in items]
        record("afru_paragraphs", each(nlp.get_pipe("afru_paragraphs"), docs))
        del docs

    base = best["bare model"]
    print(f"{len(items)} documents, {words} words, best of {args.repeats}")
    print("| run | wall s | words/s | CPU s | GC s (collections gen 0/1/2) | share of the bare model's wall time |")
    print("|---|---|---|---|---|---|")
    order = list(runs) + list(AFRU) + ["afru_stance, rules only"]
    for name in [name for name in order if name in best]:
        t = best[name]
        rate = f"{words / t.wall:,.0f}" if name in runs else ""
        gcs = f"{t.gc:.2f} ({'/'.join(map(str, t.collections))})"
        print(f"| {name} | {t.wall:.2f} | {rate} | {t.cpu:.2f} | {gcs} | {t.wall / base.wall * 100:.1f}% |")
    full = best["full pipeline"]
    print(f"full pipeline throughput = {base.wall / full.wall:.3f} of the bare model "
          f"(CPU time: {base.cpu / full.cpu:.3f}; documents streamed: "
          f"{base.wall / best['full pipeline, documents streamed'].wall:.3f}; stance rules only: "
          f"{base.wall / best['full pipeline, stance rules only'].wall:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
