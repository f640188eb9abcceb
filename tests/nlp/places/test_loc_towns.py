"""A town the NER labels LOC is too small for the label's floor, but not when the article
names its state: "a wildfire near Paradise" of a California story is Paradise, California."""

from __future__ import annotations

from typing import Any


def _found(result: Any) -> dict[str, tuple[str, str | None]]:
    return {m.text: (p.name, p.admin1) for p in result.places for m in p.mentions}


def test_a_loc_town_of_the_named_state_is_a_candidate(run_text: Any) -> None:
    result = run_text(
        "A wildfire near Paradise forced 3,000 people to flee on Sunday, California officials "
        "said. Evacuation centers opened in Chico and Oroville."
    )
    assert _found(result)["Paradise"] == ("Paradise", "California")


def test_a_loc_name_with_no_state_named_keeps_the_floor(run_text: Any) -> None:
    result = run_text(
        "Tourists crowded the Strip near Paradise on Saturday night, Las Vegas police said."
    )
    assert _found(result)["Paradise"] == ("Paradise", "Nevada")


def test_a_loc_name_after_the_is_no_small_town(run_text: Any) -> None:
    """ "the Hudson" names the river, not the small town of a state the article names."""
    result = run_text("New York police recovered a body from the Hudson on Monday, officials said.")
    assert ("Hudson", "New York") not in _found(result).values()
