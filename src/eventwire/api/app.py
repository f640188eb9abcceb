"""The app factory: ``create_app(store, settings)`` builds the FastAPI application.

It holds no globals: the store, settings, tokens and the (lazily built) pipeline live on
``app.state``, so a test builds an app over a :class:`~eventwire.store.MemoryStore` and a fake
pipeline. The dashboard (``eventwire.web``) is served at ``/`` next to ``/api`` and ``/docs``, and
sets the Content-Security-Policy of every response.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache
from importlib import resources

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import eventwire
from eventwire import web
from eventwire.api import ingest, routes
from eventwire.api.auth import Tokens
from eventwire.api.errors import install_error_handlers
from eventwire.api.ingest import Processor
from eventwire.api.params import Limits
from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.store import Store

DOCS_ASSETS = "/docs/assets"


def create_app(
    store: Store,
    settings: Settings,
    *,
    tokens: Tokens | None = None,
    pipeline: Processor | Callable[[], Processor] | None = None,
) -> FastAPI:
    """Build the API over ``store``.

    Args:
        store: where results are read from and ingested into; the caller closes it.
        settings: effective settings (the ``[api]`` section sets the limits).
        tokens: the write token (ingest is off without it) and the optional read token.
        pipeline: what ``POST /api/articles`` runs: a pipeline, a function building one on first
            use, or ``None`` for :class:`eventwire.extract.Pipeline` over ``settings``.

    Raises:
        ConfigError: ``api.page_size`` is above ``api.max_page_size``.
    """
    limits = Limits.from_settings(settings)
    if int(settings["api"]["page_size"]) > limits.max_page_size:
        raise ConfigError(
            f"api.page_size ({settings['api']['page_size']}) must not exceed "
            f"api.max_page_size ({limits.max_page_size})"
        )
    app = FastAPI(
        title="eventwire",
        version=eventwire.__version__,
        description="Political event data extracted from news articles. See docs/api.md.",
        docs_url=None,  # served below from local assets: no CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.limits = limits
    app.state.tokens = tokens or Tokens()
    app.state.pipeline = _pipeline_getter(pipeline, settings)
    app.state.ingest_lock = threading.Lock()
    app.state.stats_cache = routes.StatsCache(limits.stats_cache_seconds)
    install_error_handlers(app)
    app.add_middleware(SecurityHeaders, csp=web.CSP)
    app.add_middleware(HeadAsGet)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    _add_docs(app)
    web.add_dashboard(app)
    return app


def _pipeline_getter(
    pipeline: Processor | Callable[[], Processor] | None, settings: Settings
) -> Callable[[], Processor]:
    if pipeline is None:

        @cache
        def build() -> Processor:
            from eventwire.extract import Pipeline  # loads spaCy: only when ingesting

            return Pipeline(settings)

        return build
    if hasattr(pipeline, "process"):
        ready: Processor = pipeline
        return lambda: ready
    return cache(pipeline)


class SecurityHeaders:
    """Adds the security headers to every response that has not set its own (pure ASGI: the
    ``@app.middleware("http")`` form costs a task and a stream copy per request, about a tenth
    of the throughput under load).

    JSON is never sniffed as HTML, no page of another site may frame this one, no referrer
    leaves, and pages may load and call only this server (``csp``; ``/docs`` sets its own
    policy, allowing Swagger UI's one inline script by its hash).
    """

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"content-security-policy", csp.encode("latin-1")),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                given = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in given]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)


class HeadAsGet:
    """Answers ``HEAD`` on every ``GET`` route: the request runs as ``GET`` and the body is
    dropped, headers (``Content-Length`` included) kept. FastAPI routes answer only the methods
    they declare, so ``HEAD /api/stats`` was a 405 that link checkers and monitors stumble on.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at ``/docs`` from the assets the fastapi-offline package ships."""
    assets = resources.files("fastapi_offline") / "static"
    app.mount(DOCS_ASSETS, StaticFiles(directory=str(assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="eventwire API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png",
            # The validator badge would fetch from the validator's own host.
            swagger_ui_parameters={"validatorUrl": None},
        )
        # The page's one inline init script is allowed by its hash; nothing else inline runs.
        html = bytes(page.body).decode("utf-8")
        page.headers["Content-Security-Policy"] = web.csp_allowing_inline_scripts(html)
        return page
