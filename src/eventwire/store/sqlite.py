"""``SQLiteStore``: the embedded default store, on the standard :mod:`sqlite3` module.

One writer, many readers (``STYLE.md`` habit 7): writes go through one connection behind a lock,
one transaction per article; every reading thread gets its own connection, and WAL mode lets
those read while the writer writes. Each read runs in its own transaction, so it sees one
consistent snapshot even while an article is being replaced.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from eventwire.errors import StoreError
from eventwire.records import JSON, ArticleResult, FusedEvent, Story
from eventwire.store.base import (
    SCHEMA_VERSION,
    ActorFilter,
    ActorKey,
    ActorRow,
    EventCounts,
    EventFilter,
    EventRow,
    Network,
    NetworkEdge,
    PutOutcome,
    QuoteFilter,
    QuoteRow,
    Store,
    StoryFilter,
    fingerprint,
)
from eventwire.store.migrate import check_not_newer, current_version, migrate
from eventwire.store.query import network_of, sql_actor_match, sql_contains, tally_counts
from eventwire.store.registry import RegistryEntry, link_actors, merge_actors, rename_actor
from eventwire.store.sqlite_registry import SQLiteRegistry
from eventwire.store.sqlite_rows import (
    EVENT_BATCH,
    ArticleCache,
    event_rows,
    fill_event_countries,
    insert,
    load,
    quote_row,
)
from eventwire.store.sqlite_sql import (
    actors_sql,
    countries_sql,
    counts_sql,
    events_sql,
    fused_sql,
    network_sql,
    quotes_sql,
    stories_sql,
)
from eventwire.store.sqlite_stories import SQLiteStories
from eventwire.store.stories import file_article, refresh, rename_features, stories_of

_T = TypeVar("_T")
_MEMORY = ":memory:"
_BUSY_TIMEOUT_S = 10.0
_RETRY_S = 0.05  # between attempts to open a database another process is creating
_ITER_BATCH = 256
# An actor needle whose actors are common is tested row by row in date order: the page fills
# after about (offset + limit) / share rows. Rarer ones are found from their actors first.
_SCAN_ROWS = 10_000
_SAMPLE = 2_000  # actors sampled to estimate how common an actor needle is
_MMAP_BYTES = 1 << 30  # of the file mapped per read connection (address space, not memory)
_HINT = (
    "check that its folder exists and is writable and that the file is an eventwire "
    "database, or choose another path with --db or EVENTWIRE_DB"
)


class SQLiteStore(Store):
    """A store in one SQLite file, created and migrated on open.

    Args:
        path: the database file; ``":memory:"`` gives a private in-memory database served by a
            single connection (no WAL, reads wait for writes).
        read_only: open for reading only (the query commands): no writer connection, so a file
            the user may not write (mode 444, a read-only mount) can still be queried. A
            database at an older schema version is migrated first where the file is writable.

    Raises:
        StoreError: the file cannot be opened or is not an eventwire database; a write to a
            store opened read-only.
        SchemaVersionError: the file was written by a newer eventwire.
    """

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = path if str(path) == _MEMORY else Path(path).expanduser()
        # Separate connections to ":memory:" would each see their own empty database.
        self._shared = str(path) == _MEMORY
        self._read_only = read_only and not self._shared
        self._immutable = False
        self._lock = threading.Lock()
        # One read connection per thread; those of finished threads are closed on the way.
        self._readers: dict[threading.Thread, sqlite3.Connection] = {}
        self._readers_lock = threading.Lock()
        self._closed = False
        self._writer = self._open_reader_only() if self._read_only else self._open_writer()

    # -- connections ---------------------------------------------------------------------

    def _connect(self, writable: bool = False) -> sqlite3.Connection:
        read_only = self._read_only and not writable
        conn = sqlite3.connect(
            self._uri() if read_only else str(self.path),
            timeout=_BUSY_TIMEOUT_S,
            isolation_level=None,  # we issue BEGIN / COMMIT ourselves
            check_same_thread=False,
            uri=read_only,
        )
        conn.row_factory = sqlite3.Row
        conn.create_function("ew_actor_match", 3, sql_actor_match, deterministic=True)
        conn.create_function("ew_contains", 2, sql_contains, deterministic=True)
        return conn

    def _open_writer(self) -> sqlite3.Connection:
        # Two processes creating one database at once: switching a new file to WAL needs an
        # exclusive lock, and SQLite answers "locked" at once rather than wait on a lock it
        # might deadlock on, so the open is retried until the busy timeout runs out.
        deadline = time.monotonic() + _BUSY_TIMEOUT_S
        while True:
            try:
                return self._try_open_writer()
            except StoreError as exc:
                locked = isinstance(exc.__cause__, sqlite3.OperationalError) and (
                    "locked" in str(exc.__cause__) or "busy" in str(exc.__cause__)
                )
                if not locked or time.monotonic() > deadline:
                    raise
                time.sleep(_RETRY_S)

    def _try_open_writer(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = None
        try:
            # Writable even when opened read-only: an old database is migrated first.
            conn = self._connect(writable=True)
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is safe in WAL mode (no corruption); a power cut may lose the last commit.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn)
            return conn
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            raise StoreError(f"cannot open the database {self.path}: {exc}; {_HINT}") from exc
        except BaseException:
            if conn is not None:
                conn.close()
            raise

    def _uri(self) -> str:
        """The read-only URI of the file. ``immutable`` is for a WAL database whose folder we
        cannot write either: SQLite then cannot create the shared-memory file it reads WAL
        databases through, and nobody can be writing a file that no one may write."""
        path = urllib.parse.quote(str(Path(self.path).absolute()))
        return f"file:{path}?{'immutable=1' if self._immutable else 'mode=ro'}"

    def _open_reader_only(self) -> sqlite3.Connection:
        """Check a database opened read-only: it exists, is eventwire's and is current."""
        if not Path(self.path).is_file():
            raise StoreError(f"no database file at {self.path}; {_HINT}")
        try:
            version = self._probe_version()
        except sqlite3.OperationalError:
            if os.access(self.path, os.W_OK) or os.access(Path(self.path).parent, os.W_OK):
                raise
            self._immutable = True
            version = self._probe_version()
        if version < SCHEMA_VERSION:
            if not os.access(self.path, os.W_OK):
                raise StoreError(
                    f"the database {self.path} has schema version {version} and this eventwire "
                    f"reads version {SCHEMA_VERSION}; it cannot be upgraded because the file is "
                    "read-only: make it writable once and run any eventwire command on it"
                )
            self._open_writer().close()  # migrate once, then read as asked
        return self._reader()

    def _probe_version(self) -> int:
        try:
            conn = self._connect()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}; {_HINT}") from exc
        try:
            version = current_version(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if isinstance(exc, sqlite3.OperationalError) and not self._immutable:
                raise
            raise StoreError(f"cannot read the database {self.path}: {exc}; {_HINT}") from exc
        conn.close()
        check_not_newer(version, SCHEMA_VERSION)
        return version

    def _reader(self) -> sqlite3.Connection:
        me = threading.current_thread()
        with self._readers_lock:
            conn = self._readers.get(me)
            if conn is not None:
                return conn
            # A server may start a thread per request: do not keep their connections open.
            for thread in [t for t in self._readers if not t.is_alive()]:
                self._readers.pop(thread).close()
            try:
                conn = self._connect()
                _reading(conn)
            except sqlite3.Error as exc:
                raise StoreError(f"cannot read the database {self.path}: {exc}; {_HINT}") from exc
            self._readers[me] = conn
            return conn

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed; open it again with eventwire.store.open_store")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: one consistent snapshot of the database."""
        self._check_open()
        if self._shared:
            with self._lock, _transaction(self._writer, "BEGIN", self.path) as conn:
                yield conn
        else:
            with _transaction(self._reader(), "BEGIN", self.path) as conn:
                yield conn

    @contextmanager
    def _stream(self) -> Iterator[sqlite3.Connection]:
        """A read transaction on a connection of its own, for rows handed out one at a time:
        the caller may use the store between two rows, so this thread's reader stays free."""
        self._check_open()
        try:
            conn = self._connect()
            _reading(conn)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the database {self.path}: {exc}; {_HINT}") from exc
        try:
            with _transaction(conn, "BEGIN", self.path):
                yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """The single writer: the lock serialises threads, IMMEDIATE other processes."""
        self._check_open()
        if self._read_only:
            raise StoreError(f"the database {self.path} was opened read-only; nothing is written")
        with self._lock, _transaction(self._writer, "BEGIN IMMEDIATE", self.path) as conn:
            yield conn

    # -- Store ---------------------------------------------------------------------------

    def put(self, result: ArticleResult, hashes: tuple[str, str] | None = None) -> PutOutcome:
        """See :meth:`Store.put`."""
        text_hash, result_hash = hashes or fingerprint(result)
        article_id = result.article.id
        with self._write() as conn:
            old = conn.execute(
                "SELECT text_hash, result_hash FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if old is not None and tuple(old) == (text_hash, result_hash):
                return "unchanged"
            stories = SQLiteStories(conn)
            left = stories.index.remove(article_id)
            if old is not None:
                # ON DELETE CASCADE removes the article's actors, places, events, ...
                conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            insert(conn, result, (text_hash, result_hash))
            file_article(stories, result, left)
        return "inserted" if old is None else "replaced"

    def stored_fingerprint(self, article_id: str) -> tuple[str, str] | None:
        """See :meth:`Store.stored_fingerprint`."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT text_hash, result_hash FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return (row[0], row[1]) if row is not None else None

    def get(self, article_id: str) -> ArticleResult | None:
        """See :meth:`Store.get`."""
        with self._read() as conn:
            return load(conn, article_id)

    def iter_results(self) -> Iterator[ArticleResult]:
        """See :meth:`Store.iter_results`; reads in batches, so memory use stays flat."""
        last = 0
        while True:
            with self._read() as conn:
                batch = conn.execute(
                    "SELECT rowid, id FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                    (last, _ITER_BATCH),
                ).fetchall()
                results = [load(conn, row["id"]) for row in batch]
            if not batch:
                return
            last = batch[-1]["rowid"]
            yield from (r for r in results if r is not None)

    def events(self, f: EventFilter) -> list[EventRow]:
        """See :meth:`Store.events`."""
        with self._read() as conn:
            return list(_event_rows(conn, f))

    def iter_events(self, f: EventFilter) -> Iterator[EventRow]:
        """See :meth:`Store.iter_events`: rows are read from the database as they are taken."""
        if self._shared:  # one connection, held under the lock: read first, then hand out
            yield from self.events(f)
            return
        with self._stream() as conn:
            yield from _event_rows(conn, f)

    def fused_events(self, f: EventFilter) -> list[FusedEvent]:
        """See :meth:`Store.fused_events`."""
        with self._read() as conn:
            return list(_json_rows(conn, fused_sql(f), FusedEvent.from_dict))

    def fused_event(self, fused_id: str) -> FusedEvent | None:
        """See :meth:`Store.fused_event`."""
        with self._read() as conn:
            row = conn.execute("SELECT data FROM fused_events WHERE id = ?", (fused_id,)).fetchone()
        return FusedEvent.from_dict(json.loads(row[0])) if row else None

    def event_counts(self, f: EventFilter) -> EventCounts:
        """See :meth:`Store.event_counts`: two grouped queries in one snapshot."""
        with self._read() as conn:
            groups = conn.execute(*counts_sql(f)).fetchall()
            countries = {c: n for c, n in conn.execute(*countries_sql(f))}
        return tally_counts(groups, countries)

    def network(self, f: EventFilter, limit: int) -> Network:
        """See :meth:`Store.network`: pairs and node counts grouped in SQL."""
        edges: dict[tuple[ActorKey, ActorKey], NetworkEdge] = {}
        nodes: dict[ActorKey, int] = {}
        with self._read() as conn:
            for kind, sn, sc, tn, tc, type_, n in conn.execute(*network_sql(f)):
                if kind == "node":
                    nodes[(sn, sc)] = n
                    continue
                edge = edges.setdefault(
                    ((sn, sc), (tn, tc)), NetworkEdge((sn, sc), (tn, tc), 0, {})
                )
                edge.events += n
                edge.types[type_] = edge.types.get(type_, 0) + n
        return network_of(list(edges.values()), nodes, limit)

    def iter_fused_events(self, f: EventFilter) -> Iterator[FusedEvent]:
        """See :meth:`Store.iter_fused_events`: rows are read as they are taken."""
        if self._shared:
            yield from self.fused_events(f)
            return
        with self._stream() as conn:
            yield from _json_rows(conn, fused_sql(f), FusedEvent.from_dict)

    def stories(self, f: StoryFilter) -> list[Story]:
        """See :meth:`Store.stories`."""
        with self._read() as conn:
            return list(_json_rows(conn, stories_sql(f), Story.from_dict))

    def iter_stories(self, f: StoryFilter) -> Iterator[Story]:
        """See :meth:`Store.iter_stories`: rows are read as they are taken."""
        if self._shared:
            yield from self.stories(f)
            return
        with self._stream() as conn:
            yield from _json_rows(conn, stories_sql(f), Story.from_dict)

    def story(self, story_id: str) -> Story | None:
        """See :meth:`Store.story`."""
        with self._read() as conn:
            row = conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return Story.from_dict(json.loads(row[0])) if row else None

    def rebuild_stories(self) -> int:
        """See :meth:`Store.rebuild_stories`: one transaction, so a failure changes nothing."""
        with self._write() as conn:
            stories = SQLiteStories(conn)
            stories.clear()
            ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY rowid")]
            for article_id in ids:
                result = load(conn, article_id)
                if result is not None:
                    file_article(stories, result)
            return int(conn.execute("SELECT count(*) FROM stories").fetchone()[0])

    def quotes(self, f: QuoteFilter) -> list[QuoteRow]:
        """See :meth:`Store.quotes`."""
        with self._read() as conn:
            return list(_quote_rows(conn, f))

    def iter_quotes(self, f: QuoteFilter) -> Iterator[QuoteRow]:
        """See :meth:`Store.iter_quotes`: rows are read from the database as they are taken."""
        if self._shared:
            yield from self.quotes(f)
            return
        with self._stream() as conn:
            yield from _quote_rows(conn, f)

    def actors(self, f: ActorFilter) -> list[ActorRow]:
        """See :meth:`Store.actors`."""
        sql, params = actors_sql(f)
        with self._read() as conn:
            return [ActorRow(**dict(row)) for row in conn.execute(sql, params)]

    def link_actors(self, result: ArticleResult) -> None:
        """See :meth:`Store.link_actors`."""
        with self._write() as conn:
            link_actors(result.actors, result.article.id, SQLiteRegistry(conn))

    def registry(self, name: str | None = None) -> list[RegistryEntry]:
        """See :meth:`Store.registry`."""
        with self._read() as conn:
            return SQLiteRegistry(conn).search(name)

    def rename_actor(self, old: str, new: str, country: str | None = None) -> int:
        """See :meth:`Store.rename_actor`."""
        with self._write() as conn:
            changed = rename_actor(SQLiteRegistry(conn), old, new, country)
            _actors_changed(conn, old, new)
            return changed

    def merge_actors(self, keep: str, drop: str, country: str | None = None) -> int:
        """See :meth:`Store.merge_actors`."""
        with self._write() as conn:
            changed = merge_actors(SQLiteRegistry(conn), keep, drop, country)
            _actors_changed(conn, drop, keep)
            return changed

    def count(self) -> dict[str, int]:
        """See :meth:`Store.count`."""
        tables = ("articles", "events", "actors", "places", "quotes", "stories", "fused_events")
        with self._read() as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def close(self) -> None:
        """Close the writer and every reader connection; later calls raise StoreError."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            with self._readers_lock:
                # Read-only, the "writer" is this thread's reader: close it once.
                for conn in {id(c): c for c in [*self._readers.values(), self._writer]}.values():
                    conn.close()
                self._readers.clear()


def _reading(conn: sqlite3.Connection) -> None:
    """Set up a read connection: no writes, and the file mapped into memory, so the many
    readers of a server share the operating system's pages instead of each copying them in
    with a read() call per page (those calls were half the CPU time under load)."""
    conn.execute("PRAGMA query_only = ON")
    conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")


def _json_rows(
    conn: sqlite3.Connection, query: tuple[str, list[Any]], build: Callable[[JSON], _T]
) -> Iterator[_T]:
    """Records from the ``data`` column of a query, built one at a time."""
    sql, params = query
    for row in conn.execute(sql, params):
        yield build(json.loads(row[0]))


def _actors_changed(conn: sqlite3.Connection, old: str, new: str) -> None:
    """Stories follow a rename or merge: their fused events name the new actor."""
    stories = SQLiteStories(conn)
    rows = conn.execute(
        "SELECT DISTINCT article_id FROM actors WHERE name = ? COLLATE NOCASE", (new,)
    )
    touched = [row[0] for row in rows]
    fill_event_countries(conn, touched)  # a merge may give the actors another country
    rename_features(stories, old, new)
    refresh(stories, stories_of(stories, touched))


def _event_rows(conn: sqlite3.Connection, f: EventFilter) -> Iterator[EventRow]:
    """The rows of an events query, built a batch at a time from the open cursor."""
    cursor = conn.execute(*events_sql(f, _scan_is_short(conn, f)))
    while batch := cursor.fetchmany(EVENT_BATCH):
        yield from event_rows(conn, batch)


def _scan_is_short(conn: sqlite3.Connection, f: EventFilter) -> bool:
    """Whether a page of ``f`` is found faster by testing its actor needle event by event, in
    order, than from the matching actors first: when the share of actors that match (in a
    sample of the latest) makes the page fill within about ``_SCAN_ROWS`` events. Never
    without a limit. (A substring cannot use an index; a country can: event_countries.)"""
    if f.actor is None or f.limit is None:
        return False
    sample = conn.execute(
        "SELECT count(*), sum(instr(search, ?) > 0) FROM"
        " (SELECT search FROM actors ORDER BY rowid DESC LIMIT ?)",
        (f.actor.casefold(), _SAMPLE),
    ).fetchone()
    share = (sample[1] or 0) / max(1, sample[0])
    return (f.offset + f.limit) < share * _SCAN_ROWS


def _quote_rows(conn: sqlite3.Connection, f: QuoteFilter) -> Iterator[QuoteRow]:
    """The rows of a quotes query, built one at a time from the open cursor."""
    sql, params = quotes_sql(f)
    cache = ArticleCache(conn)
    for row in conn.execute(sql, params):
        yield quote_row(row, cache)


@contextmanager
def _transaction(
    conn: sqlite3.Connection, begin: str, path: str | Path
) -> Iterator[sqlite3.Connection]:
    """Run the block in a transaction; sqlite3 errors become StoreError with a hint."""
    try:
        conn.execute(begin)
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise StoreError(f"database {path}: {exc}; {_HINT}") from exc
