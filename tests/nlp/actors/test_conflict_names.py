"""Actors of invented wire stories: countries the NER takes for peoples, towns it
takes for people, foreign armed contractors and state broadcasters, and the roles of activists
and journalists named before their names. Every sentence here is invented."""

from __future__ import annotations

from typing import Any


def test_a_country_the_ner_takes_for_a_people_still_acts(run_text: Any) -> None:
    result = run_text("Kyrgyzstan and Tajikistan signed an agreement on Tuesday.")
    event = result.events[0]
    countries = {a.country for i in event.source if (a := result.actor(i))}
    assert countries == {"KGZ", "TJK"}


def test_a_town_the_ner_takes_for_a_surname_is_no_one(run_text: Any) -> None:
    result = run_text(
        "Police arrested activist Rafael Ortega at his home in Valencia on Tuesday. "
        "The government accused him of plotting a coup."
    )
    assert not [a for a in result.actors if a.name == "Valencia"]
    accuse = next(e for e in result.events if e.type == "ACCUSE")
    assert {a.name for i in accuse.target if (a := result.actor(i))} == {"Rafael Ortega"}


def test_foreign_armed_contractors_are_russian(run_text: Any) -> None:
    result = run_text("Africa Corps instructors and the Wagner Group left Mali on Monday.")
    found = {a.name: (a.country, a.sector) for a in result.actors}
    assert found.get("Africa Corps") == ("RUS", "MIL")
    assert found.get("Wagner Group") == ("RUS", "PRM")


def test_a_state_broadcaster_has_its_home_country(run_text: Any) -> None:
    result = run_text("The junta suspended the BBC and Voice of America on Thursday.")
    countries = {a.country for a in result.actors if a.sector == "JRN"}
    assert countries == {"GBR", "USA"}


def test_a_dissident_before_a_name_gives_the_role(run_text: Any) -> None:
    result = run_text("Police in Minsk detained opposition activist Ales Bialou on Friday.")
    person = next(a for a in result.actors if a.name == "Ales Bialou")
    assert person.sector == "OPP"


def test_a_crowd_count_opening_a_story_is_no_name(run_text: Any) -> None:
    result = run_text("YEREVAN - Thousands of Armenians rallied in Yerevan on Sunday.")
    assert not [a for a in result.actors if a.name == "Thousands"]
    protest = next(e for e in result.events if e.type == "PROTEST")
    assert {a.country for i in protest.source if (a := result.actor(i))} == {"ARM"}


def test_a_country_by_its_longer_name_acts(run_text: Any) -> None:
    result = run_text("PRAGUE - The Czech Republic expelled a Russian diplomat on Monday.")
    event = next(e for e in result.events if e.type == "SANCTION")
    assert {a.country for i in event.source if (a := result.actor(i))} == {"CZE"}
