"""Who holds a role the article names: "the Pakistani president", "the Tory leader".

A person's role words are their titles (from entity resolution: "President", "Prime Minister")
and what the article writes around their name: a description just before it ("Tory leader
Michael Howard", "French President Jacques Chirac") and a country just after it ("President
Musharraf of Pakistan"). A country stands for its ISO code whatever its form, so "the Pakistani
president" is the president said to be "of Pakistan", and "the French president" the one
introduced as "French President". Used by the event sides and by the meetings alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from pipeline.lib.nlp.countries import iso3_for, shared_by_two_states
from pipeline.lib.nlp.entity_types import PORTFOLIO_JOINERS, PORTFOLIO_WORDS
from pipeline.lib.nlp.names import PERSON_DESCRIPTIONS


class _Span(Protocol):  # `meetings.EntitySpan`, named by shape so that meetings may import this module
    char_start: int
    char_end: int
    entity_id: str
    type: str


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


PERSON_NOUNS = _words(
    "chairman co-chairman chairwoman chairperson minister leader president premier secretary spokesman",
    "spokeswoman chancellor ambassador chief boss director mayor governor senator envoy king queen",
    "prince princess official head founder commissioner",
)
# The words a description of a person may end in ("the Tory leader", "the chancellor"): the role
# nouns above and those `names.role_after` reads in appositions.
ROLE_HEADS = PERSON_NOUNS | _words(
    "vice-president co-president chair secretary-general counsellor councillor director-general spokesperson",
    "deputy commander adviser advisor coordinator representative consul counsel lawyer manager coach captain",
    "skipper striker host executive",
)

# Offices held for a state, whose holders' meeting is their states' ("the two sides signed"), and
# whose unnamed holder acts for it ("Poland's president made a visit to Kyiv").
STATE_OFFICES = _words(
    "president vice-president premier minister chancellor king queen emir sultan ambassador envoy secretary",
    "taoiseach",
)
# People who act for the side their "of" or "from" phrase or their demonym names, in the plural:
# "the leaders of Serbia and Kosovo met", "negotiators from Ethiopia and Egypt held talks", "the
# prime ministers of Bulgaria, Albania and Macedonia signed", "officials of the two governments".
ACTING_FOR_THEIR_SIDES = _words(
    "leaders heads chiefs presidents premiers ministers representatives envoys officials negotiators",
    "delegations delegates diplomats teams",
)


def written_word(token) -> str:
    """A token's word as written, lowercased, with the parts of a hyphenated word the tokenizer split
    ("Secretary-General" is three tokens; its last, "General", is read as "secretary-general")."""
    doc, i, word = token.doc, token.i, token.lower_
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        word, i = f"{doc[i - 2].lower_}-{word}", i - 2
    return word


def is_role_word(token) -> bool:
    """The token ends a word for a post ("minister", "secretary-general", "vice-president")."""
    return token.lower_ in ROLE_HEADS or written_word(token) in ROLE_HEADS


def a_post(token) -> bool:
    """An office, or a seat in a body ("X, a member of the Political Bureau, who")."""
    return is_role_word(token) or token.lower_ == "member"


def person_beside_the_office_of(name):
    """The person set beside the office whose body a name is, whom a "who" hung on the name means:
    "X, president of the National Assembly of the Lao PDR, who" is X; so is "X, member of the
    Secretariat and head of the Party's International Relations Department, who" (a second post
    joined to the first)."""
    office = name
    while office.pos_ == "PROPN" and office.dep_ == "pobj" and office.head.lower_ in ("of", "for"):
        office = office.head.head
    while office.dep_ == "conj" and a_post(office) and a_post(office.head):
        office = office.head
    if office is name or not a_post(office) or office.dep_ != "appos":
        return None  # (with no name beside the office, "the president of the World Bank, who": the bank)
    if office.head.pos_ == "PROPN":
        return office.head
    # the name right before the office's phrase, where the parser hangs the phrase further back
    comma = office.left_edge.i - 1
    before = office.doc[comma - 1] if comma > 0 and office.doc[comma].text == "," else None
    return before if before is not None and before.pos_ == "PROPN" else None


# People by trade, not by a post that acts for a team or a body (manager, coach, captain): "the
# American actress" is a person of that country, never the country.
TRADES = PERSON_DESCRIPTIONS - ROLE_HEADS
# Words that end a description read backwards from a name ("said party leader X" → "party leader").
_NOT_DESCRIPTION = _words(
    "the a an and or of by with to in on at for from as that but his her its their said says",
    "told tells was is has had have who which when while after before",
)
# Words that make another office of the one they name: a deputy prime minister, a former or shadow
# foreign secretary, a vice president are not "the prime minister", "the foreign secretary", "the
# president".
_QUALIFIERS = _words("deputy vice former ex shadow assistant junior late")
# Words of an office's name that may stand between a country and the role noun ("Pakistani Foreign
# Minister"); any other ("Georgia Senate President", "French Central Bank Governor") makes it
# another body's office.
_OFFICE_WORDS = _words(
    "prime foreign home finance defence defense interior trade health education justice culture economy",
    "energy environment transport agriculture labour labor state first general chief",
)
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
# The words of a portfolio, its joiners, and the "State" of "Minister of State for Foreign Affairs".
PORTFOLIO_PARTS = PORTFOLIO_WORDS | PORTFOLIO_JOINERS | {"state"}
# ... as words written after its office ("Secretary of State", "Minister of Foreign Affairs").
_PORTFOLIO = (PORTFOLIO_PARTS | {"of"}) - {","}
_OF_AFTER = re.compile(r"\s+of\s+")
# An office "of" a country set off after a name: "Celestino Mabote, Prime Minister of Mozambique,".
# (the office's words capitalised, as a title: not "travelling with Moriyama, met the chairman of India's …")
_OFFICE_OF_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:[A-Z][\w-]*|vice|deputy|prime|foreign)\s+){0,3}?([A-Za-z-]+)\s+of\s+"
)


def descriptor_before(text: str, char_start: int) -> frozenset[str]:
    """The words of a description written just before a name ("Tory leader Michael Howard",
    "Culture Secretary Tessa Jowell", "ex-Foreign Secretary Robin Cook"), casefolded; empty unless
    the word before the name is a role noun."""
    words = description_before(text, char_start)
    return frozenset(w for word in words for w in (word, *word.split("-")))


def description_before(text: str, char_start: int, heads: frozenset[str] = ROLE_HEADS) -> list[str]:
    """The words, in order and casefolded, of a description written just before a name, at most
    four, the last of them one of `heads` ("England coach Andy Robinson" → ["england", "coach"]);
    empty when the word before the name is not one of them."""
    words: list[str] = []
    before = text[max(0, char_start - 80) : char_start]
    while len(words) < 4 and (m := _WORD_BEFORE.search(before)):
        word = m.group(1).casefold()
        if word in _NOT_DESCRIPTION or (not words and word not in heads):
            break
        words.append(word)
        before = before[: m.start()]
    return words[::-1]


def countries_before(text: str, char_start: int) -> frozenset[str]:
    """The country of a title written just before a name ("Slovak President Marek Novak",
    "Pakistani Foreign Minister X", "South Sudanese President Y"), as its ISO code. The word before
    the name must be a role noun, and only words of the office's name may stand between it and the
    country: "Georgia Senate President" is the senate's, and in "President Novak of Slovakia hosted
    President Varga" or "after talks in Pakistan Indian President Kumar" the earlier country is not
    the title's. Two country words in a row ("Greek Cypriot", "Kosovo Albanian") are a people, not a
    country's office, unless together they name one ("Equatorial Guinea")."""
    before = text[max(0, char_start - 80) : char_start]
    m = _role_noun_before(before)
    if m is None:
        return frozenset()
    before = before[: m.start()]
    while m := _WORD_BEFORE.search(before):
        word = m.group(1)
        if country := iso3_for(word):
            previous = _WORD_BEFORE.search(before[: m.start()])
            if previous is None:
                return frozenset({country})
            if wider := iso3_for(f"{previous.group(1)} {word}"):  # "South Sudanese", "North Korean"
                return frozenset({wider})
            return frozenset() if iso3_for(previous.group(1)) else frozenset({country})
        # (a demonym of two words whose last is no country's alone: "South African", "New Zealand")
        previous = _WORD_BEFORE.search(before[: m.start()])
        if previous is not None and (joined := iso3_for(f"{previous.group(1)} {word}")):
            return frozenset({joined})
        if word.casefold() not in _OFFICE_WORDS | ROLE_HEADS | _QUALIFIERS:
            return frozenset()
        before = before[: m.start()]
    return frozenset()


