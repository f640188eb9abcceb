"""Fields of events told in news of juntas, missile tests, border rows, hostage and prisoner
deals, shutdowns and peacekeeping, read off invented wire stories. Every sentence here is
invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import countries_of as _countries
from tests.nlp.events.wire import event_of as _event


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile into the sea on Friday.",
        "Pyongyang fired two cruise missiles off its west coast on Sunday.",
        "The army fired three rockets into the sea during a drill on Monday.",
    ],
)
def test_a_missile_fired_into_the_sea_is_a_show_of_force(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert not [e for e in result.events if e.type == "ASSAULT"]
    assert _event(result, "MOBILIZE")


def test_a_missile_fired_at_a_country_stays_an_attack(run_text: Any) -> None:
    assert _event(run_text("Iran fired missiles at Israel on Tuesday."), "ASSAULT")


def test_the_country_telling_of_an_act_is_not_its_target(run_text: Any) -> None:
    result = run_text("North Korea fired a ballistic missile into the sea on Friday, Japan said.")
    assert "JPN" not in _countries(result, _event(result, "MOBILIZE").target)


def test_each_thing_sent_is_the_senders_own(run_text: Any) -> None:
    result = run_text("China sent 35 warplanes and nine navy ships around Taiwan on Saturday.")
    event = _event(result, "MOBILIZE")
    assert _countries(result, event.target) == {"TWN"}


def test_a_country_owning_drills_holds_them(run_text: Any) -> None:
    result = run_text("Taiwan said it would not be intimidated by Chinese military drills.")
    assert _countries(result, _event(result, "MOBILIZE").source) == {"CHN"}


def test_a_kidnapping_by_gunmen_is_an_abduction(run_text: Any) -> None:
    result = run_text("Gunmen kidnapped 20 students from a school in Kaduna on Thursday.")
    assert _event(result, "ASSAULT").mode == "abduct"


def test_a_gold_mine_is_no_landmine(run_text: Any) -> None:
    result = run_text("Gunmen abducted two Chinese workers at a gold mine in Mali on Sunday.")
    event = _event(result, "ASSAULT")
    assert event.acled is not None
    assert event.acled.sub_event_type == "Abduction/forced disappearance"


def test_an_origin_is_not_where_an_act_happened(run_text: Any) -> None:
    result = run_text(
        "A peacekeeper from South Africa was killed when rebels attacked a base in Congo."
    )
    event = _event(result, "ASSAULT")
    place = next((p for p in result.places if p.id == event.place), None)
    assert place is not None and place.country == "COD"


def test_where_talks_are_held_is_no_party(run_text: Any) -> None:
    result = run_text(
        "The Colombian government and the ELN agreed on Monday to resume talks in Caracas."
    )
    assert "VEN" not in _countries(result, _event(result, "AGREE").target)


@pytest.mark.parametrize(
    "text",
    [
        "Russia accused Ukraine of breaching the truce on Sunday.",
        "Armenia condemned what it called a violation of the ceasefire by Azerbaijan.",
    ],
)
def test_a_breach_of_a_truce_is_no_truce(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert not [e for e in result.events if e.type == "RETREAT"]
    assert _event(result, "ASSAULT")


def test_a_story_opening_name_after_a_dateline_stays_whole(run_text: Any) -> None:
    result = run_text(
        "BEIRUT - Israel and Hezbollah accused each other of violating the ceasefire on Sunday."
    )
    assert {"ISR", "LBN"} <= _countries(result, _event(result, "ACCUSE").source)


def test_authorities_after_a_dateline_act_as_the_state(run_text: Any) -> None:
    result = run_text("DHAKA - Authorities cut mobile internet access across the country.")
    assert _event(result, "COERCE").mode == "censor"


@pytest.mark.parametrize(
    "text",
    [
        "Russia withdrew its troops from Kherson on Friday.",
        "Thailand and Cambodia withdrew troops from the disputed border area on Wednesday.",
        "The United States pulled its forces out of Niger on Sunday.",
    ],
)
def test_the_forces_a_country_withdraws_are_its_own(run_text: Any, text: str) -> None:
    result = run_text(text)
    event = _event(result, "RETREAT")
    assert not {"MIL"} & {a.sector for i in event.target if (a := result.actor(i))}
