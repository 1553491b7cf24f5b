"""Stance-over-time charts of one or more timelines (matplotlib, the optional ``plot`` extra).

Each timeline is drawn as a horizontal segment per bin (the bin's extent) at its net stance index, joined
through the bin middles, with a marker whose size grows with the number of stances; single stances can be
shown as faint dots (interval middle, score); events are dotted vertical lines; each timeline's strongest
bin is labelled with its evidence id so the point can be traced back to its sentence.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from afru_nlp.io import AfruError, atomic_write_bytes
from afru_nlp.timeline import Timeline

FORMATS = ("png", "svg")
# Events of Afghanistan's relations with its northern neighbour, for ``--events afghanistan``.
AFGHANISTAN_EVENTS = [
    ("1979-12-27", "Soviet invasion"),
    ("1989-02-15", "Soviet withdrawal"),
    ("2001-10-07", "US-led intervention"),
    ("2021-08-15", "Taliban take Kabul"),
]
_COLOURS = ["#1f5fa8", "#d9611c", "#2a9d55", "#8e44ad", "#7f7f7f", "#b8860b"]


class PlotError(AfruError):
    """The chart cannot be drawn (matplotlib missing, unknown format, bad event)."""


def parse_event(spec: str) -> tuple[str, str]:
    """'1989-02-15=Soviet withdrawal' (or 'YYYY=label', 'YYYY-MM=label') → (ISO date, label)."""
    when, sep, label = spec.partition("=")
    when = when.strip()
    try:
        parts = [int(p) for p in when.split("-")]
        day = pd.Timestamp(
            year=parts[0],
            month=parts[1] if len(parts) > 1 else 7,
            day=parts[2] if len(parts) > 2 else (15 if len(parts) > 1 else 1),
        )
    except (ValueError, IndexError):
        raise PlotError(f"bad event {spec!r} (expected YYYY[-MM[-DD]]=label)") from None
    if len(parts) > 3:
        raise PlotError(f"bad event {spec!r} (expected YYYY[-MM[-DD]]=label)")
    return day.date().isoformat(), (label.strip() if sep else when)


def _matplotlib():
    try:
        import matplotlib
    except ImportError:
        raise PlotError("plotting needs matplotlib: pip install 'afru-nlp[plot]'") from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return matplotlib, plt


def plot_timelines(
    timelines: Sequence[Timeline],
    output: str | Path,
    *,
    title: str | None = None,
    events: Sequence[tuple[str, str]] = (),
    points: bool = True,
) -> Path:
    """Draw ``timelines`` (sharing a grid or not) and write the chart to ``output`` (.png or .svg)."""
    output = Path(output)
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise PlotError(f"{output}: unsupported image format (use .png or .svg)")
    if not timelines:
        raise PlotError("nothing to plot: no timeline")
    matplotlib, plt = _matplotlib()
    import matplotlib.dates as mdates

    with matplotlib.rc_context({"svg.hashsalt": "afru-nlp", "font.size": 10}):
        fig, ax = plt.subplots(figsize=(11, 5.2), dpi=120)
        ax.axhspan(0, 1.08, color="#2a9d55", alpha=0.04, zorder=0)
        ax.axhspan(-1.08, 0, color="#c0392b", alpha=0.04, zorder=0)
        ax.axhline(0, color="#333333", linewidth=0.9, zorder=1)
        lows, highs = [], []
        strongest: list[tuple[pd.Series, str, int]] = []  # each timeline's strongest bin, labelled below
        for k, t in enumerate(timelines):
            colour = _COLOURS[k % len(_COLOURS)]
            bins = t.bins.copy()
            bins["lo"] = pd.to_datetime(bins["bin_start"])
            bins["hi"] = pd.to_datetime(bins["bin_end"]) + pd.Timedelta(days=1)
            bins["mid"] = bins["lo"] + (bins["hi"] - bins["lo"]) / 2
            if not bins.empty:
                lows.append(bins["lo"].min())
                highs.append(bins["hi"].max())
            filled = bins[bins["index"].notna()]
            n_dated = int(t.rows["start"].notna().sum()) if not t.rows.empty else 0
            label = f"{t.name} ({n_dated} dated stance{'s' if n_dated != 1 else ''}, {t.undated} undated)"
            ax.hlines(
                filled["index"],
                filled["lo"],
                filled["hi"],
                colors=colour,
                linewidth=3.2,
                alpha=0.85,
                zorder=3,
            )
            # Joined through consecutive bins only: an empty bin breaks the line (no interpolation).
            ax.plot(
                bins["mid"],
                bins["index"].astype(float),
                color=colour,
                linewidth=1.1,
                linestyle="--",
                alpha=0.6,
                zorder=2,
            )
            sizes = [28 + 22 * math.sqrt(n) for n in filled["n_stances"]]
            ax.scatter(
                filled["mid"],
                filled["index"],
                s=sizes,
                color=colour,
                edgecolor="white",
                linewidth=0.8,
                zorder=4,
                label=label,
            )
            if points and not t.rows.empty:
                dated = t.rows.dropna(subset=["start", "end"])
                dated = dated[dated["polarity"].isin(["cooperative", "conflictual"])]
                mids = dated["start"] + (dated["end"] - dated["start"]) / 2
                ax.scatter(
                    mids, dated["score"], s=10, color=colour, alpha=0.3, marker="o", zorder=2, linewidth=0
                )
            if not filled.empty:
                strength = (filled["index"].abs() * filled["weight"]).astype(float)
                best = filled.loc[strength.idxmax()]
                strongest.append((best, colour, k))
        if not any(t.bins["index"].notna().any() for t in timelines):
            ax.text(
                0.5,
                0.5,
                "no dated stances for this dyad",
                transform=ax.transAxes,
                ha="center",
                va="center",
                fontsize=12,
                color="#777777",
                bbox={"facecolor": "white", "edgecolor": "#cccccc", "boxstyle": "round,pad=0.4"},
            )
        marks = sorted((pd.Timestamp(when), label) for when, label in events)
        for x, _ in marks:
            ax.axvline(x, color="#555555", linestyle=":", linewidth=1, zorder=1)
            lows.append(x)
            highs.append(x)
        if lows:
            span = max(highs) - min(lows)
            pad = max(span * 0.02, pd.Timedelta(days=180))
            ax.set_xlim(min(lows) - pad, max(highs) + pad)
        levels = _event_labels(fig, ax, marks)
        _evidence_labels(ax, strongest)
        ax.set_ylim(-1.08, 1.08)
        ax.set_yticks([-1, -0.5, 0, 0.5, 1])
        ax.set_yticklabels(["−1\nconflictual", "−0.5", "0", "+0.5", "+1\ncooperative"])
        ax.set_ylabel("net stance index (weighted mean score)")
        ax.set_xlabel("year (bars span each bin; dots mark single stances)" if points else "year")
        if lows:
            ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=6, maxticks=14))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        else:
            ax.set_xticks([])
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_title(
            title or f"{', '.join(dict.fromkeys(t.dyad for t in timelines))} relations over time",
            pad=8 + 11 * levels + (4 if levels else 0),
        )
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, -0.13),
            ncol=min(len(timelines), 3),
            fontsize=9,
            frameon=False,
        )
        fig.tight_layout()
        buffer = io.BytesIO()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(buffer, format=fmt, metadata=metadata)
        plt.close(fig)
    atomic_write_bytes(output, buffer.getvalue())
    return output


def _event_labels(fig, ax, marks: Sequence[tuple[pd.Timestamp, str]]) -> int:
    """Label event lines above the axes, moving a label up a row while it would overlap one to its left;
    returns the number of rows used."""
    renderer = fig.canvas.get_renderer()
    placed: list[tuple[int, object]] = []
    rows = 0
    for x, label in marks:
        row = 0
        while True:
            text = ax.annotate(
                label,
                (x, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(0, 3 + 11 * row),
                textcoords="offset points",
                va="bottom",
                ha="center",
                fontsize=8,
                color="#444444",
            )
            box = text.get_window_extent(renderer).expanded(1.05, 1.0)
            if not any(r == row and box.overlaps(other) for r, other in placed):
                placed.append((row, box))
                rows = max(rows, row + 1)
                break
            text.remove()
            row += 1
    return rows


def _evidence_labels(ax, strongest: Sequence[tuple[pd.Series, str, int]]) -> None:
    """Label each timeline's strongest bin with its top stance id (traceable to the sentence): above a
    cooperative point, below a conflictual one, one row further out per timeline, kept inside the axes."""
    import matplotlib.dates as mdates

    lo, hi = ax.get_xlim()
    for best, colour, k in strongest:
        x = mdates.date2num(best["mid"])
        where = (x - lo) / (hi - lo) if hi > lo else 0.5
        ha = "right" if where > 0.8 else "left" if where < 0.2 else "center"
        offset = 12 + 10 * k if best["index"] >= 0 else -(18 + 10 * k)
        ax.annotate(
            str(best["top_evidence"]),
            (best["mid"], best["index"]),
            textcoords="offset points",
            xytext=(0, offset),
            ha=ha,
            fontsize=7,
            color=colour,
            zorder=5,
        )
