"""Exports: one module per output format family (see ``writers``); flat event rows in ``rows``."""

from eventwire.export.rows import EVENT_COLUMNS, event_row, event_rows
from eventwire.export.writers import FORMATS, export, write_csv, write_jsonl, write_parquet

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "event_row",
    "event_rows",
    "export",
    "write_csv",
    "write_jsonl",
    "write_parquet",
]
