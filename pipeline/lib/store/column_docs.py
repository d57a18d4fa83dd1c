"""What every column of every table means, for the Dagster catalog and DuckDB's own comments.

A column's meaning is taken, in order, from its pandera field's `description`, from this table's
entry below, or from the meaning its name has in every table (`COMMON`). A test checks that each
column of each model has one, so a new column cannot land undescribed.
"""

from __future__ import annotations

import pandera.polars as pa

COMMON = {
    "doc_id": "the raw file this row comes from (its partition key: the file name, made safe)",
    "article_id": "the article (stable hash of file, title and occurrence)",
    "paragraph_no": "paragraph number within the article, from 1",
    "section_no": "embedded republished section within the article (0 = the article's own text)",
    "char_start": "start offset (characters) into the paragraph text",
    "char_end": "end offset (characters, exclusive) into the paragraph text",
    "mention_id": "the mention: article, paragraph and start offset",
    "entity_id": "canonical entity (stable across reruns)",
    "sentence": "the sentence the row was found in",
    "dateline_place": "place of the dateline (`BEIJING, July 9 (Xinhua) —` → Beijing), title-cased",
    "dateline_date_text": "the dateline's date as written (`July 9`)",
    "dateline_agency": "agency named in the dateline (Xinhua)",
    "canonical_name": "the entity's canonical name",
    "n_mentions": "number of mentions",
    "n_articles": "number of distinct articles",
    "mentions": "number of mentions",
    "articles": "number of distinct articles",
    "first_article_date": "date of the earliest article counted",
    "last_article_date": "date of the latest article counted",
}

