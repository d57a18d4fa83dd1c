"""Hard-wrapped text → logical lines (one per paragraph), with each line's first source line.

Newswire copy is often hard-wrapped: every line is cut at a fixed width (typically 58–80
characters) and a paragraph opens after a blank line or with an indented line. Splitting such a
file "one paragraph per line" cuts every paragraph into fragments, so wrapped files are reflowed
first. Files that are not wrapped pass through untouched (same lines, same numbers).

Detection (`detect_wrapping`) looks only at the file's own line-length profile. A *candidate
pair* is two consecutive non-blank lines, neither of them structural (bullet, `>` quote, table
row, rule, `Continue reading` marker, the title), where the second is not indented more than the
first (it could be a continuation). The file is wrapped when there are at least `MIN_PAIRS`
such pairs and:

* the wrap width W (the 95th percentile of the first lines' lengths) lies in 35–100;
* most of those first lines (`MIN_NEAR_SHARE`) end within `tolerance(W)` characters of W, and
  hardly any body line (`MAX_OVER_SHARE`) is longer than W by more than that tolerance —
  one-paragraph-per-line text has lines of every length, far beyond 100, while a paragraph's last
  line may pass W, which is read from the first lines of pairs: where long words end every full
  line short of the real width, a last line can come closer to it;
* most breaks fall inside a sentence (`MIN_MID_SHARE`: the line does not end with . ! ? …) and,
  unless the text is in capitals, a good share of the next lines start lowercase
  (`MIN_LOWER_SHARE`) — a list of headlines also has no closing punctuation, but its lines start
  with capitals.

Reflow (`reflow`) then joins a line to the next when the next line continues the paragraph: it is
not blank, not structural, not indented beyond the body indent (an indented line opens a
paragraph), and the current line is *full*: the next line's first word would not have fitted
within W (how a greedy wrapper decides to break), or the line ends within `tolerance(W)` of W,
or — for wrappers that are not greedy — it is at least 60 % of W and ends inside a sentence or
is followed by a lowercase word. After a line that ends a sentence, a dateline or a heading-like
line (short, not full, no closing punctuation, followed by a break) opens a new paragraph.
Structural lines are never joined with their neighbours, with two exceptions that keep a unit
whole: a bullet's own wrapped continuation (a full bullet line that ends inside a sentence,
followed by a line indented to the bullet's text or not indented) is joined into the bullet; and
a line that only *looks* like a bullet because the wrapper carried a spaced dash or a number to
its start ("... demand for energy" / "- one of the factors", "Maroon" / "5. And ...") continues
a full text line that ends inside a sentence (not after . ! ? : ;).

Joining: wrapped lines are joined with a single space, with one exception: a line that ends in a
letter followed by a hyphen ("well-") and a next line that starts with a letter or digit
("known") are joined without a space ("well-known"). Greedy wrappers (Python's textwrap,
most wire systems) break compound words after their hyphen, so the hyphen belongs to the word;
writing "well- known" would invent a token that spaCy splits differently. The one misjoin this
allows is a suspended hyphen written with a space ("pre- and post-war") that happens to fall at a
line end; it is rare and loses no character. Only line breaks and indentation/trailing whitespace
change: no other character is lost, added or moved.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lib.text.datelines import parse_dateline

# Shared with pipeline.lib.text.articles (which imports them from here).
BULLET = re.compile(r"^\s*(?:[•·▪◦‣●■*]|[-–—]\s|\d{1,2}[.)]\s)")
MARKER = re.compile(r"^\s*Continue reading\b[ \t:]*(?P<target>.*?)\s*$")

_QUOTED = re.compile(r"^\s*>")
# A column gap: two or more spaces (or a tab) between non-blanks, not right after the end of a
# sentence (typists' double space after a full stop is not a table).
_COLUMN_GAP = re.compile(r"(?<=\S)(?<![.!?])(?<![.!?][\"'”’)\]])(?: {2,}|\t)(?=\S)")
_DIGIT = re.compile(r"\d")
_RULE = re.compile(r"^\s*[-=_*~#.+|]{3,}\s*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_PROSE_BULLET = re.compile(r"^\s*(?:[-–—]|\d{1,2}[.)])\s")
_LIST_INTRO_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_LETTER = re.compile(r"[^\W\d_]")
_LOWER = re.compile(r"[a-z\u00df-\u00f6\u00f8-\u00ff]")
_HEADING_CLOSERS = tuple(".!?:;,\"”’')…")

MIN_PAIRS = 3
MIN_WIDTH, MAX_WIDTH = 35, 100
MIN_NEAR_SHARE = 0.7
MAX_OVER_SHARE = 0.1
MIN_MID_SHARE = 0.6
MIN_LOWER_SHARE = 0.25
LENIENT_FULL_SHARE = 0.6  # a non-greedy wrapper's line is at least this share of W
MAX_HEADING_WORDS = 12


def tolerance(width: int) -> int:
    """How far short of the wrap width a wrapped line may end (about the length of a long word)."""
    return max(8, round(width * 0.2))


@dataclass(frozen=True)
class WrapProfile:
    width: int  # W, the detected wrap width
    base_indent: int  # indentation of continuation lines; a line indented beyond it opens a paragraph
    indent_paragraphs: bool  # some paragraphs open with an indented line
    n_pairs: int  # candidate (line, next line) pairs the decision rests on
    near_share: float
    mid_share: float
    lower_share: float | None  # None for text in capitals


@dataclass(frozen=True)
class ReflowResult:
    lines: tuple[tuple[int, str], ...]  # (1-based number of the first source line, logical line)
    profile: WrapProfile | None

    @property
    def reflowed(self) -> bool:
        return self.profile is not None

    @property
    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _structural(line: str) -> bool:
    """Lines kept as they are: bullets, quoted e-mail, table rows, rules, markers."""
    return bool(
        BULLET.match(line) or _QUOTED.match(line) or MARKER.match(line) or _RULE.match(line) or _is_table_row(line)
    )


def _is_table_row(line: str) -> bool:
    """Columns: two column gaps, or one gap on a line with figures."""
    if "  " not in line.strip() and "\t" not in line:
        return False
    gaps = len(_COLUMN_GAP.findall(line.strip()))
    return gaps >= 2 or (gaps == 1 and _DIGIT.search(line) is not None)


def _first_nonblank(stripped: Sequence[str]) -> int:
    return next((i for i, s in enumerate(stripped) if s), -1)


@dataclass
class _Lines:
    """Per-line facts computed once and shared by detection and reflow."""

    stripped: list[str]  # right-stripped lines
    indents: list[int]
    structural: list[bool]  # title, bullet, quote, table row, rule or marker
    title: int  # index of the first non-blank line, -1 if none

    @classmethod
    def of(cls, lines: Sequence[str]) -> _Lines:
        stripped = [line.rstrip() for line in lines]
        title = _first_nonblank(stripped)
        structural = [bool(s) and (i == title or _structural(s)) for i, s in enumerate(stripped)]
        return cls(stripped, [_indent(s) for s in stripped], structural, title)


def _has_few_pairs(lines: Sequence[str]) -> bool:
    """Cheap exit: paragraphs separated by blank lines (BBC, the listing page) have few or no
    consecutive non-blank lines."""
    nonblank = [bool(line.strip()) for line in lines]
    return sum(1 for a, b in zip(nonblank, nonblank[1:], strict=False) if a and b) < MIN_PAIRS


def detect_wrapping(lines: Sequence[str]) -> WrapProfile | None:
    """The file's wrap profile if it is hard-wrapped, else None (decided from its own lines)."""
    if _has_few_pairs(lines):
        return None
    return _detect(_Lines.of(lines))


