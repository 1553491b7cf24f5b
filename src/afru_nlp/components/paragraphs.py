"""afru_paragraphs: a line break ends a sentence; afru_entries: a chronology entry's date line stays with it.

Headlines, datelines and chronology entries ("1989 – ...") sit on lines of their own without final
punctuation; the statistical parser often runs them into the next line. Marking the token after a line
break as a sentence start, before the parser runs, keeps them apart (the parser respects preset
boundaries). It costs one pass over the tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from afru_nlp.components.token_arrays import token_strings


def _continues(doc: Doc, token) -> bool:
    """A lower-case conjunction inside a line ("China and Afghanistan ...") never starts a sentence; the
    parser sometimes cuts a line-initial name off its coordination (after a one-word heading)."""
    return token.i > 0 and token.is_lower and token.lower_ in _CONJUNCTIONS \
        and doc[token.i - 1].text not in (".", "!", "?", ";", ":") and not token.is_space


_CONJUNCTIONS = frozenset({"and", "or", "nor"})


class ParagraphBreaks:
    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # the words and space flags read as arrays, the boundaries written as one array: setting
        # ``Token.is_sent_start`` one token at a time scans the whole document each time (spaCy checks it is
        # unparsed), quadratic in a long document with many lines
        texts = token_strings(doc)
        spaces = doc.to_array(IS_SPACE).tolist()
        marks: dict[int, int] = {}  # token -> 1 (starts a sentence) or -1 (does not)
        after_break = False
        for i, text in enumerate(texts):
            if after_break and not spaces[i]:
                marks[i] = 1
                after_break = False
            elif text in _CONJUNCTIONS and _continues(doc, doc[i]):  # (only a conjunction can continue)
                marks[i] = -1
            if "\n" in text:  # (a token's trailing whitespace is one space or none: never a line break)
                after_break = i > 0 or bool(spaces[i])
        if marks:
            if doc.has_annotation("DEP"):
                first = min(marks)
                doc[first].is_sent_start = marks[first] == 1  # raises, as spaCy does for a parsed document
            starts = doc.to_array(SENT_START).astype("int64")
            for i, value in marks.items():
                starts[i] = value
            doc.from_array([SENT_START], starts.astype("uint64"))
        return doc

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, exclude: Any = ()) -> ParagraphBreaks:
        return self


_DASHES = frozenset({"–", "—", "-", "‒"})
_DATE_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                         "sep", "sept", "oct", "nov", "dec", "early", "late", "mid", "spring", "summer", "autumn",
                         "winter", "c.", "circa"})


def _date_words(span) -> bool:
    """A piece of a chronology entry's date line ("1978 –", "15 May 1992", "–"): date words and dashes only."""
    words = [t for t in span if not t.is_space]
    return 1 <= len(words) <= 6 and all(
        t.like_num or t.lower_ in _DATE_WORDS or t.is_punct or any(c.isdigit() for c in t.text) for t in words)


def _dash_first(sent) -> bool:
    """An entry cut before its dash ("1833" | "– British forces ..."): the dash opens the entry's part."""
    words = [t for t in sent if not t.is_space]
    return len(words) > 1 and words[0].text in _DASHES


class EntryDates:
    """afru_entries (after the parser): the parser often cuts a chronology entry's date line ("1978 –")
    off the entry it dates, though the line break (afru_paragraphs) only bounds the entry as a whole; the
    date fragment is attached to the entry's root as an adverbial (like "In 1978, ..."), so the entry is
    one sentence again and "the sentence before" means the previous entry."""

    def __init__(self, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        pending: list = []  # date-line pieces before the entry, on its line ("1977", "–")
        for sent in list(doc.sents):
            last = sent[-1]
            if len(sent) <= 8 and _date_words(sent):
                pending.append(sent)
                if "\n" in last.whitespace_ or last.is_space:
                    pending = []  # a date alone on its line is a heading, not part of an entry
                continue
            if pending and (pending[-1][-1].text in _DASHES or _dash_first(sent)):
                for fragment in pending:
                    fragment.root.head = sent.root
                    fragment.root.dep_ = "npadvmod"
            pending = []
        return doc

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, exclude: Any = ()) -> EntryDates:
        return self


@Language.factory("afru_entries")
def make_entries_component(nlp: Language, name: str) -> EntryDates:
    return EntryDates(name)


@Language.factory("afru_paragraphs")
def make_paragraphs_component(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)
