"""Fixtures for the dashboard tests: a fixture database (the seed article, the bundled examples,
one hostile article and one with astral characters before its spans), the API + dashboard
served by uvicorn on a free port, and headless Chromium driven by Playwright."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import EXAMPLES, REPO

from eventwire.api import create_app
from eventwire.config import load_settings
from eventwire.extract import Pipeline
from eventwire.readers import read_inputs
from eventwire.records import Article, ArticleResult
from eventwire.store import SQLiteStore, ingest

HOSTILE_ID = "hostile-1"
HOSTILE_TEXT = (
    "Protesters gathered in Basra on Sunday. <script>window.__pwned=1</script> "
    "The police arrested five men near the port. "
    '<img src=x onerror="window.__pwned=1"> Officials condemned the violence.'
)
# Astral characters (UTF-16 surrogate pairs in JavaScript) before and inside spans: the API's
# offsets count code points, so every highlight after them must still cover its own words.
ASTRAL_ID = "astral-1"
ASTRAL_TEXT = (
    "🔥🔥 Police fired tear gas at protesters in Baghdad on Monday. "
    "👮 The Interior Ministry said 𝐭𝐰𝐨 officers were hurt in Basra."
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def artifacts_dir() -> Path:
    """Where screenshots go: ``$EVENTWIRE_ARTIFACTS``, else ``artifacts/screenshots/``."""
    folder = Path(os.environ.get("EVENTWIRE_ARTIFACTS") or REPO / "artifacts" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def dashboard_db(
    pipeline: Pipeline, seed_result: ArticleResult, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A SQLite store: the seed article, the bundled examples, a hostile and an astral article."""
    path = tmp_path_factory.mktemp("dashboard") / "dashboard.db"
    hostile = Article(
        id=HOSTILE_ID,
        text=HOSTILE_TEXT,
        source="test",
        published=dt.date(2021, 11, 7),
        title="<b>Hostile</b> markup",
    )
    astral = Article(
        id=ASTRAL_ID,
        text=ASTRAL_TEXT,
        source="test",
        published=dt.date(2023, 5, 15),
        title="🔥 Astral characters",
    )
    with SQLiteStore(path) as store:
        ingest(store, seed_result)
        for article in [*read_inputs([str(EXAMPLES)]), hostile, astral]:
            ingest(store, pipeline(article))
    return path


@dataclass
class Server:
    url: str
    seed_id: str


@pytest.fixture(scope="session")
def dashboard_server(dashboard_db: Path, seed_result: ArticleResult) -> Iterator[Server]:
    """The API and dashboard over the fixture database, served by uvicorn in a thread."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = SQLiteStore(dashboard_db, read_only=True)
    app = create_app(store, load_settings([], env={}))
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard's test server did not start")
        time.sleep(0.05)
    yield Server(f"http://127.0.0.1:{port}", seed_result.article.id)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium, or a skip saying why it cannot run here."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("the playwright package is not installed (pip install -e '.[dev]')")
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("chromium is not installed (make browser installs Debian's chromium)")
    profile = tempfile.mkdtemp(prefix="eventwire-chromium-")
    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                profile,
                executable_path=executable,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1440, "height": 900},
            )
        except Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            pytest.skip(f"chromium at {executable} cannot start: {first}")
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@dataclass
class Watched:
    """A page with what it logged and requested."""

    page: Any
    base: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def open(self, route: str = "#/") -> None:
        """Load the dashboard at ``route`` (a hash route) and wait until it has rendered."""
        self.page.goto(f"{self.base}/{route}")
        self.wait_rendered(0)

    def rendered(self) -> int:
        value = self.page.get_attribute("body", "data-rendered")
        return int(value) if value else 0

    def wait_rendered(self, after: int) -> None:
        """Wait for a render later than ``after`` to finish with no request in flight."""
        self.page.wait_for_function(
            "n => Number(document.body.dataset.rendered || 0) > n"
            " && document.documentElement.dataset.busy === '0'",
            arg=after,
            timeout=20_000,
        )

    def foreign_requests(self) -> list[str]:
        own = self.base + "/"
        return [url for url in self.requests if not url.startswith(own)]


@pytest.fixture
def watched(browser: Any, dashboard_server: Server) -> Iterator[Watched]:
    """A fresh page on the test server; its console errors and requests are recorded."""
    page = browser.new_page()
    seen = Watched(page, dashboard_server.url)
    page.on(
        "console", lambda m: seen.errors.append(m.text) if m.type in ("error", "assert") else None
    )
    page.on("pageerror", lambda exc: seen.errors.append(f"uncaught: {exc}"))
    page.on("request", lambda request: seen.requests.append(request.url))
    yield seen
    page.close()
