"""Events of each type on hand-made paragraphs, with the real spaCy parser."""

import datetime as dt

from pipeline.lib.event_types import CAMEO, CAMEO_OF_TYPE, EVENT_TYPES, find_events, meet_events
from pipeline.lib.meetings import DatedSpan, EntitySpan, ParagraphIn, ParseCache, find_meetings
from pipeline.lib.quotations import Person

PARSE = ParseCache()


def paragraph(no, text, people=(), countries=(), orgs=(), places=(), dates=()):
    entities = []
    for names, kind in ((people, "PERSON"), (countries, "COUNTRY"), (orgs, "ORG"), (places, "PLACE")):
        for name in names:
            start = text.index(name)
            entities.append(EntitySpan(start, start + len(name), name, kind))
    spans = tuple(DatedSpan(text.index(t), text.index(t) + len(t), d) for t, d in dates)
    return ParagraphIn(no, text, tuple(sorted(entities, key=lambda e: e.char_start)), spans, None, None)


def events(paragraphs, people=None):
    meetings = find_meetings(paragraphs, {}, parse=PARSE)
    found = meet_events(meetings) + find_events(paragraphs, {}, PARSE, people or {}, meetings)
    return [(e.event_type, e.cameo_code, e.actor_a, e.actor_b, e.place) for e in found]


def test_every_type_has_cameo_codes():
    assert set(CAMEO_OF_TYPE) == set(EVENT_TYPES)
    assert all(code in CAMEO for codes in CAMEO_OF_TYPE.values() for code in codes)


def test_meet_rows_are_the_meetings():
    text = "Chinese Premier Li Qiang met with Brazilian President Lula in Rio de Janeiro on July 5."
    day = [("July 5", dt.date(2025, 7, 5))]
    p = paragraph(1, text, people=["Li Qiang", "Lula"], places=["Rio de Janeiro"], dates=day)
    assert events([p]) == [("MEET", "040", "Li Qiang", "Lula", "Rio de Janeiro")]


def test_visits_by_verb_and_by_noun_and_a_host():
    p = paragraph(1, "Brazilian President Lula paid a state visit to China.", people=["Lula"], countries=["China"])
    q = paragraph(
        2, "He led a delegation to visit El Salvador and Costa Rica.", countries=["El Salvador", "Costa Rica"]
    )
    r = paragraph(3, "Chinese Premier Li Qiang arrived in Rio de Janeiro on Saturday.", people=["Li Qiang"],
                  places=["Rio de Janeiro"])  # fmt: skip
    s = paragraph(4, "President Xi Jinping hosted Gabriel Boric in Beijing.", people=["Xi Jinping", "Gabriel Boric"],
                  places=["Beijing"])  # fmt: skip
    got = events([p, q, r, s])
    assert ("VISIT", "042", "Lula", "China", None) in got
    assert ("VISIT", "042", "Lula", "El Salvador", None) in got and ("VISIT", "042", "Lula", "Costa Rica", None) in got
    assert ("VISIT", "042", "Li Qiang", None, "Rio de Janeiro") in got
    assert ("VISIT", "043", "Xi Jinping", "Gabriel Boric", "Beijing") in got


def test_signing_with_a_partner_and_by_the_two_sides():
    p = paragraph(1, "Venezuela signed a technological cooperation agreement with China.",
                  countries=["Venezuela", "China"])  # fmt: skip
    text = "Xi Jinping met Lula. After the talks, the two heads of state witnessed the signing of 20 documents."
    q = paragraph(2, text, people=["Xi Jinping", "Lula"])
    got = events([p, q])
    assert ("SIGN", "057", "Venezuela", "China", None) in got
    assert ("SIGN", "057", "Xi Jinping", "Lula", None) in got


def test_support_and_praise():
    p = paragraph(1, "Ma said China will firmly support Venezuela in safeguarding its sovereignty.",
                  people=["Ma"], countries=["China", "Venezuela"])  # fmt: skip
    q = paragraph(2, "Ortega praised Mao Zedong as a great leader.", people=["Ortega", "Mao Zedong"])
    r = paragraph(3, "Brazil welcomes China’s participation in the conference.", countries=["Brazil", "China"])
    got = events([p, q, r])
    assert ("SUPPORT", "053", "China", "Venezuela", None) in got
    assert ("SUPPORT", "051", "Ortega", "Mao Zedong", None) in got
    assert ("SUPPORT", "051", "Brazil", "China", None) in got


def test_criticism_and_accusation_but_not_in_a_quotation_nor_negated():
    p = paragraph(1, "China has taken a clear stand, roundly condemning the US’s enforcement operations.",
                  countries=["China", "US"])  # fmt: skip
    q = paragraph(2, "Mr Howard accused Tony Blair of misleading voters.", people=["Howard", "Tony Blair"])
    r = paragraph(3, '"We condemn the United States for this," said Chen Xi. Mexico did not criticise Cuba.',
                  people=["Chen Xi"], countries=["United States", "Mexico", "Cuba"])  # fmt: skip
    got = events([p, q, r])
    assert ("CRITICIZE", "111", "China", "US", None) in got
    assert ("CRITICIZE", "112", "Howard", "Tony Blair", None) in got
    assert not [e for e in got if e[2] in ("Chen Xi", "Mexico")]


def test_role_phrase_and_pronoun_sides():
    first = paragraph(1, "Greek Prime Minister Kyriakos Mitsotakis spoke in Athens.", people=["Kyriakos Mitsotakis"])
    second = paragraph(2, "During his visit to China, the Greek prime minister praised Xi Jinping.",
                       countries=["China"], people=["Xi Jinping"])  # fmt: skip
    people = {"Kyriakos Mitsotakis": Person(roles=("Greek Prime Minister",))}
    got = events([first, second], people)
    assert ("VISIT", "042", "Kyriakos Mitsotakis", "China", None) in got
    assert ("SUPPORT", "051", "Kyriakos Mitsotakis", "Xi Jinping", None) in got
