"""Street names by their shape (no NER, no gazetteer)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.places.scan import View
from eventwire.nlp.places.streets import STREET, street_mentions

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire broke out on Oak Street on Monday.", ["Oak Street"]),
        ("He lived in the 300 block of North Birch Avenue.", ["North Birch Avenue"]),
        ("Police closed West 12th Street and Pine Lane.", ["West 12th Street", "Pine Lane"]),
        ("The shop at 12 Mill Rd. was robbed.", ["Mill Rd."]),
        ("The office is at 4 Elm St. in town.", ["Elm St."]),
        ("She flew to St. Louis on Friday.", []),  # a saint's town, not a street
        ("The Street was empty.", []),  # no name before the street word
        ("They walked down the road.", []),  # lower case: no name
    ],
)
def test_streets_found_by_shape(text: str, expected: list[str]) -> None:
    v = View(NLP(text))
    found = street_mentions(v)
    assert [v.text(m.start, m.end) for m in found] == expected
    assert all(m.label == STREET for m in found)
