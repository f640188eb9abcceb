"""What the fused-event exports need from the member articles, and the small shared readings of
a fused event: the outlets, URLs and sentences behind it, its date, its conservative figures.

A fused event names its members by ``article_id:event_id``; :func:`index_articles` keeps, per
article, its metadata (no text) and its events' sentences, so an export over a large store
holds a few strings per article rather than every article whole.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.records import Article, ArticleResult, FusedCount, FusedEvent


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """One member article as the fused exports see it.

    Attributes:
        article: the article's metadata; its ``text`` is empty.
        sentences: event id → the sentence that reports the event, stripped of white space.
        lead: ids of the events whose sentence starts in the first paragraph.
    """

    article: Article
    sentences: dict[str, str]
    lead: frozenset[str]


#: Article id → :class:`ArticleInfo`; what every fused-event writer reads its sources from.
ArticleIndex = Mapping[str, ArticleInfo]


def article_info(result: ArticleResult) -> ArticleInfo:
    """The :class:`ArticleInfo` of one stored result."""
    text = result.article.text
    first_break = text.find("\n\n")
    lead_end = len(text) if first_break < 0 else first_break
    return ArticleInfo(
        article=dataclasses.replace(result.article, text=""),
        sentences={e.id: e.sentence.text.strip() for e in result.events},
        lead=frozenset(e.id for e in result.events if e.sentence.start < lead_end),
    )


def index_articles(results: Iterable[ArticleResult]) -> dict[str, ArticleInfo]:
    """Article id → :class:`ArticleInfo` for every result (one pass; texts are not kept)."""
    return {r.article.id: article_info(r) for r in results}


def member_articles(fused: FusedEvent, index: ArticleIndex) -> list[ArticleInfo]:
    """The member articles of ``fused`` found in ``index``, once each, in member order."""
    seen: dict[str, ArticleInfo] = {}
    for ref in fused.members:
        info = index.get(ref.article_id)
        if info is not None and ref.article_id not in seen:
            seen[ref.article_id] = info
    return list(seen.values())


def outlets(infos: Iterable[ArticleInfo]) -> list[str]:
    """The distinct outlet names, in order of first appearance."""
    return list(dict.fromkeys(i.article.source for i in infos if i.article.source))


def urls(infos: Iterable[ArticleInfo]) -> list[str]:
    """The distinct article URLs, in order of first appearance."""
    return list(dict.fromkeys(i.article.url for i in infos if i.article.url))


def member_sentences(fused: FusedEvent, index: ArticleIndex) -> Iterator[str]:
    """The sentence of each member event found in ``index``, each distinct sentence once."""
    seen: set[str] = set()
    for ref in fused.members:
        info = index.get(ref.article_id)
        sentence = info.sentences.get(ref.event_id) if info else None
        if sentence and sentence not in seen:
            seen.add(sentence)
            yield sentence


def is_lead(fused: FusedEvent, index: ArticleIndex) -> bool:
    """Whether any member event is told in its article's first paragraph."""
    return any(
        (info := index.get(ref.article_id)) is not None and ref.event_id in info.lead
        for ref in fused.members
    )


@dataclass(frozen=True, slots=True)
class DayDate:
    """A fused event's date as one day: the first day of a month or year given coarser."""

    day: dt.date
    precision: str


def event_day(fused: FusedEvent) -> DayDate | None:
    """The best supported date of ``fused``, else its first publication date, as a day."""
    if fused.date is not None:
        value, precision = fused.date.value, fused.date.precision
    elif fused.first_seen:
        value, precision = fused.first_seen, "day"
    else:
        return None
    full = {4: f"{value}-01-01", 7: f"{value}-01"}.get(len(value), value)
    try:
        return DayDate(dt.date.fromisoformat(full[:10]), precision)
    except ValueError:
        return None


def lowest_figure(count: FusedCount | None) -> int | None:
    """The lowest figure any report gave (a report's lower bound, else its only bound).

    "At least one" gives 1, "nearly 600" gives 600 (no lower bound was given), "five" gives 5;
    ``None`` when no report gave a number.
    """
    if count is None:
        return None
    figures = [f for r in count.reports if (f := _report_figure(r.value)) is not None]
    if not figures:
        figures = [b for b in (count.min, count.max) if b is not None]
    return min(figures) if figures else None


def _report_figure(value: object) -> int | None:
    if not isinstance(value, dict):
        return None
    low, high = value.get("min"), value.get("max")
    return low if isinstance(low, int) else high if isinstance(high, int) else None


def read_resource(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table in ``export/resources`` (``#`` lines are comments)."""
    return list(_read_resource(name))


@cache
def _read_resource(name: str) -> tuple[dict[str, str], ...]:
    text = resources.files("eventwire.export").joinpath("resources", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t"))
