"""Small readers of a run's events and actors, shared by the invented-wire-story tests."""

from __future__ import annotations

from eventwire.records import ArticleResult, Event


def event_of(result: ArticleResult, type_: str) -> Event:
    """The first event of ``type_``, failing with every event when there is none."""
    found = [e for e in result.events if e.type == type_]
    assert found, [e.to_dict() for e in result.events]
    return found[0]


def countries_of(result: ArticleResult, ids: list[str]) -> set[str | None]:
    return {a.country for i in ids if (a := result.actor(i))}


def names_of(result: ArticleResult, ids: list[str]) -> set[str]:
    return {a.name for i in ids if (a := result.actor(i))}
