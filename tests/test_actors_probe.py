"""Constructions found by probing new dyads with hand-written documents: place names that contain a state's
name, ship names, chronology entries cut before their dash. Sentences written for these tests."""

from __future__ import annotations


def ids(record: dict) -> list[str]:
    return [a["id"] for s in record["sentences"] for a in s["actors"]]


def pairs(record: dict) -> set[tuple[str, str]]:
    return {(t["source"], t["target"]) for s in record["sentences"] for t in s["stances"]}


def test_sea_and_strait_names_are_no_state_mentions(annotate):
    rec = annotate("Manila and Hanoi held talks on fishing rights in the South China Sea.")
    assert "CHN" not in ids(rec)
    rec = annotate("Taipei protested after warships crossed the Taiwan Strait near the Gulf of Thailand.")
    assert ids(rec).count("TWN") == 1 and "THA" not in ids(rec)
    rec = annotate("Seoul and Tokyo still disagree on the name of the Sea of Japan.")
    assert ids(rec).count("JPN") == 1


def test_state_names_next_to_lower_case_feature_words_stay_actors(annotate):
    # negative: "sea" not capitalised, and "Gulf" opening an organisation's name, are no place names
    rec = annotate("China sent coast guard ships out to sea, and the Gulf states condemned Iran.")
    assert "CHN" in ids(rec) and "IRN" in ids(rec)


def test_a_name_after_a_ship_noun_is_the_ship_not_a_person(annotate):
    rec = annotate("In 1986 a Libyan patrol boat fired on the Italian frigate Admiral Rossi.")
    assert not any(i.startswith("PER-") for i in ids(rec))
    rec = annotate("Iranian forces seized the Greek tanker Aegean Star in the Gulf of Oman.")
    assert not any(i.startswith("PER-") for i in ids(rec))
    assert ("IRN", "GRC") in pairs(rec)


def test_a_person_after_other_nouns_is_still_a_person(annotate):
    # negative: the ship noun must come right before the name
    rec = annotate("The ship's captain spoke to President Ruto, and the vessel later left Mombasa.")
    assert "PER-william-ruto" in ids(rec) or any(i.startswith("PER-") for i in ids(rec))


def test_chronology_entry_cut_before_its_dash_is_one_sentence(nlp):
    text = ("Chile and Bolivia: a chronology\n\n1904 – Bolivia and Chile sign a treaty of peace.\n\n"
            "1978 – Bolivia breaks off relations with Chile.\n\n1990s\n\n– a line that opens with a dash.\n")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert "1904 – Bolivia and Chile sign a treaty of peace." in sents
    assert "1978 – Bolivia breaks off relations with Chile." in sents
    assert "1990s" in sents  # negative: a date heading alone on its line stays apart


def stances(record: dict, k: int) -> set[tuple[str, str, str]]:
    return {(t["source"], t["target"], t["category"]) for t in record["sentences"][k]["stances"]}


def test_agents_of_the_two_countries_are_the_pair(annotate):
    rec = annotate("Peru and Ecuador settled their border in 1998. The defence ministers of the two countries "
                   "met in Quito in 2001.", {"dyads": ["ECU-PER"]})
    assert {frozenset(p[:2]) for p in stances(rec, 1)} == {frozenset(("PER", "ECU"))}
    # negative: a place phrase ("on both sides") is no party
    rec = annotate("Peru and Ecuador fought a war in 1995. Losses on both sides were heavy.")
    assert rec["sentences"][1]["actors"] == []


def test_our_two_countries_in_a_speech_is_the_pair(annotate):
    rec = annotate("Hungary and Austria opened the border in 1989. Since then our two countries have signed "
                   "many agreements.")
    assert ("HUN", "AUT", "AGREE") in stances(rec, 1) or ("AUT", "HUN", "AGREE") in stances(rec, 1)
    # negative: a bare "our countries" is not read as a pair
    rec = annotate("Chile, Peru and Bolivia met in Lima. Our countries share a long history.")
    assert rec["sentences"][1]["actors"] == []


def test_a_pair_sharing_concern_over_a_thing_is_no_stance_between_them(annotate):
    rec = annotate("Chile and Argentina signed a fisheries pact in 2019. Both countries expressed deep concern "
                   "over illegal fishing in the South Atlantic.")
    assert rec["sentences"][1]["stances"] == []
    # negative: a reciprocal accusation is still between the two
    rec = annotate("Chile and Argentina signed a fisheries pact in 2019. Later the two countries accused each "
                   "other of breaking it.")
    assert {frozenset(p[:2]) for p in stances(rec, 1) if p[2] == "ACCUSE"} == {frozenset(("CHL", "ARG"))}


def test_names_of_conventions_and_joint_statements_are_no_actors(annotate):
    rec = annotate("Jakarta asked Canberra to respect the United Nations Convention on the Law of the Sea.")
    assert "UN" not in ids(rec) and {("IDN", "AUS")} <= pairs(rec)
    rec = annotate("Joint Declaration of Chile and Peru on the Maritime Boundary")
    assert not any(i.startswith("PER-") for i in ids(rec))
    # negative: the organisation acting, or a resolution it passed, keeps its mention
    rec = annotate("The United Nations sent observers to Cyprus, and Turkey rejected a UN resolution.")
    assert ids(rec).count("UN") == 2


def test_the_two_leaders_with_one_leader_named_are_the_dyad(annotate):
    meta = {"dyads": ["MEX-GTM"]}
    rec = annotate("Mexico and Guatemala share a long border. During a visit to the city of Flores, President "
                   "Claudia Sheinbaum opened a new crossing. The two leaders agreed to expand trade.", meta)
    assert {frozenset(p[:2]) for p in stances(rec, 2)} == {frozenset(("MEX", "GTM"))}
    # negative: with no dyad state named before, nothing is guessed
    rec = annotate("President Claudia Sheinbaum opened a new crossing. The two leaders agreed to expand trade.",
                   meta)
    assert rec["sentences"][1]["stances"] == []


def test_sending_warships_is_mobilisation_not_aid(annotate):
    rec = annotate("Caracas claimed the Essequibo region in 2023. Venezuela sent warships to the disputed "
                   "coast, and Guyana protested.", {"dyads": ["GUY-VEN"]})
    cats = {t["category"] for t in rec["sentences"][1]["stances"] if t["source"] == "VEN"}
    assert "AID" not in cats
    # negative: sending supplies is still aid
    rec = annotate("Brazil sent food and medicine to Guyana after the floods.")
    assert ("BRA", "GUY", "AID") in stances(rec, 0)


def test_a_speakers_we_plural_and_a_nations_people_stand_for_the_state(annotate):
    rec = annotate("In 1994 we Rwandans asked France to open its archives.")
    assert ("RWA", "FRA") in pairs(rec)
    rec = annotate("Japan apologised to the Korean people in 1998.")
    assert ("JPN", "KOR") in pairs(rec)
    # negative: a population acting on no other party is no actor
    rec = annotate("Thousands of Korean people emigrated in the 1970s.")
    assert ids(rec) == []
