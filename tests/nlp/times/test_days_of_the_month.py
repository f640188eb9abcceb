"""eventwire_times: a day of the month told without its month ("on the 12th"), not an ordinal
that ranks a noun ("the 12th floor"), and "this Friday" told in the future."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from eventwire.nlp.times.timex import normalize

# A Monday early in December.
PUBLISHED = dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        # the latest such day not after publication, or the first not before it
        ("the 12th", "past", "2026-11-12"),
        ("the 12th", "future", "2026-12-12"),
        ("the 3rd", "past", "2026-12-03"),
        # November has no 31st: the one before it
        ("the 31st", "past", "2026-10-31"),
    ],
)
def test_times_a_day_of_the_month_alone(text: str, tense: str, expected: str) -> None:
    assert normalize(text, PUBLISHED, tense) == ("DATE", expected)


def test_times_a_day_of_the_month_alone_without_publication() -> None:
    assert normalize("the 12th", None, "past") == ("DATE", None)


@pytest.mark.parametrize(
    ("tense", "expected"),
    [
        # the Friday still to come, though the one just past is nearer
        ("future", "2026-12-11"),
        # otherwise the nearest
        ("present", "2026-12-04"),
        ("past", "2026-12-04"),
    ],
)
def test_times_this_weekday_told_in_the_future_lies_ahead(tense: str, expected: str) -> None:
    assert normalize("this Friday", PUBLISHED, tense) == ("DATE", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police post on the 12th floor of the building.",
        "Soldiers of the 3rd battalion were sent north.",
    ],
)
def test_times_an_ordinal_ranking_a_noun_is_no_day(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    assert not [t for t in nlp(doc)._.ew_times if t.text.lower().startswith("the ")]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels were attacked on the 12th, officials said.",
        # a plural after the day is the subject of what follows, not a ranked noun
        "On the 12th troops opened fire on protesters.",
    ],
)
def test_times_a_day_of_the_month_alone_is_a_day(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    assert ("the 12th", "2026-11-12") in [(t.text, t.value) for t in nlp(doc)._.ew_times]
