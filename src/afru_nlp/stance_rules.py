"""Pure stance logic (no spaCy): the cue lexicon, the PLOVER category scheme and how flags change a coding.

The lexicon is a TOML data file (``resources/stance/lexicon.toml``) so researchers can read and extend
it; docs/codebook-stance.md explains every section. The component (components/stance.py) finds cues and
actors in the parse; this module decides what a cue means once negation, intention, allegation and
denial are known.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from afru_nlp.io import AfruError

LEXICON_RESOURCE = ("stance", "lexicon.toml")

COOPERATIVE = "cooperative"
CONFLICTUAL = "conflictual"
NEUTRAL = "neutral"

# A cooperative act that is only intended or offered is PLOVER AGREE ("agree to / express intent to
# cooperate"); a conflictual one is THREATEN. An act negated or refused becomes REJECT.
INTENT_CATEGORY = {COOPERATIVE: "AGREE", CONFLICTUAL: "THREATEN"}
NEGATED_COOPERATION_CATEGORY = "REJECT"

NEGATED_SCORE_FACTOR = 0.5
INTENSIFIER_FACTOR = 1.25
ATTENUATOR_FACTOR = 0.75


class LexiconError(AfruError):
    """The stance lexicon file is malformed."""


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: what a lemma means as a verb, a noun or a relation predicate."""

    key: str
    category: str
    kind: str  # "verb", "noun", "state" (predicate on a relation noun), "relation" (polar relation noun)
    score: float


@dataclass
class Lexicon:
    """All lexicon sections as lookup tables (lower-case lemmas)."""

    version: str
    categories: dict[str, dict[str, Any]]
    verbs: dict[str, Cue] = field(default_factory=dict)
    nouns: dict[str, Cue] = field(default_factory=dict)
    states: dict[str, Cue] = field(default_factory=dict)
    relation_nouns: frozenset[str] = frozenset()
    polar_relation_nouns: dict[str, Cue] = field(default_factory=dict)
    of_is_source: frozenset[str] = frozenset()
    military_nouns: frozenset[str] = frozenset()
    reversal: frozenset[str] = frozenset()
    undergo: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    needs_partner: frozenset[str] = frozenset()
    labelling_verbs: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    labels: dict[str, str] = field(default_factory=dict)
    modality: dict[str, frozenset[str]] = field(default_factory=dict)
    multiword_heads: frozenset[str] = frozenset()  # first words of multiword keys
    attendance_heads: frozenset[str] = frozenset()  # first words of [modality].attendance_verbs
    hyphen_tails: frozenset[str] = frozenset()  # last parts of hyphenated keys ("operate" of "co-operate")
    # places named as locations that still give a stance's target (annotation guidelines 6.3)
    place_target_categories: frozenset[str] = frozenset()
    scene_source_categories: frozenset[str] = frozenset()  # CAMEO mode: agentless acts sourced by their place
    place_prepositions: frozenset[str] = frozenset()
    place_target_cues: frozenset[str] = frozenset()  # cue keys of other categories that take a place target
    near_prepositions: frozenset[str] = frozenset()  # "a hall near Moscow": a place next to the scene
    over_prepositions: frozenset[str] = frozenset()  # "a missile over Japan": a place passed over ...
    over_categories: frozenset[str] = frozenset()  # ... by an act of these categories
    territory_verbs: frozenset[str] = frozenset()  # "took Kabul", "controlling part of X": COERCE the state
    presence_nouns: frozenset[str] = frozenset()  # "its embassy", "the withdrawal": about the other side
    anaphoric_places: frozenset[str] = frozenset()  # "the country": the state last named as a place
    place_topic_verbs: frozenset[str] = frozenset()  # "discuss Afghanistan": the place is a topic
    people_nouns: frozenset[str] = frozenset()  # "the rebels, backed by X": people, not things done by X
    needs_recipient: frozenset[str] = frozenset()  # "gave X aid", "gave aid to X"; not "gave no sign"
    mediation: frozenset[str] = frozenset()  # "X mediated between A and B": X towards A and towards B
    role_nouns: dict[str, str] = field(default_factory=dict)  # "an American ally": role noun -> category
    role_groups: dict[str, str] = field(default_factory=dict)  # "the envoy" ~ "ambassador": role noun -> group
    # verbs that are a cue only with certain objects: (verb lemma, object lemma) -> category
    # ("closed its border with X" = SANCTION, "strengthened its forces in X" = MOBILIZE)
    object_cues: dict[tuple[str, str], str] = field(default_factory=dict)
    object_cue_verbs: frozenset[str] = frozenset()

    def quad(self, category: str | None) -> str | None:
        return self.categories[category]["quad"] if category else None

    def polarity(self, category: str | None) -> str:
        if not category:
            return NEUTRAL
        return COOPERATIVE if self.quad(category).endswith("cooperation") else CONFLICTUAL

    def base_score(self, category: str) -> float:
        return float(self.categories[category]["score"])

    def words(self, name: str) -> frozenset[str]:
        return self.modality.get(name, frozenset())


