"""Which of the times in a trigger's clause may date it.

A time that only tells which thing a noun names dates that thing, not the verb whose argument
holds it: "thanked Seoul for its help during last year's drought" dates the drought, and
"mourned the victims of the 2019 attack" the attack. Such a time hangs on a noun other than the
trigger as its possessive ("last year's"), through "of" ("the floods of 2019") or as a year
before it ("the 1972 massacre"). Where that
noun is the act's subject or setting ("Friday's earthquake killed 300", "arrested 20 at
Friday's rally", "killed in the floods of 2019") its time is the act's too.

An act reported without a time of its own takes the time of its report: "Two days later, the
army said it had killed 40 fighters" tells the killing no later than that day, which is closer
than the day the article came out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.events.arguments import nearest
from eventwire.nlp.parse import SAYING

__all__ = [
    "conjunct_time",
    "dating_times",
    "own_time",
    "participle_time",
    "reported_time",
    "sequence_shift",
    "simultaneous_time",
    "span_from_day",
    "start_time",
]

_NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def dating_times(trigger: Token, time_of: dict[int, int], doc: Doc) -> dict[int, int]:
    """``time_of`` (token index → time index) less the tokens of times that modify a noun other
    than ``trigger``."""
    spans: dict[int, list[int]] = {}
    for i, k in time_of.items():
        spans.setdefault(k, []).append(i)
    dropped = {
        k
        for k, tokens in spans.items()
        if _names_a_thing(tokens, trigger, time_of, doc)
        or (_since(tokens, doc) and _ranked(trigger))
    }
    return {i: k for i, k in time_of.items() if k not in dropped}


def _ranked(trigger: Token) -> bool:
    """An act ranked against others ("the deadliest attack", "the first strike"): a time after
    "since" starts the span it is ranked in."""
    return any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ == "first") for c in trigger.children
    )


def _since(tokens: list[int], doc: Doc) -> bool:
    """ "the deadliest attack since January": where the comparison starts, not when the act was
    done ("riots since Friday evening" are dated by their start)."""
    inside = set(tokens)
    roots = [doc[i] for i in tokens if doc[i].head.i not in inside]
    return any(r.dep_ == "pobj" and r.head.lower_ == "since" for r in roots)


def own_time(trigger: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The token of the time nearest the trigger in its clause, one told in a joined verb's
    own phrases first: "kidnapped them on Friday and freed them on Sunday" frees them on
    Sunday, though the clause of "freed" also holds the phrases of the verb it is joined to;
    so for a clause hung on another verb ("when rebels shelled a town on Tuesday"). A span
    dates nothing when a day is told beside it: "sentenced him to two years in prison on
    Friday" was done on Friday."""
    times = dating_times(trigger, time_of, doc)
    if trigger.dep_ == "conj" and trigger.pos_ == "VERB":
        own = {i: k for i, k in times.items() if trigger.is_ancestor(doc[i])}
        t = _day_before_span(trigger, own, doc)
        if t is not None:
            return t
    if trigger.dep_ == "advcl" and trigger.pos_ == "VERB" and not _purpose(trigger):
        own = {i: k for i, k in times.items() if _on_verb(doc[i], trigger)}
        own = {i: k for i, k in own.items() if _calendar_day(doc, k)}
        t = nearest(trigger, own, doc)
        if t is not None:
            return t  # "hours after rebels shelled a post" tells no day of the shelling
        # the day around it, not a time inside the clause's own nouns ("as students marched
        # toward the current parliament")
        times = {i: k for i, k in times.items() if not trigger.is_ancestor(doc[i])}
    return _day_before_span(trigger, times, doc)


