"""The README's promises: its two commands are there, and every SQL example runs on the sample."""

import re

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
SQL_BLOCKS = re.findall(r"```sql\n(.*?)```", README, flags=re.S)


def test_readme_shows_the_two_commands():
    assert "uv run pipeline run" in README
    assert "uv run pytest" in README


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory):
    import dagster as dg

    from pipeline.definitions import ASSETS
    from pipeline.defs.resources import WarehouseResource

    tmp = tmp_path_factory.mktemp("readme")
    raw = tmp / "raw"
    raw.mkdir()
    (raw / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    db = tmp / "warehouse.duckdb"
    with pytest.MonkeyPatch.context() as mp, dg.instance_for_test() as instance:
        mp.setenv("PIPELINE_RAW_DIR", str(raw))
        instance.add_dynamic_partitions("raw_files", [SAMPLE.name])
        result = dg.materialize(
            ASSETS,
            partition_key=SAMPLE.name,
            instance=instance,
            resources={"warehouse": WarehouseResource(path=str(db))},
        )
        assert result.success
    return db


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
