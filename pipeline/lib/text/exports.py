"""An export file → its article tables, spilled to Parquet one chunk of records at a time.

A JSON Lines or CSV export may hold 100,000 records. Its records are read one at a time from the
open file (`pipeline.lib.text.records`); every `chunk_records` of them are split into articles, validated
and written to Parquet files in a folder the caller owns, and the caller then replaces the file's
rows from those files in one transaction (`warehouse.replace_document_rows_from_parquet`). Python
holds one chunk at a time, whatever the file's size.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import polars as pl

from pipeline.lib.store.tables import (
    ARTICLE_TABLES,
    quarantine_frame,
    record_article_tables,
    record_quarantine,
    split_valid,
)
from pipeline.lib.text.records import BadRecord, Record, RecordFields, read_records

CHUNK_RECORDS = 2_000


@dataclass
class SpilledExport:
    files: dict[str, list[Path]] = field(default_factory=lambda: {name: [] for name in (*ARTICLE_TABLES, "quarantine")})
    n_records: int = 0
    n_articles: int = 0
    n_quarantined: int = 0  # records that did not land: unreadable, or failing validation
    rows: Counter[str] = field(default_factory=Counter)  # rows spilled per table (and `quarantine`)
    warnings: list[str] = field(default_factory=list)


def spill_export(
    stream: BinaryIO,
    *,
    fmt: str,
    encoding: str,
    fields: RecordFields,
    doc_id: str,
    file_name: str,
    folder: Path,
    detected_at: Callable[[], dt.datetime],
    chunk_records: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> SpilledExport:
    """Read every record of `stream` and write the article tables and quarantine rows to `folder`,
    `chunk_records` (default `CHUNK_RECORDS`) records at a time."""
    chunk_records = chunk_records or CHUNK_RECORDS
    spilled = SpilledExport()
    seen_keys: Counter[str] = Counter()  # URLs (or lines) seen so far, for stable article ids
    n_parsed = 0  # records of earlier chunks that became articles (before validation)

    def spill(records: list[Record], bad: list[BadRecord]) -> None:
        nonlocal n_parsed
        now = detected_at()
        tables, warnings = record_article_tables(doc_id, records, seen_keys)
        valid, quarantine = split_valid(tables, now)
        quarantine = _with_lines(quarantine, tables["articles"], file_name)
        # Positions are validated 1..n within the chunk, then placed after the earlier records.
        valid["articles"] = valid["articles"].with_columns(pl.col("position") + n_parsed)
        n_parsed += len(records)
        frames = valid | {"quarantine": pl.concat([quarantine, record_quarantine(doc_id, file_name, bad, now)])}
        for name, frame in frames.items():
            if frame.height:
                path = folder / f"{name}-{len(spilled.files[name]):05d}.parquet"
                frame.write_parquet(path)
                spilled.files[name].append(path)
                spilled.rows[name] += frame.height
        spilled.warnings.extend(warnings)
        spilled.n_records += len(records) + len(bad)
        spilled.n_articles += valid["articles"].height
        spilled.n_quarantined += len(bad) + quarantine.filter(pl.col("table_name") == "articles").height

    records: list[Record] = []
    bad: list[BadRecord] = []
    for item in read_records(stream, fmt, encoding, fields):
        (bad if isinstance(item, BadRecord) else records).append(item)
        if len(records) + len(bad) >= chunk_records:
            spill(records, bad)
            records, bad = [], []
            if progress:
                progress(spilled.n_records)
    spill(records, bad)
    return spilled


def _with_lines(quarantine: pl.DataFrame, articles: pl.DataFrame, file_name: str) -> pl.DataFrame:
    """Quarantine rows of records that failed validation (a title over 300 characters, say), with
    the file and line of their record before the reason, as for records that did not parse."""
    if not quarantine.height:
        return quarantine
    lines = dict(zip(articles["article_id"], articles["title_line_no"], strict=True))
    rows = quarantine.to_dicts()
    for row in rows:
        line = lines.get(row["row_key"].split("/", 1)[0])
        if line is not None:
            row["reason"] = f"{file_name} line {line}: {row['reason']}"
    return quarantine_frame(rows)
