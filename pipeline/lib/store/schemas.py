"""pandera models, one per warehouse table, and the quarantine split.

These models are the single source of truth for column names, types and row rules: the
DuckDB DDL in `warehouse.py` and the column schemas shown in Dagster are derived from them.
"""

from __future__ import annotations

import datetime as dt
import functools

import pandera.polars as pa
import polars as pl

from pipeline.lib.events.event_types import CAMEO, CAMEO_OF_TYPE, EVENT_TYPES
from pipeline.lib.events.quotations import KINDS as QUOTE_KINDS
from pipeline.lib.nlp.mentions import ENTITY_LABELS
from pipeline.lib.nlp.resolve import ENTITY_TYPES, MENTION_KINDS, MENTION_SOURCES
from pipeline.lib.text.articles import PARAGRAPH_KINDS
from pipeline.lib.text.attributions import RELATIONS
from pipeline.lib.text.rawfiles import DOCUMENT_FORMATS
from pipeline.lib.text.rawtext import STATUS_FLAGGED, STATUS_OK, STATUS_REJECTED

MAX_TITLE_CHARS = 300


def _single_line(data: pa.PolarsData) -> pl.LazyFrame:
    return data.lazyframe.select(~pl.col(data.key).str.contains("\n").fill_null(False))


def _contiguous_from(start: int, key: str, group: str):
    """Row rule: within each `group`, `key` runs start, start+1, ... with no gap or repeat."""

    def check(data: pa.PolarsData) -> pl.LazyFrame:
        expected = pl.col(key).rank("ordinal").over(group).cast(pl.Int64) + (start - 1)
        return data.lazyframe.select(pl.col(key).cast(pl.Int64) == expected)

    return check


class Documents(pa.DataFrameModel):
    """One row per raw file: what it is, how it decoded, whether it was usable."""

    doc_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    file_name: str = pa.Field(str_length={"min_value": 1})
    sha256: str = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$")
    n_bytes: int = pa.Field(nullable=True, ge=0)
    encoding: str = pa.Field(nullable=True)
    reference_date: dt.date = pa.Field(nullable=True)
    reference_date_source: str = pa.Field(isin=["sidecar", "page_metadata", "file_name", "mtime", "none"])
    status: str = pa.Field(isin=[STATUS_OK, STATUS_FLAGGED, STATUS_REJECTED])
    reason: str = pa.Field(nullable=True)
    n_chars: int = pa.Field(nullable=True, ge=0)
    text: str = pa.Field(nullable=True)
    ingested_at: dt.datetime = pa.Field()
    format: str = pa.Field(
        nullable=True,
        isin=list(DOCUMENT_FORMATS),
        description="How the file was read, from its name: text, html (saved web page), jsonl or csv (export).",
    )
    extractor: str = pa.Field(
        nullable=True,
        description="Library and version that extracted a web page's main text (`trafilatura 2.3.1`); NULL otherwise.",
    )
    url: str = pa.Field(nullable=True, description="A web page's canonical URL (`<link rel=canonical>`, `og:url`).")
    site_name: str = pa.Field(nullable=True, description="A web page's site name (`og:site_name`, JSON-LD publisher).")
    published_date: dt.date = pa.Field(
        nullable=True, description="A web page's publication date from its metadata (via htmldate)."
    )

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def rejected_files_have_a_reason(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("status") == STATUS_OK) | pl.col("reason").is_not_null())


