"""A person's grammatical gender from the pronoun that opens the sentence after naming them.

A pronoun is resolved to a person of its gender, and the gender mostly comes from a title ("Mr",
"Mrs", "Queen"). News names many people with no title at all ("Finance Minister Sue Essex said …
She said"), and "she" then could take any man named before. The corpus itself tells: a sentence
that opens with "He" or "She" goes on, as a rule, with the first person the sentence before named.
Counted over every such pair in the corpus, a clear majority is taken as the person's gender (at
least `MIN_PRONOUNS`, and `RATIO` times the other gender's count), so that the pronoun of someone
else now and then ("Nicholls, her lawyer, said the claims were false. She has …") is outvoted.

Measured first with every pronoun up to the next person named (a wider net): a lawyer or a coach
speaking of a woman took her gender ("Richard Nicholls" F), and rows were lost; the opening
pronoun alone changed no wrong speaker into another wrong one that was right before.

Where the pronouns do not tell, a person named in full takes the gender of a given name that is
clearly borne by one sex (`given_names.csv`: nomquamgender's pooled sources, MIT, from
`data/derive_given_names.py`): "Amara Osei … replaced Kwame Mensah. Her first trip …" is no
longer Mensah's. A name borne by both, as in different languages ("Andrea", "Jean"), stays out,
and so does a family name written first ("Wang Yi", "Park Ji-hoon"). Titles and the corpus's own
pronouns come first: the name is the weakest sign.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

from pipeline.lib.nlp.names import CHINESE_SURNAMES, strip_accents

MIN_PRONOUNS = 2
RATIO = 4
# A sentence ends at a full stop, question or exclamation mark (and a closing quote) before a
# capital or an opening quote, or at a paragraph's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n\n")
_OPENING_PRONOUN = re.compile(r"(He|She)\b")

Span = tuple[int, int, str]  # char_start, char_end, entity_id of a person's mention


def pronoun_genders(articles: Iterable[Sequence[tuple[str, Iterable[Span]]]]) -> dict[str, str]:
    """Entity id → "M" or "F", for the people whose next sentences' opening pronouns clearly agree.
    `articles` are each a list of (paragraph text, the person mentions in it), in order."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for paragraphs in articles:
        for entity_id, pronoun in _followed_by_a_pronoun(paragraphs):
            counts[entity_id][pronoun == "She"] += 1
    return {e: g for e, (male, female) in counts.items() if (g := _decide(male, female)) is not None}


def _followed_by_a_pronoun(paragraphs: Sequence[tuple[str, Iterable[Span]]]) -> Iterable[tuple[str, str]]:
    """(the first person named in a sentence, "He" or "She") where the next sentence opens with
    that pronoun: "Sonia O'Sullivan won in Dublin. She said …". The paragraphs are read as one
    text, since a story's paragraphs are often a sentence each."""
    text = "\n\n".join(t for t, _ in paragraphs)
    spans, offset = [], 0
    for t, found in paragraphs:
        spans.extend((start + offset, entity_id) for start, _, entity_id in found)
        offset += len(t) + 2
    spans.sort()
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    topic, unnamed = None, 0
    for here, after in zip(starts, starts[1:], strict=False):
        first = next((entity_id for start, entity_id in spans if here <= start < after), None)
        # A sentence that names no one between keeps the topic: "X rarely raises his voice. In
        # eighteen months the former minister has preferred the corridor. He learned the trade in
        # N'Djamena." (one such sentence only: after two, "he" is as often someone only described)
        topic, unnamed = (first, 0) if first is not None else (topic if unnamed < 1 else None, unnamed + 1)
        pronoun = _OPENING_PRONOUN.match(text, after)
        if topic is not None and pronoun is not None:
            yield topic, pronoun.group(1)


def _decide(male: int, female: int) -> str | None:
    if male >= MIN_PRONOUNS and male >= RATIO * female:
        return "M"
    if female >= MIN_PRONOUNS and female >= RATIO * male:
        return "F"
    return None


_GIVEN_NAMES = Path(__file__).with_name("data") / "given_names.csv"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _given_names() -> dict[str, str]:
    with _GIVEN_NAMES.open(encoding="utf-8", newline="") as f:
        return {row["given_name"]: row["gender"] for row in csv.DictReader(f)}


def is_given_name(word: str) -> bool:
    """Is the word a given name clearly borne by one sex ("Ana", "Kwame"; not "Andrea", "Park")?
    Written with its accents or without: the list is folded ("Héctor", "Inés": "hector", "ines")."""
    return _gender_of_given_name(word) is not None


def _gender_of_given_name(word: str) -> str | None:
    names = _given_names()
    key = word.casefold()
    return names.get(key) or names.get(strip_accents(key))


def given_name_gender(name: str) -> str | None:
    """ "M" or "F" for a full name ("Ulrika Sandström-Ek") whose first word is a given name clearly
    borne by one sex; None for one word alone (a family name as often), a name that opens with a
    Chinese family name, or a given name borne by both."""
    words = _WORD.findall(name)
    if len(words) < 2 or not words[0][0].isupper() or words[0] in CHINESE_SURNAMES:
        return None
    return _gender_of_given_name(words[0])


def names_genders(full_names: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Entity id → gender, from the given names of the full names each person is written with,
    when they agree."""
    found = {}
    for entity_id, names in full_names.items():
        genders = {g for n in names if (g := given_name_gender(n)) is not None}
        if len(genders) == 1:
            found[entity_id] = genders.pop()
    return found


def genders_of_paragraphs(
    texts: Mapping[tuple[str, int], str], spans: Mapping[tuple[str, int], Iterable]
) -> dict[str, str]:
    """`pronoun_genders` over paragraphs keyed (article_id, paragraph_no), with the entity spans
    the extractors read for each (anything with `char_start`, `char_end`, `entity_id` and `type`,
    as `meetings.EntitySpan`); only people count."""
    articles: dict[str, list[tuple[str, list[Span]]]] = defaultdict(list)
    written: dict[str, set[str]] = defaultdict(set)  # how each person is written
    for key, text in sorted(texts.items()):
        people = [(s.char_start, s.char_end, s.entity_id) for s in spans.get(key, ()) if s.type == "PERSON"]
        articles[key[0]].append((text, people))
        for start, end, entity_id in people:
            written[entity_id].add(text[start:end])
    return {**names_genders(written), **pronoun_genders(articles.values())}
