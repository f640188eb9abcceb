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
        ("June", "past", ("DATE", "2021-06")),
        # Eleven months back is too far for a past tense that is often misread ("payable Dec.
        # 11"): the nearest December wins. The future tense is read as written.
        ("December", "past", ("DATE", "2021-12")),
        ("December", "future", ("DATE", "2021-12")),
        ("last year", "past", ("DATE", "2020")),
        ("recent years", "past", ("DATE", "PAST_REF")),
        ("the coming months", "past", ("DATE", "FUTURE_REF")),
        ("the past three years", "past", ("DURATION", "P3Y")),
        ("years", "past", ("DURATION", "PXY")),
        ("three days", "past", ("DURATION", "P3D")),
        ("the past nine days", "past", ("DURATION", "P9D")),
        # A report's span of months, counted with "the" ("for the nine months").
        ("the nine months", "past", ("DURATION", "P9M")),
        ("the 12 months", "past", ("DURATION", "P12M")),
        ("the weeks", "past", ("DATE", None)),
        ("two hours", "past", ("DURATION", "PT2H")),
        ("a decade", "past", ("DURATION", "P10Y")),
        # A half is one duration, not two parts split at "and" that are no time.
        ("six and a half years", "past", ("DURATION", "P6.5Y")),
        ("three-and-a-half years", "past", ("DURATION", "P3.5Y")),
        ("a year and a half", "past", ("DURATION", "P1.5Y")),
        ("an hour and a half", "past", ("DURATION", "PT1H30M")),
        ("a minute and a half", "past", ("DURATION", "PT1M30S")),
        ("half an hour", "past", ("DURATION", "PT30M")),
        ("half a century", "past", ("DURATION", "P50Y")),
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
        ("December 11", "past", ("DATE", "2021-12-11")),
        ("August 11", "past", ("DATE", "2021-08-11")),
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


