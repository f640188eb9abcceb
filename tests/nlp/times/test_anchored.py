"""The anchored matcher finds what a plain ``Matcher`` over the whole doc finds."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.matcher import Matcher

from eventwire.nlp.times.anchored import NUMERAL, AnchoredMatcher, choose_anchors, windows

STORIES = [
    "Late Monday night the council met again; it had last met on 12 March 2024, the mayor said.",
    "Profits fell 4% from the same period a year earlier. The company's 2023 fiscal quarter "
    "was weak.",
    "Two days later, on 3/4/2021, troops returned. A week ago they had left, and very soon after "
    "that the same morning brought rain.",
    "Shoppers came out on Black Friday and again on Christmas Eve, and next Thanksgiving Day too.",
    "He is currently in the city and will stay for the time being, in the near future perhaps "
    "until the spring of 2026.",
    "Recent polls, the current account and the single-day record: now - nothing else.",
]


def _plain(matcher: AnchoredMatcher, nlp: Language) -> Matcher:
    plain = Matcher(nlp.vocab)
    for key in matcher.matcher._patterns:
        plain.add(nlp.vocab.strings[key], matcher.matcher.get(key)[1])
    return plain


@pytest.mark.parametrize("text", STORIES)
@pytest.mark.parametrize("name", ["matcher", "tagged_matcher"])
def test_same_matches_as_the_whole_doc(nlp: Language, text: str, name: str) -> None:
    anchored = getattr(nlp.get_pipe("eventwire_times"), name)
    doc = nlp(text)
    assert sorted(anchored(doc)) == sorted(_plain(anchored, nlp)(doc))


def test_the_stories_hold_matches(nlp: Language) -> None:
    """Guard: the stories above exercise the patterns (an empty match list proves nothing)."""
    anchored = nlp.get_pipe("eventwire_times").matcher
    assert sum(len(anchored(nlp(text))) for text in STORIES) >= 15


def test_a_rare_word_is_chosen_over_stop_words() -> None:
    pattern = [{"LOWER": {"IN": ["in", "by"]}}, {"LOWER": "the"}, {"LOWER": "future"}]
    assert choose_anchors([pattern]) == {"future": (2, 0)}


def test_a_numeral_anchors_a_pattern_of_stop_words_and_a_year() -> None:
    pattern = [{"LOWER": {"IN": ["in", "by", "since"]}}, {"TEXT": {"REGEX": "^(1[89]|20)\\d\\d$"}}]
    assert choose_anchors([pattern]) == {NUMERAL: (1, 0)}


def test_an_unbounded_or_anchorless_pattern_reads_the_whole_doc() -> None:
    assert choose_anchors([[{"LOWER": "now"}, {"IS_PUNCT": True, "OP": "+"}]]) is None
    assert choose_anchors([[{"IS_PUNCT": True}]]) is None


def test_windows_merge_when_a_later_anchor_reaches_further_back(nlp: Language) -> None:
    doc = nlp.make_doc("a b c d e f g")
    # "d" reaches one token back, "e" four: the windows are one, from "a".
    assert windows(doc, [None, None, None, (1, 0), (4, 0), None, None]) == [(0, 5)]
    assert windows(doc, [None, (0, 0), None, None, None, (0, 1), None]) == [(1, 2), (5, 7)]


@pytest.mark.parametrize("regex", ["\\d+", "^(\\d+|one)$", "^\\d+|one", "^(\\d)?x", "^[A-Z]"])
def test_a_regex_that_may_match_no_numeral_anchors_nothing(regex: str) -> None:
    """spaCy searches a REGEX anywhere in the token: only one anchored at a digit is a numeral."""
    assert choose_anchors([[{"TEXT": {"REGEX": regex}}]]) is None
