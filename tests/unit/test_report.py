"""The report's pure core: chart specs and the page from polars frames, the empty cases included."""

import base64
import datetime as dt
import json

import polars as pl

from pipeline.lib import report as r
from pipeline.lib.store.schemas import MART_MODELS, polars_schema

BUNDLE = "/* the charting libraries */"
BUILT = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
ENTITY_SCHEMA = {
    "entity_id": pl.String,
    "canonical_name": pl.String,
    "type": pl.String,
    "iso3": pl.String,
    "n_mentions": pl.Int64,
    "n_articles": pl.Int64,
}
ALIAS_SCHEMA = {"entity_id": pl.String, "alias": pl.String, "n_mentions": pl.Int64}


def mart(name: str, rows: list[dict] | None = None) -> pl.DataFrame:
    schema = polars_schema(MART_MODELS[name])
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame([{c: row.get(c) for c in schema} for row in rows], schema=schema)


def meeting(i: int, a: str, b: str, date: dt.date | None, sentence: str = "They met.") -> dict:
    return {
        "meeting_id": f"m{i}",
        "meeting_date": date,
        "actor_a": a,
        "actor_a_type": "PERSON",
        "actor_a_role": "President" if i == 0 else None,
        "actor_b": b,
        "actor_b_type": "PERSON",
        "article_id": "a1",
        "article_title": "Leaders meet",
        "article_date": date,
        "sentence": sentence,
    }


def entities(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=ENTITY_SCHEMA, orient="row")


COUNTRIES = entities(
    [
        ("e1", "China", "COUNTRY", "CHN", 30, 5),
        ("e2", "Brazil", "COUNTRY", "BRA", 12, 4),
        ("e3", "Venezuela", "COUNTRY", "VEN", 6, 3),
        ("e4", "Barbados", "COUNTRY", "BRB", 1, 1),
        ("e5", "Xi Jinping", "PERSON", None, 9, 4),
        ("e6", "Xinhua", "ORG", None, 3, 2),
    ]
)
COMENTIONS = mart(
    "country_comentions",
    [
        {"country_a": "Brazil", "iso3_a": "BRA", "country_b": "China", "iso3_b": "CHN", "articles": 3},
        {"country_a": "China", "iso3_a": "CHN", "country_b": "Venezuela", "iso3_b": "VEN", "articles": 2},
        {"country_a": "Barbados", "iso3_a": "BRB", "country_b": "China", "iso3_b": "CHN", "articles": 1},
    ],
)


def data(**frames) -> r.ReportData:
    base = {
        "coverage": r.Coverage(1, 3, dt.date(2025, 5, 12), dt.date(2025, 7, 4), BUILT, undated_articles=1),
        "meetings": mart("meetings_timeline"),
        "comentions": mart("country_comentions"),
        "monthly": mart("entity_mentions_monthly"),
        "outlets": mart("outlet_attribution"),
        "roles": mart("person_roles"),
        "entities": pl.DataFrame(schema=ENTITY_SCHEMA),
        "aliases": pl.DataFrame(schema=ALIAS_SCHEMA),
    }
    return r.ReportData(**(base | frames))


def test_months_are_ordinal_labels_with_undated_last():
    df = pl.DataFrame({"d": [dt.date(2025, 7, 4), None, dt.date(2025, 5, 12)]})
    labels = df.select(r.month_label("d"))["d"].to_list()
    assert labels == ["2025-07", "undated", "2025-05"]
    assert r.month_order(labels) == ["2025-05", "2025-07", "undated"]


def test_every_meeting_is_one_mark_dated_or_not_with_the_sentence_on_hover():
    meetings = mart(
        "meetings_timeline",
        [
            meeting(0, "Xi Jinping", "Lula", dt.date(2025, 5, 13), "Xi met Lula </script> in Beijing."),
            meeting(1, "Xi Jinping", "Lula", dt.date(2025, 5, 20)),
            meeting(2, "Wang Yi", "Celso Amorim", None),
        ],
    )
    spec = r.meetings_chart(meetings)
    rows = spec["datasets"]["meetings"]
    assert len(rows) == meetings.height
    assert spec["name"] == "meetings" and spec["mark"]["type"] == "circle"
    assert [row["month"] for row in rows] == ["2025-05", "2025-05", "undated"]
    assert rows[0]["side_a"] == "Xi Jinping (President)" and rows[2]["date"] == "no date in the text"
    assert spec["encoding"]["x"]["sort"] == ["2025-05", "undated"]
    assert spec["encoding"]["y"]["sort"] == ["Xi Jinping — Lula", "Wang Yi — Celso Amorim"]
    tooltip = {t["field"] for t in spec["encoding"]["tooltip"]}
    assert {"sentence", "article"} <= tooltip
    assert r.meetings_chart(mart("meetings_timeline")) is None


