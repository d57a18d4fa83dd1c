import pytest

from pipeline.lib.nlp.acronyms import best_long_form, find_definitions, is_short_form


def pairs(text):
    return [(d.short, d.long) for d in find_definitions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Communist Party of China (CPC) has reiterated", [("CPC", "Communist Party of China")]),
        (
            "Liu Haixing, Minister of the International Department of the CPC Central Committee (IDCPC), met",
            [("IDCPC", "International Department of the CPC Central Committee")],
        ),
        ("the Democratic People’s Republic of Korea (DPRK) where", [("DPRK", "Democratic People’s Republic of Korea")]),
        # LF (SF) where the letters do not line up: a Spanish acronym.
        ("the United Socialist Party of Venezuela (PSUV) and", [("PSUV", "United Socialist Party of Venezuela")]),
        ("Alberto Anaya, President of the Labour Party (PT) of Mexico", [("PT", "Labour Party")]),
        # SF [LF] order, Spanish acronym, hyphenated compound before the bracket.
        (
            "the China-CELAC [Community of Latin American and Caribbean States] Forum",
            [("CELAC", "Community of Latin American and Caribbean States")],
        ),
        ("Civic (PPP/C) and", []),  # no long form before it
    ],
)
def test_definitions(text, expected):
    assert pairs(text) == expected


def test_definition_offsets_point_at_the_long_form():
    text = "We met the Communist Party of China (CPC) today."
    (d,) = find_definitions(text)
    assert text[d.start : d.start + len(d.long)] == d.long


def test_schwartz_hearst_core():
    assert best_long_form("BRI", "as part of its broader Belt and Road Initiative") == "Belt and Road Initiative"
    assert best_long_form("XYZ", "nothing matching here") is None


def test_short_form_shape():
    assert is_short_form("CPC") and is_short_form("PPP/C") and is_short_form("COP30")
    assert not is_short_form("the full text") and not is_short_form("a") and not is_short_form("Mexico")


def test_parenthesised_ordinary_words_are_not_definitions():
    assert pairs("He noted (with some pride) that the plan works.") == []
    assert pairs("the attack on Venezuela (imperially named) backyard") == []


def test_a_long_form_opens_with_a_name_not_with_a_joining_word():
    """Schwartz–Hearst's shortest match may open on "of" ("ODPM" → "of the Deputy Prime Minister"):
    the word before, when it gives the short form's first letter, opens the long form."""
    pairs = {(d.short, d.long) for d in find_definitions(
        "The Office of the Deputy Prime Minister (ODPM) and the Organization of American States (OAS) met."
    )}  # fmt: skip
    assert pairs == {
        ("ODPM", "Office of the Deputy Prime Minister"),
        ("OAS", "Organization of American States"),
    }


def test_a_datelines_agency_is_no_acronym_of_its_place():
    from pipeline.lib.nlp.acronyms import find_definitions

    assert find_definitions("NEW DELHI (AP) - Prime Minister Narendra Modi met the president.") == []
    # a definition after the dateline still counts
    found = find_definitions("LONDON (Reuters) - The Financial Services Authority (FSA) fined the bank.")
    assert [(d.short, d.long) for d in found] == [("FSA", "Financial Services Authority")]
