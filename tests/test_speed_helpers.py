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
    assert model.predict(features, threshold=p + 0.01) == (label, p, None)  # below: no direction
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
    kept = candidates(lex, sent, mentions, [("CHL", "PER")], skip)
    assert [(c.a, c.b, c.features) for c in kept] == [
        (c.a, c.b, c.features) for c in every if frozenset((c.a, c.b)) not in skip]
    assert [(c.a, c.b) for c in kept] == [("CHL", "PER")]
    assert candidates(lex, sent, mentions, [("CHL", "PER")], {frozenset((c.a, c.b)) for c in every}) == []


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
