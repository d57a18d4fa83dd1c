"""The definitions load as Dagster's tools load them, with the assets and checks we expect."""

import dagster as dg

from pipeline.definitions import defs


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)


def test_assets_have_descriptions_groups_kinds_and_column_schemas():
    specs = {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}
    assert set(specs) >= {
        "raw_documents",
        "articles",
        "paragraphs",
        "sections",
        "attributions",
        "ner_mentions",
        "entity_mentions",
        "entities",
        "entity_aliases",
    }
    for key, spec in specs.items():
        assert spec.description, key
        assert spec.group_name in ("ingest", "entities", "events", "stories", "marts", "corpus"), key
        assert "duckdb" in spec.kinds, key
        if "dagster/table_name" in spec.metadata:
            assert "dagster/column_schema" in spec.metadata, key
    tables = {k for k, spec in specs.items() if "dagster/table_name" in spec.metadata}
    assert tables >= {"articles", "paragraphs", "entities", "entity_mentions", "ner_mentions"}


def test_ingest_job_is_partitioned_by_raw_file():
    job = defs.resolve_job_def("ingest_files")
    assert job.partitions_def.name == "raw_files"


def test_every_asset_is_in_exactly_one_job():
    per_file = {k.to_user_string() for k in defs.resolve_job_def("ingest_files").asset_layer.executable_asset_keys}
    corpus = {k.to_user_string() for k in defs.resolve_job_def("resolve_corpus").asset_layer.executable_asset_keys}
    every = {spec.key.to_user_string() for spec in defs.resolve_all_asset_specs()}
    assert per_file | corpus == every and not per_file & corpus
    assert {"ner_mentions", "date_mentions", "article_dates"} <= per_file
    assert {"entities", "meetings", "marts/meetings_timeline", "published_warehouse"} <= corpus


def test_the_report_is_a_mart_published_with_the_snapshot():
    specs = {spec.key.to_user_string(): spec for spec in defs.resolve_all_asset_specs()}
    report = specs["report"]
    assert report.group_name == "marts" and {"html", "altair"} <= set(report.kinds)
    assert {d.asset_key.to_user_string() for d in report.deps} >= {
        "marts/meetings_timeline",
        "marts/country_comentions",
    }
    assert "report" in {d.asset_key.to_user_string() for d in specs["published_warehouse"].deps}
    corpus = {k.to_user_string() for k in defs.resolve_job_def("resolve_corpus").asset_layer.executable_asset_keys}
    assert "report" in corpus


def test_the_definitions_do_not_import_the_charting_library():
    """Every batch-run worker imports the definitions and never builds the report: Altair (and
    pandas through it) is imported only where the report is built, about 27 MiB per worker."""
    import subprocess
    import sys

    probe = "import sys, pipeline.definitions; print(sorted({'altair', 'vl_convert'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
