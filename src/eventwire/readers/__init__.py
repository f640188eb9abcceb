"""Readers: every input format → :class:`~eventwire.records.Article`; bad input reported, skipped.

One module per format (``text``, ``jsonl``, ``csv_reader``, ``parquet``, ``html``, ``feed``),
shared helpers in ``base``, the checks every article passes in ``checks``, and
:func:`read_inputs`, which reads paths, folders, feed URLs and standard input, in ``inputs``.
"""

from eventwire.readers.base import ReadOptions, parse_date
from eventwire.readers.checks import check_article, language_score
from eventwire.readers.csv_reader import read_csv_file
from eventwire.readers.feed import read_feed_file, read_feed_url
from eventwire.readers.html import parse_html, read_html_file
from eventwire.readers.inputs import read_inputs
from eventwire.readers.jsonl import read_jsonl_file, read_jsonl_lines
from eventwire.readers.parquet import read_parquet_file
from eventwire.readers.text import parse_text, read_text_file

__all__ = [
    "ReadOptions",
    "check_article",
    "language_score",
    "parse_date",
    "parse_html",
    "parse_text",
    "read_csv_file",
    "read_feed_file",
    "read_feed_url",
    "read_html_file",
    "read_inputs",
    "read_jsonl_file",
    "read_jsonl_lines",
    "read_parquet_file",
    "read_text_file",
]
