"""Parsed documents → polars frames shaped like the warehouse tables, and the quarantine split."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import polars as pl

from pipeline.lib.store.schemas import (
    Articles,
    Attributions,
    Documents,
    Paragraphs,
    Quarantine,
    Sections,
    failure_reasons,
    frame_of,
)
from pipeline.lib.text.articles import Article, ParsedDocument, parse_document
from pipeline.lib.text.ids import article_id, record_article_id
from pipeline.lib.text.language import with_languages
from pipeline.lib.text.rawfiles import (
    RawFile,
    RawFileError,
    document_format,
    open_raw_file,
    read_raw_bytes,
    reference_date_for,
)
from pipeline.lib.text.rawtext import (
    MAX_FILE_BYTES,
    MAX_LINE_CHARS,
    STATUS_FLAGGED,
    STATUS_OK,
    STATUS_REJECTED,
    DecodedDocument,
    decode_document,
)
from pipeline.lib.text.records import EXPORT_FORMATS, BadRecord, Record, scan_export
from pipeline.lib.text.webpages import WebPage, extractor_name, read_page

PROGRESS_EVERY = 200  # documents between two progress reports of a batch

ARTICLE_TABLES = {
    "articles": Articles,
    "paragraphs": Paragraphs,
    "sections": Sections,
    "attributions": Attributions,
}
# How a row of each table is named in the quarantine table.
ROW_KEYS = {
    "articles": pl.col("article_id"),
    "paragraphs": pl.format("{}/p{}", "article_id", "paragraph_no"),
    "sections": pl.format("{}/s{}", "article_id", "section_no"),
    "attributions": pl.format("{}/{}", "article_id", "outlet"),
}


def utc_now() -> dt.datetime:
    """Wall-clock time for `ingested_at`/`detected_at` columns: UTC, naive (DuckDB TIMESTAMP)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class ArticleOrigin:
    """What a web page or an export record says about its article, beyond its text."""

    outlet: str | None = None
    url: str | None = None
    published_date: dt.date | None = None
    article_id: str | None = None  # set for export records; text and pages use `ids.article_id`


PLAIN_TEXT = ArticleOrigin()


def article_tables(
    doc_id: str, parsed: ParsedDocument, origins: Sequence[ArticleOrigin] | None = None
) -> dict[str, pl.DataFrame]:
    """One frame per article-level table for one document; `origins`, one per article, when the
    document is a web page or a chunk of export records."""
    return _frames(_article_rows(doc_id, parsed, origins))


def _frames(rows: dict[str, list[dict]], identify_languages: bool = True) -> dict[str, pl.DataFrame]:
    """Row lists → one frame per article-level table. Language is identified here, on the whole
    frame, so that every path that makes articles records it (unless the caller does it)."""
    frames = {name: frame_of(model, rows[name]) for name, model in ARTICLE_TABLES.items()}
    if identify_languages:
        frames["articles"] = with_languages(frames["articles"])
    return frames


def _article_rows(
    doc_id: str, parsed: ParsedDocument, origins: Sequence[ArticleOrigin] | None = None
) -> dict[str, list[dict]]:
    """The rows of every article-level table for one document, by table."""
    articles, paragraphs, sections, attributions = [], [], [], []
    seen_titles: Counter[str] = Counter()
    for i, art in enumerate(parsed.articles):
        origin = origins[i] if origins is not None else PLAIN_TEXT
        seen_titles[art.title] += 1
        aid = origin.article_id or article_id(doc_id, art.title, seen_titles[art.title])
        dl = art.dateline
        articles.append(
            {
                "article_id": aid,
                "doc_id": doc_id,
                "position": art.position,
                "title": art.title,
                "body": art.body,
                "n_paragraphs": len(art.paragraphs),
                "n_words": art.n_words,
                "has_continue_marker": art.has_continue_marker,
                "dateline_place": dl.place if dl else None,
                "dateline_date_text": dl.date_text if dl else None,
                "dateline_agency": dl.agency if dl else None,
                "title_line_no": art.title_line_no,
                "outlet": origin.outlet,
                "url": origin.url,
                "published_date": origin.published_date,
            }
        )
        paragraphs.extend(
            {
                "article_id": aid,
                "doc_id": doc_id,
                "paragraph_no": p.paragraph_no,
                "section_no": p.section_no,
                "kind": p.kind,
                "text": p.text,
                "line_no": p.line_no,
            }
            for p in art.paragraphs
        )
        sections.extend(
            {
                "article_id": aid,
                "doc_id": doc_id,
                "section_no": s.section_no,
                "title": s.title,
                "dateline_place": s.dateline.place if s.dateline else None,
                "dateline_date_text": s.dateline.date_text if s.dateline else None,
                "dateline_agency": s.dateline.agency if s.dateline else None,
                "first_paragraph_no": s.first_paragraph_no,
            }
            for s in art.sections
        )
        seen_outlets: set[str] = set()
        for paragraph_no, att in art.attributions:
            # One row per (article, outlet): the first relation the article states wins.
            if att.outlet in seen_outlets:
                continue
            seen_outlets.add(att.outlet)
            attributions.append(
                {
                    "article_id": aid,
                    "doc_id": doc_id,
                    "outlet": att.outlet,
                    "relation": att.relation,
                    "sentence": att.sentence,
                    "paragraph_no": paragraph_no,
                }
            )
    return {"articles": articles, "paragraphs": paragraphs, "sections": sections, "attributions": attributions}


class TableRejected(ValueError):
    """A table failed as a whole (wrong columns or types): a code defect, not bad input."""


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    return frame_of(Quarantine, rows)


