"""Implicit targets: the owner of an object, the place of a material act."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import ArticleResult, Event


def _event(result: ArticleResult, trigger: str) -> Event:
    return next(e for e in result.events if e.trigger.text == trigger)


def _target(result: ArticleResult, event: Event) -> tuple[str, str | None, str]:
    assert len(event.target) == 1, event.to_dict()
    actor = result.actor(event.target[0])
    assert actor is not None
    return actor.name, actor.country, actor.kind


@pytest.mark.parametrize(
    ("text", "trigger", "name", "country"),
    [
        ("Nepal rejected an Indian proposal on river sharing.", "rejected", "India", "IND"),
        ("Canada praised Ghana's efforts to curb smuggling.", "praised", "Ghana", "GHA"),
    ],
)
def test_implicit_targets_object_owner_is_the_target(
    run_text: Any, text: str, trigger: str, name: str, country: str
) -> None:
    result = run_text(text)
    assert _target(result, _event(result, trigger)) == (name, country, "state")


def test_implicit_targets_place_of_a_material_act(run_text: Any) -> None:
    result = run_text("The army imposed a curfew in Nairobi on Monday.")
    assert _target(result, _event(result, "imposed"))[:2] == ("Nairobi", "KEN")


def test_implicit_targets_verbal_act_keeps_no_target(run_text: Any) -> None:
    # where a statement was made is its venue, not its target
    result = run_text("Argentina complained loudly in Geneva on Monday.")
    assert all(not e.target for e in result.events)


def test_implicit_targets_named_target_is_kept(run_text: Any) -> None:
    result = run_text("Chilean police arrested two Bolivian smugglers in Santiago.")
    event = _event(result, "arrested")
    names = {a.name for i in event.target if (a := result.actor(i))}
    assert "Santiago" not in names and names


def test_implicit_targets_owned_hardware_is_an_actor_only_with_its_owner(run_text: Any) -> None:
    named = run_text("British aircraft bombed a weapons depot near Basra.")
    bare = run_text("Aircraft bombed a weapons depot near Basra.")
    assert any(a.name == "aircraft" and a.country == "GBR" for a in named.actors)
    assert not any(a.name == "aircraft" for a in bare.actors)


def test_implicit_targets_attack_without_perpetrator_is_by_unidentified_attackers(
    run_text: Any,
) -> None:
    result = run_text("A roadside bomb killed two soldiers near Kandahar on Sunday.")
    (event,) = [e for e in result.events if e.type == "ASSAULT"]
    (source,) = [result.actor(i) for i in event.source]
    assert source is not None
    assert (source.name, source.country, source.sector) == ("unidentified attackers", "AFG", "UAF")
    assert source.mentions == []  # no words in the text name them


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Vietnamese-led forces shelled the camps.", "forces", "VNM"),
        ("Bosnian Serbs demanded a truce.", "Bosnian Serbs", "BIH"),
        ("Thousands of students throughout Kenya protested on Monday.", "students", "KEN"),
    ],
)
def test_implicit_targets_actor_country_from_modifiers(
    run_text: Any, text: str, name: str, country: str
) -> None:
    result = run_text(text)
    assert any(a.name == name and a.country == country for a in result.actors), result.actors


def test_implicit_targets_the_other_country_acting_in_the_sentence(run_text: Any) -> None:
    result = run_text("Russia threatened to halt the talks if the United States deploys missiles.")
    event = next(e for e in result.events if e.type == "THREATEN")
    assert _target(result, event)[:2] == ("United States", "USA")


def test_implicit_targets_a_country_named_as_a_venue_is_no_target(run_text: Any) -> None:
    result = run_text("Kenya's foreign minister condemned the bombing while visiting France.")
    event = next(e for e in result.events if e.type == "ACCUSE")
    names = {a.name for i in event.target if (a := result.actor(i))}
    assert "France" not in names


def test_implicit_targets_the_accused_not_the_audience(run_text: Any) -> None:
    result = run_text("Ghana complained to the United Nations over Togolese border raids.")
    event = next(e for e in result.events if e.type == "ACCUSE")
    assert _target(result, event)[:2] == ("Togo", "TGO")


def test_implicit_targets_actor_located_through_its_clause(run_text: Any) -> None:
    result = run_text("The agency will feed refugees fleeing the fighting in Mali.")
    refugees = next(a for a in result.actors if a.name == "refugees")
    assert refugees.country == "MLI"


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # what the object is aimed at belongs to its owner
        (
            "A Spanish minister threatened to impose tariffs against Moroccan imports.",
            "threatened",
            "MAR",
        ),
        # a conjoined act names where the relation lives
        (
            "Chile established diplomatic ties with and opened an embassy in Hanoi.",
            "established",
            "VNM",
        ),
    ],
)
def test_implicit_targets_aimed_at_or_conjoined_place(
    run_text: Any, text: str, trigger: str, country: str
) -> None:
    result = run_text(text)
    assert _target(result, _event(result, trigger))[1] == country


def test_implicit_targets_title_modifier_gives_the_country(run_text: Any) -> None:
    result = run_text("The rebel leaders agreed to meet U.N. envoy Jan Kowalski next week.")
    [envoy] = [a for a in result.actors if a.name == "Jan Kowalski"]
    assert envoy.country == "IGO"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian missiles struck a power plant in Odesa on Monday.", "missiles", "RUS"),
        ("A Ukrainian drone hit an oil depot in Bryansk overnight.", "drones", "UKR"),
        # no owner named: the unidentified attackers of the place struck
        ("Missiles struck a power plant in Odesa on Monday.", "unidentified attackers", "UKR"),
    ],
)
def test_implicit_targets_weapons_of_a_named_owner_are_the_attacker(
    run_text: Any, text: str, name: str, country: str
) -> None:
    result = run_text(text)
    [attack] = [e for e in result.events if e.type == "ASSAULT"]
    [source] = [result.actor(i) for i in attack.source]
    assert source is not None and (source.name, source.country) == (name, country)


def _sources(result: ArticleResult, event: Event) -> list[tuple[str, str | None, str | None]]:
    return [
        (a.name, a.country, a.sector) for i in event.source if (a := result.actor(i)) is not None
    ]


def test_implicit_targets_an_arrest_without_agent_is_by_the_police(run_text: Any) -> None:
    result = run_text("Thirty protesters were arrested in Nairobi on Friday.")
    (event,) = [e for e in result.events if e.mode == "arrest"]
    assert _sources(result, event) == [("police", "KEN", "COP")]
    police = result.actor(event.source[0])
    assert police is not None and police.mentions == []  # no words name them


def test_implicit_targets_an_arrest_takes_the_police_the_article_names(run_text: Any) -> None:
    result = run_text("Police said that 31 people were arrested near the border on Friday.")
    (event,) = [e for e in result.events if e.mode == "arrest"]
    (police,) = [result.actor(i) for i in event.source]
    assert police is not None and police.sector == "COP" and police.mentions


def test_implicit_targets_a_named_arrester_is_kept(run_text: Any) -> None:
    result = run_text("Soldiers arrested two smugglers in Goma on Sunday.")
    (event,) = [e for e in result.events if e.mode == "arrest"]
    assert [(name.lower(), sector) for name, _, sector in _sources(result, event)] == [
        ("soldiers", "MIL")
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        ("An Israeli air strike killed eight people in Rafah on Tuesday.", "strike", "ISR"),
        ("Russia's shelling killed two farmers in Kherson on Monday.", "shelling", "RUS"),
        ("Turkish fire killed three fighters near Kobani.", "killed", "TUR"),
    ],
)
def test_implicit_targets_the_country_owning_an_attack_is_its_source(
    run_text: Any, text: str, trigger: str, country: str
) -> None:
    result = run_text(text)
    event = _event(result, trigger)
    sources = [result.actor(i) for i in event.source]
    assert [(a.country, a.sector) for a in sources if a] in ([(country, None)], [(country, "MIL")])


def test_implicit_targets_the_named_army_of_the_owning_country(run_text: Any) -> None:
    result = run_text(
        "An Israeli air strike killed eight people in Rafah. The Israeli military said it "
        "targeted a commander."
    )
    (source,) = [result.actor(i) for i in _event(result, "strike").source]
    assert source is not None and (source.name, source.country) == ("military", "ISR")
    assert [m.start for m in source.mentions] == sorted(m.start for m in source.mentions)


def test_implicit_targets_a_continents_demonym_is_no_country(run_text: Any) -> None:
    result = run_text("Ireland opposed a trade pact with South American countries.")
    assert all(a.country != "USA" for a in result.actors), result.actors


def test_implicit_targets_an_air_strike_is_the_sole_militarys(run_text: Any) -> None:
    text = "The Sudanese army shelled Omdurman on Monday. Warplanes bombed a market in Nyala."
    result = run_text(text)
    strike = next(e for e in result.events if e.trigger.text == "bombed")
    doers = [(a.sector, a.country) for i in strike.source if (a := result.actor(i))]
    assert doers == [("MIL", "SDN")], strike.to_dict()


def test_implicit_targets_no_air_force_is_guessed_between_two(run_text: Any) -> None:
    text = "The Russian army and the Ukrainian army fought near Bakhmut. Warplanes bombed a depot."
    result = run_text(text)
    strike = next(e for e in result.events if e.trigger.text == "bombed")
    assert all((a := result.actor(i)) and a.sector != "MIL" for i in strike.source)


def test_implicit_targets_a_military_that_only_reports_is_no_air_force(run_text: Any) -> None:
    result = run_text(
        "An air strike hit a depot in Lviv. The Ukrainian army said it was rebuilding."
    )
    strike = next(e for e in result.events if e.type == "ASSAULT")
    assert all((a := result.actor(i)) and a.sector != "MIL" for i in strike.source)


def test_implicit_targets_no_place_of_what_happened_before_the_act(run_text: Any) -> None:
    # where the talks were is no target of the agreement that followed them
    result = run_text(
        "The government and the rebels agreed on Friday to extend a truce after talks in Lima."
    )
    assert not _event(result, "agreed").target


def test_implicit_targets_troops_sent_are_no_target(run_text: Any) -> None:
    sent = run_text("The Malian government sent more troops to the north.")
    assert all(a.name != "troops" for e in sent.events for i in e.target if (a := sent.actor(i))), [
        e.to_dict() for e in sent.events
    ]
    promised = run_text("The prime minister promised to send more soldiers to the region.")
    assert not any(e.target for e in promised.events if e.trigger.text == "promised")
    # forces attacked are a target
    vowed = run_text("The rebels vowed to attack government soldiers.")
    assert any(e.target for e in vowed.events if e.trigger.text == "vowed")


def test_implicit_clashes_told_without_sides_have_no_unidentified_attackers(
    run_text: Any,
) -> None:
    result = run_text("Communal clashes in Godhra left six people dead on Tuesday.")
    event = next(e for e in result.events if e.type == "ASSAULT")
    assert event.source == []
