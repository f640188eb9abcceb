"""Events: the day of an act told with joined verbs, a noun subject, or on the day after
publication (published Wednesday 2024-03-06)."""

from __future__ import annotations

from typing import Any


def _dated(run_text: Any, text: str, trigger: str) -> Any:
    [event] = [e for e in run_text(text).events if e.trigger.text == trigger]
    return event


def test_events_doers_killed_in_their_deed_share_its_day(run_text: Any) -> None:
    event = _dated(
        run_text, "Gunmen attacked a bus and were killed by police on Monday.", "attacked"
    )
    assert event.date is not None and event.date.value == "2024-03-04"


def test_events_a_joined_verb_takes_its_own_day(run_text: Any) -> None:
    text = "Gunmen kidnapped 20 pupils from a school on Friday and freed them on Sunday."
    assert _dated(run_text, text, "kidnapped").date.value == "2024-03-01"
    assert _dated(run_text, text, "freed").date.value == "2024-03-03"


def test_events_a_noun_subject_takes_its_verbs_day(run_text: Any) -> None:
    text = (
        "The commission announced the results on March 1. Protests broke out the same day in"
        " several cities."
    )
    event = _dated(run_text, text, "Protests")
    assert event.date is not None and event.date.value == "2024-03-01"


def test_events_a_deed_done_the_day_after_publication_is_no_threat(run_text: Any) -> None:
    event = _dated(run_text, "Police arrested the mayor on March 7, prosecutors said.", "arrested")
    assert event.date is not None and event.date.value == "2024-03-07"
    assert not event.aux.future and event.type == "COERCE"


def test_events_an_arrest_to_come_the_day_after_is_still_ahead(run_text: Any) -> None:
    text = "Police will arrest the mayor on March 7, prosecutors said."
    event = _dated(run_text, text, "arrest")
    assert event.aux.future


def test_events_an_act_with_no_day_of_its_own_takes_the_scene_told_before(
    run_text: Any,
) -> None:
    text = (
        "The company held a press conference on Monday. Its chief executive admitted that"
        " the device had faults."
    )
    event = _dated(run_text, text, "admitted")
    assert event.date is not None and event.date.value == "2024-03-04"


def test_events_a_scene_long_past_sets_no_later_act(run_text: Any) -> None:
    text = "The company held a press conference on Jan. 8. Its chief executive admitted faults."
    event = _dated(run_text, text, "admitted")
    assert event.date is not None and event.date.value == "2024-03-06"


def test_events_an_act_told_as_later_keeps_no_scene_day(run_text: Any) -> None:
    text = "Gunmen killed five people in a village on Monday. Police later arrested two suspects."
    event = _dated(run_text, text, "arrested")
    assert event.date is not None and event.date.value == "2024-03-06"
