"""TIMEX3 values of single time expressions (``eventwire.nlp.times.timex``)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.nlp.times.timex import as_date, normalize

# A Sunday, so "Sunday" is the publication day and "Friday" two days before.
PUBLISHED = dt.date(2021, 11, 7)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("on Friday", "past", ("DATE", "2021-11-05")),
        ("on Friday", "future", ("DATE", "2021-11-12")),
        ("Sunday", "past", ("DATE", "2021-11-07")),
        ("Sunday", "future", ("DATE", "2021-11-07")),
        ("last Friday", "future", ("DATE", "2021-11-05")),
        ("next Monday", "past", ("DATE", "2021-11-08")),
        ("earlier today", "past", ("DATE", "2021-11-07")),
        ("today", "past", ("DATE", "2021-11-07")),
        ("yesterday", "past", ("DATE", "2021-11-06")),
        ("tomorrow", "future", ("DATE", "2021-11-08")),
        ("last month", "past", ("DATE", "2021-10")),
        ("next month", "past", ("DATE", "2021-12")),
        ("in 2019", "past", ("DATE", "2019")),
        ("two days ago", "past", ("DATE", "2021-11-05")),
        ("three months ago", "past", ("DATE", "2021-08")),
        ("this week", "past", ("DATE", "2021-W44")),
        ("last week", "past", ("DATE", "2021-W43")),
        ("this weekend", "past", ("DATE", "2021-W44-WE")),
        ("October", "past", ("DATE", "2021-10")),
        ("October", "future", ("DATE", "2022-10")),
        ("December", "past", ("DATE", "2020-12")),
        ("December", "future", ("DATE", "2021-12")),
        ("last year", "past", ("DATE", "2020")),
        ("recent years", "past", ("DURATION", "PXY")),
        ("years", "past", ("DURATION", "PXY")),
        ("three days", "past", ("DURATION", "P3D")),
        ("the past nine days", "past", ("DURATION", "P9D")),
        ("two hours", "past", ("DURATION", "PT2H")),
        ("a decade", "past", ("DURATION", "P10Y")),
        ("every week", "past", ("SET", "P1W")),
        ("daily", "past", ("SET", "P1D")),
        ("every Friday", "past", ("SET", "XXXX-WXX-5")),
        ("10 a.m.", "past", ("TIME", "2021-11-07T10:00")),
        ("10:30 p.m. Friday", "past", ("TIME", "2021-11-05T22:30")),
        ("Friday night", "past", ("TIME", "2021-11-05TNI")),
        ("this morning", "past", ("TIME", "2021-11-07TMO")),
        ("earlier today, Sunday", "past", ("DATE", "2021-11-07")),
        ("March 1, 2008", "past", ("DATE", "2008-03-01")),
        ("1 March 2008", "past", ("DATE", "2008-03-01")),
        ("7/8/07", "past", ("DATE", "2007-07-08")),
        ("2008-03-01", "past", ("DATE", "2008-03-01")),
        ("March 2008", "past", ("DATE", "2008-03")),
        ("Sept. 4", "past", ("DATE", "2021-09-04")),
        ("December 11", "past", ("DATE", "2020-12-11")),
        ("December 11", "future", ("DATE", "2021-12-11")),
        ("early June", "past", ("DATE", "2021-06")),
        ("mid-2011", "past", ("DATE", "2011")),
        ("the 1990s", "past", ("DATE", "199")),
        ("'82", "past", ("DATE", "1982")),
        ("the first quarter of 2009", "past", ("DATE", "2009-Q1")),
        ("the last quarter", "past", ("DATE", "2021-Q3")),
        ("spring", "past", ("DATE", "2021-SP")),
        ("last winter", "past", ("DATE", "2020-WI")),
        ("Christmas", "past", ("DATE", "2020-12-25")),
        ("recently", "past", ("DATE", "PAST_REF")),
        ("the future", "past", ("DATE", "FUTURE_REF")),
    ],
)
def test_timex_normalize_against_publication_date(
    text: str, tense: str, expected: tuple[str, str]
) -> None:
    assert normalize(text, PUBLISHED, tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Friday", ("DATE", None)),
        ("last month", ("DATE", None)),
        ("two days ago", ("DATE", None)),
        ("10 a.m.", ("TIME", None)),
        ("March 1, 2008", ("DATE", "2008-03-01")),
        ("in 2019", ("DATE", "2019")),
        ("the first quarter of 2009", ("DATE", "2009-Q1")),
        ("three days", ("DURATION", "P3D")),
    ],
)
def test_timex_normalize_without_publication_date(text: str, expected: tuple[str, str]) -> None:
    assert normalize(text, None) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the same day", dt.date(2021, 11, 2), "2021-11-02"),
        ("the next day", dt.date(2021, 11, 2), "2021-11-03"),
        ("two days later", dt.date(2021, 11, 2), "2021-11-04"),
        ("the day before", None, "2021-11-06"),
    ],
)
def test_timex_normalize_anaphora_use_the_last_day_mentioned(
    text: str, anchor: dt.date | None, expected: str
) -> None:
    assert normalize(text, PUBLISHED, "past", anchor=anchor) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the coming month", None, ("DATE", "2021-12")),
        ("the following week", None, ("DATE", "2021-W45")),
        ("the previous year", None, ("DATE", "2020")),
        ("the year before", None, ("DATE", "2020")),
        ("next spring", None, ("DATE", "2022-SP")),
        ("this Christmas", None, ("DATE", "2021-12-25")),
        ("the day after tomorrow", None, ("DATE", "2021-11-09")),
        ("the eve", dt.date(2021, 11, 2), ("DATE", "2021-11-01")),
        ("2 weeks later", dt.date(2021, 11, 2), ("DATE", "2021-11-16")),
    ],
)
def test_timex_normalize_relative_words(
    text: str, anchor: dt.date | None, expected: tuple[str, str]
) -> None:
    assert normalize(text, PUBLISHED, "past", anchor=anchor) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2008/03/01", PUBLISHED, ("DATE", "2008-03-01")),
        ("2021.11.05", None, ("DATE", "2021-11-05")),
    ],
)
def test_timex_normalize_other_spellings_through_dateparser(
    text: str, published: dt.date | None, expected: tuple[str, str]
) -> None:
    assert normalize(text, published) == expected


@pytest.mark.parametrize(
    "published", [PUBLISHED, dt.datetime(2021, 11, 7, 23, 30), "2021-11-07", "2021-11-07T08:00"]
)
def test_timex_normalize_accepts_dates_datetimes_and_iso_strings(published: object) -> None:
    assert normalize("yesterday", published) == ("DATE", "2021-11-06")  # type: ignore[arg-type]


@pytest.mark.parametrize("tense", ["past", "perfect", ""])
def test_timex_normalize_reads_unknown_tenses_as_past(tense: str) -> None:
    assert normalize("on Friday", PUBLISHED, tense) == ("DATE", "2021-11-05")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(2021, 11, 7, 12), dt.date(2021, 11, 7)),
        (dt.date(2021, 11, 7), dt.date(2021, 11, 7)),
        ("2021-11-07T12:00:00", dt.date(2021, 11, 7)),
        ("07/11/2021", None),
        (20211107, None),
        (None, None),
    ],
)
def test_timex_as_date(value: object, expected: dt.date | None) -> None:
    assert as_date(value) == expected


@pytest.mark.parametrize("published", [dt.date.min, dt.date.max])
@pytest.mark.parametrize(
    "text", ["yesterday", "tomorrow", "next week", "last year", "this weekend", "two days ago"]
)
def test_timex_calendar_edges_give_no_value_not_an_error(published: dt.date, text: str) -> None:
    kind, value = normalize(text, published, tense="future" if "next" in text else "past")
    assert kind in {"DATE", "DURATION", "SET", "TIME"}
    assert value is None or isinstance(value, str)
