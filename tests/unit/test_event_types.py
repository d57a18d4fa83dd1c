"""Events of each type on hand-made paragraphs, with the real spaCy parser."""

import dataclasses
import datetime as dt
import re

import pytest

from pipeline.lib.events.event_types import CAMEO, CAMEO_OF_TYPE, EVENT_TYPES, Event, find_events
from pipeline.lib.events.extraction import article_events, meeting_paragraphs
from pipeline.lib.events.meetings import DatedSpan, EntitySpan, ParagraphIn, ParseCache
from pipeline.lib.events.quotations import Person
from tests.unit.test_meetings import naming_every

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
    """The article's events as the pipeline reads them (`extraction.article_events`)."""
    _, found = article_events(paragraphs, {}, PARSE, people or {})
    return [(e.event_type, e.cameo_code, e.actor_a, e.actor_b, e.place) for e in found]


def sides_of(paragraphs):
    """(type, side A, side B) of each of the article's events."""
    return [(e[0], e[2], e[3]) for e in events(paragraphs)]


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
    # a hosting in a city whose country the article names is the guest's visit to that country
    assert ("VISIT", "042", "Gabriel Boric", "China", "Beijing") in got
    assert not any(e[1] == "043" for e in got)


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


def test_a_group_named_by_the_body_it_makes_up_is_that_body():
    p = paragraph(1, "India lashed out at the restrictive trade policies of the G7 nations.", countries=["India"],
                  orgs=["G7"])  # fmt: skip
    q = paragraph(2, "Iran accused Opec members of cheating on quotas.", countries=["Iran"], orgs=["Opec"])
    r = paragraph(3, "Kenya praised the EU member states for their aid.", countries=["Kenya"], orgs=["EU"])
    assert [e[:4] for e in events([p, q, r])] == [
        ("CRITICIZE", "111", "India", "G7"), ("CRITICIZE", "112", "Iran", "Opec"), ("SUPPORT", "051", "Kenya", "EU"),
    ]  # fmt: skip


def test_a_name_the_model_missed_is_not_replaced_by_its_possessor():
    p = paragraph(
        1, "Venezuela signed a supply contract with Japan's Hitachi last week.", countries=["Venezuela", "Japan"]
    )
    signed = [e for e in events([p]) if e[0] == "SIGN"]
    assert signed == [("SIGN", "057", "Venezuela", None, None)]


def test_attack_is_criticism_of_words_or_of_a_person_over_something_not_force():
    p = paragraph(1, "Vince Cable attacked Gordon Brown's budget plans.", people=["Vince Cable", "Gordon Brown"])
    q = paragraph(2, "John Kerry attacked Nancy Pelosi over the bill.", people=["John Kerry", "Nancy Pelosi"])
    r = paragraph(3, "Russia attacked Ukraine in February.", countries=["Russia", "Ukraine"])
    s = paragraph(
        4, "The court heard that Wayne Smith attacked Lee Jones outside a pub.", people=["Wayne Smith", "Lee Jones"]
    )
    t = paragraph(5, "Mark Dixon was attacked by Paul Cole with a bat.", people=["Mark Dixon", "Paul Cole"])
    got = events([p, q, r, s, t])
    assert ("CRITICIZE", "111", "Vince Cable", "Gordon Brown", None) in got
    assert ("CRITICIZE", "111", "John Kerry", "Nancy Pelosi", None) in got
    assert [e for e in got if e[0] == "CRITICIZE"] == [e for e in got if e[2] in ("Vince Cable", "John Kerry")]


def test_a_subject_pronoun_follows_the_last_subject_and_the_party_is_the_party_named_last():
    first = paragraph(1, "Nigel Farage said the Green Party had no plan, and Caroline Lucas disagreed.",
                      people=["Nigel Farage", "Caroline Lucas"], orgs=["Green Party"])  # fmt: skip
    second = paragraph(2, "Mr Farage said Ms Lucas was wrong. He accused the party of misleading voters.",
                       people=["Farage", "Lucas"])  # fmt: skip
    people = {"Nigel Farage": Person(gender="M"), "Caroline Lucas": Person(gender="F"),
              "Farage": Person(gender="M"), "Lucas": Person(gender="F")}  # fmt: skip
    got = events([first, second], people)
    assert ("CRITICIZE", "112", "Farage", "Green Party", None) in got


def test_a_role_the_article_never_gave_is_not_the_last_subject_but_acts_for_its_body():
    """ "The chancellor" after a sentence about the prime minister is someone else: a guess at the
    last sentence's subject was wrong more often than right on the gold sets. An office acts for
    the body it is of ("the Labour chairman" for Labour; the gold sets count "the Tory spokesman"
    as the party), as the meetings read it."""
    text = "Dr Reid accused Mr Davis of scaremongering. The Labour chairman attacked Michael Howard's plans."
    p = paragraph(1, text, people=["Reid", "Davis", "Michael Howard"], orgs=["Labour"])
    assert [e[:4] for e in events([p])] == [
        ("CRITICIZE", "112", "Reid", "Davis"),
        ("CRITICIZE", "111", "Labour", "Michael Howard"),
    ]
    described = "Labour chairman Ian Reid spoke. The Labour chairman attacked Michael Howard's plans."
    q = paragraph(2, described, people=["Ian Reid", "Michael Howard"], orgs=["Labour"])
    assert [e[:4] for e in events([q])] == [("CRITICIZE", "111", "Ian Reid", "Michael Howard")]


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


# Participles that tell who brought charges ("charges, raised by Mr Spitzer").
_CHARGES_MADE = ("brought", "filed", "pressed", "laid", "levelled", "raised", "lodged")


def test_every_trigger_form_sends_its_sentence_to_the_parser():
    """A trigger the cue words miss is never parsed, so never read. "back" alone is left out of the
    cues (mostly an adverb); words common outside events are cues only in their phrase."""
    from pipeline.lib.events import event_types as et
    from pipeline.lib.events.cues import CUE_WORDS

    single = (et._VISIT_VERBS | et._VISIT_NOUNS | et._ARRIVE | et._HOST | et._SIGN | et._PRAISE | et._SUPPORT
              | et._CRITICIZE | et._ACCUSE | et._ATTACK | et._SUPPORT_NOUNS | et._PRAISE_NOUNS | et._CRITICISM_NOUNS
              | et._ACCUSATION_NOUNS | et._RAP | et._SAVAGE) - {"back", "tribute", "tributes"}  # fmt: skip
    phrases = ({f"{w} of" for w in et._SUPPORTER_NOUNS} | {f"{w} highly of" for w in et._IDIOM_VERBS}
               | {"paid tribute to"} | {f"{w} out at" for w in et._OUT_AT} | {f"{w} back at" for w in et._OUT_AT}
               | {f"{w} on" for w in et._ROUND_ON} | {f"{w} to" for w in et._HEAD_TO}
               | {f"{w} two days in" for w in et._SPEND} | {f"{w} the plan as" for w in et._DISMISS}
               | {f"{w} fraud charges" for w in et._SETTLE} | {f"charges, {w}" for w in _CHARGES_MADE}
               | {f"{w} into" for w in et._TEAR_INTO} | {"charged by"} | {"tributes were paid", "tributes to"}
               | {f"{w} aim" for w in et._TAKE} | {f"{w} scorn on" for w in et._POUR}
               | {f"{w} the firm to task" for w in et._TAKE})  # fmt: skip
    assert [w for w in sorted(single | phrases) if not CUE_WORDS.search(w)] == []


def test_the_two_firms_the_party_it_and_a_name_given_again_in_part():
    first = paragraph(1, "Renault and Nissan agreed terms. Renault said talks went well.", orgs=["Renault", "Nissan"])
    second = paragraph(2, "The two firms signed a memorandum on Friday.")
    third = paragraph(3, "Lionel Jospin praised the Socialist Party. Later he accused the party of timidity.",
                      people=["Lionel Jospin"], orgs=["Socialist Party"])  # fmt: skip
    fourth = paragraph(4, "Kofi Annan spoke first. Ghana thanked Mr Annan for his work.",
                       people=["Kofi Annan"], countries=["Ghana"])  # fmt: skip
    got = events([first, second, third, fourth], {"Lionel Jospin": Person(gender="M")})
    assert ("SIGN", "057", "Renault", "Nissan", None) in got or ("SIGN", "057", "Nissan", "Renault", None) in got
    assert ("CRITICIZE", "112", "Lionel Jospin", "Socialist Party", None) in got
    assert ("SUPPORT", "051", "Ghana", "Kofi Annan", None) in got


def test_a_body_is_told_of_after_by_the_noun_that_introduced_it():
    # "energy watchdog PowerWatch … the watchdog", "Thai conglomerate Chanthavong … the conglomerate"
    lead = paragraph(1, "Energy watchdog PowerWatch has ordered Northfield Gas to repay customers.",
                     orgs=["PowerWatch", "Northfield Gas"])  # fmt: skip
    then = paragraph(2, "The watchdog criticised Northfield Gas for serious failings.", orgs=["Northfield Gas"])
    deal = paragraph(3, "Thai conglomerate Chanthavong signed a deal with Halvorsen. The conglomerate praised "
                     "Norvik Bank for its help.", orgs=["Chanthavong", "Halvorsen", "Norvik Bank"])  # fmt: skip
    got = events([lead, then, deal])
    assert ("CRITICIZE", "111", "PowerWatch", "Northfield Gas", None) in got
    assert ("SUPPORT", "051", "Chanthavong", "Norvik Bank", None) in got


def test_a_noun_before_a_comma_or_a_plural_is_no_body_s_introduction():
    # (a clause's noun before a comma, "Under the agreement, Norvane …"; "the campaigners" are more
    # than one)
    lead = paragraph(1, "Under the agreement, Norvane will supply power. The agreement was praised by Kestrel.",
                     orgs=["Norvane", "Kestrel"])  # fmt: skip
    then = paragraph(2, "Kestrel welcomed the agreement.", orgs=["Kestrel"])
    plural = paragraph(3, "Noise campaigners Greenwatch and Airwatch met. The campaigners criticised Ofcom.",
                       orgs=["Greenwatch", "Airwatch", "Ofcom"])  # fmt: skip
    got = events([lead, then, plural])
    assert not [e for e in got if "Norvane" in (e[2], e[3])]
    assert not [e for e in got if e[2] == "Greenwatch"]


def test_the_kind_of_body_after_its_name_and_the_firm_it_accused():
    # "the Allied Trades union … the union accused the firm": the union named with its kind after
    # its name, and the firm the last body named other than the union, in a paragraph before
    lead = paragraph(1, "Workers at Dunmore Aerospace are to vote on strikes.", orgs=["Dunmore Aerospace"])
    union = paragraph(2, "The Allied Trades union said the offer fell short.", orgs=["Allied Trades"])
    then = paragraph(3, "On Thursday the union accused the firm of cutting pay without consultation.")
    got = events([lead, union, then])
    assert ("CRITICIZE", "112", "Allied Trades", "Dunmore Aerospace", None) in got


def test_the_country_is_the_country_named_last_and_the_government_acts_on_another():
    lead = paragraph(1, "Guinea-Bissau held a peaceful run-off on Sunday.", countries=["Guinea-Bissau"])
    then = paragraph(2, "China congratulated the West African country on the vote.", countries=["China"])
    # (a bare "the government" is the article's country also where its sentence names the country
    # it acts on)
    ghana = paragraph(3, "Ghana recalled its envoy.", countries=["Ghana"])
    again = paragraph(4, "Ghana said its traders had been held.", countries=["Ghana"])
    says = paragraph(5, "In a statement, the government condemned Togo.", countries=["Togo"])
    got = events([lead, then, ghana, again, says])
    assert ("SUPPORT", "051", "China", "Guinea-Bissau", None) in got
    assert ("CRITICIZE", "111", "Ghana", "Togo", None) in got


def test_a_title_before_the_name_it_describes_is_no_name_the_model_missed():
    # "Speaker" is capitalised and no entity, but a title: the name after it is the side
    text = "Rosalia Blandon met the Speaker of the Parliament of Belarus, Aliaksandr Kavalenka, on Monday."
    p = paragraph(1, text, people=["Rosalia Blandon", "Aliaksandr Kavalenka"], orgs=["Parliament of Belarus"])
    assert ("MEET", "040", "Rosalia Blandon", "Aliaksandr Kavalenka", None) in events([p])


def test_solidarity_with_a_body_the_parser_hangs_on_the_verb():
    # (the parser hangs "with the Bolivian Confederation …" on "expressed", not on "solidarity")
    text = "Cuba expressed its solidarity with the Bolivian Confederation of Urban Teachers."
    p = paragraph(1, text, countries=["Cuba"], orgs=["Bolivian Confederation of Urban Teachers"])
    q = paragraph(2, "Ana Ruiz expressed support with a statement.", people=["Ana Ruiz"])  # not whom for
    got = events([p, q])
    assert ("SUPPORT", "053", "Cuba", "Bolivian Confederation of Urban Teachers", None) in got
    assert not [e for e in got if e[2] == "Ana Ruiz"]


def test_solidarity_advocates_the_efforts_of_a_government_and_a_demonym_people():
    p = paragraph(1, "Cuba reiterated its solidarity with Venezuela.", countries=["Cuba", "Venezuela"])
    q = paragraph(2, "Tony Blair has been a leading advocate of Turkish membership.", people=["Tony Blair"],
                  countries=["Turkish"])  # fmt: skip
    r = paragraph(3, "Norway voiced support for the efforts of the government of President Mahmoud Abbas.",
                  countries=["Norway"], people=["Mahmoud Abbas"])  # fmt: skip
    s = paragraph(4, "Chile thanked the Argentine people for their help.", countries=["Chile", "Argentine"])
    t = paragraph(5, "Peru welcomed the Bolivian peace process.", countries=["Peru", "Bolivian"])
    got = events([p, q, r, s, t])
    assert ("SUPPORT", "053", "Cuba", "Venezuela", None) in got
    assert ("SUPPORT", "053", "Tony Blair", "Turkish", None) in got
    assert ("SUPPORT", "053", "Norway", "Mahmoud Abbas", None) in got
    assert ("SUPPORT", "051", "Chile", "Argentine", None) in got
    assert not [e for e in got if e[2] == "Peru"]  # a process is a thing, not its country


def test_criticism_received_names_its_giver_and_a_passive_that_is_the_last_subject():
    p = paragraph(1, "Tony Blair faced criticism from Michael Howard.", people=["Tony Blair", "Michael Howard"])
    q = paragraph(2, "Charles Clarke said he would change the law. That has been attacked by the Tories as too little.",
                  people=["Charles Clarke"], orgs=["Tories"])  # fmt: skip
    got = events([p, q])
    assert ("CRITICIZE", "111", "Michael Howard", "Tony Blair", None) in got
    assert ("CRITICIZE", "111", "Tories", "Charles Clarke", None) in got


def test_such_as_lists_members_and_a_tour_of_places_is_no_visit_to_hosts():
    p = paragraph(
        1, "Britain praised African countries such as Kenya and Ghana.", countries=["Britain", "Kenya", "Ghana"]
    )
    q = paragraph(2, "Mr Kennedy visits Leeds, York, Hull and Torbay this week.", people=["Kennedy", "Torbay"],
                  places=["Leeds", "York", "Hull"])  # fmt: skip
    r = paragraph(3, "Tony Blair visited George Bush and Condoleezza Rice in Washington.",
                  people=["Tony Blair", "George Bush", "Condoleezza Rice"], places=["Washington"])  # fmt: skip
    got = events([p, q, r])
    assert {e[3] for e in got if e[:3] == ("SUPPORT", "051", "Britain")} == {"Kenya", "Ghana"}
    assert not [e for e in got if e[0] == "VISIT" and e[3] == "Torbay"]
    assert ("VISIT", "042", "Tony Blair", "George Bush", "Washington") in got


def test_a_subject_pronoun_does_not_skip_a_sentence_that_named_someone_else():
    text = "Tony Blair criticised John Prescott on Monday. Gordon Brown went home early. He praised Michael Howard."
    p = paragraph(1, text, people=["Tony Blair", "John Prescott", "Gordon Brown", "Michael Howard"])
    got = events([p])
    assert ("SUPPORT", "051", "Gordon Brown", "Michael Howard", None) in got


def test_a_subject_pronoun_opening_its_naming_is_whom_the_sentence_before_named_first():
    # the sentence before is not parsed (no cue): its first person named, not its last, goes on
    first = paragraph(1, "Rosa Ibarra spent Monday at home with her adviser, Pablo Lemos.",
                      people=["Rosa Ibarra", "Pablo Lemos"])  # fmt: skip
    second = paragraph(2, "In the evening she praised Chile's finance minister.", countries=["Chile"])
    people = {"Rosa Ibarra": Person(), "Pablo Lemos": Person()}
    assert ("SUPPORT", "051", "Rosa Ibarra", "Chile", None) in events([first, second], people)
    # a man's "he" passes over her
    second = paragraph(2, "In the evening he praised Chile's finance minister.", countries=["Chile"])
    people = {"Rosa Ibarra": Person(gender="F"), "Pablo Lemos": Person(gender="M")}
    assert ("SUPPORT", "051", "Pablo Lemos", "Chile", None) in events([first, second], people)
    # and one of unknown sex named first gives way to one known to be of the pronoun's
    text = "The sports minister, Ababu Namwamba, praised Faith Kipyegon. She thanked Kenya."
    p = paragraph(1, text, people=["Ababu Namwamba", "Faith Kipyegon"], countries=["Kenya"])
    people = {"Ababu Namwamba": Person(), "Faith Kipyegon": Person(gender="F")}
    assert ("SUPPORT", "051", "Faith Kipyegon", "Kenya", None) in events([p], people)


def test_it_is_the_organisation_named_before_it():
    p = paragraph(1, "Exxon said it had signed a deal with Rosneft.", orgs=["Exxon", "Rosneft"])
    assert ("SIGN", "057", "Exxon", "Rosneft", None) in events([p])


def test_events_told_as_possible_planned_expected_or_conditional_did_not_happen():
    not_yet = [
        ("The coach would consider signing Pedro Alves once his ban ends.", ["Pedro Alves"], []),
        ("Prime Minister Anna Berg plans to visit Chile in March.", ["Anna Berg"], ["Chile"]),
        ("Prime Minister Anna Berg is due to visit Chile next week.", ["Anna Berg"], ["Chile"]),
        ("Prime Minister Anna Berg will visit Chile next week.", ["Anna Berg"], ["Chile"]),
        ("If Anna Berg visits Chile, the talks may resume.", ["Anna Berg"], ["Chile"]),
        ("Norway could sign the treaty with Chile this year.", [], ["Norway", "Chile"]),
        ("Anna Berg is expected to criticise Chile at the summit.", ["Anna Berg"], ["Chile"]),
        (
            "Anna Berg said she looked forward to visiting Chile and to meeting Ben Dorr.",
            ["Anna Berg", "Ben Dorr"],
            ["Chile"],
        ),  # fmt: skip
    ]
    for no, (text, people, countries) in enumerate(not_yet, start=1):
        assert events([paragraph(no, text, people=people, countries=countries)]) == [], text
    done = [
        ("Prime Minister Anna Berg visited Chile in March.", ["Anna Berg"], ["Chile"], ("VISIT", "Anna Berg", "Chile")),
        ("Norway signed the treaty with Chile.", [], ["Norway", "Chile"], ("SIGN", "Norway", "Chile")),
        # a pledge of support is support: "will" does not hold it back
        ("Norway will firmly support Chile in its reforms.", [], ["Norway", "Chile"], ("SUPPORT", "Norway", "Chile")),
    ]
    for no, (text, people, countries, expected) in enumerate(done, start=1):
        got = [(kind, a, b) for kind, _, a, b, _ in events([paragraph(no, text, people=people, countries=countries)])]
        assert expected in got, text


def test_a_conjunct_with_its_own_subject_is_told_as_done_though_the_clause_before_is_not():
    text = "Tessa Jowell said a delay would be disastrous and she accused Labour of dithering."
    got = events([paragraph(1, text, people=["Tessa Jowell"], orgs=["Labour"])])
    assert [(kind, b) for kind, _, _, b, _ in got] == [("CRITICIZE", "Labour")]
    shared = "Norway could sign and ratify the treaty with Chile this year."
    assert events([paragraph(2, shared, countries=["Norway", "Chile"])]) == []


def test_criticism_in_other_words_and_phrasal_verbs_and_blame():
    cases = [
        ("Anna Berg castigated Labour over its budget.", ("CRITICIZE", "111", "Anna Berg", "Labour")),
        ("Labour decried the Tories for the cuts.", ("CRITICIZE", "111", "Labour", "Tories")),
        ("Anna Berg hit out at Labour over the budget.", ("CRITICIZE", "111", "Anna Berg", "Labour")),
        ("Anna Berg lashed out at Labour during the debate.", ("CRITICIZE", "111", "Anna Berg", "Labour")),
        ("Anna Berg rounded on Labour in the debate.", ("CRITICIZE", "111", "Anna Berg", "Labour")),
        ("Anna Berg blamed Labour for the delays.", ("CRITICIZE", "112", "Anna Berg", "Labour")),
        ("Anna Berg extolled Labour for its record.", ("SUPPORT", "051", "Anna Berg", "Labour")),
        ("Anna Berg championed Labour throughout the campaign.", ("SUPPORT", "053", "Anna Berg", "Labour")),
    ]
    for no, (text, expected) in enumerate(cases, start=1):
        people, orgs = [p for p in ["Anna Berg"] if p in text], [o for o in ("Labour", "Tories") if o in text]
        got = events([paragraph(no, text, people=people, orgs=orgs)])
        assert [g[:4] for g in got] == [expected], text
    # hitting, lashing or rounding without the phrase is not criticism
    for no, text in enumerate(["Anna Berg hit Labour's candidate with a pie.", "The second round on Labour's "
                               "plan ended.", "Anna Berg hit out during the debate."], start=20):  # fmt: skip
        orgs = ["Labour"] if "Labour" in text else []
        assert events([paragraph(no, text, people=[p for p in ["Anna Berg"] if p in text], orgs=orgs)]) == [], text


def test_that_criticised_is_the_author_of_the_sentence_before_and_both_parties_are_the_two_most_named():
    text = ("Home Secretary Anna Berg has come up with new proposals for a points system. "
            "That has been attacked by the Conservatives as too little, too late.")  # fmt: skip
    got = events([paragraph(1, text, people=["Anna Berg"], orgs=["Conservatives"])])
    assert [g[:4] for g in got] == [("CRITICIZE", "111", "Conservatives", "Anna Berg")]
    parties = ["Labour", "Conservatives"]
    named = paragraph(2, "Labour and the Conservatives both want limits on migration.", orgs=parties)
    both = paragraph(3, "Union leader Tom Hale has accused both the big parties of a bidding war.", people=["Tom Hale"])
    got = events([named, both])
    assert sorted(g[:4] for g in got) == [
        ("CRITICIZE", "112", "Tom Hale", "Conservatives"),
        ("CRITICIZE", "112", "Tom Hale", "Labour"),
    ]


def test_side_b_by_reference_it_the_club_s_decision_and_never_side_a_itself():
    quit_ = paragraph(1, "Former minister Jane Dole has left the Green Party and accused it of abandoning its voters.",
                      people=["Jane Dole"], orgs=["Green Party"])  # fmt: skip
    club = paragraph(2, "Arsenal dropped Paul Stone on Friday.", people=["Paul Stone"], orgs=["Arsenal"])
    owner = paragraph(3, "Stone has hit out at the club's decision.", people=["Stone"])
    union = paragraph(4, "Arsenal were criticised, with the Players' Union accusing the club of negligence.",
                      orgs=["Arsenal", "Players' Union"])  # fmt: skip
    got = [g[:4] for g in events([quit_, club, owner, union])]
    assert ("CRITICIZE", "112", "Jane Dole", "Green Party") in got
    assert ("CRITICIZE", "111", "Stone", "Arsenal") in got
    assert ("CRITICIZE", "112", "Players' Union", "Arsenal") in got
    assert not [g for g in got if g[2] == g[3] or g[2:] == ("Players' Union", "Players' Union")]
    assert not [g for g in got if g[2] is None]  # the criticism told without its giver is the union's


def test_a_passive_criticism_with_no_giver_named_leaves_side_a_unnamed():
    p = paragraph(1, "Tom Hart and Jo Cole were accused of fraud on Monday.", people=["Tom Hart", "Jo Cole"])
    q = paragraph(2, "Arsenal have been criticised for their stance.", orgs=["Arsenal"])
    got = sorted(g[:4] for g in events([p, q]))
    assert got == [("CRITICIZE", "111", None, "Arsenal"), ("CRITICIZE", "112", None, "Jo Cole"),
                   ("CRITICIZE", "112", None, "Tom Hart")]  # fmt: skip


def test_a_participle_without_be_tells_of_whom_by_no_one_named():
    trial = paragraph(1, "Former Norvik boss Tom Hart is standing trial, accused of overseeing a fraud.",
                      people=["Tom Hart"], orgs=["Norvik"])  # fmt: skip
    noun = paragraph(2, "Jo Cole, accused of lying to Parliament, resigned on Monday.", people=["Jo Cole"])
    assert [g[:4] for g in events([trial])] == [("CRITICIZE", "112", None, "Tom Hart")]
    assert [g[:4] for g in events([noun])] == [("CRITICIZE", "112", None, "Jo Cole")]


def test_a_description_before_a_name_and_a_quotation_between_keep_the_story_s_subject():
    """ "The Labour leader said" (in a clause the parser joins to "Jo Cole's plan was …") is the
    person an earlier sentence called "Labour leader Ann Miles", not Jo Cole, who owns the subject;
    a sentence that is all quotation is that person still speaking, so "She" in the next paragraph
    is still her, not Tom Hart. No title gave anyone's gender."""
    first = paragraph(1, "Labour leader Ann Miles spoke in Leeds on Monday.", people=["Ann Miles"])
    text = ('Jo Cole\'s plan was not about the city, but "all about his party," the Labour leader said. '
            "She went on to criticise Tom Hart over the delays.")  # fmt: skip
    second = paragraph(2, text, people=["Jo Cole", "Tom Hart"])
    third = paragraph(3, 'Ann Miles attacked Tom Hart\'s budget for its cuts. "We will fight it all the way."',
                      people=["Ann Miles", "Tom Hart"])  # fmt: skip
    fourth = paragraph(4, "She also accused the Greens of hiding the figures.", orgs=["Greens"])
    people = {"Ann Miles": Person(), "Jo Cole": Person(), "Tom Hart": Person()}
    got = [g[:4] for g in events([first, second, third, fourth], people)]
    assert ("CRITICIZE", "111", "Ann Miles", "Tom Hart") in got
    assert ("CRITICIZE", "112", "Ann Miles", "Greens") in got
    assert not [g for g in got if g[2] in ("Tom Hart", "Jo Cole")]


def test_hitting_back_a_rebuke_in_headline_english_and_what_authors_said_or_decided():
    cases = [
        ("Jo Bloggs hit back at Sam Lee's claim that it failed.", ("CRITICIZE", "111", "Jo Bloggs", "Sam Lee")),
        ("Coach Bill Hay has rapped captain Tom Ford for his comments.", ("CRITICIZE", "111", "Bill Hay", "Tom Ford")),
        ("The Green Party backed Labour demands for a vote.", ("SUPPORT", "053", "Green Party", "Labour")),
    ]  # fmt: skip
    for no, (text, expected) in enumerate(cases, start=1):
        people = [p for p in ("Jo Bloggs", "Sam Lee", "Bill Hay", "Tom Ford") if p in text]
        orgs = [o for o in ("Green Party", "Labour") if o in text]
        assert [g[:4] for g in events([paragraph(no, text, people=people, orgs=orgs)])] == [expected], text
    welcome = "Britain welcomed the decision by Peru and Chile to open the border."
    got = events([paragraph(9, welcome, countries=["Britain", "Peru", "Chile"])])
    assert sorted(g[:4] for g in got) == [("SUPPORT", "051", "Britain", "Chile"), ("SUPPORT", "051", "Britain", "Peru")]
    # rapping with no one rebuked, or no reason, is music
    for no, text in enumerate(["The singer rapped over the beat for an hour.", "Bill Hay rapped a verse."], start=20):
        assert events([paragraph(no, text, people=[p for p in ["Bill Hay"] if p in text])]) == [], text


def test_an_agreement_concluded_in_other_words_is_signed_unless_failed_tried_or_a_chance():
    cases = [
        ("Volvo agreed a supply deal with Ford on Monday.", [("SIGN", "057", "Volvo", "Ford")]),
        ("Volvo has struck a deal to supply Ford with 9,000 engines.", [("SIGN", "057", "Volvo", "Ford")]),
        ("Volvo reached an agreement with Ford over the plant.", [("SIGN", "057", "Volvo", "Ford")]),
        ("Volvo agreed with Ford that prices were high.", []),  # agreeing is not an agreement
        ("Volvo failed to agree a deal with Ford.", []),
        ("Volvo refused to sign the contract with Ford.", []),
        ("Volvo still had a chance to seal the deal with Ford.", []),
        ("Volvo tried to sign a deal with Ford.", []),
    ]
    for no, (text, expected) in enumerate(cases, start=1):
        got = events([paragraph(no, text, orgs=["Volvo", "Ford"])])
        assert [g[:4] for g in got] == expected, text


def test_arriving_at_a_building_is_no_visit():
    text = "As Ann Miles arrived at the London police station, there was some confusion."
    assert events([paragraph(1, text, people=["Ann Miles"], places=["London"])]) == []


def test_the_pair_or_the_two_men_who_met_are_the_last_two_people_named():
    first = paragraph(1, "Ray Dunn has toured the region with his campaign.", people=["Ray Dunn"])
    second = paragraph(2, "Critic Neil Moss waited at York station. The pair met on the platform.",
                       people=["Neil Moss"], places=["York"])  # fmt: skip
    got = [g[:4] for g in events([first, second])]
    assert got == [("MEET", "040", "Ray Dunn", "Neil Moss")]
    alone = paragraph(3, "Ray Dunn waited. The two teams met in the final.", people=["Ray Dunn"])
    assert events([alone]) == []


def test_branding_labelling_slating_admiring_and_his_policies():
    cases = [
        ('Jo Bloggs branded Sam Lee "arrogant and wrong" on Monday.', [("CRITICIZE", "111", "Jo Bloggs", "Sam Lee")]),
        ("Jo Bloggs branded Labour's plan unworkable.", [("CRITICIZE", "111", "Jo Bloggs", "Labour")]),
        ("Labour's plan was labelled a disgrace by Jo Bloggs.", [("CRITICIZE", "111", "Jo Bloggs", "Labour")]),
        ("Jo Bloggs slated Sam Lee for his remarks.", [("CRITICIZE", "111", "Jo Bloggs", "Sam Lee")]),
        ("Jo Bloggs said he admired Sam Lee's leadership.", [("SUPPORT", "051", "Jo Bloggs", "Sam Lee")]),
        ("The new phone was branded with the Labour logo.", []),  # a brand, not a name called
        ("The album is slated for release in May.", []),  # scheduled
    ]  # fmt: skip
    for no, (text, expected) in enumerate(cases, start=1):
        people = [p for p in ("Jo Bloggs", "Sam Lee") if p in text]
        got = events([paragraph(no, text, people=people, orgs=[o for o in ["Labour"] if o in text])])
        assert [g[:4] for g in got] == expected, text
    label = paragraph(10, 'Jo Bloggs branded the official Yes Campaign "two-bit Tories".', people=["Jo Bloggs"],
                      orgs=["Yes Campaign", "Tories"])  # fmt: skip
    assert [g[:4] for g in events([label])] == [("CRITICIZE", "111", "Jo Bloggs", "Yes Campaign")]
    his = paragraph(11, "Sam Lee spoke first. Labour and the Tories have attacked his policies as unworkable.",
                    people=["Sam Lee"], orgs=["Labour", "Tories"])  # fmt: skip
    assert sorted(g[:4] for g in events([his])) == [("CRITICIZE", "111", "Labour", "Sam Lee"),
                                                    ("CRITICIZE", "111", "Tories", "Sam Lee")]  # fmt: skip


def test_a_purpose_is_not_done_and_a_demonym_on_a_community_is_not_the_country_visited():
    purpose = paragraph(1, "Jo Bloggs will speak during a visit to support Sam Lee.", people=["Jo Bloggs", "Sam Lee"])
    assert events([purpose]) == []
    community = paragraph(2, "Jo Bloggs was visiting the Pakistani community in Leeds.", people=["Jo Bloggs"],
                          countries=["Pakistani"], places=["Leeds"])  # fmt: skip
    assert events([community]) == []
    island = paragraph(3, "Jo Bloggs made a stopover on the Greek island of Rhodes.", people=["Jo Bloggs"],
                       countries=["Greek"], places=["Rhodes"])  # fmt: skip
    assert [g[:4] for g in events([island])] == [("VISIT", "042", "Jo Bloggs", "Greek")]


def test_a_signing_with_no_partner_phrase_has_its_partner_elsewhere_and_is_left_out():
    elsewhere = paragraph(1, "Villa boss Tom Hart signed a contract extension on Thursday.", people=["Tom Hart"])
    assert events([elsewhere]) == []
    unnamed = paragraph(2, "China signed 26 cooperation documents with 19 regional countries.", countries=["China"])
    assert [g[:4] for g in events([unnamed])] == [("SIGN", "057", "China", None)]


def test_visits_to_a_city_on_a_tour_by_air_and_time_spent_in_a_country():
    city = paragraph(1, "Mr Lind, visiting Lisbon, said the embargo should stay.", people=["Lind"], places=["Lisbon"])
    tour = paragraph(2, "Foreign Minister Ana Ruiz, touring Chile and Peru, praised the accord.", people=["Ana Ruiz"],
                     countries=["Chile", "Peru"])  # fmt: skip
    spent = paragraph(3, "Mr Dubois spent two days in Kenya before heading on Friday to Uganda.", people=["Dubois"],
                      countries=["Kenya", "Uganda"])  # fmt: skip
    flew = paragraph(4, "Ms Park flew to Japan on Monday.", people=["Park"], countries=["Japan"])
    got = events([city, tour, spent, flew])
    assert ("VISIT", "042", "Lind", None, "Lisbon") in got
    assert {g[3] for g in got if g[2] == "Ana Ruiz"} == {"Chile", "Peru"}
    assert {g[3] for g in got if g[2] == "Dubois"} == {"Kenya", "Uganda"}
    assert ("VISIT", "042", "Park", "Japan", None) in got
    # Money spent in a country and a ball headed to a player are no visits; nor is a campaign tour
    # of many towns.
    money = paragraph(5, "Mr Dubois spent millions in Kenya and headed the ball to Park.", people=["Dubois", "Park"],
                      countries=["Kenya"])  # fmt: skip
    towns = paragraph(6, "Mr Lind visits Leeds, York, Hull and Derby this week.", people=["Lind"],
                      places=["Leeds", "York", "Hull", "Derby"])  # fmt: skip
    assert events([money]) == [] and events([towns]) == []
    # The same tour with the towns typed as the clubs or people that share their names, as a
    # corpus-wide type vote may leave them, is still no visit.
    mistyped = paragraph(10, "Mr Lind visits Leeds, York, Hull and Derby this week.", people=["Lind", "Hull"],
                         places=["Leeds", "Derby"], orgs=["York"])  # fmt: skip
    assert events([mistyped]) == []
    # A return home, an airline's route, a stay of months: no visits.
    home = paragraph(7, "Tony Blair flew home to Britain on Sunday.", people=["Tony Blair"], countries=["Britain"])
    route = paragraph(8, "Ryanair flies to Spain from Stansted.", orgs=["Ryanair"], countries=["Spain"])
    stay = paragraph(9, "Jo Hart spent nine months in Italy with Juventus.", people=["Jo Hart"], countries=["Italy"],
                     orgs=["Juventus"])  # fmt: skip
    assert events([home]) == [] and events([route]) == [] and events([stay]) == []


def test_sides_through_officials_a_relative_pronoun_and_a_passive_with_no_subject():
    officials = paragraph(1, "Ms Smith accused Ruritania officials of blocking the talks.", people=["Smith"],
                          countries=["Ruritania"])  # fmt: skip
    others = paragraph(2, "Ms Smith accused Tom Hart and other Cabinet ministers of lying.",
                       people=["Smith", "Tom Hart"], orgs=["Cabinet"])  # fmt: skip
    relative = paragraph(3, "Mr Dole said he regretted joining the Green Party, which he labelled a shambles.",
                         people=["Dole"], orgs=["Green Party"])  # fmt: skip
    no_subject = paragraph(4, "Oxfam has found itself in trouble after being accused of fraud.", orgs=["Oxfam"])
    assert [g[:4] for g in events([officials])] == [("CRITICIZE", "112", "Smith", "Ruritania")]
    assert [g[:4] for g in events([others])] == [("CRITICIZE", "112", "Smith", "Tom Hart")]
    assert [g[:4] for g in events([relative])] == [("CRITICIZE", "111", "Dole", "Green Party")]
    assert [g[:4] for g in events([no_subject])] == [("CRITICIZE", "112", None, "Oxfam")]


def test_dismissed_as_and_criticism_of_what_no_one_named_decided():
    dismissed = paragraph(
        1, "Mr Howard dismissed Gordon Brown's Budget as a gimmick.", people=["Howard", "Gordon Brown"]
    )
    fired = paragraph(2, "The club dismissed Tom Hart as manager on Monday.", people=["Tom Hart"])
    decision = paragraph(3, "Mr Howard branded the decision unacceptable.", people=["Howard"])
    person = paragraph(4, "Mr Howard criticised a union leader who spoke.", people=["Howard"])
    assert [g[:4] for g in events([dismissed])] == [("CRITICIZE", "111", "Howard", "Gordon Brown")]
    assert events([fired]) == [] and events([person]) == []
    assert [g[:4] for g in events([decision])] == [("CRITICIZE", "111", "Howard", None)]


def test_a_subject_pronoun_means_a_subject_named_before_it_in_its_own_sentence():
    text = ("Police chief Tom Hart said people would suffer. But Culture Secretary Ann Lowe said a delay would be "
            "disastrous and she accused the Tories of opportunism.")  # fmt: skip
    p = paragraph(1, text, people=["Tom Hart", "Ann Lowe"], orgs=["Tories"])
    assert [g[:4] for g in events([p])] == [("CRITICIZE", "112", "Ann Lowe", "Tories")]


def test_what_someone_would_be_happy_is_keen_or_is_to_do_is_not_done():
    happy = paragraph(1, "Mr Lind says he would be happy to meet Mr Dole.", people=["Lind", "Dole"])
    keen = paragraph(2, "Mr Lind is keen to sign a deal with Peru.", people=["Lind"], countries=["Peru"])
    done = paragraph(3, "Mr Lind met Mr Dole and was happy with the talks.", people=["Lind", "Dole"])
    arranged = paragraph(4, "Mr Lind is to join Mr Dole in a visit to Peru on Thursday.", people=["Lind", "Dole"],
                         countries=["Peru"])  # fmt: skip
    glad = paragraph(5, "Mr Lind would be glad to meet Mr Dole.", people=["Lind", "Dole"])
    assert events([happy]) == [] and events([keen]) == [] and events([arranged]) == [] and events([glad]) == []
    assert [e[:4] for e in events([done])] == [("MEET", "040", "Lind", "Dole")]


def test_the_government_unqualified_is_no_one_and_an_organisation_attacked_is_force():
    """ "The government" in British news is the UK's even when the article names France most (the
    publisher's country, which a text file does not give): it is no side."""
    first = paragraph(1, "France and Peru traded. France faces problems, Mr Howard said.", people=["Howard"],
                      countries=["France", "Peru"])  # fmt: skip
    accused = paragraph(2, "Mr Howard accused the government of surrendering the rebate.", people=["Howard"])
    named = paragraph(
        3, "Mr Howard accused the Peruvian government of lying.", people=["Howard"], countries=["Peruvian"]
    )
    got = [e[:4] for e in events([first, accused, named])]
    assert got == [("CRITICIZE", "112", "Howard", "Peruvian")]
    force = paragraph(4, "Taliban fighters attacked Nato for the second time in a week.", orgs=["Taliban", "Nato"])
    assert events([force]) == []


def test_a_signing_with_no_partner_phrase_is_with_the_side_last_met():
    met = paragraph(1, "Ms Park met Mr Dole in Lima on Monday.", people=["Park", "Dole"])
    signed = paragraph(2, "Ms Park also signed a deal on tourism.", people=["Park"])
    got = [e[:4] for e in events([met, signed])]
    assert ("SIGN", "057", "Park", "Dole") in got


def test_they_are_the_members_of_the_last_sentences_plural_subject():
    text = "Jamaica and Barbados sent ministers to the forum. They expressed gratitude to China for its support."
    p = paragraph(1, text, countries=["Jamaica", "Barbados", "China"])
    got = [e[:4] for e in events([p])]
    assert ("SUPPORT", "051", "Jamaica", "China") in got and ("SUPPORT", "051", "Barbados", "China") in got
    # Only in the very next sentence: a sentence between may be about others (the first sentence
    # has a cue of its own, so it is parsed and its plural subject remembered).
    later = "Jamaica and Barbados held talks with Peru. Peru sent none. They expressed gratitude to China."
    q = paragraph(2, later, countries=["Jamaica", "Barbados", "Peru", "China"])
    assert [e for e in events([q]) if e[0] == "SUPPORT" and e[2] in ("Jamaica", "Barbados")] == []


def test_whoever_dismisses_an_attack_was_its_target():
    dismissed = paragraph(1, "Mr Clarke dismissed the latest Tory attack.", people=["Clarke"], orgs=["Tory"])
    from_ = paragraph(2, "Mr Clarke rejected the criticism from Labour.", people=["Clarke"], orgs=["Labour"])
    force = paragraph(3, "Peru rejected the attack on its border.", countries=["Peru"])
    shrugged = paragraph(4, "Mr Clarke shrugged off the latest Tory attack.", people=["Clarke"], orgs=["Tory"])
    of_plan = paragraph(5, "Mr Clarke rejected Labour's criticism of the plan.", people=["Clarke"], orgs=["Labour"])
    assert [e[:4] for e in events([dismissed])] == [("CRITICIZE", "111", "Tory", "Clarke")]
    assert [e[:4] for e in events([from_])] == [("CRITICIZE", "111", "Labour", "Clarke")]
    assert [e[:4] for e in events([shrugged])] == [("CRITICIZE", "111", "Tory", "Clarke")]
    assert events([force]) == []  # an attack no side is named for may be force
    assert not [e for e in events([of_plan]) if e[3] == "Clarke"]  # criticism of the plan, not of him


def test_a_deal_announced_with_a_partner_and_a_settlement_or_ceasefire_agreed():
    announced = paragraph(1, "Hitachi announced a deal with Fujitsu on Monday.", orgs=["Hitachi", "Fujitsu"])
    alone = paragraph(2, "Hitachi announced a deal to cut jobs.", orgs=["Hitachi"])
    settled = paragraph(3, "Acme reached a settlement with the regulator Ofcom.", orgs=["Acme", "Ofcom"])
    truce = paragraph(4, "Ruritania agreed a ceasefire with Peru.", countries=["Ruritania", "Peru"])
    assert [e[:4] for e in events([announced])] == [("SIGN", "057", "Hitachi", "Fujitsu")]
    assert events([alone]) == []
    assert [e[:4] for e in events([settled])] == [("SIGN", "057", "Acme", "Ofcom")]
    assert [e[:4] for e in events([truce])] == [("SIGN", "057", "Ruritania", "Peru")]


def test_a_plural_relative_clause_stands_for_the_plural_noun_before_a_singular_one():
    text = ("Ma Hui met a delegation of Chilean parliamentarians led by Ana Ruiz, head of the committee of the "
            "Chilean Senate, who were visiting China.")  # fmt: skip
    p = paragraph(1, text, people=["Ma Hui", "Ana Ruiz"], orgs=["Chilean Senate"], countries=["China"])
    visits = [e[:4] for e in events([p]) if e[0] == "VISIT"]
    assert visits == [("VISIT", "042", "Ana Ruiz", "China")]
    singular = paragraph(2, "Ma Hui met Ana Ruiz, who was visiting China.", people=["Ma Hui", "Ana Ruiz"],
                         countries=["China"])  # fmt: skip
    assert [e[:4] for e in events([singular]) if e[0] == "VISIT"] == [("VISIT", "042", "Ana Ruiz", "China")]


def test_the_first_person_of_a_printed_speech_is_its_speaker():
    intro = paragraph(1, "Ambassador Li Wei said that:", people=["Li Wei"])
    speech = paragraph(2, "I thank Mr Dole for his briefing, and welcome Ms Park to today’s meeting.",
                       people=["Dole", "Park"])  # fmt: skip
    got = [e[:4] for e in events([intro, speech])]
    assert ("SUPPORT", "051", "Li Wei", "Dole") in got  # "I thank": the speech's speaker
    assert not [e for e in got if e[3] == "Park"]  # welcoming someone to a meeting is no praise
    # A paragraph in the third person ends the speaker's words; a quotation in single marks
    # names its own speaker.
    told = paragraph(2, "The markets fell on Monday.")
    letter = paragraph(3, "We support Mr Dole and his plan.", people=["Dole"])
    single = paragraph(2, "‘I thank Mr Dole for his work,’ said Ms Park.", people=["Dole", "Park"])
    assert events([intro, told, letter]) == []
    assert not [e for e in events([intro, single]) if e[2] == "Li Wei"]


def test_a_name_quoted_is_no_antecedent_of_the_reporters_he():
    quote = paragraph(1, "Ambassador Li Wei said: “We support President Ana Ruiz.”", people=["Li Wei", "Ana Ruiz"])
    later = paragraph(2, "The talks ended on Monday. He also praised Peru for its courage.", countries=["Peru"])
    assert [e[:4] for e in events([quote, later])] == [("SUPPORT", "051", "Li Wei", "Peru")]


def test_a_paragraph_all_quotation_does_not_break_the_thread():
    intro = paragraph(1, "Ambassador Li Wei, who met Tom Hart, said that:", people=["Li Wei", "Tom Hart"])
    quote = paragraph(2, "“The talks went well.”")
    added = paragraph(3, "He praised Peru for its courage.", countries=["Peru"])
    got = [e[:4] for e in events([intro, quote, added])]
    assert ("SUPPORT", "051", "Li Wei", "Peru") in got and ("SUPPORT", "051", "Tom Hart", "Peru") not in got


def test_the_full_text_of_someones_remarks_makes_them_the_speaker_past_a_salutation():
    intro = paragraph(1, "The following is the full text of Li Wei’s remarks.", people=["Li Wei"])
    salutation = paragraph(2, "Mr President,")
    speech = paragraph(3, "I thank Mr Dole for his briefing.", people=["Dole"])
    assert [e[:4] for e in events([intro, salutation, speech])] == [("SUPPORT", "051", "Li Wei", "Dole")]


def test_criticism_encountered_is_received():
    p = paragraph(1, "In education, Mr Scott encountered criticism over school closures.", people=["Scott"])
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "111", None, "Scott")]


def test_a_passive_subject_pronoun_goes_on_with_the_last_sentences_subject():
    text = "Mr Dole met Mr Lind on Monday. He was criticised by the Greens for it."
    p = paragraph(1, text, people=["Dole", "Lind"], orgs=["Greens"])
    assert ("CRITICIZE", "111", "Greens", "Dole") in [e[:4] for e in events([p])]


def test_what_is_all_but_done_is_not_done():
    close = paragraph(1, "Absa said it was close to striking a deal with Barclays.", orgs=["Absa", "Barclays"])
    verge = paragraph(2, "Acme is on the verge of signing a deal with Peru.", orgs=["Acme"], countries=["Peru"])
    done = paragraph(3, "Acme, close to collapse, signed a deal with Peru.", orgs=["Acme"], countries=["Peru"])
    assert events([close]) == [] and events([verge]) == []
    assert [e[:4] for e in events([done])] == [("SIGN", "057", "Acme", "Peru")]


def test_one_is_on_a_visit_as_the_subject_of_the_clause():
    people = {"Lars Berg": Person("M", ("Mr",)), "Tom Hale": Person("M", ("Prime Minister",))}
    on = paragraph(1, "Lars Berg met Prime Minister Tom Hale in Oslo, on his first official visit to Norway.",
                   people=["Lars Berg", "Tom Hale"], countries=["Norway"], places=["Oslo"])  # fmt: skip
    assert ("VISIT", "042", "Lars Berg", "Norway", None) in events([on], people)
    # Thanked "for his visit", "who was on his visit": whom the pronoun means, the last man named.
    thanked = paragraph(1, "Lars Berg thanked Tom Hale for his visit to Norway.", people=["Lars Berg", "Tom Hale"],
                        countries=["Norway"])  # fmt: skip
    assert ("VISIT", "042", "Tom Hale", "Norway", None) in events([thanked], people)
    who = paragraph(1, "Lars Berg met Tom Hale, who was on his first visit to Norway.",
                    people=["Lars Berg", "Tom Hale"], countries=["Norway"])  # fmt: skip
    assert ("VISIT", "042", "Tom Hale", "Norway", None) in events([who], people)
    # "During his visit" dates the clause, and is as often the object's: left as it was.
    during = paragraph(1, "Xi Jinping met Prime Minister Tom Hale during his visit to China.",
                       people=["Xi Jinping", "Tom Hale"], countries=["China"])  # fmt: skip
    assert ("VISIT", "042", "Tom Hale", "China", None) in events([during], people)


def test_the_pronoun_of_a_visit_keeps_its_sex():
    people = {"Ana Ruiz": Person("F", ("Ms",)), "Tom Hale": Person("M", ("Prime Minister",))}
    p = paragraph(1, "Ana Ruiz met Prime Minister Tom Hale in Oslo, on his first official visit to Norway.",
                  people=["Ana Ruiz", "Tom Hale"], countries=["Norway"], places=["Oslo"])  # fmt: skip
    assert ("VISIT", "042", "Tom Hale", "Norway", None) in events([p], people)


def test_the_us_is_a_country_not_the_first_person():
    text = ('"I hope our talks will work," Mr Lund said. The EU filed a complaint over US support for Boeing, '
            "and Mr Lund said the US backs Boeing.")  # fmt: skip
    entities = [EntitySpan(text.index("Lund"), text.index("Lund") + 4, "Lund", "PERSON")]
    for name, kind in (("EU", "ORG"), ("US", "COUNTRY"), ("Boeing", "ORG")):
        start = 0
        while (start := text.find(name, start)) != -1:
            entities.append(EntitySpan(start, start + len(name), name, kind))
            start += len(name)
    p = ParagraphIn(1, text, tuple(sorted(entities, key=lambda e: e.char_start)), (), None, None)
    got = events([p])
    assert ("SUPPORT", "053", "US", "Boeing", None) in got
    assert not any(e[2] == "Lund" for e in got)  # the speaker's "us" is not the country's "US"


def test_coordinated_signatories_sign_with_each_other():
    p = paragraph(1, "Officials said Chile and Peru signed a fisheries accord in Lima on Monday.",
                  countries=["Chile", "Peru"], places=["Lima"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Chile", "Peru")]
    # Co-signing what is no agreement between them is not a deal with each other.
    letter = paragraph(1, "Ford and GM signed the letter to Congress.", orgs=["Ford", "GM"])
    assert events([letter]) == []


def test_the_partner_is_the_name_after_an_office_with_its_portfolio():
    # the parser hangs the name inside the portfolio's "of" phrase: the name, not an unknown side
    text = "Ana Soto signed a memorandum with Cuban Minister of Foreign Trade Oscar Pérez-Oliva Fraga."
    p = paragraph(1, text, people=["Ana Soto", "Oscar Pérez-Oliva Fraga"], countries=["Cuban"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Ana Soto", "Oscar Pérez-Oliva Fraga")]
    # a thing named after the portfolio is no person
    text = "Ana Soto signed a memorandum with the Minister of Foreign Trade Development Fund."
    p = paragraph(1, text, people=["Ana Soto"], orgs=["Development Fund"])
    assert ("SIGN", "057", "Ana Soto", "Development Fund") not in [e[:4] for e in events([p])]


def test_an_agreement_signed_by_two_sides_in_a_passive_or_a_relative_clause_is_signed_by_both():
    chile_peru = dict(countries=["Chile", "Peru"])
    _each([
        ("The treaty was signed by Chile and Peru in 1990.", chile_peru, [("SIGN", "057", "Chile", "Peru", None)]),
        ("The treaty, signed by Chile and Peru in 1990, lapsed.", chile_peru, [("SIGN", "057", "Chile", "Peru", None)]),
        ("The deal that Norvik and Baltica signed last week is worth $1bn.", FIRMS,
         [("SIGN", "057", "Norvik", "Baltica", None)]),
        # with no signer named, or a text that is no agreement, or one still to sign, nothing
        ("The deal, signed last week, is worth $1bn.", {}, []),
        ("The letter was signed by Chile and Peru.", chile_peru, []),
        ("The treaty Chile and Peru will sign next year is long.", chile_peru, []),
    ])  # fmt: skip


def test_the_agreement_told_of_signed_by_named_signers_is_the_same_signing():
    # "X and Y signed a deal … The agreement was signed by A and B": one signing, told twice
    lead = paragraph(1, "Norvik signed a merger agreement with Baltica on Tuesday.", orgs=["Norvik", "Baltica"])
    detail = paragraph(2, "The agreement was signed in Oslo by Norvik chief Tom Hale and Baltica chairman Ann Dale.",
                       orgs=["Norvik", "Baltica"], people=["Tom Hale", "Ann Dale"])  # fmt: skip
    assert [e[0] for e in events([lead, detail])] == ["SIGN"]
    # told first, it is the signing
    assert [e[:4] for e in events([detail])] == [("SIGN", "057", "Tom Hale", "Ann Dale")]


def test_a_government_named_with_nothing_to_say_whose_is_the_articles_country():
    home = [paragraph(n, f"Nigeria protested on day {n}.", countries=["Nigeria"]) for n in (1, 2)]
    text = ("The Federal Government has condemned the attacks on Nigerian traders and accused the South "
            "African police of standing by.")  # fmt: skip
    named = paragraph(3, text, countries=["Nigerian", "South African"], orgs=["Federal Government"])
    # a demonym before a noun names whose others are, not whose the government is
    assert ("CRITICIZE", "112", "Nigeria", "South African", None) in events([*home, named])


def test_the_authorities_or_officials_in_a_country_are_that_country():
    _each([
        ("Turkey criticized the authorities in Sweden for permitting the protest.",
         dict(countries=["Turkey", "Sweden"]), [("CRITICIZE", "111", "Turkey", "Sweden", None)]),
        ("Ann Dale praised officials in Kenya for their work.", dict(people=["Ann Dale"], countries=["Kenya"]),
         [("SUPPORT", "051", "Ann Dale", "Kenya", None)]),
    ])  # fmt: skip


def test_a_body_named_between_commas_and_introduced_by_its_kind_is_that_body():
    lead = paragraph(1, "Poland's largest steelworkers' union, Jedność, lambasted the management of Vistula Steel.",
                     countries=["Poland"], orgs=["Jedność", "Vistula Steel"])  # fmt: skip
    # "the union" is the body introduced as a union, not the firm named since
    later = paragraph(2, "Vistula Steel fell 3 percent. Tom Hale backed the union's call for a guarantee.",
                      orgs=["Vistula Steel"], people=["Tom Hale"])  # fmt: skip
    assert events([lead, later]) == [
        ("CRITICIZE", "111", "Jedność", "Vistula Steel", None), ("SUPPORT", "053", "Tom Hale", "Jedność", None),
    ]  # fmt: skip


def test_a_summit_held_by_two_is_a_meeting_and_a_signing_between_the_two_governments_is_theirs():
    names = dict(people=["Dharma Setiawan", "Kang Hyun-woo"])
    summit = paragraph(1, "Dharma Setiawan and Kang Hyun-woo held a summit in Seoul on Monday.", **names)
    witnessed = paragraph(2, "The two leaders witnessed the signing of 11 documents between the two governments.")
    assert events([summit, witnessed]) == [
        ("MEET", "040", "Dharma Setiawan", "Kang Hyun-woo", None),
        ("SIGN", "057", "Dharma Setiawan", "Kang Hyun-woo", None),
    ]


def test_the_reviews_misfires_of_the_event_rules_stay_mended():
    # Probes of a review (stop 44), each a construction a rule of the pass misread:
    first = paragraph(1, "Ghana signed a new loan agreement with the IMF on Monday.", countries=["Ghana"], orgs=["IMF"])
    # another agreement, told more closely, is another signing
    other = paragraph(2, "The agreement on cocoa pricing was signed by Ghana and Ivory Coast.",
                      countries=["Ghana", "Ivory Coast"])  # fmt: skip
    assert [e[:4] for e in events([first, other]) if e[0] == "SIGN"] == [
        ("SIGN", "057", "Ghana", "IMF"), ("SIGN", "057", "Ghana", "Ivory Coast"),
    ]  # fmt: skip
    # the passive's subject is on the visit only when received
    trip = paragraph(1, "Cyril Ramaphosa flew to Zimbabwe.", people=["Cyril Ramaphosa"], countries=["Zimbabwe"])
    arrest = paragraph(2, "During his visit, Tendai Biti was arrested by police.", people=["Tendai Biti"])
    assert not [e for e in events([trip, arrest]) if e[0] == "VISIT" and e[2] == "Tendai Biti"]
    # a demonym on the subject says whose government it is; troops in a country are not its own
    india = [paragraph(n, f"India protested on day {n}.", countries=["India"]) for n in (1, 2)]
    ayub = paragraph(3, "Pakistani opposition leader Omar Ayub criticised the government.", people=["Omar Ayub"],
                     countries=["Pakistani"])  # fmt: skip
    troops = paragraph(4, "Foreign troops in Niger were criticised by residents.", countries=["Niger"])
    got = events([*india, ayub, troops])
    assert ("CRITICIZE", "111", "Omar Ayub", "India", None) not in got
    assert not [e for e in got if e[3] == "Niger"]


def test_a_club_signs_a_player_and_a_player_signs_for_a_club():
    club = dict(people=["Tom Hale"], orgs=["Norvik"])
    _each([
        ("Norvik have signed striker Tom Hale on a two-year deal.", club,
         [("SIGN", "057", "Norvik", "Tom Hale", None)]),
        ("Tom Hale signed for Norvik in 2001.", club, [("SIGN", "057", "Tom Hale", "Norvik", None)]),
        # wanted, closed in on, or of interest, the signing is not done; nor is an autograph one
        ("Norvik are closing in on signing Tom Hale.", club, []),
        ("Norvik are interested in signing Tom Hale.", club, []),
        ("Tom Hale signed autographs for Norvik fans.", club, []),
    ])  # fmt: skip


def test_the_leader_of_a_delegation_or_mission_to_a_country_visits_it():
    kell = dict(people=["Ana Kell"], countries=["Chile"])
    _each([
        ("Ana Kell led a delegation to Chile.", kell, [("VISIT", "042", "Ana Kell", "Chile", None)]),
        ("Ana Kell headed a trade mission to Chile last week.", kell, [("VISIT", "042", "Ana Kell", "Chile", None)]),
        # to come, or a team led to a win or a title, is none
        ("Ana Kell will lead a delegation to Chile.", kell, []),
        ("Ana Kell led Norvik to the title.", dict(people=["Ana Kell"], orgs=["Norvik"]), []),
    ])  # fmt: skip


def test_a_deal_between_two_sides_is_signed_by_both():
    passive = paragraph(1, "A supply pact was sealed between Nordgas and Petrobalt last week.",
                        orgs=["Nordgas", "Petrobalt"])  # fmt: skip
    participle = paragraph(1, "The truce agreed between Armenia and Azerbaijan held for a day.",
                           countries=["Armenia", "Azerbaijan"])  # fmt: skip
    assert [e[:4] for e in events([passive])] == [("SIGN", "057", "Nordgas", "Petrobalt")]
    assert [e[:4] for e in events([participle])] == [("SIGN", "057", "Armenia", "Azerbaijan")]


def test_a_takeover_agreed_is_a_deal_with_the_firm_bought():
    p = paragraph(1, "Last month Vantel agreed to acquire Norcom for $2bn.", orgs=["Vantel", "Norcom"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Vantel", "Norcom")]
    # Agreeing to do anything else is not one.
    other = paragraph(1, "Vantel agreed to take part in talks led by Norcom.", orgs=["Vantel", "Norcom"])
    assert not any(e[0] == "SIGN" for e in events([other]))
    # A sale agreed is a deal with the buyer; one to no one named is none.
    sale = paragraph(1, "Vantel has agreed to sell its Lima unit to Norcom for $1bn.", orgs=["Vantel", "Norcom"])
    assert [e[:4] for e in events([sale])] == [("SIGN", "057", "Vantel", "Norcom")]
    assert events([paragraph(1, "Vantel agreed to sell tickets to fans.", orgs=["Vantel"])]) == []


def test_praise_heaped_on_someone_and_criminal_charges_faced():
    praise = paragraph(1, "Ms Okafor lavished praise on Mr Danso after the vote.", people=["Okafor", "Danso"])
    assert ("SUPPORT", "051", "Okafor", "Danso", None) in events([praise])
    charged = paragraph(1, "Mr Petrov, now facing embezzlement charges, left the bank.", people=["Petrov"])
    assert ("CRITICIZE", "112", None, "Petrov", None) in events([charged])
    # Charges that are a price are no accusation.
    price = paragraph(1, "Barclays faced higher charges from Visa this year.", orgs=["Barclays", "Visa"])
    assert events([price]) == []


def test_unions_are_an_unnamed_side():
    p = paragraph(1, "Unions accuse Tesco of cutting staff hours.", orgs=["Tesco"])
    assert events([p]) == [("CRITICIZE", "112", None, "Tesco", None)]


def test_that_view_is_the_view_the_sentence_before_told():
    p = paragraph(1, "The Treasury said taxes would rise. Ms Amis attacked that claim on Monday.",
                  orgs=["Treasury"], people=["Amis"])  # fmt: skip
    assert events([p]) == [("CRITICIZE", "111", "Amis", "Treasury", None)]
    q = paragraph(1, "The league says the club broke its rules. Mr Odum backed this view.",
                  orgs=["league"], people=["Odum"])  # fmt: skip
    assert events([q]) == [("SUPPORT", "053", "Odum", "league", None)]
    # One's own view is no side of one's own support.
    own = paragraph(1, "Mr Odum says the club broke its rules. Mr Odum repeated that view.", people=["Odum"])
    assert events([own]) == []


def test_signatories_each_on_their_own_or_with_no_deal_sign_with_no_one_of_them():
    for text, names in (
        ("Chile and Peru both signed the Paris climate agreement.", ["Chile", "Peru"]),
        ("Chile and Peru signed new contracts last summer.", ["Chile", "Peru"]),
        ("Chile and Peru reached no agreement on fishing.", ["Chile", "Peru"]),
        ("No deal was reached between Chile and Peru on fishing.", ["Chile", "Peru"]),
    ):
        assert events([paragraph(1, text, countries=names)]) == [], text
    # "An agreement to develop …" is still an agreement between the two.
    p = paragraph(1, "Vantel and Norcom have signed an agreement to develop a new engine.", orgs=["Vantel", "Norcom"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Vantel", "Norcom")]


def test_an_agreed_purchase_is_with_the_firm_bought_or_its_seller_else_none():
    arm = paragraph(1, "Vantel has agreed to buy the US arm of Norcom.", orgs=["Vantel", "Norcom"], countries=["US"])
    assert [e[:4] for e in events([arm])] == [("SIGN", "057", "Vantel", "Norcom")]
    jets = paragraph(1, "Oman agreed to buy 12 jets from Aerodyne.", countries=["Oman"], orgs=["Aerodyne"])
    assert [e[:4] for e in events([jets])] == [("SIGN", "057", "Oman", "Aerodyne")]
    for text in ("Vantel agreed to buy time by delaying the vote.", "Vantel agreed to buy a house in Kent."):
        assert events([paragraph(1, text, orgs=["Vantel"])]) == [], text


def test_charges_that_are_a_price_are_no_accusation():
    for text in (
        "Ms Hart faced charges of $5 for each withdrawal.",
        "Ms Hart faced delivery charges of £12.",
        "Ms Hart faces a daily charge.",
    ):
        assert events([paragraph(1, text, people=["Hart"])]) == [], text
    bare = paragraph(1, "Mr Hale now faces charges in Texas.", people=["Hale"], places=["Texas"])
    assert events([bare]) == [("CRITICIZE", "112", None, "Hale", None)]


def test_the_government_is_that_of_the_country_the_article_is_about():
    first = naming_every(1, "Argentina froze water tariffs in 2002, and Argentina later fined the firm.", "Argentina")
    second = paragraph(2, "Aguas Norte criticised the government on Monday.", orgs=["Aguas Norte"])
    assert ("CRITICIZE", "111", "Aguas Norte", "Argentina", None) in events([first, second])
    # With no country named most, "the government" is no one we can name.
    tied = paragraph(1, "Chile and Peru share a border.", countries=["Chile", "Peru"])
    assert events([tied, second]) == []


def test_an_arranged_trip_and_a_mocking_welcome_are_not_events():
    trip = paragraph(1, "Mr Lund is travelling to Chile next week.", people=["Lund"], countries=["Chile"])
    assert events([trip]) == []
    done = paragraph(1, "Mr Lund is travelling to Chile this week.", people=["Lund"], countries=["Chile"])
    assert events([done]) == [("VISIT", "042", "Lund", "Chile", None)]
    mock = paragraph(1, "Ms Ruiz spoke after mockingly welcoming Mr Lund back.", people=["Lund", "Ruiz"])
    assert events([mock]) == []


def test_mps_and_nations_no_one_names_are_unnamed_sides():
    mps = paragraph(1, "MPs criticised Home Secretary Ana Ruiz last year for the new rules.", people=["Ana Ruiz"])
    assert events([mps]) == [("CRITICIZE", "111", None, "Ana Ruiz", None)]
    nations = paragraph(1, "Mr Lund, who this week criticised nations which stood aside, spoke first.", people=["Lund"])
    assert events([nations]) == [("CRITICIZE", "111", "Lund", None, None)]


def test_criticism_prompted_by_what_someone_said_is_of_them():
    p = paragraph(1, "Ms Amis's remarks on migrants had sparked censure.", people=["Amis"])
    assert events([p]) == [("CRITICIZE", "111", None, "Amis", None)]
    q = paragraph(1, "Tesco's move to cut hours provoked condemnation.", orgs=["Tesco"])
    assert events([q]) == [("CRITICIZE", "111", None, "Tesco", None)]


def test_a_charter_or_treaty_signed_has_no_other_side_and_a_refusal_to_sign_is_no_signing():
    charter = paragraph(1, "While Chile has signed the Energy Charter, it has never ratified it.", countries=["Chile"])
    assert events([charter]) == [("SIGN", "057", "Chile", None, None)]
    letter = paragraph(1, "Ms Ruiz signed the letter.", people=["Ruiz"])
    assert events([letter]) == []  # a letter is signed with someone the article tells elsewhere
    refusal = paragraph(1, "Mr Lund pressed Chile despite its unwillingness to sign the treaty.",
                        people=["Lund"], countries=["Chile"])  # fmt: skip
    assert events([refusal]) == []


def test_a_firm_and_the_government_sign_with_each_other():
    first = naming_every(1, "Peru raised water prices, and Peru later fined the firm.", "Peru")
    second = paragraph(2, "In May, Aguas Sur and the government signed an agreement on tariffs.", orgs=["Aguas Sur"])
    assert ("SIGN", "057", "Aguas Sur", "Peru", None) in events([first, second])


def test_the_review_s_misfires_of_the_later_rules_stay_mended():
    cases = [
        # dialogue called for, urged or refused is no meeting; one had or held is
        ("The EU called for a dialogue with Iran on its nuclear plans.", dict(orgs=["EU"], countries=["Iran"]), []),
        # ... and through the round or the resumption that stands for them
        ("The EU called for a new round of talks with Iran.", dict(orgs=["EU"], countries=["Iran"]), []),
        ("The EU held a new round of talks with Iran.", dict(orgs=["EU"], countries=["Iran"]),
         [("MEET", "040", "EU", "Iran", None)]),
        ("Israel has rejected dialogue with Hamas.", dict(countries=["Israel"], orgs=["Hamas"]), []),
        ("Norvik held discussions with Baltica last week.", dict(orgs=["Norvik", "Baltica"]),
         [("MEET", "040", "Norvik", "Baltica", None)]),
        # a trip in the present tense with a time to come is arranged, not made
        ("Mr Lund travels to Chile next week for talks.", dict(people=["Lund"], countries=["Chile"]), []),
        ("The Pope visits Chile next month.", dict(people=["Pope"], countries=["Chile"]), []),
        # criticism not provoked is none
        ("Ms Soto's move did not provoke any criticism.", dict(people=["Soto"]), []),
        ("Ms Soto's move prompted no criticism.", dict(people=["Soto"]), []),
    ]  # fmt: skip
    for text, names, want in cases:
        assert events([paragraph(1, text, **names)]) == want, text
    # "The government" is not the story's country in a sentence that names another one.
    france = naming_every(1, "France wants the rebate cut, and France will not move.", "France")
    howard = paragraph(2, "Mr Howard accused the government of betraying Britain.", people=["Howard"],
                       countries=["Britain"])  # fmt: skip
    assert not any(e[3] == "France" for e in events([france, howard]))


def test_a_present_tense_with_a_day_named_is_arranged_not_done():
    _each([
        ("Ms Soto is meeting Mr Lund on Thursday.", PAIR, []),
        ("Norvik travel to Baltica on Wednesday for the final.", FIRMS, []),
        ("Ms Soto met Mr Lund on Thursday.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
        # the day belongs to the clause it is written in, not to a visit told beside it
        ("Ms Soto, who is visiting Chile, met Mr Lund on Monday.", dict(countries=["Chile"], **PAIR),
         [("MEET", "040", "Ms Soto", "Mr Lund", None), ("VISIT", "042", "Ms Soto", "Chile", None)]),
    ])  # fmt: skip


def test_charges_one_is_cleared_of_are_a_ruling_not_an_accusation():
    _each([
        ("Mr Lund was cleared of charges by Norvik last week.", dict(people=["Lund"], orgs=["Norvik"]), []),
        ("Norvik acquitted Mr Lund of the allegations.", dict(people=["Lund"], orgs=["Norvik"]), []),
        ("Mr Lund faces charges of missing tests.", dict(people=["Lund"]), [("CRITICIZE", "112", None, "Lund", None)]),
        ("Norvik accused Mr Lund of lying, but he was cleared.", dict(people=["Lund"], orgs=["Norvik"]),
         [("CRITICIZE", "112", "Norvik", "Lund", None)]),
    ])  # fmt: skip


def test_what_reports_say_happened_is_not_done_when_the_reports_are_denied():
    _each([
        ("Ms Soto denied reports that she had met Mr Lund.", PAIR, []),
        ("Ms Soto laughed off claims that she had criticised Mr Lund.", PAIR, []),
        ("Reports that Ms Soto had met Mr Lund were denied.", PAIR, []),
        # confirmed, or not denied, they stand
        ("Ms Soto confirmed reports that she had met Mr Lund.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto did not deny reports that she had met Mr Lund.", PAIR,
         [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
    ])  # fmt: skip


def test_what_someone_is_asked_to_do_is_not_done_and_is_theirs():
    lund_firms = dict(people=["Lund"], orgs=["Norvik", "Baltica"])
    _each([
        ("Mr Lund urged Norvik to sign a deal with Baltica.", lund_firms, []),
        ("Mr Lund called on Norvik to sign a deal with Baltica.", lund_firms, []),
        ("Mr Lund wants Norvik to sign a deal with Baltica.", lund_firms, []),
        ("Ms Soto was invited to meet Mr Lund.", PAIR, []),
        ("Ms Soto told Mr Lund to visit Chile.", dict(countries=["Chile"], **PAIR), []),
        # made to do it, it is done, and by whom was made to
        ("Mr Lund forced Norvik to sign a deal with Baltica.", lund_firms,
         [("SIGN", "057", "Norvik", "Baltica", None)]),
        ("Ms Soto forced Mr Lund to meet Tom Hale.", dict(people=["Ms Soto", "Mr Lund", "Tom Hale"]),
         [("MEET", "040", "Mr Lund", "Tom Hale", None)]),
        # a thing used to do it is no one who does it, and what one told of stands
        ("Ms Soto used the trip to meet Mr Lund.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto told reporters she had met Mr Lund.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
    ])  # fmt: skip


def test_what_is_held_back_ruled_out_called_off_or_still_to_come_is_not_done():
    chile = dict(countries=["Chile"], **PAIR)
    _each([
        ("Ms Soto has yet to meet Mr Lund.", PAIR, []),
        ("Ms Soto refrained from criticising Mr Lund.", PAIR, []),
        ("Instead of meeting Mr Lund, Ms Soto went home.", PAIR, []),
        ("Rather than backing Mr Lund, Ms Soto stayed silent.", PAIR, []),
        ("Ms Soto ruled out a meeting with Mr Lund.", PAIR, []),
        ("Ms Soto's visit to Chile was cancelled.", dict(people=["Ms Soto"], countries=["Chile"]), []),
        # done, whatever "yet" or "out" there is elsewhere
        ("Ms Soto met Mr Lund, yet nothing changed.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto met Mr Lund and ruled out a visit to Chile.", chile, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
    ])  # fmt: skip


def test_the_review_s_misfires_of_this_pass_s_rules_stay_mended():
    names = dict(people=["Ana Kell", "Tom Hale", "Mira Osk", "Ben Dorr"], countries=["Chile", "Peru"])
    cases = [
        # "neither … nor" is no one, whoever's side it is
        ("Neither Ana Kell nor Tom Hale met Mira Osk.", []),
        ("The treaty was signed by neither Chile nor Peru.", []),
        # talks each held, meetings held (with others), talks on a day to come
        ("Ana Kell and Tom Hale each held talks in Lima.", []),
        ("Ana Kell and Tom Hale held meetings across the country.", []),
        ("Ana Kell and Tom Hale are holding talks on Thursday.", []),
        # not cleared, the charge stands; cleared of charges brought by someone, it is a ruling
        ("Ana Kell was not cleared of the charges.", [("CRITICIZE", "112", None, "Ana Kell", None)]),
        ("Tom Hale was cleared of charges brought by Ana Kell.", []),
        # a treaty still to sign, a website, a visit in a present passive with a day to come
        ("The treaty, to be signed by Chile and Peru in May, is long.", []),
        ("The Chile website, visited by Ana Kell, crashed.", []),
        ("Chile, which is being visited by Ana Kell on Thursday, is poor.", []),
        # a round of talks refused is refused talks
        ("Ana Kell refused to hold a new round of talks with Tom Hale.", []),
        # "not among those who", "or" and "neither … nor" are no one (a second review's finds), and
        # talks agreed to as a noun are arranged as with the verb
        ("Ana Kell was not among those who criticised Tom Hale.", []),
        ("Ana Kell or Ben Dorr said they had met Tom Hale.", [("MEET", "040", "Ben Dorr", "Tom Hale", None)]),
        ("Ana Kell agreed to talks with Tom Hale.", []),
        # what one is cleared of having done, and talks one clears the way for, are not done
        ("Ana Kell was cleared of accusations that she criticised Chile.", []),
        ("Ana Kell cleared the way for talks with Tom Hale.", []),
    ]  # fmt: skip
    for text, want in cases:
        here = {kind: [n for n in found if n in text] for kind, found in names.items()}
        assert events([paragraph(1, text, **here)]) == want, text


def test_talks_refused_awaited_agreed_or_invited_and_denied_reports_of_them_are_not_held():
    chile = dict(countries=["Chile"], people=["Ms Soto"])
    _each([
        ("Ms Soto rejected talks with Mr Lund.", PAIR, []),
        ("Ms Soto turned down a meeting with Mr Lund.", PAIR, []),
        ("Ms Soto expects talks with Mr Lund.", PAIR, []),
        ("Ms Soto agreed to meet Mr Lund.", PAIR, []),
        ("Ms Soto accepted an invitation to visit Chile.", chile, []),
        ("Ms Soto rejected a proposal to meet Mr Lund.", PAIR, []),
        ("Ms Soto denied reports of a meeting with Mr Lund.", PAIR, []),
        ("Ms Soto denied reports she met Mr Lund.", PAIR, []),
        ("Ms Soto refused to deny the claim that she met Mr Lund.", PAIR,
         [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
        # a criticism rejected was made; a deal agreed to sign is the deal
        ("Ms Soto rejected criticism from Mr Lund.", PAIR, [("CRITICIZE", "111", "Mr Lund", "Ms Soto", None)]),
        ("Norvik agreed to sign a deal with Baltica.", FIRMS, [("SIGN", "057", "Norvik", "Baltica", None)]),
        ("Ms Soto confirmed reports of a meeting with Mr Lund.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
    ])  # fmt: skip


def test_critics_named_among_those_who_criticised_after_an_opening_phrase_or_as_leaders():
    three = dict(people=["Ana Kell", "Tom Hale", "Ben Dorr"])
    _each([
        ("Ana Kell was among those who criticised Tom Hale.", dict(people=["Ana Kell", "Tom Hale"]),
         [("CRITICIZE", "111", "Ana Kell", "Tom Hale", None)]),
        ("Among those who have criticised Tom Hale is Ana Kell.", dict(people=["Ana Kell", "Tom Hale"]),
         [("CRITICIZE", "111", "Ana Kell", "Tom Hale", None)]),
        # the parser makes the subject an apposition of the opening phrase's last name
        ("In a letter to Ben Dorr, Ana Kell criticised Tom Hale.", three,
         [("CRITICIZE", "111", "Ana Kell", "Tom Hale", None)]),
        ("Ana Kell led criticism of Tom Hale.", dict(people=["Ana Kell", "Tom Hale"]),
         [("CRITICIZE", "111", "Ana Kell", "Tom Hale", None)]),
        ("Tom Hale came in for praise from Ana Kell.", dict(people=["Ana Kell", "Tom Hale"]),
         [("SUPPORT", "051", "Ana Kell", "Tom Hale", None)]),
        # "they" in what names joined by "and" said is each of them
        ("Ana Kell and Ben Dorr said they had met Tom Hale.", three,
         [("MEET", "040", "Ana Kell", "Tom Hale", None), ("MEET", "040", "Ben Dorr", "Tom Hale", None)]),
        ("Ana Kell and Ben Dorr said they criticised Tom Hale.", three,
         [("CRITICIZE", "111", "Ana Kell", "Tom Hale", None), ("CRITICIZE", "111", "Ben Dorr", "Tom Hale", None)]),
    ])  # fmt: skip


def _each(cases):
    for text, names, want in cases:
        assert events([paragraph(1, text, **names)]) == want, text


PAIR = dict(people=["Ms Soto", "Mr Lund"])
FIRMS = dict(orgs=["Norvik", "Baltica"])


def test_praise_or_criticism_won_joined_or_levelled_and_a_critic_by_name():
    _each([
        ("Ms Soto is a vocal critic of Mr Lund.", PAIR, [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Mr Lund won praise from Ms Soto.", PAIR, [("SUPPORT", "051", "Ms Soto", "Mr Lund", None)]),
        ("Norvik won the backing of Baltica.", FIRMS, [("SUPPORT", "053", "Baltica", "Norvik", None)]),
        ("Ms Soto joined the criticism of Mr Lund.", PAIR, [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto levelled criticism at Mr Lund.", PAIR, [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        # joining a firm, or a critic among others in a phrase, is none of these
        ("Ms Soto joined Norvik last year.", dict(people=["Ms Soto"], orgs=["Norvik"]), []),
        ("Mr Lund, one of the critics of the plan, resigned.", dict(people=["Mr Lund"]), []),
    ])  # fmt: skip


def test_weight_thrown_behind_someone_is_support_and_fire_from_a_person_is_criticism():
    _each([
        ("Ms Soto threw her weight behind Mr Lund.", PAIR, [("SUPPORT", "053", "Ms Soto", "Mr Lund", None)]),
        ("Norvik has thrown its weight behind Baltica's bid.", FIRMS, [("SUPPORT", "053", "Norvik", "Baltica", None)]),
        ("Ms Soto threw the ball behind Mr Lund.", PAIR, []),
        ("Mr Lund came under fire from Ms Soto over the plan.", PAIR,
         [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        # shooting: no person fires
        ("Mr Lund came under fire from gunmen in Kabul.", dict(people=["Mr Lund"], places=["Kabul"]), []),
        ("Norvik came under fire from Baltica.", FIRMS, []),
    ])  # fmt: skip


def test_a_possessive_in_the_object_is_the_subject_s_whoever_was_named_between():
    _each([
        ("Ms Soto sent Mr Lund her warmest congratulations.", PAIR,
         [("SUPPORT", "051", "Ms Soto", "Mr Lund", None)]),
        ("Norvik sent Baltica its congratulations.", FIRMS, [("SUPPORT", "051", "Norvik", "Baltica", None)]),
        # a pronoun the subject does not fit is left to the other rules: no one praised himself
        ("Ms Soto offered Mr Lund his thanks.", PAIR, []),
    ])  # fmt: skip


def test_charges_someone_is_held_on_or_charged_with_are_an_accusation_by_no_one_named():
    lund = dict(people=["Mr Lund"])
    accused = [("CRITICIZE", "112", None, "Mr Lund", None)]
    _each([
        ("Mr Lund was arrested in May on fraud and tax evasion charges.", lund, accused),
        ("Lawyers defending Mr Lund against fraud charges called a witness.", lund, accused),
        ("Mr Lund, who was held on corruption charges, was freed.", lund, accused),
        ("Mr Lund is in prison, having been charged with fraud.", lund, accused),
        ("Prosecutors charged Mr Lund with bribery.", lund, accused),
        # a price, a duty, a fee: no crime
        ("Norvik was cleared of charges of £5 a month.", dict(orgs=["Norvik"]), []),
        ("Mr Lund was charged with leading the inquiry.", lund, []),
        ("Mr Lund was charged with the task of reform.", lund, []),
        ("Norvik charged customers with a fee.", dict(orgs=["Norvik"]), []),
    ])  # fmt: skip


def test_charges_denied_or_brought_and_what_is_told_as_done():
    lund = dict(people=["Mr Lund"])
    accused = [("CRITICIZE", "112", None, "Mr Lund", None)]
    _each([
        ("Mr Lund has denied charges of theft and forgery.", lund, accused),
        ("Mr Lund denies seven charges of theft.", lund, accused),
        ("Mr Lund denied the allegations.", lund, accused),
        ("Ofcom filed civil fraud charges in a Leeds court against Mr Lund.", dict(orgs=["Ofcom"], people=["Mr Lund"]),
         [("CRITICIZE", "112", "Ofcom", "Mr Lund", None)]),
        ("Prosecutors have brought criminal charges against Mr Lund.", lund, accused),
        # a price denied, charges pressed against no one yet, a criticism denied: no accusation
        ("Norvik denied charges of £5 a month.", dict(orgs=["Norvik"]), []),
        ("Mr Lund said he would press charges if his attacker was caught.", lund, []),
        ("Mr Lund denied the criticism.", lund, []),
        # an accusation denied is not made
        ("Asked about it, Mr Lund denied accusing Norvik of fraud.", dict(people=["Mr Lund"],
         orgs=["Norvik"]), []),
        # talks that will go on are going on
        ("Norvik said talks with Baltica would continue.", FIRMS, [("MEET", "040", "Norvik", "Baltica", None)]),
        # what happens every year is no one event
        ("Ms Soto visits Cuba every year.", dict(people=["Ms Soto"], countries=["Cuba"]), []),
        ("Ms Soto visited Cuba last year.", dict(people=["Ms Soto"], countries=["Cuba"]),
         [("VISIT", "042", "Ms Soto", "Cuba", None)]),
        # a condition told by inversion is not what happened
        ("He was jailed; the term would have been longer had Mr Lund denied the charge.", lund, []),
        ("Had Ms Soto signed the deal with Norvik, the shares would have risen.",
         dict(people=["Ms Soto"], orgs=["Norvik"]), []),
        ("Ms Soto signed the deal with Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]),
         [("SIGN", "057", "Ms Soto", "Norvik", None)]),
    ])  # fmt: skip


def test_critical_of_someone_an_outcry_and_a_buyout_agreed():
    soto = dict(people=["Ms Soto", "Mr Lund"])
    _each([
        ("Ms Soto has been highly critical of Mr Lund.", soto, [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto was scathing about Mr Lund.", soto, [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Mr Lund is in a critical condition.", dict(people=["Mr Lund"]), []),
        ("Norvik said the talks were critical for Baltica.", FIRMS, []),
        # an outcry is the public's: no one named gives it
        ("A decision by Norvik to move abroad provoked a public outcry.", dict(orgs=["Norvik"]),
         [("CRITICIZE", "111", None, "Norvik", None)]),
        ("Last week Norvik agreed to a buyout by Baltica in a deal worth $6bn.", FIRMS,
         [("SIGN", "057", "Norvik", "Baltica", None)]),
        ("Norvik agreed to a sale of its stake.", dict(orgs=["Norvik"]), []),
        # what someone decided or did is theirs by an "of" phrase too
        ("Ms Soto lashed out at the restrictive policies of Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]),
         [("CRITICIZE", "111", "Ms Soto", "Norvik", None)]),
    ])  # fmt: skip


def test_it_is_the_organisation_that_says_so_as_in_the_meetings():
    # the last organisation named before "it" is Baltica; the one saying so is Norvik
    said = paragraph(1, "Norvik, a rival of Baltica, said it backed the merger plan of Vesta.",
                     orgs=["Norvik", "Baltica", "Vesta"])  # fmt: skip
    assert events([said]) == [("SUPPORT", "053", "Norvik", "Vesta", None)]


def test_a_purpose_is_as_done_as_what_it_is_for_and_a_deal_to_buy_is_with_the_seller():
    _each([
        ("Ms Soto prepared to head to Oslo to meet Mr Lund.", PAIR, []),
        ("Ms Soto flew to Oslo to meet Mr Lund.", PAIR, [("MEET", "040", "Ms Soto", "Mr Lund", None)]),
        ("Norvik has signed a deal to acquire 36 planes from Baltica.", FIRMS,
         [("SIGN", "057", "Norvik", "Baltica", None)]),
    ])  # fmt: skip


def test_the_review_s_misfires_of_the_fifth_pass_stay_mended():
    lund = dict(people=["Mr Lund"])
    _each([
        # an outcry over what was done to someone is not of them; one over what they said is
        ("Mr Lund's arrest sparked an outcry.", lund, []),
        ("Mr Lund's remarks sparked an outcry.", lund, [("CRITICIZE", "111", None, "Mr Lund", None)]),
        # support failed of, or only sought, is not won
        ("Norvik failed to win the backing of Baltica.", FIRMS, []),
        ("Norvik cut prices to win the backing of Baltica.", FIRMS, []),
        # a denied predicate
        ("Ms Soto was not critical of Mr Lund.", PAIR, []),
        ("Ms Soto has never been a critic of Mr Lund.", PAIR, []),
        ("Ms Soto is not a supporter of Mr Lund.", PAIR, []),
        # a duty, a third party's sale, a critic by trade, someone else's critics
        ("Mr Lund was charged with the fight against terrorism.", lund, []),
        ("Mr Lund was charged with the murder of a guard.", lund, [("CRITICIZE", "112", None, "Mr Lund", None)]),
        ("Norvik agreed to the sale of fighter jets by Baltica.", FIRMS, []),
        ("Ms Soto is the film critic of Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]), []),
        ("Ms Soto criticised the actions of Mr Lund's critics.", PAIR, [("CRITICIZE", "111", "Ms Soto", None, None)]),
    ])  # fmt: skip


def test_criticising_the_way_someone_does_something_criticises_them():
    p = paragraph(1, "Former judge Anne Lowe has criticised the way Peter Hart's department handles appeals.",
                  people=["Anne Lowe", "Peter Hart"])  # fmt: skip
    q = paragraph(2, "Unions attacked the manner in which it was done.")
    got = events([p, q])
    assert ("CRITICIZE", "111", "Anne Lowe", "Peter Hart", None) in got
    assert [e for e in got if e[0] == "CRITICIZE" and e[3] is not None and e[3] != "Peter Hart"] == []


def test_an_attack_launched_or_made_on_what_a_side_proposes_is_criticism():
    launched = paragraph(1, "Ann Ross has launched an attack on Green spending plans, calling them a fantasy.",
                         people=["Ann Ross"], orgs=["Green"])  # fmt: skip
    made = paragraph(2, "Ann Ross made a donation to the Green party.", people=["Ann Ross"], orgs=["Green"])
    assert events([launched]) == [("CRITICIZE", "111", "Ann Ross", "Green", None)]
    assert events([made]) == []


def test_a_criticism_and_a_later_accusation_of_the_same_pair_are_two_events():
    """Dismissing a plan (111) and, later, accusing (112) are two acts, not one told twice."""
    p = paragraph(1, "Tory leader Michael Howard has dismissed Gordon Brown's Budget as a gimmick.",
                  people=["Michael Howard", "Gordon Brown"])  # fmt: skip
    q = paragraph(2, "Michael Howard went on to accuse Gordon Brown of giving with one hand and taking with the other.",
                  people=["Michael Howard", "Gordon Brown"])  # fmt: skip
    people = {"Michael Howard": Person("M"), "Gordon Brown": Person("M")}
    got = [e[:2] for e in events([p, q], people) if e[0] == "CRITICIZE"]
    assert got == [("CRITICIZE", "111"), ("CRITICIZE", "112")]


def test_an_accusation_aimed_at_an_unnamed_group_keeps_side_b_unnamed():
    p = paragraph(1, "But Liberal Democrat Norman Baker accused ministers of turning Britain into a dump.",
                  people=["Norman Baker"])  # fmt: skip
    assert events([p]) == [("CRITICIZE", "112", "Norman Baker", None, None)]


def test_a_partner_named_after_the_value_of_the_deal():
    p = paragraph(1, "The SEC agreed a deal totalling $375m with Banc of America Capital Management, BACAP "
                     "Distributors and Banc of America Securities.",
                  orgs=["SEC", "Banc of America Capital Management", "BACAP Distributors",
                        "Banc of America Securities"])  # fmt: skip
    got = events([p])
    assert ("SIGN", "057", "SEC", "Banc of America Capital Management", None) in got


def test_the_two_countries_named_just_before_sign_with_a_third():
    p = paragraph(1, "In a sign of a thaw between Egypt and Israel, the two countries have signed a trade protocol "
                     "with the US.", countries=["Egypt", "Israel", "US"])  # fmt: skip
    got = [e for e in events([p]) if e[0] == "SIGN"]
    assert got == [("SIGN", "057", "Egypt", "US", None), ("SIGN", "057", "Israel", "US", None)]


def test_criticism_met_after_or_following_is_of_the_clauses_subject():
    p = paragraph(1, "Alan Milburn denied there was a plot after facing criticism for letting the Tories set the "
                     "agenda.", people=["Alan Milburn"])  # fmt: skip
    q = paragraph(1, "David McLetchie has resigned from his post as a partner in a legal firm following criticism "
                     "over his dual role.", people=["David McLetchie"])  # fmt: skip
    assert events([p]) == [("CRITICIZE", "111", None, "Alan Milburn", None)]
    assert events([q]) == [("CRITICIZE", "111", None, "David McLetchie", None)]


def test_the_name_in_apposition_is_whom_a_described_side_is():
    text = "Mira Holt thanked the festival's director Tomas Reed at the ceremony."
    p = paragraph(1, text, people=["Mira Holt", "Tomas Reed"])
    assert events([p]) == [("SUPPORT", "051", "Mira Holt", "Tomas Reed", None)]


def test_a_partner_told_of_by_a_noun_is_the_organisation_of_that_kind_named_last():
    p = paragraph(1, "Harbour Media Group, which owns three studios, bought the label last year.",
                  orgs=["Harbour Media Group"])  # fmt: skip
    q = paragraph(2, "Nina Dace has signed a five-year agreement with the company.", people=["Nina Dace"])
    got = [e for e in events([p, q]) if e[0] == "SIGN"]
    assert got == [("SIGN", "057", "Nina Dace", "Harbour Media Group", None)]


def test_a_command_is_asked_for_not_done():
    told = paragraph(1, "Tom Hale blamed Kestrel Mobile for the outage.", people=["Tom Hale"], orgs=["Kestrel Mobile"])
    before = paragraph(1, "Kestrel Mobile said the outage was short.", orgs=["Kestrel Mobile"])
    # the parser hangs the command below the clause after the dash, whose "it" is Kestrel Mobile
    asked = paragraph(2, "Stop blaming the mobile firms - it's not their doing!")
    assert events([told]) == [("CRITICIZE", "112", "Tom Hale", "Kestrel Mobile", None)]
    assert events([before, asked]) == []


def test_praise_of_what_someone_did_is_praise_of_them():
    legacy = paragraph(1, "Mira Holt paid tribute to the legacy of the late composer Tomas Reed.",
                       people=["Mira Holt", "Tomas Reed"])  # fmt: skip
    first = paragraph(1, "Chancellor Tom Hale spoke first.", people=["Tom Hale"])
    record = paragraph(2, "Ann Rowe praised the chancellor's record.", people=["Ann Rowe"])
    people = {"Tom Hale": Person("M", ("Chancellor",)), "Ann Rowe": Person("F", ("Ms",))}
    assert events([legacy]) == [("SUPPORT", "051", "Mira Holt", "Tomas Reed", None)]
    assert ("SUPPORT", "051", "Ann Rowe", "Tom Hale", None) in events([first, record], people)


def test_both_men_the_pair_or_the_three_men_are_the_people_named_last():
    p = paragraph(1, "The deal leaves out former bosses Tom Hale and Sam Ward.", people=["Tom Hale", "Sam Ward"])
    q = paragraph(2, "Both men are facing criminal charges over the collapse.")
    r = paragraph(2, "The pair were accused of fraud last year.")
    assert events([p, q]) == [
        ("CRITICIZE", "112", None, "Tom Hale", None),
        ("CRITICIZE", "112", None, "Sam Ward", None),
    ]
    assert [e[3] for e in events([p, r])] == ["Tom Hale", "Sam Ward"]
    three = paragraph(1, "Lee Park, Ann Rowe and Kim Dale ran the fund.", people=["Lee Park", "Ann Rowe", "Kim Dale"])
    accused = paragraph(2, "Counsel Ravi Sood accused the three men of hiding losses.", people=["Ravi Sood"])
    assert [e[2:4] for e in events([three, accused])] == [
        ("Ravi Sood", "Lee Park"),
        ("Ravi Sood", "Ann Rowe"),
        ("Ravi Sood", "Kim Dale"),
    ]


def test_people_held_accused_of_something_are_each_accused_whatever_the_list_parse():
    text = "Tom Hale, Sam Ward, Ann Rowe and Lee Park were held for two years, accused of links to a cartel."
    p = paragraph(1, text, people=["Tom Hale", "Sam Ward", "Ann Rowe", "Lee Park"])
    assert sorted(e[3] for e in events([p]) if e[0] == "CRITICIZE") == ["Ann Rowe", "Lee Park", "Sam Ward", "Tom Hale"]


def test_a_contract_signed_is_with_the_employer_the_signers_description_names():
    p = paragraph(1, "Kestrel United manager Tom Hale has signed a new contract.", people=["Tom Hale"],
                  orgs=["Kestrel United"])  # fmt: skip
    q = paragraph(1, "Tom Hale has signed a new contract.", people=["Tom Hale"])
    assert events([p]) == [("SIGN", "057", "Tom Hale", "Kestrel United", None)]
    assert events([q]) == []


def test_accusing_it_after_a_criticism_accuses_whom_the_criticism_is_about():
    text = "Lord Hale has criticised the way Ann Rowe's council operates, accusing it of ignoring the auditors."
    p = paragraph(1, text, people=["Lord Hale", "Ann Rowe"])
    # (one act between the two in one sentence: one event, `_once_per_sentence`; the accusation
    # found its side, else the row would be Lord Hale's criticism of no one)
    assert events([p]) == [("CRITICIZE", "111", "Lord Hale", "Ann Rowe", None)]
    alone = paragraph(1, "Lord Hale accused it of ignoring the auditors.", people=["Lord Hale"])
    assert events([alone]) == []


def test_a_relative_is_not_the_person_the_phrase_relates_them_to():
    kw = dict(people=["Tom Hale", "Sam Ward"], orgs=["Kestrel"])
    blamed = paragraph(1, "Kestrel was blamed by the parents of Tom Hale for the attack.", people=["Tom Hale"],
                       orgs=["Kestrel"])  # fmt: skip
    named = paragraph(1, "The brother of Tom Hale, Sam Ward, criticised Kestrel.", **kw)
    assert events([blamed]) == []
    assert events([named]) == [("CRITICIZE", "111", "Sam Ward", "Kestrel", None)]


def test_welcoming_someone_s_apology_or_announcement_praises_its_maker():
    first = paragraph(1, "Tom Hale said sorry to MPs on Thursday.", people=["Tom Hale"])
    second = paragraph(2, "Ann Rowe welcomed his gracious apology.", people=["Ann Rowe"])
    people = {"Tom Hale": Person("M", ("Mr",)), "Ann Rowe": Person("F", ("Ms",))}
    assert [e for e in events([first, second], people) if e[0] == "SUPPORT"] == [
        ("SUPPORT", "051", "Ann Rowe", "Tom Hale", None)
    ]


def test_a_team_s_trip_to_a_fixture_is_no_visit():
    fixture = paragraph(1, "Now the Italians travel to Edinburgh hoping to claim their first away win.",
                        countries=["Italians"], places=["Edinburgh"])  # fmt: skip
    scored = paragraph(1, "Kestrel sealed a quarter-final trip to Bolton with a 4-2 win on penalties.",
                       orgs=["Kestrel"], places=["Bolton"])  # fmt: skip
    visit = paragraph(1, "Tom Hale paid a visit to Bolton from June 9-14 to open a school.", people=["Tom Hale"],
                      places=["Bolton"])  # fmt: skip
    assert [e for e in events([fixture]) + events([scored]) if e[0] == "VISIT"] == []
    assert [e[0] for e in events([visit])] == ["VISIT"]


def test_receiving_someone_s_thing_is_not_hosting_them():
    kick = paragraph(1, "Tom Hale received Sam Ward's free-kick from the right.", people=["Tom Hale", "Sam Ward"])
    guest = paragraph(1, "Tom Hale received Sam Ward in his office on Monday.", people=["Tom Hale", "Sam Ward"])
    assert [e for e in events([kick]) if e[0] == "VISIT"] == []
    assert [e[:4] for e in events([guest]) if e[0] == "VISIT"] == [("VISIT", "043", "Tom Hale", "Sam Ward")]


def test_a_country_or_club_with_a_plural_verb_is_a_team_whose_trip_is_a_fixture():
    team = paragraph(1, "Kestrel have lost both their opening games, but travel to Edinburgh with high hopes.",
                     countries=["Kestrel"], places=["Edinburgh"])  # fmt: skip
    state = paragraph(1, "Tom Hale travelled to Edinburgh on Monday.", people=["Tom Hale"], places=["Edinburgh"])
    assert [e for e in events([team]) if e[0] == "VISIT"] == []
    assert [e[0] for e in events([state])] == ["VISIT"]


def test_an_owned_deal_with_a_partner_is_signed_by_its_owner_but_not_a_contract():
    owned = paragraph(1, "Acme's deal with Fujitsu was the largest of its kind.", orgs=["Acme", "Fujitsu"])
    contract = paragraph(2, "Dan Kerr's contract with Chelsea runs until 2007.", people=["Dan Kerr"], orgs=["Chelsea"])
    told = paragraph(3, "Acme struck its deal with Fujitsu in May.", orgs=["Acme", "Fujitsu"])
    assert [e[:4] for e in events([owned])] == [("SIGN", "057", "Acme", "Fujitsu")]
    assert events([contract]) == []
    assert [e[:4] for e in events([told])] == [("SIGN", "057", "Acme", "Fujitsu")]  # once, by the verb


def test_an_attack_on_conjoined_policies_or_with_a_participle_of_saying_is_one_of_words():
    taxes = paragraph(1, 'Ann Dale also attacked Labour\'s "unfair" and over-complicated taxes.', people=["Ann Dale"],
                      orgs=["Labour"])  # fmt: skip
    saying = paragraph(2, "Ann Dale attacked Tom Reid, saying he had misled voters.", people=["Ann Dale", "Tom Reid"])
    assault = paragraph(3, "Ann Dale attacked Tom Reid outside the bar.", people=["Ann Dale", "Tom Reid"])
    assert [e[:4] for e in events([taxes])] == [("CRITICIZE", "111", "Ann Dale", "Labour")]
    assert [e[:4] for e in events([saying])] == [("CRITICIZE", "111", "Ann Dale", "Tom Reid")]
    assert events([assault]) == []


def test_whom_a_critic_speaks_for_before_the_verb_is_not_whom_they_criticise():
    p = paragraph(1, 'But Oliver Bennett, for the Greens, attacked government red tape and debt, dubbing Mr Brown '
                     '"Sir Wastealot".', people=["Oliver Bennett"], orgs=["Greens"])  # fmt: skip
    assert ("CRITICIZE", "111", "Oliver Bennett", "Greens") not in [e[:4] for e in events([p])]


def test_a_criticism_of_the_government_s_doing_is_of_the_article_s_country():
    home = [paragraph(n, "Ruritania's budget was debated on Monday.", countries=["Ruritania"]) for n in (1, 2)]
    p = paragraph(3, 'Ann Dale attacked the government\'s "failure" to control spending.', people=["Ann Dale"])
    got = [e[:4] for e in events([*home, p]) if e[0] == "CRITICIZE"]
    assert got == [("CRITICIZE", "111", "Ann Dale", "Ruritania")]


def test_a_firm_s_competitors_are_not_the_firm_but_a_pronoun_after_them_is():
    p = paragraph(1, "Acme's competitors have often accused it of abusing its position.", orgs=["Acme"])
    named = paragraph(2, "Its rivals, Tesco and Asda, have accused Acme of abusing its position.",
                      orgs=["Tesco", "Asda", "Acme"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "112", None, "Acme")]
    # rivals a name gives, each of a listed group (stop 54: the apposition's conjuncts)
    rivals = [("CRITICIZE", "112", "Tesco", "Acme"), ("CRITICIZE", "112", "Asda", "Acme")]
    assert [e[:4] for e in events([named])] == rivals


def test_an_its_with_no_firm_before_it_in_its_sentence_is_the_firm_told_of_before():
    p = paragraph(1, "Orbix sells software to telecoms firms. Its deal with Telco One was the largest to date.",
                  orgs=["Orbix", "Telco One"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Orbix", "Telco One")]


def test_a_speech_criticising_someone_is_its_giver_s_criticism():
    given = paragraph(1, "Ann Dale opened the conference with a speech criticising Tom Reid's record.",
                      people=["Ann Dale", "Tom Reid"])  # fmt: skip
    received = paragraph(2, "Ann Dale received a letter criticising Tom Reid.", people=["Ann Dale", "Tom Reid"])
    assert [e[:4] for e in events([given])] == [("CRITICIZE", "111", "Ann Dale", "Tom Reid")]
    assert events([received]) == []  # whoever receives a letter is not its author


def test_whoever_caused_an_outcry_or_outrage_is_whom_it_is_of():
    caused = paragraph(1, "Acme Trust caused an outcry when it wrote to its patients.", orgs=["Acme Trust"])
    outrage = paragraph(2, "Acme's decision to close the plant prompted outrage.", orgs=["Acme"])
    assert [e[:4] for e in events([caused])] == [("CRITICIZE", "111", None, "Acme Trust")]
    assert [e[:4] for e in events([outrage])] == [("CRITICIZE", "111", None, "Acme")]


def test_a_court_backing_a_side_rules_for_it_and_does_not_support_it():
    court = paragraph(1, "The Court of Appeal backed the Home Office's powers to hold them.",
                      orgs=["Court of Appeal", "Home Office"])  # fmt: skip
    party = paragraph(2, "The Liberal Party backed the Home Office's powers to hold them.",
                      orgs=["Liberal Party", "Home Office"])  # fmt: skip
    praise = paragraph(3, "Judge Ann Dale praised Tom Reid.", people=["Ann Dale", "Tom Reid"])
    former = paragraph(4, "Tom Reid, a former judge, backed Ann Dale.", people=["Ann Dale", "Tom Reid"])
    assert [e for e in events([court]) if e[0] == "SUPPORT"] == []
    assert [e[:4] for e in events([party])] == [("SUPPORT", "053", "Liberal Party", "Home Office")]
    assert [e[:4] for e in events([praise])] == [("SUPPORT", "051", "Ann Dale", "Tom Reid")]  # praise is praise
    assert [e[:4] for e in events([former])] == [("SUPPORT", "053", "Tom Reid", "Ann Dale")]


def test_support_from_people_named_only_by_kind_has_no_side_a_but_is_told():
    heads = paragraph(1, "Universities and head teachers have also backed the Tomlinson proposals.",
                      people=["Tomlinson"])  # fmt: skip
    crowd = paragraph(2, "Tom Reid received strong crowd support on Saturday.", people=["Tom Reid"])
    assert [e[:4] for e in events([heads])] == [("SUPPORT", "053", None, "Tomlinson")]
    assert events([crowd]) == []  # support received from no one named is still not written


def test_a_signatory_named_but_not_tagged_is_unknown_so_no_row():
    untagged = paragraph(1, "Shellco has signed a $6bn deal with Qatar to supply gas.", countries=["Qatar"])
    tagged = paragraph(2, "Shellco has signed a $6bn deal with Qatar to supply gas.", orgs=["Shellco"],
                       countries=["Qatar"])  # fmt: skip
    assert events([untagged]) == []
    assert [e[:4] for e in events([tagged])] == [("SIGN", "057", "Shellco", "Qatar")]


def test_whoever_wrote_to_someone_accusing_a_third_accuses_them():
    p = paragraph(1, "Ann Dale has written to the watchdog accusing Labour of a flagrant breach of the rules.",
                  people=["Ann Dale"], orgs=["Labour"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "112", "Ann Dale", "Labour")]
    # not whoever hears, forwards or answers someone else's words
    people, orgs = ["Ann Dale", "Tom Reid"], ["Labour"]
    heard = paragraph(2, "Ann Dale listened to Tom Reid accusing Labour of lying.", people=people, orgs=orgs)
    answered = paragraph(
        3, "Ann Dale responded to a letter from Tom Reid criticising Labour.", people=people, orgs=orgs
    )
    pointed = paragraph(4, "Ann Dale pointed to a report criticising Labour.", people=["Ann Dale"], orgs=orgs)
    assert [e[2] for e in events([heard]) + events([answered])] == ["Tom Reid", "Tom Reid"]
    assert events([pointed]) == []


def test_a_purchase_or_a_sale_made_in_a_deal_is_signed_with_the_other_firm():
    stake = paragraph(
        1, "Harlow Media bought a 26% stake in Vesta in a deal worth $34m.", orgs=["Harlow Media", "Vesta"]
    )
    assert [e[:4] for e in events([stake])] == [("SIGN", "057", "Harlow Media", "Vesta")]
    part = paragraph(
        1, "Corvel bought its stake in Dunmore in 1999 as part of a five-year media deal.", orgs=["Corvel", "Dunmore"]
    )
    assert [e[:4] for e in events([part])] == [("SIGN", "057", "Corvel", "Dunmore")]
    sale = paragraph(1, "Wexley sold its gaming unit to Brantor in a deal worth $339m.", orgs=["Wexley", "Brantor"])
    assert [e[:4] for e in events([sale])] == [("SIGN", "057", "Wexley", "Brantor")]
    # a player bought is no party (the club sold him); a partner the deal names is the other side
    player = paragraph(1, "Arsenal bought Jack Moss from Leeds United in a deal worth £5m.", people=["Jack Moss"],
                       orgs=["Arsenal", "Leeds United"])  # fmt: skip
    assert [e[:4] for e in events([player])] == [("SIGN", "057", "Arsenal", "Leeds United")]
    partner = paragraph(
        1, "Vantel bought a stake in Norcom in a deal with Harlow.", orgs=["Vantel", "Norcom", "Harlow"]
    )
    assert [e[:4] for e in events([partner])] == [("SIGN", "057", "Vantel", "Harlow")]
    passive = paragraph(1, "Norcom was bought by Vantel in a deal worth $5m.", orgs=["Norcom", "Vantel"])
    assert [e[:4] for e in events([passive])] == [("SIGN", "057", "Vantel", "Norcom")]
    # no deal told, a purchase that may be made, or nothing of a firm bought: no signing (a purchase
    # to come "in a deal" is a deal agreed: `test_a_purchase_to_come_in_a_deal_is_a_deal_agreed`)
    for text in (
        "Harlow Media bought a 26% stake in Vesta last year.",
        "Harlow Media may buy a 26% stake in Vesta in a deal worth $34m.",
        "Harlow Media bought new presses in a deal worth $34m.",
    ):
        assert (
            events([paragraph(1, text, orgs=["Harlow Media", "Vesta"] if "Vesta" in text else ["Harlow Media"])]) == []
        ), text


def test_charges_that_put_someone_in_jail_or_on_trial_accuse_them():
    for text in (
        "The clampdown is on Tom Hale, who is currently in jail on charges of fraud and tax evasion.",
        "Lawyers defending Tom Hale against a battery of fraud charges have called a witness.",
        "Tom Hale faced trial on charges of fraud.",
        "Tom Hale spent two years in prison on drugs charges.",
    ):
        assert events([paragraph(1, text, people=["Tom Hale"])]) == [("CRITICIZE", "112", None, "Tom Hale", None)], text
    for text in (
        "Tom Hale was released on bail.",
        "Tom Hale paid a series of bank charges.",
        "Tom Hale was never in jail on charges of fraud.",
        "Tom Hale was released on bail on charges of fraud.",
    ):
        assert events([paragraph(1, text, people=["Tom Hale"])]) == [], text
    # whom the custody or the trial is of, not who put him there or spoke at it
    for text, names, whom in (
        ("Leeds police took Tom Hale into custody on charges of fraud.", ["Tom Hale"], "Tom Hale"),
        ("Tom Reid testified at the trial of Jack Moss on fraud charges.", ["Tom Reid", "Jack Moss"], "Jack Moss"),
        ("Jack Moss testified at the trial of Tom Hale on fraud charges.", ["Jack Moss", "Tom Hale"], "Tom Hale"),
    ):
        assert events([paragraph(1, text, people=names)]) == [("CRITICIZE", "112", None, whom, None)], text


def test_a_count_of_criticism_or_charges_stands_where_the_noun_would():
    for text, whom in (
        ("Tom Hale faces a string of fraud charges.", ("CRITICIZE", "112", None, "Tom Hale", None)),
        ("Tom Hale denied a string of fraud charges.", ("CRITICIZE", "112", None, "Tom Hale", None)),
        ("Tom Hale faced a barrage of criticism from Jack Moss.", ("CRITICIZE", "111", "Jack Moss", "Tom Hale", None)),
    ):
        assert events([paragraph(1, text, people=["Tom Hale", "Jack Moss"] if "Moss" in text else ["Tom Hale"])]) == [
            whom
        ], text
    for text in ("Tom Hale faced a wave of water.", "Tom Hale paid a string of bank charges."):
        assert events([paragraph(1, text, people=["Tom Hale"])]) == [], text


def test_a_pronoun_owning_what_its_verb_gives_is_every_giver():
    names = ["Ana Ruiz", "Tom Hale", "Jack Moss"]
    p = paragraph(1, "Ana Ruiz and Tom Hale have lent their backing to Jack Moss.", people=names)
    assert events([p]) == [
        ("SUPPORT", "053", "Ana Ruiz", "Jack Moss", None),
        ("SUPPORT", "053", "Tom Hale", "Jack Moss", None),
    ]
    q = paragraph(1, "Ana Ruiz and Tom Hale offered their praise to Jack Moss.", people=names)
    assert [e[2] for e in events([q])] == ["Ana Ruiz", "Tom Hale"]


def test_full_of_praise_is_praise_by_the_subject():
    p = paragraph(1, "Ana Ruiz was full of praise for Jack Moss.", people=["Ana Ruiz", "Jack Moss"])
    assert events([p]) == [("SUPPORT", "051", "Ana Ruiz", "Jack Moss", None)]


def test_an_indictment_accuses_whoever_brought_it():
    for text in (
        "Tom Hale was indicted in February by a federal grand jury.",
        "A grand jury indicted Tom Hale on drugs charges.",
        "Tom Hale, who was indicted last year, spoke to reporters.",
    ):
        assert events([paragraph(1, text, people=["Tom Hale"])]) == [("CRITICIZE", "112", None, "Tom Hale", None)], text
    assert events([paragraph(1, "Tom Hale has not been indicted.", people=["Tom Hale"])]) == []


def test_a_passive_relative_clause_tells_whom_it_was_done_to():
    p = paragraph(
        1, "Tom Hale, who was accused of fraud last year, spoke to Jack Moss.", people=["Tom Hale", "Jack Moss"]
    )
    assert events([p]) == [("CRITICIZE", "112", None, "Tom Hale", None)]
    # The one a passive relative clause tells of still does what a clause below it says.
    q = paragraph(1, "Tom Hale, who was fined in May for accusing Jack Moss of cheating, left.",
                  people=["Tom Hale", "Jack Moss"])  # fmt: skip
    assert events([q]) == [("CRITICIZE", "112", "Tom Hale", "Jack Moss", None)]


def test_an_allegation_is_of_whom_what_it_says_names():
    names = ["Tom Hale", "Jack Moss"]
    for text, row in (
        ("There were allegations that Tom Hale had taken bribes.", (None, "Tom Hale")),
        ("Jack Moss made allegations that Tom Hale had taken bribes.", ("Jack Moss", "Tom Hale")),
        ("Jack Moss resigned amid allegations that Vantel had paid bribes.", (None, "Vantel")),
        # denied or faced: of the one who denies or faces it, as any allegation denied ("denied
        # allegations that his campaign broke rules": his, though no entity is named)
        ("Jack Moss denied allegations that Vantel had paid bribes.", (None, "Jack Moss")),
    ):
        p = paragraph(1, text, people=[n for n in names if n in text], orgs=["Vantel"] if "Vantel" in text else [])
        assert events([p]) == [("CRITICIZE", "112", *row, None)], text
    # "allegations that were made": a relative clause says nothing of whom
    p = paragraph(1, "Jack Moss denied allegations that were made in May.", people=["Jack Moss"])
    assert events([p]) == [("CRITICIZE", "112", None, "Jack Moss", None)]


def test_they_below_a_phrase_naming_a_group_is_that_group():
    text = "Vantel sacked Tom Hale and Ann Dale after allegations that they had taken bribes."
    p = paragraph(1, text, people=["Tom Hale", "Ann Dale"], orgs=["Vantel"])
    assert events([p]) == [("CRITICIZE", "112", None, "Tom Hale", None), ("CRITICIZE", "112", None, "Ann Dale", None)]


def test_a_deal_with_a_list_is_signed_with_each():
    names = ["SEC", "Norcom Capital", "Vantel Distributors", "Harlow Securities"]
    text = "The SEC agreed a deal totalling $375m with Norcom Capital, Vantel Distributors and Harlow Securities."
    p = paragraph(1, text, orgs=names)
    assert [e[3] for e in events([p])] == names[1:]


def test_leaders_of_listed_countries_sign_for_them():
    text = "The prime ministers of Bulgaria, Albania and Macedonia signed the agreement on Tuesday."
    p = paragraph(1, text, countries=["Bulgaria", "Albania", "Macedonia"])
    assert [e[2:4] for e in events([p])] == [("Bulgaria", "Albania"), ("Bulgaria", "Macedonia")]
    # Not people who are no one's envoys, nor a single country's
    for text, countries in (
        (
            "The fans of Bulgaria, Albania and Macedonia signed the petition on Tuesday.",
            ["Bulgaria", "Albania", "Macedonia"],
        ),
        ("The ministers of Bulgaria signed the agreement on Tuesday.", ["Bulgaria"]),
    ):
        assert events([paragraph(1, text, countries=countries)]) == [], text


def test_the_detail_of_a_side_leaves_out_the_commas_of_its_pruned_clause():
    text = "Ann Dale praised Tom Hale, who was at the heart of the win, on Monday."
    p = paragraph(1, text, people=["Ann Dale", "Tom Hale"])
    assert [e.detail for e in find_events([p], {}, PARSE, {}, [])] == ["Tom Hale"]


def test_criticism_aimed_or_directed_at_someone_is_of_them_by_no_one_named():
    for text in (
        "Much criticism has been aimed at Tom Hale, but the problem lies elsewhere.",
        "Much of the criticism directed at Tom Hale is unfair.",
        "The criticism of Tom Hale was harsh.",
    ):
        assert events([paragraph(1, text, people=["Tom Hale"])]) == [("CRITICIZE", "111", None, "Tom Hale", None)], text
    # Talks aimed at ending something are still only aimed at it.
    p = paragraph(1, "Talks between Vantel and Norcom are aimed at ending the strike.", orgs=["Vantel", "Norcom"])
    assert events([p]) == []


def test_charged_with_a_criminal_act_is_an_accusation():
    q = paragraph(1, "Ann Dale charged Tom Hale with harassing her at the party.", people=["Ann Dale", "Tom Hale"])
    assert events([q]) == [("CRITICIZE", "112", "Ann Dale", "Tom Hale", None)]
    r = paragraph(1, "Ann Dale charged Tom Hale with leading the team.", people=["Ann Dale", "Tom Hale"])
    assert events([r]) == []
    # a governing body's charges: of conduct, a breach or a duty not done, counts of a crime, "over" a deed
    fa, club = dict(orgs=["Football Association", "Chelsea"]), dict(orgs=["UEFA", "Legia Warsaw"])
    for text, names, expected in (
        ("The Football Association charged Chelsea with improper conduct.", fa, ("Football Association", "Chelsea")),
        (
            "The Football Association charged Chelsea with failing to control their players.",
            fa,
            ("Football Association", "Chelsea"),
        ),
        ("UEFA has charged Legia Warsaw over crowd trouble during the match.", club, ("UEFA", "Legia Warsaw")),
        (
            "Tom Hale was charged by the Football Association with eleven counts of fraud.",
            dict(people=["Tom Hale"], orgs=["Football Association"]),
            ("Football Association", "Tom Hale"),
        ),
    ):
        assert [e[2:4] for e in events([paragraph(1, text, **names)])] == [expected], text
    # a price is no charge, over the odds or not
    assert events([paragraph(1, "The bank charged Chelsea over the odds for the loan.", orgs=["Chelsea"])]) == []


def test_the_deed_an_accusation_hangs_on_a_role_is_no_word_of_the_role():
    text = "President Tom Hale spoke on Monday. Vantel has accused the president of excluding costs."
    p = paragraph(1, text, people=["Tom Hale"], orgs=["Vantel"])
    assert [(e.event_type, e.actor_a, e.actor_b, e.detail) for e in find_events([p], {}, PARSE, {}, [])] == [
        ("CRITICIZE", "Vantel", "Tom Hale", "the president")
    ]


def test_he_is_not_a_person_named_only_as_a_nouns_of_phrase():
    first = paragraph(
        1, "Tom Hale has died. He served during the premiership of Jack Moss.", people=["Tom Hale", "Jack Moss"]
    )
    second = paragraph(2, "In education, he faced criticism over school closures.")
    assert events([first, second], people={"Tom Hale": Person(), "Jack Moss": Person()}) == [
        ("CRITICIZE", "111", None, "Tom Hale", None)
    ]


def test_the_review_counter_examples_of_the_eighteenth_pass_give_no_false_row():
    names = ["Tom Hale", "Jack Moss", "Ana Ruiz"]
    cases = (
        # a person named in an event's "of" phrase is whom "him" means, unlike a time in office
        ("Jack Moss, the police chief, confirmed the arrest of Tom Hale. Prosecutors have accused him of fraud.",
         [("CRITICIZE", "112", None, "Tom Hale", None)]),
        # "them" below a verb whose subject or object names the group, not any list before it
        ("Officials from France and Germany said protesters had blocked roads, and police criticised them.", []),
        # the giver of "his backing" is its verb's own subject (told to give it, he has not yet)
        ("Ana Ruiz persuaded Tom Hale to give his backing to Jack Moss.",
         [("SUPPORT", "053", "Tom Hale", "Jack Moss", None)]),
        ("Ana Ruiz told Tom Hale to give his backing to Jack Moss.", []),
        # aimed at a thing, or at doing, is a plan; a criticism not directed at someone is none
        ("Talks between Vantel and Norcom next week are aimed at a settlement.", []),
        ("Criticism was not directed at Tom Hale.", []),
        # a critic who leads the criticism is its critic, not an unnamed one
        ("Jack Moss led the criticism of Tom Hale.", [("CRITICIZE", "111", "Jack Moss", "Tom Hale", None)]),
        ("The criticism aimed at Tom Hale by Jack Moss was unfair.",
         [("CRITICIZE", "111", "Jack Moss", "Tom Hale", None)]),
        # a passive relative clause with its "by" phrase keeps its giver
        ("Jack Moss praised Vantel, which was criticised by Tom Hale in May.",
         [("SUPPORT", "051", "Jack Moss", "Vantel", None), ("CRITICIZE", "111", "Tom Hale", "Vantel", None)]),
        # a task is no crime; a score is no criticism
        ("Tom Hale, charged with killing off the project, resigned.", []),
        ("Wales savaged Italy 40-3 in Rome.", []),
        # what someone avoids or fears was not done; nor was praise hardly given
        ("Tom Hale avoided being indicted.", []),
        ("Jack Moss was hardly full of praise for Tom Hale.", []),
        # a list with a firm and a person or a country keeps the firm
        ("Vantel held talks with Norcom, Harlow and France.", [("MEET", "040", "Vantel", "Norcom", None),
                                                               ("MEET", "040", "Vantel", "Harlow", None)]),
        ("Vantel signed deals with Norcom and China.", [("SIGN", "057", "Vantel", "Norcom", None)]),
    )  # fmt: skip
    for text, rows in cases:
        p = paragraph(1, text, people=[n for n in names if n in text],
                      orgs=[o for o in ("Vantel", "Norcom", "Harlow") if o in text],
                      countries=[c for c in ("France", "Germany", "China", "Wales", "Italy") if c in text])  # fmt: skip
        assert events([p]) == rows, text


def test_a_deed_hung_on_a_noun_stays_in_its_detail_unless_an_accusation_tells_it():
    p = paragraph(1, "Jack Moss criticised Vantel's policy of cutting jobs.", people=["Jack Moss"], orgs=["Vantel"])
    assert [e.detail for e in find_events([p], {}, PARSE, {}, [])] == ["Vantel 's policy of cutting jobs"]


def test_charges_settled_or_told_with_who_brought_them_name_both_sides():
    sec = dict(orgs=["Ofcom", "Norvik"])
    by_ofcom = [("CRITICIZE", "112", "Ofcom", "Norvik", None)]
    _each([
        # who raised the charges, in a participle's "by" phrase, however the clause uses them
        ("Norvik said it would pay $5m to settle charges, raised by Ofcom in May, that it rigged bids.", sec,
         by_ofcom),
        ("Norvik faces charges brought by Ofcom that it misled investors.", sec, by_ofcom),
        ("The charges against Norvik were filed by Ofcom on Monday.", sec, by_ofcom),
        ("Fraud charges brought by Ofcom against Norvik were dropped.", sec, by_ofcom),
        # one settles charges against oneself, with whom brought them or whom one paid
        ("Norvik agreed to settle fraud charges with Ofcom.", sec, by_ofcom),
        ("Norvik paid Ofcom $5m to settle charges of fraud.", sec, by_ofcom),
        # a price raised, a deal approved, a case settled, bare charges settled: no accusation
        ("Norvik settled the charges last year.", dict(orgs=["Norvik"]), []),
        ("Norvik said bank charges raised by Baltica were unfair.", FIRMS, []),
        ("Norvik paid its lawyers $2m to settle the case.", dict(orgs=["Norvik"]), []),
        ("The deal approved by regulators links Norvik with Baltica.", FIRMS, []),
    ])  # fmt: skip


def test_support_or_criticism_of_a_leader_named_by_office_is_of_their_country_or_body():
    _each([
        ("Ms Soto praised the leaders of France and Germany.",
         dict(people=["Ms Soto"], countries=["France", "Germany"]),
         [("SUPPORT", "051", "Ms Soto", "France", None), ("SUPPORT", "051", "Ms Soto", "Germany", None)]),
        ("Ms Soto criticised the chairman of Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]),
         [("CRITICIZE", "111", "Ms Soto", "Norvik", None)]),
        # a name in apposition is the side itself; a son or a fan is nobody's agent
        ("Ms Soto praised the president of France, Jacques Chirac.",
         dict(people=["Ms Soto", "Jacques Chirac"], countries=["France"]),
         [("SUPPORT", "051", "Ms Soto", "Jacques Chirac", None)]),
        ("Ms Soto praised the fans of Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]), []),
    ])  # fmt: skip


def test_a_noun_describing_the_name_after_it_is_not_the_subject_and_an_entry_is_its_country():
    _each([
        # the parser makes "group" a second subject beside the name it describes
        ('Campaign group the Nova Alliance "congratulated" Ms Soto on her stance.',
         dict(people=["Ms Soto"], orgs=["the Nova Alliance"]),
         [("SUPPORT", "051", "the Nova Alliance", "Ms Soto", None)]),
        ("Campaign group the Nova Alliance met Ms Soto in May.", dict(people=["Ms Soto"], orgs=["the Nova Alliance"]),
         [("MEET", "040", "the Nova Alliance", "Ms Soto", None)]),
        # entry or accession with a demonym is the country's
        ("Ms Soto said France backed Turkish entry into the union.", dict(people=["Ms Soto"], countries=["France",
         "Turkish"]), [("SUPPORT", "053", "France", "Turkish", None)]),
        ("Ms Soto has been a backer of Turkish accession.", dict(people=["Ms Soto"], countries=["Turkish"]),
         [("SUPPORT", "053", "Ms Soto", "Turkish", None)]),
    ])  # fmt: skip


def test_tearing_or_laying_into_words_is_criticism_and_a_participle_of_making_names_their_author():
    pair = dict(people=["Ms Soto", "Mr Lund"])
    _each([
        ("Ms Soto tore into Mr Lund's plans on Monday.", pair, [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Laying into Mr Lund's record, Ms Soto said it had failed.", pair,
         [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Norvik tore into the visitors from the kick-off.", dict(orgs=["Norvik"]), []),
        # the author of claims or plans is the "by" of a participle of making, not of judging
        ("Ms Soto ridiculed the claims made on Monday by Mr Lund.", pair,
         [("CRITICIZE", "111", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto backed the plans unveiled by Mr Lund.", pair, [("SUPPORT", "053", "Ms Soto", "Mr Lund", None)]),
        ("Ms Soto backed the plans criticised by Mr Lund.", pair, []),
    ])  # fmt: skip


def test_criticism_of_what_an_unresolved_owner_did_has_no_unnamed_side():
    soto = dict(people=["Ms Soto"])
    _each([
        # whose actions they were is told, but names no entity: an unknown side, no row
        ("Ms Soto denounced her father's actions on Monday.", soto, []),
        ("Ms Soto attacked the government's failure to act.", soto, []),
        # a thing with no owner told, or people named only by kind, stay unnamed
        ("Ms Soto branded the decision unacceptable.", soto, [("CRITICIZE", "111", "Ms Soto", None, None)]),
        ("Ms Soto accused some critics of lying.", soto, [("CRITICIZE", "112", "Ms Soto", None, None)]),
    ])  # fmt: skip


def test_a_participle_after_one_or_another_is_the_items_not_the_clauses_subject():
    firms = dict(orgs=["Norvik", "Baltica"])
    _each([
        # the lawsuit accuses, whose plaintiff is not named here: no row (not Norvik accusing Baltica)
        ("Baltica said so. Norvik is fighting two lawsuits - one accusing it of fraud and another alleging it cheats.",
         firms, []),
        # a participle after the clause's own object keeps the clause's subject
        ("Baltica sued Norvik, accusing it of fraud.", firms, [("CRITICIZE", "112", "Baltica", "Norvik", None)]),
    ])  # fmt: skip


def test_charged_by_an_authority_and_charges_faced_as_a_second_conjunct_accuse():
    _each([
        ("Tom Hale is facing a ban after being charged by Ofcom.", dict(people=["Tom Hale"], orgs=["Ofcom"]),
         [("CRITICIZE", "112", "Ofcom", "Tom Hale", None)]),
        ("Norvik and Baltica have been charged by Ofcom over crowd trouble.", dict(orgs=["Norvik", "Baltica", "Ofcom"]),
         [("CRITICIZE", "112", "Ofcom", "Norvik", None), ("CRITICIZE", "112", "Ofcom", "Baltica", None)]),
        # a price, a battery, a charge not brought: no accusation
        ("Customers were charged £5 by Norvik for the service.", dict(orgs=["Norvik"]), []),
        ("The engine is kept charged by extra engine power.", {}, []),
        ("Tom Hale has not been charged by police.", dict(people=["Tom Hale"]), []),
        # "the Norvik laboratory faces steroid distribution and money laundering charges"
        ("The Norvik laboratory faces steroid distribution and money laundering charges.", dict(orgs=["Norvik"]),
         [("CRITICIZE", "112", None, "Norvik", None)]),
    ])  # fmt: skip


def test_every_conjunct_the_parser_hangs_on_one_word_is_a_side_and_an_object_stops_at_a_closing_dash():
    _each([
        ("Ms Soto also praised winger Tom Hale and strikers Jack Moss and Ann Dale, who both scored.",
         dict(people=["Ms Soto", "Tom Hale", "Jack Moss", "Ann Dale"]),
         [("SUPPORT", "051", "Ms Soto", "Tom Hale", None), ("SUPPORT", "051", "Ms Soto", "Jack Moss", None),
          ("SUPPORT", "051", "Ms Soto", "Ann Dale", None)]),
        # the parser runs the object of a clause between dashes on past the closing dash
        ("Glamour was brought to the evening by actress Ann Dale, supermodel Jane Roe - who was supporting her "
         "director husband Tom Hale - actress Kate Lee and singer Amy Fox.",
         dict(people=["Ann Dale", "Jane Roe", "Tom Hale", "Kate Lee", "Amy Fox"]), []),
        # a hyphen is no dash: the object runs on past a clause set off by dashes after it
        ("The UK-based firm Norvik praised Tom Hale - the firm's founder - and Ann Dale.",
         dict(orgs=["Norvik"], people=["Tom Hale", "Ann Dale"]),
         [("SUPPORT", "051", "Norvik", "Tom Hale", None), ("SUPPORT", "051", "Norvik", "Ann Dale", None)]),
    ])  # fmt: skip


def test_the_review_counter_examples_of_the_nineteenth_pass_give_no_false_row():
    """Sentences a reviewer wrote against this pass's rules: prices, tasks and rushes "charged",
    passives above reporting verbs, negated or unowned charges, former leaders, contest entries."""
    _each([
        ("Baltica was charged by Norvik for the use of its network.", dict(orgs=["Norvik", "Baltica"]), []),
        ("Tom Hale was charged by Norvik per minute.", dict(people=["Tom Hale"], orgs=["Norvik"]), []),
        ("Tom Hale was charged by Norvik with running the project.", dict(people=["Tom Hale"], orgs=["Norvik"]), []),
        ("Tom Hale was charged by fans after the match.", dict(people=["Tom Hale"]), []),
        ("Tom Hale was charged by protesters as he left the building.", dict(people=["Tom Hale"]), []),
        ("Tom Hale is unlikely to be backed by Norvik.", dict(people=["Tom Hale"], orgs=["Norvik"]), []),
        ("Tom Hale deserves to be praised by Norvik.", dict(people=["Tom Hale"], orgs=["Norvik"]), []),
        ("Tom Hale is afraid of being criticised by Norvik.", dict(people=["Tom Hale"], orgs=["Norvik"]), []),
        ("Tom Hale said the striker was banned after being charged by the FA.",
         dict(people=["Tom Hale"], orgs=["FA"]), []),
        ("Tom Hale said Baltica was fined after being charged by the FA.",
         dict(people=["Tom Hale"], orgs=["FA", "Baltica"]), [("CRITICIZE", "112", "FA", "Baltica", None)]),
        ("Tom Hale said fraud charges were brought against Norvik.",
         dict(people=["Tom Hale"], orgs=["Norvik"]), [("CRITICIZE", "112", None, "Norvik", None)]),
        ("Baltica confirmed that criminal charges had been filed against Norvik.",
         dict(orgs=["Norvik", "Baltica"]), [("CRITICIZE", "112", None, "Norvik", None)]),
        ("Charges against Tom Hale were never filed by Ofcom.", dict(people=["Tom Hale"], orgs=["Ofcom"]), []),
        ("Charges against Tom Hale were not filed by Ofcom.", dict(people=["Tom Hale"], orgs=["Ofcom"]), []),
        ("Tom Hale settled the charges on his credit card.", dict(people=["Tom Hale"]), []),
        ("Baltica agreed to settle charges paid by Norvik.", dict(orgs=["Norvik", "Baltica"]), []),
        ("Norvik settled the fraud charges together with Baltica.",
         dict(orgs=["Norvik", "Baltica"]), [("CRITICIZE", "112", None, "Norvik", None)]),
        ("Norvik settled the fraud charges with help from Baltica.",
         dict(orgs=["Norvik", "Baltica"]), [("CRITICIZE", "112", None, "Norvik", None)]),
        ("Ofcom settled the fraud charges against Norvik.", dict(orgs=["Norvik", "Ofcom"]), []),
        ("Norvik faced higher fees and charges last year.", dict(orgs=["Norvik"]), []),
        ("Norvik faces rising costs and charges.", dict(orgs=["Norvik"]), []),
        ("Ms Soto attacked yesterday's decision.",
         dict(people=["Ms Soto"]), [("CRITICIZE", "111", "Ms Soto", None, None)]),
        ("Ms Soto criticised last week's decision to close the plant.",
         dict(people=["Ms Soto"]), [("CRITICIZE", "111", "Ms Soto", None, None)]),
        ("Ms Soto attacked the unions' demands.",
         dict(people=["Ms Soto"]), [("CRITICIZE", "111", "Ms Soto", None, None)]),
        ("Ms Soto criticised the former chairman of Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]), []),
        ("Ms Soto praised the late king of Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]), []),
        ("Ms Soto praised the Irish entry in the song contest.", dict(people=["Ms Soto"], countries=["Irish"]), []),
        ("Ms Soto criticised the Boeing operator.", dict(people=["Ms Soto"], orgs=["Boeing"]), []),
        ("Ms Soto praised the Apple retailer.", dict(people=["Ms Soto"], orgs=["Apple"]), []),
        ("Tom Hale tore into the work with relish.", dict(people=["Tom Hale"]), []),
        ("Ms Soto welcomed the decision set aside by the Court of Appeal.",
         dict(people=["Ms Soto"], orgs=["Court of Appeal"]), []),
        ("Ms Soto backed the plans put on hold by Norvik.", dict(people=["Ms Soto"], orgs=["Norvik"]), []),
        ("Tom Hale has filed two lawsuits - one accusing Norvik of fraud.",
         dict(people=["Tom Hale"], orgs=["Norvik"]), [("CRITICIZE", "112", "Tom Hale", "Norvik", None)]),
    ])  # fmt: skip


def test_a_leader_of_a_body_the_article_named_is_that_person():
    people = {"Tom Hale": Person(None, ("the chairman of Norvik",)), "Ms Soto": Person()}
    first = paragraph(1, "Tom Hale, the chairman of Norvik, spoke on Monday.", people=["Tom Hale"], orgs=["Norvik"])
    named = paragraph(2, "Ms Soto criticised the chairman of Norvik on Tuesday.", people=["Ms Soto"], orgs=["Norvik"])
    other = paragraph(2, "Ms Soto criticised the chairman of Baltica on Tuesday.", people=["Ms Soto"], orgs=["Baltica"])
    assert events([first, named], people=people) == [("CRITICIZE", "111", "Ms Soto", "Tom Hale", None)]
    assert events([first, other], people=people) == [("CRITICIZE", "111", "Ms Soto", "Baltica", None)]


def test_visiting_sites_of_a_kind_is_a_tour_but_touring_countries_visits_them():
    _each([
        ("Ms Soto is visiting constituencies in Leeds and Hull on Monday.",
         dict(people=["Ms Soto"], places=["Leeds"], orgs=["Hull"]), []),
        ("Ms Soto visited refugee camps in Sudan.", dict(people=["Ms Soto"], countries=["Sudan"]),
         [("VISIT", "042", "Ms Soto", "Sudan", None)]),
    ])  # fmt: skip


def test_rules_from_the_precision_audit_of_news_outside_the_gold():
    # Each case is a kind of false row the audit of rows from unannotated BBC files found, or a
    # counter-example a review of those rules found.
    _each([
        # a trip planned, sought, cancelled or missed is not made; a hoped-for act is not done
        ("Ms Soto planned a trip to Baltica but never went.", dict(people=["Ms Soto"], countries=["Baltica"]), []),
        ("After missing out on the tour to Baltica, Tom Hale is fit again.",
         dict(people=["Tom Hale"], countries=["Baltica"]), []),
        ("Ms Soto cancelled her visit to Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]), []),
        ("Ms Soto called off her visit to Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]), []),
        ("Ms Soto scrapped plans for a trip to Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]), []),
        ("Ms Soto pulled out of the talks with Tom Hale.", dict(people=["Ms Soto", "Tom Hale"]), []),
        ("Ms Soto skipped the talks with Tom Hale.", dict(people=["Ms Soto", "Tom Hale"]), []),
        ("Ms Soto pulled out a map during her visit to Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]),
         [("VISIT", "042", "Ms Soto", "Baltica", None)]),
        ("Hopefully the members of Norvik will support Ms Soto.", dict(people=["Ms Soto"], orgs=["Norvik"]), []),
        ("Ms Soto made a trip to Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]),
         [("VISIT", "042", "Ms Soto", "Baltica", None)]),
        # ... but what happened during or after a trip does not undo it
        ("Ms Soto missed a Commons vote during her visit to Baltica.", dict(people=["Ms Soto"], countries=["Baltica"]),
         [("VISIT", "042", "Ms Soto", "Baltica", None)]),
        ("Ms Soto got what she wanted from her talks with Tom Hale.", dict(people=["Ms Soto", "Tom Hale"]),
         [("MEET", "040", "Ms Soto", "Tom Hale", None)]),
        ("The inquiry found that Ms Soto was right to meet Tom Hale.", dict(people=["Ms Soto", "Tom Hale"]),
         [("MEET", "040", "Ms Soto", "Tom Hale", None)]),
        # a side's trip for the right to play there is a fixture; a people's trip is a visit
        ("Rovers and Athletic will replay for the right to travel to Baltica.",
         dict(orgs=["Rovers", "Athletic"], countries=["Baltica"]), []),
        ("The Americans have travelled to Geneva for talks.", dict(countries=["Americans"], places=["Geneva"]),
         [("VISIT", "042", "Americans", None, "Geneva")]),
        ("Tom Hale made the 1997 Lions tour to Baltica.", dict(people=["Tom Hale"], countries=["Baltica"]), []),
        ("Tom Hale visited Baltica for the World Cup.", dict(people=["Tom Hale"], countries=["Baltica"]),
         [("VISIT", "042", "Tom Hale", "Baltica", None)]),
        ("Tom Hale spoke at a Lions Club dinner during his visit to Baltica.",
         dict(people=["Tom Hale"], countries=["Baltica"]), [("VISIT", "042", "Tom Hale", "Baltica", None)]),
        # a country named before a firm tells where the firm is from; before a team or a bank, whom it acts for
        ("The Baltican network has supported Norvik's action.",
         dict(countries=["Baltican"], orgs=["Norvik"]), []),
        ("The Baltican government has supported Norvik's action.", dict(countries=["Baltican"], orgs=["Norvik"]),
         [("SUPPORT", "053", "Baltican", "Norvik", None)]),
        ("Baltican lawmakers have supported Norvik's action.", dict(countries=["Baltican"], orgs=["Norvik"]),
         [("SUPPORT", "053", "Baltican", "Norvik", None)]),
        ("The Iranian negotiating team signed an agreement with Baltica.", dict(countries=["Iranian", "Baltica"]),
         [("SIGN", "057", "Iranian", "Baltica", None)]),
        ("China's central bank criticised Baltica.", dict(countries=["China", "Baltica"]),
         [("CRITICIZE", "111", "China", "Baltica", None)]),
        # blame laid on a thing is no criticism; on an actor, or on what someone decided, it is
        ("Norvik blamed weak demand for the fall in profits.", dict(orgs=["Norvik"]), []),
        ("Norvik blamed Baltica for the fall in profits.", dict(orgs=["Norvik"], countries=["Baltica"]),
         [("CRITICIZE", "112", "Norvik", "Baltica", None)]),
        ("Norvik blamed the decision for the collapse of the talks.", dict(orgs=["Norvik"]),
         [("CRITICIZE", "112", "Norvik", None, None)]),
        # who brought the charges someone is tried on, when the text says
        ("Ann Lowe faces trial on charges brought by Baltican prosecutors.",
         dict(people=["Ann Lowe"], countries=["Baltican"]), [("CRITICIZE", "112", "Baltican", "Ann Lowe", None)]),
        ("Ann Lowe faces trial on charges brought by prosecutors.", dict(people=["Ann Lowe"]),
         [("CRITICIZE", "112", None, "Ann Lowe", None)]),
        # where a deal imports from is whom it is with (stop 43: the audit's reader of "India has
        # signed a $40bn deal to import … gas from Iran" gave it Iran, against a probe's expectation)
        ("Norvik has agreed a deal to import wine from Baltica.", dict(orgs=["Norvik"], countries=["Baltica"]),
         [("SIGN", "057", "Norvik", "Baltica", None)]),
        # someone's coach or lawyer is not them; their spokesman or ambassador speaks for them
        ("Smith's plan was backed by Lowe's coach, Dai Young.", dict(people=["Smith", "Lowe", "Dai Young"]),
         [("SUPPORT", "053", "Dai Young", "Smith", None)]),
        ("Smith's plan was backed by Lowe's lawyer.", dict(people=["Smith", "Lowe"]), []),
        ("Labour's minister for women Ann Lowe criticised Norvik.",
         dict(orgs=["Labour", "Norvik"], people=["Ann Lowe"]), [("CRITICIZE", "111", "Ann Lowe", "Norvik", None)]),
        ("Smith's plan was backed by Lowe's spokesman.", dict(people=["Smith", "Lowe"]),
         [("SUPPORT", "053", "Lowe", "Smith", None)]),
        ("Mr Putin's ambassador criticised Baltica's decision.", dict(people=["Mr Putin"], countries=["Baltica"]),
         [("CRITICIZE", "111", "Mr Putin", "Baltica", None)]),
        # a passive subject the model did not tag is an unknown side, not a name in its "for" phrase
        ("Laporte has been criticised for Baltica's negative tactics.", dict(countries=["Baltica"]), []),
        ("Ann Lowe has been criticised for Baltica's negative tactics.",
         dict(people=["Ann Lowe"], countries=["Baltica"]), [("CRITICIZE", "111", None, "Ann Lowe", None)]),
    ])  # fmt: skip


def test_a_passive_accusations_by_phrase_hung_on_the_deed_names_the_accuser():
    # The parser hangs "by the watchdog" on the active participle of the "of" phrase; a means
    # ("by poisoning") or a passive deed with its own agent ("of being paid by") is no accuser.
    _each([
        ("Baltica has been accused of jamming radio signals by Norvik Watch.",
         dict(countries=["Baltica"], orgs=["Norvik Watch"]), [("CRITICIZE", "112", "Norvik Watch", "Baltica", None)]),
        ("Tom Hale was accused of hiding the money by Ann Lowe.", dict(people=["Tom Hale", "Ann Lowe"]),
         [("CRITICIZE", "112", "Ann Lowe", "Tom Hale", None)]),
        ("Tom Hale was accused of being paid by Baltica.", dict(people=["Tom Hale"], countries=["Baltica"]),
         [("CRITICIZE", "112", None, "Tom Hale", None)]),
        ("Tom Hale was accused of harming Ann Lowe by poisoning her tea.", dict(people=["Tom Hale", "Ann Lowe"]),
         [("CRITICIZE", "112", None, "Tom Hale", None)]),
    ])  # fmt: skip


def test_an_event_still_to_come_asked_for_or_denied_is_not_told_as_done():
    # Probes written for the phenomenon (no BBC row has them): a trigger noun told as to come, a
    # trip or talks weighed, prepared, called or pressed for, a clause someone denies.
    hale, baltica = dict(people=["Ann Lowe", "Tom Hale"]), dict(people=["Ann Lowe"], countries=["Baltica"])
    _each([
        ("Ann Lowe's planned visit to Baltica was postponed.", baltica, []),
        ("Ann Lowe's forthcoming trip to Baltica is her first.", baltica, []),
        ("Ann Lowe is considering a visit to Baltica.", baltica, []),
        ("Ann Lowe is preparing to visit Baltica.", baltica, []),
        ("Ann Lowe prepares for talks with Tom Hale.", hale, []),
        ("Ann Lowe called for talks with Tom Hale.", hale, []),
        ("Ann Lowe pressed for a meeting with Tom Hale.", hale, []),
        ("Ann Lowe demanded a meeting with Tom Hale.", hale, []),
        ("Ann Lowe denied that she had criticised Tom Hale.", hale, []),
        ("Norvik denied it was in talks with Zenith.", dict(orgs=["Norvik", "Zenith"]), []),
        ("Ann Lowe said that Baltica should back Norvik.",
         dict(people=["Ann Lowe"], countries=["Baltica", "Norvik"]), []),
        ("Ann Lowe must visit Baltica soon.", baltica, []),
        ("Norvik stopped supporting Baltica in January.", dict(countries=["Norvik", "Baltica"]), []),
        ("Ahead of talks with Tom Hale on Friday, Ann Lowe said she was ready.", hale, []),
        ("On the eve of her visit to Baltica, Ann Lowe spoke to reporters.", baltica, []),
        ("Ann Lowe requested a meeting with Tom Hale.", hale, []),
        ("Baltica ought to support Norvik in the dispute.", dict(countries=["Baltica", "Norvik"]), []),
        ("Police arrested 20 protesters on the eve of Ann Lowe's visit to Baltica.", baltica, []),
        ("In the run-up to Ann Lowe's visit to Baltica, the government freed 20 prisoners.", baltica, []),
        # ... found by a review's probes: what was planned and then carried out, a denial or a modal
        # about what an event was, a stop that is a purpose or is itself refused, "considered" as
        # "regarded", and a denial denied are told as done
        ("Ann Lowe finally made her planned visit to Baltica on Tuesday.", baltica,
         [("VISIT", "042", "Ann Lowe", "Baltica", None)]),
        ("Tom Hale held talks with Ann Lowe about a possible visit to Baltica.",
         dict(people=["Tom Hale", "Ann Lowe"], countries=["Baltica"]), [("MEET", "040", "Tom Hale", "Ann Lowe", None)]),
        ("Ann Lowe denied that her visit to Baltica had been a mistake.", baltica,
         [("VISIT", "042", "Ann Lowe", "Baltica", None)]),
        ("Ann Lowe did not deny that she had met Tom Hale.", hale, [("MEET", "040", "Ann Lowe", "Tom Hale", None)]),
        ("Ann Lowe said her visit to Baltica last week should be seen as a gesture of goodwill.", baltica,
         [("VISIT", "042", "Ann Lowe", "Baltica", None)]),
        ("Ann Lowe stopped to meet Tom Hale on her way to the airport.", hale,
         [("MEET", "040", "Ann Lowe", "Tom Hale", None)]),
        ("Tom Hale refused to stop criticising Ann Lowe.", hale, [("CRITICIZE", "111", "Tom Hale", "Ann Lowe", None)]),
        ("Ann Lowe considered her trip to Baltica a success.", baltica,
         [("VISIT", "042", "Ann Lowe", "Baltica", None)]),
        # ... but what the parties agree they should do is their commitment, and a modal the parser
        # hangs on a participle ("should not [quote] … and attacking") is not its
        ("There is a different tone, with Ann Lowe stressing politicians should not \"foment an artificial debate\" "
         "about jobs and attacking Tom Hale's proposals for quotas.", hale,
         [("CRITICIZE", "111", "Ann Lowe", "Tom Hale", None)]),
        ("The two leaders agreed that Baltica and Norvik should support Zenith.",
         dict(countries=["Baltica", "Norvik"], orgs=["Zenith"]),
         [("SUPPORT", "053", "Baltica", "Zenith", None), ("SUPPORT", "053", "Norvik", "Zenith", None)]),
        # ... while what was done stays
        ("Ann Lowe said that she had criticised Tom Hale.", hale, [("CRITICIZE", "111", "Ann Lowe", "Tom Hale", None)]),
        ("Ann Lowe cut short her visit to Baltica.", baltica, [("VISIT", "042", "Ann Lowe", "Baltica", None)]),
        ("Ann Lowe called her talks with Tom Hale a success.", hale, [("MEET", "040", "Ann Lowe", "Tom Hale", None)]),
        ("Norvik broke off talks with Zenith.", dict(orgs=["Norvik", "Zenith"]),
         [("MEET", "040", "Norvik", "Zenith", None)]),
    ])  # fmt: skip


def test_passives_and_agreed_takeovers_name_their_sides():
    # Probes written for the construction: a passive's "by" phrase is the actor, its subject what
    # was visited, accused or signed; an agreed merger or takeover is a deal with the other firm.
    _each([
        ("Norvik was visited by Ann Lowe last week.", dict(people=["Ann Lowe"], countries=["Norvik"]),
         [("VISIT", "042", "Ann Lowe", "Norvik", None)]),
        ("Norvik was visited last week.", dict(countries=["Norvik"]), []),
        # a reduced or a relative passive: the noun the clause tells of was visited
        ("Norvik, visited by Ann Lowe in May, is poor.", dict(people=["Ann Lowe"], countries=["Norvik"]),
         [("VISIT", "042", "Ann Lowe", "Norvik", None)]),
        ("Norvik, which was visited by Ann Lowe in May, is poor.", dict(people=["Ann Lowe"], countries=["Norvik"]),
         [("VISIT", "042", "Ann Lowe", "Norvik", None)]),
        # a visit set between commas beside the subject's name is theirs (the parser may hang it on the name)
        ("Ana Kell, on a visit to Chile, met Tom Hale.", dict(people=["Ana Kell", "Tom Hale"], countries=["Chile"]),
         [("MEET", "040", "Ana Kell", "Tom Hale", None), ("VISIT", "042", "Ana Kell", "Chile", None)]),
        ("The website, visited by Ann Lowe daily, closed.", dict(people=["Ann Lowe"]), []),
        ("Tom Hale, accused by Ann Lowe of lying, resigned.", dict(people=["Tom Hale", "Ann Lowe"]),
         [("CRITICIZE", "112", "Ann Lowe", "Tom Hale", None)]),
        ("The treaty between Baltica and Norvik was signed on Monday.", dict(countries=["Baltica", "Norvik"]),
         [("SIGN", "057", "Baltica", "Norvik", None)]),
        ("Finally, a deal to sell the ground was struck.", dict(), []),
        ("Acme Corp agreed a merger with Zenith Group.", dict(orgs=["Acme Corp", "Zenith Group"]),
         [("SIGN", "057", "Acme Corp", "Zenith Group", None)]),
        ("Acme Corp has agreed a takeover of Zenith Group.", dict(orgs=["Acme Corp", "Zenith Group"]),
         [("SIGN", "057", "Acme Corp", "Zenith Group", None)]),
        ("Acme Corp agreed a merger of its two divisions.", dict(orgs=["Acme Corp"]), []),
        ("Acme Corp agreed a £2bn takeover by Zenith Group.", dict(orgs=["Acme Corp", "Zenith Group"]),
         [("SIGN", "057", "Acme Corp", "Zenith Group", None)]),
        # ... and from the review's probes: "agreed [that] a merger … would help", "signed off"
        # (approved), the accused of a reduced passive hung on an unnamed object is that object
        ("Analysts agreed a merger with Zenith Group would help Acme Corp.",
         dict(orgs=["Zenith Group", "Acme Corp"]), []),
        ("The treaty between Baltica and Norvik was signed off by lawyers as legally sound.",
         dict(countries=["Baltica", "Norvik"]), []),
        ("Ann Lowe defended the officer, accused by Tom Hale of lying.", dict(people=["Ann Lowe", "Tom Hale"]), []),
        ("Ann Lowe met Tom Hale in May but signed nothing.", dict(people=["Ann Lowe", "Tom Hale"]),
         [("MEET", "040", "Ann Lowe", "Tom Hale", None)]),
    ])  # fmt: skip


def test_each_conjunct_of_whom_was_met_is_a_side_and_each_conjunct_of_who_met():
    # Probes written for the construction: the people met are read conjunct by conjunct, so a
    # person named beside the leaders of countries does not hide the countries; a description of
    # the person before, or "other" leaders of the same side, is no side of its own; and each name
    # of a conjoined subject met the people named by kind.
    people = ["Ana Kell", "Ben Dorr"]
    _each([
        ("Ana Kell met President George Bush and the presidents of Chile and Peru.",
         dict(people=[*people[:1], "George Bush"], countries=["Chile", "Peru"]),
         [("MEET", "040", "Ana Kell", "George Bush", None), ("MEET", "040", "Ana Kell", "Chile", None),
          ("MEET", "040", "Ana Kell", "Peru", None)]),
        ("Ana Kell met Ben Dorr and leaders of Chile.", dict(people=people, countries=["Chile"]),
         [("MEET", "040", "Ana Kell", "Ben Dorr", None), ("MEET", "040", "Ana Kell", "Chile", None)]),
        ("Ana Kell met with Ben Dorr, a member of the party and former President of Chile.",
         dict(people=people, countries=["Chile"]), [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell met Ben Dorr and other Chilean leaders.", dict(people=people),
         [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell met Chile's president, Ben Dorr.", dict(people=people, countries=["Chile"]),
         [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell and Ben Dorr met union leaders on Tuesday.", dict(people=people),
         [("MEET", "040", "Ana Kell", None, None), ("MEET", "040", "Ben Dorr", None, None)]),
    ])  # fmt: skip


def test_whom_him_or_her_met_is_the_last_person_named_before_in_the_sentence():
    # Probes written for the construction: an object pronoun of a meeting is the last person its
    # sentence named before it, but the one who met them, and one named as a possessor last.
    people = dict(people=["Ana Kell", "Tom Hale"])
    _each([
        ("Tom Hale arrived in Lima, where Ana Kell met him.", people, [("MEET", "040", "Ana Kell", "Tom Hale", None)]),
        ("Ana Kell snubbed Tom Hale but later met him.", people, [("MEET", "040", "Ana Kell", "Tom Hale", None)]),
        ("Ana Kell said she had met him.", dict(people=["Ana Kell"]), []),
        ("Ana Kell, who starred in Tom Hales' film, said Ben Dorr had discussed the role with her.",
         dict(people=["Ana Kell", "Tom Hales", "Ben Dorr"]), [("MEET", "040", "Ben Dorr", "Ana Kell", None)]),
    ])  # fmt: skip


def test_a_meeting_held_or_views_exchanged_with_someone_and_a_summit_are_meetings():
    # Probes written for the construction: the parser hangs "with" or "between" on the verb that
    # holds the meeting noun as often as on the noun; a summit is a meeting; "exchanged views with"
    # is a consultation. What is only called for or to come stays no meeting.
    kell_dorr = [("MEET", "040", "Ana Kell", "Ben Dorr", None)]
    people = dict(people=["Ana Kell", "Ben Dorr"])
    countries = dict(countries=["Chile", "Peru"])
    _each([
        ("Ana Kell held a meeting with Ben Dorr.", people, kell_dorr),
        ("Ana Kell exchanged views with Ben Dorr on regional security.", people, kell_dorr),
        ("Ana Kell held a summit with Ben Dorr.", people, kell_dorr),
        ("Talks were held between Chile and Peru.", countries, [("MEET", "040", "Chile", "Peru", None)]),
        ("A summit between Chile and Peru was held on Monday.", countries, [("MEET", "040", "Chile", "Peru", None)]),
        ("Ana Kell held a meeting with the aim of easing tension.", dict(people=["Ana Kell"]), []),
        ("Ana Kell exchanged gifts with Ben Dorr.", people, []),
        ("Ana Kell will hold a summit with Ben Dorr.", people, []),
        ("Ana Kell called for a summit with Ben Dorr.", people, []),
    ])  # fmt: skip


def test_headlines_questions_ended_support_and_events_still_to_come_are_not_done():
    # Probes written for the construction: a headline's "to" is what is to come; a yes-or-no
    # question asks; "no longer" and "ceased to" end what they tell; what was supposed to happen,
    # what reports proved false said, what talks are held to do, and what a clause told in the
    # future dates with "after" have not happened. Their past and plain forms stay events.
    kell_dorr = dict(people=["Ana Kell", "Ben Dorr"])
    _each([
        ("Ana Kell to visit Peru", dict(people=["Ana Kell"], countries=["Peru"]), []),
        ("Norvik to sign deal with Baltica Bank", dict(orgs=["Norvik", "Baltica Bank"]), []),
        ("Did Ana Kell meet Ben Dorr?", kell_dorr, []),
        ("Ana Kell no longer supports Ben Dorr.", kell_dorr, []),
        ("Ana Kell ceased to support Ben Dorr.", kell_dorr, []),
        ("Ana Kell was supposed to meet Ben Dorr on Monday.", kell_dorr, []),
        ("Reports that Ana Kell had visited Peru proved false.", dict(people=["Ana Kell"], countries=["Peru"]), []),
        ("Norvik is in talks to sign a deal with Baltica Bank.", dict(orgs=["Norvik", "Baltica Bank"]), []),
        ("Ana Kell will travel to Peru after meeting Ben Dorr.", dict(**kell_dorr, countries=["Peru"]), []),
        ("Ana Kell travelled to Peru after meeting Ben Dorr.", dict(**kell_dorr, countries=["Peru"]),
         [("MEET", "040", "Ana Kell", "Ben Dorr", None), ("VISIT", "042", "Ana Kell", "Peru", None)]),
        ("Ana Kell met Ben Dorr.", kell_dorr, [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell supports Ben Dorr.", kell_dorr, [("SUPPORT", "053", "Ana Kell", "Ben Dorr", None)]),
    ])  # fmt: skip


def test_a_fixture_is_no_meeting_and_what_one_is_praised_or_blamed_for_is_theirs():
    # Probes written for the construction: teams or players who meet in a final or a match, or
    # whose meeting ended with a score, played; what someone is criticised, praised or blamed for
    # doing was done by them, not by the critic; what a charge says someone did is alleged.
    three = dict(people=["Ana Kell", "Ben Dorr", "Tom Hale"])
    _each([
        ("Riverton United met FC Ardent in the cup final.", dict(orgs=["Riverton United", "FC Ardent"]), []),
        ("Chile met Peru in the semi-final on Sunday.", dict(countries=["Chile", "Peru"]), []),
        ("Riverton United's meeting with FC Ardent ended 1-1.", dict(orgs=["Riverton United", "FC Ardent"]), []),
        ("Ana Kell met Ben Dorr in the first round of talks.", dict(people=["Ana Kell", "Ben Dorr"]),
         [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell criticised Ben Dorr for meeting Tom Hale.", three,
         [("MEET", "040", "Ben Dorr", "Tom Hale", None), ("CRITICIZE", "111", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell praised Ben Dorr for having visited Peru.",
         dict(people=["Ana Kell", "Ben Dorr"], countries=["Peru"]),
         [("SUPPORT", "051", "Ana Kell", "Ben Dorr", None), ("VISIT", "042", "Ben Dorr", "Peru", None)]),
        ("Ana Kell accused Ben Dorr of having met Tom Hale in secret.", three,
         [("CRITICIZE", "112", "Ana Kell", "Ben Dorr", None)]),
    ])  # fmt: skip


def test_an_office_named_without_its_holder_acts_for_its_country_or_body():
    # Probes written for the construction: "Peru's president", "the president of Peru", "the
    # Peruvian president" visiting, criticising or signing, when the article names no one who holds
    # the office, is Peru's act (as the meetings read "Peru's foreign minister met …"); the holder
    # when named; not an office something is done to, nor one that acts for itself.
    peru_chile = dict(countries=["Peru", "Chile"])
    _each([
        ("Peru's president visited Chile.", peru_chile, [("VISIT", "042", "Peru", "Chile", None)]),
        ("The president of Peru criticised Chile.", peru_chile, [("CRITICIZE", "111", "Peru", "Chile", None)]),
        ("Peru's president signed a treaty with Chile.", peru_chile, [("SIGN", "057", "Peru", "Chile", None)]),
        ("Peru's president, Ana Kell, visited Chile.", dict(people=["Ana Kell"], **peru_chile),
         [("VISIT", "042", "Ana Kell", "Chile", None)]),
        ("Peru's striker criticised Ben Dorr.", dict(people=["Ben Dorr"], countries=["Peru"]), []),
        ("Ana Kell criticised the president of Peru.", dict(people=["Ana Kell"], countries=["Peru"]),
         [("CRITICIZE", "111", "Ana Kell", "Peru", None)]),
    ])  # fmt: skip


def test_a_visit_opening_the_sentence_with_his_or_her_is_the_subjects():
    # Probes written for the construction: "During her visit to Peru, X met Y" is X's visit (the
    # pronoun points ahead to the subject); after the clause, "during his visit" is as often the
    # object's.
    names = dict(people=["Ana Kell", "Ben Dorr"], countries=["Peru"])
    _each([
        ("During her visit to Peru, Ana Kell met Ben Dorr.", names,
         [("MEET", "040", "Ana Kell", "Ben Dorr", None), ("VISIT", "042", "Ana Kell", "Peru", None)]),
        ("Ana Kell met Ben Dorr during his visit to Peru.", names,
         [("MEET", "040", "Ana Kell", "Ben Dorr", None), ("VISIT", "042", "Ben Dorr", "Peru", None)]),
        # in the passive, the one received is the subject, not the host who received him (one visit,
        # told once: the hosting is its meeting)
        ("During his visit to Peru, Ben Dorr was received by President Ana Kell.", names,
         [("MEET", "040", "Ana Kell", "Ben Dorr", None), ("VISIT", "042", "Ben Dorr", "Peru", None)]),
    ])  # fmt: skip


def test_an_office_told_of_before_its_holder_is_named_is_the_holder():
    # Probe written for the construction: an article may tell of "the Peruvian president" before
    # it names him as such; the office with its country is then that person, not Peru.
    first = paragraph(
        1, "Files about the Peruvian president's visit to Chile were found.", countries=["Peruvian", "Chile"]
    )
    second = paragraph(2, "President Tom Hale of Peru arrived on Monday.", people=["Tom Hale"], countries=["Peru"])
    assert ("VISIT", "042", "Tom Hale", "Chile", None) in events([first, second])


def test_support_and_criticism_told_by_the_idioms_of_news():
    # Probes written for the construction: support thrown behind someone, held from someone, come
    # from someone, or paid as tributes in the passive; criticism as a shot taken, a scathing
    # attack or a broadside launched, blame laid on someone ("savaged" is left: a team savages
    # another on the pitch, as the eighteenth pass's review found). Not a shot at a goal,
    # support counted in voters, or a ball thrown.
    kell_dorr = dict(people=["Ana Kell", "Ben Dorr"])
    support = [("SUPPORT", "053", "Ana Kell", "Ben Dorr", None)]
    criticism = [("CRITICIZE", "111", "Ana Kell", "Ben Dorr", None)]
    _each([
        ("Ana Kell threw her support behind Ben Dorr.", kell_dorr, support),
        ("Ana Kell came out in support of Ben Dorr.", kell_dorr, support),
        ("Ben Dorr has the support of Ana Kell.", kell_dorr, support),
        ("Support for Ben Dorr came from Ana Kell.", kell_dorr, support),
        ("Tributes were paid to Ben Dorr by Ana Kell.", kell_dorr, [("SUPPORT", "051", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell took a swipe at Ben Dorr.", kell_dorr, criticism),
        ("Ana Kell took aim at Ben Dorr.", kell_dorr, criticism),
        ("Ana Kell launched a scathing attack on Ben Dorr.", kell_dorr, criticism),
        ("Ana Kell launched a broadside against Ben Dorr.", kell_dorr, criticism),
        ("Criticism of Ben Dorr came from Ana Kell.", kell_dorr, criticism),
        ("Ana Kell laid the blame for the crisis on Ben Dorr.", kell_dorr,
         [("CRITICIZE", "112", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell took aim at the goal.", dict(people=["Ana Kell"]), []),
        ("Ben Dorr has the support of 60% of voters.", dict(people=["Ben Dorr"]), []),
        ("Ana Kell threw the ball to Ben Dorr.", kell_dorr, []),
    ])  # fmt: skip


def test_passive_hosts_and_meetings_and_arrivals_by_air():
    # Probes written for the construction: the guest received or hosted in the passive, a person
    # met by someone (not a cross met by a header), landing or touching down in a place, flying
    # into one; not a deal landed, trouble landed in, a rage flown into.
    kell_dorr = dict(people=["Ana Kell", "Ben Dorr"])
    kell_lima = dict(people=["Ana Kell"], places=["Lima"])
    _each([
        ("Ben Dorr was received by Ana Kell.", kell_dorr,
         [("MEET", "040", "Ana Kell", "Ben Dorr", None), ("VISIT", "043", "Ana Kell", "Ben Dorr", None)]),
        ("Ben Dorr was met by Ana Kell at the airport.", kell_dorr, [("MEET", "040", "Ben Dorr", "Ana Kell", None)]),
        ("Ben Dorr's cross was met by Ana Kell.", kell_dorr, []),
        ("The letter was received by Ana Kell.", dict(people=["Ana Kell"]), []),
        ("Ana Kell landed in Lima on Tuesday.", kell_lima, [("VISIT", "042", "Ana Kell", None, "Lima")]),
        ("Ana Kell touched down in Lima.", kell_lima, [("VISIT", "042", "Ana Kell", None, "Lima")]),
        ("Ana Kell flew into Lima.", kell_lima, [("VISIT", "042", "Ana Kell", None, "Lima")]),
        ("Ana Kell landed in trouble in Lima.", kell_lima, []),
        ("Norvik landed a deal in Lima.", dict(orgs=["Norvik"], places=["Lima"]), []),
        ("Ana Kell flew into a rage.", dict(people=["Ana Kell"]), []),
    ])  # fmt: skip


def test_signers_named_in_apposition_or_between_and_partners_inside_an_agreements_name():
    # Probes written for the construction: "the two countries, Chile and Peru, signed" names the
    # signers in apposition; at "the signing of a deal between X and Y" the two sides signed, not
    # whoever watched; the partner of "a memorandum of understanding with X" hangs on the noun
    # inside the agreement's name. And two people who spoke by phone met; a country's possessor in
    # an apposition describing a country visited is not visited too.
    chile_peru = dict(countries=["Chile", "Peru"])
    firms = dict(orgs=["Norvik", "Baltica Bank"])
    _each([
        ("The two countries, Chile and Peru, signed a pact.", chile_peru, [("SIGN", "057", "Chile", "Peru", None)]),
        ("Ana Kell witnessed the signing of a deal between Norvik and Baltica Bank.",
         dict(people=["Ana Kell"], **firms), [("SIGN", "057", "Norvik", "Baltica Bank", None)]),
        ("Norvik signed a memorandum of understanding with Baltica Bank.", firms,
         [("SIGN", "057", "Norvik", "Baltica Bank", None)]),
        ("Ana Kell and Ben Dorr spoke by phone on Sunday.", dict(people=["Ana Kell", "Ben Dorr"]),
         [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell and Ben Dorr spoke to reporters by phone.", dict(people=["Ana Kell", "Ben Dorr"]), []),
        ("Ana Kell visited Peru, Chile's neighbour, last week.", dict(people=["Ana Kell"], **chile_peru),
         [("VISIT", "042", "Ana Kell", "Peru", None)]),
    ])  # fmt: skip


def test_the_review_counter_examples_of_the_twenty_third_pass_give_no_false_row():
    # A helper probed this pass's rules with about 900 sentences of its own; these are the misfires
    # it found, each a construction: an idiom's verb negated, refused or in the future; someone
    # else's critics or family; a swipe with a knife; "him" when the subject is a pronoun or names
    # the one met; a possessor as "her"; a former or opposition office; a mountain's summit; a
    # meeting with the aim of something; talks denied; "the son of the president of Peru"; "but
    # not"; "no longer than"; a cancelled visit; "her" for a firm; a leg of a tour, a game attended,
    # a vote that ended 2-1.
    people = dict(people=["Ana Kell", "Ben Dorr", "Tom Hale"], countries=["Peru", "Chile"])
    none = []
    _each_named([
        ("Ana Kell will come out in support of Tom Hale.", people, none),
        ("Ana Kell refused to come out in support of Tom Hale.", people, none),
        ("Support for Tom Hale never came from Ana Kell.", people, none),
        ("Tributes will be paid to Tom Hale by Ana Kell on Friday.", people, none),
        ("Ana Kell spoke in support of Tom Hale's critics.", people, none),
        ("Ana Kell took a swipe at Tom Hale with a knife.", people, none),
        ("Ana Kell took aim at Tom Hale and fired twice.", people, none),
        ("Ana Kell read Tom Hale's book before she met him.", people, none),
        ("Ana Kell and Ben Dorr met him in Lima.", people, none),
        ("Tom Hale's wife said Ana Kell met her last year.", people, none),
        ("Peru's former president visited Chile.", people, none),
        ("Peru's opposition leader visited Chile.", people, none),
        ("Ana Kell reached the summit of Everest with Tom Hale and Ben Dorr.", people, none),
        ("Ana Kell held a meeting with the aim of selling Tom Hale's shares.", people, none),
        ("Ana Kell denied that talks were held between Chile and Peru.", people, none),
        ("During her cancelled visit to Peru, Ana Kell was to meet Tom Hale.", people, none),
        ("During her visit to Peru, Norvik signed a deal.", dict(orgs=["Norvik"], countries=["Peru"]), none),
        ("Ana Kell met Tom Hale and the son of the president of Peru.", people,
         [("MEET", "040", "Ana Kell", "Tom Hale", None)]),
        ("Ana Kell met Ben Dorr but not the president of Peru.", people,
         [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Criticism of Tom Hale came from all sides.", people, [("CRITICIZE", "111", None, "Tom Hale", None)]),
        ("The meeting between Ana Kell and Tom Hale lasted no longer than an hour.", people,
         [("MEET", "040", "Ana Kell", "Tom Hale", None)]),
        ("Ana Kell met Tom Hale at a Riverton United game.", {**people, "orgs": ["Riverton United"]},
         [("MEET", "040", "Ana Kell", "Tom Hale", None)]),
        ("The meeting between Ana Kell and Tom Hale ended in a 2-1 vote.", people,
         [("MEET", "040", "Ana Kell", "Tom Hale", None)]),
    ])  # fmt: skip


def _each_named(cases):
    """As `_each`, with only the names each sentence writes marked in it."""
    for text, names, want in cases:
        marked = {kind: [n for n in listed if n in text] for kind, listed in names.items()}
        assert events([paragraph(1, text, **marked)]) == want, text


def test_a_counterpart_the_parser_hung_as_an_adverb_and_accusations_someone_rejected():
    # Probes written for the construction: "met her counterpart Ben Dorr" (the parser makes the
    # name an adverb of the verb); accusations one rejects or dismisses, made by whom they name,
    # are an accusation of the one who rejects them (not when no one is named).
    kell_dorr = dict(people=["Ana Kell", "Ben Dorr"])
    _each([
        ("Ana Kell met her counterpart Ben Dorr.", kell_dorr, [("MEET", "040", "Ana Kell", "Ben Dorr", None)]),
        ("Ana Kell rejected Ben Dorr's accusations.", kell_dorr, [("CRITICIZE", "112", "Ben Dorr", "Ana Kell", None)]),
        ("Ana Kell rejected the allegations.", dict(people=["Ana Kell"]), []),
    ])  # fmt: skip


def test_a_person_who_went_to_a_named_place_visited_it():
    # Probes written for the construction: "went to Japan" is a person's trip to the place named;
    # not a prize that went to a country, nor going to court or to the polls somewhere.
    _each_named([
        ("Ana Kell went to Japan last week.", dict(people=["Ana Kell"], countries=["Japan"]),
         [("VISIT", "042", "Ana Kell", "Japan", None)]),
        ("The award went to Chile.", dict(countries=["Chile"]), []),
        ("Ana Kell went to court in Lima.", dict(people=["Ana Kell"], places=["Lima"]), []),
        ("Ana Kell went to the polls in Peru.", dict(people=["Ana Kell"], countries=["Peru"]), []),
    ])  # fmt: skip


def test_the_two_alone_are_the_sides_of_the_meeting_told():
    # Probe written for the construction: "where the two signed a pact" after a meeting told is the
    # two who met; with no meeting told, "the two" names no one.
    names = dict(people=["Ana Kell", "Ben Dorr"], places=["Lima"])
    met = paragraph(1, "Ana Kell met Ben Dorr in Lima on Tuesday, where the two signed a security pact.", **names)
    assert ("SIGN", "057", "Ana Kell", "Ben Dorr", None) in events([met])
    rivals = paragraph(1, "Chile and Peru are rivals. The two signed a pact.", countries=["Chile", "Peru"])
    assert events([rivals]) == []


def test_a_place_alone_before_the_dash_is_a_dateline_not_the_subject():
    """Wire copy printed with its city alone ("Lima, Peru — …") is not parsed with the dateline in
    front: the country there was read as the one who praised."""
    text = "Lima, Peru — Tom Hale praised Ana Ruiz on Monday for her handling of the strike."
    p = paragraph(1, text, people=["Tom Hale", "Ana Ruiz"], countries=["Peru"], places=["Lima"])
    assert events([p]) == [("SUPPORT", "051", "Tom Hale", "Ana Ruiz", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Hale also spoke on the telephone to Ana Ruiz, and the presidents of Peru and Chile.",
            [("MEET", "Tom Hale", "Ana Ruiz"), ("MEET", "Tom Hale", "Peru"), ("MEET", "Tom Hale", "Chile")],
        ),
        (
            "Tom Hale praised Ana Ruiz, and the leaders of Peru and Chile.",
            [("SUPPORT", "Tom Hale", "Ana Ruiz"), ("SUPPORT", "Tom Hale", "Peru"), ("SUPPORT", "Tom Hale", "Chile")],
        ),
        # a clause after the comma is not an object: "and claims he …", "and the talks went well"
        ("Tom Hale met Ana Ruiz, and claims Peru paid for the trip.", [("MEET", "Tom Hale", "Ana Ruiz")]),
        ("Tom Hale met Ana Ruiz, and the talks in Peru went well.", [("MEET", "Tom Hale", "Ana Ruiz")]),
    ],
)
def test_an_object_after_a_comma_and_and_is_one_more_side(text, expected):
    """The parser hangs "…, and the presidents of Peru and Chile" on the verb, as its conjunct."""
    p = paragraph(1, text, people=["Tom Hale", "Ana Ruiz"], countries=[c for c in ("Peru", "Chile") if c in text])
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == expected


@pytest.mark.parametrize(
    "texts",
    [
        ["Corvex signed a supply deal with Pemberton Steel last year, and in March it signed a deal with Skjold."],
        ["Corvex signed a supply deal with Pemberton Steel last year.", "It also signed a deal with Skjold in March."],
    ],
)
def test_a_subject_it_goes_on_with_the_firm_the_clause_before_is_about(texts):
    """Not with the firm that clause names last, which is its object."""
    orgs = ["Corvex", "Pemberton Steel", "Skjold"]
    paragraphs = [paragraph(i, t, orgs=[o for o in orgs if o in t]) for i, t in enumerate(texts, 1)]
    assert [(t, a, b) for t, _, a, b, _ in events(paragraphs)] == [
        ("SIGN", "Corvex", "Pemberton Steel"),
        ("SIGN", "Corvex", "Skjold"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city's country (GeoNames) is the host, where the article names it
        ("Tom Hale arrived in Beijing on Monday and thanked China for its help.", ("Tom Hale", "China", "Beijing")),
        (
            "Tom Hale visited Bogota on Monday, and Colombia's president praised him.",
            ("Tom Hale", "Colombia", "Bogota"),
        ),
        # an article that names no such country keeps the visit without a host
        ("Tom Hale arrived in Beijing on Monday for talks.", ("Tom Hale", None, "Beijing")),
    ],
)
def test_the_host_of_a_visit_to_a_city_is_its_country(text, expected):
    countries = [c for c in ("China", "Colombia") if c in text]
    p = paragraph(
        1, text, people=["Tom Hale"], countries=countries, places=[c for c in ("Beijing", "Bogota") if c in text]
    )
    visits = [(a, b, place) for t, _, a, b, place in events([p]) if t == "VISIT"]
    assert visits == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru and Chile signed three agreements on Tuesday.", [("Peru", "Chile")]),
        ("Peru and Chile signed several cooperation documents on Tuesday.", [("Peru", "Chile")]),
        # one each, with someone else: contracts, or "both signed"
        ("Peru and Chile signed new contracts on Tuesday.", []),
        ("Peru and Chile both signed the agreements on Tuesday.", []),
    ],
)
def test_agreements_in_the_plural_are_between_the_signers(text, expected):
    p = paragraph(1, text, countries=["Peru", "Chile"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru signed a deal to import gas from Chile.", [("Peru", "Chile")]),
        ("Peru signed a deal to import Chilean gas.", [("Peru", "Chilean")]),
        # a name deep in what the deal is for is not its partner; with no partner named, no row
        ("Peru signed an agreement to share intelligence on Chilean missile launches.", []),
    ],
)
def test_the_partner_of_a_deal_to_do_something_is_a_name_it_is_done_with(text, expected):
    p = paragraph(1, text, countries=["Peru", "Chilean" if "Chilean" in text else "Chile"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"] == expected


def test_a_name_the_parser_hangs_on_the_first_conjunct_is_the_later_conjuncts():
    """ "Ribas and Chinese Commerce Minister Lu Baoqing": the parser hangs "Lu Baoqing" on Ribas as
    an apposition, and the minister's country was read as the second signer."""
    text = "After the talks, Ribas and Chinese Commerce Minister Lu Baoqing signed a memorandum on trade."
    p = paragraph(1, text, people=["Ribas", "Lu Baoqing"], countries=["Chinese"])
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == [("SIGN", "Ribas", "Lu Baoqing")]


def test_an_agreement_between_two_bodies_is_signed_by_them_not_by_the_two_sides_told_of():
    text = "Tom Hale met Ana Ruiz on Monday. The two sides signed a cooperation agreement between Norvik and Baltica."
    p = paragraph(1, text, people=["Tom Hale", "Ana Ruiz"], orgs=["Norvik", "Baltica"])
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == [
        ("MEET", "Tom Hale", "Ana Ruiz"),
        ("SIGN", "Norvik", "Baltica"),
    ]


def test_the_datelines_agency_is_no_side_of_the_story():
    """ "The two companies" are the two firms the story names, not the agency that filed it."""
    texts = [
        "FRANKFURT (Reuters) - Norvik AG agreed to buy Dutch rival Baltica on Monday.",
        "The two companies signed a merger agreement late on Monday.",
    ]
    paragraphs = [
        paragraph(1, texts[0], orgs=["Reuters", "Norvik AG", "Baltica"], places=["FRANKFURT"]),
        paragraph(2, texts[1]),
    ]
    ins, _ = meeting_paragraphs(
        [(p.paragraph_no, 0, p.text, "text") for p in paragraphs], {p.paragraph_no: p.entities for p in paragraphs},
        [], {}, {},
    )  # fmt: skip
    assert ("SIGN", "Reuters") not in {(t, a) for t, _, a, b, _ in events(ins)}
    assert [e.entity_id for e in ins[0].entities] == ["Norvik AG", "Baltica"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person in apposition, or a trade, flies; a firm does not
        ("Norvik's chief executive, Ana Ruiz, flew to Lima for the talks.", [("VISIT", "Ana Ruiz", None)]),
        ("Norvik flew to Lima on Monday.", []),
        # a person by trade is a person of that country, not the country
        ("The American singer criticised Ana Ruiz.", []),
        ("The Peruvian president criticised Ana Ruiz.", [("CRITICIZE", "Peruvian", "Ana Ruiz")]),
    ],
)
def test_people_by_title_or_trade(text, expected):
    names = {"people": ["Ana Ruiz"], "orgs": ["Norvik"], "countries": ["American", "Peruvian"], "places": ["Lima"]}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital that acts or is acted on is its government, where the article names the country
        (
            "The US criticised Managua's ties with Beijing. Nicaragua and China said nothing.",
            [("US", "Nicaragua")],
        ),
        ("Ana Ruiz accused Washington of hypocrisy. The US denied it.", [("Ana Ruiz", "US")]),
        # after a word of place it stays a place
        ("Ana Ruiz criticised the talks in Washington. The US denied it.", []),
        # two capitals joined by "and" are two governments
        (
            "Washington and Managua accused Ana Ruiz. The US and Nicaragua agree.",
            [("US", "Ana Ruiz"), ("Nicaragua", "Ana Ruiz")],
        ),
    ],
)
def test_a_capital_acting_is_its_countrys_government(text, expected):
    names = {
        "people": ["Ana Ruiz"],
        "countries": ["US", "Nicaragua", "China"],
        "places": ["Managua", "Beijing", "Washington"],
    }
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {})
    assert [(a, b) for t, _, a, b, _ in events(ins) if t == "CRITICIZE"] == expected


def test_regular_meetings_are_no_one_meeting():
    p = paragraph(1, "Tom Hale's trip is part of regular meetings with Peru.", people=["Tom Hale"], countries=["Peru"])
    assert events([p]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a state imposes is its own: criticism of it is criticism of the state
        ("Ana Ruiz condemned the sanctions imposed by the United States on Peru.", [("Ana Ruiz", "United States")]),
        ("Ana Ruiz condemned the European Union's ban on Peruvian fish.", [("Ana Ruiz", "European Union")]),
        # an attack's or an invasion's "of" is whom it was done to, not its owner
        ("Ana Ruiz condemned the invasion of Peru.", []),
    ],
)
def test_criticism_of_what_a_state_imposes(text, expected):
    names = {"people": ["Ana Ruiz"], "countries": ["United States", "Peru", "Peruvian"], "orgs": ["European Union"]}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cuba's Foreign Ministry condemned Ana Ruiz.", [("Cuba", "Ana Ruiz")]),
        ("Ana Ruiz criticised Cuba's Foreign Ministry.", [("Ana Ruiz", "Cuba")]),
        ("The Foreign Ministry criticised Ana Ruiz.", [("Foreign Ministry", "Ana Ruiz")]),  # no country named
        ("Cuba's Norvik Bank criticised Ana Ruiz.", [("Norvik Bank", "Ana Ruiz")]),  # a name of its own
        ("The Foreign Ministry of Cuba criticised Ana Ruiz.", [("Cuba", "Ana Ruiz")]),
        # any portfolio an office is named with (entity_types.PORTFOLIO_WORDS), not only the old few
        ("Cuba's Tourism Office condemned Ana Ruiz.", [("Cuba", "Ana Ruiz")]),
    ],
)
def test_a_state_organ_with_a_country_before_it_acts_for_the_country(text, expected):
    orgs = ["Foreign Ministry", "Norvik Bank", "Tourism Office"]
    names = {"people": ["Ana Ruiz"], "countries": ["Cuba"], "orgs": orgs}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz, who met privately with Tom Hale last week, defended the deal.", [("MEET", "Ana Ruiz", "Tom Hale")]),
        ("Ben Dorr, a Peruvian banker who has held talks with Tom Hale, said so.", [("MEET", "Ben Dorr", "Tom Hale")]),
        # an acquaintance, and a sum of past encounters, are no meeting
        ("Ana Ruiz and Tom Hale, who met in their early teens, married in 1990.", []),
        ("Ana Ruiz, who had lost all nine of her previous meetings with Tom Hale, won.", []),
    ],
)
def test_met_in_a_relative_clause(text, expected):
    names = {"people": ["Ana Ruiz", "Tom Hale", "Ben Dorr"], "countries": ["Peruvian"]}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == expected


def test_charges_denied_on_someone_elses_behalf_are_not_the_deniers():
    texts = ["Ana Ruiz, his lawyer, denied the charges on his behalf.", "Ana Ruiz has denied charges of fraud."]
    assert [events([paragraph(1, t, people=["Ana Ruiz"])]) for t in texts] == [
        [],
        [("CRITICIZE", "112", None, "Ana Ruiz", None)],
    ]


def test_an_organ_whose_name_opens_with_its_country_acts_for_it():
    text = "The Peruvian Foreign Ministry criticised Ana Ruiz, and Peru recalled its envoy."
    p = paragraph(1, text, people=["Ana Ruiz"], orgs=["Peruvian Foreign Ministry"], countries=["Peru"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == [("Peru", "Ana Ruiz")]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # an opening phrase and a dash-apposition are no dateline
        (["On Monday, Tom Hale — Peru's foreign minister — met Ana Ruiz."], [("MEET", "Tom Hale", "Ana Ruiz")]),
        # a thing after ", and" is no side
        (["Ana Ruiz met Tom Hale to discuss trade, and the future of Chile."], [("MEET", "Ana Ruiz", "Tom Hale")]),
        # a city in the visitor's own country is a trip at home; of two cities of a name, the one whose
        # country the article names
        (["Peruvian President Tom Hale arrived in Lima on Monday."], [("VISIT", "Tom Hale", None)]),
        (["Tom Hale arrived in Valencia on Monday. He said Spain was a friend."], [("VISIT", "Tom Hale", "Spain")]),
        # a capital before a city body is the city's
        (["A Lima court criticised Norvik. Peru fined the firm."], []),
        # held regular talks are a meeting; recalled frequent meetings are not
        (
            ["Tom Hale and Ana Ruiz held their regular monthly talks in Lima on Tuesday."],
            [("MEET", "Tom Hale", "Ana Ruiz")],
        ),
        (["Tom Hale recalled his frequent meetings with Ana Ruiz."], []),
        # an acquaintance told in a relative clause
        (["Tom Hale, who met his wife Ana Ruiz in Paris in 1985, retired on Monday."], []),
        # an office with a firm's name is no state organ
        (["Peru's Norvik Office criticised Chile."], [("CRITICIZE", "Norvik Office", "Chile")]),
    ],
)
def test_mends_after_the_review_of_this_pass(texts, expected):
    names = {"people": ["Tom Hale", "Ana Ruiz"], "countries": ["Peruvian", "Peru", "Chile", "Spain"],
             "orgs": ["Norvik Office", "Norvik"], "places": ["Lima", "Valencia", "Paris"]}  # fmt: skip
    paragraphs = [
        paragraph(i, t, **{kind: [n for n in ns if n in t and not any(n in m and n != m for m in ns if m in t)]
                           for kind, ns in names.items()})
        for i, t in enumerate(texts, 1)
    ]  # fmt: skip
    ins, _ = meeting_paragraphs([(p.paragraph_no, 0, p.text, "text") for p in paragraphs],
                                {p.paragraph_no: p.entities for p in paragraphs}, [], {}, {})  # fmt: skip
    assert [(t, a, b) for t, _, a, b, _ in events(ins)] == expected


def test_the_delegation_is_its_leaders():
    texts = [
        "Ana Ruiz, a member of the party's executive, led a delegation to visit Cuba last week.",
        "In Havana, the delegation met with Tom Hale, the party's chairman.",
    ]
    names = {"people": ["Ana Ruiz", "Tom Hale"], "countries": ["Cuba"]}
    paragraphs = [
        paragraph(i, t, **{kind: [n for n in ns if n in t] for kind, ns in names.items()})
        for i, t in enumerate(texts, 1)
    ]
    assert ("MEET", "Ana Ruiz", "Tom Hale") in [(t, a, b) for t, _, a, b, _ in events(paragraphs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "until Friday" ends what is going on now; "on Friday" is a visit to come
        ("Ana Ruiz, who is on a working visit to Chile until Friday, met Tom Hale.", True),
        ("Ana Ruiz is visiting Chile until Friday.", True),
        ("Ana Ruiz is visiting Chile on Friday.", False),
        # so does a span told whole, "from Monday to Saturday"; "from Monday" alone is to come
        ("Ana Ruiz is on an official visit to Chile from Monday to Saturday.", True),
        ("Ana Ruiz is paying a visit to Chile from Monday.", False),
    ],
)
def test_a_visit_going_on_until_a_day_is_told_as_done(text, expected):
    p = paragraph(1, text, people=[n for n in ("Ana Ruiz", "Tom Hale") if n in text], countries=["Chile"])
    assert (("VISIT", "Ana Ruiz", "Chile") in [(t, a, b) for t, _, a, b, _ in events([p])]) == expected


def test_a_host_who_received_a_guest_met_them():
    # CAMEO files hosting (043) among the consultations: the host and the guest met (four invented
    # sets' authors wrote it so, none told the rule), when both are people and no meeting of the
    # pair is told already; a country that hosts meets no one.
    names = dict(people=["Ibrahim Danjuma", "Kwabena Mensah"])
    hosted = paragraph(1, "Ibrahim Danjuma received his Ghanaian counterpart, Kwabena Mensah, in Abuja.", **names)
    assert [e[:4] for e in events([hosted])] == [
        ("MEET", "040", "Ibrahim Danjuma", "Kwabena Mensah"), ("VISIT", "043", "Ibrahim Danjuma", "Kwabena Mensah"),
    ]  # fmt: skip
    met_too = paragraph(1, "Ibrahim Danjuma met Kwabena Mensah. Ibrahim Danjuma received Kwabena Mensah.", **names)
    assert [e[0] for e in events([met_too])].count("MEET") == 1
    country = paragraph(
        1, "Nigeria received Kwabena Mensah on Monday.", countries=["Nigeria"], people=["Kwabena Mensah"]
    )
    assert [e[0] for e in events([country])] == ["VISIT"]


def test_a_participle_on_a_passive_clause_is_the_passive_subjects_deed():
    # "Upon arriving …, X was received by Y": X arrived, not Y, who the passive's "by" names
    names = dict(people=["Li Wei", "Emmanuel Macron"], places=["Paris"])
    text = "Upon arriving in Paris, Foreign Minister Li Wei was received by President Emmanuel Macron."
    got = events([paragraph(1, text, **names)])
    assert ("VISIT", "042", "Li Wei", None, "Paris") in got
    assert not [e for e in got if e[1] == "042" and e[2] == "Emmanuel Macron"]
    names = dict(people=["Tom Hale", "Ann Lowe"], orgs=["Norvik"])
    got = events([paragraph(1, "Tom Hale was praised by Ann Lowe for backing the Norvik plan.", **names)])
    assert ("SUPPORT", "053", "Tom Hale", "Norvik", None) in got
    assert ("SUPPORT", "053", "Ann Lowe", "Norvik", None) not in got
    # an active clause is as before: "Speaking in Lima, Tom Hale praised Ann Lowe"
    got = events([paragraph(1, "Speaking in Lima, Tom Hale praised Ann Lowe.", people=["Tom Hale", "Ann Lowe"])])
    assert [e[2:4] for e in got] == [("Tom Hale", "Ann Lowe")]


def test_a_visiting_guest_the_parser_makes_the_object_of_visiting_is_met_and_visits():
    # "with visiting X", "hosted visiting X": the small model reads "visiting" as a verb with the
    # guest its object; the guest is met, and visits the host's country
    names = dict(people=["Helena Duarte", "Pham Van Duc"], countries=["Brazilian", "Vietnamese"])
    text = (
        "Brazilian Foreign Minister Helena Duarte held talks on Thursday with visiting Vietnamese Foreign Minister "
        "Pham Van Duc."
    )
    got = [e[:4] for e in events([paragraph(1, text, **names)])]
    assert ("MEET", "040", "Helena Duarte", "Pham Van Duc") in got
    assert ("VISIT", "042", "Pham Van Duc", "Brazilian") in got
    assert not [e for e in got if e[0] == "VISIT" and e[2] == "Helena Duarte"]
    names = dict(people=["Samuel Mwangi", "Esther Nakabugo"], countries=["Kenyan", "Ugandan"])
    text = "Kenyan President Samuel Mwangi hosted visiting Ugandan Prime Minister Esther Nakabugo on Tuesday."
    got = [e[:4] for e in events([paragraph(1, text, **names)])]
    assert ("MEET", "040", "Samuel Mwangi", "Esther Nakabugo") in got
    assert ("VISIT", "042", "Esther Nakabugo", "Kenyan") in got
    assert not [e for e in got if e[0] == "VISIT" and e[2] == "Samuel Mwangi" and e[1] == "042"]


def test_a_demonym_the_parser_makes_a_subject_of_its_own_describes_the_name_after_it():
    names = dict(people=["Khamphoui Vongsavath", "Zhou Meiling"], countries=["Chinese"])
    text = (
        "Lao Deputy Prime Minister Khamphoui Vongsavath on Tuesday received outgoing Chinese Ambassador Zhou Meiling."
    )
    got = [e[:4] for e in events([paragraph(1, text, **names)])]
    assert ("MEET", "040", "Khamphoui Vongsavath", "Zhou Meiling") in got


def test_the_ministry_named_again_is_the_country_of_the_organ_named_first():
    first = paragraph(1, "Cuba's Foreign Ministry on Monday denounced the US list.", countries=["Cuba"],
                      orgs=["Foreign Ministry"])  # fmt: skip
    second = paragraph(2, "In a statement, the ministry accused the United States of lying.",
                       countries=["United States"])  # fmt: skip
    assert ("CRITICIZE", "Cuba", "United States") in sides_of([first, second])
    # the country in the organ's name, as the article names it
    first = paragraph(1, "The Chinese Foreign Ministry praised the accord with China.", countries=["China"],
                      orgs=["The Chinese Foreign Ministry"])  # fmt: skip
    second = paragraph(2, "The ministry also thanked Brazil for its support.", countries=["Brazil"])
    assert ("SUPPORT", "China", "Brazil") in sides_of([first, second])
    # a body of no country is itself
    first = paragraph(1, "The Ministry of Health met doctors.", orgs=["Ministry of Health"])
    second = paragraph(2, "The ministry blamed Norvik for the delay.", orgs=["Norvik"])
    assert ("CRITICIZE", "Ministry of Health", "Norvik") in sides_of([first, second])


def test_the_guest_received_by_a_pronoun_or_written_after_the_verbs_phrases():
    names = dict(people=["Hou Jianping", "Haidar al-Obeidi"], places=["Baghdad"])
    text = "Hou Jianping paid a visit to Baghdad, where he was received by Prime Minister Haidar al-Obeidi."
    # (his visit is told once, as his; the hosting is the meeting of the two)
    assert ("MEET", "040", "Haidar al-Obeidi", "Hou Jianping") in [e[:4] for e in events([paragraph(1, text, **names)])]
    text = ("Vice President Ernesto Portal received on Monday at the Palace of the Revolution the Minister of "
            "External Relations of Angola, Teresa Kassoma.")  # fmt: skip
    late = paragraph(1, text, people=["Ernesto Portal", "Teresa Kassoma"], places=["Palace of the Revolution"])
    assert ("VISIT", "043", "Ernesto Portal", "Teresa Kassoma") in [e[:4] for e in events([late])]


def test_the_two_presidents_after_a_reception_are_the_host_and_the_guest():
    text = "Ibrahim Danjuma received Kwabena Mensah on Thursday. Later the two presidents signed a memorandum."
    got = events([paragraph(1, text, people=["Ibrahim Danjuma", "Kwabena Mensah"])])
    assert ("SIGN", "057", "Ibrahim Danjuma", "Kwabena Mensah", None) in got


def test_a_visit_told_by_whose_or_by_a_journey_that_took_someone():
    p = paragraph(1, "Canada restored ties with India.", countries=["Canada", "India"])
    q = paragraph(2, "Nadia Belkacem, whose visit to India in March was the first in six years, defended the deal.",
                  people=["Nadia Belkacem"], countries=["India"])  # fmt: skip
    r = paragraph(3, "Ana Kell ended a tour of Africa that took her to Angola and Mozambique.", people=["Ana Kell"],
                  countries=["Angola", "Mozambique"], places=["Africa"])  # fmt: skip
    s = paragraph(4, "The trip took the band to Angola.", countries=["Angola"])
    got = [e[:4] for e in events([p, q, r, s])]
    assert ("VISIT", "042", "Nadia Belkacem", "India") in got
    assert ("VISIT", "042", "Ana Kell", "Angola") in got and ("VISIT", "042", "Ana Kell", "Mozambique") in got
    assert len([e for e in got if e[0] == "VISIT"]) == 4  # (and Africa, with no country); not the band


def test_arriving_at_an_airport_named_after_a_city_is_a_visit_to_its_country():
    p = paragraph(1, "Budi Wiranata met Malaysia's prime minister.", people=["Budi Wiranata"], countries=["Malaysia"])
    q = paragraph(2, "Budi Wiranata arrived at the Kuala Lumpur International Airport last night.",
                  people=["Budi Wiranata"], places=["Kuala Lumpur International Airport"])  # fmt: skip
    r = paragraph(3, "Budi Wiranata arrived at the Istana Negara palace.", people=["Budi Wiranata"],
                  places=["Istana Negara"])  # fmt: skip
    got = [e[:4] for e in events([p, q, r]) if e[0] == "VISIT"]
    assert got == [("VISIT", "042", "Budi Wiranata", "Malaysia")]


def test_coordinated_signers_a_pronoun_a_body_by_its_kind_and_an_instrument_of_their_own():
    dimaculangan = paragraph(1, "Rafael Dimaculangan visited Tokyo, where he and Kenji Moriyama signed an accord.",
                             people=["Rafael Dimaculangan", "Kenji Moriyama"], places=["Tokyo"])  # fmt: skip
    firms = paragraph(2, "Sethi met executives of Tsubasa Industries after the company and Bharat Rail signed a deal.",
                      people=["Sethi"], orgs=["Tsubasa Industries", "Bharat Rail"])  # fmt: skip
    protocol = paragraph(3, "Ana Kell and Tom Hale signed a protocol on transit, with Ben Dorr attending.",
                         people=["Ana Kell", "Tom Hale", "Ben Dorr"])  # fmt: skip
    joint = paragraph(4, "Hiroshi Takamatsu and Anand Sethi signed a joint declaration on security.",
                      people=["Hiroshi Takamatsu", "Anand Sethi"])  # fmt: skip
    charter = paragraph(5, "Russia has signed the Energy Charter.", countries=["Russia"])
    got = {e[2:4] for e in events([dimaculangan, firms, protocol, joint, charter]) if e[0] == "SIGN"}
    assert got == {
        ("Rafael Dimaculangan", "Kenji Moriyama"), ("Tsubasa Industries", "Bharat Rail"),
        ("Ana Kell", "Tom Hale"), ("Hiroshi Takamatsu", "Anand Sethi"), ("Russia", None),
    }  # fmt: skip


def test_signings_told_by_a_noun_by_one_of_several_and_by_more_signers():
    by = paragraph(1, "He recalled the signing of the Nairobi accord by Congo and Rwanda in 2024.",
                   countries=["Congo", "Rwanda"], places=["Nairobi"])  # fmt: skip
    one = paragraph(2, "Five memoranda were exchanged, including one signed by Norvik Holdings and Baltica Corp.",
                    orgs=["Norvik Holdings", "Baltica Corp"])  # fmt: skip
    more = paragraph(3, "Chile and Peru signed a treaty. The treaty was also signed by Andes Power and Lima Gas.",
                     countries=["Chile", "Peru"], orgs=["Andes Power", "Lima Gas"])  # fmt: skip
    again = paragraph(4, "Chile and Peru signed a treaty. The treaty was signed by Ana Kell and Tom Hale.",
                      countries=["Chile", "Peru"], people=["Ana Kell", "Tom Hale"])  # fmt: skip
    sides = lambda ps: [e[2:4] for e in events(ps) if e[0] == "SIGN"]  # noqa: E731
    assert sides([by]) == [("Congo", "Rwanda")]
    assert sides([one]) == [("Norvik Holdings", "Baltica Corp")]
    assert sides([more]) == [("Chile", "Peru"), ("Andes Power", "Lima Gas")]
    assert sides([again]) == [("Chile", "Peru")]  # the same signing, told more closely


def test_one_act_of_a_type_between_two_sides_in_a_sentence_is_one_event():
    text = "Brett Kowalski lashed out at Claire Hartigan on Tuesday, accusing her of selling out the farmers."
    got = events([paragraph(1, text, people=["Brett Kowalski", "Claire Hartigan"])])
    assert [e[:4] for e in got] == [("CRITICIZE", "111", "Brett Kowalski", "Claire Hartigan")]
    # but two sentences tell two acts, and another side another act
    p = paragraph(1, "Ann Dale criticised Tom Hale on Monday.", people=["Ann Dale", "Tom Hale"])
    q = paragraph(2, "Ann Dale accused Tom Hale and Ben Dorr of lying.", people=["Ann Dale", "Tom Hale", "Ben Dorr"])
    assert [e[2:4] for e in events([p, q])] == [
        ("Ann Dale", "Tom Hale"),
        ("Ann Dale", "Tom Hale"),
        ("Ann Dale", "Ben Dorr"),
    ]


def test_a_person_named_in_apposition_to_the_subjects_description_acts():
    text = "But the independent member for Wentworth, Sophie Marchetti, accused Mr Kowalski of scaremongering."
    # (the model took the constituency for a person, and the parser hangs the name on it)
    p = paragraph(1, text, people=["Wentworth", "Sophie Marchetti", "Kowalski"])
    assert [e[2:4] for e in events([p])] == [("Sophie Marchetti", "Kowalski")]


def test_support_of_one_side_for_another_is_for_the_other():
    text = "Ana Kell expressed the firm support of the Vietnamese Party and people for Cuba."
    p = paragraph(1, text, people=["Ana Kell"], orgs=["Vietnamese Party"], countries=["Cuba"])
    assert [e[2:4] for e in events([p])] == [("Ana Kell", "Cuba")]
    # with no "for" phrase, the "of" phrase is whom it is for
    q = paragraph(1, "Ana Kell voiced support of the Vietnamese Party.", people=["Ana Kell"], orgs=["Vietnamese Party"])
    assert [e[2:4] for e in events([q])] == [("Ana Kell", "Vietnamese Party")]


def test_a_person_named_beside_the_place_a_description_ends_in_is_the_side():
    # the parser hangs the name on the description's last noun, as an apposition or a list
    text = "Ana Kell signed a memorandum with the Mayor of Hermosillo, Sonora, Ben Duran, on Monday."
    p = paragraph(1, text, people=["Ana Kell", "Ben Duran"], places=["Hermosillo", "Sonora"])
    assert [e[2:4] for e in events([p]) if e[0] == "SIGN"] == [("Ana Kell", "Ben Duran")]
    text = "The municipal president of Oaxaca, Itzel Galvan, criticised Tom Reyes for travelling."
    q = paragraph(1, text, people=["Itzel Galvan", "Tom Reyes"], places=["Oaxaca"])
    assert [e[2:4] for e in events([q])] == [("Itzel Galvan", "Tom Reyes")]
    # (an office's "to" phrase hung on the verb)
    text = "Governor Peter Otieno thanked the Ugandan High Commissioner to Kenya, Beatrice Namutebi, for her help."
    r = paragraph(1, text, people=["Peter Otieno", "Beatrice Namutebi"], countries=["Kenya"])
    assert [e[2:4] for e in events([r])] == [("Peter Otieno", "Beatrice Namutebi")]


def test_the_two_mayors_after_a_reception_and_a_letter_of_intent_signed_by_two():
    text = "Mayor Ann Doucet hosted Tom Kelly in Halifax on Monday. The two mayors signed a friendship agreement."
    got = events([paragraph(1, text, people=["Ann Doucet", "Tom Kelly"], places=["Halifax"])])
    assert ("SIGN", "057", "Ann Doucet", "Tom Kelly", "Halifax") in got or (
        "SIGN",
        "057",
        "Ann Doucet",
        "Tom Kelly",
        None,
    ) in got
    alone = paragraph(1, "The two mayors signed a friendship agreement.")
    assert events([alone]) == []  # no pair told: not the article's two countries either
    letter = paragraph(1, "Bambang Sutrisno and Rodolfo Sy signed a letter of intent on a ferry link.",
                       people=["Bambang Sutrisno", "Rodolfo Sy"])  # fmt: skip
    assert [e[2:4] for e in events([letter])] == [("Bambang Sutrisno", "Rodolfo Sy")]


def test_a_relative_after_a_names_description_is_the_name_and_a_signing_not_attended_is_no_ones():
    text = "The case began with a complaint by Cobaltix, a German rival, which accused Sorrel of lock-in."
    p = paragraph(1, text, orgs=["Cobaltix", "Sorrel"], countries=["German"])
    assert [e[2:4] for e in events([p])] == [("Cobaltix", "Sorrel")]
    text = "Ana Kell and Tom Hale signed a twinning agreement. Portugal did not send anyone to the signing."
    q = paragraph(1, text, people=["Ana Kell", "Tom Hale"], countries=["Portugal"])
    assert [e[2:4] for e in events([q])] == [("Ana Kell", "Tom Hale")]


def test_a_body_told_of_by_its_kind_acts_and_is_acted_on():
    # "the company" (the firm told of), "the association", "the commission" (the body whose name
    # holds the word), "the lender" (a firm of that trade told of)
    first = paragraph(1, "The Irish Passengers' Rights Association sued Halcyon Airways on Monday.",
                      orgs=["Irish Passengers' Rights Association", "Halcyon Airways"])  # fmt: skip
    then = paragraph(2, "The association accused the airline of refusing compensation.")
    assert [e[2:4] for e in events([first, then])] == [("Irish Passengers' Rights Association", "Halcyon Airways")]
    ftc = paragraph(1, "The Federal Trade Commission settled with Pellucid on Monday.",
                    orgs=["Federal Trade Commission", "Pellucid"])  # fmt: skip
    whom = paragraph(2, "Its co-founder, Jonah Ames, whom the commission accused of approving the deals, resigned.",
                     people=["Jonah Ames"])  # fmt: skip
    assert [e[2:4] for e in events([ftc, whom]) if e[0] == "CRITICIZE"] == [("Federal Trade Commission", "Jonah Ames")]
    # no body with the word in its name told before: no one
    alone = paragraph(1, "Norvik Holdings said the commission accused Ben Dorr of lying.", orgs=["Norvik Holdings"],
                      people=["Ben Dorr"])  # fmt: skip
    assert [e for e in events([alone]) if e[0] == "CRITICIZE"] == []


def test_criticism_of_a_deed_whose_doer_a_by_phrase_names_is_of_the_doer():
    text = "The Open Doors Network today denounces the detention of eleven defenders by the government of Uganda."
    p = paragraph(1, text, orgs=["Open Doors Network"], countries=["Uganda"])
    assert [e[2:4] for e in events([p])] == [("Open Doors Network", "Uganda")]
    # or a participle's "by" after the deed
    text = "Norway condemned the attacks carried out by Israel against southern Lebanon."
    p = paragraph(1, text, countries=["Norway", "Israel"], places=["Lebanon"])
    assert [e[2:4] for e in events([p])] == [("Norway", "Israel")]
    # not a country that only owns the doers
    p = paragraph(1, "Russia condemned the strikes carried out by Ukraine's allies.", countries=["Russia", "Ukraine"])
    assert events([p]) == []


def test_a_delegation_hosted_is_its_leaders_visit_and_meeting():
    text = "Governor Peter Otieno on Friday hosted a delegation from Jinja, Uganda, led by Mayor Robert Kasozi."
    p = paragraph(1, text, people=["Peter Otieno", "Robert Kasozi"], places=["Jinja"], countries=["Uganda"])
    assert [e[:4] for e in events([p])] == [
        ("MEET", "040", "Peter Otieno", "Robert Kasozi"), ("VISIT", "043", "Peter Otieno", "Robert Kasozi"),
    ]  # fmt: skip


def test_a_thing_received_from_someone_and_an_outcome_blamed_are_no_visit_and_no_criticism():
    text = "Ruth Kelly confirmed she received spiritual support from the Catholic movement Opus Dei."
    p = paragraph(1, text, people=["Ruth Kelly", "Opus Dei"])  # (the model takes the movement for a person)
    assert [e[0] for e in events([p])] == ["SUPPORT"]  # support received, no visit hosted
    text = "Venus Williams blamed her defeat by Farina Elia on injuries."
    assert events([paragraph(1, text, people=["Venus Williams", "Farina Elia"])]) == []


def test_the_review_misfires_of_this_pass_stay_mended():
    # Probes of a review (stop 45): an airport named after a person or no large city is no visit
    # ("Heathrow", "Ninoy Aquino", a town of that name); "the two presidents" are the pair told
    # last, a reception before a meeting included; three who met make no pair of "the two ministers"
    home = paragraph(1, "Keir Starmer arrived at Heathrow Airport from Washington on Friday.", people=["Keir Starmer"],
                     places=["Heathrow Airport"])  # fmt: skip
    assert events([home]) == []
    text = ("Ghanaian President John Mahama received Alassane Ouattara in Accra. Later, Faure Gnassingbe met Patrice "
            "Talon. The two presidents signed a security pact.")  # fmt: skip
    later = paragraph(1, text, people=["John Mahama", "Alassane Ouattara", "Faure Gnassingbe", "Patrice Talon"],
                      places=["Accra"])  # fmt: skip
    assert [e[2:4] for e in events([later]) if e[0] == "SIGN"] == [("Faure Gnassingbe", "Patrice Talon")]
    text = "Nancy Faeser met Tomasz Siemoniak and Vit Rakusan in Berlin. The two ministers signed a police accord."
    three = paragraph(1, text, people=["Nancy Faeser", "Tomasz Siemoniak", "Vit Rakusan"], places=["Berlin"])
    assert [e for e in events([three]) if e[0] == "SIGN"] == []


def test_met_with_a_visiting_leader_is_a_meeting_and_the_visitors_visit_to_the_hosts_country():
    # (the parser reads "visiting" as an adjective of the name or as a verb taking it as object)
    for text in (
        "Chinese Premier Li Qiang met with visiting Kenyan President William Ruto on Friday.",
        "Chinese President Xi Jinping met with visiting Brazilian President Lula in Beijing on Tuesday.",
    ):
        host, guest = ("Li Qiang", "William Ruto") if "Ruto" in text else ("Xi Jinping", "Lula")
        p = paragraph(1, text, people=[host, guest], countries=["Chinese"])
        got = [e[:4] for e in events([p])]
        assert ("MEET", "040", host, guest) in got and ("VISIT", "042", guest, "Chinese") in got, text
    fans = paragraph(1, "Manchester City has pleaded with visiting fans not to protest.", orgs=["Manchester City"])
    assert events([fans]) == []


def test_trade_missions_led_are_visits():
    # "missions" is a delegation's word (this pass once rebound the list without it)
    p = paragraph(1, "Ana Kell led two trade missions to Chile last year.", people=["Ana Kell"], countries=["Chile"])
    assert [e[:4] for e in events([p])] == [("VISIT", "042", "Ana Kell", "Chile")]


def test_a_visit_received_and_a_meal_hosted_for_a_guest_are_a_reception():
    # "received a visit from X" gave the host as the visitor, to nowhere; a banquet or a dinner
    # given "for" or "in honour of" a guest is a reception (043 and a meeting), a meal for a crowd none
    for text, host, guest in (
        ("Narendra Modi received a visit from Anthony Albanese in New Delhi on Friday.", "Narendra Modi",
         "Anthony Albanese"),
        ("King Charles hosted a state banquet for Cyril Ramaphosa at Buckingham Palace.", "King Charles",
         "Cyril Ramaphosa"),
        ("Lula da Silva gave a dinner in honour of Javier Milei in Brasilia on Monday.", "Lula da Silva",
         "Javier Milei"),
    ):  # fmt: skip
        places = [p for p in ("New Delhi", "Buckingham Palace", "Brasilia") if p in text]
        p = paragraph(1, text, people=[host, guest], places=places)
        assert [e[:4] for e in events([p])] == [("MEET", "040", host, guest), ("VISIT", "043", host, guest)], text
    crowd = paragraph(1, "Ana Kell hosted a charity dinner for 300 guests in London.", people=["Ana Kell"],
                      places=["London"])  # fmt: skip
    assert events([crowd]) == []


def test_support_of_a_giver_for_a_side_is_for_that_side_where_the_parser_hangs_it_on_the_giver():
    text = "The support of the European Union for Ukraine was reaffirmed by Josep Borrell on Tuesday."
    p = paragraph(1, text, people=["Josep Borrell"], orgs=["European Union"], countries=["Ukraine"])
    assert [e[:4] for e in events([p])] == [("SUPPORT", "053", "Josep Borrell", "Ukraine")]


def test_a_role_written_lowercase_between_the_verb_and_the_name_is_parsed_as_a_title():
    # the small model read "criticised chancellor Gordon Brown" as an adjective and the name as the
    # root; the parse text writes the role as a title, and the row keeps the sentence as written
    text = "Labour criticised chancellor Gordon Brown on Friday."
    p = paragraph(1, text, people=["Gordon Brown"], orgs=["Labour"])
    _, found = article_events([p], {}, PARSE, {})
    assert [(e.event_type, e.actor_a, e.actor_b, e.sentence) for e in found] == [
        ("CRITICIZE", "Labour", "Gordon Brown", text)
    ]


def test_a_counterpart_named_in_apposition_is_met_and_hosted():
    # stop 46: "held talks on Friday with his Ukrainian counterpart, X" (the parser hangs "with" on
    # the verb, and a counterpart was no side phrase); the guest of "hosted the Taoiseach, X" (a
    # title the model types an organisation), "hosted his counterpart from Laos, X" and "received
    # his Argentine counterpart, X," (the name hung on the next phrase or the verb)
    text = (
        "Turkey's Foreign Minister, Kerem Aydin, held talks on Friday with his Ukrainian counterpart, Oksana Hrytsenko."
    )
    p = paragraph(1, text, people=["Kerem Aydin", "Oksana Hrytsenko"], countries=["Turkey", "Ukrainian"])
    assert [e[:4] for e in events([p])] == [("MEET", "040", "Kerem Aydin", "Oksana Hrytsenko")]
    # (a host whose country is not known hosts the guest, 043; one whose country is, the guest
    # visits that country, 042)
    for text, host, guest, others, visit in (
        ("On Monday, Harriet Reid hosted the Taoiseach, Ciaran Sullivan, at Chequers.", "Harriet Reid",
         "Ciaran Sullivan", {"orgs": ["Taoiseach"], "places": ["Chequers"]}, ("VISIT", "043", "Harriet Reid",
         "Ciaran Sullivan")),
        ("Prime Minister Le Van Thanh hosted his counterpart from Laos, Khamphoui Vongsavath, in Hanoi on Tuesday.",
         "Le Van Thanh", "Khamphoui Vongsavath", {"countries": ["Laos"], "places": ["Hanoi"]},
         ("VISIT", "043", "Le Van Thanh", "Khamphoui Vongsavath")),
        ("Brazil's Foreign Minister, Luiz Pinto, received his Argentine counterpart, Martina Lanus, at the Itamaraty "
         "Palace on Tuesday.", "Luiz Pinto", "Martina Lanus", {"countries": ["Brazil", "Argentine"]},
         ("VISIT", "042", "Martina Lanus", "Brazil")),
    ):  # fmt: skip
        p = paragraph(1, text, people=[host, guest], **others)
        got = [e[:4] for e in events([p])]
        assert got == [("MEET", "040", host, guest), visit], text


def test_a_meeting_on_the_sidelines_with_someone_and_a_guest_welcomed_to_a_place():
    text = "Miriam Kessler held a bilateral meeting on the sidelines with Japan's Foreign Minister Hiroshi Kanzaki."
    p = paragraph(1, text, people=["Miriam Kessler", "Hiroshi Kanzaki"], countries=["Japan"])
    assert [e[:4] for e in events([p])] == [("MEET", "040", "Miriam Kessler", "Hiroshi Kanzaki")]
    text = "Keir Starmer welcomed Irish Taoiseach Simon Harris to Downing Street on Monday."
    p = paragraph(1, text, people=["Keir Starmer", "Simon Harris"], countries=["Irish"], places=["Downing Street"])
    got = [e[:4] for e in events([p])]
    assert got == [("MEET", "040", "Keir Starmer", "Simon Harris"), ("VISIT", "043", "Keir Starmer", "Simon Harris")]
    greeting = paragraph(1, "Olaf Scholz welcomed the minister to today's meeting.", people=["Olaf Scholz"])
    assert events([greeting]) == []


def test_a_list_of_cities_in_two_countries_the_article_names_is_visits_not_a_tour():
    # "visits Manchester, Liverpool and Leicester" stays a campaign tour; cities abroad are stops
    text = "Kerem Aydin has flown to Baghdad, Geneva and Tehran this month. Turkey and Iraq signed a rail deal."
    p = paragraph(1, text, people=["Kerem Aydin"], places=["Baghdad", "Geneva"], countries=["Tehran", "Turkey", "Iraq"])
    visits = [e[2:4] for e in events([p]) if e[0] == "VISIT"]
    assert visits == [("Kerem Aydin", "Iraq"), ("Kerem Aydin", "Tehran")]
    text = "Tony Blair visits Manchester, Liverpool and Leicester this week."
    tour = paragraph(1, text, people=["Tony Blair"], places=["Manchester", "Liverpool", "Leicester"])
    assert events([tour]) == []


def test_a_role_written_as_a_title_is_its_holder_and_ends_before_its_reason():
    # "The Secretary General", "The President" are proper nouns to the tagger; "the Chancellor for
    # Germany's leadership" is the chancellor, not a role with Germany in it (stop 46's readouts)
    text = ("NATO Secretary General Torvald Eikeland met Andrei Vladescu on Thursday. The Secretary General thanked "
            "Romania for hosting the battlegroup.")  # fmt: skip
    p = paragraph(1, text, people=["Torvald Eikeland", "Andrei Vladescu"], orgs=["NATO"], countries=["Romania"])
    people = {"Torvald Eikeland": Person(roles=("NATO Secretary General",))}
    assert ("SUPPORT", "051", "Torvald Eikeland", "Romania") in [e[:4] for e in events([p], people)]
    text = ("President Thomas Ashgrove spoke by phone today with Chancellor Matthias Brenninger of Germany. The "
            "President thanked the Chancellor for Germany's leadership on Ukraine.")  # fmt: skip
    p = paragraph(1, text, people=["Thomas Ashgrove", "Matthias Brenninger"], countries=["Germany", "Ukraine"])
    people = {"Thomas Ashgrove": Person(roles=("President",)), "Matthias Brenninger": Person(roles=("Chancellor",))}
    assert ("SUPPORT", "051", "Thomas Ashgrove", "Matthias Brenninger") in [e[:4] for e in events([p], people)]


def test_a_live_blog_entrys_time_is_no_side_and_both_governments_are_the_two_just_named():
    text = "11:10 GMT — Kerem Aydin, who arrived in Geneva last night, has thanked Switzerland for hosting the talks."
    p = paragraph(1, text, people=["Kerem Aydin"], orgs=["GMT"], places=["Geneva"], countries=["Switzerland"])
    assert [e[2:4] for e in events([p]) if e[0] == "SUPPORT"] == [("Kerem Aydin", "Switzerland")]
    text = "Beat Zollinger praised Armenia and Azerbaijan's talks and commended both governments for the exchange."
    p = paragraph(1, text, people=["Beat Zollinger"], countries=["Armenia", "Azerbaijan"])
    got = {e[3] for e in events([p]) if e[0] == "SUPPORT"}
    assert got == {"Armenia", "Azerbaijan"}


def test_highly_appreciated_is_praise_and_appreciated_alone_is_not():
    text = "Gennady Poluektov highly appreciated Kazakhstan's balanced position on Ukraine."
    p = paragraph(1, text, people=["Gennady Poluektov"], countries=["Kazakhstan", "Ukraine"])
    assert [e[:4] for e in events([p])] == [("SUPPORT", "051", "Gennady Poluektov", "Kazakhstan")]
    text = "Gennady Poluektov appreciated Kazakhstan's position on Ukraine."
    p = paragraph(1, text, people=["Gennady Poluektov"], countries=["Kazakhstan", "Ukraine"])
    assert events([p]) == []


def test_a_role_holder_and_a_name_in_one_side_phrase_are_both_sides():
    # (the role holder alone was side B once titles reached the role book: the name was lost)
    text = "Prime Minister Tony Blair spoke. Michael Howard accused the prime minister and Gordon Brown of squabbling."
    p = paragraph(1, text, people=["Tony Blair", "Michael Howard", "Gordon Brown"])
    people = {"Tony Blair": Person(roles=("Prime Minister",))}
    got = [e[2:4] for e in events([p], people) if e[0] == "CRITICIZE"]
    assert got == [("Michael Howard", "Tony Blair"), ("Michael Howard", "Gordon Brown")]


def test_what_one_used_to_do_or_tends_to_do_is_habitual_not_an_event():
    for text in (
        "Ana Kell and Ben Dorr used to meet every January.",
        "Ana Kell used to meet Ben Dorr privately.",
        "Ana Kell, who tends to be critical of Ben Dorr, looks at the fault lines.",
    ):
        assert events([paragraph(1, text, people=["Ana Kell", "Ben Dorr"])]) == [], text
    p = paragraph(1, "Ana Kell used the meeting to criticise Ben Dorr.", people=["Ana Kell", "Ben Dorr"])
    assert [e[2:4] for e in events([p])] == [("Ana Kell", "Ben Dorr")]


def test_whose_deed_is_condemned_a_clause_after_a_time_word_and_a_junta_in_a_country():
    # stop 46: the doer of a deed's "by" phrase through a participle or a demonym; a deed named
    # again with "the"; "a day after X accused Y" (the parser reads "after" as a preposition);
    # "the junta in Guinea-Bissau"
    text = "Torvald Eikeland condemned the violations of Romanian airspace by drones launched by Russia."
    p = paragraph(1, text, people=["Torvald Eikeland"], countries=["Romanian", "Russia"])
    assert [e[2:4] for e in events([p])] == [("Torvald Eikeland", "Russia")]
    text = "The Philippines condemned the use of water cannon by Chinese coast guard vessels against a supply boat."
    p = paragraph(1, text, countries=["Philippines", "Chinese"])
    assert [e[2:4] for e in events([p])] == [("Philippines", "Chinese")]
    text = "The talks were overshadowed by Turkish air strikes. Hamid Zubaidi condemned the strikes as a violation."
    p = paragraph(1, text, people=["Hamid Zubaidi"], countries=["Turkish"])
    assert [e[2:4] for e in events([p])] == [("Hamid Zubaidi", "Turkish")]
    text = "We spoke to her, a day after Azerbaijan's Foreign Minister, Elchin Mammadli, accused Armenia of stalling."
    p = paragraph(1, text, people=["Elchin Mammadli"], countries=["Azerbaijan", "Armenia"])
    assert [e[2:4] for e in events([p])] == [("Elchin Mammadli", "Armenia")]
    text = "Thandiwe Dlamini used her speech to condemn the junta in Guinea-Bissau."
    p = paragraph(1, text, people=["Thandiwe Dlamini"], countries=["Guinea-Bissau"])
    assert [e[2:4] for e in events([p])] == [("Thandiwe Dlamini", "Guinea-Bissau")]


def test_signers_the_parser_lists_badly_and_partners_hung_deep():
    # stop 46: two titled names joined by "and" (the first hung on the second as a modifier); a
    # described second signer ("the managing director of X, Y"); a partner hung inside what was
    # signed; "between the foreign ministries of Russia and Kazakhstan"
    text = "Foreign Minister Dewi Siregar and Commerce Secretary Lionel Cole signed a memorandum of understanding."
    p = paragraph(1, text, people=["Dewi Siregar", "Lionel Cole"])
    assert [e[2:4] for e in events([p])] == [("Dewi Siregar", "Lionel Cole")]
    text = "Efua Bonsu and the managing director of Maasvlakte Cocoa Terminals, Joost Rijswijk, signed a memorandum."
    p = paragraph(1, text, people=["Efua Bonsu", "Joost Rijswijk"], orgs=["Maasvlakte Cocoa Terminals"])
    assert [e[2:4] for e in events([p])] == [("Efua Bonsu", "Joost Rijswijk")]
    text = "Kallergis Maritime has signed a $1.2 billion order for eight LNG carriers with Haedong Shipbuilding."
    p = paragraph(1, text, orgs=["Kallergis Maritime", "Haedong Shipbuilding"])
    assert [e[2:4] for e in events([p])] == [("Kallergis Maritime", "Haedong Shipbuilding")]
    text = "The sides signed a plan of consultations between the foreign ministries of Russia and Kazakhstan."
    p = paragraph(1, text, countries=["Russia", "Kazakhstan"])
    assert [e[2:4] for e in events([p])] == [("Russia", "Kazakhstan")]


def test_the_review_misfires_of_stop_46_stay_mended():
    # a helper's probes: an occasion is no guest; a welcome home is no reception; a demonym before
    # strikers, victims, tourists or mobs is not the state; "tended" is no habit; "highly valued" is
    # a price; "visiting" before a role is an adjective
    for text, people, extra in (
        ("Mayor Ruth Bass hosted a banquet for Li Wei's 80th birthday.", ["Ruth Bass", "Li Wei"], {}),
        ("Manager Ray Dunmore welcomed new signing Leo Fanti to Celtic Park.", ["Ray Dunmore", "Leo Fanti"],
         {"places": ["Celtic Park"]}),
        ("French rail strikes disrupted travel. Gwen Marr condemned the strikes.", ["Gwen Marr"],
         {"countries": ["French"]}),
        ("Ghana condemned the attacks by South African mobs.", [], {"countries": ["Ghana", "South African"]}),
        ("Spanish police condemned the vandalism by British tourists.", [], {"countries": ["Spanish", "British"]}),
        ("SoftBank has highly valued Voltline since its listing.", [], {"orgs": ["SoftBank", "Voltline"]}),
    ):  # fmt: skip
        assert events([paragraph(1, text, people=people, **extra)]) == [], text
    for text, people in (
        ("Oleh Marenko tended to the wounded and criticised Dmitri Volkov.", ["Oleh Marenko", "Dmitri Volkov"]),
        ("Visiting coach Ray Dunmore criticised referee Alan Cole after the match.", ["Ray Dunmore", "Alan Cole"]),
    ):
        assert [e[2:4] for e in events([paragraph(1, text, people=people)])] == [tuple(people)], text


def test_an_office_named_with_its_holder_is_the_holder_not_the_offices_country():
    # a review probe: "The prime minister of Fiji, X, was received by Y" gave 043 Y > Fiji
    text = "The prime minister of Fiji, Josaia Vuniwaqa, was received by Chinese President Xu Ming on Tuesday."
    p = paragraph(1, text, people=["Josaia Vuniwaqa", "Xu Ming"], countries=["Fiji", "Chinese"])
    got = [e[:4] for e in events([p])]
    assert got == [("MEET", "040", "Xu Ming", "Josaia Vuniwaqa"), ("VISIT", "042", "Josaia Vuniwaqa", "Chinese")]


def test_the_second_half_of_a_clause_in_the_passive_has_the_first_halfs_subject():
    # the parser gives "received" and "praised" no subject of their own
    people = ["Ana Kell", "Ben Dorr", "Tom Hale"]
    received = paragraph(1, "Ana Kell held talks with Ben Dorr and was received by President Tom Hale.", people=people)
    assert ("VISIT", "043", "Tom Hale", "Ana Kell", None) in events([received])
    assert ("MEET", "040", "Tom Hale", "Ana Kell", None) in events([received])
    praised = paragraph(1, "Ana Kell arrived on Monday and was praised by Tom Hale for her work.", people=people[::2])
    assert ("SUPPORT", "051", "Tom Hale", "Ana Kell", None) in events([praised])
    # its own subject stays its own
    own = paragraph(1, "Ana Kell held talks with Ben Dorr and Tom Hale was received by the king.", people=people)
    assert not [e for e in events([own]) if e[:2] == ("VISIT", "043") and e[3] == "Ana Kell"]


def test_the_two_sides_after_talks_and_a_reception_told_in_one_sentence_are_those_of_the_talks():
    text = (
        "Ana Kell held talks with Ben Dorr and was received by President Tom Hale. The two sides signed a memorandum."
    )
    got = events([paragraph(1, text, people=["Ana Kell", "Ben Dorr", "Tom Hale"])])
    assert [e[:4] for e in got if e[0] == "SIGN"] == [("SIGN", "057", "Ana Kell", "Ben Dorr")]


def test_a_visit_told_from_both_sides_in_one_sentence_is_one_visit():
    names = dict(people=["Ana Kell", "Ben Dorr"], countries=["Peru"])
    both = paragraph(1, "Ana Kell arrived in Peru on Monday and was received by President Ben Dorr.", **names)
    assert [e[:4] for e in events([both]) if e[0] == "VISIT"] == [("VISIT", "042", "Ana Kell", "Peru")]
    assert ("MEET", "040", "Ben Dorr", "Ana Kell") in [e[:4] for e in events([both])]
    # two journeys in the sentence: the hosting is the second one's
    text = "Ana Kell flew to Lima and then visited Quito, where she was received by President Ben Dorr."
    names = dict(people=["Ana Kell", "Ben Dorr"], places=["Lima", "Quito"])
    assert ("VISIT", "043", "Ben Dorr", "Ana Kell") in [e[:4] for e in events([paragraph(1, text, **names)])]
    # a visit elsewhere told of the guest is another journey: the hosting is in another country
    text = "Ana Kell, who visited Poland last week, was received by President Ben Dorr in Paris on Friday."
    names = dict(people=["Ana Kell", "Ben Dorr"], countries=["Poland"], places=["Paris"])
    got = [e[:4] for e in events([paragraph(1, text, **names)])]
    assert ("VISIT", "042", "Ana Kell", "Poland") in got and ("VISIT", "043", "Ben Dorr", "Ana Kell") in got
    # told in two sentences, or a hosting alone, it stays
    alone = paragraph(1, "President Ben Dorr received Ana Kell on Monday.", **dict(people=["Ana Kell", "Ben Dorr"]))
    assert ("VISIT", "043", "Ben Dorr", "Ana Kell") in [e[:4] for e in events([alone])]


def test_a_person_told_of_by_their_age_is_the_one_the_story_goes_on_with():
    people = dict(people=["Wayne Rooney", "Alex Ferguson"])
    text = "Wayne Rooney scored twice. The 19-year-old was praised by Alex Ferguson after the match."
    assert ("SUPPORT", "051", "Alex Ferguson", "Wayne Rooney", None) in events([paragraph(1, text, **people)])
    text = "Wayne Rooney scored twice. The 19-year-old has criticised Alex Ferguson."
    assert ("CRITICIZE", "111", "Wayne Rooney", "Alex Ferguson", None) in events([paragraph(1, text, **people)])
    # someone new told of by age is no one named, and so is the one "the 19-year-old" means after them
    text = "Wayne Rooney scored twice. A 19-year-old fan was praised by Alex Ferguson after the match."
    assert not [e for e in events([paragraph(1, text, **people)]) if e[0] == "SUPPORT"]
    text = "A 19-year-old was arrested. Alex Ferguson praised Wayne Rooney. The 19-year-old was charged with theft."
    assert not [e for e in events([paragraph(1, text, **people)]) if e[0] == "CRITICIZE"]


def test_people_who_act_for_a_body_or_country_of_their_of_phrase_stand_for_it():
    text = "Amnesty International commended the staff of the Hoima Legal Aid Clinic."
    p = paragraph(1, text, orgs=["Amnesty International", "Hoima Legal Aid Clinic"])
    assert events([p]) == [("SUPPORT", "051", "Amnesty International", "Hoima Legal Aid Clinic", None)]
    p = paragraph(1, "Tony Blair praised the authorities of Spain for their speed.", people=["Tony Blair"],
                  countries=["Spain"])  # fmt: skip
    assert events([p]) == [("SUPPORT", "051", "Tony Blair", "Spain", None)]
    # a person's staff are not that person
    p = paragraph(1, "Tony Blair thanked the staff of John Smith for their work.", people=["Tony Blair", "John Smith"])
    assert events([p]) == []


def test_appreciation_voiced_for_someones_role_is_praise_of_them():
    text = "Ahmad Rahman met Ouyang Jie on Monday and voiced appreciation for China's constructive role."
    p = paragraph(1, text, people=["Ahmad Rahman", "Ouyang Jie"], countries=["China"])
    assert ("SUPPORT", "051", "Ahmad Rahman", "China", None) in events([p])
    # a "for" of the verb's own, not right after the noun, is no side
    text = "Ahmad Rahman voiced his appreciation again on Monday for the second time in China."
    p = paragraph(1, text, people=["Ahmad Rahman"], countries=["China"])
    assert not [e for e in events([p]) if e[0] == "SUPPORT"]


def test_a_group_named_before_its_kind_is_that_group():
    text = "Sudan blamed the Rapid Shield militia for the attack."
    p = paragraph(1, text, countries=["Sudan"], orgs=["Rapid Shield"])
    assert events([p]) == [("CRITICIZE", "112", "Sudan", "Rapid Shield", None)]


def test_a_subject_the_parser_hung_on_an_opening_adverbs_phrase_closed_by_a_comma():
    text = ("Back in Lublin, the marshal of the Lublin Voivodeship, Tadeusz Grabowiecki, criticised the government "
            "of Poland for cutting funds.")  # fmt: skip
    p = paragraph(1, text, people=["Tadeusz Grabowiecki"], countries=["Poland"], places=["Lublin"])
    assert events([p]) == [("CRITICIZE", "111", "Tadeusz Grabowiecki", "Poland", None)]


def test_criticism_of_a_plan_told_again_with_the_is_of_whom_the_sentence_before_named_first():
    names = dict(orgs=["Tories", "Labour"])
    text = "The Tories want annual limits on immigration. Labour has criticised the proposal."
    assert ("CRITICIZE", "111", "Labour", "Tories", None) in events([paragraph(1, text, **names)])
    # support of it names no one (the BBC gold's reading), nor does a plan with its own words
    text = "The Tories want annual limits on immigration. Labour has backed the proposal."
    assert not [e for e in events([paragraph(1, text, **names)]) if e[0] == "SUPPORT"]
    text = "The Tories want annual limits on immigration. Labour has criticised the proposal on tax."
    assert not [e for e in events([paragraph(1, text, **names)]) if e[0] == "CRITICIZE" and e[3] == "Tories"]


def test_support_rallied_behind_someone_or_sent_in_a_congratulatory_message():
    _each([
        ("The Liberal Union rallied behind embattled minister Ana Soto on Tuesday.",
         dict(orgs=["Liberal Union"], people=["Ana Soto"]), [("SUPPORT", "053", "Liberal Union", "Ana Soto", None)]),
        ("President Ma Jianguo on Sunday sent a congratulatory message to Ana Soto on her election.",
         dict(people=["Ma Jianguo", "Ana Soto"]), [("SUPPORT", "051", "Ma Jianguo", "Ana Soto", None)]),
        # a rally held behind a building, a message of no congratulations: nothing
        ("Supporters of Ana Soto rallied behind the town hall.", dict(people=["Ana Soto"]), []),
        ("Ma Jianguo sent a message to Ana Soto on Sunday.", dict(people=["Ma Jianguo", "Ana Soto"]), []),
    ])  # fmt: skip


def test_a_deed_condemned_with_its_doers_after_by_or_of():
    # the parser hangs the object's "by" on the active verb: the doers are still the deed's
    _each([
        ("North Korea condemned the joint drills by South Korea and the United States.",
         dict(countries=["North Korea", "South Korea", "United States"]),
         [("CRITICIZE", "111", "North Korea", "South Korea", None),
          ("CRITICIZE", "111", "North Korea", "United States", None)]),
        ("Venezuela denounced the interference of the OAS in its affairs.", dict(countries=["Venezuela"], orgs=["OAS"]),
         [("CRITICIZE", "111", "Venezuela", "OAS", None)]),
        # a passive's "by" is its own agent, not the deed's doer
        ("The drills were condemned by North Korea.", dict(countries=["North Korea"]),
         [("CRITICIZE", "111", "North Korea", None, None)]),
    ])  # fmt: skip


def test_the_person_of_a_visit_made_it():
    text = "The accords were signed during the visit to Caracas of Prime Minister Ana Soto."
    p = paragraph(1, text, people=["Ana Soto"], places=["Caracas"])
    assert ("VISIT", "042", "Ana Soto", None, "Caracas") in events([p])
    text = "Tom Hale met the press during the state visit of Ana Soto to Lima."
    p = paragraph(1, text, people=["Tom Hale", "Ana Soto"], places=["Lima"])
    got = events([p])
    assert ("VISIT", "042", "Ana Soto", None, "Lima") in got and not [e for e in got if e[2] == "Tom Hale"]


def test_an_organ_whose_name_ends_with_its_country_acts_for_it():
    # the country in the name, or right after it when the model's span stops short of it
    text = "Nicaragua rejected the report. The Foreign Ministry of Nicaragua condemned Ana Ruiz."
    p = paragraph(1, text, people=["Ana Ruiz"], countries=["Nicaragua"], orgs=["Foreign Ministry of Nicaragua"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == [("Nicaragua", "Ana Ruiz")]
    text = "The Ministry of Foreign Affairs of Peru praised Ana Ruiz on Monday."
    p = paragraph(1, text, people=["Ana Ruiz"], countries=["Peru"], orgs=["Ministry of Foreign Affairs"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SUPPORT"] == [("Peru", "Ana Ruiz")]
    # named again, the ministry is that country too
    second = paragraph(2, "The ministry also thanked Tom Hale.", people=["Tom Hale"])
    assert ("SUPPORT", "Peru", "Tom Hale") in sides_of([p, second])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesman of a body speaks for it, as its organ would (its country, where it names one)
        ("A spokesman for Cuba's Foreign Ministry condemned Ana Ruiz.", [("Cuba", "Ana Ruiz")]),
        ("A spokeswoman for Norvik Bank criticised Ana Ruiz.", [("Norvik Bank", "Ana Ruiz")]),
        ("Representatives of the Norvik Bank accused Ana Ruiz of fraud.", [("Norvik Bank", "Ana Ruiz")]),
        # whose spokesman a person is stays theirs; a spokesman for no one named is no one
        ("A spokesman for Tom Hale condemned Ana Ruiz.", [("Tom Hale", "Ana Ruiz")]),
        ("A spokesman for the family condemned Ana Ruiz.", []),
    ],
)
def test_a_spokesman_for_a_body_acts_for_the_body(text, expected):
    names = {"people": ["Ana Ruiz", "Tom Hale"], "countries": ["Cuba"], "orgs": ["Foreign Ministry", "Norvik Bank"]}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == expected


def test_the_spokesman_told_of_again_speaks_for_the_same_body():
    text = "A spokeswoman for Norvik Bank criticised Ana Ruiz."
    first = paragraph(1, text, people=["Ana Ruiz"], orgs=["Norvik Bank"])
    again = paragraph(2, "The spokeswoman also praised Tom Hale.", people=["Tom Hale"])
    assert [(t, a, b) for t, _, a, b, _ in events([first, again])] == [
        ("CRITICIZE", "Norvik Bank", "Ana Ruiz"), ("SUPPORT", "Norvik Bank", "Tom Hale")
    ]  # fmt: skip
    # a spokesman of no body told of before is no one
    alone = paragraph(1, "The spokeswoman also praised Tom Hale.", people=["Tom Hale"])
    assert events([alone]) == []


def test_a_statement_told_of_again_is_the_word_of_whoever_issued_it():
    """ "The statement condemned …", "The commentary praised …": a document told of before acts for
    the one its first telling named first (the sentence's subject, as a rule), in any paragraph."""
    issued = paragraph(1, "The Norvik Union issued a statement on Monday.", orgs=["Norvik Union"])
    again = paragraph(2, "The statement condemned Ana Ruiz and praised Tom Hale.", people=["Ana Ruiz", "Tom Hale"])
    assert [(t, a, b) for t, _, a, b, _ in events([issued, again])] == [
        ("CRITICIZE", "Norvik Union", "Ana Ruiz"), ("SUPPORT", "Norvik Union", "Tom Hale")
    ]  # fmt: skip
    text = "In a signed commentary, Baltica Times mocked Ana Ruiz. The commentary also praised Tom Hale."
    one = paragraph(1, text, people=["Ana Ruiz", "Tom Hale"], orgs=["Baltica Times"])
    assert [(t, a, b) for t, _, a, b, _ in events([one])] == [
        ("CRITICIZE", "Baltica Times", "Ana Ruiz"), ("SUPPORT", "Baltica Times", "Tom Hale")
    ]  # fmt: skip
    # a statement no one was said to issue is no one's
    alone = paragraph(1, "The statement condemned Ana Ruiz.", people=["Ana Ruiz"])
    assert events([alone]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state organ named with no country acts for the country of the city its sentence opens with
        ("South Korea protested. In Seoul, the Foreign Ministry condemned Ana Ruiz.", [("South Korea", "Ana Ruiz")]),
        (
            "South Korea protested. In Seoul, a Foreign Ministry spokesman castigated Ana Ruiz.",
            [("South Korea", "Ana Ruiz")],
        ),
        # with no such country named, or no opening city, the organ as before
        ("In Seoul, the Foreign Ministry condemned Ana Ruiz.", [("Foreign Ministry", "Ana Ruiz")]),
        ("South Korea protested. The Foreign Ministry condemned Ana Ruiz.", [("Foreign Ministry", "Ana Ruiz")]),
    ],
)
def test_a_state_organ_in_a_capital_acts_for_its_country(text, expected):
    names = {"people": ["Ana Ruiz"], "countries": ["South Korea"], "orgs": ["Foreign Ministry"], "places": ["Seoul"]}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == expected


def test_a_person_attacked_over_something_may_be_told_of_by_their_office():
    """ "Attacked the chancellor over the delay": an office held by a person is a person attacked in
    words, who the article named before holding it (not "the army", force)."""
    named = paragraph(1, "Chancellor Gordon Ashby spoke on Wednesday.", people=["Gordon Ashby"])
    attacked = paragraph(2, "Tom Crane attacked the chancellor over the delay.", people=["Tom Crane"])
    assert [e[:4] for e in events([named, attacked])] == [("CRITICIZE", "111", "Tom Crane", "Gordon Ashby")]
    force = paragraph(2, "Rebels attacked the army over the weekend.")
    assert events([named, force]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's deed done to another: the state named before it did it, whom its "of" names suffered it
        ("Ana Ruiz condemned the US blockade of Cuba.", [("Ana Ruiz", "US")]),
        ("Ana Ruiz condemned Israel's occupation of Cuba.", [("Ana Ruiz", "Israel")]),
        # armed deeds and a presence are their doer's
        ("Ana Ruiz condemned the Israeli airstrikes on Damascus.", [("Ana Ruiz", "Israeli")]),
        ("Ana Ruiz condemned the British military presence in the South Atlantic.", [("Ana Ruiz", "British")]),
        ("Ana Ruiz condemned the presence of US troops in Cuba.", [("Ana Ruiz", "US")]),
        # not those of whom they were done to
        ("Ana Ruiz condemned attacks on Peruvian traders.", []),
    ],
)
def test_a_deed_is_its_doers_not_its_victims(text, expected):
    countries = [c for c in ("US", "Cuba", "Israeli", "British", "Peruvian", "Israel") if re.search(rf"\b{c}\b", text)]
    places = [p for p in ("Damascus", "South Atlantic") if p in text]
    p = paragraph(1, text, people=["Ana Ruiz"], countries=countries, places=places)
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == expected


def test_militants_named_by_their_group_are_the_group_and_a_pact_is_its_parties():
    """ "Somalia's al Shabaab militants": the group that names them, not the country they are of;
    criticism of "the deal between A, B and C" is of its parties."""
    blamed = paragraph(1, "Kenya blamed Somalia's al Shabaab militants for the attack.", countries=["Kenya", "Somalia"],
                       orgs=["al Shabaab"])  # fmt: skip
    assert [(a, b) for t, _, a, b, _ in events([blamed]) if t == "CRITICIZE"] == [("Kenya", "al Shabaab")]
    text = "Ana Ruiz denounced the AUKUS deal between the United States, Britain and Australia."
    pact = paragraph(1, text, people=["Ana Ruiz"], countries=["United States", "Britain", "Australia"])
    assert [(a, b) for t, _, a, b, _ in events([pact]) if t == "CRITICIZE"] == [
        ("Ana Ruiz", "United States"), ("Ana Ruiz", "Britain"), ("Ana Ruiz", "Australia")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Crane poured scorn on Ana Ruiz's plans.", [("CRITICIZE", "Tom Crane", "Ana Ruiz")]),
        ("Tom Crane also took Norvik Bank to task for failing to act.", [("CRITICIZE", "Tom Crane", "Norvik Bank")]),
        ("Norvik Bank has savaged Ana Ruiz's plans.", [("CRITICIZE", "Norvik Bank", "Ana Ruiz")]),
        # a case taken to court, a beating, a scorn felt: no criticism in words
        ("Tom Crane took the case to court.", []),
        ("Ana Ruiz suffered a savage beating.", []),
        ("Wales savaged Italy 40-3 in Rome.", []),
    ],
)
def test_criticism_idioms_scorn_poured_taken_to_task_savaged(text, expected):
    names = {"people": ["Tom Crane", "Ana Ruiz"], "orgs": ["Norvik Bank"], "countries": ["Wales", "Italy"]}
    p = paragraph(1, text, **{kind: [n for n in ns if n in text] for kind, ns in names.items()})
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == expected


def test_a_deed_told_again_with_the_is_its_doers_told_in_an_earlier_paragraph():
    """ "Israel's plan … [next paragraph] The plan was also denounced by Egypt": the doer named with
    the deed in any paragraph before, not only in the deed's own."""
    told = paragraph(1, "Nabil Hassouna condemned Israel's plan to build new settlements.", people=["Nabil Hassouna"],
                     countries=["Israel"])  # fmt: skip
    again = paragraph(2, "The plan was also denounced by Egypt.", countries=["Egypt"])
    assert [(a, b) for t, _, a, b, _ in events([told, again]) if t == "CRITICIZE"] == [
        ("Nabil Hassouna", "Israel"), ("Egypt", "Israel")
    ]  # fmt: skip
    # a person told of by an office is no deed: not the country named before the office
    office = paragraph(1, "Germany's culture minister, Katrin Ober, flew home.", people=["Katrin Ober"],
                       countries=["Germany"])  # fmt: skip
    text = "Tom Hale attacked the minister in the Bundestag, accusing her of lying."
    attacked = paragraph(2, text, people=["Tom Hale"])
    assert ("Tom Hale", "Germany") not in [(a, b) for t, _, a, b, _ in events([office, attacked])]


def events_in_a_corpus(paragraphs, corpus_countries):
    _, found = article_events(paragraphs, {}, PARSE, {}, corpus_countries=corpus_countries)
    return [(e.event_type, e.cameo_code, e.actor_a, e.actor_b, e.place) for e in found]


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("U.S. Secretary of State Ann Hale arrived in Seoul on Wednesday for talks.", "Seoul", "South Korea"),
        ("Scottish Football Association chief Tom Reid travelled to Zurich on Monday.", "Zurich", "Switzerland"),
        ("Mr Dunne, who visited Washington last week, is said to be frustrated.", "Washington", "United States"),
    ],
)
def test_a_known_city_is_its_countrys_though_the_article_names_no_country(text, city, country):
    # stop 53's audit: the host of a visit to a city whose name alone says the country, where the
    # article does not name the country (another article of the corpus does)
    visitor = next(n for n in ("Ann Hale", "Tom Reid", "Dunne") if n in text)
    p = paragraph(1, text, people=[visitor], places=[city])
    assert ("VISIT", "042", visitor, None, city) in events([p])  # no country in the corpus: unknown
    assert ("VISIT", "042", visitor, country, city) in events_in_a_corpus([p], {"KOR": "South Korea",
            "CHE": "Switzerland", "USA": "United States"})  # fmt: skip


@pytest.mark.parametrize("city", ["Valencia", "Cambridge", "San Jose"])
def test_a_city_whose_name_several_countries_share_is_no_ones(city):
    p = paragraph(1, f"Ann Hale arrived in {city} on Wednesday.", people=["Ann Hale"], places=[city])
    corpus = {"ESP": "Spain", "VEN": "Venezuela", "GBR": "United Kingdom", "USA": "United States", "CRI": "Costa Rica"}
    assert events_in_a_corpus([p], corpus) == [("VISIT", "042", "Ann Hale", None, city)]


def test_a_hosting_is_the_guests_visit_to_the_hosts_country_once():
    # "X was received by Libyan Prime Minister Y in Tripoli": X visited Libya (the gold's reading),
    # and met Y; a reception after the visit was told is the same visit
    p = paragraph(1, "Mr Petrie was received by Libyan Prime Minister Ali Ghariani in Tripoli on Tuesday.",
                  people=["Petrie", "Ali Ghariani"], countries=["Libyan"], places=["Tripoli"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("MEET", "040", "Ali Ghariani", "Petrie"), ("VISIT", "042", "Petrie",
                                            "Libyan")]  # fmt: skip
    q = paragraph(1, "German minister Heike Sommer toured a refugee camp in Egypt on Sunday.", people=["Heike Sommer"],
                  countries=["German", "Egypt"])  # fmt: skip
    r = paragraph(2, "She was received by Egyptian Prime Minister Essam Sayed on Monday.",
                  people=["Essam Sayed"], countries=["Egyptian"])  # fmt: skip
    # (one entity, as the resolver makes "Egypt" and "Egyptian")
    r = dataclasses.replace(r, entities=tuple(dataclasses.replace(e, entity_id="Egypt") if e.type == "COUNTRY" else e
                                              for e in r.entities))  # fmt: skip
    got = [e[:4] for e in events([q, r])]
    assert [e for e in got if e[0] == "VISIT"] == [("VISIT", "042", "Heike Sommer", "Egypt")]
    assert ("MEET", "040", "Essam Sayed", "Heike Sommer") in got


def test_a_hosting_at_home_is_no_visit():
    text = "Egyptian Prime Minister Essam Sayed received Egyptian opposition leader Ayman Nour in Cairo."
    p = paragraph(1, text, people=["Essam Sayed", "Ayman Nour"], countries=["Egyptian"], places=["Cairo"])
    second = text.index("Egyptian", 1)
    p = dataclasses.replace(p, entities=tuple(sorted((*p.entities, EntitySpan(second, second + 8, "Egyptian",
                                                      "COUNTRY")), key=lambda e: e.char_start)))  # fmt: skip
    assert not any(e[1] == "042" for e in events([p]))


def test_two_subjects_the_parser_split_are_joined():
    # the hyphen of "Jean-Marc" made the small model give "met" two subjects and leave "and"
    # hanging on the first (stop 53's audit); "President Jean Delorme and …" parsed as a pair
    text = "French President Jean-Marc Delorme and German Chancellor Ulrike Brandt met on Friday."
    p = paragraph(1, text, people=["Jean-Marc Delorme", "Ulrike Brandt"], countries=["French", "German"])
    assert [e[:4] for e in events([p])] == [("MEET", "040", "Jean-Marc Delorme", "Ulrike Brandt")]


def test_signatures_put_to_an_agreement_are_a_signing():
    text = "In Warsaw, she and Deputy Foreign Minister Marek Lisowski put their signatures to a memorandum on workers."
    p = paragraph(1, text, people=["Marek Lisowski"], places=["Warsaw"])
    q = paragraph(0, "Europe Minister Fiona Lyle arrived in Warsaw on Thursday.", people=["Fiona Lyle"],
                  places=["Warsaw"])  # fmt: skip
    got = [e[:4] for e in events([q, p]) if e[0] == "SIGN"]
    assert got == [("SIGN", "057", "Fiona Lyle", "Marek Lisowski")]
    r = paragraph(1, "Mr Ruiz set his signature on a memorandum with Peru.", people=["Ruiz"], countries=["Peru"])
    assert [e[:4] for e in events([r])] == [("SIGN", "057", "Ruiz", "Peru")]
    s = paragraph(1, "Mr Ruiz put his signature to the letter to Peru.", people=["Ruiz"], countries=["Peru"])
    assert events([s]) == []  # a letter is no agreement


def test_a_deal_the_sides_agree_should_be_reached_is_not_one_reached():
    text = "The two sides exchanged views on Gaza and agreed that a ceasefire should be reached as soon as possible."
    p = paragraph(2, text)
    q = paragraph(1, "Chen Weidong met Faisal Kuwari on Sunday.", people=["Chen Weidong", "Faisal Kuwari"])
    assert [e[0] for e in events([q, p])] == ["MEET"]


def test_an_agreement_between_the_governments_of_two_countries_is_theirs():
    text = (
        "Agreement on Cooperation in Public Health between the Governments of the DPRK and the Syrian Arab "
        "Republic was signed in Pyongyang on Monday."
    )
    p = paragraph(1, text, countries=["DPRK", "Syrian Arab Republic"], places=["Pyongyang"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "DPRK", "Syrian Arab Republic")]


def test_two_who_signed_for_the_sides_named_sign_with_each_other():
    text = (
        "A peace agreement between the Colombian government and the rebel Popular Front was signed in Havana on "
        "Thursday by President Julian Arango and rebel commander Ivan Mosquera."
    )
    p = paragraph(1, text, people=["Julian Arango", "Ivan Mosquera"], countries=["Colombian"],
                  orgs=["Popular Front"], places=["Havana"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Julian Arango", "Ivan Mosquera")]


def test_a_guest_written_after_the_day_is_received():
    # stop 53's audit: the parser reads the object into the day's phrase ("received on Monday
    # Namibian Minister … Helena Nghidinwa"), in agency copy from Havana, Hanoi and Vientiane
    text = (
        "Cuban First Vice President Ramon Diaz received on Monday Namibian Minister of International Relations "
        "Helena Nghidinwa, who is on a working visit to the island."
    )
    p = paragraph(1, text, people=["Ramon Diaz", "Helena Nghidinwa"], countries=["Cuban", "Namibian"])
    got = [e[:4] for e in events([p])]
    assert ("MEET", "040", "Ramon Diaz", "Helena Nghidinwa") in got
    assert ("VISIT", "042", "Helena Nghidinwa", "Cuban") in got
    # a day alone, with no one after it, is no guest
    q = paragraph(1, "Ramon Diaz received on Monday an award from the academy.", people=["Ramon Diaz"])
    assert events([q]) == []


def test_a_visit_told_again_is_one_visit_and_a_hosting_of_its_guest_is_that_visit():
    # the gold counts an event once, at its first telling: "arrived in Havana … during her visit to
    # Cuba" is one visit; a reception of the guest whose host's country is unknown is that visit too
    p = paragraph(1, "Namibian minister Helena Nghidinwa arrived in Cuba on Saturday.", people=["Helena Nghidinwa"],
                  countries=["Namibian", "Cuba"])  # fmt: skip
    q = paragraph(2, "During her visit to Cuba, Nghidinwa also toured a hospital.", people=["Nghidinwa"],
                  countries=["Cuba"])  # fmt: skip
    r = paragraph(
        3, "Party chief Tran Duc hosted a reception for Nghidinwa on Monday.", people=["Tran Duc", "Nghidinwa"]
    )
    q = dataclasses.replace(q, entities=tuple(dataclasses.replace(e, entity_id="Helena Nghidinwa")
                                              if e.type == "PERSON" else e for e in q.entities))  # fmt: skip
    r = dataclasses.replace(r, entities=tuple(dataclasses.replace(e, entity_id="Helena Nghidinwa")
                                              if e.entity_id == "Nghidinwa" else e for e in r.entities))  # fmt: skip
    got = [e[:4] for e in events([p, q, r])]
    assert [e for e in got if e[0] == "VISIT"] == [("VISIT", "042", "Helena Nghidinwa", "Cuba")]
    assert ("MEET", "040", "Tran Duc", "Helena Nghidinwa") in got


def test_a_guest_told_of_by_a_relative_clause_is_received():
    text = "Mr Munro, who was received by Chinese Vice-Premier Zheng Lixin on Monday, is the first Scottish leader."
    p = paragraph(1, text, people=["Munro", "Zheng Lixin"], countries=["Chinese"])
    got = [e[:4] for e in events([p])]
    assert ("MEET", "040", "Zheng Lixin", "Munro") in got and ("VISIT", "042", "Munro", "Chinese") in got


def test_a_capital_acting_is_its_countrys_as_the_corpus_names_it_but_not_a_citys_thing():
    def retyped(text, places):
        p = paragraph(1, text, people=[n for n in ("Ana Ruiz",) if n in text], places=places)
        ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {}, {"USA": "US", "GBR": "UK"})
        return [(text[e.char_start : e.char_end], e.entity_id, e.type) for e in ins[0].entities if e.type != "PERSON"]

    # the article names no United States: the corpus does
    assert retyped("Ana Ruiz accused Washington of hypocrisy.", ["Washington"]) == [("Washington", "US", "COUNTRY")]
    # the city's things: a market, a lawyer, a group based there
    for text in (
        "Ana Ruiz held talks with the London market.",
        "Ana Ruiz, its London lawyer, said so.",
        "The London-based group criticised Ana Ruiz.",
        "The London based group criticised Ana Ruiz.",
    ):
        assert retyped(text, ["London"]) == [("London", "London", "PLACE")], text


def test_a_capital_the_model_took_for_a_person_or_a_body_is_its_country_when_it_acts():
    # stop 54's audit: "Tegucigalpa" tagged a person, "Budapest" a body; named only by the capital's
    # name, each is the city, and so its country's government where it is acted on
    def retyped(text, people=(), orgs=()):
        p = paragraph(1, text, people=people, orgs=orgs)
        rows = [(1, 0, text, "text")]
        ins, _ = meeting_paragraphs(rows, {1: p.entities}, [], {}, {}, {"HND": "Honduras", "HUN": "Hungary"})
        return [(text[e.char_start : e.char_end], e.entity_id, e.type) for e in ins[0].entities]

    got = retyped("Martin Rosso thanked Tegucigalpa for its hospitality.", people=["Martin Rosso", "Tegucigalpa"])
    assert ("Tegucigalpa", "Honduras", "COUNTRY") in got
    got = retyped("Mette Kjaer praised Budapest's constructive attitude.", people=["Mette Kjaer"], orgs=["Budapest"])
    assert ("Budapest", "Hungary", "COUNTRY") in got
    # where something happens, it stays the city, and a place, not a person
    got = retyped("Delegates at the summit in Tegucigalpa backed Martin Rosso.", people=["Martin Rosso", "Tegucigalpa"])
    assert ("Tegucigalpa", "Tegucigalpa", "PLACE") in got
    # a city-state the model typed a country stays the country where it is visited; a person known
    # by one given name that is also a capital's stays the person
    text = "Lula paid a state visit to Singapore."
    p = paragraph(1, text, people=["Lula"], countries=["Singapore"])
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {}, {"SGP": "Singapore"})
    assert ("VISIT", "042", "Lula", "Singapore", None) in events(ins)
    got = retyped("Victoria praised Tom Hale for his courage.", people=["Victoria", "Tom Hale"])
    assert ("Victoria", "Victoria", "PERSON") in got
    # a person's short name that is also a capital's stays the person
    text = "Paris Hilton thanked her fans. Paris praised Tom Hale."
    p = paragraph(1, text, people=["Paris Hilton", "Tom Hale"])
    entities = p.entities + (EntitySpan(31, 36, "Paris Hilton", "PERSON"),)
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: entities}, [], {}, {}, {"FRA": "France"})
    assert all(e.entity_id != "France" for e in ins[0].entities)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Ashbury Town have stood by manager Terry Doyle despite six straight defeats.", "Ashbury Town", "Terry Doyle"),
        ("Champion Martin Hale also spoke up for Jamie Corran on Sunday.", "Martin Hale", "Jamie Corran"),
        ("Captain Dani Olmedo came out in favour of Marco Sabatini on Monday.", "Dani Olmedo", "Marco Sabatini"),
        ("The Brellan board gave a vote of confidence in chief executive Alan Pruett.", "Brellan", "Alan Pruett"),
        ("Brightline Media expressed confidence in chief executive Harold Kim.", "Brightline Media", "Harold Kim"),
        (
            "Tesfaye Gebremariam welcomed the election of diplomat Hassan Ali Robleh as chair.",
            "Tesfaye Gebremariam",
            "Hassan Ali Robleh",
        ),
        ("Anne Colby welcomed the appointment of Roger Allsop as chairman.", "Anne Colby", "Roger Allsop"),
    ],
)
def test_loyalty_trust_and_a_choice_welcomed_are_support(text, a, b):
    # stop 54's audit of support: standing by someone, speaking up or coming out in favour of them,
    # trust stated in them, and welcoming their election or appointment
    names = [a, b]
    p = paragraph(1, text, people=[n for n in names if n not in ("Ashbury Town", "Brellan", "Brightline Media")],
                  orgs=[n for n in names if n in ("Ashbury Town", "Brellan", "Brightline Media")])  # fmt: skip
    assert (a, b) in [(x, y) for t, _, x, y, _ in events([p]) if t == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Bell stood by Terry Doyle at the podium as he spoke.",  # beside him
        "Ashbury Town voted in favour of Terry Doyle in the ballot.",  # a ballot
        "Ashbury Town expressed no confidence in Terry Doyle.",  # doubt
        "Ashbury Town gave a vote of no confidence in Terry Doyle.",
    ],
)
def test_standing_beside_someone_a_vote_and_doubt_are_no_support(text):
    people = ["Terry Doyle", *(["Ann Bell"] if "Ann Bell" in text else [])]
    p = paragraph(1, text, people=people, orgs=["Ashbury Town"] if "Ashbury" in text else [])
    assert [e for e in events([p]) if e[0] == "SUPPORT"] == []


def test_an_opposition_body_is_not_its_country_and_a_name_set_off_after_a_role_is_whom():
    text = "Kenya's main opposition alliance on Tuesday endorsed former minister Samuel Odera as its candidate."
    p = paragraph(1, text, people=["Samuel Odera"], countries=["Kenya"])
    assert [e for e in events([p]) if e[0] == "SUPPORT"] == []  # its backer is unnamed here, not Kenya
    text = "Germany and France backed Portugal's candidate, former finance minister Joana Reis Matos, to head it."
    p = paragraph(1, text, people=["Joana Reis Matos"], countries=["Germany", "France", "Portugal"])
    got = [(a, b) for t, _, a, b, _ in events([p]) if t == "SUPPORT"]
    assert ("Germany", "Joana Reis Matos") in got and ("France", "Joana Reis Matos") in got
    assert ("Germany", "Portugal") not in got


def test_the_bloc_is_the_body_named_before_it():
    text = "Somalia's ambassador to the EU, Abdirahman Warsame, thanked the bloc for its help."
    p = paragraph(1, text, people=["Abdirahman Warsame"], countries=["Somalia"], orgs=["EU"])
    assert ("SUPPORT", "051", "Abdirahman Warsame", "EU", None) in events([p])


@pytest.mark.parametrize(
    ("text", "a", "b", "orgs"),
    [
        (
            'Tory co-chairman Gavin Redmond praised Mr Blythe as "a man of principle".',
            "Gavin Redmond",
            "Blythe",
            ["Tory"],
        ),
        (
            "Puerto Rican Independence Party vice-president Marisol Ferrer thanked Cuba for presenting the text.",
            "Marisol Ferrer",
            "Cuba",
            ["Puerto Rican Independence Party"],
        ),
    ],
)
def test_a_hyphenated_title_is_one_subject(text, a, b, orgs):
    # stop 54's audit: the small model made "co", "-" and "Redmond" three subjects of "praised"
    p = paragraph(1, text, people=[a, *([b] if b != "Cuba" else [])], countries=["Cuba"] if b == "Cuba" else [],
                  orgs=orgs)  # fmt: skip
    assert (a, b) in [(x, y) for t, _, x, y, _ in events([p]) if t == "SUPPORT"]


def test_the_leaders_of_two_countries_and_a_second_to_phrase_are_each_a_side():
    # stop 54's audit: "the leaders of Algeria and Libya" are both countries' (not the first's
    # alone); "gratitude to A and to B" is to both
    text = "Prime minister Hichem Ben Salah was congratulated on Tuesday by the leaders of Algeria and Libya."
    p = paragraph(1, text, people=["Hichem Ben Salah"], countries=["Algeria", "Libya"])
    got = [(a, b) for t, _, a, b, _ in events([p]) if t == "SUPPORT"]
    assert ("Algeria", "Hichem Ben Salah") in got and ("Libya", "Hichem Ben Salah") in got
    text = "Minister Carlos Pereira expressed gratitude to Barbados and to Saint Lucia for their help."
    p = paragraph(1, text, people=["Carlos Pereira"], countries=["Barbados", "Saint Lucia"])
    got = [(a, b) for t, _, a, b, _ in events([p]) if t == "SUPPORT"]
    assert ("Carlos Pereira", "Barbados") in got and ("Carlos Pereira", "Saint Lucia") in got


def test_welcoming_a_defection_is_support_of_who_defected():
    text = "The Conservatives have welcomed the defection of UKIP MEP Gordon Blythe on Sunday."
    p = paragraph(1, text, people=["Gordon Blythe"], orgs=["Conservatives", "UKIP"])
    assert ("Conservatives", "Gordon Blythe") in [(a, b) for t, _, a, b, _ in events([p]) if t == "SUPPORT"]


def test_a_hyphenated_role_the_parser_headed_by_its_hyphen_is_its_holder():
    # "The Tory co-chairman attacked …": the small model made "-" the subject and "chairman" its
    # apposition; the role is "co-chairman", the holder the article named with it
    first = paragraph(1, "Tory co-chairman Liam Fox was speaking after Mr Blair told Labour members so.",
                      people=["Liam Fox", "Blair"], orgs=["Labour"])  # fmt: skip
    text = 'The Tory co-chairman attacked Labour\'s six new pledges as "vacuous" and said Mr Blair was worried.'
    second = paragraph(2, text, people=["Blair"], orgs=["Labour"])
    assert ("CRITICIZE", "111", "Liam Fox", "Labour", None) in events([first, second])


def test_standing_by_ones_remarks_about_someone_is_no_support_of_them():
    # politics/075: his own remarks, not whom a body named inside them is
    first = paragraph(1, 'Ken Livingstone should not apologise for his comment, Tory MP Boris Johnson has insisted.',
                      people=["Ken Livingstone", "Boris Johnson"])  # fmt: skip
    text = ('Mr Johnson also spoke. London mayor Mr Livingstone says he is "standing by" his remarks which likened an '
            'Evening Standard journalist to a guard.')  # fmt: skip
    second = paragraph(2, text, people=["Johnson", "Livingstone"], orgs=["Evening Standard"])
    assert [e for e in events([first, second]) if e[0] == "SUPPORT"] == []


def test_a_deed_named_with_its_doer_before_it_an_embassy_and_a_board_are_their_country_or_firm():
    # stop 52's criticism audit: the parser's nmod "US" of "the US economic … blockade"; "the US
    # embassy" acts for the US; "its board" and "the board" are the firm's
    text = "Cuban Foreign Minister Osvaldo Reyes denounced the US economic, commercial and financial blockade."
    p = paragraph(1, text, people=["Osvaldo Reyes"], countries=["US"])
    assert ("CRITICIZE", "111", "Osvaldo Reyes", "US", None) in events([p])
    text = "President Evaristo Quispe also slammed the US embassy in La Paz, which he accused of financing groups."
    p = paragraph(1, text, people=["Evaristo Quispe"], countries=["US"], places=["La Paz"])
    assert ("Evaristo Quispe", "US") in [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"]
    first = paragraph(1, "Shares in Brellan rose after its board gave a vote of confidence in Alan Pruett.",
                      people=["Alan Pruett"], orgs=["Brellan"])  # fmt: skip
    second = paragraph(2, "Mr Pruett also won the backing of Hollis Asset Management, its largest shareholder.",
                       people=["Pruett"], orgs=["Hollis Asset Management"])  # fmt: skip
    text = 'But the pension fund Carbery Investors attacked the board for a "complacent" response to the losses.'
    third = paragraph(3, text, orgs=["Carbery Investors"])
    got = [(t, a, b) for t, _, a, b, _ in events([first, second, third])]
    assert ("SUPPORT", "Brellan", "Alan Pruett") in got
    assert ("CRITICIZE", "Carbery Investors", "Brellan") in got


def test_owners_of_a_product_are_unnamed_critics():
    text = "Owners of the new Zenix console have rounded on its maker, Kitamura Electronics, after faults."
    p = paragraph(1, text, orgs=["Kitamura Electronics"])
    assert ("CRITICIZE", "111", None, "Kitamura Electronics", None) in events([p])


def test_people_listed_in_apposition_each_criticise_and_a_body_attacked_over_plans_is_criticised():
    text = "Two Labour backbenchers, Gwen Harper and Ian Stott, have rounded on Martin Colley over plans."
    p = paragraph(1, text, people=["Gwen Harper", "Ian Stott", "Martin Colley"], orgs=["Labour"])
    got = [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"]
    assert ("Gwen Harper", "Martin Colley") in got and ("Ian Stott", "Martin Colley") in got
    text = 'Airline boss Tom Fennell has attacked airport operator Heathwell Airports over "outrageous" plans.'
    p = paragraph(1, text, people=["Tom Fennell"], orgs=["Heathwell Airports"])
    assert ("Tom Fennell", "Heathwell Airports") in [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"]
    # force, not words: no reason that was said or planned
    text = "Taliban fighters attacked Nato for the second time this week."
    p = paragraph(1, text, orgs=["Taliban", "Nato"])
    assert [e for e in events([p]) if e[0] == "CRITICIZE"] == []


def test_a_charge_denied_is_the_accusation_told_before():
    first = paragraph(1, "Ngugi also accused Agriculture Minister Peter Wambua of diverting relief maize.",
                      people=["Ngugi", "Peter Wambua"])  # fmt: skip
    second = paragraph(2, "Wambua denied the charge.", people=["Wambua"])
    second = dataclasses.replace(second, entities=(EntitySpan(0, 6, "Peter Wambua", "PERSON"),))
    assert [(a, b) for t, _, a, b, _ in events([first, second]) if t == "CRITICIZE"] == [("Ngugi", "Peter Wambua")]


def test_the_court_is_the_court_named_before():
    first = paragraph(1, "The Inter-American Court of Human Rights on Thursday rebuked the Dominican Republic.",
                      orgs=["Inter-American Court of Human Rights"], countries=["Dominican Republic"])  # fmt: skip
    second = paragraph(2, "President Rafael Medina accused the court of meddling in the country's affairs.",
                       people=["Rafael Medina"])  # fmt: skip
    got = [(a, b) for t, _, a, b, _ in events([first, second]) if t == "CRITICIZE"]
    assert ("Rafael Medina", "Inter-American Court of Human Rights") in got


def test_their_demands_backed_are_the_body_the_sentence_before_was_about():
    # politics/230: "The Tories have called for a change in the law. Their demands have been backed by …"
    text = ("The Tories have called for a change in the law so householders are only prosecuted if they use force. "
            "Their demands have been backed by former Police Commissioner Sir John Stevens.")  # fmt: skip
    p = paragraph(1, text, people=["John Stevens"], orgs=["Tories"])
    assert ("SUPPORT", "053", "John Stevens", "Tories", None) in events([p])


def test_plaudits_drawn_from_someone_are_their_praise():
    text = "Budget airline FlyAlba has drawn plaudits from consumer group Consumer Voice for refunding passengers."
    p = paragraph(1, text, orgs=["FlyAlba", "Consumer Voice"])
    assert ("SUPPORT", "051", "Consumer Voice", "FlyAlba", None) in events([p])


def test_a_capital_that_is_also_a_given_name_is_the_city_after_a_word_of_place():
    # stop 43: "In Santiago on Monday, Li held talks …", "Santiago" tagged a person
    text = "In Santiago on Monday, Li held talks with Chilean President Tomás Vial."
    p = paragraph(1, text, people=["Santiago", "Li", "Tomás Vial"], countries=["Chilean"])
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {}, {"CHL": "Chilean"})
    assert ("Santiago", "PLACE") in [(e.entity_id, e.type) for e in ins[0].entities]


def test_the_firm_is_a_business_not_the_party_named_last():
    first = paragraph(1, "Norvak Systems said on Tuesday it would cut 2,000 jobs.", orgs=["Norvak Systems"])
    second = paragraph(2, "Labour MP Harriet Cole accused the firm of putting shareholders before workers.",
                       people=["Harriet Cole"], orgs=["Labour"])  # fmt: skip
    got = [(a, b) for t, _, a, b, _ in events([first, second]) if t == "CRITICIZE"]
    assert got == [("Harriet Cole", "Norvak Systems")]


def test_a_law_faulted_is_its_makers_when_the_phrase_names_them():
    p = paragraph(1, "China on Thursday denounced a new US law on Taiwan.", countries=["China", "US", "Taiwan"])
    q = paragraph(2, "The Law Society branded the current murder law a mess.", orgs=["Law Society"])
    r = paragraph(3, "Britain backed the new US law.", countries=["Britain", "US"])
    got = events([p, q, r])
    assert ("CRITICIZE", "111", "China", "US", None) in got
    assert not any(e[0] == "CRITICIZE" and e[2] == "Law Society" for e in got)  # no maker named
    assert not any(e[0] == "SUPPORT" for e in got)  # backing a law is backing a thing (the BBC gold)


def test_under_fire_with_a_ground_is_criticism_and_over_a_span_of_time_is_shooting():
    p = paragraph(1, "The Kenyan government came under fire from Human Rights Watch over the detentions.",
                  countries=["Kenyan"], orgs=["Human Rights Watch"])  # fmt: skip
    q = paragraph(2, "The convoy came under fire from Al-Shabaab over the weekend.", orgs=["Al-Shabaab"])
    got = [(a, b) for t, _, a, b, _ in events([p, q]) if t == "CRITICIZE"]
    assert got == [("Human Rights Watch", "Kenyan")]


def test_his_counterpart_and_an_office_owning_a_deed_are_whom_he_met():
    text = "Brazilian President Lula met Argentine President Javier Milei in Brasilia."
    met = paragraph(1, text, people=["Lula", "Javier Milei"], countries=["Brazilian", "Argentine"], places=["Brasilia"])
    p = paragraph(2, "Lula later criticised his counterpart's economic policies.", people=["Lula"])
    q = paragraph(3, "Lula also praised the Argentine president's reforms.", people=["Lula"], countries=["Argentine"])
    got = [(t, a, b) for t, _, a, b, _ in events([met, p, q]) if t in ("CRITICIZE", "SUPPORT")]
    assert ("CRITICIZE", "Lula", "Javier Milei") in got
    assert ("SUPPORT", "Lula", "Javier Milei") in got and ("SUPPORT", "Lula", "Argentine") not in got


def test_a_stop_in_a_named_place_is_a_visit():
    p = paragraph(1, "French President Emmanuel Macron stopped in Accra on Friday, where he met Ghanaian "
                  "President John Mahama.", people=["Emmanuel Macron", "John Mahama"], places=["Accra"],
                  countries=["French", "Ghanaian"])  # fmt: skip
    q = paragraph(2, "The striker stopped in his tracks as the ball hit the post.")
    visits = [e for e in events([p, q]) if e[0] == "VISIT"]
    assert visits == [("VISIT", "042", "Emmanuel Macron", "Ghanaian", "Accra")]


def test_scolding_and_admonishing_are_criticism():
    p = paragraph(1, "In a rare rebuke, China scolded North Korea for its latest missile test.",
                  countries=["China", "North Korea"])  # fmt: skip
    text = "Fannie Mae supplies funds to the mortgage market. Last week, the firm was admonished by the SEC."
    q = paragraph(2, text, orgs=["Fannie Mae", "SEC"])
    got = [(a, b) for t, _, a, b, _ in events([p, q]) if t == "CRITICIZE"]
    assert got == [("China", "North Korea"), ("SEC", "Fannie Mae")]


def test_a_name_set_off_after_a_role_with_the_comma_hung_on_it():
    text = "Arsene Wenger was fined after he criticised the referee, Graham Poll."
    p = paragraph(1, text, people=["Arsene Wenger", "Graham Poll"])
    assert ("CRITICIZE", "111", "Arsene Wenger", "Graham Poll", None) in events([p])


def test_a_second_verb_the_parser_joined_to_what_was_said_is_the_speakers_deed():
    text = "Shadow home secretary David Davis said the scheme was flawed and accused Mr Clarke of rushing it."
    p = paragraph(1, text, people=["David Davis", "Clarke"])
    assert ("CRITICIZE", "112", "David Davis", "Clarke", None) in events([p])


def test_the_governing_body_is_the_body_named_before():
    first = paragraph(1, "Manchester United manager Alex Ferguson has hit out at the Football Association.",
                      people=["Alex Ferguson"], orgs=["Manchester United", "Football Association"])  # fmt: skip
    second = paragraph(2, "He accused the governing body of double standards.")
    got = [(a, b) for t, _, a, b, _ in events([first, second]) if t == "CRITICIZE"]
    assert got == [("Alex Ferguson", "Football Association"), ("Alex Ferguson", "Football Association")]


def test_a_deed_going_on_is_its_doers_and_repudiation_is_criticism():
    p = paragraph(1, "Cuban President Miguel Diaz-Canel denounced the intensification of the US blockade.",
                  people=["Miguel Diaz-Canel"], countries=["Cuban", "US"])  # fmt: skip
    q = paragraph(2, "Venezuela repudiated the statements of Guyanese President Irfaan Ali.",
                  countries=["Venezuela", "Guyanese"], people=["Irfaan Ali"])  # fmt: skip
    got = [(a, b) for t, _, a, b, _ in events([p, q]) if t == "CRITICIZE"]
    assert got == [("Miguel Diaz-Canel", "US"), ("Venezuela", "Irfaan Ali")]


def test_the_name_set_off_after_a_title_is_whom_one_met_not_a_name_in_its_clause():
    text = ("Sarvam chief executive Meenakshi Raghunathan travelled to Lisbon for the signing and met Portugal's "
            "economy minister, Duarte Figueiredo Lopes, who welcomed Sarvam's investment.")  # fmt: skip
    p = paragraph(1, text, people=["Meenakshi Raghunathan", "Duarte Figueiredo Lopes"], countries=["Portugal"],
                  places=["Lisbon"])  # fmt: skip
    at = text.rindex("Sarvam")  # (the model typed the firm a person, in the clause only)
    p = dataclasses.replace(p, entities=tuple(sorted((*p.entities, EntitySpan(at, at + 6, "Sarvam", "PERSON")),
                                                     key=lambda e: e.char_start)))  # fmt: skip
    assert [e for e in events([p]) if e[0] == "MEET"] == [
        ("MEET", "040", "Meenakshi Raghunathan", "Duarte Figueiredo Lopes", None)
    ]


def test_a_foreign_delegation_welcomed_is_a_reception_not_praise():
    text = "Cuban President Miguel Diaz-Canel welcomed the Vietnamese delegation led by Nguyen Phu Trong."
    p = paragraph(1, text, people=["Miguel Diaz-Canel", "Nguyen Phu Trong"], countries=["Cuban", "Vietnamese"])
    got = events([p])
    assert ("MEET", "040", "Miguel Diaz-Canel", "Nguyen Phu Trong", None) in got
    assert ("VISIT", "042", "Nguyen Phu Trong", "Cuban", None) in got
    assert not any(e[0] == "SUPPORT" for e in got)
    # (a decision of a delegation welcomed is its country's, as support)
    q = paragraph(1, "Kenya welcomed the Ugandan delegation's decision to withdraw.", countries=["Kenya", "Ugandan"])
    assert [e[0] for e in events([q])] == ["SUPPORT"]


def test_a_reviews_probes_of_the_new_rules_give_no_wrong_row():
    # (a helper's review of the pass's change found each of these wrong before its mend)
    fire = paragraph(1, "Israeli troops came under fire from Hamas militants for the second time this week.",
                     countries=["Israeli"], orgs=["Hamas"])  # fmt: skip
    by = paragraph(2, "Amnesty International condemned the extension of emergency rule by President Pervez Musharraf.",
                   orgs=["Amnesty International"], people=["Pervez Musharraf"])  # fmt: skip
    law = paragraph(3, "The Teamsters union criticised the Uber bill passed by the state senate.",
                    orgs=["Teamsters", "Uber"])  # fmt: skip
    pit = paragraph(4, "Kimi Raikkonen stopped in Monaco with engine failure.", people=["Kimi Raikkonen"],
                    places=["Monaco"])  # fmt: skip
    landed = paragraph(5, "Airline spokesman John Smith said the plane was late and landed in Lima at noon.",
                       people=["John Smith"], places=["Lima"])  # fmt: skip
    got = events([fire, by, law, pit, landed])
    assert [(t, a, b) for t, _, a, b, _ in got] == [("CRITICIZE", "Amnesty International", "Pervez Musharraf")]


def test_his_counterpart_is_not_whom_he_met_when_the_noun_names_another_country():
    text = "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing."
    met = paragraph(1, text, people=["Sergei Lavrov", "Wang Yi"], countries=["Russian", "Chinese"], places=["Beijing"])
    p = paragraph(2, "Lavrov later criticised his American counterpart.", people=["Lavrov"], countries=["American"])
    p = dataclasses.replace(p, entities=(EntitySpan(0, 6, "Sergei Lavrov", "PERSON"), *p.entities[1:]))
    assert not any(t == "CRITICIZE" and b == "Wang Yi" for t, _, a, b, _ in events([met, p]))
    # (his host is whom he met; "the host" is as often a television show's)
    host = paragraph(2, "Lavrov later praised his host for his hospitality.", people=["Lavrov"])
    host = dataclasses.replace(host, entities=(EntitySpan(0, 6, "Sergei Lavrov", "PERSON"),))
    tv = paragraph(2, "Lavrov later criticised the host, saying the show was boring.", people=["Lavrov"])
    tv = dataclasses.replace(tv, entities=(EntitySpan(0, 6, "Sergei Lavrov", "PERSON"),))
    assert ("SUPPORT", "Sergei Lavrov", "Wang Yi") in [(t, a, b) for t, _, a, b, _ in events([met, host])]
    assert not any(t == "CRITICIZE" for t, _, a, b, _ in events([met, tv]))


def test_the_firm_is_never_a_ministry_or_a_department_named_with_the():
    text = (
        "BAE Systems won the contract. The Ministry of Defence said so. Tory MP Ann Hale accused the company of waste."
    )
    p = paragraph(1, text, orgs=["BAE Systems", "The Ministry of Defence", "Tory"], people=["Ann Hale"])
    got = [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"]
    assert got == [("Ann Hale", "BAE Systems")]


def test_a_measure_criticised_again_is_its_imposers():
    imposed = paragraph(1, "The United States on Tuesday imposed sanctions on eight Iranian companies.",
                        countries=["United States", "Iranian"])  # fmt: skip
    again = paragraph(2, "Iran's Foreign Ministry spokesman, Hossein Mousavi-Rad, condemned the sanctions as illegal.",
                      countries=["Iran"], people=["Hossein Mousavi-Rad"])  # fmt: skip
    move = paragraph(3, "China also criticised the measures.", countries=["China"])
    got = [(a, b) for t, _, a, b, _ in events([imposed, again, move]) if t == "CRITICIZE"]
    assert ("Hossein Mousavi-Rad", "United States") in got and ("China", "United States") in got
    # told with "by", or by its owner; none where the article never told who imposed it
    text = (
        "Cuba thanked Namibia for its vote on the blockade imposed by the United States."
        " Ana Kalu condemned the blockade."
    )
    countries = ["Cuba", "Namibia", "United States"]
    by = paragraph(1, text, countries=countries, people=["Ana Kalu"])
    owned = paragraph(1, "EU tariffs on steel rose. Beijing denounced the tariffs.", orgs=["EU"], countries=["Beijing"])
    untold = paragraph(1, "Amnesty International condemned the sanctions.", orgs=["Amnesty International"])
    # a country's name before the measure is whom it is on; a passive's subject had it put on it
    on = [paragraph(1, "The Cuba embargo has lasted since 1962.", countries=["Cuba"]),
          paragraph(2, "Spain criticised the embargo.", countries=["Spain"])]  # fmt: skip
    slapped = [paragraph(1, "Iran was slapped with sanctions.", countries=["Iran"]),
               paragraph(2, "China criticised the sanctions.", countries=["China"])]  # fmt: skip
    # "the measures" are those the sentence right before told, not any told before
    laws = paragraph(2, "Britain announced new anti-terror laws. Amnesty International condemned the measures.",
                     countries=["Britain"], orgs=["Amnesty International"])  # fmt: skip
    tariffs = paragraph(
        1, "The United States imposed tariffs on Chinese steel.", countries=["United States", "Chinese"]
    )
    assert ("Spain", None) in [(a, b) for t, _, a, b, _ in events(on) if t == "CRITICIZE"]
    assert ("China", None) in [(a, b) for t, _, a, b, _ in events(slapped) if t == "CRITICIZE"]
    assert ("Amnesty International", "United States") not in [(a, b) for _, _, a, b, _ in events([tariffs, laws])]
    assert ("Ana Kalu", "United States") in [(a, b) for t, _, a, b, _ in events([by]) if t == "CRITICIZE"]
    assert [(a, b) for t, _, a, b, _ in events([owned]) if t == "CRITICIZE"] == [("Beijing", "EU")]
    assert [(a, b) for t, _, a, b, _ in events([untold]) if t == "CRITICIZE"] == [("Amnesty International", None)]


def test_it_in_a_relative_clause_is_the_subject_of_the_clause_above():
    text = "The United States imposed sanctions on eight Iranian firms that it accused of supplying drones."
    p = paragraph(1, text, countries=["United States", "Iranian"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"] == [("United States", None)]
    # (of the main clause, not of a clause reported in it)
    said = paragraph(1, "China said the United States had sold arms to Taiwan, which it condemned.",
                     countries=["China", "United States", "Taiwan"])  # fmt: skip
    assert ("United States", "Taiwan") not in [(a, b) for t, _, a, b, _ in events([said]) if t == "CRITICIZE"]


def test_a_body_named_in_apposition_acts_not_its_owner():
    text = "Kaye's record label, Solace Records, signed an agreement with Oxfam."
    p = paragraph(1, text, people=["Kaye"], orgs=["Solace Records", "Oxfam"])
    assert [(t, a, b) for t, _, a, b, _ in events([p])] == [("SIGN", "Solace Records", "Oxfam")]
    aide = paragraph(1, "Kaye's manager, Tom Price, praised Oxfam.", people=["Kaye", "Tom Price"], orgs=["Oxfam"])
    assert [(t, a, b) for t, _, a, b, _ in events([aide])] == [("SUPPORT", "Tom Price", "Oxfam")]
    # (the body's own name, not a body inside a description of a person)
    former = paragraph(1, "Iran's chief negotiator, a former IAEA inspector, criticised the EU.",
                       countries=["Iran"], orgs=["IAEA", "EU"])  # fmt: skip
    assert not any(a == "IAEA" for _, _, a, _, _ in events([former]))


def test_a_sentence_headed_by_its_subject_noun_gets_its_verb_back():
    # (a participle with a "by" is passive: the noun is what was done to)
    passive = paragraph(1, "Mugabe, condemned by Britain.", people=["Mugabe"], countries=["Britain"])
    assert [(t, a, b) for t, _, a, b, _ in events([passive])] == [("CRITICIZE", "Britain", "Mugabe")]
    text = "The Minister of Energy, Marcelo Choque Arancibia, signed on Tuesday a contract with Huaxin Lithium Group."
    p = paragraph(1, text, people=["Marcelo Choque Arancibia"], orgs=["Huaxin Lithium Group"])
    got = [(t, a, b) for t, _, a, b, _ in events([p])]
    assert got == [("SIGN", "Marcelo Choque Arancibia", "Huaxin Lithium Group")]


def test_an_arrival_for_a_visit_is_one_journey():
    text = (
        "Burkina Faso's Prime Minister Issouf Zongo arrived in Niamey on Sunday for a two-day working visit, during"
        " which he was received by Niger's head of state, Moussa Garba."
    )
    p = paragraph(1, text, people=["Issouf Zongo", "Moussa Garba"], countries=["Burkina Faso", "Niger"],
                  places=["Niamey"])  # fmt: skip
    got = [(t, c, a, b) for t, c, a, b, _ in events([p])]
    assert ("VISIT", "042", "Issouf Zongo", "Niger") in got
    assert not any(c == "043" for _, c, _, _ in got)  # the hosting is that visit, told from the other side
    # (a hosting told before the arrival is another journey)
    text = "Hu Jintao, who was received by Queen Elizabeth last year, arrived in Paris on Monday for a state visit."
    earlier = paragraph(1, text, people=["Hu Jintao", "Queen Elizabeth"], places=["Paris"])
    assert ("VISIT", "043", "Queen Elizabeth", "Hu Jintao") in [(t, c, a, b) for t, c, a, b, _ in events([earlier])]


def test_a_visit_to_no_country_is_the_countrys_the_sentence_names_unless_it_names_another_place():
    from pipeline.lib.events.event_types import Event
    from pipeline.lib.events.extraction import visits_with_their_country

    here = "Zhao Minghui arrived here for an official visit to Kenya."
    africa = "Gordon Brown visited Kenya's biggest shantytown as he opened a week-long visit to Africa."
    p1 = paragraph(1, here, people=["Zhao Minghui"], countries=["Kenya"])
    p2 = paragraph(2, africa, people=["Gordon Brown"], countries=["Kenya"], places=["Africa"])
    rows = [
        Event(1, "VISIT", "042", "Zhao Minghui", None, "Nairobi", None, here, "arrived"),
        Event(1, "VISIT", "042", "Zhao Minghui", "Kenya", None, None, here, "visit"),
        Event(2, "VISIT", "042", "Gordon Brown", "Kenya", None, None, africa, "visited"),
        Event(2, "VISIT", "042", "Gordon Brown", None, "Africa", None, africa, "visit"),
    ]
    kept = visits_with_their_country(rows, [p1, p2])
    assert [(e.actor_a, e.actor_b, e.place) for e in kept] == [
        ("Zhao Minghui", "Kenya", None), ("Gordon Brown", "Kenya", None), ("Gordon Brown", None, "Africa")
    ]  # fmt: skip


def test_the_delegation_received_is_its_leaders_and_after_the_signing_is_a_time():
    text = "A delegation of the Lao People's Revolutionary Party led by Bounmy Keovongsa arrived in Pyongyang."
    party = ["Lao People's Revolutionary Party"]
    arrived = paragraph(1, text, orgs=party, people=["Bounmy Keovongsa"], places=["Pyongyang"])
    received = paragraph(
        2, "Kim Song Chol, a party secretary, received the delegation on Friday.", people=["Kim Song Chol"]
    )
    got = [(t, a, b) for t, _, a, b, _ in events([arrived, received])]
    assert ("MEET", "Kim Song Chol", "Bounmy Keovongsa") in got
    # (not another delegation, nor one the host led abroad)
    cuban = paragraph(2, "Kim Song Chol received the visiting Cuban delegation.", people=["Kim Song Chol"])
    assert not any(b == "Bounmy Keovongsa" for _, _, _, b, _ in events([arrived, cuban]))
    abroad = paragraph(1, "Kim Song Chol led a delegation to Vientiane last year.", people=["Kim Song Chol"])
    home = paragraph(2, "Kim Song Chol received the delegation on Friday.", people=["Kim Song Chol"])
    assert not any(t == "MEET" for t, _, _, _, _ in events([abroad, home]))
    signed = paragraph(1, "Ana Kell met Ben Dorr and they signed a treaty.", people=["Ana Kell", "Ben Dorr"])
    after = paragraph(2, "Speaking after the signing, Mr Dorr praised Oxfam.", people=["Dorr"], orgs=["Oxfam"])
    after = dataclasses.replace(after, entities=(EntitySpan(31, 35, "Ben Dorr", "PERSON"), after.entities[1]))
    got = [(t, a, b) for t, _, a, b, _ in events([signed, after])]
    assert [r for r in got if r[0] == "SIGN" and r[1] == "Ben Dorr"] == []


def test_a_country_told_of_by_its_region_is_the_last_one_named_there():
    text = "Namibia's Selma Nghikembua arrived in Cuba, where Ernesto Vidal received her."
    met = paragraph(1, text, countries=["Namibia", "Cuba"], people=["Selma Nghikembua", "Ernesto Vidal"])
    vidal = (EntitySpan(0, 5, "Ernesto Vidal", "PERSON"),)
    thanked = dataclasses.replace(
        paragraph(2, "Vidal thanked the southern African nation for its backing."), entities=vidal
    )
    plain = dataclasses.replace(paragraph(2, "Vidal thanked the nation for its backing."), entities=vidal)
    assert ("SUPPORT", "Ernesto Vidal", "Namibia") in [(t, a, b) for t, _, a, b, _ in events([met, thanked])]
    # (a region by its countries, where a continent would not say it: Egypt is in the Middle East)
    flew = paragraph(1, "Tony Blair held talks in Israel before flying to Egypt.", people=["Tony Blair"],
                     countries=["Israel", "Egypt"])  # fmt: skip
    blair = (EntitySpan(0, 5, "Tony Blair", "PERSON"),)
    east = dataclasses.replace(paragraph(2, "Blair praised the Middle Eastern nation for its reforms."), entities=blair)
    assert ("SUPPORT", "Tony Blair", "Egypt") in [(t, a, b) for t, _, a, b, _ in events([flew, east])]
    # (with no region said, the last country named, as before)
    assert ("SUPPORT", "Ernesto Vidal", "Cuba") in [(t, a, b) for t, _, a, b, _ in events([met, plain])]


GOVERNMENTS = {"USA": "United States", "RUS": "Russia", "GBR": "United Kingdom", "FRA": "France", "CHN": "China"}


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # a government named by its building or street acts as its country, as CAMEO codes it
        ("The White House condemned Iran over its missile test.", "White House", ("United States", "Iran")),
        ("Ana Ruiz accused the Kremlin of sabotaging the talks.", "Kremlin", ("Ana Ruiz", "Russia")),
        ("The Quai d'Orsay condemned Iran on Monday.", "Quai d'Orsay", ("France", "Iran")),
        ("A Downing Street spokesman criticised Iran.", "Downing Street", ("United Kingdom", "Iran")),
        # an organ whose name holds its country, which the article names nowhere else
        ("The U.S. State Department criticised Iran's ties with Beijing.", "U.S. State Department",
         ("United States", "Iran")),
        ("The Chinese Foreign Ministry criticised Iran.", "Chinese Foreign Ministry", ("China", "Iran")),
    ],
)  # fmt: skip
def test_a_government_named_by_its_building_or_organ_acts_as_its_country(text, org, expected):
    people = [n for n in ("Ana Ruiz",) if n in text]
    p = paragraph(1, text, people=people, countries=[c for c in ("Iran",) if c in text], orgs=[org])
    assert [e[2:4] for e in events_in_a_corpus([p], GOVERNMENTS) if e[0] == "CRITICIZE"] == [expected]
    # a country the corpus never names has no entity to act as: the organ acts
    assert [e[2] for e in events([p]) if e[0] == "CRITICIZE"] == [people[0] if people else org]


def test_a_government_building_after_a_word_of_place_is_where_it_happened():
    text = "Ana Ruiz met Tom Hale at the White House and praised Iran."
    p = paragraph(1, text, people=["Ana Ruiz", "Tom Hale"], countries=["Iran"], orgs=["White House"])
    got = article_events([p], {}, PARSE, {}, corpus_countries=GOVERNMENTS)[1]
    assert ("SUPPORT", "Ana Ruiz", "Iran") in [(e.event_type, e.actor_a, e.actor_b) for e in got]
    assert all("United States" not in (e.actor_a, e.actor_b) for e in got)


def test_a_leader_named_by_nationality_is_the_person_set_off_after_that_office():
    # stop 56: "received by the Burkinabè head of state, Captain Issouf Kaboré … the Burkinabè leader
    # thanked Venezuela": the person, not the country; likewise "Bolivia's health minister, X"
    first = paragraph(1, "Ana Rivas was received by the Burkinabè head of state, Captain Issouf Kaboré.",
                      people=["Ana Rivas", "Issouf Kaboré"], countries=["Burkinabè"])  # fmt: skip
    second = paragraph(2, "At the meeting, the Burkinabè leader thanked Venezuela for its solidarity.",
                       countries=["Burkinabè", "Venezuela"])  # fmt: skip
    assert ("SUPPORT", "051", "Issouf Kaboré", "Venezuela", None) in events([first, second])
    first = paragraph(1, "Bolivia's health minister, Marcela Quispe, met Tom Hale.", people=["Marcela Quispe",
                      "Tom Hale"], countries=["Bolivia"])  # fmt: skip
    second = paragraph(2, "The Bolivian minister praised Venezuela.", countries=["Bolivian", "Venezuela"])
    assert ("SUPPORT", "051", "Marcela Quispe", "Venezuela", None) in events([first, second])


def test_a_subject_hung_as_a_conjunct_of_an_opening_phrase_acts():
    # stop 56: "Back in Canberra, Greens leader X blamed Y": the parser made X a conjunct of Canberra
    text = 'Back in Canberra, Greens leader Sarah Hanlon blamed Cresswell for "embarrassing Australia in front of us."'
    p = paragraph(1, text, people=["Sarah Hanlon", "Cresswell"], countries=["Australia"], places=["Canberra"])
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "112", "Sarah Hanlon", "Cresswell")]


def test_support_of_a_measure_is_of_its_imposer():
    # stop 56: "… imposed sanctions on nine officials … Costa Rica's president also backed the
    # measures": the United States. (An organ named with no country stays itself: a dateline in
    # Havana over "The Treasury Department imposed …" is the target's capital, not the imposer's.)
    first = paragraph(
        1, "The United States on Thursday imposed sanctions on nine officials.", countries=["United States"]
    )
    second = paragraph(
        2, "Ana Ruiz welcomed the sanctions, and Tom Hale backed the measures.", people=["Ana Ruiz", "Tom Hale"]
    )
    got = [e[0:1] + e[2:4] for e in events([first, second])]
    assert ("SUPPORT", "Ana Ruiz", "United States") in got
    assert ("SUPPORT", "Tom Hale", "United States") in got
    first = paragraph(1, "HAVANA (Prensa Latina) — The Treasury Department imposed new sanctions on Cuban firms.",
                      orgs=["Treasury Department"], countries=["Cuban"])  # fmt: skip
    first = dataclasses.replace(first, dateline_place_entity="Havana")
    second = paragraph(2, "Ana Ruiz condemned the sanctions.", people=["Ana Ruiz"])
    second = dataclasses.replace(second, dateline_place_entity="Havana")
    assert ("CRITICIZE", "Ana Ruiz", "Treasury Department") in [e[0:1] + e[2:4] for e in events([first, second])]


def test_a_ruling_named_again_is_the_deciding_bodys():
    # stop 56: "The European Commission has fined Altura … US officials criticised the ruling"
    first = paragraph(1, "The European Commission has fined Altura Systems 380m euros for abusing its position.",
                      orgs=["European Commission", "Altura Systems"])  # fmt: skip
    second = paragraph(2, "The decision was praised by Penfold Software. Ana Ruiz criticised the ruling.",
                       people=["Ana Ruiz"], orgs=["Penfold Software"])  # fmt: skip
    got = [e[0:1] + e[2:4] for e in events([first, second])]
    assert ("SUPPORT", "Penfold Software", "European Commission") in got
    assert ("CRITICIZE", "Ana Ruiz", "European Commission") in got
    # a decision of its own says whose: "the decision to close the plant" is no body's told before
    second = paragraph(2, "Ana Ruiz criticised the decision to close the plant.", people=["Ana Ruiz"])
    assert ("CRITICIZE", "Ana Ruiz", "European Commission") not in [e[0:1] + e[2:4] for e in events([first, second])]


def test_the_firm_of_a_nationality_is_the_one_described_so():
    # stop 56: "British group Harcourt … Dutch rival Van der Meulen … praised the Dutch firm"
    first = paragraph(1, "Dutch engineering group Van der Meulen Industrie has agreed to buy British rival "
                      "Harcourt Holdings.", orgs=["Harcourt Holdings", "Van der Meulen Industrie"],
                      countries=["British", "Dutch"])  # fmt: skip
    second = paragraph(2, "Nigel Amory praised the Dutch firm as the right partner.", people=["Nigel Amory"],
                       countries=["Dutch"])  # fmt: skip
    assert ("SUPPORT", "Nigel Amory", "Van der Meulen Industrie") in [e[0:1] + e[2:4] for e in events([first, second])]


def test_the_articles_own_dateline_places_its_own_text():
    from pipeline.lib.events.extraction import dateline_places
    from pipeline.lib.text.articles import parse_document

    (article,) = parse_document(
        "Title\n\nBEIJING, March 4 (Xinhua) -- Mr Li met Mr Wang here.\n\nThey talked.\n"
    ).articles
    assert dateline_places(article, {"beijing": "Beijing"}) == {0: "Beijing"}


def test_a_host_of_no_known_country_hosts_in_the_datelines_country():
    # stop 56: "HAVANA, May 12 — X welcomed at the Capitol a delegation of Angola headed by Y": Y's
    # visit to Cuba, where the story was filed
    text = ("HAVANA, May 12 (Prensa Latina) — Ramiro Soto welcomed at the Capitol on Thursday a delegation of "
            "Angola headed by Luzia Kiala, which is on an official visit to the island at the invitation of the "
            "Cuban parliament.")  # fmt: skip
    p = paragraph(1, text, people=["Ramiro Soto", "Luzia Kiala"], countries=["Angola", "Cuban"])
    second = paragraph(2, "Cuba and Angola are old friends.", countries=["Cuba", "Angola"])
    filed = [dataclasses.replace(x, dateline_place_entity="Havana") for x in (p, second)]
    assert {("VISIT", "042", "Luzia Kiala", "Cuba"), ("VISIT", "042", "Luzia Kiala", "Cuban")} & {
        e[:4] for e in events(filed)
    }  # (the test's country ids are the names written)
    # (with no dateline, and no visit told, no country for the host)
    plain = paragraph(1, text.split(", who")[0] + ".", people=["Ramiro Soto", "Luzia Kiala"], countries=["Angola"])
    assert ("VISIT", "042", "Luzia Kiala", "Cuba") not in [e[:4] for e in events([plain, second])]


def test_a_thing_being_done_after_a_verb_is_its_object():
    # stop 56: "slammed the exercises being staged by the U.S. and the south Korean puppet military"
    text = ("A spokesman for North Korea on Tuesday slammed the joint military exercises being staged by the "
            "U.S. and South Korea.")  # fmt: skip
    p = paragraph(1, text, countries=["North Korea", "U.S.", "South Korea"])
    got = [e[:4] for e in events([p])]
    assert ("CRITICIZE", "111", "North Korea", "U.S.") in got
    assert ("CRITICIZE", "111", "North Korea", "South Korea") in got


def test_a_guest_by_nationality_is_the_person_named_of_that_country():
    # stop 56: "received the Vice President of the Republic of Cuba, Salvador Medina Cárdenas … the
    # Cuban guest held talks with Prime Minister X": the guest, not Cuba
    text = "Ana Ruiz received the Vice President of the Republic of Cuba, Salvador Medina, in Windhoek."
    names = dict(people=["Ana Ruiz", "Salvador Medina"], countries=["Republic of Cuba"], places=["Windhoek"])
    first = paragraph(1, text, **names)
    second = paragraph(2, "On Wednesday the Cuban guest held talks with Prime Minister Elijah Haufiku.",
                       people=["Elijah Haufiku"], countries=["Cuban"])  # fmt: skip
    people = {"Salvador Medina": Person(gender="M"), "Ana Ruiz": Person(gender="F")}  # (as the asset reads them)
    got = [e[:4] for e in events([first, second], people)]
    assert ("MEET", "040", "Salvador Medina", "Elijah Haufiku") in got
    # "the guest" alone says no one's
    second = paragraph(
        2, "On Wednesday the guest held talks with Prime Minister Elijah Haufiku.", people=["Elijah Haufiku"]
    )
    assert ("MEET", "040", "Salvador Medina", "Elijah Haufiku") not in [e[:4] for e in events([first, second], people)]


def test_a_foreign_office_or_an_embassy_out_front_is_no_government_by_its_building():
    # review of 17bfe3a: Pakistan's and Germany's ministries are "the Foreign Office" too; protesters
    # "in front of the Venezuelan Embassy" are not Venezuela
    p = paragraph(1, "The Foreign Office on Tuesday condemned India for the firing.", orgs=["Foreign Office"],
                  countries=["India"])  # fmt: skip
    assert [e[2] for e in events_in_a_corpus([p], GOVERNMENTS) if e[0] == "CRITICIZE"] == ["Foreign Office"]
    text = "In Lima, protesters in front of the Venezuelan Embassy condemned Hugo Chavez."
    p = paragraph(1, text, people=["Hugo Chavez"], orgs=["Venezuelan Embassy"], places=["Lima"])
    assert all(e[2] != "Venezuela" for e in events_in_a_corpus([p], {"VEN": "Venezuela"}))


def test_an_office_before_a_name_that_opens_its_clause_is_not_the_names():
    # review of 17bfe3a: "After talks with the Bolivian president, Hugo Chavez flew …": Chavez is no
    # Bolivian leader
    first = paragraph(1, "After talks with the Bolivian president, Hugo Chavez flew to Havana.",
                      people=["Hugo Chavez"], countries=["Bolivian"], places=["Havana"])  # fmt: skip
    second = paragraph(2, "The Bolivian leader later criticised the United States.",
                       countries=["Bolivian", "United States"])  # fmt: skip
    assert ("Hugo Chavez", "United States") not in [e[2:4] for e in events([first, second]) if e[0] == "CRITICIZE"]


def test_a_decision_told_last_by_a_person_or_with_its_own_maker_is_no_bodys():
    # review of 17bfe3a: the nearest deciding clause rules, and a person's decision is not a body's
    first = paragraph(1, "The Senate Armed Services Committee voted last week to expand the budget.",
                      orgs=["Senate Armed Services Committee"])  # fmt: skip
    second = paragraph(2, "On Monday, Defence Secretary Donald Rumsfeld decided to close 33 bases.",
                       people=["Donald Rumsfeld"])  # fmt: skip
    third = paragraph(3, "Senator Trent Lott criticised the decision.", people=["Trent Lott"])
    assert [e[3] for e in events([first, second, third]) if e[0] == "CRITICIZE"] in ([], [None])
    second = paragraph(2, "The European Commission is expected to announce its ruling next month.",
                       orgs=["European Commission"])  # fmt: skip
    first = paragraph(1, "Microsoft was cleared of the charges.", orgs=["Microsoft"])
    third = paragraph(3, "RealNetworks criticised the ruling.", orgs=["RealNetworks"])
    assert "European Commission" not in [e[3] for e in events([first, second, third])]


def test_a_nationality_not_written_with_the_firm_does_not_describe_it():
    # review of 17bfe3a: "The Dutch unit of Altura Systems, a US software company, was sold to Van der
    # Meulen, the Dutch engineering group … the Dutch firm": Van der Meulen
    text = ("The Dutch unit of Altura Systems, a US software company, was sold to Van der Meulen, the Dutch "
            "engineering group.")  # fmt: skip
    first = paragraph(1, text, orgs=["Altura Systems", "Van der Meulen"], countries=["US"])
    second = paragraph(2, "Nigel Amory praised the Dutch firm.", people=["Nigel Amory"])
    assert ("SUPPORT", "Nigel Amory", "Van der Meulen") in [e[0:1] + e[2:4] for e in events([first, second])]


def test_an_eras_name_is_no_proper_noun_mended():
    from pipeline.lib.events.meetings import ParseCache

    (doc,) = ParseCache()(
        ["The Mikhail Gorbachev-era reforms were praised by Polish President Aleksander Kwasniewski."]
    )
    assert next(t for t in doc if t.text == "era").pos_ != "PROPN"


def test_the_guest_named_after_an_object_written_after_where_and_when_is_received():
    # stop 45: "received on Monday at the Palace of the Revolution the Minister of External
    # Relations of Angola, Teresa Kassoma, who …": the name the parser hung on the palace too
    text = ("Cuban Vice President Ernesto Portal received on Monday at the Palace of the Revolution the Minister of "
            "External Relations of Angola, Teresa Kassoma, who is paying an official visit to the island.")  # fmt: skip
    p = paragraph(1, text, people=["Ernesto Portal", "Teresa Kassoma"], countries=["Cuban", "Angola"],
                  places=["Palace of the Revolution"])  # fmt: skip
    assert ("MEET", "040", "Ernesto Portal", "Teresa Kassoma") in [e[:4] for e in events([p])]


def test_a_clause_on_the_hosts_name_says_nothing_of_the_hosts_country():
    # stop 55: "the Namibian guest was received by the President of the Assembly, X, who thanked the
    # Namibian people": no visit to Namibia
    first = paragraph(1, "HAVANA, May 3 — Selma Nghikembua arrived in Havana on Monday.", people=["Selma Nghikembua"],
                      places=["Havana"])  # fmt: skip
    text = ("On Tuesday she was received by the President of the National Assembly, Aurelio Mesa, who thanked "
            "the Namibian people.")  # fmt: skip
    second = paragraph(2, text, people=["Aurelio Mesa"], countries=["Namibian"])
    assert ("VISIT", "042", "Selma Nghikembua", "Namibian") not in [e[:4] for e in events([first, second])]


def test_a_guest_is_no_ambassador_and_a_name_opening_its_clause_takes_no_office():
    # review of 71e67ea: the Cuban ambassador in the suite is not "the Cuban guest"; "In a message to
    # the Prime Minister of India, Fidel Castro, who …" is no Indian
    text = "Ana Ruiz received Cuban Vice President Esteban Lazo, who was accompanied by Cuban Ambassador Ernesto Gomez."
    first = paragraph(1, text, people=["Ana Ruiz", "Esteban Lazo", "Ernesto Gomez"], countries=["Cuban"])
    second = paragraph(2, "On Wednesday the Cuban guest praised Prime Minister Nahas Angula.", people=["Nahas Angula"],
                       countries=["Cuban"])  # fmt: skip
    people = {"Esteban Lazo": Person(gender="M"), "Ernesto Gomez": Person(gender="M"), "Ana Ruiz": Person(gender="F")}
    assert ("Ernesto Gomez", "Nahas Angula") not in [e[2:4] for e in events([first, second], people)]
    text = (
        "In a message to the Prime Minister of India, Fidel Castro, who turns 79 this week, thanked the Indian people."
    )
    first = paragraph(1, text, people=["Fidel Castro"], countries=["India", "Indian"])
    second = paragraph(2, "The Indian guest later praised Hu Jintao.", people=["Hu Jintao"], countries=["Indian"])
    assert ("Fidel Castro", "Hu Jintao") not in [e[2:4] for e in events([first, second], {"Fidel Castro": Person()})]


def test_a_clause_stating_the_hosts_office_gives_the_hosts_country():
    # review of 71e67ea: "The Speaker, Theo-Ben Gurirab, who heads the Namibian parliament, received
    # Ricardo Alarcon": Alarcon's visit to Namibia
    text = "The Speaker, Theo-Ben Gurirab, who heads the Namibian parliament, received Ricardo Alarcon on Monday."
    p = paragraph(1, text, people=["Theo-Ben Gurirab", "Ricardo Alarcon"], countries=["Namibian"])
    assert ("VISIT", "042", "Ricardo Alarcon", "Namibian") in [e[:4] for e in events([p])]


def test_a_decision_inside_what_a_body_ruled_is_no_deciding():
    # review of 71e67ea: "EU sugar subsidies, approved by Brussels in 2003" is what the WTO ruled on
    first = paragraph(1, "The World Trade Organisation ruled that EU sugar subsidies, approved by the European "
                      "Commission in 2003, broke trade rules.", orgs=["World Trade Organisation",
                      "European Commission"])  # fmt: skip
    second = paragraph(2, "Brazil welcomed the decision.", countries=["Brazil"])
    assert ("SUPPORT", "Brazil", "World Trade Organisation") in [e[0:1] + e[2:4] for e in events([first, second])]


def test_a_host_abroad_or_of_an_international_body_hosts_in_no_datelines_country():
    # review of 71e67ea: "WASHINGTON — Rice travelled to Islamabad. There, Musharraf received her";
    # "NEW YORK — UN Secretary-General Kofi Annan received …"; "At the summit in Kuala Lumpur, …"
    first = paragraph(1, "WASHINGTON (Reuters) — Condoleezza Rice travelled to Islamabad on Thursday.",
                      people=["Condoleezza Rice"], places=["Islamabad"])  # fmt: skip
    second = paragraph(2, "There, Pervez Musharraf received Rice on Friday.", people=["Pervez Musharraf", "Rice"])
    third = paragraph(3, "Pakistan and the United States are allies.", countries=["Pakistan", "United States"])
    filed = [dataclasses.replace(p, dateline_place_entity="Washington") for p in (first, second, third)]
    people = {"Condoleezza Rice": Person(gender="F"), "Rice": Person(gender="F")}
    assert ("VISIT", "042", "Rice", "United States") not in [e[:4] for e in events(filed, people)]
    text = "UN Secretary-General Kofi Annan received the Foreign Minister of Namibia, Marco Hausiku, on Monday."
    first = paragraph(1, "NEW YORK (AP) — " + text, people=["Kofi Annan", "Marco Hausiku"], countries=["Namibia"])
    second = paragraph(2, "The United States and Namibia agree.", countries=["United States", "Namibia"])
    filed = [dataclasses.replace(p, dateline_place_entity="New York") for p in (first, second)]
    assert ("VISIT", "042", "Marco Hausiku", "United States") not in [e[:4] for e in events(filed)]


def test_an_office_set_off_late_in_a_sentence_that_opens_with_a_phrase_is_the_names():
    # stop 44: "On Thursday the 58-year-old, now director of the trust, signed an agreement with
    # Germany's culture minister, Katrin Oberhauser, … attacked the minister": her
    text = ("On Thursday the 58-year-old, now director of the Benin Heritage Trust, signed an agreement with "
            "Germany's culture minister, Katrin Oberhauser, in Berlin.")  # fmt: skip
    first = paragraph(1, text, people=["Katrin Oberhauser"], countries=["Germany"], orgs=["Benin Heritage Trust"],
                      places=["Berlin"])  # fmt: skip
    text = "Jürgen Haselbach, culture spokesman of the opposition, attacked the minister, accusing her of lying."
    second = paragraph(2, text, people=["Jürgen Haselbach"])
    people = {"Katrin Oberhauser": Person(gender="F"), "Jürgen Haselbach": Person(gender="M")}
    assert ("CRITICIZE", "Jürgen Haselbach", "Katrin Oberhauser") in [
        e[0:1] + e[2:4] for e in events([first, second], people)
    ]  # fmt: skip


def test_a_delegation_greeted_on_arrival_is_its_leaders_reception():
    # stop 56: "A delegation of the Lao People's Revolutionary Party led by X arrived here … ‖ It was
    # greeted at the airport by Y": Y received X (a meeting), as agency copy tells an arrival
    text = "A delegation of the Lao People's Revolutionary Party led by Khamphone Sisavath arrived here on Tuesday."
    first = paragraph(1, text, people=["Khamphone Sisavath"], orgs=["Lao People's Revolutionary Party"])
    second = paragraph(2, "It was greeted at the airport by Ri Chol Ung, vice-chairman of the Central Committee.",
                       people=["Ri Chol Ung"])  # fmt: skip
    got = [e[:4] for e in events([first, second])]
    assert ("MEET", "040", "Ri Chol Ung", "Khamphone Sisavath") in got
    assert all(e[0] != "SUPPORT" for e in got)  # a greeting at the airport is no praise


def test_a_guest_welcomed_on_arrival_with_honours_is_the_hosts_reception():
    # stop 57: "arrived in Caracas … and was welcomed at Miraflores Palace with military honours by
    # X": X received the guest (the parser hangs the "by" on the honours: `with_passive_agents_restored`)
    text = ("Ugandan President Joseph Okello arrived in Nairobi on Monday and was welcomed at State House with a "
            "21-gun salute by Kenyan President Daniel Mutua.")  # fmt: skip
    got = [e[:4] for e in events([paragraph(1, text, people=["Joseph Okello", "Daniel Mutua"], places=["Nairobi"])])]
    assert ("MEET", "040", "Daniel Mutua", "Joseph Okello") in got
    assert all(e[0] != "SUPPORT" for e in got)  # a welcome with honours is no praise
    # a thing welcomed is praise, with what or by whom it was welcomed, even one that "arrived"
    # (the first review: "Brown's budget was welcomed with a fanfare by the CBI")
    for text in ("Joseph Okello's plan was welcomed with enthusiasm by Daniel Mutua.",
                 "Joseph Okello's plan was welcomed with a fanfare by Daniel Mutua.",
                 "Joseph Okello's plan arrived on Monday and was welcomed by Daniel Mutua."):  # fmt: skip
        got = [e[:4] for e in events([paragraph(1, text, people=["Joseph Okello", "Daniel Mutua"])])]
        assert got == [("SUPPORT", "051", "Daniel Mutua", "Joseph Okello")], text


def test_a_passive_verbs_by_phrase_hung_on_a_noun_is_its_agent():
    # "was criticised in a report by Amnesty International": the critic is the report's author
    text = "Ana Kell was criticised in a report by Amnesty International for the killings."
    p = paragraph(1, text, people=["Ana Kell"], orgs=["Amnesty International"])
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "111", "Amnesty International", "Ana Kell")]
    # (not a deadline: "by Monday"; not the doer of a deed one is criticised for, the first review's
    # "criticised for the sale of Hawk jets by BAE Systems")
    text = "Ana Kell was criticised at the meeting by Monday's papers."
    assert all(e[2] is None for e in events([paragraph(1, text, people=["Ana Kell"])]))
    text = "Ana Kell was criticised for the sale of jets by BAE Systems to Indonesia."
    assert all(e[2] is None for e in events([paragraph(1, text, people=["Ana Kell"], orgs=["BAE Systems"])]))


def test_the_two_sides_of_a_meeting_of_two_states_officials_are_the_states():
    # stop 57: "Ma held a phone conversation with Santoso … the two sides signed": the two countries,
    # as diplomatic copy means them; "the two presidents" are the two people
    first = paragraph(1, "Kenyan President Daniel Mutua held talks with Ugandan President Joseph Okello on Monday.",
                      people=["Daniel Mutua", "Joseph Okello"], countries=["Kenyan", "Ugandan"])  # fmt: skip
    sides = paragraph(2, "The two sides signed an agreement on a new railway.")
    assert [e[2:4] for e in events([first, sides]) if e[0] == "SIGN"] == [("Kenyan", "Ugandan")]
    presidents = paragraph(2, "The two presidents signed an agreement on a new railway.")
    assert [e[2:4] for e in events([first, presidents]) if e[0] == "SIGN"] == [("Daniel Mutua", "Joseph Okello")]
    # (people of two nations who serve no state are not their states: the first review's managers)
    text = "French manager Arsene Wenger met Portuguese coach Jose Mourinho on Friday."
    first = paragraph(1, text, people=["Arsene Wenger", "Jose Mourinho"], countries=["French", "Portuguese"])
    assert [e[2:4] for e in events([first, sides]) if e[0] == "SIGN"] == [("Arsene Wenger", "Jose Mourinho")]


def test_with_whom_is_whom_its_clause_tells_of():
    # stop 57: "held talks with his Angolan counterpart, X, with whom he signed …"
    text = "Peruvian Foreign Minister Luis Salas met his Chilean counterpart, Ana Fuentes, with whom he signed a pact."
    got = [e[:4] for e in events([paragraph(1, text, people=["Luis Salas", "Ana Fuentes"])])]
    assert ("SIGN", "057", "Luis Salas", "Ana Fuentes") in got
    text = "Mr Salas flew to Santiago to see Ana Fuentes, with whom he held talks on fisheries."
    got = [e[:4] for e in events([paragraph(1, text, people=["Salas", "Ana Fuentes"], places=["Santiago"])])]
    assert ("MEET", "040", "Salas", "Ana Fuentes") in got


def test_his_country_is_the_country_of_whom_the_clause_tells():
    # stop 57: after a Cuban minister was named, "the Angolan head of state reiterated his country's
    # condemnation of the blockade imposed by the United States": Angola's, not Cuba's
    first = paragraph(1, "Angolan President Pedro Alves received Cuban Foreign Minister Rui Soto on Monday.",
                      people=["Pedro Alves", "Rui Soto"], countries=["Angolan", "Cuban"])  # fmt: skip
    text = (
        "The Angolan head of state reiterated his country's condemnation of the blockade imposed by the United States."
    )
    second = paragraph(2, text, countries=["Angolan", "United States"])
    got = [e[:4] for e in events([first, second]) if e[0] == "CRITICIZE"]
    assert got == [("CRITICIZE", "111", "Angolan", "United States")]
    # with a person for subject, the country written with their office
    text = "Rui Soto reiterated his country's condemnation of the blockade imposed by the United States."
    second = paragraph(2, text, people=["Rui Soto"], countries=["United States"])
    people = {"Pedro Alves": Person(gender="M"), "Rui Soto": Person(gender="M")}
    got = [e[:4] for e in events([first, second], people) if e[0] == "CRITICIZE"]
    assert got == [("CRITICIZE", "111", "Cuban", "United States")]
    # "his country" itself the subject: the person "his" means
    first = paragraph(
        1, "Angolan President Pedro Alves spoke on Monday.", people=["Pedro Alves"], countries=["Angolan"]
    )
    second = paragraph(
        2, "His country condemned the blockade imposed by the United States.", countries=["United States"]
    )
    got = [e[:4] for e in events([first, second], people) if e[0] == "CRITICIZE"]
    assert got == [("CRITICIZE", "111", "Angolan", "United States")]


def test_one_denounced_as_something_for_meeting_someone_met_them():
    # stop 57: "denounced Han as a 'traitor' for meeting Morimoto": Han met Morimoto, not the critic
    text = ("North Korea's state media denounced South Korean President Han Seung-woo as a traitor for meeting "
            "Japanese Prime Minister Kenji Morimoto.")  # fmt: skip
    p = paragraph(1, text, people=["Han Seung-woo", "Kenji Morimoto"], countries=["North Korea"])
    got = [e[:4] for e in events([p])]
    assert ("MEET", "040", "Han Seung-woo", "Kenji Morimoto") in got
    assert ("CRITICIZE", "111", "North Korea", "Han Seung-woo") in got
    assert all(e[2] != "North Korea" for e in got if e[0] == "MEET")
    # the first review: "branded Livingstone a disgrace for meeting Qaradawi", no "as"
    text = "The Conservatives branded Ken Livingstone a disgrace for meeting Yusuf Qaradawi."
    p = paragraph(1, text, people=["Ken Livingstone", "Yusuf Qaradawi"], orgs=["Conservatives"])
    got = [e[:4] for e in events([p])]
    assert ("MEET", "040", "Ken Livingstone", "Yusuf Qaradawi") in got
    assert ("CRITICIZE", "111", "Conservatives", "Ken Livingstone") in got
    # the label as a second object (the second review)
    text = "Ariel Sharon branded Jacques Chirac a hypocrite for meeting Yasser Arafat."
    p = paragraph(1, text, people=["Ariel Sharon", "Jacques Chirac", "Yasser Arafat"])
    assert ("MEET", "040", "Jacques Chirac", "Yasser Arafat") in [e[:4] for e in events([p])]


def test_who_after_the_body_of_an_office_is_its_holder():
    # stop 57: "received by X, president of the National Assembly of the Lao PDR, who highly
    # appreciated …": the president appreciated it, not the Assembly
    text = ("The delegation was received by Bounmy Phommachanh, president of the National Assembly of the Lao "
            "People's Democratic Republic, who highly appreciated the efforts of the DPRK.")  # fmt: skip
    assembly = "National Assembly of the Lao People's Democratic Republic"
    p = paragraph(1, text, people=["Bounmy Phommachanh"], orgs=[assembly], countries=["DPRK"])
    assert [e[:4] for e in events([p]) if e[0] == "SUPPORT"] == [("SUPPORT", "051", "Bounmy Phommachanh", "DPRK")]
    # with no name beside the office, the body (the first review's World Bank)
    text = "Yoweri Museveni met the president of the World Bank, who praised Uganda's economic reforms."
    p = paragraph(1, text, people=["Yoweri Museveni"], orgs=["World Bank"], countries=["Uganda"])
    assert [e[:4] for e in events([p]) if e[0] == "SUPPORT"] == [("SUPPORT", "051", "World Bank", "Uganda")]


def test_a_purpose_of_a_journey_to_come_is_not_done():
    # stop 57: "The Vietnamese visitors will travel to Santiago on Friday to pay tribute at …": a
    # tribute to come; "will support" alone stays a stance told now, and a journey made is done
    text = "Mr Lula will fly to Havana next week to thank Cuba for its doctors."
    p = paragraph(1, text, people=["Lula"], countries=["Cuba"], places=["Havana"])
    assert [e for e in events([p]) if e[0] == "SUPPORT"] == []
    text = "Mr Lula flew to Havana last week to thank Cuba for its doctors."
    p = paragraph(1, text, people=["Lula"], countries=["Cuba"], places=["Havana"])
    assert [e[:4] for e in events([p]) if e[0] == "SUPPORT"] == [("SUPPORT", "051", "Lula", "Cuba")]
    p = paragraph(1, "Mr Lula will support Cuba at the United Nations.", people=["Lula"], countries=["Cuba"])
    assert [e[:4] for e in events([p]) if e[0] == "SUPPORT"] == [("SUPPORT", "053", "Lula", "Cuba")]


def test_a_second_with_of_a_call_is_a_second_partner():
    # stop 57: "spoke by phone … with his Colombian counterpart, X, and with Venezuela's Y": the
    # parser makes the second "with" a conjunct of the verb
    text = ("Brazil's foreign minister, Paulo Lemos, spoke by phone on Tuesday with his Peruvian counterpart, "
            "Ana Rivas, and with Chile's Jorge Soto.")  # fmt: skip
    p = paragraph(1, text, people=["Paulo Lemos", "Ana Rivas", "Jorge Soto"], countries=["Brazil", "Chile"])
    got = [e[2:4] for e in events([p]) if e[0] == "MEET"]
    assert ("Paulo Lemos", "Ana Rivas") in got and ("Paulo Lemos", "Jorge Soto") in got


def test_what_one_is_accused_of_is_no_part_of_the_office_that_names_them():
    # stop 57: "accused the German minister of 'hypocrisy'": the minister the article named, not
    # Germany; "of hypocrisy" is the charge, as "of lying" is
    first = paragraph(1, "German Foreign Minister Sabine Keller visited Moscow on Monday.", people=["Sabine Keller"],
                      countries=["German"], places=["Moscow"])  # fmt: skip
    second = paragraph(2, "Russian spokeswoman Irina Orlova accused the German minister of hypocrisy.",
                       people=["Irina Orlova"], countries=["Russian", "German"])  # fmt: skip
    people = {"Sabine Keller": Person(gender="F"), "Irina Orlova": Person(gender="F")}
    got = [e[2:4] for e in events([first, second], people) if e[0] == "CRITICIZE"]
    assert got == [("Irina Orlova", "Sabine Keller")]


def test_an_agreement_between_two_sides_signed_with_no_signer_named_is_theirs():
    # stop 57: "An agreement on exchange and cooperation between the X and the Y was signed there":
    # the parser hangs the "between" on the noun inside the agreement's name
    first = paragraph(1, "A delegation of the National Assembly of Vietnam visited Laos.",
                      orgs=["National Assembly of Vietnam"], countries=["Laos"])  # fmt: skip
    text = "An agreement on aid between the National Assembly of Vietnam and the National Assembly of Laos was signed."
    second = paragraph(2, text, orgs=["National Assembly of Vietnam", "National Assembly of Laos"])
    got = [e[2:4] for e in events([first, second]) if e[0] == "SIGN"]
    assert got == [("National Assembly of Vietnam", "National Assembly of Laos")]


def test_two_officials_each_named_after_their_office_sign_with_each_other():
    # stop 57: "The Minister of Foreign Affairs of Bolivia, X, and her Mexican counterpart, Y, signed on
    # Monday at the palace a memorandum": the small model makes the memorandum the root
    text = ("The Minister of Foreign Affairs of Peru, Ana Rivas Soto, and her Chilean counterpart, Jorge Mena Diaz, "
            "signed on Monday at the Palacio Quemado a memorandum of understanding on lithium.")  # fmt: skip
    p = paragraph(1, text, people=["Ana Rivas Soto", "Jorge Mena Diaz"], countries=["Peru", "Chilean"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Ana Rivas Soto", "Jorge Mena Diaz")]


def test_they_in_a_clause_after_two_named_people_are_the_two():
    # stop 57: "Mejía and Rangel last met in Cartagena in November, when they signed a border pact"
    text = "Juan Mejia and Luis Rangel last met in Cartagena in November, when they signed a border security pact."
    p = paragraph(1, text, people=["Juan Mejia", "Luis Rangel"], places=["Cartagena"])
    got = [e[:4] for e in events([p])]
    assert ("SIGN", "057", "Juan Mejia", "Luis Rangel") in got


def test_a_firm_that_agreed_to_be_bought_signed_with_its_buyer():
    # stop 57: "after it agreed to be bought by its Dutch rival X in a deal worth £2.1bn", as "agreed
    # to buy" is a deal signed by both
    text = "Shares in Hartley & Crane jumped 12% after it agreed to be bought by its Dutch rival Norvik in a deal."
    p = paragraph(1, text, orgs=["Hartley & Crane", "Norvik"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "Hartley & Crane", "Norvik")]
    # (a plan to be bought is none)
    text = "Hartley & Crane hopes to be bought by its Dutch rival Norvik."
    assert events([paragraph(1, text, orgs=["Hartley & Crane", "Norvik"])]) == []


def test_brussels_acting_is_the_european_union_the_article_names():
    # stop 57: "Mr Whitford blamed Brussels for the breakdown", in a story on the EU's subsidies; as a
    # place ("met in Brussels") it stays the city, and with no EU named, nothing stands for it
    text = "The European Union filed a complaint. Mr Whitford blamed Brussels for the breakdown. They met in Brussels."
    p = paragraph(1, text, people=["Whitford"], orgs=["European Union"], places=["Brussels"])
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {})
    assert [(a, b) for t, _, a, b, _ in events(ins) if t == "CRITICIZE"] == [("Whitford", "European Union")]
    text = "Mr Whitford blamed Brussels for the breakdown."
    p = paragraph(1, text, people=["Whitford"], places=["Brussels"])
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {})
    assert [e for e in events(ins) if e[0] == "CRITICIZE"] == []
    # a story that names Belgium may mean Belgium by it (the first review)
    text = "Belgium and the EU were at odds. Brussels criticised Congo over the vote."
    p = paragraph(1, text, orgs=["EU"], countries=["Belgium", "Congo"], places=["Brussels"])
    ins, _ = meeting_paragraphs([(1, 0, text, "text")], {1: p.entities}, [], {}, {})
    assert all(e[2] != "EU" for e in events(ins))


def test_a_past_verb_read_as_a_passive_with_no_auxiliary_is_active():
    # stop 57: "The outgoing chairman of the AU, X, handed over to Y and thanked Ethiopia": the parser
    # read "handed" as a passive, and no one thanked Ethiopia
    text = ("The outgoing chairman of the AU, Ghanaian President Kofi Mensah, handed over to Senegal's Amadou Diouf "
            "and thanked Ethiopia for hosting the summit.")  # fmt: skip
    p = paragraph(1, text, people=["Kofi Mensah", "Amadou Diouf"], countries=["Ghanaian", "Senegal", "Ethiopia"],
                  orgs=["AU"])  # fmt: skip
    assert [e[:4] for e in events([p])] == [("SUPPORT", "051", "Kofi Mensah", "Ethiopia")]
    # (a headline's passive keeps its "by": "Mugabe condemned by Britain")
    p = paragraph(1, "Mugabe condemned by Britain over the election", people=["Mugabe"], countries=["Britain"])
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "111", "Britain", "Mugabe")]


def test_a_thing_condemned_as_what_someone_called_it_is_the_object():
    # stop 57: "condemned what she called the 'brutal' crackdown on protesters by the government of X"
    text = ('Carol Marsh condemned what she called the "brutal" crackdown on protesters by the government of '
            "President Anatoly Zhuk.")  # fmt: skip
    p = paragraph(1, text, people=["Carol Marsh", "Anatoly Zhuk"])
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "111", "Carol Marsh", "Anatoly Zhuk")]
    # the "by" hung on whom it was done to (the second review)
    text = "The European Union condemned what it called the crackdown on the opposition by Alexander Lukashenko."
    p = paragraph(1, text, people=["Alexander Lukashenko"], orgs=["European Union"])
    assert [e[:4] for e in events([p])] == [("CRITICIZE", "111", "European Union", "Alexander Lukashenko")]


def test_a_quality_praised_is_its_owners():
    # stop 57: "Vance's new label, US-based Orbit Music, praised her integrity": her, as "his courage" is his
    first = paragraph(1, "Pop star Kerry Vale has left her label.", people=["Kerry Vale"])
    second = paragraph(2, "Her new label, Orbit Music, praised her integrity.", orgs=["Orbit Music"])
    people = {"Kerry Vale": Person(gender="F")}
    assert [e[:4] for e in events([first, second], people)] == [("SUPPORT", "051", "Orbit Music", "Kerry Vale")]


def test_a_bid_accepted_is_a_deal_with_the_bidder():
    # BBC business/188: "MCI accepted a $6.75bn buyout from telecoms giant Verizon": the deal is made,
    # with the bidder; an offer with no bidder named, or a higher one rejected, is none
    text = "MCI accepted a $6.75bn buyout from telecoms giant Verizon on Monday, rejecting a higher offer from Qwest."
    p = paragraph(1, text, orgs=["MCI", "Verizon", "Qwest"])
    assert [e[:4] for e in events([p])] == [("SIGN", "057", "MCI", "Verizon")]
    p = paragraph(1, "The Norvik board accepted the offer on Monday.", orgs=["Norvik"])
    assert events([p]) == []
    # the second review: a bid for a player, an offer of talks or to do something is no deal
    for text, orgs in (
        ("Liverpool have accepted a £10m offer from Real Madrid for Michael Owen.", ["Liverpool", "Real Madrid"]),
        ("Manchester United have accepted a bid from Chelsea for striker Tom Hale.", ["Manchester United", "Chelsea"]),
        ("Norvik accepted an offer from Baltica of talks on the merger.", ["Norvik", "Baltica"]),
        ("Norvik accepted an offer from the European Commission to settle it.", ["Norvik", "European Commission"]),
    ):  # fmt: skip
        p = paragraph(1, text, orgs=orgs, people=["Michael Owen"] if "Owen" in text else [])
        assert [e for e in events([p]) if e[0] == "SIGN"] == [], text


def test_the_leader_of_a_nationality_is_its_one_official_named_where_none_leads_it():
    # stop 57: "X, member of the Political Bureau of the Communist Party of Cuba, received … ‖ The
    # Cuban leader thanked Vietnam": X, the one Cuban official named (a head of state named goes first)
    text = ("Ramon Cabrera, member of the Political Bureau of the Communist Party of Cuba, received a delegation "
            "of the Communist Party of Vietnam.")  # fmt: skip
    first = paragraph(1, text, people=["Ramon Cabrera"], orgs=["Communist Party of Cuba", "Communist Party of Vietnam"])
    second = paragraph(2, "The Cuban leader thanked Vietnam for its rice.", countries=["Cuban", "Vietnam"])
    assert ("SUPPORT", "051", "Ramon Cabrera", "Vietnam") in [e[:4] for e in events([first, second])]
    # two Cuban officials: which one, the text does not say
    text = ("Ramon Cabrera, member of the Political Bureau of the Communist Party of Cuba, and Ana Ruiz, head of "
            "the International Department of the Communist Party of Cuba, received a delegation.")  # fmt: skip
    first = paragraph(1, text, people=["Ramon Cabrera", "Ana Ruiz"], orgs=["Communist Party of Cuba"])
    got = [e[:4] for e in events([first, second])]
    assert all(e[2] not in ("Ramon Cabrera", "Ana Ruiz") for e in got if e[0] == "SUPPORT")
    # the second review: not an envoy, a body with the country in its name, nor a minister by title
    for text, second_text in (
        ("Pedro Soto, ambassador of Cuba to Vietnam, presented credentials.", "The Vietnamese leader praised Cuba."),
        ("Nguyen Van Son, president of the Vietnam-Cuba Friendship Association, met them.",
         "The Cuban leader praised Vietnam."),
        ("French Finance Minister Thierry Breton said growth was slow.", "The French leader praised Cuba."),
    ):  # fmt: skip
        person = text.split(",")[0].removeprefix("French Finance Minister ").split(" said")[0]
        first = paragraph(1, text, people=[person])
        named = [c for c in ("Vietnamese", "Cuban", "French", "Cuba", "Vietnam") if c in second_text]
        got = [e[:4] for e in events([first, paragraph(2, second_text, countries=named)])]
        assert all(e[2] != person for e in got), text


def test_what_a_firm_of_a_nationality_pledged_is_the_firms():
    # stop 57: "… its Dutch rival Norvik … praised the Dutch firm's commitment": Norvik, not the
    # Netherlands ("the Dutch government's commitment" stays the country's)
    first = paragraph(1, "Shares in Hartley jumped after it agreed to be bought by its Dutch rival Norvik.",
                      orgs=["Hartley", "Norvik"], countries=["Dutch"])  # fmt: skip
    second = paragraph(2, "Sir Peter Lomax praised the Dutch firm's commitment.", people=["Peter Lomax"],
                       countries=["Dutch"])  # fmt: skip
    assert ("SUPPORT", "051", "Peter Lomax", "Norvik") in [e[:4] for e in events([first, second])]
    second = paragraph(2, "Sir Peter Lomax praised the Dutch government's commitment.", people=["Peter Lomax"],
                       countries=["Dutch"])  # fmt: skip
    assert ("SUPPORT", "051", "Peter Lomax", "Dutch") in [e[:4] for e in events([first, second])]
    # a person of the firm named beside it is whom (the second review)
    text = "Sir Peter Lomax praised the Dutch firm's chief executive, Hans Wijers."
    second = paragraph(2, text, people=["Peter Lomax", "Hans Wijers"], countries=["Dutch"])
    assert ("SUPPORT", "051", "Peter Lomax", "Hans Wijers") in [e[:4] for e in events([first, second])]


def test_a_time_gerund_under_a_journey_to_come_is_to_come():
    to_come = {
        "Trade Minister Kenji Watanabe will travel to Perth on Friday to tour a lithium plant before flying to "
        "Papua New Guinea.": "Papua New Guinea",
        "Secretary of State Margaret Hale flies on Wednesday to Ethiopia, where she is expected to meet the prime "
        "minister, before travelling to Angola.": "Angola",
        "President Federico Albuquerque is due to visit Buenos Aires in March, his first trip to Argentina since "
        "taking office.": "Argentina",
    }
    for text, country in to_come.items():
        people = [re.search(r"(?:Kenji Watanabe|Margaret Hale|Federico Albuquerque)", text).group(0)]
        p = paragraph(1, text, people=people, countries=[country, *(["Ethiopia"] if "Ethiopia" in text else [])])
        assert not any(b == country for _, _, _, b, _ in events([p])), text
    # told as done, they are visits
    done = "President Federico Albuquerque flew to Buenos Aires on Monday, his first trip to Argentina in a year."
    p = paragraph(1, done, people=["Federico Albuquerque"], countries=["Argentina"])
    assert ("VISIT", "042", "Federico Albuquerque", "Argentina", None) in events([p])
    met = "Finance Minister Paul Girard met business leaders in Lyon on Thursday before flying to Spain."
    p = paragraph(1, met, people=["Paul Girard"], countries=["Spain"], places=["Lyon"])
    assert ("VISIT", "042", "Paul Girard", "Spain", None) in events([p])
    # (and one under "should", or under the past of a plan, is told as done)
    should = "Tory leader Michael Howard should apologise after criticising Tony Blair."
    p = paragraph(1, should, people=["Michael Howard", "Tony Blair"])
    assert ("CRITICIZE", "111", "Michael Howard", "Tony Blair", None) in events([p])
    sought = "Foreign Secretary Jack Straw sought to reassure MPs after meeting Condoleezza Rice in Washington."
    p = paragraph(1, sought, people=["Jack Straw", "Condoleezza Rice"], places=["Washington"])
    assert ("MEET", "040", "Jack Straw", "Condoleezza Rice", "Washington") in events([p])
    expected = "Kofi Annan is expected to arrive in Khartoum on Sunday, his second trip to Sudan this year."
    p = paragraph(1, expected, people=["Kofi Annan"], countries=["Sudan"], places=["Khartoum"])
    assert not any(t == "VISIT" for t, _, _, _, _ in events([p]))


def test_the_partys_state_and_people_of_a_country_are_that_country():
    for text in (
        "Cuban Prime Minister Arnaldo Fumero thanked the Party, State and people of Vietnam for their support.",
        "Cuban Prime Minister Arnaldo Fumero thanked the party and government of Vietnam for their support.",
        "Cuban Prime Minister Arnaldo Fumero thanked the Vietnamese party and people for their support.",
    ):
        p = paragraph(1, text, people=["Arnaldo Fumero"], countries=["Cuban", "Vietnam" if "Vietnam " in text
                                                                       else "Vietnamese"])  # fmt: skip
        targets = {b for t, _, a, b, _ in events([p]) if t == "SUPPORT" and a == "Arnaldo Fumero"}
        assert targets == {"Vietnam" if "Vietnam " in text else "Vietnamese"}, text
    # (a party alone is any party of that country)
    alone = "Cuban Prime Minister Arnaldo Fumero thanked the Vietnamese party for its support."
    p = paragraph(1, alone, people=["Arnaldo Fumero"], countries=["Cuban", "Vietnamese"])
    assert not any(b == "Vietnamese" for t, _, _, b, _ in events([p]) if t == "SUPPORT")


def test_a_state_organ_named_by_its_own_joined_words_acts_for_its_country():
    from pipeline.lib.events.event_sides import country_of_organ_name

    assert country_of_organ_name("Party and Government of Laos") == "LAO"
    assert country_of_organ_name("Party, State and People of Vietnam") == "VNM"
    assert country_of_organ_name("Party of Vietnam") is None


def test_a_title_the_parser_cut_off_its_name_is_the_names():
    text = "Halloway and Kenyan Foreign Minister Judith Wanjiru signed a health cooperation agreement."
    p = paragraph(1, text, people=["Halloway", "Judith Wanjiru"], countries=["Kenyan"])
    signed = [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"]
    assert signed == [("Halloway", "Judith Wanjiru")]


def test_the_ministers_of_two_countries_named_after_their_office_are_the_sides():
    text = (
        "BAGHDAD, Aug 3 (Reuters) - The foreign ministers of Saudi Arabia and Iran, Prince Turki Al Saud and "
        "Hossein Moghadam, held talks in Baghdad on Saturday."
    )
    p = paragraph(1, text, people=["Turki Al Saud", "Hossein Moghadam"], countries=["Saudi Arabia", "Iran"],
                  places=["Baghdad"])  # fmt: skip
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "MEET"] == [("Turki Al Saud", "Hossein Moghadam")]
    text = "The presidents of Chile and Peru, Ana Soto and Luis Vega, condemned Bolivia on Monday."
    p = paragraph(1, text, people=["Ana Soto", "Luis Vega"], countries=["Chile", "Peru", "Bolivia"])
    got = {(a, b) for t, _, a, b, _ in events([p]) if t == "CRITICIZE"}
    assert got == {("Ana Soto", "Bolivia"), ("Luis Vega", "Bolivia")}


def test_a_visit_to_the_country_a_noun_tells_of_is_to_the_country_the_story_was_filed_from():
    text = (
        "HAVANA, March 3 (Prensa Latina) — Cuban Vice President Rogelio Marrero received Angolan Foreign "
        "Minister Teodoro Kiala, who arrived in the Caribbean nation on Saturday for a four-day official visit."
    )
    p = paragraph(1, text, people=["Rogelio Marrero", "Teodoro Kiala"], places=["HAVANA", "Caribbean"],
                  countries=["Cuban", "Angolan"])  # fmt: skip
    p = dataclasses.replace(p, dateline_place_entity="HAVANA")
    visits = [(a, b) for t, c, a, b, _ in events([p]) if t == "VISIT" and c == "042"]
    assert visits == [("Teodoro Kiala", "Cuban")]
    # without a dateline, none: the last country named is as often one the visitor left
    left = "The Brazilian striker Ronaldo, who left Spain on Friday, arrived in the country on Saturday."
    p = paragraph(1, left, people=["Ronaldo"], countries=["Brazilian", "Spain"])
    assert not [(a, b) for t, _, a, b, _ in events([p]) if t == "VISIT"]


def test_a_body_the_model_missed_after_a_countrys_possessive_is_not_that_country():
    text = "The Saudi minister Turki Al Saud accused Yemen's Houthi movement of attacking shipping in the Red Sea."
    p = paragraph(1, text, people=["Turki Al Saud"], countries=["Saudi", "Yemen"])
    assert not any(t == "CRITICIZE" for t, _, _, _, _ in events([p]))
    text = "The Saudi minister Turki Al Saud accused Yemen's government of attacking shipping in the Red Sea."
    p = paragraph(1, text, people=["Turki Al Saud"], countries=["Saudi", "Yemen"])
    assert ("CRITICIZE", "112", "Turki Al Saud", "Yemen", None) in events([p])


def test_both_leaders_with_no_meeting_told_are_the_last_two_people_named():
    arrived = "Chinese Premier Li Qiang and Brazilian President Lula da Silva arrived in Paris on Monday."
    p = paragraph(1, arrived, people=["Li Qiang", "Lula da Silva"], countries=["Chinese", "Brazilian"],
                  places=["Paris"])  # fmt: skip
    received = paragraph(2, "Both leaders were received by French President Emmanuel Macron at the Elysee Palace.",
                         people=["Emmanuel Macron"], countries=["French"])  # fmt: skip
    praised = paragraph(3, "The two leaders later praised the European Union for its climate policy.",
                        orgs=["European Union"])  # fmt: skip
    got = events([p, received])
    assert {(a, b) for t, _, a, b, _ in got if t == "MEET"} == {("Emmanuel Macron", "Li Qiang"),
                                                                ("Emmanuel Macron", "Lula da Silva")}  # fmt: skip
    got = events([p, praised])
    assert {(a, b) for t, _, a, b, _ in got if t == "SUPPORT"} == {("Li Qiang", "European Union"),
                                                                   ("Lula da Silva", "European Union")}  # fmt: skip


def test_an_organ_written_with_its_country_after_it_acts_for_that_country():
    text = (
        "A spokesman for the Ministry of National Defence of the DPRK issued a statement denouncing the United States."
    )
    p = paragraph(1, text, orgs=["Ministry of National Defence"], countries=["DPRK", "United States"])
    assert ("CRITICIZE", "111", "DPRK", "United States", None) in events([p])


def test_the_two_countries_after_a_meeting_are_the_sides_countries_where_written():
    text = "South African Foreign Minister Thandiwe Mokoena met Prime Minister Ali Benflis in Algiers."
    met = paragraph(1, text, people=["Thandiwe Mokoena", "Ali Benflis"], countries=["South African"],
                    places=["Algiers"])  # fmt: skip
    criticised = paragraph(2, "In a joint communique, the two countries criticised Morocco.", countries=["Morocco"])
    got = {(a, b) for t, _, a, b, _ in events([met, criticised]) if t == "CRITICIZE"}
    assert got == {("South African", "Morocco"), ("Ali Benflis", "Morocco")}


def test_the_partner_of_a_deal_in_its_purpose_or_deep_in_what_was_signed():
    bought = "Indian firm Sarathi Software signed a deal to buy the Reading-based consultancy Brightwell."
    p = paragraph(1, bought, orgs=["Sarathi Software", "Brightwell"], countries=["Indian"], people=["Reading"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"] == [("Sarathi Software", "Brightwell")]
    supply = "Rolls-Royce signed a £400m deal to supply turbines to Shanghai Dongfang Airlines."
    p = paragraph(1, supply, orgs=["Rolls-Royce", "Shanghai Dongfang Airlines"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"] == [("Rolls-Royce", "Shanghai Dongfang Airlines")]
    # (a side the model tagged, not an event: entertainment/059)
    oscars = "Sky has signed a major new deal to broadcast this year's Academy Awards."
    p = paragraph(1, oscars, orgs=["Sky"])
    awards = EntitySpan(oscars.index("Academy"), oscars.index("Awards") + 6, "Academy Awards", "EVENT")
    assert not [r for r in events([dataclasses.replace(p, entities=(*p.entities, awards))]) if r[0] == "SIGN"]
    deep = (
        "German Interior Minister Jörg Kellner signed a memorandum on the return of rejected asylum seekers with "
        "his Turkish counterpart, Selim Ergün."
    )
    p = paragraph(1, deep, people=["Jörg Kellner", "Selim Ergün"], countries=["German", "Turkish"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"] == [("Jörg Kellner", "Selim Ergün")]


def test_the_signing_by_the_two_ministers_and_officials_of_the_two_governments_are_the_pair():
    text = "Saudi Foreign Minister Turki Saud met Iranian Foreign Minister Hossein Moghadam in Baghdad."
    met = paragraph(1, text, people=["Turki Saud", "Hossein Moghadam"], countries=["Saudi", "Iranian"],
                    places=["Baghdad"])  # fmt: skip
    signing = paragraph(2, "The meeting ended with the signing of a protocol by the two ministers on consulates.")
    assert ("Turki Saud", "Hossein Moghadam") in [(a, b) for t, _, a, b, _ in events([met, signing]) if t == "SIGN"]
    us = naming_every(1, "US President Tom Hale met South Korean President Park Min-ho in Washington.", "US")
    us = dataclasses.replace(us, entities=tuple(sorted([*us.entities, *paragraph(
        1, us.text, people=["Tom Hale", "Park Min-ho"], countries=["South Korean"], places=["Washington"]).entities],
        key=lambda e: e.char_start)))  # fmt: skip
    officials = paragraph(2, "Officials of the two governments also signed a memorandum on shipbuilding.")
    assert [(a, b) for t, _, a, b, _ in events([us, officials]) if t == "SIGN"] == [("US", "South Korean")]


def test_both_leaders_after_a_meeting_with_an_opposition_leader_are_the_two_who_lead():
    text = "Japanese Prime Minister Kenji Watanabe held talks with Australian Prime Minister Daniel Hartigan."
    talks = paragraph(1, text, people=["Kenji Watanabe", "Daniel Hartigan"], countries=["Japanese", "Australian"])
    also = paragraph(2, "Watanabe also met opposition leader Carol Benning.", people=["Watanabe", "Carol Benning"])
    also = dataclasses.replace(also, entities=tuple(
        EntitySpan(e.char_start, e.char_end, "Kenji Watanabe", e.type) if e.entity_id == "Watanabe" else e
        for e in also.entities))  # fmt: skip
    praised = paragraph(3, "The US ambassador, Karen Whitlow, praised both leaders for their vision.",
                        people=["Karen Whitlow"], countries=["US"])  # fmt: skip
    got = {b for t, _, a, b, _ in events([talks, also, praised]) if t == "SUPPORT" and a == "Karen Whitlow"}
    assert got == {"Kenji Watanabe", "Daniel Hartigan"}


def test_people_of_a_walk_of_life_are_no_country():
    for text, side in (
        ("Senegalese President Ousmane Sarr later met French business leaders in Paris.", None),
        ("Senegalese President Ousmane Sarr later met Iraqi officials in Paris.", "Iraqi"),
    ):
        demonyms = [d for d in ("Senegalese", "French", "Iraqi") if d in text]
        p = paragraph(1, text, people=["Ousmane Sarr"], countries=demonyms, places=["Paris"])
        assert [b for t, _, _, b, _ in events([p]) if t == "MEET"] == [side], text


def test_two_of_three_leaders_named_are_not_the_two_leaders():
    text = (
        "President Jacques Chirac and Chancellor Gerhard Schroeder arrived in Brussels, where Prime Minister Tony "
        "Blair awaited them."
    )
    arrived = paragraph(1, text, people=["Jacques Chirac", "Gerhard Schroeder", "Tony Blair"], places=["Brussels"])
    criticised = paragraph(2, "The two leaders criticised the budget proposal.")
    assert not [r for r in events([arrived, criticised]) if r[0] == "CRITICIZE" and r[3] is not None]


def test_one_ministry_named_for_two_countries_acts_for_each_where_written():
    one = paragraph(1, "The Ministry of Foreign Affairs of the DPRK condemned Japan on Tuesday.",
                    orgs=["Ministry of Foreign Affairs"], countries=["DPRK", "Japan"])  # fmt: skip
    two = paragraph(2, "Japan's Ministry of Foreign Affairs accused the DPRK of lying.",
                    orgs=["Ministry of Foreign Affairs"], countries=["Japan", "DPRK"])  # fmt: skip
    got = {(a, b) for t, _, a, b, _ in events([one, two]) if t == "CRITICIZE"}
    assert got == {("DPRK", "Japan"), ("Japan", "DPRK")}


def test_a_reduced_relative_of_schedule_puts_its_time_gerund_to_come():
    text = "Tony Blair, due to fly to Moscow after meeting Jacques Chirac in Paris, told reporters he was hopeful."
    p = paragraph(1, text, people=["Tony Blair", "Jacques Chirac"], places=["Moscow", "Paris"])
    assert not [r for r in events([p]) if r[0] == "MEET"]


def test_a_countrys_party_government_is_the_countrys():
    text = "Tory leader Michael Howard criticised Britain's Labour government over immigration."
    p = paragraph(1, text, people=["Michael Howard"], countries=["Britain"], orgs=["Labour"])
    assert ("CRITICIZE", "111", "Michael Howard", "Britain", None) in events([p])


def test_a_thing_named_in_brackets_inside_what_was_signed_is_no_partner():
    # business/013: "a deal to supply French car maker Peugeot with 30,000 sports utility vehicles (SUV)"
    text = (
        "Struggling Japanese car maker Mitsubishi Motors has struck a deal to supply French car maker Peugeot "
        "with 30,000 sports utility vehicles (SUV)."
    )
    p = paragraph(1, text, orgs=["Mitsubishi Motors", "Peugeot", "SUV"], countries=["Japanese", "French"])
    assert [(a, b) for t, _, a, b, _ in events([p]) if t == "SIGN"] == [("Mitsubishi Motors", "Peugeot")]


def test_the_third_review_of_the_fortieth_pass():
    """Misfires a helper's probes found in 970123c, each mended."""

    def rows(*texts, **names):
        return events([paragraph(n, t, **{k: [v for v in vs if v in t] for k, vs in names.items()})
                       for n, t in enumerate(texts, 1)])  # fmt: skip

    # people of a trade that is a portfolio are a government's
    got = rows("Tony Blair met German trade officials in Berlin.", people=["Tony Blair"], countries=["German"],
               places=["Berlin"])  # fmt: skip
    assert [(a, b) for t, _, a, b, _ in got if t == "MEET"] == [("Tony Blair", "German")]
    # "the two leaders" named in the paragraph before, though a third was named earlier
    got = rows("Prime Minister Tony Blair said the summit would be hard.",
               "President Jacques Chirac and Chancellor Gerhard Schroeder arrived in Brussels on Thursday.",
               "The two leaders criticised Mr Blair.",
               people=["Tony Blair", "Jacques Chirac", "Gerhard Schroeder", "Blair"], places=["Brussels"])  # fmt: skip
    assert {a for t, _, a, _, _ in got if t == "CRITICIZE"} == {"Jacques Chirac", "Gerhard Schroeder"}
    # a schedule told in the past, with a day given to what came before it: done
    got = rows("Tony Blair was expected to face a backlash after meeting Gerry Adams on Thursday.",
               people=["Tony Blair", "Gerry Adams"])  # fmt: skip
    assert [(a, b) for t, _, a, b, _ in got if t == "MEET"] == [("Tony Blair", "Gerry Adams")]
    # a purchase's partner is whom it is bought from
    got = rows("Malaysia signed a deal to buy Scorpene submarines from France.", countries=["Malaysia", "France"],
               orgs=["Scorpene"])  # fmt: skip
    assert [(a, b) for t, _, a, b, _ in got if t == "SIGN"] == [("Malaysia", "France")]


def test_the_fourth_review_of_the_fortieth_pass():
    """Misfires a helper's probes found in 2d72b23, each mended."""

    def rows(*texts, **names):
        return events([paragraph(n, t, **{k: [v for v in vs if v in t] for k, vs in names.items()})
                       for n, t in enumerate(texts, 1)])  # fmt: skip

    # "the two presidents" are the two named together, not two named apart later
    got = rows("US President George W Bush and Russian President Vladimir Putin arrived in Bratislava.",
               "French President Jacques Chirac hoped the summit would succeed. Ukrainian President Viktor "
               "Yushchenko agreed.", "Mr Chirac later praised the two presidents.",
               people=["George W Bush", "Vladimir Putin", "Jacques Chirac", "Viktor Yushchenko", "Chirac"],
               places=["Bratislava"])  # fmt: skip
    assert {b for t, _, _, b, _ in got if t == "SUPPORT"} == {"George W Bush", "Vladimir Putin"}
    # "both leaders" are the pair met who both hold the office, not two ministers met since
    got = rows("President George W Bush met President Vladimir Putin in Bratislava.",
               "Secretary of State Condoleezza Rice met Foreign Minister Sergei Lavrov in Moscow.",
               "Chancellor Gerhard Schroeder praised both leaders.",
               people=["George W Bush", "Vladimir Putin", "Condoleezza Rice", "Sergei Lavrov", "Gerhard Schroeder"],
               places=["Bratislava", "Moscow"])  # fmt: skip
    assert {b for t, _, _, b, _ in got if t == "SUPPORT"} == {"George W Bush", "Vladimir Putin"}
    # people of a trade that is not a ministry's, of a church, are no country; trade officials are
    for text, side in (("Tony Blair met French industry leaders in Paris.", None),
                       ("Tony Blair met Irish church officials in Dublin.", None),
                       ("Tony Blair met German trade officials in Berlin.", "German")):  # fmt: skip
        got = rows(text, people=["Tony Blair"], countries=["French", "Irish", "German"], places=["Paris", "Dublin"])
        assert [b for t, _, _, b, _ in got if t == "MEET"] == [side], text
    # a day to come ("next Monday") stays to come under a schedule told in the past
    got = rows("Tony Blair was expected to fly to Moscow after meeting Jacques Chirac next Monday.",
               people=["Tony Blair", "Jacques Chirac"], places=["Moscow"])  # fmt: skip
    assert not [r for r in got if r[0] == "MEET"]


def test_a_stop_of_a_tour_is_a_visit_where_its_clause_happened_and_a_purpose_names_no_place():
    # "…, the first stop of a Middle East tour": the clause's doer visited where it happened; a
    # place inside a clause of purpose under the trigger is not where anything happened
    text = ("Crewe met Mansour in Cairo on Wednesday, the first stop of a Middle East tour aimed at "
            "shoring up a fragile ceasefire in Gaza.")  # fmt: skip
    p = paragraph(1, text, people=["Crewe", "Mansour"], places=["Cairo", "Gaza"])
    q = paragraph(2, "Egypt is a partner.", countries=["Egypt"])
    got = events([p, q])
    assert ("MEET", "040", "Crewe", "Mansour", "Cairo") in got
    assert ("VISIT", "042", "Crewe", "Egypt", "Cairo") in got
    assert not any(e[4] == "Gaza" for e in got)
    p = paragraph(1, "Rice held talks in Ankara as part of a regional tour.", people=["Rice"], places=["Ankara"])
    q = paragraph(2, "Turkey is a partner.", countries=["Turkey"])
    assert ("VISIT", "042", "Rice", "Turkey", "Ankara") in events([p, q])
    # the trigger's own place still counts, and a purpose's is none
    p = paragraph(1, "Blair met Chirac at a summit in Brussels to discuss the war in Iraq.",
                  people=["Blair", "Chirac"], places=["Brussels", "Iraq"])  # fmt: skip
    q = paragraph(2, "Brown met Eichel to discuss the war in Iraq.", people=["Brown", "Eichel"], places=["Iraq"])
    assert [e[4] for e in events([p, q]) if e[0] == "MEET"] == ["Brussels", None]
    # but one goes where one's purpose is done: "travelled to receive treatment … in Spala"
    text = "Jamie Costin has also travelled to receive treatment at the Polish training centre in Spala."
    p = paragraph(1, text, people=["Jamie Costin"], places=["Spala"])
    assert [(e[0], e[4]) for e in events([p])] == [("VISIT", "Spala")]


def test_a_deal_with_a_firm_a_demonym_describes_is_with_the_firm_not_its_country():
    text = "Low-cost carrier SkyBridge has signed a deal with the Canadian manufacturer Laurentia Aerospace."
    p = paragraph(1, text, orgs=["SkyBridge", "Laurentia Aerospace"], countries=["Canadian"])
    q = paragraph(2, "Orbital Mobile signed a deal with the Chinese manufacturer Huaxin Telecom to supply handsets.",
                  orgs=["Orbital Mobile", "Huaxin Telecom"], countries=["Chinese"])  # fmt: skip
    r = paragraph(3, "Vietnam signed an agreement with the Chinese side on trade.", countries=["Vietnam", "Chinese"])
    got = sides_of([p, q, r])
    assert ("SIGN", "SkyBridge", "Laurentia Aerospace") in got
    assert ("SIGN", "Orbital Mobile", "Huaxin Telecom") in got
    assert ("SIGN", "Vietnam", "Chinese") in got  # a side the demonym alone names is its country
    assert not any(b == "Canadian" for _, _, b in got)


def test_an_act_of_force_a_demonym_names_is_that_states_doing():
    # "condemned the Israeli military offensive": the state the demonym names is criticised; not
    # a demonym elsewhere in the phrase ("the attack on the British embassy", "attacks on Nigerian
    # traders"), nor a common act ("the Colombian peace process")
    p = paragraph(
        1, "Brazil condemned the Israeli military offensive in the Gaza Strip.", countries=["Brazil", "Israeli"]
    )
    q = paragraph(2, "Iran condemned the US air strikes on Syria.", countries=["Iran", "US", "Syria"])
    r = paragraph(3, "Ghana condemned the attack on the British embassy.", countries=["Ghana", "British"])
    s = paragraph(4, "Ghana condemned the attacks on Nigerian traders.", countries=["Ghana", "Nigerian"])
    t = paragraph(5, "Ghana condemned the British strike by dockers.", countries=["Ghana", "British"])
    got = sides_of([p, q, r, s, t])
    assert ("CRITICIZE", "Brazil", "Israeli") in got and ("CRITICIZE", "Iran", "US") in got
    assert not any(b in ("British", "Nigerian", "Syria") for _, _, b in got)


def test_the_two_diplomats_are_the_pair_told_of():
    text = "Foreign Minister Helena Barreto met Foreign Minister Sipho Mahlangu on Tuesday."
    p = paragraph(1, text, people=["Helena Barreto", "Sipho Mahlangu"])
    q = paragraph(2, "The two diplomats condemned Israel.", countries=["Israel"])
    got = sides_of([p, q])
    assert ("CRITICIZE", "Helena Barreto", "Israel") in got and ("CRITICIZE", "Sipho Mahlangu", "Israel") in got


def test_one_met_after_the_day_of_the_one_before_is_met_too():
    # "met A on Monday and B on Tuesday": the parser makes B a conjunct of the day
    p = paragraph(1, "Blair met Chirac on Monday and Schroeder on Tuesday.", people=["Blair", "Chirac", "Schroeder"])
    text = "She met the Kenyan president in March and the Ugandan leader, Yoweri Museveni, in April."
    q = paragraph(2, text, people=["Yoweri Museveni"])
    r = paragraph(3, "Ana Kell met Ben Dorr on Monday and Tuesday.", people=["Ana Kell", "Ben Dorr"])
    got = [(e[2], e[3]) for e in events([p, q, r]) if e[0] == "MEET"]
    assert ("Blair", "Chirac") in got and ("Blair", "Schroeder") in got
    assert any(b == "Yoweri Museveni" for _, b in got)
    assert ("Ana Kell", "Ben Dorr") in got and len(got) == 4


def test_the_two_men_are_the_pair_met_and_no_one_without_a_meeting():
    text = "Colin Sturridge held talks with Arvind Kulkarni in Delhi, after which the two men signed a memorandum."
    p = paragraph(1, text, people=["Colin Sturridge", "Arvind Kulkarni"], places=["Delhi"])
    assert ("SIGN", "Colin Sturridge", "Arvind Kulkarni") in sides_of([p])
    # with no meeting told, "the two men" are no one we can name (not the article's two countries)
    p = paragraph(1, "Brazil and Peru were named. The two men signed a memorandum.", countries=["Brazil", "Peru"])
    assert not [e for e in events([p]) if e[0] == "SIGN"]


def test_the_ministers_who_sign_after_two_ministers_met_are_those_two():
    text = "Foreign Minister Leandro Piñango received his Honduran counterpart, Marcela Cruz, on Monday."
    p = paragraph(1, text, people=["Leandro Piñango", "Marcela Cruz"], countries=["Honduran"])
    q = paragraph(2, "The ministers signed three agreements on the supply of gas.")
    assert ("SIGN", "Leandro Piñango", "Marcela Cruz") in sides_of([p, q])
    # not ministers of a group the words name, nor when the two who met are not both ministers
    q = paragraph(2, "The EU ministers signed three agreements on the supply of gas.", orgs=["EU"])
    assert not [e for e in events([p, q]) if e[0] == "SIGN"]
    p = paragraph(1, "President Ana Kell met Ben Dorr, a banker, on Monday.", people=["Ana Kell", "Ben Dorr"])
    q = paragraph(2, "The ministers signed three agreements on the supply of gas.")
    assert not [e for e in events([p, q]) if e[0] == "SIGN"]


def test_the_bloc_is_the_union_of_states_named_last_and_a_us_rival_is_no_state():
    text = "Leaders of the Association of Southeast Asian Nations met in Kuala Lumpur."
    p = paragraph(1, text, orgs=["Association of Southeast Asian Nations"], places=["Kuala Lumpur"])
    q = paragraph(2, "The Chinese Foreign Ministry rejected the accusation.", orgs=["Chinese Foreign Ministry"])
    r = paragraph(
        3, "The group Fortify Asia Rights condemned the bloc for failing to act.", orgs=["Fortify Asia Rights"]
    )
    got = sides_of([p, q, r])
    assert ("CRITICIZE", "Fortify Asia Rights", "Association of Southeast Asian Nations") in got
    p = paragraph(1, "Huaxin Telecom has been accused by a US rival of copying router designs.",
                  orgs=["Huaxin Telecom"], countries=["US"])  # fmt: skip
    assert not any(e[2] == "US" for e in events([p]))


def test_the_delegation_told_again_is_its_leaders():
    text = "Zhou Minghai met a delegation of the South African Communist Party led by Thandiwe Mokoena."
    p = paragraph(1, text, people=["Zhou Minghai", "Thandiwe Mokoena"], orgs=["South African Communist Party"])
    q = paragraph(2, "The delegation arrived in Beijing on Sunday.", places=["Beijing"])
    r = paragraph(3, "China is the host.", countries=["China"])
    assert ("VISIT", "Thandiwe Mokoena", "China") in sides_of([p, q, r])
    # a delegation no one was said to lead is no one's
    p = paragraph(1, "Zhou Minghai met a delegation of the South African Communist Party.", people=["Zhou Minghai"],
                  orgs=["South African Communist Party"])  # fmt: skip
    assert not [e for e in events([p, q, r]) if e[0] == "VISIT" and e[2] is not None]


def test_what_someone_called_it_is_what_was_criticised():
    text = "Ana Kell condemned what she described as Israeli aggression."
    p = paragraph(1, text, people=["Ana Kell"], countries=["Israeli"])
    q = paragraph(2, "Ben Dorr denounced what he called Japan's militarism.", people=["Ben Dorr"], countries=["Japan"])
    got = sides_of([p, q])
    assert ("CRITICIZE", "Ana Kell", "Israeli") in got and ("CRITICIZE", "Ben Dorr", "Japan") in got


def test_a_visitors_stops_at_sites_are_part_of_the_visit_to_the_country():
    p = paragraph(1, "Ana Kell arrived in Pyongyang on Monday for a visit.", people=["Ana Kell"], places=["Pyongyang"])
    q = paragraph(2, "North Korea is the host.", countries=["North Korea"])
    r = paragraph(3, "Ana Kell visited the Juche Tower on Tuesday.", people=["Ana Kell"], places=["Juche Tower"])
    got = [(e[0], e[2], e[3], e[4]) for e in events([p, q, r]) if e[0] == "VISIT"]
    assert got == [("VISIT", "Ana Kell", "North Korea", "Pyongyang")]
    # a site visit of someone with no visit to a country told stays
    r = paragraph(1, "Ben Dorr visited the Juche Tower on Tuesday.", people=["Ben Dorr"], places=["Juche Tower"])
    assert [(e[0], e[2]) for e in events([r]) if e[0] == "VISIT"] == [("VISIT", "Ben Dorr")]
    # but a tour of a region is one of its own ("Brown's tour of Africa")
    p = paragraph(1, "Gordon Brown visited Kenya on Monday.", people=["Gordon Brown"], countries=["Kenya"])
    q = paragraph(2, "Gordon Brown began a tour of Africa on Tuesday.", people=["Gordon Brown"], places=["Africa"])
    assert [e[3] or e[4] for e in events([p, q]) if e[0] == "VISIT"] == ["Kenya", "Africa"]


def test_what_someone_gave_is_theirs_by_its_of_phrase():
    text = "Ana Kell expressed her gratitude for the solidarity of the Bolivian people."
    p = paragraph(1, text, people=["Ana Kell"], countries=["Bolivian"])
    q = paragraph(2, "Carl Ek praised the contribution of Cuba to the talks.", people=["Carl Ek"], countries=["Cuba"])
    got = sides_of([p, q])
    assert ("SUPPORT", "Ana Kell", "Bolivian") in got and ("SUPPORT", "Carl Ek", "Cuba") in got


def test_the_reviews_misfires_of_stop_60s_rules_stay_mended():
    # a sport's tour has stops too ("beat Federer in Madrid, the first stop of the clay-court tour")
    text = "Rafael Nadal beat Roger Federer in Madrid, the first stop of the European clay-court tour."
    p = paragraph(1, text, people=["Rafael Nadal", "Roger Federer"], places=["Madrid"])
    q = paragraph(2, "Spain is the host.", countries=["Spain"])
    assert not [e for e in events([p, q]) if e[0] == "VISIT"]
    # the press met after a day is no one ("met Putin on Monday and the Russian press on Tuesday")
    text = "George Bush met Vladimir Putin on Monday and the Russian press on Tuesday."
    p = paragraph(1, text, people=["George Bush", "Vladimir Putin"], countries=["Russian"])
    assert [(e[2], e[3]) for e in events([p]) if e[0] == "MEET"] == [("George Bush", "Vladimir Putin")]
    # "the ministers" after three met, or ministers of another portfolio, are no pair
    text = "Foreign Minister Wang Yi met Foreign Minister Retno Marsudi and Foreign Minister Teodoro Locsin."
    p = paragraph(1, text, people=["Wang Yi", "Retno Marsudi", "Teodoro Locsin"])
    q = paragraph(2, "The ministers signed three agreements.")
    assert not [e for e in events([p, q]) if e[0] == "SIGN"]
    p = paragraph(
        1, "Foreign Minister Wang Yi met Foreign Minister Retno Marsudi.", people=["Wang Yi", "Retno Marsudi"]
    )
    q = paragraph(2, "Later the finance ministers signed a tax treaty.")
    assert not [e for e in events([p, q]) if e[0] == "SIGN"]
    q = paragraph(2, "The foreign ministers signed a tax treaty.")
    assert [(e[2], e[3]) for e in events([p, q]) if e[0] == "SIGN"] == [("Wang Yi", "Retno Marsudi")]
    # drills of two states named together are both states'
    p = paragraph(1, "China criticised the US-South Korean military drills.", countries=["China", "US", "South Korean"])
    assert {e[3] for e in events([p]) if e[0] == "CRITICIZE"} == {"US", "South Korean"}


def test_a_visit_told_beside_what_the_visitor_urged_or_in_the_country_named():
    # the parser hangs "during a visit" on what was urged; the one who urged was there
    text = "Lena Strand of Sweden has urged local firms to invest in solar power during a three-day visit to Kenya."
    p = paragraph(1, text, people=["Lena Strand"], countries=["Sweden", "Kenya"])
    assert ("VISIT", "Lena Strand", "Kenya") in sides_of([p])
    # (a visit planned stays planned)
    text = "Lena Strand of Sweden plans to invest in solar power during a three-day visit to Kenya."
    p = paragraph(1, text, people=["Lena Strand"], countries=["Sweden", "Kenya"])
    assert not [e for e in events([p]) if e[0] == "VISIT"]
    # "the country" of a visit is the one country its sentence named before it, by any words
    text = "Otto Brenner criticised the Polish government's refusal during a two-day visit to the country."
    p = paragraph(1, text, people=["Otto Brenner"], countries=["Polish"])
    assert ("VISIT", "Otto Brenner", "Polish") in sides_of([p])
    # (not where it named two, nor a tour of it)
    text = "Otto Brenner compared the Polish and Czech reforms during a two-day visit to the country."
    p = paragraph(1, text, people=["Otto Brenner"], countries=["Polish", "Czech"])
    assert not [e for e in events([p]) if e[0] == "VISIT"]


def test_a_count_of_agreements_signed_and_a_minister_told_by_office():
    text = "Etienne Marchal and his Brazilian counterpart Luiz Andrade on Thursday signed a string of agreements."
    p = paragraph(1, text, people=["Etienne Marchal", "Luiz Andrade"], countries=["Brazilian"])
    assert ("SIGN", "Etienne Marchal", "Luiz Andrade") in sides_of([p])
    text = "A set of trade agreements was signed on Tuesday by Carlo Benedetti and Samir Fahmy in Rome."
    p = paragraph(1, text, people=["Carlo Benedetti", "Samir Fahmy"], places=["Rome"])
    assert ("SIGN", "Carlo Benedetti", "Samir Fahmy") in sides_of([p])
    # "the German minister" who signed is the minister the article named, not Germany
    p = paragraph(1, "German Economy Minister Jonas Hellweg arrived in Astana.", people=["Jonas Hellweg"],
                  countries=["German"], places=["Astana"])  # fmt: skip
    text = "The German minister and his Kazakh counterpart, Aidos Zhumabekov, signed an agreement on rare earths."
    q = paragraph(2, text, people=["Aidos Zhumabekov"], countries=["German", "Kazakh"])
    people = {"Jonas Hellweg": Person(roles=("German Economy Minister",)), "Aidos Zhumabekov": Person()}
    got = [(e[0], e[2], e[3]) for e in events([p, q], people)]
    assert ("SIGN", "Jonas Hellweg", "Aidos Zhumabekov") in got and ("SIGN", "German", "Aidos Zhumabekov") not in got


def test_a_verb_read_as_a_participle_and_measures_a_clause_says_whose():
    # the parser makes "condemned" a participle of "minister", the sentence's root: she condemned
    text = "Kenya's interior minister, Ruth Achieng, separately condemned Boko Haram for an attack on a school."
    p = paragraph(1, text, people=["Ruth Achieng", "Boko Haram"], countries=["Kenya"])
    assert sides_of([p]) == [("CRITICIZE", "Ruth Achieng", "Boko Haram")]
    # (a participle with no object is still done to its noun: "X, accused of fraud")
    text = "Colonel Amadou Diarra denounced the sanctions that the European Union imposed on Mali in 2022."
    p = paragraph(1, text, people=["Amadou Diarra"], orgs=["European Union"], countries=["Mali"])
    assert sides_of([p]) == [("CRITICIZE", "Amadou Diarra", "European Union")]
    text = "Colonel Amadou Diarra denounced the sanctions that Mali faces."
    p = paragraph(1, text, people=["Amadou Diarra"], countries=["Mali"])
    assert ("CRITICIZE", "Amadou Diarra", "Mali") not in sides_of([p])


def test_a_move_set_after_a_clause_is_its_subjects():
    text = "Japan and the Philippines signed a defence pact on Monday, a move China swiftly condemned."
    p = paragraph(1, text, countries=["Japan", "Philippines", "China"])
    got = sides_of([p])
    assert ("CRITICIZE", "China", "Japan") in got and ("CRITICIZE", "China", "Philippines") in got
    # (the parser may hang the move on the last name of the clause: still the subject's move)
    text = "Russia cut gas supplies to Ukraine, a move that the European Union criticised."
    p = paragraph(1, text, countries=["Russia", "Ukraine"], orgs=["European Union"])
    assert sides_of([p]) == [("CRITICIZE", "European Union", "Russia")]


def every_mention(no, text, **names):
    """A paragraph naming each of `names` (kind → names) at every place it is written as a word."""
    entities = [EntitySpan(m.start(), m.end(), name, kind.upper()) for kind, group in names.items()
                for name in group for m in re.finditer(rf"\b{re.escape(name)}\b", text)]  # fmt: skip
    return ParagraphIn(no, text, tuple(sorted(entities, key=lambda e: e.char_start)), (), None, None)


def test_the_reviews_misfires_of_stop_61s_rules_stay_mended():
    # the one who urged made the visit, not the one urged
    text = "Mehmet Aydin of Turkey urged Greece to resume talks during a visit to Greece on Friday."
    p = every_mention(1, text, person=["Mehmet Aydin"], country=["Turkey", "Greece"])
    assert [(e[0], e[2], e[3]) for e in events([p]) if e[0] == "VISIT"] == [("VISIT", "Mehmet Aydin", "Greece")]
    # a trip to one's own country is no visit
    text = "Nigerian President Bola Adeyemi spoke to voters during a visit to Kano, Nigeria, on Saturday."
    p = every_mention(1, text, person=["Bola Adeyemi"], country=["Nigeria"], place=["Kano"])
    p = dataclasses.replace(p, entities=(EntitySpan(0, 8, "Nigeria", "COUNTRY"), *p.entities))  # "Nigerian"
    assert not [e for e in events([p]) if e[0] == "VISIT"]
    # "the president" alone, after two presidents, is neither
    text = "Nigerian President Bola Adeyemi met Ghanaian President Kwame Mensah in Lome."
    p = paragraph(1, text, people=["Bola Adeyemi", "Kwame Mensah"], countries=["Nigerian", "Ghanaian"], places=["Lome"])
    q = paragraph(2, "The president and his Togolese counterpart, Faure Gnassingbe, signed a security pact.",
                  people=["Faure Gnassingbe"], countries=["Togolese"])  # fmt: skip
    people = {name: Person(roles=(role,)) for name, role in (("Bola Adeyemi", "Nigerian President"),
                                                              ("Kwame Mensah", "Ghanaian President"))}  # fmt: skip
    assert not [e for e in events([p, q], people) if e[0] == "SIGN" and "Faure Gnassingbe" in e[2:4]
                and {"Bola Adeyemi", "Kwame Mensah"} & set(e[2:4])]  # fmt: skip
    # a policy a clause says whose is theirs; an attack announced is not made by who announced it
    p = paragraph(1, "China criticised the policies that Japan pursued in the region.", countries=["China", "Japan"])
    assert sides_of([p]) == [("CRITICIZE", "China", "Japan")]
    p = paragraph(1, "Ghana condemned the attack that Libya announced on Monday.", countries=["Ghana", "Libya"])
    assert ("CRITICIZE", "Ghana", "Libya") not in sides_of([p])


def test_a_counterpart_welcomed_somewhere_and_the_country_beside_the_visitors_own():
    text = "Ghana's President John Kufuor welcomed his Nigerian counterpart Olusegun Obasanjo at the airport in Accra."
    p = paragraph(1, text, people=["John Kufuor", "Olusegun Obasanjo"], countries=["Ghana", "Nigerian"],
                  places=["Accra"])  # fmt: skip
    got = sides_of([p])
    assert ("VISIT", "Olusegun Obasanjo", "Ghana") in got and ("SUPPORT", "John Kufuor", "Olusegun Obasanjo") not in got
    # (but a counterpart's proposals welcomed are praise)
    p = paragraph(1, "Otto Brenner welcomed his French counterpart's proposals in Berlin.", people=["Otto Brenner"],
                  countries=["French"], places=["Berlin"])  # fmt: skip
    assert [e[0] for e in events([p])] == ["SUPPORT"]
    text = "German Chancellor Frank Weber praised Vietnam's reforms during a two-day visit to the country."
    p = paragraph(1, text, people=["Frank Weber"], countries=["German", "Vietnam"])
    assert ("VISIT", "Frank Weber", "Vietnam") in sides_of([p])


def test_a_body_attacked_for_doing_something_and_an_armed_groups_offensive():
    p = paragraph(1, "Amy Lowe attacked the Recording Academy for ignoring British acts.", people=["Amy Lowe"],
                  orgs=["Recording Academy"], countries=["British"])  # fmt: skip
    assert sides_of([p]) == [("CRITICIZE", "Amy Lowe", "Recording Academy")]
    # (force is no reproach: "attacked Nato for the second time")
    p = paragraph(1, "Taliban fighters attacked Nato for the second time this week.", orgs=["Taliban", "Nato"])
    assert not events([p])
    text = "The African Union condemned the M23 offensive in a statement on Tuesday."
    p = paragraph(1, text, orgs=["African Union", "M23"])
    assert sides_of([p]) == [("CRITICIZE", "African Union", "M23")]


def test_the_second_reviews_misfires_of_stop_61s_rules_stay_mended():
    # force is no reproach; a state's attack "for" what another did is words
    p = paragraph(1, "Israeli jets attacked Hezbollah for firing rockets.", countries=["Israeli"], orgs=["Hezbollah"])
    assert not [e for e in events([p]) if e[0] == "CRITICIZE"]
    p = paragraph(1, "China attacked Japan for glossing over its wartime past.", countries=["China", "Japan"])
    assert sides_of([p]) == [("CRITICIZE", "China", "Japan")]
    # a body before "attack" is its doer only with the target told apart
    p = paragraph(1, "Qatar condemned the Al Jazeera attack in Baghdad.", countries=["Qatar"], orgs=["Al Jazeera"],
                  places=["Baghdad"])  # fmt: skip
    assert ("CRITICIZE", "Qatar", "Al Jazeera") not in sides_of([p])
    p = paragraph(1, "Israel condemned the Hamas attacks on its towns.", countries=["Israel"], orgs=["Hamas"])
    assert sides_of([p]) == [("CRITICIZE", "Israel", "Hamas")]
    # a counterpart welcomed in a call is no guest
    text = "Austrian Chancellor Karl Gruber welcomed his Hungarian counterpart Ferenc Toth in a telephone call."
    p = paragraph(1, text, people=["Karl Gruber", "Ferenc Toth"], countries=["Austrian", "Hungarian"])
    assert not [e for e in events([p]) if e[0] in ("VISIT", "MEET")]
    # the country one fled is not the one arrived in
    text = "Former Liberian President Charles Taylor, who fled Nigeria in March, arrived in the country on Friday."
    p = paragraph(1, text, people=["Charles Taylor"], countries=["Liberian", "Nigeria"])
    assert not [e for e in events([p]) if e[0] == "VISIT"]
    # a move that is a deed, not words; an occupation maintained; drills announced are not made so
    p = paragraph(1, "Serbia recalled its ambassador from Montenegro, a move that the European Union criticised.",
                  countries=["Serbia", "Montenegro"], orgs=["European Union"])  # fmt: skip
    assert sides_of([p]) == [("CRITICIZE", "European Union", "Serbia")]
    text = "Syria condemned the occupation that Israel has maintained since 1967."
    p = paragraph(1, text, countries=["Syria", "Israel"])
    assert sides_of([p]) == [("CRITICIZE", "Syria", "Israel")]
    p = paragraph(1, "Japan criticised the drills that China announced near Taiwan.", countries=["Japan", "China"])
    assert ("CRITICIZE", "Japan", "China") not in sides_of([p])


def test_what_someone_named_led_is_theirs():
    text = "Mr Yushchenko's government has accused its predecessor, led by ex-President Leonid Kuchma, of graft."
    p = paragraph(1, text, people=["Yushchenko", "Leonid Kuchma"])
    assert sides_of([p]) == [("CRITICIZE", "Yushchenko", "Leonid Kuchma")]


def test_a_poster_or_a_speech_attacking_someone_is_words():
    p = paragraph(1, "The Conservatives published a poster attacking Tony Blair over Iraq.", orgs=["Conservatives"],
                  people=["Tony Blair"], countries=["Iraq"])  # fmt: skip
    assert sides_of([p]) == [("CRITICIZE", "Conservatives", "Tony Blair")]
    # (one found by the police has no author told)
    p = paragraph(1, "Police found a poster attacking Tony Blair.", people=["Tony Blair"])
    assert not events([p])


def test_someones_help_appreciated_is_thanks():
    p = paragraph(1, "The minister said Ghana appreciated Britain's help.", countries=["Ghana", "Britain"])
    assert sides_of([p]) == [("SUPPORT", "Ghana", "Britain")]
    # (not risks, nor help no one gives)
    p = paragraph(1, "Ghana appreciates the risks of the market.", countries=["Ghana"])
    assert not events([p])
    p = paragraph(1, "Ghana appreciated the help, Britain said.", countries=["Ghana", "Britain"])
    assert not events([p])


def test_leaders_of_a_region_are_critics_no_one_names():
    text = "Southeast Asian leaders condemned Myanmar's military government for continuing airstrikes."
    p = paragraph(1, text, countries=["Myanmar"])
    assert sides_of([p]) == [("CRITICIZE", None, "Myanmar")]
    # (not leaders a country, a party or the bloc of their region names)
    for text, leaders in (("Kenyan ministers criticised Uganda's trade policy.", "Kenyan"),
                          ("European leaders blamed Uganda's trade policy.", None)):  # fmt: skip
        p = paragraph(1, text, countries=["Uganda", *([leaders] if leaders else [])])
        assert ("CRITICIZE", None, "Uganda") not in sides_of([p])


def test_a_visit_no_sentence_places_is_to_where_the_story_was_filed():
    # stop 61: "NEW DELHI, Dec 12 (Reuters) - Japan and India signed … during a visit by Japanese Prime
    # Minister X": his visit to India
    text = ("NEW DELHI, Dec 12 (Reuters) - Japan and India signed a nuclear agreement on Saturday during a visit "
            "by Japanese Prime Minister Ken Mori.")  # fmt: skip
    p = paragraph(1, text, people=["Ken Mori"], countries=["Japan", "India", "Japanese"])
    got = [e[:4] for e in events([dataclasses.replace(p, dateline_place_entity="New Delhi")])]
    assert ("VISIT", "042", "Ken Mori", "India") in got
    # (not with no dateline, nor a visitor of the dateline's own country, nor "the visit" told before)
    assert not any(e[0] == "VISIT" for e in events([p]))
    text = "PARIS, May 3 (AFP) - Chirac praised the reforms during a visit by French Prime Minister Jean Roux."
    home = paragraph(1, text, people=["Chirac", "Jean Roux"], countries=["French"])
    assert not any(e[0] == "VISIT" for e in events([dataclasses.replace(home, dateline_place_entity="Paris")]))
    text = "ASTANA, May 3 (AFP) - Russia, Kazakhstan's largest trading partner, has not commented on the visit."
    told = paragraph(1, text, countries=["Russia", "Kazakhstan"])
    assert not events([dataclasses.replace(told, dateline_place_entity="Astana")])
    # (nor a visit its clause places among other countries: "WASHINGTON — … the deal Iraq signed with
    # Iran during a visit by Iranian President X")
    text = ("WASHINGTON, March 2 (Reuters) - The United States criticised the deal Iraq signed with Iran during a "
            "visit by Iranian President Ali Rahimi.")  # fmt: skip
    p = paragraph(1, text, people=["Ali Rahimi"], countries=["United States", "Iraq", "Iran", "Iranian"])
    assert not any(e[0] == "VISIT" for e in events([dataclasses.replace(p, dateline_place_entity="Washington")]))
    # (but one whose clause names the visitor's country in passing, or the dateline's too, is there)
    text = "CAIRO, March 2 (Reuters) - Egypt pledged to help Sudan during a visit by Sudanese President Ahmed Idris."
    p = paragraph(1, text, people=["Ahmed Idris"], countries=["Egypt", "Sudan", "Sudanese"])
    assert ("VISIT", "042", "Ahmed Idris", "Egypt") in [
        e[:4] for e in events([dataclasses.replace(p, dateline_place_entity="Cairo")])
    ]


def test_a_title_of_a_name_joined_to_the_subject_is_the_name():
    # stop 61's probes: "Wang Yi and Pakistan's Foreign Minister Ishaq Dar held talks", the title a
    # proper noun conjoined to the first name, the name its apposition
    text = "Wang Yi and Pakistan's Foreign Minister Ishaq Dar held talks in Beijing on Monday."
    p = paragraph(1, text, people=["Wang Yi", "Ishaq Dar"], countries=["Pakistan"], places=["Beijing"])
    assert sides_of([p]) == [("MEET", "Wang Yi", "Ishaq Dar")]


def test_a_name_after_a_verb_joined_to_the_first_is_its_object():
    # stop 61: "held talks with the acting president, X, and later met opposition leader Y": the
    # parser made Y the subject of "met"
    text = ("The envoy, Bulgarian diplomat Stefan Kolev, held talks on Sunday with the acting president, Almaz "
            "Sydykov, and later met opposition leader Roza Temirbekova.")  # fmt: skip
    p = paragraph(1, text, people=["Stefan Kolev", "Almaz Sydykov", "Roza Temirbekova"], countries=["Bulgarian"])
    got = sides_of([p])
    assert ("MEET", "Stefan Kolev", "Almaz Sydykov") in got and ("MEET", "Stefan Kolev", "Roza Temirbekova") in got


def test_a_passive_joined_to_a_verb_is_done_to_its_subject():
    # stop 61: "X praised the Cuban doctors …, and was promptly attacked by the Daily Sentinel for
    # doing so": the attack is on X, the subject the passive shares
    text = ("The Labour MP Clive Harrowby praised the Cuban doctors in a debate last week, and was promptly "
            "attacked by the Daily Sentinel for doing so.")  # fmt: skip
    p = paragraph(1, text, people=["Clive Harrowby"], orgs=["Labour", "Daily Sentinel"], countries=["Cuban"])
    assert ("CRITICIZE", "Daily Sentinel", "Clive Harrowby") in sides_of([p])
    # (not an attack by a mob)
    p = paragraph(1, "Tom Hale arrived in Lima and was attacked by a mob for his remarks.", people=["Tom Hale"])
    assert not any(e[0] == "CRITICIZE" for e in sides_of([p]))


def test_whose_deed_is_the_one_its_clause_describes():
    # stop 61: "Kenya's president, whose mediation in Sudan was criticised by Khartoum last year"
    text = "Kenya's president, whose mediation was criticised by Sudan last year, is attending the summit."
    p = paragraph(1, text, countries=["Kenya", "Sudan"])
    assert sides_of([p]) == [("CRITICIZE", "Sudan", "Kenya")]
    p = paragraph(1, "Tom Hale, whose plans were criticised by Ana Ruiz, resigned.", people=["Tom Hale", "Ana Ruiz"])
    assert sides_of([p]) == [("CRITICIZE", "Ana Ruiz", "Tom Hale")]
    # (not a person of theirs: "the yard whose former chairman was criticised by Peru")
    text = "Kell signed an order with Haedong, the South Korean yard whose former chairman was criticised by Peru."
    p = paragraph(1, text, people=["Kell"], orgs=["Haedong"], countries=["South Korean", "Peru"])
    assert not any(e[0] == "CRITICIZE" for e in sides_of([p]))


def test_a_crime_someone_commits_is_theirs():
    # stop 61: "condemned the genocide that Israel is committing in Gaza"
    p = paragraph(1, "Nicaragua condemned the genocide that Israel is committing in Gaza.",
                  countries=["Nicaragua", "Israel"], places=["Gaza"])  # fmt: skip
    assert sides_of([p]) == [("CRITICIZE", "Nicaragua", "Israel")]
    p = paragraph(1, "Nicaragua condemned the war the United States is waging in Iraq.",
                  countries=["Nicaragua", "United States", "Iraq"])  # fmt: skip
    assert sides_of([p]) == [("CRITICIZE", "Nicaragua", "United States")]
    # (not one suffered)
    p = paragraph(1, "Nicaragua condemned the crimes that Israel has suffered.", countries=["Nicaragua", "Israel"])
    assert not any(e[2] == "Israel" for e in events([p]))


def test_the_government_a_british_party_criticises_is_britains_wherever_the_story_is():
    # stop 61: in a story of a deal signed in Paris (France named most), "the Conservatives accused
    # the government of 'gesture politics'" is the UK's government
    first = paragraph(1, "The French minister signed the deal in Paris, and France welcomed it. Britain agreed.",
                      countries=["French", "France", "Britain"], places=["Paris"])  # fmt: skip
    second = paragraph(2, 'But the Conservatives accused the government of "gesture politics".', orgs=["Conservatives"])
    assert ("CRITICIZE", "Conservatives", "Britain") in sides_of([first, second])
    text = "Conservative spokesman Tom Hale welcomed the deal but criticised the government for its timing."
    third = paragraph(2, text, people=["Tom Hale"])
    assert ("CRITICIZE", "Tom Hale", "Britain") in sides_of([first, third])
    # (not a party of that name of another country, nor a word inside another party's name)
    for text, people, orgs in (
        ("Israel's Labour leader Amir Peretz criticised the government for its timing.", ["Amir Peretz"], []),
        ("The opposition Progressive Labour Front criticised the government for its timing.", [],
         ["Progressive Labour Front"]),
    ):  # fmt: skip
        other = paragraph(2, text, people=people, orgs=orgs, countries=[c for c in ("Israel", "France") if c in text])
        assert not any(e[2] == "Britain" for e in sides_of([first, other]))
    # (nor in a story of a country with a Labour party of its own, nor a Labour Minister's portfolio;
    # and a government its article told of before by its country's name is that country's)
    nz = paragraph(1, "WELLINGTON, May 3 (Reuters) - New Zealand's dollar fell. Britain watched.",
                   countries=["New Zealand", "Britain"])  # fmt: skip
    text = "Labour leader Chris Hale criticised the government for its housing plan."
    story = [
        dataclasses.replace(x, dateline_place_entity="Wellington")
        for x in (nz, paragraph(2, text, people=["Chris Hale"]))
    ]
    assert ("CRITICIZE", "Chris Hale", "Britain") not in sides_of(story)
    # (but a story filed in London is British, whatever other country it names most)
    lamb = paragraph(1, "LONDON, May 3 (Reuters) - Imports from New Zealand rose. Britain and New Zealand talked.",
                     countries=["New Zealand", "Britain"])  # fmt: skip
    text = "Labour MP Sarah Cole criticised the government for its deal with New Zealand."
    story = [
        dataclasses.replace(x, dateline_place_entity="London")
        for x in (lamb, paragraph(2, text, people=["Sarah Cole"], countries=["New Zealand"]))
    ]
    assert ("CRITICIZE", "Sarah Cole", "Britain") in sides_of(story)
    sudan = paragraph(1, "Sudan's government agreed to free two aid workers. Britain welcomed it.",
                      countries=["Sudan", "Britain"])  # fmt: skip
    text = "Conservative MP Liam Fenwick praised the government for its decision."
    assert ("SUPPORT", "Liam Fenwick", "Sudan") in sides_of([sudan, paragraph(2, text, people=["Liam Fenwick"])])
    text = "Former Labour minister Ann Kell criticised the government for its timing."
    assert ("CRITICIZE", "Ann Kell", "Britain") in sides_of([first, paragraph(2, text, people=["Ann Kell"])])


def test_the_chiefs_of_two_countries_sign_a_framework_for_their_countries():
    # stop 61: "The defence chiefs of the United States and Japan signed a framework on Friday"
    text = "The defence chiefs of the United States and Japan signed a framework on Friday to share missile data."
    p = paragraph(1, text, countries=["United States", "Japan"])
    assert sides_of([p]) == [("SIGN", "United States", "Japan")]
    # (not the framework many sign: "Ford and GM signed the framework", each on its own)
    p = paragraph(1, "Ford and GM signed the Paris framework on Friday.", orgs=["Ford", "GM"])
    assert not events([p])


def test_people_on_their_visits_each_visit():
    # stop 61: "X and Y, both on their first visits to Japan since taking office, met their host"
    text = "Mark Hale and Park Jae-won, both on their first visits to Japan, met their host in Tokyo."
    p = paragraph(1, text, people=["Mark Hale", "Park Jae-won"], countries=["Japan"], places=["Tokyo"])
    got = [e[:4] for e in events([p])]
    assert ("VISIT", "042", "Mark Hale", "Japan") in got and ("VISIT", "042", "Park Jae-won", "Japan") in got


def test_a_meeting_told_in_a_clause_on_a_pair_is_theirs():
    # stop 61: "Moriyama and his Indian counterpart, X, who held talks for three hours, also agreed …"
    text = ("Ken Mori and his Indian counterpart, Raj Varma, who held talks for three hours at Hyderabad House, "
            "also agreed a loan.")  # fmt: skip
    p = paragraph(1, text, people=["Ken Mori", "Raj Varma"], countries=["Indian"], orgs=["Hyderabad House"])
    assert ("MEET", "Ken Mori", "Raj Varma") in sides_of([p])
    # (not a clause on the last of whom someone met)
    p = paragraph(1, "Tom Hale met Ana Ruiz and Ben Dorr, who held talks later.", people=["Tom Hale", "Ana Ruiz",
                                                                                       "Ben Dorr"])  # fmt: skip
    assert ("MEET", "Ana Ruiz", "Ben Dorr") not in sides_of([p])
    text = ("Egyptian President Ahmed Fawzi and Israeli Prime Minister David Levin, who met as young officers in "
            "1973, agreed to a ceasefire.")  # fmt: skip
    p = paragraph(1, text, people=["Ahmed Fawzi", "David Levin"], countries=["Egyptian", "Israeli"])
    assert not any(e[0] == "MEET" for e in sides_of([p]))


def test_the_pact_signed_again_by_the_ministers_is_the_same_signing():
    # stop 59: "The United States and Japan signed a defence pact … Hollister and his Japanese
    # counterpart, Tanabe, signed the pact after summit talks": one signing, the countries'
    first = paragraph(1, "The United States and Japan signed a defence pact on Monday.",
                      countries=["United States", "Japan"])  # fmt: skip
    text = "Greg Hollister and his Japanese counterpart, Hiro Tanabe, signed the pact after summit talks."
    second = paragraph(2, text, people=["Greg Hollister", "Hiro Tanabe"], countries=["Japanese"])
    assert [e for e in sides_of([first, second]) if e[0] == "SIGN"] == [("SIGN", "United States", "Japan")]
    # (not countries that sign the treaty after others did: another signing)
    first = paragraph(1, "Israel and Jordan signed a water accord on Monday.", countries=["Israel", "Jordan"])
    second = paragraph(2, "Egypt and Libya signed the treaty on Tuesday.", countries=["Egypt", "Libya"])
    assert ("SIGN", "Egypt", "Libya") in sides_of([first, second])


def test_a_role_someone_played_appreciated_is_thanks_to_them():
    # stop 61: "Sun said that the CPC appreciates the positive role the LSWF has played in …"
    text = "Sun said that the CPC appreciates the positive role the LSWF has played in promoting friendship."
    p = paragraph(1, text, people=["Sun"], orgs=["CPC", "LSWF"])
    assert sides_of([p]) == [("SUPPORT", "CPC", "LSWF")]
    p = paragraph(1, "Colombia appreciates the contribution that China has made to peace.",
                  countries=["Colombia", "China"])  # fmt: skip
    assert sides_of([p]) == [("SUPPORT", "Colombia", "China")]
    # (not a role no one is named to have played)
    assert not events([paragraph(1, "Colombia appreciates the role it played.", countries=["Colombia"])])
    p = paragraph(
        1, "Colombia appreciated the role that Japan could play in the talks.", countries=["Colombia", "Japan"]
    )
    assert not events([p])


def test_a_countrys_party_told_again_by_its_demonym_is_that_party():
    # stop 61: "a delegation of the Lao People's Revolutionary Party … thanked the Lao party for its
    # fraternal friendship": the LPRP, not the last body named
    party = "Lao People's Revolutionary Party"
    first = paragraph(1, f"Khamsing Vong, of the {party}, arrived in Havana.", people=["Khamsing Vong"],
                      orgs=[party], places=["Havana"])  # fmt: skip
    text = ("He was received by Rogelio Almeida, head of the Department of International Relations, who thanked "
            "the Lao party for its fraternal friendship.")  # fmt: skip
    second = paragraph(2, text, people=["Rogelio Almeida"], orgs=["Department of International Relations"],
                       countries=["Lao"])  # fmt: skip
    got = sides_of([first, second])
    assert ("SUPPORT", "Rogelio Almeida", "Lao People's Revolutionary Party") in got
    assert ("SUPPORT", "Rogelio Almeida", "Department of International Relations") not in got


def test_a_reception_by_an_office_alone_is_a_meeting_with_its_country():
    # stop 62: "Aalto was later received by the Indonesian president", as "Aalto met the
    # Indonesian president" is
    first = paragraph(1, "Henrik Aalto arrived in Jakarta on Monday.", people=["Henrik Aalto"], places=["Jakarta"])
    second = paragraph(2, "Henrik Aalto was later received by the Indonesian president.", people=["Henrik Aalto"],
                       countries=["Indonesian"])  # fmt: skip
    got = sides_of([first, second])
    assert ("MEET", "Indonesian", "Henrik Aalto") in got
    # (not a country that hosts: "Indonesia received the minister")
    second = paragraph(2, "Indonesia received Henrik Aalto on Tuesday.", people=["Henrik Aalto"],
                       countries=["Indonesia"])  # fmt: skip
    assert not any(e[0] == "MEET" for e in sides_of([first, second]))


def test_a_reception_by_an_office_with_its_holder_named_is_not_read_by_office():
    # stop 56: "was received by Karnataka's chief minister, H S Gowda": a state's, with the holder
    text = "Clare Whitby met bankers and was received by Karnataka's chief minister, H S Gowda."
    p = paragraph(1, text, people=["Clare Whitby", "H S Gowda"], places=["Karnataka"])
    assert ("MEET", "Karnataka", "Clare Whitby") not in sides_of([p])


def test_a_guest_received_after_a_deed_is_the_clauses_subject():
    # stop 62: "Vautrin signed the accord with Diouf, before being received by the Senegalese president"
    text = "Claire Vautrin signed the accord with Birame Diouf, before being received by President Macky Sall."
    p = paragraph(1, text, people=["Claire Vautrin", "Birame Diouf", "Macky Sall"])
    got = sides_of([p])
    assert ("VISIT", "Macky Sall", "Claire Vautrin") in got or ("MEET", "Macky Sall", "Claire Vautrin") in got
    assert not any(e[2] == "Birame Diouf" and e[1] == "Macky Sall" for e in got)


def test_a_verb_joined_to_a_passive_shares_its_subject_or_the_speakers():
    # stop 62: "Hamas said it was not bound by the truce and accused Mr Haddad of …": Hamas, not the truce
    text = "Hamas said it was not bound by the truce and accused Khalil Haddad of acting alone."
    p = paragraph(1, text, people=["Khalil Haddad"], orgs=["Hamas"])
    assert sides_of([p]) == [("CRITICIZE", "Hamas", "Khalil Haddad")]
    # stop 58 (a rule's slip, caught): "The BBC said the sketch had been dropped … and praised Crowe"
    text = "The BBC said the sketch had been dropped for legal reasons and praised Martin Crowe as original."
    p = paragraph(1, text, people=["Martin Crowe"], orgs=["BBC"])
    assert sides_of([p]) == [("SUPPORT", "BBC", "Martin Crowe")]
    # (a passive's own joined verb: "Kell was elected in May and praised the union")
    p = paragraph(1, "Ana Kell was elected in May and praised Tom Reid.", people=["Ana Kell", "Tom Reid"])
    assert sides_of([p]) == [("SUPPORT", "Ana Kell", "Tom Reid")]
    # (not a verb set off by commas only: the parser's misreading of "…, whose secretary-general, X, accused")
    text = ("Kivu was criticised by the Union of Mineworkers, whose secretary-general, Jean-Pierre Mbuyi Kalala, "
            "accused the company of paying less.")  # fmt: skip
    p = paragraph(1, text, people=["Jean-Pierre Mbuyi Kalala"], orgs=["Kivu", "Union of Mineworkers"])
    assert not any(e[1] == "Kivu" for e in sides_of([p]))


def test_a_thing_signed_set_beside_the_passives_subject():
    # stop 62: "The biggest, a £400m contract for engine parts, was signed in Shanghai by the engine
    # maker Albion Turbines and Shanghai Hengtai Aviation"
    text = ("The biggest, a £400m contract for engine parts, was signed in Shanghai by the engine maker Albion "
            "Turbines and Shanghai Hengtai Aviation.")  # fmt: skip
    p = paragraph(1, text, orgs=["Albion Turbines", "Shanghai Hengtai Aviation"], places=["Shanghai"])
    assert [e for e in sides_of([p]) if e[0] == "SIGN"] == [("SIGN", "Albion Turbines", "Shanghai Hengtai Aviation")]
    # (not a subject that is no agreement: "The biggest, a new factory, was opened by …")
    text = "The biggest, a new factory, was signed off by Albion Turbines and Shanghai Hengtai Aviation."
    p = paragraph(1, text, orgs=["Albion Turbines", "Shanghai Hengtai Aviation"])
    assert not [e for e in sides_of([p]) if e[0] == "SIGN"]


def test_what_a_deal_sets_up_is_no_partner():
    # stop 62: "The two ministers signed a memorandum to restart the Joint Economic Commission"
    text = "Tom Reid signed a memorandum to restart the Joint Economic Commission."
    p = paragraph(1, text, people=["Tom Reid"], orgs=["Joint Economic Commission"])
    assert ("SIGN", "Tom Reid", "Joint Economic Commission") not in sides_of([p])
    # (but whom a deal supplies: "signed a deal to supply turbines to Dongfang Airlines")
    text = "Norvik signed a deal to supply turbines to Dongfang Airlines."
    p = paragraph(1, text, orgs=["Norvik", "Dongfang Airlines"])
    assert ("SIGN", "Norvik", "Dongfang Airlines") in sides_of([p])


def test_an_agreement_signed_again_by_name_or_as_the_document_is_the_same_signing():
    # stop 62: "Japan and the Philippines signed a defence pact … The Reciprocal Access Agreement was
    # signed in Manila by Japanese Foreign Minister X and Philippine Defence Secretary Y"
    first = paragraph(1, "Japan and the Philippines signed a defence pact on Monday.",
                      countries=["Japan", "Philippines"])  # fmt: skip
    text = "The Reciprocal Access Agreement was signed in Manila by Kenji Moriwaki and Ramon Villafuerte."
    second = paragraph(2, text, people=["Kenji Moriwaki", "Ramon Villafuerte"], places=["Manila"])
    assert [e for e in sides_of([first, second]) if e[0] == "SIGN"] == [("SIGN", "Japan", "Philippines")]
    # stop 60: "The two sides signed a memorandum … The document was signed by Tan and …"
    text = "The document was signed by Kenji Moriwaki and Ramon Villafuerte."
    second = paragraph(2, text, people=["Kenji Moriwaki", "Ramon Villafuerte"])
    assert [e for e in sides_of([first, second]) if e[0] == "SIGN"] == [("SIGN", "Japan", "Philippines")]
    # stop 62: "Panama's minister, X, who signed the memorandum for Panama"
    text = "Mark Tolliver held talks with Eduardo Quintero, who signed the memorandum for Panama."
    second = paragraph(2, text, people=["Mark Tolliver", "Eduardo Quintero"], countries=["Panama"])
    assert [e for e in sides_of([first, second]) if e[0] == "SIGN"] == [("SIGN", "Japan", "Philippines")]
    # (not a named agreement countries sign after others: another signing)
    second = paragraph(2, "The Paris Agreement was signed by Egypt and Libya.", countries=["Egypt", "Libya"])
    assert ("SIGN", "Egypt", "Libya") in sides_of([first, second])


def test_an_office_holder_told_by_a_relative_clause_acts_for_the_country():
    # stop 62: "Gao met the Hungarian foreign minister, who praised China's efforts"
    text = "Gao Ruiping met the Hungarian foreign minister, who praised China's efforts for peace."
    p = paragraph(1, text, people=["Gao Ruiping"], countries=["Hungarian", "China"])
    assert ("SUPPORT", "Hungarian", "China") in sides_of([p])
    # stop 62: the parser hangs "who" on a noun further back than the office right before it
    text = ("On Thursday the delegates were received at the palace by the executive vice-president of "
            "Venezuela, who thanked the Cuban government for its help.")  # fmt: skip
    p = paragraph(1, text, countries=["Venezuela", "Cuban"])
    assert ("SUPPORT", "Venezuela", "Cuban") in sides_of([p])
    # (not an office whose relative clause tells what was done to it)
    text = "Gao Ruiping met the Hungarian foreign minister, who was praised by China for his efforts."
    p = paragraph(1, text, people=["Gao Ruiping"], countries=["Hungarian", "China"])
    assert ("SUPPORT", "Hungarian", "China") not in sides_of([p])


def test_a_diplomat_told_by_nationality_is_the_foreign_minister_named():
    # stop 62: "Venezuelan Foreign Minister X … the Venezuelan diplomat denounced …"
    first = paragraph(1, "Venezuelan Foreign Minister Hector Villarroel arrived in Tegucigalpa.",
                      people=["Hector Villarroel"], countries=["Venezuelan"], places=["Tegucigalpa"])  # fmt: skip
    text = "The Venezuelan diplomat criticised the United States."
    second = paragraph(2, text, countries=["Venezuelan", "United States"])
    assert ("CRITICIZE", "Hector Villarroel", "United States") in sides_of([first, second])
    # (not a minister of another portfolio: "Venezuelan Energy Minister X")
    first = paragraph(1, "Venezuelan Energy Minister Hector Villarroel arrived in Tegucigalpa.",
                      people=["Hector Villarroel"], countries=["Venezuelan"], places=["Tegucigalpa"])  # fmt: skip
    assert ("CRITICIZE", "Hector Villarroel", "United States") not in sides_of([first, second])


def test_a_name_the_parser_read_as_an_adverb_is_the_subject():
    # stop 62: the small model makes "Tolliver" an adverb of "praised", which then has no subject
    text = 'Tolliver praised Panama as "a steadfast partner" and accused China of using companies to spy.'
    p = paragraph(1, text, people=["Tolliver"], countries=["Panama", "China"])
    assert sides_of([p]) == [("SUPPORT", "Tolliver", "Panama"), ("CRITICIZE", "Tolliver", "China")]
    # (a word the model knows as an adverb stays one)
    p = paragraph(1, "Later praised Panama as a partner.", countries=["Panama"])
    assert not events([p])


def test_a_name_joined_to_a_titled_name_is_the_first_of_two_signers():
    # stop 62: "signed … by Villarroel and Honduran Energy Minister Marcela Zúniga Ordóñez": the model
    # makes "Villarroel" a modifier of "Minister"
    text = ("An energy agreement was signed on Thursday by Villarroel and Honduran Energy Minister Marcela "
            "Zuniga Ordonez.")  # fmt: skip
    p = paragraph(1, text, people=["Villarroel", "Marcela Zuniga Ordonez"], countries=["Honduran"])
    assert [e for e in sides_of([p]) if e[0] == "SIGN"] == [("SIGN", "Villarroel", "Marcela Zuniga Ordonez")]


def test_a_sentences_verb_after_a_relative_clause_and_an_adverb_is_its_verb():
    # stop 62: "Moriwaki, who is on a two-day visit to the Philippines, later called on the
    # Philippine president": the model makes "called" a participle on "Moriwaki"
    text = ("Kenji Moriwaki, who is on a two-day visit to the Philippines, later called on the Philippine "
            "president at Malacanang Palace.")  # fmt: skip
    p = paragraph(1, text, people=["Kenji Moriwaki"], countries=["Philippines"], places=["Malacanang Palace"])
    at = text.index("Philippine president")
    adjective = EntitySpan(at, at + len("Philippine"), "Philippines", "COUNTRY")
    p = dataclasses.replace(p, entities=tuple(sorted((*p.entities, adjective), key=lambda e: e.char_start)))
    assert ("MEET", "Kenji Moriwaki", "Philippines") in sides_of([p])


def test_a_relative_clause_after_a_named_persons_office_is_the_persons():
    # stop 57 (a rule's slip, caught): "held talks with Wen Guoping, vice chairman of the Standing
    # Committee of the National People's Congress, who thanked Zambia": Wen, not the body's office
    text = ("Mwansa held talks with Wen Guoping, vice chairman of the Standing Committee of the National "
            "People's Congress, who thanked Zambia for its support.")  # fmt: skip
    p = paragraph(1, text, people=["Mwansa", "Wen Guoping"], countries=["Zambia"],
                  orgs=["Standing Committee of the National People's Congress"])  # fmt: skip
    got = sides_of([p])
    assert ("SUPPORT", "Wen Guoping", "Zambia") in got
    assert not any(e[1] == "Standing Committee of the National People's Congress" for e in got)


def test_the_visitors_and_talks_with_the_delegation_are_its_leaders():
    # stop 62: "A delegation of X led by its Chairman Y arrived here … Talks between the delegation
    # and Kim Tong Il followed … The visitors were received by Z"
    first = paragraph(1, "A delegation of the Workers' Party led by its Chairman Anisur Talukder arrived on Monday.",
                      people=["Anisur Talukder"], orgs=["Workers' Party"])  # fmt: skip
    second = paragraph(2, "Talks between the delegation and Kim Tong Il followed.", people=["Kim Tong Il"])
    third = paragraph(3, "The visitors were received at the headquarters by Ri Yong Hwan.", people=["Ri Yong Hwan"])
    got = sides_of([first, second, third])
    assert ("MEET", "Anisur Talukder", "Kim Tong Il") in got
    assert ("MEET", "Ri Yong Hwan", "Anisur Talukder") in got
    # (not with no delegation told: "the visitors" of a football report are a team)
    first = paragraph(1, "Arsenal beat Chelsea on Monday.", orgs=["Arsenal", "Chelsea"])
    third = paragraph(2, "The visitors were received at the hotel by Ri Yong Hwan.", people=["Ri Yong Hwan"])
    assert not any(e[0] == "MEET" for e in sides_of([first, third]))
    # (nor a delegation told more closely: "talks between the Cuban delegation and Kim")
    second = paragraph(2, "Talks between the Cuban delegation and Kim Tong Il followed.", people=["Kim Tong Il"],
                       countries=["Cuban"])  # fmt: skip
    first = paragraph(1, "A delegation of the Workers' Party led by its Chairman Anisur Talukder arrived on Monday.",
                      people=["Anisur Talukder"], orgs=["Workers' Party"])  # fmt: skip
    assert ("MEET", "Anisur Talukder", "Kim Tong Il") not in sides_of([first, second])


def test_a_statement_a_body_adopted_says_what_the_body_says():
    # stop 62: "the Andean Solidarity Network adopted a statement backing the Bolivian government's
    # decision … and condemning the Potosí Civic Committee"
    text = ("The Andean Solidarity Network adopted a statement backing the Bolivian government's decision and "
            "condemning the Potosi Civic Committee.")  # fmt: skip
    p = paragraph(1, text, orgs=["Andean Solidarity Network", "Potosi Civic Committee"], countries=["Bolivian"])
    got = sides_of([p])
    assert ("SUPPORT", "Andean Solidarity Network", "Bolivian") in got
    assert ("CRITICIZE", "Andean Solidarity Network", "Potosi Civic Committee") in got
    # (not a statement someone received or rejected: "rejected a statement condemning X")
    text = "The Andean Solidarity Network rejected a statement condemning the Potosi Civic Committee."
    p = paragraph(1, text, orgs=["Andean Solidarity Network", "Potosi Civic Committee"])
    assert not sides_of([p])


def test_our_body_is_the_body_that_speaks_named_with_that_word():
    # stop 62: "From the Korea Peace and Solidarity Committee: … Our committee condemns the new
    # sanctions that the UN Security Council added in April"
    first = paragraph(1, "From the Korea Peace Committee: we reproduce two items from KCNA.",
                      orgs=["Korea Peace Committee", "KCNA"])  # fmt: skip
    second = paragraph(2, "Our committee condemns the new sanctions that the UN Security Council added in April.",
                       orgs=["UN Security Council"])  # fmt: skip
    assert sides_of([first, second]) == [("CRITICIZE", "Korea Peace Committee", "UN Security Council")]
    # (not a body of another kind: "our network" with only a committee named)
    second = paragraph(2, "Our network condemns the new sanctions that the UN Security Council added in April.",
                       orgs=["UN Security Council"])  # fmt: skip
    assert ("CRITICIZE", "Korea Peace Committee", "UN Security Council") not in sides_of([first, second])


def test_delegates_are_critics_no_one_names():
    p = paragraph(1, "Delegates condemned the sanctions imposed by the United States.", countries=["United States"])
    assert sides_of([p]) == [("CRITICIZE", None, "United States")]


def test_his_partys_stance_is_his():
    # stop 62: "Chissungo … reaffirmed his party's solidarity with Cuba"
    p = paragraph(1, "Armando Chissungo reaffirmed his party's solidarity with Cuba.", people=["Armando Chissungo"],
                  countries=["Cuba"])  # fmt: skip
    assert sides_of([p]) == [("SUPPORT", "Armando Chissungo", "Cuba")]
    # (not a party's in the plural, nor someone else's)
    p = paragraph(1, "Armando Chissungo said their parties' solidarity with Cuba was strong.",
                  people=["Armando Chissungo"], countries=["Cuba"])  # fmt: skip
    assert ("SUPPORT", "Armando Chissungo", "Cuba") not in sides_of([p])


def test_one_person_described_by_two_names_is_no_pair():
    # all BBC (a rule's slip, caught): "Richard and Judy executive producer Amanda Ross said …",
    # "former Spurs and England defender Gary Stevens": one person, not a name and its conjunct
    from pipeline.lib.events.meetings import ParseCache as Cache

    (doc,) = Cache()(["The book was praised by Richard and Judy executive producer Amanda Ross."])
    ross = next(t for t in doc if t.text == "Ross")
    assert ross.dep_ != "conj"


def test_it_in_a_relative_clause_on_a_participles_object_is_whoever_the_participle_speaks_for():
    # stop 62: "the Andean Solidarity Network adopted a statement … condemning the Potosí Civic
    # Committee, which it accused of serving the oligarchy": the network, not the US embassy told before
    first = paragraph(1, "The US embassy in La Paz has not commented.", countries=["US"], places=["La Paz"])
    text = ("The Andean Network adopted a statement condemning the Potosi Committee, which it accused of "
            "serving the oligarchy.")  # fmt: skip
    second = paragraph(2, text, orgs=["Andean Network", "Potosi Committee"])
    got = sides_of([first, second])
    assert ("CRITICIZE", "Andean Network", "Potosi Committee") in got
    assert ("CRITICIZE", "US", "Potosi Committee") not in got


def test_a_criticism_rejected_is_the_one_told_before():
    # stop 62: "Aylward criticised Sudan … Sudan's foreign minister, X, rejected the criticism and
    # accused Britain of exaggerating": no second criticism, of X by no one named
    first = paragraph(1, "Richard Aylward criticised Sudan for the violence.", people=["Richard Aylward"],
                      countries=["Sudan"])  # fmt: skip
    text = "Idris Osman rejected the criticism and accused Britain of exaggerating the crisis."
    second = paragraph(2, text, people=["Idris Osman"], countries=["Britain"])
    got = sides_of([first, second])
    assert (("CRITICIZE", None, "Idris Osman")) not in got
    assert ("CRITICIZE", "Idris Osman", "Britain") in got
    # (with none told before, the criticism he rejects is still told: of him, by no one named)
    assert ("CRITICIZE", None, "Idris Osman") in sides_of([second])


def test_talks_with_both_men_are_with_each_of_the_two_named_before():
    # stop 62: "Dotan and Haddad met … Egypt's president, who hosted the summit, had held separate
    # talks with both men on its eve"
    first = paragraph(1, "Avraham Dotan and Khalil Haddad met for two hours.", people=["Avraham Dotan",
                                                                                      "Khalil Haddad"])  # fmt: skip
    second = paragraph(2, "Egyptian President Ahmed Fawzi held talks with both leaders on Monday.",
                       people=["Ahmed Fawzi"], countries=["Egyptian"])  # fmt: skip
    got = sides_of([first, second])
    assert ("MEET", "Ahmed Fawzi", "Avraham Dotan") in got and ("MEET", "Ahmed Fawzi", "Khalil Haddad") in got
    # (not the one who held them, named in the sentence: "Fawzi … with both leaders" is not Fawzi and Haddad)
    assert ("MEET", "Ahmed Fawzi", "Ahmed Fawzi") not in got
    # (nor a thing of theirs: "met both men's lawyers")
    second = paragraph(2, "Ahmed Fawzi met both men's lawyers on Monday.", people=["Ahmed Fawzi"])
    assert not [e for e in sides_of([first, second]) if e[0] == "MEET" and e[1] == "Ahmed Fawzi"]


def test_talks_between_a_body_told_again_and_another_are_the_named_bodys():
    # stop 62: "A strike by cabin crew at Britannia Skyways has been called off after two days of
    # talks between the airline and the Aviation Staff Union"
    text = ("A strike at Britannia Skyways has been called off after two days of talks between the airline and "
            "the Aviation Staff Union.")  # fmt: skip
    p = paragraph(1, text, orgs=["Britannia Skyways", "Aviation Staff Union"])
    assert ("MEET", "Britannia Skyways", "Aviation Staff Union") in sides_of([p])
    # (not with no body named before it: "talks between the airline and the union" alone)
    p = paragraph(1, "Talks between the airline and the Aviation Staff Union ended.", orgs=["Aviation Staff Union"])
    assert not [e for e in sides_of([p]) if e[0] == "MEET"]


def test_a_commission_welcomed_at_a_hotel_is_received_not_praised():
    # stop 62: "The 13-member commission, led by Norway's X, was welcomed at a hotel in central London
    # on Wednesday by the London 2012 chairman, Sir Anthony Pembridge"
    text = ("The 13-member commission, led by Ingrid Solberg, was welcomed at a hotel in London on Wednesday by "
            "the bid's chairman, Anthony Pembridge.")  # fmt: skip
    p = paragraph(1, text, people=["Ingrid Solberg", "Anthony Pembridge"], places=["London"])
    got = sides_of([p])
    assert ("SUPPORT", "Anthony Pembridge", "Ingrid Solberg") not in got
    assert ("MEET", "Anthony Pembridge", "Ingrid Solberg") in got
    # (a plan welcomed at the palace is praised)
    p = paragraph(1, "The plan of Ingrid Solberg was welcomed at the palace by Anthony Pembridge.",
                  people=["Ingrid Solberg", "Anthony Pembridge"])  # fmt: skip
    assert ("SUPPORT", "Anthony Pembridge", "Ingrid Solberg") in sides_of([p])


def test_a_speakers_second_deed_is_the_speakers_not_the_said_clauses():
    # stop 62: "Talukder said that his party fully supports the WPK and accused the United States of
    # …": the small model joins "accused" to what was said
    text = "Anisur Talukder said that his party fully supports the WPK and accused the United States of lying."
    p = paragraph(1, text, people=["Anisur Talukder"], orgs=["WPK"], countries=["United States"])
    assert ("CRITICIZE", "Anisur Talukder", "United States") in sides_of([p])
    # (not where both verbs are in the past, either reading holding: the parser's stays)
    text = "Tom Reid said the union backed the plan and criticised Ana Kell."
    p = paragraph(1, text, people=["Tom Reid", "Ana Kell"])
    assert ("CRITICIZE", "Tom Reid", "Ana Kell") not in sides_of([p])
    # (nor where "had" may serve both: "said the union had backed the plan and criticised Ana Kell")
    text = "Tom Reid said the union had backed the plan and criticised Ana Kell."
    p = paragraph(1, text, people=["Tom Reid", "Ana Kell"])
    assert ("CRITICIZE", "Tom Reid", "Ana Kell") not in sides_of([p])


def test_a_past_verb_joined_to_an_infinitive_is_the_askers():
    # stop 59: "Mwangi asked Liang to convey his warm greetings to the Chinese leadership and thanked
    # China for its long-standing support": Mwangi thanked, and did (not asked to)
    text = ("Samuel Mwangi asked Liang Wenqing to convey his greetings to the Chinese leadership and thanked China "
            "for its support.")  # fmt: skip
    p = paragraph(1, text, people=["Samuel Mwangi", "Liang Wenqing"], countries=["Chinese", "China"])
    assert ("SUPPORT", "Samuel Mwangi", "China") in sides_of([p])
    # (what is asked stays asked: "asked Liang to thank China")
    text = "Samuel Mwangi asked Liang Wenqing to convey his greetings and to thank China for its support."
    p = paragraph(1, text, people=["Samuel Mwangi", "Liang Wenqing"], countries=["China"])
    assert not [e for e in sides_of([p]) if e[0] == "SUPPORT" and e[1] in ("Samuel Mwangi", "Liang Wenqing")]


def test_support_assured_is_for_whom_it_was_assured():
    # stop 59: "spoke by telephone with his Ukrainian counterpart X and assured him of France's lasting support"
    text = "Olivier Sauvage spoke with Andriy Kovalenko and assured him of France's lasting support."
    p = paragraph(1, text, people=["Olivier Sauvage", "Andriy Kovalenko"], countries=["France"])
    assert ("SUPPORT", "Olivier Sauvage", "Andriy Kovalenko") in sides_of([p])


def test_the_reviews_misfires_of_stop_62s_rules_stay_mended():
    # a joined verb with its own "had" is part of what was said, not the speaker's deed
    text = "Ana Soto said Ben Reid had been sacked by the club and had criticised Spain's coach."
    p = paragraph(1, text, people=["Ana Soto", "Ben Reid"], countries=["Spain"], orgs=["club"])
    assert ("CRITICIZE", "Ana Soto", "Spain") not in sides_of([p])
    # a named agreement signed in another year is another signing
    first = paragraph(1, "Iran and Iraq signed a border accord on Monday.", countries=["Iran", "Iraq"])
    text = "The Algiers Agreement was signed by Ali Karimi and Hoshyar Salih in 1975."
    second = paragraph(2, text, people=["Ali Karimi", "Hoshyar Salih"])
    assert ("SIGN", "Ali Karimi", "Hoshyar Salih") in sides_of([first, second])
    # "the guests", "the visitors" not received nor meeting are not the delegation told before
    first = paragraph(1, "A delegation led by Kenji Sato arrived in Hanoi on Monday.", people=["Kenji Sato"],
                      places=["Hanoi"])  # fmt: skip
    second = paragraph(2, "At the match, Vietnam beat Thailand, and the visitors criticised Vietnam's fans.",
                       countries=["Vietnam", "Thailand"])  # fmt: skip
    assert not [e for e in sides_of([first, second]) if e[0] == "CRITICIZE" and e[1] == "Kenji Sato"]
    # an office that only says whose someone is does not act through the relative clause
    text = "Ade Okafor met the wife of the Ghanaian president, who praised Nigeria's support for women."
    p = paragraph(1, text, people=["Ade Okafor"], countries=["Ghanaian", "Nigeria"])
    assert ("SUPPORT", "Ghanaian", "Nigeria") not in sides_of([p])


def test_the_two_countries_accused_are_not_the_accusers_own():
    # stop 60: "Japan and the Philippines signed … Chinese foreign ministry spokeswoman Zhang Meilin said
    # Tokyo was "stirring up confrontation" and accused the two countries of forming cliques"
    first = paragraph(1, "Japan and the Philippines signed a reciprocal access agreement on Monday.",
                      countries=["Japan", "Philippines"])  # fmt: skip
    text = ('Chinese foreign ministry spokeswoman Zhang Meilin said Tokyo is "stirring up confrontation" and '
            "accused the two countries of forming cliques.")  # fmt: skip
    second = paragraph(2, text, people=["Zhang Meilin"], countries=["Chinese", "Tokyo"])
    tokyo = tuple(dataclasses.replace(e, entity_id="Japan") if e.entity_id == "Tokyo" else e for e in second.entities)
    second = dataclasses.replace(second, entities=tokyo)
    got = [e for e in sides_of([first, second]) if e[0] == "CRITICIZE"]
    assert ("CRITICIZE", "Zhang Meilin", "Japan") in got and ("CRITICIZE", "Zhang Meilin", "Philippines") in got
    assert not any(e[2] == "Chinese" for e in got)


def test_met_and_had_a_talk_with_the_delegation_is_with_its_leader():
    # stop 60: "Ri Chol Man … met and had a friendly talk with the delegation of the Lao People's
    # Revolutionary Party led by Khamphoui Sisavath"; stop 61: "Choe Myong Su met the delegation"
    text = ("Kim Song Nam met and had a friendly talk with the delegation of the Lao People's Revolutionary Party "
            "led by Khamphoui Sisavath on Monday.")  # fmt: skip
    p = paragraph(1, text, people=["Kim Song Nam", "Khamphoui Sisavath"], orgs=["Lao People's Revolutionary Party"])
    assert ("MEET", "Kim Song Nam", "Khamphoui Sisavath") in sides_of([p])
    second = paragraph(2, "Ri Chol Man met the delegation on Tuesday.", people=["Ri Chol Man"])
    assert ("MEET", "Ri Chol Man", "Khamphoui Sisavath") in sides_of([p, second])
    # (not a delegation told more closely: "met the Cuban delegation")
    second = paragraph(2, "Ri Chol Man met the Cuban delegation on Tuesday.", people=["Ri Chol Man"],
                       countries=["Cuban"])  # fmt: skip
    assert ("MEET", "Ri Chol Man", "Khamphoui Sisavath") not in sides_of([p, second])


def test_the_reviews_misfires_of_the_second_stop_62_rules_stay_mended():
    # a criticism rejected with a phrase of its own is another one, not the one told before
    first = paragraph(1, "Britain criticised Russia over the expulsions.", countries=["Britain", "Russia"])
    text = "Mikheil Saakashvili dismissed the criticism of his government by opposition parties."
    second = paragraph(2, text, people=["Mikheil Saakashvili"])
    assert ("CRITICIZE", None, "Mikheil Saakashvili") in sides_of([first, second])
    # "it" under a participle that is no one's words is not the participle's doer's
    text = "Russia expelled a British diplomat working for the British Council, which it accused of spying."
    p = paragraph(1, text, countries=["Russia", "British"], orgs=["British Council"])
    assert ("CRITICIZE", "British", "British Council") not in sides_of([p])
    # talks with "two Ugandan officials" are not with the two people named before
    first = paragraph(1, "Mwai Kibaki and Raila Odinga signed a deal.", people=["Mwai Kibaki", "Raila Odinga"])
    second = paragraph(2, "Kofi Annan later held talks with two senior Ugandan officials in Kampala.",
                       people=["Kofi Annan"], countries=["Ugandan"], places=["Kampala"])  # fmt: skip
    assert ("MEET", "Kofi Annan", "Mwai Kibaki") not in sides_of([first, second])
    # "talks between the union and Ford" are the union's named before, not any body's
    text = ("The IG Metall union called a strike at the Cologne plant, and Volkswagen warned of supply problems. "
            "Talks between the union and Ford resumed.")  # fmt: skip
    p = paragraph(1, text, orgs=["IG Metall union", "Ford", "Volkswagen"])
    got = sides_of([p])
    assert ("MEET", "Volkswagen", "Ford") not in got and ("MEET", "IG Metall union", "Ford") in got
    # a speaker's second deed needs a past verb of saying, and a said clause that is not in the past
    text = "Western diplomats say Sudan is stalling and criticised the African Union last week."
    p = paragraph(1, text, countries=["Sudan"], orgs=["African Union"])
    assert ("CRITICIZE", "Sudan", "African Union") in sides_of([p])
    # the two countries a speaker visited, told after the speaker's noun, are the two
    text = "Terje Larsen, who visited Israel and Syria last week, criticised the two countries for the clashes."
    p = paragraph(1, text, people=["Terje Larsen"], countries=["Israel", "Syria"])
    got = sides_of([p])
    assert ("CRITICIZE", "Terje Larsen", "Israel") in got and ("CRITICIZE", "Terje Larsen", "Syria") in got


def test_both_delegation_leaders_are_the_two_who_led():
    # stop 62: "… Kenya's president met separately with both delegation leaders"
    first = paragraph(1, "Barnaba Deng and Lam Riek arrived in Nairobi for the talks.", people=["Barnaba Deng",
                                                                                              "Lam Riek"],
                      places=["Nairobi"])  # fmt: skip
    second = paragraph(2, "Ali Kenyatta met separately with both delegation leaders on Tuesday.",
                       people=["Ali Kenyatta"])  # fmt: skip
    got = sides_of([first, second])
    assert ("MEET", "Ali Kenyatta", "Barnaba Deng") in got and ("MEET", "Ali Kenyatta", "Lam Riek") in got
    # (not both of a nationality the two were not told to be of: "both Kenyan ministers")
    second = paragraph(2, "Ali Kenyatta met separately with both Kenyan ministers on Tuesday.",
                       people=["Ali Kenyatta"], countries=["Kenyan"])  # fmt: skip
    assert ("MEET", "Ali Kenyatta", "Barnaba Deng") not in sides_of([first, second])


def test_a_reception_at_a_named_hall_and_a_members_who_are_the_members():
    # stop 63: "The visitors were received … at the Palace of the Revolution by X, a member of the
    # Political Bureau, who thanked Vietnam": the parser hangs "by X" on the palace, whose "of" is
    # its name's, and "who" on the bureau, where a member of it is meant
    text = "A delegation of the Communist Party of Vietnam headed by Nguyen Van Thuong arrived on Sunday."
    first = paragraph(1, text, people=["Nguyen Van Thuong"], orgs=["Communist Party of Vietnam"])
    text = ("The visitors were received on Monday at the Palace of the Revolution by Ernesto Valdes, a member of "
            "the Political Bureau, who thanked Vietnam for the rice donations.")  # fmt: skip
    second = paragraph(2, text, people=["Ernesto Valdes"], orgs=["Political Bureau"], countries=["Vietnam"],
                       places=["Palace of the Revolution"])  # fmt: skip
    got = sides_of([first, second])
    assert ("MEET", "Ernesto Valdes", "Nguyen Van Thuong") in got
    assert ("SUPPORT", "Ernesto Valdes", "Vietnam") in got and ("SUPPORT", "Political Bureau", "Vietnam") not in got


def test_people_set_off_after_a_plural_of_posts_are_whom_one_met():
    # stop 63: "held a breakfast meeting with his French and German counterparts, Dominique Lavalette
    # and Ulrich Brenner": the two, not France and Germany (the parser hangs the names on the verb)
    text = ("Peter Harland held a breakfast meeting with his French and German counterparts, Dominique "
            "Lavalette and Ulrich Brenner, before the final session.")  # fmt: skip
    p = paragraph(1, text, people=["Peter Harland", "Dominique Lavalette", "Ulrich Brenner"],
                  countries=["French", "German"])  # fmt: skip
    got = [e for e in sides_of([p]) if e[0] == "MEET"]
    assert sorted(got) == [
        ("MEET", "Peter Harland", "Dominique Lavalette"),
        ("MEET", "Peter Harland", "Ulrich Brenner"),
    ]
    # names in a clause of their own are not the list
    text = ("Peter Harland held talks with the French and German counterparts, as Dominique Lavalette and "
            "Ulrich Brenner watched.")  # fmt: skip
    p = paragraph(1, text, people=["Peter Harland", "Dominique Lavalette", "Ulrich Brenner"],
                  countries=["French", "German"])  # fmt: skip
    assert ("MEET", "Peter Harland", "Ulrich Brenner") not in sides_of([p])


def test_people_of_a_body_by_its_kind_are_the_body_of_that_kind_named_before():
    # stop 63: "Corvell chief executive Stephen Pryor met union officials": Amicus, the union the
    # article named ("engineering union Amicus"), not no one
    first = paragraph(1, "Engineering union Amicus has attacked car parts maker Corvell for cutting jobs.",
                      orgs=["Amicus", "Corvell"])  # fmt: skip
    second = paragraph(2, "Corvell chief executive Stephen Pryor met union officials in Coventry on Monday.",
                       people=["Stephen Pryor"], orgs=["Corvell"], places=["Coventry"])  # fmt: skip
    assert ("MEET", "Stephen Pryor", "Amicus") in sides_of([first, second])
    # with no union named before, no one; nor a kind the article named no body of
    first = paragraph(1, "Car parts maker Corvell is cutting jobs.", orgs=["Corvell"])
    assert ("MEET", "Stephen Pryor", "Corvell") not in sides_of([first, second])
    third = paragraph(2, "Stephen Pryor met party leaders in Cardiff.", people=["Stephen Pryor"], places=["Cardiff"])
    assert [e for e in sides_of([first, third]) if e[2] is not None] == []


def test_a_ministry_that_names_no_country_acts_for_the_datelines():
    # stop 63: "ABU DHABI, 14th April, 2025 (WAM) -- … In a statement, the Ministry of Foreign Affairs
    # reaffirmed its support for …": the UAE's ministry, the country of the story's dateline
    first = paragraph(1, "The United Arab Emirates hosted the talks in Abu Dhabi.", countries=["United Arab Emirates"],
                      places=["Abu Dhabi"])  # fmt: skip
    second = paragraph(2, "The Ministry of Foreign Affairs praised Egypt for its mediation.",
                       orgs=["Ministry of Foreign Affairs"], countries=["Egypt"])  # fmt: skip
    filed = [dataclasses.replace(p, dateline_place_entity="Abu Dhabi") for p in (first, second)]
    assert ("SUPPORT", "United Arab Emirates", "Egypt") in sides_of(filed)
    # not where the article is about another country than the dateline's
    third = paragraph(3, "Egypt thanked Qatar, and Egypt later hosted more talks.", countries=["Egypt", "Qatar"])
    filed = [dataclasses.replace(p, dateline_place_entity="Abu Dhabi") for p in (first, second, third)]
    assert ("SUPPORT", "United Arab Emirates", "Egypt") not in sides_of(filed)


def test_the_ministers_of_two_countries_met_each_other():
    # stop 63: "The presidents of the Democratic Republic of Congo and Rwanda met face-to-face" (the
    # presidents were tried and dropped: five wrong rows on an unread set, whose leaders were
    # named after, as the gold of another set writes them)
    text = "The foreign ministers of India and Pakistan met in Islamabad on Saturday."
    p = paragraph(1, text, countries=["India", "Pakistan"], places=["Islamabad"])
    assert ("MEET", "India", "Pakistan") in sides_of([p])
    text = "Negotiators of France and Germany held talks in Berlin."
    p = paragraph(1, text, countries=["France", "Germany"], places=["Berlin"])
    assert ("MEET", "France", "Germany") in sides_of([p])
    # teams that met played a fixture
    text = "The teams of Chile and Peru met in Lima on Saturday."
    p = paragraph(1, text, countries=["Chile", "Peru"], places=["Lima"])
    assert sides_of([p]) == []


def test_a_sites_introduction_before_the_dateline_does_not_move_the_story():
    # stop 63: a solidarity site's introduction names other places ("Our site rarely republishes
    # material from the Gulf …"); the item after its dateline, "ABU DHABI, … (WAM) -- X received Y",
    # is still a reception where it was filed, so Y's visit to that country
    intro = paragraph(1, "Our site has followed Cuba's diplomacy since a trip to Venezuela.",
                      countries=["Cuba", "Venezuela"])  # fmt: skip
    text = "HAVANA, May 4 (Prensa Latina) -- Ana Ruiz received Tomas Kell, who is visiting the country."
    item = paragraph(2, text, people=["Ana Ruiz", "Tomas Kell"], places=["HAVANA"])
    got = sides_of([intro, dataclasses.replace(item, dateline_place_entity="HAVANA")])
    assert ("VISIT", "Tomas Kell", "Cuba") in got


def test_whose_company_is_the_body_of_the_office_before():
    # stop 63: "Birgit Lorenz, chief executive of Hallstein Energie, whose company signed a contract
    # with …": Hallstein Energie signed (even where the model took its name for a person's)
    text = ("Kiprotich also met Birgit Lorenz, chief executive of Hallstein Energie, whose company signed a "
            "contract with the Rift Valley Power Company.")  # fmt: skip
    for kind in ("ORG", "PERSON"):
        p = paragraph(1, text, people=["Kiprotich", "Birgit Lorenz"], orgs=["Rift Valley Power Company"])
        start = text.index("Hallstein Energie")
        named = EntitySpan(start, start + len("Hallstein Energie"), "Hallstein Energie", kind)
        p = dataclasses.replace(p, entities=tuple(sorted([*p.entities, named], key=lambda e: e.char_start)))
        assert ("SIGN", "Hallstein Energie", "Rift Valley Power Company") in sides_of([p]), kind
    # a person's party the article does not name is no one's
    text = "He praised Tom Reed, whose party signed a pact with Labour."
    p = paragraph(1, text, people=["Tom Reed"], orgs=["Labour"])
    assert [e for e in sides_of([p]) if e[0] == "SIGN"] == [("SIGN", None, "Labour")]


def test_a_deal_condemned_by_its_partys_demonym_is_that_partys():
    # stop 63: "Israel's foreign ministry condemned the Russian deal as 'reckless'": Russia's deal
    text = "Israel's foreign ministry condemned the Russian deal as reckless."
    p = paragraph(1, text, countries=["Israel", "Russian"])
    assert ("CRITICIZE", "Israel", "Russian") in sides_of([p])
    # a deal between named sides is theirs; a bare deal no one's
    text = "Israel condemned the deal between Russia and Iran."
    p = paragraph(1, text, countries=["Israel", "Russia", "Iran"])
    assert {e for e in sides_of([p]) if e[0] == "CRITICIZE"} == {("CRITICIZE", "Israel", "Russia"),
                                                                   ("CRITICIZE", "Israel", "Iran")}  # fmt: skip
    p = paragraph(1, "Israel condemned the deal.", countries=["Israel"])
    assert [e for e in sides_of([p]) if e[0] == "CRITICIZE"] == []
    # nor a deal by its name (stop 60: "who has long championed the EU-Mercosur agreement")
    text = "Mr Lula praised the EU-Mercosur agreement."
    p = paragraph(1, text, people=["Lula"], orgs=["EU-Mercosur"])
    assert [e for e in sides_of([p]) if e[0] == "SUPPORT"] == []


def test_an_office_holders_office_acts_for_the_holder():
    # stop 63: "The Israeli prime minister's office, in turn, accused Hamas of rejecting every compromise"
    text = "The Israeli prime minister's office, in turn, accused Hamas of rejecting every compromise."
    p = paragraph(1, text, countries=["Israeli"], orgs=["Hamas"])
    assert ("CRITICIZE", "Israeli", "Hamas") in sides_of([p])
    text = "Tony Blair's office criticised the BBC."
    assert ("CRITICIZE", "Tony Blair", "BBC") in sides_of([paragraph(1, text, people=["Tony Blair"], orgs=["BBC"])])


def test_standing_with_a_country_or_a_body_is_support():
    # stop 63: "The Red Horizon Solidarity Committee stands with Cuba."
    text = "The Red Horizon Solidarity Committee stands with Cuba."
    p = paragraph(1, text, orgs=["Red Horizon Solidarity Committee"], countries=["Cuba"])
    assert sides_of([p]) == [("SUPPORT", "Red Horizon Solidarity Committee", "Cuba")]
    # with a person, as often beside them; and beside a body somewhere
    text = "Tony Blair stood with Gordon Brown on the stage."
    assert sides_of([paragraph(1, text, people=["Tony Blair", "Gordon Brown"])]) == []
    text = "Tony Blair stood with Oxfam at the launch."
    assert sides_of([paragraph(1, text, people=["Tony Blair"], orgs=["Oxfam"])]) == []
    # a stance of always is a habit, not a support told now
    text = "The Red Horizon Solidarity Committee has always stood with Cuba."
    assert sides_of([paragraph(1, text, orgs=["Red Horizon Solidarity Committee"], countries=["Cuba"])]) == []


def test_a_delegation_told_again_after_its_leader_set_off_by_a_comma():
    # stop 63: "a delegation of the Peruvian Socialist Convergence led by its president, Marisol
    # Quispe, … The delegation is visiting China": Quispe's visit; and "X, whose delegation arrived
    # in China", X's
    text = ("Sun Haiping met with a delegation of the Peruvian Socialist Convergence led by its president, "
            "Marisol Quispe, in Beijing on Tuesday. The delegation is visiting China at the invitation of "
            "the CPC.")  # fmt: skip
    p = paragraph(1, text, people=["Sun Haiping", "Marisol Quispe"], orgs=["Peruvian Socialist Convergence", "CPC"],
                  countries=["China"], places=["Beijing"])  # fmt: skip
    assert ("VISIT", "Marisol Quispe", "China") in sides_of([p])
    text = "Kwame Mensah, whose delegation arrived in China on Monday, praised the CPC."
    p = paragraph(1, text, people=["Kwame Mensah"], orgs=["CPC"], countries=["China"])
    assert ("VISIT", "Kwame Mensah", "China") in sides_of([p])


def test_who_after_a_description_with_a_is_the_one_described():
    # stop 63: "Senator Mark Hollister, a Republican from Ohio who arrived in Tbilisi on Wednesday"
    text = "Senator Mark Hollister, a Republican from Ohio who arrived in Georgia on Wednesday, met Nino Kapanadze."
    p = paragraph(1, text, people=["Mark Hollister", "Nino Kapanadze"], countries=["Georgia"], places=["Ohio"])
    assert ("VISIT", "Mark Hollister", "Georgia") in sides_of([p])


def test_final_as_a_word_of_talks_is_no_sport_fixture():
    # stop 44: "Karaduman, who flew to Seoul on Sunday, held talks … to settle the final terms": a
    # visit; "final" is a fixture only as a noun
    text = "Selim Karaduman, who flew to South Korea on Sunday, held talks with Park Ji-hoon to settle the final terms."
    p = paragraph(1, text, people=["Selim Karaduman", "Park Ji-hoon"], countries=["South Korea"])
    assert ("VISIT", "Selim Karaduman", "South Korea") in sides_of([p])
    text = "Ana Kell flew to Portugal on the final day of the talks."
    assert ("VISIT", "Ana Kell", "Portugal") in sides_of(
        [paragraph(1, text, people=["Ana Kell"], countries=["Portugal"])]
    )
    text = "Ana Kell flew to Portugal for the final against Chelsea."
    p = paragraph(1, text, people=["Ana Kell"], countries=["Portugal"], orgs=["Chelsea"])
    assert [e for e in sides_of([p]) if e[0] == "VISIT"] == []


def test_a_host_received_the_people_set_off_after_plural_posts():
    # stop 61: "received the foreign ministers of Burkina Faso and Niger, Jean-Marie Sawadogo and
    # Issoufou Maïga, who were on a joint visit": the two, not their countries
    text = ("General Oumar Diakite received the foreign ministers of Burkina Faso and Niger, Jean-Marie Sawadogo "
            "and Issoufou Maiga, on Wednesday.")  # fmt: skip
    p = paragraph(1, text, people=["Oumar Diakite", "Jean-Marie Sawadogo", "Issoufou Maiga"],
                  countries=["Burkina Faso", "Niger"])  # fmt: skip
    got = sides_of([p])
    assert ("MEET", "Oumar Diakite", "Jean-Marie Sawadogo") in got and (
        "MEET",
        "Oumar Diakite",
        "Issoufou Maiga",
    ) in got


def test_talks_between_the_two_are_the_two_named_before():
    # stop 62: "signed the deal with Arief Wicaksono after a final round of talks between the two"
    text = "Henrik Aalto signed the deal with Arief Wicaksono after a final round of talks between the two."
    p = paragraph(1, text, people=["Henrik Aalto", "Arief Wicaksono"])
    assert ("MEET", "Henrik Aalto", "Arief Wicaksono") in sides_of([p])
    text = "Ana Kell and Tom Hale were there. Talks between the pair went well."
    assert ("MEET", "Ana Kell", "Tom Hale") in sides_of([paragraph(1, text, people=["Ana Kell", "Tom Hale"])])
    # not two others ("talks between two officials")
    text = "Ana Kell and Tom Hale were there. Talks between two officials went well."
    assert [e for e in sides_of([paragraph(1, text, people=["Ana Kell", "Tom Hale"])]) if e[0] == "MEET"] == []


def test_a_deeds_by_hung_on_the_last_noun_of_its_of_phrases_is_its_doer():
    # stop 61: "condemned the storming of the courtyards of Al-Aqsa Mosque by Israel's Minister of
    # National Security, Eliyahu Ben-Ami": the parser hangs "by" on the mosque
    text = "The UAE condemned the storming of the courtyards of Al-Aqsa Mosque by Eliyahu Ben-Ami."
    p = paragraph(1, text, countries=["UAE"], people=["Eliyahu Ben-Ami"], places=["Al-Aqsa Mosque"])
    assert ("CRITICIZE", "UAE", "Eliyahu Ben-Ami") in sides_of([p])


def test_a_commentary_issued_says_what_its_issuer_says():
    # stop 62: "The KCNA on Wednesday issued a commentary denouncing the joint air drills staged by
    # the United States and Japan"
    text = ("The KCNA on Wednesday issued a commentary denouncing the joint air drills staged by the United States "
            "and Japan near the Korean peninsula.")  # fmt: skip
    p = paragraph(1, text, orgs=["KCNA"], countries=["United States", "Japan"])
    assert ("CRITICIZE", "KCNA", "United States") in sides_of([p]) and ("CRITICIZE", "KCNA", "Japan") in sides_of([p])


def test_the_ministry_told_again_acts_for_the_datelines_country():
    # stop 62: "In a statement, the Ministry of Foreign Affairs expressed … ‖ The Ministry also
    # welcomed the decision by the African Union …, and praised Egypt and Djibouti"
    first = paragraph(1, "The United Arab Emirates hosted the talks in Abu Dhabi.", countries=["United Arab Emirates"],
                      places=["Abu Dhabi"])  # fmt: skip
    second = paragraph(2, "In a statement, the Ministry of Foreign Affairs expressed its condolences.",
                       orgs=["Ministry of Foreign Affairs"])  # fmt: skip
    third = paragraph(
        3, "The Ministry also praised Egypt and Djibouti for their troops.", countries=["Egypt", "Djibouti"]
    )
    filed = [dataclasses.replace(p, dateline_place_entity="Abu Dhabi") for p in (first, second, third)]
    got = sides_of(filed)
    assert ("SUPPORT", "United Arab Emirates", "Egypt") in got and (
        "SUPPORT",
        "United Arab Emirates",
        "Djibouti",
    ) in got


def test_a_package_of_agreements_signed_by_two_is_between_them():
    # stop 60: "A broad package of energy and agricultural agreements was signed on Tuesday by
    # Venezuela's Foreign Minister X and his Nicaraguan counterpart, Y"
    # (the parser reads "energy and agricultural agreements" as a list, and hangs the counterpart's
    # name on the verb)
    text = ("A broad package of energy and agricultural agreements was signed on Tuesday by Venezuela's Foreign "
            "Minister Rafael Urdaneta Colmenares and his Nicaraguan counterpart, Dolores Arauz Membreño, at the "
            "close of a two-day visit by the Venezuelan diplomat to Managua.")  # fmt: skip
    p = paragraph(1, text, people=["Rafael Urdaneta Colmenares", "Dolores Arauz Membreño"],
                  countries=["Venezuela", "Nicaraguan"], places=["Managua"])  # fmt: skip
    assert ("SIGN", "Rafael Urdaneta Colmenares", "Dolores Arauz Membreño") in sides_of([p])


def test_her_counterpart_signing_with_her_is_whom_she_met():
    # stop 59: "After talks with … Yerlan Sadykov, Wolters and her counterpart signed a declaration"
    text = ("Annegret Wolters held talks with Yerlan Sadykov in Astana. Afterwards, Wolters and her counterpart "
            "signed a declaration of intent on raw materials.")  # fmt: skip
    p = paragraph(1, text, people=["Annegret Wolters", "Yerlan Sadykov"], places=["Astana"])
    again = text.rindex("Wolters")
    wolters = EntitySpan(again, again + len("Wolters"), "Annegret Wolters", "PERSON")
    p = dataclasses.replace(p, entities=tuple(sorted([*p.entities, wolters], key=lambda e: e.char_start)))
    assert ("SIGN", "Annegret Wolters", "Yerlan Sadykov") in sides_of([p])


def test_the_review_of_stop_64s_rules_found_these_wrong():
    # "talks between the two" are not the source of what was said
    text = "Youssef Tazi met Karim Bouzid, his aide Rachid Amrani said. Talks between the two lasted an hour."
    p = paragraph(1, text, people=["Youssef Tazi", "Karim Bouzid", "Rachid Amrani"])
    assert all("Rachid Amrani" not in e for e in sides_of([p]))
    # guests listed after plural posts are not those a verb of saying follows
    text = ("Driss Alaoui received the ambassadors of Spain and France, Pilar Gomez and Henri Blanc said, on "
            "Monday in Rabat.")  # fmt: skip
    p = paragraph(1, text, people=["Driss Alaoui", "Pilar Gomez", "Henri Blanc"], countries=["Spain", "France"])
    assert all("Pilar Gomez" not in e and "Henri Blanc" not in e for e in sides_of([p]))
    # "union officials" are no union only in name ("Union Pacific", "the European Union"), nor
    # "party leaders" a party's
    for first, orgs in (("Union Pacific has cut 1,000 jobs.", ["Union Pacific"]),
                        ("The European Union has criticised the rail strike.", ["European Union"])):  # fmt: skip
        second = paragraph(2, "Dave Heinemann met union officials on Monday.", people=["Dave Heinemann"])
        assert ("MEET", "Dave Heinemann", orgs[0]) not in sides_of([paragraph(1, first, orgs=orgs), second])
    first = paragraph(1, "The Labour Party attacked the budget.", orgs=["Labour Party"])
    second = paragraph(2, "George Oakes met party leaders on Tuesday.", people=["George Oakes"])
    assert ("MEET", "George Oakes", "Labour Party") not in sides_of([first, second])
    # but the GMB union is a union by the word after its name
    first = paragraph(1, "The GMB union has attacked Asda over pay.", orgs=["GMB", "Asda"])
    second = paragraph(2, "Andy Bond met union officials on Monday.", people=["Andy Bond"])
    assert ("MEET", "Andy Bond", "GMB") in sides_of([first, second])
    # a cricket Test and a one-day international are fixtures
    fixtures = (("Tom Hale flew to India for the final Test in Mumbai.", "India"),
                ("Tom Hale flew to Australia for the final one-day international.", "Australia"))  # fmt: skip
    for text, country in fixtures:
        p = paragraph(1, text, people=["Tom Hale"], countries=[country])
        assert [e for e in sides_of([p]) if e[0] == "VISIT"] == [], text


def test_a_ministry_told_with_its_place_or_its_country_is_not_the_datelines():
    # the review: "LONDON … The Ministry of Foreign Affairs in Moscow condemned the decision"; "MOSCOW …
    # Ukraine's Ministry of Energy accused Gazprom … The Ministry also criticised Hungary"
    first = paragraph(1, "Britain has tightened sanctions on Russia.", countries=["Britain", "Russia"])
    second = paragraph(2, "The Ministry of Foreign Affairs in Moscow condemned Britain.", countries=["Britain"],
                       orgs=["Ministry of Foreign Affairs"], places=["Moscow"])  # fmt: skip
    first = dataclasses.replace(first, dateline_place_entity="London")
    second = dataclasses.replace(second, dateline_place_entity="London")
    london = paragraph(0, "Britain and London.", countries=["Britain"], places=["London"])
    london = dataclasses.replace(london, dateline_place_entity="London")
    assert ("CRITICIZE", "Britain", "Britain") not in sides_of([london, first, second])
    first = paragraph(1, "Ukraine's Ministry of Energy accused Gazprom of cutting supplies.", countries=["Ukraine"],
                      orgs=["Ministry of Energy", "Gazprom"], places=["Moscow"][:0])  # fmt: skip
    second = paragraph(2, "The Ministry also criticised Hungary.", countries=["Hungary"])
    russia = paragraph(0, "Russia and Moscow.", countries=["Russia"], places=["Moscow"])
    filed = [dataclasses.replace(p, dateline_place_entity="Moscow") for p in (russia, first, second)]
    assert ("CRITICIZE", "Russia", "Hungary") not in sides_of(filed)


def test_the_review_of_stop_64s_rules_found_these_missing():
    # "condemned the Russian arms deal": the demonym on the deal's modifier
    text = "Israel condemned the Russian arms deal with Iran."
    p = paragraph(1, text, countries=["Israel", "Russian", "Iran"])
    assert ("CRITICIZE", "Israel", "Russian") in sides_of([p])
    # "whose delegation flew to Russia": a delegation travels as people do
    text = "Kwame Mensah, whose delegation flew to Russia on Monday, praised Moscow."
    p = paragraph(1, text, people=["Kwame Mensah"], countries=["Russia"], places=["Moscow"])
    assert ("VISIT", "Kwame Mensah", "Russia") in sides_of([p])


def test_a_call_held_with_someone_is_a_meeting():
    # stop 59: "Laursen later held a call with Ukrainian Foreign Minister Oleh Bondar"
    text = "Henrik Laursen later held a call with Ukrainian Foreign Minister Oleh Bondar."
    p = paragraph(1, text, people=["Henrik Laursen", "Oleh Bondar"], countries=["Ukrainian"])
    assert ("MEET", "Henrik Laursen", "Oleh Bondar") in sides_of([p])
    # not calls for something
    assert sides_of([paragraph(1, "Tony Blair renewed his calls for a ban on Monday.", people=["Tony Blair"])]) == []


def test_he_and_a_titled_name_sign_or_meet_as_two():
    # stop 64: "travelled to Cúcuta, where he and Colombian Foreign Minister Mariana Tovar Ruiz signed
    # an agreement" (the parser hangs "he and" on the name after it)
    text = ("Ecuadorian Defence Minister Paula Andrade Vega travelled on Tuesday to the Colombian port city of "
            "Tumaco, where she and Colombian Trade Minister Sara Gómez Ríos signed an agreement on joint patrols "
            "along the coast.")  # fmt: skip
    p = paragraph(1, text, people=["Paula Andrade Vega", "Sara Gómez Ríos"], places=["Tumaco"])
    assert ("SIGN", "Paula Andrade Vega", "Sara Gómez Ríos") in sides_of([p])
    # "he and X met": whom "he" means met X
    text = "Prime Minister John Clarke went to Rome, where he and Italian Prime Minister Paolo Ricci met for two hours."
    p = paragraph(1, text, people=["John Clarke", "Paolo Ricci"], places=["Rome"])
    assert ("MEET", "John Clarke", "Paolo Ricci") in sides_of([p])
    first = paragraph(1, "Jane Okafor flew to Tokyo on Monday.", people=["Jane Okafor"], places=["Tokyo"])
    second = paragraph(2, "Later she and Foreign Minister Aiko Mori held talks on trade.", people=["Aiko Mori"])
    assert ("MEET", "Jane Okafor", "Aiko Mori") in sides_of([first, second])


def test_stop_64s_signings_told_by_role_nouns_and_split_names():
    # "who" hung on the body a second post is of: the person who holds the posts
    text = ("The visitors were received by Marta Quiroga Soler, member of the Secretariat and head of the Party's "
            "International Relations Department, who held talks with Bounmy Sisouk on party building.")  # fmt: skip
    p = paragraph(1, text, people=["Marta Quiroga Soler", "Bounmy Sisouk"],
                  orgs=["International Relations Department"])  # fmt: skip
    got = [e for e in sides_of([p]) if e[0] == "MEET"]
    assert ("MEET", "Marta Quiroga Soler", "Bounmy Sisouk") in got
    assert all("International Relations Department" not in e for e in got)
    # "the delegations then signed": the two who met, each for a side
    first = paragraph(1, "Foreign Minister Elena Vargas received Deputy Minister Pavel Orlov in Lima on Monday.",
                      people=["Elena Vargas", "Pavel Orlov"], places=["Lima"])  # fmt: skip
    second = paragraph(2, "The delegations then signed three cooperation instruments.")
    assert ("SIGN", "Elena Vargas", "Pavel Orlov") in sides_of([first, second])
    # "the minister and her counterpart, X, signed" (the parser hangs X on "the minister")
    first = paragraph(1, "Health Minister Lidia Carmona Paz arrived on Monday in Saint Lucia.",
                      people=["Lidia Carmona Paz"], countries=["Saint Lucia"])  # fmt: skip
    second = paragraph(2, "Later that day, the minister and her Saint Lucian counterpart, Desmond Alleyne, signed a "
                          "new agreement on nurses.", people=["Desmond Alleyne"])  # fmt: skip
    assert ("SIGN", "Lidia Carmona Paz", "Desmond Alleyne") in sides_of([first, second])
    # a firm's name the parser splits off its kind: "between the Lao firm X and the Cuban enterprise Y"
    text = ("An agreement on cane processing between the Lao firm Savan Agro Industries and the Cuban enterprise "
            "Tecnoazúcar was also signed in the presence of the delegation.")  # fmt: skip
    p = paragraph(1, text, orgs=["Savan Agro Industries", "Tecnoazúcar"])
    assert ("SIGN", "Savan Agro Industries", "Tecnoazúcar") in sides_of([p])


def test_an_owned_agreement_to_be_undone_is_no_signing():
    # stop 64: "condemned Washington's pressure on Caribbean governments to end their health agreements with Havana"
    text = "Pressure on Shell to end its supply agreement with Qatar grew."
    assert [e for e in sides_of([paragraph(1, text, orgs=["Shell"], countries=["Qatar"])]) if e[0] == "SIGN"] == []
    text = "Shell's agreement with Qatar was the largest of the year."
    assert ("SIGN", "Shell", "Qatar") in sides_of([paragraph(1, text, orgs=["Shell"], countries=["Qatar"])])


def test_a_guest_welcomed_where_she_arrived_or_by_title_in_a_place_is_received():
    # stop 64: "travelled on to Roseau, where she was welcomed by Dominica's health minister, X"
    first = paragraph(1, "Health Minister Lidia Carmona Paz arrived in Saint Lucia on Monday.",
                      people=["Lidia Carmona Paz"], countries=["Saint Lucia"])  # fmt: skip
    second = paragraph(2, "On Wednesday the minister travelled on to Kingstown, where she was welcomed by the "
                          "health minister of Saint Vincent, Orville Baptiste.",
                       people=["Orville Baptiste"], places=["Kingstown"], countries=["Saint Vincent"])  # fmt: skip
    got = sides_of([first, second])
    assert ("MEET", "Orville Baptiste", "Lidia Carmona Paz") in got
    assert ("SUPPORT", "Orville Baptiste", "Lidia Carmona Paz") not in got
    # "welcomed Cuban Health Minister X in Roseau": a reception, not praise
    text = "Grenada's health minister, Nigel Dubois, welcomed Cuban Health Minister Ana Ferrer Gil in St George's."
    p = paragraph(1, text, people=["Nigel Dubois", "Ana Ferrer Gil"], countries=["Grenada", "Cuban"],
                  places=["St George's"])  # fmt: skip
    got = sides_of([p])
    assert ("MEET", "Nigel Dubois", "Ana Ferrer Gil") in got and (
        "SUPPORT",
        "Nigel Dubois",
        "Ana Ferrer Gil",
    ) not in got
    # but a plan welcomed where it was sent is praise of it, and a minister at home no guest
    text = "The plan went to Brussels, where it was welcomed by Commissioner Karl Brandt."
    assert [
        e for e in sides_of([paragraph(1, text, people=["Karl Brandt"], places=["Brussels"])]) if e[0] == "MEET"
    ] == []
    text = "Tony Blair welcomed Chancellor Gordon Brown in Downing Street."
    p = paragraph(1, text, people=["Tony Blair", "Gordon Brown"], places=["Downing Street"])
    assert [e for e in sides_of([p]) if e[0] == "VISIT"] == []


def test_an_agreement_reached_between_two_is_theirs_not_the_welcomers():
    # stop 64: "The UAE welcomed the ceasefire agreement reached between Thailand and Cambodia"
    text = "Qatar welcomed the ceasefire agreement reached between Eritrea and Djibouti."
    got = [e for e in sides_of([paragraph(1, text, countries=["Qatar", "Eritrea", "Djibouti"])]) if e[0] == "SIGN"]
    assert got == [("SIGN", "Eritrea", "Djibouti")]


def test_stop_64s_unnamed_heads_and_state_epithets():
    # "HAVANA (Granma) — The President of the Republic received …": the head of the state the
    # story is filed from, named nowhere; not one with a word that says whose
    filed = paragraph(0, "Cuba and Havana.", countries=["Cuba"], places=["Havana"])
    first = paragraph(1, "The President of the Republic praised Angola on Tuesday.", countries=["Angola"])
    second = paragraph(2, "The visiting president praised Namibia.", countries=["Namibia"])
    got = sides_of([dataclasses.replace(p, dateline_place_entity="Havana") for p in (filed, first, second)])
    assert ("SUPPORT", "Cuba", "Angola") in got and ("SUPPORT", "Cuba", "Namibia") not in got
    # "thanked Angola for its vote … at the United Nations General Assembly and for its solidarity":
    # both Angola's
    text = ("Ana Lobo thanked Angola for its vote against the blockade at the United Nations General Assembly and "
            "for its solidarity with Cuba.")  # fmt: skip
    p = paragraph(1, text, people=["Ana Lobo"], countries=["Angola", "Cuba"], orgs=["United Nations General Assembly"])
    got = sides_of([p])
    assert ("SUPPORT", "Angola", "Cuba") in got and ("SUPPORT", "United Nations General Assembly", "Cuba") not in got
    # "the head of the delegation" is whom it was led by; "the U.S. imperialists" are the US
    first = paragraph(1, "A delegation of the Workers' Front led by its chairman Ivan Sokolov arrived here on Tuesday.",
                      people=["Ivan Sokolov"], orgs=["Workers' Front"])  # fmt: skip
    second = paragraph(2, "The head of the delegation denounced the U.S. imperialists for staging military drills.",
                       countries=["U.S."])  # fmt: skip
    assert ("CRITICIZE", "Ivan Sokolov", "U.S.") in sides_of([first, second])
    # "had a friendly talk with the delegation at the Mansudae Assembly Hall": the one who led it
    second = paragraph(2, "Kim Song Chol had a friendly talk with the delegation at the Mansudae Assembly Hall.",
                       people=["Kim Song Chol"], places=["Mansudae Assembly Hall"])  # fmt: skip
    assert ("MEET", "Kim Song Chol", "Ivan Sokolov") in sides_of([first, second])


def test_a_body_told_again_by_the_kind_its_name_says():
    # stop 64: "the union's decision" after "the Transport and General Workers' Union"; "backed the
    # airline" after "Albion Airways", not the charter firm named since
    first = paragraph(1, "The Rail Workers' Union has accused Northway Airways of bullying staff.",
                      orgs=["Rail Workers' Union", "Northway Airways"])  # fmt: skip
    second = paragraph(2, "Northway chief Tom Reed attacked the union's decision. The airline signed a deal with "
                          "charter firm SkyLift.", people=["Tom Reed"], orgs=["Northway", "SkyLift"])  # fmt: skip
    second = dataclasses.replace(second, entities=tuple(
        EntitySpan(e.char_start, e.char_end, "Northway Airways" if e.entity_id == "Northway" else e.entity_id, e.type)
        for e in second.entities))  # fmt: skip
    third = paragraph(3, "The Passengers' Council backed the airline.", orgs=["Passengers' Council"])
    got = sides_of([first, second, third])
    assert ("CRITICIZE", "Tom Reed", "Rail Workers' Union") in got
    assert ("SUPPORT", "Passengers' Council", "Northway Airways") in got
    # not a union of states
    first = paragraph(1, "The European Union fined Northway Airways.", orgs=["European Union", "Northway Airways"])
    second = paragraph(2, "Tom Reed attacked the union.", people=["Tom Reed"])
    assert ("CRITICIZE", "Tom Reed", "European Union") not in sides_of([first, second])


def test_delegations_by_their_demonyms_and_arrivals_told_where_filed():
    # stop 64: "Russian and Ukrainian delegations held a second round of direct peace talks"
    text = "Armenian and Azerbaijani delegations held a second round of peace talks on Monday."
    p = paragraph(1, text, countries=["Armenian", "Azerbaijani"])
    assert ("MEET", "Armenian", "Azerbaijani") in sides_of([p])
    # "ISTANBUL — … The Russian delegation, headed by X, had arrived on Sunday", "X flew in from Kyiv"
    filed = paragraph(0, "Turkey and Istanbul.", countries=["Turkey"], places=["Istanbul"])
    first = paragraph(1, "Armenian Foreign Minister Aram Petrosyan flew in from Yerevan on Monday morning.",
                      people=["Aram Petrosyan"], countries=["Armenian"], places=["Yerevan"])  # fmt: skip
    second = paragraph(2, "Azerbaijani envoy Elchin Aliyev had arrived on Sunday evening.",
                       people=["Elchin Aliyev"], countries=["Azerbaijani"])  # fmt: skip
    got = sides_of([dataclasses.replace(p, dateline_place_entity="Istanbul") for p in (filed, first, second)])
    assert ("VISIT", "Aram Petrosyan", "Turkey") in got and ("VISIT", "Elchin Aliyev", "Turkey") in got
    # not a return home, nor one whose country is the dateline's
    third = paragraph(3, "Turkish envoy Kaan Demir flew in from Ankara on Monday.", people=["Kaan Demir"],
                      countries=["Turkish"], places=["Ankara"])  # fmt: skip
    third = dataclasses.replace(third, entities=tuple(
        EntitySpan(e.char_start, e.char_end, "Turkey" if e.entity_id == "Turkish" else e.entity_id, e.type)
        for e in third.entities))  # fmt: skip
    got = sides_of([dataclasses.replace(p, dateline_place_entity="Istanbul") for p in (filed, third)])
    assert [e for e in got if e[0] == "VISIT"] == []


def test_the_review_of_stop_65s_rules_found_these_wrong():
    # an arrival with no place is a visit only of someone: not goods, troops or refugees, nor one
    # "on" an island
    filed = paragraph(0, "Russia and Moscow.", countries=["Russia"], places=["Moscow"])
    arrivals = (
        ("The Chinese shipment arrived on Monday.", ["Chinese"], []),
        ("Chinese troops arrived on Monday for joint exercises.", ["Chinese"], []),
        ("Chinese refugees arrived on Sakhalin on Monday.", ["Chinese"], ["Sakhalin"]),
    )
    for text, countries, places in arrivals:
        p = paragraph(1, text, countries=countries, places=places)
        got = sides_of([dataclasses.replace(q, dateline_place_entity="Moscow") for q in (filed, p)])
        assert [e for e in got if e[0] == "VISIT"] == [], text
    # "Iran's president arrived … The president criticised …": Iran's, not the dateline's
    filed = paragraph(0, "Switzerland and Geneva.", countries=["Switzerland"], places=["Geneva"])
    first = paragraph(1, "Iran's president arrived for talks.", countries=["Iran"])
    second = paragraph(2, "The president criticised the sanctions imposed by the United States.",
                       countries=["United States"])  # fmt: skip
    got = sides_of([dataclasses.replace(q, dateline_place_entity="Geneva") for q in (filed, first, second)])
    assert ("CRITICIZE", "Switzerland", "United States") not in got
    # (and the reception rule holds for "flew to X, where she was welcomed by Y")
    text = ("Health Minister Lidia Carmona Paz flew to Kingstown, where she was welcomed by the health minister of "
            "Saint Vincent, Orville Baptiste.")  # fmt: skip
    p = paragraph(1, text, people=["Lidia Carmona Paz", "Orville Baptiste"], places=["Kingstown"],
                  countries=["Saint Vincent"])  # fmt: skip
    assert ("MEET", "Orville Baptiste", "Lidia Carmona Paz") in sides_of([p])


def test_a_countrys_visit_where_its_leader_visited_is_the_leaders():
    # stop 64: "Japanese Prime Minister X arrived in Seoul …, the first visit to South Korea by a
    # Japanese leader in more than a year" read as Japan's visit too: one visit, X's
    from pipeline.lib.events.extraction import visits_by_their_people

    text = "Japanese Prime Minister Kenta Arai arrived in Seoul, the first visit to South Korea by a Japanese leader."
    p = paragraph(1, text, people=["Kenta Arai"], countries=["Japanese", "South Korea"], places=["Seoul"])
    p = dataclasses.replace(p, entities=tuple(
        EntitySpan(e.char_start, e.char_end, "Japan" if e.entity_id == "Japanese" else e.entity_id, e.type)
        for e in p.entities))  # fmt: skip
    arai = Event(1, "VISIT", "042", "Kenta Arai", "South Korea", "Seoul", None, text, "arrived")
    japan = Event(1, "VISIT", "042", "Japan", "South Korea", None, None, text, "visit")
    other = Event(1, "VISIT", "042", "Japan", "China", None, None, text, "visit")
    assert visits_by_their_people([arai, japan, other], [p]) == [arai, other]


def test_states_named_together_signing_deals_sign_with_each_other():
    # the review of stop 65: "Venezuela and Jamaica signed oil deals"; firms' deals stay each their own
    p = paragraph(1, "Russia and India signed defence deals worth 5 billion dollars.", countries=["Russia", "India"])
    assert ("SIGN", "Russia", "India") in sides_of([p])
    p = paragraph(1, "Ford and GM signed new deals on Monday.", orgs=["Ford", "GM"])
    assert ("SIGN", "Ford", "GM") not in sides_of([p])


def test_what_someone_promised_to_do_is_not_done():
    # BBC politics/262: "Mr Blair … promised to hail Labour's achievements" (a gold set's false row)
    p = paragraph(1, "Tony Blair promised to hail Labour's achievements.", people=["Tony Blair"], orgs=["Labour"])
    assert sides_of([p]) == []
    p = paragraph(1, "Ana Kell promised to visit Peru next year.", people=["Ana Kell"], countries=["Peru"])
    assert sides_of([p]) == []


def test_delegations_of_two_states_sign_for_them():
    # the review of stop 65: "The delegations of Japan and South Korea then signed …", "Russian and
    # Ukrainian delegations signed …"
    p = paragraph(1, "The delegations of Chile and Peru then signed three agreements.", countries=["Chile", "Peru"])
    assert ("SIGN", "Chile", "Peru") in sides_of([p])
    p = paragraph(1, "Armenian and Azerbaijani delegations signed a protocol.", countries=["Armenian", "Azerbaijani"])
    assert ("SIGN", "Armenian", "Azerbaijani") in sides_of([p])
    p = paragraph(1, "British and French fans signed a petition.", countries=["British", "French"])
    assert sides_of([p]) == []


def test_an_agreement_still_to_be_signed_is_no_signing():
    # the review of stop 65: "welcomed the accord to be signed between India and Pakistan next month"
    text = "Japan welcomed the accord to be signed between India and Pakistan next month."
    p = paragraph(1, text, countries=["Japan", "India", "Pakistan"])
    assert [e for e in sides_of([p]) if e[0] == "SIGN"] == []
    text = "Japan welcomed the accord signed between India and Pakistan last month."
    p = paragraph(1, text, countries=["Japan", "India", "Pakistan"])
    assert [e for e in sides_of([p]) if e[0] == "SIGN"] == [("SIGN", "India", "Pakistan")]


def test_a_measure_kept_in_force_by_someone_is_theirs():
    # stop 65: "condemned the extraterritorial measures applied by Washington" gave no side B
    text = "Mexican Foreign Minister Ana Soto condemned the measures applied by Kenya under the Trade Act."
    p = paragraph(1, text, people=["Ana Soto"], countries=["Kenya"])
    assert [(a, b) for _, a, b in sides_of([p])] == [("Ana Soto", "Kenya")]
    text = "Ana Soto condemned the blockade maintained by Kenya against the island."
    q = paragraph(1, text, people=["Ana Soto"], countries=["Kenya"])
    assert [(a, b) for _, a, b in sides_of([q])] == [("Ana Soto", "Kenya")]


def test_the_move_is_of_whom_the_sentence_before_was_about():
    # stop 60 and stop 65: "The United States imposed sanctions on two Chinese firms. ‖ China condemned
    # the move" gave no side B
    done = paragraph(1, "The United States on Thursday imposed sanctions on two firms, accusing them of fraud.",
                     countries=["United States"])  # fmt: skip
    condemned = paragraph(2, "China condemned the move as bullying.", countries=["China"])
    assert ("CRITICIZE", "China", "United States") in sides_of([done, condemned])
    # (not what someone only said would happen, nor a move whose maker is written with it)
    said = paragraph(1, "Ana Kell said on Monday that the tax would go.", people=["Ana Kell"])
    assert ("CRITICIZE", "China", "Ana Kell") not in sides_of([said, condemned])
    own = paragraph(2, "China condemned the move by Kenya.", countries=["China", "Kenya"])
    assert ("CRITICIZE", "China", "Kenya") in sides_of([done, own])
    # (the review of c140c52: nor after one who only thanked someone, nor a move with a "to" of its own)
    thanked = paragraph(
        1, "Vlad Petrenko thanked Germany for sending tanks.", people=["Vlad Petrenko"], countries=["Germany"]
    )
    russia = paragraph(2, "Russia condemned the move.", countries=["Russia"])
    assert ("CRITICIZE", "Russia", "Vlad Petrenko") not in sides_of([thanked, russia])
    hosted = paragraph(1, "Kenya hosted talks with Somalia on Monday.", countries=["Kenya", "Somalia"])
    close = paragraph(2, "Ethiopia condemned the move to close the border.", countries=["Ethiopia"])
    assert ("CRITICIZE", "Ethiopia", "Kenya") not in sides_of([hosted, close])
    # (nor a welcome: praise of a move whose makers the clause does not name is none of them)
    welcomed = paragraph(2, "Kenya welcomed the move as a sign of goodwill.", countries=["Kenya"])
    assert ("SUPPORT", "Kenya", "United States") not in sides_of([done, welcomed])


def test_their_support_given_by_a_verb_joined_to_another_is_of_their_shared_subject():
    # stop 65: "the leaders condemned the deployment of US warships … and expressed their full support
    # for the government of Venezuela" gave the United States' support
    text = "Ana Kell criticised the deployment of US warships and expressed her support for Kenya."
    p = paragraph(1, text, people=["Ana Kell"], countries=["US", "Kenya"])
    assert ("SUPPORT", "Ana Kell", "Kenya") in sides_of([p])
    text = "The leaders condemned the deployment of US warships and expressed their support for Kenya."
    q = paragraph(1, text, countries=["US", "Kenya"])
    assert ("SUPPORT", "US", "Kenya") not in sides_of([q])


def test_support_of_listed_givers_for_someone_is_for_that_one():
    # stop 65: "reiterated the firm support of the CPV, the State and the people of Vietnam for Cuba"
    # gave support for the CPV and for Vietnam (the parser hangs "for Cuba" on "Vietnam")
    text = "Tran Van Khiem reiterated the firm support of the CPV, the State and the people of Vietnam for Cuba."
    p = paragraph(1, text, people=["Tran Van Khiem"], orgs=["CPV"], countries=["Vietnam", "Cuba"])
    assert [(a, b) for t, a, b in sides_of([p]) if t == "SUPPORT"] == [("Tran Van Khiem", "Cuba")]


def test_the_two_officials_who_met_signed_with_each_other():
    # stop 65: "… held talks with Khiem … At the end of the talks, the two officials signed a
    # cooperation plan" gave no signing ("officials" is an office of a pair, as "ministers" is)
    met = paragraph(
        1, "Rogelio Paredes held talks with Tran Van Khiem on Monday.", people=["Rogelio Paredes", "Tran Van Khiem"]
    )
    signed = paragraph(2, "At the end of the talks, the two officials signed a cooperation plan.")
    assert ("SIGN", "Rogelio Paredes", "Tran Van Khiem") in sides_of([met, signed])


def test_two_peoples_signing_told_after_their_countries_signing_is_that_signing():
    # stop 65: "Indonesia signed a free trade agreement with Switzerland … Indonesian Trade Minister
    # X … signed it with Swiss Economy Minister Y" is one signing, not two
    text = (
        "Indonesia signed a free trade agreement with Switzerland on Monday. Indonesian Trade Minister"
        " Dewi Sari signed it with Swiss Economy Minister Beat Zollinger."
    )
    p = paragraph(1, text, countries=["Indonesia", "Switzerland"], people=["Dewi Sari", "Beat Zollinger"])
    assert [e for e in sides_of([p]) if e[0] == "SIGN"] == [("SIGN", "Indonesia", "Switzerland")]
    # (two others of those countries sign something of their own: a row of its own)
    text = (
        "Indonesia signed a free trade agreement with Switzerland. Kenyan Minister Ana Kell signed a deal"
        " with Swiss Minister Beat Zollinger."
    )
    q = paragraph(1, text, countries=["Indonesia", "Switzerland"], people=["Ana Kell", "Beat Zollinger"])
    assert ("SIGN", "Ana Kell", "Beat Zollinger") in sides_of([q])
    # (nor the people's signing told before an earlier one of the countries: BBC business/080, "Argentine
    # President Nestor Kirchner and Venezuelan President Hugo Chavez signed the deal on Tuesday. Last
    # April, Argentina signed a $240m agreement to import Venezuelan fuel")
    text = (
        "Argentine President Nestor Kirchner and Venezuelan President Hugo Chavez signed the deal on Tuesday."
        " Last April, Argentina signed a $240m agreement with Venezuela to import fuel."
    )
    countries = {
        "Argentine": "Argentina",
        "Argentina": "Argentina",
        "Venezuelan": "Venezuela",
        "Venezuela": "Venezuela",
    }
    r = naming_countries(1, text, ["Nestor Kirchner", "Hugo Chavez"], countries)
    assert ("SIGN", "Nestor Kirchner", "Hugo Chavez") in sides_of([r])


def test_a_countrys_stance_told_with_its_persons_is_the_persons_told_again():
    # stop 65: "Zambian Foreign Minister Banda thanked China … and said Zambia firmly supports the
    # initiative proposed by China" is one stance of Zambia's, Banda's (the gold's one row)
    countries = {"Zambian": "Zambia", "Zambia": "Zambia", "China": "China", "Kenya": "Kenya"}
    text = (
        "Zambian Foreign Minister Mwila Banda thanked China for its assistance. Zambia firmly supports the"
        " initiative proposed by China."
    )
    p = naming_countries(1, text, ["Mwila Banda"], countries)
    assert [e for e in sides_of([p]) if e[0] == "SUPPORT"] == [("SUPPORT", "Mwila Banda", "China")]
    # (the review of c140c52: not a former holder's, nor one told in another paragraph, a second)
    former = naming_countries(1, "Former " + text, ["Mwila Banda"], countries)
    assert ("SUPPORT", "Zambia", "China") in sides_of([former])
    thanked = naming_countries(1, text.split(". ")[0] + ".", ["Mwila Banda"], countries)
    again = naming_countries(2, "Zambia again praised China on Friday.", [], countries)
    assert ("SUPPORT", "Zambia", "China") in sides_of([thanked, again])
    # (a country's stance toward someone else stays)
    thanked = paragraph(1, "Zambian Foreign Minister Mwila Banda thanked China.", people=["Mwila Banda"],
                        countries=["Zambian", "China"])  # fmt: skip
    praised = paragraph(2, "Zambia also praised Kenya for its help.", countries=["Zambia", "Kenya"])
    assert ("SUPPORT", "Zambia", "Kenya") in sides_of([thanked, praised])


def test_a_purchase_to_come_in_a_deal_is_a_deal_agreed():
    # BBC business/315: "S&N is to buy 37.5% of India's United Breweries in a deal worth 4.66bn
    # rupees" (the gold's agreed purchase called a deal)
    firms = ["Vantel Group", "Norvik Bank"]
    for told in ("is to buy", "will buy"):
        p = paragraph(1, f"Vantel Group {told} Norvik Bank in a deal worth $2bn.", orgs=firms)
        assert sides_of([p]) == [("SIGN", "Vantel Group", "Norvik Bank")], told
    # (not one that may happen, nor one to come with no deal told)
    for text in (
        "Vantel Group may buy Norvik Bank in a deal worth $2bn.",
        "Vantel Group will buy Norvik Bank.",
        "Under the agreement, Vantel Group will buy Norvik Bank.",  # (BBC business/407: a term of it)
    ):
        assert sides_of([paragraph(1, text, orgs=firms)]) == [], text


def naming_countries(no, text, people, countries):
    """A paragraph naming each of `people` once and each country (name or demonym → id) everywhere."""
    entities = [EntitySpan(text.index(n), text.index(n) + len(n), n, "PERSON") for n in people]
    for name, country in countries.items():
        entities += [EntitySpan(m.start(), m.end(), country, "COUNTRY") for m in re.finditer(rf"\b{name}\b", text)]
    return ParagraphIn(no, text, tuple(sorted(entities, key=lambda e: e.char_start)), (), None, None)


def test_a_countrys_stance_in_the_words_of_one_who_took_it_too_is_theirs_told_again():
    # stop 60 and 63 (seen sets): "Tan thanked Pakistan for its efforts … and said China firmly
    # supports Pakistan" is one stance, Tan's (the golds' one row, Tan or China)
    countries = {"Pakistan": "Pakistan", "Chinese": "China", "China": "China"}
    text = (
        "Tan Wei thanked Pakistan for its efforts to ensure the security of Chinese personnel and projects, and"
        " said China firmly supports Pakistan in its fight against terrorism."
    )
    p = naming_countries(1, text, ["Tan Wei"], countries)
    assert [e for e in sides_of([p]) if e[0] == "SUPPORT"] == [("SUPPORT", "Tan Wei", "Pakistan")]
    # (a country's stance that no one named in its sentence took stays)
    q = naming_countries(2, "China firmly supports Pakistan in its fight against terrorism.", [], countries)
    r = naming_countries(1, "Tan Wei thanked Pakistan for its efforts.", ["Tan Wei"], countries)
    assert ("SUPPORT", "China", "Pakistan") in sides_of([r, q])


def test_a_guest_told_by_office_alone_is_met_as_the_office_s_country():
    # stop 66 (seen): "The Spanish leader … was received at the presidential palace by Mauritanian
    # President X" is a meeting of X and Spain, not only X hosting Spain
    countries = {"Polish": "Poland", "Brazilian": "Brazil", "Angolan": "Angola", "Luanda": "Angola"}
    p = naming_countries(1, "Chancellor Karl Brenner received the Polish prime minister on Tuesday.",
                         ["Karl Brenner"], countries)  # fmt: skip
    assert ("MEET", "Karl Brenner", "Poland") in sides_of([p])
    text = "The Brazilian foreign minister was received by Angolan President Joana Cabral at the palace."
    got = sides_of([naming_countries(1, text, ["Joana Cabral"], countries)])
    assert ("MEET", "Joana Cabral", "Brazil") in got
    # (its visit not read from the reception, nor the host's hosting: met only)
    assert not any(e[0] == "VISIT" for e in got)
    # (not one of the host's own country, nor an office of no country)
    home = "Angolan President Joana Cabral received the Angolan ambassador to Brazil on Monday."
    assert [e for e in sides_of([naming_countries(1, home, ["Joana Cabral"], countries)]) if e[0] == "MEET"] == []
    bare = paragraph(1, "President Joana Cabral received the foreign minister on Monday.", people=["Joana Cabral"])
    assert sides_of([bare]) == []
    # (nor an envoy posted to a country other than the host's: the host's own)
    own = naming_countries(1, "Prime Minister Tom Hale received the Polish ambassador to Brazil on Monday.",
                           ["Tom Hale"], {**countries, "Brazil": "Brazil"})  # fmt: skip
    assert sides_of([own]) == []


def test_a_guest_told_by_office_after_the_article_named_its_holder_is_that_holder():
    # stop 55 (seen): "Cuban Vice President X concluded an official visit … the Cuban leader was
    # received by Y": X, whom the office of that country means, not Cuba
    countries = {"Cuban": "Cuba", "Angolan": "Angola", "Angola": "Angola"}
    p = naming_countries(1, "Cuban Vice President Salvador Reyes concluded an official visit to Angola.",
                         ["Salvador Reyes"], countries)  # fmt: skip
    q = naming_countries(2, "The Cuban leader was received by Angolan President João Kiala.", ["João Kiala"], countries)
    got = sides_of([p, q])
    assert ("MEET", "João Kiala", "Salvador Reyes") in got
    assert not any("Cuba" in (e[1], e[2]) for e in got if e[0] == "MEET")


def test_one_who_is_only_there_is_no_partner_of_a_meeting():
    # stop 66 (seen): "X and Y had met for two days …, with Sudan's water minister, Z, attending as
    # an observer": X met Y; Z watched
    text = ("Hany Adel and Tadesse Bekele met for two days in Addis Ababa, with Sudan's water minister,"
            " Omer Babiker, attending as an observer.")  # fmt: skip
    people = ["Hany Adel", "Tadesse Bekele", "Omer Babiker"]
    assert [e for e in sides_of([paragraph(1, text, people=people)]) if e[0] == "MEET"] == [
        ("MEET", "Hany Adel", "Tadesse Bekele")
    ]
    present = "Ana Ruiz held talks with Jorge Vidal, with Luis Mamani present."
    assert sides_of([paragraph(1, present, people=["Ana Ruiz", "Jorge Vidal", "Luis Mamani"])]) == [
        ("MEET", "Ana Ruiz", "Jorge Vidal")
    ]
    # (one who took part, told by a participle with its object, is a partner)
    attending = "Ana Ruiz met with officials attending the conference, including Jorge Vidal."
    assert ("MEET", "Ana Ruiz", "Jorge Vidal") in sides_of(
        [paragraph(1, attending, people=["Ana Ruiz", "Jorge Vidal"])]
    )


def test_a_delegation_headed_by_an_office_whose_holder_is_named_after_a_comma():
    # stop 66 (seen): "received on Monday a delegation of the MPLA headed by its secretary for
    # international relations, Domingos Neto, who arrived …": the parser hangs the name on "received"
    text = ("Ernesto Lazcano received on Monday a delegation of the Workers' Party headed by its secretary for"
            " international relations, Domingos Neto, who arrived in Havana on Saturday.")  # fmt: skip
    p = paragraph(1, text, people=["Ernesto Lazcano", "Domingos Neto"], orgs=["Workers' Party"], places=["Havana"])
    assert ("MEET", "Ernesto Lazcano", "Domingos Neto") in sides_of([p])


def test_the_visit_of_a_delegation_is_the_delegation_s_and_its_leader_s_visit_told_again():
    # stop 61, 64, 66 (seen): "The Lantern republishes a dispatch on the visit to Cuba of a
    # delegation of the MPLA": the MPLA visited, not the website; and where the dispatch tells the
    # leader's arrival, that is the same journey (one row, the gold's)
    intro = paragraph(1, "The Lantern republishes a dispatch on the visit to Cuba of a delegation of the MPLA.",
                      countries=["Cuba"], orgs=["The Lantern", "MPLA"])  # fmt: skip
    assert [e for e in sides_of([intro]) if e[0] == "VISIT"] == [("VISIT", "MPLA", "Cuba")]
    arrival = paragraph(2, "Domingos Neto, who heads the delegation, arrived in Cuba on Saturday.",
                        people=["Domingos Neto"], countries=["Cuba"])  # fmt: skip
    assert [e for e in sides_of([intro, arrival]) if e[0] == "VISIT"] == [("VISIT", "Domingos Neto", "Cuba")]


def test_people_of_a_country_by_their_trade_are_not_the_country():
    # stop 66 (seen): "Chinese exporters had earlier accused Brussels of protectionism": the gold's
    # unnamed critic, not China; its officials, troops or state media act for it
    countries = {"Chinese": "China", "Japan": "Japan", "Australian": "Australia", "China": "China"}
    for text, critic in (
        ("Chinese exporters accused Japan of protectionism.", None),
        ("Australian wine makers accused China of bullying.", None),
        ("Chinese officials accused Japan of protectionism.", "China"),
        ("Chinese state media accused Japan of provocation.", "China"),
    ):
        got = [e for e in sides_of([naming_countries(1, text, [], countries)]) if e[0] == "CRITICIZE"]
        assert [e[1] for e in got] == [critic], text


def test_a_meeting_between_offices_whose_holders_are_named_after_them():
    # stop 66 (seen): "at a meeting here between its national secretary for international
    # relations, Gilberto Ramalho Neves, and the Cuban ambassador to Brazil, Adolfo Curbelo Díaz"
    text = ("The party reaffirmed its solidarity at a meeting between its national secretary for international"
            " relations, Gilberto Neves, and the Cuban ambassador to Brazil, Adolfo Curbelo.")  # fmt: skip
    p = paragraph(1, text, people=["Gilberto Neves", "Adolfo Curbelo"])
    assert {frozenset(e[1:]) for e in sides_of([p]) if e[0] == "MEET"} == {
        frozenset(("Gilberto Neves", "Adolfo Curbelo"))
    }


def test_an_ambassador_received_where_posted_is_met_not_visiting():
    # the golds' convention (stop 56, 61): an ambassador received in the country of the posting
    # made no journey; a minister received there did
    countries = {"Brazilian": "Brazil", "Cuban": "Cuba", "Cuba": "Cuba", "Brazil": "Brazil"}
    for text in (
        "Brazilian President Ana Lima received the Cuban ambassador, Adolfo Curbelo, in Brasilia.",
        "Brazilian President Ana Lima received Adolfo Curbelo, Cuba's ambassador to Brazil, on Monday.",
        "Cuban ambassador Adolfo Curbelo was received by Brazilian President Ana Lima on Monday.",
    ):
        got = sides_of([naming_countries(1, text, ["Ana Lima", "Adolfo Curbelo"], countries)])
        assert got == [("MEET", "Ana Lima", "Adolfo Curbelo")], text
    minister = "Brazilian President Ana Lima received the Cuban foreign minister, Adolfo Curbelo, on Monday."
    got = sides_of([naming_countries(1, minister, ["Ana Lima", "Adolfo Curbelo"], countries)])
    assert ("VISIT", "Adolfo Curbelo", "Brazil") in got


def test_an_office_of_state_thanked_with_no_holder_named_is_its_country():
    # stop 66 (seen): "Mammadzade thanked the U.S. president for his 'personal engagement'", where
    # the article names no US president
    countries = {"US": "United States", "French": "France"}
    p = naming_countries(1, "Elnur Mammadzade thanked the US president for his engagement.", ["Elnur Mammadzade"],
                         countries)  # fmt: skip
    assert sides_of([p]) == [("SUPPORT", "Elnur Mammadzade", "United States")]
    # (the holder the article named, where it did; no one, for a former holder)
    met = naming_countries(1, "French President Paul Morel met Elnur Mammadzade.", ["Paul Morel", "Elnur Mammadzade"],
                           countries)  # fmt: skip
    thanked = naming_countries(2, "Elnur Mammadzade thanked the French president for his engagement.",
                               ["Elnur Mammadzade"], countries)  # fmt: skip
    assert ("SUPPORT", "Elnur Mammadzade", "Paul Morel") in sides_of([met, thanked])
    former = naming_countries(1, "Elnur Mammadzade praised the former French president.", ["Elnur Mammadzade"],
                              countries)  # fmt: skip
    assert sides_of([former]) == []


def test_a_relative_clause_told_of_both_joined_names_is_each_of_theirs():
    # stop 66 (seen): "Armenian Prime Minister X and Azerbaijani President Y, who both arrived in
    # Washington on Thursday, held talks": two visits
    text = "Hovik Mardirosyan and Elnur Mammadzade, who both arrived in Washington on Thursday, held talks."
    p = paragraph(1, text, people=["Hovik Mardirosyan", "Elnur Mammadzade"], places=["Washington"])
    visits = {e[1] for e in sides_of([p]) if e[0] == "VISIT"}
    assert visits == {"Hovik Mardirosyan", "Elnur Mammadzade"}
    # (with no "both", the clause may be the last name's alone)
    alone = paragraph(1, text.replace("who both", "who"), people=["Hovik Mardirosyan", "Elnur Mammadzade"],
                      places=["Washington"])  # fmt: skip
    assert len({e[1] for e in sides_of([alone]) if e[0] == "VISIT"}) == 1


def test_a_deed_joined_after_a_saying_participle_is_the_sayer_s():
    # stop 66 (seen): "China's foreign ministry criticised the pact, saying countries in the region
    # should not bring in outside forces, and accused Manila of 'colluding' with Tokyo": the parser
    # joins "accused" to "bring", inside what was said
    text = ("China's foreign ministry criticised the pact, saying countries in the region should not bring in"
            " outside forces, and accused Japan of colluding with the Philippines.")  # fmt: skip
    p = paragraph(1, text, countries=["China", "Japan", "Philippines"])
    assert ("CRITICIZE", "China", "Japan") in sides_of([p])
    # (a said clause in the past may share its subject with the deed: either reading holds)
    said = "Ana Ruiz praised the deal, saying Chile had worked hard and thanked Peru for its help."
    got = sides_of([paragraph(1, said, people=["Ana Ruiz"], countries=["Chile", "Peru"])])
    assert ("SUPPORT", "Chile", "Peru") in got


def test_a_day_after_a_verb_of_giving_is_not_whom_it_was_given():
    # stop 66 (seen): "The Workers' Party (PT) of Brazil reaffirmed its solidarity with Cuba on
    # Wednesday": the parser hangs "with Cuba" on the verb, and "on Wednesday" took its place
    for text in ("Vietnam reaffirmed its solidarity with Cuba on Wednesday.",
                 "Vietnam on Wednesday reaffirmed its solidarity with Cuba."):  # fmt: skip
        assert sides_of([paragraph(1, text, countries=["Vietnam", "Cuba"])]) == [("SUPPORT", "Vietnam", "Cuba")]
    # ("heaped praise on" names whom)
    heaped = paragraph(1, "Vietnam heaped praise on Cuba on Monday.", countries=["Vietnam", "Cuba"])
    assert sides_of([heaped]) == [("SUPPORT", "Vietnam", "Cuba")]


def test_an_office_on_a_visit_set_off_between_commas_made_it():
    # stop 66 (seen): "South Africa's president, on a visit to Lusaka, praised Harare's decision"
    countries = {"South Africa": "South Africa", "Zimbabwe": "Zimbabwe"}
    text = "South Africa's president, on a visit to Lusaka, praised Zimbabwe's decision."
    p = naming_countries(1, text, [], countries)
    p = dataclasses.replace(p, entities=tuple(sorted(
        (*p.entities, EntitySpan(text.index("Lusaka"), text.index("Lusaka") + 6, "Lusaka", "PLACE")),
        key=lambda e: e.char_start)))  # fmt: skip
    assert ("VISIT", "South Africa", None) in sides_of([p])
    # (an office of no one named or told: no visitor)
    q = paragraph(1, "The minister, on a visit to Lusaka, praised Zimbabwe.", countries=["Zimbabwe"], places=["Lusaka"])
    assert not any(e[0] == "VISIT" for e in sides_of([q]))


def test_a_bare_office_told_again_is_the_side_it_was_told_with():
    # stop 66 (seen): "signed … by the EU trade commissioner and China's commerce minister, Lu
    # Guohua … The commissioner, who flew to Shanghai on Thursday, praised Beijing's approach"
    told = paragraph(1, "The EU trade commissioner spoke on Monday.", orgs=["EU"])
    again = paragraph(2, "The commissioner, who flew to Shanghai on Thursday, praised China's approach.",
                      countries=["China"], places=["Shanghai"])  # fmt: skip
    assert ("SUPPORT", "EU", "China") in sides_of([told, again])
    # (the holder, where the article named one; none, where it told the office with two sides)
    named = paragraph(1, "The EU trade commissioner, Anna Berg, spoke on Monday.", people=["Anna Berg"], orgs=["EU"])
    assert ("SUPPORT", "Anna Berg", "China") in sides_of([named, again])
    two = paragraph(1, "The EU trade commissioner and the Asean trade commissioner spoke.", orgs=["EU", "Asean"])
    assert not any(e[0] == "SUPPORT" for e in sides_of([two, again]))


def test_a_body_toured_on_a_journey_to_a_country_is_a_stop_of_that_visit():
    # stop 65 and 66 (seen): "On Wednesday, Mabote … toured the Center for Genetic Engineering and
    # Biotechnology", in a state visit to Cuba the article tells: one visit, to Cuba
    arrived = paragraph(1, "Abílio Cossa arrived in Havana on Monday for a state visit to Cuba.",
                        people=["Abílio Cossa"], countries=["Cuba"], places=["Havana"])  # fmt: skip
    toured = paragraph(2, "On Wednesday, Cossa toured the Center for Genetic Engineering.",
                       people=["Cossa"], orgs=["Center for Genetic Engineering"])  # fmt: skip
    same = tuple(dataclasses.replace(e, entity_id="Abílio Cossa") if e.entity_id == "Cossa" else e
                 for e in toured.entities)  # fmt: skip
    toured = dataclasses.replace(toured, entities=same)
    visits = [e for e in sides_of([arrived, toured]) if e[0] == "VISIT"]
    assert visits == [("VISIT", "Abílio Cossa", "Cuba")]
    # (a body's visit told alone stays: no journey the article tells)
    alone = paragraph(1, "Abílio Cossa toured the Center for Genetic Engineering on Wednesday.",
                      people=["Abílio Cossa"], orgs=["Center for Genetic Engineering"])  # fmt: skip
    assert ("VISIT", "Abílio Cossa", "Center for Genetic Engineering") in sides_of([alone])


def test_the_opposition_s_government_is_its_own_country_s():
    # stop 64 (seen): "CARACAS (teleSUR) — … Castillo thanked the Russian government … Opposition
    # deputy X, of the Alianza Cívica Venezolana, nonetheless accused the government of mortgaging
    # the country's resources to Moscow": Venezuela's, not the Russian government told before
    countries = {"Venezuela": "Venezuela", "Russia": "Russia", "Russian": "Russia"}
    text = ("CARACAS, May 3 (teleSUR) — Venezuela and Russia signed two accords. Ana Castillo thanked the Russian"
            " government for its support. Opposition deputy Eduardo Lara accused the government of mortgaging the"
            " country's resources to Moscow.")  # fmt: skip
    p = naming_countries(1, text, ["Ana Castillo", "Eduardo Lara"], countries)
    caracas = EntitySpan(0, 7, "Caracas", "PLACE")
    p = dataclasses.replace(p, entities=(caracas, *p.entities), dateline_place_entity="Caracas")
    assert ("CRITICIZE", "Eduardo Lara", "Venezuela") in sides_of([p])
    # stop 66 (seen): the place its sentence opens with says whose opposition, before the dateline
    # ("NOUAKCHOTT (Reuters) - … In Madrid, the opposition People's Union accused the government")
    text = "NOUAKCHOTT (Reuters) - In Madrid, the opposition People's Union accused the government of buying silence."
    countries = {"Spain": "Spain", "Mauritania": "Mauritania"}
    told = naming_countries(1, "Spain and Mauritania signed an accord.", [], countries)
    q = paragraph(2, text, orgs=["People's Union"], places=["NOUAKCHOTT", "Madrid"])
    q = dataclasses.replace(q, dateline_place_entity="NOUAKCHOTT")
    got = sides_of([told, q])
    assert ("CRITICIZE", "People's Union", "Spain") in got


def test_the_premier_is_not_the_vice_premier():
    # stop 57 (seen): "North Korean Vice-Premier X met … The vice-premier praised the Russian
    # government": X; and "the premier" is not the vice-premier
    from pipeline.lib.nlp.names import title_before

    countries = {"Russia": "Russia"}
    text = "Premier Kim Tae and Vice-Premier Jo Kum Hyok met Ivan Arkhipov."
    met = naming_countries(1, text, ["Kim Tae", "Jo Kum Hyok", "Ivan Arkhipov"], countries)
    # (the titles as the corpus reads them before each name)
    people = {name: Person(roles=(title_before(text, text.index(name)),)) for name in ("Kim Tae", "Jo Kum Hyok")}
    for told, praiser in (("The vice-premier", "Jo Kum Hyok"), ("The premier", "Kim Tae")):
        praised = naming_countries(2, f"{told} praised Russia for its principled stand.", [], countries)
        got = [e for e in events([met, praised], people) if e[0] == "SUPPORT"]
        assert [(e[2], e[3]) for e in got] == [(praiser, "Russia")], told


def test_the_review_of_9f4d3ba_mended():
    # D4: an ambassador among the guests is met only; the minister received with him visited
    text = ("Egyptian Foreign Minister Sameh Fawzy received German Ambassador Klaus Weber and German Economy"
            " Minister Anna Vogt in Cairo on Monday.")  # fmt: skip
    countries = {"Egyptian": "Egypt", "German": "Germany"}
    got = sides_of([naming_countries(1, text, ["Sameh Fawzy", "Klaus Weber", "Anna Vogt"], countries)])
    visits = [e for e in got if e[0] == "VISIT"]
    assert visits == [("VISIT", "Anna Vogt", "Egypt")]
    # D3: a guest by office is the person named before only where that one holds the office
    countries = {"Australian": "Australia", "Japan": "Japan", "Japanese": "Japan"}
    arrived = naming_countries(1, "Australian Foreign Minister Kate Wills arrived in Japan on Sunday.",
                               ["Kate Wills"], countries)  # fmt: skip
    received = naming_countries(2, "Japanese Prime Minister Hiro Tanaka received the Australian trade minister.",
                                ["Hiro Tanaka"], countries)  # fmt: skip
    got = sides_of([arrived, received])
    assert ("MEET", "Hiro Tanaka", "Australia") in got and ("MEET", "Hiro Tanaka", "Kate Wills") not in got
    # D2: an office's visit to a place in its own country is no visit
    countries = {"Kenya": "Kenya", "Tanzania": "Tanzania"}
    text = "Kenya's president, on a visit to Mombasa, praised Tanzania."
    p = naming_countries(1, text, [], countries)
    at = text.index("Mombasa")
    p = dataclasses.replace(p, entities=tuple(sorted((*p.entities, EntitySpan(at, at + 7, "Mombasa", "PLACE")),
                                                     key=lambda e: e.char_start)))  # fmt: skip
    assert not any(e[0] == "VISIT" for e in sides_of([p]))
    # D1: a body in another country than the journey's is a visit of its own
    visited = paragraph(1, "Pham Minh visited Cuba on Monday.", people=["Pham Minh"], countries=["Cuba"])
    un = paragraph(2, "Later, Pham Minh visited the United Nations in New York.", people=["Pham Minh"],
                   orgs=["United Nations"], places=["New York"])  # fmt: skip
    assert ("VISIT", "Pham Minh", "United Nations") in sides_of([visited, un])
