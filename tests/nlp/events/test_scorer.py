"""The learned event-type scorer: word vectors, the model file, candidates, proposals, switch."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
from spacy.language import Language

from eventwire.config import load_settings
from eventwire.nlp.events.component import find_triggers, proposed_triggers
from eventwire.nlp.events.scorer import (
    NONE,
    TypeScorer,
    is_candidate,
    learned_entry,
    load_scorer,
    political_tokens,
    word_features,
    word_vectors,
)
from eventwire.nlp.pipeline import build_nlp, make_doc
from eventwire.ontology import PLOVER_TYPES
from eventwire.records import Article

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def _doc(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    return nlp(make_doc(nlp, Article(id="t", text=text)))


def _cos(a: str, b: str) -> float:
    va, vb = word_vectors().get(a), word_vectors().get(b)
    assert va is not None and vb is not None
    return float(va @ vb)


def test_word_vectors_are_unit_length_and_read_meaning() -> None:
    vec = word_vectors()
    assert len(vec.index) > 20_000
    assert abs(float(np.linalg.norm(vec.get("attack"))) - 1.0) < 0.01  # type: ignore[arg-type]
    assert _cos("arrest", "detain") > _cos("arrest", "donate") + 0.2
    assert _cos("negotiate", "bargain") > _cos("negotiate", "bomb") + 0.2
    assert vec.get("qzxv") is None
    assert not vec.mean(["qzxv"]).any()


def test_the_packaged_model_knows_every_type_and_none() -> None:
    scorer = load_scorer()
    assert NONE in scorer.classes and set(scorer.classes) <= set(PLOVER_TYPES) | {NONE}
    assert len(scorer.classes) >= 15  # the training data holds every type but one or two
    assert 0.0 < scorer.propose_at <= 1.0
    probs = scorer.probabilities(np.zeros(scorer.coef.shape[1], np.float32))
    assert abs(sum(probs.values()) - 1.0) < 1e-5


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Rebels ambushed an army convoy near Goma.", "ambushed", "ASSAULT"),
        ("The Turkish army shelled Kurdish positions in northern Syria.", "shelled", "ASSAULT"),
        ("The Kenyan government deported two British journalists.", "deported", "COERCE"),
    ],
)
def test_the_scorer_reads_listed_verbs_as_the_lexicon_does(
    nlp: Language, text: str, word: str, type_: str
) -> None:
    """Words the lexicon lists and the scorer never saw in a sentence: it must agree."""
    from eventwire.nlp.events.scorer import features

    doc = _doc(nlp, text)
    tok = next(t for t in doc if t.text == word)
    probs = load_scorer().probabilities(features(tok))
    assert max(probs, key=probs.__getitem__) == type_


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("A senior diplomat praised Ghana's efforts to reform its courts.", "praised", "SUPPORT"),
        ("Uganda granted political asylum to 30 Congolese soldiers.", "granted", "AID"),
    ],
)
def test_a_listed_word_in_a_whole_clause_keeps_its_type(
    nlp: Language, text: str, word: str, type_: str
) -> None:
    """Rows are trained with a typical clause, so a listed word read with its sentence around
    it is still its row's type, confidently enough to be proposed."""
    from eventwire.nlp.events.scorer import features

    doc = _doc(nlp, text)
    tok = next(t for t in doc if t.text == word)
    scorer = load_scorer()
    probs = scorer.probabilities(features(tok))
    assert max(probs, key=probs.__getitem__) == type_
    assert probs[type_] >= scorer.propose_at


def test_a_bare_row_takes_the_clause_it_is_given() -> None:
    dims = word_vectors().dims
    clause = np.full(dims, 0.5, np.float32)
    bare = word_features("arrest", "journalist", True)
    given = word_features("arrest", "journalist", True, clause)
    assert bare is not None and given is not None
    assert not bare[2 * dims : 3 * dims].any()
    assert np.array_equal(given[2 * dims : 3 * dims], clause)
    assert np.array_equal(bare[: 2 * dims], given[: 2 * dims])
    assert word_features("qzxv", None, True, clause) is None


