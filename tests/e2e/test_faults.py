"""Faults users meet, through the CLI as they run it: each leaves the analysts' warehouse as it was
and says in one line what is wrong."""

import contextlib
import os
import shutil
import subprocess

import duckdb
import pytest

from pipeline.settings import installed_spacy_models

STORIES = {
    f"story-{i}.txt": f"Story number {i}\n\nPresident Lula met Xi Jinping in Beijing on May {i + 1}, 2025.\n"
    for i in range(5)
}


def _error_lines(done) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("pipeline:")]


@pytest.fixture
def built(project):
    for name, text in STORIES.items():
        (project.raw / name).write_text(text)
    done = project.run("run")
    assert done.returncode == 0, done.stdout + done.stderr
    return project


def _assert_refused(project, done, before, expected: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    lines = _error_lines(done)
    assert len(lines) == 1 and expected in lines[0], done.stderr
    assert "removed " not in done.stdout
    assert project.tables() == before


def test_missing_empty_or_mostly_emptied_raw_folder_leaves_the_warehouse_as_it_was(built):
    project = built
    before = project.tables()
    published_bytes = project.published.read_bytes()

    missing = project.run("run", extra_env={"PIPELINE_RAW_DIR": str(project.root / "not-mounted")})
    _assert_refused(project, missing, before, "does not exist")

    stash = project.root / "stash"
    shutil.move(project.raw, stash)
    project.raw.mkdir()
    empty = project.run("run")
    _assert_refused(project, empty, before, "holds none of the 5 files")

    (project.raw / "story-0.txt").write_bytes((stash / "story-0.txt").read_bytes())
    most = project.run("run")
    _assert_refused(project, most, before, "lost 4 of the 5 files")
    assert "--allow-removals" in most.stderr
    assert project.published.read_bytes() == published_bytes  # not even republished

    # The share comes back: nothing to do, nothing lost.
    for name in STORIES:
        shutil.copy2(stash / name, project.raw / name)
    back = project.run("run")
    assert back.returncode == 0, back.stdout + back.stderr
    assert project.tables() == before

    # Removed on purpose: confirmed, the files leave every table.
    for name in list(STORIES)[1:]:
        (project.raw / name).unlink()
    confirmed = project.run("run", "--allow-removals")
    assert confirmed.returncode == 0, confirmed.stdout + confirmed.stderr
    assert confirmed.stdout.count("removed     story-") == 4
    assert "articles      1" in confirmed.stdout
    assert [row[0] for row in project.tables()["documents"]] == ["story-0.txt"]


def test_one_file_of_a_few_may_leave_without_confirmation(built):
    (built.raw / "story-4.txt").unlink()
    done = built.run("run")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "removed     story-4.txt" in done.stdout
    assert "articles      4" in done.stdout


def test_the_limit_is_configurable(built):
    (built.raw / "story-4.txt").unlink()
    done = built.run("run", extra_env={"PIPELINE_MAX_REMOVALS": "0"})
    assert done.returncode == 1
    assert "PIPELINE_MAX_REMOVALS=0" in done.stderr


def test_bad_settings_stop_the_command_before_any_run(project):
    (project.raw / "story.txt").write_text(STORIES["story-0.txt"])
    done = project.run("run", extra_env={"PIPELINE_BATCH_FILES": "abc", "PIPELINE_SPACY_MODEL": "en_core_web_lg"})
    assert done.returncode == 1
    lines = _error_lines(done)
    assert lines == [
        "pipeline: PIPELINE_SPACY_MODEL='en_core_web_lg' is not valid (not an installed spaCy pipeline; "
        f"installed: {', '.join(installed_spacy_models())}): expected the package name of an installed spaCy "
        "pipeline, or its folder",
        "pipeline: PIPELINE_BATCH_FILES='abc' is not valid: expected a whole number, at least 1",
    ]
    assert "Traceback" not in done.stderr
    assert not (project.root / "dagster_home").exists()  # no instance, no run
    assert not project.warehouse.exists()


def _without_caches(tables: dict) -> dict:
    # Caches keep the parses of a file's earlier text, and the story registry keeps the keys of
    # copies that left so they get their story back: both hold history a clean run has not seen.
    # The tables the ids land in (stories, story_copies, articles) are compared.
    return {name: rows for name, rows in tables.items() if not name.endswith("_cache") and name != "story_registry"}


def _damage(path, how: str) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if how == "truncated" else os.urandom(len(data)))


