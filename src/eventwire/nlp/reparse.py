"""A sentence the parser read as one long noun phrase, parsed again (``eventwire_reparse``,
placed right after the model's components, so that every stage reads the mended parse).

The small model often reads a lead whose verb is a compound or a rare past tense as a noun
phrase: "Police in Harare tear-gassed protesters" (the verb split as "tear - gassed" and hung as
an adjective on "protesters"), "Dock workers in Mombasa downed tools" ("downed" an adjective of
"tools"). The sentence then has no verb, and no act is read from it. Such a sentence (no verb
but a past participle or past tense modifying a noun, with a noun told before it) is parsed
again with that word, and a hyphenated word before it, standing as one plain past tense
("took"); when the new parse makes it the sentence's verb, its heads and labels are copied back
onto the sentence, the word tagged as the past tense it is. The words, lemmas and entities stay.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

#: The word the re-parse puts in the verb's place: a past tense no parser reads as an adjective.
STAND_IN = "took"
#: Which of the base model's pipes the re-parse runs, in order.
PARSE_PIPES = ("tok2vec", "tagger", "parser")

Parse = Callable[[Doc], Doc]
#: The range of the doc array's unsigned cells: a relative head below 0 is stored wrapped.
_WRAP = 2**64


def verbless_participle(sent: Span) -> Token | None:
    """The past form read as an adjective in a sentence with no verb, a noun told before it."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sent):
        return None
    if any("\n" in t.text or "\n" in t.whitespace_ for t in sent[:-1]):
        return None  # lines run together (headlines with no stop): no one sentence to mend
    if _title_case(sent):
        return None  # no stage reads an act from a title-case headline: spare the parse
    for tok in sent:
        if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or tok.head.i <= tok.i:
            continue
        start = _compound_start(tok)
        if _ends_a_subject(sent, start) and any(
            t.pos_ in ("NOUN", "PROPN") for t in sent[: start - sent.start]
        ):
            return tok
    return None


def _title_case(sent: Span) -> bool:
    """Whether every longer word of a sentence is capitalised ("Police In Harare Tear-Gassed
    Protesters")."""
    long_words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(long_words) >= 3 and all(t.text[0].isupper() for t in long_words)


def _ends_a_subject(sent: Span, start: int) -> bool:
    """Whether the word before the past form may end its subject: not a preposition, a
    possessive or a determiner ("Families of kidnapped schoolgirls", "the leader's detained
    aides" are noun phrases, not acts)."""
    if start <= sent.start:
        return False
    prev = sent.doc[start - 1]
    closed = ("ADP", "DET", "PART", "CCONJ", "SCONJ", "PRON", "PUNCT")
    return prev.pos_ not in closed and prev.tag_ not in ("POS", "PRP$", "IN")


def _compound_start(tok: Token) -> int:
    """Where the word starts with a hyphenated word before it ("tear - gassed")."""
    doc = tok.doc
    hyphened = (
        tok.i >= 2
        and doc[tok.i - 1].tag_ == "HYPH"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
        and doc[tok.i - 2].head.i == tok.i
    )
    return tok.i - 2 if hyphened else tok.i


def reparse_verbless(doc: Doc, pipes: Sequence[Parse]) -> None:
    """Parse again each sentence that :func:`verbless_participle` finds (see the module)."""
    if not pipes:
        return
    fixes = [(sent, verb) for sent in doc.sents if (verb := verbless_participle(sent))]
    if not fixes:
        return
    # unsigned cells: a head before its word is stored wrapped around
    arr: NDArray[np.uint64] = np.asarray(doc.to_array([HEAD, DEP]), dtype=np.uint64)
    changed = False
    for sent, verb in fixes:
        changed |= _reparse(sent, verb, pipes, arr)
    if changed:
        doc.from_array([HEAD, DEP], cast(Ints2d, arr))


def _reparse(sent: Span, verb: Token, pipes: Sequence[Parse], arr: NDArray[np.uint64]) -> bool:
    """Write the new heads of ``sent`` into ``arr`` (relative heads, labels) when the new
    parse makes the stand-in the sentence's verb; tag the verb as a past tense."""
    doc = sent.doc
    start = _compound_start(verb)
    old = [t.i for t in sent if not start <= t.i < verb.i]  # the new doc's words, in order
    words = [STAND_IN if i == verb.i else doc[i].text for i in old]
    spaces = [bool(doc[i].whitespace_) for i in old]
    new = Doc(doc.vocab, words=words, spaces=spaces)
    for pipe in pipes:
        new = pipe(new)
    stand_in = new[old.index(verb.i)]
    if stand_in.dep_ != "ROOT" or stand_in.tag_ != "VBD":
        return False
    for j, i in enumerate(old):
        arr[i, 0] = np.uint64((old[new[j].head.i] - i) % _WRAP)
        arr[i, 1] = np.uint64(new[j].dep)
    verb.tag_ = "VBD"
    verb.pos_ = "VERB"
    return True


class ReparseComponent:
    """Mends the parse of verbless leads with the model's own tagger and parser."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.pipes: list[Parse] = [
            pipe for pipe_name, pipe in nlp.pipeline if pipe_name in PARSE_PIPES
        ]

    def __call__(self, doc: Doc) -> Doc:
        reparse_verbless(doc, self.pipes)
        return doc


@Language.factory("eventwire_reparse")
def make_reparse(nlp: Language, name: str) -> ReparseComponent:
    """The ``eventwire_reparse`` component; add it after the model's parser."""
    return ReparseComponent(nlp, name)
