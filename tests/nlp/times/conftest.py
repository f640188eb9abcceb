"""Fixtures of the times stage's tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The configured model with the times component alone."""
    model = load_base()
    model.add_pipe("eventwire_times")
    return model
