"""Pure date logic: finding time expressions in text, TIMEX values, calendar intervals, relative resolution.

No spaCy here, so everything is testable without the model; ``components/dates.py`` wraps it.

Conventions (see docs/dates.md):
- Years are handled as *astronomical* integers internally (1 BC = 0, 499 BC = -498) and written as TIMEX
  values (``1989``, ``BC0499``). ISO dates in intervals use the astronomical year with at least four digits
  and a sign for years before 1 AD (499 BC -> ``-0498-01-01``), which keeps them sortable and valid for the
  record schema's ``^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}$``.
- Intervals are inclusive ``(start, end)`` ISO date strings; durations and bare references have none.
- Decades ``198`` are 1980-1989, centuries ``18`` are 1800-1899 (TIMEX convention, not 1801-1900).
- early / mid / late (mod START / MID / END) select a part of the period given by the ``fuzzy_policy``
  table of ``resources/dates/lexicon.json``.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

# --------------------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists and the fuzzy policy table shipped in ``resources/dates/lexicon.json``."""
    text = (resources.files("afru_nlp") / "resources" / "dates" / "lexicon.json").read_text(encoding="utf-8")
    return json.loads(text)


# --------------------------------------------------------------------------- values and intervals

SEASONS = ("SP", "SU", "FA", "WI")
GRANULARITIES = ("day", "month", "season", "quarter", "half", "year", "decade", "century", "range", "duration",
                 "reference")


def year_value(year: int) -> str:
    """TIMEX year of an astronomical year: 1989 -> '1989', -498 (499 BC) -> 'BC0499'."""
    return f"{year:04d}" if year >= 1 else f"BC{1 - year:04d}"


def iso_year(year: int) -> str:
    """ISO 8601 (expanded) year for an astronomical year: 1989 -> '1989', -498 -> '-0498'."""
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def iso_date(year: int, month: int, day: int) -> str:
    return f"{iso_year(year)}-{month:02d}-{day:02d}"


def days_in_month(year: int, month: int) -> int:
    """Length of a month in the proleptic Gregorian calendar (works for astronomical years <= 0 too)."""
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return calendar.monthrange(2001, month)[1]


def _policy() -> dict[str, Any]:
    return lexicon()["fuzzy_policy"]


def _year_span(first: int, last: int) -> tuple[str, str]:
    return iso_date(first, 1, 1), iso_date(last, 12, 31)


def _month_span(year: int, first_month: int, last_month: int) -> tuple[str, str]:
    """Months may run before January (winter = 0..2: December of the year before to February)."""
    if first_month < 1:
        return iso_date(year - 1, first_month + 12, 1), _month_span(year, 1, last_month)[1]
    end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
    return iso_date(year, first_month, 1), iso_date(end_year, end_month, days_in_month(end_year, end_month))


def _period_part(first: int, length: int, mod: str | None, table: str) -> tuple[int, int]:
    """The sub-period of ``length`` units starting at ``first`` that early/mid/late (mod) selects."""
    if mod in ("START", "MID", "END"):
        lo, hi = _policy()[table][mod]
        return first + lo, first + min(hi, length - 1)
    return first, first + length - 1


_VALUE_RE = re.compile(
    r"^(?:(?P<bc>BC)?(?P<digits>\d{2,4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?|-(?P<season>SP|SU|FA|WI|H[12]|Q[1-4]))?)$"
)


_TIME_SUFFIX = re.compile(r"(?<=\d)T(?:MO|AF|EV|NI|DT|\d{2}:\d{2})$")
DAY_PART_CODES = {"morning": "TMO", "dawn": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI",
                  "eve": "TEV"}


def parse_value(value: str) -> dict[str, Any] | None:
    """Split a calendar TIMEX value into its parts; None for durations, references and unknown forms.

    A time-of-day suffix (``T17:30``, ``TMO`` morning, ``TAF``, ``TEV``, ``TNI``) is ignored: it lies inside the day.
    """
    match = _VALUE_RE.match(_TIME_SUFFIX.sub("", value))
    if not match:
        return None
    digits, bc = match.group("digits"), bool(match.group("bc"))
    if len(digits) == 4:
        kind, number = "year", int(digits)
    elif len(digits) == 3:
        kind, number = "decade", int(digits)
    else:
        kind, number = "century", int(digits)
    if kind != "year" and (match.group("month") or match.group("season")):
        return None
    out: dict[str, Any] = {"kind": kind, "number": number, "bc": bc, "month": None, "day": None, "season": None}
    if match.group("month"):
        out["month"] = int(match.group("month"))
        if not 1 <= out["month"] <= 12:
            return None
        if match.group("day"):
            out["day"] = int(match.group("day"))
    out["season"] = match.group("season")
    return out


def _first_year(kind: str, number: int, bc: bool) -> tuple[int, int]:
    """Astronomical first year and length in years of a TIMEX year / decade / century."""
    if kind == "year":
        return (1 - number if bc else number), 1
    if kind == "decade":  # BC047 = 479..470 BC
        return ((1 - (number * 10 + 9)) if bc else number * 10), 10
    return ((1 - (number * 100 + 99)) if bc else number * 100), 100  # BC04 = 499..400 BC


def interval_for(value: str | None, mod: str | None = None) -> tuple[str, str] | None:
    """Inclusive ISO interval of a calendar TIMEX value (or ``A/B`` range); None when it has no interval."""
    if not value:
        return None
    if "/" in value:
        left, right = value.split("/", 1)
        a, b = interval_for(left), interval_for(right)
        if a is None or b is None:
            return None
        return (a[0], b[1]) if a[0] <= b[1] or a[0].startswith("-") else None
    parts = parse_value(value)
    if parts is None:
        return None
    first, length = _first_year(parts["kind"], parts["number"], parts["bc"])
    if parts["kind"] == "decade":
        return _year_span(*_period_part(first, length, mod, "decade_years"))
    if parts["kind"] == "century":
        return _year_span(*_period_part(first, length, mod, "century_years"))
    year = first
    if parts["season"]:
        lo, hi = _policy()["season_months"][parts["season"]]
        if mod in ("START", "MID", "END"):  # a third of the part: one month of a season, two of a half-year
            third = (hi - lo + 1) // 3
            first = lo + ("START", "MID", "END").index(mod) * third
            return _month_span(year, first, first + third - 1)
        return _month_span(year, lo, hi)
    month, day = parts["month"], parts["day"]
    if month is None:
        lo, hi = _policy()["year_months"][mod] if mod in ("START", "MID", "END") else (1, 12)
        return _month_span(year, lo, hi)
    last = days_in_month(year, month)
    if day is None:
        lo, hi = _policy()["month_days"][mod] if mod in ("START", "MID", "END") else (1, last)
        return iso_date(year, month, lo), iso_date(year, month, min(hi, last))
    if not 1 <= day <= last:
        return None
    return iso_date(year, month, day), iso_date(year, month, day)


def granularity_of(value: str | None) -> str | None:
    """day / month / season / year / decade / century / range / duration / reference for a value."""
    if not value:
        return None
    if "/" in value:
        return "range"
    if value.endswith("_REF"):
        return "reference"
    if value.startswith("P"):
        return "duration"
    parts = parse_value(value)
    if parts is None:
        return None
    if parts["kind"] != "year":
        return parts["kind"]
    if parts["season"]:
        return {"H": "half", "Q": "quarter"}.get(parts["season"][0], "season")
    if parts["day"]:
        return "day"
    return "month" if parts["month"] else "year"


