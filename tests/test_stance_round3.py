"""afru_stance round 3: agentless passives of ended measures, measures on the source's own people, more
accusation content (withholding, shooting, coordinated "of V-ing"), rebuttals (sentences written for these
tests; expected codings reasoned from docs/codebook-stance.md)."""

from __future__ import annotations

from stance_helpers import stances


def coded(items: list[dict]) -> set[tuple[str, str, str | None]]:
    return {(s["source"], s["target"], s["category"]) for s in items}


# ---------------------------------------------------------------- agentless passive of an ended measure

def test_agentless_passive_of_ended_aid_is_sanction_by_its_owner(annotate):
    items = coded(stances(annotate("Russian aid to Syria was suspended in 2012.")))
    assert ("RUS", "SYR", "SANCTION") in items
    assert ("RUS", "SYR", "AID") not in items  # the ended aid is no aid event of its own


def test_agentless_passive_without_recipient_takes_the_dyad_partner(annotate):
    rec = annotate("Kenya and Somalia quarrelled over the border in 2019. Under the new law Kenyan military aid "
                   "was cut off.", meta={"dyads": ["KEN-SOM"]})
    items = coded(rec["sentences"][1]["stances"])
    assert items == {("KEN", "SOM", "SANCTION")}


# ---------------------------------------------------------------- a measure on the source's own people

def test_measure_on_own_people_is_about_the_dyad_partner_with_others_named(annotate):
    rec = annotate("Kenya and Somalia quarrelled over the border in 2019. Kenya evacuated its diplomats, "
                   "suspended its development projects and has withheld recognition from Ethiopia's new "
                   "government.", meta={"dyads": ["KEN-SOM"]})
    items = coded(rec["sentences"][1]["stances"])
    assert ("KEN", "SOM", "RETREAT") in items and ("KEN", "SOM", "SANCTION") in items
    assert ("KEN", "ETH", "REJECT") in items


# ---------------------------------------------------------------- accusation content

def test_withholding_in_an_accusation_is_alleged_sanction(annotate):
    items = stances(annotate("Somali officials accused Kenya of withholding Somalia's share of the river water."))
    s = next(s for s in items if s["category"] == "SANCTION")
    assert (s["source"], s["target"], s["alleged"]) == ("KEN", "SOM", True)


def test_shooting_is_an_assault_noun(annotate):
    items = stances(annotate("Kenya and Somalia blamed each other for starting the shooting."))
    assert any(s["category"] == "ASSAULT" and {s["source"], s["target"]} == {"KEN", "SOM"} for s in items)


def test_second_coordinated_accusation_content(annotate):
    items = coded(stances(annotate("Ethiopia accused Eritrea of shelling its towns and arming Somali rebels.")))
    assert ("ETH", "ERI", "ACCUSE") in items and ("ERI", "ORG-somali-rebels", "AID") in items


# ---------------------------------------------------------------- rebuttals

def test_reply_with_contrastive_negation_rejects_the_accuser(annotate):
    rec = annotate("Somali officials accused Kenya of diverting the river. Kenya replied that the dry season, "
                   "not any decision of its own, had lowered the water level.")
    assert ("KEN", "SOM", "REJECT") in coded(rec["sentences"][1]["stances"])


def test_reply_without_negation_is_no_rebuttal(annotate):
    rec = annotate("Somali officials accused Kenya of diverting the river. Kenya replied that talks on the "
                   "river would continue.")
    assert ("KEN", "SOM", "REJECT") not in coded(rec["sentences"][1]["stances"])
