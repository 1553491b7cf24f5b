"""afru_actors in the pipeline: linking rules per registry feature, on sentences written for these tests."""

from __future__ import annotations

import pytest

FIELDS = {"id", "name", "type", "country", "sector", "role", "link"}


def actors(record: dict) -> list[dict]:
    return [a for s in record["sentences"] for a in s["actors"]]


def ids(record: dict) -> list[str]:
    return [a["id"] for a in actors(record)]


def by_text(record: dict, text: str) -> dict:
    found = [a for a in actors(record) if a["text"] == text]
    assert found, f"no actor {text!r} in {[(a['text'], a['id']) for a in actors(record)]}"
    return found[0]


def test_items_carry_the_documented_fields_and_offsets(annotate):
    text = "In 2016 Pakistan and China signed a pipeline agreement."
    record = annotate(text)
    for item in actors(record):
        assert FIELDS <= set(item)
        assert text[item["start"]:item["end"]] == item["text"]
    assert ids(record) == ["PAK", "CHN"]


def test_demonym_standing_for_the_state_takes_sector(annotate):
    record = annotate("Soviet troops crossed the Amu Darya in December 1979.")
    soviet = by_text(record, "Soviet")  # extent: the demonym, not "Soviet troops"
    assert (soviet["id"], soviet["sector"], soviet["link"]) == ("SUN", "MIL", "demonym")
    record = annotate("The Pakistani army and Iranian officials criticised the plan in 1995.")
    assert by_text(record, "Pakistani")["sector"] == "MIL"
    assert by_text(record, "Iranian")["sector"] == "GOV"


def test_demonym_describing_a_population_is_not_an_actor(annotate):
    assert ids(annotate("Afghan refugees are a large community near Mashhad.")) == []
    assert ids(annotate("The Uzbek language is spoken in the north.")) == []
    # the object of another's act is still a population; only a population that acts is an actor
    assert ids(annotate("In 2023 Pakistan deported thousands of Afghan refugees.")) == ["PAK"]
    # a population that acts is an actor only in an event towards another actor (guidelines 5.3)
    acting = annotate("In 2023 Afghan refugees protested outside the Pakistani embassy.")
    assert ids(acting) == ["AFG", "PAK"] and by_text(acting, "Afghan")["sector"] == "REF"
    assert ids(annotate("In 2023 Afghan refugees protested outside the embassy.")) == []


def test_metonym_and_historical_succession(annotate):
    early = annotate("In 1986 Moscow announced a partial withdrawal.")
    late = annotate("In 2016 Moscow hosted a conference on regional security.")
    assert by_text(early, "Moscow")["id"] == "SUN"
    assert by_text(late, "Moscow")["id"] == "RUS"
    assert by_text(late, "Moscow")["link"] == "metonym" and by_text(late, "Moscow")["sector"] == "GOV"
    russians = annotate("Between 1980 and 1988 the Russians fought a costly war.")
    assert by_text(russians, "Russians")["id"] == "SUN"
    kremlin = annotate("In 2019 the Kremlin rejected the proposal.")
    assert by_text(kremlin, "Kremlin")["id"] == "RUS"


def test_roles_by_date(annotate):
    ruling = by_text(annotate("In 1998 the Taliban banned television."), "Taliban")
    fighting = by_text(annotate("In 2010 the Taliban attacked supply convoys."), "Taliban")
    assert ruling["id"] == fighting["id"] == "AFG-TAL"
    assert (ruling["role"], ruling["type"]) == ("government", "government")
    assert (fighting["role"], fighting["type"]) == ("insurgency", "armed_group")
    assert ruling["country"] == "AFG"


def test_ttp_is_not_the_taliban(annotate):
    record = annotate("In 2014 the TTP attacked a school, and the Tehrik-i-Taliban Pakistan claimed it.")
    assert set(ids(record)) == {"PAK-TTP"}
    record = annotate("The Pakistani Taliban and the Afghan Taliban are distinct groups.")
    assert ids(record) == ["PAK-TTP", "AFG-TAL"]
    assert by_text(record, "Afghan Taliban")["id"] == "AFG-TAL"  # demonym merged into the group mention


