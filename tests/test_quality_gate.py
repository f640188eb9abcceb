"""Quality gate: the pipeline on the project's own gold fixtures must not drop below the floors
pinned in ``quality_baseline.json``. Lower a floor only on purpose, in the same commit that
explains why."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.eval import evaluate
from eventwire.extract import Pipeline
from eventwire.records import Article

HERE = Path(__file__).resolve().parent
GOLD = HERE / "fixtures" / "gold"
BASELINE = json.loads((HERE / "quality_baseline.json").read_text(encoding="utf-8"))


def _floor_check(name: str, measured: dict[str, float]) -> None:
    failures = [
        f"{key}: {measured.get(key, 0.0):.3f} < floor {floor:.3f}"
        for key, floor in BASELINE[name].items()
        if not key.startswith("_")
        if measured.get(key, 0.0) + 1e-9 < floor
    ]
    assert not failures, f"{name} dropped below its floors: " + "; ".join(failures)


@pytest.mark.slow
def test_quality_gate_events(pipeline: Pipeline) -> None:
    report = evaluate("plover", GOLD / "events.jsonl", pipeline.process)
    _floor_check("events", report.metrics)


@pytest.mark.slow
def test_quality_gate_acled(pipeline: Pipeline) -> None:
    report = evaluate("acled", GOLD / "acled.jsonl", pipeline.process)
    _floor_check("acled", report.metrics)


@pytest.mark.slow
def test_quality_gate_geo(pipeline: Pipeline) -> None:
    report = evaluate("geo", GOLD / "geo.jsonl", pipeline.process)
    _floor_check("geo", report.metrics)


@pytest.mark.slow
def test_quality_gate_confidence_means_precision(pipeline: Pipeline) -> None:
    """Events with higher confidence are right more often (type equals the sentence's gold)."""
    rows = _rows("events.jsonl")
    articles = [_article(r) for r in rows]
    scored = [
        (e.confidence, e.type == r["plover_event"])
        for r, res in zip(rows, pipeline.process(articles), strict=True)
        for e in res.events
    ]
    low = [ok for c, ok in scored if c < 0.4]
    high = [ok for c, ok in scored if c >= 0.6]
    assert low and high
    assert sum(high) / len(high) >= sum(low) / len(low) + 0.3


def _rows(name: str) -> list[dict[str, Any]]:
    text = (GOLD / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _article(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"], text=row["text"], published=dt.date.fromisoformat(row["story_date"])
    )


def _aux_scores(pipeline: Pipeline) -> dict[str, float]:
    rows = _rows("aux.jsonl")
    articles = [_article(r) for r in rows]
    hits = {flag: 0 for flag in ("negated", "hypothetical", "future", "historical")}
    for row, result in zip(rows, pipeline.process(articles), strict=True):
        same_type = [e for e in result.events if e.type == row["plover_event"]] or result.events
        for flag in hits:
            predicted = any(getattr(e.aux, flag) for e in same_type[:1]) if same_type else False
            hits[flag] += predicted == bool(row["aux"][flag])
    return {f"{flag}_accuracy": n / len(rows) for flag, n in hits.items()}


@pytest.mark.slow
def test_quality_gate_aux_modes(pipeline: Pipeline) -> None:
    _floor_check("aux", _aux_scores(pipeline))


def measure(pipeline: Pipeline) -> dict[str, Any]:
    """Every gated figure, for re-pinning the baseline on purpose."""
    return {
        "events": evaluate("plover", GOLD / "events.jsonl", pipeline.process).metrics,
        "acled": evaluate("acled", GOLD / "acled.jsonl", pipeline.process).metrics,
        "aux": _aux_scores(pipeline),
    }
