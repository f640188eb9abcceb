"""Records ↔ SQLite rows for :mod:`eventwire.store.sqlite` (schema: ``migrations/``).

Actors and places are stored column by column (their columns are named like their JSON keys);
events and quotes keep their whole JSON object in ``data`` plus a few columns to filter on.
Floats go in REAL columns and JSON is written with ``repr`` floats, so :func:`load` gives back
exactly what ``ArticleResult.to_dict(with_text=True)`` held.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from eventwire.records import JSON, Actor, ArticleResult, Event, Place, Quote, TimeExpr
from eventwire.store.base import EventRow, QuoteRow
from eventwire.store.query import events_per_actor
from eventwire.store.sqlite_sql import EVENT_COUNTRIES_SQL

_R = TypeVar("_R", Actor, Place)

ACTOR_COLUMNS = ("id", "name", "kind", "country", "sector", "role", "mentions")
PLACE_COLUMNS = (
    "id", "name", "geonameid", "lat", "lon", "country", "admin1", "feature_code", "precision",
    "mentions", "demonym_mentions",
)  # fmt: skip
TIME_COLUMNS = ("text", "char_start", "char_end", "type", "value")
EVENT_COLUMNS = (
    "id", "type", "mode", "cameo", "quad", "date_value", "confidence", "source", "target",
    "place", "data",
)  # fmt: skip
# Filled from the event for the filters, never read back into records.
EVENT_SEARCH_COLUMNS = ("date_precision", "sentence_search", "trigger_search")
# Rows resolved together when events are read: one actors and one places query per batch.
EVENT_BATCH = 256
QUOTE_COLUMNS = ("id", "speaker", "direct", "channel", "data")
# Columns holding JSON text.
_JSON_COLUMNS = frozenset({"mentions", "demonym_mentions", "source", "target", "data"})


def _dumps(value: Any) -> str:
    """Compact JSON, non-ASCII kept as is."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _cell(column: str, value: Any) -> Any:
    return _dumps(value) if column in _JSON_COLUMNS else value


def _uncell(column: str, value: Any) -> Any:
    return json.loads(value) if column in _JSON_COLUMNS else value


def _event_fields(event: Event) -> JSON:
    data = event.to_dict()  # confidence is rounded here, as in every JSON output
    date_value = event.date.value if event.date else None
    fields = {**{c: data.get(c) for c in EVENT_COLUMNS}, "date_value": date_value, "data": data}
    return {**fields, **event_search_fields(event)}


def event_search_fields(event: Event) -> JSON:
    """The ``events`` columns the filters read beside ``data``: the date's precision and the
    casefolded sentence and trigger texts (``EventFilter.text``, tested with ``instr``)."""
    return {
        "date_precision": event.date.precision if event.date else None,
        "sentence_search": event.sentence.text.casefold(),
        "trigger_search": event.trigger.text.casefold(),
    }


def _actor_fields(actor: Actor, n_events: int) -> JSON:
    # Stored so that listing actors needs no join with events.
    return {**actor.to_dict(), "n_events": n_events, "search": search_text(actor)}


def search_text(actor: Actor) -> str:
    """The ``actors.search`` column: actor substring searches run on it in C (see
    sqlite_sql.actor_match); kept in step whenever an actor is renamed."""
    return "\n".join(t.casefold() for t in [actor.name, *(m.text for m in actor.mentions)])


def _time_fields(t: TimeExpr) -> JSON:
    return {"text": t.text, "char_start": t.start, "char_end": t.end, "type": t.type,
            "value": t.value}  # fmt: skip


def _quote_fields(q: Quote) -> JSON:
    return {"id": q.id, "speaker": q.speaker, "direct": q.direct, "channel": q.channel,
            "data": q.to_dict()}  # fmt: skip


