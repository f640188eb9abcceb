"""Where extracted results are kept and queried: one small interface, several backends.

``open_store`` picks the backend from a target string, so commands only ever see ``Store``::

    with open_store("events.db") as store:
        store.put(result)
        rows = store.events(EventFilter(type="PROTEST", since="2021-11"))
"""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.config import load_settings
from eventwire.errors import StoreError
from eventwire.records import ArticleResult
from eventwire.store.base import (
    SCHEMA_VERSION,
    ActorFilter,
    ActorRow,
    EventFilter,
    EventRow,
    PutOutcome,
    QuoteFilter,
    QuoteRow,
    Store,
    StoryFilter,
    fingerprint,
)
from eventwire.store.memory import MemoryStore
from eventwire.store.registry import RegistryEntry
from eventwire.store.sqlite import SQLiteStore

__all__ = [
    "SCHEMA_VERSION",
    "ActorFilter",
    "ActorRow",
    "EventFilter",
    "EventRow",
    "MemoryStore",
    "PutOutcome",
    "QuoteFilter",
    "QuoteRow",
    "SQLiteStore",
    "Store",
    "StoryFilter",
    "RegistryEntry",
    "default_target",
    "ingest",
    "open_store",
]

DB_ENV = "EVENTWIRE_DB"
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def default_target() -> str:
    """The store used when none is given: ``$EVENTWIRE_DB``, else the ``store.path`` setting."""
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return from_env
    return str(load_settings()["store"]["path"])


def open_store(target: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (creating and migrating if needed) the store named by ``target``.

    Args:
        target: ``None`` for :func:`default_target` (``./eventwire.db`` by default);
            ``":memory:"`` for a throw-away :class:`MemoryStore`; a ``postgresql://`` or
            ``postgres://`` URL for a :class:`~eventwire.store.postgres.PostgresStore`
            (``pip install eventwire[postgres]``); anything else is the path of a SQLite file.
        read_only: only read (the query commands): a file that may not be written can be
            queried, and nothing is created or changed.

    Raises:
        StoreError: the database cannot be opened (or psycopg is not installed).
        SchemaVersionError: the database was written by a newer eventwire.
    """
    text = default_target() if target is None else str(target)
    if text == ":memory:":
        return MemoryStore()
    if text.startswith(_POSTGRES_SCHEMES):
        try:  # psycopg is an optional extra: import it only when PostgreSQL is asked for
            from eventwire.store.postgres import PostgresStore
        except ImportError as exc:
            raise StoreError(
                f"--db {text.split(':', 1)[0]}://... needs psycopg ({exc.name} is missing); "
                "install it with: pip install eventwire[postgres]"
            ) from exc
        return PostgresStore(text, read_only=read_only)
    return SQLiteStore(text if target is None else target, read_only=read_only)


def ingest(store: Store, result: ArticleResult) -> PutOutcome:
    """Store one extracted result the way ``eventwire ingest`` does: its actors are first
    resolved against the corpus-wide registry (:meth:`Store.link_actors`), and it is kept
    under the fingerprint of what was extracted, so ingesting it again is "unchanged"."""
    hashes = fingerprint(result)
    if store.stored_fingerprint(result.article.id) == hashes:
        return "unchanged"  # nothing to learn either: the registry already saw this article
    store.link_actors(result)
    return store.put(result, hashes)
