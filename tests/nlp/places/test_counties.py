"""US counties: ranked by the population of their towns; a county supports the towns inside it,
not those of its region ("Fairview" beside "Oak County" is the town inside it)."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.nlp.places import default_gazetteer, fold
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import Evidence, _Context, county_pairs, resolve


def _county(state: str, lat: float, lon: float, pop: int, name: str = "Oak County") -> GazEntry:
    return GazEntry(None, name, lat, lon, "USA", state, "ADM2", pop, "admin2")


def _town(state: str, lat: float, lon: float, pop: int) -> GazEntry:
    return GazEntry(None, "Fairview", lat, lon, "USA", state, "PPL", pop, "city")


def test_counties_a_county_supports_only_the_towns_inside_it() -> None:
    # A town two hours' drive from a county is no town of it: the county of a story about
    # Fairview, Texas says nothing for Fairview, Alabama (Oak County, Alabama is 130 km
    # away), while a town within the county is supported in full.
    ctx = _Context()
    ctx.add(_county("Alabama", 33.80, -87.30, 64_000), 1.0)
    assert ctx.nearness(_town("Alabama", 34.73, -86.59, 190_000)) == 0.0
    assert ctx.nearness(_town("Alabama", 33.83, -87.28, 1_000)) > 1.9
    near = _Context()
    near.add(_town("Alabama", 34.73, -86.59, 190_000), 1.0)
    assert near.nearness(_town("Alabama", 34.0, -86.0, 5_000)) > 0.5  # town to town: 300 km


def test_counties_a_named_state_outweighs_a_far_more_populous_county() -> None:
    kentucky = GazEntry(
        None, "Kentucky", 37.5, -85.3, "USA", "Kentucky", "ADM1", 4_400_000, "admin1"
    )
    cands = {
        "lee county": [
            _county("Illinois", 40.49, -88.84, 300_000, "Lee County"),
            _county("Kentucky", 37.53, -87.26, 2_000, "Lee County"),
        ]
    }
    chosen = resolve(cands, Counter({"lee county": 1}), Evidence(fixed=[kentucky]))
    assert chosen["lee county"].admin1 == "Kentucky"


@pytest.mark.parametrize(
    ("name", "state"), [("Greene County", "Missouri"), ("Franklin County", "Ohio")]
)
def test_counties_carry_the_population_of_their_towns(name: str, state: str) -> None:
    cands = default_gazetteer().candidates(fold(name))
    biggest = max(cands, key=lambda c: c.population)
    assert (biggest.kind, biggest.admin1) == ("admin2", state)
    assert biggest.population > 100_000


# A famous foreign namesake and a small US town, and counties of one name in several states.
_FAMOUS = GazEntry(7, "Corvel", 41.0, 20.0, "ZZZ", None, "PPLC", 2_000_000, "city")
_SMALL = GazEntry(8, "Corvel", 35.0, -95.0, "USA", "Oklahoma", "PPL", 9_000, "city")
_OTHER_SMALL = GazEntry(9, "Corvel", 40.0, -84.0, "USA", "Ohio", "PPL", 12_000, "city")
_OAK_OK = _county("Oklahoma", 35.1, -95.1, 40_000)
_OAK_TX = _county("Texas", 31.0, -97.0, 400_000)
_OAK_OH = _county("Ohio", 40.6, -83.5, 300_000)  # 80 km from the Ohio Corvel: next door


def test_counties_a_town_and_county_named_apart_pick_the_town_inside_the_county() -> None:
    # "Corvel police ... the Oak County sheriff": of all the pairings only the Oklahoma town
    # lies inside an Oak County, so both names take their Oklahoma readings, over the capital
    # abroad and the more populous counties.
    cands = {"corvel": [_FAMOUS, _SMALL, _OTHER_SMALL], "oak county": [_OAK_TX, _OAK_OK, _OAK_OH]}
    chosen = resolve(cands, Counter(list(cands)))
    assert chosen["corvel"] == _SMALL
    assert chosen["oak county"] == _OAK_OK


def test_counties_no_pairing_leaves_the_usual_choice() -> None:
    # No Corvel lies inside a Pine County: the county is no evidence for either town.
    pine = _county("Texas", 31.0, -97.0, 400_000, name="Pine County")
    cands = {"corvel": [_FAMOUS, _SMALL], "pine county": [pine]}
    assert resolve(cands, Counter(list(cands)))["corvel"] == _FAMOUS


def test_counties_many_pairings_say_nothing() -> None:
    # A name of three towns, each inside an Oak County: the pairings do not choose.
    towns = [
        GazEntry(None, "Corvel", c.lat, c.lon, "USA", c.admin1, "PPL", 5_000, "city")
        for c in (_OAK_OK, _OAK_TX, _OAK_OH)
    ]
    cands = {"corvel": [_FAMOUS, *towns], "oak county": [_OAK_TX, _OAK_OK, _OAK_OH]}
    assert county_pairs(cands) == {}
