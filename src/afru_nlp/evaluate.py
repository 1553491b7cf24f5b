"""Gold versus prediction: precision, recall and F1 for every layer of the annotation records.

Pure Python (no spaCy): it reads two sets of contract records and compares them document by document.
Nothing depends on how either side split the text into sentences:

- date and actor mentions are compared at document level by their character offsets;
- stances are compared inside *sentence groups*: the smallest stretches of text whose gold and predicted
  sentence spans overlap only each other (with the same split, a group is one sentence; when the
  prediction merges two gold sentences, the group holds both);
- stance sentences and sentence times are matched through the overlap of sentence spans.

Lenient matches are one-to-one: candidate pairs that overlap (and agree on the compared key, such as the
value or the actor id) are taken greedily, largest overlap first, ties by position, so the result is
deterministic. Overall scores are micro-averaged (counts summed over documents).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Self

from afru_nlp.io import AfruError

# Metric names, in report order, with a one-line description (used by the table's legend and the docs).
METRICS: dict[str, str] = {
    "date_extent_strict": "date mentions, exact offsets",
    "date_extent_lenient": "date mentions, overlapping offsets (one-to-one)",
    "date_value": "date mentions, lenient extent and equal TIMEX value",
    "date_interval": "dated mentions (with an interval), lenient extent and equal interval",
    "actor_extent_strict": "actor mentions, exact offsets",
    "actor_extent_lenient": "actor mentions, overlapping offsets (one-to-one)",
    "actor_id": "actor mentions, lenient extent and equal actor id",
    "stance_sentence": "sentences with at least one stance, aligned by overlap",
    "stance_dyad": "stances: (source, target) in aligned sentences; symmetric = either direction",
    "stance_dyad_polarity": "stances: (source, target, polarity) in aligned sentences; symmetric = either direction",
    "stance_category": "stances: (source, target, PLOVER category) in aligned sentences",
    "sentence_time": "sentence time intervals (start, end) of aligned sentences",
}
SHORT_NAMES = {
    "date_extent_strict": "dt-str", "date_extent_lenient": "dt-len", "date_value": "dt-val",
    "date_interval": "dt-int", "actor_extent_strict": "ac-str", "actor_extent_lenient": "ac-len",
    "actor_id": "ac-id", "stance_sentence": "st-snt", "stance_dyad": "st-dyd", "stance_dyad_polarity": "st-pol",
    "stance_category": "st-cat", "sentence_time": "s-time",
}
DECIMALS = 4


class EvaluationError(AfruError):
    """Gold and prediction cannot be compared (different texts, duplicate or no shared documents)."""


@dataclass
class Counts:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: Counts) -> Self:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def as_dict(self) -> dict[str, Any]:
        """P/R/F1 rounded (None when undefined: nothing predicted / nothing in gold) and the counts."""

        def rounded(x: float | None) -> float | None:
            return None if x is None else round(x, DECIMALS)

        return {"precision": rounded(self.precision), "recall": rounded(self.recall), "f1": rounded(self.f1),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


# --------------------------------------------------------------------------- matching


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], *, strict: bool = False,
                key: Callable[[dict[str, Any]], Hashable] | None = None) -> Counts:
    """One-to-one matching of span items (``start``/``end``) by exact or overlapping offsets.

    ``key`` adds a condition: a pair counts only when both items give the same key (value, id, ...).
    """
    if strict:
        remaining: dict[Hashable, int] = {}
        for p in pred:
            k = (p["start"], p["end"], key(p) if key else None)
            remaining[k] = remaining.get(k, 0) + 1
        tp = 0
        for g in gold:
            k = (g["start"], g["end"], key(g) if key else None)
            if remaining.get(k, 0) > 0:
                remaining[k] -= 1
                tp += 1
        return Counts(tp, len(pred) - tp, len(gold) - tp)
    pairs = []
    pred_sorted = sorted(range(len(pred)), key=lambda j: (pred[j]["start"], pred[j]["end"]))
    for i, g in enumerate(gold):
        gspan = (g["start"], g["end"])
        gkey = key(g) if key else None
        for j in pred_sorted:
            p = pred[j]
            if p["start"] >= gspan[1]:
                break
            size = _overlap(gspan, (p["start"], p["end"]))
            if size > 0 and (key is None or key(p) == gkey):
                pairs.append((-size, g["start"], p["start"], i, j))
    pairs.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, _, _, i, j in pairs:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
    tp = len(used_gold)
    return Counts(tp, len(pred) - tp, len(gold) - tp)


def _unmatched_stances(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]],
                       attribute: str | None) -> list[dict[str, Any]]:
    """The gold stances that find no distinct predicted stance with the same dyad and ``attribute`` (if any).

    Direction counts unless either stance is symmetric; same-direction pairs are taken first.
    """
    used: set[int] = set()
    pending = []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and (attribute is None or p.get(attribute) == g.get(attribute)) and \
                    (p["source"], p["target"]) == (g["source"], g["target"]):
                used.add(j)
                break
        else:
            pending.append(g)
    missed = []
    for g in pending:
        for j, p in enumerate(pred):
            if j not in used and (attribute is None or p.get(attribute) == g.get(attribute)) and \
                    (g.get("symmetric") or p.get("symmetric")) and \
                    (p["source"], p["target"]) == (g["target"], g["source"]):
                used.add(j)
                break
        else:
            missed.append(g)
    return missed


def _stance_matches(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], attribute: str | None) -> int:
    """How many gold stances find a distinct predicted stance with the same dyad and ``attribute`` (if any)."""
    return len(gold) - len(_unmatched_stances(gold, pred, attribute))


# Why a gold stance was missed (dyad + polarity), in the order the causes are tested; the first that holds
# is counted. They separate the actor layer's share of the loss from the stance layer's.
MISS_CAUSES: dict[str, str] = {
    "polarity": "the same dyad is coded with another polarity",
    "direction": "the two parties are coded, in the other direction",
    "party_implicit": "a party is named in neither sentence (gold infers it from context, 6.3) nor found by the pipeline",
    "party_not_linked": "a party the gold sentence names is not among the actors the pipeline links there",
    "other_side_missing": "the act is found with this source (or target) but no other party",
    "other_partner": "a stance with one of the parties and another partner is coded",
    "no_stance": "nothing (no stance, no one-sided act) is coded in the sentence",
    "other": "stances or acts are coded in the sentence, none with either party",
}


def miss_cause(gold_stance: dict[str, Any], pred_stances: Sequence[dict[str, Any]],
               pred_acts: Sequence[dict[str, Any]], pred_actor_ids: set[str],
               gold_actor_ids: set[str] | None = None) -> str:
    """The :data:`MISS_CAUSES` key for a gold stance that no predicted stance matched (dyad + polarity).

    ``gold_actor_ids``: the ids the gold sentence mentions (None: unknown, a missing party counts as not linked).
    """
    source, target = gold_stance["source"], gold_stance["target"]
    pair = {source, target}
    for p in pred_stances:
        same = (p["source"], p["target"]) == (source, target) or (
            (gold_stance.get("symmetric") or p.get("symmetric")) and (p["source"], p["target"]) == (target, source))
        if same:
            return "polarity"
    if any({p["source"], p["target"]} == pair for p in pred_stances):
        return "direction"
    missing = pair - pred_actor_ids
    if missing:
        implicit = gold_actor_ids is not None and not missing <= gold_actor_ids
        return "party_implicit" if implicit else "party_not_linked"
    if any((a.get("source") == source and a.get("target") is None)
           or (a.get("target") == target and a.get("source") is None) for a in pred_acts):
        return "other_side_missing"
    if any(pair & {p["source"], p["target"]} for p in pred_stances):
        return "other_partner"
    if not pred_stances and not pred_acts:
        return "no_stance"
    return "other"


def sentence_groups(gold_sents: Sequence[dict[str, Any]],
                    pred_sents: Sequence[dict[str, Any]]) -> list[tuple[list[int], list[int]]]:
    """Connected groups of gold and predicted sentences whose spans overlap (indices into each list)."""
    events = [(s["start"], s["end"], 0, i) for i, s in enumerate(gold_sents)] + \
             [(s["start"], s["end"], 1, i) for i, s in enumerate(pred_sents)]
    events.sort()
    groups: list[tuple[list[int], list[int]]] = []
    group_end = -1
    for start, end, side, index in events:
        if not groups or start >= group_end:
            groups.append(([], []))
            group_end = end
        else:
            group_end = max(group_end, end)
        groups[-1][side].append(index)
    return groups


# --------------------------------------------------------------------------- one document


def _items(record: dict[str, Any], layer: str) -> list[dict[str, Any]]:
    return [item for sent in record["sentences"] for item in sent.get(layer, [])]


def _interval_key(item: dict[str, Any]) -> tuple[str, str] | None:
    interval = item.get("interval")
    return (interval["start"], interval["end"]) if interval else None


def _time_key(sent: dict[str, Any]) -> tuple[str, str] | None:
    time = sent.get("time")
    return (time["start"], time["end"]) if time else None


def _best_partner(sent: dict[str, Any], others: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    best, best_size = None, 0
    for other in others:
        size = _overlap((sent["start"], sent["end"]), (other["start"], other["end"]))
        if size > best_size:
            best, best_size = other, size
    return best


def evaluate_document(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Counts]:
    """Counts of every metric for one document (gold and prediction of the same text)."""
    if gold["text"] != pred["text"]:
        a, b = gold["text"], pred["text"]
        where = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        raise EvaluationError(f"document {gold['doc_id']!r}: gold and prediction texts differ from offset {where} "
                              f"(gold {a[where:where + 30]!r}, prediction {b[where:where + 30]!r}); "
                              "rebuild the gold or re-run the extraction")
    out: dict[str, Counts] = {}
    gold_dates, pred_dates = _items(gold, "dates"), _items(pred, "dates")
    out["date_extent_strict"] = match_spans(gold_dates, pred_dates, strict=True)
    out["date_extent_lenient"] = match_spans(gold_dates, pred_dates)
    out["date_value"] = match_spans(gold_dates, pred_dates, key=lambda d: d.get("value"))
    out["date_interval"] = match_spans([d for d in gold_dates if d.get("interval")],
                                       [d for d in pred_dates if d.get("interval")], key=_interval_key)
    gold_actors, pred_actors = _items(gold, "actors"), _items(pred, "actors")
    out["actor_extent_strict"] = match_spans(gold_actors, pred_actors, strict=True)
    out["actor_extent_lenient"] = match_spans(gold_actors, pred_actors)
    out["actor_id"] = match_spans(gold_actors, pred_actors, key=lambda a: a.get("id"))

    gold_sents, pred_sents = gold["sentences"], pred["sentences"]
    gold_stance_sents = [s for s in gold_sents if s.get("stances")]
    pred_stance_sents = [s for s in pred_sents if s.get("stances")]

    def overlaps_any(sent: dict[str, Any], others: Sequence[dict[str, Any]]) -> bool:
        return any(_overlap((sent["start"], sent["end"]), (o["start"], o["end"])) for o in others)

    found = sum(overlaps_any(s, pred_stance_sents) for s in gold_stance_sents)
    spurious = sum(not overlaps_any(s, gold_stance_sents) for s in pred_stance_sents)
    out["stance_sentence"] = Counts(found, spurious, len(gold_stance_sents) - found)

    dyad, polarity, category = Counts(), Counts(), Counts()
    for gold_idx, pred_idx in sentence_groups(gold_sents, pred_sents):
        g_stances = [st for i in gold_idx for st in gold_sents[i].get("stances", [])]
        p_stances = [st for j in pred_idx for st in pred_sents[j].get("stances", [])]
        tp = _stance_matches(g_stances, p_stances, None)
        dyad += Counts(tp, len(p_stances) - tp, len(g_stances) - tp)
        tp = _stance_matches(g_stances, p_stances, "polarity")
        polarity += Counts(tp, len(p_stances) - tp, len(g_stances) - tp)
        g_cat = [st for st in g_stances if st.get("category")]
        p_cat = [st for st in p_stances if st.get("category")]
        tp = _stance_matches(g_cat, p_cat, "category")
        category += Counts(tp, len(p_cat) - tp, len(g_cat) - tp)
    out["stance_dyad"] = dyad
    out["stance_dyad_polarity"] = polarity
    out["stance_category"] = category

    time = Counts()
    for sent in gold_sents:
        if _time_key(sent) is None:
            continue
        partner = _best_partner(sent, pred_sents)
        if partner is not None and _time_key(partner) == _time_key(sent):
            time.tp += 1
        else:
            time.fn += 1
    for sent in pred_sents:
        if _time_key(sent) is None:
            continue
        partner = _best_partner(sent, gold_sents)
        if partner is None or _time_key(partner) != _time_key(sent):
            time.fp += 1
    out["sentence_time"] = time
    return out


def stance_misses(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, int]:
    """How many of a document's gold stances are missed (dyad + polarity) for each of :data:`MISS_CAUSES`."""
    misses = dict.fromkeys(MISS_CAUSES, 0)
    gold_sents, pred_sents = gold["sentences"], pred["sentences"]
    for gold_idx, pred_idx in sentence_groups(gold_sents, pred_sents):
        g_stances = [st for i in gold_idx for st in gold_sents[i].get("stances", [])]
        p_stances = [st for j in pred_idx for st in pred_sents[j].get("stances", [])]
        missed = _unmatched_stances(g_stances, p_stances, "polarity")
        if missed:
            acts = [act for j in pred_idx for act in pred_sents[j].get("acts") or []]
            ids = {actor.get("id") for j in pred_idx for actor in pred_sents[j].get("actors", [])}
            gold_ids = {actor.get("id") for i in gold_idx for actor in gold_sents[i].get("actors", [])}
            for stance in missed:
                misses[miss_cause(stance, p_stances, acts, ids, gold_ids)] += 1
    return misses


