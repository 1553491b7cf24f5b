"""Targets of acts that name their other party only around the clause: relative clauses on a claim or
proposal, pair anaphors, mediators and hosts of a known pair, verbs of telling, coordinated warnings,
back-references within the sentence, followers of a lead; and negated endings of cooperation (codebook:
"Targets around the clause")."""

from __future__ import annotations

from stance_helpers import sentence_stances


def pairs(items: list[dict]) -> set[tuple[str, str, str]]:
    return {(s["source"], s["target"], s["category"]) for s in items}


def acts(record: dict, n: int) -> set[tuple[str | None, str | None, str]]:
    return {(a["source"], a["target"], a["category"]) for a in record["sentences"][n].get("acts", [])}


# ---------------------------------------------------------------- relative clauses: the author is the target
def test_charge_rejected_in_a_relative_clause_with_that(annotate):
    record = annotate("Chile accused Bolivia of smuggling arms, a charge that La Paz rejected.")
    got = pairs(sentence_stances(record, 0))
    assert ("CHL", "BOL", "ACCUSE") in got and ("BOL", "CHL", "REJECT") in got


def test_claim_denied_in_a_relative_clause_targets_the_speaker(annotate):
    record = annotate("Greece said its navy had sunk a Turkish patrol boat, a claim that Turkey has denied.")
    assert ("TUR", "GRC", "REJECT") in pairs(sentence_stances(record, 0))
    # a denial with its own object is no relative rejection of the claim
    record = annotate("Greece said its navy had sunk a Turkish boat, and Turkey denied the report of the BBC.")
    assert ("TUR", "GRC", "REJECT") not in pairs(sentence_stances(record, 0))


def test_proposal_rejected_in_a_relative_clause_targets_its_author(annotate):
    record = annotate("The talks stalled over Brazilian proposals for a joint customs zone, which Argentina "
                      "rejected.")
    assert ("ARG", "BRA", "REJECT") in pairs(sentence_stances(record, 0))
    record = annotate("The Turkish offer of mediation, which Greece turned down, was renewed.")
    assert ("GRC", "TUR", "REJECT") in pairs(sentence_stances(record, 0))
    # a negated rejection is no rejection; a proposal without an author gives no target
    record = annotate("The Brazilian proposal, which Argentina did not reject, was discussed.")
    assert ("ARG", "BRA", "REJECT") not in pairs(sentence_stances(record, 0))
    record = annotate("The proposal, which Argentina rejected, was discussed.")
    assert not any(s["source"] == "ARG" for s in sentence_stances(record, 0))


# ---------------------------------------------------------------- pair anaphors
def test_both_countries_as_object_is_the_pair_named_before(annotate):
    record = annotate("Ethiopia and Eritrea clashed on the border. Kenya and Uganda urged both countries to "
                      "show restraint.")
    assert pairs(sentence_stances(record, 1)) == {("KEN", "ETH", "REQUEST"), ("KEN", "ERI", "REQUEST"),
                                                 ("UGA", "ETH", "REQUEST"), ("UGA", "ERI", "REQUEST")}
    # "both countries" in the subject's own clause ("said that both countries ...") is no target
    record = annotate("Ethiopia and Eritrea signed a treaty. Kenya and Uganda said that both countries would "
                      "benefit.")
    assert sentence_stances(record, 1) == []


def test_talks_between_the_two_rivals_and_their_host(annotate):
    record = annotate("Chile and Peru fought a border war. Talks between the two rivals began in May and were "
                      "hosted by Brazil.")
    got = pairs(sentence_stances(record, 1))
    assert ("BRA", "CHL", "CONSULT") in got and ("BRA", "PER", "CONSULT") in got
    assert any({s["source"], s["target"]} == {"CHL", "PER"} and s["category"] == "CONSULT"
               for s in sentence_stances(record, 1))
    # a host with no meeting of a known pair hosts no one
    record = annotate("Chile and Peru fought a border war. Brazil hosted a summit.")
    assert sentence_stances(record, 1) == []


