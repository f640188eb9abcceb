"""Events: an act counted a span from an undated act, "the day after" as a span, a day told
beside a span, a weekend, a decade, and a scene kept past a flashback."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("published", "month"),
    [("2024-03-06", "2024-03"), ("2024-03-01", "2024-02")],
)
def test_events_a_span_from_an_undated_act_gives_a_month(
    run_text: Any, published: str, month: str
) -> None:
    """The arrest has no day of its own: the attack's day is not known, only about when."""
    text = "Police arrested five suspects two days after the attack on the market."
    [attack] = [e for e in run_text(text, published).events if e.trigger.text == "attack"]
    assert attack.date is not None
    assert (attack.date.value, attack.date.precision) == (month, "month")


@pytest.mark.parametrize(
    "text",
    [
        "Fighting erupted again on Saturday, the day after the truce expired.",
        # the parser hangs the "after" clause on "the day" here
        "Fighting erupted again on Saturday, the day after the truce expired. At least nine"
        " soldiers died.",
    ],
)
def test_events_the_day_after_is_one_day_before(run_text: Any, text: str) -> None:
    [truce] = [e for e in run_text(text).events if e.trigger.text == "truce"]
    assert truce.date is not None and truce.date.value == "2024-03-01"


def test_events_a_day_told_beside_a_span_dates_the_act(run_text: Any) -> None:
    text = "A court sentenced a journalist to two years in prison on Friday."
    [sentenced] = [e for e in run_text(text).events if e.trigger.text == "sentenced"]
    assert sentenced.date is not None and sentenced.date.value == "2024-03-01"


def test_events_a_weekend_dates_to_its_month(run_text: Any) -> None:
    text = "Thousands of people rallied in the capital over the weekend."
    [rally] = [e for e in run_text(text, "2024-03-04").events if e.trigger.text == "rallied"]
    assert rally.date is not None
    assert (rally.date.value, rally.date.precision) == ("2024-03", "month")


def test_events_an_act_told_in_a_decade_has_no_date(run_text: Any) -> None:
    text = "The opposition leader was jailed by the police in the late 1990s."
    [jailed] = [e for e in run_text(text).events if e.trigger.text == "jailed"]
    assert jailed.date is None


def test_events_a_flashback_leaves_the_scene_on_its_day(run_text: Any) -> None:
    """A sentence set in an older period is background: the act told after it is back in the
    scene of the last day told (Monday), not on the day of publication."""
    text = (
        "On Monday, troops entered the town. Last week, floods had hit the region. The army"
        " arrested 12 people."
    )
    [arrest] = [e for e in run_text(text).events if e.trigger.text == "arrested"]
    assert arrest.date is not None and arrest.date.value == "2024-03-04"


def test_events_an_act_named_again_lends_its_day_to_the_span(run_text: Any) -> None:
    """ "the attack" is Monday's: it takes Monday, and the arrest two days after it Wednesday."""
    text = (
        "Gunmen attacked a market in the town on Monday. Two days after the attack, police"
        " arrested five suspects."
    )
    events = run_text(text, "2024-03-08").events
    [arrest] = [e for e in events if e.trigger.text == "arrested"]
    assert arrest.date is not None and arrest.date.value == "2024-03-06"
    assert all(
        e.date is not None and e.date.value == "2024-03-04" for e in events if e.type == "ASSAULT"
    )


def test_events_of_two_acts_named_alike_the_one_meant_is_not_guessed(run_text: Any) -> None:
    """Two attacks told with days: "the attack" may be either, so the arrest is not moved."""
    text = (
        "Gunmen attacked a market on Monday. A bomb attack hit a bus on Wednesday. Two days"
        " after the attack on the market, police arrested five suspects."
    )
    [arrest] = [e for e in run_text(text, "2024-03-09").events if e.trigger.text == "arrested"]
    assert arrest.date is not None and arrest.date.value == "2024-03-09"


def test_events_a_span_never_moves_an_act_past_its_story(run_text: Any) -> None:
    """Wednesday + 2 would be after publication on Thursday: the arrest keeps its story's day."""
    text = (
        "Gunmen attacked a market on Wednesday. Two days after the attack, police arrested five"
        " suspects."
    )
    [arrest] = [e for e in run_text(text, "2024-03-07").events if e.trigger.text == "arrested"]
    assert arrest.date is not None and arrest.date.value <= "2024-03-07"
