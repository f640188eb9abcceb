"""``POST /api/articles``: one article (JSON) or a batch (JSON Lines) in, stored results out.

The body is read up to ``api.max_body_bytes`` and refused past it. Records are read with the
same readers and checks as ``eventwire ingest``: a bad record (broken JSON, no text, not
English ...) is reported with where it was (``body:3``) and why, and every other record is
run through the pipeline and stored with :func:`eventwire.store.ingest`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from eventwire.api.auth import require_write
from eventwire.api.errors import (
    BAD_REQUEST,
    NOTHING_STORED,
    TOO_LARGE,
    UNSUPPORTED_MEDIA,
    RequestError,
    error_response,
)
from eventwire.api.params import limits
from eventwire.errors import InputError
from eventwire.readers import ReadOptions, check_article, read_jsonl_lines
from eventwire.readers.base import Item
from eventwire.readers.jsonl import parse_line
from eventwire.records import JSON, Article, ArticleResult
from eventwire.store import Store, ingest

router = APIRouter(prefix="/api")

JSON_TYPES = ("application/json",)
JSONL_TYPES = (
    "application/x-ndjson",
    "application/jsonl",
    "application/x-jsonlines",
    "application/jsonlines",
)
#: Code of a record the pipeline failed on (the reason is the exception's message).
PIPELINE_FAILED = "EW819"


class Processor(Protocol):
    """What ingest needs of :class:`eventwire.extract.Pipeline` (tests pass a fake)."""

    def process(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[ArticleResult]: ...


async def read_capped(request: Request, cap: int) -> bytes:
    """The request body, or a 413 error as soon as it passes ``cap`` bytes."""
    too_large = RequestError(
        413, f"request body is over {cap:,} bytes (setting api.max_body_bytes)", TOO_LARGE
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > cap:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def parse_body(body: bytes, media_type: str, max_chars: int) -> list[Item]:
    """The body's records: ``(where, article)`` for each good one, the error for each bad one."""
    options = ReadOptions(max_chars=max_chars)
    if media_type in JSON_TYPES:
        text = body.decode("utf-8", errors="strict") if body else ""
        items: list[Item] = [parse_line(text, "body", options)]
    elif media_type in JSONL_TYPES:
        items = list(read_jsonl_lines(body.split(b"\n"), "body", options))
    else:
        raise RequestError(
            415,
            f"Content-Type {media_type or '(none)'!r} is not taken: send one article as "
            "application/json or a batch as application/x-ndjson",
            UNSUPPORTED_MEDIA,
        )
    checked: list[Item] = []
    for item in items:
        if isinstance(item, InputError):
            checked.append(item)
        else:
            where, article = item
            checked.append(check_article(article, where, max_chars) or item)
    return checked


def _error_json(where: str, code: str, message: str, article_id: str | None = None) -> JSON:
    return {"record": where, "article_id": article_id, "code": code, "message": message}


def run_ingest(
    store: Store, pipeline: Processor, items: list[Item]
) -> tuple[list[JSON], list[JSON]]:
    """Run the pipeline over the good records and store each result; returns
    ``(stored, errors)``, one entry per record, in body order within each list."""
    errors = [_error_json(i.where, i.code, i.reason) for i in items if isinstance(i, InputError)]
    records = [i for i in items if not isinstance(i, InputError)]
    where_of = {article.id: where for where, article in records}

    def failed(article: Article, exc: Exception) -> None:
        reason = f"pipeline failed: {type(exc).__name__}: {exc}"
        errors.append(
            _error_json(where_of.get(article.id, article.id), PIPELINE_FAILED, reason, article.id)
        )

    stored: list[JSON] = []
    for result in pipeline.process([a for _, a in records], on_error=failed):
        article_id = result.article.id
        stored.append(
            {
                "record": where_of.get(article_id, article_id),
                "article_id": article_id,
                "outcome": ingest(store, result),
                "events": len(result.events),
            }
        )
    return stored, errors


@router.post(
    "/articles",
    summary="Ingest one article (JSON) or a batch (JSON Lines); needs the write token",
    dependencies=[Depends(require_write)],
    status_code=200,
)
async def post_articles(request: Request) -> JSONResponse:
    """Read, extract and store the posted articles; bad records are listed in ``errors``."""
    body = await read_capped(request, limits(request).max_body_bytes)
    if not body.strip():
        raise RequestError(400, "empty body: send one article or JSON lines", BAD_REQUEST)
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    max_chars = int(request.app.state.settings["input"]["max_chars"])
    try:
        items = parse_body(body, media_type, max_chars)
    except UnicodeDecodeError as exc:
        raise RequestError(400, f"body is not UTF-8: {exc.reason}", BAD_REQUEST) from None
    lock: threading.Lock = request.app.state.ingest_lock

    def work() -> tuple[list[JSON], list[JSON]]:
        with lock:  # one writer; the pipeline is not shared between threads either
            return run_ingest(request.app.state.store, request.app.state.pipeline(), items)

    stored, errors = await run_in_threadpool(work)
    request.app.state.stats_cache.clear()
    summary = {"stored": len(stored), "failed": len(errors), "results": stored, "errors": errors}
    if stored or not errors:
        return JSONResponse(summary)
    code, message = NOTHING_STORED, "no record could be stored; see errors"
    if len(errors) == 1:
        code, message = errors[0]["code"], errors[0]["message"]
    return error_response(422, code, message, extra=summary)
