"""afru_stance: who stands how towards whom in each sentence, in PLOVER terms, with the cues as evidence.

One pass over each sentence's tokens looks lemmas up in the cue lexicon (resources/stance/lexicon.toml,
see docs/codebook-stance.md); for each cue the dependency parse gives source and target actors
(subject -> object or prepositional object, passive agent -> subject, coordination, "relations between A
and B", nominal events), and the cue's ancestors give negation, intention/future, allegation and
denial. Actors are read from ``doc.spans["afru_actors"]``; stances are written to
``sent._.afru_stances`` for every sentence. The coding decisions live in :mod:`afru_nlp.stance_rules`.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from afru_nlp.components.actors import LOCATIONS_KEY, fronted_list_verb
from afru_nlp.components.token_arrays import sentences as sentences_of
from afru_nlp.components.token_arrays import token_arrays
from afru_nlp.extensions import ACTORS_KEY, DATES_KEY, register_extensions
from afru_nlp.stance_model import (
    RELATION,
    Candidate,
    StanceModel,
    candidates,
    dependency_path,
    load_model,
    salience_ranks,
    sentence_mentions,
)
from afru_nlp.stance_rules import (
    ATTENUATOR_FACTOR,
    INTENSIFIER_FACTOR,
    NEUTRAL,
    STATE_ORGAN_SECTORS,
    Cue,
    Lexicon,
    code_stance,
    frequent_dyad,
    load_lexicon,
    one_party,
    parse_dyad,
    reversed_category,
)

# CAMEO mode: a protest or demand by a sub-state group that names no one addresses the group's own state
DOMESTIC_TARGET_CATEGORIES = frozenset({"PROTEST", "REQUEST"})
# "part of", "most of" the object: the object of a reversal verb is what follows
PARTITIVE_NOUNS = frozenset({"part", "parts", "some", "most", "much", "half", "all", "portion", "rest"})
TIME_SPAN_NOUNS = frozenset({"year", "decade", "month", "week", "day", "century"})  # "an end to twenty years of war"
# Dependencies that keep a token inside the event its head names (the head's content or argument).
CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "attr", "pcomp", "oprd", "dative"})
# Children not followed when collecting the actors of a noun phrase (other clauses, appositions).
# nouns whose possessor names someone else's partner, not the referent ("Israel's militia ally")
ALLY_NOUNS = frozenset({"ally", "proxy", "client", "surrogate", "puppet"})
NP_SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "punct", "cc", "parataxis",
                          "prep", "nsubj", "nsubjpass", "dobj", "mark", "aux", "auxpass", "neg"})
# Prepositions whose object is the target of a verb or noun cue.
TARGET_PREPS = frozenset({"with", "against", "to", "on", "into", "toward", "towards", "at", "upon", "for", "over",
                          "of", "in", "from", "about", "inside", "across", "behind"})
CORE_TARGET_PREPS = ("with", "against", "to", "on", "into", "toward", "towards", "at", "upon", "for", "over",
                     "of", "about", "behind")
# verbal conflict is about something: "complained to the UN over Israeli raids" targets Israel
CONTENT_FIRST_PREPS = ("against", "over", "about", "of", "on", "at", "with", "to", "into", "toward", "towards",
                       "upon", "for", "from")
CONTENT_TARGET_CATEGORIES = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST"})
# "pledged aid worth $1bn to X": the recipient of a transfer named inside the object phrase
RECIPIENT_PREPS = frozenset({"to", "for"})
# dependencies that open a clause of its own inside a noun phrase
NP_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "appos", "parataxis", "conj"})
# backing an action against X is itself a stance against X
OPPOSED_CATEGORY = "REJECT"
# "A and B agreed / met / co-operated": a symmetric relation between the coordinated subjects
RECIPROCAL_CATEGORIES = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT"})
NOUN_SOURCE_PREPS = frozenset({"by", "from"})
PRONOUNS = frozenset({"it", "they", "its", "their", "he", "she", "his", "her", "itself", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
               "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
DESCRIBED_REACH = 4  # sentences an act or document noun is remembered for (this one and three more)
COUNTED_GROUP_REACH = 8  # sentences back that "the four states" may look for its group (see _counted_group)
PAIR_NOUNS = frozenset({"country", "side", "state", "government", "nation", "neighbour", "neighbor", "party",
                        "capital", "power", "rival", "adversary", "foe", "enemy"})
SUBJECT_DEPS = ("nsubj", "csubj")
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
QUESTION_WORDS = frozenset({"how", "whether", "if", "what", "why", "when", "where", "which", "who"})
# material acts that, in a document about a dyad, need no named target to be about the other side
IMPLICIT_TARGET_CATEGORIES = frozenset({"RETREAT", "ASSAULT", "COERCE", "AID", "MOBILIZE", "SANCTION"})
# verbal acts that imply a counterpart: with one party named, the document dyad's other side (_dyad_missing_party)
DYAD_SOURCE_CATEGORIES = frozenset({"REQUEST", "REJECT", "ACCUSE", "ASSAULT"})
SUPPORT_NOUNS = frozenset({"support", "aid", "help", "defence", "defense", "behalf", "favour", "favor"})
FRAME_TIME_PREPS = frozenset({"after", "following", "during", "before"})  # [framing_talks] frames of the clause
TEMPORAL_PREPS = frozenset({"after", "before", "during", "since", "until", "despite", "following", "amid",
                            "amidst", "because", "due", "throughout", "like", "unlike"})
# prepositions of a cause: an agentless event noun in them is not an act of the clause's subject
CAUSE_PREPS = frozenset({"over"})
# prepositions whose "-ing" clause is an act of its own, not the content of the verb they hang on
FRAME_PREPS = frozenset({"without", "besides", "instead"})
# "held X responsible and massed troops on the border": hostile acts that take the first conjunct's object
CONJUNCT_TARGET_CATEGORIES = frozenset({"MOBILIZE", "THREATEN", "ASSAULT"})
# "blamed the attack on X": the accused in an "on" phrase, the alleged act as the object
BLAME_ON_VERBS = frozenset({"blame", "pin"})
# "the new leadership in Kabul", "the government in Kabul": the institution of the place
INSTITUTION_NOUNS = frozenset({"government", "leadership", "regime", "authority", "administration", "official",
                               "force", "troop", "army", "military", "embassy", "parliament", "court"})
# an event noun makes a one-sided act only as a clause argument ("continued their hunger strike")
ACT_NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "ROOT"})
MAX_WALK = 8
MAX_AMONG = 5  # "talks among A, B, C ...": pairs among at most this many parties
MAX_HEADLINE_CLAUSE = 10  # tokens after a headline's verb that can hold its objects


@dataclass(frozen=True)
class ActorRef:
    """An actor mention: its id and the token index where the mention starts (to tell mentions apart)."""

    id: str
    start: int
    type: str | None = None


@dataclass
class Event:
    """A cue with its actors before coding."""

    anchor: Token  # the token whose clause gives actors and modality
    cue: Cue
    cue_tokens: list[Token]
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    pairs: list[tuple[ActorRef, ActorRef]] = field(default_factory=list)  # symmetric relations
    attribution: str = "syntax"
    score: float | None = None
    opposed: frozenset[int] = frozenset()  # starts of targets named in an "against" phrase of the object
    direct_object: bool = False  # the targets are the verb's direct object ("visit Kabul")
    alleged: bool = False  # the content of an accusation ("accused X of arming Y")
    kept: bool = False  # a negated ending of cooperation: the cooperation goes on, the negation is spent


class StanceComponent:
    """The afru_stance pipeline component (see the module docstring)."""

    def __init__(self, nlp: Language, name: str, lexicon_path: str | None = None, model_path: str | None = None,
                 use_model: bool = True):
        register_extensions()
        self.name = name
        self.lexicon_path = lexicon_path
        self.lex: Lexicon = load_lexicon(lexicon_path)
        self.model_path = model_path
        self.model: StanceModel | None = load_model(model_path) if use_model else None
        self.collect_candidates = False  # training: keep every candidate pair in doc.user_data
        self._lexicon_text: str | None = None
        self._successors: dict[str, str] | None = None

    # ------------------------------------------------------------------ document loop
    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans[ACTORS_KEY]) if ACTORS_KEY in doc.spans else []
        actor_at: dict[int, ActorRef] = {}
        state_counts: dict[str, int] = {}
        country_of: dict[str, str] = {}
        for span in spans:
            info = span._.afru_actor or {}
            actor_id = info.get("id")
            if not actor_id:
                continue
            ref = ActorRef(actor_id, span.start, info.get("type"))
            for i in range(span.start, span.end):
                actor_at[i] = ref
            if info.get("type") == "state":
                state_counts[actor_id] = state_counts.get(actor_id, 0) + 1
            elif info.get("type") == "person" and info.get("country"):
                # the state a named official acts for: the host of a meeting that person opened
                country_of[actor_id] = info["country"]
        known = {actor_at[i].id for i in actor_at}
        # places the linker judged to be locations ("in Kabul"): targets only where the guidelines (6.3)
        # allow it, and only for states that are actors of the document
        place_at: dict[int, ActorRef] = {}
        for span in doc.spans[LOCATIONS_KEY] if LOCATIONS_KEY in doc.spans else []:
            info = span._.afru_actor or {}
            if info.get("id") in known:
                ref = ActorRef(info["id"], span.start, "location")
                for i in range(span.start, span.end):
                    place_at.setdefault(i, ref)
        meta = doc._.afru_meta or {}
        doc_dyad = None
        # a dyad named with today's id (AFG-RUS) holds in a text that names only the predecessor (SUN)
        successors = {self._lineage().get(i) for i in known} - {None}
        doc_dyads = [d for d in (parse_dyad(v, known | successors) for v in meta.get("dyads") or []) if d]
        doc_dyad = doc_dyads[0] if doc_dyads else None
        if doc_dyad is None:
            doc_dyad = frequent_dyad(state_counts)
        context = _Context(doc_dyad=doc_dyad, doc_dyads=doc_dyads, text=token_arrays(doc).doc_text, known=known, when_id=self._when_id,
                           lineage=self._lineage(), place_at=place_at,
                           country_of=country_of,
                           dated=frozenset(i for span in (doc.spans[DATES_KEY] if DATES_KEY in doc.spans else [])
                                           for i in range(span.start, span.end)))
        dyads = doc_dyads or ([doc_dyad] if doc_dyad else [])
        scoring_pairs = self.model is not None or self.collect_candidates  # the learned model's candidates
        salience = salience_ranks(spans) if scoring_pairs else None
        collected: list[tuple[int, Candidate, bool]] = []
        sentences = sentences_of(doc)
        context.sentences = sentences
        if sentences:
            context.authors = _document_authors(sentences[0], actor_at, country_of)
        _anaphoric_places(self.lex, doc, sentences, place_at)
        if scoring_pairs:
            spans_in = _spans_by_sentence(sentences, spans)
        for k, sent in enumerate(sentences):
            coder = _SentenceCoder(self.lex, sent, actor_at, context)
            stances = coder.run()
            if scoring_pairs:
                coded = {frozenset((s["source"], s["target"])) for s in stances}
                mentions = sentence_mentions(sent, spans_in[k])
                # a sentence without a mention has no candidate; inference needs only the pairs left uncoded; the
                # dyad's members are the ids they had then (SUN in 1985), and an implicit side must be an id the
                # document names (the record's actors)
                pairs = candidates(self.lex, sent, mentions, [(a.id, b.id) for a, b in map(coder._dyad_at, dyads)],
                                   salience, known, () if self.collect_candidates else coded) if mentions else []
                if self.collect_candidates:
                    collected.extend((k, c, frozenset((c.a, c.b)) in coded) for c in pairs)
                if self.model is not None:
                    stances = stances + model_stances(self.model, coder, pairs, coded)
            sent._.afru_stances = stances
            sent._.afru_acts = coder.acts
        if self.collect_candidates:
            doc.user_data["afru_stance_candidates"] = collected
        return doc

    # ------------------------------------------------------------------ serialisation
    def _lineage(self) -> dict[str, str]:
        if self._successors is None:
            try:
                from afru_nlp.registry import successor_map

                self._successors = dict(successor_map())
            except (ImportError, OSError, ValueError, KeyError):  # the registry is optional here
                self._successors = {}
        return self._successors

    def _when_id(self, actor_id: str, time: Any, known: set[str]) -> str:
        """The id a dyad member had at the sentence's time (RUS in 1985 is SUN), when the document names it."""
        if not (isinstance(time, dict) and time.get("start") and time.get("end")):
            return actor_id
        try:
            from afru_nlp.registry import load_registry

            resolution = load_registry().at(actor_id, (str(time["start"])[:10], str(time["end"])[:10]))
        except (ImportError, OSError, ValueError, KeyError):  # the registry is optional here
            return actor_id
        if resolution is not None and resolution.id in known:
            return resolution.id
        return actor_id

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        """Writes the lexicon in use, so a saved pipeline carries its rules."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.lexicon_path:
            text = Path(self.lexicon_path).read_text(encoding="utf-8")
        else:
            from importlib import resources

            text = resources.files("afru_nlp").joinpath("resources", "stance", "lexicon.toml").read_text(
                encoding="utf-8")
        (path / "lexicon.toml").write_text(text, encoding="utf-8")
        if self.model is not None:
            (path / "model.json").write_text(self.model.to_json(), encoding="utf-8")
        (path / "cfg.json").write_text(json.dumps({"lexicon_version": self.lex.version}), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Any = ()) -> StanceComponent:
        lexicon = Path(path) / "lexicon.toml"
        if lexicon.exists():
            self.lex = load_lexicon(lexicon)
        model = Path(path) / "model.json"
        if model.exists():
            self.model = load_model(model)
        return self


@dataclass
class _Context:
    """What the previous sentences leave for the next one."""

    doc_dyad: tuple[str, str] | None
    doc_dyads: list[tuple[str, str]] = field(default_factory=list)  # every manifest dyad the document names
    text: str = ""
    known: set[str] = field(default_factory=set)
    lineage: dict[str, str] = field(default_factory=dict)  # predecessor state -> current state (SUN -> RUS)
    place_at: dict[int, ActorRef] = field(default_factory=dict)  # token index -> state named as a location
    country_of: dict[str, str] = field(default_factory=dict)  # person id -> the state the person acts for
    dated: frozenset[int] = frozenset()  # token indexes inside date mentions ("in March 2022")
    when_id: Any = None  # (actor id, sentence time, known ids) -> id at that time
    sentences: list[Span] = field(default_factory=list)  # the document's sentences, in order
    sentence_number: dict[int, int] = field(default_factory=dict)  # sentence start -> its index in sentences
    prev_subject: ActorRef | None = None
    authors: list[ActorRef] = field(default_factory=list)  # "Statement by the Government of X": who "we" are
    prev_subjects: list[ActorRef] = field(default_factory=list)  # all of a plural one ("The two sides ...")
    prev_person: ActorRef | None = None  # the person "he"/"she" in the next sentence refers to
    prev_states: list[ActorRef] = field(default_factory=list)
    prev_pair: tuple[ActorRef, ActorRef] | None = None
    prev_alleged: list[dict[str, Any]] = field(default_factory=list)
    alleged_age: int = 0
    prev_accusations: list[dict[str, Any]] = field(default_factory=list)
    prev_dyads: list[tuple[str, str, bool]] = field(default_factory=list)  # (source, target, symmetric) coded before
    # events of the last sentences, newest first: (age, category, source id, target id, joint), joint when
    # the two are parties of one symmetric act ("A and B signed an agreement")
    recent_events: list[tuple[int, str, str | None, str | None, bool]] = field(default_factory=list)
    # acts and documents named in the last sentences, newest first: (age, noun lemma, owner refs), for a
    # later definite description of them ("hand Qatar a list of demands ... Qatar rejects the list")
    described: list[tuple[int, str, list[ActorRef]]] = field(default_factory=list)
    # the acts of the last sentence whose other party is the document dyad's (for "followed the X lead")
    dyad_events: list[tuple[int, str, str | None, str | None, bool]] = field(default_factory=list)


class _SentenceCoder:
    """Finds and codes the stances of one sentence."""

    def __init__(self, lex: Lexicon, sent: Span, actor_at: dict[int, ActorRef], context: _Context):
        self.lex = lex
        self.sent = sent
        self.doc = sent.doc
        self.actor_at = actor_at
        self.ctx = context
        self.mod = lex.modality
        self.pair_here: tuple[ActorRef, ActorRef] | None = None
        self.direct_object = False  # set by _verb_args: the last targets were a direct object
        self.sent_ids: set[str] = set()
        self._depth = 0  # nesting of pronoun resolution
        self.arrays = token_arrays(self.doc)
        self._np_walks: dict[tuple[int, bool], tuple[dict[int, ActorRef], set[int], list[int]]] = {}
        self._flags_at: dict[int, dict[str, Any]] = {}
        self._fronted: dict[int, int] | None = None  # see fronted_subjects
        self._prev_start: int | None = None  # see _previous_start
        self._dyads_at: dict[tuple[str, str], tuple[ActorRef, ActorRef]] = {}  # _dyad_at, once per dyad
        # filled by the single lookup pass over the tokens
        self.copulas: list[Token] = []
        self.complements: list[Token] = []
        self.denial_verbs: list[Token] = []
        self.labelling_verbs: list[Token] = []
        self.claim_verbs: list[Token] = []  # responsibility verbs ("claimed responsibility")
        self.attend_verbs: list[Token] = []  # attendance verbs ("attended", "took part")
        self.role_nouns: list[Token] = []  # role nouns ("ally", "adversary") and list nouns ("list")
        self.seen_events: list[tuple[int, str, str | None, str | None, bool]] = []
        self.dyad_events: list[tuple[int, str, str | None, str | None, bool]] = []  # acts given the dyad's side
        self.acts: list[dict[str, Any]] = []  # one-sided acts (one named party), see _one_sided
        self.described: list[tuple[str, list[ActorRef]]] = []  # see _remember_described

    @property
    def fronted_subjects(self) -> dict[int, int]:
        """Token -> verb, for the names the parser coordinated with a fronted adjunct's last noun though
        they are the verb's subject (actors.fronted_list_verb): "After the coup in Niamey, Nigeria and
        Benin closed their borders". Such a name is not a conjunct of the adjunct's noun."""
        if self._fronted is None:
            deps = self.arrays.dep
            self._fronted = {i: verb.i for i in range(self.sent.start, self.sent.end)
                             if deps[i] in ("conj", "appos") and (verb := fronted_list_verb(self.doc[i])) is not None}
        return self._fronted

    # ------------------------------------------------------------------ main
    def run(self) -> list[dict[str, Any]]:
        sent_actors = [self.actor_at[i] for i in range(self.sent.start, self.sent.end)
                       if i in self.actor_at and self.actor_at[i].start == i]
        self.sent_ids = {r.id for r in sent_actors}
        stances: list[dict[str, Any]] = []
        if sent_actors or self.ctx.doc_dyad or self.ctx.prev_pair or len(self.ctx.prev_states) == 2:
            events = self._events()
            for event in events:
                stances.extend(self._code(event))
            stances.extend(self._denials(stances))
        stances = _dedupe(stances)
        self.acts = _dedupe_acts(self.acts, stances)
        self._update_context(sent_actors, stances)
        return stances

    # ------------------------------------------------------------------ cue finding
    def _lookup(self) -> list[tuple[Token, Cue, list[Token], str]]:
        """(anchor, cue, cue tokens, role) for every cue in the sentence; role: event, state, relation,
        reversal."""
        lex = self.lex
        found: list[tuple[Token, Cue, list[Token], str]] = []
        used: set[int] = set()
        sent = self.sent
        denial = self.mod.get("denial_verbs", frozenset())
        claim = self.mod.get("responsibility_verbs", frozenset())
        negators = self.mod.get("negators", frozenset())
        attend = self.lex.attendance_heads
        relevant = _relevant_lemmas(lex)
        arrays = token_arrays(self.doc)
        lemmas, deps, tags = arrays.lemma_lower, arrays.dep, arrays.pos
        reply = self.mod.get("reply_verbs", ())
        listing = self.mod.get("listing_nouns", ())
        for i in range(sent.start, sent.end):
            if i in used:
                continue
            lemma = lemmas[i]
            if lemma not in relevant and deps[i] != "ccomp":
                continue  # no table of the lexicon knows this word: nothing below can fire
            if i in self.ctx.dated:
                continue  # a word of a date mention ("in March 2022", "on Independence Day") is no cue
            tok = self.doc[i]
            pos = tags[i]
            if lemma == "be":
                self.copulas.append(tok)
            if deps[i] == "ccomp":
                self.complements.append(tok)
            if lemma in denial and pos == "VERB":
                self.denial_verbs.append(tok)
            elif pos == "VERB" and lemma in reply and any(
                    t.lower_ in negators for c in tok.children if c.dep_ == "ccomp" for t in c.subtree):
                self.denial_verbs.append(tok)  # "replied that a drought, not any decision of theirs, ..."
            if pos == "NOUN" and (lemma in lex.role_nouns or lemma in listing):
                self.role_nouns.append(tok)
            if pos == "VERB":
                if lemma in lex.labelling_verbs:
                    self.labelling_verbs.append(tok)
                if lemma in claim:
                    self.claim_verbs.append(tok)
                if lemma in attend:
                    self.attend_verbs.append(tok)
            tokens = [tok]
            anchor = tok
            key = lemma
            # hyphenated compounds split by the tokenizer: co - operate
            if lemma in lex.hyphen_tails and tok.i - 2 >= sent.start and self.doc[tok.i - 1].text == "-":
                joined = f"{self.doc[tok.i - 2].lower_}-{lemma}"
                if joined in lex.verbs or joined in lex.nouns or joined in lex.polar_relation_nouns:
                    key = joined
                    tokens = [self.doc[tok.i - 2], self.doc[tok.i - 1], tok]
            if key == lemma and lemma in lex.multiword_heads and tok.i + 1 < sent.end:
                nxt = self.doc[tok.i + 1]
                if pos == "VERB" and nxt.dep_ == "advmod" and nxt.head.i == tok.i and tok.i + 2 < sent.end \
                        and f"{lemma} {self.doc[tok.i + 2].lemma_.lower()}" in lex.verbs:
                    nxt = self.doc[tok.i + 2]  # "pushing hard for", "called again for": an adverb between
                two = f"{lemma} {nxt.lemma_.lower()}"
                if two in lex.verbs or two in lex.nouns or two in lex.reversal:
                    key = two
                    tokens = [tok, nxt]
                    anchor = nxt if tok.head.i == nxt.i else tok
                    pos = anchor.pos_
                elif pos == "VERB":
                    # a particle after the object: "handed it over", "called the talks off"
                    prt = next((c for c in tok.children if c.dep_ == "prt" and c.i > tok.i + 1), None)
                    if prt is None:
                        # a particle the parser took for an adverb: "pulled their forces back"
                        prt = next((c for c in tok.children if c.dep_ in ("advmod", "prep") and c.i > tok.i + 1
                                    and c.lower_ in self.mod.get("particles", ())), None)
                    if prt is None:
                        # a complement after the object: "held the Taliban responsible"
                        # (also past a relative clause on the object: "holds Hamas, which governs Gaza,
                        # responsible"; never inside a phrase: "held talks with the minister responsible for")
                        prt = next((c for c in tok.subtree if c.i > tok.i + 1 and c.pos_ == "ADJ" and (
                                        c.i <= tok.i + 6 or c.head.i == tok.i or c.head.head.i == tok.i)
                                    and not any(a.dep_ in ("pobj", "prep") for a in c.ancestors if a.i > tok.i
                                                and tok.is_ancestor(a))
                                    and f"{lemma} {c.lemma_.lower()}" in lex.verbs), None)
                    two = f"{lemma} {prt.lemma_.lower()}" if prt is not None else ""
                    if two in lex.verbs or two in lex.reversal:
                        key = two
                        tokens = [tok, prt]
            if pos == "VERB" and lemma in lex.object_cue_verbs and (key == lemma or key not in lex.verbs):
                # the object, or what a partitive object is part of ("built much of the country's roads")
                candidates = [g for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                              for g in [c, *(p for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                                             and c.lower_ in PARTITIVE_NOUNS
                                             for p in o.children if p.dep_ == "pobj")]] or [
                    # "applied for membership": with no object, the object of "for"
                    p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                    for p in c.children if p.dep_ == "pobj"]
                # a phrasal verb by its particle: "handed over the prisoners", "patched up their differences"
                verb_keys = [f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt"] + [lemma]
                pair = next(((v, c) for v in verb_keys for c in candidates
                             if (v, c.lemma_.lower()) in lex.object_cues), None)
                if pair is not None:  # "closed its border with X": the verb with this object is the cue
                    verb_key, obj = pair
                    category = lex.object_cues[(verb_key, obj.lemma_.lower())]
                    found.append((tok, Cue(f"{verb_key} {obj.lemma_.lower()}", category, "verb",
                                           lex.base_score(category)), [tok, obj], "event"))
                    used.update((tok.i, obj.i))
                    continue
            if key in lex.polar_relation_nouns and anchor.pos_ in ("NOUN", "PROPN") \
                    and not self._ended_event_noun(anchor, key):
                found.append((anchor, lex.polar_relation_nouns[key], tokens, "relation"))
            elif key in lex.relation_nouns and anchor.pos_ in ("NOUN", "PROPN"):
                found.append((anchor, Cue(key, "", "relation", 0.0), tokens, "relation"))
            elif key in lex.reversal and pos in ("VERB", "AUX"):
                cue = self._exit_cue(anchor, key) or lex.verbs.get(key) or Cue(key, "", "reversal", 0.0)
                found.append((anchor, cue, tokens, "reversal"))
            elif pos in ("VERB",) and key in lex.verbs:
                if key in lex.needs_recipient and not any(
                        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                        or (c.dep_ == "dobj" and c.lemma_.lower() in lex.nouns) for c in anchor.children):
                    continue  # "gave no sign", "gave a speech": not aid without a recipient or an aid noun
                if key in lex.needs_recipient and any(c.dep_ == "dobj" and c.lemma_.lower() in self.mod.get(
                        "figurative_objects", ()) for c in anchor.children):
                    continue  # "to export his revolution to Iraq": no trade
                if key in self.mod.get("purchase_verbs", frozenset()) and not any(
                        c.dep_ == "prep" and c.lower_ == "from"
                        for c in [*anchor.children, *(g for o in anchor.children if o.dep_ == "dobj"
                                                     for g in o.children)]):
                    continue  # "bought arms from X" is trade with X; "bought time" is no event
                if key in lex.needs_partner and not any(
                        (c.dep_ == "prep" and c.lower_ in ("with", "alongside")) or c.lower_ == "together"
                        for c in [*anchor.children, *(g for o in anchor.children if o.dep_ == "dobj"
                                                     for g in o.children)]) \
                        and not (key in self.mod.get("exchange_verbs", frozenset())
                                 and self._plural_subject(anchor)) \
                        and not (key in self.mod.get("membership_verbs", frozenset())
                                 and self._joins_organisation(anchor)):
                    continue
                if key in self.mod.get("labour_strike_verbs", ()) and key in lex.nouns and not any(
                        c.dep_ == "dobj" for c in anchor.children) and any(
                        n.lemma_.lower() in self.mod.get("labour_nouns", ())
                        for c in anchor.children if c.dep_ == "nsubj"
                        for n in [c, *(p for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
                                       for p in o.children if p.dep_ == "pobj")]):
                    # "the dockworkers struck": a labour strike (the noun's PROTEST), not an attack
                    found.append((anchor, lex.nouns[key], tokens, "event"))
                    used.update(t.i for t in tokens)
                    continue
                if key in self.mod.get("incursion_verbs", ()) and not any(
                        c.dep_ == "nsubj" and c.lemma_.lower() in self.mod.get("military_agent_nouns", ())
                        for c in anchor.children):
                    continue  # "refugees crossed into Chad": a journey, not an incursion
                exit_cue = self._exit_cue(anchor, key)
                if exit_cue is None and key in self.mod.get("exit_only_verbs", ()):
                    continue  # "quit his job": no event
                found.append((anchor, exit_cue or self._invited_act(anchor, key) or lex.verbs[key], tokens, "event"))
            elif pos in ("NOUN", "PROPN") and key in lex.nouns:
                if self._inside_name(tokens):
                    continue  # "the North Atlantic Treaty Organisation", "the Arab states": part of a name
                if key in lex.agent_nouns and anchor.dep_ not in ("dobj", "pobj", "dative", "conj"):
                    continue  # "Soviet troops ended ...": the people acting, not an event
                if key in lex.agent_nouns and lex.nouns[key].category == "PROTEST":
                    continue  # "police dispersed demonstrators": acted on, no protest of the police
                if anchor.dep_ == "compound" and anchor.head.i > anchor.i and anchor.head.pos_ == "NOUN" \
                        and anchor.head.i not in used and (anchor.head.lemma_.lower() in lex.nouns
                                                           or anchor.head.lemma_.lower() in lex.polar_relation_nouns):
                    continue  # "emergency aid", "ceasefire talks": a modifier of an event noun names its kind
                cue = self._exit_cue(anchor, key) or self._armed_strike(anchor, key) or self._trade_ban(anchor, key) \
                    or lex.nouns[key]
                found.append((anchor, cue, tokens, "event"))
            elif pos == "NOUN" and key in self.mod.get("aid_goods_nouns", ()) and self._goods_recipient(anchor):
                # "a package of air-defence missiles for Kyiv", "new weapons for Ukraine": arms for a party
                found.append((anchor, Cue(key, "AID", "noun", lex.base_score("AID")), tokens, "event"))
            elif pos == "AUX" and key in lex.verbs and key not in ("be", "have", "do"):
                found.append((anchor, lex.verbs[key], tokens, "event"))
            else:
                continue
            used.update(t.i for t in tokens)
        return found

    def _goods_recipient(self, noun: Token) -> bool:
        """Whether an arms noun (`[modality].aid_goods_nouns`) names its recipient: a "for"/"to" phrase whose
        object is an actor, on the noun or on the noun it is the "of" object of ("a package of missiles for
        Kyiv"), and the phrase is the object of a verb (not a subject: "weapons for Ukraine were stolen")."""
        heads = [noun]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            heads.append(noun.head.head)
        if heads[-1].dep_ not in ("dobj", "pobj", "conj"):
            return False
        return any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to")
                   and any(p.dep_ == "pobj" and any(t.i in self.actor_at for t in p.subtree) for p in c.children)
                   for h in heads for c in h.children)

    def _envoy_partner(self, event: Event) -> None:
        """ "Colombia broke off relations with Israel. It had already recalled its ambassador": a diplomatic
        measure on an envoy named by no state ("its ambassador", "the envoy"), with a source and no other
        party, is towards the one other party the source acted with in the sentence before (guidelines 6.3:
        a participant named in the previous sentence)."""
        if event.targets or event.pairs or not event.sources or not event.cue.category \
                or event.anchor.pos_ != "VERB":
            return
        envoys = self.mod.get("envoy_nouns", ())
        obj = next((c for c in event.anchor.children if c.dep_ in ("dobj", "nsubjpass")
                    and c.lemma_.lower() in envoys), None)
        if obj is None or any(c.i in self.actor_at or c.i in self.ctx.place_at for c in obj.subtree):
            return  # "expelled the French ambassador": the envoy's state is named
        own = {r.id for r in event.sources}
        partners = set()
        for src, tgt, symmetric in self.ctx.prev_dyads:
            if src in own and tgt not in own:
                partners.add(tgt)
            elif symmetric and tgt in own and src not in own:
                partners.add(src)
        if len(partners) == 1:
            event.targets = [ActorRef(partners.pop(), -1)]
            event.attribution = "context"

    def _border_partner(self, event: Event) -> None:
        """ "Caracas massed troops near its border with Guyana": a hostile act with a source and no other
        party, whose clause names a border "with X", is towards X (the state across the border)."""
        if event.targets or event.pairs or not event.sources \
                or event.cue.category.lower() not in self.mod.get("border_categories", ()):
            return
        own = {r.id for r in event.sources}
        frontier, found = [event.anchor], []
        for _ in range(4):  # massed -> troops -> near -> border
            nxt = []
            for t in frontier:
                for child in t.children:
                    if child.dep_ in ("dobj", "prep", "pobj"):
                        nxt.append(child)
                    if child.dep_ == "prep" and child.lower_ == "with" \
                            and t.lemma_.lower() in self.mod.get("border_nouns", ()):
                        for p in (g for g in child.children if g.dep_ == "pobj"):
                            refs = self._np_actors(p)
                            place = self.ctx.place_at.get(p.i)
                            found.extend(refs or ([place] if place is not None else []))
            frontier = nxt
        found = [r for r in _unique(found) if r.id not in own]
        if found:
            event.targets = found
            event.attribution = "place"

    def _invited_act(self, verb: Token, key: str) -> Cue | None:
        """ "invite Beijing to restore the hotlines": an invitation to do something other than meet or take
        part (`[modality].invitation_verbs`, `meeting_complements`) is a request (REQUEST), not a CONSULT."""
        if key not in self.mod.get("invitation_verbs", ()):
            return None
        meeting = self.mod.get("meeting_complements", ())
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX") and child.lemma_.lower() not in meeting \
                    and self.lex.verbs.get(child.lemma_.lower(), Cue("", "", "", 0.0)).category != "CONSULT":
                return Cue(f"{key} to {child.lemma_.lower()}", "REQUEST", "verb", self.lex.base_score("REQUEST"))
        return None

    def _pledged_conflict(self, verb: Token, by_index: dict) -> Token | None:
        """ "Kenya pledged to fight al-Shabaab": the conflictual verb cue a promise verb
        (`[modality].pledge_verbs`) takes as its "to" complement, if any; a promised conflict is a threat
        (THREATEN, future), not an agreement with its target."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.mod.get("pledge_verbs", ()):
            return None
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i in by_index and by_index[child.i][3] == "event" \
                    and by_index[child.i][1].kind == "verb" \
                    and self.lex.polarity(by_index[child.i][1].category) == "conflictual":
                return child
        return None

    def _joined_in(self, event: Event) -> None:
        """ "Poland joined Lithuania in condemning Belarus": the one joined acts too, as a source beside the
        subject (the joining itself is no event: "join" needs a "with" partner)."""
        anchor = event.anchor
        if not event.sources or anchor.dep_ != "pcomp" or anchor.head.lower_ != "in" \
                or anchor.head.head.lemma_.lower() not in self.mod.get("joining_verbs", ()):
            return
        own = {r.id for r in event.sources} | {r.id for r in event.targets}
        joined = [r for c in anchor.head.head.children if c.dep_ == "dobj"
                  for r in self._np_actors(c) if r.id not in own]
        if joined:
            event.sources = _unique([*event.sources, *joined])

    def _appraised_fact(self, noun: Token) -> bool:
        """ "condemned Russia's invasion of Ukraine": an event noun with an actor as possessor, object of a verb
        of appraisal (`[modality].appraisal_verbs`), is a fact: an event of its own, whose flags are not
        the appraising verb's ("has not condemned Russia's invasion": the invasion is not negated)."""
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
            return False
        # ... or with its agent in a "by" phrase ("condemned the detention of Kenyan traders by Somali authorities")
        return noun.head.lemma_.lower() in self.mod.get("appraisal_verbs", ()) \
            and any((c.dep_ == "poss" and c.i in self.actor_at)
                    or (c.dep_ in ("prep", "agent") and c.lower_ == "by"
                        and any(p.dep_ == "pobj" and self._np_actors(p) for p in c.children)) for c in noun.children)

    def _between_others(self, noun: Token, verb: Token) -> bool:
        """The noun's "between" phrase names two parties, none of them the verb's subject."""
        refs = self._parties([r for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
                              for p in c.children if p.dep_ == "pobj" for r in self._np_actors(p)])
        own = {r.id for r in self._subject(verb)[0]}
        return len(refs) >= 2 and bool(own) and not own & {r.id for r in refs}

    def _helped_act(self, verb: Token, by_index: dict) -> Cue | None:
        """ "(the United States,) which helped to negotiate agreements between Egypt and Israel": helping, with
        no one helped as object, to do a consultation or agreement is taking part in it (its category), not
        aid (`[modality].helping_verbs`)."""
        if verb.lemma_.lower() not in self.mod.get("helping_verbs", frozenset()) \
                or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None
        for c in verb.children:
            if c.dep_ == "xcomp" and c.i in by_index and by_index[c.i][1].category in ("CONSULT", "AGREE"):
                return by_index[c.i][1]
        return None

    def _experiencer(self, event: Event) -> None:
        """ "The Russian deployment worried Finland", "The purchase alarmed Britain", "Britain was alarmed by the
        purchase": with an experiencer verb (`[modality].experiencer_verbs`) the one alarmed (the object, or a
        passive subject) stands towards the cause (the subject, or the agent): the roles are swapped. A
        definite event noun as cause without an actor is the author of the latest act of the last sentence
        ("the purchase" after "Egypt agreed to buy arms")."""
        verb = event.anchor
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if not passive and not any(c.dep_ == "dobj" for c in verb.children):
            return  # "Finland worried about the deployment": the subject is the one worried
        experiencers, causes = event.targets, event.sources
        if not causes and not passive:
            clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                else verb  # "The purchase broke the monopoly and alarmed Britain": the first conjunct's subject
            subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN"), None)
            if subject is not None and any(c.dep_ == "det" and c.lower_ in self.mod.get(
                    "anaphoric_determiners", frozenset()) for c in subject.children):
                own = {r.id for r in experiencers}
                authors = self._event_author(subject)
                if authors is None:
                    authors = [ActorRef(src, -1) for age, _c, src, _t, _j in self.ctx.recent_events[:1]
                               if age == 0 and src]
                causes = [r for r in authors or [] if r.id not in own]
                if causes:
                    event.attribution = "context"
        if not causes:
            experiencers = []  # "the issue concerns Finland": a topic, no one alarmed by anyone
        event.sources, event.targets = experiencers, causes

    def _asks_question(self, verb: Token) -> bool:
        """ "asked American officials how Washington would react", "asked whether Kabul would agree": a
        question (a wh- or whether/if clause), not a request (no "to" complement, no "for" phrase)."""
        if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
            return False
        return any(c.dep_ == "ccomp" and any(g.lower_ in QUESTION_WORDS and g.i < c.i
                                             and g.dep_ in ("advmod", "mark", "nsubj", "dobj", "attr", "det")
                                             for g in c.subtree)
                   for c in verb.children)

    def _reversal_key(self, verb: Token) -> str:
        """The verb's lemma, with its particle when verb + particle is a reversal ("give up", "break off")."""
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.dep_ == "prt" or (c.dep_ in ("advmod", "prep") and c.lower_ in self.mod.get("particles", ())):
                if f"{lemma} {c.lower_}" in self.lex.reversal:
                    return f"{lemma} {c.lower_}"
        return lemma

    def _ended_event_noun(self, noun: Token, key: str) -> bool:
        """ "stopped all hostilities", "ended the fighting", "hostilities ended": a noun that is both a polar
        relation and an event cue is the event when a reversal verb ends it (a de-escalation), not a hostile
        relation."""
        return key in self.lex.nouns and (
            (noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in self.lex.reversal)
            or self._ending_verb(noun) is not None)

    def _ending_verb(self, tok: Token) -> Token | None:
        """The verb that ends ``tok``'s act: "the fighting stopped" (intransitive, the event noun its subject),
        "stopped attacking X" (the act a gerund complement); `[modality].ending_verbs`."""
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("to", "of"):
            # "declared an end to the war", "an end to twenty years of war", "the cessation of hostilities"
            ender = head.head
            if ender.lemma_.lower() in TIME_SPAN_NOUNS and ender.dep_ == "pobj" and ender.head.lower_ in ("to", "of"):
                ender = ender.head.head
            return ender if ender.pos_ == "NOUN" and ender.lemma_.lower() in self.mod.get("ending_nouns", ()) else None
        if head.pos_ != "VERB" or head.lemma_.lower() not in self.mod.get("ending_verbs", ()):
            return None
        if tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN") \
                and not any(c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in ("in", "with")
                                                                         and not any(p.ent_type_ in ("DATE", "TIME")
                                                                                     for p in c.subtree))
                            for c in head.children):
            return head  # not "ended in disaster", "ended with a treaty": how it ended
        if tok.dep_ == "xcomp" and tok.tag_ == "VBG":
            return head
        return None

    def _ended_act(self, event: Event, consumed: set[int]) -> None:
        """ "The fighting between A and B stopped", "Chad stopped attacking Sudan": the end of a conflict act is
        a de-escalation (RETREAT; CONCEDE for a non-military measure, SANCTION for ending cooperation), coded
        on the ending verb (whose clause gives the modality)."""
        cue = event.cue
        verb = self._ending_verb(event.anchor) if cue.category else None
        if verb is None or (event.anchor.dep_ == "nsubj" and self.lex.polarity(cue.category) != "conflictual"):
            return  # "the aid programme ended": no act of anyone
        category = reversed_category(self.lex, cue)
        event.cue = Cue(f"{verb.lemma_.lower()} {cue.key}", category, cue.kind, self.lex.base_score(category))
        event.cue_tokens = [*event.cue_tokens, verb]
        event.anchor = verb
        event.opposed = frozenset()
        consumed.add(verb.i)

    def _own_visit(self, noun: Token, cue: Cue) -> bool:
        """ "the visit of Kissinger to Beijing", "Modi's trip to Kabul", "a visit by X to Y": a visit noun that
        names its visitor (possessor, "of", "by") and its destination ("to") is an act of the visitor."""
        if cue.key not in self.mod.get("visit_nouns", ()):
            return False
        visitor = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "by")
                                           and any(t.i in self.actor_at for t in c.subtree))
                      for c in noun.children)
        return visitor and bool(self._destinations(noun))

    def _destinations(self, noun: Token) -> list[Token]:
        """The "to" phrases of a visit noun, or of the verb whose object it is ("arranged the visit of X to Y")."""
        heads = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
        return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i]

    def _visit_destination(self, event: Event) -> None:
        """The host of a visit is the actor of its destination, not the object of the verb around it."""
        own = {r.id for r in event.sources}
        hosts = [r for prep in self._destinations(event.anchor) for p in prep.children if p.dep_ == "pobj"
                 for r in self._np_actors(p) if r.id not in own]
        if hosts:
            event.targets = _unique(hosts)
        elif all(r.id in own for r in event.targets) or event.anchor.dep_ == "dobj":
            event.targets = []  # a place, found later (_place_target)

    def _official_subject(self, verb: Token, event: Event) -> bool:
        """ "Modi travelled to Kabul", "the foreign minister travelled to Tehran": a journey is a visit
        (CONSULT) only for a person or an official (`[modality].visitor_nouns`), not for refugees or traders."""
        visitors = self.mod.get("visitor_nouns", frozenset())
        if any(r.type == "person" for r in event.sources):
            return True
        return any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in visitors for c in verb.children)

    def _inside_name(self, tokens: list[Token]) -> bool:
        """Whether cue tokens lie inside a multi-token actor mention (a word of an organisation's name)."""
        for tok in tokens:
            ref = self.actor_at.get(tok.i)
            if ref is not None and (ref.start != tok.i or self.actor_at.get(tok.i + 1) is ref):
                return True
        return False

    def _joins_organisation(self, verb: Token) -> bool:
        """ "Uzbekistan joined the CSTO", "belongs to the CSTO": joining an international organisation (or
        belonging to it) is cooperation with it
        (the organisation is the partner), unlike "joined the war"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"  # "belongs to the CSTO"
                    for p in c.children if p.dep_ == "pobj"]
        return any(o.i in self.actor_at and self.actor_at[o.i].type == "igo" for o in objects)

    def _exit_cue(self, verb: Token, key: str) -> Cue | None:
        """ "Georgia will leave the CIS", "withdrew from the alliance": leaving an international organisation
        reduces relations with it (PLOVER SANCTION; a stated plan is THREATEN), unlike troops leaving a
        country (RETREAT). The organisation is the object or the object of "from" / "out of"."""
        if verb.pos_ in ("NOUN", "PROPN"):
            # "Britain's exit from the EU", "the withdrawal of Hungary from the ICC": only the "from" object
            if key not in self.mod.get("exit_nouns", ()):
                return None
            objs = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pobj"]
        elif key not in self.mod.get("exit_verbs", ()):
            return None
        else:
            heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ == "out")]
            objs = [c for c in verb.children if c.dep_ == "dobj"] + [
                p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                for p in c.children if p.dep_ == "pobj"]
        if any(o.i in self.actor_at and self.actor_at[o.i].type == "igo" for o in objs):
            kind = "noun" if verb.pos_ in ("NOUN", "PROPN") else "verb"
            return Cue(key, "SANCTION", kind, self.lex.base_score("SANCTION"))
        return None

    def _plural_subject(self, verb: Token) -> bool:
        """ "the two governments exchanged ambassadors", "A and B exchanged prisoners": the partner is in the
        subject itself, so an exchange verb with an object ("exchanged ambassadors") has its partner."""
        if not any(c.dep_ == "dobj" for c in verb.children):
            return False
        ids = {self.actor_at[t.i].id for c in verb.children if c.dep_ == "nsubj"
               for t in c.subtree if t.i in self.actor_at}
        return len(ids) >= 2

    # ------------------------------------------------------------------ events
    def _events(self) -> list[Event]:
        lex = self.lex
        hits = self._lookup()
        by_index = {anchor.i: (anchor, cue, tokens, role) for anchor, cue, tokens, role in hits}
        consumed: set[int] = set()
        events: list[Event] = []
        labelled = self._labelling_events()
        for event in labelled:
            consumed.update(t.i for t in event.cue_tokens)
        territory = self._territory_events()
        for event in territory:
            consumed.add(event.anchor.i)
        events.extend(territory)
        # relations first: their predicates ("were strained") are consumed by them
        for anchor, cue, tokens, role in hits:
            if role == "relation":
                events.extend(self._relation_events(anchor, cue, tokens, consumed))
        for anchor, cue, tokens, role in hits:
            if role == "relation" or anchor.i in consumed:
                continue
            gov = self._governing_cue(anchor, by_index)
            if gov is not None and gov.lemma_.lower() in SUPPORT_NOUNS and gov.dep_ == "pobj" \
                    and gov.head.lower_ == "with":
                gov = None  # "with the help of Iranian mediation": the means, an event of its own
            if gov is not None and anchor.dep_ == "dobj" and anchor.head.i == gov.i and cue.kind == "noun" \
                    and gov.lemma_.lower() in self.mod.get("causative_verbs", frozenset()):
                gov = None  # "forcing the Soviet retreat": the caused event happens, an event of its own
            if gov is not None and cue.kind == "noun" and anchor.dep_ == "dobj" and anchor.head.i == gov.i \
                    and (gov.lemma_.lower() in lex.mediation or (
                        by_index[gov.i][1].category == "CONSULT" and self._between_others(anchor, gov))):
                gov = None  # "brokered a deal between A and B", "helped to negotiate agreements between A and
                # B": the agreement is the parties' act, an event of its own
            if gov is not None and cue.kind == "noun" and cue.category and anchor.head.i == gov.i \
                    and self._appraised_fact(anchor):
                gov = None  # "condemned Russia's invasion of Ukraine", "welcomed Japan's aid to Laos": the
                # appraised act of a named owner is a fact, an event of its own
            if gov is not None and anchor.dep_ == "xcomp" and anchor.head.i == gov.i \
                    and getattr(self._pledged_conflict(gov, by_index), "i", -1) == anchor.i:
                gov = None  # "pledged to fight X": the promised act is coded (THREATEN, future), not an AGREE
            if cue.kind == "verb" and self._pledged_conflict(anchor, by_index) is not None:
                continue  # the promise itself: coded through its content (above)
            if gov is not None and cue.kind == "noun" and self._own_visit(anchor, cue):
                gov = None  # "helped to arrange the visit of X to Y": the visit is X's act, an event of its own
            if gov is not None and gov.i not in consumed:
                g_anchor, g_cue, _, g_role = by_index[gov.i]
                if g_role == "reversal" and cue.kind == "noun" and cue.category:
                    continue  # handled when the reversal verb is processed
                if g_role == "event" and g_anchor.lemma_.lower() in lex.light_verbs and cue.kind == "noun" \
                        and anchor.dep_ == "dobj" and anchor.head.i == gov.i:
                    continue  # the light verb takes the noun's category (below)
                if g_role == "event" and g_cue.category == "ACCUSE" and g_anchor.pos_ == "VERB":
                    content = self._accused_content(anchor, cue, tokens, g_anchor)
                    if content is not None:
                        events.append(content)
                        continue
                if g_role == "event" and cue.kind == "noun" and anchor.dep_ == "dobj" and anchor.head.i == gov.i:
                    answered = self._answered_offer(anchor, cue, tokens, gov)
                    if answered is not None:
                        events.append(answered)  # and the answer is an event of its own (below)
                        continue
                if g_role in ("event", "reversal") and g_cue.category and not (
                        cue.kind == "noun" and self._relative_light_verb(anchor, [], [])[0]):
                    continue  # content of a higher cue ("agreed to co-operate", "refused to meet"); not a
                    # measure its own relative clause gives a party ("the sanctions that X imposed on Y")
            if role == "reversal":
                obj = self._cue_object(anchor, by_index)
                if obj is not None:
                    o_anchor, o_cue, o_tokens, _ = by_index[obj.i]
                    category = reversed_category(lex, o_cue)
                    if anchor.lemma_.lower() in self.mod.get("withholding_verbs", frozenset()):
                        # "withheld recognition": a refusal of what was never given (REJECT); withholding
                        # a conflict measure is no event
                        consumed.add(obj.i)
                        if lex.polarity(o_cue.category) != "cooperative":
                            continue
                        category = "REJECT"
                    kept = lex.polarity(o_cue.category) == "cooperative" and self._flags(anchor)["negated"]
                    if kept:  # "did not end its arms deliveries": the cooperation goes on
                        category = o_cue.category
                    rev = Cue(f"{cue.key} {o_cue.key}", category, "verb",
                              o_cue.score if kept else lex.base_score(category))
                    event = self._verb_event(anchor, rev, tokens + o_tokens)
                    event.kept = kept
                    if not event.targets:
                        # "withdrew the trade status it had granted to its neighbour": the measure's own
                        # relative clause names its recipient
                        noun = o_anchor.head if o_anchor.dep_ == "compound" else o_anchor
                        own = {r.id for r in event.sources}
                        event.targets = [r for r in self._relative_light_verb(noun, [], [])[1] if r.id not in own]
                    if kept and not event.sources:
                        # "the expulsion did not end Soviet arms deliveries": the measure's owner goes on
                        event.sources, n_targets = self._noun_args(o_anchor, o_cue)
                        event.targets = [r for r in event.targets if r not in event.sources] or n_targets
                    if lex.polarity(category) == "cooperative":
                        event.opposed = frozenset()  # "called off its offensive against X": de-escalation towards X
                    if obj.dep_ == "nsubjpass" and not event.sources:
                        # "American aid to Pakistan was cut off": agentless passive; the measure's owner
                        # (possessor, demonym) ends it, towards its recipient (guidelines 6.3)
                        event.sources, n_targets = self._noun_args(o_anchor, o_cue)
                        event.targets = [r for r in event.targets if r not in event.sources] or n_targets
                        events = [e for e in events if e.anchor.i != obj.i]  # the noun came first
                    events.append(event)
                    consumed.add(obj.i)  # the ended measure is no event of its own
                    continue
                if not cue.category:
                    continue
            if cue.category == "REQUEST" and cue.kind == "verb" and any(
                    c.dep_ == "dobj" and c.i in by_index and by_index[c.i][3] == "relation" for c in anchor.children):
                continue  # "sought closer ties with Iran": the relation (an intended one) is the event
            if cue.kind == "noun" and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in lex.labelling_verbs \
                    and getattr(self._event_object(anchor.head), "i", -1) == anchor.i:
                continue  # "called the bombing a terrorist act": an earlier event, labelled (not a new one)
            if cue.kind == "verb" and anchor.lemma_.lower() in self.mod.get("causative_verbs", frozenset()) \
                    and any(c.dep_ == "dobj" and c.i in by_index and by_index[c.i][1].kind == "noun"
                            for c in anchor.children):
                continue  # "forced the retreat": no one is coerced; the retreat is the event
            if cue.kind == "verb" and cue.key in self.mod.get("question_verbs", frozenset()) \
                    and self._asks_question(anchor):
                cue = Cue(cue.key, "CONSULT", "verb", lex.base_score("CONSULT"))
            if cue.kind == "verb":
                helped = self._helped_act(anchor, by_index)
                if helped is not None:
                    cue = Cue(f"{cue.key} {helped.key}", helped.category, "verb", helped.score)
                    tokens = [*tokens, *(c for c in anchor.children if c.dep_ == "xcomp")]
            if cue.kind == "verb" or role == "reversal":
                if self._stipulation(anchor):
                    continue
                light = anchor.lemma_.lower() in lex.light_verbs and (" " not in cue.key or cue.key in lex.light_verbs)
                obj = self._cue_object(anchor, by_index) if light else None  # not "held X responsible"
                if obj is not None:
                    o_anchor, o_cue, o_tokens, _ = by_index[obj.i]
                    consumed.add(obj.i)  # the noun is this verb's event, not one of its own
                    event = self._verb_event(anchor, o_cue, tokens + o_tokens)
                    if not event.targets:
                        _, extra = self._noun_args(o_anchor, o_cue)
                        event.targets = extra
                else:
                    event = self._verb_event(anchor, cue, tokens)
                    self._ended_act(event, consumed)
                if cue.key in self.mod.get("purchase_verbs", frozenset()):
                    # "the system that X bought from Y": the seller is the other side, never the goods
                    event.targets = [r for c in [*anchor.children, *(g for o in anchor.children if o.dep_ == "dobj"
                                                                      for g in o.children)]
                                     if c.dep_ == "prep" and c.lower_ == "from"
                                     for p in c.children if p.dep_ == "pobj" for r in self._np_actors(p)
                                     if r not in event.sources]
                elif not event.targets:
                    event.targets = self._descendant_targets(anchor, by_index, event.sources)
                if cue.key in self.mod.get("experiencer_verbs", frozenset()):
                    self._experiencer(event)
                self._armed_dispatch(event)
                if cue.key in self.mod.get("visit_verbs", frozenset()) and not self._official_subject(anchor, event):
                    continue  # "refugees travelled to Pakistan": a journey, not a visit
                if cue.key in self.mod.get("departure_verbs", frozenset()) and any(
                        c.dep_ == "prep" and c.lower_ == "for" for c in anchor.children) \
                        and not any(c.dep_ == "dobj" for c in anchor.children):
                    continue  # "tried to leave for Armenia": a journey to a destination, not a withdrawal
                events.append(event)
            else:
                if self._breached_text(anchor, cue):
                    continue
                event = self._noun_event(anchor, cue, tokens)
                if cue.category == "CONSULT" and not (event.sources or event.targets or event.pairs):
                    event.sources = self._preceding_talks(anchor)
                if self._own_visit(anchor, cue):
                    self._visit_destination(event)
                self._ended_act(event, consumed)
                events.append(event)
        events.extend(self._responsibility_events())
        events.extend(self._joint_events(by_index))
        headline = self._headline_event()
        if headline is not None:  # the misparsed clause's other cues ("delegation") are its arguments
            clause = range(headline.anchor.i, headline.anchor.i + MAX_HEADLINE_CLAUSE)
            events = [e for e in events if e.anchor.i not in clause]
            events.append(headline)
            events.extend(self._headline_predicates(headline))
        attendance = self._attendance_events()
        if attendance:  # the meeting noun is the attendance's, not a meeting among the attendees
            meetings = {c.i for e in attendance for c in e.anchor.children if c.dep_ == "dobj"}
            events = [e for e in events if e.anchor.i not in meetings]
            events.extend(attendance)
        self._membership_targets(events)
        for event in events:
            self._conjunct_target(event, events)
            self._addressee_target(event)
        events.extend(self._role_events())
        events.extend(self._listing_events())
        events.extend(self._list_operation_events())
        events.extend(self._guarantor_events())
        events.extend(self._intermediary_events())
        events.extend(self._concern_events())
        events.extend(self._title_relation_events())
        events.extend(self._emulation_events(events))
        for event in events:
            self._joined_in(event)
            self._back_reference(event, events)
            self._followed_leader(event)
            self._named_project(event)
            self._described_act(event)
            self._ordered_by(event)
            self._refusal_target(event, events)
            self._relative_rejection(event)
            self._ceded_territory(event)
            self._mediated_pair(event, events)
            self._hosted_pair(event, events)
            self._pair_noun_parties(event)
            self._relation_clause_target(event, events)
            self._object_relative_target(event)
            self._pair_with_partner(event)
            self._parenthesis_recipient(event)
            self._answered_request(event)
            self._agent_of_means(event)
            self._reaction_target(event)
            self._consent_target(event)
            self._received_from(event)
            self._each_the_other(event)
            self._place_target(event)
            self._border_partner(event)
            self._envoy_partner(event)
            self._theme_owner(event)
            self._definite_partner(event)
            self._dyad_missing_party(event)
            self._own_state_target(event)
            self._scene_target(event)
        self._co_signers(events)
        self._split_act(events)
        events.extend(self._auspices_events(events))
        self._remember_described(events)
        self.seen_events = [self._memory(e) for e in events
                            if e.cue.category and (e.sources or e.targets or e.pairs)
                            and e.attribution != "dyad" and not self._refers_back(e.anchor)]
        self.dyad_events = [self._memory(e) for e in events
                            if e.cue.category and e.attribution == "dyad" and e.sources and e.targets]
        events.extend(self._label_events(labelled))
        events.extend(self._obligation_events())
        events.extend(self._no_right_events())
        return events

    def _governing_cue(self, tok: Token, by_index: dict) -> Token | None:
        """The nearest cue above ``tok`` along content dependencies (same event), if any."""
        t = tok
        for _ in range(MAX_WALK):
            if t.head.i == t.i or (t.dep_ not in CONTENT_DEPS and not (
                    # "accused X of closing the border and (of) arming Y": a conjunct of a content phrase
                    t.dep_ == "conj" and (t.pos_ == "ADP" or t.head.dep_ == "pcomp")) and not (
                    # "backed away from its threat": the particle of a phrasal verb
                    t.dep_ in ("advmod", "prt") and t.lower_ in self.mod.get("particles", ()))):
                return None
            if t.dep_ == "prep" and t.lower_ in FRAME_PREPS:
                return None  # "accepted envoys without recognising the government": a separate act
            if t.dep_ == "prep" and t.i == tok.head.i and _backing_phrase(tok):
                return None  # "declared independence with the support of X": the backing is an act of its own
            if t.dep_ == "prep" and t.lower_ in TEMPORAL_PREPS and tok.pos_ in ("NOUN", "PROPN"):
                return None  # "during a visit by X to Y, they signed ...": the framing event is its own
            conjunct = t.dep_ == "conj"
            t = t.head
            if conjunct:
                continue  # the first conjunct is a sibling, not the governor
            if t.i in by_index and by_index[t.i][3] in ("event", "reversal"):
                return t
        return None

    def _accused_content(self, anchor: Token, cue: Cue, tokens: list[Token], accuse: Token) -> Event | None:
        """The act an accusation alleges: "X accused Y of arming Z" (Y -> Z), "A and B blamed each other for
        starting the shooting" (A <-> B), "X blamed the attack on Y" (Y -> the attack's target, else X).
        The accused is the act's source; without a target of its own the act is towards the accuser.
        Coded with ``alleged``."""
        if not cue.category or cue.category == "ACCUSE":
            return None
        # the content hangs on the accusing verb through "of"/"for" ("accused X of ...", "blamed X for ...")
        # or is its object with the accused in an "on" phrase ("blamed the attack on X")
        t = anchor
        via = None
        for _ in range(MAX_WALK):
            if t.head.i == t.i or t.i == accuse.i:
                break
            if t.head.i == accuse.i:
                via = t
                break
            t = t.head
        if via is None:
            return None
        accusers = self._parties(_unique_ids(self._subject(accuse)[0]))
        pairs: list[tuple[ActorRef, ActorRef]] = []
        accused: list[ActorRef] = []
        if via.dep_ == "prep" and via.lower_ in ("of", "for"):
            obj = next((c for c in accuse.children if c.dep_ == "dobj"), None)
            if obj is None:
                return None
            if _is_reciprocal_pronoun(obj):
                if len(accusers) < 2:
                    return None
                pairs = [(accusers[0], other) for other in accusers[1:]]
            else:
                accused = self._arg(obj)
        elif via.dep_ == "dobj" and via.i == anchor.i and accuse.lemma_.lower() in BLAME_ON_VERBS:
            accused = [r for head in (accuse, anchor) for prep in head.children
                       if prep.dep_ == "prep" and prep.lower_ == "on"
                       for p in prep.children if p.dep_ == "pobj" for r in self._np_actors(p)]
        if not accused and not pairs:
            return None
        if anchor.pos_ in ("VERB", "AUX"):
            event = self._verb_event(anchor, cue, tokens)
        else:
            event = self._noun_event(anchor, cue, tokens)
        third = []
        if pairs:
            # [reciprocal_accusation_object] "A and B accused each other of arming the rebels": each accuser
            # is accused of the act on its own object (A -> rebels, B -> rebels), not of one on the other
            mutual = {r.id for r in accusers}
            third = [r for r in _unique_ids([r for c in anchor.children if c.dep_ in ("dobj", "dative")
                                             for r in self._arg(c)]) if r.id not in mutual]
        if pairs and not third:
            event.sources, event.targets, event.pairs = [], [], pairs
        elif pairs:
            event.sources, event.targets, event.pairs = list(accusers), third, []
        else:
            own = {r.id for r in accused}
            # the content's own objects (its subject, taken from the accusing verb, excluded the accuser)
            objects = [r for c in anchor.children if c.dep_ in ("dobj", "dative") for r in self._arg(c)]
            targets = [r for r in _unique_ids([*event.targets, *objects]) if r.id not in own and r.start > accuse.i]
            if not targets and anchor.pos_ in ("VERB", "AUX") \
                    and not any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in anchor.children):
                targets = [r for r in accusers if r.id not in own]  # "accused X of interfering": the accuser
            if not targets and anchor.pos_ not in ("VERB", "AUX"):
                # "blamed the attack on X": the target of the latest remembered act of that kind
                for _age, category, _src, tgt, _joint in self.ctx.recent_events:
                    if category == cue.category and tgt and tgt not in own:
                        targets = [ActorRef(tgt, -1)]
                        break
            event.sources = accused
            event.targets = targets
        event.alleged = True
        return event

    def _cue_object(self, verb: Token, by_index: dict) -> Token | None:
        """A noun cue that is the direct object of ``verb`` (or the object of its particle)."""
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr") and child.i in by_index \
                    and by_index[child.i][1].kind == "noun" and by_index[child.i][1].category:
                if child.dep_ == "nsubjpass" and verb.lemma_.lower() not in self.lex.reversal:
                    continue
                return child
        if verb.lemma_.lower() in self.lex.reversal:
            # "suspended (part of) its aid programme": the cue noun modifies the object, or the object is
            # a part of it
            for child in verb.children:
                if child.dep_ != "dobj":
                    continue
                if child.lower_ in PARTITIVE_NOUNS:
                    child = next((p for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                                  for p in c.children if p.dep_ == "pobj"), child)
                for cand in (child, *(c for c in child.children if c.dep_ == "compound")):
                    cue = by_index[cand.i][1] if cand.i in by_index else None
                    if cue is not None and cue.kind == "noun" and cue.category:
                        return cand
        return None

    def _descendant_targets(self, anchor: Token, by_index: dict, sources: list[ActorRef] = (),
                            content_noun: int | None = None) -> list[ActorRef]:
        """Targets named inside the content of a cue ("refused to deploy troops in Iraq", "threatened to
        stop talks if the United States..."): complement clauses, "by"-clauses and conditions, breadth first."""
        own = {r.id for r in sources}
        queue = [anchor]
        for _ in range(3):
            clauses: list[Token] = []
            for head in queue:
                kids = list(head.children)  # read once for the five tests below
                # with a direct object, a following clause is not the content ("forced a change of
                # course: Musharraf joined ...")
                has_object = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i != content_noun
                                 for c in kids)
                clauses += [c for c in kids
                            if c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not has_object)]
                clauses += [g for c in kids if c.dep_ == "prep" and c.lower_ == "by"
                            for g in c.children if g.dep_ == "pcomp"]
                # "insisted on its demand that Burundi's government grant ...": the that-clause of the
                # noun the verb insists on
                clauses += [a for c in kids if c.dep_ == "prep" and c.lower_ == "on"
                            for p in c.children if p.dep_ == "pobj"
                            and getattr(self.lex.nouns.get(p.lemma_.lower()), "category", None) == "REQUEST"
                            for a in p.children if a.dep_ in ("acl", "ccomp")
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
                # conditions ("unless Israel ..."), purposes ("to help defend Saudi Arabia") and "for"
                # clauses ("pushed for the US (to) support its plan")
                clauses += [c for c in kids if c.dep_ == "advcl" and any(
                    (m.dep_ == "mark" and m.lower_ in ("if", "unless", "until", "for")) or (m.dep_ == "aux" and m.lower_ == "to")
                    for m in c.children)]
            for child in clauses:
                # a subjunctive tagged as a noun ("demanded that the government release ...") still heads
                # a clause when it has a subject of its own
                if child.pos_ not in ("VERB", "AUX") and not (
                        child.dep_ in ("ccomp", "acl") and any(c.dep_ in SUBJECT_DEPS for c in child.children)):
                    continue
                subj = self._own_subject(child) if child.dep_ in ("xcomp", "ccomp", "advcl") or (
                    child.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)) \
                    else []
                subj = [r for r in subj if r.id not in own]
                if subj:
                    return subj
                _, targets, _ = self._verb_args(child, exclude=own)
                if targets:
                    return targets
            if not clauses:
                break
            queue = clauses
        if anchor.dep_ == "xcomp" and anchor.head.pos_ in ("VERB", "AUX"):
            # "vowed to keep fighting until the government falls": the condition hangs on "keep"
            for clause in anchor.head.children:
                if clause.dep_ == "advcl" and clause.pos_ in ("VERB", "AUX") and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless", "until") for m in clause.children):
                    subj = [r for r in self._own_subject(clause) if r.id not in own]
                    if subj:
                        return subj
        return []

    # ------------------------------------------------------------------ argument finding
    def _np_actors(self, head: Token, extended: bool = False) -> list[ActorRef]:
        """The actors of the noun phrase headed by ``head``: the head, its modifiers, conjuncts and "of"
        complements; with ``extended`` also the objects of any preposition ("the situation in Afghanistan")."""
        found, seen, repeated = self._np_walk(head.i, extended)
        out = dict(found)
        for pobj in repeated:
            if pobj not in seen:
                for ref in self._np_actors(self.doc[pobj], extended):
                    out.setdefault(ref.start, ref)
        refs = [out[k] for k in sorted(out)]
        if not refs and self._depth < 2:
            # pronouns, "the two countries", "its troops": actors named before (bounded: a pronoun's
            # antecedent may itself contain a pronoun)
            self._depth += 1
            try:
                refs = self._referent(head)
                if not refs:
                    for child in head.children:
                        # "its troops", "the court's jurisdiction": a pronoun or role noun possessor
                        if child.dep_ == "poss" and (child.pos_ == "PRON" or child.lemma_.lower() in self.lex.role_groups):
                            refs = self._referent(child)
            finally:
                self._depth -= 1
        return refs

    def _np_walk(self, head: int, extended: bool) -> tuple[dict[int, ActorRef], set[int], list[int]]:
        """The tree walk of ``_np_actors`` from token ``head``: (actors found by start, tokens visited, objects
        of repeated prepositions to read as phrases of their own). It reads token positions and the
        document's attribute lists instead of ``Token`` objects (the walk runs for every argument looked up),
        and depends only on the sentence, the document's actors and the lexicon, so it is kept per (head,
        extended) for the sentence: the same phrase is often asked for again (by ``_subject``, ``_arg``)."""
        key = (head, extended)
        held = self._np_walks.get(key)
        if held is not None:
            return held
        arrays = self.arrays
        deps, lemmas, lowers, pos, heads, kids = (arrays.dep, arrays.lemma_lower, arrays.lower, arrays.pos,
                                                  arrays.head, arrays.children)
        actor_at = self.actor_at
        start, end = self.sent.start, self.sent.end
        out: dict[int, ActorRef] = {}
        stack = [head]
        seen: set[int] = set()
        repeated: list[int] = []  # "with A and with B": B's phrase, read as a phrase of its own
        while stack:
            t = stack.pop()
            if t in seen or not (start <= t < end):
                continue
            seen.add(t)
            if deps[t] == "pobj":
                repeated.extend(self._repeated_prep_objects(t))
            ref = actor_at.get(t)
            if ref is not None and not self._modifies_actor(t, ref) and not self._participle_agent(t, ref):
                # "the Afghan mujahideen": the nationality of a named group is not a second actor
                out.setdefault(ref.start, ref)
            for child in kids[t]:
                dep = deps[child]
                if dep == "conj" and child in self.fronted_subjects:
                    continue  # "After the rebels took Goma, Rwanda and Uganda denied": not more places taken
                if dep in ("appos", "conj") and (any(deps[g] == "neg" for g in kids[child]) or any(
                        deps[g] == "neg" and t < g < child for g in kids[t])):
                    continue  # "regarded Moscow, not Washington, as its enemy": the one excluded
                if dep == "poss" and lemmas[t] in ALLY_NOUNS:
                    continue  # "Israel's militia ally", "Iran's proxies": someone else, not the possessor
                if dep == "prep":
                    if t == head and head in actor_at and not extended:
                        continue  # "the Albanians of southern Serbia": the head actor is the referent
                    # "(part of) its aid programme for Haiti": the partitive's "of" noun is the head too
                    own_phrase = t == head or (lowers[head] in PARTITIVE_NOUNS and heads[heads[t]] == head)
                    if (extended and own_phrase) or lowers[child] == "of" or (
                            lowers[child] == "in" and lemmas[t] in INSTITUTION_NOUNS):
                        stack.extend(c for c in kids[child] if deps[c] == "pobj")
                    continue
                if dep == "acl" and t == head and head not in actor_at \
                        and lemmas[head] not in self.lex.people_nouns and lemmas[child] not in self.lex.mediation:
                    # "a bombing claimed by ISKP", "crimes committed by X": the agent is the actor of the
                    # thing done (not of people: "the rebels, backed by Pakistan, ..." are the rebels)
                    stack.extend(p for a in kids[child] if deps[a] == "agent"
                                 for p in kids[a] if deps[p] == "pobj")
                    continue
                if dep == "nsubj" and t == head and pos[head] == "VERB":
                    stack.append(child)  # "The Red Cross operating in Iraq said": a participle heads the NP
                    continue
                if dep == "appos" and t not in actor_at and (t == head or deps[t] == "conj"):
                    # an apposition names the referent: "27 December 1979 – Soviet forces ... storm",
                    # "the branch, ISKP, ..."
                    stack.append(child)
                    continue
                if dep in NP_SKIP_DEPS and not (dep == "appos" and child in actor_at and t in actor_at):
                    continue
                stack.append(child)
        held = self._np_walks[key] = (out, seen, repeated)
        return held

    def _role_phrase(self, tok: Token) -> bool:
        """ "with the Soviet Union and the United States as guarantors": an actor in a "with ... as" phrase
        has a role in the act, not the act's other side."""
        t = tok
        while t.dep_ in ("conj", "compound", "appos") and t.head.i != t.i:
            t = t.head
        prep = t.head
        return t.dep_ == "pobj" and prep.lower_ == "with" and any(
            w.lower_ == "as" for w in [*prep.subtree, *(c for c in prep.head.children if c.i > prep.i)])

    def _previous_start(self) -> int:
        """Where the sentence before this one starts (this one's start for the first): the reach of the
        rules that look one sentence back."""
        if self._prev_start is None:
            self._prev_start = self.doc[self.sent.start - 1].sent.start if self.sent.start > 0 else self.sent.start
        return self._prev_start

    def _sentence_number(self) -> int:
        """This sentence's index in the document's sentence list (0 when it is not there)."""
        numbers = self.ctx.sentence_number
        if not numbers and self.ctx.sentences:
            numbers.update((sent.start, k) for k, sent in enumerate(self.ctx.sentences))
        return numbers.get(self.sent.start, 0)

    def _mention_end(self, start: int, ref: ActorRef) -> int:
        """The last token of the mention of ``ref`` that starts at ``start``."""
        end = start
        while end + 1 < len(self.doc) and self.actor_at.get(end + 1) is ref:
            end += 1
        return end

    def _participle_agent(self, t: int, ref: ActorRef) -> bool:
        """ "an EU-brokered agreement", "a Qatari-mediated deal": the actor before a hyphen and a participle of
        mediation (`[mediation]`, `hosting_verbs`) is the go-between, not a party to the thing the phrase names
        (a "US-drafted plan" stays the United States' plan)."""
        arrays = self.arrays
        end = self._mention_end(t, ref)
        if not (end + 2 < self.sent.end and arrays.lower[end + 1] in ("-", "‑") and (end + 2) not in self.actor_at):
            return False
        lemma = arrays.lemma_lower[end + 2]
        return lemma in self.lex.mediation or lemma in self.mod.get("hosting_verbs", ())

    def _repeated_prep_objects(self, pobj: int) -> list[int]:
        """ "talks with A and with B", "negotiated with A and with B": a preposition repeated after "and"
        joins a second object to the first; the parser hangs the second phrase as a conjunct of the first
        preposition, or on the verb (or the verb of the noun) after a "cc". (Token positions, as in
        ``_np_walk``.)"""
        arrays = self.arrays
        deps, lowers, pos, heads, kids = arrays.dep, arrays.lower, arrays.pos, arrays.head, arrays.children
        prep = heads[pobj]
        if deps[pobj] != "pobj" or pos[prep] != "ADP" or prep == pobj:
            return []
        holders = [prep, heads[prep]]
        if deps[heads[prep]] in ("dobj", "nsubjpass") and heads[heads[prep]] != heads[prep]:
            holders.append(heads[heads[prep]])
        out = []
        for holder in holders:
            for c in kids[holder]:
                if c <= pobj or pos[c] != "ADP" or lowers[c] != lowers[prep] or deps[c] not in ("prep", "conj"):
                    continue
                before = c - 1
                if lowers[before] in ("and", "or") and deps[before] == "cc":
                    out.extend(p for p in kids[c] if deps[p] == "pobj")
        return out

    def _modifies_actor(self, t: int, ref: ActorRef) -> bool:
        """True for a nationality or label inside another actor's name: "the Afghan mujahideen",
        "NATO-member Norway". (Token positions, as in ``_np_walk``.)"""
        deps, heads = self.arrays.dep, self.arrays.head
        if deps[t] in ("poss", "amod") and heads[t] != t:
            # "Afghanistan's new Taliban rulers": the owner of a named group's phrase is not a second actor
            for sibling in self.arrays.children[heads[t]]:
                other = self.actor_at.get(sibling)
                if deps[sibling] == "compound" and sibling > t and other is not None and other.id != ref.id:
                    return True
        for _ in range(2):
            if deps[t] not in ("amod", "compound") or heads[t] == t:
                return False
            t = heads[t]
            other = self.actor_at.get(t)
            if other is not None and other is not ref:
                return True
        return False

    def _arg(self, head: Token) -> list[ActorRef]:
        refs = self._np_actors(head)
        return refs or self._np_actors(head, extended=True)

    def _referent(self, head: Token) -> list[ActorRef]:
        """Pronouns and "the two countries": actors named before."""
        lemma = head.lemma_.lower()
        if lemma in ("who", "whom", "which", "that") and head.head.dep_ == "relcl" \
                and head.head.head.i != head.head.i:
            # "the Taliban, who were fighting ISKP", "the Taliban, whom Iran opposed"
            return self._np_actors(head.head.head)
        if head.pos_ == "PRON" and lemma in PRONOUNS:
            return self._antecedent(head, plural=lemma in ("they", "their", "themselves"))
        if head.pos_ == "PRON" and head.lower_ in FIRST_PERSON_PLURAL:
            return self._first_person(head)
        group = self._counted_group(head)
        if group:
            return group
        if lemma in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in head.children):
            pair = self._pair(prefer_previous=True)
            return list(pair) if pair else []
        if lemma in PAIR_NOUNS and head.tag_ == "NN":
            # "granted trade status to its neighbour": the other member of the pair the possessor is in
            owner = [r.id for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON" for r in self._referent(c)]
            pair = self._pair(prefer_previous=True) if owner else None
            if pair and len(set(owner)) == 1 and owner[0] in (pair[0].id, pair[1].id) and pair[0].id != pair[1].id:
                return [pair[1] if pair[0].id == owner[0] else pair[0]]
        return self._new_rulers(head) or self._two_named(head) or self._role_antecedent(head) or self._polity(head)

    def _counted_group(self, head: Token) -> list[ActorRef]:
        """ "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar ... the four states closed their
        airspace": a definite plural noun with a count ("the three governments", "the two leaders", "both
        allies") of `[modality].counted_state_nouns` (or `counted_person_nouns`) stands for the last group
        of exactly that many states (people) coordinated before it, in its own sentence or the ones before
        (`COUNTED_GROUP_REACH`, then the title; one sentence back for "two"/"both", where the document dyad is
        the fallback).
        A group of another size, or of other kinds of actors, is no antecedent."""
        lemma = head.lemma_.lower()
        person = lemma in self.mod.get("counted_person_nouns", frozenset())
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.i in self.actor_at \
                or not (person or lemma in self.mod.get("counted_state_nouns", frozenset())):
            return []
        count = 0
        definite = False
        for c in head.children:
            word = c.lower_
            if word == "both" and c.i < head.i:
                count = 2
                definite = True
            elif c.dep_ == "nummod" and word in COUNT_WORDS:
                count = COUNT_WORDS[word]
            elif c.dep_ == "det" and word in ("the", "these", "those"):
                definite = True
            elif c.dep_ in ("prep", "relcl", "acl", "poss"):
                return []  # "the two states of the region", "the three countries that border it": not anaphoric
        if count < 2 or not definite:
            return []
        reach = 1 if count == 2 else COUNTED_GROUP_REACH
        sents = self.ctx.sentences
        here = self._sentence_number()
        first = sents[max(0, here - reach)].start if sents and here > 0 else self.sent.start
        deps, kids = self.arrays.dep, self.arrays.children
        covered: set[int] = set()
        positions = list(range(head.i - 1, first - 1, -1))
        if count > 2 and sents and first > sents[0].end:
            positions += range(sents[0].end - 1, sents[0].start - 1, -1)  # the title names the group of the story
        for i in positions:
            ref = self.actor_at.get(i)
            if ref is None or i in covered or deps[i] == "conj" \
                    or not any(deps[c] == "conj" and c in self.actor_at for c in kids[i]):
                continue
            members: list[ActorRef] = []
            stack = [i]
            while stack:
                t = stack.pop()
                covered.add(t)
                member = self.actor_at.get(t)
                if member is None:
                    continue
                if not any(m.id == member.id for m in members):
                    members.append(member)
                stack.extend(c for c in kids[t] if deps[c] == "conj")
            kinds = {m.type for m in members}
            if len(members) == count and kinds == ({"person"} if person else {"state"}):
                return sorted(members, key=lambda m: m.start)
        return []

    def _polity(self, head: Token) -> list[ActorRef]:
        """ "the kingdom", "the sultanate", "the emirate": the nearest state named before it (this sentence or
        the one before) whose official name says it is one ("Kingdom of Saudi Arabia", "Sultanate of Oman")."""
        word = head.lemma_.lower()
        if word not in POLITY_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in head.children):
            return []
        kinds = _polities(word)
        first = self._previous_start()
        for i in range(head.i - 1, first - 1, -1):
            ref = self.actor_at.get(i)
            if ref is not None and ref.start == i and ref.type == "state" and ref.id in kinds:
                return [ref]
        return []

    def _role_antecedent(self, head: Token) -> list[ActorRef]:
        """ "The Kenyan foreign ministry summoned Somalia's ambassador. The ministry said the envoy ...": a
        definite role noun of a `[role_anaphora]` group, with no owner of its own, is the nearest actor
        before it (this sentence or the one before) whose mention had a role noun of the same group: as
        its head ("Kenyan ministry", "Somalia's ambassador") or as a person's title ("President Ruto")."""
        groups = self.lex.role_groups
        group = groups.get(head.lemma_.lower())
        if group is None or head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in ("foreign", "new")
                       for c in head.children):
            return []
        first = self._previous_start()
        for i in range(head.i - 1, first - 1, -1):
            ref = self.actor_at.get(i)
            if ref is None or ref.start != i or ref.type == "location":
                continue
            token = self.doc[i]
            roles = [token.head] if token.dep_ in ("amod", "compound", "poss", "nmod") else []
            if ref.type == "person":  # "President William Ruto": the title before the name
                roles += [t for t in self.doc[max(first, i - 3):i] if t.dep_ == "compound" or t.pos_ == "PROPN"]
            elif ref.type not in ("state", "government"):
                # "the International Court of Justice" ... "the court": the last word of the name
                roles.append(self.doc[self._mention_end(i, ref)])
            if any(groups.get(r.lemma_.lower()) == group for r in roles):
                return [ref]
        if group in SPEAKING_ORGANS and self.ctx.prev_subject is not None and len(self.ctx.prev_subjects) < 2:
            # "Beijing summoned the Japanese ambassador. The ministry called ...": a speaking organ with no
            # antecedent of its kind is the previous sentence's subject's (a state's, or a person's state's)
            prev = self.ctx.prev_subject
            side = prev.id if prev.type == "state" else self.ctx.country_of.get(prev.id) if prev.type == "person" else None
            if side:
                return [ActorRef(side, prev.start, "state")]
        return []

    def _first_person(self, head: Token) -> list[ActorRef]:
        """ "We call on China to lift the ban" in a statement titled "Statement by the Ministry of Foreign
        Affairs of Japan": "we/us/our" outside quotation marks are the document's authors."""
        if head.lower_ not in FIRST_PERSON_PLURAL or not self.ctx.authors:
            return []
        quotes = sum(1 for t in self.doc[self.sent.start:head.i] if t.text in ('"', "“", "”"))
        return [] if quotes % 2 else list(self.ctx.authors)

    def _new_rulers(self, head: Token) -> list[ActorRef]:
        """ "When the Taliban took Mazar-i-Sharif, Uzbekistan refused to recognise the new rulers": "the new
        rulers / government / authorities / regime" (`[modality].new_ruler_nouns`) is the actor that took a
        place or power (a `[places].territory_verbs` verb, or "to power") earlier in the sentence or in the
        one before."""
        if head.lemma_.lower() not in self.mod.get("new_ruler_nouns", frozenset()) \
                or not any(c.dep_ == "amod" and c.lower_ == "new" for c in head.children) \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                or any(c.dep_ in ("poss", "compound", "prep") for c in head.children):
            return []
        first = self._previous_start()
        tags = self.arrays.pos
        for i in range(head.i - 1, first - 1, -1):
            if tags[i] != "VERB":
                continue  # (read in the arrays: a Token for the verbs only)
            verb = self.doc[i]
            to_power = any(c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "power" for p in c.children)
                           for c in verb.children)
            seized = verb.lemma_.lower() in self.lex.territory_verbs and any(
                c.dep_ == "dobj" for c in verb.children)
            if not (to_power or seized):
                continue
            for subj in verb.children:
                if subj.dep_ == "nsubj":
                    refs = _unique([self.actor_at[t.i] for t in subj.subtree if t.i in self.actor_at])
                    if refs:
                        return refs[:1]
        return []

    def _two_named(self, head: Token) -> list[ActorRef]:
        """ "Abkhazia and South Ossetia slipped out of Georgian control. ... recognising the two regions":
        "the two / both" + a noun of non-state actors (`[modality].pair_group_nouns`: regions, groups,
        movements ...) are the last two such actors (neither states nor persons) named in this sentence or
        the one before."""
        if head.lemma_.lower() not in self.mod.get("pair_group_nouns", frozenset()) \
                or not any(c.lower_ in ("two", "both") for c in head.children):
            return []
        first = self._previous_start()
        found: list[ActorRef] = []
        for i in range(head.i - 1, first - 1, -1):
            ref = self.actor_at.get(i)
            if ref is None or ref.start != i or ref.type in ("state", "person", "location") \
                    or any(r.id == ref.id for r in found):
                continue
            found.append(ref)
            if len(found) == 2:
                return found[::-1]
        return []

    def _one_state(self, a: str, b: str, symmetric: bool) -> bool:
        """A person and the state he acts for at the time (or its organs: "the parliament asked him"), or two
        people of one state, are one collective (guidelines 6.1): no stance between them. Not a person of an
        armed group or party (affiliation other than the state: a Taliban leader and Afghanistan). With the
        CAMEO actor coding (populations="participants") domestic events are coded: only a symmetric relation
        of a leader with his own state is dropped."""
        spans = self.doc.spans[ACTORS_KEY] if ACTORS_KEY in self.doc.spans else None
        if spans is not None and spans.attrs.get("populations") == "participants":
            return symmetric and (self.ctx.country_of.get(a) == b or self.ctx.country_of.get(b) == a)
        lineage = self.ctx.lineage
        for person, other in ((a, b), (b, a)):
            country = self.ctx.country_of.get(person)
            if not country or lineage.get(country, country) != lineage.get(other, other):
                continue
            info = next((s._.afru_actor for s in spans or () if (s._.afru_actor or {}).get("id") == person),
                        None) or {}
            if info.get("affiliation") in (None, country, other) and info.get("sector") in STATE_SIDE_SECTORS:
                return True
        ca, cb = self.ctx.country_of.get(a), self.ctx.country_of.get(b)
        if ca and cb and lineage.get(ca, ca) == lineage.get(cb, cb):
            infos = [next(((s._.afru_actor or {}) for s in spans or ()
                           if (s._.afru_actor or {}).get("id") == p), {}) for p in (a, b)]
            return all(i.get("affiliation") in (None, ca, cb) and i.get("sector") in STATE_SIDE_SECTORS
                       for i in infos)
        return False

    def _object_controller(self, clause: Token) -> list[ActorRef]:
        """ "China called on the United States to return the reserves that it froze": the party a verb tells
        to do something (its object, or the object of "on"/"upon") is the understood subject of the "to"
        clause, and a subject pronoun inside that clause's object phrase refers to it first (not after a verb of
        intention, `[modality].intent_words`: "Kenya promised Uganda to return the cattle it seized" is Kenya)."""
        if clause.dep_ != "xcomp" or clause.pos_ != "VERB" \
                or clause.head.lemma_.lower() in self.mod.get("intent_words", frozenset()):
            return []  # "promised Uganda to return ...": an intention's subject does it
        for child in clause.head.children:
            if child.dep_ == "dobj" and child.i < clause.i and child.pos_ != "PRON":
                return self._np_actors(child)
            if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < clause.i:
                return [r for p in child.children if p.dep_ == "pobj" and p.pos_ != "PRON"
                        for r in self._np_actors(p)]
        return []

    def _antecedent(self, pron: Token, plural: bool = False) -> list[ActorRef]:
        """The subject of the governing clause (all of it for "they"/"their": "both countries ... their
        readiness"), else the previous sentence's subject. "It" never refers to a person, "he"/"she" only
        to one ("Chirac reminded Iraq that it must cooperate": Iraq)."""
        word = pron.lower_
        neuter, personal = word in NEUTER_PRONOUNS, word in PERSONAL_PRONOUNS

        def fit(refs: list[ActorRef], phrase: Token | None = None) -> list[ActorRef]:
            human = phrase is not None and phrase.ent_type_ == "PERSON"
            if neuter and (human or any(r.type == "person" for r in refs)):
                return []  # the phrase names a person ("French President Jacques Chirac")
            if personal:
                # a person, or the state of an unregistered one ("King Hassan of Morocco": MAR)
                return [r for r in refs if r.type == "person"] or (refs if human else [])
            return refs

        if neuter and pron.dep_ in ("dobj", "nsubjpass") \
                and pron.head.lemma_.lower() in self.mod.get("document_verbs", ()):
            return []  # "it was signed by X", "X ratified it": a document, not an actor
        if pron.dep_ in ("dobj", "dative", "pobj"):
            # an object pronoun is not its own clause's subject ("China supported Pakistan and provided
            # it with aid"): the nearest actor before it that is not the subject
            gov = pron.head if pron.dep_ != "pobj" else pron.head.head
            for _ in range(3):  # "held talks with them": the clause of the noun's verb
                if gov.pos_ in ("VERB", "AUX") or gov.dep_ not in ("dobj", "pobj", "prep") or gov.head.i == gov.i:
                    break
                gov = gov.head
            subject_ids = {r.id for r in self._subject(gov)[0]}
            if self._asked_for(pron):
                return self._holder(pron, subject_ids)
            for i in range(pron.i - 1, self.sent.start - 1, -1):
                ref = self.actor_at.get(i)
                if ref is not None and ref.id not in subject_ids and fit([ref]):
                    if plural:
                        # "A and B fought a war, and talks between them failed": a plural pronoun stands for
                        # the whole coordination the nearest actor is part of
                        top = self.doc[i]
                        while top.dep_ == "conj" and top.head.i != top.i:
                            top = top.head
                        group = _unique(self._np_actors(top)) if top.i != i or any(
                            c.dep_ == "conj" for c in top.children) else []
                        if len(group) >= 2 and not any(r.id in subject_ids for r in group):
                            return group
                    return [ref]
            if not neuter and (not any(i in self.actor_at for i in range(self.sent.start, pron.i)) or subject_ids):
                # "Iraq invaded Kuwait. A coalition led by the United States expelled them.": with no other
                # actor before it in its sentence, the previous sentence's subject (not this one's); not
                # "it", which mostly means a thing ("has rejected it": the agreement)
                previous = self.ctx.prev_subjects if plural and len(self.ctx.prev_subjects) >= 2 else (
                    [self.ctx.prev_subject] if self.ctx.prev_subject else [])
                sides = {self._side(r) for r in self._subject(gov)[0]}
                found = [r for r in fit(previous) if r.id not in subject_ids and self._side(r) not in sides]
                return found if plural else found[:1]
            return []
        t = pron.head
        skipped = False
        for _ in range(MAX_WALK):
            for child in t.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != pron.i and child.pos_ != "PRON":
                    if not plural and child.tag_ == "NNS" and self._counted_group(child):
                        continue  # "the four states hand Qatar a list ... cuts in its ties": not "its"
                    refs = self._np_actors(child)
                    if not refs and neuter:
                        agent = self._event_author(child)  # "the recognition ..., which said it violated"
                        if agent is not None:
                            return agent  # the event's author, or no one when it is not known
                    if refs and plural and self._singular_state(child, refs):
                        skipped = True  # "Russia has not recognised the authorities since they seized Kabul"
                        continue
                    refs = fit(refs, child)
                    if refs:
                        return refs if plural else refs[:1]
            if t.i != pron.head.i and (refs := fit(self._object_controller(t))):
                return refs if plural else refs[:1]
            if t.head.i == t.i:
                break
            t = t.head
        if skipped:
            # "they" after a singular state subject: the nearest plural actor named before it
            for i in range(pron.i - 1, self.sent.start - 1, -1):
                ref = self.actor_at.get(i)
                if ref is not None and ref.start == i and ref.type not in ("state", "person", "location"):
                    return [ref]
        # "Uzbekistan has been unreliable: it left ...": the subject of an earlier clause of the sentence
        deps, tags = self.arrays.dep, self.arrays.pos
        for i in range(pron.i - 1, self.sent.start - 1, -1):
            if deps[i] in ("nsubj", "nsubjpass") and tags[i] != "PRON":  # (arrays: a Token for subjects only)
                tok = self.doc[i]
                if not plural and tok.tag_ == "NNS" and self._counted_group(tok):
                    continue  # a counted plural ("the four states") is no antecedent of "it"/"its"
                refs = fit(self._np_actors(tok), tok)
                if refs:
                    return refs if plural else refs[:1]
        if neuter or personal:
            # "reminded Iraq that it must cooperate": the nearest fitting actor named before the pronoun
            for i in range(pron.i - 1, self.sent.start - 1, -1):
                ref = self.actor_at.get(i)
                if ref is not None and ref.type != "location" and fit([ref]) and \
                        not (neuter and self._names_person(i)):
                    return [ref]
        previous = [self.ctx.prev_subject] if self.ctx.prev_subject else []
        if plural and len(self.ctx.prev_subjects) >= 2:
            previous = list(self.ctx.prev_subjects)  # "The two sides reaffirmed ... They welcomed ...": both
        if personal and self.ctx.prev_person is not None and not fit(previous):
            # "The Foreign Minister of China, Wang Yi, visited Kabul. He held talks ...": the person of the
            # previous sentence's subject, else the last person it names
            previous = [self.ctx.prev_person]
        return fit(previous)

    def _asked_for(self, pron: Token) -> bool:
        """ "the Taliban, who had demanded them": the direct object of a verb that asks for things
        (`[modality].thing_request_verbs`: demand, request, seek) without a complement clause is what is
        asked for, not the one asked (that one is "from X"); "urged them to leave" asks people."""
        verb = pron.head
        return pron.dep_ == "dobj" and verb.lemma_.lower() in self.mod.get("thing_request_verbs", frozenset()) \
            and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children)

    def _holder(self, pron: Token, subject_ids: set[str]) -> list[ActorRef]:
        """Whom a thing is demanded from ("Afghan aircraft flown to Uzbekistan ... the Taliban demanded
        them"): the nearest actor, or state named as a place (guidelines 6.3), before the pronoun that is
        not the asker and not a modifier of a noun (the thing's nationality: "Afghan aircraft")."""
        for i in range(pron.i - 1, self.sent.start - 1, -1):
            ref = self.actor_at.get(i) or self.ctx.place_at.get(i)
            if ref is None or ref.id in subject_ids or any(one_party(ref.id, s) for s in subject_ids):
                continue
            tok = self.doc[i]
            if tok.dep_ in ("amod", "compound", "nmod", "poss") and tok.head.i not in self.actor_at:
                continue
            if ref.type == "person":
                continue
            return [ref]
        return []

    def _event_author(self, noun: Token) -> list[ActorRef] | None:
        """ "The recognition was condemned by the United States and European governments, which said it
        violated Georgia's integrity": "it" stands for a definite event noun that names an earlier event, so
        the actor is that event's source (the latest remembered event of the noun's category); none when no
        such event is remembered (None: the noun is no such event noun)."""
        cue = self.lex.nouns.get(noun.lemma_.lower())
        if cue is None or not cue.category or noun.i in self.actor_at \
                or not any(c.dep_ == "det" and c.lower_ in self.mod.get("anaphoric_determiners", frozenset())
                           for c in noun.children) \
                or any(c.dep_ in ("poss", "prep") or c.i in self.actor_at for c in noun.subtree if c.i != noun.i):
            return None
        for _age, category, src, _tgt, _joint in [*self.seen_events, *self.ctx.recent_events]:
            if category == cue.category and src:
                return [ActorRef(src, -1)]
        return []

    def _names_person(self, i: int) -> bool:
        """Whether the actor at token i is part of a phrase naming a person ("French President X")."""
        head = self.doc[i]
        while head.dep_ in ("amod", "compound", "nmod", "poss", "flat") and head.head.i != head.i:
            head = head.head
        ref = self.actor_at.get(head.i)
        return ref is not None and ref.type == "person"

    def _singular_state(self, subject: Token, refs: list[ActorRef]) -> bool:
        """A subject that is one state named in the singular ("Russia", "the Kremlin"), which "they" does not
        refer to."""
        return len(refs) == 1 and refs[0].type == "state" and subject.tag_ in ("NNP", "NN") \
            and not any(c.dep_ == "conj" for c in subject.children)

    def _pair(self, prefer_previous: bool = False) -> tuple[ActorRef, ActorRef] | None:
        """The dyad that "bilateral relations", "the two countries" refer to, when unambiguous."""
        if self.pair_here:
            return self.pair_here
        if prefer_previous:
            if self.ctx.prev_pair:
                return self.ctx.prev_pair
            if len(self.ctx.prev_states) == 2:
                return self.ctx.prev_states[0], self.ctx.prev_states[1]
        if self.ctx.doc_dyad:
            return self._dyad_at(self.ctx.doc_dyad)
        return None

    def _dyad_at(self, dyad: tuple[str, str]) -> tuple[ActorRef, ActorRef]:
        """A document dyad with each member taken as the id it had at the sentence's time."""
        key = (dyad[0], dyad[1])
        held = self._dyads_at.get(key)
        if held is not None:
            return held
        a, b = dyad
        if self.ctx.when_id is not None:
            time = self.sent._.afru_time
            a, b = self.ctx.when_id(a, time, self.ctx.known), self.ctx.when_id(b, time, self.ctx.known)
        held = self._dyads_at[key] = (ActorRef(a, -1, "state"), ActorRef(b, -2, "state"))
        return held

    def _own_subject(self, verb: Token) -> list[ActorRef]:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return self._arg(child)
        return []

    def _subject(self, verb: Token) -> tuple[list[ActorRef], bool]:
        """(actors of the subject, passive?) of ``verb``, inherited through xcomp, conj and acl."""
        deps, kids = self.arrays.dep, self.arrays.children  # child tests on strings, no Token per child
        passive = any(deps[c] == "auxpass" for c in kids[verb.i]) or (
            verb.tag_ == "VBN" and any(deps[c] == "agent" for c in kids[verb.i]))  # "armed and financed by X"
        if passive and verb.lemma_.lower() in self.mod.get("stative_participles", ()) \
                and not any(deps[c] == "agent" for c in kids[verb.i]):
            passive = False  # "Israel is opposed to", "forces were engaged in": the subject acts
        fronted = [r for i, v in self.fronted_subjects.items() if v == verb.i for r in self._np_actors(self.doc[i])]
        if fronted:
            return _unique(fronted), passive  # "In Almaty, Kazakhstan and Russia signed": the parties after the place
        t = verb
        only_conj = True
        via = None
        for _ in range(MAX_WALK):
            bare_subject = False  # a subject without actors ("MOSCOW, 3 July – Russia ...": a dateline)
            if via == "advcl":
                # "the bridge was built by the Soviet Union to supply X": the agent of the passive acts
                agents = [p for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                refs = [r for p in agents for r in self._arg(p)]
                if refs:
                    return _unique(refs), False
            # only subject children count below: Tokens for those alone ("both sides had massed troops": the
            # parser may hang the subject on the auxiliary)
            subject_ids = [c for c in kids[t.i] if deps[c] in SUBJECT_DEPS or deps[c] == "nsubjpass"] or [
                g for a in kids[t.i] if deps[a] == "aux" and a < t.i for g in kids[a] if deps[g] in SUBJECT_DEPS]
            listed = [c for c in subject_ids if deps[c] in SUBJECT_DEPS and c < t.i]
            if len(listed) >= 2 and all(any(self.arrays.lower[k] == "," for k in range(a, b))
                                        for a, b in zip(listed, listed[1:])):
                # a headline's comma for "and": "Kenya, Somalia restore ties" (two subjects of one verb)
                refs = _unique([r for c in listed for r in self._arg(self.doc[c])])
                if len(refs) >= 2:
                    return refs, passive
            for child in (self.doc[c] for c in subject_ids):
                if child.dep_ in SUBJECT_DEPS:
                    refs = _unique([*self._arg(child), *self._co_agents(child, t, verb.i)])
                    if refs:
                        return refs, passive
                    bare_subject = True
                    continue
                if child.dep_ == "nsubjpass":
                    # a conjunct shares the passive ("was attacked and invaded"); a raised subject of a
                    # complement acts ("Pakistan is said to have attacked"); a conjunct with an actor as its
                    # own object is active ("it was disappointed by the decision and pressed Mexico to ...")
                    shared = t is not verb and only_conj and not any(
                        deps[c] == "dobj" and c in self.actor_at for c in kids[verb.i])
                    return self._arg(child), passive or shared
            if bare_subject:
                return [], passive
            if t.dep_ == "conj" and t.tag_ == "VBZ" and t.head.tag_ == "VBP":
                # "the four states hand Qatar a list ..., cuts in its ties with Iran": a singular verb does
                # not share a plural verb's subject (mostly a plural noun read as a verb)
                return [], passive
            if t.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "acomp", "attr", "relcl", "oprd") \
                    and t.head.i != t.i:
                only_conj = only_conj and t.dep_ == "conj"
                via = t.dep_ if t.dep_ != "conj" else via
                head = t.head
                if t.dep_ == "xcomp" and head.lemma_.lower() in self.mod.get("command_verbs", frozenset()):
                    # [command_object] "Carter authorised the CIA to give the rebels help", "ordered the army
                    # to cross": the one commanded carries the act out, with the one who commanded it
                    commanded = [r for c in head.children if c.dep_ == "dobj" and c.i < t.i for r in self._arg(c)]
                    if commanded:
                        return _unique([*self._subject(head)[0], *commanded]), passive
                if t.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
                    for child in head.children:
                        if child.dep_ == "poss":
                            return self._arg(child), False
                    if head.dep_ == "dobj":
                        # "gave Russia an opportunity to align with X", "offered Iran the chance to ...":
                        # the one given the opportunity acts
                        for child in head.head.children:
                            if child.dep_ == "dative" and self._arg(child):
                                return self._arg(child), False
                    if head.dep_ in SUBJECT_DEPS:
                        return self._arg(head), False
                    if t.tag_ == "VBG" and head.i in self.actor_at and self._arg(head):
                        return self._arg(head), False  # "backs rebel groups fighting Saudi Arabia": the groups
                    if head.dep_ == "dobj" and t.tag_ == "VBG" and head.i not in self.actor_at \
                            and head.lemma_.lower() not in self.lex.people_nouns:
                        # "X issued a statement condemning Y": the author of the statement (a participle;
                        # "supports efforts to prevent" are others' efforts); not the one who rejects it
                        # ("Russia vetoed a resolution condemning Syria": the resolution's authors condemn)
                        governing = head.head.lemma_.lower()
                        rejecting = self.lex.verbs.get(governing)
                        if (rejecting is not None and rejecting.category == "REJECT") \
                                or governing in self.mod.get("stopping_verbs", ()):
                            break
                        t = head.head
                        continue
                if t.dep_ == "pcomp" and head.pos_ == "ADP":
                    head = head.head
                    if head.lower_ == "short" and head.dep_ in ("advmod", "acomp") \
                            and head.head.lemma_.lower() in self.mod.get("short_of_verbs", frozenset()):
                        head = head.head  # "stopping short of recognising": the subject of "stop"
                t = head
                continue
            break
        # "Since 2017 Russia and Turkey have ...": the parser takes the subject for a second object of
        # the date's preposition
        for prep in t.children:
            if prep.dep_ == "prep" and prep.i < t.i:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                if len(pobjs) >= 2 and (pobjs[0].like_num or pobjs[0].ent_type_ == "DATE"):
                    refs = _unique([r for p in pobjs[1:] for r in [*self._arg(p), *self._co_agents(p, t, verb.i)]])
                    if refs:
                        return refs, passive
        # a chronology line "28 February 1921 – A and B sign ...": the actors hang as an apposition
        # on the date before the verb
        for child in t.children:
            if child.i < t.i and child.dep_ in ("npadvmod", "dep", "nmod"):
                for app in child.children:
                    if app.dep_ == "appos":
                        refs = self._arg(app)
                        if refs:
                            return refs, passive
                # "Sweden backed Finland's bid": the parser reads a name right before the verb as an
                # adverbial noun; with no subject, it is the subject
                if child.dep_ == "npadvmod" and child.i in self.actor_at and t.pos_ == "VERB" \
                        and all(w.pos_ in ("ADV", "AUX", "PART") for w in self.doc[child.right_edge.i + 1:t.i]):
                    refs = self._arg(child)
                    if refs:
                        return refs, passive
        return [], False

    def _labelled_objects(self, prep: Token) -> list[Token]:
        """ "strikes against what it described as TTP hideouts": the thing labelled is the object."""
        out = []
        for clause in prep.children:
            if clause.dep_ == "pcomp" and clause.lemma_.lower() in self.lex.labelling_verbs:
                out += [p for a in clause.children if a.dep_ == "prep" and a.lower_ == "as"
                        for p in a.children if p.dep_ == "pobj"]
                out += [c for c in clause.children if c.dep_ == "oprd"]
        return out

    def _co_agents(self, subject: Token, verb: Token, event_i: int = -1) -> list[ActorRef]:
        """ "Russia, together with Iran and India, backed ...", "Moscow, like Iran, backs ...": actors
        joined to the subject by a comitative phrase act with it; the phrase stands between the subject
        and the event's verb ("Pakistan became one of three states, together with X and Y, to recognise")."""
        out: list[ActorRef] = []
        limit = max(verb.i, event_i)
        deps, lowers, kids = self.arrays.dep, self.arrays.lower, self.arrays.children
        # the phrase may hang on the subject, the verb or its predicate ("became one of ..., together with X")
        predicates = [self.doc[c] for c in kids[verb.i] if deps[c] in ("attr", "acomp")]
        for head in (subject, verb, *predicates):
            for p in kids[head.i]:
                if deps[p] != "prep" or (head is not subject and not subject.i < p < limit
                                         and not (head is verb and self._fronted_phrase(p, subject.i))):
                    continue
                if lowers[p] not in COMITATIVE_WORDS:
                    continue  # _comitative is false for any other word: no Token needed
                prep = self.doc[p]
                if _comitative(prep, head):
                    objs = [p for p in prep.children if p.dep_ == "pobj"] or [
                        p for w in prep.children if w.dep_ == "prep" and w.lower_ == "with"
                        for p in w.children if p.dep_ == "pobj"]  # "along with X"
                    out.extend(r for p in objs for r in self._np_actors(p))
        return out

    def _fronted_phrase(self, p: int, subject_i: int) -> bool:
        """[fronted_comitative] "Like France, Germany sent troops", "... and, like the United States, it
        supplied weapons": a comitative phrase set off by commas before its own clause's subject (it opens
        the sentence or follows a comma or a conjunction, and a comma closes it right before the subject)."""
        if not p < subject_i:
            return False
        right = self.doc[p].right_edge.i
        if not (right + 2 == subject_i or (right + 2 < subject_i and all(
                self.doc[k].dep_ in ("det", "amod", "compound") for k in range(right + 2, subject_i)))):
            return False
        if self.arrays.lower[right + 1] != ",":
            return False
        return p == self.doc[p].sent.start or self.arrays.lower[p - 1] in (",", "and", "but")

    def _verb_args(self, verb: Token, exclude: set[str] | frozenset = frozenset(),
                   category: str | None = None) -> tuple[list[ActorRef], list[ActorRef], list]:
        subjects, passive = self._subject(verb)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            # "the treaty, signed in 1992 by A, B and C": a passive participle on its noun
            subjects, passive = self._np_actors(verb.head), True
        sources: list[ActorRef] = []
        targets: list[ActorRef] = []
        pairs: list = []
        if passive:
            targets = subjects
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            sources = self._arg(pobj)
                    # "condemned by the United States and by several European governments": a second "by"
                    sources = _unique([*sources, *(r for c in child.conjuncts if c.lower_ == "by"
                                                   for p in c.children if p.dep_ == "pobj" for r in self._arg(p))])
        else:
            sources = subjects
        # the children are tested on the token arrays; Tokens only for those kept
        deps, lowers, kids, doc = self.arrays.dep, self.arrays.lower, self.arrays.children, self.doc
        objects: list[Token] = [doc[c] for c in kids[verb.i] if deps[c] in ("dobj", "dative", "oprd")]
        if self.arrays.lemma_lower[verb.i] in self.lex.place_topic_verbs and category == "CONSULT":
            # "met to discuss a ceasefire between Israel and Hamas": what is discussed is a topic; those it
            # names are not the ones consulted (those come with "with")
            objects = [o for o in objects if o.i in self.actor_at and o.dep_ != "dobj"]
        # "granted trade status to its neighbour": a dative "to" stands for its object
        objects = [p for o in objects for p in ([doc[g] for g in kids[o.i] if deps[g] == "pobj" and (
            g in self.actor_at or self.arrays.pos[g] in ("PROPN", "PRON") or self.arrays.lemma_lower[g] in PAIR_NOUNS)]
                                                if o.pos_ == "ADP" else [o])]
        if not objects:
            # a heavy object after its "as" phrase: "denounced as a crime Serbia's crackdown" (the parser
            # hangs the object on the "as" noun as an apposition)
            objects = [doc[a] for c in kids[verb.i] if deps[c] == "prep" and lowers[c] == "as"
                       for p in kids[c] if deps[p] == "pobj" for a in kids[p] if deps[a] == "appos"]
        # "together with Iran", "alongside India": co-agents, never targets
        preps = [doc[c] for c in kids[verb.i] if deps[c] == "prep"
                 and not (lowers[c] in COMITATIVE_WORDS and _comitative(doc[c], verb))
                 and not (lowers[c] in SETTING_WORDS and self._setting_phrase(doc[c]))]
        for prt in (c for c in kids[verb.i] if deps[c] == "prt"
                    or (deps[c] in ("advmod", "prep") and lowers[c] in self.mod.get("particles", ()))):
            preps.extend(doc[c] for c in kids[prt] if deps[c] == "prep")
        own = set(exclude) | ({r.id for r in sources} if not passive else set())

        def others(refs: list[ActorRef]) -> list[ActorRef]:
            # "France contributed (its) troops to X": the subject's own organs are no target (CAMEO ids)
            return [r for r in refs if r.id not in own and not any(one_party(r.id, o) for o in own)]

        found: list[ActorRef] = []
        if category in CONTENT_TARGET_CATEGORIES:
            # "protested against the killing of students by the police", "condemned the arrests by X": a
            # protest or accusation is aimed at the one who did the act it is about
            contents = objects + [p for prep in preps if prep.lower_ in CONTENT_FIRST_PREPS
                                  for p in prep.children if p.dep_ == "pobj"]
            for content in contents:
                for by in (c for t in content.subtree if t.dep_ in ("pobj", "dobj") or t is content
                           for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                    for agent in (c for c in by.children if c.dep_ == "pobj"):
                        found.extend(others(self._np_actors(agent)))
            if not found and not passive and any(o.lemma_.lower() in self.lex.nouns for o in objects):
                # the parser hangs the event's by-phrase on the verb: "condemned the attacks on X by Y"
                for by in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                    for agent in (c for c in by.children if c.dep_ == "pobj"):
                        found.extend(others(self._np_actors(agent)))
        for obj in objects if not found else ():
            found.extend(others(self._event_agent(obj)) or others(self._pair_object(obj, sources) or self._np_actors(obj)))
        if not found and not passive and own:
            # "The United States and China urged both countries to ...": "both countries" in the object is the
            # pair named before, never the clause's own subjects (which the linker may have taken)
            for obj in objects:
                if obj.lemma_.lower() in PAIR_NOUNS and any(c.lower_ in ("two", "both") for c in obj.children) \
                        and all(r.id in own for r in self._np_actors(obj)):
                    pair = self._pair(prefer_previous=True)
                    if pair and not any(r.id in own for r in pair):
                        found.extend(pair)
        self.direct_object = bool(found)
        if not found:
            order = CONTENT_FIRST_PREPS if category in CONTENT_TARGET_CATEGORIES else CORE_TARGET_PREPS
            for wanted in order:
                for prep in preps:
                    if prep.lower_ == wanted:
                        for pobj in [c for c in prep.children if c.dep_ == "pobj"] or self._labelled_objects(prep):
                            found.extend(others(self._np_actors(pobj)))
                if found:
                    break
        if found and self.arrays.lemma_lower[verb.i] in self.mod.get("membership_verbs", frozenset()):
            # [membership_with] "belongs with Russia to the CSTO and the EAEU": the co-member ("with") and the
            # organisations ("to") are both partners
            found.extend(others([r for prep in preps if prep.lower_ == "to" for p in prep.children
                                 if p.dep_ == "pobj" for r in self._np_actors(p) if r.type == "igo"]))
        for prep in preps:
            if prep.lower_ == "between":
                # one party per phrase: "between the Afghan ruler Abdur Rahman Khan and Mortimer Durand"
                refs = self._parties([r for pobj in prep.children if pobj.dep_ == "pobj"
                                      for r in self._np_actors(pobj)])
                if len(refs) >= 2:
                    pairs.append((refs[0], refs[1]))
        if not found:
            for obj in objects:
                found.extend(others(self._np_actors(obj, extended=True)))
        if not found:
            for prep in preps:
                if prep.lower_ in TARGET_PREPS:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            found.extend(others(self._np_actors(pobj, extended=True)))
        if found and objects and not self.direct_object and not passive:
            # "Kenya and Uganda accepted the proposal from Ethiopia": an object someone gave or made ("from"/
            # "by" on the object or on the verb) is answered to its owner, as a direct object is, and is not
            # an act the subjects share with each other
            heads = {verb.i, *(o.i for o in objects)}
            self.direct_object = any(doc[r.start].dep_ == "pobj" and doc[r.start].head.lower_ in NOUN_SOURCE_PREPS
                                     and doc[r.start].head.head.i in heads for r in found)
        if not found and category and self.lex.polarity(category) == "cooperative":
            found.extend(others(self._object_recipients(objects)))
        if not found and category == "CONSULT":
            # "hosting its delegations", "received their envoys": one does not host one's own delegation, so
            # the possessive is the nearest other actor before it
            for poss in (c for obj in objects for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"):
                ref = next((self.actor_at[i] for i in range(poss.i - 1, self.sent.start - 1, -1)
                            if i in self.actor_at and self.actor_at[i].id not in own), None)
                if ref is not None:
                    found.append(ref)
                    break
        if not passive or not targets:
            targets = targets or found
        if passive:
            targets = [r for r in targets if r.id not in {x.id for x in sources} and r.id not in exclude]
            if sources and targets:
                # "Serbia, backed by Russia and China, ...": the agents act on the passive subject, as on a
                # direct object, not with each other
                self.direct_object = True
        return sources, targets, pairs

    def _event_agent(self, obj: Token) -> list[ActorRef]:
        """ "has not recognised Russia's annexation of Crimea", "condemned Iran's seizure of the tanker": an
        object that is an event noun with a possessor is that actor's act; the stance is towards the
        possessor, not towards the patient in the "of" phrase."""
        lemma = obj.lemma_.lower()
        if obj.pos_ != "NOUN" or lemma not in self.lex.nouns or lemma in self.lex.agent_nouns \
                or lemma in self.lex.people_nouns:
            return []  # "supplied its troops": people, not an act
        return [r for c in obj.children if c.dep_ == "poss" for r in self._arg(c)]

    def _object_recipients(self, objects: list[Token]) -> list[ActorRef]:
        """ "pledged aid worth 200 million dollars to Kenya", "promised loans for Greece": a transfer's
        recipient in a "to"/"for" phrase inside the object phrase (on the object noun or on a modifier of
        it), when the verb names no target; never inside a clause of its own."""
        out: list[ActorRef] = []
        for obj in objects:
            if obj.dep_ == "dative":
                continue  # "sent weapons to X": the parser's dative "to" is the verb's own recipient
            for tok in obj.subtree:
                if tok.dep_ != "prep" or tok.lower_ not in RECIPIENT_PREPS:
                    continue
                up, inside = tok.head, True
                while up.i != obj.i:
                    if up.dep_ in NP_CLAUSE_DEPS or up.pos_ in ("VERB", "AUX"):
                        inside = False
                        break
                    up = up.head
                if inside:
                    out.extend(r for p in tok.children if p.dep_ == "pobj" for r in self._np_actors(p))
        return out

    def _framing_talks(self, noun: Token, prep: Token, cue: Cue, sources: list[ActorRef]) -> bool:
        """[framing_talks] "agreed to lift the veto after talks with X", "during a meeting with X, Y said":
        consultations with a partner in a temporal phrase of the clause (the noun is the phrase's own object)
        are held by the clause's subject (subject → X CONSULT), unlike other framing events ("after years of
        fighting")."""
        return (cue.category == "CONSULT" and not sources and noun.dep_ == "pobj" and noun.head.i == prep.i
                and any(c.dep_ == "prep" and c.lower_ == "with" and any(
                    p.dep_ == "pobj" and self._np_actors(p) for p in c.children) for c in noun.children))

    def _noun_args(self, noun: Token, cue: Cue) -> tuple[list[ActorRef], list[ActorRef]]:
        sources: list[ActorRef] = []
        targets: list[ActorRef] = []
        if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "peace talks", "a mediation effort between ...": the head noun has the actors
        deps, lowers, kids, doc = self.arrays.dep, self.arrays.lower, self.arrays.children, self.doc
        # the child loops below build Tokens only for children of the dependencies they test
        for child in (doc[c] for c in kids[noun.i] if deps[c] in ("poss", "amod", "compound", "nmod", "nummod")):
            if child.dep_ in ("poss", "amod", "compound", "nmod", "nummod") and child.i not in self._cue_span(noun):
                refs = self._np_actors(child) if child.dep_ != "poss" else self._arg(child)
                sources.extend(refs)
        for child in (doc[c] for c in kids[noun.i] if deps[c] == "prep"):
            if child.dep_ != "prep":
                continue
            word = child.lower_
            pobjs = [c for c in child.children if c.dep_ == "pobj"] or self._labelled_objects(child)
            refs = [r for p in pobjs for r in self._np_actors(p)]
            if word == "from" and (cue.category == "RETREAT" or cue.key in self.mod.get("exit_nouns", ())):
                targets.extend(refs)  # "the withdrawal from X", "Britain's exit from the EU" (SANCTION)
            elif word in NOUN_SOURCE_PREPS or (word == "of" and cue.key in self.lex.of_is_source):
                sources.extend(refs)
                if word == "of" and cue.category == "RETREAT":
                    # "the withdrawal of (some) forces from Panama": the "from" hangs on the forces
                    targets.extend(r for p in pobjs for f in p.children if f.dep_ == "prep" and f.lower_ == "from"
                                   for q in f.children if q.dep_ == "pobj" for r in self._np_actors(q))
            elif word in CORE_TARGET_PREPS and not targets:
                targets.extend(refs or [r for p in pobjs for r in self._np_actors(p, extended=True)])
        if not sources or not targets:
            # "the embargo imposed on Qatar by Saudi Arabia", "sanctions imposed on Iran by the United States":
            # a light verb's participle on the noun carries its agent (source) and its target phrase
            for acl in (doc[c] for c in kids[noun.i] if deps[c] == "acl"):
                if acl.tag_ != "VBN" or acl.lemma_.lower() not in self.lex.light_verbs:
                    continue
                agents = [r for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                          for r in self._arg(p)]
                aimed = [r for c in acl.children if c.dep_ == "prep" and c.lower_ in CORE_TARGET_PREPS
                         for p in c.children if p.dep_ == "pobj" for r in self._np_actors(p)]
                if agents and not sources:
                    sources = agents
                if aimed and not targets:
                    targets = [r for r in aimed if r not in sources]
        if not targets:
            # "the Soviet intervention in Afghanistan": an "in" object the linker kept as an actor (a
            # relational head, not a location) is the target of the event noun
            targets.extend(r for c in kids[noun.i] if deps[c] == "prep" and lowers[c] in ("in", "into")
                           for p in kids[c] if deps[p] == "pobj" for r in self._np_actors(doc[p])
                           if r not in sources)
        if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in self.mod.get("provider_nouns", frozenset()):
            # "became Afghanistan's largest source of aid", "Iran's main supplier of arms": the provider
            # noun's possessor receives
            targets.extend(r for c in noun.head.head.children if c.dep_ == "poss" for r in self._arg(c))
        if not targets:
            for child in kids[noun.i]:
                if deps[child] in ("acl", "ccomp") and any(lowers[m] == "that" for m in kids[child]):
                    targets.extend(r for r in self._own_subject(doc[child]) if r not in sources)
        if not sources:
            sources, targets = self._relative_light_verb(noun, sources, targets)
        first = noun  # "launched artillery, mortar and rocket fire at X": a later conjunct takes the first's verb
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("NOUN", "PROPN"):
            first = first.head
        if (not sources or not targets) and first.dep_ in ("dobj", "attr", "pobj", "nsubjpass", "oprd"):
            verb = first.head
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                if verb.dep_ not in ("prep", "pobj", "dobj", "attr") or (
                        verb.lower_ in TEMPORAL_PREPS and not self._framing_talks(noun, verb, cue, sources)):
                    break  # "after years of fighting, X opened talks": another event's frame
                if verb.dep_ == "prep" and verb.lower_ in CAUSE_PREPS and verb.i == noun.head.i and not sources:
                    break  # "cut ties with X over recognition of ...": the cause, not an act of the subject
                verb = verb.head
            if verb.pos_ in ("VERB", "AUX"):
                subjects, passive = self._subject(verb)
                if sources and not targets and not passive and _backing_phrase(noun):
                    # "declared independence with the support of the United States": the backers back the
                    # subject of the act they made possible
                    return _unique(sources), _unique([t for t in subjects if t not in sources])
                if verb.lemma_.lower() in self.lex.undergo:
                    targets = targets or subjects
                else:
                    if not sources and not passive:
                        sources = subjects
                    if not targets:
                        _, verb_targets, _ = self._verb_args(verb)
                        targets = [r for r in verb_targets if r not in sources]
                    if not targets:
                        # "reiterated its demand that Israel ...": the clause is the noun's content
                        targets = self._descendant_targets(verb, {}, sources, content_noun=noun.i)
        return _unique(sources), _unique([t for t in targets if t not in sources])

    def _cue_span(self, anchor: Token) -> set[int]:
        return {anchor.i}

    # ------------------------------------------------------------------ event builders
    def _verb_event(self, anchor: Token, cue: Cue, tokens: list[Token]) -> Event:
        sources, targets, pairs = self._verb_args(anchor, category=cue.category)
        direct_object = self.direct_object
        deps, lowers, lemmas, kids = self.arrays.dep, self.arrays.lower, self.arrays.lemma_lower, self.arrays.children
        subtree = self.arrays.subtree_set  # these sets are read from the token arrays: no Token per word
        # "supported the joint approach against the Taliban": support for an action against X opposes X
        opposed = {t for obj in kids[anchor.i] if deps[obj] in ("dobj", "pobj")
                   for prep in kids[obj] if deps[prep] == "prep" and lowers[prep] in ("against", "versus")
                   for t in subtree(prep)}
        if targets and self.lex.polarity(cue.category) == "cooperative":
            own = {r.id for r in sources} | {r.id for r in targets}
            for prep in anchor.children:
                if prep.dep_ == "prep" and prep.lower_ in ("against", "versus"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            for ref in self._np_actors(pobj):
                                if ref.id not in own:
                                    targets = [*targets, ref]
                                    opposed |= {ref.start}
        opposed_starts = frozenset(r.start for r in targets if r.start in opposed)
        # "intervened militarily in support of the government": the target is helped, whatever the verb
        helped = {t for prep in kids[anchor.i] if deps[prep] == "prep" and lowers[prep] in ("in", "on")
                  for pobj in kids[prep] if deps[pobj] == "pobj" and lemmas[pobj] in SUPPORT_NOUNS
                  for of in kids[pobj] if deps[of] == "prep" and lowers[of] == "of" for t in subtree(of)}
        if helped:
            helped_refs = [r for r in targets if r.start in helped]
            if helped_refs:
                cue = Cue(f"{cue.key} in support", "AID", "verb", self.lex.base_score("AID"))
                targets = helped_refs
        return Event(anchor, cue, tokens, sources, targets, pairs, opposed=opposed_starts,
                     direct_object=direct_object)

    def _received_from(self, event: Event) -> None:
        """ "The Sudanese army received weapons from Iran": aid received (a `[modality].receiving_verbs` verb
        with an AID object) goes from the "from" actor to the receiver, the subject."""
        verb = event.anchor
        if event.cue.category != "AID" or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in self.mod.get("receiving_verbs", ()):
            return
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        givers = _unique([r for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                          for p in c.children if p.dep_ == "pobj" for r in self._np_actors(p)])
        receivers, passive = self._subject(verb)
        if givers and receivers and not passive:
            event.sources = givers
            event.targets = [r for r in receivers if r not in givers]

    def _each_the_other(self, event: Event) -> None:
        """ "Each side blamed the other", "each government accused the other of ...": a subject "each" + pair
        noun with "the other" as object is the pair named before (or the document dyad), symmetric."""
        verb = event.anchor if event.anchor.pos_ in ("VERB", "AUX") else event.anchor.head
        if event.pairs or not event.cue.category or verb.pos_ not in ("VERB", "AUX"):
            return
        each = any(c.dep_ in SUBJECT_DEPS and (c.lower_ == "each" or c.lemma_.lower() in PAIR_NOUNS
                                               and any(g.lower_ == "each" for g in c.children)) for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        objects += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        other = any(o.lower_ == "other" and any(g.lower_ == "the" for g in o.children)
                    or (o.lower_ == "other" and o.i > 0 and self.doc[o.i - 1].lower_ == "the") for o in objects)
        if not (each and other):
            return
        pair = self._pair(prefer_previous=True)
        if pair is not None and not one_party(pair[0].id, pair[1].id):
            event.pairs, event.sources, event.targets = [pair], [], []
            event.attribution = "context"

    def _reaction_target(self, event: Event) -> None:
        """ "Ecuador's raid drew condemnation from Mexico", "Turkish drones struck ..., prompting protests from
        Baghdad": a verbal reaction noun with its source in a "from" phrase, the object of a causing verb (`[modality].
        causing_verbs`), is aimed at that verb's subject (the one whose act caused it)."""
        noun = event.anchor
        if event.targets or event.pairs or not event.sources or noun.pos_ != "NOUN" or noun.dep_ != "dobj" \
                or noun.head.lemma_.lower() not in self.mod.get("causing_verbs", ()):
            return
        verb = noun.head
        if not (self.lex.quad(event.cue.category).startswith("verbal") or event.cue.category == "PROTEST") or not any(
                c.dep_ == "prep" and c.lower_ == "from" for c in [*noun.children, *verb.children]):
            return  # a said reaction, by the one named after "from" ("brought a delegation" is no reaction)
        own = {r.id for r in event.sources}
        causers = [r for r in self._subject(verb)[0] if r.id not in own
                   and not any(one_party(r.id, o) for o in own)]
        if causers:
            event.targets = causers

    def _place_target(self, event: Event) -> None:
        """ "the withdrawal of American troops from Afghanistan", "kept its embassy in Kabul open": a state
        named only as the place of a material act is its target (guidelines 6.3), when nothing else is."""
        if event.targets or event.pairs or not event.sources or not self.ctx.place_at \
                or (event.cue.category not in self.lex.place_target_categories
                    and event.cue.key not in self.lex.place_target_cues) \
                or event.anchor.dep_ in ("poss", "compound", "amod", "nmod"):
            return
        own = {r.id for r in event.sources}
        preps = self.lex.place_prepositions
        if event.cue.category in self.lex.over_categories:
            preps = preps | self.lex.over_prepositions  # "fired a missile over Japan"
        anchor = event.anchor
        # the anchor's own phrase, then (for a noun cue) the clause of its verb
        starts = [anchor]
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
            verb = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
            if verb.pos_ in ("VERB", "AUX"):
                starts.append(verb)
        for start in starts:
            found: list[ActorRef] = []
            origins: set[int] = set()  # places found through "from"
            # three steps down, not counting the cue's own "of" phrase ("the withdrawal of its forces from X")
            frontier = [start]
            for _ in range(3):
                nxt = []
                for t in frontier:
                    children = list(t.children)
                    children += _free_relative_children(t)  # "bombed what X called a camp in Y"
                    if t.i == anchor.i:
                        children += [g for c in children if c.dep_ == "prep" and c.lower_ == "of"
                                     for p in c.children if p.dep_ == "pobj" for g in p.children]
                    if (t.dep_ == "pobj" and t.head.lower_ in preps) or t.dep_ == "dobj":
                        # "at a concert hall near Moscow", "attacked a post outside Herat": the state of a
                        # place next to the scene
                        children += [g for c in children
                                     if c.dep_ == "prep" and c.lower_ in self.lex.near_prepositions
                                     for g in c.children if g.dep_ == "pobj"]
                    for child in children:
                        if (child.dep_ == "dobj" and t.lemma_.lower() not in self.lex.place_topic_verbs) \
                                or (child.dep_ == "pobj" and t.lower_ in preps) \
                                or (child.dep_ == "pobj" and t.lower_ == "of" and t.head.i != anchor.i) \
                                or (child.dep_ == "pobj" and child.head.lower_ in self.lex.near_prepositions
                                    and child.head.head.i == t.i and t.dep_ in ("pobj", "dobj")) \
                                or (child.dep_ in ("appos", "poss") and t.dep_ == "pobj" and t.head.lower_ in preps) \
                                or (child.dep_ == "poss" and t.dep_ == "dobj" and any(c.i == t.i for c in event.cue_tokens)) \
                                or (child.dep_ == "amod" and t.dep_ in ("pobj", "dobj")
                                    and t.lemma_.lower() in self.mod.get("territory_nouns", ())):
                            # ... or "into undisputed Georgian territory": the demonym of a territory noun
                            # ... or the state of a place in it: "in Mombasa, Kenya", "in Kenya's coastal region"
                            ref = self.ctx.place_at.get(child.i)
                            if ref is not None and (ref.id not in own or self._kept_place(ref)):
                                found.append(ref)
                                found.extend(self._place_conjuncts(child, own))
                                if t.lower_ == "from":
                                    origins.add(ref.start)
                                # "A and B visited Kabul": the host, not a relation between the visitors
                                event.direct_object = event.direct_object or (child.dep_ == "dobj"
                                                                              and t.i == start.i)
                                continue
                        if child.dep_ in ("prep", "dobj", "pobj", "ccomp", "oprd", "acl") or (
                                child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN")) or (
                                child.dep_ == "advmod" and child.lower_ in self.mod.get("particles", ())):
                            nxt.append(child)
                frontier = nxt
                if found:
                    break
            if found and origins and len(origins) < len(found):
                # "advanced into Ethiopia from Eritrea": the origin is no target, except of a departure
                departure = event.cue.category == "RETREAT"
                found = [r for r in found if (r.start in origins) == departure]
            if found:
                event.targets = _unique(found)
                event.attribution = "place"
                return

    def _answered_request(self, event: Event) -> None:
        """ "Tokayev asked the CSTO for help. The organisation sent 2,000 troops": troops or aid sent
        ([modality].relief_verbs) by the one asked in the sentence before, with no other party or to the
        one who asked, answer the request: AID towards the requester (for a person, the person's state when
        that is an actor of the document, else the person; nothing when the person's state is unknown), not
        a mobilisation against it (guidelines 6.3: the sentence before)."""
        if event.pairs or not event.sources or event.cue.category not in ("MOBILIZE", "AID") \
                or event.anchor.lemma_.lower() not in self.mod.get("relief_verbs", frozenset()):
            return
        own = {r.id for r in event.sources}
        asked = [src for age, category, src, tgt, joint in self.ctx.recent_events
                 if age == 0 and category == "REQUEST" and not joint and src and tgt in own and src not in own]
        if not asked:
            return
        side = self._side(ActorRef(asked[0], -1))
        if side == asked[0] and asked[0].startswith("PER-"):
            return  # a person whose state is unknown: the gold codes the state, not the person
        requester = ActorRef(side if side in self.ctx.known else asked[0], -1)
        if event.targets and {self._side(r) for r in event.targets} != {self._side(requester)}:
            return  # sent somewhere else
        if not event.targets:
            event.targets = [requester]
            event.attribution = "context"
        event.cue = Cue(event.cue.key, "AID", event.cue.kind, self.lex.base_score("AID"))

    def _agent_of_means(self, event: Event) -> None:
        """ "Indian jets struck a camp. Many militants were killed in the strike": an agentless passive act
        undergone by a party, "in / during" a hostile event noun, is done by that event's author: the noun's
        own actor ("in the Indian strike") or, for a definite noun naming an earlier act, that act's source
        (_event_author; guidelines 6.3: the sentence before)."""
        verb = event.anchor
        if event.sources or event.pairs or not event.targets or verb.pos_ != "VERB" \
                or not any(c.dep_ == "auxpass" for c in verb.children) \
                or any(c.dep_ == "agent" for c in verb.children):
            return
        own = {r.id for r in event.targets}
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj"):
                cue = self.lex.nouns.get(noun.lemma_.lower())
                if cue is None or not cue.category or self.lex.polarity(cue.category) != "conflictual":
                    continue
                authors = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                           for r in self._np_actors(c)] or self._event_author(noun) or []
                if not authors and self._event_author(noun) is not None:
                    # "struck inside Pakistan ... killed in the strike": the latest hostile act of any kind in
                    # this sentence or the one before, when the noun's own category finds none
                    authors = [ActorRef(src, -1) for age, category, src, _t, _j in
                               [*self.seen_events, *self.ctx.recent_events]
                               if age == 0 and src and self.lex.polarity(category) == "conflictual"][:1]
                authors = [r for r in _unique_ids(authors) if r.id not in own]
                if authors:
                    event.sources = authors
                    event.attribution = "context"
                    return

    def _place_conjuncts(self, place: Token, own: set[str]) -> list[ActorRef]:
        """ "negotiated in Moscow and Tbilisi": every coordinated place is a target of its own."""
        out = []
        for conj in place.conjuncts:
            ref = self.ctx.place_at.get(conj.i) or self.actor_at.get(conj.i)
            if ref is not None and ref.id not in own and self.sent.start <= conj.i < self.sent.end:
                out.append(ref)
        return out

    def _territory_events(self) -> list[Event]:
        """ "the Taliban took Kabul", "controlling a large part of Afghanistan": taking a state's capital or
        territory (named as a place) is COERCE towards the state."""
        events = []
        place_at = self.ctx.place_at
        for i in range(self.sent.start, self.sent.end):
            ref = place_at.get(i)
            if ref is None or ref.start != i:
                continue
            tok = self.doc[i]
            while tok.dep_ == "compound" and tok.head.i != tok.i:
                tok = tok.head
            verb = None
            if tok.dep_ == "dobj":
                verb = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
                # "control of Kabul", "(a large) part of Afghanistan"
                owner = tok.head.head
                for _ in range(3):
                    if owner.pos_ in ("VERB", "AUX"):
                        break
                    if owner.dep_ not in ("dobj", "pobj", "prep") or owner.head.i == owner.i:
                        break
                    owner = owner.head
                verb = owner if owner.pos_ in ("VERB", "AUX") and owner.i != tok.i else None
            if verb is None or verb.lemma_.lower() not in self.lex.territory_verbs:
                continue
            sources, passive = self._subject(verb)
            if passive:
                continue
            sources = [r for r in sources if r.id != ref.id]
            if sources:
                cue = Cue(verb.lemma_.lower(), "COERCE", "verb", self.lex.base_score("COERCE"))
                events.append(Event(verb, cue, [verb], sources, [ref], attribution="place"))
        return events

    def _own_state_target(self, event: Event) -> None:
        """CAMEO mode: a population, opposition or armed group of a state (a sub-state actor, type "sector")
        that protests or demands without naming whom ("Kenyan students rioted", "farmers blocked roads to
        press their demands") addresses its own state (attribution `context`)."""
        if event.targets or event.pairs or not event.sources \
                or event.cue.category not in DOMESTIC_TARGET_CATEGORIES:
            return
        states = {r.id.rpartition("-")[0] for r in event.sources
                  if r.type == "sector" and r.id.rpartition("-")[2] not in STATE_ORGAN_SECTORS}
        if len(states) != 1 or len(event.sources) != 1:
            return
        state = states.pop()
        # the state must be an actor of the document (a record's stance ids are its actors); else a leader
        # of it named in the sentence ("... calling for the removal of President X")
        if state in self.ctx.known:
            event.targets = [ActorRef(state, -1, "state")]
        else:
            event.targets = _unique([r for i, r in self.actor_at.items()
                                     if self.sent.start <= i < self.sent.end
                                     and self.ctx.country_of.get(r.id) == state])[:1]
        if event.targets:
            event.attribution = "context"

    def _scene_target(self, event: Event) -> None:
        """CAMEO mode (places kept as actors): an act with a source and no other party, whose clause names
        exactly one place ("rejected a call for troops to be deployed in East Timor", "jailed members of a
        movement for a tournament in Lagos"), is coded towards the state of that place, as the CAMEO coders
        do when the only other party of an event is where it happens. Places before the cue's verb, in its
        subject or in another subject's clause ("protesters in Kabul said ...") do not count."""
        if event.pairs or not event.cue.category or event.attribution == "dyad" \
                or event.cue.kind not in ("verb", "noun") or bool(event.targets) == bool(event.sources) \
                or not self.ctx.place_at:
            return
        anchor = event.anchor
        if not any(i in self.ctx.place_at for i in range(anchor.i + 1, self.sent.end)):
            return  # the walk below only counts places after the cue in this sentence: none, nothing found
        if anchor.pos_ not in ("VERB", "AUX") and anchor.dep_ not in ACT_NOUN_DEPS:
            return  # an event noun in a modifier ("peacekeeping forces") is a topic, as for acts
        verb = anchor
        while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "compound", "amod") \
                and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return
        excluded: set[int] = set()
        for tok in verb.subtree:
            if tok.i != verb.i and tok.dep_ in ("nsubj", "nsubjpass", "csubj") and tok.head.i == verb.i:
                excluded.update(t.i for t in tok.subtree)
        found: dict[str, ActorRef] = {}
        for tok in verb.subtree:
            if tok.i <= anchor.i or tok.i in excluded or not (self.sent.start <= tok.i < self.sent.end):
                continue
            ref = self.ctx.place_at.get(tok.i)
            if ref is not None and self._kept_place(ref):
                found.setdefault(ref.id, ref)
        if len(found) != 1:
            return
        if not event.targets:
            event.targets = list(found.values())
            event.attribution = "place"
            return
        # an agentless act undergone by a party ("three soldiers were killed by a bomb outside Basra"): CAMEO
        # codes the place's state as its source, unless the place is the party's own state
        place = next(iter(found.values()))
        if event.cue.category not in self.lex.scene_source_categories:
            return
        clause = self.doc[place.start]
        while clause.i != verb.i and not (clause.dep_ in ("relcl", "ccomp", "advcl", "acl", "conj")
                                          and any(c.dep_ in SUBJECT_DEPS for c in clause.children)):
            clause = clause.head
        if clause.i != verb.i:
            return  # "... Sharon, who vowed not to return the Golan to Syria": another subject's clause
        if any(t.type == "location" for t in event.targets) \
                or any(t.id == place.id or t.id.startswith(place.id + "-") for t in event.targets):
            return
        event.sources = [place]
        event.attribution = "place"

    def _definite_partner(self, event: Event) -> None:
        """ "Soviet troops ended the occupation": a definite event noun without a target, whose source is
        one side of the document dyad, is directed at the other side."""
        if event.targets or event.pairs or not event.sources or not self.ctx.doc_dyad or not event.cue.category:
            return
        noun = next((t for t in event.cue_tokens if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.nouns), None)
        definite = (noun is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
                    and event.cue.category in IMPLICIT_TARGET_CATEGORIES
                    and not (noun.dep_ == "pobj" and noun.head.lower_ == "of"))
        # "American aid was cut off": the ended measure is the passive subject of the verb cue
        definite = definite or (noun is not None and noun.dep_ == "nsubjpass" and noun.head.i == event.anchor.i
                                and event.cue.category in IMPLICIT_TARGET_CATEGORIES)
        # "Russia keeps its embassy open", "the withdrawal began": presence and departure need no target
        if noun is not None and noun.lemma_.lower() in self.lex.presence_nouns and not definite \
                and noun.dep_ not in ("poss", "compound", "amod", "nmod"):
            definite = any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
                           for c in noun.children) and not (noun.dep_ == "pobj" and noun.head.lower_ == "of")
        # a material act with no one else in the sentence ("the last Soviet units cross the Amu Darya,
        # ending an intervention") happens between the dyad's two sides as well
        alone = event.cue.category in IMPLICIT_TARGET_CATEGORIES and len(self.sent_ids) == 1 \
            and not _names_other_party(event)
        if event.cue.category == "AGREE" and len(self.sent_ids) == 1 and event.anchor.pos_ == "VERB":
            # "New Delhi pledged three billion dollars in aid": a promised material act, the same partner
            nouns = self.lex.nouns
            alone = any(t.lemma_.lower() in nouns and nouns[t.lemma_.lower()].category in IMPLICIT_TARGET_CATEGORIES
                        for obj in event.anchor.children if obj.dep_ == "dobj" for t in obj.subtree)
        if not (definite or alone) and event.anchor.pos_ == "VERB" \
                and event.cue.category in ("RETREAT", "SANCTION", "MOBILIZE", "CONCEDE"):
            # "India evacuated its diplomats, suspended its projects": a measure on the source's own people
            # or programmes (a possessive pronoun on the object) is about the dyad's other side; so is giving
            # up one's own claim ("Pakistan gave up its claim to the valley")
            definite = any(c.dep_ == "dobj" and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
                           for c in event.anchor.children)
        if not (definite or alone):
            return
        lineage = self.ctx.lineage
        source = lineage.get(event.sources[0].id, event.sources[0].id)
        pair = self._pair()
        if pair is not None and not self.pair_here and len(self.ctx.doc_dyads) > 1:
            # several manifest dyads ("PAK-USA", "AFG-RUS"): the first (main) dyad the source belongs to
            sides = [d for d in self.ctx.doc_dyads if source in d]
            pair = self._dyad_at(sides[0]) if sides else None
        if pair is None:
            return
        ids = [lineage.get(r.id, r.id) for r in pair]
        if source in ids:
            other = pair[1 - ids.index(source)]
            if other.id != event.sources[0].id:
                event.targets = [other]
                event.attribution = "dyad"

    def _answered_offer(self, noun: Token, cue: Cue, tokens: list[Token], verb: Token) -> Event | None:
        """ "Zia dismissed an American offer of aid", "Nepal accepted India's offer": an offer answered
        (accepted, rejected) by someone was made to that someone (a leader's state); its demonym or
        possessor made it. The offer is an act of its own, from its owner to the answering side."""
        if verb.lemma_.lower() not in self.mod.get("answer_verbs", frozenset()) \
                or noun.lemma_.lower() not in self.mod.get("offer_nouns", frozenset()) or not cue.category:
            return None
        owners = _unique([r for c in noun.children if c.dep_ in ("amod", "nmod", "poss", "compound")
                          for r in (self._np_actors(c) if c.dep_ != "poss" else self._arg(c))])
        answerers, passive = self._subject(verb)
        if not owners or not answerers or passive:
            return None
        sides = {self._side(r) for r in answerers}
        owners = [r for r in owners if self._side(r) not in sides]
        if not owners:
            return None
        # a leader answers for the state the offer was made to
        answerers = _unique([ActorRef(self.ctx.country_of[r.id], r.start, "state") if r.id in self.ctx.country_of
                             else r for r in answerers])
        return Event(noun, cue, tokens, sources=owners, targets=answerers)

    def _theme_owner(self, event: Event) -> None:
        """ "American aid was cut off", "built with Soviet help": an act without a source whose theme noun
        (aid, help, loans, troops ...: the verb's passive subject or object, or the object of one of its
        prepositions) carries a demonym or possessor: that actor gives (or withdraws) the theme and is the
        source (guidelines 6.3). Not an actor that is already the act's target."""
        verb = event.anchor
        if event.sources or event.pairs or not event.cue.category or verb.pos_ != "VERB":
            return
        themes = self.mod.get("theme_nouns", frozenset())
        nouns = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        owners: list[ActorRef] = []
        modifiers: set[int] = set()
        for noun in nouns:
            if noun.lemma_.lower() not in themes or noun.i in self.actor_at:
                continue
            for c in noun.children:
                if c.dep_ in ("amod", "nmod", "poss", "compound"):
                    owners.extend(self._np_actors(c) if c.dep_ != "poss" else self._arg(c))
                    modifiers.update(t.i for t in c.subtree)
        owners = _unique(owners)
        if owners and event.targets and all(r.start in modifiers for r in event.targets):
            # "financed with Japanese loans": the owner taken as the target is the giver
            event.sources, event.targets = owners, []
            return
        target_ids = {r.id for r in event.targets}
        owners = [r for r in owners if r.id not in target_ids]
        if owners:
            event.sources = owners

    def _side(self, ref: ActorRef) -> str:
        """The state an actor stands for: a state (by its current id), a person's or organisation's country."""
        rid = self.ctx.country_of.get(ref.id, ref.id)
        return self.ctx.lineage.get(rid, rid)

    def _dyad_missing_party(self, event: Event) -> None:
        """A one-sided verbal act whose named party is one side of a manifest document dyad takes the dyad's
        other side as its missing party (guidelines 6.3: an implied participant): "Kabul never accepted the
        line" (-> the other side), "many Afghan officers were trained" (the other side trained them). Only
        when every actor of the sentence is on one of the dyad's sides, the cue is a verb whose category
        implies a counterpart, and no non-actor phrase names the missing party ("to free the passengers",
        "ordered foreigners to leave", "shelled Tskhinvali")."""
        if event.pairs or not self.ctx.doc_dyads or not event.cue.category or event.attribution == "dyad" \
                or event.anchor.pos_ != "VERB" or bool(event.sources) == bool(event.targets):
            return
        coding = self._coding(event, self._flags(event.anchor))  # "never accepted": a rejection
        if coding is None:
            return
        lemma = event.anchor.lemma_.lower()
        if event.sources and coding.category not in DYAD_SOURCE_CATEGORIES and not (
                coding.polarity == "cooperative" and lemma in self.mod.get("counterpart_verbs", frozenset())):
            return
        if event.targets and coding.polarity != "cooperative" and not self._imperative(event.anchor):
            return  # "diplomats were killed": an unnamed attacker is not the other state
        if lemma in self.mod.get("undirected_verbs", frozenset()):
            return  # "sought a role of its own": wanting needs no addressee
        known = (event.sources or event.targets)[0]
        side = self._side(known)
        if len({self._side(r) for r in (event.sources or event.targets)}) != 1:
            return
        dyads = [d for d in self.ctx.doc_dyads if side in d]
        if len(dyads) != 1 or (event.targets and known.id not in dyads[0]):
            return  # a side of several dyads has no one partner; a person stands for its state only as the actor
        other_side = dyads[0][1 - dyads[0].index(side)]
        if any(self._side(r) not in (side, other_side) for i, r in self.actor_at.items()
               if self.sent.start <= i < self.sent.end):
            return  # someone else is named in the sentence: the missing party is not unambiguous
        if event.sources and _names_other_party(event):
            return
        population = self.mod.get("population_nouns", frozenset())
        for c in event.anchor.children:
            objs = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] \
                if c.dep_ == "prep" and c.lower_ == "to" else []
            if any(o.lemma_.lower() in population or o.lemma_.lower() in self.lex.people_nouns for o in objs):
                return  # "released the prisoners", "ordered foreigners to leave": people, not the state
        pair = self._dyad_at(dyads[0])
        ids = [self.ctx.lineage.get(r.id, r.id) for r in pair]
        if side not in ids:
            return
        other = pair[1 - ids.index(side)]
        if event.sources:
            if other.id == known.id:
                return
            event.targets = [other]
        else:
            event.sources = [other]
        event.attribution = "dyad"

    def _imperative(self, verb: Token) -> bool:
        """ "- press Beijing to reopen the posts": a recommendation in the imperative (a base-form verb that
        opens its clause, with no subject or auxiliary) is addressed to the side the document advises."""
        if verb.dep_ == "conj":
            return verb.tag_ == "VB" and self._imperative(verb.head)  # "- press X and urge Y to ..."
        if verb.tag_ != "VB" or verb.dep_ != "ROOT" or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children):
            return False
        return all(self.doc[i].is_punct or self.doc[i].pos_ in ("ADV", "X", "SYM", "CCONJ")
                   for i in range(verb.left_edge.i, verb.i))

    def _auspices_events(self, events: list[Event]) -> list[Event]:
        """ "Serbia and Kosovo held talks under the auspices of the EU": the sponsor of talks or an agreement
        (`[modality].sponsor_nouns` in an "under" phrase of the verb or its object) is no party to them; it
        consults each party (CONSULT), and the parties act towards each other."""
        out: list[Event] = []
        nouns = self.mod.get("sponsor_nouns", ())
        for event in events:
            if self.lex.polarity(event.cue.category) != "cooperative" or not event.sources:
                continue
            heads = [event.anchor, *(c for c in event.anchor.children if c.dep_ == "dobj")]
            if event.anchor.dep_ == "dobj":
                heads.append(event.anchor.head)  # "Under the auspices of X, A and B resumed talks"
            sponsors = [r for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "under"
                        for n in prep.children if n.dep_ == "pobj" and n.lemma_.lower() in nouns
                        for of in n.children if of.dep_ == "prep" and of.lower_ == "of"
                        for p in of.children if p.dep_ == "pobj" for r in self._np_actors(p)
                        if r.start not in self.fronted_subjects]
            if not sponsors:
                continue
            ids = {r.id for r in sponsors}
            event.targets = [r for r in event.targets if r.id not in ids]
            parties = [r for r in _unique_ids([*event.sources, *event.targets, *(x for pair in event.pairs for x in pair)])
                       if r.id not in ids]
            if parties:
                cue = Cue("auspices", "CONSULT", "noun", self.lex.base_score("CONSULT"))
                out.append(Event(event.anchor, cue, [event.anchor], _unique_ids(sponsors), parties))
        return out

    def _consent_target(self, event: Event) -> None:
        """ "Sweden joined NATO after a long wait for Turkish and Hungarian approval": a consent noun
        (`[modality].consent_nouns`) that names its givers but no one it is given to, in a phrase of a clause,
        is given to that clause's subject (for the subject's act)."""
        anchor = event.anchor
        if event.targets or event.pairs or not event.sources or anchor.pos_ != "NOUN" \
                or anchor.lemma_.lower() not in self.mod.get("consent_nouns", ()):
            return
        t = anchor
        for _ in range(4):  # up through prepositional phrases ("after a wait for X approval") to the verb
            if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
                return
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                break
        else:
            return
        if t.pos_ not in ("VERB", "AUX"):
            return
        own = {r.id for r in event.sources}
        subjects, passive = self._subject(t)
        targets = [r for r in subjects if r.id not in own]
        if targets and not passive:
            event.targets = targets

    def _setting_phrase(self, prep: Token) -> bool:
        """ "in the presence of X", "under the auspices of X", "at an EU summit", "on the sidelines of the
        NATO summit", "before the International Court of Justice": a witness, sponsor, meeting or venue of
        the act, whose actors are not its other party (`[modality].witness_nouns`, `meeting_venue_nouns`)."""
        word = prep.lower_
        if word == "before":
            return any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") and p.i not in self.ctx.dated
                       for p in prep.children)  # "a case against X before the ICJ"
        nouns = self.mod.get("witness_nouns", ()) if word in ("in", "under") else \
            self.mod.get("meeting_venue_nouns", ()) if word in ("at", "during", "on") else ()
        return any(p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in prep.children)

    def _event_object(self, verb: Token, passive: bool = False) -> Token | None:
        """ "condemned the attack", "welcomed this agreement": a definite event noun as the verb's object
        (with ``passive`` also its passive subject: "the recognition was condemned by X")."""
        dets = self.mod.get("anaphoric_determiners", frozenset())
        generic = self.mod.get("generic_event_nouns", frozenset())
        for obj in verb.children:
            if (obj.dep_ == "dobj" or (passive and obj.dep_ == "nsubjpass")) and obj.pos_ == "NOUN" \
                    and (obj.lemma_.lower() in self.lex.nouns or obj.lemma_.lower() in generic) \
                    and obj.i not in self.actor_at \
                    and any(c.dep_ == "det" and c.lower_ in dets for c in obj.children) \
                    and not any(c.dep_ in ("poss", "prep") or c.i in self.actor_at for c in obj.subtree
                                if c.i != obj.i):
                return obj
        return None

    def _ordered_by(self, event: Event) -> None:
        """ "Taraki was killed on his orders": an agentless passive done "on/at the orders (instructions,
        behest) of" someone has that someone as its source; "his/her" is the nearest person named before
        who is not the victim (in the sentence, else the one before)."""
        verb = event.anchor
        if event.sources or not event.targets or verb.pos_ != "VERB" \
                or not any(c.dep_ == "auxpass" for c in verb.children):
            return
        nouns = self.mod.get("order_nouns", frozenset())
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "at", "under"):
                continue
            for noun in (p for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns):
                victims = {r.id for r in event.targets}
                refs: list[ActorRef] = []
                for c in noun.children:
                    if c.dep_ == "poss" and c.pos_ != "PRON":
                        refs = self._arg(c)
                    elif c.dep_ == "poss" and c.lower_ in ("his", "her"):
                        first = self._previous_start()
                        refs = next(([self.actor_at[i]] for i in range(c.i - 1, first - 1, -1)
                                     if i in self.actor_at and self.actor_at[i].type == "person"
                                     and self.actor_at[i].id not in victims), [])
                    elif c.dep_ == "prep" and c.lower_ == "of":
                        refs = [r for p in c.children if p.dep_ == "pobj" for r in self._arg(p)]
                refs = [r for r in refs if r.id not in victims]
                if refs:
                    event.sources = refs[:1]
                    if refs[0].start < self.sent.start:
                        event.attribution = "context"
                    return

    def _named_project(self, event: Event) -> None:
        """ "Xi announced the China-Pakistan Economic Corridor. ... India objects to the corridor": a definite
        noun without actors, object of a cue verb (or of its preposition), repeats the head of a name given in
        the three sentences before whose modifiers are actors; those actors are the targets."""
        verb = event.anchor
        if event.targets or event.pairs or not event.sources or verb.pos_ != "VERB" or not event.cue.category:
            return
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "on")
                 for p in c.children if p.dep_ == "pobj"]
        sents = self.ctx.sentences if self.sent.start > 0 else []
        for noun in objs:
            if noun.pos_ != "NOUN" or noun.i in self.actor_at \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                    or any(c.i in self.actor_at or c.dep_ in ("poss", "compound", "prep", "amod")
                           for c in noun.subtree if c.i != noun.i):
                continue
            here = self._sentence_number()
            lemmas, pos = self.arrays.lemma_lower, self.arrays.pos
            noun_lemma = noun.lemma_.lower()
            for sent in reversed(sents[max(0, here - 3):here]):
                # the same noun in the sentence, found in the arrays (no Token per word)
                for tok in (self.doc[i] for i in range(sent.start, sent.end) if lemmas[i] == noun_lemma):
                    if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.actor_at:
                        continue  # (a word of an actor's own name is not a project of its modifiers)
                    named = _unique_ids([self.actor_at[c.i] for c in tok.children
                                         if c.dep_ in ("compound", "amod", "nmod") and c.i in self.actor_at]
                                        + [self.actor_at[g.i] for c in tok.children if c.dep_ == "compound"
                                           for g in c.subtree if g.i in self.actor_at])
                    own = {r.id for r in event.sources}
                    named = [r for r in named if r.id not in own and not any(one_party(r.id, o) for o in own)]
                    if named:
                        event.targets = [ActorRef(r.id, -1 - n, r.type) for n, r in enumerate(named)]
                        event.attribution = "context"
                        return

    def _described_nouns(self) -> frozenset[str]:
        return self.mod.get("described_act_nouns", frozenset())

    def _remember_described(self, events: list[Event]) -> None:
        """Keeps, for the next sentences' `_described_act`, each act or document noun of this sentence
        (`[modality].described_act_nouns`) with its owner: its possessor, nationality adjective or actor
        compound ("Sweden's accession", "the Japanese export controls"), else the sources of the act it
        names or is the object of ("hand Qatar a list of demands": the givers), else the subject of the verb
        whose object it is ("Japan tightened its controls")."""
        nouns = self._described_nouns()
        out: list[tuple[str, list[ActorRef]]] = []
        lemmas, tags = self.arrays.lemma_lower, self.arrays.pos
        for i in range(self.sent.start, self.sent.end):  # on the arrays: a Token only for the nouns kept
            lemma = lemmas[i]
            if lemma not in nouns or tags[i] != "NOUN" or i in self.actor_at:
                continue
            tok = self.doc[i]
            owners = self._owner_actors(tok)
            if not owners:
                # the act named by the noun, by its "of" complement ("a list of demands"), or whose verb has it
                # as object ("hand Qatar a list")
                named = {tok.i} | {p.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                   for p in c.children if p.dep_ == "pobj"}
                for e in events:
                    if e.sources and e.cue.category and (e.anchor.i in named or (
                            tok.dep_ == "dobj" and tok.head.i == e.anchor.i)):
                        owners = list(e.sources)
                        break
            if not owners and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
                subjects, passive = self._subject(tok.head)
                owners = [] if passive else subjects
            owners = _unique_ids([r for r in owners if r.type != "location"])
            if owners:
                out.append((lemma, owners))
        self.described = out

    def _described_act(self, event: Event) -> None:
        """ "Qatar rejects the list" after "the four states hand Qatar a list of thirteen demands": a one-sided
        act whose object (direct or passive subject, a noun's "of" phrase, or after "against"/"to"/"on"/"over" on the
        verb or its object) is a definite description of an act or
        document named in this sentence or the three before (the same `described_act_nouns` noun, no actor of
        its own) is directed at that earlier noun's owner (see `_remember_described`). The latest mention
        counts; none when its owner is the act's own side or when one sentence names it with two owners."""
        if event.targets or event.pairs or not event.sources or not event.cue.category:
            return
        anchor = event.anchor
        # the object, the passive subject ("the list was rejected by Qatar"), a noun's "of" ("its rejection of
        # the list")
        objs = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")] if anchor.pos_ == "VERB" else [
            p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            if p.dep_ == "pobj"]
        # "objected to the plan", "filed a complaint against the controls" (the preposition on the object)
        objs += [p for h in [anchor, *objs] for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("against", "to", "on", "over")
                 for p in c.children if p.dep_ == "pobj"]
        nouns = self._described_nouns()
        own = {r.id for r in event.sources}
        for noun in objs:
            lemma = noun.lemma_.lower()
            if lemma not in nouns or noun.pos_ != "NOUN" or noun.i in self.actor_at \
                    or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
                               for c in noun.children) \
                    or any(c.dep_ in ("poss", "relcl", "acl") or c.i in self.actor_at or (
                        c.dep_ == "prep" and c.lower_ in ("of", "by", "with", "between", "for"))
                           for c in noun.children):
                continue
            found = [(0, o) for lem, o in self.described if lem == lemma] \
                + [(age + 1, o) for age, lem, o in self.ctx.described if lem == lemma]
            if not found:
                continue
            latest = min(age for age, _ in found)
            owner_sets = {tuple(sorted(r.id for r in o)) for age, o in found if age == latest}
            if len(owner_sets) != 1:
                return  # two owners of the same kind of thing: ambiguous
            owners = next(o for age, o in found if age == latest)
            if any(r.id in own or any(one_party(r.id, o) or self._own_country(o, r.id) or self._own_country(r.id, o)
                                      for o in own)
                   for r in owners):
                return  # "Japan defended the controls" after "Japan's controls": its own thing
            event.targets = [ActorRef(r.id, -1 - n, r.type) for n, r in enumerate(owners)]
            event.attribution = "context"
            return

    def _followed_leader(self, event: Event) -> None:
        """ "No other state has followed Moscow in recognising the two regions": the one followed did the
        act of the "in" clause (whether the others did is another matter)."""
        verb = event.anchor
        if event.sources or not event.targets or verb.dep_ != "pcomp" or verb.head.lower_ != "in" \
                or verb.head.head.lemma_.lower() != "follow":
            return
        leaders = [r for c in verb.head.head.children if c.dep_ == "dobj" for r in self._np_actors(c)]
        leaders = [r for r in leaders if r.id not in {t.id for t in event.targets}]
        if leaders:
            event.sources = leaders

    def _own_country(self, person: str, state: str) -> bool:
        """ "Foreign Minister Muttaqi welcomed the decision": a person's own state (or its successor or
        government) is no party his reaction is directed at."""
        country = self.ctx.country_of.get(person)
        if not country:
            return False
        lineage = self.ctx.lineage
        return country == state or lineage.get(country, country) == lineage.get(state, state) \
            or one_party(state, country) or one_party(country, state)

    def _memory(self, e: Event) -> tuple[int, str, str | None, str | None, bool]:
        """What a later "the attack" / "the agreement" can point to: the event's two main participants."""
        if e.pairs:
            return 0, e.cue.category, e.pairs[0][0].id, e.pairs[0][1].id, True
        parties = _unique_ids(e.sources)
        if not e.targets and len(parties) >= 2 and e.cue.category in RECIPROCAL_CATEGORIES:
            return 0, e.cue.category, parties[0].id, parties[1].id, True  # "A and B signed an agreement"
        return (0, e.cue.category, e.sources[0].id if e.sources else None,
                e.targets[0].id if e.targets else None, False)

    def _refers_back(self, noun: Token) -> bool:
        """ "called the bombing a terrorist act", "condemned the attack": the noun names an earlier event, so
        it is not remembered as a new one."""
        head = noun.head
        if noun.dep_ == "nsubjpass" and head.lemma_.lower() in self.mod.get("reaction_verbs", frozenset()):
            return True  # "the recognition was condemned by X"
        return noun.dep_ == "dobj" and (head.lemma_.lower() in self.lex.labelling_verbs
                                        or head.lemma_.lower() in self.mod.get("reaction_verbs", frozenset()))

    def _membership_targets(self, events: list[Event]) -> None:
        """ "joined the CSTO in 2006 and suspended its membership": an act on one's own membership (no "in
        X") is towards the organisation the same actor joined or cooperated with in this sentence or the
        previous three; else ("applied for membership") the organisation named last (`_last_organisation`)."""
        nouns = self.mod.get("membership_nouns", frozenset())
        for event in events:
            if event.targets or event.pairs or not event.sources or event.anchor.pos_ != "VERB":
                continue
            if not any((c.dep_ == "dobj" and c.lemma_.lower() in nouns) or (
                    c.dep_ == "prep" and c.lower_ == "for" and any(
                        p.dep_ == "pobj" and p.lemma_.lower() in nouns for p in c.children))
                       for c in event.anchor.children):
                continue
            source = event.sources[0].id
            org = next((t for e in events if e is not event and e.cue.category == "COOPERATE"
                        and any(s.id == source for s in e.sources)
                        for t in e.targets if t.type == "igo"), None)
            if org is None:
                org = next((ActorRef(tgt, -1) for _a, category, src, tgt, _l in self.ctx.recent_events
                            if category == "COOPERATE" and src == source and tgt), None)
            if org is None:
                org = self._last_organisation()
            if org is not None and not one_party(org.id, source):
                event.targets = [org]
                event.attribution = "syntax" if org.start >= 0 and org.start >= self.sent.start else "context"

    def _last_organisation(self) -> ActorRef | None:
        """ "Sweden joins NATO ... Stockholm applied for membership": the international organisation (type
        `igo`) named last before the sentence, the title included; none when the sentence that names it last
        names another one too."""
        sents = self.ctx.sentences
        here = self._sentence_number()
        for sent in reversed(sents[:here]):
            found = _unique_ids([self.actor_at[i] for i in range(sent.start, sent.end)
                                 if i in self.actor_at and self.actor_at[i].type == "igo"])
            if found:
                return ActorRef(found[0].id, -1, "igo") if len(found) == 1 else None
        return None

    def _back_reference(self, event: Event, events: list[Event] = ()) -> None:
        """ "The Taliban condemned the attack": a reaction whose object is a definite event noun and names
        no actor is directed at the actor of the latest such event in the last three sentences (its source,
        or its target when the reacting side was the source)."""
        if event.targets or event.pairs or not event.sources or not event.cue.category:
            return
        verb = event.anchor
        if verb.pos_ == "VERB" and verb.lemma_.lower() in self.mod.get("refusal_governors", frozenset()):
            # "refused to endorse the war": the refused reaction's object
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
        if verb.pos_ != "VERB" or (verb.lemma_.lower() not in self.mod.get("reaction_verbs", frozenset())
                                   and verb.lemma_.lower() not in self.lex.labelling_verbs):
            return
        noun = self._event_object(verb, passive=True)
        if noun is None:
            return
        # "Since the Russian invasion of Ukraine, Astana has refused to endorse the war": an event named
        # earlier in the same sentence comes first
        earlier = [self._memory(e) for e in events if e is not event and e.anchor.i < noun.i
                   and e.cue.category and e.attribution != "dyad" and (e.sources or e.targets)][::-1]
        cue = self.lex.nouns.get(noun.lemma_.lower())
        family = cue.category if cue is not None else None  # "the decision": any event, the last sentence
        source = event.sources[0].id
        # "ordered the Afghans to leave ... The Taliban condemned the expulsions": when no event of the noun's
        # kind is remembered, an act of the same polarity in the previous sentence
        polarity = self.lex.polarity(family)
        fallback = [(-1, c, s, t, j) for a, c, s, t, j in self.ctx.recent_events
                    if family is not None and a == 0 and self.lex.polarity(c) == polarity]
        for age, category, src, tgt, joint in [*earlier, *self.ctx.recent_events, *fallback]:
            if age >= 0 and ((family is not None and category != family) or (family is None and age > 0)):
                continue
            own = bool(src) and (one_party(src, source) or self._own_country(source, src))
            other = src if src and not own else None
            if other is None and own and tgt:
                other = tgt  # "A expelled B's diplomats. A defended the expulsions" is not about itself
            if other is None or one_party(other, source):
                continue
            targets = [other]
            if joint and tgt and tgt != other and not one_party(tgt, source):
                targets.append(tgt)  # "welcomed the agreement": both parties to it
                states = [self.ctx.country_of.get(t) for t in targets]
                if all(states) and states[0] != states[1] and not any(one_party(t, source) for t in states):
                    targets = states  # "the two leaders signed ... X welcomed the agreement": their states'
            targets = [t for t in targets if not self._own_country(source, t)]
            if not targets:
                continue
            event.targets = [ActorRef(t, -1 - n) for n, t in enumerate(targets)]
            event.attribution = "context"
            return

    def _headline_event(self) -> Event | None:
        """Headlines ("Russia hosts Taliban delegation in Moscow, urges ...") have no determiners and often
        no final stop, and the tagger reads "hosts" as a plural noun. When a headline starts with an actor
        followed by an -s form of a verb cue tagged as a noun, that word is the verb: the first actor is its
        source, the actors up to the next comma its targets."""
        sent = self.sent
        last = sent[-1] if sent[-1].is_space is False else sent[-2] if len(sent) > 1 else sent[-1]
        first = self.actor_at.get(sent.start)
        if last.text in (".", "!", "?", '"', "'") or first is None or first.start != sent.start:
            return None
        end = sent.start
        while end < sent.end and self.actor_at.get(end) == first:
            end += 1
        if end >= sent.end - 1:
            return None
        verb = self.doc[end]
        word = verb.lower_
        if verb.pos_ not in ("NOUN", "PROPN") or not word.endswith("s") or verb.is_title and end > sent.start + 3:
            return None
        stems = [word[:-1], word[:-2]] + ([word[:-3] + "y"] if word.endswith("ies") else [])
        key = next((k for k in stems if k in self.lex.verbs), None)
        if key is None:
            return None
        targets: list[ActorRef] = []
        for i in range(end + 1, min(sent.end, end + MAX_HEADLINE_CLAUSE)):
            tok = self.doc[i]
            if tok.text in (",", ";", ":") or (tok.pos_ == "VERB" and i > end + 1):
                break
            ref = self.actor_at.get(i)
            if ref is not None and ref.start == i and not one_party(ref.id, first.id):
                targets.append(ref)
        if not targets:
            return None
        return Event(verb, self.lex.verbs[key], [verb], [first], _unique_ids(targets)[:2], direct_object=True)

    def _headline_predicates(self, headline: Event) -> list[Event]:
        """ "Russia hosts Taliban delegation in Moscow, urges inclusive government": a present-tense verb cue
        after a comma of a headline is a second predicate of its first actor, towards the actors up to the
        next comma, else towards the headline's targets."""
        out: list[Event] = []
        comma = next((t.i for t in self.doc[headline.anchor.i:self.sent.end] if t.text == ","), None)
        if comma is None:
            return out
        for tok in self.doc[comma + 1:self.sent.end]:
            key = tok.lemma_.lower()
            if tok.pos_ != "VERB" or tok.tag_ != "VBZ" or key not in self.lex.verbs or key in self.lex.needs_partner:
                continue
            targets: list[ActorRef] = []
            for t in self.doc[tok.i + 1:self.sent.end]:
                if t.text in (",", ";", ":"):
                    break
                ref = self.actor_at.get(t.i)
                if ref is not None and ref.start == t.i and not one_party(ref.id, headline.sources[0].id):
                    targets.append(ref)
            out.append(Event(tok, self.lex.verbs[key], [tok], headline.sources,
                             _unique_ids(targets or headline.targets)[:2], direct_object=True))
        return out

    def _attendance_events(self) -> list[Event]:
        """ "Delegations from A and B attended (the talks in Moscow / hosted by C)": each attendee CONSULTs
        the host — named with "hosted by", as the state of the meeting place, or else the actor who held the
        latest meeting of the last three sentences."""
        out: list[Event] = []
        verbs = self.mod.get("attendance_verbs", frozenset())
        for tok in self.attend_verbs:
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            lemma = tok.lemma_.lower()
            if objs and f"{lemma} {objs[0].lemma_.lower()}" in verbs:  # "took part (in the talks)"
                objs = [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
                        for p in prep.children if p.dep_ == "pobj"]
            elif lemma not in verbs:
                continue
            elif lemma != "attend":  # "participated in the talks"
                objs = [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "in"
                        for p in prep.children if p.dep_ == "pobj"]
            meeting = objs[0] if objs else None
            if meeting is not None and (self.lex.nouns.get(meeting.lemma_.lower()) is None
                                        or self.lex.nouns[meeting.lemma_.lower()].category != "CONSULT"):
                continue  # "attended a funeral", "attended university": no meeting with a host
            attendees = self._parties(_unique_ids(self._subject(tok)[0]))
            if not attendees:
                continue
            # "A and B attended, along with envoys from C": the comitative phrase after the verb attends too
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.i < tok.i:
                    continue
                inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"] \
                    if prep.lower_ == "along" else [prep] if _comitative(prep, tok) else []
                attendees = _unique_ids([*attendees, *(r for w in inner for p in w.children if p.dep_ == "pobj"
                                                       for r in self._arg(p))])
            ids = {r.id for r in attendees}
            hosts: list[ActorRef] = []
            holder = meeting if meeting is not None else tok
            for child in holder.subtree if meeting is not None else tok.children:
                if child.dep_ == "agent" and child.head.lemma_.lower() == "host":
                    hosts = [r for p in child.children if p.dep_ == "pobj" for r in self._np_actors(p)]
                    break
                if not hosts and child.dep_ == "prep" and child.lower_ in ("in", "at") \
                        and child.head.i in (holder.i, tok.i):
                    for p in child.children:
                        ref = self.ctx.place_at.get(p.i) or self.actor_at.get(p.i)
                        if p.dep_ == "pobj" and ref is not None and ref.type in ("state", "location"):
                            hosts = [ref]
            attribution = "syntax"
            if not hosts:
                for _age, category, src, tgt, _lemma in self.ctx.recent_events:
                    if category == "CONSULT" and src and src not in ids:
                        host = self.ctx.country_of.get(src, src)  # the minister who opened it: the state
                        hosts, attribution = [ActorRef(host, -1)], "context"
                        break
            hosts = [h for h in hosts if h.id not in ids]
            if not hosts:
                continue
            cue = Cue(tok.lemma_.lower(), "CONSULT", "verb", self.lex.base_score("CONSULT"))
            # direct_object: the attendees stand towards the host, not towards each other
            out.append(Event(tok, cue, [tok], attendees, hosts[:1], attribution=attribution, direct_object=True))
        return out

    def _preceding_talks(self, noun: Token) -> list[ActorRef]:
        """ "A and B announced their deal, after weeks of talks brokered by X": a meeting noun with no parties
        of its own, in an "after"/"following" phrase (or the "of" phrase of its quantity, "weeks of talks") on
        a verb whose subject is two or more parties, is the talks between those parties (the mediator stays
        the mediator)."""
        head = noun
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "pobj":
            head = head.head.head  # "weeks of talks", "months of negotiations"
        prep = head.head
        if head.dep_ != "pobj" or prep.lower_ not in self.mod.get("sequel_prepositions", ()) \
                or prep.head.pos_ != "VERB" or any(c.dep_ == "poss" for c in noun.children):
            return []
        subjects, passive = self._subject(prep.head)
        # weeks of talks are held by governments: leaders announcing their outcome stand for their states
        # (a leader whose state is not known: nothing, rather than talks between a state and a person)
        if any(r.type == "person" and r.id not in self.ctx.country_of for r in subjects):
            return []
        states = [ActorRef(self.ctx.country_of[r.id], r.start, "state") if r.type == "person" else r
                  for r in subjects]
        parties = self._parties(_unique_ids(states))
        return parties if len(parties) >= 2 and not passive else []

    def _joint_events(self, by_index: dict) -> list[Event]:
        """ "the dam, built jointly by the two countries", "A and B jointly produce the missile": a verb that
        is no cue of its own, done jointly (`[modality].joint_adverbs`) by two or more parties, is material
        cooperation between them (COOPERATE, symmetric)."""
        out: list[Event] = []
        joint = self.mod.get("joint_adverbs", frozenset())
        lowers = token_arrays(self.doc).lower
        for adv in (self.doc[i] for i in range(self.sent.start, self.sent.end) if lowers[i] in joint):
            verb = adv.head
            if adv.dep_ != "advmod" or verb.pos_ != "VERB" or verb.i in by_index:
                continue
            sources, _, _ = self._verb_args(verb)
            if self._subject(verb)[1] and verb.dep_ != "acl":
                # an agentless passive names no agent ("was developed together"): only the by-phrase counts
                sources = [r for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                           for r in self._arg(p)]
            if len(self._parties(_unique_ids(sources))) < 2:
                continue
            cue = Cue(f"{verb.lemma_.lower()} {adv.lower_}", "COOPERATE", "verb", self.lex.base_score("COOPERATE"))
            out.append(Event(verb, cue, [verb, adv], sources, []))
        return out

    def _responsibility_events(self) -> list[Event]:
        """ "ISKP claimed responsibility (for the bombing)": the claimant towards the target of the latest
        event of the named kind (ASSAULT without a noun) in the last three sentences."""
        out: list[Event] = []
        nouns = self.mod.get("responsibility_nouns", frozenset())
        for tok in self.claim_verbs:
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
            if obj is None:
                continue
            claimants = self._subject(tok)[0]
            if not claimants:
                continue
            family = "ASSAULT"
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    for pobj in prep.children:
                        cue = self.lex.nouns.get(pobj.lemma_.lower()) if pobj.dep_ == "pobj" else None
                        if cue is not None and cue.category:
                            family = cue.category
            target = next((tgt for _a, category, _s, tgt, _l in self.ctx.recent_events
                           if category == family and tgt and not one_party(tgt, claimants[0].id)), None)
            if target is None:
                continue
            cue = Cue(f"{tok.lemma_.lower()} {obj.lemma_.lower()}", family, "verb", self.lex.base_score(family))
            out.append(Event(tok, cue, [tok, obj], claimants[:1], [ActorRef(target, -1)],
                             attribution="context"))
        return out

    def _armed_dispatch(self, event: Event) -> None:
        """'sent coast guard vessels into the waters', 'dispatched naval ships to the area': sending craft of
        armed or coast-guard forces to no named party is a deployment (MOBILIZE), not aid."""
        if event.cue.category != "AID" or event.cue.key not in self.mod.get("relief_verbs", ()) or event.targets:
            return  # "sent military aircraft to Syria": to a named party, aid or deployment alike (kept)
        nouns, modifiers = self.mod.get("armed_craft_nouns", ()), self.mod.get("armed_craft_modifiers", ())
        for obj in event.anchor.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in nouns and any(
                    g.lower_ in modifiers for c in obj.children if c.dep_ in ("amod", "compound")
                    for g in (c, *c.children)):
                event.cue = Cue(event.cue.key, "MOBILIZE", event.cue.kind, event.cue.score)
                return

    def _stipulation(self, anchor: Token) -> bool:
        """'The accords provided for the withdrawal of Soviet troops': "provide for" with no object says
        what a text stipulates; no aid (the event in the "for" phrase is coded on its own)."""
        return anchor.lemma_.lower() in self.mod.get("stipulation_verbs", ()) \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in anchor.children) \
            and not any(c.dep_ in ("dobj", "dative") for c in anchor.children)

    def _breached_text(self, anchor: Token, cue: Cue) -> bool:
        """'a breach of the accords', 'violations of the ceasefire agreement': an agreement noun in the "of"
        phrase of a breach noun is the text broken, no agreement event of its own."""
        head = anchor.head
        return cue.category == "AGREE" and anchor.dep_ == "pobj" and head.lower_ == "of" \
            and head.head.lemma_.lower() in self.mod.get("breach_nouns", ())

    def _noun_event(self, anchor: Token, cue: Cue, tokens: list[Token]) -> Event:
        sources, targets = self._noun_args(anchor, cue)
        pairs = []
        head = anchor.head if anchor.dep_ == "compound" and anchor.head.pos_ in ("NOUN", "PROPN") else anchor
        holders = [head]
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            holders.append(head.head)  # "launched a mediation effort between A and B": on the verb
        elif head.dep_ == "nsubj" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in self.mod.get("onset_verbs", frozenset()) \
                and not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") and c.lower_ != "place"
                            for c in head.head.children):
            holders.append(head.head)  # "war broke out between A and B", "fighting raged between A and B"
        for child in (c for h in holders for c in h.children):
            if child.dep_ == "prep" and child.lower_ == "between" and not pairs:
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                refs = self._parties([r for p in pobjs for r in self._np_actors(p)])
                if len(refs) < 2 and len(pobjs) == 1 and pobjs[0].lemma_.lower() in PAIR_NOUNS:
                    refs = self._referent(pobjs[0])  # "talks between the two rivals": the pair named before
                if len(refs) >= 2:
                    pairs.append((refs[0], refs[1]))
            if child.dep_ == "prep" and child.lower_ in ("among", "amongst") and not pairs:
                # "consultations among Russia, China and Pakistan": every two of the parties
                refs = _unique_ids([r for p in child.children if p.dep_ == "pobj" for r in self._np_actors(p)])
                pairs.extend((a, b) for n, a in enumerate(refs[:MAX_AMONG]) for b in refs[n + 1:MAX_AMONG])
        if not pairs and (hyphen_pair := self._hyphen_pair(head)) is not None:
            # "Kenya-Somalia talks", "the India-Pakistan war": the two sides joined by a hyphen
            pairs.append(hyphen_pair)
            sides = {hyphen_pair[0].start, hyphen_pair[1].start}
            sources = [r for r in sources if r.start not in sides]
            targets = [r for r in targets if r.start not in sides]
        rel = next((c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex.light_verbs), None)
        if rel is not None and sources and sources == self._relative_light_verb(head, [], [])[0]:
            # the measure's relative clause gave its parties: that clause gives its modality too ("did not
            # join the sanctions that X imposed on Y": X did impose them)
            return Event(rel, cue, tokens, sources, targets, pairs)
        # "with the support of A and B": the backers back the act's subject, not each other
        backing = bool(targets) and _backing_phrase(anchor)
        return Event(anchor, cue, tokens, sources, targets, pairs, direct_object=backing)

    def _pair_object(self, obj: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """ "Trump warned both countries": a pair anaphor object that the linker took for a pair holding the
        subject's own side (the last two states named: the United States and China) means the document's
        dyad instead, when the dyad is free of that side. Otherwise nothing (the linker's reading stands)."""
        if not sources or obj.lemma_.lower() not in PAIR_NOUNS \
                or not any(c.lower_ in ("two", "both") for c in obj.children) or not self.ctx.doc_dyad:
            return []
        sides = {self._side(r) for r in sources}
        if not any(self._side(r) in sides for r in self._np_actors(obj)):
            return []
        dyad = self._dyad_at(self.ctx.doc_dyad)
        return [] if any(self._side(r) in sides for r in dyad) else list(dyad)

    def _hyphen_pair(self, noun: Token) -> tuple[ActorRef, ActorRef] | None:
        """The two actors of a hyphenated modifier before the noun ("Kenya-Somalia talks", "US-China trade
        war"): A, a hyphen or dash, B, both among the noun's left modifiers, two different parties."""
        left = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i for t in c.subtree]
        at = {t.i for t in left}
        for t in left:
            if t.text in ("-", "–", "‑") and t.i - 1 in at and t.i + 1 in at:
                a, b = self.actor_at.get(t.i - 1), self.actor_at.get(t.i + 1)
                if a is not None and b is not None and b.start == t.i + 1 and not one_party(a.id, b.id):
                    return a, b
        return None

    def _relative_light_verb(self, noun: Token, sources: list[ActorRef],
                             targets: list[ActorRef]) -> tuple[list[ActorRef], list[ActorRef]]:
        """ "the sanctions that Western governments imposed on Moscow": a noun cue whose relative clause has a
        light verb takes that clause's subject as source and its on/against/to object as target."""
        for rel in noun.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() not in self.lex.light_verbs:
                continue
            subjects = [r for c in rel.children if c.dep_ == "nsubj" for r in self._np_actors(c)]
            if not subjects:
                continue
            objects = [r for c in rel.children if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "against", "to", "upon")
                       for p in c.children if p.dep_ == "pobj" for r in self._np_actors(p) if r not in subjects]
            return subjects, objects or [r for r in targets if r not in subjects]
        return sources, targets

    def _relation_events(self, noun: Token, cue: Cue, tokens: list[Token], consumed: set[int]) -> list[Event]:
        """One event per predicate of a relation noun ("at times friendly and at times tense": two)."""
        event = self._relation_event(noun, cue, tokens, consumed)
        if event is None:
            return []
        events = [event]
        states = [t for t in event.cue_tokens if t.lemma_.lower() in self.lex.states and t.i != noun.i]
        if not cue.category and len(states) > 1:
            polarities = {self.lex.polarity(self.lex.states[t.lemma_.lower()].category) for t in states}
            if len(polarities) > 1:
                # "at times friendly and at times tense": an ambivalent relation is neutral
                mixed = Cue("mixed", "", "state", 0.0)
                return [Event(states[0], mixed, [*tokens, *states], pairs=event.pairs,
                              attribution=event.attribution)]
            events = []
            for t in states:
                state = self.lex.states[t.lemma_.lower()]
                events.append(Event(t, state, [*tokens, t], pairs=event.pairs, attribution=event.attribution))
        return events

    def _relation_event(self, noun: Token, cue: Cue, tokens: list[Token], consumed: set[int]) -> Event | None:
        """ "relations between A and B were strained", "Russia has close ties with Pakistan"."""
        lex = self.lex
        state: Cue | None = cue if cue.category else None
        state_tokens: list[Token] = []
        # the predicate: amod ("strained relations"), a verb of which it is the subject or object
        for child in noun.children:
            if child.dep_ == "amod" and child.lemma_.lower() in lex.states and state is None:
                state = lex.states[child.lemma_.lower()]
                state_tokens.append(child)
        head = noun.head
        fronted = noun.dep_ == "pobj" and head.dep_ == "prep" and head.i < noun.i < head.head.i \
            and head.head.pos_ == "VERB" and head.i == noun.sent.start \
            and not any(c.dep_ in SUBJECT_DEPS for c in head.head.children) \
            and any(c.i < noun.i and (c.like_num or c.ent_type_ == "DATE") for c in noun.children)
        if fronted:
            # "In 2019 relations between A and B sank": the parser reads the subject as a second object of
            # the date's preposition; it is the verb's subject
            head = head.head
        if state is None and (noun.dep_ in ("nsubj", "nsubjpass") or fronted):
            preds = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
            preds += [c for p in list(preds[1:]) for c in p.children if c.dep_ == "conj"]
            for pred in preds:
                key = pred.lemma_.lower()
                if key in lex.states and pred.lemma_.lower() not in ("have", "maintain", "establish"):
                    state = state or lex.states[key]
                    state_tokens.append(pred)
                    consumed.add(pred.i)
                elif pred.dep_ == "attr" and key in lex.polar_relation_nouns and head.lemma_ == "be":
                    # "the relationship between A and B is a friendship": the attribute is the predicate
                    state = state or lex.polar_relation_nouns[key]
                    state_tokens.append(pred)
                    consumed.add(pred.i)
            if head.lemma_ == "be" and (state is None or any(
                    t.lemma_.lower() in self.mod.get("alternation_nouns", ()) for t in head.subtree)):
                # a loose parse ("relations have been at times friendly and at times tense"): adjectives
                # anywhere in the copula's clause outside the subject; with "at times" also besides a
                # predicate already found ("at times cordial and at times hostile", hostile the acomp)
                inside = {t.i for t in noun.subtree} | {t.i for t in state_tokens}
                for t in head.subtree:
                    if t.i not in inside and t.pos_ == "ADJ" and t.lemma_.lower() in lex.states:
                        state = state or lex.states[t.lemma_.lower()]
                        state_tokens.append(t)
                        consumed.add(t.i)
        if state is None and noun.dep_ == "nsubjpass":
            # "relations have been shaped / marked by mutual suspicion": a polar noun in the by-phrase
            bys = [c for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
            bys += [c for b in list(bys) for c in b.conjuncts]  # "by a border, ... and by suspicion"
            agents = [p for c in bys for p in c.children if p.dep_ == "pobj"]
            agents += [c for p in agents for c in p.conjuncts]
            for agent in agents:
                key = agent.lemma_.lower()
                if key in lex.polar_relation_nouns:
                    state = lex.polar_relation_nouns[key]
                    state_tokens.append(agent)
                    consumed.add(agent.i)
                    break
        if state is None and noun.dep_ == "pobj" and head.lower_ in ("in", "of") and head.head.pos_ == "NOUN" \
                and head.head.lemma_.lower() in lex.states:
            # "a turnaround in relations between A and B", "the deterioration of ties": a change noun
            state = lex.states[head.head.lemma_.lower()]
            state_tokens.append(head.head)
            consumed.add(head.head.i)
        if state is None and noun.dep_ == "dobj" and head.lemma_.lower() in lex.labelling_verbs:
            # "described their relationship as an all-weather friendship": the label is the predicate
            labels = [p for h in (noun, head) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
            labels += [c for c in head.children if c.dep_ in ("oprd", "attr")]  # "call their ties a partnership"
            for label in labels:
                word = next((t for t in (label, *label.children) if t.lemma_.lower() in lex.polar_relation_nouns
                             or (t.pos_ == "ADJ" and t.lemma_.lower() in lex.states)), None)
                if word is not None:
                    key = word.lemma_.lower()
                    state = lex.polar_relation_nouns.get(key) or lex.states[key]
                    state_tokens.append(word)
                    consumed.add(word.i)
                    break
        if state is None and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.mod.get(
                "particles", ()) and head.head.pos_ == "VERB":
            head = head.head  # a particle parsed as a preposition: "breaks off [relations]"
        if state is None and noun.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX"):
            key = head.lemma_.lower()
            if key in lex.states:
                state = lex.states[key]
                state_tokens.append(head)
                consumed.add(head.i)
        if state is None:
            state = self._loose_relation_predicate(noun, state_tokens, consumed)
        # the actors
        pair = None
        sources: list[ActorRef] = []
        targets: list[ActorRef] = []
        attribution = "syntax"
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "between":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                refs = [r for p in pobjs for r in self._np_actors(p)]
                if len(refs) >= 2:
                    pair = (refs[0], refs[1])
                elif pobjs:
                    referred = self._referent(pobjs[0])
                    if len(referred) == 2:
                        pair = (referred[0], referred[1])
                        attribution = "context"
            elif child.dep_ == "prep" and child.lower_ in ("with", "to", "towards", "toward"):
                targets.extend(r for p in child.children if p.dep_ == "pobj" for r in self._np_actors(p))
            elif child.dep_ in ("poss", "amod", "compound", "nmod"):
                if child.lower_ in ("their",):
                    continue
                sources.extend(self._np_actors(child) if child.dep_ != "poss" else self._arg(child))
        if pair is None and (hyphen_pair := self._hyphen_pair(noun)) is not None:
            pair, sources = hyphen_pair, []  # "India-Pakistan relations"
        if pair is None and head.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "pobj", "attr"):
            verb = head if noun.dep_ != "pobj" else head.head
            if not sources:
                sources = self._subject(verb)[0]
            if not targets:
                for child in verb.children:
                    if child.dep_ == "prep" and child.lower_ in ("with", "to"):
                        targets.extend(r for p in child.children if p.dep_ == "pobj" for r in self._np_actors(p))
        if pair is None and targets and not sources and noun.dep_ == "pobj":
            sources = self._relation_holder(noun, targets)
        if pair is None and sources and targets and noun.dep_ == "dobj" and head.pos_ == "VERB" \
                and lex.polarity(cue.category) == "cooperative" and self._reversal_key(head) in lex.reversal \
                and self._flags(head)["negated"]:
            # "Riyadh has not given up its partnership with Washington": a negated ending of a cooperative
            # relation says that it goes on, the relation noun's own category (directed, like the ending)
            consumed.add(head.i)
            return Event(head, cue, tokens + [head], sources=sources, targets=targets, kept=True)
        if pair is None and sources and targets and noun.dep_ == "dobj" and head.pos_ == "VERB" and not state_tokens \
                and lex.polarity(cue.category) == "cooperative" and self._reversal_key(head) in lex.reversal:
            # "Bolivia gave up its alliance with Cuba": ending a cooperative relation (SANCTION, directed)
            consumed.add(head.i)
            ended = Cue(f"{self._reversal_key(head)} {cue.key}", "SANCTION", "verb", lex.base_score("SANCTION"))
            particles = [c for c in head.children if c.dep_ == "prt"]
            return Event(head, ended, tokens + [head, *particles], sources=sources, targets=targets)
        if pair is None and sources and targets and state is not None and state.category == "SANCTION" \
                and noun.dep_ == "dobj" and any(t.i == head.i for t in state_tokens):
            # "Georgia cut diplomatic ties with Russia": the subject acts on its relations with the other
            # side, a directed act (unlike "A and B broke off relations", "relations between A and B")
            return Event(head, state, tokens + state_tokens, sources=sources, targets=targets)
        if pair is None and sources and not targets and noun.dep_ == "dobj" and state is not None \
                and state.category and any(t.i == head.i for t in state_tokens) \
                and len(self._parties(_unique_ids(sources))) == 1:
            # "Saudi Arabia broke off relations in 2016", "Egypt restored relations": one side acting on
            # relations it names no partner for: the pair it belongs to (the sentence's, the previous one's,
            # the document dyad), directed
            found = self._pair(prefer_previous=True)
            own = sources[0].id
            if found is not None and own in (found[0].id, found[1].id) and found[0].id != found[1].id:
                other = found[1] if found[0].id == own else found[0]
                return Event(head, state, tokens + state_tokens, sources=sources[:1], targets=[other],
                             attribution="context" if other.start >= 0 else "dyad")
        others: list[ActorRef] = []
        if pair is None and sources and targets:
            pair = (sources[0], targets[0])
            # "its ties with the United States and the IMF": a relation with each coordinated partner
            others = [t for t in _unique_ids(targets)[1:] if not one_party(t.id, pair[0].id)]
        if pair is None and targets and not sources:
            return None  # "a movement with close ties to the Taliban": one side is no actor
        if pair is None and len(sources) >= 2:
            pair = (sources[0], sources[1])
        if pair is None:
            if state is None or not state.category:
                return None  # a bare "relations" with nothing said about them
            bilateral_marked = any(c.lower_ in ("bilateral", "mutual", "their", "two", "both")
                                   for c in noun.subtree)
            if cue.category and not state_tokens and not bilateral_marked:
                return None  # "a treaty of friendship and cooperation": the governing event has the actors
            bilateral = any(c.lower_ in ("bilateral", "mutual", "their") for c in noun.children)
            two = any(c.lower_ in ("two", "both") for c in noun.subtree)
            if not (bilateral or two or not sources):
                return None
            found = self._pair(prefer_previous=two)
            if found is None:
                return None
            pair = found
            attribution = "context" if (self.pair_here or two) and found[0].start >= 0 else "dyad"
        else:
            self.pair_here = pair
        if one_party(pair[0].id, pair[1].id):
            return None
        if state is None:
            state = Cue("relation", "", "state", 0.0)
        event = Event(state_tokens[0] if state_tokens else noun, state, tokens + state_tokens,
                      pairs=[pair, *((pair[0], t) for t in others)], attribution=attribution)
        return event

    def _loose_relation_predicate(self, noun: Token, state_tokens: list[Token], consumed: set[int]) -> Cue | None:
        """Predicates the parse does not hang on the relation noun as its subject: "Economic ties deepened
        during this period" read as a noun with a participle (the noun is the root), and "relations have
        not been free of friction" (a negated "free of" a polar relation noun states that noun)."""
        lex = self.lex
        if noun.dep_ == "ROOT":
            for child in noun.children:
                if child.dep_ == "acl" and child.i > noun.i and child.tag_ in ("VBD", "VBN") \
                        and child.lemma_.lower() in lex.states \
                        and not any(c.dep_ in ("agent", "dobj") for c in child.children):
                    state_tokens.append(child)
                    consumed.add(child.i)
                    return lex.states[child.lemma_.lower()]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" \
                and any(c.dep_ == "neg" for c in noun.head.children):
            for free in noun.head.children:
                if free.dep_ == "acomp" and free.lower_ == "free":
                    for prep in free.children:
                        if prep.dep_ == "prep" and prep.lower_ == "of":
                            for pobj in prep.children:
                                key = pobj.lemma_.lower()
                                if pobj.dep_ == "pobj" and key in lex.polar_relation_nouns:
                                    state_tokens.append(pobj)
                                    consumed.add(pobj.i)
                                    return lex.polar_relation_nouns[key]
        return None

    def _relation_holder(self, noun: Token, targets: list[ActorRef]) -> list[ActorRef]:
        """The other side of a relation noun in a prepositional phrase ("ties with X", "cooperation with X"):
        the actor the phrase describes ("TTP, a movement with close ties to the Taliban") or the subject of
        the verb above it ("Moscow sees opportunities for cooperation with Afghanistan"), unless another cue
        stands between ("concern over cooperation with X" is about it, not in it)."""
        t = noun.head
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break
            if t.dep_ == "appos" and t.head.i in self.actor_at:
                break
            if t.dep_ not in ("prep", "pobj", "dobj") or t.lower_ in TEMPORAL_PREPS \
                    or (t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.nouns):
                return []
            t = t.head
        own = {r.id for r in targets}
        if t.dep_ == "appos" and t.head.i in self.actor_at and t.pos_ == "NOUN":
            refs = self._np_actors(t.head)
        elif t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in self.lex.verbs:
            refs = self._subject(t)[0]
        else:
            return []
        return [r for r in refs if r.id not in own]

    def _viewed_with(self, verb: Token, objects: list[Token]) -> list[Token]:
        """'India views China's port project with suspicion': the noun of a "with" phrase on the labelling
        verb (or its object) is a label of the object ([labels]: suspicion, alarm, distrust ...)."""
        return [p for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.labels]

    def _labelling_events(self) -> list[Event]:
        """ "Russia regarded the Taliban as a threat", "branded NATO an aggressor" -> ACCUSE (or SUPPORT)."""
        events = []
        for verb in self.labelling_verbs:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            heads = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
            datives = [c for c in verb.children if c.dep_ == "dative"]
            if len(objects) >= 2:  # "designated Hamas a terrorist group" parsed with two objects
                heads += objects[1:]
                objects = objects[:1]
            # ... or with the label as an apposition of the object (no comma between them)
            heads += [a for o in objects for a in o.children if a.dep_ == "appos"
                      and not any(t.is_punct for t in self.doc[o.i + 1:a.left_edge.i])]
            if datives:
                # "designated the Taliban a terrorist organisation": the parser takes the one labelled for
                # a dative and the label for the object, or for an apposition of the dative
                heads += objects + [a for d in datives for a in d.children if a.dep_ == "appos"]
                objects = datives
            if not objects:
                # "called Tokyo's decision irresponsible": the parser hangs the one labelled on an adjective
                # label as its compound
                objects = [c for h in heads if h.pos_ == "ADJ" and h.lemma_.lower() in self.lex.labels
                           for c in h.children if c.dep_ in ("compound", "nsubj") and c.pos_ in ("NOUN", "PROPN")]
            if not objects:
                continue
            heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]  # "as provocative"
            heads += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ == "pobj"]
            heads += self._viewed_with(verb, objects)
            for head in heads:
                label = next((t for t in [head, *head.children] if t.lemma_.lower() in self.lex.labels), None)
                if label is None:
                    continue
                targets = self._np_actors(objects[0])
                if not targets and objects[0].tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    targets = self._np_actors(verb.head)  # "the PKK, which Turkey lists as a terrorist group"
                sources = self._subject(verb)[0]
                if targets and sources:
                    category = self.lex.labels[label.lemma_.lower()]
                    if verb.lemma_.lower() in self.mod.get("designation_verbs", ()) \
                            and self.lex.polarity(category) == "conflictual":
                        category = "SANCTION"  # "lists X as a terrorist organisation": a legal proscription
                    cue = Cue(label.lemma_.lower(), category, "label", self.lex.base_score(category))
                    events.append(Event(verb, cue, [verb, label], sources, targets))
                elif sources and self._event_object(verb) is not None:
                    # "called the bombing a terrorist act": the label is for the author of an earlier event
                    category = self.lex.labels[label.lemma_.lower()]
                    cue = Cue(label.lemma_.lower(), category, "label", self.lex.base_score(category))
                    event = Event(verb, cue, [verb, label], sources, [])
                    self._back_reference(event, events)
                    if event.targets:
                        events.append(event)
                break
        return events

    def _label_events(self, labelled: list[Event] = ()) -> list[Event]:
        """A reporting verb's clause "X is a terrorist organisation" -> speaker ACCUSE X."""
        events = list(labelled)
        for tok in self.copulas:
            subj = [c for c in tok.children if c.dep_ == "nsubj"]
            attrs = [c for c in tok.children if c.dep_ in ("attr", "acomp")]
            if not subj or not attrs:
                continue
            category = None
            cue_tok = None
            for attr in attrs:
                for t in [attr, *attr.children]:
                    if t.lemma_.lower() in self.lex.labels:
                        category = self.lex.labels[t.lemma_.lower()]
                        cue_tok = t
                        break
                if category:
                    break
            if not category:
                continue
            targets = self._np_actors(subj[0])
            speaker = self._speaker(tok)
            if targets and speaker:
                cue = Cue(cue_tok.lemma_.lower(), category, "label", self.lex.base_score(category))
                events.append(Event(tok, cue, [cue_tok], speaker, targets))
        return events

    def _speaker(self, tok: Token) -> list[ActorRef]:
        t = tok
        for _ in range(MAX_WALK):
            if t.head.i == t.i:
                return []
            t = t.head
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.mod.get("speech_verbs", ()):
                return self._subject(t)[0]
        return []

    def _obligation_events(self) -> list[Event]:
        """ "X said that Y must withdraw" -> X REQUEST Y."""
        events = []
        obligations = self.mod.get("obligation_auxiliaries", frozenset())
        for tok in self.complements:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            aux = [c for c in tok.children if c.dep_ == "aux" and c.lower_ in obligations]
            if not aux:
                continue
            head = tok.head
            if head.lemma_.lower() not in self.mod.get("speech_verbs", ()):
                continue
            targets = self._own_subject(tok)
            sources = self._subject(head)[0]
            if sources and targets:
                cue = Cue(aux[0].lower_, "REQUEST", "verb", self.lex.base_score("REQUEST"))
                events.append(Event(tok, cue, [aux[0], tok], sources, targets))
        return events

    def _no_right_events(self) -> list[Event]:
        """ "India argued that Pakistan had no right to cede territory": a speaker denying that someone is
        entitled to an act accuses them (ACCUSE, speaker -> the one without the right)."""
        events = []
        nouns = self.mod.get("entitlement_nouns", frozenset())
        negators = self.mod.get("negators", frozenset())
        for tok in self.complements:
            if tok.lemma_.lower() != "have" or tok.head.lemma_.lower() not in self.mod.get("speech_verbs", ()):
                continue
            right = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
            if right is None:
                continue
            neg = [c for c in [*right.children, *tok.children] if c.dep_ in ("det", "neg") and c.lower_ in negators]
            if not neg:
                continue
            targets = self._own_subject(tok)
            sources = [r for r in self._subject(tok.head)[0] if r.id not in {t.id for t in targets}]
            if sources and targets:
                cue = Cue(f"no {right.lemma_.lower()}", "ACCUSE", "verb", self.lex.base_score("ACCUSE"))
                events.append(Event(tok.head, cue, [neg[0], right], sources, targets))  # the speaker's modality
        return events

    def _role_events(self) -> list[Event]:
        """ "Pakistan had become an American ally", "Pakistan, Kabul's adversary, ...", "X is a key partner of
        Y": a role noun ([role_nouns]) predicated of an actor, as the attribute of a copular verb or as an
        apposition, towards the actor in its possessor, modifier or "of"/"to" phrase: holder -> that actor."""
        out: list[Event] = []
        copular = self.mod.get("copular_verbs", frozenset())
        for tok in self.role_nouns:
            category = self.lex.role_nouns.get(tok.lemma_.lower())
            if category is None or tok.i in self.actor_at:
                continue
            mutual = False  # "A and B regarded each other as rivals"
            labelled: list[ActorRef] = []
            if tok.dep_ in ("attr", "oprd") and tok.head.lemma_.lower() in copular:
                holders = self._subject(tok.head)[0]
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("one", "among") \
                    and tok.head.head.dep_ in ("attr", "oprd") and tok.head.head.head.lemma_.lower() in copular:
                holders = self._subject(tok.head.head.head)[0]  # "China remains one of India's largest partners"
            elif tok.dep_ == "appos" and tok.head.i in self.actor_at:
                holders = [self.actor_at[tok.head.i]]
            elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and self._labelling_verb(tok.head) is not None:
                # "regards Vietnam as a counterweight to China": the one labelled holds the role; when it is
                # no actor ("the partnership, which both regard as a counterweight to X"), those who see it so
                verb = self._labelling_verb(tok.head)
                mutual = any(o.dep_ == "dobj" and _is_reciprocal_pronoun(o) for o in verb.children)
                labelled = [r for o in verb.children if o.dep_ == "dobj" for r in self._np_actors(o)
                            if o.lower_ not in ("which", "that")]
                holders = labelled or self._subject(verb)[0]
                if not holders and any(c.lower_ == "both" for c in verb.children):
                    pair = self._pair(prefer_previous=True)  # "which both regard as ...": the two sides
                    holders = list(pair) if pair else []
            else:
                continue
            others = self._owner_actors(tok) + [r for child in tok.children
                                                if child.dep_ == "prep" and child.lower_ in ("of", "to")
                                                for p in child.children if p.dep_ == "pobj" for r in self._np_actors(p)]
            if not others and labelled and tok.dep_ == "pobj" and tok.lemma_.lower() not in self.lex.labels \
                    and not any(c.dep_ == "prep" and c.lower_ in ("to", "against", "for")
                                for c in [*tok.children, *tok.head.head.children]):
                # "Brazil regarded Argentina as a rival": without another side of the role, the one who sees
                # it so holds it towards the one labelled
                regarders = [r for r in self._subject(tok.head.head if tok.head.head.pos_ == "VERB" else tok.head)[0]
                             if not any(one_party(r.id, h.id) for h in labelled)]
                if regarders:
                    holders, others = regarders, labelled
            holders = _unique_ids(holders)
            others = [r for r in _unique_ids(others) if not any(one_party(r.id, h.id) for h in holders)]
            cue = Cue(tok.lemma_.lower(), category, "noun", self.lex.base_score(category))
            if holders and others:
                out.append(Event(tok, cue, [tok], holders, others, direct_object=True))
            elif (mutual or (tok.tag_ == "NNS" and tok.dep_ == "attr")) and len(parties := self._parties(holders)) >= 2:
                # "Morocco and Algeria are rivals", "the two countries became allies": a plural role held by
                # a conjoined subject is held towards each other (a symmetric relation)
                pairs = [(a, b) for n, a in enumerate(parties) for b in parties[n + 1:]
                         if not one_party(a.id, b.id)]
                if pairs:
                    out.append(Event(tok, cue, [tok], pairs=pairs))
        return out

    def _trade_ban(self, noun: Token, key: str) -> Cue | None:
        """ "the Chinese ban on Japanese seafood", "an import ban": a ban on a traded thing (an object of
        the ban verb's SANCTION object cue) is an economic sanction, not the coercion of a ban on people."""
        if key not in self.mod.get("trade_ban_nouns", ()) or self.lex.nouns[key].category == "SANCTION":
            return None
        traded = {obj for (verb, obj), category in self.lex.object_cues.items() if verb == "ban" and category == "SANCTION"}
        things = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
        things += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for p in c.children if p.dep_ == "pobj"]
        if not any(t.lemma_.lower() in traded for t in things):
            return None
        return Cue(key, "SANCTION", "noun", self.lex.base_score("SANCTION"))

    def _armed_strike(self, noun: Token, key: str) -> Cue | None:
        """ "an Israeli strike on the consulate", "strikes against the militants": a strike noun aimed at
        something or carried out by an actor is an attack (the verb's ASSAULT cue), not a labour strike."""
        if key not in self.mod.get("armed_strike_nouns", ()) or key not in self.lex.verbs:
            return None
        if noun.dep_ in ("dobj", "nsubjpass") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.mod.get("labour_nouns", ()) for c in noun.head.children):
            return None  # "dockworkers staged strikes against the government": a labour strike
        aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "upon") for c in noun.children)
        by_actor = any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.i in self.actor_at for c in noun.children)
        if not (aimed or by_actor or self._military_operation(noun)):
            return None
        verb_cue = self.lex.verbs[key]
        return Cue(key, verb_cue.category, "noun", verb_cue.score)

    def _military_operation(self, noun: Token) -> bool:
        """ "Turkish drones carried out strikes", "the army launched strikes": the object of a verb whose
        subject is a military noun, or of a verb of military operations whose subject is no workforce
        ("workers staged strikes" stays a labour strike)."""
        if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.pos_ != "VERB":
            return False
        verb = noun.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(c.lemma_.lower() in self.mod.get("labour_nouns", ()) for c in subjects):
            return False
        if any(c.lemma_.lower() in self.mod.get("military_agent_nouns", ()) for c in subjects):
            return True
        return verb.lemma_.lower() in self.mod.get("armed_strike_verbs", ())

    def _labelling_verb(self, prep: Token) -> Token | None:
        """The labelling verb of an "as" phrase, on the verb or on its object ("regard X as ...")."""
        for t in (prep.head, prep.head.head):
            if t.pos_ == "VERB" and t.lemma_.lower() in self.lex.labelling_verbs:
                return t
        return None

    def _conjunct_target(self, event: Event, events: list[Event] = ()) -> None:
        """ "Tehran held the Taliban responsible, massed troops along the border and appeared ready to invade":
        a coordinated predicate of the same subject with a hostile act and no target of its own is aimed at
        the actor that the first predicate's object names (MOBILIZE, THREATEN, ASSAULT cues only)."""
        if event.targets or event.pairs or not event.sources \
                or event.cue.category not in CONJUNCT_TARGET_CATEGORIES or event.anchor.pos_ != "VERB":
            return
        t = event.anchor
        conj = False
        for _ in range(MAX_WALK):
            if t.head.i == t.i or t.dep_ not in ("conj", "xcomp", "oprd", "acomp"):
                break
            conj = conj or t.dep_ == "conj"
            t = t.head
            if conj and t.pos_ == "VERB" and t.dep_ != "conj":
                break
        if not conj or t.pos_ != "VERB":
            return
        own = {r.id for r in event.sources}
        targets = [r for c in t.children if c.dep_ == "dobj" for r in self._arg(c)
                   if not any(one_party(r.id, o) for o in own)]
        if not targets:
            # "offered to hold talks with India and warned that ...": the target the first predicate's event
            # found (its own or its complement's)
            targets = [r for e in events if e is not event and (e.anchor.i == t.i or (
                e.anchor.head.i == t.i and e.anchor.dep_ == "xcomp")) and not e.pairs
                and {x.id for x in e.sources} == own for r in e.targets
                if not any(one_party(r.id, o) for o in own)]
        if targets:
            event.targets = _unique_ids(targets)

    def _addressee_target(self, event: Event) -> None:
        """ "The Soviet side told the Chinese that it would not supply the bomb", "Ankara informed Athens that
        it would hold exercises": an act with no target in the "that" clause of a verb of telling
        (`[modality].addressee_verbs`) is aimed at the one told, when the teller is the act's source."""
        if event.targets or event.pairs or not event.sources:
            return
        t = event.anchor
        if t.pos_ == "NOUN" and t.dep_ == "dobj":
            t = t.head  # "that it would hold exercises": the noun's light verb
        if t.pos_ not in ("VERB", "AUX"):
            return
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ != "ccomp" or t.head.lemma_.lower() not in self.mod.get("addressee_verbs", frozenset()):
            return
        teller = t.head
        own = {r.id for r in event.sources}
        if not own & {r.id for r in self._subject(teller)[0]}:
            return
        told = [r for c in teller.children if c.dep_ in ("dobj", "dative") for r in self._arg(c)
                if not any(one_party(r.id, o) for o in own)]
        if told:
            event.targets = _unique_ids(told)
            event.attribution = "syntax"

    def _sentence_has_any(self, words: frozenset[str]) -> bool:
        """Whether the sentence's lower-cased text contains one of ``words``: a cheap test before a token walk."""
        text = self.ctx.text[self.sent.start_char:self.sent.end_char].lower()
        return any(word in text for word in words)

    def _guarantor_events(self) -> list[Event]:
        """ "A and B signed the accords, with X and Y (acting) as guarantors": coordinated guarantors of an
        agreement are parties to it together, X <-> Y AGREE (symmetric). The guarantors are the "with"
        phrase beside the "as" phrase, or the subject of the verb that takes it ("X and Y signed as
        guarantors")."""
        out: list[Event] = []
        nouns = self.mod.get("guarantor_nouns", frozenset())
        if not self._sentence_has_any(nouns):
            return out
        for tok in self.sent:
            if tok.lemma_.lower() not in nouns or tok.dep_ != "pobj" or tok.head.lower_ != "as":
                continue
            head = tok.head.head
            holders = [r for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                       for p in prep.children if p.dep_ == "pobj" for r in self._arg(p)]
            if not holders and head.pos_ in ("VERB", "AUX"):
                holders = self._own_subject(head)
            parties = self._parties(_unique_ids(holders))
            if len(parties) < 2:
                continue
            cue = Cue(tok.lemma_.lower(), "AGREE", "noun", self.lex.base_score("AGREE"))
            out.append(Event(tok, cue, [tok], pairs=[(parties[0], other) for other in parties[1:]]))
        return out

    def _intermediary_events(self) -> list[Event]:
        """ "Talks between A and B began, with X acting as a go-between", "X served as mediator between A and
        B": an actor in the role of an intermediary ([modality].intermediary_nouns after "as") mediates, X ->
        A and X -> B CONSULT; the sides are the "between" phrase of the role noun or, through
        _mediated_pair, the pair of the sentence's joint act. The holder is the subject of the verb that
        takes the "as" phrase."""
        out: list[Event] = []
        nouns = self.mod.get("intermediary_nouns", frozenset())
        if not self._sentence_has_any(nouns):
            return out
        for tok in self.sent:
            if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.head.pos_ not in ("VERB", "AUX"):
                continue
            words = [t for t in self.doc[tok.left_edge.i:tok.i + 1] if t.dep_ not in ("det", "amod", "advmod")]
            if "".join(t.text_with_ws for t in words).strip().lower() not in nouns:
                continue
            holders = self._parties(_unique_ids(self._own_subject(tok.head.head)))
            if not holders:
                continue
            sides = [r for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "between"
                     for p in prep.children if p.dep_ == "pobj" for r in self._arg(p)]
            sides = [r for r in _unique_ids(sides) if r.id not in {h.id for h in holders}]
            cue = Cue("mediation", "CONSULT", "noun", self.lex.base_score("CONSULT"))
            event = Event(tok, cue, list(words), holders)
            if len(sides) == 2:
                event.pairs = [(sides[0], sides[1])]
            out.append(event)
        return out

    def _concern_events(self) -> list[Event]:
        """ "Saudi officials remain concerned about Iran's nuclear programme", "Japan is alarmed by China's
        build-up": an adjective of concern ([modality].concern_adjectives) predicated of an actor (the
        subject of its copula) is ACCUSE towards the actors of its "about / over / by / at" phrase (the
        phrase's own actor or possessor). Nothing when that phrase names no actor ("concerned about the
        economy")."""
        out: list[Event] = []
        adjectives = self.mod.get("concern_adjectives", frozenset())
        preps = self.mod.get("concern_prepositions", frozenset())
        lowers, deps, tags = self.arrays.lower, self.arrays.dep, self.arrays.pos
        for i in range(self.sent.start, self.sent.end):
            if lowers[i] not in adjectives or deps[i] != "acomp" or tags[i] != "ADJ":
                continue
            tok = self.doc[i]
            holders = self._parties(_unique_ids(self._own_subject(tok.head)))
            if not holders:
                continue
            own = {r.id for r in holders}
            phrases = [p for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in preps
                       for p in prep.children if p.dep_ == "pobj"]
            causes = []
            for p in phrases:
                found = self._arg(p)
                if not found and p.i in self.ctx.place_at:
                    found = [self.ctx.place_at[p.i]]  # "worried about Iran": the linker keeps it as a topic place
                causes.extend(found)
            causes = [r for r in _unique_ids(causes) if not any(one_party(r.id, o) or one_party(o, r.id)
                                                                 for o in own)]
            if not causes:
                continue
            cue = Cue(tok.lower_, "ACCUSE", "verb", self.lex.base_score("ACCUSE"))
            out.append(Event(tok.head, cue, [tok, *(p.head for p in phrases[:1])], holders, causes))
        return out

    def _emulation_events(self, events: list[Event]) -> list[Event]:
        """ "Bahrain and Sudan followed the Saudi lead", "Jordan followed suit": "follow" with a lead, suit or
        example noun (`[modality].emulation_nouns`) repeats the leader's latest act (in this sentence or the
        last three) towards the same target: the followers do it too. The leader is the noun's possessor or
        demonym; "followed suit" names none (the latest act by another actor)."""
        out: list[Event] = []
        nouns = self.mod.get("emulation_nouns", frozenset())
        lemmas, pos = self.arrays.lemma_lower, self.arrays.pos
        # the verbs "follow" of the sentence, found in the arrays (no Token per word)
        follows = [self.doc[i] for i in range(self.sent.start, self.sent.end)
                   if lemmas[i] == "follow" and pos[i] == "VERB"]
        for verb in follows:
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
            if obj is None or any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children):
                continue  # "followed Moscow in recognising X": _followed_leader
            followers = self._parties(_unique_ids(self._subject(verb)[0]))
            if not followers:
                continue
            own = {r.id for r in followers}
            leaders = {r.id for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                       for r in self._np_actors(c)}
            leaders |= {r.id for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj" for r in self._np_actors(p)}  # "the lead of X"
            earlier = [self._memory(e) for e in events if e.anchor.i < verb.i and e.cue.category
                       and e.attribution != "dyad" and e.sources and e.targets][::-1]
            # a named leader's act whose other party was the document dyad's ("Saudi Arabia broke off
            # relations") counts too, after the others
            dyad_acts = self.ctx.dyad_events if leaders else []
            for _age, category, src, tgt, _joint in [*earlier, *self.ctx.recent_events, *dyad_acts]:
                if not src or not tgt or src in own or tgt in own or (leaders and src not in leaders):
                    continue
                cue = Cue(f"follow {obj.lemma_.lower()}", category, "verb", self.lex.base_score(category))
                out.append(Event(verb, cue, [verb, obj], sources=followers, targets=[ActorRef(tgt, -1)],
                                 attribution="context"))
                break
        return out

    def _title_relation_events(self) -> list[Event]:
        """A heading "X and Y after 2021: what is left of a partnership", "Partners of convenience: X, Y and
        ...": a title (no final stop) split by a colon, one side a relation or role noun with no actor, the
        other side naming actors: the relation holds between the first two of them (symmetric)."""
        sent = self.sent
        if len(sent) > 40 or ":" not in self.ctx.text[sent.start_char:sent.end_char]:  # cheap test first
            return []
        toks = [t for t in sent if not t.is_space]
        if not toks or toks[-1].text in (".", "!", "?") or len(toks) > 25:
            return []
        colon = next((t.i for t in toks if t.text == ":"), None)
        if colon is None:
            return []
        halves = (range(sent.start, colon), range(colon + 1, sent.end))
        for noun_side, actor_side in (halves, halves[::-1]):
            if any(i in self.actor_at for i in noun_side):
                continue
            noun = next((self.doc[i] for i in noun_side if self.doc[i].pos_ == "NOUN"
                         and (self.doc[i].lemma_.lower() in self.lex.role_nouns
                              or self.doc[i].lemma_.lower() in self.lex.polar_relation_nouns)), None)
            if noun is None:
                continue
            lemma = noun.lemma_.lower()
            category = self.lex.role_nouns.get(lemma) or self.lex.polar_relation_nouns[lemma].category
            refs = [self.actor_at[i] for i in actor_side if i in self.actor_at and self.actor_at[i].start == i
                    and self.actor_at[i].type != "location"]
            parties = self._parties(_unique_ids(refs))
            if len(parties) < 2 or one_party(parties[0].id, parties[1].id):
                return []
            cue = Cue(lemma, category, "noun", self.lex.base_score(category))
            return [Event(noun, cue, [noun], pairs=[(parties[0], parties[1])])]
        return []

    def _listing_events(self) -> list[Event]:
        """ "The movement remains on Russia's list of banned terrorist organisations", "X is on its terror
        list": being on an owner's proscription list is SANCTION by the owner (the list's possessor or
        modifier) towards the one listed (the clause's subject)."""
        out: list[Event] = []
        nouns = self.mod.get("listing_nouns", frozenset())
        words = self.mod.get("proscription_words", frozenset())
        for tok in self.role_nouns:
            if tok.lemma_.lower() not in nouns or tok.dep_ != "pobj" \
                    or tok.head.lower_ != "on" or tok.head.head.pos_ not in ("VERB", "AUX"):
                continue
            if not any(t.lemma_.lower() in words or t.lower_ in words for t in tok.subtree if t.i != tok.i):
                continue
            verb = tok.head.head
            listed, passive = self._subject(verb)
            if passive or not listed:
                continue
            owners: list[ActorRef] = []
            for child in tok.children:
                if child.dep_ == "poss":
                    owners = self._np_actors(child) if child.pos_ != "PRON" else self._listing_owner(child, listed)
                elif child.dep_ in ("amod", "compound", "nmod") and child.i in self.actor_at:
                    owners = self._np_actors(child)
            owners = [r for r in owners if not any(one_party(r.id, x.id) for x in listed)]
            if owners:
                cue = Cue(tok.lemma_.lower(), "SANCTION", "noun", self.lex.base_score("SANCTION"))
                out.append(Event(tok, cue, [tok], owners[:1], _unique_ids(listed), direct_object=True))
        return out

    def _owner_actors(self, noun: Token) -> list[ActorRef]:
        """The actors a noun names as its owner: its possessor ("Japan's controls") or an actor modifier
        ("the Swedish bid", "a Kremlin decision")."""
        owners: list[ActorRef] = []
        for c in noun.children:
            if c.dep_ == "poss":
                owners.extend(self._arg(c))
            elif c.dep_ in ("amod", "compound", "nmod") and c.i in self.actor_at:
                owners.extend(self._np_actors(c))
        return owners

    def _list_operation_events(self) -> list[Event]:
        """ "adds Cuba to its list of state sponsors of terrorism", "removed South Korea from its list of
        trusted trading partners": putting an actor on or taking it off a list is an act of the list's owner
        (its possessor or modifier, else the verb's subject) towards the one listed (the verb's object, or
        passive subject). A proscription list (`[modality].proscription_words`) makes adding SANCTION and
        removing CONCEDE; a list of trust (`trust_list_words`) the reverse. A list with neither ("dropping
        Japan from its own list") is of the kind of the list before it in the sentence."""
        out: list[Event] = []
        nouns = self.mod.get("listing_nouns", frozenset())
        bad = self.mod.get("proscription_words", frozenset())
        good = self.mod.get("trust_list_words", frozenset())
        adding = self.mod.get("list_adding_verbs", frozenset())
        removing = self.mod.get("list_removing_verbs", frozenset())
        kind = ""
        for tok in sorted(self.role_nouns, key=lambda t: t.i):
            if tok.lemma_.lower() not in nouns or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "on", "onto",
                                                                                              "from", "off"):
                continue
            verb = tok.head.head
            lemma = verb.lemma_.lower()
            adds = lemma in adding and tok.head.lower_ in ("to", "on", "onto")
            if verb.pos_ != "VERB" or not (adds or (lemma in removing and tok.head.lower_ in ("from", "off"))):
                continue
            words = {w for t in tok.subtree for w in (t.lemma_.lower(), t.lower_)} | {tok.lemma_.lower()}
            kind = "bad" if words & bad or tok.lemma_.lower() == "blacklist" else "good" if words & good else kind
            if not kind:
                continue
            listed = [r for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for r in self._np_actors(c)]
            owners = [r for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ != "PRON"
                      for r in self._np_actors(c)]
            if not owners and not any(c.dep_ == "nsubjpass" for c in verb.children):
                owners = self._subject(verb)[0]
            owners = [r for r in owners if not any(one_party(r.id, x.id) for x in listed)]
            if not listed or not owners:
                continue
            category = ("SANCTION" if adds else "CONCEDE") if kind == "bad" else ("CONCEDE" if adds else "SANCTION")
            cue = Cue(f"{lemma} {tok.head.lower_} {tok.lemma_.lower()}", category, "verb",
                      self.lex.base_score(category))
            out.append(Event(verb, cue, [verb, tok], owners[:1], _unique_ids(listed), direct_object=True))
        return out

    def _listing_owner(self, pron: Token, listed: list[ActorRef]) -> list[ActorRef]:
        """ "The Taliban have been on its list ...": the owner is not the one listed, so the pronoun is an
        actor named later in the sentence or the previous sentence's subject."""
        own = {r.id for r in listed}
        for i in range(pron.i + 1, self.sent.end):
            ref = self.actor_at.get(i)
            if ref is not None and ref.start == i and ref.id not in own and ref.type == "state":
                return [ref]
        prev = self.ctx.prev_subject
        return [prev] if prev is not None and prev.id not in own else []

    def _refusal_target(self, event: Event, events: list[Event]) -> None:
        """ "Kabul asked Moscow for troops, but Moscow refused", "The Politburo refused.": a refusal verb
        with no object or complement answers the latest request made to the refuser, in this sentence or
        the last three: its target is the one who asked."""
        verb = event.anchor
        if event.targets or event.pairs or not event.sources or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in self.mod.get("refusal_governors", frozenset()) \
                or any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in verb.children):
            return
        lineage = self.ctx.lineage
        refusers = {lineage.get(r.id, r.id) for r in event.sources}
        asked = [(e.sources[0].id, t.id) for e in events if e is not event and e.cue.category == "REQUEST"
                 and e.anchor.i < verb.i and e.sources for t in e.targets][::-1]
        asked += [(src, tgt) for _a, category, src, tgt, _j in self.ctx.recent_events
                  if category == "REQUEST" and src and tgt]
        for src, tgt in asked:
            if lineage.get(tgt, tgt) in refusers and lineage.get(src, src) not in refusers:
                event.targets = [ActorRef(src, -1)]
                event.attribution = "context"
                return

    def _ceded_territory(self, event: Event) -> None:
        """ "handed the frontier over to Tajik forces", "patrolled the border and handed it over", "ceded the
        province to X": giving up territory or control is RETREAT towards the receiver, not AID."""
        verb = event.anchor
        nouns = self.mod.get("territory_nouns", frozenset())
        if verb.pos_ in ("NOUN", "PROPN") and event.cue.key in self.mod.get("ceding_nouns", frozenset()):
            # "completed the handover of the frontier to Tajik forces": the noun's "of" object is what is given
            if any(p.lemma_.lower() in nouns or p.i in self.ctx.place_at for c in verb.children
                   if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
                event.cue = Cue(event.cue.key, "RETREAT", "noun", self.lex.base_score("RETREAT"))
            return
        if verb.pos_ != "VERB" or event.cue.key not in self.mod.get("ceding_verbs", frozenset()):
            return
        if any(c.dep_ == "dobj" and c.lower_ in self.mod.get("captive_pronouns", frozenset()) for c in verb.children):
            # "handing him over to Indian officials": a person given back (a captive), a release
            event.cue = Cue(event.cue.key, "CONCEDE", "verb", self.lex.base_score("CONCEDE"))
            return
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if obj.lower_ in ("it", "them") and verb.dep_ == "conj":
                # "patrolled the border and handed it over": the object of the first conjunct
                obj = next((t for t in reversed(self.doc[verb.head.i:verb.i]) if t.dep_ == "dobj"), obj)
            if obj.lemma_.lower() in nouns or obj.i in self.ctx.place_at:
                event.cue = Cue(event.cue.key, "RETREAT", "verb", self.lex.base_score("RETREAT"))
                return

    def _relation_clause_target(self, event: Event, events: list[Event]) -> None:
        """ "agreed to restore the diplomatic relations that Riyadh had severed": an act in a relative clause on
        a relation noun whose pair the sentence gives is aimed at the pair's other member."""
        verb = event.anchor
        if event.targets or event.pairs or not event.sources or verb.dep_ != "relcl" \
                or verb.head.lemma_.lower() not in self.lex.relation_nouns | set(self.lex.polar_relation_nouns):
            return
        noun = verb.head
        own = {r.id for r in event.sources}
        for other in events:
            if other is event or not any(t.i == noun.i for t in [other.anchor, *other.cue_tokens]):
                continue
            for a, b in other.pairs or [(s, t) for s in other.sources for t in other.targets]:
                if a.id in own and b.id not in own:
                    event.targets = [b]
                    return
                if b.id in own and a.id not in own:
                    event.targets = [a]
                    return

    def _object_relative_target(self, event: Event) -> None:
        """ "Syria fought the rebels, whom Iran armed and funded": an act in a relative clause whose relative
        pronoun is its object (or in a verb conjoined to such a clause) is aimed at the noun the clause
        modifies, when that noun is a party other than the act's own sources."""
        verb = event.anchor
        if event.targets or event.pairs or not event.sources or verb.pos_ != "VERB":
            return
        clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
        verbs = [clause, *(c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        if clause.dep_ != "relcl" or not any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS
                                             for v in verbs for c in v.children):
            return
        if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children):
            return
        own = {r.id for r in event.sources}
        targets = [r for r in self._np_actors(clause.head) if r.id not in own]
        if targets:
            event.targets = targets

    def _pair_with_partner(self, event: Event) -> None:
        """ "Kenya and Uganda signed a trade deal with China": a reciprocal act of a conjoined subject whose
        targets are all named in a "with" phrase (on the verb or on its object) is a relation among the
        subject members and of each of them with the partner: KEN-UGA, KEN-CHN and UGA-CHN."""
        verb = event.anchor
        if event.pairs or not event.targets or event.direct_object or verb.pos_ != "VERB" \
                or event.cue.category not in RECIPROCAL_CATEGORIES:
            return
        members = self._parties(_unique_ids(event.sources))
        if len(members) < 2:
            return
        own = {r.id for r in members}
        named: dict[int, ActorRef] = {}
        for head in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
            for prep in head.children:
                if prep.dep_ != "prep" or prep.lower_ != "with" or _comitative(prep, head) \
                        or any(t.lower_ == "as" for t in [*prep.subtree, *(c for c in head.children
                                                                            if c.i > prep.i)]):  # "with X as guarantors": a role
                    continue
                for t in (t for p in prep.children if p.dep_ == "pobj" for t in p.subtree):
                    ref = self.actor_at.get(t.i)
                    if ref is not None:
                        named.setdefault(ref.start, ref)
        partners = [t for t in self._parties(list(named.values())) if t.id not in own]
        if not partners or not all(t.start in named for t in self._parties(_unique_ids(event.targets))):
            return
        event.pairs = [*((a, b) for n, a in enumerate(members) for b in members[n + 1:]),
                       *((m, p) for p in partners for m in members)]

    def _parenthesis_recipient(self, event: Event) -> None:
        """ "Iran channelled weapons and money, much of it provided by Russia, to the Houthis": the parser hangs
        the verb's "to" phrase on the parenthetical quantity ("much", "most", "some" ... as a noun modifier of
        the verb); its actors are the recipients of the verb and of the parenthesis's own participle."""
        verb = event.anchor
        if event.targets or event.pairs or not event.sources or verb.pos_ != "VERB":
            return
        holders = [c for c in verb.children if c.dep_ == "npadvmod"]
        if verb.dep_ == "acl" and verb.head.dep_ == "npadvmod":
            holders.append(verb.head)
        own = {r.id for r in event.sources}
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > holder.i:
                    targets = [r for p in prep.children if p.dep_ == "pobj" for r in self._np_actors(p)
                               if r.id not in own]
                    if targets:
                        event.targets = targets
                        return

    def _hosted_pair(self, event: Event, events: list[Event]) -> None:
        """ "Talks between the two rivals began in Baghdad and were hosted by Iraq", "Oman hosted their talks":
        a host (`[modality].hosting_verbs`) with no named guest hosts the parties of the meeting noun it takes
        (passive subject, object, or the subject of the clause it is conjoined to): towards each of them."""
        verb = event.anchor
        if event.targets or event.pairs or not event.sources or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in self.mod.get("hosting_verbs", frozenset()):
            return
        held = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if not held and verb.dep_ == "conj":
            held = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not held and verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "A and B agreed to a ceasefire in talks hosted by Malaysia": the meeting noun, and the act of
            # the clause it is the setting of
            held = [verb.head]
            t = verb.head
            for _ in range(4):  # up through "in"/"during" phrases to the clause's verb
                if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
                    break
                t = t.head
                if t.pos_ != "ADP":
                    held.append(t)
                if t.pos_ in ("VERB", "AUX"):
                    break
        own = {r.id for r in event.sources}
        for other in events:
            if other is event or other.anchor not in held:
                continue
            pairs = list(other.pairs)
            if not pairs and not other.targets and len(parties := self._parties(_unique_ids(other.sources))) == 2:
                pairs = [(parties[0], parties[1])]  # "A and B agreed ... in talks hosted by X": the joint subject
            for a, b in pairs:
                if a.id not in own and b.id not in own:
                    event.targets = [a, b]
                    return
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            self._mediated_joint_act(event, events)  # "agreed ... after weeks of negotiations hosted by X"

    def _co_signers(self, events: list[Event]) -> None:
        """ "Medvedev accepted the plan, and it was signed by Saakashvili", "Netanyahu signed for Israel, while
        the Emirati and Bahraini ministers signed for their governments": agreements in linked clauses of one
        sentence (a verb conjoined to, or a clause of, the other's verb) that name only who agrees are one
        joint agreement: a one-sided agreement is symmetric with each party of the other clauses."""
        agreeing = [e for e in events if e.cue.category == "AGREE" and (e.sources or e.pairs)
                    and not self._foreign_targets(e) and e.anchor.pos_ == "VERB" and self.lex.polarity(e.cue.category) == "cooperative"
                    and self.sent.start <= e.anchor.i < self.sent.end]
        if len(agreeing) < 2:
            return
        named = {id(e): self._parties(_unique_ids([*e.sources, *(r for pair in e.pairs for r in pair)]))
                 for e in agreeing}
        done: set[frozenset[str]] = set()
        for event in agreeing:
            verb = event.anchor
            linked = [o for o in agreeing if o is not event and (
                (verb.dep_ in ("conj", "advcl") and o.anchor.i == verb.head.i)
                or (o.anchor.dep_ in ("conj", "advcl") and o.anchor.head.i == verb.i))]
            own = named[id(event)]
            if event.pairs or len(self._parties(own)) != 1:
                continue  # a joint agreement already: its parties stay with each other
            sides = {self._side(r) for r in own}
            others = [r for o in linked for r in named[id(o)]
                      if self._side(r) not in sides and not any(one_party(r.id, x.id) for x in own)]
            if others and not self._flags(verb)["negated"]:
                fresh = [r for r in _unique_ids(others) if frozenset((own[0].id, r.id)) not in done]
                done.update(frozenset((own[0].id, r.id)) for r in fresh)
                event.pairs = [(own[0], r) for r in fresh]  # none: the other clause's act holds the pair
                event.sources = []
                event.targets = []  # "signed for Israel": its own side

    def _split_act(self, events: list[Event]) -> None:
        """ "Pakistani aircraft carried out strikes across the line, and the Indian pilot was shot down": an act
        named with its doer only and an act of the same category named with its sufferer only, in conjoined
        clauses of one sentence, are one act: the doer is the source of the agentless one."""
        for event in events:
            verb = event.anchor
            if event.sources or event.pairs or not event.targets or verb.pos_ != "VERB" \
                    or not any(c.dep_ == "nsubjpass" for c in verb.children) or self._flags(verb)["negated"]:
                continue
            linked = []
            for o in events:
                # the doer's clause verb: its cue, or the verb whose object the cue is ("carried out strikes")
                o_verb = o.anchor if o.anchor.pos_ == "VERB" else o.anchor.head if o.anchor.dep_ == "dobj" else None
                if o is not event and o_verb is not None and o_verb.pos_ == "VERB" and (
                        verb.dep_ == "conj" and o_verb.i == verb.head.i or o_verb.dep_ == "conj" and o_verb.head.i == verb.i):
                    linked.append(o)
            doers = [o for o in linked if o.cue.category == event.cue.category and o.sources and not o.pairs
                     and not self._foreign_targets(o) and not self._flags(o.anchor)["negated"]]
            if len({id(o.anchor) for o in doers}) != 1:
                continue
            sides = {self._side(r) for r in event.targets}
            sources = [r for r in _unique_ids(doers[0].sources) if self._side(r) not in sides]
            if sources:
                event.sources = sources
                event.attribution = "context"

    def _foreign_targets(self, event: Event) -> list[ActorRef]:
        """The event's targets that are not on its sources' side ("Netanyahu signed for Israel": none)."""
        sides = {self._side(r) for r in event.sources}
        return [r for r in event.targets if self._side(r) not in sides]

    def _pair_noun_parties(self, event: Event) -> None:
        """ "the accord that the two states concluded", "the declaration commits the two countries to open
        embassies": an agreement or cooperation with no source whose only parties are the two referents of one
        pair noun ("the two states", "both sides") is between them, not towards each from no one."""
        if event.sources or event.pairs or len(event.targets) != 2 \
                or event.cue.category not in ("AGREE", "COOPERATE"):
            return
        a, b = event.targets
        if a.id == b.id or not all(self.sent.start <= r.start < self.sent.end for r in (a, b)):
            return
        heads = set()
        for r in (a, b):  # the mentions of a pair noun's two referents start inside its phrase
            t = self.doc[r.start]
            heads.add(t.i if t.lemma_.lower() in PAIR_NOUNS else t.head.i)
        if len(heads) == 1 and (t := self.doc[heads.pop()]).lemma_.lower() in PAIR_NOUNS \
                and any(c.lower_ in ("two", "both") for c in t.children) \
                and t.dep_ in ("nsubj", "nsubjpass", "dobj"):  # not "an accord with the two countries"
            event.pairs = [(a, b)]
            event.targets = []

    def _mediated_joint_act(self, event: Event, events: list[Event]) -> bool:
        """ "A and B announced a deal after talks brokered by C", "C brokered the declaration under which A and
        B agreed to ...": a go-between with no named sides (a mediation verb, or a hosting verb as a participle
        on a meeting noun) towards each party of the joint cooperative act its phrase is tied to: the act of
        the clause the participle's noun is a phrase of, or an act inside the verb's object. Sets targets."""
        verb = event.anchor
        if event.pairs or event.targets or not event.sources or verb.pos_ != "VERB":
            return False
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "after talks brokered by C": the clause it is a phrase of, and that clause's object ("announced
            # their deal after talks brokered by C")
            tied = {x.i for t in verb.head.ancestors for x in (t, *(c for c in t.children if c.dep_ == "dobj"))}
        else:
            tied = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.i != c.i}
        own = {r.id for r in event.sources}
        for other in events:
            if other is event or other.anchor.i not in tied or other.targets \
                    or self.lex.polarity(other.cue.category) != "cooperative":
                continue
            pairs = list(other.pairs)
            if not pairs and len(parties := self._parties(_unique_ids(other.sources))) == 2:
                pairs = [(parties[0], parties[1])]
            for a, b in pairs:
                if a.id not in own and b.id not in own:
                    event.targets = [a, b]
                    return True
        return False

    def _mediated_pair(self, event: Event, events: list[Event]) -> None:
        """ "Relations were restored with the help of Iranian mediation": a mediation that names no sides
        mediates between the two sides of the relation or agreement of its sentence."""
        if event.pairs or event.targets or not event.sources or event.cue.key not in self.lex.mediation:
            return
        own = {r.id for r in event.sources}
        for other in events:
            for a, b in other.pairs:
                if a.id not in own and b.id not in own:
                    event.pairs = [(a, b)]
                    event.attribution = other.attribution if other.attribution != "syntax" else "context"
                    return
        verb = event.anchor
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            # "the Karabakh authorities accepted a ceasefire, mediated by the Russian contingent": the mediator
            # towards the parties of the act that takes the mediated agreement
            noun = verb.head
            for other in events:
                if other is event or noun.i not in {other.anchor.i, *(t.i for t in other.cue_tokens)} | {
                        c.i for c in other.anchor.children if c.dep_ == "dobj"}:
                    continue
                parties = [r for r in _unique_ids([*other.sources, *other.targets]) if r.id not in own]
                if parties:
                    event.targets = parties
                    return
        if self._mediated_joint_act(event, events):
            return
        # "A and B signed a deal. The deal, which was brokered by C, ...", "The agreement was mediated by C":
        # a definite agreement or talks noun as what was mediated is the joint act of the last sentences
        mediated = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if verb.dep_ == "relcl" and any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in RELATIVE_PRONOUNS
                                        for c in verb.children):
            mediated.append(verb.head)
        if not any(n.pos_ == "NOUN" and self.lex.nouns.get(n.lemma_.lower(), Cue("", "", "", 0.0)).category
                   in ("AGREE", "CONSULT") and any(c.dep_ == "det" and c.lower_ in self.mod.get(
                       "anaphoric_determiners", frozenset()) for c in n.children) for n in mediated):
            return
        for _age, category, src, tgt, joint in self.ctx.recent_events:
            if joint and category in ("AGREE", "CONSULT") and src and tgt and src not in own and tgt not in own:
                event.pairs = [(ActorRef(src, -1), ActorRef(tgt, -2))]
                event.attribution = "context"
                return

    # ------------------------------------------------------------------ modality
    def _flags(self, anchor: Token) -> dict[str, Any]:
        """negated, future, alleged, denied and an intensity factor, read from the anchor's clause chain.
        A function of the anchor alone (the parse and the lexicon), so kept per anchor for the sentence
        (events of one cue are coded, and made acts, more than once); callers get a copy they may change."""
        held = self._flags_at.get(anchor.i)
        if held is None:
            held = self._flags_at[anchor.i] = self._read_flags(anchor)
        return {**held, "extra_cues": list(held["extra_cues"])}

    def _read_flags(self, anchor: Token) -> dict[str, Any]:
        mod = self.mod
        negators = mod.get("negators", frozenset())
        implicatives = mod.get("negative_implicatives", frozenset())
        intent = mod.get("intent_words", frozenset())
        future_aux = mod.get("future_auxiliaries", frozenset())
        allegation = mod.get("allegation_words", frozenset())
        hearsay = mod.get("hearsay_passives", frozenset())
        denial = mod.get("denial_verbs", frozenset())
        intensifiers = mod.get("intensifiers", frozenset())
        attenuators = mod.get("attenuators", frozenset())
        intensifying = mod.get("intensifying_verbs", frozenset())
        negated = False
        future = False
        alleged = False
        denied = False
        intensity = 1.0
        extra_cues: list[Token] = []

        deps, lemmas, kids = self.arrays.dep, self.arrays.lemma_lower, self.arrays.children

        def clause_markers(t: Token, own: bool) -> None:
            nonlocal negated, future, alleged, intensity
            # only these dependencies can set a marker below: Tokens for those children alone
            for child in (self.doc[c] for c in kids[t.i] if deps[c] in ("neg", "det", "aux", "advmod", "amod")):
                word = child.lower_
                if child.dep_ == "neg" or (child.dep_ == "det" and word in negators and own):
                    negated = not negated
                    extra_cues.append(child)
                elif child.dep_ == "advmod" and word in ("longer", "more") \
                        and any(g.dep_ in ("neg", "det") and g.lower_ == "no" for g in child.children):
                    negated = not negated  # "no longer recognises": a negation on the adverb
                    extra_cues.extend([*child.children, child])
                elif child.dep_ == "aux" and word in future_aux:
                    future = True
                elif word in allegation and (child.dep_ == "advmod" or (child.dep_ == "amod" and own)):
                    alleged = True
                elif child.dep_ == "advmod" and own:
                    if word in intensifiers:
                        intensity = INTENSIFIER_FACTOR
                    elif word in attenuators:
                        intensity = ATTENUATOR_FACTOR

        # the predicate whose clause carries the markers: a noun's governing verb
        t = anchor
        clause_markers(t, True)
        negator = self._negative_argument(anchor)
        if negator is not None:
            negated = not negated  # "Neither Kenya nor Somalia accepted", "Chile and Bolivia have no relations"
            extra_cues.append(negator)
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "attr", "nsubjpass", "pobj", "oprd") \
                and not self._appraised_fact(t):
            verb = t.head.head if (t.dep_ == "pobj" and t.head.pos_ == "ADP") else t.head
            if verb.pos_ in ("VERB", "AUX"):
                clause_markers(verb, False)
                lemma = verb.lemma_.lower()
                if lemma in implicatives:
                    negated = not negated
                if lemma in intent:
                    future = True
                particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
                if lemma in intensifying or f"{lemma} {particle}" in intensifying:
                    intensity = INTENSIFIER_FACTOR  # "stepped up its attacks", "intensified the shelling"
                t = verb
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ in future_aux for c in t.head.children):
            future = True  # "the withdrawal will begin in May" (its negation says nothing of the event)
        # up the chain of governing clauses
        via = t.dep_
        # [framing_talks] "agreed to send the protocol after talks with X": a temporal frame's event took
        # place on its own, whatever the intent or negation of the clause it frames
        framed = anchor.dep_ == "pobj" and anchor.head.lower_ in FRAME_TIME_PREPS and anchor.pos_ == "NOUN"
        contrast = False  # passed a subjectless "but" conjunct: a denial above does not cover it
        for _ in range(0 if framed else MAX_WALK):
            if t.head.i == t.i:
                break
            edge = t.dep_
            if edge == "relcl" and t.i == anchor.i and t.pos_ in ("VERB", "AUX"):
                break  # "restore the relations that Riyadh had severed": a relative clause states its own act
            prev, t = t, t.head
            lemma = t.lemma_.lower()
            if edge == "conj":
                via = "conj"
                if any(deps[c] == "cc" and self.arrays.lower[c] == "but" and t.i < c < prev.i for c in kids[t.i]) \
                        and not any(deps[c] in SUBJECT_DEPS for c in kids[prev.i]):
                    contrast = True  # "rejected the charge that it was a haven but promised to ...": asserted
                continue  # a coordinated clause shares the head's subject, not its modality
            if edge == "pcomp" and t.lower_ == "without" and via in ("pcomp", anchor.dep_):
                negated = not negated  # "accepted envoys without recognising their government"
                extra_cues.append(t)
            if edge == "pcomp" and t.lower_ == "of" and t.head.lower_ == "short" \
                    and t.head.head.lemma_.lower() in mod.get("short_of_verbs", frozenset()):
                negated = not negated  # "stopping short of recognising their government"
                extra_cues.extend([t.head.head, t.head, t])
            if edge in ("acl", "ccomp") and t.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in negators for c in t.children):
                negated = not negated  # "has given no sign that it will close the embassy", "no plans to"
                extra_cues.extend(c for c in t.children if c.dep_ == "det")
            if edge == "xcomp" and lemma == "be" and any(c.dep_ == "aux" and c.lower_ == "to" and t.i < c.i <= t.i + 2
                                                         for c in prev.children):
                future = True  # "the two sides were to withdraw": a planned act
            if edge == "xcomp" and lemma in ("have", "be") and any(c.dep_ == "advmod" and c.lower_ == "yet"
                                                                  for c in t.children):
                negated = not negated  # "Turkey has yet to open the border", "is yet to recognise": not done
                extra_cues.extend(c for c in t.children if c.dep_ == "advmod" and c.lower_ == "yet")
            if edge in ("xcomp", "acl") or (edge == "pobj" and via == "xcomp"):
                clause_markers(t, False)
                if lemma in implicatives:
                    negated = not negated
                    extra_cues.append(t)
                    if t.dep_ == "acomp" and any(c.dep_ == "neg" for c in t.head.children):
                        negated = not negated  # "was not reluctant to help": the copula's negation
                if lemma in intent:
                    future = True
            if lemma in allegation:
                alleged = True
            if lemma in hearsay and edge == "xcomp" and any(c.dep_ == "auxpass" for c in t.children):
                alleged = True
            if lemma in denial and edge in ("ccomp", "xcomp", "dobj", "pcomp") and not contrast:
                denied = True
            for child in kids[t.i]:
                if deps[child] in ("nsubj", "nsubjpass", "dobj", "attr") and lemmas[child] in allegation \
                        and child != anchor.i:
                    alleged = True
            via = edge
        return {"negated": negated, "future": future, "alleged": alleged, "denied": denied,
                "intensity": intensity, "extra_cues": extra_cues}

    def _negative_argument(self, anchor: Token) -> Token | None:
        """The negative determiner of an argument that denies the act: of the subject of the anchor's clause
        ("Neither Kenya nor Somalia accepted", "No state has recognised the government") or of a verb
        cue's object ("have no diplomatic relations", "sent no troops"). None when there is none."""
        verb = anchor
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("dobj", "attr", "nsubjpass", "pobj", "oprd"):
            verb = anchor.head.head if (anchor.dep_ == "pobj" and anchor.head.pos_ == "ADP") else anchor.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        for child in verb.children:
            if child.i == anchor.i:
                continue  # "no Saudi investment was announced": the cue's own determiner, read with the cue
            if child.dep_ in ("nsubj", "nsubjpass") or (child.dep_ == "dobj" and verb.i == anchor.i):
                for g in child.children:
                    if g.dep_ in ("det", "preconj") and g.lower_ in ("no", "neither") and g.i < child.i:
                        return g
        return None

    # ------------------------------------------------------------------ coding
    def _code(self, event: Event) -> list[dict[str, Any]]:
        lex = self.lex
        flags = self._flags(event.anchor)
        flags["alleged"] = flags["alleged"] or event.alleged
        if event.kept:
            flags["negated"] = False
        directed: list[tuple[ActorRef, ActorRef, bool]] = []
        for a, b in event.pairs:
            directed.append((a, b, True))
        distinct = _unique_ids(event.sources)
        reciprocal = (event.cue.category in RECIPROCAL_CATEGORIES
                      # "their visit": those who visit together do not consult each other
                      and event.cue.key not in self.mod.get("visit_nouns", ())
                      # "the United States and China welcomed the agreement": backing a thing together is
                      # no support for each other
                      and not (event.cue.category == "SUPPORT" and event.anchor.pos_ == "VERB"
                               and any(c.dep_ == "dobj" for c in event.anchor.children))
                      # "after a long wait for Turkish and Hungarian approval": givers named as the noun's
                      # modifiers give it together, not to each other
                      and not (event.cue.category == "SUPPORT" and event.anchor.pos_ == "NOUN"
                               and any(c.dep_ in ("amod", "poss", "compound") and c.i in self.actor_at
                                       for c in event.anchor.children))
                      or event.cue.key in self.mod.get("reciprocal_lemmas", ())
                      or _reciprocal_object(event.anchor)
                      # "the two sides stopped the fighting": a de-escalation by both, towards each other
                      or (event.cue.category == "RETREAT" and len(distinct) >= 2 and self._mutual_end(event)
                          and all(t.id in {s.id for s in distinct} for t in event.targets))
                      # "both sides had massed troops along their border": a pair subject acting with no
                      # other party acts towards each other (guidelines 6.2: "both countries" is symmetric)
                      or (not event.targets and len(distinct) == 2 and self._pair_subject(event.anchor)
                          and not self._joint_attitude(event)))
        if event.pairs and event.sources and event.cue.key in self.lex.mediation:
            # "X mediated between A and B": the third party towards each side, not A towards B
            directed = [(src, side, False) for src in _unique_ids(event.sources) for a, b in event.pairs
                        for side in (a, b) if src.id not in (a.id, b.id)] or directed
        parties = self._parties(distinct)
        # "Kenya and Uganda expressed support for Somalia": a joint act with a target of its own is towards
        # that target, not between the subjects
        own_ids = {r.id for r in distinct}
        aimed = event.attribution == "syntax" and any(
            t.id not in own_ids and 0 <= t.start and not self._role_phrase(self.doc[t.start]) for t in event.targets)
        if not directed and reciprocal and len(parties) >= 2 and not event.direct_object and not aimed:
            # "Afghanistan and Pakistan signed the accords, with X as guarantors": between the subjects
            # (three of a kind are every pair: "A and B, together with C, sponsored the talks" is A-B, A-C
            # and B-C; a longer or mixed list is the first with each of the others)
            if len(parties) == 3 and len({r.type for r in parties}) == 1:
                directed.extend((a, b, True) for n, a in enumerate(parties) for b in parties[n + 1:])
            else:
                directed.extend((parties[0], other, True) for other in parties[1:])
        if not directed:
            for s in event.sources:
                for t in event.targets:
                    if s.start != t.start:
                        directed.append((s, t, False))
        if not directed:
            self._one_sided(event)
            return []
        cue = event.cue
        if cue.category:
            coding = self._coding(event, flags)
            if coding is None:
                return []
            category, polarity, quad, score = coding.category, coding.polarity, coding.quad, coding.score
        else:
            category, polarity, quad, score = None, NEUTRAL, None, 0.0
            flags["negated"] = False
        cues = self._evidence(event, flags)
        trigger = cue.key if cue.kind != "label" else event.cue_tokens[0].lemma_.lower()
        if cue.key == "mixed":
            trigger = "/".join(t.lemma_.lower() for t in event.cue_tokens if t.lemma_.lower() in lex.states)
        out = []
        for source, target, symmetric in directed:
            if one_party(source.id, target.id) and not self._own_place(source, target):
                continue  # an actor does not stand towards itself (and a repeated name is one actor)
            if self._one_state(source.id, target.id, symmetric):
                continue  # "Putin and Rahmon open Russia's base": a leader is no party facing his own state
            t_category, t_polarity, t_quad, t_score = category, polarity, quad, score
            if target.start in event.opposed and polarity == "cooperative":
                opposed = code_stance(lex, OPPOSED_CATEGORY, lex.base_score(OPPOSED_CATEGORY),
                                      intensity=flags["intensity"])
                t_category, t_polarity, t_quad, t_score = (opposed.category, opposed.polarity, opposed.quad,
                                                           opposed.score)
            out.append({
                "source": source.id, "target": target.id, "symmetric": symmetric,
                "polarity": t_polarity, "score": t_score, "category": t_category, "quad": t_quad,
                "cues": cues, "negated": flags["negated"], "alleged": flags["alleged"],
                "denied": flags["denied"], "future": flags["future"], "trigger": trigger,
                "attribution": event.attribution,
            })
        if not out:  # every pair was one party ("Algerian farmers protested to the Algerian government")
            self._one_sided(event)
        return out

    def _joint_attitude(self, event: Event) -> bool:
        """'The two sides expressed concern over the situation', 'both countries condemned the attack': a
        pair's shared criticism of a thing (the cue has an object or an about/over/at phrase), not a stance
        towards each other."""
        if event.cue.category != "ACCUSE":
            return False
        return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("over", "about", "at", "on")
                   for c in event.anchor.children)

    def _pair_subject(self, anchor: Token) -> bool:
        """The anchor's clause has "both / the two" + a pair noun as its subject."""
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
        subjects = [*verb.children, *(g for a in verb.children if a.dep_ == "aux" for g in a.children)]
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PAIR_NOUNS
                   and any(g.lower_ in ("two", "both") for g in c.children) for c in subjects)

    def _mutual_end(self, event: Event) -> bool:
        """A RETREAT by two parties that is mutual: the end of fighting ("A and B halted the shelling", an
        ASSAULT act ended) or one by "the two sides" ("the two sides pulled back their troops"), not any joint
        withdrawal ("Australia and New Zealand withdrew their soldiers" left a third country)."""
        ended = event.cue.key.rsplit(" ", 1)[-1]
        if ended != event.cue.key and self.lex.nouns.get(ended, Cue("", "", "", 0.0)).category == "ASSAULT":
            return True
        verb = event.anchor if event.anchor.pos_ in ("VERB", "AUX") else event.anchor.head
        return any(c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in PAIR_NOUNS
                   and any(g.lower_ in ("two", "both") for g in c.children) for c in verb.children)

    def _own_place(self, source: ActorRef, target: ActorRef) -> bool:
        """CAMEO mode (places kept as actors): a state or its organ acting on a place inside itself
        ("Turkish authorities imposed a curfew in a town in southeastern Turkey") is a domestic event of
        that state, TUR -> TUR, not a self-stance."""
        return self._kept_place(target) and source.type != "location" and source.start != target.start

    def _kept_place(self, ref: ActorRef) -> bool:
        """A state named as a place that the linker keeps as an actor (CAMEO mode, locations="keep")."""
        kept = self.actor_at.get(ref.start)
        return ref.type == "location" and kept is not None and kept.type == "location"

    def _coding(self, event: Event, flags: dict[str, Any]) -> Any:
        """The event's category, polarity, quad and score after its flags (None: no event, as a negated
        conflict act)."""
        score = event.cue.score if event.score is None else event.score
        return code_stance(self.lex, event.cue.category, score, negated=flags["negated"], future=flags["future"],
                           denied=flags["denied"], intensity=flags["intensity"])

    def _evidence(self, event: Event, flags: dict[str, Any]) -> list[dict[str, Any]]:
        """The cue spans: the event's cue tokens and the modality words that changed its coding."""
        tokens = sorted({t.i: t for t in [*event.cue_tokens, *flags["extra_cues"]]}.values(), key=lambda t: t.i)
        return _cue_spans(tokens, self.ctx.text)

    def _one_sided(self, event: Event) -> None:
        """An event cue with only one named party ("the Taliban seized power", "three soldiers were killed"):
        kept as an act of its source, or, without a source, as an act undergone by its target. Relation and
        label cues, and parties inferred from the document's dyad, never make acts."""
        cue = event.cue
        if not cue.category or cue.kind not in ("verb", "noun") or event.attribution == "dyad" or event.pairs:
            return
        if event.anchor.pos_ not in ("VERB", "AUX") and event.anchor.dep_ not in ACT_NOUN_DEPS:
            return  # an event noun in a modifier or prepositional phrase ("with Soviet help") is a topic
        role = "source"
        parties = self._parties(_unique_ids(event.sources))
        if not parties:  # a place is where it happened, not who underwent it ("riots in Dili")
            role = "target"
            parties = self._parties(_unique_ids([t for t in event.targets if t.type != "location"]))
        if not parties:
            return
        flags = self._flags(event.anchor)
        if event.kept:
            flags["negated"] = False
        coding = self._coding(event, flags)
        if coding is None:
            return
        cues = self._evidence(event, flags)
        for ref in parties:
            self.acts.append({
                "source": ref.id if role == "source" else None, "target": ref.id if role == "target" else None,
                "polarity": coding.polarity, "score": coding.score, "category": coding.category,
                "quad": coding.quad, "cues": cues, "negated": flags["negated"], "alleged": flags["alleged"],
                "denied": flags["denied"], "future": flags["future"], "trigger": cue.key,
                "attribution": event.attribution,
            })

    def _parties(self, refs: list[ActorRef]) -> list[ActorRef]:
        """One actor per noun phrase: "the Soviet Foreign Minister, Eduard Shevardnadze" is one party (the
        person), not the Soviet Union and Shevardnadze acting on each other; coordinated phrases stay apart."""
        groups: dict[int, ActorRef] = {}
        for ref in refs:
            if not (self.sent.start <= ref.start < self.sent.end):
                groups[ref.start - 10_000 * len(groups)] = ref  # named before: a party of its own
                continue
            t = self.doc[ref.start]
            while t.dep_ in ("amod", "compound", "poss", "nmod", "flat", "appos") and t.head.i != t.i:
                if t.dep_ == "appos" and self._listed_not_apposed(t):
                    break  # "Argentina, Brazil and Uruguay signed": a list the parser read as an apposition
                t = t.head
            held = groups.get(t.i)
            if held is None or (ref.type == "person" and held.type != "person"):
                groups[t.i] = ref
        return list(groups.values())

    def _listed_not_apposed(self, appos: Token) -> bool:
        """An "apposition" of two different named states or organisations is a list ("Argentina, Brazil and
        Uruguay"): one state does not rename another. A person after a state or office stays an apposition."""
        a, b = self.actor_at.get(appos.i), self.actor_at.get(appos.head.i)
        return (a is not None and b is not None and a.id != b.id and a.type != "person" and b.type != "person"
                and a.type == b.type)

    def _denials(self, current: list[dict[str, Any]] = ()) -> list[dict[str, Any]]:
        """ "X denied these allegations": the earlier alleged stances of X, flagged denied (neutral).
        Also within one sentence: "A accused B of ..., a charge B rejected", "A blamed the attack on B, and B
        denied any role" (the accusations of this sentence; a denied involvement noun counts as the charge)."""
        out = []
        allegation_nouns = self.mod.get("allegation_nouns", frozenset())
        involvement = self.mod.get("involvement_nouns", frozenset())
        for tok in self.denial_verbs:
            accusations = self.ctx.prev_accusations
            objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in allegation_nouns]
            here = [s for s in current if s["category"] == "ACCUSE" and not s["denied"]]
            relative = tok.dep_ in ("relcl", "acl") and not any(
                c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children)
            if not objs and here and relative and tok.head.lemma_.lower() in allegation_nouns:
                objs = [tok.head]  # "a charge (that) New Delhi rejected": the relativised object
                accusations = here
            if not objs and relative and not here:
                # "..., a claim that X has denied": the claimant
                out.extend(self._rejected_author(tok))
            if not objs and here:
                # "... and Islamabad denied any role": involvement in what this sentence alleges
                objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in involvement]
                accusations = here
            if not objs and here and {a["target"] for a in here} & {r.id for r in self._subject(tok)[0]}:
                # "Riyadh accused Tehran of arming the Houthis, while Iran denied sending them weapons": the
                # accused denies an act (a clause or gerund) in the sentence that accuses it
                objs = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")
                        or (c.dep_ == "dobj" and c.tag_ == "VBG")]
                accusations = here
            reply = tok.lemma_.lower() in self.mod.get("reply_verbs", frozenset())
            if not objs and not here and not relative and not reply:
                out.extend(self._denied_success(tok) or self._denied_charge(tok))
            if not objs and reply:
                # a rebuttal: a reply whose content contradicts (a negation) rejects the previous accuser
                objs = [c for c in tok.children if c.dep_ == "ccomp"]
            if not objs:
                continue
            deniers = {r.id for r in self._subject(tok)[0]}
            # an act alleged by a named accuser is denied by rejecting the accuser (below), not recoded
            accused = {a["target"] for a in accusations if a["source"] not in deniers}
            for previous in (self.ctx.prev_alleged if accusations is not here and not reply else ()):
                if deniers and previous["source"] not in deniers and previous["target"] not in deniers:
                    continue
                if previous["source"] in accused and previous["source"] in deniers:
                    continue
                item = dict(previous)
                item.update({"polarity": NEUTRAL, "score": 0.0, "quad": None, "denied": True, "alleged": True,
                             "negated": False, "future": False, "cues": _cue_spans([tok, objs[0]], self.ctx.text),
                             "trigger": tok.lemma_.lower(), "attribution": "context"})
                out.append(item)
            # "India accused Pakistan ... Pakistan denied these accusations": rejecting the accuser
            for previous in accusations:
                if previous["target"] in deniers and previous["source"] not in deniers:
                    out.append(self._rejection(previous["target"], previous["source"], [tok, objs[0]], tok))
        return out

    def _rejection(self, source: str, target: str, cue_tokens: list[Token], trigger: Token) -> dict[str, Any]:
        """A REJECT stance found through the context (a denial answering an accusation or an attack)."""
        coding = code_stance(self.lex, "REJECT", self.lex.base_score("REJECT"))
        return {"source": source, "target": target, "symmetric": False, "polarity": coding.polarity,
                "score": coding.score, "category": coding.category, "quad": coding.quad,
                "cues": _cue_spans(cue_tokens, self.ctx.text), "negated": False, "alleged": False,
                "denied": False, "future": False, "trigger": trigger.lemma_.lower(), "attribution": "context"}

    def _denied_success(self, verb: Token) -> list[dict[str, Any]]:
        """ "Pakistan denied that any camp had been hit": a denial whose "that" clause is an agentless
        hostile act (a passive with no agent) denies the claim of whoever did the latest act of that kind in
        this sentence or the last three, when that was another actor: REJECT towards it (guidelines 6.2)."""
        deniers = self._parties(_unique_ids(self._subject(verb)[0]))
        if not deniers or self._flags(verb)["negated"]:
            return []
        own = {r.id for r in deniers}
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            if not any(c.dep_ == "nsubjpass" for c in clause.children) \
                    or any(c.dep_ == "agent" for c in clause.children):
                continue
            cue = self.lex.verbs.get(clause.lemma_.lower())
            if clause.lemma_.lower() in self.mod.get("damage_verbs", frozenset()):
                cue = Cue(clause.lemma_.lower(), "ASSAULT", "verb", 0.0)  # "had been hit": an attack's result
            if cue is None or self.lex.polarity(cue.category) != "conflictual":
                continue
            for _age, category, src, _tgt, _joint in [*self.seen_events, *self.ctx.recent_events]:
                if category != cue.category or not src or src in own \
                        or any(one_party(src, o) or one_party(o, src) for o in own):
                    continue
                return [self._rejection(d.id, src, [verb], verb) for d in deniers]
        return []

    def _denied_charge(self, verb: Token) -> list[dict[str, Any]]:
        """ "Turkish jets shot down a Russian bomber. Russia denied that the aircraft had crossed the border":
        a denial whose "that" clause names no actor answers the latest hostile act of another side against
        the denier, in this sentence or the one before: REJECT towards its author (guidelines 6.2, 6.3).
        Only when every actor of the sentence is on the denier's side."""
        deniers = self._parties(_unique_ids(self._subject(verb)[0]))
        if not deniers or self._flags(verb)["negated"]:
            return []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not clauses or any(t.i in self.actor_at for c in clauses for t in c.subtree):
            return []
        sides = {self._side(r) for r in deniers}
        if any(self._side(r) not in sides for i, r in self.actor_at.items()
               if self.sent.start <= i < self.sent.end):
            return []
        recent = [e for e in self.ctx.recent_events if e[0] == 0]
        for _age, category, src, tgt, joint in [*self.seen_events, *recent]:
            if joint or not src or not tgt or self.lex.polarity(category) != "conflictual":
                continue
            if self._side(ActorRef(tgt, -1, None)) not in sides or self._side(ActorRef(src, -1, None)) in sides:
                continue
            return [self._rejection(d.id, src, [verb], verb) for d in deniers if not one_party(d.id, src)]
        return []

    def _relativised_author(self, verb: Token, own: set[str]) -> list[ActorRef]:
        """The author of what a relative clause's verb relativises: "India said its jet downed an F-16, a
        claim that Pakistan has denied" (a claim: the subject of the reporting verb it hangs on); "quarrels
        over Soviet proposals for joint bases, which Mao rejected" (an event or offer noun: its possessor or
        demonym, also when the clause hangs on the noun's prepositional object). Not the verb's own subject."""
        if verb.dep_ not in ("relcl", "acl") or any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS
                                                     for c in verb.children):
            return []
        noun = verb.head
        authors: list[ActorRef] = []
        for _ in range(2):
            lemma = noun.lemma_.lower()
            if noun.pos_ != "NOUN":
                break
            if lemma in self.mod.get("allegation_nouns", frozenset()):
                head = noun.head
                for _ in range(MAX_WALK):
                    if head.pos_ == "VERB" and head.lemma_.lower() in self.mod.get("speech_verbs", ()):
                        authors = self._own_subject(head)
                        break
                    if head.head.i == head.i:
                        break
                    head = head.head
                break
            cue = self.lex.nouns.get(lemma)
            if (cue is not None and cue.category) or lemma in self.mod.get("offer_nouns", ()):
                authors = [r for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                           for r in self._np_actors(c)]
                if authors:
                    break
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                break
            noun = noun.head.head  # "proposals for joint facilities, which ...": the noun above
        return [r for r in _unique_ids(authors) if r.id not in own]

    def _relative_rejection(self, event: Event) -> None:
        """ "Soviet proposals for joint bases, which Mao rejected", "the Turkish offer, which Greece turned
        down": a rejection in a relative clause with no object of its own is aimed at the author of what it
        relativises (_relativised_author)."""
        if event.targets or event.pairs or not event.sources or event.cue.category != "REJECT" \
                or event.anchor.pos_ != "VERB":
            return
        authors = self._relativised_author(event.anchor, {r.id for r in event.sources})
        if authors:
            event.targets = authors

    def _rejected_author(self, verb: Token) -> list[dict[str, Any]]:
        """A denial verb (no cue of its own) in a relative clause: REJECT towards the relativised claim's
        author ("a claim that Pakistan has denied")."""
        deniers = self._parties(_unique_ids(self._subject(verb)[0]))
        authors = self._relativised_author(verb, {r.id for r in deniers}) if deniers else []
        flags = self._flags(verb)
        if not authors or flags["negated"]:
            return []
        coding = code_stance(self.lex, "REJECT", self.lex.base_score("REJECT"))
        return [{"source": d.id, "target": a.id, "symmetric": False, "polarity": coding.polarity,
                 "score": coding.score, "category": coding.category, "quad": coding.quad,
                 "cues": _cue_spans([verb], self.ctx.text), "negated": False, "alleged": False,
                 "denied": False, "future": False, "trigger": verb.lemma_.lower(), "attribution": "syntax"}
                for d in deniers for a in authors if not one_party(d.id, a.id)
                and not self._one_state(d.id, a.id, False)]

    def _update_context(self, sent_actors: list[ActorRef], stances: list[dict[str, Any]]) -> None:
        ctx = self.ctx
        states = []
        for ref in sent_actors:
            if ref.type == "state" and ref.id not in {s.id for s in states}:
                states.append(ref)
        ctx.prev_states = states
        ctx.prev_pair = self.pair_here
        subject = None
        person = None
        root = self.sent.root
        subjects: list[ActorRef] = []
        for child in root.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                refs = self._np_actors(child)
                if refs:
                    subject = refs[0]
                    subjects = self._parties(_unique_ids(refs))
                    person = next((r for r in refs if r.type == "person"), None)
        if person is None:
            person = next((r for r in reversed(sent_actors) if r.type == "person"), None)
        if person is not None or sent_actors:
            ctx.prev_person = person
        if subject is None and sent_actors:
            subject = ctx.prev_subject if root.lemma_ == "be" else sent_actors[0]
        ctx.prev_subject = subject or ctx.prev_subject
        ctx.prev_subjects = subjects if len(subjects) >= 2 else ([subject] if subject else ctx.prev_subjects)
        # a claimed act names its author: "a bomber attacked the embassy. ISKP claimed responsibility."
        seen = list(self.seen_events)
        ctx.dyad_events = list(self.dyad_events)
        ctx.recent_events = (seen + [(age + 1, *rest) for age, *rest in ctx.recent_events if age + 1 < 3])[:12]
        ctx.described = ([(0, lemma, owners) for lemma, owners in self.described]
                         + [(age + 1, lemma, owners) for age, lemma, owners in ctx.described
                            if age + 1 < DESCRIBED_REACH])
        ctx.prev_accusations = [s for s in stances if s["category"] == "ACCUSE" and not s["denied"]]
        ctx.prev_dyads = [(s["source"], s["target"], bool(s["symmetric"])) for s in stances]
        alleged = [s for s in stances if s["alleged"] and not s["denied"]]
        if alleged:
            ctx.prev_alleged, ctx.alleged_age = alleged, 0
        else:
            ctx.alleged_age += 1
            if ctx.alleged_age > 2:  # "these allegations" looks back two sentences at most
                ctx.prev_alleged = []


