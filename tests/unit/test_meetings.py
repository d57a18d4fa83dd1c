"""Meeting extraction on hand-made paragraphs, with the real spaCy parser."""

import datetime as dt
import re

from pipeline.lib.events.meetings import DatedSpan, EntitySpan, ParagraphIn, find_meetings
from pipeline.lib.events.quotations import Person


def paragraph(no, text, people=(), countries=(), orgs=(), places=(), dates=(), dateline_place=None):
    entities = []
    for names, kind in ((people, "PERSON"), (countries, "COUNTRY"), (orgs, "ORG"), (places, "PLACE")):
        for name in names:
            start = text.index(name)
            entities.append(EntitySpan(start, start + len(name), name, kind))
    spans = tuple(DatedSpan(text.index(t), text.index(t) + len(t), d) for t, d in dates)
    return ParagraphIn(no, text, tuple(sorted(entities, key=lambda e: e.char_start)), spans, dateline_place, None)


def naming_every(no, text, country):
    """A paragraph that names `country` at every place it is written (`paragraph` marks the first)."""
    spans = tuple(EntitySpan(m.start(), m.end(), country, "COUNTRY") for m in re.finditer(country, text))
    return ParagraphIn(no, text, spans, (), None, None)


def pairs(meetings):
    return [(m.actor_a, m.actor_b, m.meeting_date) for m in meetings]


def test_subject_met_with_object_on_a_date_in_a_place():
    text = (
        "Chinese Premier Li Qiang met with Brazilian President Luiz Inacio Lula da Silva in Rio de Janeiro on July 5."
    )
    p = paragraph(
        1, text, people=["Li Qiang", "Luiz Inacio Lula da Silva"], places=["Rio de Janeiro"],
        dates=[("July 5", dt.date(2025, 7, 5))],
    )  # fmt: skip
    (m,) = find_meetings([p], {})
    assert (m.actor_a, m.actor_b, m.meeting_date, m.place) == (
        "Li Qiang",
        "Luiz Inacio Lula da Silva",
        dt.date(2025, 7, 5),
        "Rio de Janeiro",
    )


def test_met_separately_gives_one_row_per_pair():
    text = (
        "Chinese President Xi Jinping met separately with Colombian President Gustavo Petro and "
        "Chilean President Gabriel Boric."
    )
    p = paragraph(1, text, people=["Xi Jinping", "Gustavo Petro", "Gabriel Boric"])
    assert pairs(find_meetings([p], {})) == [
        ("Xi Jinping", "Gustavo Petro", None),
        ("Xi Jinping", "Gabriel Boric", None),
    ]


def test_delegation_led_by_gives_the_leader_and_appositions_are_not_sides():
    text = (
        "On July 27, Ma Hui, Vice-Minister of the International Department, met in Beijing with a delegation "
        "of the LIBRE Party of Honduras led by Gerardo Torres, Secretary of International Liaison."
    )
    p = paragraph(
        1, text, people=["Ma Hui", "Gerardo Torres"], orgs=["International Department", "LIBRE Party"],
        countries=["Honduras"], places=["Beijing"], dates=[("July 27", dt.date(2025, 7, 27))],
    )  # fmt: skip
    (m,) = find_meetings([p], {})
    assert (m.actor_a, m.actor_b, m.meeting_date, m.place) == (
        "Ma Hui",
        "Gerardo Torres",
        dt.date(2025, 7, 27),
        "Beijing",
    )


def test_pronoun_subject_and_the_story_clock():
    first = paragraph(1, "Ma Hui recently met visitors from Guyana.", people=["Ma Hui"], countries=["Guyana"])
    second = paragraph(
        2, "On October 15, he met with Donald Ramotar.", people=["Donald Ramotar"],
        dates=[("October 15", dt.date(2025, 10, 15))],
    )  # fmt: skip
    third = paragraph(3, "Meeting with Alberto Anaya, Ma said the parties are friends.", people=["Alberto Anaya", "Ma"])
    got = pairs(find_meetings([first, second, third], {}))
    assert ("Ma Hui", "Donald Ramotar", dt.date(2025, 10, 15)) in got
    # "Meeting with Y, X said": X is the subject of the main clause; the date carries over.
    assert ("Ma", "Alberto Anaya", dt.date(2025, 10, 15)) in got


def test_group_of_counterparts_from_countries():
    text = (
        "On May 12, he met with his counterparts from Caribbean countries having diplomatic relations with China, "
        "and from Cuba, Venezuela and Peru."
    )
    before = paragraph(1, "Chinese Foreign Minister Wang Yi held meetings.", people=["Wang Yi"])
    p = paragraph(2, text, countries=["China", "Cuba", "Venezuela", "Peru"], dates=[("May 12", dt.date(2025, 5, 12))])
    got = sorted(m.actor_b for m in find_meetings([before, p], {}))
    assert got == ["Cuba", "Peru", "Venezuela"]  # not China: it is in "relations with China"


def test_no_meeting_without_a_second_side_or_with_oneself():
    p = paragraph(1, "After the meeting, Ma Hui joined an exchange activity.", people=["Ma Hui"])
    assert find_meetings([p], {}) == []
    q = paragraph(1, "Lula met with Lula supporters.", people=["Lula"])
    assert find_meetings([q], {}) == []


def test_titles_restating_a_meeting_are_skipped():
    p = ParagraphIn(1, "Ma Hui Meets with Alberto Anaya", (), (), None, None, is_heading=True)
    assert find_meetings([p], {}) == []


def test_cached_parses_find_the_same_meetings_and_parse_each_text_once():
    from pipeline.lib.events.meetings import ParseCache

    text = "Chinese Premier Li Qiang met with Brazilian President Lula in Brasilia on July 5."
    p = paragraph(1, text, people=["Li Qiang", "Lula"], places=["Brasilia"], dates=[("July 5", dt.date(2025, 7, 5))])
    direct = find_meetings([p], {})
    assert [(m.actor_a, m.actor_b) for m in direct] == [("Li Qiang", "Lula")]

    cold = ParseCache()
    assert find_meetings([p], {}, parse=cold) == direct
    assert len(cold.new) == 1 and cold.hits == 0
    warm = ParseCache(known=cold.new)  # what the warehouse hands back on the next run
    assert find_meetings([p], {}, parse=warm) == direct
    assert warm.new == {} and warm.hits == 1


def test_parsing_ahead_answers_every_article_from_the_cache():
    """The meeting step parses all articles' new texts in one `nlp.pipe` (two processes when there
    are many), then finds meetings article by article: same meetings, no parse repeated."""
    from pipeline.lib.events.meetings import ParseCache, texts_to_parse

    text = "Chinese Premier Li Qiang met with Brazilian President Lula in Brasilia on July 5."
    p = paragraph(1, text, people=["Li Qiang", "Lula"], places=["Brasilia"], dates=[("July 5", dt.date(2025, 7, 5))])
    heading = ParagraphIn(2, "Li Qiang meets Lula", (), (), None, None, is_heading=True)
    assert texts_to_parse([p, heading]) == [text]

    cache = ParseCache()
    assert cache.parse_ahead(texts_to_parse([p, heading]) * 3, n_process=2) == 1
    parsed = dict(cache.new)
    assert find_meetings([p, heading], {}, parse=cache) == find_meetings([p, heading], {})
    assert cache.new == parsed  # nothing parsed again


