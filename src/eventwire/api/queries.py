"""What the API asks of a store beyond the :class:`~eventwire.store.Store` protocol, written
over that protocol so every backend answers it: paging, newest-first order, one event or
fused event by id, and the counts behind ``/api/stats``.

The costs are those of the protocol (see ``docs/api.md``): a page in date order reads only the
rows up to its end (the store stops at ``offset + limit + 1``); newest-first, a fused event by
id and the stats read every matching row once. When the store grows ``offset``/descending
filters and grouped counts, these functions become one call each.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any, TypeVar

from eventwire.api.params import Page
from eventwire.records import JSON, FusedEvent
from eventwire.store import EventFilter, EventRow, Store

T = TypeVar("T")


def close(rows: Iterator[Any]) -> None:
    """Close a generator early, which releases a store's streaming connection at once."""
    closer = getattr(rows, "close", None)
    if closer is not None:
        closer()


def take_page(rows: Iterator[T], page: Page) -> tuple[list[T], bool]:
    """The rows of ``page`` from ``rows`` (in store order, oldest first) and whether more follow.

    Newest-first (``sort="-date"``) keeps only the last ``offset + limit + 1`` rows while reading
    all of them, so memory stays bounded. The iterator is closed either way.
    """
    try:
        if page.sort == "-date":
            tail = list(deque(rows, maxlen=page.offset + page.limit + 1))
            tail.reverse()
            window = tail[page.offset :]
        else:
            window = list(islice(rows, page.offset, page.offset + page.limit + 1))
    finally:
        close(rows)
    return window[: page.limit], len(window) > page.limit


def store_limit(f: EventFilter, page: Page) -> EventFilter:
    """``f`` limited so that, in date order, the store stops right after the page."""
    if page.sort == "-date":
        return f
    return replace(f, limit=page.offset + page.limit + 1)


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


def find_fused(store: Store, fused_id: str) -> FusedEvent | None:
    """The fused event with this id (a scan: the protocol has no lookup by fused id)."""
    rows = store.iter_fused_events(EventFilter())
    try:
        return next((f for f in rows if f.id == fused_id), None)
    finally:
        close(rows)


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


@dataclass(slots=True)
class EventStats:
    """Counts of events per day (by quad class), type, country and quad class."""

    total: int = 0
    undated: int = 0
    not_daily: int = 0
    per_day: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    per_type: Counter[str] = field(default_factory=Counter)
    per_country: Counter[str] = field(default_factory=Counter)
    per_quad: Counter[int] = field(default_factory=Counter)

    def add(self, row: EventRow) -> None:
        e = row.event
        self.total += 1
        self.per_type[e.type] += 1
        self.per_quad[e.quad] += 1
        if e.date is None:
            self.undated += 1
        elif e.date.precision == "day":
            self.per_day[e.date.value][e.quad] += 1
        else:
            self.not_daily += 1
        # An event counts once for each country among the actors it names.
        countries = {
            a.country.upper()
            for i in (*e.source, *e.target)
            if (a := row.actors.get(i)) is not None and a.country
        }
        self.per_country.update(countries)

    def to_dict(self) -> JSON:
        quads = (1, 2, 3, 4)
        return {
            "total": self.total,
            "undated": self.undated,
            "not_daily": self.not_daily,
            "per_day": [
                {
                    "date": day,
                    "total": sum(c.values()),
                    "quad": {str(q): c.get(q, 0) for q in quads},
                }
                for day, c in sorted(self.per_day.items())
            ],
            "per_type": _ranked(self.per_type),
            "per_country": _ranked(self.per_country),
            "per_quad": {str(q): self.per_quad.get(q, 0) for q in quads},
        }


def _ranked(counts: Counter[Any]) -> dict[str, int]:
    return {str(k): n for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))}


def event_stats(rows: Iterable[EventRow]) -> EventStats:
    """Count ``rows`` in one pass."""
    stats = EventStats()
    for row in rows:
        stats.add(row)
    return stats
