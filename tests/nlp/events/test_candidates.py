"""Lexicon words that name no act where they stand: phrases of news-writing, descriptions, doers
named as a class ("rebels who surrender"), a body named like an act ("Amnesty"), a reporter's
inquiry, and ordinary wordings of rows (permits granted, a delegation arriving)."""

from __future__ import annotations

from typing import Any

import pytest


def test_candidates_asking_not_to_be_named_is_no_request(run_text: Any) -> None:
    result = run_text("Soldiers shot a farmer, said a witness who asked not to be identified.")
    assert [e.type for e in result.events] == ["ASSAULT"], [e.to_dict() for e in result.events]


def test_candidates_charged_with_a_duty_is_no_accusation(run_text: Any) -> None:
    result = run_text("Border guards charged with protecting the dam were praised by the mayor.")
    assert all(e.type != "ACCUSE" for e in result.events), [e.to_dict() for e in result.events]
    for charge in ("smuggling fuel", "leading the mutiny", "running a gambling ring"):
        result = run_text(f"Two border guards were charged with {charge}.")
        assert any(e.type == "ACCUSE" for e in result.events), charge


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for a militia opposed to the council said nothing more.",
        "The governor did not respond to a request for comment.",
    ],
)
def test_candidates_descriptions_and_reporters_requests_are_no_events(
    run_text: Any, text: str
) -> None:
    result = run_text(text)
    assert result.events == [], [e.to_dict() for e in result.events]


def test_candidates_opposed_by_someone_is_an_act(run_text: Any) -> None:
    result = run_text("A mayor opposed by most councillors resigned on Friday.")
    assert any(e.trigger.text == "opposed" for e in result.events)


def test_candidates_names_released_are_published_not_freed(run_text: Any) -> None:
    result = run_text("The sheriff will release the names of the dead on Monday.")
    assert result.events == [], [e.to_dict() for e in result.events]
    result = run_text("The kidnappers released four nurses on Monday.")
    assert [e.trigger.text for e in result.events] == ["released"]


@pytest.mark.parametrize(
    "text",
    [
        "The committee charged with organising the vote met on Monday.",
        "A task force charged with running the camps was disbanded.",
    ],
)
def test_candidates_a_body_charged_with_a_task_is_accused_of_nothing(
    run_text: Any, text: str
) -> None:
    result = run_text(text)
    assert all(e.type != "ACCUSE" for e in result.events), [e.to_dict() for e in result.events]


@pytest.mark.parametrize(
    "text",
    ["Security forces were charged with beating detainees.", "The agency was charged with fraud."],
)
def test_candidates_forces_or_bodies_charged_in_the_passive_are_accused(
    run_text: Any, text: str
) -> None:
    assert any(e.type == "ACCUSE" for e in run_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "The agency charged three officers with torturing detainees.",
        "A police unit was charged with shooting marchers.",
    ],
)
def test_candidates_a_body_that_charges_or_is_charged_with_a_crime_accuses(
    run_text: Any, text: str
) -> None:
    assert any(e.type == "ACCUSE" for e in run_text(text).events)


def test_candidates_a_word_modifying_a_noun_is_no_act_even_tagged_a_verb(run_text: Any) -> None:
    # the tagger reads a sentence-initial "Aid" as a verb; "Aid groups" are an actor
    result = run_text("Aid groups say hunger has spread across the camp.")
    assert not [e.type for e in result.events if e.type == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        # people called "the accused", as court and police reports write
        "Raids were on to trace four other accused.",
        "The accused was produced before a magistrate.",
        # the offence a charge or a law's section names
        "A case was registered under sections of rioting and arson.",
        "He faces two counts of assault.",
    ],
)
def test_candidates_the_accused_and_named_offences_are_no_events(run_text: Any, text: str) -> None:
    result = run_text(text)
    words = ("accused", "rioting", "arson", "assault")
    assert not [e for e in result.events if e.trigger.text in words], [
        e.to_dict() for e in result.events
    ]


