"""A news agency named right after its noun is one actor. Every sentence here is invented."""

from __future__ import annotations

from typing import Any


def _speaker_or_source(result: Any) -> list[Any]:
    ids = [a for e in result.events for a in e.source]
    ids += [q.speaker for q in result.quotes if q.speaker]
    return [result.actor(i) for i in ids if result.actor(i) is not None]


def test_an_agency_name_after_its_noun_names_the_agency(run_text: Any) -> None:
    result = run_text("Syria's state news agency SANA reported that the president met the envoy.")
    actors = _speaker_or_source(result)
    assert actors, result.to_dict()
    assert {a.name for a in actors} >= {"SANA"}
    assert not any(a.name in ("agency", "news agency") for a in result.actors)


def test_a_news_agency_is_the_press_not_the_government(run_text: Any) -> None:
    result = run_text("The state news agency said the talks would resume on Monday.")
    agency = [a for a in result.actors if "agency" in a.name]
    assert agency and all(a.sector == "JRN" for a in agency)


def test_a_known_agency_after_its_noun_keeps_its_own_country(run_text: Any) -> None:
    result = run_text("The state news agency IRNA accused Israel of sabotage at a power plant.")
    source = [result.actor(i) for e in result.events for i in e.source]
    assert source and all(a is not None and a.country == "IRN" for a in source)


def test_a_name_opening_a_relative_clause_is_another_actor(run_text: Any) -> None:
    result = run_text("The health ministry Hamas runs said 30 people were killed.")
    ministry = next(
        a for a in result.actors if any(m.text == "health ministry" for m in a.mentions)
    )
    assert ministry.name != "Hamas"
