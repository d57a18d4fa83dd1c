"""The report: one self-contained HTML page drawn from the marts (no Dagster here).

Charts are declared with Altair (Vega-Lite specs); the page carries the Vega, Vega-Lite and
vega-embed libraries inline (from vl-convert's bundle), so it opens from `file://` with no network.
vl-convert also renders a chart to PNG without a browser (the Dagster preview). The country
network is laid out with networkx; the map's outlines are Natural Earth country shapes shipped in
the `countryinfo` package, keyed by ISO 3166 alpha-3.

Every chart builder takes polars frames (the marts' columns) and returns a Vega-Lite spec with its
data inline, or None when there is nothing to draw: the page then says so ("No meetings yet") in
place of a chart.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import html
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import altair as alt
import polars as pl

UNDATED = "undated"
WIDTH = 760
TOP_ENTITIES_PER_TYPE = 15
TOP_ENTITIES_ALL = 20
TOP_OUTLETS = 25
TOP_STORIES = 15
NETWORK_LABELS = 25
ALIASES_PER_ENTITY = 8
ROLES_PER_ENTITY = 4
ENTITY_TYPES = ("PERSON", "ORG", "COUNTRY", "PLACE", "EVENT", "OTHER")
ALL_TYPES = "all types"
# The Vega-Lite version Altair writes its specs for ("v6.4.1" → "6.4"): vl-convert bundles and renders that one.
VEGA_LITE_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])


@dataclass(frozen=True)
class Coverage:
    """What the report covers, for its header."""

    files: int
    articles: int
    first_date: dt.date | None
    last_date: dt.date | None
    built_at: dt.datetime
    undated_articles: int = 0


@dataclass
class ReportData:
    """The report's inputs: the marts, plus the entity tables for the searchable list and the map."""

    coverage: Coverage
    meetings: pl.DataFrame  # mart_meetings_timeline
    comentions: pl.DataFrame  # mart_country_comentions
    monthly: pl.DataFrame  # mart_entity_mentions_monthly
    outlets: pl.DataFrame  # mart_outlet_attribution
    roles: pl.DataFrame  # mart_person_roles
    entities: pl.DataFrame  # entities: entity_id, canonical_name, type, iso3, n_mentions, n_articles
    aliases: pl.DataFrame  # entity_aliases: entity_id, alias, n_mentions
    stories: pl.DataFrame | None = None  # a `stories` table, when the warehouse has one


@dataclass
class Section:
    id: str
    title: str
    intro: str
    chart: dict | None = None  # Vega-Lite spec
    empty: str | None = None  # said in place of the chart when there is nothing to draw
    body: str = ""  # extra HTML after the chart


@dataclass
class Report:
    html: str
    sections: list[Section] = field(default_factory=list)

    def spec(self, section_id: str) -> dict | None:
        return next((s.chart for s in self.sections if s.id == section_id), None)


# ---------------------------------------------------------------------------------------------
# Shared helpers


def month_label(column: str) -> pl.Expr:
    """'2025-07' for a date, 'undated' for null: an ordinal axis keeps undated rows on the chart."""
    return pl.col(column).cast(pl.Date).dt.strftime("%Y-%m").fill_null(UNDATED)


def month_order(labels) -> list[str]:
    months = sorted({m for m in labels if m != UNDATED})
    return months + ([UNDATED] if UNDATED in set(labels) else [])


def month_width(months: list[str]) -> int:
    return max(240, min(900, 44 * len(months)))


def month_axis(months: list[str]) -> alt.Axis:
    return alt.Axis(labelAngle=0 if len(months) <= 10 else -50)


def rows(df: pl.DataFrame) -> list[dict]:
    """A frame as JSON-ready rows (dates as ISO strings)."""
    temporal = [c for c, t in df.schema.items() if t in (pl.Date, pl.Datetime)]
    return df.with_columns(pl.col(c).cast(pl.String) for c in temporal).to_dicts()


