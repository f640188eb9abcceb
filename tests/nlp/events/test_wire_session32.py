"""Session 32's invented wire leads: words a NONE row refuses and another day's act tell the
ACLED coder nothing about an event, a hostile name given to an act is an accusation, and the
plain wordings of diplomatic, legal and military moves are found. Every sentence here is
invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import event_of

from eventwire.eval.base import top_event


def _top(run_text: Any, text: str) -> tuple[str, str] | None:
    top = top_event(run_text(text).events)
    return (top.type, top.trigger.text) if top is not None else None


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union froze 200 million euros in aid to Niger on Sunday.",
            ("SANCTION", "froze"),
        ),
        (
            "South Korea and the United States held joint military drills off the Korean"
            " peninsula on Monday.",
            ("MOBILIZE", "held"),
        ),
        (
            "Peru's Congress impeached the president on Wednesday over corruption allegations.",
            ("ACCUSE", "impeached"),
        ),
        (
            "Russia pulled out of a landmark arms control treaty with the United States on"
            " Tuesday.",
            ("SANCTION", "pulled"),
        ),
        (
            "Burkina Faso withdrew from the defence pact with France on Friday.",
            ("SANCTION", "withdrew"),
        ),
        (
            "India cancelled a planned visit by its foreign minister to Pakistan on Wednesday.",
            ("SANCTION", "cancelled"),
        ),
        (
            "France postponed talks with Algeria on Friday over a row about visas.",
            ("SANCTION", "postponed"),
        ),
        (
            "Greece declared a Turkish diplomat persona non grata on Tuesday.",
            ("SANCTION", "declared"),
        ),
        (
            "The army evacuated 3,000 villagers from the flooded districts on Saturday.",
            ("AID", "evacuated"),
        ),
        (
            "Kenya suspended a fishing accord with Somalia on Monday after gunmen killed six"
            " fishermen.",
            ("SANCTION", "suspended"),
        ),
        (
            "Kenya recalled its high commissioner from Uganda on Monday after police shot two"
            " traders.",
            ("SANCTION", "recalled"),
        ),
        (
            "The court removed the governor from office on Monday for abuse of power.",
            ("SANCTION", "removed"),
        ),
        (
            "Zambia's president sacked the army chief on Sunday, a day after soldiers clashed"
            " with police.",
            ("SANCTION", "sacked"),
        ),
        (
            "The Nepali king dismissed the government on Tuesday and assumed direct power.",
            ("SANCTION", "dismissed"),
        ),
        (
            "Malaysia's king dissolved parliament on Thursday, paving the way for early elections.",
            ("COERCE", "dissolved"),
        ),
    ],
)
def test_plain_wordings_of_a_main_act(run_text: Any, text: str, expected: tuple[str, str]) -> None:
    assert _top(run_text, text) == expected


def test_claims_dismissed_are_still_rejected(run_text: Any) -> None:
    text = "The ministry dismissed the claims of abuse as baseless on Monday."
    assert _top(run_text, text) == ("REJECT", "dismissed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Treasury blacklisted five Iranian oil companies on Tuesday.", "SANCTION"),
        ("The United States beefed up security at its embassy in Baghdad on Friday.", "MOBILIZE"),
        ("Police tightened security around the parliament on Monday.", "MOBILIZE"),
        ("Norway cancelled $80 million of debt owed by Malawi on Thursday.", "AID"),
        ("The European Union pressed Serbia to arrest the fugitive general.", "REQUEST"),
    ],
)
def test_plain_wordings_of_sanctions_security_aid_and_requests(
    run_text: Any, text: str, expected: str
) -> None:
    top = _top(run_text, text)
    assert top is not None and top[0] == expected
