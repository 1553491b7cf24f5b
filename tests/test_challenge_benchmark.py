"""The scoring of benchmarks/challenge.py on hand-built stances (no pipeline run)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import challenge  # noqa: E402


def st(source, target, polarity, symmetric=False):
    return {"source": source, "target": target, "polarity": polarity, "symmetric": symmetric}


def test_exact_match_is_a_correct_passage():
    gold = [st("KEN", "SOM", "conflictual")]
    assert challenge.score_passage(gold, [st("KEN", "SOM", "conflictual")]) == \
        {"passages": 1, "tp": 1, "gold": 1, "pred": 1, "correct": 1}


def test_direction_counts_unless_symmetric():
    gold = [st("KEN", "SOM", "conflictual")]
    assert challenge.match_count(gold, [st("SOM", "KEN", "conflictual")]) == 0
    assert challenge.match_count(gold, [st("SOM", "KEN", "conflictual", symmetric=True)]) == 1
    assert challenge.match_count([st("KEN", "SOM", "cooperative", symmetric=True)],
                                 [st("SOM", "KEN", "cooperative")]) == 1


def test_polarity_must_agree_and_each_prediction_is_used_once():
    gold = [st("GHA", "TGO", "cooperative"), st("GHA", "TGO", "cooperative")]
    assert challenge.match_count(gold, [st("GHA", "TGO", "conflictual")]) == 0
    assert challenge.match_count(gold, [st("GHA", "TGO", "cooperative")]) == 1


def test_same_direction_taken_before_reversed_symmetric():
    gold = [st("A", "B", "cooperative", symmetric=True), st("B", "A", "cooperative")]
    pred = [st("B", "A", "cooperative"), st("A", "B", "cooperative")]
    assert challenge.match_count(gold, pred) == 2


def test_extra_prediction_makes_passage_wrong_and_empty_gold_scores():
    counts = challenge.score_passage([], [st("PER", "BOL", "conflictual")])
    assert counts["correct"] == 0 and counts["pred"] == 1
    assert challenge.score_passage([], [])["correct"] == 1
    summary = challenge.summarise({"passages": 2, "tp": 1, "gold": 2, "pred": 4, "correct": 1})
    assert summary["precision"] == 0.25 and summary["recall"] == 0.5
    assert abs(summary["f1"] - 1 / 3) < 1e-9 and summary["passage_accuracy"] == 0.5


def test_show_test_is_refused(capsys):
    assert challenge.main(["--show", "test"]) == 2
    assert "refused" in capsys.readouterr().err


def test_gold_file_loads_with_polarities():
    passages = challenge.load_passages()
    assert len({p["id"] for p in passages}) == len(passages) >= 100
    assert {p["half"] for p in passages} == {"dev", "test"}
    assert {p["group"] for p in passages} == set(challenge.GROUPS)
    for p in passages:
        for s in p["stances"]:
            assert s["polarity"] in ("cooperative", "conflictual", "neutral")
