"""Fused events: which events of a story tell one happening, and how reports are combined."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.fusion.fuse import (
    acled_precedence,
    compatible,
    fuse_story,
    fused_acled,
    fused_count,
    member,
)
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
    Span,
)

BAGHDAD = Place("p1", "Baghdad", 98182, 33.34, 44.40, "IRQ", "07", "PPLC", "city")
GREEN_ZONE = Place("p2", "Green Zone", None, 33.31, 44.39, "IRQ", "07", "PPLX", "sublocal")
BASRA = Place("p3", "Basra", 99532, 30.5, 47.8, "IRQ", "02", "PPLA", "city")
KABUL = Place("p4", "Kabul", 1138958, 34.5, 69.2, "AFG", "13", "PPLC", "city")


def event(
    event_id: str = "e1",
    type_: str = "ASSAULT",
    date: str | None = "2021-11-07",
    place: str | None = "p1",
    source: list[str] | None = None,
    target: list[str] | None = None,
    **fields: object,
) -> Event:
    e = Event(
        id=event_id,
        type=type_,
        trigger=Span("x", 0, 1),
        sentence=Span("x", 0, 1),
        date=EventDate(date, "day" if len(date) == 10 else "month") if date else None,
        place=place,
        source=source or [],
        target=target or [],
    )
    for key, value in fields.items():
        setattr(e, key, value)
    return e


def article(article_id: str, *events: Event, actors: list[Actor] | None = None) -> ArticleResult:
    return ArticleResult(
        Article(article_id, "x", f"wire-{article_id}", dt.date(2021, 11, 7)),
        actors=actors or [],
        places=[BAGHDAD, GREEN_ZONE, BASRA, KABUL],
        events=list(events),
    )


def fits(a: Event, b: Event, actors: list[Actor] | None = None) -> bool:
    ra, rb = article("A", a, actors=actors), article("B", b, actors=actors)
    return compatible(member(ra, a), member(rb, b))


def test_dates_within_a_day_or_contained_agree() -> None:
    assert fits(event(date="2021-11-07"), event(date="2021-11-08"))
    assert not fits(event(date="2021-11-07"), event(date="2021-11-09"))
    assert fits(event(date="2021-11"), event(date="2021-11-20"))
    assert not fits(event(date="2021-10"), event(date="2021-11-20"))
    assert fits(event(date=None), event(date="2019-01-01"))


def test_places_agree_within_a_division_not_across_countries() -> None:
    assert fits(event(place="p1"), event(place="p2"))  # Baghdad and its Green Zone
    assert not fits(event(place="p1"), event(place="p3"))  # Baghdad and Basra
    assert not fits(event(place="p1"), event(place="p4"))
    assert fits(event(place=None), event(place="p4"))


def test_actors_must_share_someone_when_both_sides_name_them() -> None:
    actors = [
        Actor("a1", "Ned Price", "person", "USA", "GOV"),
        Actor("a2", "Barham Salih", "person", "IRQ", "GOV"),
        Actor("a3", "police", "organization", "IRQ", "COP"),
        Actor("a4", "security forces", "organization", "IRQ", "COP"),
    ]
    assert not fits(event(source=["a1"]), event(source=["a2"]), actors)
    assert fits(event(source=["a1"]), event(source=["a1", "a2"]), actors)
    assert fits(event(source=["a3"]), event(source=["a4"]), actors)  # same country and sector
    assert fits(event(source=["a3"]), event(source=[]), actors)
    assert not fits(event(type_="PROTEST"), event(type_="ASSAULT"))


def test_story_fuses_reports_and_keeps_disagreements() -> None:
    one = article(
        "A",
        event("e1", casualties=Casualties(killed=Count(3, 3, "three")), confidence=0.5),
        event("e2", place="p3", date="2021-11-07"),
    )
    two = article(
        "B",
        event("e1", place="p2", casualties=Casualties(killed=Count(5, None, "at least five"))),
        event("e2", type_="PROTEST", aux=Aux(negated=True)),
    )
    story, fused = fuse_story("s1", [one, two])
    assert [(f.type, [m.key() for m in f.members]) for f in fused] == [
        ("ASSAULT", ["A:e1", "B:e1"]),
        ("ASSAULT", ["A:e2"]),  # Basra is another happening; the negated protest none at all
    ]
    killed = fused[0].killed
    assert killed is not None and (killed.min, killed.max) == (3, None)  # "at least": no ceiling
    assert [r.value["text"] for r in killed.reports] == ["three", "at least five"]
    assert [p.name for p in fused[0].places] == ["Green Zone", "Baghdad"]  # tie: finer first
    assert story.articles == ["A", "B"] and story.num_sources == 2
    assert story.fused_events == [f.id for f in fused]
    assert story.events == ["A:e1", "A:e2", "B:e1", "B:e2"]


def _killed(*counts: Count) -> tuple[int | None, int | None]:
    result = article(
        "A", *(event(f"e{i}", casualties=Casualties(killed=c)) for i, c in enumerate(counts))
    )
    fused = fused_count([member(result, e) for e in result.events], "killed")
    assert fused is not None and len(fused.reports) == len(counts)
    return fused.min, fused.max


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([Count(30, None, "at least 30")], (30, None)),
        ([Count(101, None, "more than 100")], (101, None)),
        ([Count(24, None, "dozens")], (24, None)),
        ([Count(None, 600, "nearly 600")], (None, 600)),
        ([Count(3, 3, "three"), Count(None, 10, "fewer than ten")], (3, 10)),
        ([Count(3, 3, "three"), Count(7, 7, "seven")], (3, 7)),
        # One open-ended report leaves the range open: no report capped it.
        ([Count(3, 3, "three"), Count(30, None, "at least 30")], (3, None)),
        ([Count(40, None, "at least 40"), Count(35, 35, "35")], (35, None)),
    ],
)
def test_fused_count_never_invents_an_upper_bound(
    counts: list[Count], expected: tuple[int | None, int | None]
) -> None:
    assert _killed(*counts) == expected


def test_acled_takes_the_codebook_precedence() -> None:
    assert acled_precedence()[:2] == ("Battles", "Explosions/Remote violence")
    attack = event("e1", acled=Acled("Violence against civilians", "Attack"), confidence=0.9)
    drone = event("e2", acled=Acled("Explosions/Remote violence", "Air/drone strike"))
    result = article("A", attack, drone)
    code = fused_acled([member(result, attack), member(result, drone)])
    assert code == Acled("Explosions/Remote violence", "Air/drone strike")
    assert fused_acled([member(result, event("e3"))]) is None


@pytest.mark.parametrize("aux", [Aux(negated=True), Aux(hypothetical=True), Aux(future=True)])
def test_what_did_not_happen_is_not_fused(aux: Aux) -> None:
    _, fused = fuse_story("s1", [article("A", event(aux=aux))])
    assert fused == []


def test_story_is_placed_where_its_material_happening_is() -> None:
    attack = event("e1", place="p1", quad=4)
    request = event("e2", type_="REQUEST", place="p4", quad=3)
    story, _ = fuse_story("s1", [article("A", request, attack)])
    assert (story.place, story.country) == ("Baghdad", "IRQ")


def test_story_place_tie_goes_to_the_place_the_articles_name_most() -> None:
    # One statement placed in each country: the article names Iraq (and Basra inside it)
    # more than Afghanistan, so the tie does not fall to the alphabet.
    iraq = Place("p5", "Iraq", 99237, 33.0, 44.0, "IRQ", None, "PCLI", "country",
                 mentions=[Span("Iraq", 0, 4), Span("Iraq", 50, 54)])  # fmt: skip
    afghanistan = Place("p6", "Afghanistan", 1149361, 33.0, 66.0, "AFG", None, "PCLI",
                        "country", mentions=[Span("Afghanistan", 10, 21)])  # fmt: skip
    basra = Place("p3", "Basra", 99532, 30.5, 47.8, "IRQ", "02", "PPLA", "city",
                  mentions=[Span("Basra", 30, 35)])  # fmt: skip
    result = article(
        "A",
        event("e1", type_="AGREE", place="p5", quad=1),
        event("e2", type_="PRAISE", place="p6", quad=1),
    )
    result.places = [afghanistan, iraq, basra]
    story, _ = fuse_story("s1", [result])
    assert (story.place, story.country) == ("Iraq", "IRQ")