def test_location_is_not_an_actor(annotate):
    assert ids(annotate("Diplomats from several states met in Kabul in 2012.")) == []
    assert ids(annotate("Iran is watching the situation in Afghanistan closely.")) == ["IRN"]
    assert ids(annotate("Afghanistan is an important country in the opium trade.")) == []  # a place described
    assert ids(annotate("In 2017 Russia hosted talks on Afghanistan.")) == ["RUS"]  # a topic
    assert ids(annotate("The talks at Islamabad ended without result.")) == []
    withdrawal = annotate("In 2021 the withdrawal of American troops from Afghanistan was completed.")
    assert ids(withdrawal) == ["USA"]
    # the same names as actors
    assert ids(annotate("Kabul rejected the proposal in 2012.")) == ["AFG"]
    assert ids(annotate("In 1979 the Soviet Union invaded Afghanistan.")) == ["SUN", "AFG"]
    assert ids(annotate("Iran's policy towards Afghanistan changed in 2001.")) == ["IRN", "AFG"]


def test_the_two_countries_and_the_movement(annotate):
    record = annotate("In 2005 India and Iran signed a trade deal, and relations between the two countries improved.")
    coref = [a for a in actors(record) if a["link"] == "coreference"]
    assert [(a["text"], a["id"]) for a in coref] == [("two countries", "IND"), ("countries", "IRN")]
    record = annotate("The Taliban emerged near Kandahar in 1994. The movement captured Herat in 1995.")
    movement = by_text(record, "movement")  # extent without the determiner
    assert movement["id"] == "AFG-TAL" and movement["link"] == "coreference"
    # a movement in government is still "the movement"; its role is taken at the anaphor's time
    record = annotate("In 2022 the Taliban closed girls' schools. The movement also banned music in 2022.")
    movement = by_text(record, "movement")
    assert (movement["id"], movement["role"]) == ("AFG-TAL", "government")
    # ambiguous: two groups before "the movement" → left out
    record = annotate("The TTP and ISKP clashed in 2016. The movement lost ground.")
    assert "coreference" not in {a["link"] for a in actors(record)}


def test_case_rule_and_common_nouns(annotate):
    assert ids(annotate("They told us that the talks had failed.")) == []
    assert ids(annotate("The US told us that the talks had failed.")) == ["USA"]
    assert ids(annotate("We ate turkey in Georgia's capital.")) == []


def test_datelines_and_collective_actors(annotate):
    record = annotate("MOSCOW, 20 October 2021 – Russia hosted Taliban envoys.")
    assert ids(record) == ["RUS", "AFG-TAL"]
    record = annotate("In 1980 Western countries boycotted the Moscow Olympics.")
    assert by_text(record, "Western countries")["id"] == "ORG-western-countries"


def test_people_registry_and_fallback(annotate):
    record = annotate("In 1988 Gorbachev and Najibullah discussed the withdrawal.")
    assert by_text(record, "Gorbachev")["id"] == "PER-mikhail-gorbachev"
    assert by_text(record, "Gorbachev")["country"] == "SUN"
    assert by_text(record, "Najibullah")["country"] == "AFG"
    record = annotate("Afghan foreign minister Zalmai Rassoul met his counterpart in 2012.")
    fallback = [a for a in actors(record) if a["link"] == "ner-fallback"]
    assert fallback and fallback[0]["id"].startswith("PER-zalmai-rassoul")
    assert fallback[0]["type"] == "person" and fallback[0]["country"] == "AFG"


def test_groups_names_and_acronyms(annotate):
    record = annotate("In 1987 the Afghan mujahideen received missiles from the North Atlantic Treaty Organization (NATO).")
    assert by_text(record, "Afghan mujahideen")["id"] == "AFG-MUJ"
    assert by_text(record, "NATO")["id"] == "NATO" and by_text(record, "NATO")["country"] is None


def test_source_document_links_the_required_actors(source_record):
    found = set(ids(source_record))
    assert {"AFG", "RUS", "SUN", "USA", "NATO", "AFG-TAL", "AFG-MUJ"} <= found


def test_component_round_trips_through_disk(nlp, tmp_path):
    from afru_nlp.components.actors import ActorsComponent
    from afru_nlp.extensions import ACTORS_KEY

    pipe = nlp.get_pipe("afru_actors")
    pipe.to_disk(tmp_path / "actors")
    fresh = ActorsComponent(nlp, "afru_actors_copy").from_disk(tmp_path / "actors")
    assert fresh.registry.version == pipe.registry.version
    doc = nlp("In 1986 Moscow announced a withdrawal.")
    doc = fresh(doc)
    assert [s._.afru_actor["id"] for s in doc.spans[ACTORS_KEY]] == ["SUN"]


@pytest.mark.parametrize("text", ["", "   ", "1979", "(((", "the the the"])
def test_degenerate_texts(annotate, text):
    assert ids(annotate(text)) == []


