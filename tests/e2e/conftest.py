from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_ROOT


@dataclass
class Project:
    """A raw folder, warehouse and Dagster home of its own, driven through the CLI."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "raw"

    @property
    def warehouse(self) -> Path:
        return self.root / "warehouse"

    @property
    def published(self) -> Path:
        return self.warehouse / "warehouse.duckdb"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PIPELINE_RAW_DIR": str(self.raw),
            "PIPELINE_WAREHOUSE_DIR": str(self.warehouse),
            "DAGSTER_HOME": str(self.root / "dagster_home"),
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "pipeline.cli", *args]

    def run(
        self, *args: str, timeout: int = 600, extra_env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.command(*args),
            cwd=PROJECT_ROOT,
            env={**self.env, **(extra_env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def start(self, *args: str) -> subprocess.Popen:
        """Start the CLI in its own process group, so a test can kill all of it."""
        return subprocess.Popen(
            self.command(*args),
            cwd=PROJECT_ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )

    def tables(
        self, path: Path | None = None, ignore=("ingested_at", "detected_at", "completed_at")
    ) -> dict[str, list[tuple]]:
        """Every table's rows, sorted, without wall-clock columns: comparable across runs."""
        con = duckdb.connect(str(path or self.published), read_only=True)
        try:
            names = [
                n for (n,) in con.execute("SELECT table_name FROM information_schema.tables ORDER BY 1").fetchall()
            ]
            out = {}
            for name in names:
                cols = [
                    c
                    for (c,) in con.execute(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                        "ORDER BY ordinal_position",
                        [name],
                    ).fetchall()
                    if c not in ignore
                ]
                select = ", ".join(f'"{c}"' for c in cols)
                out[name] = sorted(con.execute(f'SELECT {select} FROM "{name}"').fetchall(), key=repr)
            return out
        finally:
            con.close()


@pytest.fixture
def project(tmp_path) -> Project:
    p = Project(tmp_path)
    p.raw.mkdir()
    return p