# --------------------------------------------------------------------------- many documents


def _by_id(records: Iterable[dict[str, Any]], side: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for record in records:
        doc_id = record["doc_id"]
        if doc_id in out:
            raise EvaluationError(f"{side}: document {doc_id!r} appears more than once")
        out[doc_id] = record
    return out


def evaluate(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Compare gold and predicted records, matched by ``doc_id``.

    Documents present on one side only are skipped and listed under ``skipped``; raises
    :class:`EvaluationError` when no document is shared or a shared document's texts differ.
    Returns ``{"documents", "skipped", "metrics", "overall", "stance_misses", "per_document"}`` with a fixed
    key order; ``stance_misses`` counts the gold stances missed (dyad + polarity) by :data:`MISS_CAUSES`.
    """
    gold_by_id, pred_by_id = _by_id(gold, "gold"), _by_id(pred, "prediction")
    shared = sorted(set(gold_by_id) & set(pred_by_id))
    if not shared:
        raise EvaluationError("no document is in both gold and prediction (documents are matched by doc_id)")
    overall = {name: Counts() for name in METRICS}
    misses = dict.fromkeys(MISS_CAUSES, 0)
    per_document: dict[str, dict[str, Any]] = {}
    for doc_id in shared:
        counts = evaluate_document(gold_by_id[doc_id], pred_by_id[doc_id])
        for name in METRICS:
            overall[name] += counts[name]
        per_document[doc_id] = {name: counts[name].as_dict() for name in METRICS}
        for cause, n in stance_misses(gold_by_id[doc_id], pred_by_id[doc_id]).items():
            misses[cause] += n
    return {
        "documents": shared,
        "skipped": {"gold_only": sorted(set(gold_by_id) - set(pred_by_id)),
                    "prediction_only": sorted(set(pred_by_id) - set(gold_by_id))},
        "metrics": dict(METRICS),
        "overall": {name: overall[name].as_dict() for name in METRICS},
        "stance_misses": misses,
        "per_document": per_document,
    }


DEV_SPLIT = "dev"  # the split of a gold document whose meta names none


def split_of(record: dict[str, Any]) -> str:
    """A gold record's evaluation split: ``meta.split`` (``heldout``, ``test`` ...), else ``dev``."""
    return str((record.get("meta") or {}).get("split") or DEV_SPLIT)


def evaluate_files(gold: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                   pred: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                   exclude: Iterable[str] = (), splits: Iterable[str] = ()) -> dict[str, Any]:
    """:func:`evaluate` on annotation files or folders of ``.jsonl`` files (gold ``src/`` TOML is ignored),
    leaving out the documents in ``exclude`` on both sides and, when ``splits`` is given, every gold
    document whose split (:func:`split_of`) is not among them."""
    from afru_nlp.records import read_annotations

    left_out = set(exclude)
    wanted = set(splits)
    all_gold = [r for r in read_annotations(gold) if r["doc_id"] not in left_out]
    gold_records = [r for r in all_gold if not wanted or split_of(r) in wanted]
    if wanted and not gold_records:
        known = ", ".join(sorted({split_of(r) for r in all_gold})) or "none"
        raise EvaluationError(f"no gold document of split {', '.join(sorted(wanted))} (the gold has: {known})")
    if wanted:
        kept = {r["doc_id"] for r in gold_records}
        pred_records = [r for r in read_annotations(pred) if r["doc_id"] in kept]
    else:
        pred_records = [r for r in read_annotations(pred) if r["doc_id"] not in left_out]
    return evaluate(gold_records, pred_records)


# --------------------------------------------------------------------------- reporting


def _fmt(x: float | None) -> str:
    return "  —  " if x is None else f"{x:.3f}"


def format_table(result: dict[str, Any], per_document: bool = True) -> str:
    """Plain-text report: overall scores per metric, then (optionally) F1 per document and metric."""
    lines = [f"{len(result['documents'])} document(s) evaluated (micro-averaged over documents)", ""]
    header = f"{'metric':<22} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    lines += [header, "-" * len(header)]
    for name, m in result["overall"].items():
        lines.append(f"{name:<22} {_fmt(m['precision']):>6} {_fmt(m['recall']):>6} {_fmt(m['f1']):>6} "
                     f"{m['tp']:>5} {m['fp']:>5} {m['fn']:>5}")
    misses = result.get("stance_misses")
    if misses and any(misses.values()):
        total = sum(misses.values())
        lines += ["", f"missed gold stances (dyad + polarity) by cause, {total} in all:"]
        lines += [f"  {cause:<20} {n:>5}  {n / total:>4.0%}  {MISS_CAUSES[cause]}" for cause, n in misses.items()]
    if per_document and result["per_document"]:
        names = list(result["overall"])
        width = max(8, *(len(d) for d in result["per_document"]))
        lines += ["", "F1 per document:", ""]
        head = f"{'document':<{width}} " + " ".join(f"{SHORT_NAMES.get(n, n[:6]):>6}" for n in names)
        lines += [head, "-" * len(head)]
        for doc_id, metrics in result["per_document"].items():
            lines.append(f"{doc_id:<{width}} " + " ".join(f"{_fmt(metrics[n]['f1']):>6}" for n in names))
        legend = [f"{SHORT_NAMES.get(n, n)} = {n}" for n in names]
        lines += [""] + ["  ".join(legend[i:i + 4]) for i in range(0, len(legend), 4)]
    skipped = result["skipped"]
    if skipped["gold_only"] or skipped["prediction_only"]:
        lines.append("")
        if skipped["gold_only"]:
            lines.append("skipped (gold only): " + ", ".join(skipped["gold_only"]))
        if skipped["prediction_only"]:
            lines.append("skipped (prediction only): " + ", ".join(skipped["prediction_only"]))
    return "\n".join(lines) + "\n"


def without_per_document(result: dict[str, Any]) -> dict[str, Any]:
    """The result without its per-document part (for ``--no-per-doc``)."""
    return {k: v for k, v in result.items() if k != "per_document"}
