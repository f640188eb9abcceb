"""Fields of events told in news of trade, diplomacy, migration, labour, sport, markets and
disasters, read off invented wire stories. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import countries_of as _countries
from tests.nlp.events.wire import event_of as _event
from tests.nlp.events.wire import names_of as _names


@pytest.mark.parametrize(
    "text",
    [
        "Real Madrid beat Barcelona 3-1 on Sunday to go top of the league.",
        "Arsenal beat Chelsea 2 - 0 at home on Saturday.",
        "The home side beat the visitors 27-13 in Auckland.",
    ],
)
def test_a_game_won_by_a_score_is_no_event(run_text: Any, text: str) -> None:
    assert run_text(text).events == []


def test_a_beating_with_a_count_stays_an_assault(run_text: Any) -> None:
    result = run_text("Soldiers beat 12 protesters in Harare on Monday.")
    assert _event(result, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Gold prices hit a record high on Wednesday as the dollar weakened.",
        "Inflation in Peru hit a 30-year high in April.",
        "The stock index hit its lowest level since 2020 on Friday.",
    ],
)
def test_a_price_reaching_a_level_is_no_blow(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.type == "ASSAULT"]


def test_a_missile_hitting_a_building_stays_an_attack(run_text: Any) -> None:
    result = run_text("A missile hit a residential building in Kharkiv on Monday, killing three.")
    assert _event(result, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Typhoon Haiyan killed more than 6,000 people in the Philippines in 2013.",
        "Hurricane Dora destroyed hundreds of homes in Jamaica on Tuesday.",
        "Cyclone Idai killed 600 people in Mozambique.",
    ],
)
def test_a_named_disaster_is_no_attacker(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.type == "ASSAULT"]


def test_drivers_striking_are_a_labour_action(run_text: Any) -> None:
    result = run_text(
        "Train drivers in Germany will strike for 48 hours from Thursday, the union said."
    )
    e = _event(result, "THREATEN")
    assert e.cameo == "133"  # a threatened strike, no threat of force
    assert _names(result, e.source) == {"drivers"}


def test_drivers_on_strike_are_its_source(run_text: Any) -> None:
    result = run_text("Bus drivers in Nairobi went on strike on Monday over unpaid wages.")
    e = _event(result, "PROTEST")
    assert _names(result, e.source) == {"drivers"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The European Union froze the assets of three Russian banks on Wednesday.", "RUS"),
        ("China banned imports of Lithuanian timber and dairy products on Tuesday.", "LTU"),
    ],
)
def test_sanctions_target_the_owner_of_what_they_hit(
    run_text: Any, text: str, country: str
) -> None:
    result = run_text(text)
    e = _event(result, "SANCTION")
    assert _countries(result, e.target) == {country}


def test_a_warning_of_the_speakers_own_act_targets_its_object(run_text: Any) -> None:
    result = run_text(
        "Russia could cut gas supplies to Moldova if the debt is not paid, the Kremlin warned."
    )
    e = _event(result, "THREATEN")
    assert _countries(result, e.target) == {"MDA"}


def test_a_warning_that_another_will_suffer_targets_it(run_text: Any) -> None:
    result = run_text("Washington warned that Iran would face consequences.")
    e = _event(result, "THREATEN")
    assert _countries(result, e.target) == {"IRN"}


def test_those_deported_are_the_target_not_where_they_are_sent(run_text: Any) -> None:
    result = run_text("Greek authorities deported 40 Afghan asylum seekers to Kabul on Friday.")
    e = _event(result, "COERCE")
    assert _names(result, e.target) == {"asylum seekers"}


def test_extradition_keeps_the_country_receiving(run_text: Any) -> None:
    result = run_text("Spain extradited a Russian businessman to the United States on Friday.")
    e = result.events[0]
    assert "USA" in _countries(result, e.target)


def test_a_complaint_lodged_with_a_body_accuses_the_one_complained_of(run_text: Any) -> None:
    result = run_text(
        "Australia lodged a complaint with the World Trade Organization over Chinese tariffs."
    )
    e = _event(result, "ACCUSE")
    assert _countries(result, e.target) == {"CHN"}


def test_a_denial_of_its_own_forces_act_targets_not_them(run_text: Any) -> None:
    result = run_text("Thailand denied that its troops had fired on Cambodian soldiers.")
    e = _event(result, "REJECT")
    assert _countries(result, e.target) <= {"KHM"}


@pytest.mark.parametrize(
    "text",
    [
        "Hackers breached the email accounts of Danish officials, the company said.",
        "A cyberattack knocked the websites of several Estonian ministries offline.",
        "A ransomware attack shut down computer systems at hospitals across Croatia.",
        "Hackers attacked the computer systems of the railway operator on Sunday.",
    ],
)
def test_attacks_on_computers_are_cyber_coercion(run_text: Any, text: str) -> None:
    result = run_text(text)
    e = _event(result, "COERCE")
    assert e.mode == "cyber"
    assert not [e for e in result.events if e.type == "ASSAULT"]


def test_hackers_take_no_country_from_their_victims(run_text: Any) -> None:
    result = run_text("Hackers breached the email accounts of officials in Denmark.")
    e = _event(result, "COERCE")
    assert _countries(result, e.source) == {None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Ministers condemned Russia's attacks on Ukrainian power plants in Rome.", "UKR"),
        ("The new sanctions on Iranian oil exports took effect on Monday.", "IRN"),
    ],
)
def test_a_noun_of_an_act_targets_the_owner_of_its_object(
    run_text: Any, text: str, country: str
) -> None:
    result = run_text(text)
    e = next(e for e in result.events if e.type in ("ASSAULT", "SANCTION"))
    assert _countries(result, e.target) == {country}


@pytest.mark.parametrize(
    "text",
    [
        "Doctors in Seoul have been on strike since February.",
        "Teachers in Lagos remained on strike on Monday.",
    ],
)
def test_those_on_strike_are_its_source(run_text: Any, text: str) -> None:
    result = run_text(text)
    e = _event(result, "PROTEST")
    assert e.mode == "strike"
    assert _names(result, e.source) in ({"doctors"}, {"teachers"})


@pytest.mark.parametrize(
    "text",
    [
        "A cargo ship collided with a fishing boat off Penang on Tuesday, killing two fishermen.",
        "A truck collided with a minibus near Kisumu on Friday, killing eleven people.",
    ],
)
def test_a_collision_that_kills_is_no_attack(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.type == "ASSAULT"]


def test_a_drone_crashing_and_killing_stays_an_attack(run_text: Any) -> None:
    result = run_text("A drone crashed into a block of flats in Kyiv, killing four people.")
    assert _event(result, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The constitutional court struck down parts of the new media law on Thursday.",
        "A judge in Oregon struck down the state's ban on protests.",
    ],
)
def test_a_court_striking_down_a_law_is_no_attack(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert not [e for e in result.events if e.type == "ASSAULT"]
    assert _event(result, "CONCEDE")


def test_what_a_meeting_discusses_is_not_its_target(run_text: Any) -> None:
    result = run_text("Defence ministers met in Oslo to discuss Russian troop deployments.")
    e = _event(result, "CONSULT")
    assert "MIL" not in {a.sector for i in e.target if (a := result.actor(i))}


def test_a_relative_clause_after_a_leader_tells_of_his_supporters(run_text: Any) -> None:
    result = run_text(
        "Peruvian police fired tear gas at supporters of former president Pedro Castillo"
        " who blocked highways in Puno."
    )
    e = _event(result, "PROTEST")
    assert _names(result, e.source) == {"supporters"}


def test_an_act_in_a_denied_report_is_negated(run_text: Any) -> None:
    result = run_text("The government denied reports that it had arrested opposition leaders.")
    e = _event(result, "COERCE")
    assert e.aux.negated


def test_an_act_in_a_confirmed_report_stands(run_text: Any) -> None:
    result = run_text("The army confirmed reports that it had arrested three soldiers.")
    assert not _event(result, "COERCE").aux.negated


def test_sanctions_considered_are_not_yet_imposed_and_are_the_considerers(
    run_text: Any,
) -> None:
    result = run_text(
        "The European Union is considering sanctions against Georgian officials over the"
        " crackdown on protesters."
    )
    e = _event(result, "SANCTION")
    assert e.aux.future
    assert _names(result, e.source) == {"European Union"}
    crackdown = _event(result, "COERCE")
    assert not crackdown.aux.future  # what the sanctions answer was done


def test_parties_reaching_an_agreement_are_its_sources(run_text: Any) -> None:
    result = run_text("Chile and the World Bank reached an agreement on a new loan on Tuesday.")
    e = _event(result, "AGREE")
    assert _countries(result, e.source) == {"CHL", "IGO"}


def test_a_vessel_ramming_a_boat_is_an_assault(run_text: Any) -> None:
    result = run_text("A coast guard vessel rammed a fishing boat near Lesbos on Friday.")
    assert _event(result, "ASSAULT")


def test_pensioners_are_civilians(run_text: Any) -> None:
    result = run_text("Riot police in Lima clashed with pensioners outside Congress on Monday.")
    e = _event(result, "ASSAULT")
    assert _names(result, e.target) == {"pensioners"}


def test_a_case_filed_at_a_court_accuses_the_one_it_is_against(run_text: Any) -> None:
    result = run_text("Gambia filed a genocide case against Myanmar at the world court on Monday.")
    e = _event(result, "ACCUSE")
    assert e.cameo == "115"
    assert _countries(result, e.target) == {"MMR"}
