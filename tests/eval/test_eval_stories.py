from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate
from eventwire.eval import stories as stories_task
from eventwire.records import Article, ArticleResult


def test_stories_scores_a_given_clustering(
    gold_dir: Path, fake: SimpleNamespace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # gold: {7_1, 7_2} {7_3} {9_1, 9_2} {9_3}; predicted: {7_1, 7_2, 7_3} {9_1} {9_2, 9_3}
    predicted = {
        "7_1ecb": "x",
        "7_2ecb": "x",
        "7_3ecbplus": "x",
        "9_1ecb": "y",
        "9_2ecb": "z",
        "9_3ecbplus": "z",
    }
    received: list[str] = []

    def clustering(results: Sequence[ArticleResult]) -> dict[str, str]:
        received.extend(r.article.id for r in results)
        return predicted

    monkeypatch.setattr(stories_task, "assign_stories", clustering)
    report = evaluate("stories", gold_dir / "ecbplus.jsonl", fake.extract_with(fake.nothing))
    m = report.metrics
    assert received == list(predicted)
    assert (m["pairwise_precision"], m["pairwise_recall"]) == (pytest.approx(1 / 4), 0.5)
    assert m["pairwise_f1"] == pytest.approx(1 / 3)
    assert m["bcubed_precision"] == pytest.approx(11 / 18)
    assert m["bcubed_recall"] == pytest.approx(5 / 6)
    assert (m["n_gold_stories"], m["n_predicted_stories"]) == (4, 3)
    assert {e["field"] for e in report.errors} == {"merged", "split"}


def test_stories_real_clustering_on_fixture(gold_dir: Path, fake: SimpleNamespace) -> None:
    report = evaluate("stories", gold_dir / "ecbplus.jsonl", fake.extract_with(fake.nothing))
    assert report.metrics["bcubed_f1"] == 1.0
    assert report.metrics["pairwise_f1"] == 1.0
    assert report.metrics["batch_bcubed_f1"] == 1.0
    assert report.errors == []


def test_stories_are_filed_one_at_a_time_in_file_order(
    gold_dir: Path, fake: SimpleNamespace
) -> None:
    results = [
        ArticleResult(Article(f"a{i}", text))
        for i, text in enumerate(
            [
                "A 5.8 earthquake shook Northern Luzon , damaging churches in Laoag .",
                "Acme Corporation will buy Widgetco for $ 2.4 billion , Dana Holt said .",
                "Churches in Laoag cracked when the 5.8 quake hit Northern Luzon .",
            ]
        )
    ]
    stories = stories_task.assign_stories(results)
    assert stories["a0"] == stories["a2"] != stories["a1"]
    # the story is named after its first article, whatever joins later
    assert stories_task.assign_stories(results[:1])["a0"] == stories["a0"]
