"""Part of a group hurt in one way, part in another: "Three people were shot, one fatally".

Used by :mod:`eventwire.nlp.casualties.readings`. News often counts the people hit and then
says, in an elliptical aside, how many of them died: "Three people were shot, one fatally",
"Two men were wounded, one of them mortally". The aside is a number hanging on the injury verb
or on its victim, modified by a fatal adverb (``fatal_modifiers`` of the lexicon); those are
deaths, and the injured are the rest of the group.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.records import Count


def fatal_share(verb: Token, victim: Token) -> tuple[Token, int] | None:
    """The number of a group hurt by ``verb`` that died ("one fatally"), with its token.

    Returns None when no fatal aside hangs on the verb or its victim.
    """
    fatal = lexicon_words("fatal_modifiers")
    places = [verb, victim]
    asides = [c for p in places for c in p.children if c.dep_ in _ASIDE_DEPS]
    asides += [c for a in list(asides) for c in a.conjuncts if c.i > a.i]
    for aside in asides:
        if not any(c.dep_ == "advmod" and c.lower_ in fatal for c in aside.children):
            continue
        n = _number_word(aside)
        if n is not None:
            return aside, n
    return None


# How a parser hangs an elliptical aside: on the verb ("shot, one fatally") or as an
# apposition of the victim ("two men were shot, one of them fatally").
_ASIDE_DEPS = ("npadvmod", "appos", "advmod")


def _number_word(tok: Token) -> int | None:
    """ "one" → 1, "two" → 2, "3" → 3; other words → None."""
    if tok.text.isdigit():
        return int(tok.text)
    value = lexicon()["numbers"].get(tok.lower_)
    return int(value) if value is not None and tok.pos_ == "NUM" else None


def survivors(count: Count, dead: int) -> Count | None:
    """The injured left when ``dead`` of a group counted ``count`` died; None if none are."""
    lo = None if count.min is None else count.min - dead
    hi = None if count.max is None else count.max - dead
    if (hi is not None and hi <= 0) or (lo is not None and lo < 0):
        return None
    return Count(lo, hi, count.text)
