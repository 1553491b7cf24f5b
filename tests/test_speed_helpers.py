"""Exact speed-ups must not change results: the learned model's threshold short cut, candidates leaving out
the pairs the rules coded, mentions bucketed per sentence, and the summed weights. Sentences are our own."""

from __future__ import annotations

import math

import pytest

from afru_nlp.components.stance import _spans_by_sentence
from afru_nlp.stance_model import NONE, LinearModel, StanceModel, candidates, sentence_mentions

from .test_stance_model import _doc, tiny_model


def test_predict_with_a_threshold_skips_only_the_direction_below_it():
    model = tiny_model(category_bias=(0.0, 2.0))
    features = ["RA:nsubjpass"]
    label, p, direction = model.predict(features)
    assert model.predict(features, threshold=p - 0.01) == (label, p, direction)  # above: the same answer
    assert model.predict(features, threshold=p + 0.01) == (NONE, p, None)  # below: no stance, no direction
    only_none = StanceModel(LinearModel([NONE], [0.0]), LinearModel(["forward"], [0.0]))
    assert only_none.predict(["x"], threshold=0.5) == (NONE, 0.0, "forward")


def test_probabilities_sum_weights_per_class():
    model = LinearModel(["A", "B", "C"], [0.5, 0.0, -0.5], {"x": [1.0, 2.0, 3.0], "y": [0.25, 0.0, -1.0]})
    probs = model.probabilities(["x", "y", "x", "unseen"])
    totals = [0.5 + 1.0 + 0.25, 0.0 + 2.0 + 0.0, -0.5 + 3.0 - 1.0]
    norm = sum(math.exp(t) for t in totals)
    assert [probs[c] for c in "ABC"] == pytest.approx([math.exp(t) / norm for t in totals])


def test_candidates_leave_out_skipped_pairs_and_keep_the_others_unchanged(nlp):
    from afru_nlp.stance_rules import load_lexicon

    lex = load_lexicon()
    doc = _doc(nlp, "Chile and Bolivia signed a transit agreement in March.", dyads=["CHL-PER"])
    sent = next(doc.sents)
    mentions = sentence_mentions(sent, doc.spans["afru_actors"])
    every = candidates(lex, sent, mentions, [("CHL", "PER")])
    skip = {frozenset(("CHL", "BOL")), frozenset(("BOL", "PER"))}
    kept = candidates(lex, sent, mentions, [("CHL", "PER")], skip=skip)
    assert [(c.a, c.b, c.features) for c in kept] == [
        (c.a, c.b, c.features) for c in every if frozenset((c.a, c.b)) not in skip]
    assert [(c.a, c.b) for c in kept] == [("CHL", "PER")]
    assert candidates(lex, sent, mentions, [("CHL", "PER")], skip={frozenset((c.a, c.b)) for c in every}) == []


def test_spans_by_sentence_gives_each_sentence_its_own_mentions(nlp):
    doc = _doc(nlp, "Norway thanked Iceland. Later, Denmark met Sweden and Finland.\nEstonia protested.")
    sentences = list(doc.sents)
    spans = list(doc.spans["afru_actors"])
    buckets = _spans_by_sentence(sentences, spans)
    assert len(buckets) == len(sentences)
    for sent, bucket in zip(sentences, buckets, strict=True):
        assert bucket == [s for s in spans if s.start >= sent.start and s.end <= sent.end]
        assert sentence_mentions(sent, bucket) == sentence_mentions(sent, spans)
    assert sum(map(len, buckets)) == len(spans) >= 5


# --------------------------------------------------------------------------- afru_paragraphs on arrays


def _reference_breaks(doc) -> list:
    """The boundaries afru_paragraphs sets, one Token at a time (its former loop, kept as the reference)."""
    from afru_nlp.components.paragraphs import _continues

    marks = [None] * len(doc)
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            marks[token.i] = True
            after_break = False
        elif _continues(doc, token):
            marks[token.i] = False
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = token.i > 0 or token.is_space
    return marks


@pytest.mark.parametrize("text", [
    "Lisbon, 3 May\nPortugal and Spain signed a water treaty.\n\nThe talks went on\nand ended late.",
    "\n\nA heading\n  \nBrazil protested.\nor not",
    "One line only, and no break.",
    "",
    "Trailing break\n",
    "1998 –\nAccord signed.\nnor this\r\nOr that",
])
def test_paragraph_breaks_match_the_token_loop(nlp, text):
    from afru_nlp.components.paragraphs import ParagraphBreaks

    doc = nlp.make_doc(text)
    expected = _reference_breaks(doc)
    ParagraphBreaks("p")(doc)
    for token, mark in zip(doc, expected, strict=True):
        if mark is not None:
            assert token.is_sent_start is mark, (text, token.i)
        elif token.i > 0:
            assert token.is_sent_start is None, (text, token.i)


def test_paragraph_breaks_refuse_a_parsed_document_as_spacy_does(nlp):
    from afru_nlp.components.paragraphs import ParagraphBreaks

    doc = nlp("Chile protested.\nPeru replied.")
    with pytest.raises(ValueError):
        ParagraphBreaks("p")(doc)
    ParagraphBreaks("p")(nlp("No line break here."))  # nothing to set: no error


def test_token_strings_are_the_token_texts(nlp):
    from spacy.attrs import LOWER

    from afru_nlp.components.token_arrays import token_strings

    doc = nlp.make_doc("Ghana  and TOGO\nsigned.")
    assert token_strings(doc) == [t.text for t in doc]
    assert token_strings(doc, LOWER) == [t.lower_ for t in doc]


def test_below_the_threshold_only_the_detection_model_runs():
    class Untouchable(LinearModel):
        def probabilities(self, features):
            raise AssertionError("the category model ran below the threshold")

    detection = LinearModel([NONE, "conflictual", "cooperative"], [2.0, 0.0, 0.0])  # P(stance) = 2 / (e² + 2)
    model = StanceModel(Untouchable([NONE, "AGREE"], [0.0, 0.0]), LinearModel(["forward"], [0.0]), threshold=0.5,
                        detection=detection, polarities={"AGREE": "cooperative"})
    label, p, direction = model.predict(["x"], threshold=0.5)
    assert (label, direction) == (NONE, None) and abs(p - 2 / (math.e ** 2 + 2)) < 1e-9