_RELEVANT: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _anaphoric_places(lex: Lexicon, doc: Doc, sentences: list[Span], place_at: dict[int, ActorRef]) -> None:
    """ "the situation in Afghanistan changed and the Taliban took control of part of the country": a bare
    definite place noun ("the country", [places].anaphoric_nouns) stands for the state last named as a
    location before it, in its own sentence or the one before (guidelines 6.3: a place named as a location
    referred to again). Added to ``place_at``, so only the place rules read it."""
    if not lex.anaphoric_places or not place_at:
        return
    prev_start = 0
    lowers = token_arrays(doc).lower
    for sent in sentences:
        for i in range(sent.start, sent.end):
            if lowers[i] not in lex.anaphoric_places or i in place_at:
                continue
            tok = doc[i]
            if [c.lower_ for c in tok.children] != ["the"] or tok.dep_ in ("compound", "poss"):
                continue  # "the whole country", "the country's", "a country": no plain reference
            last = next((place_at[i] for i in range(tok.i - 1, prev_start - 1, -1) if i in place_at), None)
            if last is not None:
                place_at[tok.i] = ActorRef(last.id, tok.i, "location")
        prev_start = sent.start


def _relevant_lemmas(lex: Lexicon) -> frozenset[str]:
    """Every lemma some branch of ``_SentenceCoder._lookup`` reacts to (cached per lexicon object)."""
    held = _RELEVANT.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    mod = lex.modality
    words: set[str] = {"be"}
    for name in ("denial_verbs", "reply_verbs", "listing_nouns", "responsibility_verbs", "aid_goods_nouns"):
        words |= set(mod.get(name, ()))
    for table in (lex.role_nouns, lex.labelling_verbs, lex.attendance_heads, lex.hyphen_tails,
                  lex.multiword_heads, lex.object_cue_verbs, lex.polar_relation_nouns, lex.relation_nouns,
                  lex.reversal, lex.verbs, lex.nouns):
        words |= set(table)
    relevant = frozenset(words)
    _RELEVANT[id(lex)] = (lex, relevant)
    return relevant


