"""Full disks, size limits and read-only folders in one line; stale temporary files swept."""

import errno
import os
import subprocess
import sys

import duckdb

from pipeline.lib.store.storage import check_writable, storage_problem, sweep_stale_temp_files


def test_errors_are_named_by_what_they_mean_for_the_folder(tmp_path):
    full = storage_problem(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert full.startswith(f"warehouse folder {tmp_path}: no space left on device (needs about ")
    duck = duckdb.IOException('IO Error: Could not write file "x.duckdb": No space left on device')
    assert "no space left on device" in storage_problem(duck, tmp_path)
    assert "file size limit reached" in storage_problem(OSError(errno.EFBIG, "File too large"), tmp_path)
    read_only = storage_problem(OSError(errno.EROFS, "Read-only file system"), tmp_path)
    assert read_only.startswith(f"warehouse folder {tmp_path} is read-only")
    assert storage_problem(ValueError("a bug"), tmp_path) is None
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("wrapped") from inner
    except RuntimeError as outer:
        assert "no space left" in storage_problem(outer, tmp_path)


def test_the_estimate_covers_one_more_copy_of_the_working_file(tmp_path):
    working = tmp_path / ".work" / "warehouse.duckdb"
    working.parent.mkdir()
    working.write_bytes(b"\0" * 1024)
    assert "(needs about 1 MB more)" in storage_problem(OSError(errno.ENOSPC, "full"), tmp_path, working)


def test_check_writable_creates_the_folder_and_leaves_nothing(tmp_path):
    assert check_writable(tmp_path / "new" / "warehouse") is None
    assert list((tmp_path / "new" / "warehouse").iterdir()) == []


def test_only_temporary_files_of_dead_processes_are_swept(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".ingested.json.{dead_pid}.tmp"
    stale_restore = tmp_path / f".warehouse.duckdb.{dead_pid}.restore.tmp"
    live = tmp_path / f".warehouse.duckdb.{os.getpid()}.tmp"
    other = tmp_path / "notes.tmp"
    for path in (stale, stale_restore, live, other):
        path.write_text("x")
    assert sorted(sweep_stale_temp_files(tmp_path, tmp_path / "absent")) == sorted([stale, stale_restore])
    assert live.exists() and other.exists()
