"""Dates, meetings and marts on the sample, through dg.materialize; marts read with duckdb and polars."""

import datetime as dt

import duckdb
import polars as pl
import pytest

from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    import dagster as dg

    from tests.assets.conftest import Workspace

    root = tmp_path_factory.mktemp("events")
    raw = root / "raw"
    raw.mkdir()
    (raw / SAMPLE.name).write_bytes(SAMPLE.read_bytes())
    (raw / f"{SAMPLE.name}.meta.json").write_text('{"reference_date": "2025-11-28"}')
    with pytest.MonkeyPatch.context() as mp, dg.instance_for_test() as instance:
        mp.setenv("PIPELINE_RAW_DIR", str(raw))
        workspace = Workspace(raw, root / "warehouse", instance)
        per_file = workspace.materialize(SAMPLE.name)
        assert per_file.success
        result = workspace.resolve()
        assert result.success
        checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
        workspace.metadata = {
            e.asset_key.to_user_string(): e.materialization.metadata
            for run in (per_file, result)
            for e in run.get_asset_materialization_events()
        }
        yield workspace, checks


def test_meeting_parses_are_made_per_file_and_only_read_by_the_corpus_step(sample_run):
    workspace, _ = sample_run
    made = workspace.metadata["ner_mentions"]["cue_paragraphs_parsed"].value
    assert made > 20
    assert workspace.query("SELECT count(*) FROM parse_cache") == [(made,)]
    meetings = workspace.metadata["meetings"]
    assert meetings["paragraphs_parsed"].value == 0
    assert meetings["parses_from_cache"].value >= made


def test_every_check_passes(sample_run):
    _, checks = sample_run
    assert {"no_self_meetings", "timeline_covers_every_meeting", "comentions_are_bounded"} <= set(checks)
    assert {"event_sides_exist", "meetings_are_meet_events", "quotations_lie_in_their_paragraph"} <= set(checks)
    assert all(checks.values()), checks


def test_dates_get_the_right_year(sample_run):
    workspace, _ = sample_run
    rows = workspace.query(
        "SELECT text, date_start, year_source FROM date_mentions WHERE text IN ('November 26', 'Two days previously')",
        db=workspace.published,
    )
    assert ("November 26", dt.date(2025, 11, 26), "reference") in rows
    assert ("Two days previously", dt.date(2025, 10, 13), "context") in rows
    # Three articles give no day at all (only "early September", or years): they stay undated.
    undated = workspace.query(
        "SELECT a.position, d.article_date_source FROM article_dates d JOIN articles a USING (article_id) "
        "WHERE d.article_date IS NULL ORDER BY 1",
        db=workspace.published,
    )
    assert undated == [(2, "none"), (7, "none"), (14, "none")]
    dated = dict(
        workspace.query(
            "SELECT a.position, d.article_date FROM article_dates d JOIN articles a USING (article_id)",
            db=workspace.published,
        )
    )
    # No article dateline: the earliest event date counts ("Earlier, on July 5" before "July 9").
    assert dated[1] == dt.date(2025, 11, 26) and dated[13] == dt.date(2025, 7, 5)


def test_meetings_of_the_sample(sample_run):
    workspace, _ = sample_run
    rows = set(
        workspace.query(
            "SELECT actor_a, actor_b, meeting_date, place FROM mart_meetings_timeline", db=workspace.published
        )
    )
    assert ("Liu Haixing", "Remigio Ceballos", dt.date(2025, 11, 26), "Beijing") in rows
    assert ("Ma Hui", "Gerardo Torres", dt.date(2025, 7, 27), "Beijing") in rows
    assert ("Xi Jinping", "Gabriel Boric", dt.date(2025, 5, 14), None) in rows
    assert ("Li Qiang", "Luiz Inácio Lula da Silva", dt.date(2025, 7, 5), "Rio de Janeiro") in rows
    assert all(a != b for a, b, *_ in rows)


