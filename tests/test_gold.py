"""afru_nlp.gold: TOML sources → records (offsets, errors, intervals computed by hand), and the committed
gold files are up to date with their sources and valid."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from afru_nlp.gold import GoldError, build_gold, build_record, simple_interval, skeleton, split_sentences
from afru_nlp.io import Document, dumps_record

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "annotations" / "gold"
SOURCES = sorted((GOLD_DIR / "src").glob("*.toml"))

TEXT = ("Russia and the Afghan government signed a treaty in 1921. Russia later sent aid to Afghanistan; "
        "officials of Russia visited Kabul in the winter of 1943.")


def doc() -> Document:
    return Document(id="t", text=TEXT, meta={"published": None})


def source(body: str) -> dict:
    header = ('doc_id = "t"\n[actors]\nRUS = { name = "Russia", type = "state", country = "RUS" }\n'
              'AFG = { name = "Afghanistan", type = "state", country = "AFG" }\n')
    return tomllib.loads(header + body)


TWO_SENTENCES = '''
[[sentence]]
text = "Russia and the Afghan government signed a treaty in 1921."
time = ["1921-01-01", "1921-12-31", "own"]
dates = [{ text = "1921", value = "1921" }]
actors = [{ text = "Russia", id = "RUS" }, { text = "Afghan", id = "AFG" }]
stances = [{ source = "RUS", target = "AFG", symmetric = true, category = "AGREE", cues = ["signed a treaty"] }]

[[sentence]]
text = "Russia later sent aid to Afghanistan; officials of Russia visited Kabul in the winter of 1943."
time = "inherit"
dates = [{ text = "the winter of 1943", value = "1943-WI" }]
actors = [{ text = "Russia", id = "RUS" }, { text = "Afghanistan", id = "AFG" }, { text = "Russia", id = "RUS", n = 2 }]
stances = [{ source = "RUS", target = "AFG", category = "AID", cues = ["sent aid"] }]
'''


def build(body: str) -> dict:
    return build_record(source(body), doc(), "t.toml")


def test_offsets_of_mentions_and_repeated_mentions():
    record = build(TWO_SENTENCES)
    s1, s2 = record["sentences"]
    assert (s1["start"], s1["end"]) == (0, 57)
    assert s2["start"] == 58 and s2["end"] == len(TEXT)
    russia2 = s2["actors"][2]
    assert TEXT[russia2["start"]:russia2["end"]] == "Russia"
    assert russia2["start"] == 58 + 51   # "Russia later sent aid to Afghanistan; officials of " is 51 long
    assert s2["actors"][0]["start"] == 58
    assert s2["actors"][1]["start"] == TEXT.index("Afghanistan")
    afghan = s1["actors"][1]
    assert (afghan["start"], afghan["end"]) == (15, 21)
    assert [c["text"] for c in s1["stances"][0]["cues"]] == ["signed a treaty"]
    assert s1["stances"][0]["polarity"] == "cooperative" and s1["stances"][0]["quad"] == "verbal_cooperation"
    assert s2["time"] == {"start": "1921-01-01", "end": "1921-12-31", "basis": "inherited"}
    assert s2["dates"][0]["interval"] == {"start": "1942-12-01", "end": "1943-02-28"}  # winter named by its January
    assert s1["id"] == "t#s1" and s2["actors"][1]["mention_id"] == "t#s2.a2"


def test_whole_words_are_preferred_to_parts_of_words():
    text = "Afghanistan and Afghan officials met."
    record = build_record(tomllib.loads(
        'doc_id = "t"\n[actors]\nAFG = { name = "Afghanistan", type = "state", country = "AFG" }\n'
        '[[sentence]]\ntext = "Afghanistan and Afghan officials met."\n'
        'actors = [{ text = "Afghan", id = "AFG" }]\n'), Document(id="t", text=text), "t.toml")
    assert record["sentences"][0]["actors"][0]["start"] == 16
    # n counts every occurrence (as annotators count them); a part-word n-th occurrence is kept only when
    # there is no n-th whole word: the 2nd "Russia" here is the one in "Russia's", the whole word
    text = "Russian officials and Russia's envoy."
    record = build_record(tomllib.loads(
        'doc_id = "t"\n[actors]\nRUS = { name = "Russia", type = "state", country = "RUS" }\n'
        f'[[sentence]]\ntext = "{text}"\nactors = [{{ text = "Russia", id = "RUS", n = 2 }}]\n'),
        Document(id="t", text=text), "t")
    assert record["sentences"][0]["actors"][0]["start"] == 22
    # a needle found only inside words is still found (a deliberate part-word mark)
    record = build_record(tomllib.loads(
        'doc_id = "t"\n[actors]\nRUS = { name = "Russia", type = "state", country = "RUS" }\n'
        '[[sentence]]\ntext = "Russian officials."\nactors = [{ text = "Russia", id = "RUS" }]\n'),
        Document(id="t", text="Russian officials."), "t")
    assert record["sentences"][0]["actors"][0]["end"] == 6


def test_string_mention_needs_an_id():
    with pytest.raises(GoldError, match="malformed|id"):
        list(_build_via_build_gold(TWO_SENTENCES.replace('{ text = "Russia", id = "RUS" }, { text = "Afghan"',
                                                         '"Russia", { text = "Afghan"')))


def _build_via_build_gold(body: str, tmp: Path | None = None):
    """build_gold turns KeyError/TypeError into GoldError; use a temporary corpus folder."""
    import tempfile

    folder = Path(tempfile.mkdtemp()) if tmp is None else tmp
    (folder / "t.txt").write_text(TEXT, encoding="utf-8")
    src = folder / "t.toml"
    header = ('doc_id = "t"\n[actors]\nRUS = { name = "Russia", type = "state", country = "RUS" }\n'
              'AFG = { name = "Afghanistan", type = "state", country = "AFG" }\n')
    src.write_text(header + body, encoding="utf-8")
    corpus = folder / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "t.txt").write_text(TEXT, encoding="utf-8")
    return build_gold([src], corpus)


def test_sentence_text_not_found():
    body = TWO_SENTENCES.replace("signed a treaty in 1921.", "signed a pact in 1921.")
    with pytest.raises(GoldError, match="sentence 1: text not found"):
        build(body)


def test_unknown_actor_id():
    body = TWO_SENTENCES.replace('{ text = "Afghanistan", id = "AFG" }', '{ text = "Afghanistan", id = "AFGX" }')
    with pytest.raises(GoldError, match="sentence 2: actor id 'AFGX' is not in the"):
        build(body)


def test_skipped_text_between_sentences():
    body = '''
[[sentence]]
text = "Russia later sent aid to Afghanistan; officials of Russia visited Kabul in the winter of 1943."
'''
    with pytest.raises(GoldError, match="text skipped before it"):
        build(body)


def test_text_after_the_last_sentence():
    body = '''
[[sentence]]
text = "Russia and the Afghan government signed a treaty in 1921."
'''
    with pytest.raises(GoldError, match="text after the last sentence"):
        build(body)


def test_mention_not_in_its_sentence_and_bad_occurrence():
    with pytest.raises(GoldError, match="'Kabul' .occurrence 1. not found"):
        build(TWO_SENTENCES.replace('{ text = "1921", value = "1921" }', '{ text = "Kabul", value = "1921" }'))
    with pytest.raises(GoldError, match="occurrence 3"):
        build(TWO_SENTENCES.replace('id = "RUS", n = 2', 'id = "RUS", n = 3'))


def test_inherit_without_an_earlier_time():
    with pytest.raises(GoldError, match="inherit"):
        build(TWO_SENTENCES.replace('time = ["1921-01-01", "1921-12-31", "own"]\n', ""))


def test_polarity_contradicting_category():
    with pytest.raises(GoldError, match="contradicts"):
        build(TWO_SENTENCES.replace('category = "AID"', 'category = "AID", polarity = "conflictual"'))


def test_fuzzy_value_needs_an_explicit_interval():
    with pytest.raises(GoldError, match="explicit interval"):
        build(TWO_SENTENCES.replace('value = "1921"', 'value = "1921-Q1"'))
    record = build(TWO_SENTENCES.replace('value = "1921"', 'value = "192", mod = "START", '
                                                           'interval = ["1920-01-01", "1923-12-31"]'))
    assert record["sentences"][0]["dates"][0]["interval"] == {"start": "1920-01-01", "end": "1923-12-31"}
    assert record["sentences"][0]["dates"][0]["mod"] == "START"


def test_duration_has_no_interval_and_type_duration():
    record = build(TWO_SENTENCES.replace('value = "1921"', 'value = "P10Y"'))
    item = record["sentences"][0]["dates"][0]
    assert item["interval"] is None and item["type"] == "DURATION"


@pytest.mark.parametrize("value, expected", [
    ("1989-02-15", ("1989-02-15", "1989-02-15")),
    ("1979-12", ("1979-12-01", "1979-12-31")),
    ("1979-04", ("1979-04-01", "1979-04-30")),
    ("2000-02", ("2000-02-01", "2000-02-29")),     # divisible by 400: leap
    ("1900-02", ("1900-02-01", "1900-02-28")),     # divisible by 100 only: not leap
    ("1988-02", ("1988-02-01", "1988-02-29")),
    ("1979", ("1979-01-01", "1979-12-31")),
    ("198", ("1980-01-01", "1989-12-31")),         # decade
    ("19", ("1900-01-01", "1999-12-31")),          # century
    ("1943-SP", ("1943-03-01", "1943-05-31")),
    ("1943-SU", ("1943-06-01", "1943-08-31")),
    ("1943-FA", ("1943-09-01", "1943-11-30")),
    ("1944-WI", ("1943-12-01", "1944-02-29")),     # named by its January; ends in a leap February
    ("1979-WI", ("1978-12-01", "1979-02-28")),
    ("1979/1989", ("1979-01-01", "1989-12-31")),
    ("1979-12/1989-02", ("1979-12-01", "1989-02-28")),
])
def test_simple_interval(value, expected):
    assert simple_interval(value) == expected


@pytest.mark.parametrize("value", ["P10Y", "PRESENT_REF", "1979-Q1", "around 1980"])
def test_simple_interval_refuses_what_it_cannot_place(value):
    assert simple_interval(value) is None


def test_split_sentences_and_skeleton_build():
    assert split_sentences("A b. C d!\nE f? G") == ["A b.", "C d!", "E f?", "G"]
    record = build_record(tomllib.loads(skeleton(doc())), doc(), "skeleton")
    assert [s["text"] for s in record["sentences"]] == [
        "Russia and the Afghan government signed a treaty in 1921.",
        "Russia later sent aid to Afghanistan; officials of Russia visited Kabul in the winter of 1943."]


# --------------------------------------------------------------------------- the committed gold


def _sources():
    if not SOURCES:
        pytest.skip("no annotations/gold/src/*.toml yet")
    return SOURCES


# the first gold and the second annotator's files of the agreement study (docs/agreement.md)
BUILT_FROM_SOURCES = [(path, GOLD_DIR) for path in SOURCES] + [
    (path, REPO / "annotations" / "agreement")
    for path in sorted((REPO / "annotations" / "agreement" / "src").glob("*.toml"))]


@pytest.mark.parametrize("path,out_dir", BUILT_FROM_SOURCES or [(None, None)],
                         ids=lambda p: f"{p.parent.parent.name}/{p.stem}" if isinstance(p, Path) and p.suffix else None)
def test_gold_file_is_built_from_its_source(path, out_dir, tmp_path):
    if path is None:
        pytest.skip("no annotations/gold/src/*.toml yet")
    from afru_nlp.io import write_jsonl

    records = list(build_gold([path], REPO / "corpus"))
    assert len(records) == 1
    built = tmp_path / f"{records[0]['doc_id']}.jsonl"
    write_jsonl(records, built)
    committed = out_dir / built.name
    assert committed.exists(), f"{committed} missing: run afru-nlp gold build {path} -o {out_dir}"
    assert committed.read_bytes() == built.read_bytes(), f"{committed} is stale: rebuild it from {path}"


def test_every_gold_file_is_valid():
    files = sorted(GOLD_DIR.glob("*.jsonl"))
    if not files:
        pytest.skip("no annotations/gold/*.jsonl yet")
    from afru_nlp.records import validate_files

    report = validate_files(files)
    assert report.ok, report.failures
    assert report.records == len(files)
    sources = {p.stem for p in _sources()}
    assert {f.stem for f in files} <= sources, "a gold file without its TOML source"


def test_gold_never_comes_from_the_pipeline():
    import json

    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        record = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        assert record["provenance"]["model"]["name"] == "gold", path
        assert record["provenance"]["spacy"] == "none", path


def test_records_are_deterministic():
    assert dumps_record(build(TWO_SENTENCES)) == dumps_record(build(TWO_SENTENCES))


def test_neutral_stance_has_no_quad_even_with_a_category():
    """A denied stance keeps the denied act's category but is neutral: quad null, score 0 (architecture.md)."""
    record = build(TWO_SENTENCES.replace('category = "AID",', 'category = "AID", polarity = "neutral", denied = true,'))
    item = record["sentences"][1]["stances"][0]
    assert (item["category"], item["polarity"], item["quad"], item["score"], item["denied"]) == \
        ("AID", "neutral", None, 0.0, True)
