"""Coverage of the common event vocabulary of international-relations reporting (lexicon 1.8.0), category
by category; own sentences, with a negative case for the ambiguous words."""

from __future__ import annotations

import pytest
from stance_helpers import triples


def coded(annotate, text: str) -> set[tuple[str, str, str]]:
    """(source, target, category) of every stance, a symmetric pair in a fixed order."""
    record = annotate(text)
    out = set()
    for sent in record["sentences"]:
        for s in sent["stances"]:
            a, b = sorted((s["source"], s["target"])) if s["symmetric"] else (s["source"], s["target"])
            out.add((a, b, s["category"]))
    return out


@pytest.mark.parametrize("text, expected", [
    # AID: shipping, lending, investing
    ("Japan shipped rice to North Korea.", ("JPN", "PRK", "AID")),
    ("Kazakhstan invested heavily in Kyrgyzstan.", ("KAZ", "KGZ", "AID")),
    # COERCE: taking foreign property, hijacking, evicting, sentencing
    ("Algeria nationalised French oil companies.", ("DZA", "FRA", "COERCE")),
    ("Egypt expropriated the British-owned canal company.", ("EGY", "GBR", "COERCE")),
    ("Iran hijacked a British tanker.", ("IRN", "GBR", "COERCE")),
    ("A Spanish court sentenced a Moroccan smuggler.", ("ESP", "MAR", "COERCE")),
    # SANCTION: diplomats sent home, blacklists, travel bans, ending a treaty
    ("Romania expelled two Hungarian diplomats.", ("ROU", "HUN", "SANCTION")),
    ("Italy imposed a travel ban on Belarusian officials.", ("ITA", "BLR", "SANCTION")),
    ("Chile abrogated its treaty with Bolivia.", ("CHL", "BOL", "SANCTION")),
    # CONSULT: a phone call is contact, not a request
    ("Putin held a phone call with Erdogan.", ("PER-recep-tayyip-erdogan", "PER-vladimir-putin", "CONSULT")),
    # SUPPORT: siding with, paying tribute, trusting
    ("Kenya sided with Ethiopia in the dispute.", ("KEN", "ETH", "SUPPORT")),
    ("Brazil paid tribute to Argentina.", ("BRA", "ARG", "SUPPORT")),
    # CONCEDE: waiving a measure
    ("Washington waived sanctions on Turkey.", ("USA", "TUR", "CONCEDE")),
    # COOPERATE: trading with
    ("Peru traded with Bolivia for decades.", ("BOL", "PER", "COOPERATE")),
    # REJECT: renouncing, disputing, snubbing, distrust
    ("Bolivia renounced its claim against Chile.", ("BOL", "CHL", "REJECT")),
    ("Japan disputes China's claim to the islands.", ("JPN", "CHN", "REJECT")),
    ("India snubbed Pakistan's invitation.", ("IND", "PAK", "REJECT")),
    ("Moldova never trusted Romania.", ("MDA", "ROU", "REJECT")),
    # ASSAULT: skirmishes, battles, pounding
    ("Armenian and Azerbaijani troops skirmished along the border.", ("ARM", "AZE", "ASSAULT")),
    ("The Israeli army pounded Hamas positions in Gaza.", ("ISR", "PSE-HAM", "ASSAULT")),
    # ACCUSE: reprimands and rebukes
    ("Britain reprimanded Iran for the arrest.", ("GBR", "IRN", "ACCUSE")),
    ("Ghana rebuked Togo over the border closure.", ("GHA", "TGO", "ACCUSE")),
    # PROTEST: rising up against a government
    ("The rebels rose up against the Ethiopian government.", ("ORG-rebels", "ETH", "PROTEST")),
    # MOBILIZE: troops dispatched
    ("Russia dispatched troops to Syria.", ("RUS", "SYR", "MOBILIZE")),
    # AGREE: striking, cutting or clinching a deal
    ("China and Pakistan struck a deal on the port.", ("CHN", "PAK", "AGREE")),
    ("Ghana cut a deal with Nigeria on gas.", ("GHA", "NGA", "AGREE")),
    # ASSAULT: retaliating; announced it is a threat
    ("Israel retaliated against Hezbollah with air strikes.", ("ISR", "LBN-HEZ", "ASSAULT")),
    ("Iran vowed to retaliate against Israel.", ("IRN", "ISR", "THREATEN")),
    # COERCE: intercepting a vessel
    ("The Georgian navy intercepted a Russian vessel.", ("GEO", "RUS", "COERCE")),
    # INVESTIGATE / CONSULT: observers and emissaries sent
    ("The OSCE sent observers to Georgia.", ("OSCE", "GEO", "INVESTIGATE")),
    ("Oman dispatched an emissary to Yemen.", ("OMN", "YEM", "CONSULT")),
    # SUPPORT: embracing a movement
    ("Moscow embraced the Taliban.", ("RUS", "AFG-TAL", "SUPPORT")),
    # AID: sanctuary and refuge; COOPERATE: arms sales; CONSULT: reaching out
    ("Pakistan gave sanctuary to Afghan militants.", ("PAK", "ORG-afghan-militants", "AID")),
    ("Washington approved the sale of F-16s to Pakistan.", ("USA", "PAK", "COOPERATE")),
    ("Japan reached out to China after the incident.", ("JPN", "CHN", "CONSULT")),
    # SANCTION: divesting; AGREE: a compromise reached; COERCE: clamping down; CONSULT: a video call
    ("Norway divested from Israeli settlement firms.", ("NOR", "ISR", "SANCTION")),
    ("Chile and Argentina reached a compromise on the glacier.", ("ARG", "CHL", "AGREE")),
    ("The Serbian police clamped down on Albanian protesters.", ("SRB", "ORG-albanian-protesters", "COERCE")),
    ("Macron held a video call with Zelensky.", ("PER-emmanuel-macron", "PER-volodymyr-zelensky", "CONSULT")),
])
def test_new_event_words_are_coded(annotate, text, expected):
    source, target, category = expected
    found = coded(annotate, text)
    assert expected in found or (target, source, category) in found


