"""Tokens, body caps, errors without tracebacks, article text returned as data, the bind check."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import READ, WRITE, MakeClient, assert_error
from tests.store.conftest import harbor_article
from typer.testing import CliRunner

from eventwire.api import Tokens, check_bind
from eventwire.cli import app as cli_app
from eventwire.errors import ServeError
from eventwire.records import ArticleResult
from eventwire.store import Store

ONE = {
    "id": "new-1",
    "text": "Police arrested twelve activists in Harare.",
    "published": "2024-03-06",
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("headers", [{}, bearer("wrong"), {"Authorization": WRITE}])
def test_api_ingest_without_the_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/articles", json=ONE, headers=headers)
    assert_error(response, 401, "EW812")
    assert response.headers["www-authenticate"] == "Bearer"


def test_api_ingest_is_off_without_a_write_token(make_client: MakeClient) -> None:
    client = make_client(write=None)
    assert_error(client.post("/api/articles", json=ONE, headers=bearer("x")), 403, "EW817")


def test_api_reads_are_open_without_a_read_token(client: TestClient) -> None:
    assert client.get("/api/events").status_code == 200


@pytest.mark.parametrize("path", ["/api/events", "/api/articles/art-1", "/api/stats"])
def test_api_read_token_guards_reads(make_client: MakeClient, path: str) -> None:
    client = make_client(read=READ)
    assert_error(client.get(path), 401, "EW812")
    assert_error(client.get(path, headers=bearer("wrong")), 401, "EW812")
    assert client.get(path, headers=bearer(READ)).status_code == 200
    assert client.get(path, headers=bearer(WRITE)).status_code == 200  # the write token reads


def test_api_oversized_body_is_413(make_client: MakeClient) -> None:
    client = make_client(overrides=["api.max_body_bytes=1000"])
    big = {**ONE, "text": "word " * 400}
    response = client.post("/api/articles", json=big, headers=bearer(WRITE))
    error = assert_error(response, 413, "EW814")
    assert "api.max_body_bytes" in error["message"]


def test_api_oversized_streamed_body_is_413(make_client: MakeClient) -> None:
    """A chunked body gives no Content-Length: the count while reading stops it."""
    client = make_client(overrides=["api.max_body_bytes=1000"])

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(10):
            yield b'{"text": "' + b"x" * 200 + b'"}\n'

    headers = {**bearer(WRITE), "Content-Type": "application/x-ndjson"}
    assert_error(client.post("/api/articles", content=chunks(), headers=headers), 413, "EW814")


def test_api_unexpected_error_is_json_without_traceback(client: TestClient, store: Store) -> None:
    def boom(*_: object) -> None:
        raise RuntimeError("secret internals at /home/x")

    store.get = boom  # type: ignore[method-assign]
    response = client.get("/api/articles/art-1")
    error = assert_error(response, 500, "EW899")
    assert "secret" not in response.text and "Traceback" not in response.text
    assert "log" in error["message"]


def test_api_script_in_article_text_comes_back_as_json_data(
    client: TestClient, store: Store
) -> None:
    script = "<script>alert('x')</script>"
    result: ArticleResult = harbor_article(" " + script)
    result.article.id = "art-script"
    result.article.title = script
    store.put(result)
    for path in ("/api/articles/art-script", "/api/events?article_id=art-script"):
        response = client.get(path)
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"
    body = client.get("/api/articles/art-script").json()
    assert body["article"]["text"].endswith(script)  # unchanged: the dashboard escapes it
    assert body["article"]["title"] == script
    assert json.loads(client.get("/api/articles/art-script").text) == body


def test_api_error_messages_are_json_even_for_html_looking_ids(client: TestClient) -> None:
    response = client.get("/api/articles/<b>x</b>")
    assert_error(response, 404, "EW813")
    assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_api_bind_to_localhost_needs_no_token(host: str) -> None:
    check_bind(host, Tokens())


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.4", "::", "example.org"])
def test_api_bind_beyond_localhost_needs_a_token(host: str) -> None:
    with pytest.raises(ServeError, match="--token"):
        check_bind(host, Tokens())
    check_bind(host, Tokens(write="t"))


def test_api_serve_refuses_public_bind_without_token(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVENTWIRE_TOKEN", raising=False)
    monkeypatch.delenv("EVENTWIRE_READ_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "--db", ":memory:", "--host", "0.0.0.0"])
    assert isinstance(result.exception, ServeError)
    assert result.exception.code == "EW800"
    assert "refusing to listen on 0.0.0.0 without a token" in str(result.exception)
