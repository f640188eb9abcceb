from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate
from eventwire.records import Article, ArticleResult


def _predict(fake: SimpleNamespace) -> object:
    def predict(article: Article) -> ArticleResult:
        t, ev, ac = article.text, fake.event, fake.actor
        # Lazily built: each entry only finds its words in its own sentence.
        by_id = {
            "T-AGREE-1": lambda: (
                [ev(t, "signed", "AGREE", 0.9, source=["a1", "a2"])],
                [ac("a1", "France", "FRA"), ac("a2", "Germany", "DEU")],
            ),
            # Top event wrong, but the ASSAULT event carries the right actors.
            "T-ASSAULT-1": lambda: (
                [
                    ev(t, "shelled", "ACCUSE", 0.8),
                    ev(t, "shelled", "ASSAULT", 0.6, source=["a1"], target=["a2"]),
                ],
                [ac("a1", "Rebels", "COD", "REB"), ac("a2", "police", "COD", "COP")],
            ),
            "T-REQUEST-1": lambda: (
                [ev(t, "urged", "REQUEST", 0.7, source=["a1"], target=["a2"])],
                [ac("a1", "Kenyan government", "KEN", "GOV"), ac("a2", "Uganda", "TZA")],
            ),
            "T-PROTEST-1": lambda: ([], []),
            "T-ACCUSE-1": lambda: (
                [ev(t, "accused", "REJECT", 0.5, source=["a1"], target=["a2"])],
                [ac("a1", "Peru", "PER"), ac("a2", "Ecuador", "ECU")],
            ),
        }
        events, actors = by_id[article.id]()
        return ArticleResult(article=article, events=events, actors=actors)

    return predict


def test_plover_scores_hand_built_results(gold_dir: Path, fake: SimpleNamespace) -> None:
    report = evaluate("plover", gold_dir / "plover.jsonl", fake.extract_with(_predict(fake)))
    assert report.n == 5
    m = report.metrics
    assert m["top1_accuracy"] == pytest.approx(2 / 5)
    assert m["any_match"] == pytest.approx(3 / 5)
    assert m["no_event_rate"] == pytest.approx(1 / 5)
    assert m["source_country_accuracy"] == pytest.approx(4 / 5)
    assert m["target_country_accuracy"] == pytest.approx(2 / 3)
    assert m["sector_accuracy"] == pytest.approx(2 / 3)
    assert (m["n_source_country"], m["n_target_country"], m["n_sector"]) == (5, 3, 3)
    assert m["macro_f1"] == pytest.approx(2 / 5)


@pytest.mark.parametrize(
    ("label", "precision", "recall", "support"),
    [
        ("AGREE", 1.0, 1.0, 1),
        ("REQUEST", 1.0, 1.0, 1),
        ("ASSAULT", 0.0, 0.0, 1),
        ("ACCUSE", 0.0, 0.0, 1),
        ("PROTEST", 0.0, 0.0, 1),
        ("REJECT", 0.0, 0.0, 0),
    ],
)
def test_plover_per_type_scores(
    gold_dir: Path,
    fake: SimpleNamespace,
    label: str,
    precision: float,
    recall: float,
    support: int,
) -> None:
    report = evaluate("plover", gold_dir / "plover.jsonl", fake.extract_with(_predict(fake)))
    scores = report.per_class[label]
    assert (scores["precision"], scores["recall"], scores["support"]) == (
        precision,
        recall,
        support,
    )


def test_plover_articles_carry_story_date(gold_dir: Path, fake: SimpleNamespace) -> None:
    seen: list[Article] = []

    def predict(article: Article) -> ArticleResult:
        seen.append(article)
        return fake.nothing(article)

    report = evaluate("plover", gold_dir / "plover.jsonl", fake.extract_with(predict))
    assert [a.published.isoformat() for a in seen if a.published] == ["2000-01-01"] * 5
    assert report.metrics["no_event_rate"] == 1.0
    assert report.metrics["top1_accuracy"] == 0.0
    assert {e["field"] for e in report.errors} >= {"type", "source_country"}
