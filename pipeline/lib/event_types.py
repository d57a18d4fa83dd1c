"""What happened: visits, agreements signed, support and criticism, coded on the CAMEO scale.

Meetings (`meetings.py`) are one kind of event; this module finds four more in the same parses
(`cues.parse_text`: only sentences with a cue are parsed). Each type has trigger words, read from
the parse, and two sides:

    MEET      040  met, meeting with, talks with (`meetings.find_meetings`): subject, the other side
    VISIT     042  visit(ed), a visit/trip/tour/stopover to, arrived in: the visitor, the country (else
                   the person) visited; a city is the place
    VISIT     043  hosted, received (a person): the host, the guest
    SIGN      057  signed, inked, the signing of: a signatory, the other ("with", "between");
                   `detail` is what was signed
    SUPPORT   051  praised, commended, hailed, applauded, lauded, thanked, congratulated
    SUPPORT   053  supported, backed, endorsed, expressed/reiterated support for
    CRITICIZE 111  criticised, condemned, denounced, slammed, blasted, lambasted, rebuked
    CRITICIZE 112  accused
For SUPPORT and CRITICIZE side A is who praises, supports, criticises or accuses, side B whom.

Sides are entities: a person named in the phrase, else a country (demonyms count: "the Chinese
side" is China), else an organisation; "he"/"she" is the last person named; "the Chinese
premier" is the last person whose role has those words; "the two sides" / "the two heads of
state" are the two sides of the article's last meeting. A trigger inside a direct quotation is
the speaker's word, not the reporter's account, and is left out (quotations have their own
table); a negated trigger ("did not support") is no event. The date and the place are found as
for meetings (`meetings._date_of`, `meetings._place_of`). An event told twice in an article (a
teaser and the republished item) is one row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.lib.cues import parse_text, sentence_spans
from pipeline.lib.meetings import (
    EntitySpan,
    Meeting,
    ParagraphIn,
    _date_of,
    _entities_in,
    _place_of,
    _pruned_subtree,
)
from pipeline.lib.quotations import Person, is_quotation, quotation_regions

MEET, VISIT, SIGN, SUPPORT, CRITICIZE = "MEET", "VISIT", "SIGN", "SUPPORT", "CRITICIZE"
EVENT_TYPES = (MEET, VISIT, SIGN, SUPPORT, CRITICIZE)
# CAMEO codes (Conflict and Mediation Event Observations, the scale of GDELT's event stream).
CAMEO = {
    "040": "Consult, not specified (meet)",
    "042": "Make a visit",
    "043": "Host a visit",
    "051": "Praise or endorse (praise, commend, hail, welcome, thank)",
    "053": "Rally support on behalf of",
    "057": "Sign formal agreement",
    "111": "Criticize or denounce",
    "112": "Accuse",
}
CAMEO_OF_TYPE = {MEET: ("040",), VISIT: ("042", "043"), SIGN: ("057",), SUPPORT: ("051", "053"),
                 CRITICIZE: ("111", "112")}  # fmt: skip


def _forms(*stems: str) -> set[str]:
    return {f for stem in stems for f in stem.split()}


def _verb(*bases: str) -> set[str]:
    """A regular verb's forms by English spelling (praise → praises, praised, praising; back →
    backs, backed, backing), so a trigger list names the verb once, not each form it happens to
    take in one text. Irregular forms are listed with `_forms`."""
    out = set()
    for base in bases:
        stem = base[:-1] if base.endswith("e") and not base.endswith("ee") else base
        third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
        out |= {base, third, stem + "ed", stem + "ing"}
    return out


_VISIT_VERBS = _verb("visit")
_VISIT_NOUNS = _forms("visit visits trip trips tour tours stopover stopovers")
_ARRIVE = _verb("arrive", "travel") | _forms("travelled travelling")
_HOST = _verb("host", "receive")
_SIGN = _verb("sign", "ink")
_PRAISE = _verb("praise", "commend", "hail", "applaud", "laud", "thank", "congratulate", "welcome", "salute")
_SUPPORT = _verb("support", "back", "endorse")
_SUPPORT_NOUN_VERBS = _verb(
    "express", "reiterate", "reaffirm", "voice", "pledge", "offer", "provide", "extend", "convey", "show", "declare"
) | _forms("give gives gave given giving lend lends lent pay pays paid paying")
_CRITICIZE = _verb("criticise", "criticize", "condemn", "denounce", "lambast", "rebuke", "blast", "deplore") | _forms(
    "slam slams slammed slamming"
)
_ACCUSE = _verb("accuse")
# "Attack" is criticism when what is attacked is said or decided ("attacked Labour's pledges") or is
# a person; attacking a country or a place is force, not one of these types.
_ATTACK = _verb("attack")
_STATEMENT_NOUNS = _forms(
    "pledge pledges plan plans policy policies remarks comments words speech record proposal proposals budget",
    "decision decisions stance claims claim tactics manifesto agenda statement statements handling leadership",
)
# A noun whose owner may follow as "of" ("the efforts of the government of President Petro"):
# support for it is support for the owner, as "Petro's efforts" would be.
_AGENT_NOUNS = _forms("efforts effort work position stance government administration leadership bid candidacy role",
                      "struggle cause people policy policies proposal initiative")  # fmt: skip
# Nouns that state the event themselves when they name both sides: "its support for Guyana",
# "gratitude to China", "Labour's criticism of the plan's backers", "accusations against Iran".
_SUPPORT_NOUNS = _forms("support backing endorsement solidarity")
_PRAISE_NOUNS = _forms("praise gratitude appreciation congratulations thanks tribute")
_CRITICISM_NOUNS = _forms("criticism criticisms condemnation denunciation")
_ACCUSATION_NOUNS = _forms("accusation accusations allegation allegations")
_RECIPROCAL = _forms("mutual reciprocal")
# "speak highly of", "thought highly of": praise said with an adverb, not a praise word.
_IDIOM_VERBS = _verb("speak", "talk", "think") | _forms("spoke spoken thought")
_CLIMB = ("xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "dobj", "pobj", "prep", "ccomp")
_LIGHT_VERBS = _forms("made make makes making paid pay pays paying undertook undertake began")
_ORG_PAIR_WORDS = {"firms", "companies", "groups", "banks", "clubs", "carmakers", "airlines"}
_PAIR_WORDS = {"sides", "leaders", "countries", "heads", "presidents", "parties", "governments", "nations"} | (
    _ORG_PAIR_WORDS
)
_GROUP_WORDS = _forms("countries nations states members governments economies partners")
_MEMBER_PREPS = _forms("including like among")
_PRONOUNS = {"he": "M", "she": "F", "his": "M", "her": "F", "him": "M"}
_OWNER_PRONOUNS = _forms("its their")
# Nouns a demonym turns into its country ("the Venezuelan people"), unlike "the Colombian peace process".
_COUNTRY_BODIES = _forms("people peoples government governments side authorities state nation leadership",
                         "administration delegation army forces membership bid")  # fmt: skip
# A side no one names, as the gold writes it (null): "accused some critics", "media criticism".
_GENERIC_PEOPLE = _forms(
    "critics opponents media press observers analysts commentators campaigners protesters activists rivals"
)
# Verbs whose subject takes the criticism ("Labour has attracted media criticism").
_RECEIVE = _verb("attract", "face", "draw", "receive", "incur") | _forms("drew drawn")
# People nouns that say who supports: "a leading advocate of Turkish membership".
_SUPPORTER_NOUNS = _forms("advocate advocates supporter supporters backer backers")
# "The party", "the company": the organisation of that kind named last.
_ORG_NOUNS = _forms("party company firm club group bank union")
_PERSON_NOUNS = _forms("chairman co-chairman chairwoman minister leader president premier secretary spokesman",
                       "spokeswoman chancellor ambassador chief boss director mayor governor senator envoy king queen",
                       "prince princess official head founder")  # fmt: skip


@dataclass(frozen=True)
class Event:
    paragraph_no: int
    event_type: str
    cameo_code: str
    actor_a: str | None  # entity ids
    actor_b: str | None
    place: str | None
    event_date: dt.date | None
    sentence: str
    trigger: str
    detail: str | None = None  # what was signed ("a memorandum of understanding"), what was criticised


def meet_events(meetings: Sequence[Meeting]) -> list[Event]:
    """Meetings as MEET events (CAMEO 040)."""
    return [
        Event(m.paragraph_no, MEET, "040", m.actor_a, m.actor_b, m.place, m.meeting_date, m.sentence.strip(), "meet")
        for m in meetings
    ]


class _Actors:
    """Resolves a phrase to an entity, with what the article said so far."""

    def __init__(self, people: Mapping[str, Person], pairs: Sequence[tuple[str, str]]):
        self.people = people
        self.pairs = list(pairs)  # the article's meetings, (a, b), in order
        self.last_person: str | None = None
        self.recent_people: list[str] = []
        self.known: dict[str, str] = {}
        self.countries: dict[str, int] = {}
        self.groups: dict[tuple, list[EntitySpan]] = {}
        self.orgs: dict[str, int] = {}
        self.last_org_or_country: str | None = None
        self.last_org: str | None = None
        self.topic: str | None = None  # the person the last parsed sentence was about (its subject)
        self.topic_where: tuple[int, int, bool] | None = None  # its paragraph, end, whether it ends it

    def pair(self, word: str = "sides") -> tuple[str, str] | None:
        """ "The two sides": those of the article's last meeting, else its two most named countries;
        "the two firms": its two most named organisations."""
        if self.pairs and word not in _ORG_PAIR_WORDS:
            return self.pairs[-1]
        named = self.orgs if word in _ORG_PAIR_WORDS else self.countries
        top = [c for c, _ in sorted(named.items(), key=lambda kv: -kv[1])[:2]]
        return (top[0], top[1]) if len(top) == 2 else None

    def of(self, token, paragraph: ParagraphIn, prefer=("PERSON", "COUNTRY", "ORG"), exclude=None) -> str | None:
        if token is None:
            return None
        if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
            token = token.head.head  # "Ramotar, who was visiting China": the relative's noun
        lower = token.lower_
        if lower == "it":  # a firm or a country told of before it, in its sentence or the ones before
            before = [e for e in paragraph.entities if e.type in ("COUNTRY", "ORG") and e.char_end <= token.idx]
            return before[-1].entity_id if before else self.last_org_or_country
        own = [e for e in _entities_in([token], paragraph.entities) if e.type in ("PERSON", "COUNTRY", "ORG")]
        if own and lower not in _PRONOUNS and token.pos_ == "PROPN":
            return own[0].entity_id  # the subject's own name, before any name deeper in its phrase
        if lower in _OWNER_PRONOUNS:
            # "thanked China for its support": the last country or organisation named before it in
            # the sentence (a person is "his" or "her").
            start = token.sent.start_char
            before = [e for e in paragraph.entities if e.type in ("COUNTRY", "ORG") and start <= e.char_start
                      and e.char_end <= token.idx and e.entity_id != exclude]  # fmt: skip
            return before[-1].entity_id if before else None
        if (
            lower in ("he", "she")
            and token.dep_ == "nsubj"
            and self._topic_fits(token, paragraph, _PRONOUNS[lower], exclude)
        ):
            return self.topic  # a subject pronoun goes on with the last sentence's subject
        if lower in _PRONOUNS:
            before = [e for e in paragraph.entities if e.type == "PERSON" and e.char_end <= token.idx]
            # A person named as a possessor ("Tony Blair's prediction") is less likely the one a
            # pronoun means than one named as a subject or object: they are tried last.
            text = paragraph.text
            held = [
                e
                for e in before
                if {text[e.char_end : e.char_end + 2], text[e.char_end - 2 : e.char_end]} & {"'s", "’s"}
            ]
            candidates = [e.entity_id for e in before[::-1] if e not in held]
            candidates += [e.entity_id for e in held[::-1]] + self.recent_people[::-1]
            for entity_id in candidates:
                if entity_id == exclude:
                    continue
                gender = self.people.get(entity_id, Person()).gender
                if gender is None or gender == _PRONOUNS[lower]:
                    return entity_id
            return None
        phrase = _pruned_subtree(token)
        found = _entities_in(phrase, paragraph.entities)
        people = [e for e in found if e.type == "PERSON"]
        if people:
            return people[0].entity_id
        if token.text in self.known:
            return self.known[token.text]
        words = [t.lower_ for t in sorted(phrase, key=lambda t: t.i) if t.pos_ in ("ADJ", "NOUN", "PROPN")]
        if token.pos_ == "NOUN" and words and any(t.lower_ in ("the", "his", "her") for t in phrase):
            # "The Chinese premier": the last person whose role has those words.
            for entity_id in self.recent_people[::-1]:
                for role in self.people.get(entity_id, Person()).roles:
                    role_words = set(role.casefold().split())
                    if words[-1] in role_words and set(words[:-1]) <= role_words:
                        return entity_id
        if token.pos_ == "NOUN" and not people and any(t.lower_ in _PERSON_NOUNS for t in _with_joined(phrase)):
            # "The Tory co-chairman attacked …", a role the article never gave: as a subject, the
            # person the story is about; never the party in its words.
            return self.topic if token.dep_ == "nsubj" and self._topic_fits(token, paragraph, None, exclude) else None
        for kind in prefer:
            chosen = [e for e in found if e.type == kind]
            if chosen:
                return chosen[0].entity_id
        return None

    def _topic_fits(self, token, paragraph: ParagraphIn, gender: str | None, exclude) -> bool:
        """The last subject goes on only into the very next sentence (a sentence between, parsed
        or not, may have named someone else), and only if its gender fits."""
        if self.topic is None or self.topic == exclude or self.topic_where is None:
            return False
        known = self.people.get(self.topic, Person()).gender
        if not (gender is None or known is None or known == gender):
            return False
        where, end, last_in_paragraph = self.topic_where
        first = next((t.idx for t in token.sent if not t.is_space), token.idx)
        starts = [a for a, _ in sentence_spans(paragraph.text)]
        if where == paragraph.paragraph_no:
            return not any(end <= a < first for a in starts)
        return where == paragraph.paragraph_no - 1 and last_in_paragraph and all(a >= first for a in starts)

    def follow_subject(self, sentence, paragraph: ParagraphIn) -> None:
        """Remembers the person a sentence's main clause is about."""
        # A named subject first: the parser often joins a sentence to a quotation's frame ("Fox
        # accused Blair … 'What …' he told BBC News") and roots it on the frame's pronoun.
        subjects = [t for t in sentence if t.dep_ == "nsubj"]
        named = [t for t in subjects if t.pos_ == "PROPN" and t.i < sentence.root.i]  # not a reported clause's
        root = [c for c in sentence.root.children if c.dep_ == "nsubj"]
        if not (named or root):
            return
        found = self.of((named or root)[0], paragraph)
        if found is not None and (
            found in self.people
            or found in self.recent_people
            or any(e.entity_id == found and e.type == "PERSON" for e in paragraph.entities)
        ):
            self.topic = found
            end = max((t.idx + len(t.text) for t in sentence if not t.is_space), default=sentence.end_char)
            self.topic_where = (paragraph.paragraph_no, end, all(a < end for a, _ in sentence_spans(paragraph.text)))

    def remember_groups(self, sentence, paragraph: ParagraphIn) -> None:
        """A group the sentence names by its members ("the Caribbean countries …, including Jamaica
        and Barbados"), so that a later "Caribbean countries" means them. The list is tied to the
        nearest group word before it, not to the parser's attachment, which often hangs it elsewhere."""
        for token in sentence:
            if not _is_member_prep(token):
                continue
            members = _member_list(token, paragraph)
            group = next((t for t in reversed(sentence[: token.i - sentence.start]) if t.lower_ in _GROUP_WORDS), None)
            if members and group is not None and _group_key(group):
                self.groups[_group_key(group)] = members

    def group_members(self, token) -> list[str]:
        """The members of a group named by a phrase ("Leaders of all Caribbean countries")."""
        for t in _pruned_subtree(token):
            if t.lower_ in _GROUP_WORDS and _group_key(t) in self.groups:
                return [e.entity_id for e in self.groups[_group_key(t)]]
        return []

    def org_named_last(self, token, paragraph: ParagraphIn) -> str | None:
        """ "The party", "the company": the last organisation named before it."""
        if token.lower_ not in _ORG_NOUNS or not any(c.lower_ == "the" for c in token.children):
            return None
        before = [e for e in paragraph.entities if e.type == "ORG" and e.char_end <= token.idx]
        return before[-1].entity_id if before else self.last_org

    def known_name(self, token, paragraph: ParagraphIn) -> str | None:
        """A person's name given again in part ("SRSG Massieu" after "Carlos Ruiz Massieu") where
        the model marked no entity."""
        if token.pos_ != "PROPN":
            return None
        for e in reversed(paragraph.entities):
            if (
                e.type == "PERSON"
                and e.char_end <= token.idx
                and token.text in paragraph.text[e.char_start : e.char_end].split()
            ):
                return e.entity_id
        return self.known.get(token.text)

    def after_paragraph(self, paragraph: ParagraphIn) -> None:
        for e in paragraph.entities:
            if e.type in ("COUNTRY", "ORG"):
                self.last_org_or_country = e.entity_id
            if e.type == "ORG":
                self.last_org = e.entity_id
            if e.type == "COUNTRY":
                self.countries[e.entity_id] = self.countries.get(e.entity_id, 0) + 1
            if e.type == "ORG":
                self.orgs[e.entity_id] = self.orgs.get(e.entity_id, 0) + 1
            if e.type == "PERSON":
                self.recent_people.append(e.entity_id)
                for word in paragraph.text[e.char_start : e.char_end].split():
                    self.known.setdefault(word, e.entity_id)


