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
    disaster, accident or disease."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
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


def _natural(noun: Token) -> bool:
    return noun.lemma_.lower() in natural_causes() or noun.lower_ in natural_causes()
