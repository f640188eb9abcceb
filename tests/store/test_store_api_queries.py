"""What the API asks of every store: offset and newest-first paging, the free-text filter, a
fused event by id, grouped counts and the actor network; and a version-4 database migrating."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.store.conftest import brussels_article, harbor_article, undated_article

from eventwire.records import Actor, ArticleResult, EventDate
from eventwire.store import EventFilter, MemoryStore, SQLiteStore, Store
from eventwire.store.base import EventCounts, NetworkEdge, NetworkNode
from eventwire.store.query import count_events

DATES = [
    EventDate("2021-11-05", "day"),
    EventDate("2021-11", "month"),
    None,
    EventDate("2021", "year"),
    EventDate("2020-02-29", "day"),
    EventDate("2021-11-05", "day"),
]


def corpus() -> list[ArticleResult]:
    """The three test articles and renamed copies with varied dates (ties, undated, coarse)."""
    found = [harbor_article(), brussels_article(), undated_article()]
    for n, date in enumerate(DATES):
        for base in (harbor_article(), brussels_article()):
            copy = ArticleResult.from_dict(base.to_dict(with_text=True))
            copy.article.id = f"{base.article.id}-c{n}"
            for event in copy.events:
                event.date = date
            if n % 2:  # half the copies name a Kenyan actor instead
                copy.actors[0] = dataclasses.replace(copy.actors[0], country="KEN")
            found.append(copy)
    return found


@pytest.fixture
def pair(make_store: Callable[[str], Store]) -> tuple[Store, Store]:
    """A memory store and a SQLite file store holding the same corpus."""
    stores = (make_store("memory"), make_store("sqlite"))
    for store in stores:
        for result in corpus():
            store.put(result)
    return stores


def _keys(store: Store, f: EventFilter) -> list[str]:
    return [f"{r.article_id}:{r.event.id}" for r in store.events(f)]


FILTERS = [
    EventFilter(),
    EventFilter(type="protest"),
    EventFilter(country="ken"),
    EventFilter(since="2021-11"),
    EventFilter(until="2021"),
    EventFilter(actor="doe"),
    EventFilter(text="TEAR"),
]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: repr(f)[12:60])
@pytest.mark.parametrize("newest_first", [False, True])
def test_store_paging_is_the_same_in_memory_and_sqlite(
    pair: tuple[Store, Store], f: EventFilter, newest_first: bool
) -> None:
    memory, sqlite = pair
    everything = _keys(memory, f)
    assert everything, "the filter should match something"
    ordered = dataclasses.replace(f, newest_first=newest_first)
    assert _keys(sqlite, ordered) == _keys(memory, ordered)
    if newest_first:
        assert _keys(memory, ordered) == everything[::-1]
    for offset in (0, 1, 3, len(everything) - 1, len(everything) + 2):
        for limit in (None, 0, 1, 4):
            page = dataclasses.replace(ordered, offset=offset, limit=limit)
            expected = _keys(memory, ordered)[offset : None if limit is None else offset + limit]
            assert _keys(memory, page) == expected
            assert _keys(sqlite, page) == expected, (offset, limit)


def test_store_offset_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="offset"):
        EventFilter(offset=-1)


def test_store_fused_paging_is_the_same_in_memory_and_sqlite(pair: tuple[Store, Store]) -> None:
    memory, sqlite = pair
    ids = [e.id for e in memory.fused_events(EventFilter())]
    assert len(ids) > 3
    for newest_first in (False, True):
        f = EventFilter(offset=2, limit=3, newest_first=newest_first)
        expected = (ids[::-1] if newest_first else ids)[2:5]
        assert [e.id for e in memory.fused_events(f)] == expected
        assert [e.id for e in sqlite.fused_events(f)] == expected


def test_store_fused_event_by_id(pair: tuple[Store, Store]) -> None:
    for store in pair:
        wanted = store.fused_events(EventFilter(limit=2))[-1]
        found = store.fused_event(wanted.id)
        assert found is not None and found.to_dict() == wanted.to_dict()
        assert store.fused_event("f000000000000") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tear gas", {"art-1:e2"}),  # sentence
        ("MARCHED", {"art-1:e1"}),  # trigger
        ("piet", {"art-2:e1"}),  # an actor's name
        ("demonstrators", {"art-1:e2"}),  # in the sentence, though only a mention of an actor
        ("spokesman", set()),  # a quote's words are not an event's
    ],
)
def test_store_text_filter(filled: Store, text: str, expected: set[str]) -> None:
    assert set(_keys(filled, EventFilter(text=text))) == expected


def test_store_text_filter_on_fused_events_matches_actor_names(filled: Store) -> None:
    found = filled.fused_events(EventFilter(text="CLAES"))
    assert found and all(
        any("claes" in a.name.casefold() for a in [*e.source, *e.target]) for e in found
    )


def test_store_text_filter_on_fused_events_matches_a_members_sentence(filled: Store) -> None:
    found = filled.fused_events(EventFilter(text="TEAR GAS"))
    assert found
    for fused in found:
        members = {(m.article_id, m.event_id) for m in fused.members}
        sentences = [
            r.event.sentence.text
            for r in filled.events(EventFilter(text="tear gas"))
            if (r.article_id, r.event.id) in members
        ]
        assert sentences, fused.id
    assert {e.id for e in filled.fused_events(EventFilter(text="marched"))}.isdisjoint(
        {e.id for e in found}
    )
    assert filled.fused_events(EventFilter(text="spokesman")) == []  # a quote's words


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: repr(f)[12:60])
def test_store_counts_equal_the_python_reference(pair: tuple[Store, Store], f: EventFilter) -> None:
    memory, sqlite = pair
    reference = count_events(memory.iter_events(f))
    assert reference.total > 0
    for store in pair:
        assert _normal(store.event_counts(f)) == _normal(reference)


def _normal(c: EventCounts) -> EventCounts:
    """Counts compared as sets of non-zero figures (dict order and zero entries aside)."""
    return EventCounts(
        c.total,
        c.undated,
        c.not_daily,
        {d: {q: n for q, n in v.items() if n} for d, v in c.per_day.items()},
        dict(sorted(c.per_type.items())),
        dict(sorted(c.per_country.items())),
        dict(sorted(c.per_quad.items())),
    )


def test_store_counts_of_the_three_articles(filled: Store) -> None:
    c = filled.event_counts(EventFilter(limit=1, offset=3))  # paging is ignored
    assert (c.total, c.undated, c.not_daily) == (4, 1, 1)
    assert c.per_day == {"2021-11-05": {3: 1, 1: 1}}
    assert c.per_type == {"PROTEST": 1, "ASSAULT": 1, "CONSULT": 1, "ACCUSE": 1}
    assert c.per_country == {"NLD": 4, "BEL": 1}


def test_store_network_of_the_three_articles(filled: Store) -> None:
    net = filled.network(EventFilter(), limit=10)
    assert net.edges == [
        NetworkEdge(("Jane Doe", "NLD"), ("Piet Claes", "BEL"), 1, {"CONSULT": 1}),
        NetworkEdge(("Jane Doe", "NLD"), ("council", None), 1, {"ACCUSE": 1}),
        NetworkEdge(("Police", "NLD"), ("Protesters", "NLD"), 1, {"ASSAULT": 1}),
    ]
    assert net.nodes == [
        NetworkNode("Jane Doe", "NLD", 2),
        NetworkNode("Protesters", "NLD", 2),  # its protest names no target: no edge, one event
        NetworkNode("Piet Claes", "BEL", 1),
        NetworkNode("Police", "NLD", 1),
        NetworkNode("council", None, 1),
    ]
    assert not net.truncated
    assert filled.network(EventFilter(type="consult"), limit=10).edges[0].types == {"CONSULT": 1}


def test_store_network_weights_limit_and_agreement(pair: tuple[Store, Store]) -> None:
    memory, sqlite = pair
    full = memory.network(EventFilter(), limit=100)
    assert full.edges[0].events == max(e.events for e in full.edges) > 1
    assert [e.events for e in full.edges] == sorted((e.events for e in full.edges), reverse=True)
    for limit in (1, 2, 100):
        for f in (EventFilter(), EventFilter(country="KEN"), EventFilter(text="fired")):
            assert sqlite.network(f, limit) == memory.network(f, limit)
    cut = memory.network(EventFilter(), limit=1)
    assert cut.truncated and len(cut.edges) == 1
    assert {(n.name, n.country) for n in cut.nodes} == {cut.edges[0].source, cut.edges[0].target}


def test_store_network_counts_an_event_once_per_pair(make_store: Callable[[str], Store]) -> None:
    """Two source actors of one name (two per-article actors) make one edge of one event."""
    result = harbor_article()
    result.actors.append(Actor("a4", "Police", "organization", "NLD", "COP", None, []))
    result.events[1].source = ["a2", "a4"]
    for kind in ("memory", "sqlite"):
        store = make_store(kind)
        store.put(result)
        [edge] = store.network(EventFilter(), limit=5).edges
        assert (edge.source, edge.target, edge.events) == (
            ("Police", "NLD"),
            ("Protesters", "NLD"),
            1,
        )


def _downgrade_to_version_4(path: Path) -> None:
    """Make a current database look like one written by the version-4 code."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        """
        DROP TABLE event_countries;
        DROP INDEX events_story;
        ALTER TABLE events DROP COLUMN date_precision;
        ALTER TABLE events DROP COLUMN sentence_search;
        ALTER TABLE events DROP COLUMN trigger_search;
        CREATE INDEX events_story ON events (story_id);
        UPDATE meta SET value = '4' WHERE key = 'schema_version';
        """
    )
    conn.close()


def test_store_version_4_database_migrates_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with SQLiteStore(path) as store:
        for result in corpus():
            store.put(result)
    _downgrade_to_version_4(path)
    memory = MemoryStore()
    for result in corpus():
        memory.put(result)
    with SQLiteStore(path, read_only=True) as store:  # migrated first: the file is writable
        for f in [*FILTERS, EventFilter(country="KEN", newest_first=True, limit=3)]:
            assert _keys(store, f) == _keys(memory, f)
            assert _normal(store.event_counts(f)) == _normal(memory.event_counts(f))
        assert store.network(EventFilter(), 50) == memory.network(EventFilter(), 50)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("5",)
    conn.close()


def test_store_merge_moves_events_to_the_new_country(tmp_path: Path) -> None:
    """event_countries follows a merge that gives an actor another country."""
    with SQLiteStore(tmp_path / "m.db") as store:
        for result in (harbor_article(), brussels_article()):
            store.put(result)
        assert _keys(store, EventFilter(country="BEL")) == ["art-2:e1"]
        store.merge_actors("Police", "Piet Claes")  # Piet Claes becomes the NLD police
        assert _keys(store, EventFilter(country="BEL")) == []
        assert "art-2:e1" in _keys(store, EventFilter(country="NLD"))
