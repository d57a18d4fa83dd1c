"""Span refinement before resolution, with the paragraphs at hand: a model span holding two names
is cut into one mention per name.

* a person's span opening with a country's demonym ("Kenyan Susan Chepkemei") is the country and
  the person;
* an organisation's span opening with a country's name, where the rest is a known name ("US Federal
  Reserve" beside "the Federal Reserve"), is the country and the organisation;
* a span joining known names by "and", "&" or commas ("Duchy of Lancaster and Duchy of Cornwall") is
  one mention per name.

The first part keeps the span's mention id; the others get `<article>:<paragraph>:<start>` ids, and
every part has `source` "split".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.lib.nlp.countries import is_demonym, iso3_for
from pipeline.lib.nlp.entity_types import PORTFOLIO_WORDS, shape_type
from pipeline.lib.nlp.gender import is_given_name
from pipeline.lib.nlp.names import clean_surface, family_name_first, is_title
from pipeline.lib.nlp.places import country_of_a_known_city
from pipeline.lib.nlp.rematch import words_of

if TYPE_CHECKING:
    from pipeline.lib.nlp.resolve import MentionIn


def split_demonyms(mentions: list[MentionIn]) -> list[MentionIn]:
    """A person span opening with a country's demonym ("Kenyan Susan Chepkemei") is two mentions:
    the demonym (a mention of the country, keeping the span's id) and the person."""
    out = []
    for m in mentions:
        words = m.text.split()
        if (
            m.label == "PERSON"
            and m.char_start is not None
            and len(words) >= 3
            and words[0][:1].isupper()
            and words[1][:1].isupper()
            and is_demonym(words[0])
        ):
            cut = m.text.index(words[1], len(words[0]))
            start = m.char_start + cut
            out.append(replace(m, text=words[0], label="NORP", char_end=m.char_start + len(words[0]), source="split"))
            out.append(
                replace(
                    m,
                    mention_id=f"{m.article_id}:{m.paragraph_no}:{start}",
                    text=m.text[cut:],
                    char_start=start,
                    source="split",
                )
            )
        else:
            out.append(m)
    return out


_CONJOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def split_country_prefix(mentions: list[MentionIn], known_words: set) -> list[MentionIn]:
    """An organisation's span opening with a country's name or abbreviation, where the rest is a
    name known on its own ("US Federal Reserve" beside "the Federal Reserve"), is the country and
    the organisation; the country keeps the span's id."""
    out = []
    for m in mentions:
        words = m.text.split()
        if m.char_start is None or m.label != "ORG" or len(words) < 3 or not words[0][:1].isupper():
            out.append(m)
            continue
        rest = m.text[len(words[0]) :].lstrip()
        if not (iso3_for(words[0]) and words_of(rest) in known_words):
            out.append(m)
            continue
        out.extend(_country_and_the_rest(m, words[0], rest))
    return out


def _country_and_the_rest(m: MentionIn, country: str, rest: str) -> list[MentionIn]:
    """A span split after its first word, a country's name: the country keeps the span's id."""
    start = m.char_start + len(m.text) - len(rest)
    return [
        replace(m, text=country, label="GPE", char_end=m.char_start + len(country), source="split"),
        replace(m, mention_id=f"{m.article_id}:{m.paragraph_no}:{start}", text=rest, char_start=start, source="split"),
    ]


_OWNERS_S = re.compile(r"['’]s\s+(?=[A-Z])")


def split_possessors(mentions: list[MentionIn], known_words: set) -> list[MentionIn]:
    """A span holding an owner and what is theirs ("Türkiye's Foreign Ministry", "the European
    Union's Special Representative", "Roma's Olivier Dacourt") is two mentions, where the owner is a
    country or a name known on its own, and what follows is a body by its shape, an office, or a
    known name: the owner keeps the span's id. ("New Year's Day", "the People's Party" stay whole.)"""
    out = []
    for m in mentions:
        found = _OWNERS_S.search(m.text) if m.char_start is not None else None
        owner = clean_surface(m.text[: found.start()], person=False).text if found else ""
        rest = m.text[found.end() :] if found else ""
        country = bool(owner) and iso3_for(owner) is not None
        # (a one-word known name may be a word of a firm's own: "Foster's Group", "Bill Cosby's TV")
        known = len(rest.split()) >= 2 and words_of(rest) in known_words
        theirs = known or is_title(rest) or shape_type(rest) == "ORG"
        if not found or not rest or not (country or words_of(owner) in known_words) or not theirs:
            out.append(m)
            continue
        start = m.char_start + found.end()
        label = "GPE" if country else m.label
        out.append(replace(m, text=m.text[: found.start()], label=label, char_end=m.char_start + found.start(),
                           source="split"))  # fmt: skip
        out.append(replace(m, mention_id=f"{m.article_id}:{m.paragraph_no}:{start}", text=rest, char_start=start,
                           source="split"))  # fmt: skip
    return out


# A place or a body, then "by" and a capitalised name: a span the model ran on over a passive's
# agent ("received at the Great Hall of the People by Li Changjun").
_BY_A_NAME = re.compile(r" by (?=[A-Z][\w'’-]+ [A-Z])")
_PLACES_AND_BODIES = frozenset({"FAC", "LOC", "GPE", "ORG"})


def split_agents(mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str]) -> list[MentionIn]:
    """A place's or a body's span that runs on over "by" and a name of two capitalised words or more
    is two mentions: the place keeps the span's id and label, the name after "by" is typed on its
    own (`_label_of_an_agent`). A work's title keeps its "by" ("Stand by Me" is no place)."""
    out = []
    for m in mentions:
        found = _BY_A_NAME.search(m.text) if m.char_start is not None and m.label in _PLACES_AND_BODIES else None
        if found is None:
            out.append(m)
            continue
        start = m.char_start + found.end()
        agent = m.text[found.end() :]
        out.append(replace(m, text=m.text[: found.start()], char_end=m.char_start + found.start(), source="split"))
        label = _label_of_an_agent(agent, paragraphs.get((m.article_id, m.paragraph_no), "")[m.char_end :])
        out.append(replace(m, mention_id=f"{m.article_id}:{m.paragraph_no}:{start}", text=agent, char_start=start,
                           label=label, source="split"))  # fmt: skip
    return out


