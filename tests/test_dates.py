"""afru_dates through the pipeline: values, intervals, reference-time modes and sentence time."""

from __future__ import annotations

import pytest


def dates_of(record: dict) -> list[dict]:
    return [d for s in record["sentences"] for d in s["dates"]]


def only_date(record: dict) -> dict:
    items = [d for d in dates_of(record) if d["type"] == "DATE"]
    assert len(items) == 1, [(d["text"], d["value"]) for d in items]
    return items[0]


# Every date expression of the source essay, with the value and interval worked out by hand from the
# documented policy (decade thirds: early = years 0-3, late = years 7-9).
SOURCE_DATES = [
    ("1979", "1979", "1979-01-01", "1979-12-31"),
    ("the period covering 1979-1989", "1979/1989", "1979-01-01", "1989-12-31"),
    ("1989", "1989", "1989-01-01", "1989-12-31"),
    ("between 1992 and 2001", "1992/2001", "1992-01-01", "2001-12-31"),
    ("the late 1990s", "199", "1997-01-01", "1999-12-31"),
    ("early 2000s", "200", "2000-01-01", "2003-12-31"),
    ("the period 1996-2001", "1996/2001", "1996-01-01", "2001-12-31"),
    ("the late 2010s", "201", "2017-01-01", "2019-12-31"),
    ("early 2020s", "202", "2020-01-01", "2023-12-31"),
    ("2021", "2021", "2021-01-01", "2021-12-31"),
]


def test_source_essay_dates(source_record):
    calendar = [(d["text"], d["value"], d["interval"]["start"], d["interval"]["end"])
                for d in dates_of(source_record) if d["type"] == "DATE" and d["interval"] and not d.get("relative")]
    assert calendar == SOURCE_DATES
    assert source_record["temporal"] == {"mode": "narrative", "anchor": None}   # an essay without a date


def test_source_decade_mods(source_record):
    mods = {d["text"]: d["mod"] for d in dates_of(source_record) if d["granularity"] == "decade"}
    assert mods == {"the late 1990s": "END", "early 2000s": "START", "the late 2010s": "END",
                    "early 2020s": "START"}


def test_every_sentence_has_a_time_slot(source_record):
    for sentence in source_record["sentences"]:
        assert "time" in sentence
        if sentence["time"] is not None:
            assert sentence["time"]["basis"] in ("own", "inherited", "document")
            assert sentence["time"]["start"] <= sentence["time"]["end"]