def split_valid(
    tables: dict[str, pl.DataFrame], detected_at: dt.datetime
) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Validate every article-level table (of one document or a whole batch: validating a batch
    at once is what keeps pandera cheap); move every row of an article that fails anywhere to
    quarantine, so the tables that land stay consistent with each other.

    Returns (valid tables, quarantine rows).
    """
    reasons: dict[str, dict[int, list[str]]] = {}
    for name, model in ARTICLE_TABLES.items():
        by_row, table_wide = failure_reasons(model, tables[name])
        if table_wide:
            raise TableRejected(f"table {name} is malformed: " + "; ".join(table_wide))
        reasons[name] = by_row

    bad_articles: dict[str, str] = {}
    for name, by_row in reasons.items():
        ids = tables[name]["article_id"]
        for index, why in sorted(by_row.items()):
            bad_articles.setdefault(ids[index], f"{name}: " + "; ".join(why))
    if not bad_articles:
        return tables, quarantine_frame([])

    quarantine_rows: list[dict] = []
    valid: dict[str, pl.DataFrame] = {}
    for name, df in tables.items():
        by_row = reasons[name]
        keyed = df.with_row_index("_row").with_columns(ROW_KEYS[name].alias("_key"))
        is_bad = pl.col("article_id").is_in(list(bad_articles))
        for row in keyed.filter(is_bad).select("_row", "_key", "article_id", "doc_id").iter_rows(named=True):
            own = by_row.get(row["_row"])
            reason = (
                "; ".join(own)
                if own
                else f"article {row['article_id']} quarantined ({bad_articles[row['article_id']]})"
            )
            quarantine_rows.append(
                {
                    "table_name": name,
                    "doc_id": row["doc_id"],
                    "row_key": row["_key"],
                    "reason": reason,
                    "detected_at": detected_at,
                }
            )
        valid[name] = df.filter(~is_bad)
    return valid, quarantine_frame(quarantine_rows)


def document_row(
    doc_id: str,
    file_name: str,
    decoded: DecodedDocument | None,
    reference_date: dt.date | None,
    reference_date_source: str,
    ingested_at: dt.datetime,
    rejection: str | None = None,
    source: DocumentSource | None = None,
) -> dict:
    """The `documents` row for one raw file, as a dict (a batch's rows become one frame); `rejection`
    is set when the file could not be read, `source` says how a file that is not plain text was read."""
    source = source or DocumentSource()
    return {
        "doc_id": doc_id,
        "file_name": file_name,
        "sha256": decoded.sha256 if decoded else None,
        "n_bytes": decoded.n_bytes if decoded else None,
        "encoding": decoded.encoding if decoded else None,
        "reference_date": reference_date,
        "reference_date_source": reference_date_source,
        "status": decoded.status if decoded else STATUS_REJECTED,
        "reason": decoded.reason if decoded else rejection,
        "n_chars": len(decoded.text) if decoded and decoded.text is not None else None,
        "text": decoded.text if decoded else None,
        "ingested_at": ingested_at,
        "format": source.format,
        "extractor": source.extractor,
        "url": source.url,
        "site_name": source.site_name,
        "published_date": source.published_date,
    }


def read_document(
    doc_id: str,
    raw_file: RawFile,
    raw_dir,
    ingested_at: dt.datetime,
    *,
    max_file_bytes: int = MAX_FILE_BYTES,
    max_line_chars: int = MAX_LINE_CHARS,
) -> dict:
    """The `documents` row of one raw file (see `document_row`); an unreadable file becomes a
    rejected row, never an error."""
    fmt = document_format(raw_file.path.name)
    decoded, rejection, ref_date, ref_source, source = None, None, None, "none", DocumentSource(fmt)
    try:
        if fmt in EXPORT_FORMATS:
            decoded = _scan_export(raw_dir, raw_file.path)
        else:
            data = read_raw_bytes(raw_dir, raw_file.path)
            limits = {"max_file_bytes": max_file_bytes, "max_line_chars": max_line_chars}
            if fmt == "html":
                decoded, page = read_page(data, **limits)
                source = _page_source(page)
            else:
                decoded = decode_document(data, **limits)
        ref_date, ref_source = reference_date_for(raw_file.path, source.published_date)
    except (RawFileError, OSError) as err:
        decoded, rejection = None, str(err)
    return document_row(doc_id, raw_file.path.name, decoded, ref_date, ref_source, ingested_at, rejection, source)


def _page_source(page: WebPage | None) -> DocumentSource:
    if page is None:
        return DocumentSource("html", extractor_name())
    return DocumentSource("html", extractor_name(), page.url, page.site_name, page.published_date)


def _scan_export(raw_dir, path) -> DecodedDocument:
    """An export's `documents` row holds no text: its records are streamed by `split_articles`
    (a file of 100,000 records is never read whole), so only its hash, size and encoding."""
    with open_raw_file(raw_dir, path) as stream:
        scanned = scan_export(stream)
    if scanned.rejection:
        return DecodedDocument(scanned.sha256, scanned.n_bytes, None, STATUS_REJECTED, scanned.rejection, None)
    status = STATUS_FLAGGED if scanned.encoding_note else STATUS_OK
    return DecodedDocument(scanned.sha256, scanned.n_bytes, scanned.encoding, status, scanned.encoding_note, None)


def document_frames(files: list[tuple[str, RawFile]], raw_dir, **limits) -> pl.DataFrame:
    """The `documents` rows of (doc_id, raw file) pairs, in their order."""
    now = utc_now()
    return frame_of(Documents, [read_document(doc_id, raw_file, raw_dir, now, **limits) for doc_id, raw_file in files])


def split_documents(
    documents: pl.DataFrame,
    keys: list[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    identify_languages: bool = True,
) -> tuple[dict[str, pl.DataFrame], list[str]]:
    """The article-level tables of `documents` (doc_id, status, file_name, text and, for web
    pages, format, site_name, url, published_date), for `keys` in their order (every document,
    in frame order, by default), and the parse warnings, each naming its file. A rejected or
    missing document yields no rows; exports are split by `exports.spill_export`, not here.
    `progress(done, total)` is called after every `PROGRESS_EVERY` documents. With
    `identify_languages` false the language columns stay empty, for a caller that times it."""
    docs = {row["doc_id"]: row for row in documents.iter_rows(named=True)}
    rows: dict[str, list[dict]] = {name: [] for name in ARTICLE_TABLES}
    warnings: list[str] = []
    keys = documents["doc_id"].to_list() if keys is None else keys
    for i, doc_id in enumerate(keys, start=1):
        doc = docs.get(doc_id) or {"file_name": doc_id, "status": STATUS_REJECTED, "text": None}
        parsed = parse_document((doc["text"] if doc["status"] != STATUS_REJECTED else None) or "")
        warnings.extend(f"{doc['file_name']}: {warning}" for warning in parsed.warnings)
        for name, table_rows in _article_rows(doc_id, parsed, _page_origins(doc, len(parsed.articles))).items():
            rows[name].extend(table_rows)
        if progress and i % PROGRESS_EVERY == 0:
            progress(i, len(keys))
    # One frame per table for the whole batch: a frame per document costs more than its rows.
    return _frames(rows, identify_languages), warnings


def _page_origins(doc: dict, n_articles: int) -> list[ArticleOrigin] | None:
    """A web page's outlet, URL and date, on every article split from it; None for plain text."""
    if doc.get("format") != "html":
        return None
    return [ArticleOrigin(doc.get("site_name"), doc.get("url"), doc.get("published_date"))] * n_articles


@dataclass(frozen=True)
class DocumentSource:
    """How a raw file was read: its format and, for a web page, the extractor and page metadata."""

    format: str = "text"
    extractor: str | None = None
    url: str | None = None
    site_name: str | None = None
    published_date: dt.date | None = None


def record_article_tables(
    doc_id: str, records: Sequence[Record], seen_keys: Counter[str]
) -> tuple[dict[str, pl.DataFrame], list[str]]:
    """The article-level tables of a chunk of export records (one article each), and warnings.

    Each record's text goes through `parse_document` as a one-article text file would. Positions
    run 1..n within the chunk (the caller offsets them after validation); titles and paragraphs
    are numbered by the record's line in the file. `seen_keys` counts URLs (or lines) across the
    chunks of one file, for stable ids."""
    articles: list[Article] = []
    origins: list[ArticleOrigin] = []
    warnings: list[str] = []
    for record in records:
        parsed = parse_document(record.document_text())
        if len(parsed.articles) > 1:
            warnings.append(
                f"line {record.line_no}: the record's text splits into {len(parsed.articles)} articles "
                "(a 'Continue reading' line); kept the first"
            )
        line = record.line_no
        art = parsed.articles[0]
        articles.append(
            replace(
                art,
                position=len(articles) + 1,
                title_line_no=line,
                paragraphs=tuple(replace(p, line_no=line) for p in art.paragraphs),
            )
        )
        key = record.url or f"line {line}"
        seen_keys[key] += 1
        origins.append(
            ArticleOrigin(record.source, record.url, record.date, record_article_id(doc_id, key, seen_keys[key]))
        )
    return article_tables(doc_id, ParsedDocument(articles=articles), origins), warnings


def record_quarantine(doc_id: str, file_name: str, bad: Sequence[BadRecord], detected_at: dt.datetime) -> pl.DataFrame:
    """Quarantine rows of export records that are not articles: the file, the line and why."""
    return quarantine_frame(
        [
            {
                "table_name": "articles",
                "doc_id": doc_id,
                "row_key": f"{file_name}:{b.line_no}",
                "reason": f"{file_name} line {b.line_no}: {b.reason}",
                "detected_at": detected_at,
            }
            for b in bad
        ]
    )


def split_rows(
    table: str, model, df: pl.DataFrame, row_key: pl.Expr, detected_at: dt.datetime
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Validate one table on its own: (valid rows, quarantine rows naming every failed rule)."""
    by_row, table_wide = failure_reasons(model, df)
    if table_wide:
        raise TableRejected(f"table {table} is malformed: " + "; ".join(table_wide))
    if not by_row:
        return df, quarantine_frame([])
    bad = sorted(by_row)
    keyed = df.with_row_index("_row").with_columns(row_key.alias("_key"))
    docs = keyed["doc_id"] if "doc_id" in df.columns else None
    rows = [
        {
            "table_name": table,
            "doc_id": docs[i] if docs is not None else None,
            "row_key": keyed["_key"][i],
            "reason": "; ".join(by_row[i]),
            "detected_at": detected_at,
        }
        for i in bad
    ]
    return df.with_row_index("_row").filter(~pl.col("_row").is_in(bad)).drop("_row"), quarantine_frame(rows)
