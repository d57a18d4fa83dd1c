"""The project's Dagster event log (`pipeline.dagster_storage`): a batch run records every file's
materialisations, and Dagster's stock SQLite storage reads the same history."""

import shutil

import dagster as dg

from pipeline.dagster_storage import CachedEngineSqliteEventLogStorage
from pipeline.definitions import ASSETS, CHECKS, defs
from pipeline.defs.jobs import PER_FILE
from pipeline.defs.partitions import RAW_FILES_PARTITIONS
from pipeline.defs.resources import WarehouseResource, project_resources
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
            resources=project_resources(WarehouseResource(directory=str(tmp_path / "warehouse"))),
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
            # The index ids the batch insert returned belong to their own events, in order: every
            # stored record reads back the event of its partition, the last one holds the asset row.
            records = stock.fetch_materializations(dg.AssetKey(name), limit=100).records
            assert sorted(r.partition_key for r in records) == keys
            assert all(r.event_log_entry.dagster_event.partition == r.partition_key for r in records)
            assert record.asset_entry.last_materialization_record.storage_id == max(r.storage_id for r in records)


def test_dagsters_own_cli_runs_without_variables_on_the_projects_instance():
    """`dg list defs` and `dg check defs` from a fresh clone: no DAGSTER_HOME, no PIPELINE_* set.
    Dagster then builds a throw-away instance from the working directory's dagster.yaml; its
    storages fall back to the project's instance (`.dagster_home/`)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME" and not k.startswith("PIPELINE_")}
    dg_cli = os.path.join(os.path.dirname(sys.executable), "dg")
    outputs = {}
    for command in ("list", "check"):
        done = subprocess.run(
            [dg_cli, command, "defs"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        outputs[command] = done.stdout
    assert "raw_folder_sensor" in outputs["list"] and "published_warehouse" in outputs["list"]
    assert "All definitions loaded successfully" in outputs["check"]
    assert (PROJECT_ROOT / ".dagster_home" / "history" / "runs.db").exists()
    assert not list(PROJECT_ROOT.glob(".tmp_dagster_home_*"))


def test_instance_from_the_template_uses_the_projects_storages(tmp_path, monkeypatch):
    """Fences the private Dagster classes `pipeline.dagster_storage` extends: if a Dagster upgrade
    changes their constructors, this fails before any run does."""
    from pipeline.dagster_storage import ProjectSqliteRunStorage, ProjectSqliteScheduleStorage

    shutil.copyfile(PROJECT_ROOT / "dagster.yaml", tmp_path / "dagster.yaml")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    with dg.DagsterInstance.get() as instance:
        assert isinstance(instance.run_storage, ProjectSqliteRunStorage)
        assert isinstance(instance.schedule_storage, ProjectSqliteScheduleStorage)
        assert isinstance(instance.event_log_storage, CachedEngineSqliteEventLogStorage)
        assert instance.get_runs() == []
    assert (tmp_path / "history" / "runs.db").exists() and (tmp_path / "schedules" / "schedules.db").exists()
