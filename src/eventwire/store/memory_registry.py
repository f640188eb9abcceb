"""The actor registry of :class:`~eventwire.store.memory.MemoryStore`, in plain dicts."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable

from eventwire.records import Actor, ArticleResult
from eventwire.store.registry import RegistryEntry


class MemoryRegistry:
    """:class:`~eventwire.store.registry.FixBackend` over dicts and the stored results.

    ``results`` yields the stored results themselves (not copies), so fixes reach them.
    """

    def __init__(self, results: Callable[[], Iterable[ArticleResult]]) -> None:
        self._entries: dict[int, RegistryEntry] = {}
        self._results = results

    def candidates(self, keys: list[str]) -> list[RegistryEntry]:
        wanted = set(keys)
        entries = [e for _, e in sorted(self._entries.items())]
        return [copy.deepcopy(e) for e in entries if wanted & set(e.index_keys())]

    def save(self, entry: RegistryEntry) -> None:
        if entry.id is None:
            entry.id = max(self._entries, default=0) + 1
        self._entries[entry.id] = copy.deepcopy(entry)

    def delete(self, entry: RegistryEntry) -> None:
        if entry.id is not None:
            self._entries.pop(entry.id, None)

    def search(self, needle: str | None) -> list[RegistryEntry]:
        entries = sorted(self._entries.values(), key=lambda e: (e.name, e.id or 0))
        want = needle.casefold() if needle is not None else None
        return [
            copy.deepcopy(e)
            for e in entries
            if want is None or any(want in n.casefold() for n in [e.name, *e.aliases])
        ]

    def stored(self, name: str, country: str | None) -> list[tuple[object, Actor]]:
        found: list[tuple[object, Actor]] = []
        for result in self._results():
            for actor in result.actors:
                same = actor.name.casefold() == name.casefold()
                if same and (country is None or (actor.country or "").upper() == country.upper()):
                    found.append((actor, copy.deepcopy(actor)))
        return found

    def update(self, handle: object, actor: Actor) -> None:
        stored: Actor = handle  # type: ignore[assignment]
        stored.name, stored.kind, stored.country = actor.name, actor.kind, actor.country
        stored.sector, stored.role = actor.sector, actor.role
