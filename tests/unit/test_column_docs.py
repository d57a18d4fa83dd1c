"""Every column of every table is described, in the catalog and in DuckDB itself."""

import duckdb

from pipeline.defs.metadata import column_schema
from pipeline.lib.store.column_docs import column_description
from pipeline.lib.store.schemas import TABLE_MODELS, polars_schema
from pipeline.lib.store.warehouse import ensure_schema


def test_every_column_of_every_table_has_a_description():
    missing = [
        f"{table}.{name}"
        for table, model in TABLE_MODELS.items()
        for name in polars_schema(model)
        if not column_description(model, name)
    ]
    assert missing == []


def test_the_catalog_schema_carries_the_descriptions():
    schema = column_schema(TABLE_MODELS["articles"])
    described = {c.name: c.description for c in schema.columns}
    assert described["has_continue_marker"] == "a `Continue reading <title>` marker closed the article"
    assert described["language"].startswith("ISO 639-1")


def test_duckdb_columns_carry_the_descriptions_and_old_warehouses_get_them(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("CREATE TABLE articles (article_id VARCHAR)")  # an older warehouse: no comments yet
    ensure_schema(con)
    comments = dict(
        con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'articles'").fetchall()
    )
    assert comments["article_id"] == "the article (stable hash of file, title and occurrence)"
    assert comments["title"] == "the article's title (one line)"
    con.close()
