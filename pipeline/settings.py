"""Paths and options from the environment, read when asked (tests change them per test)."""

from __future__ import annotations

import os
from pathlib import Path

from upath import UPath

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser().resolve() if value else default


def _is_url(value: str | None) -> bool:
    return bool(value) and "://" in value


def raw_dir() -> Path | UPath:
    """PIPELINE_RAW_DIR: the folder of raw text files (default `raw/`): a local path, or an fsspec
    URL (`s3://bucket/raw`, `gs://…`, `file:///…`) read through universal-pathlib."""
    value = os.environ.get("PIPELINE_RAW_DIR")
    if _is_url(value):
        return UPath(value)
    return _path("PIPELINE_RAW_DIR", PROJECT_ROOT / "raw")


def warehouse_dir() -> Path:
    """PIPELINE_WAREHOUSE_DIR: where the DuckDB file and the marts live (default `warehouse/`).

    A local or mounted folder: DuckDB writes its file in place, with a lock, which object stores
    cannot offer. Copies for readers elsewhere go to PIPELINE_PUBLISH_URL."""
    value = os.environ.get("PIPELINE_WAREHOUSE_DIR")
    if _is_url(value):
        raise ValueError(
            f"PIPELINE_WAREHOUSE_DIR={value}: the warehouse is a DuckDB file the pipeline writes in place, "
            "which needs a local or mounted folder; set PIPELINE_PUBLISH_URL to copy each published "
            "snapshot and its marts to object storage"
        )
    return _path("PIPELINE_WAREHOUSE_DIR", PROJECT_ROOT / "warehouse")


def publish_url() -> str | None:
    """PIPELINE_PUBLISH_URL: an fsspec URL (`s3://bucket/news`) that receives a copy of every
    published snapshot: `warehouse.duckdb` and `marts/<mart>.parquet`. Unset: no copy."""
    return os.environ.get("PIPELINE_PUBLISH_URL") or None


def warehouse_path() -> Path:
    """The published warehouse analysts open (a complete snapshot, replaced atomically)."""
    return warehouse_dir() / "warehouse.duckdb"


def working_path() -> Path:
    """The private file the pipeline writes; never opened by analysts."""
    return warehouse_dir() / ".work" / "warehouse.duckdb"


def lock_timeout_seconds() -> float:
    """How long a writer waits for another writer's lock on the working file before failing."""
    return float(os.environ.get("PIPELINE_LOCK_TIMEOUT", 120))


def dagster_home() -> Path:
    """DAGSTER_HOME: the Dagster instance (runs, partitions, sensor cursors); default `.dagster_home/`."""
    return _path("DAGSTER_HOME", PROJECT_ROOT / ".dagster_home")


def max_file_bytes() -> int:
    return int(os.environ.get("PIPELINE_MAX_FILE_BYTES", 50_000_000))


def max_line_chars() -> int:
    return int(os.environ.get("PIPELINE_MAX_LINE_CHARS", 100_000))


def spacy_model() -> str:
    """PIPELINE_SPACY_MODEL: the installed spaCy pipeline used for NER (default: en_core_web_sm 3.8.0)."""
    from pipeline.lib.mentions import DEFAULT_MODEL

    return os.environ.get("PIPELINE_SPACY_MODEL", DEFAULT_MODEL)


def ner_batch_size() -> int:
    return int(os.environ.get("PIPELINE_NER_BATCH_SIZE", 64))


def sensor_interval_seconds() -> int:
    """PIPELINE_SENSOR_INTERVAL: seconds between two looks at the raw folder."""
    return int(os.environ.get("PIPELINE_SENSOR_INTERVAL", 30))


def settle_seconds() -> float:
    """PIPELINE_SETTLE_SECONDS: a file modified more recently than this may still be being written."""
    return float(os.environ.get("PIPELINE_SETTLE_SECONDS", 10))


EXECUTORS = ("in_process", "multiprocess", "dask")


def executor_name() -> str:
    """PIPELINE_EXECUTOR: `in_process` (default; a step costs ~0.4 s), `multiprocess` (a process
    per step, 4-7 s a step here) or `dask` (steps run on a Dask cluster)."""
    name = os.environ.get("PIPELINE_EXECUTOR", "in_process")
    if name not in EXECUTORS:
        raise ValueError(f"PIPELINE_EXECUTOR={name!r}: expected one of {', '.join(EXECUTORS)}")
    return name


def dask_scheduler() -> str | None:
    """PIPELINE_DASK_SCHEDULER: address of a running Dask scheduler (`tcp://host:8786`); unset,
    the Dask executor starts a local cluster of PIPELINE_DASK_WORKERS worker processes."""
    return os.environ.get("PIPELINE_DASK_SCHEDULER") or None


def dask_workers() -> int:
    return max(1, int(os.environ.get("PIPELINE_DASK_WORKERS", 2)))


MIN_TEXTS_FOR_TWO_PROCESSES = 500


def ner_processes(n_texts: int) -> int:
    """PIPELINE_NER_PROCESSES: processes for `nlp.pipe` (default `auto`: every core once there are
    enough paragraphs (500) to pay for starting the workers, else one)."""
    value = os.environ.get("PIPELINE_NER_PROCESSES", "auto")
    if value != "auto":
        return max(1, int(value))
    # Measured here: two processes parse 500 BBC paragraphs 1.6x faster than one (2.3 s, 3.8 s).
    return min(os.cpu_count() or 1, 2) if n_texts >= MIN_TEXTS_FOR_TWO_PROCESSES else 1


def batch_files() -> int:
    """PIPELINE_BATCH_FILES: raw files per run of `pipeline run` (default 250)."""
    return max(1, int(os.environ.get("PIPELINE_BATCH_FILES", 250)))


def parallel_runs() -> int:
    """PIPELINE_PARALLEL_RUNS: batch runs `pipeline run` keeps going at once, each in its own
    process (default: one per core, at most 2); 1 runs batches one after another."""
    value = os.environ.get("PIPELINE_PARALLEL_RUNS")
    return max(1, int(value)) if value else min(os.cpu_count() or 1, 2)
