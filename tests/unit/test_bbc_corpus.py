"""Every BBC article ingests as exactly one article with the title on its first line."""

import pytest

from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.rawtext import STATUS_FLAGGED, STATUS_OK, decode_document
from tests.conftest import BBC

pytestmark = pytest.mark.skipif(not BBC.is_dir(), reason=f"BBC corpus not found at {BBC}")


def test_every_bbc_file_is_one_article_with_its_first_line_as_title():
    files = sorted(BBC.rglob("*.txt"))
    files = [f for f in files if f.name != "README.TXT"]
    assert len(files) == 2225
    flagged = []
    for path in files:
        data = path.read_bytes()
        doc = decode_document(data)
        assert doc.status in (STATUS_OK, STATUS_FLAGGED), (path, doc.reason)
        if doc.status == STATUS_FLAGGED:
            flagged.append(path.relative_to(BBC).as_posix())
        (article,) = parse_document(doc.text).articles
        # Expected title straight from the bytes: the first line, decoded leniently.
        first_line = data.split(b"\n", 1)[0].decode("utf-8", errors="replace").strip()
        assert article.title == first_line, path
        assert not article.has_continue_marker
        assert article.paragraphs, path
    assert flagged == ["sport/199.txt"]


def test_the_non_utf8_file_decodes_its_pound_signs():
    doc = decode_document((BBC / "sport" / "199.txt").read_bytes())
    assert doc.encoding == "cp1252"
    assert "£" in doc.text and "\ufffd" not in doc.text
