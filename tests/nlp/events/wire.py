"""Small readers of a run's events and actors, shared by the invented-wire-story tests."""

from __future__ import annotations

from typing import Any

from eventwire.eval.base import top_event
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


def top_type(run_text: Any, text: str) -> str | None:
    """The type of the top event of ``text``, or None when it tells none."""
    top = top_event(run_text(text).events)
    return top.type if top is not None else None


def top_act(run_text: Any, text: str) -> tuple[str, str] | None:
    """The type and trigger word of the top event of ``text``, or None when it tells none."""
    top = top_event(run_text(text).events)
    return (top.type, top.trigger.text) if top is not None else None


def acts_of(run_text: Any, text: str) -> set[tuple[str, str]]:
    """The type and trigger word of every event of ``text``."""
    return {(e.type, e.trigger.text) for e in run_text(text).events}


def coded_of(run_text: Any, text: str) -> list[tuple[str, str, str]]:
    """The type, CAMEO code and trigger word of every event of ``text``, in order."""
    return [(e.type, e.cameo, e.trigger.text) for e in run_text(text).events]
