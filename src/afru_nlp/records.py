"""Annotation records: from a processed Doc to the contract's JSON object, validation, reading back.

Nothing here but :func:`doc_to_record` touches spaCy objects; reading and validating records works
without the model.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from afru_nlp.io import InputError, iter_jsonl

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from spacy.tokens import Doc

SCHEMA_VERSION = "1.1"  # 1.1 adds sentences[].acts (one-sided acts)


def sentence_id(doc_id: str, index: int) -> str:
    """Stable sentence id: document id and 1-based position."""
    return f"{doc_id}#s{index}"


def doc_to_record(doc: Doc, doc_id: str, meta: dict[str, Any], provenance: dict[str, Any]) -> dict[str, Any]:
    """The contract's record for one processed document."""
    from afru_nlp.components.token_arrays import sentences as doc_sentences
    from afru_nlp.extensions import ACTORS_KEY, DATES_KEY

    sentences = doc_sentences(doc)
    doc_text = doc.text  # rebuilt from the tokens on every access: read it once
    starts = [s.start_char for s in sentences]

    def bucket(spans: Iterable[Any]) -> list[list[Any]]:
        buckets: list[list[Any]] = [[] for _ in sentences]
        for span in sorted(spans, key=lambda s: (s.start_char, s.end_char)):
            index = bisect_right(starts, span.start_char) - 1
            if index >= 0:
                buckets[index].append(span)
        return buckets

    dates = bucket(doc.spans[DATES_KEY] if DATES_KEY in doc.spans else [])
    actors = bucket(doc.spans[ACTORS_KEY] if ACTORS_KEY in doc.spans else [])
    out_sentences = []
    for index, sent in enumerate(sentences, start=1):
        sid = sentence_id(doc_id, index)
        out_dates = _mentions(dates[index - 1], f"{sid}.d", lambda span: span._.afru_date)
        out_actors = _mentions(actors[index - 1], f"{sid}.a", lambda span: span._.afru_actor)
        out_stances = []
        for k, stance in enumerate(sent._.afru_stances or [], start=1):
            item = {"stance_id": f"{sid}.t{k}"}
            item.update(stance)
            out_stances.append(item)
        out_acts = []
        for k, act in enumerate(sent._.afru_acts or [], start=1):
            item = {"act_id": f"{sid}.e{k}"}
            item.update(act)
            out_acts.append(item)
        out_sentences.append({
            "id": sid,
            "start": sent.start_char,
            "end": sent.end_char,
            "text": doc_text[sent.start_char:sent.end_char],
            "dates": out_dates,
            "actors": out_actors,
            "time": sent._.afru_time,
            "stances": out_stances,
            "acts": out_acts,
        })
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc_id,
        "text": doc_text,
        "meta": meta,
        "provenance": provenance,
        "temporal": doc._.afru_temporal,
        "sentences": out_sentences,
    }


def _mentions(spans: list[Any], id_prefix: str, fields: Any) -> list[dict[str, Any]]:
    """Mention items: id, the span's text and offsets, then the component's fields."""
    items = []
    for k, span in enumerate(spans, start=1):
        item = {"mention_id": f"{id_prefix}{k}", "text": span.text, "start": span.start_char,
                "end": span.end_char}
        item.update(fields(span) or {})
        items.append(item)
    return items


