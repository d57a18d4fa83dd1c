"""Stories: copies and republications grouped over the whole corpus (`pipeline/lib/text/stories.py`).

Not partitioned: a copy in a new file joins a story told in an old one. The expensive part, a
MinHash signature per text, is cached by normalised content (`minhash_cache`), so a rerun with no
change, or with one new file, signs only new texts.
"""

import dagster as dg
import polars as pl

from pipeline.defs.metadata import Stopwatch, table_metadata, table_specs
from pipeline.defs.resources import WarehouseResource
from pipeline.lib.store.schemas import Stories, StoryCopies, frame_of
from pipeline.lib.store.tables import split_rows, utc_now
from pipeline.lib.store.warehouse import add_cache_rows, query_frame, replace_tables
from pipeline.lib.text.stories import (
    COPIES_SQL,
    Copy,
    Sketch,
    Unit,
    article_story_ids,
    copy_seen_date,
    group_units,
    signature_version,
    story_tables,
)

GROUP = "stories"
_MODELS = {"stories": Stories, "story_copies": StoryCopies}
_DESCRIPTIONS = {
    "stories": (
        "One row per story: a text told once, or copied (exactly or nearly: an edited headline, a boilerplate "
        "line, a trimmed paragraph) by several articles, whole or as an embedded republished section. With "
        "the original's article and date, the number of copies and the outlets. Ids are stable across reruns; "
        "`articles.story_id` points here."
    ),
    "story_copies": (
        "Every copy of every story: the article carrying it, whole (section 0) or as embedded section n, "
        "with the copy's outlet and date; the earliest copy is the original."
    ),
}
_KEYS = {"stories": pl.col("story_id"), "story_copies": pl.format("{}/{}", "story_id", "article_id")}


def _cached_sketches(con, version: str) -> dict[str, Sketch]:
    rows = con.execute(
        "SELECT text_sha256, content_sha256, n_words, minhash FROM minhash_cache WHERE model = ?", [version]
    )
    return {sha: Sketch(key, n, bytes(blob) if blob is not None else None) for sha, key, n, blob in rows.fetchall()}


def _set_article_story_ids(article_story: dict[str, str]):
    frame = pl.DataFrame(
        {"article_id": list(article_story), "story_id": list(article_story.values())},
        schema={"article_id": pl.String, "story_id": pl.String},
    )

    def update(con) -> None:
        con.register("article_story", frame.to_arrow())
        # Only rows whose story changes are rewritten: a rerun with no change touches none.
        con.execute(
            "UPDATE articles SET story_id = m.story_id FROM article_story m "
            "WHERE articles.article_id = m.article_id AND articles.story_id IS DISTINCT FROM m.story_id"
        )
        con.execute(
            "UPDATE articles SET story_id = NULL "
            "WHERE story_id IS NOT NULL AND article_id NOT IN (SELECT article_id FROM article_story)"
        )
        con.unregister("article_story")

    return update


@dg.multi_asset(
    specs=table_specs(
        _MODELS,
        _DESCRIPTIONS,
        deps=["articles", "paragraphs", "sections", "attributions", "article_dates", "raw_folder_mirror"],
        group_name=GROUP,
        kinds={"duckdb", "polars", "python"},
    ),
    name="group_stories",
    pool="warehouse",
    description=(
        "Group exact and near copies of articles and embedded sections into stories (word shingles, rensa "
        "MinHash LSH, exact Jaccard ≥ 0.5), keep story ids stable, and set articles.story_id."
    ),
)
def group_stories(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    version = signature_version()
    watch = Stopwatch()
    with warehouse.connect() as con:
        with watch.phase("reads"):
            rows = query_frame(con, COPIES_SQL)
            cached = _cached_sketches(con, version)
            previous = dict(con.execute("SELECT member_key, story_id FROM story_registry").fetchall())
    units, copies, titles = [], {}, {}
    for row in rows.iter_rows(named=True):
        unit = Unit(
            row["article_id"], row["section_no"], row["text"], near=row["section_no"] > 0 or row["article_sections"] < 2
        )
        units.append(unit)
        seen = copy_seen_date(row["section_date_text"], row["article_date"], row["reference_date"])
        copies[unit.member_key] = Copy(row["doc_id"], seen, row["outlet"], row["reference_date"])
        titles[unit.member_key] = row["title"]
    context.log.info(f"grouping {len(units)} units ({len(cached)} texts sketched before, {version})")
    with watch.phase("grouping"):
        grouping, new_sketches = group_units(units, cached)
        stories, story_copies, registry = story_tables(grouping.clusters, copies, titles, previous)
    now = utc_now()
    with watch.phase("validation"):
        frames, quarantined = {}, []
        for name, items in (("stories", stories), ("story_copies", story_copies)):
            frame = frame_of(_MODELS[name], [item.__dict__ for item in items])
            frames[name], bad = split_rows(name, _MODELS[name], frame, _KEYS[name], now)
            quarantined.append(bad)
    # Keep the registry keys of copies that left (a file removed), so they get their story back.
    kept = {**previous, **registry}
    registry_frame = pl.DataFrame(
        {"member_key": list(kept), "story_id": list(kept.values())},
        schema={"member_key": pl.String, "story_id": pl.String},
    )
    cache_rows = pl.DataFrame(
        {
            "text_sha256": list(new_sketches),
            "model": [version] * len(new_sketches),
            "content_sha256": [s.content_key for s in new_sketches.values()],
            "n_words": [s.n_words for s in new_sketches.values()],
            "minhash": [s.minhash for s in new_sketches.values()],
        },
        schema={
            "text_sha256": pl.String,
            "model": pl.String,
            "content_sha256": pl.String,
            "n_words": pl.Int32,
            "minhash": pl.Binary,
        },
    )
    with watch.phase("writes"), warehouse.connect() as con:
        add_cache_rows(con, "minhash_cache", cache_rows)
        replace_tables(
            con,
            {**frames, "story_registry": registry_frame},
            quarantine_tables=list(_MODELS),
            quarantine=pl.concat(quarantined),
            also=_set_article_story_ids(article_story_ids(story_copies)),
        )
    told_more_than_once = frames["stories"].filter(pl.col("n_copies") > 1)
    context.log.info(
        f"{len(units)} units → {frames['stories'].height} stories, {told_more_than_once.height} with copies "
        f"({len(new_sketches)} texts normalised and signed, {grouping.candidate_pairs} LSH candidate pairs)"
    )
    for name in _MODELS:
        extra = {"quarantined_rows": quarantined[list(_MODELS).index(name)].height}
        if name == "stories":
            extra |= {
                "units_compared": len(units),
                "stories_with_copies": told_more_than_once.height,
                "texts_sketched": len(new_sketches),
                "texts_sketched_before": len(cached),
                "lsh_candidate_pairs": grouping.candidate_pairs,
                "pairs_verified_same_story": grouping.verified_pairs,
                "signature_version": version,
                **watch.metadata(),
            }
        yield dg.MaterializeResult(asset_key=name, metadata=table_metadata(frames[name], **extra))