# An office set off after a name: "…, a member of the Standing Committee", "…, president of …".
_OFFICE_SET_OFF_AFTER = re.compile(
    r",\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:member|[a-z]*(?:president|minister|secretary|chairman|chairwoman|director|head|leader|governor|mayor))\b"
)


def _label_of_an_agent(name: str, after: str) -> str:
    """A body's by its shape; a person's where the name opens with a given name, an office is set
    off after it ("by Li Changjun, a member of …"), or it is two or three plain words none of which
    says a country, a city or a time ("by Jia Qinglin": a surname first); else none, for the name's
    other mentions to type it (not "welcomed … by Chinese New Year crowds", "by Beijing Time noon")."""
    if shape_type(name) == "ORG":
        return "ORG"
    if is_given_name(name.split()[0]) or _OFFICE_SET_OFF_AFTER.match(after):
        return "PERSON"
    words = name.split()
    plain = 2 <= len(words) <= 3 and all(_plain(w) for w in words)
    placed = any(iso3_for(w) or is_demonym(w) or country_of_a_known_city(w) for w in words)
    # (and a name that ends where the phrase does, not one that describes a noun after it: "by Mardi
    # Gras dancers", "by Red Cross volunteers")
    closed = _AGENT_CLOSED.match(after) is not None
    timed = bool({w.casefold() for w in words} & _TIME_WORDS)
    return "PERSON" if plain and closed and not placed and not timed else "MISC"


_AGENT_CLOSED = re.compile(r"\s*(?:[,.;:)]|(?:on|in|at|and|who|during|after|before|for)\b|$)")


# Words of a time written capitalised, which make a name after "by" no one's ("Chinese New Year").
_TIME_WORDS = frozenset("time year day eve new noon night morning".split())


_COMMA_LIST = re.compile(r"[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*(?:, [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*)+")
_NOT_A_NAME_AFTER_COMMA = frozenset("inc inc. ltd ltd. plc llc co co. corp corp. jr jr. sr sr. ii iii".split())


