"""How the API shapes what the store answers: a page from one store call, an event's JSON
object, points for GeoJSON, the ``/api/stats`` and ``/api/network`` objects.

Paging, newest-first order, a fused event by id, the counts and the network are all done by
the store (:class:`~eventwire.store.Store`), so a page costs about what it holds.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from eventwire.api.params import Page
from eventwire.records import JSON, FusedEvent
from eventwire.store import EventFilter, EventRow, Store
from eventwire.store.base import ActorKey, EventCounts, Network

T = TypeVar("T")

_QUADS = (1, 2, 3, 4)


def paged(f: EventFilter, page: Page) -> EventFilter:
    """``f`` asking the store for ``page`` plus one row (which says whether more follow)."""
    return replace(f, offset=page.offset, limit=page.limit + 1, newest_first=page.sort == "-date")


def split_page(rows: list[T], page: Page) -> tuple[list[T], bool]:
    """The page's rows out of the ``limit + 1`` a store returned, and whether more follow."""
    return rows[: page.limit], len(rows) > page.limit


def event_key(row: EventRow) -> str:
    """The API id of a stored event: ``article_id:event_id``."""
    return f"{row.article_id}:{row.event.id}"


def event_json(row: EventRow) -> JSON:
    """An event row as the API returns it: the contract's event object, ``article_id``,
    ``story_id``, its ``key``, and the actors and place it names, resolved."""
    e = row.event
    named = [*e.source, *e.target]
    place = row.places.get(e.place) if e.place else None
    return {
        **row.to_dict(),
        "key": event_key(row),
        "actors": {i: row.actors[i].to_dict() for i in dict.fromkeys(named) if i in row.actors},
        "place_detail": place.to_dict() if place else None,
    }


def find_event(store: Store, key: str) -> EventRow | None:
    """The event ``article_id:event_id`` (the article id may itself hold colons)."""
    article_id, sep, event_id = key.rpartition(":")
    if not sep or not article_id:
        return None
    rows = store.events(EventFilter(article_id=article_id))
    return next((r for r in rows if r.event.id == event_id), None)


def point_of_row(row: EventRow) -> tuple[float, float, str] | None:
    """``(lon, lat, place name)`` of an event's place, when it has coordinates."""
    place = row.places.get(row.event.place) if row.event.place else None
    if place is None or place.lat is None or place.lon is None:
        return None
    return place.lon, place.lat, place.name


def point_of_fused(fused: FusedEvent) -> tuple[float, float, str] | None:
    """``(lon, lat, place name)`` of a fused event's best-supported place with coordinates."""
    for place in fused.places:
        if place.lat is not None and place.lon is not None:
            return place.lon, place.lat, place.name
    return None


def stats_json(counts: EventCounts) -> JSON:
    """The ``/api/stats`` object (without ``store``) of the store's counts."""
    return {
        "total": counts.total,
        "undated": counts.undated,
        "not_daily": counts.not_daily,
        "per_day": [
            {
                "date": day,
                "total": sum(c.values()),
                "quad": {str(q): c.get(q, 0) for q in _QUADS},
            }
            for day, c in sorted(counts.per_day.items())
        ],
        "per_type": _ranked(counts.per_type),
        "per_country": _ranked(counts.per_country),
        "per_quad": {str(q): counts.per_quad.get(q, 0) for q in _QUADS},
    }


def _ranked(counts: dict[Any, int]) -> dict[str, int]:
    return {str(k): n for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))}


def node_id(key: ActorKey) -> str:
    """A network node's id: ``name|country`` (``name|`` without a country)."""
    name, country = key
    return f"{name}|{country or ''}"


def network_json(network: Network) -> JSON:
    """The ``/api/network`` object: nodes, heaviest edges first, ``truncated``."""
    return {
        "nodes": [
            {
                "id": node_id((n.name, n.country)),
                "name": n.name,
                "country": n.country,
                "events": n.events,
            }
            for n in network.nodes
        ],
        "edges": [
            {
                "source": node_id(e.source),
                "target": node_id(e.target),
                "events": e.events,
                "types": _ranked(e.types),
            }
            for e in network.edges
        ],
        "truncated": network.truncated,
    }
