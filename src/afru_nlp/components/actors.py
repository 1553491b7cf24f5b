"""afru_actors: links mentions of political actors to canonical ids of the actor registry.

FIRST VERSION (foundation): a handful of names. The actor-registry issue replaces it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from afru_nlp.extensions import ACTORS_KEY, register_extensions

_NAMES = {
    "Afghanistan": ("AFG", "Afghanistan", "state", "AFG"),
    "Afghan": ("AFG", "Afghanistan", "state", "AFG"),
    "Russia": ("RUS", "Russia", "state", "RUS"),
    "Moscow": ("RUS", "Russia", "state", "RUS"),
    "Russian": ("RUS", "Russia", "state", "RUS"),
    "Russians": ("RUS", "Russia", "state", "RUS"),
    "Soviet Union": ("SUN", "Soviet Union", "state", "SUN"),
    "Soviet": ("SUN", "Soviet Union", "state", "SUN"),
    "United States": ("USA", "United States", "state", "USA"),
    "United States of America": ("USA", "United States", "state", "USA"),
    "US": ("USA", "United States", "state", "USA"),
    "USA": ("USA", "United States", "state", "USA"),
    "American": ("USA", "United States", "state", "USA"),
    "NATO": ("NATO", "North Atlantic Treaty Organization", "igo", None),
    "North Atlantic Treaty Organisation": ("NATO", "North Atlantic Treaty Organization", "igo", None),
    "Taliban": ("AFG-TAL", "Taliban", "armed_group", "AFG"),
    "mujahideen": ("AFG-MUJ", "Afghan mujahideen", "armed_group", "AFG"),
}


class ActorsComponent:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab)
        for phrase in _NAMES:
            self.matcher.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        for span in spans:
            actor_id, name, kind, country = _NAMES[span.text]
            span._.afru_actor = {"id": actor_id, "name": name, "type": kind, "country": country}
        doc.spans[ACTORS_KEY] = spans
        return doc

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, exclude: Any = ()) -> "ActorsComponent":
        return self


@Language.factory("afru_actors")
def make_actors_component(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(nlp, name)
