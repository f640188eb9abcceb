"""Acts and the ACLED coder: a word a NONE row refuses ("tensions exploded") tells no explosion,
and an act told of another day lends an event neither its sub-event type nor its means. Every
sentence here is invented."""

from __future__ import annotations

from typing import Any

from tests.nlp.events.wire import event_of


def test_a_quarrel_that_explodes_is_no_bomb_to_the_acled_coder(run_text: Any) -> None:
    result = run_text("Tensions in the town exploded into open fighting in April.")
    fight = event_of(result, "ASSAULT")
    assert fight.acled is not None
    assert fight.acled.event_type != "Explosions/Remote violence"


def test_another_days_act_gives_an_arrest_no_code_of_its_own(run_text: Any) -> None:
    text = (
        "Police in Kandor arrested 12 people on Saturday, a day after an air strike killed "
        "five soldiers near the border town of Velm."
    )
    result = run_text(text)
    arrest = event_of(result, "COERCE")
    assert arrest.acled is not None and arrest.acled.sub_event_type == "Arrests"
    strike = event_of(result, "ASSAULT")
    assert strike.acled is not None and strike.acled.sub_event_type == "Air/drone strike"


def test_another_days_act_lends_no_means(run_text: Any) -> None:
    """The villagers were shot, not bombed: the air strike two days before tells no mode."""
    text = "Gunmen killed five villagers on Monday, two days after an air strike hit the area."
    killing = next(e for e in run_text(text).events if e.trigger.text == "killed")
    assert killing.mode != "aerial"
