"""JSON Lines and CSV exports: one record per article, broken records named by line, streaming."""

import io
import json
from collections import Counter

import polars as pl
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from pipeline import settings
from pipeline.lib.store.tables import record_article_tables, record_quarantine, utc_now
from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.records import BadRecord, Record, RecordFields, choose_encoding, read_records, scan_export
from tests.conftest import BBC, FIXTURES

EXPORTS = FIXTURES / "formats"
DEFAULT_FIELDS = RecordFields()
SCRAPER_FIELDS = RecordFields.parse("title=headline,text=body,date=published,url=link,source=outlet")


def records_of(data: bytes | str, fmt: str, fields: RecordFields = DEFAULT_FIELDS, encoding: str = "utf-8"):
    data = data.encode("utf-8") if isinstance(data, str) else data
    return list(read_records(io.BytesIO(data), fmt, encoding, fields))


def bad_of(items) -> dict[int, str]:
    return {i.line_no: i.reason for i in items if isinstance(i, BadRecord)}


def test_a_broken_jsonl_record_in_the_middle_costs_only_itself():
    items = records_of((EXPORTS / "wire-export.jsonl").read_bytes(), "jsonl")
    good = [i for i in items if isinstance(i, Record)]
    assert [r.line_no for r in good] == [1, 2, 5, 8]
    assert bad_of(items) == {
        3: "not JSON: Expecting ',' delimiter at column 225",
        4: "no text: field 'text' is missing or empty (fields: date, source, text, title, url)",
        6: "field 'date' is '7 November', not a date (ISO 8601 or RFC 2822)",
        7: "a JSON list, not an object",
    }
    first = good[0]
    assert first.title == "Copper miners end strike after pay deal"
    assert (str(first.date), first.url, first.source) == (
        "2026-11-03",
        "https://wire.example/2026/11/03/copper-strike",
        "Andes Wire",
    )
    assert str(good[1].date) == "2026-11-04"  # a timestamp's date


def test_a_csv_row_missing_its_text_is_named_and_the_others_land():
    items = records_of((EXPORTS / "scraper-export.csv").read_bytes(), "csv", SCRAPER_FIELDS)
    assert [(i.line_no, i.title) for i in items if isinstance(i, Record)] == [
        (2, "Harbour cranes to be replaced by 2028"),
        (6, "Bridge inspection finds no damage"),
    ]
    assert bad_of(items) == {
        5: "no text: field 'body' is missing or empty (fields: body, headline, link, outlet, published)"
    }
    cranes = items[0]
    assert cranes.text.endswith("by 2028, its chief executive said on Monday.\n\nThe new cranes will be electric.")
    assert cranes.source == "Harbour Times" and cranes.url == "https://scraper.example/a/101"


def test_field_names_default_to_title_text_date_url_source_and_are_configurable(monkeypatch):
    assert settings.record_fields() == RecordFields("title", "text", "date", "url", "source")
    monkeypatch.setenv("PIPELINE_RECORD_FIELDS", "title=headline, text=body,date=published")
    assert settings.record_fields() == RecordFields("headline", "body", "published", "url", "source")
    items = records_of(
        '{"headline": "Dam opens", "body": "The dam opened.", "published": "2026-05-01"}\n',
        "jsonl",
        settings.record_fields(),
    )
    assert items == [Record(1, "Dam opens", "The dam opened.", items[0].date, None, None)]
    # The CSV fixture with the default names: its header has no `text` column.
    (header_problem,) = records_of((EXPORTS / "scraper-export.csv").read_bytes(), "csv")
    assert header_problem == BadRecord(
        1, "header has no 'text' column (columns: headline, body, published, link, outlet)"
    )


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("title=headline,body", "'body' is not field=name"),
        ("headline=title", "unknown field 'headline'"),
        ("text=body,text=content", "field 'text' given twice"),
        ("text=", "'text=' is not field=name"),
    ],
)
def test_bad_record_field_settings_are_one_clear_line(monkeypatch, value, problem):
    monkeypatch.setenv("PIPELINE_RECORD_FIELDS", value)
    (line,) = [p for p in settings.problems() if "PIPELINE_RECORD_FIELDS" in p]
    assert problem in line and "field=name pairs" in line


def test_records_without_title_are_titled_by_their_first_line_and_dates_may_be_rfc2822():
    (record,) = records_of(
        '{"text": "Storm closes ports\\n\\nAll ports closed.", "date": "Tue, 18 Nov 2026 07:30:00 GMT"}', "jsonl"
    )
    assert record.title is None and str(record.date) == "2026-11-18"
    (article,) = parse_document(record.document_text()).articles
    assert article.title == "Storm closes ports" and [p.text for p in article.paragraphs] == ["All ports closed."]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": 42}', None),  # numbers are text
        ('{"text": ["a", "b"]}', "field 'text' is a list, not text"),
        ('{"text": "ok", "title": {"x": 1}}', "field 'title' is a dict, not text"),
        ('{"text": "   "}', "no text"),
        ("null", "a JSON NoneType, not an object"),
        ('{"text": "ok"', "not JSON"),
    ],
)
def test_jsonl_record_problems(line, reason):
    (item,) = records_of(line + "\n", "jsonl")
    if reason is None:
        assert isinstance(item, Record)
    else:
        assert isinstance(item, BadRecord) and reason in item.reason


def test_csv_rows_with_the_wrong_number_of_cells_and_multiline_cells():
    data = 'title,text\nA,"first line\nsecond line"\nB,x,extra\n\nC,third\n'
    items = records_of(data, "csv")
    assert [(i.line_no, i.title) for i in items if isinstance(i, Record)] == [(2, "A"), (6, "C")]
    assert bad_of(items) == {4: "3 cells for 2 columns"}


def test_a_line_of_bad_bytes_costs_only_its_record():
    data = b'{"text": "fine one"}\n{"text": "bad \xff byte"}\n{"text": "fine two"}\n'
    items = records_of(data, "jsonl")
    assert [i.text for i in items if isinstance(i, Record)] == ["fine one", "fine two"]
    assert bad_of(items) == {2: "bytes not valid in the file's encoding"}


def test_a_cp1252_csv_export_is_read_in_cp1252():
    data = "title,text\nFares rise,Ferry fares rise to £14 on “fuel costs”.\n".encode("cp1252")
    encoding, note = choose_encoding(data)
    assert encoding == "cp1252" and "not valid UTF-8" in note
    (record,) = records_of(data, "csv", encoding=encoding)
    assert record.text == "Ferry fares rise to £14 on “fuel costs”."


def test_utf16_and_empty_exports_are_refused_with_a_reason():
    utf16 = scan_export(io.BytesIO("title,text\nA,B\n".encode("utf-16")))
    assert utf16.encoding == "utf-16" and "UTF-16 export" in utf16.rejection
    assert scan_export(io.BytesIO(b"")).rejection == "empty file"
    assert scan_export(io.BytesIO(b"title,text\nA,B\n")).rejection is None


def test_utf8_cut_in_the_middle_of_a_character_by_the_sample_is_still_utf8():
    data = ("é" * 10).encode("utf-8")
    assert choose_encoding(data[:-1]) == ("utf-8", None)
    assert choose_encoding(b"\xef\xbb\xbf" + data) == ("utf-8", None)
    scanned = scan_export(io.BytesIO(data), chunk_bytes=3)
    assert (scanned.n_bytes, scanned.encoding) == (20, "utf-8")


def test_wrapped_text_inside_a_record_is_reflowed_like_plain_text():
    items = records_of((EXPORTS / "wire-export.jsonl").read_bytes(), "jsonl")
    wildfire = next(i for i in items if isinstance(i, Record) and i.title.startswith("Wildfire"))
    (article,) = parse_document(wildfire.document_text()).articles
    assert [p.text[:40] for p in article.paragraphs] == [
        "Firefighters in the southern provinces b",
        "The agency said it had moved two water-b",
    ]


def test_record_article_ids_are_stable_when_records_are_added_above():
    def ids(lines: list[str]) -> dict[str, str]:
        records = [i for i in records_of("\n".join(lines), "jsonl") if isinstance(i, Record)]
        tables, _ = record_article_tables("feed.jsonl", records, Counter())
        return dict(zip(tables["articles"]["title"], tables["articles"]["article_id"], strict=True))

    a = json.dumps({"title": "A", "text": "Alpha.", "url": "https://x.example/a"})
    b = json.dumps({"title": "B", "text": "Bravo.", "url": "https://x.example/b"})
    new = json.dumps({"title": "N", "text": "New.", "url": "https://x.example/n"})
    before, after = ids([a, b]), ids([new, a, b])
    assert before["A"] == after["A"] and before["B"] == after["B"]
    assert len(set(after.values())) == 3


