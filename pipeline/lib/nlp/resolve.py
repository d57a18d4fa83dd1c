"""Entity resolution: mentions across all articles → canonical entities with stable ids.

Evidence is applied in this order (each step is a small function below):
 1. surface clean-up (`names.py`): determiners ("the", "a", "an"), possessives, quotes,
    punctuation; titles and honorifics, and for people leading lowercase descriptions and a leading
    demonym, become the `role`; pronouns, lowercase words and bare titles are never entities
    (`Resolution.rejected`);
 2. with the paragraphs at hand, the spans are refined (`spans.py`): a demonym opening a person's
    span is split off as a country mention ("Kenyan Susan Chepkemei"), spans joining known names are
    split ("Duchy of Lancaster and Duchy of Cornwall", "US Federal Reserve"), and a second pass finds
    the names the corpus knows where the model missed or cut them (`rematch.py`);
 3. the reviewed alias table (`data/entity_aliases.csv`: Tories → Conservative Party);
 4. acronym definitions found anywhere in the corpus (`acronyms.py`), applied to every use of the
    short form and inside longer names; an undefined short form spelling the initials of an
    organisation named in its article is that organisation ("GE"), and so is one written as a word
    that spells its words' beginnings ("Nymex", "Apacs": `_word_acronyms`);
 5. countries, official names, abbreviations and demonyms → ISO alpha-3 (`countries.py`);
 6. types: name shapes ("… Party" ORG, "… Summit" EVENT, `entity_types.py`), else a vote over the
    labels of the name's mentions in its article, the corpus breaking ties; a one-word name that
    opens one organisation's name in its article is that organisation ("Argonaut");
 7. people (`people.py`): within an article, a surname → the one full name carrying it (family name first for
    Chinese names, last otherwise; other name parts second; a given name alone last, and only
    inside its article). A royal title makes the name a given name ("Prince Charles" is never the
    Charles of "Ray Charles"); gendered honorifics must agree ("Mrs Howard" is not Michael Howard,
    known as "Mr Howard"); Mr/Mrs/Dr... make a name a person whatever its label;
 8. across articles, full names equal up to diacritics and case, or one extending the other, are
    one person; a family name left over joins the entity it was linked to in other articles when
    that is unambiguous.

The whole corpus is resolved every time, so the result does not depend on the order in which
files arrived. Ids are kept stable through a registry of member keys → entity id from the
previous resolution: a cluster keeps the id most of its members had; only new clusters mint one.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from pipeline.lib.nlp.acronyms import find_definitions
from pipeline.lib.nlp.countries import (
    SHARED_COUNTRY_NAMES,
    country_name,
    is_demonym,
    is_part_adjective,
    iso3_for,
)
from pipeline.lib.nlp.entity_types import (
    PLACE_HEADS,
    org_head,
    party_by_its_members,
    party_member_word,
    shape_type,
    vote_type,
)
from pipeline.lib.nlp.gender import is_given_name
from pipeline.lib.nlp.names import (
    PERSON_DESCRIPTIONS,
    REAL_NAME_BETWEEN,
    clean_surface,
    family_name_first,
    family_names,
    has_diacritics,
    is_not_a_name,
    is_personal_honorific,
    is_royal,
    is_title,
    is_title_phrase,
    name_key,
    name_tokens,
    opens_with_an_article,
    strip_accents,
    title_before,
    title_gender,
)
from pipeline.lib.nlp.people import link_people
from pipeline.lib.nlp.places import a_city_of_several_words, capital_of, countries_of_place, country_of_a_known_city
from pipeline.lib.nlp.rematch import LABEL_OF_TYPE, KnownName, NameMatcher, merge_matches, words_of
from pipeline.lib.nlp.spans import (
    join_cut_names,
    opens_a_sentence,
    portfolios,
    split_agents,
    split_conjoined,
    split_country_from_portfolio,
    split_country_prefix,
    split_demonyms,
    split_portfolio_from_name,
    split_possessors,
    whole_hyphenated_names,
    work_titles,
)
from pipeline.lib.text.datelines import parse_dateline
from pipeline.lib.text.ids import assign_stable_ids

ENTITY_TYPES = ("PERSON", "ORG", "COUNTRY", "PLACE", "EVENT", "OTHER")
MENTION_KINDS = ("name", "partial", "acronym", "demonym", "alias")
MENTION_SOURCES = ("model", "matcher", "split", "joined")
# Two or three capitals, or a short form with a digit ("BT", "BAA", "G7"); not four letters, which
# are as often a city in a wire dateline ("ROME, Jan 14 (Reuters) -", "OSLO").
_PLACE_LIKE_ACRONYM = re.compile(r"[A-Z]{2,3}|[A-Z][A-Z0-9]{1,3}(?<=\d)|[A-Z]\d[A-Z0-9]{0,2}")
# Places known by capitals that are not countries in `country_aliases.csv`: cities, regions, the
# US states' postal codes, and a few countries' other short forms.
_PLACE_ACRONYMS = frozenset(
    """LA NYC DC NY SF KL HK NI NZ GB KSA DRC RSA PNG CAR AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY
    ME MD MA MI MN MS MO MT NE NV NH NJ NM NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY""".split()
)
_TYPE_BY_LABEL = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "EVENT": "EVENT"}
_PARENTHETICAL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
ALIASES_CSV = Path(__file__).parent / "data" / "entity_aliases.csv"


@dataclass(frozen=True)
class MentionIn:
    mention_id: str
    article_id: str
    text: str
    label: str
    title_before: str | None = None  # a title written right before the span, if any
    paragraph_no: int | None = None  # where the span is: needed only by the second pass
    char_start: int | None = None
    char_end: int | None = None
    source: str = "model"  # model: spaCy's span; matcher: found by the second pass; split: cut off a span;
    # joined: a model span widened to the rest of its name (`spans.join_cut_names`)


@dataclass(frozen=True)
class ResolvedMention:
    mention_id: str
    entity_id: str
    name: str
    role: str | None
    type: str
    article_id: str = ""
    paragraph_no: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    text: str = ""  # the span as written (the second pass may widen a model span)
    label: str = ""
    kind: str = "name"  # name, partial, acronym, demonym, alias
    source: str = "model"  # model: a spaCy span; matcher: found again by the second pass


@dataclass(frozen=True)
class Entity:
    entity_id: str
    canonical_name: str
    type: str
    iso3: str | None
    n_mentions: int
    n_articles: int


@dataclass
class Resolution:
    mentions: list[ResolvedMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (entity_id, alias, n_mentions)
    registry: dict[str, str] = field(default_factory=dict)  # member key → entity_id
    acronyms: dict[str, str] = field(default_factory=dict)  # short form → long form
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (mention_id, why it is not an entity)


# ---------------------------------------------------------------- step 2: acronyms


def acronym_table(paragraph_texts: Iterable[str]) -> dict[str, str]:
    """Short form → its most often defined long form (ties: longer, then alphabetical)."""
    counts: Counter[tuple[str, str]] = Counter()
    for text in paragraph_texts:
        if "(" in text or "[" in text:
            counts.update((d.short, _PARENTHETICAL.sub("", d.long)) for d in find_definitions(text))
    for (short, long), n in list(counts.items()):
        # "PPP/C" defined also defines "PPP", which is how the short form is often cut.
        head = short.split("/")[0]
        if head != short and len(head) >= 2:
            counts[(head, long)] += n
    defined = {short for short, _ in counts}
    for (short, long), n in list(counts.items()):
        # "the International Department of the Central Committee of the Communist Party of China
        # (IDCPC)" also defines "CPC": a short form that ends the one defined and spells the tail of
        # its long form (unless defined itself)
        for tail, initials in _tails(long):
            if initials != short and short.endswith(initials) and initials not in defined:
                counts[(initials, tail)] += n
    best: dict[str, tuple[int, int, str]] = {}
    for (short, long), n in counts.items():
        rank = (n, len(long), long)
        if short not in best or rank > best[short]:
            best[short] = rank
    return {short: rank[2] for short, rank in best.items()}


_LINKS = frozenset({"of", "the", "and", "for"})


def _tails(long: str) -> list[tuple[str, str]]:
    """Each tail of a long form that opens after "of (the)" with a capitalised word, with the
    initials of its capitalised words, three or more: "Communist Party of China" → "CPC"."""
    words = long.split()
    out = []
    for i in range(1, len(words)):
        if words[i - 1].casefold() in ("of", "the") and words[i][:1].isupper() and words[i].casefold() not in _LINKS:
            tail = words[i:]
            initials = "".join(w[0] for w in tail if w.casefold() not in _LINKS)
            if len(initials) >= 3 and initials.isupper():
                out.append((" ".join(tail), initials))
    return out


def expand_acronyms(name: str, acronyms: Mapping[str, str]) -> str:
    """Whole name or any word of it that is a defined short form is replaced by its long form."""
    if name in acronyms:
        name = acronyms[name]  # the long form may itself hold a short form: "... of the CPC ..."
    words = _PARENTHETICAL.sub("", name).split()
    return " ".join(acronyms.get(w, w) for w in words)


# ---------------------------------------------------------------- steps 1, 3, 6: one mention


@dataclass(slots=True)
class _Mention:
    source: MentionIn
    name: str
    role: str | None
    type: str
    iso3: str | None
    key: str  # cluster key before person linking
    tokens: tuple[str, ...] = ()
    kind: str = "name"
    fixed: bool = False  # type settled by a rule (country, alias, acronym, name shape), not by the vote
    display: str = ""  # the form offered for the canonical name ("Prince Charles" for a royal)
    royal: bool = False
    gender: str | None = None
    # a titled person the article's vote took for a place ("Baroness Scotland"): kept a person, but
    # still counted as the place where the corpus's known names are counted
    voted_place: bool = False


_REJECT = "REJECT"


@cache
def _alias_table() -> dict[str, tuple[str, str]]:
    """Reviewed aliases (`data/entity_aliases.csv`): alias as written → (canonical, type)."""
    with ALIASES_CSV.open(encoding="utf-8") as f:
        return {row["alias"]: (row["canonical"], row["type"]) for row in csv.DictReader(f)}


@cache
def _classify(text: str, label: str, acronyms_items: tuple) -> tuple:
    """(name, role, type, iso3, key, kind, fixed) for a surface form; cached, surface forms repeat.
    The type is `_REJECT` for what is never an entity (pronouns, lowercase words, bare titles)."""
    acronyms = dict(acronyms_items)
    person = label == "PERSON"
    cleaned = clean_surface(text, person=person)
    name = cleaned.text or text.strip()
    # (a title the corpus defines as a body's short form is that body: "Corporate Europe Observatory
    # (CEO) … CEO also criticised Shell")
    if is_not_a_name(name) or (is_title(name) and name not in acronyms) or is_title_phrase(name):
        return name, cleaned.role, _REJECT, None, "", "name", True
    alias = _alias_table().get(name)
    if alias:
        canonical, kind = alias
        return name, cleaned.role, kind, None, f"NAME:{name_key(canonical)}", "alias", True
    expanded = expand_acronyms(name, acronyms)
    titled = person and is_personal_honorific(cleaned.role)  # "Mr Jordan": a person, not the country
    iso3 = None if titled else iso3_for(name) or iso3_for(expanded)
    short = name in acronyms or (name.isupper() and len(name.split()) == 1 and 2 <= len(name) <= 6)
    if not iso3 and is_part_adjective(name):
        return name, cleaned.role, _REJECT, None, "", "name", True  # "Scottish", "Californian": no country
    if iso3:
        kind = "demonym" if is_demonym(name) else "acronym" if short else "name"
        return name, cleaned.role, "COUNTRY", iso3, f"COUNTRY:{iso3}", kind, True
    kind = _TYPE_BY_LABEL.get(label, "OTHER")
    shape = shape_type(expanded) or shape_type(name)
    fixed = False
    if shape:
        kind, fixed = shape, True
    elif kind == "PERSON" and party_member_word(name):
        # "Liberal Democrat" tagged PERSON: a party's member word, never a person (a newspaper such as
        # the "Tallahassee Democrat", tagged ORG, keeps its label, and the vote decides)
        kind = "OTHER"
    elif kind == "OTHER" and party_by_its_members(name):
        kind = "ORG"  # "Democrats" tagged NORP: the party (named as written, not as any one country's)
    elif name in acronyms and kind in ("PERSON", "PLACE", "OTHER"):
        kind, fixed = "ORG", True  # an acronym with a definition names an organisation, whatever spaCy said
    elif kind == "PLACE" and _PLACE_LIKE_ACRONYM.fullmatch(name) and name not in _PLACE_ACRONYMS:
        # "BT", "G7", "LG" tagged GPE: a short capital acronym that is no country names a body far
        # more often than a place (the vote still decides; "LA" and "NYC" stay places)
        kind = "ORG"
    # One key for every non-person type: "RIO DE JANEIRO" tagged ORG in a dateline and "Rio de
    # Janeiro" tagged GPE are one place; the entity's type is decided by the vote later.
    return name, cleaned.role, kind, None, f"NAME:{name_key(expanded)}", "acronym" if short else "name", fixed


def _classify_all(
    mentions: Iterable[MentionIn], acronyms: Mapping[str, str], vocab: _Vocab | None = None
) -> list[_Mention]:
    items = tuple(sorted(acronyms.items()))
    out = []
    seen: dict[tuple[str, str], tuple] = {}  # most mentions repeat a (text, label) seen before
    for m in mentions:
        if (m.text, m.label) not in seen:
            name, role, kind, iso3, key, mkind, fixed = _classify(m.text, m.label, items)
            common = False
            # (a forum is a meeting or a body: "the human rights group Zimbabwe Freedom Forum")
            forum = kind == "EVENT" and name.split()[-1].casefold() == "forum"
            if ((kind in ("PERSON", "PLACE", "OTHER", "ORG") and not fixed) or forum) and vocab is not None:
                if vocab.described_as_org(name, kind):
                    kind, fixed = "ORG", True  # "oil giant Yukos" elsewhere: not a person, not a place
            if kind == "PERSON" and not fixed and not role and vocab is not None and vocab.only_a_place(name):
                kind = "PLACE"
            elif kind == "PERSON" and not fixed and not role and a_city_of_several_words(name):
                kind = "PLACE"  # "Johor Bahru", "Porto Alegre" tagged PERSON
            elif kind in ("PLACE", "ORG", "OTHER") and not fixed and vocab is not None:
                if vocab.introduced_as_person(name):
                    kind = "PERSON"
            if kind == "PERSON" and vocab is not None:
                name, role, key = vocab.strip_description(name, role, key)
            elif kind in ("ORG", "EVENT", "OTHER") and not fixed and vocab is not None:
                common = vocab.common_noun(name)  # "the Budget", "Home": a common noun capitalised
            seen[(m.text, m.label)] = (name, role, kind, iso3, key, name_tokens(name), mkind, fixed, common)
        name, role, kind, iso3, key, tokens, mkind, fixed, common = seen[(m.text, m.label)]
        role = role or m.title_before
        if common and not role:  # "Mr Cable" is a name whatever "cable" is
            kind = _REJECT
        out.append(_Mention(m, name, role, kind, iso3, key, tokens, mkind, fixed, name, gender=title_gender(role)))
    return out


_SAYING = "said|says|told|reported|announced|added|claimed|insisted|warned"
_SPEAKS = re.compile(rf"([A-Z][a-z]+)(?:['’]s)? (?:{_SAYING})\b")


# The nouns news introduces an organisation with ("oil giant Yukos", "mobile firm Turkcell", "Spanish
# club Atlético Levante"); not those of a person's trade too ("producer Don Mischer", "publisher
# Jason O-Grady"). (The type holds for the name over the corpus: a noun that a relative clause may
# follow, "the group Tony Blair founded", retypes a person; only a club is guarded against it.)
_ORG_DESCRIBED = re.compile(
    r"\b(?:firm|company|giant|group|monopoly|operator|airline|carrier|retailer|insurer|bank|lender"
    r"|conglomerate|charity|broadcaster|manufacturer|supplier|consortium|chain|union|watchdog|regulator"
    # (a club only after a word that says which: its country's or its league's, or its sport's,
    # "Spanish club Atlético Levante", "Premiership club Bolton", "non-league club Exeter City";
    # not "the club Tony Blair founded", "the football club Tony Blair supports", nor a golf club
    # someone joined)
    r"|federation|association|agency|[A-Z][a-z]+ club|(?<!the )(?<!a )(?:football|non-league|rugby|cricket) club) "
    r"([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*)"
)
# The same for the words state and party media introduce a firm with ("the Cuban enterprise
# Tecnoazúcar", "the state corporation Rostec"), where the name opens with no given name (not "the
# cooperative Lucia Flores runs": a clause on the noun).
_FIRM_DESCRIBED = re.compile(r"\b(?:enterprise|corporation|cooperative) ([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*)")
# A body named before the office of its head ("Jedność leader Krzysztof Wróblewski", "Hamas leader
# Khaled Meshaal"): not a comma's apposition ("the company, Yury Boyko, said" is its head), nor a
# boss, a chief or a chairman, which a team or a place has too ("England boss Sven-Goran Eriksson").
_ORG_BEFORE_ITS_HEAD = re.compile(r"\b([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*) (?:leader|secretary-general) (?=[A-Z])")
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.? ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")
# A name of two or three words right after an office only a person holds, written in lowercase as
# news writes a description before a name ("South African president Thabo Mbeki", "Italy skipper
# Marco Bortolami"). Not the offices a firm may hold too ("adviser", "manager", "host", "leader").
_FIRMS_TOO = frozenset("producer broadcaster designer analyst founder veteran manager editor".split())
_PERSONAL_OFFICES = (
    r"president|chairman|chairwoman|minister|secretary|spokesman|spokeswoman|spokesperson|chancellor"
    r"|ambassador|mayor|governor|senator|envoy|premier|executive|director|boss|skipper|striker|coach|counterpart|speaker|"
    # and the trades one is described by ("Lebanese filmmaker Karim Nassar-Khoury", tagged a place),
    # but not those a firm is described by too ("TV producer Illuminations Television Limited",
    # "broadcaster France Televisions", "fund manager Matrix Asset Advisors")
    + "|".join(sorted(PERSON_DESCRIPTIONS - _FIRMS_TOO))
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'-]*"  # ("Ríos", "Öztürk")
_NAME_OF_TWO_OR_THREE_WORDS = rf"({_NAME_WORD}(?: {_NAME_WORD}){{1,2}})\b(?! [A-Z])"
# (with a comma too, the name in apposition: "Germany's development minister, Ulla Brandt,")
_AFTER_PERSONAL_ROLE = re.compile(rf"\b(?:{_PERSONAL_OFFICES}),? {_NAME_OF_TWO_OR_THREE_WORDS}")
# Looser, so only a name opening with a given name counts (`_Vocab.introduced_as_person`): the office
# written with a capital or followed by whose it is, then the name in apposition ("Peru's Foreign
# Minister, Inés Castañeda Rojas,", "the governor of Maranhão, Tiago Benevides Paiva,", "the
# Commissioner for Trade, Sanna Lindqvist-Berg,"), and a name given an age ("Kofi Mensah-Boateng, 47,").
_APPOSED_TO_AN_OFFICE = re.compile(
    rf"\b(?i:{_PERSONAL_OFFICES}|commissioner)(?: (?:of|for) [^,.;:!?\n]{{1,40}})?, {_NAME_OF_TWO_OR_THREE_WORDS}"
)
_GIVEN_AN_AGE = re.compile(rf"(?<![\w'’-]){_NAME_OF_TWO_OR_THREE_WORDS}, (?:aged )?[1-9]\d,")
# The same offices in an apposition after the name: "Amara Osei, the new chairperson of the
# commission, …", "Lars Dahl, its chief executive, …", "Giulia Ferraresi, Italy's deputy foreign
# minister, …" (a body is described by what it is, "Tesco, the UK's biggest retailer", not by an
# office).
_PERSONAL_ROLE_AFTER = re.compile(
    r"(?<![\w'’-])([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){1,2}), (?:the|its|his|her|their|[A-Z][a-z]+['’]s) "
    r"(?:[a-z][\w'’-]* ){0,3}"
    r"(?:president|executive|chairman|chairwoman|chairperson|minister|secretary|spokesman|spokeswoman|spokesperson|"
    r"chancellor|ambassador|mayor|governor|senator|envoy|premier|director|commissioner)"
    # and the apposition closes or goes on with whose office it is (not "At Gateshead's Sage
    # Centre, the chancellor said": a place, then the sentence's subject)
    r"(?=,| of\b| for\b| at\b)"
)
# Offices in the plural with the names of their holders listed after a comma: "his Azerbaijani and
# Georgian counterparts, Elnur Mammadli and Nino Beridze," "the foreign ministers of Burkina Faso
# and Niger, Jean-Marie Sawadogo and Issoufou Maïga," (which the model may take for places).
_PLURAL_OFFICES = re.compile(
    r"\b(?:counterparts|ministers|presidents|leaders|envoys|ambassadors|premiers|governors|mayors|senators|"
    r"chairmen|spokesmen|secretaries)(?: (?:of|from) [A-Z][^,;.]{1,60})?, (?=[A-Z])"
)
_NAME_LISTED = re.compile(rf"{_NAME_OF_TWO_OR_THREE_WORDS}(,? and (?=[A-Z])|, (?=[A-Z])|[,.;])")


def listed_after_offices(text: str) -> list[str]:
    """The names listed after an office in the plural and a comma, two or more joined by "and", the
    list closed by a comma or a full stop ("counterparts, Elnur Mammadli and Nino Beridze, in Baku";
    not "the ministers, Bob Crow and Tony Woodley said")."""
    found = []
    for office in _PLURAL_OFFICES.finditer(text):
        names, at, joined = [], office.end(), False
        while (listed := _NAME_LISTED.match(text, at)) is not None:
            names.append(listed.group(1))
            at = listed.end()
            if listed.group(2) in (",", ".", ";"):
                found += names if joined and len(names) >= 2 else []
                break
            joined = joined or "and" in listed.group(2)
    return found


# The offices of a body a name is set off by, with whose office it is ("of" or "for") after them.
_OFFICES_OF_A_BODY = (
    "head|president|premier|minister|secretary|chairman|chairwoman|chairperson|director|governor|"
    "ambassador|envoy|mayor|commissioner|spokesman|spokeswoman|spokesperson"
)
# An office set off after the name with no article, the style of Xinhua, KCNA and party copy: "Sun
# Haoran, Head of the International Department of the CPC Central Committee, met …", "Kim Song Chol,
# member of the Political Bureau of the WPK" (only with whose office it is: "of" or "for").
# (the name opens its sentence and the apposition closes before the verb: not "In a letter to Amnesty
# International, Secretary of State Condoleezza Rice …", not a list)
_OFFICE_OF_A_BODY_AFTER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=-- )|(?<=— )|(?<=\) ))([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){1,2}), "
    r"(?:(?i:vice|deputy|first|executive|acting) )*"
    rf"(?i:member|{_OFFICES_OF_A_BODY})(?: of| for)\b[^,.;\n]{{1,120}}, [a-z]",
    re.MULTILINE,
)
# The same inside a sentence, the office in lowercase as agency copy writes it: "was received by
# Somphet Vongsavath, president of the National Assembly of Laos, who …", "met Kim Song Chol,
# secretary of the Central Committee of the WPK." (not "member of": terse copy writes it of bodies
# too, "Real Madrid, member of the G14 group").
_OFFICE_OF_A_BODY_INSIDE = re.compile(
    r"(?<=[a-z] )([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){1,2}), "
    r"(?:(?:vice|deputy|first|executive|acting)[ -])*"
    rf"(?:{_OFFICES_OF_A_BODY})(?: of| for)\b[^,.;\n]{{1,120}}[,.]"
)
# The one a delegation was led by, set off by a post or a seat in a body: "a delegation of the JVP of
# Sri Lanka led by Nimal Wickramasuriya, member of its Political Bureau" (a body is no member here:
# it leads no delegation).
_LEADS_A_DELEGATION_AS_A_MEMBER = re.compile(
    r"\b(?:delegation|mission)\b[^.;]{0,100}?\b(?:led|headed) by "
    r"([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){1,2}), "
    r"(?:(?:vice|deputy|first|executive|acting)[ -])*"
    rf"(?i:member|{_OFFICES_OF_A_BODY})(?: of| for)\b"
)


# A capitalised name right after a preposition of place ("in Monte Carlo", "at the Bernabeu"), and
# what may follow a place there: the sentence's end or a clause's, or a word that starts another
# phrase ("in Kent in 1955", "at Anfield on Tuesday"). Not a possessive, not a noun the name
# modifies ("in the Mike Leigh film"), not a list of names ("in Josh Lewsey and Jason Robinson"),
# not a relative clause about a person ("in Martin Corry, who …").
# A capitalised word of a name, with the accents, elisions and hyphens of place names ("Brasília",
# "N'Djamena", "Guinea-Bissau"); not a possessive.
_CAPITALISED_WORD = r"[A-Z](?:['’][A-Z])?[a-zß-öø-ÿ]+(?:-[A-Z][a-zß-öø-ÿ]+)*"
_CAPITALISED_WORDS = rf"{_CAPITALISED_WORD}(?: {_CAPITALISED_WORD})*"
_AFTER_WHERE = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]round|[Aa]cross|[Tt]hroughout|[Ii]nto)"
    rf" (?:the )?({_CAPITALISED_WORDS})"
)
# Where someone goes or comes from is a place: "flew to Dakar", "her first trip was to Tarbes",
# "returned from Accra" ("to" and "from" alone are as often a person's: "wrote to Blair").
_AFTER_A_JOURNEY = re.compile(
    r"\b(?:(?:fl(?:ew|own|ies|y|ying)|travel+(?:ed|ing|s)?|trips?|journey(?:ed|s)?|returned|returning|moved|"
    r"went|gone|headed|drove|sailed|arrived|arriving)(?: (?:back|home|on|in|out|was|is))? (?:to|from)"
    rf"|visits? to) ({_CAPITALISED_WORDS})"  # (a visit from someone is theirs)
)
# What someone visited or toured, when GeoNames knows a city of that name ("visited Naypyitaw last
# week"; not "visited Ana Soto in hospital").
_VISITED = re.compile(rf"\b(?:visited|toured)(?: the)? ({_CAPITALISED_WORDS})")
_AFTER_A_PLACE = frozenset(
    """in on at to for from by with during since before after until when where while which that as and but or
    this last next earlier later yesterday today tonight""".split()
)


_CAPITALISED_RUN = re.compile(rf"(?<![\w'’-]){_CAPITALISED_WORDS}(?![\w'’-])")


def _ends_a_place(text: str, end: int) -> bool:
    after = text[end : end + 40]
    if after[:1] in ("'", "’", "-") or re.match(r",? who\b|,? (?:and|or) [A-Z]| and [A-Z]", after):
        return False
    word = re.match(r" ([a-z]+)\b", after)
    return word.group(1) in _AFTER_A_PLACE if word else not re.match(r" [A-Z0-9]", after)


def _opens_with_a_given_name(name: str) -> bool:
    """The name's first word is a given name, written with its accents or without ("Inés")."""
    return is_given_name(name.split()[0])


