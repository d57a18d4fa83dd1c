"""Attribution sentences → (outlet, relation) pairs.

Relations, from the sentence's own verbs:
    first published by   "was first published by X", "originally published on the website of X"
    translated from      "first published in Spanish by X", "originally published in Spanish by X"
    carried by           "originally carried by X", "the following report in X", "In the following X article"
    written for          "written by ... for X", "in a piece for X"
Outlet names are made canonical through a small alias table (Xinhua News Agency → Xinhua,
the IDCPC website → IDCPC); unknown outlets keep their written form without a leading "the".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lib.text.sentences import sentence_spans

FIRST_PUBLISHED = "first published by"
TRANSLATED_FROM = "translated from"
CARRIED_BY = "carried by"
WRITTEN_FOR = "written for"
RELATIONS = (FIRST_PUBLISHED, TRANSLATED_FROM, CARRIED_BY, WRITTEN_FOR)

# Canonical outlet names. Keys are lower-cased written forms.
OUTLET_ALIASES = {
    "xinhua news agency": "Xinhua",
    "xinhua": "Xinhua",
    "idcpc": "IDCPC",
    "idcpc website": "IDCPC",
    "international department of the cpc central committee": "IDCPC",
    "international department of the communist party of china (cpc) central committee (idcpc)": "IDCPC",
    "telesur": "Telesur",
    "telesur english": "Telesur",
    "orinoco tribune": "Orinoco Tribune",
    "global times": "Global Times",
    "morning star": "Morning Star",
    "counterpunch": "CounterPunch",
    "ultimas noticias": "Últimas Noticias",
    "últimas noticias": "Últimas Noticias",
    "reuters": "Reuters",
    "china’s permanent mission to the united nations": "Permanent Mission of China to the UN",
    "china's permanent mission to the united nations": "Permanent Mission of China to the UN",
}

# An outlet: up to eight capitalised words (with lowercase joiners), or "X website",
# optionally behind "the website of". Stops at punctuation or a lowercase verb.
_NAME = r"(?:[A-Z][\w’'&.\-]*|of|the|for|and|de|to|United|Nations)(?:\s+(?:[A-Z][\w’'&.\-]*|of|the|de|to))*"
_LANG = r"(?:Spanish|Portuguese|French|Chinese|Russian|Arabic|English)"
# "the website of <anything up to the clause end>" or a capitalised name; never a language.
_OUTLET = (
    r"(?:the\s+)?(?:website\s+of\s+(?:the\s+)?(?P<site>[^.,;]{2,80}?)(?=[.,;]|$)"
    rf"|(?!{_LANG}\b)(?P<outlet>{_NAME})(?:\s+website)?)"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (TRANSLATED_FROM, re.compile(rf"\bpublished\s+in\s+{_LANG}\s+(?:by|on|in)\s+{_OUTLET}")),
    (FIRST_PUBLISHED, re.compile(rf"\b(?:first|originally)\s+published\s+(?:by|on|in)\s+{_OUTLET}")),
    (CARRIED_BY, re.compile(rf"\b(?:originally\s+)?carried\s+by\s+{_OUTLET}")),
    (CARRIED_BY, re.compile(rf"\b[Tt]he\s+following\s+(?:report|article|piece)\s+in\s+{_OUTLET}")),
    (CARRIED_BY, re.compile(rf"\b[Ii]n\s+the\s+following\s+(?P<outlet>{_NAME})\s+article\b")),
    (WRITTEN_FOR, re.compile(rf"\bwritten\s+by\s+[^.]{{0,120}}?\s+for\s+{_OUTLET}")),
    (WRITTEN_FOR, re.compile(rf"\bin\s+a\s+piece\s+for\s+{_OUTLET}")),
]
# A word every pattern above holds (they are case-sensitive): a paragraph with none of them is
# not split into sentences and searched at all, which most paragraphs of a corpus are.
_PATTERN_WORDS = ("published", "carried", "following", "written", "piece")
# "published by Orinoco Tribune and Global Times": the second outlet follows "and".
_AND_OUTLET = re.compile(rf"^\s+and\s+{_OUTLET}")
# Sentences that announce republished content following them (they open a section).
_INTRODUCES_REPUBLISHED = re.compile(
    r"\b[Tt]he\s+following\s+(?:article|articles|is|report)\b[^.]*?\b(?:published|carried)\b"
    r"|\b[Tt]he\s+following\s+is\s+the\s+full\s+text\b"
)


@dataclass(frozen=True)
class Attribution:
    outlet: str
    relation: str
    sentence: str


def _outlet_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return groups.get("site") or groups["outlet"]


def canonical_outlet(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" .,;:")
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"\s+website$", "", name)
    return OUTLET_ALIASES.get(name.lower(), name)


def split_sentences(text: str) -> list[str]:
    """The paragraph's sentences as every stage cuts them (`sentences.sentence_spans`): a quotation
    stays whole inside its sentence, and "Mr." or "U.S." ends none."""
    return [text[a:b] for a, b in sentence_spans(text)]


def find_attributions(paragraph: str) -> list[Attribution]:
    """Every (outlet, relation) the paragraph's sentences state, in order, without repeats."""
    found: list[Attribution] = []
    if not any(word in paragraph for word in _PATTERN_WORDS):
        return found
    seen: set[tuple[str, str]] = set()
    for sentence in split_sentences(paragraph):
        for relation, pattern in _PATTERNS:
            for match in pattern.finditer(sentence):
                outlets = [_outlet_of(match)]
                rest = sentence[match.end() :]
                while (more := _AND_OUTLET.match(rest)) is not None:
                    outlets.append(_outlet_of(more))
                    rest = rest[more.end() :]
                for raw in outlets:
                    outlet = canonical_outlet(raw)
                    if outlet and (outlet, relation) not in seen:
                        seen.add((outlet, relation))
                        found.append(Attribution(outlet, relation, sentence))
    return found


def introduces_republished(paragraph: str) -> bool:
    """True for "The following article(s) ... published ..." lines that open a republished item."""
    return bool(_INTRODUCES_REPUBLISHED.search(paragraph))