TABLES: dict[str, dict[str, str]] = {
    "Documents": {
        "file_name": "file name in the raw folder",
        "sha256": "SHA-256 of the file's bytes",
        "n_bytes": "size of the file in bytes",
        "encoding": "codec the text was decoded with (utf-8, cp1252, cp1251, gb18030, …)",
        "reference_date": "date the document was current; gives year-less dates their year",
        "reference_date_source": "where the reference date came from: sidecar, file_name, mtime",
        "status": "ok, flagged (repaired: encoding fallback, NUL bytes, line endings) or rejected",
        "reason": "why the file was flagged or rejected",
        "n_chars": "length of the decoded text in characters",
        "text": "the decoded text",
        "ingested_at": "when the file was read (UTC)",
    },
    "Articles": {
        "position": "order of the article in its file, from 1",
        "title": "the article's title (one line)",
        "body": "the article's paragraphs joined by blank lines",
        "n_paragraphs": "number of paragraphs",
        "n_words": "number of words in the body",
        "has_continue_marker": "a `Continue reading <title>` marker closed the article",
        "title_line_no": "line of the file holding the title",
    },
    "Paragraphs": {
        "kind": "text, bullet, sub-heading or attribution",
        "text": "the paragraph's text (wrapped lines joined)",
        "line_no": "line of the file where the paragraph starts",
    },
    "Sections": {
        "title": "the section's heading, when it has one",
        "first_paragraph_no": "the section's first paragraph",
    },
    "Attributions": {
        "outlet": "outlet the article says it republishes or quotes, canonical (Xinhua, IDCPC)",
        "relation": "first published by, translated from, carried by, written for",
        "sentence": "the attribution sentence",
        "paragraph_no": "paragraph holding the attribution sentence",
    },
    "NerMentions": {
        "text": "the span as written",
        "label": "spaCy's label (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT)",
        "title_before": "title or role written just before the span (President, Ambassador)",
        "role_after": "role written in apposition after the span",
    },
    "EntityMentions": {
        "text": "the mention as resolved, as written",
        "label": "spaCy's label",
        "name": "the cleaned name (titles and possessives taken off)",
        "role": "title or role taken off the name (President, Foreign Minister)",
        "appositive_role": "role given in apposition (`Lan Hu, the Chinese ambassador`)",
        "kind": "name, partial (a part of a known name), acronym, demonym or alias",
        "source": "model, matcher (found again by the second pass), split or joined (repaired model span)",
    },
    "Entities": {
        "type": "PERSON, ORG, COUNTRY, PLACE, EVENT or OTHER",
        "iso3": "ISO 3166 alpha-3 code of a COUNTRY",
        "n_mentions": "mentions of the entity in the warehouse",
        "n_articles": "articles mentioning the entity",
    },
    "EntityAliases": {
        "alias": "a surface form of the entity as written",
        "n_mentions": "mentions written this way",
    },
    "DateMentions": {
        "text": "the date expression as written",
        "kind": "absolute, relative or vague",
        "date_start": "first day the expression covers (NULL when vague)",
        "date_end": "last day the expression covers (NULL when vague)",
        "granularity": "day, month, year, …",
        "year_source": "where the year came from: explicit, dateline, reference date, context",
    },
    "ArticleDates": {
        "article_date": "the article's date",
        "article_date_source": "dateline, event, explicit_date or none",
    },
    "Meetings": {
        "meeting_id": "the meeting (article, sides, date)",
        "meeting_date": "day of the meeting",
        "actor_a_entity_id": "one side (a person where named, else a country or organisation)",
        "actor_b_entity_id": "the other side",
        "place_entity_id": "where the meeting took place",
        "actor_a_role": "side a's role as the text gives it",
        "actor_b_role": "side b's role as the text gives it",
        "paragraph_no": "paragraph holding the meeting sentence",
    },
    "MartEntityMentionsMonthly": {
        "type": "entity type",
        "month": "first day of the month",
        "mentions": "mentions in articles dated that month",
        "articles": "articles dated that month mentioning the entity",
    },
    "MartCountryComentions": {
        "country_a": "one country (the alphabetically first)",
        "iso3_a": "its ISO 3166 alpha-3 code",
        "country_b": "the other country",
        "iso3_b": "its ISO 3166 alpha-3 code",
        "articles": "articles mentioning both",
    },
    "MartMeetingsTimeline": {
        "meeting_id": "the meeting",
        "meeting_date": "day of the meeting",
        "actor_a": "side a's canonical name",
        "actor_a_type": "side a's entity type",
        "actor_a_role": "side a's role",
        "actor_a_iso3": "side a's country (ISO alpha-3), for a country or a person whose role names one",
        "actor_b": "side b's canonical name",
        "actor_b_type": "side b's entity type",
        "actor_b_role": "side b's role",
        "actor_b_iso3": "side b's country (ISO alpha-3)",
        "place": "where, when known",
        "article_title": "title of the article reporting it",
        "article_date": "date of that article",
    },
    "MartOutletAttribution": {
        "outlet": "outlet named by attribution sentences",
        "relation": "first published by, translated from, carried by, written for",
        "articles": "articles stating that relation",
    },
    "MartPersonRoles": {
        "person": "the person's canonical name",
        "role": "a role the person is given",
        "mentions": "mentions with that role",
        "articles": "articles giving that role",
    },
    "Events": {
        "event_id": "the event (article, type, sides, date)",
        "event_type": "MEET, VISIT, SIGN, SUPPORT or CRITICIZE",
        "cameo_code": "the CAMEO code of the action (040, 042, 043, 057, 051, 053, 111, 112)",
        "actor_a_entity_id": "side a: who acts (the visitor, the one who supports or criticises); may be null",
        "actor_b_entity_id": "side b: whom it is done to or with (the host, the one criticised); may be null",
        "place_entity_id": "where it happened, when known",
        "event_date": "day of the event, when known",
        "actor_a_role": "side a's role as the text gives it",
        "actor_b_role": "side b's role as the text gives it",
        "trigger": "the word that names the action (visited, signed, condemned)",
        "detail": "what was signed or criticised, when the text names it",
        "paragraph_no": "paragraph holding the event sentence",
    },
    "Quotations": {
        "quote_id": "the quotation (article, paragraph, offset)",
        "quote": "the quoted words (direct) or the reported clause (indirect)",
        "kind": "direct (in quotation marks) or indirect (reported speech)",
        "speaker_entity_id": "the speaker as a canonical entity, when resolved",
        "speaker_text": "the words naming the speaker (`he`, `an IAAF spokesman`, `Lula`)",
        "cue": "the reporting verb (said, stated, noted, added), `according to`, or `:` for an introducer",
        "quote_date": "day-level date the sentence gives, else the story's last event date; may be null",
        "part": "1, 2, … for a quotation running over several paragraphs",
    },
    "MartEventsTimeline": {
        "event_id": "the event",
        "event_type": "MEET, VISIT, SIGN, SUPPORT or CRITICIZE",
        "cameo_code": "its CAMEO code",
        "event_date": "day of the event",
        "actor_a": "side a's canonical name",
        "actor_a_type": "side a's entity type",
        "actor_a_role": "side a's role",
        "actor_a_iso3": "side a's country (ISO alpha-3)",
        "actor_b": "side b's canonical name",
        "actor_b_type": "side b's entity type",
        "actor_b_role": "side b's role",
        "actor_b_iso3": "side b's country (ISO alpha-3)",
        "place": "where, when known",
        "detail": "what was signed or criticised",
        "article_title": "title of the article reporting it",
        "article_date": "date of that article",
    },
    "MartStatements": {
        "speaker_entity_id": "the speaker (canonical entity)",
        "speaker": "the speaker's canonical name",
        "speaker_type": "the speaker's entity type",
        "month": "first day of the month of the quotations",
        "quotations": "quotations by the speaker that month",
        "direct": "of which direct",
        "indirect": "of which indirect",
        "sample_quote": "the longest direct quotation of them, as an example",
    },
    "Quarantine": {
        "table_name": "table the row was meant for",
        "row_key": "key of the set-aside row (article, mention, record line…)",
        "reason": "every failed rule, or why the row was set aside",
        "detected_at": "when it was set aside (UTC)",
    },
}


def column_description(model: type[pa.DataFrameModel], column: str) -> str | None:
    """What `column` of `model`'s table means: its field's description, this table's, or the common one."""
    field = model.to_schema().columns.get(column)
    if field is not None and field.description:
        return field.description
    return TABLES.get(model.__name__, {}).get(column) or COMMON.get(column)
