"""The non-model stages (ingest, split, dates) run directly on a corpus, without Dagster or DuckDB:
their time, their profile, and their output tables, to prove a faster version writes the same rows.

    uv run python benchmarks/nonmodel_stages.py --corpus ../shared/corpora/bbc            # times
    uv run python benchmarks/nonmodel_stages.py --corpus ../shared/corpora/bbc --profile 25
    uv run python benchmarks/nonmodel_stages.py --corpus ../shared/corpora/bbc --dump /tmp/bbc-before
    uv run python benchmarks/nonmodel_stages.py --corpus ../shared/corpora/bbc --compare /tmp/bbc-before

The stages call the same functions as the assets (`pipeline.defs.ingest`, `resolve_dates`), in
the same order, on the same file names the throughput benchmark gives the corpus's files
(`business/001.txt` → `business-001.txt`); the files are copied with their modification times, so
the reference dates (from mtime) stay the same from one run to the next. `--dump` writes every
table (documents, articles, paragraphs, sections, attributions, date_mentions, article_dates,
quarantine) as Parquet; `--compare` fails, naming the table and the first differing row, unless
the tables are equal (wall-clock columns `ingested_at` and `detected_at` aside).

Each stage is timed in wall and CPU seconds (`time.process_time`, which the other processes on a
shared machine do not inflate); validation (pandera) is its own line, as in the throughput
benchmark, where it is counted apart from the stages.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.throughput import corpus_files  # noqa: E402  (the same files the throughput run reads)
from pipeline.lib.events.extraction import date_tables, split_date_tables  # noqa: E402
from pipeline.lib.store.tables import (  # noqa: E402
    document_frames,
    split_documents,
    split_valid,
    utc_now,
)
from pipeline.lib.text.rawfiles import list_raw_files  # noqa: E402

WALL_CLOCK_COLUMNS = ("ingested_at", "detected_at")


def prepare_raw(corpus: Path, raw: Path, limit: int | None) -> Path:
    """Copy the corpus's files (mtime kept) under the throughput benchmark's flat names."""
    raw.mkdir(parents=True, exist_ok=True)
    files = corpus_files(corpus)
    for path in files[:limit] if limit else files:
        name = "-".join(path.relative_to(corpus).parts) if path.parent != corpus else path.name
        shutil.copy2(path, raw / name)
        sidecar = path.with_name(path.name + ".meta.json")
        if sidecar.exists():
            shutil.copy2(sidecar, raw / (name + ".meta.json"))
    return raw


class Timer:
    def __init__(self, profile: int | None):
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.profile = profile
        self.profiles: dict[str, str] = {}

    @contextmanager
    def stage(self, name: str):
        profiler = cProfile.Profile() if self.profile else None
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        try:
            yield
        finally:
            if profiler:
                profiler.disable()
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - cpu
            if profiler:
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(self.profile)
                self.profiles[name] = out.getvalue()


def run_stages(raw: Path, timer: Timer) -> dict[str, pl.DataFrame]:
    now = utc_now()
    files = list_raw_files(raw)
    with timer.stage("ingest (read, decode)"):
        documents = document_frames([(f.partition_key, f) for f in files], raw)
    with timer.stage("validation"):
        from pipeline.lib.store.schemas import Documents

        Documents.validate(documents, lazy=True)
    with timer.stage("split"):
        tables, warnings = split_documents(documents)
    with timer.stage("validation"):
        valid, quarantine = split_valid(tables, now)
    with timer.stage("dates"):
        references = dict(documents.select("doc_id", "reference_date").iter_rows())
        articles = valid["articles"].select("doc_id", "article_id", "dateline_date_text")
        sections = valid["sections"].select("article_id", "section_no", "dateline_date_text")
        paragraphs = valid["paragraphs"].select("article_id", "paragraph_no", "section_no", "text")
        mentions, article_dates = date_tables(references, articles, sections, paragraphs)
    with timer.stage("validation"):
        mentions, article_dates, q_dates = split_date_tables(mentions, article_dates, now)
    return {
        "documents": documents,
        **valid,
        "date_mentions": mentions,
        "article_dates": article_dates,
        "quarantine": pl.concat([quarantine, q_dates]),
        "warnings": pl.DataFrame({"warning": warnings}, schema={"warning": pl.String}),
    }


def comparable(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.drop([c for c in WALL_CLOCK_COLUMNS if c in frame.columns])


def compare(tables: dict[str, pl.DataFrame], before: Path) -> list[str]:
    """The differences between `tables` and the dump in `before`, one line per table that differs."""
    problems = []
    for path in sorted(before.glob("*.parquet")):
        name = path.stem
        old, new = comparable(pl.read_parquet(path)), comparable(tables[name])
        if old.schema != new.schema:
            problems.append(f"{name}: columns differ: {old.schema} vs {new.schema}")
            continue
        if old.height != new.height:
            problems.append(f"{name}: {old.height} rows before, {new.height} now")
            continue
        if not old.equals(new):
            for i, (a, b) in enumerate(zip(old.iter_rows(), new.iter_rows(), strict=True)):
                if a != b:
                    problems.append(f"{name}: row {i} differs:\n  before {a}\n  now    {b}")
                    break
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "raw")
    parser.add_argument("--limit", type=int, help="only the first N files of the corpus")
    parser.add_argument("--profile", type=int, metavar="N", help="print the top N functions of each stage")
    parser.add_argument("--dump", type=Path, help="write every table as Parquet to this folder")
    parser.add_argument("--compare", type=Path, help="compare every table with a --dump folder; exit 1 if any differs")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="nonmodel-"))
    try:
        raw = prepare_raw(args.corpus.resolve(), work / "raw", args.limit)
        timer = Timer(args.profile)
        tables = run_stages(raw, timer)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    n_files = tables["documents"].height
    print(f"{args.corpus}: {n_files} files, " + ", ".join(f"{t.height} {n}" for n, t in tables.items()))
    print(f"  {'stage':<24}{'wall s':>9}{'CPU s':>9}")
    for name in timer.wall:
        print(f"  {name:<24}{timer.wall[name]:>9.2f}{timer.cpu[name]:>9.2f}")
    for name, text in timer.profiles.items():
        print(f"\n=== profile: {name}\n{text}")
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
        for name, frame in tables.items():
            frame.write_parquet(args.dump / f"{name}.parquet")
        print(f"tables written to {args.dump}")
    if args.compare:
        problems = compare(tables, args.compare)
        print("\n".join(problems) if problems else f"every table equals {args.compare}")
        if problems:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
