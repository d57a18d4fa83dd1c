"""Dagster's SQLite event log, with one SQLAlchemy engine per database file instead of one per event.

A run over a batch of files records a materialisation for every (asset, file): the 2,225 BBC
files make about 18,000 events. The stock `SqliteEventLogStorage` creates and disposes of a
SQLAlchemy engine for every write, and with it SQLAlchemy's compiled-statement cache, which
lives on the engine: that bookkeeping cost more than the NER model. This subclass keeps the
engines of the most recently used database files. Connections are still opened per write
(`NullPool`), so the daemon, the webserver and the runs share the files exactly as before; the
schema, the files and their layout (`$DAGSTER_HOME/history/runs/`) are Dagster's own.

It also writes a batch of asset events (Dagster batches the materialisations of a partition
range when DAGSTER_EVENT_BATCH_SIZE is set) in one transaction per database file, where the
stock class commits, and so syncs to disk, several times per event.

Selected in `dagster.yaml` (`event_log_storage`). A deployment on Postgres does not need it.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
from dagster._core.events import ASSET_EVENTS
from dagster._core.storage.event_log.schema import AssetKeyTable, SqlEventLogStorageTable
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import SqliteScheduleStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from sqlalchemy import create_engine, event
from sqlalchemy import exc as db_exc
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool

ENGINES_KEPT = 32  # the index and the runs in progress; older runs' files are rarely written


class CachedEngineSqliteEventLogStorage(SqliteEventLogStorage):
    def __init__(self, base_dir: str | None = None, inst_data=None):
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        super().__init__(base_dir or _default_base_dir(), inst_data=inst_data)

    @classmethod
    def config_type(cls):
        return {"base_dir": dg.Field(dg.StringSource, is_required=False)}

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:
            engine = self._engines.pop(shard, None)
            if engine is None:
                engine = create_engine(
                    self.conn_string_for_shard(shard),
                    poolclass=NullPool,
                    connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS},
                )
                event.listen(engine, "connect", _fast_commits)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            self._engines[shard] = engine  # most recently used last
            while len(self._engines) > ENGINES_KEPT:
                self._engines.popitem(last=False)[1].dispose()
            with engine.connect() as conn, conn.begin():
                yield conn

    def store_event_batch(self, events) -> None:
        """Asset events of one run: one transaction in the run's file, one in the index. Other
        batches are stored one event at a time, as the stock class does."""
        run_ids = {event.run_id for event in events}
        if len(run_ids) != 1 or not all(
            event.is_dagster_event and event.dagster_event_type in ASSET_EVENTS for event in events
        ):
            super().store_event_batch(events)
            return
        # Each event serialised once, for both files (the stock statements serialise it per file).
        rows = [self._event_to_row(event) for event in events]
        with self.run_connection(run_ids.pop()) as conn:
            conn.execute(SqlEventLogStorageTable.insert().values(rows))
        # What `SqliteEventLogStorage.store_event` mirrors into the index per asset event, once per
        # batch: the events in one statement (returning their ids, in order), all their tags in one
        # insert, and each asset's row updated once with the values the events would have left it
        # with one by one.
        with self.index_transaction() as conn:
            inserted = conn.execute(
                SqlEventLogStorageTable.insert().returning(SqlEventLogStorageTable.c.id, sort_by_parameter_order=True),
                rows,
            )
            event_ids = [event_id for (event_id,) in inserted]
            self._store_asset_event_tags(conn, events, event_ids)
            has_index_cols = self._has_asset_key_index_cols_on_connection(conn)
            latest: dict[str, dict] = {}
            for event, event_id in _last_of_each_kind(events, event_ids):
                values = self._get_asset_entry_values(event, event_id, has_index_cols)
                latest.setdefault(event.dagster_event.asset_key.to_string(), {}).update(values)
            for asset_key, values in latest.items():
                if not values:
                    continue
                try:
                    conn.execute(AssetKeyTable.insert().values(asset_key=asset_key, **values))
                except db_exc.IntegrityError:
                    conn.execute(AssetKeyTable.update().values(**values).where(AssetKeyTable.c.asset_key == asset_key))

    def dispose(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()
        super().dispose()


def _last_of_each_kind(events, event_ids) -> list[tuple]:
    """(event, id) of the last event of each (asset, event type), in batch order. The asset-row
    values of one event type always set the same columns, so merging only these leaves the row as
    merging every event would, while the values of a materialisation hold the whole event
    serialised once more."""
    last: dict[tuple, int] = {}
    for i, entry in enumerate(events):
        if entry.dagster_event.asset_key:
            last[(entry.dagster_event.asset_key, entry.dagster_event_type)] = i
    return [(events[i], event_ids[i]) for i in sorted(last.values())]


def _fast_commits(dbapi_connection, _record) -> None:
    """Write-ahead log, synced at checkpoints rather than at every commit: a run commits after
    each of its events, and a sync per commit was most of the cost of writing them. A crash of
    the process loses nothing; a power cut may lose the last events, not corrupt the file."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _home() -> str:
    """DAGSTER_HOME, else the project's instance folder.

    Dagster's own CLIs (`dg list defs`, `dg dev`, `dg launch`) make a throw-away instance when
    DAGSTER_HOME is unset, configured from the `dagster.yaml` of the working directory, which is
    this project's template. Its storages then default to the project's instance, so those commands
    see the runs, partitions and sensor cursors of `pipeline run` and `pipeline ui`."""
    from pipeline import settings

    return os.path.abspath(os.environ.get("DAGSTER_HOME") or settings.dagster_home())


def _default_base_dir() -> str:
    """Where Dagster's default SQLite storage keeps run event logs."""
    return os.path.join(_home(), "history", "runs", "")


class ProjectSqliteRunStorage(SqliteRunStorage):
    """Dagster's SQLite run storage in Dagster's default place (`<home>/history/`), where home is
    DAGSTER_HOME or the project's instance (see `_home`)."""

    @classmethod
    def config_type(cls):
        return {"base_dir": dg.Field(dg.StringSource, is_required=False)}

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        base_dir = config_value.get("base_dir") or os.path.join(_home(), "history", "")
        return cls.from_local(base_dir=base_dir, inst_data=inst_data)


class ProjectSqliteScheduleStorage(SqliteScheduleStorage):
    """Dagster's SQLite schedule and sensor storage in `<home>/schedules` (see `_home`)."""

    @classmethod
    def config_type(cls):
        return {"base_dir": dg.Field(dg.StringSource, is_required=False)}

    @classmethod
    def from_config_value(cls, inst_data, config_value):
        base_dir = config_value.get("base_dir") or os.path.join(_home(), "schedules")
        return cls.from_local(base_dir=base_dir, inst_data=inst_data)
