"""Per-document token attributes as plain Python lists, computed once and shared by the components.

Creating a spaCy ``Token`` and reading one of its string attributes costs far more than indexing a list, and
several rules scan every token of a document (or of a sentence) only to find the few that can matter. Those
scans read the attribute from these lists instead and build ``Token`` objects only for the candidates.

``token_arrays(doc)`` returns the arrays of ``doc``; they are filled lazily, one attribute at a time, and kept
for the last document seen (the components run one document after the other).
"""

from __future__ import annotations

import weakref
from functools import cached_property
from typing import Any

from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY
from spacy.tokens import Doc, Span

_STRING_ATTRS = {"orth": ORTH, "lower": LOWER, "lemma": LEMMA, "dep": DEP, "pos": POS}
_STRING_OF: dict[int, str] = {}  # string hash (or symbol id) -> string, shared by all documents
_LOWER_OF: dict[str, str] = {}  # lemma -> lemma.lower(), shared by all documents
_STRING_MEMO_LIMIT = 500_000  # emptied beyond this many strings (a long run over many texts)


class TokenArrays:
    """Lists indexed by token position: ``text``, ``lower``, ``lemma_lower``, ``dep``, ``pos`` (strings),
    ``head`` (absolute index of each token's head), ``children`` (lists of indices) and ``line_start`` (a set
    of token positions). Each is computed on first use and then held as a plain attribute (``cached_property``:
    the rules read them in their inner loops)."""

    def __init__(self, doc: Doc):
        self._doc = weakref.ref(doc)
        self.length = len(doc)
        self._cache: dict[str, Any] = {}

    def _strings(self, name: str) -> list[str]:
        doc = self._doc()
        assert doc is not None
        return token_strings(doc, _STRING_ATTRS[name])

    def _get(self, name: str) -> Any:
        value = self._cache.get(name)
        if value is None:
            value = self._cache[name] = self._compute(name)
        return value

    def _compute(self, name: str) -> Any:
        if name == "text":
            return self._strings("orth")
        if name == "lemma_lower":
            # the lower-cased lemma of each lemma hash, kept across documents like the strings
            lemmas = self._strings("lemma")
            memo = _LOWER_OF
            if len(memo) > _STRING_MEMO_LIMIT:
                memo.clear()
            for lemma in set(lemmas).difference(memo):
                memo[lemma] = lemma.lower()
            return list(map(memo.__getitem__, lemmas))
        if name == "head":
            doc = self._doc()
            assert doc is not None
            # offsets come as unsigned 64-bit numbers: reinterpret them as signed (a head to the left is < 0)
            return [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        if name == "line_start":
            # token i opens a line: the first token, or the one after a space token or a token with a newline
            # (the test of actors._is_dateline)
            doc = self._doc()
            assert doc is not None
            texts = self.text
            spaces = doc.to_array(IS_SPACE).tolist()
            return {0} | {i + 1 for i in range(len(texts)) if spaces[i] or "\n" in texts[i]}
        if name == "doc_text":
            # ``Doc.text`` joins every token's ``text_with_ws``: the same string from the arrays
            doc = self._doc()
            assert doc is not None
            return "".join([text + " " if space else text
                            for text, space in zip(self.text, doc.to_array(SPACY).tolist(), strict=True)])
        if name == "children":
            # the indices of each token's children in ascending order, the order of ``Token.children``
            # (its left children, then its right ones)
            kids: list[list[int]] = [[] for _ in range(self.length)]
            for i, head in enumerate(self.head):
                if head != i:
                    kids[head].append(i)
            return kids
        return self._strings(name)

    @cached_property
    def text(self) -> list[str]:
        return self._get("text")

    @cached_property
    def lower(self) -> list[str]:
        return self._get("lower")

    @cached_property
    def lemma_lower(self) -> list[str]:
        return self._get("lemma_lower")

    @cached_property
    def dep(self) -> list[str]:
        return self._get("dep")

    @cached_property
    def pos(self) -> list[str]:
        return self._get("pos")

    @cached_property
    def head(self) -> list[int]:
        return self._get("head")

    @cached_property
    def children(self) -> list[list[int]]:
        return self._get("children")

    def subtree_set(self, i: int) -> set[int]:
        """The positions of ``doc[i].subtree`` (the token and its descendants), as a set."""
        kids = self.children
        out = {i}
        stack = [i]
        while stack:
            for child in kids[stack.pop()]:
                out.add(child)
                stack.append(child)
        return out

    @cached_property
    def doc_text(self) -> str:
        """``doc.text``, built without a ``Token`` per word."""
        return self._get("doc_text")

    @cached_property
    def line_start(self) -> set[int]:
        return self._get("line_start")

    @cached_property
    def sentences(self) -> list[Span]:
        """``list(doc.sents)`` (see ``sentences``)."""
        doc = self._doc()
        assert doc is not None
        return _sentences(doc)


def token_strings(doc: Doc, attr: int = ORTH) -> list[str]:
    """The string of one attribute (``ORTH``: ``Token.text``) of every token of ``doc``, without a ``Token``
    per word (not kept: for a component that reads the strings before the parser, as afru_paragraphs does)."""
    keys = doc.to_array(attr).tolist()
    # a hash stands for the same string in every vocabulary: the strings seen are kept across documents,
    # and only new hashes are looked up in the string store
    memo = _STRING_OF
    if len(memo) > _STRING_MEMO_LIMIT:
        memo.clear()
    strings = doc.vocab.strings
    for key in set(keys).difference(memo):
        memo[key] = strings[key]
    return list(map(memo.__getitem__, keys))


_last: list[TokenArrays] = []


def token_arrays(doc: Doc) -> TokenArrays:
    """The arrays of ``doc`` (recomputed when another document, or a retokenised one, comes)."""
    if _last and _last[0]._doc() is doc and _last[0].length == len(doc):
        return _last[0]
    arrays = TokenArrays(doc)
    _last[:] = [arrays]
    return arrays


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)`` from the sentence-start array: the same spans without creating a ``Token`` per
    word (a sentence starts where ``sent_start`` is 1, as ``Doc.sents`` decides). Computed once per document
    and shared by the components (a new list each call)."""
    return list(token_arrays(doc).sentences)


def _sentences(doc: Doc) -> list[Span]:
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return list(doc.sents)
    starts = [0] + [i for i, flag in enumerate(doc.to_array(SENT_START).tolist()) if flag == 1 and i > 0]
    ends = starts[1:] + [len(doc)]
    return [doc[a:b] for a, b in zip(starts, ends, strict=True) if a < b]
