"""Ingest assets: raw files → documents → articles, paragraphs, sections, attributions.

Each asset is partitioned by raw file. It reads its input, calls the pure code in
`pipeline.lib`, validates with pandera (bad rows go to `quarantine`), replaces that file's rows
in DuckDB in one transaction, and reports what it wrote.
"""

import datetime as dt

import dagster as dg

from pipeline import settings
from pipeline.defs.metadata import column_schema, table_metadata
from pipeline.defs.partitions import raw_files_partitions
from pipeline.defs.resources import WarehouseResource
from pipeline.lib.articles import parse_document
from pipeline.lib.rawfiles import RawFileError, find_raw_file, read_raw_bytes, reference_date_for
from pipeline.lib.rawtext import STATUS_REJECTED, decode_document
from pipeline.lib.schemas import Articles, Attributions, Documents, Paragraphs, Sections
from pipeline.lib.tables import (
    ARTICLE_TABLES,
    article_tables,
    document_frame,
    split_valid,
)
from pipeline.lib.warehouse import delete_document, query_frame, replace_document_rows

GROUP = "ingest"
KINDS = {"python", "duckdb", "polars"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _total_rows(con, table: str) -> int:
    return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@dg.asset(
    key="raw_documents",
    pool="warehouse",
    partitions_def=raw_files_partitions,
    group_name=GROUP,
    kinds=KINDS,
    description=(
        "One row per raw file in table `documents`: SHA-256, size, detected encoding, reference "
        "date and decoded text. Files that are empty, binary, too large or unreadable are kept "
        "with status `rejected` and the reason; repaired files (encoding fallback, NUL bytes, "
        "mixed line endings) are `flagged` with what was repaired."
    ),
    metadata={"dagster/column_schema": column_schema(Documents), "dagster/table_name": "documents"},
)
def raw_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    doc_id = context.partition_key
    raw_dir = settings.raw_dir()
    raw_file = find_raw_file(raw_dir, doc_id)
    with warehouse.connect() as con:
        if raw_file is None:
            # The file left the raw folder: the warehouse mirrors raw/, so its rows go too.
            delete_document(con, doc_id)
            context.log.info(f"{doc_id}: no longer in {raw_dir}; removed its rows")
            return dg.MaterializeResult(metadata={"status": "removed", "dagster/row_count": 0})

        decoded, rejection, ref_date, ref_source = None, None, None, "none"
        try:
            ref_date, ref_source = reference_date_for(raw_file.path)
            data = read_raw_bytes(raw_dir, raw_file.path)
            decoded = decode_document(
                data, max_file_bytes=settings.max_file_bytes(), max_line_chars=settings.max_line_chars()
            )
        except (RawFileError, OSError) as err:
            rejection = str(err)
        row = document_frame(doc_id, raw_file.path.name, decoded, ref_date, ref_source, _now(), rejection)
        Documents.validate(row, lazy=True)
        replace_document_rows(con, doc_id, {"documents": row})
        total = _total_rows(con, "documents")

    status, reason = row["status"][0], row["reason"][0]
    if status == STATUS_REJECTED:
        context.log.warning(f"{raw_file.path.name}: rejected: {reason}")
    elif reason:
        context.log.warning(f"{raw_file.path.name}: flagged: {reason}")
    return dg.MaterializeResult(
        metadata=table_metadata(
            row.drop("text"),
            total_rows=total,
            status=status,
            reason=reason or "",
            encoding=row["encoding"][0] or "",
            sha256=row["sha256"][0] or "",
            reference_date=str(ref_date) if ref_date else "",
        )
    )


_TABLE_DESCRIPTIONS = {
    "articles": (
        "Articles split from each document: title, body, position in the file, word count, "
        "whether a `Continue reading` marker closed it, and the dateline its body opens with."
    ),
    "paragraphs": (
        "Every paragraph of every article, numbered from 1, with its kind (text, bullet, "
        "sub-heading, attribution) and the embedded section it belongs to (0 = the article's own text)."
    ),
    "sections": (
        "Republished items embedded in an article (section 1..n), each with its title when it has "
        "one and its parsed dateline: place, date text, agency."
    ),
    "attributions": (
        "Outlets an article says it republishes or quotes, one row per (article, outlet), with the "
        "relation (first published by, translated from, carried by, written for) and the sentence."
    ),
}
_MODELS = {"articles": Articles, "paragraphs": Paragraphs, "sections": Sections, "attributions": Attributions}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            deps=["raw_documents"],
            group_name=GROUP,
            kinds=KINDS,
            description=_TABLE_DESCRIPTIONS[name],
            partitions_def=raw_files_partitions,
            metadata={"dagster/column_schema": column_schema(_MODELS[name]), "dagster/table_name": name},
        )
        for name in ARTICLE_TABLES
    ],
    partitions_def=raw_files_partitions,
    name="split_articles",
    pool="warehouse",
    description="Split one decoded document into articles, paragraphs, sections and attributions.",
)
def split_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    doc_id = context.partition_key
    with warehouse.connect() as con:
        doc = query_frame(con, "SELECT status, file_name, text FROM documents WHERE doc_id = ?", [doc_id])
        text = doc["text"][0] if doc.height and doc["status"][0] != STATUS_REJECTED else None
        warnings: list[str] = []
        if text is None:
            tables = {name: article_tables(doc_id, parse_document(""))[name] for name in ARTICLE_TABLES}
        else:
            parsed = parse_document(text)
            warnings = parsed.warnings
            for warning in warnings:
                context.log.warning(f"{doc['file_name'][0]}: {warning}")
            tables = article_tables(doc_id, parsed)
        valid, quarantined = split_valid(doc_id, tables, _now())
        if quarantined.height:
            context.log.warning(f"{doc_id}: {quarantined.height} rows quarantined")
        replace_document_rows(con, doc_id, valid, quarantine_tables=ARTICLE_TABLES, quarantine=quarantined)
        totals = {name: _total_rows(con, name) for name in ARTICLE_TABLES}

    context.log.info(f"{doc_id}: " + ", ".join(f"{valid[name].height} {name}" for name in ARTICLE_TABLES))
    for name in ARTICLE_TABLES:
        n_quarantined = quarantined.filter(quarantined["table_name"] == name).height
        extra = {"quarantined_rows": dg.MetadataValue.int(n_quarantined)}
        if name == "articles":
            extra["parse_warnings"] = dg.MetadataValue.md("\n".join(f"- {w}" for w in warnings) or "_none_")
        yield dg.MaterializeResult(
            asset_key=name,
            metadata=table_metadata(valid[name], total_rows=totals[name], **extra),
        )
