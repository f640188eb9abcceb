"""Indirect attributions that report nothing anyone said or holds, and what the reporter wrote."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Bandits raided the market, the third in a series of raids blamed on a local gang.",
        "Deputies answering a call found two bodies in a car near the lake.",
    ],
)
def test_filters_a_thing_described_or_found_is_no_attribution(run_text: Any, text: str) -> None:
    assert run_text(text).quotes == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A survey found strong support for the new tax.", "strong support for the new tax"),
        ("The inquiry found that the guards had lied.", "the guards had lied"),
    ],
)
def test_filters_a_finding_stays_one(run_text: Any, text: str, content: str) -> None:
    assert [q.content.text for q in run_text(text).quotes] == [content]


def test_filters_what_was_said_starts_after_the_dateline(run_text: Any) -> None:
    text = "TOLEDO, Ohio (AP) — Two guards were hurt in a fight at the jail, officials said."
    [quote] = run_text(text).quotes
    assert quote.content.text.startswith("Two guards"), quote.content


def test_filters_evidence_found_is_a_finding(run_text: Any) -> None:
    [quote] = run_text("Investigators found evidence of torture in two prisons.").quotes
    assert quote.content.text.startswith("evidence")


@pytest.mark.parametrize(
    "text",
    [
        "Police responded to a call about a domestic dispute around 2 a.m. on Sunday.",
        "Firefighters responded to the scene within minutes.",
        "A deputy shot a man who pointed a gun at officers during a traffic stop.",
    ],
)
def test_filters_deeds_of_answering_and_arming_report_nothing(run_text: Any, text: str) -> None:
    assert not run_text(text).quotes


def test_filters_a_reply_to_words_stays_a_view(run_text: Any) -> None:
    result = run_text("The ministry responded to the criticism by promising a review.")
    assert [q.content.text for q in result.quotes if q.cue and q.cue.text == "responded"]


def test_filters_calls_for_something_are_words_answered(run_text: Any) -> None:
    result = run_text("The minister responded to calls for her resignation with an inquiry.")
    assert [q for q in result.quotes if q.cue and q.cue.text == "responded"]
