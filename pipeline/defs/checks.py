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


@dg.asset_check(
    asset="ner_mentions", description="Every NER mention lies in an existing paragraph and spells its span."
)
def ner_mentions_match_paragraphs(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT m.mention_id FROM ner_mentions m
            LEFT JOIN paragraphs p USING (article_id, paragraph_no)
            WHERE p.text IS NULL OR substring(p.text, m.char_start + 1, m.char_end - m.char_start) <> m.text
            """,
            "every mention's offsets spell its text in its paragraph",
        )


@dg.asset_check(asset="entity_mentions", description="Every mention points at an existing entity.", blocking=True)
def mentions_have_entities(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            "SELECT m.mention_id FROM entity_mentions m ANTI JOIN entities e USING (entity_id)",
            "no mention without an entity",
        )


@dg.asset_check(
    asset="entity_mentions", description="Every NER mention was resolved (none lost between the two tables)."
)
def every_mention_resolved(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT n.mention_id FROM ner_mentions n
            WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.mention_id = n.mention_id)
              AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.row_key = n.mention_id)
            """,
            "every NER mention is in entity_mentions or quarantined",
        )


@dg.asset_check(asset="entities", description="Every COUNTRY entity has an ISO 3166 alpha-3 code.")
def countries_have_iso3(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            "SELECT entity_id FROM entities WHERE type = 'COUNTRY' AND (iso3 IS NULL OR length(iso3) <> 3)",
            "all countries carry an ISO code",
        )


@dg.asset_check(asset="entities", description="No entity has an empty name.")
def entities_have_names(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            "SELECT entity_id FROM entities WHERE canonical_name IS NULL OR trim(canonical_name) = ''",
            "every entity has a name",
        )


@dg.asset_check(asset="entities", description="Mention and article counts agree with entity_mentions.")
def entity_counts_match(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT e.entity_id FROM entities e
            LEFT JOIN (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a
                       FROM entity_mentions GROUP BY ALL) m USING (entity_id)
            WHERE e.n_mentions <> coalesce(m.n, 0) OR e.n_articles <> coalesce(m.a, 0)
            """,
            "counts agree",
        )


ENTITY_CHECKS = [
    ner_mentions_match_paragraphs,
    mentions_have_entities,
    every_mention_resolved,
    countries_have_iso3,
    entities_have_names,
    entity_counts_match,
]


@dg.asset_check(asset="meetings", description="No entity meets itself.", blocking=True)
def no_self_meetings(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con, "SELECT meeting_id FROM meetings WHERE actor_a_entity_id = actor_b_entity_id", "no self-meetings"
        )


@dg.asset_check(asset="meetings", description="Both sides and the place of every meeting are existing entities.")
def meeting_sides_exist(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT m.meeting_id FROM meetings m
            WHERE m.actor_a_entity_id NOT IN (SELECT entity_id FROM entities)
               OR m.actor_b_entity_id NOT IN (SELECT entity_id FROM entities)
               OR (m.place_entity_id IS NOT NULL AND m.place_entity_id NOT IN (SELECT entity_id FROM entities))
            """,
            "every side is an entity",
        )


@dg.asset_check(
    asset="date_mentions",
    description=("Dates whose year was inferred (not written) lie within two years of the document's reference date."),
)
def inferred_dates_are_plausible(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT dm.article_id || '/p' || dm.paragraph_no || '/' || dm.char_start FROM date_mentions dm
            JOIN documents d USING (doc_id)
            WHERE dm.date_start IS NOT NULL AND dm.year_source IN ('reference', 'dateline')
              AND d.reference_date IS NOT NULL
              AND abs(date_diff('day', d.reference_date, dm.date_start)) > 731
            """,
            "inferred years are within two years of the reference date",
        )


@dg.asset_check(asset="article_dates", description="Every article has exactly one article_dates row.")
def every_article_dated_once(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT a.article_id FROM articles a
            LEFT JOIN (SELECT article_id, count(*) AS n FROM article_dates GROUP BY ALL) d USING (article_id)
            WHERE coalesce(d.n, 0) <> 1
            """,
            "one date row per article",
        )


@dg.asset_check(
    asset=dg.AssetKey(["marts", "meetings_timeline"]),
    description="The meetings timeline has one row per meeting.",
)
def timeline_covers_every_meeting(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT meeting_id FROM meetings WHERE meeting_id NOT IN (SELECT meeting_id FROM mart_meetings_timeline)
            UNION ALL
            SELECT meeting_id FROM mart_meetings_timeline WHERE meeting_id NOT IN (SELECT meeting_id FROM meetings)
            """,
            "timeline and meetings agree",
        )


@dg.asset_check(
    asset=dg.AssetKey(["marts", "country_comentions"]),
    description="Co-mention counts never exceed the articles that mention either country.",
)
def comentions_are_bounded(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT c.iso3_a || '/' || c.iso3_b FROM mart_country_comentions c
            JOIN entities a ON a.iso3 = c.iso3_a JOIN entities b ON b.iso3 = c.iso3_b
            WHERE c.articles > least(a.n_articles, b.n_articles)
            """,
            "co-mentions bounded by each country's articles",
        )


@dg.asset_check(
    asset=dg.AssetKey(["marts", "entity_mentions_monthly"]),
    description="Monthly mentions add up to each entity's mention count.",
)
def monthly_mentions_add_up(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT e.entity_id FROM entities e
            LEFT JOIN (SELECT entity_id, sum(mentions) AS n FROM mart_entity_mentions_monthly GROUP BY ALL) m
                USING (entity_id)
            WHERE e.n_mentions <> coalesce(m.n, 0)
            """,
            "monthly mentions add up",
        )


@dg.asset_check(
    asset=dg.AssetKey(["marts", "outlet_attribution"]),
    description="Every (outlet, relation) of the attributions table is in the mart with its article count.",
)
def outlet_counts_match(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT t.outlet || '/' || t.relation FROM
                (SELECT outlet, relation, count(DISTINCT article_id) AS n FROM attributions GROUP BY ALL) t
            LEFT JOIN mart_outlet_attribution m USING (outlet, relation)
            WHERE m.articles IS DISTINCT FROM t.n
            """,
            "outlet counts agree",
        )


@dg.asset_check(
    asset=dg.AssetKey(["marts", "person_roles"]), description="Every row of person_roles is about a PERSON entity."
)
def roles_belong_to_people(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.connect() as con:
        return _result(
            con,
            """
            SELECT r.entity_id || '/' || r.role FROM mart_person_roles r
            LEFT JOIN entities e USING (entity_id)
            WHERE e.type IS DISTINCT FROM 'PERSON'
            """,
            "roles belong to people",
        )


EVENT_CHECKS = [
    monthly_mentions_add_up,
    outlet_counts_match,
    roles_belong_to_people,
    no_self_meetings,
    meeting_sides_exist,
    inferred_dates_are_plausible,
    every_article_dated_once,
    timeline_covers_every_meeting,
    comentions_are_bounded,
]
