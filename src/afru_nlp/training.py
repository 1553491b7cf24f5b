"""Training and cross-validating the learned stance model from gold annotations.

The pipeline runs with the rules only and keeps every candidate pair (``collect_candidates``); each
candidate is labelled from the gold sentences it overlaps (:func:`afru_nlp.stance_model.label_candidates`).
Training needs scikit-learn (the ``train`` extra); the model it writes is read without it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from typing import Any

from afru_nlp.evaluate import evaluate, split_of
from afru_nlp.io import Document
from afru_nlp.stance_model import (
    DEFAULT_MAX_PER_SENTENCE,
    DEFAULT_THRESHOLD,
    NONE,
    RELATION,
    Example,
    LinearModel,
    StanceModel,
    StanceModelError,
    label_candidates,
    train,
)
from afru_nlp.stance_rules import Lexicon, load_lexicon


def rules_pipeline(model: str | None = None) -> Any:
    """The pipeline with the rules only, keeping every candidate pair for labelling."""
    from afru_nlp.pipeline import load_pipeline

    nlp = load_pipeline(model, stance_model=False)
    nlp.get_pipe("afru_stance").collect_candidates = True
    return nlp


def collect(documents: Sequence[Document], gold: dict[str, dict[str, Any]], nlp: Any,
            ) -> tuple[list[Example], dict[str, dict[str, Any]]]:
    """Labelled candidates of every document that has gold, and the rules' records of those documents."""
    from afru_nlp.pipeline import process, provenance
    from afru_nlp.records import doc_to_record

    wanted = [d for d in documents if d.id in gold]
    prov = provenance(nlp)
    examples: list[Example] = []
    records: dict[str, dict[str, Any]] = {}
    for document, doc in zip(wanted, process(nlp, ((d.text, d.meta) for d in wanted)), strict=True):
        spans = [(s.start_char, s.end_char) for s in doc.sents]
        examples.extend(label_candidates(document.id, spans, doc.user_data.get("afru_stance_candidates", []),
                                         gold[document.id]))
        records[document.id] = doc_to_record(doc, document.id, document.meta, prov)
    return examples, records


Prediction = tuple[Example, str, float, str]  # candidate, category, probability of a stance, direction


def predict_all(model: StanceModel, examples: Iterable[Example]) -> list[Prediction]:
    return [(e, *model.predict(e.features)) for e in examples]


def with_model_stances(records: dict[str, dict[str, Any]], predictions: Iterable[Prediction], threshold: float,
                       lex: Lexicon, replace: bool = False, max_per_sentence: int | None = None,
                       ) -> dict[str, dict[str, Any]]:
    """Copies of the rules' records with the stances the predictions add at ``threshold`` where the rules
    coded none, at most ``max_per_sentence`` (the most confident) per sentence, as the component adds them
    (for scoring only: dyad, polarity and category, no cues). ``replace``: the model alone."""
    out = {d: copy.deepcopy(r) for d, r in records.items()}
    if replace:
        for record in out.values():
            for sent in record["sentences"]:
                sent["stances"] = []
    by_sentence: dict[tuple[str, int], list[tuple[float, Prediction]]] = {}
    for prediction in predictions:
        e, p_stance = prediction[0], prediction[2]
        if e.doc_id in out and not (e.rule_pair and not replace):
            by_sentence.setdefault((e.doc_id, e.sentence), []).append((p_stance, prediction))
    policy = StanceModel(LinearModel([NONE], [0.0]), LinearModel([NONE], [0.0]), threshold, {}, max_per_sentence)
    for scored in by_sentence.values():
        for e, label, p_stance, direction in policy.keep(scored):
            source, target = (e.b, e.a) if direction == "backward" else (e.a, e.b)
            category = None if label == RELATION else label
            out[e.doc_id]["sentences"][e.sentence]["stances"].append({
                "source": source, "target": target, "symmetric": direction == "symmetric",
                "polarity": lex.polarity(category), "score": 0.0, "category": category, "cues": []})
    return out


def leave_one_out(examples: Sequence[Example], records: dict[str, dict[str, Any]],
                  gold: dict[str, dict[str, Any]], thresholds: Sequence[float], c: float = 0.5,
                  max_per_sentence: int | None = DEFAULT_MAX_PER_SENTENCE) -> dict[str, Any]:
    """Leave-one-document-out scores of rules alone, model alone and rules + model at each threshold (at most
    ``max_per_sentence`` model stances per sentence, as the shipped model adds them)."""
    lex = load_lexicon()
    doc_ids = sorted({e.doc_id for e in examples} & set(records))
    predictions: list[Prediction] = []
    for doc_id in doc_ids:
        model = train([e for e in examples if e.doc_id != doc_id], c_category=c)
        predictions.extend(predict_all(model, [e for e in examples if e.doc_id == doc_id]))
    golds = [gold[d] for d in doc_ids]
    mine = {d: records[d] for d in doc_ids}
    result: dict[str, Any] = {"documents": len(doc_ids), "rules": _stance_scores(evaluate(golds, mine.values()))}
    for threshold in thresholds:
        for mode, replace in (("model", True), ("rules+model", False)):
            merged = with_model_stances(mine, predictions, threshold, lex, replace, max_per_sentence)
            result[f"{mode}@{threshold}"] = _stance_scores(evaluate(golds, [merged[d] for d in doc_ids]))
    return result


def _stance_scores(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    overall = result["overall"]
    return {k: overall[k] for k in ("stance_sentence", "stance_dyad_polarity", "stance_category")}


def training_splits(gold_records: Iterable[dict[str, Any]], exclude_splits: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Gold records by document id, without the splits kept out of training."""
    left_out = set(exclude_splits)
    return {r["doc_id"]: r for r in gold_records if split_of(r) not in left_out}


def train_on_gold(documents: Sequence[Document], gold_records: Iterable[dict[str, Any]],
                  exclude_splits: Iterable[str] = (), threshold: float = DEFAULT_THRESHOLD, c: float = 0.5,
                  cross_validate: bool = False, spacy_model: str | None = None,
                  cv_thresholds: Sequence[float] = (0.2, 0.3, 0.4, 0.5, 0.6)) -> tuple[StanceModel, dict[str, Any]]:
    """A model trained on every gold document outside ``exclude_splits`` (and, with ``cross_validate``,
    its leave-one-document-out scores)."""
    from afru_nlp import __version__

    gold = training_splits(gold_records, exclude_splits)
    known = {d.id for d in documents}
    missing = sorted(set(gold) - known)
    if missing:
        raise StanceModelError(f"gold document {missing[0]!r} is not in the corpus folder")
    if not gold:
        raise StanceModelError("no gold document left to train on")
    examples, records = collect(documents, gold, rules_pipeline(spacy_model))
    meta = {"documents": len(gold), "doc_ids": sorted(gold), "excluded_splits": sorted(set(exclude_splits)),
            "afru_nlp": __version__}
    model = train(examples, c_category=c, threshold=threshold, meta=meta)
    report = leave_one_out(examples, records, gold, cv_thresholds, c) if cross_validate else {}
    return model, report
