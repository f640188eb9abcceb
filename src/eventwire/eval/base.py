"""What a task is: how to read its gold items as articles, and a scorer that tallies results."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from eventwire.eval.gold import JSON
from eventwire.eval.report import Scores
from eventwire.records import Article, ArticleResult, Event


class Scorer(Protocol):
    """Tallies one gold item and its extraction at a time; ``finish`` computes the figures."""

    def add(self, gold: JSON, result: ArticleResult) -> None: ...

    def finish(self) -> Scores: ...


@dataclass(frozen=True)
class Task:
    """One ``eventwire eval`` task.

    Attributes:
        name: the task name used on the command line.
        summary: one line on what is scored.
        expected: the gold format in a few words, for error messages.
        required: fields every gold line must have.
        to_article: builds the article the extraction sees from one gold object.
        scorer: makes a fresh scorer.
        file_hints: substrings of a gold file path that identify this task.
        keep: optional filter ``(gold, subset) -> bool`` for tasks with subsets.
        default_subset: the subset used when none is given.
    """

    name: str
    summary: str
    expected: str
    required: Sequence[str]
    to_article: Callable[[JSON], Article]
    scorer: Callable[[], Scorer]
    file_hints: Sequence[str] = ()
    keep: Callable[[JSON, str], bool] | None = None
    default_subset: str | None = None


def top_event(events: Sequence[Event]) -> Event | None:
    """The highest-confidence event (the first one on ties), ``None`` without events."""
    return max(events, key=lambda event: event.confidence, default=None)
