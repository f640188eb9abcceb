"""Metric arithmetic shared by the scorers: ratios, per-class P/R/F1, distances, clusterings.

Every function here is pure and works on plain Python values, so each can be tested alone.
A ratio with an empty denominator is ``0.0`` rather than an error: an eval over a handful of items
may legitimately have no gold for some field, and the count next to it says so.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

EARTH_RADIUS_KM = 6371.0088

K = TypeVar("K", bound=Hashable)


def ratio(num: float, den: float) -> float:
    """``num / den``, or ``0.0`` when ``den`` is zero."""
    return num / den if den else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (``0.0`` when both are zero)."""
    return ratio(2 * precision * recall, precision + recall)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def median(values: Iterable[float]) -> float:
    """Median of the values, ``0.0`` for none."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean of the values, ``0.0`` for none."""
    items = list(values)
    return ratio(sum(items), len(items))


@dataclass
class ClassTally:
    """Single-label classification counts: one gold label and at most one prediction per item.

    A missing prediction (``None``) counts as a false negative for the gold label and as a false
    positive for nothing, so precision is not hurt by abstaining but recall is.
    """

    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    support: Counter[str] = field(default_factory=Counter)

    def add(self, gold: str, predicted: str | None) -> None:
        self.support[gold] += 1
        if predicted == gold:
            self.tp[gold] += 1
            return
        self.fn[gold] += 1
        if predicted is not None:
            self.fp[predicted] += 1

    def per_class(self) -> dict[str, dict[str, float]]:
        """Precision, recall, F1 and support for every label seen as gold or prediction."""
        labels = sorted(set(self.support) | set(self.fp))
        return {label: self._scores(label) for label in labels}

    def macro_f1(self) -> float:
        """Mean F1 over the labels that occur in the gold."""
        return mean(self._scores(label)["f1"] for label in self.support)

    def _scores(self, label: str) -> dict[str, float]:
        p = ratio(self.tp[label], self.tp[label] + self.fp[label])
        r = ratio(self.tp[label], self.tp[label] + self.fn[label])
        return {"precision": p, "recall": r, "f1": f1(p, r), "support": self.support[label]}


def binary_scores(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 of the positive class from raw counts (support = tp + fn)."""
    p = ratio(tp, tp + fp)
    r = ratio(tp, tp + fn)
    return {"precision": p, "recall": r, "f1": f1(p, r), "support": tp + fn}


def _contingency(gold: Mapping[K, str], predicted: Mapping[K, str]) -> Counter[tuple[str, str]]:
    """Counts of items per (gold cluster, predicted cluster); items only in gold are singletons."""
    cells: Counter[tuple[str, str]] = Counter()
    for item, g in gold.items():
        cells[(g, predicted.get(item, f"\x00singleton:{item!r}"))] += 1
    return cells


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_scores(gold: Mapping[K, str], predicted: Mapping[K, str]) -> dict[str, float]:
    """Pairwise clustering precision/recall/F1 over the items of ``gold``.

    A pair of items is positive when both share a cluster; precision is the share of predicted
    same-cluster pairs that are gold same-cluster pairs. Items absent from ``predicted`` are
    treated as singletons.
    """
    cells = _contingency(gold, predicted)
    gold_sizes: Counter[str] = Counter()
    pred_sizes: Counter[str] = Counter()
    for (g, pc), n in cells.items():
        gold_sizes[g] += n
        pred_sizes[pc] += n
    tp = sum(_pairs(n) for n in cells.values())
    precision = ratio(tp, sum(_pairs(n) for n in pred_sizes.values()))
    recall = ratio(tp, sum(_pairs(n) for n in gold_sizes.values()))
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}


def bcubed_scores(gold: Mapping[K, str], predicted: Mapping[K, str]) -> dict[str, float]:
    """B³ precision/recall/F1 (Bagga & Baldwin 1998) over the items of ``gold``.

    For each item, precision is the share of its predicted cluster that shares its gold cluster
    and recall the share of its gold cluster that shares its predicted cluster; both are averaged
    over items. Items absent from ``predicted`` are treated as singletons.
    """
    cells = _contingency(gold, predicted)
    gold_sizes: defaultdict[str, int] = defaultdict(int)
    pred_sizes: defaultdict[str, int] = defaultdict(int)
    for (g, pc), n in cells.items():
        gold_sizes[g] += n
        pred_sizes[pc] += n
    total = sum(cells.values())
    # Each of the n items in a cell scores n/|pred| precision and n/|gold| recall.
    precision = ratio(sum(n * n / pred_sizes[pc] for (_, pc), n in cells.items()), total)
    recall = ratio(sum(n * n / gold_sizes[g] for (g, _), n in cells.items()), total)
    return {"precision": precision, "recall": recall, "f1": f1(precision, recall)}
