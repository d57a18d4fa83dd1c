"""Saved web pages: main text without boilerplate, metadata kept, charsets, reference-date precedence."""

import datetime as dt
import html
import os

import pytest

from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.rawfiles import document_format, is_document_name, reference_date_for
from pipeline.lib.text.rawtext import STATUS_FLAGGED, STATUS_OK, STATUS_REJECTED
from pipeline.lib.text.webpages import declared_charset, extractor_name, read_page
from tests.conftest import BBC, FIXTURES

PAGES = FIXTURES / "formats"
LIMITS = {"max_file_bytes": 10_000_000, "max_line_chars": 100_000}
# Lines of the pages' navigation, cookie banners, related links, share bars and footers.
BOILERPLATE = (
    "cookie", "Accept all", "Subscribe", "Related stories", "Port fees to rise", "More from Local",
    "Library extends", "Share this", "Facebook", "About us", "Privacy", "Terms", "Advertise", "Careers",
    "newsletter", "©", "Copyright", "All rights reserved", "Log in", "Obituaries",
)  # fmt: skip


@pytest.mark.parametrize(
    ("name", "title", "site_name", "url", "published", "first_words", "last_words"),
    [
        (
            "2026-11-20_harbour-pilots.html",  # Open Graph and <link rel=canonical>
            "Harbour pilots strike delays grain shipments",
            "The Coastal Ledger",
            "https://www.coastalledger.example/business/2026/11/18/harbour-pilots-strike",
            dt.date(2026, 11, 18),
            "PORT ELSMERE, Nov. 18 -- Dozens of bulk carriers",
            "mediated by the Labour Relations Commission.",
        ),
        (
            "council-budget.htm",  # JSON-LD publisher and datePublished, og:url, no <article> element
            "Valley council approves budget after late-night session",
            "Riverside Courier",
            "https://news.riversidecourier.example/local/valley-council-budget-2026",
            dt.date(2026, 10, 2),
            "The Valley County council approved a $412 million budget",
            "whose board meets on October 15.",
        ),
    ],
)
def test_page_text_keeps_the_story_and_drops_the_boilerplate(
    name, title, site_name, url, published, first_words, last_words
):
    decoded, page = read_page((PAGES / name).read_bytes(), **LIMITS)
    assert decoded.status == STATUS_OK and decoded.encoding == "utf-8"
    assert (page.title, page.site_name, page.url, page.published_date) == (title, site_name, url, published)
    lines = decoded.text.split("\n")
    assert lines[0] == title and lines[1] == ""
    assert lines[2].startswith(first_words)
    assert lines[-2].endswith(last_words) and lines[-1] == ""
    assert title not in lines[2:], "the page's <h1> repeats its title: kept once"
    for words in BOILERPLATE:
        assert words.casefold() not in decoded.text.casefold(), words
    # A paragraph wrapped in the page's source is one line of text.
    assert all(len(line) > 20 or not line or line == "Property tax rate unchanged" for line in lines)


RUSSIAN_PAGE = """<html><head><meta charset="windows-1251"><title>Морской порт открыл новый терминал</title>
<meta property="og:site_name" content="Северные вести"></head><body>
<nav><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a> <a href="/weather">Погода</a></nav>
<article><h1>Морской порт открыл новый терминал</h1>
<p>Новый зерновой терминал в порту Северска начал работу во вторник, сообщила администрация порта.</p>
<p>По словам директора порта, терминал сможет принимать до двух миллионов тонн зерна в год.</p>
<p>Строительство терминала заняло три года и обошлось в 4,5 миллиарда рублей.</p></article>
<footer><p>© 2026 Северные вести. Все права защищены.</p></footer></body></html>"""


def test_a_cp1251_page_decodes_with_the_charset_it_declares():
    decoded, page = read_page(RUSSIAN_PAGE.encode("cp1251"), **LIMITS)
    assert decoded.encoding == "cp1251" and decoded.status == STATUS_FLAGGED
    assert "not valid UTF-8" in decoded.reason
    assert page.site_name == "Северные вести"
    assert decoded.text.startswith("Морской порт открыл новый терминал\n\nНовый зерновой терминал")
    assert "Все права защищены" not in decoded.text and "Главная" not in decoded.text


def test_a_declared_latin_code_page_beats_the_cp1252_fallback():
    # Plain text in a Latin code page is read as cp1252 (rawtext); a page that says cp1250 is cp1250.
    page = (
        "<html><head><meta charset='windows-1250'><title>Nowy most w Łodzi</title></head><body><article>"
        "<p>Władze Łodzi otworzyły w środę nowy most na rzece Jasień, który łączy dwie dzielnice miasta.</p>"
        "<p>Budowa mostu trwała dwa lata i kosztowała 120 milionów złotych, poinformował zarząd dróg.</p>"
        "</article></body></html>"
    )
    decoded, _ = read_page(page.encode("cp1250"), **LIMITS)
    assert decoded.encoding == "cp1250" and "the charset the page declares" in decoded.reason
    assert "Władze Łodzi otworzyły w środę" in decoded.text


def test_a_page_without_a_declared_charset_follows_the_plain_text_policy():
    undeclared = RUSSIAN_PAGE.replace('<meta charset="windows-1251">', "")
    decoded, _ = read_page(undeclared.encode("cp1251"), **LIMITS)
    assert decoded.encoding == "cp1251" and "charset-normalizer" in decoded.reason
    assert "Новый зерновой терминал" in decoded.text


