"""Which of the times in a trigger's clause may date it.

A time that only tells which thing a noun names dates that thing, not the verb whose argument
holds it: "thanked Seoul for its help during last year's drought" dates the drought, and
"mourned the victims of the 2019 attack" the attack. Such a time hangs on a noun other than the
trigger as its possessive ("last year's") or through "of" ("the floods of 2019").

An act reported without a time of its own takes the time of its report: "Two days later, the
army said it had killed 40 fighters" tells the killing no later than that day, which is closer
than the day the article came out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.events.arguments import nearest

__all__ = ["dating_times", "reported_time"]

_NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def dating_times(trigger: Token, time_of: dict[int, int], doc: Doc) -> dict[int, int]:
    """``time_of`` (token index → time index) less the tokens of times that modify a noun other
    than ``trigger``."""
    spans: dict[int, list[int]] = {}
    for i, k in time_of.items():
        spans.setdefault(k, []).append(i)
    dropped = {k for k, tokens in spans.items() if _names_a_thing(tokens, trigger, time_of, doc)}
    return {i: k for i, k in time_of.items() if k not in dropped}


def reported_time(
    trigger: Token, time_of: dict[int, int], doc: Doc, reporting: frozenset[str]
) -> int | None:
    """The token of the time dating the reporting verb (a lemma in ``reporting``) whose
    complement clause ``trigger`` heads, or None."""
    verb = trigger.head
    if trigger.dep_ != "ccomp" or verb.i == trigger.i or verb.lemma_.lower() not in reporting:
        return None
    return nearest(verb, dating_times(verb, time_of, doc), doc)  # type: ignore[arg-type]


def _names_a_thing(tokens: list[int], trigger: Token, time_of: dict[int, int], doc: Doc) -> bool:
    """Whether the time on ``tokens`` modifies a noun that is neither the trigger nor part of
    another time ("October of last year" is one date)."""
    inside = set(tokens)
    root = next((doc[i] for i in tokens if doc[i].head.i not in inside), None)
    if root is None:
        return False
    noun = _modified_noun(root)
    return noun is not None and noun.i != trigger.i and noun.i not in time_of


def _modified_noun(root: Token) -> Token | None:
    """The noun a time is the possessive of, or the object of an "of" after."""
    if root.dep_ == "poss" and root.head.pos_ in _NOUN_TAGS:
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in _NOUN_TAGS:
        return prep.head
    return None
