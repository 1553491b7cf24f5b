"""Timelines, comparison, plot and their CLI on hand-built records (no spaCy).

Every expected number is worked out by hand in the comments next to it.
"""

from __future__ import annotations

import csv
import io
import json
import math

import pandas as pd
import pytest
from click.testing import CliRunner

from afru_nlp.cli import cli
from afru_nlp.timeline import (
    Rollup,
    TimelineError,
    build_timeline,
    compare_records,
    make_grid,
    parse_dyad,
    parse_flag_weights,
    parse_years,
    render_comparison,
    stance_rows,
    successor_map,
    to_timelinejs,
)

# ----------------------------------------------------------------------------- hand-built records

STATES = {"AFG", "RUS", "SUN", "PAK", "USA"}


def actor(actor_id: str, country: str | None = None, kind: str | None = None) -> dict:
    kind = kind or ("state" if actor_id in STATES else "armed_group")
    return {
        "text": actor_id,
        "start": 0,
        "end": 1,
        "id": actor_id,
        "name": actor_id,
        "type": kind,
        "country": country or (actor_id if actor_id in STATES else actor_id.split("-")[0]),
    }


def stance(source: str, target: str, polarity: str, score: float, quad: str | None = None, **flags) -> dict:
    return {
        "source": source,
        "target": target,
        "symmetric": flags.pop("symmetric", False),
        "polarity": polarity,
        "score": score,
        "category": "TEST",
        "quad": quad,
        "cues": [],
        "negated": False,
        "alleged": False,
        "denied": False,
        "future": False,
        "trigger": "test",
        **flags,
    }


def record(doc_id: str, sentences: list[tuple], role: str = "source", source: str | None = None) -> dict:
    """sentences: (text, (start, end) or None, [stances]); actors are taken from the stances."""
    text, out = "", []
    for n, (sentence, time, stances) in enumerate(sentences, start=1):
        start = len(text)
        text += sentence + " "
        sid = f"{doc_id}#s{n}"
        ids = []
        for s in stances:
            for i in (s["source"], s["target"]):
                if i not in ids:
                    ids.append(i)
        out.append(
            {
                "id": sid,
                "start": start,
                "end": start + len(sentence),
                "dates": [],
                "actors": [actor(i) for i in ids],
                "time": None if time is None else {"start": time[0], "end": time[1], "basis": "own"},
                "stances": [{"stance_id": f"{sid}.t{k}", **s} for k, s in enumerate(stances, start=1)],
            }
        )
    return {
        "schema_version": "1.0",
        "doc_id": doc_id,
        "text": text,
        "meta": {"role": role, "source": source or doc_id},
        "provenance": {},
        "sentences": out,
    }


def year(y: int) -> tuple[str, str]:
    return (f"{y}-01-01", f"{y}-12-31")


# A: conflictual −1 over 1985–1994 (3652 days: 1826 in the 1980s, 1826 in the 1990s, leap years 1988, 1992)
# B: cooperative +0.6 in 1988; C: alleged conflictual −0.8 in 1989; D: negated cooperative +1 in 1987;
# E: neutral in 1986; F: a stance with no time.
MIXED = record(
    "mixed",
    [
        (
            "Soviet forces fought the Afghan government.",
            ("1985-01-01", "1994-12-31"),
            [stance("SUN", "AFG", "conflictual", -1.0, "material_conflict")],
        ),
        (
            "Moscow sent aid to Kabul.",
            year(1988),
            [stance("SUN", "AFG", "cooperative", 0.6, "material_cooperation")],
        ),
        (
            "Kabul reportedly accused Moscow.",
            year(1989),
            [stance("AFG", "SUN", "conflictual", -0.8, "verbal_conflict", alleged=True)],
        ),
        (
            "Moscow did not support Kabul.",
            year(1987),
            [stance("SUN", "AFG", "cooperative", 1.0, "material_cooperation", negated=True)],
        ),
        ("Officials of both met.", year(1986), [stance("SUN", "AFG", "neutral", 0.0)]),
        ("Relations were discussed.", None, [stance("RUS", "AFG", "cooperative", 0.5, "verbal_cooperation")]),
    ],
)