class _Vocab:
    """How the corpus writes words in lowercase: a capitalised first word of a person's name that
    the corpus also writes in lowercase right before a name ("novelist Hari Kunzru", "striker ...")
    is a description, not a given name ("Novelist Andrea Levy" → "Andrea Levy")."""

    def __init__(self, texts: Iterable[str]):
        joined = "\n".join(texts)
        self.lower = Counter(re.findall(r"\b[a-z][a-z]+\b", joined))
        self.before_name = Counter(re.findall(r"\b([a-z]{3,}) (?=[A-Z][a-z])", joined))
        self.capitalised = Counter(re.findall(r"(?<=[a-z,;] )([A-Z][a-z]+)\b", joined))
        # what a common noun is never written as: "The Times" inside a sentence, "Shell said"
        self.as_name = Counter(re.findall(r"[a-z,;] The ([A-Z][a-z]+)\b", joined))
        self.as_name.update(re.findall(_SPEAKS, joined))
        self.org_described = Counter(re.findall(_ORG_DESCRIBED, joined))
        self.org_described.update(n for n in re.findall(_FIRM_DESCRIBED, joined) if not _opens_with_a_given_name(n))
        self.org_led = Counter(re.findall(_ORG_BEFORE_ITS_HEAD, joined))
        self.honorific = Counter(re.findall(_HONORIFIC_NAME, joined))
        self.after_personal_role = Counter(re.findall(_AFTER_PERSONAL_ROLE, joined))
        self.after_personal_role.update(re.findall(_PERSONAL_ROLE_AFTER, joined))
        self.after_personal_role.update(re.findall(_OFFICE_OF_A_BODY_AFTER, joined))
        self.after_personal_role.update(re.findall(_OFFICE_OF_A_BODY_INSIDE, joined))
        self.after_personal_role.update(re.findall(_LEADS_A_DELEGATION_AS_A_MEMBER, joined))
        self.after_personal_role.update(listed_after_offices(joined))
        self.apposed_to_office = Counter(re.findall(_APPOSED_TO_AN_OFFICE, joined))
        self.apposed_to_office.update(re.findall(_GIVEN_AN_AGE, joined))
        self.text = joined
        self.located = Counter(
            m.group(1)
            for pattern in (_AFTER_WHERE, _AFTER_A_JOURNEY, _VISITED)
            for m in pattern.finditer(joined)
            if _ends_a_place(joined, m.end(1)) and (pattern is not _VISITED or countries_of_place(m.group(1)))
        )
        self._person_words = {n.split()[-1] for n in self.honorific} | set(self.as_name)
        self._runs: Counter | None = None

    def written(self, name: str) -> bool:
        """The corpus writes `name` somewhere."""
        return name in self.text

    def is_description(self, word: str) -> bool:
        w = word.casefold()
        n = self.before_name.get(w, 0)
        return word[:1].isupper() and w.isalpha() and n >= 1 and n >= 0.05 * self.lower.get(w, 0)

    def strip_description(self, name: str, role: str | None, key: str) -> tuple[str, str | None, str]:
        words = name.split()
        if len(words) >= 3 and self.is_description(words[0]):
            role = " ".join(x for x in (role, words[0]) if x)
            name = " ".join(words[1:])
            key = f"NAME:{name_key(name)}"
        return name, role, key

    def common_noun(self, name: str) -> bool:
        """A capitalised word the corpus writes in lowercase more often than capitalised inside a
        sentence ("budget" 35 times, "Budget" 19 in 327 BBC files), and never as a name: not "The
        Budget" inside a sentence, never "Budget said" ("The Times", "Shell said" are names)."""
        return (
            name[:1].isupper()
            and name[1:].islower()
            and name.isalpha()
            and self.lower.get(name.casefold(), 0) > self.capitalised.get(name, 0)
            and not self.as_name.get(name)
        )

    def described_as_org(self, name: str, kind: str = "PERSON") -> bool:
        """Introduced as a firm, a group, a bank or a union somewhere in the corpus ("oil giant Yukos",
        "gas monopoly Gazprom", "charity Actionaid"), or written before its leader ("Jedność leader
        Krzysztof Wróblewski"), and never after an honorific: an organisation, whatever the model
        called it ("Yukos" as PERSON, "Gazprom" as GPE). Once is enough: a file dropped into `raw/`
        alone introduces its firms once (measured over BBC: 249 mentions made ORG, nearly all
        firms, bands and unions the model had as people or places)."""
        last = name.split()[-1] if name else ""
        # (a people's or a region's name before its leader is theirs: "Nazi leader Adolf Hitler",
        # "Catalonia leader Carles Puigdemont")
        said = self.org_described.get(name, 0) or (kind not in ("OTHER", "PLACE") and self.org_led.get(name, 0))
        return bool(said) and not self.honorific.get(name) and not self.honorific.get(last)

    def only_a_place(self, name: str) -> bool:
        """Written only where a place goes ("joined the troupe in Monte Carlo", "flown to talks
        at Wadi Rum"), every time the corpus writes it, and its last word never as a person's (not
        "Carlo said", "Mr Carlo"): a place the model took for a person."""
        if not self.located.get(name) or name.split()[-1] in self._person_words:
            return False
        return self._written().get(name, 0) == self.located[name]

    def introduced_as_person(self, name: str) -> bool:
        """Written after an office only a person holds ("president Thabo Mbeki"), and never where
        a place goes: a person the model took for a place or a body; or, opening with a given name,
        in apposition to an office or given an age."""
        apposed = bool(self.apposed_to_office.get(name)) and _opens_with_a_given_name(name)
        return (bool(self.after_personal_role.get(name)) or apposed) and not self.located.get(name)

    def _written(self) -> Counter:
        """How often each run of capitalised words, and each part of one, is written (counted once,
        on first use: one pass over the corpus instead of one per name)."""
        if self._runs is None:
            self._runs = Counter()
            for run in _CAPITALISED_RUN.findall(self.text):
                words = run.split()
                self._runs.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
        return self._runs

    def mostly_capitalised(self, word: str) -> bool:
        """Written in lowercase less than a tenth as often as capitalised inside a sentence."""
        return self.lower.get(word.casefold(), 0) <= 0.1 * max(self.capitalised.get(word, 0), 1)


