"""PLOVER auxiliary modes of an event mention: negated, hypothetical, future, historical.

Read off the trigger's clause: negation particles and negative determiners ("not", "never",
"no group"), modal verbs and conditional clauses ("could", "would", "if troops cross"), future
auxiliaries and verbs of intention ("will meet", "plans to"), and dates well before the
publication date ("in 2019", "during the war") for historical events.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.events.lexicon import PLEAS, WEIGHING_VERBS
from eventwire.nlp.parse import dated_prep, to_infinitive
from eventwire.records import Aux

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "no one", "nothing"})
DENIAL_VERBS = frozenset({"deny", "refute", "dismiss"})
HYPOTHETICAL_MODALS = frozenset({"could", "would", "might", "may", "should", "can"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
INTENT_VERBS = word_group("eventwire.nlp.events", "intent_verbs")
#: Intent verbs the parser reads as a noun's modifier ("suspicion of [planning attacks]").
INTENT_GERUNDS = frozenset({"planning", "plotting", "preparing"})
HISTORICAL_CUES = word_group("eventwire.nlp.events", "historical_cues")


def verb_chain(trigger: Token, limit: int = 4) -> list[Token]:
    """The trigger and the verbs it is embedded under (infinitives, conjuncts, objects)."""
    chain = [trigger]
    tok = trigger
    for _ in range(limit):
        if (
            tok.dep_
            in ("xcomp", "conj", "dobj", "pobj", "prep", "compound", "acl", "relcl", "acomp")
            or _infinitive_advcl(tok)
            or _infinitive_ccomp(tok)
        ) and tok.head.i != tok.i:
            tok = tok.head
            chain.append(tok)
        else:
            break
    return chain


def _infinitive_advcl(tok: Token) -> bool:
    # "have sworn to fight" is sometimes parsed as an adverbial clause; with "to" it is the
    # verb's complement all the same.
    return tok.dep_ == "advcl" and to_infinitive(tok)


def _infinitive_ccomp(tok: Token) -> bool:
    # "would not allow armed groups to take control": an infinitive with a subject of its own
    # is parsed as a clausal complement, but is what the verb allows, asks or orders
    return tok.dep_ == "ccomp" and to_infinitive(tok)


#: Verbs whose "from" complement does not happen ("stopped protesters from marching").
PREVENTING = word_group("eventwire.nlp.events", "preventing")


def _prevented(trigger: Token) -> bool:
    """ "Police stopped the strikers from marching": the march did not happen; not when the
    stopping is itself denied or only tried ("could not stop the mob from burning",
    "failed to prevent militants from attacking", "did nothing to stop ...")."""
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep.lower_ != "from":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in PREVENTING or verb.pos_ != "VERB":
        return False
    unasserted = any(
        (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS)
        or (c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS)
        for c in verb.children
    )  # "whether the army would prevent the rebels from entering"
    return verb.dep_ in ("ROOT", "conj", "ccomp") and not _denied(verb) and not unasserted


def _failed(trigger: Token) -> bool:
    """ "police failed to disperse the mob", "the talks failed to produce a deal": the act the
    subject failed to do did not happen (unless the failing is itself denied)."""
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and head.lemma_.lower() == "fail"
        and head.pos_ == "VERB"
        and not _denied(head)
    )


def _denied(verb: Token) -> bool:
    """Whether a verb is negated: by a particle ("did not attack"), a negative determiner ("no
    arrests were made") or a negative subject ("nobody was hurt", "no group claimed")."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in NEGATIVE_SUBJECTS
            or any(g.dep_ == "det" and g.lower_ == "no" for g in child.children)
        ):
            return True
    return False


#: Verbs whose object is an act that will not take place: "cancelled his visit", "the talks were
#: postponed", "the court suspended the deployment", "blocked the sale"; with a particle,
#: "called off" and "put off".
CANCELLING = word_group("eventwire.nlp.events", "cancelling")
#: Verbs that end an act under way ("suspended their strike", "blocked a march") and so stop
#: only transfers and operations not yet done ("suspended the deployment", "blocked the sale").
HALTING = frozenset({"suspend", "block", "halt", "freeze"})
HALTED_ACTS = word_group("eventwire.nlp.events", "halted_acts")
CANCELLING_WITH = {"call": "off", "put": "off"}


