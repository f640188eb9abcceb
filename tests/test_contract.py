"""The JSON contract: real output validates against the shipped schema; every span is exact."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from eventwire.extract import Pipeline
from eventwire.readers import read_inputs
from eventwire.records import Article, ArticleResult

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "examples" / "articles"
GOLD = Path(__file__).resolve().parent / "fixtures" / "gold"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = (
        resources.files("eventwire")
        .joinpath("schema", "article_result.schema.json")
        .read_text("utf-8")
    )
    return json.loads(text)


def _fixture_articles() -> list[Article]:
    articles = list(read_inputs([str(EXAMPLES)], glob="*.txt"))
    articles += list(read_inputs([str(GOLD / "events.jsonl"), str(GOLD / "aux.jsonl")]))
    return articles


def _spans(d: dict[str, Any]) -> list[dict[str, Any]]:
    spans = [m for a in d["actors"] for m in a["mentions"]] + [
        m for p in d["places"] for m in p["mentions"]
    ]
    spans += d["times"]
    for e in d["events"]:
        spans += [e["trigger"], e["sentence"]]
        if e["date"] and e["date"]["text"] is not None:
            spans.append(e["date"])
    for q in d["quotes"]:
        spans += [s for s in (q["content"], q["speaker_span"], q["cue"]) if s]
    return spans


def _check(result: ArticleResult, schema: dict[str, Any]) -> None:
    d = json.loads(json.dumps(result.to_dict(with_text=True)))
    jsonschema.validate(d, schema)
    text = d["article"]["text"]
    for span in _spans(d):
        assert text[span["start"] : span["end"]] == span["text"], span
    ids = {a["id"] for a in d["actors"]}
    places = {p["id"] for p in d["places"]}
    for e in d["events"]:
        assert set(e["source"]) <= ids and set(e["target"]) <= ids
        assert e["place"] is None or e["place"] in places
    for q in d["quotes"]:
        assert q["speaker"] is None or q["speaker"] in ids


def test_contract_every_fixture_validates_with_exact_spans(
    pipeline: Pipeline, schema: dict[str, Any]
) -> None:
    articles = _fixture_articles()
    assert len(articles) >= 40
    results = list(pipeline.process(articles))
    assert len(results) == len(articles)
    assert sum(len(r.events) for r in results) >= len(articles) // 2
    for result in results:
        _check(result, schema)


def test_contract_seed_article(seed_result: ArticleResult, schema: dict[str, Any]) -> None:
    _check(seed_result, schema)
    assert seed_result.article.published is not None
    assert seed_result.article.published.isoformat() == "2021-11-07"
    assert seed_result.article.source == "Shafaq News"