def _with_joined(tokens) -> list:
    """The tokens with the rest of any hyphenated word they start ("co" of "co-chairman")."""
    out = list(tokens)
    for t in tokens:
        nxt = t
        while not nxt.whitespace_ and nxt.i + 1 < len(nxt.doc):
            nxt = nxt.nbor(1)
            out.append(nxt)
    return out


def _subject(token):
    node = token
    for _ in range(6):
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.i < node.head.i:
            # "Speaking highly of X, Ma said …": an opening participle's subject is the first
            # subject after it, whatever clause the parser hung the participle on.
            end = max(t.i for t in node.subtree)
            after = [t for t in node.sent if t.i > end and t.dep_ == "nsubj"]
            if after:
                return after[0]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and not _is_passive_subject(c)]
        if subjects:
            return subjects[0]
        agents = [g for c in node.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0]
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return node.head  # "Labour poster plans attacking Mr Howard": the plans
        if node.dep_ == "relcl" and not any(c.lower_ == "to" for c in node.children):
            return node.head  # "a delegation who visited": the noun (not "a delegation to visit")
        if node.head.i == node.i or node.dep_ not in _CLIMB:
            return None
        node = node.head
    return None


def _is_passive_subject(token) -> bool:
    return token.dep_ == "nsubjpass"


