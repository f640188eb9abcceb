"""Events: a day told in the clause of a joined verb or of a "when" clause dates the act."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # the "were" of "killed" is also the second verb's: the day after it dates both
        "Three policemen were killed and nine wounded in the north on Saturday when their"
        " truck struck a landmine.",
        # the day the "when" clause tells is the moment of the verb it hangs on
        "Three policemen were killed and nine wounded when their truck struck a landmine near"
        " the border on Saturday.",
    ],
)
def test_events_a_day_told_in_a_joined_clause_dates_every_act(run_text: Any, text: str) -> None:
    events = run_text(text).events
    killed = [e for e in events if e.casualties.killed]
    assert killed and all(e.date is not None and e.date.value == "2024-03-02" for e in killed)


def test_events_a_day_told_after_a_joined_verb_of_the_same_subject(run_text: Any) -> None:
    text = "Militiamen looted the market and torched several shops on Saturday."
    events = run_text(text).events
    assert events and all(e.date is not None and e.date.value == "2024-03-02" for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a joined verb with an auxiliary of its own tells a later act
        ("Police arrested 12 protesters and will release them on Friday.", "arrested"),
        ("Rebels seized the town and were driven out on Sunday.", "seized"),
    ],
)
def test_events_a_later_act_joined_lends_no_day(run_text: Any, text: str, trigger: str) -> None:
    [event] = [e for e in run_text(text).events if e.trigger.text == trigger]
    assert not event.aux.future
    assert event.date is not None and event.date.value == "2024-03-06"


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a span before "after" puts the other act that many days before this one's day
        (
            "Police arrested 12 people on Saturday, two days after a bomb attack on a market"
            " killed five shoppers.",
            "attack",
            "2024-02-29",
        ),
        (
            "Protesters marched on Monday, a week after police killed a student.",
            "killed",
            "2024-02-26",
        ),
        (
            "Two weeks after rebels seized the town, the army shelled it on Saturday.",
            "seized",
            "2024-02-17",
        ),
        # its own day wins over the span
        (
            "Two days after rebels seized the town on Saturday, the army shelled it.",
            "seized",
            "2024-03-02",
        ),
    ],
)
def test_events_an_act_told_a_span_after_another_is_dated_back(
    run_text: Any, text: str, trigger: str, day: str
) -> None:
    [event] = [e for e in run_text(text).events if e.trigger.text == trigger]
    assert event.date is not None and event.date.value == day


def test_events_a_span_the_parser_hung_on_its_noun_keeps_the_acts_apart(run_text: Any) -> None:
    """ "a day after an attack … killed two soldiers": the parser hangs "after an attack" on
    "day" and leaves "killed" with no subject; the killing is not the strikers' and not theirs
    to count."""
    text = (
        "Turkish warplanes struck targets in northern Iraq on Saturday, a day after an attack"
        " on a military post near the border killed two soldiers."
    )
    events = run_text(text).events
    [struck] = [e for e in events if e.trigger.text == "struck"]
    [killed] = [e for e in events if e.trigger.text == "killed"]
    assert killed.casualties.killed is not None and killed.casualties.killed.min == 2
    assert struck.casualties.killed is None
    assert killed.date is not None and killed.date.value == "2024-03-01"
    assert not set(struck.source) & set(killed.source)
    assert killed.mode != "aerial"  # the strikers' warplanes tell nothing of the killing


def test_events_a_noun_under_a_when_clause_is_dated_by_its_moment(run_text: Any) -> None:
    """ "…in April 2023, when tensions exploded into open fighting": tensions bursting are no
    bomb, and the fighting they burst into is dated by the clause the "when" hangs on."""
    text = (
        "The war began in April 2023 when tensions between the army and the militia exploded"
        " into open fighting in the capital."
    )
    events = run_text(text).events
    assert all(e.mode != "explosives" for e in events)
    [fighting] = [e for e in events if e.trigger.text == "fighting"]
    assert fighting.date is not None and fighting.date.value == "2023-04"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a day ahead of publication sets no scene for a past deed
        ("Troops will withdraw on March 7. Rebels attacked the base.", "attacked"),
        # a day that starts a span sets none either
        (
            "The truce took effect on March 2. Since then, rebels attacked three villages.",
            "attacked",
        ),
    ],
)
def test_events_no_scene_from_a_later_day_or_a_since(
    run_text: Any, text: str, trigger: str
) -> None:
    [event] = [e for e in run_text(text).events if e.trigger.text == trigger]
    assert event.date is not None and event.date.value == "2024-03-06"


def test_events_a_day_someone_quoted_tells_sets_no_scene(run_text: Any) -> None:
    text = (
        'Protesters marched in the capital on Saturday. "We were attacked last Monday," a leader'
        " said. Police fired tear gas at the crowd."
    )
    [fired] = [e for e in run_text(text).events if e.trigger.text == "fired"]
    assert fired.date is not None and fired.date.value == "2024-03-02"
