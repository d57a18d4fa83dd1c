"""Who met whom, when and where, from the dependency parse.

A meeting is a trigger with two sides:
  - the verb "meet" ("X met (with) Y", "X met here today with Y", "X met separately with Y and Z",
    "Meeting with Y, X said"), or the nouns "talks"/"meeting" with a "with" phrase ("X held talks
    with Y", "During a meeting with Y, X said"), "negotiations" with Y, "discussions",
    "dialogue" or a "conversation" with Y that someone is in or had, a meeting, talks or
    negotiations "between X and Y" (of three or more, each pair met), or "discussed" with a
    "with" phrase ("X discussed the campaign with Y": what was discussed is no side);
  - side A is the grammatical subject (for a participle or a noun, the subject of the clause it
    hangs from; "he"/"she" is the last person named before it; "it" is the organisation or
    country that says it met: "Absa said it is in talks with Barclays"; bare "the government" is
    the country the article names most); "the pair met", "the two men met" are the last two
    people named;
  - side B is every entity in the object or "with" phrase: the people named there ("a delegation
    ... led by Y" gives Y); if none, the countries ("his counterparts from Cuba, Venezuela and
    Peru"); if none, the organisations. An organisation named as the head ("UK bank Barclays") is
    the side, not the country describing it; a name the model missed is an unknown side. Relative
    clauses ("countries having relations with China") are not searched, so the context of a
    description never becomes a side.
The date is a day-level date mentioned in the sentence, else the last event date of the article
before the sentence when the sentence has no date of its own; the place is a place named in an
"in" phrase of the trigger, or the dateline's place for "met here".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.lib.events.cues import MEETING_WORDS, parse_text
from pipeline.lib.events.dates import MONTHS, WEEKDAYS
from pipeline.lib.events.factuality import agents_of, inside_a_charge, negated, to_infinitive, told_as_done
from pipeline.lib.events.reporting_verbs import REPORTING
from pipeline.lib.events.roles import (
    ACTING_FOR_THEIR_SIDES,
    BODY_NOUNS,
    GUEST_NOUNS,
    PERSON_NOUNS,
    PORTFOLIO_PARTS,
    ROLE_HEADS,
    STATE_OFFICES,
    TRADES,
    RoleBook,
    a_firm_of_a_country,
    bare_government,
    government_country,
    home_country,
    hyphen_joining,
    is_role_word,
    out_of_office,
    person_beside_the_office_of,
    role_words,
)
from pipeline.lib.nlp.countries import is_demonym
from pipeline.lib.nlp.mentions import DEFAULT_MODEL, load_sharing_vocab, pipeline_version
from pipeline.lib.nlp.names import is_title
from pipeline.lib.text.ids import text_sha256
from pipeline.lib.text.sentences import sentence_spans

# Meeting words (`cues.MEETING_CUE`); "discussed the campaign with Mr Blair" is a meeting told by
# its subject matter (CAMEO 040, consult).
TRIGGER_TEXT = MEETING_WORDS
_DISCUSS = frozenset(("discuss", "discusses", "discussed", "discussing"))
_WITH_NOUNS = frozenset(
    """relations relationship relationships ties links cooperation co-operation partnership trade deal deals
    agreement agreements dispute disputes row rows talks contacts conflict conflicts problems issues differences
    tensions dealings negotiations alliance merger contract contracts""".split()
)
# Strife with someone, which names an enemy, not whom one met: "the risks of a war with Saddam Hussein".
_STRIFE = frozenset(
    "war wars confrontation confrontations clash clashes conflict fight fights battle battles showdown standoff".split()
)
_PRONOUNS = {"he", "she", "they"}
_PRONOUN_GENDER = {"he": "M", "she": "F"}
# Objects that stand for the people behind them: "his counterparts from Cuba, Venezuela ...".
_GROUP_NOUNS = {
    "counterparts", "counterpart", "delegation", "delegations", "representatives", "ministers", "leaders",
    "officials", "visitors", "friends", "members", "envoys", "ambassadors",
}  # fmt: skip
_GENERIC_SIDE = {"PERSON": 0, "COUNTRY": 1, "ORG": 2}
# "The pair met", "the two men met", "both leaders met": two people the story has just named.
_PAIR_NOUNS = {"pair", "duo"}
_PEOPLE_NOUNS = {"men", "women", "leaders", "ministers", "presidents", "politicians", "officials", "rivals"}
# "The two companies held talks": the two organisations the article has named most.
_ORG_NOUNS = {"companies", "firms", "groups", "banks", "clubs", "carmakers", "airlines", "unions", "parties"}
_PARSER_NOT_NEEDED = ("ner", "lemmatizer")
# spaCy's default of 1,000 texts a batch costs about a fifth more CPU than 64 on this kind of
# text (benchmarks/spacy_settings.py), and leaves a second process idle under 1,000 new texts.
PARSE_BATCH_SIZE = 64


@dataclass(frozen=True)
class EntitySpan:
    char_start: int
    char_end: int
    entity_id: str
    type: str  # PERSON, ORG, COUNTRY, PLACE, ...


@dataclass(frozen=True)
class DatedSpan:
    char_start: int
    char_end: int
    date: dt.date  # day-level dates only


@dataclass(frozen=True)
class ParagraphIn:
    paragraph_no: int
    text: str
    entities: tuple[EntitySpan, ...]
    dates: tuple[DatedSpan, ...]
    dateline_place_entity: str | None  # entity id of the governing dateline's place, if known
    dateline_date: dt.date | None
    is_heading: bool = False  # a title restates its item's meeting without its date: skipped

    def is_possessor(self, entity: EntitySpan) -> bool:
        """Whether the entity is written as a possessor ("Tony Blair's", "Sandvine's", "Hughes'
        film"), with the possessive inside the model's span or right after it."""
        ends = {self.text[entity.char_end : entity.char_end + 2], self.text[entity.char_end - 2 : entity.char_end]}
        return bool(ends & {"'s", "’s"}) or bool(_BARE_APOSTROPHE.match(self.text, entity.char_end - 1))


# The possessive of a name ending in s: "Hughes' 1943 film", "Jones’ plan" (not a closing quote:
# what follows is a word in lowercase or a number).
_BARE_APOSTROPHE = re.compile(r"s['’] (?=[a-z0-9])")


@dataclass(frozen=True)
class Meeting:
    paragraph_no: int
    actor_a: str | None  # None only for a side named by kind ("met local parents"): `find_meetings(unnamed_sides=True)`
    actor_b: str | None
    meeting_date: dt.date | None
    place: str | None
    sentence: str


@cache
def load_parser(model_name: str = DEFAULT_MODEL):
    return load_sharing_vocab(model_name, _PARSER_NOT_NEEDED)


# The parse's sentences start where the sentence rule's do (`sentences.sentence_spans`): left to
# itself the parser may join two ("…, Valtek predicts. “It is …” said …" became one sentence, the
# verb a noun subject of "said"). A change to how texts are parsed is a new `parse_cache` key.
PARSE_RULES = "sents1+titles1"


def parser_version(model_name: str = DEFAULT_MODEL) -> str:
    """Version of the parser pipeline and of how it is run (`parse_cache` key)."""
    return f"{pipeline_version(load_parser(model_name), model_name)}+{PARSE_RULES}"


def with_sentence_starts(nlp, text: str):
    """The text as an unparsed Doc whose sentence starts are the sentence rule's: the parser keeps
    them and may still add its own."""
    doc = nlp.make_doc(text)
    starts = {a for a, _ in sentence_spans(text)}
    for token in doc:
        if token.i and token.idx in starts:
            token.is_sent_start = True
    return doc


def with_hyphenated_words_headed(doc):
    """The parse with a hyphenated word the small model headed by its hyphen mended: in "The Tory
    co-chairman attacked …" it makes "-" the subject, "co" its compound and "chairman" its
    apposition; the word's last piece heads it, as in "The Tory chairman attacked …"."""
    for hyphen in doc:
        if not hyphen_joining(doc, hyphen.i) or hyphen.head.i == hyphen.i or hyphen.dep_ == "punct":
            continue  # (a hyphen the parser already hangs as punctuation heads nothing to mend)
        left, right = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if right.head.i != hyphen.i or not right.is_alpha:
            continue
        children = [c for c in hyphen.children if c.i != right.i]
        # (or the first piece a sibling of the hyphen, with only its "the": "The vice-premier
        # praised …" parsed with "vice" and "-" both subjects of "praised")
        only_the = all(c.dep_ == "det" for c in left.children)
        if left.head.i == hyphen.head.i and left.head.i != left.i and left.dep_ == hyphen.dep_ and only_the:
            children += [left, *left.children]
        right.head, right.dep_ = hyphen.head, hyphen.dep_
        hyphen.head, hyphen.dep_ = right, "punct"
        for c in children:
            c.head = right
            if c.i == left.i:
                c.dep_ = "compound"
    return doc


def with_hyphenated_names_proper(doc):
    """The parse with the last piece of a hyphenated given name tagged a proper noun: in "South
    Korean President Park Ji-hoon" the small model tags "hoon", which heads the name, a common noun,
    so the name is read as no name. Only a lowercase piece written against a capitalised proper
    noun ("Ji-hoon", "Jae-in") that heads other proper nouns of the name."""
    for token in doc:
        i = token.i
        if token.pos_ not in ("NOUN", "ADJ") or not token.is_lower or not token.is_alpha or i < 2:
            continue
        if token.dep_ in ("compound", "amod", "nmod"):
            continue  # a piece that describes a noun after it: "the Gorbachev-era reforms"
        first = doc[i - 2]
        if (
            hyphen_joining(doc, i - 1)
            and first.pos_ == "PROPN"
            and first.text[:1].isupper()
            and any(c.pos_ == "PROPN" and c.dep_ == "compound" and c.i < i - 2 for c in token.children)
        ):
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


def with_things_being_done_as_objects(doc):
    """The parse with a thing "being done" after a verb read as its object: given "slammed the
    exercises being staged by the U.S.", the small model makes "exercises … staged" a clause the
    verb reports; the thing is the verb's object, and what is being done to it describes it, as in
    "slammed the exercises staged by the U.S.". Only "being" ("said the exercises were staged" is a
    clause)."""
    for clause in doc:
        if clause.dep_ != "ccomp" or clause.head.pos_ != "VERB" or clause.i < clause.head.i:
            continue
        being = [c for c in clause.children if c.dep_ == "auxpass" and c.lower_ == "being"]
        things = [c for c in clause.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.i < clause.i]
        # (with no tense of its own: "said measures were being taken" is a clause)
        tensed = any(c.dep_ in ("aux", "mark") for c in clause.children)
        # (nor after a preposition: "warned against musicians being linked with MPs" is a clause)
        after_a_preposition = bool(things) and doc[things[0].left_edge.i - 1].pos_ in ("ADP", "SCONJ")
        reduced = len(being) == 1 and len(things) == 1 and not tensed and not after_a_preposition
        # (nor what a reporting verb reports: "said the talks being held in Beijing were useful")
        reported = clause.head.lower_ in REPORTING or any(
            c.dep_ in ("ccomp", "xcomp") and c.i > clause.i for c in clause.head.children
        )
        if reduced and not reported and things[0].left_edge.i > clause.head.i:
            verb, thing = clause.head, things[0]
            if any(c.dep_ == "dobj" for c in verb.children):
                continue
            thing.head, thing.dep_ = verb, "dobj"
            clause.head, clause.dep_ = thing, "acl"
    return doc


def with_objects_after_where_or_when(doc):
    """The parse with a verb's object written after its phrases of place or time mended: given
    "received on Tuesday at State House the Vice President of Cuba", the small model hangs "the
    Vice President" on "House" as an apposition, which English sets off with a comma; with none
    between, and no object of its own, it is the verb's object."""
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                for thing in (c for c in place.children if c.dep_ == "appos" and c.i > place.i):
                    start = thing.left_edge.i
                    written_on = start > place.left_edge.i and doc[start - 1].text != ","  # no comma
                    if doc[start].lower_ == "the" and written_on:
                        # (with the names set off after it, which the parser hung on the place too:
                        # "… the Minister of External Relations of Angola, Teresa Dembo Kassoma, who …")
                        for named in [c for c in place.children if c.dep_ == "appos" and c.i > thing.i]:
                            named.head = thing
                        thing.head, thing.dep_ = verb, "dobj"
    return doc


def with_passive_agents_restored(doc):
    """The parse with a passive verb's "by" phrase hung on the verb: given "was welcomed at State
    House with a 21-gun salute by President X" or "was criticised in a report by Amnesty", the small
    model hangs "by X" on the noun before it; a passive verb with no agent of its own takes it (not
    a time or an amount: "by Monday", "by 5%"; not a "by" of a clause inside the phrase: "a dinner
    hosted by X"; not a reason's: `_SETTINGS`)."""
    for verb in doc:
        children = {c.dep_ for c in verb.children}
        if verb.pos_ != "VERB" or "auxpass" not in children or "agent" in children:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _SETTINGS):
            # (a deed with its own "of" is the deed's doer's: "criticised for the sale of jets by BAE";
            # a name's "of" is the name's: "received at the Palace of the Revolution by X")
            nouns = [
                g
                for g in prep.children
                if g.dep_ == "pobj" and (g.pos_ == "PROPN" or not any(c.lower_ == "of" for c in g.children))
            ]
            by = next((b for n in nouns for b in n.children if b.dep_ == "prep" and b.lower_ == "by"), None)
            who = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if who is not None and not _a_time_or_amount(who):
                by.head, by.dep_ = verb, "agent"
                break
    return doc


# Phrases that say where, with what or in what a thing was done, whose "by" is the doer's ("in a
# report by Amnesty", "with a salute by X"); not a reason ("for the sale … by BAE", "over the
# invasion … by US forces"), whose "by" is the deed's.
_SETTINGS = frozenset("in with at during".split())


def _a_time_or_amount(token) -> bool:
    return token.like_num or token.lower_ in _TIME_WORDS or any(c.like_num for c in token.children)


# Nouns of time that "by" makes a deadline ("by Monday", "by the end of the year").
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december end time spring summer autumn winter year month week "
    "weekend tomorrow today tonight midnight noon christmas".split()
)


def with_bare_participles_active(doc):
    """The parse with a past verb the small model read as a passive with no auxiliary mended: given
    "The outgoing chairman of the AU, X, handed over to Y and thanked Ethiopia", it makes the
    chairman the passive subject of "handed" (and so no one thanked Ethiopia); with no "was" and no
    "by", English writes a passive only as a participle after a noun, so the verb is active (not a
    headline's "Mugabe condemned by Britain", whose "by" makes it passive)."""
    for verb in doc:
        children = {c.dep_ for c in verb.children}
        if verb.tag_ == "VBN" and "nsubjpass" in children and not children & {"auxpass", "aux", "agent"}:
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    c.dep_ = "nsubj"
            verb.tag_ = "VBD"
    return doc


# Verbs by which a speaker names a thing in a free relative: "condemned what she called the crackdown".
_NAMING_VERBS = frozenset("called calls termed terms described describes dubbed dubs labelled labeled".split())


def with_things_named_in_a_free_relative_as_objects(doc):
    """The parse of "condemned what she called the 'brutal' crackdown by X" mended: the small model
    makes "called" the verb's clause and the crackdown what it calls "what"; the thing named is what
    was condemned, the verb's object, and the naming a clause on it."""
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.lower_ in _NAMING_VERBS]:
            what = next((c for c in clause.children if c.dep_ == "dobj" and c.lower_ == "what"), None)
            named = next((c for c in clause.children if c.dep_ == "oprd" and c.i > clause.i), None)
            if what is None or named is None:
                continue
            # (and the phrases after the thing named are its own: "… the crackdown on protesters by the
            # government of X", whose "by" the parser hangs on "called")
            for later in [c for c in clause.children if c.i > named.i and c.dep_ == "prep"]:
                later.head = named
            named.head, named.dep_ = verb, "dobj"
            clause.head, clause.dep_ = named, "relcl"
            break
    return doc


def with_hyphen_pieces_joined(doc):
    """The parse with a hyphenated word of a subject's title mended: given "Tory co-chairman Gavin
    Redmond praised Mr Blythe" or "Party vice-president Marisol Ferrer thanked Cuba", the small
    model makes "co", "-" and "Redmond" three subjects of the verb; the pieces written against the
    last subject's phrase (no space between) belong to it. So with the objects of a preposition:
    "received by the executive vice-president of Venezuela" ("vice", "-", "president")."""
    for head in doc:
        for deps in (("nsubj", "nsubjpass"), ("pobj",)):
            _hyphen_pieces_joined(doc, sorted((c for c in head.children if c.dep_ in deps), key=lambda t: t.i))
    return doc


def _hyphen_pieces_joined(doc, siblings: list) -> None:
    """Siblings of one role, in order, written against the last one's phrase by hyphens, made parts
    of that phrase."""
    if len(siblings) < 2:
        return
    last, start = siblings[-1], siblings[-1].left_edge.i
    for piece in reversed(siblings[:-1]):
        end = piece.right_edge.i
        if end + 1 != start or not (hyphen_joining(doc, end) or hyphen_joining(doc, end + 1)):
            break
        piece.head = last
        piece.dep_ = "punct" if piece.is_punct else "compound"
        start = piece.left_edge.i


def with_split_subjects_joined(doc):
    """The parse with a coordination it split mended: given "French President Jean-Marc Delorme and
    German Chancellor Ulrike Brandt met", the small model makes each name a subject of "met" (the
    hyphen in the first name misleads it) and leaves "and" hanging on the first; the second subject
    is then the first's conjunct, as in the parse of "President Jean Delorme and Chancellor Ulrike
    Brandt met". Only where "and" or "or" hangs on the first subject, with no conjunct of its own,
    before the second begins."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        for first, second in zip(subjects, subjects[1:], strict=False):
            joiners = [c for c in first.children if c.dep_ == "cc" and c.i > first.i and c.lower_ in ("and", "or")]
            if joiners and not any(c.dep_ == "conj" for c in first.children) and joiners[-1].i < second.left_edge.i:
                second.head = first
                second.dep_ = "conj"
    return doc


def with_objects_after_a_joined_verb(doc):
    """The parse with the object of a verb joined to a first one mended: given "Kolev held talks
    with the acting president, and later met opposition leader Roza Temirbekova", the small model
    makes Temirbekova the subject of "met". A verb joined by "and" to one whose subject comes
    before shares that subject; a name after it, with no object of its own, is its object (not
    after a verb of saying, which English inverts: "…, and added Mr Dorr")."""
    for verb in doc:
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.lower_ in REPORTING:
            continue
        first = verb.head
        children = list(verb.children)
        after = [c for c in children if c.dep_ == "nsubj" and c.i > verb.i]
        shared = any(c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i for c in first.children)
        joined = any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children) or any(
            c.dep_ == "cc" and c.i < verb.i for c in children
        )
        if (
            first.pos_ == "VERB"
            and shared
            and joined
            and len(after) == 1
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "expl") and c.i < verb.i for c in children)
            and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in children)
        ):
            after[0].dep_ = "dobj"
    return doc


def with_a_name_joined_to_a_titled_name(doc):
    """The parse of a name joined to a titled one mended: given "signed by Villarroel and Honduran
    Energy Minister Marcela Zúniga", the small model makes "Villarroel" a modifier of "Minister",
    with "Honduran" its conjunct, as if one person were named. A name followed by "and" and the
    words of a second name's title is the first of two names; the second is its conjunct, as in the
    parse of "Foreign Minister Ana Kell and German Chancellor Ulrike Brandt". Only with a title of
    office written before the second name."""
    for first in doc:
        if first.dep_ not in ("nmod", "compound") or first.pos_ != "PROPN" or first.head.i <= first.i:
            continue
        if first.i + 2 >= len(doc):
            continue
        joiner, joined = doc[first.i + 1], doc[first.i + 2]
        if joiner.lower_ not in ("and", "or") or joiner.head.i != first.i:
            continue
        if joined.dep_ != "conj" or joined.head.i != first.i or joined.pos_ != "PROPN":
            continue
        name = first.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.pos_ != "PROPN" or any(c.i > first.i and c.dep_ not in ("cc", "conj") for c in first.children):
            continue
        # (the second name's title, capitalised: not "Richard and Judy executive producer Amanda
        # Ross", "Spurs and England defender Gary Stevens", one person described by two names)
        if not any(t.is_title and t.lower_ in ROLE_HEADS for t in doc[joined.i : name.i]):
            continue
        first.head, first.dep_ = (name.head, name.dep_) if name.head.i != name.i else (first, "ROOT")
        name.head, name.dep_ = first, "conj"
        joined.head, joined.dep_ = name, "compound"
    return doc


def with_a_subject_read_as_an_adverb(doc):
    """The parse of a name the small model read as an adverb mended: given "Tolliver praised Panama
    as a partner and accused China of …", it makes "Tolliver" an adverb of "praised", which then has
    no subject. A finite verb has one, so a capitalised word opening the sentence right before a
    past or present verb with none, and read as a plain adverb, is that subject (not a word the
    model knows as an adverb, "Later", "Also", "Separately", which never opens a clause with no
    subject but a headline's)."""
    for sentence in doc.sents:
        word = sentence[0]
        verb = word.head
        if (
            word.dep_ != "advmod"
            or word.tag_ != "RB"
            or verb.i != word.i + 1
            or verb.tag_ not in ("VBD", "VBZ")
            or not word.is_title
            or word.lower_.endswith("ly")
            or word.is_stop
            or word.lower_ in _OPENING_ADVERBS
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
        ):
            continue
        word.dep_, word.pos_, word.tag_ = "nsubj", "PROPN", "NNP"
    return doc


# Adverbs that open a sentence and are no stop word of spaCy's ("Yesterday said" is no English).
_OPENING_ADVERBS = frozenset(
    "yesterday today tonight tomorrow earlier later instead meanwhile overall recently previously".split()
)


def with_a_past_verb_freed_from_an_infinitive(doc):
    """The parse of a verb in the past joined to an infinitive mended: given "Mwangi asked Liang to
    convey his greetings and thanked China for …", the small model joins "thanked" to "convey", so
    that Liang seems to thank. A verb in the past tense cannot share an infinitive's "to"; it is
    joined to the verb the infinitive hangs on, whose subject it shares."""
    for verb in doc:
        infinitive = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or infinitive.tag_ != "VB" or infinitive.i > verb.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or infinitive.dep_ not in ("xcomp", "advcl"):
            continue
        if infinitive.head.pos_ in ("VERB", "AUX"):
            verb.head = infinitive.head
    return doc


def with_the_speakers_second_deed_joined_to_the_saying(doc):
    """The parse of a speaker's second deed mended: given "Talukder said that his party supports
    the WPK and accused the United States of …" or "Hamas said it was not bound by the truce and
    accused Mr Haddad of …", the small model joins "accused" to the verb of what was said, whose
    subject then seems to accuse. A verb in the narrative past with no subject, joined to a said
    clause of its own subject whose verb cannot share that tense (present, or passive), is the
    speaker's: joined to the verb of saying. Not "said the party backed the plan and criticised the
    cuts", where both are past, nor "said his neighbour had threatened him and warned him", where
    "had" serves both: either reading holds."""
    for verb in doc:
        said = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or said.dep_ != "ccomp" or said.i > verb.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if said.tag_ == "VBD" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
            continue
        if said.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in said.children):
            continue  # "said his neighbour had threatened him and warned him": "had" serves both
        if said.tag_ == "VBG" and any(c.lower_ in ("was", "were") for c in said.children):
            continue  # "said Kamau was living in Nairobi and accused …": past too
        saying = said.head
        main = saying.head
        if saying.lower_ in REPORTING and _a_saying_beside_a_past_deed(saying):
            # "China's foreign ministry criticised the pact, saying countries should not bring in
            # outside forces, and accused Manila of …": joined to the deed the saying goes with
            verb.head = main
            continue
        if saying.lower_ not in REPORTING or not any(c.dep_ == "nsubj" and c.i < said.i for c in saying.children):
            continue
        if saying.dep_ != "ROOT" or saying.tag_ != "VBD":
            # "X said the agent told him the passport had been found and suggested …": the agent's;
            # "diplomats say Sudan is stalling and criticised the AU": the present tells no tense
            continue
        verb.head = saying
    return doc


def _a_saying_beside_a_past_deed(saying) -> bool:
    """A participle of saying set beside the past verb of its sentence, which has a subject ("X
    criticised the pact, saying …")."""
    main = saying.head
    return (
        saying.dep_ == "advcl"
        and saying.tag_ == "VBG"
        and main.dep_ == "ROOT"
        and main.tag_ == "VBD"
        and any(c.dep_ == "nsubj" for c in main.children)
    )


def with_split_titles_joined(doc):
    """The parse with a title cut off its name mended: given "Halloway and Kenyan Foreign Minister
    Judith Wanjiru signed", the small model makes "Minister" and "Wanjiru" two conjuncts of
    "Halloway", as if three signed. A title ends where the name it titles begins, so a capitalised
    role noun whose next conjunct is a proper name starting right after it is that name's title."""
    for title in doc:
        if title.dep_ != "conj" or title.tag_ != "NNP" or title.lower_ not in ROLE_HEADS:
            continue
        name = next((c for c in title.head.children if c.dep_ == "conj" and c.i > title.i), None)
        if name is not None and name.pos_ == "PROPN" and name.left_edge.i == title.i + 1:
            title.head, title.dep_ = name, "compound"
    return doc


def with_clause_verbs_restored(doc):
    """The parse with a verb the small model made a modifier mended: given "South Korean President
    Park Sung-ho held talks with Japanese Prime Minister Kenji Morimoto", it makes "talks" the root
    and "held" its adjective, the name the subject of that adjective. A modifier has no subject of
    its own, so a verb read as one, with a subject before it and its noun after it, heads its
    clause again and the noun's phrase is its object; the clause takes the phrase's place (the root,
    or what a verb said: "he said the report reinforced stability")."""
    for verb in doc:
        if verb.dep_ != "amod" or verb.pos_ != "VERB" or not verb.i < verb.head.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            continue
        noun = verb.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # (the phrase's head: "described director Martin Scorsese")
        if noun.head.i == noun.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            clause = "ccomp" if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else noun.dep_
            verb.head, verb.dep_ = noun.head, clause
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def with_a_verb_for_a_noun_root(doc):
    """The parse of a sentence the small model headed by a noun mended: given "The Minister of
    Energy, Marcelo Choque Arancibia, signed on Tuesday a contract with …", it makes "Minister" the
    root and "signed" a participle on it, as in "the contract, signed on Tuesday"; but a sentence
    has a verb, so a verb set off by a comma after a noun that heads the whole sentence is the
    sentence's verb and the noun its subject."""
    for sentence in doc.sents:
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((c for c in root.rights if c.dep_ == "acl" and c.pos_ == "VERB"), None)
        if verb is None:
            _object_made_the_root(root)
            continue
        # (with the verb's own adverbs between: "Moriwaki, who is on a visit, later called on …")
        before = verb.i - 1
        while before > root.i and doc[before].dep_ == "advmod" and doc[before].head.i == verb.i:
            before -= 1
        if doc[before].text != ",":
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        # (a participle with a "by" or no object is passive: "Mugabe, condemned by Britain."; not
        # one whose object follows its preposition: "X, …, later called on the president")
        passive = any(c.dep_ == "agent" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children)
        passive = passive and not _a_prepositional_verb(verb)
        root.head, root.dep_ = verb, "nsubjpass" if verb.tag_ == "VBN" and passive else "nsubj"
    return doc


def _a_prepositional_verb(verb) -> bool:
    """A verb whose object follows a preposition written right after it, with no "by" phrase:
    "called on the president", "met with the envoy"."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        after is not None
        and after.head.i == verb.i
        and (verb.lower_, after.lower_) in _PREPOSITIONAL_VERBS
        and not any(c.dep_ == "agent" for c in verb.children)
    )


_PREPOSITIONAL_VERBS = frozenset({("called", "on"), ("met", "with"), ("talked", "with"), ("spoke", "with")})


def _object_made_the_root(root) -> None:
    """ "The Minister of Foreign Affairs of Peru, X, and her Chilean counterpart, Y, signed on Monday
    at the palace a memorandum": the small model makes the object the root, with the subject its
    own, and the verb a participle inside the subject after a comma. The verb with no object of its
    own, before the root, is the sentence's verb; the root its object."""
    subject = next((c for c in root.lefts if c.dep_ == "nsubj"), None)
    if subject is None:
        return
    doc = root.doc
    verb = next((t for t in subject.subtree if t.dep_ == "acl" and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN")
                 and doc[t.i - 1].text == "," and not any(c.dep_ == "dobj" for c in t.children)), None)  # fmt: skip
    if verb is None:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    root.head, root.dep_ = verb, "dobj"


# Nouns of a span of time, which the small model takes for the subject in "hours after X met Y".
_SPANS_OF_TIME = frozenset(w + s for w in "second minute hour day week month year moment".split() for s in ("", "s"))
# (talks that last so long are one meeting: "after ten hours of talks", not "after 40 years of talks")
_SPANS_OF_A_MEETING = frozenset("minutes hour hours day days".split())


def with_time_spans_as_adverbs(doc):
    """The parse with a span of time before a subordinator mended: given "The sanctions came hours
    after Mark Ellison met Oleh Hnatyuk", the small model makes "hours" a second subject of "met"
    ahead of "after"; a span of time right before the verb's own "after", "before" or "since" says
    when, as in "two days before the vote"."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) < 2:
            continue
        marks = {c.i for c in verb.children if c.dep_ == "mark"}
        for span in subjects[:-1]:
            if span.lower_ in _SPANS_OF_TIME and span.right_edge.i + 1 in marks:  # (the parse has no lemmas)
                span.dep_ = "npadvmod"
    return doc


class ParseCache:
    """Dependency parses by text content: the meeting step re-reads the whole corpus on every run,
    but parses only paragraphs it has not parsed before. `known` maps a text's SHA-256 to a spaCy
    `DocBin` of its parse (from the warehouse); parses made here collect in `new`, to be stored."""

    def __init__(self, model_name: str = DEFAULT_MODEL, known: dict[str, bytes] | None = None):
        self.model_name = model_name
        self.known = dict(known or {})
        self.new: dict[str, bytes] = {}
        self.hits = 0  # texts answered from `known` as it was when given
        # Docs already rebuilt from their bytes: copies of an article share them (rebuilding a
        # DocBin costs more than most parses; `find_meetings` only reads a Doc).
        self._docs: dict[str, object] = {}

    def missing(self, texts: Iterable[str]) -> dict[str, str]:
        """The distinct texts among `texts` not parsed yet, by SHA-256."""
        return {sha: t for t in texts if (sha := text_sha256(t)) not in self.known}

    def parse_ahead(self, texts: Iterable[str], n_process: int = 1) -> int:
        """Parse every text not parsed yet in one `nlp.pipe` (on `n_process` processes), so later
        calls, one article at a time, are all answered from the cache; returns how many."""
        todo = self.missing(texts)
        self.parse_missing(todo, n_process)
        return len(todo)

    def parse_missing(self, todo: dict[str, str], n_process: int = 1) -> None:
        """Parse `todo` (SHA-256 → text, as `missing` gives it) in one `nlp.pipe`."""
        from spacy.tokens import DocBin

        nlp = load_parser(self.model_name)
        docs = (with_sentence_starts(nlp, text) for text in todo.values())
        batches = nlp.pipe(docs, n_process=n_process, batch_size=PARSE_BATCH_SIZE)
        for sha, doc in zip(todo, batches, strict=True):
            self.known[sha] = self.new[sha] = DocBin(docs=[doc]).to_bytes()

    def __call__(self, texts: list[str]) -> list:
        from spacy.tokens import DocBin

        shas = [text_sha256(t) for t in texts]
        self.hits += sum(1 for sha in shas if sha in self.known and sha not in self.new)
        self.parse_missing({sha: t for sha, t in zip(shas, texts, strict=True) if sha not in self.known})
        vocab = load_parser(self.model_name).vocab
        for sha in shas:
            if sha not in self._docs:
                doc = next(DocBin().from_bytes(self.known[sha]).get_docs(vocab))
                for mend in _PARSE_MENDS:
                    doc = mend(doc)
                self._docs[sha] = doc
        return [self._docs[sha] for sha in shas]


# The small model's parse errors mended where a rule reads them, in this order (each mend reads the
# ones before it); the cached parse stays the model's.
_PARSE_MENDS = (
    with_hyphenated_words_headed,
    with_hyphenated_names_proper,
    with_hyphen_pieces_joined,
    with_a_verb_for_a_noun_root,
    with_clause_verbs_restored,
    with_time_spans_as_adverbs,
    with_things_being_done_as_objects,
    with_objects_after_where_or_when,
    with_split_subjects_joined,
    with_the_speakers_second_deed_joined_to_the_saying,
    with_a_past_verb_freed_from_an_infinitive,
    with_split_titles_joined,
    with_a_name_joined_to_a_titled_name,
    with_a_subject_read_as_an_adverb,
    with_objects_after_a_joined_verb,
    with_passive_agents_restored,
    with_bare_participles_active,
    with_things_named_in_a_free_relative_as_objects,
)


def _entities_in(tokens, entities: Sequence[EntitySpan]) -> list[EntitySpan]:
    # Not a run of blanks: a sentence left out of the parse (`cues.parse_text`) is one whitespace
    # token, which the parser may hang on a phrase; its offset is that of the sentence's first word.
    starts = {t.idx for t in tokens if not t.is_space}
    found = []
    for e in entities:
        if any(e.char_start <= s < e.char_end for s in starts) and e not in found:
            found.append(e)
    return found


def with_the(noun) -> bool:
    """Written with "the" ("the company", "the statement")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _pruned_subtree(token):
    """The token's subtree without relative clauses and nested 'with' phrases (a description's
    context: "countries having diplomatic relations with China"), keeping "led by" phrases."""
    out = [token]
    for child in token.children:
        if child.dep_ == "relcl" or (child.dep_ == "acl" and child.lower_ != "led"):
            continue
        if child.dep_ == "prep" and child.lower_ == "with" and token.pos_ in ("NOUN", "PROPN"):
            continue
        out.extend(_pruned_subtree(child))
    return out


def _without_location(head, entities: Sequence[EntitySpan]) -> list:
    """The object's phrase without an "in" or "at" phrase hung on it, when the object names its own
    side ("met his EU counterparts in Luxembourg": the parser hangs the place on the noun, and the
    country there is where they met, not whom)."""
    phrase = _pruned_subtree(head)
    own = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "poss"))]
    if not _entities_in(own, entities):
        return phrase  # "met his counterpart in Germany": the German one, as likely as a place
    located = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree}
    return [t for t in phrase if t.i not in located]


# What can be a side of a meeting, in order of preference: people, countries, organisations.
_SIDE_KINDS = ("PERSON", "COUNTRY", "ORG")


def _best_sides(entities: list[EntitySpan]) -> list[EntitySpan]:
    """People if any are named, else countries, else organisations."""
    for kind in _SIDE_KINDS:
        chosen = [e for e in entities if e.type == kind]
        if chosen:
            return chosen
    return []


def _each_conjunct(head, entities: Sequence[EntitySpan]) -> list[EntitySpan]:
    """The sides an object names, each conjunct on its own: "met Bush and the presidents of Chile
    and Peru" met all three, not only the one person named. Within a conjunct a person is still
    preferred to the country that describes them ("met Chile's president, Ben Dorr")."""
    parts = [head, *_own_conjuncts(head, entities)]
    sides = []
    for n, part in enumerate(parts):
        if not _entities_in([part], entities) and out_of_office(part):
            continue  # "met Peru's former president": no side for Peru
        if _someone_elses(part, entities):
            continue  # "held talks with the agent of Didier Kouassi": not Kouassi
        if n + 1 < len(parts) and _named_after_it(part, parts[n + 1], entities):
            continue  # "the foreign ministers of Sudan and South Sudan, Osman Taha and Deng Mabior": the two
        later = {t.i for c in parts[n + 1 :] for t in c.subtree}
        words = [
            t for t in _without_location(part, entities) if t.i not in later and not _describes_a_body(t, entities)
        ]
        sides.extend(e for e in _best_sides(_entities_in(words, entities)) if e not in sides)
    return sides


# People who stand beside a person, not for them at a meeting: "the agent of Didier Kouassi",
# "Smith's lawyer", "the wife of the president" (but a person's staff, "Tom Reid's chief of staff",
# are of their side, and a spokesman speaks for them).
_PEOPLE_OF_A_PERSON = frozenset(
    "agent agents lawyer lawyers solicitor solicitors wife husband son sons daughter daughters brother sister "
    "mother father family relatives friend friends widow".split()
)


def _of_objects(token) -> list:
    """The objects of a word's "of" phrases ("the staff of the clinic": the clinic)."""
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _someone_elses(noun, entities: Sequence[EntitySpan]) -> bool:
    """A person noun whose owner, by "'s" or "of", is a person named: someone other than them."""
    if noun.pos_ != "NOUN" or noun.lower_ not in _PEOPLE_OF_A_PERSON or _entities_in([noun], entities):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"] + _of_objects(noun)
    return any(e.type == "PERSON" for o in owners for e in _entities_in([o], entities))


def _named_after_it(offices, following, entities: Sequence[EntitySpan]) -> bool:
    """Offices in the plural that name no one ("the foreign ministers of Sudan and South Sudan"),
    with the people who hold them named right after a comma, which the parser reads as conjuncts:
    the people are the sides, not the countries of the offices."""
    doc = offices.doc
    start = following.left_edge.i
    plural_office = offices.tag_ == "NNS" and offices.lower_.removesuffix("s") in ROLE_HEADS
    own_words = [t for t in offices.subtree if t.i < start]  # (its subtree holds its conjuncts too)
    if not plural_office or any(e.type == "PERSON" for e in _entities_in(own_words, entities)):
        return False
    return (
        start > 0
        and doc[start - 1].text == ","
        and any(e.type == "PERSON" for e in _entities_in([following], entities))
    )


def _describes_a_body(token, entities: Sequence[EntitySpan]) -> bool:
    """A word that only describes an organisation named after it: "Chilean" in "executives of
    Chilean lithium producer Andes Lithium" (the firm is whom they stand for, not Chile); or named
    before it, in apposition: "Japan" in "executives of Keidanren, Japan's largest business lobby"."""
    if any(e.type == "ORG" for e in _entities_in([token], entities)):
        return False
    node = token
    while node.dep_ in ("amod", "compound") and node.head.i > node.i:
        node = node.head
        if node.pos_ == "PROPN" and any(e.type == "ORG" for e in _entities_in([node], entities)):
            return True
    # (within the apposition's phrase: not past a verb, nor out of a "with" that names a partner of
    # the body, "Opec, host of talks with Russia")
    node = token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "prep" and node.lower_ in ("with", "between", "against"):
            return False
        if node.dep_ == "appos" and any(e.type == "ORG" for e in _entities_in([node.head], entities)):
            return node.head.pos_ == "PROPN"
        node = node.head
    return False


def _own_conjuncts(head, entities: Sequence[EntitySpan]) -> list:
    """The conjuncts that name sides of their own: a name, or holders of an office determined ("the
    presidents of Chile", "his counterpart") or plural ("leaders of Peru"); not a description of the
    name before ("Donald Ramotar, a party member and former President of Guyana"), nor "Xi and other
    Chinese leaders", who are the same side, nor "the son of the president of Peru", someone else."""
    found = []
    for c in head.children:
        if c.dep_ != "conj":
            continue
        if any(d.lower_ in ("other", "another", "not") or d.dep_ == "neg" for d in c.children):
            continue  # "Xi and other Chinese leaders", "met Dorr but not the president of Peru"
        office = is_role_word(c) or (c.tag_ in ("NNS", "NNPS") and c.lower_[:-1] in ROLE_HEADS)
        if _entities_in([c], entities) or (office and (c.tag_ in ("NNS", "NNPS") or _determined(c))):
            found.append(c)
            found.extend(_own_conjuncts(c, entities))
    return found


def _object_controller(complement):
    """Whom an infinitive completing a verb of asking or making is about: "urged Norvik to sign",
    "called on Norvik to sign", "forced Norvik to sign" → Norvik (not the one who urged). Only a
    name or a pronoun: "used the trip to meet Bush" tells what the trip was for."""
    if (reason := _gerund_of_a_reason(complement)) is not None:
        return reason
    if complement.dep_ != "xcomp" or not to_infinitive(complement):
        return None
    verb = complement.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < complement.i]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < complement.i
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return next((o for o in objects if o.pos_ in ("PROPN", "PRON")), None)


def _gerund_of_a_reason(gerund):
    """Who did what one is praised, criticised or blamed for: "criticised Ben Dorr for meeting Tom
    Hale", "praised Norvik for signing" → the one praised or criticised (a name or a pronoun)."""
    perfect = gerund.tag_ == "VBN" and any(c.lower_ == "having" for c in gerund.children)  # "for having met"
    if gerund.dep_ != "pcomp" or not (gerund.tag_ == "VBG" or perfect) or gerund.head.lower_ not in ("for", "of"):
        return None
    verb = gerund.head.head
    # (the parser may hang it on what they were called: "denounced Han as a traitor for meeting
    # Morimoto", "branded Livingstone a disgrace for meeting Qaradawi")
    if verb.dep_ == "pobj" and verb.head.lower_ == "as":
        verb = verb.head.head
    elif (
        verb.pos_ == "NOUN" and verb.dep_ in ("oprd", "npadvmod", "xcomp", "attr", "dobj") and verb.head.pos_ == "VERB"
    ):
        verb = verb.head  # (or as a second object: "branded Chirac a hypocrite for meeting Arafat")
    if verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < gerund.i]
    return next((o for o in objects if o.pos_ in ("PROPN", "PRON")), None)


def _subject_hung_before(verb):
    """The subject the parser hung as an apposition on the phrase that opens the sentence: "In a
    letter to Ben Dorr, Ana Kell criticised …" (Ana Kell made an apposition of Dorr). Only a name
    right before a verb that has no subject, after a comma."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    # (or closed by a comma of its own, after an adverb's phrase: "Back in Lublin, the marshal of
    # the voivodeship, Tadeusz Grabowiecki, criticised …")
    closed = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    for phrase in (c for c in verb.lefts if c.dep_ in ("prep", "advmod")):
        for t in phrase.subtree:
            if (t.dep_ in ("appos", "conj") and t.pos_ == "PROPN" and t.right_edge.i in (verb.i - 1, closed)
                    and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","
                    and not joined_by_a_conjunction(t)):  # fmt: skip
                return t  # (or as a conjunct with no "and": "Back in Canberra, Greens leader X blamed …")
    # "a day after Azerbaijan's Foreign Minister, Elchin Mammadli, accused Armenia": the parser
    # reads the conjunction as a preposition, and the clause's subject as its object
    for lead in (c for c in verb.lefts if c.dep_ in ("npadvmod", "prep", "advmod")):
        for p in lead.subtree:
            if p.dep_ != "prep" or p.lower_ not in _TIME_CONJUNCTIONS:
                continue
            for o in p.children:
                if o.dep_ == "pobj" and o.right_edge.i == verb.i - 1 and o.pos_ in ("PROPN", "NOUN"):
                    named = [a for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                    return named[-1] if named else o
    return None


_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "until", "till"})


def joined_by_a_conjunction(conjunct) -> bool:
    """A conjunct joined to its head by a word ("Paris and Rome", "Paris or Rome"), not by a comma
    alone."""
    head = conjunct.head
    return conjunct.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") and head.i < c.i < conjunct.i
                                           for c in head.children)  # fmt: skip


def conjoined_they(subject, clause):
    """ "Ms Kell and Mr Dorr said they had met him": "they" in a clause reported by a subject of
    names joined by "and" is that subject (its first name, the others its conjuncts)."""
    if subject.lower_ != "they" or clause.dep_ != "ccomp":
        return None
    said_by = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if said_by is None or said_by.pos_ != "PROPN" or not any(c.dep_ == "conj" for c in said_by.children):
        return None
    # names joined by "and" alone: not "X or Y", "neither X nor Y", "either X or Y"
    words = {c.lower_ for c in said_by.children if c.dep_ in ("cc", "preconj", "det")}
    return said_by if "and" in words and not words & {"or", "nor", "neither", "either"} else None


def subject_the_parser_missed(node):
    """The subject of a clause that its own children do not give: the one asked or made to do it
    ("urged Mr Lund to meet Ms Soto"), or a name hung on an opening phrase ("In talks with X, Y met
    Z"). Both subject finders (meetings and the other event types) try it on each clause they climb."""
    return _object_controller(node) or _subject_hung_before(node)


def _subject_of(token):
    """The nominal subject of the trigger's clause, climbing through participles and nouns."""
    node = token
    for _ in range(6):
        if (missed := subject_the_parser_missed(node)) is not None:
            return missed
        if (doer := _doer_after_talks(node)) is not None:
            return doer
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1 and describes(subjects[0], subjects[1]):
            return subjects[1]  # "campaign group the Pro-Life Alliance met …"
        if subjects:
            return conjoined_they(subjects[0], node) or subjects[0]
        if node.head.i == node.i:
            return None
        node = node.head
    return None


# Phrases that tell what came with or before a deed: "announced … after talks with growers".
_ALONGSIDE = frozenset("after following during amid".split())


def _doer_after_talks(prep):
    """ "The package was announced by Dominique Bussereau after talks with growers": who held the
    talks is who did the deed, the passive's "by", when what it was done to is a thing (not "Ana
    Kell was received by Ben Dorr after talks with …", where Ana Kell may have held them)."""
    if prep.dep_ != "prep" or prep.lower_ not in _ALONGSIDE:
        return None
    verb = prep.head
    things = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    doers = agents_of(verb)
    return doers[0] if things and doers else None


def describes(noun, name) -> bool:
    """ "Group" in "anti-abortion group the Pro-Life Alliance": a common noun right before a name,
    with no comma between, which the parser made a second subject of the verb."""
    # (or a demonym the parser made a subject of its own: "Lao Deputy Prime Minister Khamphoui
    # Vongsavath on Tuesday received …")
    one_word = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and not list(noun.children))
    return one_word and name.pos_ == "PROPN" and name.left_edge.i == noun.i + 1


def a_name_missed(token, paragraph: ParagraphIn) -> bool:
    """A proper name the model tagged as no entity: an unknown side, which no other name stands for.
    (Not a title, which the name it describes may follow: "the Speaker of the Parliament of Belarus,
    Aliaksandr Kavalenka".)"""
    if token.pos_ != "PROPN" or is_role_word(token) or is_title(token.text):
        return False
    return not _entities_in([token], paragraph.entities)


def _owner_of(trigger):
    """The owner of a meeting noun, who held it, named or "its": "irritated by Rover's disclosure of
    its talks with SAIC" (not the subject of the clause the noun hangs from). Not "his", "her" or
    "their": a fronted "within hours of his talks with Mr Thorpe, Sir Edward resigned" means that
    subject."""
    if trigger.pos_ != "NOUN":
        return None
    return next((c for c in trigger.children if c.dep_ == "poss" and c.lower_ not in ("his", "her", "their")), None)


_CALENDAR = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _with_plurals(words: str) -> frozenset[str]:
    return frozenset(w for word in words.split() for w in (word, word + "s"))


# People by a description, whose name a story sets beside it ("the Mayor of Hermosillo, Sonora, X").
_DESCRIBED_PEOPLE = (
    PERSON_NOUNS
    | TRADES
    | ROLE_HEADS
    | _with_plurals("member judge prosecutor counterpart commissioner consul delegate rapporteur ombudsman")
    # people by their relation to someone: "a Jackson associate, Marc Schaffel", "his wife, Cherie"
    | _with_plurals("associate aide ally colleague friend assistant wife husband son daughter brother sister")
)


def _joined_by_and(token) -> bool:
    """A conjunct of a list with "and" or "or" (not one the parser made of a comma alone)."""
    return token.dep_ == "conj" and any(c.dep_ == "cc" for c in token.head.children)


def described_person(noun, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The person named beside a description that the parser hangs on the description's last noun
    ("the mayor of Los Angeles, Deborah Whitfield", "the member for Wentworth, Sophie Marchetti":
    the name is the apposition of "Los Angeles", "Wentworth"), else none; only for a description of a
    person, not a thing ("received support from the movement, Opus Dei")."""
    if noun.pos_ not in ("NOUN", "PROPN") or not (noun.lower_ in _DESCRIBED_PEOPLE or is_title(noun.text)):
        return []
    # (or on a place set off after it: "the Mayor of Hermosillo, Sonora, Ernesto Duran", which the
    # parser may read as a list with no "and"); not a name inside a clause ("…, who met Tom Hale")
    # (and the phrase of an office's title the parser hangs on the verb right after it: "thanked
    # the High Commissioner to Kenya, Beatrice Namutebi")
    title = [c for c in noun.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1 and noun.dep_ == "dobj"]
    phrase = [*noun.subtree, *(t for c in title for t in c.subtree)]
    clauses = {t.i for c in phrase if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
    # (nor another of a list: "his counterpart, Ariel Sharon, and the Palestinian leader, …")
    # (the description may itself be a list's second member: "Mensah-Bonsu and the managing director of
    # Maasvlakte Cocoa Terminals, Joost van Rijswijk, signed")
    clauses |= {t.i for c in phrase if c.i != noun.i and _joined_by_and(c) for t in c.subtree}
    set_off = [a for a in phrase if a.i > noun.i and a.i not in clauses and (a.dep_ == "appos" or (
        a.dep_ == "conj" and not any(c.dep_ == "cc" for c in a.head.children)))]  # fmt: skip
    # (the name's own words: "…, Duarte Lopes, who welcomed Sarvam's investment" is Lopes)
    named = (
        [t for a in set_off for t in a.subtree if t.i not in clauses]
        or name_hung_on_the_verb(noun)
        or _name_after_the_portfolio(noun)
    )
    # (the last one: the name ends the description, "…, Sonora, Ernesto Duran", whatever the model
    # took the place for)
    return [e for e in _entities_in(named, paragraph.entities) if e.type == "PERSON"][-1:]


def _name_after_the_portfolio(noun) -> list:
    """The words after an office's portfolio, where the parser hangs the name inside its "of"
    phrase: "Cuban Minister of Foreign Trade Oscar Pérez-Oliva Fraga" ("Fraga" the object of "of",
    "Foreign Trade Oscar Pérez-Oliva" its compounds)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        words = [t for t in prep.subtree if t.i > prep.i]
        portfolio = 0
        while portfolio < len(words) and (words[portfolio].lower_ in PORTFOLIO_PARTS):
            portfolio += 1
        if 0 < portfolio < len(words):
            return words[portfolio:]
    return []


def _outside_clauses(noun) -> list:
    """The words of a noun's phrase, without the clauses in it ("a Jackson associate, Marc Schaffel,
    who said the boy and his family had left": no list of whom one met)."""
    clauses = [t for t in noun.subtree if t.dep_ in ("relcl", "acl", "advcl", "ccomp")]
    inside = {w.i for c in clauses for w in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def name_hung_on_the_verb(noun) -> list:
    """A name set off right after the description that the parser hung on the clause's verb as its
    adverb or apposition: "held talks with his Singaporean counterpart, Tan Kok Wah." ("Wah" an
    adverb of "held"), or on a word between them ("held talks with X and with the airline's head of
    engineering, Yousef Haddad": "Haddad" an apposition of "talks"). The name's first word follows
    the comma (the parser may hang the comma on the name). A participle on the way is no clause's
    verb: "received a delegation headed by its secretary for international relations, Domingos
    Neto," hangs "Neto" on "received"."""
    end = noun.right_edge.i
    doc = noun.doc
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    holders = []
    for a in noun.ancestors:
        holders.append(a)
        if a.pos_ in ("VERB", "AUX") and not (a.dep_ == "acl" and a.tag_ == "VBN"):
            break
    else:
        return []
    name = None
    for child in (c for h in holders for c in h.children):
        if child.dep_ in ("npadvmod", "appos") and child.pos_ == "PROPN" and first_word_at(child) == end + 2:
            name = child
    return _outside_clauses(name) if name is not None else []  # (not "…, who welcomed Sarvam's investment")


def first_word_at(phrase) -> int:
    """The position of a phrase's first word, not counting punctuation the parser hung on it."""
    return min(t.i for t in phrase.subtree if not t.is_punct)


_TIMES_OF_DAY = frozenset("morning afternoon evening night day week weekend".split())


def _objects_after_a_day(trigger, heads: list) -> list:
    """An object given after the day of the one before, which the parser makes a conjunct of the
    day: "met the chairman on Monday and the country's sports minister, Farai Nyathi, on Tuesday"
    (the minister, not a day)."""
    if not any(h.dep_ in ("dobj", "obj") and h.head.i == trigger.i for h in heads):
        return []
    days = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
            for g in c.children if g.dep_ == "pobj" and g.lower_ in _CALENDAR]  # fmt: skip
    # (someone by name or by office: not "the Russian press on Tuesday")
    return [c for d in days for c in d.children if c.dep_ == "conj" and (c.pos_ == "PROPN" or is_role_word(c))
            and c.lower_ not in _CALENDAR and c.lower_ not in _TIMES_OF_DAY]  # fmt: skip


def _objects_of(trigger) -> list:
    """Direct objects, and objects of "with" ("met with", "along with", "together with")."""
    heads = []
    for child in trigger.children:
        if child.dep_ in ("dobj", "obj") and trigger.lower_ in _DISCUSS:
            # What was discussed is no side; the parser often hangs the "with" on it ("discussed
            # the campaign with Mr Blair"), unless it is a word that takes "with" itself
            # ("discussed relations with China", "his row with Mr Johnson").
            if child.lower_ in _WITH_NOUNS:
                continue
            heads.extend(g for c in child.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj")  # fmt: skip
            heads.extend(_named_with_deeper(child))
        elif child.dep_ in ("dobj", "obj"):
            heads.append(child)
        elif (
            child.dep_ == "npadvmod"
            and child.pos_ == "PROPN"
            and child.i > trigger.i
            and trigger.lower_ in ("met", "meet", "meets")
            and not any(c.dep_ in ("dobj", "obj") for c in trigger.children)
            and child.lower_ not in _CALENDAR  # "met last Friday": when, not whom
        ):
            heads.append(child)  # "met her counterpart Ben Dorr": the parser's adverb is whom she met
        elif child.dep_ == "agent" and trigger.lower_ == "met" and _someone_met(trigger):
            heads.extend(c for c in child.children if c.dep_ == "pobj")  # "Ben Dorr was met by Ana Kell"
        elif child.dep_ == "prep" and child.lower_ in (("with", "to") if trigger.lower_ in _SPEAK_VERBS else ("with",)):
            # "met with", "spoke to" (by phone); "talks with Euronext and with Deutsche Boerse"
            preps = [child] + [c for c in child.children if c.dep_ == "conj" and c.lower_ == child.lower_]
            # (the parser may make the second "with" a conjunct of the verb: "spoke by phone with X,
            # and with Y")
            preps += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == child.lower_]
            heads.extend(o for p in preps for o in _with_objects(p))
        elif (
            child.dep_ in ("prep", "agent") and trigger.lower_ in _SPEAK_VERBS and child.lower_ in ("by", "on", "over")
        ):
            # "spoke by telephone with Ana Kell": the parser hangs the "with" on the telephone
            heads.extend(o for phone in child.children if phone.dep_ == "pobj" and phone.lower_ in _PHONE_NOUNS
                         for p in phone.children if p.dep_ == "prep" and p.lower_ in ("with", "to")
                         for o in _with_objects(p))  # fmt: skip
        elif child.dep_ == "prep" and child.lower_ == "to" and trigger.lower_ in _AUDIENCES:
            heads.extend(c for c in child.children if c.dep_ == "pobj")  # "granted an audience to X"
        elif child.dep_ == "prep" and child.lower_ == "on" and _paid_or_made(trigger):
            heads.extend(c for c in child.children if c.dep_ == "pobj")  # "called on the prime minister"
        elif child.dep_ in ("dobj", "obj") and trigger.lower_ in _CALL_VERBS and _a_courtesy_call(trigger):
            heads.append(child)  # the same, with "on" parsed as the verb's particle
        elif child.dep_ == "prep" and child.lower_ in ("from", "to") and trigger.lower_ in _CALL_NOUNS:
            heads.extend(c for c in child.children if c.dep_ == "pobj")  # "received a phone call from X"
        elif child.dep_ == "prep" and child.lower_ in ("along", "together"):
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ == "with":
                    heads.extend(c for c in grandchild.children if c.dep_ == "pobj")
    heads.extend(_with_hung_on_where_or_when(trigger))
    if trigger.lower_ in _CALL_NOUNS and trigger.dep_ == "dobj" and trigger.head.lower_ in _RECEIVE | _PAY_VERBS:
        # "received a phone call on Tuesday from X", "made a phone call on Friday to X": the parser
        # hangs the "from" or the "to" on the verb
        whom = "from" if trigger.head.lower_ in _RECEIVE else "to"
        heads.extend(g for c in trigger.head.children if c.dep_ in ("prep", "dative") and c.lower_ == whom
                     for g in c.children if g.dep_ == "pobj")  # fmt: skip
    heads.extend(objects_hung_on_the_verb(trigger, heads))
    heads.extend(_objects_after_a_day(trigger, heads))
    heads.extend(_with_on_the_holding_verb(trigger))
    heads.extend(_partners_of_the_deed(trigger))
    return heads


def _with_hung_on_where_or_when(trigger) -> list:
    """Whom a meeting was with, where the parser hangs the "with" on where or when it was held:
    "held a meeting on the sidelines with Hiroshi Kanzaki", "met in Mexico City with Carlos
    Ordóñez Paz", "met on Tuesday with Ana Kell". Only a place's name, the sidelines or a day: a
    common noun may take "with" itself ("met in a city with two airports")."""
    wheres = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
              for o in c.children if o.dep_ == "pobj"]  # fmt: skip
    wheres = [o for o in wheres if o.lower_ in _SIDELINES | _CALENDAR or o.pos_ == "PROPN"]
    return [g for o in wheres for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
            for g in w.children if g.dep_ == "pobj"]  # fmt: skip


def _talks_before_a_joint_deed(noun) -> bool:
    """Talks or a meeting with no one of their own, after which the clause's sides agreed or signed
    something together: "A signed the accord with B after a two-hour meeting", "A and B signed it
    following talks in Lima" (not "A announced the plan after talks": no second side; not "sacked X
    and replaced him with Y after a board meeting": no deed of two sides)."""
    verb = _joint_deed_after(noun)
    if verb is None:
        return False
    # (or the passive's "by": "the agreement was signed by A and B after ten hours of talks")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
    joined = any(c.dep_ == "conj" for s in subjects for c in s.children)
    return joined or bool(_partners_of_the_deed(noun))


# Deeds two sides do together: agreeing or signing something ("signed", "struck a deal", "agreed").
_JOINT_DEEDS = frozenset(
    "sign signs signed signing agree agrees agreed agreeing ink inks inked strike strikes struck seal sealed "
    "reach reached conclude concluded finalise finalised finalize finalized".split()
)


def _joint_deed_after(noun):
    """The verb of agreeing or signing whose "after" or "following" phrase the noun heads, where the
    noun names no one of its own (its own "with" names whom: the usual reading), or a span of time
    of them heads ("after ten hours of talks"); else None."""
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return None  # ("after weeks of talks by their aides": not the signers' own)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _SPANS_OF_A_MEETING:
        noun = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "following") or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lower_ in _JOINT_DEEDS else None


def _told_before(noun) -> bool:
    """ "The meeting", "these talks", "their talks": a noun that refers back to one told before."""
    return any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def _partners_of_the_deed(noun) -> list:
    """For talks after which a deed was done together, whom the deed's verb did it with ("signed the
    accord with X after talks"); none for any other noun."""
    verb = _joint_deed_after(noun)
    if verb is None:
        return []
    # (the parser may hang the "with" on what was done: "signed the accord with X after talks")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in _with_objects(c) if g.pos_ == "PROPN" or g.lower_ in _COUNTERPARTS or is_role_word(g)]  # fmt: skip


def _named_with_deeper(discussed) -> list:
    """A name in a "with" the parser hung deeper inside what was discussed ("discussed the progress
    of customs facilities with Hafizuddin Omar"): the object of the phrase's last "with", a name
    that ends the phrase, where the noun it hangs on does not take "with" itself ("the state of
    relations with Malaysia" names no one met)."""
    withs = [t for t in discussed.subtree if t.dep_ == "prep" and t.lower_ == "with" and t.head.i != discussed.i]
    if not withs or withs[-1].head.lower_ in _WITH_NOUNS | _STRIFE:
        return []  # (nor a strife with someone: "discussed the danger of a confrontation with Iran")
    names = [g for g in withs[-1].children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    return [g for g in names if g.right_edge.i == discussed.right_edge.i]


def _with_objects(with_) -> list:
    """The objects of a "with" phrase; in "with visiting Kenyan President William Ruto" the parser
    reads "visiting" as a verb with the name its object, and whom the phrase names is that object;
    in "Ana Kell, with whom he held talks" it is the noun the relative clause tells of."""
    objects = [c for c in with_.children if c.dep_ == "pobj" and not _only_there(c)]
    if _relative_with(with_):
        objects = [with_.head.head if o.lower_ in ("whom", "which") else o for o in objects]
    return objects + guests_of_visiting(with_, "pcomp")


# Words of one who is there without taking part: "with Sudan's minister attending as an observer",
# "with the envoy looking on", "with the ambassador present".
_THERE_ONLY = frozenset("attending observing looking watching sitting standing witnessing listening present".split())


def _only_there(noun) -> bool:
    """Is a "with" object set off by a comma and told as only being there, by a participle with no
    object or "present" hung on it ("met for two days, with Sudan's water minister, Omer Babiker,
    attending as an observer")? Then the "with" tells the scene, not a partner (not "met with
    officials attending the conference")."""
    with_ = noun.head
    if with_.i == 0 or noun.doc[with_.i - 1].text != ",":
        return False
    return any(c.dep_ in ("acl", "amod", "advmod", "acomp") and c.lower_ in _THERE_ONLY and c.i > noun.i
               and not any(o.dep_ in ("dobj", "obj") for o in c.children)
               for c in noun.children)  # fmt: skip


def guests_of_visiting(word, dep: str) -> list:
    """The guests of a "visiting" that the small model hangs on `word` as a verb (`dep`: "pcomp"
    under "with visiting X", "xcomp" under "hosted visiting X"), the guest its object."""
    visiting = [v for v in word.children if v.dep_ == dep and v.lower_ == "visiting"]
    return [o for v in visiting for o in v.children if o.dep_ == "dobj"]


def objects_hung_on_the_verb(verb, objects: Sequence) -> list:
    """More objects after a comma and "and": "spoke to Bush, and the presidents of Peru and Chile" is
    parsed with "presidents" a conjunct of the verb, a noun with no verb of its own. It is one more
    object (not after "but" or "or": "met Dorr, but not the president").
    """
    if not objects:
        return []
    last = max(o.i for o in objects)
    comma_and = [
        cc.i for cc in verb.children
        if cc.dep_ == "cc" and cc.lower_ == "and" and cc.i > last and verb.doc[cc.i - 1].text == ","
    ]  # fmt: skip
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(i < c.i for i in comma_and)
        and not any(g.dep_ in _CLAUSE_DEPS for g in c.children) and _people_or_a_name(c)
    ]  # fmt: skip


def _people_or_a_name(noun) -> bool:
    """A name, or people by office ("the presidents of …", "the governments of …"), not a thing ("and
    the future of Chile")."""
    word = noun.lower_
    return noun.pos_ == "PROPN" or word in _BY_OFFICE or (word.endswith("s") and word[:-1] in _BY_OFFICE)


_BY_OFFICE = ROLE_HEADS | frozenset("government delegation official leader".split())


# The dependents of a verb: a conjunct with any of them is a clause ("and claims he spent …"), not a
# noun.
_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "neg", "cop", "ccomp", "xcomp", "advcl", "prt", "acomp", "attr"}
)


_SIDELINES = frozenset({"sidelines", "sideline", "margins", "margin", "fringes", "fringe"})


def _a_side_phrase(noun) -> bool:
    """A name, or people by their role or kind; not a thing one does something with."""
    if any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "mind" for g in c.children) for c in noun.children
    ):
        return False
    if noun.pos_ == "PROPN" or is_role_word(noun) or noun.lower_ in _COUNTERPARTS or noun.tag_ == "NNS":
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)  # "his envoy, Ana Kell"


# Whom one meets by their relation to oneself: "held talks with his Ukrainian counterpart, X".
_COUNTERPARTS = frozenset({"counterpart", "counterparts", "opposite", "host", "hosts", "guest", "guests"})


def _someone_met(verb) -> bool:
    """A passive "met" whose subject is a name or a person's pronoun ("Ben Dorr was met by …"), not a
    thing ("Carlisle's cross was met by Scott": a header)."""
    return any(c.dep_ == "nsubjpass" and (c.pos_ == "PROPN" or c.lower_ in _PRONOUNS) for c in verb.children)


def _with_on_the_holding_verb(noun) -> list:
    """The names or people of a "with" that the parser hangs on the verb holding a meeting noun,
    after the noun: "held a meeting with Mr Dorr", "exchanged views with Chile", "held separate
    meetings on Saturday with X" (not "with the aim of", "with help from", "with Tom Hale in mind")."""
    if not _held_by_verb(noun):
        return []
    # (a second "with" the parser made a conjunct of the verb: "held talks with X and with Y")
    # (or before it, a relative's: "Ana Kell, with whom he held talks")
    return [g for c in noun.head.children if c.dep_ in ("prep", "conj") and c.lower_ == "with"
            and (c.i > noun.i or _relative_with(c)) for g in _with_objects(c) if _a_side_phrase(g)]  # fmt: skip


def _relative_with(with_) -> bool:
    """ "With whom", "with which" opening a relative clause."""
    return with_.head.dep_ == "relcl" and any(
        c.dep_ == "pobj" and c.lower_ in ("whom", "which") for c in with_.children
    )


def _held_by_verb(noun) -> bool:
    """A meeting noun that a verb of holding or exchanging has as its object ("held a meeting",
    "had talks", "exchanged views") or, in the passive, as its subject ("talks were held")."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.lower_ in _HAVE | _EXCHANGE


def _under_other_with(token, trigger) -> bool:
    """True inside a "with" phrase of some other word ("relations with China")."""
    # spaCy makes a new Token object on every access: compare positions, never identity.
    node = token
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ == "prep" and node.lower_ == "with" and node.head.i != trigger.i:
            return True
        node = node.head
    return False


def _group_region(trigger, sentence) -> list:
    """Where the members of a group object are named: the trigger noun's phrase, or the rest of
    the sentence after a verb (the parser often hangs "from Cuba, Venezuela ..." elsewhere)."""
    tokens = list(trigger.subtree) if trigger.pos_ in ("NOUN", "PROPN") else [t for t in sentence if t.i > trigger.i]
    return [t for t in tokens if not _under_other_with(t, trigger)]


def _named_pair(
    subject, paragraph: ParagraphIn, named_before: list[str], exclude=None, skip: frozenset[str] = frozenset()
) -> tuple[str, str] | None:
    """ "The pair met", "the two men met": the last two different people named before the subject
    (`named_before`: those of the paragraphs before), other than `exclude` and those in `skip`."""
    if subject is None or _entities_in([subject], paragraph.entities) or not _a_pair_noun(subject):
        return None
    if exclude is not None and not _both_alone(subject):
        return None  # (an object: "held talks with two senior Ugandan officials" is two others)
    last_two: list[str] = []
    # Before the subject: the parse's sentence may start in the blanked text before it.
    here = [e.entity_id for e in paragraph.entities if e.type == "PERSON" and e.char_end <= subject.idx]
    for entity_id in reversed(named_before + here):
        if entity_id not in last_two and entity_id != exclude and entity_id not in skip:
            last_two.append(entity_id)
        if len(last_two) == 2:
            return last_two[1], last_two[0]
    return None


def _sentence_index(starts: list[int], sentence) -> int:
    """Which of the paragraph's sentences (`sentences.sentence_spans`) a parsed sentence is."""
    first = next((t.idx for t in sentence if not t.is_space), sentence.start_char)
    return sum(1 for a in starts if a <= first) - 1


def _below_main(trigger) -> bool:
    """Is the trigger in a clause that hangs on the main one ("…, where he met", "after he met")?"""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    while clause.dep_ in ("xcomp", "conj", "dobj", "pobj", "prep") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in ("relcl", "advcl")


def _main_subject_meant(subject, trigger, main_subject, paragraph: ParagraphIn, people) -> str | None:
    """The main clause's subject, when a "he" or "she" below it means that person ("Mr Blair made a
    visit to Iraq, where he met …"): only when no one else was named before the pronoun ("Tom Reid
    sacked Ann Dale after she met …" is Ann Dale) and the gender, where known, agrees."""
    if main_subject is None or subject is None or subject.lower_ not in ("he", "she") or not _below_main(trigger):
        return None
    before = [
        e for e in paragraph.entities if e.type == "PERSON" and trigger.sent.start_char <= e.char_start < subject.idx
    ]
    if any(e.entity_id != main_subject for e in before):
        return None
    gender = getattr((people or {}).get(main_subject), "gender", None)
    return main_subject if gender in (None, _PRONOUN_GENDER.get(subject.lower_)) else None


