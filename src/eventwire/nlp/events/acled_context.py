"""What the events stage tells the ACLED coder about an event's surroundings: the sectors of its
actors, the words of its sentences and of a short report, and whether protesters are near; and
the recoding of a protest that was met with force.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.datafiles import word_list
from eventwire.ontology import AcledContext
from eventwire.ontology.tables import ACLED_SHORT_REPORT
from eventwire.records import Actor, Event

__all__ = ["acled_context", "context_sents", "lemma_phrases", "protest_acled"]


def _sectors(ids: Iterable[str], actors: dict[str, Actor]) -> frozenset[str]:
    return frozenset(s for i in ids if (s := actors[i].sector) if i in actors)


def acled_context(
    toks: list[Token],
    sources: list[str],
    targets: list[str],
    actors: dict[str, Actor],
    protest_sents: set[int],
) -> AcledContext:
    sents = {t.sent.start: t.sent for t in toks}
    # Protesters on either side make it part of a protest ("protesters clashed with police"),
    # and so does a protest reported in the same or the previous sentence ("Students protested
    # ... Police baton-charged the crowd").
    protesters = any(actors[a].name == "protesters" for a in [*sources, *targets] if a in actors)
    doc = next(iter(sents.values())).doc
    near = set(sents) | {doc[start - 1].sent.start for start in sents if start > 0}
    return AcledContext(
        source_sectors=_sectors(sources, actors),
        target_sectors=_sectors(targets, actors),
        words=lemma_phrases(sents.values()),
        protest=protesters or bool(near & protest_sents) or _protesters_in(doc, near, actors),
        context_words=lemma_phrases(context_sents(doc)),
    )


def lemma_phrases(sents: Iterable[SpacySpan]) -> frozenset[str]:
    """The lemmas and two-word phrases of these sentences."""
    words: set[str] = set()
    for sent in sents:
        lemmas = [_lemma(t) for t in sent]
        words.update(lemmas)
        words.update(f"{a} {b}" for a, b in zip(lemmas, lemmas[1:], strict=False))
    return frozenset(words)


def _lemma(tok: Token) -> str:
    """A word's lemma, a mine dug for something ("a gold mine") told apart from a landmine."""
    lemma = tok.lemma_.lower()
    if lemma == "mine" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _mined_goods()
        for c in tok.children
    ):
        return "mine:pit"
    return lemma


def _mined_goods() -> frozenset[str]:
    return word_list("eventwire.nlp.events", "data", "mined_goods.txt")


def context_sents(doc: Doc) -> list[SpacySpan]:
    """The whole report when it is short (``ACLED_SHORT_REPORT`` sentences at most: one
    incident, whose deciding word often sits beside the event's sentence); none for a long
    article, which tells of many incidents."""
    all_sents = list(doc.sents)
    return all_sents if len(all_sents) <= ACLED_SHORT_REPORT else []


def _protesters_in(doc: Doc, sent_starts: set[int], actors: dict[str, Actor]) -> bool:
    """Whether protesters are named in one of the sentences starting at these tokens."""
    ranges = [(doc[i].sent.start_char, doc[i].sent.end_char) for i in sent_starts]
    return any(
        lo <= m.start < hi
        for a in actors.values()
        if a.name == "protesters"
        for m in a.mentions
        for lo, hi in ranges
    )


def protest_acled(events: list[Event]) -> None:
    """A protest met with force is coded, as ACLED does, by that force: "Protest with
    intervention" or "Excessive force against protesters", not "Peaceful protest"."""
    force = {
        e.sentence.start: e.acled
        for e in events
        if e.type != "PROTEST" and e.acled is not None and e.acled.event_type == "Protests"
    }
    for e in events:
        if e.type == "PROTEST" and e.sentence.start in force:
            e.acled = force[e.sentence.start]
