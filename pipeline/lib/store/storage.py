"""Full disks and read-only folders, said in one line; temporary files that never outlive a run.

A write that fails for want of space or permission surfaces from DuckDB, polars or the standard
library with messages of their own ("IO Error: Could not write file ...: No space left on
device"). `storage_problem` turns any of them into the line an operator needs: which folder, what
is wrong, and for a full disk about how much more room the warehouse needs.
"""

from __future__ import annotations

import errno
import math
import os
import re
import shutil
from pathlib import Path

MB = 1024 * 1024

# What each errno says, and how DuckDB and others spell it in their messages.
_KINDS = (
    ("no space left on device", (errno.ENOSPC, errno.EDQUOT), ("no space left on device", "disk quota exceeded")),
    ("file size limit reached", (errno.EFBIG,), ("file too large",)),
    ("read-only", (errno.EROFS, errno.EACCES, errno.EPERM), ("read-only file system", "permission denied")),
)


class WarehouseStorageError(OSError):
    """The warehouse folder cannot take a write: full, over a size limit, or read-only."""


def _kind(err: BaseException | None) -> str | None:
    """Which of `_KINDS` the error, or any error it was raised from, is; None for other errors."""
    while err is not None:
        code, text = getattr(err, "errno", None), str(err).lower()
        for kind, codes, phrases in _KINDS:
            if code in codes or any(phrase in text for phrase in phrases):
                return kind
        err = err.__cause__ or err.__context__
    return None


def room_for_a_run(working: Path) -> int:
    """About the free space a run needs: a publish writes one more copy of the working file beside
    it, and the working file grows as it is written (a tenth, as headroom); a megabyte at least."""
    size = working.stat().st_size if working.exists() else 0
    return max(MB, int(size * 1.1))


def needed_bytes(working: Path, folder: Path) -> int:
    """About how much more room the warehouse folder needs than it has (a megabyte at least)."""
    free = shutil.disk_usage(folder).free if folder.exists() else 0
    return max(MB, room_for_a_run(working) - free)


def storage_problem(err: BaseException, folder: Path, working: Path | None = None) -> str | None:
    """One line saying what `err` means for the warehouse folder, or None when it is not a
    matter of space or permission."""
    kind = _kind(err)
    if kind is None:
        return None
    if kind == "read-only":
        return f"warehouse folder {folder} is read-only (the pipeline writes its working file and snapshot there)"
    needs = math.ceil(needed_bytes(working or folder / ".work" / "warehouse.duckdb", folder) / MB)
    return f"warehouse folder {folder}: {kind} (needs about {needs} MB more)"


def check_writable(folder: Path) -> str | None:
    """Try to create a file in `folder` (and create the folder): the one reliable test, for root
    too, of a read-only mount. Returns the problem in one line, or None."""
    probe = folder / f".write-check.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
    except OSError as err:
        return storage_problem(err, folder) or f"warehouse folder {folder} cannot be written: {err.strerror or err}"
    finally:
        try:
            probe.unlink(missing_ok=True)
        except OSError:
            pass
    return None


# `.<name>.<pid>.tmp` and `.<name>.<pid>.<what>.tmp`: the temporary files this project writes.
_TEMP_NAME = re.compile(r"^\..+\.(?P<pid>\d+)(?:\.[\w-]+)?\.tmp$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_temp_files(*folders: Path) -> list[Path]:
    """Remove temporary files left by processes that no longer run (a run killed, or stopped by a
    full disk, before its `finally`); files of live processes are theirs. Returns what was removed."""
    removed = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = _TEMP_NAME.match(path.name)
            if match and path.is_file() and not _alive(int(match.group("pid"))):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed
