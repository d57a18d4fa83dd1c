"""Who holds a role the article names ("the Hungarian president"), in meetings and other events,
on invented sentences with the real spaCy parser."""

from pipeline.lib.events.meetings import EntitySpan, find_meetings
from pipeline.lib.events.quotations import Person
from pipeline.lib.events.roles import RoleBook, countries_before, country_after, descriptor_before, role_key
from tests.unit.test_event_types import events
from tests.unit.test_meetings import pairs, paragraph


def test_a_country_is_the_same_role_word_in_any_form():
    assert role_key("hungarian") == role_key("hungary") == "HUN"
    assert role_key("president") == "president"


def test_the_country_written_around_a_name():
    text = "President Tomas Varga of Hungary spoke first, then Mr Kiss of the bank."
    varga = EntitySpan(10, 21, "Varga", "PERSON")
    kiss = EntitySpan(text.index("Kiss"), text.index("Kiss") + 4, "Kiss", "PERSON")
    entities = [varga, EntitySpan(text.index("Hungary"), text.index("Hungary") + 7, "Hungary", "COUNTRY"), kiss]
    assert country_after(text, varga, entities) == "HUN"
    assert country_after(text, kiss, entities) is None  # "of the bank" names no country
    said = "said Chilean President Rosa Medina"
    assert descriptor_before(said, said.index("Rosa")) == {"chilean", "president"}
    hosted = "President Marek Novak of Slovakia hosted President Tomas Varga"
    assert countries_before(said, said.index("Rosa")) == {"CHL"}
    assert countries_before(hosted, hosted.index("Tomas")) == set()  # Slovakia is Novak's, before the verb
    # an office of a country set off after the name (stop 64: "Celestino Mabote, Prime Minister of
    # Mozambique, who is on a working visit to the country"); not a verb's object after a comma
    for text, iso3 in (("It received Ana Lobo, Prime Minister of Angola, who", "AGO"),
                       ("It received Ana Lobo, the deputy prime minister of Angola, who", "AGO"),
                       ("Travelling with Ana Lobo, met the chairman of Angola's bank", None)):  # fmt: skip
        lobo = EntitySpan(text.index("Ana"), text.index("Ana") + 8, "Ana Lobo", "PERSON")
        angola = EntitySpan(text.index("Angola"), text.index("Angola") + 6, "Angola", "COUNTRY")
        assert country_after(text, lobo, [lobo, angola]) == iso3


def test_a_title_and_the_country_after_the_name_make_the_role():
    text = "President Tomas Varga of Hungary spoke first."
    book = RoleBook({"Varga": Person("M", ("President",))})
    book.note(text, EntitySpan(10, 21, "Varga", "PERSON"), [EntitySpan(25, 32, "Hungary", "COUNTRY")])
    assert book.holder(["hungarian", "president"], "", [], 0) == "Varga"
    assert book.holder(["slovak", "president"], "", [], 0) is None  # another country's president
    assert book.holder(["hungarian", "minister"], "", [], 0) is None  # another role


def test_a_countrys_leader_is_whoever_leads_it_and_a_premier_its_prime_minister():
    book = RoleBook({"Varga": Person("M", ("President",)), "Wattana": Person("M", ("Prime Minister",))})
    text = "President Tomas Varga of Hungary met Prime Minister Somchai Wattana of Thailand."
    entities = [EntitySpan(10, 21, "Varga", "PERSON"), EntitySpan(25, 32, "Hungary", "COUNTRY"),
                EntitySpan(52, 67, "Wattana", "PERSON"), EntitySpan(71, 79, "Thailand", "COUNTRY")]  # fmt: skip
    for e in entities[::2]:
        book.note(text, e, entities)
    assert book.holder(["hungarian", "leader"], "", [], 0) == "Varga"
    assert book.holder(["thai", "leader"], "", [], 0) == "Wattana"
    assert book.holder(["thai", "premier"], "", [], 0) == "Wattana"
    assert book.holder(["hungarian", "premier"], "", [], 0) is None  # a president is no premier
    assert book.holder(["hungarian", "minister"], "", [], 0) is None


PEOPLE = {
    "Tomas Varga": Person("M", ("President",)),
    "Marek Novak": Person("M", ("President",)),
    "Olaf Berger": Person("M", ("Chancellor",)),
}


