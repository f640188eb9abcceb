"""Events told in news of Nigeria, the Sahel, the Caucasus, the Balkans, Haiti and the Baltic
(session 30's mini-gold of invented wire leads). Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import event_of as _event
from tests.nlp.events.wire import names_of as _names

from eventwire.eval.base import top_event


def _top(run_text: Any, text: str) -> str | None:
    top = top_event(run_text(text).events)
    return top.type if top is not None else None


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


def test_a_convoy_running_into_a_bomb_is_one_attack_with_its_dead_and_wounded(
    run_text: Any,
) -> None:
    result = run_text(
        "Three policemen were killed and five wounded when their truck hit a landmine in the "
        "north on Friday."
    )
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert len(attacks) == 1, [e.to_dict() for e in result.events]
    attack = attacks[0]
    assert attack.casualties.killed is not None and attack.casualties.killed.min == 3
    assert attack.casualties.injured is not None and attack.casualties.injured.min == 5
    assert "policemen" not in {n.lower() for n in _names(result, attack.source)}


def test_a_rocket_fired_into_the_sea_that_kills_is_an_attack(run_text: Any) -> None:
    result = run_text("The navy fired a missile into the sea on Sunday, killing three fishermen.")
    assert top_event(result.events).type == "ASSAULT"
    assert not [e for e in result.events if e.type == "MOBILIZE"]


def test_a_rocket_fired_into_the_sea_alone_stays_a_show_of_force(run_text: Any) -> None:
    result = run_text("The navy fired a missile into the sea on Sunday, the ministry said.")
    assert _event(result, "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The army returned 300 hectares of farmland to the villagers.", "RETREAT"),
        ("The government allowed relief trucks to enter the besieged town.", "RETREAT"),
        ("Three states withdrew from the regional bloc on Sunday.", "SANCTION"),
        ("The junta suspended broadcasts of two foreign radio stations.", "COERCE"),
        ("A pro-Russian group disrupted the websites of several ministries.", "COERCE"),
        ("Kenyans took to the streets of Nairobi on Friday.", "PROTEST"),
        ("Students blockaded the main bridge of the city for a third day.", "PROTEST"),
        ("The appeals court upheld the death sentence of the singer.", "SANCTION"),
        ("Parliament voted down the proposal to extend the president's term.", "REJECT"),
        ("The junta ended its military cooperation agreement with Paris.", "SANCTION"),
        ("Border guards pushed the migrants back across the river.", "COERCE"),
        ("The government said it would open talks with the strikers.", "AGREE"),
    ],
)
def test_general_rows_code_the_lead(run_text: Any, text: str, type_: str) -> None:
    assert _top(run_text, text) == type_


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The rebels handed back the town of Kibati to the army on Monday.", "0842"),
        ("The two countries exchanged intelligence on the smuggling networks.", "064"),
    ],
)
def test_rows_read_the_act_not_a_guess(run_text: Any, text: str, cameo: str) -> None:
    top = top_event(run_text(text).events)
    assert top is not None and top.cameo == cameo


def test_who_does_an_act_as_a_class_does_no_act(run_text: Any) -> None:
    result = run_text("The president announced an amnesty for rebels who surrender.")
    assert not [e for e in result.events if e.type == "RETREAT"], [
        e.to_dict() for e in result.events
    ]


def test_setting_fire_to_protest_is_no_stated_intent(run_text: Any) -> None:
    result = run_text("Rioters set fire to a bus depot in the city to protest a rise in fares.")
    assert top_event(result.events).type in ("PROTEST", "ASSAULT")
    assert not [e for e in result.events if e.type == "THREATEN" or e.aux.future], [
        e.to_dict() for e in result.events
    ]


def test_set_to_still_tells_an_intent(run_text: Any) -> None:
    result = run_text("The two presidents are set to sign a border treaty next week.")
    assert top_event(result.events).type == "AGREE"


# Near misses a review found: each rule above stops where its construction ends.


def test_the_time_an_act_took_is_no_deadline(run_text: Any) -> None:
    assert _event(
        run_text(
            "It took police two weeks to arrest the suspect in the killing of the shopkeeper."
        ),
        "COERCE",
    )


def test_a_procedural_deadline_is_no_ultimatum(run_text: Any) -> None:
    result = run_text("The court gave the defence lawyers 30 days to file an appeal.")
    assert "THREATEN" not in {e.type for e in result.events}


def test_a_mining_site_struck_is_no_planted_device(run_text: Any) -> None:
    result = run_text("Gunmen struck a gold mine in Zamfara state, killing ten miners.")
    [event] = [e for e in result.events if e.type == "ASSAULT"]
    names = {a.id: a.name for a in result.actors}
    assert [names[s] for s in event.source] == ["gunmen"]


def test_setting_up_a_team_to_arrest_is_a_plan(run_text: Any) -> None:
    result = run_text("Police set up a team to arrest the killers.")
    assert all(e.aux.future for e in result.events if e.trigger.text == "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles into the sea, killing hopes of new talks.",
        "The navy fired a missile into the sea, injuring no one.",
    ],
)
def test_harm_to_no_one_leaves_a_show_of_force(run_text: Any, text: str) -> None:
    assert _top(run_text, text) == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor withdrew the case from the court.",
        "The company ended its partnership with the state oil firm.",
    ],
)
def test_rows_of_states_leaving_stay_with_states(run_text: Any, text: str) -> None:
    assert "SANCTION" not in {e.type for e in run_text(text).events}


def test_a_headline_present_tells_the_relative_act(run_text: Any) -> None:
    assert _event(run_text("Police arrest youths who pelt stones at a bus in Srinagar."), "ASSAULT")