#: Prepositions of the new time an act is put off to ("postponed the march until Saturday"):
#: rescheduled, not cancelled.
RESCHEDULED_TO = frozenset({"until", "till", "to", "for"})


def _cancelling(trigger: Token) -> Token | None:
    """The verb that cancels the act a noun names: "postponed a planned visit", "talks were
    called off"; not one that puts it off to a new time ("postponed the march until
    Saturday"). A ban does not say an act was not held: bans are defied."""
    verb = trigger.head
    if trigger.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or trigger.pos_ == "VERB":
        return None
    lemma = verb.lemma_.lower()
    particle = CANCELLING_WITH.get(lemma)
    cancels = lemma in CANCELLING or (
        particle is not None
        and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
    )
    cancels = cancels or (lemma in HALTING and trigger.lemma_.lower() in HALTED_ACTS)
    if any(
        c.dep_ == "prep" and c.lower_ in RESCHEDULED_TO and dated_prep(c) for c in verb.children
    ):
        return None
    return verb if cancels else None


def is_negated(trigger: Token) -> bool:
    cancelling = _cancelling(trigger)
    if cancelling is not None:
        # the act does not take place, unless the cancelling is denied ("did not cancel the
        # march": it went ahead)
        return not _denied(cancelling)
    if _prevented(trigger) or _failed(trigger):
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "without":
        # "talks ended without agreement"; not "not a day passes without an attack"
        return not _negative_frame(trigger.head.head)
    chain = _own_clause(_negatable_chain(trigger))
    if any(_denied(tok) or _none_done(tok, trigger) for tok in chain):
        return True
    head = trigger.head
    if trigger.dep_ == "ccomp" and head.lemma_.lower() in DENIAL_VERBS:
        return True
    return _claim_denied(trigger)


#: Nouns of a thing said that a denial rejects ("denied reports that it had arrested ...").
CLAIM_NOUNS = word_group("eventwire.nlp.events", "claim_nouns")


def _claim_denied(trigger: Token) -> bool:
    """An act told in a claim that is denied ("the government denied reports that it had
    arrested opposition leaders"): not done, as far as the denier says."""
    claim = trigger.head
    return (
        trigger.dep_ in ("acl", "ccomp")
        and claim.lemma_.lower() in CLAIM_NOUNS
        and claim.dep_ == "dobj"
        and claim.head.lemma_.lower() in DENIAL_VERBS
    )


def _none_done(verb: Token, trigger: Token) -> bool:
    """Whether a verb's object says none of it was done ("made no arrests", "fired no shots",
    "has no plans to attack"): it denies the verb and what its object holds, not the rest of
    its clause ("fired no shots during the protest": the protest was held)."""
    return any(
        c.dep_ == "dobj"
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        and (verb == trigger or trigger in c.subtree)
        for c in verb.children
    )


def _negatable_chain(trigger: Token) -> list[Token]:
    """The verbs whose negation denies the trigger: a definite act named as an object is
    denied by its own verb at most ("did not carry out the attack"), not by what embeds that
    verb ("did not allow the UN to investigate the killings": the killings happened)."""
    chain = verb_chain(trigger, 2)
    definite = trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and _definite_noun(trigger)
    return chain[:2] if definite else chain


def _definite_noun(noun: Token) -> bool:
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those", "that"))
        or c.dep_ == "poss"
        for c in noun.children
    )


def _own_clause(chain: list[Token]) -> list[Token]:
    """The chain up to a conjunct with a subject of its own: "No arrests have been made, and
    police are asking for help" does not deny the asking."""
    for k, tok in enumerate(chain[:-1]):
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return chain[: k + 1]
        if tok.dep_ == "conj" and _tense_of_its_own(tok, chain[k + 1]):
            return chain[: k + 1]  # "would not accept the outcome and accused Russia"
    return chain


