"""The project's persistent Dagster instance (runs, partitions, sensor cursors)."""

from __future__ import annotations

import os
import shutil

import dagster as dg

from pipeline import settings

# Dagster reads these whenever it writes events, in every process (CLI, daemon, webserver, run
# workers), so they are set where the instance is created and where the definitions are loaded.
# A batch run over N files materialises 8 per-file assets: N x 8 events. With these, Dagster
# plans each asset once for the whole range (not once per file) and hands the materialisations to
# the event log in batches, which `pipeline.dagster_storage` writes in one transaction. The cost:
# the UI shows the files of a failed batch run as missing rather than failed; the daily schedule
# still retries them (`failed_partitions` reads the runs).
EVENT_WRITE_SETTINGS = {
    "DAGSTER_EVENT_BATCH_SIZE": "1000",
    "DAGSTER_EMIT_PARTITION_SUBSET_IN_PLANNED_EVENTS": "1",
}


def batch_event_writes() -> None:
    for name, value in EVENT_WRITE_SETTINGS.items():
        os.environ.setdefault(name, value)


def ensure_dagster_home() -> str:
    """Create DAGSTER_HOME from the committed template on first use and export it."""
    home = settings.dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        shutil.copyfile(settings.PROJECT_ROOT / "dagster.yaml", config)
    os.environ["DAGSTER_HOME"] = str(home)
    batch_event_writes()
    return str(home)


def get_instance() -> dg.DagsterInstance:
    ensure_dagster_home()
    return dg.DagsterInstance.get()
