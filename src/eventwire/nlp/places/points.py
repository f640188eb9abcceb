"""Where to put a place known as an area: countries, subdivisions, regions.

Gazetteers and geocoding gold sets place an area at one conventional point, roughly the middle of
its territory, not at its capital or its population centre. This module computes such points:

- :func:`country_points`: countries from the ``countryinfo`` package, which ships each country's
  conventional point (``latlng``, whole degrees, as atlases give it) and its outline. The point
  used is the equal-area centroid of the country's largest polygon (its main landmass: the
  contiguous United States, mainland China) when that centroid lies within
  :data:`MAINLAND_AGREEMENT_KM` of the conventional point, else the conventional point itself
  (archipelagos, or countries whose largest polygon is one island among many, such as
  Indonesia, where a polygon centroid means little).
- :func:`extent_point`: subdivisions and regions known only by the towns in them, placed at the
  centre of the extent of their main group of towns. Unlike a population-weighted or
  populated-area centroid, this is not dragged towards the densely settled part (southern
  Ontario, south-east Queensland), which is what a subdivision's conventional point ignores.
- :func:`region_point`: the area-weighted centroid of populated 1-degree cells, gaps filled: the
  fallback for countries the package lacks.
- :func:`subdivisions`: the states and provinces of the ``countrystatecity-countries`` package
  (ODbL), each with its own point; :func:`consensus_point` combines such a point with the
  town-derived one (see there).
"""

from __future__ import annotations

import importlib.metadata
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwire.nlp.places.tables import fold

log = logging.getLogger(__name__)

# Cells further apart than this (in 1-degree cells) split a region into separate groups.
_CELL_LINK = 3
# The main-landmass centroid replaces the conventional point only when the two roughly agree.
MAINLAND_AGREEMENT_KM = 250.0
# Two estimates of a subdivision's point further apart than this do not describe the same area.
CONSENSUS_KM = 500.0

Point = tuple[float, float]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p = math.pi / 180
    a = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


# --------------------------------------------------------------------------- towns to a point


def _main_group(cells: Counter[tuple[int, int]]) -> list[tuple[int, int]]:
    """The group of nearby cells holding the most places."""
    todo = set(cells)
    best: list[tuple[int, int]] = []
    best_weight = -1
    while todo:
        stack = [todo.pop()]
        group = list(stack)
        while stack:
            a, b = stack.pop()
            for da in range(-_CELL_LINK, _CELL_LINK + 1):
                for db in range(-_CELL_LINK, _CELL_LINK + 1):
                    if (a + da, b + db) in todo:
                        todo.remove((a + da, b + db))
                        stack.append((a + da, b + db))
                        group.append((a + da, b + db))
        weight = sum(cells[c] for c in group)
        if weight > best_weight:
            best, best_weight = group, weight
    return best