@pytest.mark.parametrize("text, expression, value, start, end, granularity", [
    ("Envoys met on 15 February 1989.", "15 February 1989", "1989-02-15", "1989-02-15", "1989-02-15", "day"),
    ("Envoys met on February 15, 1989.", "February 15, 1989", "1989-02-15", "1989-02-15", "1989-02-15", "day"),
    ("Envoys met on 1989-02-15.", "1989-02-15", "1989-02-15", "1989-02-15", "1989-02-15", "day"),
    ("Envoys met in December 1979.", "December 1979", "1979-12", "1979-12-01", "1979-12-31", "month"),
    ("Envoys met in 1979.", "1979", "1979", "1979-01-01", "1979-12-31", "year"),
    ("Envoys met in the summer of 1943.", "the summer of 1943", "1943-SU", "1943-06-01", "1943-08-31", "season"),
    ("Envoys met in winter 1943.", "winter 1943", "1943-WI", "1942-12-01", "1943-02-28", "season"),
    ("Trade grew in the 1990s.", "the 1990s", "199", "1990-01-01", "1999-12-31", "decade"),
    ("Trade grew in the '90s.", "the '90s", "199", "1990-01-01", "1999-12-31", "decade"),
    ("Trade grew in the mid-1990s.", "the mid-1990s", "199", "1994-01-01", "1996-12-31", "decade"),
    ("Empires met in the nineteenth century.", "the nineteenth century", "18", "1800-01-01", "1899-12-31",
     "century"),
    ("Empires met in the 19th century.", "the 19th century", "18", "1800-01-01", "1899-12-31", "century"),
    ("Empires met in the late 19th century.", "the late 19th century", "18", "1867-01-01", "1899-12-31",
     "century"),
    ("Athens fell in 404 BC.", "404 BC", "BC0404", "-0403-01-01", "-0403-12-31", "year"),
    ("The war lasted 1979-1989.", "1979-1989", "1979/1989", "1979-01-01", "1989-12-31", "range"),
    ("The war lasted 1979–89.", "1979–89", "1979/1989", "1979-01-01", "1989-12-31", "range"),
    ("War raged between 1992 and 2001.", "between 1992 and 2001", "1992/2001", "1992-01-01", "2001-12-31",
     "range"),
    ("They ruled from 1996 to 2001.", "from 1996 to 2001", "1996/2001", "1996-01-01", "2001-12-31", "range"),
])
def test_forms(annotate, text, expression, value, start, end, granularity):
    item = only_date(annotate(text))
    assert (item["text"], item["value"], item["granularity"]) == (expression, value, granularity)
    assert item["interval"] == {"start": start, "end": end}
    assert text[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("text, expression, value, bound", [
    ("Contacts have grown since 2017.", "since 2017", "2017", "since"),
    ("Troops stayed until 2003.", "until 2003", "2003", "until"),
])
def test_open_ranges(annotate, text, expression, value, bound):
    item = only_date(annotate(text))
    assert (item["text"], item["value"], item["bound"]) == (expression, value, bound)


def test_by_the_end_of_the_decade(annotate):
    record = annotate("Sanctions began in 2014. They were expected to lapse by the end of the decade.")
    item = [d for d in dates_of(record) if d["text"].endswith("the end of the decade")][0]
    assert (item["value"], item["mod"]) == ("201", "END")
    assert item["interval"] == {"start": "2017-01-01", "end": "2019-12-31"}


@pytest.mark.parametrize("text, value", [
    ("The treaty was signed in 1987. Two years later, the troops left.", "1989"),
    ("The treaty was signed in 1987. The following year, the troops left.", "1988"),
    ("The treaty was signed in 1987. That autumn, the troops left.", "1987-FA"),
    ("The treaty was signed in May 1987. In the same month, the troops left.", "1987-05"),
])
def test_relative_expressions_in_a_narrative(annotate, text, value):
    record = annotate(text, {"genre": "history"})
    relative = [d for d in dates_of(record) if d.get("relative")]
    assert [d["value"] for d in relative] == [value]
    assert relative[0]["anchor"] is not None
    assert record["temporal"]["mode"] == "narrative"


def test_news_mode_uses_the_publication_date(annotate):
    record = annotate("Last year the talks failed.", {"published": "2021-08-20"})
    assert record["temporal"] == {"mode": "news", "anchor": "2021-08-20"}
    item = only_date(record)
    assert (item["text"], item["value"], item["interval"]) == (
        "Last year", "2020", {"start": "2020-01-01", "end": "2020-12-31"})


def test_temporal_mode_in_meta_overrides_the_genre(annotate):
    record = annotate("Last year the talks failed.", {"published": "2021-08-20", "temporal_mode": "narrative"})
    assert record["temporal"]["mode"] == "narrative"


@pytest.mark.parametrize("text, value", [
    ("The war lasted nearly a decade.", "P10Y"),
    ("The war lasted ten years.", "P10Y"),
    ("The siege lasted three months.", "P3M"),
])
def test_durations_have_no_interval(annotate, text, value):
    items = dates_of(annotate(text))
    assert [(d["value"], d["interval"], d["type"]) for d in items] == [(value, None, "DURATION")]


def test_sentence_time_own_and_inherited(annotate):
    text = ("The Soviet Union invaded Afghanistan in 1979.\n\nDuring this period, aid flowed to the rebels. "
            "In the same year, sanctions followed.\n\nNothing else is known.")
    sentences = annotate(text)["sentences"]
    times = [s["time"] for s in sentences]
    assert times[0] == {"start": "1979-01-01", "end": "1979-12-31", "basis": "own"}
    assert times[1] == {"start": "1979-01-01", "end": "1979-12-31", "basis": "inherited"}
    assert times[2] == {"start": "1979-01-01", "end": "1979-12-31", "basis": "inherited"}
    assert times[3] is None     # new paragraph, no date, no continuation cue, no document date


def test_sentence_without_dates_in_news_gets_the_document_date(annotate):
    record = annotate("Officials met in Kabul.", {"published": "2021-08-20", "genre": "news"})
    assert record["sentences"][0]["time"] == {"start": "2021-08-20", "end": "2021-08-20", "basis": "document"}


def test_sentence_time_is_the_hull_of_its_dates(annotate):
    record = annotate("In the late 1990s and early 2000s, contacts grew.")
    assert record["sentences"][0]["time"] == {"start": "1997-01-01", "end": "2003-12-31", "basis": "own"}


def test_dates_component_round_trips_to_disk(nlp, tmp_path):
    component = nlp.get_pipe("afru_dates")
    component.to_disk(tmp_path / "afru_dates")
    restored = type(component)(nlp, "afru_dates").from_disk(tmp_path / "afru_dates")
    assert restored.lexicon == component.lexicon
    assert restored.default_mode == component.default_mode


def test_bad_publication_date_is_ignored(annotate):
    record = annotate("Last year the talks failed.", {"published": "2021-13-45"})
    assert record["temporal"] == {"mode": "narrative", "anchor": None}
    assert [d["value"] for d in dates_of(record)] == [None]


def test_this_period_inherits_the_whole_range(source_record):
    during = [s for s in source_record["sentences"] if s["text"].startswith("During this period, the Russians")]
    assert len(during) == 1
    assert during[0]["time"] == {"start": "1979-01-01", "end": "1989-12-31", "basis": "inherited"}


def test_inheritance_stops_at_an_unplaced_paragraph(annotate):
    text = ("Troops left in 1989. Talks stalled.\nTrade is important for both countries. "
            "It matters a great deal.")
    times = [s["time"] for s in annotate(text)["sentences"]]
    assert times[1] == {"start": "1989-01-01", "end": "1989-12-31", "basis": "inherited"}
    assert times[2] is None and times[3] is None


def test_this_time_is_present_ref_and_still_places_its_sentence(annotate):
    record = annotate("Kabul and Moscow signed a treaty in 1921.\n\nAt this time, trade grew quickly.")
    items = dates_of(record)
    assert [(d["value"], d["type"]) for d in items] == [("1921", "DATE"), ("PRESENT_REF", "REFERENCE")]
    assert record["sentences"][1]["time"] == {"start": "1921-01-01", "end": "1921-12-31", "basis": "inherited"}


def test_night_is_a_date_without_interval_and_does_not_place_the_sentence(annotate):
    record = annotate("The rebels moved only at night.")
    assert [(d["value"], d["interval"]) for d in dates_of(record)] == [("XXXX-XX-XXTNI", None)]
    assert record["sentences"][0]["time"] is None
