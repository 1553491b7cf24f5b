"""afru_actors: links mentions of political actors to canonical ids of the actor registry.

Mentions come from a PhraseMatcher over every registered surface (names, acronyms, demonyms, capitals and
seat-of-government metonyms; matched on LOWER, then filtered by the registry's case rule) and from the NER
(PERSON, ORG; GPE and NORP only when the registry knows them). Each mention is then judged in context with
the dependency parse (rules in resources/actors/linking.json, policy in docs/actors.md):

- a state name or capital that only locates ("in Kabul", "the situation in Afghanistan", "from
  Afghanistan" after a withdrawal) is a location and is dropped;
- a demonym is an actor when it stands for the state or its agents ("Soviet troops", "Russian officials",
  "the Soviet invasion"), not when it describes a population or a thing ("Afghan refugees are...",
  "Afghan territory") unless that population acts;
- "the two countries", "the country", "the movement" ... take the id(s) they refer to when the sentence or
  the one before leaves one choice;
- ids are date-aware: the sentence's ``sent._.afru_time`` (from afru_dates) picks SUN or RUS, the
  Taliban's role, the office of a person.

Writes ``doc.spans["afru_actors"]`` with ``span._.afru_actor`` = {id, name, type, country, sector, role,
link}; ``link`` says how the mention was linked (registry, demonym, metonym, ner-fallback, coreference).
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from afru_nlp.components.token_arrays import sentences, token_arrays
from afru_nlp.extensions import ACTORS_KEY, register_extensions
from afru_nlp.registry import Registry, Resolution, load_registry, normalise, slug

LOCATIONS_KEY = "afru_actor_locations"
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})  # NER labels of places the gazetteer may resolve
MISREAD_PLACE_LABELS = frozenset({"ORG", "NORP", "PERSON"})  # ... and labels it gives cities in a place's slot
FIELDS = ("id", "name", "type", "country", "sector", "role", "link")
TITLE_WORDS = frozenset({"president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "general",
                         "minister", "prime", "foreign", "secretary", "mullah", "sheikh", "king", "queen",
                         "prince", "ambassador", "envoy", "chancellor", "premier", "sir", "lord", "senator",
                         "commander", "colonel", "col.", "lt.", "captain", "the", "former", "new", "leader",
                         "archbishop", "bishop", "pope", "ayatollah", "emir", "sultan", "sen.", "rep.",
                         "ousted", "late", "acting", "interim", "vice", "deputy", "crown", "emperor", "empress", "marshal",
                         "field", "tsar", "czar", "chairman", "chairwoman", "governor", "mayor", "admiral"})
NON_ORG_HEADS = frozenset({"line", "river", "darya", "valley", "pass", "tunnel", "mountains", "treaty", "accords",
                           "accord", "agreement", "convention", "protocol", "declaration", "strip", "province",
                           "region", "district", "highway", "road", "bridge", "dam", "airport", "palace", "square",
                           "nations", "network", "division", "corridor", "plan", "doctrine", "initiative", "format",
                           "process", "talks", "conference", "summit", "war", "operation", "island", "islands",
                           "sea", "ocean", "gulf", "desert", "basin", "plateau", "canal", "border", "frontier"})
PLACE_OBJECT_VERBS = frozenset({"take", "capture", "seize", "enter", "reach", "lose", "leave", "storm", "overrun",
                                "retake", "recapture", "encircle", "besiege", "surround", "occupy", "abandon",
                                "evacuate", "cross", "quit", "flee"})
# verbs of armed attack whose object a city may be ("shelled Kharkiv"): a place's slot for the gazetteer
STRIKE_VERBS = frozenset({"shell", "bomb", "bombard", "attack", "strike", "raid", "blockade", "besiege", "target"})
# verbs after which "for X" is a destination ("left for Moscow")
DEPARTURE_VERBS = frozenset({"leave", "depart", "head", "sail", "fly", "set", "embark", "bound"})
LEAVE_VERBS = frozenset({"leave", "flee", "enter", "return", "visit", "tour", "cross", "quit"})
GOVERNMENT_NOUNS = frozenset({"government", "regime"})
# titles of people who serve a leader ("Foreign Minister X"): no "leader" of a pair
SUBORDINATE_TITLES = frozenset({"deputy", "vice", "ambassador", "envoy", "secretary", "spokesman", "spokeswoman"})
# "the two prime ministers": words before "ministers" that make a pair of office holders
PAIR_OFFICE_WORDS = frozenset({"prime", "foreign"})
# the registry offices (lower case) a pair noun means ("the two leaders" after their names, far back)
PAIR_OFFICES = {
    "leaders": frozenset({"president", "prime minister", "premier", "chancellor", "king", "emir", "sultan",
                          "head of state", "leader", "supreme leader", "chairman of the council of ministers"}),
    "presidents": frozenset({"president"}),
    "premiers": frozenset({"prime minister", "premier", "chairman of the council of ministers"}),
    "prime ministers": frozenset({"prime minister", "premier"}),
    "foreign ministers": frozenset({"minister of foreign affairs", "secretary of state"}),
}
# what a leader heads that stands for the state ("the administration of President X", "X's cabinet")
LEADER_GOVERNMENT_NOUNS = GOVERNMENT_NOUNS | {"administration", "cabinet"}
STATE_NOUNS = frozenset({"countries", "states", "nations", "country", "state", "nation"})
GENERIC_ORG_WORDS = frozenset({"state", "defence", "defense", "interior", "finance", "justice", "treasury",
                               "commerce", "foreign", "home", "health", "education", "labour", "labor", "trade"})
_ALPHA = re.compile(r"[A-Za-z]")
# organs of a state named by their field ("the Foreign Ministry", "the Ministry of Foreign Affairs")
ORGAN_NOUNS = frozenset({"ministry", "ministries", "department", "office", "secretariat"})
ORGAN_FIELDS = frozenset({"affairs", "external", "internal", "economy", "economic", "energy", "industry",
                          "agriculture", "information", "culture", "transport", "security", "national",
                          "public", "relations", "development", "planning", "emergency", "emergencies"})
STATE_TYPES = frozenset({"state", "government"})
# a state's neighbours as a collective party ("the foreign ministers of Afghanistan's neighbours")
NEIGHBOUR_NOUNS = frozenset({"neighbours", "neighbors"})
# singular nouns after "neither" that refer to a pair of states ("Neither government ...")
NEITHER_NOUNS = frozenset({"government", "country", "state", "side", "capital"})
# "the country", "their new government", "the same movement": see ActorsComponent._anaphora_matches
ANAPHORA_DETERMINERS = frozenset({"the", "their", "its"})
ANAPHORA_ADJECTIVES = frozenset({"new", "interim", "transitional", "same"})
# titles of state office: in CAMEO mode an unknown person so titled takes the sentence's only state
STATE_TITLES = frozenset({"president", "premier", "minister", "chancellor", "king", "queen", "emir", "sultan",
                          "dictator", "governor", "vice-president", "judge", "leader", "candidate"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# CAMEO mode: group heads that take the sector of a modifier noun ("opposition parties" → OPP)
GROUP_HEADS = frozenset({"parties", "groups", "leaders", "members", "supporters", "factions", "figures",
                         "politicians", "movements", "commanders", "forces"})
SECTOR_MODIFIERS = {"opposition": "OPP", "rebel": "REB", "guerrilla": "REB", "guerilla": "REB",
                    "insurgent": "REB", "militant": "REB", "separatist": "REB"}
ORG_TYPES = frozenset({"igo", "organisation", "ngo"})
# nouns that describe a name in apposition as an organisation ("Rosatom, Russia's state nuclear corporation")
ORG_APPOS_NOUNS = frozenset({"company", "corporation", "firm", "conglomerate", "agency", "organisation",
                             "organization", "group", "movement", "party", "militia", "bank", "operator", "giant",
                             "producer", "broadcaster", "network", "consortium", "monopoly", "contractor",
                             "alliance", "coalition", "union", "federation", "association", "charity"})
# heads that make a vague collective only under a rebel, separatist or opposition modifier ("separatist authorities")
LED_HEADS = frozenset({"authorities", "leaders", "leadership", "officials", "commanders", "administration"})
# heads of the names of polities ("Donetsk People's Republic"): unregistered ones are breakaway states
POLITY_HEADS = frozenset({"republic", "emirate", "caliphate", "kingdom", "sultanate", "khanate", "principality"})
# words of a polity's form, not its place ("the People's Republic" alone names no polity of its own)
POLITY_WORDS = frozenset({"people", "peoples", "democratic", "islamic", "socialist", "federal", "popular", "arab",
                          "united", "national", "revolutionary", "of", "the", "new", "first", "second"})
# last words of the names of movements that stand apart from their state, even when the name opens with a demonym
MOVEMENT_HEADS = frozenset({"front", "movement", "alliance", "brotherhood", "coalition", "church"})
# a state possessing one of these only says where it is from ("India's ruling Bharatiya Janata Party")
PARTY_HEADS = MOVEMENT_HEADS | {"party", "league"}
# last words of organisations' names, which the NER sometimes reads as people
ORG_NAME_HEADS = frozenset({"front", "party", "movement", "army", "union", "council", "organisation", "organization",
                            "alliance", "congress", "league", "brotherhood", "authority", "committee", "commission",
                            "forces", "coalition", "federation", "association", "agency", "institute", "foundation"})
# first words of places named after saints, which the NER may read as people ("St Petersburg")
SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste.", "san", "santa", "santo", "sao", "são"})
# titles after which a lone unknown name is a person ("Foreign Minister Jaishankar")
PERSON_TITLES = frozenset({"president", "minister", "premier", "chancellor", "general", "gen", "king", "queen",
                           "prince", "senator", "sen", "ambassador", "envoy", "commander", "colonel", "col", "mr",
                           "mrs", "ms", "dr", "sheikh", "mullah", "emir", "sultan", "ayatollah", "secretary",
                           "spokesman", "spokeswoman", "governor", "marshal", "admiral", "mayor", "judge",
                           "chairman", "chairwoman", "emperor", "empress", "tsar", "czar", "pope"})
# courtesy titles before a family name ("Mr Wang" after "Wang Yi")
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "madame", "mme", "monsieur", "herr", "frau"})

# articles that open a family name ("al-Assad", "de Gaulle", "bin Salman" with NAME_PARTICLES)
SURNAME_ARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "ul", "de", "la", "le", "du", "da", "di", "dos",
                              "das", "van", "von"})
# name parts that are no surname on their own ("Ahmad Shah Massoud" is not "Shah")
NAME_PARTICLES = frozenset({"shah", "khan", "mohammad", "muhammad", "mohammed", "muhammed", "ahmad", "ahmed",
                            "abdul", "abd", "bin", "ibn", "bint", "abu", "din", "uddin", "allah", "ullah", "van",
                            "von", "der", "den", "del", "della", "les", "jr", "sr", "junior", "senior", "ii", "iii"})  # what a titled person may speak for (affiliation)


def load_rules() -> dict[str, Any]:
    """The linking lexicons (resources/actors/linking.json)."""
    text = (resources.files("afru_nlp") / "resources" / "actors" / "linking.json").read_text(encoding="utf-8")
    return json.loads(text)


def fallback_actor(name: str, person: bool = False, country: str | None = None,
                   sector: str | None = None) -> dict[str, Any]:
    """The actor of a name or collective the registry does not hold: ``PER-{slug}`` or ``ORG-{slug}``
    (guidelines 5.1 fallback ids), linked as ``ner-fallback``."""
    return {"id": f"{'PER' if person else 'ORG'}-{slug(name)}", "name": name,
            "type": "person" if person else "organisation", "country": country, "sector": sector, "role": None,
            "link": "ner-fallback"}


@dataclass
class Mention:
    start: int          # token offsets
    end: int
    kind: str           # surface kind: name, abbrev, metonym, demonym, plural, ner
    label: str = ""     # NER label for ner mentions
    actor: dict[str, Any] | None = None
    location: bool = False
    left: int | None = None   # a qualifying demonym merged into this mention ("Afghan Taliban")
    key_start: int | None = None  # where the registered surface starts when the span drops its "the"
    place_only: bool = False  # a demonym naming a place of its state ("Iraqi towns"): a location, no referent
    polity: bool = False  # an unregistered polity's name ("Donetsk People's Republic"): no country from inside
    partnered: bool = False  # a crowd or population: an actor only beside another party of its sentence
    person: tuple[int, int, dict[str, Any]] | None = None  # the leader named in "X's government" (span, actor)


class ActorsComponent:
    """The afru_actors pipe: registry patterns + NER, judged in context, resolved by date."""

    def __init__(self, nlp: Language, name: str, registry: Registry | None = None,
                 rules: dict[str, Any] | None = None, populations: str = "agents", locations: str = "drop"):
        register_extensions()
        self.name = name
        if populations not in ("agents", "participants"):
            raise ValueError(f"afru_actors: populations must be 'agents' or 'participants', not {populations!r}")
        # "agents" (the annotation guidelines): a population is an actor only when it acts;
        # "participants" (CAMEO/PLOVER practice): also when it is the target of an act ("killed 46 Afghan civilians")
        self.populations = populations
        if locations not in ("drop", "keep"):
            raise ValueError(f"afru_actors: locations must be 'drop' or 'keep', not {locations!r}")
        # "drop" (the guidelines): "in Kabul" is no actor; "keep" (CAMEO/PLOVER practice): a state named as
        # the place of an event is coded as its target
        self.locations = locations
        self.vocab = nlp.vocab
        self.registry = registry or load_registry()
        self.rules = rules or load_rules()
        self._compile(nlp)

    # -- set-up -----------------------------------------------------------------------------------
    def _compile(self, nlp: Language) -> None:
        rules = self.rules
        self._places = None  # the gazetteer, loaded on first use
        self._stop_names = frozenset(rules.get("gazetteer_common_words", []) + rules.get("gazetteer_not_cities", [])) \
            | nlp.Defaults.stop_words
        words = _english_words(nlp)
        if words[0] or not hasattr(self, "_words"):  # a rebuild from disk keeps the model's word lists
            self._words, self._word_rules = words
        self.sector_of: dict[str, str] = {w: sector for sector, words in rules["sector_nouns"].items() for w in words}
        self.bare_groups: dict[str, str] = {
            w: sector for sector, words in rules.get("bare_group_nouns", {}).items() for w in words}
        self.population_of: dict[str, str] = {w: s for s, words in rules["population_nouns"].items() for w in words}
        # nationals, citizens, workers...: the state's people as a party also when acted on
        self.party_populations = frozenset(rules.get("party_population_nouns", []))
        self.patient_events = frozenset(rules.get("patient_event_nouns", []))
        self.vehicle_nouns = frozenset(rules.get("vehicle_nouns", []))
        self.domestic_org_heads = frozenset(rules.get("domestic_org_heads", []))
        breakaway = rules.get("breakaway_regions", {})
        self.region_nouns = frozenset(breakaway.get("nouns", []))
        self.region_modifiers = frozenset(breakaway.get("modifiers", []))
        self.region_appos_nouns = frozenset(breakaway.get("appos_nouns", []))
        self.person_appos_nouns = frozenset(rules.get("person_appos_nouns", []))
        self.business_collectives = frozenset(rules.get("business_collectives", []))
        self.business_event_nouns = frozenset(rules.get("business_event_nouns", []))
        self.company_name_heads = frozenset(rules.get("company_name_heads", []))
        self.non_actor = frozenset(rules["non_actor_nouns"])
        self.place_nouns = frozenset(rules.get("place_nouns", []))
        self.vague_groups = frozenset(rules["vague_group_nouns"])
        self.locative = frozenset(rules["locative_prepositions"])
        self.relational_in = frozenset(rules["relational_heads_after_in"])
        self.relational_at = frozenset(rules.get("relational_heads_after_at", []))
        self.insurgent_nouns = frozenset(rules.get("insurgent_nouns", []))
        self.equipment_nouns = frozenset(rules.get("equipment_nouns", []))
        self.relational_from = frozenset(rules["relational_heads_after_from"])
        self.motion_to = frozenset(rules["motion_words_before_to"])
        self.part_of = frozenset(rules["part_nouns_before_of"])
        self.topic_preps = {prep: frozenset(words) for prep, words in rules.get("topic_prepositions", {}).items()}
        self.topic_verbs = frozenset(rules.get("topic_verbs", []))
        self.place_predicates = frozenset(rules.get("place_predicates", []))
        self.pair_nouns = frozenset(rules["anaphora"]["pair"]["nouns"])
        # "the two presidents": a pair of people, not of states
        self.person_pair_nouns = frozenset(rules["anaphora"]["pair"].get("person_nouns", []))
        self.pair_types = frozenset(rules["anaphora"]["pair"]["types"])
        self.single_anaphora: dict[str, frozenset[str]] = {
            noun: frozenset(types) for noun, types in rules["anaphora"]["single"].items()}
        self.document_referents: dict[str, frozenset[str]] = {
            noun: frozenset(ids) for noun, ids in rules["anaphora"].get("document_referents", {}).items()}

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        bare = set(self.registry.index)
        # "the Kremlin" is matched as "Kremlin": mentions exclude determiners unless the bare word is unsafe;
        # patterns are tokenised as registered ("U.S." is one token, "u.s." is not) and matched on LOWER
        forms = sorted({s.text for s in self.registry.surfaces()
                        if not (normalise(s.text).startswith("the ") and normalise(s.text)[4:] in bare)})
        self.matcher.add("AFRU_ACTOR", list(nlp.tokenizer.pipe(forms)))
        self.blocker = PhraseMatcher(nlp.vocab)  # exact case: "Latin American" is no US actor
        self.blocker.add("NOT_ACTOR", list(nlp.tokenizer.pipe(sorted(rules.get("not_actor_phrases", [])))))
        self.feature_nouns = frozenset(rules.get("geographic_feature_nouns", []))
        self.vessel_nouns = frozenset(rules.get("vessel_name_nouns", []))
        self.document_nouns = frozenset(rules.get("document_name_nouns", []))
        self.pair_member_nouns = frozenset(rules["anaphora"]["pair"].get("member_nouns", []))
        collective = rules.get("collective_actors", {})
        self.collective = PhraseMatcher(nlp.vocab)
        phrases = [f"{adj} {noun}" for adj in collective.get("adjectives", []) for noun in collective.get("nouns", [])]
        phrases += collective.get("phrases", [])
        self.collective.add("COLLECTIVE", list(nlp.tokenizer.pipe(sorted(set(phrases)))))
        heads = rules.get("collective_heads", {})
        # protest crowds count bare like armed groups ("Protesters stormed the embassy")
        self.crowd_collectives = frozenset(heads.get("protest", []) + heads.get("participants", []))
        self.armed_collectives = frozenset(heads.get("armed", [])) | self.crowd_collectives
        # populations count only with a modifier of their own and only when they act ("Armed settlers attacked")
        self.population_collectives = frozenset(heads.get("population", []))
        self.institutional_collectives = frozenset(heads.get("institutional", []))
        self.collective_quantifiers = frozenset(rules.get("collective_quantifiers", []))
        self.office_titles = frozenset(rules.get("office_titles", []))
        self.member_nouns = frozenset(rules.get("member_state_nouns", []))
        # a nationality's armed or protest groups: not the state ("Syrian rebels", "Serbian protesters")
        self.non_state_groups: dict[str, str] = {
            w: sector for sector, words in rules.get("non_state_groups", {}).items() for w in words}
        # anaphoric phrases, found by _anaphora_matches: PAIR "the two countries", "both sides", "neither
        # government" (the pair, singular noun); SINGLE a determiner, an optional ANAPHORA_ADJECTIVES word and a
        # [anaphora].single noun ("the country", "its new government")

    # -- main -------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        sents = sentences(doc)
        sent_starts = [s.start for s in sents]
        times = _narrative_times([_interval(s._.afru_time) for s in sents])

        def sent_index(token_i: int) -> int:
            return bisect_right(sent_starts, token_i) - 1

        self._things: set[str] = set()  # ORG names judged names of things in this document
        self._place_peoples: dict[str, dict[str, Any]] = {}  # "Armenians" → ORG-karabakh-armenians, this document
        registry_mentions = self._registry_mentions(doc) + self._collective_mentions(doc)
        blocked = {i for _, start, end in self.blocker(doc) for i in range(start, end)} | self._feature_names(doc)
        region_mentions = self._region_mentions(doc, registry_mentions)
        region_spans = {(m.start, m.end) for m in region_mentions}  # registered de facto states made parties
        registry_mentions = [m for m in registry_mentions if (m.start, m.end) not in region_spans]
        in_region = {i for m in region_mentions for i in range(m.start, m.end)}
        ents = doc.ents  # Doc.ents builds a Span per entity on every access: read once, for both scans
        ner_mentions = [m for m in self._ner_mentions(doc, registry_mentions, ents)
                        if not any(i in blocked or i in in_region for i in range(m.start, m.end))]
        mentions = _non_overlapping(registry_mentions + region_mentions + ner_mentions)
        by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token[i] = m

        kept: list[Mention] = []
        people: dict[str, dict[str, Any]] = {}  # surname → person actor seen in this document
        parties: dict[str, dict[str, Any]] = {}  # name → unregistered place made a party ("regions of X")
        state_pool: list[tuple[int, Mention]] = []  # state mentions incl. locations, for anaphora
        for m in mentions:
            when = times[sent_index(m.start)]
            if m.kind == "collective":
                pass
            elif m.kind == "region":
                parties[doc[m.start:m.end].text] = m.actor
            elif m.kind == "ner":
                self._link_ner(doc, m, when, by_token, people, parties)
                if m.actor is not None and m.actor["link"] == "ner-fallback" and self._misread_city(doc[m.start:m.end]):
                    m.actor = None  # "shelled Kharkiv" read as an organisation: a city, left to the gazetteer
            else:
                self._link_registry(doc, m, when, by_token)
                if m.actor is not None and m.kind == "name" and m.end - m.start == 1 and doc[m.start].text in people \
                        and m.actor["type"] in ("armed_group", "organisation", "political_party"):
                    # "Wagner" after "Ann Wagner" in the document: the person's surname, not the group
                    m.actor = dict(people[doc[m.start].text], link="coreference")
            if m.actor is None:
                continue
            if m.actor["type"] == "person" and (m.end - m.start > 1 or m.actor["link"] == "ner-fallback"):
                people[doc[m.end - 1].text] = m.actor
            if m.actor["type"] in STATE_TYPES:
                state_pool.append((m.start, m))
            if not m.location or self.locations == "keep":
                kept.append(m)
        if parties:
            kept.extend(self._party_repeats(doc, parties, by_token))
        kept.extend(self._described_organisations(doc, kept))
        kept.extend(self._described_people(doc, kept))
        for m in kept:
            if m.actor and m.actor["link"] == "ner-fallback":
                self._infer_context(doc, m, by_token)
        # the state of each unregistered person, from any of the document's mentions of the person
        # ("Hungarian Prime Minister X" once, "X's government" later)
        person_states: dict[str, str] = {}
        for m in kept:
            if m.actor and m.actor["type"] == "person" and m.actor.get("country"):
                person_states.setdefault(m.actor["id"], m.actor["country"])
        for m in kept:
            if m.actor and m.actor["type"] == "person":
                self._persons_government(doc, m, times[sent_index(m.start)], person_states)
        kept.extend(self._acronym_mentions(doc, kept))
        kept.extend(self._context_acronyms(doc, kept, state_pool))
        kept.extend(self._titled_names(doc, kept, mentions))
        kept.extend(self._surname_mentions(doc, kept, times, sent_index))
        if self.populations == "agents":
            kept.extend(self._people_groups(doc, kept))
        kept.sort(key=lambda m: m.start)
        referents = [(i, m) for i, m in state_pool if not m.place_only and m.kind != "organ"]
        kept.extend(self._anaphora(doc, kept, referents, sent_starts, sent_index, times))
        if self.populations == "agents":
            kept = self._breakaway_anaphora(doc, kept, state_pool)
            kept = self._neighbours(doc, kept, state_pool)
            kept.extend(self._vague_collectives(doc, kept))
            kept.extend(self._named_peoples(doc, kept))
        if self.populations == "agents":
            kept = self._with_partner(doc, kept, state_pool)
        if self.populations == "participants":
            # CAMEO practice: domestic events have two parties of one state ("Iraqi police" vs "protesters")
            kept.extend(self._bare_groups(doc, by_token, state_pool, sents, sent_index))
            self._titled_people(doc, kept, state_pool, sent_index)
            self._residents(doc, kept, by_token)
            for m in kept:
                _as_sub_state(m)
        spans = []
        for m in sorted(kept, key=lambda m: (m.start, m.end, m.actor["id"] if m.actor else "")):
            span = Span(doc, m.left if m.left is not None else m.start, m.end)
            span._.afru_actor = {key: m.actor.get(key) for key in FIELDS}
            if m.actor.get("affiliation"):
                span._.afru_actor["affiliation"] = m.actor["affiliation"]
            spans.append(span)
        doc.spans[ACTORS_KEY] = spans
        doc.spans[ACTORS_KEY].attrs["populations"] = self.populations  # the coding, for afru_stance
        # diagnostics only (not written to records): state mentions judged to be locations
        locations = []
        for _, m in state_pool:
            if m.location:
                span = Span(doc, m.start, m.end)
                span._.afru_actor = {key: m.actor.get(key) for key in FIELDS} | {"type": "location"}
                locations.append(span)
        covered = {i for m in mentions if m.actor is not None for i in range(m.start, m.end)}
        locations.extend(self._gazetteer_places(doc, covered, times, sent_index, ents))
        locations.extend(self._unnamed_places(doc, covered | {i for x in locations for i in range(x.start, x.end)},
                                              times, sent_index))
        doc.spans[LOCATIONS_KEY] = locations
        return doc

    def _unnamed_places(self, doc: Doc, covered: set[int], times: list[Any], sent_index: Any) -> list[Span]:
        """Cities the NER left untagged ("a railway from Termez to Mazar-i-Sharif"): a capitalised proper
        noun (with its compound and hyphen parts) that is the object of a locative preposition, "to" or
        "from", overlaps no mention or other place, is not registered and names a city of one state in the
        gazetteer: a location of that state (link "gazetteer"), as in _gazetteer_places; never an actor."""
        out: list[Span] = []
        if not self._words:
            return out
        preps = (self.locative | {"to", "from"}) - {"of"}
        arrays = token_arrays(doc)  # Token objects only for the proper-noun objects of a preposition
        deps, poses = arrays.dep, arrays.pos
        for i in range(len(doc)):
            if deps[i] != "pobj" or poses[i] != "PROPN":
                continue
            token = doc[i]
            if token.ent_type_ not in UNNAMED_PLACE_LABELS or token.head.lower_ not in preps:
                continue
            start = token.i
            while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in ("-", "‑")) \
                    and doc[start - 1].ent_type_ in UNNAMED_PLACE_LABELS and start - 1 > token.head.i:
                start -= 1
            if doc[start].text in ("-", "‑") or any(i in covered for i in range(start, token.i + 1)):
                continue
            span = doc[start:token.i + 1]
            if not span.text[:1].isupper() or self.registry.lookup(span.text, case_sensitive=False):
                continue
            if self._gazetteer_location(span, times[sent_index(start)]):
                out.append(span)
        return out

    def _gazetteer_location(self, span: Span, time: Any) -> bool:
        """Make ``span`` a location of the state the gazetteer puts it in (at ``time``); False if none."""
        code = self._gazetteer().lookup(span.text, self._common_word)
        res = self.registry.at(code, time) if code else None
        if res is None or res.type not in STATE_TYPES:
            return False
        span._.afru_actor = {key: self._actor(res, "gazetteer").get(key) for key in FIELDS} | {"type": "location"}
        return True

    def _gazetteer_places(self, doc: Doc, covered: set[int], times: list[Any], sent_index: Any,
                          ents: tuple[Span, ...] | None = None) -> list[Span]:
        """Cities the registry does not know ("near Mombasa"): a location of the state they lie in (link
        "gazetteer"), for the stance component's place rules; never an actor (guidelines 5.3). Only
        capitalised proper nouns the NER tags GPE or LOC, that overlap no mention, are not registered,
        name a city of one state and are not common English words."""
        out = []
        for ent in doc.ents if ents is None else ents:
            if ent.label_ not in PLACE_LABELS and not (ent.label_ in MISREAD_PLACE_LABELS and self._placed(ent)):
                continue
            start = ent.start + (doc[ent.start].lower_ == "the")
            end = ent.end
            while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
                end -= 1
            if not self._words or start >= end or any(i in covered for i in range(start, end)):
                continue
            words = [t for t in doc[start:end] if t.is_alpha and len(t) > 2]
            if not words or not all(t.text[0].isupper() and t.pos_ == "PROPN" for t in words):
                continue
            span = doc[start:end]
            if self.registry.lookup(span.text, case_sensitive=False):
                continue
            if any(c.dep_ == "appos" and c.i in covered for c in span.root.children) \
                    or (end + 1 < len(doc) and doc[end].text == "," and end + 1 in covered):
                continue  # "in Mombasa, Kenya": the state is named beside it and is the location already
            if self._gazetteer_location(span, times[sent_index(start)]):
                out.append(span)
        return out

    def _misread_city(self, span: Span) -> bool:
        """A one-word name the NER took for an organisation, people or person, in a place's slot, that the
        gazetteer knows as a city ("Russian artillery shelled Kharkiv")."""
        return (span.label_ in MISREAD_PLACE_LABELS or (span.root.ent_type_ in MISREAD_PLACE_LABELS)) \
            and bool(self._words) and self._placed(span) and span.text[:1].isupper() \
            and self._gazetteer().lookup(span.text, self._common_word) is not None

    def _placed(self, ent: Span) -> bool:
        """A one-word name the NER read as an organisation, people or person but that stands where a place
        does ("fighting near Herat", "the road to Quetta" after a motion word, "the army took Kunduz")."""
        if len([t for t in ent if t.is_alpha]) != 1 or ent.root.dep_ not in ("pobj", "dobj"):
            return False
        head = ent.root.head
        if ent.root.dep_ == "dobj":
            return head.lemma_.lower() in PLACE_OBJECT_VERBS or head.lemma_.lower() in STRIKE_VERBS
        governor = head.head if head.head is not head else None
        if head.lower_ == "to":
            return governor is not None and (governor.lower_ in self.motion_to or governor.lemma_.lower() in self.motion_to)
        return head.lower_ in self.locative and head.lower_ not in ("of", "from", "at")

    def _gazetteer(self) -> Any:
        if self._places is None:
            from afru_nlp.gazetteer import load_gazetteer

            self._places = load_gazetteer()
        return self._places

    def _common_word(self, key: str) -> bool:
        """A place name that is also an English word ("Split", "Nice", "Reading"): the model's lemmatizer
        tables list verbs, adjectives and adverbs (nouns there include proper names), plus stop words
        and the gazetteer's own list of common words in linking.json."""
        if " " in key:
            return False
        if key in self._stop_names:
            return True
        forms = {key} | {key[: len(key) - len(old)] + new for old, new in self._word_rules if key.endswith(old)}
        return any(form in self._words for form in forms)

    # -- candidates -------------------------------------------------------------------------------
    def _feature_names(self, doc: Doc) -> set[int]:
        """Tokens of a sea's, gulf's or strait's name: 'the South China Sea', 'Taiwan Strait', 'Gulf of
        Thailand', 'Sea of Japan' name places, not the state whose name they contain; likewise the name
        words before a convention or charter ('the United Nations Convention on the Law of the Sea')."""
        out: set[int] = set()
        texts = token_arrays(doc).text  # Token objects only for the feature and document nouns
        for t in (doc[i] for i, text in enumerate(texts) if text in self.feature_nouns or text in self.document_nouns):
            # a capitalised feature (or document) noun: part of a name
            j = t.i - 1
            while j >= 0 and j >= t.i - 3 and doc[j].text[:1].isupper() and doc[j].is_alpha and not doc[j].is_sent_start:
                out.add(j)
                j -= 1
            if t.text in self.feature_nouns and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "of" \
                    and doc[t.i + 2].text[:1].isupper():
                j = t.i + 2
                while j < len(doc) and j <= t.i + 4 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                    out.add(j)
                    j += 1
        return out

    def _vessel_name(self, doc: Doc, start: int) -> bool:
        """A name right after a ship noun ('the cruiser General Belgrano', 'the tanker Stena Impero'),
        past at most two capitalised words of the name, names the ship."""
        j = start - 1
        while j >= 0 and start - j <= 2 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j -= 1
        return j >= 0 and doc[j].lower_ in self.vessel_nouns

    def _registry_mentions(self, doc: Doc) -> list[Mention]:
        blocked = {i for _, start, end in self.blocker(doc) for i in range(start, end)} | self._feature_names(doc)
        out = []
        for _, start, end in self.matcher(doc):
            if any(i in blocked for i in range(start, end)):
                continue
            span = doc[start:end]
            found = self.registry.lookup(span.text)
            if not found:
                continue
            if end - start == 1 and found[0].kind == "name" and self._surname_in_doubt(doc[start], found):
                continue
            if end - start > 1 and doc[start].lower_ == "the":  # extent without the determiner
                out.append(Mention(start + 1, end, found[0].kind, key_start=start))
            else:
                out.append(Mention(start, end, found[0].kind))
        return out

    def _collective_mentions(self, doc: Doc) -> list[Mention]:
        """Collective actors without a registry id ("Western countries", "the West", "the international
        community"): fallback ORG-{slug} ids of the phrase without its determiner."""
        out = []
        for _, start, end in self.collective(doc):
            if end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                continue  # "the West Bank", "Western Sahara": a longer name
            if doc[start].lower_ == "the":
                start += 1
            of = doc[end] if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == end - 1 else None
            obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.pos_ == "PROPN" and obj.left_edge.i == end + 1 \
                    and not self.registry.lookup(doc[obj.left_edge.i:obj.right_edge.i + 1].text) \
                    and not self.registry.lookup(doc[obj.left_edge.i + 1:obj.right_edge.i + 1].text):
                end = obj.right_edge.i + 1  # "the Arab states of the Gulf": a region that is no actor
            text = doc[start:end].text
            out.append(Mention(start, end, "collective", actor=fallback_actor(text)))
        return out

    def _surname_in_doubt(self, token: Token, found: list[Any]) -> bool:
        """A one-word person name that opens a sentence could be a common word ("Rice prices rose"):
        accept it only with the NER's agreement or a title before it."""
        if not all(self.registry.get(s.actor_id).type == "person" for s in found):
            return False
        if token.i > 0 and token.nbor(-1).text in ("-", "‑") and not token.nbor(-1).whitespace_:
            return True  # "Mazar-i-Sharif"
        if token.i > 0 and token.nbor(-1).lower_.rstrip(".") in TITLE_WORDS:
            return False
        if token.dep_ == "compound" and token.head.pos_ == "NOUN":
            return True  # "Rice prices"
        if token.ent_type_ == "PERSON" or token.dep_ in ("nsubj", "nsubjpass"):
            return False
        return token.is_sent_start or token.ent_type_ not in ("", "PERSON", "ORG")

    def _ner_mentions(self, doc: Doc, registry_mentions: list[Mention],
                      ents: tuple[Span, ...] | None = None) -> list[Mention]:
        """NER entities, except those that contain a registry mention ("Russian Foreign Ministry" is
        "Russian"), unless a person's longer name contains a registered person ("Vladimir V. Putin")."""
        out = []
        # registry mentions by start, so each entity looks only at those starting inside it (not all of them)
        order = sorted(range(len(registry_mentions)), key=lambda k: registry_mentions[k].start)
        order_starts = [registry_mentions[k].start for k in order]
        arrays = token_arrays(doc)  # word tests on the arrays: no Token per word of each entity
        texts, lowers = arrays.text, arrays.lower
        for ent in doc.ents if ents is None else ents:
            if ent.label_ not in NER_LABELS:
                continue
            start, end = ent.start, ent.end
            while start < end and lowers[start] in ("the", "a", "an"):
                start += 1
            while end > start and lowers[end - 1] in ("'s", "’s", "'", "’"):
                end -= 1
            if start >= end:
                continue
            bracket = next((i for i in range(start + 1, end) if texts[i] == "("), None)
            if bracket is not None:
                # "the Intergovernmental Authority on Development (IGAD": the name, then the acronym alone
                if bracket + 1 < end and _acronym(doc[bracket + 1]):
                    out.append(Mention(bracket + 1, bracket + 2, "ner", label="ORG"))
                end = bracket
            label = ent.label_
            while label == "PERSON" and start > 0 and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end \
                    and not doc[start - 1].ent_type_ and doc[start - 1].is_alpha \
                    and doc[start - 1].text[:1].isupper() and not doc[start - 1].text.isupper() \
                    and doc[start - 1].lower_.rstrip(".") not in TITLE_WORDS | PERSON_TITLES | SAINT_WORDS \
                    and doc[start - 1].lower_ not in GENERIC_ORG_WORDS | ORGAN_FIELDS | ORG_NAME_HEADS \
                    and doc[start - 1].lower_ not in self.sector_of and doc[start - 1].lower_ not in self.office_titles \
                    and not self.registry.lookup(doc[start - 1].text):
                start -= 1  # "Gamal Abdel Nasser" of which the NER took "Abdel Nasser": the whole name
            if label == "PERSON" and end + 1 < len(doc) and texts[end] in ("-", "‑") \
                    and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha \
                    and doc[end + 1].is_lower and len(doc[end + 1]) >= 2 and doc[end - 1].is_alpha \
                    and not (end + 2 < len(doc) and texts[end + 2] in ("-", "‑") and not doc[end + 1].whitespace_):
                end += 2  # "Moon Jae-in" of which the NER took "Moon Jae": the hyphenated given name whole
            while label == "PERSON" and end < len(doc) and doc[end - 1].dep_ == "compound" \
                    and doc[end - 1].head.i == end and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and not doc[end].ent_type_ and doc[end].text[:1].isupper() and not doc[end].text.isupper() \
                    and doc[end].lower_.rstrip(".") not in TITLE_WORDS | PERSON_TITLES \
                    and doc[end].lower_ not in GENERIC_ORG_WORDS | ORGAN_FIELDS | ORG_NAME_HEADS \
                    and doc[end].lower_ not in self.sector_of and doc[end].lower_ not in self.office_titles \
                    and not self.registry.lookup(doc[end].text):
                end += 1  # "Jean-Yves Le Drian" of which the NER took "Jean-Yves Le": the surname it left
            if label == "PERSON" and self._vessel_name(doc, start):
                continue  # "the Argentine cruiser General Belgrano": a ship's name, no person
            if (label in ("GPE", "ORG") and any(lowers[i] in POLITY_HEADS for i in range(start, end))
                    or label == "PERSON" and end - start > 1 and lowers[end - 1] in POLITY_HEADS) \
                    and any(t.is_alpha and t.lower_ not in POLITY_HEADS | POLITY_WORDS for t in doc[start:end]) \
                    and not self.registry.lookup(doc[start:end].text):
                # "Donetsk People's Republic", "the Turkish Republic of Northern Cyprus": a polity the registry
                # does not hold (a breakaway state): an organisation of its own, not the states named inside
                out.append(Mention(start, end, "ner", label="ORG", polity=True))
                continue
            window = sorted(order[bisect_left(order_starts, start):bisect_right(order_starts, end)])
            inside = [m for m in (registry_mentions[k] for k in window) if start <= m.start and m.end <= end
                      and (m.end - m.start) < (end - start)]
            if ent.label_ == "ORG" and inside and all(m.kind == "metonym" for m in inside) \
                    and doc[end - 1].pos_ == "PROPN" and doc[end - 1].lower_ not in self.sector_of:
                inside = []  # "Kabul University", "Moscow State University": an organisation named after a city
            if label == "ORG" and inside and len(inside) == 1 and inside[0].start == start and inside[0].kind == "name" \
                    and inside[0].end < end and all(_capitalised(t) or not t.is_alpha for t in doc[inside[0].end:end]) \
                    and self.sector_of.get(doc[end - 1].lower_) not in STATE_SECTORS | {"MED"} \
                    and doc[end - 1].lower_ not in GENERIC_ORG_WORDS \
                    and doc[end - 1].lower_ not in ORGAN_NOUNS and not self._office_title(doc[start:end]) \
                    and self._is_state_name(doc[inside[0].start:inside[0].end]):
                inside = []  # "China Metallurgical Group Corporation", "Pakistan Tehreek-e-Insaf": a name
            of_state = [i for i in range(start, end) if lowers[i] == "of"]
            if ent.label_ == "ORG" and inside and of_state and all(m.kind == "name" and m.start > of_state[-1]
                                                                   for m in inside) \
                    and any(t.lower_ in MOVEMENT_HEADS | {"council", "organisation", "organization", "resistance"}
                            for t in doc[start:of_state[-1]]) and _capitalised(doc[start]):
                inside = []  # "the National Council of Resistance of Iran": a movement named after its state
            if ent.label_ == "ORG" and inside and all(m.kind == "demonym" for m in inside) \
                    and (all(m.start > start for m in inside) or doc[end - 1].lower_ in MOVEMENT_HEADS) \
                    and _capitalised(doc[start]) \
                    and all(_capitalised(t) or t.lower_ in ("of", "'s", "’s") for t in doc[start:end]) \
                    and doc[start].lower_ not in self.sector_of and doc[end - 1].lower_ not in ("state", "states") \
                    or ent.label_ == "ORG" and inside and all(m.kind == "demonym" for m in inside) \
                    and doc[end - 1].lower_ in self.company_name_heads and _capitalised(doc[end - 1]):
                # "United Tajik Opposition", "Free Syrian Army", "Eritrean People's Liberation Front": a name
                # that only contains a demonym (a movement's name may start with it; a party's may be the state's)
                inside = []
            if inside and not (ent.label_ == "PERSON" and all(
                    self.registry.get(self.registry.lookup(doc[m.start:m.end].text)[0].actor_id).type == "person"
                    or self._surname_like_group(doc, m, start, end) for m in inside)):
                continue
            out.append(Mention(start, end, "ner", label=ent.label_))
        return out

    def _surname_like_group(self, doc: Doc, m: Mention, start: int, end: int) -> bool:
        """A registered group's one-word name that ends a person's name the NER found ("Ann Wagner", "Richard
        Wagner" hold no Wagner Group): the word is the person's surname, after a capitalised given name."""
        if m.kind != "name" or m.end != end or m.end - m.start != 1 or m.start == start:
            return False
        before = doc[m.start - 1]
        if before.pos_ != "PROPN" or not before.is_alpha or not before.text[:1].isupper() or before.text.isupper():
            return False
        found = self.registry.lookup(doc[m.start:m.end].text)
        actor = self.registry.get(found[0].actor_id) if found else None
        return actor is not None and actor.type in ("armed_group", "organisation", "political_party")

    # -- linking ----------------------------------------------------------------------------------
    def _actor(self, res: Resolution, link: str, sector: str | None = None) -> dict[str, Any]:
        out = {"id": res.id, "name": res.name, "type": res.type, "country": res.country,
               "sector": sector or res.sector, "role": res.role, "link": link}
        if res.type == "person":
            actor = self.registry.get(res.id)
            if actor is not None and actor.affiliation:
                out["affiliation"] = actor.affiliation  # the organisation a person speaks for (Annan → UN)
        return out

    def _link_registry(self, doc: Doc, m: Mention, when: Any, by_token: dict[int, Mention]) -> None:
        span = doc[m.key_start if m.key_start is not None else m.start:m.end]
        if _is_dateline(doc, m):
            return
        if m.end < len(doc) and doc[m.end].text == "$":
            return  # "US $50 million": a currency, not an actor
        surfaces = self.registry.lookup(span.text)
        first = self.registry.get(surfaces[0].actor_id)
        is_state = first is not None and first.type in STATE_TYPES
        before = doc[m.start - 1] if m.start > 0 else None
        if first is not None and first.type == "igo" and m.kind == "name" and before is not None \
                and before.pos_ == "PROPN" and before.is_alpha and before.text[:1].isupper() \
                and before.dep_ == "compound" and not self.registry.lookup(before.text):
            return  # "Iran's Supreme National Security Council", "the US National Security Council": no UNSC
        if is_state and self.populations == "agents" and (_allegiance(doc, m) or self._people_pair(doc, m)):
            return  # "pro-Russian separatists", "Iran-backed militias", "ethnic Armenian forces", "Turkish
            # Cypriot leaders": not the state
        if m.kind in ("demonym",):
            verdict, sector = self._judge_demonym(doc, m, by_token)
            if verdict is None:
                return
            if verdict == "merge":
                return  # the demonym is part of the group mention it qualifies
            if verdict == "place":
                # "Iraqi towns", "the Bosnian enclave of Gorazde": the state as the place of an event — a
                # location (kept as an actor only with locations="keep", as CAMEO codes it)
                res = self.registry.resolve(span.text, when)
                if res is not None and res.type in STATE_TYPES:
                    m.actor = self._actor(res, "demonym")
                    m.location = m.place_only = True
                return
            if isinstance(verdict, tuple):  # a vague group that acts: fallback id
                group_end, group_text = verdict[:2]
                res = self.registry.resolve(span.text, when)
                if res is None:
                    return
                m.end = group_end
                m.actor = fallback_actor(group_text, country=res.country, sector=sector)
                if len(verdict) == 3:  # member republics of a union: their own states, not the union's
                    m.start = verdict[2]
                    m.actor["country"] = None
                return
            res = self.registry.resolve(span.text, when, sector)
            if res is not None and verdict == "actor" and self._insurgency_phrase(doc, m, res, when):
                return
            if res is not None and verdict == "actor" and self.populations == "agents" \
                    and self._opposition(doc, m, res, by_token):
                return
            if res is not None:
                m.actor = self._actor(res, "demonym", sector)
                # a population ("Afghan refugees protested"): only in an event towards another actor (5.3)
                m.partnered = sector in ("CVL", "REF") and self.populations == "agents"
            return
        if m.kind == "plural":
            place = self._place_people(doc, m)
            if place is not None:
                if not self._plural_is_actor(doc, m):
                    return
                text = doc[place:m.end].text
                m.start = place
                m.actor = fallback_actor(text)
                self._place_peoples[doc[m.end - 1].text] = m.actor
                return
            known = self._place_peoples.get(span.text)
            if known is not None and self.populations == "agents" and self._the_plural(doc, m):
                # "the Armenians" after "the Karabakh Armenians": the people the document has been naming
                if self._plural_is_actor(doc, m) or _acted_on(doc[m.end - 1]) or doc[m.end - 1].dep_ == "nsubj":
                    m.actor = dict(known, link="coreference")
                return
            if not self._plural_is_actor(doc, m):
                return
            if self.populations == "participants" and self._people_of_other_state(doc, m, by_token):
                return  # "Bosnian Serbs": citizens of the state their demonym names (CAMEO), one mention
            res = self.registry.resolve(span.text, when)
            if res is not None:
                m.actor = self._actor(res, "demonym", self._plural_sector(doc, m))
                # "Afghans fled", "thousands of Afghans": a population, an actor only towards another (5.3)
                m.partnered = self.populations == "agents" and not self._the_plural(doc, m)
            return
        if m.kind == "organ":
            # an agency of a state ("the CIA", "Pakistan's ISI"): the state with the organ's sector; an agency
            # is never a place ("pass through the ISI"), but "the KGB archives" names no actor
            if self._modifier_sector(doc, m) == "NONE":
                return
            res = self.registry.resolve(span.text, when)
            if res is not None:
                m.actor = self._actor(res, "registry")
            return
        if m.end < len(doc) and self._place_people(doc, m.end) is not None:
            return  # "Karabakh Armenians": the place only names which people (the plural is the mention)
        sector = self._modifier_sector(doc, m) if is_state else None
        if sector == "NONE":
            return
        if m.kind == "metonym" and self._head_noun(doc[m.end - 1]) is not None \
                and doc[m.end - 1].dep_ in ("compound", "amod") and sector not in STATE_SECTORS:
            return  # "Kabul University", "the Moscow metro": a city naming a thing
        res = self.registry.resolve(span.text, when, sector)
        if res is None:
            return
        link = "metonym" if m.kind == "metonym" else "registry"
        m.actor = self._actor(res, link, sector)
        if is_state and (self._is_location(doc, m) or self._is_description(doc, m)):
            m.location = True

    def _link_ner(self, doc: Doc, m: Mention, when: Any, by_token: dict[int, Mention],
                  people: dict[str, dict[str, Any]] | None = None,
                  parties: dict[str, dict[str, Any]] | None = None) -> None:
        span = doc[m.start:m.end]
        if _is_dateline(doc, m):
            return
        if m.label == "PERSON" and len(span) > 1 and span[-1].lower_ in ORG_NAME_HEADS:
            m.label = "ORG"  # "Tigray People's Liberation Front" read as a person: an organisation's name
        if m.label == "ORG" and span[0].lower_.rstrip(".") in PERSON_TITLES | {"field"} and span[0].text[:1].isupper():
            rest = [t for t in span if t.lower_.rstrip(".") not in TITLE_WORDS]
            if 2 <= len(rest) <= 4 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
                                           and t.lower_ not in ORG_NAME_HEADS and t.lower_ not in NON_ORG_HEADS
                                           and t.lower_ not in self.sector_of and t.lower_ not in GENERIC_ORG_WORDS
                                           for t in rest):
                m.label = "PERSON"  # "Field Marshal Khalifa Haftar" read as an organisation: a titled person
        if m.label == "ORG" and self._titled_or_described_person(doc, span):
            m.label = "PERSON"  # "President Kassym-Jomart Tokayev", "Samantha Power, the head of ...": a person
        if len(span) == 1 and span[0].dep_ == "compound" and span[0].head.pos_ == "NOUN" \
                and span[0].pos_ == "NOUN":
            return  # the tagger reads it as a common noun modifying another ("Rice prices")
        res = self.registry.resolve(span.text, when)
        if res is None and m.label == "PERSON":
            words = [t for t in span if t.lower_ not in TITLE_WORDS]
            if words and len(words) < len(span):
                res = self.registry.resolve(" ".join(t.text for t in words), when)
            if res is None and len(words) >= 2:
                res = self._person_by_surname(words, when)
            if res is not None and words and words[-1].i - words[0].i + 1 == len(words) < len(span):
                m.start, m.end = words[0].i, words[-1].i + 1  # "Ayatollah Ali Khamenei" → "Ali Khamenei"
        if res is not None:
            if res.type in STATE_TYPES and m.label in ("GPE", "NORP"):
                return  # the registry patterns already judged these words
            m.actor = self._actor(res, "registry")
            if res.type in STATE_TYPES and self._is_location(doc, m):
                m.location = True
            return
        if m.label in ("GPE", "ORG", "LOC", "PERSON") and res is None:
            known = (parties or {}).get(span.text)
            if known is not None and not self._is_location(doc, m) and not self._is_description(doc, m):
                m.actor = dict(known, link="coreference")  # "X and Y slipped out of Georgian control" later on
                return
        if m.label not in ("PERSON", "ORG"):
            return  # unknown places and nationalities are not actors
        if m.label == "PERSON" and len(span) > 1 and span[0].lower_ in SAINT_WORDS:
            return  # "St Petersburg", "San Sebastian": a place named after a saint, not a person
        if self._office_title(span):
            return  # "State Councilor", "Deputy Prime Minister": an office; the person holding it is the actor
        if m.label == "ORG" and self._generic_organ(span):
            return  # "the Foreign Ministry (in Ankara)": an organ of a state, named by no name of its own
        if m.label == "PERSON" and len(span) == 1:
            known = (people or {}).get(span.text)
            if known is not None:  # "Amin" after "Hafizullah Amin"
                m.actor = dict(known, link="coreference" if known["link"] == "ner-fallback" else known["link"])
                return
            if not (m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in PERSON_TITLES - HONORIFICS
                    and span[0].text[:1].isupper() and span[0].is_alpha and span[0].pos_ == "PROPN"
                    and span[0].lower_ not in GENERIC_ORG_WORDS and span[0].lower_ not in self.sector_of
                    and span[0].lower_ not in self.office_titles):
                return  # a lone unknown name is too weak ("Salang", "Mazar")
            # "Foreign Minister Jaishankar", "President Tinubu": a title names a person
        org_word = len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in ORG_APPOS_NOUNS | ORG_NAME_HEADS
        # "the Essequibo region", "the Ambalat block": the name of a place or thing whose head noun follows it
        named_thing = span.root.dep_ == "compound" and span.root.head.i == m.end \
            and span.root.head.lower_ in NON_ORG_HEADS | {"block", "field", "basin", "sea", "strait", "gulf", "bay",
                                                           "desert", "plateau", "heights", "peninsula", "waterway"}
        if m.label == "ORG" and (span[-1].lower_ in NON_ORG_HEADS or named_thing or (self._is_location(doc, m) and not org_word)
                                 or _route_end(span) or _place_visited(span)):
            return  # "Durand Line", "Amu Darya", "Collective Security Treaty", "from Quetta", "bridge between X and Y"
            # (a name ending in an organisation word is no town: "flow through the Caspian Pipeline Consortium")
        if m.label == "ORG" and len(span) > 1 and span[-1].lower_ in ("councilor", "councillor", "minister", "secretary",
                                                                     "adviser", "advisor", "spokesman"):
            return  # "State Councilor", "Foreign Minister": a title, not an organisation
        if m.label == "ORG" and (self._thing_name(span) or span.text in self._things):
            self._things.add(span.text)  # "the TurkStream gas pipeline", then "an agreement on TurkStream"
            return
        if m.label == "ORG" and span[-1].lower_ not in PARTY_HEADS \
                and any(t.dep_ == "poss" and by_token.get(t.i) is not None and t.i < m.start for t in span.root.children):
            return  # "Russia's Supreme Court": an organ of a state already linked
        words = [t for t in span if not (m.label == "PERSON" and t.lower_ in TITLE_WORDS)]
        if not words or not any(_ALPHA.search(t.text) and t.text[:1].isupper() for t in words):
            return
        known = (people or {}).get(words[-1].text) if m.label == "PERSON" and len(words) > 1 else None
        if known is not None and all(t.lower_ in NAME_PARTICLES or t.lower_ in SURNAME_ARTICLES or not t.is_alpha
                                     for t in words[:-1]):
            m.actor = dict(known, link="coreference")  # "bin Salman", "al-Assad" after the full name
            return
        if len(words) > 8 or all(t.is_stop or t.is_punct for t in words):
            return
        if m.label == "ORG" and len(words) == 1 and (words[0].lower_ in self.sector_of
                                                     or words[0].lower_ in GENERIC_ORG_WORDS
                                                     or (words[0].is_sent_start and not words[0].text.isupper()
                                                         and (words[0].pos_ != "PROPN" or words[0].is_stop))):
            return  # "Parliament", "State", "Defence": a common noun, not a named organisation ("Gazprom" is)
        text = " ".join(t.text for t in words)
        if words[-1].i - words[0].i + 1 == len(words):
            text = " ".join(doc[words[0].i:words[-1].i + 1].text.split())  # as written: "People's Defence Front"
        m.start, m.end = words[0].i, words[-1].i + 1
        if m.label == "PERSON":
            m.actor = fallback_actor(text, person=True)
        else:
            m.actor = fallback_actor(text)
            for token in words if not m.polity else ():  # "Kabul University": the state it names
                found = self.registry.lookup(token.text) if token.text[:1].isupper() else []
                if found and found[0].kind in ("name", "metonym", "demonym"):
                    actor = self.registry.get(found[0].actor_id)
                    if actor is not None and actor.type in STATE_TYPES:
                        m.actor["country"] = actor.country
                        break

    def _neighbours(self, doc: Doc, kept: list[Mention], state_pool: list[tuple[int, Mention]]) -> list[Mention]:
        """A state's neighbours as a party ("a meeting of the foreign ministers of Afghanistan's neighbours",
        "Iran's neighbours condemned the test") are a vague collective ``ORG-{slug}`` of "X's neighbours"
        (guidelines 5.1 fallback ids), not the state X; as a place ("trade with Russia's neighbours" is still
        a party; "in Russia's neighbours" is not) or a thing they own, no actor."""
        by_token = {i: m for _, m in state_pool for i in range(m.start, m.end)}
        by_token.update({i: m for m in kept for i in range(m.start, m.end)})
        out: list[Mention] = []
        drop: set[int] = set()
        lowers = token_arrays(doc).lower  # Token objects only for the neighbour nouns
        for token in (doc[i] for i, lower in enumerate(lowers) if lower in NEIGHBOUR_NOUNS):
            owner = next((c for c in token.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            m = by_token.get(owner.i)
            if m is None:  # a possessor the other rules left unlinked ("Iran's neighbours condemned")
                res = self.registry.resolve(owner.text) if owner.text[:1].isupper() else None
                if res is None or res.type not in STATE_TYPES:
                    continue
                m = Mention(owner.i, owner.i + 1, "name", actor={"type": res.type})
            if not m.actor or m.actor["type"] not in STATE_TYPES or m.end != owner.i + 1:
                continue
            if token.dep_ == "pobj" and (token.head.lower_ in self.locative or token.head.lower_ == "to" and (
                    token.head.head.lower_ in self.motion_to or token.head.head.lemma_.lower() in self.motion_to)):
                continue  # "refugees fled to Syria's neighbours": a place
            if not (_participates(token) or _acted_on(token) or token.dep_ == "pobj" and token.head.lower_ == "of"
                    and token.head.head.pos_ == "NOUN" and (token.head.head.lower_ in self.sector_of
                                                            or token.head.head.lower_ in ("meeting", "summit"))):
                continue
            text = doc[m.start:token.i + 1].text
            out.append(Mention(m.start, token.i + 1, "group", actor=fallback_actor(text)))
            drop.add(id(m))
        if not out:
            return kept
        return [m for m in kept if id(m) not in drop] + out

    def _breakaway_anaphora(self, doc: Doc, kept: list[Mention], state_pool: list[tuple[int, Mention]]) -> list[Mention]:
        """A breakaway entity named by description ("the self-declared republic", "the breakaway Armenian
        administration in X", "the enclave's fighters") is the one breakaway entity the document names: a
        party of the region rule or a registered de facto state (type state, fallback-form id), also where it
        was named as a place. Its own "in X" decides first; two candidates: no link. Not a place ("in the
        enclave", "across the enclave"), not "the enclave of X" (the region rule), nor an enclave with a
        demonym ("the Bosnian enclave": a state's place)."""
        entities = [(m.start, m.actor) for m in kept if m.actor and (m.kind == "region" or (
            m.actor["type"] == "state" and m.actor["id"].startswith("ORG-")))]
        entities += [(i, m.actor) for i, m in state_pool if m.actor and m.actor["type"] == "state"
                     and m.actor["id"].startswith("ORG-")]
        if not entities:
            return kept
        by_token = {i: m for m in kept for i in range(m.start, m.end)}
        located = {i: m.actor for _, m in state_pool for i in range(m.start, m.end)}
        heads = self.region_nouns | {"administration", "authorities", "enclave"}
        out: list[Mention] = []
        for token in (doc[i] for i, word in enumerate(token_arrays(doc).lower) if word in heads):
            word = token.lower_
            if token.i in by_token or not token.text.islower():
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
                continue
            if token.dep_ == "pobj" and token.head.lower_ in self.locative:
                continue
            mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
            breakaway = [c for c in mods if c.lower_ in self.region_modifiers
                         or _hyphenated(c).lower() in self.region_modifiers]
            if not breakaway and not (word == "enclave" and not mods
                                      and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
                continue
            if not (token.dep_ == "poss" or _event_party(token) or token.dep_ == "pobj"
                    and token.head.lower_ == "of" and token.head.head.lower_ in self.person_appos_nouns):
                continue
            places = [located.get(p.i) for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
                      for p in c.children if p.dep_ == "pobj"]
            own = [a for a in places if a and a["type"] == "state" and a["id"].startswith("ORG-")]
            ids = {a["id"]: a for _, a in entities if _ < token.i} if not own else {a["id"]: a for a in own}
            if len(ids) != 1:
                continue
            start = min([token.i] + [_hyphen_start(c) for c in mods])  # "self-declared republic"
            actor = dict(next(iter(ids.values())), link="coreference")
            out.append(Mention(start, token.i + 1, "anaphor", actor=actor))
        if not out:
            return kept
        inside = {i for m in out for i in range(m.start, m.end)}
        return [m for m in kept if not any(i in inside for i in range(m.start, m.end))] + out

    def _person_name_words(self, words: Any) -> bool:
        """Two to four capitalised proper nouns (hyphens allowed) that are no organisation, field, office or
        title word and no registered surface: the shape of a person's name."""
        alpha = [t for t in words if t.text not in ("-", "‑")]
        return 2 <= len(alpha) <= 4 and all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
            and t.lower_ not in ORG_NAME_HEADS and t.lower_ not in NON_ORG_HEADS and t.lower_ not in self.sector_of
            and t.lower_ not in GENERIC_ORG_WORDS and t.lower_ not in TITLE_WORDS
            and t.lower_ not in self.office_titles and not self.registry.lookup(t.text) for t in alpha)

    def _person_appositive(self, token: Token) -> bool:
        """The name's head has an apposition headed by a person's role ("X, the head of ...", "X, a
        businessman who ...")."""
        return any(c.dep_ == "appos" and c.i > token.i and c.text.islower() and c.lower_ in self.person_appos_nouns
                   for c in token.children)

    def _titled_or_described_person(self, doc: Doc, span: Span) -> bool:
        """An NER organisation that is a person's name: right after a capitalised personal title
        ("President Kassym-Jomart Tokayev") or described by a person's role in apposition ("Samantha Power, the
        head of the US Agency for International Development")."""
        if not self._person_name_words(span):
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.text[:1].isupper() and before.lower_.rstrip(".") in PERSON_TITLES:
            return True
        return self._person_appositive(span.root)

    def _described_people(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """A name the NER missed, described by a person's role in apposition ("On Wednesday Ruben Vardanyan,
        a businessman who ..."): ``PER-{slug}`` of the proper nouns (dates left out)."""
        taken = {i for m in kept for i in range(m.start, m.end)}
        out: list[Mention] = []
        arrays = token_arrays(doc)
        lowers, deps = arrays.lower, arrays.dep
        for noun in (doc[i] for i, dep in enumerate(deps) if dep == "appos" and lowers[i] in self.person_appos_nouns):
            if not noun.text.islower():
                continue
            name = noun.head
            if name.pos_ != "PROPN" or name.i > noun.i or name.i in taken or name.ent_type_ not in ("", "PERSON"):
                continue
            start = name.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == name.i \
                    and doc[start - 1].dep_ == "compound" and (start - 1) not in taken \
                    and doc[start - 1].ent_type_ in ("", "PERSON"):
                start -= 1
            words = doc[start:name.i + 1]
            if not self._person_name_words(words):
                continue
            text = words.text
            mention = Mention(start, name.i + 1, "ner", label="PERSON")
            mention.actor = fallback_actor(text, person=True)
            taken.update(range(start, name.i + 1))
            out.append(mention)
        return out

    def _people_pair(self, doc: Doc, m: Mention) -> bool:
        """Two nationality words on one noun name a people of a state, not the state(s): "Turkish Cypriot
        leaders", "Bosnian Serb forces", "Iraqi Kurdish fighters" (the group may be a vague collective)."""
        if m.kind != "demonym":
            return False
        token = doc[m.end - 1]
        for a, b in ((token, doc[m.end] if m.end < len(doc) else None),
                     (doc[m.start - 1] if m.start > 0 else None, doc[m.start])):
            if a is None or b is None or a.i + 1 != b.i or not (a.text[:1].isupper() and b.text[:1].isupper()):
                continue
            kinds = [{f.kind for f in self.registry.lookup(t.text)} for t in (a, b)]
            if kinds[0] != {"demonym"} or not (kinds[1] == {"demonym"} or (
                    not kinds[1] and b.ent_type_ == "NORP" and b.is_alpha and len(b.text) >= 4
                    and not (b.i + 1 < len(doc) and doc[b.i + 1].text in ("-", "‑")))):
                continue  # "Afghan Taliban fighters": a group's name; "Last Soviet troops"; "Russian Su-24"
            head = self._head_noun(b)
            if head is not None and head.i > b.i and head.pos_ == "NOUN" and self._head_noun(a) is not None \
                    and self._head_noun(a).i == head.i and not any(f.kind != "demonym" for f in
                                                                   self.registry.lookup(f"{a.text} {b.text}")):
                return True
        return False

    def _described_organisations(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """A proper name the NER missed or misread, described in apposition as an organisation ("Rosatom,
        Russia's state nuclear corporation, ...", "Wagner, a private military company"): ``ORG-{slug}`` of
        the name (its country from the apposition, as for other fallbacks)."""
        taken = {i for m in kept for i in range(m.start, m.end)}
        out: list[Mention] = []
        arrays = token_arrays(doc)
        lowers, deps = arrays.lower, arrays.dep
        for noun in (doc[i] for i, dep in enumerate(deps) if dep == "appos" and lowers[i] in ORG_APPOS_NOUNS):
            if not noun.text.islower():
                continue  # ("TERMEZ, Soviet Union, ...": a name in apposition, not a description)
            name = noun.head
            if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.i in taken or name.i > noun.i \
                    or name.ent_type_ in ("PERSON", "DATE", "TIME"):
                continue
            start = name.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i \
                    and doc[start - 1].pos_ == "PROPN" and (start - 1) not in taken:
                start -= 1
            if self.registry.lookup(doc[start:name.i + 1].text):
                continue
            text = doc[start:name.i + 1].text
            mention = Mention(start, name.i + 1, "ner", label="ORG")
            mention.actor = fallback_actor(text)
            taken.update(range(start, name.i + 1))
            out.append(mention)
        return out

    def _titled_names(self, doc: Doc, kept: list[Mention], candidates: list[Mention]) -> list[Mention]:
        """A name the NER missed after a capitalised office title ("President Ruto and President Museveni
        met"): one to three capitalised proper nouns the registry does not know, not an organisation, place or
        field word, are a person, ``PER-{slug}`` (later uses alone follow the surname rule)."""
        covered = {i for m in kept for i in range(m.start, m.end)} | \
            {i for m in candidates if m.label in ("ORG", "GPE") for i in range(m.start, m.end)}
        out: list[Mention] = []
        titles = PERSON_TITLES - HONORIFICS
        lowers = token_arrays(doc).lower  # Token objects only for the office titles
        for title in (doc[i] for i, lower in enumerate(lowers) if lower.rstrip(".") in titles):
            if not title.text[:1].isupper() or self._vessel_name(doc, title.i + 1):
                continue
            start = end = title.i + 1
            while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                    and doc[end].text[:1].isupper() and end not in covered \
                    and doc[end].lower_ not in TITLE_WORDS and doc[end].ent_type_ in ("", "PERSON", "NORP"):
                end += 1
            if end == start or end - start > 3 or (end < len(doc) and doc[end].text in ("-", "‑")):
                continue
            words = doc[start:end]
            if any(self.registry.lookup(t.text) or t.lower_ in GENERIC_ORG_WORDS or t.lower_ in self.sector_of
                   or t.lower_ in self.office_titles or t.lower_ in ORG_NAME_HEADS or t.lower_ in NON_ORG_HEADS
                   for t in words):
                continue
            text = words.text
            mention = Mention(start, end, "ner", label="PERSON")
            mention.actor = fallback_actor(text, person=True)
            covered.update(range(start, end))
            out.append(mention)
        return out

    def _acronym_mentions(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """An unregistered organisation introduced with its acronym in brackets ("the Intergovernmental
        Authority on Development (IGAD)") gives the acronym its id: the bracketed acronym and every later use
        of it alone ("IGAD welcomed the deal") are the same actor (guidelines 5.2: both mentions, one id).
        Registered acronyms are left to the registry; a registered group or organisation whose acronym is not
        registered because it is ambiguous ("the Rapid Support Forces (RSF)", "Syrian Democratic Forces (SDF)")
        gives it its id in the same way, also when its initials come later without brackets ("the RSF")."""
        covered = {i: m for m in kept for i in range(m.start, m.end)}
        introduced: dict[str, tuple[int, dict[str, Any]]] = {}
        for m in sorted(kept, key=lambda m: m.start):
            if not m.actor:
                continue
            if not (m.actor.get("link") == "ner-fallback" and m.actor.get("type") == "organisation") and not (
                    m.actor.get("link") == "registry" and m.kind == "name"
                    and m.actor.get("type") in ("organisation", "armed_group", "political_party", "igo")):
                continue
            if m.end + 2 < len(doc) and doc[m.end].text == "(" and _acronym(doc[m.end + 1]) \
                    and doc[m.end + 2].text == ")":
                introduced.setdefault(doc[m.end + 1].text, (m.end + 1, m.actor))
            elif m.actor.get("link") == "registry":
                # "The Rapid Support Forces attacked ... The RSF also accused ...": the initials of the
                # registered name used alone later, without brackets (three letters or more, not registered)
                initials = "".join(t.text[0] for t in doc[m.start:m.end] if t.is_alpha and t.text[:1].isupper())
                if len(initials) >= 3 and not self.registry.lookup(initials):
                    introduced.setdefault(initials, (m.end, m.actor))
        out: list[Mention] = []
        texts = token_arrays(doc).text if introduced else []
        for acronym, (first, actor) in introduced.items():
            for token in (doc[i] for i in range(first, len(texts)) if texts[i] == acronym):
                other = covered.get(token.i)
                if other is not None:
                    if other.end - other.start == 1 and other.actor and other.actor.get("link") == "ner-fallback" \
                            and other.actor["id"] != actor["id"]:
                        other.actor = dict(actor, link="coreference")  # the NER's own ORG-{acronym}
                    continue
                mention = Mention(token.i, token.i + 1, "ner", label="ORG")
                mention.actor = dict(actor, link="coreference")
                out.append(mention)
        return out

    def _context_acronyms(self, doc: Doc, kept: list[Mention],
                          state_pool: list[tuple[int, Mention]]) -> list[Mention]:
        """An acronym that several bodies use ("RSF": the Rapid Support Forces and Reporters Without Borders;
        "SDF": the Syrian Democratic Forces and Japan's Self-Defense Forces) is the registered group that lists
        it under `context_abbrevs` only in a document that names the group or its country (as an actor or a
        place): "The RSF seized the town, and Sudan's army vowed to retake it". Not an acronym the document
        introduces in brackets after another name ("Reporters Without Borders (RSF)")."""
        by_abbrev = self._context_abbrevs()
        if not by_abbrev:
            return []
        covered = {i: m for m in kept for i in range(m.start, m.end)}
        named = {m.actor["id"] for m in kept if m.actor} | {m.actor.get("country") for m in kept if m.actor} \
            | {m.actor["id"] for _, m in state_pool if m.actor}
        # an acronym the document introduces in brackets after another name is that body's, all through it
        texts = token_arrays(doc).text  # Token objects only for the registered acronyms
        own = {texts[i] for i in range(1, len(texts) - 1) if texts[i] in by_abbrev and texts[i - 1] == "("
               and texts[i + 1] == ")" and not (i in covered and covered[i].actor
                                                and covered[i].actor.get("link") == "coreference")}
        out: list[Mention] = []
        for token in (doc[i] for i, text in enumerate(texts) if text in by_abbrev):
            candidates = by_abbrev.get(token.text)
            if not candidates or token.text in own:
                continue
            fits = [a for a in candidates if a.id in named or (a.country and a.country in named)]
            if len(fits) != 1:
                continue
            res = self.registry.at(fits[0].id, None)
            if res is None:
                continue
            other = covered.get(token.i)
            if other is not None:
                if other.end - other.start == 1 and other.actor and other.actor.get("link") == "ner-fallback" \
                        and other.actor["id"] == f"ORG-{slug(token.text)}":
                    other.actor = self._actor(res, "coreference")  # the NER's own ORG-{acronym}
                continue
            mention = Mention(token.i, token.i + 1, "ner", label="ORG")
            mention.actor = self._actor(res, "coreference")
            out.append(mention)
        return out

    def _context_abbrevs(self) -> dict[str, list[Any]]:
        cached = getattr(self, "_context_abbrev_map", None)
        if cached is None:
            cached = {}
            for actor in self.registry.actors.values():
                for form in actor.context_abbrevs:
                    cached.setdefault(form, []).append(actor)
            self._context_abbrev_map = cached
        return cached

    def _person_by_surname(self, words: list[Token], when: Any) -> Resolution | None:
        """A full name the registry does not hold whose last word is a registered surname ("Raúl Castro",
        "Jeb Bush"): the registered person with that surname whose given names fit the name's first given
        word ("Tayyip Erdogan", "Sergei Lavrov" for "Sergey Lavrov", "Vladimir V. Putin"); None when none
        fits, so a different person of the same family falls back to ``PER-{slug}`` of the name."""
        last = self.registry.resolve(words[-1].text, when)
        if last is None or last.type != "person":
            return None
        given = [t.text for t in words[:-1] if t.text[:1].isupper() and _ALPHA.search(t.text)]
        if not given or self._given_name_fits(last.id, given[0]):
            return last
        for surface in self.registry.lookup(words[-1].text):
            actor = self.registry.get(surface.actor_id)
            if actor is not None and actor.type == "person" and actor.id != last.id \
                    and self._given_name_fits(actor.id, given[0]):
                return self.registry.at(actor.id, when)
        return None

    def _given_name_fits(self, actor_id: str, given: str) -> bool:
        """Whether a given name (or initial) matches one of the non-final words of a registered person's
        full names; spelling variants of one name fit ("Sergei"/"Sergey", "Mohammed"/"Mohammad"). A person
        registered without a full name fits any given name."""
        actor = self.registry.get(actor_id)
        full = [name.split() for name in (actor.names if actor is not None else ()) if len(name.split()) >= 2]
        if not full:
            return True
        word = _fold(given)
        return any(_name_word_fits(word, _fold(part)) for parts in full for part in parts[:-1])

    def _is_state_name(self, span: Span) -> bool:
        """Whether a registry mention is the name of a state (not a person, group or organ)."""
        found = self.registry.lookup(span.text)
        actor = self.registry.get(found[0].actor_id) if found else None
        return actor is not None and actor.type in STATE_TYPES

    def _generic_organ(self, span: Span) -> bool:
        """A ministry or department named only by its field ("Foreign Ministry", "Ministry of Foreign Affairs",
        "Defence Ministry"): the organ of some state, not an organisation with an id of its own."""
        words = [t.lower_ for t in span if t.lower_ not in ("of", "the", "and", "&", "for")]
        return bool(words) and words[0] in ORGAN_NOUNS | GENERIC_ORG_WORDS and any(w in ORGAN_NOUNS for w in words) \
            and all(w in ORGAN_NOUNS or w in GENERIC_ORG_WORDS or w in self.sector_of or w in ORGAN_FIELDS
                    for w in words)

    def _office_title(self, span: Span) -> bool:
        """A title of office without a name ("State Councilor", "Deputy Prime Minister", "Secretary-General"):
        its last word is an office (linking.json ``office_titles``), the others titles or office words."""
        words = [t for t in span if t.lower_ not in ("and", "of", "the", "-", "&")]
        if not words or words[-1].lower_ not in self.office_titles:
            return False
        return all(t.lower_ in self.office_titles or t.lower_.rstrip(".") in TITLE_WORDS
                   or t.lower_ in GENERIC_ORG_WORDS or t.lower_ in self.sector_of for t in words)

    # -- context rules ----------------------------------------------------------------------------
    def _party_repeats(self, doc: Doc, parties: dict[str, dict[str, Any]],
                       by_token: dict[int, Mention]) -> list[Mention]:
        """Later mentions of an unregistered place made a party ("the breakaway republics of X ...", then "X
        asked Russia for troops") that the NER left untagged: the same party, unless a location ("in X")."""
        firsts = {}
        for m in by_token.values():
            if m.kind == "region":
                firsts.setdefault(doc[m.start:m.end].text, m.start)
        out = []
        for name, actor in parties.items():
            words = name.split()
            for i in range(firsts.get(name, len(doc)) + 1, len(doc) - len(words) + 1):
                if any(doc[i + k].text != w or (i + k) in by_token for k, w in enumerate(words)):
                    continue
                if i + len(words) < len(doc) and doc[i + len(words)].pos_ == "PROPN":
                    continue  # part of a longer name
                m = Mention(i, i + len(words), "ner")
                if self._is_location(doc, m) or self._is_description(doc, m):
                    continue
                m.actor = dict(actor, link="coreference")
                out.append(m)
        return out

    def _thing_name(self, span: Span) -> bool:
        """An ORG the NER found on the name of a thing: a modifier of a route, plant, deposit or system noun
        ("the TurkStream gas pipeline", "the S-400 air defence system"); not of weapons or people ("Hamas
        rockets", "Hezbollah fighters": the group acts)."""
        root = span.root
        if root.dep_ not in ("compound", "nmod", "amod") or root.head.i < root.i:
            return False
        head = root.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        return head.lower_ in THING_HEADS

    def _region_mentions(self, doc: Doc, registry_mentions: list[Mention]) -> list[Mention]:
        """Unregistered places that are parties: the proper noun X after "of" and a region noun marked as
        breakaway ("the separatist regions of X and Y", "the breakaway republic of X") that is the subject or
        object of an event, or after a town noun in apposition to a town that is ("an offensive against
        Tskhinvali, the main town of X": the town stands for X). Fallback ``ORG-{slug}`` of X, whatever the
        NER made of it; a registered de facto state there ("the main city of Transnistria") is the same party
        under its registered id. Not "the province of X", "took the region of X", "refugees in the region of X"."""
        registered = {i for m in registry_mentions for i in range(m.start, m.end)}
        out = []
        lowers = token_arrays(doc).lower  # Token objects only for the region nouns
        for noun in (doc[i] for i, lower in enumerate(lowers)
                     if lower in self.region_appos_nouns or lower in self.region_nouns):
            word = noun.lower_
            if noun.dep_ == "appos" and word in self.region_appos_nouns and noun.head.pos_ == "PROPN":
                if not _event_party(noun.head):
                    continue
            elif word in self.region_nouns and any(c.dep_ in ("amod", "compound") and (
                    c.lower_ in self.region_modifiers or _hyphenated(c).lower() in self.region_modifiers)
                    for c in noun.children):  # "self-proclaimed" parses as "self" + "-" + "proclaimed"
                if not _event_party(noun):
                    continue
            else:
                continue
            names = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"]
            for name in names:
                names.extend(c for c in name.children if c.dep_ == "conj" and c not in names)
            for name in names:
                if name.pos_ != "PROPN":
                    continue
                start = min([c.i for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                             and c.i < name.i] + [name.i])
                text = doc[start:name.i + 1].text
                if any(i in registered for i in range(start, name.i + 1)):
                    # a registered de facto state ("the main city of Transnistria") is the same party, by its id
                    res = self.registry.resolve(text)
                    if res is not None and res.type == "state" and res.id.startswith("ORG-"):
                        out.append(Mention(start, name.i + 1, "region", actor=self._actor(res, "registry")))
                    continue
                out.append(Mention(start, name.i + 1, "region", actor=fallback_actor(text)))
        return out

    def _head_noun(self, token: Token) -> Token | None:
        """The noun a modifier qualifies, through compound chains ("Soviet army troops" → troops)."""
        while token.dep_ == "conj" and token.head is not token:  # "Sierra Leonean and Liberian refugees"
            token = token.head
        if token.dep_ not in ("amod", "compound", "nmod", "npadvmod", "nummod", "poss") or token.head is token:
            return None
        head = token.head
        while head.dep_ == "compound" and head.head is not head and head.head.i > head.i:
            head = head.head
        return head

    def _judge_demonym(self, doc: Doc, m: Mention, by_token: dict[int, Mention]) -> tuple[Any, str | None]:
        """("actor"|"merge"|"place"|(end, text)|None, sector) for an adjectival demonym ("place": the state
        as a place, "Iraqi towns")."""
        token = doc[m.end - 1]
        if m.end + 1 < len(doc) and doc[m.end].text in ("-", "‑") and not doc[m.end - 1].whitespace_ \
                and doc[m.end + 1].lower_ in HELD_WORDS and self.populations == "agents":
            return "place", None  # "over Pakistani-administered Kashmir": the state names where, as in "-based"
        if token.dep_ in ("acomp", "attr", "oprd"):
            return None, None  # "he is Afghan"
        head = self._head_noun(token)
        if head is None or head.i < token.i:
            return "actor", None
        owned = m.end + 2 < len(doc) and doc[m.end].text in ("-", "‑") and doc[m.end + 1].lower_ == "owned" \
            and head.i in (m.end + 1, m.end + 2) and doc[m.end + 1].head.i == m.end + 2 \
            and doc[m.end + 2].lower_ in self.business_collectives  # "American-owned businesses"
        if owned:
            head = doc[m.end + 2]
        if head.lower_ in self.business_collectives and (head.i == m.end or owned) and self.populations == "agents":
            # "help Russian companies evade sanctions": a nationality's firms are no organ of their state; a
            # vague collective when they act or are acted on (guidelines 5.1 fallback ids)
            if self._takes_part(head) or _acted_on(head) or (
                    head.dep_ == "pobj" and head.head.lower_ == "of"
                    and head.head.head.lemma_.lower() in self.business_event_nouns) \
                    or any(c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.subtree)
                           for c in head.children):  # "Cuban exiles trained and armed by the CIA"
                return (head.i + 1, doc[m.start:head.i + 1].text), None
            return None, None
        # words between the demonym and the head ("Afghan foreign minister X") may carry the sector
        between = None
        for i in range(m.end, head.i + 1):
            sector = self.sector_of.get(doc[i].lower_)
            if sector and doc[i].lower_ not in ("foreign", "prime", "vice", "deputy", "air", "border"):
                between = sector
                break
        other = by_token.get(head.i)
        if self.populations == "participants" and head.i == m.end and head.tag_ in ("NNS", "NNPS") \
                and head.text[:1].isupper() and (other is None or other.kind == "plural") \
                and head.lower_ not in self.sector_of and head.lower_ not in self.population_of:
            # CAMEO mode: "Iraqi Kurds", "Bosnian Serbs": a people of the state the demonym names
            return ("actor", "CVL") if self._takes_part(head) else (None, None)
        if other is not None and other is not m:
            first = self.registry.lookup(doc[other.start:other.end].text)
            kind = self.registry.get(first[0].actor_id).type if first else None
            if kind not in (None, "person", "state") and head.i == m.end:
                other.left = m.start  # "Afghan mujahideen", "Afghan Taliban": one mention
                return "merge", None
            return "actor", between or ("GOV" if kind in (None, "person") and other.label == "PERSON" else None)
        if between:
            return "actor", between
        word = head.lower_
        if word in ("side", "end", "part") and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None, None  # "the Pakistani side of the line", "the Soviet end of the bridge"
        if word in self.sector_of:
            return "actor", self.sector_of[word]
        if word in self.population_of:
            if word in self.party_populations and _patient(head, self.patient_events) and _has_agent(head):
                return "actor", self.population_of[word]  # "X attacked Chinese nationals": the state is the target
            return ("actor", self.population_of[word]) if self._takes_part(head) else (None, None)
        if word in self.vehicle_nouns:  # "gunboats intercepted a Brazilian ship"; "the hijacking of an Indian airliner"
            return ("actor", None) if _participates(head) or (_patient(head) and _has_agent(head)) else (None, None)
        if word in self.equipment_nouns:  # "British aircraft struck" acts; "an American weapon" is a thing
            return ("actor", "MIL") if _participates(head) else (None, None)
        if word in self.member_nouns and head.i == m.end:
            # "four other former Soviet republics": the union's member states, not the union; a vague
            # collective when it acts or is acted on, with its adjectives but no quantifiers
            first = head
            while first.dep_ in ("conj", "appos") and first.head.i != first.i:
                first = first.head  # "Kazakhstan, Belarus and three other former Soviet republics signed"
            if not (self._takes_part(first) or _acted_on(first)):
                return None, None
            start = m.start
            while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i == head.i \
                    and doc[start - 1].lower_ not in self.collective_quantifiers and not doc[start - 1].like_num:
                start -= 1
            return (head.i + 1, doc[start:head.i + 1].text, start), None
        if word in self.vague_groups:
            if self._takes_part(head) and head.i >= m.end:
                return (head.i + 1, doc[m.start:head.i + 1].text), None
            return None, None
        if word in self.place_nouns:
            return "place", None
        if word in self.non_actor or head.lemma_.lower() in self.non_actor:
            return None, None
        if word in ("side", "end", "part") and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None, None  # "the Pakistani side of the line", "the Soviet end of the bridge"
        return "actor", None

    def _opposition(self, doc: Doc, m: Mention, res: Resolution, by_token: dict[int, Mention]) -> bool:
        """Guidelines mode: "the Tajik opposition", "Syrian opposition forces" is not the state (the opposition
        stands against its government): the opposition organisation of that state the document has already
        named ("the United Tajik Opposition"), else a fallback ``ORG-{slug}`` of the phrase, country kept.
        Likewise a nationality's armed or protest groups ("Syrian rebels", "Iraqi insurgents", "Serbian
        protesters", "Somali militant groups": linking.json ``non_state_groups``): a fallback ``ORG-{slug}``
        with the demonym's country when the group acts or is acted on (a vague collective, guidelines 5.3),
        else no actor -- never the state. True when the mention was decided here (``m.actor`` may stay None)."""
        head = self._head_noun(doc[m.end - 1])
        if head is None or head.i < m.end:
            return False
        if any(_capitalised(doc[i]) for i in range(m.end, head.i + 1)):
            return False  # a longer name
        if not any(doc[i].lower_ == "opposition" for i in range(m.end, head.i + 1)):
            sector = next((self.non_state_groups[doc[i].lower_] for i in range(m.end, head.i + 1)
                           if doc[i].lower_ in self.non_state_groups), None)
            if sector is None:
                return False  # "Syrian government forces"
            if head.lower_ == "protest":
                return True  # "a Serbian protest": an event, no actor
            if head.lower_ not in self.non_state_groups and (
                    head.tag_ not in ("NNS", "NNPS") or (head.lower_ not in self.institutional_collectives
                                                         and head.lower_ not in GROUP_HEADS
                                                         and head.lower_ not in self.armed_collectives)):
                # "a Syrian rebel commander": one of the group's people, never the state; a thing of the group
                # ("Albanian rebel-held territory", "guerrilla camps") is left to the demonym rules (CAMEO and
                # the PLOVER gold code the state there)
                return head.lower_ in self.sector_of or head.lower_ in self.population_of
            m.end = head.i + 1
            if not (_participates(head) or _agent_of_passive(head) or _acted_on(head)):
                return True  # "Syrian rebels are divided": a description, no actor
            text = doc[m.start:m.end].text
            m.actor = fallback_actor(text, country=res.country, sector=sector)
            m.partnered = sector == "OPP"  # protesters: only beside another party of the sentence
            return True
        named = [o for o in {id(v): v for v in by_token.values()}.values() if o.start < m.start and o.actor is not None
                 and o.actor.get("type") in ("organisation", "political_party", "armed_group")
                 and o.actor.get("country") == res.country and "opposition" in (o.actor.get("name") or "").lower()]
        ids = {o.actor["id"] for o in named}
        m.end = head.i + 1
        if len(ids) == 1:
            m.actor = dict(named[-1].actor, link="coreference")
            return True
        text = doc[m.start:m.end].text
        m.actor = fallback_actor(text, country=res.country, sector="OPP")
        return True

    def _insurgency_phrase(self, doc: Doc, m: Mention, res: Resolution, when: Any) -> bool:
        """"the Afghan rebels", "Afghan guerrillas" (demonym + insurgent noun, adjectives between): the group
        registered as that state's insurgency at the sentence's time (AFG-MUJ in 1985, AFG-TAL in 2010), one
        mention over the phrase. False (left to the demonym rules) when the registry has none or several."""
        head = self._head_noun(doc[m.end - 1])
        if head is None or head.i < m.end or head.lower_ not in self.insurgent_nouns:
            return False
        if any(doc[i].pos_ not in ("ADJ", "NOUN") or _capitalised(doc[i]) for i in range(m.end, head.i)):
            return False
        group = self.registry.insurgency_at(res.country, when)
        if group is None:
            return False
        found = self.registry.at(group.id, when)
        if found is None:
            return False
        m.end = head.i + 1
        m.actor = self._actor(found, "registry")
        return True

    def _people_groups(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """Guidelines mode: an unregistered people or region before an armed or opposition group noun
        ("Baloch separatists", "Kurdish rebels") that acts or is acted on is a vague collective: fallback
        ``ORG-{slug}`` of the phrase, no country (a people names no state; CAMEO mode gives the state of the
        sentence instead, see _bare_groups)."""
        taken = {i for m in kept for i in range(m.start, m.end)}
        out = []
        lowers = token_arrays(doc).lower
        for token in (doc[i] for i, lower in enumerate(lowers) if self.bare_groups.get(lower) in ("REB", "OPP")):
            sector = self.bare_groups.get(token.lower_)
            if sector not in ("REB", "OPP") or token.i in taken or token.i == 0:
                continue
            left = doc[token.i - 1]
            if left.dep_ not in ("compound", "amod") or left.head.i != token.i or left.i in taken \
                    or not left.text[:1].isupper() or not left.is_alpha \
                    or (left.is_sent_start and left.ent_type_ != "NORP" and left.pos_ != "PROPN") \
                    or left.ent_type_ in ("PERSON", "ORG", "DATE"):
                continue
            if not (_participates(token) or _patient(token) or _agent_of_passive(token)):
                continue
            start = left.i
            while start > 1 and doc[start - 1].text in ("-", "‑") and not doc[start - 1].whitespace_ \
                    and not doc[start - 2].whitespace_ and doc[start - 2].i not in taken:
                start -= 2  # "Pro-Russian separatists", "anti-government rebels": the whole modifier
            text = doc[start:token.i + 1].text
            out.append(Mention(start, token.i + 1, "group", actor=fallback_actor(text, sector=sector)))
        return out

    def _vague_collectives(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """Guidelines mode: a vague collective that acts or is acted on ("Gunmen attacked", "backs rebel
        groups", "regional powers condemned") is a fallback ``ORG-{slug}`` of the phrase without determiners
        and quantifiers ("four other former Soviet republics" → ORG-former-soviet-republics); heads in
        linking.json ``collective_heads``. A head qualified by an actor ("Taliban fighters", "its fighters",
        "fighters of the Islamic State") is that actor's and is left alone."""
        taken = {i for m in kept if m.actor for i in range(m.start, m.end)}
        out = []
        lowers = token_arrays(doc).lower  # Token objects only for the collective heads
        heads = self.armed_collectives | self.institutional_collectives | self.population_collectives | LED_HEADS \
            | LED_COALITION_HEADS
        for token in (doc[i] for i, lower in enumerate(lowers) if lower in heads):
            word = token.lower_
            armed = word in self.armed_collectives
            population = word in self.population_collectives
            led = word in LED_HEADS  # "separatist authorities", "rebel leaders": only with such a modifier
            if word in LED_COALITION_HEADS and not any(_led_coalition(c) for c in token.children):
                continue  # only "an X-led coalition" is a collective of its own
            if not (armed or population or led or word in self.institutional_collectives
                    or word in LED_COALITION_HEADS) or token.i in taken \
                    or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
                continue
            if any(c.dep_ == "poss" for c in token.children):
                continue
            if token.i > 0 and token.i - 1 in taken:
                continue  # "TTP fighters", whatever the parse
            if any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(t.i in taken for t in c.subtree)
                   for c in token.children):
                continue  # "fighters of the Islamic State group": members of a named actor
            conjuncts = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
            if any(c.pos_ == "NOUN" and c.i not in taken and c.lower_ not in self.armed_collectives
                   and c.lower_ not in self.institutional_collectives for c in conjuncts):
                continue  # "instability, terrorist organisations and drug trafficking": a list of problems
            mods = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod", "nummod",
                                                                                "det", "predet", "quantmod")]
            if any(i in taken for c in mods for i in range(c.left_edge.i, c.i + 1)):
                continue  # "Russian guards", "Taliban fighters": the actor's own people
            start = min([c.left_edge.i for c in mods], default=token.i)
            while start < token.i and (doc[start].lower_ in self.collective_quantifiers or doc[start].like_num
                                       or doc[start].is_punct):
                start += 1
            if any(doc[i].ent_type_ in ("DATE", "TIME", "PERSON", "MONEY") for i in range(start, token.i)):
                continue
            modified = start < token.i
            if not modified and not armed:
                continue
            if led and not any(doc[i].lower_ in self.non_state_groups or doc[i].lower_ in self.region_modifiers
                               or doc[i].lower_ == "opposition" for i in range(start, token.i)):
                continue  # "local authorities", "senior officials": nobody's in particular
            if word == "forces" and any(self.sector_of.get(doc[i].lower_) in STATE_SECTORS for i in range(start, token.i)):
                continue  # "government forces", "security forces": some state's own organ
            if not (_participates(token) or _agent_of_passive(token) or (modified and not population
                                                                          and _acted_on(token))
                    or armed and self._known_group_acted_on(token)):
                continue
            end = token.i + 1
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if modified and of is not None:
                obj = next((o for o in of.children if o.dep_ == "pobj"), None)
                if obj is not None and obj.i not in taken and (obj.pos_ == "PROPN" or obj.ent_type_ == "LOC"):
                    end = obj.right_edge.i + 1  # "the smaller states of Central Asia", "Arab states of the Gulf"
            text = doc[start:end].text
            sector = self.bare_groups.get(word) or ("REB" if armed else "CVL" if population else None)
            out.append(Mention(start, end, "group", actor=fallback_actor(text, sector=sector),
                               partnered=population or word in self.crowd_collectives))
            taken.update(range(start, end))
        return out

    def _known_group_acted_on(self, token: Token) -> bool:
        """An armed group or crowd acted on as a party, not as members recruited: a crowd with "the" as the
        object of a verb ("describing the protesters as terrorist gangs", "police dispersed the demonstrators"), or as
        the subject of a passive, also through a quantity ("a large number of militants had been killed");
        "recruited militants" (bare object) stays nobody."""
        if token.dep_ in ("dobj", "dative") and token.head.pos_ == "VERB" and token.lower_ in self.crowd_collectives \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return True  # a crowd, not an armed group ("arming the rebels": the rebels' own rules decide)
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITY_WORDS:
            token = token.head.head
        return token.dep_ == "nsubjpass" and token.head.pos_ == "VERB"

    def _with_partner(self, doc: Doc, kept: list[Mention], state_pool: list[tuple[int, Mention]]) -> list[Mention]:
        """Crowds and populations ("Serbian protesters", "angry farmers") are actors only when they take part
        in an event towards another actor (guidelines 5.3): another actor of their sentence, or a state named
        there as a place ("attacked a Palestinian village"). "Thousands of protesters gathered in the square"
        names no actor."""
        if not any(m.partnered for m in kept):
            return kept
        parties = [m for m in kept if m.actor and not m.partnered] + [m for _, m in state_pool if m.location]
        out = []
        for m in kept:
            sent = doc[m.start].sent
            if m.partnered and not any(sent.start <= o.start < sent.end for o in parties):
                continue
            out.append(m)
        return out

    def _named_peoples(self, doc: Doc, kept: list[Mention]) -> list[Mention]:
        """Guidelines mode: "the Kurds", "the Houthis" -- a people or movement named by a plural proper noun
        the registry does not hold, with the article (as "the Russians" stands for a state) -- that acts or
        is acted on is a vague collective: ``ORG-{slug}`` of the noun, country null."""
        taken = {i for m in kept if m.actor for i in range(m.start, m.end)}
        out: list[Mention] = []
        poses = token_arrays(doc).pos  # Token objects only for the proper nouns
        for token in (doc[i] for i, pos in enumerate(poses) if pos == "PROPN"):
            text = token.text
            if not text[:1].isupper() or not text.endswith("s") or len(text) < 4 \
                    or not token.is_alpha or text.isupper() or token.i in taken or token.i == 0 \
                    or doc[token.i - 1].lower_ != "the" or token.ent_type_ not in ("NORP", "PERSON", "ORG"):
                continue
            if token.dep_ == "dobj" and token.head.lemma_.lower() in PLACE_OBJECT_VERBS | LEAVE_VERBS:
                continue  # "crossed the Himalayas": a place
            if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue  # part of a longer name
            if self.registry.lookup(text) or self.registry.lookup(f"the {text}"):
                continue
            if not (_participates(token) or _agent_of_passive(token) or _acted_on(token)):
                continue
            out.append(Mention(token.i, token.i + 1, "group", actor=fallback_actor(text)))
            taken.add(token.i)
        return out

    def _plural_sector(self, doc: Doc, m: Mention) -> str | None:
        """CAMEO mode: a plural nationality without "the" is a population ("Nigerians rallied", "Young
        Algerians blocked roads"), sector CVL; "the Russians" stays the state."""
        if self.populations != "participants":
            return None
        token = doc[m.end - 1]
        if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or \
                (m.start > 0 and doc[m.start - 1].lower_ == "the"):
            return None
        return "CVL"

    def _residents(self, doc: Doc, kept: list[Mention], by_token: dict[int, Mention]) -> None:
        """CAMEO mode: an ethnic population placed in another state ("ethnic Albanians in south Serbia",
        "the Albanians of southern Serbia") is coded as a population of the state it lives in, as CAMEO codes
        minorities by their country of residence (SRB-CVL). Only with "ethnic" or an "of" phrase: "Kenyans
        in Uganda" (people staying abroad) stay Kenyans."""
        for m in kept:
            if m.kind != "plural" or not m.actor or m.actor.get("type") not in STATE_TYPES:
                continue
            head = doc[m.end - 1]
            ethnic = any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in head.children) \
                or (m.start > 0 and doc[m.start - 1].lower_ == "ethnic")
            preps = [(c, False) for c in head.children if c.dep_ == "prep"
                     and (c.lower_ == "of" or (ethnic and c.lower_ == "in"))]
            if ethnic and not preps and head.dep_ in ("nsubj", "dobj") and head.head.pos_ == "VERB":
                # "ethnic Albanians demonstrated in Serbia", "killed three ethnic Albanians in a gunbattle
                # in southern Serbia": the "in" phrases of their verb, one step down
                preps = [(c, True) for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in"]
            for prep, of_verb in preps:
                pobjs = [c for c in prep.children if c.dep_ == "pobj"]
                if of_verb:
                    pobjs += [g for p in pobjs for c in p.children if c.dep_ == "prep" and c.lower_ == "in"
                              for g in c.children if g.dep_ == "pobj"]
                pobjs += [c for p in pobjs for c in p.conjuncts]  # "in Bucharest and Budapest": two places
                found = {pm.actor.get("country") or pm.actor.get("id"): pm for pm in
                         (by_token.get(p.i) for p in pobjs)
                         if pm is not None and pm.actor and pm.actor.get("type") in STATE_TYPES | {"location"}}
                if len(found) != 1:
                    continue
                country, place = next(iter(found.items()))
                if not country or country == m.actor.get("country"):
                    continue
                m.actor = dict(place.actor, type="state", sector=m.actor.get("sector") or "CVL",
                               link="demonym", role=None)
                break

    def _people_of_other_state(self, doc: Doc, m: Mention, by_token: dict[int, Mention]) -> bool:
        """A plural nationality qualified by another state's demonym ("Bosnian Serbs", "Iraqi Kurds")."""
        before = by_token.get(m.start - 1)
        return before is not None and before.kind == "demonym" and doc[m.start - 1].head.i == m.end - 1

    def _the_plural(self, doc: Doc, m: Mention) -> bool:
        """'the Russians' (with the article), a speaker's 'we Germans': the state."""
        token = doc[m.end - 1]
        return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children) or \
            (m.start > 0 and doc[m.start - 1].lower_ in ("the", "we", "us"))

    def _place_people(self, doc: Doc, m: Any) -> int | None:
        """Start of the place name before a plural nationality that names a people of that place, not a
        state: "the Karabakh Armenians", "Kosovo Serbs" (guidelines mode). ``m`` is the plural's mention or
        its first token index. The place is one or two capitalised proper nouns on the plural that are no
        demonym (the people-pair rule takes "Bosnian Serbs") and no title."""
        if self.populations != "agents":
            return None
        first = m if isinstance(m, int) else m.start
        plural = doc[first]
        if not plural.text[:1].isupper() or plural.tag_ not in ("NNPS", "NNS") and not plural.text.endswith("s") \
                or not any(f.kind == "plural" for f in self.registry.lookup(plural.text)):
            return None
        start = first
        while start > 0 and first - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i == plural.i \
                and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
                and doc[start - 1].lower_ not in TITLE_WORDS \
                and not any(f.kind in ("demonym", "plural") for f in self.registry.lookup(doc[start - 1].text)):
            start -= 1
        return start if start < first else None

    def _plural_is_actor(self, doc: Doc, m: Mention) -> bool:
        """'The Russians intervened' is an actor; 'thousands of Afghans' is a population."""
        token = doc[m.end - 1]
        if self._the_plural(doc, m):
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NUM", "NOUN", "ADJ") \
                and token.head.head.lower_ in QUANTITY_WORDS:
            return self._takes_part(token.head.head)  # "thousands of Afghans fled": the quantity acts
        return self._takes_part(token)

    def _takes_part(self, token: Token) -> bool:
        if _participates(token):
            return True
        return self.populations == "participants" and _patient(token)

    def _modifier_sector(self, doc: Doc, m: Mention) -> str | None:
        """Sector of a state name used as a modifier ("US officials" → GOV); "NONE" for 'the US economy'."""
        token = doc[m.end - 1]
        head = self._head_noun(token)
        if head is None or head.i < token.i or token.dep_ == "poss":
            return None
        if any(doc[i].ent_type_ == "PERSON" for i in range(head.i, head.i + 1)):
            return "GOV" if any(doc[i].lower_ in self.sector_of for i in range(m.end, head.i)) else None
        word = head.lower_
        if word in self.sector_of and word not in ("foreign", "prime", "vice", "deputy", "air", "border"):
            return self.sector_of[word]
        if word in self.non_actor and word not in ("war", "conflict", "crisis", "issue", "question", "problem"):
            return "NONE"
        return None

    def _is_location(self, doc: Doc, m: Mention) -> bool:
        """A state name/capital that only says where: 'in Kabul', 'the situation in Afghanistan'."""
        if m.end + 1 < len(doc) and doc[m.end].text in ("-", "‑") and (doc[m.end + 1].lower_ in BASED_WORDS or (
                doc[m.end + 1].lower_ in HELD_WORDS and self.populations == "agents")):
            return True  # "a Beijing-based think tank": where it sits
        token = doc[m.start:m.end].root
        if _subject_after_fronted_place(token):
            return False  # "In Tashkent, Tajikistan and Russia signed the treaty": the parties after the place
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        if token.dep_ == "poss" and token.head.lower_ in self.part_of:
            return True  # "Georgia's capital", "Afghanistan's north"
        if token.dep_ == "poss" and token.head.lower_ in PARTY_HEADS and token.head.ent_type_ == "ORG":
            return True  # "Western Sahara's Polisario Front": where the movement is from; the movement acts
        if token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.pos_ == "PROPN":
            token = token.head  # "in Mombasa, Kenya": the state of a place named
        if token.dep_ != "pobj":
            return False
        prep = token.head
        word = prep.lower_
        governor = prep.head if prep.head is not prep else None
        gov_word = governor.lower_ if governor is not None else ""
        gov_lemma = governor.lemma_.lower() if governor is not None else ""
        if word == "of":
            return gov_word in self.part_of
        if word == "to":
            if _transfer_to(prep):
                return False  # "returned four villages to Azerbaijan", "handed the prisoners back to India": a recipient
            return gov_word in self.motion_to or gov_lemma in self.motion_to
        if word == "for" and gov_lemma in DEPARTURE_VERBS:
            return True  # "he tried to leave for Armenia", "the delegation departed for Kabul": where to
        if word not in self.locative:
            return False
        if word in ("in", "into") and (gov_word in self.relational_in or gov_lemma in self.relational_in):
            return False
        if word == "at" and (gov_word in self.relational_at or gov_lemma in self.relational_at):
            return False  # "looks at Pakistan", "missiles fired at Israel": aimed at, not placed
        if word == "from" and (gov_word in self.relational_from or gov_lemma in self.relational_from):
            return False
        # "rebels in the Ivory Coast", "opposition parties in Nepal": who, not where
        return not (word in ("in", "throughout", "inside", "within") and governor is not None
                    and self._group_here(governor))

    def _is_description(self, doc: Doc, m: Mention) -> bool:
        """Not an actor: a topic ("talks on Afghanistan", "relating to Afghanistan", "discuss Afghanistan")
        or a place described ("Afghanistan is an important country", "is seen as an area")."""
        token = doc[m.start:m.end].root
        if _subject_after_fronted_place(token):
            return False  # "When the rebels took Goma, Rwanda and Uganda denied ...": the parties after the place
        while token.dep_ == "conj" and token.head is not token:
            token = token.head
        head = token.head
        if token.dep_ == "pobj":
            allowed = self.topic_preps.get(head.lower_)
            governor = head.head
            if allowed and ("*" in allowed or governor.lower_ in allowed or governor.lemma_.lower() in allowed):
                return True
        if token.dep_ == "dobj" and head.lemma_.lower() in self.topic_verbs:
            return True
        if token.dep_ == "dobj" and head.lemma_.lower() in PLACE_OBJECT_VERBS:
            return True  # "the Taliban took Kabul", "troops leave Afghanistan": the place taken or left
        if token.dep_ == "nsubj" and head.lemma_ == "be":
            return any(c.dep_ == "attr" and c.lemma_.lower() in self.place_predicates for c in head.children)
        if token.dep_ == "nsubjpass" and head.lemma_.lower() in ("see", "regard", "consider", "view", "describe"):
            return any(c.lower_ == "as" for c in head.children)
        return False

    def _group_here(self, noun: Token) -> bool:
        """A people/group noun without a nationality of its own, placed by a state name ('rebels in X')."""
        word = noun.lower_
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if word in ORGAN_NOUNS and all(c.lower_ in GENERIC_ORG_WORDS or c.lower_ in ORGAN_FIELDS
                                       for c in noun.children if c.dep_ in ("amod", "compound")) \
                and not any(c.dep_ == "poss" for c in noun.children):
            return True  # "the Foreign Ministry in Ankara": the ministry of the state named
        if any(child.dep_ in ("amod", "compound", "poss") and (child.ent_type_ or child.pos_ in ("PROPN", "PRON"))
               for child in noun.children):
            return False  # "Soviet troops in Afghanistan", "its forces in Lebanon": the place is only where
        sector = self.sector_of.get(word)
        if sector in ("REB", "OPP", "MIL", "COP"):
            return True
        return word in ("authorities", "officials", "leaders", "leadership", "parties", "government", "people",
                        "ministry", "ministries", "regime", "administration", "cabinet", "presidency",
                        "junta", "rulers",
                        "civilians", "students", "workers", "residents", "protesters", "demonstrators", "citizens")

    def _bare_groups(self, doc: Doc, by_token: dict[int, Mention], state_pool: list[tuple[int, Mention]],
                     sents: list[Span], sent_index: Any) -> list[Mention]:
        """CAMEO mode: a group noun without a nationality of its own ("rebels", "demonstrators", "police")
        that takes part in an event gets the state that places it ("protesters in Cairo") or else the only
        state (actor or location) its sentence names; with two or more states it stays unlinked."""
        out: list[Mention] = []

        def linked(i: int) -> bool:
            return i in by_token and by_token[i].actor is not None

        for token in (doc[i] for i, word in enumerate(token_arrays(doc).lower)
                      if word in self.bare_groups or word in GROUP_HEADS):
            sector = self.bare_groups.get(token.lower_)
            if sector is None and token.lower_ in GROUP_HEADS:
                # "opposition parties", "rebel leaders": a group named by the sector of a modifier noun
                sector = next((self.bare_groups.get(c.lower_) or SECTOR_MODIFIERS.get(c.lower_)
                               for c in token.children if c.dep_ in ("compound", "amod")
                               and c.lower_ in SECTOR_MODIFIERS), None)
            if sector is None or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ or linked(token.i):
                continue
            if any(c.dep_ in ("amod", "compound", "poss", "nmod") and (
                    linked(c.i) or ((c.pos_ in ("PROPN", "PRON") or c.ent_type_)
                                        and c.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")))
                   for c in token.children):
                # "Soviet troops", "its forces", "Hezbollah guerrillas": someone else's or named; a region
                # or an unregistered people ("Darfur rebels", "Kurdish rebels") still belongs to the state
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("of", "from") and any(linked(o.i) for o in c.children)
                   for c in token.children):
                continue  # "activists from the Fatah party", "rebels of the FDD": members of a named actor
            aimed_at = token.dep_ == "pobj" and token.head.lower_ == "at"  # "fired at demonstrators"
            if not (_participates(token) or _patient(token) or _agent_of_passive(token) or aimed_at):
                continue
            country = None
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "inside", "within", "throughout"):
                    for obj in prep.children:
                        placed = by_token.get(obj.i)
                        if obj.dep_ == "pobj" and placed is not None and placed.actor is not None \
                                and placed.actor["type"] in STATE_TYPES:
                            country = placed.actor["country"]
            if country is None:
                here = sent_index(token.i)
                countries = {m.actor["country"] for _, m in state_pool
                             if sent_index(m.start) == here and m.actor and m.actor.get("country")}
                if len(countries) > 1:
                    acted_on = not _participates(token)
                    countries = _clause_countries(token, state_pool, acted_on) or countries
                if len(countries) != 1:
                    continue
                country = countries.pop()
            res_name = next((m.actor["name"] for _, m in state_pool
                             if m.actor and m.actor.get("id") == country), country)
            out.append(Mention(token.i, token.i + 1, "group", actor={
                "id": country, "name": res_name, "type": "state", "country": country, "sector": sector,
                "role": None, "link": "group"}))
        return out

    def _titled_people(self, doc: Doc, kept: list[Mention], state_pool: list[tuple[int, Mention]],
                       sent_index: Any) -> None:
        """CAMEO mode: an unknown person with a state title ("President Laurent Gbagbo", "Prime Minister X")
        and no country of its own takes the only state its sentence names (actors and locations), not
        counting a nationality that qualifies another person ("South African leader F.W. de Klerk")."""
        people = [m for m in kept if m.actor and m.actor.get("type") == "person"
                  and not m.actor.get("country") and not m.actor.get("affiliation")
                  and m.start > 0 and _state_titled(doc, m)]
        # ... and so does an unregistered party, union or front ("The Umma party said it will boycott
        # Algeria's elections" -> DZA), by its name's last word (linking.json domestic_org_heads)
        people += [m for m in kept if m.actor and m.actor.get("type") == "organisation"
                   and m.actor.get("link") == "ner-fallback" and not m.actor.get("country")
                   and _org_heads(doc, m) & self.domestic_org_heads]
        # ... and an unknown person who owns such a body ("Zoran Djindjic's opposition coalition")
        people += [m for m in kept if m.actor and m.actor.get("type") == "person" and m not in people
                   and not m.actor.get("country") and not m.actor.get("affiliation")
                   and doc[m.end - 1].dep_ == "poss" and doc[m.end - 1].head.lower_ in self.domestic_org_heads]
        if not people:
            return
        person_tokens = {i for m in kept if m.actor and m.actor.get("type") == "person"
                         for i in range(m.start, m.end)}
        for m in people:
            here = sent_index(m.start)
            countries = set()
            for _, other in state_pool:
                if sent_index(other.start) != here or not other.actor or not other.actor.get("country"):
                    continue
                head = doc[other.end - 1].head
                if other.kind == "demonym" and (head.i in person_tokens or head.head.i in person_tokens):
                    continue  # the nationality of someone else
                countries.add(other.actor["country"])
            if len(countries) > 1:
                countries = _clause_countries(doc[m.end - 1], state_pool) & countries or countries
            if len(countries) == 1 and (m.actor.get("type") == "organisation" or m.start == 0
                                        or not _state_titled(doc, m)):
                m.actor = dict(m.actor, country=countries.pop())
            elif len(countries) == 1:
                m.actor = dict(m.actor, country=countries.pop(), sector=m.actor.get("sector") or "GOV")

    def _surname_mentions(self, doc: Doc, kept: list[Mention], times: list[Any], sent_index: Any) -> list[Mention]:
        """A later mention of a person by one part of the name the document gave in full ("Zia" after
        "General Muhammad Zia-ul-Haq", "Amin" after "Hafizullah Amin"): the same person. Keys are the name
        parts after the first (hyphenated parts split), capitalised, 3+ letters, not a particle or title;
        a key shared by two people of the document is dropped. The word must be a proper noun standing
        alone (no other name word beside it) and not already an actor, or only a one-word fallback."""
        keys: dict[str, tuple[int, dict[str, Any]]] = {}
        clashing: set[str] = set()
        firsts: dict[str, tuple[int, dict[str, Any]]] = {}  # first name parts: surnames only after "Mr"
        recent: dict[str, list[tuple[int, dict[str, Any]]]] = {}  # key → full names with it, in text order
        singles: dict[str, tuple[int, dict[str, Any]]] = {}  # one-word titled names ("Minister Jaishankar")
        named = [(m.start, m.end, m.actor) for m in kept if m.actor and m.actor.get("type") == "person"]
        named += [m.person for m in kept if m.person is not None]  # "the government of President X"
        for m_start, m_end, actor in sorted(named, key=lambda n: n[0]):
            m = Mention(m_start, m_end, "ner", actor=actor)
            words = [t for t in doc[m.start:m.end] if t.lower_.rstrip(".") not in TITLE_WORDS and t.is_alpha]
            if len(words) == 1 and m.actor.get("link") == "ner-fallback" and len(words[0].text) >= 3:
                # a titled person known by one name ("Foreign Minister Jaishankar"): later uses of it alone,
                # unless the word is part of a full name of the document ("Sheikh Tamim" after the full name)
                singles.setdefault(words[0].text, (m.end, m.actor))
                continue
            if len(words) < 2:
                continue
            first = words[0].text
            if len(first) >= 3 and first[:1].isupper():
                if first in firsts and firsts[first][1]["id"] != m.actor["id"]:
                    clashing.add(first)
                firsts.setdefault(first, (m.end, m.actor))
            for token in words[1:]:
                key = token.text
                if len(key) < 3 or not key[:1].isupper() or key.lower() in NAME_PARTICLES:
                    continue
                if key in keys and keys[key][1]["id"] != m.actor["id"]:
                    clashing.add(key)
                keys.setdefault(key, (m.end, m.actor))
                recent.setdefault(key, []).append((m.end, m.actor))
        for key, entry in singles.items():
            if key not in keys and key not in firsts:
                keys[key] = entry
        if not keys and not firsts:
            return []
        covered = {i: m for m in kept for i in range(m.start, m.end)}
        out: list[Mention] = []
        names = keys.keys() | firsts.keys()  # no other word can be a key (the tokens are read as strings first)
        for token in (doc[i] for i, text in enumerate(token_arrays(doc).text) if text in names):
            entry = keys.get(token.text)
            if token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in HONORIFICS and token.text in firsts:
                entry = firsts[token.text]  # "Mr Wen" after "Wen Jiabao"
            if entry is None and ((token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in HONORIFICS)
                                  or _lone_person(token) or self._misread_name(token)
                                  and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj")):
                # "Mr Wang" after "Wang Yi": a name that puts the family name first; "Abiy" after "Abiy
                # Ahmed", "Xi" after "Xi Jinping": a person known by the first part of the name, standing alone
                entry = firsts.get(token.text)
            other = covered.get(token.i)
            if other is not None and other.end - other.start == 1 and other.actor \
                    and other.actor.get("type") == "person" and other.actor.get("link") == "registry":
                # a registered surname ("Castro") after a full name of the document with it ("Raúl Castro"):
                # the most recent such name, before the registry's own choice
                prior = [actor for end, actor in recent.get(token.text, []) if end <= token.i]
                if prior and prior[-1]["id"] != other.actor["id"]:
                    actor = prior[-1]
                    res = self.registry.at(actor["id"], times[sent_index(token.i)]) \
                        if actor.get("link") != "ner-fallback" else None
                    other.actor = self._actor(res, "coreference") if res is not None and res.id == actor["id"] \
                        else dict(actor, link="coreference")
                continue
            if entry is None or token.text in clashing or token.i < entry[0] \
                    or not (token.pos_ == "PROPN" or self._misread_name(token)):
                continue
            if token.ent_type_ in ("GPE", "LOC", "FAC") and self._words \
                    and self._gazetteer().lookup(token.text, self._common_word) is not None:
                continue  # a city's name that is also a name part of a person of the document
            if other is not None and not (other.end - other.start == 1 and other.actor
                                          and other.actor.get("link") == "ner-fallback"):
                continue
            neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
            if any(n.pos_ == "PROPN" and n.text[:1].isupper() and n.lower_.rstrip(".") not in TITLE_WORDS
                   or n.text in ("-", "‑") and not n.whitespace_ for n in neighbours):
                continue  # part of another name ("Zia Mohseni", "Zia-ul-Haq" is matched whole)
            if self.registry.lookup(token.text):
                continue  # a registered surface of its own
            if other is not None:
                kept.remove(other)
            actor = entry[1]
            res = self.registry.at(actor["id"], times[sent_index(token.i)]) \
                if actor.get("link") != "ner-fallback" else None
            mention = Mention(token.i, token.i + 1, "ner", label="PERSON")
            mention.actor = self._actor(res, "coreference") if res is not None and res.id == actor["id"] \
                else dict(actor, link="coreference")
            out.append(mention)
        return out

    def _dyad_heads(self, doc: Doc, kept: list[Mention], pool: list[tuple[int, Mention]], start: int,
                    when: Any) -> list[Mention] | None:
        """The two people a "two leaders/presidents/prime ministers" phrase means when they were named
        further back: the document's dyad (both states named before), and for each of its states exactly
        one registered person named before whose office then, for that state, fits the noun."""
        words = [t.lower_ for t in doc[start:start + 4]]
        words = words[2:] if words[0] in ("the", "our") else words[1:]
        noun = " ".join(words[:2]) if words and words[0] in PAIR_OFFICE_WORDS else words[0] if words else ""
        offices = PAIR_OFFICES.get(noun)
        if offices is None:
            return None
        named = [m for _, m in pool if m.start < start and m.actor["type"] in self.pair_types]
        pair = _document_pair(doc, {m.actor["id"] for m in named})
        found: dict[str, dict[str, Mention]] = {state: {} for state in pair or ()}
        for m in kept:
            if m.start >= start or not m.actor or m.actor.get("type") != "person" or m.kind == "anaphor" \
                    or m.actor.get("link") == "ner-fallback":
                continue
            term = self.registry.term_at(m.actor["id"], when)
            if term and term.get("country") and (pair is None or term["country"] in found) \
                    and (term.get("office") or "").lower() in offices:
                found.setdefault(term["country"], {}).setdefault(m.actor["id"], m)
        # (no dyad in the metadata: the people of exactly two states)
        if len(found) != 2 or any(len(people) != 1 for people in found.values()):
            return None
        heads = [next(iter(people.values())) for people in found.values()]
        return sorted(heads, key=lambda m: m.start)

    def _subordinate_title(self, doc: Doc, start: int) -> bool:
        """The title just before a person's name is a minister's, envoy's or deputy's ("Foreign Minister
        X", "Deputy Prime Minister Y"), not a head of state's or government's."""
        words = []
        i = start - 1
        while i >= 0 and doc[i].lower_.rstrip(".") in TITLE_WORDS | PERSON_TITLES and doc[i].lower_ != "the":
            words.append(doc[i].lower_.rstrip("."))
            i -= 1
        return bool(SUBORDINATE_TITLES.intersection(words)) or ("minister" in words and "prime" not in words)

    def _misread_name(self, token: Token) -> bool:
        """A name part the tagger read as a common word ("Isaias responded", a sentence's first word
        tagged NOUN): capitalised, lower case after the first letter, and no English word."""
        return token.pos_ in ("NOUN", "ADJ", "VERB", "ADV") and token.is_alpha and len(token.text) >= 3 \
            and token.text[:1].isupper() and token.text[1:].islower() and not self._common_word(token.lower_)

    def _persons_government(self, doc: Doc, m: Mention, when: Any, person_states: dict[str, str]) -> None:
        """"Najibullah's government", "the government of Mohammad Najibullah", "the administration of
        President X", "X's cabinet" → the regime or state the person then led, as one mention. The state
        of a person the registry does not know comes from the document ("Hungarian Prime Minister X")."""
        after = doc[m.end:m.end + 2]
        start, end = m.start, m.end
        before = m.start - 1
        while before > 0 and doc[before].lower_.rstrip(".") in TITLE_WORDS and doc[before].lower_ != "the" \
                and doc[before].text[:1].isupper():
            before -= 1  # "the administration of President Joe Biden": the titles between
        if len(after) == 2 and after[0].lower_ in ("'s", "’s") and after[1].lower_ in LEADER_GOVERNMENT_NOUNS:
            end = m.end + 2
        elif before >= 1 and doc[before].lower_ == "of" and doc[before - 1].lower_ in LEADER_GOVERNMENT_NOUNS:
            start = before - 1
        else:
            return
        term = self.registry.term_at(m.actor["id"], when) if m.actor["link"] != "ner-fallback" else None
        state = term.get("country") if term else m.actor.get("country") or person_states.get(m.actor["id"])
        res = self.registry.at(state, when) if state else None
        if res is None:
            return
        while start < end and doc[start].lower_.rstrip(".") in TITLE_WORDS and start == m.start:
            start += 1  # "President Najibullah's government" → "Najibullah's government"
        m.person = (m.start, m.end, m.actor)  # "Moon" later is still the person
        m.start, m.end = start, end
        m.left = None
        m.actor = self._actor(res, "registry", "GOV")

    def _infer_context(self, doc: Doc, m: Mention, by_token: dict[int, Mention]) -> None:
        """Country and sector of an unknown person/organisation from its own phrase ('Afghan foreign minister X')."""
        root = doc[m.start:m.end].root
        tokens = [t for t in root.subtree if t.i < m.start]
        for child in root.children:
            if child.dep_ == "appos":
                tokens.extend(child.subtree)
        if root.dep_ == "appos":
            tokens.extend(t for t in root.head.subtree if t.i < root.head.i or t.i == root.head.i)
        seen = set()
        for token in sorted(tokens, key=lambda t: -t.i):
            other = by_token.get(token.i)
            if other is None or other is m or id(other) in seen or other.actor is None:
                continue
            seen.add(id(other))
            if other.actor.get("country"):
                m.actor["country"] = other.actor["country"]
                break
            if m.actor["type"] == "person" and other.actor["type"] in ORG_TYPES and "affiliation" not in m.actor:
                # "U.N. mediator X", "Arab League Secretary General X", "X, NATO's chief": whom X speaks for
                m.actor["affiliation"] = other.actor["id"]
        if m.actor["type"] == "person" and any(t.lower_ in self.sector_of for t in tokens):
            sector = next(self.sector_of[t.lower_] for t in tokens if t.lower_ in self.sector_of)
            m.actor["sector"] = sector

    def _pair_members(self, noun: Any) -> bool:
        """'the foreign ministers of the two countries': the pair's agents (an 'of' phrase on an agent noun
        that is a subject or object), who act for the pair, unlike 'casualties on both sides'."""
        prep = noun.head
        owner = prep.head
        return prep.lower_ == "of" and owner.lower_ in self.pair_member_nouns \
            and owner.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")

    def _anaphora_matches(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(label, start, end) of the anaphoric phrases, in the order a spaCy ``Matcher`` with these patterns
        gives them (PAIR matches by position; then SINGLE matches longest first, by position, none overlapping
        an earlier one: its greedy="LONGEST" filter), read in the lower-case token array (no ``Token``)."""
        lowers = token_arrays(doc).lower
        n = len(lowers)
        pairs: list[tuple[str, int, int]] = []
        singles: list[tuple[int, int]] = []
        for i, word in enumerate(lowers):
            if word in ("the", "our") and i + 2 < n and lowers[i + 1] == "two" and lowers[i + 2] in self.pair_nouns:
                pairs.append(("PAIR", i, i + 3))  # "our two countries": a speaker's and the addressee's states
            elif word == "the" and i + 3 < n and lowers[i + 1] == "two" and lowers[i + 2] in PAIR_OFFICE_WORDS \
                    and lowers[i + 3] == "ministers":
                pairs.append(("PAIR", i, i + 4))  # "the two prime ministers", "the two foreign ministers"
            elif i + 1 < n and ((word == "both" and lowers[i + 1] in self.pair_nouns)
                                or (word == "neither" and lowers[i + 1] in NEITHER_NOUNS)):
                pairs.append(("PAIR", i, i + 2))
            if word in ANAPHORA_DETERMINERS:
                if i + 2 < n and lowers[i + 1] in ANAPHORA_ADJECTIVES and lowers[i + 2] in self.single_anaphora:
                    singles.append((i, i + 3))
                if i + 1 < n and lowers[i + 1] in self.single_anaphora:
                    singles.append((i, i + 2))
        matched: set[int] = set()
        for start, end in sorted(singles, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
            if not matched.intersection(range(start, end)):
                pairs.append(("SINGLE", start, end))
                matched.update(range(start, end))
        return pairs

    def _anaphora(self, doc: Doc, kept: list[Mention], pool: list[tuple[int, Mention]],
                  sent_starts: list[int], sent_index: Any, times: list[Any]) -> list[Mention]:
        """'The two countries', 'the country', 'the movement' → the actors they refer to, if unambiguous."""
        out: list[Mention] = []
        taken = {i for m in kept for i in range(m.start, m.end)}
        salience: dict[str, int] = {}
        for label, start, end in self._anaphora_matches(doc):
            if any(i in taken for i in range(start, end)):
                continue
            if end < len(doc) and doc[end].lower_ in ("of",):
                continue
            if end < len(doc) and doc[end].dep_ == "compound":
                continue
            if end < len(doc) and doc[end - 1].text[:1].isupper() and doc[end].text[:1].isupper() \
                    and doc[end].is_alpha:
                continue  # "The State Councilor", "the State Department": a title or a name, not "the state"
            noun_token = doc[end - 1]
            if noun_token.dep_ == "pobj" and noun_token.head.lower_ == "of" and (
                    noun_token.head.head.pos_ == "NUM" or noun_token.head.head.lower_ in QUANTITY_WORDS):
                continue  # "one of their fighters", "some of the rebels": members, not the group
            s = sent_index(start)
            window_start = sent_starts[max(0, s - 1)]
            if label == "SINGLE" and noun_token.dep_ == "compound" and noun_token.head.i > noun_token.i \
                    and noun_token.head.lower_ in TITLE_WORDS | STATE_TITLES | {"councilor", "councillor"}:
                continue  # "the State Councilor": a title
            if label == "PAIR" and doc[end - 1].dep_ == "pobj" and doc[end - 1].head.lower_ in ("on", "from", "of") \
                    and not self._pair_members(doc[end - 1]):
                continue  # "casualties on both sides": where, not who
            if label == "PAIR" and doc[end - 1].lower_ in self.region_nouns:
                # "the two regions": the two breakaway regions the document made parties, if just two
                regions: dict[str, dict[str, Any]] = {}
                for m in kept:
                    if m.kind == "region" and m.start < start and m.actor:
                        regions.setdefault(m.actor["id"], m.actor)
                if len(regions) == 2:
                    phrase_start = start + 1 if doc[start].lower_ == "the" else start
                    for k, actor in enumerate(regions.values()):
                        out.append(Mention(phrase_start if k == 0 else end - 1, end, "anaphor", actor=dict(actor)))
                continue
            if label == "PAIR":
                people = doc[end - 1].lower_ in self.person_pair_nouns
                types = ("person",) if people else self.pair_types
                source = [m for m in kept if m.actor and m.kind != "anaphor"] if people else [m for _, m in pool]
                cands = [m for m in source if window_start <= m.start < start and m.actor["type"] in types]
                own_subject = _subject_tokens(doc[end - 1])
                cands = [m for m in cands if doc[m.end - 1].i not in own_subject]  # "X and Y urged both countries"
                if people and doc[end - 1].lower_ in ("leaders", "presidents", "premiers"):
                    # "the two leaders" after "a delegation led by Foreign Minister X": X is no leader
                    cands = [m for m in cands if not self._subordinate_title(doc, m.start)]
                if people:  # "the funeral of Ho Chi Minh": a person owning a thing takes no part
                    cands = [m for m in cands if not (doc[m.end - 1].dep_ == "pobj" and doc[m.end - 1].head.lower_ == "of"
                                                      and doc[m.end - 1].head.head.pos_ == "NOUN")]
                last_seen = {m.actor["id"]: m.start for m in cands}
                ids = sorted(last_seen, key=lambda i: last_seen[i])
                if len(ids) > 2:
                    ids = _last_conjoined_pair(doc, cands) or []
                if len(ids) != 2 and people:
                    # "the two leaders" with the leaders named further back: the one registered leader of
                    # each of the document's two states named before (by the office the noun says)
                    heads = self._dyad_heads(doc, kept, pool, start, times[s])
                    if heads is not None:
                        ids, cands = [m.actor["id"] for m in heads], heads
                if len(ids) != 2:  # (one leader named: the dyad too, the leaders act for their states)
                    # not in reach: the document's dyad, when both its states were named before (issue:
                    # "the two countries" = the document's dyad where that is unambiguous); "both leaders"
                    # with no leader named are the dyad's two states, for which they act
                    named = [m for _, m in pool if m.start < start and m.actor["type"] in self.pair_types]
                    pair = _document_pair(doc, {m.actor["id"] for m in named})
                    if pair is not None:
                        # the dyad's members at the sentence's time: RUS in 1919 is the Soviet state (SUN)
                        then = [(self.registry.at(i, times[s]) if times[s] else None) for i in pair]
                        ids = [r.id if r is not None else i for r, i in zip(then, pair)]
                        cands = [m for m in named if m.actor["id"] in ids]
                first = {m.actor["id"]: m.actor for m in cands}
                if len(ids) != 2 or any(i not in first for i in ids):
                    continue
                # span extensions are keyed by offsets only: the second referent takes the noun alone
                phrase_start = start + 1 if doc[start].lower_ in ("the", "our") else start  # "two countries", "Both countries"
                if doc[end - 1].lower_ in STATE_NOUNS:  # "the two countries": a ruling movement's state
                    first = {i: self._as_state(a, times[s]) for i, a in first.items()}
                    ids = list(dict.fromkeys(first[i]["id"] for i in ids))
                    first = {a["id"]: a for a in first.values()}
                    if len(ids) != 2:
                        continue
                second = end - 1 if end - phrase_start <= 2 else end - 2  # "Prime Ministers" of "two Prime Ministers"
                for k, actor_id in enumerate(ids):
                    actor = self._refer(first[actor_id], times[s])
                    out.append(Mention(phrase_start if k == 0 else second, end, "anaphor", actor=actor))
                continue
            noun = doc[end - 1].lower_
            types = self.single_anaphora.get(noun, frozenset())
            if "state" in types:
                cands = [m for _, m in pool if window_start <= m.start < start and m.actor["type"] == "state"]
            else:
                cands = [m for m in kept if window_start <= m.start < start and m.actor and m.kind != "anaphor"
                         and (m.actor["type"] in types or self._base_type(m.actor["id"]) in types)]
            listed = self.document_referents.get(noun)
            if listed is not None:
                # "the alliance", "the bloc": an actor of the noun's list, in reach or else named once in the document
                cands = [m for m in cands if m.actor["id"] in listed]
                if not cands:
                    earlier = [m for m in kept if m.start < start and m.actor and m.kind != "anaphor"
                               and m.actor["id"] in listed]
                    if len({m.actor["id"] for m in earlier}) == 1:
                        cands = earlier[-1:]
            ids = list(dict.fromkeys(m.actor["id"] for m in cands))
            if len(ids) > 1 and "state" not in types:
                # "the movement" after the Taliban and the Northern Alliance: the group the document has
                # named most so far, if it clearly leads
                counts: dict[str, int] = {}
                for other in kept:
                    if other.start < start and other.actor and other.kind != "anaphor" \
                            and other.actor["id"] in ids:
                        counts[other.actor["id"]] = counts.get(other.actor["id"], 0) + 1
                ranked = sorted(ids, key=lambda i: -counts.get(i, 0))
                if counts.get(ranked[0], 0) > counts.get(ranked[1], 0):
                    ids = ranked[:1]
            if not ids and noun in self.insurgent_nouns:
                # "the guerrillas", "the resistance" with no group named just before: the insurgency
                # registered for a state of this sentence or the previous one at this time, if only one
                sent_end = sent_starts[s + 1] if s + 1 < len(sent_starts) else len(doc)
                groups = {g.id for g in (self.registry.insurgency_at(pm.actor.get("country"), times[s])
                                          for _, pm in pool if window_start <= pm.start < sent_end)
                          if g is not None}
                if len(groups) == 1:
                    res = self.registry.at(groups.pop(), times[s])
                    if res is not None:
                        out.append(Mention(end - 1, end, "anaphor", actor=self._actor(res, "coreference")))
                continue
            if len(ids) > 1 and "state" in types:
                salience = {}
                for _, pm in pool:  # names and locations say what a text is about; demonyms do not
                    if pm.start < start and pm.kind in ("name", "abbrev", "metonym"):
                        salience[pm.actor["id"]] = salience.get(pm.actor["id"], 0) + 1
                ranked = sorted(ids, key=lambda i: -salience.get(i, 0))
                if salience.get(ranked[0], 0) > salience.get(ranked[1], 0):
                    ids = ranked[:1]
            if len(ids) != 1:
                continue
            mention = Mention(end - 1, end, "anaphor")
            if "state" in types and (self._is_location(doc, mention) or (
                    doc[end - 1].dep_ == "dobj" and doc[end - 1].head.lemma_.lower() in LEAVE_VERBS)):
                continue  # "instability in the country", "fled the country"
            source = next(m for m in cands if m.actor["id"] == ids[0])
            mention.actor = self._refer(source.actor, times[s])
            out.append(mention)
        return out

    def _base_type(self, actor_id: str) -> str | None:
        """The registry type of an id, whatever its role now (the Taliban are a movement in government)."""
        actor = self.registry.get(actor_id)
        return actor.type if actor is not None else None

    def _as_state(self, actor: dict[str, Any], when: Any) -> dict[str, Any]:
        """The state a governing group stands for ("the Taliban" in 2025 → AFG), else the actor."""
        if actor["type"] == "government" and actor.get("country") and actor["country"] != actor["id"]:
            res = self.registry.at(actor["country"], when)
            if res is not None:
                return self._actor(res, actor["link"])
        return actor

    def _refer(self, actor: dict[str, Any], when: Any) -> dict[str, Any]:
        """An anaphor's actor: the referent, with its role at the anaphor's own time."""
        out = dict(actor, link="coreference", sector=None)
        if actor["link"] != "ner-fallback":
            res = self.registry.at(actor["id"], when)
            if res is not None and res.id == actor["id"]:
                out.update(type=res.type, role=res.role)
        return out

    # -- serialisation ----------------------------------------------------------------------------
    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        """Save the registry and linking rules the component runs with (self-contained pipeline)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "registry.jsonl").write_text(self.registry.dump(), encoding="utf-8")
        (folder / "linking.json").write_text(json.dumps(self.rules, ensure_ascii=False, indent=1, sort_keys=True),
                                             encoding="utf-8")
        (folder / "cfg.json").write_text(json.dumps({"populations": self.populations, "locations": self.locations}),
                                         encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Any = ()) -> ActorsComponent:
        folder = Path(path)
        if (folder / "registry.jsonl").exists():
            self.registry = Registry.load_dump((folder / "registry.jsonl").read_text(encoding="utf-8"))
        if (folder / "linking.json").exists():
            self.rules = json.loads((folder / "linking.json").read_text(encoding="utf-8"))
        if (folder / "cfg.json").exists():
            cfg = json.loads((folder / "cfg.json").read_text(encoding="utf-8"))
            self.populations = cfg.get("populations", self.populations)
            self.locations = cfg.get("locations", self.locations)
        self._rebuild()
        return self

    def _rebuild(self) -> None:
        from spacy.lang.en import English

        nlp = English(vocab=self.vocab)
        self._compile(nlp)


def _english_words(nlp: Language) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """Verbs, adjectives and adverbs of the model's lemmatizer tables, with its suffix rules for those
    parts of speech ("reading" → "read"); empty without a rule lemmatizer."""
    words: set[str] = set()
    rules: list[tuple[str, str]] = []
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups
    except (KeyError, AttributeError):
        return frozenset(), ()
    for pos in ("verb", "adj", "adv"):
        if lookups.has_table("lemma_index"):
            words.update(lookups.get_table("lemma_index").get(pos, []))
        if lookups.has_table("lemma_exc"):
            words.update(lookups.get_table("lemma_exc").get(pos, {}))
        if lookups.has_table("lemma_rules"):
            rules.extend((old, new) for old, new in lookups.get_table("lemma_rules").get(pos, []) if old)
    return frozenset(words), tuple(sorted(set(rules)))


def _is_dateline(doc: Doc, m: Mention) -> bool:
    """'MOSCOW, 20 October 2021 –', 'TERMEZ, Soviet Union, 15 February 1989 –': the place a report was
    filed from is not an actor."""
    line_start = token_arrays(doc).line_start  # i == 0, or token i - 1 is a space or holds a newline
    for i in range(m.start, max(-1, m.start - 8), -1):
        if i in line_start:
            token = doc[i]
            if not (token.text.isupper() and token.is_alpha and len(token.text) >= 3):
                return False
            rest = doc[i + 1:min(len(doc), i + 14)]
            dash = next((t.i for t in rest if t.text in ("—", "–", "-")), None)
            return any(t.text == "," for t in rest[:2]) and dash is not None and m.end <= dash
    return False


def _allegiance(doc: Doc, m: Mention) -> bool:
    """A state word that only says whom a group sides with or descends from: "pro-Russian", "anti-American",
    "Iran-backed", "Saudi-funded", "ethnic Armenian" (guidelines mode: the group is a vague collective)."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.lower_ == "ethnic":
        return True
    if before is not None and before.text in ("-", "‑") and not before.whitespace_ and m.start > 1 \
            and doc[m.start - 2].lower_ in ("pro", "anti") and not doc[m.start - 2].whitespace_:
        return True
    return m.end + 1 < len(doc) and doc[m.end].text in ("-", "‑") and not doc[m.end - 1].whitespace_ \
        and (doc[m.end + 1].lower_ in BACKER_WORDS or _led_coalition(doc[m.end + 1]))


def _led_coalition(token: Token) -> bool:
    """"Saudi-led" on a coalition or alliance: the coalition of several states acts, a collective of its own
    (ORG-saudi-led-coalition); "a US-led campaign" stays the leader's act."""
    return token.lower_ == "led" and token.head.lower_ in LED_COALITION_HEADS and token.head.i > token.i


# entity labels (none, or a misreading) under which _unnamed_places looks for a city the NER did not tag a place
UNNAMED_PLACE_LABELS = frozenset({"", "PRODUCT", "FAC"})
# "a Beijing-based think tank": a place
BASED_WORDS = frozenset({"based", "headquartered", "registered"})
# "Pakistani-administered Kashmir", "Indian-controlled territory": a place described by who holds it
HELD_WORDS = frozenset({"administered", "controlled", "held", "ruled"})
# "Iran-backed militias": the state backs the group, it is not the group
LED_COALITION_HEADS = frozenset({"coalition", "alliance"})
BACKER_WORDS = frozenset({"backed", "supported", "sponsored", "funded", "financed", "armed", "trained", "allied",
                          "aligned", "leaning", "friendly", "inspired"})


def _lone_person(token: Token) -> bool:
    """A proper noun standing alone as a party of its clause (subject, object, possessor, object of a
    preposition), as a person known by one name is written ("Abiy thanked Isaias")."""
    return token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos") \
        and token.ent_type_ not in ("DATE", "TIME", "MONEY", "LOC", "FAC")


def _acronym(token: Token) -> bool:
    """An organisation's acronym: 2-8 capitals, digits allowed after the first letter ("IGAD", "TPLF", "G5")."""
    text = token.text
    return 2 <= len(text) <= 8 and text[:1].isalpha() and text.isupper() and text.isalnum()


def _fold(word: str) -> str:
    """A name word without accents, case, dots and hyphens, for comparing spellings."""
    ascii_word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", ascii_word.lower())


def _name_word_fits(word: str, registered: str) -> bool:
    """One given name against one registered name word: equal, an initial of it, or a spelling variant
    (same first letter, similar letters: "sergei"/"sergey", "mohammed"/"mohammad")."""
    if not word or not registered or word[0] != registered[0]:
        return False
    if word == registered or len(word) == 1 or len(registered) == 1:
        return True
    return SequenceMatcher(None, word, registered).ratio() >= 0.6


def _capitalised(token: Token) -> bool:
    """A capitalised word between a demonym and its noun names something else ("Afghan Hazara rebels")."""
    return token.text[:1].isupper()


def _narrative_times(times: list[Any]) -> list[Any]:
    """A sentence without a time of its own is read at the time the narrative last reached (the nearest
    earlier dated sentence, across paragraph breaks), "During
    the Suez crisis that followed, Moscow threatened ..." after a sentence of 1956 is about the Soviet Union.
    Sentences before the first date keep no time (current ids)."""
    filled = list(times)
    for i in range(1, len(filled)):
        if filled[i] is None:
            filled[i] = filled[i - 1]
    return filled


def _interval(time: Any) -> tuple[str, str] | None:
    if isinstance(time, dict) and time.get("start") and time.get("end"):
        return str(time["start"])[:10], str(time["end"])[:10]
    return None


# verbs that describe a population rather than make it act ("Afghan refugees are living in camps")
STATIVE_VERBS = frozenset({"be", "live", "remain", "stay", "reside", "number", "include", "constitute", "make",
                           "form", "face", "need", "have", "lack", "suffer", "account", "represent", "speak"})
CONCERN_NOUNS = frozenset({"rights", "welfare", "plight", "fate", "safety", "security", "interests", "return",
                           "repatriation", "protection", "expulsion", "deportation", "killing", "killings",
                           "treatment", "suffering", "evacuation"})
QUANTITY_WORDS = frozenset({"thousands", "millions", "hundreds", "many", "most", "some", "number", "majority",
                            "dozens", "tens", "all", "few", "several", "group", "groups", "scores"})


def _participates(token: Token) -> bool:
    """Whether a population acts: the subject of an active, non-stative main verb ("Afghan refugees
    protested"), not a description ("Afghan refugees are...") nor the object of others' acts."""
    if token.dep_ == "nsubj":
        verb = token.head
        # "on 14 February, when a bomber drove ...": a clause the parser hangs on a date is an event, no description,
        # and so is one hung on a place with "where" ("in Yemen, where a coalition intervened")
        dated = verb.dep_ == "relcl" and any(
            c.dep_ == "advmod" and (c.lower_ == "when" and verb.head.ent_type_ in ("DATE", "TIME")
                                    or c.lower_ == "where" and verb.head.ent_type_ in ("GPE", "LOC", "FAC"))
            for c in verb.children)
        return verb.lemma_ not in STATIVE_VERBS and (verb.dep_ not in ("relcl", "acl") or dated) \
            and verb.pos_ == "VERB"
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "of" and prep.head.lower_ in QUANTITY_WORDS:
            return _participates(prep.head)
    if token.dep_ == "conj":
        return _participates(token.head)
    return False


def _state_titled(doc: Doc, m: Mention) -> bool:
    """A person named after a state title: "President X", "Federal Minister for Interior X" (a title compound
    of the name), "the Interior Minister, X" / "opposition leader Maulana X" (the name in apposition)."""
    if doc[m.start - 1].lower_.rstrip(".") in STATE_TITLES:
        return True
    root = doc[m.start:m.end].root
    if root.dep_ == "appos" and root.head.i < m.start and root.head.lower_ in STATE_TITLES:
        return True
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.lower_ in STATE_TITLES:
        return True  # "Minister for Trade X" parsed as the minister "for" X
    return any(t.i < m.start and t.dep_ == "compound" and t.lower_ in STATE_TITLES for t in root.subtree)


CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp"})


def _clause_countries(token: Token, state_pool: list[tuple[int, Mention]],
                      acted_on: bool = False) -> set[str]:
    """The states (actors and places) of the clause a group noun or person stands in, without the clauses
    nested in it; for a group that others act on (``acted_on``) only if that one state is the clause
    subject's: "The Sudanese government accused rebels of X, a member of the Chadian team said" → SDN;
    "Chadian troops attacked rebels near the border with Cameroon": two states, unclear; "police stopped
    students protesting the dispatch of troops to Iraq": no subject, so the troops are not IRQ's."""
    clause = token.head
    while clause.head.i != clause.i and not (clause.pos_ in ("VERB", "AUX") and clause.dep_ in CLAUSE_DEPS):
        clause = clause.head

    def own(t: Token) -> bool:
        while t.i != clause.i:
            if t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS:
                return False
            t = t.head
        return True

    inside = {t.i for t in clause.subtree if own(t)}
    countries = {m.actor["country"] for _, m in state_pool
                 if m.start in inside and m.actor and m.actor.get("country")}
    if acted_on:
        subject = {t.i for c in clause.children if c.dep_ in ("nsubj", "agent") for t in c.subtree}
        if not any(m.start in subject and m.actor["country"] in countries for _, m in state_pool if m.actor):
            return set()
    return countries


ROUTE_NOUNS = NON_ORG_HEADS | frozenset({"railway", "railways", "railroad", "rail", "pipeline", "pipelines", "route",
                                         "routes", "link", "links", "crossing", "crossings", "ferry", "flights",
                                         "bridges", "roads", "highways", "tunnels", "line", "lines", "cable"})


THING_HEADS = frozenset({"pipeline", "pipelines", "railway", "railroad", "road", "highway", "bridge", "dam", "tunnel",
                         "canal", "corridor", "system", "systems", "deposit", "deposits", "field", "fields", "plant",
                         "plants", "mine", "mines", "terminal", "reactor", "satellite", "port", "airport"})


def _place_visited(span: Span) -> bool:
    """The object of a verb of reaching or leaving a place ("visiting Sistan-Baluchestan", "entered X"): the
    NER's ORG on a province or town."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS | LEAVE_VERBS


def _route_end(span: Span) -> bool:
    """An end of a route or crossing: "the bridge between X and Y", "a railway from X to Y", "the road to X"
    (the NER's ORG on a town): a place, not an organisation."""
    token = span.root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in ("between", "from", "to", "via", "through"):
        return False
    return token.head.head.lower_ in ROUTE_NOUNS


def _has_agent(token: Token) -> bool:
    """Whether someone is named as doing what is done to ``token``: the verb it depends on (through
    prepositions, nouns, conjuncts) or a verb it is a complement of has a subject or a "by" agent ("X
    attacked Chinese nationals", "Pakistan pledged to strengthen the protection of Chinese workers"); not
    "Tajik citizens were charged", "attacks on Chinese workers"."""
    t = token
    for _ in range(8):
        if t.head is t:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
        if t.dep_ in ("nsubj", "nsubjpass", "ROOT"):
            return False  # the patient hangs on a noun that is itself a subject ("attacks on X test it")
    else:
        return False
    for _ in range(4):
        for child in t.children:
            if child.dep_ in ("nsubj", "agent") and child.i != token.i and child.lower_ != "there":
                return True
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return True  # "one of its gunboats intercepting a Brazilian ship": the noun acts
        if t.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or t.head is t:
            return False
        t = t.head
    return False


def _subject_tokens(token: Token) -> set[int]:
    """Token indices of the subject of the verb a noun is the object of ("The United States and China urged
    both countries ...": the United States, China): the pair an object refers to is not its own subject."""
    verb = token.head if token.dep_ in ("dobj", "dative") else None
    if token.dep_ == "pobj" and token.head.head.pos_ in ("VERB", "AUX"):
        verb = token.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _hyphen_start(token: Token) -> int:
    """Where a modifier starts with the words hyphenated to its left ("self-proclaimed": self, -, proclaimed)."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text in ("-", "‑") and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return start


def _hyphenated(token: Token) -> str:
    """A modifier with the words hyphenated to its left ("self-proclaimed" parsed as self, -, proclaimed)."""
    return token.doc[_hyphen_start(token):token.i + 1].text


def _event_party(token: Token) -> bool:
    """A noun phrase that is a party of an event: subject of a non-stative verb, object of a verb that does
    not only place it (take, enter, leave...), or object of against/to/with/towards."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass", "dobj"):
        lemma = head.lemma_.lower()
        return head.pos_ in ("VERB", "AUX") and lemma not in STATIVE_VERBS and lemma not in PLACE_OBJECT_VERBS \
            and lemma not in LEAVE_VERBS
    if token.dep_ == "pobj":
        return head.lower_ in ("against", "to", "with", "towards", "toward", "on") and head.head.lemma_ != "be"
    return False


def _agent_of_passive(token: Token) -> bool:
    """'... were dispersed by police': the agent of a passive verb."""
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"


# Sectors that stay the state itself in CAMEO mode: the government speaks and acts as the state.
STATE_ITSELF_SECTORS = frozenset({"GOV"})


def _org_heads(doc: Doc, m: Mention) -> set[str]:
    """The words that say what kind of body an organisation is: those of its name ("Homeland Union",
    "Forces for Defence of Democracy") and the common noun right after it, past brackets ("the Umma
    (Nation) party")."""
    words = {t.lower_ for t in doc[m.start:m.end] if t.is_alpha}
    after = m.end
    if after < len(doc) and doc[after].text == "(":  # past a bracket: "Umma (Nation) party"
        close = next((t.i for t in doc[after:min(len(doc), after + 8)] if t.text == ")"), None)
        after = close + 1 if close is not None else after
    for t in doc[after:min(len(doc), after + 3)]:
        if t.is_alpha:
            if t.pos_ == "NOUN":
                words.add(t.lower_)
            break
    return words


def _as_sub_state(m: Mention) -> None:
    """CAMEO mode: a state's sector other than its government ("Iraqi police", "Sudanese rebels",
    "Afghan civilians") is the sub-state actor ``{ISO3}-{SECTOR}`` (type "sector", country = the state), so
    that a domestic event has two distinct parties of one country (IRQ-COP → IRQ-OPP)."""
    actor = m.actor
    if not actor or actor.get("link") not in ("demonym", "registry", "metonym", "group"):
        return
    sector, country = actor.get("sector"), actor.get("country")
    if actor.get("type") not in STATE_TYPES or not sector or sector in STATE_ITSELF_SECTORS or not country:
        return
    m.actor = dict(actor, id=f"{country}-{sector}", name=f"{actor.get('name') or country} ({sector})",
                   type="sector")


def _acted_on(token: Token) -> bool:
    """A collective that a verb acts on: its object ("backs rebel groups"), passive subject, or the object of
    to/against/on/towards/with after the verb or to/on/towards after its object ("imposed sanctions on regional
    powers"); not the object of another noun ("the use of the territory against neighbouring states") nor a
    beneficiary ("signed for the states")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in ("dobj", "dative", "nsubjpass"):
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in ("to", "on", "towards") and prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB":
            return True  # "showed respect to the smaller states", "imposed sanctions on regional powers"
        return prep.lower_ in ("to", "against", "on", "towards", "with") and prep.head.pos_ == "VERB" \
            and prep.head.lemma_ != "be"
    return False


def _patient(token: Token, event_nouns: frozenset[str] = frozenset()) -> bool:
    """A population on the receiving end of an act: object, or object of to/for/against/on/from, or of "of"
    after an event noun done to people (``event_nouns``: "the detention of Kenyan traders")."""
    if token.dep_ in ("dobj", "dative", "nsubjpass"):
        return True
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in event_nouns:
            return True
        if prep.lower_ == "of" and prep.head.lower_ in QUANTITY_WORDS | CONCERN_NOUNS:
            return _patient(prep.head, event_nouns)
        return prep.lower_ in ("to", "for", "against", "on", "from", "towards") and prep.head.lemma_ != "be"
    if token.dep_ == "conj":
        return _patient(token.head)
    return False


def _document_pair(doc: Doc, named: set[str]) -> tuple[str, str] | None:
    """The one dyad of the document's metadata (``meta.dyads``) whose two ids the text has named."""
    from afru_nlp.stance_rules import parse_dyad

    meta = doc._.afru_meta or {}
    pairs = {pair for value in meta.get("dyads") or [] if (pair := parse_dyad(value, named)) is not None}
    return next(iter(pairs)) if len(pairs) == 1 else None


def _last_conjoined_pair(doc: Doc, cands: list[Mention]) -> list[str] | None:
    """The last two mentions joined by 'and' ('between Afghanistan and Russia')."""
    for later in reversed(cands):
        root = doc[later.start:later.end].root
        if root.dep_ == "conj":
            for earlier in cands:
                if earlier.start <= root.head.i < earlier.end and earlier.actor["id"] != later.actor["id"]:
                    return [earlier.actor["id"], later.actor["id"]]
    return None


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Longest first; registry patterns win over NER on the same words."""
    order = sorted(mentions, key=lambda m: (-(m.end - m.start), m.kind == "ner", m.start))
    taken: set[int] = set()
    kept = []
    for m in order:
        if any(i in taken for i in range(m.start, m.end)):
            continue
        kept.append(m)
        taken.update(range(m.start, m.end))
    return sorted(kept, key=lambda m: m.start)


@Language.factory("afru_actors", default_config={"populations": "agents", "locations": "drop"})
def make_actors_component(nlp: Language, name: str, populations: str = "agents",
                          locations: str = "drop") -> ActorsComponent:
    """Defaults follow docs/annotation-guidelines.md; populations="participants", locations="keep" follow
    CAMEO/PLOVER coding practice."""
    return ActorsComponent(nlp, name, populations=populations, locations=locations)


TRANSFER_VERBS = frozenset({"return", "hand", "give", "cede", "transfer", "surrender", "restore", "repatriate",
                            "extradite", "deport"})


def _transfer_to(prep: Token) -> bool:
    """ "returned four villages to Azerbaijan", "handed the prisoners back to India": "to" after a verb of
    handing something over (on the verb or on its particle "back"/"over") that has an object: the receiver."""
    head = prep.head
    if head.dep_ in ("advmod", "prt") and head.lower_ in ("back", "over"):
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in TRANSFER_VERBS and any(c.dep_ == "dobj" for c in head.children)


def _subject_after_fronted_place(token: Token) -> bool:
    """A name the parser coordinated with the last noun of a fronted adjunct, though it opens the main
    clause's subject: "In Tashkent, Tajikistan and Russia sign the treaty", "After the coup in Niamey,
    Nigeria and Benin closed their borders", "When the rebels took Goma, Rwanda and Uganda denied ...".

    Holds for a conjunct after the comma that ends the adjunct when (1) the sentence (after a chronology's
    date line or a fronted "In 2014,") opens with a preposition or subordinator, (2) the list runs up to a
    verb (auxiliaries and adverbs between) that governs the adjunct, and (3) that verb has no subject of
    its own after the comma. A list inside a plain subject ("Fighting in Kabul, Herat and Kandahar killed")
    or one that ends before another comma is left alone."""
    return fronted_list_verb(token) is not None


def fronted_list_verb(token: Token) -> Token | None:
    """The main verb whose subject list ``token`` belongs to, when the parser attached that list to a
    fronted adjunct (see :func:`_subject_after_fronted_place`); None otherwise."""
    if token.dep_ not in ("conj", "appos"):
        return None
    first = token
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    doc = token.doc
    if first.dep_ == "appos":
        # the list parsed as an apposition to the adjunct's noun: "After the end of the Cold War, Russia and
        # Poland signed a treaty" (every member, the first included, is the verb's subject)
        after = [first]
        comma = first.left_edge.i - 1
        if comma <= first.head.i or doc[comma].text != "," or doc[first.i].ent_type_ not in ("GPE", "ORG", "NORP",
                                                                                            "PERSON"):
            return None
    else:
        after = [c for c in first.conjuncts if c.i > first.i]
        if not after or token.i < after[0].i:
            return None
        comma = after[0].left_edge.i - 1
        if comma <= first.i or doc[comma].text != ",":
            return None
    last = max(t.i for c in after for t in c.subtree)
    verb_i = last + 1
    while verb_i < len(doc) and verb_i - last <= 3 and doc[verb_i].pos_ in ("AUX", "ADV", "PART") \
            and doc[verb_i].dep_ != "ROOT":
        verb_i += 1
    if verb_i >= len(doc) or verb_i - last > 3:
        return None
    verb = doc[verb_i]
    if verb.pos_ not in ("VERB", "AUX") or verb.sent.start != first.sent.start:
        return None
    if not any(a.i == verb.i for a in first.ancestors):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.i > comma for c in verb.children):
        return None
    return verb if _opens_with_adjunct(doc, first.sent.start, comma) else None


ADJUNCT_OPENERS = frozenset({"after", "following", "when", "as", "since", "once", "despite", "amid", "amidst",
                             "during", "before", "while", "whilst", "although", "though", "because", "if",
                             "until", "in", "at", "on", "with", "without", "under", "upon", "by", "within",
                             "throughout", "having", "unlike", "like", "besides", "beyond", "against",
                             "from", "over", "through", "between", "among", "whereas", "where"})


def _opens_with_adjunct(doc: Doc, start: int, comma: int) -> bool:
    """Does the stretch ``doc[start:comma]`` open with a preposition or subordinator (after a leading
    date line such as "1996–2001 –" or a fronted "In 2014,")?"""
    i = start
    while i < comma and (doc[i].is_punct or doc[i].like_num or doc[i].ent_type_ == "DATE"):
        i += 1
    if i < comma and doc[i].lower_ in ("in", "on", "by") and i + 1 < comma \
            and doc[i + 1].ent_type_ == "DATE":
        j = i + 1
        while j < comma and doc[j].ent_type_ == "DATE":
            j += 1
        if j < comma and doc[j].text == ",":
            i = j + 1  # "In 2014, after Russia annexed Crimea, ..."
    return i < comma and doc[i].lower_ in ADJUNCT_OPENERS and doc[i].pos_ in ("ADP", "SCONJ", "ADV", "VERB")
