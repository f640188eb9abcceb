"""Tune and check parts of every dev set: learn from one half, judge on the other.

Rules, lexicon rows and trained weights may use the **tune** part of a dev set only; figures are
reported on the **check** part, which then behaves like text the project has never seen. The
split is a fixed hash of each item's key, so it is the same on every machine and never moves
when a file gains or loses lines:

* the item's ``topic`` when it has one (ECB+: a story's articles must stay on one side, or the
  clustering score would judge stories cut in half);
* else its ``id`` or ``doc_id``;
* else its text.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from eventwire.errors import EvalError
from eventwire.eval.gold import JSON

Part = Literal["all", "tune", "check"]
PARTS: tuple[Part, ...] = ("all", "tune", "check")

# Salted so the halves are independent of any split the data's publishers made by id hashes.
_SALT = "eventwire-tune-check-v1"


def item_key(gold: JSON) -> str:
    """What decides an item's part: its topic, else its id, else its text."""
    for field in ("topic", "id", "doc_id"):
        value = gold.get(field)
        if value is not None and str(value) != "":
            return f"{field}:{value}"
    return "text:" + str(gold.get("text", ""))


def part_of(gold: JSON) -> Part:
    """``tune`` or ``check``: about half of the items each."""
    digest = hashlib.sha256(f"{_SALT}\0{item_key(gold)}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def in_part(gold: JSON, part: str) -> bool:
    """Whether ``gold`` belongs to ``part`` (every item belongs to ``all``).

    Raises:
        EvalError: ``part`` is not one of :data:`PARTS`.
    """
    if part not in PARTS:
        raise EvalError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    return part == "all" or part_of(gold) == part


__all__ = ["PARTS", "Part", "in_part", "item_key", "part_of"]
