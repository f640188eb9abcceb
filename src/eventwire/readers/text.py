"""Plain-text articles (``.txt`` and any extension no other reader claims).

The whole file is the text, unless its first line starts with the seed-style header
``date YYYY-MM-DD SOURCE/``: then the header gives ``published`` and ``source`` and is removed,
and the text is what follows the slash (same line and following lines), leading whitespace
stripped::

     date 2021-11-07 Shafaq News/ The Iraqi President, Barham Salih, lambasted ...
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from eventwire.errors import ArticleTooLargeError, BadRecordError, InputError
from eventwire.readers.base import Item, ReadOptions, decode_bytes, make_article

HEADER = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2}) ([^/\n]*)/")

# Chunk size for counting the characters of a file that may be over the limit.
_CHUNK = 1 << 20


def parse_text(text: str, where: str, options: ReadOptions) -> Item:
    """Turn the text of one file into an Article, reading the seed-style header if present.

    Args:
        text: the decoded file content.
        where: the path, for errors.
        options: defaults for ``published`` and ``source`` when there is no header.

    Returns:
        ``(where, article)``, or a :class:`BadRecordError` for a header with an impossible date.
    """
    match = HEADER.match(text)
    if not match:
        return where, make_article(text, options.source, options.published)
    try:
        published = dt.date.fromisoformat(match[1])
    except ValueError:
        reason = f"bad date {match[1]!r} in the 'date YYYY-MM-DD SOURCE/' header"
        return BadRecordError(f"{where}:1", reason)
    source = match[2].strip() or options.source
    body = text[match.end() :].lstrip()
    return where, make_article(body, source, published)


def _too_many_chars(stream: BinaryIO, max_chars: int) -> bool:
    """Whether a UTF-8 stream decodes to more than ``max_chars`` characters.

    Reads chunk by chunk and stops as soon as the limit is passed, so a huge file costs one
    chunk past the limit and never sits in memory whole.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    count = 0
    while chunk := stream.read(_CHUNK):
        count += len(decoder.decode(chunk))
        if count > max_chars:
            return True
    return count + len(decoder.decode(b"", final=True)) > max_chars


def read_text_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Read one text file as one article, rejecting over-large files before reading them whole.

    Args:
        path: the file.
        where: how to name it in errors.
        options: defaults and the ``max_chars`` limit.

    Yields:
        One ``(where, article)`` or one :class:`~eventwire.errors.InputError`.

    Raises:
        OSError: the file cannot be opened or read (the caller reports it).
    """
    with path.open("rb") as stream:
        # UTF-8 takes at least one byte per character, so only files with more bytes than the
        # limit can have too many characters; count those without loading them.
        size = path.stat().st_size
        if size > options.max_chars and _too_many_chars(stream, options.max_chars):
            yield ArticleTooLargeError(
                where,
                f"file has more than the limit of {options.max_chars:,} characters "
                "(setting input.max_chars)",
            )
            return
        stream.seek(0)
        data = stream.read()
    text = decode_bytes(data, where)
    del data  # the bytes are not needed once decoded; do not keep both while suspended
    yield text if isinstance(text, InputError) else parse_text(text, where, options)
