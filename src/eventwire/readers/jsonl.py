"""JSON Lines: one object per line with ``text`` and optional ``id``, ``published`` (or ``date``,
``dct``, ``story_date``), ``source``, ``url``, ``title``.

Lines are read and decoded one at a time, so a bad line (broken JSON, bad bytes, a missing
field) is reported as ``path:line`` and the next line is read as usual. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import BadRecordError, InputError
from eventwire.readers.base import Item, ReadOptions, article_from_fields, decode_bytes


def parse_line(line: str, where: str, options: ReadOptions) -> Item:
    """Turn one JSON line into an Article.

    Args:
        line: the line, without being stripped (the text inside is used exactly as given).
        where: ``path:line``, for errors.
        options: defaults for fields the object lacks.

    Returns:
        ``(where, article)`` or the :class:`~eventwire.errors.InputError` for this line.
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        # Some messages end in "at" ("Unterminated string starting at"): say it once.
        msg = err.msg.removesuffix(" at")
        return BadRecordError(where, f"broken JSON: {msg} at column {err.colno}")
    if not isinstance(obj, dict):
        return BadRecordError(where, f"expected a JSON object, got {type(obj).__name__}")
    return article_from_fields(obj, where, options)


def read_jsonl_lines(
    lines: Iterable[str | bytes], path: str, options: ReadOptions
) -> Iterator[Item]:
    """Read JSON Lines from any iterable of lines (a binary file, a text stream, a list).

    Args:
        lines: the lines; bytes are decoded as UTF-8 line by line.
        path: the name used in ``path:line``.
        options: defaults for fields the objects lack.

    Yields:
        ``(path:line, article)`` or an :class:`~eventwire.errors.InputError` per non-blank line.
    """
    for number, raw in enumerate(lines, start=1):
        where = f"{path}:{number}"
        line = decode_bytes(raw, where) if isinstance(raw, bytes) else raw
        if isinstance(line, InputError):
            yield line
            continue
        if number == 1:
            line = line.removeprefix("\ufeff")
        if line.strip():
            yield parse_line(line, where, options)


def read_jsonl_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Read a ``.jsonl`` file line by line.

    Raises:
        OSError: the file cannot be opened or read (the caller reports it).
    """
    with path.open("rb") as stream:
        yield from read_jsonl_lines(stream, where, options)
