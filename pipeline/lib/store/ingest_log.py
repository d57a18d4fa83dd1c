"""Reading a warehouse file's `ingest_log` with DuckDB alone.

Kept apart from `warehouse.py`, which imports the table models (pandera, pandas, polars: 0.96 s
of imports): `pipeline run` reads the log to decide that there is nothing to do, and a run with nothing
to do should cost a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

import duckdb


def read_ingest_log(path: Path) -> dict[str, str] | None:
    """`ingest_log` of a warehouse file, opened read-only: file → content hash of its last complete
    ingestion. None when the file is absent, busy (another process writes it), damaged or has no log."""
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None
    try:
        return dict(con.execute("SELECT doc_id, sha256 FROM ingest_log WHERE sha256 IS NOT NULL").fetchall())
    except duckdb.Error:
        return None
    finally:
        con.close()
