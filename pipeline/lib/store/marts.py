"""The Parquet marts: SQL over the warehouse tables, one query each, plus small Python touches."""

from __future__ import annotations

import polars as pl

from pipeline.lib.nlp.countries import iso3_for

# The story a paragraph tells: its embedded section's story when that section is a copy of a story
# of its own (`story_copies`), else its article's. Counting these, a story carried by three outlets
# counts once where its three copies count three times.
PARAGRAPH_STORY_SQL = """
    SELECT p.article_id, p.paragraph_no, coalesce(c.story_id, a.story_id) AS story_id
    FROM paragraphs p
    JOIN articles a USING (article_id)
    LEFT JOIN story_copies c ON c.article_id = p.article_id AND c.section_no = p.section_no AND p.section_no > 0
"""

MART_SQL = {
    "entity_mentions_monthly": f"""
        SELECT e.entity_id, e.canonical_name, e.type,
               date_trunc('month', ad.article_date)::DATE AS month,
               count(*) AS mentions, count(DISTINCT m.article_id) AS articles,
               count(DISTINCT ps.story_id) AS stories
        FROM entity_mentions m
        JOIN entities e USING (entity_id)
        LEFT JOIN ({PARAGRAPH_STORY_SQL}) ps USING (article_id, paragraph_no)
        LEFT JOIN article_dates ad USING (article_id)
        GROUP BY ALL
        ORDER BY month NULLS LAST, mentions DESC, e.canonical_name
    """,
    "country_comentions": """
        WITH c AS (
            SELECT DISTINCT m.article_id, e.iso3, e.canonical_name
            FROM entity_mentions m JOIN entities e USING (entity_id)
            WHERE e.type = 'COUNTRY'
        )
        SELECT a.canonical_name AS country_a, a.iso3 AS iso3_a, b.canonical_name AS country_b, b.iso3 AS iso3_b,
               count(DISTINCT a.article_id) AS articles,
               min(ad.article_date) AS first_article_date, max(ad.article_date) AS last_article_date
        FROM c a
        JOIN c b ON a.article_id = b.article_id AND a.iso3 < b.iso3
        LEFT JOIN article_dates ad ON ad.article_id = a.article_id
        GROUP BY ALL
        ORDER BY articles DESC, iso3_a, iso3_b
    """,
    "meetings_timeline": """
        SELECT mt.meeting_id, mt.meeting_date,
               a.canonical_name AS actor_a, a.type AS actor_a_type, mt.actor_a_role, a.iso3 AS actor_a_iso3,
               b.canonical_name AS actor_b, b.type AS actor_b_type, mt.actor_b_role, b.iso3 AS actor_b_iso3,
               p.canonical_name AS place, mt.article_id, ar.title AS article_title, ad.article_date, mt.sentence
        FROM meetings mt
        JOIN entities a ON a.entity_id = mt.actor_a_entity_id
        JOIN entities b ON b.entity_id = mt.actor_b_entity_id
        LEFT JOIN entities p ON p.entity_id = mt.place_entity_id
        JOIN articles ar ON ar.article_id = mt.article_id
        LEFT JOIN article_dates ad ON ad.article_id = mt.article_id
        ORDER BY mt.meeting_date NULLS LAST, actor_a, actor_b
    """,
    "events_timeline": """
        SELECT ev.event_id, ev.event_type, ev.cameo_code, ev.event_date,
               a.canonical_name AS actor_a, a.type AS actor_a_type, ev.actor_a_role, a.iso3 AS actor_a_iso3,
               b.canonical_name AS actor_b, b.type AS actor_b_type, ev.actor_b_role, b.iso3 AS actor_b_iso3,
               p.canonical_name AS place, ev.detail, ev.article_id, ar.title AS article_title, ad.article_date,
               ev.sentence
        FROM events ev
        LEFT JOIN entities a ON a.entity_id = ev.actor_a_entity_id
        LEFT JOIN entities b ON b.entity_id = ev.actor_b_entity_id
        LEFT JOIN entities p ON p.entity_id = ev.place_entity_id
        JOIN articles ar ON ar.article_id = ev.article_id
        LEFT JOIN article_dates ad ON ad.article_id = ev.article_id
        ORDER BY ev.event_date NULLS LAST, ev.event_type, actor_a, actor_b
    """,
    "statements": """
        SELECT q.speaker_entity_id, s.canonical_name AS speaker, s.type AS speaker_type,
               date_trunc('month', coalesce(q.quote_date, ad.article_date))::DATE AS month,
               count(*) AS quotations, count(*) FILTER (WHERE q.kind = 'direct') AS direct,
               count(*) FILTER (WHERE q.kind = 'indirect') AS indirect, count(DISTINCT q.article_id) AS articles,
               left(first(q.quote ORDER BY q.kind = 'direct' DESC, length(q.quote) DESC, q.quote_id), 300)
                   AS sample_quote
        FROM quotations q
        JOIN entities s ON s.entity_id = q.speaker_entity_id
        LEFT JOIN article_dates ad ON ad.article_id = q.article_id
        GROUP BY ALL
        ORDER BY month NULLS LAST, quotations DESC, speaker
    """,
    "outlet_attribution": """
        SELECT t.outlet, t.relation, count(DISTINCT t.article_id) AS articles,
               min(ad.article_date) AS first_article_date, max(ad.article_date) AS last_article_date
        FROM attributions t LEFT JOIN article_dates ad USING (article_id)
        GROUP BY ALL
        ORDER BY articles DESC, t.outlet, t.relation
    """,
    "person_roles": """
        SELECT e.entity_id, e.canonical_name AS person, r.role,
               count(*) AS mentions, count(DISTINCT r.article_id) AS articles
        FROM (
            SELECT entity_id, article_id, role FROM entity_mentions WHERE role IS NOT NULL
            UNION ALL
            SELECT entity_id, article_id, appositive_role FROM entity_mentions WHERE appositive_role IS NOT NULL
        ) r
        JOIN entities e USING (entity_id)
        WHERE e.type = 'PERSON'
        GROUP BY ALL
        ORDER BY mentions DESC, person, r.role
    """,
    "republication": """
        SELECT s.story_id, s.title AS story_title, s.first_article_id AS original_article_id,
               o.outlet AS original_outlet, s.first_seen,
               c.article_id, c.section_no, c.outlet, c.seen_date,
               date_diff('day', s.first_seen, c.seen_date) AS delay_days
        FROM story_copies c
        JOIN stories s USING (story_id)
        JOIN story_copies o ON o.story_id = s.story_id AND o.is_original
        WHERE NOT c.is_original
        ORDER BY s.first_seen NULLS LAST, s.story_id, c.seen_date NULLS LAST, c.article_id
    """,
}


def country_in_role(role: str | None) -> str | None:
    """'Venezuelan Ambassador to China' → VEN: the first country or demonym a role names."""
    if not role:
        return None
    words = role.replace("(", " ").replace(")", " ").replace(",", " ").split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            iso3 = iso3_for(" ".join(words[i : i + n]))
            if iso3:
                return iso3
    return None


def finish_meetings_timeline(df: pl.DataFrame) -> pl.DataFrame:
    """A person's country comes from the role the article gives them ("Greek Deputy Prime Minister")."""
    return _countries_from_roles(df)


def finish_events_timeline(df: pl.DataFrame) -> pl.DataFrame:
    """As for meetings: a person's country from the role the article gives them."""
    return _countries_from_roles(df)


def _countries_from_roles(df: pl.DataFrame) -> pl.DataFrame:
    """A person's country comes from the role the article gives them ("Greek Deputy Prime Minister")."""
    return df.with_columns(
        pl.coalesce("actor_a_iso3", pl.col("actor_a_role").map_elements(country_in_role, return_dtype=pl.String)),
        pl.coalesce("actor_b_iso3", pl.col("actor_b_role").map_elements(country_in_role, return_dtype=pl.String)),
    )
