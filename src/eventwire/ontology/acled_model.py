"""A learned ACLED sub-event classifier beside the codebook rules.

The rules in ``acled_rules.tsv`` name the sub-event when a cue word, a mode or the actors' sides
settle it; ACLED-style text says the same things in many more ways than a rule table lists. A
multinomial logistic regression over the same evidence (PLOVER type and mode, both sides'
sectors, a protest nearby, the lemmas of the event's sentences, the lemmas of the whole report
when it is short, the codebook's cue families those words and their two-word phrases hit
(``resources/acled_cue_families.tsv``) and the rules' own answer) plus the mean static word
vectors of the event's lemmas and of the short report's (the events stage's table, so a weapon
or verb the training notes never used still lands near ones they did) is trained by
``scripts/train_acled.py`` on ACLED-style snippets (the tune part of CASE 2021 task 2 and the
project's own and synthetic ACLED notes, never a check part). Its weights are
``resources/acled_model.json``; scoring is a sparse dot product and one small dense one, so it
costs next to nothing per event.

:func:`decide` keeps the rules' answer unless the model is confident of another answer. Where a
row naming a cue word or a side decided it (a codebook definition: "tear gas" on protesters is a
protest with intervention) a second threshold applies. Both thresholds
are chosen by cross-validation in the training script and stored with the weights.

:func:`code_report` reads a whole short report in which the events stage found no event of a
type the rules code (its trigger words are in no lexicon row): trained on such reports too, the
model may name the incident, and the report's word that points to it most becomes the trigger
of an event the events stage adds.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.records import Acled
from eventwire.vectors import word_vectors

#: Armed sectors of the state and of non-state groups, as the codebook's sides.
STATE_ARMED = frozenset({"MIL", "COP", "SPY"})
NONSTATE_ARMED = frozenset({"REB", "PRM", "UAF", "CRM"})
MODEL_FILE = "acled_model.json"
FAMILY_FILE = "acled_cue_families.tsv"
#: The class that stands for "no ACLED code" (a diplomatic, criminal or natural event).
NO_CODE = "-"
#: The PLOVER type of the evidence of a whole short report in which the events stage found no
#: event of a type the rules code ("fighters entered the town and met no resistance": no
#: trigger row, no political actor for the type scorer). The report's words still tell the
#: incident, and the model, trained on such reports too, may name it (:func:`code_report`).
REPORT = "REPORT"


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one event offers the classifier (the fields of ``AcledContext`` plus type and mode)."""

    plover_type: str
    mode: str | None
    source_sectors: frozenset[str]
    target_sectors: frozenset[str]
    words: frozenset[str]
    protest: bool
    rule: Acled | None
    #: The rules' answer comes from a row naming a cue word or a side: a codebook definition.
    specific: bool = False
    #: A material conflict type (PLOVER quad 4). The training snippets all report political
    #: violence, so they cannot teach when an agreement or a retreat is outside ACLED's scope:
    #: the model adds a code only to conflict events the rules left uncoded.
    material_conflict: bool = True
    #: Lemmas and two-word phrases of the whole report when it is short (``AcledContext``);
    #: empty for an event of a long article, where the model stands aside.
    context_words: frozenset[str] = frozenset()


def features(ev: Evidence) -> list[str]:
    """The binary features of one event; the same function trains and scores."""
    rule = ev.rule.sub_event_type if ev.rule else NO_CODE
    out = [f"type={ev.plover_type}", f"mode={ev.plover_type}/{ev.mode}", f"rule={rule}"]
    out += [f"src={s}" for s in sorted(ev.source_sectors)]
    out += [f"tgt={s}" for s in sorted(ev.target_sectors)]
    out += ["protest"] if ev.protest else []
    # Single words only: a two-word phrase of the event's sentences is seen once or twice in the
    # training snippets and only memorises them (cross-validated on CASE tune snippets, three
    # fold orders: sub-events 0.758 with phrases, 0.758 without, and a quarter fewer weights).
    # The phrases that tell a sub-event ("tear gas", "air strike") still count: through the cue
    # families below.
    out += [f"w={w}" for w in sorted(ev.words) if " " not in w and _telling(w)]
    # The report's other words, as their own family: in a short snippet the deciding word
    # ("shelling", "peaceful") is often in another sentence than the event's trigger. Single
    # words only: phrases of a whole report are too many for the few hundred training snippets.
    out += [f"c={w}" for w in sorted(ev.context_words) if " " not in w and _telling(w)]
    out += _family_features(ev)
    return out