def test_utf8_bytes_win_over_a_wrong_declaration():
    wrong = RUSSIAN_PAGE.replace("windows-1251", "iso-8859-1")
    decoded, _ = read_page(wrong.encode("utf-8"), **LIMITS)
    assert decoded.encoding == "utf-8" and decoded.status == STATUS_OK
    assert "Новый зерновой терминал" in decoded.text


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<meta charset="UTF-8">', "utf-8"),
        (b"<meta charset=gbk>", "gbk"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', "shift_jis"),
        (b'<?xml version="1.0" encoding="koi8-r"?>', "koi8-r"),
        (b'<meta charset="iso-8859-1">', "cp1252"),  # browsers read latin-1 labels as windows-1252
        (b'<meta charset="no-such-charset">', None),
        (b"<title>no declaration</title>", None),
    ],
)
def test_declared_charsets(head, codec):
    assert declared_charset(b"<html><head>" + head + b"</head>") == codec


def test_a_latin1_labelled_page_keeps_its_pound_sign():
    page = (
        "<html><head><meta charset='iso-8859-1'><title>Fares rise</title></head>"
        "<body><article><p>{}</p></article></body></html>"
    )
    text = "Ferry fares will rise to £14 from January, the operator said on Monday, blaming “fuel costs”. " * 3
    decoded, _ = read_page(page.format(text).encode("cp1252"), **LIMITS)
    assert decoded.encoding == "cp1252" and "£14" in decoded.text and "“fuel costs”" in decoded.text


def test_a_page_with_no_main_text_is_rejected_with_the_reason():
    decoded, page = read_page(
        b"<html><head><title>Gallery</title></head><body><img src='a.jpg'></body></html>", **LIMITS
    )
    assert page is None and decoded.status == STATUS_REJECTED
    assert "no main text" in decoded.reason and decoded.text is None


def test_minified_markup_is_not_held_to_the_line_limit():
    data = (PAGES / "council-budget.htm").read_bytes().replace(b"\n", b" ")
    decoded, page = read_page(data, max_file_bytes=10_000_000, max_line_chars=1_000)
    assert decoded.status == STATUS_OK and page.site_name == "Riverside Courier"


def test_the_extractor_names_its_version():
    assert extractor_name() == "trafilatura 2.3.1"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("a.html", "html"), ("b.HTM", "html"), ("c.jsonl", "jsonl"), ("d.csv", "csv"), ("e.txt", "text"), ("f", "text")],
)
def test_formats_come_from_the_file_name_and_every_format_is_a_document(name, fmt):
    assert document_format(name) == fmt
    assert is_document_name(name)


def test_reference_date_precedence_sidecar_then_page_then_file_name_then_mtime(tmp_path):
    page_date = dt.date(2026, 11, 18)
    named = tmp_path / "2026-11-20_page.html"
    named.write_text("<html></html>")
    assert reference_date_for(named, page_date) == (page_date, "page_metadata")
    assert reference_date_for(named, None) == (dt.date(2026, 11, 20), "file_name")
    unnamed = tmp_path / "page.html"
    unnamed.write_text("<html></html>")
    os.utime(unnamed, (0, 86_400 * 365))
    assert reference_date_for(unnamed, None) == (dt.date(1971, 1, 1), "mtime")
    (tmp_path / "2026-11-20_page.html.meta.json").write_text('{"reference_date": "2026-12-24"}')
    assert reference_date_for(named, page_date) == (dt.date(2026, 12, 24), "sidecar")


def _bbc_page(template: str, template_title: str, title: str, paragraphs: list[str]) -> str:
    """A BBC story put in the place of a fixture page's story (and title, in its metadata too), with
    that page's boilerplate around it."""
    template = template.replace(template_title, html.escape(title))
    start, end = (
        ("<article>", "</article>")
        if "<article>" in template
        else ('<div class="story">', '</div>\n<div class="more-stories">')
    )
    before, rest = template.split(start, 1)
    after = rest.split(end, 1)[1]
    story = f"<h1>{html.escape(title)}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"{before}{start}{story}{end}{after}"


@pytest.mark.skipif(not BBC.is_dir(), reason="BBC corpus not present")
@pytest.mark.parametrize(
    ("fixture", "fixture_title"),
    [
        ("2026-11-20_harbour-pilots.html", "Harbour pilots strike delays grain shipments"),
        ("council-budget.htm", "Valley council approves budget after late-night session"),
    ],
)
def test_bbc_stories_in_a_page_come_out_whole_and_without_boilerplate(fixture, fixture_title):
    # Text the page rules were not written from: 40 BBC stories, each in a fixture page's chrome.
    template = (PAGES / fixture).read_text(encoding="utf-8")
    for path in sorted(BBC.glob("*/*.txt"))[7::55][:40]:
        (story,) = parse_document(path.read_text(encoding="latin-1")).articles
        paragraphs = [p.text for p in story.paragraphs]
        page = _bbc_page(template, fixture_title, story.title, paragraphs)
        decoded, _ = read_page(page.encode("utf-8"), **LIMITS)
        (article,) = parse_document(decoded.text).articles
        assert (article.title, [p.text for p in article.paragraphs]) == (story.title, paragraphs), path.name
