"""Fixtures for the eval tests: the small gold files and a fake extraction built by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.records import Actor, Article, ArticleResult, Event, Place, Span, TimeExpr

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "eval"


def span(text: str, sub: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``sub`` in ``text`` as a span (fails loudly when absent)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(sub, start, start + len(sub))


def event(text: str, trigger: str, type_: str, confidence: float = 0.5, **fields: Any) -> Event:
    """An event whose trigger is the first ``trigger`` in ``text``."""
    fields.setdefault("id", f"e-{trigger}-{type_}")
    return Event(
        type=type_,
        trigger=span(text, trigger),
        sentence=Span(text, 0, len(text)),
        confidence=confidence,
        **fields,
    )


def actor(actor_id: str, name: str, country: str | None = None, sector: str | None = None) -> Actor:
    return Actor(id=actor_id, name=name, country=country, sector=sector)


def place(text: str, name: str, mention: str | None, lat: float | None, lon: float | None) -> Place:
    mentions = [span(text, mention)] if mention else []
    return Place(id=f"p-{name}", name=name, lat=lat, lon=lon, mentions=mentions)


def time(text: str, sub: str, type_: str, value: str | None) -> TimeExpr:
    s = span(text, sub)
    return TimeExpr(s.text, s.start, s.end, type_, value)  # type: ignore[arg-type]


Predict = Callable[[Article], ArticleResult]


def extract_with(predict: Predict) -> Callable[[Iterable[Article]], Iterator[ArticleResult]]:
    """A lazy extraction that answers each article with ``predict(article)``."""
    return lambda articles: (predict(a) for a in articles)


def nothing(article: Article) -> ArticleResult:
    """The extraction that finds nothing at all."""
    return ArticleResult(article=article)


@pytest.fixture
def gold_dir() -> Path:
    return FIXTURES


@pytest.fixture
def fake() -> SimpleNamespace:
    """Builders for hand-made results: span, event, actor, place, time, extract_with, nothing."""
    return SimpleNamespace(
        span=span,
        event=event,
        actor=actor,
        place=place,
        time=time,
        extract_with=extract_with,
        nothing=nothing,
    )
