"""How news tells of arrests and other acts: hyphenated compounds the tokenizer splits
("cease-fire"), acts only asked for or allowed ("orders to arrest anyone"), crimes named as a
charge, and conflictual acts stated as intentions. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from eventwire.nlp.events.lexicon import load_lexicon, only_asked_for
from eventwire.nlp.pipeline import load_base
from eventwire.records import ArticleResult, Event


@pytest.fixture(scope="module")
def model() -> Language:
    return load_base()


def _police_events(result: ArticleResult) -> list[Event]:
    police = {a.id for a in result.actors if a.sector == "COP"}
    return [e for e in result.events if police & set(e.source)]


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        # a hyphenated compound split by the tokenizer is looked up whole
        ("The two sides agreed a cease-fire on Monday.", "fire", "RETREAT ceasefire"),
        ("Government troops re-captured the town on Sunday.", "captured", "COERCE"),
    ],
)
def test_hyphenated_lexicon_rows(model: Language, text: str, word: str, type_: str) -> None:
    doc = model(text)
    tok = next(t for t in doc if t.text == word)
    entry = load_lexicon().lookup(tok)
    assert entry is not None
    assert type_ in (entry.type, f"{entry.type} {entry.mode}")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The collector issued orders to arrest anyone found looting shops.", "arrest"),
        ("If they object, the police are free to arrest me.", "arrest"),
        ("Similar arrangements for detaining the marchers were made at the border.", "detaining"),
        ("The opposition demanded the arrest of the minister.", "arrest"),
        ("He said it was a fit case for arrest under the new law.", "arrest"),
        ("The panel suggested that the organisers be detained.", "detained"),
    ],
)
def test_acts_only_asked_for_are_no_triggers(model: Language, text: str, word: str) -> None:
    doc = model(text)
    tok = next(t for t in doc if t.text == word)
    assert only_asked_for(tok)
    assert load_lexicon().lookup(tok) is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police arrested the organisers of the rally.", "arrested"),
        ("The arrest of the mayor angered his supporters.", "arrest"),
        ("Troops were sent to the town to restore order.", "restore"),
    ],
)
def test_acts_done_are_not_only_asked_for(model: Language, text: str, word: str) -> None:
    tok = next(t for t in model(text) if t.text == word)
    assert not only_asked_for(tok)


def test_orders_to_arrest_give_no_arrest(run_text: Any) -> None:
    result = run_text("The district magistrate issued orders to arrest anyone breaking curfew.")
    assert not [e for e in result.events if e.mode == "arrest"]


def test_crime_charged_is_not_the_charging_polices_act(run_text: Any) -> None:
    result = run_text("Police arrested the two shopkeepers for murder and arson.")
    assert any(e.mode == "arrest" for e in _police_events(result))
    assert not [e for e in _police_events(result) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Minsk said it would cut gas supplies to Vilnius unless the debt was paid.",
        "The government said it will nationalize the foreign-owned copper mines.",
    ],
)
def test_conflictual_intentions_are_threats(run_text: Any, text: str) -> None:
    result = run_text(text)
    assert max(result.events, key=lambda e: e.confidence).type == "THREATEN"


def test_tear_gas_shells_are_crowd_control_not_heavy_weapons(run_text: Any) -> None:
    result = run_text("Riot police fired tear gas shells at the students in Dhaka.")
    assault = next(e for e in result.events if e.type == "ASSAULT")
    assert assault.mode == "crowd-control"


@pytest.mark.parametrize(
    "text",
    [
        "nagpur: four men died in police firing near the grain market.",
        "six villagers died in the police firing outside the mill.",
        "more protesters died in police firing than in the stampede.",
        "Three farmers were killed in police firing at the toll plaza.",
    ],
)
def test_deaths_in_police_firing_are_the_polices_killing(run_text: Any, text: str) -> None:
    """Regression: "died in police firing" named no act (a gerund the police own), so the
    deaths had no doer and the article no police killing."""
    result = run_text(text)
    shots = [e for e in _police_events(result) if e.type == "ASSAULT"]
    assert shots
    assert any(e.casualties.killed is not None for e in shots)


def test_firing_of_a_coach_is_no_assault(run_text: Any) -> None:
    result = run_text("The club confirmed the firing of its head coach on Friday.")
    assert not [e for e in result.events if e.type == "ASSAULT"]