def test_spread_index_and_counts_by_hand():
    t = build_timeline([MIXED], "AFG-RUS", freq="decade")
    assert list(t.bins["bin"]) == ["1980s", "1990s"]
    eighties, nineties = t.bins.iloc[0], t.bins.iloc[1]
    # w: A 1826/3652 = 0.5, B 1, C 0.5 (alleged) × 1, D 0 (negated), E 1 (neutral, not in the index)
    # index = (0.5·−1 + 1·0.6 + 0.5·−0.8) / (0.5 + 1 + 0.5) = −0.3 / 2 = −0.15
    assert eighties["index"] == pytest.approx(-0.15)
    # balance = (W_coop − W_conf) / (W_coop + W_conf) = (1 − 1) / 2 = 0
    assert eighties["balance"] == pytest.approx(0.0)
    assert eighties["weight"] == pytest.approx(3.0)  # 0.5 + 1 + 0.5 + 1 (neutral counts in the weight)
    assert (
        eighties["n_stances"],
        eighties["n_cooperative"],
        eighties["n_conflictual"],
        eighties["n_neutral"],
    ) == (4, 1, 2, 1)  # D has weight 0, so it is not counted
    assert (eighties["material_conflict"], eighties["material_cooperation"], eighties["verbal_conflict"]) == (
        1,
        1,
        1,
    )
    # strongest first by |w·score|: B 0.6, A 0.5, C 0.4, E 0
    assert eighties["evidence"].split() == ["mixed#s2.t1", "mixed#s1.t1", "mixed#s3.t1", "mixed#s5.t1"]
    assert eighties["top_text"] == "Moscow sent aid to Kabul."
    # the 1990s hold only the other half of A
    assert nineties["index"] == pytest.approx(-1.0)
    assert nineties["weight"] == pytest.approx(0.5)
    assert nineties["n_documents"] == 1


def test_undated_stances_stay_in_rows_but_not_in_bins():
    t = build_timeline([MIXED], "AFG-RUS", freq="decade")
    assert len(t.rows) == 6 and t.undated == 1
    undated = t.rows[t.rows["start"].isna()].iloc[0]
    assert undated["stance_id"] == "mixed#s6.t1" and undated["text"] == "Relations were discussed."
    assert "mixed#s6.t1" not in " ".join(t.bins["evidence"])


def test_unusable_times_count_as_undated():
    odd = record(
        "odd",
        [
            ("Reversed.", ("1990-12-31", "1990-01-01"), [stance("RUS", "AFG", "cooperative", 0.5)]),
            (
                "Month 13.",
                ("1990-13-01", "1990-12-31"),
                [stance("RUS", "AFG", "cooperative", 0.5)],
            ),
            ("Fine.", year(1990), [stance("RUS", "AFG", "conflictual", -0.5)]),
        ],
    )
    t = build_timeline([odd], "AFG-RUS", freq="year")
    assert t.undated == 2 and list(t.bins["bin"]) == ["1990"] and t.bins.iloc[0]["index"] == -0.5


def test_flag_weights_change_the_index():
    # alleged C at full weight: (−0.5 + 0.6 − 0.8) / (0.5 + 1 + 1) = −0.7 / 2.5 = −0.28
    t = build_timeline([MIXED], "AFG-RUS", freq="decade", flag_weights={"alleged": 1.0})
    assert t.bins.iloc[0]["index"] == pytest.approx(-0.28)
    # negated D kept at weight 1: (−0.5 + 0.6 − 0.4 + 1) / (0.5 + 1 + 0.5 + 1) = 0.7 / 3 = 0.233
    t = build_timeline([MIXED], "AFG-RUS", freq="decade", flag_weights={"negated": 1.0})
    assert t.bins.iloc[0]["index"] == pytest.approx(0.233)
    assert parse_flag_weights(["future=0", "alleged=0.25"]) == {"future": 0.0, "alleged": 0.25}
    with pytest.raises(TimelineError):
        parse_flag_weights(["sarcastic=1"])
    with pytest.raises(TimelineError):
        parse_flag_weights(["future=2"])


def test_learned_model_stances_are_weighted_like_a_flag():
    # rule stance −1 and a model stance +1 in 1990: (−1 + 1) / 2 = 0 by default; learned=0 leaves −1
    learned = stance("AFG", "RUS", "cooperative", 1.0, attribution="model")
    rec = record("m", [("A.", year(1990), [stance("AFG", "RUS", "conflictual", -1.0)]), ("B.", year(1990), [learned])])
    assert list(stance_rows([rec])["learned"]) == [False, True]
    assert build_timeline([rec], "AFG-RUS", freq="year").bins.iloc[0]["index"] == pytest.approx(0.0)
    t = build_timeline([rec], "AFG-RUS", freq="year", flag_weights=parse_flag_weights(["learned=0"]))
    assert t.bins.iloc[0]["index"] == pytest.approx(-1.0)