def _office_goes_on(office: tuple[int, int, str, bool] | None, paragraph: ParagraphIn, where: int) -> str | None:
    """The country of `_unnamed_office_of_a_country`, in its sentence, the next one, or the first of
    the next paragraph when it ended its own."""
    if office is None:
        return None
    no, told_at, country, last = office
    here = no == paragraph.paragraph_no and where - told_at in (0, 1)
    return country if here or (last and no == paragraph.paragraph_no - 1 and where == 0) else None


def _office_it_ends_on(doc, paragraph: ParagraphIn, book: RoleBook | None) -> tuple[int, int, str, bool] | None:
    """`_unnamed_office_of_a_country` of a paragraph's last sentence, as `find_meetings` keeps it."""
    sentences = list(doc.sents)
    if not sentences or (country := _unnamed_office_of_a_country(sentences[-1], paragraph, book)) is None:
        return None
    where = _sentence_index([a for a, _ in sentence_spans(paragraph.text)], sentences[-1])
    return paragraph.paragraph_no, where, country, sentences[-1].end_char >= len(paragraph.text.rstrip())


def _main_subject(sentence, paragraph: ParagraphIn, told: str | None) -> str | None:
    """The person the sentence's main clause is about: its named subject, or the person its subject
    pronoun was taken to be."""
    for subject in [c for c in sentence.root.children if c.dep_ == "nsubj"][:1]:
        if subject.lower_ in ("he", "she"):
            return told
        people = [e for e in _entities_in([subject], paragraph.entities) if e.type == "PERSON"]
        return people[0].entity_id if people else None
    return None


def _unnamed_office_of_a_country(sentence, paragraph: ParagraphIn, book: RoleBook | None) -> str | None:
    """The country whose office holder of state, named by no one, the sentence's main clause is about
    ("Poland's president made a visit to Kyiv", "The Polish president said …"): an official acting
    for a country with no person named is the country, and a "he" or "she" after it that the article
    names no one else for goes on with it (not "Nigeria's captain", not a passive's subject, "was
    visited by Poland's president", nor one of two: "Poland's president went to Kyiv and Ukraine's
    president to Warsaw")."""
    subjects = [c for c in sentence.root.children if c.dep_ == "nsubj"][:1]
    others = [t for t in sentence if t.lower_ in STATE_OFFICES and t not in subjects]
    for subject in subjects if not others else []:
        if subject.lower_ not in STATE_OFFICES or _role_holder(subject, paragraph, book) is not None:
            return None
        named = _entities_in(list(subject.subtree), paragraph.entities)
        countries = [e.entity_id for e in named if e.type == "COUNTRY"]
        if any(e.type != "COUNTRY" for e in named) or len(set(countries)) != 1:
            return None  # (not "the president of the Football Association", nor of two countries)
        return countries[0]
    return None


def _org_pair(subject, paragraph: ParagraphIn, orgs_before: list[str]) -> tuple[str, str] | None:
    """ "The two companies held talks": the two organisations named most before the subject."""
    if subject is None or subject.lower_ not in _ORG_NOUNS or _entities_in([subject], paragraph.entities):
        return None
    if not any(c.lower_ in ("two", "both") for c in subject.children):
        return None
    named = orgs_before + [e.entity_id for e in paragraph.entities if e.type == "ORG" and e.char_end <= subject.idx]
    top = [entity_id for entity_id, _ in Counter(named).most_common(2)]  # ties: the first named first
    return (top[0], top[1]) if len(top) == 2 else None


def _role_holder(token, paragraph: ParagraphIn, book: RoleBook | None) -> str | None:
    """ "The Pakistani president met …": the person the article gave that role, rather than the
    country a demonym in the phrase names."""
    if book is None or token is None:
        return None
    named = [t for c in token.children if c.dep_ == "appos" for t in c.subtree]
    if any(e.type == "PERSON" for e in _entities_in(named, paragraph.entities)):
        return None  # "his Ukrainian counterpart, Oksana Hrytsenko": the role is given its holder's name
    words = role_words(token, _pruned_subtree(token))
    if words is None or words[-1].casefold() not in ROLE_HEADS | GUEST_NOUNS:
        return None
    return book.holder(words, paragraph.text, paragraph.entities, token.idx)


def _subject_entity(
    subject,
    paragraph: ParagraphIn,
    last_person: str | None,
    known_people: dict[str, str],
    told: str | None = None,
    book: RoleBook | None = None,
    home: str | None = None,
    others: frozenset[str] = frozenset(),
    leader: str | None = None,
    opener: str | None = None,
) -> str | None:
    """Side A of a meeting from its subject token. `others` are the entities the trigger's own
    objects name (side B): "after meeting Tony Blair he said …" is not Tony Blair's meeting with himself.
    `leader` is whom the article last said led a delegation: "the delegation met …" is theirs."""
    if subject is None:
        return None
    if subject.text in known_people and not _entities_in([subject], paragraph.entities):
        return known_people[subject.text]  # "Petro also met ...": NER missed the bare surname
    if subject.lower_ in ("he", "she") and told is not None and told not in others:
        return told
    if subject.lower_ == "it":
        return _reporting_org(subject, paragraph)
    if subject.lower_ == "its":  # the organisation or country named last before it in its sentence
        before = [e for e in paragraph.entities if e.type in ("ORG", "COUNTRY")
                  and subject.sent.start_char <= e.char_start and e.char_end <= subject.idx]  # fmt: skip
        return before[-1].entity_id if before else None
    if bare_government(subject):  # "the government is in discussions with …": the article's country
        return government_country(subject, paragraph.entities, home)
    if subject.lower_ in _PRONOUNS:
        # "he" is the last person named before it: in this paragraph, else earlier in the article;
        # "she" not a man ("Amara Osei … replaced Kwame Mensah. Her first trip was to Dakar, where
        # she met …"), where the article's titles, pronouns or a given name tell
        before = [e.entity_id for e in paragraph.entities
                  if e.type == "PERSON" and e.char_end <= subject.idx and e.entity_id not in others]  # fmt: skip
        gender = _PRONOUN_GENDER.get(subject.lower_)
        if opener is not None and opener not in others and not person_before_in_sentence(subject, paragraph):
            # "Eduardo Vilca grew up in Cusco. His mentor, Julio Paz, taught him law. In 2004 he
            # travelled to Beijing, where he met …": a pronoun the sentence opens with is the person
            # the sentence before named first (`gender`'s measure), not the one it named last
            return opener
        if gender is not None and book is not None:
            earlier = [p for p in before[::-1] + book.recent[::-1] if p not in others]
            return next((p for p in earlier if getattr(book.people.get(p), "gender", None) in (None, gender)), None)
        return before[-1] if before else last_person
    people = [e for e in _entities_in(_pruned_subtree(subject), paragraph.entities) if e.type == "PERSON"]
    if people:
        return people[0].entity_id
    if (holder := _role_holder(subject, paragraph, book)) is not None:
        return holder
    if (body := _body_named_before(subject, paragraph, others)) is not None:
        return body
    own = _entities_in([subject, *subject.children], paragraph.entities)
    if not own and leader is not None and subject.lower_ in ("delegation", "mission") and _determined(subject):
        return leader  # "Sun Haiping led a CPC delegation to Cuba … In Havana, the delegation met …"
    if not own and (sent := _sent_by(subject, paragraph)):
        own = sent  # "the foreign ministers of India and Pakistan met": the first, who met the others
    if not own and subject.lower_ in _DELEGATIONS:  # "the latest delegation from the CBI met …"
        own = _entities_in([g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                            for g in c.children if g.dep_ == "pobj"], paragraph.entities)  # fmt: skip
    if a_firm_of_a_country(subject, own):
        return None  # "the US network held talks with …": a firm of that country, not it
    if subject.lower_ in TRADES and subject.pos_ == "NOUN":
        return None  # "the American actress met …": a person of that country by trade, not it
    sides = _best_sides(own)
    return sides[0].entity_id if sides else None


_LEADS_A_DELEGATION = re.compile(
    r"[^.;]{0,150}?\b(?:led|leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her)\s+(?:[\w’'-]+\s+){0,4}"
    r"(?:delegation|mission)\b"
)
# (with whom it is from between: "a delegation of the Lao People's Revolutionary Party led by …"; not
# a group that is led: "a delegation from the Shia movement led by Moqtada al-Sadr")
_DELEGATION_LED_BY = re.compile(
    r"\b(?:delegation|mission)\s+(?:(?:of|from)\s+[^.;,]{0,70}?(?<!movement)(?<!group)(?<!faction)(?<!militia)"
    r"(?<!rebels)\s+)?(?:led|headed)\s+by\s+(?:[\w’'-]+,?\s+){0,4}$"
)


def a_delegation_led_by(text: str, person: EntitySpan) -> bool:
    """Is the person written as the one a delegation was "led by" ("a delegation of the Lao People's
    Revolutionary Party led by Bounmy Keovongsa")?"""
    return _DELEGATION_LED_BY.search(text[max(0, person.char_start - 150) : person.char_start]) is not None


def led_a_delegation_before(told: Iterable[tuple[ParagraphIn, int]]) -> str | None:
    """The person last written as the one a delegation was "led by", in the first of the
    (paragraph, end) spans of text that names one."""
    for paragraph, upto in told:
        led = [e for e in paragraph.entities
               if e.type == "PERSON" and e.char_end <= upto and a_delegation_led_by(paragraph.text, e)]  # fmt: skip
        if led:
            return led[-1].entity_id
    return None


def delegation_leader(paragraph: ParagraphIn) -> str | None:
    """The person a paragraph says led a delegation ("Sun Haiping, Member of the CPC Central
    Committee, led a CPC delegation to visit Cuba", "a delegation led by Ma Hui"), the last one."""
    found = None
    for e in paragraph.entities:
        if e.type != "PERSON":
            continue
        if _LEADS_A_DELEGATION.match(paragraph.text, e.char_end) or a_delegation_led_by(paragraph.text, e):
            found = e.entity_id
    return found


def person_before_in_sentence(token, paragraph: ParagraphIn) -> bool:
    """Does the token's sentence name a person before it?"""
    return any(e.type == "PERSON" and token.sent.start_char <= e.char_start < token.idx for e in paragraph.entities)


def sentence_people(paragraph: ParagraphIn) -> list[list[str]]:
    """The people each sentence of the paragraph names, in order."""
    people = [e for e in paragraph.entities if e.type == "PERSON"]
    return [
        list(dict.fromkeys(e.entity_id for e in people if start <= e.char_start < end))
        for start, end in sentence_spans(paragraph.text)
    ]


def opener_before(earlier: list[list[str]], gender: str | None, people: Mapping) -> str | None:
    """The person the sentence before a pronoun named first (`earlier`: the people of the sentences
    before the pronoun's, `sentence_people`, in order, the paragraphs before included); one sentence
    naming no one between keeps it, two do not (as `gender._followed_by_a_pronoun` counts). Not one
    of the other sex, nor, for "she", one of unknown sex where that sentence names a woman ("Kenya's
    sports minister, Ababu Namwamba, praised Faith Kipyegon. She thanked Kenya": Kipyegon)."""
    earlier = earlier[-2:]
    sentence = earlier[-1] if earlier and earlier[-1] else (earlier[0] if len(earlier) == 2 else [])
    if not sentence or gender is None:
        return None
    sexes = [getattr(people.get(p), "gender", None) for p in sentence]
    if sexes[0] == gender or (sexes[0] is None and not _a_woman_meant(gender, sexes)):
        return sentence[0]
    return None


def _a_woman_meant(gender: str | None, sexes: list[str | None]) -> bool:
    """ "She" after a sentence that names a woman and, first, someone of unknown sex: the woman, as
    news names more men than women ("Morgan Freeman beat … Alan Alda. He thanked …" stays Freeman's)."""
    return gender == "F" and "F" in sexes


def _body_named_before(noun, paragraph: ParagraphIn, others: frozenset[str]) -> str | None:
    """ "After talks with Powys Health Board the hospital called off its plan", "the bank's executives
    met …": a body called by its kind is the organisation named last before it in the paragraph whose
    name has that word (Hereford County Hospital, Barclays Bank), other than the meeting's other side.
    (Not just the last organisation named: "the group's members" of a story that named the Muslim
    Council of Britain, then Ofcom, are not Ofcom's.)"""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lower_ in _DELEGATIONS and owner is not None:
        noun = owner  # "the group's members", "the company's executives": the group's, the company's
    if noun.lower_ not in BODY_NOUNS or not with_the(noun):
        return None
    if _entities_in(list(noun.subtree), paragraph.entities):
        return None  # "the Labour party", "the German exchange": its own words say whose (or mislead)
    before = [e for e in paragraph.entities if e.type == "ORG" and e.char_end <= noun.idx and e.entity_id not in others
              and noun.lower_ in paragraph.text[e.char_start : e.char_end].lower().split()]  # fmt: skip
    return before[-1].entity_id if before else None


# People sent by a body, who meet for it: "a delegation from the CBI", "officials of the bank".
_DELEGATIONS = frozenset(
    """delegation delegations team teams officials representatives envoys negotiators mission members
    executives bosses chiefs""".split()
)

# People met by kind, with no name ("held a private meeting with senior union figures", "met local
# parents", "two local councillors met the agent"): a side the text does not name. Not players or
# fans (a team's own), nor reporters (an interview).
_PEOPLE_BY_KIND = frozenset(
    """representatives figures leaders officials ministers executives bosses chiefs parents families relatives
    victims shareholders investors unions councillors residents campaigners activists students teachers
    workers delegates delegations banks creditors lenders farmers growers mps peers""".split()
)

# What one meets that is no one: "meet" as fulfil or encounter ("met Carr's cross", "meet US
# requirements", "met the union's demands", "met with scathing reviews", "met with a hostile
# reception"). A side named in such an object is whose the thing is, not whom anyone met.
_MET_THINGS = frozenset(
    """cross crosses ball pass header shot free-kick corner target targets requirement requirements demand
    demands deadline deadlines criteria standard standards cost costs need needs expectation expectations
    challenge challenges reception response reviews review criticism approval resistance opposition fate end
    obligations conditions terms goal goals rule rules regulation regulations commitment commitments""".split()
)


# A result: a set or a run of sets ("7-5 6-4"), or a score a side won, lost or drew by ("won 2-1",
# "a 3-0 win"); not a vote ("voted 9-2"), a range ("£10-15") or days of a month.
_RESULT = re.compile(
    r"\b\d{1,2}-\d{1,2}(?: \d{1,2}-\d{1,2})+\b|"
    r"\b(?:won|lost|beat|beating|drew|defeated|defeating|thrashed)\b[^.;]{0,40}?\b\d{1,2}-\d{1,2}\b|"
    r"\b\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss|triumph|success|thrashing)\b"
)
_RESULTS_OF_A_REPORT = 2


def match_report(texts: Iterable[str]) -> bool:
    """Does the article report results (two or more)? There, players or teams who "meet" play
    each other."""
    return sum(len(_RESULT.findall(text)) for text in texts) >= _RESULTS_OF_A_REPORT


def _a_match(trigger, subject, object_heads, paragraph: ParagraphIn) -> bool:
    """ "He now meets Puerta", "her meeting with Martinez": in an article of results, a name or a
    pronoun meeting names, none of them described by a role, is a match. Not "held a meeting with
    Cole", "the players met Prince William", "met FA chief executive Brian Barwick", "met the
    Glazer family"."""
    if trigger.lower_ not in ("met", "meet", "meets", "meeting", "meetings") or not object_heads:
        return False
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lower_ in _HAVE:
        return False
    if subject is None or not (subject.lower_ in _PLAYER_PRONOUNS or _a_plain_name(subject, paragraph)):
        return False
    return all(_a_plain_name(h, paragraph) or h.lower_ in _OBJECT_PRONOUNS for h in object_heads)


_PLAYER_PRONOUNS = frozenset("he she his her they their".split())
# Where teams or players meet to play ("met in the final", "in a league match"): a match. (Not
# "leg": "the second leg of her tour" is a trip.)
_FIXTURES = frozenset(
    "final finals semis match matches game games tie ties derby play-off play-offs decider qualifier league cup "
    "fixture clash showdown".split()
)
_SCORE = re.compile(r"\s*\d{1,2}-\d{1,2}\b")


def _a_fixture(trigger) -> bool:
    """ "Riverton met Ardent in the cup final", "their meeting ended 1-1": a match, in any article
    (a report of results reads more as one, `_a_match`)."""
    # (the parser may hang the phrase on whom the trigger met)
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj"))]
    where = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if any(g.lower_ in _FIXTURES for g in where):
        return True  # (not "met him at the game": a place where they met)
    ended = trigger.dep_ == "nsubj" and trigger.head.lower_ in _ENDED
    verb = trigger.head  # the score right after the verb: "ended 1-1", not "ended in a 2-1 vote"
    return trigger.pos_ == "NOUN" and ended and bool(_SCORE.match(verb.doc.text, verb.idx + len(verb.text)))


_ENDED = frozenset("ended ends finished finishes".split())


