"""The learned prominence: a sentence's main reported act outranks acts told in its relative or
adverbial clauses, later conjuncts and nouns inside other acts. Every sentence here is invented."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Token

from eventwire.nlp.events.prominence import (
    FEATURES,
    clause_features,
    learned_weights,
    prominence,
)
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def model() -> Language:
    return load_base()


def _word(model: Language, text: str, word: str) -> Token:
    return next(t for t in model(text) if t.lower_ == word)


def test_prominence_weights_cover_every_feature_and_never_raise() -> None:
    weights = learned_weights()
    assert set(weights) == set(FEATURES)
    assert all(w <= 0.0 for w in weights.values())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The navy seized a cargo ship off the coast.", "seized"),
        # the content of a verb of saying is the reported act, not an embedded one
        ("The ministry said that the navy seized a cargo ship.", "seized"),
    ],
)
def test_prominence_main_act_is_whole(model: Language, text: str, word: str) -> None:
    assert prominence(_word(model, text, word), "V") == 1.0


@pytest.mark.parametrize(
    ("text", "word", "main"),
    [
        (
            "The rebels signed a truce in the valley where troops burned a village.",
            "burned",
            "signed",
        ),
        ("The envoy left the capital after militias shelled the airport.", "shelled", "left"),
    ],
)
def test_prominence_embedded_act_weighs_less(
    model: Language, text: str, word: str, main: str
) -> None:
    doc = model(text)
    tok, head = (next(t for t in doc if t.lower_ == w) for w in (word, main))
    assert prominence(tok, "V", {tok.i, head.i}) < 1.0
    # told alone in its sentence, the embedded act is the sentence's act
    assert prominence(tok, "V", {tok.i}) == 1.0


def test_prominence_later_conjunct_weighs_less_only_after_an_act(model: Language) -> None:
    doc = model("The council approved the budget but rejected the new tax.")
    approved, rejected = (next(t for t in doc if t.lower_ == w) for w in ("approved", "rejected"))
    assert prominence(rejected, "V", {approved.i, rejected.i}) < 1.0
    # "approved" told no act here: "rejected" is its clause's act
    assert prominence(rejected, "V", {rejected.i}) == 1.0


def test_prominence_noun_weighs_less_than_verb(model: Language) -> None:
    doc = model("Farmers joined the march and blocked the road to the capital.")
    tok, other = (next(t for t in doc if t.lower_ == w) for w in ("march", "blocked"))
    acts = {tok.i, other.i}
    assert prominence(tok, "N", acts) < prominence(tok, "V", acts) <= 1.0


def test_prominence_condition_counts_as_an_adverbial_clause(model: Language) -> None:
    tok = _word(model, "The rebels will free the hostages if the army withdraws.", "withdraws")
    counts = clause_features(tok, "V")
    assert counts["adverbial"] == counts["condition"] == 1.0


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a later conjunct with a more reliable word does not outrank the first
        (
            "Niger released twenty prisoners on Monday but refused to free the opposition leader.",
            "released",
        ),
        (
            "Malawi donated maize to the drought-hit districts but refused a loan from the lender.",
            "donated",
        ),
        # an act told in an adverbial or relative clause is the background, not the news
        (
            "Ghana recalled its ambassador after Togo expelled two diplomats and arrested a "
            "journalist.",
            "recalled",
        ),
        (
            "The rebels agreed to a ceasefire in the province where soldiers killed twelve "
            "villagers last week.",
            "agreed",
        ),
        # the content of a verb of saying is the act
        ("The opposition said the army had shelled two villages.", "shelled"),
    ],
)
def test_prominence_top_event_is_the_main_act(run_text: Any, text: str, trigger: str) -> None:
    result = run_text(text)
    top = max(result.events, key=lambda e: e.confidence)
    assert top.trigger.text == trigger
    assert all(0.0 <= e.confidence <= 1.0 for e in result.events)


def test_prominence_a_conjunct_with_its_own_subject_is_a_main_clause(model: Language) -> None:
    text = "Ruritania struck the port on Monday, and the rebels fired rockets at the capital."
    fired = _word(model, text, "fired")
    assert prominence(fired, "V", {fired.head.i, fired.i}) == 1.0
    text = "Ruritania struck the port on Monday and fired rockets at the capital."
    fired = _word(model, text, "fired")
    assert prominence(fired, "V", {fired.head.i, fired.i}) < 1.0
