"""ACLED-style CSV: one row per fused event that has an ACLED event type, with ACLED's column
names. Actor types, disorder types and the participants of protests and riots come from the
tables in ``export/resources``; ``docs/exports.md`` says where every column comes from."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, TextIO

from eventwire.export import geo
from eventwire.export.sources import (
    ArticleIndex,
    event_day,
    lowest_figure,
    member_articles,
    member_sentences,
    outlets,
    read_resource,
)
from eventwire.records import Acled, FusedActor, FusedEvent, FusedPlace

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: ACLED time precision: 1 the day is known, 2 the week, 3 only the month (or less).
TIME_PRECISION = {"day": 1, "month": 3, "year": 3}
#: ACLED geo precision: 1 the town itself, 2 a district near it, 3 only a region or country.
GEO_PRECISION = {"sublocal": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3}
#: Actor types that keep their code in protests and riots: state, rebel, external forces.
_ARMED = frozenset({1, 2, 8})
CIVILIANS = 7


@cache
def _inter_codes() -> dict[str, int]:
    return {r["key"]: int(r["inter"]) for r in read_resource("acled_inter.tsv")}


@cache
def _participants() -> dict[tuple[str, str], int]:
    rows = read_resource("acled_participants.tsv")
    return {(r["event_type"], r["side"]): int(r["inter"]) for r in rows}


@cache
def _disorder() -> dict[tuple[str, str], str]:
    rows = read_resource("acled_disorder.tsv")
    return {(r["event_type"], r["sub_event_type"]): r["disorder_type"] for r in rows}


def disorder_type(acled: Acled) -> str | None:
    """ACLED's disorder type of an event type / sub-event type pair."""
    return _disorder().get((acled.event_type, acled.sub_event_type))


def inter_code(actor: FusedActor, acled: Acled, side: str, where: str | None) -> int | None:
    """The ACLED actor type of ``actor`` on ``side`` ("source"/"target") of an event of type
    ``acled`` in country ``where`` (alpha-3)."""
    codes = _inter_codes()
    code = codes.get(actor.sector or "", codes.get(f"kind:{actor.kind}"))
    if code == 1 and where and actor.country and actor.country != where:
        code = 8  # state forces outside their country are external forces to ACLED
    if code not in _ARMED:
        code = _participants().get((acled.event_type, side), code)
    return code


def interaction(inter1: int | None, inter2: int | None) -> str | None:
    """ACLED's two-digit interaction code: both types, lower first; ``X0`` for one actor."""
    if inter1 is None:
        return None
    if inter2 is None:
        return f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


@dataclass(frozen=True, slots=True)
class _Side:
    actor: str | None
    assoc: str | None
    inter: int | None


def _side(actors: list[FusedActor], acled: Acled, side: str, where: str | None) -> _Side:
    if not actors:
        return _Side(None, None, None)
    assoc = "; ".join(a.name for a in actors[1:]) or None
    return _Side(actors[0].name, assoc, inter_code(actors[0], acled, side, where))


def _actors(fused: FusedEvent, acled: Acled) -> dict[str, Any]:
    where = fused.place.country if fused.place else None
    one = _side(fused.source, acled, "source", where)
    two = _side(fused.target, acled, "target", where)
    disorder = disorder_type(acled) or ""
    targeted = acled.event_type == "Violence against civilians" or (
        two.inter == CIVILIANS and "Political violence" in disorder
    )
    return {
        "disorder_type": disorder or None,
        "actor1": one.actor,
        "assoc_actor_1": one.assoc,
        "inter1": one.inter,
        "actor2": two.actor,
        "assoc_actor_2": two.assoc,
        "inter2": two.inter,
        "interaction": interaction(one.inter, two.inter),
        "civilian_targeting": "Civilian targeting" if targeted else None,
    }


def _location(place: FusedPlace | None) -> dict[str, Any]:
    """Country, admin1/2, the populated place and its coordinates, ACLED's geo precision."""
    if place is None:
        return {}
    land = geo.country(place.country)
    if place.precision == "country":
        location = land.name if land else place.name
    else:
        location = geo.populated_place(place)[0]
    return {
        "iso": land.isonumeric if land else None,
        "country": land.name if land else place.country,
        "admin1": place.admin1 if place.precision != "country" else None,
        "admin2": place.name if place.precision == "admin2" else None,
        "location": location,
        "latitude": place.lat,
        "longitude": place.lon,
        "geo_precision": GEO_PRECISION.get(place.precision),
    }


def _event_id(fused: FusedEvent) -> str:
    """The fused event id, after its country's alpha-3 code as ACLED's ids are."""
    country = fused.place.country if fused.place else None
    return f"{country}{fused.id}" if country else fused.id


def acled_row(fused: FusedEvent, index: ArticleIndex) -> dict[str, Any] | None:
    """The ACLED row of one fused event, or ``None`` when it has no ACLED event type."""
    acled = fused.acled
    if acled is None:
        return None
    day = event_day(fused)
    row: dict[str, Any] = {
        "event_id_cnty": _event_id(fused),
        "event_date": day.day.isoformat() if day else None,
        "year": day.day.year if day else None,
        "time_precision": TIME_PRECISION.get(day.precision) if day else None,
        "event_type": acled.event_type,
        "sub_event_type": acled.sub_event_type,
        **_actors(fused, acled),
        **_location(fused.place),
        "source": "; ".join(outlets(member_articles(fused, index))) or None,
        "notes": next(member_sentences(fused, index), None),
        "fatalities": lowest_figure(fused.killed) or 0,
    }
    return {col: row.get(col) for col in ACLED_COLUMNS}


def write_acled_csv(fused: Iterable[FusedEvent], index: ArticleIndex, out: TextIO) -> int:
    """A header, then one ACLED row per fused event with an ACLED type; returns rows written."""
    writer = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS))
    writer.writeheader()
    n = 0
    for event in fused:
        row = acled_row(event, index)
        if row is not None:
            writer.writerow(row)
            n += 1
    return n
