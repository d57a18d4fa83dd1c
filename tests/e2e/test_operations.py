"""Daily life with analysts: read-only sessions during runs, and runs killed mid-write."""

import hashlib
import os
import signal
import subprocess
import sys

import duckdb

from pipeline.lib.store.schemas import MART_MODELS
from tests.conftest import PROJECT_ROOT, SAMPLE

DUCKDB_CLI = PROJECT_ROOT / ".venv" / "bin" / "duckdb"

# A reader in its own process: opens the published warehouse read-only, answers "count" on
# stdin with the number of articles its session sees, until it reads "quit".
READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    if line.strip() == "quit":
        break
    print(con.execute("SELECT count(*) FROM articles").fetchone()[0], flush=True)
"""

# A reader that keeps opening fresh sessions while a run goes on and records what each saw.
POLLER = """
import sys, time, duckdb
deadline = time.time() + float(sys.argv[2])
while time.time() < deadline:
    try:
        con = duckdb.connect(sys.argv[1], read_only=True)
    except duckdb.Error as err:
        print("ERROR", err, flush=True)
        continue
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    orphans = con.execute("SELECT count(*) FROM paragraphs p ANTI JOIN articles a USING (article_id)").fetchone()[0]
    # Every NER mention is resolved, or held back in quarantine with its reason (a pronoun, a bare title).
    unresolved = con.execute(
        "SELECT count(*) FROM ner_mentions n ANTI JOIN entity_mentions m USING (mention_id) "
        "WHERE n.mention_id NOT IN (SELECT row_key FROM quarantine)"
    ).fetchone()[0]
    con.close()
    print(n_docs, n_articles, orphans, unresolved, flush=True)
    time.sleep(0.05)
"""


def ask(reader: subprocess.Popen) -> int:
    reader.stdin.write("count\n")
    reader.stdin.flush()
    return int(reader.stdout.readline())


def test_read_only_sessions_never_block_a_run_and_keep_their_snapshot(project):
    (project.raw / "first.txt").write_bytes(SAMPLE.read_bytes())
    assert project.run("run").returncode == 0

    python_reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(project.published)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    cli_reader = subprocess.Popen(
        [str(DUCKDB_CLI), "-readonly", "-noheader", "-csv", str(project.published)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert ask(python_reader) == 20
        cli_reader.stdin.write("SELECT count(*) FROM articles;\n")
        cli_reader.stdin.flush()
        assert cli_reader.stdout.readline().strip() == "20"

        (project.raw / "second.txt").write_text("A second story\n\nIt has one paragraph.\n")
        done = project.run("run")
        assert done.returncode == 0, done.stdout + done.stderr  # the open sessions did not get in the way

        # Sessions opened before the run still see the state before it, whole.
        assert ask(python_reader) == 20
        cli_reader.stdin.write("SELECT count(*) FROM articles;\n")
        cli_reader.stdin.flush()
        assert cli_reader.stdout.readline().strip() == "20"
        # A new session sees the state after it.
        con = duckdb.connect(str(project.published), read_only=True)
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (21,)
        con.close()
    finally:
        python_reader.stdin.write("quit\n")
        python_reader.stdin.close()
        cli_reader.stdin.write(".quit\n")
        cli_reader.stdin.close()
        python_reader.wait(timeout=30)
        cli_reader.wait(timeout=30)


def test_queries_during_a_run_see_before_or_after_never_a_mix(project):
    (project.raw / "first.txt").write_bytes(SAMPLE.read_bytes())
    assert project.run("run").returncode == 0
    for i in range(3):
        (project.raw / f"extra-{i}.txt").write_text(f"Extra story {i}\n\nChina and Venezuela, paragraph {i}.\n")

    poller = subprocess.Popen(
        [sys.executable, "-c", POLLER, str(project.published), "40"], stdout=subprocess.PIPE, text=True
    )
    done = project.run("run")
    assert done.returncode == 0, done.stdout + done.stderr
    seen = [line.split() for line in poller.communicate(timeout=120)[0].splitlines()]
    assert seen and not [s for s in seen if s[0] == "ERROR"]
    states = {(int(d), int(a)) for d, a, *_ in seen}
    assert states <= {(1, 20), (4, 23)}, states
    assert (4, 23) in states  # the run finished while we were looking
    assert all(orphans == "0" and unresolved == "0" for *_, orphans, unresolved in seen)


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def marts_state(project):
    marts = project.warehouse / "marts"
    return os.readlink(marts), {p.name: sha256(p) for p in sorted(marts.glob("*.parquet"))}


def test_run_killed_mid_write_leaves_the_warehouse_as_it_was_and_recovers(project, tmp_path):
    (project.raw / "first.txt").write_bytes(SAMPLE.read_bytes())
    assert project.run("run").returncode == 0
    before_bytes = sha256(project.published)
    before = project.tables()
    before_marts = marts_state(project)
    assert len(before_marts[1]) == len(MART_MODELS)

    for i in range(6):
        (project.raw / f"copy-{i}.txt").write_text(
            SAMPLE.read_text(encoding="utf-8").replace("Venezuela", f"Venezuela {i}"), encoding="utf-8"
        )
    run = project.start("run")
    lines = []
    for line in run.stdout:  # kill as soon as the first new file has landed in the working file
        lines.append(line)
        if line.startswith("[1/"):
            break
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert run.returncode == -signal.SIGKILL, lines

    assert sha256(project.published) == before_bytes
    assert project.tables() == before
    assert marts_state(project) == before_marts

    again = project.run("run")
    assert again.returncode == 0, again.stdout + again.stderr

    # A clean run over the same raw folder, in a fresh warehouse and instance, gives the same tables.
    from tests.e2e.conftest import Project

    clean = Project(tmp_path / "clean")
    clean.root.mkdir()
    os.symlink(project.raw, clean.raw)
    assert clean.run("run").returncode == 0
    # Story ids keep what the registry gave them before the copies came (ids stable across runs),
    # where a clean run mints them afresh: the stories must be the same groups, under any ids.
    no_story_ids = ("ingested_at", "detected_at", "completed_at", "story_id")
    assert project.tables(ignore=no_story_ids) == clean.tables(ignore=no_story_ids)
    assert _story_groups(project) == _story_groups(clean)
    assert marts_state(project)[0] != before_marts[0]  # the rerun published a new set of marts


def _story_groups(project) -> set[frozenset]:
    """Each story as the set of its copies (article, section), whatever its id."""
    con = duckdb.connect(str(project.published), read_only=True)
    try:
        rows = con.execute("SELECT story_id, article_id, section_no FROM story_copies").fetchall()
    finally:
        con.close()
    groups: dict[str, set] = {}
    for story_id, article_id, section_no in rows:
        groups.setdefault(story_id, set()).add((article_id, section_no))
    return {frozenset(g) for g in groups.values()}
