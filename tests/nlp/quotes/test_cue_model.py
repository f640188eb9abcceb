"""The learned cue scorer (``quotes/cue_model.py``, ``quotes/data/cue_model.json``), the script
that trains it (``scripts/train_cue_model.py``) and the stances the quote stage reads from it."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
import spacy
from tests.nlp.quotes.conftest import script_module

from eventwire.nlp.quotes import cue_model
from eventwire.nlp.quotes.cue_model import CueModel, builtin_model, features, shape
from eventwire.nlp.quotes.words import listed

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def train() -> ModuleType:
    return script_module("train_cue_model")


def _token(nlp: spacy.language.Language, text: str, word: str) -> spacy.tokens.Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The senator cheered the decision to close the plant.", "cheered", "verb"),
        ("Many farmers are grateful for the rain this spring.", "grateful", "adj"),
        ("The mayor's pledge to rebuild the bridge won praise.", "pledge", "noun"),
        ("It rained on the parade for three hours.", "rained", None),
    ],
)
def test_a_candidate_has_the_shape_of_a_cue(
    nlp: spacy.language.Language, text: str, word: str, kind: str | None
) -> None:
    assert shape(_token(nlp, text, word)) == kind


def test_features_read_the_particle_the_subject_and_the_tense(
    nlp: spacy.language.Language,
) -> None:
    tok = _token(nlp, "She bristled at the suggestion that she would quit.", "bristled")
    feats = features(tok, "verb")
    assert {"k=verb", "l=bristle|verb", "s=pron", "kp=verb|at", "t=VBD"} <= set(feats)
    assert feats == sorted(set(feats))


def test_features_pair_the_verb_with_its_object_and_what_the_object_takes(
    nlp: spacy.language.Language,
) -> None:
    text = "The senator expressed her concern about the closing of the mill."
    feats = set(features(_token(nlp, text, "expressed"), "verb"))
    assert {"d=dobj", "ol=concern", "vo=express|concern", "op=concern|about"} <= feats
    feats = set(features(_token(nlp, "She took the view that the tax was unfair.", "took"), "verb"))
    assert {"vo=take|view", "oc=acl|that"} <= feats


def test_features_pair_the_verb_with_the_predicate_it_takes(
    nlp: spacy.language.Language,
) -> None:
    tok = _token(nlp, "The governor made it plain that the vote would go ahead.", "made")
    assert "vx=make|plain" in features(tok, "verb")


def test_a_verb_without_a_subject_borrows_the_one_it_is_joined_to(
    nlp: spacy.language.Language,
) -> None:
    text = "The growers met on Monday and cheered the plan to cut the levy."
    tok = _token(nlp, text, "cheered")
    assert shape(tok) == "verb"
    assert {"borrowed", "s=noun"} <= set(features(tok, "verb"))
    assert "borrowed" not in features(_token(nlp, text, "met"), "verb")


def test_the_model_round_trips_and_scores_with_sparse_and_dense_weights() -> None:
    model = CueModel(-1.0, {"k=verb": 1.0}, (0.5, 0.0), 0.5, {"examples": 2})
    again = CueModel.from_dict(model.to_dict())
    assert again == model
    dense = np.asarray([2.0, 3.0], np.float32)
    assert again.probability(["k=verb", "unknown"], dense) == pytest.approx(1 / (1 + np.exp(-1)))


def test_the_packaged_model_scores_only_words_no_list_names() -> None:
    model = builtin_model()
    assert model is not None and 0.0 < model.threshold <= 1.0
    lemmas = {f.split("=", 1)[1].split("|")[0] for f in model.weights if f.startswith("l=")}
    assert lemmas and not any(listed(w) for w in lemmas)


def _accepting(*lemmas: str) -> CueModel:
    """A model that accepts the given verbs and nothing else."""
    return CueModel(-5.0, {f"l={w}|verb": 10.0 for w in lemmas}, (), 0.5)


def test_a_scored_verb_is_a_stance_of_its_subject(
    run_text: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "builtin_model", lambda: _accepting("relish"))
    result = run_text("The senator relishes the role of underdog in the race.")
    found = [q for q in result.quotes if not q.direct]
    assert [q.content.text for q in found] == ["the role of underdog in the race"]
    assert found[0].speaker_span is not None and found[0].speaker_span.text == "The senator"


def test_a_scored_verb_needs_someone_to_hold_it(
    run_text: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "builtin_model", lambda: _accepting("relish"))
    result = run_text("The new budget relishes the chance to cut taxes.")
    assert not result.quotes


def test_a_scored_verb_whose_object_is_only_a_reflexive_says_nothing(
    run_text: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "builtin_model", lambda: _accepting("distance"))
    result = run_text("The senator distanced herself quickly from the mayor.")
    assert [q for q in result.quotes if not q.direct and q.content.text == "herself"] == []


def test_a_physical_act_is_never_a_scored_stance(
    run_text: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cue_model, "builtin_model", lambda: _accepting("shell", "burn"))
    result = run_text("The army shelled the town and soldiers burned the market.")
    assert not result.quotes


def test_training_is_deterministic_and_learns_the_invented_cue(train: ModuleType) -> None:
    vector = np.zeros(4, np.float32)
    data = [
        train.Example(f"a{k}", ["k=verb", f"l={w}|verb"], vector, cue)
        for k, (w, cue) in enumerate([("fret", True)] * 6 + [("paint", False)] * 6)
    ]
    first, second = train.fit(data, 1.0), train.fit(data, 1.0)
    assert first.to_dict() == second.to_dict()
    assert first.probability(["k=verb", "l=fret|verb"], vector) > 0.5
    assert first.probability(["k=verb", "l=paint|verb"], vector) < 0.5


def test_the_threshold_is_the_lowest_that_keeps_the_lists_precision(train: ModuleType) -> None:
    # threshold → (found, predicted, lists' found, lists' predicted)
    scores = {0.3: (60, 130, 50, 100), 0.5: (57, 120, 50, 100), 0.7: (55, 108, 50, 100)}
    assert train.choose(scores) == 0.7
    assert train.choose({0.3: (40, 130, 50, 100)}) == 1.0
