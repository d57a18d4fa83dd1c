"""Event assets: date mentions per raw file; meetings, the other events and quotations over the resolved corpus."""

import dagster as dg
import polars as pl

from pipeline.defs.metadata import Stopwatch, table_identity, table_metadata, table_specs
from pipeline.defs.parse_cache import parses_for, store_parses
from pipeline.defs.partitions import PER_FILE_TAGS, raw_files_partitions
from pipeline.defs.resources import SpacyResource, WarehouseResource
from pipeline.lib.events.cues import CUE_PATTERN
from pipeline.lib.events.dates import resolve_dateline
from pipeline.lib.events.extraction import (
    article_events,
    corpus_offices,
    cue_texts_of,
    date_tables,
    meeting_paragraphs,
    people_of,
    split_date_tables,
)
from pipeline.lib.events.meetings import EntitySpan
from pipeline.lib.events.quotations import find_quotations
from pipeline.lib.nlp.gender import genders_of_paragraphs
from pipeline.lib.store.code_version import code_version
from pipeline.lib.store.schemas import ArticleDates, DateMentions, Events, Meetings, Quotations, frame_of
from pipeline.lib.store.tables import split_rows, utc_now
from pipeline.lib.store.warehouse import query_frame, replace_document_rows, replace_tables

GROUP = "events"


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "date_mentions",
            deps=["paragraphs", "sections", "articles", "raw_documents", "ner_mentions"],
            group_name=GROUP,
            kinds={"duckdb", "python"},
            partitions_def=raw_files_partitions,
            tags=PER_FILE_TAGS,
            description=(
                "Every date expression with its resolved start and end date, granularity and where its year "
                "came from (explicit, dateline, reference date, context); vague ones keep null dates."
            ),
            metadata=table_identity("date_mentions", DateMentions),
        ),
        dg.AssetSpec(
            "article_dates",
            deps=["paragraphs", "sections", "articles", "raw_documents", "ner_mentions"],
            group_name=GROUP,
            kinds={"duckdb", "python"},
            partitions_def=raw_files_partitions,
            tags=PER_FILE_TAGS,
            description=(
                "Each article's date: its dateline's day, else its earliest current event date, with the source."
            ),
            metadata=table_identity("article_dates", ArticleDates),
        ),
    ],
    partitions_def=raw_files_partitions,
    name="resolve_dates",
    backfill_policy=dg.BackfillPolicy.single_run(),
    pool="warehouse",
    description="Find and resolve the date expressions of one raw file's articles.",
)
def resolve_dates(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    keys = list(context.partition_keys)
    watch = Stopwatch()
    with watch.phase("reads"), warehouse.connect() as con:
        references = dict(
            con.execute(
                "SELECT doc_id, reference_date FROM documents WHERE doc_id IN (SELECT unnest(?))", [keys]
            ).fetchall()
        )
        articles = query_frame(
            con,
            "SELECT doc_id, article_id, dateline_date_text, published_date FROM articles "
            "WHERE doc_id IN (SELECT unnest(?)) "
            "ORDER BY doc_id, position",
            [keys],
        )
        sections = query_frame(
            con,
            "SELECT article_id, section_no, dateline_date_text FROM sections WHERE doc_id IN (SELECT unnest(?))",
            [keys],
        )
        paragraphs = query_frame(
            con,
            "SELECT article_id, paragraph_no, section_no, text FROM paragraphs WHERE doc_id IN (SELECT unnest(?)) "
            "ORDER BY article_id, paragraph_no",
            [keys],
        )
    mention_frame, date_frame = date_tables(references, articles, sections, paragraphs)
    now = utc_now()
    with watch.phase("validation"):
        dates, article_dates, quarantined = split_date_tables(mention_frame, date_frame, now)
    with watch.phase("writes"), warehouse.connect() as con:
        # The last per-file step: it also records that these files are done, with their content
        # hash and the version of the rules that made their rows.
        done = query_frame(
            con,
            "SELECT doc_id, sha256, current_timestamp::TIMESTAMP AS completed_at, ? AS code_version FROM documents "
            "WHERE doc_id IN (SELECT unnest(?))",
            [code_version(), keys],
        )
        replace_document_rows(
            con,
            keys,
            {"date_mentions": dates, "article_dates": article_dates, "ingest_log": done},
            quarantine_tables=["date_mentions", "article_dates"],
            quarantine=quarantined,
        )
        warehouse.record_ingested(con)
    resolved = dates.filter(pl.col("date_start").is_not_null())
    yield dg.MaterializeResult(
        asset_key="date_mentions",
        metadata=table_metadata(
            dates,
            reference_dates=", ".join(sorted({str(d) for d in references.values() if d})[:5]),
            resolved=resolved.height,
            vague=dates.height - resolved.height,
            by_year_source=dg.MetadataValue.md(
                ", ".join(f"{s} {n}" for s, n in resolved.group_by("year_source").len().sort("len").iter_rows())
                or "_none_"
            ),
            **watch.metadata(),
        ),
    )
    yield dg.MaterializeResult(
        asset_key="article_dates",
        metadata=table_metadata(
            article_dates,
            undated=article_dates.filter(pl.col("article_date").is_null()).height,
        ),
    )


def _roles(entity_mentions: pl.DataFrame) -> dict[tuple[str, str], str]:
    """(article_id, entity_id) → the role the article gives that entity most often."""
    roles = (
        entity_mentions.with_columns(pl.coalesce("appositive_role", "role").alias("any_role"))
        .filter(pl.col("any_role").is_not_null())
        .group_by("article_id", "entity_id", "any_role")
        .len()
        .sort(["len", "any_role"], descending=[True, False])
        .unique(["article_id", "entity_id"], keep="first")
    )
    return {(a, e): r for a, e, r, _ in roles.iter_rows()}


_TABLES = {"meetings": Meetings, "events": Events, "quotations": Quotations}
_DESCRIPTIONS = {
    "meetings": (
        "Who met whom, when and where: one row per (article, pair of entities, date), from the dependency parse "
        "of sentences with 'met', 'meeting' or 'talks'; sides are entity ids (a person where named, else a "
        "country or organisation), with the date, the place and the sentence. The MEET rows of `events` "
        "whose two sides are both named."
    ),
    "events": (
        "What happened, coded on the CAMEO scale: MEET (040, the meetings, and meetings with people named only "
        "by kind, that side null), VISIT (042 visit, 043 host), SIGN "
        "(057, with what was signed), SUPPORT (051 praise, 053 support) and CRITICIZE (111 criticise, 112 accuse), "
        "one row per (article, type, sides, date), with the date, the place and the sentence."
    ),
    "quotations": (
        "Who said what: direct quotations (between quotation marks, over several paragraphs too; scare quotes "
        "left out) and indirect speech ('Ma said that ...'), with the speaker as an entity (pronouns resolved "
        "to the last person named), the reporting verb and the date."
    ),
}


@dg.multi_asset(
    specs=table_specs(
        _TABLES,
        _DESCRIPTIONS,
        deps=["entity_mentions", "entities", "date_mentions", "paragraphs", "sections", "articles"],
        group_name=GROUP,
        kinds={"spacy", "duckdb", "python"},
    ),
    name="extract_events",
    pool="warehouse",
    description="Meetings, the other events and the quotations of every article, from one dependency parse.",
)
def extract_events(context: dg.AssetExecutionContext, warehouse: WarehouseResource, spacy: SpacyResource):
    with warehouse.connect() as con:
        # Only English articles (the rules are English) with a cue are read at all (a meeting word, a
        # reporting or event verb, a quote mark).
        candidates = query_frame(
            con,
            "SELECT DISTINCT article_id FROM paragraphs WHERE regexp_matches(text, ?) "
            "AND article_id IN (SELECT article_id FROM articles WHERE language = 'en')",
            [CUE_PATTERN],
        )["article_id"].to_list()
        paragraphs = query_frame(
            con,
            "SELECT p.article_id, p.doc_id, p.paragraph_no, p.section_no, p.text, p.kind FROM paragraphs p "
            "WHERE p.article_id IN (SELECT unnest(?)) ORDER BY p.article_id, p.paragraph_no",
            [candidates],
        )
        mentions = query_frame(
            con,
            "SELECT m.article_id, m.paragraph_no, m.char_start, m.char_end, m.entity_id, e.type, m.role, "
            "m.appositive_role FROM entity_mentions m JOIN entities e USING (entity_id) "
            "WHERE m.article_id IN (SELECT unnest(?))",
            [candidates],
        )
        dates = query_frame(
            con,
            "SELECT * FROM date_mentions WHERE article_id IN (SELECT unnest(?)) ORDER BY paragraph_no, char_start",
            [candidates],
        )
        # The embedded sections' datelines, and the place of the article's own (section 0: "BEIJING,
        # March 4 (Xinhua) -- … held talks here"); its day is left to the dates step, as before.
        sections = query_frame(
            con,
            "SELECT s.article_id, s.section_no, s.dateline_place, s.dateline_date_text, "
            "coalesce(a.published_date, d.reference_date) FROM sections s JOIN documents d USING (doc_id) "
            "JOIN articles a USING (article_id) WHERE s.article_id IN (SELECT unnest(?)) "
            "UNION ALL SELECT a.article_id, 0, a.dateline_place, NULL, NULL FROM articles a "
            "WHERE a.article_id IN (SELECT unnest(?)) AND a.dateline_place IS NOT NULL",
            [candidates, candidates],
        )
        places = {
            name.casefold(): entity_id
            for entity_id, name in con.execute(
                "SELECT entity_id, canonical_name FROM entities WHERE type = 'PLACE'"
            ).fetchall()
        }
        countries = dict(
            con.execute("SELECT iso3, entity_id FROM entities WHERE type = 'COUNTRY' ORDER BY entity_id").fetchall()
        )

    from pipeline.lib.events.dates import DateMention

    roles = _roles(mentions)
    spans, role_rows = {}, {}
    for article_id, paragraph_no, start, end, entity_id, kind, role, appositive in mentions.iter_rows():
        spans.setdefault((article_id, paragraph_no), []).append(EntitySpan(start, end, entity_id, kind))
        for r in (role, appositive):
            role_rows.setdefault(article_id, []).append((entity_id, kind, r))
    date_rows: dict[str, list] = {}
    for row in dates.iter_rows(named=True):
        mention = DateMention(
            row["char_start"], row["char_end"], row["text"], row["kind"], row["date_start"], row["date_end"],
            row["granularity"], row["year_source"],
        )  # fmt: skip
        date_rows.setdefault(row["article_id"], []).append((row["paragraph_no"], mention))
    dateline_places, dateline_days = {}, {}
    for article_id, section_no, place, date_text, reference in sections.iter_rows():
        dateline_places.setdefault(article_id, {})[section_no] = places.get((place or "").casefold())
        dateline_days.setdefault(article_id, {})[section_no] = resolve_dateline(date_text, reference)

    model = spacy.parser_model
    articles = {}
    for (article_id,), group in paragraphs.partition_by("article_id", as_dict=True).items():
        paragraph_rows = group.select("paragraph_no", "section_no", "text", "kind").rows()
        articles[article_id] = (
            group["doc_id"][0],
            *meeting_paragraphs(
                paragraph_rows,
                {pn: spans.get((article_id, pn), []) for pn, *_ in paragraph_rows},
                date_rows.get(article_id, []),
                dateline_places.get(article_id, {}),
                dateline_days.get(article_id, {}),
                countries,
            ),
        )
    # The parses this step needs were made by the per-file step, as a rule; any missing are made
    # here, all at once, so each article below is answered from the cache.
    texts = [text for _, inputs, _ in articles.values() for text in cue_texts_of(inputs)]
    parse, version = parses_for(warehouse, spacy, texts, context.log)
    rows: dict[str, list[dict]] = {name: [] for name in _TABLES}
    watch = Stopwatch()
    offices = corpus_offices(role_rows)  # "the chancellor" of an article that names Brown otherwise
    # "She" for a woman the text gives no title: the pronouns after her name, over these articles
    by_paragraph = {
        (a, pn): text for a, pn, text in paragraphs.select("article_id", "paragraph_no", "text").iter_rows()
    }
    genders = genders_of_paragraphs(by_paragraph, spans)
    for article_id, (doc_id, inputs, coarse) in articles.items():
        people = people_of(role_rows.get(article_id, []), offices, genders)
        with watch.phase("meetings and events"):
            met, events = article_events(inputs, coarse, parse, people, model, countries)
        with watch.phase("quotations"):
            quotes = find_quotations(inputs, parse, people)
        for m in met:
            pair = ":".join(sorted((m.actor_a, m.actor_b)))
            rows["meetings"].append(
                {
                    "meeting_id": f"{article_id}:{pair}:{m.meeting_date}",
                    "article_id": article_id,
                    "doc_id": doc_id,
                    "paragraph_no": m.paragraph_no,
                    "meeting_date": m.meeting_date,
                    "actor_a_entity_id": m.actor_a,
                    "actor_b_entity_id": m.actor_b,
                    "place_entity_id": m.place,
                    "actor_a_role": roles.get((article_id, m.actor_a)),
                    "actor_b_role": roles.get((article_id, m.actor_b)),
                    "sentence": m.sentence.strip(),
                }
            )
        for e in events:
            sides = sorted((e.actor_a or "", e.actor_b or "")) if e.event_type == "MEET" else (e.actor_a, e.actor_b)
            rows["events"].append(
                {
                    "event_id": f"{article_id}:{e.event_type}:{sides[0]}:{sides[1]}:{e.event_date}",
                    "article_id": article_id,
                    "doc_id": doc_id,
                    "paragraph_no": e.paragraph_no,
                    "event_type": e.event_type,
                    "cameo_code": e.cameo_code,
                    "actor_a_entity_id": e.actor_a,
                    "actor_b_entity_id": e.actor_b,
                    "place_entity_id": e.place,
                    "event_date": e.event_date,
                    "actor_a_role": roles.get((article_id, e.actor_a)),
                    "actor_b_role": roles.get((article_id, e.actor_b)),
                    "trigger": e.trigger,
                    "detail": e.detail,
                    "sentence": e.sentence.strip(),
                }
            )
        text_of = {p.paragraph_no: p.text for p in inputs}
        for q in quotes:
            rows["quotations"].append(
                {
                    "quote_id": f"{article_id}:{q.paragraph_no}:{q.char_start}",
                    "article_id": article_id,
                    "doc_id": doc_id,
                    "paragraph_no": q.paragraph_no,
                    "char_start": q.char_start,
                    "char_end": q.char_end,
                    "quote": text_of[q.paragraph_no][q.char_start : q.char_end],
                    "kind": q.kind,
                    "speaker_entity_id": q.speaker,
                    "speaker_text": q.speaker_text,
                    "cue": q.cue,
                    "quote_date": q.date,
                    "part": q.part,
                }
            )
    keys = {"meetings": pl.col("meeting_id"), "events": pl.col("event_id"), "quotations": pl.col("quote_id")}
    now = utc_now()
    frames, quarantined = {}, []
    with watch.phase("validation"):
        for name, model_ in _TABLES.items():
            frames[name], bad = split_rows(name, model_, frame_of(model_, rows[name]), keys[name], now)
            quarantined.append(bad)
    quarantine = pl.concat(quarantined)
    with watch.phase("writes"), warehouse.connect() as con:
        replace_tables(con, frames, quarantine_tables=list(_TABLES), quarantine=quarantine)
        store_parses(con, parse, version)
    context.log.info(
        f"{frames['meetings'].height} meetings, {frames['events'].height} events, "
        f"{frames['quotations'].height} quotations in {len(candidates)} articles with a cue"
    )
    by_type = frames["events"].group_by("event_type").len().sort("event_type")
    by_kind = frames["quotations"].group_by("kind").len().sort("kind")
    extra = {
        "meetings": {
            "articles_parsed": len(candidates),
            "paragraphs_parsed": len(parse.new),
            "parses_from_cache": parse.hits,
            "dated": frames["meetings"].filter(pl.col("meeting_date").is_not_null()).height,
            **watch.metadata(),
        },
        "events": {
            "by_type": dg.MetadataValue.md(", ".join(f"{t} {n}" for t, n in by_type.iter_rows()) or "_none_"),
            "dated": frames["events"].filter(pl.col("event_date").is_not_null()).height,
        },
        "quotations": {
            "by_kind": dg.MetadataValue.md(", ".join(f"{k} {n}" for k, n in by_kind.iter_rows()) or "_none_"),
            "with_speaker": frames["quotations"].filter(pl.col("speaker_entity_id").is_not_null()).height,
        },
    }
    for name in _TABLES:
        yield dg.MaterializeResult(
            asset_key=name,
            metadata=table_metadata(
                frames[name],
                quarantined_rows=quarantine.filter(pl.col("table_name") == name).height,
                **extra[name],
            ),
        )
