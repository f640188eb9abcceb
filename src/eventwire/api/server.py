"""Run the API with uvicorn: what ``eventwire serve`` calls once its options are parsed."""

from __future__ import annotations

import ipaddress

from eventwire.api.app import create_app
from eventwire.api.auth import TOKEN_ENV, Tokens
from eventwire.config import Settings
from eventwire.errors import ServeError
from eventwire.store import Store

LOCAL_NAMES = ("localhost",)


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


def serve(store: Store, settings: Settings, host: str, port: int, tokens: Tokens) -> None:
    """Serve the API over ``store`` until interrupted.

    Raises:
        ServeError: see :func:`check_bind`.
    """
    import uvicorn  # only the server needs it

    check_bind(host, tokens)
    app = create_app(store, settings, tokens=tokens)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
