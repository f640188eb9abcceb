"""CAMEO TSV: one tab-separated row per fused event under the GDELT 2.0 event table's column
names, a header line first. A column eventwire has nothing for is empty (``docs/exports.md``)."""

from __future__ import annotations

import calendar
import csv
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export import geo
from eventwire.export.sources import (
    ArticleIndex,
    DayDate,
    event_day,
    is_lead,
    member_articles,
    urls,
)
from eventwire.records import FusedActor, FusedEvent, FusedPlace

_ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)

#: The 61 columns of the GDELT 2.0 event table, in its order.
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in _ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass")
    + ("GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in _GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in _GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)

#: GDELT geographic types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
_GEO_TYPE = {"country": 1, "admin1": 5}


def _actor(prefix: str, actor: FusedActor | None) -> dict[str, Any]:
    """Actor1*/Actor2* columns: CAMEO-style code (country + sector), name, country, sector."""
    if actor is None:
        return {}
    return {
        f"{prefix}Code": f"{actor.country or ''}{actor.sector or ''}" or None,
        f"{prefix}Name": actor.name,
        f"{prefix}CountryCode": actor.country,
        f"{prefix}Type1Code": actor.sector,
    }


def _dates(day: DayDate | None) -> dict[str, Any]:
    if day is None:
        return {}
    d = day.day
    days = 366 if calendar.isleap(d.year) else 365
    return {
        "SQLDATE": d.strftime("%Y%m%d"),
        "MonthYear": d.strftime("%Y%m"),
        "Year": d.year,
        "FractionDate": f"{d.year + min(d.timetuple().tm_yday / days, 0.9999):.4f}",
    }


def geo_type(place: FusedPlace) -> int:
    """GDELT's geographic type of ``place``; a city, district or place within a city is a
    "city", a first-level division a "state"."""
    kind = _GEO_TYPE.get(place.precision, 4)
    return kind - 2 if place.country == "USA" and kind in (4, 5) else kind


def _full_name(place: FusedPlace) -> str:
    """``City, Region, Country`` as GDELT writes it, without repeats."""
    land = geo.country(place.country)
    parts = [place.name, place.admin1, land.name if land else place.country]
    return ", ".join(dict.fromkeys(p for p in parts if p))


def _adm1_code(place: FusedPlace, land: geo.Country | None) -> str | None:
    """FIPS country code, plus the GeoNames admin1 code of the place's city when known."""
    if land is None or land.fips is None:
        return None
    if place.precision == "country":
        return land.fips
    city = geo.populated_place(place)[1]
    return f"{land.fips}{city.admin1code}" if city and city.admin1code else None


def _action_geo(place: FusedPlace | None) -> dict[str, Any]:
    if place is None:
        return {}
    land = geo.country(place.country)
    return {
        "ActionGeo_Type": geo_type(place),
        "ActionGeo_FullName": _full_name(place),
        "ActionGeo_CountryCode": land.fips if land else None,
        "ActionGeo_ADM1Code": _adm1_code(place, land),
        "ActionGeo_Lat": place.lat,
        "ActionGeo_Long": place.lon,
        "ActionGeo_FeatureID": place.geonameid,
    }


def _event(fused: FusedEvent, index: ArticleIndex) -> dict[str, Any]:
    cameo = fused.cameo
    return {
        "IsRootEvent": int(is_lead(fused, index)),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3] if cameo else None,
        "EventRootCode": cameo[:2] if cameo else None,
        "QuadClass": fused.quad,
        "NumMentions": len(fused.members),
        "NumSources": fused.num_sources,
        "NumArticles": fused.num_articles,
    }


def gdelt_row(fused: FusedEvent, index: ArticleIndex) -> dict[str, Any]:
    """The GDELT-named row of one fused event; missing columns are ``None``."""
    first_url = next(iter(urls(member_articles(fused, index))), None)
    row: dict[str, Any] = {
        "GLOBALEVENTID": fused.id,
        **_dates(event_day(fused)),
        **_actor("Actor1", fused.source[0] if fused.source else None),
        **_actor("Actor2", fused.target[0] if fused.target else None),
        **_event(fused, index),
        **_action_geo(fused.place),
        "SOURCEURL": first_url,
    }
    return {col: row.get(col) for col in GDELT_COLUMNS}


def write_cameo_tsv(fused: Iterable[FusedEvent], index: ArticleIndex, out: TextIO) -> int:
    """A header line, then one GDELT-named row per fused event; returns rows written."""
    writer = csv.DictWriter(
        out, fieldnames=list(GDELT_COLUMNS), delimiter="\t", lineterminator="\n"
    )
    writer.writeheader()
    n = 0
    for event in fused:
        writer.writerow(gdelt_row(event, index))
        n += 1
    return n
