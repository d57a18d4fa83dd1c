"""Date expressions and their years, rule by rule (reference date 2025-11-28 unless stated)."""

import datetime as dt

import pytest

from pipeline.lib.events.dates import find_expressions, resolve_article, resolve_dateline

REF = dt.date(2025, 11, 28)


def resolve(*paragraphs, dateline_day=None, reference=REF):
    rows = [(i, text, dateline_day) for i, text in enumerate(paragraphs, start=1)]
    return [
        (n, m.text, m.date_start, m.date_end, m.granularity, m.year_source, m.kind)
        for n, m in resolve_article(rows, reference)
    ]


def test_yearless_date_is_the_most_recent_not_after_the_reference():
    assert resolve("On July 27, Ma Hui met a delegation.")[0][1:6] == (
        "July 27",
        dt.date(2025, 7, 27),
        dt.date(2025, 7, 27),
        "day",
        "reference",
    )
    # December 3 has not come yet in 2025 on November 28: the most recent one is in 2024.
    assert resolve("On December 3, they met.")[0][2] == dt.date(2024, 12, 3)


def test_future_sentence_takes_the_next_occurrence_after_the_last_event():
    got = resolve(
        "On Friday, July 4, agreements were signed.", "The main events will be held on July 5-6 in La Carlota."
    )
    assert got[1][1:4] == ("July 5-6", dt.date(2025, 7, 5), dt.date(2025, 7, 6))


def test_explicit_years_and_ranges():
    got = resolve("China and Honduras established relations on March 26, 2023, and met on June 9-14, 2023.")
    assert [(g[1], g[2], g[3], g[5]) for g in got] == [
        ("March 26, 2023", dt.date(2023, 3, 26), dt.date(2023, 3, 26), "explicit"),
        ("June 9-14, 2023", dt.date(2023, 6, 9), dt.date(2023, 6, 14), "explicit"),
    ]


def test_relative_days_count_from_the_previous_event():
    got = resolve(
        "On October 15, he met Donald Ramotar.",
        "Two days previously, Ma had met Alberto Anaya.",
        "The next day, he left.",
    )
    assert [g[2] for g in got] == [dt.date(2025, 10, 15), dt.date(2025, 10, 13), dt.date(2025, 10, 14)]
    assert [g[5] for g in got] == ["reference", "context", "context"]


def test_weekday_with_date_picks_the_matching_year():
    # September 3 fell on a Wednesday in 2025.
    assert resolve("On Wednesday, September 3, the monument was unveiled.")[0][2] == dt.date(2025, 9, 3)
    # ... and on a Tuesday in 2024.
    assert resolve("On Tuesday, September 3, the monument was unveiled.")[0][2] == dt.date(2024, 9, 3)


def test_today_under_a_dateline_is_the_dateline_day_and_vague_otherwise():
    assert resolve("Ma Hui met here today with Alberto Anaya.", dateline_day=dt.date(2025, 10, 13))[0][2:7] == (
        dt.date(2025, 10, 13),
        dt.date(2025, 10, 13),
        "day",
        "dateline",
        "relative",
    )
    assert resolve("“Today, China offers us pathways of progress.”")[0][2:7] == (None, None, None, None, "vague")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in recent years", "recent years"),
        ("Over the past two months, the US has", "Over the past two months"),
        ("not long ago, the forum", "not long ago"),
    ],
)
def test_vague_expressions_are_kept_without_dates(text, expected):
    ((_, surface, start, end, granularity, source, kind),) = resolve(text)
    assert expected in surface and (start, end, granularity, source, kind) == (None, None, None, None, "vague")


def test_months_years_decades_and_relative_years():
    got = resolve(
        "In early September and in the 1980s and in November 2023 and in 1960.",
        "This year and next year, and February next year. Ten years ago it began.",
    )
    as_text = {g[1]: (g[2], g[3], g[4]) for g in got}
    assert as_text["early September"] == (dt.date(2025, 9, 1), dt.date(2025, 9, 30), "month")
    assert as_text["the 1980s"] == (dt.date(1980, 1, 1), dt.date(1989, 12, 31), "year")
    assert as_text["November 2023"] == (dt.date(2023, 11, 1), dt.date(2023, 11, 30), "month")
    assert as_text["1960"][0] == dt.date(1960, 1, 1)
    assert as_text["This year"][0] == dt.date(2025, 1, 1)
    assert as_text["next year"][0] == dt.date(2026, 1, 1)
    assert as_text["February next year"][:2] == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert as_text["Ten years ago"][0] == dt.date(2015, 1, 1)


def test_may_the_verb_is_not_a_date_but_the_may_visit_is():
    assert find_expressions("They may meet again.") == ()
    assert [f.pattern for f in find_expressions("on the May visit to China")] == ["month_bare"]


def test_numbers_that_are_not_years():
    assert find_expressions("It cost $2025 and 2,225 files and 13,000 scholarships, 19%.") == ()


def test_dateline_dates():
    assert resolve_dateline("October 15th", REF) == dt.date(2025, 10, 15)
    assert resolve_dateline("Feb 26", REF) == dt.date(2025, 2, 26)
    assert resolve_dateline(None, REF) is None