class Articles(pa.DataFrameModel):
    article_id: str = pa.Field(unique=True, str_length={"min_value": 1})
    doc_id: str = pa.Field()
    position: int = pa.Field(ge=1)
    title: str = pa.Field(str_length={"min_value": 1, "max_value": MAX_TITLE_CHARS})
    body: str = pa.Field()
    n_paragraphs: int = pa.Field(ge=0)
    n_words: int = pa.Field(ge=0)
    has_continue_marker: bool = pa.Field()
    dateline_place: str = pa.Field(nullable=True)
    dateline_date_text: str = pa.Field(nullable=True)
    dateline_agency: str = pa.Field(nullable=True)
    title_line_no: int = pa.Field(ge=1)
    language: str = pa.Field(
        nullable=True,
        str_matches=r"^[a-z]{2}$",
        description="ISO 639-1 code of the article's language (py3langid); NULL when it cannot be told",
    )
    language_confidence: float = pa.Field(
        nullable=True, ge=0, le=1, description="the identifier's probability for `language` (or its best guess)"
    )
    language_source: str = pa.Field(
        nullable=True,
        isin=["article", "document", "default"],
        description=(
            "`article`: identified from its text; `document`: too short, so its file's language; "
            "`default`: short Latin-script text no one can tell, taken as English"
        ),
    )
    language_reason: str = pa.Field(
        nullable=True, description="why the language was not identified from the article itself (too short, unclear)"
    )
    outlet: str = pa.Field(
        nullable=True,
        description="Publishing outlet: an export record's `source`, a web page's site name; NULL for plain text.",
    )
    url: str = pa.Field(nullable=True, description="An export record's or a web page's URL; NULL for plain text.")
    published_date: dt.date = pa.Field(
        nullable=True,
        description="An export record's or a web page's own publication date; NULL for plain text.",
    )
    story_id: str = pa.Field(
        nullable=True,
        description="The story this article is a copy of (table `stories`); set by the whole-corpus step "
        "`group_stories`, null until it has run on the article.",
    )

    class Config:
        strict = True
        coerce = True

    @pa.check("title", name="title_is_single_line")
    def title_is_single_line(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return _single_line(data)

    @pa.dataframe_check
    def positions_are_contiguous(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return _contiguous_from(1, "position", "doc_id")(data)


class Paragraphs(pa.DataFrameModel):
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    section_no: int = pa.Field(ge=0)
    kind: str = pa.Field(isin=list(PARAGRAPH_KINDS))
    text: str = pa.Field(str_length={"min_value": 1})
    line_no: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "paragraph_no"]

    @pa.check("text", name="text_is_single_line")
    def text_is_single_line(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return _single_line(data)

    @pa.dataframe_check
    def paragraph_numbers_are_contiguous(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return _contiguous_from(1, "paragraph_no", "article_id")(data)


class Sections(pa.DataFrameModel):
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    section_no: int = pa.Field(ge=1)
    title: str = pa.Field(nullable=True, str_length={"min_value": 1})
    dateline_place: str = pa.Field(nullable=True)
    dateline_date_text: str = pa.Field(nullable=True)
    dateline_agency: str = pa.Field(nullable=True)
    first_paragraph_no: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "section_no"]

    @pa.dataframe_check
    def section_numbers_are_contiguous(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return _contiguous_from(1, "section_no", "article_id")(data)


class Attributions(pa.DataFrameModel):
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    outlet: str = pa.Field(str_length={"min_value": 1})
    relation: str = pa.Field(isin=list(RELATIONS))
    sentence: str = pa.Field(str_length={"min_value": 1})
    paragraph_no: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "outlet"]


class NerMentions(pa.DataFrameModel):
    """Entity spans spaCy found in a paragraph, before resolution."""

    mention_id: str = pa.Field(unique=True)
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    label: str = pa.Field(isin=sorted(ENTITY_LABELS))
    title_before: str = pa.Field(nullable=True)
    role_after: str = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def span_is_not_empty(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("char_end") > pl.col("char_start"))


class EntityMentions(pa.DataFrameModel):
    """Every mention with the entity it resolves to."""

    mention_id: str = pa.Field(unique=True)
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    label: str = pa.Field(isin=sorted(ENTITY_LABELS))
    entity_id: str = pa.Field(str_length={"min_value": 1})
    name: str = pa.Field(str_length={"min_value": 1})
    role: str = pa.Field(nullable=True)
    appositive_role: str = pa.Field(nullable=True)
    # How the mention names its entity: name (a full name or a variant of it), partial (a person's
    # family or given name alone), acronym, demonym (a country by its adjective), alias (a reviewed
    # nickname: Tories, Lib Dems).
    kind: str = pa.Field(isin=list(MENTION_KINDS))
    # model: spaCy's span; matcher: found or widened by the second pass over known names; split:
    # cut out of a model span (a demonym before a name, names joined by "and").
    source: str = pa.Field(isin=list(MENTION_SOURCES))

    class Config:
        strict = True
        coerce = True


class Entities(pa.DataFrameModel):
    entity_id: str = pa.Field(unique=True)
    canonical_name: str = pa.Field(str_length={"min_value": 1})
    type: str = pa.Field(isin=list(ENTITY_TYPES))
    iso3: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    n_mentions: int = pa.Field(ge=1)
    n_articles: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True

    @pa.check("canonical_name", name="name_is_not_blank")
    def name_is_not_blank(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col(data.key).str.strip_chars().str.len_chars() > 0)

    @pa.dataframe_check
    def countries_and_only_countries_have_iso3(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("type") == "COUNTRY") == pl.col("iso3").is_not_null())

    @pa.dataframe_check
    def articles_not_more_than_mentions(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("n_articles") <= pl.col("n_mentions"))


class EntityAliases(pa.DataFrameModel):
    entity_id: str = pa.Field()
    alias: str = pa.Field(str_length={"min_value": 1})
    n_mentions: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["entity_id", "alias"]


class DateMentions(pa.DataFrameModel):
    """Every date expression, resolved where it can be (vague ones keep null dates)."""

    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    text: str = pa.Field(str_length={"min_value": 1})
    kind: str = pa.Field(isin=["absolute", "relative", "vague"])
    date_start: dt.date = pa.Field(nullable=True)
    date_end: dt.date = pa.Field(nullable=True)
    granularity: str = pa.Field(nullable=True, isin=["day", "month", "year"])
    year_source: str = pa.Field(nullable=True, isin=["explicit", "dateline", "reference", "context"])

    class Config:
        strict = True
        coerce = True
        unique = ["article_id", "paragraph_no", "char_start"]

    @pa.dataframe_check
    def ranges_run_forward(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("date_end") >= pl.col("date_start")).fill_null(True))

    @pa.dataframe_check
    def resolved_dates_have_granularity_and_source(cls, data: pa.PolarsData) -> pl.LazyFrame:
        resolved = pl.col("date_start").is_not_null()
        has_both = pl.col("granularity").is_not_null() & pl.col("year_source").is_not_null()
        return data.lazyframe.select(resolved == has_both)


