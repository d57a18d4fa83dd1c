"""Stories through Dagster on a real DuckDB warehouse: the sample, a wire copy of its Xinhua item
(earlier) and a page republishing it (later), then a rerun and a file added later.

The fixture files are cut from the committed sample by the pipeline's own splitter."""

import datetime as dt
import json

import pytest

from pipeline.lib.text.articles import parse_document
from tests.conftest import SAMPLE


def _xinhua_item() -> list[str]:
    sample = parse_document(SAMPLE.read_text())
    for article in sample.articles:
        for s in article.sections:
            if s.dateline and s.dateline.agency == "Xinhua":
                return [s.title, *(p.text for p in article.paragraphs if p.section_no == s.section_no)]
    raise AssertionError("the sample has a Xinhua item")


def _add(workspace, name: str, lines: list[str], reference_date: str) -> str:
    (workspace.raw / f"{name}.meta.json").write_text(json.dumps({"reference_date": reference_date}))
    return workspace.add(name, "\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def stories_run(tmp_path_factory):
    import dagster as dg

    from tests.assets.conftest import Workspace

    root = tmp_path_factory.mktemp("stories")
    raw = root / "raw"
    raw.mkdir()
    with pytest.MonkeyPatch.context() as mp, dg.instance_for_test() as instance:
        mp.setenv("PIPELINE_RAW_DIR", str(raw))
        workspace = Workspace(raw, root / "warehouse", instance)
        item = _xinhua_item()
        keys = [
            _add(workspace, SAMPLE.name, SAMPLE.read_text().splitlines(), "2025-11-28"),
            _add(workspace, "wire.txt", item, "2025-11-01"),
            _add(
                workspace,
                "partner-page.txt",
                ["Partner stories", "Our partners reported the following this week.", "", *item,
                 "Copyright 2025 Partner Daily. All rights reserved."],
                "2025-12-03",
            ),
        ]  # fmt: skip
        for key in keys:
            assert workspace.materialize(key).success
        result = workspace.resolve()
        assert result.success
        yield workspace, result, item


def _story_of_item(workspace) -> list[tuple]:
    return workspace.query(
        "SELECT c.article_id, c.section_no, c.doc_id, c.outlet, c.seen_date, c.is_original, s.story_id, s.n_copies "
        "FROM story_copies c JOIN stories s USING (story_id) "
        "WHERE s.story_id = (SELECT story_id FROM articles WHERE doc_id = 'wire.txt') "
        "ORDER BY NOT c.is_original, c.doc_id"
    )


def test_the_xinhua_item_in_three_files_is_one_story_with_the_wire_as_original(stories_run):
    workspace, _, _ = stories_run
    rows = _story_of_item(workspace)
    # All three are dated July 5 (the item's dateline); the wire's document is the earliest.
    assert {r[4] for r in rows} == {dt.date(2025, 7, 5)}
    assert [(r[2], r[5]) for r in rows] == [
        ("wire.txt", True),
        (SAMPLE.name, False),
        ("partner-page.txt", False),
    ]
    assert rows[1][1] >= 1  # the sample carries it as an embedded section
    assert {r[3] for r in rows} == {"Xinhua"}
    assert rows[0][7] == 3
    # Every other article of the sample is a story of its own.
    n_articles = workspace.count("articles")
    assert workspace.query("SELECT count(*) FROM stories")[0][0] == n_articles - 1
    assert workspace.query("SELECT count(*) FROM articles WHERE story_id IS NULL") == [(0,)]


def test_every_check_passes(stories_run):
    _, result, _ = stories_run
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert {"every_article_has_a_story", "story_copy_counts_match", "stories_have_one_original",
            "republication_covers_copies", "stories_not_more_than_mentions"} <= set(checks)  # fmt: skip
    assert all(checks.values()), checks


def test_marts_count_stories_and_republications(stories_run):
    workspace, _, _ = stories_run
    republished = workspace.query(
        "SELECT r.original_outlet, a.doc_id, r.outlet, r.first_seen, r.delay_days FROM mart_republication r "
        "JOIN articles a USING (article_id) ORDER BY a.doc_id"
    )
    assert republished == [
        ("Xinhua", SAMPLE.name, "Xinhua", dt.date(2025, 7, 5), 0),
        ("Xinhua", "partner-page.txt", "Xinhua", dt.date(2025, 7, 5), 0),
    ]
    # Li Qiang is named in the three copies: three articles, one story.
    li = workspace.query(
        "SELECT sum(articles), sum(stories) FROM mart_entity_mentions_monthly WHERE canonical_name = 'Li Qiang'"
    )
    assert li[0][0] >= 3 and li[0][1] < li[0][0]
    assert (workspace.warehouse / "marts" / "republication.parquet").exists()


def test_a_rerun_keeps_ids_and_signs_nothing_and_a_later_file_joins_the_story(stories_run):
    workspace, _, item = stories_run
    before = dict(workspace.query("SELECT article_id, story_id FROM articles"))
    rerun = workspace.resolve()
    assert rerun.success
    meta = {e.asset_key.to_user_string(): e.materialization.metadata for e in rerun.get_asset_materialization_events()}
    assert meta["stories"]["texts_sketched"].value == 0
    assert dict(workspace.query("SELECT article_id, story_id FROM articles")) == before

    key = _add(workspace, "late-copy.txt", [f"{item[0]} - report", *item[1:]], "2025-12-10")
    assert workspace.materialize(key).success
    assert workspace.resolve().success
    after = dict(workspace.query("SELECT article_id, story_id FROM articles"))
    assert {a: after[a] for a in before} == before
    wire_story = workspace.query("SELECT story_id FROM articles WHERE doc_id = 'wire.txt'")[0][0]
    assert workspace.query("SELECT story_id FROM articles WHERE doc_id = 'late-copy.txt'") == [(wire_story,)]
    assert workspace.query("SELECT n_copies FROM stories WHERE story_id = ?", [wire_story]) == [(4,)]


def test_export_records_from_two_outlets_are_one_story_with_the_earlier_as_original(workspace):
    text = (
        "The central bank of Chile raised its benchmark interest rate by half a point on Tuesday, citing "
        "inflation that has stayed above its target for eleven months and a weaker peso. Analysts had expected "
        "a smaller move. The bank said further increases were possible if prices kept rising in the coming months."
    )
    records = [
        {"title": "Chile raises rates", "text": text, "date": "2025-03-04", "source": "Wire Agency", "url": "https://w/1"},
        {"title": "Chile's central bank raises rates again", "text": text + " Markets fell.", "date": "2025-03-06",
         "source": "Daily Paper", "url": "https://d/9"},
    ]  # fmt: skip
    key = workspace.add("feed.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    assert workspace.materialize(key).success
    assert workspace.resolve().success
    (story,) = workspace.query("SELECT n_copies, outlets, first_seen FROM stories")
    assert story[0] == 2 and story[1] == "Daily Paper; Wire Agency"
    assert story[2] == dt.date(2025, 3, 4)
    originals = workspace.query("SELECT outlet FROM story_copies WHERE is_original")
    assert originals == [("Wire Agency",)]
