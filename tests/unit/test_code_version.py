"""The code version that `ingest_log` keeps: it names the row-making source, and only that."""

import shutil

import pytest

from pipeline.lib.store.code_version import PACKAGE_DIR, code_version

version_of = code_version.__wrapped__  # uncached: these tests change files under one folder


@pytest.fixture
def package(tmp_path):
    root = tmp_path / "pipeline"
    for relative, text in {
        "lib/events/rules.py": "WORDS = ('met', 'visited')\n",
        "lib/nlp/data/names.csv": "name\nAda\n",
        "defs/assets.py": "ASSETS = []\n",
        "cli.py": "def main(): ...\n",
    }.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text)
    return root


def test_the_same_files_give_the_same_version_wherever_they_are(package, tmp_path):
    copy = shutil.copytree(package, tmp_path / "elsewhere" / "pipeline")
    assert version_of(package) == version_of(copy)
    assert len(version_of(package)) == 16


@pytest.mark.parametrize("changed", ["lib/events/rules.py", "lib/nlp/data/names.csv", "defs/assets.py"])
def test_a_changed_rule_word_list_or_asset_is_another_version(package, changed):
    before = version_of(package)
    (package / changed).write_text((package / changed).read_text() + "# one more line\n")
    assert version_of(package) != before


def test_a_moved_file_is_another_version(package):
    before = version_of(package)
    (package / "lib/events/rules.py").rename(package / "lib/events/other_rules.py")
    assert version_of(package) != before


def test_compiled_files_and_code_that_makes_no_rows_are_not_part_of_it(package):
    before = version_of(package)
    (package / "lib/events/__pycache__").mkdir()
    (package / "lib/events/__pycache__/rules.cpython-311.pyc").write_bytes(b"\x00compiled")
    (package / "cli.py").write_text("def main(): print('a new command')\n")
    assert version_of(package) == before


def test_the_installed_package_has_a_version_that_covers_its_rules():
    assert code_version() == version_of(PACKAGE_DIR)
    assert (PACKAGE_DIR / "lib" / "events" / "event_types.py").is_file()
