"""Fields of events told in news of wars, strikes and ceasefires, read off invented wire
stories. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest


def test_an_act_a_strike_is_said_to_answer_is_kept_apart(run_text: Any) -> None:
    result = run_text(
        "Iran fired missiles at Israel on Tuesday, the Israeli army said. Iranian television"
        " said the strikes were a response to the killing of a general in Damascus."
    )
    fired = next(e for e in result.events if e.trigger.text == "fired")
    assert {a.name for i in fired.target if (a := result.actor(i))} == {"Israel"}, fired.to_dict()
    assert not fired.casualties.killed, fired.to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Israel vowed to retaliate.",
        "The rebels vowed to avenge their commander.",
        "The government pledged to retaliate against the gangs.",
    ],
)
def test_a_promise_to_pay_back_a_blow_is_a_threat(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["THREATEN"]


def test_a_promise_of_something_else_stays_a_promise(run_text: Any) -> None:
    assert [e.type for e in run_text("The president vowed to cut taxes.").events] == ["AGREE"]


def test_an_act_told_by_a_participle_under_a_promise_was_done(run_text: Any) -> None:
    result = run_text("The minister pledged to avenge the soldiers killed on Monday.")
    killed = next(e for e in result.events if e.trigger.text == "killed")
    assert killed.type == "ASSAULT" and not killed.aux.future, killed.to_dict()


def test_two_sides_clashing_have_no_third_side_for_target(run_text: Any) -> None:
    result = run_text(
        "Ethiopian federal forces and Fano militiamen clashed in the Amhara region on Saturday."
    )
    clash = next(e for e in result.events if e.type == "ASSAULT")
    assert len(clash.source) == 2 and clash.target == [], clash.to_dict()


def test_flogging_by_an_authority_is_an_assault(run_text: Any) -> None:
    result = run_text("The Taliban publicly flogged 14 people in a stadium in Kunduz.")
    flogging = next(e for e in result.events if e.trigger.text == "flogged")
    assert (flogging.type, flogging.cameo) == ("ASSAULT", "182")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Venezuelan authorities arrested an opposition activist in Caracas on Wednesday."
            " The European Union condemned the arrest.",
            "authorities",
        ),
        (
            "Gunmen attacked a church in Kaduna on Sunday. The governor condemned the attack.",
            "gunmen",
        ),
    ],
)
def test_who_did_the_act_condemned_is_the_target(run_text: Any, text: str, doer: str) -> None:
    result = run_text(text)
    condemned = next(e for e in result.events if e.type == "ACCUSE")
    assert {a.name for i in condemned.target if (a := result.actor(i))} == {doer}


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The junta extended the state of emergency for another six months.", "1724"),
        ("The army extended the curfew in Gondar by a week.", "1723"),
    ],
)
def test_emergency_rule_prolonged_is_imposed_anew(run_text: Any, text: str, cameo: str) -> None:
    assert [(e.type, e.cameo) for e in run_text(text).events] == [("COERCE", cameo)]


def test_a_deadline_extended_is_no_event(run_text: Any) -> None:
    assert run_text("The government extended the deadline for tax returns.").events == []


def test_a_group_described_as_fighting_does_no_act_that_day(run_text: Any) -> None:
    result = run_text(
        "Al Shabaab, the al Qaeda-linked group fighting to topple the government, said it"
        " carried out the attack."
    )
    assert "fighting" not in [e.trigger.text for e in result.events]
    attack = next(e for e in result.events if e.type == "ASSAULT")
    assert {a.name for i in attack.source if (a := result.actor(i))} == {"al-Shabaab"}


@pytest.mark.parametrize(
    "text",
    ["Police used stun grenades to clear the building.", "Riot police used pepper spray."],
)
def test_crowd_control_used_is_an_assault_of_a_protest(run_text: Any, text: str) -> None:
    event = next(e for e in run_text(text).events if e.type == "ASSAULT")
    assert event.acled is not None and event.acled.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("China gave Cambodia 100 military trucks, the defence ministry said.", "AID"),
        ("Germany gave Ukraine 40 tanks on Thursday.", "AID"),
        ("Iran said it would close the Strait of Hormuz if its exports were blocked.", "THREATEN"),
    ],
)
def test_plain_verbs_of_giving_walking_out_and_closing(
    run_text: Any, text: str, type_: str
) -> None:
    assert type_ in [e.type for e in run_text(text).events]


@pytest.mark.parametrize(
    "text",
    ["Fans walked out of the stadium after the match.", "The president gave a speech on Monday."],
)
def test_plain_verbs_of_no_act(run_text: Any, text: str) -> None:
    assert run_text(text).events == []


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("President Lula received the German chancellor in Brasilia on Monday.", "CONSULT", "043"),
        ("The government expelled hundreds of migrants to the desert.", "COERCE", "174"),
        ("Russia expelled two Estonian diplomats.", "SANCTION", "166"),
        ("Unknown assailants hacked a journalist to death in Dhaka.", "ASSAULT", "1823"),
        ("Hackers hacked the ministry website on Monday.", "COERCE", "172"),
    ],
)
def test_receiving_expelling_and_hacking(run_text: Any, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(e.type, e.cameo) for e in run_text(text).events]


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("Syria said Israel was responsible for the car bomb that killed an official.", "Israel"),
        ("The army said the rebels were behind the attack on the convoy.", "rebels"),
    ],
)
def test_laying_an_act_at_someones_door_accuses_them(run_text: Any, text: str, blamed: str) -> None:
    result = run_text(text)
    accuse = next(e for e in result.events if e.type == "ACCUSE")
    assert {a.name for i in accuse.target if (a := result.actor(i))} == {blamed}


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the ministry was responsible for roads.",
        "Police said a faulty heater was responsible for the fire.",
    ],
)
def test_a_duty_or_a_cause_is_no_blame(run_text: Any, text: str) -> None:
    assert "ACCUSE" not in [e.type for e in run_text(text).events]


def test_a_loan_approved_is_aid(run_text: Any) -> None:
    events = run_text("The World Bank approved a $500 million loan to Ethiopia.").events
    assert [e.type for e in events] == ["AID"]


@pytest.mark.parametrize(
    "text",
    [
        "China vowed to retaliate against the tariffs.",
        "Beijing vowed to hit back at the U.S. trade measures.",
    ],
)
def test_a_trade_measure_paid_back_is_no_threat_of_force(run_text: Any, text: str) -> None:
    threats = [e for e in run_text(text).events if e.type == "THREATEN"]
    assert threats and all(e.cameo != "138" for e in threats)


@pytest.mark.parametrize(
    "text",
    [
        "The government is flogging a dead horse with this bill.",
        "Doctors walked out of the hospital after a bomb threat.",
        "Heavy fog closed the port on Monday.",
        "The doctor gave him a dose of medicine.",
    ],
)
def test_near_misses_of_the_new_rows_are_no_events(run_text: Any, text: str) -> None:
    types = [e.type for e in run_text(text).events]
    assert not {"ASSAULT", "PROTEST", "COERCE", "AID"} & set(types), types


def test_a_person_in_apposition_doing_something_still_does_it(run_text: Any) -> None:
    result = run_text("Police shot Ahmed Ali, a student protesting outside parliament.")
    assert "PROTEST" in [e.type for e in result.events]


def test_a_punishment_handed_down_is_not_yet_done(run_text: Any) -> None:
    types = [e.type for e in run_text("A court sentenced two men to flogging.").events]
    assert "ASSAULT" not in types


def test_a_claim_of_ones_own_act_is_no_accusation(run_text: Any) -> None:
    result = run_text("The army said it was behind the strike on the rebel camp.")
    assert "ACCUSE" not in [e.type for e in result.events]
