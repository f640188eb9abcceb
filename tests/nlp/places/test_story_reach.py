"""How far a story's own words carry a name: a verb of striking makes a place only of a town in a
country the story points to, and only when it strikes with a weapon; a weapon word must be one
("a storm of criticism" is none); a small foreign town is a place of the story's town only where
the text ties it there; a shared initialism is the subdivision's unless the story says
otherwise; and a possessive after a comma starts a new phrase."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A storm of criticism hit Jackson after the vote, Democrats in Washington said.",
        "A barrage of attack ads targeted Lincoln in the final week, aides in Denver said.",
        "Russian troops shelled Jackson overnight, Ukrainian officials in Kyiv said.",
        "The Taliban besieged Lincoln for a week, officials in Kabul said.",
        "Critics in Washington bombed Madison with questions at the hearing.",
        "The senator's allies besieged Madison with calls on Monday.",
    ],
)
def test_story_reach_a_name_struck_in_a_figure_or_far_off_is_no_town(
    run_text: Any, text: str
) -> None:
    """A weapon word followed by "of" is a figure of speech, a "with" object that is no weapon
    makes the verb one, and a town in a country nothing else in the story points to, nor borders
    one that something does, is not what troops struck: none of these names is a town."""
    names = {m.text for p in run_text(text).places for m in p.mentions}
    assert not names & {"Jackson", "Lincoln", "Madison"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Troops shelled Kupiansk with rockets overnight, officials said.", "UKR"),
        ("Russian troops shelled Kupiansk overnight, officials in Moscow said.", "UKR"),
    ],
)
def test_story_reach_a_town_struck_near_the_story_stays(
    run_text: Any, text: str, country: str
) -> None:
    """A weapon after "with" keeps the struck reading, and a town in a country bordering the
    one the story points to stays a town."""
    assert country in {p.country for p in run_text(text).places if p.precision == "city"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Police in Sydney said a man from Sydney was shot dead in Kuta on Sunday.",
            "Kuta",
            "IDN",
        ),
        ("The president returned to Washington on Friday from Davos.", "Davos", "CHE"),
        (
            "Demonstrators in Washington protested on Monday against the detention of an "
            "American journalist in Kherson.",
            "Kherson",
            "UKR",
        ),
    ],
)
def test_story_reach_a_foreign_town_named_in_passing_keeps_its_country(
    run_text: Any, text: str, name: str, country: str
) -> None:
    """With no local head word ("the X police station") nor a home place beside it, a small
    foreign town is that town, not a place of the story's town; a regional capital never is."""
    [place] = [p for p in run_text(text).places if p.name.startswith(name[:4])]
    assert place.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "SA Premier Jane Doyle said the state would build a new hospital. "
            "SA Health said work would start next year.",
            "South Australia",
        ),
        ("Police in Johannesburg said SA would send more officers to the border.", "South Africa"),
    ],
)
def test_story_reach_a_shared_initialism_is_the_subdivisions_by_default(
    run_text: Any, text: str, name: str
) -> None:
    """ "SA" with no country evidence either way is South Australia; a South African city
    makes it South Africa."""
    places = {m.text: p.name for p in run_text(text).places for m in p.mentions}
    assert places["SA"] == name


def test_story_reach_a_possessive_after_a_comma_is_no_borough(run_text: Any) -> None:
    """ "Speaking in Galway, Dublin's lord mayor said": Galway is the city, not a part of
    Dublin."""
    [galway] = [
        p
        for p in run_text(
            "Speaking in Galway, Dublin's lord mayor said the plan would go ahead."
        ).places
        if p.name == "Galway"
    ]
    assert galway.precision == "city"
