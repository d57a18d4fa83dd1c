"""The README's run command, as a user runs it, on a temporary raw folder and warehouse."""

import duckdb

from tests.conftest import SAMPLE


def test_pipeline_run_ingests_every_file_and_summarises(project):
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
    assert "rejected  empty.txt: empty file" in out
    assert (project.root / "dagster_home" / "dagster.yaml").exists()

    con = duckdb.connect(str(project.published), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (21,)
    con.close()

    # A file removed from raw/ leaves the warehouse on the next run.
    (raw / "bbc-style.txt").unlink()
    again = project.run("run")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "removed     bbc-style.txt (file no longer in the raw folder)" in again.stdout
    assert "articles      20" in again.stdout
