"""Perpetrators among the dead, tolls of relative clauses of occasion, relative clauses of one
victim, ranges, names and ages pointing back, and groups told apart (``casualties``)."""

from __future__ import annotations

import pytest
from tests.nlp.casualties.stories import article, largest

from eventwire.extract import Pipeline


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # The man who fired is no victim of his own attack.
        (
            "Two people were wounded in the shooting. The man who opened fire died at the scene.",
            None,
            2,
        ),
        (
            "Three shoppers were hurt in the attack on Main Street. The attacker died later.",
            None,
            3,
        ),
        (
            "A bomber blew himself up outside a cafe, wounding nine people. The bomber died.",
            None,
            9,
        ),
    ],
)
def test_casualties_regression_perpetrator_is_no_victim(
    pipeline: Pipeline, text: str, killed: int | None, injured: int | None
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


def test_casualties_perpetrator_killed_by_police_is_their_act(pipeline: Pipeline) -> None:
    text = "A man who opened fire on diners at a cafe was killed by a police officer."
    result = article(pipeline, text)
    dead = [e for e in result.events if e.casualties.killed and e.casualties.killed.min]
    assert [e.trigger.text for e in dead] == ["killed"]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "The rebels launched an assault against the village, in which 25 guards were killed.",
            25,
            None,
        ),
        (
            "Insurgents attacked a patrol on the highway, during which six soldiers were wounded.",
            None,
            6,
        ),
    ],
)
def test_casualties_regression_toll_of_a_relative_clause_of_occasion(
    pipeline: Pipeline, text: str, killed: int | None, injured: int | None
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # A relative clause counts its own noun, not the nouns coordinated with it.
        (
            "Four people were shot. The victims were a 30-year-old man, who died in surgery, "
            "and three women, who are expected to recover.",
            1,
            3,
        ),
        # "one of the robbers, who died": the one, not the robbers.
        ("The clerk fired back, hitting one of the two robbers, who died at a hospital.", 1, None),
        # "between 12 and 15" is a range, however the parser hangs "between".
        ("Gunmen raided the camp at dawn, killing between 12 and 15 villagers.", 12, None),
        # "The 40-year-old" points back to the one person told of before.
        (
            "A woman who was shot in a robbery last month died on Friday. The 40-year-old had "
            "been in critical condition.",
            1,
            None,
        ),
        # Those killed and hurt just after a group, adding up to it, are its members.
        (
            "Five people were shot near a park on Sunday. A boy was killed and four adults "
            "were wounded.",
            1,
            4,
        ),
    ],
)
def test_casualties_regression_victims_counted_once(
    pipeline: Pipeline, text: str, killed: int | None, injured: int | None
) -> None:
    assert largest(article(pipeline, text)) == (killed, injured)


def test_casualties_a_defining_relative_clause_is_its_nouns(pipeline: Pipeline) -> None:
    text = "Officers searched a barn in which two hikers were killed years ago."
    result = article(pipeline, text)
    searched = [e for e in result.events if e.trigger.text == "searched"]
    assert all(e.casualties.killed is None for e in searched)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # Killed by someone else, told or not, the attackers are that act's dead.
        ("Troops repelled the raid on the outpost. Four attackers were killed in the clash.", 4),
        ("Police returned fire and killed the gunman outside the bank.", 1),
    ],
)
def test_casualties_attackers_killed_by_others_count(
    pipeline: Pipeline, text: str, killed: int
) -> None:
    assert largest(article(pipeline, text))[0] == killed
