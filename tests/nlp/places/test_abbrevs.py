"""Abbreviations a gazetteer entry must not take (``places.abbrevs``)."""

from __future__ import annotations

import pytest

from eventwire.nlp.places.abbrevs import misread_abbreviation
from eventwire.nlp.places.gazetteer import GazEntry


def _e(name: str, kind: str, code: str) -> GazEntry:
    return GazEntry(1, name, 0.0, 0.0, "USA", None, code, 10_000, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "entry", "misread"),
    [
        ("EU", _e("Eu", "city", "PPL"), True),  # an acronym, not the town of Eu
        ("NYC", _e("New York City", "city", "PPL"), False),  # the city's own abbreviation
        ("P.A.", _e("Pennsylvania", "admin1", "ADM1"), True),  # a firm's legal form
        ("Pa.", _e("Pennsylvania", "admin1", "ADM1"), False),  # the state's short form
        ("PA", _e("Pennsylvania", "admin1", "ADM1"), False),  # its postal code
        ("N.Y.", _e("New York", "admin1", "ADM1"), False),  # initials of two words
        ("D.C.", _e("Washington", "city", "PPLC"), False),  # the capital by its district
    ],
)
def test_misread_abbreviation(text: str, entry: GazEntry, misread: bool) -> None:
    assert misread_abbreviation(text, entry) is misread
