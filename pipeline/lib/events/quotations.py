"""Who said what: direct and indirect quotations, with the speaker as an entity.

Direct quotations are the text between quotation marks (curly or straight), found without a
model (`sentences.quoted_regions`). A quoted word or short phrase inside a sentence is a scare quote
("the “political party +” platform", not "well informed") and is left out: a quotation has at
least `MIN_WORDS` words and is not a title ("Building a Splendorous Future").

The speaker of a direct quotation comes from, in order:
  1. a reporting verb of the quotation's own sentence, outside the marks ("…,” he said",
     "…,” stated the Venezuelan president", "President Lula da Silva said: “…”",
     "according to X"): its subject, or the noun after it when the verb follows the quotation;
  2. an introducer: the sentence before, in this paragraph or closing the previous one, ends with
     a colon ("Co-President Rosario Murillo emphasised:");
  3. a quotation running on: a paragraph that opens with a quotation mark right after a
     paragraph whose quotation was left open (the newspaper convention for a quote over several
     paragraphs), or that is nothing but a quotation right after a quoted paragraph; the same
     for `"A. "B."` inside one paragraph (a quote over several paragraphs, joined).
A speaker phrase resolves to an entity: a person named in it; "he"/"she" → the last person
named outside quotation marks whose gender (from "Mr", "Mrs", ... in the text) does not
disagree, the subject of the latest sentence first, across paragraph boundaries; "the
Venezuelan president" → the last person whose role has that word; "the company" → the last
organisation; else the organisation or country named in it ("an IAAF spokesman" → IAAF).

Indirect speech is a reporting verb with a clausal complement outside quotation marks ("Ma said
that the CPC is willing to …", "Liu said, in recent years, …", "…, adding that China supports
…"): the quotation is the complement, the speaker the verb's subject; an expletive subject
("it is reported that") gives no quotation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from pipeline.lib.events.factuality import (
    FUTURE_AUX,
    HYPOTHETICAL_AUX,
    agents_of,
    negated,
    to_infinitive,
    told_as_done,
)
from pipeline.lib.events.meetings import EntitySpan, ParagraphIn
from pipeline.lib.events.reporting_verbs import ASKING_ONLY, BY_FORM, CLAUSE_ONLY, INFINITIVE, REPORTING
from pipeline.lib.events.roles import BODY_NOUNS, ROLE_HEADS, description_before, hyphen_joining
from pipeline.lib.nlp.countries import is_demonym
from pipeline.lib.nlp.names import is_personal_honorific
from pipeline.lib.text.sentences import quote_marks, sentence_spans

DIRECT, INDIRECT = "direct", "indirect"
KINDS = (DIRECT, INDIRECT)
MIN_WORDS = 4  # fewer words between the marks: a scare quote, unless it is a whole sentence

_PRONOUNS = {"he": "M", "she": "F", "him": "M", "her": "F"}
_EXPLETIVE = {"it", "this", "that", "there", "which", "who", "what"}
# A body of government by its name's head ("Home Office", "Ministry of Defence", "Scottish Executive",
# "10 Downing Street"), not "Post Office", "Met Office", "Office for National Statistics" or "Local
# Government Association".
_GOVERNMENT_HEADS = {"government", "ministry", "department", "office", "treasury", "street", "executive",
                     "administration", "cabinet", "whitehall"}  # fmt: skip
_NOT_GOVERNMENT = {"post", "met", "safety", "association", "local", "press", "box"}
# Who speaks for a state beyond its government and spokesmen: "Russia's president said".
_STATE_VOICES = {"president", "premier", "minister", "leader", "ambassador", "envoy", "king", "queen",
                 "chancellor", "commissioner", "consul", "embassy", "delegation", "authorities"}  # fmt: skip

_SPOKES = {"spokesman", "spokeswoman", "spokesperson", "representative", "source", "sources", "official",
           "officials", "statement", "spokesmen", "spokeswomen"}  # fmt: skip
# A country owning one of these speaks through it ("China's foreign ministry", "Russia's president").
_FOR_THE_STATE = frozenset(_GOVERNMENT_HEADS | _SPOKES | _STATE_VOICES)
_FEMALE_NOUNS = {"spokeswoman", "chairwoman", "actress", "businesswoman", "wife", "mother", "daughter",
                 "sister", "queen", "princess", "woman", "girl", "singer-songwriter"}  # fmt: skip
_MALE_NOUNS = {"spokesman", "chairman", "businessman", "husband", "father", "son", "brother", "king", "prince",
               "man", "boy"}  # fmt: skip
_SUBORDINATE = {"vice", "deputy", "former", "assistant", "acting", "ex", "vice-president", "vice-minister",
                "shadow"}  # fmt: skip
# Nouns that name a person by trade, role or relation (a description's head: "the 40-year-old comic",
# "his neighbour"), beyond the role heads of `roles.ROLE_HEADS`.
_PERSON_WORDS = ROLE_HEADS | _FEMALE_NOUNS | _MALE_NOUNS | {
    "comic", "comedian", "actor", "singer", "star", "player", "midfielder", "defender", "goalkeeper", "winger",
    "forward", "batsman", "bowler", "champion", "veteran", "rapper", "musician", "writer", "author", "presenter",
    "boxer", "golfer", "driver", "rider", "runner", "sprinter", "swimmer", "neighbour", "friend", "father",
    "partner", "victim", "doctor", "nurse", "teacher", "student", "worker", "resident", "owner", "officer",
    "judge", "solicitor", "barrister", "witness", "analyst", "economist", "founder", "tennis", "cyclist", "politician",
}  # fmt: skip
# A person's trade or place in a team, by which a story names again someone it has named (not an
# office, which may be someone else's: "the minister", "the judge").
# Not "driver", "rider", "teenager", "veteran" or "captain": as often a witness, a victim or the
# other side as the person the story is about.
_VARIATION = {
    "star", "singer", "actor", "actress", "comic", "comedian", "rapper", "musician", "frontman", "champion",
    "player", "boxer", "golfer", "sprinter", "swimmer", "cyclist", "athlete", "novelist", "back", "prop",
    "flanker", "hooker", "winger", "striker", "midfielder", "defender", "goalkeeper", "forward", "batsman",
    "bowler", "spinner", "opener",
}  # fmt: skip
# The nouns a description just before a person's name may end in ("Ladbrokes spokesman Warren
# Lush", "Labour MP Diane Abbott", "feminist writer Germaine Greer").
_DESCRIBING = frozenset(_PERSON_WORDS | _SPOKES | {"mp", "mps", "msp", "mep", "peer"})
_WORD = re.compile(r"[\w’'-]+")
_LAST_WORD = re.compile(r"(?<![\w.])([\w.]+)\s*$")


def _with_honorific(text: str, start: int) -> int:
    """Where a name starts, with the honorific written right before it ("Tory spokesman Mr Lewis")."""
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    return m.start() if m and is_personal_honorific(m.group(1)) else start


def role_gender(role: str) -> str | None:
    """'F' for "spokeswoman", "actress", ...; 'M' for "spokesman", "chairman", ...; else None."""
    words = set(role.casefold().split())
    return "F" if words & _FEMALE_NOUNS else "M" if words & _MALE_NOUNS else None


@dataclass(frozen=True)
class Person:
    """What the article says of a person entity: gender from a gendered title (or, with none, from
    the pronouns the corpus uses after the name), and its roles."""

    gender: str | None = None  # 'M', 'F' or None
    roles: tuple[str, ...] = ()
    titled: bool = False  # the gender comes from a title: a person the text calls "Mr", "Mrs", "Sir" …


@dataclass(frozen=True)
class Quotation:
    paragraph_no: int
    char_start: int  # of the quoted text, inside the marks (paragraph offsets)
    char_end: int
    kind: str  # direct or indirect
    speaker: str | None  # entity id
    speaker_text: str | None  # the words that name the speaker ("he", "an IAAF spokesman")
    cue: str | None  # the reporting verb ("said", "according to"), or ":" for an introducer
    date: dt.date | None
    part: int = 1  # 2, 3, ... for the later paragraphs of a quotation over several paragraphs


@dataclass(frozen=True)
class _Region:
    start: int
    end: int  # inside the marks
    open_start: int  # offset of the opening mark (or start)
    close_end: int  # offset after the closing mark (or end of text)
    closed: bool


def quotation_regions(text: str) -> list[_Region]:
    """The quoted regions of a paragraph. An opening mark inside an open quotation does not start a
    new one: `"A. "B."` (a quote over paragraphs, joined by the wire, whose first part is never
    closed) is one region; so is `"A" "B."` (nothing but a space between two quotations, the first
    short of a sentence's end), not `"A." "B."`."""
    out: list[_Region] = []
    start = None
    for i, kind in quote_marks(text):
        if kind == "open":
            if start is not None:
                continue  # the quote runs on
            start = i
            if out and _joinable(text, out[-1], i):
                start = out.pop().open_start
        elif start is not None:
            out.append(_Region(start + 1, i, start, i + 1, True))
            start = None
    if start is not None:
        out.append(_Region(start + 1, len(text), start, len(text), False))
    return out


def _joinable(text: str, previous: _Region, opening: int) -> bool:
    """Two quotations with nothing but a space between them are one when the first stops short of a
    sentence's end ("…the Chinese people" "and …"); after a full stop they are two quotations, one
    after the other ("…a lot." "If growth …")."""
    ended = text[previous.start : previous.end].rstrip().endswith((".", "!", "?"))
    return (
        previous.closed
        and text[previous.close_end : opening].strip() == ""
        and previous.end > previous.start
        and not ended
    )


def is_quotation(text: str, region: _Region, sentence: tuple[int, int]) -> bool:
    """A quotation, not a scare quote or a title."""
    inner = text[region.start : region.end].strip()
    words = _WORD.findall(inner)
    if not words:
        return False
    alone = text[sentence[0] : region.open_start].strip(" ,:;—–-") == ""  # opens its sentence
    if len(words) < MIN_WORDS:
        return alone and inner[-1:] in ".!?,"
    capitals = sum(1 for w in words if w[0].isupper())
    if capitals / len(words) >= 0.75 and (len(words) <= 6 or inner[-1:] not in ".!?,"):
        return False  # a title: “Building a Splendorous Future”
    return True


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    for i, (a, b) in enumerate(spans):
        if a <= offset < b or (offset < a):
            return i
    return len(spans) - 1


class _Salience:
    """People named so far outside quotation marks, most salient last, for pronouns."""

    def __init__(self, people: Mapping[str, Person]):
        self.people = people
        self.recent: list[list[str]] = []  # per sentence: subject first, then the others in order
        self.orgs: list[str] = []
        self.org_names: dict[str, set[str]] = {}  # an organisation → its names here, in lower case
        self.speakers: list[str] = []  # who was quoted, in order
        self.known_people: dict[str, str] = {}  # a word of a person's name → the person
        # (organisation, sex of the noun, len(recent) then) of the last sentence that quoted an
        # organisation's unnamed spokesman or spokeswoman
        self.spokes: tuple[str, str | None, int] | None = None
        # (sex of the noun, len(recent) then) of the last sentence that quoted someone no one
        # names ("…, said one London-based broker."): the next "he" is that voice, not a name
        self.unnamed: tuple[str | None, int] | None = None
        self.ages: dict[int, str | None] = {}  # an age the text gives a person ("Kyle Dent, 25,") → them
        self.sentence_starts: list[int] = [0]  # of the paragraph being read, by the sentence rule
        # what the text calls a person right before their name ("England coach Andy Robinson"),
        # beyond the titles entity resolution keeps
        self.descriptions: dict[str, list[str]] = {}
        # and the noun that describes an organisation around its name ("Australian brewer Fosters",
        # "Southcorp, the global winemaker behind …") → the organisations it described, in order
        self.org_descriptions: dict[str, list[str]] = {}
        self.committee: str | None = None  # the one committee the article names, if it names one
        # a kind of writing → the organisation told of last as making one ("a report by Jupiter
        # Research", "the Forum for the Future research", "a study for Preventon")
        self.authors: dict[str, str] = {}
        self.last_subject: str | None = None  # the person subject of the last sentence naming anyone
        self.sentences_read = 0
        # (organisation, sentence number) of the last sentence that quoted an organisation by name
        self.org_quoted: tuple[str, int] | None = None

    def sentence_of(self, offset: int, length: int) -> tuple[int, int]:
        """(start, end) of the sentence of the paragraph being read (`length` long) holding `offset`."""
        start = max(a for a in self.sentence_starts if a <= offset)
        return start, min((a for a in self.sentence_starts if a > offset), default=length)

    def spokesperson(self, gender: str | None) -> str | None:
        """The organisation whose unnamed spokesman or spokeswoman was quoted last, if nobody has
        been named since and the pronoun's sex fits: "A BBC spokeswoman said …. She said …"."""
        if self.spokes is None or self.spokes[2] != len(self.recent):
            return None
        org, sex, _ = self.spokes
        return org if gender is None or sex is None or sex == gender else None

    def unnamed_voice(self, gender: str | None) -> bool:
        """Whether the last sentence quoted someone unnamed, nobody has been named since and the
        pronoun's sex fits: "…, said one broker. He forecast …" is the broker's."""
        if self.unnamed is None or self.unnamed[1] != len(self.recent):
            return False
        return gender is None or self.unnamed[0] is None or self.unnamed[0] == gender

    def last_speaker(self, gender: str | None) -> str | None:
        """The last person quoted whose sex fits: "he added" goes on with him, not with the
        organisation quoted since."""
        orgs = set(self.orgs)
        for entity_id in self.speakers[::-1]:
            if entity_id in orgs:
                continue
            known = self.people.get(entity_id, Person()).gender
            if gender is None or known is None or known == gender:
                return entity_id
        return None

    def org_of_kind(self, noun: str) -> str | None:
        """ "The bank said": the organisation named last whose name has the noun (Deutsche Bank, not
        Sony named since), else the one the story is about (named most often so far, the last of
        equals); only a ministry or an office of state is "the government" (not the party, the
        court or the firm named last)."""
        kind = self.org_named_as(noun)
        if kind is not None or noun == "government":
            return kind
        if (described := self.org_described(noun)) is not None:
            return described  # "telecoms firm Sandvine … the firm said"
        # else the organisation the story is about: one quoted before if any ("Microsoft said … for
        # its Xbox consoles. The company said": Microsoft, not the product named as often), named
        # most often so far, the last of equals ("IBM … Microsoft's rival … The company said": IBM)
        counts = {org: self.orgs.count(org) for org in self.orgs}
        quoted = set(self.speakers) & set(self.orgs)
        return max(reversed(self.orgs), key=lambda org: (org in quoted, counts[org]), default=None)

    def org_named_as(self, noun: str) -> str | None:
        """The organisation named last whose name has the noun ("the alliance": the Countryside
        Alliance; "Party leader Charles Kennedy": the model's "Party" names nothing)."""
        return next((org for org in self.orgs[::-1] if any(_of_kind(name, noun) for name in self.org_names[org])),
                    None)  # fmt: skip

    def org_described(self, noun: str) -> str | None:
        """The organisation the text last described with this noun ("brewer Fosters": "the brewer")."""
        described = self.org_descriptions.get(noun)
        return described[-1] if described else None

    def org_named(self, name: str) -> str | None:
        """The organisation named so far by exactly these words, in lower case and without "the"
        ("Fosters said", where the model tagged "Fosters" only in the sentence before)."""
        return next((org for org in self.orgs[::-1] if name in {n.removeprefix("the ") for n in self.org_names[org]}),
                    None)  # fmt: skip

    def org_quoted_just_now(self) -> str | None:
        """The organisation quoted in the sentence before the one being read, if one was."""
        if self.org_quoted is None or self.org_quoted[1] < self.sentences_read - 1:
            return None
        return self.org_quoted[0]

    def org_named_with(self, words: frozenset[str]) -> str | None:
        """The organisation named last with one of these words in its name ("The Daily Telegraph"
        for "the newspaper"; "BBC Radio 2" for "the station")."""
        return next((org for org in self.orgs[::-1]
                     if any(words & set(_WORD.findall(name)) for name in self.org_names[org])), None)  # fmt: skip

    def last_org_speaker(self, or_named: bool = True) -> str | None:
        """The organisation quoted last, else (with `or_named`) the one named last."""
        orgs = set(self.orgs)
        fallback = self.orgs[-1] if self.orgs and or_named else None
        return next((s for s in self.speakers[::-1] if s in orgs), fallback)

    def add_sentence(self, subject: str | None, named: list[str]) -> None:
        order = ([subject] if subject else []) + [e for e in named if e != subject]
        if order:
            self.recent.append(order)
            self.last_subject = subject

    def person(
        self, gender: str | None, before: list[str] = (), known_only: bool = False, besides: set[str] = frozenset()
    ) -> str | None:
        """The person a pronoun of this sex means: named before it in its sentence, else the most
        salient; with `known_only`, only one whose sex is known and fits; never one of `besides`."""
        for group in [list(before)[::-1], *self.recent[::-1]]:
            for entity_id in group:
                if entity_id in besides:
                    continue
                known = self.people.get(entity_id, Person()).gender
                if gender is None or known == gender or (known is None and not known_only):
                    return entity_id
        return None

    def described(self, words: list[str]) -> str | None:
        """ "The Sale full-back": the person of that role, else the person the story is about, unless
        the text calls them something else (the director is not "the star", the coach not "the
        athlete", the Chelsea striker not "the Arsenal goalkeeper")."""
        found = self.with_role(words)
        if found is not None:
            return found
        person = self.person("F" if words[-1] in _FEMALE_NOUNS else None)
        roles = self.people.get(person, Person()).roles if person is not None else ()
        said_otherwise = [r for r in roles if set(_role_words(r)[-1:]) & (_PERSON_WORDS | _VARIATION)]
        if person is not None and not said_otherwise and self._in_office(person, words[-1]):
            # "City boss Kevin Keegan … the defender said": one in an office is not a player; the
            # person before him the story is about is
            person = next((p for group in self.recent[::-1] for p in group if p != person
                           and not self._in_office(p, words[-1])), None)  # fmt: skip
        return None if said_otherwise else person

    def holder_of(self, office: str) -> str | None:
        """Whom the story has just told of, as the holder of an office in a body ("the Tory
        leader"), unless it gives them another office ("the chief executive" is not the leader):
        then the person told of before them who holds no other, known as a person by a gendered
        title ("Michael Howard has backed … George Bush opposed it. But the Tory leader argued": not
        the president; not "Wigan", a club the model took for a person)."""
        earlier = [p for group in self.recent[::-1] for p in group if p != self.last_subject]
        for person in ([self.last_subject] if self.last_subject is not None else []) + earlier:
            nouns = {n for _, found in self._role_nouns(person) for n in found}
            known = person == self.last_subject or self.people.get(person, Person()).titled
            if known and not (nouns & ROLE_HEADS) - {office}:
                return person
        return None

    def _in_office(self, entity_id: str, noun: str) -> bool:
        """Whether the text describes a person by an office or a role ("City boss", "the chairman")
        other than `noun`."""
        described = map(_role_words, self.descriptions.get(entity_id, ()))
        return any(words[-1] in ROLE_HEADS and words[-1] != noun for words in described)

    def _role_nouns(self, entity_id: str) -> list[tuple[list[str], list[str]]]:
        """(words, nouns) of each role of a person: a title may be named by any of its words ("the
        minister" for a Foreign Minister), a description only by its last ("the coach" for the
        England coach, not "the project" for a project director)."""
        titles = [(w, w) for w in map(_role_words, self.people.get(entity_id, Person()).roles)]
        return titles + [(w, w[-1:]) for w in map(_role_words, self.descriptions.get(entity_id, ()))]

    def with_role(self, words: list[str]) -> str | None:
        """The last person whose role ends with the phrase's noun and has every other word of it
        ("the Venezuelan president" → a "Venezuelan President", not a "Vice President")."""
        noun, others = words[-1], set(words[:-1])
        fallback = None
        for group in self.recent[::-1]:
            for entity_id in group:
                for role_words, nouns in self._role_nouns(entity_id):
                    if noun not in nouns:
                        continue
                    # "the manager" is not the assistant manager, "the chancellor" not the shadow one
                    if others <= set(role_words) and not (set(role_words) & _SUBORDINATE) - others:
                        return entity_id
                    if fallback is None and not set(role_words) & _SUBORDINATE:
                        fallback = entity_id
        return fallback


def _of_kind(name: str, noun: str) -> bool:
    """Whether an organisation so named is a `noun` ("Deutsche Bank" a bank); the name's words
    beyond the noun must name something ("Party" alone, the model's tag of "Party leader", does not)."""
    words = [w for w in name.replace("'s", "").split() if w != "the"]
    if noun != "government":
        return noun in words and len(words) > 1
    head = words[0] if words and words[0] in ("ministry", "department") else words[-1] if words else ""
    downing = head != "street" or "downing" in words  # not Wall Street
    return head in _GOVERNMENT_HEADS and downing and not _NOT_GOVERNMENT & set(words)


def _role_words(role: str) -> list[str]:
    """A role's words in lower case ("Chelsea striker" → ["chelsea", "striker"]); its noun is the last."""
    return role.casefold().replace(",", " ").split()


def _inside(regions: Sequence[_Region], offset: int) -> bool:
    return any(r.open_start <= offset < r.close_end for r in regions)


def _entities_of(tokens, paragraph: ParagraphIn, regions: Sequence[_Region] = ()) -> list[EntitySpan]:
    starts = {t.idx for t in tokens if not t.is_space}  # never a blanked sentence (`meetings._entities_in`)
    return [
        e
        for e in paragraph.entities
        if any(e.char_start <= s < e.char_end for s in starts) and not _inside(regions, e.char_start)
    ]


def _pruned(token) -> list:
    out = [token]
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct") or child.dep_ == "appos" and child.i < token.i:
            continue
        out.extend(_pruned(child))
    return out


# What was written or found, whose author the phrase names: "the article, written by X", "a survey by
# X", "data collected by X".
_WRITINGS = {"article", "piece", "report", "statement", "letter", "book", "column", "essay", "post", "blog",
             "speech", "interview", "paper", "website", "survey", "study", "research", "poll", "data",
             "figures", "analysis", "review", "findings"}  # fmt: skip
# A claim filed in court speaks for its plaintiff, whom only an owner names ("her lawsuit"): "the
# lawsuit" of a story names its defendants more often than whoever filed it.
_FILINGS = {"lawsuit", "suit"}
# What is counted or rumoured, not written: the words of whoever owns it, else of no one ("according
# to official figures", "the latest speculation suggests").
_DATA = {"data", "figures", "statistics", "numbers", "estimates", "forecasts", "forecast", "projections",
         "predictions", "calculations", "polls", "rumours", "rumour", "speculation", "evidence",
         "indications"}  # fmt: skip
# Of those, what is made for someone who then owns it: "a study for security firm Preventon", "a poll
# for the BBC" (a letter or an article for someone went to them).
_COMMISSIONED = {"report", "survey", "study", "research", "poll", "analysis", "review"}  # not "figures for Ford"
_CONTINUING = {"add", "adds", "added", "adding", "continued", "continues"}
# A share of a group: who speaks is some of its members, whom the text does not name.
_SHARES = {"%", "percent", "per", "most", "many", "some", "half", "third", "quarter", "majority", "minority",
           "fifth", "two-thirds", "three-quarters"}  # fmt: skip


def _as_written(tokens) -> str:
    """Words joined by spaces, a hyphenated word as one ("Wal-Mart", "co-ordinator"), also where the
    parse's repair (`meetings.with_hyphenated_words_headed`) hangs the hyphen on the word as
    punctuation, which a speaker's phrase leaves out."""
    out, last = "", None
    for t in tokens:
        if last is None:
            out = t.text
        elif t.i == last.i + 1 and (hyphen_joining(t.doc, t.i) or hyphen_joining(t.doc, last.i)):
            out += t.text  # "co" "-" "ordinator" as written
        elif t.i == last.i + 2 and hyphen_joining(t.doc, last.i + 1):
            out += "-" + t.text  # the hyphen left out between them
        else:
            out += " " + t.text
        last = t
    return out


def _speaker(
    token, paragraph: ParagraphIn, salience: _Salience, regions, cue: str | None = None
) -> tuple[str | None, str | None]:
    """(entity id, text) of the speaker named by the subject `token`."""
    if token is None:
        return None, None
    tokens = sorted(_pruned(token), key=lambda t: t.i)
    text = _as_written(t for t in tokens if not t.is_space)[:120] or None
    lower = token.lower_
    if lower in _PRONOUNS:
        before = _people_before(token, paragraph, salience, regions)
        if not before and (spoken := salience.spokesperson(_PRONOUNS[lower])) is not None:
            return spoken, text  # "A BBC spokeswoman said …. She said …": the spokeswoman's body
        if not before and salience.unnamed_voice(_PRONOUNS[lower]):
            return None, text  # "…, said one broker. He forecast …": the broker, whom no one names
        if cue and cue.casefold() in _CONTINUING and salience.speakers:
            # "he added": the one who was speaking goes on.
            found = salience.last_speaker(_PRONOUNS[lower])
            if found is not None:
                return found, text
        return salience.person(_PRONOUNS[lower], before), text
    if lower in _MEMBERS and salience.committee is not None and _bare_plural(token):
        # "MPs have warned", "the MPs said", "Members urged": in a story of one committee's report,
        # the committee's members speak for it (not "Labour MPs", "some MPs", "200 MPs")
        return salience.committee, text
    if _it_speaks(token) and cue is not None:
        return salience.last_org_speaker(), text  # "It added that …": the organisation quoted or named last
    if lower in _EXPLETIVE or token.pos_ == "PRON":
        return None, text
    if lower in _SHARES or token.like_num:
        return None, text  # "25% of Britons said", "most of them said": respondents, not a body
    # the head's own determiner or owner ("the report"; not the "the" of "a review of the case")
    determined = any(c.lower_ in ("the", "his", "her", "its", "their", "this") or c.dep_ == "poss"
                     for c in token.children)  # fmt: skip
    if determined and lower in _MEDIA and (org := salience.org_named_with(_MEDIA[lower])) is not None:
        return org, text  # "The newspaper said": the Daily Telegraph named before; "the station": Radio 2
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    if lower in _WRITINGS | _FILINGS and owner is not None:
        # "Her lawsuit said", "his letter says": the person the pronoun means speaks through it
        sex = "M" if owner.lower_ == "his" else "F"
        return salience.person(sex, _people_before(token, paragraph, salience, regions)), text
    if lower in _WRITINGS and not any(e.type == "PERSON" for e in _entities_of([token], paragraph, regions)):
        # (not a person so named: "said Poll", the referee Graham Poll)
        # "The article below, written by X and Y, argues ...", "X's report"; not whom it went to
        # ("a letter to Mr Lund said"); "the report said", with no author, after "the committee
        # said": the body quoted last
        authors = [e for e in _entities_of(_authors(token), paragraph, regions) if e.type in ("PERSON", "ORG")]
        if authors:
            return authors[0].entity_id, text
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
            # "its report said": the organisation named last ("The NAO disagreed. Its report said …")
            return (salience.orgs[-1] if salience.orgs else salience.last_org_speaker()), text
        if determined and (author := salience.authors.get(lower)) is not None:
            return author, text  # "a report by Jupiter Research … the report concluded"
        return (salience.last_org_speaker(or_named=False) if determined else None), text
    if _a_national(token):
        return salience.person(None), text  # "the American said": a person, the one the story is about
    if (age := _age_of(token, tokens)) is not None:
        # "the 40-year-old comic said": the person the text gives that age ("Kyle Dent, 25,"), else,
        # if it gives nobody's age, the person the story is about, of the noun's sex if it has one
        sex = "F" if lower in _FEMALE_NOUNS else "M" if lower in _MALE_NOUNS else None
        if salience.ages:
            return salience.ages.get(age), text
        return salience.person(sex), text
    found = _entities_of(tokens, paragraph, regions)
    joined = [c for c in token.children if c.dep_ == "conj"]
    if joined and len({e.entity_id for e in _entities_of([token, *joined], paragraph, regions)}) >= 2:
        return None, text  # "the Conservatives and Lib Dems insist": a row has one speaker, and no one is it
    if any(c.dep_ == "cc" and c.lower_ in ("and", "or") and not any(j.i > c.i for j in joined) for c in token.children):
        return None, text  # "according to lender B&B and housebuilder Wimpey", the parser dropping the second

    # the phrase's head first: "Former Manfred Mann singer Paul Jones" is Jones, not the band;
    # "Google's parent company Alphabet" is Alphabet
    def heads(e: EntitySpan) -> bool:
        return e.char_start <= token.idx < e.char_end

    # then one that is not a possessor: "Sandvine's chief technology officer Marc Morin" is Morin
    people = sorted((e for e in found if e.type == "PERSON"), key=lambda e: (not heads(e), paragraph.is_possessor(e)))
    in_apposition = {t.idx for c in token.children if c.dep_ == "appos" for t in c.subtree}
    if lower in RELATIONS:
        # Someone's relative, friend, lawyer or source is someone else: the person the phrase
        # names is its apposition ("his brother, Ben"), not the one it relates to ("the mother of
        # Sarah Everard", "friends of Ms Khan", "a source close to Prince Harry", "Mr Smith's lawyer").
        people = [e for e in people if any(e.char_start <= i < e.char_end for i in in_apposition)]
    if people:
        return people[0].entity_id, text
    words = [t.lower_ for t in tokens if t.is_alpha]
    if len(words) > 1 and words[0] == "the" and words[-1] in _VARIATION and not in_apposition:
        # "said the Sale full-back", "the Chelsea striker added": the writer's other name for the
        # person the story is about, not a new voice (nor the club that qualifies it: the phrase's
        # last noun, as the parser may take "Sale" for its head)
        return salience.described(words), text
    # the organisation the phrase's head is or names in apposition: "Google's parent company
    # Alphabet" is Alphabet
    named = {token.idx} | in_apposition
    head_org = [e for e in found if e.type == "ORG" and any(e.char_start <= i < e.char_end for i in named)]
    if head_org:
        return head_org[0].entity_id, text
    if token.pos_ == "PROPN" and token.text in salience.known_people:
        return salience.known_people[token.text], text  # "Ma": NER missed the bare surname
    if token.text[:1].isupper() and not found and (org := salience.org_named(_flat_name(token))) is not None:
        # the model missed, here, an organisation it tagged before (the parser may take a name
        # that opens a sentence for a noun: "Fosters said")
        return org, text
    if lower.isalpha() and lower.islower() and lower not in BODY_NOUNS and lower not in _SPOKES and determined:
        role = [t.lower_ for t in tokens if t.pos_ in ("ADJ", "NOUN", "PROPN") and t.i <= token.i]
        person = salience.with_role(role or [lower])
        if person is not None:
            return person, text
        if _redescribed(tokens, token) and salience.last_subject is not None:
            # "Ann Kerr said …. The veteran stage designer and teacher added": a definite description
            # nobody in the story holds, spelled out, names again whom the last sentence was about
            return salience.last_subject, text
        if _an_office_in_a_body(tokens, token):
            # "Michael Howard has backed … But the Tory leader argued": an office in a body is held
            # by a person, whom the story has just told of, unless the text gives them another office
            return salience.holder_of(lower), text
    if lower in _UNNAMED_VOICES - _FOR_THE_STATE and _someone_unnamed(token):
        return None, text  # "One leading Karachi broker said": a broker there, not the exchange
    # an organisation before the country that qualifies it ("eBay UK"); a country owning the head
    # ("Russia's newspapers", "the UK's spending watchdog") is where the speaker is from, not who speaks,
    # unless the head speaks for the state ("China's foreign ministry", "Pakistan's High Commissioner")
    owned = lower not in _FOR_THE_STATE and lower.islower()
    mistyped = [e for e in found if e.type in ("PLACE", "OTHER") and heads(e)] if token.pos_ == "PROPN" else []
    if mistyped and all(paragraph.is_possessor(e) for e in found if e.type in ("ORG", "COUNTRY")):
        # "Deutsche Bank's Simon Champion", the name typed as a place: the head speaks, not its owner
        return mistyped[0].entity_id, text
    # a country qualifying a plural kind ("some Indian firms", "three leading UK video game companies")
    # is where several speakers are from, not one of them
    several = owned and token.tag_ == "NNS"
    others = sorted((e for e in found if e.type == "ORG" or e.type == "COUNTRY"
                     and not (owned and paragraph.is_possessor(e)) and not several),
                    key=lambda e: e.type != "ORG")  # fmt: skip
    if others:
        return others[0].entity_id, text
    if lower in BODY_NOUNS and determined:
        # (none named before: "X will return to strengthen Labour's campaign, the party has confirmed"
        # is the one organisation of its sentence; a government is never another body)
        if (kind := salience.org_of_kind(lower)) is None and lower != "government":
            kind = _the_one_org_of_the_sentence(token, paragraph, salience)
        return kind, text
    if lower in _SPEAKING_FOR and owner is not None:
        # "his spokesman said": he speaks through him (named before in the sentence, else before it)
        before = _people_before(token, paragraph, salience, regions)
        return salience.person("M" if owner.lower_ == "his" else "F", before, known_only=True), text
    if lower in _SPOKES and (body := _body_spoken_for(token)) is not None:
        return salience.org_of_kind(body.lower_), text  # "a spokesman for the company said"
    if words == ["a", lower] and lower in _SPOKES and (org := salience.org_quoted_just_now()) is not None:
        return org, text  # "Transport 2000 said …. “…,” said a spokesman": the body that just spoke
    if lower in _SPOKES and words == ["the", lower] and salience.spokes is not None:
        return salience.spokes[0], text  # "The Vodafone spokesman said …" … "the spokesman said": the same body
    if determined and (org := salience.org_described(lower)) is not None:
        return org, text  # "the brewer said": the organisation described as a brewer
    if words == ["the", lower] and not _person_noun(lower) and (org := salience.org_named_as(lower)) is not None:
        return org, text  # "The alliance said": the Countryside Alliance named before
    if token.pos_ == "PROPN" and (place := [e for e in found if e.type in ("PLACE", "OTHER") and heads(e)]):
        # a name the model typed as a place or as neither a person nor a body that speaks is who it
        # names ("Rio Ferdinand has said", "Valve said")
        return place[0].entity_id, text
    return None, text


# "Southcorp, the global winemaker behind the Penfolds brand": an apposition's noun is its last
# lowercase word before punctuation, a capitalised word or a word like these.
_APPOSITION = re.compile(r",\s+(?:the|an?)\s+")
_APPOSITION_ENDS = frozenset(
    "the a an and or of by with to in on at for from as that but which who whose behind based owned known "
    "best most its their has had have is was".split()
)
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
_NEXT_WORD = re.compile(r"\s*([\w-]+|\S)")


def _spoken_of(paragraph: ParagraphIn, region) -> set[str]:
    """The people a quotation names inside its marks."""
    return {e.entity_id for e in paragraph.entities if e.type == "PERSON" and region.start <= e.char_start < region.end}


def _people_before(token, paragraph: ParagraphIn, salience: _Salience, regions) -> list[str]:
    """The people named in the token's sentence before it, outside what is reported or quoted: whom
    a "he" or a "his" there may mean first."""
    start, _ = salience.sentence_of(token.idx, len(paragraph.text))
    return [e.entity_id for e in paragraph.entities if e.type == "PERSON" and start <= e.char_start
            and e.char_end <= token.idx and not _inside(regions, e.char_start)]  # fmt: skip


def _the_one_org_of_the_sentence(token, paragraph: ParagraphIn, salience: _Salience) -> str | None:
    """The one organisation named in the sentence of `token`, in its reported words or not."""
    start, end = salience.sentence_of(token.idx, len(paragraph.text))
    orgs = {e.entity_id for e in paragraph.entities if e.type == "ORG" and start <= e.char_start < end}
    return orgs.pop() if len(orgs) == 1 else None


def _body_spoken_for(spokes):
    """The common noun a spokesman speaks for: "a spokesman for the company", "an official at the
    bank" (a name there is an entity, read before)."""
    for prep in spokes.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "from", "at"):
            body = next((g for g in prep.children if g.dep_ == "pobj"), None)
            definite = body is not None and any(c.lower_ in ("the", "its", "their") for c in body.children)
            # (not another body so qualified: "a spokesman for the supporters club")
            bare = definite and not any(c.dep_ in ("compound", "amod", "nmod") for c in body.children)
            if bare and body.lower_ in BODY_NOUNS:
                return body
    return None