# --------------------------------------------------------------------------- validation


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The JSON Schema of a record, as shipped in the package."""
    text = (resources.files("afru_nlp") / "resources" / "schema" / "record.schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(record_schema())


def _path(parts: Sequence[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(record)"


def record_problems(record: dict[str, Any]) -> list[str]:
    """Every way a record breaks the schema or the offset rules, as short messages (empty when valid)."""
    problems = [f"{_path(e.absolute_path)}: {e.message}" for e in
                sorted(_validator().iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))]
    if problems:
        return problems
    text = record["text"]

    def check_span(item: dict[str, Any], where: str, lo: int, hi: int) -> None:
        start, end = item["start"], item["end"]
        if not (lo <= start <= end <= hi):
            problems.append(f"{where}: offsets {start}..{end} outside {lo}..{hi}")
        elif text[start:end] != item["text"]:
            problems.append(f"{where}: text {item['text']!r} != text[{start}:{end}] {text[start:end]!r}")

    seen_ids: set[str] = set()
    previous_end = 0
    actor_ids = {a["id"] for s in record["sentences"] for a in s["actors"]}
    for i, sent in enumerate(record["sentences"]):
        where = f"sentences[{i}]"
        if sent["id"] in seen_ids:
            problems.append(f"{where}: duplicate sentence id {sent['id']!r}")
        seen_ids.add(sent["id"])
        if not (previous_end <= sent["start"] <= sent["end"] <= len(text)):
            problems.append(f"{where}: offsets {sent['start']}..{sent['end']} overlap or leave the text")
        previous_end = max(previous_end, sent["end"])
        if "text" in sent and text[sent["start"]:sent["end"]] != sent["text"]:
            problems.append(f"{where}: text does not match text[{sent['start']}:{sent['end']}]")
        lo, hi = sent["start"], sent["end"]
        for kind in ("dates", "actors"):
            for j, item in enumerate(sent[kind]):
                check_span(item, f"{where}.{kind}[{j}]", lo, hi)
        time = sent["time"]
        if time is not None and time["start"] > time["end"]:
            problems.append(f"{where}.time: start {time['start']} after end {time['end']}")
        for j, item in enumerate(sent["dates"]):
            interval = item.get("interval")
            if interval and interval["start"] > interval["end"]:
                problems.append(f"{where}.dates[{j}].interval: start after end")
        for j, stance in enumerate(sent["stances"]):
            for role in ("source", "target"):
                if stance[role] not in actor_ids:
                    problems.append(f"{where}.stances[{j}].{role}: {stance[role]!r} is no actor of the record")
            for c, cue in enumerate(stance["cues"]):
                check_span(cue, f"{where}.stances[{j}].cues[{c}]", 0, len(text))
        for j, act in enumerate(sent.get("acts") or []):
            parties = [act.get(role) for role in ("source", "target") if act.get(role) is not None]
            if len(parties) != 1:
                problems.append(f"{where}.acts[{j}]: an act names exactly one party (source or target)")
            for party in parties:
                if party not in actor_ids:
                    problems.append(f"{where}.acts[{j}]: {party!r} is no actor of the record")
            for c, cue in enumerate(act["cues"]):
                check_span(cue, f"{where}.acts[{j}].cues[{c}]", 0, len(text))
    return problems


@dataclass
class ValidationReport:
    """Result of validating annotation files: counts and the first failures with file and line."""

    records: int
    failures: list[str]

    @property
    def ok(self) -> bool:
        return not self.failures


def validate_files(paths: Iterable[str | os.PathLike[str]], max_failures: int = 20) -> ValidationReport:
    """Check every record of every file; collect at most ``max_failures`` messages ``file:line: ...``."""
    failures: list[str] = []
    count = 0
    for path in paths:
        for line, record in iter_jsonl(path):
            count += 1
            for problem in record_problems(record):
                if len(failures) < max_failures:
                    failures.append(f"{path}:{line}: {problem}")
    return ValidationReport(records=count, failures=failures)


# --------------------------------------------------------------------------- reading back


class Annotations(Sequence[dict[str, Any]]):
    """Annotation records read back from JSON Lines, with tidy pandas tables joinable by ids."""

    def __init__(self, records: list[dict[str, Any]]):
        self.records = records

    def __len__(self) -> int:
        return len(self.records)

    def __getitem__(self, index: Any) -> Any:
        return self.records[index]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.records)

    def __repr__(self) -> str:
        return f"Annotations({len(self.records)} records)"

    def by_id(self, doc_id: str) -> dict[str, Any]:
        for record in self.records:
            if record["doc_id"] == doc_id:
                return record
        raise KeyError(doc_id)

    def sentences(self) -> pd.DataFrame:
        """One row per sentence: ids, offsets, text, time interval and counts of each layer."""
        import pandas as pd

        rows = []
        for record in self.records:
            for sent in record["sentences"]:
                time = sent.get("time") or {}
                rows.append({
                    "doc_id": record["doc_id"], "sentence_id": sent["id"], "start": sent["start"],
                    "end": sent["end"], "text": record["text"][sent["start"]:sent["end"]],
                    "time_start": time.get("start"), "time_end": time.get("end"), "time_basis": time.get("basis"),
                    "n_dates": len(sent["dates"]), "n_actors": len(sent["actors"]),
                    "n_stances": len(sent["stances"]), "n_acts": len(sent.get("acts") or []),
                })
        return pd.DataFrame(rows, columns=["doc_id", "sentence_id", "start", "end", "text", "time_start",
                                           "time_end", "time_basis", "n_dates", "n_actors", "n_stances",
                                           "n_acts"])

    def _items(self, layer: str) -> pd.DataFrame:
        import pandas as pd

        rows = []
        for record in self.records:
            for sent in record["sentences"]:
                for item in sent.get(layer) or []:
                    row = {"doc_id": record["doc_id"], "sentence_id": sent["id"]}
                    for key, value in item.items():
                        if isinstance(value, dict):
                            for sub, subvalue in value.items():
                                row[f"{key}_{sub}"] = subvalue
                        elif isinstance(value, list):
                            row[key] = json.dumps(value, ensure_ascii=False)
                        else:
                            row[key] = value
                    rows.append(row)
        return pd.DataFrame(rows)

    def dates(self) -> pd.DataFrame:
        """One row per date mention (interval flattened to ``interval_start``/``interval_end``)."""
        return self._items("dates")

    def actors(self) -> pd.DataFrame:
        """One row per actor mention."""
        return self._items("actors")

    def stances(self) -> pd.DataFrame:
        """One row per stance (cues as a JSON string)."""
        return self._items("stances")

    def acts(self) -> pd.DataFrame:
        """One row per one-sided act (``source`` or ``target`` empty; cues as a JSON string)."""
        return self._items("acts")


def read_annotations(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Annotations:
    """Read annotation records from one or more JSONL files or folders of them."""
    from afru_nlp.io import annotation_files

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    records: list[dict[str, Any]] = []
    for path in annotation_files(paths):
        for line, record in iter_jsonl(path):
            if "sentences" not in record or "text" not in record or "doc_id" not in record:
                raise InputError(str(path), "not an annotation record (needs doc_id, text, sentences)", line)
            records.append(record)
    return Annotations(records)