def test_full_spread_gives_every_touched_bin_the_whole_weight():
    # A counts 1 in the 1980s: (−1 + 0.6 − 0.4) / (1 + 1 + 0.5) = −0.8 / 2.5 = −0.32
    t = build_timeline([MIXED], "AFG-RUS", freq="decade", spread_mode="full")
    assert t.bins.iloc[0]["index"] == pytest.approx(-0.32)
    assert t.bins.iloc[1]["weight"] == pytest.approx(1.0)


# ----------------------------------------------------------------------------- roll-up and dyads

ROLLUP = record(
    "rollup",
    [
        ("The Taliban met Russian envoys.", year(2019), [stance("RUS", "AFG-TAL", "cooperative", 0.5)]),
        ("The Soviet Union invaded.", year(1979), [stance("SUN", "AFG", "conflictual", -1.0)]),
        ("Pakistan hosted the Taliban.", year(2000), [stance("PAK", "AFG-TAL", "cooperative", 0.8)]),
        (
            "Moscow and Kabul were at odds.",
            year(1990),
            [stance("AFG", "RUS", "conflictual", -0.4, symmetric=True)],
        ),
        ("Kabul protested to Moscow.", year(2005), [stance("AFG", "RUS", "conflictual", -0.6)]),
    ],
)


def test_country_rollup_of_groups_and_predecessors():
    rows = stance_rows([ROLLUP])
    assert list(rows["dyad"]) == ["AFG-RUS", "AFG-RUS", "AFG-PAK", "AFG-RUS", "AFG-RUS"]
    assert list(rows["direction"]) == ["RUS->AFG", "RUS->AFG", "PAK->AFG", "AFG<->RUS", "AFG->RUS"]
    assert rows.iloc[1]["source_country"] == "SUN"  # the record's own country is kept beside the unit
    no_groups = stance_rows([ROLLUP], Rollup(groups=False))
    assert no_groups.iloc[0]["dyad"] == "AFG-TAL-RUS"
    no_predecessors = stance_rows([ROLLUP], Rollup(predecessors=False))
    assert no_predecessors.iloc[1]["dyad"] == "AFG-SUN"
    by_actor = build_timeline([ROLLUP], "AFG-TAL:RUS", by="actor", freq="year")
    assert list(by_actor.rows["stance_id"]) == ["rollup#s1.t1"]


def test_rollup_unit_with_an_explicit_successor_map():
    successors = {"SUN": "RUS", "AFG-DRA": "AFG"}
    rollup = Rollup(groups=False)
    assert rollup.unit("AFG-DRA", actor("AFG-DRA", "AFG", "government"), successors) == "AFG"
    assert rollup.unit("AFG-MUJ", actor("AFG-MUJ", "AFG", "armed_group"), successors) == "AFG-MUJ"
    assert Rollup().unit("AFG-MUJ", actor("AFG-MUJ", "AFG", "armed_group"), successors) == "AFG"
    assert Rollup(by="actor").unit("SUN", None, {}) == "SUN"
    assert successor_map().get("SUN") == "RUS"  # from the registry or the fallback


def test_directed_selection_keeps_symmetric_stances():
    undirected = build_timeline([ROLLUP], "AFG-RUS")
    assert len(undirected.rows) == 4
    towards_afg = build_timeline([ROLLUP], "RUS-AFG", directed=True)
    # RUS->AFG twice plus the symmetric AFG<->RUS
    assert list(towards_afg.rows["stance_id"]) == ["rollup#s1.t1", "rollup#s2.t1", "rollup#s4.t1"]
    towards_rus = build_timeline([ROLLUP], "AFG-RUS", directed=True)
    assert list(towards_rus.rows["stance_id"]) == ["rollup#s4.t1", "rollup#s5.t1"]


def test_parse_dyad():
    assert parse_dyad("AFG-RUS") == ("AFG", "RUS")
    assert parse_dyad("AFG-TAL:RUS") == ("AFG-TAL", "RUS")
    for bad in ("AFG", "AFG-TAL-RUS", "AFG:"):
        with pytest.raises(TimelineError):
            parse_dyad(bad)