def test_a_ship_as_a_noun_is_no_aid(annotate):
    assert all(c != "AID" for _, _, c in triples(annotate("A Cuban ship sailed to Venezuela in May.")))


def test_expelling_other_people_stays_coercion(annotate):
    assert coded(annotate, "Romania expelled two Hungarian journalists.") == {("ROU", "HUN", "COERCE")}


def test_trading_accusations_is_no_trade(annotate):
    assert all(c != "COOPERATE" for _, _, c in triples(annotate("Peru and Bolivia traded accusations.")))


def test_relation_nouns_of_enmity_and_restoration(annotate):
    assert coded(annotate, "The enmity between Ethiopia and Eritrea lasted twenty years.") == {("ERI", "ETH", "REJECT")}
    assert ("EGY", "QAT", "SUPPORT") in coded(annotate, "The restoration of ties between Qatar and Egypt surprised many.")


def test_a_split_inside_one_party_is_no_stance(annotate):
    assert triples(annotate("A split in the ruling party weakened the government of Peru.")) == []


def test_a_deal_cut_is_no_sanction_and_a_cut_in_aid_still_is(annotate):
    assert all(c != "SANCTION" for _, _, c in triples(annotate("Ghana cut a deal with Nigeria on gas.")))
    assert ("USA", "PAK", "SANCTION") in coded(annotate, "The United States cut its aid to Pakistan.")


def test_observers_as_subject_are_no_event(annotate):
    record = annotate("Political observers in Georgia doubt that Russia will agree.")
    assert all(c != "INVESTIGATE" for _, _, c in triples(record))


def test_a_labour_strike_is_no_attack_but_an_air_strike_is(annotate):
    record = annotate("Hundreds of Polish dockworkers struck on Monday.")
    assert all(a["category"] != "ASSAULT" for s in record["sentences"] for a in s.get("acts", []))
    assert all(c != "ASSAULT" for _, _, c in triples(record))
    assert ("RUS", "UKR", "ASSAULT") in coded(annotate, "Russian jets struck Ukrainian positions.")


def test_a_formal_protest_and_a_summoned_ambassador_are_accusations(annotate):
    assert coded(annotate, "The Greek ministry issued a protest to Turkey.") == {("GRC", "TUR", "ACCUSE")}
    assert coded(annotate, "Sweden summoned the Iranian ambassador over the executions.") == {("SWE", "IRN", "ACCUSE")}


def test_issuing_something_else_is_no_complaint(annotate):
    assert all(c != "ACCUSE" for _, _, c in triples(annotate("The Greek ministry issued new passports to Cypriot citizens.")))


def test_eased_visa_rules_are_a_concession(annotate):
    assert ("TUR", "IRN", "CONCEDE") in coded(annotate, "Turkey eased visa rules for Iranian citizens.")


def test_meeting_or_heeding_demands_is_a_concession(annotate):
    assert coded(annotate, "Kuwait met the demands of Iraq.") == {("KWT", "IRQ", "CONCEDE")}
    assert ("PRY", "BRA", "CONCEDE") in coded(annotate, "Paraguay heeded Brazil's appeal for calm.")


def test_meeting_people_and_accepting_offers_are_unchanged(annotate):
    assert coded(annotate, "Laos met Vietnamese officials in Hanoi.") == {("LAO", "VNM", "CONSULT")}
    assert ("PRY", "BRA", "AGREE") in coded(annotate, "Paraguay accepted Brazil's offer of help.")


def test_battling_corruption_is_no_assault(annotate):
    record = annotate("Peru has battled corruption for decades.")
    assert all(a["category"] != "ASSAULT" for s in record["sentences"] for a in s.get("acts", []))


def test_committing_atrocities_is_no_commitment(annotate):
    record = annotate("Serbian forces committed atrocities against Kosovo Albanians.")
    assert all(a["category"] != "AGREE" for s in record["sentences"] for a in s.get("acts", []))
    assert all(c != "AGREE" for _, _, c in triples(record))
    assert ("CHL", "PER", "AGREE") in coded(annotate, "Chile committed itself to the treaty with Peru.")
