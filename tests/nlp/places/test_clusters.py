"""Three names of an article, each borne by many towns, whose readings in one place lie within a
few tens of km of each other are read there (invented towns, placed like neighbours)."""

from __future__ import annotations

from collections import Counter
from itertools import count

from eventwire.nlp.places.clusters import cluster_readings
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import resolve

_GID = count(40_000)


def _town(name: str, state: str, lat: float, lon: float, pop: int) -> GazEntry:
    return GazEntry(next(_GID), name, lat, lon, "USA", state, "PPL", pop, "city")


# three small neighbours in one state, each name also borne by a bigger town elsewhere
ASHFORD_IA = _town("Ashford", "Iowa", 41.00, -91.40, 1_900)
BELLMONT_IA = _town("Bellmont", "Iowa", 41.05, -91.55, 8_700)
CORLISS_IA = _town("Corliss", "Iowa", 41.15, -91.45, 1_100)
ASHFORD_CT = _town("Ashford", "Connecticut", 41.35, -72.10, 27_000)
BELLMONT_SC = _town("Bellmont", "South Carolina", 32.80, -79.86, 81_000)
CORLISS_KS = _town("Corliss", "Kansas", 37.24, -97.00, 12_000)
CANDS = {
    "ashford": [ASHFORD_CT, ASHFORD_IA],
    "bellmont": [BELLMONT_SC, BELLMONT_IA],
    "corliss": [CORLISS_KS, CORLISS_IA],
}


def test_clusters_three_neighbouring_names_support_each_other() -> None:
    clustered = cluster_readings(CANDS)
    assert clustered == {
        "ashford": frozenset({ASHFORD_IA}),
        "bellmont": frozenset({BELLMONT_IA}),
        "corliss": frozenset({CORLISS_IA}),
    }


def test_clusters_decide_the_names_of_a_local_story() -> None:
    chosen = resolve(CANDS, Counter({"ashford": 5, "bellmont": 1, "corliss": 1}))
    assert chosen == {"ashford": ASHFORD_IA, "bellmont": BELLMONT_IA, "corliss": CORLISS_IA}


def test_clusters_need_two_other_names() -> None:
    # two neighbours alone are a coincidence among names of many towns: the bigger towns stay
    two = {k: CANDS[k] for k in ("ashford", "bellmont")}
    assert cluster_readings(two) == {}
    assert resolve(two, Counter(two.keys())) == {"ashford": ASHFORD_CT, "bellmont": BELLMONT_SC}


def test_clusters_one_town_under_two_spellings_is_no_neighbour() -> None:
    # "Mt. Bellmont" and "Mount Bellmont" are one town, not two names standing by a third
    mount = _town("Mount Bellmont", "Iowa", 41.05, -91.55, 8_700)
    cands = {"mt. bellmont": [mount], "mount bellmont": [mount], "ashford": CANDS["ashford"]}
    assert cluster_readings(cands) == {}


def test_clusters_leave_out_cities_and_counties() -> None:
    # a city lies near a village of almost any name; neighbouring counties of common names
    # lie together in many states
    city = _town("Dunmore", "Iowa", 41.02, -91.50, 250_000)
    county = GazEntry(None, "Corliss County", 41.1, -91.5, "USA", "Iowa", "ADM2", 20_000, "admin2")
    cands = {"dunmore": [city], "corliss county": [county], "ashford": CANDS["ashford"]}
    assert cluster_readings(cands) == {}
