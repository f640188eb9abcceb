"""Readings a story's words settle: a route's end is a place, "the town of" a longer name says
nothing of its first word, a small town said to lie in another country is placed there."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import misplaced_towns, said_in


def test_story_readings_a_route_names_its_end_a_place(run_text: Any) -> None:
    """ "from X to Y": the NER may take Y for a person; the route says it is a place."""
    result = run_text("The bus was travelling from Shimla to Kullu, police said.")
    assert {p.country for p in result.places} == {"IND"}
    assert len(result.places) == 2


def test_story_readings_the_town_of_a_longer_name_is_not_its_first_word(run_text: Any) -> None:
    """ "the town of Bulo Burde": no Philippine Bulo in a Somali story."""
    result = run_text("A car bomb exploded in Mogadishu. Troops retook the town of Bulo Burde.")
    assert all(p.country == "SOM" for p in result.places)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A landslide buried homes in the village of Yele in Sierra Leone on Friday.", "Yele"),
    ],
)
def test_story_readings_a_town_said_to_lie_in_another_country_is_placed_there(
    run_text: Any, text: str, name: str
) -> None:
    """The gazetteer's only town of the name lies in another country than the one the text
    puts it in: the country the text says is where it is."""
    [place] = [p for p in run_text(text).places if p.name == name]
    assert (place.country, place.precision) == ("SLE", "country")


def test_story_readings_misplaced_towns_needs_a_small_town_and_another_country() -> None:
    sle = GazEntry(3, "Sierra Leone", 8.5, -11.8, "SLE", None, "PCLI", 8_000_000, "country")
    small = GazEntry(4, "Yele", 9.9, -6.2, "CIV", "Savanes", "PPL", 2_000, "city")
    big = GazEntry(5, "Yele", 9.9, -6.2, "CIV", "Savanes", "PPL", 200_000, "city")
    home = GazEntry(6, "Yele", 8.4, -11.9, "SLE", None, "PPL", 2_000, "city")
    where = {"yele": {"sierra leone"}}
    assert misplaced_towns({"yele": small, "sierra leone": sle}, where) == {"yele": sle}
    assert misplaced_towns({"yele": big, "sierra leone": sle}, where) == {}
    assert misplaced_towns({"yele": home, "sierra leone": sle}, where) == {}
    assert (
        said_in(["Yele", "in", "Sierra", "Leone"], [(0, 1, "yele"), (2, 4, "sierra leone")])
        == where
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Artillery fire hit Khan Younis on Monday, medics said.", "PSE"),
        ("Russian troops shelled Kupiansk overnight, officials said.", "UKR"),
        ("Missiles pounded Kharkiv and Zaporizhzhia before dawn.", "UKR"),
    ],
)
def test_story_readings_a_town_struck_is_a_place(run_text: Any, text: str, country: str) -> None:
    """The object of "shell", or of "hit" after a weapon, is a place, whatever the NER took it
    for; a foreign town's alternate name is enough there."""
    places = run_text(text).places
    assert country in {p.country for p in places if p.precision == "city"}


@pytest.mark.parametrize(
    "text",
    [
        "The senator hit Jackson with a lawsuit on Monday.",
        "Critics bombarded Murray with questions at the hearing.",
    ],
)
def test_story_readings_a_person_hit_is_no_place(run_text: Any, text: str) -> None:
    assert run_text(text).places == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Durban said SA would send more officers to the border.", "South Africa"),
        ("Bushfires swept past Adelaide on Monday. The SA premier sought help.", "South Australia"),
        ("The SA government approved a new desalination plant near Whyalla.", "South Australia"),
    ],
)
def test_story_readings_an_initialism_is_read_by_the_story_country(
    run_text: Any, text: str, name: str
) -> None:
    """ "SA" is South Africa's initialism and South Australia's: the story's places decide."""
    places = {m.text: p.name for p in run_text(text).places for m in p.mentions}
    assert places["SA"] == name


def test_story_readings_a_town_struck_abroad_is_not_the_story_towns_suburb(run_text: Any) -> None:
    """A small foreign town that troops shelled stays that town beside a story town elsewhere:
    the verb says it is a place, not a place of the story's town (each in a country the story
    points to: Israel's neighbour, Russia's)."""
    places = run_text(
        "Israeli shelling hit Khan Younis on Monday. Russian troops shelled Kupiansk overnight."
    ).places
    assert {p.country for p in places if p.precision == "city"} == {"PSE", "UKR"}


def test_story_readings_a_neighbourhood_named_by_its_borough(run_text: Any) -> None:
    """ "Red Hook, Brooklyn": the neighbourhood, not the small town of the name 150 km north;
    a list of cities after a comma is no such pair."""
    [hook] = [
        p
        for p in run_text("A man was stabbed in Red Hook, Brooklyn, on Sunday.").places
        if p.name == "Red Hook"
    ]
    assert hook.precision == "sublocal" and hook.lat < 41.0
    places = run_text("Flights from Boston, New York and Chicago were cancelled.").places
    assert {p.name for p in places if p.precision == "city"} >= {"Boston", "Chicago"}
