"""afru_paragraphs: a line break ends a sentence.

Headlines, datelines and chronology entries ("1989 – ...") sit on lines of their own without final
punctuation; the statistical parser often runs them into the next line. Marking the token after a line
break as a sentence start, before the parser runs, keeps them apart (the parser respects preset
boundaries). It costs one pass over the tokens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc


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
        after_break = False
        for token in doc:
            if after_break and not token.is_space:
                token.is_sent_start = True
                after_break = False
            elif _continues(doc, token):
                token.is_sent_start = False
            if "\n" in token.text or "\n" in token.whitespace_:
                after_break = token.i > 0 or token.is_space
        return doc

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, exclude: Any = ()) -> ParagraphBreaks:
        return self


@Language.factory("afru_paragraphs")
def make_paragraphs_component(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(name)
