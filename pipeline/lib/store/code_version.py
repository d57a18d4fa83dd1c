"""The version of the code that makes the warehouse's rows: a digest of the pipeline's own source.

A warehouse is complete for a raw folder when every file was processed on its current content *by
the current rules*. After an upgrade (a new event rule, a new word list, a mended parser) the same
files would give other rows, so `ingest_log` keeps, beside each file's content hash, the version of
the code that completed it, and `pipeline run` redoes the files another version made. The digest
covers the modules that compute and write rows (`pipeline/lib`, `pipeline/defs`) and their data
files; the command line, the settings and the tests are left out, so changing them redoes nothing.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2]
# The parts of the package whose change can change a row.
ROW_MAKING_FOLDERS = ("lib", "defs")


def _source_files(package_dir: Path) -> list[Path]:
    files = []
    for folder in ROW_MAKING_FOLDERS:
        files.extend(
            path
            for path in (package_dir / folder).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
        )
    return sorted(files, key=lambda path: path.relative_to(package_dir).as_posix())


@functools.cache
def code_version(package_dir: Path = PACKAGE_DIR) -> str:
    """16 hex digits naming the row-making source under `package_dir`: the same files with the
    same bytes give the same version on any machine, in any order of listing."""
    digest = hashlib.sha256()
    for path in _source_files(package_dir):
        digest.update(path.relative_to(package_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]
