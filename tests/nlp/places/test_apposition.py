"""An appositive with a place noun calls the name before it a place the NER missed: "X, a
village in Y", "X, a town west of Y"."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from eventwire.nlp.places.scan import View, apposed_place

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Orley, a village in eastern Utah, voted on Monday.", "Orley", True),
        ("They played Orley, a town west of Provo, on Friday.", "Orley", True),
        ("Orley, a city councilman, voted no.", "Orley", False),  # a person's title
        ("Orley, the village clerk, said so.", "Orley", False),
        ("Orley said a village in Utah voted.", "Orley", False),  # no comma
    ],
)
def test_an_appositive_with_a_place_noun_calls_the_name_a_place(
    text: str, name: str, expected: bool
) -> None:
    v = View(NLP(text))
    assert apposed_place(v, v.texts.index(name) + 1) is expected


def test_a_town_named_in_an_appositive_is_a_place(run_text: Any) -> None:
    result = run_text(
        "Valemount, a village in eastern British Columbia, is studying a geothermal plant."
    )
    found = {m.text: (p.name, p.admin1) for p in result.places for m in p.mentions}
    assert found["Valemount"] == ("Valemount", "British Columbia")


def test_a_person_with_a_civic_title_is_no_place(run_text: Any) -> None:
    result = run_text("Jackson, a city councilman, voted against the budget in Dayton, Ohio.")
    assert "Jackson" not in {m.text for p in result.places for m in p.mentions}
