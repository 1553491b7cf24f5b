"""afru_dates: finds time expressions, normalises them, and anchors every sentence in time.

FIRST VERSION (foundation): years and year ranges only. The temporal-tagger issue replaces it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from afru_nlp.extensions import DATES_KEY, register_extensions

_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b")


class DatesComponent:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match in _YEAR.finditer(doc.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            year = match.group(1)
            span._.afru_date = {"value": year, "interval": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
                                "granularity": "year", "mod": None, "type": "DATE"}
            spans.append(span)
        doc.spans[DATES_KEY] = spans
        doc._.afru_temporal = {"mode": "narrative", "anchor": None}
        for sent in doc.sents:
            own = [s for s in spans if s.start >= sent.start and s.end <= sent.end]
            if own:
                iv = own[0]._.afru_date["interval"]
                sent._.afru_time = {"start": iv["start"], "end": iv["end"], "basis": "own"}
        return doc

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, exclude: Any = ()) -> "DatesComponent":
        return self


@Language.factory("afru_dates")
def make_dates_component(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent(nlp, name)
