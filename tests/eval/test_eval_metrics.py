from __future__ import annotations

import math

import pytest

from eventwire.eval.metrics import (
    ClassTally,
    bcubed_scores,
    binary_scores,
    f1,
    haversine_km,
    mean,
    median,
    pairwise_scores,
    ratio,
)

ONE_DEGREE_KM = 6371.0088 * math.pi / 180


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((10.0, 20.0), (10.0, 20.0), 0.0),
        ((0.0, 0.0), (1.0, 0.0), ONE_DEGREE_KM),  # one degree along a meridian
        ((0.0, 0.0), (0.0, 1.0), ONE_DEGREE_KM),  # one degree along the equator
        ((0.0, 0.0), (0.0, 180.0), math.pi * 6371.0088),  # antipodes: half the circumference
        ((51.5074, -0.1278), (48.8566, 2.3522), 343.56),  # London - Paris
    ],
)
def test_metrics_haversine_known_distances(
    a: tuple[float, float], b: tuple[float, float], km: float
) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, abs=0.05)
    assert haversine_km(*b, *a) == pytest.approx(km, abs=0.05)


@pytest.mark.parametrize(
    ("values", "expected_median", "expected_mean"),
    [
        ([], 0.0, 0.0),
        ([3.0], 3.0, 3.0),
        ([5.0, 1.0, 3.0], 3.0, 3.0),
        ([4.0, 1.0, 2.0, 9.0], 3.0, 4.0),
    ],
)
def test_metrics_median_and_mean(
    values: list[float], expected_median: float, expected_mean: float
) -> None:
    assert median(values) == expected_median
    assert mean(values) == expected_mean


def test_metrics_ratio_and_f1_handle_zero() -> None:
    assert ratio(3, 0) == 0.0
    assert ratio(1, 4) == 0.25
    assert f1(0.0, 0.0) == 0.0
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)


def test_metrics_class_tally_counts_abstention_as_miss_only() -> None:
    tally = ClassTally()
    for gold, pred in [("A", "A"), ("A", "B"), ("B", None), ("B", "B"), ("C", "A")]:
        tally.add(gold, pred)
    scores = tally.per_class()
    assert scores["A"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert scores["B"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert scores["C"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}
    assert tally.macro_f1() == pytest.approx(1 / 3)


def test_metrics_binary_scores() -> None:
    assert binary_scores(2, 1, 0) == {
        "precision": pytest.approx(2 / 3),
        "recall": 1.0,
        "f1": pytest.approx(0.8),
        "support": 2,
    }


GOLD = {"1": "A", "2": "A", "3": "B", "4": "C", "5": "C", "6": "D"}


@pytest.mark.parametrize(
    ("predicted", "pairwise", "bcubed"),
    [
        (dict(GOLD), (1.0, 1.0, 1.0), (1.0, 1.0, 1.0)),
        ({k: k for k in GOLD}, (0.0, 0.0, 0.0), (1.0, 4 / 6, 0.8)),
        (
            {"1": "x", "2": "x", "3": "x", "4": "y", "5": "z", "6": "z"},
            (1 / 4, 1 / 2, 1 / 3),
            (11 / 18, 5 / 6, 2 * (11 / 18) * (5 / 6) / (11 / 18 + 5 / 6)),
        ),
        # Items missing from the prediction are singletons.
        ({"1": "x", "2": "x"}, (1.0, 0.5, 2 / 3), (1.0, 4 / 6 + 1 / 6, 2 * (5 / 6) / (11 / 6))),
    ],
)
def test_metrics_clustering_scores(
    predicted: dict[str, str],
    pairwise: tuple[float, float, float],
    bcubed: tuple[float, float, float],
) -> None:
    pw = pairwise_scores(GOLD, predicted)
    b3 = bcubed_scores(GOLD, predicted)
    assert (pw["precision"], pw["recall"], pw["f1"]) == pytest.approx(pairwise)
    assert (b3["precision"], b3["recall"], b3["f1"]) == pytest.approx(bcubed)
