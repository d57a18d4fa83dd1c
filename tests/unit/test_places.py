"""Cities to their countries, from GeoNames."""

import pytest

from pipeline.lib.nlp.places import capital_of, countries_of_place, country_of_a_known_city, country_of_place


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Beijing", "CHN"),
        ("BEIJING", "CHN"),  # a dateline in capitals
        ("Bogotá", "COL"),
        ("Bogota", "COL"),  # diacritics folded
        ("Kiev", "UKR"),  # an alternate name in Latin letters
        ("Paris", "FRA"),  # the most populous of the cities so named (not Paris, Texas)
        ("The Hague", "NLD"),
        ("Venice", "ITA"),  # a city's own name before another's alternate (Dayton, Ohio, is also "Venice")
        ("Xanadu Springs", None),
    ],
)
def test_country_of_place(name, iso3):
    assert country_of_place(name) == iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Washington", "USA"),
        ("Managua", "NIC"),
        ("Kyiv", "UKR"),
        ("Brussels", None),
        ("Lyon", None),
        # seats news names that GeoNames' capital field does not ("Moscow denounced Astana's decision")
        ("Astana", "KAZ"),
        ("Kiev", "UKR"),
        ("Delhi", "IND"),
        ("La Paz", "BOL"),
        # a capital's name two countries share is the more populous one's, not a dissolved state's
        ("Kingston", "JAM"),
        ("Belgrade", "SRB"),
        ("Willemstad", "CUW"),
    ],
)
def test_capital_of(name, iso3):
    """A capital's country; Brussels stands for the European Union as often as for Belgium."""
    assert capital_of(name) == iso3


def test_countries_of_a_name_several_cities_share_most_populous_first():
    assert countries_of_place("Valencia")[:2] == ["VEN", "ESP"]
    assert countries_of_place("Beijing") == ["CHN"]
    assert countries_of_place("Xanadu Springs") == []


def test_an_airport_named_after_its_city_is_in_that_citys_country():
    assert countries_of_place("Kuala Lumpur International Airport") == ["MYS"]
    assert countries_of_place("the Beijing Capital International Airport") == ["CHN"]
    assert countries_of_place("John F Kennedy International Airport") == []  # a person's name, no city


def test_an_airport_named_after_a_person_or_a_small_town_has_no_city():
    from pipeline.lib.nlp.places import airport_countries

    assert airport_countries("Ninoy Aquino International Airport") == []  # a town of 60,000 shares the name
    assert airport_countries("Heathrow Airport") == []


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Seoul", "KOR"),
        ("Zurich", "CHE"),
        ("Lausanne", "CHE"),  # 139,000 people
        ("London", "GBR"),  # Ontario's London is a twentieth of it
        ("Washington", "USA"),
        ("Vaduz", "LIE"),  # a small capital
        ("Valencia", None),  # Venezuela's and Spain's, of like size
        ("Cambridge", None),
        ("San Jose", None),  # California's is three times Costa Rica's capital, not more
        ("Davos", None),  # under 15,000 people: not in GeoNames' list
        ("Narnia", None),
    ],
)
def test_a_city_whose_name_alone_says_its_country(name, iso3):
    assert country_of_a_known_city(name) == iso3