@pytest.mark.parametrize("how", ["truncated", "random bytes"])
def test_a_damaged_working_file_is_healed_by_the_next_run(built, how):
    project = built
    clean = project.tables()
    working = project.warehouse / ".work" / "warehouse.duckdb"
    _damage(working, how)
    # A file changed since the snapshot is replayed on top of the restored copy.
    (project.raw / "story-1.txt").write_text("Story one, revised\n\nXi Jinping met Lula in Brasília on July 4, 2025.\n")

    healed = project.run("run")
    assert healed.returncode == 0, healed.stdout + healed.stderr
    (line,) = [x for x in healed.stdout.splitlines() if x.startswith("healed")]
    assert "was damaged" in line and "restored from the published snapshot (5 files)" in line
    assert "unchanged   4 files" in healed.stdout
    assert len(list(working.parent.glob("warehouse.duckdb.damaged-*"))) == 1

    reference = project.__class__(project.root / "clean")
    reference.raw.mkdir(parents=True)
    for path in project.raw.iterdir():
        shutil.copy2(path, reference.raw / path.name)
    assert reference.run("run").returncode == 0
    # The caches, keyed by content, also keep the parses of story-1's earlier text: that is all.
    assert _without_caches(project.tables()) == _without_caches(reference.tables())
    assert _without_caches(project.tables(working)) == _without_caches(
        reference.tables(reference.warehouse / ".work" / "warehouse.duckdb")
    )
    assert project.tables() != clean  # story-1 did change


def test_without_a_readable_snapshot_the_working_file_is_rebuilt_from_raw(built):
    project = built
    clean = project.tables()
    working = project.warehouse / ".work" / "warehouse.duckdb"
    _damage(working, "random bytes")
    _damage(project.published, "truncated")
    healed = project.run("run")
    assert healed.returncode == 0, healed.stdout + healed.stderr
    assert "no readable published snapshot: every file is replayed from the raw folder" in healed.stdout
    assert "files         5  (5 ok)" in healed.stdout
    assert project.tables() == clean


