"""Damage detection and healing of the working file, on real DuckDB files."""

import datetime as dt
import os

import duckdb
import pytest

from pipeline.lib.store.recovery import damage_of, heal_working_file, is_damage, last_heal_id


def _database(path, rows: int = 50_000) -> None:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE ingest_log AS SELECT 'f' || i AS doc_id, md5(i::VARCHAR) AS sha256 FROM range(3) t(i)")
    con.execute(f"CREATE TABLE big AS SELECT i, md5(i::VARCHAR) AS h FROM range({rows}) t(i)")
    con.close()


@pytest.fixture
def files(tmp_path):
    work = tmp_path / ".work"
    work.mkdir()
    working, published = work / "warehouse.duckdb", tmp_path / "warehouse.duckdb"
    _database(working)
    _database(published)
    return working, published


def test_sound_absent_and_damaged_files(files, tmp_path):
    working, _ = files
    assert damage_of(working) is None and damage_of(working, thorough=True) is None
    assert damage_of(tmp_path / "absent.duckdb") is None
    random_bytes = tmp_path / "random.duckdb"
    random_bytes.write_bytes(os.urandom(100_000))
    assert "not a valid DuckDB database file" in damage_of(random_bytes)
    truncated = tmp_path / "truncated.duckdb"
    truncated.write_bytes(working.read_bytes()[: working.stat().st_size * 3 // 4])
    assert "truncated" in damage_of(truncated) or "Could not read" in damage_of(truncated)


def test_busy_full_or_read_only_is_not_damage():
    assert not is_damage(duckdb.IOException('IO Error: Could not set lock on file "x": Conflicting lock is held'))
    assert not is_damage(duckdb.IOException("IO Error: Cannot open file: Read-only file system"))
    assert not is_damage(OSError(28, "No space left on device"))
    assert is_damage(duckdb.IOException("IO Error: Corrupt database file: computed checksum 1 does not match"))


def test_heal_restores_the_snapshot_and_keeps_the_damaged_file_and_its_log_aside(files):
    working, published = files
    working.write_bytes(working.read_bytes()[:30_000])
    working.with_name("warehouse.duckdb.wal").write_bytes(b"log of the damaged file")
    now = dt.datetime(2026, 12, 1, 15, 0, tzinfo=dt.UTC)
    heal = heal_working_file(working, published, now=now)
    assert heal.restored_files == 3
    assert heal.aside.name == "warehouse.duckdb.damaged-20261201T150000Z"
    assert (working.parent / "warehouse.duckdb.damaged-20261201T150000Z.wal").exists()
    assert not working.with_name("warehouse.duckdb.wal").exists()
    assert working.read_bytes() == published.read_bytes()
    assert last_heal_id(working) == now.isoformat()
    assert heal_working_file(working, published) is None  # sound now: nothing to do


def test_without_a_usable_snapshot_the_working_file_starts_afresh(files):
    working, published = files
    working.write_bytes(os.urandom(10_000))
    published.write_bytes(published.read_bytes()[:30_000])
    heal = heal_working_file(working, published)
    assert heal.restored_files is None and "replayed from the raw folder" in heal.message
    assert not working.exists()
