"""Cue words and idioms (lexicon after 1.4.0) and implicit dyad partners; own sentences."""

from __future__ import annotations

from stance_helpers import triples as stances


def pairs(record: dict) -> set[tuple[str, str, str]]:
    """Stances with a symmetric pair in a fixed order."""
    out = set()
    for sent in record["sentences"]:
        for s in sent["stances"]:
            a, b = (sorted((s["source"], s["target"])) if s["symmetric"] else (s["source"], s["target"]))
            out.add((a, b, s["category"]))
    return out


def test_trading_fire_is_an_assault_between_the_subjects(annotate):
    assert pairs(annotate("Chilean and Peruvian troops traded fire near the border.")) == {("CHL", "PER", "ASSAULT")}


def test_exchanging_fire_between_coordinated_forces_is_an_assault(annotate):
    record = annotate("Chinese and Indian soldiers exchanged fire in the valley on Monday.")
    assert pairs(record) == {("CHN", "IND", "ASSAULT")}


def test_trade_alone_is_still_cooperation_not_fire(annotate):
    assert all(c != "ASSAULT" for _, _, c in stances(annotate("Brazil expanded its trade with Argentina.")))


def test_a_row_between_states_is_a_rejection(annotate):
    assert pairs(annotate("The row between Peru and Chile deepened in March.")) == {("CHL", "PER", "REJECT")}


def test_differences_with_a_state_are_a_rejection(annotate):
    record = annotate("Ghana said it had differences with Togo over the border.")
    assert ("GHA", "TGO", "REJECT") in stances(record)


def test_a_verb_troubling_relations_is_a_rejection(annotate):
    record = annotate("The dam dispute has long troubled relations between Egypt and Ethiopia.")
    assert pairs(record) == {("EGY", "ETH", "REJECT")}
    assert all(c != "COOPERATE" for _, _, c in stances(record))


def test_arming_a_group_is_aid(annotate):
    assert [c for _, _, c in stances(annotate("Libya kept arming the Polisario Front."))] == ["AID"]
    assert stances(annotate("Syria armed Hezbollah throughout the war.")) == [("SYR", "LBN-HEZ", "AID")]


def test_arming_a_state_is_aid_not_mobilisation(annotate):
    assert stances(annotate("France armed Chad during the conflict.")) == [("FRA", "TCD", "AID")]


def test_withholding_recognition_is_a_rejection(annotate):
    assert stances(annotate("Brazil has withheld recognition from the new government of Bolivia.")) == [
        ("BRA", "BOL", "REJECT")]


def test_withholding_a_sanction_is_no_event(annotate):
    assert stances(annotate("Japan withheld sanctions against Burma.")) == []


def test_holding_someone_responsible_is_an_accusation(annotate):
    assert stances(annotate("Kenya held Somalia responsible for the raid.")) == [("KEN", "SOM", "ACCUSE")]
    assert ("ECU", "COL", "ACCUSE") in stances(annotate("Ecuador held Colombia accountable and recalled its envoy."))


def test_throwing_ones_weight_behind_is_support(annotate):
    assert stances(annotate("Egypt threw its weight behind Sudan in the talks.")) == [("EGY", "SDN", "SUPPORT")]


def test_donor_role_is_aid_to_the_recipient(annotate):
    assert stances(annotate("Japan was the largest donor to Cambodia in the 1990s.")) == [("JPN", "KHM", "AID")]


def test_supporter_role_is_support(annotate):
    assert ("IRN", "SYR", "SUPPORT") in stances(annotate("Iran remained the main supporter of Syria."))


def test_using_weapons_against_a_state_is_an_assault(annotate):
    assert stances(annotate("Armenian forces used drones against Azerbaijan.")) == [("ARM", "AZE", "ASSAULT")]
    record = annotate("Japan protested to North Korea. North Korea then fired missiles at Japan.")
    assert ("PRK", "JPN", "ASSAULT") in stances(record)


def test_using_something_else_is_no_assault(annotate):
    assert all(c != "ASSAULT" for _, _, c in stances(annotate("Chile used the loan from Peru for roads.")))


def test_an_official_travelling_to_a_state_consults_it(annotate):
    record = annotate("Ghana criticised Togo. The Ghanaian foreign minister travelled to Togo in May.")
    assert ("GHA", "TGO", "CONSULT") in stances(record)


def test_refugees_travelling_to_a_state_is_no_visit(annotate):
    record = annotate("Ghana criticised Togo. Thousands of Ghanaian refugees travelled to Togo in May.")
    assert all(c != "CONSULT" for _, _, c in stances(record))


def test_forcing_a_retreat_is_the_retreat_towards_the_dyad_partner(annotate):
    record = annotate("Iraq invaded Kuwait. Some credit the air campaign with forcing the Iraqi retreat.",
                      meta={"dyads": ["IRQ-KWT"]})
    assert ("IRQ", "KWT", "RETREAT") in stances(record)
    assert all(c != "COERCE" for _, _, c in stances(record))


def test_implicit_partner_from_the_dyad_the_source_belongs_to(annotate):
    # two manifest dyads: the retreating side's own dyad gives the partner, not the first one listed
    record = annotate("Chile and Peru signed a treaty. Bolivia attacked Paraguay. The Bolivian withdrawal began in May.",
                      meta={"dyads": ["CHL-PER", "BOL-PRY"]})
    assert ("BOL", "PRY", "RETREAT") in stances(record)


def test_a_pledge_of_aid_is_an_agreement_with_the_dyad_partner(annotate):
    record = annotate("Japan and Cambodia signed a treaty. Tokyo pledged two billion dollars in aid.",
                      meta={"dyads": ["JPN-KHM"]})
    assert ("JPN", "KHM", "AGREE") in stances(record)
    # a promise with no material act in it names no partner
    record = annotate("Japan and Cambodia signed a treaty. Tokyo pledged to hold elections.",
                      meta={"dyads": ["JPN-KHM"]})
    assert [s for s in record["sentences"][1]["stances"] if s["attribution"] == "dyad"] == []
