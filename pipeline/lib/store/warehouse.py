"""DuckDB warehouse: DDL derived from the pandera models, and idempotent per-document writes.

Every article-level table carries `doc_id`, so re-processing a raw file is "delete that file's
rows, insert the new ones" inside one transaction: a rerun never duplicates rows, and a reader
never sees a file half-replaced. Values only ever reach SQL as parameters or registered Arrow
tables, never pasted into the statement text.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import duckdb
import polars as pl

from pipeline.lib.store.column_docs import column_description
from pipeline.lib.store.schemas import DOCUMENT_TABLES, TABLE_MODELS, polars_schema

# Internal tables: not analyst-facing, no pandera model. Table → column → DuckDB type.
_INTERNAL_TABLES = {
    # spaCy results by paragraph content and model: a paragraph seen before is not parsed again.
    "ner_cache": {"text_sha256": "VARCHAR", "model": "VARCHAR", "spans": "VARCHAR"},
    # Dependency parses (spaCy DocBin) of meeting-candidate paragraphs, by content and model.
    "parse_cache": {"text_sha256": "VARCHAR", "model": "VARCHAR", "doc": "BLOB"},
    # Member keys of each entity at the last resolution, so entity ids survive re-resolution.
    "entity_registry": {"member_key": "VARCHAR", "entity_id": "VARCHAR"},
    # Sketches of story units by their text's SHA-256 and the settings (`stories.signature_version`):
    # the normalised text's SHA-256, its word count and its MinHash signature (null: too short).
    "minhash_cache": {
        "text_sha256": "VARCHAR",
        "model": "VARCHAR",
        "content_sha256": "VARCHAR",
        "n_words": "INTEGER",
        "minhash": "BLOB",
    },
    # Member keys (article_id:section_no) of each story at the last grouping, so story ids survive reruns.
    "story_registry": {"member_key": "VARCHAR", "story_id": "VARCHAR"},
    # Files whose every per-file step has completed, with the content they were run on and the
    # version of the code that ran them (`code_version`); written by the last per-file step, so a
    # run killed half-way never marks a file as done.
    "ingest_log": {"doc_id": "VARCHAR", "sha256": "VARCHAR", "completed_at": "TIMESTAMP", "code_version": "VARCHAR"},
    # One row: the digest of the tables and columns of the code that last completed the schema.
    "schema_digest": {"digest": "VARCHAR"},
}

_DUCKDB_TYPES = {
    pl.String: "VARCHAR",
    pl.Int64: "BIGINT",
    pl.Int32: "INTEGER",
    pl.Boolean: "BOOLEAN",
    pl.Date: "DATE",
    pl.Datetime: "TIMESTAMP",
    pl.Float64: "DOUBLE",
}


def _sql_type(dtype) -> str:
    base = dtype if isinstance(dtype, type) else type(dtype)
    return _DUCKDB_TYPES[base]


@functools.cache
def _table_columns() -> dict[str, dict[str, str]]:
    """Every table of the warehouse → column → DuckDB type: the pandera models' and the internal ones."""
    models = {
        table: {name: _sql_type(dtype) for name, dtype in polars_schema(model).items()}
        for table, model in TABLE_MODELS.items()
    }
    return models | _INTERNAL_TABLES


def create_table_sql(table: str) -> str:
    columns = ", ".join(f"{name} {sql_type}" for name, sql_type in _table_columns()[table].items())
    return f"CREATE TABLE IF NOT EXISTS {table} ({columns})"


@functools.cache
def _column_comments() -> dict[tuple[str, str], str]:
    """(table, column) → what the column means, as DuckDB comments (`duckdb_columns().comment`)."""
    return {
        (table, name): description
        for table, model in TABLE_MODELS.items()
        for name in polars_schema(model)
        if (description := column_description(model, name))
    }


def _schema_statements() -> list[str]:
    """DDL that brings any warehouse to the current tables: every table, every column, its comment."""
    statements = []
    for table, columns in _table_columns().items():
        statements.append(create_table_sql(table))
        statements.extend(
            f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {sql_type}" for name, sql_type in columns.items()
        )
    statements.extend(
        f"COMMENT ON COLUMN {table}.{name} IS '{text.replace(chr(39), chr(39) * 2)}'"
        for (table, name), text in _column_comments().items()
    )
    return statements


