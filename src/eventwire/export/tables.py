"""Table exports: one CSV or Parquet file per table in a folder (``articles``, ``events``,
``fused_events``, ``actors``, ``places``, ``quotes``, ``stories``).

Each table has one column table (name → str, int, float or bool) that gives both the CSV header
and the Parquet schema. Every file is written beside its final name and moved into place once
all are written, so a failed export leaves the folder's old files as they were.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from eventwire.errors import ExportError
from eventwire.export.rows import EVENT_COLUMN_TYPES, QUOTE_COLUMN_TYPES, event_row, quote_row
from eventwire.export.writers import check_file_target, parquet_table, replace_files
from eventwire.records import (
    Actor,
    ArticleResult,
    Event,
    FusedActor,
    FusedCount,
    FusedEvent,
    Place,
    Story,
)

TABLE_FORMATS = ("csv", "parquet")

ARTICLE_COLUMN_TYPES: dict[str, str] = {
    "article_id": "str",
    "story_id": "str",
    "source": "str",
    "published": "str",
    "url": "str",
    "title": "str",
    "language": "str",
    "n_chars": "int",
    "n_actors": "int",
    "n_places": "int",
    "n_events": "int",
    "n_quotes": "int",
}
#: The flat event table of ``rows`` with the event's story and fused event.
EVENT_TABLE_COLUMN_TYPES: dict[str, str] = {
    "article_id": "str",
    "event_id": "str",
    "story_id": "str",
    "fused_event_id": "str",
    **{k: v for k, v in EVENT_COLUMN_TYPES.items() if k not in ("article_id", "event_id")},
}
FUSED_EVENT_COLUMN_TYPES: dict[str, str] = {
    "fused_event_id": "str",
    "story_id": "str",
    "type": "str",
    "mode": "str",
    "context": "str",
    "cameo": "str",
    "quad": "int",
    "acled_event_type": "str",
    "acled_sub_event_type": "str",
    "source_actors": "str",
    "source_countries": "str",
    "source_sectors": "str",
    "target_actors": "str",
    "target_countries": "str",
    "target_sectors": "str",
    "place": "str",
    "place_country": "str",
    "place_admin1": "str",
    "place_precision": "str",
    "geonameid": "int",
    "lat": "float",
    "lon": "float",
    "places": "str",
    "date": "str",
    "date_precision": "str",
    "dates": "str",
    "killed_min": "int",
    "killed_max": "int",
    "injured_min": "int",
    "injured_max": "int",
    "arrested_min": "int",
    "arrested_max": "int",
    "num_articles": "int",
    "num_sources": "int",
    "first_seen": "str",
    "last_seen": "str",
    "confidence": "float",
    "members": "str",
}
ACTOR_COLUMN_TYPES: dict[str, str] = {
    "article_id": "str",
    "actor_id": "str",
    "name": "str",
    "kind": "str",
    "country": "str",
    "sector": "str",
    "role": "str",
    "n_mentions": "int",
    "mentions": "str",
}
PLACE_COLUMN_TYPES: dict[str, str] = {
    "article_id": "str",
    "place_id": "str",
    "name": "str",
    "geonameid": "int",
    "lat": "float",
    "lon": "float",
    "country": "str",
    "admin1": "str",
    "feature_code": "str",
    "precision": "str",
    "n_mentions": "int",
    "mentions": "str",
}
STORY_COLUMN_TYPES: dict[str, str] = {
    "story_id": "str",
    "title": "str",
    "first_date": "str",
    "last_date": "str",
    "place": "str",
    "country": "str",
    "num_articles": "int",
    "num_sources": "int",
    "num_events": "int",
    "num_fused_events": "int",
    "articles": "str",
    "fused_events": "str",
}

#: Every table of a folder export and its columns, in the order the files are listed.
TABLES: dict[str, dict[str, str]] = {
    "articles": ARTICLE_COLUMN_TYPES,
    "events": EVENT_TABLE_COLUMN_TYPES,
    "fused_events": FUSED_EVENT_COLUMN_TYPES,
    "actors": ACTOR_COLUMN_TYPES,
    "places": PLACE_COLUMN_TYPES,
    "quotes": QUOTE_COLUMN_TYPES,
    "stories": STORY_COLUMN_TYPES,
}


def _join(values: Iterable[str | None]) -> str:
    return "; ".join(v for v in values if v)


def article_row(result: ArticleResult, story_id: str | None) -> dict[str, Any]:
    a = result.article
    return {
        "article_id": a.id,
        "story_id": story_id,
        "source": a.source,
        "published": a.published.isoformat() if a.published else None,
        "url": a.url,
        "title": a.title,
        "language": a.language,
        "n_chars": len(a.text),
        "n_actors": len(result.actors),
        "n_places": len(result.places),
        "n_events": len(result.events),
        "n_quotes": len(result.quotes),
    }


def event_table_row(
    result: ArticleResult, event: Event, story_id: str | None, fused_id: str | None
) -> dict[str, Any]:
    row = {**event_row(result, event), "story_id": story_id, "fused_event_id": fused_id}
    return {k: row[k] for k in EVENT_TABLE_COLUMN_TYPES}


def actor_row(article_id: str, actor: Actor) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "actor_id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "sector": actor.sector,
        "role": actor.role,
        "n_mentions": len(actor.mentions),
        "mentions": _join(dict.fromkeys(m.text for m in actor.mentions)),
    }


def place_row(article_id: str, place: Place) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "place_id": place.id,
        "name": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "feature_code": place.feature_code,
        "precision": place.precision,
        "n_mentions": len(place.mentions),
        "mentions": _join(dict.fromkeys(m.text for m in place.mentions)),
    }


def _actor_columns(side: str, actors: list[FusedActor]) -> dict[str, str]:
    return {
        f"{side}_actors": _join(a.name for a in actors),
        f"{side}_countries": _join(a.country for a in actors),
        f"{side}_sectors": _join(a.sector for a in actors),
    }


def _bounds(name: str, count: FusedCount | None) -> dict[str, int | None]:
    low, high = (count.min, count.max) if count else (None, None)
    return {f"{name}_min": low, f"{name}_max": high}


def fused_event_row(fused: FusedEvent) -> dict[str, Any]:
    place, date = fused.place, fused.date
    return {
        "fused_event_id": fused.id,
        "story_id": fused.story_id,
        "type": fused.type,
        "mode": fused.mode,
        "context": _join(fused.context),
        "cameo": fused.cameo,
        "quad": fused.quad,
        "acled_event_type": fused.acled.event_type if fused.acled else None,
        "acled_sub_event_type": fused.acled.sub_event_type if fused.acled else None,
        **_actor_columns("source", fused.source),
        **_actor_columns("target", fused.target),
        "place": place.name if place else None,
        "place_country": place.country if place else None,
        "place_admin1": place.admin1 if place else None,
        "place_precision": place.precision if place else None,
        "geonameid": place.geonameid if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "places": _join(p.name for p in fused.places),
        "date": date.value if date else None,
        "date_precision": date.precision if date else None,
        "dates": _join(d.value for d in fused.dates),
        **_bounds("killed", fused.killed),
        **_bounds("injured", fused.injured),
        **_bounds("arrested", fused.arrested),
        "num_articles": fused.num_articles,
        "num_sources": fused.num_sources,
        "first_seen": fused.first_seen,
        "last_seen": fused.last_seen,
        "confidence": fused.confidence,
        "members": _join(m.key() for m in fused.members),
    }


def story_row(story: Story) -> dict[str, Any]:
    return {
        "story_id": story.story_id,
        "title": story.title,
        "first_date": story.first_date,
        "last_date": story.last_date,
        "place": story.place,
        "country": story.country,
        "num_articles": len(story.articles),
        "num_sources": story.num_sources,
        "num_events": len(story.events),
        "num_fused_events": len(story.fused_events),
        "articles": _join(story.articles),
        "fused_events": _join(story.fused_events),
    }


class _Sink(Protocol):
    count: int

    def add(self, row: dict[str, Any]) -> None: ...

    def finish(self) -> None: ...


@dataclass
class _CsvSink:
    """Rows written as they come."""

    writer: csv.DictWriter[str]
    count: int = 0

    def add(self, row: dict[str, Any]) -> None:
        self.writer.writerow(row)
        self.count += 1

    def finish(self) -> None:
        pass


@dataclass
class _ParquetSink:
    """Rows kept until :meth:`finish` writes the Parquet file (its schema needs them all)."""

    path: Path
    columns: dict[str, str]
    rows: list[dict[str, Any]] = field(default_factory=list)
    count: int = 0

    def add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.count += 1

    def finish(self) -> None:
        parquet_table(self.rows, self.columns, self.path)


def _open_sink(fmt: str, path: Path, columns: dict[str, str], stack: ExitStack) -> _Sink:
    if fmt == "parquet":
        return _ParquetSink(path, columns)
    fh: TextIO = stack.enter_context(path.open("w", encoding="utf-8", newline=""))
    writer = csv.DictWriter(fh, fieldnames=list(columns))
    writer.writeheader()
    return _CsvSink(writer)


@dataclass(frozen=True, slots=True)
class TableSources:
    """What a folder export reads: stored results (one pass), fused events and stories."""

    results: Iterable[ArticleResult]
    fused_events: Iterable[FusedEvent]
    stories: Iterable[Story]


def _add_results(sinks: dict[str, _Sink], source: TableSources, fused: list[FusedEvent]) -> None:
    story_of: dict[str, str] = {}
    for story in source.stories:
        sinks["stories"].add(story_row(story))
        story_of.update(dict.fromkeys(story.articles, story.story_id))
    fused_of = {m.key(): f.id for f in fused for m in f.members}
    for result in source.results:
        aid = result.article.id
        sid = story_of.get(aid)
        sinks["articles"].add(article_row(result, sid))
        for e in result.events:
            sinks["events"].add(event_table_row(result, e, sid, fused_of.get(f"{aid}:{e.id}")))
        for a in result.actors:
            sinks["actors"].add(actor_row(aid, a))
        for p in result.places:
            sinks["places"].add(place_row(aid, p))
        for q in result.quotes:
            sinks["quotes"].add(quote_row(result, q))


def _write_tables(source: TableSources, fmt: str, parts: list[Path]) -> dict[str, int]:
    with ExitStack() as stack:
        sinks = {
            name: _open_sink(fmt, part, columns, stack)
            for (name, columns), part in zip(TABLES.items(), parts, strict=True)
        }
        fused = list(source.fused_events)
        for f in fused:
            sinks["fused_events"].add(fused_event_row(f))
        _add_results(sinks, source, fused)
        for sink in sinks.values():
            sink.finish()
    return {name: sink.count for name, sink in sinks.items()}


def table_paths(folder: Path, fmt: str) -> dict[str, Path]:
    """Where each table of a folder export goes: ``folder/articles.csv`` and so on."""
    return {name: folder / f"{name}.{fmt}" for name in TABLES}


def export_tables(source: TableSources, fmt: str, folder: Path) -> dict[str, int]:
    """Write every table of :data:`TABLES` to ``folder`` (created when missing) in ``fmt``.

    Returns:
        Table name → rows written.

    Raises:
        ExportError: ``fmt`` is not csv or parquet; the folder cannot be made; a table's file
            name is taken by a folder, a device or anything but a regular file.
    """
    if fmt not in TABLE_FORMATS:
        raise ExportError(f"a folder export is csv or parquet, not {fmt!r}")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot make the folder {folder}: {exc.strerror or exc}") from exc
    targets = [check_file_target(p) for p in table_paths(folder, fmt).values()]
    return replace_files(targets, lambda parts: _write_tables(source, fmt, parts))
