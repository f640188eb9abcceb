from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate
from eventwire.eval.cameo import keep, root
from eventwire.records import Article, ArticleResult


def _predict(fake: SimpleNamespace) -> object:
    def predict(article: Article) -> ArticleResult:
        t, ev = article.text, fake.event
        by_id = {
            "T1": lambda: [ev(t, "praised", "SUPPORT", 0.9, cameo="043")],
            "T2": lambda: [
                ev(t, "agreed", "ASSAULT", 0.9, cameo="190"),
                ev(t, "study", "COOPERATE", 0.4, cameo="036"),
            ],
            "T3": lambda: [],
            "T4": lambda: [ev(t, "stayed", "CONSULT", 0.3, cameo="040")],
            "T5": lambda: [],
            "T6": lambda: [ev(t, "criticised", "ACCUSE", 0.6, cameo="112")],
            "T7": lambda: [ev(t, "restore", "AGREE", 0.6, cameo="064")],
        }
        return ArticleResult(article=article, events=by_id[article.id]())

    return predict


@pytest.mark.parametrize(
    ("subset", "n", "top1", "any_match", "silent", "n_coded"),
    [
        (None, 5, 1 / 3, 2 / 3, 1 / 2, 3),  # default: the AFP records
        ("up_petr2_gsr_validation", 6, 2 / 4, 3 / 4, 1 / 2, 4),
        ("petr2_unittest", 1, 1.0, 1.0, 0.0, 1),
        ("all", 7, 3 / 5, 4 / 5, 1 / 2, 5),
    ],
)
def test_cameo_scores_subsets(
    gold_dir: Path,
    fake: SimpleNamespace,
    subset: str | None,
    n: int,
    top1: float,
    any_match: float,
    silent: float,
    n_coded: int,
) -> None:
    report = evaluate(
        "cameo", gold_dir / "petrarch.jsonl", fake.extract_with(_predict(fake)), subset=subset
    )
    assert report.n == n
    assert report.metrics["root_top1_accuracy"] == pytest.approx(top1)
    assert report.metrics["root_any_match"] == pytest.approx(any_match)
    assert report.metrics["no_event_correct"] == pytest.approx(silent)
    assert report.metrics["n_coded"] == n_coded


def test_cameo_per_root_and_dates(gold_dir: Path, fake: SimpleNamespace) -> None:
    seen: list[Article] = []

    def predict(article: Article) -> ArticleResult:
        seen.append(article)
        return _predict(fake)(article)  # type: ignore[operator]

    report = evaluate("cameo", gold_dir / "petrarch.jsonl", fake.extract_with(predict))
    assert report.per_class["04"]["recall"] == 1.0
    assert report.per_class["03"]["support"] == 1 and report.per_class["03"]["recall"] == 0.0
    assert report.per_class["19"]["precision"] == 0.0
    assert seen[0].published is not None and seen[0].published.isoformat() == "2008-08-05"


@pytest.mark.parametrize(
    ("code", "expected"),
    [("0352", "03"), ("190", "19"), ("04", "04"), ("1", None), (None, None), ("---", None)],
)
def test_cameo_root(code: str | None, expected: str | None) -> None:
    assert root(code) == expected


@pytest.mark.parametrize(
    ("subset", "kept"),
    [("all", True), ("up", True), ("up/AFP", True), ("up/GOLD", False), ("petr", False)],
)
def test_cameo_keep(subset: str, kept: bool) -> None:
    assert keep({"subset": "up", "category": "AFP"}, subset) is kept
