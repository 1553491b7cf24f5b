"""afru-nlp: dates, actors and stances from texts on international relations.

The public API::

    import afru_nlp
    nlp = afru_nlp.load_pipeline()                    # spaCy Language with afru_dates/actors/stance
    records = list(afru_nlp.extract(["In 1979 the Soviet Union invaded Afghanistan."], nlp=nlp))
    ann = afru_nlp.read_annotations("annotations/corpus.jsonl")
    ann.sentences()                                   # pandas DataFrame
"""

from __future__ import annotations

__version__ = "0.1.0"

from afru_nlp.extract import extract
from afru_nlp.io import AfruError, Document, InputError, read_inputs
from afru_nlp.pipeline import load_pipeline
from afru_nlp.records import Annotations, read_annotations, validate_files

__all__ = [
    "AfruError",
    "Annotations",
    "Document",
    "InputError",
    "__version__",
    "extract",
    "load_pipeline",
    "read_annotations",
    "read_inputs",
    "validate_files",
]