def hull(intervals: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The smallest interval covering all of them (ISO strings compare by calendar when signs agree)."""
    if not intervals:
        return None
    return min(intervals, key=lambda iv: _sort_key(iv[0]))[0], max(intervals, key=lambda iv: _sort_key(iv[1]))[1]


def _sort_key(iso: str) -> tuple[int, int, int]:
    year, month, day = iso.rsplit("-", 2)
    return int(year), int(month), int(day)


def interval_contains(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    return _sort_key(outer[0]) <= _sort_key(inner[0]) and _sort_key(inner[1]) <= _sort_key(outer[1])


# --------------------------------------------------------------------------- points (resolved calendar dates)


@dataclass(frozen=True)
class Point:
    """A calendar point of some granularity: year is astronomical; month/day/season optional."""

    year: int
    month: int | None = None
    day: int | None = None
    season: str | None = None

    @property
    def value(self) -> str:
        base = year_value(self.year)
        if self.season:
            return f"{base}-{self.season}"
        if self.month is None:
            return base
        if self.day is None:
            return f"{base}-{self.month:02d}"
        return f"{base}-{self.month:02d}-{self.day:02d}"

    @property
    def granularity(self) -> str:
        if self.season:
            return "season"
        return "year" if self.month is None else ("month" if self.day is None else "day")

    def shift(self, unit: str, amount: int) -> Point | None:
        """The point ``amount`` units later (negative: earlier); None when the point is too coarse."""
        if unit == "year":
            return Point(self.year + amount, self.month, self.day, self.season)
        if unit == "month":
            if self.month is None:
                return None
            index = self.year * 12 + self.month - 1 + amount
            return Point(index // 12, index % 12 + 1)
        if unit in ("day", "week"):
            if self.day is None or self.month is None or self.year < 1:
                return None
            days = amount * (7 if unit == "week" else 1)
            try:
                moved = _dt.date(self.year, self.month, self.day) + _dt.timedelta(days=days)
            except (ValueError, OverflowError):
                return None
            return Point(moved.year, moved.month, moved.day)
        return None


def point_from_iso(text: str | None) -> Point | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``) -> Point; None when it is not such a date."""
    if not text:
        return None
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(text))
    if not match:
        return None
    year, month, day = (int(x) if x else None for x in match.groups())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= days_in_month(year, month):  # type: ignore[arg-type]
        return None
    return Point(year, month, day)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- mentions

@dataclass
class Mention:
    """A time expression found in text, before and after resolution.

    ``kind``: date (a calendar point, maybe without its year), decade, century, range, rel (relative to an
    anchor), duration, ref (PRESENT_REF...), anaphor ("this period"). ``points`` are the (start, end)
    offsets of the point expressions inside (a range has two), used to score against TIMEX2.
    """

    start: int
    end: int
    kind: str
    spec: dict[str, Any] = field(default_factory=dict)
    mod: str | None = None
    bound: str | None = None
    points: list[tuple[int, int]] = field(default_factory=list)
    # filled by resolve()
    value: str | None = None
    interval: tuple[str, str] | None = None
    granularity: str | None = None
    type: str = "DATE"
    anchor: str | None = None
    relative: bool = False
    point_values: list[str | None] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The fields the record carries for a date item (text/offsets come from the span)."""
        out: dict[str, Any] = {
            "value": self.value,
            "interval": {"start": self.interval[0], "end": self.interval[1]} if self.interval else None,
            "granularity": self.granularity,
            "mod": self.mod,
            "type": self.type,
        }
        if self.relative:
            out["relative"] = True
            out["anchor"] = self.anchor
        if self.bound:
            out["bound"] = self.bound
        return out


# --------------------------------------------------------------------------- the recogniser


# Words before a weekday in its clause that make it the next such day ("will meet on Monday").
FUTURE_MARKERS = re.compile(r"\b(?:will|shall|'ll|is\s+to|are\s+to|due\s+to|expected\s+to|scheduled|planned|"
                            r"plans?\s+to|next|upcoming|coming)\b", re.IGNORECASE)

# Words that end a duration's "number + adjectives + unit" reading ("two of the days", "ten or more years").
DURATION_ADJECTIVE_STOPS = ("of", "and", "or", "the", "a", "an", "in", "on", "at", "to", "for", "per", "by",
                            "from", "with", "than", "more", "less", "times", "other", "which", "that", "were",
                            "was", "are", "had", "have", "after", "before", "later", "earlier", "ago")


def ordered_alternation(words: list[str] | Any) -> str:
    """Regex alternation of words, longest first, spaces matching any whitespace."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def trie_alternation(words: list[str] | Any, ignore_case: bool) -> str:
    """The ordered alternation of ``words`` (:func:`ordered_alternation`) written as a prefix tree.

    A shared beginning is written once, so the regex engine tests it once instead of once per word:
    ``may``, ``march``, ``mayor`` -> ``ma(?:rch|y(?:or)?)``. It matches exactly what the ordered
    alternation matches, in any pattern around it: at a given position the words that match lie on one
    path of the tree, and the tree tries them longest first (a word's end is an optional group after its
    longer continuations), as the ordered alternation does. ``ignore_case`` says the pattern is compiled
    with ``re.IGNORECASE``: the tree is then built from lower-cased words, so "May" and "may" share a
    branch. A lookahead class of the first characters comes first, so a position where no word can start
    fails at once. Where one path per position cannot be guaranteed (whitespace other than single inner spaces;
    cased non-ASCII letters under ``ignore_case``), the ordered alternation is returned unchanged.
    """
    words = set(words)
    irregular = any(word != word.strip() or "  " in word or any(c.isspace() and c != " " for c in word)
                    or (ignore_case and any(not c.isascii() and c.lower() != c.upper() for c in word))
                    for word in words)
    if irregular:
        return ordered_alternation(words)
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(r"\s+" if char == " " else re.escape(char), {})
        node[""] = {}  # a word ends here

    def render(node: dict[str, dict]) -> str:
        branches = [unit + render(child) for unit, child in sorted(node.items()) if unit]
        if not branches:
            return ""
        if "" in node:  # longer words first, then the word that ends here
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    alternation = render(root)
    if len(root) > 1 and "" not in root:  # the first characters (a filter only: every match starts with one)
        alternation = "(?=[" + "".join(sorted(root)) + "])" + alternation
    return alternation


def _alt(words: list[str] | Any, ignore_case: bool = True) -> str:
    """Alternation of words for the recogniser's patterns (case-insensitive unless told otherwise)."""
    return trie_alternation(words, ignore_case)