# ----------------------------------------------------------------------------- grids


def test_regular_grids_align_on_multiples():
    five = make_grid("5Y", 1979, 1991)
    assert list(five["bin"]) == ["1975-1979", "1980-1984", "1985-1989", "1990-1994"]
    assert five.iloc[0]["bin_start"] == pd.Timestamp("1975-01-01")
    assert five.iloc[-1]["bin_end"] == pd.Timestamp("1994-12-31")
    assert list(make_grid("decade", 1979, 2001)["bin"]) == ["1970s", "1980s", "1990s", "2000s"]
    assert list(make_grid("year", 2020, 2022)["bin"]) == ["2020", "2021", "2022"]


def test_period_grids_and_open_ends():
    grid = make_grid("periods:1979-1989,1990-1991,2021-", 1979, 2024)
    assert list(grid["bin"]) == ["1979-1989", "1990-1991", "2021-"]
    assert grid.iloc[2]["bin_end"] == pd.Timestamp("2024-12-31")  # open end runs to the data's last year
    essay = make_grid("essay", 1979, 2022)
    assert list(essay["bin"]) == ["1979-1989", "1990-1991", "1992-2000", "2001-2020", "2021-"]
    for bad in ("fortnight", "periods:1989-1979", "periods:abc", "0Y"):
        with pytest.raises(TimelineError):
            make_grid(bad, 1979, 1990)


def test_years_limit_the_grid_but_not_the_rows():
    # A (1985–1994) with the grid limited to 1990–1999: only its 1990s half is binned
    t = build_timeline([MIXED], "AFG-RUS", freq="decade", years=parse_years("1990-1999"))
    assert list(t.bins["bin"]) == ["1990s"] and len(t.rows) == 6
    assert t.bins.iloc[0]["weight"] == pytest.approx(0.5)
    with pytest.raises(TimelineError):
        parse_years("2000-1990")


def test_essay_periods_show_war_as_conflict_and_later_contacts_as_cooperation():
    essay = record(
        "essay",
        [
            (
                "The Soviet Union invaded Afghanistan.",
                ("1979-01-01", "1989-12-31"),
                [stance("SUN", "AFG", "conflictual", -0.9, "material_conflict")],
            ),
            (
                "Russia worked with NATO and Kabul against terrorism.",
                ("2001-01-01", "2001-12-31"),
                [stance("RUS", "AFG", "cooperative", 0.6, "material_cooperation")],
            ),
            (
                "Russia established direct contacts with the Taliban.",
                year(2021),
                [stance("RUS", "AFG-TAL", "cooperative", 0.4, "verbal_cooperation")],
            ),
        ],
    )
    bins = build_timeline([essay], "AFG-RUS", freq="essay").bins.set_index("bin")
    assert bins.loc["1979-1989", "index"] == pytest.approx(-0.9)
    assert math.isnan(bins.loc["1992-2000", "index"])
    assert bins.loc["2001-2020", "index"] == pytest.approx(0.6)
    assert bins.loc["2021-", "index"] == pytest.approx(0.4)
    assert bins.loc["2021-", "top_evidence"] == "essay#s3.t1"


# ----------------------------------------------------------------------------- comparison

SOURCE = record(
    "src",
    [
        (f"Source sentence on {y}.", year(y), [stance("RUS", "AFG", pol, s)])
        for y, pol, s in [
            (2000, "conflictual", -1.0),
            (2001, "conflictual", -0.5),
            (2002, "cooperative", 0.2),
            (2003, "cooperative", 0.8),
        ]
    ],
    role="source",
)
LATER = record(
    "later",
    [
        (f"Later sentence on {y}.", year(y), [stance("AFG", "RUS", pol, s)])
        for y, pol, s in [
            (2000, "conflictual", -0.6),
            (2001, "cooperative", 0.4),
            (2002, "cooperative", 0.3),
            (2003, "cooperative", 0.9),
            (2004, "cooperative", 0.5),
        ]
    ],
    role="later",
)