# ---------------------------------------------------------------- mediation
def test_mediated_agreement_of_the_previous_sentence(annotate):
    record = annotate("Armenia and Azerbaijan signed a peace deal. The agreement was mediated by Qatar.")
    assert pairs(sentence_stances(record, 1)) == {("QAT", "ARM", "CONSULT"), ("QAT", "AZE", "CONSULT")}
    record = annotate("Armenia and Azerbaijan signed a peace deal. The deal, which was brokered by Qatar, "
                      "surprised many.")
    assert pairs(sentence_stances(record, 1)) == {("QAT", "ARM", "CONSULT"), ("QAT", "AZE", "CONSULT")}
    # no agreement before it: nothing to mediate between
    record = annotate("Armenia and Azerbaijan fought a war. The agreement was mediated by Qatar.")
    assert sentence_stances(record, 1) == []


def test_brokered_deal_is_both_the_mediation_and_the_agreement(annotate):
    got = pairs(sentence_stances(annotate("Qatar brokered a deal between Chad and Sudan."), 0))
    assert got == {("QAT", "TCD", "CONSULT"), ("QAT", "SDN", "CONSULT"), ("TCD", "SDN", "AGREE")}


# ---------------------------------------------------------------- negated endings of cooperation
def test_negated_ending_of_a_cooperative_relation_is_that_cooperation(annotate):
    s = sentence_stances(annotate("Colombia has not given up its security partnership with Ecuador."), 0)
    assert pairs(s) == {("COL", "ECU", "COOPERATE")} and not s[0]["negated"]
    s = sentence_stances(annotate("The coup did not end Cuban arms deliveries to Ethiopia."), 0)
    assert pairs(s) == {("CUB", "ETH", "AID")}
    # the ending itself is SANCTION; not restoring relations stays a refusal
    assert pairs(sentence_stances(annotate("Bolivia has given up its alliance with Cuba."), 0)) == {
        ("BOL", "CUB", "SANCTION")}
    assert pairs(sentence_stances(annotate("Bolivia did not restore relations with Cuba."), 0)) == {
        ("BOL", "CUB", "REJECT")}


# ---------------------------------------------------------------- telling, warning, back-reference
def test_act_in_the_that_clause_of_telling_aims_at_the_one_told(annotate):
    record = annotate("In 1962 the Soviet side told the Cubans that it would not supply the missiles.")
    assert pairs(sentence_stances(record, 0)) == {("SUN", "CUB", "REJECT")}
    # telling reporters: no actor told, no target
    record = annotate("Turkey told reporters that it would not supply the weapons.")
    assert sentence_stances(record, 0) == []


def test_coordinated_warning_takes_the_target_of_the_first_predicate(annotate):
    record = annotate("Prime Minister Narendra Modi offered to hold talks with China and warned that a "
                      "miscalculation could have grave consequences.")
    assert ("PER-narendra-modi", "CHN", "THREATEN") in pairs(sentence_stances(record, 0))
    # a warning alone has no target
    record = annotate("Prime Minister Narendra Modi warned that a miscalculation could have grave consequences.")
    assert sentence_stances(record, 0) == []


def test_refused_to_endorse_an_event_named_earlier_in_the_sentence(annotate):
    record = annotate("Since the Chinese invasion of Vietnam in 1979, Laos has refused to endorse the war.")
    assert ("LAO", "CHN", "REJECT") in pairs(sentence_stances(record, 0))
    record = annotate("Laos has refused to endorse the war.")
    assert sentence_stances(record, 0) == []


# ---------------------------------------------------------------- following a lead, journeys
def test_followers_repeat_the_leaders_latest_act(annotate):
    record = annotate("France expelled the Russian ambassador. Belgium followed suit.")
    # expelling an ambassador is SANCTION (lexicon 1.8.0 object cue), and the followers repeat it
    assert pairs(sentence_stances(record, 1)) == {("BEL", "RUS", "SANCTION")}
    record = annotate("France expelled the Russian ambassador. Belgium and Spain followed the French lead.")
    assert pairs(sentence_stances(record, 1)) == {("BEL", "RUS", "SANCTION"), ("ESP", "RUS", "SANCTION")}
    # another leader than the one who acted: no act to repeat
    record = annotate("France expelled the Russian ambassador. Belgium followed the German example.")
    assert sentence_stances(record, 1) == []


def test_leaving_for_a_country_is_a_journey(annotate):
    record = annotate("The Cuban envoy left for Moscow on Monday.")
    assert sentence_stances(record, 0) == [] and not acts(record, 0)


