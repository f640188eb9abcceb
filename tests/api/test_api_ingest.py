"""POST /api/articles: one article or a JSON Lines batch; bad records reported, the rest stored."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from tests.api.conftest import WRITE, FakePipeline, MakeClient, assert_error

from eventwire.store import Store

AUTH = {"Authorization": f"Bearer {WRITE}"}
NDJSON = {**AUTH, "Content-Type": "application/x-ndjson"}


def line(article_id: str, text: str = "Police arrested twelve activists in Harare.") -> str:
    return json.dumps({"id": article_id, "text": text, "published": "2024-03-06"})


def test_api_ingest_one_article(client: TestClient, store: Store) -> None:
    response = client.post(
        "/api/articles", content=line("new-1"), headers=AUTH | {"Content-Type": "application/json"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["stored"] == 1 and body["failed"] == 0
    assert body["results"] == [
        {"record": "body", "article_id": "new-1", "outcome": "inserted", "events": 0}
    ]
    stored = store.get("new-1")
    assert stored is not None and str(stored.article.published) == "2024-03-06"
    again = client.post(
        "/api/articles", content=line("new-1"), headers=AUTH | {"Content-Type": "application/json"}
    )
    assert again.json()["results"][0]["outcome"] == "unchanged"


def test_api_ingest_batch_with_a_broken_line_stores_the_rest(
    client: TestClient, store: Store, fake_pipeline: FakePipeline
) -> None:
    body = "\n".join(
        [
            line("b-1"),
            '{"id": "b-2", "text": "unterminated',
            "",
            line("b-3"),
            json.dumps({"id": "b-4", "title": "no text"}),
            line("b-5", "Police arrested BOOM activists in Harare."),
        ]
    )
    response = client.post("/api/articles", content=body, headers=NDJSON)
    assert response.status_code == 200, response.text
    result = response.json()
    assert [(r["record"], r["article_id"]) for r in result["results"]] == [
        ("body:1", "b-1"),
        ("body:4", "b-3"),
    ]
    errors = {e["record"]: e for e in result["errors"]}
    assert set(errors) == {"body:2", "body:5", "body:6"}
    assert errors["body:2"]["code"] == "EW302" and "broken JSON" in errors["body:2"]["message"]
    assert errors["body:5"]["code"] == "EW302" and "no text" in errors["body:5"]["message"]
    assert errors["body:6"]["code"] == "EW819" and errors["body:6"]["article_id"] == "b-5"
    assert result["stored"] == 2 and result["failed"] == 3
    assert store.get("b-1") is not None and store.get("b-3") is not None
    assert store.get("b-5") is None
    assert fake_pipeline.seen == ["b-1", "b-3", "b-5"]


def test_api_ingest_nothing_stored_is_422_with_reasons(client: TestClient) -> None:
    response = client.post("/api/articles", content="{oops\n[1]\n", headers=NDJSON)
    error = assert_error(response, 422, "EW818")
    assert "errors" in error["message"]
    assert [e["record"] for e in response.json()["errors"]] == ["body:1", "body:2"]


def test_api_ingest_one_bad_article_gives_its_own_code(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": ""}, headers=AUTH)
    assert_error(response, 422, "EW302")


def test_api_ingest_refuses_other_content_types(client: TestClient) -> None:
    response = client.post(
        "/api/articles", content="text", headers=AUTH | {"Content-Type": "text/plain"}
    )
    assert_error(response, 415, "EW815")


def test_api_ingest_empty_or_undecodable_body_is_400(client: TestClient) -> None:
    assert_error(client.post("/api/articles", content=b"  ", headers=NDJSON), 400, "EW810")
    bad = b'{"text": "caf\xe9"}'
    response = client.post(
        "/api/articles", content=bad, headers=AUTH | {"Content-Type": "application/json"}
    )
    assert_error(response, 400, "EW810")


def test_api_ingest_clears_the_stats_cache(client: TestClient) -> None:
    before = client.get("/api/stats").json()["store"]["articles"]
    client.post("/api/articles", content=line("c-1"), headers=NDJSON)
    assert client.get("/api/stats").json()["store"]["articles"] == before + 1


def test_api_ingest_builds_the_pipeline_once(make_client: MakeClient, store: Store) -> None:
    from eventwire.api import Tokens, create_app
    from eventwire.config import load_settings

    built: list[FakePipeline] = []

    def build() -> FakePipeline:
        built.append(FakePipeline())
        return built[-1]

    app = create_app(store, load_settings(env={}), tokens=Tokens(WRITE), pipeline=build)
    client = TestClient(app)
    assert built == []  # nothing loaded until the first ingest
    for n in range(2):
        client.post("/api/articles", content=line(f"p-{n}"), headers=NDJSON)
    assert len(built) == 1 and built[0].seen == ["p-0", "p-1"]
