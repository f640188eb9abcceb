"""The learned ACLED sub-event classifier: features, the rules-first decision, the packaged
weights, and a training run that is repeatable."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from eventwire.eval.case2021 import ACLED_OF_LABEL, OUTSIDE_ACLED
from eventwire.extract import Pipeline
from eventwire.nlp.pipeline import load_base
from eventwire.ontology import acled_model
from eventwire.ontology.acled_model import (
    NO_CODE,
    REPORT,
    AcledModel,
    Evidence,
    code_report,
    decide,
    dense_features,
    features,
    report_evidence,
)
from eventwire.records import Acled

REPO = Path(__file__).resolve().parents[2]
NOTES = REPO / "scripts" / "data" / "acled_notes.jsonl"
BATTLE = Acled("Battles", "Armed clash")


def _evidence(words: set[str], rule: Acled | None = BATTLE) -> Evidence:
    """An event of a short report whose only sentence has these words."""
    return Evidence(
        "ASSAULT",
        None,
        frozenset({"MIL"}),
        frozenset({"REB"}),
        frozenset(words),
        False,
        rule,
        context_words=frozenset(words),
    )


def _train_acled() -> ModuleType:
    """The training script ``scripts/train_acled.py`` as a module."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_acled
    finally:
        sys.path.pop(0)
    return train_acled


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
    assert "w=warplane" in feats
    # No stop words, numbers or phrases: a phrase tells through its cue family ("fighter jet").
    assert not {"w=the", "w=bomb the", "w=2021", "w=fighter jet"} & set(feats)
    phrase = features(_evidence({"police", "fire", "tear gas"}))
    assert "fam=intervention" in phrase and "w=tear gas" not in phrase
    assert {"type=ASSAULT", "rule=Armed clash", "src=MIL", "tgt=REB"} <= set(feats)
    assert features(_evidence({"b", "a"})) == features(_evidence({"a", "b"}))


def test_features_read_the_reports_other_words_as_their_own_family() -> None:
    ev = dataclasses.replace(
        _evidence({"clash"}),
        context_words=frozenset({"clash", "shelling", "the", "heavy shelling"}),
    )
    feats = set(features(ev))
    assert {"w=clash", "c=clash", "c=shelling"} <= feats
    assert not {"c=the", "c=heavy shelling", "w=shelling"} & feats  # no stop words, no phrases


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
    train_acled = _train_acled()
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


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs scikit-learn")
def test_training_labels_every_event_of_a_snippet_with_its_answer() -> None:
    train_acled = _train_acled()
    side, main = _evidence({"talks"}), _evidence({"truce"})
    snippets = [([side, main], "Agreement"), ([], "Armed clash")]
    assert train_acled.examples_of(snippets) == [(side, "Agreement"), (main, "Agreement")]


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
        context_words=frozenset({"treaty"}),
    )
    assert decide(agree, model) is None  # the training snippets say nothing of ordinary deals
    # A material conflict may be coded (force never as an agreement: see below).
    coerce = dataclasses.replace(agree, plover_type="COERCE", material_conflict=True)
    assert decide(coerce, model) == Acled("Strategic developments", "Agreement")


def test_decide_overrules_a_specific_rule_only_above_its_own_threshold() -> None:
    specific = dataclasses.replace(_evidence({"warplane"}), specific=True)
    strict = dataclasses.replace(_model(0.5), min_probability_specific=1.01)
    assert decide(specific, strict) == BATTLE  # a codebook row is kept by default
    lenient = dataclasses.replace(_model(0.5), min_probability_specific=0.5)
    assert decide(specific, lenient) == Acled("Explosions/Remote violence", "Air/drone strike")


def test_decide_leaves_an_event_of_a_long_article_to_the_rules() -> None:
    long_article = dataclasses.replace(_evidence({"warplane"}), context_words=frozenset())
    assert decide(long_article, _model(0.0)) == BATTLE  # trained on short reports alone


def test_decide_keeps_the_rule_without_a_telling_word() -> None:
    assert decide(_evidence({"the", "2021"}), _model(0.0)) == BATTLE


