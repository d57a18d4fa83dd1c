"""The ingest assets through dg.materialize, on a temporary raw folder, warehouse and instance."""

import dagster as dg
import duckdb
import pytest

from pipeline.definitions import ASSETS, CHECKS
from pipeline.defs.jobs import WHOLE_CORPUS
from pipeline.defs.resources import project_resources
from tests.conftest import BBC, SAMPLE

TABLES = (
    "documents", "articles", "paragraphs", "sections", "attributions", "ner_mentions", "date_mentions",
    "article_dates", "quarantine",
)  # fmt: skip


def check_results(result: dg.ExecuteInProcessResult) -> dict[str, bool]:
    return {e.check_name: e.passed for e in result.get_asset_check_evaluations()}


def test_sample_lands_in_every_table(workspace):
    key = workspace.add("latin-america-listing.txt", SAMPLE.read_bytes())
    (workspace.raw / "latin-america-listing.txt.meta.json").write_text('{"reference_date": "2025-11-28"}')
    result = workspace.materialize(key)
    assert result.success
    checks = check_results(result)
    assert len(checks) == 10 and all(checks.values()), checks

    (doc,) = workspace.query(
        "SELECT file_name, status, encoding, reference_date::VARCHAR, reference_date_source, n_bytes FROM documents"
    )
    assert doc == ("latin-america-listing.txt", "ok", "utf-8", "2025-11-28", "sidecar", SAMPLE.stat().st_size)
    assert workspace.count("articles") == 20
    assert workspace.count("sections") == 9
    assert workspace.count("attributions") == 15
    assert workspace.count("quarantine") == 0
    titles = [t for (t,) in workspace.query("SELECT title FROM articles ORDER BY position")]
    assert titles[2] == "Ma Hui meets friends from Guyana and Mexico"
    assert workspace.query("SELECT count(*) FROM articles WHERE NOT has_continue_marker") == [(2,)]

    materialized = {str(e.asset_key.path[-1]) for e in result.get_asset_materialization_events()}
    assert materialized == {
        "raw_documents", "articles", "paragraphs", "sections", "attributions", "ner_mentions", "date_mentions",
        "article_dates",
    }  # fmt: skip
    meta = result.asset_materializations_for_node("split_articles")[0].metadata
    assert meta["dagster/row_count"].value == 20
    # Where each per-file step's time goes, for the throughput benchmark's stage table.
    for step, phases in {
        "split_articles": {"reads", "language identification", "validation", "writes"},
        "resolve_dates": {"reads", "validation", "writes"},
        "ner_mentions": {"reads", "validation", "writes"},
    }.items():
        reported = {k.removeprefix("seconds_") for k in result.asset_materializations_for_node(step)[0].metadata}
        assert phases <= reported, (step, reported)


def test_rerunning_a_partition_leaves_row_counts_unchanged(workspace):
    key = workspace.add("listing.txt", SAMPLE.read_bytes())
    workspace.materialize(key)
    before = {t: workspace.count(t) for t in TABLES}
    ids_before = workspace.query("SELECT article_id FROM articles ORDER BY article_id")
    assert workspace.materialize(key).success
    assert {t: workspace.count(t) for t in TABLES} == before
    assert workspace.query("SELECT article_id FROM articles ORDER BY article_id") == ids_before


def test_changed_file_replaces_its_rows(workspace):
    key = workspace.add("story.txt", "Old title\n\nOld body.\n")
    workspace.materialize(key)
    workspace.add("story.txt", "New title\n\nNew body.\n\nSecond paragraph.\n")
    workspace.materialize(key)
    assert workspace.query("SELECT title, n_paragraphs FROM articles") == [("New title", 2)]
    assert workspace.count("paragraphs") == 2


