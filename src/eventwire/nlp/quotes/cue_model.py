"""A learned scorer for attribution cues no word list names (``quotes/data/cue_model.json``).

Beliefs, wishes, plans and stances are attributed with a long tail of words ("is proud of",
"made the case for", "pushed back on") whose rate as a cue is too low for a word list: the same
lemma is a cue in one sentence and not in the next. This scorer reads the word in its sentence:
a logistic regression over the word's lemma and kind, what follows it (a clause, an infinitive,
an object, the particle of a phrase), the verb together with its object and what that object
takes ("expressed concern about", "took the view that") or with the adjective of its small
clause ("made it clear that"), who its subject is (a name, a pronoun, a common noun; its own or
borrowed from the verb it is joined to), its tense and modal, and the word's static vector
(:mod:`eventwire.vectors`), so words of a similar meaning score alike even when the annotated
news never used them.

A *candidate* is a word in the shape of a cue (:func:`shape`): a verb with a subject that may
hold a view (its own, or that of the verb it is joined to or hangs on: "… and vowed to …",
"sued, hoping to …") and a complement after it, an adjective after a copula with such a
subject and a complement, or a noun with a holder and a complement. The weights are trained
on the PolNeAR tune part by ``scripts/train_cue_model.py`` (its check part is never read), and
the threshold is chosen there by cross-validation; scoring is a sparse sum and one dense dot
product.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.quotes.words import lemma_of
from eventwire.vectors import word_vectors

MODEL_FILE = "cue_model.json"
#: Pronouns that can hold a view; "it", "this", "there" and the like rarely do.
PERSONAL = frozenset({"i", "you", "he", "she", "we", "they", "who"})
SUBJECTS = ("nsubj",)
VERB_PARTS = ("ccomp", "xcomp", "dobj", "prep")
ADJ_PARTS = ("ccomp", "xcomp", "prep")
NOUN_PARTS = ("acl", "ccomp", "prep")
COPULAS = word_group("eventwire.nlp.quotes", "copulas")
#: Words that open a complement clause: its kind tells a report from a question or a condition.
MARKS = frozenset({"that", "whether", "if", "how", "why", "what", "to"})


def _holder_like(tok: Token) -> bool:
    """A subject or holder that may hold a view: a name, a noun or a personal pronoun."""
    if tok.pos_ == "PRON":
        return tok.lower_ in PERSONAL
    return tok.pos_ in ("PROPN", "NOUN")


#: Relations of a verb without a subject of its own that shares the subject of its head
#: ("… and vowed to …", "sued the county, hoping to …", "seems to want …").
SHARING = ("conj", "advcl", "xcomp")


def _subject(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ in SUBJECTS and _holder_like(c)), None)


def _verb_subject(verb: Token) -> Token | None:
    """A verb's subject, or, for one without a subject of its own, the subject of the verb it
    is joined to or hangs on, a step or two up."""
    for _ in range(3):
        own = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if own is not None:
            return own if _holder_like(own) else None
        if verb.dep_ not in SHARING or verb.head.i == verb.i or verb.head.pos_ != "VERB":
            return None
        verb = verb.head
    return None


def _holder(noun: Token) -> Token | None:
    """A noun's holder: its possessor, or the object of its "by"/"from" phrase."""
    for c in noun.children:
        if c.dep_ == "poss" and _holder_like(c):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            found = next((o for o in c.children if o.dep_ == "pobj" and _holder_like(o)), None)
            if found is not None:
                return found
    return None


def shape(tok: Token) -> str | None:
    """The kind of cue ``tok`` is in the shape of ("verb", "adj", "noun"), or ``None``."""
    if tok.pos_ == "VERB" and _verb_subject(tok) is not None:
        if any(c.dep_ in VERB_PARTS and c.i > tok.i for c in tok.children):
            return "verb"
    elif tok.pos_ == "ADJ" and tok.dep_ == "acomp" and lemma_of(tok.head) in COPULAS:
        if _subject(tok.head) is not None and any(
            c.dep_ in ADJ_PARTS and c.i > tok.i for c in tok.children
        ):
            return "adj"
    elif tok.pos_ == "NOUN" and _holder(tok) is not None and _noun_part(tok):
        return "noun"
    return None


def _noun_part(noun: Token) -> bool:
    return any(c.dep_ in NOUN_PARTS and c.lower_ != "by" for c in noun.rights)


def _holder_kind(tok: Token | None) -> str:
    if tok is None:
        return "none"
    if tok.pos_ == "PRON":
        return "pron"
    if tok.ent_type_:
        return tok.ent_type_
    return tok.pos_.lower()


def features(tok: Token, kind: str) -> list[str]:
    """The sparse features of a candidate cue of ``kind``."""
    lemma = lemma_of(tok)
    verb = tok.head if kind == "adj" else tok
    holder = _holder(tok) if kind == "noun" else _verb_subject(verb)
    feats = [f"k={kind}", f"l={lemma}|{kind}", f"s={_holder_kind(holder)}", f"h={tok.dep_}"]
    if holder is not None and holder.head.i != verb.i:
        feats.append("borrowed")  # "… and vowed to …": the subject of the verb it is joined to
    feats.append(f"t={verb.tag_}")
    if holder is not None and holder.pos_ != "PRON":
        feats.append(f"sl={lemma_of(holder)}")
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            feats.append(f"md={c.lower_}")
        elif c.dep_ == "neg":
            feats.append("neg")
        elif c.dep_ in ("auxpass", "nsubjpass"):
            feats.append("pass")
    for c in tok.rights:
        feats += _part(c, kind, lemma)
    return sorted(set(feats))


