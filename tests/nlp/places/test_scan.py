"""The scan's dateline cue, read straight off the tokens (no NER, no gazetteer)."""

from __future__ import annotations

import pytest
import spacy

from eventwire.nlp.places.scan import View, _opens_dateline

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("HOLBROOK (Reuters) — Crews worked overnight.", "HOLBROOK", True),  # opens the text
        ("  \nHOLBROOK — Crews worked overnight.", "HOLBROOK", True),  # first word after space
        ("Storm update\n\nHOLBROOK — Crews worked.", "HOLBROOK", True),  # opens a line
        ("Roads shut after storm. HOLBROOK — Crews worked.", "HOLBROOK", True),  # headline, dash
        ("Roads shut after storm. WEST HOLBROOK -- Crews worked.", "WEST", True),  # two words
        ("Roads shut after storm. HOLBROOK crews worked late.", "HOLBROOK", False),  # no dash
        ("Crews from HOLBROOK — and beyond — worked.", "HOLBROOK", False),  # mid-sentence
        ("Roads shut after storm. FBI — agents came.", "FBI", True),  # form only: gazetteer decides
        ("Roads shut after storm. US — agents came.", "US", False),  # too short
        ("Holbrook — Crews worked overnight.", "Holbrook", False),  # not in capitals
    ],
)
def test_scan_opens_dateline(text: str, word: str, expected: bool) -> None:
    v = View(NLP(text))
    assert _opens_dateline(v, v.texts.index(word)) is expected
