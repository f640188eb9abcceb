"""Bearer tokens: a write token guards ingest; an optional read token guards every read.

Tokens are compared with :func:`hmac.compare_digest`, so the time a comparison takes says
nothing about how much of a guess was right.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fastapi import Request

from eventwire.api.errors import INGEST_DISABLED, UNAUTHORIZED, RequestError

READ_TOKEN_ENV = "EVENTWIRE_READ_TOKEN"
TOKEN_ENV = "EVENTWIRE_TOKEN"


@dataclass(frozen=True, slots=True)
class Tokens:
    """``write``: needed to ingest (ingest is off without it); ``read``: needed to read, when
    set (the write token reads too)."""

    write: str | None = None
    read: str | None = None


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


async def require_read(request: Request) -> None:
    """Let the request read, or raise 401 when a read token is set and not given. A coroutine
    (it does no I/O), so FastAPI runs it in the event loop, not through its thread pool."""
    tokens: Tokens = request.app.state.tokens
    if tokens.read is None:
        return
    given = _bearer(request)
    if given is None:
        raise RequestError(401, "this server needs a bearer token to read", UNAUTHORIZED)
    if not (_same(given, tokens.read) or (tokens.write is not None and _same(given, tokens.write))):
        raise RequestError(401, "wrong bearer token", UNAUTHORIZED)


def require_write(request: Request) -> None:
    """Let the request ingest, or raise 401 (no or wrong token) / 403 (ingest switched off)."""
    tokens: Tokens = request.app.state.tokens
    if tokens.write is None:
        raise RequestError(
            403,
            f"ingest is off: start the server with --token or ${TOKEN_ENV} to allow it",
            INGEST_DISABLED,
        )
    given = _bearer(request)
    if given is None:
        raise RequestError(401, "ingest needs 'Authorization: Bearer <token>'", UNAUTHORIZED)
    if not _same(given, tokens.write):
        raise RequestError(401, "wrong bearer token", UNAUTHORIZED)
