"""Jobs: what `pipeline run`, the UI and (later) sensors launch."""

import dagster as dg

from pipeline.defs.partitions import PER_FILE_TAG, raw_files_partitions

# Everything that is computed per raw file.
PER_FILE = dg.AssetSelection.tag(*PER_FILE_TAG)
# Everything that is computed over the whole corpus, after the per-file assets.
WHOLE_CORPUS = dg.AssetSelection.all() - PER_FILE

ingest_files_job = dg.define_asset_job(
    "ingest_files",
    selection=PER_FILE,
    partitions_def=raw_files_partitions,
    description="Per raw file: documents, articles, paragraphs, sections, attributions, NER and date mentions.",
)
resolve_corpus_job = dg.define_asset_job(
    "resolve_corpus",
    selection=WHOLE_CORPUS,
    description="Across all files: entity resolution, stories, meetings, marts, and the published snapshot.",
)