def test_a_meeting_told_as_due_planned_possible_or_denied_is_not_one():
    not_yet = [
        "Anna Berg did not meet Tom Hale on Friday.",
        "Anna Berg failed to meet Tom Hale in Lima.",
        "Anna Berg is due to take part in talks with Tom Hale on Friday.",
        "Anna Berg will meet Tom Hale in Santiago next week.",
        "Anna Berg could meet Tom Hale if the strike ends.",
        "Anna Berg plans to meet Tom Hale in March.",
        "Anna Berg has denied holding talks with Tom Hale.",
        "Anna Berg denied any meeting with Tom Hale.",
    ]
    for no, text in enumerate(not_yet, start=1):
        assert find_meetings([paragraph(no, text, people=["Anna Berg", "Tom Hale"])], {}) == [], text
    done = paragraph(9, "Anna Berg met Tom Hale in Santiago.", people=["Anna Berg", "Tom Hale"])
    assert pairs(find_meetings([done], {})) == [("Anna Berg", "Tom Hale", None)]
    # a denial denied is no denial
    done = paragraph(9, "Anna Berg did not deny holding talks with Tom Hale.", people=["Anna Berg", "Tom Hale"])
    assert pairs(find_meetings([done], {})) == [("Anna Berg", "Tom Hale", None)]


def test_a_delegation_from_a_body_meets_for_it_and_officials_of_a_body_are_its_side():
    text = "The latest delegation from the CBI met SEC officials on Wednesday."
    p = paragraph(1, text, orgs=["CBI", "SEC"])
    assert pairs(find_meetings([p], {})) == [("CBI", "SEC", None)]
    # A delegation named by no body is no side.
    q = paragraph(2, "A delegation met SEC officials on Wednesday.", orgs=["SEC"])
    assert find_meetings([q], {}) == []


def test_a_subject_pronoun_is_the_person_the_sentence_before_was_about():
    text = ("Gen Khan held talks with Tony Blair on Monday. He arrived in London after flying from Washington, "
            "where he met President George Bush.")  # fmt: skip
    p = paragraph(1, text, people=["Khan", "Tony Blair", "George Bush"], places=["London", "Washington"])
    assert [(a, b) for a, b, _ in pairs(find_meetings([p], {}))] == [("Khan", "Tony Blair"), ("Khan", "George Bush")]
    # With no person as the sentence before's subject, the last person named, as before.
    q = paragraph(2, "The talks ended with Tony Blair. He met George Bush later.", people=["Tony Blair", "George Bush"])
    assert [(a, b) for a, b, _ in pairs(find_meetings([q], {}))][-1] == ("Tony Blair", "George Bush")


def test_the_two_companies_are_the_two_organisations_named_most():
    first = paragraph(1, "Southcorp rejected the offer from Foster's. Southcorp shares fell.",
                      orgs=["Southcorp", "Foster's"])  # fmt: skip
    first = ParagraphIn(1, first.text, first.entities + (EntitySpan(first.text.rindex("Southcorp"),
                        first.text.rindex("Southcorp") + 9, "Southcorp", "ORG"),), (), None, None)  # fmt: skip
    second = paragraph(2, "The two companies held four days of talks.")
    assert [(a, b) for a, b, _ in pairs(find_meetings([first, second], {}))] == [("Southcorp", "Foster's")]
    # "Two companies" with no article before them named fewer than two: no meeting.
    alone = paragraph(3, "The two companies held talks.")
    assert find_meetings([alone], {}) == []
    # Talks held by one named side, with no partner phrase, name no meeting.
    one = paragraph(4, "Southcorp held talks on Monday.", orgs=["Southcorp"])
    assert find_meetings([first, one], {}) == []


def test_she_is_never_a_man_the_sentence_before_was_about():
    text = "Mr Blair met Mrs Merkel in Berlin. She later met Jacques Chirac."
    p = paragraph(1, text, people=["Blair", "Merkel", "Jacques Chirac"], places=["Berlin"])
    people = {"Blair": Person("M", ("Mr",)), "Merkel": Person("F", ("Mrs",))}
    assert [(a, b) for a, b, _ in pairs(find_meetings([p], {}, people=people))] == [
        ("Blair", "Merkel"),
        ("Merkel", "Jacques Chirac"),
    ]


def test_a_country_hung_on_an_object_that_names_its_side_is_where_they_met():
    located = paragraph(1, "Mr Berg met his EU counterparts in Luxembourg on Monday.", people=["Berg"], orgs=["EU"],
                        countries=["Luxembourg"])  # fmt: skip
    assert pairs(find_meetings([located], {})) == [("Berg", "EU", None)]
    # With no side of its own, "his counterpart in Germany" is as likely the German one: kept.
    counterpart = paragraph(1, "Mr Berg met his counterpart in Germany on Monday.", people=["Berg"],
                            countries=["Germany"])  # fmt: skip
    assert pairs(find_meetings([counterpart], {})) == [("Berg", "Germany", None)]


def test_discussing_something_with_someone_is_a_meeting():
    p = paragraph(1, "Ms Lindqvist said she discussed the budget with Mr Haddad on Friday.",
                  people=["Lindqvist", "Haddad"], dates=[("Friday", dt.date(2025, 3, 7))])  # fmt: skip
    assert pairs(find_meetings([p], {})) == [("Lindqvist", "Haddad", dt.date(2025, 3, 7))]
    # What was discussed is no side, and a discussion still to come is no meeting.
    topic = paragraph(1, "Ms Lindqvist discussed Sweden with reporters.", people=["Lindqvist"], countries=["Sweden"])
    future = paragraph(1, "Ms Lindqvist will discuss the budget with Mr Haddad.", people=["Lindqvist", "Haddad"])
    assert find_meetings([topic], {}) == [] and find_meetings([future], {}) == []


def test_a_meeting_between_two_sides_and_negotiations_with_one():
    friday = [("Friday", dt.date(2025, 3, 7))]
    between = paragraph(1, "The accord followed talks between Norvik and Baltica in Riga on Friday.",
                        orgs=["Norvik", "Baltica"], places=["Riga"], dates=friday)  # fmt: skip
    assert pairs(find_meetings([between], {})) == [("Norvik", "Baltica", dt.date(2025, 3, 7))]
    three = paragraph(1, "They spoke at a meeting between Ana Ruiz, Tom Hale and Lars Berg.",
                      people=["Ana Ruiz", "Tom Hale", "Lars Berg"])  # fmt: skip
    # one meeting of the three: each pair met (the BBC gold's reading, business/181)
    assert pairs(find_meetings([three], {})) == [
        ("Ana Ruiz", "Tom Hale", None), ("Ana Ruiz", "Lars Berg", None), ("Tom Hale", "Lars Berg", None)
    ]  # fmt: skip
    # two sides, one of them spelt out: not each pair of the countries listed
    text = "The deal was sealed after talks between Gulf producers and Asian buyers - China, India and Japan."
    two = paragraph(1, text, countries=["China", "India", "Japan"])
    assert ("India", "Japan", None) not in pairs(find_meetings([two], {}))
    negotiations = paragraph(1, "Vantel held negotiations with Norcom last week.", orgs=["Vantel", "Norcom"])
    assert pairs(find_meetings([negotiations], {})) == [("Vantel", "Norcom", None)]


def test_who_did_a_deed_after_talks_held_the_talks():
    # "announced by X after talks with Y": X held them, not the thing announced
    text = "The package was announced by Ana Ruiz after talks with Tom Hale on Friday."
    p = paragraph(1, text, people=["Ana Ruiz", "Tom Hale"])
    assert pairs(find_meetings([p], {})) == [("Ana Ruiz", "Tom Hale", None)]
    # a person the deed was done to may have held them: no side is guessed
    text = "Lars Berg was received by Ana Ruiz after talks with Tom Hale on Friday."
    p = paragraph(1, text, people=["Lars Berg", "Ana Ruiz", "Tom Hale"])
    assert ("Ana Ruiz", "Tom Hale", None) not in pairs(find_meetings([p], {}))


def test_it_is_the_organisation_that_says_it_is_in_talks():
    p = paragraph(1, "Kestrel Bank has said it is still in talks with Brightwater Bank over a merger.",
                  orgs=["Kestrel Bank", "Brightwater Bank"])  # fmt: skip
    assert pairs(find_meetings([p], {})) == [("Kestrel Bank", "Brightwater Bank", None)]
    # A person who says "it" means no organisation of theirs.
    q = paragraph(1, "Mr Lund said it had met Brightwater Bank.", people=["Lund"], orgs=["Brightwater Bank"])
    assert find_meetings([q], {}) == []


