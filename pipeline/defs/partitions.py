"""Partitions: one dynamic partition per file in the raw folder."""

import dagster as dg

RAW_FILES_PARTITIONS = "raw_files"
raw_files_partitions = dg.DynamicPartitionsDefinition(name=RAW_FILES_PARTITIONS)
