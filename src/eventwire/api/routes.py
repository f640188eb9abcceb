"""The read endpoints: events (stored or fused), one event, GeoJSON, articles, actors, quotes,
stories, stats, the actor network. Each is a thin call into the store, shaped by
:mod:`eventwire.api.queries`.

Handlers are plain functions: FastAPI runs them in its thread pool, and the SQLite store gives
each thread its own read connection, so reads run concurrently. They return the JSON object;
:class:`JSONRoute` sends it as it is.
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.routing import APIRoute
from pydantic import TypeAdapter

from eventwire.api import queries
from eventwire.api.auth import require_read
from eventwire.api.errors import BAD_PARAMETER, NOT_FOUND, RequestError
from eventwire.api.params import (
    ArticleId,
    EventFilterParams,
    Page,
    PageParams,
    Since,
    Sort,
    Until,
    country_code,
    date_prefix,
    limits,
)
from eventwire.export.geo import country as country_info
from eventwire.records import JSON
from eventwire.store import ActorFilter, EventFilter, QuoteFilter, Store, StoryFilter
from eventwire.store.base import QuoteRow


class JSONRoute(APIRoute):
    """A route whose handler's JSON object is encoded once, by pydantic's compiled encoder.

    FastAPI otherwise validates the object against the handler's return type, converts it to
    JSON-ready Python and then encodes that with the standard library: for a page of 50 events,
    1.4 ms of CPU against 0.25 ms for one ``dump_json`` (measured on the 100,000-event store of
    ``benchmarks/api_load.py``). The handlers build their answers from the records' ``to_dict``
    forms, which are JSON types already; the return type still documents the answer in the
    OpenAPI schema.
    """

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, _sent_as_is(endpoint), **kwargs)


_ENCODER = TypeAdapter(Any)


def _sent_as_is(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """``endpoint`` (a plain function) answering with the JSON of what it returns;
    ``functools.wraps`` keeps its signature, so FastAPI sees the same parameters."""

    @functools.wraps(endpoint)
    def answer(*args: Any, **kwargs: Any) -> Any:
        result = endpoint(*args, **kwargs)
        if isinstance(result, Response):
            return result
        return Response(_ENCODER.dump_json(result), media_type="application/json")

    return answer


async def known_parameters(request: Request) -> None:
    """Refuse a query parameter the endpoint does not take: FastAPI would ignore it, so a
    mistyped filter (``?text=`` for ``?q=``) would answer with every row, unfiltered.

    Raises:
        RequestError: 422 naming the parameter and those the endpoint takes.
    """
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = {f.alias for f in _query_fields(route)}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise RequestError(
            422,
            f"unknown query parameter {unknown[0]!r}; this endpoint takes "
            f"{', '.join(sorted(known)) or 'none'}",
            BAD_PARAMETER,
        )


_QUERY_FIELDS: dict[str, tuple[Any, ...]] = {}


def _query_fields(route: APIRoute) -> tuple[Any, ...]:
    """The query parameters of ``route``, its dependencies' included (found once a route)."""
    if route.unique_id not in _QUERY_FIELDS:
        found: list[Any] = []
        pending = [route.dependant]
        while pending:
            dependant = pending.pop()
            found += dependant.query_params
            pending += dependant.dependencies
        _QUERY_FIELDS[route.unique_id] = tuple(found)
    return _QUERY_FIELDS[route.unique_id]


router = APIRouter(
    prefix="/api",
    dependencies=[Depends(require_read), Depends(known_parameters)],
    route_class=JSONRoute,
)

Fused = Annotated[
    bool, Query(description="Fused events: one per happening across articles, not per report.")
]
SortParam = Annotated[Sort, Query(description="date (oldest first) or -date (newest first).")]


async def store_of(request: Request) -> Store:
    found: Store = request.app.state.store
    return found


StoreDep = Annotated[Store, Depends(store_of)]


def _listing(items: list[JSON], page: Page, more: bool) -> JSON:
    return {
        "items": items,
        "offset": page.offset,
        "limit": page.limit,
        "next_offset": page.offset + len(items) if more else None,
    }


@router.get("/events", summary="List events (the `eventwire events` filters)")
def list_events(
    store: StoreDep,
    f: EventFilterParams,
    page: PageParams,
    sort: SortParam = "date",
    fused: Fused = False,
) -> JSON:
    """Stored events, or fused events with ``fused=true``, a page at a time."""
    page = Page(page.offset, page.limit, sort)
    if fused:
        rows, more = queries.split_page(store.fused_events(queries.paged(f, page)), page)
        return _listing([r.to_dict() for r in rows], page, more)
    event_rows, more = queries.split_page(store.events(queries.paged(f, page)), page)
    return _listing([queries.event_json(r) for r in event_rows], page, more)


