"""Actors of invented wire stories: the officials of unions, agencies, parties and
armed groups, a person's country from the story's places, and sports teams. Every sentence here
is invented."""

from __future__ import annotations

from typing import Any

import pytest


def _actor(result: Any, name: str) -> Any:
    return next(a for a in result.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Dairy union leader Samuel Otieno said milk prices had fallen.", "Samuel Otieno", "LAB"),
        ("Nurses union chief Amina Wekesa said the strike would go on.", "Amina Wekesa", "LAB"),
        ("Union home minister Arvind Rao visited the camp on Monday.", "Arvind Rao", "GOV"),
        ("Union boss Peter Mwangi said workers would strike next week.", "Peter Mwangi", "LAB"),
    ],
)
def test_a_union_leader_leads_the_union_a_union_minister_governs(
    run_text: Any, text: str, name: str, sector: str
) -> None:
    assert _actor(run_text(text), name).sector == sector


def test_a_person_takes_no_country_of_later_places_after_another_countrys(run_text: Any) -> None:
    text = (
        "Transport union leader Samuel Otieno said drivers in Nairobi would strike. "
        "Separately, gunmen attacked convoys near Kandahar, Herat and Kabul on Tuesday."
    )
    result = run_text(text)
    assert _actor(result, "Samuel Otieno").country != "AFG"
    assert _actor(result, "gunmen").country == "AFG"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Police commander Daniel Rotich said officers had detained nine people. "
            "The arrests followed riots in Eldoret on Sunday.",
            "Daniel Rotich",
            "KEN",
        ),
        (
            "Labour Minister Claire Dubois said 20,000 officers would be deployed on Friday. "
            "Strikes have spread across France since Monday.",
            "Claire Dubois",
            "FRA",
        ),
    ],
)
def test_a_person_told_of_before_the_stories_places_takes_their_country(
    run_text: Any, text: str, name: str, country: str
) -> None:
    assert _actor(run_text(text), name).country == country


def test_a_person_told_of_after_the_place_takes_its_country(run_text: Any) -> None:
    text = (
        "Gunmen attacked a convoy near Kandahar on Tuesday. "
        "Transport union leader Samuel Otieno said drivers would stay home."
    )
    assert _actor(run_text(text), "Samuel Otieno").country == "AFG"


def test_an_agency_chief_is_the_agencys_official(run_text: Any) -> None:
    result = run_text("UNHCR chief Paulo Mendes said the camps were full.")
    paulo = _actor(result, "Paulo Mendes")
    assert (paulo.country, paulo.sector) == ("IGO", "REF")


def test_an_organ_of_an_international_body_is_the_bodys(run_text: Any) -> None:
    text = "Mali quit the bloc on Monday. ECOWAS Commission president Idrissa Kone urged talks."
    assert _actor(run_text(text), "Idrissa Kone").country == "IGO"


def test_a_partys_general_secretary_serves_the_party(run_text: Any) -> None:
    result = run_text("ANC secretary general Fikile Dube said the budget was fair.")
    assert _actor(result, "Fikile Dube").sector == "PTY"


def test_the_secretary_general_of_a_body_holds_no_military_rank(run_text: Any) -> None:
    result = run_text("The Arab League secretary general met envoys in Cairo on Sunday.")
    assert all(a.sector != "MIL" for a in result.actors)


def test_an_armed_groups_military_spokesman_is_the_groups(run_text: Any) -> None:
    result = run_text("Houthi military spokesman Ali Nasser said drones struck a tanker.")
    assert _actor(result, "Ali Nasser").sector == "REB"


def test_a_private_bodys_head_holds_no_office(run_text: Any) -> None:
    result = run_text("FNSEA head Pierre Garnier said the farmers were desperate.")
    assert _actor(result, "Pierre Garnier").sector is None


def test_students_leader_leads_the_students(run_text: Any) -> None:
    result = run_text("Students' leader Farid Hossain said police had beaten the marchers.")
    assert _actor(result, "Farid Hossain").sector == "EDU"


def test_forces_named_for_an_armed_group_are_that_group(run_text: Any) -> None:
    text = "Jets struck Houthi forces near Saada on Friday, the Houthis said."
    houthis = [a for a in run_text(text).actors if a.sector == "REB"]
    assert len(houthis) == 1 and houthis[0].country == "YEM"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The US-led coalition bombed an oil depot in Deir ez-Zor.", "USA"),
        ("Iranian-backed Houthi rebels fired a missile at a ship in the Red Sea.", "YEM"),
    ],
)
def test_a_leader_gives_its_country_a_backer_does_not(
    run_text: Any, text: str, country: str
) -> None:
    first = run_text(text).actors[0]
    assert first.country == country


def test_russian_backed_separatists_are_not_russian(run_text: Any) -> None:
    result = run_text("Russian-backed separatists shelled a village near Luhansk.")
    assert _actor(result, "separatists").country != "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "The Kansas City Chiefs beat the Buffalo Bills. Chiefs coach Andy Reid praised them.",
        "The Chiefs beat the Bills on Sunday in a close game.",
        "The Denver Broncos lost to the Sacramento Kings on Sunday.",
    ],
)
def test_a_team_named_with_a_title_holds_no_office(run_text: Any, text: str) -> None:
    assert all(a.sector != "GOV" for a in run_text(text).actors)


