"""Schema migrations: numbered SQL files in ``store/migrations/``, applied in order.

The version a database is at is kept in ``meta`` (key ``schema_version``); an empty database is
at version 0. Each file runs in its own transaction together with the version update, so a
failed migration leaves the database at the previous version. A file may have a Python step
(:data:`BACKFILLS`) run after its SQL in the same transaction, for values SQL cannot compute
as the code does.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources

from eventwire.errors import SchemaVersionError, StoreError
from eventwire.records import Event
from eventwire.store.sqlite_rows import event_search_fields

MIGRATIONS_PACKAGE = "eventwire.store.migrations"
_FILE_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One SQL file: ``version`` is its number, ``sql`` its statements."""

    version: int
    name: str
    sql: str


def _fill_event_search(conn: sqlite3.Connection) -> None:
    """Version 5: the casefolded sentence and trigger of every stored event, as insert fills
    them (``sqlite_rows.event_search_fields``), a batch of rows at a time."""
    last = 0
    while batch := conn.execute(
        "SELECT rowid, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT 5000", (last,)
    ).fetchall():
        updates = []
        for rowid, data in batch:
            fields = event_search_fields(Event.from_dict(json.loads(data)))
            updates.append((fields["sentence_search"], fields["trigger_search"], rowid))
        conn.executemany(
            "UPDATE events SET sentence_search = ?, trigger_search = ? WHERE rowid = ?", updates
        )
        last = batch[-1][0]


#: Python steps run after the SQL of the migration with that number, in its transaction.
BACKFILLS: dict[int, Callable[[sqlite3.Connection], None]] = {5: _fill_event_search}


def load_migrations(package: str = MIGRATIONS_PACKAGE) -> list[Migration]:
    """Read the migration files of ``package`` in version order.

    Raises:
        StoreError: the numbers are not 1, 2, 3, ... without gaps or repeats (a packaging bug).
    """
    found: list[Migration] = []
    for entry in resources.files(package).iterdir():
        match = _FILE_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(
            f"migration files in {package} are numbered {versions}, expected 1..{len(found)}; "
            "reinstall eventwire"
        )
    return found


def _statements(sql: str) -> Iterator[str]:
    """Split a script into complete statements (``executescript`` would commit on its own)."""
    pending = ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""
    if pending.strip() and not _only_comments(pending):
        raise StoreError(f"incomplete SQL statement at the end of a migration: {pending!r}")


def _only_comments(sql: str) -> bool:
    return all(not ln.strip() or ln.strip().startswith("--") for ln in sql.splitlines())


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the database; 0 for an empty one.

    Raises:
        StoreError: the file holds tables but no ``meta`` table (not an eventwire database).
    """
    tables = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not str(row[0]).startswith("sqlite_")
    }
    if "meta" not in tables:
        if tables:
            raise StoreError(
                "this SQLite file is not an eventwire database (it has no meta table); "
                "choose another path with --db or EVENTWIRE_DB"
            )
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def check_not_newer(version: int, supported: int) -> None:
    if version > supported:
        raise SchemaVersionError(
            f"the database has schema version {version} but this eventwire supports up to "
            f"{supported}; upgrade eventwire (pip install -U eventwire) to open it"
        )


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] | None = None) -> int:
    """Bring the database up to the newest migration and return the version it is now at.

    ``conn`` must be in autocommit mode (``isolation_level=None``); each pending file is
    applied in a ``BEGIN IMMEDIATE`` transaction, which also keeps two processes from
    migrating the same file at once.

    Raises:
        SchemaVersionError: the database was written by a newer eventwire.
    """
    steps = list(migrations) if migrations is not None else load_migrations()
    supported = steps[-1].version if steps else 0
    version = current_version(conn)
    check_not_newer(version, supported)
    for step in steps:
        if step.version > version:
            version = _apply(conn, step, supported)
    return version


def _apply(conn: sqlite3.Connection, step: Migration, supported: int) -> int:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read under the write lock: another process may have migrated meanwhile.
        version = current_version(conn)
        check_not_newer(version, supported)
        if version < step.version:
            for statement in _statements(step.sql):
                conn.execute(statement)
            if step.version in BACKFILLS:
                BACKFILLS[step.version](conn)
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(step.version),),
            )
            version = step.version
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return version
