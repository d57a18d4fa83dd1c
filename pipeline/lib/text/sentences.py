"""Where the sentences and the quotations of a paragraph are.

Sentences are cut by a small rule (`sentence_spans`), not by a model: at ". ", "? " or "! " before
a capital, a digit or an opening quotation mark, never after a title or an initial ("Mr.",
"U.S."), never inside a quotation ("“I will go. We will win,” he said" is one sentence). A dotted
acronym or an initial ends a sentence only before a word that opens sentences and nothing else
("… in the U.S. The firm said"). A cut missed costs little downstream (a parse sees a longer
sentence); a wrong cut splits a clause from its subject, so the rule errs towards missing cuts.
The events (meetings, quotations, the other types) and the attribution sentences of the text
stage all read sentences from here, so one fix reaches all of them.
"""

from __future__ import annotations

import re

# Double quotation marks only: single ones mark titles, scare quotes and quotes inside quotes here
# (‘Thucydides Trap’, ‘backyard’), and ’ is also the apostrophe.
QUOTE_MARK = re.compile(r"[“”\"«»]")

# A sentence ends at ., ! or ? (with closing quotes or brackets after it), then whitespace, then
# something that can open a sentence: a capital or a digit (after an opening mark or bracket, or
# both: `"[The data] show …"`), or a quotation whose words the parse text has blanked
# (`cues.parse_text`: `… he said. "          " she added.`).
_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+(?:[“\"‘'(\[]{0,2}[A-Z0-9]|[“\"]\s))")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "jr", "sr",
    "inc", "co", "corp", "ltd", "vs", "no", "nos", "rev", "hon", "mt", "ft", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "est", "approx", "dept", "univ", "messrs", "mme",
}  # fmt: skip


def _word_before(text: str, dot: int) -> tuple[int, str]:
    """(start, letters and dots) of the word the full stop at `dot` ends."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return start, text[start:dot]


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of a title, an initial or a dotted acronym ("U.S.")?"""
    start, word = _word_before(text, dot)
    if not word or (start > 0 and (text[start - 1].isdigit() or text[start - 1] in "'’&")):
        return False  # "the 1990s.", "£5m.", "Alzheimer's.", "didn't.", "M&S.": no initial
    if word.casefold().rstrip(".") in _ABBREVIATIONS:
        return True
    return len(word.replace(".", "")) == 1 or ("." in word and word.replace(".", "").isupper())


# Words that open a sentence and are never part of a name: after "U.S." or "Washington D.C." they
# start a new sentence ("… in the U.S. The firm said …"), where "U.S. President" does not.
_SENTENCE_OPENERS = frozenset(
    "the a an he she it they we i you this that these those there his her its their our but and or so yet "
    "however meanwhile in on at for after before when while if although though as".split()
)


_NEXT_CAPITALISED = re.compile(r"\s*[“\"‘'(\[]?([A-Z][a-z]*)\b")


def _acronym_ends_sentence(text: str, dot: int, end: int) -> bool:
    """A dotted acronym or an initial (not a title: "Mr." never ends one) before a word that only
    opens sentences."""
    if _word_before(text, dot)[1].casefold().rstrip(".") in _ABBREVIATIONS:
        return False
    following = _NEXT_CAPITALISED.match(text, end)
    return following is not None and following.group(1).casefold() in _SENTENCE_OPENERS


def quote_marks(text: str) -> list[tuple[int, str]]:
    """(offset, 'open' or 'close') of every double quotation mark. A straight mark opens after a
    space or bracket and before a word, else closes."""
    marks = []
    for m in QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch in "“«":
            marks.append((i, "open"))
        elif ch in "”»":
            marks.append((i, "close"))
        else:
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (before.isspace() or before in "([{—–-:;,/'‘") and not after.isspace()
            marks.append((i, "open" if opens or i == 0 else "close"))
    return marks


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Spans (inside the marks) of the quotations of a text. An opening mark while a quotation is
    open ends the first one there (a quote that ran over paragraphs, joined: `"A. "B."`); a
    quotation still open at the end runs to the end of the text."""
    regions, start = [], None
    for i, kind in quote_marks(text):
        if kind == "open":
            if start is not None:
                regions.append((start, i))
            start = i + 1
        elif start is not None:
            regions.append((start, i))
            start = None
    if start is not None:
        regions.append((start, len(text)))
    return regions


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, leading and trailing spaces left out."""
    inside = quoted_regions(text)
    cuts = [0]
    for m in _END.finditer(text):
        end = m.end()
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, dot) and not _acronym_ends_sentence(text, dot, end):
            continue
        # A cut inside a quotation (before its closing mark) is no cut.
        if any(s <= dot < e and not (e <= end) for s, e in inside):
            continue
        cuts.append(end)
    cuts.append(len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans
