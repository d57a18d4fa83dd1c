"""Saved web pages and JSON Lines / CSV exports through the real assets, DuckDB and Dagster."""

import datetime as dt
import json
import shutil

import dagster as dg

from pipeline.definitions import ASSETS, CHECKS
from pipeline.defs.resources import project_resources
from pipeline.lib.text import exports
from pipeline.lib.text.articles import parse_document
from tests.assets.test_ingest import check_results
from tests.conftest import FIXTURES
from tests.exports import BROKEN_EVERY, write_export

FORMATS = FIXTURES / "formats"
INGEST = dg.AssetSelection.groups("ingest")


def add_fixture(workspace, name: str) -> str:
    shutil.copy(FORMATS / name, workspace.raw / name)
    return workspace.add(name, (FORMATS / name).read_bytes())


def test_a_saved_page_lands_with_its_site_url_and_date(workspace):
    key = add_fixture(workspace, "2026-11-20_harbour-pilots.html")
    result = workspace.materialize(key)
    assert result.success and all(check_results(result).values()), check_results(result)

    (doc,) = workspace.query(
        "SELECT format, extractor, status, url, site_name, published_date, reference_date, reference_date_source, "
        "text LIKE 'Harbour pilots strike delays grain shipments%' FROM documents"
    )
    assert doc == (
        "html", "trafilatura 2.3.1", "ok", "https://www.coastalledger.example/business/2026/11/18/harbour-pilots-strike",
        "The Coastal Ledger", dt.date(2026, 11, 18), dt.date(2026, 11, 18), "page_metadata", True,
    )  # fmt: skip
    (article,) = workspace.query("SELECT title, n_paragraphs, outlet, url, published_date FROM articles")
    assert article == (
        "Harbour pilots strike delays grain shipments", 5, "The Coastal Ledger",
        "https://www.coastalledger.example/business/2026/11/18/harbour-pilots-strike", dt.date(2026, 11, 18),
    )  # fmt: skip
    texts = " ".join(t for (t,) in workspace.query("SELECT text FROM paragraphs"))
    assert "cookie" not in texts.lower() and "Related stories" not in texts and "©" not in texts
    # Entities are found in the page's text as in any text file.
    assert ("Daniel Okafor",) in workspace.query("SELECT text FROM ner_mentions WHERE label = 'PERSON'")


def test_exports_land_one_article_per_record_and_broken_records_go_to_quarantine(workspace, monkeypatch):
    monkeypatch.setenv("PIPELINE_RECORD_FIELDS", "title=headline,text=body,date=published,url=link,source=outlet")
    keys = [add_fixture(workspace, name) for name in ("scraper-export.csv",)]
    assert workspace.materialize(keys[0]).success
    monkeypatch.delenv("PIPELINE_RECORD_FIELDS")
    jsonl = add_fixture(workspace, "wire-export.jsonl")
    result = workspace.materialize(jsonl)
    assert result.success and all(check_results(result).values()), check_results(result)

    docs = workspace.query("SELECT doc_id, format, status, encoding, text FROM documents ORDER BY doc_id")
    assert docs == [
        ("scraper-export.csv", "csv", "ok", "utf-8", None),
        ("wire-export.jsonl", "jsonl", "ok", "utf-8", None),
    ]
    articles = workspace.query(
        "SELECT doc_id, position, title_line_no, title, outlet, published_date FROM articles ORDER BY doc_id, position"
    )
    assert [a[:4] for a in articles] == [
        ("scraper-export.csv", 1, 2, "Harbour cranes to be replaced by 2028"),
        ("scraper-export.csv", 2, 6, "Bridge inspection finds no damage"),
        ("wire-export.jsonl", 1, 1, "Copper miners end strike after pay deal"),
        ("wire-export.jsonl", 2, 2, "Rail freight volumes rise for third month"),
        ("wire-export.jsonl", 3, 5, "Wildfire season starts early in the south"),
        ("wire-export.jsonl", 4, 8, "Fishing quota talks resume on Monday"),
    ]
    assert [a[4] for a in articles] == [
        "Harbour Times",
        "Valley Post",
        "Andes Wire",
        "Andes Wire",
        "Andes Wire",
        "Coastal Wire",
    ]
    quarantined = workspace.query("SELECT doc_id, row_key, reason FROM quarantine ORDER BY doc_id, row_key")
    assert [q[1] for q in quarantined] == [
        "scraper-export.csv:5",
        "wire-export.jsonl:3", "wire-export.jsonl:4", "wire-export.jsonl:6", "wire-export.jsonl:7",
    ]  # fmt: skip
    assert quarantined[1][2] == "wire-export.jsonl line 3: not JSON: Expecting ',' delimiter at column 225"

    # A record's date is its reference date: "on Monday" in the copper story of Tuesday 3 November
    # 2026 is 2 November, not the Monday before the file's modification time.
    mondays = workspace.query(
        "SELECT m.date_start FROM date_mentions m JOIN articles a USING (article_id) "
        "WHERE a.title LIKE 'Copper%' AND m.text ILIKE '%Monday%'"
    )
    assert mondays == [(dt.date(2026, 11, 2),)]


