"""Members of a named group are that group: "fighters of the X", a later bare "the rebels",
"Greenpeace activists", and "militant targets" struck (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest


def _event_sides(result: Any, trigger: str) -> tuple[list[str], list[str]]:
    names = {a.id: a.name for a in result.actors}
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [names[a] for a in event.source], [names[a] for a in event.target]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Rebels of the M23 overran the village of Kalengera on Tuesday.", "M23"),
        ("Fighters of Hezbollah fired rockets at a border post on Friday.", "Hezbollah"),
    ],
)
def test_group_members_told_with_of_are_the_group(run_text: Any, text: str, group: str) -> None:
    result = run_text(text)
    actor = next(a for a in result.actors if a.name == group)
    assert len(actor.mentions) == 2
    assert all(a.name not in ("rebels", "fighters") for a in result.actors)


def test_group_members_a_later_bare_plural_is_the_story_s_named_group(run_text: Any) -> None:
    text = (
        "M23 rebels took the hill town of Nyamilima on Monday after a day of fighting. "
        "Hundreds of families fled toward the lake. "
        "Aid workers said food was running short. "
        "On Thursday the rebels shelled the road to the border. "
        "Kinshasa accuses Kigali of arming the rebels."
    )
    result = run_text(text)
    assert all(a.name != "rebels" for a in result.actors)
    sources, _ = _event_sides(result, "shelled")
    assert sources == ["M23"]
    m23 = next(a for a in result.actors if a.name == "M23")
    assert m23.country == "COD"


def test_group_members_two_named_groups_leave_the_bare_plural_alone(run_text: Any) -> None:
    text = (
        "M23 rebels and Allied Democratic Forces fighters clashed with troops in two provinces. "
        "Later the rebels shelled the road to the border."
    )
    result = run_text(text)
    assert any(a.name == "rebels" for a in result.actors)


@pytest.mark.parametrize(
    ("text", "movement"),
    [
        ("Greenpeace activists chained themselves to the gates of a refinery.", "Greenpeace"),
        (
            "Extinction Rebellion protesters blocked a bridge in the city centre.",
            "Extinction Rebellion",
        ),
    ],
)
def test_group_members_of_a_sectorless_movement_are_the_movement(
    run_text: Any, text: str, movement: str
) -> None:
    result = run_text(text)
    actor = next(a for a in result.actors if a.name == movement)
    assert any(m.text.endswith(("activists", "protesters")) for m in actor.mentions)


@pytest.mark.parametrize(
    ("text", "trigger", "held_by"),
    [
        (
            "Pakistani aircraft bombed militant hideouts near the border on Friday.",
            "bombed",
            "militants",
        ),
        ("Syrian jets struck separatist targets in the hills on Tuesday.", "struck", "separatists"),
    ],
)
def test_group_members_armed_men_s_holdings_struck_are_theirs(
    run_text: Any, text: str, trigger: str, held_by: str
) -> None:
    """A noun of armed men the tagger reads as an adjective names who holds what was struck."""
    _, targets = _event_sides(run_text(text), trigger)
    assert targets == [held_by]


def test_group_members_the_group_further_back_is_the_story_s_one_named_group(
    run_text: Any,
) -> None:
    text = (
        "Al Shabaab militants stormed a police station in the port town on Sunday. "
        "Troops ended the fighting by nightfall. "
        "The group said it had killed nine officers."
    )
    result = run_text(text)
    quote = next(q for q in result.quotes if "nine officers" in q.content.text)
    speaker = next(a for a in result.actors if a.id == quote.speaker)
    assert speaker.name == "al-Shabaab"


@pytest.mark.parametrize(
    "text",
    [
        "The World Food Programme warned of famine in the north. The UN agency said 40 trucks "
        "were stopped at the border.",
        "UNICEF said three schools were shelled. The U.N. agency said it was shocked.",
    ],
)
def test_group_members_the_un_agency_is_the_international_body_named_before(
    run_text: Any, text: str
) -> None:
    actors = run_text(text).actors
    assert all(a.name != "agency" for a in actors)


def test_group_members_the_un_agency_with_no_body_named_before_stays(run_text: Any) -> None:
    text = "Fighting closed the road on Monday. The UN agency said 40 trucks were stopped."
    assert any(a.name == "agency" for a in run_text(text).actors)


def test_group_members_the_company_is_the_firm_named_before(run_text: Any) -> None:
    text = (
        "Norvalis recalled 8,000 heaters on Monday after inspectors found a wiring fault. "
        "The company said no fires had been reported."
    )
    actors = run_text(text).actors
    assert all(a.name != "company" for a in actors)
    firm = next(a for a in actors if a.name == "Norvalis")
    assert "company" in [m.text for m in firm.mentions]


def test_group_members_a_described_company_is_another(run_text: Any) -> None:
    text = "Norvalis sold its plant on Monday. The state company said it would keep the staff."
    assert any(a.name == "company" for a in run_text(text).actors)
