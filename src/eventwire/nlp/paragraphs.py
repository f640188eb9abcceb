"""Paragraph breaks end sentences (``eventwire_paragraphs``, placed before the parser).

The small model's parser sometimes runs a headline or a dateline paragraph into the next one
("Soldiers killed in ambush\\n\\nMEXICO CITY — Four soldiers were killed ..."), and every stage
then reads one sentence where the writer wrote two: the headline's plural outranks the story's
count, a subject is found across the break. A blank line is a break no writer puts inside a
sentence, so the token after it starts one; the parser respects sentence starts set before it
and decides every other boundary itself. Single line breaks are left to the parser: hard-wrapped
text breaks lines inside sentences.

A dateline opening a paragraph ("GAZA CITY —", "BAMAKO, Mali (Reuters) -") is a sentence of
its own, whole: given a start before it, the parser would otherwise cut "GAZA" from "CITY", or
hang the story's first sentence on the town ("BELGRADE — Students protested" with no subject).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.nlp.parse import capitals_dateline


def _blank_line(whitespace: str) -> bool:
    return whitespace.count("\n") >= 2


#: Words in capitals longer than a town's name is ("RIO DE JANEIRO" has three).
MAX_TOWN_WORDS = 3


def _headline_caps(words: Span) -> bool:
    """A headline in capitals before a dash ("TEN KILLED IN MARKET BLAST —", "AU PEACEKEEPERS
    KILLED —"), no town: too many words, a function word, or a past or -ing form."""
    alpha = [t for t in words if t.is_alpha]
    if len(alpha) > MAX_TOWN_WORDS:
        return True
    return any(
        t.lower_ in STOP_WORDS or (len(t) > 4 and t.lower_.endswith(("ed", "ing"))) for t in alpha
    )


@Language.component("eventwire_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first word after each blank line; none inside a dateline."""
    starts = [0] if len(doc) else []
    for tok in doc[1:]:
        if not tok.is_space and _blank_line(doc[tok.i - 1].text_with_ws):
            tok.is_sent_start = True
            starts.append(tok.i)
    for start in starts:
        line = capitals_dateline(doc, start)
        if (
            line is None
            or doc[line.mark].text in ("(", ")")
            or _headline_caps(doc[start : line.end])
        ):
            continue  # "NATO (the alliance) said": a name and its aside, no dateline
        for i in range(start + 1, min(line.mark + 1, len(doc))):
            doc[i].is_sent_start = False
        if line.mark + 1 < len(doc):
            doc[line.mark + 1].is_sent_start = True
        _story_opening(doc, line.mark + 1)
    return doc


#: Words after a dateline that open one sentence: the parser, given the start, may cut the
#: first name off on its own ("SEOUL — North | Korea fired ...", "BEIRUT — Israel | and ...").
OPENING_WORDS = 3


def _story_opening(doc: Doc, first: int) -> None:
    """Keep the story's first words after a dateline in one sentence: no sentence of a name
    alone opens a story."""
    for i in range(first + 1, min(first + OPENING_WORDS, len(doc))):
        if doc[i - 1].is_punct or doc[i].is_space:
            return
        doc[i].is_sent_start = False


__all__ = ["mark_paragraphs"]
