"""Export writers: ``jsonl`` (full contract objects), ``csv``/``parquet`` (one row per event).

A CSV or Parquet export holds events only, so the quotes go to a second file next to it, one row
per quote (:func:`quotes_path`: ``events.csv`` → ``events.quotes.csv``). JSONL objects carry their
quotes already.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

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
from eventwire.records import ArticleResult

FORMATS = ("jsonl", "csv", "parquet")


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
        out.write(json.dumps(result.to_dict(with_text=True), ensure_ascii=False) + "\n")
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
    results: Iterable[ArticleResult], path: Path, quotes: Path | None
) -> tuple[int, int]:
    events: list[dict[str, Any]] = []
    quote_list: list[dict[str, Any]] = []
    for result in results:
        events.extend(event_rows([result]))
        quote_list.extend(quote_row(result, q) for q in result.quotes)
    _parquet_table(events, EVENT_COLUMN_TYPES, path)
    if quotes is not None:
        _parquet_table(quote_list, QUOTE_COLUMN_TYPES, quotes)
    return len(events), len(quote_list)


def _parquet_table(rows: list[dict[str, Any]], columns: dict[str, str], path: Path) -> None:
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


def export_all(results: Iterable[ArticleResult], fmt: str, out: Path) -> ExportSummary:
    """Write ``results`` to ``out`` in ``fmt``; CSV and Parquet also write :func:`quotes_path`.

    Raises:
        ExportError: ``fmt`` is not one of :data:`FORMATS`, or a file cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    side = quotes_path(out) if fmt != "jsonl" and out.name else None
    targets = [out, side] if side else [out]
    for path in targets:
        if not path.name or path.is_dir():
            raise ExportError(f"cannot write {path}: it is a folder, not a file name")
    # Written beside the targets, then moved into place: a failure leaves old files as they were.
    parts = [path.with_name(f".{path.name}.part") for path in targets]
    try:
        summary = _export(results, fmt, *parts)
        for part, path in zip(parts, targets, strict=True):
            part.replace(path)
    except OSError as exc:
        where = exc.filename or out
        raise ExportError(f"cannot write {where}: {exc.strerror or exc}") from exc
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return dataclasses.replace(summary, quotes_path=side)


def _export(
    results: Iterable[ArticleResult], fmt: str, out: Path, side: Path | None = None
) -> ExportSummary:
    if fmt == "jsonl" or side is None:
        counted = _Counting(results)
        with out.open("w", encoding="utf-8") as fh:
            n = write_jsonl(counted.results, fh)
        return ExportSummary(n, counted.quotes)
    if fmt == "parquet":
        return ExportSummary(*_write_parquet(results, out, side), side)
    with (
        out.open("w", encoding="utf-8", newline="") as fh,
        side.open("w", encoding="utf-8", newline="") as qfh,
    ):
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
    "ExportSummary",
    "event_row",
    "export",
    "export_all",
    "quotes_path",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
