"""The project's persistent Dagster instance (runs, partitions, sensor cursors)."""

from __future__ import annotations

import os
import shutil

import dagster as dg

from pipeline import settings


def ensure_dagster_home() -> str:
    """Create DAGSTER_HOME from the committed template on first use and export it."""
    home = settings.dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        shutil.copyfile(settings.PROJECT_ROOT / "dagster.yaml", config)
    os.environ["DAGSTER_HOME"] = str(home)
    return str(home)


def get_instance() -> dg.DagsterInstance:
    ensure_dagster_home()
    return dg.DagsterInstance.get()
