"""Names of persons that a gazetteer also lists as towns: "Hollister pleaded", "said Marisol".

News names a person in full once ("Thomas Hollister") and by the surname alone after, and the NER
or the scan then often takes the bare surname for the village of that name. So a one-word
mention with no preposition before it ("in X", "of X" name places) is a person, not a place,
when it is the last word of a person the article names in full, or when it is a speaker: a
speech verb stands right after it ("Dunmore said"), or right before it with the clause ending
after it ("said Marisol."), or when it is one of a list of names that ends in a person named in
full ("Rosa, Ellis, Maude and Tom Harker": given names; "qualified" by a fellow member does
not count there). It is dropped unless an area or a major place bears the name (a
country, a state, a county or a big city: "Russia said" is metonymy, and "Jordan" is the country
even where a "Jordan Smith" is quoted) or a place qualifies it ("Hollister, California": a
town named after a person).

A preposition does not make a possessive name a place ("a clause in Hollister's bill": the
preposition governs the bill), and a relative "who" after the name makes it a person whatever
stands before it ("the investigation of Hollister, who pleaded guilty"). One sense per article:
a surname that a speech verb or "who" marks as a person's at one mention is a person at every
mention, "in Hollister case" included, unless a place qualifies it there. A name right before
such a surname is a given name ("Tamsin Pellworth", where "Mary Pellworth" is named too).

A name of any size, a state's or a country's too, is a person at every mention where the article
names a person in full by it ("Georgia Stevens"), one mention says so ("said Georgia.", "Georgia
herself", or a kin noun of ``kin_nouns.txt`` after its possessive: "Georgia's father"), and no
mention stands in a place's slot (after a preposition, qualified, or qualifying another place:
"in Georgia", "Atlanta, Georgia"). Without the full name, "Georgia said" is the state by
metonymy.
"""

from __future__ import annotations

from functools import cache

from eventwire.nlp.places.resolve import is_major
from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import fold, load_body_words, load_kin_nouns, read_table

__all__ = ["drop_persons", "load_speech_verbs", "more_than_town", "surnames"]

_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "”", '"', "'", "’"})
# a preposition before the name makes it the place of the speaker: "a clinic in Tamworth said"
_PREPS = frozenset({"in", "at", "from", "of", "near", "outside", "across", "throughout", "to"})
_POSSESSIVES = frozenset({"'s", "’s"})
_WHO = frozenset({"who", "whom", "whose"})  # places take "which" and "where"
_REFLEXIVES = frozenset({"herself", "himself"})  # "Georgia herself": a place is "itself"


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
    dropped = [m for m in mentions if _person(look, v, m, mentions, names)]
    # only a name the text itself calls a person's makes every mention of it one
    persons = {m.key for m in dropped if _cued(v, m) or _given(v, m, names)}
    namesakes = _namesakes(v, mentions)
    return [
        m
        for m in mentions
        if m not in dropped
        and (m.key not in persons or not _as_person(v, m, mentions, names))
        and m.key not in namesakes
    ]


def _namesakes(v: View, mentions: list[Mention]) -> set[str]:
    """Names of any size that the article uses only for a person it names in full: "Georgia"
    where "Georgia Stevens" is named and "said Georgia", "Georgia's father" or "Georgia
    herself" says so at one mention, and no mention stands in a place's slot (after "in",
    qualified or qualifying: "in Georgia", "Atlanta, Georgia"). A state or a country
    is dropped only so: "Russia said" alone is metonymy, and a "Jordan" some text places is
    the country even where a "Jordan Smith" is quoted."""
    words = _person_name_words(v)
    one_word = [m for m in mentions if m.end - m.start == 1 and m.key in words]
    cued = {m.key for m in one_word if _cued(v, m) or _kin_or_self(v, m)}
    placed = {
        m.key
        for m in mentions
        if _placed(v, m) or _qualified(v, m, mentions) or _qualifies(v, m, mentions)
    }
    return {key for key in cued if key not in placed}


def _person_name_words(v: View) -> frozenset[str]:
    """Folded first and last words of the article's persons named with two words or more
    ("Georgia Stevens" → georgia, stevens), not a body word ("Orley Fire")."""
    bodies = load_body_words()
    return frozenset(
        fold(t.text)
        for e in v.doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        for t in (e[0], e[-1])
        if t.text[:1].isupper() and t.text.isalpha() and t.text.lower() not in bodies
    )