class ArticleDates(pa.DataFrameModel):
    article_id: str = pa.Field(unique=True)
    doc_id: str = pa.Field()
    article_date: dt.date = pa.Field(nullable=True)
    article_date_source: str = pa.Field(isin=["dateline", "event", "explicit_date", "none"])

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def source_says_whether_dated(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("article_date").is_null() == (pl.col("article_date_source") == "none"))


class Meetings(pa.DataFrameModel):
    """Who met whom, when and where: one row per (article, pair of entities, date)."""

    meeting_id: str = pa.Field(unique=True)
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    meeting_date: dt.date = pa.Field(nullable=True)
    actor_a_entity_id: str = pa.Field()
    actor_b_entity_id: str = pa.Field()
    place_entity_id: str = pa.Field(nullable=True)
    actor_a_role: str = pa.Field(nullable=True)
    actor_b_role: str = pa.Field(nullable=True)
    sentence: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def nobody_meets_themselves(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("actor_a_entity_id") != pl.col("actor_b_entity_id"))


class Quotations(pa.DataFrameModel):
    """Who said what: one row per quotation (per paragraph of a quotation over several)."""

    quote_id: str = pa.Field(unique=True)
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    char_start: int = pa.Field(ge=0)
    char_end: int = pa.Field(ge=1)
    quote: str = pa.Field(str_length={"min_value": 1})
    kind: str = pa.Field(isin=list(QUOTE_KINDS))
    speaker_entity_id: str = pa.Field(nullable=True)
    speaker_text: str = pa.Field(nullable=True)
    cue: str = pa.Field(nullable=True)
    quote_date: dt.date = pa.Field(nullable=True)
    part: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def offsets_are_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("char_start") < pl.col("char_end"))

    @pa.dataframe_check
    def indirect_speech_names_a_speaker(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("kind") == "direct") | pl.col("speaker_text").is_not_null())


