"""A damaged working file heals itself from the published snapshot.

The working file (`.work/warehouse.duckdb`) is the pipeline's private copy; the published snapshot
beside it is a complete copy of the working file as of the last good whole-corpus run, caches and
`ingest_log` included. When DuckDB cannot read the working file (a crash of the disk, a bad copy,
a truncation), it is moved aside as `warehouse.duckdb.damaged-<UTC time>` (with its write-ahead
log, which must never be replayed into another database), and replaced by a copy of the snapshot.
The usual `ingest_log` logic then replays only the files whose content changed since. Without a
readable snapshot the working file is started afresh and every file is replayed from `raw/`.

A file that is merely locked by another writer, or a folder that is full or read-only, is not
damage: those errors are left to their callers.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

HEAL_RECORD = "healed.json"  # beside the working file: the sensor rereads the folder after a heal or rebuild

# What DuckDB says of a file it cannot make sense of (as opposed to one that is busy or unwritable).
_DAMAGE_SIGNS = (
    "not a valid duckdb database file",
    "could not read enough bytes",
    "corrupt",
    "checksum",
    "invalid block",
    "failed to load metadata",
    "serialization error",
    "out of range",
)


def is_damage(err: BaseException) -> bool:
    """True for an error that means the database file itself is unreadable."""
    if isinstance(err, duckdb.SerializationException | duckdb.InternalException):
        return True
    text = str(err).lower()
    return isinstance(err, duckdb.Error) and any(sign in text for sign in _DAMAGE_SIGNS)


def first_line(err: BaseException) -> str:
    return str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__


HEADER_BYTES = 3 * 4096  # DuckDB's file header and its two database headers, before the first block


def truncation_of(con: duckdb.DuckDBPyConnection, path: Path) -> str | None:
    """A cut-off database file, found from its own header in microseconds: the header counts the
    blocks the file holds, and a truncated file is shorter than they need. (DuckDB opens such a
    file without complaint and fails later, mid-query, on the first missing block.) Skipped while
    a write-ahead log exists: its changes may extend the file beyond what is on disk."""
    if path.with_name(path.name + ".wal").exists():
        return None
    block_size, total_blocks = con.execute("SELECT block_size, total_blocks FROM pragma_database_size()").fetchone()
    expected, size = HEADER_BYTES + total_blocks * block_size, path.stat().st_size
    if size < expected:
        return f"the file is {size:,} bytes but its header counts {total_blocks} blocks ({expected:,} bytes): truncated"
    return None


def damage_of(path: Path, thorough: bool = False) -> str | None:
    """DuckDB's reason when `path` exists and cannot be read as a database; None when it reads
    (or is absent, or is only locked by another process). `thorough` reads every row of every
    table, so a damaged block anywhere is found (seconds on a large warehouse); otherwise the
    header, the catalogue and the file's length are checked (milliseconds)."""
    if not path.exists():
        return None
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as err:
        return first_line(err) if is_damage(err) else None
    try:
        tables = [
            t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()
        ]
        if problem := truncation_of(con, path):
            return problem
        for table in tables if thorough else ():
            con.execute(f'SELECT max(hash(t)) FROM "{table}" t').fetchone()  # hashing the row reads every column
    except duckdb.Error as err:
        return first_line(err) if is_damage(err) else None
    finally:
        con.close()
    return None


def snapshot_files(path: Path) -> int | None:
    """Files recorded in a readable snapshot's `ingest_log`; None when the snapshot is unusable."""
    from pipeline.lib.store.ingest_log import read_ingest_log

    if not path.exists() or damage_of(path, thorough=True):
        return None
    log = read_ingest_log(path)
    return None if log is None else len(log)


@dataclass(frozen=True)
class Heal:
    working: Path
    aside: Path
    problem: str
    restored_files: int | None  # files of the snapshot it was restored from; None: rebuilt from raw/

    @property
    def message(self) -> str:
        done = (
            f"restored from the published snapshot ({self.restored_files} files); files changed since are replayed"
            if self.restored_files is not None
            else "no readable published snapshot: every file is replayed from the raw folder"
        )
        return f"working file {self.working} was damaged ({self.problem}); moved aside as {self.aside.name}; {done}"


