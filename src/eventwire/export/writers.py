"""Export writers: ``jsonl`` (full contract objects), ``csv``/``parquet`` (one row per event)."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from eventwire.errors import EventwireError
from eventwire.export.rows import EVENT_COLUMN_TYPES, EVENT_COLUMNS, event_row, event_rows
from eventwire.records import ArticleResult


def write_jsonl(results: Iterable[ArticleResult], out: TextIO) -> int:
    """One contract object per article, with its text; returns the number of articles."""
    n = 0
    for result in results:
        out.write(json.dumps(result.to_dict(with_text=True), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(results: Iterable[ArticleResult], out: TextIO) -> int:
    """One row per event; returns the number of events."""
    writer = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS))
    writer.writeheader()
    n = 0
    for row in event_rows(results):
        writer.writerow(row)
        n += 1
    return n


def write_parquet(results: Iterable[ArticleResult], path: Path) -> int:
    """One row per event in a Parquet file (for pandas, polars, DuckDB)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(event_rows(results))
    table = pa.Table.from_pylist(rows, schema=_schema(pa)) if rows else _schema(pa).empty_table()
    pq.write_table(table, path)
    return len(rows)


def _schema(pa: Any) -> Any:
    """The Parquet schema of the flat event table, from its one column table."""
    types = {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string()}
    return pa.schema([(col, types[kind]) for col, kind in EVENT_COLUMN_TYPES.items()])


FORMATS = ("jsonl", "csv", "parquet")


def export(results: Iterable[ArticleResult], fmt: str, out: Path) -> int:
    """Write ``results`` to ``out`` in ``fmt``; returns rows written (articles for jsonl)."""
    writers: dict[str, Callable[[Iterable[ArticleResult], TextIO], int]] = {
        "jsonl": write_jsonl,
        "csv": write_csv,
    }
    if fmt == "parquet":
        return write_parquet(results, out)
    if fmt not in writers:
        raise EventwireError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    with out.open("w", encoding="utf-8", newline="") as fh:
        return writers[fmt](results, fh)


__all__ = ["FORMATS", "event_row", "export", "write_csv", "write_jsonl", "write_parquet"]
