"""Indirect attributions the constructions find that report nothing anyone said or holds.

- A participle describing a thing, not a holder ("a string of assaults blamed on jihadists"):
  no one is named as blaming.
- A physical find ("officers found the victims in the car park"): "find" reports a view with
  what the thing was found to be ("found him guilty", "found that …") or as a finding ("a poll
  found broad support for the plan"), not with where it lay.

- A stance asked of someone ("urged both sides to show restraint", "called on the army to
  respect the ruling"): what they are asked to do, not a view they hold.
- A call answered by going there ("police responded to a call about a dispute").

"did not respond to requests for comment" stays one: PolNeAR's annotators mark it.

Used by :mod:`eventwire.nlp.quotes.component` on every indirect attribution.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.events import OBJECT_CONTROL
from eventwire.nlp.quotes.words import lemma_of, words

__all__ = ["reports_nothing"]

#: Predicates that make a find a judgement: "found him guilty", "found the claims baseless".
JUDGING_POS = frozenset({"ADJ", "VERB", "AUX"})


def reports_nothing(cue: Token, source: Token, content: list[Token]) -> bool:
    """Whether an attribution the constructions found reports no one's words or view."""
    if _describes_a_thing(cue, source) or _found_object(cue, content) or _asked_of(cue):
        return True
    return _answered_a_call(cue)


def _answered_a_call(cue: Token) -> bool:
    """ "Police responded to a call about a dispute", "to the scene": a force going where it is
    called (group ``called_out``), no view."""
    if lemma_of(cue) not in words("with_reply"):
        return False
    to = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to"]
    called = [o for p in to for o in p.children if lemma_of(o) in words("called_out")]
    # "responded to calls for her resignation": calls for something are words
    return any(not any(c.lower_ == "for" for c in o.children) for o in called)


def _asked_of(cue: Token) -> bool:
    """ "urged both sides to show restraint": the infinitive is asked of the object."""
    head = cue.head
    return (
        cue.dep_ == "xcomp"
        and head.lemma_.lower() in OBJECT_CONTROL  # the events stage's list
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    )


def _describes_a_thing(cue: Token, source: Token) -> bool:
    """ "assaults blamed on jihadist groups", "a man suspected of theft": the noun a passive
    participle hangs on undergoes it; it blames or suspects no one."""
    return cue.dep_ == "acl" and cue.tag_ == "VBN" and source.i == cue.head.i


def _found_object(cue: Token, content: list[Token]) -> bool:
    """ "found the three victims in the parking lot": a thing found where it lay, no judgement
    on it."""
    if cue.lemma_.lower() != "find" or not content:
        return False
    judged = any(t.pos_ in JUDGING_POS or t.lower_ == "that" for t in content)
    finding = any(t.lemma_.lower() in FINDING_NOUNS for t in content)  # "found evidence of …"
    where = any(t.lower_ in WHERE_PREPS and t.dep_ == "prep" for t in content)
    return not (judged or finding) and where


#: What a find reports as a finding wherever it was made ("found evidence of war crimes in …").
FINDING_NOUNS = word_group("eventwire.nlp.quotes", "finding_nouns")


#: Prepositions of where a thing was found.
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "under", "behind", "beside"})
