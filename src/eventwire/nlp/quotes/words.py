"""The word lists of ``eventwire_quotes`` (``quotes/data/quote_words.tsv``), read once."""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token


@cache
def quote_words() -> dict[str, dict[str, str]]:
    """Group → {word: value} from ``quotes/data/quote_words.tsv`` (value ``""`` for plain lists)."""
    path = resources.files("eventwire.nlp.quotes").joinpath("data", "quote_words.tsv")
    groups: dict[str, dict[str, str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, word, value = (line.split("\t") + ["", ""])[:3]
        groups.setdefault(group, {})[word.strip()] = value.strip()
    return groups


@cache
def words(group: str) -> frozenset[str]:
    """The words of one plain list, e.g. ``words("cue")``."""
    return frozenset(quote_words().get(group, {}))


def mapping(group: str) -> dict[str, str]:
    """The word → value map of one group, e.g. ``mapping("channel")`` (shared: do not modify)."""
    return quote_words().get(group, {})


def lemma_of(tok: Token) -> str:
    """The token's lower-case lemma, corrected where the model's lemmatiser is known to miss
    (group ``lemma``: "hopes" is not "hop")."""
    return mapping("lemma").get(tok.lower_) or tok.lemma_.lower()