# A Tuesday the story has got to ("On October 12 ..."), weeks before publication.
TOLD = dt.date(2021, 10, 12)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # Told of a day, the story's "morning", "evening" and "night" are that day's or a
        # neighbour's; without one they count from publication, as "the next day" does.
        ("the next morning", TOLD, ("TIME", "2021-10-13TMO")),
        ("next morning", TOLD, ("TIME", "2021-10-13TMO")),
        ("the following evening", TOLD, ("TIME", "2021-10-13TEV")),
        ("the following night", TOLD, ("TIME", "2021-10-13TNI")),
        ("the previous afternoon", TOLD, ("TIME", "2021-10-11TAF")),
        ("that evening", TOLD, ("TIME", "2021-10-12TEV")),
        ("that morning", TOLD, ("TIME", "2021-10-12TMO")),
        ("later that night", TOLD, ("TIME", "2021-10-12TNI")),
        ("that same night", TOLD, ("TIME", "2021-10-12TNI")),
        ("the night before", TOLD, ("TIME", "2021-10-11TNI")),
        ("the morning after", TOLD, ("TIME", "2021-10-13TMO")),
        ("the next morning", None, ("TIME", "2021-11-08TMO")),
        ("that evening", None, ("TIME", "2021-11-07TEV")),
        ("the night before", None, ("TIME", "2021-11-06TNI")),
        # "That Friday": the first Friday from the day told of (that day itself if a Friday);
        # with no day told of, a weekday like any other.
        ("that Friday", TOLD, ("DATE", "2021-10-15")),
        ("that Tuesday", TOLD, ("DATE", "2021-10-12")),
        ("that Monday", TOLD, ("DATE", "2021-10-18")),
        ("that Friday night", TOLD, ("TIME", "2021-10-15TNI")),
        ("that Friday", None, ("DATE", "2021-11-05")),
        # The days around the day told of, else around publication.
        ("the day before", TOLD, ("DATE", "2021-10-11")),
        ("the previous day", TOLD, ("DATE", "2021-10-11")),
        ("the day after", TOLD, ("DATE", "2021-10-13")),
        ("a day earlier", TOLD, ("DATE", "2021-10-11")),
        ("the day after", None, ("DATE", "2021-11-08")),
        ("a day earlier", None, ("DATE", "2021-11-06")),
    ],
)
def test_timex_normalize_counts_from_the_day_the_story_has_got_to(
    text: str, anchor: dt.date | None, expected: tuple[str, str]
) -> None:
    assert normalize(text, PUBLISHED, "past", anchor=anchor) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("the next morning", None, ("TIME", None)),
        ("that evening", None, ("TIME", None)),
        ("the night before", None, ("TIME", None)),
        ("that Friday", None, ("DATE", None)),
        ("the day before", None, ("DATE", None)),
        # A day told of needs no publication date.
        ("the next morning", TOLD, ("TIME", "2021-10-13TMO")),
        ("that Friday", TOLD, ("DATE", "2021-10-15")),
        ("the day before", TOLD, ("DATE", "2021-10-11")),
    ],
)
def test_timex_normalize_story_days_without_publication_date(
    text: str, anchor: dt.date | None, expected: tuple[str, str | None]
) -> None:
    assert normalize(text, None, "past", anchor=anchor) == expected


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        ("that weekend", "2021-10-12", "2021-W41-WE"),
        ("that weekend", "2021-10", "2021-W44-WE"),  # a month says no week: the last one
        ("that weekend", None, "2021-W44-WE"),
        ("later that month", "2021-10-12", "2021-10"),
        ("earlier that year", "2019-10-12", "2019"),
        ("the previous week", "2021-10-12", "2021-W40"),
        ("the year after", "2019-10-12", "2020"),
        ("the month after", "2021-03", "2021-04"),
    ],
)
def test_timex_normalize_units_of_the_date_the_story_has_got_to(
    text: str, last: str | None, expected: str
) -> None:
    assert normalize(text, PUBLISHED, "past", last=last) == ("DATE", expected)


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


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("third-quarter", dt.date(2021, 11, 2), "future", "2021-Q3"),
        ("the fourth quarter", dt.date(2022, 2, 10), "past", "2021-Q4"),
        ("the fourth quarter", dt.date(2022, 2, 10), "future", "2022-Q4"),
        ("its fiscal first quarter", dt.date(2021, 11, 2), "past", "2021-Q1"),
        ("the 2019 second quarter", dt.date(2021, 11, 2), "past", "2019-Q2"),
        ("the latest quarter", dt.date(2021, 11, 2), "past", "2021-Q3"),
        ("the quarter", dt.date(2021, 11, 2), "future", "2021-Q4"),
        ("a year ago", dt.date(2021, 11, 2), "past", "2020"),
        ("year-earlier", dt.date(2021, 11, 2), "past", "2020"),
        ("the year-earlier third quarter", dt.date(2021, 11, 2), "past", "2020-Q3"),
    ],
)
def test_timex_normalize_quarters(text: str, published: dt.date, tense: str, expected: str) -> None:
    assert normalize(text, published, tense) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "period", "last", "expected"),
    [
        ("the quarter", "2021-Q2", None, "2021-Q2"),
        ("the latest period", "2021-Q2", None, "2021-Q2"),
        ("the 2020 quarter", "2021-Q2", None, "2020-Q2"),
        ("a year earlier", "2021-Q2", None, "2020-Q2"),
        ("the year-ago quarter", "2021-Q2", "2021-06-30", "2020-Q2"),
        ("a year earlier", None, "2021-06-15", "2020-06-15"),
        ("a year earlier", None, "2021-06", "2020"),
        ("two years earlier", None, "2020-02-29", "2018-02-28"),
        ("the following month", None, "2021-03", "2021-04"),
        ("the previous week", None, "2021-03-10", "2021-W09"),
        ("that year", None, "1988", "1988"),
        ("the year before", None, "2009", "2008"),
        ("the following month", None, "2021", "2021-12"),  # a year says no month: publication's
        ("the same period last year", "2021-Q2", "2021-06-30", "2020-Q2"),
        ("the same period a year earlier", None, "2021-03", "2020-03"),
        ("the same month a year ago", None, "2021-03-14", "2020-03"),
        ("the same quarter last year", None, "2021-08-02", "2020-Q3"),
        ("the same time last year", None, "2021-10-05", "2020-10-05"),
        ("the same period last year", None, None, "2020"),  # nothing named: last year
    ],
)
def test_timex_normalize_counts_from_dates_mentioned_before(
    text: str, period: str | None, last: str | None, expected: str
) -> None:
    assert normalize(text, PUBLISHED, "past", period=period, last=last) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # A bare date read in the past tense that would lie most of a year back is the coming one.
        ("Nov. 20", dt.date(2021, 11, 2), "past", ("DATE", "2021-11-20")),
        ("Aug. 6", dt.date(2022, 2, 6), "past", ("DATE", "2021-08-06")),
        ("March", dt.date(2021, 2, 10), "past", ("DATE", "2021-03")),
        # A weekday six days off when tomorrow or yesterday fits: the tense was misread.
        # Six days off with tomorrow or yesterday the other reading: a present tense flips,
        # an explicit past or future tense is kept ("demonstrated on Saturday").
        ("Saturday", dt.date(2021, 11, 5), "present", ("DATE", "2021-11-06")),
        ("Saturday", dt.date(2021, 11, 5), "past", ("DATE", "2021-10-30")),
        ("Wednesday", dt.date(2021, 11, 4), "future", ("DATE", "2021-11-10")),
        ("Tuesday", dt.date(2021, 11, 4), "future", ("DATE", "2021-11-09")),
        ("this summer", dt.date(2021, 3, 22), "past", ("DATE", "2021-SU")),
        ("this summer", dt.date(2021, 10, 22), "past", ("DATE", "2021-SU")),
        ("the winter of 1994", dt.date(2021, 3, 22), "past", ("DATE", "1994-WI")),
        ("Thanksgiving", PUBLISHED, "past", ("DATE", "2020-11-26")),
        ("Memorial Day 2021", PUBLISHED, "past", ("DATE", "2021-05-31")),
        ("Election Day", dt.date(2020, 10, 20), "future", ("DATE", "2020-11-03")),
        ("nineteen ninety-one", PUBLISHED, "past", ("DATE", "1991")),
        ("the winter of nineteen ninety-four", PUBLISHED, "past", ("DATE", "1994-WI")),
        ("the year two thousand", PUBLISHED, "past", ("DATE", "2000")),
        ("twenty-five years", PUBLISHED, "past", ("DURATION", "P25Y")),
    ],
)
def test_timex_normalize_calendar_readings(
    text: str, published: dt.date, tense: str, expected: tuple[str, str]
) -> None:
    assert normalize(text, published, tense) == expected


