"""Acts of speech and the acts they tell of: what an admission or an allegation reports is its
object, not the sentence's act, while what a verb of saying reports stays the act; a hostile
name given to an act is an accusation, unless the act is told as one. Every sentence here is
invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import top_type


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
    assert top_type(run_text, text) == expected


def test_what_a_verb_of_saying_reports_stays_the_act(run_text: Any) -> None:
    text = "The governor said on Monday that soldiers had killed six farmers."
    assert top_type(run_text, text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "The army of Ruritania called the rebel advance a violation of the ceasefire on Tuesday.",
        "The opposition termed the new law an attack on press freedom.",
    ],
)
def test_a_hostile_name_given_to_an_act_is_an_accusation(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert [e.type for e in result.events] == ["ACCUSE"]


def test_a_name_given_to_an_act_told_as_one_stays_one_act(run_text: Any) -> None:
    result = run_text("Rights groups called the detention of the journalists a kidnapping.")
    assert [e.type for e in result.events] == ["COERCE"]