@contextlib.contextmanager
def _small_filesystem(folder, size: str):
    """A tmpfs of `size` mounted on `folder` (root, as on this project's machines and CI)."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _litter(warehouse) -> list[str]:
    return sorted(
        p.name for p in warehouse.rglob("*") if p.name.endswith(".tmp") or p.name in ("marts-next", "report-next")
    )


def test_a_full_disk_fails_in_one_line_leaves_nothing_behind_and_recovers(project):
    for name, text in STORIES.items():
        (project.raw / name).write_text(text)
    with _small_filesystem(project.warehouse, "40m"):
        assert project.run("run").returncode == 0
        before = project.tables()
        published = project.published.read_bytes()
        free = shutil.disk_usage(project.warehouse).free
        filler = project.warehouse / "filler"
        filler.write_bytes(b"\0" * (free - 512 * 1024))  # leave half a megabyte
        for i in range(5, 9):
            (project.raw / f"story-{i}.txt").write_text(f"Story {i}\n\nDilma Rousseff met Putin in Moscow in May.\n")

        full = project.run("run")
        assert full.returncode == 1, full.stdout + full.stderr
        assert "Traceback" not in full.stdout + full.stderr and "Stack Trace" not in full.stderr
        failures = [line for line in full.stdout.splitlines() if "FAILED" in line]
        assert failures and all("no space left on device (needs about" in line for line in failures), full.stdout
        assert f"warehouse folder {project.warehouse}:" in failures[0]
        assert _litter(project.warehouse) == []
        assert project.published.read_bytes() == published  # untouched
        assert project.tables() == before

        filler.unlink()  # space is back
        recovered = project.run("run")
        assert recovered.returncode == 0, recovered.stdout + recovered.stderr
        assert "files         9  (9 ok)" in recovered.stdout
        assert _litter(project.warehouse) == []


def test_a_read_only_warehouse_folder_is_said_in_one_line(built):
    project = built
    before = project.tables()
    (project.raw / "story-9.txt").write_text("Story 9\n\nA new story.\n")
    with _small_filesystem(project.root / "ro", "1m"):
        subprocess.run(["mount", "-o", "remount,ro", str(project.root / "ro")], check=True)
        done = project.run("run", extra_env={"PIPELINE_WAREHOUSE_DIR": str(project.root / "ro")})
    assert done.returncode == 1
    assert _error_lines(done) == [
        f"pipeline: warehouse folder {project.root / 'ro'} is read-only "
        "(the pipeline writes its working file and snapshot there)"
    ]
    assert project.tables() == before


def _entity_ids(project) -> dict[str, str]:
    con = duckdb.connect(str(project.published), read_only=True)
    try:
        return dict(con.execute("SELECT canonical_name, entity_id FROM entities").fetchall())
    finally:
        con.close()


def test_rebuild_starts_afresh_keeping_caches_snapshot_and_entity_ids(project):
    (project.raw / "a.txt").write_text("Lula and Xi\n\nLula da Silva met Xi Jinping in Beijing on May 13, 2025.\n")
    assert project.run("run").returncode == 0
    first_ids = _entity_ids(project)
    # A fuller spelling joins the cluster later: the registry keeps the id it was minted with.
    (project.raw / "b.txt").write_text("Lula at home\n\nLuiz Inácio Lula da Silva spoke in Brasília on May 20, 2025.\n")
    assert project.run("run").returncode == 0
    before, ids = project.tables(), _entity_ids(project)
    # (A fresh resolution would mint another id for the grown cluster.)
    assert [i for name, i in ids.items() if "Lula" in name] == [first_ids["Lula da Silva"]]
    published = project.published.read_bytes()

    working = project.warehouse / ".work" / "warehouse.duckdb"
    con = duckdb.connect(str(working))
    con.execute("UPDATE articles SET title = 'tampered'")  # a state only a rebuild from raw/ undoes
    con.close()
    started = project.start("run", "--rebuild")
    out, _ = started.communicate(timeout=600)
    assert started.returncode == 0, out
    (line,) = [x for x in out.splitlines() if x.startswith("rebuild")]
    assert "keeping from warehouse.duckdb: ner_cache" in line and "entity_registry" in line
    assert "files         2  (2 ok)" in out
    assert project.tables() == before
    assert _entity_ids(project) == ids
    assert project.published.read_bytes() != published  # republished, as a whole


def test_doctor_names_each_fault_and_its_fix(built):
    project = built

    def doctor(**env) -> tuple[int, str]:
        done = project.run("doctor", extra_env=env)
        return done.returncode, done.stdout

    code, out = doctor()
    assert code == 0 and "no problems found" in out, out
    assert "ok        working file" in out and "ok        published" in out and "ok        marts" in out
    assert "ok        report" in out

    code, out = doctor(PIPELINE_RAW_DIR=str(project.root / "not-mounted"))
    assert code == 1 and "PROBLEM   raw folder" in out and "does not exist" in out

    code, out = doctor(PIPELINE_BATCH_FILES="abc")
    assert code == 1 and "PIPELINE_BATCH_FILES='abc' is not valid" in out

    empty = project.root / "empty-raw"
    empty.mkdir()
    code, out = doctor(PIPELINE_RAW_DIR=str(empty))
    assert code == 1 and "PROBLEM   raw folder" in out and "holds none of the 5 files" in out
    assert "--allow-removals" in out

    snapshot = project.published.read_bytes()
    _damage(project.published, "random bytes")
    code, out = doctor()
    assert code == 1 and "PROBLEM   published" in out and "`pipeline run --force` publishes" in out
    project.published.write_bytes(snapshot)

    working = project.warehouse / ".work" / "warehouse.duckdb"
    intact = working.read_bytes()
    _damage(working, "truncated")
    code, out = doctor()
    assert code == 1 and "PROBLEM   working file" in out and "is damaged" in out
    assert "moves it aside and restores it from the snapshot" in out
    assert working.read_bytes()[:100] == intact[:100] and working.stat().st_size == len(intact) // 2  # read-only
    working.write_bytes(intact)

    marts = project.warehouse / "marts"
    target = marts.resolve()
    marts.unlink()
    code, out = doctor()
    assert code == 1 and "PROBLEM   marts" in out
    marts.symlink_to(target.name)

    with _small_filesystem(project.root / "ro", "1m"):
        subprocess.run(["mount", "-o", "remount,ro", str(project.root / "ro")], check=True)
        code, out = doctor(PIPELINE_WAREHOUSE_DIR=str(project.root / "ro"))
    assert code == 1 and "is read-only" in out

    working_size = working.stat().st_size
    small = project.root / "small"
    with _small_filesystem(small, f"{working_size // 1024 + 512}k"):  # the working file, and half a megabyte
        (small / ".work").mkdir()
        shutil.copyfile(working, small / ".work" / "warehouse.duckdb")
        code, out = doctor(PIPELINE_WAREHOUSE_DIR=str(small))
    assert code == 1 and "PROBLEM   disk" in out and "a run needs about" in out, out