def test_the_network_has_an_edge_per_pair_and_a_node_per_country_sized_by_mentions():
    spec = r.network_chart(COMENTIONS, r.country_mentions(COUNTRIES))
    edges, nodes = spec["datasets"]["network_edges"], spec["datasets"]["network_nodes"]
    assert len(edges) == COMENTIONS.height
    assert {n["iso3"]: n["mentions"] for n in nodes} == {"CHN": 30, "BRA": 12, "VEN": 6, "BRB": 1}
    position = {n["iso3"]: (n["x"], n["y"]) for n in nodes}
    assert (edges[0]["x"], edges[0]["y"]) == position["BRA"] and (edges[0]["x2"], edges[0]["y2"]) == position["CHN"]
    assert len(set(position.values())) == 4
    assert [layer["name"] for layer in spec["layer"]] == ["network_edges", "network_nodes", "network_labels"]
    assert r.network_chart(mart("country_comentions"), r.country_mentions(COUNTRIES)) is None


def test_the_layout_is_the_same_on_every_run():
    edges = [("BRA", "CHN", 3), ("CHN", "VEN", 2)]
    assert r.network_layout(["BRA", "CHN", "VEN"], edges) == r.network_layout(["BRA", "CHN", "VEN"], edges)


def test_entities_over_time_offer_a_menu_of_the_types_present():
    monthly = mart(
        "entity_mentions_monthly",
        [
            {"entity_id": "e1", "canonical_name": "China", "type": "COUNTRY", "month": dt.date(2025, 5, 1),
             "mentions": 7, "articles": 2},
            {"entity_id": "e1", "canonical_name": "China", "type": "COUNTRY", "month": None, "mentions": 2,
             "articles": 1},
            {"entity_id": "e5", "canonical_name": "Xi Jinping", "type": "PERSON", "month": dt.date(2025, 7, 1),
             "mentions": 4, "articles": 2},
        ],
    )  # fmt: skip
    spec = r.entities_over_time_chart(monthly)
    rows = spec["datasets"]["entities_time"]
    assert {row["group"] for row in rows} == {"all types", "COUNTRY", "PERSON"}
    assert len([row for row in rows if row["group"] == "all types"]) == 3
    assert spec["params"][0]["bind"]["options"] == ["all types", "PERSON", "COUNTRY"]
    assert {row["month"] for row in rows} == {"2025-05", "2025-07", "undated"}
    assert r.entities_over_time_chart(mart("entity_mentions_monthly")) is None


def test_outlets_stack_their_relations_and_stories_need_a_table():
    outlets = mart(
        "outlet_attribution",
        [
            {"outlet": "Xinhua", "relation": "first published by", "articles": 2},
            {"outlet": "Xinhua", "relation": "carried by", "articles": 1},
            {"outlet": "Telesur", "relation": "translated from", "articles": 1},
        ],
    )
    spec = r.outlets_chart(outlets)
    assert len(spec["datasets"]["outlets"]) == 3 and spec["encoding"]["y"]["sort"] == ["Xinhua", "Telesur"]
    assert r.outlets_chart(mart("outlet_attribution")) is None
    assert r.stories_chart(None) is None
    assert r.stories_chart(pl.DataFrame({"title": [], "copies": []})) is None
    assert r.stories_chart(pl.DataFrame({"nothing": ["x"]})) is None
    stories = pl.DataFrame({"story_id": ["s1", "s2"], "title": ["Summit", "Floods"], "n_copies": [2, 5]})
    assert [row["story"] for row in r.stories_chart(stories)["datasets"]["stories"]] == ["Floods", "Summit"]


def test_world_outlines_come_offline_keyed_by_iso3_wound_for_vega():
    features = r.world_features()
    ids = {f["id"] for f in features}
    assert len(features) > 150 and {"CHN", "BRA", "VEN", "USA", "FRA"} <= ids and "ATA" not in ids
    assert all(len(i) == 3 and i.isupper() for i in ids)
    brazil = next(f for f in features if f["id"] == "BRA")["geometry"]
    ring = brazil["coordinates"][0] if brazil["type"] == "Polygon" else brazil["coordinates"][0][0]
    area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))
    assert area < 0  # clockwise: d3-geo's outer ring


def test_the_map_colours_the_mentioned_countries_and_names_those_it_cannot_draw():
    spec, missing = r.map_chart(r.country_mentions(COUNTRIES))
    features = spec["datasets"]["countries"]
    mentioned = {f["id"]: f["properties"]["mentions"] for f in features if f["properties"]["mentions"]}
    assert mentioned == {"CHN": 30, "BRA": 12, "VEN": 6}
    assert missing == ["Barbados"]
    assert spec["projection"]["type"] == "equalEarth"
    assert r.map_chart(r.country_mentions(COUNTRIES.filter(pl.col("type") != "COUNTRY"))) == (None, [])


