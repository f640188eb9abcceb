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