def test_timex_iso_week_keeps_four_digit_year_at_year_one() -> None:
    # Regression: weeks of year 1 were written "1-W02", not TIMEX3's "0001-W02".
    assert normalize("this week", dt.date(1, 1, 10)) == ("DATE", "0001-W02")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Regression: "the '80s" in a 1989 article was read as the 2080s ("208").
        ("the '80s", dt.date(1989, 10, 26), "198"),
        ("the '90s", dt.date(2015, 1, 1), "199"),
        ("the '10s", dt.date(2015, 1, 1), "201"),
        ("the '00s", dt.date(2009, 6, 1), "200"),
        ("the '20s", None, "202"),
        ("the '60s", None, "196"),
        # Regression: "the early '90s" in a 1989 article was read as the 1890s ("189").
        ("the early '90s", dt.date(1989, 10, 26), "199"),
    ],
)
def test_timex_two_digit_decades_are_the_latest_begun_by_publication(
    text: str, published: dt.date | None, expected: str
) -> None:
    assert normalize(text, published) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the first half of 2019", "2019-H1"),
        ("the second half of 2019", "2019-H2"),
        ("the last half of 2003", "2003-H2"),
        ("the first two quarters of 2022", "2022-H1"),
        ("the second half of next year", "2022-H2"),
        # A half of something other than a year keeps that thing's value.
        ("the last half of the '70s", "197"),
        ("the first half of March", "2021-03"),
        # Unchanged: a bare half is as often a match's as a year's.
        ("the first half", None),
        ("the second half of the game", None),
    ],
)
def test_timex_normalize_halves_of_a_year(text: str, expected: str | None) -> None:
    assert normalize(text, PUBLISHED, "past") == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("the week of March 8", "future", "2022-W10"),
        ("the week of Oct. 4", "past", "2021-W40"),
        ("the weekend of Oct. 9", "past", "2021-W40-WE"),
        ("the week of June 7, 2010", "past", "2010-W23"),
        # Unchanged: a week of no day is not dated, a bare week is the current one.
        ("the week of the vote", "past", None),
        ("this week", "past", "2021-W44"),
    ],
)
def test_timex_normalize_the_week_of_a_day(text: str, tense: str, expected: str | None) -> None:
    assert normalize(text, PUBLISHED, tense) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("the eighties", dt.date(1995, 4, 1), "198"),
        ("the nineties", dt.date(2015, 1, 1), "199"),
        ("the twenties", dt.date(2015, 1, 1), "192"),
        ("the twenties", None, "202"),
        ("the 1960s", dt.date(2015, 1, 1), "196"),  # unchanged
    ],
)
def test_timex_decades_in_words_are_the_latest_begun_by_publication(
    text: str, published: dt.date | None, expected: str
) -> None:
    assert normalize(text, published) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at present", "PRESENT_REF"),
        ("at the moment", "PRESENT_REF"),
        ("the present", "PRESENT_REF"),
        ("previously", "PAST_REF"),
        ("now", "PRESENT_REF"),  # unchanged
    ],
)
def test_timex_normalize_present_and_past_references(text: str, expected: str) -> None:
    assert normalize(text, PUBLISHED, "past") == ("DATE", expected)


@pytest.mark.parametrize(
    "text",
    [
        "eighties",  # "a man in his eighties": an age, not the 1980s
        "his eighties",
    ],
)
def test_timex_decade_words_need_the_article(text: str) -> None:
    assert normalize(text, dt.date(1995, 4, 1))[1] != "198"


