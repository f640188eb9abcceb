"""Reading conventions of place names: a capital in a story that names its country, dotted
initials, disease names and former countries."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc

from eventwire.nlp.places import gazetteer as gz
from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import Evidence, resolve
from eventwire.records import Place

_GID = iter(range(20_000, 30_000))


def _e(
    name: str,
    kind: str,
    iso3: str | None,
    lat: float,
    lon: float,
    pop: int,
    code: str,
    admin1: str | None = None,
) -> GazEntry:
    return GazEntry(next(_GID), name, lat, lon, iso3, admin1, code, pop, kind)  # type: ignore[arg-type]


USA = _e("United States", "country", "USA", 39.8, -98.6, 327_000_000, "PCLI")
UK = _e("United Kingdom", "country", "GBR", 54.0, -2.0, 66_000_000, "PCLI")
LONDON = _e("London", "city", "GBR", 51.51, -0.13, 8_900_000, "PPLC", "England")
LEEDS = _e("Leeds", "city", "GBR", 53.80, -1.55, 790_000, "PPL", "England")
YORK = _e("York", "city", "GBR", 53.96, -1.08, 150_000, "PPL", "England")
CAPITAL = _e("Washington", "city", "USA", 38.9, -77.04, 690_000, "PPLC", "District of Columbia")
VILLAGE = _e("Washington", "city", "GBR", 55.0, -1.5, 2_000, "PPL", "England")
PENNSYLVANIA = _e("Pennsylvania", "admin1", "USA", 40.9, -77.8, 9_000_000, "ADM1")
BIG_ALIAS = _e("Pantown", "city", "CHN", 29.6, 106.6, 7_000_000, "PPL")
MIAMI = _e("Miami", "city", "USA", 25.77, -80.19, 440_000, "PPL")
MARBURG = _e("Marburg", "city", "DEU", 50.81, 8.77, 72_000, "PPL")
UGANDA = _e("Uganda", "country", "UGA", 1.3, 32.3, 43_000_000, "PCLI")
ITALY = _e("Italy", "country", "ITA", 42.8, 12.8, 60_000_000, "PCLI")
CONGO = _e("Congo", "country", "COD", -2.5, 23.6, 90_000_000, "PCLI")

GAZ = MemoryGazetteer(
    [USA, UK, LONDON, CAPITAL, PENNSYLVANIA, MIAMI, MARBURG, UGANDA, ITALY, CONGO],
    aliases=[
        ("PA", PENNSYLVANIA),
        ("Pa.", PENNSYLVANIA),
        ("PA", BIG_ALIAS),  # a big city with an old name that folds the same
    ],
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def _places(component: PlacesComponent, nlp: Language, text: str, ents: list[str]) -> list[Place]:
    return list(component(make_doc(nlp, text, [(e, "GPE") for e in ents]))._.ew_places)


def test_capital_of_a_named_country_beats_a_village_near_the_story() -> None:
    """A story mostly about Britain that names the United States: "Washington" is its capital,
    though a British village of the name lies near the story's other towns."""
    cands = {
        "united kingdom": [UK],
        "london": [LONDON],
        "leeds": [LEEDS],
        "york": [YORK],
        "united states": [USA],
        "washington": [CAPITAL, VILLAGE],
    }
    weights = Counter({"united kingdom": 3, "london": 2, "leeds": 2, "york": 2})
    weights.update(["united states", "washington"])
    assert resolve(cands, weights, Evidence())["washington"] is CAPITAL


def test_namesake_village_still_wins_where_its_capital_country_is_unnamed() -> None:
    """Without the United States named, the British story's Washington is the village."""
    cands = {
        "united kingdom": [UK],
        "london": [LONDON],
        "leeds": [LEEDS],
        "york": [YORK],
        "washington": [CAPITAL, VILLAGE],
    }
    weights = Counter({"united kingdom": 3, "london": 2, "leeds": 2, "york": 2, "washington": 1})
    assert resolve(cands, weights, Evidence())["washington"] is VILLAGE


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        (
            "Clients of the firm Harlan & Voss, P.A. lost money in Miami.",
            ["P.A.", "Miami"],
            ["Miami"],
        ),
        (
            "Farmers near Scranton, Pa. lost their crops.",
            ["Pa."],
            ["Pennsylvania"],
        ),
        ("Voters in PA went to the polls.", ["PA"], ["Pennsylvania"]),
    ],
)
def test_dotted_initials_never_name_a_one_word_state_or_town(
    blank: Language, component: PlacesComponent, text: str, ents: list[str], names: list[str]
) -> None:
    assert [p.name for p in _places(component, blank, text, ents)] == names


@pytest.mark.parametrize(
    ("text", "ents", "names"),
    [
        (
            "A tourist back from Uganda died of the Marburg virus.",
            ["Uganda", "Marburg"],
            ["Uganda"],
        ),
        ("Students protested in Marburg on Friday.", ["Marburg"], ["Marburg"]),
        # a country before the word is a headline's place, not a disease's name
        ("Italy virus toll tops 10,000 as schools close.", ["Italy"], ["Italy"]),
        # unless it is hyphenated into the name
        ("A case of Crimean-Congo fever was found in Uganda.", ["Congo", "Uganda"], ["Uganda"]),
    ],
)
def test_a_place_name_that_names_a_disease_is_no_place(
    blank: Language, component: PlacesComponent, text: str, ents: list[str], names: list[str]
) -> None:
    assert [p.name for p in _places(component, blank, text, ents)] == names


# --------------------------------------------------------------------------- the real index


def _km(a: GazEntry, b: GazEntry) -> float:
    dlat, dlon = math.radians(a.lat - b.lat), math.radians(a.lon - b.lon)
    return 6371 * math.hypot(dlat, dlon * math.cos(math.radians(a.lat)))


@pytest.mark.parametrize(("former", "successor"), [("Soviet Union", "Russia"), ("USSR", "Russia")])
def test_former_country_stands_at_its_main_successors_point(former: str, successor: str) -> None:
    geonames = gz.default_gazetteer()
    [old] = [e for e in geonames.candidates(former) if e.kind == "continent"]
    [new] = [e for e in geonames.candidates(successor) if e.kind == "country"]
    assert _km(old, new) < 1


@pytest.mark.parametrize(
    ("name", "point"),
    [
        ("Atlantic", (10.0, -25.0)),
        ("Red Sea", (19.0, 39.5)),
        ("South Pacific", (-45.0, -130.0)),
        ("Persian Gulf", (27.0, 51.0)),
    ],
)
def test_water_stands_at_its_geonames_point(name: str, point: tuple[float, float]) -> None:
    # the geocoding gold sets place these bodies at GeoNames' own points, not the atlas middle
    geonames = gz.default_gazetteer()
    [body] = [e for e in geonames.candidates(name) if e.kind == "water"]
    assert (body.lat, body.lon) == point


def test_niger_delta_is_the_nigerian_region_not_niger() -> None:
    # "the Niger Delta Development Commission": the whole name is a region of Nigeria
    [delta] = gz.default_gazetteer().candidates("niger delta")
    assert delta.country_iso3 == "NGA"
    assert 4.0 < delta.lat < 6.5 and 5.0 < delta.lon < 8.0
