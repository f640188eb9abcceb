"""A token ``Matcher`` that only reads the stretches of a doc where one of its patterns can match.

spaCy's ``Matcher`` tests every pattern's first token at every token of the doc, and the time
patterns' optional first words ("early", "last", "this") make that the costliest step of the times
stage. Every time pattern has a required token that is rare in running text: a weekday, a month,
"ago", a numeral. :class:`AnchoredMatcher` picks one such *anchor* per pattern and runs the
``Matcher`` only on windows around the doc's anchor tokens, as wide as the longest pattern. A
match always holds its pattern's anchor and is never longer than that, so it lies inside a window:
the matches are those of the whole doc.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.attrs import LOWER
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["NUMERAL", "AnchoredMatcher", "choose_anchors", "windows"]

Pattern = list[dict[str, Any]]
#: Token operators a window as wide as the pattern bounds: one token or none.
_BOUNDED = (None, "1", "?", "!")
#: The cost of anchoring on "a token starting with a digit": numerals are common, though
#: rarer than a stop word.
_DIGIT_COST = 50
_STOP_COST = 100


def _words(token: dict[str, Any]) -> frozenset[str] | None:
    """The lower-cased words a required pattern token accepts, if it names them."""
    lower = token.get("LOWER")
    if isinstance(lower, str):
        return frozenset([lower])
    if isinstance(lower, dict) and isinstance(lower.get("IN"), list):
        return frozenset(str(word) for word in lower["IN"])
    return None


def _numeric(token: dict[str, Any]) -> bool:
    """A token matched by a regular expression that only matches text opening with a digit (the
    time patterns' numerals: "2021", "3/4/2021", "12th"): anchored with ``^``, and each of its
    first alternatives opening with a digit. Any other regular expression anchors nothing."""
    text = token.get("TEXT")
    regex = text.get("REGEX") if isinstance(text, dict) else None
    if not isinstance(regex, str) or not regex.startswith("^"):
        return False
    body = regex[1:]
    if not body.startswith("("):
        return _digit_first(body) and not _top_level_bar(body)
    close = _group_end(body)
    if (
        close is None
        or body[close + 1 : close + 2] in ("?", "*", "{")
        or _top_level_bar(body[close + 1 :])
    ):
        return False
    return all(_digit_first(alt) for alt in _alternatives(body[1:close]))


def _digit_first(part: str) -> bool:
    return part.startswith("\\d") or part[:1].isdigit()


def _group_end(body: str) -> int | None:
    """The index of the ``)`` closing the group that opens ``body``."""
    depth, i = 0, 0
    while i < len(body):
        if body[i] == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1}.get(body[i], 0)
        if depth == 0:
            return i
        i += 1
    return None


def _alternatives(part: str) -> list[str]:
    """``part`` split at its top-level ``|``."""
    alternatives, depth, start, i = [], 0, 0, 0
    while i < len(part):
        if part[i] == "\\":
            i += 2
            continue
        depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(part[i], 0)
        if part[i] == "|" and depth == 0:
            alternatives.append(part[start:i])
            start = i + 1
        i += 1
    return [*alternatives, part[start:]]


def _top_level_bar(part: str) -> bool:
    return len(_alternatives(part)) > 1


#: A pattern's anchor: the words of one of its required tokens (``frozenset()`` for a numeral),
#: and how many tokens the pattern reaches to the left and right of it.
Anchor = tuple[frozenset[str], int, int]
#: What a numeral anchor is keyed by in the reach of :func:`choose_anchors`.
NUMERAL = ""


def _options(pattern: Pattern) -> list[Anchor]:
    """Each required token that names its words or is a numeral, as an anchor."""
    options: list[Anchor] = []
    for i, token in enumerate(pattern):
        if token.get("OP") not in (None, "1"):
            continue
        words = _words(token)
        if words is None and not _numeric(token):
            continue
        options.append((words or frozenset(), i, len(pattern) - 1 - i))
    return options


def _cost(anchor: Anchor, chosen: dict[str, tuple[int, int]]) -> int:
    """How much an anchor widens the windows: a word already chosen costs nothing, a stop
    word much; a numeral anchor is dearer than a rare word, cheaper than a stop word."""
    words = anchor[0]
    if not words:
        return 0 if NUMERAL in chosen else _DIGIT_COST
    return sum(0 if w in chosen else _STOP_COST if w in STOP_WORDS else 1 for w in words)


def choose_anchors(patterns: list[Pattern]) -> dict[str, tuple[int, int]] | None:
    """One anchor per pattern, chosen to keep the anchor words few and rare: each word (or
    :data:`NUMERAL`) with how far left and right a match around it may reach. None when a
    pattern has no anchor or a token that repeats without bound."""
    options = [_options(pattern) for pattern in patterns]
    if any(not o for o in options) or any(
        token.get("OP") not in _BOUNDED for pattern in patterns for token in pattern
    ):
        return None
    reach: dict[str, tuple[int, int]] = {}
    # Patterns with a cheap anchor choose first, so that dearer ones can reuse their words.
    for pattern_options in sorted(options, key=lambda o: min(_cost(x, {}) for x in o)):
        words, left, right = min(pattern_options, key=lambda option: _cost(option, reach))
        for word in words or (NUMERAL,):
            old_left, old_right = reach.get(word, (0, 0))
            reach[word] = (max(old_left, left), max(old_right, right))
    return reach


class AnchoredMatcher:
    """A ``Matcher`` run on windows around anchor tokens, with the whole doc's matches."""

    def __init__(self, vocab: Vocab) -> None:
        self.matcher = Matcher(vocab)
        self.patterns: list[Pattern] = []
        self.reach: dict[str, tuple[int, int]] | None = {}
        self._memo: dict[int, tuple[int, int] | None] = {}

    def __len__(self) -> int:
        return len(self.matcher)

    def add(self, key: str, patterns: Iterable[Pattern]) -> None:
        patterns = list(patterns)
        self.matcher.add(key, patterns)
        self.patterns += patterns
        self.reach = choose_anchors(self.patterns)  # None: the whole doc is read
        self._memo.clear()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if self.reach is None:
            return list(self.matcher(doc))
        matches: list[tuple[int, int, int]] = []
        for start, end in windows(doc, self._extents(doc)):
            found = self.matcher(doc[start:end])
            matches += [(key, start + s, start + e) for key, s, e in found]
        return matches

    def _extents(self, doc: Doc) -> list[tuple[int, int] | None]:
        """How far left and right a match may reach around each token (None: no anchor).
        Read from the lower-case hashes, memoised, since making a spaCy token per word is
        dearer than the matching saved."""
        assert self.reach is not None
        extents = []
        for key in doc.to_array(LOWER).tolist():
            if key not in self._memo:
                lower = doc.vocab.strings[key]
                self._memo[key] = self.reach.get(NUMERAL if lower[:1].isdigit() else lower)
            extents.append(self._memo[key])
        return extents


def windows(doc: Doc, extents: list[tuple[int, int] | None]) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` token windows that hold every match around an anchor."""
    around = [
        (max(0, i - extent[0]), min(len(doc), i + extent[1] + 1))
        for i, extent in enumerate(extents)
        if extent is not None
    ]
    merged: list[tuple[int, int]] = []
    # An anchor that reaches further left may start before the one before it.
    for start, end in sorted(around):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