# A newspaper or a station the story names is told of again by what it is ("the newspaper said"),
# known by a word of its name.
_PRESS = frozenset(
    """times post telegraph guardian observer herald mirror express journal gazette tribune news
    mail sun standard independent chronicle record star daily economist""".split()
)
_STATIONS = frozenset("radio fm tv television channel".split())
_MEDIA = {"newspaper": _PRESS, "paper": _PRESS, "daily": _PRESS, "tabloid": _PRESS, "weekly": _PRESS,
          "magazine": _PRESS | {"magazine"}, "station": _STATIONS, "channel": _STATIONS}  # fmt: skip


def _org_nouns_around(text: str, org: EntitySpan) -> list[str]:
    """The lowercase nouns that describe an organisation where it is named: the word right before
    its name ("Australian brewer Fosters") and the noun of an apposition after it ("Southcorp, the
    global winemaker behind …")."""
    nouns = []
    if (m := _LOWER_WORD_BEFORE.search(text[max(0, org.char_start - 40) : org.char_start])) and m.group(1) not in (
        _APPOSITION_ENDS
    ):
        nouns.append(m.group(1))
    if m := _APPOSITION.match(text, org.char_end):
        words, at = [], m.end()
        while len(words) < 4 and (w := _NEXT_WORD.match(text, at)):
            word = w.group(1)
            if not (word.isalpha() and word.islower()) or word in _APPOSITION_ENDS:
                break
            words.append(word)
            at = w.end()
        if words:
            nouns.append(words[-1])
    return nouns


