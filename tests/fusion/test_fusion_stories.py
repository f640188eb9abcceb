from __future__ import annotations

import datetime as dt

import pytest

from eventwire.fusion import cluster_stories, story_id
from eventwire.fusion.stories import (
    apply_dates,
    article_dates,
    average_link,
    result_features,
    text_features,
)
from eventwire.records import Actor, Article, ArticleResult, Event, EventDate, Place, Span, TimeExpr

QUAKE_A = (
    "A magnitude 5.8 earthquake shook Northern Luzon on Sunday , cracking churches in "
    "Laoag . Laoag residents slept outside ."
)
QUAKE_B = "Churches in Laoag cracked when the 5.8 quake hit Northern Luzon , officials said ."
QUAKE_C = "A 6.9 earthquake rocked Crete , and hotels in Heraklion were evacuated ."
DEAL_A = "Acme Corporation will buy Widgetco for $ 2.4 billion , Acme chief Dana Holt said ."
DEAL_B = "Dana Holt said the Widgetco purchase gives Acme a bigger share of the widget market ."
DEAL_C = "Globex agreed to buy Initech for $ 900 million , Globex chairman Hank Scorpio said ."


def _result(article_id: str, text: str, **fields: object) -> ArticleResult:
    return ArticleResult(Article(article_id, text), **fields)  # type: ignore[arg-type]


def _groups(assignment: dict[str, str]) -> set[frozenset[str]]:
    stories: dict[str, set[str]] = {}
    for article, story in assignment.items():
        stories.setdefault(story, set()).add(article)
    return {frozenset(s) for s in stories.values()}


def test_stories_cluster_same_happening_together() -> None:
    results = [
        _result("qa", QUAKE_A),
        _result("da", DEAL_A),
        _result("qc", QUAKE_C),
        _result("qb", QUAKE_B),
        _result("db", DEAL_B),
        _result("dc", DEAL_C),
    ]
    groups = _groups(cluster_stories(results))
    assert groups == {
        frozenset({"qa", "qb"}),
        frozenset({"da", "db"}),
        frozenset({"qc"}),
        frozenset({"dc"}),
    }


def test_stories_ids_do_not_depend_on_order() -> None:
    results = [_result("qa", QUAKE_A), _result("qb", QUAKE_B), _result("da", DEAL_A)]
    forward = cluster_stories(results)
    backward = cluster_stories(list(reversed(results)))
    assert forward == backward
    assert forward["qa"] == story_id(["qb", "qa"]) == story_id(["qa", "qb"])
    assert forward["da"] == story_id(["da"])
    assert forward["qa"].startswith("s") and len(forward["qa"]) == 13


@pytest.mark.parametrize("results", [[], [_result("only", QUAKE_A)]])
def test_stories_small_inputs(results: list[ArticleResult]) -> None:
    assert cluster_stories(results) == {r.article.id: story_id([r.article.id]) for r in results}


ROBBERY = (
    "Police in Dayton arrested a bank robber who fled with cash from a branch on Main Street . "
    "The suspect , Jon Reyes , was held at the county jail and will see Judge Alma Ortiz ."
)
FLOOD = (
    "Police closed Route 9 after heavy rain flooded low roads near Harlow . Drivers were told to "
    "avoid the valley until crews from the state highway office pump the water out ."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "together"),
    [(ROBBERY, FLOOD, False), (QUAKE_A, QUAKE_B, True)],  # only "police" in common: apart
)
def test_stories_pair_alone(text_a: str, text_b: str, together: bool) -> None:
    assignment = cluster_stories([_result("a", text_a), _result("b", text_b)])
    assert (assignment["a"] == assignment["b"]) is together


def _dated(article_id: str, text: str, day: str) -> ArticleResult:
    event = Event("e1", "ASSAULT", Span("x", 0, 1), Span("x", 0, 1), date=EventDate(day))
    return _result(article_id, text, events=[event])


@pytest.mark.parametrize(
    ("day_b", "together"),
    [(None, True), ("2020-03-02", True), ("2020-03-04", True), ("2021-03-01", False)],
)
def test_stories_far_dates_split_similar_articles(day_b: str | None, together: bool) -> None:
    # Identical texts score 1.0, halved to 0.5 when dated too far apart: threshold 0.6 splits.
    a = _dated("a", QUAKE_A, "2020-03-01")
    b = _dated("b", QUAKE_A, day_b) if day_b else _result("b", QUAKE_A)
    other = _result("c", DEAL_C)
    assignment = cluster_stories([a, b, other], threshold=0.6, window_days=3)
    assert (assignment["a"] == assignment["b"]) is together
    assert assignment["c"] not in (assignment["a"], assignment["b"])


def test_stories_apply_dates_only_penalises_dated_pairs() -> None:
    dates = [{dt.date(2020, 1, 1)}, {dt.date(2020, 6, 1)}, set()]
    sims = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.8}
    assert apply_dates(sims, dates, 3) == {(0, 1): 0.4, (0, 2): 0.8, (1, 2): 0.8}


def test_stories_average_link_does_not_chain() -> None:
    # Single link would join 0-1-2 through 1; the mean link of {0, 1} to 2 is only 0.45.
    sims = {(0, 1): 0.9, (1, 2): 0.9, (2, 3): 0.2}
    assert average_link(4, sims, 0.5) == [[0, 1], [2], [3]]
    assert average_link(4, sims, 0.1) == [[0, 1, 2], [3]]  # mean link to 3: 0.2 / 3
    assert average_link(4, sims, 0.05) == [[0, 1, 2, 3]]
    assert average_link(3, {}, 0.1) == [[0], [1], [2]]


def test_stories_text_features_names_numbers_words() -> None:
    counts = text_features("After the quake , Tara Reid left Laoag . Reid said 5.8 is big .")
    assert counts["n:tara reid"] == 1
    assert counts["n:reid"] == 2  # also the sentence-initial "Reid": capitalised mid-sentence
    assert counts["n:laoag"] == 1
    assert counts["#:5.8"] == 1
    assert counts["w:quake"] == 1
    assert "n:after" not in counts and "w:after" not in counts  # a stopword
    assert "n:the" not in counts and "w:said" not in counts


def test_stories_result_features_and_dates() -> None:
    text = "Police fired on protesters in Basra on 2019-10-05 ."
    event = Event(
        "e1",
        "ASSAULT",
        Span("fired", 7, 12),
        Span(text, 0, len(text)),
        date=EventDate("2019-10-04"),
    )
    result = ArticleResult(
        Article("a", text, published=dt.date(2019, 10, 6)),
        actors=[
            Actor("a1", "Iraqi police", country="IRQ"),
            Actor("a2", "protesters", country="IRQ"),
        ],
        places=[Place("p1", "Basra", geonameid=99532)],
        times=[
            TimeExpr("2019-10-05", 40, 50, "DATE", "2019-10-05"),
            TimeExpr("October", 0, 7, "DATE", "2019-10"),
        ],
        events=[event],
    )
    counts = result_features(result)
    assert counts["a:iraqi police"] == 1 and counts["c:IRQ"] == 2
    # A bare collective noun is no name: only its country counts.
    assert "a:protesters" not in counts
    assert counts["p:99532"] == 1 and counts["e:ASSAULT"] == 1
    assert article_dates(result) == {
        dt.date(2019, 10, 4),
        dt.date(2019, 10, 5),
        dt.date(2019, 10, 6),
    }
