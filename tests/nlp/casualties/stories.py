"""Small readers of a story's casualties, shared by the invented-story tests."""

from __future__ import annotations

from eventwire.extract import Pipeline
from eventwire.records import Article, ArticleResult


def article(pipeline: Pipeline, text: str) -> ArticleResult:
    """The pipeline's result for one undated story."""
    (result,) = pipeline.process([Article(id="p", text=text)])
    return result


def largest(result: ArticleResult) -> tuple[int | None, int | None]:
    """The story's killed and injured: the largest lower bound over its events."""
    killed = [e.casualties.killed.min for e in result.events if e.casualties.killed]
    injured = [e.casualties.injured.min for e in result.events if e.casualties.injured]
    return max(killed, default=None), max(injured, default=None)