def _detect(facts: _Lines) -> WrapProfile | None:
    stripped, indents, structural = facts.stripped, facts.indents, facts.structural

    # A line indented beyond the body's least indent opens a paragraph: the line before it ends
    # one, whatever its own indent (a one-line indented paragraph before another is no wrap).
    body_indent = min((n for s, st, n in zip(stripped, structural, indents, strict=True) if s and not st), default=0)
    pair_firsts: list[int] = []
    for i in range(len(stripped) - 1):
        if stripped[i] and stripped[i + 1] and not structural[i] and not structural[i + 1]:
            if indents[i + 1] <= indents[i] and indents[i + 1] <= body_indent:
                pair_firsts.append(i)
    if len(pair_firsts) < MIN_PAIRS:
        return None

    lengths = sorted(len(stripped[i]) for i in pair_firsts)
    # The 95th percentile, rounded up: with few pairs (a short story) rounding down picks the
    # second-longest line, and the longest full lines then count as over the width.
    width = lengths[math.ceil(0.95 * (len(lengths) - 1))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    near_share = sum(1 for n in lengths if n >= width - tolerance(width)) / len(lengths)
    if near_share < MIN_NEAR_SHARE:
        return None
    body = [len(s) for s, st in zip(stripped, structural, strict=True) if s and not st]
    if sum(1 for n in body if n > width + tolerance(width)) / len(body) > MAX_OVER_SHARE:
        return None

    mid = sum(1 for i in pair_firsts if not _ends_sentence(stripped[i]))
    mid_share = mid / len(pair_firsts)
    if mid_share < MIN_MID_SHARE:
        return None
    sample = "".join(stripped[i + 1][:40] for i in pair_firsts)
    capitals = len(_LOWER.findall(sample)) < 0.2 * len(_LETTER.findall(sample))
    lower_share: float | None = None
    if not capitals:
        lower_share = sum(1 for i in pair_firsts if stripped[i + 1].lstrip()[:1].islower()) / len(pair_firsts)
        if lower_share < MIN_LOWER_SHARE:
            return None

    continuation_indents = [indents[i + 1] for i in pair_firsts]
    base_indent = min(continuation_indents)
    indent_paragraphs = any(
        s and not structural[i] and indents[i] > base_indent and stripped[i - 1]
        for i, s in enumerate(stripped)
        if i > 0
    )
    return WrapProfile(
        width=width,
        base_indent=base_indent,
        indent_paragraphs=indent_paragraphs,
        n_pairs=len(pair_firsts),
        near_share=round(near_share, 3),
        mid_share=round(mid_share, 3),
        lower_share=None if lower_share is None else round(lower_share, 3),
    )


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line[-8:]))  # the tail suffices: the pattern is anchored at $


