"""Resolution evidence from the words between two places: "X, people from Y" is no
"Paris, Texas" qualifier."""

from __future__ import annotations

import pytest

from eventwire.nlp.places.resolve import qualifiers

_PLACES = {"Paris", "Texas", "Dayton", "Ohio", "Washington", "Virginia", "Lyon", "Geneva"}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Paris , Texas , said", {"paris": {"texas"}}),
        ("Dayton , in southwestern Ohio", {"dayton": {"ohio"}}),
        ("In Washington , lawmakers from Virginia spoke", {}),
        ("Trains ran from Lyon , then to Geneva", {}),
    ],
)
def test_name_evidence_qualifiers(words: str, expected: dict[str, set[str]]) -> None:
    texts = words.split()
    spots = [(i, i + 1, t.lower()) for i, t in enumerate(texts) if t in _PLACES]
    assert qualifiers(texts, spots) == expected
