"""afru_stance: one test per construction, on sentences written for these tests, plus the pure rules.

Expected codings are reasoned by hand from the codebook (docs/codebook-stance.md), not copied from output.
"""

from __future__ import annotations

import pytest

from afru_nlp.stance_rules import (
    LexiconError,
    code_stance,
    frequent_dyad,
    load_lexicon,
    parse_dyad,
    parse_lexicon,
    reversed_category,
)
from stance_helpers import cameo_runner, find, sentence_stances, stances

STANCE_KEYS = {"source", "target", "symmetric", "polarity", "score", "category", "quad", "cues", "negated",
               "alleged", "denied", "future", "trigger"}


# ---------------------------------------------------------------- pure rules (no model)

@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def test_every_category_has_a_plover_quad(lex):
    assert set(lex.categories) == {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                   "INVESTIGATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                                   "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    for name, info in lex.categories.items():
        # cooperation scores positive, conflict negative
        assert (info["score"] > 0) == info["quad"].endswith("cooperation"), name


def test_cue_lookup_is_by_lemma(lex):
    assert lex.verbs["invade"].category == "ASSAULT"
    assert lex.nouns["invasion"].category == "ASSAULT"
    assert lex.verbs["co-operate"].category == "COOPERATE"
    assert lex.states["strain"].category == "REJECT"
    assert lex.states["sever"].category == "SANCTION"
    assert "relation" in lex.relation_nouns


def test_negated_cooperation_is_a_rejection_at_half_strength(lex):
    coding = code_stance(lex, "SUPPORT", 0.4, negated=True)
    assert (coding.category, coding.polarity, coding.quad) == ("REJECT", "conflictual", "verbal_conflict")
    assert coding.score == -0.2


def test_negated_conflict_is_not_coded(lex):
    assert code_stance(lex, "ASSAULT", -0.9, negated=True) is None


def test_intention_turns_cooperation_into_agree_and_conflict_into_threaten(lex):
    assert code_stance(lex, "AID", 0.7, future=True).category == "AGREE"
    assert code_stance(lex, "ASSAULT", -0.9, future=True).category == "THREATEN"
    # a verbal category keeps itself ("will demand")
    assert code_stance(lex, "REQUEST", -0.2, future=True).category == "REQUEST"


def test_denied_acts_are_neutral_with_their_category(lex):
    coding = code_stance(lex, "AID", 0.7, denied=True)
    assert (coding.category, coding.polarity, coding.quad, coding.score) == ("AID", "neutral", None, 0.0)


def test_scores_are_clamped_and_rounded(lex):
    assert code_stance(lex, "ASSAULT", -0.9, intensity=1.25).score == -1.0
    assert code_stance(lex, "COOPERATE", 0.6, intensity=1.25).score == 0.75


def test_ending_a_measure_reverses_it(lex):
    assert reversed_category(lex, lex.nouns["curfew"]) == "CONCEDE"
    assert reversed_category(lex, lex.nouns["blockade"]) == "RETREAT"
    assert reversed_category(lex, lex.nouns["aid"]) == "SANCTION"


def test_parse_dyad_handles_hyphenated_ids():
    known = {"AFG", "RUS", "AFG-TAL"}
    assert parse_dyad("AFG-RUS", known) == ("AFG", "RUS")
    assert parse_dyad("AFG-TAL-RUS", known) == ("AFG-TAL", "RUS")
    assert parse_dyad(["RUS", "AFG"], known) == ("RUS", "AFG")
    assert parse_dyad("AFG-USA", known) is None  # USA not in the document


def test_frequent_dyad_needs_a_clear_pair():
    assert frequent_dyad({"RUS": 9, "AFG": 12, "USA": 3}) == ("AFG", "RUS")
    assert frequent_dyad({"RUS": 9, "AFG": 4, "USA": 4}) is None
    assert frequent_dyad({"RUS": 9}) is None


def test_unknown_category_in_lexicon_fails_loudly():
    with pytest.raises(LexiconError, match="FIGHT"):
        parse_lexicon({"categories": {"ASSAULT": {"quad": "material_conflict", "score": -0.9}},
                       "verbs": {"FIGHT": ["fight"]}})


def test_plover_benchmark_quads_agree_with_the_lexicon(lex):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from plover_data import QUAD

    assert {c: lex.quad(c) for c in lex.categories} == QUAD


# ---------------------------------------------------------------- constructions (model)

def test_subject_to_object(annotate):
    s = find(stances(annotate("Russia condemned Pakistan in 2005.")), "RUS", "PAK")
    assert (s["category"], s["polarity"], s["symmetric"]) == ("ACCUSE", "conflictual", False)
    assert s["trigger"] == "condemn"
    assert STANCE_KEYS <= set(s)


def test_passive_with_agent(annotate):
    s = find(stances(annotate("Pakistan was sharply criticised by the United States.")), "USA", "PAK")
    assert s["category"] == "ACCUSE" and s["polarity"] == "conflictual"
    assert not s["symmetric"]


def test_coordinated_objects_give_two_stances(annotate):
    items = stances(annotate("Iran cooperated with Russia and China on energy projects."))
    for target in ("RUS", "CHN"):
        s = find(items, "IRN", target)
        assert (s["category"], s["polarity"], s["quad"]) == ("COOPERATE", "cooperative", "material_cooperation")
        assert [c["text"] for c in s["cues"]] == ["cooperated"]


def test_relations_between_are_symmetric(annotate):
    s = find(stances(annotate("Relations between Pakistan and Iran deteriorated in 2019.")), "PAK", "IRN")
    assert s["symmetric"] is True
    assert (s["source"], s["target"]) == ("PAK", "IRN")  # text order
    assert s["polarity"] == "conflictual"


def test_nominal_event(annotate):
    s = find(stances(annotate("Iraq's invasion of Kuwait shocked the region.")), "IRQ", "KWT")
    assert (s["category"], s["quad"]) == ("ASSAULT", "material_conflict")
    assert s["score"] <= -0.8


def test_the_two_countries_refers_to_the_previous_sentence(annotate):
    record = annotate("In 2010 Iran and Pakistan signed a trade agreement. "
                      "Afterwards relations between the two countries improved.")
    s = find(sentence_stances(record, 1), "IRN", "PAK")
    assert s["symmetric"] and s["polarity"] == "cooperative"


def test_bilateral_relations_use_the_document_dyad(annotate):
    text = "Iran sent a delegation to Pakistan in 1995. Bilateral relations were tense in the late 1990s."
    record = annotate(text, meta={"dyads": ["IRN-PAK"]})
    s = find(sentence_stances(record, 1), "IRN", "PAK")
    assert s["symmetric"] and s["polarity"] == "conflictual" and s["category"] == "REJECT"
    assert s["attribution"] == "dyad"


def test_plain_negation_of_cooperation_is_rejection(annotate):
    s = find(stances(annotate("Pakistan did not support the United States in 2003.")), "PAK", "USA")
    assert s["negated"] is True
    assert (s["category"], s["polarity"]) == ("REJECT", "conflictual")
    assert any("not" in c["text"].split() for c in s["cues"])


def test_negated_attack_is_no_event(annotate):
    assert stances(annotate("Russia did not attack Pakistan.")) == []


def test_not_hesitate_is_cooperation(annotate):
    s = find(stances(annotate("China has not hesitated to co-operate with Pakistan.")), "CHN", "PAK")
    assert (s["category"], s["polarity"], s["negated"]) == ("COOPERATE", "cooperative", False)


def test_denied_allegations_refer_back_and_are_neutral(annotate):
    record = annotate("Allegations emerged that Iran had supplied weapons to the Taliban. "
                      "Iran denied these allegations.")
    first = find(sentence_stances(record, 0), "IRN", "AFG-TAL")
    assert first["alleged"] is True and first["polarity"] == "cooperative" and not first["denied"]
    second = find(sentence_stances(record, 1), "IRN", "AFG-TAL")
    assert second["denied"] is True and second["polarity"] == "neutral" and second["score"] == 0.0
    assert second["cues"][0]["text"] == "denied"


def test_denial_of_an_act_is_not_the_act(annotate):
    s = find(stances(annotate("Iran denied that it had attacked Iraq.")), "IRN", "IRQ")
    assert s["denied"] is True and s["polarity"] == "neutral"


def test_allegation_is_kept_but_flagged(annotate):
    s = find(stances(annotate("Russia reportedly supplied arms to Iran.")), "RUS", "IRN")
    assert s["alleged"] is True and s["polarity"] == "cooperative" and s["category"] == "AID"


def test_hearsay_passive_is_alleged(annotate):
    s = find(stances(annotate("Pakistan is said to have attacked Iran.")), "PAK", "IRN")
    assert s["alleged"] is True and s["polarity"] == "conflictual"


def test_willingness_is_future_agree(annotate):
    s = find(stances(annotate("Russia expressed its willingness to co-operate with Pakistan.")), "RUS", "PAK")
    assert s["future"] is True
    assert (s["category"], s["polarity"]) == ("AGREE", "cooperative")


def test_would_continue_to_is_future(annotate):
    s = find(stances(annotate("China said that it would continue to support Pakistan.")), "CHN", "PAK")
    assert s["future"] is True and s["polarity"] == "cooperative"


def test_future_attack_is_a_threat(annotate):
    s = find(stances(annotate("Iran will attack Iraq.")), "IRN", "IRQ")
    assert (s["category"], s["polarity"], s["future"]) == ("THREATEN", "conflictual", True)


def test_ending_cooperation_is_a_sanction(annotate):
    s = find(stances(annotate("The United States suspended aid to Pakistan in 2011.")), "USA", "PAK")
    assert (s["category"], s["polarity"]) == ("SANCTION", "conflictual")
    assert s["trigger"] == "suspend aid"


def test_backing_an_action_against_someone_opposes_them(annotate):
    s = find(stances(annotate("Iran supported the campaign against the Taliban.")), "IRN", "AFG-TAL")
    assert s["polarity"] == "conflictual" and s["category"] == "REJECT"


def test_a_label_in_reported_speech_is_an_accusation(annotate):
    s = find(stances(annotate("Iran has repeatedly stated that NATO is a threat to the region.")), "IRN", "NATO")
    assert (s["category"], s["polarity"]) == ("ACCUSE", "conflictual")


def test_must_in_reported_speech_is_a_request(annotate):
    s = find(stances(annotate("Russia said that Pakistan must stop the fighting.")), "RUS", "PAK")
    assert (s["category"], s["polarity"]) == ("REQUEST", "conflictual")


def test_undergoing_an_event_makes_the_subject_the_target(annotate):
    record = annotate("Pakistan sent troops to the border in 1980. It faced strong criticism from NATO.")
    s = find(sentence_stances(record, 1), "NATO", "PAK")  # "It" = Pakistan, from the previous sentence
    assert s["polarity"] == "conflictual" and not s["symmetric"]


def test_labelling_verb_is_an_accusation(annotate):
    s = find(stances(annotate("Pakistan regarded the Taliban as a serious threat.")), "PAK", "AFG-TAL")
    assert (s["category"], s["polarity"]) == ("ACCUSE", "conflictual")


def test_denying_an_accusation_rejects_the_accuser(annotate):
    record = annotate("In 2016 India accused Pakistan of harbouring militants. Pakistan denied these accusations.")
    assert find(sentence_stances(record, 0), "IND", "PAK")["category"] == "ACCUSE"
    s = find(sentence_stances(record, 1), "PAK", "IND")
    assert (s["category"], s["polarity"], s["symmetric"]) == ("REJECT", "conflictual", False)


def test_coordinated_subjects_of_a_reciprocal_verb(annotate):
    record = annotate("Iran and Iraq fought a long war in the 1980s.")
    s = find(stances(record), "IRN", "IRQ")
    assert s["symmetric"] and s["polarity"] == "conflictual" and s["category"] == "ASSAULT"


def test_mixed_predicates_make_one_neutral_relation(annotate):
    items = stances(annotate("Relations between Iran and Iraq have been at times friendly and at times tense."))
    assert len(items) == 1
    s = find(items, "IRN", "IRQ")
    assert (s["polarity"], s["category"], s["symmetric"]) == ("neutral", None, True)


def test_intervention_in_support_of_is_aid(annotate):
    s = find(stances(annotate("In 2015 Russia intervened militarily in support of Syria.")), "RUS", "SYR")
    assert (s["category"], s["polarity"]) == ("AID", "cooperative")


def test_definite_event_noun_is_directed_at_the_other_side_of_the_dyad(annotate):
    record = annotate("Relations between Iran and Iraq were tense in 1979. Iraq attacked Iran in 1980. "
                      "Iraqi troops ended the occupation in 1988.")
    s = find(sentence_stances(record, 2), "IRQ", "IRN")
    assert (s["category"], s["polarity"], s["attribution"]) == ("RETREAT", "cooperative", "dyad")


def test_sentences_without_a_relation_get_no_stance(annotate):
    record = annotate("Pakistan is a large country with a population of over 200 million. "
                      "Russia and China are members of the United Nations. "
                      "Iran and Pakistan share a long border.")
    assert [len(s["stances"]) for s in record["sentences"]] == [0, 0, 0]


def test_cue_offsets_index_the_text(annotate):
    record = annotate("During the war, Russia worked with the United States and NATO.")
    text = record["text"]
    items = stances(record)
    assert {s["target"] for s in items} >= {"USA", "NATO"}
    for s in items:
        for cue in s["cues"]:
            assert text[cue["start"]:cue["end"]] == cue["text"]
        assert round(s["score"], 3) == s["score"] and -1 <= s["score"] <= 1


def test_output_is_deterministic(annotate):
    text = "Relations between Pakistan and Iran deteriorated. Iran co-operated with Russia and China."
    assert annotate(text) == annotate(text)


# ---------------------------------------------------------------- the source document

def test_source_document_stance_sentences(source_record):
    sents = source_record["sentences"]

    def with_word(word: str) -> list[dict]:
        return [s for s in sents if word in source_record["text"][s["start"]:s["end"]]]

    invasion = [st for s in with_word("invaded Afghanistan") for st in s["stances"]]
    assert any(st["target"] == "AFG" and st["category"] == "ASSAULT" for st in invasion)
    strained = [st for s in with_word("were strained") for st in s["stances"]]
    assert strained and all(st["polarity"] == "conflictual" and st["symmetric"] for st in strained)
    assert any(st["trigger"] == "sever" for st in strained)
    nato = [st for s in with_word("North Atlantic Treaty Organisation") for st in s["stances"]]
    assert {(st["source"], st["target"]) for st in nato if st["polarity"] == "cooperative"} >= {
        ("RUS", "USA"), ("RUS", "NATO")}
    hesitated = [st for s in with_word("not hesitated") for st in s["stances"] if st["target"] in ("USA", "NATO")]
    assert len(hesitated) == 2
    assert all(st["polarity"] == "cooperative" and not st["negated"] for st in hesitated)
    # a description of the country is no stance
    assert not [st for s in with_word("opium and heroin production") for st in s["stances"]]


# ---------------------------------------------------------------- serialisation

def test_component_round_trips_its_lexicon(nlp, tmp_path):
    component = nlp.get_pipe("afru_stance")
    component.to_disk(tmp_path / "stance")
    assert (tmp_path / "stance" / "lexicon.toml").exists()
    text = (tmp_path / "stance" / "lexicon.toml").read_text(encoding="utf-8")
    (tmp_path / "stance" / "lexicon.toml").write_text(text.replace('version = "', 'version = "test-'),
                                                      encoding="utf-8")
    from afru_nlp.components.stance import StanceComponent

    fresh = StanceComponent(nlp, "afru_stance")
    fresh.from_disk(tmp_path / "stance")
    assert fresh.lex.version.startswith("test-")
    assert fresh.lex.verbs == component.lex.verbs


# ---------------------------------------------------------------- places as participants (guidelines 6.3)

def test_place_of_a_withdrawal_is_its_target(annotate):
    # "from Afghanistan" is a location (no actor mention) but the state is an actor of the document
    record = annotate("Afghanistan protested to Britain in 1919. "
                      "In 1842 the withdrawal of British troops from Afghanistan ended in disaster.")
    s = find(sentence_stances(record, 1), "GBR", "AFG")
    assert s["category"] == "RETREAT" and s["polarity"] == "cooperative"


def test_taking_a_capital_coerces_the_state(annotate):
    record = annotate("Pakistan criticised Afghanistan. The Taliban, backed by Pakistan, captured Kabul in 1996. "
                      "Later the Northern Alliance took control of a large part of Afghanistan.")
    s = find(sentence_stances(record, 1), "AFG-TAL", "AFG")
    assert s["category"] == "COERCE"
    # the backer is not the one who captured the capital
    assert not any(x["source"] == "PAK" and x["target"] == "AFG" for x in sentence_stances(record, 1))
    assert any(s["target"] == "AFG" and s["category"] == "COERCE" and s["polarity"] == "conflictual"
               for s in sentence_stances(record, 2))


def test_place_as_topic_is_no_target(annotate):
    record = annotate("Afghanistan thanked Russia. In 2017 Russia set up a forum to discuss Afghanistan with "
                      "its neighbours.")
    assert not any(s["target"] == "AFG" for s in sentence_stances(record, 1))


def test_place_needs_the_state_as_an_actor_of_the_document(annotate):
    # Kenya is only a place here: nothing in the document makes it a participant
    record = annotate("In 1995 British troops withdrew from Kenya.")
    assert not stances(record)


def test_possessive_presence_noun_points_at_the_dyad_partner(annotate):
    record = annotate("Russia and Afghanistan signed a trade agreement in 2019. Russia keeps its embassy open.",
                      {"dyads": ["AFG-RUS"]})
    assert any(s["source"] == "RUS" and s["target"] == "AFG" and s["polarity"] == "cooperative"
               for s in sentence_stances(record, 1))


def test_an_embassy_named_as_a_thing_is_no_stance(annotate):
    record = annotate("Russia and Afghanistan signed a trade agreement in 2019. "
                      "A bomb damaged the Russian embassy's gate on Monday.", {"dyads": ["AFG-RUS"]})
    assert not any(s["polarity"] == "cooperative" for s in sentence_stances(record, 1))


def test_places_lexicon_section_is_checked():
    from afru_nlp.stance_rules import parse_lexicon as parse
    with pytest.raises(LexiconError):
        parse({"categories": {"ASSAULT": {"quad": "material_conflict", "score": -0.9}},
               "places": {"target_categories": ["INVADE"]}})


# ---------------------------------------------------------------- co-agents and participle passives

def test_together_with_adds_co_agents(annotate):
    record = annotate("Turkey, together with Qatar and Iran, supported the Syrian opposition council in 2012.")
    items = stances(record)
    sources = {s["source"] for s in items if s["category"] == "SUPPORT"}
    assert {"TUR", "QAT", "IRN"} <= sources


def test_like_phrase_adds_co_agents_but_unlike_does_not(annotate):
    record = annotate("Norway, like Sweden, criticised Russia.")
    assert {s["source"] for s in stances(record) if s["target"] == "RUS"} == {"NOR", "SWE"}
    record = annotate("Unlike Sweden, Norway criticised Russia.")
    assert {s["source"] for s in stances(record) if s["target"] == "RUS"} == {"NOR"}


def test_participle_passive_agents_sign_together(annotate):
    # "a treaty signed by A and B": the agents are the parties, symmetric, not the treaty's targets
    record = annotate("The border treaty, signed in 1978 by Peru and Bolivia, was never ratified.")
    s = find(stances(record), "PER", "BOL")
    assert s["category"] == "AGREE" and s["symmetric"]


def test_mediator_stands_towards_each_side(annotate):
    record = annotate("In 2019 Norway mediated between Colombia and Venezuela.")
    items = stances(record)
    assert {(s["source"], s["target"]) for s in items} == {("NOR", "COL"), ("NOR", "VEN")}
    assert all(s["category"] == "CONSULT" and not s["symmetric"] for s in items)


def test_mediation_between_on_the_light_verb(annotate):
    record = annotate("Kuwait's emir launched a mediation effort between Qatar and Bahrain.")
    assert {(s["source"], s["target"]) for s in stances(record)} == {("KWT", "QAT"), ("KWT", "BHR")}


def test_person_and_nationality_in_one_phrase_are_one_party(annotate):
    # "British Foreign Secretary Jack Straw": nationality + person are not two parties agreeing
    record = annotate("British Foreign Secretary Jack Straw promised to continue aid to Malawi.")
    items = stances(record)
    assert items and all(s["target"] == "MWI" for s in items)


def test_withdrawal_of_forces_from_a_state(annotate):
    # "from Lebanon" hangs on "forces", not on "withdrawal"; "Lebanon" stays an actor only in CAMEO
    # settings, so the guidelines' place rule (6.3) needs Lebanon named elsewhere in the document
    record = annotate("Syria and Lebanon signed a treaty in 1991. "
                      "In 2005 Syria completed the withdrawal of its remaining forces from Lebanon.")
    s = find(sentence_stances(record, 1), "SYR", "LBN")
    assert s["category"] == "RETREAT"


def test_office_holders_in_apposition_are_the_parties(annotate):
    record = annotate("The accord was signed by the French Foreign Minister, Alain Juppe, and the German "
                      "Foreign Minister, Klaus Kinkel.")
    pairs = {frozenset((s["source"], s["target"])) for s in stances(record) if s["category"] == "AGREE"}
    assert pairs == {frozenset(("PER-alain-juppe", "PER-klaus-kinkel"))}


def test_closing_an_embassy_is_a_sanction_towards_the_host(annotate):
    record = annotate("Libya expelled two diplomats in 1984. Later that year Britain closed its embassy in Tripoli.")
    s = find(sentence_stances(record, 1), "GBR", "LBY")
    assert s["category"] == "SANCTION" and s["polarity"] == "conflictual"


def test_give_is_aid_only_with_a_recipient(annotate):
    assert find(stances(annotate("Iran gave weapons to the Syrian government.")), "IRN", "SYR")["category"] == "AID"
    assert not stances(annotate("Canada gave no sign that it would follow Norway."))


def test_owner_of_a_named_group_is_not_a_second_target(annotate):
    record = annotate("Qatar hosted a delegation of Afghanistan's Taliban rulers for talks in 2021.")
    assert {(s["source"], s["target"]) for s in stances(record)} == {("QAT", "AFG-TAL")}


def test_agent_of_a_deed_is_its_actor_but_not_of_people(annotate):
    record = annotate("Croatia investigated crimes committed by Serbian forces.")
    assert find(stances(record), "HRV", "SRB")["category"] == "INVESTIGATE"
    record = annotate("The rebels, armed by Libya, attacked Chad.")
    assert not any(s["source"] == "LBY" and s["target"] == "TCD" for s in stances(record))


def test_target_named_as_what_the_source_calls_it(annotate):
    record = annotate("Turkey launched air strikes against what it described as PKK camps in Iraq.")
    assert find(stances(record), "TUR", "TUR-PKK")["category"] == "ASSAULT"


def test_intervention_in_a_state_targets_it(annotate):
    record = annotate("The Soviet intervention in Hungary in 1956 alarmed Austria.")
    assert find(stances(record), "SUN", "HUN")["category"] == "ASSAULT"
    # a bombing "in" a capital is a place, not a target (the guidelines drop locations)
    assert not any(s["target"] == "IRQ" for s in stances(annotate("A bombing in Baghdad killed ten people.")))


def test_dyad_named_with_the_successor_id_holds_for_the_predecessor(annotate):
    # the manifest says AFG-RUS; a 1988 text names only the Soviet Union
    record = annotate("In 1988 the Soviet Union and Afghanistan signed the accords. "
                      "The withdrawal of Soviet troops will begin in May.", {"dyads": ["AFG-RUS"]})
    s = find(sentence_stances(record, 1), "SUN", "AFG")
    assert s["future"] and s["polarity"] == "cooperative"


def test_growing_ties_are_cooperation_of_the_dyad(annotate):
    record = annotate("India and Iran signed a treaty in 1950. Military ties grew in the following years.",
                      {"dyads": ["IND-IRN"]})
    s = find(sentence_stances(record, 1), "IND", "IRN")
    assert s["polarity"] == "cooperative" and s["symmetric"]


def test_overthrowing_a_ruler_is_coercion(annotate):
    record = annotate("In 1952 Egyptian army officers overthrew King Farouk.")
    assert any(s["category"] == "COERCE" for s in stances(record))


def test_one_party_is_an_actor_or_a_state_and_its_organ():
    from afru_nlp.stance_rules import one_party

    assert one_party("IRQ", "IRQ") and one_party("IRQ", "IRQ-COP") and one_party("SDN-MIL", "SDN")
    assert not one_party("IRQ", "IRQ-CVL")      # a state may act on its citizens
    assert not one_party("IRQ-COP", "IRQ-OPP")  # police against protesters: two parties of one country
    assert not one_party("AFG", "AFG-TAL")      # a registered group is not an organ
    assert not one_party("IRQ", "IRN-COP")


@pytest.fixture(scope="module")
def cameo_stances(nlp):
    """Stances over a CAMEO-mode copy of afru_actors (populations=participants, locations=keep)."""
    return cameo_runner(nlp, "cameo")


def test_domestic_stance_between_sub_state_actors(cameo_stances):
    found = cameo_stances("Guatemalan soldiers killed four villagers in a raid.")
    assert ("GTM-MIL", "GTM-CVL", "conflictual") in found
    assert ("NGA-OPP", "NGA", "conflictual") in cameo_stances(
        "Nigerian protesters condemned the Nigerian government.")


def test_domestic_protest_without_target_addresses_own_state(cameo_stances, annotate):
    """CAMEO mode: a population or group that protests naming no one protests against its own state."""
    text = "Zambian miners went on strike on Monday, the Zambian government said."
    assert ("ZMB-CVL", "ZMB", "conflictual") in cameo_stances(text)
    assert stances(annotate(text)) == []  # the guidelines' mode: the miners are no actor of their own


def test_police_dispersing_demonstrators_is_coercion(cameo_stances):
    found = cameo_stances("Kenyan police used tear gas to disperse demonstrators in Mombasa.")
    assert ("KEN-COP", "KEN-OPP", "conflictual") in found


def test_own_troops_are_no_target(cameo_stances):
    """CAMEO mode: "French troops" is FRA-MIL, an organ of the subject; the target is where they go."""
    found = cameo_stances("France sent French troops to Mali.")
    assert ("FRA", "MLI", "conflictual") in found and all(t != "FRA-MIL" for _, t, _ in found)


def test_no_stance_between_a_state_and_its_own_organ(cameo_stances):
    found = cameo_stances("The Zambian government deployed Zambian troops to the northern province.")
    assert not any({s, t} == {"ZMB", "ZMB-MIL"} for s, t, _ in found)
    assert all(s != t for s, t, _ in cameo_stances("Sudanese troops attacked Sudanese troops."))


def pairs(record: dict) -> set[tuple[str, str]]:
    return {(s["source"], s["target"]) for s in stances(record)}


def test_object_relative_pronoun_is_the_antecedent(annotate):
    record = annotate("India backed the Taliban, whom Iran opposed.")
    assert find(stances(record), "IRN", "AFG-TAL")["polarity"] == "conflictual"


def test_together_with_joins_agents_and_is_never_a_target(annotate):
    record = annotate("In 1997 Pakistan became one of only three states, together with Qatar and Oman, "
                      "to recognise the Taliban government.")
    assert {("PAK", "AFG-TAL"), ("QAT", "AFG-TAL"), ("OMN", "AFG-TAL")} <= pairs(record)
    # a comitative after the verb adds a co-agent, not a target of the backing
    assert ("RUS", "IRN") not in pairs(annotate("Russia backed the rebels, together with Iran."))


def test_dateline_before_the_subject_is_not_the_subject(annotate):
    record = annotate("DELHI, 5 May 2011 – India on Monday strongly condemned Pakistan.")
    assert find(stances(record), "IND", "PAK")["polarity"] == "conflictual"


def test_host_of_a_delegation_is_the_source(annotate):
    record = annotate("China received an Iranian delegation in Beijing.")
    assert find(stances(record), "CHN", "IRN")["category"] == "CONSULT"
    assert ("IRN", "CHN") not in pairs(record)


def test_participle_with_by_agent_is_passive(annotate):
    record = annotate("The mujahideen fought on. Throughout the war the guerrillas were armed and financed "
                      "by the United States and Saudi Arabia.")
    assert {("USA", "AFG-MUJ"), ("SAU", "AFG-MUJ")} <= {(s["source"], s["target"])
                                                        for s in sentence_stances(record, 1)}


def test_designating_with_a_double_object(annotate):
    record = annotate("In 2004 Britain's High Court designated the Tamil Tigers a terrorist organisation.")
    record2 = annotate("In 2003 Russia's Supreme Court designated the Taliban a terrorist organisation.")
    assert find(stances(record2), "RUS", "AFG-TAL")["polarity"] == "conflictual"
    assert all(s["polarity"] != "cooperative" for s in stances(record))


def test_dispersed_protesters_are_no_protest_of_the_police(nlp):
    """People acted on ("fired tear gas at demonstrators") are no PROTEST by the one acting on them."""
    from afru_nlp.components.actors import ActorsComponent
    from afru_nlp.components.stance import StanceComponent

    actors = ActorsComponent(nlp, "afru_actors_cameo", populations="participants", locations="keep")
    with nlp.select_pipes(disable=["afru_actors", "afru_stance"]):
        doc = nlp("Kenyan police fired tear gas at demonstrators on Monday.")
    doc = StanceComponent(nlp, "afru_stance_cameo")(actors(doc))
    assert not any(s["category"] == "PROTEST" for sent in doc.sents for s in sent._.afru_stances)


def test_reversal_of_a_cue_noun_modifying_the_object(annotate):
    """"suspended (part of) its aid programme": ending the aid is SANCTION, and the aid is no AID event."""
    for text in ("Canada suspended part of its aid program for Haiti.",
                 "Norway suspended its aid programme to Kenya."):
        found = stances(annotate(text))
        assert [s["category"] for s in found] == ["SANCTION"], text


def test_heavy_object_after_its_as_phrase(annotate):
    """"denounced as a grave injustice Romania's expulsion of ...": the shifted object names the target."""
    record = annotate("Hungary denounced as a grave injustice Romania's expulsion of Hungarian teachers.")
    assert find(stances(record), "HUN", "ROU")["category"] == "ACCUSE"


def test_a_statement_condemning_is_its_authors(annotate):
    record = annotate("Ghana issued a statement condemning Togo.")
    assert find(stances(record), "GHA", "TGO")["category"] == "ACCUSE"


def test_the_one_given_an_opportunity_acts(annotate):
    record = annotate("The talks offered Iran a chance to cooperate with Iraq.")
    assert find(stances(record), "IRN", "IRQ")["polarity"] == "cooperative"


def test_relations_marked_by_a_polar_noun(annotate):
    record = annotate("Iran and Iraq signed a border treaty in 1975. Since then their relations have been "
                      "shaped by trade, by pilgrims and by deep mistrust.", {"dyads": ["IRN-IRQ"]})
    s = find(sentence_stances(record, 1), "IRN", "IRQ")
    assert s["polarity"] == "conflictual" and s["symmetric"]


def test_votes_for_and_against_an_actor(annotate):
    assert find(stances(annotate("Chile voted for Peru's candidacy.")), "CHL", "PER")["category"] == "SUPPORT"
    record = annotate("In 1962 Ghana cast the only vote against Togo's admission to the organisation.")
    assert find(stances(record), "GHA", "TGO")["polarity"] == "conflictual"
    assert stances(annotate("France voted for the resolution.")) == []  # no second actor, no stance


def test_reaction_to_an_earlier_event_targets_its_author(annotate):
    """ "condemned the expulsions": the definite event noun names the act of the sentence before."""
    record = annotate("Iran expelled two Iraqi diplomats in May. Baghdad condemned the expulsions.")
    s = find(sentence_stances(record, 1), "IRQ", "IRN")
    assert s["category"] == "ACCUSE" and s["attribution"] == "context"
    # the reacting side as the author: the other party, never itself
    assert stances(annotate("Iran expelled two Iraqi diplomats in May. Iran praised the expulsions."))[-1][
        "target"] == "IRQ"
    # no earlier event of that kind, no target
    assert stances(annotate("Chile signed a trade deal with Peru. Bolivia condemned the attack.")) == \
        sentence_stances(annotate("Chile signed a trade deal with Peru. Bolivia condemned the attack."), 0)
    assert stances(annotate("Russia condemned the attack.")) == []


def test_welcoming_an_agreement_supports_both_parties(annotate):
    record = annotate("France and Germany signed a trade agreement. Italy welcomed the agreement.")
    targets = {s["target"] for s in sentence_stances(record, 1)}
    assert targets == {"FRA", "DEU"}
    assert all(s["polarity"] == "cooperative" for s in sentence_stances(record, 1))


def test_claimed_responsibility_makes_the_claimant_the_attacker(annotate):
    record = annotate("A gunman attacked the Indian consulate in Herat. The Taliban claimed responsibility. "
                      "Pakistan condemned the attack.")
    claim = find(sentence_stances(record, 1), "AFG-TAL", "IND")
    assert claim["category"] == "ASSAULT" and claim["polarity"] == "conflictual"
    # the later condemnation is directed at the claimant, not the victim
    assert find(sentence_stances(record, 2), "PAK", "AFG-TAL")["category"] == "ACCUSE"
    # a claim with no earlier act in reach codes nothing
    assert stances(annotate("The Taliban claimed responsibility.")) == []


def test_attendees_consult_the_host(annotate):
    """Attendance is a CONSULT with the host (named with "hosted by", or holding the meeting just before),
    not a stance among the attendees."""
    record = annotate("Envoys from Chile and Peru attended a summit hosted by Brazil.")
    got = {(s["source"], s["target"], s["category"]) for s in stances(record)}
    assert got == {("CHL", "BRA", "CONSULT"), ("PER", "BRA", "CONSULT")}
    record = annotate("Egypt hosted talks on Sudan in Cairo. Delegations from Kenya and Ethiopia attended.")
    got = {(s["source"], s["target"]) for s in sentence_stances(record, 1)}
    assert got == {("KEN", "EGY"), ("ETH", "EGY")}
    assert all(s["attribution"] == "context" for s in sentence_stances(record, 1))
    assert stances(annotate("Chile attended the funeral.")) == []  # no meeting, no host


def test_taking_part_and_participating_are_attendance(annotate):
    record = annotate("Egypt hosted talks on Sudan in Cairo. A Kenyan delegation took part for the first time.")
    assert find(sentence_stances(record, 1), "KEN", "EGY")["category"] == "CONSULT"
    record = annotate("Egypt hosted talks on Sudan in Cairo. Kenya participated in the talks.")
    assert find(sentence_stances(record, 1), "KEN", "EGY")["polarity"] == "cooperative"
    assert stances(annotate("Kenya took part in the Olympic Games.")) == []


def test_exchange_with_the_partner_in_a_plural_subject(annotate):
    record = annotate("Brazil signed a trade pact with Chile in 1990. Since then the two governments have "
                      "exchanged ambassadors.")
    assert find(sentence_stances(record, 1), "BRA", "CHL")["category"] == "COOPERATE"
    # other partner verbs still need "with": a shared border is a description
    assert stances(annotate("Brazil and Chile share a long border.")) == []
    # exchanging fire is an assault, not cooperation
    assert find(stances(annotate("Brazil exchanged fire with Chile.")), "BRA", "CHL")["category"] == "ASSAULT"


def test_headline_verb_tagged_as_a_noun(annotate):
    """Headline syntax: "<actor> <verb>s <object>" without a final stop is subject-verb-object even when the
    tagger reads the verb as a plural noun."""
    record = annotate("Russia hosts Taliban delegation in Moscow, urges inclusive government")
    s = find(stances(record), "RUS", "AFG-TAL")
    assert s["category"] == "CONSULT" and not s["symmetric"] and s["source"] == "RUS"
    assert find(stances(annotate("China backs Pakistan in Kashmir row")), "CHN", "PAK")["polarity"] == "cooperative"
    assert stances(annotate("Brazil exports rise")) == []  # no second actor, no stance


def test_joining_an_organisation_and_suspending_membership(annotate):
    record = annotate("Uzbekistan was unreliable: it joined the CSTO in 2006 and suspended its membership in 2012.")
    got = {(s["source"], s["target"], s["category"]) for s in stances(record)}
    assert got == {("UZB", "CSTO", "COOPERATE"), ("UZB", "CSTO", "SANCTION")}
    assert stances(annotate("Sweden joined the war.")) == []  # not an organisation: still needs "with"
    assert stances(annotate("Chile suspended its membership.")) == []  # no organisation in reach


def test_welcoming_a_decision_supports_the_decider(annotate):
    """A generic noun ("the decision") points to an act of the previous sentence only, and a directed act
    has one author: the one who decided, not the one it was about."""
    record = annotate("Iran recognised the new government of Iraq. Syria welcomed the decision.")
    assert {(s["source"], s["target"], s["category"]) for s in sentence_stances(record, 1)} == {
        ("SYR", "IRN", "SUPPORT")}
    record = annotate("Iran recognised Iraq. Egypt published a report on tourism. Syria welcomed the decision.")
    assert sentence_stances(record, 2) == []  # two sentences back: too far for a generic noun


def test_state_acting_on_a_place_inside_itself(cameo_stances, annotate):
    """CAMEO mode: a state or its organ acting on a place in its own territory ("a curfew in southern
    Peru", "in Mombasa, Kenya") is a domestic event, PER -> PER; the guidelines' mode codes no
    self-stance."""
    assert ("PER", "PER", "conflictual") in cameo_stances("Peruvian authorities imposed a curfew in southern Peru.")
    assert ("KEN-COP", "KEN", "conflictual") in cameo_stances("Kenyan police imposed a curfew in Mombasa, Kenya.")
    assert not any(s["source"] == s["target"] for s in stances(annotate(
        "Peruvian authorities imposed a curfew in southern Peru.")))


def test_possessor_of_an_ally_is_not_the_target(annotate):
    """"killed fighters of Iran's allies": the allies are someone else, not Iran."""
    found = stances(annotate("Syrian rebels killed twenty fighters of Iran's allies near Aleppo."))
    assert not any(s["target"] == "IRN" for s in found)


def test_multiword_cue_across_an_adverb_and_a_for_clause(annotate):
    """"pushing hard for Peru to sign": "push for" with an adverb between, its target the for-clause's
    subject."""
    assert find(stances(annotate("Chile is pushing hard for Peru to sign the treaty.")),
                "CHL", "PER")["category"] == "REQUEST"
    assert find(stances(annotate("Chile called again for Peru to sign the treaty.")),
                "CHL", "PER")["category"] == "REQUEST"


def test_exploding_bombs_and_paying_compensation(annotate, cameo_stances):
    """"exploded/detonated a bomb in X" is ASSAULT; "paid compensation/reparations to X" is AID."""
    assert ("AFG-REB", "AFG", "conflictual") in cameo_stances("Afghan rebels exploded a bomb in Kabul.")
    assert find(stances(annotate("Japan paid compensation to South Korea.")), "JPN", "KOR")["category"] == "AID"
    assert find(stances(annotate("Germany paid reparations to Poland.")), "DEU", "POL")["category"] == "AID"
    assert stances(annotate("A bomb exploded in Kabul.")) == []
