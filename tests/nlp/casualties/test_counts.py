"""How many people a phrase stands for (``casualties.counts``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.casualties.counts import single_count
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        # A number of people counts them ...
        ("Two of the guards survived.", "Two", 2),
        ("Three out of the five hikers were hurt.", "Three", 3),
        # ... a number of things or animals counts no one.
        ("Two of the cars were hit.", "Two", None),
        ("Four out of the six puppies survived.", "Four", None),
    ],
)
def test_counts_single_count_of_a_group(
    nlp: Language, text: str, number: str, expected: int | None
) -> None:
    doc = nlp(text)
    count = single_count(next(t for t in doc if t.text == number))
    assert (count.min if count is not None else None) == expected
