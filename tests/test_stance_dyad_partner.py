"""A one-sided verbal act whose named party is one side of a manifest document dyad takes the dyad's other side
as its missing party (guidelines 6.3), when nothing else in the sentence could be that party."""

from stance_helpers import sentence_stances

DYAD = {"dyads": ["KEN-TZA"]}
INTRO = "Kenya and Tanzania share a border. "


def pairs(items):
    return {(s["source"], s["target"], s["category"]) for s in items}


def test_a_rejection_without_target_is_towards_the_dyad_partner(annotate):
    got = sentence_stances(annotate(INTRO + "Nairobi has never accepted the new tariff.", DYAD), 1)
    assert pairs(got) == {("KEN", "TZA", "REJECT")}
    assert got[0]["attribution"] == "dyad"


def test_an_insistence_without_addressee_is_towards_the_dyad_partner(annotate):
    got = sentence_stances(annotate(INTRO + "Tanzania insisted that the railway must be finished first.", DYAD), 1)
    assert pairs(got) == {("TZA", "KEN", "REQUEST")}


def test_an_agentless_cooperative_act_on_one_side_comes_from_the_other(annotate):
    got = sentence_stances(annotate(INTRO + "Many Kenyan officers were trained in Tanzania.", DYAD), 1)
    assert pairs(got) == {("TZA", "KEN", "AID")}


def test_no_manifest_dyad_no_partner(annotate):
    assert sentence_stances(annotate(INTRO + "Nairobi has never accepted the new tariff."), 1) == []


def test_a_third_party_in_the_sentence_blocks_the_partner(annotate):
    record = annotate(INTRO + "Nairobi has never accepted the tariff that Uganda proposed.", DYAD)
    assert ("KEN", "TZA", "REJECT") not in pairs(sentence_stances(record, 1))


def test_a_population_object_is_not_the_partner(annotate):
    record = annotate(INTRO + "Tanzania ordered the foreigners to leave.", DYAD)
    assert sentence_stances(record, 1) == []


def test_an_unnamed_attacker_is_not_the_partner(annotate):
    record = annotate(INTRO + "Three Kenyan diplomats were killed in Arusha.", DYAD)
    assert sentence_stances(record, 1) == []


def test_wanting_needs_no_addressee(annotate):
    record = annotate(INTRO + "Kenya sought a larger role in the region.", DYAD)
    assert sentence_stances(record, 1) == []


def test_a_side_of_two_dyads_has_no_one_partner(annotate):
    text = "Kenya signed treaties with Uganda and Tanzania. {} insisted that the railway must be finished first."
    meta = {"dyads": ["KEN-TZA", "KEN-UGA"]}
    assert sentence_stances(annotate(text.format("Kenya"), meta), 1) == []
    # Tanzania is a side of one of them only
    assert pairs(sentence_stances(annotate(text.format("Tanzania"), meta), 1)) == {("TZA", "KEN", "REQUEST")}


# the demonym or possessor on a theme noun names the missing source


def test_the_demonym_on_ended_aid_is_its_giver(annotate):
    got = sentence_stances(annotate("In 2022 Belgian military aid to Burundi was suspended."), 0)
    assert ("BEL", "BDI", "SANCTION") in pairs(got)
    # without a demonym nobody is named as the giver
    record = annotate("In 2022 military aid to Burundi was suspended.")
    assert sentence_stances(record, 0) == []


def test_a_demonym_on_the_means_is_the_giver_not_the_target(annotate):
    record = annotate("The bridge was financed with Japanese loans and opened in 1998.")
    assert all(s["target"] != "JPN" for s in sentence_stances(record, 0))
    assert any(a["source"] == "JPN" and a["category"] == "AID" for a in record["sentences"][0]["acts"])


def test_an_answered_offer_was_made_to_the_answering_side(annotate):
    got = pairs(sentence_stances(annotate("Rwanda declined a Belgian offer of mediation in 1993."), 0))
    assert {("RWA", "BEL", "REJECT"), ("BEL", "RWA", "AGREE")} <= got
    # a leader answers for the state
    got = pairs(sentence_stances(annotate("President Paul Kagame rejected a French offer of talks."), 0))
    assert ("FRA", "RWA", "AGREE") in got


def test_an_own_offer_is_no_offer_to_oneself(annotate):
    record = annotate("Rwanda declined a Rwandan offer of mediation in 1993.")
    assert all(s["category"] != "AGREE" for s in sentence_stances(record, 0))
