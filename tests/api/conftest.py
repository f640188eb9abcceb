"""Fixtures for the API tests: an app over a store holding the hand-built store articles, and a
fake pipeline (no NLP is run) for ingest."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.store.conftest import brussels_article, harbor_article, undated_article

from eventwire.api import Tokens, create_app
from eventwire.config import load_settings
from eventwire.records import Article, ArticleResult
from eventwire.store import MemoryStore, Store

WRITE = "write-secret"
READ = "read-secret"


class FakePipeline:
    """Turns each article into a result with no records; fails on texts containing "BOOM"."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def process(
        self,
        articles: Iterable[Article],
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[ArticleResult]:
        for article in articles:
            self.seen.append(article.id)
            if "BOOM" in article.text:
                exc = RuntimeError("the fake pipeline blew up")
                if on_error is None:
                    raise exc
                on_error(article, exc)
                continue
            yield ArticleResult(article=article)


@pytest.fixture
def store() -> Iterator[Store]:
    with MemoryStore() as s:
        for result in (harbor_article(), brussels_article(), undated_article()):
            s.put(result)
        yield s


@pytest.fixture
def fake_pipeline() -> FakePipeline:
    return FakePipeline()


MakeClient = Callable[..., TestClient]


@pytest.fixture
def make_client(store: Store, fake_pipeline: FakePipeline) -> MakeClient:
    """A client of an app over ``store``: ``make_client(read=..., write=..., settings=[...])``."""

    def make(
        write: str | None = WRITE, read: str | None = None, overrides: Iterable[str] = ()
    ) -> TestClient:
        settings = load_settings(list(overrides), env={})
        app = create_app(store, settings, tokens=Tokens(write, read), pipeline=fake_pipeline)
        return TestClient(app, raise_server_exceptions=False)

    return make


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    return make_client()


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, str]:
    """The response is a JSON error of this status (and code); returns its ``error`` object."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error: dict[str, str] = response.json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    if code is not None:
        assert error["code"] == code
    return error
