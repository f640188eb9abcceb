"""Guards on the fallback place of placeless events and on cues that make a name a place: a team
is read only in a story of sport, never after a country or in a Title-Case headline; a town
stands for a subdivision only where it lies in it and bears its name; a foreign homonym is not
made a town; a route does not end at a person with an apposition; a headline's event sums up
the whole story; a town "in" a host country stays a town of its own where the story names its
country."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from tests.nlp.places.built import place_at

from eventwire.nlp.places.event_places import EventPlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import misplaced_towns, towns_of_units
from eventwire.records import ArticleResult, Event, Place, Span


def _place_of(result: ArticleResult, trigger: str) -> Place | None:
    event = next(e for e in result.events if e.trigger.text == trigger)
    return next((p for p in result.places if p.id == event.place), None)


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # no word of sport: "Tigers" are rebels
        ("Fighters of the Kashmir Tigers attacked an army post on Monday.", "attacked", "IND"),
        # a Title-Case headline: any word is capitalised
        (
            "Gaza Rockets Hit Israeli Town\nRockets struck a house near the football stadium "
            "on Tuesday, wounding two people, police said.",
            "Hit",
            "PSE",
        ),
        (
            "Lagos Rockets Hit Busy Market Near Stadium\nRockets struck a market near the "
            "football stadium on Tuesday, wounding two people, police said.",
            "wounding",
            "NGA",
        ),
    ],
)
def test_place_guards_a_team_word_after_a_place_is_no_team_outside_sport(
    run_text: Any, text: str, trigger: str, country: str
) -> None:
    """The place word places the event itself (a team's city would only be inferred from)."""
    result = run_text(text)
    place = _place_of(result, trigger)
    assert place is not None and place.country == country
    assert not next(e for e in result.events if e.trigger.text == trigger).place_inferred


def test_place_guards_a_country_opens_no_teams_name(pipeline: Any) -> None:
    """ "Sri Lanka Tigers" in a story that speaks of a cricket season: a country's name is read
    as the place it is (rebels, or a national side the corpora count as the country)."""
    doc = pipeline.nlp("Sri Lanka Tigers attacked an army camp days before the cricket season.")
    assert {0, 1} <= set(doc._.ew_place_of)


def test_place_guards_a_teams_city_still_gives_the_storys_state(run_text: Any) -> None:
    """A story that names no place but the team's city is in the city's state."""
    result = run_text(
        "The Detroit Lions said on Monday that two fans were stabbed outside the stadium. "
        "Police arrested a suspect."
    )
    place = _place_of(result, "stabbed")
    assert place is not None and (place.name, place.precision) == ("Michigan", "admin1")


def test_place_guards_a_like_named_city_elsewhere_does_not_stand_for_the_state(
    run_text: Any,
) -> None:
    """The suspect of a Spokane story is in Washington State, not in Washington, D.C."""
    result = run_text(
        "A man was shot dead in Spokane on Saturday, Spokane police said. Officers later "
        "arrested a suspect. The suspect had once worked at the White House in Washington."
    )
    place = _place_of(result, "arrested")
    assert place is not None and (place.name, place.precision) == ("Washington", "admin1")


USA = GazEntry(6252001, "United States", 39.8, -98.5, "USA", None, "PCLI", 327_000_000, "country")
VARLAND = GazEntry(None, "Varland", 39.0, -76.7, "USA", "Varland", "ADM1", 6_000_000, "admin1")
VARLAND_CITY = GazEntry(7, "Varland City", 39.1, -76.8, "USA", "Varland", "PPL", 17_000, "city")


def _doc(blank: Language, places: list[Place], events: list[Event]) -> Doc:
    doc = blank("Fighting went on.")
    doc._.ew_places, doc._.ew_events = places, events
    return doc


def _at(pid: str, entry: GazEntry, precision: str, text: str, start: int) -> Place:
    return place_at(pid, entry, precision, [Span(text, start, start + len(text))])


def test_place_guards_a_mention_text_does_not_make_a_town_its_unit(blank: Language) -> None:
    """ "Varland" read as the town "Varland City": the unit's name in the text is no evidence
    that the town stands for the unit; the placeless event is at the unit."""
    gaz = MemoryGazetteer([USA, VARLAND, VARLAND_CITY])
    places = [_at("p1", VARLAND_CITY, "city", "Varland", 0)]
    event = Event("e1", "ASSAULT", Span("x", 40, 41), Span("x", 30, 50))
    doc = EventPlacesComponent(gazetteer=gaz)(_doc(blank, places, [event]))
    place = next(p for p in doc._.ew_places if p.id == event.place)
    assert (place.name, place.precision) == ("Varland", "admin1")


AKITA_UNIT = GazEntry(None, "Akita", 39.7, 140.3, "JPN", "Akita", "ADM1", 960_000, "admin1")
AKITA = GazEntry(8, "Akita", 39.7, 140.1, "JPN", "Akita", "PPLA", 310_000, "city")
MISSISSIPPI = GazEntry(None, "Mississippi", 32.8, -89.8, "USA", None, "ADM1", 3_000_000, "admin1")


def test_place_guards_a_unit_abroad_is_not_made_a_town() -> None:
    """Where the article's other places lie in another country, a unit read for a name is no
    town of its name (a dog breed in a story of Mississippi); a lone name still is."""
    cands = {"akita": [AKITA_UNIT, AKITA], "mississippi": [MISSISSIPPI]}
    chosen = {"akita": AKITA_UNIT, "mississippi": MISSISSIPPI}
    assert towns_of_units(chosen, cands) == {}
    assert towns_of_units({"akita": AKITA_UNIT}, cands) == {"akita": AKITA}


def test_place_guards_a_dog_breed_does_not_outrank_the_datelines_state(run_text: Any) -> None:
    result = run_text(
        "JACKSON, Miss. - A man was arrested on Monday after his Akita attacked a child. "
        "Police said the dog was seized."
    )
    place = _place_of(result, "attacked")
    assert place is not None and place.country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Support shifted from Austin to Jackson, the senator's rival, the poll found on Monday.",
        "Voters moved from Austin to Jackson, the senator's rival, the poll found on Monday.",
    ],
)
def test_place_guards_a_route_does_not_end_at_a_person(run_text: Any, text: str) -> None:
    assert [p.name for p in run_text(text).places] == ["Austin"]


