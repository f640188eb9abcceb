"""The places stage: toponyms resolved to gazetteer places, and the places of events.

Three spaCy components, in pipeline order:

- ``eventwire_places`` (``component``) reads ``doc.ents`` (GPE, LOC, FAC; NORP as context),
  capitalised text the NER missed and ``doc._.source_url``; adds ``doc._.ew_places`` (``Place``
  records, ids ``p1``… in order of first mention) and ``doc._.ew_place_of`` (token index →
  place id).
- ``eventwire_event_places`` (``event_places``) runs after the events stage; reads
  ``doc._.ew_events`` and ``doc._.ew_places``, and gives each event the text places nowhere the
  article's dominant place, coarsened (``place_inferred=True``), appending it to ``ew_places``
  when new.
- ``eventwire_place_demonyms`` (``demonyms``) reads ``doc._.ew_places``; adds nationality words
  ("Turkish") to the ``demonym_mentions`` of the country or region they name, appending a place
  when new.

Helpers: ``gazetteer`` (the ``Gazetteer`` interface, the cached GeoNames index and an in-memory
fake), ``build`` (builds that index, only when its cache is missing or stale), ``tables`` (the
index's row format, name folding and the data tables), ``points`` (coordinates the GeoNames
package lacks), ``scan`` (names the NER missed, taken from the gazetteer on evidence in the text),
``unlisted`` (NER place names no gazetteer lists, placed at the article's town by their shape),
``units`` (names with a unit word the gazetteer lacks: "Sokoto State", "Cook Co."),
``persons`` and ``works`` (town names that name a person or open a firm's or work's name, dropped),
``resolve`` (one place per name, each in the others' context), ``clusters`` (neighbouring small
towns of three names, which support each other's readings) and ``targets`` (what a name
resolves to, a landmark's anchoring city, and the ``Place`` records built from them).

Data, in ``places/data/`` (see its ``README.md``): the gazetteer's tables (subdivisions, aliases,
regions, water, seats, landmarks, demonyms, place nouns, stop and never names, generic domains).

Other stages use only what is exported here.
"""

from eventwire.nlp.places.component import PlacesComponent, make_places
from eventwire.nlp.places.demonyms import PlaceDemonymsComponent, make_place_demonyms
from eventwire.nlp.places.event_places import EventPlacesComponent, make_event_places
from eventwire.nlp.places.gazetteer import (
    GazEntry,
    Gazetteer,
    GeoNamesGazetteer,
    MemoryGazetteer,
    default_gazetteer,
    gazetteer_info,
    is_place_name,
)
from eventwire.nlp.places.lower import doc_lowered
from eventwire.nlp.places.tables import fold, load_demonyms
from eventwire.nlp.places.works import load_sport_words, load_team_names

__all__ = [
    "EventPlacesComponent",
    "GazEntry",
    "Gazetteer",
    "GeoNamesGazetteer",
    "MemoryGazetteer",
    "PlaceDemonymsComponent",
    "PlacesComponent",
    "default_gazetteer",
    "doc_lowered",
    "fold",
    "gazetteer_info",
    "is_place_name",
    "load_demonyms",
    "load_sport_words",
    "load_team_names",
    "make_event_places",
    "make_place_demonyms",
    "make_places",
]
