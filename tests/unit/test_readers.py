"""The command line's read-only looks at a warehouse file (`lib/store/readers.py`), on real DuckDB files."""

import duckdb

from pipeline.lib.store.ingest_log import read_ingest_log
from pipeline.lib.store.readers import document_status, ingested_contents, rows_of, warehouse_summary


def _warehouse(path):
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE documents (doc_id VARCHAR, file_name VARCHAR, status VARCHAR, reason VARCHAR)")
    con.execute("CREATE TABLE articles (article_id VARCHAR, doc_id VARCHAR)")
    con.execute("CREATE TABLE ingest_log (doc_id VARCHAR, sha256 VARCHAR)")
    con.execute("INSERT INTO documents VALUES ('a', 'a.txt', 'ok', NULL), ('b', 'b.txt', 'failed', 'not text')")
    con.execute("INSERT INTO articles VALUES ('a1', 'a'), ('a2', 'a')")
    con.execute("INSERT INTO ingest_log VALUES ('b', 'f00'), ('a', 'c0de'), ('c', NULL)")
    con.close()
    return path


def test_a_file_s_status_and_what_was_ingested(tmp_path):
    path = _warehouse(tmp_path / "w.duckdb")
    assert document_status(path, "a") == ("ok", None, 2)
    assert document_status(path, "b") == ("failed", "not text", 0)
    assert document_status(path, "zzz") is None
    # every row, sorted, for comparing two files; the log of complete ingestions leaves out the unfinished one
    assert ingested_contents(path) == [("a", "c0de"), ("b", "f00"), ("c", None)]
    assert read_ingest_log(path) == {"a": "c0de", "b": "f00"}


def test_what_cannot_be_read_is_none_never_an_error(tmp_path):
    absent = tmp_path / "absent.duckdb"
    assert document_status(absent, "a") is None and ingested_contents(absent) is None
    assert warehouse_summary(absent) is None
    assert rows_of(_warehouse(tmp_path / "w.duckdb"), "SELECT * FROM no_such_table") is None
    damaged = tmp_path / "damaged.duckdb"
    damaged.write_bytes(b"not a database" * 100)
    assert ingested_contents(damaged) is None and warehouse_summary(damaged) is None
