"""The raw-folder sensor and the daily schedule, evaluated against a real instance."""

import datetime
import json
import os
import subprocess
import sys
import time

import dagster as dg
import pytest

from pipeline.definitions import defs
from pipeline.defs.automation import daily_refresh, failed_partitions, raw_folder_sensor
from pipeline.defs.partitions import RAW_FILES_PARTITIONS
from pipeline.defs.resources import RawFolderResource
from pipeline.lib.store.warehouse import read_ingest_manifest
from pipeline.settings import PROJECT_ROOT, SettingError


@pytest.fixture
def settled(monkeypatch):
    """Files count as complete as soon as they are written (the default waits 10 s)."""
    monkeypatch.setenv("PIPELINE_SETTLE_SECONDS", "0")


def tick(workspace, cursor=None):
    context = dg.build_sensor_context(instance=workspace.instance, cursor=cursor, definitions=defs)
    # The resource is built from the environment as it is now, as the code location does when it loads.
    result = raw_folder_sensor(context, warehouse=workspace.resource, raw_folder=RawFolderResource.from_settings())
    # Apply partition requests as the daemon would.
    for request in getattr(result, "dynamic_partitions_requests", None) or []:
        if isinstance(request, dg.AddDynamicPartitionsRequest):
            workspace.instance.add_dynamic_partitions(request.partitions_def_name, list(request.partition_keys))
        else:
            for key in request.partition_keys:
                workspace.instance.delete_dynamic_partition(request.partitions_def_name, key)
    return result


def unmount(workspace, monkeypatch) -> None:
    """Point the raw folder at one that is not there, as when a mount drops: `raw_documents` fails."""
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw.parent / "not-mounted"))


def file_requests(result):
    return {r.partition_key: r.run_key for r in result.run_requests if r.job_name == "ingest_files"}


def corpus_requests(result):
    return [r for r in result.run_requests if r.job_name == "resolve_corpus"]


def test_new_file_gets_a_partition_and_a_run_then_one_corpus_run(workspace, settled):
    workspace.add("story.txt", "Title\n\nBody.\n")
    first = tick(workspace)
    assert list(file_requests(first)) == ["story.txt"]
    assert not corpus_requests(first)  # per-file runs first
    assert workspace.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS) == ["story.txt"]

    second = tick(workspace, first.cursor)
    assert file_requests(second) == {}
    assert len(corpus_requests(second)) == 1

    third = tick(workspace, second.cursor)
    assert third.run_requests == []


def test_changed_file_is_rerun_even_when_changed_back(workspace, settled):
    path = workspace.raw / "story.txt"
    workspace.add("story.txt", "Version A\n\nBody.\n")
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    first = tick(workspace)
    key_a = file_requests(first)["story.txt"]

    workspace.add("story.txt", "Version B\n\nOther body.\n")
    os.utime(path, ns=(1_700_000_100_000_000_000, 1_700_000_100_000_000_000))
    second = tick(workspace, first.cursor)
    key_b = file_requests(second)["story.txt"]

    workspace.add("story.txt", "Version A\n\nBody.\n")
    os.utime(path, ns=(1_700_000_200_000_000_000, 1_700_000_200_000_000_000))
    third = tick(workspace, second.cursor)
    key_a_again = file_requests(third)["story.txt"]

    assert len({key_a, key_b, key_a_again}) == 3
    assert key_a.split("@")[1] == key_a_again.split("@")[1]  # same content hash, new request


def test_removed_file_loses_its_partition_and_triggers_a_corpus_run(workspace, settled):
    workspace.add("a.txt", "A\n\nBody.\n")
    workspace.add("b.txt", "B\n\nBody.\n")
    first = tick(workspace)
    settled_cursor = tick(workspace, first.cursor).cursor  # the corpus run for a and b
    (workspace.raw / "b.txt").unlink()
    after = tick(workspace, settled_cursor)
    assert workspace.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS) == ["a.txt"]
    assert file_requests(after) == {}
    assert len(corpus_requests(after)) == 1
    assert "b.txt" not in json.loads(after.cursor)["files"]


