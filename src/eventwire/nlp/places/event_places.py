"""eventwire_event_places: a place for the events whose text names none.

Runs after ``eventwire_events``. Reads ``doc._.ew_events`` and ``doc._.ew_places``; for each
event whose ``place`` is ``None`` it sets ``place`` to the article's dominant place (see
:func:`dominant_place`) at a coarser precision and sets
``place_inferred=True``. The article is evidence that the event happened in its region, not at
its main town, so a city, county or landmark is widened to its first-level subdivision when the
gazetteer knows it, else to its country; a city named exactly as its subdivision ("Ankara")
stands for it, so that a reader sees one Ankara, not the city and a province of the name. A
dominant place already at country or admin1 precision is used as it is. The widened place is
one of ``doc._.ew_places``: an existing place when the article names it, else a new one
appended with an empty ``mentions`` list (nothing in the text refers to it). Events whose
article names no place keep ``place=None``.
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.places.gazetteer import GazEntry, Gazetteer, country_entry, default_gazetteer
from eventwire.nlp.places.tables import fold
from eventwire.nlp.places.targets import precision_of
from eventwire.records import Place

__all__ = [
    "EventPlacesComponent",
    "coarse_entry",
    "dominant_place",
    "make_event_places",
    "place_for_entry",
    "place_of_entry",
]

_COARSE = frozenset({"country", "admin1"})
_RANK: dict[str, int] = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "sublocal": 4}

register_extensions()


def dominant_place(doc: Doc) -> str | None:
    """The id of the article's main place, for events whose sentence names no place: in the
    country the article's place mentions mostly fall in (a venue abroad named twice does not
    win over the towns of the story), the most mentioned; on ties the finer one (a city beats a
    country), then the first mentioned."""
    owners = _act_owners(doc)
    told = {
        p.id: [m for m in p.mentions if (m.start, m.end) not in owners]
        for p in doc._.ew_places or []
    }
    places = [p for p in doc._.ew_places or [] if told[p.id]]  # not the unnamed ones
    if not places:
        return None
    weight = Counter(p.country for p in places for _ in told[p.id])
    best = max(
        places,
        key=lambda p: (
            weight[p.country] if p.country else 0,
            len(told[p.id]),
            _RANK[p.precision],
            -min(m.start for m in told[p.id]),
        ),
    )
    return best.id


def _act_owners(doc: Doc) -> set[tuple[int, int]]:
    """Character spans of country words that own an act ("US air strikes", "Russia's
    shelling"): they tell who acted, not where, so they do not make the article's place."""
    triggers = {i for idxs in (doc._.ew_event_mentions or {}).values() for i in idxs}
    modifiers = ("compound", "amod", "poss", "nmod")
    countries = {
        (m.start, m.end)
        for p in doc._.ew_places or []
        if p.precision == "country"
        for m in p.mentions
    }
    return {
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.root.dep_ in modifiers
        and ent.root.head.i in triggers
        and (ent.start_char, ent.end_char) in countries
    }


def coarse_entry(gazetteer: Gazetteer, place: Place) -> GazEntry | None:
    """The gazetteer's first-level subdivision of ``place``, else its country, else ``None``.

    Args:
        gazetteer: where the subdivision or country is looked up by name.
        place: a place finer than admin1 (it needs ``country`` and, for admin1, ``admin1``).
    """
    if not place.country:
        return None
    if place.admin1:
        for entry in gazetteer.candidates(place.admin1):
            if entry.kind == "admin1" and entry.country_iso3 == place.country:
                return entry
    return country_entry(gazetteer, place.country)


def _same(place: Place, entry: GazEntry) -> bool:
    if entry.geonameid is not None and place.geonameid == entry.geonameid:
        return True
    return (place.name, place.country, place.precision) == (
        entry.name,
        entry.country_iso3,
        precision_of(entry),
    )


class EventPlacesComponent:
    """Gives placeless events the article's dominant place, widened (see module docstring)."""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "eventwire_event_places",
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Args:
        nlp: the pipeline (unused; spaCy passes it).
        name: component name.
        gazetteer: where subdivisions and countries are looked up (default: GeoNames).
        """
        self.name = name
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.ew_events or []
        if not any(e.place is None for e in events):
            return doc
        place_id = self.inferred_place(doc)
        if place_id is None:
            return doc
        for event in events:
            if event.place is None:
                event.place, event.place_inferred = place_id, True
        return doc

    def inferred_place(self, doc: Doc) -> str | None:
        """The id of the coarse place standing for the whole article (added when needed)."""
        dominant = dominant_place(doc)
        if dominant is None:
            return None
        places: list[Place] = doc._.ew_places
        main = next(p for p in places if p.id == dominant)
        if main.precision in _COARSE:
            return main.id
        if self.gazetteer is None:
            self.gazetteer = default_gazetteer()
        entry = coarse_entry(self.gazetteer, main)
        if entry is None:
            return None
        if entry.kind == "admin1" and fold(entry.name) == fold(main.name):
            return main.id  # "Ankara" the city stands for Ankara the province: one Ankara
        return place_for_entry(places, entry).id


def place_for_entry(places: list[Place], entry: GazEntry) -> Place:
    """The article's place for a gazetteer entry, appended (with no mentions) when it has none."""
    found = next((p for p in places if _same(p, entry)), None)
    if found is None:
        found = place_of_entry(f"p{len(places) + 1}", entry)
        places.append(found)
    return found


def place_of_entry(place_id: str, entry: GazEntry) -> Place:
    """A new place record, with no mentions, for a gazetteer entry."""
    return Place(
        place_id,
        entry.name,
        entry.geonameid,
        entry.lat,
        entry.lon,
        entry.country_iso3,
        entry.admin1 if entry.kind != "country" else None,
        entry.feature_code,
        precision_of(entry),
    )


@Language.factory("eventwire_event_places")
def make_event_places(nlp: Language, name: str) -> EventPlacesComponent:
    """spaCy factory for :class:`EventPlacesComponent` (GeoNames gazetteer, loaded on first use)."""
    return EventPlacesComponent(nlp, name)