def _cue_spans(tokens: list[Token], text: str) -> list[dict[str, Any]]:
    """Adjacent tokens merge into one cue span ("co-operate", "open fire")."""
    spans: list[list[Token]] = []
    for tok in tokens:
        if spans and tok.i == spans[-1][-1].i + 1:
            spans[-1].append(tok)
        else:
            spans.append([tok])
    out = []
    for group in spans:
        start = group[0].idx
        end = group[-1].idx + len(group[-1].text)
        out.append({"text": text[start:end], "start": start, "end": end})
    return out


def _is_reciprocal_pronoun(tok: Token) -> bool:
    """ "each other", "one another" (the token is the pronoun's head word)."""
    doc = tok.doc
    word = tok.lower_
    if word == "other":
        return tok.i > 0 and doc[tok.i - 1].lower_ == "each"
    if word == "one":
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "another"
    if word == "another":
        return tok.i > 0 and doc[tok.i - 1].lower_ == "one"
    return False


def _reciprocal_object(verb: Token) -> bool:
    """ "A and B blamed each other", "accused one another", "fought with each other": the verb's object is
    a reciprocal pronoun, so the coordinated subjects act on each other (a symmetric stance between them)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and _is_reciprocal_pronoun(child):
            return True
        if child.dep_ == "prep" and any(p.dep_ == "pobj" and _is_reciprocal_pronoun(p) for p in child.children):
            return True
    return False


COMITATIVE_WORDS = frozenset({"along", "alongside", "like", "with"})  # the only words _comitative accepts


SETTING_WORDS = frozenset({"in", "under", "at", "during", "on", "before"})  # the only words _setting_phrase accepts


def _comitative(prep: Token, head: Token) -> bool:
    """A phrase joining actors to the subject: "together with X", "along with X", "alongside X", "like X"."""
    word = prep.lower_
    if word == "along" and any(c.dep_ == "prep" and c.lower_ == "with" for c in prep.children):
        return True  # "along with X" parsed as "along" holding the "with" phrase
    if word in ("with", "under") and any(_backing_phrase(p) for p in prep.children):
        return True  # "declared independence with the support of the United States": backers, not targets
    return word in ("alongside", "like") or (word == "with" and any(
        c.lower_ in ("together", "along", "jointly") for c in [*prep.children, *head.children]
        if c.dep_ == "advmod" and c.i < prep.i))


POLITY_NOUNS = frozenset({"kingdom", "sultanate", "emirate", "principality"})


@lru_cache(maxsize=None)
def _polities(word: str) -> frozenset[str]:
    """The ISO alpha-3 codes of the states whose name or official name contains ``word`` ("kingdom":
    SAU, BHR, GBR, MAR, JOR ...; "emirate": ARE)."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries
                     if any(word in (getattr(c, a, "") or "").lower() for a in ("name", "official_name")))


