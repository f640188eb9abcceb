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

__all__ = [
    "acled_context",
    "context_sents",
    "lemma_phrases",
    "protest_acled",
    "told_apart",
]


def _sectors(ids: Iterable[str], actors: dict[str, Actor]) -> frozenset[str]:
    return frozenset(s for i in ids if (s := actors[i].sector) if i in actors)


def acled_context(
    toks: list[Token],
    sources: list[str],
    targets: list[str],
    actors: dict[str, Actor],
    protest_sents: set[int],
    refused: frozenset[int] = frozenset(),
) -> AcledContext:
    """The ACLED coder's evidence for an event of these trigger tokens; ``refused`` are the
    tokens a NONE row of the events lexicon refuses ("tensions exploded into fighting" tells no
    bomb), left out of the words."""
    sents = {t.sent.start: t.sent for t in toks}
    # another act told before or after this one is not this act's evidence ("arrested 12, a
    # day after an air strike killed five soldiers": no air strike arrested anyone)
    refused = refused | told_apart(next(iter(sents.values())).doc, {t.i for t in toks})
    # Protesters on either side make it part of a protest ("protesters clashed with police"),
    # and so does a protest reported in the same or the previous sentence ("Students protested
    # ... Police baton-charged the crowd").
    protesters = any(actors[a].name == "protesters" for a in [*sources, *targets] if a in actors)
    doc = next(iter(sents.values())).doc
    near = set(sents) | {doc[start - 1].sent.start for start in sents if start > 0}
    return AcledContext(
        source_sectors=_sectors(sources, actors),
        target_sectors=_sectors(targets, actors),
        words=lemma_phrases(sents.values(), refused),
        protest=protesters or bool(near & protest_sents) or _protesters_in(doc, near, actors),
        context_words=lemma_phrases(context_sents(doc), refused),
    )


#: Words that tell an act a span of time before or after another ("a day after").
SEQUENCE_WORDS = frozenset({"after", "before"})


def told_apart(doc: Doc, own: set[int]) -> frozenset[int]:
    """The tokens of the clauses told a span of time before or after another act ("a day
    after an air strike killed five soldiers", "two weeks before the vote"), in which none of
    the ``own`` tokens (an event's triggers) stands: an incident of another day. A bare "after"
    ("seized the town after the army pulled out") may tell the same incident's course, and
    stays. An act told in such a clause has the rest of its sentence apart ("a day after
    gunmen attacked a checkpoint": no drone strike of the main clause is the gunmen's)."""
    clauses = _measured_clauses(doc)
    apart = frozenset().union(*(c for c in clauses if not own & c))
    inside = [c for c in clauses if own and own <= c]
    if not inside:
        return apart
    clause = min(inside, key=len)
    sents = {doc[i].sent for i in own}
    rest = {t.i for sent in sents for t in sent if t.i not in clause}
    return apart | rest


#: Where a doc keeps its :func:`_measured_clauses`, read once for all its events.
_CLAUSES_KEY = "eventwire.measured_clauses"


def _measured_clauses(doc: Doc) -> list[frozenset[int]]:
    """The clauses told a measured span before or after another act, of the whole doc."""
    cached: list[frozenset[int]] | None = doc.user_data.get(_CLAUSES_KEY)
    if cached is None:
        cached = doc.user_data[_CLAUSES_KEY] = [
            frozenset(_clause_of(word))
            for word in doc
            if word.lower_ in SEQUENCE_WORDS and _measured(word)
        ]
    return cached


def _measured(word: Token) -> bool:
    """Whether an "after" or "before" has a span of time told before it ("a day after")."""
    if word.head.dep_ == "npadvmod" and word.dep_ == "prep":
        return True  # the parser's "a day after …": the measure takes the word
    if any(c.dep_ == "npadvmod" for c in word.children):
        return True
    return word.dep_ == "mark" and any(
        c.dep_ == "npadvmod" and c.i < word.i for c in word.head.children
    )


def _clause_of(word: Token) -> set[int]:
    """The tokens of the act told after or before ``word``: its clause, or its object."""
    if word.dep_ == "mark":
        return {t.i for t in word.head.subtree if t.i > word.i}
    if word.head.dep_ == "npadvmod" and word.head.head.dep_ == "advcl":
        verb = word.head.head  # "a day after an attack … killed two soldiers"
        return {t.i for t in verb.subtree if t.i > word.i}
    return {t.i for t in word.subtree if t.i > word.i}


def lemma_phrases(
    sents: Iterable[SpacySpan], refused: frozenset[int] = frozenset()
) -> frozenset[str]:
    """The lemmas and two-word phrases of these sentences, but for the ``refused`` tokens (a
    word so used tells no act) and the phrases they are part of."""
    words: set[str] = set()
    for sent in sents:
        lemmas = [None if t.i in refused else _lemma(t) for t in sent]
        words.update(w for w in lemmas if w is not None)
        words.update(f"{a} {b}" for a, b in zip(lemmas, lemmas[1:], strict=False) if a and b)
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