def _own_tense(chain: list[Token]) -> list[Token]:
    """The chain up to a conjunct with a tense of its own ("will not attend and vowed"), or
    up to a past participle told of a noun ("vowed to avenge the soldiers killed on Monday"),
    an act already done."""
    for k, tok in enumerate(chain[:-1]):
        if tok.dep_ == "conj" and _tense_of_its_own(tok, chain[k + 1]):
            return chain[: k + 1]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return chain[: k + 1]
    return chain


def _tense_of_its_own(conj: Token, head: Token) -> bool:
    """Whether a conjunct is a statement of its own beside a verb under an auxiliary: finite
    where that verb is a bare form under a modal or "do" ("will not attend and vowed"), or with
    an auxiliary of its own ("did not attend the hearing and was arrested")."""
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    finite = own_aux or conj.tag_ in ("VBD", "VBZ", "VBP")  # "and was arrested", "and vowed"
    governed = any(c.dep_ == "aux" for c in head.children)
    return finite and governed and (own_aux or head.tag_ == "VB")


#: Words that make a clause negative, so that "without" in it affirms.
NEGATIVE_FRAME = word_group("eventwire.nlp.events", "negative_frame")


def _negative_frame(verb: Token) -> bool:
    """Whether a clause is negated, in its verb or its subject ("not a day passes", "hardly
    a week goes by")."""
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in NEGATIVE_FRAME:
            return True
        subject = child.dep_ in ("nsubj", "nsubjpass")
        if subject and any(t.lower_ in NEGATIVE_FRAME for t in child.subtree):
            return True
    return False


def is_hypothetical(trigger: Token) -> bool:
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and _indefinite(trigger):
        # "an armed attack would trigger the treaty", "a strike could cripple the port"; not
        # "the protest may turn violent", which is under way
        verb = trigger.head
        modals = [c for c in verb.children if c.dep_ == "aux"]
        perfect = any(c.lower_ == "have" for c in modals) or verb.tag_ == "VBN"
        given = verb.lemma_.lower() in GIVEN_VERBS  # "could have been avoided", "could be seen"
        if any(c.lower_ in HYPOTHETICAL_MODALS for c in modals) and not (perfect or given):
            return True
    for tok in _own_tense(verb_chain(trigger, 3)):
        reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTED_FUTURE
        for child in tok.children:
            modal = child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS
            if modal and not (reported and child.lower_ == "would"):
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
                return True
        if tok.dep_ == "advcl" and any(c.lower_ in CONDITIONAL_MARKS for c in tok.children):
            return True
        if _awaited(tok):
            return True
    return False


def _awaited(clause: Token) -> bool:
    """An act awaited by what is to come ("the strike will continue until the government
    withdraws the plan", "would fight on until the last soldier left"): not done. One that
    ended what was done is ("fighting went on until the army withdrew")."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("until", "till") for c in clause.children
    ):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS | FUTURE_AUX
        for c in clause.head.children
    )


#: Verbs whose subject act is taken as given ("a protest could be seen from the hotel").
GIVEN_VERBS = word_group("eventwire.nlp.events", "given_verbs")


def _indefinite(noun: Token) -> bool:
    """A noun whose article points to no known thing ("an attack", "any strike"); a bare
    plural ("attacks on shipping could …") may be ones under way."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in noun.children)


REPORTED_FUTURE = word_group("eventwire.nlp.events", "reported_future")


#: Words that make an act noun one still to come ("ahead of a planned rally").
PLANNED = word_group("eventwire.nlp.events", "planned")


