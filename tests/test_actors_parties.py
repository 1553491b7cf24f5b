"""afru_actors and afru_stance: parties that the text names only indirectly (a state's nationals acted on,
a breakaway region, a town at the end of a route) and pairs inside one state. Sentences written for these
tests."""

from __future__ import annotations

from tests.stance_helpers import triples


def found(record: dict) -> list[tuple[str, str]]:
    return [(a["text"], a["id"]) for s in record["sentences"] for a in s["actors"]]


# -- a state's people as a party ------------------------------------------------------------------------
def test_nationals_on_the_receiving_end_stand_for_their_state(annotate):
    record = annotate("In 2016 Kurdish militants kidnapped Turkish nationals near the border.")
    assert ("Turkish", "TUR") in found(record)  # the mention is the demonym
    assert ("ORG-kurdish-militants", "TUR", "ASSAULT") in triples(record) or \
        any(t[1] == "TUR" for t in triples(record))
    record = annotate("In 2019 Egypt promised to guarantee the safety of Sudanese workers.")
    assert ("Sudanese", "SDN") in found(record)
    assert ("EGY", "SDN", "AGREE") in triples(record)


def test_populations_that_do_not_act_stay_no_actor(annotate):
    record = annotate("In 2012 Syrian refugees were living in tents near Amman.")
    assert ("Syrian", "SYR") not in found(record)
    record = annotate("In 2012 Jordan housed Syrian civilians in tents.")  # not a party noun: no actor
    assert ("Syrian", "SYR") not in found(record)
    record = annotate("In 2016 Turkish nationals were the largest group of visitors.")  # a description
    assert ("Turkish", "TUR") not in found(record)
    # acted on by nobody named: no party ("were detained", "attacks on Kenyan traders rose")
    record = annotate("In 2016 four Turkish nationals were detained at the airport.")
    assert ("Turkish", "TUR") not in found(record)
    record = annotate("In 2017 attacks on Kenyan traders rose sharply.")
    assert ("Kenyan", "KEN") not in found(record)


# -- places -------------------------------------------------------------------------------------------------
def test_towns_at_the_ends_of_a_route_are_no_organisations(annotate):
    record = annotate("The pipeline between Atyrau and Alashankou was built by China to supply its refineries.")
    ids = [i for _, i in found(record)]
    assert not any(i in ("ORG-atyrau", "ORG-alashankou") for i in ids)


def test_breakaway_regions_acted_on_are_parties(annotate):
    record = annotate("In 2022 Moscow recognised the breakaway republics of Donetsk and Luhansk as independent.")
    assert ("Donetsk", "ORG-donetsk") in found(record) and ("Luhansk", "ORG-luhansk") in found(record)
    assert ("RUS", "ORG-donetsk", "SUPPORT") in triples(record)
    # a region without a breakaway word, or one that is only taken, is a place
    record = annotate("In 1995 the army entered the autonomous region of Chechnya.")
    assert not any(i == "ORG-chechnya" for _, i in found(record))
    record = annotate("In 2003 the governor visited the province of Helmand.")
    assert not any(i == "ORG-helmand" for _, i in found(record))


def test_a_town_in_apposition_names_the_region_as_party(annotate):
    record = annotate("In 1992 Moldovan forces launched an assault on Bender, the main city of Transnistria.")
    assert ("MDA", "ORG-transnistria", "ASSAULT") in triples(record)


def test_a_region_made_a_party_keeps_its_id_in_later_sentences(annotate):
    record = annotate("In 2022 Moscow recognised the breakaway republics of Donetsk and Luhansk. "
                      "Later that year Donetsk and Luhansk asked Russia for troops. "
                      "Shelling continued in Donetsk.")
    later = [(a["text"], a["id"]) for a in record["sentences"][1]["actors"]]
    assert ("Donetsk", "ORG-donetsk") in later
    assert not record["sentences"][2]["actors"]  # "in Donetsk": a location


def test_an_offensive_against_an_unregistered_town_takes_no_dyad_partner(annotate):
    record = annotate("In 1992 Moldova cut ties with Russia. Moldovan troops then launched an offensive against "
                      "Dubasari.", meta={"dyads": ["MDA-RUS"]})
    assert ("MDA", "RUS", "ASSAULT") not in triples(record)