def _objects(trigger, preps=("with",)) -> list:
    out = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "obj"):
            out.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _head_entities(head, paragraph: ParagraphIn, groups: Mapping[tuple, list[EntitySpan]] | None = None):
    """The entities an object phrase is about: the entity its head word belongs to, with the
    heads of its conjuncts ("support Russia and Ukraine"), else its possessor ("China's
    position" → China), else the members of a group ("Latin American countries, including
    Brazil"; "Caribbean countries" once the article has named them); a name deeper in the phrase
    ("cooperation between Catalonia and China") is not what the phrase is about."""
    heads = [head]
    node = head
    while True:
        conj = [c for c in node.children if c.dep_ == "conj"]
        if not conj:
            break
        node = conj[0]
        heads.append(node)
    found = []
    for h in heads:
        covering = _entities_in([h], paragraph.entities)
        if not covering:
            owners = [c for c in h.children if c.dep_ == "poss"]
            covering = _entities_in(owners, paragraph.entities) if owners else []
            if owners and not covering:
                covering = _entities_in(list(owners[0].subtree), paragraph.entities)
            if not covering and h.lower_ in _GROUP_WORDS:
                covering = _members(h, paragraph) or list((groups or {}).get(_group_key(h), []))
            if not covering and h.lower_ in _COUNTRY_BODIES:  # "the Venezuelan people", "the British government"
                covering = [e for e in _entities_in([c for c in h.children if c.dep_ in ("amod", "compound")],
                                                    paragraph.entities) if e.type == "COUNTRY"]  # fmt: skip
            if not covering and h.lower_ in _AGENT_NOUNS:
                of = [g for c in h.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                      if g.dep_ == "pobj"]  # fmt: skip
                covering = _head_entities(of[0], paragraph, groups) if of else []
        found.extend(e for e in covering if e not in found)
    return [e for e in found if e.type in ("PERSON", "COUNTRY", "ORG")]