def _a_plain_name(head, paragraph: ParagraphIn) -> bool:
    """A name no role describes: "Puerta", not "FA chief executive Brian Barwick"."""
    named = head.pos_ == "PROPN" or bool(_entities_in([head], paragraph.entities))
    return named and not any(t.lower_ in ROLE_HEADS for t in head.subtree)


def _keep(meetings: list[Meeting], seen: dict[tuple, int], meeting: Meeting) -> None:
    """Add a meeting, unless the same sides met on the same date before in the article (a
    republished item): then the first telling is kept, completed with the place if only the
    retelling names it. A side named by kind is a side of its own (None)."""
    key = (frozenset((meeting.actor_a, meeting.actor_b)), meeting.meeting_date)
    if key not in seen:
        seen[key] = len(meetings)
        meetings.append(meeting)
    elif meetings[seen[key]].place is None and meeting.place is not None:
        meetings[seen[key]] = dataclasses.replace(meetings[seen[key]], place=meeting.place)


_APART = frozenset("separate individual own respective parallel".split())


# Where and as whom people first get to know each other: "met at university", "met as students".
_SCHOOLS = frozenset("university college school academy seminary kindergarten".split())
_YOUNG = frozenset("students children teenagers schoolboys schoolgirls boys girls pupils undergraduates".split())


def _determined(noun) -> bool:
    return any(d.dep_ in ("det", "poss") for d in noun.children)


def _got_to_know(verb) -> bool:
    """ "First met X in 1990", "met at university" (bare: not "at a school in Lima", a place of a
    meeting), "met as students": how people came to know each other, told in a life's story, not a
    meeting held."""
    if verb.lower_ not in ("met", "meet", "meets"):
        return False
    first = verb.i > 0 and verb.doc[verb.i - 1].lower_ == "first" and verb.doc[verb.i - 1].dep_ == "advmod"
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in") for g in c.children
              if g.dep_ == "pobj" and g.lower_ in _SCHOOLS and not _determined(g)]  # fmt: skip
    young = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
             if g.dep_ == "pobj" and g.lower_ in _YOUNG]  # fmt: skip
    return first or bool(places) or bool(young)


def _how_they_came_to_know(verb) -> bool:
    """What a relative clause tells of an acquaintance, as a life's story does: a year ("who met his
    wife in 1985"), a time of life ("when they were students", "while working at the UN"), many
    times ("who has met him several times"), a spouse or partner met."""
    if _got_to_know(verb):
        return True
    for c in verb.children:
        if c.dep_ == "prep" and any(re.fullmatch(r"(?:19|20)\d\ds?", g.text) for g in c.subtree):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("when", "while", "as") for m in c.children):
            return True
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i:
            return True  # "who met him while working at the UN" (the parser may drop the "while")
        if c.lower_ in ("times", "often", "once", "repeatedly") or (c.dep_ == "dobj" and c.lower_ in _PARTNERS):
            return True
    return False


_PARTNERS = frozenset("wife husband partner girlfriend boyfriend fiancee fiancée spouse".split())


def _apart(talks) -> bool:
    """ "Held separate talks", "their own talks", "held talks separately": each with someone else."""
    return any(c.lower_ in _APART for c in talks.children) or any(
        c.lower_ in ("separately", "individually") for c in talks.head.children
    )


def _a_pair_the_clause_tells_of(subject):
    """The coordinated subject a relative clause of meeting on its last conjunct tells of: "Moriyama
    and his Indian counterpart, X, who held talks at Hyderabad House, agreed …" (the parser hangs
    the clause on the counterpart); None for any other subject."""
    if subject is None or subject.lower_ not in ("who", "that") or subject.head.dep_ != "relcl":
        return None
    clause = subject.head
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in clause.children):
        return None  # "who met as young officers": how they came to know each other
    node = clause.head.head if clause.head.dep_ == "appos" else clause.head  # (", Ravi Kumar, who …")
    first = node
    while node.dep_ == "conj":
        node = node.head
    return node if node.i != first.i and node.dep_ in ("nsubj", "nsubjpass") else None


def _met_each_other(subject, trigger, paragraph: ParagraphIn, side_a: str) -> list[EntitySpan]:
    """ "Rosneft and CNPC held talks", "Blair and Chirac held talks in Paris": with no one else met,
    the subject's conjuncts met each other. With the verb, only people ("Ms Kell and Mr Dorr met on
    Monday"; teams that "met" played a fixture), and not when they got to know each other ("met as
    students", `_got_to_know`, which stop 40 found the verb's rows to be before that test)."""
    if subject is None or _apart(trigger):
        return []
    sent = _sent_by(subject, paragraph)
    named = _named_by(conjuncts(subject), paragraph) + sent
    if named and subject.lower_ in ("he", "she"):
        named = [EntitySpan(0, 0, side_a, "PERSON"), *named]  # "he and X met": whom "he" means
    # (or the people the sides sent: "the foreign ministers of India and Pakistan met")
    people_sent = bool(sent) and subject.lower_ != "teams"
    if trigger.pos_ != "NOUN" and not (len(named) >= 2 and all(e.type == "PERSON" for e in named)) and not people_sent:
        return []  # the verb: people only, not teams or countries
    if any(c.lower_ in ("each", "both") for n in (subject, trigger.head) for c in n.children):
        return []  # "X and Y each held talks", "both held meetings on Monday": with others
    sides = [e for e in named if e.type in _SIDE_KINDS]
    others = [e for e in sides if e.entity_id != side_a]
    return others if len({e.entity_id for e in sides}) >= 2 else []


def _sent_by(subject, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The sides a plural subject of people sent names after "from" or "of" ("negotiators from
    Ethiopia and Egypt", "the delegations of Cuba and Vietnam"), two or more: each of them."""
    if subject.lower_ not in ACTING_FOR_THEIR_SIDES:
        return []
    # (nor "the foreign ministers of A and B, X and Y", which the parser hangs on the office as an
    # apposition or as conjuncts: the people named are the sides)
    set_off = [c for c in subject.children
               if c.dep_ in ("appos", "conj") and c.left_edge.i > 0 and c.left_edge.nbor(-1).text == ","]  # fmt: skip
    if any(e.type == "PERSON" for c in set_off for e in _entities_in(list(c.subtree), paragraph.entities)):
        return []
    heads = [g for c in subject.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    named = _named_by([c for h in heads for c in conjuncts(h)], paragraph)
    if not named:
        # (or by their demonyms: "Russian and Ukrainian delegations held talks")
        demonyms = [c for c in subject.children if c.dep_ in ("amod", "compound") and c.i < subject.i]
        named = [e for d in demonyms[:1] for e in _named_by(conjuncts(d), paragraph) if e.type == "COUNTRY"]
    if subject.lower_ in _HEADS_OF_THEIR_SIDES and len(named) != 2:
        return []  # (the leaders of many, as at a summit, did not each meet each: "the leaders of the G8")
    return named if len(named) >= 2 else []


# Of `roles.ACTING_FOR_THEIR_SIDES`, those who lead their sides.
_HEADS_OF_THEIR_SIDES = frozenset("leaders heads chiefs presidents premiers".split())


def _named_by(heads, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The entities the given words (a subject's conjuncts) belong to, in order; a description's the
    name set beside it ("Mutua and his Tanzanian counterpart, Mwanaisha Juma, met"), a title's too
    ("Wang Yi and Pakistan's Foreign Minister Ishaq Dar held talks", the title a proper noun)."""
    named = []
    for c in heads:
        own = _entities_in([c], paragraph.entities)
        described = c.pos_ == "NOUN" or (c.pos_ == "PROPN" and is_role_word(c))
        beside = [n for n in c.children if n.dep_ == "appos" and n.pos_ == "PROPN"] if described else []
        named += own or _entities_in(beside[:1], paragraph.entities)
    return named


def _conjoined_with(subject, side_a: str | None, side_b: list[EntitySpan], paragraph: ParagraphIn) -> list[str]:
    """The other names of a conjoined subject that met whom the object names: "Ms Kell and Mr Dorr
    met Tom Hale" is a meeting of each with him, as the other event types read it."""
    if subject is None or side_a is None:
        return []
    met = {e.entity_id for e in side_b}
    others = [e.entity_id for e in _named_by(conjuncts(subject)[1:], paragraph) if e.type in _SIDE_KINDS]
    return [e for e in dict.fromkeys(others) if e != side_a and e not in met]


_OBJECT_PRONOUNS = {"him": "M", "her": "F"}


def _person_before(pronoun, trigger, subject, paragraph: ParagraphIn, side_a: str | None, people) -> str | None:
    """Whom "him" or "her" met means: the last person named before it in its sentence, when the
    gender fits ("Ana Kell snubbed Tom Hale but later met him", "Hale arrived in Lima, where Ana
    Kell met him"). Never one of those who met (the subject's names, "together with Ben Dorr"),
    nor a possessor ("Tom Hale's wife said Kell met her"). When the subject is itself a pronoun,
    only a person whose gender the article tells: "Kell read Hale's book before she met him" would
    otherwise swap the two. Not across sentences: there an object pronoun is as often someone the
    sentence before only mentioned."""
    start, end = pronoun.sent.start_char, pronoun.idx
    met_by = {t.idx for t in subject.subtree} if subject is not None else set()
    met_by |= {t.idx for c in trigger.children if c.i < trigger.i and c.dep_ in ("prep", "advcl", "advmod")
               for t in c.subtree}  # fmt: skip
    before = [e for e in paragraph.entities if e.type == "PERSON" and start <= e.char_start and e.char_end <= end
              and e.char_start not in met_by and not paragraph.is_possessor(e)]  # fmt: skip
    guessed = subject is not None and subject.lower_ in ("he", "she", "they", "i", "we")
    for e in reversed(before):
        gender = getattr((people or {}).get(e.entity_id), "gender", None)
        if e.entity_id == side_a or (guessed and gender is None):
            continue
        if gender in (None, _OBJECT_PRONOUNS[pronoun.lower_]):
            return e.entity_id
    return None


def _one_sided(side_a, side_b, subject, object_heads, paragraph: ParagraphIn) -> tuple | None:
    """(side A, None) when the side met is people named only by kind ("met local parents"), (None,
    side B) when the ones who met are ("five unions held talks with Mr Prescott": the name is the
    object itself, not the owner of a thing met, "investors met Vantel's offer with scepticism");
    else None."""
    if (
        side_a is not None
        and not side_b
        and any(_by_kind(h, paragraph) or _someone_elses(h, paragraph.entities) for h in object_heads)
    ):
        return side_a, None  # (or someone's agents, whom the article does not name: "met Varga's agents")
    named = {e.entity_id for e in side_b}
    if side_a is None and len(named) == 1 and _by_kind(subject, paragraph):
        heads = {e.entity_id for h in object_heads for e in _entities_in([h], paragraph.entities)}
        return (None, named.pop()) if named <= heads else None
    return None


def _by_kind(head, paragraph: ParagraphIn) -> bool:
    """People named by kind and by nothing else: "senior union figures", "representatives of the
    supporters", not "Iraqi officials" (their country), "its officials" (its), nor "the unions'
    leaders, Dave Prentis …"."""
    if head is None or head.pos_ != "NOUN" or head.lower_ not in _PEOPLE_BY_KIND:
        return False
    if any(c.dep_ == "poss" and c.tag_ != "NNS" for c in head.children):
        return False  # "the group's officials", "its lending banks": whose they are tells who
    if any(c.lower_ in ("fellow", "other") for c in head.children):
        return False  # "discussions with fellow ministers": one side's own colleagues
    # (a city they were met in is no name of theirs: "senior union figures in London"; a country is,
    # "officials in Germany" being German ones)
    located = [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for t in c.subtree]
    met_in = [e for e in _entities_in(located, paragraph.entities) if e.type == "PLACE"]
    # (nor is the country of people of a trade or a walk of life: "French business leaders",
    # "Kenyan church leaders" are no government of France or Kenya)
    if _of_a_walk_of_life(head):
        demonyms = [c for c in head.children if c.dep_ in ("amod", "compound")]
        met_in += [e for e in _entities_in(demonyms, paragraph.entities) if e.type == "COUNTRY"]
    return not [e for e in _entities_in(list(head.subtree), paragraph.entities) if e not in met_in]


# Words of a walk of life before people named by kind ("business leaders", "church officials").
_WALKS_OF_LIFE = frozenset("business community religious church faith civic student youth tribal traditional".split())
# Words of a trade that is a ministry's portfolio too: "industry leaders" are not the state's, but
# "trade officials" and "farm ministers" are.
_TRADES_OF_A_PORTFOLIO = frozenset("industry trade farm farming".split())
# People of a state whatever their walk: ministers, and officials of a portfolio.
_OF_THE_STATE = frozenset("political government military state".split())


def _of_a_walk_of_life(head) -> bool:
    """ "Business leaders", "church officials", "industry figures": people of a walk of life, not of
    the state ("German trade officials", "farm ministers", "religious and political leaders" are)."""
    words = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    words |= {g.lower_ for c in head.children if c.dep_ in ("compound", "amod") for g in c.conjuncts}
    if head.lower_ in ("minister", "ministers") or words & _OF_THE_STATE:
        return False
    trade = bool(words & _TRADES_OF_A_PORTFOLIO) and head.lower_ not in ("official", "officials")
    return bool(words & _WALKS_OF_LIFE) or trade


def _place_of(trigger, paragraph: ParagraphIn, going: bool = False) -> str | None:
    """A place in an "in" phrase of the trigger's clause ("met ... in Rio de Janeiro": the parser
    often hangs it on the object), or the dateline's place for "met here"; not one of a clause
    under it, which tells of another doing ("a tour aimed at shoring up a ceasefire in Gaza", "met
    Blair to discuss the war in Iraq"), unless the trigger is one of `going` somewhere, whose purpose
    is done where one went ("travelled to receive treatment at a centre in Spala")."""
    for token in trigger.subtree:
        if token.dep_ == "prep" and token.lower_ == "in" and (going or not _under_another_verb(token, trigger)):
            places = [e for e in _entities_in(list(token.subtree), paragraph.entities) if e.type == "PLACE"]
            if places:
                return places[0].entity_id
        if token.lower_ == "here" and token.head.i == trigger.i and paragraph.dateline_place_entity:
            return paragraph.dateline_place_entity
    return None


def _under_another_verb(token, trigger) -> bool:
    """Is a verb other than the trigger between `token` and the trigger in the parse?"""
    head = token.head
    while head.i != trigger.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return False


def sentence_bounds(sentence) -> tuple[int, int]:
    """(start, end) of a parsed sentence's words: the blanked parts of a paragraph
    (`cues.parse_text`) are whitespace tokens that may open or close it."""
    words = [t for t in sentence if not t.is_space]
    if not words:
        return sentence.start_char, sentence.end_char
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _date_of(trigger, sentence, paragraph: ParagraphIn, anchor: dt.date | None, coarse: list[tuple[int, int]]):
    """The meeting's day: a day-level date in the sentence (one in the trigger's clause first);
    none when the trigger's clause dates itself only by month or year ("in November 2023");
    else the last event date before the sentence (the story's clock: "The next day, ...")."""
    clause = list(trigger.subtree)
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1].text)
    start, end = sentence_bounds(sentence)
    inside = [d for d in paragraph.dates if start <= d.char_start < end]
    if inside:
        in_clause = [d for d in inside if lo <= d.char_start < hi]
        return (in_clause or inside)[0].date
    if any(lo <= start < hi for start, _ in coarse):
        return None
    earlier = [d for d in paragraph.dates if d.char_start < start]
    return earlier[-1].date if earlier else anchor


def _triggers(sentence):
    for token in sentence:
        lower = token.lower_
        if lower in ("met", "meet", "meets") or (lower == "meeting" and token.pos_ == "VERB"):
            yield token
        elif lower in _PHONE_VERBS and token.pos_ == "VERB" and _objects_of(token):
            yield token  # "Mr Blair telephoned Mr Bush"
        elif (
            lower in _SPEAK_VERBS
            and token.pos_ == "VERB"
            and _by_phone(token)
            and (_objects_of(token) or _conjoined_subject(token))
        ):
            yield token  # "spoke to Mr Bush by telephone", "Ms Kell and Mr Dorr spoke by phone"
        elif lower in _CALL_NOUNS and any(c.lower_ in _PHONE_NOUNS for c in token.children if c.dep_ in
                                          ("compound", "amod")) and _objects_of(token):  # fmt: skip
            yield token  # "a telephone call with Mr Bush"
        elif (
            lower in _CALL_NOUNS
            and token.dep_ == "dobj"
            and token.head.lower_ in _HAVE
            and any(o.pos_ == "PROPN" for o in _objects_of(token))
        ):
            yield token  # "held a call with Oleh Bondar": a call held with someone named (not "with investors")
        elif lower in _TALK_NOUNS and (any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
                                       or _with_on_the_holding_verb(token)):  # fmt: skip
            if (lower not in _ENGAGED_NOUNS or _engaged(token)) and (lower not in _SUMMITS or _held_by_verb(token)):
                yield token
        elif lower in _AUDIENCES and any(c.dep_ == "prep" and c.lower_ in ("with", "to") for c in token.children):
            yield token  # "granted an audience to X", "had an audience with Pope Francis"
        elif lower in _TALK_NOUNS and (len(between := _between(token)) >= 2 or _the_pair(between)):
            yield token  # "a meeting between X and Y", "talks between the two firms' chiefs", "between the two"
        elif lower in _HELD_NOUNS and (_held(token) or (token.dep_ == "dobj" and token.head.lower_ in _HAVE)):
            yield token  # "the two firms held four days of talks", "had a meeting": sides from a pair subject
        elif lower in _HELD_NOUNS and _talks_before_a_joint_deed(token):
            yield token  # "signed the accord with X after a two-hour meeting": the two met
        elif lower in _DISCUSS and token.pos_ == "VERB" and _objects_of(token):
            yield token
        elif token.pos_ == "VERB" and _in_a_phone_call(token) and _conjoined_subject(token):
            yield token  # "Aydin and Sorokin discussed Syria in a telephone call": the two spoke
        elif lower in _SIT and token.pos_ == "VERB" and _sat_down_with(token):
            yield token  # "sat down with representatives of the union", "A and B sat down together"
        elif lower in _TALK_VERBS and token.pos_ == "VERB" and _named_with(token):
            yield token  # "talked with visiting Chinese State Councilor Wang Dexin" (not "talked to reporters")
        elif lower in _EXCHANGED and token.head.lower_ in _EXCHANGE and _held_by_verb(token):
            yield token  # "exchanged views with Mr Dorr"; sides from a pair subject, as talks held
        elif _a_courtesy_call(token):
            yield token  # "later called on Prime Minister X at his residence", "paid a courtesy call on X"


# "Talked with X": talks held, in the agencies' words; only with a name ("talked with reporters"
# is no meeting, "talked to the BBC" an interview).
_TALK_VERBS = frozenset("talk talks talked talking".split())


_SIT = frozenset("sit sits sat sitting".split())


def _sat_down_with(verb) -> bool:
    """ "Sat down with X" (someone named or people by kind), or two "sat down together": a meeting."""
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    pair = any(t.dep_ == "conj" for s in subjects for t in s.subtree)  # (a conjunct of the name in apposition too)
    together = any(c.lower_ == "together" for c in verb.children) and pair
    return together or any(
        _a_side_phrase(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in _with_objects(c)
    )


def _named_with(verb) -> bool:
    """Does a "with" phrase of the verb name someone ("talked with Wang Dexin")?"""
    return any(g.pos_ == "PROPN" for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in _with_objects(c))  # fmt: skip


# A courtesy call: "called on Prime Minister X" with nothing asked of X (not "called on X to
# resign", "called on X for an inquiry"), or "paid a courtesy call on X": a meeting (040); the
# journey, if any, is told by its own words.
_CALL_VERBS = frozenset("call calls called calling".split())
_PAY_VERBS = frozenset("pay pays paid paying make makes made making".split())


def _paid_or_made(call) -> bool:
    """ "Called (on)", or a call paid or made ("paid a courtesy call on")."""
    if call.lower_ in _CALL_VERBS and call.pos_ == "VERB":
        return True
    return call.lower_ in _CALL_NOUNS and call.pos_ == "NOUN" and call.head.lower_ in _PAY_VERBS


def _a_courtesy_call(token) -> bool:
    if not _paid_or_made(token):
        return False
    verb = token if token.pos_ == "VERB" else token.head
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "was called on to resign": asked, not visited
    if any(t.lower_ == "to" and t.dep_ == "aux" for t in verb.subtree if t.i > token.i):
        return False  # "called on Mr Clarke to denounce …"
    whom = _called_on(token)
    if any(c.dep_ == "prep" and c.lower_ == "for" for t in (verb, *whom) for c in t.children):
        return False  # "called on the minister for an inquiry"
    return any(g.pos_ == "PROPN" and g.lower_ not in _CALENDAR or is_role_word(g) for g in whom)


def _called_on(token) -> list:
    """Whom a call is made on: the objects of its "on" (or, with an "on" parsed as having no object
    of its own, the verb's direct object: "called on Prime Minister Narendra Modi")."""
    on = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ in ("prt", "prep") and c.lower_ == "on" and not list(c.children) for c in token.children):
        on += [c for c in token.children if c.dep_ in ("dobj", "obj")]
    return on


# A call is a meeting held by telephone (CAMEO 041, discuss by telephone).
_PHONE_NOUNS = frozenset(("phone", "telephone", "phones", "telephones"))
_PHONE_VERBS = frozenset(("phoned", "phoning", "telephoned", "telephoning"))
_SPEAK_VERBS = frozenset("speak speaks spoke spoken speaking talk talked talking".split())
_CALL_NOUNS = frozenset(("call", "calls"))
_RECEIVE = frozenset("receive receives received receiving take takes took taken taking".split())
_PHONE_WORDS = _PHONE_VERBS | _SPEAK_VERBS | _CALL_NOUNS


def _conjoined_subject(verb) -> bool:
    """Does the verb's subject have conjuncts ("Ms Kell and Mr Dorr spoke by phone")?"""
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in verb.children)


def _in_a_phone_call(verb) -> bool:
    """ "In a telephone call", "during a phone conversation", "over the phone" said of what two did."""
    calls = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "over")
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(
        g.lower_ in _PHONE_NOUNS
        or (g.lower_ in _CALL_NOUNS | {"conversation"} and any(c.lower_ in _PHONE_NOUNS for c in g.children))
        for g in calls
    )


def _by_phone(verb) -> bool:
    """ "Spoke to him by phone", "on the telephone", "over the phone" (the parser may read "by" as a
    passive's agent)."""
    return any(g.lower_ in _PHONE_NOUNS for c in verb.children
               if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "on", "over")
               for g in c.children if g.dep_ == "pobj")  # fmt: skip


