"""Metadata every table asset reports: row counts, column schema and a Markdown preview."""

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

import dagster as dg
import pandera.polars as pa
import polars as pl

from pipeline.defs.resources import heal_metadata
from pipeline.lib.store.column_docs import column_description

PREVIEW_ROWS = 5
PREVIEW_CELL_CHARS = 60


def column_schema(model: type[pa.DataFrameModel]) -> dg.TableSchema:
    columns = []
    for name, col in model.to_schema().columns.items():
        columns.append(
            dg.TableColumn(
                name=name,
                type=str(col.dtype),
                description=column_description(model, name),
                constraints=dg.TableColumnConstraints(nullable=col.nullable, unique=col.unique),
            )
        )
    return dg.TableSchema(columns=columns)


def mart_key(name: str) -> dg.AssetKey:
    """A Parquet mart's asset key: the marts sit under one prefix in the catalog."""
    return dg.AssetKey(["marts", name])


def table_identity(name: str, model: type[pa.DataFrameModel]) -> dict:
    """The catalog metadata every warehouse table's asset carries: its columns and its table name."""
    return {"dagster/column_schema": column_schema(model), "dagster/table_name": name}


def table_specs(
    models: Mapping[str, type[pa.DataFrameModel]], descriptions: Mapping[str, str], **spec_args
) -> list[dg.AssetSpec]:
    """One asset spec per table a multi-asset writes, alike but for name, description and columns
    (`spec_args`: deps, group_name, kinds, partitions_def)."""
    return [
        dg.AssetSpec(name, description=descriptions[name], metadata=table_identity(name, model), **spec_args)
        for name, model in models.items()
    ]


def _cell(value) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= PREVIEW_CELL_CHARS else text[: PREVIEW_CELL_CHARS - 1] + "…"


def markdown_preview(df: pl.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    if df.is_empty():
        return "_no rows_"
    head = df.head(rows)
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * head.width]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def table_metadata(df: pl.DataFrame, total_rows: int | None = None, **extra) -> dict:
    """Rows written by this materialisation, plus the table's total when known."""
    metadata = {
        "dagster/row_count": dg.MetadataValue.int(df.height),
        "preview": dg.MetadataValue.md(markdown_preview(df)),
    }
    if total_rows is not None:
        metadata["rows_in_warehouse"] = dg.MetadataValue.int(total_rows)
    metadata.update(extra)
    metadata.update(heal_metadata())  # the step whose connection found the working file damaged says so
    return metadata


class Stopwatch:
    """Seconds a step spends in each phase, reported as `seconds_<phase>` metadata: where the time
    goes, next to the step's duration (the throughput benchmark adds them up per stage)."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def metadata(self) -> dict[str, dg.MetadataValue]:
        return {f"seconds_{name}": dg.MetadataValue.float(round(s, 3)) for name, s in self.seconds.items()}
