"""The record of one casualty statement, and the reading of one cue word it is made from.

A cue word is read into ``Reading``s (:mod:`eventwire.nlp.casualties.readings`), each becomes a
``CasualtyStatement`` (:mod:`eventwire.nlp.casualties.component`); statements are then
deduplicated (:mod:`eventwire.nlp.casualties.dedupe`) and attached to events
(:mod:`eventwire.nlp.casualties.attach`). A module of its own, so that every step can name them
without importing another step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from eventwire.records import Count

Kind = Literal["killed", "injured", "arrested"]
KINDS: tuple[Kind, ...] = ("killed", "injured", "arrested")


@dataclass(frozen=True, slots=True)
class CasualtyStatement:
    """One statement of people killed, injured or arrested.

    Attributes:
        kind: "killed", "injured" or "arrested".
        count: how many, with bounds.
        sentence: index of the sentence in ``doc.sents``.
        start: first token of the statement (the victim phrase and the cue word).
        end: token after the statement.
        cue: token index of the kill / injure / arrest word.
        victim: token index of the victim's head word, or None (a death toll, "unhurt").
    """

    kind: Kind
    count: Count
    sentence: int
    start: int
    end: int
    cue: int
    victim: int | None = None


#: One reading of a cue word: its kind, its victim's head word or None (no one named: "a fatal
#: shooting", "no injuries"), and how many.
Reading = tuple[Kind, Token | None, Count]
