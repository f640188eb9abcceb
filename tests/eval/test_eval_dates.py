from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate
from eventwire.records import Article, ArticleResult, EventDate


def _predict(fake: SimpleNamespace, seen: list[Article]) -> object:
    def predict(article: Article) -> ArticleResult:
        seen.append(article)
        t, tm, ev = article.text, fake.time, fake.event
        if article.id == "m1":
            times = [
                tm(t, "Monday", "DATE", "2011-05-02"),
                tm(t, "May 3", "DATE", "2011-05-03"),  # partial span still matches
                tm(t, "two weeks", "DURATION", "P2W"),
                tm(t, "said", "DATE", "2011-05-02"),  # spurious
            ]
            events = [
                ev(t, "fell", "CONCEDE", date=EventDate("2011-05-02")),
                ev(t, "said", "CONSULT", date=EventDate("2011-05-02")),  # gold 2011-05-03
            ]
            return ArticleResult(article=article, times=times, events=events)
        times = [tm(t, "Every year", "DATE", "P1Y")]  # right value, wrong type
        return ArticleResult(article=article, times=times)

    return predict


def test_dates_scores_hand_built_results(gold_dir: Path, fake: SimpleNamespace) -> None:
    seen: list[Article] = []
    report = evaluate("dates", gold_dir / "meantime.jsonl", fake.extract_with(_predict(fake, seen)))
    m = report.metrics
    assert report.n == 2
    assert (m["n_date"], m["n_timex"], m["n_event_dates"]) == (3, 6, 2)
    assert m["date_value_accuracy"] == pytest.approx(2 / 3)
    assert m["value_accuracy"] == pytest.approx(4 / 6)
    assert m["detection_recall"] == pytest.approx(4 / 6)
    assert m["detection_precision"] == pytest.approx(4 / 5)
    assert m["detection_f1"] == pytest.approx(2 * 0.8 * (4 / 6) / (0.8 + 4 / 6))
    assert m["type_accuracy"] == pytest.approx(3 / 4)
    assert m["event_date_accuracy"] == pytest.approx(1 / 2)
    assert m["n_missing_dct"] == 1


@pytest.mark.parametrize(
    ("kind", "support", "recall", "value_accuracy"),
    [
        ("DATE", 3, 2 / 3, 2 / 3),
        ("DURATION", 1, 1.0, 1.0),
        ("SET", 1, 1.0, 1.0),
        ("TIME", 1, 0.0, 0.0),
    ],
)
def test_dates_per_type(
    gold_dir: Path,
    fake: SimpleNamespace,
    kind: str,
    support: int,
    recall: float,
    value_accuracy: float,
) -> None:
    report = evaluate("dates", gold_dir / "meantime.jsonl", fake.extract_with(_predict(fake, [])))
    scores = report.per_class[kind]
    assert scores["support"] == support
    assert scores["recall"] == pytest.approx(recall)
    assert scores["value_accuracy"] == pytest.approx(value_accuracy)


def test_dates_published_from_dct_malformed_is_none(gold_dir: Path, fake: SimpleNamespace) -> None:
    seen: list[Article] = []
    evaluate("dates", gold_dir / "meantime.jsonl", fake.extract_with(_predict(fake, seen)))
    assert [a.published.isoformat() if a.published else None for a in seen] == ["2011-05-02", None]
