"""People forced to leave: people forced from their homes are coerced by whoever forced them, on
the day of the leaving; people driven out by fighting or told to evacuate by officials are
not; leaving a job or a thing is no deportation, and an arrest told beside a forcing to leave
is an act of its own. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import coded_of, names_of


@pytest.mark.parametrize(
    ("text", "trigger", "doers", "victims"),
    [
        (
            "Soldiers forced thousands of villagers to evacuate their homes in the hills on"
            " Monday.",
            "forced",
            {"soldiers"},
            {"villagers"},
        ),
        (
            "Gunmen compelled hundreds of residents to flee the village on Sunday.",
            "compelled",
            {"gunmen"},
            {"residents"},
        ),
    ],
)
def test_people_forced_from_their_homes_are_coerced_by_who_forced_them(
    run_text: Any, text: str, trigger: str, doers: set[str], victims: set[str]
) -> None:
    result = run_text(text)
    assert [e.type for e in result.events] == ["COERCE"], [e.to_dict() for e in result.events]
    event = result.events[0]
    assert event.trigger.text == trigger and event.mode == "deport"
    assert names_of(result, event.source) == doers
    assert names_of(result, event.target) == victims


def test_the_forcing_takes_the_day_of_the_leaving(run_text: Any) -> None:
    text = "Soldiers forced the villagers to evacuate their homes on Monday."
    event = run_text(text, published="2024-03-06").events[0]
    assert event.date is not None and event.date.value == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting forced 20,000 people to flee their homes last week.",
        "Thousands of people were forced to flee their homes after the clashes.",
        "Militants attacked the village on Sunday, forcing hundreds of residents to flee.",
        "Heavy shelling forced thousands of civilians to leave their homes.",
    ],
)
def test_people_driven_out_by_fighting_are_no_coercion(run_text: Any, text: str) -> None:
    assert "COERCE" not in {e.type for e in run_text(text).events}


def test_an_evacuation_ordered_by_officials_is_no_coercion(run_text: Any) -> None:
    result = run_text("Authorities ordered residents to evacuate ahead of the cyclone.")
    assert "COERCE" not in {e.type for e in result.events}


def test_an_arrest_beside_a_forcing_to_leave_is_an_act_of_its_own(run_text: Any) -> None:
    result = run_text("Troops forced farmers to leave the valley and detained six youths.")
    coded = {(e.cameo, e.trigger.text): e for e in result.events}
    assert set(coded) == {("174", "forced"), ("173", "detained")}
    assert names_of(result, coded["174", "forced"].target) == {"farmers"}
    assert names_of(result, coded["173", "detained"].target) == {"youths"}


def test_an_arrest_after_leaving_a_thing_is_kept(run_text: Any) -> None:
    coded = coded_of(run_text, "Police forced the cyclist to leave his bicycle and arrested him.")
    assert ("COERCE", "173", "arrested") in coded
    assert all(cameo != "174" for _, cameo, _ in coded)


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen forced nurses to leave their posts at the clinic in Varda.",
        "Police compelled the reporters to abandon their cameras.",
        "The governor forced the brewery to relocate its warehouse.",
    ],
)
def test_leaving_a_job_or_a_thing_is_no_deportation(run_text: Any, text: str) -> None:
    assert all(cameo != "174" for _, cameo, _ in coded_of(run_text, text))
