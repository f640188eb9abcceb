"""Shared fixtures of the places tests: a blank English pipeline and Docs with given entities."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.places.component import PlacesComponent


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def make_doc(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """A Doc of ``text`` whose entities are the given (surface, label) pairs, in text order;
    a surface repeated in the list is found at its next occurrence."""
    doc = nlp(text)
    spans, pos = [], 0
    for surface, label in ents:
        start = text.index(surface, pos)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
        pos = start + len(surface)
    doc.ents = spans
    return doc


def mentions(component: PlacesComponent, doc: Doc) -> dict[str, str]:
    """Mention text → place name, after the component has run on ``doc``."""
    return {m.text: p.name for p in component(doc)._.ew_places for m in p.mentions}
