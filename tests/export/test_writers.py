"""Exports: JSONL round-trips the contract; CSV and Parquet share one typed column table."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.errors import EventwireError
from eventwire.export import EVENT_COLUMNS, export, write_csv, write_jsonl
from eventwire.records import Actor, Article, ArticleResult, Casualties, Count, Event, Span


def _result() -> ArticleResult:
    text = "Police arrested ten protesters."
    return ArticleResult(
        article=Article("a1", text, "Wire", dt.date(2024, 3, 6)),
        actors=[Actor("a1", "police", "group", "KEN", "COP", None, [Span("Police", 0, 6)])],
        events=[
            Event(
                "e1",
                "COERCE",
                Span("arrested", 7, 15),
                Span(text, 0, len(text)),
                mode="arrest",
                cameo="173",
                quad=4,
                source=["a1"],
                casualties=Casualties(arrested=Count(10, 10, "ten")),
                confidence=0.8,
            )
        ],
    )


def test_writers_jsonl_round_trips_the_contract() -> None:
    buf = io.StringIO()
    assert write_jsonl([_result()], buf) == 1
    assert json.loads(buf.getvalue()) == _result().to_dict(with_text=True)


def test_writers_csv_has_every_column_once() -> None:
    buf = io.StringIO()
    assert write_csv([_result()], buf) == 1
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(row) == EVENT_COLUMNS
    assert (row["source_actors"], row["arrested_min"]) == ("police", "10")


def test_writers_parquet_types_follow_the_column_table(tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert export([_result()], "parquet", out) == 1
    table = pq.read_table(out)
    assert table.column_names == list(EVENT_COLUMNS)
    assert str(table.schema.field("arrested_min").type) == "int64"
    assert str(table.schema.field("negated").type) == "bool"
    assert export([], "parquet", tmp_path / "empty.parquet") == 0


def test_writers_unknown_format_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(EventwireError, match="unknown export format"):
        export([_result()], "xml", tmp_path / "x")
