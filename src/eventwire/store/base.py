"""The store interface: filters, row types and the ``Store`` protocol every backend implements.

A store keeps :class:`~eventwire.records.ArticleResult` objects and answers the queries behind
``eventwire events|quotes|actors``, the REST API and the exports. Backends: ``MemoryStore`` (the
fake, used by tests), ``SQLiteStore`` (the embedded default). Both must behave identically; the
shared tests in ``tests/store`` run against each.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from types import TracebackType
from typing import Literal, Protocol, Self, runtime_checkable

from eventwire.records import JSON, Actor, ArticleResult, Event, FusedEvent, Place, Quote, Story
from eventwire.store.registry import RegistryEntry

#: Schema version this code reads and writes; equals the number of the newest file in
#: ``store/migrations/`` (a test checks that).
SCHEMA_VERSION: int = 5

PutOutcome = Literal["inserted", "unchanged", "replaced"]


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")


def _check_offset(offset: int) -> None:
    if offset < 0:
        raise ValueError(f"offset must be 0 or more, not {offset}")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to return; ``None`` fields do not filter.

    Attributes:
        type: PLOVER event type, case-insensitive (``"PROTEST"``).
        country: alpha-3 code matching the country of any source or target actor.
        actor: case-insensitive substring of a source/target actor's name or of any mention.
        since: earliest event date, an ISO prefix (``"2021"``, ``"2021-11"``, ``"2021-11-05"``),
            inclusive; events without a date are left out when it is set.
        until: latest event date, same form, inclusive (``"2021-11"`` keeps ``"2021-11-30"``).
        limit: at most this many rows, counted after every other filter and ``offset``.
        min_confidence: drop events whose confidence is below this.
        article_id: only events of this article.
        story_id: only events of this story.
        text: case-insensitive substring (``str.casefold``) of the event's sentence text, of
            its trigger text, or of the name of an actor it names as source or target.
        offset: skip this many matching rows first (in the order asked for).
        newest_first: the exact reverse of the usual order: latest date first, undated last,
            then article id and position descending.

    Fused events take the same filter: their best date, any source or target actor, their
    confidence, an article among their members; ``text`` the sentence or trigger of a member
    event, or an actor's name.
    """

    type: str | None = None
    country: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    min_confidence: float = 0.0
    article_id: str | None = None
    story_id: str | None = None
    text: str | None = None
    offset: int = 0
    newest_first: bool = False

    def __post_init__(self) -> None:
        _check_limit(self.limit)
        _check_offset(self.offset)


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """Which stories to list, ordered by first date (undated first), then id.

    Attributes:
        since: stories whose last date is on or after this ISO prefix (undated ones are left
            out when it is set).
        until: stories whose first date is on or before this ISO prefix, inclusive.
        country: alpha-3 code of the story's place or main country.
        limit: at most this many.
    """

    since: str | None = None
    until: str | None = None
    country: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)


@dataclass(frozen=True, slots=True)
class QuoteFilter:
    """Which quotes to return; ``since``/``until`` apply to the article's published date."""

    actor: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    article_id: str | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)


@dataclass(frozen=True, slots=True)
class ActorFilter:
    """Which actors to list: exact ``country``/``sector`` (case-insensitive), ``name`` substring."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None
    limit: int | None = None

    def __post_init__(self) -> None:
        _check_limit(self.limit)


@dataclass(slots=True)
class EventRow:
    """One stored event with the actors and place it references, ready for display.

    ``stored`` is the event's JSON object as the store read it (``event.to_dict()`` when it
    was written), which :meth:`to_dict` hands out instead of encoding ``event`` again: a page
    of the API is mostly that. A store that has none leaves it ``None``; whoever changes
    ``event`` must drop it.
    """

    article_id: str
    story_id: str | None
    event: Event
    actors: dict[str, Actor]
    places: dict[str, Place]
    stored: JSON | None = None

    def to_dict(self) -> JSON:
        """The event's JSON object plus ``article_id`` and ``story_id`` (``spec/OUTPUT.md``)."""
        data = self.stored if self.stored is not None else self.event.to_dict()
        return {**data, "article_id": self.article_id, "story_id": self.story_id}


@dataclass(slots=True)
class QuoteRow:
    """One stored quote with its resolved speaker and the article's published date."""

    article_id: str
    quote: Quote
    speaker: Actor | None
    published: str | None
    speaking_for: Actor | None = None

    def to_dict(self) -> JSON:
        """The quote's JSON object plus ``article_id``."""
        return {**self.quote.to_dict(), "article_id": self.article_id}