def test_the_demonym_and_role_of_a_meeting_side_is_the_person_not_the_country():
    first = paragraph(1, "President Tomas Varga of Hungary arrived in Vienna on Sunday.", people=["Tomas Varga"],
                      countries=["Hungary"], places=["Vienna"])  # fmt: skip
    second = paragraph(2, "On Monday the Hungarian president met Chancellor Olaf Berger.", people=["Olaf Berger"],
                       countries=["Hungarian"])  # fmt: skip
    assert pairs(find_meetings([first, second], {}, people=PEOPLE)) == [("Tomas Varga", "Olaf Berger", None)]
    # Without the article's people, the phrase is the country its demonym names, as before.
    assert pairs(find_meetings([first, second], {})) == [("Hungarian", "Olaf Berger", None)]


def test_the_country_picks_the_right_one_of_two_presidents():
    first = paragraph(1, "President Marek Novak of Slovakia hosted President Tomas Varga of Hungary.",
                      people=["Marek Novak", "Tomas Varga"], countries=["Slovakia", "Hungary"])  # fmt: skip
    second = paragraph(2, "Later the Slovak president met Chancellor Olaf Berger.", people=["Olaf Berger"],
                       countries=["Slovak"])  # fmt: skip
    got = pairs(find_meetings([first, second], {}, people=PEOPLE))
    assert ("Marek Novak", "Olaf Berger", None) in got
    assert not any("Tomas Varga" in pair and "Olaf Berger" in pair for pair in got)


def test_a_role_the_article_never_gave_keeps_the_country():
    p = paragraph(
        1, "The Hungarian president met Chancellor Olaf Berger.", people=["Olaf Berger"], countries=["Hungarian"]
    )
    assert pairs(find_meetings([p], {}, people=PEOPLE)) == [("Hungarian", "Olaf Berger", None)]


def test_the_object_of_a_meeting_and_the_side_of_praise_by_role():
    first = paragraph(1, "Chilean President Rosa Medina opened the summit.", people=["Rosa Medina"],
                      countries=["Chilean"])  # fmt: skip
    second = paragraph(2, "Mr Berger met the Chilean president on Friday and praised the Chilean president.",
                       people=["Berger"], countries=["Chilean"])  # fmt: skip
    people = {"Rosa Medina": Person("F", ("President",)), "Berger": Person("M", ("Mr",))}
    got = events([first, second], people)
    assert ("MEET", "040", "Berger", "Rosa Medina", None) in got
    assert ("SUPPORT", "051", "Berger", "Rosa Medina", None) in got


def test_the_country_of_a_title_is_the_one_the_title_names():
    def before(text, name):
        return countries_before(text, text.index(name))

    assert before("South Sudanese President Deng Mayar flew in.", "Deng") == {"SSD"}
    assert before("Equatorial Guinea President Teodoro Nsue flew in.", "Teodoro") == {"GNQ"}
    assert before("Pakistani Foreign Minister Ali Shah flew in.", "Ali") == {"PAK"}  # words of the office
    assert before("Greek Cypriot President Nikos Andreou flew in.", "Nikos") == set()  # a people, not a country
    assert before("Georgia Senate President Eric Dunn spoke.", "Eric") == set()  # the senate's president
    assert "PAK" not in before("After talks in Pakistan Indian President Ravi Kumar flew home.", "Ravi")
    assert before("France Hosts Brazilian President Paulo Lima", "Paulo") == {"BRA"}  # a headline
    assert before("US Ambassador to Pakistan John Carter spoke.", "John") == set()  # no role noun before the name
    text = "President Frank Miller of the United States arrived."
    miller = EntitySpan(10, 22, "Frank Miller", "PERSON")
    the_us = EntitySpan(text.index("the United"), text.index(" arrived"), "United States", "COUNTRY")
    assert country_after(text, miller, [miller, the_us]) == "USA"  # the model's span starts at "the"


