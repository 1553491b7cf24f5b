"""afru_dates: finds time expressions, normalises them, and anchors every sentence in time.

The recognition and normalisation are pure functions of the text (:mod:`afru_nlp.temporal`, precompiled
regexes over ``doc.text``), so the component costs a few regex passes per document and no re-parsing.
It writes ``doc.spans["afru_dates"]`` (one span per expression, ranges whole), ``doc.spans["afru_date_points"]``
(point expressions, ranges split at their connector: what TIMEX2 scoring expects), ``doc._.afru_temporal``
and ``sent._.afru_time`` for every sentence. Policy: docs/dates.md.
"""

from __future__ import annotations

from bisect import bisect_right

import json
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from afru_nlp import temporal
from afru_nlp.components.token_arrays import sentences as doc_sentences
from afru_nlp.components.token_arrays import token_arrays
from afru_nlp.extensions import DATES_KEY, register_extensions

POINTS_KEY = "afru_date_points"
NEWS_GENRES = frozenset({"news", "newswire", "article", "press", "press release", "report", "blog", "web",
                         "statement", "interview", "op-ed", "editorial"})
NARRATIVE_GENRES = frozenset({"essay", "encyclopedia", "encyclopaedia", "wikipedia", "history", "narrative",
                              "book", "chapter", "academic", "paper", "review", "biography", "thesis"})
# A sentence opening like this continues the time of the narrative even across a paragraph break.
_CONTINUATION = re.compile(
    r"^\W*(?:during\s+(?:this|that|the\s+same)|at\s+(?:this|that|the\s+same)|in\s+(?:this|that|the\s+same)|"
    r"by\s+then|meanwhile|then|later|subsequently|afterwards?|thereafter|soon\s+after|shortly\s+after|"
    r"since\s+then|from\s+then|following\s+this|after\s+this|after\s+that|in\s+the\s+meantime)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n")  # one line per paragraph (the corpus, WikiWars) or blank lines


def choose_mode(meta: dict[str, Any] | None) -> tuple[str, str | None]:
    """(mode, document date) for a document's metadata.

    ``meta.temporal_mode`` wins; else a news-like ``genre`` gives news and a narrative genre (essay,
    encyclopedia, history...) narrative; with no genre, a document with a ``published`` date is read as
    news and one without as a narrative.
    """
    meta = meta or {}
    published = meta.get("published")
    document = str(published)[:10] if published and temporal.point_from_iso(str(published)) else None
    forced = str(meta.get("temporal_mode") or "").lower()
    if forced in ("news", "narrative"):
        return forced, document
    genre = str(meta.get("genre") or "").strip().lower()
    if genre in NARRATIVE_GENRES:
        return "narrative", document
    if genre in NEWS_GENRES or not genre:
        return ("news" if document else "narrative"), document
    return "narrative", document


