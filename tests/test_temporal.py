"""Pure date logic (afru_nlp.temporal): values, intervals, fuzzy policy, recognition and resolution."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afru_nlp import temporal
from afru_nlp.temporal import Point, granularity_of, interval_for, tag, year_value

ISO = re.compile(r"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}$")


def one(text: str, document: str | None = None, mode: str = "narrative") -> temporal.Mention:
    mentions = tag(text, document, mode)
    assert len(mentions) == 1, [(text[m.start:m.end], m.value) for m in mentions]
    return mentions[0]


def found(text: str, document: str | None = None, mode: str = "narrative") -> list[tuple[str, str | None]]:
    return [(text[m.start:m.end], m.value) for m in tag(text, document, mode)]


# --------------------------------------------------------------------------- values -> intervals

@pytest.mark.parametrize("value, mod, expected", [
    ("1989-02-15", None, ("1989-02-15", "1989-02-15")),
    ("1979-12", None, ("1979-12-01", "1979-12-31")),
    ("1980-02", None, ("1980-02-01", "1980-02-29")),        # leap year
    ("1900-02", None, ("1900-02-01", "1900-02-28")),        # not a leap year
    ("1979", None, ("1979-01-01", "1979-12-31")),
    ("198", None, ("1980-01-01", "1989-12-31")),
    ("199", "END", ("1997-01-01", "1999-12-31")),
    ("200", "START", ("2000-01-01", "2003-12-31")),
    ("201", "MID", ("2014-01-01", "2016-12-31")),
    ("18", None, ("1800-01-01", "1899-12-31")),
    ("19", "START", ("1900-01-01", "1932-12-31")),
    ("19", "MID", ("1933-01-01", "1966-12-31")),
    ("19", "END", ("1967-01-01", "1999-12-31")),
    ("1943-SU", None, ("1943-06-01", "1943-08-31")),
    ("1943-SP", None, ("1943-03-01", "1943-05-31")),
    ("1943-FA", None, ("1943-09-01", "1943-11-30")),
    ("1943-WI", None, ("1942-12-01", "1943-02-28")),        # a winter is named by its January (WikiWars habit)
    ("1944-WI", None, ("1943-12-01", "1944-02-29")),        # ... and ends with February (leap year here)
    ("1944", "END", ("1944-09-01", "1944-12-31")),
    ("1944-06", "START", ("1944-06-01", "1944-06-10")),
    ("1944-06", "END", ("1944-06-21", "1944-06-30")),
    ("BC0499", None, ("-0498-01-01", "-0498-12-31")),       # astronomical year: 1 BC = 0
    ("BC0001", None, ("0000-01-01", "0000-12-31")),
    ("BC047", None, ("-0478-01-01", "-0469-12-31")),        # 479..470 BC
    ("BC04", None, ("-0498-01-01", "-0399-12-31")),         # 499..400 BC (5th century BC)
    ("1979/1989", None, ("1979-01-01", "1989-12-31")),
    ("P10Y", None, None),
    ("PRESENT_REF", None, None),
    (None, None, None),
])
def test_interval_for(value, mod, expected):
    assert interval_for(value, mod) == expected


def test_year_values_before_the_common_era():
    assert year_value(1989) == "1989"
    assert year_value(-498) == "BC0499"
    assert year_value(0) == "BC0001"
    assert temporal.iso_year(-498) == "-0498"


@pytest.mark.parametrize("value, granularity", [
    ("1989-02-15", "day"), ("1979-12", "month"), ("1943-SU", "season"), ("1979", "year"), ("198", "decade"),
    ("18", "century"), ("1979/1989", "range"), ("P10Y", "duration"), ("PAST_REF", "reference"),
])
def test_granularity_of(value, granularity):
    assert granularity_of(value) == granularity


def test_point_shift():
    assert Point(1989, 12, 31).shift("day", 1) == Point(1990, 1, 1)
    assert Point(1989, 1).shift("month", -1) == Point(1988, 12)
    assert Point(1989).shift("month", 1) is None              # too coarse for a month step
    assert Point(-479).shift("year", 1) == Point(-478)


# --------------------------------------------------------------------------- property tests

@st.composite
def calendar_values(draw):
    kind = draw(st.sampled_from(["day", "month", "year", "season", "decade", "century", "bcyear"]))
    year = draw(st.integers(min_value=1000, max_value=2099))
    if kind == "day":
        month = draw(st.integers(1, 12))
        day = draw(st.integers(1, temporal.days_in_month(year, month)))
        return f"{year:04d}-{month:02d}-{day:02d}"
    if kind == "month":
        return f"{year:04d}-{draw(st.integers(1, 12)):02d}"
    if kind == "season":
        return f"{year:04d}-{draw(st.sampled_from(temporal.SEASONS + ('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4')))}"
    if kind == "decade":
        return f"{year // 10:03d}"
    if kind == "century":
        return f"{year // 100:02d}"
    if kind == "bcyear":
        return f"BC{draw(st.integers(1, 3000)):04d}"
    return f"{year:04d}"


@settings(max_examples=300, deadline=None)
@given(calendar_values(), st.sampled_from([None, "START", "MID", "END"]))
def test_intervals_are_well_formed_and_inside_their_period(value, mod):
    start, end = interval_for(value, mod)
    assert ISO.match(start) and ISO.match(end)
    assert temporal._sort_key(start) <= temporal._sort_key(end)
    whole = interval_for(value)
    assert temporal.interval_contains(whole, (start, end))   # a part never leaves its period
    if granularity_of(value) in ("year", "decade", "century") and mod is None:
        assert start.endswith("-01-01") and end.endswith("-12-31")


@settings(max_examples=200, deadline=None)
@given(st.integers(1000, 2099), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{M} {y}", "{y}", "the summer of {y}", "early {y}"]))
def test_generated_dates_are_found_with_offsets_and_values(year, month, day, template):
    name = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"][month - 1]
    expression = template.format(d=day, M=name, y=year)
    text = f"The talks resumed in {expression}, according to officials."
    mention = one(text)
    assert text[mention.start:mention.end] == expression
    expected = {"{d} {M} {y}": f"{year}-{month:02d}-{day:02d}", "{M} {d}, {y}": f"{year}-{month:02d}-{day:02d}",
                "{M} {y}": f"{year}-{month:02d}", "{y}": f"{year}", "the summer of {y}": f"{year}-SU",
                "early {y}": f"{year}"}[template]
    assert mention.value == expected
    assert temporal.interval_contains(interval_for(expected), mention.interval)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc 19-–,.'\nMayJunBC0123456789")), max_size=80))
def test_any_text_gives_non_overlapping_mentions_inside_the_text(text):
    previous_end = 0
    for mention in tag(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.start >= previous_end
        previous_end = mention.end
        if mention.interval:
            assert temporal._sort_key(mention.interval[0]) <= temporal._sort_key(mention.interval[1])


# --------------------------------------------------------------------------- recognition

@pytest.mark.parametrize("text, expression, value", [
    ("Talks were held on 15 February 1989 in Geneva.", "15 February 1989", "1989-02-15"),
    ("Talks were held on February 15, 1989 in Geneva.", "February 15, 1989", "1989-02-15"),
    ("Talks were held on 1989-02-15 in Geneva.", "1989-02-15", "1989-02-15"),
    ("Troops arrived in December 1979.", "December 1979", "1979-12"),
    ("Troops arrived in 1979.", "1979", "1979"),
    ("The offensive came in the summer of 1943.", "the summer of 1943", "1943-SU"),
    ("Trade grew in the 1990s.", "the 1990s", "199"),
    ("Trade grew in the '90s.", "the '90s", "199"),
    ("Empires rose in the nineteenth century.", "the nineteenth century", "18"),
    ("Empires rose in the 19th century.", "the 19th century", "18"),
    ("Athens fell in 404 BC.", "404 BC", "BC0404"),
    ("Sparta rose in the 5th century BC, then declined.", "the 5th century BC", "BC04"),
    ("It lasted nearly a decade.", "nearly a decade", "P10Y"),
    ("It lasted ten years.", "ten years", "P10Y"),
    ("The siege took 18 months.", "18 months", "P18M"),
    ("Reform stalled in the late 1980s.", "the late 1980s", "198"),
    ("Reform stalled in mid-1987.", "mid-1987", "1987"),
])
def test_recognised_forms(text, expression, value):
    mention = one(text)
    assert text[mention.start:mention.end] == expression
    assert mention.value == value


@pytest.mark.parametrize("text, expression, value, interval", [
    ("The war lasted 1979-1989.", "1979-1989", "1979/1989", ("1979-01-01", "1989-12-31")),
    ("The war lasted 1979–89.", "1979–89", "1979/1989", ("1979-01-01", "1989-12-31")),
    ("A civil war raged between 1992 and 2001.", "between 1992 and 2001", "1992/2001",
     ("1992-01-01", "2001-12-31")),
    ("The Taliban ruled from 1996 to 2001.", "from 1996 to 2001", "1996/2001", ("1996-01-01", "2001-12-31")),
    ("In the period covering 1979-1989, troops stayed.", "the period covering 1979-1989", "1979/1989",
     ("1979-01-01", "1989-12-31")),
    ("Fighting ran 22-25 April 1951.", "22-25 April 1951", "1951-04-22/1951-04-25",
     ("1951-04-22", "1951-04-25")),
])
def test_ranges(text, expression, value, interval):
    mention = one(text)
    assert text[mention.start:mention.end] == expression
    assert (mention.value, mention.interval, mention.granularity) == (value, interval, "range")
    assert len(mention.points) == 2     # scored as two TIMEX2 points


def test_open_ranges_keep_their_preposition_and_bound():
    since = one("Relations improved since 2017.", document="2026-11-24", mode="news")
    assert (since.value, since.bound, since.mod) == ("2017", "since", "ON_OR_AFTER")
    assert since.interval == ("2017-01-01", "2026-11-24")      # open end closed by the document date
    until = one("Troops stayed until 2003.")
    assert (until.value, until.bound, until.interval) == ("2003", "until", ("2003-01-01", "2003-12-31"))


def test_numbers_that_are_not_years_are_skipped():
    assert found("They sent 1500 soldiers and 2000 tanks under Resolution 1483.") == []


def test_month_words_that_are_not_months_are_skipped():
    assert found("The Long March ended. They may return.") == []


# --------------------------------------------------------------------------- resolution

def test_narrative_relative_expressions_follow_the_last_explicit_date():
    text = ("The invasion began in December 1979. In the same month, envoys met. Two years later, talks stalled. "
            "The following year, aid grew. That autumn, fighting resumed.")
    values = found(text)
    assert values == [("December 1979", "1979-12"), ("the same month", "1979-12"), ("Two years later", "1981"),
                      ("The following year", "1982"), ("That autumn", "1982-FA")]


def test_news_mode_resolves_deixis_against_the_document_date():
    text = "Last year the talks failed; this month they resumed."
    assert found(text, "2021-08-20", "news") == [("Last year", "2020"), ("this month", "2021-08")]


def test_unresolvable_relative_expressions_have_no_interval():
    mention = one("The following year, aid grew.")
    assert mention.value is None and mention.interval is None


def test_bare_month_takes_the_narrative_year():
    assert found("Kabul fell in 1992. In April, the mujahideen entered.")[1] == ("April", "1992-04")


def test_turn_of_the_century_policy():
    mention = one("At the turn of the 20th century, trade grew.")
    assert (mention.value, mention.mod, mention.interval) == ("1900", "APPROX", ("1895-01-01", "1904-12-31"))


def test_end_of_the_decade_uses_the_narrative_decade():
    values = tag("Sanctions began in 2014 and were to end by the end of the decade.")
    assert values[1].value == "201" and values[1].mod == "END"
    assert values[1].interval == ("2017-01-01", "2019-12-31")


def test_a_repeated_year_keeps_the_finer_reference():
    text = "The offensive opened on 15 May 1943. Losses in 1943 were heavy. The next day, it stalled."
    assert found(text)[-1] == ("The next day", "1943-05-16")


def test_day_parts_keep_the_day_interval():
    mention = tag("The raid began on 7 February 1965. That morning, the base was hit.")[1]
    assert (mention.value, mention.interval) == ("1965-02-07TMO", ("1965-02-07", "1965-02-07"))


# --------------------------------------------------------------------------- round 2: narrative year choice


def values(text: str) -> dict[str, str | None]:
    """expression -> value (the last one when an expression repeats)."""
    return {expression: value for expression, value in found(text)}


def test_a_winter_is_named_by_its_january():
    # after an autumn the coming winter runs into the next year: Dec 1777 - Feb 1778 = 1778-WI
    got = values("In October 1777 the army camped for the winter. In November it moved north.")
    assert got["the winter"] == "1778-WI"
    assert got["November"] == "1777-11"          # the bare winter does not carry the narrative into 1778
    assert values("On 3 January 1777 the army entered winter quarters.")["winter"] == "1777-WI"
    assert values("The siege began in September 1915. That winter the garrison starved.")["That winter"] == "1916-WI"
    assert values("In January 1916 it snowed. The following winter was milder.")["The following winter"] == "1917-WI"
    winter = [m for m in tag("In October 1777 the army camped for the winter.") if m.value == "1778-WI"][0]
    assert winter.interval == ("1777-12-01", "1778-02-28")


def test_a_look_back_does_not_move_the_narrative():
    got = values("In May 1942 the army attacked; the previous year it had retreated. In June it advanced.")
    assert got["the previous year"] == "1941" and got["June"] == "1942-06"
    got = values("In March 1975 a colonel said the town had fallen two years ago. On 25 April the city fell.")
    assert got["two years ago"] == "1973" and got["25 April"] == "1975-04-25"


def test_a_deictic_next_does_not_move_the_narrative():
    got = values("On 10 September 2007 he promised to withdraw troops by next summer. On 14 September he left.")
    assert got["next summer"] == "2008-SU" and got["14 September"] == "2007-09-14"
    # "the next summer" is the narrative's own next summer and moves it
    got = values("In May 1940 the line held. The next summer the army attacked. In July it reached the river.")
    assert got["The next summer"] == "1941-SU" and got["July"] == "1941-07"


def test_a_planned_year_is_an_aside():
    got = values("On 10 March 1975 the army attacked, long before the campaign planned in 1976. "
                 "On 11 March the city fell.")
    assert got["1976"] == "1976" and got["11 March"] == "1975-03-11"


def test_a_distant_bare_year_inside_a_sentence_is_an_aside():
    got = values("On 4 August 1964 a second attack was reported. A study released in 2005 found there was no "
                 "attack on 5 August.")
    assert got["2005"] == "2005" and got["5 August"] == "1964-08-05"
    # a year that opens its sentence still sets the frame
    assert values("On 4 August 1964 ships met. In 1970 they met again on 5 August.")["5 August"] == "1970-08-05"


def test_coordinated_bare_periods_share_the_following_year():
    got = values("In May 1944 the front was quiet. Both armies had spent the spring and early summer of 1943 "
                 "rebuilding.")
    assert got["the spring"] == "1943-SP"
    assert values("In 1950 the rebels met again. They had fought in May or June 1948.")["May"] == "1948-05"


def test_a_bare_month_takes_the_year_named_later_in_its_sentence():
    got = values("Writing in 1950, he recalled that in March the army retreated to the river it crossed in June 1942.")
    assert got["March"] == "1942-03"
    # a month later in the calendar than the named one belongs to the year before
    got = values("Writing in 1950, he recalled that in December the siege began, which ended in February 1943.")
    assert got["December"] == "1942-12"
    # a date brought in by "since" / "than" is a contrast, not the frame
    got = values("On 30 November 2009 troops left. In November deaths fell to their lowest level since 2003.")
    assert got["November"] == "2009-11"


def test_a_month_far_back_in_the_calendar_moves_to_the_next_year():
    assert values("In December 1864 the army reached the sea. On April 1 the battle began.")["April 1"] \
        == "1865-04-01"
    assert values("In September 1864 the city fell. On April 1 the battle began.")["April 1"] == "1864-04-01"


def test_this_time_is_the_narrative_present():
    mention = [m for m in tag("In 1919 the treaty was signed. At this time the army was disbanded.")
               if m.kind == "anaphor"][0]
    assert mention.value == "PRESENT_REF" and mention.interval == ("1919-01-01", "1919-12-31")
    that = [m for m in tag("In 1919 the treaty was signed. At that time the army was small.") if m.kind == "anaphor"][0]
    assert that.value is None


@pytest.mark.parametrize("text, expression, value", [
    ("They fought for two bloody weeks.", "two bloody weeks", "P2W"),
    ("After ten brutal months the siege ended.", "ten brutal months", "P10M"),
    ("The war lasted over two and half years.", "over two and half years", "P2.5Y"),
    ("It rained for two and a half days.", "two and a half days", "P2.5D"),
    ("The last four previous weeks were calm.", "four previous weeks", "P4W"),
    ("They waited a few days.", "a few days", "PXD"),
    ("He made a ten-day visit.", "ten-day", "P10D"),
    ("The armies clashed after a three hour speech.", "three hour", "PT3H"),
])
def test_durations_with_adjectives(text, expression, value):
    got = found(text)
    assert any(expression in e and v == value for e, v in got), got


def test_a_bare_part_of_the_day():
    m = one("The guerrillas moved only at night.")
    assert (m.value, m.type, m.interval) == ("XXXX-XX-XXTNI", "DATE", None)
    assert found("They preferred night attacks and night-time raids.") == [
        ("night", "XXXX-XX-XXTNI"), ("night-time", "XXXX-XX-XXTNI")]
    assert found("Bombing halted most daytime traffic.") == [("daytime", "XXXX-XX-XXTDT")]
    assert all(v != "XXXX-XX-XXTNI" for _, v in found("Nights passed without sleep; a night of the long knives."))
    assert found("They crossed the river on Christmas night 1776.") == [("Christmas night 1776", "1776-12-25TNI")]


def test_rates_are_sets():
    m = one("Ten thousand soldiers arrived per day.")
    assert (m.value, m.type) == ("P1D", "SET")
    assert one("Deaths fell to 100 per month.").value == "P1M"


def test_halves_and_quarters_of_a_year():
    m = one("Attacks fell in the second half of 2008.")
    assert (m.value, m.interval, m.granularity) == ("2008-H2", ("2008-07-01", "2008-12-31"), "half")
    m = one("Attacks rose in the first quarter of 1944.")
    assert (m.value, m.interval, m.granularity) == ("1944-Q1", ("1944-01-01", "1944-03-31"), "quarter")
    assert one("Violence fell in the latter half of 2008.").value == "2008-H2"


def test_the_first_day_of_an_event_is_not_a_duration():
    m = one("On the first day of the offensive, planes struck.")
    assert (m.type, m.value) == ("DATE", None)
    # weeks, months, years keep TIMEX2's duration reading ("the last week of August" = P1W)
    assert found("In the last week of August the front broke.") == [("the last week", "P1W"), ("August", "XXXX-08")]
    assert found("During the first two weeks of the war.") == [("the first two weeks", "P2W")]