def _role_noun_before(before: str):
    """The match of the role noun that ends `before` ("Slovak President"), or that a portfolio
    written after it with "of" or "for" ends ("US Secretary of State", "Kenyan Minister of Foreign
    Affairs"); None where the text does not end in an office."""
    m = _WORD_BEFORE.search(before)
    if m is not None and m.group(1).casefold() in ROLE_HEADS:
        return m
    joined = False
    while m is not None and m.group(1).casefold() in _PORTFOLIO:
        joined = joined or m.group(1).casefold() in ("of", "for")
        before = before[: m.start()]
        m = _WORD_BEFORE.search(before)
        if joined and m is not None and m.group(1).casefold() in ROLE_HEADS:
            return m
    return None


def country_after(text: str, person: _Span, entities: Sequence[_Span]) -> str | None:
    """The country written right after a name as "of <country>" ("President Musharraf of
    Pakistan", "of the United States", whose span may start at "the"), or as the country of an
    office set off after it ("Celestino Mabote, Prime Minister of Mozambique"), as its ISO code."""
    m = _OF_AFTER.match(text, person.char_end)
    if m is None and (office := _OFFICE_OF_AFTER.match(text, person.char_end)) is not None:
        m = office if office.group(1).casefold() in ROLE_HEADS else None
    if m is None:
        return None
    starts = {m.end()} | ({m.end() + 4} if text.startswith("the ", m.end()) else set())
    country = next((e for e in entities if e.type == "COUNTRY" and e.char_start in starts), None)
    return iso3_for(text[country.char_start : country.char_end]) if country else None


def role_key(word: str) -> str:
    """A word of a role as compared: a country's name or demonym as its ISO code (read with its
    case: "US" is the country, "us" the pronoun), any other word casefolded."""
    return iso3_for(word) or word.casefold()


def _is_country(key: str) -> bool:
    return key.isupper()  # `role_key` gives ISO codes in capitals, every other word casefolded


# Words that make an office one its holder does not hold for the country or body: "Peru's former
# president", "the opposition leader", "the rebel leader".
_OUT_OF_OFFICE = _words("former ex ex- deposed ousted exiled previous late opposition rebel rebels shadow")


