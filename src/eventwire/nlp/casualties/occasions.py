"""When a statement tells its harm happened: the days and times told, and other incidents.

Used by :mod:`eventwire.nlp.casualties.attach` (a toll told on another day is another event's),
:mod:`eventwire.nlp.casualties.groups` (a statement after a group that tells "another shooting"
or a day of its own is no member of the group) and :mod:`eventwire.nlp.casualties.dedupe` (a
death toll dated before the story's month is another incident's, not the hurt dying).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.nlp.casualties.lexicon import lexicon_words
from eventwire.nlp.casualties.statement import CasualtyStatement


def another_incident(doc: Doc, group: CasualtyStatement, member: CasualtyStatement) -> bool:
    """Whether a statement after a group tells another incident: its sentence speaks of
    "another shooting", "a separate attack", or tells a day the group's sentence does not."""
    sent, first = doc[member.cue].sent, doc[group.cue].sent
    cue = doc[member.cue]
    verbs = {cue.i, cue.head.i} if cue.dep_ == "conj" else {cue.i}
    markers = lexicon_words("incident_markers")
    # the marker must qualify the occasion the casualty verb was hurt in ("wounded in another
    # shooting"), not any noun of the sentence ("another witness said")
    if any(t.lower_ in markers and _hurt_in(t.head, verbs) for t in sent):
        return True
    if sent.start == first.start:
        return False
    # one of the group may die a day later ("A woman died on Wednesday and three men were
    # wounded"): the day of a death tells no other incident
    told = {i for i in verbs if doc[i].lemma_ not in LATER_DEATHS}
    days = told_times(sent, told) if told else set()
    return bool(days) and not same_time(days, told_times(first))


#: Verbs of a death that may come days after the wounding.
LATER_DEATHS = frozenset({"die", "succumb"})


def _hurt_in(noun: Token, verbs: set[int]) -> bool:
    """Whether a noun is the object of a preposition one of ``verbs`` takes ("in a shooting")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in verbs


def same_time(told: set[str], other: set[str]) -> bool:
    """Whether two sets of told times share one ("Monday" and "Monday night")."""
    return any(a in b or b in a for a in told for b in other)


def told_times(span: Span, verbs: set[int] | None = None) -> set[str]:
    """The dates and times a span tells (lower-case texts), not ages ("a 30-year-old man");
    with ``verbs``, only the days told of one of them ("On Tuesday, a woman was killed", not
    "police said on Tuesday")."""
    # a span of time ("over three days") tells no moment
    spans = {t.start for t in span.doc._.ew_times or [] if t.type in ("DURATION", "SET")}
    return {
        e.text.lower()
        for e in span.ents
        if e.label_ in (("DATE",) if verbs else ("DATE", "TIME"))
        and e.start_char not in spans
        and e.root.dep_ not in ("amod", "compound", "nummod")
        and not e.text.lower().endswith("old")
        and (verbs is None or _verb_of(e.root).i in verbs)
    }


def _verb_of(tok: Token) -> Token:
    """The nearest verb a token hangs on (itself if none)."""
    return next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), tok)


def dated_apart(doc: Doc, injured: CasualtyStatement, killed: CasualtyStatement) -> bool:
    """Whether a death toll is dated before the story's month, in words the hurt's sentence
    does not share ("Three were wounded. Last month, soldiers killed dozens", "in 2022"):
    another incident. A later day ("two died on Saturday") may be the hurt dying."""
    published = doc._.published
    if published is None:
        return False
    month = published.isoformat()[:7]
    told = _date_values(doc, killed)
    return any(v[:7] < month for v in told) and not told & _date_values(doc, injured)


def _date_values(doc: Doc, statement: CasualtyStatement) -> set[str]:
    """The DATE values told in a statement's sentence."""
    times = doc._.ew_times or []
    time_of: dict[int, int] = doc._.ew_time_of or {}
    sent = doc[statement.cue].sent
    found = (times[time_of[i]] for i in range(sent.start, sent.end) if i in time_of)
    return {t.value for t in found if t.type == "DATE" and t.value and t.value[:1].isdigit()}
