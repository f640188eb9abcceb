"""A time the parser hangs on a reported clause, though it is told before that clause's
subject, dates the saying. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Senate Republicans said on Tuesday they would block the spending bill.",
        "The minister said on Tuesday that troops would leave the city.",
    ],
)
def test_a_time_before_the_reported_subject_dates_the_saying(run_text: Any, text: str) -> None:
    values = [t.value for t in run_text(text, published="2026-12-03").times]
    assert values == ["2026-12-01"]


def test_a_time_inside_the_reported_clause_keeps_its_tense(run_text: Any) -> None:
    result = run_text("The minister said troops would leave the city on Tuesday.", "2026-12-03")
    assert [t.value for t in result.times] == ["2026-12-08"]


def test_a_part_of_day_in_a_future_clause_keeps_the_day_to_come(run_text: Any) -> None:
    text = "The president will visit Kenya on Friday. In the afternoon he will open a hospital."
    values = [t.value for t in run_text(text, published="2026-12-03").times]
    assert values == ["2026-12-04", "2026-12-04TAF"]


def test_a_part_of_day_in_a_past_clause_takes_no_day_to_come(run_text: Any) -> None:
    text = "Elections are due on March 5. In the morning, police arrested five men."
    values = [t.value for t in run_text(text, published="2026-12-03").times]
    assert values[-1] == "2026-12-03TMO"
