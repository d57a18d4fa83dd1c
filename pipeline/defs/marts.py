"""Parquet marts, rebuilt from the warehouse tables after every whole-corpus run.

Each mart is computed by one SQL query (`pipeline/lib/store/marts.py`), validated with its pandera
model, stored as table `mart_<name>` in the working database (so the published snapshot has it)
and written as Parquet into a staging folder that `published_warehouse` swaps into place.
"""

import shutil

import dagster as dg
import polars as pl

from pipeline.defs.metadata import Stopwatch, mart_key, table_identity, table_metadata
from pipeline.defs.resources import WarehouseResource
from pipeline.lib.store.marts import MART_SQL, finish_events_timeline, finish_meetings_timeline
from pipeline.lib.store.schemas import MART_MODELS, polars_schema
from pipeline.lib.store.tables import split_rows, utc_now
from pipeline.lib.store.warehouse import query_frame, replace_tables

GROUP = "marts"
_DESCRIPTIONS = {
    "entity_mentions_monthly": "Per entity and month of the article date: mentions, articles (null month: undated).",
    "country_comentions": "Pairs of countries mentioned in the same article: articles, first and last article date.",
    "meetings_timeline": "Meetings with names, types, roles and countries of both sides, date, place, article title.",
    "events_timeline": (
        "Every event (MEET, VISIT, SIGN, SUPPORT, CRITICIZE with its CAMEO code) with names, types, roles and "
        "countries of both sides, date, place, what was signed or criticised, article title."
    ),
    "statements": "Per speaker and month: quotations (direct, indirect), articles, and a sample quote.",
    "outlet_attribution": "Per outlet and relation (first published by, translated from, ...): articles and dates.",
    "person_roles": "People and the roles and titles the text gives them, with counts.",
    "republication": "Every copy of a story after its original: original and republishing outlet, dates, delay.",
}
_FINISH = {"meetings_timeline": finish_meetings_timeline, "events_timeline": finish_events_timeline}
_KEYS = {
    "entity_mentions_monthly": pl.format("{}/{}", "entity_id", "month"),
    "country_comentions": pl.format("{}/{}", "iso3_a", "iso3_b"),
    "meetings_timeline": pl.col("meeting_id"),
    "events_timeline": pl.col("event_id"),
    "statements": pl.format("{}/{}", "speaker_entity_id", "month"),
    "outlet_attribution": pl.format("{}/{}", "outlet", "relation"),
    "person_roles": pl.format("{}/{}", "entity_id", "role"),
    "republication": pl.format("{}/{}", "story_id", "article_id"),
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            mart_key(name),
            deps=[
                "entities",
                "entity_mentions",
                "meetings",
                "events",
                "quotations",
                "article_dates",
                "attributions",
                "articles",
                "stories",
                "story_copies",
            ],  # fmt: skip
            group_name=GROUP,
            kinds={"parquet", "duckdb", "polars"},
            description=_DESCRIPTIONS[name],
            metadata={**table_identity(f"mart_{name}", model), "parquet": f"warehouse/marts/{name}.parquet"},
        )
        for name, model in MART_MODELS.items()
    ],
    name="build_marts",
    pool="warehouse",
    description="Rebuild every mart from the warehouse tables: mart_* tables and staged Parquet files.",
)
def build_marts(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    staging = warehouse.marts_staging_path
    shutil.rmtree(staging, ignore_errors=True)
    watch = Stopwatch()
    try:
        frames = _stage_marts(warehouse, staging, watch)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # half a set of marts is never left to publish
        raise
    for i, name in enumerate(MART_MODELS):
        df = frames[f"mart_{name}"]
        context.log.info(f"mart {name}: {df.height} rows")
        extra = watch.metadata() if i == 0 else {}  # once per step, on its first mart
        yield dg.MaterializeResult(asset_key=mart_key(name), metadata=table_metadata(df, **extra))


def _stage_marts(warehouse: WarehouseResource, staging, watch: Stopwatch) -> dict[str, pl.DataFrame]:
    """Every mart: validated, written as a table and as a staged Parquet file."""
    frames, quarantined = {}, []
    now = utc_now()
    with warehouse.connect() as con:
        staging.mkdir(parents=True)
        for name, model in MART_MODELS.items():
            df = query_frame(con, MART_SQL[name])
            df = _FINISH.get(name, lambda d: d)(df)
            df = df.select(list(polars_schema(model))).cast(polars_schema(model))
            with watch.phase("validation"):
                valid, bad = split_rows(f"mart_{name}", model, df, _KEYS[name], now)
            frames[f"mart_{name}"] = valid
            quarantined.append(bad)
            with watch.phase("writes"):
                valid.write_parquet(staging / f"{name}.parquet")
        with watch.phase("writes"):
            replace_tables(
                con, frames, quarantine_tables=list(frames), quarantine=pl.concat(quarantined, how="vertical_relaxed")
            )
    return frames
