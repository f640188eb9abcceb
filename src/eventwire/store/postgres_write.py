"""What :class:`~eventwire.store.postgres.PostgresStore` writes, inside its write transactions:
one article (``put``), a batch through COPY (``put_many``), the registry, actor fixes.

Concurrency, across every process writing one database: an article is written under its own
advisory lock (:func:`~eventwire.store.postgres_conn.lock_articles`), so two writers of the same
article take turns and the second finds it "unchanged"; story filing, the registry and actor
fixes run under one writer lock (:func:`~eventwire.store.postgres_conn.lock_writer`), which is
what SQLite's single writer gives. A new article's rows are written before that lock is taken,
so writers of different articles only queue for the story step.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Sequence

from eventwire.errors import StoreError
from eventwire.fusion.index import Neighbour
from eventwire.records import Actor, ArticleResult
from eventwire.store.base import PutOutcome, fingerprint
from eventwire.store.postgres_conn import SQLiteShaped, lock_articles, lock_writer, pg_params
from eventwire.store.registry import RegistryEntry
from eventwire.store.sqlite_registry import SQLiteRegistry
from eventwire.store.sqlite_rows import _cell, _table_rows, actor_from_row
from eventwire.store.sqlite_stories import _POSTINGS_PER_FEATURE, SQLiteStories, SQLiteStoryIndex
from eventwire.store.stories import file_article, refresh, rename_features, stories_of

Hashes = tuple[str, str]

#: Fills ``event_countries`` for the events meeting ``{where}`` (on ``e``); also run by
#: ``migrations_pg/0005``.
EVENT_COUNTRIES_SQL = (
    "INSERT INTO event_countries (article_id, seq, country, date_value)"
    " SELECT DISTINCT e.article_id, e.seq, upper(a.country), e.date_value"
    " FROM events e JOIN actors a ON a.article_id = e.article_id"
    " WHERE {where} AND a.country <> '' AND a.id IN (SELECT jsonb_array_elements_text("
    "e.source::jsonb) UNION ALL SELECT jsonb_array_elements_text(e.target::jsonb))"
)

_ARTICLE_COLUMNS = (
    "id", "source", "published", "url", "title", "language", "text", "text_hash", "result_hash",
    "ingested_at",
)  # fmt: skip


# Every looked-up feature's postings in one statement (SQLite reads them a feature at a time,
# which costs nothing in-process but a round trip each here): per feature, the undated ones,
# then those within the window, in primary-key order as SQLite reads them, at most `limit`.
_POSTINGS = """
SELECT f.feature, p.article_id FROM unnest(?::text[]) AS f(feature) CROSS JOIN LATERAL (
    SELECT article_id FROM (
        (SELECT s.day, s.article_id, 0 AS part FROM story_postings s
         WHERE s.feature = f.feature AND s.day = '' ORDER BY s.article_id LIMIT ?)
        UNION ALL
        (SELECT s.day, s.article_id, 1 FROM story_postings s
         WHERE s.feature = f.feature AND s.day BETWEEN ? AND ? ORDER BY s.day, s.article_id
         LIMIT ?)) u
    ORDER BY part, day, article_id LIMIT ?) p"""
_ALL_POSTINGS = """
SELECT f.feature, p.article_id FROM unnest(?::text[]) AS f(feature) CROSS JOIN LATERAL (
    SELECT s.article_id FROM story_postings s WHERE s.feature = f.feature
    ORDER BY s.day, s.article_id LIMIT ?) p"""


class PostgresStoryIndex(SQLiteStoryIndex):
    """The SQLite story index, reading the postings of all features at once."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        self._fetched: dict[str, list[str]] = {}

    def neighbours(
        self, features: Collection[str], day: dt.date | None, window_days: int, limit: int
    ) -> list[Neighbour]:
        n = _POSTINGS_PER_FEATURE
        if day is None:
            rows = self.conn.execute(_ALL_POSTINGS, (list(features), n))
        else:
            low, high = (day + dt.timedelta(days=d * window_days) for d in (-1, 1))
            params = (list(features), n, low.isoformat(), high.isoformat(), n, n)
            rows = self.conn.execute(_POSTINGS, params)
        self._fetched = {}
        for feature, article_id in rows:
            self._fetched.setdefault(feature, []).append(article_id)
        return super().neighbours(features, day, window_days, limit)

    def _postings(self, feature: str, day: dt.date | None, window_days: int) -> list[str]:
        return self._fetched.get(feature, [])


