"""``eventwire serve``: the REST API (``eventwire.api``) over a database, with uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.api import Tokens, check_bind
from eventwire.api import serve as serve_api
from eventwire.api.auth import READ_TOKEN_ENV, TOKEN_ENV
from eventwire.cli.common import (
    DbOption,
    SetOption,
    app,
    db_target,
    missing_database,
    settings_from,
    stderr,
    store_from,
)
from eventwire.store import SQLiteStore


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[
        str,
        typer.Option("--host", help="Address to listen on; beyond localhost a token is required."),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar=TOKEN_ENV,
            show_envvar=False,
            help=f"Bearer token POST /api/articles needs (or ${TOKEN_ENV}); no token, no ingest.",
        ),
    ] = None,
    read_token: Annotated[
        str | None,
        typer.Option(
            "--read-token",
            envvar=READ_TOKEN_ENV,
            show_envvar=False,
            help=f"Bearer token every read needs (or ${READ_TOKEN_ENV}); reads are open without.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            max=64,
            help="Server processes, each with its own connection (a database file only).",
        ),
    ] = 1,
    set_: SetOption = None,
) -> None:
    """Serve the REST API (OpenAPI page at /docs) over a database.

    A database that does not exist is refused (EW400), unless ingest is on (--token): then an
    empty one is created, with a warning, for POST /api/articles to fill.
    """
    tokens = Tokens(write=token or None, read=read_token or None)
    check_bind(host, tokens)  # before opening anything
    settings = settings_from(set_)
    # A missing file is a typo unless ingest is on: then an empty store is one to fill over HTTP.
    created = missing_database(db_target(db, settings)) and tokens.write is not None
    with store_from(db, settings, must_exist=tokens.write is None) as store:
        if created:
            stderr.print(
                f"warning: no database at {db_target(db, settings)}: created an empty one "
                "(POST /api/articles fills it)",
                highlight=False,
            )
        counts = store.count()
        stderr.print(
            f"serving {counts['articles']} article(s), {counts['events']} event(s) "
            f"on http://{host}:{port}/api (docs at /docs); ingest "
            + ("on" if tokens.write else "off (no --token)"),
            highlight=False,
        )
        db_file = str(store.path) if isinstance(store, SQLiteStore) else None
        serve_api(store, settings, host, port, tokens, workers=workers, db=db_file)
