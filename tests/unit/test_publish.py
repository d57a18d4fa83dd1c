"""Publishing swaps whole snapshots: the database by rename, the marts by a symlink."""

import os

import duckdb

from pipeline.lib.store.publish import atomic_copy, publish_database, publish_marts, publish_report


def test_publish_database_copies_a_checkpointed_snapshot(tmp_path):
    working = tmp_path / ".work" / "w.duckdb"
    working.parent.mkdir()
    con = duckdb.connect(str(working))
    con.execute("CREATE TABLE t AS SELECT 42 AS x")
    con.close()
    published = tmp_path / "warehouse.duckdb"
    reader_before = None
    assert publish_database(working, published) > 0
    reader_before = duckdb.connect(str(published), read_only=True)
    con = duckdb.connect(str(working))
    con.execute("INSERT INTO t VALUES (43)")
    con.close()
    publish_database(working, published)
    # The session opened before the second publish keeps its snapshot; a new one sees the new data.
    assert reader_before.execute("SELECT count(*) FROM t").fetchone() == (1,)
    reader_before.close()
    with duckdb.connect(str(published), read_only=True) as reader_after:
        assert reader_after.execute("SELECT count(*) FROM t").fetchone() == (2,)
    assert not list(tmp_path.glob(".*.tmp"))


def test_atomic_copy_leaves_no_temporary_file(tmp_path):
    source = tmp_path / "a"
    source.write_bytes(b"x" * 10)
    atomic_copy(source, tmp_path / "b")
    assert (tmp_path / "b").read_bytes() == b"x" * 10
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_publish_marts_swaps_the_link_and_keeps_one_previous_set(tmp_path):
    for generation in range(4):
        staging = tmp_path / ".work" / "marts-next"
        staging.mkdir(parents=True)
        (staging / "m.parquet").write_text(str(generation))
        publish_marts(staging, tmp_path)
        assert (tmp_path / "marts").is_symlink()
        assert (tmp_path / "marts" / "m.parquet").read_text() == str(generation)
    assert len([p for p in tmp_path.glob(".marts-*") if p.is_dir()]) == 2


def test_the_report_has_its_own_link_beside_the_marts(tmp_path):
    for what, publish, name in (("marts", publish_marts, "m.parquet"), ("report", publish_report, "index.html")):
        staging = tmp_path / ".work" / f"{what}-next"
        staging.mkdir(parents=True)
        (staging / name).write_text(what)
        publish(staging, tmp_path)
    assert (tmp_path / "report" / "index.html").read_text() == "report"
    assert (tmp_path / "marts" / "m.parquet").read_text() == "marts"
    assert os.readlink(tmp_path / "report").startswith(".report-")
