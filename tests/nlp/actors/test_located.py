"""Actor countries from resolved places: where an actor is, and where the article is."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Prosecutors in Nairobi charged the former minister on Monday.", "prosecutor", "KEN"),
        ("A court in Istanbul sentenced the journalist to two years.", "court", "TUR"),
    ],
)
def test_actor_places_actor_takes_the_country_it_is_in(
    run_text: Any, text: str, name: str, country: str
) -> None:
    result = run_text(text)
    assert any(a.name == name and a.country == country for a in result.actors), result.actors


def test_actor_places_domestic_actors_take_the_articles_country(run_text: Any) -> None:
    text = "Police fired tear gas at protesters in Mombasa. The protests spread to Kisumu."
    result = run_text(text)
    police = next(a for a in result.actors if a.name == "police")
    assert police.country == "KEN"


def test_actor_places_anti_country_is_not_the_actors_country(run_text: Any) -> None:
    result = run_text("An anti-Syria journalist was shot dead in Beirut.")
    journalist = next(a for a in result.actors if a.name == "journalists")
    assert journalist.country != "SYR"


def test_actor_places_old_country_names(run_text: Any) -> None:
    result = run_text("Kampuchean guerrillas attacked the border post.")
    assert next(a for a in result.actors if a.name == "guerrillas").country == "KHM"


def test_actor_places_a_venue_does_not_outvote_the_story(run_text: Any) -> None:
    result = run_text(
        "Rebels and the government agreed to a truce after talks in the Angolan capital Luanda. "
        "Delegates will meet again in Luanda next month. Fighting near Goma and Bukavu in North "
        "Kivu had continued until Thursday, when the army shelled positions near Goma."
    )
    [army] = [a for a in result.actors if a.name == "army"]
    assert army.country == "COD"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Masked gunmen abducted four traders near Kaduna on Sunday.", "gunmen", "NGA"),
        ("Armed men stormed a bank in Tegucigalpa and killed two guards.", "armed men", "HND"),
    ],
)
def test_actor_places_unnamed_attackers_take_the_articles_country(
    run_text: Any, text: str, name: str, country: str
) -> None:
    result = run_text(text)
    actor = next(a for a in result.actors if a.name == name)
    assert actor.country == country


@pytest.mark.parametrize(
    "text",
    [
        "two constables were suspended after a man died in custody in lucknow.",
        "a mob attacked policemen in a village near patna on sunday.",
    ],
)
def test_actor_places_lower_cased_city_gives_the_police_their_country(
    run_text: Any, text: str
) -> None:
    result = run_text(text)
    assert any(a.sector == "COP" and a.country == "IND" for a in result.actors), result.actors


def test_actor_places_common_words_are_no_lower_cased_cities(run_text: Any) -> None:
    result = run_text("police said the union would march to the bank in the morning.")
    assert all(a.country is None for a in result.actors), result.actors


def test_actor_places_a_lower_case_word_in_a_cased_text_is_no_town(run_text: Any) -> None:
    # "bush" is also a town in Egypt; written in lower case in a cased text, it is the scrub
    result = run_text('Armed men robbed two buses. "They ran back into the bush," a driver said.')
    assert all(a.country is None for a in result.actors), result.actors


def test_actor_places_a_town_before_an_actor_noun_gives_its_country(run_text: Any) -> None:
    text = "Farmers from France and Spain marched. Lyon police said nine people were held."
    result = run_text(text)
    police = next(a for a in result.actors if a.sector == "COP")
    assert police.country == "FRA", result.actors


def test_actor_places_a_fronted_place_locates_the_clauses_subject(run_text: Any) -> None:
    text = (
        "Fighting spread across Sudan. Sudanese troops shelled Omdurman. "
        "In neighbouring Chad, the interior ministry closed the border."
    )
    result = run_text(text)
    ministry = next(a for a in result.actors if a.name == "ministry")
    assert ministry.country == "TCD", result.actors


@pytest.mark.parametrize(
    "text",
    [
        "Israeli settlers set fire to homes in a Palestinian village near Ramallah on Friday. "
        "The Israeli military said soldiers had been sent to the village.",
        "Israeli settlers set fire to homes in a Palestinian village near Ramallah on Friday. "
        "Soldiers had been sent to the village, the Israeli military said.",
    ],
)
def test_located_forces_a_state_body_tells_of_are_its_own(run_text: Any, text: str) -> None:
    soldiers = next(a for a in run_text(text).actors if a.name == "soldiers")
    assert soldiers.country == "ISR"


def test_located_forces_a_rights_group_tells_of_stay_where_they_are(run_text: Any) -> None:
    text = (
        "Clashes broke out near Ramallah on Friday. Rights groups in Ramallah said soldiers "
        "fired at protesters."
    )
    soldiers = next(a for a in run_text(text).actors if a.name == "soldiers")
    assert soldiers.country == "PSE"


def test_located_gang_members_are_of_the_storys_country(run_text: Any) -> None:
    text = (
        "Gang members killed at least 70 people in an attack on the town of Pont-Sonde in Haiti, "
        "the United Nations said on Friday."
    )
    gang = next(a for a in run_text(text).actors if a.sector == "CRM")
    assert gang.country == "HTI"


def test_located_forces_a_government_tells_of_are_not_its_own(run_text: Any) -> None:
    text = (
        "Protests spread across Iran on Monday. The US State Department said security forces "
        "had fired on protesters in Tehran."
    )
    forces = next(a for a in run_text(text).actors if a.name == "security forces")
    assert forces.country != "USA"


def test_actor_places_a_town_owning_an_office_gives_its_country(run_text: Any) -> None:
    text = (
        "Ukraine's air force said it downed 40 drones over Odesa, while Belgorod's governor said "
        "Ukrainian shelling killed two people."
    )
    result = run_text(text)
    governor = next(a for a in result.actors if a.name == "governor")
    assert governor.country == "RUS"