def _lemmas(values: Any, where: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise LexiconError(f"stance lexicon: {where} must be a list of strings")
    return [v.lower() for v in values]


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Build the lookup tables from the parsed TOML; checks categories so typos fail loudly."""
    categories = data.get("categories")
    if not isinstance(categories, dict) or not categories:
        raise LexiconError("stance lexicon: [categories] is missing")
    scores = {k.lower(): float(v) for k, v in data.get("scores", {}).items()}

    def check(category: str, where: str) -> str:
        if category not in categories:
            raise LexiconError(f"stance lexicon: unknown category {category!r} in {where}")
        return category

    lex = Lexicon(version=str(data.get("version", "0")), categories=categories)
    for section, kind, table in (("verbs", "verb", lex.verbs), ("nouns", "noun", lex.nouns)):
        for category, lemmas in data.get(section, {}).items():
            check(category, f"[{section}]")
            for lemma in _lemmas(lemmas, f"[{section}].{category}"):
                # first entry wins, so a lemma listed twice keeps its first (more specific) category
                table.setdefault(lemma, Cue(lemma, category, kind, scores.get(lemma, lex.base_score(category))))
    relations = data.get("relations", {})
    state_scores = {k.lower(): float(v) for k, v in relations.get("scores", {}).items()}
    for lemma, category in relations.get("states", {}).items():
        check(category, "[relations.states]")
        lex.states[lemma.lower()] = Cue(lemma.lower(), category, "state",
                                        state_scores.get(lemma.lower(), lex.base_score(category)))
    for lemma, category in relations.get("polar_nouns", {}).items():
        check(category, "[relations.polar_nouns]")
        lex.polar_relation_nouns[lemma.lower()] = Cue(lemma.lower(), category, "relation",
                                                      scores.get(lemma.lower(), lex.base_score(category)))
    lex.relation_nouns = frozenset(_lemmas(relations.get("nouns", []), "[relations].nouns"))
    lex.of_is_source = frozenset(_lemmas(data.get("nouns_of_is_source", {}).get("lemmas", []), "of_is_source"))
    lex.military_nouns = frozenset(_lemmas(data.get("military_nouns", {}).get("lemmas", []), "military_nouns"))
    lex.reversal = frozenset(_lemmas(data.get("reversal", {}).get("lemmas", []), "[reversal]"))
    lex.undergo = frozenset(_lemmas(data.get("undergo", {}).get("lemmas", []), "[undergo]"))
    lex.needs_partner = frozenset(_lemmas(data.get("verbs_needing_partner", {}).get("lemmas", []),
                                          "[verbs_needing_partner]"))
    lex.agent_nouns = frozenset(_lemmas(data.get("agent_nouns", {}).get("lemmas", []), "[agent_nouns]"))
    lex.labelling_verbs = frozenset(_lemmas(data.get("labelling_verbs", {}).get("lemmas", []), "[labelling_verbs]"))
    lex.light_verbs = frozenset(_lemmas(data.get("light_verbs", {}).get("lemmas", []), "[light_verbs]"))
    places = data.get("places", {})
    lex.place_target_categories = frozenset(check(c, "[places].target_categories")
                                            for c in places.get("target_categories", []))
    lex.scene_source_categories = frozenset(check(c, "[places].scene_source_categories")
                                            for c in places.get("scene_source_categories", []))
    lex.place_prepositions = frozenset(_lemmas(places.get("prepositions", []), "[places].prepositions"))
    lex.place_target_cues = frozenset(_lemmas(places.get("target_cues", []), "[places].target_cues"))
    lex.near_prepositions = frozenset(_lemmas(places.get("near_prepositions", []), "[places].near_prepositions"))
    lex.over_prepositions = frozenset(_lemmas(places.get("over_prepositions", []), "[places].over_prepositions"))
    lex.over_categories = frozenset(str(c).upper() for c in places.get("over_categories", []))
    lex.territory_verbs = frozenset(_lemmas(places.get("territory_verbs", []), "[places].territory_verbs"))
    lex.presence_nouns = frozenset(_lemmas(places.get("presence_nouns", []), "[places].presence_nouns"))
    lex.anaphoric_places = frozenset(_lemmas(places.get("anaphoric_nouns", []), "[places].anaphoric_nouns"))
    lex.people_nouns = frozenset(_lemmas(data.get("people_nouns", {}).get("lemmas", []), "[people_nouns]"))
    lex.needs_recipient = frozenset(_lemmas(data.get("verbs_needing_recipient", {}).get("lemmas", []),
                                            "[verbs_needing_recipient]"))
    lex.mediation = frozenset(_lemmas(data.get("mediation", {}).get("lemmas", []), "[mediation]"))
    lex.place_topic_verbs = frozenset(_lemmas(places.get("topic_verbs", []), "[places].topic_verbs"))
    for label, category in data.get("labels", {}).items():
        lex.labels[label.lower()] = check(category, "[labels]")
    for role, category in data.get("role_nouns", {}).items():
        lex.role_nouns[role.lower()] = check(category, "[role_nouns]")
    for group, nouns in data.get("role_anaphora", {}).items():
        for noun in _lemmas(nouns, f"[role_anaphora].{group}"):
            lex.role_groups[noun] = group
    for category, entries in data.get("object_cues", {}).items():
        check(category, "[object_cues]")
        # one table of verbs x objects, or several ([[object_cues.X]]) when not every verb fits every object
        for entry in entries if isinstance(entries, list) else [entries]:
            if not isinstance(entry, dict):
                raise LexiconError(f"stance lexicon: [object_cues].{category} must be a table of verbs and objects")
            for verb in _lemmas(entry.get("verbs", []), f"[object_cues].{category}.verbs"):
                for obj in _lemmas(entry.get("objects", []), f"[object_cues].{category}.objects"):
                    lex.object_cues.setdefault((verb, obj), category)
    lex.object_cue_verbs = frozenset(verb.split()[0] for verb, _ in lex.object_cues)  # "hand over": hand
    lex.modality = {name: frozenset(_lemmas(values, f"[modality].{name}"))
                    for name, values in data.get("modality", {}).items()}
    heads = set()
    for key in [*lex.verbs, *lex.nouns, *lex.reversal]:
        if " " in key:
            heads.add(key.split(" ", 1)[0])
    lex.multiword_heads = frozenset(heads)
    lex.attendance_heads = frozenset(v.split()[0] for v in lex.modality.get("attendance_verbs", ()))
    lex.hyphen_tails = frozenset(key.rsplit("-", 1)[1] for key in [*lex.verbs, *lex.nouns, *lex.polar_relation_nouns]
                                 if "-" in key)
    return lex


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The packaged lexicon, or the TOML file at ``path``."""
    try:
        if path is None:
            text = resources.files("afru_nlp").joinpath("resources", *LEXICON_RESOURCE).read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"cannot read stance lexicon {path or '/'.join(LEXICON_RESOURCE)}: {exc}") from None
    return parse_lexicon(data)