def spec_with_data(chart, **datasets: list[dict]) -> dict:
    """The chart's Vega-Lite spec with its named datasets inline. The data stays out of Altair's
    objects (which would validate every value, seconds on a large corpus)."""
    spec = chart.to_dict()
    spec["datasets"] = datasets
    return spec


def country_mentions(entities: pl.DataFrame) -> pl.DataFrame:
    """One row per ISO3 code: the country's name, mentions and articles (from the entities table)."""
    countries = entities.filter((pl.col("type") == "COUNTRY") & pl.col("iso3").is_not_null())
    return (
        countries.sort("n_mentions", descending=True)
        .group_by("iso3", maintain_order=True)
        .agg(
            pl.col("canonical_name").first().alias("country"),
            pl.col("n_mentions").sum().alias("mentions"),
            pl.col("n_articles").max().alias("articles"),
        )
        .sort(["mentions", "iso3"], descending=[True, False])
    )


# ---------------------------------------------------------------------------------------------
# Charts


def meetings_chart(meetings: pl.DataFrame) -> dict | None:
    """Who met whom, by month: one circle per meeting (row of mart_meetings_timeline), one line per
    pair of sides; hovering shows the sentence and the article."""
    if meetings.is_empty():
        return None

    def side(name: str, role: str) -> pl.Expr:
        return pl.when(pl.col(role).is_not_null()).then(pl.format("{} ({})", name, role)).otherwise(pl.col(name))

    df = meetings.sort("meeting_date", "actor_a", "actor_b", nulls_last=True).select(
        month_label("meeting_date").alias("month"),
        pl.col("meeting_date").cast(pl.String).fill_null("no date in the text").alias("date"),
        pl.format("{} — {}", "actor_a", "actor_b").alias("pair"),
        side("actor_a", "actor_a_role").alias("side_a"),
        side("actor_b", "actor_b_role").alias("side_b"),
        pl.col("actor_b_type").alias("met_type"),
        pl.col("place").fill_null(""),
        pl.col("article_title").alias("article"),
        pl.col("article_date").cast(pl.String).fill_null("undated").alias("article_date"),
        pl.col("sentence"),
    )
    pairs = df["pair"].unique(maintain_order=True).to_list()
    months = month_order(df["month"])
    chart = (
        alt.Chart(alt.NamedData(name="meetings"))
        .mark_circle(size=110, opacity=0.75, stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X("month:O", sort=months, title="month of the meeting", axis=month_axis(months)),
            y=alt.Y("pair:N", sort=pairs, title=None, axis=alt.Axis(labelLimit=360)),
            color=alt.Color("met_type:N", title="met (type)", scale=alt.Scale(domain=list(ENTITY_TYPES))),
            tooltip=[
                alt.Tooltip("date:N", title="date"),
                alt.Tooltip("side_a:N", title="who"),
                alt.Tooltip("side_b:N", title="met"),
                alt.Tooltip("place:N", title="where"),
                alt.Tooltip("sentence:N", title="sentence"),
                alt.Tooltip("article:N", title="article"),
                alt.Tooltip("article_date:N", title="article date"),
            ],
        )
        .properties(name="meetings", width=month_width(months), height=16 * len(pairs))
    )
    return spec_with_data(chart, meetings=rows(df))


