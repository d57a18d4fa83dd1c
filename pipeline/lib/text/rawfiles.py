"""The raw folder: which files are documents, their partition keys and reference dates.

Reference dates (the "today" of a document, used later to give year-less dates their year)
come, in order of precedence, from:
  1. a sidecar `<file name>.meta.json` holding {"reference_date": "YYYY-MM-DD"};
  2. a saved web page's own publication date (its metadata, read by `pipeline.lib.text.webpages`);
  3. a leading `YYYY-MM-DD` in the file name (`2025-11-28_listing.txt`);
  4. the file's modification time (UTC date).
An export record's own date goes before all of these for that record's article (see
`pipeline.lib.text.records`).

A file's format comes from its name: `.html`/`.htm` saved web pages, `.jsonl`/`.csv` exports, and
text for every other name (`.txt`, no suffix, ...), as before formats existed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.lib.text.ids import partition_key_for

SIDECAR_SUFFIX = ".meta.json"
# Files that are still being written, or are not documents at all.
_IGNORED = re.compile(r"^\.|~$|\.(?:part|tmp|crdownload|swp)$|" + re.escape(SIDECAR_SUFFIX) + "$")
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[_\- ]")


@dataclass(frozen=True)
class RawFile:
    partition_key: str
    path: Path


class RawFileError(ValueError):
    """A raw file that cannot be read as a document; the message names the file and why."""


class RawFolderError(OSError):
    """The raw folder itself is missing or cannot be listed. Never read as "no files": an
    unmounted share or a typo in PIPELINE_RAW_DIR must not look like every file was deleted."""


DOCUMENT_FORMATS = ("text", "html", "jsonl", "csv")
_FORMAT_OF_SUFFIX = {"html": "html", "htm": "html", "xhtml": "html", "jsonl": "jsonl", "ndjson": "jsonl", "csv": "csv"}


def is_document_name(name: str) -> bool:
    return not _IGNORED.search(name)


def document_format(name: str) -> str:
    """`text`, `html`, `jsonl` or `csv`, from the file name's suffix (case-insensitive)."""
    suffix = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return _FORMAT_OF_SUFFIX.get(suffix, "text")


def list_raw_files(raw_dir: Path) -> list[RawFile]:
    """Every document in `raw_dir` (not recursive), sorted by name, keyed by partition key.

    Raises RawFolderError when the folder does not exist or cannot be listed."""
    try:
        if not raw_dir.is_dir():
            raise RawFolderError(
                f"raw folder {raw_dir} does not exist or is not a folder (check PIPELINE_RAW_DIR or --raw-dir; "
                "a network share or bucket may not be mounted)"
            )
        entries = sorted(raw_dir.iterdir())
    except RawFolderError:
        raise
    except OSError as err:
        raise RawFolderError(f"raw folder {raw_dir} cannot be listed: {err.strerror or err}") from err
    return [
        RawFile(partition_key_for(p.name), p)
        for p in entries
        if is_document_name(p.name) and (p.is_file() or p.is_symlink())
    ]


def _readable(raw_dir: Path, path: Path) -> Path:
    """The file to read for `path`, refusing symlinks that lead outside the raw folder."""
    resolved = path.resolve()
    if path.is_symlink() and not resolved.is_relative_to(raw_dir.resolve()):
        raise RawFileError(f"{path.name}: symlink pointing outside the raw folder ({resolved}); refused")
    if not resolved.is_file():
        raise RawFileError(f"{path.name}: not a regular file")
    return resolved


def read_raw_bytes(raw_dir: Path, path: Path) -> bytes:
    """Read a raw file, refusing symlinks that lead outside the raw folder."""
    return _readable(raw_dir, path).read_bytes()


def open_raw_file(raw_dir: Path, path: Path) -> BinaryIO:
    """Open a raw file for streaming (exports), with the same refusals as `read_raw_bytes`."""
    return _readable(raw_dir, path).open("rb")


def reference_date_for(path: Path, page_date: dt.date | None = None) -> tuple[dt.date | None, str]:
    """(reference date, where it came from); a malformed sidecar raises RawFileError.

    `page_date` is a web page's own publication date: it yields only to a sidecar."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if sidecar.is_file():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            return dt.date.fromisoformat(meta["reference_date"]), "sidecar"
        except (ValueError, KeyError, TypeError) as err:
            raise RawFileError(f"{path.name}: sidecar {sidecar.name} is malformed: {err}") from err
    if page_date is not None:
        return page_date, "page_metadata"
    match = _DATE_PREFIX.match(path.name)
    if match:
        try:
            return dt.date.fromisoformat(match.group(1)), "file_name"
        except ValueError:
            pass
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return None, "none"
    return dt.datetime.fromtimestamp(mtime, tz=dt.UTC).date(), "mtime"