def _part(c: Token, kind: str, lemma: str) -> list[str]:
    """Features of one dependent after the cue: its relation, particle, opening word."""
    if c.dep_ == "prep":
        return [f"p={c.lower_}", f"kp={kind}|{c.lower_}", f"lp={lemma}|{c.lower_}"]
    if c.dep_ in ("ccomp", "xcomp", "acl"):
        mark = next((m.lower_ for m in c.children if m.lower_ in MARKS and m.i < c.i), "-")
        feats = [f"d={c.dep_}", f"dm={c.dep_}|{mark}", f"dt={c.dep_}|{c.tag_}"]
        # A small clause ("made it clear that …") names the stance by its adjective.
        return feats + ([f"vx={lemma}|{lemma_of(c)}"] if c.pos_ == "ADJ" else [])
    if c.dep_ == "dobj":
        below = {g.dep_ for g in c.children} & {"acl", "ccomp", "relcl", "prep"}
        feats = ["d=dobj", f"o={_holder_kind(c)}"] + [f"ob={d}" for d in sorted(below)]
        return feats + _object_parts(c, lemma)
    if c.dep_ in ("oprd", "acomp"):  # "made it clear that", "remained adamant"
        return [f"d={c.dep_}", f"vx={lemma}|{lemma_of(c)}"]
    if c.dep_ in ("dative", "advcl"):
        return [f"d={c.dep_}"]
    return []


def _object_parts(obj: Token, lemma: str) -> list[str]:
    """The verb with its object's lemma and what the object takes: "expressed concern about",
    "made clear that", "took the view that" are cues where "made a cake" is none."""
    head = lemma_of(obj)
    feats = [f"ol={head}", f"vo={lemma}|{head}"]
    for g in obj.rights:
        if g.dep_ == "prep":
            feats += [f"op={head}|{g.lower_}"]
        elif g.dep_ in ("acl", "ccomp", "relcl"):
            mark = next((m.lower_ for m in g.children if m.lower_ in MARKS and m.i < g.i), "-")
            feats += [f"oc={g.dep_}|{mark}"]
    return feats


def dense_features(tok: Token) -> NDArray[np.float32]:
    """The static vectors (zeros for a word the table lacks) of the lemma and of the head of
    what follows it ("filed a lawsuit" is an act, "filed a complaint that …" a claim)."""
    vectors = word_vectors()
    return np.concatenate([vectors.mean([lemma_of(tok)]), vectors.mean(_complement_words(tok))])


def _complement_words(tok: Token) -> list[str]:
    for c in tok.rights:
        if c.dep_ == "prep":
            return [lemma_of(o) for o in c.children if o.dep_ in ("pobj", "pcomp")][:1]
        if c.dep_ in ("dobj", "ccomp", "xcomp", "acl"):
            return [lemma_of(c)]
    return []


@dataclass(frozen=True)
class CueModel:
    """Weights of a binary logistic regression over :func:`features` and :func:`dense_features`."""

    intercept: float
    weights: dict[str, float]
    dense: tuple[float, ...]
    threshold: float
    #: Training figures, for the record (not read when scoring).
    info: dict[str, Any] = field(default_factory=dict)

    def probability(self, feats: list[str], dense: NDArray[np.float32]) -> float:
        score = self.intercept + sum(self.weights.get(f, 0.0) for f in feats)
        if self.dense:
            score += float(dense.astype(np.float64) @ self._dense_vector)
        return 1.0 / (1.0 + math.exp(-score))

    @cached_property
    def _dense_vector(self) -> NDArray[np.float64]:
        # Built once per model, as acled_model's dense matrix is, not hashed per score.
        return np.asarray(self.dense, np.float64)

    def score(self, tok: Token, kind: str) -> float:
        return self.probability(features(tok, kind), dense_features(tok))

    def to_dict(self) -> dict[str, Any]:
        return {
            "intercept": round(self.intercept, 6),
            "threshold": self.threshold,
            "info": self.info,
            "weights": {f: round(w, 6) for f, w in sorted(self.weights.items()) if w},
            "dense": [round(x, 6) for x in self.dense],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CueModel:
        return cls(
            intercept=float(data["intercept"]),
            weights={f: float(w) for f, w in data["weights"].items()},
            dense=tuple(float(x) for x in data.get("dense", [])),
            threshold=float(data["threshold"]),
            info=dict(data.get("info", {})),
        )


@cache
def builtin_model() -> CueModel | None:
    """The packaged model; ``None`` when the package ships none (only the word lists count)."""
    source = resources.files("eventwire.nlp.quotes").joinpath("data", MODEL_FILE)
    if not source.is_file():
        return None
    return CueModel.from_dict(json.loads(source.read_text("utf-8")))


def learned_cue(tok: Token) -> str | None:
    """The kind of cue ``tok`` is when the scorer accepts it in its sentence, else ``None``."""
    model = builtin_model()
    kind = shape(tok)
    if model is None or kind is None:
        return None
    return kind if model.score(tok, kind) >= model.threshold else None