# A formal meeting a pope, a monarch or a leader grants: "an audience with", "an audience to".
_AUDIENCES = frozenset(("audience", "audiences"))
# Nouns of a meeting, with a "with" or a "between" phrase.
# A summit is a meeting when held ("held a summit with"), or between sides; "reached the summit with"
# is a climb.
_SUMMITS = frozenset(("summit", "summits"))
_TALK_NOUNS = (
    frozenset("talks talk meeting meetings negotiations discussions dialogue conversation conversations".split())
    | _SUMMITS
)
# Of these, the ones as often called for, urged or refused as held ("called for dialogue with
# Iran", "rejected dialogue with Hamas") count only when someone is in them or had them.
_ENGAGED_NOUNS = frozenset(("discussions", "dialogue", "conversation", "conversations"))
# Of these, the ones that with no one named after them are held by their subject with each other
# ("X and Y held talks", "had a meeting", "conducted negotiations", "held a summit"; not "are in
# discussions" nor "held meetings", which are with others as often).
_HELD_NOUNS = frozenset(("talks", "meeting", "negotiations", "discussions", "summit"))
_HAVE = frozenset("have has had having hold holds held holding conduct conducts conducted".split())
# "Exchanged views with": a consultation (CAMEO 040), said of views, ideas or opinions.
_EXCHANGE = frozenset("exchange exchanges exchanged exchanging".split())
_EXCHANGED = frozenset("views ideas opinions".split())


