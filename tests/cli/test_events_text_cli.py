"""``eventwire events --text``: the free-text filter through the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.store.conftest import brussels_article, harbor_article, undated_article
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import SQLiteStore

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "ew.db"
    with SQLiteStore(path) as store:
        for result in (harbor_article(), brussels_article(), undated_article()):
            store.put(result)
    return str(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TEAR GAS", ["art-1:e2"]),  # the sentence, case-insensitive
        ("marched", ["art-1:e1"]),  # the trigger
        ("claes", ["art-2:e1"]),  # an actor's name
        ("doe", ["art-0:e1", "art-2:e1"]),  # named by two articles' events
        ("nowhere at all", []),
    ],
)
def test_events_cli_text_filter(db: str, text: str, expected: list[str]) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--text", text, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [f"{r['article_id']}:{r['id']}" for r in rows] == expected
