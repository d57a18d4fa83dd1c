"""Country names, official names, abbreviations and demonyms → ISO 3166 alpha-3.

pycountry is the source of ISO data (names, official names, common names); the reviewed table
`data/country_aliases.csv` adds what pycountry lacks: abbreviations (US, U.S., PRC, DPRK),
short forms (Russia, Britain) and demonyms (Chinese, Venezuelan); countryinfo gives the demonyms of
every other country that name one country only (Qatari, Rwandan). Demonyms of a country's parts
(Scottish, Welsh, English) are not in it: they say Scotland, Wales or England, places that are not
sovereign states, so they are never a mention of the United Kingdom.

Matching is exact on a normalised key (case, diacritics, curly quotes, a leading "the"): fuzzy
search is deliberately not used, because it maps "U.S." to the US Virgin Islands and "American"
to American Samoa, and "Dominica" to the Dominican Republic.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

import pycountry

ALIASES_CSV = Path(__file__).parent / "data" / "country_aliases.csv"

# Display names where pycountry's name is the inverted ISO form ("Venezuela, Bolivarian Republic of").
_DISPLAY_OVERRIDES = {
    "RUS": "Russia",
    "GBR": "United Kingdom",
    "USA": "United States",
    "PSE": "Palestine",
    "SUN": "Soviet Union",
    "XKX": "Kosovo",  # (no ISO 3166 code: GeoNames' code, `data/country_aliases.csv`)
    # pycountry's inverted or bracketed names, which no text writes
    "COD": "Democratic Republic of the Congo",
    "VAT": "Vatican City",
    "FLK": "Falkland Islands",
    "FSM": "Micronesia",
    "VGB": "British Virgin Islands",
    "VIR": "US Virgin Islands",
    "MAF": "Saint Martin",
    "SXM": "Sint Maarten",
    "CCK": "Cocos Islands",
}


# A possessive's ending after a name ("south korea's", "philippines'", "number 10's"); no
# country's name ends so.
_POSSESSIVE_END = re.compile(r"(?<=[a-z0-9])'s?$")


def key_without_possessive(text: str) -> str:
    """The lookup key (`country_key`) of a name the model may have spanned with its possessive."""
    return _POSSESSIVE_END.sub("", country_key(text))


# Country names and demonyms two states share (ISO alpha-3, the usual one first): "Korean" is South
# Korea's in most news, but a KCNA item that calls its state the DPRK writes "the Korean people" for
# the North's; "Congo" is the Republic of the Congo unless its article names the DRC.
SHARED_COUNTRY_NAMES = {
    "korea": ("KOR", "PRK"), "korean": ("KOR", "PRK"), "congo": ("COG", "COD"), "congolese": ("COG", "COD"),
}  # fmt: skip


def shared_by_two_states(name: str) -> bool:
    """A country name or demonym two states share ("Korean", "Congo")."""
    return name.strip().casefold() in SHARED_COUNTRY_NAMES


def country_key(text: str) -> str:
    """Lookup key: no diacritics, plain apostrophes, no leading 'the', no dots, casefolded."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
    text = text.replace(".", "")
    return " ".join(text.split()).casefold()


@cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(country_key(value), country.alpha_3)
    table.update(_library_demonyms())
    with ALIASES_CSV.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            # The reviewed table wins over pycountry and countryinfo where they differ.
            table[country_key(row["alias"])] = row["iso3"]
    return table


@cache
def _demonyms() -> frozenset[str]:
    with ALIASES_CSV.open(encoding="utf-8") as f:
        reviewed = {country_key(r["alias"]) for r in csv.DictReader(f) if r["kind"] == "demonym"}
    return frozenset(reviewed | set(_library_demonyms()))


@cache
def _library_demonyms() -> dict[str, str]:
    """countryinfo's demonyms (Qatari, Rwandan, Azerbaijani …) that name one country only: not
    "Congolese" (two Congos), not a part's adjective ("Welsh"), nor one of a territory that the
    sovereign's own demonym also names ("French" of Réunion)."""
    from countryinfo import all_countries

    seen: dict[str, set[str]] = {}
    for country in all_countries():
        iso3, demonym = (country.iso() or {}).get("alpha3"), country.demonym()
        for form in re.split(r",|/| or ", demonym or ""):
            if form.strip() and iso3:
                seen.setdefault(country_key(form), set()).add(iso3)
    return {form: next(iter(isos)) for form, isos in seen.items()
            if len(isos) == 1 and form not in _PART_ADJECTIVES}  # fmt: skip


def iso3_for(text: str) -> str | None:
    """ISO alpha-3 for a country name, official name, abbreviation or demonym, also written with
    its possessive (the model's span is at times "South Korea's", "the Philippines'"); else None."""
    key = key_without_possessive(text)
    if not key:
        return None
    # "U.S." and "US" share the key "us"; a lone lowercase "us" is the pronoun, never a country.
    if key == "us" and text.strip() == "us":
        return None
    return _lookup().get(key)


def is_demonym(text: str) -> bool:
    return country_key(text) in _demonyms()


@cache
def _regular_demonyms() -> frozenset[str]:
    """Adjectives formed regularly from one-word country and US-state names: Californian, Texan,
    Floridian, Kenyan. Used only to take a place adjective off the front of a person's name."""
    names = {c.name for c in pycountry.countries} | {getattr(c, "common_name", "") for c in pycountry.countries}
    names |= {s.name for s in pycountry.subdivisions.get(country_code="US") or []}
    forms: set[str] = set()
    for name in names:
        if not name or " " in name or "," in name:
            continue
        k = country_key(name)
        forms |= {k + "n", k + "an", k + "ian", k[:-1] + "an", k[:-1] + "ian", k + "ese", k[:-1] + "ese"}
        if k.endswith("s"):
            forms.add(k[:-1] + "n")  # Texas → Texan
    return frozenset(forms)


# Adjectives of the parts of a country: place adjectives, never the country's demonym.
_PART_ADJECTIVES = frozenset({"english", "scottish", "welsh", "northern irish"})


def is_part_adjective(text: str) -> bool:
    """Scottish, Welsh, English: the adjective of a part of a country, no country's demonym."""
    return country_key(text) in _PART_ADJECTIVES


@cache
def is_place_adjective(text: str) -> bool:
    """A demonym of the reviewed table, an adjective of a country's part (Scottish), or a regular
    adjective of a country or US state name."""
    key = country_key(text)
    return key in _demonyms() or key in _PART_ADJECTIVES or key in _regular_demonyms()


@cache
def country_name(iso3: str) -> str:
    """Short display name: 'Venezuela', 'China', 'Bolivia', 'Russia'."""
    if iso3 in _DISPLAY_OVERRIDES:
        return _DISPLAY_OVERRIDES[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


@cache
def country_name_pattern() -> re.Pattern[str]:
    """Every country name, official name and abbreviation as written (not demonyms), for an exact,
    case-sensitive scan of text. Inverted ISO forms ("Korea, Republic of") are left out."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(value)
    with ALIASES_CSV.open(encoding="utf-8") as f:
        names.update(r["alias"] for r in csv.DictReader(f) if r["kind"] != "demonym")
    variants = names | {n.replace("'", "’") for n in names}
    alternation = "|".join(re.escape(n) for n in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")