def test_compare_source_with_later_by_hand():
    result = compare_records([SOURCE, LATER], dyad="AFG-RUS", split_by="role", freq="year", top=2)
    pair = result.pairs.iloc[0]
    assert (pair["a"], pair["b"], pair["bins_common"], pair["bins_only_b"]) == ("source", "later", 4, 1)
    # diffs 2000..2003: −1−(−0.6) = −0.4, −0.5−0.4 = −0.9, 0.2−0.3 = −0.1, 0.8−0.9 = −0.1
    assert list(result.wide["diff"].iloc[:4]) == pytest.approx([-0.4, -0.9, -0.1, -0.1])
    assert math.isnan(result.wide["diff"].iloc[4])  # 2004: no source evidence
    # signs: (−,−) yes, (−,+) no, (+,+) yes, (+,+) yes → 3/4
    assert pair["sign_agreement"] == pytest.approx(0.75)
    assert pair["mean_abs_diff"] == pytest.approx(0.375)  # (0.4 + 0.9 + 0.1 + 0.1) / 4
    # ranks source 1,2,3,4; later 1,3,2,4; deviations (−1.5,−.5,.5,1.5) · (−1.5,.5,−.5,1.5) = 4, Σx² = 5
    assert pair["spearman"] == pytest.approx(0.8)
    worst = result.disagreements.iloc[0]
    assert (worst["bin"], worst["diff"], bool(worst["agree"])) == ("2001", pytest.approx(-0.9), False)
    assert worst["text_a"] == "Source sentence on 2001." and worst["text_b"] == "Later sentence on 2001."
    assert list(result.disagreements["bin"]) == ["2001", "2000"]
    report = render_comparison(result, "markdown")
    assert "### 2001: source -0.50 vs later +0.40" in report and "[later#s2.t1]" in report


def test_compare_across_dyads_and_errors():
    result = compare_records([ROLLUP], dyads=["AFG-RUS", "AFG-PAK"], freq="decade")
    wide = result.wide.set_index("bin")
    # 2000s: AFG-RUS has only 2005 (−0.6); AFG-PAK has 2000 (+0.8) → diff −1.4, signs differ
    assert wide.loc["2000s", "index_AFG-RUS"] == pytest.approx(-0.6)
    assert wide.loc["2000s", "index_AFG-PAK"] == pytest.approx(0.8)
    assert wide.loc["2000s", "diff"] == pytest.approx(-1.4) and wide.loc["2000s", "agree"] is False
    with pytest.raises(TimelineError):
        compare_records([ROLLUP], dyad="AFG-RUS", split_by="doc")  # one document: nothing to compare
    with pytest.raises(TimelineError):
        compare_records([ROLLUP], dyad="AFG-RUS")  # neither split nor dyads
    # by role, source and later always exist: a corpus without later documents still compares (empty side)
    only_source = compare_records([SOURCE], dyad="AFG-RUS", split_by="role")
    assert [t.name for t in only_source.timelines] == ["source", "later"]
    assert only_source.pairs.iloc[0]["bins_common"] == 0


def test_timelinejs_events_carry_dates_and_evidence():
    t = build_timeline([MIXED], "AFG-RUS", freq="decade")
    js = to_timelinejs(t)
    assert [e["start_date"]["year"] for e in js["events"]] == ["1980", "1990"]
    assert "Moscow sent aid to Kabul." in js["events"][0]["text"]["text"]
    assert js["events"][0]["text"]["headline"].startswith("1980s: conflictual")
    rows = to_timelinejs(t, rows=True)
    assert len(rows["events"]) == 5  # six stances, one undated


# ----------------------------------------------------------------------------- CLI


@pytest.fixture()
def annotations(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (SOURCE, LATER, MIXED)), encoding="utf-8")
    return path


