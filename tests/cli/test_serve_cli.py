"""``eventwire serve`` refuses a mistyped database, as the query commands do."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventwire.cli.serve as serve_cli
from eventwire.cli import app
from eventwire.errors import StoreError

runner = CliRunner()


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Records the database each ``serve`` would have served, without starting a server."""
    seen: list[str | None] = []
    monkeypatch.setattr(serve_cli, "serve_api", lambda *_, db=None, **__: seen.append(db))
    return seen


def test_serve_refuses_a_missing_database(tmp_path: Path, served: list[str | None]) -> None:
    typo = tmp_path / "typo.db"
    result = runner.invoke(app, ["serve", "--db", str(typo)])
    assert isinstance(result.exception, StoreError) and result.exception.code == "EW400"
    assert str(typo) in str(result.exception)
    assert not typo.exists() and served == []


def test_serve_with_ingest_on_creates_the_database_and_says_so(
    tmp_path: Path, served: list[str | None]
) -> None:
    fresh = tmp_path / "fresh.db"
    result = runner.invoke(app, ["serve", "--db", str(fresh), "--token", "s3cret"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())  # Rich wraps long lines
    assert f"warning: no database at {fresh}: created an empty one" in said
    assert fresh.exists() and served == [str(fresh)]
    result = runner.invoke(app, ["serve", "--db", str(fresh)])  # now it exists: no warning
    assert result.exit_code == 0 and "warning" not in result.stderr
