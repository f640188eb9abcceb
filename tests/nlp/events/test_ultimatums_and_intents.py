"""Ultimatums, deadlines and intents: a time given to comply is an ultimatum (not the time an
act took, nor a court's deadline); an aim told by "to" is no stated intent where the act is
done, but "set to" and a team set up to act tell a plan; a promise to cut prices is no threat,
while supplies cut stay a sanction. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import event_of, top_type

from eventwire.eval.base import top_event


@pytest.mark.parametrize(
    "text",
    [
        "The junta gave the ambassador 72 hours to leave the country.",
        "The army gave the gunmen two days to free the hostages, a spokesman said.",
    ],
)
def test_a_time_given_to_comply_is_an_ultimatum(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert top_event(result.events).type == "THREATEN"
    # what must be done by the deadline is asked for, not done
    assert not [e for e in result.events if e.type == "RETREAT" and e.confidence > 0.1]


def test_the_time_an_act_took_is_no_deadline(run_text: Any) -> None:
    assert event_of(
        run_text(
            "It took police two weeks to arrest the suspect in the killing of the shopkeeper."
        ),
        "COERCE",
    )


def test_a_procedural_deadline_is_no_ultimatum(run_text: Any) -> None:
    result = run_text("The court gave the defence lawyers 30 days to file an appeal.")
    assert "THREATEN" not in {e.type for e in result.events}


def test_setting_fire_to_protest_is_no_stated_intent(run_text: Any) -> None:
    result = run_text("Rioters set fire to a bus depot in the city to protest a rise in fares.")
    assert top_event(result.events).type in ("PROTEST", "ASSAULT")
    assert not [e for e in result.events if e.type == "THREATEN" or e.aux.future], [
        e.to_dict() for e in result.events
    ]


def test_set_to_still_tells_an_intent(run_text: Any) -> None:
    result = run_text("The two presidents are set to sign a border treaty next week.")
    assert top_event(result.events).type == "AGREE"


def test_setting_up_a_team_to_arrest_is_a_plan(run_text: Any) -> None:
    result = run_text("Police set up a team to arrest the killers.")
    assert all(e.aux.future for e in result.events if e.trigger.text == "arrest")


def test_a_promise_to_cut_prices_is_no_threat(run_text: Any) -> None:
    result = run_text("The cabinet promised on Friday to cut fuel prices for fishermen.")
    assert top_event(result.events).type == "AGREE"
    assert not [e for e in result.events if e.type == "SANCTION"]


def test_cutting_supplies_stays_a_sanction(run_text: Any) -> None:
    assert top_type(run_text, "Algeria cut fuel supplies to Mali on Monday.") == "SANCTION"
