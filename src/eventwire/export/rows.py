"""Flat views of results for the CSV and Parquet exports: one row per event, one per quote."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.records import Actor, ArticleResult, Count, Event, Quote

#: Every column of the flat event table with its type (str, int, float or bool): one list for
#: the CSV header, the Parquet schema and the row builder.
EVENT_COLUMN_TYPES: dict[str, str] = {
    "article_id": "str",
    "event_id": "str",
    "published": "str",
    "source": "str",
    "url": "str",
    "type": "str",
    "mode": "str",
    "context": "str",
    "cameo": "str",
    "quad": "int",
    "acled_event_type": "str",
    "acled_sub_event_type": "str",
    "trigger": "str",
    "sentence": "str",
    "source_actors": "str",
    "source_countries": "str",
    "source_sectors": "str",
    "target_actors": "str",
    "target_countries": "str",
    "target_sectors": "str",
    "place": "str",
    "place_country": "str",
    "lat": "float",
    "lon": "float",
    "date": "str",
    "date_precision": "str",
    "date_text": "str",
    "killed_min": "int",
    "killed_max": "int",
    "injured_min": "int",
    "injured_max": "int",
    "arrested_min": "int",
    "arrested_max": "int",
    "negated": "bool",
    "hypothetical": "bool",
    "future": "bool",
    "historical": "bool",
    "confidence": "float",
}
EVENT_COLUMNS = tuple(EVENT_COLUMN_TYPES)


def _join(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


def _actors(result: ArticleResult, ids: list[str]) -> list[Actor]:
    return [a for i in ids if (a := result.actor(i)) is not None]


def _bounds(count: Count | None) -> tuple[int | None, int | None]:
    return (count.min, count.max) if count else (None, None)


def event_row(result: ArticleResult, event: Event) -> dict[str, Any]:
    """One flat row for ``event`` with its actors, place and casualties spelled out."""
    src, tgt = _actors(result, event.source), _actors(result, event.target)
    place = result.place(event.place)
    c = event.casualties
    row: dict[str, Any] = {
        "article_id": result.article.id,
        "event_id": event.id,
        "published": result.article.published.isoformat() if result.article.published else None,
        "source": result.article.source,
        "url": result.article.url,
        "type": event.type,
        "mode": event.mode,
        "context": _join(event.context),
        "cameo": event.cameo,
        "quad": event.quad,
        "acled_event_type": event.acled.event_type if event.acled else None,
        "acled_sub_event_type": event.acled.sub_event_type if event.acled else None,
        "trigger": event.trigger.text,
        "sentence": event.sentence.text,
        "source_actors": _join(a.name for a in src),
        "source_countries": _join(a.country for a in src),
        "source_sectors": _join(a.sector for a in src),
        "target_actors": _join(a.name for a in tgt),
        "target_countries": _join(a.country for a in tgt),
        "target_sectors": _join(a.sector for a in tgt),
        "place": place.name if place else None,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "date": event.date.value if event.date else None,
        "date_precision": event.date.precision if event.date else None,
        "date_text": event.date.text if event.date else None,
        "confidence": round(event.confidence, 3),
        **event.aux.to_dict(),
    }
    for name, count in (("killed", c.killed), ("injured", c.injured), ("arrested", c.arrested)):
        row[f"{name}_min"], row[f"{name}_max"] = _bounds(count)
    return {k: row[k] for k in EVENT_COLUMNS}


def event_rows(results: Iterable[ArticleResult]) -> Iterator[dict[str, Any]]:
    for result in results:
        for event in result.events:
            yield event_row(result, event)


#: Every column of the flat quote table (the ``*.quotes.csv`` / ``*.quotes.parquet`` file written
#: next to a CSV or Parquet event export), with its type.
QUOTE_COLUMN_TYPES: dict[str, str] = {
    "article_id": "str",
    "quote_id": "str",
    "published": "str",
    "source": "str",
    "url": "str",
    "speaker": "str",
    "speaker_country": "str",
    "speaker_sector": "str",
    "speaker_text": "str",
    "speaking_for": "str",
    "speaking_for_country": "str",
    "direct": "bool",
    "channel": "str",
    "cue": "str",
    "content": "str",
    "content_start": "int",
    "content_end": "int",
    "events": "str",
}
QUOTE_COLUMNS = tuple(QUOTE_COLUMN_TYPES)


def quote_row(result: ArticleResult, quote: Quote) -> dict[str, Any]:
    """One flat row for ``quote``: its speaker and organisation by name, linked event ids."""
    speaker = result.actor(quote.speaker) if quote.speaker else None
    org = result.actor(quote.speaking_for) if quote.speaking_for else None
    article = result.article
    return {
        "article_id": article.id,
        "quote_id": quote.id,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "speaker": speaker.name if speaker else None,
        "speaker_country": speaker.country if speaker else None,
        "speaker_sector": speaker.sector if speaker else None,
        "speaker_text": quote.speaker_span.text if quote.speaker_span else None,
        "speaking_for": org.name if org else None,
        "speaking_for_country": org.country if org else None,
        "direct": quote.direct,
        "channel": quote.channel,
        "cue": quote.cue.text if quote.cue else None,
        "content": quote.content.text,
        "content_start": quote.content.start,
        "content_end": quote.content.end,
        "events": _join(quote.events),
    }


def quote_rows(results: Iterable[ArticleResult]) -> Iterator[dict[str, Any]]:
    for result in results:
        for quote in result.quotes:
            yield quote_row(result, quote)
