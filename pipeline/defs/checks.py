"""Cross-table invariants of the warehouse, as Dagster asset checks.

Each check (a `Rule`) is one SQL query over the whole warehouse that returns the offending rows,
so a failure in the UI says exactly which rows break the rule. The rules on the tables one step
writes run together, in one check step after it (`multi_asset_check`): a step and a warehouse
connection per rule cost more than the queries themselves on a small corpus. The UI still shows,
selects and reruns every check on its own.
"""

from collections.abc import Iterator
from dataclasses import dataclass

import dagster as dg

from pipeline.defs.resources import WarehouseResource
from pipeline.lib.store.warehouse import query_frame

SAMPLE_KEYS = 10


@dataclass(frozen=True)
class Rule:
    name: str
    asset: str | dg.AssetKey
    description: str
    sql: str  # returns the offending rows, their key first
    passed_text: str
    blocking: bool = False

    @property
    def key(self) -> dg.AssetCheckKey:
        return dg.AssetCheckKey(dg.AssetKey.from_coercible(self.asset), self.name)

    @property
    def spec(self) -> dg.AssetCheckSpec:
        return dg.AssetCheckSpec(self.name, asset=self.asset, description=self.description, blocking=self.blocking)

    def evaluate(self, con) -> dg.AssetCheckResult:
        offenders = query_frame(con, self.sql)
        keys = [str(v) for v in offenders[offenders.columns[0]].head(SAMPLE_KEYS).to_list()]
        return dg.AssetCheckResult(
            asset_key=self.key.asset_key,
            check_name=self.name,
            passed=offenders.is_empty(),
            description=self.passed_text if offenders.is_empty() else f"{offenders.height} offending rows",
            metadata={"offending_rows": offenders.height, "examples": ", ".join(keys) or "none"},
        )