def test_an_organisation_described_by_its_country_is_the_side():
    p = paragraph(1, "Absolut Bank is in talks with Dutch bank Rabo Direkt.",
                  orgs=["Absolut Bank", "Rabo Direkt"], countries=["Dutch"])  # fmt: skip
    assert pairs(find_meetings([p], {})) == [("Absolut Bank", "Rabo Direkt", None)]
    # A name the model missed is an unknown side, not the country that describes it.
    missed = paragraph(
        1, "Absolut Bank is in talks with Dutch bank Rabo Direkt.", orgs=["Absolut Bank"], countries=["Dutch"]
    )
    assert find_meetings([missed], {}) == []


def test_a_topic_that_takes_with_itself_is_no_meeting():
    for text in ("Mr Lund discussed relations with Chile on Monday.", "Mr Lund discussed the trade deal with Chile."):
        assert find_meetings([paragraph(1, text, people=["Lund"], countries=["Chile"])], {}) == [], text


def test_a_meeting_only_planned_by_its_clause_is_no_meeting():
    people = ["Ana Ruiz", "Tom Hale"]
    for text in (
        "The meeting between Ana Ruiz and Tom Hale is due to take place in Zurich.",
        "Talks between Ana Ruiz and Tom Hale are expected next week.",
    ):
        assert find_meetings([paragraph(1, text, people=people)], {}) == [], text
    held = paragraph(1, "The meeting between Ana Ruiz and Tom Hale took place in Zurich.", people=people)
    assert pairs(find_meetings([held], {})) == [("Ana Ruiz", "Tom Hale", None)]


def test_discussions_dialogue_and_a_conversation_with_someone_are_meetings():
    for text in (
        "Norvik is in discussions with Baltica about a merger.",
        "Norvik remains in dialogue with Baltica over the price.",
        "Norvik had a telephone conversation with Baltica on Friday.",
    ):
        assert pairs(find_meetings([paragraph(1, text, orgs=["Norvik", "Baltica"])], {})) == [
            ("Norvik", "Baltica", None)
        ], text


def test_the_government_in_talks_is_that_of_the_country_the_article_names_most():
    first = naming_every(1, "Chile raised water prices. Officials in Chile said more would follow.", "Chile")
    talks = paragraph(2, "The government is in discussions with Aguas Sur about a stake.", orgs=["Aguas Sur"])
    assert pairs(find_meetings([first, talks], {})) == [("Chile", "Aguas Sur", None)]
    assert find_meetings([talks], {}) == []  # no country named most: no one we can name


def test_a_telephone_call_is_a_meeting_and_a_phone_alone_is_not():
    people = ["Soto", "Lund"]
    for text in ("Ms Soto spoke to Mr Lund by telephone on Monday.", "Ms Soto talked with Mr Lund over the phone.",
                 "Ms Soto telephoned Mr Lund on Monday.", "Ms Soto had a telephone call with Mr Lund."):  # fmt: skip
        got = pairs(find_meetings([paragraph(1, text, people=people)], {}))
        assert got == [("Soto", "Lund", None)], text
    said = paragraph(1, "Ms Soto spoke to Mr Lund on Monday.", people=people)  # maybe in public
    resigned = paragraph(1, "Ms Soto phoned in her resignation.", people=["Soto"])
    assert find_meetings([said], {}) == [] and find_meetings([resigned], {}) == []


def test_talks_nobody_else_holds_are_those_of_the_organisation_that_reports_them():
    firms = ["Norvik", "Baltica"]
    for text in ("Norvik said talks with Baltica had stalled.", "Norvik said its talks with Baltica had stalled."):
        assert pairs(find_meetings([paragraph(1, text, orgs=firms)], {})) == [("Norvik", "Baltica", None)], text
    # a person who speaks of talks need not be in them; talks between others are theirs
    lund = paragraph(1, "Mr Lund said talks with Baltica had stalled.", people=["Lund"], orgs=["Baltica"])
    others = paragraph(1, "Norvik said talks between Baltica and Vesta had stalled.", orgs=[*firms, "Vesta"])
    assert find_meetings([lund], {}) == []
    assert pairs(find_meetings([others], {})) == [("Baltica", "Vesta", None)]


def test_a_call_with_a_news_organisation_is_an_interview_not_a_meeting():
    call = paragraph(1, "Ms Soto spoke to Reuters by telephone on Monday.", people=["Soto"], orgs=["Reuters"])
    assert find_meetings([call], {}) == []


def test_a_meeting_nouns_owner_held_it_not_the_subject_of_the_clause_it_hangs_from():
    firms = ["Norvik", "Baltica"]
    for text in ("Regulators were irritated by Norvik's disclosure of its talks with Baltica.",
                 "Regulators were irritated by Norvik's talks with Baltica."):  # fmt: skip
        p = paragraph(1, text, orgs=firms, countries=[])
        assert pairs(find_meetings([p], {})) == [("Norvik", "Baltica", None)], text
    # "his" before the subject it means is that subject's, as the clause says
    fronted = paragraph(1, "Within hours of his talks with Mr Lund, Mr Soto resigned.", people=["Lund", "Soto"])
    assert pairs(find_meetings([fronted], {})) == [("Soto", "Lund", None)]


def test_a_pronoun_subject_is_not_whom_the_same_meeting_names():
    p = paragraph(1, "Bob Dale spoke on Monday. He said after meeting Tom Reid he had been left unsure.",
                  people=["Bob Dale", "Tom Reid"])  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Bob Dale", "Tom Reid")]


def test_a_body_called_by_its_kind_is_the_one_whose_name_has_that_word():
    p = paragraph(1, "Hereford County Hospital had planned cuts. But after talks with Powys Board the hospital "
                     "called off its plan.", orgs=["Hereford County Hospital", "Powys Board"])  # fmt: skip
    q = paragraph(1, "Ofcom had been sent complaints. The group met with Powys Board on Tuesday.",
                  orgs=["Ofcom", "Powys Board"])  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Hereford County Hospital", "Powys Board")]
    assert find_meetings([q], {}) == []  # "the group" is no Ofcom


def test_meeting_a_cross_a_requirement_or_a_reception_is_no_meeting_with_whose_it_is():
    cross = paragraph(1, "Bob Dale met Tom Reid's cross with a low shot.", people=["Bob Dale", "Tom Reid"])
    rules = paragraph(3, "The SEC said Acme met US requirements.", orgs=["SEC", "Acme"], countries=["US"])
    reviews = paragraph(4, "Bob Dale's film met with scathing reviews from US critics.", people=["Bob Dale"],
                        countries=["US"])  # fmt: skip
    assert find_meetings([cross], {}) == [] and find_meetings([rules], {}) == [] and find_meetings([reviews], {}) == []


def test_people_or_a_body_qualified_by_a_name_are_still_met():
    staff = paragraph(1, "Bob Dale met Tom Reid's chief of staff in Oslo.", people=["Bob Dale", "Tom Reid"])
    chief = paragraph(2, "Bob Dale met LSE chief executive Clara Furse on Monday.", people=["Bob Dale", "Clara Furse"],
                      orgs=["LSE"])  # fmt: skip
    government = paragraph(3, "Bob Dale held talks with the Iraqi government.", people=["Bob Dale"],
                           countries=["Iraqi"])  # fmt: skip
    figures = paragraph(4, "Bob Dale met senior figures from Hamas.", people=["Bob Dale"], orgs=["Hamas"])
    for p, b in ((staff, "Tom Reid"), (chief, "Clara Furse"), (government, "Iraqi"), (figures, "Hamas")):
        assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Bob Dale", b)], p.text


def naming_people(no, text, *people):
    """A paragraph that names each person at every place it is written."""
    spans = [EntitySpan(m.start(), m.end(), name, "PERSON") for name in people for m in re.finditer(name, text)]
    return ParagraphIn(no, text, tuple(sorted(spans, key=lambda e: e.char_start)), (), None, None)


