"""``read_inputs``: paths, folders, URLs and standard input in; checked Articles out.

Every bad record goes to ``on_error`` (or is raised, in strict mode) and reading goes on with the
next record; good records come out in input order.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

from eventwire.errors import ArticleTooLargeError, InputError, UnreadableInputError
from eventwire.readers import csv_reader, feed, html, jsonl, text
from eventwire.readers.base import (
    SNIFF_BYTES,
    FileReader,
    Item,
    ReadOptions,
    decode_bytes,
    sniff_binary,
)
from eventwire.readers.checks import check_article
from eventwire.records import Article

STDIN = "-"
STDIN_NAME = "<stdin>"

# Reader by file extension; anything else is read as plain text.
READERS: dict[str, FileReader] = {
    ".jsonl": jsonl.read_jsonl_file,
    # Many "JSON" article dumps are really one object per line; a pretty-printed file gets a
    # broken-JSON report per line rather than being taken for prose.
    ".json": jsonl.read_jsonl_file,
    ".ndjson": jsonl.read_jsonl_file,
    ".csv": csv_reader.read_csv_file,
    ".tsv": csv_reader.read_csv_file,
    ".html": html.read_html_file,
    ".htm": html.read_html_file,
    ".xhtml": html.read_html_file,
    ".xml": feed.read_feed_file,
    ".rss": feed.read_feed_file,
    ".atom": feed.read_feed_file,
}


def _os_reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    """Read one file with the reader its extension calls for, after checking it is text.

    Yields:
        The reader's items; an :class:`UnreadableInputError` when the file cannot be read.
    """
    where = str(path)
    reader = READERS.get(path.suffix.lower(), text.read_text_file)
    try:
        with path.open("rb") as stream:
            binary = sniff_binary(stream.read(SNIFF_BYTES), where)
        if binary is not None:
            yield binary
            return
        yield from reader(path, where, options)
    except OSError as err:
        yield UnreadableInputError(where, _os_reason(err))


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def folder_files(folder: Path, pattern: str) -> list[Path]:
    """The files of a folder matching a glob, hidden ones skipped, in a stable (sorted) order."""
    found = (p for p in folder.glob(pattern) if not _is_hidden(p.relative_to(folder)))
    # Not filtered with is_file(): an entry that vanishes before it is read is then reported.
    return sorted((p for p in found if not p.is_dir()), key=lambda p: p.relative_to(folder).parts)


def _read_capped(chunks: Iterable[str | bytes], cap: int) -> tuple[str | bytes, bool]:
    """Join chunks unless they hold more than ``cap`` characters or bytes (then say so)."""
    text_parts: list[str] = []
    byte_parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        if isinstance(chunk, bytes):
            byte_parts.append(chunk)
        else:
            text_parts.append(chunk)
        size += len(chunk)
        if size > cap:
            return "", True
    return (b"".join(byte_parts) if byte_parts else "".join(text_parts)), False


def _starts_json(line: str | bytes) -> bool:
    if isinstance(line, bytes):
        line = line.decode("utf-8", errors="replace")
    return line.removeprefix("\ufeff").lstrip().startswith("{")


def read_stdin(stream: TextIO | BinaryIO, options: ReadOptions) -> Iterator[Item]:
    """Read standard input: JSONL when its first non-blank character is ``{``, else one article.

    Yields:
        Items named ``<stdin>:line`` (JSONL) or ``<stdin>`` (text).
    """
    lines: Iterator[str | bytes] = iter(stream)
    peeked: list[str | bytes] = []
    for line in lines:
        peeked.append(line)
        if line.strip():
            break
    if peeked and _starts_json(peeked[-1]):
        yield from jsonl.read_jsonl_lines(chain(peeked, lines), STDIN_NAME, options)
        return
    # UTF-8 has at most 4 bytes a character: past that many, the text is surely too long.
    data, more = _read_capped(chain(peeked, lines), 4 * options.max_chars)
    if more:
        limit = f"{options.max_chars:,} characters (setting input.max_chars)"
        yield ArticleTooLargeError(STDIN_NAME, f"standard input is more than the limit of {limit}")
        return
    decoded = decode_bytes(data, STDIN_NAME) if isinstance(data, bytes) else data
    if isinstance(decoded, InputError):
        yield decoded
        return
    yield text.parse_text(decoded.removeprefix("\ufeff"), STDIN_NAME, options)


def _items(
    paths: Sequence[str], options: ReadOptions, glob: str, stdin: TextIO | BinaryIO | None
) -> Iterator[Item]:
    for arg in paths:
        if arg == STDIN:
            # Bytes from the real stdin, so bad encodings are reported like those of files.
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
            yield from read_stdin(stream, options)
        elif arg.startswith(("http://", "https://")):
            yield from feed.read_feed_url(arg, options)
        elif Path(arg).is_dir():
            for path in folder_files(Path(arg), glob):
                yield from read_file(path, options)
        else:
            yield from read_file(Path(arg), options)


def _checked(item: Item, max_chars: int) -> Article | InputError:
    if isinstance(item, InputError):
        return item
    where, article = item
    return check_article(article, where, max_chars) or article


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    source: str | None = None,
    glob: str = "**/*",
    max_chars: int = 1_000_000,
    on_error: Callable[[InputError], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article]:
    """Read articles from files, folders, feed URLs and standard input, in input order.

    Args:
        paths: files, folders (read recursively), ``http(s)://`` feed URLs, and ``-`` for
            standard input. A file's format comes from its extension (see :data:`READERS`:
            JSONL, CSV/TSV, HTML, RSS/Atom); ``.txt`` and unknown extensions are plain text.
        published: publication date for articles whose input gives none.
        source: source name for articles whose input gives none.
        glob: which files of a folder to read; hidden files and folders are always skipped.
        max_chars: articles longer than this are reported and skipped (``input.max_chars``).
        on_error: called with each bad record's :class:`~eventwire.errors.InputError`, after
            which reading goes on; ``None`` (strict mode) raises the first one instead.
        stdin: the stream ``-`` reads (default ``sys.stdin``); JSONL when it starts with ``{``,
            else one text article.

    Yields:
        One Article per good record.

    Raises:
        InputError: in strict mode, the first bad record.
    """
    if isinstance(paths, str):  # a lone path, not a sequence of one-letter paths
        paths = [paths]
    options = ReadOptions(published=published, source=source, max_chars=max_chars)
    for item in _items(paths, options, glob, stdin):
        checked = _checked(item, max_chars)
        if isinstance(checked, Article):
            yield checked
        elif on_error is None:
            raise checked
        else:
            on_error(checked)
