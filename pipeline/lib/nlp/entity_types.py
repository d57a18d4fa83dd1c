"""Entity types from the shape of a name, and the vote that decides a name's type.

The small spaCy model labels one name differently from one sentence to the next ("Chelsea" PERSON,
ORG, GPE; "Lib Dems" PERSON). A name's head word often settles what it is, whatever the label:

* ORG: "… Party", "… Dems", "… Sport/News/Radio/TV", "… Inc/Corp/Ltd/plc/Co/Group/Bank/Council…",
  "Bank of …", "Ministry of …", "University of …", and people in the plural ("Law Lords",
  "Chemical Brothers");
* EVENT: "… Meeting/Summit/Forum/Conference/Cup/Championship(s)/Award(s)/Olympics/Marathon/
  Festival/Day/Lecture…", "… Games" only after Olympic/Commonwealth/Paralympic… ("Argonaut Games" is
  a company); not a forum of its members ("Employers' Forum", a body);
* PLACE: "… Hall/Square/Park/Palace/Street/Avenue/Bridge/Airport/Stadium/Port…".

Where the shape says nothing, the labels vote (`vote_type`): the votes of the mention's own article
first, so one name keeps one type within an article, with the corpus-wide share as a tie-breaker
worth a little more than one vote.
"""

from __future__ import annotations

import re
from collections import Counter

# A firm named by its trade ("Eldon Foods", "Huaxin Automotive", "Norvik Energy", "Sinoking
# Chemical"): names the small model types as people when it has not seen them. (Not "Steel" nor
# "Power", which are family names too.)
_INDUSTRY_HEADS = frozenset(
    """foods automotive energy petroleum petrochemical petrochemicals chemical chemicals pharmaceuticals mining
    minerals logistics shipping
    insurance investments ventures breweries brewery electronics semiconductor semiconductors aviation
    aerospace textiles telecoms healthcare oil gas""".split()
)
_ORG_HEADS = frozenset(
    """party parties dems democrats republicans sport news radio tv television inc inc. corp corp. corporation ltd
    ltd. plc co co. llc ag sa gmbh group bank council ministry department office committee commission association
    federation confederation union league club fc institute institution university college school academy agency
    authority board trust foundation society company companies industries holdings partners technologies
    systems software entertainment pictures studios records airways airlines motors communications telecom
    securities exchange reserve guild parliament assembly senate congress police army navy government
    organisation organization network networks service services times post telegraph guardian observer
    herald mirror express journal gazette tribune united rovers wanderers athletic albion hotspur""".split()
) | frozenset(
    # a name headed by people in the plural is a body or a band of them: "Law Lords", "Chemical
    # Brothers", "Scissor Sisters", "Beastie Boys", never one person
    "lords peers justices bishops cardinals brothers sisters boys girls".split()
)
# Heads that alone are no body of the story: a newspaper's title word, a plural of people, a
# club's suffix ("United" is a club's name too, not the one club named), a party (named as often
# without the word: "the Tories", "Labour").
_NOT_ALONE = frozenset(
    """news sport radio tv television inc inc. corp corp. ltd ltd. plc co co. llc ag sa gmbh times post telegraph
    guardian observer herald mirror express journal gazette tribune united rovers wanderers athletic albion hotspur
    fc lords peers justices bishops cardinals brothers sisters boys girls dems democrats republicans party
    parties""".split()
)
_ORG_HEADS |= _INDUSTRY_HEADS
_NOT_ALONE |= _INDUSTRY_HEADS  # ("the energy" is no one firm)
_ORG_OPENERS = frozenset(
    "bank ministry department university college institute office commission council federation church".split()
)
_EVENT_HEADS = frozenset(
    """meeting summit forum conference congress cup championship championships award awards olympics
    marathon festival day lecture ceremony expo fair tournament open grand prix war election elections
    referendum prix""".split()
)
# The words of a government portfolio in an office's title ("Foreign", "Defence", "Public Security",
# "Minister of Development, Industry and Trade", "Minister of People's Power for Communes").
PORTFOLIO_WORDS = frozenset(
    """foreign defence defense interior finance trade economy economic health justice home energy education
    transport agriculture environment labour labor culture tourism industry affairs external relations public
    security development planning information communications fisheries sport sports youth social welfare
    works housing science technology digital commerce cooperation international mines mining national
    constitutional legal innovation investment women family employment telecommunications electronics
    commonwealth people's power higher research infrastructure water resources natural climate work pensions""".split()
)
# What joins a portfolio's words: "Industry and Trade", "Women, Family and Youth", "Sport & Culture",
# "Minister for Youth for Sport".
PORTFOLIO_JOINERS = frozenset({"and", "&", ",", "for"})
_GAMES_MODIFIERS = frozenset("olympic olympics commonwealth paralympic asian winter summer pan".split())
PLACE_HEADS = frozenset(
    """hall square park palace street avenue road bridge airport stadium port grove lane gardens
    arena theatre theater cathedral abbey castle""".split()
)
# Heads that are both: "Congress" is a body, "the People's Congress" too; "Conference" an event.
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")


