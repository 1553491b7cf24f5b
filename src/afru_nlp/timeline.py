"""Relation timelines from annotation records: build, resample onto a grid, compare.

Pure pandas, no spaCy: everything here reads the records written by ``afru-nlp extract``. The scheme
(weighting of intervals, the index formula, the flag policy, the grid options and the comparison metrics)
is documented in ``docs/timeline.md``; the short version:

* one row per stance (:func:`stance_rows`), its dyad under a roll-up of actors to countries;
* a stance's interval (its sentence's ``time``) is spread over the bins it overlaps with
  weight = overlap days / interval days; stances of undated sentences are kept in the rows (NaT) but
  left out of the bins;
* flags multiply the weight (default: negated 0, denied 0, alleged 0.5, future 0.5);
* per bin: ``index`` = Σ w·score / Σ w over cooperative and conflictual stances, in [-1, 1].
"""

from __future__ import annotations

import functools
import math
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from afru_nlp.io import AfruError

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
FLAGS = ("negated", "alleged", "denied", "future")
# "learned": the stance was added by the learned model (attribution "model"), not by a rule; weighted like a flag.
WEIGHTED_FLAGS = (*FLAGS, "learned")
# Weight multiplier of a stance carrying each flag (several flags multiply). Why these defaults: a negated
# cue ("did not cooperate") says nothing reliable about the direction; a denied claim is contested by
# the party itself; an allegation or a stated intention is evidence, but weaker than a reported act. The
# learned model's stances count fully (it lifts F1 on new text); learned=0 keeps the rules' precision.
DEFAULT_FLAG_WEIGHTS: dict[str, float] = {"negated": 0.0, "denied": 0.0, "alleged": 0.5, "future": 0.5,
                                          "learned": 1.0}
# The source essay's own periods (invasion and war, after the withdrawal, civil war and Taliban,
# the US-led intervention, the Taliban's return).
ESSAY_PERIODS = "1979-1989,1990-1991,1992-2000,2001-2020,2021-"
SPLITS = ("role", "source", "doc")
# Types whose `country` is the state itself; other types (armed groups, parties, people) roll up to
# their country only when group roll-up is on.
_STATE_TYPES = {"state", "government"}
_FALLBACK_SUCCESSORS = {"SUN": "RUS"}

ROW_COLUMNS = [
    "doc_id",
    "sentence_id",
    "stance_id",
    "source",
    "target",
    "source_unit",
    "target_unit",
    "source_country",
    "target_country",
    "dyad",
    "direction",
    "symmetric",
    "start",
    "end",
    "time_basis",
    "polarity",
    "score",
    "category",
    "quad",
    "trigger",
    *WEIGHTED_FLAGS,
    "weight",
    "role",
    "doc_source",
    "published",
    "text",
]
BIN_COLUMNS = [
    "bin",
    "bin_start",
    "bin_end",
    "index",
    "balance",
    "weight",
    "n_stances",
    "n_cooperative",
    "n_conflictual",
    "n_neutral",
    *QUADS,
    "n_documents",
    "evidence",
    "top_evidence",
    "top_text",
]


class TimelineError(AfruError):
    """A timeline option or input that cannot be used (bad dyad, grid, split)."""


# --------------------------------------------------------------------------- roll-up


def successor_map() -> dict[str, str]:
    """Predecessor → successor ids from the registry; {"SUN": "RUS"} (with a warning) when unavailable."""
    return dict(_successors())


@functools.lru_cache(maxsize=1)
def _successors() -> tuple[tuple[str, str], ...]:
    try:
        from afru_nlp.registry import successor_map as registry_successors

        return tuple(sorted(dict(registry_successors()).items()))
    except Exception as exc:  # noqa: BLE001 - a missing or broken registry must not stop a timeline
        warnings.warn(
            f"actor registry unavailable ({type(exc).__name__}: {exc}); rolling up SUN → RUS only",
            stacklevel=2,
        )
        return tuple(sorted(_FALLBACK_SUCCESSORS.items()))


@functools.lru_cache(maxsize=1)
def _rollup_groups() -> frozenset[str]:
    """Groups that stand for their country (registry flag ``rollup``); the Taliban and mujahideen without it."""
    try:
        from afru_nlp.registry import rollup_groups

        return rollup_groups()
    except Exception as exc:  # noqa: BLE001 - a missing or broken registry must not stop a timeline
        warnings.warn(f"actor registry unavailable ({type(exc).__name__}: {exc})", stacklevel=2)
        return frozenset({"AFG-TAL", "AFG-MUJ"})


def _guess_country(actor_id: str) -> str | None:
    """Country of an id that no actor item of the record describes: 'AFG' or the prefix of 'AFG-TAL'."""
    head = actor_id.split("-", 1)[0]
    return head if re.fullmatch(r"[A-Z]{3}", head) else None


