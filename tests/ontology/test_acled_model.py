"""The learned ACLED sub-event classifier: features, the rules-first decision, the packaged
weights, and a training run that is repeatable."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from eventwire.ontology import acled_model
from eventwire.ontology.acled_model import NO_CODE, AcledModel, Evidence, decide, features
from eventwire.records import Acled

REPO = Path(__file__).resolve().parents[2]
BATTLE = Acled("Battles", "Armed clash")


def _evidence(words: set[str], rule: Acled | None = BATTLE) -> Evidence:
    return Evidence(
        "ASSAULT", None, frozenset({"MIL"}), frozenset({"REB"}), frozenset(words), False, rule
    )


def _model(threshold: float) -> AcledModel:
    # One feature that pulls hard towards "Air/drone strike".
    return AcledModel(
        classes=("Air/drone strike", "Armed clash", NO_CODE),
        event_types={"Air/drone strike": "Explosions/Remote violence", "Armed clash": "Battles"},
        intercept=(0.0, 0.0, 0.0),
        weights={"w=warplane": (4.0, 0.0, 0.0)},
        min_probability=threshold,
    )


def test_features_keep_telling_words_and_the_rules_answer() -> None:
    feats = features(_evidence({"the", "warplane", "bomb the", "fighter jet", "2021"}))
    assert "w=warplane" in feats and "w=fighter jet" in feats
    assert not {"w=the", "w=bomb the", "w=2021"} & set(feats)
    assert {"type=ASSAULT", "rule=Armed clash", "src=MIL", "tgt=REB"} <= set(feats)
    assert features(_evidence({"b", "a"})) == features(_evidence({"a", "b"}))


def test_decide_keeps_the_rules_unless_the_model_is_confident() -> None:
    confident = _evidence({"warplane"})
    assert decide(confident, _model(0.5)) == Acled("Explosions/Remote violence", "Air/drone strike")
    assert decide(confident, _model(0.99)) == BATTLE  # not confident enough
    assert decide(_evidence({"rifle"}), _model(0.0)) == BATTLE  # a tie keeps the rule


def test_decide_may_withhold_a_code() -> None:
    model = AcledModel(
        classes=("Armed clash", NO_CODE),
        event_types={"Armed clash": "Battles"},
        intercept=(0.0, 0.0),
        weights={"w=flood": (0.0, 5.0)},
        min_probability=0.5,
    )
    assert decide(_evidence({"flood"}), model) is None


def test_packaged_model_is_consistent() -> None:
    model = acled_model.builtin_model()
    if model is None:
        pytest.skip("no packaged ACLED model")
    assert NO_CODE in model.classes and 0.0 <= model.min_probability <= 1.01
    assert set(model.event_types) == set(model.classes) - {NO_CODE}
    assert all(len(row) == len(model.classes) for row in model.weights.values())
    assert AcledModel.from_dict(model.to_dict()) == model


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs scikit-learn")
def test_training_the_same_examples_gives_the_same_weights() -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_acled
    finally:
        sys.path.pop(0)
    examples = [
        (_evidence({"warplane", "bombed"}), "Air/drone strike"),
        (_evidence({"jet", "warplane"}), "Air/drone strike"),
        (_evidence({"clashed", "rifle"}), "Armed clash"),
        (_evidence({"rifle", "fought"}), "Armed clash"),
        (_evidence({"flood", "rain"}, rule=None), NO_CODE),
        (_evidence({"flood", "storm"}, rule=None), NO_CODE),
    ]
    first = json.dumps(train_acled.fit(examples, 1.0).to_dict(), sort_keys=True)
    second = json.dumps(train_acled.fit(list(examples), 1.0).to_dict(), sort_keys=True)
    assert first == second


def test_decide_adds_no_code_to_a_cooperative_event_the_rules_left_uncoded() -> None:
    model = AcledModel(
        classes=("Agreement", NO_CODE),
        event_types={"Agreement": "Strategic developments"},
        intercept=(0.0, 0.0),
        weights={"w=treaty": (5.0, 0.0)},
        min_probability=0.3,
    )
    agree = Evidence(
        "AGREE",
        None,
        frozenset(),
        frozenset(),
        frozenset({"treaty"}),
        False,
        None,
        material_conflict=False,
    )
    assert decide(agree, model) is None  # the training snippets say nothing of ordinary deals
    fight = Evidence("ASSAULT", None, frozenset(), frozenset(), frozenset({"treaty"}), False, None)
    assert decide(fight, model) == Acled("Strategic developments", "Agreement")