class PostgresStories(SQLiteStories):
    """The SQLite store's story tables, whose SQL PostgreSQL runs as it is, with the faster
    index above."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__(conn)
        self.index = PostgresStoryIndex(conn)
        # Within one put_many batch, the members of a story are rebuilt into its fused events
        # after every article that joins it; each member's rows are read once, not once per
        # join (a result is dozens of round trips to the server). See :meth:`forget`.
        self._loaded: dict[str, ArticleResult] = {}

    def results(self, article_ids: Sequence[str]) -> list[ArticleResult]:
        missing = [a for a in article_ids if a not in self._loaded]
        self._loaded.update((r.article.id, r) for r in super().results(missing))
        return [self._loaded[a] for a in article_ids if a in self._loaded]

    def forget(self, article_id: str) -> None:
        """The article's rows are about to change: read them again when next asked."""
        self._loaded.pop(article_id, None)


def stories(db: SQLiteShaped) -> PostgresStories:
    """The story tables."""
    return PostgresStories(db.as_sqlite())


def stored_hashes(db: SQLiteShaped, article_ids: Sequence[str]) -> dict[str, Hashes]:
    """The stored fingerprint of each of these ids that is stored."""
    rows = db.execute(
        "SELECT id, text_hash, result_hash FROM articles WHERE id = ANY(?)", [list(article_ids)]
    )
    return {row[0]: (row[1], row[2]) for row in rows}


def put_one(db: SQLiteShaped, result: ArticleResult, hashes: Hashes) -> PutOutcome:
    """Store one article and file it in its story (see :meth:`Store.put`)."""
    article_id = result.article.id
    lock_articles(db.raw, [article_id])
    old = stored_hashes(db, [article_id]).get(article_id)
    if old == hashes:
        return "unchanged"
    if old is not None:
        _replace(db, result, hashes)
        return "replaced"
    copy_new(db, [result], [hashes])
    lock_writer(db.raw)
    file_article(stories(db), result)
    return "inserted"


def _replace(db: SQLiteShaped, result: ArticleResult, hashes: Hashes) -> None:
    """Swap a stored article for a changed one: out of its story, old rows out, new ones in."""
    lock_writer(db.raw)
    tables = stories(db)
    left = tables.index.remove(result.article.id)
    # ON DELETE CASCADE removes the article's actors, places, events, ...
    db.execute("DELETE FROM articles WHERE id = ?", (result.article.id,))
    copy_new(db, [result], [hashes])
    file_article(tables, result, left)


def put_batch(
    db: SQLiteShaped, batch: Sequence[tuple[ArticleResult, Hashes | None]]
) -> list[PutOutcome]:
    """Store a batch of (result, fingerprint or None) with the outcomes ``put`` would give one
    at a time, in one transaction.

    New articles are written with one COPY per table, then filed in their stories in batch
    order; a changed article (or one repeated within the batch) takes ``put``'s path at its
    place in that order, so stories come out as they would from ``put`` one at a time.
    """
    results = [r for r, _ in batch]
    hashes = [h or fingerprint(r) for r, h in batch]
    lock_articles(db.raw, [r.article.id for r in results])
    known: dict[str, Hashes | None] = dict(stored_hashes(db, [r.article.id for r in results]))
    outcomes: list[PutOutcome] = []
    for result, h in zip(results, hashes, strict=True):
        old = known.get(result.article.id)
        outcomes.append("unchanged" if old == h else "inserted" if old is None else "replaced")
        known[result.article.id] = h
    fresh = [i for i, o in enumerate(outcomes) if o == "inserted"]
    copy_new(db, [results[i] for i in fresh], [hashes[i] for i in fresh])
    if any(o != "unchanged" for o in outcomes):
        lock_writer(db.raw)
    tables = stories(db)
    for result, h, outcome in zip(results, hashes, outcomes, strict=True):
        if outcome == "inserted":
            file_article(tables, result)
        elif outcome == "replaced":
            tables.forget(result.article.id)
            _replace(db, result, h)
    return outcomes