def test_candidates_an_accusation_is_still_one(run_text: Any) -> None:
    result = run_text("Rights groups accused the army of torturing detainees.")
    assert any(e.type == "ACCUSE" for e in result.events)


def test_candidates_no_act_after_the_in_a_name(run_text: Any) -> None:
    result = run_text("The Committee for the Release of Jailed Poets condemned the verdict.")
    assert [e.trigger.text for e in result.events] == ["condemned"]


@pytest.mark.parametrize(
    "text",
    [
        "No group claimed responsibility, but the Islamic State has carried out similar attacks.",
        "Such killings have become common in the province.",
        "The militia has carried out similar raids in the valley in recent months.",
        "Such rallies are banned in the capital.",
        "Police arrested two men suspected of carrying out similar bombings.",
    ],
)
def test_candidates_a_kind_of_act_is_no_event(run_text: Any, text: str) -> None:
    assert [e for e in run_text(text).events if e.type in ("ASSAULT", "PROTEST")] == []


@pytest.mark.parametrize(
    "text",
    [
        "A similar protest took place in Lyon on Saturday.",  # a day of its own
        "Rights groups condemned such killings by the police.",  # one act condemned
    ],
)
def test_candidates_a_similar_act_told_as_one_is_an_event(run_text: Any, text: str) -> None:
    assert run_text(text).events


@pytest.mark.parametrize(
    ("text", "kept", "label"),
    [
        ("The senator called the detention a kidnapping.", "detention", "kidnapping"),
        ("Witnesses described the raid as a massacre.", "raid", "massacre"),
        ("The mayor labelled the shooting an act of terrorism.", "shooting", "terrorism"),
        ("Machado called the detention illegal.", "detention", None),
    ],
)
def test_candidates_a_name_given_to_an_act_is_no_second_act(
    run_text: Any, text: str, kept: str, label: str | None
) -> None:
    triggers = {e.trigger.text for e in run_text(text).events}
    assert kept in triggers
    assert label not in triggers


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("The senator called the minister a liar.", []),
        ("The president called his Chilean counterpart on Monday.", ["CONSULT"]),
        ("The union called for a strike.", ["REQUEST"]),
    ],
)
def test_candidates_calling_someone_names_is_no_call(
    run_text: Any, text: str, types: list[str]
) -> None:
    assert [e.type for e in run_text(text).events if e.trigger.text == "called"] == types


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The army retook the town after nearly two years of fighting.", False),
        ("The regime fell after months of protests.", False),
        # days of it may be one battle
        ("The town fell after three days of fighting.", True),
    ],
)
def test_candidates_an_act_going_on_for_months_or_years_is_background(
    run_text: Any, text: str, act: bool
) -> None:
    triggers = {e.trigger.text for e in run_text(text).events}
    assert (("fighting" in triggers) or ("protests" in triggers)) == act


@pytest.mark.parametrize(
    "text",
    [
        # a name given to something that is no act is the act
        "Rights groups described the operation as a massacre of civilians.",
        "The government declared a state of emergency effective from midnight.",
    ],
)
def test_candidates_a_name_given_to_no_act_is_the_act(run_text: Any, text: str) -> None:
    assert run_text(text).events


@pytest.mark.parametrize(
    "text",
    [
        "Armed gangs known locally as bandits often kidnap people for ransom in the region.",
        "Militants frequently attack army posts in the north.",
        "The group regularly attacks convoys on the highway, officials say.",
    ],
)
def test_candidates_a_habit_told_in_the_present_is_no_act(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert not result.events
    assert not [q for q in result.quotes if q.cue and q.cue.text.startswith("attack")]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits kidnapped 20 people for ransom on Monday.",
        "Militants often attacked army posts last year.",  # a past habit is kept, dated back
    ],
)
def test_candidates_acts_done_are_kept_beside_habits(run_text: Any, text: str) -> None:
    assert run_text(text).events


def test_candidates_a_habit_of_words_stays_a_stance(run_text: Any) -> None:
    result = run_text("The senator often attacks the governor's record on schools.")
    assert [q for q in result.quotes if q.cue and q.cue.text == "attacks"]