@router.get("/events.geojson", summary="Events with a located place, as GeoJSON")
def events_geojson(
    request: Request,
    store: StoreDep,
    f: EventFilterParams,
    limit: Annotated[
        int | None, Query(ge=0, description="At most this many features (api.max_geojson).")
    ] = None,
    fused: Fused = False,
) -> JSON:
    """A FeatureCollection of Points (lon, lat) for the events whose place has coordinates."""
    cap = limits(request).max_geojson
    if limit is not None and limit > cap:
        raise RequestError(422, f"limit={limit} is over the cap of {cap} (api.max_geojson)")
    wanted = cap if limit is None else limit
    features: list[JSON] = []
    if fused:
        for fe in store.iter_fused_events(f):
            if len(features) >= wanted:
                break
            if (point := queries.point_of_fused(fe)) is not None:
                features.append(_feature(point, fe.id, _fused_props(fe.to_dict())))
    else:
        for row in store.iter_events(f):
            if len(features) >= wanted:
                break
            if (point := queries.point_of_row(row)) is not None:
                props = _event_props(row.to_dict(), queries.event_key(row))
                features.append(_feature(point, props["key"], props))
    return {"type": "FeatureCollection", "features": features}


def _feature(point: tuple[float, float, str], fid: str, props: JSON) -> JSON:
    lon, lat, name = point
    geometry = {"type": "Point", "coordinates": [lon, lat]}
    return {
        "type": "Feature",
        "id": fid,
        "geometry": geometry,
        "properties": {**props, "place_name": name},
    }


def _event_props(d: JSON, key: str) -> JSON:
    date = d.get("date") or {}
    return {
        "key": key,
        "article_id": d["article_id"],
        "story_id": d["story_id"],
        "type": d["type"],
        "quad": d["quad"],
        "date": date.get("value"),
        "confidence": d["confidence"],
    }


def _fused_props(d: JSON) -> JSON:
    dates = d.get("dates") or []
    return {
        "key": d["id"],
        "story_id": d["story_id"],
        "type": d["type"],
        "quad": d["quad"],
        "date": dates[0].get("value") if dates else None,
        "confidence": d["confidence"],
        "num_articles": d["num_articles"],
    }


@router.get("/events/{event_id:path}", summary="One event: article_id:event_id, or a fused id")
def get_event(
    store: StoreDep,
    event_id: Annotated[str, Path(description="article_id:event_id, or a fused id (f...).")],
) -> JSON:
    """One stored event with its actors and place resolved, or one fused event."""
    if ":" in event_id:
        row = queries.find_event(store, event_id)
        if row is not None:
            return queries.event_json(row)
    elif (fused := store.fused_event(event_id)) is not None:
        return fused.to_dict()
    raise RequestError(404, f"no event with id {event_id!r}", NOT_FOUND)


@router.get("/articles/{article_id:path}", summary="One article: text plus every span")
def get_article(store: StoreDep, article_id: str) -> JSON:
    """The article's JSON object (``spec/OUTPUT.md``) with its text, and its ``story_id``."""
    result = store.get(article_id)
    if result is None:
        raise RequestError(404, f"no article with id {article_id!r}", NOT_FOUND)
    rows = store.events(EventFilter(article_id=article_id, limit=1))
    return {**result.to_dict(with_text=True), "story_id": rows[0].story_id if rows else None}


@router.get("/actors", summary="Actors aggregated across articles")
def list_actors(
    store: StoreDep,
    page: PageParams,
    country: Annotated[str | None, Query(description="ISO alpha-3 country.")] = None,
    sector: Annotated[str | None, Query(description="PLOVER sector code, e.g. GOV.")] = None,
    name: Annotated[str | None, Query(description="Part of the actor's name.")] = None,
) -> JSON:
    """Actors grouped by (name, country), most seen first."""
    f = ActorFilter(
        country=country_code("country", country),
        sector=sector,
        name=name,
        limit=page.offset + page.limit + 1,
    )
    rows, more = queries.split_page(store.actors(f)[page.offset :], page)
    return _listing([r.to_dict() for r in rows], page, more)


def _quote_json(row: QuoteRow) -> JSON:
    return {
        **row.to_dict(),
        "speaker_name": row.speaker.name if row.speaker else None,
        "speaking_for_name": row.speaking_for.name if row.speaking_for else None,
        "published": row.published,
    }


