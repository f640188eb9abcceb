"""Session 33's invented wire leads: an act told a span of time before or after the main clause's
act is a second act, people forced out of their homes are coerced by whoever forced them, plain
wordings of legal, labour, aid and diplomatic acts are found, and a game's result is no assault.
Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import names_of

from eventwire.eval.base import top_event


def _top(run_text: Any, text: str) -> tuple[str, str] | None:
    top = top_event(run_text(text).events)
    return (top.type, top.trigger.text) if top is not None else None


@pytest.mark.parametrize(
    ("text", "main", "other"),
    [
        (
            "A drone strike killed five soldiers near Velm on Friday, a day after gunmen"
            " attacked a checkpoint in the same district.",
            "strike",
            "attacked",
        ),
        (
            "An air strike killed 12 fighters in Kandor on Sunday, hours after rebels shelled a"
            " government post nearby.",
            "strike",
            "shelled",
        ),
        (
            "A roadside bomb killed three policemen in Kandor on Monday, two days after"
            " militants ambushed a convoy in the province.",
            "killed",
            "ambushed",
        ),
    ],
)
def test_an_act_told_a_span_after_another_is_a_second_act(
    run_text: Any, text: str, main: str, other: str
) -> None:
    result = run_text(text, published="2024-03-06")
    acts = {e.trigger.text: e for e in result.events if e.type == "ASSAULT"}
    assert set(acts) == {main, other}, [e.to_dict() for e in result.events]
    # the main clause's act is not the other clause's doers'
    assert not names_of(result, acts[main].source) & names_of(result, acts[other].source)
    first, second = acts[main].date, acts[other].date
    assert first is not None and second is not None and second.value <= first.value


def test_the_main_clause_keeps_its_own_day_and_toll(run_text: Any) -> None:
    text = (
        "A drone strike killed five soldiers near Velm on Friday, a day after gunmen attacked"
        " a checkpoint in the same district."
    )
    result = run_text(text, published="2024-03-06")
    strike = next(e for e in result.events if e.trigger.text == "strike")
    assert strike.date is not None and strike.date.value == "2024-03-01"
    assert strike.casualties.killed is not None and strike.casualties.killed.min == 5
    attack = next(e for e in result.events if e.trigger.text == "attacked")
    assert attack.date is not None and attack.date.value == "2024-02-29"
    assert names_of(result, attack.source) == {"gunmen"}
    assert attack.acled is None or attack.acled.sub_event_type != "Air/drone strike"


def test_a_blast_told_after_its_bomber_stays_one_act(run_text: Any) -> None:
    text = "The blast killed five people after a suicide bomber blew himself up at a market."
    assert len([e for e in run_text(text).events if e.type == "ASSAULT"]) == 1


@pytest.mark.parametrize(
    ("text", "trigger", "doers", "victims"),
    [
        (
            "Soldiers forced thousands of villagers to evacuate their homes in the hills on"
            " Monday.",
            "forced",
            {"soldiers"},
            {"villagers"},
        ),
        (
            "Gunmen compelled hundreds of residents to flee the village on Sunday.",
            "compelled",
            {"gunmen"},
            {"residents"},
        ),
    ],
)
def test_people_forced_from_their_homes_are_coerced_by_who_forced_them(
    run_text: Any, text: str, trigger: str, doers: set[str], victims: set[str]
) -> None:
    result = run_text(text)
    assert [e.type for e in result.events] == ["COERCE"], [e.to_dict() for e in result.events]
    event = result.events[0]
    assert event.trigger.text == trigger and event.mode == "deport"
    assert names_of(result, event.source) == doers
    assert names_of(result, event.target) == victims


def test_the_forcing_takes_the_day_of_the_leaving(run_text: Any) -> None:
    text = "Soldiers forced the villagers to evacuate their homes on Monday."
    event = run_text(text, published="2024-03-06").events[0]
    assert event.date is not None and event.date.value == "2024-03-04"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting forced 20,000 people to flee their homes last week.",
        "Thousands of people were forced to flee their homes after the clashes.",
        "Militants attacked the village on Sunday, forcing hundreds of residents to flee.",
        "Heavy shelling forced thousands of civilians to leave their homes.",
    ],
)
def test_people_driven_out_by_fighting_are_no_coercion(run_text: Any, text: str) -> None:
    assert "COERCE" not in {e.type for e in run_text(text).events}


def test_an_evacuation_ordered_by_officials_is_no_coercion(run_text: Any) -> None:
    result = run_text("Authorities ordered residents to evacuate ahead of the cyclone.")
    assert "COERCE" not in {e.type for e in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government wrote off debt owed by farmers.", ("AID", "wrote")),
        ("Norway forgave $2 billion in debt owed by Zambia.", ("AID", "forgave")),
        (
            "A court in Kandor acquitted the former governor of graft charges.",
            ("CONCEDE", "acquitted"),
        ),
        ("Prosecutors dropped charges against the journalist on Monday.", ("CONCEDE", "dropped")),
        ("Rebels ousted the regional governor last month.", ("COERCE", "ousted")),
        ("The army toppled the president in July.", ("COERCE", "toppled")),
        (
            "Parliament ousted the prime minister in a no-confidence vote on Thursday.",
            ("SANCTION", "ousted"),
        ),
        (
            "The president fired the army chief after a string of military setbacks.",
            ("SANCTION", "fired"),
        ),
        (
            "The junta ignored calls from regional leaders to restore civilian rule.",
            ("REJECT", "ignored"),
        ),
        (
            "Russia reduced its diplomatic staff in Lithuania after a row over spying.",
            ("SANCTION", "reduced"),
        ),
        (
            "The Security Council extended the mandate of its peacekeeping force in Cyprus.",
            ("AID", "extended"),
        ),
        ("The government legalised the main opposition party on Friday.", ("CONCEDE", "legalised")),
        (
            "The authorities granted the opposition permission to hold a rally in the capital.",
            ("CONCEDE", "granted"),
        ),
        ("Ruritania broke off negotiations with its creditors on Friday.", ("SANCTION", "broke")),
        (
            "Authorities restored internet access in the region on Thursday.",
            ("CONCEDE", "restored"),
        ),
        ("The militia disbanded after the peace accord was signed.", ("RETREAT", "disbanded")),
        ("Moscow slashed gas deliveries to its neighbour by 40 percent.", ("SANCTION", "slashed")),
        ("Qatar brokered a truce between the government and the rebels.", ("CONSULT", "brokered")),
        (
            "The defence minister held a telephone conversation with his Iranian counterpart.",
            ("CONSULT", "held"),
        ),
        ("UN peacekeepers arrived in the town after the clashes.", ("AID", "arrived")),
        (
            "The first batch of donated vaccines arrived in the capital on Monday.",
            ("AID", "arrived"),
        ),
        ("The UN refugee agency resettled 500 refugees in Canada.", ("AID", "resettled")),
    ],
)
def test_plain_wordings_of_a_main_act(run_text: Any, text: str, expected: tuple[str, str]) -> None:
    assert _top(run_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government granted permits to three mining companies.",
        "The delegation arrived in Geneva on Monday.",
    ],
)
def test_ordinary_wordings_that_tell_no_act(run_text: Any, text: str) -> None:
    assert run_text(text).events == []


def test_debt_written_off_is_aid_to_whom_it_was_owed_by(run_text: Any) -> None:
    result = run_text("The government wrote off debt owed by farmers.")
    aid = result.events[0]
    assert names_of(result, aid.target) == {"farmers"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kansas City Chiefs beat the Denver Broncos 27-24 on Sunday in a tense game.",
        "Real Madrid thrashed Barcelona 4-0 in the final on Sunday.",
        "The Lakers routed the Celtics 120-95 on Friday night.",
        "Brazil beat Argentina in the World Cup qualifier in Rio de Janeiro.",
        "India defeated Pakistan in the final of the Asia Cup on Sunday.",
        "The Springboks crushed the All Blacks 35-7 in Johannesburg.",
        "Nadal beat Federer in straight sets to win the title.",
    ],
)
def test_a_game_won_is_no_assault(run_text: Any, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in run_text(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "Police beat the protesters outside the stadium after the match.",
        "Police beat fans at the match in Kandor.",
        "Jets hit targets in a series of raids on Tuesday.",
    ],
)
def test_force_outside_a_game_stays_an_assault(run_text: Any, text: str) -> None:
    assert "ASSAULT" in {e.type for e in run_text(text).events}


def test_a_year_naming_another_act_does_not_date_the_verb(run_text: Any) -> None:
    text = "The government apologised to the families of victims of the 1972 massacre."
    result = run_text(text, published="2024-03-06")
    apology = next(e for e in result.events if e.type == "CONCEDE")
    assert apology.date is not None and apology.date.value == "2024-03-06"


def test_a_toll_told_next_in_another_country_is_another_act(run_text: Any) -> None:
    """A toll with no doer of its own in the next sentence joins the act before it, unless its
    sentence places it in another country."""
    result = run_text(
        "Protesters marched to Tahrir Square on Friday, in which three people were killed. "
        "A suicide bomber died in the blast amid clashes with police in Quetta, which killed "
        "four officers."
    )
    places = {p.id: p.country for p in result.places}
    quetta = [e for e in result.events if e.casualties.killed and e.casualties.killed.min == 4]
    assert len(quetta) == 1 and places[quetta[0].place or ""] == "PAK"
    march = next(e for e in result.events if e.type == "PROTEST")
    assert march.date is not None and quetta[0].date is not None
    assert quetta[0].date.value != march.date.value  # not the march's Friday


def test_a_toll_told_next_in_the_same_country_joins_the_act(run_text: Any) -> None:
    result = run_text(
        "Militants clashed with soldiers in Borno state on Friday. Five militants were killed "
        "near Gwoza, the army said."
    )
    assert len([e for e in result.events if e.type == "ASSAULT"]) == 1
