"""Exports of scrapers and news APIs (`.jsonl`, `.csv`) → one record per article, streamed.

A file of 100,000 records is never held whole: records are read one line (JSON Lines) or one CSV
row at a time from the open file, and the caller works through them in chunks.

Field names: a record's `title`, `text`, `date`, `url` and `source` fields by default; an export
that names them otherwise is mapped with `PIPELINE_RECORD_FIELDS` (`title=headline,text=body`),
see `RecordFields.parse`. Only `text` is required: a record without a title is titled by its first
line, as a plain-text file is.

A record that does not parse (not JSON, not an object, a CSV row with more cells than the header),
that has no text, or whose date is not a date (ISO 8601 or RFC 2822: a record whose date cannot be
read would otherwise resolve its relative dates against the wrong day), is a `BadRecord` naming
its line and what is wrong; the other records of the file go on. Line numbers are 1-based
physical lines of the file (a CSV record whose quoted text spans lines is numbered by its first
line).

Bytes → text: exports are UTF-8 (JSON Lines must be; a leading BOM is dropped). A file that is not
valid UTF-8 in its first megabyte is read with the code page the plain-text policy of
`pipeline.lib.text.rawtext` chooses for that sample. Each line is decoded on its own, so one line of bad
bytes costs its record, not the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from pipeline.lib.text.rawtext import decode_document

RECORD_FIELDS = ("title", "text", "date", "url", "source")
EXPORT_FORMATS = ("jsonl", "csv")
SAMPLE_BYTES = 1_000_000
# A record's text can be long (the csv module's default field limit is 128 KiB), but a line longer
# than this is not a news record: it is skipped, and quarantined, without being read whole.
MAX_RECORD_BYTES = 10_000_000
MAX_FIELD_CHARS = MAX_RECORD_BYTES


@dataclass(frozen=True)
class RecordFields:
    """Which field of a record holds each of title, text, date, url and source."""

    title: str = "title"
    text: str = "text"
    date: str = "date"
    url: str = "url"
    source: str = "source"

    @classmethod
    def parse(cls, spec: str) -> RecordFields:
        """`title=headline,text=body,date=published` → fields; unnamed ones keep their default."""
        mapping: dict[str, str] = {}
        for item in spec.split(","):
            if not item.strip():
                continue
            ours, sep, theirs = (part.strip() for part in item.partition("="))
            if not sep or not theirs:
                raise ValueError(f"{item.strip()!r} is not field=name")
            if ours not in RECORD_FIELDS:
                raise ValueError(f"unknown field {ours!r}")
            if ours in mapping:
                raise ValueError(f"field {ours!r} given twice")
            mapping[ours] = theirs
        return cls(**mapping)


@dataclass(frozen=True)
class Record:
    line_no: int
    title: str | None
    text: str
    date: dt.date | None
    url: str | None
    source: str | None

    def document_text(self) -> str:
        """Title line, blank line, text: the shape of a one-article text file (wrapped text inside
        the record is then reflowed like any text file)."""
        text = self.text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        return f"{self.title}\n\n{text}\n" if self.title else text + "\n"


@dataclass(frozen=True)
class BadRecord:
    line_no: int
    reason: str


@dataclass(frozen=True)
class ExportFile:
    """What `documents` says about an export: read in one streaming pass."""

    sha256: str
    n_bytes: int
    encoding: str
    encoding_note: str | None

    @property
    def rejection(self) -> str | None:
        """Why the export cannot be read at all, or None."""
        if not self.n_bytes:
            return "empty file"
        if self.encoding.startswith("utf-16"):
            # Records are read line by line, and a UTF-16 line break is two bytes: save it as UTF-8.
            return f"a {self.encoding.upper()} export; exports are read as UTF-8 (or a one-byte code page)"
        return None


def choose_encoding(sample: bytes) -> tuple[str, str | None]:
    """(codec, note) for an export from its first bytes: UTF-8 when they are (a character cut at
    the sample's end does not count), else the plain-text policy's choice."""
    try:
        sample.decode("utf-8")
        return "utf-8", None
    except UnicodeDecodeError as err:
        if err.start >= len(sample) - 3 and err.reason == "unexpected end of data":
            return "utf-8", None
    decoded = decode_document(sample, max_file_bytes=len(sample) + 1, max_line_chars=len(sample) + 1)
    if decoded.encoding is None:
        return "utf-8", None  # not text (binary, say): its records fail one by one, with reasons
    return decoded.encoding, decoded.reason


def scan_export(stream: BinaryIO, chunk_bytes: int = 1 << 20) -> ExportFile:
    """Hash and size an export in one pass, choosing its encoding from the first chunk."""
    digest, n_bytes, first = hashlib.sha256(), 0, None
    while chunk := stream.read(chunk_bytes):
        if first is None:
            first = chunk[:SAMPLE_BYTES]
        digest.update(chunk)
        n_bytes += len(chunk)
    encoding, note = choose_encoding(first or b"")
    return ExportFile(digest.hexdigest(), n_bytes, encoding, note)


def _physical_lines(stream: BinaryIO, max_line_bytes: int) -> Iterator[bytes | None]:
    """The file's lines as bytes; None for a line over `max_line_bytes`, which is skipped without
    being held (one runaway line must not fill memory)."""
    while raw := stream.readline(max_line_bytes + 1):
        if len(raw) <= max_line_bytes or raw.endswith(b"\n"):
            yield raw
            continue
        while (rest := stream.readline(max_line_bytes)) and not rest.endswith(b"\n"):
            pass
        yield None


def _decoded_lines(stream: BinaryIO, encoding: str, bad_lines: dict[int, str]) -> Iterator[str]:
    """The file's lines as text, decoded one by one. A line that does not decode is decoded with
    replacement characters, and a line over `MAX_RECORD_BYTES` is replaced by an empty one; their
    numbers and what is wrong go to `bad_lines`."""
    for line_no, raw in enumerate(_physical_lines(stream, MAX_RECORD_BYTES), start=1):
        if raw is None:
            bad_lines[line_no] = f"line over {MAX_RECORD_BYTES:,} bytes; skipped"
            yield "\n"
            continue
        if line_no == 1 and encoding == "utf-8":
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield raw.decode(encoding)
        except UnicodeDecodeError:
            bad_lines[line_no] = "bytes not valid in the file's encoding"
            yield raw.decode(encoding, errors="replace")


def _field_text(value, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"field {name!r} is a {type(value).__name__}, not text")
    return str(value)


def _record_date(value: str | None, name: str) -> dt.date | None:
    """ISO 8601 dates and timestamps (`2026-11-18`, `2026-11-18T07:30:00Z`) and RFC 2822 ones, as in
    RSS feeds (`Tue, 18 Nov 2026 07:30:00 GMT`): the date as written, in the writer's time zone."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (ValueError, TypeError):
        raise ValueError(f"field {name!r} is {value[:40]!r}, not a date (ISO 8601 or RFC 2822)") from None


def make_record(line_no: int, values: dict, fields: RecordFields) -> Record | BadRecord:
    """One record from its field values (a JSON object or a CSV row)."""
    try:
        text = _field_text(values.get(fields.text), fields.text)
        if text is None:
            present = ", ".join(sorted(values)) or "none"
            return BadRecord(line_no, f"no text: field {fields.text!r} is missing or empty (fields: {present})")
        return Record(
            line_no=line_no,
            title=" ".join((_field_text(values.get(fields.title), fields.title) or "").split()) or None,
            text=text,
            date=_record_date(_field_text(values.get(fields.date), fields.date), fields.date),
            url=_field_text(values.get(fields.url), fields.url),
            source=_field_text(values.get(fields.source), fields.source),
        )
    except ValueError as err:
        return BadRecord(line_no, str(err))


def _jsonl_records(
    lines: Iterable[str], fields: RecordFields, bad_lines: dict[int, str]
) -> Iterator[Record | BadRecord]:
    for line_no, line in enumerate(lines, start=1):
        if line_no in bad_lines:
            yield BadRecord(line_no, bad_lines[line_no])
            continue
        if not line.strip():
            continue
        try:
            values = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as err:
            yield BadRecord(line_no, f"not JSON: {err.msg.removesuffix(' at')} at column {err.colno}")
            continue
        if not isinstance(values, dict):
            yield BadRecord(line_no, f"a JSON {type(values).__name__}, not an object")
            continue
        yield make_record(line_no, values, fields)


def _csv_records(lines: Iterable[str], fields: RecordFields, bad_lines: dict[int, str]) -> Iterator[Record | BadRecord]:
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.reader(lines, strict=True)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        return
    except csv.Error as err:
        yield BadRecord(1, f"header does not parse as CSV: {err}")
        return
    if fields.text not in header:
        yield BadRecord(1, f"header has no {fields.text!r} column (columns: {', '.join(header)})")
        return
    while True:
        first_line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield BadRecord(first_line, f"does not parse as CSV: {err}")
            continue
        if bad := [bad_lines[n] for n in range(first_line, reader.line_num + 1) if n in bad_lines]:
            yield BadRecord(first_line, bad[0])
        elif not any(cell.strip() for cell in row):
            continue
        elif len(row) != len(header):
            yield BadRecord(first_line, f"{len(row)} cells for {len(header)} columns")
        else:
            yield make_record(first_line, dict(zip(header, row, strict=True)), fields)


def read_records(stream: BinaryIO, fmt: str, encoding: str, fields: RecordFields) -> Iterator[Record | BadRecord]:
    """Every record of an open export, in file order, one at a time."""
    bad_lines: dict[int, str] = {}
    lines = _decoded_lines(stream, encoding, bad_lines)
    if fmt == "jsonl":
        return _jsonl_records(lines, fields, bad_lines)
    if fmt == "csv":
        return _csv_records(lines, fields, bad_lines)
    raise ValueError(f"not an export format: {fmt!r}")
