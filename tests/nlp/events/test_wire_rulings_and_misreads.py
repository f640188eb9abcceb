"""Invented wire leads: a lead the parser read as a noun phrase is parsed again,
court rulings are acts, a passive coup takes its doers from its by-phrase, a bomb told by "one"
is a second act, and the ACLED code of one act is not read from the verb of another joined to
it. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.events.wire import event_of, names_of


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Police in Tarvel tear-gassed protesters on Wednesday.", "gassed", "police"),
        ("Police tear-gassed students outside the university in Tarvel.", "gassed", "police"),
        ("Riot police pepper-sprayed demonstrators outside parliament.", "sprayed", "riot police"),
    ],
)
def test_a_hyphened_verb_of_crowd_control_is_an_assault(
    run_text: Any, text: str, trigger: str, source: str
) -> None:
    event = event_of(run_text(text), "ASSAULT")
    assert event.trigger.text == trigger
    assert event.mode == "crowd-control"
    assert source in names_of(run_text(text), event.source)


def test_a_lead_read_as_a_noun_phrase_is_parsed_again(run_text: Any) -> None:
    result = run_text("Dock workers in Mombasa downed tools on Monday over unpaid wages.")
    event = event_of(result, "PROTEST")
    assert event.trigger.text == "downed"
    assert "workers" in names_of(result, event.source)


def test_a_verbless_headline_stays_without_an_act(run_text: Any) -> None:
    assert not run_text("Wounded soldiers in a hospital in Tarvel.").events


@pytest.mark.parametrize(
    "text",
    [
        "A court in Tarvel found the former minister guilty of fraud on Tuesday.",
        "The tribunal declared the ex-governor guilty of embezzlement.",
    ],
)
def test_a_guilty_verdict_is_a_conviction(run_text: Any, text: str) -> None:
    event = event_of(run_text(text), "SANCTION")
    assert event.cameo == "116"


@pytest.mark.parametrize(
    "text",
    [
        "A court found the former minister not guilty of fraud.",
        "Inspectors found the bridge unsafe after the storm.",
    ],
)
def test_a_finding_of_no_guilt_is_no_conviction(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.cameo == "116"]


@pytest.mark.parametrize(
    "text",
    [
        "An inquiry found the police chief liable for the deaths of protesters.",
        "The auditor found the ministry liable for the losses.",
        "The government declared the rebels guilty of treason.",
    ],
)
def test_only_a_court_convicts(run_text: Any, text: str) -> None:
    assert not [e for e in run_text(text).events if e.cameo == "116"]


def test_found_guilty_with_no_finder_is_a_conviction(run_text: Any) -> None:
    text = "The former minister was found guilty of fraud on Tuesday."
    assert event_of(run_text(text), "SANCTION").cameo == "116"


@pytest.mark.parametrize(
    "text",
    [
        "Families of kidnapped schoolgirls near Gao.",
        "Opposition leader's detained aides in Tarvel.",
        "Members of banned groups in Tarvel.",
    ],
)
def test_a_past_form_after_a_preposition_or_possessive_is_no_act_of_the_noun_before(
    run_text: Any, text: str
) -> None:
    result = run_text(text)
    assert not [e for e in result.events if e.confidence > 0.5], [
        e.to_dict() for e in result.events
    ]


def test_headlines_run_together_are_not_parsed_again_as_one(run_text: Any) -> None:
    text = "Police in Tarvel tear-gassed protesters\nWorkers in Kandor downed tools\n"
    result = run_text(text)
    assert not [e for e in result.events if "workers" in names_of(result, e.target)]


def test_an_attack_by_a_site_names_no_doer(run_text: Any) -> None:
    result = run_text("Two soldiers were killed in an attack by the army base in Kidal.")
    killed = next(e for e in result.events if e.trigger.text == "killed")
    assert "army" not in names_of(result, killed.source)


def test_cleared_of_charges_hung_on_the_object_is_an_acquittal(run_text: Any) -> None:
    text = "The high court cleared the opposition leader of treason charges on Friday."
    event = event_of(run_text(text), "CONCEDE")
    assert event.trigger.text == "cleared"


def test_a_coup_told_in_the_passive_takes_its_doers_from_the_by_phrase(run_text: Any) -> None:
    result = run_text("The president was ousted in a coup by army officers on Sunday.")
    event = event_of(result, "COERCE")
    assert "officers" in names_of(result, event.source)
    assert "president" in names_of(result, event.target)


def test_a_bomb_told_by_one_is_a_second_act(run_text: Any) -> None:
    text = (
        "A car bomb killed seven policemen in Mogadishu, a day after one was set off by a"
        " suicide bomber in Baidoa."
    )
    result = run_text(text)
    acts = {e.trigger.text: e for e in result.events if e.type == "ASSAULT"}
    assert set(acts) == {"killed", "set"}, [e.to_dict() for e in result.events]
    # each where its own clause puts it: the bomb set off in the other town
    places = {e: result.place(acts[e].place) for e in acts}
    assert {e: p.name if p else None for e, p in places.items()} == {
        "killed": "Mogadishu",
        "set": "Baidoa",
    }


def test_setting_off_a_bomb_is_an_assault(run_text: Any) -> None:
    event = event_of(run_text("Militants set off a bomb near a market in Kandor."), "ASSAULT")
    assert event.trigger.text == "set"


def test_setting_off_a_charge_is_no_bombing(run_text: Any) -> None:
    result = run_text("Police set off a charge against the crowd in Tarvel.")
    assert not [e for e in result.events if e.mode == "explosives"]


def test_a_states_deportation_gets_no_acled_code(run_text: Any) -> None:
    event = event_of(run_text("Soldiers deported 300 migrants to Niger on Monday."), "COERCE")
    assert event.acled is None


@pytest.mark.parametrize("joint", [" and detained", ", then detained"])
def test_joined_clauses_keep_their_own_acled_codes_and_doers(run_text: Any, joint: str) -> None:
    text = f"Soldiers forced villagers near Kidal to leave their homes on Monday{joint} five men."
    result = run_text(text)
    forced = next(e for e in result.events if e.trigger.text == "forced")
    detained = next(e for e in result.events if e.trigger.text == "detained")
    assert forced.acled is not None and forced.acled.sub_event_type == "Other"
    assert detained.acled is not None and detained.acled.sub_event_type == "Arrests"
    assert "soldiers" in names_of(result, detained.source)


def test_then_hung_on_the_verb_before_still_tells_its_doers_next_act(run_text: Any) -> None:
    result = run_text("He said troops arrived in the village, then opened fire on the crowd.")
    event = next(e for e in result.events if e.trigger.text == "opened")
    assert "troops" in names_of(result, event.source)
