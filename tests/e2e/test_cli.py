"""The README's run command, as a user runs it, on a temporary raw folder and warehouse."""

import dagster as dg
import duckdb

from pipeline.lib.store.code_version import code_version
from tests.conftest import SAMPLE


def _run_count(project, monkeypatch) -> int:
    monkeypatch.setenv("DAGSTER_HOME", str(project.root / "dagster_home"))  # the project's event log needs it
    with dg.DagsterInstance.get() as instance:
        return len(instance.get_runs())


def test_pipeline_run_ingests_every_file_and_summarises(project, monkeypatch):
    raw = project.raw
    (raw / "latin-america-listing.txt").write_bytes(SAMPLE.read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    (raw / "bbc-style.txt").write_text("A one-article file\n\nFirst paragraph.\n\nSecond.\n")

    done = project.run("run")
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "[1/3] bbc-style.txt  ok  1 articles" in out
    assert "[2/3] empty.txt  rejected  0 articles  [empty file]" in out
    assert "[3/3] latin-america-listing.txt  ok  20 articles" in out
    assert "files         3  (2 ok, 1 rejected)" in out
    assert "articles      21" in out
    assert "stories       21  (0 with more than one copy)" in out
    con = duckdb.connect(str(project.published), read_only=True)
    n_events, n_meetings, n_quotes = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE event_type = 'MEET'), (SELECT count(*) FROM quotations) FROM events"
    ).fetchone()
    con.close()
    events_line = next(line for line in out.splitlines() if line.strip().startswith("events "))
    assert n_meetings and f"events        {n_events}  (" in events_line and f"{n_meetings} meet" in events_line
    assert f"quotations    {n_quotes}\n" in out and n_quotes > 0
    assert "rejected  empty.txt: empty file" in out
    assert (project.root / "dagster_home" / "dagster.yaml").exists()

    con = duckdb.connect(str(project.published), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (21,)
    con.close()

    # Nothing changed: the run says so from the warehouse alone, without starting a Dagster run.
    runs = _run_count(project, monkeypatch)
    same = project.run("run", extra_env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert same.returncode == 0, same.stdout + same.stderr
    assert "unchanged   3 files already ingested with this content" in same.stdout
    assert "whole corpus: nothing changed since the last run" in same.stdout
    assert "articles      21" in same.stdout
    assert _run_count(project, monkeypatch) == runs
    # ... and cheaply: neither Dagster nor the table models (pandera, pandas: about a second) are imported.
    imported = {line.rsplit("|", 1)[-1].strip() for line in same.stderr.splitlines() if line.startswith("import time")}
    assert "duckdb" in imported and not imported & {"dagster", "pandera", "pandas", "spacy"}

    # A file removed from raw/ leaves the warehouse on the next run; and files the rules of another
    # version of the code made (as after an upgrade) are made again, though their content is the same.
    (raw / "bbc-style.txt").unlink()
    working = project.warehouse / ".work" / "warehouse.duckdb"
    con = duckdb.connect(str(working))
    con.execute("UPDATE ingest_log SET code_version = 'an-older-one'")
    con.close()
    again = project.run("run")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "removed     bbc-style.txt (file no longer in the raw folder)" in again.stdout
    assert "upgraded    2 files made by another version of the code: redone" in again.stdout
    assert "articles      20" in again.stdout
    con = duckdb.connect(str(working), read_only=True)
    assert con.execute("SELECT DISTINCT code_version FROM ingest_log").fetchall() == [(code_version(),)]
    con.close()


def test_parallel_batch_runs_build_the_same_warehouse_as_one_batch_at_a_time(tmp_path, monkeypatch):
    """`pipeline run` over many files keeps two batch runs going at once; the result is the
    warehouse of one batch at a time, and every file is reported once."""
    from tests.e2e.conftest import Project

    stories = {
        f"story-{i:03d}.txt": f"Story {i}\n\nPresident Lula met Xi Jinping in Beijing on May {i % 28 + 1}.\n"
        for i in range(120)
    }
    projects = {}
    for runs in ("1", "2"):
        project = Project(tmp_path / f"runs-{runs}")
        project.raw.mkdir(parents=True)
        for name, text in stories.items():
            (project.raw / name).write_text(text)
        done = project.run("run", extra_env={"PIPELINE_PARALLEL_RUNS": runs, "PIPELINE_BATCH_FILES": "25"})
        assert done.returncode == 0, done.stdout + done.stderr
        assert "files         120  (120 ok)" in done.stdout
        projects[runs] = project
    # At most 25 files a batch, in a number of equal batches both workers share: six of 20.
    assert "[1-20/120] ok" in done.stdout and "[101-120/120] ok" in done.stdout
    assert projects["2"].tables() == projects["1"].tables()

    # Two batch runs were in progress at the same time.
    monkeypatch.setenv("DAGSTER_HOME", str(projects["2"].root / "dagster_home"))
    with dg.DagsterInstance.get() as instance:
        spans = sorted(
            (r.start_time, r.end_time) for r in instance.get_run_records() if r.dagster_run.job_name == "ingest_files"
        )
    assert len(spans) == 6
    assert any(later_start < end for (_, end), (later_start, _) in zip(spans, spans[1:], strict=False))


def test_pipeline_run_reads_saved_pages_and_exports(project):
    from tests.conftest import FIXTURES

    for name in ("2026-11-20_harbour-pilots.html", "wire-export.jsonl", "scraper-export.csv"):
        (project.raw / name).write_bytes((FIXTURES / "formats" / name).read_bytes())
    fields = "title=headline,text=body,date=published,url=link,source=outlet"
    done = project.run("run", extra_env={"PIPELINE_RECORD_FIELDS": "title=nope,text"})
    assert done.returncode != 0 and "PIPELINE_RECORD_FIELDS='title=nope,text' is not valid" in done.stdout + done.stderr

    done = project.run("run", extra_env={"PIPELINE_RECORD_FIELDS": fields})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2026-11-20_harbour-pilots.html  ok  1 articles" in done.stdout
    # With these field names, the JSON Lines export (title/text/...) has no text field in any record.
    assert "wire-export.jsonl  ok  0 articles" in done.stdout
    assert "scraper-export.csv  ok  2 articles" in done.stdout

    con = duckdb.connect(str(project.published), read_only=True)
    try:
        outlets = con.execute("SELECT outlet, count(*) FROM articles GROUP BY ALL ORDER BY outlet").fetchall()
        assert outlets == [("Harbour Times", 1), ("The Coastal Ledger", 1), ("Valley Post", 1)]
        (n_quarantined,) = con.execute(
            "SELECT count(*) FROM quarantine WHERE doc_id = 'wire-export.jsonl' AND reason LIKE '%no text%'"
        ).fetchone()
        assert n_quarantined == 6
    finally:
        con.close()
