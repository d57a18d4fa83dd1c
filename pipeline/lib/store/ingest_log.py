"""Reading a warehouse file's `ingest_log` with DuckDB alone.

Kept apart from `warehouse.py`, which imports the table models (pandera, pandas, polars: 0.96 s
of imports): `pipeline run` reads the log to decide that there is nothing to do, and a run with nothing
to do should cost a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.lib.store.readers import rows_of


def read_ingest_log(path: Path) -> dict[str, str] | None:
    """`ingest_log` of a warehouse file, opened read-only: file → content hash of its last complete
    ingestion. None when the file is absent, busy (another process writes it), damaged or has no log."""
    found = rows_of(path, "SELECT doc_id, sha256 FROM ingest_log WHERE sha256 IS NOT NULL")
    return None if found is None else dict(found)
