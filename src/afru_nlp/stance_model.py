"""A learned second reader for stance: which actor pairs of a sentence stand in a relation the rules missed.

The rules of :mod:`afru_nlp.components.stance` are precise but miss many stances on text they were not
written from. This module scores every *candidate pair* of a sentence (two actors it names, or one it
names and the other side of the document's dyad) with three small linear models trained on the gold
annotations:

- ``category``: NONE (no stance), RELATION (a neutral relation) or a PLOVER category;
- ``direction``: forward (first-named actor is the source), backward, or symmetric.

Features are strings read from the dependency parse and the cue lexicon (the path between the two
mentions, their roles, the lexicon categories on that path and in the sentence); they are listed with
each predicted stance as its evidence. Inference is pure Python over a JSON weight file shipped in the
package (``resources/stance/model.json``); training (:func:`train`) needs scikit-learn, the ``train``
extra.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from afru_nlp.io import AfruError
from afru_nlp.stance_rules import Lexicon, one_party

MODEL_RESOURCE = ("resources", "stance", "model.json")
MODEL_FORMAT = 1
NONE = "NONE"
RELATION = "RELATION"  # a neutral relation between two actors: "relations between A and B"
DIRECTIONS = ("forward", "backward", "symmetric")
# the probability of a stance above which the model adds one, and how many it adds to one sentence at most
# (the most confident): on text the rules were not written from (test5-test7 scored with the rules of the
# session before they were opened, model trained without them), one stance per sentence at 0.5 scores as
# well as any threshold from 0.3 to 0.6 and adds the fewest wrong pairs (docs/codebook-stance.md)
DEFAULT_THRESHOLD = 0.5
DEFAULT_MAX_PER_SENTENCE = 1
MAX_PATH = 6  # dependency edges kept in a path feature; longer paths are "long"
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "ADP"})


class StanceModelError(AfruError):
    """A stance model file cannot be read or does not fit this version."""


# --------------------------------------------------------------------------- linear models (pure)


@dataclass
class LinearModel:
    """Multinomial logistic regression over binary string features: class scores = bias + sum of weights."""

    classes: list[str]
    bias: list[float]
    weights: dict[str, list[float]] = field(default_factory=dict)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Softmax over the classes for a set of present features (unknown features are ignored)."""
        weights = self.weights
        rows = [weights[name] for name in set(features) if name in weights]
        # column sums in C; the same additions, in the same order, as adding row by row
        totals = [sum(column, start) for start, column in zip(self.bias, zip(*rows))] if rows else list(self.bias)
        top = max(totals)
        exps = [math.exp(t - top) for t in totals]
        norm = sum(exps)
        return {c: e / norm for c, e in zip(self.classes, exps, strict=True)}

    def contributions(self, features: Iterable[str], label: str, limit: int = 5) -> list[tuple[str, float]]:
        """The features that pushed hardest towards ``label`` (weight of the label minus the mean weight)."""
        k = self.classes.index(label)
        scored = []
        for name in set(features):
            row = self.weights.get(name)
            if row is not None:
                scored.append((name, row[k] - sum(row) / len(row)))
        scored.sort(key=lambda x: (-x[1], x[0]))
        return [(n, round(v, 3)) for n, v in scored[:limit] if v > 0]

    def as_dict(self) -> dict[str, Any]:
        return {"classes": self.classes, "bias": [round(b, 4) for b in self.bias],
                "weights": {f: [round(w, 4) for w in row] for f, row in sorted(self.weights.items())
                            if any(abs(w) >= 1e-4 for w in row)}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        return cls(list(data["classes"]), [float(b) for b in data["bias"]],
                   {f: [float(w) for w in row] for f, row in data["weights"].items()})


@dataclass
class StanceModel:
    """The category and direction models, the threshold for adding a stance, and how they were made."""

    category: LinearModel
    direction: LinearModel
    threshold: float = DEFAULT_THRESHOLD
    meta: dict[str, Any] = field(default_factory=dict)
    max_per_sentence: int | None = None  # None: every pair above the threshold
    # NONE against the three polarities: with it, the probability of a stance and the polarity come from it
    # and the category is the likeliest of that polarity (``polarities``: each category's polarity)
    detection: LinearModel | None = None
    polarities: dict[str, str] = field(default_factory=dict)

    def keep(self, scored: Sequence[tuple[float, Any]]) -> list[Any]:
        """Of (probability of a stance, item) pairs of one sentence: the items at or above the threshold, most
        confident first, at most ``max_per_sentence`` of them (ties keep text order)."""
        above = sorted((x for x in enumerate(scored) if x[1][0] >= self.threshold), key=lambda x: (-x[1][0], x[0]))
        if self.max_per_sentence is not None:
            above = above[: self.max_per_sentence]
        return [item for _, (_, item) in above]

    def predict(self, features: Sequence[str], threshold: float | None = None) -> tuple[str, float, str | None]:
        """(category or NONE/RELATION, probability that the pair holds any stance, direction); with a
        ``threshold``, a pair below it is (NONE, its probability, None), and only the model that gives the
        probability runs (the detection model when there is one)."""
        detection = self.detection if self.detection is not None and len(self.detection.classes) > 1 else None
        if detection is not None:
            found = detection.probabilities(features)
            p_stance = 1.0 - found.get(NONE, 0.0)
            if threshold is not None and p_stance < threshold:
                return NONE, p_stance, None
        probs = self.category.probabilities(features)
        if len(probs) == 1 and NONE in probs:  # trained on text without a single stance
            return NONE, 0.0, "forward"
        label = max((c for c in probs if c != NONE), key=lambda c: (probs[c], c))
        if detection is not None:
            polarity = max((c for c in found if c != NONE), key=lambda c: (found[c], c))
            label = max((c for c in probs if c != NONE and self.polarities.get(c) == polarity),
                        key=lambda c: (probs[c], c), default=label)
        else:
            p_stance = 1.0 - probs.get(NONE, 0.0)
            if threshold is not None and p_stance < threshold:
                return NONE, p_stance, None
        dir_probs = self.direction.probabilities(list(features) + [f"CAT:{label}"])
        direction = max(dir_probs, key=lambda c: (dir_probs[c], c))
        return label, p_stance, direction

    def to_json(self) -> str:
        """Sorted JSON with one line per feature, so a retrained model's diff is readable."""
        data = {"format": MODEL_FORMAT, "threshold": self.threshold, "meta": self.meta,
                "category": self.category.as_dict(), "direction": self.direction.as_dict()}
        if self.max_per_sentence is not None:
            data["max_per_sentence"] = self.max_per_sentence
        if self.detection is not None:
            data["detection"] = self.detection.as_dict()
            data["polarities"] = self.polarities
        text = json.dumps(data,
                          ensure_ascii=False, sort_keys=True, indent=1)
        return re.sub(r"\[\s+([^\[\]{}\"]*?)\s+\]", lambda m: "[" + " ".join(m.group(1).split()) + "]", text)

    @classmethod
    def from_json(cls, text: str, where: str = "stance model") -> StanceModel:
        try:
            data = json.loads(text)
            if data.get("format") != MODEL_FORMAT:
                raise StanceModelError(f"{where}: format {data.get('format')!r}, expected {MODEL_FORMAT}")
            cap = data.get("max_per_sentence")
            detection = LinearModel.from_dict(data["detection"]) if data.get("detection") else None
            return cls(LinearModel.from_dict(data["category"]), LinearModel.from_dict(data["direction"]),
                       float(data["threshold"]), dict(data.get("meta") or {}), None if cap is None else int(cap),
                       detection, {str(k): str(v) for k, v in (data.get("polarities") or {}).items()})
        except (ValueError, KeyError, TypeError) as exc:
            raise StanceModelError(f"{where}: not a stance model ({exc})") from None


def load_model(path: str | Path | None = None) -> StanceModel:
    """The model at ``path``, or the one shipped with the package."""
    if path is None:
        text = resources.files("afru_nlp").joinpath(*MODEL_RESOURCE).read_text(encoding="utf-8")
        return StanceModel.from_json(text, "/".join(MODEL_RESOURCE))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise StanceModelError(f"cannot read stance model {path}: {exc.strerror}") from None
    return StanceModel.from_json(text, str(path))


# --------------------------------------------------------------------------- candidates and features


@dataclass
class Mention:
    """An actor mention of a sentence: id, type, the state it belongs to, and its head token."""

    id: str
    type: str | None
    country: str | None
    head: Token


@dataclass
class Candidate:
    """Two actors of one sentence: ``a`` is named first; ``b_head`` is None when ``b`` is the dyad's other side."""

    a: str
    b: str
    a_head: Token
    b_head: Token | None
    features: list[str]


def _cue_category(lex: Lexicon, tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        cue = lex.verbs.get(lemma)
    elif tok.pos_ in ("NOUN", "PROPN"):
        cue = lex.nouns.get(lemma) or lex.polar_relation_nouns.get(lemma)
        if cue is None and lemma in lex.relation_nouns:
            return RELATION
    elif tok.pos_ == "ADJ":
        cue = lex.states.get(lemma)
    else:
        cue = None
    return cue.category if cue else None


def _cue_features(lex: Lexicon, prefix: str, category: str | None) -> list[str]:
    """A cue's category and its polarity as features (``PC:ASSAULT``, ``PC:conflictual``): the polarity
    generalises over categories seen rarely in training."""
    if not category:
        return []
    polarity = "neutral" if category == RELATION else lex.polarity(category)
    return [f"{prefix}:{category}", f"{prefix}:{polarity}"]


def _ancestors(tok: Token, stop: Token) -> list[Token]:
    """Tokens from ``tok`` up to the sentence root (inclusive), stopping early at ``stop``."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and chain[-1].i != stop.i and len(chain) < 40:
        chain.append(chain[-1].head)
    return chain


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]]:
    """The path between two tokens: ``a`` up to the lowest common ancestor, the ancestor, and ``b`` up to it."""
    up_a = _ancestors(a, a.sent.root)
    index_a = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b]
    while up_b[-1].i not in index_a and up_b[-1].head.i != up_b[-1].i and len(up_b) < 40:
        up_b.append(up_b[-1].head)
    lca = up_b[-1]
    if lca.i not in index_a:  # different sentences or a broken tree: meet at a's root
        lca = up_a[-1]
    return up_a[: index_a.get(lca.i, len(up_a) - 1)], lca, up_b[:-1]


def _role(head: Token) -> str:
    """The mention's grammatical role: its dependency, with the preposition for prepositional objects."""
    if head.dep_ == "pobj" and head.head.pos_ == "ADP":
        return f"pobj_{head.head.lower_}"
    if head.dep_ in ("compound", "amod", "poss", "nmod") and head.head.dep_ == "pobj" and head.head.head.pos_ == "ADP":
        return f"{head.dep_}>pobj_{head.head.head.lower_}"
    if head.dep_ in ("compound", "amod", "poss", "nmod"):
        return f"{head.dep_}>{head.head.dep_}"
    return head.dep_


def sentence_features(lex: Lexicon, sent: Span) -> list[str]:
    """What the whole sentence says, whatever the pair: cue categories, negation, the root's lemma."""
    feats = {f"SV:{sent.root.lemma_.lower()}"}
    for tok in sent:
        feats.update(_cue_features(lex, "SCAT", _cue_category(lex, tok)))
        if tok.dep_ == "neg":
            feats.add("SNEG")
    return sorted(feats)


def _dyad_side(actor: str, country: str | None, dyads: Sequence[tuple[str, str]]) -> str | None:
    """The dyad member an actor is or belongs to (a person or organ of a dyad state: that state)."""
    for x in (actor, country):
        if x and any(x in dyad for dyad in dyads):
            return x
    return None


def _salience(rank: int | None) -> str:
    return "top2" if rank is not None and rank < 2 else "top5" if rank is not None and rank < 5 else "low"


def document_features(a: Mention, b_id: str, b_country: str | None, dyads: Sequence[tuple[str, str]],
                      salience: dict[str, int] | None) -> list[str]:
    """What the document says about a pair: whether it is (or is on) the document's dyad, and how often each
    side is named in the document (``salience``: rank by mentions, 0 = most named). A sentence naming
    several parties most often relates the two the document is about."""
    sa, sb = _dyad_side(a.id, a.country, dyads), _dyad_side(b_id, b_country, dyads)
    if sa and sb and sa != sb and any({sa, sb} == set(dyad) for dyad in dyads):
        feats = ["DYAD:2"]
    else:
        feats = ["DYAD:1" if sa or sb else "DYAD:0"]
    if salience is not None:
        ra, rb = _salience(salience.get(a.id)), _salience(salience.get(b_id))
        feats += [f"SAL:{ra}", f"SAL:{rb}", f"SALAB:{'|'.join(sorted((ra, rb)))}"]
    return feats


def pair_features(lex: Lexicon, a: Mention, b: Mention | None, sentence: Sequence[str]) -> list[str]:
    """Features of one candidate pair (``b`` None: the other side is the document dyad's, not named here)."""
    feats = set(sentence)
    ra = _role(a.head)
    if b is None:
        head = a.head.head
        cat = _cue_category(lex, head) or "-"
        feats.update({"IMPLICIT", f"T:{a.type}|-", f"IR:{ra}", f"IH:{head.lemma_.lower()}", f"IHC:{cat}",
                      f"IRC:{ra}|{cat}"})
        feats.update(_cue_features(lex, "IHP", _cue_category(lex, head)))
        for tok in _ancestors(a.head, a.head.sent.root)[1:MAX_PATH]:
            feats.update(_cue_features(lex, "IPC", _cue_category(lex, tok)))
        return sorted(feats)
    rb = _role(b.head)
    feats.update({f"T:{a.type}|{b.type}", f"RA:{ra}", f"RB:{rb}", f"RAB:{ra}|{rb}"})
    if a.country and b.country and a.country == b.country or a.country == b.id or b.country == a.id:
        feats.add("SAMECOUNTRY")
    gap = abs(b.head.i - a.head.i)
    feats.add(f"DIST:{min(gap // 4, 5)}")
    up, lca, down = dependency_path(a.head, b.head)
    edges = [f"{t.dep_}^" for t in up] + [f"{t.dep_}v" for t in reversed(down)]
    feats.add(f"PATH:{'_'.join(edges)}" if len(edges) <= MAX_PATH else "PATH:long")
    lca_cat = _cue_category(lex, lca) or "-"
    feats.update({f"LCA:{lca.lemma_.lower()}", f"LCAPOS:{lca.pos_}", f"LCAC:{lca_cat}",
                  f"LCAR:{ra}|{lca_cat}|{rb}"})
    feats.update(_cue_features(lex, "LCAP", _cue_category(lex, lca)))
    if lca.i in (a.head.i, b.head.i):
        feats.add("NESTED")
    if any(c.dep_ == "neg" for c in lca.children):
        feats.add("LCANEG")
    for tok in up[1:] + down[1:] + [lca]:
        if tok.pos_ in CONTENT_POS:
            feats.add(f"PL:{tok.lemma_.lower()}")
        feats.update(_cue_features(lex, "PC", _cue_category(lex, tok)))
    for tok in a.head.doc[min(a.head.i, b.head.i) + 1: max(a.head.i, b.head.i)]:
        feats.update(_cue_features(lex, "BC", _cue_category(lex, tok)))
    return sorted(feats)


def sentence_mentions(sent: Span, spans: Iterable[Span]) -> list[Mention]:
    """The actor mentions inside ``sent`` (spans with an actor id), in text order."""
    found = []
    for span in spans:
        if span.start >= sent.start and span.end <= sent.end:
            info = span._.afru_actor or {}
            if info.get("id"):
                found.append(Mention(info["id"], info.get("type"), info.get("country"), span.root))
    found.sort(key=lambda m: m.head.i)
    return found


def candidates(lex: Lexicon, sent: Span, mentions: Sequence[Mention],
               dyads: Sequence[tuple[str, str]] = (), salience: dict[str, int] | None = None,
               document_ids: Collection[str] | None = None, skip: Collection[frozenset[str]] = ()) -> list[Candidate]:
    """Every pair of distinct parties the sentence names (the closest mentions in the parse), and every named
    party with each member of the document's dyads the sentence does not name (the other side is implicit).
    ``salience``: the rank of each actor by its mentions in the document (:func:`salience_ranks`);
    ``document_ids``: the ids the document names, the only ones an implicit side may take (None: any); pairs
    in ``skip`` (sets of the two ids) are left out (inference: the pairs the rules coded)."""
    sentence: list[str] | None = None  # the sentence's features, made when the first pair needs them
    by_id: dict[str, list[Mention]] = {}
    for m in mentions:
        by_id.setdefault(m.id, []).append(m)
    ids = list(by_id)
    out = []
    for x, first in enumerate(ids):
        for second in ids[x + 1:]:
            if one_party(first, second) or frozenset((first, second)) in skip:
                continue
            if sentence is None:
                sentence = sentence_features(lex, sent)
            ma, mb = min(((p, q) for p in by_id[first] for q in by_id[second]),
                         key=lambda pq: (_path_length(pq[0].head, pq[1].head), pq[0].head.i))
            if mb.head.i < ma.head.i:
                ma, mb = mb, ma
            feats = pair_features(lex, ma, mb, sentence) + document_features(ma, mb.id, mb.country, dyads, salience)
            out.append(Candidate(ma.id, mb.id, ma.head, mb.head, feats))
    absent = [x for dyad in dyads for x in dyad if x not in by_id and (document_ids is None or x in document_ids)]
    for other in dict.fromkeys(absent):
        for named, found in by_id.items():
            m = found[0]
            if not one_party(named, other) and m.country != other and frozenset((named, other)) not in skip:
                if sentence is None:
                    sentence = sentence_features(lex, sent)
                feats = pair_features(lex, m, None, sentence) + document_features(m, other, None, dyads, salience)
                if any(named in dyad for dyad in dyads):
                    feats.append("IMPLICIT_DYAD")
                out.append(Candidate(named, other, m.head, None, feats))
    return out


def salience_ranks(spans: Iterable[Span]) -> dict[str, int]:
    """Each actor's rank by how often the document names it (0 = most; ties: the one named first)."""
    counts: dict[str, int] = {}
    for span in spans:
        actor_id = (span._.afru_actor or {}).get("id")
        if actor_id:
            counts[actor_id] = counts.get(actor_id, 0) + 1
    return {a: k for k, a in enumerate(sorted(counts, key=lambda a: -counts[a]))}


def _path_length(a: Token, b: Token) -> int:
    up, _, down = dependency_path(a, b)
    return len(up) + len(down)


# --------------------------------------------------------------------------- labels and training


def gold_label(candidate: Candidate, gold_stances: Sequence[dict[str, Any]]) -> tuple[str, str | None]:
    """The category (NONE when gold has no stance between the two) and direction gold gives a candidate."""
    for g in gold_stances:
        if {g["source"], g["target"]} == {candidate.a, candidate.b}:
            category = g.get("category") or RELATION
            if g.get("polarity") == "neutral" and not g.get("category"):
                category = RELATION
            if g.get("symmetric"):
                return category, "symmetric"
            return category, "forward" if g["source"] == candidate.a else "backward"
    return NONE, None


def fit_linear(rows: Sequence[Sequence[str]], labels: Sequence[str], c: float = 1.0, min_count: int = 2,
               ) -> LinearModel:
    """L2-regularised multinomial logistic regression (scikit-learn, the ``train`` extra) over the features
    seen in at least ``min_count`` rows (a feature of one example only memorises it)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        raise StanceModelError("training needs scikit-learn: pip install 'afru-nlp[train]'") from None
    seen: dict[str, int] = {}
    for row in rows:
        for name in set(row):
            seen[name] = seen.get(name, 0) + 1
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in r if seen[f] >= min_count} for r in rows])
    classes = sorted(set(labels))
    if len(classes) == 1:
        return LinearModel(classes, [0.0])
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, list(labels))
    names = vec.get_feature_names_out()
    coef = clf.coef_
    bias = clf.intercept_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: the second class against the first
        weights = {str(n): [0.0, float(coef[0, j])] for j, n in enumerate(names)}
        return LinearModel([str(c) for c in clf.classes_], [0.0, float(bias[0])], weights)
    weights = {str(n): [float(coef[k, j]) for k in range(len(classes))] for j, n in enumerate(names)}
    return LinearModel([str(c) for c in clf.classes_], [float(b) for b in bias], weights)


@dataclass
class Example:
    """One labelled candidate: where it is, its features, and what gold says."""

    doc_id: str
    sentence: int
    a: str
    b: str
    implicit: bool
    features: list[str]
    category: str
    direction: str | None
    rule_pair: bool = False  # the rules already coded a stance between the two

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def train(examples: Sequence[Example], c_category: float = 0.5, c_direction: float = 1.0,
          threshold: float = DEFAULT_THRESHOLD, meta: dict[str, Any] | None = None,
          max_per_sentence: int | None = DEFAULT_MAX_PER_SENTENCE, lex: Lexicon | None = None) -> StanceModel:
    """Fit the category and detection (NONE or a polarity) models on every candidate and the direction model
    on those gold relates."""
    from afru_nlp.stance_rules import load_lexicon

    lex = lex or load_lexicon()
    polarities = {c: "neutral" if c == RELATION else lex.polarity(c) for c in sorted({e.category for e in examples})
                  if c != NONE}
    category = fit_linear([e.features for e in examples], [e.category for e in examples], c_category)
    detection = fit_linear([e.features for e in examples],
                           [NONE if e.category == NONE else polarities[e.category] for e in examples], c_category)
    positives = [e for e in examples if e.category != NONE and e.direction]
    direction = fit_linear([e.features + [f"CAT:{e.category}"] for e in positives],
                           [e.direction for e in positives], c_direction)
    info = dict(meta or {})
    info.update({"examples": len(examples), "positives": len(positives), "c_category": c_category,
                 "c_direction": c_direction})
    return StanceModel(category, direction, threshold, info, max_per_sentence, detection, polarities)


def label_candidates(doc_id: str, sentence_spans: Sequence[tuple[int, int]],
                     collected: Iterable[tuple[int, Candidate, bool]], gold_record: dict[str, Any]) -> list[Example]:
    """Examples from one document's candidates: each gets the gold stances of the gold sentences its
    sentence overlaps (``sentence_spans`` are the character spans of the pipeline's sentences)."""
    gold_sents = gold_record.get("sentences", [])
    out = []
    for k, cand, rule_pair in collected:
        start, end = sentence_spans[k]
        stances = [g for s in gold_sents if s["start"] < end and s["end"] > start for g in s.get("stances", [])]
        category, direction = gold_label(cand, stances)
        out.append(Example(doc_id, k, cand.a, cand.b, cand.b_head is None, list(cand.features), category,
                           direction, rule_pair))
    return out