def network_layout(
    nodes: list[str], edges: list[tuple[str, str, int]], seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Force-directed positions (networkx's spring layout, edges weighted by shared articles,
    log-damped so one very common pair does not collapse the picture)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from((a, b, 1 + math.log(w)) for a, b, w in edges)
    k = 4.0 / math.sqrt(max(graph.number_of_nodes(), 1))
    pos = nx.spring_layout(graph, k=k, weight="weight", seed=seed, iterations=100)
    # A fisheye: countries named with only one or two others drift far out and would squeeze the
    # well-connected core into a blot; the square root of the distance to the centre evens that out.
    cx = sum(x for x, _ in pos.values()) / max(len(pos), 1)
    cy = sum(y for _, y in pos.values()) / max(len(pos), 1)
    out = {}
    for n, (x, y) in pos.items():
        dx, dy = float(x) - cx, float(y) - cy
        r = math.hypot(dx, dy)
        f = 1 / math.sqrt(r) if r > 0 else 0.0
        out[n] = (round(dx * f, 4), round(dy * f, 4))
    return out


def network_chart(comentions: pl.DataFrame, countries: pl.DataFrame) -> dict | None:
    """Countries named in the same articles: a node per country sized by its mentions, an edge per
    row of mart_country_comentions weighted by the articles the pair shares."""
    if comentions.is_empty():
        return None
    names = dict(zip(comentions["iso3_a"], comentions["country_a"], strict=True)) | dict(
        zip(comentions["iso3_b"], comentions["country_b"], strict=True)
    )
    mentions = dict(zip(countries["iso3"], countries["mentions"], strict=True)) if countries.height else {}
    edges = list(comentions.select("iso3_a", "iso3_b", "articles").iter_rows())
    pos = network_layout(sorted(names), edges)
    node_rows = pl.DataFrame(
        {
            "iso3": list(names),
            "country": list(names.values()),
            "mentions": [int(mentions.get(i, 1)) for i in names],
            "x": [pos[i][0] for i in names],
            "y": [pos[i][1] for i in names],
        }
    ).sort("mentions", descending=True)
    edge_rows = comentions.select(
        pl.format("{} — {}", "country_a", "country_b").alias("pair"),
        "articles",
        pl.col("iso3_a").replace_strict({i: p[0] for i, p in pos.items()}, return_dtype=pl.Float64).alias("x"),
        pl.col("iso3_a").replace_strict({i: p[1] for i, p in pos.items()}, return_dtype=pl.Float64).alias("y"),
        pl.col("iso3_b").replace_strict({i: p[0] for i, p in pos.items()}, return_dtype=pl.Float64).alias("x2"),
        pl.col("iso3_b").replace_strict({i: p[1] for i, p in pos.items()}, return_dtype=pl.Float64).alias("y2"),
    )
    axis_x = alt.X("x:Q", axis=None, scale=alt.Scale(zero=False, nice=False, padding=24))
    axis_y = alt.Y("y:Q", axis=None, scale=alt.Scale(zero=False, nice=False, padding=24))
    edges_layer = (
        alt.Chart(alt.NamedData(name="network_edges"))
        .mark_rule(color="#7a8ca3", opacity=0.35)
        .encode(
            x=axis_x,
            y=axis_y,
            x2="x2:Q",
            y2="y2:Q",
            strokeWidth=alt.StrokeWidth("articles:Q", title="shared articles", scale=alt.Scale(range=[0.6, 7])),
            tooltip=[alt.Tooltip("pair:N", title="countries"), alt.Tooltip("articles:Q", title="shared articles")],
        )
        .properties(name="network_edges")
    )
    nodes = alt.Chart(alt.NamedData(name="network_nodes"))
    nodes_layer = (
        nodes.mark_circle(color="#d95f02", opacity=0.85, stroke="white", strokeWidth=1)
        .encode(
            x=axis_x,
            y=axis_y,
            size=alt.Size("mentions:Q", title="mentions", scale=alt.Scale(range=[30, 900])),
            tooltip=[
                alt.Tooltip("country:N"),
                alt.Tooltip("iso3:N", title="ISO3"),
                alt.Tooltip("mentions:Q"),
            ],
        )
        .properties(name="network_nodes")
    )
    labels_layer = (
        nodes.transform_window(rank="rank()", sort=[alt.SortField("mentions", order="descending")])
        .transform_filter(alt.datum.rank <= NETWORK_LABELS)
        .mark_text(dy=-12, fontSize=11, color="#333")
        .encode(x=axis_x, y=axis_y, text="country:N")
        .properties(name="network_labels")
    )
    chart = alt.layer(edges_layer, nodes_layer, labels_layer).properties(width=WIDTH, height=560)
    return spec_with_data(chart, network_edges=rows(edge_rows), network_nodes=rows(node_rows))


def entities_over_time_chart(monthly: pl.DataFrame) -> dict | None:
    """A heatmap of the top entities' mentions by month, with a menu to keep one type."""
    if monthly.is_empty():
        return None
    df = monthly.with_columns(month_label("month").alias("month_label"))
    totals = (
        df.group_by("entity_id", "canonical_name", "type")
        .agg(pl.col("mentions").sum().alias("total"))
        .sort(["total", "canonical_name"], descending=[True, False])
    )
    groups = [totals.head(TOP_ENTITIES_ALL).with_columns(pl.lit(ALL_TYPES).alias("group"))]
    for entity_type in ENTITY_TYPES:
        of_type = totals.filter(pl.col("type") == entity_type).head(TOP_ENTITIES_PER_TYPE)
        if of_type.height:
            groups.append(of_type.with_columns(pl.lit(entity_type).alias("group")))
    chosen = pl.concat(groups).with_columns(pl.int_range(pl.len()).over("group").alias("rank"))
    cells = chosen.join(df.select("entity_id", "month_label", "mentions", "articles"), on="entity_id").select(
        "group",
        "rank",
        pl.format("{} ({})", "canonical_name", pl.col("type").str.to_lowercase()).alias("entity"),
        pl.col("month_label").alias("month"),
        "mentions",
        "articles",
        "total",
    )
    months = month_order(cells["month"])
    options = [ALL_TYPES, *[t for t in ENTITY_TYPES if t in set(chosen["group"])]]
    entity_type = alt.param(
        name="entity_type", value=ALL_TYPES, bind=alt.binding_select(options=options, name="entity type ")
    )
    chart = (
        alt.Chart(alt.NamedData(name="entities_time"))
        .mark_rect()
        .encode(
            x=alt.X("month:O", sort=months, title="month of the article", axis=month_axis(months)),
            y=alt.Y("entity:N", sort=alt.EncodingSortField("rank", order="ascending"), title=None),
            color=alt.Color("mentions:Q", scale=alt.Scale(scheme="blues", type="sqrt"), title="mentions"),
            tooltip=["entity:N", "month:N", "mentions:Q", "articles:Q", alt.Tooltip("total:Q", title="all months")],
        )
        .add_params(entity_type)
        .transform_filter(alt.datum.group == entity_type)
        .properties(
            name="entities_time",
            width=month_width(months),
            height=alt.Step(18),  # the rows of the type chosen in the menu
        )
    )
    return spec_with_data(chart, entities_time=rows(cells))


def outlets_chart(outlets: pl.DataFrame) -> dict | None:
    """Articles attributed to each outlet, stacked by relation (first published by, carried by, ...)."""
    if outlets.is_empty():
        return None
    top = (
        outlets.group_by("outlet")
        .agg(pl.col("articles").sum().alias("total"))
        .sort(["total", "outlet"], descending=[True, False])
        .head(TOP_OUTLETS)
    )
    bars = outlets.join(top, on="outlet").select(
        "outlet", "relation", "articles", "total", "first_article_date", "last_article_date"
    )
    chart = (
        alt.Chart(alt.NamedData(name="outlets"))
        .mark_bar()
        .encode(
            y=alt.Y("outlet:N", sort=top["outlet"].to_list(), title=None, axis=alt.Axis(labelLimit=300)),
            x=alt.X("articles:Q", title="articles", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("relation:N", title="relation"),
            tooltip=["outlet:N", "relation:N", "articles:Q", "first_article_date:N", "last_article_date:N"],
        )
        .properties(name="outlets", width=WIDTH - 420, height=22 * top.height)
    )
    return spec_with_data(chart, outlets=rows(bars))


_STORY_TITLE = ("title", "story_title", "headline", "label", "story_id")
_STORY_COPIES = ("copies", "n_copies", "n_articles", "articles", "size", "n_members")


def stories_chart(stories: pl.DataFrame | None) -> dict | None:
    """The stories told most often (a `stories` table: one row per story, a title and a count of copies;
    the first of the usual column names is used)."""
    if stories is None or stories.is_empty():
        return None
    title = next((c for c in _STORY_TITLE if c in stories.columns), None)
    copies = next((c for c in _STORY_COPIES if c in stories.columns), None)
    if title is None or copies is None:
        return None
    top = (
        stories.select(pl.col(title).cast(pl.String).alias("story"), pl.col(copies).cast(pl.Int64).alias("copies"))
        .sort(["copies", "story"], descending=[True, False])
        .head(TOP_STORIES)
    )
    chart = (
        alt.Chart(alt.NamedData(name="stories"))
        .mark_bar(color="#6a51a3")
        .encode(
            y=alt.Y("story:N", sort=top["story"].to_list(), title=None, axis=alt.Axis(labelLimit=420)),
            x=alt.X("copies:Q", title="copies", axis=alt.Axis(tickMinStep=1)),
            tooltip=["story:N", "copies:Q"],
        )
        .properties(name="stories", width=WIDTH - 460, height=22 * top.height)
    )
    return spec_with_data(chart, stories=rows(top))


def _wound(ring: list[list[float]], clockwise: bool) -> list[list[float]]:
    """The ring in the winding Vega's (d3-geo's) spherical polygons need: outer rings clockwise,
    holes counter-clockwise. GeoJSON files use the opposite, and a ring wound the wrong way fills
    the whole globe but itself."""
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))
    return ring[::-1] if (area < 0) != clockwise else ring


