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
