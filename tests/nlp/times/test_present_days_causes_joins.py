"""eventwire_times: "the 14th" in the present is not bound to a month told before, a time told
of a cause ("due to a strike on the 22nd") does not face ahead, and a time joined to what its
"of" opens keeps a value its first part had."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.times.told import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present: the next such day, whatever month was told before
        (
            "In September, exports fell 4 percent. The council meets again on the 14th.",
            ("the 14th", "2026-12-14"),
        ),
        (
            "Inflation slowed last month. The central bank meets on the 16th.",
            ("the 16th", "2026-12-16"),
        ),
        # the past: that day of the month just told
        (
            "Rebels attacked the town twice in September: on the 4th and on the 19th.",
            ("the 19th", "2026-09-19"),
        ),
    ],
)
def test_times_a_day_of_the_month_in_the_present_is_not_the_month_told(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "due to" a cause: the time is the cause's, told in the past
        ("The closure is due to a strike on the 22nd, the union said.", ("the 22nd", "2026-11-22")),
        # "due to" do something: still ahead
        (
            "The new bridge is due to open on the 22nd, the agency said.",
            ("the 22nd", "2026-12-22"),
        ),
    ],
)
def test_times_due_to_a_cause_does_not_face_ahead(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joined, the span would lose the nine months: the parts stay apart
        (
            "Revenue rose in the first nine months of the preceding fiscal year, the firm said.",
            [("the first nine months", "P9M"), ("the preceding fiscal year", None)],
        ),
        # joined with a value, or a first part with none: one expression
        (
            "The drought began in the summer of 2022 and peaked that autumn.",
            [("the summer of 2022", "2022-SU"), ("that autumn", "2022-FA")],
        ),
        (
            "The plant will reopen in October of next year, the company said.",
            [("October of next year", "2027-10")],
        ),
    ],
)
def test_times_a_join_of_keeps_the_value_of_its_first_part(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert values(nlp, text) == expected
