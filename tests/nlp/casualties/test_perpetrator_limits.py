"""Limits of the perpetrator, occasion and partition rules (``casualties``): a perpetrator
dropped only when alone, never with the list he is part of, whoever fired back and whoever died
fighting others are victims, a clause of another time keeps its toll, and members of another
incident are no group's members."""

from __future__ import annotations

import pytest
from tests.nlp.casualties.stories import article, largest

from eventwire.extract import Pipeline
from eventwire.records import ArticleResult, Event


def _on(result: ArticleResult, trigger: str) -> Event:
    return next(e for e in result.events if e.trigger.text == trigger)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # A list of the dead is counted whole, as a toll counts it: never dropped with him.
        (
            "A suicide bomber blew himself up at a mosque on Friday, and the bomber and 12 "
            "worshippers died in the blast.",
            13,
        ),
        ("Police said the attacker, a 22-year-old man, and two bystanders died in the blast.", 3),
        (
            "A gunman opened fire at the bank on Monday. Two guards and the gunman died at the "
            "scene.",
            3,
        ),
        (
            "Gunmen attacked a convoy on Monday. Six soldiers and two attackers died in the "
            "ambush.",
            8,
        ),
        # Killed in a fight, the attacker counts with the others.
        (
            "A gunman opened fire at the bank on Monday. Two soldiers and the attacker died in "
            "the clash.",
            3,
        ),
        # Firing back at an attacker is no attack.
        (
            "Two police officers were wounded in a shootout on Tuesday. The officer who "
            "returned fire died at the scene.",
            1,
        ),
        ("A woman who shot her attacker in self-defence died of her injuries on Tuesday.", 1),
        (
            "A man who fired at the robbers to defend his shop died at the scene on Tuesday, "
            "police said.",
            1,
        ),
        # Dying in a fight with others is being killed by them.
        (
            "Gunmen stormed a hotel on Tuesday. The assailants killed six guests. Three gunmen "
            "died in the shootout with security forces.",
            6,
        ),
        (
            "Gunmen stormed a hotel on Tuesday. Three gunmen died in the shootout with "
            "security forces.",
            3,
        ),
        (
            "A gunman killed three people at a church on Sunday. The gunman died on Tuesday of "
            "wounds from a police shootout.",
            3,
        ),
    ],
)
def test_casualties_the_dead_around_the_attacker(
    pipeline: Pipeline, text: str, killed: int
) -> None:
    assert largest(article(pipeline, text))[0] == killed


def test_casualties_shootout_death_of_gunman_is_counted(pipeline: Pipeline) -> None:
    text = (
        "A gunman killed three people at a church on Sunday. The gunman died on Tuesday of "
        "wounds from a police shootout."
    )
    dead = [e.casualties.killed.min for e in article(pipeline, text).events if e.casualties.killed]
    assert 1 in dead


def test_casualties_clause_of_another_time_keeps_its_toll(pipeline: Pipeline) -> None:
    text = "Protesters marched on Tuesday to the square, in which 12 students were killed in 1989."
    marched = _on(article(pipeline, text), "marched")
    assert marched.casualties.killed is None


def test_casualties_members_of_another_incident_are_no_partition(pipeline: Pipeline) -> None:
    text = (
        "Four people were shot on Monday night. On Tuesday, a woman was killed and three men "
        "were wounded in another shooting across town."
    )
    shot = _on(article(pipeline, text), "shot")
    assert shot.casualties.injured is not None
    assert shot.casualties.injured.min == 4


def test_casualties_clause_of_the_same_day_is_the_acts(pipeline: Pipeline) -> None:
    text = (
        "Rebels attacked an army base on Monday, in which 14 soldiers were killed on Monday night."
    )
    attacked = _on(article(pipeline, text), "attacked")
    assert attacked.casualties.killed is not None
    assert attacked.casualties.killed.min == 14


def test_casualties_a_day_of_saying_keeps_the_partition(pipeline: Pipeline) -> None:
    text = (
        "Four people were shot on Sunday night. A man was killed and three women were wounded, "
        "police said on Monday."
    )
    shot = _on(article(pipeline, text), "shot")
    assert shot.casualties.injured is not None
    assert shot.casualties.injured.min == 3


@pytest.mark.parametrize(
    "text",
    [
        # "another" of a witness tells no other incident
        "Four people were shot on Tuesday. A woman was killed and three men were wounded, "
        "another witness said.",
        # one of the group may die a day later
        "Four people were shot on Tuesday. A woman died on Wednesday and three men were wounded.",
    ],
)
def test_casualties_the_group_is_split_across_a_later_death(pipeline: Pipeline, text: str) -> None:
    assert _on(article(pipeline, text), "shot").casualties.injured.min == 3  # type: ignore[union-attr]


def test_casualties_a_span_of_days_is_no_time_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "Rebels launched an offensive on Monday, in which 30 soldiers were killed over three days."
    )
    killed = _on(article(pipeline, text), "launched").casualties.killed
    assert killed is not None and killed.min == 30