def test_a_vanished_raw_folder_or_a_mass_removal_is_refused_by_the_sensor(workspace, settled, monkeypatch):
    names = [f"f{i}.txt" for i in range(6)]
    for name in names:
        workspace.add(name, f"Title {name}\n\nBody.\n")
    settled_cursor = tick(workspace, tick(workspace).cursor).cursor  # file runs, then the corpus run

    def refused(result, expected: str) -> None:
        assert isinstance(result, dg.SkipReason) and expected in result.skip_message
        assert workspace.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS) == names

    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw.parent / "not-mounted"))
    refused(tick(workspace, settled_cursor), "does not exist")
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw))

    stash = workspace.raw.parent / "stash"
    workspace.raw.rename(stash)
    workspace.raw.mkdir()
    refused(tick(workspace, settled_cursor), "holds none of the 6 files")
    (stash / "f0.txt").rename(workspace.raw / "f0.txt")
    (stash / "f1.txt").rename(workspace.raw / "f1.txt")
    refused(tick(workspace, settled_cursor), "lost 4 of the 6 files")

    # The mount comes back: the skipped ticks kept the cursor, so nothing is left to do.
    for path in stash.iterdir():
        path.rename(workspace.raw / path.name)
    assert tick(workspace, settled_cursor).run_requests == []

    # A removal within the limit goes ahead (one file of six).
    (workspace.raw / "f5.txt").unlink()
    after = tick(workspace, settled_cursor)
    assert len(corpus_requests(after)) == 1
    assert workspace.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS) == names[:5]


def test_a_bad_setting_stops_the_code_location_with_its_message(monkeypatch):
    # The sensor's settings come from the raw-folder resource, built when the code location loads:
    # a bad value stops the load with one line naming it, so no tick ever runs with it.
    monkeypatch.setenv("PIPELINE_MAX_FILE_BYTES", "lots")
    with pytest.raises(SettingError, match="PIPELINE_MAX_FILE_BYTES='lots' is not valid"):
        RawFolderResource.from_settings()
    env = {**os.environ, "PIPELINE_MAX_FILE_BYTES": "lots"}
    load = [sys.executable, "-c", "import pipeline.definitions"]
    done = subprocess.run(load, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "PIPELINE_MAX_FILE_BYTES='lots' is not valid" in done.stderr


def test_files_still_being_written_wait(workspace, monkeypatch):
    monkeypatch.setenv("PIPELINE_SETTLE_SECONDS", "3600")
    workspace.add("fresh.txt", "Title\n\nStill writing")
    workspace.add("download.txt.part", "Title\n\nPartial")
    workspace.add(".~lock.txt", "x")
    result = tick(workspace)
    assert result.run_requests == []
    assert workspace.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS) == []
    # Once it has settled, it is picked up.
    monkeypatch.setenv("PIPELINE_SETTLE_SECONDS", "0")
    assert list(file_requests(tick(workspace, result.cursor))) == ["fresh.txt"]


def test_unchanged_files_are_not_read_again(workspace, settled):
    for i in range(300):
        workspace.add(f"f{i:04}.txt", f"Title {i}\n\nBody {i}.\n")
    first = tick(workspace)
    assert len(file_requests(first)) == 300
    # Rewrite one file's bytes keeping its size and mtime: a sensor that trusted only the
    # hash would notice; this one compares stat first and does not open unchanged files.
    path = workspace.raw / "f0007.txt"
    stat = path.stat()
    path.write_text("Title X\n\nBody X.\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    started = time.perf_counter()
    second = tick(workspace, first.cursor)
    assert file_requests(second) == {}
    assert time.perf_counter() - started < 30  # generous: a guard against hashing everything, not a timing test


def test_sensor_never_opens_the_warehouse(workspace, settled):
    workspace.add("story.txt", "Title\n\nBody.\n")
    tick(workspace)
    assert not workspace.db.exists() and not workspace.published.exists()


def test_schedule_retries_failed_partitions_and_refreshes_the_corpus(workspace, monkeypatch):
    key = workspace.add("ok.txt", "Title\n\nBody.\n")
    assert workspace.materialize(key).success
    bad = workspace.add("bad.txt", "Title\n\nBody.\n")
    unmount(workspace, monkeypatch)  # makes raw_documents fail
    assert not workspace.materialize(bad).success
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw))

    context = dg.build_schedule_context(
        instance=workspace.instance,
        repository_def=defs.get_repository_def(),
        scheduled_execution_time=datetime.datetime(2026, 11, 29, 3, 0, tzinfo=datetime.UTC),
    )
    requests = list(daily_refresh.evaluate_tick(context).run_requests)
    retries = [r for r in requests if r.partition_key]
    assert [r.partition_key for r in retries] == ["bad.txt"]
    corpus = [r for r in requests if not r.partition_key]
    assert len(corpus) == 1
    assert {k.to_user_string() for k in corpus[0].asset_selection} >= {"entities", "published_warehouse"}
    assert "raw_documents" in {k.to_user_string() for k in retries[0].asset_selection}
    assert retries[0].run_key == "2026-11-29:retry:bad.txt"


