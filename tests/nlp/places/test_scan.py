"""The scan's dateline cue, read straight off the tokens (no NER, no gazetteer), and its
bare-possessive guard on a hand-made Doc with an in-memory gazetteer."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
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


DALLAS = GazEntry(1, "Dallas", 32.78, -96.81, "USA", "Texas", "PPLA2", 1_300_000, "city")
ORLEY = GazEntry(6, "Orley", 38.9, -77.3, "USA", "Virginia", "PPL", 2_500, "city")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans ate at Orley's, near the Dallas stadium.", ["Dallas"]),  # a shop or a home
        ("Fans went to Dallas and ate at Orley's to celebrate.", ["Dallas"]),
        ("Fans went to Dallas and met at Orley's main square.", ["Dallas", "Orley"]),  # the town's
        ("Fans went to Dallas and ate at Orley on Friday.", ["Dallas", "Orley"]),
    ],
)
def test_scan_a_bare_possessive_names_no_town(text: str, expected: list[str]) -> None:
    component = PlacesComponent(gazetteer=MemoryGazetteer([DALLAS, ORLEY]))
    doc = component(make_doc(NLP, text, [("Dallas", "GPE")]))
    spans = sorted((m for p in doc._.ew_places for m in p.mentions), key=lambda m: m.start)
    assert [m.text for m in spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO-led peacekeepers were deployed around the buildings.", []),
        ("Police in NYC arrested two men on Friday.", ["New York City"]),
    ],
)
def test_scan_an_organisations_acronym_is_no_namesake_town(
    run_text: Any, text: str, expected: list[str]
) -> None:
    assert [p.name for p in run_text(text).places] == expected