# -- one collective -----------------------------------------------------------------------------------------
def test_no_stance_between_a_leader_and_his_own_state(annotate):
    record = annotate("In 2015 President Emmanuel Macron visited Algiers and announced French investment in "
                      "Algeria.")
    assert not any({s, t} == {"PER-emmanuel-macron", "FRA"} for s, t, _ in triples(record))
    record = annotate("In 2009 the Russian parliament urged Dmitry Medvedev to act.")
    assert not any({s, t} == {"RUS", "PER-dmitry-medvedev"} for s, t, _ in triples(record))
    # a leader and another state: kept
    record = annotate("In 2009 Dmitry Medvedev criticised Georgia.")
    assert ("PER-dmitry-medvedev", "GEO", "ACCUSE") in triples(record) or \
        any(s == "PER-dmitry-medvedev" and t == "GEO" for s, t, _ in triples(record))


def test_a_group_leader_and_his_state_keep_their_stance(annotate):
    record = annotate("In 2021 Haibatullah Akhundzada condemned Afghanistan's government.")
    assert any(s == "PER-haibatullah-akhundzada" for s, _, _ in triples(record))


def test_domestic_events_stay_in_cameo_coding():
    from afru_nlp import load_pipeline

    nlp = load_pipeline()
    comp = nlp.get_pipe("afru_actors")
    old = (comp.populations, comp.locations)
    comp.populations, comp.locations = "participants", "keep"
    try:
        doc = nlp("In 2009 the Russian parliament urged Dmitry Medvedev to act.")
        pairs = [(s["source"], s["target"]) for sent in doc.sents for s in sent._.afru_stances or []]
    finally:
        comp.populations, comp.locations = old
    assert any("PER-dmitry-medvedev" in p for p in pairs)


# -- pronouns for documents ---------------------------------------------------------------------------------
def test_it_as_the_passive_subject_of_signed_is_a_document(annotate):
    record = annotate("In 1994 Ukraine drafted a memorandum with Britain. Russia approved the text, and it was "
                      "ratified by President Leonid Kuchma in December.")
    assert not any(s == "PER-leonid-kuchma" and t in ("GBR", "UKR", "RUS") for s, t, _ in triples(record)
                   if t == "GBR")
    last = record["sentences"][1]["stances"]
    assert not any(s["target"] == "GBR" for s in last)


def test_names_of_things_and_places_visited_are_no_organisations(annotate):
    record = annotate("In 2020 Bulgaria delayed the Balkan Stream gas pipeline, and later talks on Balkan Stream "
                      "stalled.")
    assert not any(i.startswith("ORG-balkan") for _, i in found(record))
    record = annotate("In 2021 President Emomali Rahmon visited Khatlon and warned the Taliban.")
    assert not any(i == "ORG-khatlon" for _, i in found(record))
    # an organisation acting stays one
    record = annotate("In 2021 Hezbollah fighters attacked Israel.")
    assert any(i in ("LBN-HEZ", "HEZ") or "hezbollah" in i.lower() for _, i in found(record))


def test_the_two_regions_are_the_two_breakaway_parties(annotate):
    record = annotate("In 2022 Moscow recognised the breakaway republics of Donetsk and Luhansk. Kyiv protested. "
                      "Few states have recognised the two republics since then.")
    last = [(a["text"], a["id"]) for a in record["sentences"][2]["actors"]]
    assert ("two republics", "ORG-donetsk") in last and ("republics", "ORG-luhansk") in last
    # without breakaway parties "the two regions" names nobody (not the document's states)
    record = annotate("In 2010 India and Pakistan held talks. Floods hit the two regions in August.")
    assert not record["sentences"][1]["actors"]


def test_civil_craft_stand_for_their_state_only_when_a_named_actor_acts_on_them(annotate):
    record = annotate("In 1986 Libyan gunboats seized a Maltese trawler.")
    assert ("Maltese", "MLT") in found(record)
    assert ("LBY", "MLT", "COERCE") in triples(record)
    record = annotate("In 2001 the hijacking of a Kenyan airliner to Mogadishu shocked Nairobi.")
    assert ("Kenyan", "KEN") not in found(record)


def test_a_states_opposition_is_no_organ_of_the_state(annotate):
    record = annotate("Taliban envoys met Afghan opposition politicians in Doha in 2019.")
    assert ("Afghan opposition politicians", "ORG-afghan-opposition-politicians") in found(record)
    assert not any(t == "AFG" for _, t, _ in triples(record))
    # an opposition leader and his own state: a real stance (no one-collective filter)
    record = annotate("Russian opposition leader Alexei Navalny criticised Moscow in 2020.")
    assert any(s == "PER-alexei-navalny" and t == "RUS" for s, t, _ in triples(record))


def test_a_title_is_no_organisation_nor_the_state(annotate):
    record = annotate("The State Councilor of Vietnam, Nguyen Van An, visited Vientiane in 2003.")
    ids = [i for _, i in found(record)]
    assert "ORG-state-councilor" not in ids
    assert record["sentences"][0]["actors"][0]["text"] != "State"
