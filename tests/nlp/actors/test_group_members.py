"""Members of a named group are that group: "fighters of the X", a later bare "the rebels",
"Greenpeace activists", and "militant targets" struck; and the near misses that stay apart
(invented sentences)."""

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
            "Extinction Rebellion activists blocked a bridge in the city centre.",
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


def _speaker(result: Any, words: str) -> str | None:
    quote = next(q for q in result.quotes if words in q.content.text)
    return next((a.name for a in result.actors if a.id == quote.speaker), None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hamas fighters fired rockets at Ashkelon on Monday. Oxfam called for a truce on "
            "both sides. The group said families had run out of water.",
            "run out of water",
        ),
        (
            "Boko Haram raided a village near Bama on Sunday. A group of herders fled into the "
            "bush. The group said no soldiers had come.",
            "no soldiers",
        ),
    ],
)
def test_group_members_the_group_two_sentences_back_is_not_guessed(
    run_text: Any, text: str, words: str
) -> None:
    """A body or a group of people between may be "the group": no named armed group speaks."""
    assert _speaker(run_text(text), words) not in ("Hamas", "Boko Haram")


def test_group_members_a_bare_plural_set_in_another_country_is_others(run_text: Any) -> None:
    text = (
        "Houthi rebels fired a missile at a tanker on Monday. "
        "In Sudan the fighters shelled a market in El Fasher."
    )
    sources, _ = _event_sides(run_text(text), "shelled")
    assert "Houthis" not in sources


def test_group_members_a_bare_plural_after_a_fronted_place_is_others(run_text: Any) -> None:
    text = "M23 holds most of the hills. In Walikale, the rebels are a separate force, elders say."
    m23 = next(a for a in run_text(text).actors if a.name == "M23")
    assert "rebels" not in [m.text for m in m23.mentions]


def test_group_members_a_bare_plural_as_predicate_or_described_is_others(run_text: Any) -> None:
    text = (
        "Islamic State still holds villages in the desert. Officials say the Kurds are the "
        "fighters who will retake them."
    )
    islamic_state = next(a for a in run_text(text).actors if a.name == "Islamic State")
    assert "fighters" not in [m.text for m in islamic_state.mentions]


def test_group_members_a_bare_plural_far_after_the_group_is_others(run_text: Any) -> None:
    text = (
        "M23 rebels took the town of Kibirizi in March. "
        "Traders reopened the market in May. "
        "Schools stayed shut for weeks. "
        "Rain washed out two bridges. "
        "Farmers returned to their fields. "
        "On Friday the rebels shelled a camp near the lake."
    )
    sources, _ = _event_sides(run_text(text), "shelled")
    assert sources != ["M23"]


def test_group_members_protesters_named_after_a_body_are_against_it(run_text: Any) -> None:
    text = "IMF protesters clashed with riot police in Lisbon on Saturday."
    sources, _ = _event_sides(run_text(text), "clashed")
    assert sources == ["protesters"]


@pytest.mark.parametrize(
    ("text", "trigger", "wrong"),
    [
        ("Pro-Kremlin bloggers accused the army of lying about losses.", "accused", "Kremlin"),
        ("Anti-Kremlin bloggers accused the governor of lying.", "accused", "Kremlin"),
        ("Five Grad missiles hit a village near the front on Monday.", "hit", "Grad"),
    ],
)
def test_group_members_an_adjective_a_noun_bears_is_not_its_actor(
    run_text: Any, text: str, trigger: str, wrong: str
) -> None:
    """Only what armed men hold ("militant targets") takes an adjective's actor."""
    result = run_text(text)
    events = [e for e in result.events if e.trigger.text == trigger]
    names = {a.id: a.name for a in result.actors}
    sides = [names[a] for e in events for a in [*e.source, *e.target]]
    assert all(wrong not in n for n in sides)


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank cut its growth forecast for Africa. The U.N. agency said food prices "
        "would stay high.",
        "UNICEF said three schools were shelled. The U.N. agency said it was shocked.",
    ],
)
def test_group_members_the_un_agency_is_not_guessed(run_text: Any, text: str) -> None:
    """An IGO named before may not be the agency meant: "the U.N. agency" stays its own."""
    assert any(a.name == "agency" for a in run_text(text).actors)


def test_group_members_the_company_is_not_guessed(run_text: Any) -> None:
    """Of two firms, "the company" may be either; neither takes the other's home."""
    text = (
        "Halvorsen sued Kestrel Motors in a Texas court on Monday. "
        "The company said the patents had been copied."
    )
    kestrel = next(a for a in run_text(text).actors if a.name == "Kestrel Motors")
    assert "company" not in [m.text for m in kestrel.mentions]
