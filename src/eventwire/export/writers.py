"""Export writers: ``jsonl`` (full contract objects), ``csv``/``parquet`` (one row per event).

A CSV or Parquet export holds events only, so the quotes go to a second file next to it, one row
per quote (:func:`quotes_path`: ``events.csv`` → ``events.quotes.csv``). JSONL objects carry their
quotes already.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar

from eventwire.errors import ExportError
from eventwire.export.rows import (
    EVENT_COLUMN_TYPES,
    EVENT_COLUMNS,
    QUOTE_COLUMN_TYPES,
    QUOTE_COLUMNS,
    event_row,
    event_rows,
    quote_row,
)
from eventwire.jsonlines import dumps_line
from eventwire.records import ArticleResult

FORMATS = ("jsonl", "csv", "parquet")

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote: rows in ``out`` (articles for jsonl, else events) and quotes."""

    rows: int
    quotes: int
    #: The quote table written next to a CSV/Parquet export; ``None`` for JSONL.
    quotes_path: Path | None = None


def quotes_path(out: Path) -> Path:
    """Where a CSV/Parquet export's quote table goes: ``events.csv`` → ``events.quotes.csv``."""
    return out.with_name(f"{out.stem}.quotes{out.suffix}")


def write_jsonl(results: Iterable[ArticleResult], out: TextIO) -> int:
    """One contract object per article, with its text and quotes; returns the number of articles."""
    n = 0
    for result in results:
        out.write(dumps_line(result.to_dict(with_text=True)))
        n += 1
    return n


def write_csv(results: Iterable[ArticleResult], out: TextIO, quotes: TextIO | None = None) -> int:
    """One row per event; with ``quotes``, one row per quote there too. Returns events written."""
    return _write_csv(results, out, quotes)[0]


def _write_csv(
    results: Iterable[ArticleResult], out: TextIO, quotes: TextIO | None
) -> tuple[int, int]:
    writer = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS))
    writer.writeheader()
    quote_writer = csv.DictWriter(quotes, fieldnames=list(QUOTE_COLUMNS)) if quotes else None
    if quote_writer is not None:
        quote_writer.writeheader()
    n_events = n_quotes = 0
    for result in results:  # one pass: results may be a stream from the store
        for event in result.events:
            writer.writerow(event_row(result, event))
            n_events += 1
        if quote_writer is not None:
            for quote in result.quotes:
                quote_writer.writerow(quote_row(result, quote))
                n_quotes += 1
    return n_events, n_quotes


def write_parquet(results: Iterable[ArticleResult], path: Path, quotes: Path | None = None) -> int:
    """One row per event in a Parquet file (for pandas, polars, DuckDB); with ``quotes``, the
    quote table in a second file. Returns events written."""
    return _write_parquet(results, path, quotes)[0]


def _write_parquet(
    results: Iterable[ArticleResult], path: Path | BinaryIO, quotes: Path | None
) -> tuple[int, int]:
    events: list[dict[str, Any]] = []
    quote_list: list[dict[str, Any]] = []
    for result in results:
        events.extend(event_rows([result]))
        quote_list.extend(quote_row(result, q) for q in result.quotes)
    parquet_table(events, EVENT_COLUMN_TYPES, path)
    if quotes is not None:
        parquet_table(quote_list, QUOTE_COLUMN_TYPES, quotes)
    return len(events), len(quote_list)


def parquet_table(
    rows: list[dict[str, Any]], columns: dict[str, str], path: Path | BinaryIO
) -> None:
    """Write ``rows`` to a Parquet file whose schema is ``columns`` (name → str, int, float or
    bool), in their order; an empty table keeps the schema."""
    import pyarrow.parquet as pq

    schema = _schema(columns)
    table = schema.empty_table() if not rows else _from_rows(rows, schema)
    pq.write_table(table, path)


def _from_rows(rows: list[dict[str, Any]], schema: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schema)


def _schema(columns: dict[str, str]) -> Any:
    """The Parquet schema of a flat table, from its one column table."""
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(col, types[kind]) for col, kind in columns.items()])


STDOUT = "-"


@dataclass(frozen=True, slots=True)
class _Target:
    """Where an export goes: ``path`` with symlinks followed; ``direct`` for a character device
    or FIFO, written in place (a rename over ``/dev/null`` would replace the device)."""

    path: Path
    direct: bool = False


def _target(out: Path) -> _Target:
    """Classify ``out``; refuse what must not be written to or replaced.

    Raises:
        ExportError: a folder, a block device, a socket, or a symlink that cannot be followed.
    """
    try:
        # A symlink keeps pointing where it did: its target is what gets replaced.
        real = out.resolve() if out.is_symlink() else out
        mode = real.stat().st_mode
    except FileNotFoundError:
        return _Target(real)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise ExportError(f"cannot write {out}: {getattr(exc, 'strerror', None) or exc}") from exc
    if stat.S_ISREG(mode):
        return _Target(real)
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return _Target(real, direct=True)
    kind = "a folder" if stat.S_ISDIR(mode) else _SPECIAL.get(stat.S_IFMT(mode), "not a file")
    raise ExportError(
        f"cannot write {out}: it is {kind}; give a file name, a character device or FIFO, "
        "or - for standard output"
    )


# A block device is a disk: an export written over it would destroy a file system.
_SPECIAL = {stat.S_IFBLK: "a block device (a disk)", stat.S_IFSOCK: "a socket"}


