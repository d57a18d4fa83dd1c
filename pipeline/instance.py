"""The project's persistent Dagster instance (runs, partitions, sensor cursors)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
from pathlib import Path

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


TEMPLATE_RECORD = ".dagster.yaml.template-sha256"  # hash of the template the copy was made from
# Earlier versions of the committed template (`git log -- dagster.yaml`): copies made from them
# before copies were recorded are still the project's, not hand edits. Copies made since carry
# TEMPLATE_RECORD, so later template changes need nothing here.
EARLIER_TEMPLATES = frozenset(
    {
        "152319f608d68ddb3c4cf1c152bb3abf6fc05c16a7f0cfa31f5d852fa99d6920",
        "0900c0cac302b4ac66acc205b3c07bfddc39c0473cb586fef1ee14a88cd7ab70",
    }
)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def instance_config_state(home: Path, template: Path, earlier: frozenset[str] = EARLIER_TEMPLATES) -> str:
    """How `home/dagster.yaml` stands against the committed template, without changing anything:
    `missing`, `current`, `outdated` (a copy of an earlier template) or `edited` (changed by hand)."""
    config, record = home / "dagster.yaml", home / TEMPLATE_RECORD
    if not config.exists():
        return "missing"
    have = _sha256(config)
    if have == _sha256(template):
        return "current"
    copied_from = record.read_text().strip() if record.exists() else (have if have in earlier else None)
    return "outdated" if have == copied_from else "edited"


def install_instance_config(home: Path, template: Path, earlier: frozenset[str] = EARLIER_TEMPLATES) -> str:
    """Keep `home/dagster.yaml` in step with the committed template: copied on first use, and
    replaced when the template changes unless it was edited by hand since it was copied (then it
    is left alone). Returns what happened: created, updated, current or edited."""
    found = instance_config_state(home, template, earlier)
    if found == "edited":
        return found
    state = {"missing": "created", "outdated": "updated"}.get(found, found)
    config, record = home / "dagster.yaml", home / TEMPLATE_RECORD
    wanted = _sha256(template)
    if state != "current":
        shutil.copyfile(template, config)
    if not record.exists() or record.read_text().strip() != wanted:
        record.write_text(wanted + "\n")
    return state


def ensure_dagster_home() -> str:
    """Create DAGSTER_HOME from the committed template on first use (and follow the template's
    changes, see `install_instance_config`), and export it."""
    home = settings.dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    if install_instance_config(home, settings.PROJECT_ROOT / "dagster.yaml") == "edited":
        print(
            f"pipeline: {home / 'dagster.yaml'} was edited by hand and differs from the project's dagster.yaml; "
            "it is left as it is (delete it to take the project's)",
            file=sys.stderr,
        )
    os.environ["DAGSTER_HOME"] = str(home)
    batch_event_writes()
    return str(home)


def get_instance() -> dg.DagsterInstance:
    ensure_dagster_home()
    return dg.DagsterInstance.get()
