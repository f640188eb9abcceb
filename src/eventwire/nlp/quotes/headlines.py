"""Headlines in title case: "Senator Lee Endorses Mayor Ruiz For Reelection", "Lee Tells Farmers
The Subsidy Will Stay". Capitalised words read to the parser as one long name, so a cue verb
inside them is tagged a proper noun and no clause hangs on it. A line of its own in headline
case, with a name at its start and a listed cue verb in its headline form (the "-s" present or
"-ed" past) right after the name, attributes the rest of the line to that name.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.quotes.contents import paragraph, trim_words
from eventwire.nlp.quotes.cueless import Reported
from eventwire.nlp.quotes.holders import is_someone
from eventwire.nlp.quotes.speakers import DocView
from eventwire.nlp.quotes.words import stance_words, words
from eventwire.records import Actor

#: Tokens at most in a headline line.
MAX_HEADLINE = 25
#: Words at most in the name before a headline's cue verb.
MAX_NAME = 6
#: Share of a headline's longer words (headline case capitalises those) that are capitalised.
MIN_CAPITALISED = 0.8
#: Endings of a verb's headline forms, each with what it replaces in the lemma ("Urges" → urge,
#: "Denies" → deny, "Backed" → back, "Vowed" → vow, "Praised" → praise).
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("d", ""))


def headline_verb(word: str) -> str | None:
    """The listed cue lemma a capitalised headline word is a form of ("Endorses" → endorse),
    or ``None``."""
    lower = word.lower()
    cues = words("indirect") | stance_words("verb")
    for ending, lemma_end in _ENDINGS:
        if lower.endswith(ending) and lower[: -len(ending)] + lemma_end in cues:
            return lower[: -len(ending)] + lemma_end
    return None


def headline_cue(tok: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """A cue verb the parser read as part of a name in a title-case headline: the name before it
    speaks, the rest of the line is what it says or holds."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.i in view.marked:
        return []
    if headline_verb(tok.text) is None:
        return []
    lo, hi = paragraph(tok)
    line = [t for t in tok.doc[lo + 1 : hi] if not t.is_space]
    if not line or len(line) > MAX_HEADLINE or not _headline_case(line):
        return []
    name = [t for t in line if t.i < tok.i]
    if not 1 <= len(name) <= MAX_NAME or not all(_name_word(t) for t in name):
        return []
    source = name[-1]
    if not is_someone(source, view, actors):
        return []
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ in ("VERB", "AUX"):
        return []  # "Power Plant Rules Face Key Test": a noun, the subject of the verb after it
    said = trim_words([t for t in line if t.i > tok.i])
    alpha = [t for t in said if t.is_alpha]
    if len(alpha) < 2 or any(t.i in kept or t.i in view.quoted for t in said):
        return []
    return [Reported(tok, source, said)]


def _name_word(tok: Token) -> bool:
    """A word of a name in a headline: capitalised, no punctuation, no verb the parser saw."""
    return tok.text[:1].isupper() and tok.is_alpha and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _headline_case(line: list[Token]) -> bool:
    """Whether most of the line's longer words are capitalised, as in a title-case headline."""
    long_words = [t for t in line if t.is_alpha and len(t) > 3]
    if len(long_words) < 3:
        return False
    capitalised = sum(1 for t in long_words if t.text[:1].isupper())
    return capitalised >= MIN_CAPITALISED * len(long_words)