def _family_features(ev: Evidence) -> list[str]:
    """One feature per cue family (``resources/acled_cue_families.tsv``) a word of the event's
    sentences or of the short report hits. The codebook tells the protest sub-types and the
    strategic developments apart by kinds of act (non-lethal force, lethal force, the crowd's
    own violence, a deal, a capture), each said in many words that the training snippets use
    once or twice apiece: pooled, a family learns one weight from all of them. One feature per
    family for the sentence's and the report's words together: cross-validated on CASE tune
    snippets (C 3, thresholds 0.2 and 0.7 then, mean of three fold orders), separate features did no
    better, nor families crossed with a protest nearby or the PLOVER type (three orders) or with
    each other (two); on one order, neither did a word mapped to the family of its nearest word
    vector. Words that say little alone ("fire", "police", "control") are left out: sub-events
    right 0.732 with no families, 0.740 with those words, 0.748 without them. So are words
    common outside their kind ("beat", "shot", "strike", "march", "claim", "minister"): a
    review found them coding a football score, a warning shot or a visit; without them the
    trainer's own cross-validation rose from 0.745 to 0.755."""
    return [f"fam={f}" for f in families_hit(ev.words | ev.context_words)]


@cache
def cue_families() -> dict[str, frozenset[str]]:
    """Each cue family's lemmas and two-word phrases (``resources/acled_cue_families.tsv``)."""
    text = resources.files("eventwire.ontology").joinpath("resources", FAMILY_FILE)
    families: dict[str, frozenset[str]] = {}
    for line in text.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, words = line.split("\t")
        families[name.strip()] = frozenset(w.strip() for w in words.split(",") if w.strip())
    return families


def families_hit(phrases: frozenset[str]) -> list[str]:
    """The cue families any of these lemmas or two-word phrases belongs to, sorted."""
    return sorted(name for name, words in cue_families().items() if words & phrases)


def report_evidence(context_words: frozenset[str]) -> Evidence:
    """The evidence of a whole short report with no event the rules code: all its words."""
    none: frozenset[str] = frozenset()
    return Evidence(
        REPORT, None, none, none, context_words, False, None, context_words=context_words
    )


def dense_features(ev: Evidence, scale: float) -> NDArray[np.float32]:
    """The mean word vectors (each unit length, times ``scale``) of the event's telling lemmas
    and, beside them, of the whole short report's (zeros in a long article)."""
    return np.concatenate([_mean_vector(ev.words, scale), _mean_vector(ev.context_words, scale)])


def _mean_vector(phrases: frozenset[str], scale: float) -> NDArray[np.float32]:
    # The report's own mean as a second block: the word that settles the sub-event ("peaceful",
    # "shelling") is often in another sentence than the trigger, and a word the training
    # snippets never used still lands near ones they did (cross-validated on CASE tune
    # snippets, three fold orders: 437 -> 443 of 600 sub-events right at C 1, 440 -> 445 at C 3).
    words = [w for w in sorted(phrases) if " " not in w and _telling(w)]
    return np.asarray(word_vectors().mean(words) * scale, np.float32)


def _telling(phrase: str) -> bool:
    """A word or two-word phrase of letters, none of them a stop word (spaCy's list)."""
    parts = phrase.split()
    return all(p.isalpha() and p.isascii() and p not in STOP_WORDS for p in parts)


