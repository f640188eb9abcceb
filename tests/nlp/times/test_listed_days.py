"""eventwire_times: "on the 5th" that the NER misses, and an ordinal day after a day told."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.nlp.times.told import values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition will hold a rally in Lusaka on the 5th.", ("the 5th", "2026-12-05")),
        ("Protesters plan a march on the 5th.", ("the 5th", "2026-12-05")),
        ("Rebels seized the town on the 28th.", ("the 28th", "2026-11-28")),
    ],
)
def test_times_an_ordinal_day_after_its_preposition_is_found(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)


def test_times_an_ordinal_ranking_a_noun_is_still_no_day(nlp: Language) -> None:
    assert values(nlp, "The blaze started on the 12th floor.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later day of the month of the day just told
        ("Rebels attacked the town on Nov. 20 and again on the 28th.", ("the 28th", "2026-11-28")),
        # an earlier day of that month is not it: the nearest past such day
        (
            "Rebels attacked the town on Nov. 28. On the 2nd, troops struck back.",
            ("the 2nd", "2026-12-02"),
        ),
    ],
)
def test_times_an_ordinal_day_after_a_day_told(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in values(nlp, text)
