"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = REPO / "corpus"
SOURCE_DOC = CORPUS / "afghanistan-russia-relations.txt"


@pytest.fixture(scope="session")
def nlp():
    """The rules alone: most tests check what a rule codes, which the learned model must not blur."""
    from afru_nlp import load_pipeline

    return load_pipeline(stance_model=False)


@pytest.fixture(scope="session")
def default_nlp():
    """The pipeline as users get it: the rules plus the learned stance model."""
    from afru_nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def annotate(nlp):
    """Annotate one text (optionally with meta) and return its record."""
    from afru_nlp import extract

    def run(text: str, meta: dict | None = None, doc_id: str = "t") -> dict:
        return next(extract([{"id": doc_id, "text": text, "meta": meta or {}}], nlp=nlp))

    return run


@pytest.fixture(scope="session")
def source_record(nlp):
    from afru_nlp import extract
    from afru_nlp.io import read_inputs

    return next(extract(read_inputs([SOURCE_DOC]), nlp=nlp))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when ../shared is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is absent)")
    return path
