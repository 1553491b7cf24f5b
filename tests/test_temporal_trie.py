"""The prefix-tree alternation (temporal.trie_alternation) matches exactly what the ordered alternation matches."""

from __future__ import annotations

import random
import re

import pytest

from afru_nlp import temporal
from afru_nlp.temporal import ordered_alternation, trie_alternation

# What follows the alternation in a pattern decides which of several matching words wins (the first tried
# whose continuation succeeds), so the two must agree under continuations that accept different ends.
CONTINUATIONS = ("", r"\b", r"(?!\w)", r"\s", r"$", r"s\b", r"[\s.,]", r"\w", r"(?!\s+of\b)")


def _lexicon_lists() -> dict[str, tuple[list[str], bool]]:
    lex = temporal.lexicon()
    lists = {name: (list(value), True) for name, value in lex.items()
             if isinstance(value, (list, dict)) and value and all(isinstance(w, str) for w in value)}
    full = [m for m in lex["months"] if len(m) > 4 or m in ("may", "june", "july")]
    lists["months_cased"] = ([m.capitalize() for m in full] + [m.upper() for m in full], False)
    lists["months_abbr_cased"] = ([m.capitalize() for m in lex["months"] if m not in full], False)
    lists["adjective_stops"] = (list(temporal.DURATION_ADJECTIVE_STOPS) + list(lex["numbers"])
                                + list(lex["units"]), True)
    return lists


SYNTHETIC = {
    "prefixes": (["may", "mayor", "mayday", "ma", "m", "maya"], True),
    "unicode_case_text": (["kelvin", "ski", "sky", "is", "kiss"], True),
    "mixed_case": (["May", "mayday", "MAYOR", "mAy", "Mayo"], True),
    "mixed_case_sensitive": (["May", "mayday", "MAYOR", "Mayo", "MAY", "M"], False),
    "spaces": (["new year", "new year's day", "new", "news", "new years", "new  year", "the new year"], True),
    "punctuation": (["a.d.", "a.d", "ad", "c++", "c+", "(x)", "a|b", "a-b", "a b-c"], True),
    "empty": (["", "a", "ab"], True),
    "irregular_whitespace": ([" lead", "trail ", "tab\tword", "tab", "two  spaces", "two"], True),
    "non_ascii_cased": (["straße", "STRASSE", "ſun", "sun", "Kelvin", "\u212aelvin"], True),
    "non_ascii_caseless": (["new year’s", "new year’s eve", "new year", "year’s"], True),
}
CASES = {**_lexicon_lists(), **SYNTHETIC}


