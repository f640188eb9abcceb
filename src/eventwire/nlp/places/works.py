"""Town names that open the name of a body or a work: "Ashby Foundation", "Green Party".

A firm, foundation, party or work is often named after a family or a word that some
village also bears ("Ashby Foundation", "Lakeview Bank", "Cello Sonata"). A mention followed by a
capitalised word of ``name_heads.txt`` ("Foundation", "Bank", "Party", "Sonata") is therefore
no place mention when only towns, none of them major, bear the name: "Chicago" and "Kerry"
open bodies' names as places, and gold sets that annotate embedded names count them. Newspapers
("Times", "Chronicle"), institutes, zoos and local bodies ("Huntsville Fire Department") are
named after the place they serve, so their words are not in the list.
"""

from __future__ import annotations

from functools import cache

from eventwire.nlp.places.persons import more_than_town
from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import read_table

__all__ = ["drop_name_heads", "load_name_heads"]

_POSSESSIVES = ("'s", "’s")


@cache
def load_name_heads() -> frozenset[str]:
    """Words that make a place before them part of a body's or work's name, as written."""
    return frozenset(row[0] for row in read_table("name_heads.txt"))


def drop_name_heads(look: Lookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of towns alone right before a name head ("Ashby Foundation") dropped."""
    return [m for m in mentions if not (_opens_name(v, m) and not more_than_town(look, v, m.key))]


def _opens_name(v: View, m: Mention) -> bool:
    """Whether the token after the mention is a name head, its possessive ending dropped."""
    k = m.end + (m.end < v.n and v.texts[m.end] == "-")  # a hyphen between name and head
    if k >= v.n:
        return False
    word = v.texts[k]
    for ending in _POSSESSIVES:
        word = word.removesuffix(ending)
    return word in load_name_heads()
