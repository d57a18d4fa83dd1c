"""Resources declared once: the DuckDB warehouse."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb

from pipeline.lib.warehouse import ensure_schema


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file. Every writer goes through `connect()`, which creates the
    folder and the tables on first use; assets run explicit SQL on the connection."""

    path: str

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(self.path)
        try:
            ensure_schema(con)
            yield con
        finally:
            con.close()
