"""Entity assets: spaCy mentions per raw file, then resolution over the whole corpus.

`ner_mentions` is partitioned like the ingest assets: the expensive model runs once per file,
and its results are cached by paragraph content so repeated paragraphs are never parsed twice.
`resolve_entities` is not partitioned: canonical entities depend on every file (an acronym
defined in one file resolves its use in another), so it re-resolves all mentions, which is cheap,
and keeps ids stable through the registry.
"""

import dagster as dg
import polars as pl

from pipeline.defs.metadata import Stopwatch, table_identity, table_metadata, table_specs
from pipeline.defs.parse_cache import parse_ahead
from pipeline.defs.partitions import PER_FILE_TAGS, raw_files_partitions
from pipeline.defs.resources import SpacyResource, WarehouseResource
from pipeline.lib.events.extraction import cue_texts
from pipeline.lib.nlp.mentions import extract_spans, model_version, unique_texts
from pipeline.lib.nlp.resolve import MentionIn, resolve
from pipeline.lib.store.entity_tables import (
    ner_frame,
    resolution_frames,
    spans_from_json,
    spans_to_json,
    split_entity_frames,
)
from pipeline.lib.store.schemas import Entities, EntityAliases, EntityMentions, NerMentions
from pipeline.lib.store.tables import quarantine_frame, split_rows, utc_now
from pipeline.lib.store.warehouse import add_cache_rows, query_frame, replace_document_rows, replace_tables, total_rows
from pipeline.lib.text.ids import text_sha256
from pipeline.lib.text.language import ner_skips

GROUP = "entities"


def _spans_for(
    warehouse: WarehouseResource, spacy: SpacyResource, texts: list[str], model: str, log
) -> tuple[dict, int]:
    """Spans per distinct text, from the cache where possible; returns (spans by text, n parsed).

    The model runs with no database connection open: with two processes it forks workers."""
    version = model_version(model)
    by_sha = {text_sha256(t): t for t in texts}
    with warehouse.connect() as con:
        cached = query_frame(
            con,
            "SELECT text_sha256, spans FROM ner_cache WHERE model = ? AND text_sha256 IN (SELECT unnest(?))",
            [version, list(by_sha)],
        )
    spans = {by_sha[sha]: spans_from_json(payload) for sha, payload in cached.iter_rows()}
    todo = {sha: t for sha, t in by_sha.items() if t not in spans}
    if not todo:
        return spans, 0
    n_process = spacy.processes_for(len(todo))
    log.info(f"NER on {len(todo)} new paragraphs ({len(spans)} from cache) with {version}, {n_process} process(es)")
    found = extract_spans(list(todo.values()), model, batch_size=spacy.batch_size, n_process=n_process)
    new = pl.DataFrame(
        {
            "text_sha256": list(todo),
            "model": [version] * len(todo),
            "spans": [spans_to_json(s) for s in found],
        }
    )
    with warehouse.connect() as con:
        add_cache_rows(con, "ner_cache", new)
    spans.update(zip(todo.values(), found, strict=True))
    return spans, len(todo)