def _comma_list(text: str, parts: list[str]) -> bool:
    """Capitalised names joined by commas only: "Napster, Musicmatch", "Washington, DC", "the
    Republic, Tomas Mendez Ruiz" (an office's body and its holder, as agency copy sets them off)."""
    text = text.removeprefix("the ")
    return bool(_COMMA_LIST.fullmatch(text)) and not any(p.casefold() in _NOT_A_NAME_AFTER_COMMA for p in parts)


def _label_of_a_part(m: MentionIn, part: str, first: bool) -> str:
    """The second of two parts after a body written with "the" is its holder's name where it opens
    with a given name ("the Republic, Tomas Mendez Ruiz"); any other part keeps the span's label
    (not "Livingstone, Victoria Falls", "Waitrose, John Lewis")."""
    words = part.split()
    holder = m.text.startswith("the ") and m.text.count(",") == 1 and not first
    return "PERSON" if holder and len(words) >= 2 and is_given_name(words[0]) else m.label


def split_conjoined(mentions: list[MentionIn], known_words: set) -> list[MentionIn]:
    """A model span that is two or more known names joined by "and", "&" or commas ("Duchy of
    Lancaster and Duchy of Cornwall") is one mention per name; so is a list of capitalised names
    joined by commas alone, known or not ("Napster, Musicmatch"), unless a part is a company
    suffix or a generation ("Apple Computer, Inc.", "Sammy Davis, Jr."). The first keeps the span's id."""
    out = []
    for m in mentions:
        parts = _CONJOINED.split(m.text) if m.char_start is not None else [m.text]
        if len(parts) < 2 or not (
            all(p.strip() and (words_of(clean_surface(p, person=False).text) or ()) in known_words for p in parts)
            or _comma_list(m.text, parts)
        ):
            out.append(m)
            continue
        cursor = 0
        for k, part in enumerate(parts):
            offset = m.text.index(part, cursor)
            cursor = offset + len(part)
            start = m.char_start + offset
            mention_id = m.mention_id if k == 0 else f"{m.article_id}:{m.paragraph_no}:{start}"
            out.append(replace(m, mention_id=mention_id, text=part, char_start=start, char_end=start + len(part),
                               label=_label_of_a_part(m, part, k == 0), source="split"))  # fmt: skip
    return out


# ---------------------------------------------------------------- names the model cut short


