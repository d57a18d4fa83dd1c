"""Acronym definitions: "Long Form (LF)" and "LF (Long Form)", after Schwartz & Hearst (2003).

Schwartz–Hearst matches the short form's characters right to left inside the words before the
parenthesis, the first character at a word start. Two extensions for how news text writes
expansions:
  - square brackets are parentheses too ("CELAC [Community of Latin American and Caribbean
    States]"), and a hyphenated word before them contributes its last part ("China-CELAC");
  - in the "SF (Long Form)" order, where the writer expands the acronym on purpose, a long form
    of two or more capitalised words starting with the short form's first letter is accepted
    even when the letters do not line up (Spanish acronyms such as CELAC);
  - in the "Long Form (SF)" order, when the letters do not line up (PSUV for the United Socialist
    Party of Venezuela, PT for the Labour Party), the run of capitalised words right before the
    parenthesis is the long form, unless that run follows another parenthesis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lib.text.datelines import parse_dateline

_PAREN = re.compile(r"[(\[]([^()\[\]]{1,120})[)\]]")
_JOINERS = {"of", "and", "the", "for", "de", "del", "la", "y", "/"}
_ROLE_WORDS = {
    "President",
    "Member",
    "Minister",
    "Secretary",
    "Chairman",
    "Leader",
    "Head",
    "Director",
    "Vice-minister",
}


@dataclass(frozen=True)
class Definition:
    short: str
    long: str
    start: int  # offset of the long form in the text


def is_short_form(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 2
        and 2 <= len(text) <= 10
        and text[0].isalnum()
        and any(c.isalpha() for c in text)
        and sum(c.isupper() for c in text) >= 2
    )


def best_long_form(short: str, long: str) -> str | None:
    """Schwartz–Hearst: the shortest suffix of `long` that contains the short form's letters."""
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    found = long[i + 1 :].strip()
    if found.split()[:1] and found.split()[0] in _JOINERS:
        # the shortest match may open on a joining word that gives the first letter ("of the Deputy
        # Prime Minister" for ODPM): the capitalised word before it, giving that letter too, opens
        # the name ("Office of the Deputy Prime Minister"); with none, no definition
        before = long[: i + 1].split()
        if not before or not before[-1][:1].isupper() or before[-1][:1].lower() != short[:1].lower():
            return None
        found = f"{before[-1]} {found}"
    if len(found) <= len(short) or len(found.split()) < 2 or short.lower() in found.lower().split():
        return None
    return found


def _words_before(text: str, end: int, n: int) -> tuple[str, int]:
    words = list(re.finditer(r"\S+", text[:end]))[-n:]
    if not words:
        return "", end
    return text[words[0].start() : end].rstrip(), words[0].start()


def capitalised_run_before(text: str, end: int) -> str | None:
    """'... with the United Socialist Party of Venezuela (' → 'United Socialist Party of Venezuela'."""
    words = text[:end].split()
    run: list[str] = []
    for word in reversed(words):
        if word[0].isupper() and word[-1].isalnum():
            run.append(word)
        elif word in _JOINERS and run:
            run.append(word)
        else:
            if word.endswith((")", "]")):
                return None
            break
    run.reverse()
    # "President of the Labour Party (PT)": the title is not part of the party's name.
    while len(run) > 2 and (run[0] in _JOINERS or (run[0] in _ROLE_WORDS and run[1] in _JOINERS)):
        run = run[2:] if run[0] in _ROLE_WORDS else run[1:]
    return " ".join(run) if len(run) >= 2 else None


def find_definitions(text: str) -> list[Definition]:
    found: list[Definition] = []
    dateline = parse_dateline(text)
    for match in _PAREN.finditer(text):
        inner = match.group(1).strip()
        if dateline is not None and match.end() <= dateline.end and inner == dateline.agency:
            continue  # "NEW DELHI (AP) -": where and by whom a story was filed, not "AP" spelt out
        if is_short_form(inner):
            n_words = min(len(inner) + 5, len(inner) * 2)
            candidate, start = _words_before(text, match.start(), n_words)
            long = best_long_form(inner, candidate)
            if long is None and inner.isupper():
                long = capitalised_run_before(text, match.start())
            if long:
                found.append(Definition(inner, long, text.rfind(long, 0, match.start())))
            continue
        before = re.search(r"(\S+)\s*$", text[: match.start()])
        if not before:
            continue
        short = before.group(1).split("-")[-1].strip(",;:")
        if not is_short_form(short) or len(inner.split()) < 2:
            continue
        long = best_long_form(short, inner)
        if long is None and inner[0].lower() == short[0].lower() and sum(w[0].isupper() for w in inner.split()) >= 2:
            long = inner
        if long:
            found.append(Definition(short, long, match.start(1) + inner.find(long)))
    return found
