"""The second annotator's files for the inter-annotator agreement study (docs/agreement.md) are valid and each
has a first-annotator gold file to be compared with (tests/test_gold.py checks they are built from their sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
AGREEMENT_DIR = REPO / "annotations" / "agreement"
GOLD_DIR = REPO / "annotations" / "gold"
SOURCES = sorted((AGREEMENT_DIR / "src").glob("*.toml"))


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