@dataclass(frozen=True)
class Rollup:
    """How actor ids become the units a dyad is made of.

    ``by="country"``: a state or government is its country; people, and the groups that governed or
    contended to govern a state (registry flag ``rollup``: the Taliban, the mujahideen → AFG), are their
    country too when ``groups`` is on; other groups (ISKP, TTP, al-Qaeda) keep their own id.
    ``predecessors``: historical ids become their successor (SUN → RUS, AFG-DRA → AFG).
    ``by="actor"``: the actor id itself (predecessors off unless asked for).
    """

    by: str = "country"
    groups: bool = True
    predecessors: bool = True

    def __post_init__(self) -> None:
        if self.by not in ("country", "actor"):
            raise TimelineError(f"--by must be 'country' or 'actor', got {self.by!r}")

    def unit(self, actor_id: str, actor: Mapping[str, Any] | None, successors: Mapping[str, str]) -> str:
        unit = actor_id
        if self.by == "country":
            country = actor.get("country") if actor else _guess_country(actor_id)
            kind = actor.get("type") if actor else None
            if country and (kind in _STATE_TYPES or actor_id == country
                            or (self.groups and (kind == "person" or actor_id in _rollup_groups()))):
                unit = country
        if self.predecessors:
            # Twice: AFG-DRA → AFG, and a chain such as a historical regime → predecessor state → successor.
            unit = successors.get(unit, unit)
            unit = successors.get(unit, unit)
        return unit


# --------------------------------------------------------------------------- rows


def stance_rows(
    records: Iterable[Mapping[str, Any]],
    rollup: Rollup | None = None,
    flag_weights: Mapping[str, float] | None = None,
) -> pd.DataFrame:
    """One row per stance of every record, in record/sentence/stance order (see ``ROW_COLUMNS``).

    ``dyad`` is the two units sorted and joined by "-" (undirected); ``direction`` is "A->B" or "A<->B"
    for symmetric stances. ``weight`` is the flag weight (before spreading over bins).
    """
    rollup = rollup or Rollup()
    weights = {**DEFAULT_FLAG_WEIGHTS, **(flag_weights or {})}
    successors = successor_map() if rollup.predecessors else {}
    rows: list[dict[str, Any]] = []
    for record in records:
        meta = record.get("meta") or {}
        text = record.get("text", "")
        actors: dict[str, Mapping[str, Any]] = {}
        for sent in record.get("sentences", []):
            for actor in sent.get("actors", []):
                actors.setdefault(actor.get("id"), actor)
        for sent in record.get("sentences", []):
            time = sent.get("time") or {}
            for stance in sent.get("stances", []):
                src, tgt = stance.get("source"), stance.get("target")
                if not src or not tgt:
                    continue
                su = rollup.unit(src, actors.get(src), successors)
                tu = rollup.unit(tgt, actors.get(tgt), successors)
                symmetric = bool(stance.get("symmetric", False))
                flags = {flag: bool(stance.get(flag, False)) for flag in FLAGS}
                flags["learned"] = stance.get("attribution") == "model"
                weight = 1.0
                for flag, on in flags.items():
                    if on:
                        weight *= float(weights.get(flag, 1.0))
                src_actor, tgt_actor = actors.get(src) or {}, actors.get(tgt) or {}
                rows.append(
                    {
                        "doc_id": record.get("doc_id"),
                        "sentence_id": sent.get("id"),
                        "stance_id": stance.get("stance_id"),
                        "source": src,
                        "target": tgt,
                        "source_unit": su,
                        "target_unit": tu,
                        "source_country": src_actor["country"]
                        if "country" in src_actor
                        else _guess_country(src),
                        "target_country": tgt_actor["country"]
                        if "country" in tgt_actor
                        else _guess_country(tgt),
                        "dyad": "-".join(sorted((su, tu))),
                        "direction": f"{su}<->{tu}" if symmetric else f"{su}->{tu}",
                        "symmetric": symmetric,
                        "start": time.get("start"),
                        "end": time.get("end"),
                        "time_basis": time.get("basis"),
                        "polarity": stance.get("polarity"),
                        "score": _score(stance),
                        "category": stance.get("category"),
                        "quad": stance.get("quad"),
                        "trigger": stance.get("trigger"),
                        **flags,
                        "weight": round(weight, 3),
                        "role": meta.get("role"),
                        "doc_source": meta.get("source"),
                        "published": meta.get("published"),
                        # whitespace folded: one line in CSV/Markdown (offsets stay in the record)
                        "text": " ".join(text[sent.get("start", 0) : sent.get("end", 0)].split()),
                    }
                )
    frame = pd.DataFrame(rows, columns=ROW_COLUMNS)
    frame["start"] = pd.to_datetime(frame["start"], errors="coerce", format="%Y-%m-%d")
    frame["end"] = pd.to_datetime(frame["end"], errors="coerce", format="%Y-%m-%d")
    # An interval pandas cannot hold (malformed, reversed, out of range) is treated as no date at all.
    unusable = frame["start"].isna() | frame["end"].isna() | (frame["end"] < frame["start"])
    frame.loc[unusable, ["start", "end"]] = pd.NaT
    frame["score"] = frame["score"].astype(float)
    frame["weight"] = frame["weight"].astype(float)
    return frame