def test_record_tables_carry_outlet_url_date_and_line_numbers():
    items = records_of((EXPORTS / "wire-export.jsonl").read_bytes(), "jsonl")
    records = [i for i in items if isinstance(i, Record)]
    tables, warnings = record_article_tables("wire-export.jsonl", records, Counter())
    articles = tables["articles"]
    assert warnings == []
    assert articles["position"].to_list() == [1, 2, 3, 4]
    assert articles["title_line_no"].to_list() == [1, 2, 5, 8]
    assert articles["outlet"].to_list() == ["Andes Wire"] * 3 + ["Coastal Wire"]
    assert [str(d) for d in articles["published_date"]] == ["2026-11-03", "2026-11-04", "2026-11-07", "2026-11-08"]
    assert set(
        tables["paragraphs"].filter(tables["paragraphs"]["article_id"] == articles["article_id"][2])["line_no"]
    ) == {5}
    quarantine = record_quarantine("wire-export.jsonl", "wire-export.jsonl", [BadRecord(3, "not JSON")], utc_now())
    assert quarantine.select("table_name", "row_key", "reason").row(0) == (
        "articles", "wire-export.jsonl:3", "wire-export.jsonl line 3: not JSON",
    )  # fmt: skip


@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not present")
def test_bbc_articles_as_records_split_as_their_text_files_do():
    # Text the record rules were not written from: 40 BBC files turned into a JSON Lines export.
    files = sorted(BBC.glob("*/*.txt"))[::55][:40]
    lines, expected = [], []
    for path in files:
        text = path.read_text(encoding="latin-1")
        title, _, body = text.partition("\n")
        lines.append(
            json.dumps({"title": title, "text": body, "source": "BBC", "url": f"bbc/{path.parent.name}/{path.name}"})
        )
        (article,) = parse_document(text).articles
        expected.append((article.title, [p.text for p in article.paragraphs]))
    records = [i for i in records_of("\n".join(lines), "jsonl") if isinstance(i, Record)]
    assert len(records) == len(files)
    got = [
        (a.title, [p.text for p in a.paragraphs]) for r in records for a in parse_document(r.document_text()).articles
    ]
    assert got == expected


def test_a_runaway_line_is_skipped_without_being_held(monkeypatch):
    from pipeline.lib.text import records

    monkeypatch.setattr(records, "MAX_RECORD_BYTES", 100)
    long_line = '{"text": "' + "x" * 500 + '"}'
    for fmt, data in (
        ("jsonl", f'{{"text": "one"}}\n{long_line}\n{{"text": "two"}}\n'),
        ("csv", f'text\none\n"{"x" * 500}"\ntwo\n'),
    ):
        items = records_of(data, fmt)
        assert [i.text for i in items if isinstance(i, Record)] == ["one", "two"], fmt
        assert bad_of(items) == {3 if fmt == "csv" else 2: "line over 100 bytes; skipped"}, fmt


# Lines that look like records, broken records, CSV with stray quotes, and raw bytes.
_RECORD_LINE = st.one_of(
    st.builds(lambda t, x: json.dumps({"title": t, "text": x}), st.text(max_size=20), st.text(max_size=60)),
    st.text(alphabet='{}[]",:\\ abc\n\r', max_size=40),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)


@hypothesis_settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_RECORD_LINE, max_size=20), st.sampled_from(["jsonl", "csv"]))
def test_any_export_reads_without_raising_and_every_item_names_a_line(lines, fmt):
    data = "\n".join(lines).encode("utf-8", "surrogateescape")
    n_lines = data.count(b"\n") + 1
    for item in records_of(("title,text\n" if fmt == "csv" else "").encode() + data, fmt):
        assert 1 <= item.line_no <= n_lines + 1
        if isinstance(item, BadRecord):
            assert item.reason
        else:
            assert item.text.strip()


def test_a_record_failing_validation_is_quarantined_with_its_line(tmp_path):
    from pipeline.lib.text.exports import spill_export

    lines = [
        json.dumps({"title": "Fine", "text": "Fine text."}),
        json.dumps({"title": "Long " * 80, "text": "Its text."}),  # a 400-character title
        json.dumps({"title": "Also fine", "text": "More text."}),
    ]
    spilled = spill_export(
        io.BytesIO("\n".join(lines).encode()), fmt="jsonl", encoding="utf-8", fields=DEFAULT_FIELDS,
        doc_id="feed.jsonl", file_name="feed.jsonl", folder=tmp_path, detected_at=utc_now,
    )  # fmt: skip
    assert (spilled.n_records, spilled.n_articles, spilled.n_quarantined) == (3, 2, 1)
    quarantine = pl.read_parquet(spilled.files["quarantine"])
    reasons = dict(zip(quarantine["table_name"], quarantine["reason"], strict=True))
    assert reasons["articles"].startswith("feed.jsonl line 2: title: str_length")
    assert reasons["paragraphs"].startswith("feed.jsonl line 2: article ")
    articles = pl.read_parquet(spilled.files["articles"])
    assert articles.select("title", "position", "title_line_no").rows() == [("Fine", 1, 1), ("Also fine", 3, 3)]
