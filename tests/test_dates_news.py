"""Weekdays in news reports (own sentences): past by default, next in a future clause or after a date."""

from __future__ import annotations

import pytest


def values(record: dict) -> list[tuple[str, str]]:
    return [(d["text"], d["value"]) for s in record["sentences"] for d in s["dates"]]


NEWS = {"published": "2023-05-28", "genre": "news"}  # a Sunday


@pytest.mark.parametrize("text, expected", [
    ("Guards from both sides clashed on Saturday near the border.", "2023-05-27"),
    ("The talks ended on Wednesday without a statement.", "2023-05-24"),
    ("The ministry said on Sunday that it would reply.", "2023-05-28"),  # the day of publication
    ("The minister will travel to Kabul on Saturday.", "2023-06-03"),
    ("A second round is expected to open on Tuesday.", "2023-05-30"),
])
def test_weekday_in_a_news_report(annotate, text, expected):
    (only,) = values(annotate(text, NEWS))
    assert only[1] == expected


def test_a_dateline_with_the_publication_date_keeps_weekdays_in_the_past(annotate):
    record = annotate("KABUL, 28 May 2023 – Officials met on Friday.", NEWS)
    assert ("Friday", "2023-05-26") in values(record)


def test_after_an_explicit_earlier_date_the_weekday_follows_it(annotate):
    record = annotate("The envoy arrived on 3 May. On Friday he met the president.", NEWS)
    assert ("Friday", "2023-05-05") in values(record)