def test_a_teams_short_name_is_the_team(run_text: Any) -> None:
    text = "The Kansas City Chiefs beat the Buffalo Bills. Chiefs coach Andy Reid praised them."
    chiefs = _actor(run_text(text), "Kansas City Chiefs")
    assert [m.text for m in chiefs.mentions] == ["Kansas City Chiefs", "Chiefs"]


def test_a_listed_campaign_groups_chief_holds_no_office(run_text: Any) -> None:
    result = run_text("Amnesty International chief Laura Benitez said the trial was unfair.")
    laura = _actor(result, "Laura Benitez")
    assert (laura.country, laura.sector) == ("IGO", None)


def test_a_unions_spokesman_speaks_for_the_union(run_text: Any) -> None:
    result = run_text("Kenyan nurses' union spokesman Paul Mwangi said the strike would go on.")
    assert _actor(result, "Paul Mwangi").sector == "LAB"


def test_a_private_bodys_head_still_takes_the_storys_country(run_text: Any) -> None:
    text = "Farmers blocked roads near Lyon. FNSEA head Pierre Garnier said they were desperate."
    pierre = _actor(run_text(text), "Pierre Garnier")
    assert (pierre.country, pierre.sector) == ("FRA", None)


def test_the_joint_chiefs_are_the_military(run_text: Any) -> None:
    result = run_text("The joint chiefs of staff said a missile landed in the sea near Busan.")
    assert _actor(result, "joint chiefs of staff").sector == "MIL"


@pytest.mark.parametrize(
    "text",
    [
        "Interior Minister Paul Kariuki said the curfew would be lifted.",
        "Defense Minister Ana Lucia Rojas said the base was safe.",
    ],
)
def test_the_first_word_of_a_title_is_no_organisation(run_text: Any, text: str) -> None:
    assert [a.name for a in run_text(text).actors if a.kind == "organization"] == []


def test_a_town_the_ner_takes_for_an_organisation_is_no_actor(run_text: Any) -> None:
    result = run_text("Police said the protests in Kisumu turned violent on Tuesday.")
    assert all(a.name != "Kisumu" or a.kind != "organization" for a in result.actors)


def test_the_agency_is_the_agency_just_named(run_text: Any) -> None:
    text = "IAEA chief Paulo Mendes toured the plant. He said the agency had found no breach."
    iaea = next(a for a in run_text(text).actors if a.name.endswith("Agency"))
    assert [m.text for m in iaea.mentions] == ["IAEA", "agency"]


@pytest.mark.parametrize(
    "text",
    [
        "National Desk: Two men were shot in Dayton on Friday.",
        "The city council held an all citizen meeting in Pune on Sunday.",
    ],
)
def test_national_and_citizen_in_names_or_as_modifiers_are_no_people(
    run_text: Any, text: str
) -> None:
    names = {a.name for a in run_text(text).actors}
    assert not names & {"nationals", "citizens"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police arrested two Iranian nationals in Istanbul on Monday.", "IRN"),
        ("Three Chinese citizens were kidnapped near Peshawar.", "CHN"),
    ],
)
def test_foreign_nationals_and_citizens_keep_their_country(
    run_text: Any, text: str, country: str
) -> None:
    people = [a for a in run_text(text).actors if a.name in ("nationals", "citizens")]
    assert [a.country for a in people] == [country]


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Two Ohio Senators criticised the budget bill on Tuesday.", "LEG"),
        ("Darfur Generals agreed to a truce with the militia.", "MIL"),
        ("Several Colorado Senators met the Governors of three states in Denver.", "LEG"),
    ],
)
def test_a_place_before_a_plural_title_outside_sport_names_officials(
    run_text: Any, text: str, sector: str
) -> None:
    assert sector in {a.sector for a in run_text(text).actors}


def test_the_kings_of_a_region_are_kings(run_text: Any) -> None:
    result = run_text("The Kings of the region met in Tamale on Saturday.")
    assert "GOV" in {a.sector for a in result.actors}


@pytest.mark.parametrize(
    "text",
    [
        "The ANC general secretary, who is also the mining minister, criticised the strikers.",
        "The ANC general secretary, who also serves as water minister, visited the dam.",
    ],
)
def test_a_party_officer_who_also_holds_a_state_office_governs(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert _actor(result, "general secretary").sector == "GOV"


def test_a_boss_leads_what_his_modifier_names_and_no_state(run_text: Any) -> None:
    result = run_text("The mafia boss was arrested in Palermo on Friday.")
    assert _actor(result, "boss").sector == "CRM"


def test_a_capitalised_one_word_body_before_a_title_names_its_community(run_text: Any) -> None:
    result = run_text("Mafia boss Salvatore Greco was arrested in Palermo on Friday.")
    assert _actor(result, "Salvatore Greco").sector == "CRM"


def test_a_union_boss_takes_the_country_of_his_sentence(run_text: Any) -> None:
    text = "Union boss Peter Mwangi said workers in Nairobi would strike next week."
    assert _actor(run_text(text), "Peter Mwangi").country == "KEN"
