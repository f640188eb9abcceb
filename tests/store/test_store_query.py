"""The filter semantics every backend shares (``eventwire.store.query``)."""

from __future__ import annotations

import pytest

from eventwire.records import Actor, ActorKind, Article, ArticleResult, Event, Span
from eventwire.store.query import (
    actor_matches,
    aggregate_actors,
    date_in_range,
    events_per_actor,
    since_prefixes,
)


@pytest.mark.parametrize(
    ("value", "since", "until", "expected"),
    [
        ("2021-11-05", None, None, True),
        (None, None, None, True),
        (None, "2021", None, False),
        ("2021-11-05", "2021-11-05", "2021-11-05", True),
        ("2021-11-05", "2021-11", None, True),
        ("2021-11-05", "2021-11-06", None, False),
        ("2021-11-05", None, "2021-11", True),
        ("2021-11-05", None, "2021-11-04", False),
        ("2021", "2021-06-01", "2021-06-30", True),  # a year overlaps any day in it
        ("2021-12", "2021-12-31", None, True),
        ("2021-12", None, "2021-11-30", False),
        ("2020", "2021", None, False),
        ("2022-01-01", None, "2021", False),
    ],
)
def test_query_date_in_range_compares_iso_prefixes(
    value: str | None, since: str | None, until: str | None, expected: bool
) -> None:
    assert date_in_range(value, since, until) is expected


def test_query_since_prefixes_lists_the_prefixes_a_date_value_can_be() -> None:
    assert since_prefixes("2021-11-05") == ["2021", "2021-11", "2021-11-05"]
    assert since_prefixes("2021-11") == ["2021", "2021-11"]
    assert since_prefixes("2021") == ["2021"]


@pytest.mark.parametrize(
    ("needle", "expected"), [("AL-", True), ("kadh", True), ("premier", True), ("pm", False)]
)
def test_query_actor_matches_name_or_mentions(needle: str, expected: bool) -> None:
    actor = Actor("a1", "Mustafa al-Kadhimi", mentions=[Span("the Premier", 0, 11)])
    assert actor_matches(actor, needle) is expected


def _actor(kind: ActorKind, role: str | None, sector: str | None = "GOV") -> Actor:
    return Actor("a1", "Jane Doe", kind, "NLD", sector, role)


def test_query_aggregate_prefers_a_known_kind_over_unknown() -> None:
    items = [
        ("x", _actor("unknown", None), 0),
        ("y", _actor("unknown", None), 0),
        ("z", _actor("person", "Mayor"), 1),
    ]
    (row,) = aggregate_actors(items, None)
    assert (row.kind, row.role, row.n_articles, row.n_events) == ("person", "Mayor", 3, 1)


def test_query_aggregate_breaks_ties_alphabetically() -> None:
    items = [("x", _actor("person", "Mayor"), 0), ("y", _actor("person", "Deputy"), 0)]
    (row,) = aggregate_actors(items, None)
    assert row.role == "Deputy"


def test_query_aggregate_sums_events_and_counts_distinct_articles() -> None:
    items = [("x", _actor("person", None), 2), ("x", _actor("person", None), 1)]
    (row,) = aggregate_actors(items, None)
    assert (row.n_articles, row.n_events) == (1, 3)


def test_query_aggregate_orders_and_limits() -> None:
    def actor(name: str, country: str | None) -> Actor:
        return Actor("a", name, "person", country)

    items = [
        ("x", actor("B", "NLD"), 1),
        ("x", actor("A", "NLD"), 1),
        ("y", actor("B", None), 5),
        ("z", actor("B", "NLD"), 0),
    ]
    rows = aggregate_actors(items, None)
    assert [(r.name, r.country) for r in rows] == [("B", "NLD"), ("B", None), ("A", "NLD")]
    assert len(aggregate_actors(items, 1)) == 1


def test_query_events_per_actor_counts_each_event_once() -> None:
    def event(n: int, source: list[str], target: list[str]) -> Event:
        trigger = Span("met", 0, 3)
        return Event(f"e{n}", "CONSULT", trigger, trigger, source=source, target=target)

    result = ArticleResult(
        article=Article(id="x", text="met"),
        events=[event(1, ["a1"], ["a2"]), event(2, ["a1", "a1"], ["a1"]), event(3, [], ["a2"])],
    )
    assert events_per_actor(result) == {"a1": 2, "a2": 2}