@dataclass(slots=True)
class ActorRow:
    """An actor aggregated across articles by ``(name, country)``.

    ``sector``, ``role`` and ``kind`` are the most frequent values among the grouped per-article
    actors (ties: alphabetical first; ``kind`` ignores "unknown" when a real kind is seen);
    ``n_events`` sums, over those per-article actors, the events naming them as source or
    target. Rows come most-seen first: by ``n_articles``, ``n_events``, name, country.
    """

    name: str
    country: str | None
    sector: str | None
    role: str | None
    kind: str
    n_articles: int
    n_events: int

    def to_dict(self) -> JSON:
        """A flat JSON object of the row."""
        return asdict(self)


@dataclass(slots=True)
class EventCounts:
    """Counts over the events matching a filter (``/api/stats``); its ``limit``, ``offset`` and
    order are ignored.

    Attributes:
        total: matching events.
        undated: those without a date.
        not_daily: those dated to a month or a year only (not in ``per_day``).
        per_day: day-precision date -> quad class -> events.
        per_type: event type (as stored) -> events.
        per_country: upper-cased country -> events; an event counts once for each distinct
            country among the actors it names as source or target.
        per_quad: quad class -> events.
    """

    total: int = 0
    undated: int = 0
    not_daily: int = 0
    per_day: dict[str, dict[int, int]] = field(default_factory=dict)
    per_type: dict[str, int] = field(default_factory=dict)
    per_country: dict[str, int] = field(default_factory=dict)
    per_quad: dict[int, int] = field(default_factory=dict)


#: An actor across articles, as :class:`ActorRow` groups them: ``(name, country)``.
ActorKey = tuple[str, str | None]


@dataclass(slots=True)
class NetworkEdge:
    """Events whose source names one actor and whose target names another.

    ``events`` counts each event once however many of its actors fall in the pair; ``types``
    splits that count by event type.
    """

    source: ActorKey
    target: ActorKey
    events: int
    types: dict[str, int]


@dataclass(slots=True)
class NetworkNode:
    """An endpoint of a kept edge; ``events`` counts the matching events naming it (as source
    or target), whether or not they are in a kept edge."""

    name: str
    country: str | None
    events: int


@dataclass(slots=True)
class Network:
    """Who acted on whom among the events matching a filter (:meth:`Store.network`).

    Edges come heaviest first (ties: source name, source country, target name, target
    country, no country first); nodes by events (most first), then name and country.
    ``truncated`` says that edges beyond the limit were left out. An event whose source and
    target are the same actor makes no edge.
    """

    nodes: list[NetworkNode]
    edges: list[NetworkEdge]
    truncated: bool