def test_marts_are_readable_by_duckdb_and_polars_and_match_their_tables(sample_run):
    workspace, _ = sample_run
    marts = workspace.warehouse / "marts"
    assert marts.is_symlink()
    names = [
        "entity_mentions_monthly", "country_comentions", "meetings_timeline", "outlet_attribution", "person_roles",
        "events_timeline", "statements",
    ]  # fmt: skip
    con = duckdb.connect(str(workspace.published), read_only=True)
    try:
        for name in names:
            frame = pl.read_parquet(marts / f"{name}.parquet")
            from_parquet = con.execute(f"SELECT count(*) FROM read_parquet('{marts / name}.parquet')").fetchone()[0]
            from_table = con.execute(f"SELECT count(*) FROM mart_{name}").fetchone()[0]
            assert frame.height == from_parquet == from_table > 0, name
    finally:
        con.close()

    comentions = pl.read_parquet(marts / "country_comentions.parquet")
    chn_ven = comentions.filter((pl.col("iso3_a") == "CHN") & (pl.col("iso3_b") == "VEN"))
    assert chn_ven["articles"].item() >= 7
    outlets = pl.read_parquet(marts / "outlet_attribution.parquet")
    idcpc = outlets.filter((pl.col("outlet") == "IDCPC") & (pl.col("relation") == "first published by"))
    assert idcpc["articles"].item() == 3
    roles = pl.read_parquet(marts / "person_roles.parquet")
    assert (
        roles.filter(
            (pl.col("person") == "Ma Hui") & pl.col("role").str.contains("International Department of the CPC")
        ).height
        >= 1
    )
    monthly = pl.read_parquet(marts / "entity_mentions_monthly.parquet")
    xi = monthly.filter(pl.col("canonical_name") == "Xi Jinping")
    assert (
        xi["mentions"].sum()
        == workspace.query(
            "SELECT n_mentions FROM entities WHERE canonical_name = 'Xi Jinping'", db=workspace.published
        )[0][0]
    )


def test_quotations_of_the_sample(sample_run):
    workspace, _ = sample_run
    rows = workspace.query(
        "SELECT a.position, q.paragraph_no, q.kind, e.canonical_name, q.cue, q.part, q.quote FROM quotations q "
        "JOIN articles a USING (article_id) LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id",
        db=workspace.published,
    )
    by_place = {(a, p, quote[:30]): (kind, speaker, cue, part) for a, p, kind, speaker, cue, part, quote in rows}
    # Same sentence, introducer with a colon, a quote over three paragraphs, indirect speech.
    # (his canonical name is the one the sample writes in full once, as the entity gold has it)
    assert by_place[(6, 2, "From Caracas, we gift the Chin")] == ("direct", "Nicolás Maduro Moros", "stated", 1)
    assert by_place[(19, 5, "This is especially evident in ")][1:] == ("Luiz Inácio Lula da Silva", "added", 3)
    assert by_place[(3, 3, "the CPC is willing to strength")][:2] == ("indirect", "Ma Hui")
    # The scare quote of article 8 ("political party +") is no quotation.
    assert not [r for r in rows if "political party" in r[6] and r[2] == "direct"]
    # Maduro's statements, by month, in the mart.
    statements = workspace.query(
        "SELECT month, quotations, direct, sample_quote FROM mart_statements WHERE speaker = 'Nicolás Maduro Moros'",
        db=workspace.published,
    )
    assert sum(n for _, n, _, _ in statements) >= 10 and all(d >= 1 for _, _, d, _ in statements)


def test_events_of_the_sample(sample_run):
    workspace, _ = sample_run
    rows = set(
        workspace.query(
            "SELECT event_type, cameo_code, actor_a, actor_b FROM mart_events_timeline", db=workspace.published
        )
    )
    assert ("VISIT", "042", "Luiz Inácio Lula da Silva", "China") in rows
    assert ("CRITICIZE", "111", "China", "United States") in rows
    assert ("SUPPORT", "053", "China", "Venezuela") in rows
    assert any(t == "SIGN" for t, *_ in rows)
    # meetings stays, as the MEET rows of events whose two sides are named.
    (meet,) = workspace.query(
        "SELECT count(*) FROM events WHERE event_type = 'MEET' AND actor_a_entity_id IS NOT NULL "
        "AND actor_b_entity_id IS NOT NULL",
        db=workspace.published,
    )[0]
    assert meet == workspace.count("meetings") > 20


UNION_TALKS = """\
Blair meets union leaders

Prime Minister Tony Blair held a private meeting with senior union figures in London on Monday.

Mr Blair also met Gordon Brown on Tuesday to discuss the budget.
"""


def test_a_meeting_with_people_named_only_by_kind_is_an_event_but_no_meeting(workspace):
    from tests.assets.test_entities import checks

    key = workspace.add("union-talks.txt", UNION_TALKS)
    assert workspace.materialize(key).success
    result = workspace.resolve()
    assert result.success and all(checks(result).values()), checks(result)
    rows = workspace.query(
        "SELECT a.canonical_name, b.canonical_name FROM events e "
        "LEFT JOIN entities a ON a.entity_id = e.actor_a_entity_id "
        "LEFT JOIN entities b ON b.entity_id = e.actor_b_entity_id WHERE e.event_type = 'MEET'"
    )
    assert sorted(rows, key=str) == sorted([("Tony Blair", None), ("Tony Blair", "Gordon Brown")], key=str)
    met = workspace.query(
        "SELECT a.canonical_name, b.canonical_name FROM meetings m "
        "JOIN entities a ON a.entity_id = m.actor_a_entity_id JOIN entities b ON b.entity_id = m.actor_b_entity_id"
    )
    assert met == [("Tony Blair", "Gordon Brown")]
