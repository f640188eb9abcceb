"""Stories at ingest and fused events, the same on every backend (see store/stories.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from tests.store.conftest import brussels_article, harbor_article

from eventwire.records import ArticleResult, Count
from eventwire.store import EventFilter, SQLiteStore, Store, StoryFilter


def second_report(article_id: str = "art-9", injured: int = 5) -> ArticleResult:
    """The harbor protest told by another outlet a day later, with another injury figure."""
    result = harbor_article(" Hospitals in Harbor City treated the injured.")
    result.article = dataclasses.replace(
        result.article,
        id=article_id,
        source="Second Wire",
        published=dt.date(2021, 11, 8),
        url=f"https://y.test/{article_id}",
    )
    result.events[1].casualties.injured = Count(injured, injured, str(injured))
    return result


@pytest.fixture
def reported(store: Store) -> Store:
    """The harbor protest told twice, and the Brussels meeting."""
    for result in (harbor_article(), brussels_article(), second_report()):
        store.put(result)
    return store


def story_of(store: Store, article_id: str) -> str:
    (row, *_) = store.events(EventFilter(article_id=article_id))
    assert row.story_id is not None
    return row.story_id


def test_reports_of_one_happening_share_a_story(reported: Store) -> None:
    assert story_of(reported, "art-1") == story_of(reported, "art-9") != story_of(reported, "art-2")
    stories = {s.story_id: s for s in reported.stories(StoryFilter())}
    harbor = stories[story_of(reported, "art-1")]
    assert harbor.articles == ["art-1", "art-9"]  # in the order they joined
    assert harbor.title == "Harbor march"
    assert (harbor.first_date, harbor.last_date, harbor.num_sources) == (
        "2021-11-07",
        "2021-11-08",
        2,
    )
    assert (harbor.place, harbor.country) == ("Harbor City", "NLD")
    assert "art-9:e2" in harbor.events


def test_fused_event_keeps_each_report(reported: Store) -> None:
    (assault,) = reported.fused_events(EventFilter(type="ASSAULT"))
    assert assault.num_articles == 2 and assault.num_sources == 2
    assert (assault.first_seen, assault.last_seen) == ("2021-11-07", "2021-11-08")
    assert [m.key() for m in assault.members] == ["art-1:e2", "art-9:e2"]
    assert assault.injured is not None
    # A range, not an average; "several" (2 or more) leaves it open above: no ceiling invented.
    assert (assault.injured.min, assault.injured.max) == (2, None)
    assert [r.source for r in assault.injured.reports] == ["Test Wire", "Second Wire"]
    (place,) = assault.places
    assert place.articles == ["art-1", "art-9"]
    assert [a.name for a in assault.source] == ["Police"]
    # two independent reports at 0.6 each: surer than either
    assert assault.confidence == pytest.approx(1 - 0.4 * 0.4)


def test_fused_filters(reported: Store) -> None:
    def ids(f: EventFilter) -> list[str]:
        return [e.type for e in reported.fused_events(f)]

    assert ids(EventFilter()) == ["CONSULT", "PROTEST", "ASSAULT"]  # by best date
    assert ids(EventFilter(country="bel")) == ["CONSULT"]
    assert ids(EventFilter(actor="police")) == ["ASSAULT"]
    assert ids(EventFilter(since="2021-11")) == ["PROTEST", "ASSAULT"]
    assert ids(EventFilter(article_id="art-2")) == ["CONSULT"]
    assert ids(EventFilter(story_id=story_of(reported, "art-9"))) == ["PROTEST", "ASSAULT"]
    assert ids(EventFilter(limit=1)) == ["CONSULT"]
    assert ids(EventFilter(min_confidence=0.9)) == ["PROTEST"]
    assert list(reported.iter_fused_events(EventFilter(type="consult")))[0].type == "CONSULT"


def test_story_filters_and_lookup(reported: Store) -> None:
    harbor = story_of(reported, "art-1")
    assert [s.story_id for s in reported.stories(StoryFilter(country="nld"))] == [harbor]
    brussels = story_of(reported, "art-2")
    assert [s.story_id for s in reported.stories(StoryFilter(since="2021-11-09"))] == [brussels]
    assert [s.story_id for s in reported.stories(StoryFilter(since="2021-11-08"))] == [
        harbor,
        brussels,
    ]  # by first date
    assert [s.story_id for s in reported.stories(StoryFilter(until="2021-11-07"))] == [harbor]
    assert len(reported.stories(StoryFilter(limit=1))) == 1
    story = reported.story(harbor)
    assert story is not None and story.articles == ["art-1", "art-9"]
    assert reported.story("s-unknown") is None
    assert [e.article_id for e in reported.events(EventFilter(story_id=harbor))] == [
        "art-1",
        "art-1",
        "art-9",
        "art-9",
    ]


def test_reingest_is_idempotent_and_a_change_refreshes_the_story(reported: Store) -> None:
    before = [s.to_dict() for s in reported.stories(StoryFilter())]
    assert reported.put(second_report()) == "unchanged"
    assert [s.to_dict() for s in reported.stories(StoryFilter())] == before
    assert reported.put(second_report(injured=9)) == "replaced"
    (assault,) = reported.fused_events(EventFilter(type="ASSAULT"))
    assert assault.injured is not None and (assault.injured.min, assault.injured.max) == (2, None)
    assert [r.value["max"] for r in assault.injured.reports] == [None, 9]  # the new figure
    assert reported.count()["stories"] == 2


def test_rename_and_merge_reach_fused_events(reported: Store) -> None:
    reported.rename_actor("Police", "Harbor Police")
    (assault,) = reported.fused_events(EventFilter(type="ASSAULT"))
    assert [a.name for a in assault.source] == ["Harbor Police"]
    assert reported.fused_events(EventFilter(actor="harbor police"))


def test_rebuild_gives_the_same_stories(reported: Store) -> None:
    before = sorted(s.to_dict()["articles"] for s in reported.stories(StoryFilter()))
    assert reported.rebuild_stories() == 2
    assert sorted(s.to_dict()["articles"] for s in reported.stories(StoryFilter())) == before


def test_sqlite_stories_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with SQLiteStore(path) as store:
        for result in (harbor_article(), second_report()):
            store.put(result)
        before = [s.to_dict() for s in store.stories(StoryFilter())]
    with SQLiteStore(path, read_only=True) as store:
        assert [s.to_dict() for s in store.stories(StoryFilter())] == before
        assert len(store.fused_events(EventFilter())) == 2
