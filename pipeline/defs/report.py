"""The report: a self-contained HTML page over the marts, staged here and published with them.

Reads the mart tables (and the entity tables and coverage counts) from the working database the
marts were just written to, builds the page with `pipeline.lib.report`, and writes it to a staging
folder; `published_warehouse` swaps it into `warehouse/report/` in the same step as the marts.
"""

import shutil
import time
from typing import TYPE_CHECKING

import dagster as dg
import duckdb

from pipeline.defs.metadata import mart_key
from pipeline.defs.resources import WarehouseResource
from pipeline.lib.store.schemas import MART_MODELS
from pipeline.lib.store.tables import utc_now
from pipeline.lib.store.warehouse import query_frame

if TYPE_CHECKING:
    from pipeline.lib.report import ReportData

# `pipeline.lib.report` (Altair, and pandas through it) is imported where the report is built, not
# here: every batch-run worker imports these definitions and never builds the report, and the
# import costs each of them about 27 MiB.
GROUP = "marts"
REPORT_FILE = "index.html"


def read_report_data(con: duckdb.DuckDBPyConnection) -> "ReportData":
    """The marts and what the header and the entity list need, as polars frames."""
    from pipeline.lib.report import Coverage, ReportData

    files, articles = con.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles)").fetchone()
    first, last, undated = con.execute(
        """
        SELECT min(ad.article_date), max(ad.article_date), count(*) FILTER (WHERE ad.article_date IS NULL)
        FROM articles a LEFT JOIN article_dates ad USING (article_id)
        """
    ).fetchone()
    has_stories = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'stories' AND table_schema = 'main'"
    ).fetchone()[0]
    return ReportData(
        coverage=Coverage(files, articles, first, last, utc_now(), undated_articles=undated or 0),
        meetings=query_frame(con, "SELECT * FROM mart_meetings_timeline"),
        comentions=query_frame(con, "SELECT * FROM mart_country_comentions"),
        monthly=query_frame(con, "SELECT * FROM mart_entity_mentions_monthly"),
        outlets=query_frame(con, "SELECT * FROM mart_outlet_attribution"),
        roles=query_frame(con, "SELECT * FROM mart_person_roles"),
        entities=query_frame(con, "SELECT entity_id, canonical_name, type, iso3, n_mentions, n_articles FROM entities"),
        aliases=query_frame(con, "SELECT entity_id, alias, n_mentions FROM entity_aliases"),
        # Stories told once are not "the most copied": the section says none has copies yet instead.
        stories=query_frame(con, "SELECT * FROM stories WHERE n_copies > 1") if has_stories else None,
    )


@dg.asset(
    key="report",
    # The marts, and the entity tables the searchable list and the map read.
    deps=[*(mart_key(name) for name in MART_MODELS), "entities", "entity_aliases", "stories"],
    group_name=GROUP,
    kinds={"html", "altair", "duckdb"},
    pool="warehouse",
    description=(
        "A self-contained HTML report over the marts, `warehouse/report/index.html`: meetings timeline, "
        "country co-mention network, entities over time, outlets (and stories, once a `stories` table "
        "exists), a map of the countries mentioned and a searchable list of entities. Altair/Vega-Lite "
        "with the Vega libraries inline: it opens from disk with no network. Published with the marts."
    ),
    metadata={"path": "warehouse/report/index.html"},
)
def report(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    from pipeline.lib.report import build_report, preview_markdown, vega_bundle

    staging = warehouse.report_staging_path
    shutil.rmtree(staging, ignore_errors=True)
    started = time.perf_counter()
    with warehouse.connect() as con:
        data = read_report_data(con)
    # The charting libraries' script is bundled once per vl-convert version and kept beside the
    # working file.
    with warehouse.storage_errors():
        built = build_report(data, bundle=vega_bundle(warehouse.working_path.parent))
    seconds_build = time.perf_counter() - started
    started = time.perf_counter()
    preview = preview_markdown(built)  # before staging: a failure here leaves nothing to publish
    seconds_preview = time.perf_counter() - started
    try:
        with warehouse.storage_errors():
            staging.mkdir(parents=True)
            (staging / REPORT_FILE).write_text(built.html, encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # half a report is never left to publish
        raise
    size = len(built.html.encode("utf-8"))
    context.log.info(f"report: {size:,} bytes in {seconds_build:.1f}s, staged for publishing")
    drawn = [s.id for s in built.sections if s.chart is not None]
    empty = [s.id for s in built.sections if s.chart is None and s.empty]
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(warehouse.report_path)),
            "bytes": dg.MetadataValue.int(size),
            "charts": dg.MetadataValue.text(", ".join(drawn) or "none"),
            "empty_sections": dg.MetadataValue.text(", ".join(empty) or "none"),
            "meetings": dg.MetadataValue.int(data.meetings.height),
            "country_pairs": dg.MetadataValue.int(data.comentions.height),
            "preview": dg.MetadataValue.md(preview),
            "build_seconds": dg.MetadataValue.float(round(seconds_build, 3)),
            "preview_seconds": dg.MetadataValue.float(round(seconds_preview, 3)),
        }
    )
