"""afru_stance: finds who stands how towards whom in each sentence, with the cues as evidence.

FIRST VERSION (foundation): a few relation words. The stance issue replaces it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from afru_nlp.extensions import ACTORS_KEY, register_extensions

_CUES = {"invade": ("conflictual", -0.9, "ASSAULT"), "strain": ("conflictual", -0.5, "REJECT"),
         "sever": ("conflictual", -0.7, "REJECT"), "criticise": ("conflictual", -0.5, "ACCUSE"),
         "co-operate": ("cooperative", 0.6, "COOPERATE"), "work": ("cooperative", 0.5, "COOPERATE")}


class StanceComponent:
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        actors = list(doc.spans[ACTORS_KEY]) if ACTORS_KEY in doc.spans else []
        for sent in doc.sents:
            ids = []
            for a in actors:
                if a.start >= sent.start and a.end <= sent.end and a._.afru_actor["id"] not in ids:
                    ids.append(a._.afru_actor["id"])
            stances = []
            for token in sent:
                cue = _CUES.get(token.lemma_.lower())
                if cue and len(ids) >= 2:
                    polarity, score, category = cue
                    stances.append({"source": ids[0], "target": ids[1], "polarity": polarity, "score": score,
                                    "category": category,
                                    "cues": [{"text": token.text, "start": token.idx,
                                              "end": token.idx + len(token.text)}]})
                    break
            sent._.afru_stances = stances
        return doc

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        Path(path).mkdir(parents=True, exist_ok=True)

    def from_disk(self, path: str | Path, exclude: Any = ()) -> "StanceComponent":
        return self


@Language.factory("afru_stance")
def make_stance_component(nlp: Language, name: str) -> StanceComponent:
    return StanceComponent(nlp, name)
