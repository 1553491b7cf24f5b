"""Gold annotations written by hand in TOML, built into contract records.

Annotators write what they read — sentence texts, mention texts with their values and ids, stances —
and this module finds the offsets, so nobody counts characters. It depends on no pipeline code: the
intervals of simple values are derived here by its own small rules, so gold stays independent of
what it is used to test.

A source file (``annotations/gold/src/<doc_id>.toml``)::

    doc_id = "afghanistan-russia-relations"
    annotator = "initials"

    [actors]                       # every actor id used below: name, type, country
    SUN = { name = "Soviet Union", type = "state", country = "SUN" }

    [[sentence]]
    text = "Bilateral relations were affected by the Soviet invasion of Afghanistan in 1979."
    time = ["1979-01-01", "1979-12-31", "own"]         # or "inherit", or leave out for null
    dates = [{ text = "1979", value = "1979" }]        # interval derived; give `interval` when fuzzy
    actors = [{ text = "Soviet", id = "SUN" }, { text = "Afghanistan", id = "AFG" }]
    stances = [{ source = "SUN", target = "AFG", category = "ASSAULT", cues = ["invasion"] }]

Every sentence of the document is listed, in order; ``n = 2`` picks the second occurrence of a mention
text inside its sentence (an occurrence inside a longer word, "Afghan" in "Afghanistan", gives way to the
n-th whole-word occurrence when there is one).
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from afru_nlp.io import AfruError, Document, read_inputs
from afru_nlp.plover import canonical_category, polarity_of, quad_of
from afru_nlp.records import SCHEMA_VERSION, sentence_id

GOLD_SCORE = {"cooperative": 0.5, "conflictual": -0.5, "neutral": 0.0}
STANCE_FLAGS = ("negated", "alleged", "denied", "future")


class GoldError(AfruError):
    """A gold source file does not fit its document or the format."""


# --------------------------------------------------------------------------- intervals of simple values

_SEASONS = {"SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30)), "WI": ((12, 1), (2, None))}


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1] if 1 <= year <= 9999 else 31 if month != 2 else 28


def simple_interval(value: str) -> tuple[str, str] | None:
    """Calendar span of a plain TIMEX value (year, month, day, season, decade, century, A/B range)."""
    if "/" in value:
        left, right = value.split("/", 1)
        a, b = simple_interval(left), simple_interval(right)
        return (a[0], b[1]) if a and b else None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return value, value
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return f"{value}-01", f"{value}-{_last_day(year, month):02d}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        # A winter is named by the year of its January (TIMEX2 practice): 1943-WI = Dec 1942 - Feb 1943.
        end_year = int(m[1])
        (m1, d1), (m2, d2) = _SEASONS[m[2]]
        year = end_year - 1 if m[2] == "WI" else end_year
        d2 = d2 or _last_day(end_year, m2)
        return f"{year:04d}-{m1:02d}-{d1:02d}", f"{end_year:04d}-{m2:02d}-{d2:02d}"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", f"{value}-12-31"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0-01-01", f"{value}9-12-31"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00-01-01", f"{value}99-12-31"
    return None


# --------------------------------------------------------------------------- building records


def split_sentences(text: str) -> list[str]:
    """A plain splitter for skeletons: ends at . ! ? (and closing quotes) before a capital, or at a newline."""
    out: list[str] = []
    start = 0
    for boundary in re.finditer(r"[.!?][\"”’)]?(?=\s+[\"“A-Z0-9])|\n", text):
        piece = text[start:boundary.end()].strip()
        if piece:
            out.append(piece)
        start = boundary.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def _occurrences(haystack: str, needle: str) -> tuple[list[int], list[int]]:
    """Starts of every occurrence of ``needle``, and of those that are whole words (not inside a longer
    word: "Afghan" inside "Afghanistan" is not whole)."""
    found: list[int] = []
    index = haystack.find(needle) if needle else -1
    while index >= 0:
        found.append(index)
        index = haystack.find(needle, index + 1)

    def whole(i: int) -> bool:
        before = haystack[i - 1] if i > 0 else " "
        after = haystack[i + len(needle)] if i + len(needle) < len(haystack) else " "
        return not (needle[0].isalnum() and before.isalnum()) and not (needle[-1].isalnum() and after.isalnum())

    return found, [i for i in found if whole(i)]


def _find(haystack: str, needle: str, base: int, n: int, where: str) -> tuple[int, int]:
    """The n-th occurrence; when it lies inside a longer word, the n-th whole-word occurrence instead
    (if there is one), so "Afghan" does not silently land inside "Afghanistan"."""
    found, words = _occurrences(haystack, needle)
    if n < 1 or len(found) < n:
        raise GoldError(f"{where}: {needle!r} (occurrence {n}) not found in its sentence")
    index = found[n - 1]
    if index not in words and len(words) >= n:
        index = words[n - 1]
    return base + index, base + index + len(needle)


def _mention(item: Any, sent_text: str, base: int, where: str) -> tuple[str, int, int]:
    if isinstance(item, str):
        text, n = item, 1
    else:
        text, n = item["text"], int(item.get("n", 1))
    start, end = _find(sent_text, text, base, n, where)
    return text, start, end


def build_record(source: dict[str, Any], document: Document, where: str) -> dict[str, Any]:
    """The gold record of one document from its parsed TOML source."""
    text = document.text
    actors_table: dict[str, dict[str, Any]] = source.get("actors", {})
    sentences_out = []
    cursor = 0
    previous_time: dict[str, Any] | None = None
    for index, sent in enumerate(source.get("sentence", []), start=1):
        here = f"{where}: sentence {index}"
        stext = sent["text"]
        start = text.find(stext, cursor)
        if start < 0:
            raise GoldError(f"{here}: text not found after offset {cursor}: {stext[:60]!r}")
        gap = text[cursor:start]
        if gap.strip():
            raise GoldError(f"{here}: text skipped before it: {gap.strip()[:60]!r}")
        end = start + len(stext)
        cursor = end
        sid = sentence_id(document.id, index)

        dates = []
        for k, item in enumerate(sent.get("dates", []), start=1):
            mtext, ms, me = _mention(item, stext, start, here)
            value = item.get("value")
            if "interval" in item:
                interval = {"start": item["interval"][0], "end": item["interval"][1]} if item["interval"] else None
            else:
                span = simple_interval(value) if value and not value.startswith("P") else None
                if value and not value.startswith("P") and span is None:
                    raise GoldError(f"{here}: value {value!r} needs an explicit interval")
                interval = {"start": span[0], "end": span[1]} if span else None
            dates.append({"mention_id": f"{sid}.d{k}", "text": mtext, "start": ms, "end": me, "value": value,
                          "interval": interval, "granularity": item.get("granularity"), "mod": item.get("mod"),
                          "type": item.get("type", "DURATION" if value and value.startswith("P") else "DATE")})

        actors = []
        for k, item in enumerate(sent.get("actors", []), start=1):
            mtext, ms, me = _mention(item, stext, start, here)
            actor_id = item["id"]
            info = actors_table.get(actor_id)
            if info is None:
                raise GoldError(f"{here}: actor id {actor_id!r} is not in the [actors] table")
            actors.append({"mention_id": f"{sid}.a{k}", "text": mtext, "start": ms, "end": me, "id": actor_id,
                           "name": info["name"], "type": info["type"], "country": info.get("country")})

        stances = []
        for k, item in enumerate(sent.get("stances", []), start=1):
            category = canonical_category(item["category"]) if item.get("category") else None
            polarity = item.get("polarity") or polarity_of(category)
            if category and polarity != polarity_of(category) and polarity != "neutral":
                raise GoldError(f"{here}: polarity {polarity!r} contradicts category {category}")
            cues = []
            for cue in item.get("cues", []):
                ctext, cs, ce = _mention(cue, stext, start, here)
                cues.append({"text": ctext, "start": cs, "end": ce})
            stance = {"stance_id": f"{sid}.t{k}", "source": item["source"], "target": item["target"],
                      "symmetric": bool(item.get("symmetric", False)), "polarity": polarity,
                      "score": float(item.get("score", GOLD_SCORE[polarity])), "category": category,
                      "quad": quad_of(category) if polarity != "neutral" else None, "cues": cues}
            for flag in STANCE_FLAGS:
                stance[flag] = bool(item.get(flag, False))
            stances.append(stance)

        time_spec = sent.get("time")
        if time_spec == "inherit":
            if previous_time is None:
                raise GoldError(f"{here}: time = 'inherit' but no earlier sentence has a time")
            time = {"start": previous_time["start"], "end": previous_time["end"], "basis": "inherited"}
        elif time_spec:
            time = {"start": time_spec[0], "end": time_spec[1], "basis": time_spec[2]}
        else:
            time = None
        if time is not None:
            previous_time = time
        sentences_out.append({"id": sid, "start": start, "end": end, "text": stext, "dates": dates,
                              "actors": actors, "time": time, "stances": stances})
    if text[cursor:].strip():
        raise GoldError(f"{where}: text after the last sentence is not annotated: {text[cursor:].strip()[:60]!r}")
    from afru_nlp import __version__

    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": document.id,
        "text": text,
        "meta": document.meta,
        "provenance": {"afru_nlp": __version__, "spacy": "none", "model": {"name": "gold", "version": "1"},
                       "annotator": source.get("annotator"), "guidelines": "docs/annotation-guidelines.md"},
        "temporal": None,
        "sentences": sentences_out,
    }


def load_source(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise GoldError(f"{path}: {exc}") from None
    except UnicodeDecodeError:
        raise GoldError(f"{path}: not valid UTF-8") from None


def build_gold(sources: list[Path], corpus: Path) -> Iterator[dict[str, Any]]:
    """Records for every TOML source, matched to the corpus documents by ``doc_id``."""
    documents = {d.id: d for d in read_inputs([corpus])}
    for path in sources:
        source = load_source(path)
        doc_id = source.get("doc_id")
        if doc_id not in documents:
            raise GoldError(f"{path}: doc_id {doc_id!r} is not a document of {corpus}")
        try:
            yield build_record(source, documents[doc_id], str(path))
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldError(f"{path}: malformed entry ({type(exc).__name__}: {exc})") from None


def skeleton(document: Document) -> str:
    """A TOML source to fill in: one [[sentence]] per sentence of a plain split, empty layers."""
    lines = [f'doc_id = "{document.id}"', 'annotator = ""', "", "[actors]", ""]
    for sent in split_sentences(document.text):
        escaped = sent.replace("\\", "\\\\").replace('"', '\\"')
        lines += ["[[sentence]]", f'text = "{escaped}"', "dates = []", "actors = []", "stances = []", ""]
    return "\n".join(lines)