def _engaged(noun) -> bool:
    """ "Is in discussions with", "had a conversation with", "held discussions with"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return True
    return noun.dep_ == "dobj" and noun.head.lower_ in _HAVE


def conjuncts(head) -> list:
    """A phrase's head and the heads of its conjuncts, in order ("Rosneft, CNPC and Gazprom": the
    parser chains each conjunct to the one before)."""
    heads, todo = [], [head]
    while todo:
        node = todo.pop(0)
        heads.append(node)
        # (the parser may also hang several conjuncts on the first one: "past and present
        # footballers …, Solskjaer, and … Ferguson"; and a list's second name may hang as an
        # apposition that the rest are conjuncts of: "Begg, Mubanga, Abbasi and Belmar")
        if _pronoun_hung_on_a_name(node):
            continue  # (its "conjunct" is a word of that name: "he and Foreign Minister X")
        todo.extend(
            [c for c in node.children if c.dep_ == "conj"]
            or [c for c in node.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)][:1]
            # ("Foreign Minister Dewi Siregar and Commerce Secretary Lionel Abernathy-Cole": the
            # parser may hang the first titled name on the second as a modifier with its "and")
            or [
                c
                for c in node.children
                if c.dep_ == "nmod"
                # (not "between China and LAC countries")
                and (c.pos_ == node.pos_ == "PROPN" or _pronoun_hung_on_a_name(c))
                and c.i < node.i
                and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
            ]
        )
    return sorted(heads, key=lambda t: t.i)


def _pronoun_hung_on_a_name(token) -> bool:
    """ "where he and Foreign Minister Mariana Tovar signed": the parser may hang "he" on the name
    after it as a modifier, with its "and"."""
    return (
        token.dep_ == "nmod"
        and token.lower_ in ("he", "she")
        and token.head.pos_ == "PROPN"
        and any(g.dep_ == "cc" and g.lower_ == "and" for g in token.children)
    )


def _between(noun) -> list:
    """The heads of a noun's "between" phrase: "talks between Rosneft and CNPC" → Rosneft, CNPC;
    the parser may hang it on the verb that holds the noun ("talks were held between …")."""
    holders = [noun, noun.head] if _held_by_verb(noun) else [noun]
    return [h for n in holders for c in n.children if c.dep_ == "prep" and c.lower_ == "between"
            for g in c.children if g.dep_ == "pobj" for h in conjuncts(g)]  # fmt: skip


# What ends a "between" phrase's names: punctuation, or a word that says where, when or about what.
_AFTER_THE_PAIR = re.compile(
    r"[,;:.()]|\s(?:in|on|at|last|this|over|about|to|for|after|before|during|since|which|that|who)\s"
)


def _body_told_before(heads, paragraph: ParagraphIn, orgs_before: list[str], other: str,
                      written: Mapping[str, str]) -> str | None:  # fmt: skip
    """The organisation a bare "the airline", "the union" among `heads` means: the last one named
    before it of that kind (`orgs_before`: those of the paragraphs before, `written`: how each was
    written, casefolded), other than the `other` side: a body whose name holds the word ("the
    union": the Aviation Staff Union), or, for a firm's word, one whose name holds no word of
    another kind of body (not "the government", "the party", "the club")."""
    told = [h for h in heads if h.lower_ in _KINDS_OF_BODY and _bare(h) and not _entities_in([h], paragraph.entities)]
    if not told:
        return None
    return _last_body_of_its_kind(told[0], paragraph, orgs_before, other, written)


def _last_body_of_its_kind(
    kind,
    paragraph: ParagraphIn,
    orgs_before: list[str],
    other: str | None,
    written: Mapping[str, str],
    kinds: Mapping[str, set[str]] | None = None,
) -> str | None:
    """The last organisation named before the word `kind` ("union", "airline") of that kind; with
    `kinds` (the words each body was written with as its kind: `_kind_words`), only one written so
    ("engineering union Amicus", "the GMB union", "the Transport Workers Union"; not "Union Pacific"
    nor "the European Union")."""
    strict = kinds is not None
    kinds = kinds or {}
    word = kind.lower_
    here = [e.entity_id for e in paragraph.entities if e.type == "ORG" and e.char_end <= kind.idx]

    def of_that_kind(body: str) -> bool:
        name = written.get(body, "")
        if strict and word in _NAMED_KINDS:
            return word in kinds.get(body, ())
        return word in name if word in _NAMED_KINDS else not any(w in name for w in _NAMED_KINDS)

    return next((o for o in reversed(orgs_before + here) if o != other and of_that_kind(o)), None)


def _kind_of_body_whose_people(noun):
    """The word of a body's kind that says whose people a plural noun means, with no name in the
    phrase: "met union officials", "talks with the company's negotiators" → "union", "company"."""
    if noun.lower_ not in _BODY_PEOPLE:
        return None
    kinds = [c for c in noun.children if c.lower_ in _KINDS_OF_BODY and c.dep_ in ("compound", "poss")]
    others = [c for c in noun.children if c.dep_ not in ("det", "compound", "poss", "case", "punct")]
    if len(kinds) != 1 or others or any(c.dep_ == "det" and c.lower_ != "the" for c in noun.children):
        return None
    return kinds[0]


def _kind_words(text: str, body: EntitySpan) -> set[str]:
    """The words of its kind a body's name is written with: the last word of the name, or the word
    right before or after it ("engineering union Amicus", "the GMB union"), in lowercase; none for
    a union of states ("the European Union", "the African Union")."""
    name = text[body.char_start : body.char_end].split()
    name = name[1:] if name and name[0].casefold() == "the" else name
    if len(name) > 1 and (is_demonym(name[0]) or name[0].casefold() in _REGIONS):
        return set()
    before = re.search(r"([a-z]+) $", text[max(0, body.char_start - 30) : body.char_start])
    after = re.match(r" ([a-z]+)\b", text[body.char_end :])
    return {w for w in (name[-1].casefold() if name else "", before and before.group(1), after and after.group(1)) if w}


_REGIONS = frozenset("european african arab asian eurasian american caribbean pacific".split())
# People who act for a body, whose kind a word before them may give ("union officials"; not
# "party leaders", the leaders of several parties as often).
_BODY_PEOPLE = frozenset("officials representatives negotiators executives bosses delegates".split())
# Bodies told again by their kind: by a word their names hold, or by a firm's word.
_NAMED_KINDS = frozenset("union association federation council committee party ministry commission".split())
_KINDS_OF_BODY = _NAMED_KINDS | frozenset("company firm airline carrier operator maker manufacturer bank".split())


def _both_alone(noun) -> bool:
    """ "Both men", "both delegation leaders", "the pair": the two told, with no word of whose they
    are (not "two senior Ugandan officials", "both Kenyan ministers")."""
    return noun.lower_ in _PAIR_NOUNS or (
        any(c.lower_ == "both" for c in noun.children)
        and not any(c.dep_ in ("amod", "nummod") or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)
    )


def _bare(noun) -> bool:
    """ "The delegation" with nothing to say which: no modifier, no phrase of its own (but where or
    when the parser may hang on it: "talked with the delegation at the Mansudae Assembly Hall")."""
    return with_the(noun) and all(
        c.dep_ in ("det", "cc", "conj", "punct") or (c.dep_ == "prep" and c.lower_ in ("at", "on", "during"))
        for c in noun.children
    )


def _people_set_off_after(noun, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The people a plural noun of posts is set off by, read from the text as the parser may hang
    the names elsewhere: "with his French and German counterparts, Dominique Lavalette and Ulrich
    Brenner," → the two (none unless two or more names follow, joined by commas or "and")."""
    if noun.tag_ != "NNS" or not (noun.lower_ in _DESCRIBED_PEOPLE or noun.lower_.removesuffix("s") in ROLE_HEADS):
        return []
    start = noun.idx + len(noun.text)
    # (after whose posts they are: "the foreign ministers of Burkina Faso and Niger, A and B,")
    whose = re.match(r" (?:of|from) ([^,;.]{1,60}), ", paragraph.text[start:])
    if whose is not None:
        inside = [e for e in paragraph.entities if start < e.char_start < start + whose.end()]
        if inside and all(e.type in ("COUNTRY", "PLACE") for e in inside):
            start += whose.end() - 2
    if not paragraph.text.startswith(", ", start):
        return []
    people, at = [], start + 2
    for person in sorted((e for e in paragraph.entities if e.type == "PERSON" and e.char_start >= at),
                         key=lambda e: e.char_start):  # fmt: skip
        if person.char_start != at:
            break
        people.append(person)
        gap = re.match(r",? and |, ", paragraph.text[person.char_end :])
        if gap is None:
            break
        at = person.char_end + gap.end()
    # (the list ends the phrase: not "met the ministers, Crow and Woodley said")
    ends = people and _AFTER_THE_PAIR.match(paragraph.text[people[-1].char_end :] + ".")
    return people if len(people) >= 2 and ends else []


def _a_pair_noun(noun) -> bool:
    """ "The pair", "the two men", "both leaders", "the two": two people told of by a noun."""
    counted = any(c.lower_ in ("two", "both") for c in noun.children)
    the_two = noun.lower_ == "two" and with_the(noun)
    return noun.lower_ in _PAIR_NOUNS or (noun.lower_ in _PEOPLE_NOUNS and counted) or the_two


def _the_pair(heads) -> bool:
    """ "The two", "the pair", "the two men" alone (with "the": not "two officials")."""
    return len(heads) == 1 and with_the(heads[0]) and _a_pair_noun(heads[0])


def _pair_between(noun, paragraph: ParagraphIn, named_before: list[str]) -> tuple[str, str] | None:
    """The two people "talks between the two", "between the two men" are: the last two named, not
    one named as the source of what was said ("… met Karim Bouzid, his aide Rachid Amrani said")."""
    heads = _between(noun)
    sources = frozenset(e.entity_id for e in paragraph.entities if e.type == "PERSON"
                        and re.match(r",? (?:said|says|told)\b", paragraph.text[e.char_end :]))  # fmt: skip
    return _named_pair(heads[0], paragraph, named_before, skip=sources) if len(heads) == 1 else None


def _two_named_between(noun, paragraph: ParagraphIn) -> list[EntitySpan]:
    """The two people (else the two bodies or countries) the words right after "talks between"
    name, read from the text where the parse of the phrase went astray ("after talks between
    Harrowgate chief executive Simon Dearlove and Nordvik boss Lars Holmgaard in Copenhagen":
    "Holmgaard" taken for the object of "after"); none unless "and" joins exactly two."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is None or after.lower_ != "between":
        return []
    start = after.idx + len(after.text)
    # (the pair ends before a verb or a "by": "talks between the government and rebels led by …")
    pair = noun.doc[after.i + 1 : noun.sent.end]
    verb = next((t for t in pair if t.pos_ in ("VERB", "AUX") or t.lower_ == "by"), None)
    rest = paragraph.text[start : verb.idx if verb is not None else noun.sent.end_char]
    end = start + (m.start() if (m := _AFTER_THE_PAIR.search(rest)) else len(rest))
    inside = [e for e in paragraph.entities if start <= e.char_start and e.char_end <= end]
    for kinds in (("PERSON",), ("ORG", "COUNTRY")):
        named = [e for e in inside if e.type in kinds]
        if len({e.entity_id for e in named}) == 2 and len(named) == 2:
            joined = paragraph.text[named[0].char_end : named[1].char_start]
            if re.search(r"\band\b", joined):
                return named
    return []


def _reporting_org(pronoun, paragraph: ParagraphIn) -> str | None:
    """ "Absa has said it is in talks with Barclays": "it" is the organisation or country that says
    so (the subject of the verb whose reported clause it opens); so is the side that reports talks
    nobody else is said to hold ("talks with Euronext will continue, the LSE said")."""
    clause = pronoun.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    reporter = [c for c in clause.head.children if c.dep_ == "nsubj"]
    sides = _best_sides([e for e in _entities_in(reporter, paragraph.entities) if e.type in ("ORG", "COUNTRY")])
    return sides[0].entity_id if sides else None


def _unowned_subject(noun) -> bool:
    """A meeting noun that is its clause's subject, and nobody's or only "its" ("talks with X
    continue", "its talks with X have stalled")."""
    owners = [c.lower_ for c in noun.children if c.dep_ == "poss"]
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and owners in ([], ["its"])


def _held(token) -> bool:
    """Is the noun what a form of "hold" holds, directly or through "days of"?"""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in ("hold", "holds", "held", "holding"):
            return True
    return False


def meeting_text(text: str, is_heading: bool = False) -> str | None:
    """What `find_meetings` parses of a paragraph: None unless it has a meeting word (and is not a
    heading); else the paragraph with only its sentences that have a cue (`cues.parse_text`, the
    same text quotations and other events read, so one parse serves all three)."""
    if is_heading or not TRIGGER_TEXT.search(text):
        return None
    return parse_text(text, is_heading)


def texts_to_parse(paragraphs: Sequence[ParagraphIn]) -> list[str]:
    """The texts `find_meetings` parses for an article, in order."""
    return [t for p in paragraphs if (t := meeting_text(p.text, p.is_heading)) is not None]


def find_meetings(
    paragraphs: Sequence[ParagraphIn],
    vague_dates: dict[int, list[tuple[int, int]]],
    model_name: str = DEFAULT_MODEL,
    parse: Callable[[list[str]], list] | None = None,
    people: Mapping[str, object] | None = None,
    unnamed_sides: bool = False,
) -> list[Meeting]:
    """Meetings in one article. `vague_dates` maps paragraph_no to spans of date expressions that
    are not day-level (a month, a year), which stop the last event date from being carried over.
    `parse` turns texts into parsed Docs (default: the parser itself; a `ParseCache` reuses parses).
    `people` (`quotations.Person` by entity id: gender and titles) keeps "she" from a man named
    before it, and lets "the Pakistani president" be the person the article gave that role.
    With `unnamed_sides`, a meeting whose other side is people named only by kind ("met local
    parents") is kept too, with that side None: a MEET event, not a row of `meetings`."""
    parse = parse or ParseCache(model_name)
    candidates = [(p.paragraph_no, t) for p in paragraphs if (t := meeting_text(p.text, p.is_heading)) is not None]
    # (and the cued text of a paragraph right before one, read only for whose unnamed office holder
    # it ends on: "Poland's president made a visit to Kyiv. ‖ He met …"; the same parse events read)
    meeting_nos = {no for no, _ in candidates}
    before = [(p.paragraph_no, t) for p in paragraphs
              if p.paragraph_no not in meeting_nos and p.paragraph_no + 1 in meeting_nos
              and (t := parse_text(p.text, p.is_heading)) is not None]  # fmt: skip
    parsed = dict(zip((no for no, _ in candidates + before), parse([t for _, t in candidates + before]), strict=True))
    docs = {no: parsed[no] for no in meeting_nos}
    known_people: dict[str, str] = {}
    meetings: list[Meeting] = []
    seen: dict[tuple, int] = {}
    anchor: dt.date | None = None
    last_person: str | None = None
    named_before: list[str] = []  # the people of the paragraphs before, in order
    orgs_before: list[str] = []  # and the organisations
    org_words: dict[str, str] = {}  # how each organisation was written, casefolded
    org_kinds: dict[str, set[str]] = {}  # the words of its kind each was written with (`_kind_words`)
    topic: tuple[int, int, str] | None = None  # (paragraph, sentence index, person) of the last subject
    # (paragraph, sentence index, country, whether the paragraph's last) of the last unnamed office
    # holder of a country who was a main subject
    office: tuple[int, int, str, bool] | None = None
    book = RoleBook(people) if people else None
    home = home_country(e for p in paragraphs for e in p.entities)  # whose "the government" it is
    a_match_report = match_report(p.text for p in paragraphs)
    leader: str | None = None  # who the article last said led a delegation
    named_so_far: list[list[str]] = []  # the people each sentence so far named
    for paragraph in paragraphs:
        leader = delegation_leader(paragraph) or leader
        for e in paragraph.entities:
            if e.type == "ORG":
                org_words[e.entity_id] = (
                    f"{org_words.get(e.entity_id, '')} {paragraph.text[e.char_start : e.char_end]}".casefold()
                )
                org_kinds.setdefault(e.entity_id, set()).update(_kind_words(paragraph.text, e))
        named_here = sentence_people(paragraph)
        doc = docs.get(paragraph.paragraph_no)
        if doc is None and paragraph.paragraph_no in parsed:
            office = _office_it_ends_on(parsed[paragraph.paragraph_no], paragraph, book) or office
        sentences = list(doc.sents) if doc is not None else []
        starts = [a for a, _ in sentence_spans(paragraph.text)] if sentences else []
        for sentence in sentences:
            where = _sentence_index(starts, sentence)
            # "X held talks with Y. He arrived …, where he met Z": a subject pronoun is the person
            # the sentence before (or its own first clause) was about, when that was a person.
            told = topic[2] if topic and topic[0] == paragraph.paragraph_no and where - topic[1] in (0, 1) else None
            # ("Poland's president arrived in Kyiv. ‖ He met …": the country, into the next paragraph
            # too, for a pronoun the article names no one else for)
            office_told = _office_goes_on(office, paragraph, where)
            # "Mr Blair made a visit to Iraq, where he met …": a pronoun in a clause below the main
            # one is whom the main clause named as its subject.
            main_subject = _main_subject(sentence, paragraph, None)
            told_gender = getattr((people or {}).get(told), "gender", None) if told else None
            for trigger in _triggers(sentence):
                if negated(trigger) or not told_as_done(trigger):  # "did not meet", "will meet", "is due to …"
                    continue
                # "X and Y met in Brussels, their first face-to-face meeting in months": a meeting
                # set after the verb says what it was, not whom they met
                object_heads = [h for h in _objects_of(trigger) if h.lower_ not in _TALK_NOUNS]
                subject = _owner_of(trigger) or _subject_of(trigger)
                if (
                    object_heads
                    and subject is not None
                    and subject.lower_ in ("who", "that", "which")
                    and subject.head.dep_ == "relcl"
                ):
                    # "Naomi Sato, who met Howard Blaine last week, …": the noun the clause is about (a
                    # body's too: "Greystone, which held talks with Harcourt's board last month")
                    # (only with whom they met named: "who met in their early teens" is an acquaintance)
                    if _how_they_came_to_know(trigger):
                        continue  # "who met his wife in 1985", "who met him when they were students"
                    who, subject = subject.lower_ == "who", subject.head.head
                    if subject.dep_ == "appos" and subject.head.pos_ == "PROPN":
                        subject = subject.head  # "Stephen Schechter, a UK investment banker who …"
                    elif who and (person := person_beside_the_office_of(subject)) is not None:
                        subject = person  # "X, head of the Party's International Department, who held talks"
                if not object_heads and (pair := _a_pair_the_clause_tells_of(subject)) is not None:
                    subject = pair  # "Moriyama and his Indian counterpart, X, who held talks …": the two
                if a_match_report and _a_match(trigger, subject, object_heads, paragraph):
                    continue  # "He now meets wild card Mariano Puerta", "before her meeting with Martinez"
                if inside_a_charge(trigger):
                    continue  # "accused him of having met Hale": what the charge says
                if meetings and _told_before(trigger) and _talks_before_a_joint_deed(trigger):
                    continue  # "After the meeting, Beijing and Brasilia signed …": the meeting found before
                if _a_fixture(trigger):
                    continue  # "Chile met Peru in the Copa final", "their meeting ended 1-1": a match
                if _got_to_know(trigger):
                    continue  # "first met his wife at university": an acquaintance, not a meeting
                if object_heads and object_heads[0].lower_ in _MET_THINGS and trigger.pos_ == "VERB":
                    continue  # "the cost of meeting regulatory requirements": fulfilled, no one met
                fits = told if subject is None or told_gender in (None, _PRONOUN_GENDER.get(subject.lower_)) else None
                fits = _main_subject_meant(subject, trigger, main_subject, paragraph, people) or fits
                objects = frozenset(
                    e.entity_id for h in object_heads for e in _entities_in(list(h.subtree), paragraph.entities)
                )
                side_a = _subject_entity(
                    subject,
                    paragraph,
                    last_person,
                    known_people,
                    fits,
                    book,
                    home,
                    objects,
                    leader,
                    opener_before(
                        named_so_far[-2:] + named_here[:where],
                        _PRONOUN_GENDER.get(getattr(subject, "lower_", "")),
                        people or {},
                    ),
                )
                if side_a is None and office_told is not None and getattr(subject, "lower_", "") in ("he", "she"):
                    side_a = office_told
                if side_a is None and _unowned_subject(trigger):
                    side_a = _reporting_org(trigger, paragraph)  # "Talks with X will go on, the LSE said"
                side_b = []
                # (an office with its holder's name set off after it: "a meeting between its national
                # secretary, Gilberto Neves, and the Cuban ambassador, Adolfo Curbelo")
                between = [
                    e
                    for h in _between(trigger)
                    for e in _best_sides(_entities_in([h], paragraph.entities) or described_person(h, paragraph))
                ]
                between = list({e.entity_id: e for e in between}.values())
                if len({e.entity_id for e in between}) < 2:
                    between = _two_named_between(trigger, paragraph) or between
                if not between and (pair := _pair_between(trigger, paragraph, named_before)):
                    between = [EntitySpan(0, 0, who, "PERSON") for who in pair]  # "talks between the two"
                if len({e.entity_id for e in between}) == 1 and (
                    body := _body_told_before(
                        _between(trigger), paragraph, orgs_before, between[0].entity_id, org_words
                    )
                ):
                    # "talks between the airline and the Aviation Staff Union": the airline named before
                    between = [EntitySpan(0, 0, body, "ORG"), *between]
                if len({e.entity_id for e in between}) == 1 and leader not in (None, between[0].entity_id):
                    # "Talks between the delegation and Kim Tong Il followed": whoever led it
                    told = any(h.lower_ == "delegation" and _bare(h) for h in _between(trigger))
                    between = [EntitySpan(0, 0, leader, "PERSON"), *between] if told else between
                if len({e.entity_id for e in between}) >= 2:
                    side_a = between[0].entity_id
                    side_b.extend(between[1:])
                # "a meeting between Sechin, Miller and Aiyar": one meeting of the three, each pair met
                # (not "talks between producers and consumers - China, India and Japan", two sides
                # of which one is spelt out)
                among_all = len({e.entity_id for e in between}) >= 3 and all(
                    h.pos_ == "PROPN" for h in _between(trigger)
                )
                for head in object_heads if not side_b else []:
                    own = _entities_in([head], paragraph.entities) if head.pos_ == "PROPN" else []
                    if head.lower_ in _OBJECT_PRONOUNS:
                        meant = _person_before(head, trigger, subject, paragraph, side_a, people)
                        found = [EntitySpan(0, 0, meant, "PERSON")] if meant else []
                    elif pair := _named_pair(head, paragraph, named_before, exclude=side_a):
                        # "Egypt's president had held separate talks with both men": each of the two
                        found = [EntitySpan(0, 0, who, "PERSON") for who in pair]
                    elif head.lower_ in ("delegation", "mission") and _bare(head) and leader not in (None, side_a):
                        # "A delegation … led by X arrived … Ri Chol Man met the delegation": X
                        found = [EntitySpan(0, 0, leader, "PERSON")]
                    elif named := _people_set_off_after(head, paragraph):
                        found = named  # "his French and German counterparts, A and B": A and B
                    elif holder := _role_holder(head, paragraph, book):
                        found = [EntitySpan(0, 0, holder, "PERSON")]
                    elif (kind := _kind_of_body_whose_people(head)) is not None and (
                        body := _last_body_of_its_kind(kind, paragraph, orgs_before, side_a, org_words, org_kinds)
                    ):
                        found = [EntitySpan(0, 0, body, "ORG")]  # "met union officials": the union named before
                    elif own and own[0].type == "ORG":
                        # "UK bank Barclays": the bank, not the country that describes it; with every
                        # organisation of its list ("in negotiations with Rover and SAIC"; a person
                        # or a country in it would put the firms out of `_best_sides`)
                        found = [e for c in conjuncts(head) if c.pos_ == "PROPN"
                                 for e in _entities_in([c], paragraph.entities) if e.type == "ORG"]  # fmt: skip
                    elif a_name_missed(head, paragraph):
                        found = []  # a name the model missed is an unknown side, not its modifiers' country
                    elif head.lower_ in _MET_THINGS:
                        found = []  # "met Carr's cross", "met with scathing reviews from US critics"
                    elif _of_a_walk_of_life(head) and _by_kind(head, paragraph):
                        continue  # "met French business leaders": people by kind, neither France nor a group's
                    else:
                        # "met with the Mayor of Hermosillo, Sonora, Ernesto Duran": the mayor alone
                        # (not a list: "his counterpart, Ariel Sharon, and the Palestinian leader, …")
                        listed = any(_joined_by_and(t) for t in _outside_clauses(head))
                        found = (not listed and described_person(head, paragraph)) or _each_conjunct(
                            head, paragraph.entities
                        )
                    if not found and head.lower_ in _GROUP_NOUNS:
                        found = _best_sides(_entities_in(_group_region(trigger, sentence), paragraph.entities))
                    side_b.extend(found)
                each_other = side_a is not None and not side_b and not object_heads
                if each_other:
                    side_b = _met_each_other(subject, trigger, paragraph, side_a)  # "X and Y held talks"
                if trigger.lower_ in _PHONE_WORDS:
                    side_b = [e for e in side_b if e.type != "ORG"]  # "spoke to Reuters by phone": an interview
                date = _date_of(trigger, sentence, paragraph, anchor, vague_dates.get(paragraph.paragraph_no, []))
                place = _place_of(trigger, paragraph)
                if side_a is None and not side_b and (pair := _named_pair(subject, paragraph, named_before)
                                                      or _org_pair(subject, paragraph, orgs_before)):  # fmt: skip
                    side_a, side_b = pair[0], [EntitySpan(0, 0, pair[1], "PERSON")]
                text = paragraph.text[slice(*sentence_bounds(sentence))]
                told_here = Meeting(paragraph.paragraph_no, side_a, None, date, place, text)
                if unnamed_sides and (one_sided := _one_sided(side_a, side_b, subject, object_heads, paragraph)):
                    # "Ms Kell and Mr Dorr met union leaders": each of the subject's names met them
                    others = _conjoined_with(subject, side_a, [], paragraph) if one_sided[1] is None else []
                    for a in [one_sided[0], *others]:
                        _keep(meetings, seen, dataclasses.replace(told_here, actor_a=a, actor_b=one_sided[1]))
                    continue
                met_by = [side_a, *_conjoined_with(subject, side_a, side_b, paragraph)] if object_heads else [side_a]
                if each_other or among_all:  # "A, B and C met": each pair of them
                    met_by = [side_a, *(e.entity_id for e in side_b[:-1])]
                for n, a in enumerate(met_by):
                    for b in side_b[n if each_other or among_all else 0 :]:
                        if a is not None and b.entity_id != a:
                            _keep(meetings, seen, dataclasses.replace(told_here, actor_a=a, actor_b=b.entity_id))
            named = [e for e in paragraph.entities if e.type == "PERSON" and e.char_start < sentence.end_char]
            if named:
                last_person = named[-1].entity_id
            if (about := _main_subject(sentence, paragraph, told)) is not None:
                topic = (paragraph.paragraph_no, where, about)
            elif (country := _unnamed_office_of_a_country(sentence, paragraph, book)) is not None:
                office = (paragraph.paragraph_no, where, country, sentence.end_char >= len(paragraph.text.rstrip()))
        days = [d.date for d in paragraph.dates]
        if days:
            anchor = days[-1]
        named_so_far.extend(named_here)
        named = [e for e in paragraph.entities if e.type == "PERSON"]
        named_before.extend(e.entity_id for e in named)
        orgs_before.extend(e.entity_id for e in paragraph.entities if e.type == "ORG")
        if named:  # the sentences left unparsed count too
            last_person = named[-1].entity_id
        for e in named:
            for word in paragraph.text[e.char_start : e.char_end].split():
                known_people.setdefault(word, e.entity_id)
            if book is not None:
                book.note(paragraph.text, e, paragraph.entities)
    return meetings