def _ends_in_hyphenated_word(line: str) -> bool:
    return bool(_HYPHEN_END.search(line[-2:]))


def reflow(text: str) -> ReflowResult:
    """Join the wrapped lines of `text` into logical lines; unwrapped text comes back unchanged.

    Blank lines and structural lines are kept as they are; every logical line carries the
    1-based number of its first source line.
    """
    lines = text.split("\n")
    facts = None if _has_few_pairs(lines) else _Lines.of(lines)
    profile = None if facts is None else _detect(facts)
    if facts is None or profile is None:
        return ReflowResult(tuple(enumerate(lines, start=1)), None)

    width, base = profile.width, profile.base_indent
    stripped, indents, structural, title = facts.stripped, facts.indents, facts.structural, facts.title

    def heading_like(i: int) -> bool:
        s = stripped[i].strip()
        if len(stripped[i]) >= width - tolerance(width):  # a full line is running text
            return False
        if not (s[0].isupper() or s[0].isdigit()) or s.endswith(_HEADING_CLOSERS):
            return False
        if len(s.split()) > MAX_HEADING_WORDS:
            return False
        j = i + 1
        return j == len(stripped) or not stripped[j] or indents[j] > base or structural[j]

    def continues(kind: str, hang: int, last: str, i: int) -> bool:
        """Does source line i continue the logical line whose last physical line is `last`?"""
        if kind == "fixed":
            return False
        nxt = stripped[i]
        # A spaced dash or a number ("Maroon" / "5. And ...") that a wrapper carried to the start
        # of a line looks like a bullet: it continues a text line that ends inside a sentence (a
        # list opens after ':' or ';' or a short heading, which is not full).
        if structural[i] and not (
            kind == "text" and _PROSE_BULLET.match(nxt) and not _LIST_INTRO_END.search(last[-8:])
        ):
            return False
        body = nxt.lstrip()
        first_word = body.split(None, 1)[0]
        gap = 0 if _ends_in_hyphenated_word(last) else 1
        full = len(last) + gap + len(first_word) > width
        # A non-greedy wrapper may break early: a line near W, or a long line that ends inside a
        # sentence (or before a lowercase word), continues too.
        lenient = len(last) >= width - tolerance(width) or (
            len(last) >= LENIENT_FULL_SHARE * width and (not _ends_sentence(last) or body[:1].islower())
        )
        if not (full or lenient):
            return False
        if kind == "bullet":
            return (indents[i] == hang or indents[i] <= base) and not _ends_sentence(last)
        if indents[i] > base:
            return False
        if _ends_sentence(last) and (parse_dateline(body) is not None or heading_like(i)):
            return False
        return True

    out: list[tuple[int, str]] = []
    start = -1  # index of the current logical line's first source line, -1 when none is open
    parts: list[str] = []
    kind, hang = "text", 0
    title_next = False  # the first non-blank line after a marker is an article title

    def flush() -> None:
        nonlocal start
        if start < 0:
            return
        if len(parts) == 1:
            out.append((start + 1, lines[start]))
        else:
            joined = parts[0].rstrip()
            for part in parts[1:]:
                sep = "" if _ends_in_hyphenated_word(joined) and part.lstrip()[:1].isalnum() else " "
                joined += sep + part.strip()
            out.append((start + 1, joined))
        start = -1
        parts.clear()

    for i, line in enumerate(lines):
        s = stripped[i]
        if not s:
            flush()
            out.append((i + 1, line))
            continue
        if start >= 0 and continues(kind, hang, stripped[i - 1], i):
            parts.append(line)
            continue
        flush()
        start = i
        parts.append(line)
        bullet = BULLET.match(s)
        if i == title or title_next or not bullet and structural[i]:
            kind = "fixed"
        elif bullet:
            kind = "bullet"
            hang = bullet.end() + _indent(s[bullet.end() :])
        else:
            kind = "text"
        title_next = bool(MARKER.match(s))
    flush()
    return ReflowResult(tuple(out), profile)
