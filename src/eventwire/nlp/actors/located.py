"""Actor countries from the places around them, once places are resolved.

The actors component runs before the gazetteer, so it knows countries only from country names and
demonyms. Afterwards two more clues are available:

* **where an actor is said to be**: "prosecutors in Guatemala City", "a court in Istanbul",
  "students at the University of Dhaka" — the country of that place;
* **where the article is**: domestic actors ("police", "protesters") still without a country take
  the country most of the article's resolved place mentions are in (towns included), else the
  country most of its country names and demonyms name (``dominant_country``).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from eventwire.nlp.actors.countries import DOMESTIC_SECTORS, dominant_country
from eventwire.records import Actor, Place

LOCATING = frozenset({"in", "at", "from", "inside", "throughout", "across", "near", "of"})


def fill_actor_countries(doc: Doc) -> None:
    """Give actors without a country the country of a place they are located at, in place."""
    places: dict[str, Place] = {p.id: p for p in doc._.ew_places or []}
    place_of: dict[int, str] = doc._.ew_place_of or {}
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    actors: list[Actor] = doc._.ew_actors or []
    heads = _mention_heads(doc, actor_of)
    for actor in actors:
        if actor.country is not None:
            continue
        for head in heads.get(actor.id, []):
            country = _located_at(head, place_of, places)
            if country is not None:
                actor.country = country
                break
    home = _home_country(places) or dominant_country(doc)
    for actor in actors:
        if actor.country is None and actor.sector in DOMESTIC_SECTORS and home is not None:
            actor.country = home


def _mention_heads(doc: Doc, actor_of: dict[int, str]) -> dict[str, list[Token]]:
    """The syntactic head of each actor mention (the token whose head is outside the mention)."""
    heads: dict[str, list[Token]] = {}
    for i, aid in actor_of.items():
        tok = doc[i]
        if actor_of.get(tok.head.i) != aid or tok.head.i == i:
            heads.setdefault(aid, []).append(tok)
    return heads


def _located_at(head: Token, place_of: dict[int, str], places: dict[str, Place]) -> str | None:
    # "refugees fleeing the war in Liberia", "a group based in Trinidad": through the clause
    # that describes the actor
    clauses = [c for c in head.children if c.dep_ == "acl"]
    preps = [c for c in [*head.children, *(g for c in clauses for g in c.subtree)]]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATING:
            continue
        for tok in prep.subtree:
            place = places.get(place_of.get(tok.i, ""))
            if place is not None and place.country:
                return place.country
    return None


def _home_country(places: dict[str, Place]) -> str | None:
    """The country most place mentions are in, when it holds a majority."""
    counts = Counter(p.country for p in places.values() if p.country for _ in p.mentions)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n * 2 > sum(counts.values()) else None
