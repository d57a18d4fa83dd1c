"""Per-article glue between dates, meetings, events and quotations, shared by the Dagster assets and the
benchmarks."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

import polars as pl

from pipeline.lib.events.cues import parse_text
from pipeline.lib.events.dates import DAY, EXPLICIT, DateMention, resolve_article, resolve_dateline
from pipeline.lib.events.event_sides import country_of_organ_name
from pipeline.lib.events.event_types import Event, find_events, meet_events
from pipeline.lib.events.meetings import DEFAULT_MODEL, DatedSpan, EntitySpan, Meeting, ParagraphIn, find_meetings
from pipeline.lib.events.quotations import Person, role_gender
from pipeline.lib.events.roles import ROLE_HEADS, countries_before, countries_named
from pipeline.lib.nlp.countries import iso3_for
from pipeline.lib.nlp.gender import is_given_name
from pipeline.lib.nlp.names import title_gender
from pipeline.lib.nlp.places import capital_of, countries_of_place, government_by_its_building
from pipeline.lib.store.schemas import ArticleDates, DateMentions, frame_of
from pipeline.lib.store.tables import split_rows
from pipeline.lib.text.datelines import prefix_end

PLAUSIBLE_DAYS = 366  # an undated article's events lie within a year before its reference date


def article_date_mentions(
    paragraphs: Sequence[tuple[int, int, str]],
    section_dateline_dates: Mapping[int, str | None],
    article_dateline_date: str | None,
    reference: dt.date,
) -> list[tuple[int, DateMention]]:
    """`paragraphs` are (paragraph_no, section_no, text) of one article, in order."""
    article_day = resolve_dateline(article_dateline_date, reference)
    section_days = {no: resolve_dateline(text, reference) for no, text in section_dateline_dates.items()}
    rows = [
        (paragraph_no, text, section_days.get(section_no) if section_no else article_day)
        for paragraph_no, section_no, text in paragraphs
    ]
    return resolve_article(rows, reference)


def article_date(
    article_dateline_date: str | None, mentions: Sequence[DateMention], reference: dt.date
) -> tuple[dt.date | None, str]:
    """(date, source): the dateline's day, else the earliest current event date (a day-level date
    within a year before the reference that is not a written-out historical date), else none."""
    day = resolve_dateline(article_dateline_date, reference)
    if day:
        return day, "dateline"
    window = reference - dt.timedelta(days=PLAUSIBLE_DAYS)
    events = [
        m.date_start for m in mentions if m.granularity == DAY and m.date_start and window <= m.date_start <= reference
    ]
    if events:
        return min(events), "event"
    explicit = [m.date_start for m in mentions if m.granularity == DAY and m.date_start and m.year_source == EXPLICIT]
    if explicit:
        return min(explicit), "explicit_date"
    return None, "none"


HEADING_KIND = "sub-heading"  # paragraphs.kind of a heading inside an article


def article_events(
    paragraphs: Sequence[ParagraphIn],
    vague_dates: dict[int, list[tuple[int, int]]],
    parse,
    people: Mapping[str, Person],
    model_name: str = DEFAULT_MODEL,
    corpus_countries: Mapping[str, str] | None = None,
) -> tuple[list[Meeting], list[Event]]:
    """One article's meetings (both sides named, the `meetings` table) and events of the five types
    (the `events` table). A meeting with people named only by kind ("met local parents") is a MEET
    event with that side null, but no meeting. `corpus_countries` (ISO alpha-3 → entity id of each
    country the corpus names) give a known city's country where the article names none. The
    assets, the benchmarks and the tests all read an article through this one function."""
    paragraphs = governments_acting(paragraphs, {**(corpus_countries or {}), **countries_named(
        (p.text, p.entities) for p in paragraphs)})  # fmt: skip
    found = find_meetings(paragraphs, vague_dates, model_name, parse=parse, people=people, unnamed_sides=True)
    met = [m for m in found if m.actor_a and m.actor_b]
    events = find_events(paragraphs, vague_dates, parse, people, met, corpus_countries)
    received = receptions_met(events, met, {e.entity_id for p in paragraphs for e in p.entities if e.type == "PERSON"})
    pairs = {frozenset((m.actor_a, m.actor_b)) for m in met + received}
    # An ambassador received where posted is met only; a guest by office ("received the Polish
    # prime minister") whose visit has no known country is met only (not a visit to the host).
    events = [e for e in events if not e.posted_guest and not (e.cameo_code == "043" and e.guest_by_office)]
    events = visits_for_hostings(events)
    events = visits_with_their_country(once_per_visit(events, pairs, paragraphs), paragraphs)
    events = signings_by_their_people(visits_by_their_people(events, paragraphs), paragraphs)
    events = stops_of_a_journey(events, paragraphs)
    events = stances_said_by_their_speakers(stances_by_their_people(events, paragraphs), paragraphs)
    return met + received, meet_events(found + received) + events


# Words before a building that make it where something happened ("met at the White House", "flew
# to the Kremlin"), not the government that acted. Not "of", "for" or "from": "a spokesman for the
# Kremlin", "a statement from Downing Street" speak for it.
_AT_A_BUILDING = re.compile(
    r"\b(?:in|at|to|into|inside|outside|near|on|around|towards?|across|opposite|behind|past|in\s+front\s+of"
    r"|outside\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def governments_acting(paragraphs: Sequence[ParagraphIn], countries: Mapping[str, str]) -> list[ParagraphIn]:
    """The events' view of an article, where a government named by its building or its organ acts as
    its country, as CAMEO codes such an actor ("The White House condemned …", "the Kremlin accused
    …", "the U.S. State Department criticised …", "the Chinese Foreign Ministry praised …"), when the
    article or the corpus names that country (`countries`: ISO alpha-3 → entity id). After a word of
    place it stays where something happened ("met at the White House"). Quotations keep the organ as
    the speaker: "the Pentagon said" is the Pentagon's."""
    # (an organ written with its country after it is that country's, and so is the same organ named
    # again without one, where the article writes it with one country only and no other country
    # stands before it: "the Ministry of National Defence of the DPRK … the ministry's statement",
    # not "Japan's Ministry of Foreign Affairs" after "the Ministry of Foreign Affairs of the DPRK")
    after = {(p.paragraph_no, e.char_start): (e.entity_id, iso3) for p in paragraphs for e in p.entities
             if e.type == "ORG" and (iso3 := _organ_of_a_country_after(p, e)) is not None}  # fmt: skip
    written: dict[str, set[str]] = defaultdict(set)
    for entity_id, iso3 in after.values():
        written[entity_id].add(iso3)
    out = []
    for p in paragraphs:
        entities = []
        for e in p.entities:
            name = p.text[e.char_start : e.char_end]
            iso3 = None if e.type == "COUNTRY" else government_by_its_building(name) or country_of_organ_name(name)
            if iso3 is None and e.type == "ORG":
                alone = len(written.get(e.entity_id, ())) == 1 and not _a_country_before(p, e)
                own = after.get((p.paragraph_no, e.char_start), (None, None))[1]
                iso3 = own or (next(iter(written[e.entity_id])) if alone else None)
            if iso3 in countries and not _AT_A_BUILDING.search(p.text[max(0, e.char_start - 24) : e.char_start]):
                e = EntitySpan(e.char_start, e.char_end, countries[iso3], "COUNTRY")
            entities.append(e)
        out.append(replace(p, entities=tuple(entities)))
    return out


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _organ_of_a_country_after(paragraph: ParagraphIn, organ: EntitySpan) -> str | None:
    """ISO alpha-3 of the country written "of" right after an organ's name the model spanned without
    it ("the Ministry of National Defence of the DPRK"); else None."""
    m = _OF_THE.match(paragraph.text, organ.char_end)
    country = next((e for e in paragraph.entities if m and e.char_start == m.end() and e.type == "COUNTRY"), None)
    if country is None:
        return None
    name = paragraph.text[organ.char_start : organ.char_end]
    return country_of_organ_name(f"{name} of {paragraph.text[country.char_start : country.char_end]}")


def _a_country_before(paragraph: ParagraphIn, organ: EntitySpan) -> bool:
    """A country's name or demonym right before an organ's ("Japan's Ministry of Foreign Affairs")."""
    return any(e.type == "COUNTRY" and 0 <= organ.char_start - e.char_end <= 3 for e in paragraph.entities)


def visits_for_hostings(events: Sequence[Event]) -> list[Event]:
    """A hosting (043: host → guest) whose host's country is known is told as the guest's visit to
    that country (042: guest → country, the row `find_events` yields beside it), the way the gold
    sets write a reception; so is a hosting of a guest whose visit another sentence of the article
    tells ("X arrived in Vientiane … General Secretary Y received X"). A visit told again is the
    visit told first ("arrived in Havana on Saturday … during her visit to Cuba": one row, as the
    gold counts an event). The reception's meeting of the two (`receptions_met`) is read from the
    hosting before this."""
    hostings = {(e.paragraph_no, e.sentence, e.trigger, e.actor_b) for e in events if e.cameo_code == "043"}
    twins = {(e.paragraph_no, e.sentence, e.trigger, e.actor_a) for e in events if e.cameo_code == "042"} & hostings
    # the guests whose visit the article tells, with the sentences it tells it in
    visits: dict[str, set] = defaultdict(set)
    for e in events:
        if e.cameo_code == "042" and e.actor_b is not None:
            visits[e.actor_a].add((e.paragraph_no, e.sentence))
    out: list[Event] = []
    visited: set[tuple] = set()
    for e in events:
        told = (e.paragraph_no, e.sentence, e.trigger, e.actor_b if e.cameo_code == "043" else e.actor_a)
        # (a visit in the hosting's own sentence may be another journey: `once_per_visit` decides)
        elsewhere = visits.get(e.actor_b, set()) - {(e.paragraph_no, e.sentence)}
        if e.cameo_code == "043" and (told in twins or elsewhere):
            continue  # told as the guest's visit, here or in another sentence of the article
        if e.by_a_delegation and any(o.cameo_code == "042" and e.actor_b in (o.actor_b, None) and o.actor_a != e.actor_a
                                     for o in events):  # fmt: skip
            continue  # "the visit to Cuba of a delegation of the MPLA … headed by X, who arrived": X's
        if e.cameo_code == "042":
            if (e.actor_a, e.actor_b) in visited and e.actor_b is not None:
                continue  # the visit the article told already
            visited.add((e.actor_a, e.actor_b))
        out.append(e)
    return out


# The words a visit is told with: one of them in a sentence tells one journey ("flew to Beijing and
# then visited Moscow, where he was received by …" tells two).
_VISIT_WORDS = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|trips?|tour(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|fl(?:ew|own|ies|y)"
    r"|arriv(?:e|es|ed|ing|al)|stopovers?)\b",
    re.IGNORECASE,
)


# "Arrived in Niamey for a two-day working visit" tells one journey in two words of travel.
_ARRIVED_FOR_A_VISIT = re.compile(
    r"\barriv(?:e|es|ed|ing|al)\b(?P<between>[^.;]{0,80}?)\b(?:for|on) (?:a|an|his|her|their)(?: [\w-]+){0,3} visit\b",
    re.IGNORECASE,
)


def journeys_told(sentence: str, hosted_at: int = -1) -> int:
    """How many words of travel a sentence has, an arrival for a visit counted once where the
    hosting (at `hosted_at`) is told after it ("arrived in Niamey for a working visit, during which
    he was received by …"; not "X, who was received by Y last year, arrived in Paris for a visit")."""
    arrival = _ARRIVED_FOR_A_VISIT.search(sentence)
    if arrival is None or hosted_at < arrival.start():
        return len(_VISIT_WORDS.findall(sentence))
    return len(_VISIT_WORDS.findall(_ARRIVED_FOR_A_VISIT.sub(r"arrived\g<between>", sentence)))


def once_per_visit(events: Sequence[Event], meetings: set[frozenset], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """A visit told from both sides in one sentence is one visit: "X travelled to Beijing, where she
    was received by Y" keeps X's visit (042) and drops Y's hosting (043), whose meeting of the two
    stays (`receptions_met`). Only where the sentence tells one journey of the guest's (one visit
    row, and at most one word of travel: "flew to Beijing and then visited Moscow, where he was
    received by …" tells two; "X, who visited Poland last week, was received by Y in Paris" tells
    two in two countries), and where the two are among the article's meetings (else the hosting is
    all that tells of the pair)."""
    visits: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        if e.cameo_code == "042":
            visits[(e.paragraph_no, e.sentence, e.actor_a)].append(e)
    countries = _CountriesOf(paragraphs)

    def told_with_its_visit(e: Event) -> bool:
        if e.cameo_code != "043" or len(journeys := visits[(e.paragraph_no, e.sentence, e.actor_b)]) != 1:
            return False
        (visit,) = journeys
        there, here = countries.of(visit.actor_b) or countries.of(visit.place), countries.of(e.place)
        if there and here and not there & here:
            return False
        hosted_at = e.sentence.find(e.trigger)
        return journeys_told(e.sentence, hosted_at) <= 1 and frozenset((e.actor_a, e.actor_b)) in meetings

    return [e for e in events if not told_with_its_visit(e)]


def visits_with_their_country(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """A visit to no country, in a sentence that names the country the guest visited, is that visit
    where its place is in that country, or is not written in the sentence and the arrival was for
    that visit: "arrived here [a Nairobi dateline] for an official visit to Kenya" is one visit, to
    Kenya ("arrived here after a state visit to Kenya" tells two). A visit to a place the sentence
    names in no such country stays ("visited Kenya's biggest shantytown as he opened a week-long
    visit to Africa": two)."""
    countries = _CountriesOf(paragraphs)
    hosts: dict[tuple, set[str]] = defaultdict(set)
    for e in events:
        if e.cameo_code == "042" and e.actor_b is not None:
            hosts[(e.paragraph_no, e.sentence, e.actor_a)] |= countries.of(e.actor_b) or {e.actor_b}
    texts = {p.paragraph_no: p for p in paragraphs}

    def written_in_the_sentence(e: Event) -> bool:
        paragraph = texts.get(e.paragraph_no)
        at = paragraph.text.find(e.sentence) if paragraph is not None else -1
        end = at + len(e.sentence)
        return at >= 0 and any(x.entity_id == e.place and at <= x.char_start < end for x in paragraph.entities)

    def told_with_its_country(e: Event) -> bool:
        hosted = hosts.get((e.paragraph_no, e.sentence, e.actor_a))
        if e.cameo_code != "042" or e.actor_b is not None or not hosted:
            return False
        if e.place is None or countries.of(e.place) & hosted:
            return True
        return not written_in_the_sentence(e) and _ARRIVED_FOR_A_VISIT.search(e.sentence) is not None

    return [e for e in events if not told_with_its_country(e)]


def visits_by_their_people(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """A country's visit to where a person of that country (by the title the article writes
    before the name) visited in the article is that person's visit, told again: "Japanese Prime
    Minister X arrived in Seoul …, the first visit to South Korea by a Japanese leader in a year"
    is one visit, X's."""
    countries = _CountriesOf(paragraphs)
    nationality = _nationalities(paragraphs)
    by_people = {
        (iso3, e.actor_b)
        for e in events
        if e.event_type == "VISIT" and e.actor_a in nationality
        for iso3 in nationality[e.actor_a]
    }
    return [
        e
        for e in events
        if not (e.event_type == "VISIT" and any((iso3, e.actor_b) in by_people for iso3 in countries.of(e.actor_a)))
    ]


def stops_of_a_journey(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """A visit to a body ("toured the Center for Genetic Engineering and Biotechnology") by one whose
    visit to a country or a city the article tells is a stop of that journey, not a visit of its own
    (the golds write the journey once, to the country). Only of the same trip: not a body in another
    country ("the headquarters of the United Nations in New York" after a visit to Cuba), nor on a
    day weeks from the journey's."""
    kinds = {e.entity_id: e.type for p in paragraphs for e in p.entities}
    countries = _CountriesOf(paragraphs)
    journeys = defaultdict(list)  # visitor → (the countries of each journey, its date)
    for e in events:
        if e.cameo_code == "042" and kinds.get(e.actor_b) in ("COUNTRY", "PLACE"):
            journeys[e.actor_a].append((countries.of(e.actor_b) | countries.of(e.place), e.event_date))

    def a_stop(e: Event) -> bool:
        where = countries.of(e.place)
        return any(
            (not where or bool(where & there))
            and (e.event_date is None or when is None or abs((e.event_date - when).days) <= 14)
            for there, when in journeys.get(e.actor_a, [])
        )

    return [e for e in events if not (e.cameo_code == "042" and kinds.get(e.actor_b) == "ORG" and a_stop(e))]


def signings_by_their_people(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """Two people's signing, where the article has their two countries' signing, is that signing told
    again: "Indonesia signed a free trade agreement with Switzerland … Indonesian Trade Minister X
    signed it with Swiss Economy Minister Y" is one (the countries' row, told first, is kept): the
    people's told after it, as news tells a deal's signers (not "X and Y signed the deal on Tuesday.
    Last April, Argentina signed an agreement …", an earlier deal told after), and as the same thing
    (`_the_same_thing`: not "signed a visa waiver with …" after "a trade deal", another)."""
    countries = _CountriesOf(paragraphs)
    nationality = _nationalities(paragraphs)
    order = _told_order(events, paragraphs)
    by_states = [
        (countries.of(e.actor_a), countries.of(e.actor_b), order[i], e.detail)
        for i, e in enumerate(events)
        if e.event_type == "SIGN" and e.actor_a not in nationality and e.actor_b not in nationality
    ]

    def told_again(e: Event, told: tuple[int, int]) -> bool:
        a, b = nationality.get(e.actor_a, set()), nationality.get(e.actor_b, set())
        return any(
            ((a & x and b & y) or (a & y and b & x)) and before < told and _the_same_thing(e.detail, thing)
            for x, y, before, thing in by_states
        )

    return [e for i, e in enumerate(events) if not (e.event_type == "SIGN" and told_again(e, order[i]))]


def _the_same_thing(detail: str | None, before: str | None) -> bool:
    """Is what was signed told as the thing told before: not told, told again ("signed it", "the
    deal"), or of the same kind ("an agreement" after "a free trade agreement"; not "a visa waiver"
    after "a trade deal")?"""
    if detail is None or re.match(r"(?i)(?:it|them|the|this|that)\b", detail.strip()):
        return True
    kind = re.findall(r"[a-z]+", detail.casefold())
    return before is not None and bool(kind) and kind[-1] in re.findall(r"[a-z]+", before.casefold())


def _told_order(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[tuple[int, int]]:
    """(paragraph, where its sentence starts) of each event: the order the article tells them in."""
    texts = {p.paragraph_no: p.text for p in paragraphs}
    return [(e.paragraph_no, texts.get(e.paragraph_no, "").find(e.sentence)) for e in events]


def stances_by_their_people(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """A country's praise or criticism of someone whom a person of that country (by the title the
    article writes before the name) praised or criticised too is that person's, told again ("Zambian
    Foreign Minister Banda thanked China … and said Zambia firmly supports the initiative proposed by
    China": one, Banda's). (Not one of a country whose person the same giver praised: the golds
    write both, "praised Kazakhstan's policy and thanked its president".)"""
    countries = _CountriesOf(paragraphs)
    nationality = _nationalities(paragraphs, in_office=True)
    kinds = ("SUPPORT", "CRITICIZE")
    # (in the same paragraph: "Kenyan Foreign Minister X condemned Ethiopia. ‖ Kenya condemned Ethiopia
    # again on Friday" is a second)
    by_people = {(e.paragraph_no, e.event_type, iso3, e.actor_b) for e in events if e.event_type in kinds
                 for iso3 in nationality.get(e.actor_a, ())}  # fmt: skip

    def told_again(e: Event) -> bool:
        return any((e.paragraph_no, e.event_type, iso3, e.actor_b) in by_people for iso3 in countries.of(e.actor_a))

    return [e for e in events if not (e.event_type in kinds and told_again(e))]


def stances_said_by_their_speakers(events: Sequence[Event], paragraphs: Sequence[ParagraphIn]) -> list[Event]:
    """A country's or a body's praise or criticism of someone, in a sentence that names a person of
    the same paragraph who praised or criticised that one too, is what that person said, told again:
    "Tan thanked Pakistan for its efforts … and said China would always stand by Pakistan" is one,
    Tan's ("Lozano praised Bolivia's management … and expressed Mexico's support")."""
    kinds = ("SUPPORT", "CRITICIZE")
    people = {e.entity_id for p in paragraphs for e in p.entities if e.type == "PERSON"}
    # (by another word than the body's own: not those listed with it, "won backing from Paramount,
    # Universal and Warner Bros.", the model typing one of them a person)
    by_people = {(e.paragraph_no, e.event_type, e.actor_b, e.actor_a): e.trigger for e in events
                 if e.event_type in kinds and e.actor_a in people}  # fmt: skip
    by_no = {p.paragraph_no: p for p in paragraphs}
    named: dict[tuple[int, str], set[str]] = {}  # (paragraph, sentence) → the people it names
    for e, (no, at) in zip(events, _told_order(events, paragraphs), strict=True):
        if no in by_no and at >= 0:
            end = at + len(e.sentence)
            named[(no, e.sentence)] = {
                s.entity_id for s in by_no[no].entities if s.type == "PERSON" and at <= s.char_start < end
            }

    def told_again(e: Event) -> bool:
        if e.event_type not in kinds or e.actor_a in people or e.actor_a is None:
            return False
        speakers = named.get((e.paragraph_no, e.sentence), set())
        said = [by_people.get((e.paragraph_no, e.event_type, e.actor_b, who)) for who in speakers]
        return any(word is not None and word != e.trigger for word in said)

    return [e for e in events if not told_again(e)]


def _nationalities(paragraphs: Sequence[ParagraphIn], in_office: bool = False) -> dict[str, set[str]]:
    """Each person's countries (ISO alpha-3), by the titles the article writes before the name (with
    `in_office`, not a former holder's: "Former Zambian President X" no longer speaks for Zambia)."""
    nationality: dict[str, set[str]] = defaultdict(set)
    for p in paragraphs:
        for e in p.entities:
            if e.type == "PERSON" and not (
                in_office and _FORMER.search(p.text[max(0, e.char_start - 50) : e.char_start])
            ):
                nationality[e.entity_id] |= countries_before(p.text, e.char_start)
    return nationality


_FORMER = re.compile(r"(?i)\b(?:former|ex-|one-time|then)\b[^.,;]*$")


class _CountriesOf:
    """The countries an article's country or place entity may be in (ISO alpha-3): a country's own,
    a city's by GeoNames (several where cities share a name)."""

    def __init__(self, paragraphs: Sequence[ParagraphIn]):
        self._names: dict[str, tuple[str, str]] = {}
        for p in paragraphs:
            for e in p.entities:
                self._names.setdefault(e.entity_id, (p.text[e.char_start : e.char_end], e.type))

    def of(self, entity_id: str | None) -> set[str]:
        name, kind = self._names.get(entity_id, ("", "")) if entity_id else ("", "")
        if kind == "COUNTRY":
            return {iso3} if (iso3 := iso3_for(name)) else set()
        return set(countries_of_place(name)) if kind == "PLACE" else set()


def receptions_met(events: Sequence[Event], met: Sequence[Meeting], people: set[str]) -> list[Meeting]:
    """A host who received a guest met them: "President Danjuma received his Ghanaian counterpart",
    "Ferraz was received by President Cahama" are a visit hosted (043) and a meeting of the two
    (CAMEO files hosting among the consultations, 040–046), when both are people (`people`: the
    article's person entities) and the article has no meeting of the pair already (not "the UAE
    received the minister": a country hosts). A host told by office alone is a person, read as
    the country, as a meeting with them is ("Aalto was received by the Indonesian president", as
    "Aalto met the Indonesian president")."""
    pairs = {frozenset((m.actor_a, m.actor_b)) for m in met}
    out = []
    for e in events:
        pair = frozenset((e.actor_a, e.actor_b))
        host = e.actor_a in people or (e.host_by_office and e.actor_a is not None)
        guest = e.actor_b in people or (e.guest_by_office and e.actor_b is not None)
        if e.cameo_code != "043" or not host or not guest or pair in pairs:
            continue
        pairs.add(pair)
        out.append(Meeting(e.paragraph_no, e.actor_a, e.actor_b, e.event_date, e.place, e.sentence))
    return out


def cue_texts(paragraphs: Iterable[tuple[str, str]]) -> list[str]:
    """What the event step will parse of these (text, kind) paragraphs, so that an earlier step
    can parse it ahead: their sentences with a cue (`cues.parse_text`), one text per paragraph,
    read by meetings, the other events and quotations alike."""
    return [t for text, kind in paragraphs if (t := parse_text(text, kind == HEADING_KIND)) is not None]


def cue_texts_of(paragraphs: Sequence[ParagraphIn]) -> list[str]:
    """The same for an article's `ParagraphIn`s."""
    return [t for p in paragraphs if (t := parse_text(p.text, p.is_heading)) is not None]


def meeting_paragraphs(
    paragraphs: Sequence[tuple[int, int, str, str]],
    entities: Mapping[int, Sequence[EntitySpan]],
    date_mentions: Sequence[tuple[int, DateMention]],
    dateline_places: Mapping[int, str | None],
    dateline_days: Mapping[int, dt.date | None],
    corpus_countries: Mapping[str, str] | None = None,
) -> tuple[list[ParagraphIn], dict[int, list[tuple[int, int]]]]:
    """Inputs of `find_meetings` for one article: `paragraphs` are (paragraph_no, section_no, text,
    kind); dateline maps are keyed by section_no; `corpus_countries` (ISO alpha-3 → entity id) the
    countries the corpus names, for a capital that acts where the article names no country for it."""
    days: dict[int, list[DatedSpan]] = {}
    vague: dict[int, list[tuple[int, int]]] = {}
    for paragraph_no, m in date_mentions:
        if m.granularity == DAY and m.date_start:
            days.setdefault(paragraph_no, []).append(DatedSpan(m.char_start, m.char_end, m.date_start))
        elif m.date_start:
            vague.setdefault(paragraph_no, []).append((m.char_start, m.char_end))
    countries = {
        **(corpus_countries or {}),
        **countries_named((text, entities.get(no, ())) for no, _, text, _ in paragraphs),
    }
    countries.update(_seated_bodies_named(paragraphs, entities))
    capitals = _capitals_by_name_alone(paragraphs, entities)
    out = [
        ParagraphIn(
            paragraph_no,
            text,
            tuple(
                sorted(
                    _capitals_acting(
                        text, _after_the_dateline(text, entities.get(paragraph_no, ())), countries, capitals
                    ),
                    key=lambda e: e.char_start,
                )
            ),  # fmt: skip
            tuple(days.get(paragraph_no, ())),
            dateline_places.get(section_no),
            dateline_days.get(section_no),
            kind == HEADING_KIND,
        )
        for paragraph_no, section_no, text, kind in paragraphs
    ]
    return out, vague


def dateline_places(article, places: Mapping[str, str]) -> dict[int, str | None]:
    """Section number → entity id of the place its dateline names (`places`: casefolded canonical
    name → id): the embedded sections' and the article's own, which governs its own text (section
    0: "BEIJING, March 4 (Xinhua) -- … held talks here"), as the events asset reads them."""
    own = [(0, article.dateline)] if article.dateline and article.dateline.place else []
    sections = [(s.section_no, s.dateline) for s in article.sections if s.dateline]
    return {no: places.get((dateline.place or "").casefold()) for no, dateline in own + sections}


def _after_the_dateline(text: str, entities: Sequence[EntitySpan]) -> list[EntitySpan]:
    """The entities a paragraph's events may name: not its dateline's place or agency ("NAIROBI
    (Reuters) -"), which are where and by whom the story was filed, not who acted in it ("the two
    companies" had been Reuters and one of them)."""
    start = prefix_end(text)  # (and not a live blog entry's "GMT")
    return [e for e in entities if e.char_start >= start]


# A city that names the body seated there, as a capital names its state: "blamed Brussels for the
# breakdown", "a complaint against Brussels" are the European Union's (where the article names it),
# keyed as the union's ISO 3166 reserved code; with the names the body goes by.
_SEATS = {"Brussels": "EUU"}
_SEATED_BODIES = {"EUU": frozenset({"European Union", "EU"})}
_SEAT_STATES = {"EUU": "BEL"}  # the state whose capital the seat is


def _seated_bodies_named(paragraphs: Sequence[tuple], entities: Mapping[int, Sequence[EntitySpan]]) -> dict[str, str]:
    """Key in `_SEATS` → entity id of the body the article names by one of its names, where it names
    no country the seat is a capital of (a story that names Belgium may mean Belgium by Brussels)."""
    found: dict[str, str] = {}
    states: set[str] = set()
    for no, _, text, _ in paragraphs:
        for e in entities.get(no, ()):
            written = text[e.char_start : e.char_end].removeprefix("the ").removeprefix("The ")
            states.add(iso3_for(written) or "")
            for key, names in _SEATED_BODIES.items():
                if written in names:
                    found.setdefault(key, e.entity_id)
    return {key: body for key, body in found.items() if _SEAT_STATES[key] not in states}


# Words before a place that say it is where something happened, not who acted ("met in Beijing").
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|into|near|outside|across|via|around|towards?|through|of)\s+$", re.I)


# Words after a capital that make it the city's, not the country's: "a Paris court", "the Beijing
# city government", "the London office".
_BASED = re.compile(r"[\s-]based\b", re.I)
_DETERMINED = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.I)
_CITY_BODY = re.compile(
    r"\s+(?:court|courts|city|council|municipal|mayor|mayoral|police|metro|underground|marathon|airport|"
    r"university|hospital|office|offices|branch|bureau|stock|exchange|club|derby|residents|district|province)\b"
)


def _capitals_by_name_alone(
    paragraphs: Sequence[tuple[int, int, str, str]], entities: Mapping[int, Sequence[EntitySpan]]
) -> frozenset[str]:
    """Entities the model typed a person or a body that the article names only by a capital's name:
    "Tegucigalpa" or "Kyiv" tagged as a person, "Budapest" as a body, are the city. Not "Paris", the
    short name of a Paris Hilton the article also names in full; not a city-state tagged a country
    ("Singapore")."""
    texts: dict[str, set[str]] = defaultdict(set)
    for paragraph_no, _, text, _ in paragraphs:
        for e in entities.get(paragraph_no, ()):
            if e.type in ("ORG", "PERSON"):
                texts[e.entity_id].add(text[e.char_start : e.char_end].casefold())  # (a dateline's "KINSHASA")
            else:
                texts[e.entity_id].add("")  # named otherwise too: a place already, a country
    seats = {city.casefold() for city in _SEATS}
    return frozenset(
        eid
        for eid, names in texts.items()
        if len(names) == 1 and (capital_of(name := next(iter(names))) or name in seats)
    )


def _capitals_acting(
    text: str, entities: Sequence[EntitySpan], countries: Mapping[str, str], capitals: frozenset[str] = frozenset()
) -> list[EntitySpan]:
    """A capital that acts or is acted on stands for its country's government ("The State Department
    criticised Managua's ties with Beijing", "accused Washington of hypocrisy", "thanked Tegucigalpa
    for its hospitality"), as the article, else the corpus, names that country; after a word of place
    ("met in Beijing", "flew to Moscow") it stays a place. `capitals`: the entities named only by a
    capital's name, whatever type the model gave them (`_capitals_by_name_alone`); of those, a
    person's given name ("Santiago", "Victoria") is otherwise the city only after a word of place ("In
    Santiago on Monday"): "Victoria praised …" stays a person where no country of that capital is
    named."""
    out = []
    for e in entities:
        named_alone = e.entity_id in capitals
        name = text[e.char_start : e.char_end]
        iso3 = (capital_of(name) or _SEATS.get(name)) if e.type == "PLACE" or named_alone else None
        given = named_alone and e.type == "PERSON" and is_given_name(name)
        where = _LOCATIVE.search(text[max(0, e.char_start - 12) : e.char_start])
        local = _CITY_BODY.match(text, e.char_end)  # "a Paris court", "the Beijing city government"
        # a capital that describes a thing after an article or a possessive, or something "based"
        # there, is the city's: "the London market", "its Paris lawyer", "the Paris-based group"
        local = (
            local or _BASED.match(text, e.char_end) or _DETERMINED.search(text[max(0, e.char_start - 8) : e.char_start])
        )
        if iso3 in countries and not local and not where:
            e = EntitySpan(e.char_start, e.char_end, countries[iso3], "ORG" if iso3 in _SEATED_BODIES else "COUNTRY")
        elif named_alone and iso3 is not None and (where or not given):
            e = EntitySpan(e.char_start, e.char_end, e.entity_id, "PLACE")  # "the summit in Tegucigalpa"
        out.append(e)
    return out


# An office the corpus gives one person: held by them in this many articles at least, and in this
# share of the articles that use it at least (a post that changed hands, "home secretary" in a corpus of
# Blunkett's resignation, stays the article's to say).
OFFICE_MIN_ARTICLES = 2
OFFICE_MIN_SHARE = 0.8
# Short of that share, an office is still its main holder's (in this many times the articles of any
# other) in an article that names none of the others: "Chancellor" Brown in a corpus that also
# writes "Chancellor Gerhard Schroeder" is "the chancellor" of an article naming Mr Brown only.
OFFICE_MIN_LEAD = 2

# An office a person holds, with the other people the corpus gives it to (empty when the office is theirs alone).
Office = tuple[str, frozenset[str]]


def corpus_offices(
    rows_by_article: Mapping[str, Iterable[tuple[str, str, str | None]]],
) -> dict[str, tuple[Office, ...]]:
    """Offices the corpus gives one person ("Chancellor" Gordon Brown, "Prime Minister" Tony
    Blair), by entity id: an article that says only "the chancellor" of a man it names as "Mr Brown"
    means him. `rows_by_article` as `people_of` takes them, per article."""
    # Articles, not mentions, are counted: one long story about one chancellor is one vote.
    articles: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for article, rows in rows_by_article.items():
        for entity_id, kind, role in rows:
            if kind != "PERSON" or not role or role.split()[-1].casefold() not in ROLE_HEADS:
                continue
            articles[role.casefold()][entity_id].add(article)
    offices: dict[str, list[Office]] = defaultdict(list)
    for office, holders in articles.items():
        ranked = Counter({entity_id: len(found) for entity_id, found in holders.items()}).most_common()
        (entity_id, n), total = ranked[0], sum(count for _, count in ranked)
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if n < OFFICE_MIN_ARTICLES:
            continue
        if n >= OFFICE_MIN_SHARE * total:
            offices[entity_id].append((office, frozenset()))
        elif n >= OFFICE_MIN_LEAD * runner_up:
            offices[entity_id].append((office, frozenset(holders) - {entity_id}))
    return {entity_id: tuple(sorted(held)) for entity_id, held in offices.items()}


def people_of(
    rows: Iterable[tuple[str, str, str | None]],
    offices: Mapping[str, tuple[Office, ...]] | None = None,
    genders: Mapping[str, str] | None = None,
) -> dict[str, Person]:
    """What an article says of its people: `rows` are (entity_id, type, role) of its mentions
    (role: a title or appositive, "Mr", "the Venezuelan Ambassador to China"). The gender comes
    from a gendered title ("Mr", "Mrs", "Sir", "Queen"), else from `genders` (the pronouns the
    corpus uses after the name, `gender.pronoun_genders`); the roles are kept for "the
    ambassador said"; `offices` (`corpus_offices`) adds what the corpus says a person it names
    holds, unless the article also names another holder of that office."""
    gender: dict[str, str | None] = {}
    roles: dict[str, dict[str, None]] = {}
    for entity_id, kind, role in rows:
        if kind != "PERSON":
            continue
        roles.setdefault(entity_id, {})
        if role:
            roles[entity_id].setdefault(role, None)
            g = title_gender(role) or role_gender(role)
            if g and gender.get(entity_id, g) == g:
                gender[entity_id] = g
            elif g:
                gender[entity_id] = None  # titles disagree: no gender
    named = set(roles)
    for entity_id, known in roles.items():  # the article's own titles first
        held = (offices or {}).get(entity_id, ())
        known.update(dict.fromkeys(office for office, others in held if not others & named))
    titled = set(gender)
    for entity_id in roles.keys() - titled:  # no gendered title (titles that disagree stay None)
        gender[entity_id] = (genders or {}).get(entity_id)
    return {e: Person(gender.get(e), tuple(r), e in titled and gender[e] is not None) for e, r in roles.items()}


def split_date_tables(
    mentions: pl.DataFrame, article_dates: pl.DataFrame, detected_at: dt.datetime
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Validate `date_tables`' two frames: (valid date_mentions, valid article_dates, quarantine)."""
    mentions, q_mentions = split_rows(
        "date_mentions",
        DateMentions,
        mentions,
        pl.format("{}/p{}/{}", "article_id", "paragraph_no", "char_start"),
        detected_at,
    )
    article_dates, q_articles = split_rows(
        "article_dates", ArticleDates, article_dates, pl.col("article_id"), detected_at
    )
    return mentions, article_dates, pl.concat([q_mentions, q_articles])


def date_tables(
    references: Mapping[str, dt.date | None],
    articles: pl.DataFrame,
    sections: pl.DataFrame,
    paragraphs: pl.DataFrame,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(date_mentions, article_dates) of a batch of articles.

    `references` maps doc_id → reference date (today when it has none); `articles` holds doc_id,
    article_id, dateline_date_text and, optionally, published_date (an export record's or a web
    page's own date, its article's "today" before the file's) in the order rows are wanted; `sections` article_id,
    section_no, dateline_date_text; `paragraphs` article_id, paragraph_no, section_no, text."""
    # Plain rows grouped once: a polars selection per article costs more than its dates.
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    for article_id, paragraph_no, section_no, text in (
        paragraphs.select("article_id", "paragraph_no", "section_no", "text").sort("article_id", "paragraph_no").rows()
    ):
        by_article.setdefault(article_id, []).append((paragraph_no, section_no, text))
    section_dates: dict[str, dict] = {}
    for article_id, section_no, date_text in sections.select("article_id", "section_no", "dateline_date_text").rows():
        section_dates.setdefault(article_id, {})[section_no] = date_text
    mention_rows, date_rows = [], []
    if "published_date" not in articles.columns:
        articles = articles.with_columns(published_date=pl.lit(None, pl.Date))
    for doc_id, article_id, dateline_date_text, published_date in articles.select(
        "doc_id", "article_id", "dateline_date_text", "published_date"
    ).iter_rows():
        reference_date = published_date or references.get(doc_id) or dt.date.today()
        rows = by_article.get(article_id, [])
        sections_of_article = section_dates.get(article_id, {})
        mentions = article_date_mentions(rows, sections_of_article, dateline_date_text, reference_date)
        mention_rows.extend(
            {"article_id": article_id, "doc_id": doc_id, "paragraph_no": paragraph_no, **m.__dict__}
            for paragraph_no, m in mentions
        )
        day, source = article_date(dateline_date_text, [m for _, m in mentions], reference_date)
        date_rows.append(
            {"article_id": article_id, "doc_id": doc_id, "article_date": day, "article_date_source": source}
        )
    return frame_of(DateMentions, mention_rows), frame_of(ArticleDates, date_rows)
