"""Run the API with uvicorn: what ``eventwire serve`` calls once its options are parsed.

One process serves from the store it is given. With ``workers`` above 1, uvicorn starts that
many processes, each building its own app through :func:`worker_app` (an import-string app
factory: uvicorn's workers cannot be handed an object), over its own connection to the same
SQLite file; SQLite serialises their writes.
"""

from __future__ import annotations

import ipaddress
import json
import os
from typing import Any

import anyio.to_thread
from fastapi import FastAPI

from eventwire.api.app import create_app
from eventwire.api.auth import READ_TOKEN_ENV, TOKEN_ENV, Tokens
from eventwire.config import Settings
from eventwire.errors import ConfigError, ServeError
from eventwire.store import Store, open_store

LOCAL_NAMES = ("localhost",)
#: What each worker process opens: ``{"db": path, "settings": {...}}`` as JSON.
WORKER_ENV = "EVENTWIRE_SERVE_WORKER"


class ThreadLimit:
    """ASGI wrapper: the app's synchronous endpoints run on at most ``threads`` threads.

    They run in anyio's thread pool (40 threads by default). SQLite releases the GIL while it
    reads, but decoding rows and building JSON hold it, so on few cores many threads only
    take turns at the GIL: with 50 clients on 2 cores, 40 threads served half as many
    requests per second as 4 (benchmarks/api_load.py).
    """

    def __init__(self, app: Any, threads: int) -> None:
        self.app = app
        self.threads = threads
        self._set = False

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if not self._set:  # the first call (lifespan startup) runs in the server's loop
            anyio.to_thread.current_default_thread_limiter().total_tokens = self.threads
            self._set = True
        await self.app(scope, receive, send)


def server_threads(settings: Settings) -> int:
    """The ``api.threads`` setting, checked.

    Raises:
        ConfigError: it is not between 1 and 256.
    """
    threads = int(settings["api"]["threads"])
    if not 1 <= threads <= 256:
        raise ConfigError(f"api.threads must be between 1 and 256, not {threads}")
    return threads


def is_local(host: str) -> bool:
    """Whether ``host`` is a loopback address (127.0.0.0/8, ::1) or ``localhost``."""
    if host.lower() in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to a public interface


def check_bind(host: str, tokens: Tokens) -> None:
    """Refuse to listen beyond this machine without a token.

    Raises:
        ServeError: ``host`` is not a loopback address and no token is set.
    """
    if is_local(host) or tokens.write or tokens.read:
        return
    raise ServeError(
        f"refusing to listen on {host} without a token: anyone who can reach it could read "
        f"the database. Pass --token (or set ${TOKEN_ENV}), and --read-token to guard reads "
        "too, or bind to 127.0.0.1"
    )


def serve(
    store: Store,
    settings: Settings,
    host: str,
    port: int,
    tokens: Tokens,
    *,
    workers: int = 1,
    db: str | None = None,
) -> None:
    """Serve the API over ``store`` until interrupted.

    Args:
        workers: server processes; above 1, each opens ``db`` itself (``store`` is not used).
        db: the SQLite file of ``store``, which the workers open.

    Raises:
        ServeError: see :func:`check_bind`; ``workers`` above 1 without a database file.
    """
    import uvicorn  # only the server needs it

    check_bind(host, tokens)
    threads = server_threads(settings)
    options = {"host": host, "port": port, "log_level": "info", "server_header": False}
    if workers == 1:
        app = ThreadLimit(create_app(store, settings, tokens=tokens), threads)
        uvicorn.run(app, **options)  # type: ignore[arg-type]
        return
    if db is None:
        raise ServeError("--workers above 1 needs a database file (--db PATH), not :memory:")
    # The workers read their store, settings and tokens from the environment they inherit.
    os.environ[WORKER_ENV] = json.dumps({"db": db, "settings": settings})
    for name, value in ((TOKEN_ENV, tokens.write), (READ_TOKEN_ENV, tokens.read)):
        os.environ.pop(name, None)
        if value:
            os.environ[name] = value
    uvicorn.run(
        "eventwire.api.server:worker_app",
        factory=True,
        workers=workers,
        **options,  # type: ignore[arg-type]
    )


def worker_app() -> ThreadLimit:
    """The app of one worker process of ``serve(..., workers=N)``: its own store over the file
    named in ``$EVENTWIRE_SERVE_WORKER``, the settings there and the tokens of the environment.

    Raises:
        ServeError: the variable is not set (run ``eventwire serve --workers N`` instead).
    """
    spec = os.environ.get(WORKER_ENV)
    if not spec:
        raise ServeError(f"${WORKER_ENV} is not set: start workers with eventwire serve --workers")
    found = json.loads(spec)
    tokens = Tokens(os.environ.get(TOKEN_ENV) or None, os.environ.get(READ_TOKEN_ENV) or None)
    app: FastAPI = create_app(open_store(found["db"]), found["settings"], tokens=tokens)
    return ThreadLimit(app, server_threads(found["settings"]))
