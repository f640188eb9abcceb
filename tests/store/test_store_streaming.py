"""Streaming queries: ``iter_events`` / ``iter_quotes`` give the rows of ``events`` / ``quotes``
one at a time, and the store can be used between two of them (every backend)."""

from __future__ import annotations

import pytest

from eventwire.store import EventFilter, QuoteFilter, Store


@pytest.mark.parametrize(
    "f", [EventFilter(), EventFilter(type="PROTEST"), EventFilter(limit=2), EventFilter(limit=0)]
)
def test_store_iter_events_matches_events(filled: Store, f: EventFilter) -> None:
    streamed = [row.to_dict() for row in filled.iter_events(f)]
    assert streamed == [row.to_dict() for row in filled.events(f)]
    rows = {(r.article_id, r.event.id): r for r in filled.iter_events(f)}
    for row in filled.events(f):
        same = rows[(row.article_id, row.event.id)]
        assert (same.actors, same.places) == (row.actors, row.places)


@pytest.mark.parametrize("f", [QuoteFilter(), QuoteFilter(limit=1)])
def test_store_iter_quotes_matches_quotes(filled: Store, f: QuoteFilter) -> None:
    assert list(filled.iter_quotes(f)) == filled.quotes(f)


def test_store_usable_between_two_streamed_rows(filled: Store) -> None:
    rows = filled.iter_events(EventFilter())
    first = next(rows)
    assert filled.count()["events"] == 4  # a read while the listing is open
    assert len(filled.events(EventFilter())) == 4
    assert [first, *rows] == filled.events(EventFilter())


def test_store_streamed_rows_are_copies(filled: Store) -> None:
    first = next(iter(filled.iter_events(EventFilter(type="PROTEST"))))
    first.actors["a1"].name = "changed"
    first.actors["a1"].mentions.clear()
    again = filled.events(EventFilter(type="PROTEST"))[0]
    assert again.actors["a1"].name == "Protesters" and again.actors["a1"].mentions
