"""Datelines: "RIO DE JANEIRO, July 5 (Xinhua) —" → place, date text, agency.

Forms seen in republished wire copy:
    Beijing, October 15th (IDCPC) –          place, date, agency
    Beijing, November 26th—                  place, date
    September 4 (Orinoco Tribune) –          date, agency
    BAHIA BLANCA, Argentina, Feb 26 -        place with country, date (Reuters)
    LONDON (Reuters) -                       place in capitals, agency
    DUBAI/VIENNA, Sept 1 (Reuters) -         a story filed from two cities: the first is its place
    THE HAGUE —   /   NAIROBI, Kenya —        place alone (the style of many papers' wire copy)
    Lima, Peru —                             place and region in mixed case
A dateline needs a date or an agency *and* a dash, so ordinary sentences ("On July 27, Ma Hui
met ...") never match; an agency in brackets may stand for the dash ("HAVANA, Oct. 2 (Prensa
Latina) Cuban …", Prensa Latina's style). A place alone is one only in capitals or as "City, Region", before a dash
that is not a bare hyphen, with a capitalised sentence after it: a paragraph that opens with a word
and a dash ("Meanwhile — the …", "UPDATE — …") is not a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# (day first too, with an ordinal and the year: WAM's "ABU DHABI, 14th April, 2025 (WAM) --")
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?)"
)
_PLACE_PART = r"[A-Z][A-Za-z\u00C0-\u017F.'’\-]*(?:\s+[A-Za-z\u00C0-\u017F.'’\-]+){0,4}"
_DASH = r"\s*[–—-]+\s*"
# (capitals with accents too: "BRASÍLIA", "BOGOTÁ", "SÃO PAULO", "İZMİR")
_CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0130"

# An agency with the dash after it, or a capitalised one with none before the story's first
# capital: Prensa Latina writes "HAVANA, Oct. 2 (Prensa Latina) Cuban Foreign Minister …" (not
# "July 27 (local time) Ma Hui met …").
_AGENCY = (
    rf"\s*\((?:(?P<agency>[^()\n]{{2,40}})\){_DASH}"
    rf"|(?P<bare_agency>[{_CAPS}][^()\n]{{1,39}})\)\s+(?=[“\"‘']?[A-Z]))"
)
_DATED = re.compile(
    rf"^(?:(?P<place>{_PLACE_PART}(?:/{_PLACE_PART})*(?:,\s+{_PLACE_PART})?),\s+)?"
    rf"(?P<date>{_DATE})"
    rf"(?:{_AGENCY}|{_DASH})"
)
_UNDATED = re.compile(
    rf"^(?P<place>[{_CAPS}][{_CAPS}.'’\-/ ]{{1,40}}?(?:,\s+[A-Z][A-Za-z.'’\- ]{{1,40}}?)?)"
    rf"{_AGENCY}"
)
_CAPS_WORD = rf"[{_CAPS}][{_CAPS}.'’\-]*[{_CAPS}.]"
_TITLE_WORDS = r"[A-Z][a-z\u00C0-\u017F.'’\-]+(?:\s+(?:de|da|do|del|la|el|[A-Z][a-z\u00C0-\u017F.'’\-]+)){0,3}"
_PLACE_ONLY = re.compile(
    rf"^(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}}(?:,\s+{_TITLE_WORDS})?|{_TITLE_WORDS},\s+{_TITLE_WORDS})"
    r"(?:\s*[–—]+\s*|\s+-{1,2}\s+|--\s*)(?=[“\"‘']?[A-Z0-9])"
)
# A place in title case before its agency and a dash, as dpa writes: "Berlin (dpa) - …" (only a city
# whose name says its country, or one written with its country: not "Tony Blair (Labour) - …").
_TITLED_UNDATED = re.compile(
    rf"^(?P<place>{_TITLE_WORDS}(?:,\s+{_TITLE_WORDS})?)\s*\((?P<agency>[^()\n]{{2,40}})\){_DASH}(?=[“\"‘']?[A-Z0-9])"
)
# Capitalised labels and bodies' acronyms that open a paragraph as a place would, before a dash. A
# single word of three letters or fewer is an acronym ("US — China talks"), never a dateline's city.
_NOT_PLACES = frozenset(
    "ANALYSIS BREAKING COMMENT CORRECTION EDITORIAL EXCLUSIVE FACTBOX INTERVIEW LIVE NOTE OPINION "
    "PHOTOS REVIEW UPDATE UPDATED URGENT VIDEO WATCH NATO OPEC NASA FIFA UEFA".split()
)
_LOWER_WORDS = {
    "de",
    "da",
    "do",
    "das",
    "dos",
    "del",
    "la",
    "las",
    "los",
    "el",
    "y",
    "e",
    "of",
    "the",
    "on",
    "upon",
}


@dataclass(frozen=True)
class Dateline:
    place: str | None
    date_text: str | None
    agency: str | None
    # Length of the dateline prefix in the paragraph, so callers can strip it.
    end: int


def title_case_place(place: str) -> str:
    """'RIO DE JANEIRO' → 'Rio de Janeiro'; mixed-case input is kept as written."""

    def fix_part(part: str) -> str:
        part = part.strip()
        if part != part.upper():
            return part
        words = part.lower().split()
        return " ".join(
            w if (i and w in _LOWER_WORDS) else "-".join(s[:1].upper() + s[1:] for s in w.split("-"))
            for i, w in enumerate(words)
        )

    return ", ".join(fix_part(p) for p in place.split(","))


def parse_dateline(paragraph: str) -> Dateline | None:
    """Parse a dateline at the very start of `paragraph`, or return None."""
    match = _DATED.match(paragraph) or _UNDATED.match(paragraph) or _place_only(paragraph) or _titled(paragraph)
    if not match:
        return None
    groups = match.groupdict()
    place = _first_city(groups.get("place"))
    agency = groups.get("agency") or groups.get("bare_agency")
    return Dateline(
        place=title_case_place(place) if place else None,
        date_text=(groups.get("date") or None),
        agency=agency.strip() if agency else None,
        end=match.end(),
    )


def _first_city(place: str | None) -> str | None:
    """A story filed from two cities ("WASHINGTON/BEIJING (Reuters) -") is placed in the first, the
    city it was written in; the others sent reporting."""
    if not place or "/" not in place:
        return place
    city, comma, region = place.partition(",")
    return city.split("/")[0].strip() + comma + region


def _place_only(paragraph: str) -> re.Match | None:
    match = _PLACE_ONLY.match(paragraph)
    if match is None:
        return None
    city, _, region = match["place"].partition(",")
    words = city.split()
    if words[0].rstrip(".") in _NOT_PLACES or (len(words) == 1 and len(words[0]) <= 3 and words[0].isupper()):
        return None
    if not city.isupper() and not _a_known_place(city, region):
        return None  # "On Monday, Tom Hale — Peru's foreign minister — met …": an opening phrase
    return match


def _titled(paragraph: str) -> re.Match | None:
    match = _TITLED_UNDATED.match(paragraph)
    if match is None:
        return None
    city, _, region = match["place"].partition(",")
    # (a city whose name alone says its country, or one named with its country ("Paris, France");
    # not a district or a town a club is named after: "Chelsea (PA) - Mourinho …")
    return match if _a_known_place(city, region, known_city=True) else None


def _a_known_place(city: str, region: str, known_city: bool = False) -> bool:
    """A place in mixed case names a country ("Lima, Peru") or a city GeoNames knows ("Rio de
    Janeiro, Brazil"); with `known_city`, one whose name alone says its country
    (`places.country_of_a_known_city`)."""
    from pipeline.lib.nlp.countries import iso3_for
    from pipeline.lib.nlp.places import country_of_a_known_city, country_of_place

    country_of = country_of_a_known_city if known_city else country_of_place
    return iso3_for(region.strip()) is not None or country_of(city.strip()) is not None


# A live blog's entry opens with its time, not a place: "11:10 GMT —", "14:05 —", "9.30am:".
_TIMESTAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|local\s+time)?"
    r"\s*(?:[–—]+|-{1,2}|:)\s+(?=[“\"‘']?[A-Z0-9])"
)


def prefix_end(paragraph: str) -> int:
    """Where the words of a paragraph begin after its dateline ("NAIROBI (Reuters) -") or a live
    blog entry's time ("11:10 GMT —"); 0 when it has neither."""
    dateline = parse_dateline(paragraph)
    if dateline is not None:
        return dateline.end
    stamp = _TIMESTAMP.match(paragraph)
    return stamp.end() if stamp else 0
