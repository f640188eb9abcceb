"""Which type force is given: force used in protest is a protest (not when troops use it, nor
for people killed in protests); a missile fired into the sea is a show of force unless it
kills; a vehicle that hits a mine is one attack with its dead and wounded (who did not do it),
a gold mine struck is no planted device but an attack by whoever struck it, and a headline's
present tense tells the act of a relative clause. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import event_of, names_of, top_type

from eventwire.eval.base import top_event


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fishermen stormed the port authority on Monday in protest at new fees.",
        "Nurses occupied the health ministry on Tuesday to protest against unpaid wages.",
        "Angry traders torched a tax office in protest over the closure of the market.",
    ],
)
def test_force_used_in_protest_is_a_protest(run_text: Any, text: str) -> None:
    assert top_type(run_text, text) == "PROTEST"


def test_force_used_in_protest_by_troops_stays_force(run_text: Any) -> None:
    text = "Soldiers stormed the radio station on Monday in protest at unpaid wages."
    assert top_type(run_text, text) != "PROTEST"


def test_people_killed_in_protests_are_no_riot(run_text: Any) -> None:
    """Killed in (the) protests, told without a doer: someone killed them; they did not riot."""
    text = "At least 12 people were killed in protests against the government on Sunday."
    [killed] = [e for e in run_text(text).events if e.trigger.text == "killed"]
    assert killed.type == "ASSAULT"


def test_a_rocket_fired_into_the_sea_that_kills_is_an_attack(run_text: Any) -> None:
    result = run_text("The navy fired a missile into the sea on Sunday, killing three fishermen.")
    assert top_event(result.events).type == "ASSAULT"
    assert not [e for e in result.events if e.type == "MOBILIZE"]


def test_a_rocket_fired_into_the_sea_alone_stays_a_show_of_force(run_text: Any) -> None:
    result = run_text("The navy fired a missile into the sea on Sunday, the ministry said.")
    assert event_of(result, "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired two ballistic missiles into the sea, killing hopes of new talks.",
        "The navy fired a missile into the sea, injuring no one.",
    ],
)
def test_harm_to_no_one_leaves_a_show_of_force(run_text: Any, text: str) -> None:
    assert top_type(run_text, text) == "MOBILIZE"


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
    assert "policemen" not in {n.lower() for n in names_of(result, attack.source)}


def test_a_mining_site_struck_is_no_planted_device(run_text: Any) -> None:
    result = run_text("Gunmen struck a gold mine in Zamfara state, killing ten miners.")
    [event] = [e for e in result.events if e.type == "ASSAULT"]
    names = {a.id: a.name for a in result.actors}
    assert [names[s] for s in event.source] == ["gunmen"]


def test_a_headline_present_tells_the_relative_act(run_text: Any) -> None:
    assert event_of(
        run_text("Police arrest youths who pelt stones at a bus in Srinagar."), "ASSAULT"
    )