# The states that share a country name (`countries.SHARED_COUNTRY_NAMES`), each the usual state's
# when its article says no more.
_STATES_SHARING_A_NAME = frozenset(iso3 for states in SHARED_COUNTRY_NAMES.values() for iso3 in states)
# The North's own names for itself: a story that writes "North Korea" is told from outside, where
# "Korean" alone is the South's ("Korean carmaker Hyundai … after North Korea test-fired a missile").
_PRK_SELF_NAMES = frozenset({"dprk", "democratic people's republic of korea", "d.p.r.k."})


def _shared_country_names(items: list[_Mention]) -> None:
    """A country name two states share ("Korean", "Congo") is the one of the two its article names
    by a name of its own ("DPRK", "DR Congo"), or by its capital ("Pyongyang", "Kinshasa", a
    dateline's too), when it names only that one of the two. A story that calls the North only by
    its own names, filed in Pyongyang or naming it and never writing "South Korea", is told from
    there, where "Korean" is the North's even beside "Seoul" (a KCNA item: "support for the Korean
    people … the war maniacs in Seoul"; not a Seoul or Tokyo story that writes "the DPRK" once)."""
    named: dict[str, set[str]] = defaultdict(set)
    north_self_named: set[str] = set()
    north_written: set[str] = set()  # (a story that writes "North Korea" is told from outside)
    south_written: set[str] = set()  # ("South Korea", not KCNA's "south Korea")
    pyongyang: set[str] = set()
    filed_in_pyongyang: set[str] = set()
    for m in items:
        key, article = m.name.casefold(), m.source.article_id
        if m.type == "COUNTRY" and m.iso3 and key not in SHARED_COUNTRY_NAMES:
            if m.iso3 != "PRK" or key in _PRK_SELF_NAMES:
                named[article].add(m.iso3)
            if m.iso3 == "PRK":
                (north_self_named if key in _PRK_SELF_NAMES else north_written).add(article)
            elif m.iso3 == "KOR" and m.name[:1].isupper():
                south_written.add(article)
        elif m.type == "PLACE" and (capital := capital_of(m.name)) in _STATES_SHARING_A_NAME:
            named[article].add(capital)
            if capital == "PRK":
                pyongyang.add(article)
                if m.source.char_start == 0:  # (a dateline opens its paragraph: "PYONGYANG, May 3 (Xinhua) -")
                    filed_in_pyongyang.add(article)
    # told from the North: its own names only, and filed there, or naming its capital and never
    # "South Korea" (not a Seoul or Tokyo story that writes "the DPRK" once)
    from_the_north = (north_self_named - north_written) & (filed_in_pyongyang | (pyongyang - south_written))
    for m in items:
        states = SHARED_COUNTRY_NAMES.get(m.name.casefold())
        if states and m.type in ("COUNTRY", "PLACE", "OTHER"):  # ("Congolese", a people, is OTHER)
            article = m.source.article_id
            told = [iso3 for iso3 in states if iso3 in named[article]]
            if "PRK" in states and article in from_the_north:
                told = ["PRK"]
            if len(told) == 1:
                m.type, m.iso3, m.key, m.fixed = "COUNTRY", told[0], f"COUNTRY:{told[0]}", True