SPEAKING_ORGANS = frozenset({"ministry", "spokesman", "embassy"})  # [role_anaphora] groups that speak for a state
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ourselves"})
AUTHOR_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué", "remarks", "speech", "address",
                          "letter", "note", "press"})


def _document_authors(title: Span, actor_at: dict[int, ActorRef], country_of: dict[str, str]) -> list[ActorRef]:
    """The authors a document's first line names: "Statement by the Ministry of Foreign Affairs of Japan",
    "Joint statement of the Governments of Indonesia and Malaysia", "Remarks by President X" (a person's
    state): the actors in the "by"/"of"/"from" phrase (or possessor) of an author noun. None otherwise."""
    out: dict[str, ActorRef] = {}
    for noun in title:
        if noun.lemma_.lower() not in AUTHOR_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        phrases = [c for c in noun.children if c.dep_ == "poss"]
        phrases += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "of", "from")
                    for p in c.children if p.dep_ == "pobj"]
        for phrase in phrases:
            for t in phrase.subtree:
                ref = actor_at.get(t.i)
                if ref is not None and ref.type != "location":
                    state = country_of.get(ref.id)
                    ref = ActorRef(state, ref.start, "state") if state else ref
                    out.setdefault(ref.id, ref)
        if out:
            break
    return list(out.values())


