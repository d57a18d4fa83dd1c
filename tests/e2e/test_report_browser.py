"""The HTML report opened from `file://` in headless Chromium with the network cut off: nothing
fails, nothing leaves the machine, every chart is drawn, and its marks are the marts' rows.

Needs Debian's `chromium` (installed by .ci/run). Locally the test skips, saying so, when it is
missing; under CI a missing browser is a failure, not a skip.
"""

import shutil

import duckdb

from tests.conftest import PROJECT_ROOT, SAMPLE
from tests.e2e.report_page import open_report, require_chromium

ARTIFACTS = PROJECT_ROOT / "test-artifacts"

require_chromium()


def _query(db, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _count(db, table: str) -> int:
    return _query(db, f"SELECT count(*) FROM {table}")[0][0]


def test_the_sample_report_draws_every_chart_offline_with_the_marts_rows(project):
    shutil.copy(SAMPLE, project.raw / SAMPLE.name)
    shutil.copy(SAMPLE.with_name(SAMPLE.name + ".meta.json"), project.raw)
    run = project.run("run")
    assert run.returncode == 0, run.stdout + run.stderr
    shown = project.run("report")
    assert shown.returncode == 0, shown.stderr
    page = project.warehouse / "report" / "index.html"
    assert shown.stdout.strip() == str(page)
    assert (project.warehouse / "report").is_symlink()

    rendered = open_report(page, screenshot=ARTIFACTS / "report-sample.png", search="inacio")

    assert rendered.console_errors == []
    assert rendered.outside_requests == []
    assert set(rendered.charts) == {"meetings", "network", "entities-time", "outlets", "map"}
    # The sample has no story copied in two articles (see README, Stories).
    assert rendered.empty == {"stories": "No story has copies yet."}
    meetings = _count(project.published, "mart_meetings_timeline")
    pairs = _count(project.published, "mart_country_comentions")
    assert meetings == 32 and pairs > 100  # the sample's, so the comparison below means something
    assert rendered.marks["meetings"] == meetings
    [first] = _query(
        project.published,
        "SELECT sentence, article_title FROM mart_meetings_timeline "
        "ORDER BY meeting_date NULLS LAST, actor_a, actor_b LIMIT 1",
    )
    assert first[0][:40] in rendered.meeting_tooltip and first[1][:40] in rendered.meeting_tooltip
    assert rendered.marks["network_edges"] == pairs
    countries = len({iso3 for row in _query(project.published, "SELECT iso3_a, iso3_b FROM mart_country_comentions")
                     for iso3 in row})  # fmt: skip
    assert rendered.marks["network_nodes"] == countries
    assert rendered.marks["outlets"] == _count(project.published, "mart_outlet_attribution")
    assert rendered.marks["map_countries"] > 30 and rendered.marks["map_land"] > 150
    assert rendered.marks["entities_time"] > 0
    assert rendered.entity_rows == 200  # the first 200 of the sample's 267 entities
    assert any(row.startswith("Luiz Inácio Lula da Silva") for row in rendered.found)  # accents folded
    assert "1 file ·" in rendered.header and "20 articles" in rendered.header
    assert "2025-05-12 to 2025-11-26" in rendered.header
    assert rendered.seconds < 5
    assert (ARTIFACTS / "report-sample.png").stat().st_size > 50_000


def test_a_corpus_without_meetings_says_so_instead_of_a_broken_chart(project):
    (project.raw / "one.txt").write_text("A short story\n\nThe weather in Lisbon was mild on Tuesday.\n")
    run = project.run("run")
    assert run.returncode == 0, run.stdout + run.stderr
    assert _count(project.published, "mart_meetings_timeline") == 0

    rendered = open_report(project.warehouse / "report" / "index.html", screenshot=ARTIFACTS / "report-empty.png")

    assert rendered.console_errors == []
    assert rendered.outside_requests == []
    assert rendered.empty["meetings"].startswith("No meetings yet")
    assert "network" in rendered.empty and "outlets" in rendered.empty
    assert rendered.marks["meetings"] == 0
    assert "1 file ·" in rendered.header and "1 article ·" in rendered.header
