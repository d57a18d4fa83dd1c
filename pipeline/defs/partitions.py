"""Partitions: one dynamic partition per file in the raw folder."""

import dagster as dg

RAW_FILES_PARTITIONS = "raw_files"
raw_files_partitions = dg.DynamicPartitionsDefinition(name=RAW_FILES_PARTITIONS)

# The tag of every asset computed one raw file at a time: jobs and automation select them by what
# they are, so a new per-file asset joins them by carrying it (a test checks tag and partitions agree).
PER_FILE_TAG = ("pipeline/scope", "per_raw_file")
PER_FILE_TAGS = dict([PER_FILE_TAG])
