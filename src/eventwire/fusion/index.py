"""What incremental story assignment needs from a store: article profiles and a feature index.

A :class:`Profile` is an article reduced to what stories are judged on (see
:mod:`eventwire.fusion.stories` for the features). A :class:`StoryIndex` keeps the profile of
every stored article, which story it is in, and an inverted index feature → articles, so the
stories a new article may join are found by looking up its features, never by a scan.
``MemoryStoryIndex`` is the in-memory implementation (the fake store and the eval use it); the
SQLite store keeps the same data in tables.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Protocol

from eventwire.fusion.stories import article_dates, result_features
from eventwire.records import JSON, ArticleResult


@dataclass(slots=True)
class Profile:
    """An article as stories see it: feature counts, the days it is about, its outlet.

    ``day`` is the one date the index files the article under (its publication date, else
    its earliest event day); ``dates`` are all the days it is about.
    """

    article_id: str
    features: dict[str, int]
    dates: frozenset[dt.date] = frozenset()
    source: str | None = None
    published: dt.date | None = None

    @property
    def day(self) -> dt.date | None:
        return self.published or (min(self.dates) if self.dates else None)

    def to_dict(self) -> JSON:
        return {
            "features": dict(sorted(self.features.items())),
            "dates": sorted(d.isoformat() for d in self.dates),
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }

    @classmethod
    def from_dict(cls, article_id: str, d: JSON) -> Profile:
        published = d.get("published")
        return cls(
            article_id,
            {str(k): int(v) for k, v in d.get("features", {}).items()},
            frozenset(dt.date.fromisoformat(x) for x in d.get("dates", [])),
            d.get("source"),
            dt.date.fromisoformat(published) if published else None,
        )


def profile_of(result: ArticleResult) -> Profile:
    """The profile of one extracted article."""
    features: Counter[str] = result_features(result)
    return Profile(
        result.article.id,
        dict(features),
        frozenset(article_dates(result)),
        result.article.source,
        result.article.published,
    )


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A stored article sharing features with a new one, and the story it is in."""

    article_id: str
    story_id: str
    shared: int


class StoryIndex(Protocol):
    """The queries story assignment makes; every store backend answers them from an index."""

    def n_articles(self) -> int:
        """How many articles are indexed."""
        ...

    def doc_freq(self, features: Collection[str]) -> dict[str, int]:
        """How many indexed articles have each feature (absent: 0, may be left out)."""
        ...

    def neighbours(
        self, features: Collection[str], day: dt.date | None, window_days: int, limit: int
    ) -> list[Neighbour]:
        """Indexed articles sharing at least one of ``features``, most shared first, at most
        ``limit``. With ``day``, only articles filed under a day within ``window_days`` of it
        or under none."""
        ...

    def profiles(self, article_ids: Collection[str]) -> dict[str, Profile]:
        """The stored profiles of these articles (unknown ids are left out)."""
        ...

    def members(self, story_id: str, limit: int) -> list[str]:
        """Up to ``limit`` article ids of the story, the most recently added first."""
        ...

    def story_of(self, article_id: str) -> str | None:
        """The story the article is in, or ``None`` when it is not indexed."""
        ...

    def add(self, profile: Profile, story_id: str) -> None:
        """Index the article's profile as a member of ``story_id``."""
        ...

    def remove(self, article_id: str) -> str | None:
        """Take the article out of the index; returns the story it was in."""
        ...

    def rename_feature(self, old: str, new: str) -> None:
        """Re-key a feature (an actor renamed or merged) in every profile that has it."""
        ...

    def merge(self, keep: str, drop: str) -> None:
        """Move every member of story ``drop`` into story ``keep`` (``drop`` is then gone).

        The moved articles count as added to ``keep`` in their old order, after its members."""
        ...


@dataclass
class MemoryStoryIndex:
    """A :class:`StoryIndex` held in dictionaries."""

    _profiles: dict[str, Profile] = field(default_factory=dict)
    _story: dict[str, str] = field(default_factory=dict)
    _members: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _postings: defaultdict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def n_articles(self) -> int:
        return len(self._profiles)

    def doc_freq(self, features: Collection[str]) -> dict[str, int]:
        return {f: len(self._postings[f]) for f in features if f in self._postings}

    def neighbours(
        self, features: Collection[str], day: dt.date | None, window_days: int, limit: int
    ) -> list[Neighbour]:
        shared: Counter[str] = Counter()
        for feature in features:
            shared.update(self._postings.get(feature, ()))
        out = []
        for article_id, n in shared.items():
            other = self._profiles[article_id].day
            if day and other and abs((other - day).days) > window_days:
                continue
            out.append(Neighbour(article_id, self._story[article_id], n))
        out.sort(key=lambda nb: (-nb.shared, nb.article_id))
        return out[:limit]

    def profiles(self, article_ids: Collection[str]) -> dict[str, Profile]:
        return {a: self._profiles[a] for a in article_ids if a in self._profiles}

    def members(self, story_id: str, limit: int) -> list[str]:
        return list(reversed(self._members.get(story_id, [])))[:limit]

    def story_of(self, article_id: str) -> str | None:
        return self._story.get(article_id)

    def add(self, profile: Profile, story_id: str) -> None:
        self.remove(profile.article_id)
        self._profiles[profile.article_id] = profile
        self._story[profile.article_id] = story_id
        self._members[story_id].append(profile.article_id)
        for feature in profile.features:
            self._postings[feature].add(profile.article_id)

    def remove(self, article_id: str) -> str | None:
        profile = self._profiles.pop(article_id, None)
        if profile is None:
            return None
        story = self._story.pop(article_id)
        self._members[story].remove(article_id)
        if not self._members[story]:
            del self._members[story]
        for feature in profile.features:
            self._postings[feature].discard(article_id)
        return story

    def rename_feature(self, old: str, new: str) -> None:
        """Re-key a feature (an actor renamed or merged) in every profile that has it."""
        for article_id in self._postings.pop(old, set()):
            counts = self._profiles[article_id].features
            counts[new] = counts.get(new, 0) + counts.pop(old)
            self._postings[new].add(article_id)

    def merge(self, keep: str, drop: str) -> None:
        if keep == drop:
            return
        moved = self._members.pop(drop, [])
        for article_id in moved:
            self._story[article_id] = keep
        self._members[keep].extend(moved)
