"""The README's promises: its two commands are there, and every SQL example runs on the sample."""

import re

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
# Every SQL example runs on the sample, except those reading object storage (they need a bucket and
# the network; tests/e2e/test_scale_out.py reads the published copy through a file:// URL instead).
SQL_BLOCKS = [block for block in re.findall(r"```sql\n(.*?)```", README, flags=re.S) if "s3://" not in block]


def test_readme_shows_the_two_commands():
    assert "uv run pipeline run" in README
    assert "uv run pytest" in README


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory):
    import dagster as dg

    from pipeline.definitions import ASSETS
    from pipeline.defs.jobs import PER_FILE, WHOLE_CORPUS
    from pipeline.defs.resources import WarehouseResource, project_resources

    tmp = tmp_path_factory.mktemp("readme")
    raw = tmp / "raw"
    raw.mkdir()
    (raw / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    sidecar = SAMPLE.with_name(SAMPLE.name + ".meta.json")
    (raw / sidecar.name).write_bytes(sidecar.read_bytes())
    warehouse = tmp / "warehouse"
    with pytest.MonkeyPatch.context() as mp, dg.instance_for_test() as instance:
        mp.setenv("PIPELINE_RAW_DIR", str(raw))
        instance.add_dynamic_partitions("raw_files", [SAMPLE.name])
        resources = project_resources(WarehouseResource(directory=str(warehouse)))
        per_file = dg.materialize(
            ASSETS, selection=PER_FILE, partition_key=SAMPLE.name, instance=instance, resources=resources
        )
        corpus = dg.materialize(ASSETS, selection=WHOLE_CORPUS, instance=instance, resources=resources)
        assert per_file.success and corpus.success
    # The README tells analysts to open the published file: query that one.
    return warehouse / "warehouse.duckdb"


def test_readme_has_sql_examples():
    assert len(SQL_BLOCKS) >= 3


@pytest.mark.parametrize("block", SQL_BLOCKS, ids=[f"sql{i}" for i in range(len(SQL_BLOCKS))])
def test_readme_sql_runs_on_the_sample(sample_warehouse, block):
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        statements = [s for s in block.split(";") if s.strip()]
        results = [con.execute(s).fetchall() for s in statements]
    finally:
        con.close()
    # The first statement of each example answers a question about the sample: it has rows.
    assert results[0], block


def test_readme_top_people_query_puts_xi_jinping_first(sample_warehouse):
    block = next(b for b in SQL_BLOCKS if "FROM entities WHERE type = 'PERSON'" in b)
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        rows = con.execute(block).fetchall()
    finally:
        con.close()
    assert rows[0][:2] == ("Xi Jinping", 12)
    assert all(len(name.split()) >= 2 for name, *_ in rows[:5])


def test_readme_cpc_meetings_query_answers_by_month(sample_warehouse):
    block = next(b for b in SQL_BLOCKS if "mart_meetings_timeline" in b)
    con = duckdb.connect(str(sample_warehouse), read_only=True)
    try:
        rows = con.execute(block).fetchall()
    finally:
        con.close()
    months = [month for month, *_ in rows]
    assert months == sorted(months) and set(months) <= {f"2025-{m:02}" for m in range(1, 13)}
    assert ("2025-10", "Ma Hui", "Donald Ramotar") in {r[:3] for r in rows}
    assert ("2025-11", "Liu Haixing", "Remigio Ceballos") in {r[:3] for r in rows}
