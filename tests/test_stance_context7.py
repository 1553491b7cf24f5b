"""Discourse rules for parties the sentence does not name (guidelines 6.3): counted plural anaphora
("the four states"), definite descriptions of an earlier act or document, membership objects."""

from __future__ import annotations

from stance_helpers import sentence_stances


def pairs(items: list[dict]) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["category"]) for s in items}


def test_counted_plural_is_the_last_group_of_that_size(annotate):
    record = annotate("Argentina, Chile, Peru and Colombia recalled their ambassadors from Caracas. "
                      "In March the four states urged Venezuela to hold new elections.")
    got = pairs(sentence_stances(record, 1))
    assert {("ARG", "VEN", "REQUEST"), ("CHL", "VEN", "REQUEST"), ("PER", "VEN", "REQUEST"),
            ("COL", "VEN", "REQUEST")} <= got


def test_counted_plural_as_object(annotate):
    record = annotate("Kenya, Uganda and Tanzania imposed tariffs on Rwandan goods. Kigali condemned the three "
                      "governments.")
    assert pairs(sentence_stances(record, 1)) == {("RWA", "KEN", "ACCUSE"), ("RWA", "UGA", "ACCUSE"),
                                                  ("RWA", "TZA", "ACCUSE")}


def test_counted_plural_finds_the_group_in_the_title(annotate):
    record = annotate("Ghana, Togo and Benin sign a customs pact in Lome\n\nThe pact was signed on Monday. It cuts "
                      "tariffs. It was long delayed. Traders welcomed it. Prices may fall. Markets opened. Buses "
                      "ran. Rain fell. Shops closed. In the evening the three governments condemned Burkina Faso.")
    last = record["sentences"][-1]["stances"]
    assert {("GHA", "BFA", "ACCUSE"), ("TGO", "BFA", "ACCUSE"), ("BEN", "BFA", "ACCUSE")} <= pairs(last)


def test_both_allies_is_the_coordinated_pair(annotate):
    record = annotate("Norway and Denmark signed a fisheries pact. Sweden criticised both allies for the deal.")
    got = pairs(sentence_stances(record, 1))
    assert ("SWE", "NOR", "ACCUSE") in got and ("SWE", "DNK", "ACCUSE") in got


def test_counted_plural_of_another_size_finds_nothing(annotate):
    # three states named, "the four states" refers to none of them
    record = annotate("Argentina, Chile and Peru recalled their ambassadors from Caracas. "
                      "In March the four states urged Venezuela to hold new elections.")
    assert not any(s["source"] in ("ARG", "CHL", "PER") for s in sentence_stances(record, 1))


def test_rejecting_a_described_list_targets_its_givers(annotate):
    record = annotate("Kenya, Uganda and Tanzania handed Rwanda a list of nine demands. Rwanda rejected the list.")
    assert pairs(sentence_stances(record, 1)) == {("RWA", "KEN", "REJECT"), ("RWA", "UGA", "REJECT"),
                                                  ("RWA", "TZA", "REJECT")}


def test_complaint_against_earlier_controls_targets_their_owner(annotate):
    record = annotate("In 2021 Chile tightened its controls on exports of copper to Bolivia. "
                      "In May La Paz filed a complaint against the controls.")
    assert ("BOL", "CHL", "ACCUSE") in pairs(sentence_stances(record, 1))


def test_ratifying_the_accession_targets_the_acceding_state(annotate):
    record = annotate("Georgia's accession to the alliance was backed by Poland. "
                      "The Lithuanian parliament ratified the accession in June.")
    assert ("LTU", "GEO", "AGREE") in pairs(sentence_stances(record, 1))


def test_described_act_of_the_own_side_or_of_two_owners_finds_nothing(annotate):
    record = annotate("Chile announced its tariffs on Peruvian wine. Chile defended the tariffs.")
    assert not any(s["source"] == "CHL" and s["target"] == "CHL" for s in sentence_stances(record, 1))
    assert pairs(sentence_stances(record, 1)) <= {("CHL", "PER", "SANCTION")}
    # two lists of two owners in the same sentence: no owner
    record = annotate("Japan removed Korea from its list, and Korea dropped Japan from its own list. "
                      "China criticised the list.")
    assert not any(s["attribution"] == "context" for s in sentence_stances(record, 1))


def test_applying_for_membership_targets_the_organisation_named_last(annotate):
    record = annotate("Ukraine seeks to join the European Union\nKyiv applied for membership in February 2022.")
    assert ("UKR", "EU", "REQUEST") in pairs(sentence_stances(record, 1))


def test_membership_with_two_organisations_named_last_finds_none(annotate):
    record = annotate("Norway and the European Union signed a fisheries deal, and Norway joined the WTO. "
                      "Kyiv applied for membership in 2022.")
    assert sentence_stances(record, 1) == []


def test_described_act_as_passive_subject_or_of_object(annotate):
    text = "Kenya, Uganda and Tanzania handed Rwanda a list of nine demands. "
    expected = {("RWA", "KEN", "REJECT"), ("RWA", "UGA", "REJECT"), ("RWA", "TZA", "REJECT")}
    assert pairs(sentence_stances(annotate(text + "The list was rejected by Rwanda."), 1)) == expected
    assert pairs(sentence_stances(annotate(text + "Rwanda announced its rejection of the list."), 1)) == expected