def _kin_or_self(v: View, m: Mention) -> bool:
    """ "Georgia's father", "Tyler's lawyer" (a kin noun of ``kin_nouns.txt`` after the
    possessive) or "Georgia herself": words said only of a person."""
    if m.end < v.n and v.texts[m.end].lower() in _REFLEXIVES:
        return True
    return (
        m.end + 1 < v.n
        and v.texts[m.end] in _POSSESSIVES
        and v.texts[m.end + 1].lower() in load_kin_nouns()
    )


def _qualifies(v: View, m: Mention, mentions: list[Mention]) -> bool:
    """Whether the name follows another place and a comma: "Atlanta, Georgia"."""
    return (
        m.start > 1 and v.texts[m.start - 1] == "," and any(o.end == m.start - 1 for o in mentions)
    )


def _as_person(v: View, m: Mention, mentions: list[Mention], names: frozenset[str]) -> bool:
    """Whether a mention of a name dropped as a person elsewhere is the person here too: any
    unqualified mention of a surname, else only one with its own cue."""
    if _qualified(v, m, mentions):
        return False
    return m.key in names or _cued(v, m) or _given(v, m, names)


def _person(
    look: Lookup, v: View, m: Mention, mentions: list[Mention], names: frozenset[str]
) -> bool:
    if m.end - m.start > 1:
        return False  # "Fort Bragg said"
    if _placed(v, m) and not _who(v, m):
        return False  # "in East Timor told reporters"
    listed = _listed_with_person(look, v, m)
    if not (m.key in names or _cued(v, m) or _given(v, m, names) or listed):
        return False
    if m.key in look.landmarks or (_qualified(v, m, mentions) and not listed):
        return False
    return not more_than_town(look, v, m.key)


def _placed(v: View, m: Mention) -> bool:
    """Whether a preposition before the name makes it a place: not when the name is a
    possessive, whose noun the preposition governs ("in Hollister's bill")."""
    if m.start == 0 or v.texts[m.start - 1].lower() not in _PREPS:
        return False
    return not (m.end < v.n and v.texts[m.end] in _POSSESSIVES)


def _cued(v: View, m: Mention) -> bool:
    """Whether the words around the name say it is a person's: a speech verb or "who"."""
    return _speaker(v, m) or _who(v, m)


def _given(v: View, m: Mention, names: frozenset[str]) -> bool:
    """ "Tamsin Pellworth, 8": a given name, right before the surname of a person the article
    names in full. Not before a body word, which the NER takes for a person's name too
    ("Torrington Fire")."""
    if m.end >= v.n or not v.cap(m.end):
        return False
    word = fold(v.texts[m.end])
    return word in names and word not in load_body_words()


def _who(v: View, m: Mention) -> bool:
    """ "Hollister, who pleaded": a relative "who" after the name and a comma, the name not a
    home town after a person ("Jo Day, 29, of Hollister, who"), as one after a preposition that
    a lower-case word governs is not ("the investigation of Hollister, who")."""
    if not (m.end + 1 < v.n and v.texts[m.end] == "," and v.texts[m.end + 1].lower() in _WHO):
        return False
    return not _placed(v, m) or (m.start > 1 and v.texts[m.start - 2].islower())


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


_LIST_JOINTS = frozenset({",", "and", "or"})
_LIST_ENDS = frozenset({"and", "or"})
_LIST_REACH = 8  # list members walked after the name at most


def _listed_with_person(look: Lookup, v: View, m: Mention) -> bool:
    """Whether the name opens or continues a list of one-word names whose last member, after
    "and" or "or", is a person named in full: "Rosa, Ellis, Maude and Tom Harker" are given
    names. A member that is more than a town ("Dayton, Ohio, and Jo Roe") ends the walk, and
    a two-word "person" the gazetteer lists as a place (a town the NER mislabelled) is none."""
    full = frozenset(
        e.start
        for e in v.doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and not look.candidates(v, fold(e.text))
    )
    k = m.end
    for _ in range(_LIST_REACH):
        if not (k < v.n and v.texts[k] in _LIST_JOINTS):
            return False
        while k < v.n and v.texts[k] in _LIST_JOINTS:
            k += 1
        if k in full:
            return v.texts[k - 1] in _LIST_ENDS  # the list's last member
        if not (k < v.n and v.cap(k) and v.texts[k].isalpha()):
            return False
        if more_than_town(look, v, fold(v.texts[k])):
            return False
        k += 1
    return False