def test_place_guards_a_road_names_its_end(run_text: Any) -> None:
    result = run_text("Landslides cut the road from Shimla to Kullu on Monday.")
    assert len(result.places) == 2


IRAQ = GazEntry(99237, "Iraq", 33.0, 43.7, "IRQ", None, "PCLI", 38_000_000, "country")
NINEVEH = GazEntry(None, "Nineveh", 36.3, 43.1, "IRQ", "Nineveh", "ADM1", 3_700_000, "admin1")
MOSUL = GazEntry(99072, "Mosul", 36.34, 43.13, "IRQ", "Nineveh", "PPLA", 1_700_000, "city")


def test_place_guards_a_headline_event_sums_up_the_story(blank: Language) -> None:
    """An event of the article's first sentence: a place named there beside it (a film's
    title) is no context told before it; the tie goes to the finer place, as for the story."""
    gaz = MemoryGazetteer([IRAQ, NINEVEH, MOSUL])
    places = [_at("p1", IRAQ, "country", "Iraq", 5), _at("p2", MOSUL, "city", "Mosul", 100)]
    event = Event("e1", "ASSAULT", Span("x", 1, 2), Span("x", 0, 50))
    doc = EventPlacesComponent(gazetteer=gaz)(_doc(blank, places, [event]))
    place = next(p for p in doc._.ew_places if p.id == event.place)
    assert place.name == "Nineveh"  # Mosul, widened to its province


SYRIA = GazEntry(163843, "Syria", 35.0, 38.5, "SYR", None, "PCLI", 22_000_000, "country")
LEBANON = GazEntry(272103, "Lebanon", 33.9, 35.9, "LBN", None, "PCLI", 6_800_000, "country")
KESSAB = GazEntry(9, "Kessab", 35.9, 35.98, "SYR", "Latakia", "PPL", 2_500, "city")


def test_place_guards_refugees_from_a_village_in_a_host_country() -> None:
    """ "refugees from Kessab in Lebanon" of a story that names Syria: the Syrian village."""
    where = {"kessab": {"lebanon"}}
    chosen = {"kessab": KESSAB, "lebanon": LEBANON, "syria": SYRIA}
    assert misplaced_towns(chosen, where) == {}
    assert misplaced_towns({"kessab": KESSAB, "lebanon": LEBANON}, where) == {"kessab": LEBANON}