@functools.cache
def world_features() -> tuple[dict, ...]:
    """Country outlines (Natural Earth, 1:110m, as shipped in the `countryinfo` package), keyed by
    ISO3 in `id`, coordinates rounded to 0.01°: about 170 countries, no network."""
    from importlib import resources

    def polygon(rings):
        return [_wound([[round(x, 2), round(y, 2)] for x, y in ring], clockwise=i == 0) for i, ring in enumerate(rings)]

    def rounded(geometry):
        if geometry["type"] == "Polygon":
            return polygon(geometry["coordinates"])
        return [polygon(rings) for rings in geometry["coordinates"]]

    features = []
    for path in sorted(resources.files("countryinfo").joinpath("data").iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json"):
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (record.get("ISO") or {}).get("alpha3")
        for feature in (record.get("geoJSON") or {}).get("features", []):
            geometry = feature.get("geometry")
            if iso3 and geometry and iso3 != "ATA":  # Antarctica takes a sixth of the map and is never news
                features.append(
                    {
                        "type": "Feature",
                        "id": iso3,
                        "geometry": {"type": geometry["type"], "coordinates": rounded(geometry)},
                    }
                )
    return tuple(features)


def map_chart(countries: pl.DataFrame) -> tuple[dict | None, list[str]]:
    """A choropleth of country mentions by ISO3; also returns the mentioned countries the map has
    no outline for (small states), which the page lists under the map."""
    if countries.is_empty():
        return None, []
    by_iso3 = {r["iso3"]: r for r in countries.iter_rows(named=True)}
    features = []
    for feature in world_features():
        row = by_iso3.get(feature["id"])
        properties = {
            "iso3": feature["id"],
            "name": row["country"] if row else feature["id"],
            "mentions": int(row["mentions"]) if row else 0,
            "articles": int(row["articles"]) if row else 0,
        }
        features.append({**feature, "properties": properties})
    drawn = {f["id"] for f in features}
    missing = [r["country"] for r in countries.iter_rows(named=True) if r["iso3"] not in drawn]
    base = alt.Chart(alt.NamedData(name="countries"))
    land = base.mark_geoshape(fill="#e9e9e9", stroke="white", strokeWidth=0.4).properties(name="map_land")
    mentioned = (
        base.transform_filter("datum.properties.mentions > 0")
        .mark_geoshape(stroke="white", strokeWidth=0.4)
        .encode(
            color=alt.Color("properties.mentions:Q", title="mentions", scale=alt.Scale(type="log", scheme="orangered")),
            tooltip=[
                alt.Tooltip("properties.name:N", title="country"),
                alt.Tooltip("properties.iso3:N", title="ISO3"),
                alt.Tooltip("properties.mentions:Q", title="mentions"),
                alt.Tooltip("properties.articles:Q", title="articles"),
            ],
        )
        .properties(name="map_countries")
    )
    chart = alt.layer(land, mentioned).project("equalEarth").properties(width=WIDTH, height=400)
    return spec_with_data(chart, countries=features), missing


# ---------------------------------------------------------------------------------------------
# The entity list


def entity_rows(entities: pl.DataFrame, aliases: pl.DataFrame, roles: pl.DataFrame) -> list[list]:
    """[name, type, iso3, mentions, articles, aliases, roles] per entity, most mentioned first."""
    if entities.is_empty():
        return []
    alias_text = (
        aliases.sort(["n_mentions", "alias"], descending=[True, False])
        .group_by("entity_id", maintain_order=True)
        .agg(pl.col("alias").head(ALIASES_PER_ENTITY).str.join(" · ").alias("aliases"))
    )
    role_text = (
        roles.sort(["mentions", "role"], descending=[True, False])
        .group_by("entity_id", maintain_order=True)
        .agg(pl.col("role").head(ROLES_PER_ENTITY).str.join(" · ").alias("roles"))
    )
    table = (
        entities.join(alias_text, on="entity_id", how="left")
        .join(role_text, on="entity_id", how="left")
        .sort(["n_mentions", "canonical_name"], descending=[True, False])
        .select(
            "canonical_name",
            "type",
            pl.col("iso3").fill_null(""),
            "n_mentions",
            "n_articles",
            pl.col("aliases").fill_null(""),
            pl.col("roles").fill_null(""),
        )
    )
    return [list(r) for r in table.iter_rows()]


# ---------------------------------------------------------------------------------------------
# The page


@functools.cache
def vega_bundle(cache_dir: Path | None = None) -> str:
    """Vega, Vega-Lite and vega-embed as one script (from vl-convert, no CDN). Bundling takes about
    a second; with `cache_dir` the script is kept there, per vl-convert and Vega-Lite version."""
    import vl_convert

    cached = None
    if cache_dir is not None:
        version = f"{vl_convert.__version__}-{vl_convert.get_vega_version()}-{VEGA_LITE_VERSION}"
        cached = cache_dir / f"vega-bundle-{version}.js"
        if cached.is_file():
            return cached.read_text(encoding="utf-8")
    bundle = vl_convert.javascript_bundle("window.vegaEmbed = vegaEmbed; window.vega = vega;", VEGA_LITE_VERSION)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(bundle, encoding="utf-8")
            os.replace(tmp, cached)
        finally:
            tmp.unlink(missing_ok=True)
    return bundle


def _script_json(value) -> str:
    """JSON that is safe inside a <script> element: no `<` at all (`\\u003c` is the same string)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "?"


def header_html(coverage: Coverage) -> str:
    if coverage.first_date:
        span = f"articles dated {_date(coverage.first_date)} to {_date(coverage.last_date)}"
        if coverage.undated_articles:
            span += f" ({coverage.undated_articles:,} undated)"
    else:
        span = "no dated articles"
    built = coverage.built_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        '<header><h1>News warehouse report</h1><p class="coverage">'
        f'<span id="cov-files">{_count(coverage.files, "file")}</span> · '
        f'<span id="cov-articles">{_count(coverage.articles, "article")}</span> · '
        f'<span id="cov-dates">{html.escape(span)}</span> · '
        f'<span id="cov-built">built {built}</span></p></header>'
    )


def build_sections(data: ReportData) -> list[Section]:
    countries = country_mentions(data.entities)
    sections = []
    chart = meetings_chart(data.meetings)
    sections.append(
        Section(
            "meetings",
            "Meetings timeline",
            f"Who met whom, by month: {_count(data.meetings.height, 'meeting')}, one circle each (hover for the "
            "sentence and the article). Meetings whose text gives no date are in the last column."
            if data.meetings.height
            else "Who met whom, by month.",
            chart,
            "No meetings yet: no sentence of the corpus says who met whom.",
        )
    )
    chart = network_chart(data.comentions, countries)
    sections.append(
        Section(
            "network",
            "Country co-mentions",
            f"Countries named in the same articles: {_count(data.comentions.height, 'pair')}. A circle's size is "
            "the country's mentions, a line's width the articles the pair shares.",
            chart,
            "No two countries are named in the same article yet.",
        )
    )
    chart = entities_over_time_chart(data.monthly)
    sections.append(
        Section(
            "entities-time",
            "Entities over time",
            f"The {TOP_ENTITIES_ALL} most mentioned entities (or the top {TOP_ENTITIES_PER_TYPE} of one type) by "
            "month of their articles.",
            chart,
            "No entities yet.",
        )
    )
    chart = outlets_chart(data.outlets)
    sections.append(
        Section(
            "outlets",
            "Outlets",
            "Articles each outlet is credited with, by relation (first published by, carried by, translated "
            "from, written for).",
            chart,
            "No article names an outlet yet.",
        )
    )
    if data.stories is not None:
        chart = stories_chart(data.stories)
        sections.append(
            Section(
                "stories",
                "Stories with the most copies",
                "The stories the corpus repeats most often.",
                chart,
                "No story has copies yet.",
            )
        )
    chart, missing = map_chart(countries)
    body = ""
    if missing:
        body = '<p class="note">Mentioned but too small for this map: ' + html.escape(", ".join(missing)) + ".</p>"
    sections.append(
        Section(
            "map",
            "Map",
            f"Countries mentioned ({countries.height:,}), coloured by mentions (log scale).",
            chart,
            "No country is mentioned yet.",
            body,
        )
    )
    listed = entity_rows(data.entities, data.aliases, data.roles)
    sections.append(
        Section(
            "entities",
            "Entities",
            f"{_count(len(listed), 'entity', 'entities')} with their aliases and, for people, the "
            "roles the text gives them. Type to search names, aliases, roles and types.",
            None,
            None if listed else "No entities yet.",
            _ENTITY_TABLE.replace("__ROWS__", _script_json(listed)) if listed else "",
        )
    )
    return sections


_ENTITY_TABLE = """
<input id="entity-search" type="search" placeholder="Search entities, aliases, roles…" aria-label="search entities">
<p id="entity-count" class="note"></p>
<table id="entity-table"><thead><tr><th>entity</th><th>type</th><th>ISO3</th><th>mentions</th><th>articles</th>
<th>aliases</th><th>roles</th></tr></thead><tbody></tbody></table>
<script>
(function () {
  const rows = __ROWS__;
  const LIMIT = 200;
  const fold = (s) => s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
  const keys = rows.map((r) => fold([r[0], r[1], r[2], r[5], r[6]].join(" ")));
  const body = document.querySelector("#entity-table tbody");
  const count = document.getElementById("entity-count");
  function show(query) {
    const q = fold(query.trim());
    const hits = [];
    for (let i = 0; i < rows.length; i++) if (!q || keys[i].includes(q)) hits.push(i);
    const frag = document.createDocumentFragment();
    for (const i of hits.slice(0, LIMIT)) {
      const tr = document.createElement("tr");
      for (const v of rows[i]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.appendChild(td);
      }
      frag.appendChild(tr);
    }
    body.replaceChildren(frag);
    count.textContent = hits.length > LIMIT
      ? `showing the first ${LIMIT} of ${hits.length.toLocaleString()} matching entities`
      : `${hits.length.toLocaleString()} matching entities`;
  }
  document.getElementById("entity-search").addEventListener("input", (e) => show(e.target.value));
  show("");
})();
</script>
"""

_STYLE = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; margin: 0 auto;
       max-width: 1100px; padding: 0 24px 48px; }
header { border-bottom: 1px solid #ddd; margin-bottom: 8px; }
h1 { font-size: 24px; margin: 20px 0 4px; } h2 { font-size: 18px; margin: 28px 0 4px; }
.coverage { color: #555; margin: 0 0 12px; }
nav a { margin-right: 14px; color: #2457a6; text-decoration: none; }
.intro, .note { color: #555; margin: 2px 0 10px; }
.empty { padding: 18px; background: #f6f6f6; border: 1px dashed #ccc; color: #666; border-radius: 4px; }
.chart { overflow-x: auto; }
#chart-meetings { max-height: 720px; overflow-y: auto; }
#entity-search { width: 360px; padding: 6px 8px; font-size: 14px; }
#entity-table { border-collapse: collapse; width: 100%; font-size: 13px; }
#entity-table th, #entity-table td { text-align: left; padding: 3px 6px; border-bottom: 1px solid #eee;
                                     vertical-align: top; }
#entity-table td:nth-child(4), #entity-table td:nth-child(5) { text-align: right; }
#vg-tooltip-element { max-width: 460px; } #vg-tooltip-element td.value { white-space: normal; }
"""

_EMBED = """
(function () {
  const specs = __SPECS__;
  const jobs = Object.entries(specs).map(([id, spec]) =>
    vegaEmbed("#chart-" + id, spec, { renderer: "svg", actions: false }).then((result) => {
      document.getElementById("chart-" + id).dataset.rendered = "true";
      return result;
    })
  );
  window.reportReady = Promise.all(jobs).then(() => { document.body.dataset.rendered = "true"; });
})();
"""


def render_html(sections: list[Section], coverage: Coverage, bundle: str) -> str:
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>News warehouse report</title>",
        f"<style>{_STYLE}</style></head><body>",
        header_html(coverage),
        "<nav>" + "".join(f'<a href="#{s.id}">{html.escape(s.title)}</a>' for s in sections) + "</nav>",
    ]
    for s in sections:
        parts.append(f'<section id="{s.id}"><h2>{html.escape(s.title)}</h2><p class="intro">{html.escape(s.intro)}</p>')
        if s.chart is not None:
            parts.append(f'<div class="chart" id="chart-{s.id}"></div>')
        elif s.empty:
            parts.append(f'<p class="empty" id="empty-{s.id}">{html.escape(s.empty)}</p>')
        parts.append(s.body)
        parts.append("</section>")
    specs = {s.id: s.chart for s in sections if s.chart is not None}
    parts.append(f"<script>{bundle}</script>")
    parts.append(f"<script>{_EMBED.replace('__SPECS__', _script_json(specs))}</script>")
    parts.append("</body></html>")
    return "\n".join(parts)