@dg.asset(
    key="ner_mentions",
    backfill_policy=dg.BackfillPolicy.single_run(),
    pool="warehouse",
    deps=["paragraphs"],
    partitions_def=raw_files_partitions,
    tags=PER_FILE_TAGS,
    group_name=GROUP,
    kinds={"spacy", "duckdb", "python"},
    description=(
        "Named-entity spans (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT) found by spaCy in every paragraph "
        "of a raw file, with character offsets into the paragraph text. Results are cached by paragraph "
        "content and model version in `ner_cache`. The same step makes the dependency parses of the "
        "file's sentences with a cue (`parse_cache`), so the corpus-wide event step only reads them."
    ),
    metadata=table_identity("ner_mentions", NerMentions),
)
def ner_mentions(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource, spacy: SpacyResource
) -> dg.MaterializeResult:
    keys = context.partition_keys
    watch = Stopwatch()
    with watch.phase("reads"), warehouse.connect() as con:
        paragraphs = query_frame(
            con,
            "SELECT p.doc_id, p.article_id, p.paragraph_no, p.text, p.kind, a.language "
            "FROM paragraphs p JOIN articles a USING (article_id) WHERE p.doc_id IN (SELECT unnest(?)) "
            "ORDER BY p.doc_id, p.article_id, p.paragraph_no",
            [keys],
        )
        articles = query_frame(
            con,
            "SELECT article_id, doc_id, language, language_reason FROM articles WHERE doc_id IN (SELECT unnest(?))",
            [keys],
        )
    models = spacy.models
    # An article in a language no configured pipeline covers gets no NER at all, never English NER.
    skipped = ner_skips(articles, models)
    spans, n_parsed = {}, 0
    for language, model in models.items():
        # Every distinct paragraph of the batch in this language in one stream through its model.
        texts = unique_texts(paragraphs.filter(pl.col("language") == language)["text"].to_list())
        found, n_new = _spans_for(warehouse, spacy, texts, model, context.log) if texts else ({}, 0)
        spans.update(found)
        n_parsed += n_new
    covered = paragraphs.filter(pl.col("language").is_in(list(models)))
    frame = ner_frame(covered.select("doc_id", "article_id", "paragraph_no", "text"), spans)
    # The event step's dependency parses (sentences with a cue), made here, per batch, rather than
    # by the corpus step. Its rules are English, so only English paragraphs are parsed.
    english = paragraphs.filter(pl.col("language") == "en").select("text", "kind")
    n_cue_parses = parse_ahead(warehouse, spacy, unique_texts(cue_texts(english.iter_rows())), context.log)
    with watch.phase("validation"):
        now = utc_now()
        valid, quarantined = split_rows("ner_mentions", NerMentions, frame, pl.col("mention_id"), now)
        quarantined = pl.concat([quarantined, _skip_rows(skipped, now)])
    if skipped.height:
        context.log.info(f"{skipped.height} article(s) without NER: " + "; ".join(skipped["reason"].head(3)))
    with watch.phase("writes"), warehouse.connect() as con:
        replace_document_rows(
            con, list(keys), {"ner_mentions": valid}, quarantine_tables=["ner_mentions"], quarantine=quarantined
        )
        total = total_rows(con, "ner_mentions")
    labels = valid.group_by("label").len().sort("len", descending=True)
    return dg.MaterializeResult(
        metadata=table_metadata(
            valid,
            total_rows=total,
            paragraphs=len(paragraphs),
            distinct_paragraphs=len(spans),
            paragraphs_parsed=n_parsed,
            paragraphs_from_cache=len(spans) - n_parsed,
            articles_without_ner=skipped.height,
            languages=dg.MetadataValue.md(
                ", ".join(
                    f"{lang or 'unknown'} {n}"
                    for lang, n in articles.group_by("language").len().sort("len", descending=True).iter_rows()
                )
                or "_none_"
            ),
            cue_paragraphs_parsed=n_cue_parses,
            quarantined_rows=quarantined.height,
            labels=dg.MetadataValue.md(", ".join(f"{label} {n}" for label, n in labels.iter_rows())),
            **watch.metadata(),
        )
    )


def _skip_rows(skipped: pl.DataFrame, detected_at) -> pl.DataFrame:
    """Quarantine rows for articles left without NER: the row key is the article."""
    return quarantine_frame(
        [
            {
                "table_name": "ner_mentions",
                "doc_id": doc_id,
                "row_key": article_id,
                "reason": reason,
                "detected_at": detected_at,
            }
            for article_id, doc_id, reason in skipped.iter_rows()
        ]
    )


_DESCRIPTIONS = {
    "entity_mentions": (
        "Every resolved mention with the canonical entity it resolves to: offsets into the paragraph, the "
        "surface text as written, spaCy's label, the cleaned name, the title/role taken off it, its kind "
        "(name, partial, acronym, demonym, alias) and source (model, or found again by the second pass)."
    ),
    "entities": (
        "Canonical entities: one row per person, organisation, country (with ISO 3166 alpha-3), place, "
        "event or other name, with mention and article counts. Ids are stable across reruns."
    ),
    "entity_aliases": "Every surface form seen for each entity, with how often.",
}
_MODELS = {"entity_mentions": EntityMentions, "entities": Entities, "entity_aliases": EntityAliases}