def test_the_last_subject_is_not_taken_for_he_when_the_meeting_names_them():
    told = [naming_people(1, "Tony Blair faced criticism from Bob Dale on Monday. He said after meeting Tony Blair he "
                             "was unsure.", "Tony Blair", "Bob Dale")]  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings(told, {})] == [("Bob Dale", "Tony Blair")]


def test_a_side_named_only_by_kind_is_kept_on_request_as_none():
    def sides(text, **names):
        p = paragraph(1, text, **names)
        default, asked = find_meetings([p], {}), find_meetings([p], {}, unnamed_sides=True)
        return [(m.actor_a, m.actor_b) for m in default], [(m.actor_a, m.actor_b) for m in asked]

    assert sides("Tom Reid held a private meeting with senior union figures.", people=["Tom Reid"]) == (
        [],
        [("Tom Reid", None)],
    )
    assert sides("Tom Reid met supporters' representatives from both clubs.", people=["Tom Reid"]) == (
        [],
        [("Tom Reid", None)],
    )
    city = sides("Tom Reid met senior union figures in Leeds.", people=["Tom Reid"], places=["Leeds"])
    assert city == ([], [("Tom Reid", None)])
    assert sides("Tom Reid met officials in Germany.", people=["Tom Reid"], countries=["Germany"]) == (
        [("Tom Reid", "Germany")],
        [("Tom Reid", "Germany")],
    )
    assert sides("Five unions held talks with Tom Reid on Saturday.", people=["Tom Reid"]) == (
        [],
        [(None, "Tom Reid")],
    )
    # named sides stay one meeting of both; whose the people are, colleagues, players and things
    # met are no side named by kind
    assert sides("Tom Reid met Jack Hale.", people=["Tom Reid", "Jack Hale"]) == (
        [("Tom Reid", "Jack Hale")],
        [("Tom Reid", "Jack Hale")],
    )
    for text in (
        "Tom Reid met the group's officials.",
        "Tom Reid held talks with fellow ministers.",
        "Tom Reid held talks with other finance ministers.",
        "Tom Reid met his players after the game.",
        "Tom Reid met reporters outside.",
        "Tom Reid met the demands of shareholders.",
    ):
        assert sides(text, people=["Tom Reid"]) == ([], []), text
    # a name that owns the thing met is no side met: "met Tom Reid's offer with scepticism"
    assert sides("Shareholders met Tom Reid's offer with scepticism.", people=["Tom Reid"]) == ([], [])