def out_of_office(office) -> bool:
    """ "Peru's former president", "the ex-president", "the opposition leader": not the one who acts
    for the country or body now."""
    words = [c.lower_ for c in office.children if c.dep_ in ("amod", "compound", "nmod", "advmod")]
    return office.lower_.startswith("ex-") or any(w in _OUT_OF_OFFICE or w.startswith("ex-") for w in words)


# Last words of titles that are no role alone: "Secretary General", "Attorney General".
_TITLE_ENDS = frozenset({"general"})


def hyphen_joining(doc, i: int) -> bool:
    """Is `doc[i]` a hyphen written against the words on both sides ("co-chairman", "Wal-Mart")?"""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not (doc[i - 1].whitespace_ or doc[i].whitespace_)


def role_words(head, phrase: Iterable) -> list[str] | None:
    """The words that name someone by a role, the role noun last: "the Chinese premier" →
    Chinese, premier; "the president of Pakistan" → Pakistan, president. Only with "the": "his
    foreign minister" is the minister of whoever "his" is, not any foreign minister named."""
    phrase = sorted(phrase, key=lambda t: t.i)
    # (a role written as a title is a proper noun to the tagger: "The President thanked the
    # Chancellor", "The Secretary General")
    titled = head.pos_ == "PROPN" and head.lower_ in ROLE_HEADS | _TITLE_ENDS
    if (head.pos_ != "NOUN" and not titled) or not any(t.lower_ == "the" for t in phrase):
        return None
    # after the role noun only its "of" phrase ("the president of Pakistan"), not why or where
    # ("thanked the Chancellor for Germany's leadership")
    of = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    phrase = [t for t in phrase if t.i <= head.i or t.i in of]
    # (a hyphenated role is one word, as titles write it: "the Tory co-chairman", "vice-president")
    start, doc = head.i, head.doc
    while start >= 2 and hyphen_joining(doc, start - 1):
        start -= 2
    phrase = [t for t in phrase if not start <= t.i < head.i]
    words: list[str] = []
    run: list[str] = []  # proper nouns in a row: one country's name ("United States") or several words
    for t in [*phrase, None]:
        if t is not None and t.pos_ == "PROPN" and t.i != head.i:
            run.append(t.text)
            continue
        words += [" ".join(run)] if len(run) > 1 and iso3_for(" ".join(run)) else run
        run = []
        if t is not None and t.pos_ in ("ADJ", "NOUN") and t.i != head.i:
            words.append(t.text)
    return words + [doc[start : head.i + 1].text]


# A name set off by a comma after its office, with at most a title of its own, after the style of
# protocol if any: "the Burkinabè head of state, Captain Issouf Kaboré", "Bolivia's health minister,
# Marcela Quispe", "the Prime Minister of Namibia, Her Excellency Ms. Ndapewa Shikongo-Haufiku".
_SET_OFF = re.compile(
    r",\s+(?:(?:His|Her|Their)\s+(?:Excellency|Excellencies|Highness|Majesty)\s+|H\.\s?E\.\s+)?(?:[A-Z][a-z]+\.?\s+)?$"
)
# ... and closed after it, as an apposition is: "…, Marcela Quispe, met", "…, Captain Issouf Kaboré."
# (not "After talks with the Bolivian president, Hugo Chavez flew …", whose name opens the clause)
_CLOSED = re.compile(r"\s*(?:[,.;:)]|$)")


# An office "of" a body or a country, written before a name it sets off, within its clause: "the
# Vice President of the Republic of Cuba, Salvador Medina", "the General Secretary of the Communist
# Party of Vietnam, To Van Lam" (the words before the role noun, the role noun, whose office it is).
_OFFICE_OF_A_BODY_BEFORE = re.compile(
    r"\b((?:[A-Za-z-]+\s+){0,2}?)([A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?([^,;:.()]{1,120})$"
)


def _office_of_a_body_set_off(text: str, person: _Span) -> frozenset[str]:
    """The words of an office "of" a body or a country written before a name set off by a comma,
    with the country it serves where it names one only: "the General Secretary of the Communist
    Party of Vietnam, To Van Lam" → general, secretary, VNM."""
    m = _set_off(text, person)
    office = _OFFICE_OF_A_BODY_BEFORE.search(text, 0, m.start()) if m is not None else None
    if office is None or office.group(2).casefold() not in ROLE_HEADS:
        return frozenset()
    # (of the words before the role noun, those of the office's name: "the Vietnamese Minister",
    # "the General Secretary"; not "met the head of")
    before = [role_key(w) for w in office.group(1).split() if w[0].isupper() or w.casefold() in _OFFICE_QUALIFIERS]
    words = {w for w in before if not _is_country(w)} - _NOT_AN_OFFICE | {office.group(2).casefold()}
    if not office.group(2)[0].isupper() or words & _QUALIFIERS:
        # a description in lowercase ("she met the mayor of Maputo, X") is no title: "the mayor"
        # later is as often the story's own mayor; nor a deputy's office, which only "the Cuban
        # guest" may mean (with the country alone, as `holder` reads a guest)
        words = set()
    # The country it serves: the one the title's words name ("the Vietnamese Minister of …"), the
    # country the office is "of" ("of the Republic of Cuba"), or the state a ruling party leads,
    # with the office's words; the country of a body "of" it ("the Secretary of State of the United
    # States", "the President of the National Assembly of Cuba"), without them: "the Cuban guest"
    # or "the American secretary" may mean its holder, "the Cuban president" not. None for a body
    # a demonym names ("the President of the Mexican Senate", "the French Communist Party").
    named = {w for w in before if _is_country(w)}
    if country := iso3_for(office.group(3)) or _ruled_by(office.group(3)):
        named.add(country)
    elif (last := _OF_A_COUNTRY_AT_THE_END.search(office.group(3))) and (country := iso3_for(last.group(1))):
        named.add(country)
        words = {w for w in words if w in _STATE_OFFICES_OF_A_BODY}
    return frozenset(words | named) if len(named) <= 1 else frozenset(words)


