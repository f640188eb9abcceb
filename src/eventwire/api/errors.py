"""The one place where errors become HTTP responses.

Every error the API returns is JSON, never a traceback and never HTML::

    {"error": {"code": "EW813", "message": "no event with id 'art-1:e9'"}}

Codes (documented in ``docs/api.md``):

    EW810  400  a request the API cannot read (any other 4xx from the framework)
    EW811  422  a bad query parameter or path value (bad date, limit over the cap, ...)
    EW812  401  no or wrong bearer token
    EW813  404  no such endpoint or record
    EW814  413  request body over the ``api.max_body_bytes`` setting
    EW815  415  a body that is neither JSON nor JSON Lines
    EW816  405  a method the endpoint does not take
    EW817  403  ingest is switched off (the server was started without a write token)
    EW818  422  nothing in an ingest body could be stored (per-record reasons in ``errors``)
    EW3xx  422  one posted article cannot be read (the reader's own code: EW302 broken JSON ...)
    EW4xx  500  the database failed (the store's own code)
    EW899  500  anything unexpected; the traceback goes to the server log only
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire.errors import EventwireError, InputError

log = logging.getLogger("eventwire.api")

BAD_REQUEST = "EW810"
BAD_PARAMETER = "EW811"
UNAUTHORIZED = "EW812"
NOT_FOUND = "EW813"
TOO_LARGE = "EW814"
UNSUPPORTED_MEDIA = "EW815"
METHOD_NOT_ALLOWED = "EW816"
INGEST_DISABLED = "EW817"
NOTHING_STORED = "EW818"
INTERNAL = "EW899"

_CODE_OF_STATUS = {
    401: UNAUTHORIZED,
    403: INGEST_DISABLED,
    404: NOT_FOUND,
    405: METHOD_NOT_ALLOWED,
    413: TOO_LARGE,
    415: UNSUPPORTED_MEDIA,
    422: BAD_PARAMETER,
}


class RequestError(EventwireError):
    """A request the API refuses, with its HTTP ``status`` and extra JSON fields to return."""

    code = BAD_REQUEST

    def __init__(self, status: int, message: str, code: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or _CODE_OF_STATUS.get(status, BAD_REQUEST)
        self.extra = extra


def error_response(
    status: int,
    code: str,
    message: str,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    """The JSON body every error has: ``{"error": {"code", "message"}}`` plus ``extra``."""
    body = {"error": {"code": code, "message": message}, **(extra or {})}
    return JSONResponse(body, status_code=status, headers=headers)


def _request_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return error_response(exc.status, exc.code, exc.message, headers, exc.extra)


def _http_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _CODE_OF_STATUS.get(exc.status_code, BAD_REQUEST if exc.status_code < 500 else INTERNAL)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return error_response(exc.status_code, code, detail, dict(exc.headers or {}))


def _validation_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        where = ".".join(str(part) for part in err.get("loc", ()))
        problems.append(f"{where}: {err.get('msg', 'invalid')}")
    return error_response(422, BAD_PARAMETER, "; ".join(problems) or "invalid request")


def _eventwire_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EventwireError)
    if isinstance(exc, InputError):
        return error_response(422, exc.code, str(exc))
    log.error("request failed: %s", exc)
    return error_response(500, exc.code, exc.message)


def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    # The traceback is for the operator's log, not for the client.
    log.error("unexpected error", exc_info=exc)
    return error_response(500, INTERNAL, "internal error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    """Map every exception a route can raise to a JSON error response."""
    app.add_exception_handler(RequestError, _request_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(EventwireError, _eventwire_error)
    app.add_exception_handler(Exception, _unexpected)
