"""The export format an output name asks for, and a --format its suffix contradicts."""

from __future__ import annotations

import pytest

from eventwire.errors import ExportError
from eventwire.export.formats import resolve_format


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
    assert resolve_format(out, fmt, is_folder=out == "tables.csv") == fmt


@pytest.mark.parametrize(
    ("out", "fmt"), [("x.parquet", "csv"), ("x.csv", "jsonl"), ("x.jsonl", "cameo-tsv")]
)
def test_a_format_the_suffix_contradicts_is_refused(out: str, fmt: str) -> None:
    with pytest.raises(ExportError, match=r"leave --format out") as err:
        resolve_format(out, fmt)
    assert err.value.code == "EW700" and repr(out) in str(err.value)