def test_a_leaders_government_is_the_regime_he_led(annotate):
    record = annotate("In 1990 Moscow still supported Najibullah's government.")
    gov = by_text(record, "Najibullah's government")
    assert gov["id"] == "AFG-DRA" and gov["sector"] == "GOV"
    record = annotate("In 2018 Washington criticised the government of Ashraf Ghani.")
    assert by_text(record, "government of Ashraf Ghani")["id"] == "AFG"


def test_places_taken_or_left_and_hyphenated_names(annotate):
    assert ids(annotate("In September 1996 the Taliban captured Kabul.")) == ["AFG-TAL"]
    assert ids(annotate("In 1998 the movement took Mazar-i-Sharif.")) == []  # no Nawaz Sharif here


def test_cameo_codebook_keeps_locations_and_patients(nlp):
    """The settings that follow CAMEO/PLOVER practice, on a copy of the component."""
    from afru_nlp.components.actors import ActorsComponent
    from afru_nlp.extensions import ACTORS_KEY

    cameo = ActorsComponent(nlp, "afru_actors_cameo", populations="participants", locations="keep")
    with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
        doc = nlp("Pakistan deported thousands of Afghan refugees from camps in Iran.")
    found = [(s._.afru_actor["id"], s._.afru_actor["country"]) for s in cameo(doc).spans[ACTORS_KEY]]
    # the refugees are a sub-state actor of their state (docs/actors.md, "Sub-state actors")
    assert found == [("PAK", "PAK"), ("AFG-REF", "AFG"), ("IRN", "IRN")]
    with pytest.raises(ValueError):
        ActorsComponent(nlp, "bad", populations="everyone")


def test_demonym_on_a_place_noun_is_a_location(nlp, annotate):
    """ "Syrian towns": the state as a place — no actor by the guidelines, an actor with locations=keep."""
    from afru_nlp.components.actors import LOCATIONS_KEY, ActorsComponent
    from afru_nlp.extensions import ACTORS_KEY

    text = "Turkey shelled Syrian towns near the border."
    assert ids(annotate(text)) == ["TUR"]
    with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
        doc = nlp(text)
    doc = ActorsComponent(nlp, "afru_actors_drop")(doc)
    assert [s._.afru_actor["id"] for s in doc.spans[LOCATIONS_KEY]] == ["SYR"]
    with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
        doc = nlp(text)
    cameo = ActorsComponent(nlp, "afru_actors_keep", populations="participants", locations="keep")
    assert [s._.afru_actor["id"] for s in cameo(doc).spans[ACTORS_KEY]] == ["TUR", "SYR"]


@pytest.fixture(scope="module")
def cameo_actors(nlp):
    """A CAMEO-mode copy of afru_actors, run on the shared pipeline's parse."""
    from afru_nlp.components.actors import ActorsComponent
    from afru_nlp.extensions import ACTORS_KEY

    cameo = ActorsComponent(nlp, "afru_actors_cameo", populations="participants", locations="keep")

    def run(text: str) -> list[tuple[str, str, str | None]]:
        with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
            doc = nlp(text)
        return [(s.text, s._.afru_actor["id"], s._.afru_actor["country"])
                for s in cameo(doc).spans[ACTORS_KEY]]
    return run


def test_cameo_sub_state_actors(cameo_actors):
    """Sector nouns qualified by a demonym are {ISO3}-{SECTOR} actors of that state; the government is
    the state."""
    found = cameo_actors("Bolivian soldiers shot three Bolivian miners.")
    assert ("Bolivian", "BOL-MIL", "BOL") in found
    assert cameo_actors("The Peruvian government arrested Peruvian students.")[0][1] == "PER"


def test_cameo_bare_groups_take_the_only_state(cameo_actors):
    """A bare group noun that takes part gets the state that places it, or the sentence's only state."""
    found = cameo_actors("Kenyan police fired tear gas at demonstrators on Monday.")
    assert ("Kenyan", "KEN-COP", "KEN") in found and ("demonstrators", "KEN-OPP", "KEN") in found
    assert ("Rebels", "NPL-REB", "NPL") in cameo_actors("Rebels in Nepal burned a bridge.")
    # a region or an unregistered people on the noun does not make it someone else's group
    assert ("rebels", "MLI-REB", "MLI") in cameo_actors("The Malian government accused Kidal rebels of "
                                                         "breaking the truce.")
    # two states in the sentence: whose rebels is unclear, so none
    two = cameo_actors("Chadian troops attacked rebels near the border with Cameroon.")
    assert not any(text.lower() == "rebels" for text, _, _ in two)


