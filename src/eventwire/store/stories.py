"""Stories at ingest, for every backend: file an article in its story, refresh what it changed.

A backend provides :class:`StoryTables` (its story index and where stories and fused events are
kept); :func:`file_article` does the rest inside the backend's write transaction, so a crash
leaves an article either stored with its story or not stored at all.

After an article joins a story, the story's record and fused events are rebuilt from all its
member articles (:func:`eventwire.fusion.fuse.fuse_story`), and so is the story it left when a
changed article moved. Stories are small (the articles of one happening), so this stays cheap;
finding the story is the part that must not grow with the store, and the index sees to that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from eventwire.fusion.assign import assign_article
from eventwire.fusion.fuse import fuse_story
from eventwire.fusion.index import StoryIndex, profile_of
from eventwire.records import ArticleResult, FusedEvent, Story

#: Members read back to rebuild a story: far more than any one happening gets.
ALL_MEMBERS = 1_000_000


class StoryTables(Protocol):
    """Where a backend keeps stories; used only inside its write transaction."""

    @property
    def index(self) -> StoryIndex: ...

    def results(self, article_ids: Sequence[str]) -> list[ArticleResult]:
        """The stored results of these articles, in this order."""
        ...

    def set_story(self, article_id: str, story_id: str) -> None:
        """Record the story of the article and of its events."""
        ...

    def save(self, story: Story, fused: list[FusedEvent]) -> None:
        """Replace the story's record and fused events."""
        ...

    def drop(self, story_id: str) -> None:
        """Delete the story's record and fused events (it has no articles left)."""
        ...


def file_article(tables: StoryTables, result: ArticleResult, left: str | None = None) -> str:
    """Put a newly stored article in its story and refresh the stories it touched.

    Args:
        tables: the backend's story tables.
        result: the article just stored.
        left: the story the article's previous version was in (taken out of the index with
            :meth:`StoryIndex.remove` before the old rows were deleted), if any.

    Returns:
        The story the article is now in. When it bridged stories, they were merged into it (the
        largest keeps its id) and the others are gone; members of nearby stories that belong
        with it moved into it, and the stories they left are rebuilt (or gone, when empty).
    """
    placed = assign_article(profile_of(result), tables.index)
    story = placed.story_id
    # Articles of stories merged into this one (the new article bridged them) or moved to it
    # (the re-look) change story too.
    moved = tables.index.members(story, ALL_MEMBERS) if placed.merged else [result.article.id]
    for article_id in moved:
        tables.set_story(article_id, story)
    refresh(tables, [story, *placed.merged, *([left] if left else [])])
    return story


def refresh(tables: StoryTables, story_ids: Iterable[str]) -> None:
    """Rebuild the record and fused events of each story from its current members."""
    for story_id in dict.fromkeys(story_ids):
        members = list(reversed(tables.index.members(story_id, ALL_MEMBERS)))
        if not members:
            tables.drop(story_id)
            continue
        story, fused = fuse_story(story_id, tables.results(members))
        tables.save(story, fused)


def stories_of(tables: StoryTables, article_ids: Iterable[str]) -> list[str]:
    """The stories these articles are in (each once, in order)."""
    found = (tables.index.story_of(a) for a in article_ids)
    return list(dict.fromkeys(s for s in found if s))


def rename_features(tables: StoryTables, old: str, new: str) -> None:
    """An actor renamed or merged: its profile feature follows, so later articles naming the
    new name find the stories that named the old one."""
    old_key, new_key = f"a:{old.lower()}", f"a:{new.lower()}"
    if old_key != new_key:
        tables.index.rename_feature(old_key, new_key)