def test_dense_weights_move_the_probabilities_and_survive_a_round_trip() -> None:
    dims = 3
    model = AcledModel(
        classes=("Air/drone strike", "Armed clash", NO_CODE),
        event_types={"Air/drone strike": "Explosions/Remote violence", "Armed clash": "Battles"},
        intercept=(0.0, 0.0, 0.0),
        weights={},
        min_probability=0.5,
        dense=((3.0, 0.0, 0.0),) + ((0.0, 0.0, 0.0),) * (dims - 1),
        dense_scale=1.0,
    )
    plain = model.probabilities([])
    pulled = model.probabilities([], np.array([1.0, 0.0, 0.0], np.float32))
    assert pulled["Air/drone strike"] > plain["Air/drone strike"]
    assert AcledModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model


def test_dense_features_are_scaled_unit_vectors_of_the_event_and_the_report() -> None:
    ev = _evidence({"warplane", "bomb", "the", "bomb the"})
    event, report = np.split(dense_features(ev, 3.0), 2)
    assert event.dtype == np.float32 and abs(float(np.linalg.norm(event)) - 3.0) < 1e-3
    assert np.array_equal(event, report)  # the report is this one sentence
    plain = _evidence({"bomb", "warplane"})
    assert np.array_equal(dense_features(ev, 3.0), dense_features(plain, 3.0))


def test_dense_features_read_the_short_report_beside_the_event() -> None:
    ev = dataclasses.replace(
        _evidence({"march", "rally"}), context_words=frozenset({"march", "rally", "peaceful"})
    )
    event, report = np.split(dense_features(ev, 1.0), 2)
    assert not np.array_equal(event, report)
    long_article = dataclasses.replace(ev, context_words=frozenset())
    assert not np.any(np.split(dense_features(long_article, 1.0), 2)[1])


