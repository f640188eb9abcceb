"""Quotation marks, titles and names given to things (``quotes.marks``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.nlp.quotes.marks import designates

WORDS = ["It", "called", "them", "liars", ".", "\n\n", '"', "We", "will", "win", ",", '"', "she"]


def _misparsed(gap: str) -> Doc:
    """A quotation the parser hung on "called" before it, ``gap`` between the two."""
    words = [gap if w == "\n\n" else w for w in WORDS]
    spaces = [w not in ("\n\n", " ") and i + 1 < len(words) for i, w in enumerate(words)]
    heads = list(range(len(words)))
    heads[9] = 1  # "win" hung on "called"
    deps = ["dep"] * len(words)
    lemmas = ["call" if w == "called" else w.lower() for w in words]
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=lemmas)


@pytest.mark.parametrize(("gap", "named"), [("\n\n", False), (" ", True)])
def test_marks_naming_verb_names_only_a_quote_of_its_own_paragraph(gap: str, named: bool) -> None:
    doc = _misparsed(gap)
    assert designates(doc, doc[7:11]) is named