def _score(stance: Mapping[str, Any]) -> float:
    """The stance's score; ±1/0 from the polarity when a record has no score."""
    score = stance.get("score")
    if isinstance(score, (int, float)) and not isinstance(score, bool) and math.isfinite(score):
        return max(-1.0, min(1.0, float(score)))
    return {"cooperative": 1.0, "conflictual": -1.0}.get(stance.get("polarity") or "", 0.0)


def parse_dyad(spec: str) -> tuple[str, str]:
    """'AFG-RUS' → ('AFG', 'RUS'); ids with hyphens need ':' or ',': 'AFG-TAL:RUS'."""
    spec = spec.strip()
    for sep in (":", ","):
        if sep in spec:
            parts = [p.strip() for p in spec.split(sep)]
            break
    else:
        parts = [p.strip() for p in spec.split("-")]
    if len(parts) != 2 or not all(parts):
        raise TimelineError(f"cannot read dyad {spec!r} (expected A-B, or A:B when an id has a hyphen)")
    return parts[0], parts[1]


def select_dyad(rows: pd.DataFrame, dyad: str | tuple[str, str], directed: bool = False) -> pd.DataFrame:
    """The rows of one dyad. Undirected: either direction. Directed 'A-B': A towards B, plus symmetric
    A/B stances (a relation stated without direction holds both ways)."""
    a, b = parse_dyad(dyad) if isinstance(dyad, str) else dyad
    su, tu = rows["source_unit"], rows["target_unit"]
    forward = (su == a) & (tu == b)
    backward = (su == b) & (tu == a)
    mask = forward | (backward & (rows["symmetric"] if directed else True))
    return rows[mask].reset_index(drop=True)


# --------------------------------------------------------------------------- grid


def _year_start(year: int) -> pd.Timestamp:
    return pd.Timestamp(year=year, month=1, day=1)


def _year_end(year: int) -> pd.Timestamp:
    return pd.Timestamp(year=year, month=12, day=31)


def make_grid(freq: str, start_year: int, end_year: int) -> pd.DataFrame:
    """Bins with ``bin`` (label), ``bin_start``, ``bin_end`` (both inclusive days).

    ``freq``: ``year``, ``NY`` (N-year bins aligned on multiples of N: 5Y → 1975-1979, 1980-1984),
    ``decade`` (= 10Y, labelled 1970s), ``periods:A-B,C-D,E-`` (inclusive years; an open end runs to the
    last year of the data) or ``essay`` (the source essay's periods, ``ESSAY_PERIODS``).
    """
    end_year = max(end_year, start_year)
    freq = freq.strip()
    low = freq.lower()
    if low == "essay":
        return make_grid(f"periods:{ESSAY_PERIODS}", start_year, end_year)
    if low.startswith("periods:"):
        return _period_grid(freq.split(":", 1)[1], start_year, end_year)
    if low in ("year", "y", "1y", "annual"):
        size, label = 1, "year"
    elif low in ("decade", "10y"):
        size, label = 10, "decade"
    elif m := re.fullmatch(r"(\d{1,3})y", low):
        size, label = int(m.group(1)), "span"
        if size < 1:
            raise TimelineError(f"bad --freq {freq!r}: bin size must be at least one year")
    else:
        raise TimelineError(f"bad --freq {freq!r} (year, 5Y, decade, NY, essay or periods:1979-1989,...)")
    first = start_year - start_year % size
    rows = []
    for lo in range(first, end_year + 1, size):
        hi = lo + size - 1
        name = str(lo) if size == 1 else (f"{lo}s" if label == "decade" else f"{lo}-{hi}")
        rows.append({"bin": name, "bin_start": _year_start(lo), "bin_end": _year_end(hi)})
    return pd.DataFrame(rows, columns=["bin", "bin_start", "bin_end"])


def _period_grid(spec: str, start_year: int, end_year: int) -> pd.DataFrame:
    rows = []
    for part in (p.strip() for p in spec.split(",")):
        m = re.fullmatch(r"(\d{4})?\s*[-–]\s*(\d{4})?|(\d{4})", part)
        if not part or not m or (m.group(3) is None and m.group(1) is None and m.group(2) is None):
            raise TimelineError(f"bad period {part!r} in --freq (expected YYYY-YYYY, YYYY-, -YYYY or YYYY)")
        if m.group(3):
            lo = hi = int(m.group(3))
        else:
            lo = int(m.group(1)) if m.group(1) else min(start_year, int(m.group(2)))
            hi = int(m.group(2)) if m.group(2) else max(end_year, lo)
        if hi < lo:
            raise TimelineError(f"bad period {part!r} in --freq: ends before it starts")
        name = part.replace("–", "-").replace(" ", "")
        rows.append({"bin": name, "bin_start": _year_start(lo), "bin_end": _year_end(hi)})
    return pd.DataFrame(rows, columns=["bin", "bin_start", "bin_end"])


