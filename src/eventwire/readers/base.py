"""What every format reader shares: options, decoding, binary sniffing, dates, field mapping.

A format reader is a generator of :data:`Item`: either ``(where, article)`` for a good record or
an :class:`~eventwire.errors.InputError` for a bad one. Readers *yield* errors instead of raising
them so that one bad record never stops the records after it; :func:`eventwire.readers.read_inputs`
decides whether to report or raise.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from eventwire.errors import BadRecordError, EncodingError, InputError, UnreadableInputError
from eventwire.records import Article

Record = tuple[str, Article]
"""A good record and where it came from (``path`` or ``path:line``)."""

Item = Record | InputError
"""What a format reader yields."""

# Enough bytes to tell text from binary without reading a whole file.
SNIFF_BYTES = 8192

# Field names, in order of preference, that give an article's publication date.
DATE_FIELDS = ("published", "date", "dct", "story_date")

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Bytes that never occur in text files (tab, newlines, form feed and escape are allowed).
_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13, 27})
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_COMPACT_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})(?:$|T)")
_DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d.%m.%Y")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Settings every reader needs; ``published`` and ``source`` fill fields the input lacks."""

    published: dt.date | None = None
    source: str | None = None
    max_chars: int = 1_000_000


FileReader = Callable[[Path, str, ReadOptions], Iterator[Item]]
"""Signature of a per-format file reader: ``(path, where, options) -> items``."""


def sniff_binary(head: bytes, where: str) -> InputError | None:
    """Tell from the first bytes of a file whether it cannot be text.

    Args:
        head: the first :data:`SNIFF_BYTES` bytes (or fewer) of the file.
        where: the path, for the error.

    Returns:
        An error for UTF-16 text or binary data, else ``None``.
    """
    if head.startswith(_UTF16_BOMS):
        return EncodingError(where, "UTF-16 text; save the file as UTF-8")
    if b"\x00" in head:
        return UnreadableInputError(where, "binary file")
    # Mostly control bytes: some binary formats contain no NUL in their first block.
    if head and len(head.translate(None, _CONTROL_BYTES)) < 0.9 * len(head):
        return UnreadableInputError(where, "binary file")
    return None


def decode_bytes(data: bytes, where: str) -> str | InputError:
    """Decode UTF-8 (a leading byte-order mark is dropped) or say why it cannot be done.

    Args:
        data: raw bytes of one article or one line.
        where: ``path`` or ``path:line``, for the error.

    Returns:
        The text, or an :class:`EncodingError` / :class:`UnreadableInputError`.
    """
    if b"\x00" in data:
        return UnreadableInputError(where, "binary file")
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        byte = data[err.start]
        return EncodingError(where, f"not valid UTF-8 (byte 0x{byte:02x} at {err.start})")


def parse_date(value: object) -> dt.date:
    """Read a publication date written in any of the usual ways.

    Accepts ``2021-11-07``, ``20211107`` (string or int), ISO date-times such as
    ``2021-11-07T10:00:00Z`` (the calendar date as written, no time-zone shift), RFC 2822 dates
    as in RSS, and a few spelled-out forms (``7 November 2021``, ``Nov 7, 2021``).

    Raises:
        ValueError: the value is not a date.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date string, got {type(value).__name__}")
    text = value.strip()
    match = _ISO_DAY.match(text) or _COMPACT_DAY.match(text)
    if match:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {value!r}") from None


def _optional_str(fields: Mapping[str, object], name: str, where: str) -> str | InputError | None:
    value = fields.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return BadRecordError(where, f"field {name!r} is {type(value).__name__}, expected a string")


def _published(
    fields: Mapping[str, object], where: str, default: dt.date | None
) -> dt.date | InputError | None:
    for name in DATE_FIELDS:
        value = fields.get(name)
        if value is None or value == "":
            continue
        try:
            return parse_date(value)
        except ValueError:
            return BadRecordError(where, f"bad date {value!r} in field {name!r}")
    return default


def article_from_fields(fields: Mapping[str, object], where: str, options: ReadOptions) -> Item:
    """Build an Article from a JSON object or CSV row (``text`` plus optional fields).

    The text is used exactly as given. ``published``/``source`` from the record win over the
    defaults in ``options``; the id is the record's ``id`` or :meth:`Article.make_id`.

    Returns:
        ``(where, article)`` or the :class:`BadRecordError` explaining what is wrong.
    """
    text = fields.get("text")
    if text is None or text == "":
        return BadRecordError(where, "no text (the 'text' field is missing or empty)")
    if not isinstance(text, str):
        return BadRecordError(where, f"field 'text' is {type(text).__name__}, expected a string")
    values: dict[str, str | None] = {}
    for name in ("id", "source", "url", "title"):
        value = _optional_str(fields, name, where)
        if isinstance(value, InputError):
            return value
        values[name] = value
    published = _published(fields, where, options.published)
    if isinstance(published, InputError):
        return published
    article = make_article(
        text,
        values["source"] or options.source,
        published,
        id=values["id"],
        url=values["url"],
        title=values["title"],
    )
    return where, article


def make_article(
    text: str,
    source: str | None,
    published: dt.date | None,
    *,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """An Article whose id is the given one, else the stable hash of source and text."""
    return Article(
        id=id or Article.make_id(source, text),
        text=text,
        source=source,
        published=published,
        url=url,
        title=title,
    )
