"""``eventwire actors``: listing, show, rename and merge through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def _invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _ingest(tmp_path: Path, db: str) -> None:
    first = tmp_path / "first.txt"
    first.write_text("The Iraqi President, Barham Salih, condemned the attack on Sunday.\n")
    second = tmp_path / "second.txt"
    second.write_text("Salih met Kenyan diplomats in Baghdad on Tuesday.\n")
    for path, day in ((first, "2021-11-07"), (second, "2021-11-09")):
        code, _, err = _invoke("ingest", str(path), "--db", db, "--published", day, "-q")
        assert code == 0, err


def _actor_rows(db: str) -> dict[str, dict[str, str]]:
    code, out, _ = _invoke("actors", "--db", db, "--format", "jsonl")
    assert code == 0
    return {r["name"]: r for r in map(json.loads, out.splitlines())}


def test_actors_cli_registry_resolves_a_later_surname(tmp_path: Path) -> None:
    db = str(tmp_path / "ew.db")
    _ingest(tmp_path, db)
    salih = _actor_rows(db)["Barham Salih"]
    assert (salih["country"], salih["sector"], salih["n_articles"]) == ("IRQ", "GOV", 2)
    code, out, _ = _invoke("actors", "show", "Salih", "--db", db)
    (entry,) = map(json.loads, out.splitlines())
    assert code == 0 and "Salih" in entry["aliases"]
    assert entry["provenance"]["role"]["text"] == "Iraqi President"


def test_actors_cli_rename_and_merge_fix_stored_events(tmp_path: Path) -> None:
    db = str(tmp_path / "ew.db")
    _ingest(tmp_path, db)
    code, _, err = _invoke("actors", "rename", "Barham Salih", "Barham Ahmed Salih", "--db", db)
    assert code == 0 and "2 article actor(s)" in err
    code, out, _ = _invoke("events", "--db", db, "--actor", "Ahmed", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 2
    code, _, err = _invoke("actors", "merge", "Barham Ahmed Salih", "diplomats", "--db", db)
    assert code == 0
    rows = _actor_rows(db)
    assert "diplomats" not in rows and rows["Barham Ahmed Salih"]["n_articles"] == 2


def test_actors_cli_unknown_actor_is_a_clear_error(tmp_path: Path) -> None:
    db = str(tmp_path / "ew.db")
    _ingest(tmp_path, db)
    code, _, err = _invoke("actors", "merge", "Nobody", "Barham Salih", "--db", db)
    assert code != 0
    code, _, err = _invoke("actors", "show", "Nobody", "--db", db)
    assert code == 1 and "no actor" in err
