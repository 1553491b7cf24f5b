"""afru-nlp: dates, actors and stances from texts on international relations.

The public API::

    import afru_nlp
    nlp = afru_nlp.load_pipeline()                    # spaCy Language with afru_dates/actors/stance
    records = list(afru_nlp.extract(["In 1979 the Soviet Union invaded Afghanistan."], nlp=nlp))
    ann = afru_nlp.read_annotations("annotations/corpus.jsonl")
    ann.sentences()                                   # pandas DataFrame
    tl = afru_nlp.build_timeline(ann, "AFG-RUS", freq="5Y")
    scores = afru_nlp.evaluate_files("annotations/gold", "annotations/corpus.jsonl")
"""

from __future__ import annotations

__version__ = "0.1.0"

from afru_nlp.evaluate import evaluate_files
from afru_nlp.extract import extract
from afru_nlp.io import AfruError, Document, InputError, read_inputs
from afru_nlp.pipeline import load_pipeline
from afru_nlp.records import Annotations, read_annotations, validate_files
from afru_nlp.registry import resolve as resolve_actor
from afru_nlp.timeline import build_timeline, compare_records

__all__ = [
    "AfruError",
    "Annotations",
    "Document",
    "build_timeline",
    "compare_records",
    "evaluate_files",
    "resolve_actor",
    "InputError",
    "__version__",
    "extract",
    "load_pipeline",
    "read_annotations",
    "read_inputs",
    "validate_files",
]