def _vote_types(items: list[_Mention]) -> None:
    """One type per name within an article (the article's vote, the corpus breaking ties); rules
    (countries, aliases, acronyms, name shapes) are not voted on."""
    corpus: dict[str, Counter] = defaultdict(Counter)
    for m in items:
        if not m.fixed:
            corpus[m.key][m.type] += 1
    # Most names carry one label everywhere: only the others are counted per article.
    disputed = {key for key, votes in corpus.items() if len(votes) > 1}
    article: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in items:
        if not m.fixed and m.key in disputed:
            article[(m.source.article_id, m.key)][m.type] += 1
    decided = {k: vote_type(votes, corpus[k[1]], ENTITY_TYPES) for k, votes in article.items()}
    for m in items:
        if not m.fixed and m.key in disputed:
            kind = decided[(m.source.article_id, m.key)]
            m.voted_place = kind == "PLACE" and _titled_person(m)
            if not m.voted_place:
                m.type = kind


def _family_names_of_people(items: list[_Mention]) -> None:
    """A one-word name that is the last name of a person its article names in full is that person,
    whatever the model labelled it ("Egyptian director Mona Abdel-Rahim … accused Abdel-Rahim of
    favouring": ORG); so is that name after a title ("General Moussa Abdou Garba … General Garba
    accused": ORG, whose title a body's name may open, "General Motors", and so stayed on). Not
    where the article also writes the word as a place or a body by rule, nor a name that is a
    person's given one too ("Chelsea"). A first family name counts too, which Spanish and
    Portuguese copy names people by ("Venezuelan Foreign Minister Félix Aranguren Mata …
    Aranguren held talks": ORG), where it is no given name ("María José García": not "José")."""
    last_names: dict[str, set[str]] = defaultdict(set)
    middles: dict[str, set[str]] = defaultdict(set)
    firsts: dict[str, set[str]] = defaultdict(set)
    # (and the last two words or more of a longer name, opening with no given name: "Khalid bin
    # Nasser Al Rawahi … Al Rawahi met …", "Valeria Lacayo Ortez … Lacayo Ortez held talks")
    tails: dict[str, set[str]] = defaultdict(set)
    for m in items:
        words = m.name.split()
        if m.type == "PERSON" and len(words) >= 3 and not m.royal:
            tails[m.source.article_id].update(" ".join(words[i:]) for i in range(1, len(words) - 1))
        if m.type == "PERSON" and len(words) >= 2 and not m.royal:
            last_names[m.source.article_id].add(words[-1])
            firsts[m.source.article_id].add(words[0])
            for word in words[1:-1]:
                (firsts if is_given_name(word) or not word[:1].isupper() else middles)[m.source.article_id].add(word)
    fixed = {(m.source.article_id, m.name) for m in items if m.fixed}
    for m in items:
        article = m.source.article_id
        if m.type not in ("ORG", "PLACE", "OTHER") or (article, m.name) in fixed:
            continue
        if m.name in tails[article] and not is_given_name(m.name.split()[0]):
            m.type = "PERSON"
            continue
        title, _, name = m.name.rpartition(" ")
        if title and not is_title(title):
            continue
        # (a first family name is not a place's name the model gave it: "Lagos, Nigeria's commercial hub")
        middle = name in middles[article] and not (m.type == "PLACE" and countries_of_place(name))
        if (name in last_names[article] or middle) and name not in firsts[article]:
            m.type = "PERSON"
            if title:
                m.name, m.tokens, m.key = name, name_tokens(name), f"NAME:{name_key(name)}"
                m.role = " ".join(r for r in (m.role, title) if r)
                m.gender = m.gender or title_gender(m.role)


def _titled_person(m: _Mention) -> bool:
    """ "Baroness Scotland", "Mr Jordan": only people carry these titles, so the mention stays a
    person where the same name is mostly a place (it still votes for the bare name)."""
    return m.type == "PERSON" and m.source.label == "PERSON" and is_personal_honorific(m.role)


# Words that complete an organisation's name without changing what it names.
_ORG_SUFFIXES = {("party",), ("news", "agency"), ("agency",), ("movement",), ("front",)}


# The words of the organs every state has ("Foreign Ministry", "Supreme Court", "National Assembly"),
# as `name_key` writes them.
_STATE_ORGANS = frozenset(
    """foreign interior home defence defense finance health justice education trade economy agriculture
    ministry ministries department office embassy government cabinet presidency parliament senate congress
    national assembly supreme constitutional court central bank armed forces police army navy""".split()
)