class Recogniser:
    """Precompiled regexes over raw text: finds candidate time expressions and their structure."""

    def __init__(self, lex: dict[str, Any] | None = None):
        self.lex = lex or lexicon()
        lx = self.lex
        self.months: dict[str, int] = lx["months"]
        self.seasons: dict[str, str] = lx["seasons"]
        self.numbers: dict[str, float] = lx["numbers"]
        self.ordinals: dict[str, int] = lx["ordinals"]
        self.units: dict[str, str] = lx["units"]
        self.position_mods: dict[str, str] = lx["position_mods"]
        self.duration_mods: dict[str, str | None] = lx["duration_mods"]
        self.references: dict[str, str] = lx["references"]
        self.offsets: dict[str, int] = lx["relative_offsets"]
        self.directions: dict[str, int] = lx["direction_words"]
        self.not_year_after = set(lx["not_year_after"])
        self.not_year_before = set(lx.get("not_year_before", []))

        full = [m for m in self.months if len(m) > 4 or m in ("may", "june", "july")]
        abbr = [m for m in self.months if m not in full]
        month = (r"(?-i:(?:" + _alt([m.capitalize() for m in full] + [m.upper() for m in full], ignore_case=False) + r")\b|(?:"
                 + _alt([m.capitalize() for m in abbr], ignore_case=False) + r")\b\.?)")
        weekday = r"(?:" + _alt(lx["weekdays"]) + r")"
        day = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
        era = r"(?:B\.C\.(?:E\.)?|BCE|BC|A\.D\.|AD|CE|C\.E\.)(?![a-z])"
        year = rf"(?:(?:AD|A\.D\.)\s*\d{{1,4}}|\d{{1,4}}\s*{era}|[12]\d{{3}})(?!\d)"
        season = r"(?:" + _alt(self.seasons) + r")"
        number_word = _alt(list(self.numbers) + [f"{t}-{u}" for t in ("twenty", "thirty", "forty", "fifty",
                                                                      "sixty", "seventy", "eighty", "ninety")
                                                 for u in ("one", "two", "three", "four", "five", "six",
                                                           "seven", "eight", "nine")])
        number = rf"(?:\d+(?:[.,]\d+)?|{number_word})"
        vague = _alt(lx["vague_numbers"])
        unit = _alt(self.units)
        ordinal = _alt(self.ordinals)
        dmod = _alt([k for k in self.duration_mods])
        # "two bloody weeks": up to two adjectives, but no number, vague amount or unit ("a few days", "a sixty-day")
        adjective_stops = _alt(list(DURATION_ADJECTIVE_STOPS) + list(self.numbers) + list(self.units)
                               + [w for phrase in lx["vague_numbers"] for w in phrase.lower().split()])
        # In these word lists no word begins another, so their order does not matter and a tree is exact.
        rel_nouns = "(?:" + _alt(("day", "week", "month", "year", "decade", "century", "spring", "summer", "autumn",
                                  "fall", "winter", "morning", "afternoon", "evening", "night")) + ")"
        bare_units = ("days", "weeks", "months", "years", "hours")
        self._re = {
            "g": {"month": month, "day": day, "year": year, "season": season},
        }
        wd = rf"(?:{weekday},?\s+)?"
        pats: list[tuple[str, str]] = [
            ("iso", r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
            ("dmy", rf"\b{wd}(?:the\s+)?(?P<d>{day})(?:\s+of)?\s+(?P<m>{month}),?\s+(?P<y>{year})"),
            ("mdy", rf"\b{wd}(?P<m>{month})\s+(?P<d>{day}),?\s+(?:of\s+)?(?P<y>{year})"),
            ("my", rf"\b(?P<m>{month})(?:\s+of)?,?\s+(?P<y>{year})"),
            ("dm", rf"\b{wd}(?:the\s+)?(?P<d>{day})(?:\s+of)?\s+(?P<m>{month})"),
            ("md", rf"\b{wd}(?P<m>{month})\s+(?P<d>{day})\b(?![,.]?\d)(?!\s*(?:,\s*)?\d)"),
            ("m", rf"\b(?P<m>{month})"),
            ("part", rf"\b(?:the\s+)?(?P<p>{_alt(lx.get('year_parts', {}))})\s+of\s+(?:the\s+year\s+)?"
                     rf"(?P<y>{year})"),
            ("sy", rf"\b(?:the\s+)?(?P<s>{season})(?:\s+of)?,?\s+(?P<y>{year})"),
            ("s", rf"\b(?:the\s+)?(?P<s>{season})\b(?!\s+of\b)"),
            ("y", rf"\b(?<![\d$£€.,/])(?:the\s+years?\s+)?(?P<y>{year})(?![\d%]|,\d|\.\d)"),
            ("yy", rf"\b(?<![\d$£€.,/-])(?P<y>[12]\d{{3}})\s*[-–—]\s*(?P<y2>\d{{2}})(?![\d%])"),
            ("dec", r"\b(?:the\s+)?(?:(?P<dec>[12]\d{2})0|['’](?P<dec2>\d)0)['’]?s\b"),
            ("cent", rf"\b(?:the\s+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{ordinal}))[\s-]+centur(?:y|ies)"
                     rf"(?:\s+(?P<era>{era}))?"),
            ("turn", r"\bthe\s+turn\s+of\s+the\s+(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>" + ordinal
                     + r"))\s+century"),
            ("theunit", r"\bthe\s+(?P<u>year|month|decade|century)\b"),
            ("inunit", r"\b(?P<pm>early|late|mid|later|earlier)\s+in\s+(?:the\s+)?(?P<u>year|month|spring|summer|"
                       r"autumn|fall|winter|decade|century)\b"),
            ("rel", rf"\b(?:the\s+)?(?P<o>next|following|previous|preceding|subsequent|succeeding|same|that\s+same|"
                    rf"this\s+same|very\s+same)\s+(?P<u>{rel_nouns})\b(?!\s+(?:of|after|before)\b)"),
            ("relthat", rf"\b(?P<o>that|this)\s+(?P<u>{rel_nouns})\b"),
            ("relin", rf"\b(?P<d>later|earlier)\s+(?:that|in\s+the|the\s+same|this|in\s+that)\s+(?P<u>{rel_nouns})\b"),
            ("relunitof", rf"\b(?P<u>{rel_nouns})\s+of\s+(?:that|the\s+same|this)\s+year\b"),
            ("reln", rf"\b(?:(?P<dm>{dmod})\s+)?(?P<n>{number}|{vague})[\s-]+(?:and\s+a\s+half\s+)?(?P<u>{unit})\b"
                     rf"\s+(?P<d>later|earlier|afterwards?|previously|ago|before|after|prior)\b"),
            ("relbare", r"\b(?P<u>" + _alt(bare_units + ("moments",)) + r")\s+(?P<d>later|earlier|afterwards|before|"
                        r"after|ago)\b"),
            ("dayba", r"\bthe\s+(?P<u>day|morning|night|evening)\s+(?P<d>before|after|following)\b"),
            ("deictic", r"\b(?P<o>last|next|this|coming)\s+(?P<u>year|month|week|spring|summer|autumn|fall|winter|"
                        r"decade|century)\b"),
            ("yday", r"\b(?P<w>yesterday|tomorrow|tonight)\b"),
            ("dur", rf"\b(?:(?P<dm>{dmod})\s+)?(?P<n>{number}|{vague})(?P<half>[\s-]+and[\s-]+(?:a[\s-]+)?half)?"
                    rf"(?P<adj>(?<!\ba)(?<!\ban)(?:\s+(?!(?:{adjective_stops})\b)[a-z]{{3,}}(?:-[a-z]+)?){{1,2}}?)?[\s-]+"
                    rf"(?P<u>{unit})\b(?P<tail>[\s-]+(?:long|old)\b|\s+of\s+age\b)?"),
            ("durhalf", r"\b(?:(?P<dm>" + dmod + r")\s+)?half\s+a\s+(?P<u>century|decade|year|month)\b"),
            ("durlong", rf"\b(?P<u>{unit})[\s-]+long\b"),
            ("holiday", rf"\b(?P<h>Christmas(?:\s+Eve|\s+Day)?|New\s+Year's\s+(?:Eve|Day))(?:\s+(?P<dp>night|morning|evening|afternoon))?"
                        rf"(?:,?\s+(?P<y>{year}))?"),
            ("durbare", r"\b(?P<u>" + _alt(bare_units + ("decades", "centuries")) + r")\b"),
            ("durdecades", rf"\b(?:the\s+)?(?:(?P<o>next|following|previous|coming|past|last|first|final|"
                           rf"remaining|intervening)\s+)(?:(?P<n>{number}|{vague})\s+)?(?P<u>{unit})\b"),
            ("ref", r"\b(?P<r>" + _alt(self.references) + r")\b"),
            ("set", r"\b(?P<x>" + _alt(lx["sets"]) + r")\b"),
            ("named", r"\b(?:the\s+(?:(?:next|previous|following|same)\s+)?)?(?P<x>" + _alt(lx["named_periods"])
                      + r")\b"),
            ("clock", r"\b(?P<h>[012]?\d)(?::(?P<mi>[0-5]\d))?\s*(?:(?P<ap>[ap])\.?\s?m\b\.?|(?P<hrs>hrs|hours\b))"
                      r"|\b(?P<h2>[012]?\d):(?P<mi2>[0-5]\d)\b(?!:)"),
            ("ddmy", rf"\b(?P<d1>{day})\s*[-–]\s*(?P<d>{day})\s+(?P<m>{month})(?:,?\s+(?P<y>{year}))?"),
            ("ana", r"\b(?P<a>" + _alt(lx["anaphoric_periods"]) + r")\b(?!\s+of\b)"),
            ("wday", rf"\b(?P<w>{weekday})\b"),
            # "moved only at night", "night attacks", "daytime traffic": a time of day on no particular day
            ("daypart", r"\b(?P<dp>" + _alt(lx.get("bare_day_parts", {})) + r")\b(?!\s+of\b)(?!-?s\b)"),
        ]
        # a lexicon saved before these lists existed leaves their patterns out (an empty alternation matches anywhere)
        pats = [(name, p) for name, p in pats
                if not (name == "part" and not lx.get("year_parts")) and not (
                    name == "daypart" and not lx.get("bare_day_parts"))]
        self.patterns = [(name, re.compile(p, re.IGNORECASE)) for name, p in pats]
        self.trigger_patterns = {
            "unit": re.compile(rf"\b(?:{unit})\b", re.IGNORECASE),
            "century": re.compile(r"centur", re.IGNORECASE),
            "relnoun": re.compile(rf"\b{rel_nouns}\b", re.IGNORECASE),
            "month": re.compile(month),
            "season": re.compile(rf"\b(?:{season}|monsoon|season)\b", re.IGNORECASE),
        }
        self.triggers = {"reln": "unit", "dur": "unit", "durhalf": "unit", "durlong": "unit", "cent": "century",
                         "turn": "century", "rel": "relnoun", "relthat": "relnoun", "relin": "relnoun",
                         "relunitof": "relnoun", "deictic": "relnoun", "dayba": "relnoun", "inunit": "relnoun",
                         "dmy": "month", "mdy": "month", "my": "month", "dm": "month", "md": "month",
                         "ddmy": "month", "durdecades": "unit", "sy": "season", "s": "season", "named": "season"}
        self.mod_prefix = re.compile(
            r"(?:^|(?<=[\s(\"'“]))(?P<pm>" + _alt(self.position_mods) + r")(?:\s+|(?<=-))$", re.IGNORECASE)
        self.daypart_prefix = re.compile(r"(?:^|(?<=\s))(?P<p>(?:early\s+in\s+)?the\s+(?:(?:early|late)\s+)?"
                                         r"(?:morning|afternoon|evening|night|dawn|eve)(?:\s+hours)?\s+of)\s+$",
                                         re.IGNORECASE)
        self.that_year_suffix = re.compile(r",?\s+of\s+(?:that|the\s+same|this)\s+year\b", re.IGNORECASE)
        self.coordination = re.compile(r"^\s*(?:,\s*|\s(?:and|or|and/or)\s+|,\s*(?:and|or)\s+)(?:the\s+)?"
                                       r"(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE)
        self.sentence_break = re.compile(r"[.;!?\n]")
        # a later date brought in by these is a contrast or a bound, not the frame of the earlier one
        self.contrast = re.compile(r"\b(?:since|until|till|before|after|than|compared|as\s+against|surpass\w*|"
                                   r"previous|earlier|from|record|high|low)\b", re.IGNORECASE)
        self.weak_year_prefix = re.compile(
            r"\b(?:for|through|throughout|since|(?:planned|scheduled|expected|intended|projected|due)"
            r"(?:\s+[\w-]+){0,3}?\s+(?:in|for|by))\s+$|\b(?:planned|scheduled|expected)\s+$", re.IGNORECASE)
        self.bound_prefix = re.compile(r"(?:^|(?<=\s))(?P<b>since|until|till|by|before|after|from|up\s+to)\s+$",
                                       re.IGNORECASE)
        self.range_prefix = re.compile(r"(?:^|(?<=\s))(?P<p>(?:(?:in|during)\s+)?the\s+(?:period|years?)\s+"
                                       r"(?:covering\s+|of\s+|from\s+|between\s+)?|between\s+(?:the\s+years\s+)?|"
                                       r"from\s+(?:the\s+years?\s+)?)$", re.IGNORECASE)
        self.range_infix = re.compile(r"^\s*(?P<c>-|–|—|to|and|until|till|through|thru)\s*$", re.IGNORECASE)
        self.year_era = re.compile(rf"(?P<pre>AD|A\.D\.)?\s*(?P<n>\d{{1,4}})\s*(?P<era>{era})?", re.IGNORECASE)
        self.number_word_re = re.compile(number_word, re.IGNORECASE)

    # ------------------------------------------------------------------ small parsers

    def parse_year(self, text: str) -> int | None:
        """Astronomical year of '1989', '490 BC', 'AD 43'; None for a bare number that is not a year."""
        match = self.year_era.search(text)
        if not match:
            return None
        number = int(match.group("n"))
        era = (match.group("era") or "").upper().replace(".", "")
        if era in ("BC", "BCE"):
            return 1 - number if number >= 1 else None
        if era or match.group("pre"):
            return number if number >= 1 else None
        return number if 1000 <= number <= 2099 and len(match.group("n")) == 4 else None

    def parse_month(self, text: str) -> int:
        return self.months[text.rstrip(".").lower()]

    def parse_number(self, text: str) -> float | None:
        """'3', 'three', 'twenty-five', 'a'; None for vague quantities ('several')."""
        t = re.sub(r"\s+", " ", text.lower())
        if re.fullmatch(r"\d+(?:\.\d+)?", t):
            return float(t)
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
            return float(t.replace(",", ""))
        if t in self.numbers:
            return float(self.numbers[t])
        if "-" in t:
            tens, _, ones = t.partition("-")
            if tens in self.numbers and ones in self.numbers:
                return float(self.numbers[tens] + self.numbers[ones])
        return None

    # ------------------------------------------------------------------ candidates

    def _candidate(self, name: str, m: re.Match[str], text: str) -> Mention | None:
        g = m.groupdict()
        s, e = m.start(), m.end()
        if name in ("iso", "dmy", "mdy", "my", "dm", "md", "m", "sy", "s", "y"):
            year = self.parse_year(g["y"]) if g.get("y") else None
            if g.get("y") and year is None:
                return None
            if name == "y":
                before = text[max(0, s - 12):s].lower().split()
                if before and before[-1] in self.not_year_before:
                    return None
                after = text[e:e + 20].lower().split()
                if after and after[0].strip(".,;:)") in self.not_year_after and not re.search(
                        r"\d\s*(?:B\.?C|A\.?D|CE)", m.group(0), re.I):
                    return None
            month = None
            if g.get("m"):
                month = int(g["m"]) if g["m"].isdigit() else self.parse_month(g["m"])
                if not 1 <= month <= 12:
                    return None
            if name == "m" and g["m"].lower().rstrip(".") in ("may", "mar", "jan", "dec", "sep", "aug") and (
                    not re.match(r"\s*(?:[,.;:)]|of\b|and\b|to\b|when\b|until\b|that\b|the\b|\d)", text[e:e + 8], re.I)
                    or text[max(0, s - 1):s] in ("", "\n")) and g["m"] != g["m"].upper():
                if not re.search(r"\b(?:in|of|early|late|mid-?|by|until|since|from|during|and|to|end|beginning|"
                                 r"through|before|after|last|next|that|this)\s*$", text[max(0, s - 16):s], re.I):
                    return None
            if name == "m" and (re.search(r"(?:\b(?:a|Long|Ice)|'s)\s+$", text[max(0, s - 8):s])
                                or re.match(r"\s+(?:Battalion|Brigade|Division|Regiment)\b", text[e:e + 12])
                                or (month == 3 and (re.search(r"\bthe\s+$", text[max(0, s - 5):s])
                                                    or re.match(r"\s+(?:to|on|through|across|into)\s+the\b",
                                                                text[e:e + 14])))):
                return None  # "the Long March", "the March to the Sea": the noun or verb march
            day = None
            if g.get("d"):
                day = int(re.match(r"\d+", g["d"]).group(0))
                if not 1 <= day <= 31 or (month and day > days_in_month(year if year is not None else 2000, month)):
                    return None
            season = self.seasons[g["s"].lower()] if g.get("s") else None
            if name == "s" and g["s"].lower() == "fall" and not re.match(r"(?:the|that|this)\s", m.group(0), re.I) \
                    and not re.search(r"\b(?:the|that|this|in|next|following|early|late)\s+$", text[max(0, s - 12):s],
                                      re.I):
                return None
            spec = {"year": year, "month": month, "day": day, "season": season}
            if name == "y" and self.weak_year_prefix.search(text[max(0, s - 48):s]):
                spec["weak"] = True  # "planned for 1976": mentioned, but the narrative stays where it was
            return Mention(s, e, "date", spec, points=[(s, e)])
        if name == "set":
            return Mention(s, e, "set", {"value": self.lex["sets"][re.sub(r"\s+", " ", g["x"].lower())]},
                           points=[(s, e)])
        if name == "named":
            return Mention(s, e, "vague", {}, points=[(s, e)])
        if name == "clock":
            hour = int(g.get("h") or g.get("h2"))
            minute = int(g.get("mi") or g.get("mi2") or 0)
            if g.get("ap") and g["ap"].lower() == "p" and hour < 12:
                hour += 12
            if hour > 24 or (g.get("h2") and not re.search(r"\b(?:at|by|until|from|to|around|about|before|after)"
                                                             r"\s+$|[-–(]$", text[max(0, s - 8):s], re.I)):
                return None
            return Mention(s, e, "clock", {"time": f"T{hour:02d}:{minute:02d}"}, points=[(s, e)])
        if name == "ddmy":
            year = self.parse_year(g["y"]) if g.get("y") else None
            month = self.parse_month(g["m"])
            d1, d2 = int(re.match(r"\d+", g["d1"]).group(0)), int(re.match(r"\d+", g["d"]).group(0))
            if not 1 <= d1 < d2 <= days_in_month(year or 2000, month):
                return None
            a = Mention(s, m.end("d1"), "date", {"year": year, "month": month, "day": d1, "season": None})
            b = Mention(m.start("d"), e, "date", {"year": year, "month": month, "day": d2, "season": None})
            return Mention(s, e, "range", {"parts": [a, b]}, points=[(a.start, a.end), (b.start, b.end)])
        if name == "part":  # "the second half of 2008" = 2008-H2, "the first quarter of 1944" = 1944-Q1
            year = self.parse_year(g["y"])
            if year is None:
                return None
            part = self.lex["year_parts"][re.sub(r"\s+", " ", g["p"].lower())]
            return Mention(s, e, "date", {"year": year, "month": None, "day": None, "season": part}, points=[(s, e)])
        if name == "holiday":
            year = self.parse_year(g["y"]) if g.get("y") else None
            word = g["h"].lower()
            month, day = (12, 24) if "eve" in word and "christmas" in word else (
                (12, 31) if "eve" in word else ((1, 1) if "new" in word else (12, 25)))
            spec = {"year": year, "month": month, "day": day, "season": None, "daypart": (g.get("dp") or "").lower()}
            return Mention(s, e, "date", spec, points=[(s, e)])
        if name == "yy":
            y1 = int(g["y"])
            if not 1000 <= y1 <= 2099:
                return None
            y2 = y1 // 100 * 100 + int(g["y2"])
            if y2 <= y1:
                return None
            mid = m.start("y2")
            a = Mention(s, m.end("y"), "date", {"year": y1, "month": None, "day": None, "season": None})
            b = Mention(mid, e, "date", {"year": y2, "month": None, "day": None, "season": None})
            return Mention(s, e, "range", {"parts": [a, b]}, points=[(a.start, a.end), (b.start, b.end)])
        if name == "dec":
            if g.get("dec"):
                number = int(g["dec"])
            else:
                digit = int(g["dec2"])
                number = 190 + digit if digit >= 2 else 200 + digit  # '20s..'90s -> 1900s; '00s, '10s -> 2000s
            return Mention(s, e, "decade", {"number": number, "bc": False}, points=[(s, e)])
        if name in ("cent", "turn"):
            n = int(g["cn"]) if g.get("cn") else self.ordinals.get(re.sub(r"\s+", "-", g["cw"].lower()))
            if not n or n > 22:
                return None
            era = (g.get("era") or "").upper().replace(".", "")
            bc = era in ("BC", "BCE")
            if name == "turn":
                return Mention(s, e, "turn", {"century": n, "bc": bc}, points=[(s, e)])
            return Mention(s, e, "century", {"number": n - 1, "bc": bc}, points=[(s, e)])
        if name == "theunit":
            return Mention(s, e, "rel", {"unit": g["u"].lower(), "offset": 0, "needs_mod": True}, points=[(s, e)])
        if name == "inunit":
            pm = g["pm"].lower()
            mod = {"early": "START", "late": "END", "mid": "MID"}.get(pm)
            return Mention(s, e, "rel", {"unit": g["u"].lower(), "offset": 0}, mod=mod, points=[(s, e)])
        if name in ("rel", "relthat"):
            word = re.sub(r"\s+", " ", g["o"].lower())
            offset = self.offsets.get(word, 0)
            unit = g["u"].lower()
            if name == "relthat" and word == "this" and unit in ("year", "month", "week", "spring", "summer",
                                                                   "autumn", "fall", "winter"):
                return Mention(s, e, "rel", {"unit": unit, "offset": 0, "deictic": True}, points=[(s, e)])
            deictic = name == "rel" and word == "next" and not m.group(0).lower().startswith("the")
            return Mention(s, e, "rel", {"unit": unit, "offset": offset, "deictic": deictic}, points=[(s, e)])
        if name == "relin":
            return Mention(s, e, "rel", {"unit": g["u"].lower(), "offset": 0}, points=[(s, e)])
        if name == "relunitof":
            unit = g["u"].lower()
            return Mention(s, e, "rel", {"unit": unit, "offset": 0}, points=[(s, e)])
        if name == "reln":
            n = self.parse_number(g["n"])
            unit = self.units[g["u"].lower()]
            direction = self.directions[g["d"].lower()]
            unit_name = {"D": "day", "W": "week", "M": "month", "Y": "year", "10Y": "decade"}.get(unit)
            deictic = g["d"].lower() == "ago"
            if n is None or unit_name is None or n != int(n):
                return Mention(s, e, "rel", {"unit": unit_name or "year", "offset": None, "deictic": deictic,
                                             "direction": direction}, points=[(s, e)])
            return Mention(s, e, "rel", {"unit": unit_name, "offset": direction * int(n), "deictic": deictic},
                           points=[(s, e)])
        if name == "relbare":
            unit = g["u"].lower().rstrip("s")
            direction = self.directions[g["d"].lower()]
            return Mention(s, e, "rel", {"unit": unit, "offset": None, "direction": direction}, points=[(s, e)])
        if name == "dayba":
            offset = -1 if g["d"].lower() == "before" else 1
            return Mention(s, e, "rel", {"unit": "day", "offset": offset}, points=[(s, e)])
        if name == "deictic":
            word = g["o"].lower()
            offset = {"last": -1, "next": 1, "this": 0, "coming": 1}[word]
            return Mention(s, e, "rel", {"unit": g["u"].lower(), "offset": offset, "deictic": True}, points=[(s, e)])
        if name == "yday":
            offset = {"yesterday": -1, "tomorrow": 1, "tonight": 0}[g["w"].lower()]
            return Mention(s, e, "rel", {"unit": "day", "offset": offset, "deictic": True}, points=[(s, e)])
        if (name == "durdecades" and not g.get("n") and (g.get("o") or "").lower() in ("first", "final", "last")
                and g["u"].lower() == "day" and re.match(r"\s+of\b", text[e:e + 4])):
            # "the first day of the war" names a day (TIMEX2 gives "the last week of August" P1W, so only days)
            return Mention(s, e, "vague", {}, points=[(s, e)])
        if name in ("dur", "durhalf", "durlong", "durbare", "durdecades"):
            return self._duration(name, g, s, e)
        if name == "ref":
            ref = self.references[re.sub(r"\s+", " ", g["r"].lower())]
            return Mention(s, e, "ref", {"ref": ref}, points=[(s, e)])
        if name == "ana":
            if g["a"].lower() == "this time" and re.search(r",\s*$", text[max(0, s - 3):s]):
                return None  # ", this time led by ...": an occasion, not a time
            present = re.sub(r"\s+", " ", g["a"].lower()) in self.lex.get("present_anaphors", [])
            return Mention(s, e, "anaphor", {"present": present}, points=[(s, e)])
        if name == "daypart":
            code = self.lex["bare_day_parts"][g["dp"].lower()]
            return Mention(s, e, "set", {"value": "XXXX-XX-XX" + code, "daypart": True}, points=[(s, e)])
        if name == "wday":
            clause = text[max(0, s - 80):s]
            clause = clause[max(clause.rfind("."), clause.rfind("\n"), clause.rfind(";")) + 1:]
            future = bool(FUTURE_MARKERS.search(clause))
            return Mention(s, e, "weekday", {"weekday": g["w"].lower(), "future": future}, points=[(s, e)])
        return None

    def _duration(self, name: str, g: dict[str, Any], s: int, e: int) -> Mention | None:
        unit = self.units[g["u"].lower()] if g["u"].lower() in self.units else None
        if unit is None:
            return None
        mod = self.duration_mods.get(re.sub(r"\s+", " ", (g.get("dm") or "").lower())) if g.get("dm") else None
        if name == "durhalf":
            amount: float | None = 0.5
        elif name in ("durlong",):
            amount = 1
        elif name == "durbare":
            amount = None
        elif name == "durdecades" and not g.get("n"):
            amount = 1 if not g["u"].lower().endswith("s") else None
        else:
            amount = self.parse_number(g["n"]) if g.get("n") else None
            if amount is not None and g.get("half"):
                amount += 0.5  # "two and a half years", "two and half years"
        return Mention(s, e, "duration", {"amount": amount, "unit": unit}, mod=mod, points=[(s, e)])

    def find(self, text: str) -> list[Mention]:
        """Non-overlapping mentions in text order: longest candidates win, then ranges and prefixes."""
        cands: list[tuple[int, int, int, Mention]] = []
        hits: dict[str, list[re.Match[str]]] = {}
        for rank, (name, pattern) in enumerate(self.patterns):
            trigger = self.triggers.get(name)
            if trigger is not None:
                # Costly patterns (optional words before a key word) are only tried around their key words.
                if trigger not in hits:
                    hits[trigger] = list(self.trigger_patterns[trigger].finditer(text))
                matches = self._around(pattern, text, hits[trigger])
            else:
                matches = pattern.finditer(text)
            for m in matches:
                mention = self._candidate(name, m, text)
                if mention is not None:
                    cands.append((mention.start, mention.end, rank, mention))
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        taken: list[Mention] = []
        occupied: list[tuple[int, int]] = []
        for s, e, _, mention in cands:
            if any(s < oe and os_ < e for os_, oe in occupied):
                continue
            occupied.append((s, e))
            taken.append(mention)
        taken.sort(key=lambda mm: mm.start)
        taken = [m for m in taken if not (m.kind == "rel" and m.spec.get("needs_mod"))
                 or self._has_mod_prefix(text, m.start)]
        taken = self._attach_prefixes(text, taken)
        taken = self._attach_frames(text, taken)
        taken = self._join_ranges(text, taken)
        taken = self._attach_bounds(text, taken)
        self._share_years(text, taken)
        for m in taken:  # a date opening its sentence ("On 4 June 1944, ...") sets the narrative's frame
            boundary = max(text.rfind(".", 0, m.start), text.rfind("\n", 0, m.start), text.rfind(";", 0, m.start))
            m.spec["initial"] = len(text[boundary + 1:m.start].split()) <= INITIAL_WORDS
        if WEAK_PARENTHESES:
            for m in taken:
                if text[max(0, m.start - 2):m.start].rstrip().endswith("("):
                    m.spec["weak"] = True  # "(1944-45)": an aside, the narrative does not move there
        return taken

    def _share_years(self, text: str, mentions: list[Mention]) -> None:
        """A bare month or season takes the year of an explicit date that follows it in the same sentence.

        Coordinated ("the spring and early summer of 1943", "May or June 1944") it shares that year;
        further on in the sentence ("... in March, then took Kharkov in June 1942") it takes that year too,
        or the year before when its month comes later in the calendar ("in December ... until February 1943").
        """
        for m, nxt in zip(mentions, mentions[1:]):
            if m.kind != "date" or m.spec.get("year") is not None or not (m.spec.get("month") or m.spec.get("season")):
                continue
            if nxt.kind != "date" or nxt.spec.get("year") is None or nxt.bound:
                continue  # "... lowest level since 2003": a bound is a contrast, not the frame
            later = nxt
            gap = text[m.end:later.start]
            if self.coordination.match(gap):
                m.spec["year"] = later.spec["year"]
            elif SHARE_IN_SENTENCE and len(gap) <= SHARE_WINDOW and not self.sentence_break.search(gap) and not (
                    self.contrast.search(gap) or self.contrast.search(text, max(0, later.start - 12), later.start)):
                mine = m.spec.get("month") or _SEASON_FIRST_MONTH.get(m.spec.get("season") or "", 0)
                theirs = later.spec.get("month") or _SEASON_FIRST_MONTH.get(later.spec.get("season") or "", 0)
                year = later.spec["year"]
                if theirs and mine > theirs:
                    year -= 1
                m.spec["year"] = year

    @staticmethod
    def _around(pattern: re.Pattern[str], text: str, hits: list[re.Match[str]]) -> list[re.Match[str]]:
        """Matches of pattern that contain one of the hits, searched in a small window around each hit."""
        found: dict[tuple[int, int], re.Match[str]] = {}
        for hit in hits:
            window_start = text.rfind(" ", 0, max(0, hit.start() - 60)) + 1
            for m in pattern.finditer(text, window_start, min(len(text), hit.end() + 30)):
                if m.start() <= hit.start() < m.end():
                    found.setdefault((m.start(), m.end()), m)
        return [found[key] for key in sorted(found)]

    def _has_mod_prefix(self, text: str, start: int) -> bool:
        return bool(self.mod_prefix.search(text[max(0, start - 30):start]))

    def _attach_prefixes(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """early / mid / late / the end of ... before a point become its mod and part of its extent."""
        prev_end = 0
        for m in mentions:
            if m.kind in ("date", "decade", "century", "rel", "range") and m.mod is None:
                window_start = max(prev_end, m.start - 30)
                pm = self.mod_prefix.search(text[window_start:m.start])
                if pm and not (m.kind == "rel" and m.spec.get("unit") in ("day", "morning", "night")):
                    word = re.sub(r"\s+", " ", pm.group("pm").lower())
                    m.mod = self.position_mods.get(word) or self.position_mods.get(word.rstrip("-"))
                    new_start = window_start + pm.start("pm")
                    if m.points and m.points[0][0] == m.start:
                        m.points[0] = (new_start, m.points[0][1])
                    m.start = new_start
            prev_end = m.end
        return mentions

    def _attach_frames(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'the night of' before and 'of that year' after a date belong to the expression."""
        out: list[Mention] = []
        for m in mentions:
            if m.kind == "date":
                pre = self.daypart_prefix.search(text[max(0, m.start - 40):m.start])
                if pre:
                    part = re.search(r"morning|afternoon|evening|night|dawn|eve", pre.group("p").lower())
                    m.spec["daypart"] = part.group(0) if part else None
                    new_start = m.start - (len(text[max(0, m.start - 40):m.start]) - pre.start())
                    while out and out[-1].end > new_start:
                        out.pop()
                    if m.points and m.points[0][0] == m.start:
                        m.points[0] = (new_start, m.points[0][1])
                    m.start = new_start
            out.append(m)
        result: list[Mention] = []
        skip_until = -1
        for m in out:
            if m.start < skip_until:
                continue
            if m.kind == "date" and m.spec.get("year") is None:
                suf = self.that_year_suffix.match(text, m.end)
                if suf:
                    m.end = suf.end()
                    m.points[-1] = (m.points[-1][0], m.end)
                    skip_until = m.end
            result.append(m)
        return result

    def _join_ranges(self, text: str, mentions: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            a = mentions[i]
            b = mentions[i + 1] if i + 1 < len(mentions) else None
            if b is not None and a.kind in ("date", "decade") and b.kind in ("date", "decade") and a.kind == b.kind:
                infix = self.range_infix.match(text[a.end:b.start])
                prefix = self.range_prefix.search(text[max(0, a.start - 40):a.start])
                conn = infix.group("c").lower() if infix else None
                ok = False
                if conn in ("-", "–", "—"):
                    ok = True
                elif conn == "and":
                    ok = bool(prefix) and "from" not in prefix.group("p").lower()
                elif conn is not None:
                    ok = bool(prefix) or (a.kind == "date" and a.spec.get("year") is not None
                                          and b.spec.get("year") is not None)
                if ok and a.kind == "date" and not self._compatible(a, b):
                    ok = False
                if ok:
                    while out and prefix and out[-1].end > a.start - len(prefix.group("p")):
                        out.pop()
                    start = a.start - (len(prefix.group("p")) if prefix else 0)
                    if prefix and prefix.group("p").lower().startswith(("in ", "during ")):
                        start += len(re.match(r"(?:in|during)\s+", prefix.group("p"), re.I).group(0))
                    out.append(Mention(start, b.end, "range", {"parts": [a, b]}, mod=None,
                                       points=a.points + b.points))
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    @staticmethod
    def _compatible(a: Mention, b: Mention) -> bool:
        """Both ends of a range have a year, or the first borrows the second's year (March–June 1943)."""
        if b.spec.get("year") is None and a.spec.get("year") is None:
            return bool(a.spec.get("month") and b.spec.get("month"))  # "from February to July": narrative year
        if a.spec.get("year") is None:
            return b.spec.get("year") is not None and (a.spec.get("month") or a.spec.get("season")
                                                      or a.spec.get("day")) is not None
        return True

    def _attach_bounds(self, text: str, mentions: list[Mention]) -> list[Mention]:
        for m in mentions:
            if m.kind in ("date", "decade", "century", "range") and m.kind != "range":
                pb = self.bound_prefix.search(text[max(0, m.start - 12):m.start])
                if pb:
                    word = re.sub(r"\s+", " ", pb.group("b").lower())
                    if word == "from":
                        continue
                    m.bound = {"since": "since", "until": "until", "till": "until", "up to": "until",
                               "by": "by", "before": "before", "after": "after"}[word]
                    m.start -= len(text[max(0, m.start - 12):m.start]) - pb.start()
        return mentions


# --------------------------------------------------------------------------- resolution

BOUND_MODS = {"since": "ON_OR_AFTER", "after": "AFTER", "until": "ON_OR_BEFORE", "by": "ON_OR_BEFORE",
              "before": "BEFORE"}
_SEASON_UNITS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_DAY_PARTS = ("morning", "afternoon", "evening", "night")


@dataclass
class Anchors:
    """The reference times: the document time (publication) and the narrative's last explicit date."""

    document: Point | None
    narrative: Point | None = None
    mode: str = "narrative"

    def for_anaphora(self) -> Point | None:
        return self.narrative or self.document

    def for_deixis(self) -> Point | None:
        if self.mode == "news":
            return self.document or self.narrative
        return self.narrative or self.document


def _finish(m: Mention, value: str | None, mod: str | None = None, gran: str | None = None,
            interval: tuple[str, str] | None = None) -> None:
    m.value = value
    if mod is not None:
        m.mod = mod
    m.granularity = gran or granularity_of(value)
    m.interval = interval if interval is not None else interval_for(value, m.mod)


def _resolve_date(m: Mention, spec: dict[str, Any], anchors: Anchors) -> Point | None:
    year = spec.get("year")
    if year is None:
        base = anchors.for_anaphora() if anchors.mode == "narrative" else anchors.for_deixis()
        m.relative = True
        if base is None:
            month = spec.get("month")
            if spec.get("season"):
                m.value, m.granularity = f"XXXX-{spec['season']}", "season"
            elif month:
                m.value = f"XXXX-{month:02d}" + (f"-{spec['day']:02d}" if spec.get("day") else "")
                m.granularity = "day" if spec.get("day") else "month"
            return None
        m.anchor = base.value
        year = base.year
        month = spec.get("month")
        if (anchors.mode == "narrative" and month is not None and base.month is not None
                and base.month - month > FORWARD_MONTH_GAP):
            year += 1  # a narrative moves forward: "in January" told after "December 1941" is January 1942
    if spec.get("year") is None and spec.get("season") == "WI" and base is not None:
        year = _winter_label(base, 0)  # a winter is named by its January: after autumn 1777, 1778-WI
        if year != base.year:  # the narrative stays in its year; only this winter runs into the next
            _finish(m, Point(year, season="WI").value)
            return None
    point = Point(year, spec.get("month"), spec.get("day"), spec.get("season"))
    suffix = DAY_PART_CODES.get(spec.get("daypart") or "") if point.day else None
    _finish(m, point.value + (suffix or ""))
    return point


def _winter_label(base: Point, offset: int) -> int:
    """Year label of the winter ``offset`` winters from ``base`` (0: the one containing or following it).

    Winters are named by the year of their January (WikiWars/TIMEX2 habit): December 1777 and the
    autumn before it lead into 1778-WI; January 1777 lies in 1777-WI.
    """
    inside = base.season == "WI" or (base.month is not None and (base.month <= 2 or base.month == 12))
    current = base.year if base.season == "WI" or (base.month is not None and base.month <= 2) else base.year + 1
    if offset > 0 and not inside:
        offset -= 1  # "the following winter" after autumn: the coming one
    return current + offset


def _resolve_rel(m: Mention, anchors: Anchors) -> Point | None:
    spec = m.spec
    unit, offset = spec["unit"], spec.get("offset")
    base = anchors.for_deixis() if spec.get("deictic") else anchors.for_anaphora()
    m.relative = True
    if base is not None:
        m.anchor = base.value
    if offset is None or base is None:
        m.value, m.granularity, m.interval = None, unit if unit in GRANULARITIES else None, None
        if offset is None and spec.get("direction"):  # "a few days later": only the direction is known
            m.type, m.granularity = "REFERENCE", "reference"
            m.value = "FUTURE_REF" if spec["direction"] > 0 else "PAST_REF"
        return None
    if unit in _SEASON_UNITS:
        target = Point(base.year + offset, season=_SEASON_UNITS[unit])
        if offset == 1 and base.season in SEASONS:
            order = SEASONS.index(base.season)
            if SEASONS.index(_SEASON_UNITS[unit]) > order:
                target = Point(base.year, season=_SEASON_UNITS[unit])
        if unit == "winter":
            target = Point(_winter_label(base, offset), season="WI")
            if target.year != base.year:
                _finish(m, target.value)
                return None
        _finish(m, target.value)
        return target
    day_part = DAY_PART_CODES.get(unit)
    if unit in _DAY_PARTS:
        unit = "day"
    if unit in ("decade", "century"):
        size = 10 if unit == "decade" else 100
        width = 3 if unit == "decade" else 2
        if base.year >= 1:
            number = base.year // size + offset
            value = f"{number:0{width}d}" if number >= 0 else None
        else:  # BC: BC047 = 479..470 BC; later (offset > 0) means a smaller BC number
            number = (1 - base.year) // size - offset
            value = f"BC{number:0{width}d}" if number >= 0 else None
        _finish(m, value, gran=unit)
        return None
    if unit == "week":
        moved = base.shift("week", offset)
        m.value, m.granularity = (moved.value if moved else None), "week"
        m.interval = interval_for(moved.value) if moved else None
        if moved is not None:
            m.value = None
            m.interval = None
        return None
    trimmed = {"year": Point(base.year), "month": Point(base.year, base.month) if base.month else None,
               "day": base if base.day else None}[unit]
    if trimmed is None:
        return None
    target = trimmed.shift(unit, offset)
    if target is None:
        return None
    _finish(m, target.value + (day_part or "") if unit == "day" else target.value)
    return target


def _duration_value(amount: float | None, unit: str) -> str:
    time_unit = unit.startswith("T")
    letter = unit.lstrip("T").lstrip("0123456789") or unit
    factor = int(unit.lstrip("T")[:-1] or 1) if unit.lstrip("T")[:-1].isdigit() else 1
    if amount is None:
        qty = "X"
    else:
        total = amount * factor
        qty = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"PT{qty}{letter}" if time_unit else f"P{qty}{letter}"


def resolve(mentions: list[Mention], document: Point | None, mode: str = "narrative") -> list[Mention]:
    """Give every mention its value, interval and granularity, in text order.

    Narrative mode: anaphoric and deictic expressions use the last explicitly placed date (falling back to
    the document date); news mode: deictic ones ("last year", "now") use the document date, anaphoric ones
    ("the following year", "that month") the last date mentioned.
    """
    anchors = Anchors(document=document, mode=mode)
    last_placed: tuple[str | None, tuple[str, str]] | None = None
    for m in mentions:
        placed: Point | None = None
        if m.kind == "date":
            placed = _resolve_date(m, m.spec, anchors)
        elif m.kind == "decade":
            number = m.spec["number"]
            _finish(m, f"{number:03d}", gran="decade")
        elif m.kind == "century":
            number = m.spec["number"]
            value = f"BC{number:02d}" if m.spec["bc"] else f"{number:02d}"
            _finish(m, value, gran="century")
        elif m.kind == "turn":
            century = m.spec["century"]
            year = (1 - (century - 1) * 100) if m.spec["bc"] else (century - 1) * 100
            lo, hi = lexicon()["fuzzy_policy"]["turn_of_century_years"]
            m.mod = "APPROX"
            _finish(m, year_value(year), gran="year", interval=_year_span(year + lo, year + hi))
        elif m.kind == "range":
            parts: list[Mention] = m.spec["parts"]
            a, b = parts
            if a.kind == "date" and a.spec.get("year") is None and b.spec.get("year") is not None:
                a.spec = dict(a.spec, year=b.spec["year"])
                if a.spec.get("day") and not a.spec.get("month"):
                    a.spec["month"] = b.spec.get("month")
            for part in parts:
                if part.kind == "date":
                    _resolve_date(part, part.spec, anchors)
                else:
                    _finish(part, f"{part.spec['number']:03d}", gran="decade")
            if (a.interval and b.interval and b.kind == "date" and b.spec.get("year") is None
                    and _sort_key(a.interval[0]) > _sort_key(b.interval[1]) and b.value):
                later = point_from_value(b.value)  # "from October to March": March of the next year
                if later is not None:
                    b.spec = dict(b.spec, year=later.year + 1)
                    _resolve_date(b, b.spec, anchors)
            m.point_values = [p.value for p in parts]
            if a.value and b.value and a.interval and b.interval and _sort_key(a.interval[0]) <= _sort_key(
                    b.interval[1]):
                m.value = f"{a.value}/{b.value}"
                m.interval = (a.interval[0], b.interval[1])
            m.granularity = "range"
            if b.kind == "date" and b.value and b.interval:
                placed = point_from_value(b.value)
        elif m.kind == "rel":
            placed = _resolve_rel(m, anchors)
        elif m.kind == "duration":
            m.type = "DURATION"
            m.value = _duration_value(m.spec["amount"], m.spec["unit"])
            m.granularity = "duration"
            m.interval = None
        elif m.kind == "ref":
            m.type = "REFERENCE"
            m.value = m.spec["ref"]
            m.granularity = "reference"
            if m.value == "PRESENT_REF" and mode == "news" and document is not None:
                m.interval = interval_for(document.value)
        elif m.kind == "anaphor":
            m.type = "REFERENCE"
            m.granularity = "reference"
            m.relative = True
            if last_placed is not None:  # "this period": the whole span last mentioned (a range stays a range)
                m.anchor, m.interval = last_placed
            elif anchors.for_anaphora() is not None:
                m.anchor = anchors.for_anaphora().value  # type: ignore[union-attr]
                m.interval = interval_for(m.anchor)
            if m.spec.get("present"):  # "at this time": TIMEX2's PRESENT_REF (the narrative's present)
                m.value = "PRESENT_REF"
            # otherwise the value stays None ("that time"); the interval is the narrative's
        elif m.kind == "set":
            m.type, m.value, m.granularity = "SET", m.spec["value"], None
            if m.spec.get("daypart"):  # "at night": a part of an unspecified day (TIMEX2 XXXX-XX-XXTNI), no interval
                m.type = "DATE"
        elif m.kind == "vague":
            m.granularity = None
        elif m.kind == "clock":
            base = anchors.for_anaphora()
            if base is not None and base.day is not None:
                m.relative, m.anchor = True, base.value
                m.value, m.granularity, m.interval = base.value + m.spec["time"], "day", interval_for(base.value)
            else:
                m.value, m.granularity = "XXXX-XX-XX" + m.spec["time"], "day"
        elif m.kind == "weekday":
            m.granularity = "day"
            base = anchors.for_anaphora()
            names = lexicon()["weekdays"]
            if base is not None and base.day and base.year >= 1:
                want = names.index(m.spec["weekday"])
                start = _dt.date(base.year, base.month or 1, base.day)
                at_publication = anchors.document is not None and base.value == anchors.document.value
                if anchors.mode == "news" and at_publication and not m.spec.get("future"):
                    # a news report's weekday is the last such day up to publication ("clashed on
                    # Saturday", published on a Sunday; a dateline's date is the publication's); after
                    # another explicit date, or in a future clause ("will meet on Monday"), the next one
                    moved = start - _dt.timedelta(days=(start.weekday() - want) % 7)
                else:
                    moved = start + _dt.timedelta(days=(want - start.weekday()) % 7)
                m.relative, m.anchor = True, base.value
                _finish(m, Point(moved.year, moved.month, moved.day).value)
        if m.kind != "range" and not m.point_values:
            m.point_values = [m.value]
        if m.bound and m.interval is not None:
            m.mod = m.mod or BOUND_MODS[m.bound]
            if m.bound in ("since", "after") and document is not None:
                end = interval_for(document.value)
                if end and _sort_key(end[1]) > _sort_key(m.interval[1]):
                    m.interval = (m.interval[0], end[1])
        if (m.kind in ("date", "range", "decade", "century", "rel", "turn") and m.interval is not None
                and not m.spec.get("weak")):
            last_placed = (m.value, m.interval)
        if (placed is not None and YEAR_ASIDE_GAP and m.kind == "date" and not m.relative and placed.month is None
                and placed.season is None and not m.spec.get("initial") and anchors.narrative is not None
                and anchors.narrative.month is not None and abs(placed.year - anchors.narrative.year) > YEAR_ASIDE_GAP):
            placed = None  # "..., as in 1614", "declassified in 2005": a bare year far from a dated narrative
        if placed is not None and not m.spec.get("weak") and (
                (m.kind == "range" and ANCHOR_ON_RANGES and not m.spec["parts"][-1].relative) or (m.kind == "date" and not m.relative)
                or (m.kind in ANCHORING_RELATIVE and m.relative and not _looks_back(m))):
            anchors.narrative = _narrower(anchors.narrative, placed)
    return mentions


ANCHORING_RELATIVE = ("date", "rel")
SHARE_IN_SENTENCE = True
YEAR_ASIDE_GAP = 5
SHARE_WINDOW = 120
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 1}
INITIAL_WORDS = 3


def _looks_back(m: Mention) -> bool:
    """A backward relative ("the previous year", "two years earlier") is a flashback: the narrative stays."""
    if m.kind != "rel":
        return False
    offset = m.spec.get("offset") or 0
    return offset < 0 or (offset > 0 and bool(m.spec.get("deictic")))
FORWARD_MONTH_GAP = 7
ANCHOR_ON_RANGES = True
WEAK_PARENTHESES = True


def _narrower(old: Point | None, new: Point) -> Point:
    """The new reference point, unless it only repeats the year (or month) of a finer current one."""
    if old is None or old.year != new.year:
        return new
    if new.month is None and new.season is None and (old.month is not None or old.season is not None):
        return old
    if new.day is None and new.month is not None and old.month == new.month and old.day is not None:
        return old
    return new


def point_from_value(value: str) -> Point | None:
    parts = parse_value(value)
    if parts is None or parts["kind"] != "year":
        return None
    year = 1 - parts["number"] if parts["bc"] else parts["number"]
    return Point(year, parts["month"], parts["day"], parts["season"])


@lru_cache(maxsize=1)
def default_recogniser() -> Recogniser:
    return Recogniser()


def tag(text: str, document_date: str | None = None, mode: str = "narrative",
        recogniser: Recogniser | None = None) -> list[Mention]:
    """Find and resolve every time expression of ``text`` (pure; the spaCy component wraps this)."""
    rec = recogniser or default_recogniser()
    return resolve(rec.find(text), point_from_iso(document_date), mode)
