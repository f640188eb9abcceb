"""Which events a quote states or comments on (``Quote.events``), where the text makes it clear.

- The quote's cue word is itself an event trigger: "… we will shut down the oil fields," the
  union leader *threatened* → that THREATEN event; a reporting verb the event coder read as a
  condemnation ("tweeted" a heinous-crime statement) → that ACCUSE event.
- A condemnation (ACCUSE event) whose source is the quote's speaker or the organisation the
  speaker speaks for, when the event is in the quote's sentence, or up to two sentences before
  a quote that uses condemning words (the State Department *condemned* the attack. "This act of
  terrorism …," spokesman Ned Price said), or in the sentence before one that names the same
  thing (Barzani *denounced* the attack … Barzani said the attack "portends dire consequences").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from eventwire.nlp.events import condemnation_words
from eventwire.nlp.quotes.speakers import DocView, Found
from eventwire.records import Event

#: How many sentences before a condemning quote its speaker's condemnation may be.
CONDEMNATION_WINDOW = 2


def link_events(doc: Doc, view: DocView, found: Sequence[Found]) -> None:
    """Fill ``quote.events`` of every found quote, in place."""
    events: list[Event] = list(doc._.ew_events or [])
    mentions: dict[str, list[int]] = doc._.ew_event_mentions or {}
    if not events or not found:
        return
    trigger_of = {i: eid for eid, idxs in mentions.items() for i in idxs}
    accuse = [e for e in events if e.type == "ACCUSE" and mentions.get(e.id)]
    order = {e.id: n for n, e in enumerate(events)}
    for f in found:
        linked: list[str] = []
        if f.cue is not None and f.cue.i in trigger_of:
            linked.append(trigger_of[f.cue.i])
        linked += [e.id for e in accuse if _comments_on(view, f, e, mentions[e.id])]
        f.quote.events = sorted(set(linked), key=order.__getitem__)


def _comments_on(view: DocView, f: Found, event: Event, triggers: list[int]) -> bool:
    speakers = {f.quote.speaker, f.quote.speaking_for} - {None}
    if not speakers & set(event.source):
        return False
    anchor = f.cue.i if f.cue is not None else _first_token(view, f.quote.content.start)
    here = view.sent_of[anchor]
    for i in triggers:
        gap = here - view.sent_of[i]
        if gap == 0:
            return True
        if 0 < gap <= CONDEMNATION_WINDOW and _condemning(view, f):
            return True
        if gap == 1 and _same_object(view, i, here):
            return True
    return False


def _first_token(view: DocView, char: int) -> int:
    span = view.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else 0


def _condemning(view: DocView, f: Found) -> bool:
    span = view.doc.char_span(f.quote.content.start, f.quote.content.end, alignment_mode="expand")
    lemmas = {t.lemma_.lower() for t in span} if span is not None else set()
    return bool(lemmas & condemnation_words())


def _same_object(view: DocView, trigger: int, sent: int) -> bool:
    """Whether the trigger's object noun ("denounced *the attack*") recurs in sentence ``sent``."""
    objects = {
        c.lemma_.lower() for c in view.doc[trigger].children if c.dep_ in ("dobj", "nsubjpass")
    }
    return any(t.lemma_.lower() in objects for t in view.sents[sent] if t.pos_ == "NOUN")