# ---------------------------------------------------------------- "its neighbour", a measure's own recipient
def test_its_neighbour_is_the_other_member_of_the_pair(annotate):
    record = annotate("Chile and Peru fought in 1879. Chile later withdrew the aid it had given to its neighbour.")
    got = pairs(sentence_stances(record, 1))
    assert ("CHL", "PER", "SANCTION") in got and ("CHL", "PER", "AID") in got
    # no pair named before: "its neighbour" is no one
    record = annotate("Chile later withdrew the aid it had given to its neighbour.")
    assert sentence_stances(record, 0) == []


def test_dative_to_with_a_cue_noun_is_no_recipient(annotate):
    record = annotate("Moscow expected the step to give fresh impetus to cooperation between Russia and Laos.")
    assert not acts(record, 0) or all(a["category"] != "AID" for a in record["sentences"][0]["acts"])


# ---------------------------------------------------------------- relative clauses on relations, questions, denials
def test_act_in_a_relative_clause_on_a_relation_targets_the_other_member(annotate):
    record = annotate("Ghana and Togo agreed to restore the ties that Accra had cut in 1990.")
    s = [x for x in sentence_stances(record, 0) if x["category"] == "SANCTION"]
    assert [(x["source"], x["target"]) for x in s] == [("GHA", "TGO")]
    assert not s[0]["future"]  # the relative clause states its own (past) act, not the agreed one
    # a relative clause with no act: nothing more
    record = annotate("Ghana and Togo restored the ties that their leaders valued.")
    assert {x["category"] for x in sentence_stances(record, 0)} == {"SUPPORT"}


def test_asking_a_question_is_consultation(annotate):
    assert pairs(sentence_stances(annotate("Chile asked Peru whether it would join the talks."), 0)) == {
        ("CHL", "PER", "CONSULT")}
    assert pairs(sentence_stances(annotate("Chile asked Peru to join the talks."), 0)) == {
        ("CHL", "PER", "REQUEST")}
    assert pairs(sentence_stances(annotate("Chile asked Peru for help."), 0)) == {("CHL", "PER", "REQUEST")}


def test_the_accused_denying_the_act_rejects_the_accuser(annotate):
    record = annotate("Nairobi has accused Mogadishu of arming the militias, while Somalia has denied sending "
                      "them weapons.")
    assert ("SOM", "KEN", "REJECT") in pairs(sentence_stances(record, 0))
    # a third party's denial rejects no one
    record = annotate("Nairobi has accused Mogadishu of arming the militias, while Ethiopia has denied sending "
                      "them weapons.")
    assert not any(s["category"] == "REJECT" for s in sentence_stances(record, 0))


# ---------------------------------------------------------------- bare relations of one side, mediated agreements
def test_one_side_breaking_off_relations_takes_its_pair(annotate):
    record = annotate("Qatar and Bahrain signed a deal in 2021. Bahrain had broken off relations in June 2017.")
    assert pairs(sentence_stances(record, 1)) == {("BHR", "QAT", "SANCTION")}
    # a side outside the pair named before: no partner
    record = annotate("Qatar and Bahrain signed a deal in 2021. Egypt broke off relations in 2017.")
    assert sentence_stances(record, 1) == []


def test_mediator_of_an_accepted_ceasefire_and_not_its_party(annotate):
    record = annotate("The Houthis accepted a ceasefire mediated by Oman.")
    assert pairs(sentence_stances(record, 0)) == {("OMN", "ORG-houthi-movement", "CONSULT")}
    # no one accepting it: the mediation stays one-sided
    assert sentence_stances(annotate("The ceasefire mediated by Oman held."), 0) == []


def test_denying_an_agentless_hit_rejects_the_attacker(annotate):
    record = annotate("Ethiopian jets bombed a depot near Adigrat. Eritrea denied that any depot had been hit.")
    assert pairs(sentence_stances(record, 1)) == {("ERI", "ETH", "REJECT")}
    # the attacker's own denial, or no attack before it: nothing
    record = annotate("Ethiopian jets bombed a depot near Adigrat. Ethiopia denied that any depot had been hit.")
    assert sentence_stances(record, 1) == []
    assert sentence_stances(annotate("Eritrea denied that any depot had been hit."), 0) == []


def test_a_pair_subject_acting_alone_acts_towards_each_other(annotate):
    record = annotate("Chile and Argentina argued over the Beagle Channel. By 1978 both sides had massed troops "
                      "along the border.")
    s = sentence_stances(record, 1)
    assert [({x["source"], x["target"]}, x["category"], x["symmetric"]) for x in s] == [
        ({"CHL", "ARG"}, "MOBILIZE", True)]
    # a coordinated subject of two named states is no pair anaphor: each acts on its own
    record = annotate("Chile and Argentina massed troops along the border.")
    assert sentence_stances(record, 0) == []