def test_a_deputy_a_vice_or_a_former_holder_is_another_office():
    book = RoleBook(
        {
            "Tom Hale": Person("M", ("Prime Minister",)),
            "Jack Preston": Person("M", ("Deputy Prime Minister",)),
            "Ali Khan": Person("M", ("Vice President",)),
        }
    )
    for name in ("Tom Hale", "Jack Preston", "Ali Khan"):
        book.note(name, EntitySpan(0, len(name), name, "PERSON"), [])
    assert book.holder(["prime", "minister"], "", [], 0) == "Tom Hale"
    assert book.holder(["deputy", "prime", "minister"], "", [], 0) == "Jack Preston"
    assert book.holder(["president"], "", [], 0) is None  # only a vice president was named
    text = "Former Pakistani President Bilal Haq returned home."
    haq = EntitySpan(text.index("Bilal"), text.index(" returned"), "Bilal Haq", "PERSON")
    former = RoleBook({"Bilal Haq": Person("M", ("President",))})
    former.note(text, haq, [haq])
    assert former.holder(["Pakistani", "president"], "", [], 0) is None
    assert former.holder(["former", "Pakistani", "president"], "", [], 0) == "Bilal Haq"


def test_the_us_president_and_the_president_of_a_country_are_roles():
    first = paragraph(1, "President Frank Miller of the United States arrived in Tokyo.", people=["Frank Miller"],
                      countries=["the United States"], places=["Tokyo"])  # fmt: skip
    us = paragraph(
        2, "On Monday the US president met Chancellor Olaf Berger.", people=["Olaf Berger"], countries=["US"]
    )
    people = {"Frank Miller": Person("M", ("President",)), "Olaf Berger": Person("M", ("Chancellor",))}
    assert pairs(find_meetings([first, us], {}, people=people)) == [("Frank Miller", "Olaf Berger", None)]
    of = paragraph(2, "The president of the United States met Chancellor Olaf Berger.", people=["Olaf Berger"],
                   countries=["the United States"])  # fmt: skip
    assert pairs(find_meetings([first, of], {}, people=people)) == [("Frank Miller", "Olaf Berger", None)]


def test_his_minister_is_not_any_minister_named():
    first = paragraph(1, "Chinese Foreign Minister Wang Tao arrived in Berlin.", people=["Wang Tao"],
                      countries=["Chinese"], places=["Berlin"])  # fmt: skip
    second = paragraph(2, "On Monday Chancellor Olaf Berger met his foreign minister.", people=["Olaf Berger"])
    people = {"Wang Tao": Person("M", ("Foreign Minister",)), "Olaf Berger": Person("M", ("Chancellor",))}
    assert pairs(find_meetings([first, second], {}, people=people)) == []


def test_an_office_the_corpus_gives_one_person_is_theirs_in_an_article_that_does_not_say_it():
    from pipeline.lib.events.extraction import corpus_offices, people_of

    corpus = {
        "a1": [("hale", "PERSON", "Chancellor"), ("lund", "PERSON", "Home Secretary")],
        "a2": [("hale", "PERSON", "Chancellor"), ("ruiz", "PERSON", "Home Secretary")],
        "a3": [("hale", "PERSON", "Mr"), ("lund", "PERSON", "Home Secretary")],
        "a4": [("berg", "PERSON", "Chancellor"), ("hale", "PERSON", "Chancellor")],
        "a5": [("hale", "PERSON", "Chancellor")],
    }
    offices = corpus_offices(corpus)
    # Hale is "Chancellor" in four of the five uses; the home secretary changed hands, Lund
    # holding it in twice Ruiz's articles: Lund's where Ruiz is not named.
    assert offices == {"hale": (("chancellor", frozenset()),), "lund": (("home secretary", frozenset({"ruiz"})),)}
    assert people_of(corpus["a3"], offices)["hale"].roles == ("Mr", "chancellor")
    assert people_of([("lund", "PERSON", "Mr")], offices)["lund"].roles == ("Mr", "home secretary")
    assert people_of([("lund", "PERSON", "Mr"), ("ruiz", "PERSON", "Mr")], offices)["lund"].roles == ("Mr",)
    p = paragraph(1, "Mr Hale spoke first. Ms Amis then accused the chancellor of ducking hard choices.",
                  people=["Hale", "Amis"])  # fmt: skip
    people = {"Amis": Person("F", ("Ms",)), "Hale": Person("M", ("Mr", "chancellor"))}
    assert ("CRITICIZE", "112", "Amis", "Hale", None) in events([p], people)
    assert not any(e[3] == "Hale" for e in events([p], {"Amis": Person("F", ("Ms",)), "Hale": Person("M", ("Mr",))}))


