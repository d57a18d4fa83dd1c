"""Read-only looks at the warehouse files, for the command line: what a run landed.

Each opens its DuckDB file read-only and closes it at once, so a reader never holds a lock a run
needs; a file another process is writing reads as absent (None), and the caller says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

# The tables the summary counts, in the order it prints them.
SUMMARY_TABLES = (
    "documents",
    "articles",
    "paragraphs",
    "sections",
    "attributions",
    "entity_mentions",
    "entities",
    "quotations",
    "quarantine",
)


def connect_read_only(path: Path) -> duckdb.DuckDBPyConnection | None:
    """None when the file is absent, busy (another process writes it) or damaged."""
    if not path.exists():
        return None
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error:
        return None


def rows_of(path: Path, sql: str, params: list | None = None) -> list[tuple] | None:
    """A query's rows on a warehouse file opened read-only, or None when it cannot be read (or
    lacks the table)."""
    con = connect_read_only(path)
    if con is None:
        return None
    try:
        return con.execute(sql, params or []).fetchall()
    except duckdb.Error:
        return None
    finally:
        con.close()


def document_status(path: Path, doc_id: str) -> tuple[str, str | None, int] | None:
    """(status, reason, number of articles) of one raw file, or None when unreadable or unknown."""
    found = rows_of(
        path,
        """
        SELECT d.status, d.reason, (SELECT count(*) FROM articles a WHERE a.doc_id = d.doc_id)
        FROM documents d WHERE d.doc_id = ?
        """,
        [doc_id],
    )
    return found[0] if found else None


def ingested_contents(path: Path) -> list[tuple[str, str]] | None:
    """(doc_id, sha256) of every file the warehouse file has ingested, sorted; None when unreadable."""
    found = rows_of(path, "SELECT doc_id, sha256 FROM ingest_log")
    return None if found is None else sorted(found)


@dataclass(frozen=True)
class WarehouseSummary:
    counts: dict[str, int]  # rows of each of SUMMARY_TABLES
    stories: tuple[int, int]  # stories, and those with more than one copy
    event_types: list[tuple[str, int]]  # most first
    entity_types: list[tuple[str, int]]
    files_by_status: dict[str, int]
    problems: list[tuple[str, str, str]]  # (file name, status, reason) of files not ok


def warehouse_summary(path: Path) -> WarehouseSummary | None:
    """What the published warehouse holds, or None when there is none yet (or it is being written)."""
    con = connect_read_only(path)
    if con is None:
        return None
    try:
        return WarehouseSummary(
            counts={t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in SUMMARY_TABLES},
            stories=con.execute("SELECT count(*), count(*) FILTER (WHERE n_copies > 1) FROM stories").fetchone(),
            event_types=con.execute(
                "SELECT event_type, count(*) FROM events GROUP BY ALL ORDER BY count(*) DESC, event_type"
            ).fetchall(),
            entity_types=con.execute(
                "SELECT type, count(*) FROM entities GROUP BY ALL ORDER BY count(*) DESC"
            ).fetchall(),
            files_by_status=dict(con.execute("SELECT status, count(*) FROM documents GROUP BY ALL").fetchall()),
            problems=con.execute(
                "SELECT file_name, status, reason FROM documents WHERE status <> 'ok' ORDER BY status DESC, file_name"
            ).fetchall(),
        )
    finally:
        con.close()
