"""Entity assets through dg.materialize: the sample, the checks, incremental arrival, caching."""

import dagster as dg

from tests.conftest import SAMPLE

# Sentences chosen so that the small English model tags them as a reader would.
ARTICLE_A = """\
Brazil and China sign agreements

Brazilian President Lula da Silva met Chinese Ambassador Lan Hu in Brasilia.

Lula said the Communist Party of China (CPC) is a friend of Brazil.
"""
ARTICLE_B = """\
Lula thanks Xi

Brazilian President Luiz Inácio Lula da Silva thanked Xi Jinping and the CPC.

Xi said China supports the Federative Republic of Brazil.

Colombian President Gustavo Petro also spoke in Beijing.
"""


def checks(result):
    return {e.check_name: e.passed for e in result.get_asset_check_evaluations()}


def test_sample_entities(workspace):
    key = workspace.add("latin-america-listing.txt", SAMPLE.read_bytes())
    assert workspace.materialize(key).success
    result = workspace.resolve()
    assert result.success
    got = checks(result)
    assert got and all(got.values()), got

    top = workspace.query(
        "SELECT canonical_name, n_articles FROM entities WHERE type='PERSON' ORDER BY n_articles DESC LIMIT 5"
    )
    assert top[0] == ("Xi Jinping", 12)
    names = {n for n, _ in top}
    assert all(len(n.split()) >= 2 for n in names), names

    countries = dict(workspace.query("SELECT iso3, canonical_name FROM entities WHERE type = 'COUNTRY'"))
    assert countries["VEN"] == "Venezuela" and countries["CHN"] == "China" and countries["PRK"] == "North Korea"
    assert workspace.query("SELECT count(*) FROM entities WHERE type = 'COUNTRY' AND iso3 IS NULL") == [(0,)]
    # Every spelling of Maduro in the sample is one person.
    ((maduro, n_articles),) = workspace.query(
        "SELECT e.canonical_name, e.n_articles FROM entities e WHERE e.entity_id IN "
        "(SELECT entity_id FROM entity_mentions WHERE text LIKE '%Maduro%')"
    )
    assert maduro.startswith("Nicolás Maduro") and n_articles == 3
    # Offsets point into the paragraph text.
    assert workspace.query(
        "SELECT count(*) FROM entity_mentions m JOIN paragraphs p USING (article_id, paragraph_no) "
        "WHERE substring(p.text, m.char_start + 1, m.char_end - m.char_start) <> m.text"
    ) == [(0,)]
    # The second pass makes the CELAC long form, cut in two by the model, one mention of CELAC; the
    # cut-off part and spans that are no names ("us") go to quarantine with the reason.
    assert workspace.query(
        "SELECT DISTINCT e.canonical_name, e.type, m.source FROM entity_mentions m JOIN entities e USING (entity_id) "
        "WHERE m.text = 'Community of Latin American and Caribbean States'"
    ) == [("Community of Latin American and Caribbean States", "ORG", "matcher")]
    assert workspace.query("SELECT count(*) FROM entity_mentions WHERE text = 'us'") == [(0,)]
    reasons = [r for (r,) in workspace.query("SELECT reason FROM quarantine WHERE table_name = 'entity_mentions'")]
    assert "not a name: 'us'" in reasons and any(r.startswith("part of the known name") for r in reasons)
    kinds = dict(workspace.query("SELECT kind, count(*) FROM entity_mentions GROUP BY kind"))
    assert {"name", "partial", "acronym", "demonym"} <= set(kinds), kinds


def test_rerun_keeps_entity_ids_and_uses_the_ner_cache(workspace):
    key = workspace.add("a.txt", ARTICLE_A)
    workspace.materialize(key)
    workspace.resolve()
    before = workspace.query("SELECT entity_id, canonical_name, n_mentions FROM entities ORDER BY entity_id")
    result = workspace.materialize(key)
    meta = result.asset_materializations_for_node("ner_mentions")[0].metadata
    assert meta["paragraphs_parsed"].value == 0 and meta["paragraphs_from_cache"].value == 2
    workspace.resolve()
    assert workspace.query("SELECT entity_id, canonical_name, n_mentions FROM entities ORDER BY entity_id") == before


def snapshot(workspace):
    return sorted(workspace.query("SELECT canonical_name, type, iso3, n_mentions, n_articles FROM entities"))


def test_files_arriving_one_at_a_time_resolve_like_all_at_once(workspace, tmp_path, monkeypatch):
    key_a = workspace.add("a.txt", ARTICLE_A)
    workspace.materialize(key_a)
    workspace.resolve()
    ids_a = dict(workspace.query("SELECT canonical_name, entity_id FROM entities"))

    key_b = workspace.add("b.txt", ARTICLE_B)
    workspace.materialize(key_b)
    workspace.resolve()
    incremental = snapshot(workspace)
    ids_ab = dict(workspace.query("SELECT canonical_name, entity_id FROM entities"))

    # Unaffected entities keep their ids; Lula gains his full name but keeps his id.
    assert ids_ab["Lan Hu"] == ids_a["Lan Hu"]
    assert ids_ab["Communist Party of China"] == ids_a["Communist Party of China"]
    assert ids_ab["Brazil"] == ids_a["Brazil"]
    assert ids_ab["Luiz Inácio Lula da Silva"] == ids_a["Lula da Silva"]
    assert "Gustavo Petro" in ids_ab and ids_ab["Gustavo Petro"] not in ids_a.values()

    # The same two files processed together, in a fresh warehouse, give the same entities.
    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(workspace.raw))
    from tests.assets.conftest import Workspace

    with dg.instance_for_test() as instance:
        fresh = Workspace(workspace.raw, other, instance)
        fresh.materialize(key_b)
        fresh.materialize(key_a)
        fresh.resolve()
        assert snapshot(fresh) == incremental


def test_removed_file_leaves_entities_on_the_next_resolution(workspace):
    key_a = workspace.add("a.txt", ARTICLE_A)
    key_b = workspace.add("b.txt", ARTICLE_B)
    for key in (key_a, key_b):
        workspace.materialize(key)
    workspace.resolve()
    assert workspace.query("SELECT count(*) FROM entities WHERE canonical_name = 'Gustavo Petro'") == [(1,)]
    (workspace.raw / "b.txt").unlink()
    workspace.materialize(key_b)
    assert workspace.resolve().success
    assert workspace.query("SELECT count(*) FROM entities WHERE canonical_name = 'Gustavo Petro'") == [(0,)]
    assert workspace.query("SELECT count(*) FROM entity_mentions WHERE doc_id = 'b.txt'") == [(0,)]
