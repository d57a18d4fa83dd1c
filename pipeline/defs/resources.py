"""Resources declared once: the DuckDB warehouse, the raw folder and the spaCy pipelines."""

import dataclasses
import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from pydantic import Field
from upath import UPath

from pipeline import settings
from pipeline.lib.store.publish import (
    MARTS_LINK,
    REPORT_LINK,
    export_snapshot,
    publish_database,
    publish_marts,
    publish_report,
)
from pipeline.lib.store.recovery import Heal, heal_working_file, is_damage
from pipeline.lib.store.removals import RemovalLimit
from pipeline.lib.store.storage import WarehouseStorageError, storage_problem
from pipeline.lib.store.warehouse import INGEST_MANIFEST, ensure_schema, write_ingest_manifest
from pipeline.lib.text.records import RecordFields

LOCK_RETRY_FIRST_SECONDS = 0.01
LOCK_RETRY_MAX_SECONDS = 0.25

# Heals done by this process since the last `heal_metadata()`: the asset whose connection found
# the damage reports it in its materialisation metadata.
_HEALS: list[Heal] = []


def heal_metadata() -> dict:
    """`working_file_healed` metadata when this process healed the working file since last asked."""
    heals = list(_HEALS)
    _HEALS.clear()
    return {"working_file_healed": dg.MetadataValue.text(" | ".join(h.message for h in heals))} if heals else {}


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse folder.

    Assets write to the private working file through `connect()`, which creates the folder and
    the tables on first use; `publish()` makes the working state the one analysts see.
    """

    directory: str
    lock_timeout_seconds: float = 120.0
    # An fsspec URL that receives a copy of every published snapshot (object storage for readers
    # on other machines); None: no copy.
    publish_url: str | None = None

    @property
    def working_path(self) -> Path:
        return Path(self.directory) / ".work" / "warehouse.duckdb"

    @property
    def published_path(self) -> Path:
        return Path(self.directory) / "warehouse.duckdb"

    @property
    def ingest_manifest_path(self) -> Path:
        """`ingest_log` as JSON, for the sensor (which never opens DuckDB)."""
        return Path(self.directory) / ".work" / INGEST_MANIFEST

    def record_ingested(self, con: duckdb.DuckDBPyConnection) -> None:
        """Refresh the ingest manifest after `ingest_log` changed, on the connection that changed it."""
        write_ingest_manifest(con, self.ingest_manifest_path)

    @property
    def marts_staging_path(self) -> Path:
        """Where the marts of the run being built are written before they are published."""
        return Path(self.directory) / ".work" / "marts-next"

    @property
    def report_staging_path(self) -> Path:
        """Where the report of the run being built is written before it is published."""
        return Path(self.directory) / ".work" / "report-next"

    @property
    def report_path(self) -> Path:
        """The published report (`warehouse/report` is a symlink swapped atomically)."""
        return Path(self.directory) / REPORT_LINK / "index.html"

    def _open(self) -> duckdb.DuckDBPyConnection:
        # Another writer process (a sensor run beside `pipeline run`, or the other batch run of a
        # parallel `pipeline run`) may hold the file for a moment: most holds are a write of tens
        # of milliseconds, so retry soon, then back off.
        deadline = time.monotonic() + self.lock_timeout_seconds
        wait = LOCK_RETRY_FIRST_SECONDS
        while True:
            try:
                return duckdb.connect(str(self.working_path))
            except duckdb.IOException as err:
                if "lock" not in str(err).lower() or time.monotonic() > deadline:
                    raise
                time.sleep(wait * random.uniform(0.5, 1.5))  # jitter: two waiters do not retry in step
                wait = min(wait * 2, LOCK_RETRY_MAX_SECONDS)

    def heal(self) -> Heal | None:
        """Move a damaged working file aside and restore it from the published snapshot (see
        `pipeline.lib.store.recovery`); logs one warning and keeps the heal for the asset's metadata."""
        heal = heal_working_file(self.working_path, self.published_path)
        if heal:
            dg.get_dagster_logger().warning(heal.message)
            _HEALS.append(heal)
        return heal

    def _open_checked(self) -> duckdb.DuckDBPyConnection:
        con = self._open()
        try:
            ensure_schema(con)
        except BaseException:
            con.close()
            raise
        return con

    @contextmanager
    def storage_errors(self) -> Iterator[None]:
        """Re-raise a failed write for want of space or permission as one line naming the folder
        (`WarehouseStorageError`); other errors pass through unchanged."""
        try:
            yield
        except WarehouseStorageError:
            raise
        except (OSError, duckdb.Error) as err:
            problem = storage_problem(err, Path(self.directory), self.working_path)
            if problem is None:
                raise
            raise WarehouseStorageError(problem) from err

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with self.storage_errors(), self._connect() as con:
            yield con

    @contextmanager
    def _connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the working file. A file DuckDB cannot open is healed and opened again.
        A damage found only mid-query (a truncated file opens, then lacks the blocks a query reads)
        fails this step, and the file is healed on the way out, for the next run or retry."""
        self.working_path.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = self._open_checked()
        except duckdb.Error as err:
            if not is_damage(err) or not self.heal():
                raise
            con = self._open_checked()
        try:
            yield con
        except duckdb.Error as err:
            if is_damage(err):
                con.close()
                self.heal()
            raise
        finally:
            con.close()

    def publish(self) -> int:
        """Publish the working file as the analysts' warehouse, then the staged marts and report
        (if any), each with its own atomic symlink swap; returns the database's size in bytes."""
        with self.connect():
            pass  # make sure the schema exists even for an empty corpus
        with self.storage_errors():
            size = publish_database(self.working_path, self.published_path)
            if self.marts_staging_path.is_dir():
                publish_marts(self.marts_staging_path, Path(self.directory))
            if self.report_staging_path.is_dir():
                publish_report(self.report_staging_path, Path(self.directory))
        return size

    def export(self) -> list[str]:
        """Copy the published snapshot and its marts to `publish_url`; returns the URLs written."""
        if not self.publish_url:
            raise ValueError("export() needs publish_url")
        directory = Path(self.directory)
        return export_snapshot(self.published_path, directory / MARTS_LINK, self.publish_url, directory / REPORT_LINK)


