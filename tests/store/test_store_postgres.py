"""PostgreSQL-only behaviour: real processes writing at once or killed part-way, concurrent
migrations, ``put_many`` (COPY) against ``put``, connection errors, the CLI on a server.

The shared behaviour runs on PostgreSQL through the "postgres" backend of ``conftest.py``; these
tests use the same session server, each in fresh schemas.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from tests.store.conftest import PgSchemas, brussels_article, harbor_article
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import SchemaVersionError, StoreError
from eventwire.records import ArticleResult
from eventwire.store import (
    SCHEMA_VERSION,
    EventFilter,
    Store,
    StoryFilter,
    fingerprint,
    ingest,
    open_store,
)
from eventwire.store import postgres as pg_module
from eventwire.store.migrate import load_migrations
from eventwire.store.postgres import PostgresStore
from eventwire.store.postgres_conn import MIGRATIONS_PACKAGE

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "examples" / "articles"

# Puts the results of a JSON-lines file one at a time, printing "id outcome" after each commit.
_PUT = """
import json, sys, time
from eventwire.records import ArticleResult
from eventwire.store import open_store
url, path, start_at = sys.argv[1], sys.argv[2], float(sys.argv[3])
results = [ArticleResult.from_dict(json.loads(line)) for line in open(path, encoding="utf-8")]
time.sleep(max(0.0, start_at - time.time()))
with open_store(url) as store:
    if len(sys.argv) > 4:
        outcomes = store.put_many(results)
    else:
        outcomes = []
        for r in results:
            outcomes.append(store.put(r))
            print(r.article.id, outcomes[-1], flush=True)
    if len(sys.argv) > 4:
        print("\\n".join(f"{r.article.id} {o}" for r, o in zip(results, outcomes)), flush=True)