def _texts(words: list[str], seed: int) -> list[str]:
    """Every word, its prefixes and extensions, other spellings, and random strings of its characters."""
    rng = random.Random(seed)
    pool = sorted(set(words))
    out: set[str] = set()
    for word in pool:
        # Kelvin sign and long s match k and s under IGNORECASE
        variants = {word, word.upper(), word.capitalize(), word.replace(" ", " \n"),
                    word.replace("k", "\u212a").replace("s", "\u017f").replace("i", "\u0131")}
        for v in variants:
            out.update(v[:i] for i in range(len(v) + 1))
            out.update(v + tail for tail in (" ", ".", "s", "-", "'s", " of", "\n"))
            out.update(v + " " + rng.choice(pool) for _ in range(2))
            out.add(v + rng.choice(pool))
    alphabet = sorted(set("".join(pool) + "".join(pool).upper() + " \n.-'x"))
    out.update("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))) for _ in range(300))
    return sorted(out)


@pytest.mark.parametrize("name", sorted(CASES))
def test_trie_matches_like_the_ordered_alternation(name: str) -> None:
    words, ignore_case = CASES[name]
    flags = (re.IGNORECASE if ignore_case else 0) | re.DOTALL
    old_alt, new_alt = ordered_alternation(words), trie_alternation(words, ignore_case)
    texts = _texts(words, seed=len(name))
    for continuation in CONTINUATIONS:
        old = re.compile(f"(?P<w>{old_alt}){continuation}", flags)
        new = re.compile(f"(?P<w>{new_alt}){continuation}", flags)
        for text in texts:
            a, b = old.match(text), new.match(text)
            assert (a and a.span("w")) == (b and b.span("w")), (continuation, text)
            assert ([m.span("w") for m in old.finditer(text)] == [m.span("w") for m in new.finditer(text)]), \
                (continuation, text)
    # Continuations accepting only ends before / after a point: the same word is tried first in every range,
    # so the two try the matching words in the same order (longest first).
    longest = max(map(len, texts))
    ranges = [(re.compile(f"(?P<w>{old_alt}){c}", flags), re.compile(f"(?P<w>{new_alt}){c}", flags))
              for j in range(longest + 2) for c in (f"(?=.{{{j}}})", f"(?!.{{{j}}})")]
    starts = re.compile(f"(?:{old_alt})", flags)
    for text in texts:
        if starts.match(text):
            for old, new in ranges[:2 * len(text) + 4]:
                a, b = old.match(text), new.match(text)
                assert (a and a.span("w")) == (b and b.span("w")), (old.pattern, text)


def test_trie_shape() -> None:
    assert trie_alternation(["may", "march", "mayor"], ignore_case=True) == "ma(?:rch|y(?:or)?)"
    assert trie_alternation(["May", "MAY"], ignore_case=True) == "may"  # one branch under IGNORECASE
    assert trie_alternation(["May", "MAY"], ignore_case=False) == "M(?:AY|ay)"
    assert trie_alternation(["new year", "new"], ignore_case=True) == r"new(?:\s+year)?"
    # several first characters: one class tested first
    assert trie_alternation(["june", "may", "mar"], ignore_case=True) == "(?=[jm])(?:june|ma(?:r|y))"
    assert trie_alternation([], ignore_case=True) == ordered_alternation([]) == ""
    # no single path per position: left as the ordered alternation
    assert trie_alternation(["a  b", "a"], ignore_case=True) == ordered_alternation(["a  b", "a"])
    assert trie_alternation(["ſun", "sun"], ignore_case=True) == ordered_alternation(["ſun", "sun"])


def _random_texts(seed: int, count: int) -> list[str]:
    lex = temporal.lexicon()
    vocabulary = [w for value in lex.values() if isinstance(value, (list, dict))
                  for w in value if isinstance(w, str)]
    vocabulary += ["the", "of", "in", "on", "early", "late", "mid-", "until", "since", "from", "to", "and",
                   "1944", "1940s", "12", "3rd", "490 BC", "AD 43", "1914-18", "two", "twenty-five", "ago",
                   ",", ".", ";", "(", ")", "\n", "A", "Long", "days", "later", "years", "of that year"]
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(3, 40))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.3 else w for w in words]
        texts.append(" ".join(words))
    return texts


def test_recogniser_patterns_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every compiled pattern of the recogniser finds the same matches with the ordered alternations."""
    new = temporal.Recogniser()
    monkeypatch.setattr(temporal, "_alt", lambda words, ignore_case=True: ordered_alternation(words))
    old = temporal.Recogniser()
    old_patterns = dict(old.patterns) | {f"trigger {k}": p for k, p in old.trigger_patterns.items()}
    new_patterns = dict(new.patterns) | {f"trigger {k}": p for k, p in new.trigger_patterns.items()}
    for name in ("mod_prefix", "number_word_re"):
        old_patterns[name], new_patterns[name] = getattr(old, name), getattr(new, name)
    assert old_patterns.keys() == new_patterns.keys()
    texts = _random_texts(seed=7, count=250)
    for name, pattern in new_patterns.items():
        for text in texts:
            got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in old_patterns[name].finditer(text)], (name, text)
    for text in texts:
        assert new.find(text) == old.find(text), text
