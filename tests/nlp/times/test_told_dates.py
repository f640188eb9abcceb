"""eventwire_times: days of a month a deed was done on, and weeks or months told after a day."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from tests.nlp.times.told import PUBLISHED, values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day a deed was done on, told in the simple past, lies before publication,
        # however far back; the nearest Jan. 5 would be next month's
        ("The mayor declared a state of emergency on Jan. 5.", ("Jan. 5", "2026-01-05")),
        ("A state of emergency was declared on January 5.", ("January 5", "2026-01-05")),
        ("The council dissolved itself Jan. 5, its chairman said.", ("Jan. 5", "2026-01-05")),
        # so does the day a participle after its noun tells ("a record set on ...")
        ("Shares are near the record high set on Dec. 28.", ("Dec. 28", "2025-12-28")),
        # one under "will" lies ahead
        ("The mayor will declare a state of emergency on Jan. 5.", ("Jan. 5", "2027-01-05")),
        # a day told without a deed keeps the nearest reading
        ("The deadline is Jan. 5.", ("Jan. 5", "2027-01-05")),
        # a day set for something to come is that thing's, whatever the verb's tense
        ("The council scheduled a vote on Jan. 10.", ("Jan. 10", "2027-01-10")),
        # but a deed done with a verb that may also schedule is past ("moved into the town")
        ("Fighters moved into the town on Jan. 10.", ("Jan. 10", "2026-01-10")),
    ],
)
def test_times_a_day_a_deed_was_done_on_is_before_publication(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    published = dt.date(2026, 2, 6) if "record high" in text else PUBLISHED
    assert expected in values(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers blocked the highway on Nov. 12. By the end of the week, police had"
            " detained 30 of them.",
            ("the end of the week", "2026-W46"),
        ),
        (
            "Farmers blocked the highway on Oct. 12. By the end of the month, police had"
            " detained 30 of them.",
            ("the end of the month", "2026-10"),
        ),
    ],
)
def test_times_a_week_told_in_the_past_after_an_earlier_day_is_that_days(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # still to come: the week of publication
        ("The council will vote by the end of the week.", ("the end of the week", "2026-W49")),
        # no earlier day told: the week of publication
        ("By the end of the week, police had detained 30.", ("the end of the week", "2026-W49")),
        # a day told long before is no anchor for the week
        (
            "The war began on Feb. 24, 2022. Police arrested 30 people during the week.",
            ("the week", "2026-W49"),
        ),
    ],
)
def test_times_a_week_with_no_earlier_day_is_publications(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)
