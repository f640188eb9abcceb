"""Which act a multi-event lead tells (session 31's mini-gold of invented wire leads): the
content of an admission is not the sentence's act, force used in protest is a protest, an
actor's name is no act, and inquiries and giving in to demands are events. Every sentence here
is invented."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.eval.base import top_event


def _top(run_text: Any, text: str) -> str | None:
    top = top_event(run_text(text).events)
    return top.type if top is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army chief admitted on Monday that soldiers had killed six farmers.", "CONCEDE"),
        ("The minister admitted that guards had beaten the jailed miners.", "CONCEDE"),
        ("Ghana alleged on Monday that foreign troops had attacked a customs post.", "ACCUSE"),
    ],
)
def test_what_an_act_of_speech_admits_or_alleges_is_its_object(
    run_text: Any, text: str, expected: str
) -> None:
    assert _top(run_text, text) == expected


def test_what_a_verb_of_saying_reports_stays_the_act(run_text: Any) -> None:
    text = "The governor said on Monday that soldiers had killed six farmers."
    assert _top(run_text, text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fishermen stormed the port authority on Monday in protest at new fees.",
        "Nurses occupied the health ministry on Tuesday to protest against unpaid wages.",
        "Angry traders torched a tax office in protest over the closure of the market.",
    ],
)
def test_force_used_in_protest_is_a_protest(run_text: Any, text: str) -> None:
    assert _top(run_text, text) == "PROTEST"


def test_force_used_in_protest_by_troops_stays_force(run_text: Any) -> None:
    text = "Soldiers stormed the radio station on Monday in protest at unpaid wages."
    assert _top(run_text, text) != "PROTEST"


def test_an_actor_named_like_an_act_is_no_act(run_text: Any) -> None:
    result = run_text("Amnesty said the army had detained 40 villagers in the north.")
    assert [e.type for e in result.events] == ["COERCE"]


def test_an_inquiry_into_a_massacre_is_an_investigation(run_text: Any) -> None:
    text = "The regional bloc launched an inquiry on Tuesday into the massacre of 30 herders."
    assert _top(run_text, text) == "ACCUSE"


def test_giving_in_to_demands_is_a_concession(run_text: Any) -> None:
    text = "The governor gave in to the strikers' demands on Friday and agreed to raise pay."
    assert _top(run_text, text) == "CONCEDE"


def test_a_promise_to_cut_prices_is_no_threat(run_text: Any) -> None:
    result = run_text("The cabinet promised on Friday to cut fuel prices for fishermen.")
    assert top_event(result.events).type == "AGREE"
    assert not [e for e in result.events if e.type == "SANCTION"]


def test_cutting_supplies_stays_a_sanction(run_text: Any) -> None:
    assert _top(run_text, "Algeria cut fuel supplies to Mali on Monday.") == "SANCTION"


def test_people_killed_in_protests_are_no_riot(run_text: Any) -> None:
    """Killed in (the) protests, told without a doer: someone killed them; they did not riot."""
    text = "At least 12 people were killed in protests against the government on Sunday."
    [killed] = [e for e in run_text(text).events if e.trigger.text == "killed"]
    assert killed.type == "ASSAULT"


def test_a_reporters_inquiry_is_no_investigation(run_text: Any) -> None:
    text = "The ministry did not respond to an inquiry from the newspaper on Monday."
    assert not [e for e in run_text(text).events if e.cameo == "090"]
