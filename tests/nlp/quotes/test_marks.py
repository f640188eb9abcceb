"""Quotation marks, titles and names given to things (``quotes.marks``)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.nlp.quotes.marks import designates, is_markup, is_named_title, is_title

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


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Ann Lee told "Meet the Morning Show." on Sunday.', True),
        ('She wrote in "Tales of the Dry River," her second book.', True),
        ('He said on the network\'s "Evening Hour Live." that it was over.', True),
        # A slogan that opens its sentence or follows a verb of saying is said.
        ('"Justice For All," the marchers chanted.', False),
        ('The crowd chanted "Save Our Forest." again and again.', False),
        # Said words: sentence punctuation inside, lower-case words, or too long for a name.
        ('She told "Everything. Everything is on the table," to the crowd.', False),
        ('He told "Hello, it\'s the River Show." with a grin.', False),
        ('They said on "We will win this fight." in March.', False),
        ('She told "The People Of This Great State Will Never Give Up." to voters.', False),
    ],
)
def test_marks_title_with_the_sentences_punctuation_inside(text: str, title: bool) -> None:
    doc = spacy.blank("en")(text)
    start = text.index('"') + 1
    end = text.index('"', start)
    span = doc.char_span(start, end, alignment_mode="expand")
    assert span is not None
    assert is_named_title(doc, span, text[start:end]) is title


def test_marks_headline_case_without_punctuation_is_a_title() -> None:
    assert is_title("Children of the Dry River")
    assert not is_title("Meet the Morning Show.")


def test_marks_value_of_a_markup_attribute_is_no_quotation() -> None:
    text = '<post post-date="May 2, 2016">Polls close at eight.</post> She said "we will see."'
    assert is_markup(text, text.index("May"))
    assert not is_markup(text, text.index("we will"))
