"""The ``eventwire`` command line: thin Typer commands over typed library functions.

``docs/cli.md`` is generated from these commands' help (``python -m eventwire.cli.docs``), and a
test fails when it is stale.
"""

from __future__ import annotations

import sys

import typer

from eventwire.cli import actors, batch, export, misc, query, run, serve, stories
from eventwire.cli.common import app
from eventwire.errors import EventwireError

__all__ = ["actors", "app", "batch", "export", "main", "misc", "query", "run", "serve", "stories"]


def main() -> None:
    """Entry point: run the app; eventwire errors print their message, not a traceback."""
    try:
        code = app(standalone_mode=False)
    except EventwireError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except typer.Abort:  # Ctrl-C outside a batch run, which reports its own count
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # click's usage errors carry their own exit code
        code = getattr(exc, "exit_code", None)
        if code is None:
            raise
        show = getattr(exc, "show", None)
        if show:
            show()
        sys.exit(code)
    sys.exit(code if isinstance(code, int) else 0)