def _table_rows(result: ArticleResult) -> list[tuple[str, tuple[str, ...], list[JSON]]]:
    """Every child table with its columns and one field dict per record, in article order."""
    n_events = events_per_actor(result)
    return [
        (
            "actors",
            (*ACTOR_COLUMNS, "n_events", "search"),
            [_actor_fields(a, n_events[a.id]) for a in result.actors],
        ),
        ("places", PLACE_COLUMNS, [p.to_dict() for p in result.places]),
        ("times", TIME_COLUMNS, [_time_fields(t) for t in result.times]),
        (
            "events",
            (*EVENT_COLUMNS, *EVENT_SEARCH_COLUMNS),
            [_event_fields(e) for e in result.events],
        ),
        ("quotes", QUOTE_COLUMNS, [_quote_fields(q) for q in result.quotes]),
    ]


def insert(conn: sqlite3.Connection, result: ArticleResult, hashes: tuple[str, str]) -> None:
    """Insert one article and all its records, inside the caller's transaction."""
    a = result.article
    conn.execute(
        "INSERT INTO articles (id, source, published, url, title, language, text, text_hash,"
        " result_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            a.id, a.source, a.published.isoformat() if a.published else None, a.url, a.title,
            a.language, a.text, *hashes, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )  # fmt: skip
    for table, columns, records in _table_rows(result):
        names = ", ".join(("article_id", "seq", *columns))
        marks = ", ".join("?" * (len(columns) + 2))
        conn.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",
            [(a.id, i, *(_cell(c, r[c]) for c in columns)) for i, r in enumerate(records)],
        )
    fill_event_countries(conn, [a.id])


def fill_event_countries(conn: sqlite3.Connection, article_ids: list[str]) -> None:
    """(Re)fill ``event_countries`` for these articles, from their events and actors."""
    for article_id in article_ids:
        conn.execute("DELETE FROM event_countries WHERE article_id = ?", (article_id,))
        conn.execute(EVENT_COUNTRIES_SQL.format(where="e.article_id = ?"), (article_id,))


def select_children(conn: sqlite3.Connection, table: str, article_id: str) -> list[sqlite3.Row]:
    """The rows of one child table for one article, in article order."""
    return conn.execute(
        f"SELECT * FROM {table} WHERE article_id = ? ORDER BY seq", (article_id,)
    ).fetchall()


def _fields(row: sqlite3.Row, columns: tuple[str, ...]) -> JSON:
    return {c: _uncell(c, row[c]) for c in columns}


def actor_from_row(row: sqlite3.Row) -> Actor:
    """An ``actors`` row as an Actor."""
    return Actor.from_dict(_fields(row, ACTOR_COLUMNS))


def place_from_row(row: sqlite3.Row) -> Place:
    """A ``places`` row as a Place."""
    return Place.from_dict(_fields(row, PLACE_COLUMNS))


