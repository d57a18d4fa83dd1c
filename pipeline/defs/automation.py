"""Reruns without anyone at the keyboard: a sensor on the raw folder and a daily schedule.

The sensor never opens DuckDB: it compares the raw folder with its cursor (size, mtime and
content hash per file) and asks Dagster for runs. Per-file runs come first; once none of them
is queued or running, one whole-corpus run resolves entities and publishes the snapshot.
"""

import hashlib
import json
import time
from collections.abc import Mapping

import dagster as dg

from pipeline import settings
from pipeline.defs.jobs import PER_FILE, WHOLE_CORPUS, ingest_files_job, resolve_corpus_job
from pipeline.defs.partitions import RAW_FILES_PARTITIONS, raw_files_partitions
from pipeline.defs.resources import RawFolderResource, WarehouseResource
from pipeline.lib.store.recovery import last_heal_id
from pipeline.lib.store.removals import removal_refusal
from pipeline.lib.store.warehouse import read_ingest_manifest
from pipeline.lib.text.rawfiles import RawFolderError
from pipeline.lib.text.rawscan import decode_states, encode_states, scan_raw_folder

IN_FLIGHT = [
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
]


def ingest_runs_in_flight(instance: dg.DagsterInstance) -> bool:
    """Any per-file run queued or running, whether the sensor, the UI or a backfill launched it."""
    runs = instance.get_runs(filters=dg.RunsFilter(statuses=IN_FLIGHT))
    return any("dagster/partition" in run.tags for run in runs)


def file_run_key(key: str, sha256: str, mtime_ns: int) -> str:
    # The content hash says what is processed; the mtime makes a file changed back to earlier
    # content (A → B → A) a new request instead of a run key Dagster has already seen.
    return f"{key}@{sha256[:16]}@{mtime_ns}"


@dg.sensor(
    jobs=[ingest_files_job, resolve_corpus_job],
    minimum_interval_seconds=settings.sensor_interval_seconds(),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description=(
        "Watches the raw folder: a new or changed file gets its partition and a run; a removed file "
        "loses its partition; when no file run is left in flight, one whole-corpus run re-resolves "
        "entities, removes rows of removed files and publishes the snapshot."
    ),
)
def raw_folder_sensor(
    context: dg.SensorEvaluationContext, warehouse: WarehouseResource, raw_folder: RawFolderResource
) -> dg.SensorResult | dg.SkipReason:
    cursor = json.loads(context.cursor) if context.cursor else {}
    previous = decode_states(cursor.get("files", {}))
    # After the working file was healed from an older snapshot, look at every file again: the
    # manifest (rewritten from the restored `ingest_log`) says which ones the snapshot lacks.
    heal_id = last_heal_id(warehouse.working_path)
    if heal_id != cursor.get("heal"):
        previous = {}
    # A tick that skips keeps its cursor: once the folder is back, the next tick sees no change.
    try:
        raw_dir = raw_folder.folder()
        scan = scan_raw_folder(raw_dir, previous, time.time(), raw_folder.settle_seconds)
    except RawFolderError as err:
        return dg.SkipReason(f"{err}; nothing removed, nothing launched")

    known = set(context.instance.get_dynamic_partitions(RAW_FILES_PARTITIONS))
    refusal = removal_refusal(
        len([k for k in scan.removed if k in known]), len(known), raw_folder.removal_limit(), raw_dir
    )
    if refusal:
        context.log.warning(refusal)
        return dg.SkipReason(refusal)
    # A file the sensor sees for the first time may have been ingested already (by `pipeline run`
    # or the UI): if its last complete ingestion was of the same content, there is nothing to do.
    # The manifest is a JSON copy of `ingest_log`: the sensor never opens DuckDB.
    first_seen = [k for k in scan.changed if k not in previous and k in known]
    ingested = read_ingest_manifest(warehouse.ingest_manifest_path) if first_seen else {}
    for key in first_seen:
        if ingested.get(key) == scan.changed[key].sha256:
            del scan.changed[key]
    new_keys = sorted(k for k in scan.changed if k not in known)
    gone_keys = sorted(k for k in scan.removed if k in known)
    run_requests = [
        dg.RunRequest(
            job_name=ingest_files_job.name,
            partition_key=key,
            run_key=file_run_key(key, state.sha256, state.mtime_ns),
            tags={"pipeline/trigger": "raw_folder_sensor"},
        )
        for key, state in sorted(scan.changed.items())
    ]
    pending_corpus = bool(cursor.get("pending_corpus")) or bool(run_requests) or bool(gone_keys)
    if pending_corpus and not run_requests and not ingest_runs_in_flight(context.instance):
        digest = hashlib.sha256(json.dumps(encode_states(scan.states), sort_keys=True).encode()).hexdigest()
        run_requests.append(
            dg.RunRequest(
                job_name=resolve_corpus_job.name,
                run_key=f"corpus@{digest[:16]}",
                tags={"pipeline/trigger": "raw_folder_sensor", "dagster/priority": "-1"},
            )
        )
        pending_corpus = False
    if scan.waiting:
        context.log.info(f"still being written, next tick: {', '.join(scan.waiting)}")

    partition_requests = []
    if new_keys:
        partition_requests.append(raw_files_partitions.build_add_request(new_keys))
    if gone_keys:
        partition_requests.append(raw_files_partitions.build_delete_request(gone_keys))
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=partition_requests,
        cursor=json.dumps({"files": encode_states(scan.states), "pending_corpus": pending_corpus, "heal": heal_id}),
    )


