"""Gazetteer (docs/actors.md): cities the registry does not hold become locations of their state, which the
stance place rules (guidelines 6.3) may take as the implicit party. Sentences written for these tests."""

from __future__ import annotations

from afru_nlp.components.actors import LOCATIONS_KEY
from afru_nlp.gazetteer import Gazetteer, load_gazetteer


def _places(doc):
    return [(s.text, s._.afru_actor["id"], s._.afru_actor["link"]) for s in doc.spans[LOCATIONS_KEY]
            if s._.afru_actor["link"] == "gazetteer"]


def _stances(doc):
    return [(s["source"], s["target"], s.get("category")) for sent in doc.sents for s in sent._.afru_stances]


def test_ambiguity_rule_on_made_up_cities():
    cities = {
        1: {"name": "Novagrad", "countrycode": "RS", "population": 90_000, "alternatenames": ["Nowagrad"]},
        2: {"name": "Twinton", "countrycode": "FR", "population": 500_000, "alternatenames": []},
        3: {"name": "Twinton", "countrycode": "BE", "population": 80_000, "alternatenames": []},
        4: {"name": "Bigport", "countrycode": "KE", "population": 1_200_000, "alternatenames": []},
        5: {"name": "Bigport", "countrycode": "US", "population": 20_000, "alternatenames": []},
        6: {"name": "Tinyville", "countrycode": "KE", "population": 9_000, "alternatenames": []},
        7: {"name": "Zürichberg", "countrycode": "CH", "population": 30_000, "alternatenames": ["ALV", "xiao cheng"]},
    }
    g = Gazetteer(cities)
    assert g.lookup("Novagrad") == "SRB" and g.lookup("Nowagrad") == "SRB"
    assert g.lookup("Twinton") is None  # two states, the larger not ten times the other
    assert g.lookup("Bigport") == "KEN"  # a clear majority by population
    assert g.lookup("Tinyville") is None  # under the minimum population
    assert g.lookup("Zurichberg") == "CHE"  # accents folded
    assert g.lookup("ALV") is None and g.lookup("xiao cheng") is None  # codes and lower-case names are no keys
    assert g.lookup("Novagrad", common_word=lambda key: key == "novagrad") is None


def test_packaged_gazetteer():
    g = load_gazetteer()
    assert g.lookup("Mombasa") == "KEN" and g.lookup("Kandahar") == "AFG" and g.lookup("Andijan") == "UZB"
    assert g.lookup("Tripoli") is None and g.lookup("Hyderabad") is None  # cities of two states


def test_city_of_an_actor_state_is_the_place_of_an_attack(nlp):
    doc = nlp("Sudan accused Ethiopia of aggression. Ethiopian jets bombed a depot near Kassala on Tuesday.")
    assert _places(doc) == [("Kassala", "SDN", "gazetteer")]
    assert ("ETH", "SDN", "ASSAULT") in _stances(doc)
    assert "SDN" not in [s._.afru_actor["id"] for s in doc.spans["afru_actors"] if s.text == "Kassala"]


def test_ambiguous_city_gives_no_state(nlp):
    doc = nlp("India and Pakistan traded accusations. Indian jets bombed a camp near Hyderabad.")
    assert _places(doc) == []
    assert not [s for s in _stances(doc) if s[2] == "ASSAULT" and s[1] == "PAK"]


def test_city_of_a_state_that_is_no_actor_gives_no_party(nlp):
    doc = nlp("Russia accused Ukraine of sabotage. Russian missiles struck a warehouse near Mombasa.")
    assert _places(doc) == [("Mombasa", "KEN", "gazetteer")]
    assert not [s for s in _stances(doc) if "KEN" in s[:2]]


def test_common_words_are_no_places(nlp):
    actors = nlp.get_pipe("afru_actors")
    for word in ("split", "nice", "reading", "mobile", "of"):
        assert actors._common_word(word), word
    assert not actors._common_word("mombasa")
    doc = nlp("Split over the deal, Serbian and Croatian officials said the talks in Nice were a failure.")
    assert [p for p in _places(doc) if p[0] in ("Split", "Nice")] == []


def test_city_misread_as_organisation_in_a_place_slot(nlp):
    """ "shelled Kharkiv" with Kharkiv read as an organisation: a place of UKR, no ORG actor; the same
    one-word name as a subject stays with the NER."""
    doc = nlp("Russia accused Ukraine of provocations. The Russian army shelled Kharkiv on Monday.")
    ids = [s._.afru_actor["id"] for s in doc.spans["afru_actors"]]
    assert not [i for i in ids if i.startswith("ORG-")]
    if [p for p in _places(doc) if p[0] == "Kharkiv"]:
        assert ("RUS", "UKR", "ASSAULT") in _stances(doc)


def test_city_with_its_state_in_apposition_leaves_the_state_as_the_place(nlp):
    doc = nlp("Ethiopia and Sudan traded accusations. Ethiopian jets bombed a depot in Kassala, Sudan.")
    assert _places(doc) == []
    assert ("ETH", "SDN", "ASSAULT") in _stances(doc)


def test_continent_is_no_city(nlp):
    """ "Africa" is an old alternate name of a Tunisian city in GeoNames: no place of TUN."""
    doc = nlp("Tunisia and Libya signed a deal on trade across North Africa and in Africa generally.")
    assert [p for p in _places(doc) if p[1] == "TUN"] == []
