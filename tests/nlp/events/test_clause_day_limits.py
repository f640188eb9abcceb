"""Events: where a clause's own day, a span from a day and a noun act's "to" clause stop. A
done act a span after a weekday is not put after publication; a noun act takes only the day
of a verb of happening or starting, hung on that verb; a when- or as-clause takes only a
calendar day on its own verb; a purpose clause takes no day of its own; a year in a charge's
"of" phrase dates the charge, not the ruling."""

from __future__ import annotations

from typing import Any

import pytest


def _act(run_text: Any, text: str, trigger: str) -> Any:
    [act] = [e for e in run_text(text).events if e.trigger.text == trigger]
    return act


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # published Wednesday 2024-03-06: the Tuesday two weeks back, not 03-19
        (
            "Two weeks after the vote on Tuesday, protesters marched in the capital.",
            "marched",
            "2024-03-05",
        ),
        (
            "Three weeks after the raid on Monday, police arrested a suspect.",
            "arrested",
            "2024-03-04",
        ),
    ],
)
def test_events_a_done_act_a_span_after_a_weekday_is_not_after_publication(
    run_text: Any, text: str, trigger: str, day: str
) -> None:
    act = _act(run_text, text, trigger)
    assert act.date is not None and act.date.value == day
    assert not act.aux.future
    assert act.type != "THREATEN"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The riots began to spread after the 2019 election, officials said on Monday.", "riots"),
        ("The pact is expected to lift exports by 2030, the minister said.", "pact"),
    ],
)
def test_events_a_noun_act_takes_no_day_from_another_verbs_clause(
    run_text: Any, text: str, trigger: str
) -> None:
    act = _act(run_text, text, trigger)
    assert act.date is not None and act.date.value.startswith("2024-03")
    assert not act.aux.future and not act.aux.historical


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # the day around it, not "now" or a time inside a noun of the clause
        (
            "Two bombers killed 20 people late Sunday when they blew themselves up in the worst "
            "attack of the current revolt.",
            "blew",
            "2024-03-03",
        ),
        (
            "Police fired tear gas on Sunday as students marched toward the current parliament "
            "building.",
            "marched",
            "2024-03-03",
        ),
    ],
)
def test_events_a_when_clause_takes_only_a_calendar_day_on_its_own_verb(
    run_text: Any, text: str, trigger: str, day: str
) -> None:
    act = _act(run_text, text, trigger)
    assert act.date is not None and act.date.value == day


def test_events_a_purpose_clause_takes_no_day_of_its_own(run_text: Any) -> None:
    """The day in "to prevent a rally on Saturday" is the rally's, not the preventing's."""
    text = "Police detained 30 people on Monday to prevent a rally on Saturday."
    found = run_text(text).events
    assert not [
        e for e in found if e.trigger.text == "prevent" and e.date and e.date.value == "2024-03-02"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # published Wednesday 2024-03-06
        (
            "A judge cleared the officer of murder charges in the 2019 shooting.",
            "cleared",
            "2024-03-06",
        ),
        (
            "A court accused the officer of murder in the 2019 shooting of a boy on Monday.",
            "accused",
            "2024-03-04",
        ),
        # the setting after a plain "of" stays the act's
        ("A soldier died of his wounds in Friday's attack in Kidal.", "attack", "2024-03-01"),
        (
            "Police arrested the leader of the group in Friday's raid in Tarvel.",
            "arrested",
            "2024-03-01",
        ),
    ],
)
def test_events_a_year_in_the_charge_dates_the_charge_not_the_ruling(
    run_text: Any, text: str, trigger: str, day: str
) -> None:
    act = _act(run_text, text, trigger)
    assert act.date is not None and act.date.value == day