@pytest.mark.parametrize(
    "text",
    [
        "Suspected militants shot dead a migrant worker on Sunday, police said, the third such "
        "killing this month.",
        "Gunmen shot dead a teacher on Sunday, in the latest such attack in the province.",
    ],
)
def test_candidates_an_act_counted_among_its_kind_is_the_act_told_again(
    run_text: Any, text: str
) -> None:
    assert len(run_text(text).events) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Students blocked major intersections for 15 minutes in silence.",
        "Farmers blocked a border crossing with tractors on Monday.",
    ],
)
def test_candidates_ways_blocked_by_a_crowd_are_a_protest(run_text: Any, text: str) -> None:
    assert [(e.type, e.mode) for e in run_text(text).events] == [("PROTEST", "obstruct")]


@pytest.mark.parametrize(
    "text",
    [
        "A woman hurt by flying glass was treated and released.",
        "The injured man was released from hospital on Monday.",
    ],
)
def test_candidates_a_release_from_care_frees_no_captive(run_text: Any, text: str) -> None:
    assert not run_text(text).events


def test_candidates_captives_released_are_a_release(run_text: Any) -> None:
    assert [e.type for e in run_text("The rebels released two hostages on Monday.").events] == [
        "RETREAT"
    ]


def test_candidates_a_crime_units_name_condemns_no_one(run_text: Any) -> None:
    text = (
        "The crime branch arrested three men for running a fake call centre, police said on "
        "Wednesday."
    )
    assert [e.type for e in run_text(text).events] == ["COERCE"]


def test_candidates_a_campaign_rally_is_no_protest(run_text: Any) -> None:
    result = run_text("The senator held a campaign rally in Ohio on Saturday.")
    assert not [e for e in result.events if e.type == "PROTEST"]


def test_candidates_an_act_ranked_among_its_kind_is_the_act_told_again(run_text: Any) -> None:
    text = (
        "Paramilitary fighters killed more than 100 people in an attack on a village on "
        "Wednesday, activists said, the deadliest such attack in months."
    )
    assert len(run_text(text).events) == 1


def test_candidates_fire_exchanged_is_an_attack(run_text: Any) -> None:
    text = "Two gang members were hurt in an exchange of fire with the police on Saturday."
    assert "190" in [e.cameo for e in run_text(text).events]


def test_candidates_a_release_by_someone_stays_a_release(run_text: Any) -> None:
    result = run_text("The detained journalist was released by police on Monday.")
    assert [e.type for e in result.events] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets hit 10-15 targets in Gaza on Monday.",
        "Police beat 12-15 protesters in the square on Monday.",
    ],
)
def test_candidates_a_range_of_numbers_is_no_games_score(run_text: Any, text: str) -> None:
    assert [e.type for e in run_text(text).events] == ["ASSAULT"]


def test_candidates_a_plea_weighed_is_the_pleaders_not_the_weighers(run_text: Any) -> None:
    [event] = run_text("The court considered the appeal on Monday.").events
    assert not event.source and not event.aux.future


def test_who_does_an_act_as_a_class_does_no_act(run_text: Any) -> None:
    result = run_text("The president announced an amnesty for rebels who surrender.")
    assert not [e for e in result.events if e.type == "RETREAT"], [
        e.to_dict() for e in result.events
    ]


def test_an_actor_named_like_an_act_is_no_act(run_text: Any) -> None:
    result = run_text("Amnesty said the army had detained 40 villagers in the north.")
    assert [e.type for e in result.events] == ["COERCE"]


def test_a_reporters_inquiry_is_no_investigation(run_text: Any) -> None:
    text = "The ministry did not respond to an inquiry from the newspaper on Monday."
    assert not [e for e in run_text(text).events if e.cameo == "090"]


@pytest.mark.parametrize(
    "text",
    [
        "The government granted permits to three mining companies.",
        "The delegation arrived in Geneva on Monday.",
    ],
)
def test_ordinary_wordings_that_tell_no_act(run_text: Any, text: str) -> None:
    assert run_text(text).events == []