def test_helping_to_negotiate_between_others_is_consultation(annotate):
    record = annotate("Norway, which helped to negotiate peace accords between Colombia and Venezuela, hosted "
                      "the ceremony.")
    got = pairs(sentence_stances(record, 0))
    assert ("NOR", "COL", "CONSULT") in got and ("NOR", "VEN", "CONSULT") in got
    assert any({s["source"], s["target"]} == {"COL", "VEN"} and s["category"] == "AGREE"
               for s in sentence_stances(record, 0))
    # helping someone named as object stays aid
    record = annotate("Norway helped Colombia to negotiate with Venezuela.")
    assert ("NOR", "COL", "AID") in pairs(sentence_stances(record, 0))


def test_downing_an_aircraft_is_an_attack(annotate):
    assert pairs(sentence_stances(annotate("Turkish jets downed a Russian bomber in 2015."), 0)) == {
        ("TUR", "RUS", "ASSAULT")}
    # the adverb "down" is no cue
    record = annotate("Turkey played down the Russian complaint.")
    assert not any(s["category"] == "ASSAULT" for s in sentence_stances(record, 0))


def test_returning_captives_is_a_concession(annotate):
    assert pairs(sentence_stances(annotate("Iran returned the British sailors in April."), 0)) == {
        ("IRN", "GBR", "CONCEDE")}
    record = annotate("Syria handed him over to Turkish officials at the border.")
    assert pairs(sentence_stances(record, 0)) == {("SYR", "TUR", "CONCEDE")}
    # goods handed over stay aid
    assert pairs(sentence_stances(annotate("Russia handed over the weapons to Syria."), 0)) == {
        ("RUS", "SYR", "AID")}


def test_an_actor_excluded_by_not_is_no_party(annotate):
    assert pairs(sentence_stances(annotate("Brazil supported Chile, not Peru, in the dispute."), 0)) == {
        ("BRA", "CHL", "SUPPORT")}
    assert pairs(sentence_stances(annotate("Brazil supported Chile and Peru in the dispute."), 0)) == {
        ("BRA", "CHL", "SUPPORT"), ("BRA", "PER", "SUPPORT")}


def test_experiencer_verbs_point_from_the_one_alarmed_to_the_cause(annotate):
    assert pairs(sentence_stances(annotate("The Russian deployment worried Finland."), 0)) == {
        ("FIN", "RUS", "ACCUSE")}
    assert pairs(sentence_stances(annotate("Finland was alarmed by the Russian deployment."), 0)) == {
        ("FIN", "RUS", "ACCUSE")}
    record = annotate("In 1955 Egypt agreed to buy weapons from Czechoslovakia. The purchase alarmed Britain.")
    assert pairs(sentence_stances(record, 1)) == {("GBR", "EGY", "ACCUSE")}
    # the subject worried about something stays the source; a topic "concerns" no one
    assert pairs(sentence_stances(annotate("Finland worried about the Russian deployment."), 0)) == {
        ("FIN", "RUS", "ACCUSE")}
    assert sentence_stances(annotate("The issue concerns Finland and Russia."), 0) == []


def test_isolating_a_state_is_a_sanction(annotate):
    assert pairs(sentence_stances(annotate("Washington isolated Cuba for decades."), 0)) == {("USA", "CUB", "SANCTION")}
    assert pairs(sentence_stances(annotate("Kenya said it would work to isolate Somalia."), 0)) == {
        ("KEN", "SOM", "THREATEN")}
    assert sentence_stances(annotate("The Cuban village is isolated from the coast."), 0) == []


def test_reluctance_negates_its_complement(annotate):
    s = sentence_stances(annotate("China was reluctant to help Pakistan."), 0)
    assert pairs(s) == {("CHN", "PAK", "REJECT")} and s[0]["negated"]
    # "not reluctant" is willing: the act stands
    assert pairs(sentence_stances(annotate("China was not reluctant to help Pakistan."), 0)) == {
        ("CHN", "PAK", "AID")}


def test_frustrated_by_points_at_the_cause(annotate):
    record = annotate("Chile was frustrated by Argentina's delays.")
    assert pairs(sentence_stances(record, 0)) == {("CHL", "ARG", "ACCUSE")}