def test_hostile_files_are_recorded_and_the_others_still_land(workspace):
    files = {
        "empty.txt": b"",
        "binary.bin": bytes(range(256)) * 64,
        "one-line.txt": b"x" * 5_000_000,
        "mixed-endings.txt": b"Mixed title\r\n\r\nFirst.\rSecond.\nThird.\r\n",
        "nul-bytes.txt": b"Nul title\n\nBody with \x00 a NUL.\n",
        "latin1.txt": "Señor Muñoz\n\nA café in Bogotá.\n".encode("latin-1"),
        "good.txt": b"Good title\n\nGood body.\n",
    }
    keys = [workspace.add(name, data) for name, data in files.items()]
    for key in keys:
        assert workspace.materialize(key).success, key

    docs = {
        name: (status, reason)
        for name, status, reason in workspace.query("SELECT file_name, status, reason FROM documents")
    }
    assert docs["empty.txt"] == ("rejected", "empty file")
    assert docs["binary.bin"][0] == "rejected" and "binary content" in docs["binary.bin"][1]
    assert docs["one-line.txt"][0] == "rejected" and "line 1 is 5,000,000 characters" in docs["one-line.txt"][1]
    assert docs["mixed-endings.txt"][0] == "flagged" and "mixed line endings" in docs["mixed-endings.txt"][1]
    assert docs["nul-bytes.txt"] == ("flagged", "removed 1 NUL characters")
    assert docs["latin1.txt"][0] == "flagged" and "decoded as cp1252" in docs["latin1.txt"][1]
    assert docs["good.txt"] == ("ok", None)

    titles = dict(workspace.query("SELECT doc_id, title FROM articles"))
    assert titles == {
        "mixed-endings.txt": "Mixed title",
        "nul-bytes.txt": "Nul title",
        "latin1.txt": "Señor Muñoz",
        "good.txt": "Good title",
    }
    assert workspace.query("SELECT text FROM paragraphs WHERE doc_id = 'mixed-endings.txt' ORDER BY paragraph_no") == [
        ("First.",),
        ("Second.",),
        ("Third.",),
    ]


def test_invalid_article_goes_to_quarantine_with_its_rows(workspace):
    long_title = "Word " * 80  # 400 characters: over the 300-character title limit
    text = f"Fine title\n\nFine body.\n\nContinue reading Fine title\n\n{long_title}\n\nIts body.\n"
    key = workspace.add("mixed.txt", text)
    result = workspace.materialize(key)
    assert result.success
    assert workspace.query("SELECT title FROM articles") == [("Fine title",)]
    rows = workspace.query("SELECT table_name, reason FROM quarantine ORDER BY table_name")
    assert [r[0] for r in rows] == ["articles", "paragraphs"]
    assert "title: str_length" in rows[0][1]
    assert "quarantined" in rows[1][1]
    # The document produced articles, and what it did not is explained: the check passes.
    assert check_results(result)["documents_have_articles"]


def test_removed_file_has_its_rows_deleted(workspace):
    key = workspace.add("gone.txt", "Title\n\nBody.\n")
    workspace.materialize(key)
    assert workspace.count("articles", key) == 1
    (workspace.raw / "gone.txt").unlink()
    assert workspace.materialize(key).success
    assert all(workspace.count(t, key) == 0 for t in TABLES)


def test_corpus_run_refuses_a_mass_removal_unless_its_config_allows_it(workspace):
    keys = [workspace.add(f"f{i}.txt", f"Title {i}\n\nBody.\n") for i in range(3)]
    assert workspace.materialize_batch(keys).success
    assert workspace.resolve().success
    published = workspace.published.read_bytes()
    for key in keys:
        (workspace.raw / key).unlink()

    refused = workspace.resolve()
    assert not refused.success
    failure = next(e for e in refused.all_events if e.is_step_failure)
    assert "holds none of the 3 files" in failure.event_specific_data.error.message
    assert workspace.count("documents") == 3
    assert workspace.published.read_bytes() == published  # the publish step never ran

    confirmed = dg.materialize(
        [*ASSETS, *CHECKS],
        selection=WHOLE_CORPUS,
        instance=workspace.instance,
        resources=project_resources(workspace.resource),
        run_config={"ops": {"raw_folder_mirror": {"config": {"allow_removals": True}}}},
    )
    assert confirmed.success
    assert workspace.count("documents") == 0