def test_synthetic_training_notes_carry_known_labels() -> None:
    labels = {sub: event for event, sub in ACLED_OF_LABEL.values()}
    rows = [json.loads(line) for line in NOTES.read_text("utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == len(rows) and len({r["text"] for r in rows}) == len(rows)
    for row in rows:
        if row["outside"] is None:
            assert labels[row["sub_event_type"]] == row["event_type"], row["id"]
        else:
            assert row["outside"] in OUTSIDE_ACLED and row["sub_event_type"] == NO_CODE


def _report_model(threshold: float) -> AcledModel:
    # "vigil" pulls towards a peaceful protest, "earthquake" towards no code at all.
    return AcledModel(
        classes=("Peaceful protest", NO_CODE),
        event_types={"Peaceful protest": "Protests"},
        intercept=(0.0, 0.0),
        weights={"c=vigil": (3.0, 0.0), "c=candle": (1.0, 0.0), "c=earthquake": (0.0, 4.0)},
        min_probability=0.0,
        min_probability_report=threshold,
    )


def test_code_report_names_the_incident_and_the_word_that_told_it() -> None:
    words = frozenset({"student", "hold", "candle", "vigil", "candle vigil", "the"})
    found = code_report(words, _report_model(0.3))
    assert found is not None
    assert found.acled == Acled("Protests", "Peaceful protest") and found.word == "vigil"
    assert 0.3 <= found.probability <= 1.0
    # The same evidence through decide (as the training script codes a held-out snippet).
    assert decide(report_evidence(words), _report_model(0.3)) == found.acled


def test_code_report_abstains_when_unsure_or_outside_acled() -> None:
    assert code_report(frozenset({"candle", "vigil"}), _report_model(1.01)) is None  # switched off
    assert code_report(frozenset({"earthquake", "town"}), _report_model(0.3)) is None  # no code
    assert code_report(frozenset({"candle"}), _report_model(0.99)) is None  # not sure enough
    assert code_report(frozenset(), _report_model(0.0)) is None  # a long article: no report words


def test_report_threshold_survives_a_round_trip() -> None:
    model = _report_model(0.3)
    assert AcledModel.from_dict(json.loads(json.dumps(model.to_dict()))) == model
    old = {k: v for k, v in model.to_dict().items() if k != "min_probability_report"}
    assert AcledModel.from_dict(old).min_probability_report > 1.0  # an older model: never


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs scikit-learn")
def test_training_reads_a_report_with_no_coded_event_as_one_example(pipeline: Pipeline) -> None:
    train_acled = _train_acled()
    [ev] = train_acled.evidence_of(pipeline, "Mourners held a candlelit vigil in the square.")
    assert ev.plover_type == REPORT and {"vigil", "mourner"} <= ev.context_words
    assert train_acled.evidence_of(pipeline, "Rebels shelled the army base overnight.")[0].rule


def _transfer_model() -> AcledModel:
    # One feature that pulls hard towards a non-violent transfer of territory.
    return AcledModel(
        classes=("Non-violent transfer of territory", "Armed clash", NO_CODE),
        event_types={
            "Non-violent transfer of territory": "Strategic developments",
            "Armed clash": "Battles",
        },
        intercept=(0.0, 0.0, 0.0),
        weights={"w=position": (5.0, 0.0, 0.0)},
        min_probability=0.0,
    )


def test_decide_never_codes_force_as_a_non_violent_sub_event() -> None:
    attack = _evidence({"position"})
    assert decide(attack, _transfer_model()) == BATTLE
    # The same words on an event without force may be a transfer.
    seized = dataclasses.replace(attack, plover_type="COERCE", mode="seize")
    assert decide(seized, _transfer_model()) == Acled(
        "Strategic developments", "Non-violent transfer of territory"
    )


def test_decide_never_codes_a_deployment_as_force_used() -> None:
    model = dataclasses.replace(
        _transfer_model(), weights={"w=position": (0.0, 5.0, 0.0)}
    )  # the words pull towards a clash
    advance = dataclasses.replace(_evidence({"position"}, rule=None), plover_type="MOBILIZE")
    assert decide(advance, model) != BATTLE
    assert decide(dataclasses.replace(advance, plover_type="ASSAULT"), model) == BATTLE


def test_non_violent_sub_events_are_acled_sub_events() -> None:
    known = {sub for _, sub in ACLED_OF_LABEL.values()}
    assert acled_model.nonviolent_sub_types() <= known
    assert "Peaceful protest" in acled_model.nonviolent_sub_types()


def test_cue_families_are_lowercase_lemmas_or_two_word_phrases() -> None:
    families = acled_model.cue_families()
    assert {"intervention", "lethal", "rioting", "peaceful", "agreement"} <= set(families)
    for name, words in families.items():
        assert words, name
        # Only what the events stage's lemmas and two-word phrases can match.
        assert all(w == w.lower() and 1 <= len(w.split()) <= 2 for w in words), name
        assert not any("-" in w for w in words), name


@pytest.mark.parametrize(
    ("words", "family"),
    [
        # Invented sentences, as the events stage lemmatises them.
        ({"riot", "police", "fire", "tear gas", "to", "disperse", "the", "crowd"}, "intervention"),
        ({"soldier", "open", "fire", "with", "live ammunition", "on", "marcher"}, "lethal"),
        ({"demonstrator", "pelt", "stone", "and", "torch", "a", "bus"}, "rioting"),
        ({"student", "hold", "a", "peaceful", "vigil", "outside", "the", "ministry"}, "peaceful"),
        ({"the", "two", "side", "sign", "a", "ceasefire", "on", "monday"}, "agreement"),
        ({"rebel", "seize control", "of", "the", "town", "after", "a", "week"}, "capture"),
    ],
)
def test_families_hit_reads_the_codebook_cue_of_a_sentence(words: set[str], family: str) -> None:
    assert family in acled_model.families_hit(frozenset(words))


def test_features_pool_a_family_from_the_event_and_the_short_report() -> None:
    # "Police dispersed the march. Several marchers were detained." The event's sentence names
    # the march; the report's other sentence names the detentions.
    ev = dataclasses.replace(
        _evidence({"police", "disperse", "the", "march"}),
        context_words=frozenset({"police", "disperse", "march", "several", "marcher", "detain"}),
    )
    feats = features(ev)
    assert feats.count("fam=intervention") == 1  # one feature however many words hit
    assert "fam=lethal" not in feats
    assert not any(f.startswith("fam=") for f in features(_evidence({"the", "on"})))


def test_packaged_model_weighs_the_cue_families() -> None:
    model = acled_model.builtin_model()
    assert model is not None
    weighed = {f.removeprefix("fam=") for f in model.weights if f.startswith("fam=")}
    assert {"intervention", "lethal", "rioting", "peaceful"} <= weighed
    assert weighed <= set(acled_model.cue_families())


@pytest.mark.parametrize(
    "words",
    [
        # Words common outside the kind of act a family tells (review of the first list).
        {"united", "beat", "chelsea", "united beat", "beat chelsea"},  # a score, no mob
        {"fire", "warning", "shot", "fire warning", "warning shot"},  # it kills no one
        {"drone", "strike", "in", "march", "drone strike", "in march"},  # no peaceful march
        {"group", "claim", "responsibility", "claim responsibility"},  # still a bombing
        {"minister", "visit", "region", "minister visit"},
        {"troop", "exchange", "fire", "exchange fire"},  # no prisoner exchange
    ],
)
def test_families_leave_words_common_outside_their_kind(words: set[str]) -> None:
    hit = acled_model.families_hit(frozenset(words))
    assert not {"mob", "lethal", "peaceful", "claim", "diplomacy", "agreement"} & set(hit), hit


def test_every_family_word_is_a_lemma_the_events_stage_can_read() -> None:
    """A word the lemmatiser never produces ("raped" is lemmatised "rap", "shot down" "shoot
    down") can never hit: each entry must come back as itself from some ordinary use."""
    nlp = load_base()

    def lemmas(text: str, skip: int) -> str:
        return " ".join(t.lemma_.lower() for t in nlp(text)[skip:])

    for name, words in acled_model.cue_families().items():
        for w in words:
            uses = {
                lemmas(w, 0),
                lemmas(f"the {w}", 1),
                lemmas(f"they {w}", 1),
                lemmas(f"an {w.upper()}", 1),
                lemmas(f"the rebel {w}", 2),
            }
            assert w in uses, (name, w, uses)


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs scikit-learn")
def test_nested_cross_validation_scores_held_out_snippets_as_the_eval_does() -> None:
    train_acled = _train_acled()
    air = [([_evidence({"warplane", f"w{n}"})], "Air/drone strike") for n in range(10)]
    clash = [([_evidence({"rifle", f"r{n}"})], "Armed clash") for n in range(10)]
    calm = [([_evidence({"flood", f"f{n}"}, rule=None)], NO_CODE) for n in range(10)]
    snippets = [s for three in zip(air, clash, calm, strict=True) for s in three]
    held = [True] * len(snippets)
    assert train_acled.nested_cross_validate(snippets, held) == (1.0, 1.0)
    # A snippet with no event of an ACLED-coded type is held out too, and counts as no code.
    missed = train_acled.nested_cross_validate([*snippets, ([], "Armed clash")], [*held, True])
    assert missed == (30 / 31, 20 / 21)


def test_fold_orders_are_fixed_shuffles_beside_the_positional_one() -> None:
    train_acled = _train_acled()
    assert train_acled.fold_ranks(7, 0) == list(range(7))
    shuffled = train_acled.fold_ranks(40, 1)
    assert sorted(shuffled) == list(range(40)) and shuffled != list(range(40))
    assert shuffled == train_acled.fold_ranks(40, 1)  # deterministic
    assert shuffled != train_acled.fold_ranks(40, 2)


@pytest.mark.skipif(importlib.util.find_spec("sklearn") is None, reason="needs scikit-learn")
def test_cross_validation_averages_its_fold_orders() -> None:
    train_acled = _train_acled()
    air = [([_evidence({"warplane", f"w{n}"})], "Air/drone strike") for n in range(10)]
    clash = [([_evidence({"rifle", f"r{n}"})], "Armed clash") for n in range(10)]
    calm = [([_evidence({"flood", f"f{n}"}, rule=None)], NO_CODE) for n in range(10)]
    snippets = [s for three in zip(air, clash, calm, strict=True) for s in three]
    # A snippet with no event is missed in every order, whichever fold it falls in.
    held = [*snippets, ([], "Armed clash")]
    scores = train_acled.cross_validate(held, [True] * len(held), orders=3)
    assert scores[train_acled.choose(scores)] == pytest.approx((30 / 31, 20 / 21))


@pytest.mark.parametrize(
    ("sources", "ruled_out"),
    [
        # the codebook gives each territory sub-type one side only
        (frozenset({"MIL"}), {"Non-state actor overtakes territory"}),
        (frozenset({"REB"}), {"Government regains territory"}),
        (frozenset({"MIL", "REB"}), set()),
        (frozenset(), set()),
    ],
)
def test_a_territory_sub_type_needs_its_side(sources: frozenset[str], ruled_out: set[str]) -> None:
    assert acled_model._wrong_side(sources) == ruled_out
