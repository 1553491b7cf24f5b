"""One test per contract rule for records, plus reading records back and the schema checks."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

from afru_nlp import extract, read_annotations
from afru_nlp.io import InputError, read_inputs
from afru_nlp.records import SCHEMA_VERSION, record_problems, validate_files
from tests.conftest import CORPUS, REPO

TEXT = ("In 1979 the Soviet Union invaded Afghanistan. Relations between Afghanistan and Russia were strained. "
        "In 2021 Russia expressed its willingness to co-operate with the Taliban.")


@pytest.fixture(scope="module")
def record(annotate):
    return annotate(TEXT, {"published": "2022-01-10", "title": "t"}, doc_id="doc-x")


def all_spans(record):
    for sent in record["sentences"]:
        yield sent
        yield from sent["dates"]
        yield from sent["actors"]
        for stance in sent["stances"]:
            yield from stance["cues"]


def test_top_level_fields(record):
    assert record["schema_version"] == SCHEMA_VERSION and record["schema_version"].startswith("1.")
    assert record["doc_id"] == "doc-x"
    assert record["text"] == TEXT
    assert record["meta"] == {"published": "2022-01-10", "title": "t"}


def test_provenance_names_versions(record):
    import spacy

    import afru_nlp

    prov = record["provenance"]
    assert prov["afru_nlp"] == afru_nlp.__version__
    assert prov["spacy"] == spacy.__version__
    assert prov["model"]["name"].startswith("en_core_web")
    assert prov["model"]["version"]
    assert len(prov["rules_sha256"]) == 64


def test_every_offset_indexes_the_text(record):
    spans = list(all_spans(record))
    assert len(spans) > 5
    for item in spans:
        assert record["text"][item["start"]:item["end"]] == item["text"]


def test_sentences_cover_text_in_order(record):
    sents = record["sentences"]
    assert len(sents) == 3
    assert [s["id"] for s in sents] == ["doc-x#s1", "doc-x#s2", "doc-x#s3"]
    for a, b in zip(sents, sents[1:]):
        assert a["end"] <= b["start"]
    assert all(s["start"] < s["end"] for s in sents)


def test_items_sit_inside_their_sentence(record):
    for sent in record["sentences"]:
        for item in sent["dates"] + sent["actors"]:
            assert sent["start"] <= item["start"] < item["end"] <= sent["end"]


def test_dates_have_value_and_inclusive_interval(record):
    first = record["sentences"][0]["dates"]
    assert [(d["text"], d["value"]) for d in first] == [("1979", "1979")]
    assert first[0]["interval"] == {"start": "1979-01-01", "end": "1979-12-31"}


def test_state_actor_ids_are_iso_alpha3(record):
    ids = {a["text"]: (a["id"], a["country"]) for s in record["sentences"] for a in s["actors"]}
    assert ids["Soviet Union"] == ("SUN", "SUN")
    assert ids["Russia"] == ("RUS", "RUS")


def test_stance_actors_are_actors_of_the_record(record):
    actor_ids = {a["id"] for s in record["sentences"] for a in s["actors"]}
    stances = [st for s in record["sentences"] for st in s["stances"]]
    assert stances, "the invasion sentence must carry a stance"
    for stance in stances:
        assert stance["source"] in actor_ids and stance["target"] in actor_ids
        assert stance["polarity"] in ("cooperative", "conflictual", "neutral")
        assert -1 <= stance["score"] <= 1
        assert stance["cues"]


def test_sentence_time_from_own_dates(record):
    time = record["sentences"][0]["time"]
    assert time["start"] == "1979-01-01" and time["end"] == "1979-12-31"
    assert time["basis"] == "own"


def test_record_is_schema_valid(record):
    assert record_problems(record) == []


def test_output_is_deterministic(nlp):
    docs = [{"id": "a", "text": TEXT}, {"id": "b", "text": "Pakistan criticised India in 2019."}]
    first = [json.dumps(r, ensure_ascii=False) for r in extract(docs, nlp=nlp)]
    second = [json.dumps(r, ensure_ascii=False) for r in extract(docs, nlp=nlp)]
    assert first == second


def test_records_carry_no_machine_paths(nlp):
    (record,) = list(extract(read_inputs([CORPUS / "afghanistan-russia-relations.txt"]), nlp=nlp))
    dumped = json.dumps(record)
    assert str(REPO) not in dumped and "/home/" not in dumped and "/tmp/" not in dumped


def test_extract_accepts_plain_strings(nlp):
    records = list(extract(["First text about Iran.", "Second about Iraq."], nlp=nlp))
    assert [r["doc_id"] for r in records] == ["doc1", "doc2"]


# ----------------------------------------------------------------- validation catches broken records


def test_validation_catches_offset_mismatch(record):
    broken = copy.deepcopy(record)
    actor = broken["sentences"][0]["actors"][0]
    actor["start"] += 1
    problems = record_problems(broken)
    assert any("actors[0]" in p and "!=" in p for p in problems)


def test_validation_catches_schema_errors(record):
    broken = copy.deepcopy(record)
    del broken["provenance"]
    broken["sentences"][0]["stances"] = [{"source": "SUN"}]
    problems = record_problems(broken)
    assert any("provenance" in p for p in problems)


def test_validation_catches_unknown_stance_actor(record):
    broken = copy.deepcopy(record)
    stance = next(st for s in broken["sentences"] for st in s["stances"])
    stance["target"] = "ZZZ"
    assert any("'ZZZ' is no actor" in p for p in record_problems(broken))


def test_validate_files_reports_file_and_line(tmp_path, record):
    good = json.dumps(record, ensure_ascii=False)
    bad = copy.deepcopy(record)
    bad["sentences"][0]["dates"][0]["text"] = "1980"
    path = tmp_path / "a.jsonl"
    path.write_text(good + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    report = validate_files([path])
    assert report.records == 2 and not report.ok
    assert report.failures[0].startswith(f"{path}:2: sentences[0].dates[0]")


# ----------------------------------------------------------------- reading back


def test_read_annotations_round_trip_and_tables(tmp_path, record):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ann = read_annotations(path)
    assert len(ann) == 1 and ann[0] == record and ann.by_id("doc-x") is ann[0]
    sentences = ann.sentences()
    assert list(sentences["sentence_id"]) == ["doc-x#s1", "doc-x#s2", "doc-x#s3"]
    assert sentences.loc[0, "time_start"] == "1979-01-01"
    assert sentences.loc[0, "text"] == "In 1979 the Soviet Union invaded Afghanistan."
    dates = ann.dates()
    assert {"doc_id", "sentence_id", "value", "interval_start", "interval_end"} <= set(dates.columns)
    actors = ann.actors()
    assert set(actors["sentence_id"]) <= set(sentences["sentence_id"])
    assert len(ann.stances()) == sum(len(s["stances"]) for s in record["sentences"])


def test_read_annotations_rejects_non_records(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"in.jsonl:1: not an annotation record"):
        read_annotations(path)


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "afru_nlp", "--version"], capture_output=True, text=True,
                            check=True)
    assert "afru-nlp" in result.stdout