def test_symlink_outside_raw_is_refused(workspace, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Secret\n\nDo not ingest.\n")
    (workspace.raw / "link.txt").symlink_to(outside)
    assert workspace.materialize("link.txt").success
    ((status, reason),) = workspace.query("SELECT status, reason FROM documents")
    assert status == "rejected" and "symlink pointing outside the raw folder" in reason
    assert workspace.count("articles") == 0


def test_zero_article_check_fails_when_rows_vanish_unexplained(workspace):
    key = workspace.add("story.txt", "Title\n\nBody.\n")
    workspace.materialize(key)
    con_sql = "DELETE FROM articles"
    import duckdb

    con = duckdb.connect(str(workspace.db))
    con.execute(con_sql)
    con.execute("DELETE FROM paragraphs")
    con.close()
    # Re-run only the check against the tampered warehouse: it must catch the silent loss.
    # The check shares its step with the other rules on the ingest tables; only it is selected.
    from pipeline.defs.checks import INGEST_CHECKS, documents_have_articles

    result = dg.materialize(
        INGEST_CHECKS,
        resources=project_resources(workspace.resource),
        instance=workspace.instance,
        raise_on_error=False,
        selection=dg.AssetSelection.checks(documents_have_articles.key),
    )
    (evaluation,) = result.get_asset_check_evaluations()
    assert evaluation.check_name == "documents_have_articles"
    assert not evaluation.passed


def test_a_failed_blocking_check_stops_the_steps_after_it(workspace):
    """article_ids_unique is blocking, and shares its check step with non-blocking rules: when it
    fails, the dates (which read `articles`) do not run on the suspect articles; NER reads only
    `paragraphs`, which passed, so it runs; the other rules still report."""
    import duckdb

    key = workspace.add("story.txt", "Title\n\nBody.\n")
    assert workspace.materialize(key).success
    # Another document claims the same article id (as a broken id scheme would).
    con = duckdb.connect(str(workspace.db))
    con.execute("INSERT INTO articles SELECT * REPLACE ('other-doc' AS doc_id) FROM articles")
    con.close()

    result = workspace.materialize(key)
    assert not result.success
    checks = check_results(result)
    assert checks["article_ids_unique"] is False
    assert checks["paragraphs_have_articles"] is True
    materialized = {e.asset_key.path[-1] for e in result.get_asset_materialization_events()}
    assert {"articles", "paragraphs", "ner_mentions"} <= materialized
    assert "date_mentions" not in materialized and "article_dates" not in materialized


@pytest.mark.skipif(not BBC.is_dir(), reason=f"BBC corpus not found at {BBC}")
def test_bbc_file_that_is_not_utf8_ingests_as_one_flagged_article(workspace):
    key = workspace.add("bbc-sport-199.txt", (BBC / "sport" / "199.txt").read_bytes())
    assert workspace.materialize(key).success
    assert workspace.query("SELECT status, encoding FROM documents") == [("flagged", "cp1252")]
    ((title, n_paragraphs),) = workspace.query("SELECT title, n_paragraphs FROM articles")
    assert title == "Chelsea sack Mutu"
    assert n_paragraphs == 2
    assert workspace.query("SELECT count(*) FROM paragraphs WHERE text LIKE ?", ["%a £15.8m signing%"]) == [(1,)]


def test_hostile_file_names_ingest_under_safe_keys_and_never_reach_sql_text(workspace):
    names = ["x'); DROP TABLE articles;--.txt", "año 2025 – «informe».txt", 'quote"s and spaces.txt']
    keys = [
        workspace.add(name, f"Title of {name}\n\nBody with 'quotes' and \"more\"; DROP TABLE x;\n") for name in names
    ]
    for key in keys:
        assert workspace.materialize(key).success, key
    files = dict(workspace.query("SELECT doc_id, file_name FROM documents"))
    assert sorted(files.values()) == sorted(names)
    assert all(key in files for key in keys)
    assert workspace.count("articles") == 3
    assert workspace.query("SELECT count(*) FROM paragraphs WHERE text LIKE '%DROP TABLE x;%'") == [(3,)]


def test_a_file_is_done_only_when_its_last_step_completed(workspace):
    import dagster as dg

    from pipeline.definitions import ASSETS, CHECKS
    from pipeline.runner import unchanged_files

    key = workspace.add("story.txt", "Title\n\nBody.\n")
    workspace.instance.add_dynamic_partitions("raw_files", [key])
    # A run that stopped after the first step (as if killed): the file is not done.
    dg.materialize(
        [*ASSETS, *CHECKS],
        selection=dg.AssetSelection.assets("raw_documents"),
        partition_key=key,
        instance=workspace.instance,
        resources=project_resources(workspace.resource),
    )
    assert unchanged_files([key], workspace.raw) == set()
    assert workspace.materialize(key).success
    assert unchanged_files([key], workspace.raw) == {key}
    workspace.add("story.txt", "Title\n\nChanged body.\n")
    assert unchanged_files([key], workspace.raw) == set()


def test_a_file_another_version_of_the_code_made_is_not_done(workspace):
    from pipeline.lib.store.code_version import code_version
    from pipeline.runner import unchanged_files

    key = workspace.add("story.txt", "Title\n\nPresident Lula met Xi Jinping in Beijing.\n")
    assert workspace.materialize(key).success
    assert workspace.query("SELECT doc_id, code_version FROM ingest_log") == [(key, code_version())]
    assert unchanged_files([key], workspace.raw) == {key}
    # As after an upgrade of the rules: same content, rows made by other code.
    con = duckdb.connect(str(workspace.db))
    con.execute("UPDATE ingest_log SET code_version = 'an-older-one'")
    con.close()
    assert unchanged_files([key], workspace.raw) == set()


def test_a_run_that_finds_the_working_file_damaged_heals_it_and_says_so(workspace, caplog):
    keys = [workspace.add(f"f{i}.txt", f"Title {i}\n\nPresident Lula visited Beijing.\n") for i in range(2)]
    assert workspace.materialize_batch(keys).success
    assert workspace.resolve().success  # published: the snapshot a heal restores from
    workspace.db.write_bytes(workspace.db.read_bytes()[:20_000])

    key = workspace.add("f2.txt", "Title 2\n\nXi Jinping visited Brasília.\n")
    result = workspace.materialize(key)
    assert result.success
    metadata = result.asset_materializations_for_node("raw_documents")[0].metadata
    healed = metadata["working_file_healed"].value
    assert "was damaged" in healed and "restored from the published snapshot (2 files)" in healed
    assert any("was damaged" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)
    assert workspace.count("documents") == 3
    assert len(list(workspace.db.parent.glob("warehouse.duckdb.damaged-*"))) == 1


def test_a_raw_folder_that_vanishes_mid_run_fails_the_step_and_removes_nothing(workspace, monkeypatch):
    key = workspace.add("a.txt", "Title\n\nBody.\n")
    assert workspace.materialize(key).success
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw.parent / "unmounted"))
    result = workspace.materialize(key)
    assert not result.success
    failure = next(e for e in result.all_events if e.is_step_failure)
    assert "raw folder" in failure.event_specific_data.error.cause.message
    assert "does not exist" in failure.event_specific_data.error.cause.message
    assert workspace.count("documents", key) == 1
    assert not workspace.resolve().success  # the corpus run fails in raw_folder_mirror, before publishing
    assert workspace.count("documents", key) == 1 and not workspace.published.exists()
