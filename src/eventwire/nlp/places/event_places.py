"""eventwire_event_places: a place for the events whose text names none.

Runs after ``eventwire_events``. Reads ``doc._.ew_events`` and ``doc._.ew_places``; for each
event whose ``place`` is ``None`` it sets ``place`` to the article's dominant place (see
:func:`dominant_place`) at a coarser precision and sets
``place_inferred=True``. The article is evidence that the event happened in its region, not at
its main town, so a city, county or landmark is widened to its first-level subdivision when the
gazetteer knows it, else to its country; a city named exactly as its subdivision ("Ankara")
stands for it, so that a reader sees one Ankara, not the city and a province of the name; so
does a city named as its subdivision is but for a unit word ("Nairobi" for "Nairobi City",
"Kandahar" for "Kandahar Province", "Basra" for "Basra Governorate"), also where the article's
main place is finer ("Kibera, a Nairobi slum": Nairobi). A
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
from eventwire.nlp.places.kinds import load_kind_words
from eventwire.nlp.places.tables import fold
from eventwire.nlp.places.targets import precision_of
from eventwire.nlp.places.units import UNIT_WORDS
from eventwire.records import Event, Place, Span

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


def dominant_place(doc: Doc, until: int | None = None) -> str | None:
    """The id of the article's main place, for events whose sentence names no place: in the
    country the article's place mentions mostly fall in (a venue abroad named twice does not
    win over the towns of the story), the most mentioned; on ties one named before ``until``
    (the end of the event's sentence: "Dock workers in Mombasa struck. The port authority
    raised the alert level" is in Mombasa, not in a Nairobi of a later, unrelated sentence),
    then the finer one (a city beats a country), then the first mentioned. A place word the
    places stage keeps out of ``ew_place_of`` (a team's city: "the Denver Broncos") counts only
    where the story names no other place ("The Detroit Lions said two fans were stabbed outside
    the stadium": in Detroit's state)."""
    owners = _act_owners(doc)
    told = _told(doc, owners | _unplaced(doc)) or _told(doc, owners)
    if not told:
        return None
    places = [p for p in doc._.ew_places if p.id in told]
    weight = Counter(p.country for p in places for _ in told[p.id])
    best = max(
        places,
        key=lambda p: (
            weight[p.country] if p.country else 0,
            len(told[p.id]),
            until is None or min(m.start for m in told[p.id]) < until,
            _RANK[p.precision],
            -min(m.start for m in told[p.id]),
        ),
    )
    return best.id


def _told(doc: Doc, skipped: set[tuple[int, int]]) -> dict[str, list[Span]]:
    """Per place named in the text, its mentions but those of ``skipped`` (none if all are)."""
    told = {
        p.id: [m for m in p.mentions if (m.start, m.end) not in skipped]
        for p in doc._.ew_places or []
    }
    return {k: ms for k, ms in told.items() if ms}


def _unplaced(doc: Doc) -> set[tuple[int, int]]:
    """Character spans of place mentions none of whose words is in ``doc._.ew_place_of``: the
    places stage keeps them as toponyms but says they locate nothing (a team's city). None
    where the places stage did not run (``ew_place_of`` unset)."""
    if doc._.ew_place_of is None:
        return set()
    placed = {doc[i].idx for i in doc._.ew_place_of}
    return {
        (m.start, m.end)
        for p in doc._.ew_places or []
        for m in p.mentions
        if not any(m.start <= k < m.end for k in placed)
    }


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
        for event in doc._.ew_events or []:
            if event.place is None:
                place_id = self.inferred_place(doc, _told_until(doc, event))
                if place_id is not None:
                    event.place, event.place_inferred = place_id, True
        return doc

    def inferred_place(self, doc: Doc, until: int | None = None) -> str | None:
        """The id of the coarse place standing for the whole article (added when needed), for
        an event whose sentence ends at ``until`` (see :func:`dominant_place`)."""
        dominant = dominant_place(doc, until)
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
        if entry.kind == "admin1":
            # "Ankara" the city stands for Ankara the province: one Ankara; and the Nairobi of
            # "Kibera, a Nairobi slum" for the subdivision "Nairobi City" Kibera is widened to
            # (the main place lies in the unit: it was found from the main place's admin1)
            alike = [p for p in [main, *places] if _stands_for(p, entry, p is main)]
            if alike:
                return alike[0].id
        return place_for_entry(places, entry).id


def _told_until(doc: Doc, event: Event) -> int | None:
    """Where the text told before an event ends (the end of its sentence), or ``None`` for an
    event of the article's first sentence (a headline or a lead): that one sums up the story,
    and a place it names beside the event is no context told before it (a film's title)."""
    if not doc.text[: event.sentence.start].strip():
        return None
    return event.sentence.end


def _stands_for(place: Place, unit: GazEntry, inside: bool = False) -> bool:
    """Whether an article's town stands for a first-level subdivision: it lies in it (its own
    admin1 is the unit: Washington, D.C. is no town of Washington State), and its gazetteer name
    is the unit's (:func:`_named_alike`; a mention's text is no evidence: "Maryland" read as
    the town "Maryland City" is a slip of the resolver, not that town). ``inside``: the place
    is known to lie in the unit."""
    return (
        place.precision == "city"
        and place.country == unit.country_iso3
        and place.mentions != []
        and (inside or _lies_in(place, unit))
        and _named_alike(unit, place)
    )


def _lies_in(place: Place, unit: GazEntry) -> bool:
    """Whether a place's own first-level subdivision is ``unit``."""
    return place.admin1 is not None and fold(place.admin1) in {
        fold(unit.name),
        fold(unit.admin1 or unit.name),
    }


def _named_alike(unit: GazEntry, town: Place) -> bool:
    """Whether a subdivision bears the town's name but for a unit word after it ("Nairobi
    City", "Kandahar Province")."""
    words = fold(unit.name).split()
    if len(words) > 1 and (words[-1] in load_kind_words() or words[-1] in UNIT_WORDS):
        words = words[:-1]
    return fold(town.name) in (fold(unit.name), " ".join(words))


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