class Events(pa.DataFrameModel):
    """What happened: one row per (article, event type, sides, date), coded on the CAMEO scale."""

    event_id: str = pa.Field(unique=True)
    article_id: str = pa.Field()
    doc_id: str = pa.Field()
    paragraph_no: int = pa.Field(ge=1)
    event_type: str = pa.Field(isin=list(EVENT_TYPES))
    cameo_code: str = pa.Field(isin=list(CAMEO))
    actor_a_entity_id: str = pa.Field(nullable=True)
    actor_b_entity_id: str = pa.Field(nullable=True)
    place_entity_id: str = pa.Field(nullable=True)
    event_date: dt.date = pa.Field(nullable=True)
    actor_a_role: str = pa.Field(nullable=True)
    actor_b_role: str = pa.Field(nullable=True)
    trigger: str = pa.Field(str_length={"min_value": 1})
    detail: str = pa.Field(nullable=True)
    sentence: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def codes_belong_to_their_type(cls, data: pa.PolarsData) -> pl.LazyFrame:
        allowed = pl.col("event_type").replace_strict(
            {t: ",".join(codes) for t, codes in CAMEO_OF_TYPE.items()}, return_dtype=pl.String
        )
        return data.lazyframe.select(allowed.str.contains(pl.col("cameo_code")))

    @pa.dataframe_check
    def an_event_has_a_side_and_no_one_acts_on_themselves(cls, data: pa.PolarsData) -> pl.LazyFrame:
        a, b = pl.col("actor_a_entity_id"), pl.col("actor_b_entity_id")
        return data.lazyframe.select((a.is_not_null() | b.is_not_null()) & (a != b).fill_null(True))


class MartEntityMentionsMonthly(pa.DataFrameModel):
    entity_id: str = pa.Field()
    canonical_name: str = pa.Field()
    type: str = pa.Field(isin=list(ENTITY_TYPES))
    month: dt.date = pa.Field(nullable=True)
    mentions: int = pa.Field(ge=1)
    articles: int = pa.Field(ge=1)
    stories: int = pa.Field(
        ge=0,
        description="Distinct stories the mentions are in: copies of one story count once (a mention in an "
        "embedded section counts for that section's story when it has one).",
    )

    class Config:
        strict = True
        coerce = True
        unique = ["entity_id", "month"]


class MartCountryComentions(pa.DataFrameModel):
    country_a: str = pa.Field()
    iso3_a: str = pa.Field(str_matches=r"^[A-Z]{3}$")
    country_b: str = pa.Field()
    iso3_b: str = pa.Field(str_matches=r"^[A-Z]{3}$")
    articles: int = pa.Field(ge=1)
    first_article_date: dt.date = pa.Field(nullable=True)
    last_article_date: dt.date = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True
        unique = ["iso3_a", "iso3_b"]

    @pa.dataframe_check
    def pairs_are_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("iso3_a") < pl.col("iso3_b"))


class MartMeetingsTimeline(pa.DataFrameModel):
    meeting_id: str = pa.Field(unique=True)
    meeting_date: dt.date = pa.Field(nullable=True)
    actor_a: str = pa.Field()
    actor_a_type: str = pa.Field()
    actor_a_role: str = pa.Field(nullable=True)
    actor_a_iso3: str = pa.Field(nullable=True)
    actor_b: str = pa.Field()
    actor_b_type: str = pa.Field()
    actor_b_role: str = pa.Field(nullable=True)
    actor_b_iso3: str = pa.Field(nullable=True)
    place: str = pa.Field(nullable=True)
    article_id: str = pa.Field()
    article_title: str = pa.Field()
    article_date: dt.date = pa.Field(nullable=True)
    sentence: str = pa.Field()

    class Config:
        strict = True
        coerce = True


class MartEventsTimeline(pa.DataFrameModel):
    event_id: str = pa.Field(unique=True)
    event_type: str = pa.Field(isin=list(EVENT_TYPES))
    cameo_code: str = pa.Field(isin=list(CAMEO))
    event_date: dt.date = pa.Field(nullable=True)
    actor_a: str = pa.Field(nullable=True)
    actor_a_type: str = pa.Field(nullable=True)
    actor_a_role: str = pa.Field(nullable=True)
    actor_a_iso3: str = pa.Field(nullable=True)
    actor_b: str = pa.Field(nullable=True)
    actor_b_type: str = pa.Field(nullable=True)
    actor_b_role: str = pa.Field(nullable=True)
    actor_b_iso3: str = pa.Field(nullable=True)
    place: str = pa.Field(nullable=True)
    detail: str = pa.Field(nullable=True)
    article_id: str = pa.Field()
    article_title: str = pa.Field()
    article_date: dt.date = pa.Field(nullable=True)
    sentence: str = pa.Field()

    class Config:
        strict = True
        coerce = True


