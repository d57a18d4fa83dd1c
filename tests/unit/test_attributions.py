import pytest

from pipeline.lib.text.attributions import (
    CARRIED_BY,
    FIRST_PUBLISHED,
    TRANSLATED_FROM,
    WRITTEN_FOR,
    canonical_outlet,
    find_attributions,
    introduces_republished,
)


def pairs(paragraph):
    return [(a.outlet, a.relation) for a in find_attributions(paragraph)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The following article was first published by Orinoco Tribune and Global Times. "
            "That in Orinoco Tribune was originally published in Spanish by Telesur.",
            [
                ("Orinoco Tribune", FIRST_PUBLISHED),
                ("Global Times", FIRST_PUBLISHED),
                ("Telesur", TRANSLATED_FROM),
            ],
        ),
        (
            "The following articles were originally published by the Xinhua News Agency.",
            [("Xinhua", FIRST_PUBLISHED)],
        ),
        (
            "The following article was first published on the website of the IDCPC.",
            [("IDCPC", FIRST_PUBLISHED)],
        ),
        (
            "The following articles were originally published on the IDCPC website.",
            [("IDCPC", FIRST_PUBLISHED)],
        ),
        (
            "The article below, written by CODEPINK activists Megan Russell and Michelle Ellner for "
            "Counterpunch, argues that the escalation is part of a war.",
            [("CounterPunch", WRITTEN_FOR)],
        ),
        (
            "In the following Morning Star article, Francisco Domínguez situates the tariff war.",
            [("Morning Star", CARRIED_BY)],
        ),
        (
            "The following article was first published in Spanish by Ultimas Noticias.  This English "
            "translation was originally carried by Orinoco Tribune.",
            [("Últimas Noticias", TRANSLATED_FROM), ("Orinoco Tribune", CARRIED_BY)],
        ),
        ("The following report in Telesur notes that Nicaragua has a plant.", [("Telesur", CARRIED_BY)]),
    ],
)
def test_attribution_sentences(paragraph, expected):
    assert pairs(paragraph) == expected


def test_sentence_is_kept_with_the_attribution():
    (att,) = find_attributions("Intro. The following articles were originally published by the Xinhua News Agency.")
    assert att.sentence == "The following articles were originally published by the Xinhua News Agency."


def test_language_is_never_an_outlet():
    assert pairs("It was first published in Spanish by Telesur.") == [("Telesur", TRANSLATED_FROM)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Liu said the CPC and the PSUV share similar ideals.",
        "The Embassy of Venezuela in China is willing to promote exchanges.",
        "We are pleased to publish Comrade Wilfredo’s speech below.",
    ],
)
def test_ordinary_sentences_have_no_attribution(paragraph):
    assert pairs(paragraph) == []


def test_canonical_outlet_names():
    assert canonical_outlet("the Xinhua News Agency") == "Xinhua"
    assert canonical_outlet("IDCPC website") == "IDCPC"
    assert canonical_outlet("Some New Outlet.") == "Some New Outlet"


def test_introduces_republished():
    assert introduces_republished("The following articles were originally published on the IDCPC website.")
    assert introduces_republished("The following is the full text of Geng Shuang’s remarks. They were published.")
    assert not introduces_republished("In the following Morning Star article, Francisco argues.")


def test_the_sentence_of_an_attribution_is_cut_as_every_stage_cuts_sentences():
    paragraph = ('Dr. Alma Reyes makes the case in a piece for Harbour Review, where she writes: "Ports decide. '
                 'Cities follow." Other papers disagree.')  # fmt: skip
    (found,) = find_attributions(paragraph)
    # not cut after the title, nor inside the quotation
    assert found.sentence == paragraph[: paragraph.index(" Other")]
