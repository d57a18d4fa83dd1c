"""`pipeline run`: register every raw file as a partition and materialise everything in-process.

`dagster asset materialize --select '*'` refuses dynamically partitioned assets, so this is the
one command that takes the raw folder to a complete warehouse, with progress and a summary.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import re
import sys
import time
from dataclasses import dataclass, field

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


def _ingested() -> dict[str, str]:
    """`ingest_log` of the working file: file → content hash of its last complete ingestion."""
    from pipeline import settings
    from pipeline.lib.store.ingest_log import read_ingest_log

    return read_ingest_log(settings.working_path()) or {}


def unchanged_files(keys: list[str], raw_dir, stored: dict[str, str] | None = None) -> set[str]:
    """Files whose every per-file step completed on their current content (read-only, hashes only)."""
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
    import duckdb

    from pipeline import settings

    if not settings.report_path().is_file():
        return False
    states = []
    for path in (settings.working_path(), settings.warehouse_path()):
        con = _connect_read_only(path)
        if con is None:
            return False
        try:
            states.append(sorted(con.execute("SELECT doc_id, sha256 FROM ingest_log").fetchall()))
        except duckdb.Error:
            return False
        finally:
            con.close()
    return states[0] == states[1]


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
        report = RunReport()
        print_summary(report, out)
        return report

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
    skipped = set() if force or only else unchanged_files(present, raw_dir)
    present = [key for key in present if key not in skipped]
    _print_header(out, raw_dir, len(present), len(skipped))

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
        print_summary(report, out)
        return report
    started = time.monotonic()
    result = execute("resolve_corpus", instance, run_config=allow_removals_config() if allow_removals else None)
    if result.success:
        print(f"whole corpus: entities resolved, warehouse published ({time.monotonic() - started:.1f}s)", file=out)
    else:
        report.failed["resolve_corpus"] = _first_failure(result)
        print(f"whole corpus: FAILED: {report.failed['resolve_corpus']}", file=out)
    print_summary(report, out)
    return report


def _connect_read_only(path):
    import duckdb

    if not path.exists():
        return None
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.IOException:
        return None  # another process is writing it; the summary will say what landed


def _file_line(doc_id: str) -> str:
    from pipeline import settings

    con = _connect_read_only(settings.working_path())
    if con is None:
        return ""
    try:
        status, reason, n_articles = con.execute(
            """
            SELECT d.status, d.reason, (SELECT count(*) FROM articles a WHERE a.doc_id = d.doc_id)
            FROM documents d WHERE d.doc_id = ?
            """,
            [doc_id],
        ).fetchone()
    finally:
        con.close()
    line = f"{status}  {n_articles} articles"
    return f"{line}  [{reason}]" if reason else line


def print_summary(report: RunReport, out=sys.stdout) -> None:
    from pipeline import settings

    con = _connect_read_only(settings.warehouse_path())
    print("\nSummary", file=out)
    if con is None:
        print("  no warehouse yet", file=out)
    else:
        try:
            counts = {
                t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in (
                    "documents",
                    "articles",
                    "paragraphs",
                    "sections",
                    "attributions",
                    "entity_mentions",
                    "entities",
                    "quotations",
                    "quarantine",
                )
            }
            stories = con.execute("SELECT count(*), count(*) FILTER (WHERE n_copies > 1) FROM stories").fetchone()
            event_types = con.execute(
                "SELECT event_type, count(*) FROM events GROUP BY ALL ORDER BY count(*) DESC, event_type"
            ).fetchall()
            entity_types = con.execute(
                "SELECT type, count(*) FROM entities GROUP BY ALL ORDER BY count(*) DESC"
            ).fetchall()
            by_status = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY ALL").fetchall())
            problems = con.execute(
                "SELECT file_name, status, reason FROM documents WHERE status <> 'ok' ORDER BY status DESC, file_name"
            ).fetchall()
        finally:
            con.close()
        status_text = ", ".join(f"{n} {s}" for s, n in sorted(by_status.items()))
        print(f"  files         {counts['documents']}  ({status_text or 'none'})", file=out)
        for table in ("articles", "paragraphs", "sections", "attributions"):
            print(f"  {table:<13} {counts[table]}", file=out)
        print(f"  mentions      {counts['entity_mentions']}", file=out)
        types_text = ", ".join(f"{n} {t.lower()}" for t, n in entity_types)
        print(f"  entities      {counts['entities']}  ({types_text or 'none'})", file=out)
        print(f"  stories       {stories[0]}  ({stories[1]} with more than one copy)", file=out)
        events_text = ", ".join(f"{n} {t.lower()}" for t, n in event_types)
        print(f"  events        {sum(n for _, n in event_types)}  ({events_text or 'none'})", file=out)
        print(f"  quotations    {counts['quotations']}", file=out)
        print(f"  quarantined   {counts['quarantine']} rows (see table quarantine)", file=out)
        for file_name, status, reason in problems:
            print(f"  {status:<9} {file_name}: {reason}", file=out)
    for key, error in report.failed.items():
        print(f"  FAILED    {key}: {error}", file=out)


def show_report(open_it: bool = False, out=None) -> int:
    """Print the published report's path; with `open_it`, open it in a browser when there is one."""
    from pipeline import settings

    out = out or sys.stdout

    path = settings.report_path()
    if not path.is_file():
        print(f"pipeline: no report yet at {path}: `uv run pipeline run` builds it", file=sys.stderr)
        return 1
    print(path.absolute(), file=out)
    if open_it:
        import webbrowser

        try:
            opened = webbrowser.get().open(path.absolute().as_uri())
        except webbrowser.Error:
            opened = False
        if not opened:
            print("no browser found here: open the file above in one", file=sys.stderr)
    return 0


