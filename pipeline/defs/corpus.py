"""Whole-corpus bookkeeping: mirror the raw folder, then publish the analysts' snapshot."""

import dagster as dg
from pydantic import Field

from pipeline.defs.resources import RawFolderResource, WarehouseResource, heal_metadata
from pipeline.lib.store.removals import removal_refusal
from pipeline.lib.store.schemas import MART_MODELS
from pipeline.lib.store.warehouse import delete_documents
from pipeline.lib.text.rawfiles import list_raw_files

GROUP = "corpus"


class MirrorConfig(dg.Config):
    allow_removals: bool = Field(
        default=False,
        description=(
            "Confirm removing more documents than PIPELINE_MAX_REMOVALS allows at once (default: the smaller "
            "of 20% of the known files and 50). Without it such a run fails and changes nothing."
        ),
    )


@dg.asset(
    group_name=GROUP,
    kinds={"duckdb", "python"},
    pool="warehouse",
    description=(
        "Makes the warehouse mirror the raw folder: every row of a document whose file has left "
        "`raw/` is removed from every table, before entities are resolved and the snapshot published. "
        "A missing raw folder, or more removals at once than PIPELINE_MAX_REMOVALS allows, fails the run "
        "and changes nothing unless the run's config sets `allow_removals`."
    ),
)
def raw_folder_mirror(
    context: dg.AssetExecutionContext,
    config: MirrorConfig,
    warehouse: WarehouseResource,
    raw_folder: RawFolderResource,
) -> dg.MaterializeResult:
    raw_dir = raw_folder.folder()
    present = {f.partition_key for f in list_raw_files(raw_dir)}  # RawFolderError: fail, remove nothing
    with warehouse.connect() as con:
        known = [doc_id for (doc_id,) in con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
        gone = [doc_id for doc_id in known if doc_id not in present]
        refusal = removal_refusal(len(gone), len(known), raw_folder.removal_limit(), raw_dir)
        if refusal and not config.allow_removals:
            # Failing here stops the publish downstream: the analysts' snapshot stays as it was.
            raise dg.Failure(description=refusal, allow_retries=False)
        delete_documents(con, gone)
        warehouse.record_ingested(con)
    for doc_id in gone:
        context.log.info(f"{doc_id}: file left the raw folder; its rows were removed")
    return dg.MaterializeResult(
        metadata={
            "files_in_raw_folder": len(present),
            "documents_removed": len(gone),
            "removed": ", ".join(gone) or "none",
            **heal_metadata(),
        }
    )


@dg.asset(
    group_name=GROUP,
    kinds={"duckdb"},
    pool="warehouse",
    deps=[
        "raw_folder_mirror",
        "entities",
        "entity_aliases",
        "entity_mentions",
        "meetings",
        "events",
        "quotations",
        "stories",
        "story_copies",
        *[dg.AssetKey(["marts", name]) for name in MART_MODELS],
        "report",
    ],
    description=(
        "The analysts' warehouse, `warehouse/warehouse.duckdb`: a complete snapshot of the working "
        "database, published with an atomic rename once the whole corpus is up to date, the Parquet "
        "marts in `warehouse/marts/` and the HTML report in `warehouse/report/` (each a symlink swapped "
        "atomically, in this same step). Open it read-only at any time; a session keeps the snapshot it "
        "opened. With PIPELINE_PUBLISH_URL set, each snapshot, its marts and its report are also copied to "
        "that object-storage location."
    ),
)
def published_warehouse(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    size = warehouse.publish()
    context.log.info(f"published {warehouse.published_path} ({size:,} bytes)")
    metadata = {"path": dg.MetadataValue.path(str(warehouse.published_path)), "bytes": size}
    if warehouse.report_path.is_file():
        metadata["report"] = dg.MetadataValue.path(str(warehouse.report_path))
    if warehouse.publish_url:
        copies = warehouse.export()
        context.log.info(f"copied the snapshot to {warehouse.publish_url}: {len(copies)} objects")
        metadata["copied_to"] = dg.MetadataValue.md("\n".join(f"- `{url}`" for url in copies))
    return dg.MaterializeResult(metadata=metadata)
