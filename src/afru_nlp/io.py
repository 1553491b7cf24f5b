"""Reading inputs and writing outputs: the one place that touches the file system.

Every input kind of the contract (a ``.txt`` file, a directory with or without a manifest, a ``.jsonl``
file of input records, ``-`` for standard input) becomes a stream of :class:`Document`. Problems become
:class:`InputError` with the file and line they come from, so the CLI can print one line instead of a
traceback. Outputs are written atomically (temporary file in the same folder, then rename).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

MANIFEST_NAMES = ("manifest.jsonl", "manifest.csv")
# Manifest columns that describe where the document is rather than what it is: not copied into meta.
_MANIFEST_LOCATION_KEYS = {"id", "path"}


class AfruError(Exception):
    """Base class of the errors the library raises for bad input; the CLI prints them on one line."""


class InputError(AfruError):
    """A document could not be read; names the input and, where it applies, the line."""

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


@dataclass
class Document:
    """One text to annotate, with its metadata; ``id`` is stable and unique within a run."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # where it was read from (for error messages only; never written to records)


def normalise_text(text: str) -> str:
    """NFC-normalise so offsets do not depend on how an editor composed accented letters."""
    return unicodedata.normalize("NFC", text)


def read_inputs(inputs: Iterable[str | os.PathLike[str]], stdin: IO[str] | None = None) -> Iterator[Document]:
    """Yield documents from every input, in order; raise :class:`InputError` at the first bad one."""
    seen: dict[str, str] = {}
    for item in inputs:
        for doc in _read_one(str(item), stdin):
            if doc.id in seen:
                raise InputError(doc.source, f"duplicate document id {doc.id!r} (first seen in {seen[doc.id]})")
            seen[doc.id] = doc.source
            yield doc


def _read_one(item: str, stdin: IO[str] | None) -> Iterator[Document]:
    if item == "-":
        stream = stdin if stdin is not None else sys.stdin
        yield from read_jsonl_records(stream, "<stdin>")
        return
    path = Path(item)
    if not path.exists():
        raise InputError(item, "no such file or directory")
    if path.is_dir():
        yield from read_directory(path)
    elif path.suffix == ".jsonl":
        yield from read_jsonl_file(path)
    elif path.suffix == ".txt":
        yield read_text_file(path)
    else:
        raise InputError(item, "unsupported input (expected a .txt file, a .jsonl file, a directory or -)")