@functools.cache
def _schema_digest() -> str:
    """Digest of every table, column and column comment the code declares."""
    comments = sorted([table, name, text] for (table, name), text in _column_comments().items())
    return hashlib.sha256(json.dumps([_table_columns(), comments], sort_keys=True).encode()).hexdigest()


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create missing tables, and add columns a newer model declares to an existing warehouse.

    Every asset and check connects (a BBC run: about 130 connections), so the usual case is one
    row read: the file keeps the digest of the tables and columns of the code that last completed
    its schema (`schema_digest`). Another digest, or none (a new file, or one made before digests
    were kept), costs one catalogue query, and the DDL (about 150 statements) runs only when a
    table or column is missing."""
    digest = _schema_digest()
    try:
        if con.execute("SELECT digest FROM schema_digest").fetchall() == [(digest,)]:
            return
    except duckdb.CatalogException:
        pass  # no digest kept yet
    present = {
        (table, name): comment
        for table, name, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE database_name = current_database() AND schema_name = 'main'"
        ).fetchall()
    }
    wanted = {(table, name) for table, columns in _table_columns().items() for name in columns}
    comments = _column_comments()
    if not wanted <= present.keys() or any(present[key] != text for key, text in comments.items()):
        for statement in _schema_statements():
            con.execute(statement)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM schema_digest")
        con.execute("INSERT INTO schema_digest VALUES (?)", [digest])
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


def query_frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pl.DataFrame:
    return pl.from_arrow(con.execute(sql, params or []).fetch_arrow_table())


def _insert(con: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame | None) -> None:
    if df is not None and df.height:
        con.register("incoming", df.to_arrow())
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
        con.unregister("incoming")


def add_cache_rows(con: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame) -> None:
    """Insert cache rows keyed by (text_sha256, model), skipping keys already cached: two batch
    runs at once may both have computed a result for a paragraph they share."""
    if df.height:
        con.register("incoming", df.to_arrow())
        con.execute(
            f"INSERT INTO {table} BY NAME SELECT * FROM incoming n WHERE NOT EXISTS "
            f"(SELECT 1 FROM {table} c WHERE c.text_sha256 = n.text_sha256 AND c.model = n.model)"
        )
        con.unregister("incoming")


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back after a failed write. A COMMIT that failed (a full disk) has already ended the
    transaction: the rollback's own error must not hide the one that matters."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass


def replace_document_rows(
    con: duckdb.DuckDBPyConnection,
    doc_ids: str | list[str],
    frames: dict[str, pl.DataFrame],
    quarantine_tables: Iterable[str] = (),
    quarantine: pl.DataFrame | None = None,
) -> dict[str, int]:
    """Atomically replace the rows of one document (or several) in each table of `frames`.

    `quarantine_tables` names the tables whose quarantine rows for this document are replaced
    too (the producer owns them). Returns rows written per table.
    """
    ids = [doc_ids] if isinstance(doc_ids, str) else list(doc_ids)
    written: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for table, df in frames.items():
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [ids])
            _insert(con, table, df)
            written[table] = df.height
        for table in quarantine_tables:
            con.execute("DELETE FROM quarantine WHERE doc_id IN (SELECT unnest(?)) AND table_name = ?", [ids, table])
        _insert(con, "quarantine", quarantine)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return written


def replace_document_rows_from_parquet(
    con: duckdb.DuckDBPyConnection,
    doc_id: str,
    files: dict[str, list[Path]],
    quarantine_tables: Iterable[str] = (),
) -> None:
    """`replace_document_rows` for one document whose rows were spilled to Parquet files (a large
    export, streamed chunk by chunk): DuckDB reads the files itself, so the rows are never all in
    Python, and the write lock is held only for the inserts. `files` maps each table (and
    `quarantine`) to its files; every table named is emptied of the document's rows first."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in files:
            if table != "quarantine":
                con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc_id])
        for table in quarantine_tables:
            con.execute("DELETE FROM quarantine WHERE doc_id = ? AND table_name = ?", [doc_id, table])
        for table, paths in files.items():
            if paths:
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet(?)", [[str(p) for p in paths]])
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


def total_rows(con: duckdb.DuckDBPyConnection, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Remove, in one transaction, every row of documents that no longer exist in the raw folder."""
    if not doc_ids:
        return
    replace_document_rows(
        con,
        doc_ids,
        {table: pl.DataFrame() for table in (*DOCUMENT_TABLES, "ingest_log")},
        quarantine_tables=DOCUMENT_TABLES,
    )


def replace_tables(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    quarantine_tables: Iterable[str] = (),
    quarantine: pl.DataFrame | None = None,
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> None:
    """Atomically replace whole tables (for assets computed over the whole corpus); `also` runs
    further statements in the same transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, df in frames.items():
            con.execute(f"DELETE FROM {table}")
            _insert(con, table, df)
        if also is not None:
            also(con)
        for table in quarantine_tables:
            con.execute("DELETE FROM quarantine WHERE table_name = ?", [table])
        _insert(con, "quarantine", quarantine)
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise


INGEST_MANIFEST = "ingested.json"


def write_ingest_manifest(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Write `ingest_log` (file → content hash of its last complete ingestion) as JSON beside the
    working file, atomically. The sensor reads it to skip files already ingested with the same
    content (by `pipeline run`'s batch runs too) without opening DuckDB. Call it while holding the
    connection that changed `ingest_log`: DuckDB's file lock then orders concurrent writers."""
    done = dict(con.execute("SELECT doc_id, sha256 FROM ingest_log WHERE sha256 IS NOT NULL").fetchall())
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(done, sort_keys=True))
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)  # a full disk must not leave an empty temporary file behind


def read_ingest_manifest(path: Path) -> dict[str, str]:
    """File → content hash of its last complete ingestion; empty when there is none yet."""
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
