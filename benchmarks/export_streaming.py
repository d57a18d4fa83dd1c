"""Memory and speed of reading a large JSON Lines export: streamed, one chunk of records at a time.

    uv run python benchmarks/export_streaming.py                     # 10,000 and 100,000 records
    uv run python benchmarks/export_streaming.py --sizes 2000 100000

For each size it writes a seeded synthetic export (tests/exports.py: short made-up wire items, a
third of them hard-wrapped, every 500th record broken) and measures, each in a fresh process:

* the pure core (`pipeline.lib.text.exports.spill_export`: read, split and reflow, validate, spill to
  Parquet), then the write of those files into a new DuckDB warehouse
  (`replace_document_rows_from_parquet`): seconds and the peak resident memory (ru_maxrss) after
  each phase, over the process before them (imports done);
* the ingest assets (`raw_documents`, `split_articles`) through Dagster, as `pipeline run` runs one
  file: seconds and peak memory.

Memory that stays flat from 10k to 100k records is what streaming means. For contrast it also prints
what merely holding the file as a Python list of dicts would take (tracemalloc peak of
`[json.loads(line) for line in file]`).

Not part of the test suite: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIB = 1024 * 1024


def _peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def run_core(n_records: int, workdir: Path) -> dict:
    """In this process: the streaming core, then the DuckDB write, each with its peak memory."""
    import duckdb

    from pipeline.lib.store.tables import utc_now
    from pipeline.lib.store.warehouse import ensure_schema, replace_document_rows_from_parquet
    from pipeline.lib.text.exports import spill_export
    from pipeline.lib.text.records import RecordFields
    from tests.exports import write_export

    export = workdir / "feed.jsonl"
    write_export(export, n_records)
    (workdir / "spill").mkdir()
    before = _peak_rss_mib()
    start = time.perf_counter()
    with export.open("rb") as stream:
        spilled = spill_export(
            stream, fmt="jsonl", encoding="utf-8", fields=RecordFields(), doc_id="feed.jsonl",
            file_name="feed.jsonl", folder=workdir / "spill", detected_at=utc_now,
        )  # fmt: skip
    core_seconds, core_peak = time.perf_counter() - start, _peak_rss_mib()
    start = time.perf_counter()
    con = duckdb.connect(str(workdir / "warehouse.duckdb"))
    ensure_schema(con)
    replace_document_rows_from_parquet(con, "feed.jsonl", spilled.files)
    n_articles, n_paragraphs = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM paragraphs)"
    ).fetchone()
    return {
        "file_mib": export.stat().st_size / MIB,
        "articles": n_articles,
        "paragraphs": n_paragraphs,
        "quarantined": spilled.n_quarantined,
        "rss_before": before,
        "core_seconds": core_seconds,
        "core_peak": core_peak,
        "write_seconds": time.perf_counter() - start,
        "write_peak": _peak_rss_mib(),
    }


def run_asset(n_records: int, workdir: Path) -> dict:
    """In this process: the ingest assets on the export, through Dagster."""
    raw, warehouse = workdir / "raw", workdir / "warehouse"
    raw.mkdir(parents=True)
    os.environ["PIPELINE_RAW_DIR"], os.environ["PIPELINE_WAREHOUSE_DIR"] = str(raw), str(warehouse)
    import dagster as dg

    from pipeline.definitions import ASSETS, CHECKS
    from pipeline.defs.partitions import RAW_FILES_PARTITIONS
    from pipeline.defs.resources import WarehouseResource, project_resources
    from tests.exports import write_export

    write_export(raw / "feed.jsonl", n_records)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, ["feed.jsonl"])
        before = _peak_rss_mib()
        start = time.perf_counter()
        result = dg.materialize(
            [*ASSETS, *CHECKS],
            selection=dg.AssetSelection.groups("ingest"),
            partition_key="feed.jsonl",
            instance=instance,
            resources=project_resources(WarehouseResource(directory=str(warehouse))),
        )
        assert result.success
        seconds = time.perf_counter() - start
    return {"asset_seconds": seconds, "asset_before": before, "asset_peak": _peak_rss_mib()}


def list_of_dicts_mib(path: Path) -> float:
    tracemalloc.start()
    with path.open(encoding="utf-8") as lines:
        records = []
        for line in lines:
            try:
                records.append(json.loads(line))
            except ValueError:
                pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    del records
    return peak / MIB


def _child(mode: str, n_records: int, workdir: str) -> dict:
    child = subprocess.run(
        [sys.executable, __file__, "--one", str(n_records), "--mode", mode, "--workdir", workdir],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    parser.add_argument("--mode", choices=["core", "asset"], help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        import logging

        logging.disable(logging.INFO)  # Dagster's per-event debug lines cost time, not memory
        print(json.dumps((run_core if args.mode == "core" else run_asset)(args.one, args.workdir)))
        return

    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
            row = {"records": n, **_child("core", n, tmp)}
            row["list_of_dicts"] = list_of_dicts_mib(Path(tmp) / "feed.jsonl")
        with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
            row |= _child("asset", n, tmp)
        rows.append(row)
        print(f"done: {n:,} records", file=sys.stderr)

    print("memory: peak RSS growth over the process before the phase (MiB); time in seconds")
    print(
        f"{'records':>9} {'file MiB':>8} {'articles':>8} {'quar.':>5} | {'core s':>6} {'rec/s':>6} {'core MiB':>8} | "
        f"{'write s':>7} {'+write MiB':>10} | {'asset s':>7} {'asset MiB':>9} | {'list of dicts MiB':>17}"
    )
    for r in rows:
        print(
            f"{r['records']:>9,} {r['file_mib']:>8.1f} {r['articles']:>8,} {r['quarantined']:>5,} | "
            f"{r['core_seconds']:>6.1f} {r['records'] / r['core_seconds']:>6,.0f} "
            f"{r['core_peak'] - r['rss_before']:>8.0f} | "
            f"{r['write_seconds']:>7.1f} {r['write_peak'] - r['core_peak']:>10.0f} | "
            f"{r['asset_seconds']:>7.1f} {r['asset_peak'] - r['asset_before']:>9.0f} | {r['list_of_dicts']:>17.0f}"
        )


if __name__ == "__main__":
    main()
