"""The benchmark scripts read the external gold correctly and score honestly (skipped without ../shared)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "benchmarks"))

import plover_data  # noqa: E402
import wikiwars  # noqa: E402


def test_wikiwars_gold_offsets_index_the_raw_text():
    key = shared_path("benchmarks", "wikiwars", "WikiWars_20120218_v104", "keyinline", "18_SovietsInAfghanistan.key.xml")
    text, gold = wikiwars.read_gold(key)
    assert len(gold) > 50
    for item in gold:
        assert text[item["start"]:item["end"]] == item["text"]
    # the raw text is the .sgm body without tags (the README of the benchmark says so)
    raw = shared_path("benchmarks", "wikiwars", "WikiWars_20120218_v104", "in", "18_SovietsInAfghanistan.sgm")
    assert " ".join(text.split()[:20]) in " ".join(raw.read_text(encoding="utf-8").split())


def test_wikiwars_scoring_by_hand():
    gold = [{"start": 0, "end": 4, "val": "1979"}, {"start": 10, "end": 20, "val": "1989-02-15"}]
    system = [{"start": 0, "end": 4, "value": "1979"}, {"start": 12, "end": 20, "value": "1989-02"},
              {"start": 30, "end": 34, "value": "2001"}]
    result = wikiwars.score([(gold, system)])["all"]
    # lenient: 2 of 3 system, 2 of 2 gold -> P 0.667 R 1.0; strict: only the first -> P 0.333 R 0.5
    assert result["extent_lenient"] == {"p": 0.667, "r": 1.0, "f1": 0.8}
    assert result["extent_strict"]["p"] == 0.333 and result["extent_strict"]["r"] == 0.5
    # value: only 1979 is right -> P 1/3, R 1/2, F1 0.4
    assert result["value_lenient"] == {"p": 0.333, "r": 0.5, "f1": 0.4}


def test_plover_gold_loads_with_current_category_names():
    records = plover_data.load_gold(shared_path("benchmarks", "plover-gsr", "PLOVER_GSR_CAMEO.json"))
    assert len(records) == 322
    categories = {r.category for r in records}
    assert not categories & {"DEMAND", "DISAPPROVE", "FIGHT"}  # renamed as the benchmark README says
    assert categories <= set(plover_data.QUAD)
    assert all(r.polarity in ("cooperative", "conflictual") for r in records)


@pytest.mark.parametrize("codebook", ["guidelines", "cameo"])
def test_actor_settings_exist_on_the_component(nlp, codebook):
    component = nlp.get_pipe("afru_actors")
    for key in plover_data.ACTOR_SETTINGS[codebook]:
        assert hasattr(component, key)
