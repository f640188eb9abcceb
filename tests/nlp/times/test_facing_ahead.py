"""eventwire_times: words that face ahead or back ("is due on the 20th", "could not be
reached"), impossible days, and a time its "of" opens."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from tests.nlp.times.told import PUBLISHED, values


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day due, in the present, is the next such day, not the last
        ("The payment is due on the 20th.", PUBLISHED, ("the 20th", "2026-12-20")),
        (
            "The first instalment is due on the 20th, the lender said.",
            PUBLISHED,
            ("the 20th", "2026-12-20"),
        ),
        # due in the past stays the last one
        ("The payment was due on the 20th.", PUBLISHED, ("the 20th", "2026-11-20")),
        # a denied "could" tells what was not done then
        ("The minister could not be reached on Wednesday.", PUBLISHED, ("Wednesday", "2026-12-02")),
        # but an affirmed one may still lie ahead
        (
            "The minister could meet the strikers on Wednesday.",
            PUBLISHED,
            ("Wednesday", "2026-12-09"),
        ),
    ],
)
def test_times_a_word_facing_ahead_or_back_picks_the_day(
    nlp: Language, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rebels attacked the town on the 30th of February.", "the 30th of February"),
        ("The vote was held on the 31st of April, officials said.", "the 31st of April"),
        ("Rebels attacked the town on February 30.", "February 30"),
    ],
)
def test_times_an_impossible_date_gives_no_day(nlp: Language, text: str, span: str) -> None:
    """Not "the 30th" of some month beside "February": one expression, no day."""
    found = values(nlp, text)
    assert found == [(span, None)]


def test_times_a_possible_date_told_with_of_keeps_its_day(nlp: Language) -> None:
    assert values(nlp, "Rebels attacked the town on the 28th of February.") == [
        ("the 28th of February", "2026-02-28")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The movement began in the summer of 2022 and peaked that autumn.",
            [("the summer of 2022", "2022-SU"), ("that autumn", "2022-FA")],
        ),
        (
            "The drought was at its worst in the winter of 2024-25.",
            [("the winter of 2024-25", "2024-WI")],
        ),
        (
            "The army retook the town in the spring of last year.",
            [("the spring of last year", "2025-SP")],
        ),
        (
            "The reform will not take effect until October of next year.",
            [("October of next year", "2027-10")],
        ),
    ],
)
def test_times_a_time_its_of_opens_is_one_expression(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(nlp, text) == expected


def test_times_that_before_a_verb_is_no_season(nlp: Language) -> None:
    assert values(nlp, "Shares that fall sharply are halted for an hour.") == [("an hour", "PT1H")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of the month told after a month is that month's
        (
            "Aid workers were attacked twice in October: on the 3rd and on the 17th.",
            ("the 17th", "2026-10-17"),
        ),
        (
            "Rebels attacked the town in November. The army struck back on the 28th.",
            ("the 28th", "2026-11-28"),
        ),
        # but not a month long past, nor a day of it still to come
        (
            "The company was founded in March 1998. Workers struck on the 12th, police said.",
            ("the 12th", "2026-11-12"),
        ),
        (
            "Talks stalled earlier this month. On the 20th, the union will strike.",
            ("the 20th", "2026-12-20"),
        ),
    ],
)
def test_times_a_day_of_the_month_after_a_month_told_is_that_months(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The protests began on a Friday in late October.", ("Friday", None)),
        # a weekday that tells which deadline is a day
        ("The union set a Friday deadline for the talks.", ("Friday", "2026-11-27")),
        ("Police arrested a man on Friday.", ("Friday", "2026-11-27")),
    ],
)
def test_times_some_weekday_is_no_day(
    nlp: Language, text: str, expected: tuple[str, str | None]
) -> None:
    assert expected in values(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The vote is slated for Monday.", "The talks are slated to resume on Monday."],
)
def test_times_slated_sets_a_day_ahead(nlp: Language, text: str) -> None:
    """The lemmatiser reads "slated" as "slat": the "-ed" form still tells a day ahead."""
    assert ("Monday", "2026-12-07") in values(nlp, text)
