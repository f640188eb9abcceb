"""PostgreSQL connections for :mod:`eventwire.store.postgres`: opening them with errors that say
what to check, rows read like ``sqlite3.Row``, the advisory locks, and schema migrations.

The row, story and registry code shared with the SQLite store (``sqlite_rows``,
``sqlite_stories``, ``sqlite_registry``) is written against the DB-API shape of
``sqlite3.Connection``: ``execute(sql, params)`` with ``?`` marks, rows readable by position,
by column name and as a dict. :class:`SQLiteShaped` gives a psycopg connection that shape, so
that code runs on PostgreSQL unchanged; only what the dialects spell differently is written
again, in the ``postgres_*`` modules.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

import psycopg
from psycopg.rows import RowMaker

from eventwire.errors import StoreError
from eventwire.records import Event
from eventwire.store.migrate import Migration, check_not_newer, load_migrations
from eventwire.store.sqlite_rows import event_search_fields

MIGRATIONS_PACKAGE = "eventwire.store.migrations_pg"

# Advisory lock keys: (class, key) pairs of int4, the class chosen to be eventwire's own.
_LOCK_CLASS = 0x4577_0000  # "Ew"
_ARTICLE_CLASS = _LOCK_CLASS + 1
_MIGRATE_KEY = 1
_WRITER_KEY = 2

# SQLite phrasings in the shared modules that PostgreSQL words otherwise.
_REWRITES = (
    # story_df upsert (sqlite_stories): a bare `n` is ambiguous next to `excluded.n`.
    ("DO UPDATE SET n = n + 1", "DO UPDATE SET n = story_df.n + 1"),
)
_OR_IGNORE = "INSERT OR IGNORE INTO"

CONNECT_HINT = (
    "check that the server is running and accepts connections on that host and port, and that "
    "the user, password and database name in the URL are right "
    "(postgresql://USER:PASSWORD@HOST:PORT/DATABASE)"
)


class Row(tuple[Any, ...]):
    """A result row read like ``sqlite3.Row``: ``row[0]``, ``row["name"]``, ``dict(row)``."""

    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            key = self._names[key]
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        """Column names, in order (what ``dict(row)`` asks for)."""
        return list(self._names)


def row_factory(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    """psycopg row factory making :class:`Row` objects."""
    names = {c.name: i for i, c in enumerate(cursor.description or [])}

    def make(values: Sequence[Any]) -> Row:
        row = Row(values)
        row._names = names
        return row

    return make


Conn = psycopg.Connection[Row]


def pg_sql(sql: str) -> str:
    """``sql`` written with ``?`` marks, as psycopg takes it (``%s``, a literal ``%`` doubled)."""
    for sqlite_form, pg_form in _REWRITES:
        sql = sql.replace(sqlite_form, pg_form)
    if sql.startswith(_OR_IGNORE):
        sql = "INSERT INTO" + sql.removeprefix(_OR_IGNORE) + " ON CONFLICT DO NOTHING"
    return sql.replace("%", "%%").replace("?", "%s")


def pg_params(params: Iterable[Any]) -> list[Any]:
    """Parameters as sqlite3 would store them: booleans as 0 and 1 (INTEGER columns)."""
    return [int(p) if isinstance(p, bool) else p for p in params]


class SQLiteShaped:
    """A psycopg connection with the ``execute``/``executemany`` of ``sqlite3.Connection``."""

    def __init__(self, conn: Conn) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Iterable[Any] = ()) -> psycopg.Cursor[Row]:
        return self.raw.execute(pg_sql(sql), pg_params(params))

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        """The first column of the first row (``None`` when there is none)."""
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def executemany(self, sql: str, seq: Iterable[Iterable[Any]]) -> None:
        rows = [pg_params(p) for p in seq]
        if rows:
            with self.raw.cursor() as cur:
                cur.executemany(pg_sql(sql), rows)

    def as_sqlite(self) -> sqlite3.Connection:
        """This object typed as what the shared modules expect (it answers the same calls)."""
        return cast(sqlite3.Connection, self)


def describe(url: str) -> str:
    """Where ``url`` points, for messages: host, port, database and user, never the password."""
    try:
        parts = urllib.parse.urlsplit(url)
        host, port, user = parts.hostname or "localhost", parts.port or 5432, parts.username
    except ValueError:
        return "the PostgreSQL server named by the URL (it cannot be parsed)"
    database = parts.path.lstrip("/") or user or "postgres"
    return f"PostgreSQL at {host}:{port}, database {database!r}" + (
        f", user {user!r}" if user else ""
    )


def redact(message: str, url: str) -> str:
    """``message`` without the URL's password, in any spelling it may have been echoed in."""
    try:
        password = urllib.parse.urlsplit(url).password
    except ValueError:
        password = None
    if password is None:
        password = _password_of_unparsable(url)
    if password:
        for form in {password, urllib.parse.unquote(password)}:
            message = message.replace(form, "***")
    return message


