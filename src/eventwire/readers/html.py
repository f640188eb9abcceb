"""HTML pages (``.html``, ``.htm``): the main text, title, URL and publication date.

The text comes from ``trafilatura.extract``, title and URL from trafilatura's metadata, the date
from ``htmldate.find_date``. Both libraries download a page when handed a string that looks like
a URL, so they are only ever given an already-parsed tree: reading HTML never touches the network.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import EmptyArticleError, UnreadableInputError
from eventwire.readers.base import Item, ReadOptions, make_article

# Elements whose end starts a new line in text taken from an HTML fragment.
_BLOCK_TAGS = frozenset(
    ("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption")
    + ("figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main")
    + ("nav", "ol", "p", "pre", "section", "table", "tr", "ul")
)


def _publication_date(tree: Any) -> dt.date | None:
    import htmldate

    found = htmldate.find_date(tree, original_date=True, outputformat="%Y-%m-%d")
    return dt.date.fromisoformat(found) if found else None


def parse_html(data: bytes | str, where: str, options: ReadOptions) -> Item:
    """Extract the article from one HTML page.

    Args:
        data: the page (bytes are decoded by trafilatura, which reads ``<meta charset>``).
        where: the path, for errors.
        options: defaults for the date and source when the page gives none.

    Returns:
        ``(where, article)``, or an error when the page cannot be parsed or has no main text.
    """
    # Imported here: trafilatura takes a noticeable time to import and most runs read no HTML.
    import trafilatura

    if not data.strip():
        return EmptyArticleError(where, "empty article")
    tree = trafilatura.load_html(data)
    if tree is None:
        return UnreadableInputError(where, "not an HTML document")
    meta = trafilatura.extract_metadata(tree)
    text = trafilatura.extract(tree, include_comments=False, include_tables=False)
    if not text:
        return EmptyArticleError(where, "empty article (no main text found in the HTML)")
    article = make_article(
        text,
        meta.sitename or options.source,
        _publication_date(tree) or options.published,
        url=meta.url,
        title=meta.title,
    )
    return where, article


def read_html_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Read one HTML file as one article.

    Raises:
        OSError: the file cannot be opened or read (the caller reports it).
    """
    yield parse_html(path.read_bytes(), where, options)


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), one paragraph per block.

    Args:
        fragment: HTML such as ``<p>One.</p><p>Two <b>words</b>.</p>``; plain text passes through.

    Returns:
        The text with tags removed, entities decoded, blank lines between blocks.
    """
    import lxml.html

    if not fragment.strip():
        return ""
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip()
