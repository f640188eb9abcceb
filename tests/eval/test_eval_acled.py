"""``acled`` task: ACLED event / sub-event type of the most confident coded event."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.eval import evaluate
from eventwire.records import Acled, Article, ArticleResult, Event, Span

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "eval" / "acled_mini.jsonl"


def _event(text: str, confidence: float, acled: Acled | None) -> Event:
    return Event(
        id=f"e{confidence}",
        type="ASSAULT",
        trigger=Span(text[:3], 0, 3),
        sentence=Span(text, 0, len(text)),
        confidence=confidence,
        acled=acled,
    )


def _predict(article: Article) -> ArticleResult:
    t = article.text
    answers = {
        "A1": [_event(t, 0.9, Acled("Battles", "Armed clash"))],
        # The most confident event without an ACLED code is skipped for the coded one.
        "A2": [
            _event(t, 0.9, None),
            _event(t, 0.5, Acled("Explosions/Remote violence", "Grenade")),
        ],
        "A3": [],
        "A4": [
            _event(t, 0.4, Acled("Strategic developments", "Other")),
            _event(t, 0.3, Acled("Strategic developments", "Arrests")),
        ],
    }
    return ArticleResult(article=article, events=answers[article.id])


def test_eval_acled_scores_sub_and_event_types() -> None:
    report = evaluate("acled", GOLD, lambda arts: (_predict(a) for a in arts))
    assert report.n == 4
    assert report.metrics["sub_event_type_accuracy"] == pytest.approx(2 / 4)
    assert report.metrics["event_type_accuracy"] == pytest.approx(3 / 4)
    assert {e["id"] for e in report.errors} == {"A3", "A4"}


def test_eval_acled_detected_from_file_name() -> None:
    report = evaluate(None, GOLD, lambda arts: (_predict(a) for a in arts))
    assert report.task == "acled"


def test_eval_acled_missing_field_is_an_eval_error(tmp_path: Path) -> None:
    bad = tmp_path / "acled.jsonl"
    bad.write_text(
        '{"id": "x", "text": "t", "story_date": "2024-01-01", "event_type": "Battles"}\n'
    )
    with pytest.raises(EvalError, match="sub_event_type"):
        evaluate("acled", bad, lambda arts: (_predict(a) for a in arts))
