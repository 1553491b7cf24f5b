"""The spaCy extension attributes the afru components write and the record builder reads.

One place declares them so components stay independent of each other and of ``records.py``:

- ``Doc._.afru_meta``: the input document's metadata (``published``, ``genre``, ...), set before the
  pipeline runs (see :func:`afru_nlp.pipeline.make_doc`).
- ``Doc._.afru_temporal``: how relative dates were resolved in this document
  (``{"mode": "news"|"narrative", "anchor": "YYYY-MM-DD"|None}``), written by ``afru_dates``.
- ``doc.spans["afru_dates"]`` with ``Span._.afru_date`` (value, interval, granularity, mod, ...).
- ``doc.spans["afru_actors"]`` with ``Span._.afru_actor`` (id, name, type, country, ...).
- ``Span._.afru_time`` on sentence spans: the sentence's time, written by ``afru_dates``.
- ``Span._.afru_stances`` on sentence spans: list of stance dicts, written by ``afru_stance``.
- ``Span._.afru_acts`` on sentence spans: list of one-sided act dicts (one party named), by ``afru_stance``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DATES_KEY = "afru_dates"
ACTORS_KEY = "afru_actors"

_DOC_EXTENSIONS = ("afru_meta", "afru_temporal")
_SPAN_EXTENSIONS = ("afru_date", "afru_actor", "afru_time", "afru_stances", "afru_acts")


def register_extensions() -> None:
    """Declare every afru extension once; safe to call many times."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