class DatesComponent:
    """The afru_dates pipe: regex tagger + resolution + sentence anchoring."""

    def __init__(self, nlp: Language, name: str, default_mode: str = "auto"):
        register_extensions()
        if not Span.has_extension("afru_point"):
            Span.set_extension("afru_point", default=None)
        self.name = name
        self.default_mode = default_mode
        self.lexicon = temporal.lexicon()
        self.recogniser = temporal.Recogniser(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.afru_meta or {}
        mode, document = choose_mode(meta)
        if self.default_mode in ("news", "narrative") and not meta.get("temporal_mode"):
            mode = self.default_mode
        text = token_arrays(doc).doc_text  # Doc.text, read once from the arrays the other components share
        mentions = temporal.resolve(self.recogniser.find(text), temporal.point_from_iso(document), mode)
        spans: list[Span] = []
        points: list[Span] = []
        last_end = -1
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.start_char < last_end:
                continue
            last_end = span.end_char
            span._.afru_date = mention.as_dict()
            spans.append(span)
            for (ps, pe), value in zip(mention.points, mention.point_values or [mention.value]):
                point = doc.char_span(ps, pe, label="point", alignment_mode="expand")
                if point is not None:  # own extension: same offsets would share afru_date's storage
                    point._.afru_point = {"value": value, "mod": mention.mod, "type": mention.type}
                    points.append(point)
        doc.spans[DATES_KEY] = spans
        doc.spans[POINTS_KEY] = points
        doc._.afru_temporal = {"mode": mode, "anchor": document}
        try:
            sentences = doc_sentences(doc)
        except ValueError:  # a pipeline without parser/senter has no sentences to place
            return doc
        self._anchor_sentences(sentences, text, spans, mode, document)
        return doc

    @staticmethod
    def _anchor_sentences(sentences: list[Span], text: str, spans: list[Span], mode: str,
                          document: str | None) -> None:
        """Every sentence gets a time: own dates, else inherited from the narrative, else the document's."""
        starts = [sent.start for sent in sentences]
        by_sentence: dict[int, list[Span]] = {}
        for span in spans:
            by_sentence.setdefault(starts[bisect_right(starts, span.start) - 1], []).append(span)
        document_interval = temporal.interval_for(document) if document else None
        previous: dict[str, str] | None = None
        previous_end = 0
        for sent in sentences:
            sent_text = text[sent.start_char:sent.end_char]  # = sent.text, without rebuilding it from tokens
            own, inherited, anaphoric = [], [], []
            for span in by_sentence.get(sent.start, []):
                item = span._.afru_date
                if item["interval"] is None or item["type"] not in ("DATE", "REFERENCE"):
                    continue
                interval = (item["interval"]["start"], item["interval"]["end"])
                if item["type"] == "REFERENCE":
                    anaphoric.append(interval)
                else:
                    (inherited if item.get("relative") else own).append(interval)
            time: dict[str, str] | None = None
            if anaphoric and not (own or inherited) and previous is not None:
                # "During this period": the period the narrative was just talking about
                time = {"start": previous["start"], "end": previous["end"], "basis": "inherited"}
            elif own or inherited or anaphoric:
                inherited += anaphoric
                start, end = temporal.hull(own or inherited)  # type: ignore[misc]
                time = {"start": start, "end": end, "basis": "own" if own else "inherited"}
            elif previous is not None and (
                    not _PARAGRAPH_BREAK.search(text, previous_end, sent.start_char)
                    or _CONTINUATION.match(sent_text)):
                time = {"start": previous["start"], "end": previous["end"], "basis": "inherited"}
            elif mode == "news" and document_interval is not None:
                time = {"start": document_interval[0], "end": document_interval[1], "basis": "document"}
            sent._.afru_time = time
            if time is None or time["basis"] != "document":
                previous = time  # an unplaced sentence breaks the chain
            previous_end = sent.start_char + len(sent_text.rstrip())  # trailing blank lines belong to the gap

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        """Save the lexicon the component runs with, so a saved pipeline is self-contained."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "lexicon.json").write_text(json.dumps(self.lexicon, ensure_ascii=False, indent=1, sort_keys=True),
                                             encoding="utf-8")
        (folder / "cfg.json").write_text(json.dumps({"default_mode": self.default_mode}), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Any = ()) -> "DatesComponent":
        folder = Path(path)
        lexicon_file = folder / "lexicon.json"
        if lexicon_file.exists():
            self.lexicon = json.loads(lexicon_file.read_text(encoding="utf-8"))
            self.recogniser = temporal.Recogniser(self.lexicon)
        cfg_file = folder / "cfg.json"
        if cfg_file.exists():
            self.default_mode = json.loads(cfg_file.read_text(encoding="utf-8")).get("default_mode", "auto")
        return self


@Language.factory("afru_dates", default_config={"default_mode": "auto"})
def make_dates_component(nlp: Language, name: str, default_mode: str = "auto") -> DatesComponent:
    """``default_mode``: auto (from each document's meta), or force news / narrative for every document."""
    return DatesComponent(nlp, name, default_mode)