def build_report(data: ReportData, bundle: str | None = None) -> Report:
    """The whole page as one string: header, sections, the charting libraries and the specs inline
    (`bundle`: the script of `vega_bundle()`, made here when not given)."""
    sections = build_sections(data)
    page = render_html(sections, data.coverage, vega_bundle() if bundle is None else bundle)
    return Report(page, sections)


# ---------------------------------------------------------------------------------------------
# Static previews


PREVIEW_SECTIONS = ("network", "map", "meetings", "entities-time", "outlets")


def preview_png(spec: dict, scale: float = 1.0) -> bytes:
    """A chart as PNG, rendered without a browser (vl-convert)."""
    import vl_convert

    return vl_convert.vegalite_to_png(spec, scale=scale, vl_version=VEGA_LITE_VERSION)


def preview_markdown(report: Report, charts: int = 2, scale: float = 0.6) -> str:
    """Markdown with the first `charts` drawable charts as inline PNG images (Dagster's UI renders it)."""
    lines = []
    for section_id in PREVIEW_SECTIONS:
        spec = report.spec(section_id)
        if spec is None:
            continue
        title = next(s.title for s in report.sections if s.id == section_id)
        png = base64.b64encode(preview_png(spec, scale)).decode("ascii")
        lines.append(f"**{title}**\n\n![{title}](data:image/png;base64,{png})")
        if len(lines) == charts:
            break
    return "\n\n".join(lines) or "_nothing to draw yet_"
