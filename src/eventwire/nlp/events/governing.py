"""Which trigger words belong to another trigger's event rather than telling one of their own.

An infinitive, gerund or act noun under an agree/threaten/ask/refuse verb is what is agreed,
threatened or asked ("threatened to attack", "threatened attacks", "demanded her release"); a
demand hung on a protest is what the protest is about; an act done "in protest" is one act; a
verb whose subject is an event noun re-tells that event ("The attack … injured several"); a
complement that the verb's own row names is part of its act ("forced villagers to evacuate").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.events.lexicon import Entry
from eventwire.nlp.events.subjects import controller
from eventwire.nlp.parse import running_toll, split_infinitive

__all__ = ["GOVERNING_TYPES", "governed", "named_complement", "subject_is_event"]

GOVERNING_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN"})


#: Verbs of promising, which promise harm when what they promise is hostile.
PROMISING = frozenset({"vow", "pledge", "promise", "swear"})
#: Types of hostile acts, whose promise is a threat (coded on the act, as intended).
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE"})
#: Verbs through which a promise reaches its act ("vowed to continue attacking").
ASPECT_VERBS = word_group("eventwire.nlp.events", "aspect_verbs")


def promises_harm(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "The Houthis vowed to continue attacking ships": a vow of a hostile act is that act
    intended (a threat, coded on the act), not an agreement of its own."""
    if tok.lemma_.lower() not in PROMISING or triggers[tok.i].type != "AGREE":
        return False
    act = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    while act is not None and act.i not in triggers and act.lemma_.lower() in ASPECT_VERBS:
        act = next((c for c in act.children if c.dep_ == "xcomp"), None)
    return act is not None and act.i in triggers and triggers[act.i].type in HOSTILE_TYPES


def governed(tok: Token, triggers: dict[int, Entry]) -> bool:
    """An infinitive, gerund or act noun under an agree/threaten/ask/refuse verb belongs to
    that event: what is demanded or threatened has not happened."""
    head = tok.head
    if _purpose_of_protest(tok, triggers) or _done_in_protest(tok, triggers):
        return True
    if _aim_of_act(tok, triggers) or _arrests_in_raids(tok, triggers):
        return True
    if _named_complement(tok, triggers) or _outcome_of_act(tok, triggers):
        return True
    # "demanded her release", "threatened attacks": an act asked for or threatened; not one
    # rejected or denied, which was reported done ("rejected the attack on the convoy")
    noun_object = tok.dep_ == "dobj" and tok.pos_ == "NOUN"
    complement = (
        tok.dep_ in ("xcomp", "ccomp", "pcomp", "pobj") or split_infinitive(tok) or for_to(tok)
    )
    if not (noun_object or complement) or head.i == tok.i:
        return False
    if head.dep_ == "prep":
        head = head.head
    gov = triggers.get(head.i)
    governing = GOVERNING_TYPES - {"REJECT"} if noun_object else GOVERNING_TYPES
    if gov is None or gov.type not in governing:
        return False
    # "urged leaders to seek peace": what one is asked to do is the asking's, whatever its
    # type; elsewhere an act of the governing type joins that event as another mention
    return gov.type != triggers[tok.i].type or controller(tok) is not None


def _named_complement(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "forced villagers to evacuate their homes", "ordered the envoy to leave": a complement
    that its verb's own row names is part of that verb's act, not an act of its own."""
    gov = triggers.get(tok.head.i) if tok.dep_ == "xcomp" else None
    named = named_complement(tok.head, gov) if gov is not None else None
    return named is not None and named.i == tok.i


def _outcome_of_act(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "Militants attacked the village, forcing residents to flee": people driven out by an
    act, told by a participle on it, are that act's outcome, no coercion of its own."""
    head = triggers.get(tok.head.i)
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or head is None or tok.head.i == tok.i:
        return False
    return named_complement(tok, triggers[tok.i]) is not None


def named_complement(verb: Token, entry: Entry) -> Token | None:
    """The complement that ``entry``'s row names for ``verb`` ("forced villagers to evacuate":
    evacuate), whose time and place are the act's, else None."""
    named = [c for c in entry.conditions if c.kind == "xcomp" and c.words]
    return next(
        (
            x
            for x in verb.children
            if x.dep_ == "xcomp" and any(x.lemma_.lower() in c.words for c in named)
        ),
        None,
    )


def for_to(tok: Token) -> bool:
    """ "called for the president to step down": an infinitive with its own subject after
    "for", which the parser hangs on the verb as a clause of its own."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


#: Verbs of what an act is aimed at ("raids targeting militants").
AIMING = frozenset({"target", "aim"})


def _aim_of_act(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "detained 35 people in raids targeting Islamic State suspects", "a crackdown targeting
    activists": a participle saying at whom the act it hangs on is aimed is that act's, of its
    type, not an attack of its own."""
    if tok.lemma_.lower() not in AIMING or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "acl"):
        return False
    return tok.head.i != tok.i and tok.head.i in triggers


