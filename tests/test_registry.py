"""The actor registry (pure, no spaCy): lookup, case rule, date-aware ids, roles, roll-up."""

from __future__ import annotations

import json

import pytest

from afru_nlp import registry
from afru_nlp.registry import Registry, actor_info, country_of, load_registry, resolve, successor_map

Y1985 = ("1985-01-01", "1985-12-31")
Y2015 = ("2015-01-01", "2015-12-31")


def test_registry_is_versioned_and_covers_the_world():
    reg = load_registry()
    assert reg.version and reg.changelog
    states = [a for a in reg.actors.values() if a.type == "state" and a.sovereign]
    assert len(states) >= 193  # UN members + observers
    for code in ("AFG", "RUS", "USA", "PAK", "IRN", "CHN", "IND", "TJK", "UZB", "TKM", "KAZ", "KGZ", "GBR"):
        assert reg.get(code) is not None, code


@pytest.mark.parametrize("text,expected", [
    ("Iran", "IRN"), ("Syria", "SYR"), ("Britain", "GBR"), ("the UK", "GBR"), ("South Korea", "KOR"),
    ("North Korea", "PRK"), ("Ivory Coast", "CIV"), ("Burma", "MMR"), ("the US", "USA"), ("U.S.", "USA"),
    ("United States of America", "USA"), ("Czechia", "CZE"),
])
def test_common_names(text, expected):
    assert resolve(text).id == expected


@pytest.mark.parametrize("text,expected", [
    ("Afghan", "AFG"), ("Afghans", "AFG"), ("Pakistani", "PAK"), ("Pakistanis", "PAK"), ("Uzbek", "UZB"),
    ("Tajik", "TJK"), ("Iranian", "IRN"), ("Soviet", "SUN"), ("Soviets", "SUN"), ("Chinese", "CHN"),
])
def test_demonyms(text, expected):
    res = resolve(text)
    assert res is not None and res.id == expected


@pytest.mark.parametrize("text,expected", [
    ("Islamabad", "PAK"), ("Tehran", "IRN"), ("Beijing", "CHN"), ("the White House", "USA"),
    ("Washington", "USA"), ("Downing Street", "GBR"), ("Kabul", "AFG"),
])
def test_capital_and_seat_metonyms_are_government(text, expected):
    res = resolve(text, Y2015)
    assert res.id == expected and res.sector == "GOV"


def test_case_rule_acronyms_exact_names_capitalised():
    reg = load_registry()
    assert reg.resolve("US").id == "USA"
    assert reg.resolve("us") is None          # the pronoun
    assert reg.resolve("turkey") is None      # the bird
    assert reg.resolve("Turkey").id == "TUR"
    assert reg.resolve("mujahideen").id == "AFG-MUJ"  # registered in lowercase: any case


def test_historical_succession_moscow_1985_vs_2015():
    assert resolve("Moscow", Y1985).id == "SUN"
    assert resolve("Moscow", Y2015).id == "RUS"
    assert resolve("the Kremlin", Y1985).id == "SUN"
    assert resolve("the Russians", ("1979-01-01", "1989-12-31")).id == "SUN"
    assert resolve("Russian", ("1992-01-01", "1992-12-31")).id == "RUS"
    assert resolve("Soviet Union", Y2015).id == "SUN"  # a name of the past stays itself
    assert resolve("Moscow").id == "RUS"                # no date: current id


def test_successor_map_and_validity():
    mapping = successor_map()
    assert mapping["SUN"] == "RUS" and mapping["AFG-DRA"] == "AFG"
    assert mapping["YUG"] == "SRB" and mapping["CSK"] == "CZE" and mapping["DDR"] == "DEU"
    assert "RUS" not in mapping and "AFG-TAL" not in mapping
    assert actor_info("SUN")["valid_to"] == "1991-12-26"


def test_roles_by_date_taliban():
    at = {year: resolve("Taliban", (f"{year}-06-01", f"{year}-06-30")) for year in (1995, 1998, 2010, 2022)}
    assert [at[y].role for y in (1995, 1998, 2010, 2022)] == ["insurgency", "government", "insurgency", "government"]
    assert at[1998].type == "government" and at[2010].type == "armed_group"
    assert {r.id for r in at.values()} == {"AFG-TAL"}
    # the day of the fall of Kabul
    assert resolve("Taliban", ("2021-08-15", "2021-08-15")).role == "government"
    assert resolve("Taliban", ("2021-08-14", "2021-08-14")).role == "insurgency"