def _start_ui(port: str) -> int:
    """Replace this process with `dagster dev` on the project's instance and workspace."""
    from pipeline import settings
    from pipeline.instance import ensure_dagster_home

    ensure_dagster_home()
    workspace = str(settings.PROJECT_ROOT / "workspace.yaml")
    os.chdir(settings.PROJECT_ROOT)
    os.execvp("dagster", ["dagster", "dev", "-w", workspace, "-h", "127.0.0.1", "-p", port])
    return 0  # not reached


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest every file in the raw folder and materialise all assets")
    run.add_argument("--raw-dir", help="raw folder (default: $PIPELINE_RAW_DIR or raw/)")
    run.add_argument("--warehouse-dir", help="warehouse folder (default: $PIPELINE_WAREHOUSE_DIR or warehouse/)")
    run.add_argument("--force", action="store_true", help="reprocess files even if their content did not change")
    run.add_argument(
        "--rebuild",
        action="store_true",
        help="start a fresh working warehouse from the raw folder, keeping the caches, the entity ids and "
        "the published snapshot (which is replaced when the rebuild publishes)",
    )
    run.add_argument(
        "--allow-removals",
        action="store_true",
        help="confirm removing files gone from the raw folder beyond PIPELINE_MAX_REMOVALS (default 20%%,50)",
    )
    run.add_argument(
        "--file",
        action="append",
        metavar="NAME",
        help="replay only this raw file (repeatable); the whole-corpus step still runs after it",
    )
    sub.add_parser("summary", help="print the warehouse summary without running anything")
    report = sub.add_parser("report", help="print the path of the HTML report (warehouse/report/index.html)")
    report.add_argument("--open", action="store_true", help="also open it in a browser, when one is present")
    sub.add_parser("doctor", help="check the installation read-only: say what is wrong and the command that fixes it")
    ui = sub.add_parser("ui", help="start the Dagster UI (dagster dev) on the project's instance")
    ui.add_argument("--port", default="3000")
    args = parser.parse_args(argv)
    if getattr(args, "rebuild", False) and args.file:
        parser.error("--rebuild replays every file; it does not combine with --file")

    if getattr(args, "raw_dir", None):
        os.environ["PIPELINE_RAW_DIR"] = args.raw_dir
    if getattr(args, "warehouse_dir", None):
        os.environ["PIPELINE_WAREHOUSE_DIR"] = args.warehouse_dir
    from pipeline import settings
    from pipeline.lib.text.rawfiles import RawFolderError

    if args.command == "doctor":  # before the settings check: bad settings are one of its findings
        from pipeline.doctor import main as doctor

        return doctor()
    bad_settings = settings.problems()
    if bad_settings:
        for line in bad_settings:
            print(f"pipeline: {line}", file=sys.stderr)
        return 1
    if args.command == "ui":
        return _start_ui(args.port)
    if args.command == "summary":
        print_summary(RunReport())
        return 0
    if args.command == "report":
        return show_report(open_it=args.open)
    try:
        report = run_all(only=args.file, force=args.force, allow_removals=args.allow_removals, rebuild=args.rebuild)
    except (CommandError, RawFolderError) as err:
        print(f"pipeline: {err}", file=sys.stderr)
        return 1
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
