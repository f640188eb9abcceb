"""Names of persons that a gazetteer also lists as towns: "Hollister pleaded", "said Marisol".

News names a person in full once ("Thomas Hollister") and by the surname alone after, and the NER
or the scan then often takes the bare surname for the village of that name. So a one-word
mention with no preposition before it ("in X", "of X" name places) is a person, not a place,
when it is the last word of a person the article names in full, or when it is a speaker: a
speech verb stands right after it ("Dunmore said"), or right before it with the clause ending
after it ("said Marisol."). It is dropped unless an area or a major place bears the name (a
country, a state, a county or a big city: "Russia said" is metonymy, and "Jordan" is the country
even where a "Jordan Smith" is quoted) or a place qualifies it ("Hollister, California": a
town named after a person).
"""

from __future__ import annotations

from functools import cache

from eventwire.nlp.places.resolve import is_major
from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import fold, read_table

__all__ = ["drop_persons", "load_speech_verbs", "more_than_town", "surnames"]

_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "”", '"', "'", "’"})
# a preposition before the name makes it the place of the speaker: "a clinic in Tamworth said"
_PREPS = frozenset({"in", "at", "from", "of", "near", "outside", "across", "throughout", "to"})


@cache
def load_speech_verbs() -> frozenset[str]:
    """Lower-case verb forms of speaking: "said", "told", "recalled"."""
    return frozenset(row[0].lower() for row in read_table("speech_verbs.txt"))


def surnames(v: View) -> frozenset[str]:
    """Folded last words of the article's persons named with two words or more."""
    return frozenset(
        fold(e[-1].text)
        for e in v.doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].text[:1].isupper()
    )


def drop_persons(look: Lookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that name a person (see the module docstring)."""
    names = surnames(v)
    return [m for m in mentions if not _person(look, v, m, mentions, names)]


def _person(
    look: Lookup, v: View, m: Mention, mentions: list[Mention], names: frozenset[str]
) -> bool:
    if m.end - m.start > 1 or (m.start > 0 and v.texts[m.start - 1].lower() in _PREPS):
        return False  # "Fort Bragg said", "in East Timor told reporters"
    if not (m.key in names or _speaker(v, m)):
        return False
    if m.key in look.landmarks or _qualified(v, m, mentions):
        return False
    return not more_than_town(look, v, m.key)


def more_than_town(look: Lookup, v: View, key: str) -> bool:
    """Whether a major place (a big city) or an area (a country, a state, a county, a region,
    water) bears this folded name: only names of towns alone are dropped as persons' or
    bodies' names ("Kent" and "Kerry" are counties, not only surnames)."""
    return any(c.kind != "city" or is_major(c, key) for c in look.candidates(v, key))


def _speaker(v: View, m: Mention) -> bool:
    """Whether a speech verb stands right after the name ("Marisol said"), or right before it
    with the clause ending after it ("said Marisol.", "says Marisol,")."""
    verbs = load_speech_verbs()
    if m.end < v.n and v.texts[m.end].lower() in verbs:
        return True
    before = m.start > 0 and v.texts[m.start - 1].lower() in verbs
    return before and (m.end == v.n or v.texts[m.end] in _CLAUSE_ENDS)


def _qualified(v: View, m: Mention, mentions: list[Mention]) -> bool:
    """Whether another place follows after a comma: "Hollister, California"."""
    return m.end < v.n and v.texts[m.end] == "," and any(o.start == m.end + 1 for o in mentions)