def test_ttp_is_not_the_taliban():
    assert resolve("Tehrik-i-Taliban Pakistan").id == "PAK-TTP"
    assert resolve("TTP").id == "PAK-TTP"
    assert resolve("Pakistani Taliban").id == "PAK-TTP"
    assert country_of("PAK-TTP") == "PAK" and country_of("AFG-TAL") == "AFG"


def test_government_of_afghanistan_by_date():
    assert resolve("Kabul", ("1984-01-01", "1984-12-31"), regime=True).id == "AFG-DRA"
    assert resolve("Kabul", ("2010-01-01", "2010-12-31"), regime=True).id == "AFG"
    assert resolve("Kabul", ("2023-03-01", "2023-03-31"), regime=True).id == "AFG-TAL"
    assert resolve("Kabul", ("1984-01-01", "1984-12-31")).id == "AFG"  # default: the state, as annotated
    assert resolve("Afghanistan", ("1984-01-01", "1984-12-31"), regime=True).id == "AFG"  # not a GOV mention


def test_current_names_never_mean_the_predecessor():
    assert resolve("Russian Federation", Y1985).id == "RUS"
    assert resolve("Russia", Y1985).id == "SUN"
    assert resolve("Soviet Russia").id == "SUN"


def test_people_terms_and_ambiguous_surnames():
    bush_2003 = resolve("Bush", ("2003-01-01", "2003-12-31"))
    bush_1990 = resolve("Bush", ("1990-01-01", "1990-12-31"))
    assert bush_2003.id == "PER-george-w-bush" and bush_1990.id == "PER-george-h-w-bush"
    shevardnadze = resolve("Shevardnadze", ("1987-01-01", "1987-12-31"))
    assert shevardnadze.country == "SUN" and shevardnadze.role == "Minister of Foreign Affairs"
    assert resolve("Shevardnadze", ("1998-01-01", "1998-12-31")).country == "GEO"
    assert resolve("Najibullah").country == "AFG"
    assert resolve("Lavrov", Y2015).role == "Minister of Foreign Affairs"
    assert resolve("Gorbachev").id == "PER-mikhail-gorbachev"


def test_roll_up_for_every_actor():
    reg = load_registry()
    for actor in reg.actors.values():
        if actor.type in ("state", "government", "armed_group", "political_party") and actor.id not in ("AQ", "ISIL", "AQIS"):
            assert actor.country, actor.id
    assert country_of("UN") is None and country_of("AQ") is None
    assert country_of("AFG-MUJ") == "AFG"


def test_actor_info_and_unknown_ids():
    info = actor_info("AFG-TAL")
    assert info["name"] == "Taliban" and info["country"] == "AFG" and len(info["roles"]) == 4
    assert actor_info("ORG-nobody-knows") is None


def test_dump_round_trip():
    reg = load_registry()
    again = Registry.load_dump(reg.dump())
    assert again.version == reg.version
    assert again.resolve("Moscow", Y1985).id == "SUN"
    assert len(again.actors) == len(reg.actors)


def test_actors_file_is_well_formed():
    text = (registry.resources.files("afru_nlp") / "resources" / "actors" / "actors.jsonl").read_text("utf-8")
    entries = [json.loads(line) for line in text.splitlines() if line.strip()]
    own_ids = [e["id"] for e in entries if not e.get("extends")]
    assert len(own_ids) == len(set(own_ids)), "duplicate ids in actors.jsonl"
    for entry in entries:
        for period in entry.get("roles", []) + entry.get("terms", []):
            assert period["from"] <= period.get("to", "9999"), entry["id"]
        if entry.get("valid_from") and entry.get("valid_to"):
            assert entry["valid_from"] < entry["valid_to"], entry["id"]


def test_malformed_registry_line_names_file_and_line(monkeypatch):
    real = registry._resource

    def fake(name):
        return real(name) + "{not json\n" if name == "actors.jsonl" else real(name)

    monkeypatch.setattr(registry, "_resource", fake)
    registry.load_registry.cache_clear()
    try:
        with pytest.raises(registry.RegistryError, match=r"actors.jsonl line \d+"):
            registry.load_registry()
    finally:
        monkeypatch.undo()
        registry.load_registry.cache_clear()
