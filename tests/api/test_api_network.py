"""The free-text filter ``q`` and ``GET /api/network`` through the app, over each backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import MakeClient, assert_error
from tests.store.conftest import brussels_article, harbor_article, undated_article

from eventwire.api import Tokens, create_app
from eventwire.config import load_settings
from eventwire.store import SQLiteStore


@pytest.fixture
def sqlite_client(tmp_path: Path) -> Iterator[TestClient]:
    """The same three articles served from a SQLite file."""
    with SQLiteStore(tmp_path / "api.db") as store:
        for result in (harbor_article(), brussels_article(), undated_article()):
            store.put(result)
        app = create_app(store, load_settings(env={}), tokens=Tokens())
        yield TestClient(app, raise_server_exceptions=False)


def _keys(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    return [item["key"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Tear%20GAS", ["art-1:e2"]),  # the sentence
        ("marched", ["art-1:e1"]),  # the trigger
        ("claes", ["art-2:e1"]),  # an actor's name
        ("doe", ["art-0:e1", "art-2:e1"]),
        ("", ["art-0:e1", "art-2:e1", "art-1:e1", "art-1:e2"]),  # empty: no filter
    ],
)
def test_api_q_filters_events(
    client: TestClient, sqlite_client: TestClient, q: str, expected: list[str]
) -> None:
    assert _keys(client, f"q={q}") == expected
    assert _keys(sqlite_client, f"q={q}") == expected


def test_api_q_applies_to_geojson_stats_and_network(client: TestClient) -> None:
    features = client.get("/api/events.geojson?q=tear").json()["features"]
    assert [f["id"] for f in features] == ["art-1:e2"]
    assert client.get("/api/stats?q=doe").json()["total"] == 2
    edges = client.get("/api/network?q=claes").json()["edges"]
    assert [(e["source"], e["target"]) for e in edges] == [("Jane Doe|NLD", "Piet Claes|BEL")]
    fused = client.get("/api/events?fused=true&q=claes").json()["items"]
    assert [f["type"] for f in fused] == ["CONSULT"]


def test_api_network_contract(client: TestClient, sqlite_client: TestClient) -> None:
    body = client.get("/api/network").json()
    assert set(body) == {"nodes", "edges", "truncated"} and body["truncated"] is False
    assert body["edges"] == [
        {"source": "Jane Doe|NLD", "target": "Piet Claes|BEL", "events": 1,
         "types": {"CONSULT": 1}},
        {"source": "Jane Doe|NLD", "target": "council|", "events": 1, "types": {"ACCUSE": 1}},
        {"source": "Police|NLD", "target": "Protesters|NLD", "events": 1,
         "types": {"ASSAULT": 1}},
    ]  # fmt: skip
    assert body["nodes"][0] == {"id": "Jane Doe|NLD", "name": "Jane Doe", "country": "NLD",
                                "events": 2}  # fmt: skip
    node_ids = {n["id"] for n in body["nodes"]}
    assert node_ids == {e[k] for e in body["edges"] for k in ("source", "target")}
    assert sqlite_client.get("/api/network").json() == body


def test_api_network_filters_and_limit(client: TestClient) -> None:
    one = client.get("/api/network?limit=1").json()
    assert len(one["edges"]) == 1 and one["truncated"] is True and len(one["nodes"]) == 2
    assert client.get("/api/network?type=ASSAULT").json()["edges"][0]["types"] == {"ASSAULT": 1}
    assert client.get("/api/network?country=BEL").json()["edges"][0]["target"] == "Piet Claes|BEL"
    assert client.get("/api/network?since=2030").json() == {
        "nodes": [],
        "edges": [],
        "truncated": False,
    }


def test_api_network_limit_over_cap_is_422(make_client: MakeClient) -> None:
    client = make_client(overrides=["api.max_network_edges=2", "api.network_edges=2"])
    assert len(client.get("/api/network").json()["edges"]) == 2
    error = assert_error(client.get("/api/network?limit=3"), 422, "EW811")
    assert "api.max_network_edges" in error["message"]
    assert_error(client.get("/api/network?limit=-1"), 422, "EW811")


def test_api_network_default_over_cap_is_a_config_error(make_client: MakeClient) -> None:
    from eventwire.errors import ConfigError

    with pytest.raises(ConfigError, match="api.network_edges"):
        make_client(overrides=["api.max_network_edges=5", "api.network_edges=6"])


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_api_pages_are_the_same_over_sqlite(
    client: TestClient, sqlite_client: TestClient, sort: str
) -> None:
    for offset in range(5):
        query = f"/api/events?sort={sort}&limit=2&offset={offset}"
        assert sqlite_client.get(query).json() == client.get(query).json()
    fused = sqlite_client.get("/api/events?fused=true&sort=-date").json()["items"]
    assert sqlite_client.get(f"/api/events/{fused[0]['id']}").json() == fused[0]
    assert sqlite_client.get("/api/stats").json() == client.get("/api/stats").json()
