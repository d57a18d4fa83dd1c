"""The raw folder through fsspec (universal-pathlib): an in-memory bucket stands in for S3."""

import datetime as dt
import hashlib

import pytest
from upath import UPath

from pipeline import settings
from pipeline.lib.text.rawfiles import list_raw_files, read_raw_bytes, reference_date_for
from pipeline.lib.text.rawscan import scan_raw_folder


@pytest.fixture
def bucket():
    root = UPath("memory://news-bucket/raw")
    root.mkdir(parents=True, exist_ok=True)
    yield root
    root.fs.rm("/news-bucket", recursive=True)


def test_raw_files_list_read_and_date_from_a_bucket(bucket):
    (bucket / "story.txt").write_bytes(b"A title\n\nA paragraph.\n")
    (bucket / "story.txt.meta.json").write_text('{"reference_date": "2025-11-28"}')
    (bucket / "upload.txt.part").write_bytes(b"half")

    files = list_raw_files(bucket)
    assert [(f.partition_key, f.path.name) for f in files] == [("story.txt", "story.txt")]
    assert read_raw_bytes(bucket, files[0].path) == b"A title\n\nA paragraph.\n"
    assert reference_date_for(files[0].path) == (dt.date(2025, 11, 28), "sidecar")


def test_sensor_scan_hashes_bucket_objects_and_sees_removals(bucket):
    (bucket / "a.txt").write_bytes(b"first")
    first = scan_raw_folder(bucket, {}, now=1e10, settle_seconds=10)
    assert first.changed["a.txt"].sha256 == hashlib.sha256(b"first").hexdigest()

    (bucket / "a.txt").unlink()
    second = scan_raw_folder(bucket, first.states, now=1e10, settle_seconds=10)
    assert second.removed == ["a.txt"] and not second.changed


def test_raw_dir_accepts_urls_and_the_warehouse_refuses_them(monkeypatch):
    monkeypatch.setenv("PIPELINE_RAW_DIR", "memory://news-bucket/raw")
    assert str(settings.raw_dir()) == "memory://news-bucket/raw"
    monkeypatch.setenv("PIPELINE_WAREHOUSE_DIR", "s3://news-bucket/warehouse")
    with pytest.raises(ValueError, match="PIPELINE_WAREHOUSE_DIR=s3://news-bucket/warehouse: .* PIPELINE_PUBLISH_URL"):
        settings.warehouse_dir()
