"""Actors of invented wire stories: names that go on as another country's, and
the nouns of workers and hackers. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest


def test_a_name_going_on_as_of_another_country_is_not_the_dictionary_entry(
    run_text: Any,
) -> None:
    result = run_text("The government banned the Popular Front of India on Wednesday.")
    names = {a.name: a.country for a in result.actors}
    assert names.get("Popular Front") is None
    assert "TUN" not in names.values()


def test_the_dictionary_entry_itself_still_matches(run_text: Any) -> None:
    result = run_text("The Popular Front held a rally in Tunis on Saturday.")
    assert any(a.name == "Popular Front" and a.country == "TUN" for a in result.actors)


def test_drivers_are_labour(run_text: Any) -> None:
    result = run_text("Bus drivers in Accra went on strike on Monday.")
    assert any(a.name == "drivers" and a.sector == "LAB" for a in result.actors)


def test_hackers_take_no_home_country(run_text: Any) -> None:
    result = run_text("Hackers breached the email accounts of officials in Oslo.")
    hackers = [a for a in result.actors if a.name == "hackers"]
    assert hackers and hackers[0].country is None


def test_a_capital_the_ner_calls_a_people_is_its_government(run_text: Any) -> None:
    result = run_text("Congo's government accused Kigali of sending troops across the border.")
    kigali = next(a for a in result.actors if a.name == "Kigali")
    assert (kigali.kind, kigali.country, kigali.sector) == ("state", "RWA", "GOV")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Democratic Republic of Congo's government accused Rwanda of sending troops.", "COD"),
        ("BRAZZAVILLE, Congo (Reuters) - Congo's government said it would hold talks.", "COG"),
        ("KINSHASA, Congo (Reuters) - Congo's government said it would hold talks.", "COD"),
    ],
)
def test_which_congo_is_told_by_its_name_or_its_capital(
    run_text: Any, text: str, code: str
) -> None:
    result = run_text(text)
    assert next(a for a in result.actors if a.name == "government").country == code


def test_a_military_post_attacked_is_the_military(run_text: Any) -> None:
    result = run_text("Jihadists attacked a military checkpoint near Gao on Friday.")
    attack = next(e for e in result.events if e.type == "ASSAULT")
    assert {(a.name, a.sector) for i in attack.target if (a := result.actor(i))} == {
        ("military", "MIL")
    }


def test_military_aid_is_no_actor(run_text: Any) -> None:
    result = run_text("The United States sent military aid to Ukraine on Monday.")
    assert "military" not in {a.name for a in result.actors}


def test_state_media_speak(run_text: Any) -> None:
    result = run_text("Iranian state media said the strikes were a response to an attack.")
    media = next(a for a in result.actors if a.name == "state media")
    assert (media.country, media.sector) == ("IRN", "JRN")
    assert [q.speaker for q in result.quotes] == [media.id]


@pytest.mark.parametrize("union", ["European Union", "African Union"])
def test_leaders_of_a_union_of_states_govern(run_text: Any, union: str) -> None:
    result = run_text(f"{union} leaders agreed on Thursday to open talks with Ukraine.")
    leaders = next(a for a in result.actors if a.name == "leader")
    assert (leaders.country, leaders.sector) == ("IGO", "GOV")


def test_union_leaders_alone_lead_labour(run_text: Any) -> None:
    result = run_text("Union leaders called a strike at the port on Monday.")
    assert next(a for a in result.actors if a.name == "leader").sector == "LAB"


def test_a_capital_owning_a_deed_is_its_government(run_text: Any) -> None:
    result = run_text("Tallinn's expulsion of a Russian official angered Moscow.")
    tallinn = next(a for a in result.actors if a.name == "Tallinn")
    assert (tallinn.country, tallinn.sector) == ("EST", "GOV")


def test_a_capitals_streets_are_no_actor(run_text: Any) -> None:
    result = run_text("Kabul's streets were empty on Friday.")
    assert "Kabul" not in {a.name for a in result.actors}


def test_a_treasury_governs(run_text: Any) -> None:
    result = run_text("The U.S. Treasury imposed sanctions on six Iranian officials.")
    treasury = next(a for a in result.actors if a.name == "U.S. Treasury")
    assert (treasury.country, treasury.sector) == ("USA", "GOV")


@pytest.mark.parametrize("text", ["Al Shabaab claimed the attack.", "Al-Qaeda claimed the attack."])
def test_a_group_opening_with_a_capitalised_particle_is_known(run_text: Any, text: str) -> None:
    assert any(a.sector == "REB" and a.country for a in run_text(text).actors)


def test_it_in_what_a_group_says_is_the_group(run_text: Any) -> None:
    result = run_text(
        "The Fano militia, which is fighting the government, said it had seized the town."
    )
    seized = next(e for e in result.events if e.trigger.text == "seized")
    assert {a.name for i in seized.source if (a := result.actor(i))} != {"government"}


def test_a_victims_family_speaks_for_itself(run_text: Any) -> None:
    result = run_text("The man's family has demanded that the officer be charged.")
    request = next(e for e in result.events if e.type == "REQUEST")
    assert {a.name for i in request.source if (a := result.actor(i))} == {"family"}


def test_a_military_post_takes_the_nationality_before_it(run_text: Any) -> None:
    result = run_text("Al-Shabaab attacked a Kenyan military base in Somalia.")
    attack = next(e for e in result.events if e.type == "ASSAULT")
    assert {a.country for i in attack.target if (a := result.actor(i))} == {"KEN"}


def test_a_base_set_up_is_no_target(run_text: Any) -> None:
    assert "military" not in {
        a.name for a in run_text("Russian forces set up a new military base near Latakia.").actors
    }


def test_a_church_body_keeps_its_pastor_religious(run_text: Any) -> None:
    result = run_text("Grace Ministries pastor John Lee said the shooting shocked the church.")
    assert next(a for a in result.actors if a.name == "John Lee").sector == "REL"


@pytest.mark.parametrize(
    "text",
    ["Paris's plan to ban cars angered drivers.", "Minsk's protests drew thousands on Sunday."],
)
def test_a_citys_own_plans_and_protests_are_no_government(run_text: Any, text: str) -> None:
    assert all(a.sector != "GOV" for a in run_text(text).actors if a.kind == "state")


def test_the_family_of_someone_slain_speaks_for_itself(run_text: Any) -> None:
    result = run_text("The family of the slain journalist demanded justice.")
    request = next(e for e in result.events if e.type == "REQUEST")
    assert {a.name for i in request.source if (a := result.actor(i))} == {"family"}