def _plain(word: str) -> bool:
    """A plain capitalised word, in any Latin script's letters: "Kentish", "Andrés", "Łukasz"
    (an ASCII "[A-Z][a-z]+" left "Andrés Felipe" + "Gaitán Mora" two people)."""
    return len(word) >= 2 and word.isalpha() and word[0].isupper() and word[1:].islower()


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)(?![\w'’-])")
_PREVIOUS_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")
_RUN_WORD = re.compile(r"[A-Z][\w'’.]*")  # a capitalised word before: the name may start earlier
_AND_WORD = re.compile(r" and ([A-Z][a-z]+)(?![\w'’-])(?! [A-Z])")
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)
# Capitalised inside titles of works ("How Green Was My Valley"), never a name's own word.
# Prepositions written capitalised inside a body's name ("Reporters Without Borders", "Campaign
# Against Arms Trade", "Médecins Sans Frontières").
_NAME_INNER_WORDS = frozenset("Without Against Sans Sin Beyond Across".split())
_FUNCTION_WORDS = frozenset("And Or But From My Of The In On At To For With By Is It As An".split())


def _name_word(word: str, vocab) -> bool:
    """A plain capitalised word that can belong to a name: not a title, weekday, month, function
    word, country or demonym, nor a description the corpus writes before names ("striker")."""
    return (
        _plain(word)
        and word not in _CALENDAR
        and word not in _FUNCTION_WORDS
        and not is_title(word)
        and not iso3_for(word)
        and not (vocab is not None and vocab.is_description(word))
    )


def opens_a_sentence(text: str, start: int) -> bool:
    """Does the word at `start` open its sentence (where a capital says nothing of a name)?"""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\"“”‘’'("


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return opens_a_sentence(text, start) or bool(_RUN_WORD.fullmatch(before.split()[-1]))


def _widened(m: MentionIn, text: str, start: int, end: int) -> MentionIn:
    return replace(m, text=text[start:end], char_start=start, char_end=end, source="joined")


def join_cut_names(
    mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str], vocab=None, absorbed: list | None = None
) -> list[MentionIn]:
    """Model spans that stop inside a name are widened to it (`source` "joined"):

    * two spans of one label, a single plain word and the next, separated by one space, are one
      name ("Kentish" + "Town"); never across a possessive, a country or an all-capitals word;
    * two person spans of name words one space apart are one person ("Mauricio Jaramillo" +
      "Jassir"): prose never writes two people side by side with nothing between;
    * a one-word person span takes a glued plain word the corpus mostly writes capitalised
      ("Edith" + Masai, Charlize + "Theron"); a person span at a sentence's start takes the word
      before it that the corpus never writes in lowercase and writes alone too ("Choe" + Myong Su);
    * an organisation's or event's span takes the plain capitalised word glued in front of it
      inside a sentence ("the Just Add Monsters base": English capitalises no other word there);
    * a span ending in a possessive takes a head noun that follows it ("St James's" + Palace);
    * a span ending in "of X" takes " and Y" when Y is a last capitalised word ("Hogwarts School of
      Witchcraft" + and Wizardry);
    * a one-word place span that is a given name takes the person's name right after it
      ("Salvador" + "Medina Cárdenas").

    The second span of a merged pair is appended to `absorbed` as (its id, the id it joined)."""
    by_paragraph: dict[tuple[str, int], list[MentionIn]] = {}
    out: list[MentionIn] = []
    for m in mentions:
        key = (m.article_id, m.paragraph_no)
        if m.char_start is None or key not in paragraphs:
            out.append(m)
        else:
            by_paragraph.setdefault(key, []).append(m)
    for key, here in by_paragraph.items():
        text = paragraphs[key]
        here.sort(key=lambda m: m.char_start)
        starts = {m.char_start for m in here}
        ends = {m.char_end for m in here}
        merged: list[MentionIn] = []
        for m in here:
            prev = merged[-1] if merged else None
            if prev is not None and any(cut(prev, m, text, vocab) for cut in _CUTS):
                merged[-1] = _widened(prev, text, prev.char_start, m.char_end)
                if m.label == "PERSON":  # (the person's label wins: "Salvador" + "Medina Cárdenas")
                    merged[-1] = replace(merged[-1], label="PERSON")
                if absorbed is not None:
                    absorbed.append((m.mention_id, prev.mention_id))
                continue
            merged.append(_extend(m, text, starts, ends, vocab))
        out.extend(merged)
    return out


def _one_name_cut(prev: MentionIn, m: MentionIn, text: str, vocab=None) -> bool:
    """ "Kentish" + "Town": two spans of one label, a single plain word and the next, one space
    apart; never across a possessive, a country or an all-capitals word."""
    return (
        prev.label == m.label
        and text[prev.char_end : m.char_start] == " "
        and _plain(prev.text)
        and not m.text.isupper()
        and not m.text.startswith(("The ", "the "))
        and not iso3_for(prev.text)
        and not iso3_for(clean_surface(m.text, person=False).text)
    )


def _person_cut_before(prev: MentionIn, m: MentionIn, text: str, vocab) -> bool:
    """ "Henk Ten" (PERSON) + "Cate" (ORG): a person's span followed, one space on, by a one-word
    span of another label is the rest of the person's name. Prose puts a comma, a verb or a
    possessive between a person and a body or place; a name word the corpus writes capitalised,
    not a country, title or body's kind, carries no such mark."""
    return (
        prev.label == "PERSON"
        and m.label != "PERSON"
        and text[prev.char_end : m.char_start] == " "
        and all(_plain(w) for w in prev.text.split())
        and _name_word(m.text, vocab)
        and _capitalised(m.text, vocab)
        and shape_type(f"X {m.text}") is None
    )


