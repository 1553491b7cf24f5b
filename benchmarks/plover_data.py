"""Loader for the PLOVER gold-standard records in ../shared/benchmarks/plover-gsr (CC BY-SA; read in place).

Shared by the actor and stance benchmarks. Maps the 0.5b1 category names to current PLOVER names and
gives each category its quad class, as the benchmark's README describes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

# 0.5b1 names -> current PLOVER names, and each category's quad class: the library's one table.
from afru_nlp.plover import CATEGORY_QUAD as QUAD
from afru_nlp.plover import LEGACY_NAMES as RENAMED

DEFAULT_PATH = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"

@dataclass
class GoldRecord:
    id: str
    text: str
    category: str  # current PLOVER name
    quad: str
    sources: list[dict] = field(default_factory=list)  # {"actorText", "code", "sector"?}
    targets: list[dict] = field(default_factory=list)

    @property
    def polarity(self) -> str:
        return "cooperative" if self.quad.endswith("cooperation") else "conflictual"


def _actors(value: object) -> list[dict]:
    if not value:
        return []
    if isinstance(value, dict):
        return [value]
    return [a for a in value if isinstance(a, dict)]


def load_gold(path: Path = DEFAULT_PATH) -> list[GoldRecord]:
    """Every coded sentence (the DOCUMENT header is dropped)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in raw:
        if item.get("event") in (None, "DOCUMENT") or not item.get("text"):
            continue
        category = RENAMED.get(item["event"], item["event"])
        out.append(GoldRecord(id=item["id"], text=item["text"], category=category, quad=QUAD[category],
                              sources=_actors(item.get("source")), targets=_actors(item.get("target"))))
    return out


# How afru_actors is set for each codebook: our guidelines drop places used as locations and populations
# that do not act; CAMEO/PLOVER practice codes both.
ACTOR_SETTINGS = {
    "guidelines": {"populations": "agents", "locations": "drop"},
    "cameo": {"populations": "participants", "locations": "keep"},
}


def annotate_gold(gold: list[GoldRecord], codebook: str, model: str | None = None, rules_only: bool = False):
    """(pipeline, docs, seconds): the afru pipeline (default: rules + learned stance model) with the
    codebook's actor settings over the gold texts."""
    import time

    from afru_nlp import load_pipeline
    from afru_nlp.pipeline import make_doc

    nlp = load_pipeline(model, stance_model=not rules_only)
    for key, value in ACTOR_SETTINGS[codebook].items():
        setattr(nlp.get_pipe("afru_actors"), key, value)
    started = time.perf_counter()
    docs = list(nlp.pipe(make_doc(nlp, g.text, {}) for g in gold))
    return nlp, docs, time.perf_counter() - started