def _fill(group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cells between occupied cells both along their row and along their column.

    Fills the empty deserts, forests and tundra inside a country (which have no towns) but
    not the sea in a bay, which is open along one of the two directions.
    """
    rows: dict[int, list[int]] = defaultdict(list)
    cols: dict[int, list[int]] = defaultdict(list)
    for a, b in group:
        rows[a].append(b)
        cols[b].append(a)
    col_span = {b: (min(v), max(v)) for b, v in cols.items()}
    return [
        (a, b)
        for a, v in rows.items()
        for b in range(min(v), max(v) + 1)
        if b in col_span and col_span[b][0] <= a <= col_span[b][1]
    ]


def _cells(points: Iterable[Point]) -> Counter[tuple[int, int]]:
    return Counter((math.floor(lat), math.floor(lon)) for lat, lon in points)


def region_point(points: Iterable[Point]) -> Point | None:
    """A representative (lat, lon) for a region known only by the places in it.

    The area-weighted centroid of the populated 1-degree cells of the region's main group of
    cells, gaps filled (see :func:`_fill`); ``None`` when there are no places.
    """
    cells = _cells(points)
    if not cells:
        return None
    filled = _fill(_main_group(cells))
    weights = [math.cos(math.radians(a + 0.5)) for a, _ in filled]
    total = sum(weights)
    lat = sum((a + 0.5) * w for (a, _), w in zip(filled, weights, strict=True)) / total
    lon = sum((b + 0.5) * w for (_, b), w in zip(filled, weights, strict=True)) / total
    return round(lat, 4), round(lon, 4)


def extent_point(points: Iterable[Point]) -> Point | None:
    """The centre of the extent of the places in a region's main group of cells.

    Far outliers (islands, exclaves, misfiled towns) are dropped with the cells outside the main
    group; ``None`` when there are no places.
    """
    points = list(points)
    cells = _cells(points)
    if not cells:
        return None
    main = set(_main_group(cells))
    kept = [(lat, lon) for lat, lon in points if (math.floor(lat), math.floor(lon)) in main]
    lats = [lat for lat, _ in kept]
    lons = [lon for _, lon in kept]
    return round((min(lats) + max(lats)) / 2, 4), round((min(lons) + max(lons)) / 2, 4)


# --------------------------------------------------------------------------- outlines to a point


def _ring_centroid(ring: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """(area, lat, lon) of a closed lon/lat ring, in the cylindrical equal-area projection.

    The shoelace formula runs on (lon, sin lat), where equal areas on the globe are equal areas
    on the plane, so a square degree near the pole weighs what it covers. (Run on raw degrees it
    weighs Siberia, the Canadian Arctic or Inner Mongolia several times over and pulls the
    centroids of Russia, Canada or China north by hundreds of kilometres.) The area is in
    degrees times sine units: only compared between the rings of one country.
    """
    pts = [(x, math.sin(math.radians(y))) for x, y in ring]
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, [*pts[1:], pts[0]], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return 0.0, 0.0, 0.0
    sin_lat = max(-1.0, min(1.0, cy / (3 * area)))
    return abs(area / 2), math.degrees(math.asin(sin_lat)), cx / (3 * area)


def mainland_point(geojson: dict[str, Any]) -> Point | None:
    """The equal-area centroid of the largest polygon of a GeoJSON (Multi)Polygon collection."""
    best: tuple[float, float, float] | None = None
    for feature in geojson.get("features") or []:
        geometry = feature.get("geometry") or {}
        coords = geometry.get("coordinates") or []
        polygons = coords if geometry.get("type") == "MultiPolygon" else [coords]
        for polygon in polygons:
            if polygon and len(polygon[0]) >= 3:
                part = _ring_centroid([(float(x), float(y)) for x, y, *_ in polygon[0]])
                if best is None or part[0] > best[0]:
                    best = part
    return (round(best[1], 4), round(best[2], 4)) if best and best[0] > 0 else None


def _conventional(info: dict[str, Any]) -> Point | None:
    latlng = info.get("latlng")
    if (
        isinstance(latlng, list)
        and len(latlng) == 2
        and all(isinstance(x, int | float) for x in latlng)
    ):
        return float(latlng[0]), float(latlng[1])
    return None


def country_point(info: dict[str, Any]) -> Point | None:
    """The point of one country from its ``countryinfo`` record (see the module docstring)."""
    conventional = _conventional(info)
    geojson = info.get("geoJSON")
    mainland = mainland_point(geojson) if isinstance(geojson, dict) else None
    if conventional is None:
        return mainland
    if mainland and haversine_km(*conventional, *mainland) <= MAINLAND_AGREEMENT_KM:
        return mainland
    return conventional


def countryinfo_version() -> str:
    """The installed ``countryinfo`` version, or ``"none"``."""
    try:
        return importlib.metadata.version("countryinfo")
    except importlib.metadata.PackageNotFoundError:
        return "none"


@cache
def country_points() -> dict[str, Point]:
    """ISO alpha-3 code → the country's point, for every country ``countryinfo`` knows.

    Empty (with a warning) when the package is missing: the gazetteer then falls back to
    :func:`region_point` of each country's towns.
    """
    try:
        from countryinfo import CountryInfo
    except ImportError:
        log.warning("countryinfo is not installed: country points are derived from towns")
        return {}
    out: dict[str, Point] = {}
    for info in CountryInfo.all().values():
        iso3 = (info.get("ISO") or {}).get("alpha3")
        point = country_point(dict(info)) if iso3 else None
        if iso3 and point and iso3 not in out:
            out[str(iso3)] = point
    return out


# --------------------------------------------------------------------------- subdivision points


@dataclass(frozen=True, slots=True)
class Subdivision:
    """A state, province, county... of ``countrystatecity-countries``, with its point."""

    iso2: str
    name: str
    native: str
    kind: str  # the package's own type word: "province", "state", "county", "london borough"...
    lat: float
    lon: float


def csc_version() -> str:
    """The installed ``countrystatecity-countries`` version, or ``"none"``."""
    try:
        return importlib.metadata.version("countrystatecity-countries")
    except importlib.metadata.PackageNotFoundError:
        return "none"


@cache
def subdivisions() -> list[Subdivision]:
    """Every subdivision with a point that ``countrystatecity-countries`` knows (about 5,300).

    Empty (with a warning) when the package is missing: subdivisions are then placed from their
    towns alone, and only those of ``admin1.tsv`` exist.
    """
    try:
        import countrystatecity_countries as csc
    except ImportError:
        log.warning("countrystatecity-countries is not installed: no subdivision points")
        return []
    out: list[Subdivision] = []
    for country in csc.get_countries():
        for state in csc.get_states_of_country(country.iso2):
            if state.latitude and state.longitude:
                out.append(
                    Subdivision(
                        state.country_code,
                        state.name,
                        state.native or "",
                        state.type or "",
                        float(state.latitude),
                        float(state.longitude),
                    )
                )
    return out


@dataclass(frozen=True, slots=True)
class ListedTown:
    """A town, base, camp or neighbourhood of ``countrystatecity-countries``, with its point."""

    iso2: str
    state: str  # the name of its state, province... in the package
    name: str
    lat: float
    lon: float


def listed_towns() -> list[ListedTown]:
    """Every place with a point that ``countrystatecity-countries`` lists under a state (about
    150,000, most of them GeoNames towns too); empty when the package is missing. Read only
    while the index is built."""
    try:
        import countrystatecity_countries as csc
    except ImportError:
        return []
    out: list[ListedTown] = []
    for country in csc.get_countries():
        states = {s.state_code: s.name for s in csc.get_states_of_country(country.iso2)}
        for city in csc.get_cities_of_country(country.iso2):
            if city.latitude and city.longitude:
                out.append(
                    ListedTown(
                        city.country_code,
                        states.get(city.state_code or "", ""),
                        city.name,
                        float(city.latitude),
                        float(city.longitude),
                    )
                )
    return out


def consensus_point(towns: Point | None, listed: Point | None) -> Point | None:
    """The point of a subdivision known both from its towns and from a listed point.

    The two are independent estimates of the conventional point: the centre of the towns'
    extent misses the empty part of a large unit (northern Ontario), the listed point is
    sometimes the capital or a geocoder's guess (New York State at New York City). Their
    midpoint is within 161 km of the gold points of two geocoding sets more often than
    either alone. When they disagree by more than :data:`CONSENSUS_KM` they do not describe
    the same area, and the town-derived point is kept.
    """
    if towns is None or listed is None:
        return towns or listed
    if haversine_km(*towns, *listed) > CONSENSUS_KM:
        return towns
    return round((towns[0] + listed[0]) / 2, 4), round((towns[1] + listed[1]) / 2, 4)


def zipcodes_version() -> str:
    """The installed ``zipcodes`` version, or ``"none"``."""
    try:
        return importlib.metadata.version("zipcodes")
    except importlib.metadata.PackageNotFoundError:
        return "none"


@cache
def us_county_points() -> dict[tuple[str, str], Point]:
    """(state code, county name) → the median point of the county's ZIP codes.

    GeoNames' US counties come without coordinates; the ZIP code table of the ``zipcodes``
    package (43,000 codes, each with its county and a point) places each county near its
    middle, which keeps a county mention near its own towns (Laurel County next to London,
    Kentucky) rather than at its state's centre. Empty (with a warning) when the package is
    missing: counties then stand at their state's point.
    """
    try:
        import zipcodes
    except ImportError:
        log.warning("zipcodes is not installed: US counties stand at their state's point")
        return {}
    grouped: defaultdict[tuple[str, str], list[Point]] = defaultdict(list)
    for z in zipcodes.list_all():
        if z.get("county") and z.get("lat") and z.get("long"):
            grouped[(z["state"], z["county"])].append((float(z["lat"]), float(z["long"])))
    return {key: _median_point(points) for key, points in grouped.items()}


#: ZIP code kinds that name a post office's town (not a firm's own code or a military post).
_TOWN_ZIP_TYPES = frozenset({"STANDARD", "PO BOX"})


@cache
def us_post_towns() -> list[ListedTown]:
    """Every US town the ``zipcodes`` package names a post office after, at the median point of
    its ZIP codes, with its state's postal code as ``state`` (empty when the package is
    missing). New England villages ("Bryant Pond", "Bass Harbor"), New Jersey townships and
    rural hamlets are post-office names GeoNames' towns of 500 or more lack, and are what a
    local paper's stories name."""
    try:
        import zipcodes
    except ImportError:
        return []
    grouped: defaultdict[tuple[str, str], list[Point]] = defaultdict(list)
    for z in zipcodes.list_all():
        if z.get("zip_code_type") in _TOWN_ZIP_TYPES and z.get("active") and z.get("lat"):
            grouped[(z["state"], z["city"])].append((float(z["lat"]), float(z["long"])))
    return [
        ListedTown("US", state, name, *_median_point(points))
        for (state, name), points in sorted(grouped.items())
    ]


def us_town_counties() -> dict[tuple[str, str], str]:
    """(state code, folded town name) → the folded name of the county most of the town's ZIP
    codes lie in, from the ``zipcodes`` package (empty when it is missing). The builder sums
    the GeoNames towns of each county into its population, which GeoNames' county list lacks:
    without it, same-named counties ("Greene County" in 14 states) tie."""
    try:
        import zipcodes
    except ImportError:
        return {}
    counts: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for z in zipcodes.list_all():
        if z.get("county") and z.get("city"):
            counts[(z["state"], fold(z["city"]))][fold(z["county"])] += 1
    return {key: c.most_common(1)[0][0] for key, c in counts.items()}


def _median_point(points: list[Point]) -> Point:
    """Coordinate-wise median: a few mis-placed post-office boxes do not move it."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    mid = len(points) // 2
    return round(lats[mid], 4), round(lons[mid], 4)
