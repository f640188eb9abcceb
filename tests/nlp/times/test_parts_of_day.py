"""eventwire_times: "the night of March 3", "the early hours of Sunday" are that day."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventwire.nlp.times import timex

# A Thursday.
PUBLISHED = dt.date(2026, 12, 3)


def _times(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return [(t.text, t.type, t.value) for t in nlp(doc)._.ew_times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Militants attacked an army base in the early hours of Sunday, the army said.",
            [("the early hours of Sunday", "DATE", "2026-11-29")],
        ),
        (
            "The riots erupted on the night of November 28 and spread.",
            [("the night of November 28", "DATE", "2026-11-28")],
        ),
        (
            "Rebels shelled the town in the small hours of Tuesday.",
            [("the small hours of Tuesday", "DATE", "2026-12-01")],
        ),
    ],
)
def test_times_part_of_day_of_a_day_is_that_day(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _times(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the early hours of Sunday", "2026-11-29"),
        ("the evening of Sunday", "2026-11-29"),
        ("the wee hours of Friday", "2026-11-27"),
    ],
)
def test_timex_part_of_day_of_a_day(text: str, value: str) -> None:
    assert timex.normalize(text, PUBLISHED, "past") == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police dispersed the rally at dawn on Tuesday.",
            [("dawn", "TIME", "2026-12-01TMO"), ("Tuesday", "DATE", "2026-12-01")],
        ),
    ],
)
def test_times_part_of_day_alone_is_on_the_day_told_after_it(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _times(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("dawn", "2026-11-30TMO"), ("the evening", "2026-11-30TEV")],
)
def test_timex_part_of_day_alone_is_the_last_days(text: str, value: str) -> None:
    assert timex.normalize(text, PUBLISHED, "past", dt.date(2026, 11, 30)) == ("TIME", value)
