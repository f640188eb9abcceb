"""Harm that is no one's act: disasters, accidents and disease code no event."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A strong earthquake struck the coast of Sulawesi on Monday, killing at least 40 people.",
        "Floods killed 18 people in the north of the province on Friday.",
        "Eleven villagers died in a landslide near Pokhara.",
        "A bus crash killed nine pilgrims on the highway on Sunday.",
        "Monsoon rains set off mudslides that killed 15 people.",
        "Four farmers were killed by lightning in the district.",
        # harm told as happening when an accident did
        "Six people were killed and 14 injured when a bus plunged into a ravine on Friday.",
        "Nine migrants drowned after their boat capsized off Lampedusa.",
        "Thirty miners were killed when a coal mine collapsed on Tuesday.",  # a mine, no landmine
    ],
)
def test_natural_harm_is_no_event(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert not [e for e in result.events if e.type == "ASSAULT"], [
        e.to_dict() for e in result.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed six villagers in the district on Monday.",
        "Rebels attacked a convoy during the storm, killing five soldiers.",
        "Six people were killed when gunmen attacked a bus on Friday.",
        # the harm's doer is named, or the crash is a weapon's, or the accident is another's
        "Police shot dead two men as their car veered towards a checkpoint on Friday.",
        "Four people were killed when a drone crashed into a block of flats on Tuesday.",
        "Gunmen attacked the village on Monday, and five people drowned when a boat capsized.",
    ],
)
def test_natural_harm_an_attack_stays_an_attack(run_text: Any, text: str) -> None:
    assert any(e.type == "ASSAULT" for e in run_text(text).events)


def test_natural_harm_a_collapse_the_parser_joined_to_a_march_kills_no_marcher(
    run_text: Any,
) -> None:
    result = run_text(
        "Tens of thousands of people marched through the capital on Saturday to protest against "
        "corruption, a month after the collapse of a railway station canopy killed 15 people in "
        "the northern city of Novi Sad."
    )
    assert [e.type for e in result.events] == ["PROTEST"]
    assert result.events[0].casualties.killed is None
