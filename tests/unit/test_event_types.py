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


def test_event_nouns_name_their_sides_with_an_owner_or_a_giver():
    p = paragraph(1, "Ruto thanked Japan for its steady support for Kenya's health programme.",
                  people=["Ruto"], countries=["Japan", "Kenya"])  # fmt: skip
    q = paragraph(2, "Poland expressed its gratitude to Ukraine for the grain deal.", countries=["Poland", "Ukraine"])
    r = paragraph(3, "Labour's criticism of Michael Howard grew louder.", people=["Michael Howard"], orgs=["Labour"])
    s = paragraph(4, "The accusations by Iran against Israel were rejected.", countries=["Iran", "Israel"])
    got = events([p, q, r, s])
    assert ("SUPPORT", "051", "Ruto", "Japan", None) in got
    assert ("SUPPORT", "053", "Japan", "Kenya", None) in got
    assert ("SUPPORT", "051", "Poland", "Ukraine", None) in got
    assert ("CRITICIZE", "111", "Labour", "Michael Howard", None) in got
    assert ("CRITICIZE", "112", "Iran", "Israel", None) in got


def test_nouns_without_a_side_cause_or_reciprocity_are_no_events():
    p = paragraph(1, "Thanks to heavy rains in Brazil, Argentina's crop grew.", countries=["Brazil", "Argentina"])
    q = paragraph(2, "Chile and Peru pledged mutual support for each other.", countries=["Chile", "Peru"])
    r = paragraph(3, "Support for Hungary fell sharply in the poll.", countries=["Hungary"])
    assert [e for e in events([p, q, r]) if e[0] == "SUPPORT"] == []


def test_praise_idiom_with_an_opening_participle_and_an_object_pronoun():
    p = paragraph(1, "Speaking highly of Angela Merkel, Emmanuel Macron said Europe owed her much.",
                  people=["Angela Merkel", "Emmanuel Macron"])  # fmt: skip
    q = paragraph(2, "Jean Moulin united the Resistance, and Charles de Gaulle backed him throughout.",
                  people=["Jean Moulin", "Charles de Gaulle"])  # fmt: skip
    got = events([p, q], {"Angela Merkel": Person(gender="F"), "Jean Moulin": Person(gender="M")})
    assert ("SUPPORT", "051", "Emmanuel Macron", "Angela Merkel", None) in got
    assert ("SUPPORT", "053", "Charles de Gaulle", "Jean Moulin", None) in got


def test_a_group_side_is_its_named_members_and_a_counted_group_is_nobody():
    p = paragraph(1, "Japan has offered support to Pacific nations, including Fiji and Tonga.",
                  countries=["Japan", "Fiji", "Tonga"])  # fmt: skip
    q = paragraph(2, "Ministers of the Nordic countries, including Norway and Denmark, met in Oslo on Monday.",
                  countries=["Norway", "Denmark"], places=["Oslo"])  # fmt: skip
    r = paragraph(3, "Germany praised the Nordic countries for their climate policy.", countries=["Germany"])
    s = paragraph(4, "Two Nordic countries signed trade deals with Canada.", countries=["Canada"])
    got = events([p, q, r, s])
    assert {e[3] for e in got if e[:3] == ("SUPPORT", "053", "Japan")} == {"Fiji", "Tonga"}
    assert {e[3] for e in got if e[:3] == ("SUPPORT", "051", "Germany")} == {"Norway", "Denmark"}
    assert not [e for e in got if e[0] == "SIGN" and {e[2], e[3]} & {"Norway", "Denmark"}]


def test_a_name_the_model_missed_is_not_replaced_by_its_possessor():
    p = paragraph(1, "A supply contract was signed with Japan's Hitachi last week.", countries=["Japan"])
    assert not [e for e in events([p]) if e[0] == "SIGN" and "Japan" in e[2:4]]


def test_attack_is_criticism_of_words_or_people_not_of_a_country():
    p = paragraph(1, "Vince Cable attacked the chancellor's budget plans.", people=["Vince Cable"])
    q = paragraph(2, "The senator attacked Nancy Pelosi over the bill.", people=["Nancy Pelosi"])
    r = paragraph(3, "Russia attacked Ukraine in February.", countries=["Russia", "Ukraine"])
    got = events([p, q, r])
    assert not [e for e in got if e[2] == "Russia"]
    assert ("CRITICIZE", "111", None, "Nancy Pelosi", None) not in got  # an unnamed senator is no side


def test_a_subject_pronoun_follows_the_last_subject_and_the_party_is_the_party_named_last():
    first = paragraph(1, "Nigel Farage said the Green Party had no plan, and Caroline Lucas disagreed.",
                      people=["Nigel Farage", "Caroline Lucas"], orgs=["Green Party"])  # fmt: skip
    second = paragraph(2, "Mr Farage said Ms Lucas was wrong. He accused the party of misleading voters.",
                       people=["Farage", "Lucas"])  # fmt: skip
    people = {"Nigel Farage": Person(gender="M"), "Caroline Lucas": Person(gender="F"),
              "Farage": Person(gender="M"), "Lucas": Person(gender="F")}  # fmt: skip
    got = events([first, second], people)
    assert ("CRITICIZE", "112", "Farage", "Green Party", None) in got


def test_a_role_the_article_never_gave_is_the_person_of_the_last_sentence_not_the_party():
    text = "Dr Reid accused Mr Davis of scaremongering. The Labour chairman attacked Michael Howard's plans."
    p = paragraph(1, text, people=["Reid", "Davis", "Michael Howard"], orgs=["Labour"])
    got = events([p])
    assert ("CRITICIZE", "111", "Reid", "Michael Howard", None) in got
    assert not [e for e in got if e[2] == "Labour"]


def test_conjoined_phrases_of_an_event_noun_are_both_sides():
    text = "India reiterated its support for the talks in Nepal and for the government of Premier Sushil Koirala."
    p = paragraph(1, text, countries=["India", "Nepal"], people=["Sushil Koirala"])
    got = events([p])
    assert ("SUPPORT", "053", "India", "Sushil Koirala", None) in got


def test_passive_criticism_and_support_name_whom_by_their_subject():
    text = "Gordon Brown was criticised by David Cameron over pensions."
    p = paragraph(1, text, people=["Gordon Brown", "David Cameron"])
    q = paragraph(2, "Japan was backed by Australia in the vote.", countries=["Japan", "Australia"])
    got = events([p, q])
    assert ("CRITICIZE", "111", "David Cameron", "Gordon Brown", None) in got
    assert ("SUPPORT", "053", "Australia", "Japan", None) in got


def test_criticism_received_and_generic_critics_leave_one_side_unnamed():
    p = paragraph(1, "Shell has faced criticism from environmental campaigners.", orgs=["Shell"])
    q = paragraph(2, "Mr Straw accused some critics of scaremongering.", people=["Straw"])
    got = events([p, q])
    assert ("CRITICIZE", "111", None, "Shell", None) in got
    assert ("CRITICIZE", "112", "Straw", None, None) in got
