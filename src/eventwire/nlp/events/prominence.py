"""How central a trigger is to its sentence: the learned part of an event's confidence.

PLOVER and CAMEO coders code a sentence's *main reported act*: the act of the main clause, or the
content of a "said that" clause, not an act told in a relative clause about one of its actors, in
a condition, in a later conjunct or as a noun inside another act's object. A sentence often holds
several events; the one with the highest confidence is read as its main act, so confidence must
weigh where a trigger sits as well as how reliable its word is.

Where it sits is read from the dependency path from the trigger up to the root (at most
:data:`MAX_STEPS` steps): each step is counted under one of :data:`FEATURES` (a relative clause, an
adverbial clause, a condition, a complement of a verb that is not a verb of saying, a later
conjunct, an argument of another word ...), and the trigger's own part of speech adds ``noun``. A
complement of a verb of saying counts nothing: the reported content is the act. The complement
of a verb that is an act of its own ("admitted that soldiers had killed ...", "alleged that troops
attacked ...") counts as that act's argument too: the admission or the allegation is the act.

The prominence is ``exp(sum(weight[f] * count[f]))``: 1.0 for the trigger of a main clause, a
factor below 1 for each step down. The weights (all at most 0, so a prominence is never above 1)
are learned by ``scripts/train_prominence.py`` from sentences whose main act is known and stored
in ``data/prominence_weights.tsv`` (feature, tab, weight).
"""

from __future__ import annotations

import math
from collections.abc import Collection
from functools import cache

from spacy.tokens import Token

from eventwire.datafiles import ordered_list
from eventwire.nlp.events.coding import DECLARING

#: The file of learned weights, next to the other event data.
WEIGHTS_FILE = "prominence_weights.tsv"
#: How far up the parse the path is read; deeper steps add nothing.
MAX_STEPS = 8
#: Dependency labels grouped by what a step down says about the trigger's clause.
STEP_OF_DEP: dict[str, str] = {
    "relcl": "noun_clause",  # "the town, where gunmen burned a school"
    "acl": "noun_clause",  # "a report that troops looted shops"
    "advcl": "adverbial",  # "... after militias shelled the airport"
    "pcomp": "prep_clause",  # "before signing the truce"
    "xcomp": "infinitive",  # "agreed to hold joint patrols"
    "conj": "conjunct",  # "... but rejected the new tax"
    "pobj": "prep_object",  # "after a week of clashes"
    "compound": "modifier",
    "amod": "modifier",
    "npadvmod": "modifier",
    "nmod": "modifier",
    "poss": "modifier",
    "dobj": "argument",  # "condemned the blockade"
    "nsubj": "subject",  # "the airlift of food began"
    "nsubjpass": "subject",
    "csubj": "subject",
    "attr": "argument",
    "dative": "argument",
    "oprd": "argument",
    "appos": "argument",
}
#: Steps that make a trigger a lesser act only under another act's trigger: the later conjunct
#: of an act ("approved the budget but rejected the tax"), an act's object or subject ("condemned
#: the blockade").
UNDER_AN_ACT = frozenset({"conjunct", "argument", "subject"})
#: Every feature, in the order of the weights file.
FEATURES: tuple[str, ...] = (
    "noun",
    "noun_clause",
    "adverbial",
    "condition",
    "prep_clause",
    "complement",
    "infinitive",
    "conjunct",
    "prep_object",
    "modifier",
    "argument",
    "subject",
)


def clause_features(tok: Token, pos: str, acts: Collection[int] = frozenset()) -> dict[str, float]:
    """Counts of each kind of step from ``tok`` up to its sentence's root (see the module doc);
    ``pos`` is the lexicon's part of speech of the trigger (``V`` for a verb), ``acts`` the token
    indices of the doc's triggers."""
    counts = dict.fromkeys(FEATURES, 0.0)
    counts["noun"] = float(pos != "V")
    node, steps = tok, 0
    while node.dep_ != "ROOT" and node.head.i != node.i and steps < MAX_STEPS:
        step = _step(node)
        if step in UNDER_AN_ACT and node.head.i not in acts:
            # "we are in contact ... and have sent help", "talks were held": a conjunct or an
            # argument of a word that tells no act is that clause's act, not a lesser one
            step = None
        if step == "conjunct" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            step = None  # "Israel struck Gaza, and Hamas fired rockets": two main clauses
        if step is not None:
            counts[step] += 1.0
        if step == "complement" and node.head.i in acts:
            # "admitted that soldiers had killed civilians", "alleged that troops attacked the
            # post": the content of a verb that is an act of its own (a concession, an
            # allegation) is that act's object, as a noun would be ("condemned the blockade")
            counts["argument"] += 1.0
        if step == "adverbial" and any(
            c.dep_ == "mark" and c.lower_ == "if" for c in node.children
        ):
            # the condition of a conditional is an adverbial clause that tells even less of
            # what the sentence reports: its weight adds to the adverbial's
            counts["condition"] += 1.0
        node, steps = node.head, steps + 1
    return counts


def _step(node: Token) -> str | None:
    """What one step from ``node`` to its head says, or ``None`` when it says nothing (a
    preposition's own attachment, the complement of a verb of saying)."""
    if node.dep_ == "ccomp":
        return None if node.head.lemma_.lower() in DECLARING else "complement"
    return STEP_OF_DEP.get(node.dep_)


def prominence(tok: Token, pos: str, acts: Collection[int] = frozenset()) -> float:
    """How central a trigger is among its sentence's acts: 1.0 for the best placed one (the main
    clause's, or the only act told), less for one embedded below another; ``acts`` are the token
    indices of the doc's triggers (see :func:`clause_features`). An act told alone in an
    adverbial clause ("…, after gunmen stormed the village") is the sentence's act all the same."""
    own = _placement(tok, pos, acts)
    sent = tok.sent
    rivals = [tok.doc[i] for i in acts if sent.start <= i < sent.end and i != tok.i]
    best = max([own, *(_placement(r, _pos_of(r), acts) for r in rivals)])
    return min(1.0, math.exp(own - best))


def _placement(tok: Token, pos: str, acts: Collection[int]) -> float:
    """The log-prominence of a trigger from its path up the parse alone."""
    weights = learned_weights()
    features = clause_features(tok, pos, acts)
    return sum(weights.get(f, 0.0) * v for f, v in features.items())


def _pos_of(tok: Token) -> str:
    """The lexicon's part of speech of another trigger, read from its tag."""
    return "N" if tok.pos_ in ("NOUN", "PROPN") else "V"


@cache
def learned_weights() -> dict[str, float]:
    """The weights of ``data/prominence_weights.tsv`` (none above 0)."""
    weights: dict[str, float] = {}
    for line in ordered_list("eventwire.nlp.events", "data", WEIGHTS_FILE):
        name, value = line.split("\t")
        weights[name] = min(0.0, float(value))
    return weights
