"""Actors of invented wire stories (session 28): names that go on as another country's, and
the nouns of workers and hackers. Every sentence here is invented."""

from __future__ import annotations

from typing import Any


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
