"""Backing told by a passive participle in invented wire stories: arms
and money for an armed group are the events stage's, a plan's backers hold a view. Every
sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "BUNIA, Democratic Republic of Congo (Reuters) - Rebels backed by Uganda seized a town.",
        "Militias supported by Iran attacked the base on Monday.",
    ],
)
def test_an_armed_group_backed_by_a_state_is_no_stance(run_text: Any, text: str) -> None:
    cues = [q.cue.text for q in run_text(text).quotes if q.cue]
    assert "backed" not in cues and "supported" not in cues


def test_a_plan_backed_by_a_mayor_is_her_stance(run_text: Any) -> None:
    quotes = run_text("The plan backed by the mayor was approved on Tuesday.").quotes
    assert [q.cue.text for q in quotes if q.cue] == ["backed"]
