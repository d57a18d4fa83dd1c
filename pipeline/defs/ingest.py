"""Ingest assets: raw files → documents → articles, paragraphs, sections, attributions.

Each asset is partitioned by raw file. It reads its input, calls the pure code in
`pipeline.lib`, validates with pandera (bad rows go to `quarantine`), replaces that file's rows
in DuckDB in one transaction, and reports what it wrote.
"""

import tempfile
from collections import Counter
from pathlib import Path

import dagster as dg

from pipeline.defs.metadata import Stopwatch, table_identity, table_metadata, table_specs
from pipeline.defs.partitions import PER_FILE_TAGS, raw_files_partitions
from pipeline.defs.resources import RawFolderResource, WarehouseResource
from pipeline.lib.store.schemas import Articles, Attributions, Documents, Paragraphs, Sections, frame_of
from pipeline.lib.store.tables import ARTICLE_TABLES, read_document, split_documents, split_valid, utc_now
from pipeline.lib.store.warehouse import (
    delete_documents,
    query_frame,
    replace_document_rows,
    replace_document_rows_from_parquet,
    total_rows,
)
from pipeline.lib.text.exports import SpilledExport, spill_export
from pipeline.lib.text.language import with_languages
from pipeline.lib.text.rawfiles import list_raw_files, open_raw_file
from pipeline.lib.text.rawtext import STATUS_REJECTED
from pipeline.lib.text.records import EXPORT_FORMATS

GROUP = "ingest"
PROGRESS_EVERY = 200  # files between two progress lines in a batch run
# A backfill of many files runs as one run: each step pays Dagster's start-up once, not per file.
BATCH = dg.BackfillPolicy.single_run()
KINDS = {"python", "duckdb", "polars"}


@dg.asset(
    key="raw_documents",
    backfill_policy=BATCH,
    pool="warehouse",
    partitions_def=raw_files_partitions,
    tags=PER_FILE_TAGS,
    group_name=GROUP,
    kinds=KINDS,
    description=(
        "One row per raw file in table `documents`: format, SHA-256, size, detected encoding, reference "
        "date and decoded text. Saved web pages (.html, .htm) keep the main text trafilatura extracts "
        "and the page's URL, site name and publication date; exports (.jsonl, .csv) are only hashed "
        "(their records are streamed by `split_articles`). Files that are empty, binary, too large or "
        "unreadable are kept with status `rejected` and the reason; repaired files (encoding fallback, "
        "NUL bytes, mixed line endings) are `flagged` with what was repaired."
    ),
    metadata=table_identity("documents", Documents),
)
def raw_documents(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, raw_folder: RawFolderResource
) -> dg.MaterializeResult:
    raw_dir = raw_folder.folder()
    files = {f.partition_key: f for f in list_raw_files(raw_dir)}
    keys = context.partition_keys  # one file, or a batch of files in one run
    rows, removed = [], []
    ingested_at = utc_now()
    limits = raw_folder.limits()
    for i, doc_id in enumerate(keys, start=1):
        raw_file = files.get(doc_id)
        if raw_file is None:
            removed.append(doc_id)  # the file left raw/: the warehouse mirrors it, its rows go
            continue
        rows.append(read_document(doc_id, raw_file, raw_dir, ingested_at, **limits))
        if i % PROGRESS_EVERY == 0:
            context.log.info(f"read {i}/{len(keys)} files")
    frame = frame_of(Documents, rows)  # one frame for the batch
    watch = Stopwatch()
    with watch.phase("validation"):
        Documents.validate(frame, lazy=True)
    with watch.phase("writes"), warehouse.connect() as con:
        delete_documents(con, removed)
        if removed:
            warehouse.record_ingested(con)
        for doc_id in removed:
            context.log.info(f"{doc_id}: no longer in {raw_dir}; removed its rows")
        replace_document_rows(con, frame["doc_id"].to_list(), {"documents": frame})
        total = total_rows(con, "documents")

    for file_name, status, reason in frame.select("file_name", "status", "reason").iter_rows():
        if status == STATUS_REJECTED:
            context.log.warning(f"{file_name}: rejected: {reason}")
        elif reason:
            context.log.warning(f"{file_name}: flagged: {reason}")
    extra: dict = {"removed": len(removed), **watch.metadata()}
    if frame.height == 1:  # the usual single-file run: say everything about that file
        extra |= {
            "format": frame["format"][0] or "",
            "status": frame["status"][0],
            "reason": frame["reason"][0] or "",
            "encoding": frame["encoding"][0] or "",
            "sha256": frame["sha256"][0] or "",
            "reference_date": str(frame["reference_date"][0] or ""),
        }
    else:
        extra["by_status"] = dg.MetadataValue.md(
            ", ".join(f"{s} {n}" for s, n in frame.group_by("status").len().sort("status").iter_rows()) or "_none_"
        )
    return dg.MaterializeResult(metadata=table_metadata(frame.drop("text"), total_rows=total, **extra))


