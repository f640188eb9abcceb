"""Behaviour every store backend must share; each test runs once per backend (see conftest)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.errors import StoreError
from eventwire.records import ActorKind, ArticleResult, EventDate
from eventwire.store import ActorFilter, EventFilter, QuoteFilter, Store


def event_keys(store: Store, f: EventFilter) -> list[tuple[str, str]]:
    return [(row.article_id, row.event.id) for row in store.events(f)]


def quote_keys(store: Store, f: QuoteFilter) -> list[tuple[str, str]]:
    return [(row.article_id, row.quote.id) for row in store.quotes(f)]


def test_store_round_trip_equals_json_with_text(
    store: Store, articles: list[ArticleResult]
) -> None:
    for result in articles:
        assert store.put(result) == "inserted"
    for result in articles:
        got = store.get(result.article.id)
        assert got is not None
        assert got.to_dict(with_text=True) == result.to_dict(with_text=True)


def test_store_get_unknown_id_is_none(filled: Store) -> None:
    assert filled.get("no-such-article") is None


def test_store_put_twice_is_unchanged_and_stored_once(
    store: Store, articles: list[ArticleResult]
) -> None:
    assert store.put(articles[0]) == "inserted"
    assert store.put(articles[0]) == "unchanged"
    counts = store.count()
    assert counts == {**counts, "articles": 1, "events": 2, "actors": 3, "places": 1, "quotes": 1}
    assert counts["stories"] == 1


def test_store_changed_text_replaces_and_drops_old_events(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    store.put(harbor(""))
    changed = harbor(" The march ended peacefully.")
    changed.events = changed.events[:1]
    assert store.put(changed) == "replaced"
    assert event_keys(store, EventFilter(article_id="art-1")) == [("art-1", "e1")]
    got = store.get("art-1")
    assert got is not None and got.article.text.endswith("peacefully.")
    assert store.count()["events"] == 1
    assert store.count()["articles"] == 1


def test_store_same_text_new_result_replaces(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    store.put(harbor(""))
    upgraded = harbor("")
    upgraded.events[1].type = "COERCE"  # what a pipeline upgrade might change
    assert store.put(upgraded) == "replaced"
    assert event_keys(store, EventFilter(type="ASSAULT")) == []
    assert event_keys(store, EventFilter(type="COERCE")) == [("art-1", "e2")]


def test_store_keeps_copies_not_the_callers_objects(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    result = harbor("")
    store.put(result)
    result.events[0].type = "MUTATED"
    row = store.events(EventFilter(type="PROTEST"))[0]
    row.event.type = "MUTATED TOO"
    row.actors["a1"].name = "changed"
    again = store.events(EventFilter(type="PROTEST"))[0]
    assert (again.event.type, again.actors["a1"].name) == ("PROTEST", "Protesters")


def test_store_iter_results_in_storing_order(
    filled: Store, articles: list[ArticleResult], harbor: Callable[[str], ArticleResult]
) -> None:
    assert [r.article.id for r in filled.iter_results()] == ["art-1", "art-2", "art-0"]
    assert [r.to_dict(with_text=True) for r in filled.iter_results()] == [
        a.to_dict(with_text=True) for a in articles
    ]
    filled.put(harbor(" Later text."))  # a replaced article counts as stored last
    assert [r.article.id for r in filled.iter_results()] == ["art-2", "art-0", "art-1"]


def test_store_count_all_tables(filled: Store) -> None:
    counts = filled.count()
    assert counts == {**counts, "articles": 3, "events": 4, "actors": 7, "places": 3, "quotes": 2}
    assert 1 <= counts["stories"] <= 3
    assert counts["fused_events"] <= counts["events"]


def test_store_events_ordered_by_date_article_position(filled: Store) -> None:
    assert event_keys(filled, EventFilter()) == [
        ("art-0", "e1"),  # no date sorts first
        ("art-2", "e1"),  # "2020"
        ("art-1", "e1"),  # "2021-11-05"
        ("art-1", "e2"),
    ]


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (EventFilter(type="PROTEST"), [("art-1", "e1")]),
        (EventFilter(type="assault"), [("art-1", "e2")]),
        (EventFilter(country="BEL"), [("art-2", "e1")]),
        (
            EventFilter(country="nld"),
            [("art-0", "e1"), ("art-2", "e1"), ("art-1", "e1"), ("art-1", "e2")],
        ),
        (EventFilter(actor="doe"), [("art-0", "e1"), ("art-2", "e1")]),
        (EventFilter(actor="DEMONSTRATORS"), [("art-1", "e1"), ("art-1", "e2")]),  # a mention
        (EventFilter(actor="nobody"), []),
        (EventFilter(since="2021"), [("art-1", "e1"), ("art-1", "e2")]),
        (EventFilter(since="2020-06"), [("art-2", "e1"), ("art-1", "e1"), ("art-1", "e2")]),
        (EventFilter(since="2021-11-06"), []),
        (EventFilter(until="2020"), [("art-2", "e1")]),
        (EventFilter(until="2021-11"), [("art-2", "e1"), ("art-1", "e1"), ("art-1", "e2")]),
        (EventFilter(until="2021-11-04"), [("art-2", "e1")]),
        (EventFilter(since="2021-11-05", until="2021-11-05"), [("art-1", "e1"), ("art-1", "e2")]),
        (EventFilter(min_confidence=0.5), [("art-1", "e1"), ("art-1", "e2")]),
        (EventFilter(min_confidence=0.812), [("art-1", "e1")]),  # stored rounded: 0.812
        (EventFilter(article_id="art-2"), [("art-2", "e1")]),
        (EventFilter(limit=2), [("art-0", "e1"), ("art-2", "e1")]),
        (EventFilter(limit=0), []),
        (EventFilter(country="NLD", since="2021", limit=1), [("art-1", "e1")]),
        (EventFilter(type="CONSULT", actor="claes", country="BEL"), [("art-2", "e1")]),
        (EventFilter(type="CONSULT", country="FRA"), []),
    ],
    ids=lambda v: repr(v) if isinstance(v, EventFilter) else "",
)
def test_store_events_filters(
    filled: Store, f: EventFilter, expected: list[tuple[str, str]]
) -> None:
    assert event_keys(filled, f) == expected


def test_store_event_row_carries_referenced_actors_and_place(filled: Store) -> None:
    (row,) = filled.events(EventFilter(type="ASSAULT"))
    assert row.story_id is not None and row.story_id.startswith("s")
    assert sorted(row.actors) == ["a1", "a2"]
    assert row.actors["a2"].sector == "COP"
    assert list(row.places) == ["p1"] and row.places["p1"].lat == pytest.approx(52.123456789)
    assert row.event.casualties.injured is not None and row.event.casualties.injured.min == 2
    assert row.to_dict()["article_id"] == "art-1" and "story_id" in row.to_dict()
    (undated,) = filled.events(EventFilter(type="ACCUSE"))
    assert undated.places == {} and sorted(undated.actors) == ["a1", "a2"]


def test_store_event_date_overlaps_prefix_bounds(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    """A year-precision date overlaps any day of that year, on both bounds."""
    result = harbor("")
    result.events[1].date = EventDate("2021", "year")
    store.put(result)
    assert event_keys(store, EventFilter(since="2021-12-31")) == [("art-1", "e2")]
    assert event_keys(store, EventFilter(until="2021-01-01")) == [("art-1", "e2")]
    assert event_keys(store, EventFilter(since="2022")) == []


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (QuoteFilter(), [("art-1", "q1"), ("art-2", "q1")]),
        (QuoteFilter(actor="JANE"), [("art-1", "q1")]),
        (QuoteFilter(actor="spokes"), [("art-2", "q1")]),  # matched on the speaker span
        (QuoteFilter(since="2021-12"), [("art-2", "q1")]),
        (QuoteFilter(until="2021-11"), [("art-1", "q1")]),
        (QuoteFilter(since="2021-11-08", until="2021-11-30"), []),
        (QuoteFilter(article_id="art-2"), [("art-2", "q1")]),
        (QuoteFilter(limit=1), [("art-1", "q1")]),
    ],
    ids=repr,
)
def test_store_quotes_filters(
    filled: Store, f: QuoteFilter, expected: list[tuple[str, str]]
) -> None:
    assert quote_keys(filled, f) == expected


def test_store_quote_row_has_speaker_and_published(filled: Store) -> None:
    first, second = filled.quotes(QuoteFilter())
    assert first.speaker is not None and first.speaker.name == "Jane Doe"
    assert first.published == "2021-11-07"
    assert first.quote.channel == "statement" and first.quote.content.text == "We will listen."
    assert second.speaker is None and second.quote.direct is False
    assert first.to_dict()["article_id"] == "art-1"


def test_store_actors_aggregated_by_name_and_country(filled: Store) -> None:
    rows = {(r.name, r.country): r for r in filled.actors(ActorFilter())}
    jane = rows[("Jane Doe", "NLD")]
    # Three articles; events: the 2020 meeting and the criticism (the quote is no event).
    assert (jane.n_articles, jane.n_events) == (3, 2)
    # "unknown" in one article does not beat "person" seen in two; None roles do not count.
    assert (jane.kind, jane.role, jane.sector) == ("person", "Mayor", "GOV")
    assert (rows[("Protesters", "NLD")].n_events, rows[("Police", "NLD")].n_events) == (2, 1)
    assert rows[("council", None)].kind == "organization"


def test_store_actors_sorted_most_seen_first(filled: Store) -> None:
    names = [r.name for r in filled.actors(ActorFilter())]
    assert names == ["Jane Doe", "Protesters", "Piet Claes", "Police", "council"]


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (ActorFilter(country="bel"), ["Piet Claes"]),
        (ActorFilter(sector="COP"), ["Police"]),
        (ActorFilter(sector="GOV"), ["Jane Doe", "Piet Claes"]),
        (ActorFilter(name="OL"), ["Police"]),
        (ActorFilter(name="e", country="NLD", limit=2), ["Jane Doe", "Protesters"]),
        (ActorFilter(limit=0), []),
    ],
    ids=repr,
)
def test_store_actors_filters(filled: Store, f: ActorFilter, expected: list[str]) -> None:
    assert [r.name for r in filled.actors(f)] == expected


def test_store_actors_sector_filter_counts_matching_mentions_only(filled: Store) -> None:
    (jane,) = filled.actors(ActorFilter(name="jane", sector="GOV"))
    assert (jane.n_articles, jane.n_events) == (2, 1)  # the undated article has no sector


@pytest.mark.parametrize("make_filter", [EventFilter, QuoteFilter, ActorFilter])
def test_store_filters_reject_negative_limit(make_filter: type) -> None:
    with pytest.raises(ValueError, match="limit"):
        make_filter(limit=-1)


def test_store_closed_store_raises(store: Store, articles: list[ArticleResult]) -> None:
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.put(articles[0])
    with pytest.raises(StoreError, match="closed"):
        store.count()


def test_store_backends_agree_on_many_date_bounds(
    make_store: Callable[[str], Store], harbor: Callable[[str], ArticleResult]
) -> None:
    """The SQL date conditions and the Python ones must select the same events."""
    values = [
        "2019",
        "2020-12",
        "2021",
        "2021-01",
        "2021-01-31",
        "2021-11",
        "2021-11-05",
        "2022-02-28",
    ]
    result = harbor("")
    template = result.events[0]
    result.events = []
    for i, value in enumerate(values):
        event = type(template).from_dict({**template.to_dict(), "id": f"e{i}"})
        event.date = EventDate(value, "day")
        result.events.append(event)
    stores = [make_store(kind) for kind in ("memory", "sqlite")]
    for s in stores:
        s.put(result)
    bounds = [None, "2020", "2021", "2021-01", "2021-01-15", "2021-11-05", "2022"]
    for since in bounds:
        for until in bounds:
            f = EventFilter(since=since, until=until)
            memory, sqlite = (event_keys(s, f) for s in stores)
            assert memory == sqlite, (since, until)


def test_store_events_same_date_keep_article_order(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    """Position in the article orders same-day events: e2 before e10, unlike a string sort."""
    result = harbor("")
    template = result.events[1].to_dict()
    result.events = [type(result.events[1]).from_dict({**template, "id": f"e{i}"})
                     for i in range(1, 12)]  # fmt: skip
    store.put(result)
    assert [row.event.id for row in store.events(EventFilter())] == [f"e{i}" for i in range(1, 12)]


def test_store_actors_ties_and_unknown_kind_agree_across_backends(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    """Equal role counts go to the alphabetically first role; "unknown" never beats a kind."""
    cases: list[tuple[str, ActorKind]] = [
        ("Mayor", "unknown"),
        ("Deputy", "unknown"),
        ("Mayor", "person"),
        ("Deputy", "unknown"),
    ]
    for i, (role, kind) in enumerate(cases):
        result = harbor(f" Note {i}.")
        result.article.id = f"art-{i}"
        result.actors[2].role, result.actors[2].kind = role, kind
        store.put(result)
    (jane,) = store.actors(ActorFilter(name="jane"))
    assert (jane.role, jane.kind, jane.n_articles, jane.n_events) == ("Deputy", "person", 4, 0)


@pytest.mark.parametrize("needle", ["STRASSE", "straße", "ße pol"])
def test_store_actor_filter_uses_full_casefolding(
    store: Store, harbor: Callable[[str], ArticleResult], needle: str
) -> None:
    result = harbor("")
    result.actors[1].name = "Straße Police"
    store.put(result)
    assert event_keys(store, EventFilter(actor=needle)) == [("art-1", "e2")]


def test_store_actor_filter_never_matches_across_two_of_an_actors_names(
    store: Store, harbor: Callable[[str], ArticleResult]
) -> None:
    """The SQL stores test the needle on the casefolded names and mentions joined by line
    breaks; a needle holding one must not match the end of one and the start of the next."""
    store.put(harbor(""))
    assert event_keys(store, EventFilter(actor="protesters")) != []
    assert event_keys(store, EventFilter(actor="protesters\ndemonstrators")) == []
