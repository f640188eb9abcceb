"""SQLite-only behaviour: file settings, migrations, errors and concurrent access."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from eventwire.errors import SchemaVersionError, StoreError
from eventwire.records import ArticleResult
from eventwire.store import SCHEMA_VERSION, EventFilter, SQLiteStore
from eventwire.store.migrate import Migration, current_version, load_migrations, migrate


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_sqlite_wal_mode_on(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "a.db"):
        conn = raw(tmp_path / "a.db")
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.close()


def test_sqlite_data_survives_reopen(tmp_path: Path, articles: list[ArticleResult]) -> None:
    with SQLiteStore(tmp_path / "a.db") as store:
        for result in articles:
            store.put(result)
    with SQLiteStore(tmp_path / "a.db") as store:
        assert store.count()["articles"] == 3
        got = store.get("art-1")
        assert got is not None
        assert got.to_dict(with_text=True) == articles[0].to_dict(with_text=True)
        assert store.put(articles[0]) == "unchanged"


def test_sqlite_migrates_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    raw(path).close()  # an existing, empty SQLite file
    with SQLiteStore(path) as store:
        assert store.count()["articles"] == 0
    conn = raw(path)
    assert current_version(conn) == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "articles", "actors", "places", "times", "events", "quotes"} <= tables
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"events_type", "events_date", "actors_country", "actors_name"} <= indexes
    conn.close()


def test_sqlite_schema_version_matches_newest_migration_file() -> None:
    migrations = load_migrations()
    assert migrations[0].name == "0001_initial.sql"
    assert migrations[-1].version == SCHEMA_VERSION


def test_sqlite_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    conn = raw(path)
    conn.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
    )
    conn.close()
    with pytest.raises(SchemaVersionError, match="upgrade eventwire") as info:
        SQLiteStore(path)
    assert info.value.code == "EW401"


def test_sqlite_older_schema_is_migrated_forward_keeping_data(
    tmp_path: Path, articles: list[ArticleResult]
) -> None:
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        store.put(articles[0])
    step = Migration(
        SCHEMA_VERSION + 1,
        "9999_test.sql",
        "-- a comment; with a semicolon\nALTER TABLE articles ADD COLUMN extra TEXT;\n",
    )
    conn = raw(path)
    assert migrate(conn, [*load_migrations(), step]) == SCHEMA_VERSION + 1
    assert current_version(conn) == SCHEMA_VERSION + 1
    assert conn.execute("SELECT id, extra FROM articles").fetchall() == [("art-1", None)]
    conn.close()


def test_sqlite_failed_migration_leaves_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    SQLiteStore(path).close()
    bad = Migration(
        SCHEMA_VERSION + 1,
        "9999_bad.sql",
        "CREATE TABLE extra (x INTEGER);\nINSERT INTO missing VALUES (1);\n",
    )
    conn = raw(path)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, [*load_migrations(), bad])
    assert current_version(conn) == SCHEMA_VERSION
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchall() == []
    conn.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all" * 200, "not a database"),
        (None, "not an eventwire database"),
    ],
    ids=["corrupt", "foreign"],
)
def test_sqlite_bad_file_raises_store_error_with_hint(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.db"
    if content is None:
        conn = raw(path)
        conn.execute("CREATE TABLE something_else (x)")
        conn.close()
    else:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=message) as info:
        SQLiteStore(path)
    assert "EVENTWIRE_DB" in str(info.value)


def test_sqlite_unopenable_path_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="writable") as info:
        SQLiteStore(tmp_path / "no" / "such" / "folder" / "x.db")
    assert info.value.code == "EW400"


def test_sqlite_reads_are_not_blocked_by_an_open_write(
    tmp_path: Path, articles: list[ArticleResult]
) -> None:
    """WAL: a reader thread sees the last commit while another connection holds the write lock."""
    path = tmp_path / "a.db"
    with SQLiteStore(path) as store:
        store.put(articles[0])
        other = raw(path)
        other.execute("BEGIN IMMEDIATE")
        other.execute("DELETE FROM articles")  # not committed yet
        seen: list[int] = []
        reader = threading.Thread(target=lambda: seen.append(store.count()["articles"]))
        reader.start()
        reader.join(timeout=5)
        other.execute("ROLLBACK")
        other.close()
        assert seen == [1]


def test_sqlite_concurrent_reads_while_writing(
    tmp_path: Path, harbor: Callable[[str], ArticleResult]
) -> None:
    n_articles = 60
    expected: dict[str, dict[str, object]] = {}
    batch: list[ArticleResult] = []
    for i in range(n_articles):
        result = harbor(f" Update number {i}.")
        result.article.id = f"art-{i:03d}"
        expected[result.article.id] = result.to_dict(with_text=True)
        batch.append(result)
    errors: list[BaseException] = []
    done = threading.Event()

    with SQLiteStore(tmp_path / "a.db") as store:

        def read() -> None:
            try:
                while not done.is_set():
                    counts = store.count()
                    # Every article is written whole, in one transaction.
                    assert counts["events"] == 2 * counts["articles"]
                    for row in store.events(EventFilter(type="ASSAULT", limit=5)):
                        got = store.get(row.article_id)
                        assert got is not None
                        assert got.to_dict(with_text=True) == expected[row.article_id]
            except BaseException as exc:  # surfaced in the main thread below
                errors.append(exc)

        readers = [threading.Thread(target=read) for _ in range(2)]
        for t in readers:
            t.start()
        outcomes = [store.put(result) for result in batch]
        done.set()
        for t in readers:
            t.join(timeout=30)
        assert not errors, errors
        assert outcomes == ["inserted"] * n_articles
        assert store.count()["articles"] == n_articles


def test_sqlite_writes_from_many_threads_are_serialised(
    tmp_path: Path, harbor: Callable[[str], ArticleResult]
) -> None:
    def put_range(store: SQLiteStore, start: int) -> None:
        for i in range(start, start + 10):
            result = harbor(f" Item {i}.")
            result.article.id = f"art-{i}"
            store.put(result)

    with SQLiteStore(tmp_path / "a.db") as store:
        threads = [threading.Thread(target=put_range, args=(store, k * 10)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert store.count() == {
            "stories": 1,  # forty copies of one article, a word apart: one story
            "fused_events": 2,
            "articles": 40,
            "events": 80,
            "actors": 120,
            "places": 40,
            "quotes": 40,
        }


def test_sqlite_read_connections_of_finished_threads_are_closed(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "a.db") as store:
        for _ in range(20):
            t = threading.Thread(target=store.count)
            t.start()
            t.join()
        store.count()
        # At most the last finished thread's connection and this thread's are still open.
        assert len(store._readers) <= 2


def test_sqlite_open_retries_while_another_process_creates_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite answers "locked" at once, without waiting, to a second process switching a new
    # file to WAL; the open tries again instead of failing the whole command.
    real = SQLiteStore._try_open_writer
    calls = {"n": 0}

    def flaky(self: SQLiteStore) -> sqlite3.Connection:
        calls["n"] += 1
        if calls["n"] < 3:
            cause = sqlite3.OperationalError("database is locked")
            raise StoreError("cannot open the database") from cause
        return real(self)

    monkeypatch.setattr(SQLiteStore, "_try_open_writer", flaky)
    store = SQLiteStore(tmp_path / "x.db")
    store.close()
    assert calls["n"] == 3


def test_sqlite_open_does_not_retry_other_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"n": 0}

    def broken(self: SQLiteStore) -> sqlite3.Connection:
        calls["n"] += 1
        raise StoreError("cannot open the database") from sqlite3.DatabaseError("not a database")

    monkeypatch.setattr(SQLiteStore, "_try_open_writer", broken)
    with pytest.raises(StoreError):
        SQLiteStore(tmp_path / "x.db")
    assert calls["n"] == 1
