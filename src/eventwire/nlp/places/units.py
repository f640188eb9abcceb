"""Unit forms of place names: a name the gazetteer lacks, looked up again without its unit word.

"Sokoto State" is the first-level subdivision Sokoto; "County Limerick", "Co. Limerick" and
"Limerick County" the county Limerick; "Cook Co." Cook County. A name no place bears by itself
may be a US county or parish named without its unit word ("Henrico police"). Only units of
that kind: "Sokoto State" is not the city of Sokoto.
"""

from __future__ import annotations

from eventwire.datafiles import word_group
from eventwire.nlp.places.gazetteer import GazEntry, Gazetteer
from eventwire.nlp.places.tables import fold

__all__ = ["UNIT_WORDS", "bare_county_of", "unit_candidates"]

_STATE_WORD = "state"
_COUNTY_WORDS = frozenset({"county", "co"})  # "County Mayo", "Co. Mayo" (folded without dot)
_COUNTY_KINDS = frozenset({"admin1", "admin2"})  # Kenya's counties are first-level units
UNIT_WORDS = frozenset({_STATE_WORD, "co", "county"})
# Rests that name no unit before a unit word, though some country has a subdivision so called:
# compass and position words ("Central State", "Western State") and the nickname "Bay State".
_GENERIC_RESTS = word_group("eventwire.nlp.places", "generic_rests")


def unit_candidates(gazetteer: Gazetteer, key: str) -> list[GazEntry]:
    """The units a folded name with a unit word names, when the gazetteer lacks the whole name:
    "x state" → the first-level subdivisions called "x" ("Sokoto State", "Kachin State");
    "county x" / "co x" → the counties called "x county" or "x" ("County Limerick"); "x co" →
    the counties called "x county" ("Cook Co."); "x county" → the counties called "county x"
    or "x" ("Mayo County", "Kiambu County": Irish and Kenyan counties the gazetteer files
    without the word after). Only units of that kind: "Sokoto State" is not
    the city of Sokoto. A compass or position word ("Central State") is no unit name, though
    stop names are ("Rivers State", "Delta State"): the unit word is the evidence."""
    words = key.split()
    if len(words) < 2 or not (words[-1] in UNIT_WORDS or words[0] in _COUNTY_WORDS):
        return _bare_county(gazetteer, key)
    if words[-1] == _STATE_WORD:
        rest = " ".join(words[:-1])
        return [] if rest in _GENERIC_RESTS else _of_kinds(gazetteer, [rest], frozenset({"admin1"}))
    if words[-1] == "co":
        return _of_kinds(gazetteer, [f"{' '.join(words[:-1])} county"], _COUNTY_KINDS)
    if words[0] in _COUNTY_WORDS:
        rest = " ".join(words[1:])
        if rest in _GENERIC_RESTS:
            return []
        return _of_kinds(gazetteer, [f"county {rest}", f"{rest} county", rest], _COUNTY_KINDS)
    if words[-1] == "county":  # "Mayo County Council", "Kiambu County": the unit word after
        rest = " ".join(words[:-1])
        if rest in _GENERIC_RESTS:
            return []
        return _of_kinds(gazetteer, [f"county {rest}", rest], _COUNTY_KINDS)
    return []


def _bare_county(gazetteer: Gazetteer, key: str) -> list[GazEntry]:
    """ "Henrico police", "Pointe Coupee teen": local news names its US county or parish
    without the unit word. Asked only of names no place bears by themselves."""
    if key in _GENERIC_RESTS:
        return []
    for name in (f"{key} county", f"{key} parish"):
        found = [
            c for c in gazetteer.candidates(name) if c.kind == "admin2" and c.country_iso3 == "USA"
        ]
        if found:
            return found
    return []


def bare_county_of(entry: GazEntry, key: str) -> bool:
    """Whether ``entry`` is a county or parish a name matches only without its unit word."""
    return entry.kind == "admin2" and fold(entry.name) in (f"{key} county", f"{key} parish")


def _of_kinds(gazetteer: Gazetteer, names: list[str], kinds: frozenset[str]) -> list[GazEntry]:
    """The entries of the first of ``names`` that has any of these kinds."""
    for name in names:
        found = [c for c in gazetteer.candidates(name) if c.kind in kinds]
        if found:
            return found
    return []