def _org_extensions(items: list[_Mention]) -> dict[str, str]:
    """Short ORG key → the one longer ORG key that only adds a generic word or 'of <country>'.

    "Xinhua" → "Xinhua News Agency", "Broad Front" → "Broad Front of Uruguay",
    "Labor Party" → "Labor Party of Mexico". "Communist Party of China" is not folded into
    "Communist Party of China Central Committee": a central committee is another body. One word
    and "of <country>" is a kind of body, not one ("the Bank" of an Australian story is not Bank of
    America); nor is an organ every state has ("Foreign Ministry", "Central Bank") one country's
    outside the stories that name it so (`_STATE_ORGANS`).
    """
    org_keys = {m.key for m in items if m.type == "ORG" and m.key.startswith("NAME:")}
    tokens = {k: tuple(k[5:].split()) for k in org_keys}
    articles: dict[str, set[str]] = defaultdict(set)
    for m in items:
        if m.key in org_keys:
            articles[m.key].add(m.source.article_id)
    by_first: dict[str, list[str]] = defaultdict(list)  # a longer name starts with the short one
    for key, toks in tokens.items():
        if toks:
            by_first[toks[0]].append(key)
    mapping: dict[str, str] = {}
    for short, st in tokens.items():
        hits = []
        for long in by_first.get(st[0], []) if st else []:
            lt = tokens[long]
            rest = lt[len(st) :]
            if len(lt) <= len(st) or lt[: len(st)] != st:
                continue
            of_country = len(st) >= 2 and len(rest) >= 2 and rest[0] == "of" and iso3_for(" ".join(rest[1:]))
            if of_country and set(st) <= _STATE_ORGANS and not articles[short] <= articles[long]:
                continue  # every state has a "Foreign Ministry": Cuba's is not Nicaragua's in another story
            if rest in _ORG_SUFFIXES or of_country:
                hits.append(long)
        if len(hits) == 1:
            mapping[short] = hits[0]
    return mapping


def _org_short_forms(items: list[_Mention]) -> None:
    """A one-word name that opens exactly one organisation's name in its article, and is no
    person's family name there, is that organisation: "Argonaut" beside "Argonaut Games",
    "Deutsche" beside "Deutsche Boerse". Where that held, the word means the same elsewhere. A name
    with "of" names a part of what the word names ("Harvard School of Public Health" is not Harvard)."""
    orgs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    surnames: dict[str, set[str]] = defaultdict(set)
    for m in items:
        if m.type == "ORG" and len(m.tokens) >= 2 and m.name[:1].isupper() and "of" not in m.tokens:
            orgs[m.source.article_id][m.tokens[0]].add(m.key)
        elif m.type == "PERSON" and len(m.tokens) >= 2:
            surnames[m.source.article_id].update(family_names(m.tokens)[0])
    targets: dict[str, set[str]] = defaultdict(set)
    short_articles: dict[str, set[str]] = defaultdict(set)  # articles where the one-word name occurs
    backed: dict[str, set[str]] = defaultdict(set)  # ... and one organisation's name opens with it
    for m in items:
        if len(m.tokens) == 1 and m.type not in ("COUNTRY", "PLACE") and m.kind == "name" and not m.royal:
            article = m.source.article_id
            short_articles[m.key].add(article)
            hits = orgs.get(article, {}).get(m.tokens[0], set())
            if len(hits) == 1 and m.tokens[0] not in surnames.get(article, ()):
                targets[m.key] |= hits
                backed[m.key].add(article)
    # Only a word seen beside its organisation's full name in at least half of the articles that use
    # it ("Google" stands alone in many stories, so it is not "Google Video").
    for m in items:
        hits = targets.get(m.key)
        if hits and len(hits) == 1 and 2 * len(backed[m.key]) >= len(short_articles[m.key]) and len(m.tokens) == 1:
            if m.kind == "name" and not m.royal and m.type not in ("COUNTRY", "PLACE"):
                m.key, m.type = next(iter(hits)), "ORG"


def _org_head_forms(items: list[_Mention], paragraphs: Mapping[tuple[str, int], str]) -> None:
    """A one-word name that is a body's kind ("the Federation", "the Commission", "Congress") and
    ends exactly one organisation's name in its article is that organisation there: "Spanish
    Football Federation" … "the Federation's decision". Only in that article: "the Commission" of
    another story may be another body. Not a part named with "of" ("Houses of Parliament" is not
    Parliament), nor a word opening a sentence ("Party leader Michael Howard" of a story that names
    the Tories and Labour)."""
    orgs: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, last word) → keys
    for m in items:
        if m.type == "ORG" and len(m.tokens) >= 2 and m.name[:1].isupper() and m.tokens[-2].casefold() != "of":
            orgs[(m.source.article_id, m.tokens[-1].casefold())].add(m.key)
    for m in items:
        if len(m.tokens) != 1 or m.kind != "name" or m.type in ("COUNTRY", "PLACE") or not org_head(m.name):
            continue
        text = paragraphs.get((m.source.article_id, m.source.paragraph_no))
        if text is None or m.source.char_start is None or opens_a_sentence(text, m.source.char_start):
            continue
        hits = orgs.get((m.source.article_id, m.tokens[0].casefold()), set())
        if len(hits) == 1:
            m.key, m.type = next(iter(hits)), "ORG"


def _initials(name: str) -> set[str]:
    """The acronyms a name can take: first letters ("London Stock Exchange" → LSE), or with an
    acronym inside the name kept whole ("UK Independence Party" → UKIP as well as UIP)."""
    words = [w for w in name.split() if w[:1].isupper()]
    first = "".join(w[0] for w in words)
    whole = "".join(w if w.isalpha() and w.isupper() else w[0] for w in words)
    return {first, whole}


def _implicit_acronyms(items: list[_Mention], acronyms: Mapping[str, str]) -> None:
    """An undefined short form spelling the initials of exactly one organisation named in full in
    its article is that organisation ("General Electric" ... "GE"; "London Stock Exchange" ... "LSE")."""
    orgs: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in items:
        if m.type == "ORG" and len(m.name.split()) >= 2:
            for initials in _initials(m.name):
                if len(initials) >= 2:
                    orgs[m.source.article_id][initials].add(m.key)
    for m in items:
        if m.kind == "acronym" and m.type != "COUNTRY" and m.name not in acronyms:
            hits = orgs.get(m.source.article_id, {}).get(m.name.replace(".", ""), set())
            if len(hits) == 1:
                m.key, m.type = next(iter(hits)), "ORG"


# A short form some house styles write as a word: "Wada", "Apacs", "Nato", "Bat".
_WORD_SHORT_FORM = re.compile(r"[A-Z][a-z]{2,6}")


def _word_acronyms(items: list[_Mention]) -> None:
    """A one-word name written as a word ("Wada", "Nymex") that spells exactly one organisation
    named in full in its article is that organisation: "World Anti-Doping Agency" … "Wada". A word
    already linked to an organisation whose name it opens ("Fiat" for "Fiat Auto") is that name
    shortened, not an acronym."""
    orgs: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)  # (article, first letter) → (key, name)
    for m in items:
        if m.type == "ORG" and sum(w[:1].isupper() for w in m.name.split()) >= 2:
            orgs[(m.source.article_id, m.name[0].lower())].add((m.key, m.name))
    for m in items:
        if m.kind != "name" or m.royal or m.type in ("COUNTRY", "PLACE") or not _WORD_SHORT_FORM.fullmatch(m.name):
            continue
        short = m.name.lower()
        candidates = orgs.get((m.source.article_id, short[0]))
        if not candidates or m.key != f"NAME:{name_key(m.name)}":
            continue
        hits = {key for key, name in candidates if _spells(short, name)}
        if len(hits) == 1:
            m.key, m.type, m.kind = next(iter(hits)), "ORG", "acronym"


@cache
def _spells(short: str, name: str) -> bool:
    """Whether `short` is the name's words' beginnings, in order: at least the first letter of each
    capitalised word, a joiner ("of", "for") used or skipped ("Apacs": Association for PAyment
    Clearing Services; "Nymex": New York MErcantile EXchange). Not a name's inner letters ("Fiat" is
    not Financial Times), one of its words ("Delta" is Delta Airlines shortened) nor a possessive
    or a list ("Arsenal's Edu", "James, Mills")."""
    parts = [w for part in name.split() for w in part.split("-") if w]
    words = [w.lower() for w in parts]
    if any(c in name for c in "'’,") or short in words:
        return False
    needed = [w[0].isupper() for w in parts]

    @cache
    def spell(i: int, j: int) -> bool:  # short[i:] from words[j:]
        if j == len(words):
            return i == len(short)
        if not needed[j] and spell(i, j + 1):
            return True
        word = words[j]
        return any(short[i : i + k] == word[:k] and spell(i + k, j + 1) for k in range(1, len(word) + 1))

    return spell(0, 0)


# ---------------------------------------------------------------- ids and names


def _assign_ids(clusters: Mapping[str, set[str]], previous: Mapping[str, str]) -> dict[str, str]:
    """Cluster key → entity id, reusing the id most of a cluster's member keys had before."""
    return assign_stable_ids(clusters, previous, prefix="e")


_TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d$")
_UNCLOSED = re.compile(r"\s*[(\[][^)\]]*$")
# A full stop inside a name that is not an initial's ("George W. Bush", "U.S. Steel") ends a
# sentence the model's span ran over: "Jay-Z. Soul".
_SENTENCE_STOP = re.compile(r"(?<=.)(?<![ .][A-Z])(?<!^[A-Z])\. ")
# (name particles among them: "Saif bin Hamad Al Darmaki" is a tidy name, not a phrase)
_JOINERS = frozenset(
    "of and the for de del della la y da do dos das di du van von der le al el on in at to & ' bin bint binti ibn "
    "e".split()
)


def _untidy(name: str) -> bool:
    """A candidate name with lowercase words (not joiners) or stray punctuation: "League commission",
    "Oscars - the", "Napster, Musicmatch"."""
    words = name.split()
    return (
        any(w[:1].islower() and w not in _JOINERS and not opens_with_an_article(w) for w in words)  # (not "al-Zubaidi")
        or bool(re.search(r"[,;:!?]| - ", name))
        or bool(_SENTENCE_STOP.search(name))
    )


def _short_form_of(short: str, full: str) -> bool:
    """Is `short` the full name cut short, word by word from its first ("Conservatives" of
    "Conservative Party", "Lib Dems" of "Liberal Democrats", "Plaid" of "Plaid Cymru"); not a
    nickname ("Tories"), an acronym ("EU") or a tail ("Treasury" of "HM Treasury")?"""
    words, full_words = short.split(), full.split()
    if not words or len(words) > len(full_words) or short.isupper():
        return False
    return all(
        f.casefold().startswith(w.casefold().removesuffix("s")) and len(w) >= 3
        for w, f in zip(words, full_words, strict=False)
    )


