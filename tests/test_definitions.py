"""The definitions load as Dagster's tools load them, with the assets and checks we expect."""

import dagster as dg

from pipeline.definitions import defs


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_assets_have_descriptions_groups_kinds_and_column_schemas():
    specs = {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}
    assert set(specs) >= {"raw_documents", "articles", "paragraphs", "sections", "attributions"}
    for key, spec in specs.items():
        assert spec.description, key
        assert spec.group_name == "ingest", key
        assert {"duckdb", "python"} <= set(spec.kinds), key
        assert "dagster/column_schema" in spec.metadata, key


def test_ingest_job_is_partitioned_by_raw_file():
    job = defs.resolve_job_def("ingest_files")
    assert job.partitions_def.name == "raw_files"
