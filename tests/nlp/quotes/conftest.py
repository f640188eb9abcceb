"""Shared fixtures of the quote stage's tests: the bare parser and the training scripts."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest
import spacy

from eventwire.nlp.pipeline import load_base

SCRIPTS = Path(__file__).resolve().parents[3] / "scripts"


def script_module(name: str) -> ModuleType:
    """A script of ``scripts/`` imported as a module (the scripts import their neighbours by
    name, so the folder is on the path while it loads)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(SCRIPTS))


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return load_base()