def _canonical_name(
    names: Counter[str], kind: str, iso3: str | None, acronyms: Mapping[str, str], forced: str | None = None
) -> str:
    """A reviewed alias's canonical name; else the most complete tidy form, then with diacritics,
    then most frequent, then alphabetical. A trailing year ("... Award 2004") is not part of a name."""
    if kind == "COUNTRY" and iso3:
        return country_name(iso3)
    candidates: Counter[str] = Counter()
    for n, c in names.items():
        tidy = _TRAILING_YEAR.sub("", _UNCLOSED.sub("", _PARENTHETICAL.sub("", n))).strip()
        candidates[tidy] += c
    if forced:
        return _restore_diacritics(forced, candidates)
    for n in list(candidates):
        if n in acronyms:
            candidates.setdefault(acronyms[n], 0)
    spelled_out = {n: c for n, c in candidates.items() if n and not (n.isupper() and len(n.split()) == 1)}
    pool = spelled_out or {n: c for n, c in candidates.items() if n}
    if len(pool) == 1:
        return next(iter(pool))
    best = min(pool, key=lambda n: (_untidy(n), -len(name_tokens(n)), -has_diacritics(n), -pool[n], n))
    return _restore_diacritics(best, pool)


def _restore_diacritics(name: str, variants: Mapping[str, int]) -> str:
    """'Nicolas Maduro Moros' + a variant 'Nicolás Maduro' → 'Nicolás Maduro Moros'."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for variant, n in variants.items():
        for word in variant.split():
            spellings[strip_accents(word).casefold()][word] += n
    words = []
    for word in name.split():
        options = spellings.get(strip_accents(word).casefold(), Counter())
        accented = [w for w in options if has_diacritics(w) and w.casefold() != w]
        words.append(max(accented, key=lambda w: (options[w], w)) if accented and not has_diacritics(word) else word)
    return " ".join(words)


# ---------------------------------------------------------------- the whole resolution


def _distinctive(words: tuple[str, ...]) -> bool:
    """Three or more words, every one capitalised or a joiner: a name the model tagged once is found
    again ("Just Add Monsters", "Duchy of Cornwall"); two words may be a chance pairing."""
    return len(words) >= 3 and all(w[:1].isupper() or w in _JOINERS for w in words) and words[-1][:1].isupper()


def _known_names(items: list[_Mention], acronyms: Mapping[str, str], vocab: _Vocab) -> tuple[list, dict, set]:
    """What the second pass looks for (see `rematch.py`): corpus-wide names, and per article the
    family names of the people it names in full."""
    known: list[KnownName] = []
    found = {words_of(m.name) for m in items if m.type in ("PERSON", "ORG", "PLACE", "EVENT", "COUNTRY")}
    counts: Counter[str] = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set] = defaultdict(set)
    for m in items:
        if m.type in ("PERSON", "ORG", "PLACE", "EVENT") and not m.royal:
            counts[m.name] += 1
            types[m.name]["PLACE" if m.voted_place else m.type] += 1
            articles[m.name].add(m.source.article_id)
    for name, n in counts.items():
        words = words_of(name)
        if not words or not words[0][:1].isupper() or any(w[:1].islower() and w not in _JOINERS for w in words):
            continue
        (kind, top), *_ = types[name].most_common(1)
        if len(words) >= 2 and (n >= 2 or _distinctive(words)):
            known.append(KnownName(words, kind, "name"))
        elif (
            len(words) == 1
            and kind in ("ORG", "PLACE", "EVENT")
            and n >= 3
            and len(articles[name]) >= 2
            and top >= 0.8 * n
            and "PERSON" not in types[name]
            and len(name) >= 3
            and vocab.mostly_capitalised(name)
        ):
            known.append(KnownName(words, kind, "name"))
    for short, long in acronyms.items():
        if not long[:1].isupper():
            continue  # "AI (artificial intelligence)": a term, not a name
        for text, kind in ((long, "name"), (short, "acronym")):
            words = words_of(text)
            if words:
                known.append(KnownName(words, shape_type(long) or "ORG", kind))
    for alias, (_, kind) in _alias_table().items():
        words = words_of(alias)
        if words:
            known.append(KnownName(words, kind, "alias"))
    per_article: dict[str, dict[str, list[KnownName]]] = defaultdict(dict)
    for m in items:
        if m.type == "PERSON" and len(m.tokens) >= 2 and not m.royal:
            written = m.name.split()
            # the family name (first for a Chinese name), and the other parts after the given name
            # ("Lula" of "Luiz Inácio Lula da Silva")
            if len(written) > 2 and not all(_A_NAME_WORD.fullmatch(w) or w in _JOINERS for w in written):
                continue  # "Jerry Springer - The": not a plain name
            for part in written[:1] if family_name_first(m.tokens) else written[1:]:
                # (a double-barrelled one too: "Asante-Mensah" after "Kwabena Asante-Mensah")
                if (
                    len(part) >= 3
                    and part[:1].isupper()
                    and _A_NAME_WORD.fullmatch(part)
                    and part.casefold() not in _JOINERS
                ):
                    per_article[m.source.article_id][part] = [KnownName((part,), "PERSON", "partial")]
            surnames = tuple(written[1:])
            if len(surnames) == 2 and not family_name_first(m.tokens) and all(map(_A_NAME_WORD.fullmatch, surnames)):
                # a double surname given alone ("Tavares Brandão", "Lemos Andrade", "Kumar Sethi"),
                # tried before its first word alone (the matcher takes the longest name first)
                per_article[m.source.article_id].setdefault(surnames[0], []).append(
                    KnownName(surnames, "PERSON", "partial")
                )
        elif m.type == "PERSON" and len(m.tokens) == 1 and is_royal(m.role) and m.name.isalpha():
            # a royal's given name: "Prince Charles ... Charles"
            per_article[m.source.article_id][m.name] = [KnownName((m.name,), "PERSON", "partial")]
        elif _a_one_word_name(m, vocab):
            # a one-word name the model tagged once in the article, found again where it missed it
            # there ("Proxy adviser Granite Governance criticised Sarvam for …" after "… met
            # Sarvam's chief"): one sense per article
            per_article[m.source.article_id].setdefault(m.name, [KnownName((m.name,), m.type, "partial")])
    for article, words in _org_first_words(items, vocab).items():
        for word in words:
            per_article[article].setdefault(word, [KnownName((word,), "ORG", "partial")])
    return known, per_article, (found | {k.words for k in known if k.kind != "partial"}) - {None}


def _a_one_word_name(m: _Mention, vocab: _Vocab) -> bool:
    """A person's or a body's one-word name (not a royal's, a country's or a demonym), of four letters
    or more, that the corpus seldom writes in lowercase."""
    name = m.name
    return (
        m.type in ("PERSON", "ORG")
        and len(m.tokens) == 1
        and not m.royal
        and name.isalpha()
        and len(name) >= 4
        and name[:1].isupper()
        and not iso3_for(name)
        and not is_demonym(name)
        and not is_demonym(re.sub(r"(?:wo)?m[ae]n$", "", name))  # "Dutchman", "Frenchwomen": people
        and vocab.mostly_capitalised(name)
    )


_FACILITY_HEADS = PLACE_HEADS | {"dam", "canal", "mine"}


def _org_first_words(items: list[_Mention], vocab: _Vocab) -> dict[str, set[str]]:
    """Per article, the first word of an organisation's name of two words or more that the article
    gives in full ("Pellucid" after "Pellucid Health", "Marsh" after "Marsh & McLennan"), to find
    where the model missed the short form: a word no other organisation's name there opens, no
    person's name there holds, no country or demonym, and that the corpus seldom writes in lowercase
    ("General Motors", "Royal Mail", "British Airways" give none)."""
    openers: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    people: dict[str, set[str]] = defaultdict(set)
    for m in items:
        written = m.name.split()
        if (
            m.type == "ORG"
            and len(written) >= 2
            and "of" not in m.tokens
            and "and" not in m.tokens  # a place in a constituency's name: "Arundel and South Downs Tories"
            and not any(c.isdigit() for c in m.name)  # a work's title: "Fahrenheit 9/11", "Spider-Man 2"
            and written[-1].casefold() not in _FACILITY_HEADS  # a facility, a place: "Xiluodu Dam"
        ):
            openers[m.source.article_id][written[0]].add(m.name)  # (as written: tokens are casefolded)
        elif m.type == "PERSON":
            people[m.source.article_id].update(m.tokens)
    return {
        article: {
            word for word, names in by_word.items()
            if len(names) == 1 and len(word) >= 4 and _A_NAME_WORD.fullmatch(word)
            and word.casefold() not in people[article]
            and not iso3_for(word) and not is_demonym(word) and vocab.mostly_capitalised(word)
            and word.casefold() not in _CALENDAR_WORDS  # "the Independent on Sunday": no Sunday Times
            and not countries_of_place(word)  # a city's name: "Lagos" of "Lagos Energy"
            and not is_given_name(word)  # "Schalk": a person's name as often
        }
        for article, by_word in openers.items()
    }  # fmt: skip


# One capitalised word in a speaker's place ("Macrovision said", "…, said Valve."): a name, of a
# kind the text does not tell (a firm, a mononym), that the model missed everywhere.
# (After the verb, not "told": whom one tells is no speaker.)
_ONE_WORD_SPEAKER = re.compile(
    rf"(?<![\w’'-])([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?=,? (?:{_SAYING})\b)"
    r"|\b(?:said|says|added) ([A-Z][a-z]+(?:[A-Z][a-z]+)?)(?=[.,;])"
)
# Days and months, capitalised as names are but no name of anyone's.
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
_NOT_A_SPEAKER = _CALENDAR_WORDS | {"god"}


def _speakers_the_model_missed(
    paragraphs: Mapping[tuple[str, int], str], found: set, per_article: Mapping[str, dict], vocab: _Vocab
) -> dict[str, dict[str, list[KnownName]]]:
    """Per article, one-word names in a speaker's place that no span of the corpus holds and that
    the corpus writes capitalised inside a sentence and never in lowercase (not "Research said",
    "Analysts said", "They told"), as names of unknown kind (OTHER), or of a person where the
    corpus writes them after an honorific ("Ms Errigo"); an article's family names of people go
    first ("Mourinho said" is Jose Mourinho)."""
    out: dict[str, dict[str, list[KnownName]]] = defaultdict(dict)
    for (article, _), text in paragraphs.items():
        for m in _ONE_WORD_SPEAKER.finditer(text):
            word = m.group(1) or m.group(2)
            if (
                (word,) in found
                or word in per_article.get(article, {})
                or word.casefold() in _NOT_A_SPEAKER
                or is_not_a_name(word)  # "They told us": a pronoun
                or is_title(word)
                or not vocab.capitalised.get(word)  # written capitalised inside a sentence somewhere
                or vocab.lower.get(word.casefold(), 0)
            ):
                continue
            kind = "PERSON" if vocab.honorific.get(word) else "OTHER"  # "Ms Errigo told": a person
            out[article][word] = [KnownName((word,), kind, "speaker")]
    return out


# A body's name right after its kind ("Belgian side KV Schelde", "the civic group Open Ledger
# Initiative", "supporters' trust, De Gele Muur"): capitalised words, with the joiners of names.
_BODY_AFTER_ITS_KIND = re.compile(
    r"\b(?:side|club|firm|company|group|union|charity|agency|trust|consortium|carrier|airline|lender|insurer"
    r"|retailer|regulator|watchdog|broadcaster|publisher|studio),? "
    r"((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|of|de|del|da|do|la|le|van|&))*)"
)
# Words that make a generic body with a suffix, not a name ("Security Forces", "Special Forces").
_GENERIC_BODY_WORDS = frozenset(
    """security armed special defence defense air naval allied coalition government rebel federal national
    state police joint ground border regular elite foreign pharmaceutical""".split()
)
# A compound adjective before a name ("Trouble-hit", "US-registered", "State-run"): no word of it.
_A_DESCRIPTION = re.compile(r"[\w’']+-[a-z]")
# A word of a person's name: letters, or letters joined by a hyphen ("Asante-Mensah", "Day-Lewis").
_A_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A name the model missed that ends in a suffix only a body has: a firm's ("Grenfell Pharma",
# "Arkwright Labs", "Bharat Rail Systems Ltd", "Nusantara Gas Berhad"), an armed force's ("Desert
# Shield Forces"). Two words or more, so that a word that only opens a sentence is no name.
_BODY_BY_ITS_SUFFIX = re.compile(
    r"(?<![\w&'’.-])((?:PT )?[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|&))*? "
    r"(?:Pharma|Labs|Laboratories|Holdings|Industries|Technologies|Securities|Airlines|Airways|Motors"
    r"|Pharmaceuticals|Therapeutics|Microelectronics|Semiconductor|Logistics|Shipping|Corp\.?|Corporation"
    r"|Inc\.?|Ltd\.?|plc|LLC|GmbH|Berhad|Bhd|Tbk|Forces|Brigades|Militia)"
    # or opens with the prefix of an Indonesian firm ("PT Samudra Energi Nusantara")
    r"|PT(?: [A-Z][\w&'’-]*)+)(?![\w&'’-])"
)
_NOT_A_BODY_WORD = _CALENDAR_WORDS | frozenset(
    "the a an on in at for this that these those it its he she they we i".split()
)


def _holds_a_name_found(tokens: tuple[str, ...], found: set) -> bool:
    """Does a run of the name's words, shorter than the name, make a name the corpus found? A name
    by its suffix is for names the model missed, not a longer one made of names it found."""
    return any(tokens[i:j] in found for i in range(len(tokens)) for j in range(i + 1, len(tokens) + 1)
               if j - i < len(tokens))  # fmt: skip


def _bodies_the_model_missed(
    paragraphs: Mapping[tuple[str, int], str], found: set, per_article: Mapping[str, dict], named: set
) -> dict[str, dict[str, list[KnownName]]]:
    """Per article, names written right after a kind of body ("Belgian side KV Schelde") or ending
    in a suffix only a body has ("Grenfell Pharma") that no span of the article holds: organisations
    the model missed or cut (`named`: the words of every name the model found, of any type)."""
    out: dict[str, dict[str, list[KnownName]]] = defaultdict(dict)
    for (article, _), text in paragraphs.items():
        after_kind = [(m.group(1), True) for m in _BODY_AFTER_ITS_KIND.finditer(text)]
        for m, after in after_kind + [(m.group(1), False) for m in _BODY_BY_ITS_SUFFIX.finditer(text)]:
            words = m.rstrip(".").split()
            while words and (words[-1] in _JOINERS or words[-1].casefold() in _NOT_A_BODY_WORD):
                words.pop()
            while (
                not after
                and len(words) > 2
                and (words[0].casefold() in _NOT_A_BODY_WORD or _A_DESCRIPTION.match(words[0]))
            ):
                words.pop(0)  # "The Desert Shield Forces", "Trouble-hit Mitsubishi Motors"
            # (a demonym may open a name with a body's suffix, "Sudanese Armed Forces", not a kind's
            # object, "Belgian side Brazil")
            country_first = after and iso3_for(words[0]) if words else False
            if not words or words[0].casefold() in _NOT_A_BODY_WORD or is_title(words[0]) or country_first:
                continue
            name = " ".join(words)
            tokens = words_of(name)
            if not tokens or tokens in found or is_not_a_name(name):
                continue
            if not after and all(w.casefold() in _GENERIC_BODY_WORDS for w in tokens[:-1]):
                continue  # "the Security Forces", "the Armed Forces": no one body named
            if not after and _holds_a_name_found(tokens, named):
                continue  # "Enfish X1 Technologies": two firms, a comma lost, each a name found
            known = per_article.get(article, {}).get(tokens[0], []) + out[article].get(tokens[0], [])
            if all(k.words != tokens for k in known):  # (the matcher looks names up by their first word)
                out[article].setdefault(tokens[0], []).append(KnownName(tokens, "ORG", "body"))
    return out


# Where someone is, goes or comes from: a preposition of place or a word of travel before a name
# ("arrived in Chisinau", "visited Windhoek", "returned from Accra"). The small English model misses
# many capitals there that it has seen seldom (a fifth of the world's capitals after "visited", when
# measured), and the visit goes with them.
# (Not after a bare "to", "from" or "at", which news of sport writes of clubs and players as often:
# "moved to Norwich", "a pass from Paterson", "won at Leicester".)
_WHERE_SOMEONE_IS = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Ii]nto|visit(?:ed|ing|s)?(?: to)?|tour(?:ed|ing|s)?|"
    r"(?:fl(?:ew|own|ies|y|ying)|travel+(?:ed|ing|s)?|trips?|journey(?:ed|s)?|returned|returning|headed|"
    r"arrived|arriving)(?: back| home| on| in| out)? (?:to|from|in|at)) "
)
# A city's name: capitalised words, with the lowercase joiners of place names ("Port of Spain",
# "Dar es Salaam", "Andorra la Vella").
_CITY_WORDS = re.compile(
    r"[A-Z](?:['’][A-Z])?[\w'’]*(?:-[A-Za-z][\w'’]*)*(?: (?:(?:of|es|de|del|la|el|al|du) )?"
    r"[A-Z](?:['’][A-Z])?[\w'’]*(?:-[A-Za-z][\w'’]*)*){0,3}"
)


def _city_at(text: str, start: int, vocab: _Vocab) -> str | None:
    """The known city named whole at `start` (`places.country_of_a_known_city`: a capital, or a city
    large enough that its name alone says its country), the longest that ends the run of capitalised
    words; not a country's name ("in Jordan" is a country the model finds), nor a word the corpus
    writes in lowercase too ("in Man of the Match", "in Reading")."""
    run = _CITY_WORDS.match(text, start)
    if run is None:
        return None
    words = run.group().split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if n < len(words) and words[n][:1].isupper():
            continue  # (not a city's name inside a longer name: "Sofia Coppola", "Dakar Rally")
        if n == 1 and vocab.lower.get(name.casefold()):
            continue
        if words[n - 1][:1].isupper() and not iso3_for(name) and country_of_a_known_city(name):
            return name
    return None


def _dateline_place(text: str) -> str | None:
    """The place a dateline opens `text` with, as written ("BRASÍLIA, October 8 (Prensa Latina) —",
    "TEHRAN (Reuters) -"): its city, without a region after a comma; else None."""
    dateline = parse_dateline(text)
    if dateline is None or not dateline.place:
        return None
    start = len(text) - len(text.lstrip())
    city = dateline.place.split(",")[0].strip()
    written = text[start : start + len(city)]
    return written if written.casefold() == city.casefold() else None


def _datelines_places(paragraphs: Mapping[tuple[str, int], str]) -> dict[str, dict[str, list[KnownName]]]:
    """Per article, the places its datelines name, which the model misses in capitals as often as
    not (92 of 243 capitals written "MADRID, March 3 (Reuters) -", measured): the place the story
    was filed from, whatever type the model read there (`rematch.merge_matches`)."""
    out: dict[str, dict[str, list[KnownName]]] = defaultdict(dict)
    for (article, _), text in paragraphs.items():
        if (tokens := words_of(_dateline_place(text) or "")) is not None:
            out[article].setdefault(tokens[0], []).append(KnownName(tokens, "PLACE", "dateline"))
    return out


def _words_of_people_named_in_full(items: Iterable[_Mention]) -> dict[str, set[str]]:
    """Per article, the words of the names of the people it names in full."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in items:
        if m.type == "PERSON" and len(m.tokens) >= 2:
            out[m.source.article_id].update(m.name.split())
    return out