def copy_new(db: SQLiteShaped, results: Sequence[ArticleResult], hashes: Sequence[Hashes]) -> None:
    """Write new articles and every record of theirs with one COPY per table (the rows of
    ``sqlite_rows``, so both stores hold the same), then their ``event_countries``."""
    if not results:
        return
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    articles = []
    for result, (text_hash, result_hash) in zip(results, hashes, strict=True):
        a = result.article
        published = a.published.isoformat() if a.published else None
        articles.append((a.id, a.source, published, a.url, a.title, a.language, a.text,
                         text_hash, result_hash, now))  # fmt: skip
    _copy(db, "articles", _ARTICLE_COLUMNS, articles)
    children: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]] = {}
    for result in results:
        for table, columns, records in _table_rows(result):
            rows = children.setdefault(table, (("article_id", "seq", *columns), []))[1]
            rows += [(result.article.id, i, *(_cell(c, r[c]) for c in columns))
                     for i, r in enumerate(records)]  # fmt: skip
    for table, (columns, rows) in children.items():
        _copy(db, table, columns, rows)
    fill_event_countries(db, [r.article.id for r in results])


def fill_event_countries(db: SQLiteShaped, article_ids: Sequence[str]) -> None:
    """(Re)fill ``event_countries`` for these articles: one row per event and distinct
    upper-cased country of the actors it names as source or target."""
    db.execute("DELETE FROM event_countries WHERE article_id = ANY(?)", [list(article_ids)])
    db.execute(EVENT_COUNTRIES_SQL.format(where="e.article_id = ANY(?)"), [list(article_ids)])


def _copy(
    db: SQLiteShaped, table: str, columns: Sequence[str], rows: Sequence[tuple[object, ...]]
) -> None:
    if not rows:
        return
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with db.raw.cursor() as cur, cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(pg_params(row))


class PostgresRegistry(SQLiteRegistry):
    """The SQLite registry code, with PostgreSQL's spelling of the statements that differ."""

    def save(self, entry: RegistryEntry) -> None:
        if entry.id is None:  # no lastrowid in PostgreSQL: take an id, then save as an update
            new = "INSERT INTO registry (name, data) VALUES (?, '{}') RETURNING id"
            entry.id = int(self.conn.execute(new, (entry.name,)).fetchone()[0])
        super().save(entry)

    def stored(self, name: str, country: str | None) -> list[tuple[object, Actor]]:
        rows = self.conn.execute(
            "SELECT * FROM actors WHERE lower(name) = lower(?)"
            " AND (?::text IS NULL OR lower(country) = lower(?))",
            (name, country, country),
        )
        return [((r["article_id"], r["seq"]), actor_from_row(r)) for r in rows]


def registry(db: SQLiteShaped) -> PostgresRegistry:
    return PostgresRegistry(db.as_sqlite())


def actors_changed(db: SQLiteShaped, old: str, new: str) -> None:
    """After a rename or merge: the stories of the articles naming ``new`` are rebuilt."""
    tables = stories(db)
    named = db.execute("SELECT DISTINCT article_id FROM actors WHERE lower(name) = lower(?)", [new])
    touched = [row[0] for row in named]
    fill_event_countries(db, touched)  # a merge may give the actors another country
    rename_features(tables, old, new)
    refresh(tables, stories_of(tables, touched))


def read_only_error(where: str) -> StoreError:
    return StoreError(f"the database ({where}) was opened read-only; nothing is written")
