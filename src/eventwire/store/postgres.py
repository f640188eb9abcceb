"""``PostgresStore``: the store on a PostgreSQL server, shared by many processes (psycopg 3).

The schema is SQLite's, migration for migration (``store/migrations_pg/``), and so are the
answers: the shared tests in ``tests/store`` run against both. Each thread has its own
connection; every read runs in a REPEATABLE READ transaction, so it sees one snapshot even
while an article is being replaced; every write is one transaction (one article, or one
``put_many`` batch), made safe against other processes by advisory locks
(:mod:`eventwire.store.postgres_write`). A process killed mid-write leaves nothing: the server
rolls its transaction back.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from itertools import islice
from typing import Any, TypeVar, cast

import psycopg
from psycopg import pq

from eventwire.errors import StoreError
from eventwire.records import JSON, ArticleResult, FusedEvent, Story
from eventwire.store.base import (
    SCHEMA_VERSION,
    ActorFilter,
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
from eventwire.store.migrate import check_not_newer
from eventwire.store.postgres_conn import (
    Conn,
    Row,
    SQLiteShaped,
    connect,
    current_version,
    describe,
    lock_writer,
    migrate,
    pg_params,
    pg_sql,
)
from eventwire.store.postgres_sql import (
    Query,
    actors_sql,
    countries_sql,
    counts_sql,
    events_sql,
    fused_sql,
    network_sql,
    node_events_sql,
    quotes_sql,
    stories_sql,
)
from eventwire.store.postgres_write import (
    actors_changed,
    put_batch,
    put_one,
    read_only_error,
    registry,
    stored_hashes,
    stories,
)
from eventwire.store.query import network_of, tally_counts
from eventwire.store.registry import RegistryEntry, link_actors, merge_actors, rename_actor
from eventwire.store.sqlite_rows import EVENT_BATCH, ArticleCache, event_rows, load, quote_row
from eventwire.store.stories import file_article

_T = TypeVar("_T")
_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
_WRITE = "BEGIN"  # READ COMMITTED: after a lock is granted, the next statement sees its holder's
#                   commit (story filing reads what the previous writer filed)
_ITER_BATCH = 256
#: Build records from a batch of rows, read within the transaction ``db``.
Build = Callable[[list[Row], SQLiteShaped], list[_T]]
#: Articles written per transaction by :meth:`PostgresStore.put_many`.
PUT_MANY_BATCH = 500
_HINT = "check that the server is up and the database is an eventwire database (--db URL)"
_TABLES = ("articles", "events", "actors", "places", "quotes", "stories", "fused_events")


class PostgresStore(Store):
    """A store in a PostgreSQL database, created and migrated on open.

    Args:
        url: ``postgresql://USER:PASSWORD@HOST:PORT/DATABASE`` (or ``postgres://``; any libpq
            URL parameter, e.g. ``?sslmode=require`` or ``?options=-csearch_path%3Dews``, the
            schema to keep the tables in).
        read_only: a read-only session (``default_transaction_read_only``): nothing is created
            or changed; a database at an older schema version is migrated first, when the user
            may.

    Raises:
        StoreError: the server cannot be reached or refuses the login (the message names the
            host, never the password); the database has no eventwire tables and ``read_only``
            is set; a write to a store opened read-only.
        SchemaVersionError: the database was written by a newer eventwire.
    """

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = url
        self._where = describe(url)
        self._read_only = read_only
        self._closed = False
        self._conns: dict[threading.Thread, Conn] = {}
        self._lock = threading.Lock()
        conn = self._open()
        self._conns[threading.current_thread()] = conn

    # -- connections ---------------------------------------------------------------------

    def _open(self) -> Conn:
        """Connect, and bring the schema up to date (or check it, read-only)."""
        conn = connect(self.url, read_only=self._read_only)
        try:
            version = current_version(conn)
            if not self._read_only:
                migrate(conn)
            elif version == 0:
                raise StoreError(f"{self._where} holds no eventwire tables; {_HINT}")
            elif version != SCHEMA_VERSION:
                check_not_newer(version, SCHEMA_VERSION)
                with connect(self.url) as writer:
                    migrate(writer)
            return conn
        except psycopg.Error as exc:
            conn.close()
            raise self._error(exc) from exc
        except BaseException:
            conn.close()
            raise

    def _error(self, exc: psycopg.Error) -> StoreError:
        text = str(exc).strip().replace("\n", " ")
        return StoreError(f"{self._where}: {text}; {_HINT}")

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed; open it again with eventwire.store.open_store")

    def _conn(self) -> Conn:
        """This thread's connection (a new one after a broken one)."""
        me = threading.current_thread()
        with self._lock:
            self._check_open()
            conn = self._conns.get(me)
            if conn is not None and not conn.closed:
                return conn
            # A server may start a thread per request: do not keep their connections open.
            for thread in [t for t in self._conns if not t.is_alive()]:
                self._conns.pop(thread).close()
            conn = connect(self.url, read_only=self._read_only)
            self._conns[me] = conn
            return conn

    @contextmanager
    def _transaction(self, begin: str, conn: Conn | None = None) -> Iterator[SQLiteShaped]:
        """Run the block in a transaction; psycopg errors become StoreError with a hint."""
        conn = conn or self._conn()
        try:
            conn.execute(begin)
            try:
                yield SQLiteShaped(conn)
            except BaseException:
                if conn.info.transaction_status != pq.TransactionStatus.IDLE and not conn.closed:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except psycopg.Error as exc:
            raise self._error(exc) from exc

    def _read(self) -> AbstractContextManager[SQLiteShaped]:
        """A read transaction: one consistent snapshot of the database."""
        self._check_open()
        return self._transaction(_READ)

    def _write(self) -> AbstractContextManager[SQLiteShaped]:
        """A write transaction (see :mod:`eventwire.store.postgres_write` for the locks)."""
        self._check_open()
        if self._read_only:
            raise read_only_error(self._where)
        return self._transaction(_WRITE)

    def _stream(self, query: Query, build: Build[_T]) -> Iterator[_T]:
        """Records handed out one at a time, read in batches through a server-side cursor on a
        connection of their own: the caller may use the store between two records."""
        self._check_open()
        conn = connect(self.url, read_only=True)
        try:
            with self._transaction(_READ, conn) as db, conn.cursor(name="eventwire_rows") as cur:
                cur.execute(pg_sql(query[0]), pg_params(query[1]))
                while batch := cur.fetchmany(EVENT_BATCH):
                    yield from build(batch, db)
        finally:
            conn.close()

    def _rows(self, query: Query, build: Build[_T]) -> list[_T]:
        """All the records of a query, built in batches in one read transaction."""
        found: list[_T] = []
        with self._read() as db:
            cursor = db.execute(*query)
            while batch := cursor.fetchmany(EVENT_BATCH):
                found += build(batch, db)
        return found

    # -- Store: writes ---------------------------------------------------------------------

    def put(self, result: ArticleResult, hashes: tuple[str, str] | None = None) -> PutOutcome:
        """See :meth:`Store.put`; other processes may put at the same time."""
        with self._write() as db:
            return put_one(db, result, hashes or fingerprint(result))

    def put_many(
        self,
        results: Iterable[ArticleResult],
        hashes: Iterable[tuple[str, str] | None] | None = None,
    ) -> list[PutOutcome]:
        """Store many results, as :meth:`put` one at a time would, but fast: one transaction
        per :data:`PUT_MANY_BATCH` results, new articles written with COPY.

        Each result is compared with what is stored (and with earlier ones of the batch), so
        the outcomes and the stories are those of calling :meth:`put` on each in order.
        ``hashes`` are, as for :meth:`put`, the fingerprints to keep, one per result (``None``:
        the result's own). Actors are not linked to the registry: to store as ingest does, call
        :meth:`link_actors` on each result first and pass the fingerprints taken before. A
        failed batch changes nothing; the batches before it stay stored.
        """
        given = iter(hashes) if hashes is not None else None
        pairs = ((r, next(given) if given else None) for r in results)
        outcomes: list[PutOutcome] = []
        while batch := list(islice(pairs, PUT_MANY_BATCH)):
            with self._write() as db:
                outcomes += put_batch(db, batch)
        return outcomes

    def rebuild_stories(self) -> int:
        """See :meth:`Store.rebuild_stories`: one transaction, so a failure changes nothing."""
        with self._write() as db:
            lock_writer(db.raw)
            tables = stories(db)
            tables.clear()
            ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY stored_seq")]
            for article_id in ids:
                result = load(db.as_sqlite(), article_id)
                if result is not None:
                    file_article(tables, result)
            return int(db.scalar("SELECT count(*) FROM stories"))

    def link_actors(self, result: ArticleResult) -> None:
        """See :meth:`Store.link_actors`."""
        with self._write() as db:
            lock_writer(db.raw)
            link_actors(result.actors, result.article.id, registry(db))

    def rename_actor(self, old: str, new: str, country: str | None = None) -> int:
        """See :meth:`Store.rename_actor`."""
        with self._write() as db:
            lock_writer(db.raw)
            changed = rename_actor(registry(db), old, new, country)
            actors_changed(db, old, new)
            return changed

    def merge_actors(self, keep: str, drop: str, country: str | None = None) -> int:
        """See :meth:`Store.merge_actors`."""
        with self._write() as db:
            lock_writer(db.raw)
            changed = merge_actors(registry(db), keep, drop, country)
            actors_changed(db, drop, keep)
            return changed

    # -- Store: reads ----------------------------------------------------------------------

    def stored_fingerprint(self, article_id: str) -> tuple[str, str] | None:
        """See :meth:`Store.stored_fingerprint`."""
        with self._read() as db:
            return stored_hashes(db, [article_id]).get(article_id)

    def get(self, article_id: str) -> ArticleResult | None:
        """See :meth:`Store.get`."""
        with self._read() as db:
            return load(db.as_sqlite(), article_id)

    def iter_results(self) -> Iterator[ArticleResult]:
        """See :meth:`Store.iter_results`; reads in batches, so memory use stays flat."""
        last = 0
        while True:
            with self._read() as db:
                batch = db.execute(
                    "SELECT stored_seq, id FROM articles WHERE stored_seq > ?"
                    " ORDER BY stored_seq LIMIT ?",
                    (last, _ITER_BATCH),
                ).fetchall()
                results = [load(db.as_sqlite(), row[1]) for row in batch]
            if not batch:
                return
            last = batch[-1][0]
            yield from (r for r in results if r is not None)

    def events(self, f: EventFilter) -> list[EventRow]:
        """See :meth:`Store.events`."""
        return self._rows(events_sql(f), _events)

    def iter_events(self, f: EventFilter) -> Iterator[EventRow]:
        """See :meth:`Store.iter_events`: rows are read from the database as they are taken."""
        return self._stream(events_sql(f), _events)

    def fused_events(self, f: EventFilter) -> list[FusedEvent]:
        """See :meth:`Store.fused_events`."""
        return self._rows(fused_sql(f), _data(FusedEvent.from_dict))

    def iter_fused_events(self, f: EventFilter) -> Iterator[FusedEvent]:
        """See :meth:`Store.iter_fused_events`: rows are read as they are taken."""
        return self._stream(fused_sql(f), _data(FusedEvent.from_dict))

    def fused_event(self, fused_id: str) -> FusedEvent | None:
        """See :meth:`Store.fused_event`."""
        query = ("SELECT data FROM fused_events WHERE id = ?", [fused_id])
        return next(iter(self._rows(query, _data(FusedEvent.from_dict))), None)

    def event_counts(self, f: EventFilter) -> EventCounts:
        """See :meth:`Store.event_counts`: two grouped queries in one snapshot."""
        with self._read() as db:
            groups = db.execute(*counts_sql(f)).fetchall()
            countries = {c: int(n) for c, n in db.execute(*countries_sql(f))}
        return tally_counts(((v, p, t, q, int(n)) for v, p, t, q, n in groups), countries)

    def network(self, f: EventFilter, limit: int) -> Network:
        """See :meth:`Store.network`: pairs and node counts grouped in SQL."""
        with self._read() as db:
            pairs = db.execute(*network_sql(f)).fetchall()
            nodes = {(name, c): int(n) for name, c, n in db.execute(*node_events_sql(f))}
        types: defaultdict[tuple[Any, Any], dict[str, int]] = defaultdict(dict)
        for sn, sc, tn, tc, type_, n in pairs:
            types[(sn, sc), (tn, tc)][type_] = int(n)
        edges = [NetworkEdge(s, t, sum(by.values()), by) for (s, t), by in types.items()]
        return network_of(edges, nodes, limit)

    def stories(self, f: StoryFilter) -> list[Story]:
        """See :meth:`Store.stories`."""
        return self._rows(stories_sql(f), _data(Story.from_dict))

    def iter_stories(self, f: StoryFilter) -> Iterator[Story]:
        """See :meth:`Store.iter_stories`: rows are read as they are taken."""
        return self._stream(stories_sql(f), _data(Story.from_dict))

    def story(self, story_id: str) -> Story | None:
        """See :meth:`Store.story`."""
        query = ("SELECT data FROM stories WHERE id = ?", [story_id])
        return next(iter(self._rows(query, _data(Story.from_dict))), None)

    def quotes(self, f: QuoteFilter) -> list[QuoteRow]:
        """See :meth:`Store.quotes`."""
        return self._rows(quotes_sql(f), _quotes())

    def iter_quotes(self, f: QuoteFilter) -> Iterator[QuoteRow]:
        """See :meth:`Store.iter_quotes`: rows are read from the database as they are taken."""
        return self._stream(quotes_sql(f), _quotes())

    def actors(self, f: ActorFilter) -> list[ActorRow]:
        """See :meth:`Store.actors`."""
        return self._rows(actors_sql(f), lambda rows, _: [ActorRow(**dict(r)) for r in rows])

    def registry(self, name: str | None = None) -> list[RegistryEntry]:
        """See :meth:`Store.registry`."""
        with self._read() as db:
            return registry(db).search(name)

    def count(self) -> dict[str, int]:
        """See :meth:`Store.count`."""
        with self._read() as db:
            return {t: int(db.scalar(f"SELECT count(*) FROM {t}")) for t in _TABLES}

    def close(self) -> None:
        """Close every connection; later calls raise StoreError."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            for conn in self._conns.values():
                conn.close()
            self._conns.clear()


def _data(build: Callable[[JSON], _T]) -> Build[_T]:
    """Build records from the ``data`` column (JSON text) of rows."""
    return lambda rows, _: [build(json.loads(row[0])) for row in rows]


def _events(rows: list[Row], db: SQLiteShaped) -> list[EventRow]:
    """Event rows with the actors and places they name (the SQLite store's code)."""
    return event_rows(db.as_sqlite(), cast(list[sqlite3.Row], rows))


def _quotes() -> Build[QuoteRow]:
    """Quote rows with their speakers, each article's actors read once per query."""
    caches: dict[int, ArticleCache] = {}

    def build(rows: list[Row], db: SQLiteShaped) -> list[QuoteRow]:
        cache = caches.setdefault(id(db.raw), ArticleCache(db.as_sqlite()))
        return [quote_row(cast(sqlite3.Row, row), cache) for row in rows]

    return build
