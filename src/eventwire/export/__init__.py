"""Exports: one module per output format family (see ``writers``); flat event and quote rows in
``rows``."""

from eventwire.export.rows import (
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    event_row,
    event_rows,
    quote_row,
    quote_rows,
)
from eventwire.export.writers import (
    FORMATS,
    STDOUT,
    ExportSummary,
    export,
    export_all,
    quotes_path,
    write_csv,
    write_jsonl,
    write_parquet,
)

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "STDOUT",
    "QUOTE_COLUMNS",
    "ExportSummary",
    "event_row",
    "event_rows",
    "export",
    "export_all",
    "quote_row",
    "quote_rows",
    "quotes_path",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