def _cities_the_model_missed(
    paragraphs: Mapping[tuple[str, int], str],
    per_article: Mapping[str, dict],
    people: Mapping[str, set[str]],
    vocab: _Vocab,
) -> dict[str, dict[str, list[KnownName]]]:
    """Per article, known cities written where someone is, goes or comes from (`_WHERE_SOMEONE_IS`),
    as places: the second pass adds them where the model spanned nothing, widens the pieces it cut
    ("Port" + "Spain" → "Port of Spain"), and makes a place of a person the model read in the same
    words where the city is a capital no one is named after ("visited Windhoek"); a longer span of
    the model keeps its reading (`rematch.merge_matches`). `people`: per article, the words of the
    names of people it names in full, whose family names stay theirs ("a call from Jackson")."""
    out: dict[str, dict[str, list[KnownName]]] = defaultdict(dict)
    for (article, _), text in paragraphs.items():
        for m in _WHERE_SOMEONE_IS.finditer(text):
            name = _city_at(text, m.end(), vocab)
            tokens = words_of(name) if name else None
            if not tokens or set(tokens) & people.get(article, set()):
                continue
            # (the model's one-word name elsewhere in the article is no family name: a city it
            # read as someone, "Windhoek", is found as the city)
            known = [k for k in per_article.get(article, {}).get(tokens[0], []) if k.kind != "partial"]
            if all(k.words != tokens for k in known + out[article].get(tokens[0], [])):
                # (a capital no one is named after may retype the model's person: "visited
                # Windhoek"; "Sofia" and "Victoria" stay as the model read them, and so do other
                # cities, which are clubs' names as often: "Glasgow", "Norwich")
                kind = "city" if capital_of(name) and not is_given_name(tokens[0]) else "place"
                out[article].setdefault(tokens[0], []).append(KnownName(tokens, "PLACE", kind))
    return out