def _purpose(verb: Token) -> bool:
    """ "arrested 12 people on Monday to prevent a protest on Friday": a purpose clause has no
    day of its own; the day told there is its object's."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _on_verb(tok: Token, verb: Token) -> bool:
    """Whether a time's token hangs on the verb itself, as its adverb or in its own phrase
    ("shelled a town on Tuesday", "late Sunday"), not inside a noun it names ("the current
    uprising", "after the 2019 election")."""
    if tok.head.i == verb.i:
        return tok.dep_ in ("npadvmod", "tmod")
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i == verb.i


#: Verbs that tell an act happening or starting ("set to resume", "due to begin", "to be held").
OCCURRING = word_group("eventwire.nlp.events", "occurring")

#: Words before a time that tell where an act ends or is done by, not when it happens.
_ENDPOINTS = frozenset({"until", "till", "by", "through", "to"})


def start_time(clause: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The token of a time told on a verb of occurring in a noun act's "to" clause ("Talks are
    set to resume next Tuesday"), hung on that verb itself; None for another verb ("expected to
    boost trade by 2030"), an endpoint ("last until Friday"), or a time inside its object ("to
    spread after the 2019 election")."""
    if clause.lemma_.lower() not in OCCURRING:
        return None
    own = {
        i: k
        for i, k in dating_times(clause, time_of, doc).items()
        if _on_verb(doc[i], clause)
        and _calendar_day(doc, k)
        and not (doc[i].dep_ == "pobj" and doc[i].head.lower_ in _ENDPOINTS)
    }
    return nearest(clause, own, doc)


#: A time value that names a day, a month or a year.
_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


def _calendar_day(doc: Doc, k: int) -> bool:
    """Whether time ``k`` has a calendar value: not a span, not "now" (PRESENT_REF), not a
    number the NER took for a time and nothing could read."""
    found = doc._.ew_times or []
    t = found[k]
    return t.type not in _SPAN_TYPES and bool(t.value) and bool(_CALENDAR.match(t.value or ""))


#: Time types that tell how long or how often, not when.
_SPAN_TYPES = frozenset({"DURATION", "SET"})


def _day_before_span(trigger: Token, times: dict[int, int], doc: Doc) -> int | None:
    """The token of the time nearest the trigger in its clause, but for a span ("two years",
    "every week") where another time is told there too."""
    t = nearest(trigger, times, doc)
    found = doc._.ew_times or []
    if t is None or found[times[t]].type not in _SPAN_TYPES:
        return t
    dated = {i: k for i, k in times.items() if found[k].type not in _SPAN_TYPES}
    other = nearest(trigger, dated, doc)
    return t if other is None else other


def reported_time(
    trigger: Token, time_of: dict[int, int], doc: Doc, reporting: frozenset[str]
) -> int | None:
    """The token of the time dating the reporting verb (a lemma in ``reporting``) whose
    complement clause ``trigger`` heads, or None."""
    verb = trigger.head
    if trigger.dep_ != "ccomp" or verb.i == trigger.i or verb.lemma_.lower() not in reporting:
        return None
    return nearest(verb, dating_times(verb, time_of, doc), doc)


def participle_time(trigger: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The token of the time dating the verb that a participle trigger hangs on, or None: a
    participle told with no time of its own is done when its verb is ("marched on Thursday,
    throwing eggs and setting fires")."""
    tok = trigger
    while tok.dep_ == "conj" and tok.head.tag_ == "VBG" and tok.head.i != tok.i:
        tok = tok.head  # "throwing eggs … and setting fires"
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.pos_ != "VERB":
        return None
    if any(c.dep_ == "mark" for c in tok.children):
        return None  # "before leaving", "after killing": another time than the verb's
    return nearest(tok.head, dating_times(tok.head, time_of, doc), doc)


def conjunct_time(trigger: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The token of the time told after a verb joined to the trigger's, or None: verbs that
    share their subject or their auxiliary share the time told after the last of them
    ("were killed and seven wounded on Monday", "stormed the village and burned it on
    Sunday"), which the parser hangs on that last verb."""
    if trigger.pos_ != "VERB":
        return None
    for conj in trigger.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < trigger.i:
            continue
        if not _same_act_told(trigger, conj):
            continue
        t = nearest(conj, dating_times(conj, time_of, doc), doc)
        t = simultaneous_time(conj, time_of, doc) if t is None else t
        if t is not None and t > conj.i:
            return t
    return None


def _same_act_told(trigger: Token, conj: Token) -> bool:
    """Whether the joined verb tells the same moment: in the trigger's tense, with no auxiliary
    of its own ("arrested 12 and will release them on Friday" is a later act), and no report
    of it ("stormed the town, and said on Tuesday …")."""
    if conj.lemma_.lower() in SAYING:
        return False
    if _shares_auxiliary(trigger, conj):
        return True
    if not _shares_subject(conj):
        return False
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    return (not own_aux and conj.tag_ == trigger.tag_) or _past_passive_after_past(trigger, conj)


#: What befalls the doers of an act in the act itself ("attacked a bus and were killed").
FELLED = word_group("eventwire.nlp.events", "felled")


def _past_passive_after_past(trigger: Token, conj: Token) -> bool:
    """ "attacked a bus and were killed by police on Monday": the doers of a deed told in the
    simple past, killed or wounded in the simple past passive, fell in the deed itself. Other
    passives may tell a later turn ("seized the town and were driven out on Sunday")."""
    if conj.lemma_.lower() not in FELLED or conj.tag_ != "VBN" or trigger.tag_ != "VBD":
        return False
    auxes = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
    own = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    passive = bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)
    return passive and not own


def _shares_subject(conj: Token) -> bool:
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)


def _shares_auxiliary(trigger: Token, conj: Token) -> bool:
    """ "were killed and seven wounded": the second verb's "were" is the first's."""

    def auxes(tok: Token) -> list[Token]:
        return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]

    return bool(auxes(trigger)) and not auxes(conj) and conj.tag_ == "VBN"


#: Markers of a clause told as going on at the time of the verb it hangs on.
_WHILE = frozenset({"as", "while", "when", "whilst"})


def simultaneous_time(trigger: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The token of the time dating the verb that a clause of the same moment hangs on, or
    None: "police fired tear gas on Tuesday as thousands marched" tells the march on Tuesday.
    The other way round too: "were killed when their convoy hit a bomb on Monday" tells the
    killing on Monday. A "when" clause told of a time is on that time: "since Oct. 12, when
    police shot a student"."""
    if trigger.dep_ == "relcl" and trigger.head.i in time_of and _of_the_moment(trigger):
        return trigger.head.i
    if trigger.dep_ == "advcl" and trigger.head.pos_ == "VERB" and _of_the_moment(trigger):
        return nearest(trigger.head, dating_times(trigger.head, time_of, doc), doc)
    if trigger.pos_ != "VERB":
        return None
    for clause in trigger.children:
        if clause.dep_ == "advcl" and clause.pos_ == "VERB" and _of_the_moment(clause):
            t = nearest(clause, dating_times(clause, time_of, doc), doc)
            if t is not None and _a_day(doc, time_of, t):
                return t
    return None


def _a_day(doc: Doc, time_of: dict[int, int], tok: int) -> bool:
    """Whether the time at token ``tok`` is a date, not a span ("for a week")."""
    times = doc._.ew_times or []
    k = time_of.get(tok)
    value: str | None = times[k].value if k is not None and k < len(times) else None
    return value is not None and value[:1].isdigit()


def _of_the_moment(clause: Token) -> bool:
    """Whether a clause opens with "as", "while" or "when" (a mark, or for "when" an adverb)."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHILE for c in clause.children)


def _names_a_thing(tokens: list[int], trigger: Token, time_of: dict[int, int], doc: Doc) -> bool:
    """Whether the time on ``tokens`` modifies a noun that is neither the trigger nor part of
    another time ("October of last year" is one date), nor the act's setting or subject."""
    inside = set(tokens)
    root = next((doc[i] for i in tokens if doc[i].head.i not in inside), None)
    if root is None:
        return False
    noun = _modified_noun(root)
    if noun is None or noun.i == trigger.i or noun.i in time_of:
        return False
    return not _setting(noun)


#: Prepositions whose object, on a verb, is when and where an act happened ("arrested 20 at
#: Friday's rally", "during the protests of May 2019"); not "for" or "with".
_SETTING = frozenset({"at", "during", "in", "amid", "after", "before", "following", "since", "on"})


def _setting(noun: Token) -> bool:
    """Whether a noun is a clause's subject ("Friday's earthquake killed 300") or, through any
    "of" ("in the aftermath of Sunday's vote"), the object of a preposition of setting on a
    verb: then its time is the act's too. "During" on a noun ("support during last year's
    drought") sets that noun, not the verb."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in _NOUN_TAGS:
        noun = noun.head.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    prep = noun.head
    on = prep.head
    if prep.lower_ in _SEQUENCE_SIGN and on.dep_ == "npadvmod":
        on = on.head  # "The day after Tuesday's vote, ... marched": a span on the verb
    on_verb = noun.dep_ == "pobj" and on.pos_ in ("VERB", "AUX")
    return on_verb and prep.lower_ in _SETTING and not _after_a_reason(prep)


def _after_a_reason(prep: Token) -> bool:
    """A phrase right after a "for" phrase on the same verb, or a charge's "of" phrase ("thanked
    Norway for its support during last year's floods", "praised them for their work in the
    floods of 2019", "cleared the officer of murder charges in the 2019 shooting"): the parser
    hangs it on the verb, but it sets the reason's or the charge's noun."""
    verb = prep.head
    before = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    if verb.lemma_.lower() in CHARGING_OF:
        # the charge may hang on the object: "cleared [the officer of murder charges] in …"
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        before += [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(c.right_edge.i + 1 == prep.i for c in before)


#: Verbs whose "of" phrase names the offence charged ("accused him of murder", "cleared of
#: charges"); not "died of wounds", whose next phrase is the act's setting.
CHARGING_OF = word_group("eventwire.nlp.events", "charging_of")


#: A year written as a number ("1972"), which before a noun names which thing it is.
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _modified_noun(root: Token) -> Token | None:
    """The noun a time is the possessive of, the object of an "of" after, or a year written
    before ("the 1972 massacre", "the 2019 election")."""
    if root.dep_ == "poss" and root.head.pos_ in _NOUN_TAGS:
        return root.head
    year = root.dep_ in ("nummod", "compound", "amod") and _YEAR.match(root.text) is not None
    if year and root.head.pos_ in _NOUN_TAGS and root.head.i > root.i:
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in _NOUN_TAGS:
        return prep.head
    return None


#: Words telling an act before or after another, and which way its day lies from that act's.
_SEQUENCE_SIGN = {"after": -1, "before": 1}
#: A span of whole days or weeks ("two days", "a week": P2D, P1W) between two acts.
_DAYS_OR_WEEKS = re.compile(r"^P(\d+)([DW])$")


@dataclass(frozen=True, slots=True)
class Shift:
    """An act told a span before or after another ("two days after the bombing"): the verb of
    that other act, the signed days from its day to this act's, and the tokens of this act's own
    clause (a date inside them is its own)."""

    anchor: Token
    days: int
    clause: frozenset[int]


def sequence_shift(trigger: Token, time_of: dict[int, int], doc: Doc) -> Shift | None:
    """How far a trigger's act lies from the act it is told after or before, where a span of
    days or weeks says so: "arrested 12 on Friday, two days after the bombing" puts the
    bombing two days before Friday; "resigned on Sunday, three days before the vote" the vote
    three days after. A bare "after" tells no span, so no shift."""
    found = _sequence_word(trigger)
    if found is None:
        return None
    word, anchor, clause = found
    measure = _measure(word)
    days = _days(measure, time_of, doc) if measure is not None else None
    if days is None or measure is None or anchor.i == trigger.i:
        return None
    own = frozenset(t.i for t in clause) - {t.i for t in measure.subtree}
    return Shift(anchor, days * _SEQUENCE_SIGN[word.lower_], own)


def span_from_day(trigger: Token, time: int, time_of: dict[int, int], doc: Doc) -> int | None:
    """The days an act lies from the time ``time`` (a time index) that dates it, where that time
    is told inside a span's "before" or "after": "Two days before Tuesday's vote, protesters
    marched" marched on Sunday, "the day after the vote on Tuesday" on Wednesday; else None."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    words = [c for c in verb.children if c.dep_ == "prep"]
    words += [w for m in verb.children if m.dep_ == "npadvmod" for w in m.children]
    for word in words:
        if word.dep_ != "prep" or word.lower_ not in _SEQUENCE_SIGN:
            continue
        measure = _measure(word)
        days = _days(measure, time_of, doc) if measure is not None else None
        told = [c for c in word.children if c.dep_ == "pobj"]
        if days is None or not told or not _tells_time(told[0], time, time_of):
            continue
        return -days * _SEQUENCE_SIGN[word.lower_]
    return None


def _tells_time(noun: Token, time: int, time_of: dict[int, int]) -> bool:
    """Whether the noun after "before" or "after" is the time, or what it names has it: its
    possessive ("Tuesday's vote") or its "on" ("the vote on Tuesday")."""
    near = [noun, *(c for c in noun.children if c.dep_ == "poss")]
    near += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    return any(time_of.get(t.i) == time for t in near) or any(
        time_of.get(c.i) == time for t in near for c in t.children if c.dep_ in ("amod", "compound")
    )


def _sequence_word(trigger: Token) -> tuple[Token, Token, list[Token]] | None:
    """The "after" or "before" a trigger's act is told under, the verb of the other act, and
    the trigger's clause."""
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    if verb.dep_ == "advcl" and verb.pos_ == "VERB":
        for c in verb.children:
            if c.dep_ == "mark" and c.lower_ in _SEQUENCE_SIGN:
                anchor = verb.head  # "a week after police killed a student"
                if anchor.dep_ == "npadvmod" and anchor.head.pos_ == "VERB":
                    anchor = anchor.head  # the parser's "the day" taking "after the truce expired"
                return c, anchor, list(verb.subtree)
        for measure in (c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i):
            # the parser's "a day after an attack … killed two soldiers": the "after" on "day"
            for c in measure.children:
                if c.lower_ in _SEQUENCE_SIGN and any(x.dep_ == "pobj" for x in c.children):
                    return c, verb.head, [t for t in verb.subtree if t.i > c.i]
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ in _SEQUENCE_SIGN and prep.head.pos_ == "VERB":
        return prep, prep.head, list(trigger.subtree)  # "two days after the bombing"
    return None


def _measure(word: Token) -> Token | None:
    """The span told before "after" or "before": its own "npadvmod" child, or the noun the
    parser hung it on ("a day" taking "after", "the day" taking the clause "after" opens)."""
    own = next((c for c in word.children if c.dep_ == "npadvmod"), None)
    if own is not None:
        return own
    if word.head.dep_ == "npadvmod":
        return word.head
    head = word.head if word.dep_ == "mark" else None
    if head is None:
        return None
    own = next((c for c in head.children if c.dep_ == "npadvmod" and c.i < word.i), None)
    return head.head if own is None and head.head.dep_ == "npadvmod" else own


#: Days in a unit of a span the times stage may leave untagged ("a day after").
_UNIT_DAYS = {"day": 1, "week": 7}


def _days(measure: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The whole days or weeks a span names ("two days": P2D, "a week": P1W), from the times
    stage, or from the noun and "a", "the", "one" or a numeral where it tagged none or read
    "the day" as a date; else None."""
    times = doc._.ew_times or []
    k = time_of.get(measure.i)
    value = times[k].value if k is not None and k < len(times) else None
    span = _DAYS_OR_WEEKS.match(value or "")
    if span is not None:
        return int(span[1]) * (7 if span[2] == "W" else 1)
    unit = _UNIT_DAYS.get(measure.lemma_.lower())
    the = [c for c in measure.children if c.dep_ == "det" and c.lower_ == "the"]
    counted = any(c.dep_ in ("nummod", "amod") for c in measure.children)
    if unit is None or (value is not None and not (the and not counted)):
        return None  # "the day after the truce expired" is one day, though dated as a day
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in measure.children)
    count = next((c.lower_ for c in measure.children if c.dep_ == "nummod"), "1" if one else "")
    count = "1" if count == "one" else count
    return unit * int(count) if count.isdigit() else None