def test_schedule_retries_every_file_of_a_failed_batch_run_until_one_succeeds(workspace, monkeypatch):
    keys = [workspace.add(name, "Title\n\nBody.\n") for name in ("a.txt", "b.txt", "c.txt")]
    unmount(workspace, monkeypatch)  # makes raw_documents fail
    assert not workspace.materialize_batch(keys).success
    assert failed_partitions(workspace.instance) == ["a.txt", "b.txt", "c.txt"]

    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw))
    assert workspace.materialize("b.txt").success  # a later run of one file of the batch
    assert failed_partitions(workspace.instance) == ["a.txt", "c.txt"]


def test_sensor_and_schedule_are_on_by_default():
    assert defs.resolve_sensor_def("raw_folder_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    assert defs.resolve_schedule_def("daily_refresh").default_status == dg.DefaultScheduleStatus.RUNNING


def test_files_already_ingested_are_not_rerun_on_the_sensors_first_look(workspace, settled):
    key = workspace.add("done.txt", "Done\n\nAlready ingested by pipeline run.\n")
    assert workspace.materialize(key).success
    workspace.add("new.txt", "New\n\nNot ingested yet.\n")
    first = tick(workspace)
    assert list(file_requests(first)) == ["new.txt"]
    # Content changed since it was ingested: rerun it.
    workspace.add("done.txt", "Done\n\nEdited since.\n")
    os.utime(workspace.raw / "done.txt", ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    assert list(file_requests(tick(workspace, first.cursor))) == ["done.txt"]


def test_files_of_a_batch_run_are_not_rerun_on_the_sensors_first_look(workspace, settled):
    """`pipeline run` ingests in batch runs, whose materialisations carry no per-file hash: the
    sensor learns what was ingested from the manifest the last per-file step writes."""
    keys = [workspace.add(name, f"Story {name}\n\nBody.\n") for name in ("a.txt", "b.txt", "c.txt")]
    assert workspace.materialize_batch(keys).success
    workspace.add("d.txt", "Story d\n\nNot ingested yet.\n")
    assert list(file_requests(tick(workspace))) == ["d.txt"]

    # A file that leaves raw/ leaves the manifest with its rows.
    (workspace.raw / "a.txt").unlink()
    assert workspace.resolve().success
    manifest = read_ingest_manifest(workspace.resource.ingest_manifest_path)
    assert sorted(manifest) == ["b.txt", "c.txt"]


def test_after_a_heal_the_sensor_replays_what_the_restored_snapshot_lacks(workspace, settled):
    from pipeline.lib.store.recovery import heal_working_file

    keys = [workspace.add(name, f"Story {name}\n\nBody.\n") for name in ("a.txt", "b.txt")]
    assert workspace.materialize_batch(keys).success
    assert workspace.resolve().success  # the snapshot holds a and b
    workspace.add("c.txt", "Story c\n\nIngested after the snapshot.\n")
    cursor = tick(workspace).cursor
    assert workspace.materialize("c.txt").success
    cursor = tick(workspace, cursor).cursor
    assert file_requests(tick(workspace, cursor)) == {}

    workspace.db.write_bytes(b"\0" * 4096)
    assert heal_working_file(workspace.db, workspace.published) is not None
    after = tick(workspace, cursor)
    assert list(file_requests(after)) == ["c.txt"]
    assert file_requests(tick(workspace, after.cursor)) == {}
