"""Docs are tested: docs/cli.md matches the commands' help; every setting is documented."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.docs import render
from eventwire.config import load_settings

REPO = Path(__file__).resolve().parents[1]


def test_docs_cli_reference_is_current() -> None:
    current = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render(), "docs/cli.md is stale: run `make docs`"


def test_docs_every_command_in_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in ("extract", "ingest", "events", "quotes", "actors", "export", "eval", "info"):
        assert f"eventwire {command}" in readme, command


def test_docs_every_setting_is_commented() -> None:
    text = (REPO / "src" / "eventwire" / "default_config.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    for section, values in load_settings(env={}).items():
        for key in values:
            idx = next(i for i, line in enumerate(lines) if line.startswith(f"{key} ="))
            assert lines[idx - 1].startswith("#"), f"{section}.{key} has no comment above it"
