from __future__ import annotations

import datetime as dt

from eventwire.fusion.assign import AssignParams, assign, assign_article, new_story_id
from eventwire.fusion.index import MemoryStoryIndex, Profile, profile_of
from eventwire.records import Article, ArticleResult

QUAKES = {
    "luzon1": "A magnitude 5.8 earthquake shook Northern Luzon on Sunday , cracking churches in "
    "Laoag . Laoag residents slept outside , Governor Imee Marcos said .",
    "crete1": "A magnitude 6.9 earthquake shook Crete on Sunday , and hotels in Heraklion were "
    "evacuated . Heraklion residents slept outside , Mayor Vassilis Lambrinos said .",
    "luzon2": "Churches in Laoag cracked when the 5.8 quake hit Northern Luzon , Governor Imee "
    "Marcos said . Laoag schools are closed .",
    "crete2": "Hotels in Heraklion were evacuated when the 6.9 quake hit Crete , Mayor Vassilis "
    "Lambrinos said . Heraklion schools are closed .",
}
OTHER = [
    "Acme Corporation will buy Widgetco for $ 2.4 billion , Acme chief Dana Holt said .",
    "Globex agreed to buy Initech for $ 900 million , Globex chairman Hank Scorpio said .",
    "The Springfield Tigers beat the Shelbyville Sharks 3 - 1 in the cup final on Sunday .",
    "Parliament passed the budget after a long night of debate , the speaker said .",
]


def _profile(article_id: str, text: str, day: dt.date | None = None) -> Profile:
    return profile_of(ArticleResult(Article(article_id, text, published=day)))


def _background(index: MemoryStoryIndex) -> None:
    for i, text in enumerate(OTHER):
        assign(_profile(f"other{i}", text), index)


def test_two_similar_happenings_stay_apart() -> None:
    index = MemoryStoryIndex()
    _background(index)
    stories = {a: assign(_profile(a, text), index) for a, text in QUAKES.items()}
    assert stories["luzon1"] == stories["luzon2"]
    assert stories["crete1"] == stories["crete2"]
    assert stories["luzon1"] != stories["crete1"]
    assert stories["luzon1"] == new_story_id("luzon1")


def test_reassigning_is_idempotent() -> None:
    index = MemoryStoryIndex()
    _background(index)
    first = {a: assign(_profile(a, text), index) for a, text in QUAKES.items()}
    again = {a: assign(_profile(a, text), index) for a, text in QUAKES.items()}
    assert again == first
    assert index.n_articles() == len(OTHER) + len(QUAKES)
    assert sorted(index.members(first["luzon1"], 10)) == ["luzon1", "luzon2"]


def test_bridging_article_merges_stories() -> None:
    index = MemoryStoryIndex()
    _background(index)
    # Two halves of one story filed apart (as a one-pass decision might have left them).
    index.add(
        _profile("a", "Governor Imee Marcos said Laoag churches cracked in the quake ."), "s-a"
    )
    index.add(_profile("b", "Northern Luzon was hit by a 5.8 quake , Marcos said ."), "s-b")
    index.add(_profile("b2", "The 5.8 quake in Northern Luzon cracked churches ."), "s-b")
    placed = assign_article(_profile("c", QUAKES["luzon2"]), index, AssignParams())
    assert placed.story_id == "s-b"  # the larger story keeps its id
    assert placed.merged == ["s-a"]
    assert sorted(index.members("s-b", 10)) == ["a", "b", "b2", "c"]
    assert index.members("s-a", 10) == []
    assert index.story_of("a") == "s-b"


def test_no_merge_when_disabled() -> None:
    index = MemoryStoryIndex()
    _background(index)
    index.add(_profile("a", "Governor Imee Marcos said Laoag churches cracked ."), "s-a")
    index.add(_profile("b", "Northern Luzon was hit by a 5.8 quake on Sunday ."), "s-b")
    placed = assign_article(_profile("c", QUAKES["luzon2"]), index, AssignParams(merge=False))
    assert placed.merged == []
    assert {index.story_of("a"), index.story_of("b")} == {"s-a", "s-b"}


def test_neighbours_limited_by_date_window() -> None:
    index = MemoryStoryIndex()
    day = dt.date(2024, 3, 1)
    index.add(Profile("near", {"n:laoag": 1}, published=day), "s1")
    index.add(Profile("far", {"n:laoag": 1}, published=day + dt.timedelta(days=30)), "s2")
    index.add(Profile("undated", {"n:laoag": 1}), "s3")
    found = index.neighbours(["n:laoag"], day + dt.timedelta(days=2), 3, 10)
    assert sorted(nb.article_id for nb in found) == ["near", "undated"]


def test_same_text_a_year_apart_is_another_story() -> None:
    index = MemoryStoryIndex()
    _background(index)
    day = dt.date(2023, 5, 7)
    first = assign(_profile("q1", QUAKES["luzon1"], day), index)
    later = assign(_profile("q2", QUAKES["luzon2"], day + dt.timedelta(days=365)), index)
    assert first != later


def test_memory_index_merge_moves_members_in_order() -> None:
    index = MemoryStoryIndex()
    for article_id, story in [("a", "s1"), ("b", "s2"), ("c", "s1"), ("d", "s2")]:
        index.add(Profile(article_id, {"n:x": 1}), story)
    index.merge("s1", "s2")
    assert index.members("s1", 10) == ["d", "b", "c", "a"]
    assert index.members("s2", 10) == []
    assert index.story_of("d") == "s1"
    index.merge("s1", "s1")
    assert index.members("s1", 10) == ["d", "b", "c", "a"]


def _mixed(index: MemoryStoryIndex) -> None:
    """A Luzon report filed in a story of Crete reports (as a one-pass decision might have
    left it, before any other Luzon report came)."""
    _background(index)
    index.add(_profile("luzon1", QUAKES["luzon1"]), "s-mixed")
    for i in range(6):
        index.add(_profile(f"crete{i}", QUAKES[f"crete{i % 2 + 1}"]), "s-mixed")


def test_relook_moves_member_to_the_story_of_its_closer_article() -> None:
    index = MemoryStoryIndex()
    _mixed(index)
    placed = assign_article(_profile("luzon2", QUAKES["luzon2"]), index, AssignParams())
    assert placed.moved == {"luzon1": "s-mixed"}
    assert "s-mixed" in placed.merged  # the caller rebuilds the story that lost a member
    assert index.story_of("luzon1") == placed.story_id == index.story_of("luzon2")
    assert "luzon1" not in index.members("s-mixed", 10)
    assert len(index.members("s-mixed", 10)) == 6


def test_no_relook_when_disabled() -> None:
    index = MemoryStoryIndex()
    _mixed(index)
    placed = assign_article(_profile("luzon2", QUAKES["luzon2"]), index, AssignParams(relook=0))
    assert placed.moved == {}
    assert index.story_of("luzon1") == "s-mixed"
