"""The expected structure of the sample listing page, counted by hand from raw/.

Titles, line numbers, markers, sections and attributions below were read off the file by a
person, not produced by the parser.
"""

import pytest

from pipeline.lib.store.tables import article_tables
from pipeline.lib.text.articles import parse_document

# (title line number, title, closed by a "Continue reading" marker)
EXPECTED_ARTICLES = [
    (1, "CPC reiterates solidarity with Venezuela", True),
    (19, "The US war on China, Venezuela and the international left", True),
    (50, "Ma Hui meets friends from Guyana and Mexico", False),
    (91, "China has consolidated itself as a true friend and a beacon of light for sovereign peoples", True),
    (
        119,
        "China and Cuba show that a better world is not only possible – it is being built day by day",
        True,
    ),
    (137, "Venezuela unveils monument to Chinese people’s victory", True),
    (167, "Trump’s tariffs against Latin America: part of a global battle", True),
    (197, "China strengthens party ties with Honduras", True),
    (
        235,
        "Nicaragua celebrates anti-imperialist solidarity and friendship with China on anniversary of "
        "victorious Sandinista revolution",
        True,
    ),
    (262, "China at UN: The success of the Colombian peace process depends on rural reform", True),
    (284, "Venezuela expo boosts development and friendship", False),
    (350, "China and Brazil stress high quality cooperation", True),
    (384, "Ties with Bolivia and Ghana reaffirmed", True),
    (
        408,
        "Nicaragua and China break ground on landmark solar project to power water access and energy sovereignty",
        True,
    ),
    (426, "CPC strengthens ties with Afghanistan, Uruguay, Nepal, Cuba and other countries", True),
    (446, "China-Latin American/Caribbean cooperation has broad prospects", True),
    (460, "Xi Jinping meets with presidents of Colombia and Chile", True),
    (476, "China and Brazil work together to uphold multipolarity and oppose hegemony", True),
    (
        498,
        "Lula: Latin America, the Caribbean and China show it is possible to fight climate change without "
        "sacrificing growth and justice",
        True,
    ),
    (
        522,
        "China and LAC countries bound by a shared commitment to justice and a common pursuit of modernisation",
        True,
    ),
]

# article position → [(section title, place, date text, agency)]
EXPECTED_SECTIONS = {
    1: [(None, "Beijing", "November 26th", None)],
    3: [
        (
            "Ma Hui Meets with Donald Ramotar, Member of the Executive Committee of the People’s Progressive "
            "Party / Civic (PPP/C) and Former President of Guyana",
            "Beijing",
            "October 15th",
            "IDCPC",
        ),
        (
            "Ma Hui Meets with Alberto Anaya, President of the Labor Party of Mexico",
            "Beijing",
            "October 13th",
            "IDCPC",
        ),
    ],
    6: [
        (
            "Venezuela Commemorates 80 Years of China’s Victory in the War of Resistance Against Japan",
            None,
            "September 4",
            "Orinoco Tribune",
        )
    ],
    8: [("Ma Hui Meets with a Delegation of the LIBRE Party of Honduras", "Beijing", "July 27th", "IDCPC")],
    10: [(None, None, None, None)],
    11: [(None, None, None, None)],
    12: [
        (
            "Chinese premier says to expand cooperation with Brazil in digital economy, aerospace",
            "Rio de Janeiro",
            "July 5",
            "Xinhua",
        )
    ],
    13: [
        (
            "Xi, Bolivian president exchange congratulations on 40th anniversary of diplomatic ties",
            "Beijing",
            "July 9",
            "Xinhua",
        )
    ],
}

# article position → [(outlet, relation)]
EXPECTED_ATTRIBUTIONS = {
    1: [("IDCPC", "first published by")],
    2: [("CounterPunch", "written for"), ("Stop the War Coalition", "written for")],
    3: [("IDCPC", "first published by")],
    6: [
        ("Orinoco Tribune", "first published by"),
        ("Global Times", "first published by"),
        ("Telesur", "translated from"),
    ],
    7: [("Morning Star", "carried by")],
    8: [("IDCPC", "first published by")],
    10: [("Permanent Mission of China to the UN", "first published by")],
    11: [("Últimas Noticias", "translated from"), ("Orinoco Tribune", "carried by")],
    12: [("Xinhua", "first published by")],
    13: [("Xinhua", "first published by")],
    14: [("Telesur", "carried by")],
}


@pytest.fixture(scope="module")
def parsed():
    from tests.conftest import SAMPLE

    return parse_document(SAMPLE.read_text(encoding="utf-8"))


def test_every_article_once_in_order(parsed):
    got = [(a.title_line_no, a.title, a.has_continue_marker) for a in parsed.articles]
    assert got == EXPECTED_ARTICLES
    assert len({a.title for a in parsed.articles}) == 20
    assert parsed.warnings == []


def test_every_marker_closes_its_article(parsed):
    assert len(parsed.markers) == 18
    for marker in parsed.markers:
        assert parsed.articles[marker.article_position - 1].title == marker.target


def test_sections_and_their_datelines(parsed):
    got = {
        a.position: [
            (
                s.title,
                *(s.dateline and (s.dateline.place, s.dateline.date_text, s.dateline.agency) or (None,) * 3),
            )
            for s in a.sections
        ]
        for a in parsed.articles
        if a.sections
    }
    assert got == EXPECTED_SECTIONS


def test_attributions_with_canonical_outlets(parsed):
    tables = article_tables("sample", parsed)
    positions = dict(zip(tables["articles"]["article_id"], tables["articles"]["position"], strict=True))
    got: dict[int, list] = {}
    for row in tables["attributions"].iter_rows(named=True):
        got.setdefault(positions[row["article_id"]], []).append((row["outlet"], row["relation"]))
    assert got == EXPECTED_ATTRIBUTIONS


def test_paragraph_structure_of_selected_articles(parsed):
    first, nicaragua = parsed.articles[0], parsed.articles[8]
    assert len(first.paragraphs) == 7
    assert first.paragraphs[0].text.startswith("The Communist Party of China (CPC) has reiterated")
    assert [p.kind for p in nicaragua.paragraphs].count("bullet") == 12
    expo = parsed.articles[10]
    assert [p.text for p in expo.paragraphs if p.kind == "sub-heading"] == [
        "Investment in the hydrocarbons sector",
        "Artificial intelligence",
        "The expo: Building a Splendorous Future",
    ]


def test_no_line_of_the_sample_is_lost(parsed):
    from tests.conftest import SAMPLE

    kept = {a.title for a in parsed.articles} | {p.text for a in parsed.articles for p in a.paragraphs}
    kept |= {f"Continue reading {m.target}" for m in parsed.markers}
    lines = {line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert lines - kept == set()
