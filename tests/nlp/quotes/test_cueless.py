"""Attributions without a cue word of saying (``quotes.cueless``)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.extract import extract
from eventwire.nlp.quotes.cueless import transcript_label


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("JAKE TAPPER", True),  # a transcript's speaker
        ("Q", True),
        ("UPDATE", False),  # a section label, no speaker
        ("Jake Tapper", False),  # not in capitals
    ],
)
def test_transcript_label(label: str, expected: bool) -> None:
    doc = spacy.blank("en")(label)
    assert transcript_label(list(doc)) is expected


def test_according_to_attributes_the_clause_to_its_source() -> None:
    text = "The dam will be finished next spring, according to the water ministry."
    [quote] = extract(text, "2024-03-01").quotes
    assert quote.speaker_span is not None and quote.speaker_span.text.endswith("ministry")
    assert quote.content.text.startswith("The dam will be finished")