@dataclass(frozen=True)
class AcledModel:
    """Weights of a multinomial logistic regression over :func:`features`."""

    classes: tuple[str, ...]
    event_types: dict[str, str]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    min_probability: float
    #: The confidence above which the model may overrule even a rule naming a cue word or a
    #: side (CASE snippets that report a claim or an accident still name the weapon);
    #: above 1 it never does. Chosen by cross-validation, like ``min_probability``.
    min_probability_specific: float = 1.01
    #: Weights of the dense features (one row per vector dimension); empty: none used.
    dense: tuple[tuple[float, ...], ...] = ()
    dense_scale: float = 0.0
    #: The confidence a report with no coded event needs before the model names its incident
    #: (:func:`code_report`); above 1 it never does.
    min_probability_report: float = 1.01

    def probabilities(
        self, feats: Iterable[str], dense: NDArray[np.float32] | None = None
    ) -> dict[str, float]:
        """Each class's probability for an event with these features."""
        scores = list(self.intercept)
        for feat in feats:
            row = self.weights.get(feat)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row, strict=True)]
        if self.dense and dense is not None:
            pull = dense.astype(np.float64) @ self._dense_matrix
            scores = [s + float(w) for s, w in zip(scores, pull, strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    @cached_property
    def _dense_matrix(self) -> NDArray[np.float64]:
        return np.asarray(self.dense, np.float64)

    def to_dict(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "event_types": self.event_types,
            "intercept": [round(x, 6) for x in self.intercept],
            "weights": {f: [round(x, 6) for x in row] for f, row in sorted(self.weights.items())},
            "min_probability": self.min_probability,
            "min_probability_specific": self.min_probability_specific,
            "dense": [[round(x, 6) for x in row] for row in self.dense],
            "dense_scale": self.dense_scale,
            "min_probability_report": self.min_probability_report,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AcledModel:
        return cls(
            classes=tuple(data["classes"]),
            event_types=dict(data["event_types"]),
            intercept=tuple(data["intercept"]),
            weights={f: tuple(row) for f, row in data["weights"].items()},
            min_probability=float(data["min_probability"]),
            min_probability_specific=float(data.get("min_probability_specific", 1.01)),
            dense=tuple(tuple(row) for row in data.get("dense", [])),
            dense_scale=float(data.get("dense_scale", 0.0)),
            min_probability_report=float(data.get("min_probability_report", 1.01)),
        )


@cache
def builtin_model() -> AcledModel | None:
    """The packaged model; ``None`` when the package ships none (the rules then decide)."""
    source = resources.files("eventwire.ontology").joinpath("resources", MODEL_FILE)
    if not source.is_file():
        return None
    return AcledModel.from_dict(json.loads(source.read_text("utf-8")))


#: Sub-event types the codebook gives one side only: territory the state regains, or that a
#: non-state group takes.
STATE_ONLY = "Government regains territory"
NONSTATE_ONLY = "Non-state actor overtakes territory"


def _wrong_side(sources: frozenset[str]) -> frozenset[str]:
    """The one-sided sub-event types the event's source cannot have ("Soldiers patrolled the
    recaptured town" is no non-state takeover); none when the source is unknown."""
    state = bool(sources & STATE_ARMED)
    nonstate = bool(sources & NONSTATE_ARMED)
    if state and not nonstate:
        return frozenset({NONSTATE_ONLY})
    if nonstate and not state:
        return frozenset({STATE_ONLY})
    return frozenset()


#: PLOVER types of physical force: never coded with a non-violent ACLED sub-event type.
FORCE_TYPES = frozenset({"ASSAULT"})
#: Types of force shown or moved, not used ("troops advanced on the town", "deployed tanks"):
#: never coded with an event type of ACLED's political violence.
POSTURE_TYPES = frozenset({"MOBILIZE"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@cache
def nonviolent_sub_types() -> frozenset[str]:
    """The sub-event types the ACLED codebook defines as non-violent
    (``resources/acled_nonviolent.txt``)."""
    text = resources.files("eventwire.ontology").joinpath("resources", "acled_nonviolent.txt")
    lines = (line.strip() for line in text.read_text("utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def decide(ev: Evidence, model: AcledModel | None = None) -> Acled | None:
    """The ACLED code of one event: the rules' answer, unless the model is confident of
    another (a code, or no code at all)."""
    model = model if model is not None else builtin_model()
    if ev.plover_type == REPORT:
        found = _report_class(ev, model) if model is not None else None
        return found[0] if found else None
    # Trained on short reports alone (snippets, notes): in a long article, whose events
    # carry no report words, the codebook rules decide.
    if model is None or not ev.context_words or (ev.rule is None and not ev.material_conflict):
        return ev.rule
    threshold = model.min_probability_specific if ev.specific else model.min_probability
    # Without a telling word the model has only the sides and the rules' answer to go on, and
    # the rules read those already.
    if threshold > 1.0 or not any(_telling(w) for w in ev.words):
        return ev.rule
    dense = dense_features(ev, model.dense_scale) if model.dense else None
    probs = model.probabilities(features(ev), dense)
    if ev.plover_type in FORCE_TYPES:  # force is never coded as something done without it
        probs = {c: p for c, p in probs.items() if c not in nonviolent_sub_types()}
    if ev.plover_type in POSTURE_TYPES:  # nor a deployment or an advance as force used
        probs = {c: p for c, p in probs.items() if model.event_types.get(c) not in VIOLENT_TYPES}
    probs = {c: p for c, p in probs.items() if c not in _wrong_side(ev.source_sectors)}
    best = max(probs, key=lambda c: probs[c])
    rule = ev.rule.sub_event_type if ev.rule else NO_CODE
    # The rules win ties: the model only overrules what it is surer of than of theirs.
    if probs.get(rule, 0.0) >= probs[best] or probs[best] < threshold:
        return ev.rule
    return None if best == NO_CODE else Acled(model.event_types[best], best)


@dataclass(frozen=True, slots=True)
class ReportCode:
    """The incident the model reads in a report with no coded event, and the report's word
    that points to it most (the event's trigger)."""

    acled: Acled
    word: str
    probability: float


def code_report(
    context_words: frozenset[str], model: AcledModel | None = None
) -> ReportCode | None:
    """The ACLED code of a short report with no event the rules code, or ``None`` (no model,
    not confident enough, or no code: most such reports are diplomacy or disasters)."""
    model = model if model is not None else builtin_model()
    ev = report_evidence(context_words)
    found = _report_class(ev, model) if model is not None and context_words else None
    if found is None or model is None:
        return None
    acled, probability = found
    word = _telling_word(ev, model, acled.sub_event_type)
    return ReportCode(acled, word, probability) if word else None


def _report_class(ev: Evidence, model: AcledModel) -> tuple[Acled, float] | None:
    if model.min_probability_report > 1.0:
        return None
    dense = dense_features(ev, model.dense_scale) if model.dense else None
    probs = model.probabilities(features(ev), dense)
    best = max(probs, key=lambda c: probs[c])
    if best == NO_CODE or probs[best] < model.min_probability_report:
        return None
    return Acled(model.event_types[best], best), probs[best]


def _telling_word(ev: Evidence, model: AcledModel, sub_event_type: str) -> str | None:
    """The single word of the report whose weight pulls most towards the class (``None``
    when none pulls towards it)."""
    k = model.classes.index(sub_event_type)
    pulls = {
        w: row[k]
        for w in ev.context_words
        if " " not in w and _telling(w) and (row := model.weights.get(f"c={w}")) is not None
    }
    best = max(sorted(pulls), key=lambda w: pulls[w], default=None)
    return best if best is not None and pulls[best] > 0 else None


__all__ = [
    "NO_CODE",
    "REPORT",
    "ReportCode",
    "AcledModel",
    "Evidence",
    "builtin_model",
    "code_report",
    "cue_families",
    "decide",
    "dense_features",
    "families_hit",
    "features",
    "report_evidence",
]
