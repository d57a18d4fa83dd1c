"""The project's Dagster event log (`pipeline.dagster_storage`): a batch run records every file's
materialisations, and Dagster's stock SQLite storage reads the same history."""

import shutil

import dagster as dg

from pipeline.dagster_storage import CachedEngineSqliteEventLogStorage
from pipeline.definitions import ASSETS, CHECKS, defs
from pipeline.defs.jobs import PER_FILE
from pipeline.defs.partitions import RAW_FILES_PARTITIONS
from pipeline.defs.resources import WarehouseResource
from tests.conftest import PROJECT_ROOT

# Every asset materialised once per raw file.
PER_FILE_TABLES = sorted(key.to_user_string() for key in PER_FILE.resolve(defs.resolve_asset_graph()))


def test_batch_run_records_each_files_materialisations_readable_by_dagsters_own_storage(tmp_path, monkeypatch):
    home, raw = tmp_path / "home", tmp_path / "raw"
    home.mkdir()
    raw.mkdir()
    shutil.copyfile(PROJECT_ROOT / "dagster.yaml", home / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(raw))
    keys = [f"{name}.txt" for name in ("a", "b", "c")]
    for key in keys:
        (raw / key).write_text(f"Story {key}\n\nPresident Lula visited Beijing.\n")

    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.event_log_storage, CachedEngineSqliteEventLogStorage)
        instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, keys)
        result = dg.materialize(
            [*ASSETS, *CHECKS],
            selection=PER_FILE,
            tags={"dagster/asset_partition_range_start": "a.txt", "dagster/asset_partition_range_end": "c.txt"},
            instance=instance,
            resources={"warehouse": WarehouseResource(directory=str(tmp_path / "warehouse"))},
        )
        assert result.success
        recorded = {name: instance.get_materialized_partitions(dg.AssetKey(name)) for name in PER_FILE_TABLES}
        assert recorded == {name: set(keys) for name in PER_FILE_TABLES}
        run_events = instance.all_logs(result.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION)
        assert len(run_events) == len(keys) * len(PER_FILE_TABLES)

    # The same history through Dagster's stock SQLite event log: the files are Dagster's own.
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    with dg.DagsterInstance.get() as stock:
        assert type(stock.event_log_storage).__name__ == "SqliteEventLogStorage"
        assert stock.get_materialized_partitions(dg.AssetKey("articles")) == set(keys)
        assert len(stock.all_logs(result.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION)) == len(run_events)
        # Each asset's index row holds the batch's last materialisation, as one-by-one writes leave it.
        for name in PER_FILE_TABLES:
            latest = stock.get_latest_materialization_event(dg.AssetKey(name))
            last_written = [e for e in run_events if e.dagster_event.asset_key == dg.AssetKey(name)][-1]
            assert latest == last_written, name
            (record,) = stock.get_asset_records([dg.AssetKey(name)])
            assert record.asset_entry.last_run_id == result.run_id
            assert record.asset_entry.last_materialization_record.event_log_entry == latest