def check_step(name: str, rules: list[Rule]) -> dg.AssetChecksDefinition:
    """One check step evaluating `rules` on one connection; a selection may pick any subset."""

    @dg.multi_asset_check(
        name=name,
        specs=[rule.spec for rule in rules],
        can_subset=True,
        description=f"Warehouse invariants: {', '.join(rule.name for rule in rules)}.",
    )
    def _check(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> Iterator[dg.AssetCheckResult]:
        selected = context.selected_asset_check_keys
        with warehouse.connect() as con:
            for rule in rules:
                if rule.key in selected:
                    yield rule.evaluate(con)

    return _check


article_ids_unique = Rule(
    "article_ids_unique",
    asset="articles",
    description="article_id is unique across the warehouse.",
    sql="SELECT article_id FROM articles GROUP BY article_id HAVING count(*) > 1",
    passed_text="every article_id appears once",
    blocking=True,
)


documents_have_articles = Rule(
    "documents_have_articles",
    asset="articles",
    description="No document silently produced zero articles: a usable document has articles, or its "
    "missing rows are explained in the quarantine table.",
    sql="""
            SELECT d.doc_id FROM documents d
            WHERE d.status <> 'rejected'
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = d.doc_id)
              AND NOT EXISTS (
                  SELECT 1 FROM quarantine q
                  WHERE q.doc_id = d.doc_id AND q.table_name IN ('articles', 'paragraphs', 'sections', 'attributions')
              )
            """,
    passed_text="every usable document has articles or quarantined rows",
)


paragraphs_have_articles = Rule(
    "paragraphs_have_articles",
    asset="paragraphs",
    description="Every paragraph belongs to an existing article.",
    sql="""
            SELECT p.article_id || '/p' || p.paragraph_no FROM paragraphs p
            ANTI JOIN articles a USING (article_id)
            """,
    passed_text="no orphan paragraphs",
)


paragraph_counts_match = Rule(
    "paragraph_counts_match",
    asset="paragraphs",
    description="articles.n_paragraphs equals the number of paragraphs stored for the article.",
    sql="""
            SELECT a.article_id FROM articles a
            LEFT JOIN (SELECT article_id, count(*) AS n FROM paragraphs GROUP BY ALL) p USING (article_id)
            WHERE a.n_paragraphs <> coalesce(p.n, 0)
            """,
    passed_text="paragraph counts agree",
)


sections_have_paragraphs = Rule(
    "sections_have_paragraphs",
    asset="sections",
    description="Every section belongs to an existing article and has at least its first paragraph.",
    sql="""
            SELECT s.article_id || '/s' || s.section_no FROM sections s
            WHERE NOT EXISTS (
                SELECT 1 FROM paragraphs p
                WHERE p.article_id = s.article_id AND p.paragraph_no = s.first_paragraph_no
                  AND p.section_no = s.section_no)
            """,
    passed_text="every section starts at one of its article's paragraphs",
)


attributions_have_articles = Rule(
    "attributions_have_articles",
    asset="attributions",
    description="Every attribution belongs to an existing article.",
    sql="SELECT t.article_id || '/' || t.outlet FROM attributions t ANTI JOIN articles a USING (article_id)",
    passed_text="no orphan attributions",
)


ner_mentions_match_paragraphs = Rule(
    "ner_mentions_match_paragraphs",
    asset="ner_mentions",
    description="Every NER mention lies in an existing paragraph and spells its span.",
    sql="""
            SELECT m.mention_id FROM ner_mentions m
            LEFT JOIN paragraphs p USING (article_id, paragraph_no)
            WHERE p.text IS NULL OR substring(p.text, m.char_start + 1, m.char_end - m.char_start) <> m.text
            """,
    passed_text="every mention's offsets spell its text in its paragraph",
)


ner_only_in_covered_languages = Rule(
    "ner_only_in_covered_languages",
    asset="ner_mentions",
    description=(
        "No NER mention in an article of unknown language or one set aside because no configured spaCy "
        "pipeline covers its language (its quarantine row says so)."
    ),
    sql="""
            SELECT m.mention_id FROM ner_mentions m JOIN articles a USING (article_id)
            WHERE a.language IS NULL
               OR m.article_id IN (SELECT row_key FROM quarantine WHERE table_name = 'ner_mentions')
            """,
    passed_text="articles without a covered language have no mentions",
)


mentions_have_entities = Rule(
    "mentions_have_entities",
    asset="entity_mentions",
    description="Every mention points at an existing entity.",
    sql="SELECT m.mention_id FROM entity_mentions m ANTI JOIN entities e USING (entity_id)",
    passed_text="no mention without an entity",
    blocking=True,
)


every_mention_resolved = Rule(
    "every_mention_resolved",
    asset="entity_mentions",
    description="Every NER mention was resolved (none lost between the two tables).",
    sql="""
            SELECT n.mention_id FROM ner_mentions n
            WHERE NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.mention_id = n.mention_id)
              AND NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.row_key = n.mention_id)
            """,
    passed_text="every NER mention is in entity_mentions or quarantined",
)


countries_have_iso3 = Rule(
    "countries_have_iso3",
    asset="entities",
    description="Every COUNTRY entity has an ISO 3166 alpha-3 code.",
    sql="SELECT entity_id FROM entities WHERE type = 'COUNTRY' AND (iso3 IS NULL OR length(iso3) <> 3)",
    passed_text="all countries carry an ISO code",
)


entities_have_names = Rule(
    "entities_have_names",
    asset="entities",
    description="No entity has an empty name.",
    sql="SELECT entity_id FROM entities WHERE canonical_name IS NULL OR trim(canonical_name) = ''",
    passed_text="every entity has a name",
)


entity_counts_match = Rule(
    "entity_counts_match",
    asset="entities",
    description="Mention and article counts agree with entity_mentions.",
    sql="""
            SELECT e.entity_id FROM entities e
            LEFT JOIN (SELECT entity_id, count(*) AS n, count(DISTINCT article_id) AS a
                       FROM entity_mentions GROUP BY ALL) m USING (entity_id)
            WHERE e.n_mentions <> coalesce(m.n, 0) OR e.n_articles <> coalesce(m.a, 0)
            """,
    passed_text="counts agree",
)


no_self_meetings = Rule(
    "no_self_meetings",
    asset="meetings",
    description="No entity meets itself.",
    sql="SELECT meeting_id FROM meetings WHERE actor_a_entity_id = actor_b_entity_id",
    passed_text="no self-meetings",
    blocking=True,
)


meeting_sides_exist = Rule(
    "meeting_sides_exist",
    asset="meetings",
    description="Both sides and the place of every meeting are existing entities.",
    sql="""
            SELECT m.meeting_id FROM meetings m
            WHERE m.actor_a_entity_id NOT IN (SELECT entity_id FROM entities)
               OR m.actor_b_entity_id NOT IN (SELECT entity_id FROM entities)
               OR (m.place_entity_id IS NOT NULL AND m.place_entity_id NOT IN (SELECT entity_id FROM entities))
            """,
    passed_text="every side is an entity",
)


event_sides_exist = Rule(
    "event_sides_exist",
    asset="events",
    description="The sides and the place of every event are existing entities, and no one acts on themselves.",
    sql="""
            SELECT e.event_id FROM events e
            WHERE (e.actor_a_entity_id IS NOT NULL AND e.actor_a_entity_id NOT IN (SELECT entity_id FROM entities))
               OR (e.actor_b_entity_id IS NOT NULL AND e.actor_b_entity_id NOT IN (SELECT entity_id FROM entities))
               OR (e.place_entity_id IS NOT NULL AND e.place_entity_id NOT IN (SELECT entity_id FROM entities))
               OR e.actor_a_entity_id = e.actor_b_entity_id
            """,
    passed_text="every side is an entity",
    blocking=True,
)


meetings_are_meet_events = Rule(
    "meetings_are_meet_events",
    asset="events",
    description=(
        "The MEET rows of events with both sides named are the meetings: as many in every article "
        "(a MEET row with a side named only by kind, such as 'met local parents', is no meeting)."
    ),
    sql="""
            SELECT coalesce(m.article_id, e.article_id) FROM
                (SELECT article_id, count(*) AS n FROM meetings GROUP BY ALL) m
            FULL JOIN (SELECT article_id, count(*) AS n FROM events WHERE event_type = 'MEET'
                       AND actor_a_entity_id IS NOT NULL AND actor_b_entity_id IS NOT NULL GROUP BY ALL) e
                USING (article_id)
            WHERE m.n IS DISTINCT FROM e.n
            """,
    passed_text="MEET rows and meetings agree",
)


quotations_lie_in_their_paragraph = Rule(
    "quotations_lie_in_their_paragraph",
    asset="quotations",
    description="Every quotation is the text of its paragraph at its offsets, and its speaker is an entity.",
    sql="""
            SELECT q.quote_id FROM quotations q
            LEFT JOIN paragraphs p USING (article_id, paragraph_no)
            WHERE p.text IS NULL OR substr(p.text, q.char_start + 1, q.char_end - q.char_start) <> q.quote
               OR (q.speaker_entity_id IS NOT NULL AND q.speaker_entity_id NOT IN (SELECT entity_id FROM entities))
            """,
    passed_text="quotations match their paragraphs",
)


inferred_dates_are_plausible = Rule(
    "inferred_dates_are_plausible",
    asset="date_mentions",
    description="Dates whose year was inferred (not written) lie within two years of the article's reference "
    "date (its own publication date, else its document's).",
    sql="""
            SELECT dm.article_id || '/p' || dm.paragraph_no || '/' || dm.char_start FROM date_mentions dm
            JOIN documents d USING (doc_id) JOIN articles a USING (article_id)
            WHERE dm.date_start IS NOT NULL AND dm.year_source IN ('reference', 'dateline')
              AND coalesce(a.published_date, d.reference_date) IS NOT NULL
              AND abs(date_diff('day', coalesce(a.published_date, d.reference_date), dm.date_start)) > 731
            """,
    passed_text="inferred years are within two years of the reference date",
)


every_article_dated_once = Rule(
    "every_article_dated_once",
    asset="article_dates",
    description="Every article has exactly one article_dates row.",
    sql="""
            SELECT a.article_id FROM articles a
            LEFT JOIN (SELECT article_id, count(*) AS n FROM article_dates GROUP BY ALL) d USING (article_id)
            WHERE coalesce(d.n, 0) <> 1
            """,
    passed_text="one date row per article",
)


timeline_covers_every_meeting = Rule(
    "timeline_covers_every_meeting",
    asset=dg.AssetKey(["marts", "meetings_timeline"]),
    description="The meetings timeline has one row per meeting.",
    sql="""
            SELECT meeting_id FROM meetings WHERE meeting_id NOT IN (SELECT meeting_id FROM mart_meetings_timeline)
            UNION ALL
            SELECT meeting_id FROM mart_meetings_timeline WHERE meeting_id NOT IN (SELECT meeting_id FROM meetings)
            """,
    passed_text="timeline and meetings agree",
)


comentions_are_bounded = Rule(
    "comentions_are_bounded",
    asset=dg.AssetKey(["marts", "country_comentions"]),
    description="Co-mention counts never exceed the articles that mention either country.",
    sql="""
            SELECT c.iso3_a || '/' || c.iso3_b FROM mart_country_comentions c
            JOIN entities a ON a.iso3 = c.iso3_a JOIN entities b ON b.iso3 = c.iso3_b
            WHERE c.articles > least(a.n_articles, b.n_articles)
            """,
    passed_text="co-mentions bounded by each country's articles",
)


monthly_mentions_add_up = Rule(
    "monthly_mentions_add_up",
    asset=dg.AssetKey(["marts", "entity_mentions_monthly"]),
    description="Monthly mentions add up to each entity's mention count.",
    sql="""
            SELECT e.entity_id FROM entities e
            LEFT JOIN (SELECT entity_id, sum(mentions) AS n FROM mart_entity_mentions_monthly GROUP BY ALL) m
                USING (entity_id)
            WHERE e.n_mentions <> coalesce(m.n, 0)
            """,
    passed_text="monthly mentions add up",
)


outlet_counts_match = Rule(
    "outlet_counts_match",
    asset=dg.AssetKey(["marts", "outlet_attribution"]),
    description="Every (outlet, relation) of the attributions table is in the mart with its article count.",
    sql="""
            SELECT t.outlet || '/' || t.relation FROM
                (SELECT outlet, relation, count(DISTINCT article_id) AS n FROM attributions GROUP BY ALL) t
            LEFT JOIN mart_outlet_attribution m USING (outlet, relation)
            WHERE m.articles IS DISTINCT FROM t.n
            """,
    passed_text="outlet counts agree",
)


roles_belong_to_people = Rule(
    "roles_belong_to_people",
    asset=dg.AssetKey(["marts", "person_roles"]),
    description="Every row of person_roles is about a PERSON entity.",
    sql="""
            SELECT r.entity_id || '/' || r.role FROM mart_person_roles r
            LEFT JOIN entities e USING (entity_id)
            WHERE e.type IS DISTINCT FROM 'PERSON'
            """,
    passed_text="roles belong to people",
)


# One step per producing step: its checks run once all of its tables have landed.
INGEST_CHECKS = [
    check_step(
        "ingest_tables_checks",
        [
            article_ids_unique,
            documents_have_articles,
            paragraphs_have_articles,
            paragraph_counts_match,
            sections_have_paragraphs,
            attributions_have_articles,
        ],
    ),
    check_step("ner_mentions_checks", [ner_mentions_match_paragraphs, ner_only_in_covered_languages]),
    check_step("date_tables_checks", [inferred_dates_are_plausible, every_article_dated_once]),
]
ENTITY_CHECKS = [
    check_step(
        "entity_tables_checks",
        [mentions_have_entities, every_mention_resolved, countries_have_iso3, entities_have_names, entity_counts_match],
    ),
]
EVENT_CHECKS = [
    check_step(
        "event_tables_checks",
        [
            no_self_meetings,
            meeting_sides_exist,
            event_sides_exist,
            meetings_are_meet_events,
            quotations_lie_in_their_paragraph,
        ],
    ),  # fmt: skip
    check_step(
        "marts_checks",
        [
            timeline_covers_every_meeting,
            comentions_are_bounded,
            monthly_mentions_add_up,
            outlet_counts_match,
            roles_belong_to_people,
        ],
    ),
]


every_article_has_a_story = Rule(
    "every_article_has_a_story",
    asset="stories",
    description="Every article has a story_id, and it names an existing story of which the article is a copy.",
    sql="""
            SELECT a.article_id FROM articles a
            WHERE a.story_id IS NULL
               OR NOT EXISTS (
                    SELECT 1 FROM story_copies c WHERE c.story_id = a.story_id AND c.article_id = a.article_id)
               OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.story_id = a.story_id)
            """,
    passed_text="every article is a copy of its story",
)


story_copy_counts_match = Rule(
    "story_copy_counts_match",
    asset="stories",
    description="stories.n_copies equals the story's rows in story_copies, and every copy's story exists.",
    sql="""
            SELECT coalesce(s.story_id, c.story_id) FROM stories s
            FULL JOIN (SELECT story_id, count(*) AS n FROM story_copies GROUP BY ALL) c USING (story_id)
            WHERE s.n_copies IS DISTINCT FROM c.n
            """,
    passed_text="copy counts agree",
)


stories_have_one_original = Rule(
    "stories_have_one_original",
    asset="story_copies",
    description="Each story has exactly one original copy, in first_article_id, dated first_seen, and no "
    "copy is dated before it.",
    sql="""
            SELECT s.story_id FROM stories s
            LEFT JOIN story_copies o ON o.story_id = s.story_id AND o.is_original
            GROUP BY s.story_id, s.first_article_id, s.first_seen
            HAVING count(o.article_id) <> 1
                OR any_value(o.article_id) IS DISTINCT FROM s.first_article_id
                OR any_value(o.seen_date) IS DISTINCT FROM s.first_seen
                OR EXISTS (SELECT 1 FROM story_copies c WHERE c.story_id = s.story_id AND c.seen_date < s.first_seen)
            """,
    passed_text="one original per story, the earliest",
)


story_copies_exist = Rule(
    "story_copies_exist",
    asset="story_copies",
    description="Every copy is an existing article, or an existing section of it.",
    sql="""
            SELECT c.story_id || '/' || c.article_id FROM story_copies c
            WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = c.article_id)
               OR (c.section_no > 0 AND NOT EXISTS (
                    SELECT 1 FROM sections s WHERE s.article_id = c.article_id AND s.section_no = c.section_no))
            """,
    passed_text="every copy is an article or one of its sections",
)


republication_covers_copies = Rule(
    "republication_covers_copies",
    asset=dg.AssetKey(["marts", "republication"]),
    description="The republication mart has one row per copy that is not an original.",
    sql="""
            SELECT story_id || '/' || article_id FROM (
                (SELECT story_id, article_id FROM story_copies WHERE NOT is_original
                 EXCEPT SELECT story_id, article_id FROM mart_republication)
                UNION ALL
                (SELECT story_id, article_id FROM mart_republication
                 EXCEPT SELECT story_id, article_id FROM story_copies WHERE NOT is_original)
            )
            """,
    passed_text="republications and copies agree",
)


stories_not_more_than_mentions = Rule(
    "stories_not_more_than_mentions",
    asset=dg.AssetKey(["marts", "entity_mentions_monthly"]),
    description="An entity's stories in a month are at least one and never more than its mentions.",
    sql="""
            SELECT entity_id || '/' || coalesce(month::VARCHAR, 'undated') FROM mart_entity_mentions_monthly
            WHERE stories < 1 OR stories > mentions
            """,
    passed_text="stories between one and the mentions",
)


STORY_CHECKS = [
    check_step(
        "story_tables_checks",
        [every_article_has_a_story, story_copy_counts_match, stories_have_one_original, story_copies_exist],
    ),
    check_step("republication_checks", [republication_covers_copies]),
    check_step("stories_in_marts_checks", [stories_not_more_than_mentions]),
]