def test_entity_rows_carry_aliases_and_roles_most_mentioned_first():
    aliases = pl.DataFrame(
        [("e5", "Xi Jinping", 6), ("e5", "Xi", 3), ("e1", "China", 20), ("e1", "Chinese", 10)],
        schema=ALIAS_SCHEMA,
        orient="row",
    )
    roles = mart("person_roles", [{"entity_id": "e5", "person": "Xi Jinping", "role": "President", "mentions": 4,
                                   "articles": 2}])  # fmt: skip
    rows = r.entity_rows(COUNTRIES, aliases, roles)
    assert rows[0] == ["China", "COUNTRY", "CHN", 30, 5, "China · Chinese", ""]
    xi = next(row for row in rows if row[0] == "Xi Jinping")
    assert xi[5:] == ["Xi Jinping · Xi", "President"]
    assert r.entity_rows(pl.DataFrame(schema=ENTITY_SCHEMA), aliases, roles) == []


def test_an_empty_warehouse_gives_a_page_that_says_so_in_place_of_each_chart():
    built = r.build_report(data(coverage=r.Coverage(0, 0, None, None, BUILT)), bundle=BUNDLE)
    assert all(s.chart is None for s in built.sections)
    assert "No meetings yet" in built.html and "No country is mentioned yet" in built.html
    assert "0 files" in built.html and "no dated articles" in built.html and "built 2026-12-01 12:00 UTC" in built.html
    assert "stories" not in {s.id for s in built.sections}  # no stories table: no section


def test_a_single_article_without_meetings_still_draws_what_it_has():
    monthly = mart("entity_mentions_monthly", [{"entity_id": "e2", "canonical_name": "Brazil", "type": "COUNTRY",
                                                "month": None, "mentions": 1, "articles": 1}])  # fmt: skip
    one = entities([("e2", "Brazil", "COUNTRY", "BRA", 1, 1)])
    built = r.build_report(data(monthly=monthly, entities=one), bundle=BUNDLE)
    charts = {s.id for s in built.sections if s.chart is not None}
    assert charts == {"entities-time", "map"}
    assert "No meetings yet" in built.html and "No two countries are named in the same article yet" in built.html


def test_the_page_is_self_contained_and_its_data_cannot_close_the_script():
    meetings = mart("meetings_timeline", [meeting(0, "A", "B", None, "He wrote </script><script>alert(1)")])
    stories = pl.DataFrame({"title": ["Summit"], "copies": [3]})
    built = r.build_report(
        data(meetings=meetings, comentions=COMENTIONS, entities=COUNTRIES, stories=stories), bundle=BUNDLE
    )
    assert built.html.count("</script>") == built.html.count("<script>")  # the sentence is escaped
    assert "\\u003c/script>" in built.html
    assert "<script src" not in built.html and "<link" not in built.html
    assert {"meetings", "network", "stories", "map"} <= {s.id for s in built.sections if s.chart}
    specs = json.loads(built.html.split("const specs = ")[1].split(";\n")[0])
    assert specs["meetings"]["datasets"]["meetings"][0]["sentence"].startswith("He wrote </script>")


def test_the_charting_libraries_are_bundled_inline_and_cached(tmp_path):
    bundle = r.vega_bundle(tmp_path)
    assert "vegaEmbed" in bundle and len(bundle) > 500_000
    assert "</script" not in bundle
    cached = list(tmp_path.glob("vega-bundle-*.js"))
    assert len(cached) == 1 and cached[0].read_text(encoding="utf-8") == bundle


def test_the_preview_is_png_images_in_markdown():
    built = r.build_report(data(comentions=COMENTIONS, entities=COUNTRIES), bundle=BUNDLE)
    markdown = r.preview_markdown(built)
    images = [part.split(")")[0] for part in markdown.split("data:image/png;base64,")[1:]]
    assert len(images) == 2  # the network and the map
    assert all(base64.b64decode(image).startswith(b"\x89PNG") for image in images)
    empty = r.build_report(data(), bundle=BUNDLE)
    assert r.preview_markdown(empty) == "_nothing to draw yet_"


def test_pipeline_report_prints_the_path_and_opens_it_when_a_browser_is_there(tmp_path, monkeypatch, capsys):
    import webbrowser

    from pipeline.cli import main

    monkeypatch.setenv("PIPELINE_WAREHOUSE_DIR", str(tmp_path))
    assert main(["report"]) == 1
    assert "no report yet" in capsys.readouterr().err
    page = tmp_path / "report" / "index.html"
    page.parent.mkdir()
    page.write_text("<html></html>")
    opened = []

    class Browser:
        def open(self, url):
            opened.append(url)
            return True

    monkeypatch.setattr(webbrowser, "get", lambda: Browser())
    assert main(["report", "--open"]) == 0
    assert capsys.readouterr().out.strip() == str(page) and opened == [page.as_uri()]

    def no_browser():
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    assert main(["report", "--open"]) == 0
    assert "no browser found" in capsys.readouterr().err
