"""The means an event names around its trigger: PLOVER modes from words of its own clause.

``data/mode_cues.tsv`` lists words ("drone", "tear gas", "shelling") that set an event's mode
when its trigger gives none or a coarser one. They are read in the trigger's sentence, less a
clause telling another act beside it: "set fire to homes before police arrived by helicopter"
is arson, not an air strike. Used by :mod:`eventwire.nlp.events.component`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from spacy.tokens import Token

from eventwire.nlp.events.acled_context import told_apart
from eventwire.nlp.events.subjects import sequence_subject


@cache
def mode_cues() -> dict[str, list[tuple[str, str]]]:
    """type → (cue lemma or phrase, mode) rows of ``mode_cues.tsv``, in file order."""
    path = resources.files("eventwire.nlp.events").joinpath("data", "mode_cues.tsv")
    cues: dict[str, list[tuple[str, str]]] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            type_, cue, mode = line.split("\t")
            cues.setdefault(type_, []).append((cue, mode))
    return cues


def cue_mode(type_: str, triggers: list[Token]) -> str | None:
    """The mode the first matching cue of ``type_`` sets, read around the triggers."""
    cues = mode_cues().get(type_, [])
    if not cues:
        return None
    words = sorted({t.i: t for tok in triggers for t in _cue_scope(tok)}.values(), key=_index)
    # Lemmas match whole words ("shell"), the text matches word starts ("gunfire" for "gun").
    lemmas = " " + " ".join(t.lemma_.lower() for t in words) + " "
    text = " " + " ".join(t.lower_ for t in words)
    for cue, mode in cues:
        if f" {cue} " in lemmas or f" {cue}" in text:
            return mode
    return None


def _cue_scope(tok: Token) -> list[Token]:
    """The words of a trigger's sentence that may tell how it was done: not a later act told
    beside it ("set fire to homes before police arrived by helicopter", "..., and soldiers
    fled in trucks"), nor, for an act told in a clause of its own, the act around it ("police
    fired tear gas after protesters stormed parliament": the storming was no crowd control),
    nor an act of another day ("killed five villagers, two days after an air strike")."""
    own = _own_clause(tok)
    words = list(own.subtree) if own is not None else list(tok.sent)
    other = [
        t
        for t in words
        if t is not own and _later_clause(t) and not (t.left_edge.i <= tok.i <= t.right_edge.i)
    ]
    left_out = {i for t in other for i in range(t.left_edge.i, t.right_edge.i + 1)}
    left_out |= told_apart(tok.doc, {tok.i})
    return [t for t in words if t.i not in left_out]


def _own_clause(tok: Token) -> Token | None:
    """The verb of the subordinate or coordinated clause with a doer of its own that holds
    the trigger, if any."""
    node = tok
    for _ in range(8):
        if node.dep_ in _CLAUSE_DEPS and _has_subject(node) and node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis"})


def _has_subject(verb: Token) -> bool:
    """A doer of its own, also the one the parser hung on a span before the clause ("…, a day
    after an attack on a post killed two soldiers")."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return own or sequence_subject(verb) is not None


def _later_clause(verb: Token) -> bool:
    """A clause telling another act: one done "before" or "until" the trigger's, or a
    coordinated one with a doer of its own."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _LATER_MARKS for c in verb.children)
    if verb.dep_ in ("conj", "parataxis") and verb.pos_ in ("VERB", "AUX"):
        return _has_subject(verb)
    return False


_LATER_MARKS = frozenset({"before", "until", "till"})


def _index(tok: Token) -> int:
    return tok.i
