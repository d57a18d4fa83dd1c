"""What changed in the raw folder since the last look, cheaply.

Used by the sensor: one `stat` per file, and a content hash only for files whose size or
modification time moved. A file modified in the last `settle_seconds` may still be being
written and waits for a later look; temporary names (`*.part`, `.~*`, ...) are never documents
(see `rawfiles.is_document_name`).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipeline.lib.text.rawfiles import list_raw_files

HASH_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileState:
    size: int
    mtime_ns: int
    sha256: str


@dataclass
class ScanResult:
    changed: dict[str, FileState] = field(default_factory=dict)  # new or new content
    removed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)  # still being written
    states: dict[str, FileState] = field(default_factory=dict)  # the new cursor


def file_sha256(path: Path, raw_dir: Path) -> str:
    """Content hash; a symlink leading outside the raw folder is hashed by its target's name,
    never read (the ingest asset refuses it with a clear message)."""
    resolved = path.resolve()
    if path.is_symlink() and not resolved.is_relative_to(raw_dir.resolve()):
        return hashlib.sha256(f"symlink:{resolved}".encode()).hexdigest()
    digest = hashlib.sha256()
    with resolved.open("rb") as f:
        while chunk := f.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def scan_raw_folder(raw_dir: Path, previous: dict[str, FileState], now: float, settle_seconds: float) -> ScanResult:
    result = ScanResult()
    files = list_raw_files(raw_dir)
    for raw_file in files:
        key, path = raw_file.partition_key, raw_file.path
        try:
            stat = path.stat()
        except OSError:  # dangling symlink, or removed between listing and stat
            continue
        before = previous.get(key)
        # A modification time in the future is clock skew, not a file being written.
        if 0 <= now - stat.st_mtime < settle_seconds:
            result.waiting.append(key)
            if before:
                result.states[key] = before
            continue
        if before and (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            result.states[key] = before
            continue
        try:
            state = FileState(stat.st_size, stat.st_mtime_ns, file_sha256(path, raw_dir))
        except OSError:
            continue
        result.states[key] = state
        if before is None or before.sha256 != state.sha256:
            result.changed[key] = state
    present = {f.partition_key for f in files}
    result.removed = sorted(k for k in previous if k not in present)
    return result


def encode_states(states: dict[str, FileState]) -> dict[str, list]:
    return {k: list(asdict(v).values()) for k, v in states.items()}


def decode_states(payload: dict[str, list]) -> dict[str, FileState]:
    return {k: FileState(*v) for k, v in payload.items()}