@dataclass(frozen=True)
class Coding:
    """The final coding of one stance: what a careful coder writes down."""

    category: str | None
    polarity: str
    quad: str | None
    score: float


def code_stance(lex: Lexicon, category: str, score: float, *, negated: bool = False, future: bool = False,
                denied: bool = False, intensity: float = 1.0) -> Coding | None:
    """Apply the flags to a cue's category and score; None when a careful coder codes nothing.

    - denied: the act is not asserted: neutral, score 0, category kept to say what was denied.
    - negated cooperation ("did not agree", "failed to co-operate"): REJECT at half strength.
    - negated conflict ("did not attack"): no event, nothing is coded.
    - intention or future: cooperation -> AGREE, conflict -> THREATEN (PLOVER's intent categories), with
      that category's base score.
    """
    polarity = lex.polarity(category)
    if denied:
        return Coding(category, NEUTRAL, None, 0.0)
    if negated:
        if polarity == CONFLICTUAL:
            return None
        category = NEGATED_COOPERATION_CATEGORY
        score = lex.base_score(category) * NEGATED_SCORE_FACTOR
    elif future and category not in ("AGREE", "THREATEN", "REQUEST", "REJECT", "ACCUSE"):
        category = INTENT_CATEGORY[polarity]
        score = lex.base_score(category)
    polarity = lex.polarity(category)
    score = max(-1.0, min(1.0, score * intensity))
    return Coding(category, polarity, lex.quad(category), round(score, 3))


