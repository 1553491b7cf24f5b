"""Extraction: a pure function from (document, pipeline) to record, applied to a stream."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language

from afru_nlp.io import Document, InputError
from afru_nlp.pipeline import load_pipeline, process, provenance
from afru_nlp.records import doc_to_record


def as_documents(items: Iterable[str | dict[str, Any] | Document]) -> Iterator[Document]:
    """Accept plain strings (ids ``doc1``, ``doc2``...), input-record dicts or Documents."""
    for number, item in enumerate(items, start=1):
        if isinstance(item, Document):
            yield item
        elif isinstance(item, str):
            yield Document(id=f"doc{number}", text=item)
        elif isinstance(item, dict):
            if not isinstance(item.get("text"), str):
                raise InputError("<records>", "input record has no string 'text'", number)
            yield Document(id=str(item.get("id") or f"doc{number}"), text=item["text"],
                           meta=dict(item.get("meta") or {}), source=f"<records>:{number}")
        else:
            raise InputError("<records>", f"cannot annotate a {type(item).__name__}", number)


def extract(
    items: Iterable[str | dict[str, Any] | Document] | str,
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 16,
) -> Iterator[dict[str, Any]]:
    """Annotate texts, input records or Documents; yield one contract record per document, in order."""
    if isinstance(items, str):
        items = [items]
    if nlp is None:
        nlp = load_pipeline(model)
    prov = provenance(nlp)
    # Documents are consumed lazily alongside the docs, so memory stays flat on long streams.
    pending: list[Document] = []

    def feed() -> Iterator[tuple[str, dict[str, Any]]]:
        for document in as_documents(items):
            pending.append(document)
            yield document.text, document.meta

    for doc in process(nlp, feed(), batch_size=batch_size):
        document = pending.pop(0)
        yield doc_to_record(doc, document.id, document.meta, prov)
