"""Planning and launching runs: which raw files to (re)ingest, in which batches, then the corpus.

`pipeline run` (`cli.py`) calls `run_all`; the UI and the sensor launch the same two jobs
(`ingest_files` per file, `resolve_corpus` over the whole corpus). Progress goes to `out`, one line
per file or batch; the summary is the command line's.
"""

from __future__ import annotations

import functools
import gc
import os
import re
import sys
import time
from dataclasses import dataclass, field

from pipeline.lib.store import readers

# Steps' errors reach the user as one line each from the CLI itself (`_first_failure`); the
# console logger would print their stack traces too. The UI and the event log keep everything.
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}
PER_FILE_LINES = 20  # batches up to this size print one line per file
PARALLEL_FROM_FILES = 100  # fewer files run as one batch at a time, with a line per file
NOTHING_CHANGED = "whole corpus: nothing changed since the last run"


class CommandError(Exception):
    """A condition that stops the command before it changes anything: printed as one line, exit 1."""


@dataclass
class RunReport:
    succeeded: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


_ERROR_CLASS = re.compile(r"^[\w.]+(?:Error|Exception|Failure)\w*: ")


def _first_failure(result) -> str:
    """The first failed step's own error, in one line: what the step raised, under Dagster's
    wrapper ("Error occurred while executing op ..."), without its class name."""
    for event in result.all_events:
        if event.is_step_failure:
            error = event.event_specific_data.error
            if error is None:
                return event.message or "step failed"
            while error.cls_name and error.cls_name.startswith("Dagster") and error.cause is not None:
                error = error.cause
            lines = error.message.strip().splitlines()
            return _ERROR_CLASS.sub("", lines[0] if lines else "step failed")
    return "run failed"


def sync_partitions(instance, raw_dir, allow_removals: bool = False) -> tuple[list[str], list[str]]:
    """Register new raw files as partitions; return (present keys, keys whose file is gone).

    Raises CommandError, before registering anything, when the folder cannot be listed or more
    files are gone than PIPELINE_MAX_REMOVALS allows without `allow_removals`."""
    from pipeline import settings
    from pipeline.defs.partitions import RAW_FILES_PARTITIONS
    from pipeline.lib.store.removals import removal_refusal
    from pipeline.lib.text.rawfiles import list_raw_files

    present = [f.partition_key for f in list_raw_files(raw_dir)]
    known = set(instance.get_dynamic_partitions(RAW_FILES_PARTITIONS))
    gone = known - set(present)
    refusal = removal_refusal(len(gone), len(known), settings.max_removals(), raw_dir)
    if refusal and not allow_removals:
        raise CommandError(refusal)
    new = [k for k in present if k not in known]
    if new:
        instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, new)
    return present, sorted(gone)