def _person_cut_in_two(prev: MentionIn, m: MentionIn, text: str, vocab) -> bool:
    """ "Mawlawi Amir" + "Khan Muttaqi", "Susilo Bambang" + "Yudhoyono": two person spans one space
    apart, every word a capitalised name word (the first may open with a title); not "Said Mr" +
    "Fogg", "Sex Pistol" + "John Lydon", where the corpus writes a word of the first in lowercase."""
    first, second = prev.text.split(), m.text.split()
    return (
        prev.label == m.label == "PERSON"
        and len(first) >= 2
        and text[prev.char_end : m.char_start] == " "
        and _name_word(first[-1], vocab)
        and all(_name_word(w, vocab) or is_title(w) for w in first)
        and all(_name_word(w, vocab) for w in second)
        and all(_capitalised(w, vocab) for w in first + second)
    )


def _given_name_taken_for_a_place(prev: MentionIn, m: MentionIn, text: str, vocab) -> bool:
    """ "Salvador" (GPE) + "Medina Cárdenas" (PERSON): a one-word place span that is a given name,
    one space before a person's name of two or three name words, is that person's given name; not
    after a word that makes it a place ("in Georgia Bush said", "against Chelsea Frank Lampard
    scored")."""
    before = text[: prev.char_start].split()[-1:]
    return (
        prev.label in ("GPE", "LOC")
        and m.label == "PERSON"
        and text[prev.char_end : m.char_start] == " "
        and _plain(prev.text)
        and is_given_name(prev.text)
        and 2 <= len(m.text.split()) <= 3  # (a full name after it: "Newton" + "Aycliffe" is a town)
        and all(_name_word(w, vocab) for w in m.text.split())
        and not iso3_for(prev.text)  # "Georgia Mikheil Saakashvili": the country, then the name
        and not (before and (before[0][:1].islower() or before[0].casefold() in _PLACE_WORDS))
    )


# Words before a place that make it one, capitalised when they open a sentence ("In Georgia …").
_PLACE_WORDS = frozenset("in from throughout at outside across to into near around inside within".split())


# The ways a model span stops inside a name, each (previous span, span, paragraph text, vocab).
_CUTS = (_one_name_cut, _person_cut_before, _person_cut_in_two, _given_name_taken_for_a_place)


def _extend(m: MentionIn, text: str, starts: set, ends: set, vocab) -> MentionIn:
    start, end = m.char_start, m.char_end
    # most spans have no capitalised word glued to either side: look only where one may be
    after = _NEXT_WORD.match(text, end) if text[end : end + 2][1:].isupper() and text[end] == " " else None
    glued = start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start) if glued else None
    if after is None and before is None and not (m.label == "ORG" and " of " in m.text):
        return m
    opens_inside = m.text.split()[0] in _NAME_INNER_WORDS
    if before and opens_inside and start - 1 not in ends and _name_word(before.group(1), vocab):
        # "Reporters" + "Without Borders": no name opens with a preposition, so the capitalised word
        # glued before it is the name's first; a name with one inside is a body's, never a person's
        widened = _widened(m, text, before.start(1), end)
        return replace(widened, label="ORG") if m.label == "PERSON" else widened
    if m.label == "PERSON" and _plain(m.text):
        if (
            after
            and end + 1 not in starts
            and _name_word(after.group(1), vocab)
            and _capitalised(after.group(1), vocab)
        ):
            return _widened(m, text, start, after.end(1))
        if (
            before
            and start - 1 not in ends
            and not _sentence_start(text, before.start(1))
            and _name_word(before.group(1), vocab)
            and _capitalised(before.group(1), vocab)
        ):
            return _widened(m, text, before.start(1), end)
    if (
        m.label == "PERSON"
        and before
        and start - 1 not in ends
        and all(_plain(w) for w in m.text.split())
        and _sentence_start(text, before.start(1))
        and _name_word(before.group(1), vocab)
        and _a_family_name_cut_off(before.group(1), m.text, vocab)
    ):
        return _widened(m, text, before.start(1), end)
    if (
        m.label in ("ORG", "EVENT")
        and before
        and start - 1 not in ends
        and not _sentence_start(text, before.start(1))
        and _name_word(before.group(1), vocab)
    ):
        return _widened(m, text, before.start(1), end)
    if after and m.text.endswith(_POSSESSIVE_ENDS) and end + 1 not in starts and shape_type(f"X {after.group(1)}"):
        return _widened(m, text, start, after.end(1))
    words = m.text.split()
    if m.label == "ORG" and len(words) >= 3 and words[-2] == "of" and words[-1][:1].isupper():
        tail = _AND_WORD.match(text, end)
        if tail and end + 5 not in starts and _name_word(tail.group(1), vocab):
            return _widened(m, text, start, tail.end(1))
    return m