def failed_partitions(instance: dg.DagsterInstance, runs_to_read: int = 2000) -> list[str]:
    """Registered partitions whose latest run, single-file or batch, failed or was canceled."""
    keys = instance.get_dynamic_partitions(RAW_FILES_PARTITIONS)
    position = {key: i for i, key in enumerate(keys)}
    latest_failed: dict[str, bool] = {}
    for run in instance.get_runs(limit=runs_to_read):  # newest first: the first run seen wins
        failed = run.status in (dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED)
        for key in _partitions_of(run.tags, keys, position):
            latest_failed.setdefault(key, failed)
    return [key for key in keys if latest_failed.get(key)]


def _partitions_of(tags: Mapping[str, str], keys: list[str], position: dict[str, int]) -> list[str]:
    """The raw-file partitions a run covered: its one partition, or every key of its range."""
    if "dagster/partition" in tags:
        return [tags["dagster/partition"]]
    start, end = tags.get("dagster/asset_partition_range_start"), tags.get("dagster/asset_partition_range_end")
    if start in position and end in position:
        return keys[position[start] : position[end] + 1]
    return []


@dg.schedule(
    cron_schedule="0 3 * * *",
    execution_timezone="UTC",
    target=PER_FILE | WHOLE_CORPUS,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description=(
        "Daily at 03:00 UTC: retries every file whose last run failed, then re-resolves entities and "
        "republishes the warehouse, so a missed sensor run or a transient failure heals overnight."
    ),
)
def daily_refresh(context: dg.ScheduleEvaluationContext):
    day = context.scheduled_execution_time.strftime("%Y-%m-%d")
    repository = context.repository_def
    per_file_keys = list(PER_FILE.resolve(repository.asset_graph))
    corpus_keys = list(WHOLE_CORPUS.resolve(repository.asset_graph))
    for key in failed_partitions(context.instance):
        yield dg.RunRequest(
            run_key=f"{day}:retry:{key}",
            asset_selection=per_file_keys,
            partition_key=key,
            tags={"pipeline/trigger": "daily_refresh"},
        )
    yield dg.RunRequest(
        run_key=f"{day}:corpus",
        asset_selection=corpus_keys,
        tags={"pipeline/trigger": "daily_refresh", "dagster/priority": "-1"},
    )
