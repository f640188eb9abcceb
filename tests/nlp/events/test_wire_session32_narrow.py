"""Session 32's new rows kept to what they name: someone pressed to act (not an advance pressed
on), an official put out of office (not a town plundered, nor a report whose modifier names
the government, nor workers taken out of a building), talks called off (not one's own trip,
nor for a storm), and people evacuated for their safety (not at gunpoint). Every sentence here
is invented."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.eval.base import top_event


def _types(run_text: Any, text: str) -> set[tuple[str, str]]:
    return {(e.type, e.trigger.text) for e in run_text(text).events}


def _top(run_text: Any, text: str) -> tuple[str, str] | None:
    top = top_event(run_text(text).events)
    return (top.type, top.trigger.text) if top is not None else None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Guerrillas pressed on to seize the hill town of Darnel on Monday.", "seize"),
        ("Soldiers pressed ahead to recapture the port of Velm on Friday.", "recapture"),
    ],
)
def test_an_advance_pressed_on_is_no_request(run_text: Any, text: str, trigger: str) -> None:
    assert _top(run_text, text) == ("COERCE", trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Germany pressed Turkey to free the jailed reporters on Monday.",
        "Donors pressed the government to hold the delayed elections on Monday.",
    ],
)
def test_someone_pressed_to_act_is_a_request(run_text: Any, text: str) -> None:
    assert _top(run_text, text) == ("REQUEST", "pressed")


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents sacked the market town on Friday, looting stores and torching houses.",
        "The football club sacked its manager on Monday after a string of defeats.",
        "Firemen removed four clerks from the office on Monday after the fire.",
        "Soldiers removed the fighters from their positions near the river on Sunday.",
        "The governor cancelled his scheduled trip to the coast on Monday to oversee relief work.",
        "Organisers postponed the summit on Friday because of a cholera outbreak.",
        "The two governments cancelled the talks on Friday due to bad weather.",
    ],
)
def test_no_one_is_sanctioned(run_text: Any, text: str) -> None:
    assert not any(t == "SANCTION" for t, _ in _types(run_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "The president sacked the defence minister on Monday.",
        "The assembly removed the mayor from his post on Monday.",
        "The supreme court removed Ravel Dunn from office on Monday.",
        "The minister cancelled talks with his Ruritanian counterpart on Monday in protest.",
    ],
)
def test_an_official_removed_or_talks_called_off_are_sanctions(run_text: Any, text: str) -> None:
    top = _top(run_text, text)
    assert top is not None and top[0] == "SANCTION"


def test_a_report_named_by_its_author_is_still_rejected(run_text: Any) -> None:
    text = "The opposition leader dismissed the cabinet proposal as a stunt on Monday."
    assert _top(run_text, text) == ("REJECT", "dismissed")


def test_a_meeting_broken_up_keeps_its_arrests(run_text: Any) -> None:
    text = "Police dissolved the council session on Friday and arrested three councillors."
    found = _types(run_text, text)
    assert ("COERCE", "arrested") in found
    assert ("COERCE", "dissolved") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen evacuated the villagers at gunpoint on Sunday.",
        "Police forcibly evacuated residents from the riverside camp on Sunday.",
    ],
)
def test_people_moved_by_force_get_no_aid(run_text: Any, text: str) -> None:
    assert not any(t == "AID" for t, _ in _types(run_text, text))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president dismissed Finance Minister Sara Obi on Tuesday.", "dismissed"),
        ("President Mwangi sacked Defence Minister Aden Duma on Tuesday.", "sacked"),
        ("Defence Minister Aden Duma was sacked on Tuesday.", "sacked"),
        ("The president sacked Ali Musa, the army chief, on Tuesday.", "sacked"),
    ],
)
def test_an_official_named_with_a_title_is_put_out_of_office(
    run_text: Any, text: str, trigger: str
) -> None:
    assert ("SANCTION", trigger) in _types(run_text, text)
