"""Victims of casualty words (``casualties.victims``) and statements about the same victims
(``casualties.dedupe``)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.nlp.casualties.dedupe import dedupe_statements
from eventwire.nlp.casualties.lexicon import lexicon_words
from eventwire.nlp.casualties.statement import CasualtyStatement, Kind
from eventwire.nlp.casualties.victims import (
    adjective_victim,
    is_determined,
    verb_victim,
    victim_phrase,
)
from eventwire.nlp.pipeline import load_base
from eventwire.records import Count


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_base()


def _token(doc: Doc, text: str) -> Token:
    """The token with this text; "man@1" is the second "man"."""
    word, _, nth = text.partition("@")
    return [t for t in doc if t.text == word][int(nth or 0)]


def _phrase(victim: Token | None) -> str | None:
    return None if victim is None else " ".join(t.text for t in victim_phrase(victim))


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Two policemen were killed in the blast.", "killed", "Two policemen"),
        ("Gunmen opened fire, killing a demonstrator.", "killing", "a demonstrator"),
        ("He was shot and killed outside his home.", "killed", "He"),
        ("The man who was killed was a teacher.", "killed", "The man"),
        ("The blast left another teen wounded.", "wounded", "another teen"),
        # A body part hit stands for the person it belongs to.
        ("A pellet grazed his cheek.", "grazed", "his"),
        ("Shrapnel struck the guard in the leg.", "struck", "the guard"),
    ],
)
def test_victims_verb_victim(nlp: Language, text: str, cue: str, expected: str) -> None:
    doc = nlp(text)
    assert _phrase(verb_victim(_token(doc, cue))) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Medics pronounced the victim dead at the scene.", "dead", "the victim"),
        ("The driver was dead when police arrived.", "dead", "The driver"),
        ("Police found wounded soldiers near the road.", "wounded", "wounded soldiers"),
    ],
)
def test_victims_adjective_victim(nlp: Language, text: str, cue: str, expected: str) -> None:
    doc = nlp(text)
    assert _phrase(adjective_victim(_token(doc, cue))) == expected


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("Gunmen shot him.", "him", True),
        ("Gunmen shot the man.", "man", True),
        ("Gunmen shot two officers.", "officers", True),
        ("Gunmen were shooting people.", "people", False),
        ("Police are still looking for shooting victims.", "victims", False),
    ],
)
def test_victims_is_determined(nlp: Language, text: str, noun: str, expected: bool) -> None:
    assert is_determined(_token(nlp(text), noun)) is expected


def _statement(doc: Doc, kind: Kind, cue: str, victim: str, count: Count) -> CasualtyStatement:
    """A statement built by hand, as ``find_casualty_statements`` would read it."""
    cue_tok, victim_tok = _token(doc, cue), _token(doc, victim)
    sentence = next(k for k, s in enumerate(doc.sents) if s.start <= cue_tok.i < s.end)
    start, end = min(cue_tok.i, victim_tok.i), max(cue_tok.i, victim_tok.i) + 1
    return CasualtyStatement(kind, count, sentence, start, end, cue_tok.i, victim_tok.i)


ONE = Count(1, 1, "one")
TWO = Count(2, 2, "two")


@pytest.mark.parametrize(
    ("text", "statements", "kept"),
    [
        # A pronoun in a later sentence is the victim named before: the injury became a death.
        (
            "Smith was shot on Friday. He died in hospital.",
            [("injured", "shot", "Smith", ONE), ("killed", "died", "He", ONE)],
            ["killed"],
        ),
        # "another man" is someone new.
        (
            "A man was shot on Friday. Another man died later.",
            [("injured", "shot", "man", ONE), ("killed", "died", "man@1", ONE)],
            ["injured", "killed"],
        ),
        # A group of known size reported killed later.
        (
            "Two men were shot on Friday. Two died in hospital.",
            [("injured", "shot", "men", TWO), ("killed", "died", "Two", TWO)],
            ["killed"],
        ),
        # Other people in the same sentence.
        (
            "One man died and one woman was hurt.",
            [("killed", "died", "man", ONE), ("injured", "hurt", "woman", ONE)],
            ["killed", "injured"],
        ),
        # A vague first mention ("a person") is the one the story names more closely later.
        (
            "A fatal shooting was reported. Police heard of a person shot downtown. They found "
            "a man on Oak Street. He died.",
            [
                ("killed", "shooting", "shooting", Count(1, None, "fatal")),
                ("injured", "shot", "person", ONE),
                ("injured", "found", "man", ONE),
                ("killed", "died", "He", ONE),
            ],
            ["killed", "killed"],
        ),
        # The same cue and victim read twice count once.
        (
            "Police arrested a man.",
            [("arrested", "arrested", "man", ONE), ("arrested", "arrested", "man", ONE)],
            ["arrested"],
        ),
    ],
)
def test_victims_dedupe_statements(
    nlp: Language,
    text: str,
    statements: list[tuple[Kind, str, str, Count]],
    kept: list[str],
) -> None:
    doc = nlp(text)
    found = [_statement(doc, kind, cue, victim, count) for kind, cue, victim, count in statements]
    assert [s.kind for s in dedupe_statements(doc, found)] == kept


@pytest.mark.parametrize(
    ("key", "kind", "word"), [("verbs", "killed", "kill"), ("other_markers", None, "another")]
)
def test_victims_lexicon_words(key: str, kind: str | None, word: str) -> None:
    assert word in lexicon_words(key, kind)
