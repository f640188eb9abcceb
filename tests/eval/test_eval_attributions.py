"""``attributions`` precision: a quote on a gold attribution without a source is no false one."""

from __future__ import annotations

from eventwire.eval.attributions import AttributionsScorer
from eventwire.records import Article, ArticleResult, Quote, Span

TEXT = "The senator said the bill would pass. Critics, it seems, doubt the count is right."


def _span(sub: str) -> Span:
    start = TEXT.index(sub)
    return Span(sub, start, start + len(sub))


def _gold_span(sub: str) -> dict[str, object]:
    s = _span(sub)
    return {"text": sub, "fragments": [[s.start, s.end]]}


GOLD = {
    "id": "x1",
    "text": TEXT,
    "attributions": [
        {
            "id": "r1",
            "type": "Attribution",
            "source": _gold_span("The senator"),
            "cue": _gold_span("said"),
            "content": [_gold_span("the bill would pass")],
        },
        {  # PolNeAR's Attribution-no-source: not scored for recall, still an attribution
            "id": "r2",
            "type": "Attribution-no-source",
            "source": None,
            "cue": _gold_span("seems"),
            "content": [_gold_span("doubt the count is right")],
        },
    ],
}


def _quote(qid: str, content: str, cue: str) -> Quote:
    return Quote(qid, _span(content), None, _span("The senator"), _span(cue), False)


def _score(quotes: list[Quote]) -> dict[str, float]:
    scorer = AttributionsScorer()
    result = ArticleResult(article=Article(id="x1", text=TEXT), quotes=quotes)
    scorer.add(GOLD, result)
    return scorer.finish().metrics


def test_attributions_precision_counts_a_quote_on_a_sourceless_attribution() -> None:
    m = _score([_quote("q1", "the bill would pass", "said"), _quote("q2", "the count", "doubt")])
    assert m["precision"] == 1.0
    assert m["n_indirect"] == 1 and m["indirect_source"] == 1.0


def test_attributions_precision_still_counts_a_quote_on_nothing() -> None:
    m = _score([_quote("q1", "the bill would pass", "said"), _quote("q2", "Critics", "seems")])
    assert m["precision"] == 0.5
