"""eventwire_casualties: ranges of numbers, tallies told by "the number of", victims shared by
coordinated verbs, one named person of a listed group who died, and a death that is the
grievance of a protest rather than its toll."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from tests.nlp.casualties.stories import Found, statements

from eventwire.extract import Pipeline
from eventwire.nlp.casualties.counts import parse_quantity
from eventwire.nlp.pipeline import load_base
from eventwire.records import Article, Count


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("10 to 15", (10, 15)),
        ("between 10 and 15", (10, 15)),
        ("two or three", (2, 3)),
        ("20-30", (20, 30)),
        # not ranges: one number written with a hyphen or "and", or a bound
        ("twenty-five", (25, 25)),
        ("two hundred and fifty", (250, 250)),
        ("up to 15", (None, 15)),
    ],
)
def test_parse_quantity_reads_a_range(text: str, bounds: tuple[int | None, int | None]) -> None:
    assert parse_quantity(text) == bounds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 20 and 25 herders were killed in the raid.", [("killed", 20, 25)]),
        ("The bandits killed 6 to 8 farmers near the river.", [("killed", 6, 8)]),
    ],
)
def test_casualties_count_a_range_of_victims(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of miners killed in the explosion has risen to 31, officials said.",
            [("killed", 31, 31)],
        ),
        ("The total of villagers killed stood at 14.", [("killed", 14, 14)]),
    ],
)
def test_casualties_take_the_number_a_tally_rose_to(
    nlp: Language, text: str, expected: list[Found]
) -> None:
    assert statements(nlp, text) == expected


def test_casualties_a_vague_number_of_is_no_tally(nlp: Language) -> None:
    (found,) = statements(nlp, "A number of guards were injured in the riot.")
    assert found[0] == "injured" and (found[1] or 0) >= 1


def test_casualties_victim_of_a_verb_coordinated_before(nlp: Language) -> None:
    text = "A clerk was treated and released from a clinic after being shot in the foot."
    assert statements(nlp, text) == [("injured", 1, 1)]


def test_casualties_one_named_member_of_the_hurt_died(nlp: Language) -> None:
    text = (
        "A man shot his neighbour and her nephew on Friday, police said. "
        "The nephew died on the way to a hospital."
    )
    assert sorted(statements(nlp, text)) == [("injured", 1, 1), ("killed", 1, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot a cook and a waiter at the diner. The cashier died.",
        "A gunman shot two waiters at the diner. The cashier died.",
    ],
)
def test_casualties_hurt_told_apart_from_the_dead_keep_their_number(
    nlp: Language, text: str
) -> None:
    assert ("injured", 2, 2) in statements(nlp, text)


@pytest.mark.parametrize(
    ("text", "protest", "killer"),
    [
        (
            "Students burned tyres in the capital to demand justice for a classmate who was "
            "killed in police custody.",
            "burned",
            None,
        ),
        (
            "Youths torched cars in the town on Sunday to denounce the death of a boy who was "
            "shot by police.",
            "torched",
            "shot",
        ),
    ],
)
def test_casualties_a_grievance_is_no_toll_of_the_protest(
    pipeline: Pipeline, text: str, protest: str, killer: str | None
) -> None:
    (result,) = pipeline.process([Article(id="g", text=text)])
    by_trigger = {e.trigger.text: e for e in result.events}
    assert by_trigger[protest].casualties.killed is None
    assert by_trigger[protest].casualties.arrested is None
    if killer is not None:  # the act the grievance tells of keeps its dead
        assert (by_trigger[killer].casualties.killed or Count(0, 0, "")).min == 1


def test_casualties_a_death_beside_a_protest_stays(pipeline: Pipeline) -> None:
    text = "Thousands protested in the square on Friday, and soldiers killed four of them."
    (result,) = pipeline.process([Article(id="g", text=text)])
    killed = [e.casualties.killed.min for e in result.events if e.casualties.killed]
    assert killed == [4]


def _event_counts(pipeline: Pipeline, text: str) -> list[tuple[int | None, int | None]]:
    (result,) = pipeline.process([Article(id="h", text=text)])
    return [
        (c.killed and c.killed.min, c.injured and c.injured.min)
        for c in (e.casualties for e in result.events)
        if c.killed or c.injured
    ]


def test_casualties_the_one_death_told_later_is_one_of_the_hurt(pipeline: Pipeline) -> None:
    text = (
        "Two men were wounded in a shooting outside a barbershop on Friday. Officers found "
        "both men on the sidewalk. They were taken to a hospital. The 31-year-old died there."
    )
    assert (1, 1) in _event_counts(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # the death told first, then again as "the man": the two hurt are others
        "A man was killed and two women were wounded in a shooting on Friday. The man died at "
        "the scene.",
        # "the dead man" after "one fatally": the split is done already
        "Three people were shot, one fatally, on Friday. Police named the dead man on Saturday.",
        # the one who died is on the other side of the gun
        "Two deputies were wounded in a shootout on Friday. The suspect died at the scene.",
    ],
)
def test_casualties_a_death_told_again_or_of_another_keeps_the_hurt(
    pipeline: Pipeline, text: str
) -> None:
    assert (1, 2) in _event_counts(pipeline, text)


def test_casualties_stabbed_three_one_of_whom_died(nlp: Language) -> None:
    text = "A man who had stabbed three people, one of whom died, was arrested on Monday."
    hurt = sorted(f for f in statements(nlp, text) if f[0] != "arrested")
    assert hurt == [("injured", 2, 2), ("killed", 1, 1)]


def test_a_condemned_attack_keeps_its_own_dead(run_text: Any) -> None:
    """ "condemned the attack, which killed 12 farmers": the grievance names the attack itself."""
    text = (
        "Gunmen stormed a village in the north on Monday. The government condemned the attack,"
        " which killed 12 farmers."
    )
    killed = [e.casualties.killed for e in run_text(text).events if e.casualties.killed]
    assert killed and killed[0].min == 12


def test_a_bomber_who_died_is_none_of_the_hurt(run_text: Any) -> None:
    text = "Two people were injured when a bomb exploded at a market on Monday. The bomber died."
    injured = [e.casualties.injured for e in run_text(text).events if e.casualties.injured]
    assert injured and injured[0].min == 2