def data_years(rows: pd.DataFrame) -> tuple[int, int] | None:
    """First and last year any dated row covers, or None when nothing is dated."""
    dated = rows.dropna(subset=["start", "end"])
    if dated.empty:
        return None
    return int(dated["start"].min().year), int(dated["end"].max().year)


def parse_years(spec: str | None) -> tuple[int, int] | None:
    """'1975-2025' → (1975, 2025); None passes through."""
    if spec is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*[-–]\s*(\d{4})\s*", spec)
    if not m or int(m.group(1)) > int(m.group(2)):
        raise TimelineError(f"bad --years {spec!r} (expected FIRST-LAST, e.g. 1975-2025)")
    return int(m.group(1)), int(m.group(2))


def grid_for(rows: pd.DataFrame, freq: str, years: tuple[int, int] | None = None) -> pd.DataFrame:
    """The grid covering the dated rows (or exactly ``years``: stances outside stay in the rows only)."""
    span = years or data_years(rows)
    if span is None:
        # Nothing dated: an explicit period list still makes a grid; a regular one has nothing to cover.
        if freq.lower().startswith("periods:") or freq.lower() == "essay":
            return make_grid(freq, 1900, 1900)
        return make_grid(freq, 2000, 2000).iloc[0:0]
    return make_grid(freq, *span)


# --------------------------------------------------------------------------- resampling


def _days(values: Any) -> Any:
    """Datetimes as whole days since the epoch (int64), whatever the datetime64 unit."""
    import numpy as np

    return np.asarray(values, dtype="datetime64[D]").astype("int64")