@runtime_checkable
class Store(Protocol):
    """Where article results live. Every backend implements exactly these methods."""

    def put(self, result: ArticleResult, hashes: tuple[str, str] | None = None) -> PutOutcome:
        """Store one article result, replacing an older one with the same article id.

        ``hashes`` are the :func:`fingerprint` to compare and keep; by default that of
        ``result``. Ingest passes the fingerprint of the result as extracted, before
        :meth:`link_actors` enriched it, so re-ingesting an article stays "unchanged".

        A new or changed article is put in its story (:mod:`eventwire.store.stories`) in the
        same transaction, and that story's record and fused events are rebuilt.

        Returns:
            ``"inserted"`` for a new id; ``"unchanged"`` when the same text and the same result
            are already stored (nothing is written); ``"replaced"`` when the text or the result
            differ (e.g. after a pipeline upgrade): the old rows are deleted first.
        """
        ...

    def get(self, article_id: str) -> ArticleResult | None:
        """The stored result with its text, or ``None`` when the id is unknown."""
        ...

    def stored_fingerprint(self, article_id: str) -> tuple[str, str] | None:
        """The :func:`fingerprint` kept with the article, or ``None`` when the id is unknown."""
        ...

    def iter_results(self) -> Iterator[ArticleResult]:
        """Yield every stored result, with text, in the order they were stored."""
        ...

    def events(self, f: EventFilter) -> list[EventRow]:
        """Events matching ``f``, ordered by date value (undated first), article id, then
        position in article, or the exact reverse with ``f.newest_first``; ``f.offset`` rows
        are skipped, then at most ``f.limit`` returned. The store skips and orders (SQL:
        ``ORDER BY ... DESC LIMIT ? OFFSET ?``), so a page costs about what it holds."""
        ...

    def iter_events(self, f: EventFilter) -> Iterator[EventRow]:
        """The rows of :meth:`events`, in the same order, one at a time: a long listing is
        never held whole. The store may be used, and must stay open, until the last row."""
        ...

    def fused_events(self, f: EventFilter) -> list[FusedEvent]:
        """Fused events matching ``f``, ordered by best date, story id, position in story (the
        reverse with ``f.newest_first``), ``f.offset`` skipped, at most ``f.limit``."""
        ...

    def fused_event(self, fused_id: str) -> FusedEvent | None:
        """One fused event by its id, or ``None`` when unknown (a primary-key lookup)."""
        ...

    def event_counts(self, f: EventFilter) -> EventCounts:
        """Counts over every event matching ``f`` (see :class:`EventCounts`), grouped by the
        store (SQL ``GROUP BY``) rather than read row by row."""
        ...

    def network(self, f: EventFilter, limit: int) -> Network:
        """Who acted on whom among the events matching ``f``: the ``limit`` heaviest edges
        between actors grouped by ``(name, country)``, and their endpoints (see
        :class:`Network`); ``f.limit``, ``f.offset`` and the order are ignored."""
        ...

    def iter_fused_events(self, f: EventFilter) -> Iterator[FusedEvent]:
        """The rows of :meth:`fused_events`, in the same order, one at a time."""
        ...

    def stories(self, f: StoryFilter) -> list[Story]:
        """Stories matching ``f`` (see :class:`StoryFilter` for the order)."""
        ...

    def iter_stories(self, f: StoryFilter) -> Iterator[Story]:
        """The rows of :meth:`stories`, in the same order, one at a time."""
        ...

    def story(self, story_id: str) -> Story | None:
        """One story, or ``None`` when the id is unknown."""
        ...

    def rebuild_stories(self) -> int:
        """Assign every stored article its story afresh, in the order they were stored (after
        an upgrade of the story method, or on a database from before stories); returns the
        number of stories."""
        ...

    def quotes(self, f: QuoteFilter) -> list[QuoteRow]:
        """Quotes matching ``f``, ordered by published date, article id, position in article."""
        ...

    def iter_quotes(self, f: QuoteFilter) -> Iterator[QuoteRow]:
        """The rows of :meth:`quotes`, in the same order, one at a time (see iter_events)."""
        ...

    def actors(self, f: ActorFilter) -> list[ActorRow]:
        """Actors matching ``f`` aggregated by (name, country), most frequently seen first."""
        ...

    def link_actors(self, result: ArticleResult) -> None:
        """Resolve ``result``'s actors against the corpus-wide actor registry, in place.

        Matched actors take the registry's canonical name and the country, sector and role
        they lack; the registry learns what the article adds, with provenance; unmatched
        actors become new entries. See :mod:`eventwire.store.registry` for the rules.
        """
        ...

    def registry(self, name: str | None = None) -> list[RegistryEntry]:
        """Registry entries whose name or an alias contains ``name`` (all when None), by name."""
        ...

    def rename_actor(self, old: str, new: str, country: str | None = None) -> int:
        """Rename an actor in the registry and in every stored article (so in their events).

        Returns how many per-article actors changed; raises StoreError when none is ``old``.
        """
        ...

    def merge_actors(self, keep: str, drop: str, country: str | None = None) -> int:
        """Make every actor called ``drop`` (of ``country`` only, if given) the actor ``keep``:
        stored articles take ``keep``'s name, kind, country, sector and role, and the registry
        keeps ``drop`` as an alias so later articles resolve to ``keep``.

        Returns how many per-article actors changed; raises StoreError when either is unknown.
        """
        ...

    def count(self) -> dict[str, int]:
        """Stored row counts: ``articles``, ``events``, ``actors``, ``places``, ``quotes``,
        ``stories``, ``fused_events``.

        ``actors`` and ``places`` count per-article records, not distinct names.
        """
        ...

    def close(self) -> None:
        """Release the backend's resources; the store cannot be used afterwards."""
        ...

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def fingerprint(result: ArticleResult) -> tuple[str, str]:
    """Return ``(text_hash, result_hash)``: what decides inserted / unchanged / replaced.

    The result hash covers the article metadata and every extracted record, so a pipeline
    upgrade that changes any field makes ``put`` replace the stored rows.
    """
    text_hash = hashlib.sha256(result.article.text.encode("utf-8")).hexdigest()
    canonical = json.dumps(
        result.to_dict(with_text=False), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return text_hash, hashlib.sha256(canonical.encode("utf-8")).hexdigest()
