"""The learned stance model: pure linear scoring, candidate pairs and features, labels, the component's
model stances, saving, training and the CLI. Sentences are our own."""

from __future__ import annotations

import json
import math

import pytest
from click.testing import CliRunner

from afru_nlp.stance_model import (
    NONE,
    RELATION,
    Candidate,
    LinearModel,
    StanceModel,
    StanceModelError,
    candidates,
    dependency_path,
    gold_label,
    label_candidates,
    load_model,
    sentence_mentions,
)

from .conftest import REPO


def tiny_model(category_bias=(0.0, 2.0), threshold=0.5) -> StanceModel:
    """Every candidate is an ASSAULT (bias), read forward, unless a feature says otherwise."""
    category = LinearModel([NONE, "ASSAULT"], list(category_bias), {"SAMECOUNTRY": [5.0, 0.0]})
    direction = LinearModel(["backward", "forward"], [0.0, 1.0], {"RA:nsubjpass": [3.0, 0.0]})
    return StanceModel(category, direction, threshold, {"note": "hand-made"})


# --------------------------------------------------------------------------- pure parts


def test_probabilities_are_a_softmax_of_summed_weights():
    model = LinearModel(["NONE", "AID"], [0.0, 0.0], {"x": [0.0, math.log(3)]})
    assert model.probabilities(["x"])["AID"] == pytest.approx(0.75)
    assert model.probabilities(["x", "x", "unknown"])["AID"] == pytest.approx(0.75)  # a set of features
    assert model.probabilities([])["AID"] == pytest.approx(0.5)


def test_contributions_name_the_features_that_favour_a_label():
    model = LinearModel(["NONE", "AID"], [0.0, 0.0], {"good": [-1.0, 1.0], "bad": [1.0, -1.0], "mild": [0.0, 0.4]})
    assert [name for name, _ in model.contributions(["good", "bad", "mild"], "AID")] == ["good", "mild"]


def test_predict_gives_category_stance_probability_and_direction():
    model = tiny_model()
    label, p, direction = model.predict(["RA:nsubj"])
    assert (label, direction) == ("ASSAULT", "forward")
    assert p == pytest.approx(math.exp(2) / (1 + math.exp(2)))
    assert model.predict(["RA:nsubjpass"])[2] == "backward"
    assert model.predict(["SAMECOUNTRY"])[1] < 0.1


def test_a_model_that_knows_only_no_stance_predicts_none():
    model = StanceModel(LinearModel([NONE], [0.0]), LinearModel(["forward"], [0.0]))
    assert model.predict(["RA:nsubj"]) == (NONE, 0.0, "forward")


def test_model_json_round_trip(tmp_path):
    model = tiny_model()
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(path)
    assert again.predict(["RA:nsubjpass"]) == model.predict(["RA:nsubjpass"])
    assert again.threshold == 0.5 and again.meta == {"note": "hand-made"}


