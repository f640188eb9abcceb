"""Fixtures for the store tests: hand-built article results and one store per backend.

The articles are written for these tests (no NLP is run); offsets are computed from the text so
every span is honest. The "postgres" backend runs on one throwaway server per session
(``tests/pgserver.py``), each store in a fresh schema dropped after its test; where no server
can be started, those tests skip with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.pgserver import PgSchemas

from eventwire.records import (
    Acled,
    Actor,
    Article,
    ArticleResult,
    Casualties,
    Count,
    Event,
    EventDate,
    Place,
    Quote,
    Span,
    TimeExpr,
)
from eventwire.store import MemoryStore, SQLiteStore, Store

BACKENDS = ["memory", "sqlite", "sqlite-in-memory", "postgres"]


def span(text: str, phrase: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``phrase`` in ``text`` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(phrase, start, start + len(phrase))


def sentence_of(text: str, phrase: str) -> Span:
    """The sentence (up to and including its full stop) that contains ``phrase``."""
    at = text.index(phrase)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(".", at) + 1
    return Span(text[start:end], start, end)


def make_event(
    text: str,
    event_id: str,
    type_: str,
    trigger: str,
    *,
    source: list[str] | None = None,
    target: list[str] | None = None,
    date: EventDate | None = None,
    confidence: float = 0.5,
    place: str | None = None,
) -> Event:
    return Event(
        id=event_id,
        type=type_,
        trigger=span(text, trigger),
        sentence=sentence_of(text, trigger),
        source=source or [],
        target=target or [],
        date=date,
        confidence=confidence,
        place=place,
    )


def harbor_article(text_suffix: str = "") -> ArticleResult:
    """A protest, a police assault and a quote by the mayor, published 2021-11-07."""
    text = (
        "Protesters marched in Harbor City on Friday. Police fired tear gas at the "
        'demonstrators. Mayor Jane Doe said: "We will listen."' + text_suffix
    )
    friday = span(text, "Friday")
    protest = make_event(
        text,
        "e1",
        "PROTEST",
        "marched",
        source=["a1"],
        place="p1",
        confidence=0.81234,
        date=EventDate("2021-11-05", "day", friday.text, friday.start, friday.end),
    )
    protest.mode, protest.cameo, protest.quad = "demo", "141", 3
    protest.acled = Acled("Protests", "Peaceful protest")
    assault = make_event(
        text,
        "e2",
        "ASSAULT",
        "fired",
        source=["a2"],
        target=["a1"],
        place="p1",
        date=EventDate("2021-11-05", "day"),
        confidence=0.6,
    )
    assault.casualties = Casualties(injured=Count(2, None, "several"))
    assault.context = ["protest"]
    return ArticleResult(
        article=Article(
            "art-1", text, "Test Wire", dt.date(2021, 11, 7), "https://x.test/1", "Harbor march"
        ),
        actors=[
            Actor(
                "a1",
                "Protesters",
                "group",
                "NLD",
                "OPP",
                None,
                [span(text, "Protesters"), span(text, "demonstrators")],
            ),
            Actor("a2", "Police", "organization", "NLD", "COP", None, [span(text, "Police")]),
            Actor("a3", "Jane Doe", "person", "NLD", "GOV", "Mayor", [span(text, "Jane Doe")]),
        ],
        places=[
            Place(
                "p1",
                "Harbor City",
                2751234,
                52.123456789,
                4.98765432101,
                "NLD",
                "07",
                "PPL",
                "city",
                [span(text, "Harbor City")],
            )
        ],
        times=[TimeExpr(friday.text, friday.start, friday.end, "DATE", "2021-11-05")],
        events=[protest, assault],
        quotes=[
            Quote(
                "q1",
                span(text, "We will listen."),
                "a3",
                span(text, "Jane Doe"),
                span(text, "said"),
                True,
                "statement",
            )
        ],
    )


def brussels_article() -> ArticleResult:
    """A 2020 meeting of the mayor and a Belgian minister, with an unattributed quote."""
    text = (
        "Jane Doe met the Belgian minister Piet Claes in Brussels in 2020. "
        "A spokesman said the talks were useful."
    )
    meeting = make_event(
        text,
        "e1",
        "CONSULT",
        "met",
        source=["a1"],
        target=["a2"],
        place="p1",
        date=EventDate("2020", "year", "2020", text.index("2020"), text.index("2020") + 4),
        confidence=0.4,
    )
    return ArticleResult(
        article=Article("art-2", text, "Other Wire", dt.date(2021, 12, 1)),
        actors=[
            Actor("a1", "Jane Doe", "person", "NLD", "GOV", "Mayor", [span(text, "Jane Doe")]),
            Actor(
                "a2", "Piet Claes", "person", "BEL", "GOV", "minister", [span(text, "Piet Claes")]
            ),
        ],
        places=[
            Place(
                "p1",
                "Brussels",
                2800866,
                50.85045,
                4.34878,
                "BEL",
                "11",
                "PPLC",
                "city",
                [span(text, "Brussels")],
            ),
            # a country named only by a nationality word: no toponym, one demonym mention
            Place(
                "p2",
                "Belgium",
                2802361,
                50.64,
                4.67,
                "BEL",
                None,
                "PCLI",
                "country",
                [],
                [span(text, "Belgian")],
            ),
        ],
        times=[TimeExpr("2020", text.index("2020"), text.index("2020") + 4, "DATE", "2020")],
        events=[meeting],
        quotes=[
            Quote(
                "q1",
                span(text, "the talks were useful"),
                None,
                span(text, "A spokesman"),
                span(text, "said"),
                False,
                None,
            )
        ],
    )


def undated_article() -> ArticleResult:
    """No publication date, one undated event naming Jane Doe without kind or role."""
    text = "Doe criticised the council."
    return ArticleResult(
        article=Article("art-0", text),
        actors=[
            Actor("a1", "Jane Doe", "unknown", "NLD", None, None, [span(text, "Doe")]),
            Actor("a2", "council", "organization", None, None, None, [span(text, "council")]),
        ],
        events=[
            make_event(
                text, "e1", "ACCUSE", "criticised", source=["a1"], target=["a2"], confidence=0.3
            )
        ],
    )


@pytest.fixture
def articles() -> list[ArticleResult]:
    """Three small articles, in the order the tests store them."""
    return [harbor_article(), brussels_article(), undated_article()]


def open_backend(kind: str, tmp_path: Path, pg: PgSchemas | None = None) -> Store:
    if kind == "memory":
        return MemoryStore()
    if kind == "sqlite":
        return SQLiteStore(tmp_path / "store.db")
    if kind == "postgres":
        from eventwire.store.postgres import PostgresStore

        assert pg is not None, "a postgres store needs the pg_schemas fixture"
        return PostgresStore(pg.new())
    return SQLiteStore(":memory:")


def _schemas_for(kind: str, request: pytest.FixtureRequest) -> PgSchemas | None:
    """The pg_schemas fixture, asked for only by postgres stores (others start no server)."""
    return request.getfixturevalue("pg_schemas") if kind == "postgres" else None


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend."""
    with open_backend(request.param, tmp_path, _schemas_for(request.param, request)) as s:
        yield s


@pytest.fixture
def filled(store: Store, articles: list[ArticleResult]) -> Store:
    """The store with the three articles in it."""
    for result in articles:
        store.put(result)
    return store


@pytest.fixture
def make_store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[str], Store]]:
    """Open extra stores by backend name; all are closed after the test."""
    opened: list[Store] = []

    def make(kind: str) -> Store:
        folder = tmp_path / f"{kind}-{len(opened)}"
        folder.mkdir()
        opened.append(open_backend(kind, folder, _schemas_for(kind, request)))
        return opened[-1]

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def harbor() -> Callable[[str], ArticleResult]:
    """Build the harbor article, optionally with extra text appended (a changed text)."""
    return harbor_article