class MartStatements(pa.DataFrameModel):
    speaker_entity_id: str = pa.Field()
    speaker: str = pa.Field()
    speaker_type: str = pa.Field(isin=list(ENTITY_TYPES))
    month: dt.date = pa.Field(nullable=True)
    quotations: int = pa.Field(ge=1)
    direct: int = pa.Field(ge=0)
    indirect: int = pa.Field(ge=0)
    articles: int = pa.Field(ge=1)
    sample_quote: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = True
        unique = ["speaker_entity_id", "month"]


class MartOutletAttribution(pa.DataFrameModel):
    outlet: str = pa.Field()
    relation: str = pa.Field(isin=list(RELATIONS))
    articles: int = pa.Field(ge=1)
    first_article_date: dt.date = pa.Field(nullable=True)
    last_article_date: dt.date = pa.Field(nullable=True)

    class Config:
        strict = True
        coerce = True
        unique = ["outlet", "relation"]


class MartPersonRoles(pa.DataFrameModel):
    entity_id: str = pa.Field()
    person: str = pa.Field()
    role: str = pa.Field(str_length={"min_value": 1})
    mentions: int = pa.Field(ge=1)
    articles: int = pa.Field(ge=1)

    class Config:
        strict = True
        coerce = True
        unique = ["entity_id", "role"]


class Stories(pa.DataFrameModel):
    """One row per story: a text told once or carried as copies (exact or near) by several articles."""

    story_id: str = pa.Field(
        unique=True, str_matches=r"^s[0-9a-f]{12}", description="Stable id: kept across reruns by `story_registry`."
    )
    title: str = pa.Field(description="Title of the original copy (its section's title for an embedded item).")
    first_article_id: str = pa.Field(description="The article holding the original: the earliest copy.")
    first_seen: dt.date = pa.Field(nullable=True, description="Date of the original copy; null when undated.")
    n_copies: int = pa.Field(ge=1, description="Copies of the story: rows of `story_copies`, one per article.")
    n_outlets: int = pa.Field(ge=0, description="Distinct known outlets among the copies.")
    outlets: str = pa.Field(
        nullable=True, description="Those outlets, alphabetical, joined by '; '; null if none is known."
    )

    class Config:
        strict = True
        coerce = True

    @pa.dataframe_check
    def outlets_listed_when_known(cls, data: pa.PolarsData) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("n_outlets") == 0) == pl.col("outlets").is_null())


class StoryCopies(pa.DataFrameModel):
    """One row per (story, article carrying it): the article as a whole, or one of its embedded sections."""

    story_id: str = pa.Field(description="The story (table `stories`).")
    article_id: str = pa.Field(description="The article carrying this copy.")
    section_no: int = pa.Field(
        ge=0,
        description="0: the copy is the whole article; n ≥ 1: it is the article's embedded section n "
        "(`sections.section_no`). When both match, the whole article is kept.",
    )
    doc_id: str = pa.Field(description="The raw file of the article.")
    outlet: str = pa.Field(
        nullable=True,
        description="Outlet that carried or is credited with the copy (`stories.COPIES_SQL`): the section's "
        "dateline agency; for a whole article its own outlet (a page's site name, a record's source); else "
        "the article's first attribution, else its dateline agency, else (a whole article) the dateline agency "
        "of its only section; null if unknown.",
    )
    seen_date: dt.date = pa.Field(
        nullable=True, description="The article's date (`article_dates`), else its document's reference date."
    )
    is_original: bool = pa.Field(
        description="The earliest copy (undated last; at one date a whole article before a section, then by "
        "article id): exactly one per story."
    )

    class Config:
        strict = True
        coerce = True
        unique = ["story_id", "article_id"]