def test_default_codebook_has_no_sub_state_ids(annotate):
    """The guidelines' mode keeps the state id for its agents and links no bare group."""
    found = ids(annotate("Kenyan police fired tear gas at demonstrators on Monday."))
    assert found == ["KEN"]


def test_cameo_titled_person_takes_the_only_state(nlp):
    """CAMEO mode: an unknown titled person without a country takes the sentence's only state, not the
    nationality of another person."""
    from afru_nlp.components.actors import ActorsComponent
    from afru_nlp.extensions import ACTORS_KEY

    cameo = ActorsComponent(nlp, "afru_actors_cameo", populations="participants", locations="keep")

    def countries(text: str) -> dict[str, str | None]:
        with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
            doc = nlp(text)
        return {s.text: s._.afru_actor["country"] for s in cameo(doc).spans[ACTORS_KEY]}

    found = countries("Rebels in Mali rejected an appeal from President Amadou Toumani Traore to disarm.")
    assert [c for text, c in found.items() if text.startswith("Amadou")] == ["MLI"]
    found = countries("President Jacques Delmont welcomed South African leader Nelson Mandela on Monday.")
    assert found.get("Jacques Delmont") is None


def test_cameo_plural_nationals_are_a_population(cameo_actors):
    """CAMEO mode: a plural nationality without "the" is the state's population (CVL); "the Russians"
    stays the state; "Iraqi Kurds", "Croatian Serbs" are a people of the state their demonym names."""
    assert ("Bolivians", "BOL-CVL", "BOL") in cameo_actors("Thousands of Bolivians marched through La Paz.")
    assert cameo_actors("The Russians invaded the country.")[0][1] == "RUS"
    assert [a[1] for a in cameo_actors("Croatian Serbs demanded autonomy.")] == ["HRV-CVL"]
    assert ("Algerian", "DZA-CVL", "DZA") in cameo_actors("Algerian landowners marched on Sunday.")


def test_cameo_bare_group_takes_the_state_of_its_clause(cameo_actors):
    """With two states in the sentence, a group acted on takes the state of its clause's subject; a
    state named only in another clause does not count."""
    found = cameo_actors("The Malian army accused rebels of attacking a convoy, a Nigerien official said.")
    assert ("rebels", "MLI-REB", "MLI") in found
    # no subject of its own clause: the troops sent to Haiti are not Haiti's
    found = cameo_actors("Peruvian police stopped students who opposed sending troops to Haiti.")
    assert not any(text == "troops" for text, _, _ in found)


def test_cameo_judge_is_a_state_title(cameo_actors):
    found = cameo_actors("Judge Maria Lopez charged three Chilean officials with fraud.")
    assert ("Maria Lopez", "PER-maria-lopez", "CHL") in found


def test_northern_ireland_is_not_ireland(cameo_actors):
    found = cameo_actors("Irish ministers met British officials in Northern Ireland.")
    assert [country for text, _, country in found if "Ireland" in text] == []


def test_person_titled_by_an_organisation_has_its_affiliation(annotate):
    """"Arab League envoy X", "NATO chief X": the organisation the person speaks for is its affiliation;
    a registered person carries the registry's affiliation (Annan → UN)."""
    found = by_text(annotate("Arab League envoy Karim Haddad visited Tunisia on Monday."), "Karim Haddad")
    assert found["affiliation"] == "LAS" and found["country"] is None
    found = by_text(annotate("NATO chief Javier Molina warned Belarus."), "Javier Molina")
    assert found["affiliation"] == "NATO"
    assert by_text(annotate("Kofi Annan met the Bolivian president."), "Kofi Annan")["affiliation"] == "UN"
    assert "affiliation" not in by_text(annotate("Bolivian president Tomas Vilca met Kofi Annan."), "Tomas Vilca")


def test_cameo_title_in_apposition_or_before_a_phrase(cameo_actors):
    """A state title in apposition ("opposition leader Maulana X", "the Interior Minister, X") or as a
    compound before an "of/for" phrase ("Federal Minister for Interior X") counts as the person's title."""
    found = cameo_actors("Police detained opposition leader Tomas Vilca after a rally in Bolivia.")
    assert ("Tomas Vilca", "PER-tomas-vilca", "BOL") in found
    found = cameo_actors("The Federal Minister for Trade Aftab Rashid Khan met Ghanaian traders.")
    assert [c for text, _, c in found if text.startswith("Aftab")] == ["GHA"]
    found = cameo_actors("A Zambian court barred candidate Elias Mwamba from the election.")
    assert ("Elias Mwamba", "PER-elias-mwamba", "ZMB") in found


