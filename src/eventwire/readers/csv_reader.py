"""CSV (and ``.tsv``) files with a header row naming a ``text`` column.

The other columns the JSONL reader knows (``id``, ``published``/``date``/``dct``/``story_date``,
``source``, ``url``, ``title``) are read the same way; header names are matched without regard to
case or surrounding spaces, and empty cells count as missing. Errors name the line a row starts on
(bytes that are not UTF-8: the line they are on).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import ArticleTooLargeError, BadRecordError, EmptyArticleError, InputError
from eventwire.readers.base import Item, ReadOptions, article_from_fields, decode_bytes


class _DecodedLines:
    """Decode a binary file line by line for :mod:`csv`, keeping each line's decoding error.

    A line that does not decode is handed to :mod:`csv` with replacement characters (so the rows
    after it still parse) and its error is reported for the row it belongs to.
    """

    def __init__(self, raw_lines: Iterable[bytes], path: str) -> None:
        self._raw_lines = raw_lines
        self._path = path
        self.errors: dict[int, InputError] = {}

    def __iter__(self) -> Iterator[str]:
        for number, raw in enumerate(self._raw_lines, start=1):
            text = decode_bytes(raw, f"{self._path}:{number}")
            if isinstance(text, InputError):
                self.errors[number] = text
                # csv refuses NUL bytes; the row is reported anyway.
                text = raw.replace(b"\x00", b"").decode("utf-8", errors="replace")
            yield text.removeprefix("\ufeff") if number == 1 else text

    def error_between(self, first: int, last: int) -> InputError | None:
        """The first decoding error on lines ``first`` to ``last`` (1-based, inclusive)."""
        return next((self.errors[n] for n in range(first, last + 1) if n in self.errors), None)


def _row_item(row: list[str], columns: list[str], where: str, options: ReadOptions) -> Item:
    fields = dict(zip(columns, row, strict=False))
    if not fields.get("text"):
        return BadRecordError(where, "row without text (the 'text' cell is missing or empty)")
    return article_from_fields(fields, where, options)


def read_csv_rows(
    lines: _DecodedLines, path: str, options: ReadOptions, delimiter: str = ","
) -> Iterator[Item]:
    """Read the rows of a CSV file whose lines come from ``lines``.

    Yields:
        ``(path:line, article)`` or an :class:`~eventwire.errors.InputError` per non-blank row.
    """
    reader = csv.reader(lines, delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        yield EmptyArticleError(path, "empty CSV file")
        return
    columns = [name.strip().lower() for name in header]
    if "text" not in columns:
        yield BadRecordError(f"{path}:1", f"no 'text' column in the header ({', '.join(header)})")
        return
    while True:
        first = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield _csv_error(err, f"{path}:{first}", options)
            continue
        where = f"{path}:{first}"
        bad_bytes = lines.error_between(first, reader.line_num)
        if bad_bytes is not None:
            yield bad_bytes
        elif any(cell.strip() for cell in row):
            yield _row_item(row, columns, where, options)


def _csv_error(err: csv.Error, where: str, options: ReadOptions) -> InputError:
    if "field limit" in str(err):
        return ArticleTooLargeError(
            where,
            f"a cell is more than the limit of {options.max_chars:,} characters "
            "(setting input.max_chars)",
        )
    return BadRecordError(where, f"broken CSV: {err}")


def read_csv_file(path: Path, where: str, options: ReadOptions) -> Iterator[Item]:
    """Read a ``.csv`` (comma) or ``.tsv`` (tab) file row by row.

    Raises:
        OSError: the file cannot be opened or read (the caller reports it).
    """
    # csv's field limit (128 KiB by default) is process-wide; articles up to max_chars must fit,
    # and longer cells are reported by _csv_error instead of being read.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_chars))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open("rb") as stream:
        yield from read_csv_rows(_DecodedLines(stream, where), where, options, delimiter)