def _words(name: str) -> list[str]:
    return [w.casefold().strip(".,’'") for w in re.split(r"[\s\-]+", name) if w]


# Words that open a body's name in Spanish, Portuguese, French and Italian, whose head comes first
# ("Frente Amplio", "Partido dos Trabalhadores", "Movimiento al Socialismo", "Rassemblement national").
_BODY_OPENERS_IN_OTHER_TONGUES = frozenset(
    "frente partido partito parti movimiento movimento mouvement rassemblement sindicato confederación "
    "confédération unión união".split()
)


def shape_type(name: str) -> str | None:
    """ORG, EVENT or PLACE when the name's head or opening word says so; else None."""
    words = _words(re.sub(r"\s+(?:19|20)\d\d$", "", name.strip()))
    if len(words) < 2:
        return None
    head, first = words[-1], words[0]
    if head == "games":
        return "EVENT" if any(w in _GAMES_MODIFIERS for w in words[:-1]) else "ORG"
    if head == "forum" and re.search(r"s['’]\s+Forum$", name.strip(), re.IGNORECASE):
        return "ORG"  # a forum of its members is a body: "Employers' Forum", "Music Managers' Forum"
    if head in _EVENT_HEADS:
        # "Fourth Ministerial Meeting", "17th BRICS Summit", "Holocaust Memorial Day"; but a
        # congress without an ordinal is the body ("National People's Congress").
        return "ORG" if head == "congress" and not _ORDINAL.match(first) else "EVENT"
    if head in _ORG_HEADS or first in _ORG_OPENERS and "of" in words:
        return "ORG"
    if head in PLACE_HEADS:
        return "PLACE"
    if first in _BODY_OPENERS_IN_OTHER_TONGUES and "contra" not in words:
        # "Frente Amplio", "Partido Comunista de Cuba", "Parti socialiste": the head opens (a
        # "partido contra …" is a match against someone: "Partido contra la Pobreza")
        return "ORG"
    return None


# A party's member word ("Liberal Democrat", "Social Democrat", "Ulster Unionist"): what one of its
# members is called, or an adjective ("the Liberal Democrat leader"), never one person, whatever
# the labels vote (the model tags it PERSON as often as not).
_MEMBER_HEADS = frozenset("democrat republican socialist unionist nationalist".split())


def names_a_body(word: str) -> bool:
    """A word that ends a body's name ("Party", "Holdings", "Foods", "Sisters"), alone or not."""
    return word.casefold() in _ORG_HEADS


def org_head(word: str) -> bool:
    """A word that is a kind of body ("Federation", "Commission", "Party"), which a story writes
    alone for the body of that kind it named in full."""
    return word.casefold() in _ORG_HEADS and word.casefold() not in _NOT_ALONE


# A party by its members, in the plural, as a subject or object acts ("Democrats have accused the
# president", "the Republicans blocked the bill"): the party, not a people.
_PARTY_BY_ITS_MEMBERS = frozenset("democrats republicans socialists communists".split())


def party_by_its_members(name: str) -> bool:
    return name.casefold() in _PARTY_BY_ITS_MEMBERS


def party_member_word(name: str) -> bool:
    words = _words(name)
    return len(words) >= 2 and words[-1] in _MEMBER_HEADS


def vote_type(article_votes: Counter, corpus_votes: Counter, order: tuple[str, ...]) -> str:
    """The article's majority type; the corpus-wide share (worth 1.5 votes in all) breaks ties and
    overrules a single stray label."""
    total = sum(corpus_votes.values()) or 1
    scores = {
        t: article_votes.get(t, 0) + 1.5 * corpus_votes.get(t, 0) / total
        for t in set(article_votes) | set(corpus_votes)
    }
    # (the type's own name breaks a last tie: a set's order changes with the hash seed)
    return min(scores, key=lambda t: (-scores[t], order.index(t) if t in order else len(order), t))
