"""``MemoryStore``: the in-memory fake of :class:`~eventwire.store.base.Store`, in pure Python.

It behaves exactly like the SQLite store (the same tests run against both), keeps copies of
what it is given and hands out copies, so callers can never change stored data by mutation.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from eventwire.errors import StoreError
from eventwire.fusion.index import MemoryStoryIndex
from eventwire.records import Actor, ArticleResult, Event, FusedEvent, Place, Quote, Story
from eventwire.store.base import (
    ActorFilter,
    ActorRow,
    EventCounts,
    EventFilter,
    EventRow,
    Network,
    PutOutcome,
    QuoteFilter,
    QuoteRow,
    Store,
    StoryFilter,
    fingerprint,
)
from eventwire.store.memory_registry import MemoryRegistry
from eventwire.store.query import (
    actor_matches,
    aggregate_actors,
    build_network,
    count_events,
    date_in_range,
    event_text_matches,
    events_per_actor,
    fused_matches,
    nulls_first,
    same_code,
    story_matches,
)
from eventwire.store.registry import RegistryEntry, link_actors, merge_actors, rename_actor
from eventwire.store.stories import file_article, refresh, rename_features, stories_of

_T = TypeVar("_T")


def _copy(result: ArticleResult) -> ArticleResult:
    """A deep copy through the JSON form, so stored values look exactly like SQLite's."""
    return ArticleResult.from_dict(result.to_dict(with_text=True))


@dataclass(slots=True)
class _Entry:
    result: ArticleResult
    text_hash: str
    result_hash: str


class _Stories:
    """The memory store's :class:`~eventwire.store.stories.StoryTables`."""

    def __init__(self, entries: dict[str, _Entry]) -> None:
        self._entries = entries
        self.index = MemoryStoryIndex()
        self.records: dict[str, Story] = {}
        self.fused: dict[str, list[FusedEvent]] = {}

    def results(self, article_ids: Sequence[str]) -> list[ArticleResult]:
        return [self._entries[a].result for a in article_ids if a in self._entries]

    def set_story(self, article_id: str, story_id: str) -> None:
        pass  # the index is where the memory store keeps it

    def save(self, story: Story, fused: list[FusedEvent]) -> None:
        self.records[story.story_id] = Story.from_dict(story.to_dict())
        self.fused[story.story_id] = [FusedEvent.from_dict(f.to_dict()) for f in fused]

    def drop(self, story_id: str) -> None:
        self.records.pop(story_id, None)
        self.fused.pop(story_id, None)

    def clear(self) -> None:
        self.index = MemoryStoryIndex()
        self.records.clear()
        self.fused.clear()


