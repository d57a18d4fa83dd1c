"""`pipeline doctor`: what is wrong with this installation, and the command that fixes it.

Read-only: it opens DuckDB files read-only, reads Dagster's run database through SQLite's
read-only mode, and writes nothing (not even a probe file: a read-only mount is found from the
file system's flags). Each check gives one line: `ok`, `warn` (works, but look) or `PROBLEM`,
followed by the fix.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from dataclasses import dataclass

OK, WARN, PROBLEM = "ok", "warn", "PROBLEM"


@dataclass(frozen=True)
class Finding:
    status: str
    subject: str
    detail: str
    fix: str | None = None

    def line(self) -> str:
        fix = f"\n{'':10}fix: {self.fix}" if self.fix else ""
        return f"{self.status:<8}  {self.subject:<17} {self.detail}{fix}"


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:,.1f} MB"


def check_settings() -> list[Finding]:
    from pipeline import settings

    bad = settings.problems()
    if not bad:
        return [Finding(OK, "settings", "every PIPELINE_* value parses")]
    return [Finding(PROBLEM, "settings", line, "correct the variable (see README, Configuration)") for line in bad]


def check_raw_folder() -> list[Finding]:
    from pipeline import settings
    from pipeline.lib.store.code_version import code_version
    from pipeline.lib.store.ingest_log import read_ingest_log
    from pipeline.lib.store.removals import removal_refusal
    from pipeline.lib.text.rawfiles import RawFolderError, list_raw_files

    try:
        raw_dir = settings.raw_dir()
        keys = {f.partition_key for f in list_raw_files(raw_dir)}
    except (RawFolderError, ValueError) as err:
        return [Finding(PROBLEM, "raw folder", str(err), "mount the folder, or point PIPELINE_RAW_DIR at it")]
    ingested = set(read_ingest_log(settings.working_path()) or read_ingest_log(settings.warehouse_path()) or {})
    current = set(read_ingest_log(settings.working_path(), code_version()) or {})
    older = (ingested & keys) - current  # made by other rules: `pipeline run` redoes them
    gone = ingested - keys
    try:
        refusal = removal_refusal(len(gone), len(ingested), settings.max_removals(), raw_dir)
    except ValueError:
        refusal = None  # reported under settings
    if refusal:
        return [Finding(PROBLEM, "raw folder", refusal, "restore the files, or `pipeline run --allow-removals`")]
    new = keys - ingested
    detail = (
        f"{raw_dir}: {len(keys)} files ({len(new)} not ingested yet, {len(older)} made by another version "
        f"of the code, {len(gone)} removed since)"
    )
    to_do = new or older or gone
    return [Finding(WARN if to_do else OK, "raw folder", detail, "`pipeline run`" if to_do else None)]


def check_instance() -> list[Finding]:
    from pipeline import settings
    from pipeline.instance import instance_config_state

    home = settings.dagster_home()
    state = instance_config_state(home, settings.PROJECT_ROOT / "dagster.yaml")
    findings = []
    if state == "missing":
        findings.append(Finding(WARN, "instance", f"{home} has no dagster.yaml yet", "`pipeline run` creates it"))
    elif state == "outdated":
        findings.append(Finding(WARN, "instance", f"{home}/dagster.yaml is an earlier template", "`pipeline run`"))
    elif state == "edited":
        findings.append(
            Finding(WARN, "instance", f"{home}/dagster.yaml was edited by hand and differs from the template")
        )
    runs_db = home / "history" / "runs.db"
    if not runs_db.exists():
        return findings or [Finding(OK, "instance", f"{home}: no runs yet")]
    try:
        con = sqlite3.connect(f"file:{runs_db}?mode=ro", uri=True)
        try:
            counts = dict(con.execute("SELECT status, count(*) FROM runs GROUP BY status").fetchall())
        finally:
            con.close()
    except sqlite3.Error as err:
        return [*findings, Finding(PROBLEM, "instance", f"{runs_db} cannot be read: {err}", f"move {home} aside")]
    failed = counts.get("FAILURE", 0)
    detail = f"{home}: {sum(counts.values())} runs ({failed} failed)"
    if failed:
        findings.append(Finding(WARN, "instance", detail, "`pipeline ui` shows why; the daily schedule retries"))
    elif state == "current":
        findings.append(Finding(OK, "instance", detail))
    return findings


def check_databases() -> list[Finding]:
    from pipeline import settings
    from pipeline.lib.store.ingest_log import read_ingest_log
    from pipeline.lib.store.recovery import damage_of
    from pipeline.runner import published_is_current

    findings = []
    working, published = settings.working_path(), settings.warehouse_path()
    for subject, path, fix in (
        ("working file", working, "`pipeline run` moves it aside and restores it from the snapshot"),
        ("published", published, "`pipeline run --force` publishes a new snapshot"),
    ):
        if not path.exists():
            findings.append(Finding(WARN, subject, f"{path} does not exist yet", "`pipeline run`"))
        elif problem := damage_of(path, thorough=True):
            findings.append(Finding(PROBLEM, subject, f"{path} is damaged: {problem}", fix))
        else:
            files = len(read_ingest_log(path) or {})
            findings.append(Finding(OK, subject, f"{path} ({_mb(path.stat().st_size)}, {files} files)"))
    if all(f.status == OK for f in findings) and not published_is_current():
        findings.append(Finding(WARN, "published", "the snapshot is behind the working file", "`pipeline run`"))
    aside = sorted(working.parent.glob("warehouse.duckdb.damaged-*")) if working.parent.exists() else []
    if aside:
        size = sum(p.stat().st_size for p in aside)
        detail = f"{len(aside)} damaged working files kept aside ({_mb(size)}), e.g. {aside[-1].name}"
        findings.append(Finding(WARN, "damaged copies", detail, f"delete them once inspected: rm {working}.damaged-*"))
    return findings


def check_caches() -> list[Finding]:
    import duckdb

    from pipeline import settings
    from pipeline.lib.nlp.mentions import model_version

    path = settings.working_path()
    if not path.exists():
        return []
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            rows = con.execute(
                "SELECT 'ner_cache', model, count(*) FROM ner_cache GROUP BY ALL "
                "UNION ALL SELECT 'parse_cache', model, count(*) FROM parse_cache GROUP BY ALL"
            ).fetchall()
            paragraphs = con.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        finally:
            con.close()
    except duckdb.Error:
        return []  # a damaged or busy file is reported under "working file"
    current = model_version(settings.spacy_model())
    kept = {(table, model): n for table, model, n in rows}
    findings = []
    ner = sum(n for (table, model), n in kept.items() if table == "ner_cache" and model == current)
    status = WARN if paragraphs and not ner else OK
    fix = "the next run parses every paragraph again (slow, but right)" if status == WARN else None
    findings.append(Finding(status, "caches", f"{ner:,} paragraphs cached for {current}", fix))
    stale = sum(n for (_, model), n in kept.items() if model != current)
    if stale:
        findings.append(Finding(WARN, "caches", f"{stale:,} rows for other models than {current} (unused)"))
    return findings


def check_marts() -> list[Finding]:
    from pipeline import settings
    from pipeline.lib.store.publish import MARTS_LINK
    from pipeline.lib.store.schemas import MART_MODELS

    link = settings.warehouse_dir() / MARTS_LINK
    if not link.exists():
        if not settings.warehouse_path().exists():
            return [Finding(WARN, "marts", f"{link} does not exist yet", "`pipeline run`")]
        return [Finding(PROBLEM, "marts", f"{link} is missing or points nowhere", "`pipeline run --force`")]
    missing = [name for name in MART_MODELS if not (link / f"{name}.parquet").is_file()]
    if missing:
        return [Finding(PROBLEM, "marts", f"{link} lacks {', '.join(missing)}", "`pipeline run --force`")]
    return [Finding(OK, "marts", f"{link} -> {os.readlink(link) if link.is_symlink() else link}")]


def check_report() -> list[Finding]:
    from pipeline import settings

    page = settings.report_path()
    if page.is_file():
        return [Finding(OK, "report", f"{page} ({page.stat().st_size / 1e6:.1f} MB)")]
    if not settings.warehouse_path().exists():
        return [Finding(WARN, "report", f"{page} does not exist yet", "`pipeline run`")]
    return [Finding(WARN, "report", f"{page} is missing", "`pipeline run` builds it with the next publish")]


def check_disk() -> list[Finding]:
    from pipeline import settings
    from pipeline.lib.store.storage import room_for_a_run

    folder = settings.warehouse_dir()
    probe = folder if folder.exists() else folder.parent
    if not probe.exists():
        return [Finding(WARN, "disk", f"{folder} does not exist yet", "`pipeline run` creates it")]
    if os.statvfs(probe).f_flag & os.ST_RDONLY or not os.access(probe, os.W_OK):
        fix = "remount it read-write, or set PIPELINE_WAREHOUSE_DIR to a writable folder"
        return [Finding(PROBLEM, "disk", f"warehouse folder {folder} is read-only", fix)]
    free = shutil.disk_usage(probe).free
    working = settings.working_path()
    need = room_for_a_run(working)
    if free < need:
        detail = f"{_mb(free)} free in {folder}; a run needs about {_mb(need)}"
        return [Finding(PROBLEM, "disk", detail, f"free {_mb(need - free)} or more on that disk")]
    return [Finding(OK, "disk", f"{_mb(free)} free in {folder}")]


CHECKS = (
    check_settings,
    check_raw_folder,
    check_instance,
    check_databases,
    check_caches,
    check_marts,
    check_report,
    check_disk,
)


def diagnose() -> list[Finding]:
    findings = []
    for check in CHECKS:
        try:
            findings.extend(check())
        except Exception as err:  # a check that cannot run is itself a finding, not a crash
            findings.append(Finding(PROBLEM, check.__name__.removeprefix("check_"), f"could not check: {err}"))
    return findings


def main(out=sys.stdout) -> int:
    findings = diagnose()
    for finding in findings:
        print(finding.line(), file=out)
    problems = sum(f.status == PROBLEM for f in findings)
    print(f"\n{problems} problem{'s' if problems != 1 else ''} found" if problems else "\nno problems found", file=out)
    return 1 if problems else 0
