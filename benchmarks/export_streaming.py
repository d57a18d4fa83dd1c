"""Memory and speed of reading a large JSON Lines export: streamed, one chunk of records at a time.

    uv run python benchmarks/export_streaming.py                     # 10,000 and 100,000 records
    uv run python benchmarks/export_streaming.py --sizes 2000 100000

For each size it writes a seeded synthetic export (tests/exports.py: short made-up wire items, a
third of them hard-wrapped, every 500th record broken) and, in a fresh process, materialises the
ingest assets (`raw_documents`, `split_articles`) on it through Dagster into a new DuckDB warehouse,
as `pipeline run` does for one file. It prints per size: the file's size, records per second, the
peak resident memory of that process (ru_maxrss) and its growth over the same process before the
run (imports done, Dagster instance up). Memory that stays flat from 10k to 100k records is what
streaming means; for contrast it also prints what merely holding the same file as a Python list of
dicts would take (tracemalloc peak of `[json.loads(line) for line in file]`).

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


def run_one(n_records: int, workdir: Path) -> dict:
    """In this process: write the export, then materialise the ingest assets on it."""
    raw, warehouse = workdir / "raw", workdir / "warehouse"
    raw.mkdir(parents=True)
    os.environ["PIPELINE_RAW_DIR"], os.environ["PIPELINE_WAREHOUSE_DIR"] = str(raw), str(warehouse)
    import dagster as dg

    from pipeline.definitions import ASSETS, CHECKS
    from pipeline.defs.partitions import RAW_FILES_PARTITIONS
    from pipeline.defs.resources import WarehouseResource
    from tests.exports import write_export

    counts = write_export(raw / "feed.jsonl", n_records)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, ["feed.jsonl"])
        before = _peak_rss_mib()
        start = time.perf_counter()
        result = dg.materialize(
            [*ASSETS, *CHECKS],
            selection=dg.AssetSelection.groups("ingest"),
            partition_key="feed.jsonl",
            instance=instance,
            resources={"warehouse": WarehouseResource(directory=str(warehouse))},
        )
        seconds = time.perf_counter() - start
    import duckdb

    con = duckdb.connect(str(warehouse / ".work" / "warehouse.duckdb"), read_only=True)
    n_articles, n_quarantined = con.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quarantine)"
    ).fetchone()
    return {
        "records": n_records,
        "good": counts["good"],
        "articles": n_articles,
        "quarantined": n_quarantined,
        "success": result.success,
        "file_mib": (raw / "feed.jsonl").stat().st_size / MIB,
        "seconds": seconds,
        "rss_before_mib": before,
        "rss_peak_mib": _peak_rss_mib(),
    }


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        import logging

        logging.disable(logging.INFO)  # Dagster's per-event debug lines cost time, not memory
        print(json.dumps(run_one(args.one, args.workdir)))
        return

    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
            child = subprocess.run(
                [sys.executable, __file__, "--one", str(n), "--workdir", tmp],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            )
            row = json.loads(child.stdout.strip().splitlines()[-1])
            row["list_of_dicts_mib"] = list_of_dicts_mib(Path(tmp) / "raw" / "feed.jsonl")
        rows.append(row)
        print(f"done: {n:,} records", file=sys.stderr)

    print(
        f"{'records':>9} {'file MiB':>9} {'articles':>9} {'quarant.':>9} {'seconds':>8} {'rec/s':>7} "
        f"{'RSS before':>11} {'RSS peak':>9} {'growth':>7} {'list of dicts':>14}"
    )
    for r in rows:
        print(
            f"{r['records']:>9,} {r['file_mib']:>9.1f} {r['articles']:>9,} {r['quarantined']:>9,} {r['seconds']:>8.1f} "
            f"{r['records'] / r['seconds']:>7,.0f} {r['rss_before_mib']:>9.0f}Mi {r['rss_peak_mib']:>7.0f}Mi "
            f"{r['rss_peak_mib'] - r['rss_before_mib']:>5.0f}Mi {r['list_of_dicts_mib']:>12.0f}Mi"
        )


if __name__ == "__main__":
    main()