def test_description_before_keeps_the_words_in_order_up_to_the_role_noun():
    from pipeline.lib.events.roles import description_before

    said = "criticised by England coach Andy Robinson on Saturday"
    assert description_before(said, said.index("Andy")) == ["england", "coach"]
    assert description_before(said, said.index("Saturday")) == []
    # other heads for other callers: a trade
    writer = "the feminist writer Germaine Greer"
    assert description_before(writer, writer.index("Germaine"), frozenset({"writer"})) == ["feminist", "writer"]


def test_the_country_of_an_office_written_with_its_portfolio_after_it():
    cases = {
        "US Secretary of State Ann Hale": {"USA"},
        "Kenyan Minister of Foreign Affairs Ann Hale": {"KEN"},
        "Minister of State for Trade Ann Hale": set(),
        "the Ministry of Health Ann Hale": set(),
    }
    for text, country in cases.items():
        assert countries_before(text, text.index("Ann")) == frozenset(country)


def noted(text: str, *names: str, people=None) -> RoleBook:
    """A role book that has read `text`, each of `names` a person's span in it."""
    spans = [EntitySpan(text.index(n), text.index(n) + len(n), n, "PERSON") for n in names]
    book = RoleBook(people or {})
    for span in spans:
        book.note(text, span, spans)
    return book


def test_an_office_of_a_body_set_off_before_a_name_is_a_title_and_a_general_secretary_leads():
    text = "Fumero was received by the General Secretary of the Communist Party of Vietnam, To Van Lam."
    book = noted(text, "To Van Lam", people={"To Van Lam": Person("M", ())})
    assert book.holder(["vietnamese", "leader"], "", [], 0) == "To Van Lam"
    assert book.holder(["general", "secretary"], "", [], 0) == "To Van Lam"
    # the country an office is "of", or the one a ruling party leads; not a country a body's name holds
    for text, name, wanted in (
        ("He met the Vice President of the Republic of Cuba, Salvador Medina, in Havana.", "Salvador Medina",
         ["cuban", "guest"]),
        ("Fox met the President of the Mexican Senate, Diego Cevallos, in Mexico City.", "Diego Cevallos", None),
        ("Chirac met the General Secretary of the French Communist Party, Marie Buffet, in Paris.", "Marie Buffet",
         None),
    ):  # fmt: skip
        named = noted(text, name, people={name: Person(None, ())})
        leader = named.holder([(wanted or ["x"])[0] if wanted else text.split()[6].lower(), "leader"], "", [], 0)
        assert leader is None, text  # a vice president, a senate's president, a party's secretary lead no state
        if wanted:
            assert named.holder(wanted, "", [], 0) == name
        else:
            assert named.holder(["mexican" if "Mexican" in text else "french", "president"], "", [], 0) is None
    # a description in lowercase is no title: "the mayor" later is as often the story's own mayor
    text = "Ngcobo visited Maputo, where she met the mayor of Maputo, Armindo Tembe."
    lowercase = noted(text, "Armindo Tembe", people={"Armindo Tembe": Person("M", ())})
    assert lowercase.holder(["mayor"], "", [], 0) is None
    # (nor is what comes before the office's name: "met the head of the World Bank, X")
    text = "Brown met the head of the World Bank, Paul Wolfowitz, on Monday."
    head = noted(text, "Paul Wolfowitz", people={"Paul Wolfowitz": Person("M", ())})
    assert not head.described["Paul Wolfowitz"] & {"met", "brown"}


def test_the_office_after_a_name_is_not_the_next_persons_office_in_a_list():
    text = (
        "The Cuban Minister of Foreign Trade, Yaima Cardoso Reyes, and the Vietnamese Minister of Industry and "
        "Trade, Le Minh Chau, signed a protocol."
    )
    book = noted(text, "Yaima Cardoso Reyes", "Le Minh Chau")
    assert book.serving["Yaima Cardoso Reyes"] == set()
    assert book.holder(["vietnamese", "leader"], "", [], 0) is None  # a minister of Vietnam is no leader of it


def test_a_demonym_of_two_words_before_a_title_is_the_country():
    for text, name, iso3 in (
        ("South African Foreign Minister Thandiwe Mokoena arrived in Algiers.", "Thandiwe", "ZAF"),
        ("New Zealand Prime Minister Helen Clark arrived.", "Helen", "NZL"),
    ):
        assert countries_before(text, text.index(name)) == {iso3}
    text = "Greek Cypriot leader Tassos Papadopoulos said"  # a people, not a state's office
    assert countries_before(text, text.index("Tassos")) == frozenset()


def test_a_counterpart_holds_the_office_of_whom_he_is_counterpart_for_his_country_only():
    text = "French President Étienne Laval hosted his Senegalese counterpart Ousmane Sarr at the Elysée."
    book = noted(text, "Étienne Laval", "Ousmane Sarr")
    assert book.holder(["senegalese", "leader"], "", [], 0) == "Ousmane Sarr"
    assert book.holder(["president"], "", [], 0) == "Étienne Laval"  # a bare title is the story's own


def test_an_office_of_a_countrys_body_gives_the_country_and_an_acronym_alone_no_ruling_party():
    text = "The Secretary of State of the United States, Condoleezza Rice, arrived in Moscow."
    book = noted(text, "Condoleezza Rice", people={"Condoleezza Rice": Person("F", ())})
    assert book.holder(["american", "secretary"], "", [], 0) == "Condoleezza Rice"
    text = "The Leader of the CPC, Stephen Harper, greeted him at the airport."
    canada = noted(text, "Stephen Harper", people={"Stephen Harper": Person("M", ())})
    assert canada.holder(["chinese", "leader"], "", [], 0) is None  # Canada's Conservatives, not the CPC of China


def test_a_counterpart_is_no_chancellor_of_another_country_nor_an_owners():
    text = "Chancellor Gordon Brown met his German counterpart Hans Eichel in Berlin."
    book = noted(text, "Gordon Brown", "Hans Eichel", people={"Gordon Brown": Person("M", ("Chancellor",))})
    assert book.holder(["german", "chancellor"], "", [], 0) is None  # Britain's chancellor is a finance minister
    text = "President Jacques Chirac's spokesman met his Senegalese counterpart Amadou Ba on Monday."
    owner = noted(text, "Jacques Chirac", "Amadou Ba", people={"Jacques Chirac": Person("M", ("President",))})
    assert owner.holder(["senegalese", "president"], "", [], 0) is None  # the spokesman's counterpart
    text = "The General Secretary of the CPV, Nong Duc Manh, received Raul Castro."
    party = noted(text, "Nong Duc Manh")
    assert party.holder(["vietnamese", "leader"], "", [], 0) == "Nong Duc Manh"


def test_a_counterpart_of_a_chancellor_of_a_country_and_of_whom_he_means():
    text = "Austrian Chancellor Wolfgang Schuessel met his German counterpart Gerhard Schroeder in Vienna."
    book = noted(text, "Wolfgang Schuessel", "Gerhard Schroeder")
    assert book.holder(["german", "chancellor"], "", [], 0) == "Gerhard Schroeder"
    text = "President Vladimir Putin's visit ended when he met his Ukrainian counterpart Viktor Yushchenko in Kiev."
    his = noted(text, "Vladimir Putin", "Viktor Yushchenko", people={"Vladimir Putin": Person("M", ("President",))})
    assert his.holder(["ukrainian", "president"], "", [], 0) == "Viktor Yushchenko"


def test_an_office_set_off_before_a_name_in_the_style_of_protocol_is_its_title():
    # State media name a guest after the style of protocol: "the Prime Minister of the Republic of
    # Namibia, Her Excellency Ms. Ndapewa Shikongo-Haufiku" is "the Namibian Prime Minister" later.
    for style in ("Her Excellency Ms. ", "H.E. ", "Ms. ", ""):
        text = f"He received the Prime Minister of the Republic of Namibia, {style}Ndapewa Shikongo-Haufiku."
        book = noted(text, "Ndapewa Shikongo-Haufiku")
        assert book.holder(["namibian", "prime", "minister"], "", [], 0) == "Ndapewa Shikongo-Haufiku", style
    # but not two words of a name of anyone's else's after the comma
    text = "He received the Prime Minister of Namibia, Saara Kuugongelwa, and Nahas Angula."
    book = noted(text, "Nahas Angula")
    assert book.holder(["namibian", "prime", "minister"], "", [], 0) is None