#: Police operations in which people are arrested ("detained 35 people in raids").
OPERATIONS = word_group("eventwire.nlp.events", "operations")


def _arrests_in_raids(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "Police detained 35 people in raids across 10 provinces": the raids are the arrests'
    operation, one act with them, not an attack of their own. "Killed in a raid" stays an
    attack (of the raid's type), and so does a raid told with a clause of its own ("arrested 12
    people in a raid that killed two suspects")."""
    prep = tok.head
    if (
        tok.lemma_.lower() not in OPERATIONS
        or tok.dep_ != "pobj"
        or prep.lower_ not in ("in", "during")
        or any(c.dep_ in ("relcl", "acl") for c in tok.children)
    ):
        return False
    act = triggers.get(prep.head.i)
    return act is not None and act.type == "COERCE" and act.mode == "arrest"


def _purpose_of_protest(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "demonstrated calling for independence": the demand is what the protest is about."""
    if triggers[tok.i].type != "REQUEST" or tok.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    gov = triggers.get(tok.head.i)
    if gov is None and tok.head.dep_ == "dobj":  # "staged demonstrations to demand ..."
        gov = triggers.get(tok.head.head.i)
    return gov is not None and gov.type == "PROTEST"


def _done_in_protest(tok: Token, triggers: dict[int, Entry]) -> bool:
    """ "summoned the ambassador in protest", "resigned in protest": the protest is the manner of
    the act told by the verb, when that verb is an act of its own; with no such act ("walked out
    in protest") the protest is the event."""
    prep = tok.head
    if triggers[tok.i].type != "PROTEST" or tok.dep_ != "pobj" or prep.lower_ != "in":
        return False
    act = prep.head
    if act.dep_ == "dobj":  # the parser often hangs "in protest" on the object
        act = act.head
    # a crowd's own force done "in protest" ("burned tyres in protest") is a riot, still a protest
    if act.i not in triggers or triggers[act.i].type in ("ASSAULT", "FIGHT", "COERCE"):
        return False
    return act.pos_ in ("VERB", "AUX")


def subject_is_event(tok: Token, triggers: dict[int, Entry]) -> bool:
    """Whether a verb re-describes an event named by its subject ("The attack ... injured
    several"), so that it is not a new event."""
    if any(c.dep_ == "agent" for c in tok.children):
        return False  # "The strike was condemned by the League": a new act by the agent
    if running_toll(tok):
        return True  # "a war that has killed thousands": the war's toll, no act of the day
    for child in tok.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            subj: Token | None = child
            if child.lower_ in ("which", "that"):
                subj = _antecedent(tok)
            return subj is not None and subj.i in triggers and _act_noun(subj, triggers[subj.i])
    if tok.dep_ in ("relcl", "acl") and tok.head.i in triggers:
        return triggers[tok.head.i].pos == "N"
    return False


def _act_noun(subj: Token, entry: Entry) -> bool:
    """A noun trigger, or a gerund used as one ("Fighting forced thousands to flee")."""
    if entry.pos == "N":
        return True
    return subj.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in subj.children)


def _antecedent(tok: Token) -> Token | None:
    passed_noun = False
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and passed_noun:
            return None  # a clause above the noun: "agreed to stop after years that killed"
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("pobj",):
            return tok
        passed_noun = passed_noun or tok.pos_ in ("NOUN", "PROPN")
    return None