_OF_A_COUNTRY_AT_THE_END = re.compile(r".*\bof\s+(?:the\s+)?([^,;]+)$")  # (the last "of")
# Offices of a body "of" a country that are the country's own offices whatever the body ("the
# Secretary of State of the United States": a secretary of the United States).
_STATE_OFFICES_OF_A_BODY = frozenset({"secretary"})


# The parties that rule their states alone, by the names their own copy writes: their general
# secretary leads the state ("the General Secretary of the CPV Central Committee, To Lam … the
# Vietnamese leader").
# (the acronyms other bodies share only with their central committee: "the CPC" alone is Canada's
# Conservatives too, "the PCC" a British police and crime commissioner)
_RULING_PARTIES = (
    ("VNM", re.compile(r"\b(?:Communist Party of Viet ?nam|CPV)\b")),
    ("CHN", re.compile(r"\b(?:Communist Party of China|CPC Central Committee)\b")),
    ("CUB", re.compile(r"\b(?:Communist Party of Cuba|PCC Central Committee)\b")),
    ("PRK", re.compile(r"\b(?:Workers'? Party of Korea|WPK)\b")),
    ("LAO", re.compile(r"\b(?:Lao People's Revolutionary Party|LPRP)\b")),
)


def _ruled_by(body: str) -> str | None:
    """ISO alpha-3 of the state a ruling party named in `body` leads, else None."""
    return next((iso3 for iso3, name in _RULING_PARTIES if name.search(body)), None)


# Words before an office's role noun that are not of the office ("received by The President of …").
_NOT_AN_OFFICE = frozenset("the a an by with and of to from for his her their its".split())
_OFFICE_QUALIFIERS = frozenset("vice deputy first general acting executive prime chief".split())


def _office_words(text: str, char_start: int) -> frozenset[str]:
    """The words of an office written just before a name (`descriptor_before`), with a portfolio
    after its role noun: "head of state", "Minister of Health"."""
    words = descriptor_before(text, char_start)
    before = text[max(0, char_start - 80) : char_start]
    m = _role_noun_before(before)
    if words or m is None:
        return words
    portfolio = before[m.end() :].casefold().split()
    return descriptor_before(before, m.end()) | {w for w in portfolio if w not in ("of", "for", "the")}


# Words that open a sentence's introductory phrase, after which a name set off by a comma opens the
# main clause: "After talks with the President of Brazil, Hugo Chavez …", "In a message to …, X".
_OPENERS = frozenset(
    "after before in during following with without asked responding speaking writing since while when "
    "despite unlike like at on for to from by".split()
)


def _opens_its_clause(text: str, start: int) -> bool:
    """Is the name at `start` the subject of its sentence's main clause, after an introductory
    phrase ("After talks with the Bolivian president, Hugo Chavez flew …")?"""
    sentence = re.split(r"(?<=[.!?])\s+", text[:start])[-1]
    first = sentence.split()[:1]
    # (the phrase it opens runs to the comma before the name: "On Thursday the 58-year-old, now
    # director of the trust, signed an agreement with Germany's culture minister, Katrin X" opens a
    # phrase that closed long before the office)
    one_phrase = sentence.rstrip().rstrip(",").count(",") == 0 or sentence.count(",") == 1
    return bool(first) and first[0].casefold().strip(",") in _OPENERS and one_phrase


def _office_set_off_before(text: str, person: _Span) -> list[tuple[str, int]]:
    """The text up to an office a name is set off after by a comma, as (text, where the name would
    start) for `descriptor_before` and `countries_before`; empty if the name follows no comma, or
    is not closed after it as an apposition is."""
    m = _set_off(text, person)
    return [(text[: m.start()] + " ", m.start() + 1)] if m is not None else []


def _set_off(text: str, person: _Span) -> re.Match | None:
    """The comma (and title) a name is set off by after its office, where the name is closed after
    it as an apposition is and does not open its clause; else None."""
    m = _SET_OFF.search(text, max(0, person.char_start - 40), person.char_start)
    if m is None or m.end() != person.char_start or not _CLOSED.match(text, person.char_end):
        return None
    return None if _opens_its_clause(text, person.char_start) else m


