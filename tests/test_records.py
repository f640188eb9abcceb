"""Records round-trip through their one JSON form."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.records import (
    Acled,
    Actor,
    Article,
    ArticleResult,
    Aux,
    Casualties,
    Count,
    Event,
    EventDate,
    Place,
    Quote,
    Span,
    TimeExpr,
)


def _result() -> ArticleResult:
    text = "Police fired on protesters in Lagos on Monday."
    return ArticleResult(
        article=Article("x1", text, "Wire", dt.date(2024, 3, 6), "http://x", "T"),
        actors=[Actor("a1", "police", "group", "NGA", "COP", None, [Span("Police", 0, 6)])],
        places=[
            Place(
                "p1",
                "Lagos",
                2332459,
                6.45,
                3.39,
                "NGA",
                "05",
                "PPLA",
                "city",
                [Span("Lagos", 30, 35)],
            )
        ],
        times=[TimeExpr("Monday", 39, 45, "DATE", "2024-03-04")],
        events=[
            Event(
                "e1",
                "ASSAULT",
                Span("fired", 7, 12),
                Span(text, 0, len(text)),
                "firearms",
                ["repression"],
                "190",
                4,
                Acled("Protests", "Excessive force against protesters"),
                ["a1"],
                [],
                "p1",
                EventDate("2024-03-04", "day", "Monday", 39, 45),
                Casualties(killed=Count(1, None, "at least one")),
                Aux(historical=False),
                0.8,
            )
        ],
        quotes=[
            Quote("q1", Span("calm", 0, 4), "a1", Span("Police", 0, 6), None, False, "statement")
        ],
    )


def test_records_round_trip_equals_original_dict() -> None:
    result = _result()
    d = result.to_dict(with_text=True)
    assert ArticleResult.from_dict(d).to_dict(with_text=True) == d


def test_records_text_only_with_text() -> None:
    assert "text" not in _result().to_dict()["article"]
    assert _result().to_dict(with_text=True)["article"]["text"].startswith("Police")


@pytest.mark.parametrize(("source", "text"), [(None, "a"), ("Wire", "a"), ("Wire", "b")])
def test_records_article_id_is_stable_and_distinct(source: str | None, text: str) -> None:
    ids = {Article.make_id(s, t) for s, t in [(None, "a"), ("Wire", "a"), ("Wire", "b")]}
    assert len(ids) == 3
    assert Article.make_id(source, text) == Article.make_id(source, text)


def test_records_lookup_helpers() -> None:
    r = _result()
    assert r.actor("a1") is not None and r.actor("a9") is None
    assert r.place("p1") is not None and r.place(None) is None
