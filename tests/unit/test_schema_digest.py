"""`ensure_schema` completes any warehouse once, then trusts the digest the file keeps."""

import duckdb

from pipeline.lib.store.warehouse import _schema_digest, _table_columns, ensure_schema


def columns(con, table: str) -> list[str]:
    return [
        c for (c,) in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall()
    ]


def test_a_new_file_gets_every_table_and_the_digest(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    for table, wanted in _table_columns().items():
        assert columns(con, table) == list(wanted), table
    assert con.execute("SELECT digest FROM schema_digest").fetchall() == [(_schema_digest(),)]


def test_a_file_from_before_digests_or_from_other_code_is_completed(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    # Made by code that kept no digest, or by a branch without the column `reason`.
    con.execute("ALTER TABLE documents DROP COLUMN reason")
    con.execute("DROP TABLE schema_digest")
    ensure_schema(con)
    assert "reason" in columns(con, "documents")
    assert con.execute("SELECT digest FROM schema_digest").fetchall() == [(_schema_digest(),)]

    con.execute("ALTER TABLE documents DROP COLUMN reason")
    con.execute("UPDATE schema_digest SET digest = 'another branch'")
    ensure_schema(con)
    assert "reason" in columns(con, "documents")
    assert con.execute("SELECT count(*) FROM schema_digest").fetchone() == (1,)


def test_a_current_digest_is_one_row_read(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    ensure_schema(con)
    con.execute("ALTER TABLE documents DROP COLUMN reason")  # behind the pipeline's back
    ensure_schema(con)
    assert "reason" not in columns(con, "documents")  # the catalogue was not read again