# Members of a legislature, who speak together only as a committee.
_MEMBERS = {"mps", "members", "peers", "msps", "meps", "ams", "senators", "congressmen", "lawmakers", "legislators"}


def _bare_plural(token) -> bool:
    """Whether a plural noun stands alone or with "the" only ("MPs", "the MPs", "MPs and peers")."""
    return all(c.dep_ in ("cc", "conj", "punct") or (c.dep_ == "det" and c.lower_ == "the") for c in token.children)


def _the_committee(paragraphs: Sequence[ParagraphIn]) -> str | None:
    """The one committee an article names (an organisation "Committee" names), else None."""
    found = {e.entity_id for p in paragraphs for e in p.entities
             if e.type == "ORG" and "committee" in p.text[e.char_start : e.char_end].casefold()}  # fmt: skip
    return found.pop() if len(found) == 1 else None


_MADE = "report|study|survey|research|poll|analysis|review|findings|figures|data"
# "the Forum for the Future research", "Jupiter's report", "an ICM poll": the writing right after the name
_MAKER_BEFORE = re.compile(rf"^(?:[’']s)?\s+(?:[a-z]+\s+)?({_MADE})\b")
# "a report by Jupiter Research", "a two-year study for net security firm Preventon": right before it
_MAKER_AFTER = re.compile(rf"\b({_MADE}),?\s+(?:\w+\s+){{0,3}}?(?:by|from|for|of)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}$")


def _writings_made_by(text: str, org: EntitySpan) -> list[str]:
    """The kinds of writing the text says an organisation made, where it names it."""
    made = [m.group(1) for m in [_MAKER_BEFORE.match(text[org.char_end : org.char_end + 40])] if m]
    made += [m.group(1) for m in [_MAKER_AFTER.search(text[max(0, org.char_start - 80) : org.char_start])] if m]
    return made


# Offices a story may give someone it has not named ("the judge said", "the minister told MPs"):
# no other name for the person before.
_OFFICES = frozenset(_STATE_VOICES | {"judge", "coroner", "prosecutor", "chairman", "chairwoman", "chair",
                                      "governor", "mayor", "senator", "chief", "head", "executive"})  # fmt: skip


# Nouns of an agent's shape that name things: not who speaks.
_THINGS = {"paper", "newspaper", "poster", "computer", "number", "order", "chapter", "sector", "factor",
           "monitor", "indicator", "register", "counter", "matter", "quarter", "corridor", "motor"}  # fmt: skip