def _aside_name(working: Path, now: dt.datetime) -> Path:
    stamp = now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = working.with_name(f"{working.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = working.with_name(f"{working.name}.damaged-{stamp}-{n}")
    return aside


@contextmanager
def _heal_lock(working: Path):
    """One healer at a time: two writers that find the file damaged at once heal it once."""
    with open(working.with_name(".heal.lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def heal_working_file(
    working: Path, published: Path, now: dt.datetime | None = None, thorough: bool = False
) -> Heal | None:
    """Move a damaged working file aside and restore it from the published snapshot; None when
    the working file is absent or readable. Call it before opening the working file for writing."""
    if not working.exists():
        return None
    with _heal_lock(working):
        problem = damage_of(working, thorough)  # under the lock: another process may have healed it
        if problem is None:
            return None
        now = now or dt.datetime.now(dt.UTC)
        aside = _aside_name(working, now)
        restored = snapshot_files(published)
        # The copy is made first, so the working path is missing only between two renames: a writer
        # opening it meanwhile would otherwise create an empty database there.
        staged = working.with_name(f".{working.name}.{os.getpid()}.restore.tmp")
        try:
            if restored is not None:
                shutil.copyfile(published, staged)
            os.replace(working, aside)
            wal = working.with_name(working.name + ".wal")
            if wal.exists():  # a log of the damaged file must never be replayed into the restored one
                os.replace(wal, aside.with_name(aside.name + ".wal"))
            if restored is not None:
                os.replace(staged, working)
        finally:
            staged.unlink(missing_ok=True)
    heal = Heal(working, aside, problem, restored)
    _mark_replaced(working, now, heal.message)
    return heal


def _mark_replaced(working: Path, now: dt.datetime, message: str) -> None:
    """After the working file was replaced, the sensor's copy of `ingest_log` must describe the new
    file, and the record of the replacement tells the sensor to look at every raw file again."""
    from pipeline.lib.store.warehouse import INGEST_MANIFEST, write_ingest_manifest

    manifest = working.with_name(INGEST_MANIFEST)
    con = duckdb.connect(str(working), read_only=True) if working.exists() else None
    try:
        has_log = (
            con is not None
            and con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ingest_log'").fetchone()[0]
        )
        if has_log:
            write_ingest_manifest(con, manifest)
        else:
            manifest.unlink(missing_ok=True)  # nothing ingested yet
    finally:
        if con is not None:
            con.close()
    working.with_name(HEAL_RECORD).write_text(json.dumps({"at": now.isoformat(), "message": message}))


def last_heal_id(working: Path) -> str | None:
    """An id of the last heal of this working file (its time), for the sensor; None if never healed."""
    try:
        return json.loads(working.with_name(HEAL_RECORD).read_text())["at"]
    except (OSError, ValueError, KeyError):
        return None


# What a rebuild keeps: results keyed by content (a paragraph parsed before is not parsed again) and
# the member keys that give entities and stories their ids (so one that survives keeps its id).
CARRIED_TABLES = ("ner_cache", "parse_cache", "entity_registry", "minhash_cache", "story_registry")


@dataclass(frozen=True)
class Rebuild:
    source: Path | None  # where the carried tables came from; None: nothing readable to carry
    carried: dict[str, int]  # table → rows carried

    @property
    def message(self) -> str:
        if self.source is None:
            return "fresh working file; no readable working file or snapshot to carry caches from"
        kept = ", ".join(f"{table} {rows:,} rows" for table, rows in self.carried.items())
        return f"fresh working file, keeping from {self.source.name}: {kept or 'nothing'}"


def start_fresh_working_file(working: Path, published: Path) -> Rebuild:
    """Replace the working file with an empty one that keeps only `CARRIED_TABLES`, taken from
    the working file when it reads, else from the published snapshot. The published snapshot is
    not touched: analysts keep it until the rebuild publishes."""
    source = next((p for p in (working, published) if p.exists() and damage_of(p, thorough=True) is None), None)
    working.parent.mkdir(parents=True, exist_ok=True)
    fresh = working.with_name(f".{working.name}.{os.getpid()}.rebuild.tmp")
    fresh.unlink(missing_ok=True)
    carried: dict[str, int] = {}
    try:
        con = duckdb.connect(str(fresh))
        try:
            if source is not None:
                quoted = str(source).replace("'", "''")  # ATTACH takes no parameters
                con.execute(f"ATTACH '{quoted}' AS previous (READ_ONLY)")
                present = {
                    t
                    for (t,) in con.execute(
                        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'previous'"
                    ).fetchall()
                }
                for table in CARRIED_TABLES:
                    if table in present:
                        con.execute(f"CREATE TABLE {table} AS SELECT * FROM previous.{table}")
                        carried[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                con.execute("DETACH previous")
        finally:
            con.close()
        for old in (working.with_name(working.name + ".wal"), working):
            old.unlink(missing_ok=True)
        os.replace(fresh, working)
    finally:
        fresh.unlink(missing_ok=True)
    rebuild = Rebuild(source, carried)
    _mark_replaced(working, dt.datetime.now(dt.UTC), rebuild.message)
    return rebuild
