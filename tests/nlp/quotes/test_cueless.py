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


@pytest.mark.parametrize(
    ("text", "holder", "content"),
    [
        (
            "For many farmers in the valley, the new water rules are a threat to their land.",
            "many farmers",
            "the new water rules are a threat to their land",
        ),
        (
            "To its critics, the toll road is an expensive gift to a few developers.",
            "its critics",
            "the toll road is an expensive gift to a few developers",
        ),
    ],
)
def test_fronted_for_or_to_frames_the_clause_as_a_view(
    text: str, holder: str, content: str
) -> None:
    [quote] = extract(text, "2024-03-01").quotes
    assert quote.speaker_span is not None and quote.speaker_span.text == holder
    assert quote.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        "For years, the old mill has employed most of the town.",  # a time, no one
        "The deal came too late for the growers, who had already sold their crops.",  # not fronted
    ],
)
def test_for_phrase_without_a_fronted_holder_is_no_view(text: str) -> None:
    assert not extract(text, "2024-03-01").quotes
