"""The actor registry: canonical ids for states, historical states, IGOs, groups and people.

Pure Python (no spaCy) so the timeline, evaluation and tests can use it without a model.

Data (``afru_nlp/resources/actors/``, see docs/actors.md):

- ``registry.toml``: version and changelog of the registry.
- ``states.tsv``: per ISO alpha-3 code, what ``pycountry`` lacks: common and short names, adjectival and
  plural demonyms, capitals and seat-of-government metonyms. Official names and codes come from
  ``pycountry`` so nobody types 250 countries by hand.
- ``actors.jsonl``: one JSON object per actor that is not a current state: historical states with
  validity periods and successors, regimes, armed and political groups with dated roles, IGOs, people
  with offices and term dates; plus ``predecessors`` for current states (RUS was SUN until 1991-12-26).

Date-aware resolution works on closed ISO-date intervals ``(start, end)`` as written in
``sent._.afru_time``: a surface of a current state whose predecessor held the name at that time resolves
to the predecessor ("Moscow" in 1985 → SUN).
"""

from __future__ import annotations

import csv
import io
import json
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

Interval = tuple[str, str]  # ("YYYY-MM-DD", "YYYY-MM-DD"), closed

# kinds of surface forms, in order of preference when two actors share a surface
SURFACE_KINDS = ("name", "alias", "abbrev", "organ", "metonym", "plural", "demonym")

OPEN_END = "9999-12-31"
OPEN_START = "0001-01-01"


class RegistryError(ValueError):
    """A registry data file is malformed (names the file and line)."""


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None = None
    names: tuple[str, ...] = ()       # full and short names, aliases
    abbrevs: tuple[str, ...] = ()     # acronyms: matched case-sensitively
    demonyms: tuple[str, ...] = ()    # adjectival: "Afghan", "Soviet"
    plurals: tuple[str, ...] = ()     # "Afghans", "the Russians"
    metonyms: tuple[str, ...] = ()    # "Moscow", "the Kremlin"
    organs: tuple[dict[str, Any], ...] = ()  # {"names", "sector"}: agencies that act for it ("CIA" → USA, SPY)
    valid_from: str | None = None
    valid_to: str | None = None
    successor: str | None = None
    predecessors: tuple[dict[str, str], ...] = ()   # {"id", "until"} for current states
    governments: tuple[dict[str, str], ...] = ()    # {"id", "from", "to"}: who governs in a period
    roles: tuple[dict[str, str], ...] = ()          # {"role", "from", "to", "type"?}
    terms: tuple[dict[str, str], ...] = ()          # people: {"office", "country", "from", "to"}
    affiliation: str | None = None                  # people: the actor id they belong to
    current_names: tuple[str, ...] = ()             # names that never mean a predecessor
    sovereign: bool = True
    rollup: bool = False          # a group that governed or contended to govern its country (Taliban)
    context_abbrevs: tuple[str, ...] = ()  # ambiguous acronyms ("RSF"): no surfaces; the linker takes them
    # for this actor only in a document that names its country or the actor itself
    note: str | None = None

    def info(self) -> dict[str, Any]:
        """A plain-dict view (what :func:`actor_info` returns)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name, "type": self.type, "country": self.country}
        if self.rollup:
            out["rollup"] = True
        for key in ("sector", "valid_from", "valid_to", "successor", "affiliation", "note"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        for key in ("roles", "terms", "predecessors", "governments"):
            value = getattr(self, key)
            if value:
                out[key] = [dict(v) for v in value]
        out["names"] = list(self.names)
        if self.demonyms:
            out["demonyms"] = list(self.demonyms)
        if self.metonyms:
            out["metonyms"] = list(self.metonyms)
        return out


@dataclass(frozen=True)
class Surface:
    """One way of writing an actor: the text as registered and its kind (name, demonym, ...)."""
    actor_id: str
    text: str
    kind: str
    sector: str | None = None  # organs: the sector the organ stands for ("SPY" for an intelligence agency)


@dataclass(frozen=True)
class Resolution:
    """The actor a surface stands for at a given time."""
    id: str
    name: str
    type: str
    country: str | None
    kind: str           # surface kind that matched
    role: str | None = None
    sector: str | None = None
    via: str | None = None  # "predecessor" / "government" when the date changed the id

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "country": self.country,
                "role": self.role, "sector": self.sector}


def normalise(text: str) -> str:
    """Lookup key: NFC, curly quotes straightened, whitespace collapsed, lowercased."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text.strip()).lower()


