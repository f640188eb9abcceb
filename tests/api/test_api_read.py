"""The read endpoints through the app: filters, paging, sorting, ids, GeoJSON, stats."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import MakeClient, assert_error


def keys(client: TestClient, query: str) -> list[str]:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 200, response.text
    return [item["key"] for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["art-0:e1", "art-2:e1", "art-1:e1", "art-1:e2"]),
        ("type=protest", ["art-1:e1"]),
        ("country=BEL", ["art-2:e1"]),
        ("country=be", ["art-2:e1"]),  # alpha-2, as the CLI reads it
        ("actor=police", ["art-1:e2"]),
        ("since=2021-11", ["art-1:e1", "art-1:e2"]),
        ("until=2020", ["art-2:e1"]),
        ("min_confidence=0.6", ["art-1:e1", "art-1:e2"]),
        ("article_id=art-2", ["art-2:e1"]),
        ("sort=-date", ["art-1:e2", "art-1:e1", "art-2:e1", "art-0:e1"]),
    ],
)
def test_api_events_filters(client: TestClient, query: str, expected: list[str]) -> None:
    assert keys(client, query) == expected


def test_api_events_story_filter(client: TestClient) -> None:
    story = client.get("/api/events?article_id=art-1").json()["items"][0]["story_id"]
    assert keys(client, f"story_id={story}") == ["art-1:e1", "art-1:e2"]


def test_api_events_rows_resolve_actors_and_place(client: TestClient) -> None:
    row = client.get("/api/events/art-1:e2").json()
    assert row["article_id"] == "art-1" and row["id"] == "e2"
    assert {a["name"] for a in row["actors"].values()} == {"Police", "Protesters"}
    assert row["place_detail"]["name"] == "Harbor City"


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_api_events_pages_cover_everything_once(client: TestClient, sort: str) -> None:
    everything = keys(client, f"sort={sort}")
    seen: list[str] = []
    offset: int | None = 0
    while offset is not None:
        body = client.get(f"/api/events?sort={sort}&limit=3&offset={offset}").json()
        seen += [item["key"] for item in body["items"]]
        offset = body["next_offset"]
    assert seen == everything


def test_api_events_page_past_the_end_is_empty(client: TestClient) -> None:
    body = client.get("/api/events?offset=100").json()
    assert body["items"] == [] and body["next_offset"] is None


def test_api_events_limit_over_cap_is_422(make_client: MakeClient) -> None:
    client = make_client(overrides=["api.max_page_size=3", "api.page_size=2"])
    assert len(client.get("/api/events").json()["items"]) == 2  # the default page size
    assert len(client.get("/api/events?limit=3").json()["items"]) == 3
    error = assert_error(client.get("/api/events?limit=4"), 422, "EW811")
    assert "api.max_page_size" in error["message"]


@pytest.mark.parametrize(
    "query",
    [
        "since=2021-13",
        "until=yesterday",
        "limit=-1",
        "offset=-5",
        "limit=ten",
        "min_confidence=2",
        "sort=newest",
        "fused=maybe",
        "type=RIOT",
        "country=zz",
        "country=Belgium",
    ],
)
def test_api_events_bad_parameter_is_422_json(client: TestClient, query: str) -> None:
    assert_error(client.get(f"/api/events?{query}"), 422, "EW811")


def test_api_events_fused(client: TestClient) -> None:
    items = client.get("/api/events?fused=true").json()["items"]
    assert {f["type"] for f in items} == {"ACCUSE", "CONSULT", "PROTEST", "ASSAULT"}
    fused = items[0]
    assert fused["id"].startswith("f")
    assert client.get(f"/api/events/{fused['id']}").json() == fused


@pytest.mark.parametrize(
    "path",
    [
        "/api/events/art-1:e9",
        "/api/events/nope:e1",
        "/api/events/f000000000000",
        "/api/articles/nope",
        "/api/stories/nope",
        "/api/nothing-here",
    ],
)
def test_api_unknown_id_is_404_json(client: TestClient, path: str) -> None:
    assert_error(client.get(path), 404, "EW813")


def test_api_wrong_method_is_405_json(client: TestClient) -> None:
    assert_error(client.delete("/api/events"), 405, "EW816")


def test_api_geojson_has_points_for_located_events(client: TestClient) -> None:
    response = client.get("/api/events.geojson")
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["type"] == "FeatureCollection"
    by_key = {f["id"]: f for f in body["features"]}
    assert set(by_key) == {"art-1:e1", "art-1:e2", "art-2:e1"}  # art-0's event has no place
    brussels = by_key["art-2:e1"]
    assert brussels["geometry"] == {"type": "Point", "coordinates": [4.34878, 50.85045]}
    assert brussels["properties"]["place_name"] == "Brussels"
    assert len(client.get("/api/events.geojson?type=PROTEST").json()["features"]) == 1
    assert len(client.get("/api/events.geojson?fused=true").json()["features"]) == 3


def test_api_article_has_text_and_every_span(client: TestClient) -> None:
    body = client.get("/api/articles/art-1").json()
    text = body["article"]["text"]
    assert text.startswith("Protesters marched")
    for actor in body["actors"]:
        for m in actor["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    assert [p["name"] for p in body["places"]] == ["Harbor City"]
    assert body["times"][0]["value"] == "2021-11-05"
    assert [e["id"] for e in body["events"]] == ["e1", "e2"]
    assert body["quotes"][0]["content"]["text"] == "We will listen."
    assert body["story_id"]


def test_api_actors_quotes_stories(client: TestClient) -> None:
    actors = client.get("/api/actors?country=NLD").json()["items"]
    assert actors[0]["name"] == "Jane Doe"  # in two articles
    assert [a["name"] for a in client.get("/api/actors?name=piet").json()["items"]] == [
        "Piet Claes"
    ]
    quotes = client.get("/api/quotes?actor=doe").json()["items"]
    assert [(q["article_id"], q["speaker_name"]) for q in quotes] == [("art-1", "Jane Doe")]
    assert_error(client.get("/api/quotes?since=2021-02-30"), 422, "EW811")
    stories = client.get("/api/stories").json()["items"]
    assert len(stories) == 3
    story_id = next(s["story_id"] for s in stories if s["articles"] == ["art-1"])
    story = client.get(f"/api/stories/{story_id}").json()
    assert {f["type"] for f in story["fused"]} == {"PROTEST", "ASSAULT"}
    assert story["article_info"][0]["title"] == "Harbor march"
    assert (story["country"], story["country_name"]) == ("NLD", "The Netherlands")


def test_api_stats_counts(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["total"] == 4 and stats["undated"] == 1 and stats["not_daily"] == 1
    assert stats["per_day"] == [
        {"date": "2021-11-05", "total": 2, "quad": {"1": 1, "2": 0, "3": 1, "4": 0}}
    ]
    assert stats["per_type"] == {"ACCUSE": 1, "ASSAULT": 1, "CONSULT": 1, "PROTEST": 1}
    assert stats["per_country"] == {"NLD": 4, "BEL": 1}
    assert stats["per_quad"] == {"1": 3, "2": 0, "3": 1, "4": 0}
    assert stats["store"]["articles"] == 3
    assert client.get("/api/stats?type=PROTEST").json()["total"] == 1


def test_api_docs_are_served_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "http://" not in page.text and "https://" not in page.text
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert f"/docs/assets/{asset}" in page.text
        assert client.get(f"/docs/assets/{asset}").status_code == 200
    schema = client.get("/openapi.json").json()
    assert "/api/events" in schema["paths"]


def test_api_sends_no_cors_headers(client: TestClient) -> None:
    response = client.get("/api/events", headers={"Origin": "https://elsewhere.test"})
    assert "access-control-allow-origin" not in response.headers


def test_api_answers_keep_their_documented_parameters_and_media_type(client: TestClient) -> None:
    """The handlers' answers skip FastAPI's re-encoding (``routes.JSONRoute``); their
    parameters must still reach the OpenAPI schema and the answer must still be JSON."""
    schema = client.get("/openapi.json").json()
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "country", "actor", "since", "until", "offset", "limit", "sort"} <= names
    response = client.get("/api/events?limit=1")
    assert response.headers["content-type"] == "application/json"
    assert response.json()["limit"] == 1


@pytest.mark.parametrize(
    "path", ["/api/events?text=tear", "/api/events?fused=true&text=tear", "/api/stories?typ=x"]
)
def test_api_refuses_a_query_parameter_the_endpoint_does_not_take(
    client: TestClient, path: str
) -> None:
    """FastAPI would ignore it and answer every row, unfiltered."""
    name = path.rsplit("&", 1)[-1].split("?")[-1].split("=")[0]
    error = assert_error(client.get(path), 422, "EW811")
    assert repr(name) in error["message"]


def test_api_fused_free_text_matches_a_member_events_sentence(client: TestClient) -> None:
    every = client.get("/api/events?fused=true").json()["items"]
    found = client.get("/api/events?fused=true&q=tear%20gas").json()["items"]
    assert found and len(found) < len(every)