def _password_of_unparsable(url: str) -> str | None:
    netloc = url.partition("://")[2].partition("/")[0]
    userinfo, at, _ = netloc.rpartition("@")
    return userinfo.partition(":")[2] or None if at else None


def connect(url: str, *, read_only: bool = False) -> Conn:
    """A new autocommit connection (transactions are begun explicitly by the store).

    Raises:
        StoreError: the server cannot be reached, refuses the login, or the URL is malformed;
            the message names the host and says what to check, without the password.
    """
    try:
        conn = psycopg.connect(
            url,
            autocommit=True,
            row_factory=row_factory,
            client_encoding="UTF8",
            application_name="eventwire",
            connect_timeout=10,
        )
    except (psycopg.Error, ValueError) as exc:
        reason = redact(" ".join(str(exc).split()), url)
        # `from None`: the original exception's text may hold the password.
        raise StoreError(f"cannot connect to {describe(url)}: {reason}; {CONNECT_HINT}") from None
    if read_only:
        conn.execute("SET default_transaction_read_only = on")
    return conn


def lock_writer(conn: Conn) -> None:
    """Take, until commit, the lock that story filing and the registry need to themselves: what
    SQLite's single writer gives, across every process writing this database."""
    conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, _WRITER_KEY))


def lock_articles(conn: Conn, article_ids: Iterable[str]) -> None:
    """Take, until commit, a lock per article id, in one global order (so two writers of
    overlapping batches cannot deadlock): one article is written by one transaction at a time."""
    keys = sorted({article_key(a) for a in article_ids})
    with conn.cursor() as cur:
        cur.executemany("SELECT pg_advisory_xact_lock(%s, %s)", [(_ARTICLE_CLASS, k) for k in keys])


def article_key(article_id: str) -> int:
    """A stable int4 for an article id (equal in every process, unlike Python's ``hash``)."""
    digest = hashlib.blake2b(article_id.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big", signed=True)


# -- schema ---------------------------------------------------------------------------------


def current_version(conn: Conn) -> int:
    """The schema version recorded in the database (in its current schema); 0 when empty."""
    # pg_class read with the statement's snapshot, not to_regclass(): that looks in the catalog
    # cache, which an advisory lock does not refresh, so a process that waited for another's
    # migration would not see the tables it made.
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
        " ON n.oid = c.relnamespace WHERE c.relname = 'meta' AND n.nspname = current_schema())"
    ).fetchone()
    if row is None or not row[0]:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: Conn, migrations: Sequence[Migration] | None = None) -> int:
    """Bring the database up to the newest migration and return the version it is now at.

    Each pending file runs in its own transaction holding an advisory lock, so two processes
    opening a new database at once apply every file once; a failed file leaves the database
    at the previous version.

    Raises:
        SchemaVersionError: the database was written by a newer eventwire.
    """
    steps = list(migrations) if migrations is not None else load_migrations(MIGRATIONS_PACKAGE)
    # load_migrations numbers them 1, 2, 3, ...: the next one to apply is steps[version].
    while (version := current_version(conn)) < len(steps):
        _apply(conn, steps[version], len(steps))
    check_not_newer(version, len(steps))
    return version


def _apply(conn: Conn, step: Migration, supported: int) -> None:
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s, %s)", (_LOCK_CLASS, _MIGRATE_KEY))
        # Re-read under the lock: another process may have migrated meanwhile.
        version = current_version(conn)
        check_not_newer(version, supported)
        if version < step.version:
            conn.execute(cast(Any, step.sql))  # no parameters: the file's statements run as one
            if step.version in BACKFILLS:
                BACKFILLS[step.version](conn)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('schema_version', %s)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(step.version),),
            )


def _fill_event_search(conn: Conn) -> None:
    """Version 5: the casefolded sentence and trigger of every stored event, as insert fills
    them (``sqlite_rows.event_search_fields``), a page of rows at a time."""
    last: tuple[str, int] = ("", -1)
    while batch := conn.execute(
        "SELECT article_id, seq, data FROM events WHERE (article_id, seq) > (%s, %s)"
        " ORDER BY article_id, seq LIMIT 5000",
        last,
    ).fetchall():
        updates = []
        for article_id, seq, data in batch:
            fields = event_search_fields(Event.from_dict(json.loads(data)))
            updates.append((fields["sentence_search"], fields["trigger_search"], article_id, seq))
        with conn.cursor() as cur:
            cur.executemany(
                "UPDATE events SET sentence_search = %s, trigger_search = %s"
                " WHERE article_id = %s AND seq = %s",
                updates,
            )
        last = (batch[-1][0], batch[-1][1])


#: Python steps run after the SQL of the migration with that number, in its transaction (the
#: PostgreSQL forms of ``migrate.BACKFILLS``).
BACKFILLS: dict[int, Callable[[Conn], None]] = {5: _fill_event_search}