class MemoryStore(Store):
    """A dict of article results; every query is a scan. Safe to share between threads."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._registry = MemoryRegistry(lambda: (e.result for e in self._entries.values()))
        self._stories = _Stories(self._entries)

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed; open it again with eventwire.store.open_store")

    def _snapshot(self) -> list[_Entry]:
        with self._lock:
            self._check_open()
            return list(self._entries.values())

    def put(self, result: ArticleResult, hashes: tuple[str, str] | None = None) -> PutOutcome:
        """See :meth:`Store.put`."""
        text_hash, result_hash = hashes or fingerprint(result)
        entry = _Entry(_copy(result), text_hash, result_hash)
        with self._lock:
            self._check_open()
            old = self._entries.pop(result.article.id, None)
            if old is not None and (old.text_hash, old.result_hash) == (text_hash, result_hash):
                self._entries[result.article.id] = old
                return "unchanged"
            left = self._stories.index.remove(result.article.id)
            self._entries[result.article.id] = entry
            file_article(self._stories, entry.result, left)
            return "inserted" if old is None else "replaced"

    def stored_fingerprint(self, article_id: str) -> tuple[str, str] | None:
        """See :meth:`Store.stored_fingerprint`."""
        with self._lock:
            self._check_open()
            entry = self._entries.get(article_id)
        return (entry.text_hash, entry.result_hash) if entry else None

    def get(self, article_id: str) -> ArticleResult | None:
        """See :meth:`Store.get`."""
        with self._lock:
            self._check_open()
            entry = self._entries.get(article_id)
        return _copy(entry.result) if entry else None

    def iter_results(self) -> Iterator[ArticleResult]:
        """See :meth:`Store.iter_results`."""
        for entry in self._snapshot():
            yield _copy(entry.result)

    def events(self, f: EventFilter) -> list[EventRow]:
        """See :meth:`Store.events`."""
        return list(self.iter_events(f))

    def iter_events(self, f: EventFilter) -> Iterator[EventRow]:
        """See :meth:`Store.iter_events`: matches are found first, rows built as taken."""
        found: list[tuple[tuple[bool, str], str, int, _Entry, Event]] = []
        for entry in self._snapshot():
            if f.article_id is not None and entry.result.article.id != f.article_id:
                continue
            story = self._stories.index.story_of(entry.result.article.id)
            if f.story_id is not None and story != f.story_id:
                continue
            for pos, event in enumerate(entry.result.events):
                if _event_matches(entry.result, event, f):
                    value = event.date.value if event.date else None
                    found.append((nulls_first(value), entry.result.article.id, pos, entry, event))
        found.sort(key=lambda item: item[:3], reverse=f.newest_first)
        for *_, entry, event in _window(found, f):
            yield _event_row(entry, event, self._stories.index.story_of(entry.result.article.id))

    def fused_events(self, f: EventFilter) -> list[FusedEvent]:
        """See :meth:`Store.fused_events`."""
        return list(self.iter_fused_events(f))

    def iter_fused_events(self, f: EventFilter) -> Iterator[FusedEvent]:
        """See :meth:`Store.iter_fused_events`."""
        with self._lock:
            self._check_open()
            everything = [
                (s, i, e) for s, fs in self._stories.fused.items() for i, e in enumerate(fs)
            ]
            entries = dict(self._entries) if f.text is not None else {}
        found = [(nulls_first(e.date.value if e.date else None), s, i, e) for s, i, e in everything]
        found.sort(key=lambda item: item[:3], reverse=f.newest_first)
        matches = [
            item
            for item in found
            if fused_matches(item[-1], f, functools.partial(_member_events, entries, item[-1]))
        ]
        for *_, fused in _window(matches, f):
            yield FusedEvent.from_dict(fused.to_dict())

    def fused_event(self, fused_id: str) -> FusedEvent | None:
        """See :meth:`Store.fused_event`."""
        with self._lock:
            self._check_open()
            found = [e for fs in self._stories.fused.values() for e in fs if e.id == fused_id]
        return FusedEvent.from_dict(found[0].to_dict()) if found else None

    def event_counts(self, f: EventFilter) -> EventCounts:
        """See :meth:`Store.event_counts`: the reference count over the matching rows."""
        return count_events(self.iter_events(_unpaged(f)))

    def network(self, f: EventFilter, limit: int) -> Network:
        """See :meth:`Store.network`: the reference aggregation over the matching rows."""
        return build_network(self.iter_events(_unpaged(f)), limit)

    def stories(self, f: StoryFilter) -> list[Story]:
        """See :meth:`Store.stories`."""
        return list(self.iter_stories(f))

    def iter_stories(self, f: StoryFilter) -> Iterator[Story]:
        """See :meth:`Store.iter_stories`."""
        with self._lock:
            self._check_open()
            found = [s for s in self._stories.records.values() if story_matches(s, f)]
        found.sort(key=lambda s: (nulls_first(s.first_date), s.story_id))
        for story in found[: f.limit] if f.limit is not None else found:
            yield Story.from_dict(story.to_dict())

    def story(self, story_id: str) -> Story | None:
        """See :meth:`Store.story`."""
        with self._lock:
            self._check_open()
            story = self._stories.records.get(story_id)
        return Story.from_dict(story.to_dict()) if story else None

    def rebuild_stories(self) -> int:
        """See :meth:`Store.rebuild_stories`."""
        with self._lock:
            self._check_open()
            self._stories.clear()
            for entry in self._entries.values():
                file_article(self._stories, entry.result)
            return len(self._stories.records)

    def quotes(self, f: QuoteFilter) -> list[QuoteRow]:
        """See :meth:`Store.quotes`."""
        return list(self.iter_quotes(f))

    def iter_quotes(self, f: QuoteFilter) -> Iterator[QuoteRow]:
        """See :meth:`Store.iter_quotes`: matches are found first, rows built as taken."""
        found: list[tuple[tuple[bool, str], str, int, ArticleResult, Quote]] = []
        for entry in self._snapshot():
            result = entry.result
            day = _published(result)
            if f.article_id is not None and result.article.id != f.article_id:
                continue
            if not date_in_range(day, f.since, f.until):
                continue
            for pos, quote in enumerate(result.quotes):
                if f.actor is None or _quote_matches(result, quote, f.actor):
                    found.append((nulls_first(day), result.article.id, pos, result, quote))
        found.sort(key=lambda item: item[:3])
        if f.limit is not None:
            found = found[: f.limit]
        for *_, result, quote in found:
            yield QuoteRow(
                article_id=result.article.id,
                quote=Quote.from_dict(quote.to_dict()),
                speaker=_copy_actor(result.actor(quote.speaker) if quote.speaker else None),
                published=_published(result),
                speaking_for=_copy_actor(
                    result.actor(quote.speaking_for) if quote.speaking_for else None
                ),
            )

    def actors(self, f: ActorFilter) -> list[ActorRow]:
        """See :meth:`Store.actors`."""
        items: list[tuple[str, Actor, int]] = []
        for entry in self._snapshot():
            result = entry.result
            n_events = events_per_actor(result)
            for actor in result.actors:
                if _actor_passes(actor, f):
                    items.append((result.article.id, actor, n_events[actor.id]))
        return aggregate_actors(items, f.limit)

    def link_actors(self, result: ArticleResult) -> None:
        """See :meth:`Store.link_actors`."""
        with self._lock:
            self._check_open()
            link_actors(result.actors, result.article.id, self._registry)

    def registry(self, name: str | None = None) -> list[RegistryEntry]:
        """See :meth:`Store.registry`."""
        with self._lock:
            self._check_open()
            return self._registry.search(name)

    def rename_actor(self, old: str, new: str, country: str | None = None) -> int:
        """See :meth:`Store.rename_actor`."""
        with self._lock:
            self._check_open()
            changed = rename_actor(self._registry, old, new, country)
            self._actors_changed(old, new)
            return changed

    def merge_actors(self, keep: str, drop: str, country: str | None = None) -> int:
        """See :meth:`Store.merge_actors`."""
        with self._lock:
            self._check_open()
            changed = merge_actors(self._registry, keep, drop, country)
            self._actors_changed(drop, keep)
            return changed

    def _actors_changed(self, old: str, new: str) -> None:
        """Stories follow a rename or merge: their fused events name the new actor."""
        folded = new.casefold()
        touched = [
            article_id
            for article_id, entry in self._entries.items()
            if any(a.name.casefold() == folded for a in entry.result.actors)
        ]
        rename_features(self._stories, old, new)
        refresh(self._stories, stories_of(self._stories, touched))

    def count(self) -> dict[str, int]:
        """See :meth:`Store.count`."""
        results = [entry.result for entry in self._snapshot()]
        return {
            "articles": len(results),
            "events": sum(len(r.events) for r in results),
            "actors": sum(len(r.actors) for r in results),
            "places": sum(len(r.places) for r in results),
            "quotes": sum(len(r.quotes) for r in results),
            "stories": len(self._stories.records),
            "fused_events": sum(len(f) for f in self._stories.fused.values()),
        }

    def close(self) -> None:
        """Drop every stored result."""
        with self._lock:
            self._entries.clear()
            self._stories.clear()
            self._closed = True


def _member_events(entries: dict[str, _Entry], fused: FusedEvent) -> Iterator[Event]:
    """The stored events a fused event was made from."""
    for ref in fused.members:
        entry = entries.get(ref.article_id)
        if entry is not None:
            yield from (e for e in entry.result.events if e.id == ref.event_id)


def _window(found: list[_T], f: EventFilter) -> list[_T]:
    """``f.offset`` rows skipped, then at most ``f.limit``."""
    return found[f.offset : None if f.limit is None else f.offset + f.limit]


def _unpaged(f: EventFilter) -> EventFilter:
    return dataclasses.replace(f, limit=None, offset=0, newest_first=False)


def _published(result: ArticleResult) -> str | None:
    published = result.article.published
    return published.isoformat() if published else None


def _event_actors(result: ArticleResult, event: Event) -> list[Actor]:
    ids = list(dict.fromkeys([*event.source, *event.target]))
    return [a for a in (result.actor(i) for i in ids) if a is not None]


def _event_matches(result: ArticleResult, event: Event, f: EventFilter) -> bool:
    if f.type is not None and not same_code(event.type, f.type):
        return False
    if event.confidence < f.min_confidence:
        return False
    if not date_in_range(event.date.value if event.date else None, f.since, f.until):
        return False
    actors = _event_actors(result, event) if f.country or f.actor or f.text else []
    if f.country is not None and not any(same_code(a.country, f.country) for a in actors):
        return False
    if f.text is not None and not event_text_matches(event, actors, f.text):
        return False
    return f.actor is None or any(actor_matches(a, f.actor) for a in actors)


def _quote_matches(result: ArticleResult, quote: Quote, needle: str) -> bool:
    """A quote matches an actor needle through its resolved speaker or its speaker span."""
    speaker = result.actor(quote.speaker) if quote.speaker else None
    if speaker is not None and actor_matches(speaker, needle):
        return True
    span = quote.speaker_span
    return span is not None and needle.casefold() in span.text.casefold()


def _actor_passes(actor: Actor, f: ActorFilter) -> bool:
    if f.country is not None and not same_code(actor.country, f.country):
        return False
    if f.sector is not None and not same_code(actor.sector, f.sector):
        return False
    return f.name is None or f.name.casefold() in actor.name.casefold()


def _copy_actor(actor: Actor | None) -> Actor | None:
    return Actor.from_dict(actor.to_dict()) if actor else None


def _event_row(entry: _Entry, event: Event, story_id: str | None) -> EventRow:
    result = entry.result
    place = result.place(event.place)
    return EventRow(
        article_id=result.article.id,
        story_id=story_id,
        event=Event.from_dict(event.to_dict()),
        actors={a.id: Actor.from_dict(a.to_dict()) for a in _event_actors(result, event)},
        places={place.id: Place.from_dict(place.to_dict())} if place else {},
    )
