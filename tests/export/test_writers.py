"""Exports: JSONL round-trips the contract; CSV and Parquet share one typed column table and
write their quotes next to the events."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.errors import EventwireError, ExportError
from eventwire.export import (
    EVENT_COLUMNS,
    QUOTE_COLUMNS,
    export,
    export_all,
    quotes_path,
    write_csv,
    write_jsonl,
)
from eventwire.export.writers import replace_files
from eventwire.records import Actor, Article, ArticleResult, Casualties, Count, Event, Quote, Span

QUOTED = '"We will not go home," spokesman Ali Noor told reporters for the union.'


def _quoted() -> ArticleResult:
    """An article with one quote, its speaker, the organisation he speaks for and an event."""
    text = QUOTED
    return ArticleResult(
        article=Article("a2", text, "Wire", dt.date(2024, 3, 7)),
        actors=[
            Actor(
                "a1", "Ali Noor", "person", "KEN", "LAB", "spokesman", [Span("Ali Noor", 33, 41)]
            ),
            Actor("a2", "union", "organization", "KEN", "LAB", None, [Span("union", 65, 70)]),
        ],
        events=[Event("e1", "PROTEST", Span("told", 42, 46), Span(text, 0, len(text)))],
        quotes=[
            Quote(
                "q1",
                Span("We will not go home,", 1, 21),
                speaker="a1",
                speaker_span=Span("spokesman Ali Noor", 23, 41),
                cue=Span("told", 42, 46),
                channel="interview",
                speaking_for="a2",
                events=["e1"],
            )
        ],
    )


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


def test_writers_quotes_path_sits_next_to_the_export() -> None:
    assert quotes_path(Path("out/events.csv")) == Path("out/events.quotes.csv")
    assert quotes_path(Path("x.parquet")) == Path("x.quotes.parquet")


def test_writers_csv_export_writes_the_quote_table(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    summary = export_all([_result(), _quoted()], "csv", out)
    assert (summary.rows, summary.quotes) == (2, 1)
    assert summary.quotes_path == tmp_path / "events.quotes.csv"
    with summary.quotes_path.open(encoding="utf-8") as fh:
        [row] = list(csv.DictReader(fh))
    assert tuple(row) == QUOTE_COLUMNS
    assert (row["article_id"], row["quote_id"], row["speaker"]) == ("a2", "q1", "Ali Noor")
    assert (row["speaking_for"], row["channel"], row["events"]) == ("union", "interview", "e1")
    assert row["content"] == "We will not go home," and row["direct"] == "True"


def test_writers_parquet_export_writes_the_quote_table(tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    assert export([_quoted()], "parquet", out) == 1
    table = pq.read_table(tmp_path / "events.quotes.parquet")
    assert table.column_names == list(QUOTE_COLUMNS)
    assert str(table.schema.field("direct").type) == "bool"
    assert table.column("speaker_country").to_pylist() == ["KEN"]
    export_all([_result()], "parquet", tmp_path / "none.parquet")
    assert pq.read_table(tmp_path / "none.quotes.parquet").num_rows == 0


def test_writers_jsonl_export_keeps_quotes_inside(tmp_path: Path) -> None:
    out = tmp_path / "all.jsonl"
    summary = export_all([_quoted()], "jsonl", out)
    assert (summary.rows, summary.quotes, summary.quotes_path) == (1, 1, None)
    [line] = out.read_text("utf-8").splitlines()
    assert json.loads(line)["quotes"][0]["speaking_for"] == "a2"
    assert not (tmp_path / "all.quotes.jsonl").exists()


def test_writers_unwritable_path_is_an_export_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "out.csv"
    with pytest.raises(ExportError, match="cannot write") as err:
        export_all([], "csv", missing)
    # The file and folder the user named, never the hidden part file written first.
    assert str(err.value).endswith(
        f"cannot write {missing}: the folder {missing.parent} does not exist"
    )
    assert ".part" not in str(err.value)


def test_writers_an_os_error_names_the_file_not_its_part(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"

    def fail(parts: list[Path]) -> None:
        raise PermissionError(13, "Permission denied", str(parts[0]))

    with pytest.raises(ExportError) as err:
        replace_files([out], fail)
    assert str(err.value).endswith(f"cannot write {out}: Permission denied")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_writers_a_failed_export_keeps_the_old_files(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    out.write_text("OLD", encoding="utf-8")
    quotes_path(out).mkdir()  # the quote table cannot be written
    with pytest.raises(ExportError, match="is a folder"):
        export_all([_quoted()], fmt, out)
    assert out.read_text(encoding="utf-8") == "OLD"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([out.name, quotes_path(out).name])


def test_writers_a_folder_is_no_export_file(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_all([_quoted()], "csv", tmp_path)
