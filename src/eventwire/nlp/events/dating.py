"""Which of the times in a trigger's clause may date it.

A time that only tells which thing a noun names dates that thing, not the verb whose argument
holds it: "thanked Seoul for its help during last year's drought" dates the drought, and
"mourned the victims of the 2019 attack" the attack. Such a time hangs on a noun other than the
trigger as its possessive ("last year's") or through "of" ("the floods of 2019"). Where that
noun is the act's subject or setting ("Friday's earthquake killed 300", "arrested 20 at
Friday's rally", "killed in the floods of 2019") its time is the act's too.

An act reported without a time of its own takes the time of its report: "Two days later, the
army said it had killed 40 fighters" tells the killing no later than that day, which is closer
than the day the article came out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.events.arguments import nearest
from eventwire.nlp.parse import SAYING

__all__ = [
    "conjunct_time",
    "dating_times",
    "participle_time",
    "reported_time",
    "simultaneous_time",
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
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    return _shares_subject(conj) and not own_aux and conj.tag_ == trigger.tag_


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
    killing on Monday."""
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
    on_verb = noun.dep_ == "pobj" and prep.head.pos_ in ("VERB", "AUX")
    return on_verb and prep.lower_ in _SETTING and not _after_a_reason(prep)


def _after_a_reason(prep: Token) -> bool:
    """A phrase right after a "for" phrase on the same verb ("thanked Norway for its support
    during last year's floods", "praised them for their work in the floods of 2019"): the
    parser hangs both on the verb, but it sets the reason's noun."""
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and c.right_edge.i + 1 == prep.i
        for c in prep.head.children
    )


def _modified_noun(root: Token) -> Token | None:
    """The noun a time is the possessive of, or the object of an "of" after."""
    if root.dep_ == "poss" and root.head.pos_ in _NOUN_TAGS:
        return root.head
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ in _NOUN_TAGS:
        return prep.head
    return None
