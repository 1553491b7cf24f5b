"""The second annotator's files for the inter-annotator agreement study (docs/agreement.md) are up to date with
their TOML sources, valid, and each has a first-annotator gold file to be compared with."""

from __future__ import annotations

from pathlib import Path

import pytest

from afru_nlp.gold import build_gold
from afru_nlp.io import write_jsonl

REPO = Path(__file__).resolve().parents[1]
AGREEMENT_DIR = REPO / "annotations" / "agreement"
GOLD_DIR = REPO / "annotations" / "gold"
SOURCES = sorted((AGREEMENT_DIR / "src").glob("*.toml"))


@pytest.mark.parametrize("path", SOURCES or [None], ids=lambda p: p.stem if p else "none")
def test_agreement_file_is_built_from_its_source(path, tmp_path):
    if path is None:
        pytest.skip("no annotations/agreement/src/*.toml")
    records = list(build_gold([path], REPO / "corpus"))
    assert len(records) == 1
    built = tmp_path / f"{records[0]['doc_id']}.jsonl"
    write_jsonl(records, built)
    committed = AGREEMENT_DIR / built.name
    assert committed.exists(), f"{committed} missing: run afru-nlp gold build {path} -o annotations/agreement"
    assert committed.read_bytes() == built.read_bytes(), f"{committed} is stale: rebuild it from {path}"


def test_agreement_files_are_valid_and_paired_with_gold():
    files = sorted(AGREEMENT_DIR.glob("*.jsonl"))
    if not files:
        pytest.skip("no annotations/agreement/*.jsonl")
    from afru_nlp.records import validate_files

    report = validate_files(files)
    assert report.ok, report.failures
    stems = {f.stem for f in files}
    assert stems == {p.stem for p in SOURCES}, "an agreement file without its TOML source, or a source not built"
    missing = sorted(s for s in stems if not (GOLD_DIR / f"{s}.jsonl").exists())
    assert not missing, f"no first-annotator gold to compare with: {missing}"
