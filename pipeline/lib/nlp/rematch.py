"""Second pass over the corpus: names the corpus already knows, found again where the model missed
or split them.

Known names (`KnownName`) come from the first resolution of the model's spans:
  - acronyms defined anywhere in the corpus, short and long forms ("Community of Latin American and
    Caribbean States", "CELAC");
  - the reviewed alias table (`data/entity_aliases.csv`: Tories, Lib Dems, Number 10...);
  - names of two or more words the model tagged at least twice, with their voted type;
  - one-word names of organisations, places and events the model tagged at least three times in two
    articles, that are seldom written in lowercase in the corpus ("Arsenal", not "Budget");
  - per article, the family names of the people named in full in that article ("Mourinho" after
    "Jose Mourinho").

Matching is exact and case-sensitive on word tokens, longest name first, left to right. A match
glued to another capitalised word ("New Labour", "Labour Party" when only "Labour" is known) is not
taken, unless that word is a title or an article ("Mr Fox", "The Gunners") or opens the sentence.

One rule merges the matches with the model's spans:
  - a match that overlaps no model span is added as a new mention (`source` "matcher");
  - a match that strictly contains the model spans it overlaps replaces them: the first keeps its
    mention id and takes the match's offsets, text and type, the others are absorbed into it (they
    go to quarantine with that reason, so every model span stays accounted for). "Latin American"
    + "Caribbean States" → "Community of Latin American and Caribbean States";
  - otherwise (the same span, a model span containing the match or crossing its edge, or spans
    deliberately cut out of a model span: "US" + "Federal Reserve") the model's spans win; but a
    capital written where someone goes, that no one is named after, takes the place of the model's
    person in the same words ("visited Windhoek"), and a dateline's place that of any reading.

spaCy's `PhraseMatcher` would need every paragraph tokenised by spaCy: 2.8 s for the 2,225 BBC files
on one core, against 0.1 s for the regular-expression tokens used here (measured); the matching
itself is a dictionary lookup per capitalised token.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from pipeline.lib.nlp.countries import is_place_adjective
from pipeline.lib.nlp.names import is_title

_TOKEN = re.compile(r"\w+(?:[-&.]\w+)*")
LABEL_OF_TYPE = {"PERSON": "PERSON", "ORG": "ORG", "PLACE": "GPE", "COUNTRY": "GPE", "EVENT": "EVENT", "OTHER": "NORP"}
# Words that may stand right before a match without being part of a longer name.
_OPENERS = frozenset(
    "The A An Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady St President Chancellor Minister Secretary "
    "Prince Princess King Queen Coach Manager Boss Striker Captain".split()
)


@dataclass(frozen=True)
class KnownName:
    words: tuple[str, ...]  # as written, case-sensitive
    type: str  # PERSON, ORG, PLACE, EVENT, COUNTRY
    kind: str  # name, alias, acronym, partial


def words_of(name: str) -> tuple[str, ...] | None:
    """The match tokens of a name, or None when the name is not a plain run of words."""
    words = tuple(_TOKEN.findall(name))
    return words if words and " ".join(words) == " ".join(name.split()) else None


_CAPITALISED = re.compile(r"(?<!\w)(?<!\w[-&.])[A-Z]\w*(?:[-&.]\w+)*")
_CONTINUES = re.compile(r"\w|[-&.]\w")
_PREVIOUS = re.compile(r"(\w+(?:[-&.]\w+)*)(\s*)$")
_NEXT = re.compile(r"(\s*)(\w+(?:[-&.]\w+)*)")


class NameMatcher:
    """Known names by their first word; `find` visits only the capitalised words of a text."""

    def __init__(self, names: Iterable[KnownName]):
        self.by_first: dict[str, list[tuple[str, KnownName]]] = defaultdict(list)
        seen: set[tuple[str, ...]] = set()
        for n in names:
            if n.words and n.words not in seen:
                seen.add(n.words)
                self.by_first[n.words[0]].append((" ".join(n.words), n))
        for options in self.by_first.values():
            options.sort(key=lambda o: -len(o[1].words))

    def find(self, text: str, extra: Mapping[str, list[KnownName]] | None = None) -> list[tuple[int, int, KnownName]]:
        out: list[tuple[int, int, KnownName]] = []
        last_end = 0
        for token in _CAPITALISED.finditer(text):
            start = token.start()
            if start < last_end:
                continue
            options = self.by_first.get(token.group())
            if extra and token.group() in extra:
                more = [(" ".join(k.words), k) for k in extra[token.group()]]
                options = sorted((options or []) + more, key=lambda o: -len(o[1].words))
            if not options:
                continue
            for phrase, known in options:  # noqa: B007 (the match is the one the loop breaks on)
                end = start + len(phrase)
                if text.startswith(phrase, start) and not _CONTINUES.match(text, end):
                    break
            else:
                continue
            last_end = end
            if not self._glued(text, start, end):
                out.append((start, end, known))
        return out

    @staticmethod
    def _glued(text: str, start: int, end: int) -> bool:
        """Is the match one word of a longer capitalised run ("New Labour", "Labour Party")? A place
        adjective before it or a title after it is not ("English FA", "Labour MP")."""
        before = _PREVIOUS.search(text, max(0, start - 40), start)
        if (
            before
            and before.group(2) == " "
            and before.group(1)[:1].isupper()
            and before.group(1) not in _OPENERS
            and not _sentence_initial(text, before.start(1))
            and not is_place_adjective(before.group(1))
        ):
            return True
        after = _NEXT.match(text, end)
        return bool(after and after.group(1) == " " and after.group(2)[:1].isupper() and not is_title(after.group(2)))


def _sentence_initial(text: str, start: int) -> bool:
    """A word opening a sentence is capitalised whatever it is ("Later Mourinho said")."""
    return not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:;\"“”‘’'"


def _a_city_read_as_a_person(mention, start: int, end: int, known: KnownName) -> bool:
    """The model's person in the very words of a capital written where someone goes ("visited
    Windhoek"), a capital no one is named after, or its anything in the words of a dateline's place
    ("TEHRAN (Reuters) -" as a body) (`resolve._cities_the_model_missed`)."""
    same = (mention.char_start, mention.char_end) == (start, end) and mention.source != "split"
    if known.kind == "dateline":
        return same and mention.label not in ("GPE", "LOC")
    return same and known.kind == "city" and mention.label == "PERSON"


def merge_matches(
    mentions: list, matches: list[tuple[int, int, KnownName]], text: str, make_new, absorbed: list | None = None
) -> list:
    """The merge rule (module docstring). `mentions` are one paragraph's MentionIn with offsets;
    `make_new(start, end, known)` builds the mention for an added match; model spans a match takes
    in besides the one it widens are appended to `absorbed` as (mention_id, id of the widened one)."""
    out = list(mentions)
    for start, end, known in matches:
        overlapping = [
            k for k, m in enumerate(out) if m.char_start is not None and m.char_start < end and start < m.char_end
        ]
        if not overlapping:
            out.append(make_new(start, end, known))
            continue
        inside = all(start <= out[k].char_start and out[k].char_end <= end for k in overlapping)
        first = out[overlapping[0]]
        if _a_city_read_as_a_person(first, start, end, known):
            out[overlapping[0]] = replace(first, label=LABEL_OF_TYPE["PLACE"], source="matcher")
            continue
        if (
            not inside
            or (len(overlapping) == 1 and (first.char_start, first.char_end) == (start, end))
            or any(out[k].source == "split" for k in overlapping)
        ):
            continue  # a model span crossing the match, containing it or equal to it wins; so does a split
        out[overlapping[0]] = replace(
            first,
            text=text[start:end],
            label=LABEL_OF_TYPE.get(known.type, first.label),
            char_start=start,
            char_end=end,
            source="matcher",
        )
        for k in overlapping[1:]:
            if absorbed is not None:
                absorbed.append((out[k].mention_id, first.mention_id))
        out = [m for k, m in enumerate(out) if k not in overlapping[1:]]
    return sorted(out, key=lambda m: m.char_start if m.char_start is not None else -1)