# "his Senegalese counterpart" right before a name (or a comma before it).
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their)\s+((?:[A-Z][\w'’-]+\s+){1,2})counterparts?,?\s+$")


class RoleBook:
    """What an article said so far of who holds which role, paragraph by paragraph."""

    def __init__(self, people: Mapping[str, object]):
        self.people = people  # entity id → `quotations.Person` (its titles as `roles`)
        self.described: dict[str, set[str]] = {}  # person → role keys written around their name
        self.recent: list[str] = []  # people in the order they were named
        # person → countries of the office set off after the name ("X, member of the Political
        # Bureau of the Communist Party of Cuba,"), for `_the_one_official` only
        self.serving: dict[str, set[str]] = {}
        # person → the office and country of a counterpart ("his Senegalese counterpart X"), for role
        # words that name a country only (`counterparts_office`)
        self.abroad: dict[str, set[str]] = {}

    def describe(self, text: str, person: _Span, entities: Sequence[_Span]) -> frozenset[str]:
        # Countries count only where the title names them (`countries_before`), never a country
        # the backward reading of a description ran into.
        words: set[str] = set()
        for before, start in ((text, person.char_start), *_office_set_off_before(text, person)):
            words |= {key for w in _office_words(before, start) if not _is_country(key := role_key(w))}
            words |= countries_before(before, start)
        if (country := country_after(text, person, entities)) is not None:
            words.add(country)
        words |= _office_of_a_body_set_off(text, person)
        return frozenset(words)

    def counterparts_office(self, text: str, person: _Span, entities: Sequence[_Span]) -> set[str]:
        """ "French President Étienne Laval hosted his Senegalese counterpart Ousmane Diagne Sarr": a
        counterpart holds the office of the one named before in the sentence, for the country the
        words before "counterpart" name (president, SEN). Kept apart (`abroad`): it answers only
        words that name that country ("the Senegalese leader"), never a bare "the president", which
        is as often the story's own."""
        m = _COUNTERPART_BEFORE.search(text[max(0, person.char_start - 60) : person.char_start])
        if m is None:
            return set()
        start = person.char_start - 60 + m.start() if person.char_start >= 60 else m.start()
        # (whose counterpart: the person named last before, not as an owner, "Chirac's spokesman
        # met his Senegalese counterpart", which is the spokesman's)
        before = [e for e in entities if e.type == "PERSON" and e.char_end <= start
                  and not re.search(r"[.!?]\s", text[e.char_end : start])]  # fmt: skip
        if not before:
            return set()
        between = text[before[-1].char_end : start]
        if re.match(r"['’]s?\b", between) and not re.search(r"\b(?:he|she)\b", between):
            return set()  # (but "Putin's visit ended when he met his Ukrainian counterpart": his)
        office = self.every_word(before[-1].entity_id)
        countries = {key for w in m.group(1).split() if _is_country(key := role_key(w))}
        # (not Britain's chancellor's, a finance minister's, where "the German chancellor" leads:
        # a chancellor with no country written, or Britain's)
        british = "chancellor" in office and not {w for w in office if _is_country(w)} - {"GBR"}
        if len(countries) != 1 or british:
            return set()
        return {w for w in office if not _is_country(w)} | countries

    def note(self, text: str, person: _Span, entities: Sequence[_Span]) -> None:
        """A person named in the article, with what is written around the name."""
        self.recent.append(person.entity_id)
        self.described.setdefault(person.entity_id, set()).update(self.describe(text, person, entities))
        self.serving.setdefault(person.entity_id, set()).update(_countries_of_an_office_after(text, person, entities))
        self.abroad.setdefault(person.entity_id, set()).update(self.counterparts_office(text, person, entities))

    def _titles(self, person: str) -> list[set[str]]:
        """The role keys of each title the corpus gives the person ("Prime Minister" → prime, minister)."""
        return [{role_key(w) for w in title.split()} for title in getattr(self.people.get(person), "roles", ())]

    def every_word(self, person: str) -> set[str]:
        """Every role key the article and the corpus give the person: its descriptions and titles."""
        return self.described.get(person, set()).union(*self._titles(person))

    def out_of_office(self, person: str) -> bool:
        """Is the person written as a deputy, a former holder or the opposition's ("opposition leader
        Carol Benning", "former president X")?"""
        return bool(self.every_word(person) & (_QUALIFIERS | _OUT_OF_OFFICE))

    def holds(self, person: str, office: str) -> bool:
        """Does the article write the person with this office, not a deputy's, a former one or the
        opposition's ("Mayor Josefina Go" holds "mayor"; a president or a premier holds "leader")?"""
        roles = [*self._titles(person), self.described.get(person, set())]
        return any(_holds(role, office) and not role & (_QUALIFIERS | _OUT_OF_OFFICE) for role in roles)

    def holder(self, words: list[str], text: str, entities: Sequence[_Span], before: int, exclude=None) -> str | None:
        """The last person named (in this paragraph before `before`, else earlier) whose title or
        description has every one of `words` (`role_words`: the role noun last), and no word that
        makes it another office ("Deputy", "Former") that `words` lack."""
        wanted = [role_key(w) for w in words]
        if wanted[-1] in GUEST_NOUNS and not any(_is_country(w) for w in wanted[:-1]):
            return None  # "the guest" alone: whose, the words do not say
        here = [e for e in entities if e.type == "PERSON" and e.char_end <= before]
        described_here: dict[str, frozenset[str]] = {}
        abroad_here: dict[str, set[str]] = {}
        for e in here:
            described_here[e.entity_id] = described_here.get(e.entity_id, frozenset()) | self.describe(
                text, e, entities
            )
            abroad_here.setdefault(e.entity_id, set()).update(self.counterparts_office(text, e, entities))
        of_a_country = any(_is_country(w) for w in wanted[:-1])
        officials = []  # of the country the words name, in office, the last named first
        for entity_id in [e.entity_id for e in here[::-1]] + self.recent[::-1]:
            if entity_id == exclude:
                continue
            described = self.described.get(entity_id, set()) | described_here.get(entity_id, frozenset())
            countries = {k for k in described if _is_country(k)}
            roles = self._titles(entity_id)
            if described & _QUALIFIERS - set(wanted):
                continue  # "Former Pakistani President X" is not "the Pakistani president"
            abroad = self.abroad.get(entity_id, set()) | abroad_here.get(entity_id, set()) if of_a_country else set()
            for role in [*roles, described, *([abroad] if abroad else [])]:
                if role & _QUALIFIERS - set(wanted):
                    continue  # "Deputy Prime Minister X" is not "the prime minister"
                # A title and the country said of the person make the role together ("President"
                # and "of Pakistan").
                if _holds(role, wanted[-1]) and set(wanted[:-1]) <= role | countries:
                    return entity_id
            # (an official by an office set off after the name, as party and agency copy writes it;
            # not a minister named by a title, "French Finance Minister Thierry Breton … the French
            # leader", who is the head of state the text leaves unnamed)
            serving = self.serving.get(entity_id, set())
            if serving and set(wanted[:-1]) <= serving and not described & _RESIDENT_OFFICES:
                officials.append(entity_id)
        return _the_one_official(wanted, officials)


# An office of a party or a state's body set off after a name, up to the apposition's end: "X,
# member of the Political Bureau of the Communist Party of Cuba, received …", "Y, secretary of the
# Lao People's Revolutionary Party Central Committee, who …".
_OFFICE_AFTER_A_NAME = re.compile(
    r",\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?([A-Za-z-]+)\s+(?:of|for)\s+[^,;]{1,140}?(?=[,;.]|$)"
)
# The posts an office set off after a name may end with (not an envoy's: `_RESIDENT_OFFICES`).
_POSTS_AFTER_A_NAME = ROLE_HEADS | {"member", "head"}


def _countries_of_an_office_after(text: str, person: _Span, entities: Sequence[_Span]) -> set[str]:
    """ISO alpha-3 of the country whose party or body the office set off after a name serves, when
    the apposition names one country only: "X, member of the Political Bureau of the Communist Party
    of Cuba," → CUB; not "president of the Vietnam-Cuba Friendship Association" (two), nor an envoy's
    "ambassador of Cuba to Vietnam"."""
    m = _OFFICE_AFTER_A_NAME.match(text, person.char_end)
    if m is None or (post := m.group(1).casefold()) not in _POSTS_AFTER_A_NAME or post in _RESIDENT_OFFICES:
        return set()
    if m.group(0)[1:].split()[0].casefold() in ("and", "or", "but", "while", "whereas"):
        return set()  # "X, and the Vietnamese Minister of Trade, Y": the next person's office, not X's
    inside = [e for e in entities if e.type == "COUNTRY" and m.start() <= e.char_start and e.char_end <= m.end()]
    named = {iso3_for(text[e.char_start : e.char_end]) for e in inside}
    named |= {iso3_for(w) for w in re.findall(r"[A-Z][\w'’-]+", m.group(0))}
    named.discard(None)
    return named if len(named) == 1 else set()


def _the_one_official(wanted: list[str], officials: list[str]) -> str | None:
    """ "The Cuban leader", where no one of that country holds an office that leads it: the one
    official of that country the article named, if it named one only ("Lázaro Cabrera, member of
    the Political Bureau of the Communist Party of Cuba … the Cuban leader thanked …")."""
    if wanted[-1] != "leader" or not any(_is_country(w) for w in wanted[:-1]):
        return None
    named = list(dict.fromkeys(officials))
    return named[0] if len(named) == 1 else None


# Offices that lead a country, which "the Kenyan leader" may mean ("Kenyan President William Ruto",
# "Thai Prime Minister Somchai Wattana"); and the head of a government called a premier.
_LEADING = _words("leader president prime premier chancellor king queen emir sultan monarch")
_SAME_OFFICE = {"leader": _LEADING, "premier": _words("premier prime")}


def _holds(role: set[str] | frozenset[str], office: str) -> bool:
    """Does a title or description (its `role_key`s) hold this role noun: "President" is a leader,
    "Prime Minister" a premier, a head of state or of government a leader."""
    head_of_a_state = office == "leader" and "head" in role and bool(role & {"state", "government"})
    # the general secretary of a ruling party leads its state as "the Vietnamese leader" (the
    # country, required of the holder by `RoleBook.holder`, is the one the party rules:
    # `_office_of_a_body_set_off`)
    head_of_a_state |= office == "leader" and {"general", "secretary"} <= role
    # "the Cuban guest": whoever the article named of that country, whatever their office (the
    # country is required of them by `RoleBook.holder`)
    guest = office in GUEST_NOUNS and bool(role) and not role & _RESIDENT_OFFICES
    # "the Venezuelan diplomat": a foreign minister or secretary, an ambassador or an envoy
    diplomat = office == "diplomat" and (bool(role & _RESIDENT_OFFICES) or (
        "foreign" in role and bool(role & {"minister", "secretary"})))  # fmt: skip
    same = bool(role & _SAME_OFFICE.get(office, frozenset()))
    return office in role or same or head_of_a_state or guest or diplomat


GUEST_NOUNS = frozenset({"guest", "visitor"})
# Offices held abroad, whose holders are in the guest's suite or the host's capital, never the guest.
_RESIDENT_OFFICES = frozenset("ambassador envoy chargé charge consul attaché attache".split())


# Nouns a text calls a named body by after naming it: "the company said", "the hospital called off
# its plan" (the organisation named last).
BODY_NOUNS = frozenset({
    "company", "firm", "group", "bank", "club", "team", "party", "government", "ministry", "department",
    "agency", "union", "board", "council", "organisation", "organization", "federation", "association",
    "side", "airline", "carrier", "retailer", "maker", "manufacturer", "embassy", "commission", "committee",
    "authority", "regulator", "network", "broadcaster", "studio", "label", "court", "office", "institute",
    "corporation", "watchdog", "body", "giant", "lender", "insurer", "operator", "charity",
    "hospital", "trust", "exchange", "university",
})  # fmt: skip


# Words before "government" that say which of a country's governments, not whose: "the federal
# government", "the transitional government".
_WHICH_GOVERNMENT = frozenset("federal national transitional interim current".split())


def bare_government(token) -> bool:
    """ "The government" with nothing to say whose: not "the British government", "the government
    of Peru", "Labour's government"; "the federal government" and "the transitional government"
    say which, not whose. ("The administration" is as often Washington's, wherever the story is,
    and is left alone.)"""
    return (
        token is not None
        and token.lower_ == "government"
        # (a possessive's "'s" is no word of whose: "the government's failure")
        and all(
            (c.dep_ == "det" and c.lower_ == "the")
            or c.dep_ == "case"
            or (c.dep_ == "amod" and c.lower_ in _WHICH_GOVERNMENT)
            for c in token.children
        )  # fmt: skip
        and any(c.dep_ == "det" for c in token.children)
    )


# Parties whose name does not say their country, by the words news calls them and their members
# ("the Tories", "Labour MP X", "Lib Dem leader"), with that country: the government they oppose
# or run is that country's, wherever the story is ("the Conservatives accused the government of
# 'gesture politics'", in a story of a deal signed in Paris).
_PARTIES_OF_A_COUNTRY = {
    "GBR": ("Conservative", "Conservatives", "Tory", "Tories", "Labour", "Lib Dem", "Lib Dems", "Liberal Democrat",
            "Liberal Democrats", "SNP", "Plaid Cymru", "UKIP"),
}  # fmt: skip
_PARTY_WORDS = [
    (re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"), iso3)
    for iso3, words in _PARTIES_OF_A_COUNTRY.items()
]
# Countries with parties of their own by those words: in a story about one of them, "Labour" or
# "the Conservatives" are as likely theirs (New Zealand's, Ireland's, Israel's, Malta's, Norway's
# Labour; Canada's, Norway's, Colombia's, Denmark's Conservatives; Canada's Tories).
_OWN_PARTIES_SO_CALLED = {
    "labour": frozenset({"NZL", "IRL", "ISR", "MLT", "NOR"}),
    "conservative": frozenset({"CAN", "NOR", "COL", "DNK"}),
    "tory": frozenset({"CAN"}),
}
# Title-case words that open a sentence's phrase before a party's name, not another name: "Former
# Labour minister X", "Senior Conservative MPs".
_PHRASE_OPENERS = frozenset("The A Former Senior Veteran Leading Prominent Rebel Backbench Shadow Ex Outspoken".split())
# Words after "Labour" that make it a portfolio ("Labour Minister Rajesh Kumar"), not the party.
_PORTFOLIO_AFTER = re.compile(r"\s+(?:Minister|Ministry|Secretary|Department|Office)\b")


def country_of_a_party_named(text: str, story_countries: set[str] = frozenset()) -> str | None:
    """ISO alpha-3 of the country whose party a phrase names ("the opposition Conservatives",
    "Conservative MP Julian Hesketh"); None when it names none, parties of two countries, or a
    party that a country of the story (`story_countries`, ISO alpha-3) has one of that name too."""
    found = set()
    for pattern, iso3 in _PARTY_WORDS:
        for m in pattern.finditer(text):
            if _inside_a_name(text, m.start()) or _PORTFOLIO_AFTER.match(text, m.end()):
                continue
            # (unless the party's own country is one of the story's: "LONDON — … New Zealand lamb")
            others = _OWN_PARTIES_SO_CALLED.get(_singular_party(m.group()), frozenset())
            if others & story_countries and iso3 not in story_countries:
                return None
            found.add(iso3)
    return next(iter(found)) if len(found) == 1 else None


def _singular_party(word: str) -> str:
    word = word.casefold()
    return {"conservatives": "conservative", "tories": "tory"}.get(word, word)


def _inside_a_name(text: str, start: int) -> bool:
    """A word that another capitalised word opens a name before: "Labour" in "the opposition
    Progressive Labour Front" is not Britain's party."""
    before = text[:start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1] not in _PHRASE_OPENERS


def clause_subject(token):
    """The subject of the clause whose object (or object's owner) `token` is: its verb's, or that
    of the verb its verb is joined to ("X welcomed the visit but criticised the government")."""
    node = token
    while node.dep_ in ("poss", "pobj", "prep", "dobj", "conj") and node.head.i != node.i and node.pos_ != "VERB":
        node = node.head
    for verb in (node, node.head if node.dep_ == "conj" else None):
        if verb is not None and (subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)):
            return subject
    return None


def phrase_words(token) -> str:
    """The words of a noun's phrase, its clauses left out ("Conservative MP X, who …": not "who …")."""
    skipped = {t.i for c in token.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return " ".join(t.text for t in token.subtree if t.i not in skipped)


def government_country(token, entities: Iterable[_Span], home: str | None) -> str | None:
    """Whose a bare "the government" is: the article's country (`home_country`), unless its
    sentence names another country ("Mr Howard accused the government of betraying Britain", in
    a story about France) other than the one it acts on ("the government condemned Togo", in a
    story about Ghana)."""
    if home is None or not bare_government(token):
        return None
    # (but the country the government acts on: "the government condemned Togo")
    acted_on = (
        {w.idx for o in token.head.children if o.dep_ == "dobj" for w in o.subtree} if token.dep_ == "nsubj" else set()
    )
    others = [e for e in _other_countries(token.sent, entities, home) if e.char_start not in acted_on]
    return None if others else home


def _other_countries(sentence, entities: Iterable[_Span], home: str) -> list[_Span]:
    """Countries other than `home` that a sentence names as nouns: a demonym before a noun
    ("accused the South African authorities", "attacks on Nigerian traders") names whose others
    are, not whose the government is."""
    return [e for e in _countries_as_nouns(sentence, entities) if e.entity_id != home]


def _countries_as_nouns(sentence, entities: Iterable[_Span]) -> list[_Span]:
    """The countries a sentence names, but for demonyms before a noun outside its subject."""
    start, end = sentence.start_char, sentence.end_char
    # (but a demonym on the clause's subject says whose: "Pakistani opposition leader Omar Ayub
    # criticised the government")
    subjects = {w.idx for t in sentence if t.dep_ in ("nsubj", "nsubjpass") for w in t.subtree}
    modifiers = {w.idx for t in sentence if t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "PROPN")
                 and t.head.pos_ == "NOUN" for w in t.subtree} - subjects  # fmt: skip
    return [e for e in entities if e.type == "COUNTRY" and start <= e.char_start < end
            and e.char_start not in modifiers]  # fmt: skip


# A government named as a body, capitalised, with nothing to say whose: "The Federal Government has
# condemned …" in a Nigerian story.
# ("the Central Government" of a Hong Kong story is Beijing's: not read)
_GOVERNMENT_NAME = re.compile(r"(?:the\s+)?(?:(?:Federal|National)\s+)?Government", re.IGNORECASE)


def named_government_country(text: str, sentence, entities: Iterable[_Span], home: str | None) -> str | None:
    """Whose a government named with nothing to say whose is ("the Federal Government"): the
    article's country, unless its sentence names another, as for a bare "the government"."""
    if home is None or not _GOVERNMENT_NAME.fullmatch(text.strip()):
        return None
    # (nor when its sentence names the article's country as another side: "NAIROBI - The Federal
    # Government has accused Kenya …" is Somalia's)
    return None if _countries_as_nouns(sentence, entities) else home


def countries_named(texts: Iterable[tuple[str, Iterable[_Span]]]) -> dict[str, str]:
    """ISO alpha-3 → entity id of each country the (text, entities) pairs name ("China", "Chinese"),
    the first named of each."""
    found: dict[str, str] = {}
    for text, entities in texts:
        for e in entities:
            name = text[e.char_start : e.char_end]
            # (not a name two states share, which the resolver gave the one its article means: its
            # ISO code is no guide to its entity)
            if e.type == "COUNTRY" and not shared_by_two_states(name) and (iso3 := iso3_for(name)) is not None:
                found.setdefault(iso3, e.entity_id)
    return found


def home_country(entities: Iterable[_Span]) -> str | None:
    """The country an article is about: the one it names most, at least twice and more often than
    any other ("the government" of a story about Argentina is Argentina's)."""
    counts = Counter(e.entity_id for e in entities if e.type == "COUNTRY").most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


# Kinds of firm: a country named before one ("the US network", "a British carrier", "a US rival")
# tells where it is from, not who acts (unlike "the US government"). Not a team, a group, a bank
# or a newspaper: "the Iranian negotiating team", "China's central bank", "the state newspaper" act
# for their country.
_FIRM_KINDS = (
    "firm company network broadcaster channel station carrier airline manufacturer giant retailer operator lender "
    "insurer brewer studio label publisher chain conglomerate club exchange bourse business carmaker chipmaker "
    "drugmaker rival competitor"
).split()
_FIRM_NOUNS = frozenset(_FIRM_KINDS) | {"companies"} | {f"{kind}s" for kind in _FIRM_KINDS if kind != "company"}


def a_firm_of_a_country(token, found) -> bool:
    """Is `token` a kind of firm whose phrase names only countries (`found`)? Then none of them acts.
    (Not every "-maker": lawmakers and policymakers are people of their country.)"""
    firm = token.lower_ in _FIRM_NOUNS
    return token.pos_ == "NOUN" and firm and bool(found) and all(e.type == "COUNTRY" for e in found)


# People of a country by their trade or lot, who act for none but themselves.
_TRADES_OF_A_COUNTRY = _words(
    "exporters importers producers manufacturers makers farmers growers fishermen workers truckers traders",
    "businesses students refugees migrants expatriates exiles tourists",
)


def a_group_of_a_country(token, found) -> bool:
    """Is `token` people of a trade or a lot whose phrase names only a country ("Chinese exporters",
    "Polish truckers", "Australian wine makers")? Then none of them is that country: an unnamed
    side. A closed list: an open one (every plural but a state's agents) put wrong rows on unread
    sets, whose golds write some groups of a country as the country."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS" or not found or any(e.type != "COUNTRY" for e in found):
        return False
    return token.lower_ in _TRADES_OF_A_COUNTRY


# Whom a person's role noun may stand for: "Blair's spokesman said" speaks for Blair.
_SPEAKS_FOR = frozenset(
    "spokesman spokeswoman spokesperson representative representatives envoy envoys ambassador ambassadors "
    "emissary official officials".split()
)


def speaks_for_someone(token) -> bool:
    """A spokesman, a representative, an envoy: a role noun that acts for whoever it is of."""
    return token.pos_ == "NOUN" and token.lower_ in _SPEAKS_FOR


def someones_aide(token) -> bool:
    """A role noun owned by someone ("Lowe's coach", "Smith's lawyer"): a person other than its owner."""
    if token.pos_ != "NOUN" or token.lower_ not in ROLE_HEADS or token.lower_ in _SPEAKS_FOR:
        return False
    return any(c.dep_ == "poss" for c in token.children)