def _train_type_scorer() -> ModuleType:
    """The training script ``scripts/train_type_scorer.py`` as a module."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_type_scorer
    finally:
        sys.path.pop(0)
    return train_type_scorer


def test_rows_are_trained_with_the_gold_triggers_mean_clause() -> None:
    """The typical clause is the mean over gold triggers only: a ``NONE`` word's clause is
    ordinary news, not the context of an act."""
    train = _train_type_scorer()
    dims = 2

    def example(clause: list[float], label: str) -> tuple[np.ndarray, str, str]:
        x = np.array([0.0] * (2 * dims) + clause + [1.0, 0.0, 1.0], np.float32)
        return x, label, "w"

    sents = [example([1.0, 0.0], "ASSAULT"), example([0.0, 1.0], "AID")]
    sents.append(example([9.0, 9.0], NONE))
    assert np.allclose(train.typical_clause(sents), [0.5, 0.5])


def test_candidates_need_a_political_actor_and_a_specific_verb(nlp: Language) -> None:
    doc = _doc(nlp, "The Indian navy rescued 20 fishermen off the coast of Kerala.")
    political = political_tokens(doc)
    assert is_candidate(next(t for t in doc if t.text == "rescued"), political)
    doc = _doc(nlp, "Maria Lopez rescued a kitten from a tree in her garden.")
    assert not is_candidate(next(t for t in doc if t.text == "rescued"), political_tokens(doc))
    doc = _doc(nlp, "The Indian navy said it was ready.")
    assert not any(is_candidate(t, political_tokens(doc)) for t in doc)


def test_a_confident_scorer_proposes_and_never_overrules_a_specific_row(nlp: Language) -> None:
    # "sheltered" is listed nowhere ("rescued" now is: a lexicon row for rescues)
    doc = _doc(nlp, "The Indian navy sheltered 20 fishermen off Kerala. Pakistan attacked a boat.")
    base = load_scorer()
    eager = dataclasses.replace(base, propose_at=0.0)
    listed = find_triggers(doc, nlp.get_pipe("eventwire_events").lexicon, eager)
    proposed = proposed_triggers(doc, listed, eager)
    sheltered = next(t.i for t in doc if t.text == "sheltered")
    attacked = next(t.i for t in doc if t.text == "attacked")
    assert sheltered in proposed and attacked not in proposed
    assert listed[attacked].type == "ASSAULT"
    assert proposed[sheltered].weight <= 0.6
    never = dataclasses.replace(base, propose_at=1.01)
    assert not proposed_triggers(doc, listed, never)
    # a word a NONE row refuses gets no guess either
    assert sheltered not in proposed_triggers(doc, listed, eager, refused={sheltered})


def test_learned_entries_take_the_type_default_code() -> None:
    entry = learned_entry("encircle", "ASSAULT", 0.93)
    assert (entry.type, entry.cameo, entry.mode, entry.weight) == ("ASSAULT", "190", None, 0.6)


def test_the_setting_switches_the_scorer_off() -> None:
    nlp = build_nlp(load_settings(overrides=["events.type_scorer=false"]))
    assert nlp.get_pipe("eventwire_events").scorer is None
    assert isinstance(build_nlp().get_pipe("eventwire_events").scorer, TypeScorer)


def test_a_violent_clause_does_not_make_every_verb_an_assault(nlp: Language) -> None:
    """The clause is read, but a word of its own meaning ("fled") is no attack for it."""
    doc = _doc(nlp, "Thousands of civilians fled the city as the army shelled rebel positions.")
    from eventwire.nlp.events.scorer import features

    fled = next(t for t in doc if t.text == "fled")
    scorer = load_scorer()
    assert scorer.probabilities(features(fled))["ASSAULT"] < scorer.propose_at


def _grid(train: ModuleType, accuracy: dict[tuple[float, float], list[float]]):  # type: ignore[no-untyped-def]
    """Invented cross-validation figures over the trainer's whole grid: every setting is
    perfectly accurate unless ``accuracy`` says otherwise (one figure per split), and a lower
    bar finds more events."""
    return {
        (c, t): [
            train.Figures(accuracy=a, found=round(1.0 - t, 2), proposed=10)
            for a in accuracy.get((c, t), [1.0, 1.0, 1.0])
        ]
        for c in train.CS
        for t in train.PROPOSE
    }


def test_the_trainer_takes_the_lowest_bar_that_holds_in_every_split() -> None:
    train = _train_type_scorer()
    c = train.CS[0]
    low = train.PROPOSE[0]
    accuracy = {(other, t): [0.5] * 3 for other in train.CS[1:] for t in train.PROPOSE}
    accuracy[(c, low)] = [0.95, 0.92, 0.91]
    assert train.choose(_grid(train, accuracy), 0.9) == (c, low)


def test_the_trainer_ignores_a_lucky_bar_below_a_worse_one() -> None:
    """Accuracy must hold at the bar and at every bar above it: 0.45 is accurate only by
    chance when 0.50 above it is not."""
    train = _train_type_scorer()
    accuracy = {(c, 0.5): [0.95, 0.85, 0.95] for c in train.CS}
    assert train.choose(_grid(train, accuracy), 0.9)[1] == 0.55


def test_the_trainer_asks_every_split_not_the_average() -> None:
    train = _train_type_scorer()
    accuracy = {(c, t): [0.99, 0.99, 0.89] for c in train.CS for t in train.PROPOSE if t < 0.7}
    assert train.choose(_grid(train, accuracy), 0.9)[1] == 0.7


def test_the_trainer_keeps_the_replaced_models_bar_unless_lower_costs_nothing() -> None:
    """Below the floor a bar must be as accurate, in every split, as the floor's median."""
    train = _train_type_scorer()
    accuracy = {(c, t): [0.93] * 3 for c in train.CS for t in train.PROPOSE if t < 0.7}
    accuracy |= {(c, 0.7): [0.96] * 3 for c in train.CS}
    assert train.choose(_grid(train, accuracy), 0.9)[1] == 0.4
    assert train.choose(_grid(train, accuracy), 0.9, floor=0.7)[1] == 0.7
    accuracy |= {(c, t): [0.97] * 3 for c in train.CS for t in train.PROPOSE if t < 0.7}
    assert train.choose(_grid(train, accuracy), 0.9, floor=0.7)[1] == 0.4


def test_the_first_split_folds_words_as_before() -> None:
    train = _train_type_scorer()
    assert train._fold("shell", 5) == train._fold("shell", 5, split=0)
    folds = {train._fold(w, 5, split) for w in ("shell", "arrest") for split in range(5)}
    assert len(folds) > 1


def test_the_floor_read_from_a_float32_model_file_is_its_own_bar() -> None:
    """A packaged bar of 0.55 reads back as 0.5500000119: the floor is still 0.55."""
    train = _train_type_scorer()
    accuracy = {(c, t): [0.93] * 3 for c in train.CS for t in train.PROPOSE if t < 0.55}
    accuracy |= {(c, 0.55): [0.97] * 3 for c in train.CS}  # short of 0.60's, above 0.90
    floor = float(np.float32(0.55))
    assert train.choose(_grid(train, accuracy), 0.9, floor=floor)[1] == 0.55


@pytest.mark.parametrize("floor", ["2", "-0.1"])
def test_the_trainer_refuses_a_floor_that_is_no_probability(
    floor: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        _train_type_scorer().main(["--dry-run", "--floor", floor])
    assert "--floor must be a probability" in capsys.readouterr().err
