"""``emit_rows`` and the query commands write JSON lines and CSV as rows come, never holding a
whole listing (the table, which must measure every row, is the exception)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.cli.common import emit_rows
from eventwire.records import Article, ArticleResult, Event, Span
from eventwire.store import EventFilter, SQLiteStore


def _lines_so_far(out: io.StringIO) -> int:
    return out.getvalue().count("\n")


@pytest.mark.parametrize(("fmt", "header_lines"), [("jsonl", 0), ("csv", 1)])
def test_emit_rows_streams_rows_as_they_come(
    fmt: str, header_lines: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    seen: list[int] = []

    def rows() -> Iterator[dict[str, Any]]:
        for i in range(5):
            # Every row handed out before this one is already written.
            seen.append(_lines_so_far(out) - header_lines)
            yield {"n": i, "text": f"row {i}"}

    assert emit_rows(rows(), fmt, ["n", "text"], "rows") == 5
    assert seen == [0, 1, 2, 3, 4]


def test_emit_rows_jsonl_one_object_per_line(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    emit_rows(iter([{"a": "x\u2028y"}, {"a": 2}]), "jsonl", ["a"], "rows")
    lines = out.getvalue().split("\n")
    assert [json.loads(line) for line in lines if line] == [{"a": "x\u2028y"}, {"a": 2}]


def test_emit_rows_rejects_unknown_formats_before_reading_rows() -> None:
    def rows() -> Iterator[dict[str, Any]]:
        raise AssertionError("no row should be read")
        yield {}

    with pytest.raises(Exception, match="unknown format"):
        emit_rows(rows(), "xml", ["a"], "rows")


def _article_with_events(n: int) -> ArticleResult:
    """One article with ``n`` arrest events, one a sentence."""
    sentences = [f"Police arrested {i} people." for i in range(n)]
    text = " ".join(sentences)
    events = []
    for i, sentence in enumerate(sentences):
        start = text.index(sentence)
        trigger = start + len("Police ")
        events.append(
            Event(
                f"e{i + 1}",
                "COERCE",
                trigger=Span("arrested", trigger, trigger + len("arrested")),
                sentence=Span(sentence, start, start + len(sentence)),
            )
        )
    return ArticleResult(article=Article(id="many", text=text), events=events)


def test_sqlite_iter_events_yields_before_reading_every_row(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        store.put(_article_with_events(50))
        rows = store.iter_events(EventFilter())
        first = next(rows)
        # The store stays usable between two rows of a listing.
        assert store.count()["events"] == 50
        rest = list(rows)
    assert [r.event.id for r in [first, *rest]] == [f"e{i}" for i in range(1, 51)]


def test_cli_events_jsonl_lists_every_event(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with SQLiteStore(db) as store:
        store.put(_article_with_events(30))
    done = CliRunner().invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["id"] for r in rows] == [f"e{i}" for i in range(1, 31)]
    assert {r["article_id"] for r in rows} == {"many"}
