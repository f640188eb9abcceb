"""Place names the gazetteer lacks: "Flat Creek", "Holly Heights", "in Khayelitsha".

The NER labels many names GPE, LOC or FAC that no gazetteer lists: creeks, neighbourhoods,
townships, parks, villages, breakaway regions. A mention that no gazetteer place and no city
beside it ("X in Baghdad") resolves is still a toponym when its own shape says so, and the
component then places it at the article's most mentioned city, as it does streets (local news
names places of its own area). The shape: capitalised words with no digits, no person's name,
and either a last word of ``feature_words.txt`` ("Creek", "Valley", "Township"), a first word
of ``feature_leads.txt`` ("Lake Marlow", "River Test") or a locating preposition before it
("in Khayelitsha", "the village of Achguara"). The NER often labels a person GPE ("Buhari
said"), which no cue admits; stop names ("the North") are never taken so.
"""

from __future__ import annotations

from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import (
    load_feature_leads,
    load_feature_words,
    load_generic_words,
    load_installation_leads,
    load_place_nouns,
)

__all__ = ["feature_name", "installation_name", "no_toponym", "person_words", "unlisted_place"]

_PREPS = frozenset(
    {"in", "at", "near", "outside", "around", "across", "inside", "into", "from", "to", "of"}
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def person_words(v: View) -> frozenset[str]:
    """Folded words of the article's person names: never an unlisted place's name."""
    return frozenset(
        t.lower_ for e in v.doc.ents if e.label_ == "PERSON" for t in e if t.text[:1].isupper()
    )


def unlisted_place(look: Lookup, v: View, m: Mention, persons: frozenset[str]) -> bool:
    """Whether an NER place mention the gazetteer cannot resolve names a place by its shape;
    never a stop name ("North", "Fly") or a short abbreviation ("Lt")."""
    if m.label not in _PLACE_LABELS or len(m.key) <= 3:
        return False
    if m.key in look.stopnames or m.key in look.never:
        return False
    words = v.texts[m.start : m.end]
    featured = len(words) > 1 and (
        words[-1].lower() in load_feature_words() or words[0].lower() in load_feature_leads()
    )
    if not (v.cap(m.start) and (featured or v.cap(m.end - 1))):
        return False  # "Torkula village" is a name, "red states" not
    if any(c.isdigit() for w in words for c in w):
        return False
    if featured:
        return True
    if any(w.lower() in persons for w in words):
        return False
    k = m.start - 1
    if k >= 0 and v.texts[k].lower() == "the":
        k -= 1
    return k >= 0 and v.texts[k].lower() in _PREPS


def feature_name(v: View, start: int, end: int) -> Mention | None:
    """An organisation or person entity whose last word is a feature word ("Glenrock Lagoon",
    "Mozart Estate"): the NER's label is wrong, the name is a place (LOC)."""
    if end - start < 2 or v.texts[end - 1].lower() not in load_feature_words():
        return None
    if not all(v.cap(k) for k in range(start, end)) or _identified_as(v, start):
        return None
    return Mention(start, end, v.key(start, end), "LOC")


#: Verbs before "as" that give a person's name ("the victim, identified as Marcus Hill").
NAMING_AS = frozenset({"identified", "named"})


def _identified_as(v: View, start: int) -> bool:
    return start >= 2 and v.texts[start - 1] == "as" and v.texts[start - 2].lower() in NAMING_AS


def no_toponym(key: str) -> bool:
    """Whether an unlisted name is none the corpora count as a toponym: a number in it
    ("Route 9", "Exit 12": numbered roads and exits, as :mod:`streets` leaves them out) unless
    a unit or feature word says it is an area ("District 9", "Camp 18"); or made of common
    nouns alone ("City Park", "City Hall", "Town Square": ``generic_words.txt`` and the place
    nouns), unless its last word is a feature word no generic word list holds ("Center
    Township", "Park District", "Capital Region")."""
    words = key.split()
    units = load_place_nouns() | load_feature_words()
    if any(c.isdigit() for c in key):
        return not any(w in units for w in words)
    generic = load_generic_words()
    if words[-1] in load_feature_words() and words[-1] not in generic - load_place_nouns():
        return False
    return all(w in generic for w in words)


def installation_name(words: list[str]) -> bool:
    """Whether a name has the shape of a military installation's ("Fort Hood", "Camp
    Lejeune": a first word of ``installation_leads.txt`` and a capitalised name after it)."""
    return (
        len(words) > 1
        and words[0].lower() in load_installation_leads()
        and all(w[:1].isupper() for w in words[1:])
    )
