"""Publishing: analysts read a complete snapshot, never the file the pipeline is writing.

Writers work on a private DuckDB file (`<warehouse>/.work/warehouse.duckdb`). When a run has
brought the whole corpus up to date, the working file is checkpointed, copied next to the
published file and moved over it with an atomic rename. A reader that already has the published
file open keeps reading the old snapshot (on POSIX the old inode lives on until it is closed);
a reader that opens it afterwards sees the new one; nobody ever sees half a run, and a writer
never waits for, or fails because of, an analyst's read-only session. A run killed at any point
leaves the published file as it was: the rename is the only step that changes it.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import duckdb


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_copy(source: Path, target: Path) -> None:
    """Copy `source` over `target` so that `target` is always either the old or the new file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with source.open("rb") as src, tmp.open("wb") as dst:
            shutil.copyfileobj(src, dst, length=1024 * 1024)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        tmp.unlink(missing_ok=True)


def publish_database(working: Path, published: Path) -> int:
    """Checkpoint the working database and publish a copy of it; returns the published size."""
    con = duckdb.connect(str(working))
    try:
        con.execute("CHECKPOINT")
    finally:
        con.close()
    atomic_copy(working, published)
    return published.stat().st_size


MARTS_LINK = "marts"
REPORT_LINK = "report"


def publish_folder(staging: Path, warehouse_dir: Path, link_name: str, keep: int = 2) -> Path:
    """Move a complete staged folder into place with one atomic symlink swap.

    `warehouse/<link_name>` is a symlink to `.<link_name>-<n>`; readers resolving it get a whole
    set of files, old or new. The previous set is kept (a reader may still be in it); older ones
    are removed.
    """
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    target = warehouse_dir / f".{link_name}-{time.time_ns()}"
    os.rename(staging, target)
    link = warehouse_dir / link_name
    if link.exists() and not link.is_symlink():
        os.rename(link, warehouse_dir / f".{link_name}-{time.time_ns()}-old")  # a folder from before symlinks
    tmp = warehouse_dir / f".{link_name}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(target.name, tmp)
    os.replace(tmp, link)
    _fsync_dir(warehouse_dir)
    sets = sorted(p for p in warehouse_dir.glob(f".{link_name}-*") if p.is_dir())
    for old in sets[:-keep]:
        shutil.rmtree(old, ignore_errors=True)
    return target


def publish_marts(staging: Path, warehouse_dir: Path, keep: int = 2) -> Path:
    """The staged marts (Parquet files) into `warehouse/marts`, atomically."""
    return publish_folder(staging, warehouse_dir, MARTS_LINK, keep)


def publish_report(staging: Path, warehouse_dir: Path, keep: int = 2) -> Path:
    """The staged report (`index.html`) into `warehouse/report`, atomically."""
    return publish_folder(staging, warehouse_dir, REPORT_LINK, keep)


def export_snapshot(published: Path, marts_dir: Path | None, url: str, report_dir: Path | None = None) -> list[str]:
    """Copy a published snapshot to an fsspec location (`s3://bucket/news`, `file:///…`):
    the marts and the report first, then the database, so a reader that finds the new database
    finds its marts.
    Object stores replace each object whole; returns the URLs written."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    root = root.rstrip("/")
    fs.makedirs(f"{root}/marts", exist_ok=True)
    written = []
    marts = sorted(marts_dir.glob("*.parquet")) if marts_dir and marts_dir.is_dir() else []
    for mart in marts:
        fs.put_file(str(mart), f"{root}/marts/{mart.name}")
        written.append(f"{root}/marts/{mart.name}")
    page = report_dir / "index.html" if report_dir else None
    if page and page.is_file():
        fs.makedirs(f"{root}/report", exist_ok=True)
        fs.put_file(str(page), f"{root}/report/index.html")
        written.append(f"{root}/report/index.html")
    fs.put_file(str(published), f"{root}/{published.name}")
    written.append(f"{root}/{published.name}")
    return [fs.unstrip_protocol(path) for path in written]