def spread(rows: pd.DataFrame, grid: pd.DataFrame, mode: str = "share") -> pd.DataFrame:
    """Long table (row, bin) with ``overlap`` = the row's share in the bin and ``order`` = the row's position.

    ``share``: overlap days / interval days (a ten-year interval puts 0.1 into each year, so precise
    evidence outweighs vague evidence); ``full``: 1 in every bin the interval touches.
    """
    import numpy as np

    if mode not in ("share", "full"):
        raise TimelineError(f"spread must be 'share' or 'full', got {mode!r}")
    rows = rows.reset_index(drop=True).assign(order=lambda f: np.arange(len(f)))
    dated = rows.dropna(subset=["start", "end"])
    if dated.empty or grid.empty:
        return rows.iloc[0:0].assign(bin=pd.Series(dtype=object), overlap=pd.Series(dtype=float))
    starts, ends = _days(dated["start"].values), _days(dated["end"].values)
    bin_starts, bin_ends = _days(grid["bin_start"].values), _days(grid["bin_end"].values)
    hit_rows, hit_bins, overlaps = [], [], []
    chunk = max(1, 2_000_000 // len(grid))  # rows × bins matrices of at most ~2M cells
    for lo_row in range(0, len(dated), chunk):
        s, e = starts[lo_row : lo_row + chunk, None], ends[lo_row : lo_row + chunk, None]
        days = np.minimum(e, bin_ends[None, :]) - np.maximum(s, bin_starts[None, :]) + 1
        r, c = np.nonzero(days > 0)
        hit_rows.append(r + lo_row)
        hit_bins.append(c)
        share = days[r, c] / (e[r, 0] - s[r, 0] + 1) if mode == "share" else np.ones(len(r))
        overlaps.append(share.astype(float))
    r, c = np.concatenate(hit_rows), np.concatenate(hit_bins)
    long = dated.iloc[r].reset_index(drop=True)
    long["bin"] = grid["bin"].to_numpy()[c]
    long["overlap"] = np.concatenate(overlaps)
    return long


def resample(rows: pd.DataFrame, grid: pd.DataFrame, mode: str = "share") -> pd.DataFrame:
    """Per bin of ``grid``: the net stance index and its evidence (``BIN_COLUMNS``).

    w = flag weight × overlap. ``index`` = Σ w·score / Σ w over cooperative and conflictual stances
    (a weighted mean of scores, in [-1, 1]); ``balance`` = (W_coop − W_conf) / (W_coop + W_conf) ignores
    the score's strength. Counts are of stances with w > 0 in the bin; ``evidence`` lists their stance ids,
    strongest first (|w·score|, ties in record order); ``top_evidence``/``top_text`` is the first of them.
    Bins without evidence have NaN index and zero counts.
    """
    long = spread(rows, grid, mode)
    long = long.assign(w=(long["weight"] * long["overlap"]).astype(float))
    long = long[long["w"] > 0]
    coop = long["polarity"] == "cooperative"
    conf = long["polarity"] == "conflictual"
    directional = coop | conf
    parts = {
        "w": long["w"],
        "w_dir": long["w"].where(directional, 0.0),
        "ws_dir": (long["w"] * long["score"]).where(directional, 0.0),
        "w_coop": long["w"].where(coop, 0.0),
        "w_conf": long["w"].where(conf, 0.0),
        "n_stances": pd.Series(1, index=long.index),
        "n_cooperative": coop.astype(int),
        "n_conflictual": conf.astype(int),
        "n_neutral": (~directional).astype(int),
        **{q: (long["quad"] == q).astype(int) for q in QUADS},
    }
    sums = pd.DataFrame({**parts, "bin": long["bin"]}).groupby("bin", sort=False).sum()
    docs = long.groupby("bin", sort=False)["doc_id"].nunique()
    ranked = long.assign(strength=-(long["w"] * long["score"].abs())).sort_values(
        ["strength", "order"], kind="stable"
    )
    by_bin = ranked.groupby("bin", sort=False)
    evidence = by_bin["stance_id"].agg(lambda ids: " ".join(str(i) for i in ids))
    first = by_bin[["stance_id", "text"]].first()
    out = []
    for b in grid.itertuples(index=False):
        has = b.bin in sums.index
        total = float(sums.at[b.bin, "w_dir"]) if has else 0.0
        row: dict[str, Any] = {
            "bin": b.bin,
            "bin_start": b.bin_start.date().isoformat(),
            "bin_end": b.bin_end.date().isoformat(),
            "index": _round(float(sums.at[b.bin, "ws_dir"]) / total) if total > 0 else math.nan,
            "balance": _round((float(sums.at[b.bin, "w_coop"]) - float(sums.at[b.bin, "w_conf"])) / total)
            if total > 0
            else math.nan,
            "weight": _round(float(sums.at[b.bin, "w"])) if has else 0.0,
        }
        for column in ("n_stances", "n_cooperative", "n_conflictual", "n_neutral", *QUADS):
            row[column] = int(sums.at[b.bin, column]) if has else 0
        row["n_documents"] = int(docs.get(b.bin, 0))
        row["evidence"] = evidence.get(b.bin, "")
        row["top_evidence"] = first.at[b.bin, "stance_id"] if has else None
        row["top_text"] = first.at[b.bin, "text"] if has else None
        out.append(row)
    return pd.DataFrame(out, columns=BIN_COLUMNS)


def _round(value: float) -> float:
    return value if math.isnan(value) else round(value, 3) + 0.0


# --------------------------------------------------------------------------- one timeline


@dataclass
class Timeline:
    """A dyad's stances (``rows``, including undated ones) and their bins on ``grid``."""

    name: str
    dyad: str
    rows: pd.DataFrame
    bins: pd.DataFrame
    grid: pd.DataFrame = field(repr=False)

    @property
    def undated(self) -> int:
        """Stances whose sentence has no time: in ``rows``, left out of ``bins``."""
        return int(self.rows["start"].isna().sum())


def _rollup(by: str, groups: bool, predecessors: bool | None) -> Rollup:
    """Predecessor roll-up defaults to on for countries and off for actor ids."""
    return Rollup(
        by=by, groups=groups, predecessors=(by == "country") if predecessors is None else predecessors
    )


def build_timeline(
    records: Iterable[Mapping[str, Any]],
    dyad: str,
    *,
    by: str = "country",
    directed: bool = False,
    freq: str = "year",
    groups: bool = True,
    predecessors: bool | None = None,
    flag_weights: Mapping[str, float] | None = None,
    spread_mode: str = "share",
    grid: pd.DataFrame | None = None,
    years: tuple[int, int] | None = None,
    name: str | None = None,
) -> Timeline:
    """The timeline of ``dyad`` in ``records``: rows of its stances and bins on ``freq`` (or ``grid``)."""
    rows = select_dyad(stance_rows(records, _rollup(by, groups, predecessors), flag_weights), dyad, directed)
    grid = grid if grid is not None else grid_for(rows, freq, years)
    return Timeline(
        name=name or dyad, dyad=dyad, rows=rows, bins=resample(rows, grid, spread_mode), grid=grid
    )


# --------------------------------------------------------------------------- comparison


def split_records(records: Iterable[Mapping[str, Any]], split_by: str) -> dict[str, list[Mapping[str, Any]]]:
    """Records grouped by ``meta.role``, ``meta.source`` or document id, in first-seen order; a missing
    value groups as "unknown". By role, "source" and "later" always come first, even when empty, so the
    source-vs-later comparison exists (with an empty side) before any later document is annotated."""
    if split_by not in SPLITS:
        raise TimelineError(f"--split-by must be one of {', '.join(SPLITS)}, got {split_by!r}")
    groups: dict[str, list[Mapping[str, Any]]] = {"source": [], "later": []} if split_by == "role" else {}
    for record in records:
        meta = record.get("meta") or {}
        key = record.get("doc_id") if split_by == "doc" else meta.get(split_by)
        groups.setdefault(str(key) if key not in (None, "") else "unknown", []).append(record)
    return groups


@dataclass
class Comparison:
    """Several timelines on one grid: ``bins`` (long), ``wide`` (index per timeline), ``pairs`` (metrics
    per pair) and ``disagreements`` (the bins where each pair differs most, with evidence)."""

    timelines: list[Timeline]
    wide: pd.DataFrame
    pairs: pd.DataFrame
    disagreements: pd.DataFrame

    @property
    def bins(self) -> pd.DataFrame:
        return pd.concat([t.bins.assign(timeline=t.name) for t in self.timelines], ignore_index=True)


def _sign(value: float, tolerance: float) -> int:
    return 0 if abs(value) <= tolerance else (1 if value > 0 else -1)


def compare(timelines: Sequence[Timeline], top: int = 3, tolerance: float = 0.05) -> Comparison:
    """Compare timelines that share one grid.

    Per bin and pair (A, B), where both have an index: ``diff`` = A − B, ``agree`` = same sign (|x| ≤
    ``tolerance`` counts as 0). Per pair: bins in common, share of sign agreement, mean |diff|, and
    Spearman's rho = Pearson correlation of the ranks (average ranks for ties) over common bins (NaN with
    fewer than 3 bins or no variance). ``disagreements``: the ``top`` bins of largest |diff| per pair,
    with each side's strongest evidence sentence.
    """
    if len(timelines) < 2:
        raise TimelineError(
            "a comparison needs at least two timelines (got "
            f"{len(timelines)}: {', '.join(t.name for t in timelines) or 'none'})"
        )
    labels = [list(t.bins["bin"]) for t in timelines]
    if any(lab != labels[0] for lab in labels):
        raise TimelineError("timelines to compare must share one grid")
    names = [t.name for t in timelines]
    if len(set(names)) != len(names):
        raise TimelineError(f"timeline names must differ: {names}")
    base = timelines[0].bins
    wide = base[["bin", "bin_start", "bin_end"]].copy()
    for t in timelines:
        wide[f"index_{t.name}"] = t.bins["index"].values
        wide[f"n_{t.name}"] = t.bins["n_stances"].values
    pair_rows, dis_rows = [], []
    for i, a in enumerate(timelines):
        for b in timelines[i + 1 :]:
            x, y = a.bins["index"].astype(float), b.bins["index"].astype(float)
            diff = x - y
            common = x.notna() & y.notna()
            agree = pd.Series(
                [_sign(p, tolerance) == _sign(q, tolerance) if c else None for p, q, c in zip(x, y, common)],
                dtype=object,
            )
            if len(timelines) == 2:
                wide["diff"] = diff.round(3).values
                wide["agree"] = agree.values
            else:
                wide[f"diff_{a.name}_{b.name}"] = diff.round(3).values
            n = int(common.sum())
            rho = math.nan
            if n >= 3:
                rx, ry = x[common].rank(), y[common].rank()
                if rx.std() > 0 and ry.std() > 0:
                    rho = float(rx.corr(ry))
            pair_rows.append(
                {
                    "a": a.name,
                    "b": b.name,
                    "bins_common": n,
                    "bins_only_a": int((x.notna() & y.isna()).sum()),
                    "bins_only_b": int((y.notna() & x.isna()).sum()),
                    "sign_agreement": _round(float(agree[common].astype(bool).mean())) if n else math.nan,
                    "mean_abs_diff": _round(float(diff[common].abs().mean())) if n else math.nan,
                    "spearman": _round(rho),
                }
            )
            order = diff[common].abs().sort_values(ascending=False, kind="stable").index[:top]
            for k in order:
                dis_rows.append(
                    {
                        "a": a.name,
                        "b": b.name,
                        "bin": base["bin"].iloc[k],
                        "index_a": x.iloc[k],
                        "index_b": y.iloc[k],
                        "diff": _round(float(diff.iloc[k])),
                        "agree": bool(agree.iloc[k]),
                        "evidence_a": a.bins["top_evidence"].iloc[k],
                        "text_a": a.bins["top_text"].iloc[k],
                        "evidence_b": b.bins["top_evidence"].iloc[k],
                        "text_b": b.bins["top_text"].iloc[k],
                    }
                )
    dis_columns = [
        "a",
        "b",
        "bin",
        "index_a",
        "index_b",
        "diff",
        "agree",
        "evidence_a",
        "text_a",
        "evidence_b",
        "text_b",
    ]
    return Comparison(
        list(timelines), wide, pd.DataFrame(pair_rows), pd.DataFrame(dis_rows, columns=dis_columns)
    )


def compare_records(
    records: Iterable[Mapping[str, Any]],
    *,
    dyad: str | None = None,
    split_by: str | None = None,
    dyads: Sequence[str] | None = None,
    freq: str = "year",
    top: int = 3,
    **options: Any,
) -> Comparison:
    """Timelines across sources (``split_by`` role/source/doc, one ``dyad``) or across ``dyads`` (all
    records), built on one grid that covers them all, then :func:`compare`."""
    records = list(records)
    if (split_by is None) == (not dyads):
        raise TimelineError("compare needs exactly one of --split-by or --dyads")
    if split_by is not None:
        if not dyad:
            raise TimelineError("--split-by needs --dyad")
        inputs = [(name, recs, dyad) for name, recs in split_records(records, split_by).items()]
        if len(inputs) < 2:
            raise TimelineError(
                f"--split-by {split_by}: the records have only one group "
                f"({', '.join(n for n, _, _ in inputs) or 'none'}); nothing to compare"
            )
    else:
        inputs = [(d, records, d) for d in dyads or []]
    unknown = set(options) - {
        "by",
        "directed",
        "groups",
        "predecessors",
        "flag_weights",
        "spread_mode",
        "years",
    }
    if unknown:
        raise TypeError(f"unknown options: {sorted(unknown)}")
    rollup = _rollup(options.get("by", "country"), options.get("groups", True), options.get("predecessors"))
    directed = options.get("directed", False)
    all_rows = {id(recs): None for _, recs, _ in inputs}  # each record list is turned into rows once
    selected = []
    for name, recs, d in inputs:
        if all_rows[id(recs)] is None:
            all_rows[id(recs)] = stance_rows(recs, rollup, options.get("flag_weights"))
        selected.append((name, d, select_dyad(all_rows[id(recs)], d, directed)))
    grid = grid_for(
        pd.concat([rows for _, _, rows in selected], ignore_index=True), freq, options.get("years")
    )
    mode = options.get("spread_mode", "share")
    timelines = [Timeline(name, d, rows, resample(rows, grid, mode), grid) for name, d, rows in selected]
    return compare(timelines, top=top)


def timelines_for(
    records: Iterable[Mapping[str, Any]],
    *,
    dyad: str | None = None,
    split_by: str | None = None,
    dyads: Sequence[str] | None = None,
    freq: str = "year",
    **options: Any,
) -> list[Timeline]:
    """What a chart shows: one timeline of ``dyad``, or one per group/dyad on a shared grid."""
    if split_by or dyads:
        return compare_records(
            records, dyad=dyad, split_by=split_by, dyads=dyads, freq=freq, **options
        ).timelines
    if not dyad:
        raise TimelineError("plot needs --dyad (and optionally --split-by) or --dyads")
    return [build_timeline(records, dyad, freq=freq, **options)]


# --------------------------------------------------------------------------- output formats


def _cell(value: Any) -> Any:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def table_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Plain JSON-able dicts (dates as ISO strings, NaN/NaT as None), column order kept."""
    return [{col: _cell(v) for col, v in zip(frame.columns, row)} for row in frame.itertuples(index=False)]


def to_csv(frame: pd.DataFrame) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(frame.columns)
    for row in table_records(frame):
        writer.writerow(["" if v is None else v for v in row.values()])
    return buffer.getvalue()


def to_jsonl(frame: pd.DataFrame) -> str:
    from afru_nlp.io import dumps_record

    return "".join(dumps_record(r) + "\n" for r in table_records(frame))


def to_markdown(frame: pd.DataFrame, max_text: int = 160) -> str:
    """A GitHub table; long text cells are cut to ``max_text`` characters and pipes escaped."""

    def fmt(v: Any) -> str:
        if v is None:
            return ""
        s = str(v).replace("|", "\\|").replace("\n", " ")
        return s if len(s) <= max_text else s[: max_text - 1] + "…"

    lines = ["| " + " | ".join(map(str, frame.columns)) + " |", "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(fmt(v) for v in r.values()) + " |" for r in table_records(frame)]
    return "\n".join(lines) + "\n"


def _date_parts(ts: pd.Timestamp) -> dict[str, str]:
    return {"year": str(ts.year), "month": str(ts.month), "day": str(ts.day)}


def _label(index: float) -> str:
    if math.isnan(index):
        return "no directional evidence"
    return "cooperative" if index > 0.05 else "conflictual" if index < -0.05 else "mixed"


def to_timelinejs(timeline: Timeline, rows: bool = False) -> dict[str, Any]:
    """TimelineJS3 JSON: one event per bin with evidence (or per dated stance with ``rows``)."""
    events = []
    if rows:
        for r in timeline.rows.dropna(subset=["start", "end"]).itertuples(index=False):
            events.append(
                {
                    "start_date": _date_parts(r.start),
                    "end_date": _date_parts(r.end),
                    "text": {
                        "headline": f"{r.direction}: {r.polarity} ({r.category or 'uncategorised'})",
                        "text": f"{r.text} [{r.stance_id}]",
                    },
                    "group": r.dyad,
                    "unique_id": str(r.stance_id),
                }
            )
    else:
        by_id = timeline.rows.set_index("stance_id")["text"].to_dict() if not timeline.rows.empty else {}
        for b in timeline.bins.itertuples(index=False):
            if b.n_stances == 0:
                continue
            evidence = str(b.evidence).split()
            items = "".join(f"<li>{_html(by_id.get(s, ''))} <i>[{_html(s)}]</i></li>" for s in evidence[:5])
            more = f"<p>… and {len(evidence) - 5} more</p>" if len(evidence) > 5 else ""
            index = "n/a" if _cell(b.index) is None else f"{b.index:+.2f}"
            events.append(
                {
                    "start_date": _date_parts(pd.Timestamp(b.bin_start)),
                    "end_date": _date_parts(pd.Timestamp(b.bin_end)),
                    "text": {
                        "headline": f"{b.bin}: {_label(float(b.index))} (index {index})",
                        "text": (
                            f"<p>{b.n_stances} stance(s), {b.n_documents} document(s)</p>"
                            f"<ul>{items}</ul>{more}"
                        ),
                    },
                    "group": timeline.name,
                    "unique_id": f"{timeline.name}-{b.bin}",
                }
            )
    return {
        "title": {"text": {"headline": f"{timeline.dyad} relations", "text": timeline.name}},
        "events": events,
    }


def _html(text: Any) -> str:
    import html

    return html.escape(str(text))


def comparison_markdown(comparison: Comparison) -> str:
    """Report: pair metrics, the per-bin table and the largest disagreements with their evidence."""
    heading = comparison.timelines[0].dyad if len({t.dyad for t in comparison.timelines}) == 1 else "Dyads"
    names = ", ".join(
        f"**{t.name}** ({len(t.rows)} stances, {t.undated} undated)" for t in comparison.timelines
    )
    parts = [
        (f"# {heading}: {' vs '.join(t.name for t in comparison.timelines)}\n"),
        f"Timelines: {names}.\n",
        "## Agreement\n",
        to_markdown(comparison.pairs),
        "\n## Per bin\n",
        to_markdown(comparison.wide.drop(columns=["bin_start", "bin_end"])),
        "\n## Largest disagreements\n",
    ]
    if comparison.disagreements.empty:
        parts.append("No bin has evidence on both sides.\n")
    for r in table_records(comparison.disagreements):
        parts.append(
            f"### {r['bin']}: {r['a']} {_fmt(r['index_a'])} vs {r['b']} {_fmt(r['index_b'])} "
            f"(diff {_fmt(r['diff'])})\n"
        )
        parts.append(
            f"- {r['a']}: {r['text_a']} [{r['evidence_a']}]\n- {r['b']}: {r['text_b']} [{r['evidence_b']}]\n"
        )
    return "\n".join(parts)


def _fmt(value: Any) -> str:
    return "n/a" if value is None else f"{value:+.2f}"


# --------------------------------------------------------------------------- rendering (CLI formats)

TIMELINE_FORMATS = ("csv", "jsonl", "markdown", "timelinejs")


def render_timeline(timeline: Timeline, fmt: str, rows: bool = False) -> str:
    """The bins (or with ``rows`` the per-stance rows) of ``timeline`` as csv/jsonl/markdown/timelinejs."""
    import json

    if fmt == "timelinejs":
        return json.dumps(to_timelinejs(timeline, rows=rows), ensure_ascii=False, indent=1) + "\n"
    table = timeline.rows if rows else timeline.bins
    if fmt == "csv":
        return to_csv(table)
    if fmt == "jsonl":
        return to_jsonl(table)
    if fmt == "markdown":
        what = "stances" if rows else "bins"
        name = timeline.dyad if timeline.name == timeline.dyad else f"{timeline.dyad}: {timeline.name}"
        head = (
            f"# {name} ({what})\n\n{len(timeline.rows)} stance(s), "
            f"{timeline.undated} without a date (not in the bins).\n\n"
        )
        return head + to_markdown(table)
    raise TimelineError(f"unknown format {fmt!r} (one of {', '.join(TIMELINE_FORMATS)})")


def render_comparison(comparison: Comparison, fmt: str) -> str:
    """csv/jsonl: the per-bin table (index per timeline, diff, agree); markdown: the full report;
    timelinejs: every timeline's bin events, grouped by timeline."""
    import json

    if fmt == "csv":
        return to_csv(comparison.wide)
    if fmt == "jsonl":
        return to_jsonl(comparison.wide)
    if fmt == "markdown":
        return comparison_markdown(comparison)
    if fmt == "timelinejs":
        events = [e for t in comparison.timelines for e in to_timelinejs(t)["events"]]
        title = " vs ".join(t.name for t in comparison.timelines)
        return (
            json.dumps(
                {"title": {"text": {"headline": title, "text": ""}}, "events": events},
                ensure_ascii=False,
                indent=1,
            )
            + "\n"
        )
    raise TimelineError(f"unknown format {fmt!r} (one of {', '.join(TIMELINE_FORMATS)})")


def parse_flag_weights(specs: Iterable[str]) -> dict[str, float]:
    """['alleged=0.5', 'future=0'] → {'alleged': 0.5, 'future': 0.0}."""
    weights: dict[str, float] = {}
    for spec in specs:
        flag, sep, value = spec.partition("=")
        flag = flag.strip()
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not sep or flag not in WEIGHTED_FLAGS or not 0 <= number <= 1:
            raise TimelineError(
                f"bad --flag-weight {spec!r} (FLAG=W with FLAG in {', '.join(WEIGHTED_FLAGS)}, 0 ≤ W ≤ 1)"
            )
        weights[flag] = number
    return weights