def _read_utf8(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(str(path), f"not valid UTF-8 (byte {exc.start})", line) from None


def read_text_file(path: Path, doc_id: str | None = None, meta: dict[str, Any] | None = None) -> Document:
    """A ``.txt`` file is one document whose id is the file stem."""
    text = normalise_text(_read_utf8(path))
    return Document(id=doc_id or path.stem, text=text, meta=dict(meta or {}), source=str(path))


def _record_to_document(obj: Any, source: str, line: int) -> Document:
    if not isinstance(obj, dict):
        raise InputError(source, "input record must be a JSON object", line)
    if "text" not in obj:
        raise InputError(source, "input record has no 'text'", line)
    if not isinstance(obj["text"], str):
        raise InputError(source, "'text' must be a string", line)
    doc_id = obj.get("id", obj.get("doc_id"))
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(source, "input record has no string 'id'", line)
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise InputError(source, "'meta' must be an object", line)
    published = meta.get("published")
    if published is not None and not _is_iso_date(published):
        raise InputError(source, f"meta.published must be YYYY-MM-DD, got {published!r}", line)
    return Document(id=doc_id, text=normalise_text(obj["text"]), meta=dict(meta), source=f"{source}:{line}")


def _is_iso_date(value: Any) -> bool:
    from datetime import date

    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def json_lines(stream: Iterable[str], source: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line; a malformed line raises InputError."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(source, f"malformed JSON ({exc.msg})", number) from None


def read_jsonl_records(stream: IO[str], source: str) -> Iterator[Document]:
    """Input records ``{"id", "text", "meta"}``, one per line; blank lines are skipped."""
    for number, obj in json_lines(stream, source):
        yield _record_to_document(obj, source, number)


def read_jsonl_file(path: Path) -> Iterator[Document]:
    text = _read_utf8(path)
    yield from read_jsonl_records(io.StringIO(text), str(path))


def read_manifest(directory: Path) -> list[dict[str, Any]] | None:
    """The manifest's rows (``id``, ``path`` and metadata), or None when the folder has none."""
    for name in MANIFEST_NAMES:
        path = directory / name
        if not path.exists():
            continue
        text = _read_utf8(path)
        rows: list[dict[str, Any]] = []
        if name.endswith(".jsonl"):
            for number, row in json_lines(text.splitlines(), str(path)):
                if not isinstance(row, dict) or not row.get("id") or not row.get("path"):
                    raise InputError(str(path), "manifest row needs 'id' and 'path'", number)
                row["_line"] = number
                rows.append(row)
        else:
            reader = csv.DictReader(io.StringIO(text))
            for number, row in enumerate(reader, start=2):
                if not row.get("id") or not row.get("path"):
                    raise InputError(str(path), "manifest row needs 'id' and 'path'", number)
                clean = {k: (v if v != "" else None) for k, v in row.items()}
                clean["_line"] = number
                rows.append(clean)
        return rows
    return None


def read_directory(directory: Path) -> Iterator[Document]:
    """With a manifest: its documents and metadata; without: every .txt/.jsonl below, sorted by path."""
    manifest = read_manifest(directory)
    if manifest is None:
        for path in sorted(p for p in directory.rglob("*") if p.is_file() and p.suffix in (".txt", ".jsonl")):
            if path.suffix == ".txt":
                yield read_text_file(path)
            else:
                yield from read_jsonl_file(path)
        return
    manifest_name = next(str(directory / n) for n in MANIFEST_NAMES if (directory / n).exists())
    for row in manifest:
        line = row.pop("_line")
        path = directory / row["path"]
        if not path.is_file():
            raise InputError(manifest_name, f"listed file {row['path']!r} does not exist", line)
        meta = {k: v for k, v in row.items() if k not in _MANIFEST_LOCATION_KEYS}
        published = meta.get("published")
        if published is not None and not _is_iso_date(published):
            raise InputError(manifest_name, f"published must be YYYY-MM-DD, got {published!r}", line)
        yield read_text_file(path, doc_id=row["id"], meta=meta)


def _umask_mode() -> int:
    """The permissions a plainly created file would get (mkstemp alone gives 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def _atomic(path: str | os.PathLike[str], binary: bool) -> Iterator[IO[Any]]:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp, _umask_mode())
        if binary:
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_writer(path: str | os.PathLike[str]) -> Any:
    """Write text to ``path`` via a temporary file in the same folder; the target changes only on success."""
    return _atomic(path, binary=False)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Binary counterpart of :func:`atomic_writer` (images, Parquet)."""
    with _atomic(path, binary=True) as handle:
        handle.write(data)


def dumps_record(record: dict[str, Any]) -> str:
    """One JSON line, deterministic: keys in insertion order, no ASCII escaping, no trailing spaces."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(records: Iterable[dict[str, Any]], out: str | os.PathLike[str] | None) -> int:
    """Write records as JSON Lines to ``out`` (atomically) or to stdout when ``out`` is None or ``-``."""
    count = 0
    if out is None or str(out) == "-":
        for record in records:
            sys.stdout.write(dumps_record(record) + "\n")
            count += 1
        sys.stdout.flush()
        return count
    with atomic_writer(out) as handle:
        for record in records:
            handle.write(dumps_record(record) + "\n")
            count += 1
    return count


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for every non-blank line of an annotation file; bad lines raise InputError."""
    source = str(path)
    if source == "-":
        stream: Iterable[str] = sys.stdin
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(source, "no such file or directory")
        stream = io.StringIO(_read_utf8(p))
    for number, obj in json_lines(stream, source):
        if not isinstance(obj, dict):
            raise InputError(source, "a record must be a JSON object", number)
        yield number, obj


def annotation_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand folders into the ``.jsonl`` files below them (sorted), keep files as given."""
    result: list[Path] = []
    for item in paths:
        p = Path(item)
        if p.is_dir():
            result.extend(sorted(q for q in p.rglob("*.jsonl") if q.is_file()))
        elif not p.exists():
            raise InputError(str(item), "no such file or directory")
        else:
            result.append(p)
    return result