BACKING_NOUNS = frozenset({"support", "backing", "help", "assistance", "blessing", "approval", "consent", "aid"})


def _backing_phrase(noun: Token) -> bool:
    """ "with the support of X", "with Russia's backing", "under pressure from X": a backing (or pressure)
    noun in a "with" ("under") phrase that names its giver (possessor, "of"/"from"); not the thing given
    ("provide Afghanistan with assistance")."""
    word, lemma = noun.head.lower_, noun.lemma_.lower()
    return noun.dep_ == "pobj" and ((word == "with" and lemma in BACKING_NOUNS) or (word == "under" and lemma in PRESSURE_NOUNS)) \
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from"))
                or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"))  # "with American approval"
                for c in noun.children)


PRESSURE_NOUNS = frozenset({"pressure", "threat", "duress"})


def _unique_ids(refs: list[ActorRef]) -> list[ActorRef]:
    seen: dict[str, ActorRef] = {}
    for r in refs:
        seen.setdefault(r.id, r)
    return list(seen.values())


# sectors of a person who acts for the state (an opposition leader "OPP" faces it: "Navalny criticised Moscow")
STATE_SIDE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _names_other_party(event: Event) -> bool:
    """The cue names its other party, though not as an actor: "an offensive against Tskhinvali", "shelled
    Tskhinvali" (an unregistered town): the target is that place, not the document dyad's other side."""
    for tok in {event.anchor, *event.cue_tokens}:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "against" \
                    and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in child.children):
                return True
            if child.dep_ == "dobj" and child.pos_ == "PROPN" and tok.pos_ == "VERB":
                return True
    return False


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen: dict[int, ActorRef] = {}
    for r in refs:
        seen.setdefault(r.start, r)
    return list(seen.values())


