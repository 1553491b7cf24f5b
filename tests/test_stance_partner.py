"""afru_stance: choosing the partner among a sentence's actors (other_partner misses) and polarity fixes
(sentences written for these tests; expected codings reasoned from docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import sentence_stances


def coded(items: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(s["source"], s["target"], s["polarity"], s["category"]) for s in items}


# ---------------------------------------------------------------- "X fought the rebels, whom Y armed and funded"

def test_object_relative_clause_aims_at_the_modified_noun(annotate):
    rec = annotate("In the 1990s Russia fought the Taliban, whom Pakistan and Saudi Arabia armed and funded.")
    items = coded(sentence_stances(rec, 0))
    assert ("RUS", "AFG-TAL", "conflictual", "ASSAULT") in items
    assert ("PAK", "AFG-TAL", "cooperative", "AID") in items
    assert ("SAU", "AFG-TAL", "cooperative", "AID") in items


def test_subject_relative_clause_is_not_aimed_at_its_own_antecedent(annotate):
    rec = annotate("Kenya condemned the Taliban, who attacked Pakistan and killed soldiers.")
    pairs = {(s["source"], s["target"]) for s in sentence_stances(rec, 0)}
    assert ("AFG-TAL", "PAK") in pairs
    assert ("AFG-TAL", "AFG-TAL") not in pairs
    assert not any(s["source"] == "KEN" and s["category"] == "ASSAULT" for s in sentence_stances(rec, 0))


# ---------------------------------------------------------------- "A and B signed a deal with C"

def _pairs(items: list[dict]) -> set[frozenset[str]]:
    return {frozenset((s["source"], s["target"])) for s in items if s["category"] == "AGREE"}


def test_joint_act_with_a_partner_pairs_each_member_with_it(annotate):
    rec = annotate("In 2019 the foreign ministers of Kenya and Uganda signed a joint declaration with Ethiopia.")
    pairs = _pairs(sentence_stances(rec, 0))
    assert {frozenset(("KEN", "UGA")), frozenset(("KEN", "ETH")), frozenset(("UGA", "ETH"))} <= pairs


def test_partner_phrase_with_a_role_is_no_partner(annotate):
    rec = annotate("Kenya and Uganda signed the accord, with Ethiopia and Egypt as guarantors.")
    pairs = _pairs(sentence_stances(rec, 0))
    assert frozenset(("KEN", "UGA")) in pairs
    assert frozenset(("KEN", "ETH")) not in pairs and frozenset(("UGA", "EGY")) not in pairs


def test_directed_act_of_a_pair_subject_is_not_paired(annotate):
    rec = annotate("Kenya and Uganda criticised China.")
    assert not any(s["symmetric"] for s in sentence_stances(rec, 0))


# ---------------------------------------------------------------- "X called on Y to return the assets that it froze"

def test_pronoun_under_an_object_controlled_clause_is_the_controller(annotate):
    rec = annotate("Ghana has called on Togo to release the Beninese assets that it froze last year.")
    items = coded(sentence_stances(rec, 0))
    assert ("TGO", "BEN", "conflictual", "SANCTION") in items
    assert ("GHA", "BEN", "conflictual", "SANCTION") not in items
    rec = annotate("Ghana urged Togo to unfreeze the Nigerian assets that it froze last year.")
    assert ("TGO", "NGA", "conflictual", "SANCTION") in coded(sentence_stances(rec, 0))


def test_pronoun_under_a_promise_stays_with_the_subject(annotate):
    rec = annotate("Ghana promised Togo to unfreeze the Nigerian assets that it froze last year.")
    items = coded(sentence_stances(rec, 0))
    assert ("GHA", "NGA", "conflictual", "SANCTION") in items
    assert ("TGO", "NGA", "conflictual", "SANCTION") not in items


# ---------------------------------------------------------------- "sent X, much of it provided by Y, to Z"

def test_recipient_hung_on_a_parenthetical_quantity(annotate):
    rec = annotate("Iran channelled weapons and money, much of it provided by Russia, to the Houthis.")
    items = coded(sentence_stances(rec, 0))
    assert ("IRN", "ORG-houthi-movement", "cooperative", "AID") in items
    assert ("RUS", "ORG-houthi-movement", "cooperative", "AID") in items


def test_parenthetical_quantity_without_a_recipient_adds_none(annotate):
    rec = annotate("Iran criticised the deal, much of it secret.")
    assert not sentence_stances(rec, 0)
