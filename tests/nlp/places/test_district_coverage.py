"""Districts and regions the package data lacks or spells otherwise: Pakistan's former tribal
agencies and Kohistan, Somalia's regions in their usual English spelling ("Lower Shabelle",
the package's "Lower Shebelle"), and Gippsland (``seated.tsv`` and ``admin1.tsv``)."""

from __future__ import annotations

from typing import Any

import pytest


def _found(result: Any) -> dict[str, tuple[str, str | None, str | None]]:
    return {m.text: (p.name, p.country, p.feature_code) for p in result.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        (
            "Soldiers killed four gunmen in a raid in North Waziristan on Sunday, the army "
            "said in Rawalpindi.",
            "North Waziristan",
            "PAK",
        ),
        (
            "A landslide cut the highway in Kohistan district on Tuesday, officials in "
            "Peshawar said.",
            "Kohistan",
            "PAK",
        ),
        (
            "Fighters overran an army post in Lower Shabelle on Friday, officials in "
            "Mogadishu said.",
            "Lower Shabelle",
            "SOM",
        ),
        (
            "Clashes spread to Middle Shabelle and Hiraan on Saturday, Somali officials said.",
            "Middle Shabelle",
            "SOM",
        ),
        (
            "Bushfires burned across Gippsland overnight, fire officials in Melbourne said.",
            "Gippsland",
            "AUS",
        ),
    ],
)
def test_a_district_the_package_lacks_is_placed_in_its_country(
    run_text: Any, text: str, name: str, iso3: str
) -> None:
    place = _found(run_text(text))[name]
    assert place[1] == iso3
    assert place[2] in {"ADM1", "ADM2"}


def test_the_packages_own_spelling_is_the_same_region(run_text: Any) -> None:
    found = _found(run_text("Troops moved into Lower Shebelle after talks in Mogadishu."))
    assert found["Lower Shebelle"][0] == "Lower Shabelle"


def test_a_police_swat_team_is_no_pakistani_valley(run_text: Any) -> None:
    found = _found(run_text("The SWAT team surrounded a house in Joplin, Missouri, police said."))
    assert "SWAT" not in found
