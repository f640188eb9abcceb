"""Harm that is no one's act: a verb whose doer or cause is a disaster, an accident or a
disease ("An earthquake struck ..., killing 30", "Floods killed 12", "died in a bus crash")
reports no political event, however violent its verb (``data/natural_causes.txt``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.datafiles import word_list
from eventwire.nlp.events.subjects import clause_subject

#: Prepositions that name what a harm happened in or was caused by ("killed in floods").
CAUSE_PREPS = frozenset({"in", "during", "by", "after", "from"})


@cache
def natural_causes() -> frozenset[str]:
    """Nouns of disasters, accidents and diseases (``data/natural_causes.txt``)."""
    return word_list("eventwire.nlp.events", "data", "natural_causes.txt")


def natural_harm(verb: Token) -> bool:
    """Whether a verbal trigger's doer, or for a verb without one what it happened in, is a
    disaster, accident or disease, or it happened "when" an accident did ("when a bus plunged
    into a gorge", ``data/accident_verbs.txt``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(_accident_clause(c) for v in _conjuncts(verb) for c in v.children):
        return True
    subject = clause_subject(verb)
    if subject is not None and not _passive(verb):
        return _natural(subject)
    return any(_natural(cause) for cause in _causes(verb))


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _causes(verb: Token) -> list[Token]:
    """What a harm without a doer came from: the agent of a passive ("killed by a landslide") or
    the object of "in", "during" ... ("died in floods")."""
    preps = [c for c in verb.children if c.dep_ == "agent"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _conjuncts(verb: Token) -> list[Token]:
    """The verb and those it is joined to: "were killed and 12 injured when a bus plunged"
    hangs the clause on either."""
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    return [*joined, verb.head] if verb.dep_ == "conj" else joined


#: Words opening a clause that tells when or how a harm happened.
WHEN_MARKS = frozenset({"when", "after", "as"})


@cache
def accident_verbs() -> frozenset[str]:
    """Verbs of accidents (``data/accident_verbs.txt``)."""
    return word_list("eventwire.nlp.events", "data", "accident_verbs.txt")


def _accident_clause(clause: Token) -> bool:
    """A clause telling an accident ("when a bus plunged ...", "after the ferry capsized")."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() not in accident_verbs():
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in clause.children)


def _natural(noun: Token) -> bool:
    return noun.lemma_.lower() in natural_causes() or noun.lower_ in natural_causes()
