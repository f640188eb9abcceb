"""A small town in a country nothing else in the article points to is not taken: "Velda" the
storm, "Brannock" the store chain, are no foreign villages."""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import Evidence, lone_towns

_VELDA = GazEntry(7001, "Velda", 45.1, 9.2, "ITA", "Lombardy", "PPL", 2_400, "city")
_ITALY = GazEntry(7002, "Italy", 42.8, 12.8, "ITA", None, "PCLI", 60_000_000, "country")
_TAMPA = GazEntry(7003, "Tampa", 27.95, -82.46, "USA", "Florida", "PPL", 385_000, "city")
_FLORIDA = GazEntry(None, "Florida", 28.6, -82.4, "USA", "Florida", "ADM1", 21_000_000, "admin1")
_MILAN = GazEntry(7004, "Milan", 45.46, 9.19, "ITA", "Lombardy", "PPLA", 1_370_000, "city")


def test_lone_towns_are_small_towns_of_unsupported_countries() -> None:
    chosen = {"velda": _VELDA, "tampa": _TAMPA}
    assert lone_towns(chosen, Evidence()) == {"velda"}
    # a town that is all the article names stays: nothing points elsewhere
    assert lone_towns({"velda": _VELDA}, Evidence()) == set()
    # a demonym, the publisher's country or another place of the country supports the town
    assert lone_towns(chosen, Evidence(demonyms=Counter({"ITA": 1}))) == set()
    assert lone_towns({**chosen, "italy": _ITALY}, Evidence()) == set()
    assert lone_towns(chosen, Evidence(fixed=[_MILAN])) == set()
    # a big city stands on its own, and so does a small one with a place of its country
    assert lone_towns({"milan": _MILAN, "tampa": _TAMPA}, Evidence()) == set()


def _names(component: PlacesComponent, blank: Language, text: str, ents: list[str]) -> set[str]:
    doc = component(make_doc(blank, text, [(e, "GPE") for e in ents]))
    return {p.name for p in doc._.ew_places}


def test_a_storm_named_like_a_foreign_village_is_no_place(blank: Language) -> None:
    gaz = MemoryGazetteer([_VELDA, _ITALY, _TAMPA, _FLORIDA, _MILAN])
    component = PlacesComponent(gazetteer=gaz)
    text = "Velda brought floods to Tampa, and Florida braced for more rain."
    assert _names(component, blank, text, ["Velda", "Tampa", "Florida"]) == {"Tampa", "Florida"}
    text = "Floods cut off Velda, north of Milan, as Italy counted the damage."
    assert _names(component, blank, text, ["Velda", "Milan", "Italy"]) == {
        "Velda",
        "Milan",
        "Italy",
    }


def test_a_village_something_happens_in_stays(blank: Language) -> None:
    # "in Velda" puts the flooding there, though the only other place is in another country.
    gaz = MemoryGazetteer([_VELDA, _ITALY, _TAMPA, _FLORIDA, _MILAN])
    component = PlacesComponent(gazetteer=gaz)
    text = "Tourists from Tampa were stranded by floods in Velda on Sunday."
    assert _names(component, blank, text, ["Tampa", "Velda"]) == {"Tampa", "Velda"}
