"""The SQLite store's story tables (schema version 4): the story index and stories.

Every query of :class:`SQLiteStoryIndex` is an index lookup (a feature's postings, a story's
members, an article's profile), so filing an article costs the same in a store of a hundred
articles or of a million. Used inside the store's write transaction only.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import islice

from eventwire.fusion.index import Neighbour, Profile
from eventwire.records import ArticleResult, FusedEvent, Story
from eventwire.store.query import fused_countries, fused_names
from eventwire.store.sqlite_rows import load

#: SQLite allows 32766 parameters; lists are sent in chunks well below that.
_CHUNK = 500
#: Postings read per looked-up feature: a feature in more articles than this within the window
#: tells too little to be worth reading whole.
_POSTINGS_PER_FEATURE = 2000
_COUNT_KEY = "story_articles"
_SEQ_KEY = "story_seq"


def _chunks(items: Collection[str]) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class SQLiteStoryIndex:
    """:class:`~eventwire.fusion.index.StoryIndex` over ``story_profiles``, ``story_postings``
    and ``story_df``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _meta(self, key: str) -> int:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else 0

    def _set_meta(self, key: str, value: int) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )

    def n_articles(self) -> int:
        return self._meta(_COUNT_KEY)

    def doc_freq(self, features: Collection[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(features):
            sql = f"SELECT feature, n FROM story_df WHERE feature IN ({_marks(len(chunk))})"
            out.update((row[0], row[1]) for row in self.conn.execute(sql, chunk))
        return out

    def neighbours(
        self, features: Collection[str], day: dt.date | None, window_days: int, limit: int
    ) -> list[Neighbour]:
        shared: Counter[str] = Counter()
        for feature in features:
            shared.update(self._postings(feature, day, window_days))
        if not shared:
            return []
        stories = self._stories_of(list(shared))
        ranked = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [Neighbour(a, stories[a], n) for a, n in ranked if a in stories]

    def _postings(self, feature: str, day: dt.date | None, window_days: int) -> list[str]:
        if day is None:
            return self._all_postings(feature)
        undated = [
            row[0]
            for row in self.conn.execute(
                "SELECT article_id FROM story_postings WHERE feature = ? AND day = '' LIMIT ?",
                (feature, _POSTINGS_PER_FEATURE),
            )
        ]
        room = _POSTINGS_PER_FEATURE - len(undated)
        if room <= 0:
            return undated
        # Two range reads of the primary key: `day = '' OR day BETWEEN` made SQLite read every
        # posting of the feature (62,000 for a common country in a store of 100,000).
        low = (day - dt.timedelta(days=window_days)).isoformat()
        high = (day + dt.timedelta(days=window_days)).isoformat()
        dated = self.conn.execute(
            "SELECT article_id FROM story_postings WHERE feature = ?"
            " AND day BETWEEN ? AND ? LIMIT ?",
            (feature, low, high, room),
        )
        return undated + [row[0] for row in dated]

    def _all_postings(self, feature: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT article_id FROM story_postings WHERE feature = ? LIMIT ?",
            (feature, _POSTINGS_PER_FEATURE),
        )
        return [row[0] for row in rows]

    def _stories_of(self, article_ids: Collection[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(article_ids):
            sql = (
                "SELECT article_id, story_id FROM story_profiles"
                f" WHERE article_id IN ({_marks(len(chunk))})"
            )
            out.update((row[0], row[1]) for row in self.conn.execute(sql, chunk))
        return out

    def profiles(self, article_ids: Collection[str]) -> dict[str, Profile]:
        out: dict[str, Profile] = {}
        for chunk in _chunks(article_ids):
            sql = (
                "SELECT article_id, data FROM story_profiles"
                f" WHERE article_id IN ({_marks(len(chunk))})"
            )
            for row in self.conn.execute(sql, chunk):
                out[row[0]] = Profile.from_dict(row[0], json.loads(row[1]))
        return out

    def members(self, story_id: str, limit: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT article_id FROM story_profiles WHERE story_id = ? ORDER BY seq DESC LIMIT ?",
            (story_id, limit),
        )
        return [row[0] for row in rows]

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_profiles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def add(self, profile: Profile, story_id: str) -> None:
        self.remove(profile.article_id)
        seq = self._meta(_SEQ_KEY) + 1
        day = _day(profile.day)
        self.conn.execute(
            "INSERT INTO story_profiles (article_id, story_id, seq, day, data)"
            " VALUES (?, ?, ?, ?, ?)",
            (profile.article_id, story_id, seq, day, json.dumps(profile.to_dict())),
        )
        self.conn.executemany(
            "INSERT INTO story_postings (feature, day, article_id) VALUES (?, ?, ?)",
            [(f, day, profile.article_id) for f in profile.features],
        )
        self.conn.executemany(
            "INSERT INTO story_df (feature, n) VALUES (?, 1)"
            " ON CONFLICT (feature) DO UPDATE SET n = n + 1",
            [(f,) for f in profile.features],
        )
        self._set_meta(_SEQ_KEY, seq)
        self._set_meta(_COUNT_KEY, self.n_articles() + 1)

    def remove(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id, data FROM story_profiles WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            return None
        features = list(json.loads(row[1]).get("features", {}))
        self.conn.execute("DELETE FROM story_postings WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "UPDATE story_df SET n = n - 1 WHERE feature = ?", [(f,) for f in features]
        )
        self.conn.execute("DELETE FROM story_df WHERE n <= 0")
        self.conn.execute("DELETE FROM story_profiles WHERE article_id = ?", (article_id,))
        self._set_meta(_COUNT_KEY, max(self.n_articles() - 1, 0))
        return str(row[0])

    def rename_feature(self, old: str, new: str) -> None:
        rows = self.conn.execute(
            "SELECT p.article_id, p.data FROM story_postings s"
            " JOIN story_profiles p ON p.article_id = s.article_id WHERE s.feature = ?",
            (old,),
        ).fetchall()
        for article_id, data in rows:
            profile = Profile.from_dict(article_id, json.loads(data))
            story = self.story_of(article_id)
            profile.features[new] = profile.features.get(new, 0) + profile.features.pop(old)
            self.remove(article_id)
            self._add_keeping_seq(profile, str(story))

    def _add_keeping_seq(self, profile: Profile, story_id: str) -> None:
        seq = self._meta(_SEQ_KEY)
        self.add(profile, story_id)
        self._set_meta(_SEQ_KEY, seq)  # a renamed feature is no new member: order unchanged

    def merge(self, keep: str, drop: str) -> None:
        if keep == drop:
            return
        rows = self.conn.execute(
            "SELECT article_id FROM story_profiles WHERE story_id = ? ORDER BY seq", (drop,)
        ).fetchall()
        seq = self._meta(_SEQ_KEY)
        # After keep's members, in their old order: the most recent members stay the most recent.
        self.conn.executemany(
            "UPDATE story_profiles SET story_id = ?, seq = ? WHERE article_id = ?",
            [(keep, seq + i, row[0]) for i, row in enumerate(rows, start=1)],
        )
        self._set_meta(_SEQ_KEY, seq + len(rows))

    def clear(self) -> None:
        for table in ("story_postings", "story_df", "story_profiles"):
            self.conn.execute(f"DELETE FROM {table}")
        self._set_meta(_COUNT_KEY, 0)


class SQLiteStories:
    """The SQLite store's :class:`~eventwire.store.stories.StoryTables`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.index = SQLiteStoryIndex(conn)

    def results(self, article_ids: Sequence[str]) -> list[ArticleResult]:
        return [r for a in article_ids if (r := load(self.conn, a)) is not None]

    def set_story(self, article_id: str, story_id: str) -> None:
        self.conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, article_id))
        self.conn.execute(
            "UPDATE events SET story_id = ? WHERE article_id = ?", (story_id, article_id)
        )

    def save(self, story: Story, fused: list[FusedEvent]) -> None:
        self.drop(story.story_id)
        self.conn.execute(
            "INSERT INTO stories (id, first_date, last_date, country, data) VALUES (?, ?, ?, ?, ?)",
            (
                story.story_id,
                story.first_date,
                story.last_date,
                story.country,
                json.dumps(story.to_dict(), ensure_ascii=False),
            ),
        )
        for seq, event in enumerate(fused):
            self._insert_fused(seq, event)

    def _insert_fused(self, seq: int, event: FusedEvent) -> None:
        self.conn.execute(
            "INSERT INTO fused_events (id, story_id, seq, type, date_value, confidence,"
            " countries, names, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.id,
                event.story_id,
                seq,
                event.type,
                event.date.value if event.date else None,
                event.confidence,
                fused_countries(event),
                fused_names(event),
                json.dumps(event.to_dict(), ensure_ascii=False),
            ),
        )
        articles = sorted({m.article_id for m in event.members})
        self.conn.executemany(
            "INSERT INTO fused_members (article_id, fused_id) VALUES (?, ?)",
            [(a, event.id) for a in articles],
        )

    def drop(self, story_id: str) -> None:
        # ON DELETE CASCADE takes the fused events and their member rows along.
        self.conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def clear(self) -> None:
        self.index.clear()
        self.conn.execute("DELETE FROM stories")
        self.conn.execute("UPDATE articles SET story_id = NULL")
        self.conn.execute("UPDATE events SET story_id = NULL")
