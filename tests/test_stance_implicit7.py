"""Parties the sentence leaves implicit (guidelines 6.3): a go-between whose phrase is tied to a joint act."""

from __future__ import annotations

from stance_helpers import sentence_stances


def pairs(items: list[dict]) -> set[tuple[str, str]]:
    return {(s["source"], s["target"]) for s in items}


def test_talks_brokered_by_a_third_party_of_an_announced_deal(annotate):
    record = annotate("Serbia and Kosovo announced their agreement on Friday, after months of talks brokered by "
                      "the European Union.")
    got = pairs(sentence_stances(record, 0))
    assert {("EU", "SRB"), ("EU", "XKX")} <= got


def test_negotiations_hosted_by_a_third_party(annotate):
    record = annotate("Colombia and Venezuela agreed to reopen the border after weeks of negotiations hosted by "
                      "Brazil.")
    got = pairs(sentence_stances(record, 0))
    assert {("BRA", "COL"), ("BRA", "VEN")} <= got


def test_broker_of_a_document_under_which_two_sides_agree(annotate):
    record = annotate("Norway brokered the Oslo declaration of 1993, under which Israel and the PLO agreed to "
                      "recognise each other.")
    got = pairs(sentence_stances(record, 0))
    assert {("NOR", "ISR"), ("NOR", "PSE-PLO")} <= got


def test_mediation_elsewhere_is_not_tied_to_the_joint_act(annotate):
    record = annotate("France and Germany agreed to cooperate, while Norway mediated in Sudan.")
    got = pairs(sentence_stances(record, 0))
    assert not {s for s in got if s[0] == "NOR"}


def test_agreement_concluded_by_a_pair_noun_in_a_misparsed_relative(annotate):
    record = annotate("Chile and Bolivia met in Santiago. The new pact will replace the Interim Treaty that the two "
                      "states concluded in Lima on 3 May 1995.")
    got = pairs(sentence_stances(record, 1))
    assert ("BOL", "CHL") in got or ("CHL", "BOL") in got


def test_document_committing_a_pair_noun(annotate):
    record = annotate("Chile and Bolivia met in Santiago. The declaration commits the two countries to open "
                      "embassies.")
    got = pairs(sentence_stances(record, 1))
    assert ("BOL", "CHL") in got or ("CHL", "BOL") in got


def test_accord_with_a_pair_noun_is_not_between_them(annotate):
    record = annotate("Chile and Bolivia met in Santiago. The accord with the two countries was signed by Brazil.")
    got = pairs(sentence_stances(record, 1))
    assert ("BOL", "CHL") not in got and ("CHL", "BOL") not in got


def test_agreements_in_coordinated_clauses_are_one_joint_agreement(annotate):
    record = annotate("Kenya accepted the proposal on Monday, and it was signed by Somalia on Friday.")
    got = pairs(sentence_stances(record, 0))
    assert got == {("KEN", "SOM")} or got == {("SOM", "KEN")}


def test_signing_for_a_state_while_others_sign(annotate):
    record = annotate("Vladimir Putin accepted the plan on Monday, and it was signed by President Volodymyr "
                      "Zelensky on Friday.")
    got = pairs(sentence_stances(record, 0))
    assert len(got) == 1 and got <= {("PER-vladimir-putin", "PER-volodymyr-zelensky"),
                                     ("PER-volodymyr-zelensky", "PER-vladimir-putin")}


def test_agreement_beside_a_directed_agreement_or_a_refusal_stays_one_sided(annotate):
    record = annotate("Peru ratified the convention in May, and Chile signed a trade deal with Japan.")
    assert ("PER", "CHL") not in pairs(sentence_stances(record, 0))
    record = annotate("Peru ratified the convention in May, but Chile refused to sign it.")
    got = pairs(sentence_stances(record, 0))
    assert ("PER", "CHL") not in got and ("CHL", "PER") not in got


def test_agentless_act_takes_the_doer_of_the_conjoined_clause(annotate):
    record = annotate("The next morning, Russian jets carried out strikes across the border, and Pavlo Kovalenko was "
                      "shot down in the battle that followed.")
    assert ("RUS", "PER-pavlo-kovalenko") in pairs(sentence_stances(record, 0))
    record = annotate("Russian artillery shelled the port on Monday, and Moldova was attacked the next day.")
    assert ("RUS", "MDA") in pairs(sentence_stances(record, 0))


def test_agentless_act_of_another_category_or_after_a_negated_act_is_not_joined(annotate):
    record = annotate("Russian artillery shelled the port on Monday, and Moldova was praised the next day.")
    assert ("RUS", "MDA") not in pairs(sentence_stances(record, 0))
    record = annotate("Russian artillery did not shell the port, and Moldova was attacked by unknown gunmen.")
    assert ("RUS", "MDA") not in pairs(sentence_stances(record, 0))
