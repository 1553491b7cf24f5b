"""afru_stance round 5 (noun-carried events and verb + object constructions found missing on the former
test split): a framing event under a temporal preposition, "trip", declaring independence from X,
respecting X's sovereignty, buying from X, the handover of territory, reconciliation (sentences written
for these tests; expected codings reasoned from docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import sentence_stances, stances


def coded(items: list[dict]) -> set[tuple[str, str, str, str]]:
    return {(s["source"], s["target"], s["polarity"], s["category"]) for s in items}


# ---------------------------------------------------------------- "during a visit by X to Y, ..."

def test_visit_under_temporal_preposition_is_its_own_event(annotate):
    rec = annotate("Pakistan criticised India. During a visit by Modi to Islamabad, the two sides signed a trade deal.")
    items = coded(sentence_stances(rec, 1))
    assert ("PER-narendra-modi", "PAK", "cooperative", "CONSULT") in items
    assert any(s["category"] == "AGREE" for s in sentence_stances(rec, 1))  # the main clause still codes


def test_trip_is_a_visit(annotate):
    rec = annotate("India and Japan are close. During a trip by Modi to Japan, the two sides signed a pact.")
    assert ("PER-narendra-modi", "JPN", "cooperative", "CONSULT") in coded(sentence_stances(rec, 1))


# ---------------------------------------------------------------- "declared independence from X"

def test_declaring_independence_from_a_state_rejects_it(annotate):
    rec = annotate("Britain ruled Pakistan. Pakistan declared its independence from Britain in 1947.")
    assert coded(sentence_stances(rec, 1)) == {("PAK", "GBR", "conflictual", "REJECT")}


# ---------------------------------------------------------------- "respects the sovereignty of X"

def test_respecting_sovereignty_is_support(annotate):
    rec = annotate("Iran respects the sovereignty and territorial integrity of Iraq.")
    assert coded(stances(rec)) == {("IRN", "IRQ", "cooperative", "SUPPORT")}


# ---------------------------------------------------------------- "bought (arms) from X"

def test_buying_from_a_state_is_cooperation_with_the_seller(annotate):
    rec = annotate("India and France discussed trade. India bought fighter jets from France.")
    assert coded(sentence_stances(rec, 1)) == {("IND", "FRA", "cooperative", "COOPERATE")}


def test_bought_in_a_relative_clause_targets_the_seller_not_the_goods(annotate):
    rec = annotate("Kenya and Israel signed a pact. The rifles that Kenya has bought from Israel arrived on Monday.")
    assert coded(sentence_stances(rec, 1)) == {("KEN", "ISR", "cooperative", "COOPERATE")}


def test_buying_without_a_seller_is_no_event(annotate):
    assert stances(annotate("Peru bought time before the vote.")) == []


# ---------------------------------------------------------------- "the handover of the frontier to X"

def test_handover_of_territory_is_retreat(annotate):
    rec = annotate("Serbia and Kosovo disagree. Serbian police completed the handover of the border post to "
                   "Kosovo officials.")
    assert coded(sentence_stances(rec, 1)) == {("SRB", "XKX", "cooperative", "RETREAT")}


def test_handover_of_goods_is_aid(annotate):
    rec = annotate("Egypt and Sudan signed a pact. Egypt completed the handover of medicine to Sudan.")
    assert coded(sentence_stances(rec, 1)) == {("EGY", "SDN", "cooperative", "AID")}


# ---------------------------------------------------------------- "reconciliation between A and B"

def test_reconciliation_between_two_states(annotate):
    items = stances(annotate("The reconciliation between Iran and Saudi Arabia surprised observers."))
    assert {(frozenset((s["source"], s["target"])), s["polarity"], s["symmetric"]) for s in items} == {
        (frozenset({"IRN", "SAU"}), "cooperative", True)}
