"""``quotes`` task: the scorer on hand-made results, and floors for the pipeline on our fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.errors import EvalError
from eventwire.eval import evaluate
from eventwire.eval.quotes import content_match, occurrences
from eventwire.extract import Pipeline
from eventwire.records import Actor, Article, ArticleResult, Quote, Span

GOLD = Path(__file__).resolve().parents[1] / "fixtures" / "gold" / "quotes.jsonl"
#: Floors just under what the pipeline reaches on ``quotes.jsonl`` (see docs/quotes.md).
FLOORS = {
    "direct_found": 0.95,
    "direct_speaker": 0.93,
    "indirect_found": 0.9,
    "precision": 0.93,
    "channel_accuracy": 0.93,
    "speaking_for_accuracy": 0.7,
}

TEXT = (
    '"The border will stay closed until further notice," said Colonel Ana Ribeiro. '
    'She called it a "temporary measure" and said the army would patrol the river.'
)


def _span(sub: str) -> Span:
    start = TEXT.index(sub)
    return Span(sub, start, start + len(sub))


def _gold_line() -> dict[str, object]:
    return {
        "id": "Q1",
        "text": TEXT,
        "story_date": "2024-01-01",
        "quotes": [
            {
                "content": "The border will stay closed until further notice,",
                "speaker": "Ana Ribeiro",
                "direct": True,
                "channel": None,
            },
            {
                "content": "the army would patrol the river",
                "speaker": "Ana Ribeiro",
                "direct": False,
                "channel": "statement",
            },
        ],
        "not_quotes": ["temporary measure"],
    }


def _predict(article: Article) -> ArticleResult:
    ana = Actor("a1", "Ana Ribeiro", "person", mentions=[_span("Ana Ribeiro")])
    quotes = [
        Quote("q1", _span("The border will stay closed"), speaker="a1", channel=None),
        Quote("q2", _span("temporary measure"), speaker="a1"),
        Quote("q3", _span("the army would patrol the river"), speaker=None, direct=False),
    ]
    return ArticleResult(article=article, actors=[ana], quotes=quotes)


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "quotes_mini.jsonl"
    path.write_text(json.dumps(_gold_line()) + "\n", encoding="utf-8")
    return path


def test_quotes_eval_scores_hand_made_results(gold_file: Path) -> None:
    report = evaluate(None, gold_file, lambda arts: (_predict(a) for a in arts))
    m = report.metrics
    assert report.task == "quotes"
    assert (m["direct_found"], m["direct_speaker"]) == (1.0, 1.0)
    assert (m["indirect_found"], m["indirect_speaker"]) == (1.0, 0.0)
    assert m["precision"] == pytest.approx(2 / 3)
    assert m["channel_accuracy"] == pytest.approx(1 / 2)
    assert m["false_quotes"] == 1
    assert {e["field"] for e in report.errors} >= {"speaker", "channel", "not_quote"}


@pytest.mark.parametrize(
    ("gold", "pred", "match"),
    [((0, 40), (0, 20), True), ((0, 40), (30, 60), False), ((10, 20), (0, 100), True)],
)
def test_quotes_eval_content_match_needs_half_the_shorter(
    gold: tuple[int, int], pred: tuple[int, int], match: bool
) -> None:
    quote = Quote("q1", Span("x" * (pred[1] - pred[0]), *pred))
    assert content_match(gold, quote) is match


def test_quotes_eval_occurrences_finds_every_one() -> None:
    assert occurrences("he said, he said", "he said") == [(0, 7), (9, 16)]
    assert occurrences("text", "") == []


def test_quotes_eval_content_not_in_text_is_an_eval_error(tmp_path: Path) -> None:
    line = _gold_line()
    line["quotes"] = [{"content": "words nobody wrote", "speaker": "Ana Ribeiro"}]
    path = tmp_path / "quotes_bad.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not in the text"):
        evaluate("quotes", path, lambda arts: (_predict(a) for a in arts))


def test_quotes_eval_fixtures_are_consistent() -> None:
    lines = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    quotes = [q for line in lines for q in line["quotes"]]
    assert len(quotes) >= 60
    for line in lines:
        for q in line["quotes"]:
            for key in ("content", "speaker", "speaking_for"):
                assert q.get(key) is None or q[key] in line["text"], (line["id"], key)
            assert q["channel"] in (None, "tweet", "statement", "interview")


def test_quotes_eval_pipeline_meets_the_floors(pipeline: Pipeline) -> None:
    report = evaluate("quotes", GOLD, lambda arts: pipeline.process(arts))
    for metric, floor in FLOORS.items():
        assert report.metrics[metric] >= floor, (metric, report.metrics, report.errors)
