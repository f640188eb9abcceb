"""``HEAD`` answers on every ``GET`` route, with the ``GET`` headers and no body."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import READ, MakeClient, assert_error


@pytest.mark.parametrize(
    "path", ["/api/stats", "/api/events?limit=1", "/docs", "/openapi.json", "/"]
)
def test_head_answers_like_get_without_a_body(client: TestClient, path: str) -> None:
    got = client.get(path)
    head = client.head(path)
    assert (got.status_code, head.status_code) == (200, 200)
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))
    assert head.headers["x-content-type-options"] == "nosniff"


def test_head_keeps_the_get_route_rules(make_client: MakeClient) -> None:
    client = make_client(read=READ)
    head = client.head("/api/stats")  # reads need the read token, as for GET
    assert head.status_code == 401 and head.content == b""
    assert client.head("/api/stats", headers={"Authorization": f"Bearer {READ}"}).status_code == 200
    assert client.head("/api/nowhere").status_code == 404
    assert_error(client.post("/api/stats"), 405)  # other methods still refused