def test_timex_a_half_of_a_split_year_is_no_half_of_its_first() -> None:
    # the second half of the 2009-10 season or fiscal year lies in 2010
    assert normalize("the second half of 2009-10", dt.date(2010, 5, 7))[1] != "2009-H2"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October last year", "2020-10"),
        ("in October last year", "2020-10"),
        ("October of last year", "2020-10"),
        ("last December", "2020-12"),
        ("March this year", "2021-03"),
        ("March of this year", "2021-03"),
        ("February next year", "2022-02"),
    ],
)
def test_timex_normalize_month_of_a_year_named_relatively(text: str, expected: str) -> None:
    assert normalize(text, PUBLISHED) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "anchor", "last", "expected"),
    [
        # A day mentioned before (Tuesday 2021-03-02) anchors "the following"/"previous" weekday.
        ("the following Monday", dt.date(2021, 3, 2), "2021-03-02", "2021-03-08"),
        ("the following Tuesday", dt.date(2021, 3, 2), "2021-03-02", "2021-03-09"),
        ("the previous Friday", dt.date(2021, 3, 2), "2021-03-02", "2021-02-26"),
        # Nothing said before: the bare weekday by tense, not the day after publication.
        ("the following Monday", None, None, "2021-11-01"),
        # Months and years on from the last date mentioned, at the unit's precision.
        ("two months later", None, "2019-03", "2019-05"),
        ("a month later", dt.date(2020, 12, 14), "2020-12-14", "2021-01"),
        ("three months earlier", None, "2019-02", "2018-11"),
        ("a year later", None, "2016", "2017"),
        ("two years later", dt.date(2016, 5, 1), "2016-05-01", "2018"),
    ],
)
def test_timex_normalize_counts_on_from_the_date_the_story_has_named(
    text: str, anchor: dt.date | None, last: str | None, expected: str
) -> None:
    assert normalize(text, PUBLISHED, "past", anchor, last=last) == ("DATE", expected)


def test_timex_normalize_later_past_publication_has_no_value() -> None:
    # The last date was when something was said ("said on Monday, 2021-11-01, it had retaken
    # the town two months later"): January 2022 would be after publication.
    found = normalize("two months later", PUBLISHED, "past", None, last="2021-11-01")
    assert found == ("DATE", None)


@pytest.mark.parametrize("last", [None, "2019"])
def test_timex_normalize_months_later_without_a_month_named_is_unknown(last: str | None) -> None:
    assert normalize("two months later", PUBLISHED, "past", None, last=last) == ("DATE", None)


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        # "prior" is "previous": from the last date mentioned, else from publication.
        ("the prior year", None, ("DATE", "2020")),
        ("the prior year", "2019-06", ("DATE", "2018")),
        ("the prior quarter", "2021-Q3", ("DATE", "2021-Q2")),
        # A run of days in one month starts on its first ("March 3-4" was once read "3-4",
        # the fourth of March).
        ("March 3-4", None, ("DATE", "2021-03-03")),
        ("Oct. 24 and 25", None, ("DATE", "2021-10-24")),
    ],
)
def test_timex_normalize_prior_and_runs_of_days(
    text: str, last: str | None, expected: tuple[str, str]
) -> None:
    assert normalize(text, PUBLISHED, last=last) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Regression: two-digit years before 2000 were read in the 2000s ("'82" in 1989 → 2082).
        ("'82", dt.date(1989, 10, 26), "1982"),
        ("10/26/89", dt.date(1989, 10, 27), "1989-10-26"),
        ("'22", dt.date(2021, 11, 7), "2022"),
        ("'23", dt.date(2021, 11, 7), "1923"),
        ("'05", None, "2005"),
    ],
)
def test_timex_two_digit_years_in_the_century_of_publication(
    text: str, published: dt.date | None, expected: str
) -> None:
    assert normalize(text, published) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "last", "expected"),
    [
        # "The following week ... That Friday": the Friday of the week told of.
        ("that Friday", "2021-W42", ("DATE", "2021-10-22")),
        ("that Monday", "2021-W42", ("DATE", "2021-10-18")),
        # A day told of: the first such weekday from it.
        ("that Friday", "2021-10-12", ("DATE", "2021-10-15")),
        # "the same week", "the day after that": counted from what the story told of.
        ("the same week", "2021-10-12", ("DATE", "2021-W41")),
        ("the same month", "2021-10-12", ("DATE", "2021-10")),
        ("the day after that", "2021-10-12", ("DATE", "2021-10-13")),
        ("the day before that", "2021-10-12", ("DATE", "2021-10-11")),
        ("three days afterwards", "2021-10-12", ("DATE", "2021-10-15")),
    ],
)
def test_timex_normalize_counts_from_what_was_told(
    text: str, last: str, expected: tuple[str, str]
) -> None:
    anchor = dt.date.fromisoformat(last) if len(last) == 10 else None
    assert normalize(text, PUBLISHED, "past", anchor=anchor, last=last) == expected
