"""afru_nlp.evaluate: metrics on hand-built records (expected counts worked out by hand), damage to each
layer lowers its metric (hand-built and real gold), sentence splits do not matter, and the CLI."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from afru_nlp.cli import cli
from afru_nlp.evaluate import (
    METRICS,
    MISS_CAUSES,
    Counts,
    EvaluationError,
    evaluate,
    evaluate_document,
    match_spans,
    miss_cause,
    sentence_groups,
    stance_misses,
)
from afru_nlp.io import write_jsonl

REPO = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((REPO / "annotations" / "gold").glob("*.jsonl"))

TEXT = "Russia attacked Georgia in 2008. Talks between NATO and Russia began in May 2009."
S1_END = TEXT.index(".") + 1          # 32
S2_START = S1_END + 1                 # 33


def span(text: str, n: int = 1, **fields):
    """A span item for the n-th occurrence of ``text`` in TEXT."""
    start = -1
    for _ in range(n):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text), **fields}


def date(text, value, interval, n=1):
    return span(text, n, value=value, interval={"start": interval[0], "end": interval[1]} if interval else None)


def actor(text, actor_id, n=1):
    return span(text, n, id=actor_id, name=actor_id, type="state", country=actor_id)


def stance(source, target, category, polarity, symmetric=False):
    return {"source": source, "target": target, "category": category, "polarity": polarity,
            "symmetric": symmetric, "score": 0.0, "cues": []}


def gold_record(doc_id="d1"):
    """Two sentences: 2 dates, 5 actor mentions, 2 stances (one symmetric), both sentences timed."""
    return {
        "doc_id": doc_id, "text": TEXT, "meta": {}, "provenance": {},
        "sentences": [
            {"id": f"{doc_id}#s1", "start": 0, "end": S1_END,
             "dates": [date("2008", "2008", ("2008-01-01", "2008-12-31"))],
             "actors": [actor("Russia", "RUS"), actor("Georgia", "GEO")],
             "time": {"start": "2008-01-01", "end": "2008-12-31", "basis": "own"},
             "stances": [stance("RUS", "GEO", "ASSAULT", "conflictual")]},
            {"id": f"{doc_id}#s2", "start": S2_START, "end": len(TEXT),
             "dates": [date("May 2009", "2009-05", ("2009-05-01", "2009-05-31"))],
             "actors": [actor("NATO", "NATO"), actor("Russia", "RUS", n=2)],
             "time": {"start": "2009-05-01", "end": "2009-05-31", "basis": "own"},
             "stances": [stance("NATO", "RUS", "CONSULT", "cooperative", symmetric=True)]},
        ],
    }


def scores(gold, pred):
    return {name: (c.tp, c.fp, c.fn) for name, c in evaluate_document(gold, pred).items()}


# --------------------------------------------------------------------------- hand-built records


def test_identical_records_score_one_everywhere():
    result = evaluate([gold_record()], [gold_record()])
    for name in METRICS:
        assert result["overall"][name]["f1"] == 1.0, name
    assert scores(gold_record(), gold_record())["actor_id"] == (4, 0, 0)
    assert scores(gold_record(), gold_record())["stance_dyad_polarity"] == (2, 0, 0)


def test_shifted_date_extent_fails_strict_but_not_lenient():
    pred = gold_record()
    pred["sentences"][0]["dates"] = [date("in 2008", "2008", ("2008-01-01", "2008-12-31"))]
    s = scores(gold_record(), pred)
    assert s["date_extent_strict"] == (1, 1, 1)   # "May 2009" exact; "in 2008" vs "2008" not
    assert s["date_extent_lenient"] == (2, 0, 0)
    assert s["date_value"] == (2, 0, 0)


def test_wrong_value_and_interval_count_as_error_and_miss():
    pred = gold_record()
    pred["sentences"][1]["dates"] = [date("May 2009", "2009", ("2009-01-01", "2009-12-31"))]
    s = scores(gold_record(), pred)
    assert s["date_extent_strict"] == (2, 0, 0)
    assert s["date_value"] == (1, 1, 1)
    assert s["date_interval"] == (1, 1, 1)
    result = evaluate([gold_record()], [pred])["overall"]["date_value"]
    assert result["precision"] == 0.5 and result["recall"] == 0.5 and result["f1"] == 0.5


def test_lenient_matching_is_one_to_one():
    gold = [{"start": 0, "end": 9}]                       # "1979-1989"
    pred = [{"start": 0, "end": 4}, {"start": 5, "end": 9}]   # "1979" and "1989"
    assert match_spans(gold, pred) == Counts(1, 1, 0)
    assert match_spans(gold, pred, strict=True) == Counts(0, 2, 1)


def test_lenient_matching_prefers_the_larger_overlap():
    gold = [{"start": 0, "end": 10, "id": "A"}, {"start": 10, "end": 20, "id": "B"}]
    pred = [{"start": 8, "end": 18, "id": "B"}]
    assert match_spans(gold, pred) == Counts(1, 0, 1)
    assert match_spans(gold, pred, key=lambda a: a["id"]) == Counts(1, 0, 1)


def test_changed_actor_id_lowers_only_actor_id():
    pred = gold_record()
    pred["sentences"][0]["actors"][1]["id"] = "UKR"
    s = scores(gold_record(), pred)
    assert s["actor_extent_strict"] == (4, 0, 0)
    assert s["actor_id"] == (3, 1, 1)


def test_missing_and_extra_actor_mentions():
    pred = gold_record()
    del pred["sentences"][1]["actors"][0]            # NATO missed
    pred["sentences"][0]["actors"].append(actor("Talks", "ORG-talks"))  # spurious
    s = scores(gold_record(), pred)
    assert s["actor_extent_lenient"] == (3, 1, 1)
    assert s["actor_id"] == (3, 1, 1)


def test_dropped_stance_lowers_stance_metrics():
    pred = gold_record()
    pred["sentences"][0]["stances"] = []
    s = scores(gold_record(), pred)
    assert s["stance_sentence"] == (1, 0, 1)
    assert s["stance_dyad"] == (1, 0, 1)
    assert s["stance_dyad_polarity"] == (1, 0, 1)
    assert s["stance_category"] == (1, 0, 1)


def test_flipped_polarity_lowers_polarity_but_not_category():
    pred = gold_record()
    pred["sentences"][0]["stances"][0]["polarity"] = "cooperative"
    s = scores(gold_record(), pred)
    assert s["stance_dyad_polarity"] == (1, 1, 1)
    assert s["stance_category"] == (2, 0, 0)
    assert s["stance_sentence"] == (2, 0, 0)
    assert s["stance_dyad"] == (2, 0, 0)


def test_swapped_category_lowers_category_but_not_polarity():
    pred = gold_record()
    pred["sentences"][0]["stances"][0]["category"] = "COERCE"   # same (conflictual) polarity
    s = scores(gold_record(), pred)
    assert s["stance_dyad_polarity"] == (2, 0, 0)
    assert s["stance_category"] == (1, 1, 1)


def test_direction_matters_unless_symmetric():
    pred = gold_record()
    pred["sentences"][0]["stances"][0].update(source="GEO", target="RUS")       # directed: wrong
    pred["sentences"][1]["stances"][0].update(source="RUS", target="NATO")      # symmetric: fine
    s = scores(gold_record(), pred)
    assert s["stance_dyad_polarity"] == (1, 1, 1)
    assert s["stance_dyad"] == (1, 1, 1)


def test_stance_in_the_wrong_sentence_does_not_match():
    pred = gold_record()
    moved = pred["sentences"][0]["stances"].pop()
    pred["sentences"][1]["stances"].append(moved)
    s = scores(gold_record(), pred)
    assert s["stance_sentence"] == (1, 0, 1)
    assert s["stance_dyad_polarity"] == (1, 1, 1)


def test_sentence_time():
    pred = gold_record()
    pred["sentences"][0]["time"] = {"start": "2008-01-01", "end": "2009-12-31", "basis": "own"}
    pred["sentences"][1]["time"] = None
    assert scores(gold_record(), pred)["sentence_time"] == (0, 1, 2)


def merged(record):
    """The same annotations with the two sentences merged into one (a different sentence split)."""
    out = copy.deepcopy(record)
    first, second = out["sentences"]
    out["sentences"] = [{"id": "x#s1", "start": first["start"], "end": second["end"],
                         "dates": first["dates"] + second["dates"], "actors": first["actors"] + second["actors"],
                         "time": first["time"], "stances": first["stances"] + second["stances"]}]
    return out


def test_different_sentence_split_does_not_change_mentions_or_stances():
    s = scores(gold_record(), merged(gold_record()))
    for name in ("date_extent_strict", "date_extent_lenient", "date_value", "date_interval",
                 "actor_extent_strict", "actor_extent_lenient", "actor_id"):
        assert s[name] == scores(gold_record(), gold_record())[name], name
    assert s["stance_dyad_polarity"] == (2, 0, 0)
    assert s["stance_category"] == (2, 0, 0)
    assert s["stance_sentence"] == (2, 0, 0)


def test_sentence_groups_join_overlapping_sentences():
    gold = [{"start": 0, "end": 10}, {"start": 11, "end": 20}, {"start": 21, "end": 30}]
    pred = [{"start": 0, "end": 20}, {"start": 21, "end": 30}]
    assert sentence_groups(gold, pred) == [([0, 1], [0]), ([2], [1])]


def test_undefined_scores_are_none():
    assert Counts(0, 0, 0).as_dict() == {"precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    assert Counts(0, 3, 0).precision == 0.0 and Counts(0, 3, 0).recall is None and Counts(0, 3, 0).f1 == 0.0


def test_micro_average_over_documents():
    pred_a = gold_record("a")
    pred_b = gold_record("b")
    pred_b["sentences"][0]["actors"][1]["id"] = "UKR"
    result = evaluate([gold_record("a"), gold_record("b")], [pred_a, pred_b])
    assert result["documents"] == ["a", "b"]
    assert result["per_document"]["a"]["actor_id"]["f1"] == 1.0
    assert result["per_document"]["b"]["actor_id"]["f1"] == 0.75
    overall = result["overall"]["actor_id"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (7, 1, 1)
    assert overall["f1"] == 0.875


def test_documents_on_one_side_are_skipped():
    result = evaluate([gold_record("a"), gold_record("b")], [gold_record("a"), gold_record("c")])
    assert result["documents"] == ["a"]
    assert result["skipped"] == {"gold_only": ["b"], "prediction_only": ["c"]}


def test_errors():
    other = gold_record()
    other["text"] = TEXT.replace("2008", "2009")
    with pytest.raises(EvaluationError, match="texts differ"):
        evaluate([gold_record()], [other])
    with pytest.raises(EvaluationError, match="no document"):
        evaluate([gold_record("a")], [gold_record("b")])
    with pytest.raises(EvaluationError, match="more than once"):
        evaluate([gold_record("a"), gold_record("a")], [gold_record("a")])


def test_result_is_deterministic_with_fixed_key_order():
    pred = gold_record()
    pred["sentences"][0]["dates"] = []
    first = json.dumps(evaluate([gold_record()], [pred]))
    assert first == json.dumps(evaluate([gold_record()], [copy.deepcopy(pred)]))
    result = json.loads(first)
    assert list(result) == ["documents", "skipped", "metrics", "overall", "stance_misses", "per_document"]
    assert list(result["overall"]) == list(METRICS)
    assert result["overall"]["date_extent_strict"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667,
                                                       "tp": 1, "fp": 0, "fn": 1}


def act(source, target, category="ASSAULT", polarity="conflictual"):
    return {"source": source, "target": target, "category": category, "polarity": polarity, "cues": []}


@pytest.mark.parametrize("pred_stances, acts, ids, cause", [
    ([stance("RUS", "GEO", "AID", "cooperative")], [], {"RUS", "GEO"}, "polarity"),
    ([stance("GEO", "RUS", "ASSAULT", "conflictual")], [], {"RUS", "GEO"}, "direction"),
    ([], [act("RUS", None)], {"RUS"}, "party_not_linked"),           # Georgia never linked
    ([], [act("RUS", None)], {"RUS", "GEO"}, "other_side_missing"),
    ([], [act(None, "GEO")], {"RUS", "GEO"}, "other_side_missing"),
    ([stance("RUS", "UKR", "ASSAULT", "conflictual")], [], {"RUS", "GEO", "UKR"}, "other_partner"),
    ([], [], {"RUS", "GEO"}, "no_stance"),
    ([stance("USA", "UKR", "AID", "cooperative")], [act("GBR", None)], {"RUS", "GEO", "USA", "UKR", "GBR"},
     "other"),
])
def test_miss_cause_takes_the_first_cause_that_holds(pred_stances, acts, ids, cause):
    assert miss_cause(stance("RUS", "GEO", "ASSAULT", "conflictual"), pred_stances, acts, ids) == cause


def test_a_party_the_gold_sentence_does_not_name_either_is_implicit():
    gold = stance("RUS", "GEO", "ASSAULT", "conflictual")
    assert miss_cause(gold, [], [act("RUS", None)], {"RUS"}, gold_actor_ids={"RUS"}) == "party_implicit"
    assert miss_cause(gold, [], [act("RUS", None)], {"RUS"}, gold_actor_ids={"RUS", "GEO"}) == "party_not_linked"


def test_a_symmetric_gold_stance_coded_the_other_way_round_with_another_polarity_is_a_polarity_miss():
    gold = stance("NATO", "RUS", "CONSULT", "cooperative", symmetric=True)
    assert miss_cause(gold, [stance("RUS", "NATO", "REJECT", "conflictual")], [], {"RUS", "NATO"}) == "polarity"


def test_stance_misses_count_only_the_missed_gold_stances():
    pred = gold_record()
    assert stance_misses(gold_record(), pred) == dict.fromkeys(MISS_CAUSES, 0)
    pred["sentences"][0]["stances"] = []                       # RUS->GEO lost, Georgia still linked
    pred["sentences"][0]["acts"] = [act("RUS", None)]
    pred["sentences"][1]["actors"] = [actor("Russia", "RUS", n=2)]  # NATO (named in the gold sentence) not linked
    pred["sentences"][1]["stances"] = []
    misses = stance_misses(gold_record(), pred)
    assert misses["other_side_missing"] == 1 and misses["party_not_linked"] == 1 and sum(misses.values()) == 2
    result = evaluate([gold_record()], [pred])
    assert result["stance_misses"] == misses
    assert result["overall"]["stance_dyad_polarity"]["fn"] == sum(misses.values())


def test_the_table_lists_the_miss_causes():
    from afru_nlp.evaluate import format_table

    pred = gold_record()
    pred["sentences"][0]["stances"] = []
    table = format_table(evaluate([gold_record()], [pred]))
    assert "missed gold stances (dyad + polarity) by cause, 1 in all:" in table
    assert "no_stance" in table and MISS_CAUSES["no_stance"] in table


# --------------------------------------------------------------------------- real gold, perturbed


def _gold_records():
    if not GOLD_FILES:
        pytest.skip("no annotations/gold/*.jsonl yet")
    from afru_nlp.records import read_annotations

    return list(read_annotations(GOLD_FILES))


def _first(record, layer, where=lambda item: True):
    for sent in record["sentences"]:
        for item in sent[layer]:
            if where(item):
                return sent, item
    return None, None


PERTURBATIONS = {
    # name: (function that damages a record in place and says whether it could, metrics that must drop)
    "shift_date_extent": ("date_extent_strict",),
    "change_date_value": ("date_value",),
    "change_date_interval": ("date_interval",),
    "change_actor_id": ("actor_id",),
    "drop_actor": ("actor_extent_strict", "actor_extent_lenient"),
    "drop_stances_of_sentence": ("stance_sentence", "stance_dyad", "stance_dyad_polarity", "stance_category"),
    "flip_polarity": ("stance_dyad_polarity",),
    "swap_category": ("stance_category",),
    "change_sentence_time": ("sentence_time",),
}


def _perturb(record, name) -> bool:
    if name == "shift_date_extent":
        _, item = _first(record, "dates", lambda d: d["start"] > 0)
        if item:
            item["start"] -= 1
            item["text"] = record["text"][item["start"]:item["end"]]
    elif name in ("change_date_value", "change_date_interval"):
        _, item = _first(record, "dates", lambda d: d.get("interval"))
        if item:
            if name == "change_date_value":
                item["value"] = "1066"
            else:
                item["interval"] = {"start": "1066-01-01", "end": "1066-12-31"}
    elif name == "change_actor_id":
        _, item = _first(record, "actors")
        if item:
            item["id"] = "XXX"
    elif name == "drop_actor":
        sent, item = _first(record, "actors")
        if item:
            sent["actors"].remove(item)
    elif name == "drop_stances_of_sentence":
        sent, item = _first(record, "stances")
        if item:
            sent["stances"] = []
    elif name == "flip_polarity":
        _, item = _first(record, "stances", lambda s: s["polarity"] != "neutral")
        if item:
            item["polarity"] = "cooperative" if item["polarity"] == "conflictual" else "conflictual"
    elif name == "swap_category":
        _, item = _first(record, "stances", lambda s: s.get("category"))
        if item:
            item["category"] = "ASSAULT" if item["category"] != "ASSAULT" else "COERCE"
    elif name == "change_sentence_time":
        sent = next((s for s in record["sentences"] if s["time"]), None)
        if sent:
            sent["time"] = {"start": "1066-01-01", "end": "1066-12-31", "basis": "own"}
        item = sent
    return item is not None


@pytest.mark.parametrize("name", sorted(PERTURBATIONS))
def test_damage_to_real_gold_lowers_its_metric(name, tmp_path):
    records = _gold_records()
    damaged = copy.deepcopy(records)
    changed = [_perturb(r, name) for r in damaged]
    if not any(changed):
        pytest.skip(f"no gold item to damage for {name}")
    write_jsonl(records, tmp_path / "gold.jsonl")
    write_jsonl(damaged, tmp_path / "pred.jsonl")
    from afru_nlp.evaluate import evaluate_files

    baseline = evaluate_files(tmp_path / "gold.jsonl", tmp_path / "gold.jsonl")["overall"]
    result = evaluate_files(tmp_path / "gold.jsonl", tmp_path / "pred.jsonl")["overall"]
    for metric in PERTURBATIONS[name]:
        assert baseline[metric]["f1"] == 1.0
        assert result[metric]["f1"] < 1.0, metric
    untouched = {"shift_date_extent": "actor_id", "change_actor_id": "date_value", "flip_polarity": "stance_dyad",
                 "swap_category": "stance_dyad_polarity", "change_date_value": "stance_category"}
    if name in untouched:
        assert result[untouched[name]]["f1"] == baseline[untouched[name]]["f1"]


def test_merging_real_gold_sentences_keeps_mention_scores(tmp_path):
    records = copy.deepcopy(_gold_records())
    for record in records:
        sents = record["sentences"]
        merged_sents = []
        for i in range(0, len(sents), 2):
            pair = sents[i:i + 2]
            merged_sents.append({"id": pair[0]["id"], "start": pair[0]["start"], "end": pair[-1]["end"],
                                 "dates": [d for s in pair for d in s["dates"]],
                                 "actors": [a for s in pair for a in s["actors"]],
                                 "time": pair[0]["time"], "stances": [t for s in pair for t in s["stances"]]})
        record["sentences"] = merged_sents
    result = evaluate(_gold_records(), records)["overall"]
    for metric in ("date_extent_strict", "date_value", "date_interval", "actor_extent_strict", "actor_id",
                   "stance_sentence", "stance_dyad_polarity", "stance_category"):
        assert result[metric]["f1"] in (1.0, None), metric


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def files(tmp_path):
    gold_dir = tmp_path / "gold"
    (gold_dir / "src").mkdir(parents=True)
    (gold_dir / "src" / "d1.toml").write_text('doc_id = "d1"\n', encoding="utf-8")  # ignored: not .jsonl
    write_jsonl([gold_record()], gold_dir / "d1.jsonl")
    pred = gold_record()
    pred["sentences"][0]["actors"][1]["id"] = "UKR"
    extra = gold_record("only-pred")
    write_jsonl([pred, extra], tmp_path / "pred.jsonl")
    return gold_dir, tmp_path / "pred.jsonl"


def test_cli_table(files):
    gold_dir, pred = files
    result = CliRunner().invoke(cli, ["evaluate", str(gold_dir), str(pred)])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if line.startswith("actor_id"))
    assert row.split() == ["actor_id", "0.750", "0.750", "0.750", "3", "1", "1"]
    assert "F1 per document" in result.stdout
    assert "only-pred" in result.stderr


def test_cli_json_to_file(files, tmp_path):
    gold_dir, pred = files
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(cli, ["evaluate", str(gold_dir), str(pred), "--json", "-o", str(out),
                                      "--no-per-doc"])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "per_document" not in data
    assert data["overall"]["actor_id"]["f1"] == 0.75
    assert data["overall"]["date_value"]["f1"] == 1.0
    assert data["skipped"]["prediction_only"] == ["only-pred"]


def test_cli_errors_are_one_line(files, tmp_path):
    gold_dir, _ = files
    other = gold_record()
    other["text"] = TEXT.upper()
    write_jsonl([other], tmp_path / "bad.jsonl")
    result = CliRunner().invoke(cli, ["evaluate", str(gold_dir), str(tmp_path / "bad.jsonl")])
    assert result.exit_code == 1
    assert "texts differ" in result.output and "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["evaluate", str(gold_dir), str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_exclude_leaves_a_document_out_on_both_sides(tmp_path):
    """--exclude drops a document from gold and prediction alike (no 'only in gold' warning)."""
    from click.testing import CliRunner

    from afru_nlp.cli import cli

    gold_dir = REPO / "annotations" / "gold"
    if not any(gold_dir.glob("*.jsonl")):
        pytest.skip("no gold files")
    runner = CliRunner()
    full = runner.invoke(cli, ["evaluate", str(gold_dir), str(gold_dir), "--json"])
    cut = runner.invoke(cli, ["evaluate", str(gold_dir), str(gold_dir), "--json",
                              "--exclude", "afghanistan-russia-relations"])
    assert full.exit_code == 0 and cut.exit_code == 0
    full_docs = json.loads(full.stdout)["documents"]
    cut_docs = json.loads(cut.stdout)["documents"]
    assert "afghanistan-russia-relations" in full_docs
    assert "afghanistan-russia-relations" not in cut_docs
    assert len(cut_docs) == len(full_docs) - 1
    assert "warning" not in cut.stderr


def test_split_keeps_only_gold_documents_of_that_split(tmp_path):
    """--split heldout scores only gold documents whose meta.split is 'heldout'; 'dev' means no split."""
    dev = gold_record("d1")
    held = gold_record("d2")
    held["meta"] = {"split": "heldout"}
    wrong = copy.deepcopy(held)
    for sent in wrong["sentences"]:
        sent["stances"] = []  # the held-out prediction misses every stance
    write_jsonl([dev, held], tmp_path / "gold.jsonl")
    write_jsonl([dev, wrong], tmp_path / "pred.jsonl")
    runner = CliRunner()
    only_held = json.loads(runner.invoke(cli, ["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"),
                                               "--json", "--split", "heldout"]).stdout)
    only_dev = json.loads(runner.invoke(cli, ["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path / "pred.jsonl"),
                                              "--json", "--split", "dev"]).stdout)
    assert only_held["documents"] == ["d2"] and only_dev["documents"] == ["d1"]
    assert only_held["overall"]["stance_dyad_polarity"]["recall"] == 0.0
    assert only_dev["overall"]["stance_dyad_polarity"]["f1"] == 1.0


def test_an_unknown_split_is_a_one_line_error_naming_the_splits(tmp_path):
    write_jsonl([gold_record("d1")], tmp_path / "gold.jsonl")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path / "gold.jsonl"),
                                      "--split", "tset"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "no gold document of split tset (the gold has: dev)" in result.output
