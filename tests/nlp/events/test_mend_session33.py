"""Session 33's mends of the new rows after review: a forcing to leave is coercion only of
people made to leave a place, and never swallows an arrest told beside it; a clause told a day
after the main act that recalls it or starts its campaign is the same act; oust, acquit, clear,
waive and file fire only in their legal or political senses. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import names_of


def _coded(run_text: Any, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger.text) for e in run_text(text).events]


def test_an_arrest_beside_a_forcing_to_leave_is_an_act_of_its_own(run_text: Any) -> None:
    result = run_text("Troops forced farmers to leave the valley and detained six youths.")
    coded = {(e.cameo, e.trigger.text): e for e in result.events}
    assert set(coded) == {("174", "forced"), ("173", "detained")}
    assert names_of(result, coded["174", "forced"].target) == {"farmers"}
    assert names_of(result, coded["173", "detained"].target) == {"youths"}


def test_an_arrest_after_leaving_a_thing_is_kept(run_text: Any) -> None:
    coded = _coded(run_text, "Police forced the cyclist to leave his bicycle and arrested him.")
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
    assert all(cameo != "174" for _, cameo, _ in _coded(run_text, text))


def test_a_campaign_launched_a_day_before_is_the_same_act(run_text: Any) -> None:
    result = run_text(
        "The shelling killed three civilians in Varda on Tuesday, a day after Ruritanian troops"
        " launched the offensive."
    )
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert names_of(result, assaults[0].source) == {"troops"}


@pytest.mark.parametrize(
    "text",
    [
        "Bondholders ousted the chief executive of the airline.",
        "The rugby club ousted its head coach after four defeats.",
        "Voters ousted the veteran mayor in Saturday's election.",
    ],
)
def test_oust_outside_state_office_or_by_voters_is_no_sanction(run_text: Any, text: str) -> None:
    assert all(t != "SANCTION" for t, _, _ in _coded(run_text, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senate ousted the interior minister on Friday.", ("SANCTION", "160", "ousted")),
        ("Mutinous soldiers ousted the president in a coup.", ("COERCE", "171", "ousted")),
    ],
)
def test_oust_from_state_office(run_text: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(run_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The young midfielder acquitted himself well in the cup tie.",
        "The envoy acquitted herself with grace during the long talks.",
        "Three firefighters were cleared of wrongdoing by an internal review.",
        "The city waived parking fees for nurses during the strike.",
        "The provincial government filed a petition in the high court seeking a speedy hearing.",
    ],
)
def test_no_legal_or_aid_act_in_these_senses(run_text: Any, text: str) -> None:
    assert all(t not in ("CONCEDE", "AID", "ACCUSE") for t, _, _ in _coded(run_text, text)), _coded(
        run_text, text
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A jury acquitted the former mayor of bribery charges.", ("CONCEDE", "081", "acquitted")),
        ("The treasury waived the loans owed by tea growers.", ("AID", "071", "waived")),
    ],
)
def test_legal_and_aid_senses_kept(
    run_text: Any, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _coded(run_text, text)


def test_a_country_that_condemns_is_no_other_setting(run_text: Any) -> None:
    """Only a place told as where something was ("in Borno") places a sentence's act in a
    country; "condemned by Ghana" names who condemned."""
    result = run_text(
        "Gunmen killed six villagers in Borno on Sunday. The killings were condemned by Ghana."
    )
    assert len([e for e in result.events if e.type == "ASSAULT"]) == 1
