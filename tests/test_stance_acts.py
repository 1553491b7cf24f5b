"""One-sided acts (``sentences[].acts``): an event with only one named party, on sentences of our own."""

from __future__ import annotations

from afru_nlp.records import record_problems
from stance_helpers import stances


def acts(record: dict) -> list[dict]:
    return [a for s in record["sentences"] for a in s.get("acts", [])]


def test_seizing_power_is_an_act_of_the_group(annotate):
    record = annotate("The Taliban seized power in a lightning offensive.")
    assert stances(record) == []
    (act,) = acts(record)
    assert act["source"] == "AFG-TAL" and act["target"] is None
    assert act["category"] == "COERCE" and act["polarity"] == "conflictual"
    assert act["act_id"].endswith("#s1.e1")
    cue = act["cues"][0]
    assert record["text"][cue["start"]:cue["end"]] == cue["text"] == "seized"


def test_agentless_passive_gives_an_act_undergone_by_the_target(annotate):
    record = annotate("Two Turkish soldiers were killed near the border on Tuesday.")
    (act,) = [a for a in acts(record) if a["category"] == "ASSAULT"]
    assert act["source"] is None and act["target"].startswith("TUR")


def test_a_two_party_event_is_a_stance_not_an_act(annotate):
    record = annotate("Japan criticised Canada over the fishing quota.")
    assert [(s["source"], s["target"]) for s in stances(record)] == [("JPN", "CAN")]
    assert acts(record) == []


def test_acts_carry_modality_flags(annotate):
    record = annotate("Venezuela said it would not recognise the election.")
    (act,) = acts(record)
    assert act["source"] == "VEN" and act["negated"] is True


def test_a_place_alone_is_no_act(annotate):
    record = annotate("Heavy fighting was reported in Yemen on Monday.")
    assert all(a["target"] != "YEM" for a in acts(record))


def test_a_description_without_a_cue_has_no_act(annotate):
    record = annotate("Chile is a long and narrow country on the Pacific coast.")
    assert acts(record) == [] and stances(record) == []


def test_records_with_acts_validate_and_load(annotate):
    from afru_nlp.records import Annotations

    record = annotate("The Taliban seized power in a lightning offensive.")
    assert record["schema_version"] == "1.1"
    assert record_problems(record) == []
    frame = Annotations([record]).acts()
    assert list(frame["source"]) == ["AFG-TAL"] and frame["category"].tolist() == ["COERCE"]
    assert Annotations([record]).sentences()["n_acts"].tolist() == [1]


def test_an_act_with_two_parties_or_none_is_invalid(annotate):
    record = annotate("The Taliban seized power in a lightning offensive.")
    act = record["sentences"][0]["acts"][0]
    act["target"] = "AFG-TAL"
    assert any("exactly one party" in p for p in record_problems(record))
    act["target"], act["source"] = None, "XYZ"
    assert any("no actor of the record" in p for p in record_problems(record))
