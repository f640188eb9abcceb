"""Clusters of readings: three or more names of an article that each have a small town close
to the others' ("Milford", "Orange" and "Woodbridge": three Connecticut towns a few km apart).

Each such name may be borne by dozens of towns, so nearness to one other name's readings says
little (a name of 30 towns lies near something almost anywhere), and the resolver's coherence
skips names of many readings. Two other names each with a reading within a few tens of km of
the same town is another matter: among names of 15 to 40 towns each that is rare by chance (a
rough count, not a measured one), while a local story names its neighbouring towns all the time.
The readings of such a cluster are supported before the first choice, as the town-in-county
pairs are (``resolve.county_pairs``).
"""

from __future__ import annotations

import math
from collections import defaultdict

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.points import haversine_km

__all__ = ["cluster_readings"]

#: Readings of different names this near each other stand together (neighbouring towns; as
#: near as ``resolve._PAIR_KM`` puts a town inside its county).
CLUSTER_KM = 40.0
#: A reading is clustered when this many other names have a reading near it.
_OTHERS = 2
_CELL_DEG = 0.5  # grid cell of the near search: about 55 km, wider than CLUSTER_KM
# Only towns below a city's size: a city is near many a village of any common name, and
# neighbouring counties of common names ("Marion", "Monroe") lie together in many states.
_TOWN_MAX_POP = 100_000

Reading = tuple[str, GazEntry]  # a folded name and one of its candidates


def cluster_readings(cands: dict[str, list[GazEntry]]) -> dict[str, frozenset[GazEntry]]:
    """Per folded name, its readings with a reading of at least two other names within
    ``CLUSTER_KM``: different places, not one place under two spellings.

    Args:
        cands: folded name → its gazetteer candidates.
    """
    grid = _grid([(k, c) for k, cs in cands.items() for c in cs if _town(c)])
    out: dict[str, set[GazEntry]] = {}
    for cell, readings in grid.items():
        near = [r for d in _around(cell) for r in grid.get(d, ())]
        for key, entry in readings:
            if _clustered(key, entry, near):
                out.setdefault(key, set()).add(entry)
    return {k: frozenset(v) for k, v in out.items()}


def _town(entry: GazEntry) -> bool:
    """A town small enough to count in a cluster (see ``_TOWN_MAX_POP``)."""
    return entry.kind == "city" and entry.population < _TOWN_MAX_POP


def _grid(readings: list[Reading]) -> dict[tuple[int, int], list[Reading]]:
    grid: defaultdict[tuple[int, int], list[Reading]] = defaultdict(list)
    for key, entry in readings:
        grid[_cell(entry)].append((key, entry))
    return grid


def _cell(entry: GazEntry) -> tuple[int, int]:
    return math.floor(entry.lat / _CELL_DEG), math.floor(entry.lon / _CELL_DEG)


def _around(cell: tuple[int, int]) -> list[tuple[int, int]]:
    """The cell and its eight neighbours (a cell's width exceeds ``CLUSTER_KM`` in latitude;
    far north a degree of longitude shrinks, so a few near readings may be missed there)."""
    return [(cell[0] + a, cell[1] + b) for a in (-1, 0, 1) for b in (-1, 0, 1)]


def _clustered(key: str, entry: GazEntry, near: list[Reading]) -> bool:
    """Whether readings of at least two other names lie near ``entry``, at two other places:
    "Mt. Pleasant" and "Mount Pleasant" are one town, and a name's reading supports no other
    name's reading of the same place."""
    keys: set[str] = set()
    places: set[tuple[str, str | None]] = set()
    for k, e in near:
        place = (e.name, e.admin1)
        if k == key or place == (entry.name, entry.admin1):
            continue
        if haversine_km(entry.lat, entry.lon, e.lat, e.lon) <= CLUSTER_KM:
            keys.add(k)
            places.add(place)
    return len(keys) >= _OTHERS and len(places) >= _OTHERS