"""

# Opens (so creates and migrates) the store at one agreed moment.
_OPEN = """
import sys, time
from eventwire.store.postgres import PostgresStore
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
PostgresStore(sys.argv[1]).close()
"""


def corpus(n: int, start: int = 0) -> list[ArticleResult]:
    """``n`` distinct articles: harbor reports on different days and Brussels meetings."""
    found = []
    for i in range(start, start + n):
        result = harbor_article(f" Note {i}.") if i % 2 else brussels_article()
        published = dt.date(2021, 1, 1) + dt.timedelta(days=9 * i)
        result.article = dataclasses.replace(result.article, id=f"art-{i:03d}", published=published)
        found.append(result)
    return found


def write_jsonl(path: Path, results: list[ArticleResult]) -> Path:
    lines = [json.dumps(r.to_dict(with_text=True), ensure_ascii=False) for r in results]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def start_putter(url: str, path: Path, start_at: float, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _PUT, url, str(path), str(start_at), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def outcomes_of(proc: subprocess.Popen[str]) -> list[tuple[str, str]]:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return [tuple(line.split()) for line in out.splitlines()]  # type: ignore[misc]


def assert_intact(url: str, ids: list[str]) -> None:
    """Every id stored once, in exactly one story, and the story index counts agree."""
    with PostgresStore(url) as store:
        assert sorted(r.article.id for r in store.iter_results()) == sorted(ids)
        assert store.count()["articles"] == len(ids)
        members = [a for s in store.stories(StoryFilter()) for a in s.articles]
        assert sorted(members) == sorted(ids)
        for row in store.events(EventFilter()):
            story = store.story(row.story_id or "")
            assert story is not None and row.article_id in story.articles
    with psycopg.connect(url) as conn:
        meta = conn.execute("SELECT value FROM meta WHERE key = 'story_articles'").fetchone()
        profiles = conn.execute("SELECT count(*) FROM story_profiles").fetchone()
        assert meta is not None and profiles is not None
        assert int(meta[0]) == profiles[0] == len(ids)


def test_postgres_two_processes_put_different_and_the_same_articles(
    pg_schemas: PgSchemas, tmp_path: Path
) -> None:
    url = pg_schemas.new()
    PostgresStore(url).close()  # migrated, so both writers start on the same schema
    shared = corpus(10, start=100)
    files = [
        write_jsonl(tmp_path / "a.jsonl", corpus(10, start=0) + shared),
        write_jsonl(tmp_path / "b.jsonl", corpus(10, start=50) + shared[::-1]),
    ]
    start_at = time.time() + 2.0
    procs = [start_putter(url, f, start_at) for f in files]
    outcomes = [o for p in procs for o in outcomes_of(p)]
    per_id: dict[str, list[str]] = {}
    for article_id, outcome in outcomes:
        per_id.setdefault(article_id, []).append(outcome)
    for result in shared:  # one writer stored it, the other found it stored
        assert sorted(per_id[result.article.id]) == ["inserted", "unchanged"]
    assert Counter(o for _, o in outcomes) == {"inserted": 30, "unchanged": 10}
    assert_intact(url, list(per_id))


def test_postgres_put_many_and_put_in_two_processes_at_once(
    pg_schemas: PgSchemas, tmp_path: Path
) -> None:
    """Batch and single writers lock the same articles in one order: no deadlock, no loss."""
    url = pg_schemas.new()
    PostgresStore(url).close()
    results = corpus(24)
    forward = write_jsonl(tmp_path / "f.jsonl", results)
    backward = write_jsonl(tmp_path / "b.jsonl", results[::-1])
    start_at = time.time() + 2.0
    procs = [start_putter(url, forward, start_at, "many"), start_putter(url, backward, start_at)]
    outcomes = [o for p in procs for o in outcomes_of(p)]
    assert Counter(o for _, o in outcomes) == {"inserted": 24, "unchanged": 24}
    assert_intact(url, [r.article.id for r in results])


def test_postgres_killed_writer_then_rerun_stores_every_article_once(
    pg_schemas: PgSchemas, tmp_path: Path
) -> None:
    url = pg_schemas.new()
    results = corpus(30)
    path = write_jsonl(tmp_path / "all.jsonl", results)
    proc = start_putter(url, path, 0.0)
    assert proc.stdout is not None
    done = [proc.stdout.readline() for _ in range(8)]  # eight committed, more under way
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert all(line.split()[1] == "inserted" for line in done)
    rerun = outcomes_of(start_putter(url, path, 0.0))
    assert [a for a, _ in rerun] == [r.article.id for r in results]
    assert all(o == "unchanged" for _, o in rerun[:8])
    assert all(o == "inserted" for _, o in rerun[9:])  # the ninth may have committed
    assert_intact(url, [r.article.id for r in results])


def test_postgres_concurrent_openers_migrate_once(pg_schemas: PgSchemas) -> None:
    url = pg_schemas.new()
    start_at = time.time() + 2.0
    procs = [
        subprocess.Popen([sys.executable, "-c", _OPEN, url, str(start_at)], stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        assert row is not None and int(row[0]) == SCHEMA_VERSION


def test_postgres_put_many_equals_put(
    make_store: Callable[[str], Store], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pg_module, "PUT_MANY_BATCH", 5)  # several batches, one spans a repeat
    one, many = make_store("postgres"), make_store("postgres")
    assert isinstance(many, PostgresStore)
    stored_first = corpus(4)
    changed = harbor_article(" A later edit.")
    changed.article = dataclasses.replace(stored_first[1].article, text=changed.article.text)
    batch = [*corpus(12), changed, corpus(1, start=3)[0], stored_first[1], corpus(1, 40)[0]]
    for store in (one, many):
        for result in stored_first:
            store.put(result)
    singly = [one.put(r) for r in batch]
    assert many.put_many(batch) == singly
    assert Counter(singly) == {"inserted": 9, "unchanged": 5, "replaced": 2}
    assert one.count() == many.count()
    for query in (
        lambda s: [r.to_dict() for r in s.events(EventFilter())],
        lambda s: [x.to_dict() for x in s.stories(StoryFilter())],
        lambda s: [x.to_dict() for x in s.fused_events(EventFilter())],
        lambda s: [r.to_dict(with_text=True) for r in s.iter_results()],
    ):
        assert query(one) == query(many)


@pytest.mark.parametrize(
    ("make_url", "expected"),
    [
        (lambda server: "postgresql://ew:s3cr%25et@127.0.0.1:1/events", "127.0.0.1:1"),
        (lambda server: "postgresql://ew:s3cr%et@127.0.0.1:notaport/events", "cannot connect"),
        (lambda server: server.replace("postgres@", "nobody:s3cr%25et@"), "nobody"),
        (lambda server: server.rsplit("/", 1)[0] + "/missing_db", "missing_db"),
    ],
    ids=["refused", "bad-url", "unknown-user", "unknown-database"],
)
def test_postgres_connection_errors_say_where_and_hide_the_password(
    pg_server: str, make_url: Callable[[str], str], expected: str
) -> None:
    with pytest.raises(StoreError) as info:
        open_store(make_url(pg_server))
    message = str(info.value)
    assert expected in message and "check that the server is running" in message
    assert "s3cr" not in message


def test_postgres_read_only_session(
    pg_schemas: PgSchemas, harbor: Callable[[str], ArticleResult]
) -> None:
    url = pg_schemas.new()
    with pytest.raises(StoreError, match="no eventwire tables"):
        open_store(url, read_only=True)
    with open_store(url) as store:
        store.put(harbor(""))
    with open_store(url, read_only=True) as store:
        assert len(store.events(EventFilter())) == 2
        with pytest.raises(StoreError, match="read-only"):
            store.put(harbor(" More."))
        assert isinstance(store, PostgresStore)
        # The session itself refuses writes, whatever code would try one.
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            store._conn().execute("DELETE FROM articles")


def test_postgres_newer_schema_is_refused(pg_schemas: PgSchemas) -> None:
    url = pg_schemas.new()
    PostgresStore(url).close()
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'",
                     (str(SCHEMA_VERSION + 1),))  # fmt: skip
    with pytest.raises(SchemaVersionError, match="upgrade eventwire"):
        PostgresStore(url)


def test_postgres_migrations_mirror_sqlite(pg_schemas: PgSchemas, tmp_path: Path) -> None:
    """Same numbers, and every table has SQLite's columns (plus stored_seq for rowid)."""
    pg_steps, sqlite_steps = load_migrations(MIGRATIONS_PACKAGE), load_migrations()
    assert [m.version for m in pg_steps] == [m.version for m in sqlite_steps]
    assert pg_steps[-1].version == SCHEMA_VERSION
    url = pg_schemas.new()
    open_store(url).close()
    open_store(tmp_path / "s.db").close()
    lite = sqlite3.connect(tmp_path / "s.db")
    tables = [r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    with psycopg.connect(url) as conn:
        for table in tables:
            sqlite_columns = {r[1] for r in lite.execute(f"PRAGMA table_info({table})")}
            pg_columns = {
                r[0]
                for r in conn.execute(
                    "SELECT column_name FROM information_schema.columns"
                    " WHERE table_schema = current_schema() AND table_name = %s",
                    (table,),
                )
            }
            assert pg_columns - {"stored_seq"} == sqlite_columns, table
    lite.close()


def test_postgres_backends_agree_on_pages_text_counts_and_network(
    make_store: Callable[[str], Store],
) -> None:
    memory, pg = make_store("memory"), make_store("postgres")
    reports = [harbor_article(f" Report {i}.") for i in range(4)]  # one happening, one story
    for i, result in enumerate(reports):
        result.article = dataclasses.replace(result.article, id=f"rep-{i}")
    for store in (memory, pg):
        for result in [*corpus(9), *reports]:
            store.put(result)
    assert pg.stories(StoryFilter()) == memory.stories(StoryFilter())
    assert max(len(s.articles) for s in pg.stories(StoryFilter())) > 1
    filters = [
        EventFilter(newest_first=True),
        EventFilter(offset=3, limit=4),
        EventFilter(offset=2, newest_first=True),
        EventFilter(text="MARCHED"),
        EventFilter(text="piet"),
        EventFilter(country="bel", since="2020"),
    ]
    for f in filters:
        assert [r.to_dict() for r in pg.events(f)] == [r.to_dict() for r in memory.events(f)], f
        assert pg.fused_events(f) == memory.fused_events(f), f
        assert pg.event_counts(f) == memory.event_counts(f), f
        assert pg.network(f, 3) == memory.network(f, 3), f
    (fused, *_) = memory.fused_events(EventFilter())
    assert pg.fused_event(fused.id) == fused and pg.fused_event("nope") is None


def test_postgres_cli_ingest_then_events(pg_schemas: PgSchemas) -> None:
    url = pg_schemas.new()
    article = str(EXAMPLES / "001_mogadishu_car_bombing.txt")
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", "--db", url, "--quiet", article])
    assert done.exit_code == 0, done.output
    listed = runner.invoke(app, ["events", "--db", url, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert rows and len({r["article_id"] for r in rows}) == 1
    again = runner.invoke(app, ["ingest", "--db", url, "--quiet", article])
    assert again.exit_code == 0, again.output
    with PostgresStore(url) as store:
        assert store.count()["articles"] == 1
        assert len(store.events(EventFilter())) == len(rows)


def test_postgres_version_4_database_migrates_with_backfill(
    pg_schemas: PgSchemas, harbor: Callable[[str], ArticleResult]
) -> None:
    """Version 5's search columns and event_countries are filled for rows stored before."""
    url = pg_schemas.new()
    with PostgresStore(url) as store:
        store.put(harbor(""))
        expected = [r.to_dict() for r in store.events(EventFilter(text="MARCHED", country="nld"))]
        counts = store.event_counts(EventFilter())
    assert expected and counts.per_day
    with psycopg.connect(url) as conn:  # back to what version 4 had
        conn.execute("DROP TABLE event_countries")
        for column in ("date_precision", "sentence_search", "trigger_search"):
            conn.execute(f"ALTER TABLE events DROP COLUMN {column}")
        conn.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with PostgresStore(url, read_only=True) as store:  # migrated first, then read
        got = [r.to_dict() for r in store.events(EventFilter(text="MARCHED", country="nld"))]
        assert got == expected
        assert store.event_counts(EventFilter()) == counts


def test_postgres_put_many_keeps_the_given_fingerprints(
    make_store: Callable[[str], Store],
) -> None:
    """Linked first and stored with the fingerprints taken before, as ingest does: ingesting
    the same articles again finds them unchanged."""
    store = make_store("postgres")
    assert isinstance(store, PostgresStore)
    results = corpus(4)
    before = [fingerprint(r) for r in results]
    for result in results:
        store.link_actors(result)
    assert store.put_many(results, before) == ["inserted"] * 4
    assert [ingest(store, r) for r in corpus(4)] == ["unchanged"] * 4