def _person_noun(noun: str) -> bool:
    """A noun that names a person by trade, role or relation: a known one, or one of an agent's
    shape ("designer", "campaigner", "novelist", "historian") that is no organisation or thing."""
    if noun in _PERSON_WORDS:
        return True
    agentive = len(noun) > 4 and noun.endswith(("er", "or", "ist", "ian"))
    return agentive and noun not in BODY_NOUNS and noun not in _WRITINGS and noun not in _THINGS


def _redescribed(tokens, head) -> bool:
    """Whether a subject phrase is a spelled-out definite description of a person ("the veteran stage
    designer", "the club's kit man"): "the" first, a lower-case person noun for head that is no
    office, at least one word between them, and no number, nor an organisation noun but an owner."""
    words = [t for t in tokens if not t.is_punct]
    if not words or words[0].lower_ != "the" or not head.text.islower():
        return False  # (not "The Scottish Executive": a body's name)
    if not _person_noun(head.lower_) or head.lower_ in _OFFICES:
        return False
    before = [t for t in words if t.i < head.i]
    # (not "the firm, the country's largest cable maker": the firm's description; "the charity's
    # director" is a person)
    return len(before) >= 2 and not any(t.like_num or t.lower_ in BODY_NOUNS and t.dep_ != "poss" for t in before)


def _an_office_in_a_body(tokens, head) -> bool:
    """ "The Tory leader", "the Chester chairman", "the Lib Dem chief executive": "the", a name that
    qualifies, and a person's office or trade for head (not a spokesman, a relative, a number)."""
    words = [t for t in tokens if not t.is_punct]
    if not words or words[0].lower_ != "the" or head.lower_ not in _PERSON_WORDS or head.lower_ in _SPOKES:
        return False
    if not head.text.islower():
        return False  # "the Scottish Executive": a body's name
    before = [t for t in words[1:] if t.i < head.i]
    return any(t.text[:1].isupper() for t in before) and not any(t.like_num or t.dep_ == "poss" for t in before)


def _flat_name(token) -> str:
    """A capitalised word with the capitalised words compounded before it, in lower case
    ("Universities Scotland"): a name as written, without its determiner."""
    words = [c for c in token.children if c.dep_ == "compound" and c.text[:1].isupper() and c.i < token.i]
    return " ".join(t.text for t in [*words, token]).casefold()


def _it_speaks(token) -> bool:
    """ "It added that …": "it" as the subject of the reporting verb, an organisation speaking (not
    the "it" of "it is said that")."""
    return token.lower_ == "it" and token.dep_ == "nsubj"


def _a_national(token) -> bool:
    """ "The American", "the Swiss", "the 24-year-old Frenchman": one person named by nationality
    (not "the Americans", nor "the US")."""
    singular = token.tag_ in ("NNP", "NN", "JJ")
    word = token.text
    stem = word[:-5] if word.endswith("woman") else word[:-3] if word.endswith("man") else None
    national = is_demonym(word) or (stem is not None and len(stem) > 2 and is_demonym(stem))  # "the Dutchman"
    return singular and national and any(c.lower_ == "the" for c in token.children)


def _age_of(token, phrase) -> int | None:
    """ "The 40-year-old comic", "the 24-year-old": the age of one person named by age (not "the
    30-year-old bonds", "the 60-year-old lease", "the 175-year-old company", nor "40-year-old men")."""
    words = [t.lower_ for t in phrase]
    at = next((i for i, w in enumerate(words) if w == "year" and "old" in words[i + 1 : i + 3]), None)
    person = token.lower_ == "old" or token.lower_ in _PERSON_WORDS
    if at is None or not person or token.tag_ not in ("NN", "JJ") or not any(c.lower_ == "the" for c in token.children):
        return None
    number = next((w for w in words[:at][::-1] if w.isdigit()), None)
    return int(number) if number else None


def _authors(writing) -> list:
    """The words that name who wrote or found something: its owner ("Jupiter's report"), a name
    before it ("a Hostway survey"), its "by" or "from" phrase, also through a participle ("data
    collected by eBay"), or whom a study was made for ("a study for Preventon"); not whom a letter
    went to ("a letter to Mr Mubanga", "a letter for the minister") or what it is about."""
    found = [c for c in writing.children if c.dep_ in ("poss", "compound")]
    heads = [writing] + [c for c in writing.children if c.dep_ in ("acl", "relcl")]
    makers = [g for head in heads for prep in head.children if prep.dep_ in ("prep", "agent")
              and prep.lower_ in ("by", "from") for g in prep.children if g.dep_ == "pobj"]  # fmt: skip
    found += makers or _client(writing)  # the maker first: "a poll for the BBC by ICM" is ICM's
    return [t for f in found for t in f.subtree]


def _client(writing) -> list:
    """Whom a study, survey or poll was made for, a name right after it: "a study for Preventon",
    also set off by commas, which the parser may hang on the verb ("The survey, for Shelter,
    shows"); not "figures for Ford" (what is measured), nor "for all the Tories' hopes"."""
    if writing.lower_ not in _COMMISSIONED:
        return []
    doc = writing.doc
    after = writing.right_edge.i + 1
    set_off = writing.dep_ == "nsubj" and after < len(doc) and doc[after].text == ","
    between = [c for c in writing.head.children if set_off and c.i == after + 1]
    preps = [c for c in [*writing.children, *between] if c.dep_ == "prep" and c.lower_ == "for"]
    return [g for p in preps for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]


_QUOTING = {"quoted", "quotes", "quote", "quoting", "cited", "cites", "reported"}


def _subject(verb, inverted: bool = False):
    """The subject of a reporting verb, climbing through participles and conjuncts ("…, adding
    that": the subject of the reporting verb or main clause it hangs from); with `inverted` (the
    verb follows its quotation) and no subject, the noun after it ("…,” said Mr Blair",
    "stated the Venezuelan president")."""
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lower_ in _QUOTING:
        # "Lena Moss was quoted in a Dutch paper as saying …", "the paper quoted her as saying …":
        # the one quoted
        quoted = [c for c in verb.head.head.children if c.dep_ in ("nsubjpass", "dobj")]
        return quoted[0] if quoted else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    agents = agents_of(verb)
    if agents:
        return agents[0]  # "consumers were advised by James Roper to …": who advised
    if not subjects and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and _is_reporting(verb.head.head):
        # "Ellman said the image was … but urged …": Ellman urged; "Mr Hall said his neighbour had
        # threatened him and warned him …": the neighbour warned
        # ("Ms Soto said the prince knelt down to propose and added: …": one who adds goes on)
        inner = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if verb.lower_ in _CONTINUING:
            return _subject(verb.head.head)
        return inner if inner is not None and _someone(inner) else _subject(verb.head.head)
    if subjects and subjects[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
        # "the National Council for Adoption, which said …": the name it stands for (not "the chart
        # show, which suggests …")
        # (a name the tagger took for a common noun is still capitalised: "website Rightmove, which")
        capitalised = verb.head.text[:1].isupper() and verb.head.i > verb.head.sent.start
        named = verb.head.pos_ == "PROPN" or capitalised or verb.head.lower_ in BODY_NOUNS | _SPOKES
        return verb.head if named else None
    if len(subjects) > 1 and subjects[1].pos_ == "PROPN" and _adjacent(*subjects[:2]):
        # "figures from the regulator Ofcom showed …", "The chairman of the council, Ola Dahl QC,
        # warned": the parser split the name off the description it ends as a second subject; the
        # name is who speaks (not after a name and its apposition: "Ola Dahl, head of policy at the
        # Norvik Trust said")
        if not any(c.dep_ == "appos" for c in subjects[0].children):
            return subjects[1]
    if subjects:
        return subjects[0]
    if (
        verb.pos_ == "NOUN"
        and verb.lower_ in BY_FORM
        and (names := [c for c in verb.children if c.dep_ == "compound" and c.pos_ == "PROPN"])
    ):
        return names[-1]  # "…, Valtek predicts.": the tagger's plural noun, its name a compound
    if inverted:
        after = [c for c in verb.children if c.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and c.i > verb.i]
        if after and verb.lower_ not in ("told", "tell", "tells", "asked"):
            return after[0]
    if verb.dep_ == "advcl" and verb.tag_ == "VBZ":
        return None  # "amid Tory claims the ads were …": a noun the parser read as a verb, no one's words
    node = verb
    participle = verb.lower_.endswith("ing")
    for _ in range(6):
        if node.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "parataxis", "acl") or node.head.i == node.i:
            return None
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and (not participle or _is_reporting(node) or node.dep_ == "ROOT" or node.head.i == node.i):
            return subjects[0]
    return None


