"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom`` files, or an ``http(s)://`` URL): one
article per entry.

An entry's text is its content (else its summary) with HTML removed; its title, link (as the URL)
and ``published``/``updated`` date are kept, and the feed's title is the source. Errors about one
entry are reported as ``path:entry N`` (1-based), since feeds have no meaningful line numbers.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import UnreadableInputError
from eventwire.readers.base import Item, ReadOptions, make_article
from eventwire.readers.html import fragment_to_text


def _entry_text(entry: Any) -> str:
    """The entry's content, else its summary, as plain text."""
    parts = entry.get("content") or []
    detail = parts[0] if parts else entry.get("summary_detail")
    if detail is None:
        return ""
    value = detail.get("value") or ""
    return fragment_to_text(value) if "html" in (detail.get("type") or "html") else value


def _entry_date(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None


def _entry_item(entry: Any, where: str, source: str | None, options: ReadOptions) -> Item:
    article = make_article(
        _entry_text(entry),
        source,
        _entry_date(entry) or options.published,
        id=entry.get("id") or None,
        url=entry.get("link") or None,
        title=entry.get("title") or None,
    )
    return where, article


def entries(parsed: Any, where: str, options: ReadOptions) -> Iterator[Item]:
    """Turn a ``feedparser`` result into articles, one per entry.

    Args:
        parsed: what ``feedparser.parse`` returned.
        where: the path or URL, for errors.
        options: defaults for the date and source when the feed gives none.

    Yields:
        ``(where:entry N, article)`` per entry, or one error when nothing could be parsed.
    """
    # A feed with no entries is fine; XML that is not a feed, or broken XML, is not.
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS or Atom elements"
        yield UnreadableInputError(where, f"not a readable RSS/Atom feed ({reason})")
        return
    source = parsed.feed.get("title") or options.source
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_item(entry, f"{where}:entry {number}", source, options)


def read_feed_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Read a local feed file.

    Raises:
        OSError: the file cannot be opened or read (the caller reports it).
    """
    import feedparser

    # A stream, not a string: feedparser treats a string as a URL or path to fetch.
    yield from entries(feedparser.parse(io.BytesIO(path.read_bytes())), where, options)


def read_feed_url(url: str, options: ReadOptions) -> Iterator[Item]:
    """Fetch and read a feed from an ``http(s)://`` URL (the one reader that uses the network)."""
    import feedparser

    yield from entries(feedparser.parse(url), url, options)
