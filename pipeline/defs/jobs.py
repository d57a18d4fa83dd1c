"""Jobs: what `pipeline run`, the UI and (later) sensors launch."""

import dagster as dg

from pipeline.defs.partitions import raw_files_partitions

ingest_files_job = dg.define_asset_job(
    "ingest_files",
    selection=dg.AssetSelection.groups("ingest"),
    partitions_def=raw_files_partitions,
    description="Ingest raw files (one partition per file): documents, articles, paragraphs, sections, attributions.",
)