@dg.multi_asset(
    specs=table_specs(
        _MODELS,
        _DESCRIPTIONS,
        deps=["ner_mentions", "paragraphs", "raw_folder_mirror"],
        group_name=GROUP,
        kinds={"duckdb", "polars", "python"},
    ),
    name="resolve_entities",
    pool="warehouse",
    description="Resolve every mention of the corpus to canonical entities (acronyms, names, countries).",
)
def resolve_entities(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    with warehouse.connect() as con:
        ner = query_frame(con, "SELECT * FROM ner_mentions ORDER BY doc_id, article_id, paragraph_no, char_start")
        # Every paragraph: the second pass looks for known names in all of them; only those with a
        # parenthesis can define an acronym.
        paragraph_rows = query_frame(
            con,
            "SELECT article_id, paragraph_no, text FROM paragraphs "
            "WHERE article_id IN (SELECT DISTINCT article_id FROM ner_mentions) ORDER BY article_id, paragraph_no",
        )
        previous = dict(query_frame(con, "SELECT member_key, entity_id FROM entity_registry").iter_rows())
        mentions = [
            MentionIn(*row)
            for row in ner.select(
                "mention_id", "article_id", "text", "label", "title_before", "paragraph_no", "char_start", "char_end"
            ).iter_rows()
        ]
        paragraphs = {(a, p): t for a, p, t in paragraph_rows.iter_rows()}
        defining = sorted({t for t in paragraphs.values() if "(" in t or "[" in t})
        context.log.info(f"resolving {len(mentions)} mentions ({len(previous)} registry keys from the last run)")
        watch = Stopwatch()
        with watch.phase("resolution"):
            resolution = resolve(mentions, defining, previous, paragraphs=paragraphs)
        with watch.phase("validation"):
            frames, quarantined = split_entity_frames(resolution_frames(ner, resolution, paragraphs), utc_now())
        # Keep registry keys of entities that left (a file removed), so they get their id back.
        registry = pl.concat(
            [
                frames["entity_registry"],
                pl.DataFrame(
                    {"member_key": list(previous), "entity_id": list(previous.values())},
                    schema={"member_key": pl.String, "entity_id": pl.String},
                ).filter(~pl.col("member_key").is_in(frames["entity_registry"]["member_key"].to_list())),
            ]
        )
        with watch.phase("writes"):
            replace_tables(
                con,
                {**{t: frames[t] for t in _MODELS}, "entity_registry": registry},
                quarantine_tables=list(_MODELS),
                quarantine=quarantined,
            )

    extra_mentions = frames["entity_mentions"].filter(pl.col("source") != "model").height
    entities = frames["entities"]
    by_type = entities.group_by("type").len().sort("len", descending=True)
    top_people = (
        entities.filter(pl.col("type") == "PERSON").sort(["n_articles", "n_mentions"], descending=True).head(10)
    )
    changed = sum(1 for k, v in resolution.registry.items() if k in previous and previous[k] != v)
    context.log.info(f"{entities.height} entities: " + ", ".join(f"{n} {t}" for t, n in by_type.iter_rows()))
    for name in _MODELS:
        extra = {"quarantined_rows": quarantined.filter(pl.col("table_name") == name).height}
        if name == "entities":
            extra["by_type"] = dg.MetadataValue.md(", ".join(f"{t} {n}" for t, n in by_type.iter_rows()))
            extra["top_people"] = dg.MetadataValue.md(
                "\n".join(
                    f"- {n} ({a} articles)" for n, a in top_people.select("canonical_name", "n_articles").iter_rows()
                )
            )
            extra["acronyms_defined"] = len(resolution.acronyms)
            extra["mentions_from_second_pass"] = extra_mentions
            extra["spans_not_names"] = len(resolution.rejected)
            extra["registry_keys_moved"] = changed
            extra.update(watch.metadata())
        yield dg.MaterializeResult(asset_key=name, metadata=table_metadata(frames[name], **extra))
