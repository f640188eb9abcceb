from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from eventwire.eval import evaluate
from eventwire.eval.casualties import anyone, city_found, point, predicted_count
from eventwire.records import Article, ArticleResult, Casualties, Count, Event, Place, Span


def _predict(fake: SimpleNamespace) -> object:
    def predict(article: Article) -> ArticleResult:
        t, ev, pl = article.text, fake.event, fake.place
        by_id = {
            "gv-1": lambda: (
                [ev(t, "shot", "ASSAULT", casualties=Casualties(killed=Count(2, 2, "Two men")))],
                [pl(t, "Dayton", "Dayton", 39.76, -84.19)],
            ),
            # Name match, no mention needed.
            "gv-2": lambda: (
                [
                    ev(
                        t,
                        "wounded",
                        "ASSAULT",
                        casualties=Casualties(injured=Count(1, 1, "A woman")),
                    )
                ],
                [fake.place(t, "Toledo", None, 41.66, -83.56)],
            ),
            # A wrong "killed": a false positive.
            "gv-3": lambda: (
                [
                    ev(
                        t,
                        "fired",
                        "ASSAULT",
                        casualties=Casualties(killed=Count(1, None, "someone")),
                    )
                ],
                [],
            ),
            "gv-4": lambda: (
                [
                    ev(
                        t,
                        "injured",
                        "ASSAULT",
                        casualties=Casualties(injured=Count(2, None, "several")),
                    ),
                    ev(t, "killed", "ASSAULT", casualties=Casualties(killed=Count(1, None, "one"))),
                ],
                [Place("p-ohio", "Ohio", lat=40.4, lon=-82.9)],
            ),
        }
        events, places = by_id[article.id]()
        return ArticleResult(article=article, events=events, places=places)

    return predict


def test_casualties_scores_hand_built_results(gold_dir: Path, fake: SimpleNamespace) -> None:
    report = evaluate("casualties", gold_dir / "gvdb.jsonl", fake.extract_with(_predict(fake)))
    m = report.metrics
    assert report.n == 4
    assert m["killed_accuracy"] == pytest.approx(3 / 4)
    assert m["injured_accuracy"] == 1.0
    assert m["killed_count_accuracy"] == 1.0
    assert m["injured_count_accuracy"] == pytest.approx(1 / 2)
    assert m["city_accuracy"] == pytest.approx(2 / 3)
    assert (m["n_killed"], m["n_injured"], m["n_city"]) == (2, 2, 3)
    killed = report.per_class["killed"]
    assert (killed["precision"], killed["recall"], killed["support"]) == (
        pytest.approx(2 / 3),
        1.0,
        2,
    )
    assert killed["f1"] == pytest.approx(0.8)


def _event(killed: Count | None) -> Event:
    return Event(
        "e1", "ASSAULT", Span("x", 0, 1), Span("x", 0, 1), casualties=Casualties(killed=killed)
    )


@pytest.mark.parametrize(
    ("counts", "said", "value"),
    [
        ([], False, None),
        ([Count(0, 0, "no one")], False, 0),
        ([Count(1, None, "at least one")], True, 1),
        ([Count(None, 600, "nearly 600")], True, 600),
        ([Count(2, 2, "two"), Count(3, 3, "three")], True, 3),
        ([None], False, None),
    ],
)
def test_casualties_article_level_answer(
    counts: list[Count | None], said: bool, value: int | None
) -> None:
    result = ArticleResult(Article("a", "x"), events=[_event(c) for c in counts])
    assert anyone(result, "killed") is said
    assert predicted_count(result, "killed") == value


def test_casualties_point() -> None:
    assert point(None) is None
    assert point(Count(None, None, "some")) is None


@pytest.mark.parametrize(
    ("city", "found"),
    [
        ({"text": "Dayton", "start": 10, "end": 16}, True),  # overlapping mention
        ({"text": "DAYTON", "start": 40, "end": 46}, True),  # same name, case aside
        ({"text": "Kettering", "start": 40, "end": 49}, False),
        ({"text": "Kettering", "start": None, "end": 49}, False),  # broken span: name only
        ({"text": "dayton ", "start": None, "end": None}, True),
    ],
)
def test_casualties_city_found(city: dict[str, object], found: bool) -> None:
    place = Place("p1", "Dayton", mentions=[Span("Dayton", 12, 18)])
    result = ArticleResult(Article("a", "x" * 60), places=[place])
    assert city_found(result, city) is found
