"""The casualty lexicon (``casualties/data/lexicon.json``) and the word tests read from it that
every step of the stage shares (title separators, the one-word bounds of a number).

A module of its own, so that the victim, count and attachment rules can all read the lexicon
without importing one another.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

#: Separators of a web page's title from the site name: no sentence reads across them.
TITLE_BARS = frozenset({"|", "-", "–", "—", "--", "«", "»"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The casualty lexicon (``casualties/data/lexicon.json``), read once."""
    path = resources.files("eventwire.nlp.casualties").joinpath("data", "lexicon.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache  # read for every word of every doc: built once
def lexicon_words(key: str, kind: str | None = None) -> frozenset[str]:
    """The word list ``key`` of the lexicon, or its ``kind`` sub-list ("killed", ...)."""
    value = lexicon()[key]
    return frozenset(value[kind] if kind else value)


def title_bar(tok: Token) -> bool:
    """A title separator with spaces on both sides: " - ", not the one in "17-year-old"."""
    return tok.text in TITLE_BARS and bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


@lru_cache(maxsize=1)
def bound_words() -> frozenset[str]:
    """One-word bounds of a number ("around", "over", "nearly"), which the parser may read as
    prepositions ("injured around 50")."""
    keys = ("lower_bound_words", "upper_bound_words", "approximate_words")
    return frozenset(w for key in keys for w in lexicon()[key] if " " not in w)
