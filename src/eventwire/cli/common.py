"""Shared pieces of the CLI: the Typer app, common options, output helpers."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.config import Settings, load_settings
from eventwire.errors import StoreError
from eventwire.jsonlines import dumps_line
from eventwire.store import DB_ENV, Store, open_store

app = typer.Typer(
    name="eventwire",
    help="News articles in, political event data out (PLOVER, CAMEO, ACLED), offline.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLite file (default ./eventwire.db, or $EVENTWIRE_DB), a postgresql:// URL, "
        "or ':memory:' for none.",
    ),
]
SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", help="Override a setting: section.key=value (repeatable)."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")]
LimitOption = Annotated[int | None, typer.Option("--limit", min=0, help="At most this many rows.")]

stderr = Console(stderr=True)


def settings_from(overrides: Sequence[str] | None) -> Settings:
    return load_settings(overrides or ())


def db_target(db: str | None, settings: Settings) -> str:
    """The database ``--db`` names, else ``$EVENTWIRE_DB``, else the ``store.path`` setting."""
    if db is not None and not db.strip():
        # "" must not quietly mean ./eventwire.db: an unset shell variable usually produced it.
        raise StoreError("--db is empty; give a database path, or leave --db out for the default")
    return db or os.environ.get(DB_ENV) or str(settings["store"]["path"])


def missing_database(target: str) -> bool:
    """Whether ``target`` is a database file that does not exist (opening it would create it)."""
    local = target != ":memory:" and "://" not in target
    return local and not Path(target).exists()


def store_from(
    db: str | None, settings: Settings, must_exist: bool = True, read_only: bool = False
) -> Store:
    """The store named by ``--db``, else ``$EVENTWIRE_DB``, else the ``store.path`` setting.

    Commands that only read (``events``, ``actors``, ...) pass ``must_exist`` so that a mistyped
    path is an error rather than a new, empty database, and ``read_only`` so that a file the
    user may not write can still be queried.
    """
    target = db_target(db, settings)
    if must_exist and missing_database(target):
        raise StoreError(f"no database at {target}; run `eventwire ingest` first or pass --db")
    # PostgreSQL reads in a read-only session; ':memory:' has nothing to protect.
    return open_store(target, read_only=read_only and target != ":memory:")


def emit_rows(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str], title: str) -> int:
    """Print rows as a Rich table, JSON lines or CSV; returns the number printed.

    JSON lines and CSV are written row by row as ``rows`` yields them, so a long listing
    neither waits for the last row nor holds them all; only the table needs every row first.
    """
    if fmt not in ("jsonl", "csv", "table"):
        raise typer.BadParameter(f"unknown format {fmt!r}; use table, jsonl or csv")
    count = 0
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(dumps_line(row))
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({c: _cell(r.get(c)) for c in columns})
            count += 1
    else:
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            # Text, not markup: "[parties]" in a quote is data, not a Rich style tag.
            table.add_row(*(Text(_cell(r.get(c))) for c in columns))
            count += 1
        Console(width=200 if not sys.stdout.isatty() else None).print(table)
    return count


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
