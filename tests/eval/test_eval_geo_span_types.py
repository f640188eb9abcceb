"""The geo scorer skips GeoWebNews gold spans that are not toponyms, or whose offsets are off."""

from __future__ import annotations

from typing import Any

import pytest
from tests.eval.conftest import place

from eventwire.eval.geo import NOT_TOPONYMS, GeoScorer, is_toponym
from eventwire.records import Article, ArticleResult, Place

TEXT = "Flooding closed the city centre of Paris while the United Nations met in Geneva."


def _gold(text: str, sub: str, **fields: Any) -> dict[str, Any]:
    """A gold span on the first ``sub`` in ``text``, with extra fields (type, lat, lon...)."""
    start = text.index(sub)
    return {"text": sub, "start": start, "end": start + len(sub), **fields}


def _score(toponyms: list[dict[str, Any]], places: list[Place]) -> dict[str, float]:
    scorer = GeoScorer()
    gold = {"id": "g", "text": TEXT, "toponyms": toponyms}
    scorer.add(gold, ArticleResult(article=Article(id="g", text=TEXT), places=places))
    return scorer.finish().metrics


PARIS = place(TEXT, "Paris", "Paris", 48.86, 2.35)
GENEVA = place(TEXT, "Geneva", "Geneva", 46.2, 6.15)


def test_geo_literal_expression_is_not_a_toponym_to_find() -> None:
    m = _score(
        [
            _gold(TEXT, "city", type="Literal_Expression"),
            _gold(TEXT, "Paris", type="Literal", lat=48.86, lon=2.35),
        ],
        [PARIS],
    )
    assert (m["n_toponyms"], m["n_geocoded"]) == (1, 1)
    assert m["recall"] == pytest.approx(1.0)
    assert m["mention_precision"] == pytest.approx(1.0)
    assert m["acc_at_161km"] == pytest.approx(1.0)


@pytest.mark.parametrize("span_type", sorted(NOT_TOPONYMS))
def test_geo_non_toponym_types_are_skipped(span_type: str) -> None:
    m = _score(
        [
            _gold(TEXT, "United Nations", type=span_type),
            _gold(TEXT, "Geneva", type="Literal", lat=46.2, lon=6.15),
        ],
        [GENEVA],
    )
    assert m["n_toponyms"] == 1
    assert m["recall"] == pytest.approx(1.0)


def test_geo_mention_on_a_non_toponym_span_is_not_precise() -> None:
    # "United Nations" is gold, but as a Non_Toponym: a place predicted there is no hit.
    un = place(TEXT, "United Nations", "United Nations", 40.75, -73.97)
    m = _score(
        [
            _gold(TEXT, "United Nations", type="Non_Toponym"),
            _gold(TEXT, "Geneva", type="Literal", lat=46.2, lon=6.15),
        ],
        [un, GENEVA],
    )
    assert m["mention_precision"] == pytest.approx(1 / 2)


def test_geo_unaligned_span_is_not_counted() -> None:
    m = _score(
        [
            _gold(TEXT, "Paris", type="Literal", lat=48.86, lon=2.35),
            _gold(TEXT, "Geneva", type="Literal", lat=46.2, lon=6.15, offset_status="unaligned"),
        ],
        [PARIS, GENEVA],
    )
    assert (m["n_toponyms"], m["n_geocoded"]) == (1, 1)
    assert m["recall"] == pytest.approx(1.0)
    # Geneva's mention overlaps only the unaligned span, which no longer counts as gold.
    assert m["mention_precision"] == pytest.approx(1 / 2)


def test_geo_spans_without_type_all_count() -> None:
    m = _score(
        [
            _gold(TEXT, "city"),
            _gold(TEXT, "Paris", lat=48.86, lon=2.35),
        ],
        [PARIS],
    )
    assert (m["n_toponyms"], m["n_geocoded"]) == (2, 1)
    assert m["recall"] == pytest.approx(1 / 2)


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ({"start": 0, "end": 5}, True),
        ({"start": 0, "end": 5, "type": "Literal"}, True),
        ({"start": 0, "end": 5, "type": "Demonym"}, True),
        ({"start": 0, "end": 5, "type": "Metonymic", "offset_status": "aligned"}, True),
        ({"start": 0, "end": 5, "type": "Homonym"}, False),
        ({"start": 0, "end": 5, "type": "Literal", "offset_status": "unaligned"}, False),
        ({"end": 5}, False),
        ("Paris", False),
    ],
)
def test_geo_is_toponym(span: Any, expected: bool) -> None:
    assert is_toponym(span) is expected