# letters that do not decompose into an ASCII base letter ("Wałęsa" → walesa, "Tuđman" → tudman)
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae",
                          "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h"})


def slug(text: str) -> str:
    """ASCII slug for fallback ids: 'Human Rights Watch' → 'human-rights-watch'. A possessive apostrophe is
    dropped, not made a word break: "People's Protection Units" → 'peoples-protection-units', "Workers'
    Party" → 'workers-party' (other apostrophes, as in "Côte d'Ivoire", still separate words)."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LETTERS)).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"(?<=[A-Za-z]) ?['`](?=s\b)|(?<=[sS])['`](?![A-Za-z])", "", ascii_text)
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unknown"


def _spellings(form: str) -> list[str]:
    """A registered form and the spellings of it that drop accents: all of them ("Elysee") or only those on
    capitals, which English text often writes bare ("Elysée" for "Élysée")."""
    def bare(text: str) -> str:
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()

    out = [form]
    if not form.isascii():
        capitals = "".join(bare(c) or c if c.isupper() else c for c in form)
        for variant in (capitals, bare(form)):
            if variant not in out and len(variant) == len(form):
                out.append(variant)
    return out


def case_matches(text: str, registered: str, kind: str) -> bool:
    """The case rule: acronyms match exactly ("US" not "us"); other words keep their capitals.

    A registered word that starts with a capital must start with a capital in the text ("Turkey" not
    "turkey"); lowercase registered words ("mujahideen", "the") match any case. All-caps text (headlines)
    is accepted for non-acronyms.
    """
    if kind == "abbrev":
        return text.replace(" ", "") == registered.replace(" ", "")
    words, regs = text.split(), registered.split()
    if len(words) != len(regs):
        return normalise(text) == normalise(registered)
    for word, reg in zip(words, regs):
        if reg[:1].isupper() and not word[:1].isupper():
            return False
        if len(reg) > 1 and reg.isupper() and reg.isalpha() and word != reg:
            return False  # an acronym inside a longer name
    return True


def _overlap_days(a: Interval, b: Interval) -> int:
    from datetime import date

    start, end = max(a[0], b[0]), min(a[1], b[1])
    if start > end:
        return -1
    return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1


def _period(entry: dict[str, str], start_key: str = "from", end_key: str = "to") -> Interval:
    return (entry.get(start_key) or OPEN_START, entry.get(end_key) or OPEN_END)


def _pick_period(periods: list[tuple[Interval, Any]], when: Interval) -> Any | None:
    """The item whose period overlaps ``when`` most (ties: the later one); None when none overlaps."""
    best, best_days = None, -1
    for period, item in periods:
        days = _overlap_days(period, when)
        if days >= 0 and days >= best_days:
            best, best_days = item, days
    return best


class Registry:
    """All actors, an index of their surface forms, and date-aware resolution."""

    def __init__(self, actors: dict[str, Actor], version: str, changelog: list[str] | None = None):
        self.actors = actors
        self.version = version
        self.changelog = changelog or []
        self.index: dict[str, list[Surface]] = {}
        # lookups and resolutions repeat across a corpus; the registry never changes once built
        self._lookups: dict[tuple[str, bool], tuple[Surface, ...]] = {}
        self._resolutions: dict[tuple[Any, ...], Resolution | None] = {}
        for actor in actors.values():
            for kind, forms in (("name", actor.names), ("abbrev", actor.abbrevs), ("metonym", actor.metonyms),
                                ("plural", actor.plurals), ("demonym", actor.demonyms)):
                for form in (variant for registered in forms for variant in _spellings(registered)):
                    bucket = self.index.setdefault(normalise(form), [])
                    if not any(s.actor_id == actor.id and s.kind == kind for s in bucket):
                        bucket.append(Surface(actor.id, form, kind))
            for organ in actor.organs:
                for form in organ.get("names", ()):
                    bucket = self.index.setdefault(normalise(form), [])
                    if not any(s.actor_id == actor.id and s.kind == "organ" for s in bucket):
                        bucket.append(Surface(actor.id, form, "organ", organ.get("sector")))
        for bucket in self.index.values():
            bucket.sort(key=lambda s: (SURFACE_KINDS.index(s.kind) if s.kind in SURFACE_KINDS else 9, s.actor_id))

    # -- lookup -----------------------------------------------------------------------------------
    def surfaces(self) -> list[Surface]:
        """Every registered surface form (for building matchers), in a stable order."""
        return [s for key in sorted(self.index) for s in self.index[key]]

    def lookup(self, text: str, case_sensitive: bool = True) -> list[Surface]:
        """Surfaces registered for ``text`` that pass the case rule (all of them when not case-sensitive)."""
        cached = self._lookups.get((text, case_sensitive))
        if cached is None:
            cached = self._lookups[(text, case_sensitive)] = tuple(self._lookup(text, case_sensitive))
        return list(cached)

    def _lookup(self, text: str, case_sensitive: bool) -> list[Surface]:
        key = normalise(text)
        bucket = self.index.get(key)
        if bucket is None and key.startswith("the "):
            text, bucket = text.strip()[4:], self.index.get(key[4:])
        bucket = bucket or []
        if not case_sensitive:
            return list(bucket)
        return [s for s in bucket if case_matches(text.strip(), s.text, s.kind)]

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    # -- dates ------------------------------------------------------------------------------------
    def is_valid(self, actor_id: str, when: Interval | None) -> bool:
        """Whether the actor existed at some point of ``when`` (always true without a date)."""
        actor = self.actors.get(actor_id)
        if actor is None or when is None:
            return actor is not None
        return _overlap_days((actor.valid_from or OPEN_START, actor.valid_to or OPEN_END), when) >= 0

    def at(self, actor_id: str, when: Interval | None, sector: str | None = None, regime: bool = False,
           surface: str | None = None) -> Resolution | None:
        """The actor ``actor_id`` stands for at ``when``: predecessor state, governing regime, role.

        With ``regime`` true, a GOV mention (government, capital) of a state resolves to the regime
        governing it (Afghanistan's government in 1985 → AFG-DRA); the linker keeps the state instead, as
        the annotation guidelines do. A ``surface`` in the actor's ``current_names`` ("Russian
        Federation") never means the predecessor.
        """
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        via = None
        if when is not None and actor.predecessors and not (
                surface and normalise(surface) in {normalise(n) for n in actor.current_names}):
            previous = _pick_period([((OPEN_START, p["until"]), p["id"]) for p in actor.predecessors]
                                   + [((actor.predecessors[-1]["until"], OPEN_END), None)], when)
            if previous:
                actor, via = self.actors[previous], "predecessor"
        if regime and when is not None and sector == "GOV" and actor.governments:
            # only when the sentence lies wholly inside the regime's period
            for gov in actor.governments:
                if gov["from"] <= when[0] and when[1] <= (gov.get("to") or OPEN_END):
                    actor, via = self.actors[gov["id"]], "government"
                    break
        if actor.type == "person":
            term = self.term_at(actor.id, when)
            country = term.get("country") if term else actor.country
            if country and country in self.actors and self.actors[country].country:
                country = self.actors[country].country  # a regime's office rolls up to its state
            return Resolution(actor.id, actor.name, "person", country or actor.country, "",
                              term.get("office") if term else None, actor.sector or "GOV" if term else None, via)
        role, kind = self.role_at(actor.id, when)
        return Resolution(actor.id, actor.name, kind or actor.type, actor.country, "", role,
                          actor.sector or sector, via)

    def term_at(self, person_id: str, when: Interval | None) -> dict[str, str] | None:
        """The office a person held at ``when`` (their last one without a date); None if none then."""
        actor = self.actors.get(person_id)
        if actor is None or not actor.terms:
            return None
        if when is None:
            return dict(actor.terms[-1])
        chosen = _pick_period([(_period(t), t) for t in actor.terms], when)
        return dict(chosen) if chosen else None

    def role_at(self, actor_id: str, when: Interval | None) -> tuple[str | None, str | None]:
        """(role, type) of a group at ``when``; with no date, its latest role."""
        actor = self.actors.get(actor_id)
        if actor is None or not actor.roles:
            return None, None
        if when is None:
            last = actor.roles[-1]
            return last["role"], last.get("type")
        chosen = _pick_period([(_period(r), r) for r in actor.roles], when)
        if chosen is None:
            return None, None
        return chosen["role"], chosen.get("type")

    def insurgency_at(self, country: str | None, when: Interval | None) -> Actor | None:
        """The one registered group whose dated role is "insurgency" in ``country`` at ``when`` (the Afghan
        mujahideen in 1985, the Taliban in 2010); None without a date, or with none or several."""
        if not country or when is None:
            return None
        found = [a for a in self.actors.values() if a.country == country and a.roles and a.type != "state"
                 and self.role_at(a.id, when)[0] == "insurgency"]
        return found[0] if len(found) == 1 else None

    def resolve(self, text: str, when: Interval | None = None, sector: str | None = None,
                case_sensitive: bool = True, regime: bool = False) -> Resolution | None:
        """The actor ``text`` stands for at ``when`` (None when unknown or not valid then).

        Among several actors with the same surface, the one valid at ``when`` wins, then the surface kind
        (a name before a demonym), then the current one.
        """
        if isinstance(when, list):  # a caller's [start, end]: the same interval, hashable
            when = (when[0], when[1])
        key = (text, when, sector, case_sensitive, regime)
        if key not in self._resolutions:
            self._resolutions[key] = self._resolve(text, when, sector, case_sensitive, regime)
        return self._resolutions[key]

    def _resolve(self, text: str, when: Interval | None, sector: str | None, case_sensitive: bool,
                 regime: bool) -> Resolution | None:
        found = self.lookup(text, case_sensitive)
        if not found:
            return None
        valid = [s for s in found if self.is_valid(s.actor_id, when)] or found

        def preference(s: Surface) -> tuple[int, int, int, str]:
            actor = self.actors[s.actor_id]
            in_office = 0
            if actor.type == "person":  # "Bush" in 2003 is the one in office then, else the latest
                in_office = 0 if when is not None and self.term_at(s.actor_id, when) else 1
                latest = max((t.get("to") or OPEN_END) for t in actor.terms) if actor.terms else OPEN_START
                return (in_office, SURFACE_KINDS.index(s.kind), 0, "~" + "".join(chr(255 - ord(c)) for c in latest))
            return (in_office, SURFACE_KINDS.index(s.kind), actor.valid_to is not None, s.actor_id)

        valid.sort(key=preference)
        surface = valid[0]
        if sector is None and surface.kind == "metonym":
            sector = "GOV"  # a capital or seat of government standing for an actor is its government
        if sector is None and surface.kind == "organ":
            sector = surface.sector  # an agency acting for a state: the state, with the agency's sector
        resolution = self.at(surface.actor_id, when, sector, regime, surface.text)
        if resolution is None:
            return None
        return Resolution(resolution.id, resolution.name, resolution.type, resolution.country, surface.kind,
                          resolution.role, surface.sector if surface.kind == "organ" and surface.sector
                          else resolution.sector, resolution.via)

    def dump(self) -> str:
        """The whole merged registry as JSONL (first line: version), for ``nlp.to_disk``."""
        from dataclasses import asdict

        lines = [json.dumps({"version": self.version, "changelog": self.changelog}, ensure_ascii=False)]
        for key in sorted(self.actors):
            lines.append(json.dumps(asdict(self.actors[key]), ensure_ascii=False, sort_keys=True))
        return "\n".join(lines) + "\n"

    @classmethod
    def load_dump(cls, text: str) -> Registry:
        """Inverse of :meth:`dump`."""
        lines = [line for line in text.splitlines() if line.strip()]
        head = json.loads(lines[0])
        actors = {}
        for line in lines[1:]:
            data = json.loads(line)
            for key in ("names", "abbrevs", "demonyms", "plurals", "metonyms", "predecessors", "governments",
                        "roles", "terms", "current_names", "organs", "context_abbrevs"):
                data[key] = tuple(data.get(key) or ())
            actors[data["id"]] = Actor(**data)
        return cls(actors, str(head.get("version", "0")), list(head.get("changelog", [])))

    def country(self, actor_id: str) -> str | None:
        """Roll-up: the state an actor belongs to or acts for (None for IGOs, transnational groups)."""
        actor = self.actors.get(actor_id)
        if actor is not None:
            return actor.country
        match = re.match(r"^([A-Z]{3})(?:-|$)", actor_id)
        return match.group(1) if match and match.group(1) in self.actors else None

    def successor_map(self) -> dict[str, str]:
        """Historical id → the current state it rolls up to: {"SUN": "RUS", "AFG-DRA": "AFG", ...}."""
        out = {}
        for actor in self.actors.values():
            target = actor.successor
            seen = {actor.id}
            while target and self.actors.get(target) and self.actors[target].successor and target not in seen:
                seen.add(target)
                target = self.actors[target].successor
            if target:
                out[actor.id] = target
        return dict(sorted(out.items()))


# -- loading --------------------------------------------------------------------------------------
def _resource(name: str) -> str:
    return (resources.files("afru_nlp") / "resources" / "actors" / name).read_text(encoding="utf-8")


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip()) if cell else ()


def _acronym(form: str) -> bool:
    bare = form.replace(".", "").replace(" ", "")
    return bare.isupper() and bare.isalpha() and len(bare) <= 6


def _state_entries() -> dict[str, dict[str, Any]]:
    """Current states and territories from pycountry, merged with states.tsv."""
    import pycountry

    entries: dict[str, dict[str, Any]] = {}
    for country in pycountry.countries:
        names = [country.name]
        for attr in ("common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and value not in names:
                names.append(value)
        # "Korea, Republic of" style names are not how texts write them
        names = [n for n in names if "," not in n and "(" not in n]
        entries[country.alpha_3] = {"id": country.alpha_3, "name": getattr(country, "common_name", None)
                                    or country.name, "type": "state", "country": country.alpha_3,
                                    "names": names, "abbrevs": [], "demonyms": [], "plurals": [],
                                    "metonyms": [], "sovereign": False}
    reader = csv.reader(io.StringIO(_resource("states.tsv")), delimiter="\t")
    for line_no, row in enumerate(reader, 1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) < 7:
            raise RegistryError(f"states.tsv line {line_no}: expected 7 tab-separated columns, got {len(row)}")
        code, name, aliases, demonyms, plurals, capital, metonyms = (cell.strip() for cell in row[:7])
        entry = entries.setdefault(code, {"id": code, "type": "state", "country": code, "names": [],
                                          "abbrevs": [], "demonyms": [], "plurals": [], "metonyms": []})
        entry["sovereign"] = True
        if name:
            entry["name"] = name
            entry["names"].insert(0, name)
        for form in _split(aliases):
            (entry["abbrevs"] if _acronym(form) else entry["names"]).append(form)
        entry["demonyms"].extend(_split(demonyms))
        entry["plurals"].extend(_split(plurals))
        entry["metonyms"].extend(_split(capital) + _split(metonyms))
    return entries


def _actor_from(entry: dict[str, Any]) -> Actor:
    names = list(dict.fromkeys(entry.get("names") or [entry["name"]]))
    if entry["name"] not in names:
        names.insert(0, entry["name"])
    abbrevs = list(entry.get("abbrevs", []))
    for form in list(names):
        if _acronym(form):
            names.remove(form)
            abbrevs.append(form)
    return Actor(
        id=entry["id"], name=entry["name"], type=entry["type"], country=entry.get("country"),
        sector=entry.get("sector"), names=tuple(names), abbrevs=tuple(dict.fromkeys(abbrevs)),
        demonyms=tuple(dict.fromkeys(entry.get("demonyms", []))),
        plurals=tuple(dict.fromkeys(entry.get("plurals", []))),
        metonyms=tuple(dict.fromkeys(entry.get("metonyms", []))),
        organs=tuple(entry.get("organs", [])),
        valid_from=entry.get("valid_from"), valid_to=entry.get("valid_to"), successor=entry.get("successor"),
        predecessors=tuple(entry.get("predecessors", [])), governments=tuple(entry.get("governments", [])),
        roles=tuple(entry.get("roles", [])), terms=tuple(entry.get("terms", [])),
        affiliation=entry.get("affiliation"), current_names=tuple(entry.get("current_names", [])),
        sovereign=entry.get("sovereign", True), rollup=bool(entry.get("rollup", False)),
        context_abbrevs=tuple(entry.get("context_abbrevs", [])),
        note=entry.get("note"),
    )


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """The packaged registry (cached)."""
    meta = tomllib.loads(_resource("registry.toml"))
    entries = _state_entries()
    for line_no, line in enumerate(_resource("actors.jsonl").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RegistryError(f"actors.jsonl line {line_no}: {exc.msg}") from None
        if "id" not in entry:
            raise RegistryError(f"actors.jsonl line {line_no}: no id")
        if entry.get("extends"):  # extra fields for an existing (state) entry
            base = entries.setdefault(entry["id"], {"id": entry["id"]})
            for key, value in entry.items():
                if key == "extends":
                    continue
                if isinstance(value, list) and isinstance(base.get(key), list):
                    base[key] = base[key] + [v for v in value if v not in base[key]]
                else:
                    base[key] = value
            continue
        entry.setdefault("type", "organisation")
        entries[entry["id"]] = entry
    actors = {key: _actor_from(entries[key]) for key in sorted(entries)}
    return Registry(actors, str(meta.get("version", "0")), list(meta.get("changelog", [])))


def successor_map() -> dict[str, str]:
    """Historical id → the current state it rolls up to, e.g. {"SUN": "RUS", "AFG-DRA": "AFG"}."""
    return load_registry().successor_map()


def rollup_groups() -> frozenset[str]:
    """Non-state actors that count as their country in country-level timelines.

    Only groups that governed or fought to govern the state (the Taliban, the mujahideen, the Northern
    Alliance) stand for it; an insurgency against a state (TTP), or a transnational group and its
    branches (ISKP, al-Qaeda), keeps its own id so its attacks do not read as the state's relations.
    """
    return frozenset(a.id for a in load_registry().actors.values() if a.rollup)


def actor_info(actor_id: str) -> dict[str, Any] | None:
    """Name, type, country, validity, roles ... of a registered actor; None when unknown.

    Fallback ids (PER-…/ORG-… not in the registry) give a minimal dict with the type their prefix says.
    """
    actor = load_registry().get(actor_id)
    if actor is not None:
        return actor.info()
    return None


def country_of(actor_id: str) -> str | None:
    """Roll-up of an id to its state (None for IGOs and transnational groups)."""
    return load_registry().country(actor_id)


def resolve(text: str, when: Interval | None = None, sector: str | None = None,
            regime: bool = False) -> Resolution | None:
    """Convenience: :meth:`Registry.resolve` on the packaged registry."""
    return load_registry().resolve(text, when, sector, regime=regime)
