"""The command line, through click's CliRunner, with the pipeline loaded once per session."""

from __future__ import annotations

import json
import re

import click
import pytest
from click.testing import CliRunner

from afru_nlp import cli as cli_module
from afru_nlp.cli import cli
from tests.conftest import CORPUS, REPO, SOURCE_DOC


@pytest.fixture(scope="module")
def runner(nlp, monkeypatch_module):
    # Reuse the session's pipeline instead of loading the model once per invocation.
    monkeypatch_module.setattr("afru_nlp.pipeline.load_pipeline", lambda model=None, **kw: nlp)
    return CliRunner()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def records_of(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_txt_to_stdout(runner):
    result = runner.invoke(cli, ["extract", str(SOURCE_DOC)])
    assert result.exit_code == 0, result.output
    (record,) = records_of(result.stdout)
    assert record["doc_id"] == "afghanistan-russia-relations"


def test_extract_directory_with_manifest_uses_its_metadata(runner):
    result = runner.invoke(cli, ["extract", str(CORPUS)])
    assert result.exit_code == 0, result.output
    records = records_of(result.stdout)
    manifest = [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text().splitlines()]
    assert [r["doc_id"] for r in records] == [row["id"] for row in manifest]
    assert records[0]["meta"]["role"] == "source"


def test_extract_jsonl_and_stdin(runner, tmp_path):
    line = json.dumps({"id": "n1", "text": "Pakistan and Afghanistan agreed to talks.",
                       "meta": {"published": "2023-05-02"}})
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    from_file = runner.invoke(cli, ["extract", str(path)])
    from_stdin = runner.invoke(cli, ["extract", "-"], input=line + "\n")
    assert from_file.exit_code == 0 and from_stdin.exit_code == 0
    assert from_file.stdout == from_stdin.stdout
    assert records_of(from_file.stdout)[0]["meta"]["published"] == "2023-05-02"


def test_extract_to_file_then_validate(runner, tmp_path):
    out = tmp_path / "out" / "a.jsonl"
    result = runner.invoke(cli, ["extract", str(SOURCE_DOC), "-o", str(out)])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert out.exists()
    check = runner.invoke(cli, ["validate", str(out)])
    assert check.exit_code == 0 and "1 record(s) valid" in check.stdout


@pytest.mark.parametrize(
    "content, expected",
    [
        (b'{"id": "a", "text": "ok"}\n{"id": "b"\n', r"bad.jsonl:2: malformed JSON"),
        (b'{"id": "a", "meta": {}}\n', r"bad.jsonl:1: input record has no 'text'"),
        (b"\xff\xfe bad bytes", r"bad.jsonl:1: not valid UTF-8"),
    ],
)
def test_bad_input_one_line_error_and_nothing_written(runner, tmp_path, content, expected):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(content)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(bad), "-o", str(out)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and re.search(expected, lines[0]), result.stderr
    assert out.read_text(encoding="utf-8") == "previous\n"


def test_missing_input_is_an_error(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt: no such file or directory" in result.stderr


def test_validate_reports_broken_record(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(SOURCE_DOC)])
    record = records_of(result.stdout)[0]
    record["sentences"][1]["end"] += 5
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    check = runner.invoke(cli, ["validate", str(path)])
    assert check.exit_code == 1
    assert f"{path}:1: sentences[1]" in check.stderr


def test_help_for_every_command(runner):
    assert runner.invoke(cli, ["--help"]).exit_code == 0
    for name in command_names():
        result = runner.invoke(cli, name.split() + ["--help"])
        assert result.exit_code == 0, name
        assert "Usage:" in result.output


def command_names() -> list[str]:
    names = []
    for name, command in cli.commands.items():
        if isinstance(command, click.Group):
            names.extend(f"{name} {sub}" for sub in command.commands)
        else:
            names.append(name)
    return sorted(names)


def test_every_command_is_documented_in_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in command_names() if f"afru-nlp {name}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_cli_module_only_parses_options():
    """The CLI keeps no extraction logic of its own: every command delegates to a library module."""
    source = (REPO / "src" / "afru_nlp" / "cli.py").read_text(encoding="utf-8")
    assert "import spacy" not in source and "from spacy" not in source
    assert "doc_to_record" not in source and "nlp(" not in source
    assert cli_module.library_errors