@router.get("/quotes", summary="Quotes with their speakers")
def list_quotes(
    store: StoreDep,
    page: PageParams,
    actor: Annotated[str | None, Query(description="Part of the speaker's name.")] = None,
    since: Since = None,
    until: Until = None,
    article_id: ArticleId = None,
) -> JSON:
    """Quotes by article publication date; ``since``/``until`` apply to that date."""
    f = QuoteFilter(
        actor=actor,
        since=date_prefix("since", since),
        until=date_prefix("until", until),
        article_id=article_id,
        limit=page.offset + page.limit + 1,
    )
    rows, more = queries.split_page(store.quotes(f)[page.offset :], page)
    return _listing([_quote_json(r) for r in rows], page, more)


@router.get("/stories", summary="Stories: articles about one happening")
def list_stories(
    store: StoreDep,
    page: PageParams,
    since: Since = None,
    until: Until = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 country of the story.")] = None,
) -> JSON:
    """Stories by first date."""
    f = StoryFilter(
        since=date_prefix("since", since),
        until=date_prefix("until", until),
        country=country_code("country", country),
        limit=page.offset + page.limit + 1,
    )
    rows, more = queries.split_page(store.stories(f)[page.offset :], page)
    return _listing([r.to_dict() for r in rows], page, more)


@router.get("/stories/{story_id:path}", summary="One story with its articles and fused events")
def get_story(store: StoreDep, story_id: str) -> JSON:
    """The story, its fused events in full, and each member article's metadata."""
    story = store.story(story_id)
    if story is None:
        raise RequestError(404, f"no story with id {story_id!r}", NOT_FOUND)
    fused = store.fused_events(EventFilter(story_id=story_id))
    articles: list[JSON] = []
    for article_id in story.articles:
        result = store.get(article_id)
        if result is not None:
            articles.append(result.article.to_dict(with_text=False))
    known = country_info(story.country)
    return {
        **story.to_dict(),
        # The dashboard names the country ("Rwanda") where no place is known, not its code.
        "country_name": known.name if known else None,
        "fused": [fe.to_dict() for fe in fused],
        "article_info": articles,
    }


class StatsCache:
    """``/api/stats`` answers kept for a few seconds; an ingest clears them."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._lock = threading.Lock()
        self._kept: dict[Any, tuple[float, JSON]] = {}

    def get(self, key: Any) -> JSON | None:
        with self._lock:
            hit = self._kept.get(key)
        if hit is None or time.monotonic() - hit[0] > self.seconds:
            return None
        return hit[1]

    def put(self, key: Any, value: JSON) -> None:
        if self.seconds > 0:
            with self._lock:
                if len(self._kept) > 256:  # many distinct filters: start afresh
                    self._kept.clear()
                self._kept[key] = (time.monotonic(), value)

    def clear(self) -> None:
        with self._lock:
            self._kept.clear()


@router.get("/stats", summary="Event counts per day (by quad class), type, country, quad class")
def stats(request: Request, store: StoreDep, f: EventFilterParams) -> JSON:
    """Counts over the events matching the filters, and the store's row counts."""
    cache: StatsCache = request.app.state.stats_cache
    cached = cache.get(f)
    if cached is not None:
        return cached
    answer = {**queries.stats_json(store.event_counts(f)), "store": store.count()}
    cache.put(f, answer)
    return answer


@router.get("/network", summary="Who acted on whom: actors and source -> target edges")
def network(
    request: Request,
    store: StoreDep,
    f: EventFilterParams,
    limit: Annotated[
        int | None,
        Query(
            ge=0,
            description="At most this many edges, heaviest first (default api.network_edges, "
            "at most api.max_network_edges).",
        ),
    ] = None,
) -> JSON:
    """Actors as ``/api/actors`` groups them, and edges weighted by matching events; answers
    are kept ``api.stats_cache_seconds`` like those of ``/api/stats``."""
    lim = limits(request)
    if limit is not None and limit > lim.max_network_edges:
        raise RequestError(
            422,
            f"limit={limit} is over the cap of {lim.max_network_edges} (api.max_network_edges)",
            BAD_PARAMETER,
        )
    edges = lim.network_edges if limit is None else limit
    cache: StatsCache = request.app.state.stats_cache  # kept as the stats are, same clearing
    cached = cache.get(("network", f, edges))
    if cached is not None:
        return cached
    answer = queries.network_json(store.network(f, edges))
    cache.put(("network", f, edges), answer)
    return answer