def is_future(trigger: Token, date_value: str | None, published: dt.date | None) -> bool:
    if any(c.dep_ == "compound" and c.lower_ in INTENT_GERUNDS for c in trigger.children):
        return True
    weighed = trigger.dep_ in ("dobj", "xcomp") and trigger.head.lemma_.lower() in WEIGHING_VERBS
    if weighed and trigger.lemma_.lower() not in PLEAS:
        return True  # the act weighed itself, not what its phrases tell ("over the crackdown")
    # "ahead of a planned rally"; not "the scheduled protest went ahead", told as done
    told_done = trigger.dep_ == "nsubj"  # "the planned attack was foiled" never happened
    if (
        trigger.pos_ == "NOUN"
        and not told_done
        and any(c.dep_ in ("amod", "compound") and c.lower_ in PLANNED for c in trigger.children)
    ):
        return True
    chain = _own_tense(verb_chain(trigger, 3))
    for tok in chain:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in tok.children):
            return True
        # "announced that it would withdraw": would is the future of a reported statement
        reported = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTED_FUTURE
        if reported and any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
            return True
        intent = tok.lemma_.lower() in INTENT_VERBS and not _setting_something(tok)
        if tok is not trigger and intent and _embeds(tok, chain):
            return True
        if any(c.lower_ == "going" and c.dep_ == "aux" for c in tok.children):
            return True
    return _dated_ahead(trigger, date_value, published)


def _dated_ahead(trigger: Token, date_value: str | None, published: dt.date | None) -> bool:
    """Whether the act's date lies after publication. A deed told in the simple past on the
    day after ("arrested him on Dec. 4" in a story stamped Dec. 3) was done where that day had
    already begun: it is not to come."""
    if not (published and date_value and date_value[:10] > published.isoformat()):
        return False
    next_day = (published + dt.timedelta(days=1)).isoformat()
    return date_value[:10] > next_day or not told_done(trigger)


def told_done(verb: Token) -> bool:
    """A verb in the simple past, active ("arrested") or passive ("was arrested")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ == "VBD"
    return verb.tag_ == "VBN" and all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)


#: What "set" sets alight: "set fire to a market to protest" is arson with a purpose, no plan.
BURNING = frozenset({"fire", "alight", "ablaze", "light"})


def _setting_something(verb: Token) -> bool:
    """ "set fire to a market to protest the killing": "set" sets something alight, a deed
    done. "set up a team to arrest them" and "are set to sign" still tell an intent."""
    if verb.lemma_.lower() != "set":
        return False
    return any(c.lower_ in BURNING for c in verb.children if c.dep_ in ("dobj", "advmod", "acomp"))


def _embeds(verb: Token, chain: list[Token]) -> bool:
    """Whether the chain reaches ``verb`` through its complement ("plans to meet"), not as a
    conjunct ("set fire to the building and clashed")."""
    below = chain[chain.index(verb) - 1]
    if below.dep_ == "dobj" and below.pos_ == "NOUN":
        # "suspected of planning attacks", "preparing an offensive"; not "planned the attack
        # that killed 30", which happened
        return not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any") for c in below.children
        )
    return below.dep_ in ("xcomp", "acomp", "ccomp") or _infinitive_advcl(below)


def is_historical(trigger: Token, date_value: str | None, published: dt.date | None) -> bool:
    if published is not None and date_value and date_value[:4].isdigit():
        earlier_year = int(date_value[:4]) < published.year
        if earlier_year and _months_before(date_value, published) >= 6:
            return True
    for tok in trigger.subtree:
        if tok.lemma_.lower() in HISTORICAL_CUES and tok.head.lower_ == "during":
            return True  # "during the war"
        if tok.lower_ == "ago" and any(t.lower_ in ("years", "decades") for t in tok.head.subtree):
            return True  # "two years ago"
    return False


def _months_before(value: str, published: dt.date) -> int:
    year = int(value[:4])
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else 12
    return (published.year - year) * 12 + (published.month - month)


def aux_modes(trigger: Token, date_value: str | None, published: dt.date | None) -> Aux:
    """All four auxiliary modes of one event mention."""
    return Aux(
        negated=is_negated(trigger),
        hypothetical=is_hypothetical(trigger),
        future=is_future(trigger, date_value, published),
        historical=is_historical(trigger, date_value, published),
    )