_TABLE_DESCRIPTIONS = {
    "articles": (
        "Articles split from each document: title, body, position in the file, word count, "
        "whether a `Continue reading` marker closed it, and the dateline its body opens with. One per "
        "record of a JSON Lines or CSV export; pages and records add outlet, URL and publication date."
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
    specs=table_specs(
        {name: _MODELS[name] for name in ARTICLE_TABLES},
        _TABLE_DESCRIPTIONS,
        deps=["raw_documents"],
        group_name=GROUP,
        kinds=KINDS,
        partitions_def=raw_files_partitions,
        tags=PER_FILE_TAGS,
    ),
    partitions_def=raw_files_partitions,
    name="split_articles",
    backfill_policy=BATCH,
    pool="warehouse",
    description="Split one decoded document into articles, paragraphs, sections and attributions.",
)
def split_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource, raw_folder: RawFolderResource):
    keys = context.partition_keys
    watch = Stopwatch()
    with watch.phase("reads"), warehouse.connect() as con:
        docs = query_frame(
            con,
            "SELECT doc_id, status, file_name, text, format, encoding, site_name, url, published_date "
            "FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [keys],
        )
    rows = {row["doc_id"]: row for row in docs.iter_rows(named=True)}
    exports = [k for k in keys if (rows.get(k) or {}).get("format") in EXPORT_FORMATS]
    text_keys = [k for k in keys if k not in exports]
    tables, warnings = split_documents(
        docs,
        text_keys,
        progress=lambda done, total: context.log.info(f"split {done}/{total} documents"),
        identify_languages=False,  # timed on its own line below
    )
    for warning in warnings:
        context.log.warning(warning)
    with watch.phase("language identification"):
        tables["articles"] = with_languages(tables["articles"])
    with watch.phase("validation"):
        valid, quarantine = split_valid(tables, utc_now())
    if quarantine.height:
        context.log.warning(f"{quarantine.height} rows quarantined")
    with watch.phase("writes"), warehouse.connect() as con:
        replace_document_rows(con, text_keys, valid, quarantine_tables=ARTICLE_TABLES, quarantine=quarantine)
    export_counts, export_rows = Counter(), Counter()
    for doc_id in exports:
        with watch.phase("exports"):
            spilled = _split_export(context, warehouse, raw_folder, rows[doc_id], warnings)
        export_counts.update(
            records=spilled.n_records, articles=spilled.n_articles, quarantined_records=spilled.n_quarantined
        )
        export_rows.update(spilled.rows)
    with warehouse.connect() as con:
        totals = {name: total_rows(con, name) for name in ARTICLE_TABLES}

    context.log.info(f"{len(keys)} files: " + ", ".join(f"{valid[name].height} {name}" for name in ARTICLE_TABLES))
    for name in ARTICLE_TABLES:
        n_quarantined = quarantine.filter(quarantine["table_name"] == name).height
        extra = {"quarantined_rows": dg.MetadataValue.int(n_quarantined)}
        if exports:  # rows of exports were written from their spilled files, not from `valid`
            extra["dagster/row_count"] = dg.MetadataValue.int(valid[name].height + export_rows[name])
        if name == "articles" and exports:
            extra |= {f"export_{k}": dg.MetadataValue.int(v) for k, v in sorted(export_counts.items())}
        if name == "articles":
            extra["parse_warnings"] = dg.MetadataValue.md("\n".join(f"- {w}" for w in warnings[:50]) or "_none_")
            extra.update(watch.metadata())  # once per step, on its first table
        yield dg.MaterializeResult(
            asset_key=name,
            metadata=table_metadata(valid[name], total_rows=totals[name], **extra),
        )


def _split_export(
    context, warehouse: WarehouseResource, raw_folder: RawFolderResource, doc: dict, warnings: list[str]
) -> SpilledExport:
    """Stream one export's records into the article tables (see `pipeline.lib.text.exports`): chunks
    spilled to Parquet in a temporary folder, then the file's rows replaced from them in one
    transaction. Records that are not articles go to `quarantine`. A rejected export, or one gone
    from the raw folder since `raw_documents` read it, loses the rows it had."""
    doc_id, file_name = doc["doc_id"], doc["file_name"]
    raw_dir = raw_folder.folder()
    raw_file = next((f for f in list_raw_files(raw_dir) if f.partition_key == doc_id), None)
    with tempfile.TemporaryDirectory(prefix="pipeline-export-") as tmp:
        if doc["status"] == STATUS_REJECTED or raw_file is None:
            spilled = SpilledExport()
        else:
            with open_raw_file(raw_dir, raw_file.path) as stream:
                spilled = spill_export(
                    stream,
                    fmt=doc["format"],
                    encoding=doc["encoding"] or "utf-8",
                    fields=raw_folder.fields(),
                    doc_id=doc_id,
                    file_name=file_name,
                    folder=Path(tmp),
                    detected_at=utc_now,
                    progress=lambda n: context.log.info(f"{file_name}: {n:,} records read"),
                )
        with warehouse.connect() as con:
            replace_document_rows_from_parquet(con, doc_id, spilled.files, quarantine_tables=ARTICLE_TABLES)
    warnings.extend(f"{file_name}: {w}" for w in spilled.warnings)
    context.log.info(
        f"{file_name}: {spilled.n_records:,} records, {spilled.n_articles:,} articles, "
        f"{spilled.n_quarantined:,} records quarantined"
    )
    return spilled