def reversed_category(lex: Lexicon, object_cue: Cue) -> str:
    """The category of ending what ``object_cue`` names: lifting a curfew, suspending aid."""
    if lex.polarity(object_cue.category) == CONFLICTUAL:
        return "RETREAT" if object_cue.key in lex.military_nouns else "CONCEDE"
    return "SANCTION"


def parse_dyad(value: Any, known_ids: set[str]) -> tuple[str, str] | None:
    """A document dyad from metadata: ``"AFG-RUS"`` or ``["AFG", "RUS"]``; ids must be in ``known_ids``.

    Ids may contain hyphens themselves (AFG-TAL), so a string is split at the hyphen that leaves two
    known ids.
    """
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, str) for v in value):
        a, b = value
        return (a, b) if a in known_ids and b in known_ids and a != b else None
    if isinstance(value, str):
        parts = value.split("-")
        for cut in range(1, len(parts)):
            a, b = "-".join(parts[:cut]), "-".join(parts[cut:])
            if a in known_ids and b in known_ids and a != b:
                return a, b
    return None


def frequent_dyad(counts: dict[str, int]) -> tuple[str, str] | None:
    """The document's two most frequent state actors, when they clearly lead (ties for second place
    make the dyad ambiguous: None)."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) < 2 or ranked[1][1] < 2:
        return None
    if len(ranked) > 2 and ranked[2][1] == ranked[1][1]:
        return None
    a, b = sorted((ranked[0][0], ranked[1][0]))
    return a, b


# Sub-state sectors that are organs of the state (docs/actors.md, "Sub-state actors"): a state does not take a
# stance towards its own army or police ("Iraq deployed its police"), but may towards its citizens or rebels.
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def one_party(a: str, b: str) -> bool:
    """Whether two actor ids are one party: the same id, or a state and one of its organs (IRQ, IRQ-COP)."""
    if a == b:
        return True
    for state, sub in ((a, b), (b, a)):
        head, _, sector = sub.rpartition("-")
        if head == state and sector in STATE_ORGAN_SECTORS:
            return True
    return False
