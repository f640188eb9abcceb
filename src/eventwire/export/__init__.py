"""Exports, one module per output format family:

- ``writers``: ``jsonl`` (full contract objects), ``csv``/``parquet`` of events in one file with
  the quote table beside it (flat rows in ``rows``), and the atomic file handling all use;
- ``tables``: ``csv``/``parquet`` folders, one file per table (articles, events, fused events,
  actors, places, quotes, stories);
- ``fused``: one record per fused event in ``plover`` (``plover``), ``cameo-tsv`` (``gdelt``) or
  ``acled-csv`` (``acled``), reading member articles through ``sources``; country codes and
  populated places from ``geo``.
"""

from eventwire.export.acled import ACLED_COLUMNS, acled_row, write_acled_csv
from eventwire.export.fused import FUSED_FORMATS, export_fused
from eventwire.export.gdelt import GDELT_COLUMNS, gdelt_row, write_cameo_tsv
from eventwire.export.plover import plover_record, write_plover
from eventwire.export.rows import (
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    event_row,
    event_rows,
    quote_row,
    quote_rows,
)
from eventwire.export.sources import ArticleIndex, ArticleInfo, article_info, index_articles
from eventwire.export.tables import TABLE_FORMATS, TABLES, TableSources, export_tables
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
    "ACLED_COLUMNS",
    "EVENT_COLUMNS",
    "FORMATS",
    "FUSED_FORMATS",
    "GDELT_COLUMNS",
    "QUOTE_COLUMNS",
    "STDOUT",
    "TABLES",
    "TABLE_FORMATS",
    "ArticleIndex",
    "ArticleInfo",
    "ExportSummary",
    "TableSources",
    "acled_row",
    "article_info",
    "event_row",
    "event_rows",
    "export",
    "export_all",
    "export_fused",
    "export_tables",
    "gdelt_row",
    "index_articles",
    "plover_record",
    "quote_row",
    "quote_rows",
    "quotes_path",
    "write_acled_csv",
    "write_cameo_tsv",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]
