"""US post-office towns fill the gazetteer but need another place of their state; a feature
word alone is no name; a region GeoNames lists stands at GeoNames' point."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places import gazetteer as gz
from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import Evidence, stray_post_towns
from eventwire.nlp.places.tables import POST_TOWN

_HOLLOW = GazEntry(None, "Pike Hollow", 44.4, -70.6, "USA", "Maine", POST_TOWN, 500, "city")
_MILLBY = GazEntry(8006, "Millby", 44.1, -70.2, "USA", "Maine", "PPL", 9_000, "city")
_MAINE = GazEntry(None, "Maine", 45.4, -69.2, "USA", "Maine", "ADM1", 1_300_000, "admin1")
_DENVER = GazEntry(8007, "Denver", 39.7, -105.0, "USA", "Colorado", "PPLA", 700_000, "city")


def test_a_post_town_needs_another_place_of_its_state() -> None:
    assert stray_post_towns({"pike hollow": _HOLLOW, "denver": _DENVER}, Evidence()) == {
        "pike hollow"
    }
    assert stray_post_towns({"pike hollow": _HOLLOW, "millby": _MILLBY}, Evidence()) == set()
    assert stray_post_towns({"pike hollow": _HOLLOW, "maine": _MAINE}, Evidence()) == set()
    assert stray_post_towns({"pike hollow": _HOLLOW}, Evidence(fixed=[_MILLBY])) == set()


def _names(component: PlacesComponent, blank: Language, text: str, ents: list[str]) -> set[str]:
    doc = component(make_doc(blank, text, [(e, "GPE") for e in ents]))
    return {p.name for p in doc._.ew_places}


def test_a_post_town_named_with_its_neighbour_stays(blank: Language) -> None:
    component = PlacesComponent(gazetteer=MemoryGazetteer([_HOLLOW, _MILLBY, _DENVER]))
    text = "Crews from Millby helped put out a barn fire in Pike Hollow on Sunday."
    assert _names(component, blank, text, ["Millby", "Pike Hollow"]) == {"Millby", "Pike Hollow"}
    text = "Pike Hollow stores opened a new branch in Denver this week."
    assert _names(component, blank, text, ["Pike Hollow", "Denver"]) == {"Denver"}


def test_lower_cased_text_takes_no_post_town(blank: Language) -> None:
    # without its capitals a hamlet's name is too likely a word or a given name ("jean")
    component = PlacesComponent(gazetteer=MemoryGazetteer([_HOLLOW, _MILLBY]))
    text = "crews from millby put out a barn fire in pike hollow. the barn was lost. all are safe."
    names = _names(component, blank, text, ["millby", "pike hollow"])
    assert "Millby" in names
    assert "Pike Hollow" not in names


_ISLANDS = GazEntry(None, "Islands", 22.3, 113.9, "HKG", "Islands", "ADM1", 30_000, "admin1")


def test_a_feature_word_alone_is_no_place_of_that_name(blank: Language) -> None:
    component = PlacesComponent(gazetteer=MemoryGazetteer([_ISLANDS]))
    text = "Seabirds nest again on the Korrin Islands this spring."
    doc = make_doc(blank, text, [("Korrin Islands", "LOC")])
    assert "Islands" not in {p.name for p in component(doc)._.ew_places}


# --------------------------------------------------------------------------- the real index


@pytest.fixture(scope="module")
def geonames() -> gz.GeoNamesGazetteer:
    return gz.default_gazetteer()


def test_post_office_towns_are_us_towns(geonames: gz.GeoNamesGazetteer) -> None:
    [town] = geonames.candidates("Bryant Pond")
    assert (town.country_iso3, town.admin1, town.feature_code) == ("USA", "Maine", POST_TOWN)
    # a GeoNames town of the name is not filed twice
    bangor = [c for c in geonames.candidates("Bangor") if c.admin1 == "Maine"]
    assert [c.feature_code != POST_TOWN for c in bangor] == [True]


def test_a_listed_region_stands_at_its_geonames_point(geonames: gz.GeoNamesGazetteer) -> None:
    [region] = [e for e in geonames.candidates("Middle East") if e.kind == "continent"]
    assert math.isclose(region.lat, 33.14, abs_tol=0.01)
    assert math.isclose(region.lon, 35.86, abs_tol=0.01)
