"""The fast paths of `find_expressions` change no match.

The date patterns are written with tries for the month and weekday names and with look-aheads for
the letters a match can start with, and each is run only on texts holding its keywords. These
tests rebuild the patterns as they were written before (whole names in an alternation, no
look-ahead) and run every one of them on every text, then compare with `find_expressions`: on the
sample, on BBC files (when the corpus is there), on hand-made edge cases and on generated text.
"""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.lib.events import dates
from pipeline.lib.text.articles import parse_document
from pipeline.lib.text.rawtext import decode_document
from tests.conftest import BBC, PROJECT_ROOT

_MONTH_ALTERNATION = r"(?P<month>" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY_ALTERNATION = r"(?P<weekday>" + "|".join(dates.WEEKDAYS) + r")"
_LOOKAHEAD = re.compile(r"\(\?=\[[^\]]*\]\)")  # a look-ahead on a first letter, e.g. (?=[elm])


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written before the fast paths: name alternations, no first-letter look-ahead."""
    source = pattern.pattern.replace(dates._M, _MONTH_ALTERNATION).replace(dates._WD, _WEEKDAY_ALTERNATION)
    return re.compile(_LOOKAHEAD.sub("", source), pattern.flags)


PLAIN_PATTERNS = [(name, _plain(pattern)) for name, pattern in dates._PATTERNS]


def plain_find_expressions(text: str) -> tuple[dates.Found, ...]:
    """`find_expressions` with every plain pattern run on every text."""
    candidates = []
    for name, pattern in PLAIN_PATTERNS:
        for m in pattern.finditer(text):
            start = m.start("month") if name == "month_bare" else m.start()
            if m.end() > start:
                candidates.append(dates.Found(start, m.end(), name, {k: v for k, v in m.groupdict().items() if v}))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[dates.Found] = []
    for f in candidates:
        if chosen and f.start < chosen[-1].end:
            continue
        chosen.append(f)
    return tuple(chosen)


def paragraphs_of(path) -> list[str]:
    text = decode_document(path.read_bytes()).text
    return [p.text for article in parse_document(text).articles for p in article.paragraphs]


def assert_same(texts):
    for text in texts:
        assert dates.find_expressions.__wrapped__(text) == plain_find_expressions(text), text


def test_the_rebuilt_patterns_differ_from_the_fast_ones():
    """The comparison means something only if the rebuilt patterns are the other way of writing them."""
    fast = {p.pattern for _, p in dates._PATTERNS}
    plain = {p.pattern for _, p in PLAIN_PATTERNS}
    assert len(fast - plain) >= 8
    assert all("(?=[" not in p and "(?:mon|tues" not in p for p in plain)


def test_same_expressions_on_the_sample():
    texts = paragraphs_of(PROJECT_ROOT / "raw" / "latin-america-listing.txt")
    assert len(texts) > 200
    assert_same(texts)
    assert sum(len(plain_find_expressions(t)) for t in texts) > 50


@pytest.mark.skipif(not BBC.is_dir(), reason=f"BBC corpus not found at {BBC}")
def test_same_expressions_on_bbc_files():
    files = sorted(BBC.rglob("*.txt"))
    texts = [t for path in files[::40] if path.name != "README.TXT" for t in paragraphs_of(path)]
    assert_same(texts)


EDGE_CASES = [
    "On MONDAY, SEPTEMBER 3-5, 2024 they met; in Sept. 2021 and on Wed., Sept 4th",
    "the morning of Tuesday, March 4 2025 and the night of 3rd of May",
    "ſeptember 12 and Auguſt 2019, decemBer 1st, the day before, two days previously",
    "İn May, during JUNE, since Jan. 2, late-October, early 2019, mid-2020, the mid 1990s",
    "over twenty-five years ago; ten years ago; some 3 decades ago; this year; later next year",
    "Today, yesterday and TOMORROW; on Friday; in recent years; not long ago; nowadays; decades",
    "the past few months, over the last decade, those early days, the beginning of the century",
    "March next year; Marching on; maybe; decided; Octavia; a Janus-faced market in Sep",
    "1999-2001, 2019–2020, $2025, 2,225, 19%, 1600s, the 2010s and 1066",
    "on 15 March 2024 and 2 JAN, the next day, the following day, the previous day",
]


def test_same_expressions_on_edge_cases():
    assert_same(EDGE_CASES)


_WORDS = [
    *dates.MONTHS, *(m.title() for m in dates.MONTHS), *(m.upper() for m in dates.MONTHS), *dates.WEEKDAYS,
    "Monday", "on", "the", "in", "of", "by", "early", "mid", "late", "next", "last", "this", "year", "years",
    "day", "days", "ago", "before", "after", "later", "earlier", "previously", "following", "two", "ten",
    "twenty-five", "past", "recent", "decades", "century", "today", "3", "15th", "2024", "1990s", "-", "–",
    ",", ".", "ſ", "İ", "K",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.lists(st.sampled_from([" ", "", "  ", "\n"]), max_size=14))
def test_same_expressions_on_generated_text(words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    assert_same([text])
