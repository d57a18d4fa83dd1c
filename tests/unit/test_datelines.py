import pytest

from pipeline.lib.text.datelines import parse_dateline, title_case_place


@pytest.mark.parametrize(
    ("paragraph", "place", "date_text", "agency", "rest"),
    [
        ("Beijing, October 15th (IDCPC) – Ma Hui met", "Beijing", "October 15th", "IDCPC", "Ma Hui met"),
        ("Beijing, November 26th—Liu Haixing met", "Beijing", "November 26th", None, "Liu Haixing met"),
        ("Beijing, July 27th (IDCPC) —Ma Hui", "Beijing", "July 27th", "IDCPC", "Ma Hui"),
        (
            "RIO DE JANEIRO, July 5 (Xinhua) — Chinese Premier",
            "Rio de Janeiro",
            "July 5",
            "Xinhua",
            "Chinese Premier",
        ),
        ("BEIJING, July 9 (Xinhua) — Chinese President", "Beijing", "July 9", "Xinhua", "Chinese President"),
        ("September 4 (Orinoco Tribune) – Venezuela", None, "September 4", "Orinoco Tribune", "Venezuela"),
        (
            "BAHIA BLANCA, Argentina, Feb 26 - Argentine",
            "Bahia Blanca, Argentina",
            "Feb 26",
            None,
            "Argentine",
        ),
        ("LONDON (Reuters) - Shares fell", "London", None, "Reuters", "Shares fell"),
        # a story filed from two cities, as Reuters writes it: the first is where it was written
        ("DUBAI/VIENNA, Sept 1 (Reuters) - Iran on", "Dubai", "Sept 1", "Reuters", "Iran on"),
        ("WASHINGTON/BEIJING (Reuters) - The United", "Washington", None, "Reuters", "The United"),
        ("NEW YORK/LONDON, March 3 (Reuters) - Oil", "New York", "March 3", "Reuters", "Oil"),
        # an agency in brackets with no dash, Prensa Latina's style
        ("HAVANA, Oct. 2 (Prensa Latina) Cuban Foreign", "Havana", "Oct. 2", "Prensa Latina", "Cuban Foreign"),
        ("CARACAS (Prensa Latina) The Venezuelan", "Caracas", None, "Prensa Latina", "The Venezuelan"),
        ("BERLIN (dpa) - Germany said", "Berlin", None, "dpa", "Germany said"),
        # day first, with an ordinal and the year, as WAM writes it
        ("ABU DHABI, 14th April, 2025 (WAM) -- Sheikh", "Abu Dhabi", "14th April, 2025", "WAM", "Sheikh"),
        ("DUBAI, 2 March 2025 (WAM) -- The", "Dubai", "2 March 2025", "WAM", "The"),
        # A place alone, as many papers print wire copy: in capitals, or "City, Region" in mixed case.
        ("NAIROBI — Kenya's president met", "Nairobi", None, None, "Kenya's president met"),
        ("THE HAGUE - The court ruled", "The Hague", None, None, "The court ruled"),
        ("UNITED NATIONS —“We will", "United Nations", None, None, "“We will"),
        ("SAO PAULO, Brazil -- Shares rose", "Sao Paulo, Brazil", None, None, "Shares rose"),
        ("Lima, Peru — Three ministers", "Lima, Peru", None, None, "Three ministers"),
        ("Rio de Janeiro, Brazil – Police said", "Rio de Janeiro, Brazil", None, None, "Police said"),
    ],
)
def test_dateline_forms(paragraph, place, date_text, agency, rest):
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.date_text, dateline.agency) == (place, date_text, agency)
    assert paragraph[dateline.end :] == rest


@pytest.mark.parametrize(
    "paragraph",
    [
        "On July 27, Ma Hui, Vice-Minister of the International Department, met in Beijing",
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn",
        "The US war on China, Venezuela and the international left",
        "Speaking at a United Nations Security Council briefing held on 18 July, Ambassador Geng",
        # A word and a dash are not a place alone: a label, an acronym, a name or a lower-case clause.
        "UPDATE — The ministry said",
        "BREAKING - Markets fell",
        "US — China talks resume",
        "NATO - The alliance said",
        "PART ONE — the war years",
        "Meanwhile — The minister",
        "Tom Hale — the man who",
        "On Monday, Tom Hale — Peru's foreign minister — met",  # an opening phrase, no place
        "However, Corvex - Europe's largest steelmaker - signed",
        "LONDON-based traders said",
        "US/China trade talks - The ministers met",  # a slash between words is no dateline
        "Iran/Iraq border - The troops",
        "July 27 (local time) Ma Hui met Tom Hale",  # no dash: only a capitalised agency stands for it
        "Ma Hui met Tom Hale on July 27 (Xinhua) in Beijing",
        "",
    ],
)
def test_ordinary_sentences_are_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


def test_title_case_place_keeps_particles_lowercase():
    assert title_case_place("RIO DE JANEIRO") == "Rio de Janeiro"
    assert title_case_place("SAO PAULO, BRAZIL") == "Sao Paulo, Brazil"
    assert title_case_place("Port-au-Prince") == "Port-au-Prince"
    assert title_case_place("PORT-AU-PRINCE") == "Port-Au-Prince"


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("BRASÍLIA — Brazil's foreign minister received his counterpart.", "Brasília"),
        ("SÃO PAULO — Shares rose.", "São Paulo"),
        ("BOGOTÁ (Reuters) - Colombia said on Monday.", "Bogotá"),
    ],
)
def test_a_capital_with_an_accent_opens_a_dateline(paragraph, place):
    # (a dateline's city in capitals was ASCII only: "BRASÍLIA —" was read as the subject)
    assert parse_dateline(paragraph).place == place


def test_a_known_place_in_title_case_before_its_agency_and_a_dash_is_a_dateline():
    # stop 57: dpa writes "Berlin (dpa) - German Chancellor …"; a name before a party is no place
    got = parse_dateline("Berlin (dpa) - German Chancellor Markus Weber met Jan Nowak.")
    assert (got.place, got.agency, got.date_text) == ("Berlin", "dpa", None)
    assert parse_dateline("Rio de Janeiro (Reuters) - Brazil's central bank cut rates.").place == "Rio de Janeiro"
    assert parse_dateline("Tony Blair (Labour) - The prime minister said.") is None
    # (nor a district or a town a club is named after: the first review's "Chelsea (PA) -")
    assert parse_dateline("Chelsea (PA) - Jose Mourinho criticised Arsene Wenger.") is None
    assert parse_dateline("Monday (AP) - The talks went on.") is None
