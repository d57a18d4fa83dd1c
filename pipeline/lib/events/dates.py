"""Date expressions → dates with the right year.

News text rarely writes years ("On July 27, Ma Hui met ..."), and often counts from the last
event ("The next day", "Two days previously"). Expressions are found with patterns, in reading
order through an article, and resolved with what is known at that point:

* a written year is used as it is (`year_source = explicit`);
* a year-less date takes the year of the document's reference date: the most recent such date
  not after it; in a sentence about the future ("will be held on July 5-6"), the next one after
  the last event the article mentioned (`reference`);
* a weekday written with the date ("Wednesday, September 3") picks the year in which that day
  is that weekday (`context`); "today" under a dateline is the dateline's day (`dateline`);
* relative expressions ("the next day", "two days previously", "this year", "ten years ago")
  count from the last event date mentioned before them in the article (`context`);
* vague ones ("recent years", "over the past decade", "today" with nothing to anchor it) are
  kept with no date rather than guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

DAY, MONTH, YEAR = "day", "month", "year"
EXPLICIT, DATELINE, REFERENCE, CONTEXT = "explicit", "dateline", "reference", "context"
ABSOLUTE, RELATIVE, VAGUE = "absolute", "relative", "vague"

# The month and weekday names as tries, longest form first ("sep(?:t(?:ember)?)?"): the same
# words, tried in the same order, as an alternation of the whole names, but the regex engine
# rejects a word after its first letters instead of trying 24 names on it (tested).
_M = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WD = r"(?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
# Where a pattern starts at a word (\b), a look-ahead for the letters its words can start with
# lets the engine leave every other word at once; it changes no match (see the patterns' words).
_MONTH_OR_WEEKDAY_START = r"\b(?=[adfjmnostw])"
_DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEARNUM = r"(?P<year>(?:1[6-9]|20)\d{2})"
_TIME_OF_DAY = r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)"
_NUM = r"(?P<n>\d+|" + "|".join(NUMBER_WORDS) + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+)"

# (kind, pattern). Tried in order at each position; the longest match wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "md_range",
        re.compile(
            rf"{_MONTH_OR_WEEKDAY_START}(?:{_WD},?\s+)?{_M}\s+{_DAYNUM}\s*[-–]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_YEARNUM})?\b",
            re.I,
        ),
    ),
    (
        "md",
        re.compile(
            rf"{_MONTH_OR_WEEKDAY_START}{_TIME_OF_DAY}?(?:{_WD},?\s+)?{_M}\s+{_DAYNUM}(?!\d)(?:,?\s+{_YEARNUM})?\b",
            re.I,
        ),
    ),
    ("dm", re.compile(rf"\b{_DAYNUM}\s+{_M}(?:,?\s+{_YEARNUM})?\b", re.I)),
    ("month_rel_year", re.compile(rf"\b(?=[adfjmnos]){_M}\s+(?P<rel>next|last|this)\s+year\b", re.I)),
    (
        "month_year",
        re.compile(rf"\b(?=[adefjlmnos])(?:(?P<part>early|mid|late)[\s-]+)?{_M}\s+(?:of\s+)?{_YEARNUM}\b", re.I),
    ),
    ("month_part", re.compile(rf"\b(?=[elm])(?P<part>early|mid|late)[\s-]+{_M}\b", re.I)),
    # A bare month only after a word that makes it a date ("in May", "the May visit"): "May" is a verb too.
    ("month_bare", re.compile(rf"\b(?=[bdfiostu])(?:in|since|until|by|during|from|the|of)\s+{_M}\b(?!\s+\d)", re.I)),
    ("year_range", re.compile(rf"\b{_YEARNUM}\s*[-–]\s*(?P<year2>(?:1[6-9]|20)\d{{2}})\b")),
    ("decade", re.compile(r"\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>(?:1[6-9]|20)\d0)s\b", re.I)),
    ("rel_day", re.compile(r"\b(?:the\s+)?(?P<which>next|following|previous|preceding)\s+day\b", re.I)),
    ("rel_day", re.compile(r"\bthe\s+day\s+(?P<which>before|after)\b", re.I)),
    (
        "rel_days",
        re.compile(rf"\b(?=[\daefnost]){_NUM}\s+days?\s+(?P<dir>previously|earlier|before|later|after|ago)\b", re.I),
    ),
    ("vague", re.compile(rf"\b(?:over|more\s+than|about|some)\s+{_NUM}\s+(?:years?|decades?)\s+ago\b", re.I)),
    ("rel_years_ago", re.compile(rf"\b{_NUM}\s+years?\s+ago\b", re.I)),
    ("rel_year", re.compile(r"\b(?:(?:later|earlier)\s+)?(?P<rel>this|next|last)\s+year\b", re.I)),
    ("today", re.compile(r"\b(?P<word>today|yesterday|tomorrow)\b", re.I)),
    ("weekday", re.compile(rf"(?<=\bon\s){_WD}\b", re.I)),
    (
        "vague",
        re.compile(
            r"\b(?=[dilnoprt])(?:"  # the first letters of the alternatives below
            r"\b(?:(?:over|in|during)\s+)?(?:the\s+)?(?:past|last|recent)\s+(?:few\s+|several\s+|\w+\s+)?"
            r"(?:years|months|weeks|decades|decade|year|days)\b"
            r"|\brecent\s+(?:years|months|weeks|decades|days)\b"
            r"|\bnot\s+long\s+ago\b|\bthose\s+early\s+days\b|\bthe\s+beginning\s+of\s+the\s+century\b"
            r"|\bnowadays\b|(?<!\w\s)\bdecades\b)",
            re.I,
        ),
    ),
    ("year", re.compile(rf"(?<![\d$£€.,-]){_YEARNUM}(?![\d%]|,\d|\.\d)")),
]
_FUTURE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|to\s+be\s+held|is\s+scheduled|are\s+scheduled|plans?\s+to|next)\b", re.I
)


@dataclass(frozen=True)
class DateMention:
    char_start: int
    char_end: int
    text: str
    kind: str  # absolute, relative, vague
    date_start: dt.date | None
    date_end: dt.date | None
    granularity: str | None
    year_source: str | None


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    pattern: str
    groups: dict


# Case-insensitive patterns also match these four non-ASCII letters as i, i, s and k; they are
# folded before the keyword tests below so that no test skips a text its pattern would match.
_IGNORECASE_EXTRAS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})
_DIGIT = re.compile(r"\d")
_YEAR_LIKE = re.compile(r"(?:1[6-9]|20)\d\d")
# Stand-ins, among the words a text holds, for "a digit" and "the digits of a year".
_A_DIGIT, _YEAR_DIGITS = "<digit>", "<year digits>"
Group = frozenset[str]  # a text holds one of these words
Needs = tuple[tuple[Group, ...], ...]  # one of these alternatives, each: every group held


def _all_of(*groups: str | tuple[str, ...]) -> tuple[Group, ...]:
    return tuple(frozenset([group] if isinstance(group, str) else group) for group in groups)


# What a text must contain for a pattern to match at all, read off the pattern: a month's first
# three letters for every pattern with a month, a digit for a day number, the digits of a year,
# "day", "ago", ... The patterns are what the dates stage spends its time on, and most paragraphs
# hold few dates: a pattern whose words the (case-folded) paragraph lacks is not run.
_MONTH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT = ("year", "month", "week", "decade", "day")
_NEEDS: dict[re.Pattern[str], Needs] = dict(
    zip(
        (pattern for _, pattern in _PATTERNS),
        (
            (_all_of(_MONTH, _A_DIGIT, ("-", "–")),),  # md_range
            (_all_of(_MONTH, _A_DIGIT),),  # md
            (_all_of(_MONTH, _A_DIGIT),),  # dm
            (_all_of(_MONTH, "year", ("next", "last", "this")),),  # month_rel_year
            (_all_of(_MONTH, _YEAR_DIGITS),),  # month_year
            (_all_of(_MONTH, ("early", "mid", "late")),),  # month_part
            (_all_of(_MONTH),),  # month_bare
            (_all_of(_YEAR_DIGITS),),  # year_range
            (_all_of("0s"),),  # decade
            (_all_of("day", ("next", "following", "previous", "preceding")),),  # rel_day
            (_all_of("day", ("before", "after")),),  # rel_day
            (_all_of("day", ("previously", "earlier", "before", "later", "after", "ago")),),  # rel_days
            (_all_of("ago"),),  # vague: "about ten years ago"
            (_all_of("ago"),),  # rel_years_ago
            (_all_of("year", ("this", "next", "last")),),  # rel_year
            (_all_of(("today", "yesterday", "tomorrow")),),  # today
            (_all_of("on", "day"),),  # weekday
            (  # vague: "in recent years", "not long ago", "nowadays", ...
                _all_of(("past", "last", "recent"), _UNIT),
                _all_of(("ago", "those", "centur", "nowadays", "decades")),
            ),
            (_all_of(_YEAR_DIGITS),),  # year
        ),
        strict=True,
    )
)
_WORDS = tuple(sorted({word for needs in _NEEDS.values() for groups in needs for group in groups for word in group}))


def _words_held(text: str) -> set[str]:
    """The words of `_NEEDS` that `text` (case-folded as the patterns match) holds."""
    folded = text.translate(_IGNORECASE_EXTRAS).lower()
    held = {word for word in _WORDS if word in folded}
    if _DIGIT.search(folded):
        held.add(_A_DIGIT)
        if _YEAR_LIKE.search(folded):
            held.add(_YEAR_DIGITS)
    return held


def _may_match(needs: Needs, held: set[str]) -> bool:
    for groups in needs:
        for group in groups:
            if group.isdisjoint(held):
                break
        else:
            return True
    return False


@functools.lru_cache(maxsize=8192)
def find_expressions(text: str) -> tuple[Found, ...]:
    """Non-overlapping date expressions, longest first where two start together. Memoised: a
    listing page repeats teaser paragraphs in its articles, and the patterns cost more than the
    lookup."""
    held = _words_held(text)
    candidates = []
    for name, pattern in _PATTERNS:
        if not _may_match(_NEEDS[pattern], held):
            continue
        for m in pattern.finditer(text):
            # The preposition before a bare month is context, not part of the expression.
            start = m.start("month") if name == "month_bare" else m.start()
            if m.end() > start:
                candidates.append(Found(start, m.end(), name, {k: v for k, v in m.groupdict().items() if v}))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start)))
    chosen: list[Found] = []
    for f in candidates:
        if chosen and f.start < chosen[-1].end:
            continue
        chosen.append(f)
    return tuple(chosen)


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if "-" in word:
        tens, _, ones = word.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return NUMBER_WORDS.get(word)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _yearless(month: int, day: int, reference: dt.date, anchor: dt.date | None, future: bool) -> dt.date | None:
    """Most recent such date not after the reference; in a future sentence, the next one after the anchor."""
    if future:
        base = anchor or reference
        for year in (base.year, base.year + 1):
            d = _safe_date(year, month, day)
            if d and d >= base:
                return d
        return None
    for year in (reference.year, reference.year - 1):
        d = _safe_date(year, month, day)
        if d and d <= reference:
            return d
    return None


def _weekday_years(month: int, day: int, weekday: str, reference: dt.date) -> list[dt.date]:
    """Dates within six years of the reference on which month/day falls on `weekday`."""
    wanted = WEEKDAYS.index(weekday.lower())
    dates = [_safe_date(y, month, day) for y in range(reference.year - 6, reference.year + 2)]
    return [d for d in dates if d and d.weekday() == wanted]


@dataclass
class _State:
    reference: dt.date
    anchor: dt.date | None = None  # the last event date mentioned so far in the article


def _resolve(f: Found, sentence: str, state: _State, dateline_day: dt.date | None) -> DateMention | None:
    g = f.groups
    ref = state.reference
    future = bool(_FUTURE.search(sentence))
    year = int(g["year"]) if "year" in g else None

    def day_result(d: dt.date | None, source: str, kind: str = ABSOLUTE, end: dt.date | None = None):
        return (d, end or d, DAY, source, kind) if d else None

    if f.pattern in ("md", "md_range", "dm"):
        month, day = MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        if year:
            start, source = _safe_date(year, month, day), EXPLICIT
        elif "weekday" in g and (matching := _weekday_years(month, day, g["weekday"], ref)):
            start, source = min(matching, key=lambda d: abs((d - ref).days)), CONTEXT
        else:
            start, source = _yearless(month, day, ref, state.anchor, future), REFERENCE
        end = start
        if start and "day2" in g:
            end = _safe_date(start.year, month, int(g["day2"]))
        return day_result(start, source, end=end)
    if f.pattern in ("month_year", "month_part", "month_bare", "month_rel_year"):
        month = MONTHS[g["month"].lower().rstrip(".")]
        if f.pattern == "month_rel_year":
            base = (state.anchor or ref).year
            y, source, kind = base + {"next": 1, "last": -1, "this": 0}[g["rel"].lower()], CONTEXT, RELATIVE
        elif year:
            y, source, kind = year, EXPLICIT, ABSOLUTE
        else:
            y = ref.year if _month_bounds(ref.year, month)[0] <= ref else ref.year - 1
            if future:
                base = state.anchor or ref
                y = base.year if month >= base.month else base.year + 1
            source, kind = REFERENCE, ABSOLUTE
        start, end = _month_bounds(y, month)
        return start, end, MONTH, source, kind
    if f.pattern == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31), YEAR, EXPLICIT, ABSOLUTE
    if f.pattern == "year_range":
        return dt.date(year, 1, 1), dt.date(int(g["year2"]), 12, 31), YEAR, EXPLICIT, ABSOLUTE
    if f.pattern == "decade":
        first = int(g["decade"])
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(g.get("part", "").lower(), (0, 9))
        return dt.date(first + lo, 1, 1), dt.date(first + hi, 12, 31), YEAR, EXPLICIT, ABSOLUTE
    if f.pattern == "rel_year":
        base = (state.anchor or ref).year
        y = base + {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
        return dt.date(y, 1, 1), dt.date(y, 12, 31), YEAR, CONTEXT, RELATIVE
    if f.pattern == "rel_years_ago":
        n = _number(g["n"])
        if n is None:
            return None
        y = (state.anchor or ref).year - n
        return dt.date(y, 1, 1), dt.date(y, 12, 31), YEAR, CONTEXT, RELATIVE
    if f.pattern in ("rel_day", "rel_days"):
        if state.anchor is None:
            return None
        if f.pattern == "rel_day":
            step = 1 if g["which"].lower() in ("next", "following", "after") else -1
        else:
            n = _number(g["n"])
            if n is None:
                return None
            step = -n if g["dir"].lower() in ("previously", "earlier", "before", "ago") else n
        return day_result(state.anchor + dt.timedelta(days=step), CONTEXT, RELATIVE)
    if f.pattern == "today":
        if dateline_day is None:
            return None
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
        return day_result(dateline_day + dt.timedelta(days=shift), DATELINE, RELATIVE)
    if f.pattern == "weekday":
        base = dateline_day or state.anchor
        if base is None:
            return None
        wanted = WEEKDAYS.index(g["weekday"].lower())
        back = (base.weekday() - wanted) % 7
        return day_result(base - dt.timedelta(days=back), CONTEXT, ABSOLUTE)
    return None  # vague


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def _sentence_around(text: str, start: int) -> str:
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= start:
            begin = m.end()
        else:
            return text[begin : m.start()]
    return text[begin:]


def resolve_article(
    paragraphs: Iterable[tuple[int, str, dt.date | None]], reference: dt.date
) -> list[tuple[int, DateMention]]:
    """Date mentions of one article, in reading order.

    `paragraphs` are (paragraph_no, text, dateline_day) where dateline_day is the resolved date of
    the dateline governing that paragraph (its section's or the article's), if any.
    """
    state = _State(reference)
    out: list[tuple[int, DateMention]] = []
    for paragraph_no, text, dateline_day in paragraphs:
        for f in find_expressions(text):
            surface = text[f.start : f.end]
            resolved = _resolve(f, _sentence_around(text, f.start), state, dateline_day)
            if resolved is None:
                out.append((paragraph_no, DateMention(f.start, f.end, surface, VAGUE, None, None, None, None)))
                continue
            start, end, granularity, source, kind = resolved
            out.append((paragraph_no, DateMention(f.start, f.end, surface, kind, start, end, granularity, source)))
            # Day-level dates of current events anchor what follows; a written-out historical date
            # ("December 15, 1970") does not move the story's clock.
            if granularity == DAY and (source != EXPLICIT or abs((start - reference).days) < 730):
                state.anchor = start
    return out


def resolve_dateline(date_text: str | None, reference: dt.date) -> dt.date | None:
    """The day a dateline's date text names ("October 15th", "Feb 26", "July 9, 2025")."""
    if not date_text:
        return None
    for f in find_expressions(date_text):
        if f.pattern in ("md", "dm"):
            resolved = _resolve(f, date_text, _State(reference), None)
            return resolved[0] if resolved else None
    return None