def export_all(results: Iterable[ArticleResult], fmt: str, out: Path) -> ExportSummary:
    """Write ``results`` to ``out`` in ``fmt``; CSV and Parquet also write :func:`quotes_path`.

    A regular file is written beside itself and moved into place, so a failure leaves the old
    file as it was; a symlink's target is replaced and the link kept; a character device or a
    FIFO is written to directly and ``-`` means standard output (neither gets a quote table,
    having no file name to put it beside).

    Raises:
        ExportError: ``fmt`` is not one of :data:`FORMATS`, or a file cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if str(out) == STDOUT:
        return _export_stream(results, fmt)
    target = _target(out)
    if target.direct:
        return _guarded(out, lambda: _export(results, fmt, target.path))
    side = _target(quotes_path(out)) if fmt != "jsonl" else None
    if side is not None and side.direct:
        raise ExportError(f"cannot write the quote table to {side.path}: it is not a file")
    return _replace(results, fmt, target.path, side.path if side else None)


def _replace(
    results: Iterable[ArticleResult], fmt: str, out: Path, side: Path | None
) -> ExportSummary:
    targets = [out, side] if side else [out]
    summary = replace_files(targets, lambda parts: _export(results, fmt, *parts))
    return dataclasses.replace(summary, quotes_path=side)


def replace_files(targets: Sequence[Path], write: Callable[[list[Path]], _T]) -> _T:
    """Call ``write`` with a hidden ``.NAME.part`` path beside each target, then move each part
    into place: a failed write leaves the old files as they were. OS errors become ExportError.
    """
    for path in targets:
        if not path.parent.is_dir():
            # Said here, not by the OS: its error would name the hidden part file.
            raise ExportError(f"cannot write {path}: the folder {path.parent} does not exist")
    parts = [path.with_name(f".{path.name}.part") for path in targets]
    names = {str(part): path for part, path in zip(parts, targets, strict=True)}
    try:
        result = _guarded(targets[0], lambda: write(parts), names)
        for part, path in zip(parts, targets, strict=True):
            _guarded(path, functools.partial(part.replace, path), names)
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return result


def write_text_export(out: Path, write: Callable[[TextIO], _T]) -> _T:
    """Run ``write`` on a text stream for ``out``: standard output for ``-``, a character device
    or FIFO in place, else a file written beside ``out`` and moved into place (see
    :func:`export_all`).

    Raises:
        ExportError: ``out`` cannot be written (a folder, a disk, a socket, a missing folder).
    """
    if str(out) == STDOUT:
        return write(sys.stdout)
    target = _target(out)

    def to(path: Path) -> _T:
        with path.open("w", encoding="utf-8", newline="") as fh:
            return write(fh)

    if target.direct:
        return _guarded(out, lambda: to(target.path))
    return replace_files([target.path], lambda parts: to(parts[0]))


def check_file_target(out: Path) -> Path:
    """``out`` with symlinks followed, if it may be replaced by a regular file.

    Raises:
        ExportError: ``out`` is a folder, a device, a FIFO, a socket or a symlink loop.
    """
    target = _target(out)
    if target.direct:
        raise ExportError(f"cannot write {out}: it is not a file")
    return target.path


def _guarded(out: Path, write: Callable[[], _T], names: Mapping[str, Path] | None = None) -> _T:
    """Run ``write``; an OS error becomes an ExportError naming the file (a part file by the
    file it stands for, ``names``: the user never named ``.x.csv.part``)."""
    try:
        return write()
    except OSError as exc:
        where = exc.filename or out
        where = (names or {}).get(str(where), where)
        raise ExportError(f"cannot write {where}: {exc.strerror or exc}") from exc


def _export_stream(results: Iterable[ArticleResult], fmt: str) -> ExportSummary:
    """Export to standard output: JSONL and CSV as text, Parquet as bytes; no quote table."""
    if fmt == "parquet":
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            raise ExportError("standard output takes no bytes here; export Parquet to a file")
        sys.stdout.flush()
        summary = ExportSummary(*_write_parquet(results, buffer, None))
        buffer.flush()
        return summary
    if fmt == "csv":
        return ExportSummary(*_write_csv(results, sys.stdout, None))
    counted = _Counting(results)
    n = write_jsonl(counted.results, sys.stdout)
    return ExportSummary(n, counted.quotes)


def _export(
    results: Iterable[ArticleResult], fmt: str, out: Path, side: Path | None = None
) -> ExportSummary:
    """Write ``out`` (and the quote table ``side``, for CSV and Parquet, when given)."""
    if fmt == "jsonl":
        counted = _Counting(results)
        with out.open("w", encoding="utf-8") as fh:
            n = write_jsonl(counted.results, fh)
        return ExportSummary(n, counted.quotes)
    if fmt == "parquet":
        # Through a file object: a FIFO or device cannot be opened the way pyarrow opens paths.
        with out.open("wb") as fh:
            return ExportSummary(*_write_parquet(results, fh, side), side)
    with out.open("w", encoding="utf-8", newline="") as fh:
        if side is None:
            return ExportSummary(*_write_csv(results, fh, None))
        with side.open("w", encoding="utf-8", newline="") as qfh:
            return ExportSummary(*_write_csv(results, fh, qfh), side)


def export(results: Iterable[ArticleResult], fmt: str, out: Path) -> int:
    """Write ``results`` to ``out`` in ``fmt``; returns rows written (articles for jsonl).

    CSV and Parquet exports also write their quotes next to ``out`` (see :func:`export_all`).
    """
    return export_all(results, fmt, out).rows


@dataclass
class _Counting:
    """Passes results through, counting their quotes (for the JSONL summary)."""

    source: Iterable[ArticleResult]
    quotes: int = 0

    @property
    def results(self) -> Iterator[ArticleResult]:
        for result in self.source:
            self.quotes += len(result.quotes)
            yield result


__all__ = [
    "FORMATS",
    "STDOUT",
    "ExportSummary",
    "check_file_target",
    "event_row",
    "export",
    "export_all",
    "parquet_table",
    "quotes_path",
    "replace_files",
    "write_text_export",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
