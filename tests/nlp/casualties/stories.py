"""Small readers of a story's casualties, shared by the invented-story tests."""

from __future__ import annotations

from spacy.language import Language

from eventwire.extract import Pipeline
from eventwire.nlp.casualties.component import find_casualty_statements
from eventwire.records import Article, ArticleResult

Found = tuple[str, int | None, int | None]  # kind, min, max


def statements(nlp: Language, text: str) -> list[Found]:
    """The casualty statements the stage finds in one sentence: kind, least and most."""
    return [(s.kind, s.count.min, s.count.max) for s in find_casualty_statements(nlp(text))]


def article(pipeline: Pipeline, text: str) -> ArticleResult:
    """The pipeline's result for one undated story."""
    (result,) = pipeline.process([Article(id="p", text=text)])
    return result


def largest(result: ArticleResult) -> tuple[int | None, int | None]:
    """The story's killed and injured: the largest lower bound over its events."""
    killed = [e.casualties.killed.min for e in result.events if e.casualties.killed]
    injured = [e.casualties.injured.min for e in result.events if e.casualties.injured]
    return max(killed, default=None), max(injured, default=None)
