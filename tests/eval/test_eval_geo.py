from __future__ import annotations

import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate
from eventwire.eval.geo import GeoScorer, match_place
from eventwire.records import Article, ArticleResult, Place, Span

TWO_DEGREES_KM = 2 * 6371.0088 * math.pi / 180


def _predict(fake: SimpleNamespace) -> object:
    def predict(article: Article) -> ArticleResult:
        t, pl = article.text, fake.place
        by_id = {
            "geo-1": lambda: [
                pl(t, "Lyon", "Lyon", 45.76, 4.84),
                pl(t, "Health", "Health", 10.0, 10.0),  # not a toponym: hurts precision only
                pl(t, "Marseille", "Marseille", 45.30, 5.37),  # two degrees too far north
            ],
            "geo-2": lambda: [
                pl(t, "Porto Alegre", "Porto", -30.03, -51.23),  # partial overlap still matches
                pl(t, "Guaiba", "Guaiba", -30.1, -51.3),  # gold has no coordinates
            ],
        }
        return ArticleResult(article=article, places=by_id[article.id]())

    return predict


def test_geo_scores_hand_built_results(gold_dir: Path, fake: SimpleNamespace) -> None:
    report = evaluate("geo", gold_dir / "geo.jsonl", fake.extract_with(_predict(fake)))
    m = report.metrics
    assert report.n == 2
    assert (m["n_toponyms"], m["n_geocoded"], m["n_km"]) == (5, 4, 3)
    assert m["acc_at_161km"] == pytest.approx(2 / 4)
    assert m["recall"] == pytest.approx(4 / 5)
    assert m["mention_precision"] == pytest.approx(4 / 5)
    assert m["mean_km"] == pytest.approx(TWO_DEGREES_KM / 3, abs=0.01)
    assert m["median_km"] == pytest.approx(0.0, abs=0.01)
    assert {e["field"] for e in report.errors} == {"Marseille", "Canoas"}


def test_geo_nothing_found(gold_dir: Path, fake: SimpleNamespace) -> None:
    report = evaluate("geo", gold_dir / "geo.jsonl", fake.extract_with(fake.nothing))
    assert report.metrics["acc_at_161km"] == 0.0
    assert report.metrics["recall"] == 0.0
    assert report.metrics["mean_km"] == 0.0


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ([], None),
        ([Place("p1", "A", lat=1.0, lon=1.0, mentions=[Span("x", 20, 25)])], None),
        # Largest overlap wins among geocoded places ...
        (
            [
                Place("p1", "A", lat=1.0, lon=1.0, mentions=[Span("x", 0, 2)]),
                Place("p2", "B", lat=2.0, lon=2.0, mentions=[Span("x", 0, 8)]),
            ],
            "B",
        ),
        # ... and a geocoded place beats a bigger overlap without coordinates.
        (
            [
                Place("p1", "A", mentions=[Span("x", 0, 10)]),
                Place("p2", "B", lat=2.0, lon=2.0, mentions=[Span("x", 3, 5)]),
            ],
            "B",
        ),
        ([Place("p1", "A", mentions=[Span("x", 0, 10)])], "A"),
        # A demonym linked to its country is matched like a mention of it.
        ([Place("p1", "T", lat=39.0, lon=35.0, demonym_mentions=[Span("x", 0, 7)])], "T"),
    ],
)
def test_geo_match_place(places: list[Place], expected: str | None) -> None:
    found = match_place(places, 0, 10)
    assert (found.name if found else None) == expected


def test_geo_demonyms_are_counted_apart() -> None:
    text = "Turkish troops entered Afrin near Aleppo."
    gold = {
        "id": "g",
        "text": text,
        "toponyms": [
            {"text": "Turkish", "start": 0, "end": 7, "lat": 39.0, "lon": 35.0},
            {"text": "Afrin", "start": 23, "end": 28, "lat": 36.51, "lon": 36.87},
            {"text": "Aleppo", "start": 34, "end": 40, "lat": 36.2, "lon": 37.16},
        ],
    }
    afrin = Place("p1", "Afrin", lat=36.5, lon=36.9, mentions=[Span("Afrin", 23, 28)])
    scorer = GeoScorer()
    scorer.add(gold, ArticleResult(article=Article(id="g", text=text), places=[afrin]))
    m = scorer.finish().metrics
    assert m["acc_at_161km"] == pytest.approx(1 / 3)
    assert m["demonym_share"] == pytest.approx(1 / 3)
    assert m["acc_at_161km_without_demonyms"] == pytest.approx(1 / 2)  # Aleppo is missed
