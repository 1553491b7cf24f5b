"""The pipeline: model resolution, component order, saving and loading, and the committed annotations."""

from __future__ import annotations

import pytest
import spacy

from afru_nlp import extract
from afru_nlp.io import dumps_record, read_inputs
from afru_nlp.pipeline import ModelError, load_pipeline, resolve_model
from tests.conftest import CORPUS, REPO


def test_components_in_order(nlp):
    names = nlp.pipe_names
    assert names[-3:] == ["afru_dates", "afru_actors", "afru_stance"]
    assert names.index("afru_paragraphs") < names.index("parser") < names.index("afru_entries")


def test_chronology_entry_is_one_sentence_with_its_date_line(nlp):
    text = ("Peru and Chile: a chronology\n\n1879 – Chile declares war on Peru and Bolivia.\n\n"
            "1883 – Peru and Chile sign the Treaty of Ancón.\n\n1990s\n\nMay 1999 – The two states settle the "
            "last issues of the treaty.\n")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert "1879 – Chile declares war on Peru and Bolivia." in sents
    assert "1883 – Peru and Chile sign the Treaty of Ancón." in sents
    assert "1990s" in sents  # a date alone on its line is a heading of its own
    assert "May 1999 – The two states settle the last issues of the treaty." in sents


def test_chronology_entry_takes_the_previous_entry_as_the_sentence_before(annotate):
    rec = annotate("1998 – Ethiopia and Eritrea go to war.\n\n2000 – The two countries sign a peace deal.\n")
    assert len(rec["sentences"]) == 2
    assert {frozenset((s["source"], s["target"])) for s in rec["sentences"][1]["stances"]} == {frozenset(("ETH", "ERI"))}


def test_resolve_model_prefers_named_model():
    assert resolve_model("my_model") == "my_model"
    assert resolve_model(None).startswith("en_core_web_")


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ModelError, match="cannot load spaCy model 'no_such_model_xyz'"):
        load_pipeline("no_such_model_xyz")


def test_saved_pipeline_loads_with_plain_spacy_load(nlp, tmp_path):
    """Entry-point factories and to_disk/from_disk make a saved pipeline self-contained."""
    text = "In 1989 Soviet troops left Afghanistan. Relations between Russia and Pakistan were tense."
    nlp.to_disk(tmp_path / "pipe")
    reloaded = spacy.load(tmp_path / "pipe")
    assert reloaded.pipe_names == nlp.pipe_names
    first = next(extract([text], nlp=nlp))
    second = next(extract([text], nlp=reloaded))
    first.pop("provenance")
    second.pop("provenance")
    assert first == second


def test_committed_corpus_annotations_are_current(default_nlp):
    """annotations/corpus.jsonl is byte-identical to a fresh run of `make run` (regenerate it if not)."""
    committed = (REPO / "annotations" / "corpus.jsonl").read_text(encoding="utf-8")
    fresh = "".join(dumps_record(r) + "\n" for r in extract(read_inputs([CORPUS]), nlp=default_nlp))
    assert fresh == committed, "annotations/corpus.jsonl is stale: run `make run` and commit it"


def test_line_breaks_end_sentences(nlp):
    """Headlines and chronology lines have no final stop; a line break still ends their sentence."""
    text = "Moscow hosts regional talks on Kabul\nMOSCOW – Envoys from six states met on Tuesday.\n1989 – Troops leave"
    record = next(extract([text], nlp=nlp))
    starts = [s["start"] for s in record["sentences"]]
    assert text.index("MOSCOW") in starts
    assert text.index("1989") in starts
    assert record["sentences"][0]["text"].rstrip() == "Moscow hosts regional talks on Kabul"