def test_a_pronoun_in_a_clause_below_the_main_one_is_the_main_subject():
    text = (
        "Earlier, Mr Hale said he had not seen any progress. "
        "Before flying home, Mr Reid made a visit to Leeds, where he met Jack Moss."
    )
    p = paragraph(1, text, people=["Hale", "Reid", "Jack Moss"], places=["Leeds"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Reid", "Jack Moss")]
    # not when another person was named before the pronoun: she is the one named last
    sacked = paragraph(
        1, "Tom Reid sacked Ann Dale after she met Jack Moss.", people=["Tom Reid", "Ann Dale", "Jack Moss"]
    )
    assert [(m.actor_a, m.actor_b) for m in find_meetings([sacked], {})] == [("Ann Dale", "Jack Moss")]


def test_every_firm_of_a_list_is_met():
    p = paragraph(1, "Nanjing Auto is in negotiations with Rover and SAIC.", orgs=["Nanjing Auto", "Rover", "SAIC"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [
        ("Nanjing Auto", "Rover"),
        ("Nanjing Auto", "SAIC"),
    ]


def test_in_a_report_of_results_players_who_meet_play_each_other():
    people = ["Anna Berg", "Tom Hale"]
    results = paragraph(1, "Anna Berg beat Eva Lund 6-3 6-2 and Tom Hale won 7-5 6-4.", people=people)
    match = paragraph(2, "Anna Berg now meets Tom Hale, and before her meeting with him she rested.", people=people)
    assert find_meetings([results, match], {}) == []
    # there, a meeting held, or with someone a role describes, is one
    for text in ("Anna Berg held a secret meeting with Tom Hale.", "Anna Berg met club chairman Tom Hale."):
        assert pairs(find_meetings([results, paragraph(2, text, people=people)], {})) == [
            ("Anna Berg", "Tom Hale", None)
        ], text
    # outside such a report, "meets" is a meeting, whatever words of sport the sentence has
    assert pairs(find_meetings([match], {})) == [("Anna Berg", "Tom Hale", None)]
    final = paragraph(1, "Anna Berg met Tom Hale on the final day of the summit.", people=people)
    assert pairs(find_meetings([final], {})) == [("Anna Berg", "Tom Hale", None)]
    # votes, ranges and days of a month are no results
    votes = paragraph(1, "The committee voted 7-5 and then 6-4, on June 9-14, for rises of 10-15%.")
    assert pairs(find_meetings([votes, match], {})) == [("Anna Berg", "Tom Hale", None)]


def test_meeting_a_requirement_is_no_meeting_of_the_two_firms_told_of():
    first = paragraph(1, "Norvik and Baltica plan to list in London.", orgs=["Norvik", "Baltica"])
    second = paragraph(2, "The two banks may drop the plan because of the cost of meeting strict rules.")
    second_req = paragraph(2, "The two banks may drop the plan because of the cost of meeting requirements.")
    assert find_meetings([first, second_req], {}) == []
    assert find_meetings([first, second], {}) == []


def test_a_firm_named_by_its_country_is_not_the_country():
    firm = paragraph(1, "The Baltican network held talks with Norvik.", countries=["Baltican"], orgs=["Norvik"])
    assert find_meetings([firm], {}) == []
    state = paragraph(1, "The Baltican government held talks with Norvik.", countries=["Baltican"], orgs=["Norvik"])
    assert pairs(find_meetings([state], {})) == [("Baltican", "Norvik", None)]


def test_sides_named_together_as_the_subject_of_talks_met_each_other():
    def met(text, **names):
        present = {kind: [n for n in found if n in text] for kind, found in names.items()}
        return [(m.actor_a, m.actor_b) for m in find_meetings([paragraph(1, text, **present)], {})]

    people = dict(people=["Ann Lowe", "Tom Hale", "Eva Lund"])
    countries = dict(countries=["Baltica", "Norvik"])
    assert met("Baltica and Norvik held talks on Monday.", **countries) == [("Baltica", "Norvik")]
    assert met("Ann Lowe, Tom Hale and Eva Lund held talks in Geneva.", **people) == [
        ("Ann Lowe", "Tom Hale"), ("Ann Lowe", "Eva Lund"), ("Tom Hale", "Eva Lund")
    ]  # fmt: skip
    # with the verb, people named together met each other, but not when they got to know each other,
    # and teams (or countries) that "met" played a fixture
    assert met("Ann Lowe and Tom Hale met in Geneva on Monday.", **people) == [("Ann Lowe", "Tom Hale")]
    assert met("The band formed when Ann Lowe and Tom Hale met as students.", **people) == []
    assert met("Baltica and Norvik met on Monday.", **countries) == []
    # with someone else met, each of the subject's members met them, not each other
    assert met("Ann Lowe and Tom Hale held talks with Eva Lund.", **people) == [
        ("Ann Lowe", "Eva Lund"), ("Tom Hale", "Eva Lund")
    ]  # fmt: skip
    assert met("Ann Lowe and Tom Hale met Eva Lund in Geneva.", **people) == [
        ("Ann Lowe", "Eva Lund"), ("Tom Hale", "Eva Lund")
    ]  # fmt: skip
    # a meeting held or had, and negotiations conducted, are talks too; being "in discussions" is
    # as often with someone else
    assert met("Ann Lowe and Tom Hale had a meeting in Geneva.", **people) == [("Ann Lowe", "Tom Hale")]
    assert met("Baltica and Norvik conducted negotiations for a year.", **countries) == [("Baltica", "Norvik")]
    assert met("Baltica and Norvik are in discussions to buy a port.", **countries) == []
    # how people came to know each other is no meeting held; a school with its article is a place
    assert met("Ann Lowe first met Eva Lund in 1990.", **people) == []
    assert met("Ann Lowe met Eva Lund at university.", **people) == []
    assert met("Ann Lowe met Eva Lund at a school on Monday.", **people) == [("Ann Lowe", "Eva Lund")]
    # talks held apart are no meeting of the two
    assert met("Baltica and Norvik held separate talks in Geneva on Monday.", **countries) == []
    assert met("Ann Lowe and Tom Hale held talks separately with the unions' leaders.", **people) == []


def test_a_meeting_last_friday_and_a_counterpart_named_beside_the_description():
    # "last Friday" hangs on the verb as the parser's adverb, as "met her counterpart Ben Dorr" does:
    # a day is when they met, not whom
    names = dict(people=["Daniel Mutua", "Mwanaisha Juma"])
    plain = paragraph(1, "President Daniel Mutua and Mwanaisha Juma met last Friday.", **names)
    text = (
        "When President Daniel Mutua and his counterpart, Mwanaisha Juma, met at the border last Friday, few cheered."
    )
    described = paragraph(1, text, **names)
    assert pairs(find_meetings([plain], {})) == [("Daniel Mutua", "Mwanaisha Juma", None)]
    assert pairs(find_meetings([described], {})) == [("Daniel Mutua", "Mwanaisha Juma", None)]


def test_three_who_met_each_met_the_other_two():
    text = "Kemal Aydogdu, Elnur Mammadli and Tamar Lomidze met in Trabzon on Monday."
    p = paragraph(1, text, people=["Kemal Aydogdu", "Elnur Mammadli", "Tamar Lomidze"], places=["Trabzon"])
    assert sorted(pairs(find_meetings([p], {}))) == [
        ("Elnur Mammadli", "Tamar Lomidze", None), ("Kemal Aydogdu", "Elnur Mammadli", None),
        ("Kemal Aydogdu", "Tamar Lomidze", None),
    ]  # fmt: skip


def test_a_person_met_is_the_name_that_ends_the_description_not_a_place_inside_it():
    # (the model took the state for a person; the parser reads the description as a list)
    text = "Governor Katie Moreno met with the Mayor of Hermosillo, Sonora, Ernesto Duran, on Friday."
    p = paragraph(1, text, people=["Katie Moreno", "Sonora", "Ernesto Duran"], places=["Hermosillo"])
    assert pairs(find_meetings([p], {})) == [("Katie Moreno", "Ernesto Duran", None)]


def test_a_list_of_people_each_described_gives_each_of_them():
    text = "Mr Blair held talks with his Israeli counterpart, Ariel Sharon, and the Palestinian leader, Mahmoud Abbas."
    p = paragraph(1, text, people=["Blair", "Ariel Sharon", "Mahmoud Abbas"])
    assert pairs(find_meetings([p], {})) == [("Blair", "Ariel Sharon", None), ("Blair", "Mahmoud Abbas", None)]


def test_she_is_not_the_man_named_last_before_her():
    # "Amara Osei … replaced Kwame Mensah in March. In April she met …": Osei, the person of her sex
    first = paragraph(1, "Amara Osei, the new chairperson, replaced Kwame Mensah in March.",
                      people=["Amara Osei", "Kwame Mensah"])  # fmt: skip
    second = paragraph(2, "In April she met President Ibrahima Sall in Dakar.", people=["Ibrahima Sall"])
    people = {"Amara Osei": Person(), "Kwame Mensah": Person(gender="M"), "Ibrahima Sall": Person(gender="M")}
    got = {(a, b) for a, b, _ in pairs(find_meetings([first, second], {}, people=people))}
    assert got == {("Amara Osei", "Ibrahima Sall")}


def test_an_opening_pronoun_is_the_person_the_sentence_before_named_first():
    first = paragraph(1, "Catherine Ellwood held talks with Xu Jianhua in Beijing and was received by Tang Liqun.",
                      people=["Catherine Ellwood", "Xu Jianhua", "Tang Liqun"])  # fmt: skip
    second = paragraph(2, "She then travelled to Shanghai, where she met the mayor, Li Qiang.", people=["Li Qiang"])
    # no one's gender is known: the first named, not the last
    people = {n: Person() for n in ("Catherine Ellwood", "Xu Jianhua", "Tang Liqun", "Li Qiang")}
    got = {(a, b) for a, b, _ in pairs(find_meetings([first, second], {}, people=people))}
    assert ("Catherine Ellwood", "Li Qiang") in got and ("Tang Liqun", "Li Qiang") not in got
    # a pronoun after a name in its own sentence is still that name's
    third = paragraph(3, "Rui Costa said he had met Ana Lopes.", people=["Rui Costa", "Ana Lopes"])
    people |= {"Rui Costa": Person(), "Ana Lopes": Person()}
    got = {(a, b) for a, b, _ in pairs(find_meetings([first, third], {}, people=people))}
    assert ("Rui Costa", "Ana Lopes") in got


def test_a_courtesy_call_on_someone_is_a_meeting_and_a_call_on_them_to_act_is_not():
    people = ["Ravi Menon", "Lawrence Wong"]
    for text in ("Ravi Menon later called on Prime Minister Lawrence Wong at the Istana.",
                 "Ravi Menon paid a courtesy call on Prime Minister Lawrence Wong."):  # fmt: skip
        got = pairs(find_meetings([paragraph(1, text, people=people)], {}))
        assert got == [("Ravi Menon", "Lawrence Wong", None)], text
    # the parser may give "on" no object and make the person the verb's
    text = "Amina Wekesa later called on Prime Minister Narendra Modi at his residence."
    got = pairs(find_meetings([paragraph(1, text, people=["Amina Wekesa", "Narendra Modi"])], {}))
    assert got == [("Amina Wekesa", "Narendra Modi", None)]
    for text in ("Ravi Menon called on Lawrence Wong to resign.",
                 "Ravi Menon called on Lawrence Wong for an inquiry into the crash.",
                 "Ravi Menon was called on by Lawrence Wong to explain the plan.",
                 "Ravi Menon called on Thursday for talks with Lawrence Wong's party."):  # fmt: skip
        assert pairs(find_meetings([paragraph(1, text, people=people)], {})) == [], text


def test_a_person_after_an_office_with_a_hyphen_and_its_body_is_whom_one_met():
    # the parser hangs the name on the body; "Secretary-General" is three tokens, "General" alone no role
    text = "Peter Mutharika held talks with the Secretary-General of the African National Congress, Fikile Mbalula."
    p = paragraph(1, text, people=["Peter Mutharika", "Fikile Mbalula"], orgs=["African National Congress"])
    assert pairs(find_meetings([p], {})) == [("Peter Mutharika", "Fikile Mbalula", None)]


def test_a_phone_call_received_from_someone_or_made_to_them_is_a_meeting():
    people = ["Adel Harbi", "Hossein Rezaei"]
    for text in ("Adel Harbi received a phone call on Tuesday from Hossein Rezaei.",
                 "Adel Harbi received a telephone call from Hossein Rezaei.",
                 "Adel Harbi made a phone call to Hossein Rezaei on Tuesday.",
                 "Adel Harbi made a phone call on Friday to Hossein Rezaei."):  # fmt: skip
        got = pairs(find_meetings([paragraph(1, text, people=people)], {}))
        assert got == [("Adel Harbi", "Hossein Rezaei", None)], text
    # a call with no phone word, or a letter received, is no meeting
    for text in (
        "Adel Harbi received a call from Hossein Rezaei.",
        "Adel Harbi received a letter from Hossein Rezaei.",
    ):
        assert find_meetings([paragraph(1, text, people=people)], {}) == [], text


def test_whom_one_met_by_a_description_with_the_name_set_off_after_it():
    # a relation to someone named ("a Kell associate"), with a clause after the name that lists others
    text = ("Ms Kite said she received a phone call on 13 February 2003 from a Hale associate, Marc Kell, who said "
            "the boy and his family had left the Neverland ranch where they had been staying.")  # fmt: skip
    p = paragraph(1, text, people=["Kite", "Hale", "Marc Kell"])
    assert pairs(find_meetings([p], {})) == [("Kite", "Marc Kell", None)]
    # the parser hangs the name on the verb, as its adverb
    text = "Wei Jian held talks with his Singaporean counterpart, Tan Kok Wah."
    p = paragraph(1, text, people=["Wei Jian", "Tan Kok Wah"], countries=["Singaporean"])
    assert pairs(find_meetings([p], {})) == [("Wei Jian", "Tan Kok Wah", None)]


def test_people_of_a_firm_described_by_its_country_stand_for_the_firm_not_the_country():
    text = "Li Guozhen also met with executives of Chilean lithium producer Andes Lithium on Friday."
    p = paragraph(1, text, people=["Li Guozhen"], countries=["Chilean"], orgs=["Andes Lithium"])
    assert pairs(find_meetings([p], {})) == [("Li Guozhen", "Andes Lithium", None)]
    # a country that is the people's own is still theirs
    text = "Li Guozhen also met with Chilean executives of Andes Lithium on Friday."
    p = paragraph(1, text, people=["Li Guozhen"], countries=["Chilean"], orgs=["Andes Lithium"])
    assert pairs(find_meetings([p], {})) == [("Li Guozhen", "Chilean", None)]


def test_two_sides_exchanging_views_or_sending_negotiators_met():
    p = paragraph(1, "Ana Soto and Tom Hale exchanged views on trade on Monday.", people=["Ana Soto", "Tom Hale"])
    assert pairs(find_meetings([p], {})) == [("Ana Soto", "Tom Hale", None)]
    text = "Negotiators from Ethiopia and Egypt held a fresh round of talks on the Nile dam on Sunday."
    p = paragraph(1, text, countries=["Ethiopia", "Egypt"])
    assert pairs(find_meetings([p], {})) == [("Ethiopia", "Egypt", None)]
    # views exchanged by one side alone, negotiators of one side: no meeting
    p = paragraph(1, "Ana Soto exchanged views on trade on Monday.", people=["Ana Soto"])
    assert find_meetings([p], {}) == []
    p = paragraph(1, "Negotiators from Ethiopia held talks on the dam.", countries=["Ethiopia"])
    assert find_meetings([p], {}) == []


def test_talks_in_the_agencies_words():
    # stop 53's audit: "talked with" a name, two who did something "in a telephone call", and
    # meetings "held … on Saturday with" (the parser hangs the "with" on the verb)
    cases = [
        ("Kazakh President Nurlan Abenov talked with Chinese Councilor Wang Dexin on Monday.",
         ["Nurlan Abenov", "Wang Dexin"]),
        ("Turkish President Kemal Aydin and Russian President Nikolai Sorokin discussed Syria in a telephone call.",
         ["Kemal Aydin", "Nikolai Sorokin"]),
        ("President Dan Whitmore held separate meetings on Saturday with Japanese Prime Minister Hiroshi Kanemura "
         "and Australian Prime Minister Graham Ashby.", ["Dan Whitmore", "Hiroshi Kanemura", "Graham Ashby"]),
    ]  # fmt: skip
    for text, people in cases:
        found = pairs(find_meetings([paragraph(1, text, people=people)], {}))
        assert found == [(people[0], other, None) for other in people[1:]], text
    for text, people in [
        ("The minister talked with reporters on Monday.", []),  # no name: no meeting
        ("Ann Hale talked to the BBC about the Budget.", ["Ann Hale"]),  # an interview
        ("Ann Hale discussed the Budget in a telephone interview.", ["Ann Hale"]),
    ]:
        assert find_meetings([paragraph(1, text, people=people, orgs=["BBC"] if "BBC" in text else [])], {}) == []


def test_a_habit_a_persons_agent_and_offices_named_after_a_comma():
    # stop 53's audit: "meets G7 finance ministers twice a year" is a habit; "talks with the agent
    # of Didier Kouassi" are not with Kouassi; "the foreign ministers of Sudan and South Sudan,
    # Osman Taha and Deng Mabior": the two ministers, not their countries as well
    habit = paragraph(1, "Mr Aldred meets Ann Hale twice a year.", people=["Aldred", "Ann Hale"])
    assert find_meetings([habit], {}) == []
    often = paragraph(1, "Mr Aldred regularly meets Ann Hale.", people=["Aldred", "Ann Hale"])
    assert find_meetings([often], {}) == []
    # (in the past, the times it was done: "have frequently accused it", "met frequently with")
    often = paragraph(1, "Mr Aldred has frequently met Ann Hale.", people=["Aldred", "Ann Hale"])
    assert pairs(find_meetings([often], {})) == [("Aldred", "Ann Hale", None)]
    once = paragraph(1, "Mr Aldred met Ann Hale a year ago.", people=["Aldred", "Ann Hale"])
    assert pairs(find_meetings([once], {})) == [("Aldred", "Ann Hale", None)]
    agent = paragraph(1, "Steve Renshaw has held talks with the agent of defender Didier Kouassi.",
                      people=["Steve Renshaw", "Didier Kouassi"])  # fmt: skip
    assert pairs(find_meetings([agent], {})) == []
    # (an agent the article does not name is an unnamed side)
    assert pairs(find_meetings([agent], {}, unnamed_sides=True)) == [("Steve Renshaw", None, None)]
    text = ("Anders Lindqvist held separate meetings on Tuesday with the foreign ministers of Sudan and South "
            "Sudan, Osman Taha and Deng Mabior, on the sidelines.")  # fmt: skip
    p = paragraph(1, text, people=["Anders Lindqvist", "Osman Taha", "Deng Mabior"], countries=["Sudan", "South Sudan"])
    assert pairs(find_meetings([p], {})) == [("Anders Lindqvist", "Osman Taha", None),
                                             ("Anders Lindqvist", "Deng Mabior", None)]  # fmt: skip


def test_sitting_down_with_someone_or_together_is_a_meeting():
    cases = [
        ("Mr Rod Ellery sat down with representatives of the Aviation Union on Thursday.", ["Rod Ellery"],
         ["Aviation Union"], [("Rod Ellery", "Aviation Union", None)]),
        ("President Mwangi Kariuki and opposition leader Ochieng Odhiambo sat down together on Tuesday.",
         ["Mwangi Kariuki", "Ochieng Odhiambo"], [], [("Mwangi Kariuki", "Ochieng Odhiambo", None)]),
        ("Ann Hale sat down with a cup of tea.", ["Ann Hale"], [], []),
        ("Ann Hale sat down on the floor with Tom Dorr watching.", ["Ann Hale", "Tom Dorr"], [], []),
    ]  # fmt: skip
    for text, people, orgs, expected in cases:
        assert pairs(find_meetings([paragraph(1, text, people=people, orgs=orgs)], {})) == expected, text


def test_a_name_in_a_with_hung_deeper_in_what_was_discussed_is_whom_one_met():
    text = "Mr Leong also discussed the progress of customs facilities with Hafizuddin Omar."
    p = paragraph(1, text, people=["Leong", "Hafizuddin Omar"])
    assert pairs(find_meetings([p], {})) == [("Leong", "Hafizuddin Omar", None)]
    # (not a "with" of a word that takes it: "the state of relations with Malaysia" names no one met)
    q = paragraph(1, "Mr Leong discussed the state of relations with Malaysia.", people=["Leong"],
                  countries=["Malaysia"])  # fmt: skip
    assert find_meetings([q], {}) == []


def test_a_call_with_the_with_hung_on_the_telephone():
    text = (
        "The Minister of Foreign Affairs, Olufunke Adegbite-Ihejirika, also spoke by telephone with "
        "Abdoulaye Diallo-Konaté."
    )
    p = paragraph(1, text, people=["Olufunke Adegbite-Ihejirika", "Abdoulaye Diallo-Konaté"])
    assert pairs(find_meetings([p], {})) == [("Olufunke Adegbite-Ihejirika", "Abdoulaye Diallo-Konaté", None)]


def test_a_chairperson_named_after_the_title_is_whom_one_met():
    text = "Ms Adegbite met the Chairperson of the African Union Commission, Abdoulaye Diallo, in Addis Ababa."
    p = paragraph(1, text, people=["Adegbite", "Abdoulaye Diallo"], orgs=["African Union Commission"],
                  places=["Addis Ababa"])  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Adegbite", "Abdoulaye Diallo")]


def test_a_second_with_made_a_conjunct_of_the_verb_names_a_side_too():
    text = ("Solberg, who arrived in Dubai on Sunday, held talks with Khalid Al Mansouri and with the "
            "airline's head of engineering, Yousef Haddad, before the ceremony.")  # fmt: skip
    p = paragraph(1, text, people=["Solberg", "Khalid Al Mansouri", "Yousef Haddad"], places=["Dubai"])
    got = [(m.actor_a, m.actor_b) for m in find_meetings([p], {})]
    assert ("Solberg", "Khalid Al Mansouri") in got and ("Solberg", "Yousef Haddad") in got


def test_talks_after_which_two_sides_did_something_together_are_their_meeting():
    text = "Elaine Marchetti signed the accord with Douglas McAllister after a two-hour meeting at Queen's Park."
    p = paragraph(1, text, people=["Elaine Marchetti", "Douglas McAllister"], places=["Queen's Park"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Elaine Marchetti", "Douglas McAllister")]
    both = paragraph(1, "Elaine Marchetti and Douglas McAllister signed the accord after talks.",
                     people=["Elaine Marchetti", "Douglas McAllister"])  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings([both], {})] == [("Elaine Marchetti", "Douglas McAllister")]
    # (not "the meeting" when a meeting was found before: that one, counted there; nor a deed with
    # no second side)
    met = paragraph(1, "Vice Premier Han Zhiqiang held talks with Vice President Geraldo Moura in Beijing.",
                    people=["Han Zhiqiang", "Geraldo Moura"], places=["Beijing"])  # fmt: skip
    again = paragraph(2, "After the meeting, China and Brazil signed 15 cooperation documents.",
                      countries=["China", "Brazil"])  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings([met, again], {})] == [("Han Zhiqiang", "Geraldo Moura")]
    alone = paragraph(1, "Elaine Marchetti announced the plan after talks.", people=["Elaine Marchetti"])
    assert find_meetings([alone], {}) == []


def test_a_call_by_phone_the_parser_read_as_an_agent():
    text = "Mexico's President, Itzel Ríos, spoke by phone on Sunday with Colombia's president-elect, Andrés Restrepo."
    p = paragraph(1, text, people=["Itzel Ríos", "Andrés Restrepo"], countries=["Mexico", "Colombia"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Itzel Ríos", "Andrés Restrepo")]


def test_an_audience_granted_or_had_is_a_meeting():
    p = paragraph(1, "Pope Francis granted an audience to Argentine President Javier Milei at the Vatican.",
                  people=["Pope Francis", "Javier Milei"], places=["Vatican"])  # fmt: skip
    q = paragraph(1, "Javier Milei had an audience with Pope Francis.", people=["Javier Milei", "Pope Francis"])
    r = paragraph(1, "The speech drew an audience of 2,000 people.")
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Pope Francis", "Javier Milei")]
    assert [(m.actor_a, m.actor_b) for m in find_meetings([q], {})] == [("Javier Milei", "Pope Francis")]
    assert find_meetings([r], {}) == []


def test_strife_with_someone_discussed_and_a_deed_of_one_side_after_a_meeting_are_no_meeting():
    war = paragraph(1, "Tony Blair discussed the risks of a war with Saddam Hussein.",
                    people=["Tony Blair", "Saddam Hussein"])  # fmt: skip
    sacked = paragraph(1, "Chelsea sacked Claudio Ranieri and replaced him with Jose Mourinho after a board meeting.",
                       orgs=["Chelsea"], people=["Claudio Ranieri", "Jose Mourinho"])  # fmt: skip
    assert find_meetings([war], {}) == [] and find_meetings([sacked], {}) == []


def test_parses_the_small_model_gets_wrong_still_give_the_meeting():
    # "held" read as an adjective of "talks", with a subject of its own
    held = "South Korean President Park Sung-ho held talks with Japanese Prime Minister Kenji Morimoto in Tokyo."
    # "hours" read as a second subject of "met", before its "after"
    hours = (
        "The sanctions were announced hours after Secretary of State Mark Ellison met Ukrainian Foreign Minister"
        " Oleh Hnatyuk."
    )
    # the "with" hung on the place, and on the day
    where = "Mexican Foreign Secretary Lucía Garza met in Mexico City with Guatemalan Foreign Minister Carlos Paz."
    when = "Foreign Minister Ana Kell met on Tuesday with Ben Dorr."
    # "Holmgaard" read as the object of "after", the "between" phrase cut short
    between = (
        "The firms signed the merger late on Sunday, after talks between Harrowgate chief executive Simon Dearlove"
        " and Nordvik boss Lars Holmgaard in Copenhagen last month."
    )
    sides = [
        paragraph(1, held, people=["Park Sung-ho", "Kenji Morimoto"], places=["Tokyo"]),
        paragraph(2, hours, people=["Mark Ellison", "Oleh Hnatyuk"]),
        paragraph(3, where, people=["Lucía Garza", "Carlos Paz"], places=["Mexico City"]),
        paragraph(4, when, people=["Ana Kell", "Ben Dorr"]),
        paragraph(5, between, people=["Simon Dearlove", "Lars Holmgaard"], orgs=["Harrowgate", "Nordvik"]),
    ]
    assert [(m.actor_a, m.actor_b) for m in find_meetings(sides, {})] == [
        ("Park Sung-ho", "Kenji Morimoto"),
        ("Mark Ellison", "Oleh Hnatyuk"),
        ("Lucía Garza", "Carlos Paz"),
        ("Ana Kell", "Ben Dorr"),
        ("Simon Dearlove", "Lars Holmgaard"),
    ]
    # a common noun where it was held takes its own "with"; so does a span of time that is a subject
    town = paragraph(1, "Ana Kell met in a town with Ben Dorr's airport.", people=["Ana Kell", "Ben Dorr"])
    long = paragraph(2, "The hours after Ben Dorr met Ana Kell were tense.", people=["Ben Dorr", "Ana Kell"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([town, long], {})] == [("Ben Dorr", "Ana Kell")]
    # the pair "between" ends at a verb or a "by", and is two names joined by "and"
    led = paragraph(1, "Talks between the government and rebels led by John Garang and Riek Machar resumed.",
                    people=["John Garang", "Riek Machar"])  # fmt: skip
    praised = paragraph(2, "Talks between Airbus and its unions were praised by Jacques Chirac and Gerhard Schroeder.",
                        orgs=["Airbus"], people=["Jacques Chirac", "Gerhard Schroeder"])  # fmt: skip
    assert find_meetings([led, praised], {}) == []


def test_talks_over_a_span_of_time_before_a_signing_by_two_are_their_meeting():
    text = "The agreement was signed in Shanghai by Pieter van Aalst and Gao Xiangdong after ten hours of talks."
    p = paragraph(1, text, people=["Pieter van Aalst", "Gao Xiangdong"], places=["Shanghai"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Pieter van Aalst", "Gao Xiangdong")]
    # (the passive's "by" names one: no pair met; talks over years are no meeting of the signers)
    one = paragraph(1, "The plan was announced by Ana Kell after ten hours of talks.", people=["Ana Kell"])
    years = paragraph(2, "The treaty was signed by Ana Kell and Ben Dorr after 40 years of talks.",
                      people=["Ana Kell", "Ben Dorr"])  # fmt: skip
    assert find_meetings([one, years], {}) == []


def test_a_body_met_is_not_the_country_its_apposition_names():
    text = "On Friday, Park Sung-ho met executives of Keidanren, Japan's largest business lobby, before flying home."
    p = paragraph(1, text, people=["Park Sung-ho"], orgs=["Keidanren"], countries=["Japan"])
    assert [(m.actor_a, m.actor_b) for m in find_meetings([p], {})] == [("Park Sung-ho", "Keidanren")]
    # (only the words of the apposition that say whose it is: not a phrase inside it)
    host = paragraph(1, "Opec, host of talks with Russia in Vienna on Monday, said output would rise.",
                     orgs=["Opec"], countries=["Russia"], places=["Vienna"])  # fmt: skip
    assert [(m.actor_a, m.actor_b) for m in find_meetings([host], {})] == [("Opec", "Russia")]


def test_a_verb_read_as_a_modifier_takes_the_whole_phrase_as_its_object():
    from pipeline.lib.events.meetings import ParseCache

    doc = ParseCache()(["DiCaprio described director Martin Scorsese as a mentor."])[0]
    words = {t.text: t for t in doc}
    assert words["described"].dep_ == "ROOT"
    assert (words["Scorsese"].dep_, words["Scorsese"].head.text) == ("dobj", "described")
    assert (words["director"].dep_, words["director"].head.text) == ("compound", "Scorsese")


def test_a_meeting_said_after_the_verb_is_what_it_was_not_whom_they_met():
    # stop 56: "X and Y met in Brussels, their first face-to-face meeting in months" had the meeting
    # as the object met, and so no one met
    text = "Dragan Milic and Arben Krasniqi met in Brussels, their first face-to-face meeting in eight months."
    p = paragraph(1, text, people=["Dragan Milic", "Arben Krasniqi"], places=["Brussels"])
    assert pairs(find_meetings([p], {})) == [("Dragan Milic", "Arben Krasniqi", None)]


def test_a_hyphenated_given_name_heads_its_name_as_a_proper_noun():
    # the small model tags "hoon" of "Park Ji-hoon" a common noun: "welcomed … Park Ji-hoon to the
    # White House" was no reception of a person
    from pipeline.lib.events.meetings import ParseCache

    (doc,) = ParseCache()(["President Tom Hale welcomed South Korean President Park Ji-hoon to the White House."])
    assert [t.pos_ for t in doc if t.text in ("Park", "Ji", "hoon")] == ["PROPN", "PROPN", "PROPN"]
    (doc,) = ParseCache()(["The well-known firm signed a deal."])
    assert [t.pos_ for t in doc if t.text == "known"] != ["PROPN"]


def test_an_object_written_after_where_and_when_is_the_verbs():
    # stop 56: "received on Tuesday at State House the Vice President of Cuba, X": the parser hung
    # the object on "House" as an apposition, with no comma to set one off
    from pipeline.lib.events.meetings import ParseCache

    (doc,) = ParseCache()(["Ana Ruiz received on Tuesday at State House the Vice President of the Republic of Cuba."])
    president = next(t for t in doc if t.text == "President")
    assert (president.dep_, president.head.text) == ("dobj", "received")
    (doc,) = ParseCache()(["Ana Ruiz spoke at State House, the seat of the government."])
    seat = next(t for t in doc if t.text == "seat")
    assert seat.dep_ != "dobj"


def test_a_clause_with_a_tense_of_its_own_stays_the_clause_said():
    # "said five million children were being denied …" is what was said, not a thing said of
    from pipeline.lib.events.meetings import ParseCache

    (doc,) = ParseCache()(["David Davis said five million children were being denied adequate sporting opportunities."])
    denied = next(t for t in doc if t.text == "denied")
    assert denied.dep_ == "ccomp"
    (doc,) = ParseCache()(["But Kapranos warned against musicians being too closely linked with MPs."])
    assert next(t for t in doc if t.text == "musicians").dep_ != "dobj"
    (doc,) = ParseCache()(["Liu Jianchao said the talks being held in Beijing were useful and constructive."])
    assert next(t for t in doc if t.text == "talks").dep_ != "dobj"


def test_the_leaders_of_two_countries_met_for_them():
    # stop 65: "The leaders of Serbia and Kosovo met" gave no row; "leaders" and "presidents" act for
    # their sides as ministers and delegations do
    for office in ("leaders", "presidents", "heads"):
        p = paragraph(1, f"The {office} of Chile and Peru met in Lima on Monday.", countries=["Chile", "Peru"])
        assert pairs(find_meetings([p], {})) == [("Chile", "Peru", None)], office
    # (not the leaders of many, as at a summit: each did not meet each)
    many = paragraph(1, "The leaders of Chile, Peru and Bolivia met in Lima.", countries=["Chile", "Peru", "Bolivia"])
    assert pairs(find_meetings([many], {})) == []
    # (not one country's: "the leaders of Chile met the press")
    one = paragraph(1, "The leaders of Chile met Ana Kell in Lima.", countries=["Chile"], people=["Ana Kell"])
    assert ("Chile", "Peru", None) not in pairs(find_meetings([one], {}))


def test_a_pronoun_after_an_unnamed_office_holder_of_a_country_is_the_country():
    # stop 65: "Poland's president made an unannounced visit to Kyiv … ‖ He met Ukrainian President X"
    visit = paragraph(1, "Poland's president made an unannounced visit to Kyiv on Wednesday.", countries=["Poland"],
                      places=["Kyiv"])  # fmt: skip
    met = paragraph(2, "He met Ukrainian President Ivan Petrenko at the Mariinsky Palace.", people=["Ivan Petrenko"])
    assert pairs(find_meetings([visit, met], {})) == [("Poland", "Ivan Petrenko", None)]
    # in the same paragraph, by a demonym
    text = "The Polish president arrived in Kyiv on Wednesday. He met Ivan Petrenko at the palace."
    same = paragraph(1, text, countries=["Polish"], people=["Ivan Petrenko"])
    assert pairs(find_meetings([same], {})) == [("Polish", "Ivan Petrenko", None)]
    # (not a sentence later, nor after a holder the article named, nor an office of something else)
    later = paragraph(2, "It rained all day. He met Ivan Petrenko at the palace.", people=["Ivan Petrenko"])
    assert pairs(find_meetings([visit, later], {})) == []
    text = "The president of the Football Association arrived in Kyiv. He met Ivan Petrenko at the palace."
    body = paragraph(1, text, orgs=["Football Association"], people=["Ivan Petrenko"])
    assert pairs(find_meetings([body], {})) == []
    # (the review of c140c52: not where the article named someone the pronoun may mean, not an office
    # of no state, not a passive's subject, not one of two offices)
    named = paragraph(0, "Andrzej Nowak won Poland's election in May.", countries=["Poland"], people=["Andrzej Nowak"])
    assert pairs(find_meetings([named, visit, met], {})) == [("Andrzej Nowak", "Ivan Petrenko", None)]
    for text in (
        "Nigeria's captain arrived in Cairo on Monday.",
        "Ukraine's prime minister was visited by Poland's president on Monday.",
        "Poland's president made a visit to Kyiv and Ukraine's president made one to Warsaw.",
    ):
        before = paragraph(1, text, countries=[c for c in ("Nigeria", "Ukraine", "Poland") if c in text])
        assert pairs(find_meetings([before, met], {})) == [], text


def test_a_body_which_held_talks_is_the_noun_its_clause_is_about():
    # stop 65: "Greystone, which held talks with Harcourt's board last month, said …" gave no meeting
    text = "Greystone Inns, which held talks with Harcourt Taverns last month, said it was disappointed."
    p = paragraph(1, text, orgs=["Greystone Inns", "Harcourt Taverns"])
    assert pairs(find_meetings([p], {})) == [("Greystone Inns", "Harcourt Taverns", None)]
    # (not a thing the clause is about: "the plan, which Norvik discussed with Baltica")
    text = "The plan, which held up talks with Harcourt Taverns for a month, was dropped."
    q = paragraph(1, text, orgs=["Harcourt Taverns"])
    assert pairs(find_meetings([q], {})) == []