def balanced_batch_size(n_files: int, most: int, workers: int) -> int:
    """Files per batch: at most `most`, with a number of batches that is a multiple of `workers`
    and batches of equal size, so no worker is left alone with the last batch (2,225 files at 250
    make 9 batches, the ninth run while the other core idles; 10 of 223 keep both busy)."""
    if n_files == 0:
        return 1
    rounds = -(-n_files // (most * workers))  # batches per worker
    return max(1, -(-n_files // (rounds * workers)))


def contiguous_batches(all_keys: list[str], wanted: list[str], size: int) -> list[list[str]]:
    """Batches of at most `size` wanted keys, each contiguous in the partition order: a run over
    a key range takes every key between its ends, so a batch may not skip one."""
    position = {key: i for i, key in enumerate(all_keys)}
    batches: list[list[str]] = []
    for key in sorted(wanted, key=position.__getitem__):
        last = batches[-1] if batches else None
        if last and len(last) < size and position[key] == position[last[-1]] + 1:
            last.append(key)
        else:
            batches.append([key])
    return batches


def _ingested(any_code: bool = False) -> dict[str, str]:
    """`ingest_log` of the working file: file → content hash of its last complete ingestion by
    this version of the code (`code_version`), or, with `any_code`, by any version."""
    from pipeline import settings
    from pipeline.lib.store.code_version import code_version
    from pipeline.lib.store.ingest_log import read_ingest_log

    return read_ingest_log(settings.working_path(), None if any_code else code_version()) or {}


def unchanged_files(keys: list[str], raw_dir, stored: dict[str, str] | None = None) -> set[str]:
    """Files whose every per-file step completed on their current content, by this version of the
    code unless `stored` says otherwise (read-only, hashes only)."""
    from pipeline.lib.text.rawfiles import list_raw_files
    from pipeline.lib.text.rawscan import file_sha256

    stored = _ingested() if stored is None else stored
    if not stored:
        return set()
    paths = {f.partition_key: f.path for f in list_raw_files(raw_dir)}
    same = set()
    for key in keys:
        if key in stored and key in paths:
            try:
                if file_sha256(paths[key], raw_dir) == stored[key]:
                    same.add(key)
            except OSError:
                pass
    return same


def nothing_to_do(raw_dir) -> list[str] | None:
    """The raw folder's keys when the warehouse is already complete for it (every file ingested
    with its current content, none removed, the published snapshot up to date); else None.
    Reads only the raw files and the DuckDB files: a run with nothing to do starts no Dagster."""
    from pipeline import settings
    from pipeline.lib.text.rawfiles import list_raw_files

    if not (settings.dagster_home() / "dagster.yaml").exists():
        return None  # a new instance: the files must be registered as its partitions
    keys = [f.partition_key for f in list_raw_files(raw_dir)]
    stored = _ingested()
    if set(stored) != set(keys) or unchanged_files(keys, raw_dir, stored) != set(keys) or not published_is_current():
        return None
    return keys


def published_is_current() -> bool:
    """True when the published snapshot already holds every file the working file has ingested
    (a run killed after its per-file steps left the corpus step to do), and its report exists (a
    warehouse published before the report existed gets one on the next run)."""
    from pipeline import settings

    if not settings.report_path().is_file():
        return False
    working = readers.ingested_contents(settings.working_path())
    published = readers.ingested_contents(settings.warehouse_path())
    return working is not None and working == published


def execute(job_name: str, instance, run_config: dict | None = None, **run_args):
    """Run a job the way PIPELINE_EXECUTOR says: in this process, or through an executor that
    rebuilds the job in other processes (multiprocess, Dask workers), which needs it reconstructable."""
    import dagster as dg

    from pipeline import settings
    from pipeline.definitions import defs

    run_config = {**QUIET_LOGS, **(run_config or {})}
    _freeze_what_lives_on()
    if settings.executor_name() == "in_process":
        return defs.resolve_job_def(job_name).execute_in_process(
            instance=instance, raise_on_error=False, run_config=run_config, **run_args
        )
    tags = dict(run_args.get("tags") or {})
    if "partition_key" in run_args:
        tags["dagster/partition"] = run_args["partition_key"]
    job = dg.build_reconstructable_job("pipeline.definitions", "job_named", reconstructable_args=(job_name,))
    return dg.execute_job(job, instance=instance, tags=tags, run_config=run_config)


def _freeze_what_lives_on() -> None:
    """Before a run: what is alive now (modules, the definitions, a loaded spaCy model, the
    instance) lives as long as the process. Frozen, Python's full collections no longer scan it
    (the model's and Dagster's objects are most of the heap). The collection first frees the last
    run's cycles, which would otherwise be frozen with it."""
    gc.collect()
    gc.freeze()


def allow_removals_config() -> dict:
    """Run config confirming, for `raw_folder_mirror`, a removal larger than PIPELINE_MAX_REMOVALS."""
    return {"ops": {"raw_folder_mirror": {"config": {"allow_removals": True}}}}


def _run_args(batch: list[str]) -> dict:
    if len(batch) == 1:
        return {"partition_key": batch[0]}
    return {
        "tags": {
            "dagster/asset_partition_range_start": batch[0],
            "dagster/asset_partition_range_end": batch[-1],
        }
    }


@functools.cache
def _instance(home: str):
    """One Dagster instance per process and DAGSTER_HOME, shared by its batch runs."""
    from pipeline.instance import get_instance

    return get_instance()


def current_instance():
    from pipeline import settings

    return _instance(str(settings.dagster_home()))


def run_batch(batch: list[str]) -> tuple[bool, str, float]:
    """One run of the per-file job over a contiguous batch: (success, first error, seconds)."""
    started = time.monotonic()
    result = execute("ingest_files", current_instance(), **_run_args(batch))
    return result.success, "" if result.success else _first_failure(result), time.monotonic() - started


def _one_process_ner_unless_set() -> None:
    # Parallel batch runs already keep both cores busy; spaCy workers on top would only compete.
    os.environ.setdefault("PIPELINE_NER_PROCESSES", "1")


def _run_batches(batches: list[list[str]], workers: int):
    """Results of `run_batch` in batch order: in this process, or with `workers` batch runs at a
    time in worker processes, so one batch parses text while another waits for the model. Writers
    take turns on the DuckDB file (the resource retries a locked file)."""
    if workers == 1 or len(batches) == 1:
        yield from map(run_batch, batches)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # a fresh interpreter: no forked Dagster state
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_one_process_ner_unless_set) as pool:
        yield from pool.map(run_batch, batches)


def _print_header(out, raw_dir, n_files: int, n_unchanged: int) -> None:
    from pipeline import settings

    print(f"raw folder  {raw_dir}  ({n_files} files)", file=out)
    print(f"warehouse   {settings.warehouse_path()}", file=out)
    print(f"instance    {settings.dagster_home()}", file=out)
    if n_unchanged:
        print(f"unchanged   {n_unchanged} files already ingested with this content (--force to redo)", file=out)


def prepare_warehouse_folder() -> None:
    """Before any run: the warehouse folder takes writes (else CommandError), and temporary files
    of runs that died, by a kill or a full disk, before their own clean-up are swept."""
    from pipeline import settings
    from pipeline.lib.store.storage import check_writable, sweep_stale_temp_files

    folder = settings.warehouse_dir()
    for where in (folder, settings.working_path().parent):
        if problem := check_writable(where):
            raise CommandError(problem)
    sweep_stale_temp_files(folder, settings.working_path().parent)


def run_all(
    out=sys.stdout,
    only: list[str] | None = None,
    force: bool = False,
    allow_removals: bool = False,
    rebuild: bool = False,
) -> RunReport:
    from pipeline import settings
    from pipeline.lib.store.recovery import heal_working_file, start_fresh_working_file

    raw_dir = settings.raw_dir()
    prepare_warehouse_folder()
    if rebuild:
        print(
            f"rebuild     {start_fresh_working_file(settings.working_path(), settings.warehouse_path()).message}",
            file=out,
        )
        force = True
    elif heal := heal_working_file(settings.working_path(), settings.warehouse_path()):
        print(f"healed      {heal.message}", file=out)
    if not force and not only and (keys := nothing_to_do(raw_dir)) is not None:
        _print_header(out, raw_dir, 0, len(keys))
        print(NOTHING_CHANGED, file=out)
        return RunReport()

    from pipeline.defs.partitions import RAW_FILES_PARTITIONS

    instance = current_instance()
    present, gone = sync_partitions(instance, raw_dir, allow_removals=allow_removals)
    if only:
        from pipeline.lib.text.ids import partition_key_for

        wanted = {partition_key_for(name) for name in only} | set(only)
        present = [key for key in present if key in wanted]
        if not present:
            raise CommandError(f"none of {', '.join(only)} is a file in {raw_dir}")
        gone = []
    # Files hashed once: those with their current content in the log, by any version of the code;
    # of them, the ones this version made are skipped, the others (same content, other rules: the
    # rows would differ) made again.
    same_content = set() if force or only else unchanged_files(present, raw_dir, _ingested(any_code=True))
    skipped = same_content & set(_ingested())
    upgraded = same_content - skipped
    present = [key for key in present if key not in skipped]
    _print_header(out, raw_dir, len(present), len(skipped))
    if upgraded:
        n = len(upgraded)
        print(f"upgraded    {n} file{'s' * (n != 1)} made by another version of the code: redone", file=out)

    report = RunReport()
    for key in gone:
        # The corpus job's raw_folder_mirror removes the file's rows from every table.
        instance.delete_dynamic_partition(RAW_FILES_PARTITIONS, key)
        report.removed.append(key)
        print(f"removed     {key} (file no longer in the raw folder)", file=out)
    # Files run in batches: one run per batch pays Dagster's start-up once for many files
    # (the per-file assets process every partition of their run together).
    all_keys = instance.get_dynamic_partitions(RAW_FILES_PARTITIONS)
    order = [k for k in all_keys if k in set(present)]
    # Parallel batch runs are for the in-process executor; other executors bring their own workers.
    parallel = len(order) >= PARALLEL_FROM_FILES and settings.executor_name() == "in_process"
    workers = settings.parallel_runs() if parallel else 1
    size = balanced_batch_size(len(order), settings.batch_files(), workers)
    batches = contiguous_batches(all_keys, order, size)
    done = 0
    for batch, (success, error, took) in zip(batches, _run_batches(batches, workers), strict=True):
        if not success:
            for key in batch:
                report.failed[key] = error
            print(f"[{done + 1}-{done + len(batch)}/{len(order)}]  FAILED ({took:.1f}s): {error}", file=out)
        else:
            report.succeeded.extend(batch)
            if len(batch) <= PER_FILE_LINES and workers == 1:
                width = len(str(len(order)))
                for i, key in enumerate(batch, start=done + 1):
                    print(f"[{i:>{width}}/{len(order)}] {key}  {_file_line(key)}", file=out)
                print(f"  ({len(batch)} file{'s' if len(batch) > 1 else ''} in {took:.1f}s)", file=out)
            else:
                print(f"[{done + 1}-{done + len(batch)}/{len(order)}] ok ({took:.1f}s)", file=out)
        out.flush()
        done += len(batch)

    if not present and not gone and published_is_current():
        print(NOTHING_CHANGED, file=out)
        return report
    started = time.monotonic()
    result = execute("resolve_corpus", instance, run_config=allow_removals_config() if allow_removals else None)
    if result.success:
        print(f"whole corpus: entities resolved, warehouse published ({time.monotonic() - started:.1f}s)", file=out)
    else:
        report.failed["resolve_corpus"] = _first_failure(result)
        print(f"whole corpus: FAILED: {report.failed['resolve_corpus']}", file=out)
    return report


def _file_line(doc_id: str) -> str:
    from pipeline import settings

    found = readers.document_status(settings.working_path(), doc_id)
    if found is None:
        return ""
    status, reason, n_articles = found
    line = f"{status}  {n_articles} articles"
    return f"{line}  [{reason}]" if reason else line