class MartRepublication(pa.DataFrameModel):
    """One row per republication: a copy of a story other than its original."""

    story_id: str = pa.Field(description="The story.")
    story_title: str = pa.Field(description="Title of the original copy.")
    original_article_id: str = pa.Field(description="The article holding the original.")
    original_outlet: str = pa.Field(nullable=True, description="Outlet of the original copy; null if unknown.")
    first_seen: dt.date = pa.Field(nullable=True, description="Date of the original copy.")
    article_id: str = pa.Field(description="The article holding this republication.")
    section_no: int = pa.Field(ge=0, description="0: the whole article; n ≥ 1: its embedded section n.")
    outlet: str = pa.Field(nullable=True, description="Outlet of this republication; null if unknown.")
    seen_date: dt.date = pa.Field(nullable=True, description="Date of this republication.")
    delay_days: int = pa.Field(
        nullable=True, ge=0, description="Days from the original to this copy; null when either is undated."
    )

    class Config:
        strict = True
        coerce = True
        unique = ["story_id", "article_id"]


MART_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "entity_mentions_monthly": MartEntityMentionsMonthly,
    "country_comentions": MartCountryComentions,
    "meetings_timeline": MartMeetingsTimeline,
    "events_timeline": MartEventsTimeline,
    "statements": MartStatements,
    "outlet_attribution": MartOutletAttribution,
    "person_roles": MartPersonRoles,
    "republication": MartRepublication,
}


class Quarantine(pa.DataFrameModel):
    table_name: str = pa.Field()
    doc_id: str = pa.Field(nullable=True)
    row_key: str = pa.Field()
    reason: str = pa.Field(str_length={"min_value": 1})
    detected_at: dt.datetime = pa.Field()

    class Config:
        strict = True
        coerce = True


TABLE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "documents": Documents,
    "articles": Articles,
    "paragraphs": Paragraphs,
    "sections": Sections,
    "attributions": Attributions,
    "ner_mentions": NerMentions,
    "entity_mentions": EntityMentions,
    "entities": Entities,
    "entity_aliases": EntityAliases,
    "date_mentions": DateMentions,
    "article_dates": ArticleDates,
    "meetings": Meetings,
    "events": Events,
    "quotations": Quotations,
    "stories": Stories,
    "story_copies": StoryCopies,
    **{f"mart_{name}": model for name, model in MART_MODELS.items()},
    "quarantine": Quarantine,
}
# Tables whose rows belong to one raw file (replaced per partition, removed with the file).
DOCUMENT_TABLES = (
    "documents", "articles", "paragraphs", "sections", "attributions", "ner_mentions", "date_mentions",
    "article_dates",
)  # fmt: skip


def polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    """Column name → polars dtype, in model order."""
    return dict(_polars_schema(model))


@functools.cache
def _polars_schema(model: type[pa.DataFrameModel]) -> dict[str, pl.DataType]:
    # Once per model: building pandera's schema costs more than making a frame of a few rows.
    return {name: col.dtype.type for name, col in model.to_schema().columns.items()}


def empty_frame(model: type[pa.DataFrameModel]) -> pl.DataFrame:
    return pl.DataFrame(schema=polars_schema(model))


def frame_of(model: type[pa.DataFrameModel], rows: list[dict]) -> pl.DataFrame:
    """Rows as a frame with the model's columns and types (an empty frame for no rows)."""
    return pl.DataFrame(rows, schema=polars_schema(model)) if rows else empty_frame(model)


def failure_reasons(model: type[pa.DataFrameModel], df: pl.DataFrame) -> tuple[dict[int, list[str]], list[str]]:
    """Validate eagerly and lazily (every failure reported).

    Returns (row index → reasons) for failures tied to rows, and the reasons that concern the
    whole table (a missing column, a wrong type), which no quarantine can fix.
    """
    try:
        model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        by_row: dict[int, list[str]] = {}
        table_wide: list[str] = []
        for case in err.failure_cases.iter_rows(named=True):
            reason = f"{case['column']}: {case['check']} failed (value {str(case['failure_case'])[:200]!r})"
            if case["index"] is None:
                table_wide.append(reason)
            else:
                by_row.setdefault(int(case["index"]), []).append(reason)
        return by_row, table_wide
    return {}, []
