"""Reading every input kind of the contract, and the errors for bad input (no model needed)."""

from __future__ import annotations

import io
import json
import os

import pytest

from afru_nlp.io import InputError, atomic_writer, read_inputs, write_jsonl
from tests.conftest import CORPUS, SOURCE_DOC


def test_txt_file_is_one_document_with_stem_id(tmp_path):
    path = tmp_path / "kabul-note.txt"
    path.write_text("In 1979 troops arrived.", encoding="utf-8")
    (doc,) = read_inputs([path])
    assert doc.id == "kabul-note"
    assert doc.text == "In 1979 troops arrived."
    assert doc.meta == {}


def test_text_is_nfc_normalised(tmp_path):
    decomposed = "Bagra\u0301m"  # a + combining acute
    path = tmp_path / "x.txt"
    path.write_text(decomposed, encoding="utf-8")
    (doc,) = read_inputs([path])
    assert doc.text == "Bagrám" and len(doc.text) == 6


def test_jsonl_records_with_meta(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "One.", "meta": {"published": "2021-08-16"}}) + "\n\n"
        + json.dumps({"id": "b", "text": "Two."}) + "\n",
        encoding="utf-8",
    )
    docs = list(read_inputs([path]))
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].meta == {"published": "2021-08-16"}
    assert docs[1].meta == {}


def test_stdin_dash_reads_records():
    stream = io.StringIO(json.dumps({"id": "s", "text": "Hello."}) + "\n")
    (doc,) = read_inputs(["-"], stdin=stream)
    assert doc.id == "s" and doc.text == "Hello."


def test_directory_without_manifest_sorted_txt_and_jsonl(tmp_path):
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "C"}) + "\n", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("no", encoding="utf-8")
    ids = [d.id for d in read_inputs([tmp_path])]
    # sorted by path: b.txt < c.jsonl < sub/a.txt
    assert ids == ["b", "c1", "a"]


def test_corpus_manifest_gives_metadata():
    docs = {d.id: d for d in read_inputs([CORPUS])}
    source = docs["afghanistan-russia-relations"]
    assert source.meta["role"] == "source"
    assert source.meta["language"] == "en"
    assert "path" not in source.meta and "id" not in source.meta
    assert source.text == SOURCE_DOC.read_text(encoding="utf-8")


def test_corpus_manifest_rows_have_required_fields():
    required = {"id", "path", "title", "author", "source", "published", "language", "licence", "role"}
    lines = (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        row = json.loads(line)
        assert required <= row.keys(), row["id"]
        assert row["role"] in ("source", "later")
        assert (CORPUS / row["path"]).is_file()


def test_manifest_csv_is_read(tmp_path):
    (tmp_path / "d.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("id,path,title,published\nd1,d.txt,A title,1989-02-15\n",
                                           encoding="utf-8")
    (doc,) = read_inputs([tmp_path])
    assert doc.id == "d1" and doc.meta == {"title": "A title", "published": "1989-02-15"}


@pytest.mark.parametrize(
    "content, message, line",
    [
        ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', "malformed JSON", 2),
        ('{"id": "a"}\n', "has no 'text'", 1),
        ('["a"]\n', "JSON object", 1),
        ('{"id": "a", "text": 3}\n', "'text' must be a string", 1),
        ('{"text": "x"}\n', "no string 'id'", 1),
        ('{"id": "a", "text": "x", "meta": {"published": "Feb 1989"}}\n', "YYYY-MM-DD", 1),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path, content, message, line):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_inputs([path]))
    assert message in str(info.value)
    assert str(info.value).startswith(f"{path}:{line}:")


def test_not_utf8_names_file_and_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("first line\nKaf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1.txt:2: not valid UTF-8"):
        list(read_inputs([path]))


def test_missing_input_and_unsupported_kind(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_inputs([tmp_path / "absent.txt"]))
    other = tmp_path / "doc.pdf"
    other.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported input"):
        list(read_inputs([other]))


def test_duplicate_ids_are_an_error(tmp_path):
    path = tmp_path / "dup.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="duplicate document id 'a'"):
        list(read_inputs([path]))


def test_manifest_listing_missing_file(tmp_path):
    (tmp_path / "manifest.jsonl").write_text('{"id": "x", "path": "gone.txt"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.jsonl:1: listed file 'gone.txt' does not exist"):
        list(read_inputs([tmp_path]))


def test_atomic_writer_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_writer(target) as handle:
            handle.write("half")
            raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert os.listdir(tmp_path) == ["out.jsonl"]  # no temporary file left behind


def test_write_jsonl_is_compact_and_unicode(tmp_path):
    target = tmp_path / "o.jsonl"
    write_jsonl([{"b": "Kabul’s", "a": 1.5}], target)
    assert target.read_text(encoding="utf-8") == '{"b":"Kabul’s","a":1.5}\n'


def test_atomic_files_get_normal_permissions(tmp_path):
    target = tmp_path / "perm.jsonl"
    write_jsonl([{"a": 1}], target)
    mask = os.umask(0)
    os.umask(mask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~mask)