def test_cameo_group_head_takes_the_sector_of_its_modifier(cameo_actors):
    """"opposition parties", "rebel leaders": a group head modified by a sector noun is that sector's group."""
    assert ("parties", "ZMB-OPP", "ZMB") in cameo_actors("Opposition parties in Zambia called a general strike.")
    assert ("leaders", "NPL-REB", "NPL") in cameo_actors("Rebel leaders in Nepal rejected the offer.")
    # "rebel attacks" are no group
    assert not any(i.endswith("-REB") for _, i, _ in cameo_actors("Rebel attacks in Nepal killed ten."))


def test_currency_and_city_state(annotate, cameo_actors):
    """"US $5 million" is money, not the United States; "in Mombasa, Kenya" names Kenya as a place."""
    assert "USA" not in ids(annotate("The Bolivian fund lost US $5 million last year."))
    assert ids(annotate("Kenyan police arrested ten men in Mombasa, Kenya.")) == ["KEN"]


def test_cameo_ethnic_population_takes_its_state_of_residence(cameo_actors):
    """"ethnic X in <state>" and "the X of <state>" are a population of the state they live in (CAMEO);
    "Kenyans in Uganda" (no "ethnic", no "of") stay Kenyans."""
    assert ("Hungarians", "ROU-CVL", "ROU") in cameo_actors("Ethnic Hungarians in Romania demanded autonomy.")
    assert ("Serbs", "BIH-CVL", "BIH") in cameo_actors("The Serbs of Bosnia rejected the plan of the European Union.")
    assert ("Kenyans", "KEN-CVL", "KEN") in cameo_actors("Kenyans in Uganda welcomed the decision.")
    # the "in" phrase of their verb: one state only, and only for "ethnic"
    assert ("Hungarians", "ROU-CVL", "ROU") in cameo_actors("Ethnic Hungarians marched in Bucharest.")
    assert ("Hungarians", "HUN-CVL", "HUN") in cameo_actors("Hungarians marched in Bucharest.")
    assert ("Hungarians", "HUN-CVL", "HUN") in cameo_actors("Ethnic Hungarians marched in Bucharest and Budapest.")


def test_cameo_unregistered_party_or_front_takes_the_only_state(cameo_actors, nlp):
    """CAMEO mode: an unknown party, union or front takes the only state its sentence names; a forum does not,
    nor does a front in a sentence naming two states, nor any organisation in the default settings."""
    found = cameo_actors("The Zambezi Freedom Front said it would boycott Zambia's next elections.")
    assert ("Zambezi Freedom Front", "ORG-zambezi-freedom-front", "ZMB") in found
    found = cameo_actors("The Zambezi Freedom Front said it would boycott the elections in Zambia and Malawi.")
    assert ("Zambezi Freedom Front", "ORG-zambezi-freedom-front", None) in found
    found = cameo_actors("The Andes Water Forum said Chile must share water.")
    assert not any(country for text, _, country in found if "Forum" in text)
    from afru_nlp.extensions import ACTORS_KEY
    doc = nlp("The Zambezi Freedom Front said it would boycott Zambia's next elections.")
    assert [s._.afru_actor.get("country") for s in doc.spans[ACTORS_KEY] if "Front" in s.text] == [None]


def test_cameo_owner_of_a_party_takes_the_only_state(cameo_actors):
    """An unknown person who owns a party or coalition ("X's party") takes the sentence's only state; with two
    states nothing."""
    found = cameo_actors("The Kenyan parliament rejected a motion by Juma Okello's party.")
    assert ("Juma Okello", "PER-juma-okello", "KEN") in found
    found = cameo_actors("Juma Okello's party met Ugandan and Kenyan officials.")
    assert ("Juma Okello", "PER-juma-okello", None) in found


def test_cameo_titled_person_clause_leaves_out_its_infinitive(cameo_actors):
    """The clause of a titled person does not include an infinitive nested in it ("ordered X to testify
    about arms sales to Peru and Bolivia"); without such a clause the other states still count."""
    found = cameo_actors("A Chilean judge ordered former president Juan Torres to testify about arms sales to Peru and Bolivia.")
    assert ("Juan Torres", "PER-juan-torres", "CHL") in found
    found = cameo_actors("A Chilean judge questioned former president Juan Torres about arms sales to Peru and Bolivia.")
    assert ("Juan Torres", "PER-juan-torres", None) in found