def test_cli_timeline_csv_to_stdout(annotations):
    result = CliRunner().invoke(cli, ["timeline", str(annotations), "--dyad", "AFG-RUS", "--freq", "decade"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["bin"] for r in rows] == ["1980s", "1990s", "2000s"]
    assert float(rows[0]["index"]) == pytest.approx(-0.15)  # as in test_spread_index_and_counts_by_hand
    # 2000s: source −1 − 0.5 + 0.2 + 0.8 = −0.5 and later −0.6 + 0.4 + 0.3 + 0.9 + 0.5 = 1.5 → 1.0 / 9
    assert float(rows[2]["index"]) == pytest.approx(0.111)


def test_cli_timeline_rows_jsonl_and_timelinejs(annotations, tmp_path):
    result = CliRunner().invoke(
        cli, ["timeline", str(annotations), "--dyad", "AFG-RUS", "--rows", "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 4 + 5 + 6 and rows[0]["stance_id"] == "src#s1.t1" and rows[0]["start"] == "2000-01-01"
    out = tmp_path / "tl.json"
    result = CliRunner().invoke(
        cli, ["timeline", str(annotations), "--dyad", "AFG-RUS", "--format", "timelinejs", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["events"][0]["start_date"] == {
        "year": "1985",
        "month": "1",
        "day": "1",
    }


def test_cli_compare_markdown_and_dyads(annotations, tmp_path):
    out = tmp_path / "cmp.md"
    result = CliRunner().invoke(
        cli,
        [
            "compare",
            str(annotations),
            "--dyad",
            "AFG-RUS",
            "--split-by",
            "doc",
            "--freq",
            "year",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert "src vs later vs mixed" in text and "## Largest disagreements" in text
    result = CliRunner().invoke(
        cli, ["compare", str(annotations), "--dyads", "AFG-RUS,AFG-PAK", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(
        "bin,bin_start,bin_end,index_AFG-RUS,n_AFG-RUS,index_AFG-PAK"
    )


def test_cli_plot_writes_png_and_svg(annotations, tmp_path):
    pytest.importorskip("matplotlib")
    png, svg = tmp_path / "p.png", tmp_path / "p.svg"
    result = CliRunner().invoke(
        cli,
        [
            "plot",
            str(annotations),
            "--dyad",
            "AFG-RUS",
            "--split-by",
            "role",
            "--freq",
            "5Y",
            "--events",
            "afghanistan",
            "--event",
            "2010=Test",
            "-o",
            str(png),
        ],
    )
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = CliRunner().invoke(cli, ["plot", str(annotations), "--dyad", "AFG-RUS", "-o", str(svg)])
    assert result.exit_code == 0, result.output
    first = svg.read_bytes()
    assert b"<svg" in first
    CliRunner().invoke(cli, ["plot", str(annotations), "--dyad", "AFG-RUS", "-o", str(svg)])
    assert svg.read_bytes() == first  # deterministic


@pytest.mark.parametrize(
    "args, message",
    [
        (["timeline", "{f}", "--dyad", "AFGRUS"], "cannot read dyad"),
        (["timeline", "{f}", "--dyad", "AFG-RUS", "--freq", "weekly"], "bad --freq"),
        (["timeline", "{f}", "--dyad", "AFG-RUS", "--flag-weight", "future"], "bad --flag-weight"),
        (["compare", "{f}", "--dyad", "AFG-RUS"], "exactly one of --split-by or --dyads"),
        (["plot", "{f}", "--dyad", "AFG-RUS", "-o", "x.jpg"], "unsupported image format"),
        (["plot", "{f}", "--dyad", "AFG-RUS", "--event", "soon=x", "-o", "x.png"], "bad event"),
        (["timeline", "missing.jsonl", "--dyad", "AFG-RUS"], "no such file"),
        (["plot", "{f}", "-o", "x.png"], "plot needs --dyad"),
        (["timeline", "{f}", "--dyad", "AFG-RUS", "--years", "2000"], "bad --years"),
    ],
)
def test_cli_errors_are_one_line(annotations, tmp_path, monkeypatch, args, message):
    args = [a.replace("{f}", str(annotations)) for a in args]
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


def test_only_state_contending_groups_roll_up_to_their_country():
    # The Taliban (registry flag rollup) count as AFG; ISKP, also based in Afghanistan, does not:
    # its bombing of the Russian embassy is not an Afghanistan–Russia stance.
    rec = record("r", [
        ("The Taliban met Russian envoys.", ("2021-10-01", "2021-10-31"),
         [stance("AFG-TAL", "RUS", "cooperative", 0.3, "verbal_cooperation")]),
        ("ISKP bombed the Russian embassy.", ("2022-09-01", "2022-09-30"),
         [stance("AFG-ISKP", "RUS", "conflictual", -0.9, "material_conflict")]),
    ])
    rows = build_timeline([rec], "AFG-RUS", freq="year").rows
    assert list(rows["source"]) == ["AFG-TAL"]
    by_actor = build_timeline([rec], "AFG-ISKP:RUS", by="actor", freq="year").rows
    assert list(by_actor["source"]) == ["AFG-ISKP"]