class RawFolderResource(dg.ConfigurableResource):
    """The folder news arrives in, and the limits every file is read with. Set from the environment
    (`PIPELINE_RAW_DIR`, `PIPELINE_MAX_FILE_BYTES`, `PIPELINE_MAX_LINE_CHARS`,
    `PIPELINE_SETTLE_SECONDS`, `PIPELINE_MAX_REMOVALS`, `PIPELINE_RECORD_FIELDS`) when the code
    location loads, so the UI shows what the sensor and the runs use."""

    path: str = Field(description="The raw folder: a local path, or an fsspec URL (`s3://bucket/raw`).")
    max_file_bytes: int = Field(
        default=50_000_000, description="A larger file is rejected (status `rejected`) without being read."
    )
    max_line_chars: int = Field(
        default=100_000, description="A file with a longer line is rejected: it is data, not prose."
    )
    settle_seconds: float = Field(
        default=10.0, description="A file modified more recently than this may still be in writing; the sensor waits."
    )
    max_removals: str = Field(
        default="20%,50",
        description="Files that may leave the warehouse at once without `allow_removals`: a share, a number, or both.",
    )
    record_fields: dict[str, str] = Field(
        default_factory=lambda: dataclasses.asdict(RecordFields()),
        description="The field of a JSON Lines or CSV record that holds each of title, text, date, url and source.",
    )

    def folder(self) -> Path | UPath:
        return UPath(self.path) if "://" in self.path else Path(self.path)

    def removal_limit(self) -> RemovalLimit:
        return RemovalLimit.parse(self.max_removals)

    def fields(self) -> RecordFields:
        return RecordFields(**self.record_fields)

    def limits(self) -> dict[str, int]:
        """The keyword arguments `tables.read_document` takes."""
        return {"max_file_bytes": self.max_file_bytes, "max_line_chars": self.max_line_chars}

    @classmethod
    def from_settings(cls) -> "RawFolderResource":
        """From the environment as it is now; a bad value raises `settings.SettingError`."""
        return cls(
            path=str(settings.raw_dir()),
            max_file_bytes=settings.max_file_bytes(),
            max_line_chars=settings.max_line_chars(),
            settle_seconds=settings.settle_seconds(),
            max_removals=settings.max_removals().text,
            record_fields=dataclasses.asdict(settings.record_fields()),
        )


class SpacyResource(dg.ConfigurableResource):
    """The spaCy pipelines the NER and parse steps load, and how `nlp.pipe` runs them. Set from the
    environment (`PIPELINE_SPACY_MODEL`, `PIPELINE_SPACY_MODELS`, `PIPELINE_NER_BATCH_SIZE`,
    `PIPELINE_NER_PROCESSES`) when the code location loads, so the UI shows what a run uses."""

    models: dict[str, str] = Field(
        description="The spaCy pipeline that finds the entities of each language (ISO 639-1 code); "
        "articles in any other language get no NER."
    )
    parser_model: str = Field(
        description="The English pipeline whose dependency parser reads the sentences with an event cue."
    )
    batch_size: int = Field(default=64, description="Texts per `nlp.pipe` batch.")
    processes: str = Field(
        default="auto",
        description="Processes for `nlp.pipe`: `auto` (both cores once there are 500 texts, else one) or a number.",
    )

    def processes_for(self, n_texts: int) -> int:
        return settings.processes_for(self.processes, n_texts)

    @classmethod
    def from_settings(cls) -> "SpacyResource":
        return cls(
            models=settings.spacy_models(),
            parser_model=settings.spacy_model(),
            batch_size=settings.ner_batch_size(),
            processes=settings.ner_processes_setting(),
        )


def project_resources(warehouse: WarehouseResource) -> dict[str, dg.ConfigurableResource]:
    """Every resource the assets take, the raw folder and spaCy ones from the environment as it is now."""
    return {
        "warehouse": warehouse,
        "raw_folder": RawFolderResource.from_settings(),
        "spacy": SpacyResource.from_settings(),
    }