def _name_split_off(clause: list, paragraph: ParagraphIn):
    """ "According to search engine Norvik, most users …": a name the parser left out
    of the phrase it ends opens the clause, up to its comma; (the name's first token, the clause
    after the comma), or None."""
    words = [t for t in clause if not t.is_space]
    if not words or words[0].i == 0 or words[0].doc[words[0].i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    name = words[:comma] if comma is not None else []
    if not 0 < len(name) <= 4 or not all(t.text[:1].isupper() for t in name):
        return None
    named = [t for t in name if any(e.type in ("ORG", "PERSON") for e in _entities_of([t], paragraph))]
    return (named[0], words[comma + 1 :]) if named else None


def _adjacent(first, second) -> bool:
    return max(t.i for t in first.subtree) + 1 == min(t.i for t in second.subtree)


def _anaphoric(token) -> bool:
    """ "the spokesman", "the minister", "he": a speaker told of before, not a new source."""
    if token.lower_ in _PRONOUNS:
        return True
    words = [c for c in token.children if c.dep_ not in ("punct",)]
    definite = [c for c in words if c.dep_ == "det" and c.lower_ in ("the", "this")]
    return bool(definite) and len(words) == 1 and (token.lower_ in _SPOKES or token.lower_ in _PERSON_WORDS)


def _someone(token) -> bool:
    """Whether a subject is a person by pronoun, role or relation ("he", "his neighbour", "the
    driver"), not a thing ("the iPhone was selling well and …"); names are left to the caller."""
    return token.lower_ in _PERSONAL or any(c.dep_ == "poss" for c in token.children) or token.lower_ in _PERSON_WORDS


# People a story quotes without naming them ("one London-based broker", "a senior trader"); not a
# spokesman, who speaks for a body (`_Salience.spokesperson`).
_UNNAMED_VOICES = (_PERSON_WORDS | {"broker", "trader", "dealer", "investor", "insider", "observer", "expert",
                                    "employee", "fan"}) - _SPOKES  # fmt: skip


def _singular(noun: str) -> str:
    """A plural noun's singular, for the regular plurals of writings ("studies", "surveys")."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def _someone_unnamed(token) -> bool:
    """A person noun with an indefinite determiner: "one leading broker", "an economist at X"."""
    indefinite = ("a", "an", "one", "another", "some")
    return any(c.dep_ in ("det", "nummod") and c.lower_ in indefinite for c in token.children)


def _unnamed_person(row: Quotation, sentence: str) -> bool:
    """A quotation of someone no one names, told by an indefinite phrase right after its verb ("…,
    said one broker", "…, told a witness")."""
    words = (row.speaker_text or "").split()
    return (
        row.speaker is None
        and row.cue is not None
        and len(words) > 1
        and words[0].casefold() in ("a", "an", "one", "another")
        and words[-1].casefold() in _UNNAMED_VOICES
        and re.search(rf"\b{re.escape(row.cue)}\s+{re.escape(words[0])}\b", sentence) is not None
    )


def _named_after(verb):
    """The name right after a reporting verb with no subject, closed by a comma ("…, said Mr
    Trainor, …", "…, said he, …"): its last word."""
    run = []
    for t in verb.doc[verb.i + 1 :]:
        if t.pos_ in ("PROPN", "PRON") or (t.pos_ == "NOUN" and run == [] and t.lower_ in _SPOKES):
            run.append(t)
            continue
        return run[-1] if run and t.text == "," else None
    return None


# Verbs that tell of something: with a wh-clause they give its topic ("explained why he paused",
# "described how it affected him", "told the BBC how he escaped"), not what was said. ("Asked how",
# "questioned whether" give the question.)
_TELLING_OF = frozenset(
    f"{stem}{ending}"
    for stem in ("explain", "recall", "reveal", "recount", "detail", "outline")
    for ending in ("", "s", "ed", "ing")
) | {"describe", "describes", "described", "describing", "tell", "tells", "told", "telling"}
_WH_WORDS = {"why", "what", "how", "where", "when", "who", "which"}


def _a_topic(verb, clause: list) -> bool:
    """Whether the clause is what a telling verb is about, not what it says: a wh-clause right
    after it ("explained why …"; not "explained that when …")."""
    first = clause[0]
    after_that = first.i > 0 and first.nbor(-1).lower_ == "that"
    return verb.lower_ in _TELLING_OF and first.lower_ in _WH_WORDS and not after_that


# What displays words rather than says them: its slogan is no one's speech.
_DISPLAYS = {"poster", "posters", "advert", "adverts", "advertisement", "advertisements", "ad", "ads", "banner",
             "banners", "billboard", "billboards", "placard", "placards", "sign", "signs", "slogan", "headline",
             "headlines", "caption", "leaflet", "leaflets"}  # fmt: skip


def _displayed(verb) -> bool:
    """Whether the verb's subject is a poster, an advert, a banner or a headline."""
    subject = _subject(verb)
    return subject is not None and subject.lower_ in _DISPLAYS


def _unsaid(verb) -> bool:
    """ "Did not say how many", "would not confirm if", "have yet to say where", "is expected to
    say that": what someone has not said, or may or will say, is no one's words yet."""
    if verb.lower_ == "according":
        return False
    if negated(verb) or (verb.dep_ == "xcomp" and any(c.lower_ == "yet" for c in verb.head.children)):
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # "even if the coach admitted …": granted, so said. "… has not set out her views, but has said
    # …", "… would be a nudge, and suggested …": a conjunct with a tense of its own does not share
    # the first verb's "not" or "would". Either is unsaid only by an auxiliary of its own.
    granted = any(c.dep_ == "mark" and c.lower_ == "if" and c.nbor(-1).lower_ == "even" for c in verb.children if c.i)
    tensed_conjunct = verb.dep_ == "conj" and (auxiliaries or verb.tag_ in ("VBD", "VBZ", "VBP"))
    if granted or tensed_conjunct:
        return bool(auxiliaries & (HYPOTHETICAL_AUX | FUTURE_AUX))
    return not told_as_done(verb)


def _end_of(clause: list, text: str) -> int:
    """Where a clause's text ends, without its closing punctuation (0 for no clause)."""
    if not clause:
        return 0
    end = clause[-1].idx + len(clause[-1].text)
    while end > clause[0].idx and text[end - 1] in " .,;:":
        end -= 1
    return end


def _name_beside(verb, paragraph: ParagraphIn, inverted: bool):
    """A person or organisation written right before a reporting verb the parser gave no subject
    ("In a statement issued on Wednesday Lord Woolf said:", the name hung on the phrase before it),
    or right after one that follows its quotation ("…,” said Jurgen den Hartog", a particle of the
    name read as a verb): the name's last word. Not a name after a verb that takes its addressee
    ("told Reuters")."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBZ":
        return None  # "amid Tory claims the ads were …": a noun read as a verb, no one's words
    text, verb_end = paragraph.text, verb.idx + len(verb.text)
    for e in paragraph.entities:
        if e.type not in ("PERSON", "ORG"):
            continue
        before = e.char_end <= verb.idx and not text[e.char_end : verb.idx].strip()
        after = inverted and e.char_start >= verb_end and not text[verb_end : e.char_start].strip()
        if before or (after and verb.lower_ not in _ADDRESSING):
            return next((t for t in reversed(verb.doc) if e.char_start <= t.idx < e.char_end), None)
    return None


_ADDRESSING = {"told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "warned", "urged", "assured"}

_PRONOUN_VERB = re.compile(r"\b(?:he|she|He|She)\s+(?:(?:also|later|had|has|would|then|still)\s+)?([a-z]+)")
_THINKING = {"believed", "believes", "thought", "thinks", "felt", "feels", "refused", "refuses", "accepts", "accepted"}


def _pronoun_speaks(text: str) -> bool:
    """Whether a "he" or "she" of the sentence says or thinks something ("…, he believed, …", "he
    refused to accept that …"): the one who goes on, not the owner named in what is said."""
    return any(m.group(1) in REPORTING or m.group(1) in _THINKING for m in _PRONOUN_VERB.finditer(text))


def _outside(text: str, span: tuple[int, int], quoted) -> str:
    """The sentence's text with its quotations blanked."""
    chars = list(text[span[0] : span[1]])
    for r in quoted:
        for k in range(max(r.open_start, span[0]), min(r.close_end, span[1])):
            chars[k - span[0]] = " "
    return "".join(chars)


_THIRD_PERSON = {"M": {"he", "him", "his", "himself"}, "F": {"she", "her", "hers", "herself"}}
# What follows a sentence's subject: a past tense or an auxiliary ("West announced", "Mr Ross has").
_VERB_NEXT = re.compile(
    r"\s+(?:(?:has|had|have|is|was|were|will|would|could|can|may|might|must|should|did|does"
    r"|also|then|later|now|still|never|always)\b|[a-z]{3,}ed\b)"
)
_JOINED = re.compile(r"[^.;:,]{0,40}?\b(?:and|or)\b")
# (and the words that open a subordinate clause: "…, where George Bush opposed it" is not about Bush)
_PREPOSITIONS = frozenset(
    "by with to for of from against on at about as than like into over under between where when while who whom which"
    " that after before because since although though if unless until".split()
)
_PRONOUN_HEADING = re.compile(r"\s*(?:(?:And|But|So|Yet|Still|Now),?\s+)?(he|she|He|She)\b")

# Who speaks for one person: "his spokesman", "her spokeswoman" (not "his lawyer", `RELATIONS`).
_SPEAKING_FOR = {"spokesman", "spokeswoman", "spokesperson", "representative", "office"}
_RELATIVE = {"which", "who", "that"}
_PERSONAL = {"he", "she", "they", "we", "i", "you"}
# People who speak about someone, not for them (unlike "Mr Spitzer's office" or "his spokesman").
RELATIONS = {"mother", "father", "parents", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
              "family", "relatives", "friend", "friends", "partner", "girlfriend", "boyfriend", "fiancee",
              "fiancée", "neighbour", "neighbours", "colleague", "colleagues", "teammate", "lawyer", "lawyers",
              "solicitor", "barrister", "source", "sources", "children", "cousin", "uncle", "aunt"}  # fmt: skip
_STATED_AGE = re.compile(r",\s*(\d{1,3})(?=[,.;)])")  # "Kyle Dent, 25, said …", "by Kyle Dent, 25."
# Words that make the name after them someone addressed or talked about, not the speaker.
_BEFORE_NAMED = {"to", "on", "for", "about", "against", "at", "with", "like", "by", "from", "of", "over", "into"}

# What a survey, a study or a poll "found" or "showed" is reported as what someone says.
_FINDING_VERBS = {"find", "finds", "found", "show", "shows", "showed", "shown"}
# Bodies whose findings are a report (not a group of walkers or a team that finds its hotel booked).
_FINDING_BODIES = {"committee", "commission", "inquiry", "panel", "tribunal", "court", "regulator",
                   "watchdog", "council", "board", "authority", "agency", "institute", "ombudsman", "auditor",
                   "review"}  # fmt: skip


def _finding(verb, paragraph: ParagraphIn | None = None) -> bool:
    """ "A survey by Forrester found that …", "The poll showed that …", "the committee found that
    …": what a writing or a body found; or, with "that", what an organisation named found ("the
    Forum found that more must be done")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lower_ not in _FINDING_VERBS or subject is None:
        return False
    if subject.lower_ in _WRITINGS or subject.lower_ in _FINDING_BODIES:
        return True
    that = any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in verb.children)  # fmt: skip
    named = paragraph is not None and any(e.type == "ORG" for e in _entities_of([subject], paragraph))
    return that and named


def _is_reporting(token) -> bool:
    verb = BY_FORM.get(token.lower_)
    if verb is None:
        return False
    if verb.then:  # "pointed out", "according to", "called on": the parser may tag the word otherwise
        # ("called for Congress to pass …": the parser makes "for" the mark of the infinitive)
        # ("questioned whether …", "questioned how …": the mark or the wh-word opening the clause it reports)
        marks = [g for c in token.children if c.dep_ in ("advcl", "ccomp") for g in c.children
                 if g.dep_ == "mark" or (g.dep_ == "advmod" and g.i == c.left_edge.i)]  # fmt: skip
        return any(c.lower_ in verb.then for c in [*token.children, *marks])
    if token.pos_ == "NOUN" and token.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in token.children):
        return True  # "Prices will fall, Valtek predicts.": a verb the tagger took for a plural noun
    return token.pos_ in ("VERB", "AUX")


def _clause_tokens(verb, sentence: Sequence = ()) -> list:
    """The clause a reporting verb reports: its clausal complement ("said that X", "X, he
    added"), or the clause it interrupts ("Ma said, China is willing ...": the parser makes
    "said" a parataxis of "is")."""
    if verb.lower_ in ASKING_ONLY:
        return _infinitive_clause(verb, asked_only=True)
    # A clause after the verb first: when the parser gives "says" a second clause before its
    # subject ("Despite …, they have lost eight matches - coach X says his side …"), that is the
    # story's, not the speaker's. A clause before the verb alone is reported ("…, he said").
    # (not one the parser ran on into the next sentence, by the sentence rule)
    mine = {t.i for t in sentence}
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and (c.i < verb.i or not mine or c.i in mine)]
    child = min(clauses, key=lambda c: (c.i < verb.i, c.i), default=None)
    if child is not None:
        # "said the image was insensitive but urged people not to …": a second verb of saying
        # the parser hung in the clause is a second report, not part of the first
        other = [c for c in child.children if c.dep_ == "conj" and _is_reporting(c) and not _own_subject(c)]
        # "denied it had lost a bidding war, saying it had …": nor is a participle of saying
        # hung at the clause's end, with the comma before it
        saying = [c for c in child.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > child.i
                  and _is_reporting(c) and c.doc[c.left_edge.i - 1].text == ","]  # fmt: skip
        cut = {t.i for c in other + saying for t in c.subtree}
        cut |= {c.i for c in child.children if c.dep_ == "cc" and other and c.i < other[0].i}
        cut |= {c.left_edge.i - 1 for c in saying}
        return [t for t in child.subtree if t.i not in cut
                and not (t.dep_ == "mark" and t.head.i == child.i and t.i < child.i)]  # fmt: skip
    if verb.lower_ in INFINITIVE and (infinitive := _infinitive_clause(verb)):
        return infinitive
    gerunds = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > verb.i
               and any(g.dep_ == "ccomp" for g in c.children)]  # fmt: skip
    if gerunds:
        # "MPs say allowing the evidence would remove the need …": a clause whose subject is a
        # gerund, which the parser made the verb's complement and the clause the gerund's
        return list(gerunds[0].subtree)
    if verb.dep_ == "parataxis" and verb.head.i > verb.i and (not mine or verb.head.i in mine):
        # "Then, say analysts, there is …": the clause after the verb, not the verb's own subject
        # (up to the comma that closes the verb's aside, whatever the parser hung on it)
        comma = next((t.i for t in verb.doc[verb.i + 1 :] if t.text == ","), len(verb.doc))
        own = {t.i for t in verb.subtree if t.i < comma}
        return [t for t in verb.head.subtree if t.i > verb.i and t.i not in own]
    if closing := _reported_before_closing_verb(verb, sentence):
        return closing
    if (aside := _aside_in(verb, mine)) is not None:
        return aside
    following = [t for t in sentence if t.i > verb.i]
    if (
        verb.dep_ == "ROOT"
        and len(following) > 5
        and following[0].text == ","
        and not any(c.dep_ in ("dobj", "prep") and c.i > verb.i for c in verb.children)
    ):
        return following[1:]  # "Liu said, not long ago, the … Forum was …": the parse went astray
    return []


def _told_around(verb, start: int, end: int) -> list[_Region]:
    """The reported clause's text as regions whose names are what is said, leaving out an aside
    inside it that names the speaker ("…, Judge Ann Dale said, and …")."""
    a, b = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    if not start < a < b < end:
        return [_Region(start, end, start, end, True)]
    return [_Region(start, a, start, a, True), _Region(b, end, b, end, True)]


def _aside_in(verb, mine) -> list | None:
    """ "The court should not sit in the summer, he said, and should hear cases all year": a verb
    and its subject between commas inside the clause they report (the parser makes the verb a
    parataxis of the clause's verb) report the whole clause around them."""
    if verb.dep_ != "parataxis" or verb.head.i > verb.i or (mine and verb.head.i not in mine):
        return None
    doc, first, last = verb.doc, verb.left_edge.i, verb.right_edge.i
    # A comma of the verb's own opens the aside and one right after the verb closes it (the parser
    # may hang the clause's "and" after that comma on the verb too).
    opens = first > 0 and doc[first].text == ","
    closes = last > verb.i and doc[verb.i + 1].text == "," and verb.is_ancestor(doc[verb.i + 1])
    has_subject = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    if not (opens and closes and has_subject):
        return None
    clause = list(verb.head.subtree)
    if clause[-1].i <= last + 1:
        return None  # nothing of the clause after the aside: a closing verb, read elsewhere
    return clause


def _reported_before_closing_verb(verb, sentence: Sequence = ()) -> list:
    """ "Some MPs are siding with the council, Uganda's New Vision newspaper reports.": a verb that
    closes its sentence after a comma and its subject, which the parser hung on the clause it
    reports, reports what stands before that comma."""
    after = sentence if sentence else verb.doc[verb.i + 1 : verb.sent.end]
    if verb.dep_ not in ("ccomp", "conj", "parataxis") or verb.head.i > verb.i:
        return []
    if any(t.i > verb.i and not (t.is_punct or t.is_space) for t in after):
        return []
    first = min(t.i for t in verb.subtree)
    if first == 0 or verb.doc[first - 1].text != "," or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [t for t in verb.head.subtree if t.i < first - 1]


_MARKS = {'"', "“", "”"}


def _trimmed(clause: list) -> list:
    """A clause without a quotation mark left unpaired at its end: the parser may hang on it the
    opening mark of the next sentence's quotation ("… influence. “Britain plays …”"), which is not
    what was said (a quoted phrase the clause holds keeps both its marks)."""
    last = clause[-1] if clause else None
    unpaired = last is not None and last.text in _MARKS and sum(t.text in _MARKS for t in clause) % 2
    if unpaired and last.i > 0 and last.doc[last.i - 1].text in (".", "?", "!"):
        return clause[:-1]
    return clause


def _main_subject(tokens, before: int | None = None):
    """The subject of a sentence's main verb (the first root, before `before`)."""
    root = next((t for t in tokens if t.dep_ == "ROOT" and (before is None or t.idx < before)), None)
    return _subject(root) if root is not None else None


# Words that join two quoted pieces of one clause ('"A" and "B"', 'hinged on "A" being "B"').
_PIECE_JOINERS = {"and", "or", "but", "nor", "with", "being", "as", "to", "that", "than", "of", "in", "for"}


# Verbs that name or describe something in the subject's own words: "branded the levy a “…”",
# "which Ann Rowe described as “…”", "referred to them as “…”".
_NAMING = frozenset(
    f"{stem}{ending}"
    for stem, endings in (("describ", ("e", "es", "ed", "ing")), ("call", ("", "s", "ed", "ing")),
                          ("brand", ("", "s", "ed", "ing")), ("dub", ("", "s", "bed", "bing")),
                          ("label", ("", "s", "led", "ling", "ed", "ing")), ("term", ("", "s", "ed", "ing")),
                          ("hail", ("", "s", "ed", "ing")), ("refer", ("", "s", "red", "ring")))
    for ending in endings
)  # fmt: skip


def _namer(tokens, region: _Region):
    """Who names something with a quotation: the subject (or the agent) of the verb the quotation
    hangs from, when that verb names or describes ("… described as “…”")."""
    inside = [t for t in tokens if region.open_start <= t.idx < region.close_end]
    node = next((t.head for t in inside if not region.open_start <= t.head.idx < region.close_end), None)
    for _ in range(4):  # up through "as" and the object to the first verb
        if node is None or node.pos_ in ("VERB", "AUX"):
            break
        node = None if node.head is node else node.head
    if node is None or node.lower_ not in _NAMING:
        return None
    agents = agents_of(node)
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    return (agents or subjects or [None])[0]


def _one_clause(text: str, last: tuple, region: _Region, verb, tokens, quoted) -> bool:
    """Whether a quotation goes on the reported clause the one before it is in: the same verb
    reports both from before them, only joining words stand between them ('insisted that "A" and
    "B"', 'saying the toll hinged on "A" being "B"'), and the second is no sentence of its own (it
    opens in lower case, and no verb after it frames it: '…", and "We will go on," he added')."""
    before, last_verb = last
    if verb is None or last_verb is None or verb.i != last_verb.i or verb.idx >= before.open_start:
        return False
    between = text[before.close_end : region.open_start].strip(" ,")
    joined = all(word.casefold() in _PIECE_JOINERS for word in between.split())
    framed_after = any(_is_reporting(t) and t.idx >= region.close_end for t in tokens if not _inside(quoted, t.idx))
    return joined and text[region.start : region.start + 1].islower() and not framed_after


def _said_by(subject, quotation: _Region) -> list[_Region]:
    """The clause the subject's own verb reports, as a region whose people are not the subject:
    in 'Mr Sullivan "made accounting decisions," he told the court, saying …', "he" of "saying"
    is who told, not Mr Sullivan; in 'The changes proposed by Lord Dubs were "…", he said', not
    Lord Dubs. When the quotation is in that clause, only the part of it that holds the quotation:
    in 'Mr Patel has run the shop since 1990 and it was "…", he said', he may be Mr Patel."""
    if subject is None or not _is_reporting(subject.head):
        return []
    clause = [t for t in _clause_tokens(subject.head) if not t.is_space]
    if not clause or any(t.i == subject.i for t in clause):
        return []  # a parse that puts the subject in its own clause shows nothing
    holding = [t for t in clause if t.pos_ in ("VERB", "AUX")
               and t.left_edge.idx <= quotation.open_start < t.right_edge.idx + len(t.right_edge)]  # fmt: skip
    if holding:
        inner = min(holding, key=lambda t: t.right_edge.i - t.left_edge.i)
        mine = {t.i for t in clause}
        clause = [t for t in inner.subtree if t.i in mine]
    start, end = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    return [_Region(start, end, start, end, True)]


def _first_word(token):
    """The first word of the token's sentence (not a space or a punctuation mark)."""
    return next(t for t in token.sent if not (t.is_space or t.is_punct))


def _own_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _infinitive_clause(verb, asked_only: bool = False) -> list:
    """What a verb of `INFINITIVE` asks or promises: its infinitive, from whom it is asked of
    ("the government to set up …", "fans to stay away"; "to raise the issue" when nobody is, unless
    `asked_only`)."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "xcomp" and to_infinitive(child):
            asked = [] if asked_only else [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
            asked += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "on", "upon", "to")
                      and p.i < child.i for g in p.children if g.dep_ == "pobj"]  # fmt: skip
            if asked_only and not asked:
                continue
            start = min([child.left_edge.i] + [a.left_edge.i for a in asked])
            return list(doc[start : child.right_edge.i + 1])
        marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if child.dep_ == "advcl" and marked and subject is not None:
            # "called for the IMF to …", "called for the report to be published"
            return list(doc[subject.left_edge.i : child.right_edge.i + 1])
        if (asked := _asked_for(verb, child)) is not None:
            return list(doc[asked.left_edge.i : child.right_edge.i + 1])
    return []


def _asked_for(verb, clause):
    """Whom "called for X to …" asks, where the parser hangs "for X" on the verb and the infinitive
    after it ("called for the inquiry to be reopened"): X, the object of "for" that the infinitive
    follows right after."""
    if clause.dep_ != "advcl" or not to_infinitive(clause):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    objects = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children
               if g.dep_ == "pobj" and g.right_edge.i + 1 == clause.left_edge.i]  # fmt: skip
    if not objects:
        return None
    # An infinitive in the passive is done to X ("for the ban to be lifted"); one in the active is
    # done by X only when X can act ("for Nordbank to hold a meeting"): "for more money to repair its
    # roof" and "for reform to give states room" are what is asked for, and its purpose.
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    asked = objects[0]
    acts = asked.pos_ in ("PROPN", "PRON") or _person_noun(asked.lower_) or asked.lower_ in BODY_NOUNS
    return asked if passive or acts else None


def find_quotations(
    paragraphs: Sequence[ParagraphIn],
    parse: Callable[[list[str]], list],
    people: Mapping[str, Person] | None = None,
    texts: Mapping[int, str | None] | None = None,
) -> list[Quotation]:
    """Quotations of one article, in order. `texts` maps paragraph_no to what the parser sees of
    it (`cues.parse_text`); `parse` turns those texts into parsed Docs (a `ParseCache`)."""
    from pipeline.lib.events.cues import parse_text

    texts = texts if texts is not None else {p.paragraph_no: parse_text(p.text, p.is_heading) for p in paragraphs}
    wanted = [(p.paragraph_no, t) for p in paragraphs if (t := texts.get(p.paragraph_no)) is not None]
    docs = dict(zip((no for no, _ in wanted), parse([t for _, t in wanted]), strict=True))
    state = _ArticleState(people or {}, {e.entity_id: e.type for p in paragraphs for e in p.entities})
    state.salience.committee = _the_committee(paragraphs)
    out: list[Quotation] = []
    for paragraph in paragraphs:
        out.extend(state.paragraph(paragraph, docs.get(paragraph.paragraph_no)))
    return _named_after_the_lead(out, paragraphs, state.types)


# A phrase's head ends before what qualifies it: "a committee of MPs", "a survey by Hostway".
_QUALIFIER = re.compile(r"\s(?:for|of|from|by|at|in|with|on|who|which|that)\s")


def _named_after_the_lead(rows: list[Quotation], paragraphs: Sequence[ParagraphIn], types) -> list[Quotation]:
    """A news lead gives its source by description and names it in the paragraphs after it
    ("…, a two-year study says." ¶ "The research, by security firm Preventon, …"; "…, a senior EU
    politician says." ¶ "Javier Solana said …"): a lead's speaker that a description leaves unnamed
    (or, for a person, gives only the body that owns them: "Amnesty International's chief") is the
    first person (or body named as a source, for a body, a report or a study) the next two paragraphs
    name that the lead does not. Not a spokesman (a body's voice, whoever he is) nor a group."""
    body = [p for p in paragraphs if not p.is_heading]
    if len(body) < 2:
        return rows
    lead, after = body[0], body[1:3]
    in_lead = {e.entity_id for e in lead.entities}
    out = []
    for q in rows:
        kind = _lead_description(q) if q.paragraph_no == lead.paragraph_no else None
        unnamed = q.speaker is None or (kind == "PERSON" and types.get(q.speaker) != "PERSON")
        named = _first_named_after(after, kind, in_lead) if kind and unnamed else None
        out.append(replace(q, speaker=named) if named is not None else q)
    return out


def _first_named_after(paragraphs: Sequence[ParagraphIn], kind: str, in_lead: set[str]) -> str | None:
    """The first person, or the first body named as a source, that the lead did not name."""
    return next((e.entity_id for p in paragraphs for e in p.entities if e.type == kind and e.entity_id not in in_lead
                 and (kind == "PERSON" or _as_a_source(p.text, e))), None)  # fmt: skip


_SOURCE_BEFORE = re.compile(
    r"(?:\bby|\baccording to|(?:researchers|analysts|economists|experts)\s+at)\s+(?:[\w&-]+\s+){0,4}$"
)
_SOURCE_AFTER = re.compile(
    r"(?:\s*\([^)]*\))?(?:(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:survey|report|study|research|poll|index|figures|data"
    r"|findings|analysis)|,?\s+(?:\w+ly\s+|also\s+|has\s+|have\s+)?(?:said|says|found|finds|suggests|suggested"
    r"|shows|showed|reported|reports|warned|warns|estimated|estimates|predicted|predicts|forecast|forecasts|revealed"
    r"|concluded|stated|announced|told|added|argued|surveyed|questioned|polled|interviewed|conducted|published"
    r"|commissioned|carried))\b"
)


def _as_a_source(text: str, e: EntitySpan) -> bool:
    """Whether a body is named as the one that found or said something: "a survey by CIPS", "the
    Daily Telegraph poll", "Envisional said", "researchers at BDO" (not "the Microsoft operating
    system", nor "from Enron to WorldCom")."""
    if _SOURCE_BEFORE.search(text, max(0, e.char_start - 60), e.char_start):
        return True
    # (not a body that qualifies someone else: "Stuart Rose, head of M&S, said")
    return bool(_SOURCE_AFTER.match(text, e.char_end)) and not _OF_BEFORE.search(
        text, max(0, e.char_start - 4), e.char_start
    )


_OF_BEFORE = re.compile(r"\bof\s+$")


def _lead_description(q: Quotation) -> str | None:
    """ "PERSON" or "ORG": what a speaker phrase describes without a name ("a senior EU politician",
    "Amnesty International's chief", "an anti-fraud agency", "a report"), if it is one."""
    text = q.speaker_text or ""
    words = _QUALIFIER.split(f" {text} ", maxsplit=1)[0].split()
    if words in (["research"], ["researchers"]):
        return "ORG"  # "…, according to research." ¶ "Web tracking firm Envisional said …"
    if len(words) < 2 or not (words[0].casefold() in ("a", "an", "the", "his", "her", "its", "their") or "'s" in words):
        return None
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in _SPOKES or head in RELATIONS or head == "government":
        return None
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))  # not "a witness", "the boss"
    if head in BODY_NOUNS or head in _WRITINGS:
        # (a body someone owns, "its central bank", is named after the lead only as a source, which
        # `_as_a_source` asks of every body)
        return "ORG" if not plural or head in _WRITINGS else None
    # a person by office or trade, not by an agent's shape ("Europe's biggest drugmaker" is a firm)
    return "PERSON" if head in _PERSON_WORDS and not plural else None


class _ArticleState:
    """Reads an article paragraph by paragraph, sentence by sentence, keeping what the next
    quotation may need: who was talked about (pronouns), a quotation left open, an introducer."""

    def __init__(self, people: Mapping[str, Person], types: Mapping[str, str]):
        self.salience = _Salience(people)
        self.types = types
        self.running: tuple | None = None  # (speaker, text, cue, part) of a quotation left open
        self.introducer: tuple | None = None  # (speaker, text, cue) of a paragraph ending with a colon
        self.last_quote: tuple | None = None  # (speaker, text, cue) of the last paragraph's last quotation
        self.ended_quoting = False  # and whether that paragraph's last sentence quoted someone
        self.last_reported = False  # and whether that quotation was reported speech
        self.anchor: dt.date | None = None

    def paragraph(self, paragraph: ParagraphIn, doc) -> list[Quotation]:
        text = paragraph.text
        spans = sentence_spans(text)
        # A pronoun's sentence is the sentence rule's, not the parse's: the parser may join a
        # sentence to the one before it, and a sentence with no cue is blanked and joins the next.
        self.salience.sentence_starts = [0] + [a for a, _ in spans]
        regions = quotation_regions(text)
        tokens_by_sentence: dict[int, list] = {}
        if doc is not None:
            for token in doc:
                if not token.is_space:
                    tokens_by_sentence.setdefault(_sentence_of(spans, token.idx), []).append(token)
        quoted = [r for r in regions if is_quotation(text, r, spans[_sentence_of(spans, r.open_start)])]
        rows: list[Quotation] = []
        for i, span in enumerate(spans):
            tokens = tokens_by_sentence.get(i, [])
            subject = None
            used: set[int] = set()
            last = None  # (region, verb) of the sentence's last quotation
            for region in [r for r in quoted if _sentence_of(spans, r.open_start) == i]:
                row, verb = self._direct(paragraph, spans, i, region, quoted, tokens_by_sentence, rows)
                joins = last is not None and _one_clause(text, last, region, verb, tokens, quoted)
                last = (region, verb)
                if verb is not None and _displayed(verb):
                    used.add(verb.i)
                    continue  # "The poster says “…”", "“…!” the advert said": a slogan, no one's speech
                if joins:
                    # 'insisted that "A" and "not B"': pieces of one reported clause are one row
                    rows[-1] = replace(rows[-1], char_end=row.char_end, kind=INDIRECT)
                    continue
                rows.append(row)
                if row.speaker:
                    self.salience.speakers.append(row.speaker)
                if verb is not None:
                    used.add(verb.i)
                subject = subject or row.speaker
            for row in self._indirect(paragraph, span, tokens, quoted, used):
                rows.append(row)
                self.salience.speakers.append(row.speaker)
                subject = subject or row.speaker
            main = _main_subject(tokens)
            if subject is None or self.types.get(subject) != "PERSON":
                subject = _speaker(main, paragraph, self.salience, quoted)[0] if main is not None else None
            if main is None and subject is None:
                subject = self._unparsed_heading(paragraph.text, span)
                subject = subject or self._unparsed_subject(paragraph, span, quoted)
            self._remember(paragraph, span, subject, main, quoted, rows)
        rows.sort(key=lambda q: q.char_start)
        rows = _framed_by_the_next(text, rows)
        self._carry(paragraph, spans, quoted, rows)
        return rows

    def _remember(self, paragraph, span, subject, main, quoted, rows) -> None:
        """What a sentence leaves for the pronouns, descriptions and ages of the next ones."""
        in_span = [e for e in paragraph.entities if span[0] <= e.char_start < span[1]]
        people = [e for e in in_span if e.type == "PERSON"]
        # who is named inside what someone said is what is said, not who is there to say more ("While
        # he said the panel was not snubbing Moore's film, … he said": not Moore)
        reported = [q for q in rows if q.kind == INDIRECT and span[0] <= q.char_start < span[1]]
        named = [e for e in people if not _inside(quoted, e.char_start)
                 and not any(q.char_start <= e.char_start < q.char_end for q in reported)]  # fmt: skip
        # A possessive ("To Trump’s chagrin, …") is seldom who the sentence is about; where the
        # sentence names nobody else and its own "he" or "she" goes on with someone ("The problem
        # with Mel Gibson's film, he believed, was …"), the owner is not who the next "he" means.
        if (
            named
            and all(map(paragraph.is_possessor, named))
            and _pronoun_speaks(_outside(paragraph.text, span, quoted))
        ):
            subject = None if subject in {e.entity_id for e in named} else subject
            named = []
        named.sort(key=lambda e: paragraph.text[e.char_end : e.char_end + 2] in ("’s", "'s"))
        self.salience.add_sentence(subject if self.types.get(subject) == "PERSON" else None,
                                   [e.entity_id for e in named])  # fmt: skip
        said = [q.speaker for q in rows if span[0] <= q.char_start < span[1] and self.types.get(q.speaker) == "ORG"]
        if said:
            self.salience.org_quoted = (said[-1], self.salience.sentences_read)
        for q in rows:
            if span[0] <= q.char_start < span[1] and self.types.get(q.speaker) == "OTHER":
                # a name of unknown kind that speaks ("Macrovision said") is a body for "the company
                # said" after it, ahead of a product the model typed an organisation
                self.salience.orgs.append(q.speaker)
                self.salience.org_names.setdefault(q.speaker, set()).add((q.speaker_text or "").casefold())
        self.salience.sentences_read += 1
        spoken = [q for q in rows if span[0] <= q.char_start < span[1] and self._spokesperson(q)]
        if spoken:
            noun = spoken[-1].speaker_text.split()[-1].casefold()
            sex = "F" if noun in _FEMALE_NOUNS else "M" if noun in _MALE_NOUNS else None
            self.salience.spokes = (spoken[-1].speaker, sex, len(self.salience.recent))
        elif self._new_voice(span, main, rows):
            self.salience.spokes = None  # "The man's solicitor said …. He said …": the solicitor
        sentence = paragraph.text[span[0] : span[1]]
        unnamed = [q for q in rows if span[0] <= q.char_start < span[1] and _unnamed_person(q, sentence)]
        if unnamed:
            noun = unnamed[-1].speaker_text.split()[-1].casefold()
            sex = "F" if noun in _FEMALE_NOUNS else "M" if noun in _MALE_NOUNS else None
            self.salience.unnamed = (sex, len(self.salience.recent))
        for e in people:
            start = _with_honorific(paragraph.text, e.char_start)
            if not _inside(quoted, e.char_start) and (words := description_before(paragraph.text, start, _DESCRIBING)):
                self.salience.descriptions.setdefault(e.entity_id, []).append(" ".join(words))
            if m := _STATED_AGE.match(paragraph.text, e.char_end):
                age = int(m.group(1))
                known = self.salience.ages.get(age, e.entity_id)
                self.salience.ages[age] = e.entity_id if known == e.entity_id else None
            for word in paragraph.text[e.char_start : e.char_end].split():
                self.salience.known_people.setdefault(word, e.entity_id)
        for e in in_span:
            if e.type == "ORG" and not _inside(quoted, e.char_start):
                for noun in _org_nouns_around(paragraph.text, e):
                    self.salience.org_descriptions.setdefault(noun, []).append(e.entity_id)
                for writing in _writings_made_by(paragraph.text, e):
                    self.salience.authors[writing] = e.entity_id
                self.salience.orgs.append(e.entity_id)
                name = paragraph.text[e.char_start : e.char_end].casefold()
                self.salience.org_names.setdefault(e.entity_id, set()).add(name)

    def _direct(self, paragraph, spans, i, region, quoted, tokens_by_sentence, rows):
        text = paragraph.text
        s_last = _sentence_of(spans, max(region.close_end - 1, region.open_start))
        frame = [t for j in range(i, s_last + 1) for t in tokens_by_sentence.get(j, []) if not _inside(quoted, t.idx)]
        opens_sentence = text[spans[i][0] : region.open_start].strip(" ,:;—–-") == ""
        verbs = [t for t in frame if _is_reporting(t) and t.lower_ not in CLAUSE_ONLY]
        after = [t for t in verbs if t.idx >= region.close_end]
        before = [t for t in verbs if t.idx < region.open_start]
        verb = after[0] if opens_sentence and after else before[-1] if before else after[0] if after else None
        speaker = speaker_text = cue = subject = None
        if verb is not None:
            cue = "according to" if verb.lower_ == "according" else verb.text
            inverted = opens_sentence and verb.idx >= region.close_end
            subject = _subject(verb, inverted=inverted) or _name_beside(verb, paragraph, inverted)
            speaker, speaker_text = _speaker(subject, paragraph, self.salience, quoted + _said_by(subject, region), cue)
            if subject is not None and subject.lower_ in ("he", "she") and speaker in (spoken_of := _spoken_of(
                    paragraph, region)):  # fmt: skip
                # "“Michael is in the category of players who would excite the fans,” he told BBC
                # Newcastle": whom the quotation speaks of is not who speaks it
                before = _people_before(subject, paragraph, self.salience, quoted)
                speaker = self.salience.person(_PRONOUNS[subject.lower_], before, besides=spoken_of)
        part = 1
        # Context speaks only where no frame names anyone new: "…, according to the supporters'
        # trust" is the trust's, whether or not the trust is an entity; "the spokesman added" is
        # the spokesman told of before.
        if speaker is None and (subject is None or _anaphoric(subject)):
            inherited = self._unframed(
                paragraph, spans, i, region, quoted, tokens_by_sentence, rows, opens_sentence, framed=verb is not None
            )
            if inherited is not None:
                part = inherited[3]  # a quotation over paragraphs counts its parts, named or not
            if inherited is not None and inherited[0] is not None:
                speaker, speaker_text = inherited[0], inherited[1]
                cue = cue or inherited[2]
        date = _date_in(paragraph, spans[i]) or self.anchor
        row = Quotation(
            paragraph.paragraph_no, region.start, region.end, DIRECT, speaker, speaker_text, cue, date, part
        )
        return row, verb

    def _unframed(self, paragraph, spans, i, region, quoted, tokens_by_sentence, rows, opens_sentence, framed=False):
        """(speaker, speaker text, cue, part) of a direct quotation no reporting verb frames (or,
        `framed`, one whose verb's subject names nobody new: "the spokesman added"), from its
        context; None when the context gives nobody."""
        text = paragraph.text
        starts_paragraph = text[: region.open_start].strip() == ""
        colon = text[: region.open_start].rstrip().endswith(":")
        # the paragraph's last quotation, direct or reported ("Kemp said …. “…”": Kemp goes on)
        previous = [q for q in rows if q.speaker and q.char_start < region.open_start]
        if colon and not opens_sentence:
            # "Maduro further reaffirmed the ties …: “…”": the subject of the sentence; "BBC Two
            # controller Roly Keating: “…”", a name with no verb: the person it names.
            found = self._subject_before(paragraph, tokens_by_sentence.get(i), quoted, region.open_start)
            return found or self._named_before_colon(paragraph, spans[i][0], region.open_start), None, ":", 1
        if previous and opens_sentence:
            # "“A,” he said. “B.”": the next quotation of the paragraph, same speaker.
            return previous[-1].speaker, previous[-1].speaker_text, previous[-1].cue, 1
        told = self._told_of(paragraph, spans[i - 1], quoted, rows) if not framed and opens_sentence and i > 0 else None
        if told is not None:
            # "Campbell signalled his intent to move abroad. “I'm 30 now …”": the person the
            # sentence before is about
            return told, None, None, 1
        before = tokens_by_sentence.get(i - 1) if not framed and opens_sentence and i > 0 else None
        if before and (him := self._pronoun_subject(paragraph, before, quoted)):
            # "She will not yet judge Hollywood. “I'm in the middle of it …”": the one the pronoun
            # heading the sentence before means
            return him, None, None, 1
        if (
            not before
            and not framed
            and opens_sentence
            and i > 0
            and (him := self._pronoun_heading(paragraph, spans[i - 1], quoted, region))
        ):
            return him, None, None, 1  # the same, where the sentence before has no cue and so no parse
        if starts_paragraph and self.running is not None:
            return (*self.running[:3], self.running[3] + 1)
        if starts_paragraph and self.introducer is not None:
            return (*self.introducer, 1)
        if (
            starts_paragraph
            and self.last_quote is not None
            and (self.ended_quoting or region.close_end >= len(text.rstrip()) - 1)
            and not (
                self.last_reported
                and self._named_next(paragraph, spans, region, quoted, self.last_quote[0], tokens_by_sentence)
            )
        ):
            # After a paragraph that quoted someone, a paragraph opening with a quotation that
            # nobody is named for (when it ended quoting, or this one is nothing but the
            # quotation): the same voice goes on. After reported speech, not when the next
            # sentence names someone ("Mr Hart said the hospital had let his daughter down." ¶
            # "“We are deeply sorry.” The trust's chief executive, Dr Ann Price, said …").
            return (*self.last_quote, 1)
        if colon and i > 0:
            return (self.salience.recent[-1][0] if self.salience.recent else None), None, ":", 1
        if not opens_sentence:
            # A quotation inside a sentence with no reporting verb ("He praised Mao Zedong as a
            # “great leader who …”"): the person the sentence is about.
            namer = _namer(tokens_by_sentence.get(i, []), region)
            named_by = _speaker(namer, paragraph, self.salience, quoted)[0] if namer is not None else None
            if self.types.get(named_by) in ("PERSON", "ORG"):
                # "The Tories …, with shadow chancellor Ann Rowe branding the levy a “…”": who names
                # it so, person or body, not the sentence's subject
                return named_by, None, None, 1
            found = self._subject_before(paragraph, tokens_by_sentence.get(i), quoted, region.open_start)
            if self.types.get(found) == "PERSON":
                return found, None, None, 1
            main = _main_subject(tokens_by_sentence.get(i, []), region.open_start)
            if main is not None and _it_speaks(main) and (body := self.salience.last_org_speaker(or_named=False)):
                # "It praised the singer's “rare and restless energy …”": the body quoted before (not
                # any organisation that heads a sentence: "The Vesna Union attacked the plan as a “badly
                # drafted law”" quotes the union, but a sentence's organisation as often only qualifies it)
                return body, None, None, 1
            agent = main is not None and (_someone(main) or main.lower_ in BODY_NOUNS) and main.lower_ not in _PRONOUNS
            if previous and not agent and not self._named_between(paragraph, previous[-1].char_end, region.open_start,
                                                                  quoted):  # fmt: skip
                # "Mr Howard said …. The number of Welsh MPs would be set at a level “consistent and
                # fair …”": the paragraph's reported speech goes on, nobody new named since
                return previous[-1].speaker, previous[-1].speaker_text, previous[-1].cue, 1
        return None

    def _pronoun_subject(self, paragraph, tokens, quoted) -> str | None:
        """The person a sentence's subject "he" or "she" means, when it names nobody itself and
        quotes nothing (after “…?” he asked, the question's frame is no introduction)."""
        main = _main_subject(tokens) if tokens else None
        if main is None or main.lower_ not in ("he", "she"):
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if self._named_between(paragraph, start, end, quoted) or any(start <= r.open_start < end for r in quoted):
            return None
        found = _speaker(main, paragraph, self.salience, quoted)[0]
        return found if self.types.get(found) == "PERSON" else None

    def _pronoun_heading(self, paragraph, span, quoted, region) -> str | None:
        """As `_pronoun_subject`, read from the text of a sentence the parser did not see: one that
        opens with "he" or "she" ("And she won't commit to an opinion yet."), names nobody and
        quotes nothing; not when the quotation speaks of that person ("he was at the height of his
        powers": someone speaking about him)."""
        m = _PRONOUN_HEADING.match(paragraph.text, span[0])
        if m is None or m.end() > span[1] or any(span[0] <= r.open_start < span[1] for r in quoted):
            return None
        words = set(re.findall(r"[a-z]+", paragraph.text[region.start : region.end].casefold()))
        if words & (_THIRD_PERSON["M"] if m.group(1).casefold() == "he" else _THIRD_PERSON["F"]):
            return None
        if self._named_between(paragraph, span[0], span[1], quoted):
            return None
        gender = _PRONOUNS[m.group(1).casefold()]
        if self.salience.spokesperson(gender) is not None or self.salience.unnamed_voice(gender):
            return None  # the voice of a body or of someone unnamed goes on: not a person to name
        return self._unparsed_heading(paragraph.text, span)

    def _unparsed_heading(self, text: str, span) -> str | None:
        """The person an unparsed sentence's heading "he" or "she" means: who the sentence is about,
        ahead of whom it names ("He sees Owen as the ideal replacement for Shearer. “…,” he told
        BBC Newcastle": still the manager the "he" meant, not Owen nor Shearer)."""
        m = _PRONOUN_HEADING.match(text, span[0])
        if m is None or m.end() > span[1]:
            return None
        found = self.salience.person(_PRONOUNS[m.group(1).casefold()])
        return found if self.types.get(found) == "PERSON" else None

    def _unparsed_subject(self, paragraph, span, quoted) -> str | None:
        """In a sentence the parser did not see, the person named right before a verb's past tense
        or an auxiliary, and after no preposition: its likely subject ("As their success attracted
        work for Jay-Z and Ludacris, West announced plans …": West, not Jay-Z)."""
        text = paragraph.text
        people = [e for e in paragraph.entities if e.type == "PERSON" and span[0] <= e.char_start < span[1]
                  and not _inside(quoted, e.char_start)]  # fmt: skip
        for previous, e in zip([None, *people], people, strict=False):
            if not _VERB_NEXT.match(text, e.char_end) or paragraph.is_possessor(e):
                continue
            if previous is not None and _JOINED.match(text, previous.char_end, e.char_start):
                return None  # "Knight and drum 'n' bass star Roni Size have released": no one subject
            start = _with_honorific(text, e.char_start)
            before = _LAST_WORD.search(text, max(span[0], start - 20), start)
            if not (before and before.group(1).casefold() in _PREPOSITIONS):
                return e.entity_id
        return None

    def _named_between(self, paragraph, start: int, end: int, quoted) -> bool:
        return any(e.type in ("PERSON", "ORG") and start <= e.char_start < end and not _inside(quoted, e.char_start)
                   for e in paragraph.entities)  # fmt: skip

    def _told_of(self, paragraph, span, quoted, rows) -> str | None:
        """The person a sentence is about: the one person it names outside quotation marks, named
        as its subject ("Mr Brown outlined …", "Writing in the Guardian, Mr Brown outlined …"; not
        "… were joined by Taylor"); nobody when the sentence gives someone else's words ("Jaynes
        amassed $24m, prosecutors said")."""
        text = paragraph.text
        people = [e for e in paragraph.entities if e.type == "PERSON" and span[0] <= e.char_start < span[1]
                  and not _inside(quoted, e.char_start)]  # fmt: skip
        if len({e.entity_id for e in people}) != 1:
            return None
        person = people[0].entity_id
        opening = text[span[0] : _with_honorific(text, people[0].char_start)].strip(" “”\"'")
        # or the one it introduces by a role at its very end ("… grew out of research by its
        # director Dr Alastair Sibbald. “We are basically trying …”"; not "… were joined on stage
        # by Ms Tarrant.", someone the sentence is not about)
        last = people[-1]
        closing = text[last.char_end : span[1]].strip() in (".", "") and bool(
            description_before(text, _with_honorific(text, last.char_start), _DESCRIBING)
        )
        if opening and not (opening.endswith(",") and "," not in opening[:-1]) and not closing:
            return None
        if any(span[0] <= q.char_start < span[1] and q.speaker != person for q in rows):
            return None
        return person

    def _named_next(self, paragraph, spans, region, quoted, speaker: str, tokens_by_sentence) -> bool:
        """Whether the sentence after a quotation gives someone the word: it has a reporting verb
        and names a person or an organisation outside quotation marks other than `speaker`, the
        one a reader expects the quotation to be given to ("“We are deeply sorry.” The trust's
        chief executive, Dr Ann Price, said …"; not "“…” Media observers had been surprised by
        Greer's decision to join the Channel 4 show", nor "“…” Greer's decision …")."""
        after = [j for j, (a, _) in enumerate(spans) if a >= region.close_end]
        if not after:
            return False
        start, end = spans[after[0]]
        if not any(_is_reporting(t) for t in tokens_by_sentence.get(after[0], [])):
            return False
        return any(e.type in ("PERSON", "ORG") and start <= e.char_start < end and not _inside(quoted, e.char_start)
                   and e.entity_id != speaker for e in paragraph.entities)  # fmt: skip

    def _named_before_colon(self, paragraph, start: int, opening: int) -> str | None:
        """The person a verbless introducer names just before its colon ("BBC Two controller Roly
        Keating: “…”"); not one it addresses or talks about ("The message from protesters to
        Prime Minister Boris Johnson:", "ten Hag's verdict on Marcus Rashford:")."""
        text = paragraph.text
        last = [e for e in paragraph.entities if e.type == "PERSON" and start <= e.char_start
                and e.char_end <= opening and text[e.char_end : opening].strip(" :") == ""]  # fmt: skip
        if not last:
            return None
        lowered = [w for w in _WORD.findall(text[start : last[-1].char_start]) if not w[:1].isupper()]
        return None if lowered and lowered[-1] in _BEFORE_NAMED else last[-1].entity_id

    def _subject_before(self, paragraph, tokens, quoted, before: int) -> str | None:
        return self._sentence_subject(paragraph, tokens, quoted, before) if tokens else None

    def _indirect(self, paragraph, span, tokens, quoted, used):
        text = paragraph.text
        for verb in tokens:
            if verb.i in used or not (_is_reporting(verb) or _finding(verb, paragraph)) or _inside(quoted, verb.idx):
                continue
            if _unsaid(verb):
                continue
            split_name = None
            if verb.lower_ == "according":
                clause = [t for t in tokens if t.i > max(c.i for c in verb.subtree)]
                if not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "compound" for t in clause):
                    # "…, according to the regulator Ofcom.": the clause before it (also when the
                    # parser left part of the source outside the phrase: "according to lender B&B
                    # and housebuilder George Wimpey" is no clause of its own)
                    clause = [t for t in tokens if t.i < verb.i]
                elif (split := _name_split_off(clause, paragraph)) is not None:
                    split_name, clause = split
            else:
                clause = _clause_tokens(verb, tokens)
            clause = _trimmed([t for t in clause if not t.is_space])
            if not clause:
                continue
            start, end = clause[0].idx, _end_of(clause, text)
            while start < end and text[start] in " ,:;":
                start += 1
            if end - start < 8 or any(r.open_start < end and start < r.close_end for r in quoted):
                continue
            if _a_topic(verb, clause):
                continue
            subject = split_name or _subject(verb)
            if subject is None and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
                # "…, claimed the union organisation.": after its clause the verb's subject follows it
                subject = _subject(verb, inverted=True)
            if subject is None and (named := _named_after(verb)) is not None:
                # "On a larger scale, said Mr Trainor, improvements …": the speaker between commas,
                # which the parser made the reported clause's subject
                subject, clause = named, [t for t in clause if t.i > named.i + 1]
                if not clause:
                    continue
                start = max(start, clause[0].idx)
            if subject is None and (subject := _name_beside(verb, paragraph, inverted=False)) is not None:
                # "Others include X and Y, the party's chief Lord Z said.": the parser joined the
                # speaker to the clause's list; the clause ends before the speaker's phrase
                if any(t.i == subject.i for t in clause):
                    clause = [t for t in clause if t.i < subject.left_edge.i]
                    end = min(end, _end_of(clause, text))
                    if end - start < 8:
                        continue
            if subject is None or (subject.lower_ in _EXPLETIVE and not _it_speaks(subject)):
                continue
            if subject.dep_ == "nsubjpass" and subject.head.i == verb.i:
                continue  # "Mr Khan was asked to leave", "he was told that …": the one asked or told
            if verb.lower_ == "asked" and not _own_subject(verb) and verb.i == _first_word(verb).i:
                continue  # "Asked whether she would stand again, Ms Dale said …": the question put to her
            relative = verb.dep_ == "relcl" and subject.i == verb.head.i
            cue = "according to" if verb.lower_ == "according" else verb.text
            # the people named inside the reported clause are what is said, not who says it ("The
            # image portrayed Mr Howard as a hypnotist, he argued")
            told = [*quoted, *_told_around(verb, start, end)]
            speaker, speaker_text = _speaker(subject, paragraph, self.salience, told, cue)
            unnamed = subject.lower_ in _PRONOUNS and self.salience.unnamed_voice(_PRONOUNS[subject.lower_])
            if speaker is None and (subject.pos_ == "PRON" or subject.lower_ in _PRONOUNS or relative) and not unnamed:
                continue  # "We previously reported that …", "the Act, which confirmed …": nobody to attribute it to
            if (
                speaker is None
                and _singular(subject.lower_) in _WRITINGS
                and (not _is_reporting(verb) or subject.lower_ not in _WRITINGS)
            ):
                continue  # what figures or a survey of nobody named showed: a finding, no one's words
            if speaker is None and subject.lower_ in _DATA:
                continue  # "according to figures", "recent rumours suggested": data or talk nobody owns
            date = _date_in(paragraph, span) or self.anchor
            yield Quotation(paragraph.paragraph_no, start, end, INDIRECT, speaker, speaker_text, cue, date)

    def _new_voice(self, span, main, rows) -> bool:
        """Whether a sentence gives the word to someone other than a named person or a body: its
        subject or a quotation's speaker phrase is a person by role or relation ("The man's
        solicitor said", "The worker's brother told the BBC")."""
        # a person quoted by role or by name (an organisation's voice cannot be "he")
        phrases = [q.speaker_text for q in rows if span[0] <= q.char_start < span[1] and q.speaker_text
                   and self.types.get(q.speaker) in (None, "PERSON")]  # fmt: skip
        if any(p.split()[0].casefold() not in _PRONOUNS for p in phrases):
            return True
        return main is not None and main.pos_ == "NOUN" and _someone(main) and main.lower_ not in BODY_NOUNS

    def _spokesperson(self, row: Quotation) -> bool:
        """Whether an organisation's unnamed spokesman said it ("A Labour spokesman said …")."""
        words = (row.speaker_text or "").split()
        return bool(words) and words[-1].casefold() in _SPOKES and self.types.get(row.speaker) == "ORG"

    def _sentence_subject(self, paragraph, tokens, quoted, before: int | None = None) -> str | None:
        """The person or organisation the sentence is about: its main verb's subject."""
        main = _main_subject(tokens, before)
        return _speaker(main, paragraph, self.salience, quoted)[0] if main is not None else None

    def _carry(self, paragraph, spans, quoted, rows) -> None:
        """What the next paragraph may continue."""
        text = paragraph.text.rstrip()
        direct = [q for q in rows if q.kind == DIRECT]
        self.running = None
        if quoted and not quoted[-1].closed and direct and direct[-1].char_start == quoted[-1].start:
            q = direct[-1]
            self.running = (q.speaker, q.speaker_text, q.cue, q.part)
        self.introducer = None
        if text.endswith(":") and spans and self.salience.recent:
            last = [e for e in paragraph.entities if spans[-1][0] <= e.char_start]
            if last or self.salience.recent:
                self.introducer = (self.salience.recent[-1][0], None, ":")
        # The paragraph's last quotation, direct or reported: "Andy Richards said the leaflet was …"
        # ¶ "“The people of Swansea will not put up with this.”" goes on with Andy Richards.
        last = rows[-1] if rows else None
        if last is not None and last.kind == INDIRECT and self.types.get(last.speaker) != "PERSON":
            last = None  # an organisation's report does not give a bare quotation its voice
        self.last_quote = (last.speaker, last.speaker_text, last.cue) if last and last.speaker else None
        self.last_reported = last is not None and last.kind == INDIRECT
        self.ended_quoting = last is not None and last.char_end >= _last_sentence_start(spans)
        days = [d.date for d in paragraph.dates]
        if days:
            self.anchor = days[-1]


def _framed_by_the_next(text: str, rows: list[Quotation]) -> list[Quotation]:
    """ "“A.” “B,” said X.": a quotation with no frame of its own, with nothing but its marks and a
    space before the next, framed one, is that one's speaker's."""
    out = list(rows)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        between = text[first.char_end : second.char_start]
        if (first.kind == second.kind == DIRECT and first.speaker is None and first.cue is None
                and second.speaker is not None and between.strip(" \"“”") == ""):  # fmt: skip
            out[i] = replace(first, speaker=second.speaker, speaker_text=second.speaker_text, cue=second.cue)
    return out


def _last_sentence_start(spans) -> int:
    return spans[-1][0] if spans else 0


def _date_in(paragraph: ParagraphIn, span: tuple[int, int]) -> dt.date | None:
    inside = [d.date for d in paragraph.dates if span[0] <= d.char_start < span[1]]
    return inside[0] if inside else None
