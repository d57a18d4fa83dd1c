"""Cross-table invariants of the ingest tables, as Dagster asset checks.

Each check runs one SQL query over the whole warehouse and reports the offending keys, so a
failure in the UI says exactly which rows break the rule.
"""

import dagster as dg

from pipeline.defs.resources import WarehouseResource
from pipeline.lib.warehouse import query_frame

SAMPLE_KEYS = 10


def _result(con, sql: str, description: str) -> dg.AssetCheckResult:
    offenders = query_frame(con, sql)
    keys = [str(v) for v in offenders[offenders.columns[0]].head(SAMPLE_KEYS).to_list()]
    return dg.AssetCheckResult(
        passed=offenders.is_empty(),
        description=description if offenders.is_empty() else f"{offenders.height} offending rows",
        metadata={"offending_rows": offenders.height, "examples": ", ".join(keys) or "none"},
    )


@dg.asset_check(asset="articles", description="article_id is unique across the warehouse.", blocking=True)
def article_ids_unique(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            "SELECT article_id FROM articles GROUP BY article_id HAVING count(*) > 1",
            "every article_id appears once",
        )


@dg.asset_check(
    asset="articles",
    description=(
        "No document silently produced zero articles: a usable document has articles, or its "
        "missing rows are explained in the quarantine table."
    ),
)
def documents_have_articles(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT d.doc_id FROM documents d
            WHERE d.status <> 'rejected'
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.doc_id)
              AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.doc_id = d.doc_id)
            """,
            "every usable document has articles or quarantined rows",
        )


@dg.asset_check(asset="paragraphs", description="Every paragraph belongs to an existing article.")
def paragraphs_have_articles(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT p.article_id || '/p' || p.paragraph_no FROM paragraphs p
            ANTI JOIN articles a USING (article_id)
            """,
            "no orphan paragraphs",
        )


@dg.asset_check(
    asset="paragraphs",
    description="articles.n_paragraphs equals the number of paragraphs stored for the article.",
)
def paragraph_counts_match(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT a.article_id FROM articles a
            LEFT JOIN (SELECT article_id, count(*) AS n FROM paragraphs GROUP BY ALL) p USING (article_id)
            WHERE a.n_paragraphs <> coalesce(p.n, 0)
            """,
            "paragraph counts agree",
        )


@dg.asset_check(
    asset="sections",
    description="Every section belongs to an existing article and has at least its first paragraph.",
)
def sections_have_paragraphs(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT s.article_id || '/s' || s.section_no FROM sections s
            WHERE NOT EXISTS (
                SELECT 1 FROM paragraphs p
                WHERE p.article_id = s.article_id AND p.paragraph_no = s.first_paragraph_no
                  AND p.section_no = s.section_no)
            """,
            "every section starts at one of its article's paragraphs",
        )


@dg.asset_check(asset="attributions", description="Every attribution belongs to an existing article.")
def attributions_have_articles(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            "SELECT t.article_id || '/' || t.outlet FROM attributions t ANTI JOIN articles a USING (article_id)",
            "no orphan attributions",
        )


INGEST_CHECKS = [
    article_ids_unique,
    documents_have_articles,
    paragraphs_have_articles,
    paragraph_counts_match,
    sections_have_paragraphs,
    attributions_have_articles,
]
