"""The removal safety valve and the raw folder that cannot be listed."""

import os

import pytest

from pipeline.lib.store.removals import DEFAULT_MAX_REMOVALS, RemovalLimit, removal_refusal
from pipeline.lib.text.rawfiles import RawFolderError, list_raw_files

DEFAULT = RemovalLimit.parse(DEFAULT_MAX_REMOVALS)


@pytest.mark.parametrize(
    ("known", "allowed"),
    [(1, 1), (4, 1), (10, 2), (100, 20), (250, 50), (1000, 50)],
)
def test_default_allows_the_smaller_of_a_fifth_and_fifty_files_but_never_less_than_one(known, allowed):
    assert DEFAULT.allowed(known) == allowed


def test_limits_parse_share_count_or_both():
    assert RemovalLimit.parse("10%").allowed(1000) == 100
    assert RemovalLimit.parse("7").allowed(1000) == 7
    assert RemovalLimit.parse("50%, 3").allowed(10) == 3
    assert RemovalLimit.parse("0").allowed(1000) == 0  # every removal needs confirming
    for bad in ("abc", "120%", "10%,20%", "1.5", "", "-3"):
        with pytest.raises(ValueError):
            RemovalLimit.parse(bad)


def test_removing_every_known_file_is_always_refused():
    message = removal_refusal(1, 1, DEFAULT, "/data/raw")
    assert message and "holds none of the 1 files" in message and "--allow-removals" in message
    assert removal_refusal(0, 0, DEFAULT, "/data/raw") is None


def test_one_file_of_a_small_corpus_may_go_but_not_most_of_a_large_one():
    assert removal_refusal(1, 3, DEFAULT, "raw") is None
    assert removal_refusal(2, 3, DEFAULT, "raw") is not None
    assert removal_refusal(50, 1000, DEFAULT, "raw") is None
    message = removal_refusal(51, 1000, DEFAULT, "raw")
    assert "lost 51 of the 1000 files" in message and "PIPELINE_MAX_REMOVALS=20%,50" in message


def test_a_missing_raw_folder_is_an_error_not_an_empty_folder(tmp_path):
    with pytest.raises(RawFolderError, match="does not exist"):
        list_raw_files(tmp_path / "not-mounted")
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(RawFolderError, match="not a folder"):
        list_raw_files(tmp_path / "a-file")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert list_raw_files(empty) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_an_unlistable_raw_folder_is_an_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o000)
    try:
        with pytest.raises(RawFolderError, match="cannot be listed"):
            list_raw_files(locked)
    finally:
        locked.chmod(0o755)