def _a_family_name_cut_off(word: str, name: str, vocab) -> bool:
    """At a sentence's start a capital says nothing of a name; a word there before a person's name
    is the name's own when it is a family name that names written family name first open with, the
    whole is such a name, and the corpus writes the word alone too and never in lowercase ("Choe
    Myong Su, secretary of … Choe thanked the delegation": the Korean family name the model cut off;
    not "Goalscorer Jimmy Floyd Hasselbaink")."""
    if vocab is None or vocab.lower.get(word.casefold(), 0):
        return False
    if not family_name_first(tuple(w.casefold() for w in (word, *name.split()))):
        return False
    return vocab.text.count(f"{word} ") > vocab.text.count(f"{word} {name.split()[0]}")


def _capitalised(word: str, vocab) -> bool:
    return vocab is None or vocab.mostly_capitalised(word)


# ---------------------------------------------------------------- titles of works

_WORK_NOUNS = frozenset(
    "film movie biopic comedy drama thriller documentary album single song book novel series programme program "
    "show sitcom musical opera soap".split()
)


def work_titles(mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str]) -> set[str]:
    """Ids of spans right after a noun for a work ("the comedy Sideways", "horror film The Grudge"):
    titles of works, which are not entities. Not after a comma ("the director of the film, Vinod
    Pande"), nor "best film" (an award)."""
    out = set()
    for m in mentions:
        text = paragraphs.get((m.article_id, m.paragraph_no)) if m.char_start is not None else None
        if not text or m.char_start < 2 or text[m.char_start - 1] != " ":
            continue
        words = text[max(0, m.char_start - 30) : m.char_start].split()
        if words and words[-1] in ("The", "A", "An"):
            words.pop()
        if words and words[-1] in _WORK_NOUNS and not (len(words) > 1 and words[-2] == "best"):
            out.add(m.mention_id)
    return out


# An office written with its portfolio: "Transport Minister Leong", "External Affairs Minister",
# "Minister of State for Foreign Trade", "Minister of Economy, Trade and Industry".
_OFFICE_AFTER = re.compile(
    r"\s+(?:Minister|Ministers|Minister['’]s|Secretary(?![- ]General)|Commissioner)\b"
)  # (a body's Secretary-General heads that body: "the Opec Secretary General")
# (not "General Secretary of the Church of Scotland": a body follows "the")
_OFFICE_BEFORE = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of\s+State\s+)?(?:for|of)\s+$")


def _portfolio_words(text: str) -> bool:
    words = text.split()
    return bool(words) and all(w.casefold() in PORTFOLIO_WORDS for w in words)


def split_country_from_portfolio(
    mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str]
) -> list[MentionIn]:
    """A span of a country or its demonym and a portfolio, right before the office ("Azerbaijani
    Foreign" of "Azerbaijani Foreign Minister Elnur Mammadli", "Philippine Defense" of "Philippine
    Defense Secretary …"), is the country and the portfolio (which `portfolios` rejects): the
    country keeps the span's id."""
    out = []
    for m in mentions:
        words = m.text.split()
        text = paragraphs.get((m.article_id, m.paragraph_no)) if m.char_start is not None else None
        rest = m.text[len(words[0]) :].lstrip() if len(words) >= 2 else ""
        if not text or not rest or not iso3_for(words[0]) or not _portfolio_words(rest):
            out.append(m)
        elif not _OFFICE_AFTER.match(text, m.char_end):
            out.append(m)
        else:
            out.extend(_country_and_the_rest(m, words[0], rest))
    return out