def _dedupe(stances: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One stance per (source, target, category, polarity, denied); order by first cue, then ids."""
    best: dict[tuple, dict[str, Any]] = {}
    for s in stances:
        key = (s["source"], s["target"], s["category"], s["polarity"], s["denied"])
        if key not in best:
            best[key] = s
    return sorted(best.values(), key=lambda s: (s["cues"][0]["start"] if s["cues"] else -1, s["source"],
                                                 s["target"], s["category"] or ""))


def _dedupe_acts(acts: list[dict[str, Any]], stances: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One act per (party, role, category); none for a party that already has a stance on the same cue."""
    covered = {(s[role], s["cues"][0]["start"] if s["cues"] else -1) for s in stances for role in ("source", "target")}
    best: dict[tuple, dict[str, Any]] = {}
    for a in acts:
        party = a["source"] or a["target"]
        if (party, a["cues"][0]["start"] if a["cues"] else -1) in covered:
            continue
        best.setdefault((a["source"], a["target"], a["category"], a["denied"]), a)
    return sorted(best.values(), key=lambda a: (a["cues"][0]["start"] if a["cues"] else -1, a["source"] or "",
                                                 a["target"] or "", a["category"] or ""))


def model_stances(model: StanceModel, coder: _SentenceCoder, pairs: list[Candidate],
                  coded: set[frozenset[str]]) -> list[dict[str, Any]]:
    """Stances the learned model finds between candidate pairs the rules left uncoded (attribution "model"),
    at most ``model.max_per_sentence`` of them.

    The cue is the word that links the two actors (the first lexicon cue on their dependency path, else
    their lowest common ancestor); its clause gives the flags, as for the rules' cues.
    """
    lex = coder.lex
    out = []
    scored = []
    for cand in pairs:
        if frozenset((cand.a, cand.b)) in coded:
            continue
        label, p_stance, direction = model.predict(cand.features, model.threshold)
        scored.append((p_stance, (cand, label, p_stance, direction)))
    # at most the model's max_per_sentence pairs, the most confident (a sentence rarely holds two stances the
    # rules missed, and the second pair of a sentence is mostly a wrong one)
    for cand, label, p_stance, direction in model.keep(scored):
        source, target = (cand.b, cand.a) if direction == "backward" else (cand.a, cand.b)
        anchor = _linking_token(lex, cand)
        flags = coder._flags(anchor)
        if label == RELATION:
            category, polarity, quad, score = None, NEUTRAL, None, 0.0
        else:
            category, polarity, quad = label, lex.polarity(label), lex.quad(label)
            score = 0.0 if flags["denied"] else lex.base_score(label)
        out.append({
            "source": source, "target": target, "symmetric": direction == "symmetric",
            "polarity": NEUTRAL if flags["denied"] else polarity, "score": score, "category": category,
            "quad": None if flags["denied"] else quad, "cues": _cue_spans([anchor], coder.ctx.text),
            "negated": flags["negated"], "alleged": flags["alleged"], "denied": flags["denied"],
            "future": flags["future"], "trigger": anchor.lemma_.lower(), "attribution": "model",
            "confidence": round(p_stance, 3),
            "evidence": [name for name, _ in model.category.contributions(cand.features, label, 4)],
        })
    return out


def _spans_by_sentence(sentences: list[Span], spans: list[Span]) -> list[list[Span]]:
    """The spans lying wholly inside each sentence, in their order in ``spans`` (``sentences`` in text order,
    without gaps or overlaps): one pass instead of a scan of every span per sentence."""
    starts = [sent.start for sent in sentences]
    out: list[list[Span]] = [[] for _ in sentences]
    for span in spans:
        k = bisect_right(starts, span.start) - 1
        if k >= 0 and span.end <= sentences[k].end:
            out[k].append(span)
    return out


def _linking_token(lex: Lexicon, cand: Candidate) -> Token:
    if cand.b_head is None:
        return cand.a_head.head
    up, lca, down = dependency_path(cand.a_head, cand.b_head)
    for tok in [lca, *up[1:], *down[1:]]:
        if tok.pos_ in ("VERB", "NOUN") and (tok.lemma_.lower() in lex.verbs or tok.lemma_.lower() in lex.nouns):
            return tok
    if lca.i in (cand.a_head.i, cand.b_head.i):  # "A and B share ...": one mention governs the other
        return next((t for t in lca.ancestors if t.pos_ in ("VERB", "AUX")), lca)
    return lca


@Language.factory("afru_stance", default_config={"lexicon_path": None, "model_path": None, "use_model": True})
def make_stance_component(nlp: Language, name: str, lexicon_path: str | None = None, model_path: str | None = None,
                          use_model: bool = True) -> StanceComponent:
    return StanceComponent(nlp, name, lexicon_path, model_path, use_model)


def _free_relative_children(token: Token) -> list[Token]:
    """ "bombed what India described as a camp in Pakistan's X province", "shelled what Kyiv called a depot
    near Y": an object given as a free relative ("what" + a verb of saying or naming, parsed as a clausal
    complement) is the thing acted on, so the naming verb's phrases count as the act's own (no extra step
    for the place walk of _place_target)."""
    return [g for c in token.children if c.dep_ == "ccomp"
            and any(w.lower_ == "what" and w.dep_ in ("dobj", "oprd") and w.i < c.i for w in c.children)
            for n in c.children if n.dep_ in ("prep", "oprd") or (n.dep_ == "dobj" and n.lower_ != "what")
            for g in [n, *(p for p in n.children if n.dep_ != "prep" and p.dep_ == "prep")]]
