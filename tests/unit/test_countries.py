import pytest

from pipeline.lib.nlp.countries import country_name, is_demonym, iso3_for
from pipeline.lib.nlp.places import countries_of_place


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("US", "USA"),
        ("U.S.", "USA"),  # fuzzy search sends this to the US Virgin Islands (VIR)
        ("United States", "USA"),
        ("American", "USA"),  # fuzzy search sends this to American Samoa (ASM)
        ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
        ("PRC", "CHN"),
        ("the People’s Republic of China", "CHN"),
        ("DPRK", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Bolivarian Republic of Venezuela", "VEN"),
        ("Venezuela", "VEN"),
        ("Chinese", "CHN"),
        ("Venezuelan", "VEN"),
        ("Guyanese", "GUY"),
        ("Russian Federation", "RUS"),
        ("Lao People’s Democratic Republic", "LAO"),
        ("Colombia", "COL"),
        # names pycountry writes with a comma, or under a newer name, that news still uses
        ("the Democratic Republic of the Congo", "COD"),
        ("DR Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Burma", "MMR"),
        ("Cape Verde", "CPV"),
        ("Brasil", None),  # not an English name in pycountry or the table: no guess
        ("Korea", None),  # ambiguous between North and South: no guess
        ("us", None),  # the pronoun
        ("Latin America", None),
        ("Virgin Islands", None),
        # the model's span at times takes the possessive in ("South Korea's industry minister")
        ("South Korea's", "KOR"),
        ("South Korea’s", "KOR"),
        ("the Philippines'", "PHL"),
        ("Côte d’Ivoire", "CIV"),  # an apostrophe inside a name is no possessive
        ("Korea's", None),
    ],
)
def test_iso3(text, iso3):
    assert iso3_for(text) == iso3


def test_display_names_are_short_forms():
    assert country_name("VEN") == "Venezuela"
    assert country_name("COD") == "Democratic Republic of the Congo"  # not "Congo, The Democratic …"
    assert not any("," in country_name(c) or "(" in country_name(c) for c in ("VAT", "VGB", "FSM", "FLK"))
    assert country_name("BOL") == "Bolivia"
    assert country_name("RUS") == "Russia"
    assert country_name("USA") == "United States"
    assert country_name("CHN") == "China"


def test_demonyms():
    assert is_demonym("Chinese") and is_demonym("Venezuelan")
    assert not is_demonym("China")


@pytest.mark.parametrize(
    ("demonym", "iso3"),
    [
        ("Qatari", "QAT"),  # countryinfo's demonyms, beyond the reviewed table
        ("Rwandan", "RWA"),
        ("Azerbaijani", "AZE"),
        ("Somali", "SOM"),
        ("Philippine", "PHL"),  # the reviewed table, for forms countryinfo lacks
        ("Montenegrin", "MNE"),
        ("Kyrgyz", "KGZ"),
        ("Congolese", None),  # two Congos
        ("Welsh", None),  # a part of a country
    ],
)
def test_demonyms_of_every_country(demonym, iso3):
    assert iso3_for(demonym) == iso3
    assert is_demonym(demonym) == (iso3 is not None)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Socialist Republic of Vietnam", "VNM"), ("the Socialist Republic of Vietnam", "VNM"),
     ("Republic of the Union of Myanmar", "MMR"), ("Oriental Republic of Uruguay", "URY"),
     ("Republic of Turkey", "TUR"), ("State of Libya", "LBY")],
)  # fmt: skip
def test_official_names_state_media_writes(name, iso3):
    assert iso3_for(name) == iso3


def test_kosovo_is_a_state_by_the_code_geonames_gives_it():
    # stop 65: invented golds write Kosovo as a side ("accused Kosovo's government"); ISO 3166 gives it
    # no code, GeoNames, the EU and the IMF XKX
    assert (iso3_for("Kosovo"), iso3_for("Kosovo's"), iso3_for("Kosovar")) == ("XKX", "XKX", "XKX")
    assert country_name("XKX") == "Kosovo"
    assert countries_of_place("Pristina") == ["XKX"]
