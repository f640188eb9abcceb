"""A learned event-type scorer beside the trigger lexicon: types for words no row lists.

The lexicon knows ~420 trigger rows; news uses many more words for the same acts ("lambasted",
"slapped tariffs on", "walked out of"). The scorer reads a candidate word by what it means, not
how it is spelt: static word vectors (:mod:`eventwire.vectors`, distilled from the
all-MiniLM-L6-v2 sentence encoder by ``scripts/build_word_vectors.py``) of

* the word itself,
* its object or the noun of its first preposition ("slapped **tariffs** on"),
* the other content words of its clause (what the sentence is about),

and a multinomial logistic regression (``data/type_scorer.npz``, trained by
``scripts/train_type_scorer.py`` from the lexicon's own rows, the project's gold fixtures and
the tune parts of the dev sets) turns them into a probability for each PLOVER type and for
``NONE`` (no event).

It is used in two places, both only where there is a candidate, so the cost is a few dot
products per clause:

* **proposing**: a main verb with a political actor (a state, or an actor with a sector) as
  subject or object and no lexicon row becomes a
  trigger of the scorer's type when that type's probability reaches ``propose_at``;
* **re-ranking**: a weak lexicon row (weight below ``weak_below``) whose type the scorer gives
  little probability, while it is confident of another, takes the scorer's type.

Specific lexicon rows (weight at or above ``weak_below``) are never overruled.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np
from numpy.typing import NDArray
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.errors import ConfigError
from eventwire.nlp.events.lexicon import Entry
from eventwire.ontology.tables import plover_default_cameo
from eventwire.vectors import Vector, Vectors, read_npz, word_vectors

NONE = "NONE"
#: Verbs too general to carry an event type on their own, whatever their arguments.
LIGHT = word_group("eventwire.nlp.events", "light")
#: Dependency labels of a clause's main verb (not a participle modifying a noun).
CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "pcomp"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "dative"})
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
MODEL_FILE = "type_scorer.npz"


def _read_npz(name: str) -> dict[str, NDArray[np.generic]]:
    return read_npz("eventwire.nlp.events", "data", name)


def _object_of(tok: Token) -> Token | None:
    """The word's object, else the noun of its first preposition."""
    for child in tok.children:
        if child.dep_ in ("dobj", "attr", "oprd"):
            return child
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dative"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _clause_words(tok: Token) -> list[str]:
    sent = tok.sent
    return [t.lemma_ for t in sent if t.i != tok.i and t.pos_ in CONTENT_POS and not t.is_stop]


def features(tok: Token, vectors: Vectors | None = None) -> Vector:
    """The scorer's input for a candidate word (see the module docstring)."""
    vec = vectors or word_vectors()
    zero = np.zeros(vec.dims, np.float32)
    word = vec.get(tok.lemma_)
    if word is None:
        word = vec.get(tok.lower_)
    obj = _object_of(tok)
    obj_vec = vec.get(obj.lemma_) if obj is not None else None
    flags = np.array([tok.pos_ in ("VERB", "AUX"), obj is not None, word is not None], np.float32)
    return np.concatenate(
        [
            word if word is not None else zero,
            obj_vec if obj_vec is not None else zero,
            vec.mean(_clause_words(tok)),
            flags,
        ]
    )


def word_features(
    lemma: str, obj: str | None, verbal: bool, clause: Vector | None = None
) -> Vector | None:
    """Features of a bare lexicon row (no sentence): the training script's synthetic examples.
    ``clause`` stands in for the sentence the row has not got (zeros when None)."""
    vec = word_vectors()
    word = vec.get(lemma)
    if word is None:
        return None
    zero = np.zeros(vec.dims, np.float32)
    obj_vec = vec.get(obj) if obj else None
    flags = np.array([verbal, obj_vec is not None, True], np.float32)
    context = clause if clause is not None else zero
    return np.concatenate([word, obj_vec if obj_vec is not None else zero, context, flags])


@dataclass(frozen=True, slots=True)
class TypeScorer:
    """Multinomial logistic regression over :func:`features`."""

    classes: tuple[str, ...]
    coef: Vector  # (classes, features)
    intercept: Vector  # (classes,)
    propose_at: float
    weak_below: float
    rerank_at: float

    def probabilities(self, x: Vector) -> dict[str, float]:
        z = self.coef @ x + self.intercept
        p = np.exp(z - z.max())
        p /= p.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def propose(self, tok: Token) -> Entry | None:
        """An entry of the scorer's type for an unlisted candidate word, or None."""
        if word_vectors().get(tok.lemma_) is None:
            return None  # a word it cannot read (a typo, a rare form) is not proposed on context
        probs = self.probabilities(features(tok))
        best = max(probs, key=probs.__getitem__)
        if best == NONE or probs[best] < self.propose_at:
            return None
        return learned_entry(tok.lemma_.lower(), best, probs[best])

    def rerank(self, tok: Token, entry: Entry) -> Entry:
        """The entry, or one of the scorer's type when a weak row looks wrong."""
        if entry.weight >= self.weak_below:
            return entry
        probs = self.probabilities(features(tok))
        best = max(probs, key=probs.__getitem__)
        if best in (NONE, entry.type) or probs[best] < self.rerank_at:
            return entry
        if probs.get(entry.type, 0.0) >= 1.0 - self.rerank_at:
            return entry
        return learned_entry(entry.lemma, best, min(entry.weight, probs[best]), entry.pos)


def learned_entry(lemma: str, type_: str, prob: float, pos: str = "V") -> Entry:
    """A trigger entry made by the scorer: the type's default CAMEO code, no mode; its weight
    (the base of the event's confidence) is the probability, capped below a listed row's."""
    return Entry(
        lemma=lemma,
        pos=pos,
        conditions=(),
        cameo=plover_default_cameo(type_),
        type=type_,
        mode=None,
        context=(),
        weight=round(min(prob, 0.6), 3),
    )


def political_tokens(doc: Doc) -> set[int]:
    """Tokens of actors that politics is about: states, and actors with a sector (government,
    military, police, rebels, protesters, parties …), not a celebrity or a passer-by."""
    actors = {a.id: a for a in doc._.ew_actors or []}
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    return {
        i
        for i, aid in actor_of.items()
        if aid in actors and (actors[aid].sector or actors[aid].kind == "state")
    }


def is_candidate(tok: Token, political: set[int]) -> bool:
    """A clause's main verb, not too general, with a political actor as subject or object."""
    if not (tok.pos_ == "VERB" and tok.dep_ in CLAUSE_DEPS):
        return False
    if tok.lemma_.lower() in LIGHT or not tok.lemma_.isalpha():
        return False
    return any(
        c.i in political or (c.dep_ == "agent" and any(g.i in political for g in c.children))
        for c in tok.children
        if c.dep_ in ARGUMENT_DEPS
    )


@cache
def load_scorer() -> TypeScorer:
    """The packaged scorer.

    Raises:
        ConfigError: the model file is missing or malformed (a broken install).
    """
    try:
        data = _read_npz(MODEL_FILE)
        return TypeScorer(
            classes=tuple(str(c) for c in data["classes"]),
            coef=data["coef"].astype(np.float32),
            intercept=data["intercept"].astype(np.float32),
            propose_at=float(data["propose_at"]),
            weak_below=float(data["weak_below"]),
            rerank_at=float(data["rerank_at"]),
        )
    except (OSError, KeyError, ValueError) as exc:
        raise ConfigError(f"cannot read the event-type scorer {MODEL_FILE}: {exc}") from exc
