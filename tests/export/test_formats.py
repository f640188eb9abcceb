"""The export format an output name asks for, and a warning for a --format its suffix
contradicts."""

from __future__ import annotations

import pytest

from eventwire.export.formats import resolve_format, suffix_warning


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        ("out.csv", "csv"),
        ("OUT.CSV", "csv"),
        ("dir/out.parquet", "parquet"),
        ("out.jsonl", "jsonl"),
        ("out.ndjson", "jsonl"),
        ("events.tsv", "cameo-tsv"),
        ("out.txt", "jsonl"),  # an unknown suffix keeps the default
        ("out", "jsonl"),
        ("-", "jsonl"),
    ],
)
def test_suffix_picks_the_format_when_none_is_given(out: str, expected: str) -> None:
    assert resolve_format(out, None) == expected


def test_a_folder_gets_the_csv_tables() -> None:
    assert resolve_format("tables/", None, is_folder=True) == "csv"


@pytest.mark.parametrize(
    ("out", "fmt"),
    [
        ("x.csv", "acled-csv"),
        ("x.jsonl", "plover"),
        ("x.txt", "parquet"),
        ("-", "csv"),
        ("tables.csv", "parquet"),  # a folder's name says nothing about its files
    ],
)
def test_a_format_the_suffix_allows_is_kept(out: str, fmt: str) -> None:
    folder = out == "tables.csv"
    assert resolve_format(out, fmt, is_folder=folder) == fmt
    assert suffix_warning(out, fmt, is_folder=folder) is None


@pytest.mark.parametrize(
    ("out", "fmt"),
    [
        ("x.parquet", "csv"),
        ("x.csv", "jsonl"),
        ("x.jsonl", "cameo-tsv"),
        ("e.export.CSV", "cameo-tsv"),
    ],
)
def test_a_format_the_suffix_contradicts_is_written_with_a_warning(out: str, fmt: str) -> None:
    assert resolve_format(out, fmt) == fmt
    warning = suffix_warning(out, fmt)
    assert warning is not None and repr(out) in warning and fmt in warning
