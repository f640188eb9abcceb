"""``read_inputs``: paths, folders, URLs and standard input in; checked Articles out.

Every bad record goes to ``on_error`` (or is raised, in strict mode) and reading goes on with the
next record; good records come out in input order.
"""

from __future__ import annotations

import datetime as dt
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

from eventwire.errors import ArticleTooLargeError, InputError, UnreadableInputError
from eventwire.readers import csv_reader, feed, html, jsonl, parquet, text
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
    ".parquet": parquet.read_parquet_file,
}
# Binary formats: their reader checks the file itself (the text sniff would call them binary).
BINARY_FORMATS = frozenset({".parquet"})


def _os_reason(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    """Read one file with the reader its extension calls for, after checking it is text.
    A FIFO is read once, as a stream, the way standard input is.

    Yields:
        The reader's items; an :class:`UnreadableInputError` when the file cannot be read.
    """
    where = str(path)
    if _special_kind(path) == "a FIFO":
        yield from _read_fifo(path, options)
        return
    reader = READERS.get(path.suffix.lower(), text.read_text_file)
    try:
        if path.suffix.lower() not in BINARY_FORMATS:
            with path.open("rb") as stream:
                binary = sniff_binary(stream.read(SNIFF_BYTES), where)
            if binary is not None:
                yield binary
                return
        yield from reader(path, where, options)
    except OSError as err:
        yield UnreadableInputError(where, _os_reason(err))


def _read_fifo(path: Path, options: ReadOptions) -> Iterator[Item]:
    try:
        with path.open("rb") as stream:
            yield from read_stdin(stream, options, str(path))
    except OSError as err:
        yield UnreadableInputError(str(path), _os_reason(err))


_SPECIAL_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def _special_kind(path: Path) -> str | None:
    """What a path is when it is no regular file or folder (reading it could block for ever),
    else ``None``; a path that cannot be looked at is left to the reader to report."""
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError):
        return None
    return _SPECIAL_KINDS.get(stat.S_IFMT(mode))


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


def read_stdin(
    stream: TextIO | BinaryIO, options: ReadOptions, name: str = STDIN_NAME
) -> Iterator[Item]:
    """Read standard input (or another stream, such as a FIFO, called ``name``): JSONL when its
    first non-blank character is ``{``, else one article.

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
        yield from jsonl.read_jsonl_lines(chain(peeked, lines), name, options)
        return
    # UTF-8 has at most 4 bytes a character: past that many, the text is surely too long.
    data, more = _read_capped(chain(peeked, lines), 4 * options.max_chars)
    if more:
        limit = f"{options.max_chars:,} characters (setting input.max_chars)"
        what = "standard input" if name == STDIN_NAME else "the stream"
        yield ArticleTooLargeError(name, f"{what} is more than the limit of {limit}")
        return
    decoded = decode_bytes(data, name) if isinstance(data, bytes) else data
    if isinstance(decoded, InputError):
        yield decoded
        return
    yield text.parse_text(decoded.removeprefix("\ufeff"), name, options)


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
            yield from _read_folder(Path(arg), glob, options)
        else:
            yield from read_file(Path(arg), options)


def _read_folder(folder: Path, glob: str, options: ReadOptions) -> Iterator[Item]:
    """Every file of a folder matching ``glob``; FIFOs, sockets and devices are reported and
    skipped (a FIFO would wait for a writer for ever), and so is a glob that matches nothing."""
    files = folder_files(folder, glob)
    if not files:
        yield UnreadableInputError(str(folder), f"no files in this folder match the glob {glob!r}")
    for path in files:
        kind = _special_kind(path)
        if kind is None:
            yield from read_file(path, options)
        else:
            how = " (name it on its own to read it as a stream)" if kind == "a FIFO" else ""
            yield UnreadableInputError(str(path), f"{kind}, not a regular file: skipped{how}")


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
            JSONL, CSV/TSV, Parquet, HTML, RSS/Atom); ``.txt`` and unknown extensions are plain
            text.
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
