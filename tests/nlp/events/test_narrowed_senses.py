"""Senses a lexicon row is narrowed to: someone pressed to act (not an advance pressed on); an
official put out of office (not a town plundered, a club's manager or a firm's chief ousted, a
mayor voted out, a report whose modifier names the government, nor workers taken out of a
building); claims dismissed (still rejected); talks called off (not one's own trip, nor for a
storm); people evacuated for their safety (not at gunpoint); acquit, clear, waive and file in
their legal and aid senses only; states leaving a pact (not a mayor or a firm); and a game won
(no assault, unlike force used at a match). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import acts_of, coded_of, top_act


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Guerrillas pressed on to seize the hill town of Darnel on Monday.", "seize"),
        ("Soldiers pressed ahead to recapture the port of Velm on Friday.", "recapture"),
    ],
)
def test_an_advance_pressed_on_is_no_request(run_text: Any, text: str, trigger: str) -> None:
    assert top_act(run_text, text) == ("COERCE", trigger)


@pytest.mark.parametrize(
    "text",
    [
        "Germany pressed Turkey to free the jailed reporters on Monday.",
        "Donors pressed the government to hold the delayed elections on Monday.",
    ],
)
def test_someone_pressed_to_act_is_a_request(run_text: Any, text: str) -> None:
    assert top_act(run_text, text) == ("REQUEST", "pressed")


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
    assert not any(t == "SANCTION" for t, _ in acts_of(run_text, text))


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
    top = top_act(run_text, text)
    assert top is not None and top[0] == "SANCTION"


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
    assert ("SANCTION", trigger) in acts_of(run_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bondholders ousted the chief executive of the airline.",
        "The rugby club ousted its head coach after four defeats.",
        "Voters ousted the veteran mayor in Saturday's election.",
    ],
)
def test_oust_outside_state_office_or_by_voters_is_no_sanction(run_text: Any, text: str) -> None:
    assert all(t != "SANCTION" for t, _, _ in coded_of(run_text, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senate ousted the interior minister on Friday.", ("SANCTION", "160", "ousted")),
        ("Mutinous soldiers ousted the president in a coup.", ("COERCE", "171", "ousted")),
    ],
)
def test_oust_from_state_office(run_text: Any, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_of(run_text, text)


def test_claims_dismissed_are_still_rejected(run_text: Any) -> None:
    text = "The ministry dismissed the claims of abuse as baseless on Monday."
    assert top_act(run_text, text) == ("REJECT", "dismissed")


def test_a_report_named_by_its_author_is_still_rejected(run_text: Any) -> None:
    text = "The opposition leader dismissed the cabinet proposal as a stunt on Monday."
    assert top_act(run_text, text) == ("REJECT", "dismissed")


def test_a_meeting_broken_up_keeps_its_arrests(run_text: Any) -> None:
    text = "Police dissolved the council session on Friday and arrested three councillors."
    found = acts_of(run_text, text)
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
    assert not any(t == "AID" for t, _ in acts_of(run_text, text))


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
    assert all(t not in ("CONCEDE", "AID", "ACCUSE") for t, _, _ in coded_of(run_text, text)), (
        coded_of(run_text, text)
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
    assert expected in coded_of(run_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor withdrew the case from the court.",
        "The company ended its partnership with the state oil firm.",
    ],
)
def test_rows_of_states_leaving_stay_with_states(run_text: Any, text: str) -> None:
    assert "SANCTION" not in {e.type for e in run_text(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "The Kansas City Chiefs beat the Denver Broncos 27-24 on Sunday in a tense game.",
        "Real Madrid thrashed Barcelona 4-0 in the final on Sunday.",
        "The Lakers routed the Celtics 120-95 on Friday night.",
        "Brazil beat Argentina in the World Cup qualifier in Rio de Janeiro.",
        "India defeated Pakistan in the final of the Asia Cup on Sunday.",
        "The Springboks crushed the All Blacks 35-7 in Johannesburg.",
        "Nadal beat Federer in straight sets to win the title.",
    ],
)
def test_a_game_won_is_no_assault(run_text: Any, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in run_text(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "Police beat the protesters outside the stadium after the match.",
        "Police beat fans at the match in Kandor.",
        "Jets hit targets in a series of raids on Tuesday.",
    ],
)
def test_force_outside_a_game_stays_an_assault(run_text: Any, text: str) -> None:
    assert "ASSAULT" in {e.type for e in run_text(text).events}
