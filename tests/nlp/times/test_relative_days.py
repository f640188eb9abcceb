"""eventwire_times: days a deed was done on just after publication, days counted with nothing
to count from, and a lowercase "march"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.times.told import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day after publication: a deed done where that day had begun, not a year back
        ("Police arrested three men on Dec. 4, a spokesman said.", ("Dec. 4", "2026-12-04")),
        ("The envoy was expelled on Dec. 4.", ("Dec. 4", "2026-12-04")),
        # two days after is no time-zone slip: a year back
        ("Police arrested three men on Dec. 5, a spokesman said.", ("Dec. 5", "2025-12-05")),
    ],
)
def test_times_a_deed_done_the_day_after_publication(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)


def test_times_days_later_with_no_day_to_count_from_are_not_ahead(nlp: Language) -> None:
    # "late October" tells no day to count a week from; the publication date is no anchor for
    # a deed done "a week later"
    text = "The president dissolved parliament in late October. A week later, crowds protested."
    found = dict(values(nlp, text))
    assert found.get("A week later") is None


def test_times_a_lowercase_march_is_no_month(nlp: Language) -> None:
    found = values(nlp, "Police will disperse anyone who joins the march on Dec. 10.")
    assert [t for t, _ in found] == ["Dec. 10"]


def test_times_days_later_still_count_from_a_day_told(nlp: Language) -> None:
    text = "Troops entered the town on Nov. 10. Two days later, they withdrew."
    assert ("Two days later", "2026-11-12") in values(nlp, text)