def _second_pass(
    mentions: list[MentionIn],
    paragraphs: Mapping[tuple[str, int], str],
    known: list[KnownName],
    per_article: Mapping[str, dict],
    known_words: set[tuple[str, ...]],
    absorbed: list[tuple[str, str]],
) -> list[MentionIn]:
    matcher = NameMatcher(known)
    by_paragraph: dict[tuple[str, int], list[MentionIn]] = defaultdict(list)
    out: list[MentionIn] = []
    split = split_country_prefix(split_conjoined(split_agents(mentions, paragraphs), known_words), known_words)
    split = split_portfolio_from_name(split_country_from_portfolio(split, paragraphs), paragraphs)
    for m in split_possessors(split, known_words):
        if m.char_start is None or (m.article_id, m.paragraph_no) not in paragraphs:
            out.append(m)
        else:
            by_paragraph[(m.article_id, m.paragraph_no)].append(m)
    for (article, paragraph_no), text in paragraphs.items():
        here = by_paragraph.get((article, paragraph_no), [])
        matches = matcher.find(text, per_article.get(article))
        if not matches:
            out.extend(here)
            continue

        def make_new(start: int, end: int, k: KnownName, article=article, paragraph_no=paragraph_no, text=text):
            label = LABEL_OF_TYPE.get(k.type, "ORG")
            before = title_before(text, start) if label == "PERSON" else None
            return MentionIn(
                f"{article}:{paragraph_no}:{start}",
                article,
                text[start:end],
                label,
                before,
                paragraph_no,
                start,
                end,
                "matcher",
            )

        for m in merge_matches(here, matches, text, make_new, absorbed):
            if m.source == "matcher" and m.label == "PERSON":
                m = replace(m, title_before=title_before(text, m.char_start))
            out.append(m)
    return out


# "Jay-Z, real name Shawn Carter", "50 Cent (real name Curtis Jackson)", "Bob Dylan, born Robert
# Zimmerman": the name before is the one the person is known by.
_REAL_NAME = re.compile(rf"{REAL_NAME_BETWEEN}|\s*[,(–-]\s*born\s+")


def _stage_names(items: list[_Mention], paragraphs: Mapping[tuple[str, int], str]) -> list[tuple[int, int]]:
    """(the mention of the name someone is known by, the mention of their real name) for each
    name written right before "real name" and a person's full name; the first is a person."""
    by_paragraph: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(items):
        if m.source.char_start is not None and m.type != "COUNTRY":
            by_paragraph[(m.source.article_id, m.source.paragraph_no)].append(i)
    pairs = []
    for key, indices in by_paragraph.items():
        text = paragraphs.get(key, "")
        ordered = sorted(indices, key=lambda i: items[i].source.char_start)
        for known, real in zip(ordered, ordered[1:], strict=False):
            a, b = items[known].source, items[real].source
            gap = _REAL_NAME.fullmatch(text, a.char_end, b.char_start)
            if gap and items[real].type == "PERSON" and len(items[real].tokens) >= 2 and items[known].tokens:
                items[known].type = "PERSON"
                pairs.append((known, real))
    return pairs


def _known_by_stage_names(
    items: list[_Mention], clusters: dict[int, tuple[str, ...]], pairs: list[tuple[int, int]]
) -> None:
    """Whoever is named by a real name joins the person known by the name written before it, and
    the real name's mentions offer that name for the canonical one (the text's "Jay-Z", not "Shawn
    Carter"; "Mick Mars" stays the canonical name of the "Mars" of "Mars - real name Bob Deal")."""
    for known, real in pairs:
        if known not in clusters or real not in clusters or clusters[real] == clusters[known]:
            continue
        old, new = clusters[real], clusters[known]
        display = items[known].display or items[known].name
        for i, cluster in list(clusters.items()):
            if cluster == old:
                clusters[i] = new
                items[i].display = display


def resolve(
    mentions: Iterable[MentionIn],
    paragraph_texts: Iterable[str],
    previous_registry: Mapping[str, str] | None = None,
    paragraphs: Mapping[tuple[str, int], str] | None = None,
) -> Resolution:
    """Resolve every mention of the corpus. With `paragraphs` ((article_id, paragraph_no) → text,
    and mentions carrying their offsets), the spans are refined first: demonyms split off people
    and the second pass finds known names again (`rematch.py`)."""
    acronyms = acronym_table(paragraph_texts)
    mentions = list(mentions)
    vocab = _Vocab(paragraphs.values()) if paragraphs else None
    absorbed: list[tuple[str, str]] = []
    if paragraphs:
        mentions = split_demonyms(
            join_cut_names(whole_hyphenated_names(mentions, paragraphs), paragraphs, vocab, absorbed)
        )
        first = [m for m in _classify_all(mentions, acronyms, vocab) if m.type != _REJECT]
        _vote_types(first)
        known, per_article, found = _known_names(first, acronyms, vocab)
        every_name = {words_of(m.name) for m in first} - {None}
        for article, names in _speakers_the_model_missed(paragraphs, found, per_article, vocab).items():
            per_article[article] = {**names, **per_article.get(article, {})}
        for article, names in _bodies_the_model_missed(paragraphs, found, per_article, every_name).items():
            here = per_article.get(article, {})
            per_article[article] = {**here, **{w: here.get(w, []) + ks for w, ks in names.items()}}
        people = _words_of_people_named_in_full(first)
        cities = _cities_the_model_missed(paragraphs, per_article, people, vocab)
        for found_first in (cities, _datelines_places(paragraphs)):  # (a dateline's place first of all)
            for article, names in found_first.items():
                here = per_article.get(article, {})
                per_article[article] = {**here, **{w: ks + here.get(w, []) for w, ks in names.items()}}
        mentions = _second_pass(mentions, paragraphs, known, per_article, found, absorbed)
    resolution = Resolution(acronyms=acronyms)
    if paragraphs:
        resolution.rejected.extend((mid, f"part of the known name found at {into}") for mid, into in absorbed)
        works = work_titles(mentions, paragraphs)
        offices = portfolios(mentions, paragraphs, set(_alias_table()))
        for ids, why in ((works, "a title of a work"), (offices, "an office's portfolio")):
            resolution.rejected.extend((m.mention_id, f"{why}: {m.text!r}") for m in mentions if m.mention_id in ids)
        mentions = [m for m in mentions if m.mention_id not in works | offices]
    items = []
    for m in _classify_all(mentions, acronyms, vocab):
        if m.type == _REJECT:
            resolution.rejected.append((m.source.mention_id, f"not a name: {m.source.text!r}"))
        else:
            items.append(m)
    _vote_types(items)
    _shared_country_names(items)
    extensions = _org_extensions(items)
    for m in items:
        m.key = extensions.get(m.key, m.key)
    _org_short_forms(items)
    _org_head_forms(items, paragraphs or {})
    _implicit_acronyms(items, acronyms)
    _word_acronyms(items)
    stage_names = _stage_names(items, paragraphs or {})
    _family_names_of_people(items)
    person_clusters = link_people(items)
    _known_by_stage_names(items, person_clusters, stage_names)

    cluster_of: list[str] = []
    members: dict[str, set[str]] = defaultdict(set)
    for i, m in enumerate(items):
        if m.type == "PERSON" and i in person_clusters:
            cluster = "PERSON:" + " ".join(person_clusters[i])
            # Registry members are full names only: a bare surname means different people in different articles.
            member = "PERSON:" + " ".join(m.tokens) if len(m.tokens) >= 2 else cluster
            if m.kind == "name" and len(m.tokens) == 1 and len(person_clusters[i]) >= 2 and not m.royal:
                m.kind = "partial"
        else:
            cluster = member = m.key
        cluster_of.append(cluster)
        members[cluster].add(member)

    ids = _assign_ids(members, previous_registry or {})
    resolution.registry = {member: ids[c] for c, ms in members.items() for member in ms}

    names: dict[str, Counter[str]] = defaultdict(Counter)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    fixed_types: dict[str, Counter[str]] = defaultdict(Counter)
    forced: dict[str, Counter[str]] = defaultdict(Counter)
    iso3s: dict[str, str | None] = {}
    for m, cluster in zip(items, cluster_of, strict=True):
        eid = ids[cluster]
        src = m.source
        resolution.mentions.append(
            ResolvedMention(
                src.mention_id, eid, m.name, m.role, m.type, src.article_id, src.paragraph_no,
                src.char_start, src.char_end, src.text, src.label, m.kind, src.source,
            )
        )  # fmt: skip
        names[eid][m.display or m.name] += 1
        surfaces[eid][m.source.text.strip()] += 1
        articles[eid].add(m.source.article_id)
        types[eid][m.type] += 1
        if m.fixed:
            fixed_types[eid][m.type] += 1
        if m.kind == "alias":
            forced[eid][_alias_table()[m.name][0]] += 1
        iso3s[eid] = iso3s.get(eid) or m.iso3

    for eid in sorted(names):
        # Rules (country, alias, acronym, name shape) decide the type; else the majority of the
        # mentions' (already voted) types; ties follow ENTITY_TYPES.
        votes = fixed_types[eid] or types[eid]
        kind = min(votes, key=lambda t: (-votes[t], ENTITY_TYPES.index(t)))
        iso3 = iso3s[eid] if kind == "COUNTRY" else None
        if kind == "COUNTRY" and not iso3:
            kind = "PLACE"
        best_forced = min(forced[eid], key=lambda n: (-forced[eid][n], n)) if forced[eid] else None
        if (
            best_forced
            and vocab is not None
            and best_forced not in names[eid]
            and not vocab.written(best_forced)
            and not any(_short_form_of(name, best_forced) for name in names[eid])
        ):
            # the table says who it is; a name the corpus never writes is not offered, unless a name
            # written is its short form, which any reader expands ("the Conservatives", "Lib Dems")
            best_forced = None
        resolution.entities.append(
            Entity(
                entity_id=eid,
                canonical_name=_canonical_name(names[eid], kind, iso3, acronyms, best_forced),
                type=kind,
                iso3=iso3,
                n_mentions=sum(names[eid].values()),
                n_articles=len(articles[eid]),
            )
        )
        resolution.aliases.extend((eid, alias, n) for alias, n in sorted(surfaces[eid].items()))
    return resolution