def load(conn: sqlite3.Connection, article_id: str) -> ArticleResult | None:
    """Read one article back with its text; ``None`` when it is not stored."""
    row = conn.execute(
        "SELECT id, source, published, url, title, language, text FROM articles WHERE id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None

    def children(table: str) -> list[sqlite3.Row]:
        return select_children(conn, table, article_id)

    times = [_fields(r, TIME_COLUMNS) for r in children("times")]
    return ArticleResult.from_dict(
        {
            "article": dict(row),
            "actors": [_fields(r, ACTOR_COLUMNS) for r in children("actors")],
            "places": [_fields(r, PLACE_COLUMNS) for r in children("places")],
            "times": [{**t, "start": t["char_start"], "end": t["char_end"]} for t in times],
            "events": [json.loads(r["data"]) for r in children("events")],
            "quotes": [json.loads(r["data"]) for r in children("quotes")],
        }
    )


class ArticleCache:
    """Actors and places of the articles one query touches, each article read once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._actors: dict[str, dict[str, Actor]] = {}
        self._places: dict[str, dict[str, Place]] = {}

    def actors(self, article_id: str) -> dict[str, Actor]:
        """The article's actors by id (the first one when an id repeats)."""
        if article_id not in self._actors:
            rows = select_children(self._conn, "actors", article_id)
            self._actors[article_id] = _first_by_id(actor_from_row(r) for r in rows)
        return self._actors[article_id]

    def places(self, article_id: str) -> dict[str, Place]:
        """The article's places by id (the first one when an id repeats)."""
        if article_id not in self._places:
            rows = select_children(self._conn, "places", article_id)
            self._places[article_id] = _first_by_id(place_from_row(r) for r in rows)
        return self._places[article_id]


def _first_by_id(records: Iterable[_R]) -> dict[str, _R]:
    found: dict[str, _R] = {}
    for record in records:
        found.setdefault(record.id, record)
    return found


def event_rows(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[EventRow]:
    """``events`` query rows (article_id, story_id, data) with the actors and place each
    names, read in one query per table for the whole batch (only the records named: an
    article's other actors, with their mentions, are never decoded)."""
    stored = [json.loads(r["data"]) for r in rows]
    events = [Event.from_dict(d) for d in stored]
    # A row written by an older eventwire may lack a newer key: that one is encoded afresh.
    keys = events[0].to_dict().keys() if events else set()
    actor_keys: set[tuple[str, str]] = set()
    place_keys: set[tuple[str, str]] = set()
    for row, event in zip(rows, events, strict=True):
        actor_keys.update((row["article_id"], i) for i in (*event.source, *event.target))
        if event.place:
            place_keys.add((row["article_id"], event.place))
    actors = _records_by_key(conn, "actors", actor_keys, actor_from_row)
    places = _records_by_key(conn, "places", place_keys, place_from_row)
    handed: set[int] = set()

    def fresh(record: _R) -> _R:
        """The record itself the first time, a copy after: rows never share an object."""
        if id(record) in handed:
            return _copy(record)
        handed.add(id(record))
        return record

    found: list[EventRow] = []
    for row, event, data in zip(rows, events, stored, strict=True):
        art = row["article_id"]
        named = [(i, actors.get((art, i))) for i in dict.fromkeys([*event.source, *event.target])]
        place = places.get((art, event.place)) if event.place else None
        found.append(
            EventRow(
                article_id=art,
                story_id=row["story_id"],
                event=event,
                actors={i: fresh(a) for i, a in named if a is not None},
                places={place.id: fresh(place)} if place else {},
                stored=data if data.keys() == keys else None,
            )
        )
    return found


def _records_by_key(
    conn: sqlite3.Connection,
    table: str,
    keys: set[tuple[str, str]],
    build: Callable[[sqlite3.Row], _R],
) -> dict[tuple[str, str], _R]:
    """Records of ``table`` by ``(article_id, id)`` (the first one when an id repeats)."""
    found: dict[tuple[str, str], _R] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 400):  # well under SQLite's limit of parameters
        chunk = ordered[start : start + 400]
        pairs = ", ".join(["(?, ?)"] * len(chunk))
        sql = (
            f"SELECT t.* FROM (VALUES {pairs}) k JOIN {table} t"
            " ON t.article_id = k.column1 AND t.id = k.column2 ORDER BY t.article_id, t.seq"
        )
        for row in conn.execute(sql, [v for key in chunk for v in key]):
            found.setdefault((row["article_id"], row["id"]), build(row))
    return found


def _copy(record: _R) -> _R:
    """A copy of a cached actor or place for one row. Its spans are frozen, so sharing them is
    safe and only the lists are copied: a JSON round trip per row made listing the events of a
    long article, whose actors have thousands of mentions, take minutes."""
    if isinstance(record, Place):
        return dataclasses.replace(
            record, mentions=list(record.mentions), demonym_mentions=list(record.demonym_mentions)
        )
    return dataclasses.replace(record, mentions=list(record.mentions))


def quote_row(row: sqlite3.Row, cache: ArticleCache) -> QuoteRow:
    """A ``quotes`` query row (article_id, speaker, data, published) with its speaker."""
    quote = Quote.from_dict(json.loads(row["data"]))
    actors = cache.actors(row["article_id"])
    speaker = actors.get(quote.speaker) if quote.speaker else None
    org = actors.get(quote.speaking_for) if quote.speaking_for else None
    return QuoteRow(
        article_id=row["article_id"],
        quote=quote,
        speaker=_copy(speaker) if speaker else None,
        published=row["published"],
        speaking_for=_copy(org) if org else None,
    )