def split_portfolio_from_name(mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str]) -> list[MentionIn]:
    """A span the model ran on from an office's portfolio into its holder's name ("State Marcus
    Delaney" of "Secretary of State Marcus Delaney", a name it does not know) is the portfolio (which
    `portfolios` rejects) and the person, whose name opens with a given name: the portfolio keeps
    the span's id."""
    out = []
    for m in mentions:
        text = paragraphs.get((m.article_id, m.paragraph_no)) if m.char_start is not None else None
        words = m.text.split()
        cut = next((k for k, w in enumerate(words) if w.casefold() not in PORTFOLIO_WORDS | {"state"}), len(words))
        name = words[cut:]
        if (
            not text
            or m.label == "PERSON"
            or cut == 0
            or not 2 <= len(name) <= 4
            or not is_given_name(name[0])
            or not all(w[:1].isupper() for w in name)
            or not _OFFICE_BEFORE.search(text[max(0, m.char_start - 40) : m.char_start])
        ):
            out.append(m)
            continue
        offset = m.text.index(name[0], len(" ".join(words[:cut])))
        start, portfolio = m.char_start + offset, m.text[:offset].rstrip()
        out.append(replace(m, text=portfolio, char_end=m.char_start + len(portfolio), source="split"))
        out.append(replace(m, mention_id=f"{m.article_id}:{m.paragraph_no}:{start}", text=m.text[offset:],
                           char_start=start, label="PERSON", source="split"))  # fmt: skip
    return out


def portfolios(mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str], bodies: set[str]) -> set[str]:
    """Ids of organisation spans that are an office's portfolio ("Transport" in "Transport Minister
    Leong", "State for Foreign Trade" in "Minister of State for Foreign Trade"): a field of
    government, not a body. Not a body's name by its shape ("Home Office Minister"), an acronym
    ("EU Trade Commissioner"), a country or a name opening with one ("US Treasury Secretary"), or a
    reviewed name (`bodies`: "Treasury Minister")."""
    out = set()
    for m in mentions:
        text = paragraphs.get((m.article_id, m.paragraph_no)) if m.char_start is not None else None
        if not text:
            continue
        if m.label != "ORG":
            # "Foreign" of "Georgian Foreign Minister Tamar Lomidze", which the model may take for a
            # person: only a span of a portfolio's words
            if _portfolio_words(m.text) and _OFFICE_AFTER.match(text, m.char_end):
                out.add(m.mention_id)
            continue
        name = clean_surface(m.text, person=False).text
        country_first = iso3_for(name.split()[0]) if name else None  # "US Treasury Secretary John Snow"
        if shape_type(name) or name.isupper() or iso3_for(name) or name in bodies or country_first:
            continue
        before = text[max(0, m.char_start - 40) : m.char_start]
        if _OFFICE_AFTER.match(text, m.char_end) or _OFFICE_BEFORE.search(before):
            out.add(m.mention_id)
    return out


# The rest of a hyphenated given name the model cut off: "Kang Hyun" of "Kang Hyun-woo" (a syllable
# or two on each side; not "Janet Jackson-style", "Blair-era", "Oscar-winning").
_HYPHENATED_REST = re.compile(r"-[a-z]{2,4}\b(?!-)")


def whole_hyphenated_names(mentions: list[MentionIn], paragraphs: Mapping[tuple[str, int], str]) -> list[MentionIn]:
    """A person's span that stops at a hyphen inside a word ("Kang Hyun" of "Kang Hyun-woo", "Park
    Ji" of "Park Ji-hoon") runs to the word's end."""
    out = []
    for m in mentions:
        text = paragraphs.get((m.article_id, m.paragraph_no)) if m.char_start is not None else None
        words = m.text.split()
        cut = len(words) >= 2 and len(words[-1]) <= 4 and m.label == "PERSON"
        rest = _HYPHENATED_REST.match(text, m.char_end) if text and cut else None
        out.append(replace(m, text=m.text + rest.group(0), char_end=rest.end()) if rest else m)
    return out
