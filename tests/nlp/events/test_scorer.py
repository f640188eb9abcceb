"""The learned event-type scorer: word vectors, the model file, candidates, proposals, switch."""

from __future__ import annotations

import dataclasses

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
    word_vectors,
)
from eventwire.nlp.pipeline import build_nlp, make_doc
from eventwire.ontology import PLOVER_TYPES
from eventwire.records import Article


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


def test_learned_entries_take_the_type_default_code() -> None:
    entry = learned_entry("encircle", "ASSAULT", 0.93)
    assert (entry.type, entry.cameo, entry.mode, entry.weight) == ("ASSAULT", "190", None, 0.6)


def test_the_setting_switches_the_scorer_off() -> None:
    nlp = build_nlp(load_settings(overrides=["events.type_scorer=false"]))
    assert nlp.get_pipe("eventwire_events").scorer is None
    assert isinstance(build_nlp().get_pipe("eventwire_events").scorer, TypeScorer)
