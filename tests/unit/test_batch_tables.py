"""A batch of files gives the same tables as its files one by one.

`split_documents` and `date_tables` build one frame per table for a whole batch (a frame per
document cost more than its rows), and `find_attributions` skips paragraphs without any of its
patterns' words: these tests compare with the per-document and unskipped paths, on the sample and
on BBC files when the corpus is there.
"""

import datetime as dt
import shutil

import polars as pl
import pytest

from pipeline.lib.events.extraction import article_date, article_date_mentions, date_tables
from pipeline.lib.store.schemas import ArticleDates, DateMentions, frame_of
from pipeline.lib.store.tables import ARTICLE_TABLES, article_tables, document_frames, split_documents
from pipeline.lib.text import attributions
from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.rawfiles import list_raw_files
from tests.conftest import BBC, SAMPLE


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    """The sample, a few BBC files (when present), a rejected file and one with a broken marker."""
    folder = tmp_path_factory.mktemp("raw")
    shutil.copy2(SAMPLE, folder / SAMPLE.name)
    if BBC.is_dir():
        for path in sorted(BBC.rglob("*.txt"))[::150]:
            if path.name != "README.TXT":
                shutil.copy2(path, folder / f"{path.parent.name}-{path.name}")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "marker.txt").write_text("A title\n\nA paragraph.\n\nContinue reading Another title\n")
    return folder


@pytest.fixture(scope="module")
def documents(raw):
    return document_frames([(f.partition_key, f) for f in list_raw_files(raw)], raw)


def test_a_batch_splits_as_its_documents_one_by_one(documents):
    tables, warnings = split_documents(documents)
    one_by_one = {name: [] for name in ARTICLE_TABLES}
    expected_warnings = []
    for doc_id, file_name, status, text in documents.select("doc_id", "file_name", "status", "text").iter_rows():
        parsed = parse_document(text if status != "rejected" else "")
        expected_warnings += [f"{file_name}: {w}" for w in parsed.warnings]
        for name, frame in article_tables(doc_id, parsed).items():
            one_by_one[name].append(frame)
    for name in ARTICLE_TABLES:
        assert tables[name].equals(pl.concat(one_by_one[name])), name
    assert tables["articles"].height > 20
    assert warnings == expected_warnings and any("marker.txt" in w for w in warnings)


def test_batch_date_tables_equal_the_articles_one_by_one(documents):
    tables, _ = split_documents(documents)
    references = dict(documents.select("doc_id", "reference_date").iter_rows())
    mentions, article_dates = date_tables(references, tables["articles"], tables["sections"], tables["paragraphs"])

    mention_rows, date_rows = [], []
    for doc_id, article_id, date_text in tables["articles"].select("doc_id", "article_id", "dateline_date_text").rows():
        reference = references[doc_id] or dt.date.today()
        paragraphs = tables["paragraphs"].filter(pl.col("article_id") == article_id).sort("paragraph_no")
        sections = tables["sections"].filter(pl.col("article_id") == article_id)
        found = article_date_mentions(
            paragraphs.select("paragraph_no", "section_no", "text").rows(),
            dict(sections.select("section_no", "dateline_date_text").rows()),
            date_text,
            reference,
        )
        mention_rows += [
            {"article_id": article_id, "doc_id": doc_id, "paragraph_no": n, **m.__dict__} for n, m in found
        ]
        day, source = article_date(date_text, [m for _, m in found], reference)
        date_rows.append(
            {"article_id": article_id, "doc_id": doc_id, "article_date": day, "article_date_source": source}
        )
    assert mentions.equals(frame_of(DateMentions, mention_rows))
    assert article_dates.equals(frame_of(ArticleDates, date_rows))
    assert mentions.height > 100


def test_attributions_skip_only_paragraphs_no_pattern_can_match(documents, monkeypatch):
    texts = [t for t in split_documents(documents)[0]["paragraphs"]["text"]]
    texts += ["It was first published by Orinoco Tribune.", "The following report in Global Times was carried"]
    fast = [attributions.find_attributions(t) for t in texts]
    monkeypatch.setattr(attributions, "_PATTERN_WORDS", ("",))  # every text holds the empty word
    assert fast == [attributions.find_attributions(t) for t in texts]
    assert sum(map(len, fast)) >= 10
