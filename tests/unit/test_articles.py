"""The splitting rules on small, hand-written listing pages."""

from pipeline.lib.text.articles import (
    KIND_ATTRIBUTION,
    KIND_BULLET,
    KIND_SUBHEADING,
    KIND_TEXT,
    normalise_title,
    parse_document,
)


def titles(text):
    return [a.title for a in parse_document(text).articles]


LISTING = """\
First story

Para one of first.

Para two of first.

Continue reading First story

Unmarked story

Unmarked body one.

Unmarked body two.

Second story

Second body.

Continue reading Second story

Trailing story

Trailing body.
"""


def test_listing_with_markers_unmarked_and_trailing_articles():
    parsed = parse_document(LISTING)
    assert [a.title for a in parsed.articles] == [
        "First story",
        "Unmarked story",
        "Second story",
        "Trailing story",
    ]
    assert [a.has_continue_marker for a in parsed.articles] == [True, False, True, False]
    assert [a.position for a in parsed.articles] == [1, 2, 3, 4]
    unmarked = parsed.articles[1]
    assert [p.text for p in unmarked.paragraphs] == ["Unmarked body one.", "Unmarked body two."]
    assert parsed.articles[0].body == "Para one of first.\n\nPara two of first."
    assert parsed.warnings == []
    assert [m.article_position for m in parsed.markers] == [1, 3]


def test_one_article_file_takes_its_first_line_as_title():
    parsed = parse_document("\n\nAd sales boost Time Warner profit\n\nQuarterly profits jumped.\n\nMore text.\n")
    (article,) = parsed.articles
    assert article.title == "Ad sales boost Time Warner profit"
    assert article.title_line_no == 3
    assert not article.has_continue_marker
    assert article.n_words == 5


def test_marker_title_matches_through_quotes_and_spacing():
    text = "Trump’s  tariffs\n\nBody.\n\nContinue reading Trump's tariffs\n"
    parsed = parse_document(text)
    assert [a.title for a in parsed.articles] == ["Trump’s  tariffs"]
    assert parsed.articles[0].has_continue_marker


def test_truncated_marker_target_matches_as_prefix():
    text = "A very long title that goes on\n\nBody.\n\nContinue reading A very long title…\n"
    parsed = parse_document(text)
    assert titles(text) == ["A very long title that goes on"] and parsed.warnings == []


def test_marker_without_matching_title_is_reported():
    parsed = parse_document("Real title\n\nBody.\n\nContinue reading Something else\n")
    assert [a.title for a in parsed.articles] == ["Real title"]
    assert parsed.articles[0].has_continue_marker
    assert "no title line matches 'Continue reading Something else'" in parsed.warnings[0]


def test_marker_closing_nothing_is_reported():
    parsed = parse_document("Continue reading Nothing\n")
    assert parsed.articles == []
    assert parsed.markers[0].article_position is None
    assert "closes no article" in parsed.warnings[0]


def test_same_title_twice_is_two_articles():
    text = "Same\n\nA.\n\nContinue reading Same\n\nSame\n\nB.\n\nContinue reading Same\n"
    assert titles(text) == ["Same", "Same"]


def test_paragraph_kinds():
    text = (
        "Title\n\nOpening sentence.\n\n  • A bullet point.\n  • Another one.\n\n"
        "Investment in the hydrocarbons sector\n\nMore text.\n\n"
        "In the following Morning Star article, someone argues.\n\nDear friends,\n"
    )
    (article,) = parse_document(text).articles
    assert [p.kind for p in article.paragraphs] == [
        KIND_TEXT,
        KIND_BULLET,
        KIND_BULLET,
        KIND_SUBHEADING,
        KIND_TEXT,
        KIND_ATTRIBUTION,
        KIND_TEXT,
    ]
    assert article.paragraphs[1].text == "• A bullet point."


def test_titled_sections_with_datelines():
    text = (
        "Story\n\nOwn text.\n\nThe following articles were originally published by the Xinhua News Agency.\n\n"
        "Chinese premier says to expand cooperation\n\n"
        "RIO DE JANEIRO, July 5 (Xinhua) — Chinese Premier Li Qiang said.\n\nMore of it.\n\n"
        "Second item title\n\nBEIJING, July 9 (Xinhua) — Xi said.\n"
    )
    (article,) = parse_document(text).articles
    assert [(s.section_no, s.title, s.first_paragraph_no) for s in article.sections] == [
        (1, "Chinese premier says to expand cooperation", 3),
        (2, "Second item title", 6),
    ]
    assert article.sections[0].dateline.place == "Rio de Janeiro"
    assert article.sections[1].dateline.agency == "Xinhua"
    assert [p.section_no for p in article.paragraphs] == [0, 0, 1, 1, 1, 2, 2]
    assert [(a.outlet, a.relation) for _, a in article.attributions] == [("Xinhua", "first published by")]


def test_untitled_section_after_intro_and_bare_dateline():
    text = (
        "Story\n\nOwn text.\n\nThe following article was first published on the website of the IDCPC.\n\n"
        "Beijing, November 26th—Liu Haixing met here today with someone.\n"
    )
    (article,) = parse_document(text).articles
    (section,) = article.sections
    assert section.title is None and section.first_paragraph_no == 3
    assert (section.dateline.place, section.dateline.date_text) == ("Beijing", "November 26th")


def test_article_opening_with_dateline_keeps_it_as_its_own():
    (article,) = parse_document("Title\n\nLONDON (Reuters) - Shares fell.\n\nMore.\n").articles
    assert article.dateline.place == "London" and article.dateline.agency == "Reuters"
    assert article.sections == ()


def test_place_only_datelines_open_a_wire_story_and_a_republished_item():
    text = (
        "Story\n\nNAIROBI — Kenya's president met envoys.\n\nMore of it.\n\n"
        "The following article was first published by Reuters.\n\n"
        "THE HAGUE, Netherlands — The court ruled.\n"
    )
    (article,) = parse_document(text).articles
    assert article.dateline.place == "Nairobi" and article.dateline.date_text is None
    (section,) = article.sections
    assert (section.first_paragraph_no, section.dateline.place) == (4, "The Hague, Netherlands")


def test_normalise_title():
    assert normalise_title("  Trump’s   Tariffs – now ") == "trump's tariffs - now"


def test_no_text_is_lost_on_crlf_free_input():
    parsed = parse_document(LISTING)
    kept = {a.title for a in parsed.articles} | {p.text for a in parsed.articles for p in a.paragraphs}
    kept |= {f"Continue reading {m.target}" for m in parsed.markers}
    assert {line.strip() for line in LISTING.splitlines() if line.strip()} <= kept