def test_bad_model_files_give_one_line_errors(tmp_path):
    with pytest.raises(StanceModelError, match="cannot read stance model .*missing.json"):
        load_model(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 99}', encoding="utf-8")
    with pytest.raises(StanceModelError, match="bad.json: format 99"):
        load_model(bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(StanceModelError, match="bad.json: not a stance model"):
        load_model(bad)


def _cand(a: str, b: str) -> Candidate:
    return Candidate(a, b, None, None, [])  # type: ignore[arg-type]


def test_gold_label_reads_category_and_direction():
    gold = [{"source": "PER", "target": "CHL", "category": "ACCUSE", "polarity": "conflictual", "symmetric": False},
            {"source": "ARG", "target": "BRA", "category": None, "polarity": "neutral", "symmetric": True}]
    assert gold_label(_cand("CHL", "PER"), gold) == ("ACCUSE", "backward")
    assert gold_label(_cand("PER", "CHL"), gold) == ("ACCUSE", "forward")
    assert gold_label(_cand("BRA", "ARG"), gold) == (RELATION, "symmetric")
    assert gold_label(_cand("BRA", "CHL"), gold) == (NONE, None)


def test_label_candidates_take_gold_of_overlapping_sentences():
    gold = {"sentences": [
        {"start": 0, "end": 10, "stances": [{"source": "A", "target": "B", "category": "AID", "symmetric": False}]},
        {"start": 11, "end": 20, "stances": []}]}
    found = [(0, _cand("B", "A"), True), (1, _cand("A", "B"), False)]
    examples = label_candidates("d", [(0, 10), (11, 20)], found, gold)
    assert [(e.sentence, e.category, e.direction, e.rule_pair) for e in examples] == [
        (0, "AID", "backward", True), (1, NONE, None, False)]


# --------------------------------------------------------------------------- parse-based parts


def _doc(nlp, text: str, dyads=()):
    from afru_nlp.pipeline import make_doc

    return nlp(make_doc(nlp, text, {"dyads": list(dyads)}))


def test_dependency_path_meets_at_the_verb(nlp):
    doc = _doc(nlp, "Brazil signed a trade agreement with Argentina.")
    brazil, argentina = doc[0], doc[6]
    up, lca, down = dependency_path(brazil, argentina)
    assert lca.lemma_ == "sign"
    assert [t.text for t in up] == ["Brazil"]
    assert down[0].text == "Argentina"


def test_candidates_pair_named_parties_and_the_absent_dyad_side(nlp):
    from afru_nlp.stance_rules import load_lexicon

    doc = _doc(nlp, "Chile and Bolivia signed a transit agreement in March.", dyads=["CHL-PER"])
    sent = next(doc.sents)
    mentions = sentence_mentions(sent, doc.spans["afru_actors"])
    assert [m.id for m in mentions] == ["CHL", "BOL"]
    found = {(c.a, c.b, c.b_head is None) for c in candidates(load_lexicon(), sent, mentions, [("CHL", "PER")])}
    assert found == {("CHL", "BOL", False), ("CHL", "PER", True), ("BOL", "PER", True)}


def test_candidate_features_read_roles_and_cues(nlp):
    from afru_nlp.stance_rules import load_lexicon

    doc = _doc(nlp, "Kenya accused Uganda of arming the rebels.")
    sent = next(doc.sents)
    (cand,) = candidates(load_lexicon(), sent, sentence_mentions(sent, doc.spans["afru_actors"]))
    assert {"RA:nsubj", "RB:dobj", "LCA:accuse", "LCAP:ACCUSE", "LCAP:conflictual", "SCAT:ACCUSE"} <= set(
        cand.features)


def test_no_candidate_between_an_official_and_the_state_they_serve(nlp):
    from afru_nlp.stance_rules import load_lexicon

    # (a registered president: "President Lula" alone is now a PER- fallback without a country)
    doc = _doc(nlp, "President Macron spoke in Paris on Monday.", dyads=["DEU-FRA"])
    sent = next(doc.sents)
    mentions = sentence_mentions(sent, doc.spans["afru_actors"])
    pairs = {(c.a, c.b) for c in candidates(load_lexicon(), sent, mentions, [("DEU", "FRA")])}
    assert all(b != "FRA" for _, b in pairs)  # Macron is France's: no Macron-France candidate


def _component_with(nlp, model: StanceModel):
    from afru_nlp.components.stance import StanceComponent

    component = StanceComponent(nlp, "afru_stance_model_test", use_model=False)
    component.model = model
    return component


def _run(nlp, component, text: str, dyads=()):
    from afru_nlp.pipeline import make_doc

    with nlp.select_pipes(disable=["afru_stance"]):
        doc = nlp(make_doc(nlp, text, {"dyads": list(dyads)}))
    return component(doc)


def test_model_stances_fill_pairs_the_rules_left_with_evidence(nlp):
    doc = _run(nlp, _component_with(nlp, tiny_model()), "Ecuador and Colombia share a long border.")
    (stance,) = next(doc.sents)._.afru_stances
    assert (stance["source"], stance["target"], stance["category"]) == ("ECU", "COL", "ASSAULT")
    assert stance["attribution"] == "model" and stance["polarity"] == "conflictual"
    assert 0.5 <= stance["confidence"] <= 1
    assert stance["cues"] and stance["cues"][0]["text"] == "share"
    assert stance["quad"] == "material_conflict"


def test_model_adds_nothing_where_the_rules_coded_the_pair(nlp):
    text = "Ecuador accused Colombia of bombing a camp."
    rules_only = _run(nlp, _component_with(nlp, tiny_model(category_bias=(9.0, 0.0))), text)
    with_model = _run(nlp, _component_with(nlp, tiny_model()), text)
    rule_stances = next(rules_only.sents)._.afru_stances
    assert any(s["category"] == "ACCUSE" for s in rule_stances)
    assert next(with_model.sents)._.afru_stances == rule_stances


def test_below_threshold_nothing_is_added(nlp):
    doc = _run(nlp, _component_with(nlp, tiny_model(threshold=0.99)), "Ecuador and Colombia share a long border.")
    assert next(doc.sents)._.afru_stances == []


def test_keep_takes_the_most_confident_pairs_above_the_threshold_up_to_the_cap():
    scored = [(0.6, "first"), (0.9, "second"), (0.2, "low"), (0.6, "fourth")]
    capped = tiny_model(threshold=0.5)
    capped.max_per_sentence = 2
    assert capped.keep(scored) == ["second", "first"]  # equal probabilities keep text order
    capped.max_per_sentence = 1
    assert capped.keep(scored) == ["second"]
    assert capped.keep([(0.4, "x")]) == []
    assert tiny_model(threshold=0.5).keep(scored) == ["second", "first", "fourth"]  # no cap: every pair above


def _ranked_model(max_per_sentence):
    """A stance for every pair, most likely for a subject read with a mention close to it (weights by hand:
    Peru-Bolivia 1/(1+e^-2) = 0.88, Peru-Paraguay and Bolivia-Paraguay 1/(1+e^-1) = 0.73)."""
    category = LinearModel([NONE, "ASSAULT"], [0.0, 0.0], {"RA:nsubj": [0.0, 1.0], "DIST:0": [0.0, 1.0]})
    direction = LinearModel(["backward", "forward"], [0.0, 1.0], {})
    return StanceModel(category, direction, 0.5, {}, max_per_sentence)


def test_at_most_max_per_sentence_model_stances_the_most_confident_first(nlp):
    text = "Peru, Bolivia and Paraguay share long borders."
    every = next(_run(nlp, _component_with(nlp, _ranked_model(None)), text).sents)._.afru_stances
    assert {(s["source"], s["target"]) for s in every} == {("PER", "BOL"), ("PER", "PRY"), ("BOL", "PRY")}
    (best,) = next(_run(nlp, _component_with(nlp, _ranked_model(1)), text).sents)._.afru_stances
    assert (best["source"], best["target"]) == ("PER", "BOL") and best["confidence"] == pytest.approx(0.881, abs=1e-3)


def test_max_per_sentence_is_saved_and_an_old_model_file_has_no_cap(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(_ranked_model(1).to_json(), encoding="utf-8")
    assert load_model(path).max_per_sentence == 1
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["max_per_sentence"]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_model(path).max_per_sentence is None


def _dyad_model():
    """A stance wherever a pair is the document's dyad (0.88), less likely with one side on it (0.73)."""
    category = LinearModel([NONE, "AID"], [0.0, 0.0], {"DYAD:2": [0.0, 2.0], "DYAD:1": [0.0, 1.0]})
    return StanceModel(category, LinearModel(["backward", "forward"], [0.0, 1.0], {}), 0.6, {}, 1)


@pytest.mark.parametrize(("dyad", "pair"), [(("PER", "CHL"), ("PER", "CHL")), (("BOL", "CHL"), ("BOL", "CHL"))])
def test_of_a_sentence_naming_three_parties_the_document_dyad_is_the_pair_kept(nlp, dyad, pair):
    text = "Peru, Bolivia and Chile share long borders."
    (kept,) = next(_run(nlp, _component_with(nlp, _dyad_model()), text, [dyad]).sents)._.afru_stances
    assert (kept["source"], kept["target"]) == pair


def test_document_features_read_the_dyad_and_how_often_each_side_is_named(nlp):
    from afru_nlp.stance_model import salience_ranks
    from afru_nlp.stance_rules import load_lexicon

    doc = nlp("Peru's envoy thanked Chile and Bolivia. Bolivia replied. Bolivia and Peru met in Lima.")
    ranks = salience_ranks(doc.spans["afru_actors"])
    assert ranks["BOL"] == 0 and ranks["PER"] == 1 and ranks["CHL"] == 2  # three, two and one mentions
    sent = next(doc.sents)
    mentions = sentence_mentions(sent, doc.spans["afru_actors"])
    feats = {(c.a, c.b): c.features for c in candidates(load_lexicon(), sent, mentions, [("CHL", "PER")], ranks)}
    assert {"DYAD:2", "SAL:top2", "SAL:top5", "SALAB:top2|top5"} <= set(feats["PER", "CHL"])
    assert "DYAD:1" in feats["PER", "BOL"] and "DYAD:0" not in feats["PER", "BOL"]
    assert "DYAD:1" in feats["CHL", "BOL"]


def test_the_detection_model_gives_the_polarity_and_the_category_follows_it():
    category = LinearModel([NONE, "AID", "ASSAULT"], [0.0, 2.0, 1.0], {})  # AID alone would win
    detection = LinearModel([NONE, "conflictual", "cooperative"], [0.0, 0.0, 0.0], {"PC:conflictual": [0.0, 3.0, 0.0]})
    model = StanceModel(category, LinearModel(["forward"], [0.0]), 0.5, {}, None, detection,
                        {"AID": "cooperative", "ASSAULT": "conflictual"})
    label, p_stance, _ = model.predict(["PC:conflictual"])
    assert label == "ASSAULT" and p_stance == pytest.approx(1 - 1 / (1 + math.exp(3) + 1))
    assert model.predict([])[0] == "AID"  # polarities tie: the later name (cooperative) wins the tie, then AID
    again = StanceModel.from_json(model.to_json())
    assert again.detection.weights == detection.weights and again.polarities == model.polarities


def test_saved_pipeline_carries_its_model(nlp, tmp_path):
    component = _component_with(nlp, tiny_model())
    component.to_disk(tmp_path / "stance")
    assert (tmp_path / "stance" / "model.json").exists()
    from afru_nlp.components.stance import StanceComponent

    fresh = StanceComponent(nlp, "afru_stance_reloaded").from_disk(tmp_path / "stance")
    assert fresh.model is not None and fresh.model.meta == {"note": "hand-made"}


# --------------------------------------------------------------------------- training and the shipped model


def test_fit_linear_learns_a_separable_toy_problem():
    pytest.importorskip("sklearn")
    from afru_nlp.stance_model import fit_linear

    rows = [["war", "x"], ["war", "y"], ["war"], ["aid"], ["aid", "x"], ["aid", "y"], ["once"]]
    labels = ["ASSAULT", "ASSAULT", "ASSAULT", "AID", "AID", "AID", "AID"]
    model = fit_linear(rows, labels, c=10.0)
    assert max(model.probabilities(["war"]).items(), key=lambda kv: kv[1])[0] == "ASSAULT"
    assert max(model.probabilities(["aid"]).items(), key=lambda kv: kv[1])[0] == "AID"
    assert "once" not in model.weights  # seen in one row only


def test_shipped_model_is_trained_on_every_development_document_and_no_held_out_one():
    from afru_nlp.evaluate import split_of
    from afru_nlp.records import read_annotations

    meta = load_model().meta
    held_out = set(meta["excluded_splits"])
    assert {"test8", "test9", "test10"} <= held_out  # the splits nobody has read errors on stay new text for the model
    gold = list(read_annotations(REPO / "annotations" / "gold"))
    assert set(meta["doc_ids"]) == {r["doc_id"] for r in gold if split_of(r) not in held_out}


def test_cli_extract_with_the_shipped_model(tmp_path):
    from afru_nlp.cli import cli

    text = tmp_path / "t.txt"
    text.write_text("Peru and Chile signed a fisheries accord in Lima.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(text), "--stance-model", "-o", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["sentences"][0]["stances"]  # the rules code the accord; nothing breaks with the model on
    assert record["provenance"]["stance_model"]["documents"] == load_model().meta["documents"]


def test_cli_extract_with_a_missing_model_is_a_one_line_error(tmp_path):
    from afru_nlp.cli import cli

    text = tmp_path / "t.txt"
    text.write_text("Peru and Chile met.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(text), "--stance-model", str(tmp_path / "none.json")])
    assert result.exit_code == 1
    assert "cannot read stance model" in result.output and "Traceback" not in result.output


def test_with_model_stances_adds_only_confident_pairs_the_rules_left():
    from afru_nlp.stance_model import Example
    from afru_nlp.stance_rules import load_lexicon
    from afru_nlp.training import with_model_stances

    rule = {"source": "A", "target": "B", "polarity": "cooperative", "category": "AID"}
    records = {"d": {"sentences": [{"stances": [rule]}]}}

    def ex(a, b, rule_pair):
        return Example("d", 0, a, b, False, [], NONE, None, rule_pair)

    predictions = [(ex("A", "B", True), "ASSAULT", 0.9, "forward"),  # the rules coded A-B: kept as is
                   (ex("A", "C", False), "ASSAULT", 0.8, "backward"),
                   (ex("B", "C", False), "AID", 0.1, "forward")]  # below the threshold
    merged = with_model_stances(records, predictions, 0.3, load_lexicon())
    assert merged["d"]["sentences"][0]["stances"] == [rule, {
        "source": "C", "target": "A", "symmetric": False, "polarity": "conflictual", "score": 0.0,
        "category": "ASSAULT", "cues": []}]
    assert records["d"]["sentences"][0]["stances"] == [rule]  # the input is not changed
    alone = with_model_stances(records, predictions, 0.3, load_lexicon(), replace=True)
    assert [(s["source"], s["target"]) for s in alone["d"]["sentences"][0]["stances"]] == [("A", "B"), ("C", "A")]


def test_with_model_stances_caps_each_sentence_like_the_component():
    from afru_nlp.stance_model import Example
    from afru_nlp.stance_rules import load_lexicon
    from afru_nlp.training import with_model_stances

    records = {"d": {"sentences": [{"stances": []}, {"stances": []}]}}

    def ex(sentence, a, b):
        return Example("d", sentence, a, b, False, [], NONE, None, False)

    predictions = [(ex(0, "A", "B"), "AID", 0.6, "forward"), (ex(0, "A", "C"), "AID", 0.7, "forward"),
                   (ex(1, "B", "C"), "AID", 0.4, "forward")]
    merged = with_model_stances(records, predictions, 0.3, load_lexicon(), max_per_sentence=1)
    assert [[(s["source"], s["target"]) for s in sent["stances"]] for sent in merged["d"]["sentences"]] == [
        [("A", "C")], [("B", "C")]]


def test_cli_train_stance_on_three_documents(tmp_path):
    pytest.importorskip("sklearn")
    from afru_nlp.cli import cli

    out = tmp_path / "model.json"
    keep_out = [x for split in ("dev", "heldout", "test", "test2", "test3", "test4", "test5", "test6", "test8", "test9", "test10") for x in ("--exclude-split", split)]
    result = CliRunner().invoke(cli, ["train-stance", str(REPO / "annotations" / "gold"), "--corpus",
                                      str(REPO / "corpus"), *keep_out, "--cross-validate", "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stderr[: result.stderr.rindex("}") + 1])
    assert report["documents"] == 3 and 0 <= report["model@0.3"]["stance_dyad_polarity"]["f1"] <= 1
    model = load_model(out)
    assert model.meta["documents"] == 3 and model.meta["positives"] > 10
    assert NONE in model.category.classes and model.category.weights


def test_a_saved_pipeline_with_the_model_loads_with_it(tmp_path):
    import spacy

    from afru_nlp import load_pipeline

    nlp = load_pipeline(stance_model=True)
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    stance = again.get_pipe("afru_stance")
    assert stance.model is not None
    assert stance.model.meta["doc_ids"] == load_model().meta["doc_ids"]


def test_shipped_model_is_what_training_on_the_current_gold_gives():
    """Fails when the gold, the candidates or the features change without retraining (README, train-stance)."""
    pytest.importorskip("sklearn")
    from afru_nlp.io import read_directory
    from afru_nlp.records import read_annotations
    from afru_nlp.training import train_on_gold

    shipped = load_model()
    fresh, _ = train_on_gold(list(read_directory(REPO / "corpus")),
                             read_annotations(REPO / "annotations" / "gold"),
                             shipped.meta["excluded_splits"], shipped.threshold, shipped.meta["c_category"])
    for part in ("category", "direction", "detection"):
        old, new = getattr(shipped, part), getattr(fresh, part)
        assert new.classes == old.classes
        assert set(new.as_dict()["weights"]) == set(old.weights), f"{part}: other features; retrain the model"
        worst = max(abs(a - b) for f, row in old.weights.items() for a, b in zip(row, new.weights[f], strict=True))
        assert worst < 0.02, f"{part}: weights moved by {worst:.3f}; retrain the model"


def test_the_default_pipeline_carries_the_shipped_model_and_rules_only_does_not(nlp, default_nlp):
    assert default_nlp.get_pipe("afru_stance").model is not None
    assert default_nlp.get_pipe("afru_stance").model.meta["doc_ids"] == load_model().meta["doc_ids"]
    assert nlp.get_pipe("afru_stance").model is None  # the session's rules-only pipeline


def test_cli_extract_rules_only_writes_no_model_stances(tmp_path):
    from afru_nlp.cli import cli

    text = tmp_path / "t.txt"
    # the rules code the talks; "tensions ... over water" between the same two is left to the model
    text.write_text("Kyrgyzstan and Tajikistan held border talks. Tensions between Bishkek and Dushanbe over "
                    "water rose in the spring.", encoding="utf-8")
    runner = CliRunner()
    default_out, rules_out = tmp_path / "default.jsonl", tmp_path / "rules.jsonl"
    assert runner.invoke(cli, ["extract", str(text), "-o", str(default_out)]).exit_code == 0
    result = runner.invoke(cli, ["extract", str(text), "--rules-only", "-o", str(rules_out)])
    assert result.exit_code == 0, result.output
    default, rules = (json.loads(p.read_text(encoding="utf-8")) for p in (default_out, rules_out))
    assert "stance_model" in default["provenance"] and "stance_model" not in rules["provenance"]
    assert not [s for sent in rules["sentences"] for s in sent["stances"] if s.get("attribution") == "model"]
    rule_stances = [s for sent in default["sentences"] for s in sent["stances"] if s.get("attribution") != "model"]
    assert rule_stances == [s for sent in rules["sentences"] for s in sent["stances"]]  # the model only adds


def test_cli_extract_rules_only_with_a_stance_model_is_a_usage_error(tmp_path):
    from afru_nlp.cli import cli

    text = tmp_path / "t.txt"
    text.write_text("Peru and Chile met.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(text), "--rules-only", "--stance-model"])
    assert result.exit_code == 2 and "exclude each other" in result.output
