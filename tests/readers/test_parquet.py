"""Parquet files: the JSONL fields as columns, bad rows reported as ``path:row``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.errors import InputError
from eventwire.readers import read_inputs


def test_parquet_reads_rows_with_optional_columns(tmp_path: Path) -> None:
    path = tmp_path / "shard.parquet"
    table = pa.table(
        {
            "ID": ["p1", "p2", "p3"],
            "text": ["Police arrested ten protesters in Nairobi.", None, "Troops shelled Goma."],
            "published": [dt.date(2021, 11, 5), None, dt.date(2022, 1, 2)],
            "source": ["Wire", None, None],
            "extra": [1, 2, 3],
        }
    )
    pq.write_table(table, path)
    errors: list[InputError] = []
    articles = list(read_inputs([str(path)], source="Default", on_error=errors.append))
    assert [(a.id, a.published, a.source) for a in articles] == [
        ("p1", dt.date(2021, 11, 5), "Wire"),
        ("p3", dt.date(2022, 1, 2), "Default"),
    ]
    assert [e.where for e in errors] == [f"{path}:2"]


def test_parquet_without_text_column_or_not_parquet(tmp_path: Path) -> None:
    no_text = tmp_path / "a.parquet"
    pq.write_table(pa.table({"body": ["x"]}), no_text)
    broken = tmp_path / "b.parquet"
    broken.write_text("not parquet at all")
    errors: list[InputError] = []
    assert list(read_inputs([str(no_text), str(broken)], on_error=errors.append)) == []
    assert [type(e).__name__ for e in errors] == ["BadRecordError", "UnreadableInputError"]
    assert "no 'text' column" in errors[0].reason
