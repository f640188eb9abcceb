"""Places named in the names of local bodies: "Titus County Sheriff's Office", "Huntsville Fire
Department", "Norfolk High", "Vancouver International Airport".

Local news names its town or county most often through its bodies, and the NER labels the whole
name an organisation, a facility, even a person ("Huntsville Fire"). When such an entity has no
place of its own name, :func:`leading_place` takes its opening words as a place if a body word
of ``body_words.txt`` follows them ("Sheriff", "Fire", "High", "Hospital") and they name a
place: a unit by its own words ("Titus County") or a place big enough to give a body its name
(a subdivision, or a town of ``PLACED_MIN_POP``). Stop names (given names, common words:
"Jackson Police"... ) and demonyms are never taken so. Next to "City" the town is the one
called "X City" unless "X" alone is a far bigger town: "the Kansas City Chiefs" (not Kansas,
"City" read as a body word), but "the Lincoln City Council" (Lincoln's, not Lincoln City's).
"""

from __future__ import annotations

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import own_name
from eventwire.nlp.places.scan import PLACED_MIN_POP, Lookup, Mention, View
from eventwire.nlp.places.tables import load_body_words, load_place_nouns, load_portfolio_words

__all__ = ["leading_place"]

_MAX_PLACE = 4  # words of the place name before the body word
_CITY_LEAD = 10  # how much bigger "X" must be than "X City" to be the body's town without "City"


def leading_place(look: Lookup, v: View, start: int, end: int, label: str) -> Mention | None:
    """The place that opens the entity ``[start, end)`` before a body word, if any.

    Args:
        look: the places component's name tables and gazetteer lookups.
        v: the document.
        start: first token of the entity ("the" already trimmed).
        end: end token of the entity.
        label: the label the mention takes ("GPE": it is resolved as a place name).
    """
    bodies = load_body_words()
    for b in range(min(end - 1, start + _MAX_PLACE), start, -1):
        word = v.texts[b].lower()
        if word not in bodies or not v.cap(b):
            continue
        if word in ("city", "town") and b == end - 1:
            continue  # "Pleasant City" is the town's own name
        if not all(v.cap(k) for k in range(start, b)):
            continue
        key = v.key(start, b)
        if _names_place(look, v, key, v.text(start, b), b):
            return _city_form(look, v, Mention(start, b, key, label))
    return None


def _city_form(look: Lookup, v: View, m: Mention) -> Mention:
    """The town a body's opening words name, with the "City" beside them unless the name
    without it is a town ``_CITY_LEAD`` times bigger: "the Kansas City Chiefs" is Kansas City,
    not Kansas (the body word "City" read as the city's government), and so is "the Carson City
    Council" (though Carson, California is bigger), but "the Lincoln City Council" is Lincoln's."""
    if m.end < v.n and v.texts[m.end].lower() == "city" and v.cap(m.end):
        other = Mention(m.start, m.end + 1, v.key(m.start, m.end + 1), m.label)
    elif m.end - m.start > 1 and v.texts[m.end - 1].lower() == "city":
        other = Mention(m.start, m.end - 1, v.key(m.start, m.end - 1), m.label)
    else:
        return m
    if other.key in look.never:
        return m
    long, short = (m, other) if m.end > other.end else (other, m)
    town = _biggest_town(look, v, short)
    if town is None or _also_named(look, v, long, town.geonameid):
        return long  # "Quebec City" is an alternate name of Québec: one town, the longer name
    return short if town.population > _CITY_LEAD * _town_size(look, v, long) else long


def _named(look: Lookup, v: View, m: Mention) -> list[GazEntry]:
    """The gazetteer entries the mention's words name, by any of their names."""
    return look.usable(v, m.key, "GPE", v.text(m.start, m.end))


def _own_towns(look: Lookup, v: View, m: Mention) -> list[GazEntry]:
    """The towns the mention's words name as their own name: a "Lakewood City" that is only an
    alternate name of Lakewood is no town's own name."""
    return [c for c in _named(look, v, m) if c.kind == "city" and own_name(c, m.key)]


def _biggest_town(look: Lookup, v: View, m: Mention) -> GazEntry | None:
    return max(_own_towns(look, v, m), key=lambda c: c.population, default=None)


def _town_size(look: Lookup, v: View, m: Mention) -> int:
    """The population of the biggest town the mention names as its own name (0: none)."""
    town = _biggest_town(look, v, m)
    return town.population if town is not None else 0


def _also_named(look: Lookup, v: View, m: Mention, geonameid: int | None) -> bool:
    """Whether the mention's words name the gazetteer entry ``geonameid``, by any of its names."""
    return geonameid is not None and any(c.geonameid == geonameid for c in _named(look, v, m))


def _names_place(look: Lookup, v: View, key: str, text: str, end: int) -> bool:
    words = key.split()
    unit = len(words) > 1 and words[-1] in load_place_nouns()
    if not unit and (key in look.stopnames or key in look.never or len(key) <= 3):
        return False
    ministry = v.texts[end].lower() in ("department", "dept.", "ministry") if end < v.n else False
    if key in look.demonyms or (ministry and key in load_portfolio_words()):
        return False  # "the Justice Department": a ministry, not Justice, Illinois
    return any(
        unit or c.kind not in ("city", "admin2") or c.population >= PLACED_MIN_POP
        # as the NER's place, not a scan's: a bare county name ("Henrico Sheriff's Office")
        for c in look.usable(v, key, "GPE", text)
    )