def _group_key(group) -> tuple:
    """What names a group besides its noun: "the Caribbean countries" → ("caribbean",); nothing
    for a counted group ("six Caribbean countries" are some of them, unnamed)."""
    if any(c.dep_ == "nummod" for c in group.children):
        return ()
    return tuple(sorted(c.lower_ for c in group.children if c.dep_ in ("amod", "compound", "nmod")
                        and c.pos_ in ("ADJ", "PROPN", "NOUN")))  # fmt: skip


def _member_list(prep, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The countries and organisations of an "including A, B and C" list."""
    heads = [c for c in prep.children if c.dep_ == "pobj"]
    members: list[EntitySpan] = []
    while heads:
        h = heads.pop(0)
        members.extend(e for e in _entities_in([h], paragraph.entities) if e.type in ("COUNTRY", "ORG")
                       and e not in members)  # fmt: skip
        heads.extend(c for c in h.children if c.dep_ == "conj")
    return members


def _is_member_prep(token) -> bool:
    """ "including", "like", "among"; and the "as" of "such as" (the parser makes "such" its modifier)."""
    if token.lower_ == "as":
        return any(c.lower_ == "such" for c in token.children)
    return token.lower_ in _MEMBER_PREPS


def _members(group, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Members listed inside a group's own phrase ("Latin American countries, including Brazil")."""
    for child in group.children:
        if child.dep_ in ("prep", "appos") and _is_member_prep(child):
            return _member_list(child, paragraph)
    return []


def _partner_entities(head, paragraph: ParagraphIn) -> list[EntitySpan]:
    """Who a "with" phrase names: the entity of its head word; a name the model missed ("China's
    iFlutek") is an unknown side, not its possessor; a common noun is read through its words
    ("the Chinese side" → China)."""
    covering = _entities_in([head], paragraph.entities)
    if covering:
        return covering
    if head.pos_ == "PROPN":
        return []
    return _entities_in(_pruned_subtree(head), paragraph.entities)


def _owners(noun) -> list:
    """Who a noun belongs to: its possessor ("China's support", "his visit") or its "by" phrase."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    return owners + [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip


# The prepositions that give an event noun's side B, by CAMEO code: "support for / to / with",
# "gratitude to", "criticism of / against / on", "accusations against".
_NOUN_OBJECT_PREPS = {
    "053": ("for", "to", "towards", "toward", "with", "of"),
    "051": ("for", "to"),
    "111": ("of", "against", "towards", "toward", "on"),
    "112": ("against",),
}


def _noun_sides(token, code: str, paragraph: ParagraphIn):
    """(side A's token, side B's phrases) of an event noun: its owner ("its support", "China's
    support") or its "by" phrase, else the subject of the verb that gives it ("expressed support",
    "offered its thanks"); side B from the noun's "for" / "to" / "of" / "against" phrases, or the
    giving verb's "to" ("expressed gratitude to China")."""
    owners = _owners(token)
    # "the latest Tory attack", "Chinese support for Russia": a name or demonym before the noun.
    owners += [c for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")
               and _entities_in([c], paragraph.entities)]  # fmt: skip
    giver = token.head if token.dep_ in ("dobj", "conj") and token.head.lower_ in _SUPPORT_NOUN_VERBS else None
    if token.dep_ == "conj" and token.head.dep_ == "dobj" and token.head.head.lower_ in _SUPPORT_NOUN_VERBS:
        giver = token.head.head
    subject = owners[0] if owners else _subject(giver) if giver is not None else None
    if token.dep_ == "attr" and subject is None:  # "Blair has been an advocate of …"
        subject = _subject(token.head)
    unnamed_a = not owners and any(c.lower_ in _GENERIC_PEOPLE for c in token.children)  # "media criticism"
    received = token.dep_ == "dobj" and token.head.lower_ in _RECEIVE
    received |= token.dep_ == "pobj" and token.head.lower_ == "under"  # "came under criticism"
    preps = _NOUN_OBJECT_PREPS[code]
    nouns = [token] + [c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    heads = [h for n in nouns for h in _objects(n, preps) if h.dep_ == "pobj"]
    # "its solidarity with the PSUV and with the government of …": the second phrase is a conjunct,
    # which the parser hangs on the first phrase, on a word inside it, or on the verb.
    subtree = {t.i for t in token.subtree}
    heads += [g for t in token.sent if t.dep_ == "conj" and t.pos_ == "ADP" and t.lower_ in preps
              and (t.head.i in subtree or t.head.i == token.head.i)
              for g in t.children if g.dep_ == "pobj"]  # fmt: skip
    if giver is not None:
        heads += [h for h in _objects(giver, ("to",)) if h.dep_ == "pobj"]
    if received:  # who faced the criticism is side B; who made it ("from Howard"), side A when named
        verb = token.head if token.dep_ == "dobj" else token.head.head
        heads = [t for t in [_subject(verb)] if t is not None]
        givers = owners + [h for n in (token, verb) for h in _objects(n, ("from", "by")) if h.dep_ == "pobj"]
        return (givers[0] if givers else None), heads, True
    return subject, heads, unnamed_a or (subject is not None and subject.lower_ in _GENERIC_PEOPLE)


def _pair_subject(token) -> bool:
    return (
        token is not None and token.lower_ in _PAIR_WORDS and any(c.lower_ in ("two", "both") for c in token.children)
    )


def _phrase_text(token) -> str:
    tokens = sorted(_pruned_subtree(token), key=lambda t: t.i)
    return " ".join(t.text for t in tokens if not t.is_space)[:200]


def _classify(token, paragraph: ParagraphIn) -> tuple[str, str] | None:
    """(event type, CAMEO code) of a trigger token, or None."""
    lower = token.lower_
    verb = token.pos_ in ("VERB", "AUX")
    if lower in _VISIT_VERBS and verb:
        return VISIT, "042"
    if lower in _VISIT_NOUNS and token.pos_ == "NOUN":
        return VISIT, "042"
    if lower in _ARRIVE and verb:
        return VISIT, "042"
    if lower in _HOST and verb:
        return VISIT, "043"
    if lower in _SIGN and (verb or lower == "signing"):
        return SIGN, "057"
    if lower in _PRAISE and verb:
        return SUPPORT, "051"
    if lower in _IDIOM_VERBS and verb and any(c.lower_ == "highly" for c in token.children):
        return SUPPORT, "051"
    if lower in _SUPPORT and verb:
        return SUPPORT, "053"
    if lower in _CRITICIZE and verb:
        return CRITICIZE, "111"
    if lower in _ACCUSE and verb:
        return CRITICIZE, "112"
    if lower in _ATTACK and (verb or token.pos_ == "NOUN") and _verbal_attack(token, paragraph):
        return CRITICIZE, "111"
    if token.pos_ == "NOUN" and not any(c.lower_ in _RECIPROCAL for c in token.children):
        return _classify_noun(token)
    return None


def _verbal_attack(token, paragraph: ParagraphIn) -> bool:
    """Words attacked ("attacked Labour's pledges", "That has been attacked … as too little"), or a
    person attacked over or for something; a person attacked with no reason given, or with a weapon,
    is an assault."""
    targets = _objects(token, ("on",) if token.pos_ == "NOUN" else ())
    targets += [c for c in token.children if c.dep_ == "nsubjpass"]
    if any(t.lower_ in _STATEMENT_NOUNS or t.lower_ in ("that", "this") for t in targets):
        return True
    people = [e for e in paragraph.entities if e.type == "PERSON"]
    reason = {c.lower_ for c in token.children if c.dep_ == "prep"}
    person = any(t.lower_ in _PRONOUNS or _entities_in([t], people) for t in targets)
    return person and bool(reason & {"over", "for", "as"}) and "with" not in reason


def _inside_a_charge(token) -> bool:
    """ "Accused the party of signing up to a deal": the signing is what the charge says, not an
    event the reporter tells."""
    path = []
    for ancestor in list(token.ancestors)[:4]:
        if ancestor.lower_ in _ACCUSE or ancestor.lower_ in _ACCUSATION_NOUNS:
            return any(t.lower_ in ("of", "that") or t.dep_ == "ccomp" for t in [token, *path])
        path.append(ancestor)
    return False


def _classify_noun(token) -> tuple[str, str] | None:
    lower = token.lower_
    if lower in _SUPPORT_NOUNS or (lower in _SUPPORTER_NOUNS and token.dep_ == "attr"):
        return SUPPORT, "053"
    # "thanks to the weather" is a cause, not thanks: the noun counts when it is given ("expressed
    # thanks", "their thanks to").
    if lower in _PRAISE_NOUNS and (lower != "thanks" or token.head.lower_ in _SUPPORT_NOUN_VERBS
                                   or any(c.dep_ == "poss" for c in token.children)):  # fmt: skip
        return SUPPORT, "051"
    if lower in _CRITICISM_NOUNS:
        return CRITICIZE, "111"
    if lower in _ACCUSATION_NOUNS:
        return CRITICIZE, "112"
    return None


def find_events(
    paragraphs: Sequence[ParagraphIn],
    vague_dates: dict[int, list[tuple[int, int]]],
    parse: Callable[[list[str]], list],
    people: Mapping[str, Person] | None = None,
    meetings: Sequence[Meeting] = (),
) -> list[Event]:
    """VISIT, SIGN, SUPPORT and CRITICIZE events of one article (MEET rows: `meet_events`)."""
    texts = [(p.paragraph_no, t) for p in paragraphs if (t := parse_text(p.text, p.is_heading)) is not None]
    docs = dict(zip((no for no, _ in texts), parse([t for _, t in texts]), strict=True))
    pairs_by_paragraph: dict[int, list[tuple[str, str]]] = {}
    for m in meetings:
        pairs_by_paragraph.setdefault(m.paragraph_no, []).append((m.actor_a, m.actor_b))
    actors = _Actors(people or {}, [])
    events: list[Event] = []
    seen: set[tuple] = set()
    anchor: dt.date | None = None
    for paragraph in paragraphs:
        actors.pairs.extend(pairs_by_paragraph.get(paragraph.paragraph_no, []))
        doc = docs.get(paragraph.paragraph_no)
        if doc is not None:
            spans = sentence_spans(paragraph.text)
            quoted = [
                r for r in quotation_regions(paragraph.text)
                if is_quotation(paragraph.text, r, next((s for s in spans if s[0] <= r.open_start < s[1]), (0, 0)))
            ]  # fmt: skip
            for sentence in doc.sents:
                actors.remember_groups(sentence, paragraph)
                for token in sentence:
                    kind = _classify(token, paragraph)
                    if kind is None or any(r.open_start <= token.idx < r.close_end for r in quoted):
                        continue
                    if _inside_a_charge(token):
                        continue
                    if any(c.dep_ == "neg" for c in token.children) or any(
                        c.dep_ == "neg" for c in token.head.children if token.dep_ in ("xcomp",)
                    ):
                        continue
                    for event in _events_of(token, kind, sentence, paragraph, actors, anchor, vague_dates):
                        key = (event.event_type, event.actor_a, event.actor_b, event.event_date)
                        if key in seen:
                            continue
                        seen.add(key)
                        events.append(event)
                actors.follow_subject(sentence, paragraph)
        actors.after_paragraph(paragraph)
        days = [d.date for d in paragraph.dates]
        if days:
            anchor = days[-1]
    return events


def _events_of(token, kind, sentence, paragraph, actors: _Actors, anchor, vague_dates):
    event_type, code = kind
    lower = token.lower_
    unnamed_a = unnamed_b = False
    subject = _subject(token)
    detail = None
    a_ids: list[str | None] = []
    b_entities: list[EntitySpan] = []
    place = None
    if event_type == VISIT and code == "042":
        if token.pos_ == "NOUN":
            owners = _owners(token)
            subject = owners[0] if owners else _subject(token.head) if token.dep_ in ("dobj", "pobj") else subject
            heads = _objects(token, ("to", "of", "in", "on"))
            if not heads and token.head.lower_ in _LIGHT_VERBS:  # "made a stopover on the island of X"
                heads = [h for h in _objects(token.head, ("to", "in", "on")) if h.i != token.i][:1]
        elif lower in _ARRIVE:
            heads = _objects(token, ("in", "to", "at"))
        else:
            heads = _objects(token, ())
        found = _entities_in([t for h in heads for t in _pruned_subtree(h)], paragraph.entities)
        places = [e for e in found if e.type == "PLACE"]
        countries = [e for e in found if e.type == "COUNTRY"]
        hosts = [e for e in found if e.type == "PERSON"] or [e for e in found if e.type == "ORG"]
        if len(places) * 2 > len(found) >= 3:
            hosts = []  # "visits Manchester, Liverpool, Leicester …": a tour of places, some mistyped
        b_entities = countries or hosts
        place = places[0].entity_id if places else _place_of(token, paragraph)
        if not b_entities and not (place is not None and (lower in _ARRIVE or token.pos_ == "NOUN")):
            return  # a visit needs whom or which country was visited (or a city one arrived in)
    elif event_type == VISIT:  # 043: the host received the guest
        heads = _objects(token, ())
        b_entities = [e for h in heads for e in _head_entities(h, paragraph) if e.type == "PERSON"]
        place = _place_of(token, paragraph)
        if not b_entities:
            return
    elif event_type == SIGN:
        heads = _objects(token, ("with", "between")) if lower != "signing" else _objects(token, ("of",))
        things = [h for h in heads if h.dep_ in ("dobj", "obj") or h.head.lower_ == "of"]
        detail = _phrase_text(things[0]) if things else None
        partners = [h for h in heads if h not in things]
        # "signed an agreement with China": the partner hangs from what was signed.
        partners += [g for t in things for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
                     for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        b_entities = _best([e for h in partners for e in _partner_entities(h, paragraph)])
        if lower == "signing":
            subject = _subject(token.head) if token.dep_ in ("pobj", "dobj") else subject
            if token.head.dep_ == "prep":
                subject = _subject(token.head.head)
        place = _place_of(token, paragraph)
    else:  # SUPPORT, CRITICIZE
        if token.pos_ == "NOUN":  # "expressed support for X", "its support for X", "criticism of X by Y"
            subject, heads, unnamed_a = _noun_sides(token, code, paragraph)
        else:
            heads = _objects(token, ("for", "of") if event_type == CRITICIZE or lower in _IDIOM_VERBS else ())
            # "Blair was criticised by Howard": the passive's subject is whom.
            heads = [c for c in token.children if c.dep_ == "nsubjpass"] + heads
            unnamed_a = event_type == CRITICIZE and subject is not None and subject.lower_ in _GENERIC_PEOPLE
        b_entities = _whom(heads, subject, paragraph, actors)
        detail = _phrase_text(heads[0]) if heads else None
        # "accused some critics": criticism of people no one names is still told; support is not.
        unnamed_b = event_type == CRITICIZE and not b_entities and bool(heads) and heads[0].lower_ in _GENERIC_PEOPLE
        unnamed_a = unnamed_a and event_type == CRITICIZE
        if not b_entities and not unnamed_b:
            return
    pair_partner = [h for h in (heads if event_type == SIGN else []) if _pair_subject(h)]
    if (_pair_subject(subject) and not b_entities) or (pair_partner and subject is None):
        pair = actors.pair((subject if _pair_subject(subject) else pair_partner[0]).lower_)
        if pair is None:
            return
        a_ids, b_entities = [pair[0]], [EntitySpan(0, 0, pair[1], "PERSON")]
    elif subject is not None and any(c.dep_ == "conj" for c in subject.children):
        a_ids = [e.entity_id for e in _head_entities(subject, paragraph)] or [actors.of(subject, paragraph)]
    else:
        a_ids = [actors.of(subject, paragraph)] if subject is not None else [None]
        if a_ids == [None] and subject is not None:  # "leaders of Caribbean countries": the members named
            a_ids = actors.group_members(subject) or [None]
    date = _date_of(token, sentence, paragraph, anchor, vague_dates.get(paragraph.paragraph_no, []))
    text = sentence.text.strip()
    for a in a_ids:
        targets = [e.entity_id for e in b_entities if e.entity_id != a] or [None]
        for b in targets:
            if a is None and b is None:
                continue
            if a is None and event_type != SIGN and not unnamed_a:
                continue
            if b is None and event_type in (SUPPORT, CRITICIZE) and not unnamed_b:
                continue
            yield Event(paragraph.paragraph_no, event_type, code, a, b, place, date, text, token.text, detail)


def _whom(heads, subject, paragraph: ParagraphIn, actors: _Actors) -> list[EntitySpan]:
    """Side B of a praise, support, criticism or accusation: the entities its phrases are about,
    else what its first phrase refers to (a name given again in part, "the party", a pronoun)."""
    found = [e for h in heads for e in _head_entities(h, paragraph, actors.groups)]
    if found or not heads:
        return found
    head = heads[0]
    if person := actors.known_name(head, paragraph):  # "commends SRSG Massieu"
        return [EntitySpan(0, 0, person, "PERSON")]
    if org := actors.org_named_last(head, paragraph):  # "accused the party"
        return [EntitySpan(0, 0, org, "ORG")]
    if head.dep_ == "nsubjpass" and head.lower_ == "it":
        found = actors.of(head, paragraph)
        return [EntitySpan(0, 0, found, "ORG")] if found else []
    if head.dep_ == "nsubjpass" and head.lower_ in ("that", "this"):
        # "That has been attacked by the Tories": what the story's last subject said or did.
        return [EntitySpan(0, 0, actors.topic, "PERSON")] if actors.topic else []
    if head.lower_ in _PRONOUNS:  # "supported him": never side A itself
        excluded = actors.of(subject, paragraph) if subject is not None else None
        person = actors.of(head, paragraph, exclude=excluded)
        return [EntitySpan(0, 0, person, "PERSON")] if person else []
    return []


def _best(entities: list[EntitySpan]) -> list[EntitySpan]:
    """People if any are named, else countries, else organisations (as for meeting sides)."""
    for kind in ("PERSON", "COUNTRY", "ORG"):
        chosen = [e for e in entities if e.type == kind]
        if chosen:
            return chosen
    return []