def test_old_records_resolve_their_dates_against_their_own_date_and_pass_the_checks(workspace):
    records = [
        {"title": "Dam talks resume", "text": "Officials met on March 1 and again on Monday.", "date": "2019-03-06"},
        {"title": "Harvest report", "text": "The harvest ended on 2 October, the ministry said.", "date": "2024-10-09"},
    ]
    key = workspace.add("archive.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    result = workspace.materialize(key)
    assert result.success and all(check_results(result).values()), check_results(result)
    dates = workspace.query(
        "SELECT a.title, m.text, m.date_start FROM date_mentions m JOIN articles a USING (article_id) "
        "ORDER BY a.title, m.char_start"
    )
    # Years come from each record's date, not from the file's (today's) modification date.
    assert [(title, text, day.year) for title, text, day in dates] == [
        ("Dam talks resume", "March 1", 2019),
        ("Dam talks resume", "Monday", 2019),
        ("Harvest report", "2 October", 2024),
    ]
    assert dates[0][2] == dt.date(2019, 3, 1) and dates[2][2] == dt.date(2024, 10, 2)


def materialize_ingest(workspace, key: str) -> dg.ExecuteInProcessResult:
    """Only the ingest assets (raw_documents, split_articles) and their checks: no spaCy."""
    if key not in workspace.instance.get_dynamic_partitions("raw_files"):
        workspace.instance.add_dynamic_partitions("raw_files", [key])
    return dg.materialize(
        [*ASSETS, *CHECKS],
        selection=INGEST,
        partition_key=key,
        instance=workspace.instance,
        resources=project_resources(workspace.resource),
        raise_on_error=False,
    )


def test_a_2000_record_export_streams_in_chunks_and_reruns_to_the_same_rows(workspace, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK_RECORDS", 300)  # seven chunks, so chunk edges are crossed
    counts = write_export(workspace.raw / "feed.jsonl", 2_000)
    result = materialize_ingest(workspace, "feed.jsonl")
    assert result.success and all(check_results(result).values()), check_results(result)

    n_bad = counts["not_json"] + counts["no_text"]
    assert workspace.count("articles") == counts["good"] == 2_000 - n_bad
    positions = [p for (p,) in workspace.query("SELECT position FROM articles ORDER BY position")]
    assert positions == list(range(1, 2_000 - n_bad + 1)), "positions run on across chunks"
    lines = [k for (k,) in workspace.query("SELECT row_key FROM quarantine ORDER BY detected_at, row_key")]
    assert sorted(lines) == sorted(f"feed.jsonl:{n}" for n in range(BROKEN_EVERY, 2_001, BROKEN_EVERY))
    meta = result.asset_materializations_for_node("split_articles")[0].metadata
    assert meta["export_records"].value == 2_000 and meta["export_quarantined_records"].value == n_bad
    assert meta["dagster/row_count"].value == counts["good"]
    # Each record is split (and its wrapped text reflowed) exactly as the same text in a text file.
    expected, wrapped_lines = 0, 0
    for line_no, line in enumerate((workspace.raw / "feed.jsonl").read_text().splitlines(), start=1):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record["text"]:
            (article,) = parse_document(f"{record['title']}\n\n{record['text']}\n").articles
            expected += len(article.paragraphs)
            wrapped_lines += sum(1 for t in record["text"].split("\n") if t.strip()) if line_no % 3 == 0 else 0
    assert workspace.count("paragraphs") == expected
    (wrapped_paragraphs,) = workspace.query("SELECT count(*) FROM paragraphs WHERE line_no % 3 = 0")[0]
    assert wrapped_paragraphs < wrapped_lines / 2, "the hard-wrapped records (every third) were joined"

    before = workspace.query("SELECT article_id, title, n_paragraphs FROM articles ORDER BY article_id")
    assert materialize_ingest(workspace, "feed.jsonl").success
    assert workspace.query("SELECT article_id, title, n_paragraphs FROM articles ORDER BY article_id") == before
    assert workspace.count("quarantine") == n_bad


def test_an_export_removed_from_raw_has_its_articles_removed(workspace):
    key = add_fixture(workspace, "wire-export.jsonl")
    assert materialize_ingest(workspace, key).success
    assert workspace.count("articles", key) == 4
    (workspace.raw / "wire-export.jsonl").unlink()
    assert materialize_ingest(workspace, key).success
    assert workspace.count("articles", key) == 0 and workspace.count("documents", key) == 0


def test_an_export_emptied_is_rejected_and_loses_its_articles(workspace):
    key = add_fixture(workspace, "wire-export.jsonl")
    assert materialize_ingest(workspace, key).success
    assert workspace.count("articles", key) == 4 and workspace.count("quarantine", key) == 4
    workspace.add("wire-export.jsonl", b"")
    assert materialize_ingest(workspace, key).success
    assert workspace.query("SELECT status, reason FROM documents") == [("rejected", "empty file")]
    assert workspace.count("articles", key) == 0 and workspace.count("quarantine", key) == 0
