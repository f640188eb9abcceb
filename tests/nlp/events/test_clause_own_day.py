"""Events: a clause hung on another verb ("when", "as") is dated by a day told in its own
phrases before one told in the clause around it."""

from __future__ import annotations

from typing import Any

import pytest


def test_events_a_when_clause_takes_its_own_day(run_text: Any) -> None:
    text = "The truce collapsed this week when rebels shelled a market town on Monday."
    [shelled] = [e for e in run_text(text).events if e.trigger.text == "shelled"]
    assert shelled.date is not None
    assert shelled.date.value == "2024-03-04"


def test_events_a_when_clause_without_a_day_keeps_the_day_around_it(run_text: Any) -> None:
    text = "Five people died on Monday when rebels shelled a market town."
    [shelled] = [e for e in run_text(text).events if e.trigger.text == "shelled"]
    assert shelled.date is not None
    assert shelled.date.value == "2024-03-04"


def test_events_a_when_clause_with_only_a_span_keeps_the_day_around_it(run_text: Any) -> None:
    """ "hours after rebels shelled a post": "hours" tells no day of the shelling."""
    text = "A jet bombed a depot in Marun on Sunday, hours after rebels shelled an army post."
    [shelled] = [e for e in run_text(text).events if e.trigger.text == "shelled"]
    assert shelled.date is not None
    assert shelled.date.value == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # published Wednesday 2024-03-06: Tuesday is 03-05
        (
            "The day after Sunday's vote, protesters marched in the capital.",
            "marched",
            "2024-03-04",
        ),
        (
            "The day before last Tuesday's vote, protesters marched in the capital.",
            "marched",
            "2024-03-04",
        ),
        (
            "The day before the vote on Tuesday, protesters marched in the capital.",
            "marched",
            "2024-03-04",
        ),
        (
            "Two days before Tuesday's vote, protesters marched in the capital.",
            "marched",
            "2024-03-03",
        ),
        (
            "Two days after the bombing on Monday, police arrested 12 suspects.",
            "arrested",
            "2024-03-06",
        ),
    ],
)
def test_events_an_act_a_span_from_a_day_told_is_that_span_away(
    run_text: Any, text: str, trigger: str, day: str
) -> None:
    [act] = [e for e in run_text(text).events if e.trigger.text == trigger]
    assert act.date is not None
    assert act.date.value == day


def test_events_a_span_told_apart_from_the_day_moves_nothing(run_text: Any) -> None:
    """ "arrested him on Monday, two months before the trial": the day is the arrest's own."""
    text = "Police arrested the man on Monday, more than two months before the trial."
    [act] = [e for e in run_text(text).events if e.trigger.text == "arrested"]
    assert act.date is not None
    assert act.date.value == "2024-03-04"


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # published Wednesday 2024-03-06
        ("The strike is expected to begin on Monday.", "strike", "2024-03-11"),
        ("The protest was due to start on Saturday but was called off.", "protest", "2024-03-09"),
    ],
)
def test_events_a_noun_act_takes_the_day_of_what_it_is_said_to_do(
    run_text: Any, text: str, trigger: str, day: str
) -> None:
    """The act's verb only says it is expected or due: its "to" clause tells the day."""
    [act] = [e for e in run_text(text).events if e.trigger.text == trigger]
    assert act.date is not None
    assert act.date.value == day
