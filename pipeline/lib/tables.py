"""Parsed documents → polars frames shaped like the warehouse tables, and the quarantine split."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

import polars as pl

from pipeline.lib.articles import ParsedDocument, parse_document
from pipeline.lib.ids import article_id
from pipeline.lib.rawfiles import RawFile, RawFileError, read_raw_bytes, reference_date_for
from pipeline.lib.rawtext import MAX_FILE_BYTES, MAX_LINE_CHARS, STATUS_REJECTED, DecodedDocument, decode_document
from pipeline.lib.schemas import (
    Articles,
    Attributions,
    Documents,
    Paragraphs,
    Quarantine,
    Sections,
    failure_reasons,
    frame_of,
    polars_schema,
)

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


def article_tables(doc_id: str, parsed: ParsedDocument) -> dict[str, pl.DataFrame]:
    """One frame per article-level table for one document."""
    return {
        name: frame_of(model, rows)
        for (name, model), rows in zip(ARTICLE_TABLES.items(), _article_rows(doc_id, parsed).values(), strict=True)
    }


def _article_rows(doc_id: str, parsed: ParsedDocument) -> dict[str, list[dict]]:
    """The rows of every article-level table for one document, by table."""
    articles, paragraphs, sections, attributions = [], [], [], []
    seen_titles: Counter[str] = Counter()
    for art in parsed.articles:
        seen_titles[art.title] += 1
        aid = article_id(doc_id, art.title, seen_titles[art.title])
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


def document_frame(
    doc_id: str,
    file_name: str,
    decoded: DecodedDocument | None,
    reference_date: dt.date | None,
    reference_date_source: str,
    ingested_at: dt.datetime,
    rejection: str | None = None,
) -> pl.DataFrame:
    """The `documents` row for one raw file; `rejection` is set when the file could not be read."""
    row = document_row(doc_id, file_name, decoded, reference_date, reference_date_source, ingested_at, rejection)
    return pl.DataFrame([row], schema=polars_schema(Documents))


def document_row(
    doc_id: str,
    file_name: str,
    decoded: DecodedDocument | None,
    reference_date: dt.date | None,
    reference_date_source: str,
    ingested_at: dt.datetime,
    rejection: str | None = None,
) -> dict:
    """`document_frame`'s row as a dict, for a frame of many files made at once."""
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
    decoded, rejection, ref_date, ref_source = None, None, None, "none"
    try:
        ref_date, ref_source = reference_date_for(raw_file.path)
        data = read_raw_bytes(raw_dir, raw_file.path)
        decoded = decode_document(data, max_file_bytes=max_file_bytes, max_line_chars=max_line_chars)
    except (RawFileError, OSError) as err:
        rejection = str(err)
    return document_row(doc_id, raw_file.path.name, decoded, ref_date, ref_source, ingested_at, rejection)


def document_frames(files: list[tuple[str, RawFile]], raw_dir, **limits) -> pl.DataFrame:
    """The `documents` rows of (doc_id, raw file) pairs, in their order."""
    now = utc_now()
    return frame_of(Documents, [read_document(doc_id, raw_file, raw_dir, now, **limits) for doc_id, raw_file in files])


def split_documents(
    documents: pl.DataFrame, keys: list[str] | None = None, progress: Callable[[int, int], None] | None = None
) -> tuple[dict[str, pl.DataFrame], list[str]]:
    """The article-level tables of `documents` (doc_id, status, file_name, text), for `keys` in
    their order (every document, in frame order, by default), and the parse warnings, each
    naming its file. A rejected or missing document yields no rows. `progress(done, total)` is
    called after every `PROGRESS_EVERY` documents."""
    texts = {
        doc_id: (file_name, text if status != STATUS_REJECTED else None)
        for doc_id, status, file_name, text in documents.select("doc_id", "status", "file_name", "text").iter_rows()
    }
    rows: dict[str, list[dict]] = {name: [] for name in ARTICLE_TABLES}
    warnings: list[str] = []
    keys = documents["doc_id"].to_list() if keys is None else keys
    for i, doc_id in enumerate(keys, start=1):
        file_name, text = texts.get(doc_id, (doc_id, None))
        parsed = parse_document(text or "")
        warnings.extend(f"{file_name}: {warning}" for warning in parsed.warnings)
        for name, table_rows in _article_rows(doc_id, parsed).items():
            rows[name].extend(table_rows)
        if progress and i % PROGRESS_EVERY == 0:
            progress(i, len(keys))
    # One frame per table for the whole batch: a frame per document costs more than its rows.
    return {name: frame_of(model, rows[name]) for name, model in ARTICLE_TABLES.items()}, warnings


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
