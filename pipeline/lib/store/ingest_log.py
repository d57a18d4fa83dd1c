"""Reading a warehouse file's `ingest_log` with DuckDB alone.

Kept apart from `warehouse.py`, which imports the table models (pandera, pandas, polars: 0.96 s
of imports): `pipeline run` reads the log to decide that there is nothing to do, and a run with nothing
to do should cost a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.lib.store.readers import rows_of


def read_ingest_log(path: Path, code_version: str | None = None) -> dict[str, str] | None:
    """`ingest_log` of a warehouse file, opened read-only: file → content hash of its last complete
    ingestion; with `code_version`, only the files that version of the code completed (a file the
    rules of another version made is not done). None when the file is absent, busy (another process
    writes it), damaged or has no log (or, asked for a version, a log from before versions were kept)."""
    # Filtered here, not bound as a parameter: binding one makes DuckDB import pandas (0.25 s), and a
    # run with nothing to do should cost a fraction of a second.
    version = "code_version" if code_version is not None else "NULL"
    found = rows_of(path, f"SELECT doc_id, sha256, {version} FROM ingest_log WHERE sha256 IS NOT NULL")
    if found is None:
        return None
    return {doc_id: sha256 for doc_id, sha256, made_by in found if code_version is None or made_by == code_version}
