"""Query parameters shared by the endpoints: the CLI's filters, paging and sorting, checked.

A bad value is a 422 :class:`~eventwire.api.errors.RequestError` naming the parameter, so the
client learns what to fix; nothing is silently clamped. The dependencies are ``async``: they do
no I/O, and FastAPI would run a plain function in its thread pool, a hop per parameter group.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, Query, Request

from eventwire import ontology
from eventwire.api.errors import BAD_PARAMETER, RequestError
from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.export.geo import country_filter
from eventwire.store import EventFilter
from eventwire.store.query import is_date_prefix

Sort = Literal["date", "-date"]


@dataclass(frozen=True, slots=True)
class Limits:
    """The ``[api]`` settings the endpoints enforce."""

    max_body_bytes: int
    page_size: int
    max_page_size: int
    max_geojson: int
    stats_cache_seconds: float
    min_confidence: float
    network_edges: int = 200
    max_network_edges: int = 5000

    @classmethod
    def from_settings(cls, settings: Settings) -> Limits:
        """The limits of ``settings``.

        Raises:
            ConfigError: ``api.network_edges`` is not between 1 and ``api.max_network_edges``,
                or that is over 1,000,000.
        """
        api = settings["api"]
        found = cls(
            max_body_bytes=int(api["max_body_bytes"]),
            page_size=min(int(api["page_size"]), int(api["max_page_size"])),
            max_page_size=int(api["max_page_size"]),
            max_geojson=int(api["max_geojson"]),
            stats_cache_seconds=float(api["stats_cache_seconds"]),
            min_confidence=float(settings["events"]["min_confidence"]),
            network_edges=int(api["network_edges"]),
            max_network_edges=int(api["max_network_edges"]),
        )
        if not 1 <= found.network_edges <= found.max_network_edges <= 1_000_000:
            raise ConfigError(
                f"api.network_edges ({found.network_edges}) must be at least 1 and at most "
                f"api.max_network_edges ({found.max_network_edges}), itself at most 1000000"
            )
        return found


def limits(request: Request) -> Limits:
    """The app's limits (a dependency)."""
    found: Limits = request.app.state.limits
    return found


def date_prefix(name: str, value: str | None) -> str | None:
    """``value`` when it is a date prefix the filters take (:func:`is_date_prefix`)."""
    if value is None or is_date_prefix(value):
        return value
    raise RequestError(
        422, f"{name}={value!r} is not a date like 2021, 2021-11 or 2021-11-05", BAD_PARAMETER
    )


def plover_type(value: str | None) -> str | None:
    """A PLOVER type in any case (``protest``), as the CLI takes it; another word is a 422
    listing the types, not a filter that matches nothing."""
    if not value:
        return None  # "type=", as a cleared form field sends it
    try:
        return ontology.plover_type(value)
    except ValueError as exc:
        raise RequestError(422, f"type={exc}", BAD_PARAMETER) from None


def country_code(name: str, value: str | None) -> str | None:
    """An ISO alpha-3 code; an alpha-2 one (``ge``, and ``uk``) read as its alpha-3 code, as
    the CLI does; anything else is a 422."""
    if not (value or "").strip():
        return None  # "country=", as a cleared form field sends it
    try:
        return country_filter(value or "")
    except ValueError as exc:
        raise RequestError(422, f"{name}={exc}", BAD_PARAMETER) from None


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a listing to return."""

    offset: int
    limit: int
    sort: Sort = "date"


async def _page(
    request: Request,
    offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
    limit: Annotated[
        int | None,
        Query(
            ge=0, description="Rows to return (default api.page_size, at most api.max_page_size)."
        ),
    ] = None,
) -> Page:
    lim = limits(request)
    if limit is None:
        return Page(offset, lim.page_size)
    if limit > lim.max_page_size:
        raise RequestError(
            422,
            f"limit={limit} is over the cap of {lim.max_page_size} (setting api.max_page_size); "
            "ask for the next page with offset",
            BAD_PARAMETER,
        )
    return Page(offset, limit)


PageParams = Annotated[Page, Depends(_page)]

Type = Annotated[str | None, Query(description="PLOVER event type, e.g. PROTEST.")]
Country = Annotated[str | None, Query(description="ISO alpha-3 country of an actor.")]
Actor = Annotated[str | None, Query(description="Part of an actor's name.")]
Since = Annotated[str | None, Query(description="Earliest date: 2021, 2021-11 or 2021-11-05.")]
Until = Annotated[str | None, Query(description="Latest date, same forms, inclusive.")]
ArticleId = Annotated[str | None, Query(description="Only this article's rows.")]
StoryId = Annotated[str | None, Query(description="Only this story's events.")]
Text = Annotated[
    str | None,
    Query(
        description="Free text: part of the event's sentence, its trigger or an actor's name "
        "(case-insensitive; fused events: of any member event)."
    ),
]


async def event_filter(
    request: Request,
    type: Type = None,  # noqa: A002 - the CLI's name for it
    country: Country = None,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    min_confidence: Annotated[
        float | None,
        Query(ge=0.0, le=1.0, description="Drop events below this (default: the setting)."),
    ] = None,
    article_id: ArticleId = None,
    story_id: StoryId = None,
    q: Text = None,
) -> EventFilter:
    """The ``eventwire events`` filters as query parameters (no limit: paging sets it)."""
    floor = limits(request).min_confidence if min_confidence is None else min_confidence
    return EventFilter(
        type=plover_type(type),
        country=country_code("country", country),
        actor=actor,
        since=date_prefix("since", since),
        until=date_prefix("until", until),
        min_confidence=floor,
        article_id=article_id,
        story_id=story_id,
        text=q or None,
    )


EventFilterParams = Annotated[EventFilter, Depends(event_filter)]
