"""Street names: "Elm Street", "North Main St.", "West 16th Street".

Local news names streets often ("in the 400 block of Elm Street"), and the geoparsing corpora
count them as toponyms, but no gazetteer lists them and the NER labels them FAC, LOC, ORG or
even PERSON. :func:`street_mentions` finds them by their shape alone: one to three capitalised
words (or an ordinal, "16th"), after an optional compass word, ended by a street word of
``street_words.txt``. Numbered roads ("Highway 82") are left out: the corpora annotate them
too seldom for what they cost in precision. The component places a street at the city it
stands next to, else at the article's most mentioned city (see :mod:`component`), with
precision "sublocal": a street lies within its town.
"""

from __future__ import annotations

import re

from eventwire.nlp.places.scan import Mention, View
from eventwire.nlp.places.tables import load_street_words

__all__ = ["STREET", "street_mentions"]

STREET = "STREET"  # the label of street mentions
_COMPASS = frozenset({"North", "South", "East", "West", "N.", "S.", "E.", "W."})
_MAX_NAME = 3  # name words before the street word
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")


def street_mentions(v: View) -> list[Mention]:
    """Street names of the document, labelled ``STREET``, in text order."""
    found: list[Mention] = []
    for k in range(v.n):
        m = _street_at(v, k)
        if m is not None and (not found or m.start >= found[-1].end):
            found.append(m)
    return found


def _street_at(v: View, k: int) -> Mention | None:
    """The street whose street word is token ``k``, if any."""
    words = load_street_words()
    word, end = v.texts[k], k + 1
    if word not in words and _dotted(v, k):  # "Mill Rd.": the tokenizer split the dot off
        word, end = word + ".", k + 2
    if word not in words or k == 0:
        return None
    if word == "St." and end < v.n and v.cap(end):
        return None  # "St. Louis": a saint's town, not a street
    start = k
    while start > 0 and k - start < _MAX_NAME and _name_word(v, start - 1):
        start -= 1
    if start == k:
        return None
    if start > 0 and v.texts[start - 1] in _COMPASS:
        start -= 1
    return Mention(start, end, v.key(start, end), STREET)


def _dotted(v: View, k: int) -> bool:
    """Whether token ``k`` is a word with a full stop glued to it ("Rd" ".")."""
    return k + 1 < v.n and v.texts[k + 1] == "." and not v.spaces[k] and v.texts[k].isalpha()


def _name_word(v: View, i: int) -> bool:
    """A capitalised word that is no function word ("The", "On") or compass word, or an
    ordinal ("16th")."""
    text = v.texts[i]
    if _ORDINAL.fullmatch(text):
        return True
    return text[:1].isupper() and text.isalpha() and text not in _COMPASS and not v.doc[i].is_stop
