from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.definitions import ASSETS, CHECKS
from pipeline.defs.jobs import PER_FILE, WHOLE_CORPUS
from pipeline.defs.partitions import RAW_FILES_PARTITIONS
from pipeline.defs.resources import WarehouseResource, project_resources
from pipeline.lib.text.ids import partition_key_for


@dataclass
class Workspace:
    raw: Path
    warehouse: Path
    instance: dg.DagsterInstance

    @property
    def db(self) -> Path:
        """The working database the assets write (tests look at it between runs)."""
        return self.warehouse / ".work" / "warehouse.duckdb"

    @property
    def published(self) -> Path:
        return self.warehouse / "warehouse.duckdb"

    @property
    def resource(self) -> WarehouseResource:
        return WarehouseResource(directory=str(self.warehouse))

    def add(self, name: str, data: bytes | str) -> str:
        path = self.raw / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return partition_key_for(name)

    def materialize(self, key: str) -> dg.ExecuteInProcessResult:
        if key not in self.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS):
            self.instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, [key])
        return dg.materialize(
            [*ASSETS, *CHECKS],
            selection=PER_FILE,
            partition_key=key,
            instance=self.instance,
            resources=project_resources(self.resource),
            raise_on_error=False,
        )

    def materialize_batch(self, keys: list[str]) -> dg.ExecuteInProcessResult:
        """One run over a contiguous range of partitions, as `pipeline run` launches a batch."""
        self.instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, keys)
        return dg.materialize(
            [*ASSETS, *CHECKS],
            selection=PER_FILE,
            tags={"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]},
            instance=self.instance,
            resources=project_resources(self.resource),
            raise_on_error=False,
        )

    def resolve(self) -> dg.ExecuteInProcessResult:
        """Materialise the whole-corpus assets (entity resolution) after the per-file ones."""
        return dg.materialize(
            [*ASSETS, *CHECKS],
            selection=WHOLE_CORPUS,
            instance=self.instance,
            resources=project_resources(self.resource),
            raise_on_error=False,
        )

    def query(self, sql: str, params: list | None = None, db: Path | None = None) -> list[tuple]:
        con = duckdb.connect(str(db or self.db), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    def count(self, table: str, doc_id: str | None = None) -> int:
        if doc_id is None:
            return self.query(f"SELECT count(*) FROM {table}")[0][0]
        return self.query(f"SELECT count(*) FROM {table} WHERE doc_id = ?", [doc_id])[0][0]


@pytest.fixture
def workspace(tmp_path, monkeypatch) -> Workspace:
    raw, warehouse = tmp_path / "raw", tmp_path / "warehouse"
    raw.mkdir()
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(raw))
    monkeypatch.setenv("PIPELINE_WAREHOUSE_DIR", str(warehouse))
    with dg.instance_for_test() as instance:
        yield Workspace(raw, warehouse, instance)
