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
