"""Casualty words that tell of no harm done by the violence.

Used by :mod:`eventwire.nlp.casualties.readings`, :mod:`eventwire.nlp.casualties.nouns` and
:mod:`eventwire.nlp.casualties.component` to drop what reads like a casualty but is none: a
harm denied or escaped ("was not hurt", "escaped injury"), not real ("threatened to kill him",
"if anyone was hurt", "calls for the arrest of"), in general ("guns kill people", a year's
tally, a rate), a mishap ("injured in the crash"), aimed at and missed ("shot at police"), a
title ("jailed opposition leader"), or a victim across a headline's separator.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.datafiles import word_list
from eventwire.nlp.casualties.lexicon import lexicon_words, title_bar
from eventwire.nlp.casualties.statement import Kind
from eventwire.nlp.casualties.victims import is_determined


def denying_word(tok: Token, kind: Kind = "killed") -> Token | None:
    """The word that says a harm did not happen: "was not hurt", or a preposition that
    denies it ("left without being hurt", "escaped without injury"), or for a death or a hurt
    a verb of escaping it ("escaped injury"; "evaded arrest" tells of no arrest at all)."""
    neg = next((c for c in tok.children if c.dep_ == "neg"), None)
    if neg is not None:
        return neg
    denied = tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in lexicon_words(
        "negating_prepositions"
    )
    if denied:
        return tok.head
    return avoided(tok) if kind != "arrested" else None


def avoided(tok: Token) -> Token | None:
    """The verb that says a harm was escaped ("escaped injury", "avoided being hit"): what is
    escaped did not happen."""
    head = tok.head
    if tok.dep_ not in ("dobj", "xcomp", "pcomp", "ccomp") or head.i == tok.i:
        return None
    return head if head.lemma_.lower() in lexicon_words("avoiding_verbs") else None


def told_in_general(verb: Token, victim: Token) -> bool:
    """ "Gun violence hurts communities", "guns kill people": the present tense with a bare
    plural tells what happens in general, not to whom. (A headline's bare singular, "Man
    shoots neighbor", is someone.)"""
    if verb.tag_ not in ("VBZ", "VBP") or victim.tag_ not in ("NNS", "NNPS"):
        return False
    return not is_determined(victim) and victim.i > verb.i


def yearly_tally(verb: Token) -> bool:
    """ "So far this year, 120 people have been shot in the city": a count over a year is a
    city's tally, not the victims of one event. ("Killed a girl last year" may be the event
    a trial is about.)"""
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")]
    periods = [t for c in times for t in c.subtree if t.lower_ in lexicon_words("tally_periods")]
    return any(  # "this year", "the past year"; not "New Year's Eve" nor "last year"
        d.lower_ in ("this", "past") for p in periods for d in p.children
    )


def told_as_rate(verb: Token) -> bool:
    """ "Thousands of people are shot every year", "someone is killed each day": how often
    something happens, told in the present, is a rate, not the victims of one event ("20 were
    killed each day of the offensive" were killed)."""
    if not _present(verb):
        return False
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")]
    periods = [
        t for c in times for t in c.subtree if t.lemma_.lower() in lexicon_words("rate_periods")
    ]
    rates = lexicon_words("rate_determiners")
    return any(
        any(d.dep_ == "det" and d.lower_ in rates for d in p.children) or p.head.lower_ in rates
        for p in periods
    )


def _present(verb: Token) -> bool:
    tags = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))}
    return bool(tags & {"VBZ", "VBP"}) and not tags & {"VBD", "MD"}


def hurt_oneself(verb: Token, kind: Kind) -> bool:
    """ "The driver injured himself in the crash": someone hurt by their own mishap (a fall,
    a crash) is no casualty of the violence. Weapons are not mishaps: "shot himself" counts."""
    reflexive = any(
        c.dep_ == "dobj" and c.lower_ in lexicon_words("reflexives") for c in verb.children
    )
    return kind == "injured" and reflexive and verb.lemma_.lower() in lexicon_words("mishap_verbs")


def mishap_cause(cue: Token) -> bool:
    """ "The driver was injured in the crash", "suffered injuries in the crash", "was hurt
    when he fell": a hurt whose cause is told as a mishap is no casualty of the violence
    (a chase that ends in a crash). "Injured in the shooting" is the violence's."""
    holders = [cue, *(c for c in cue.children if c.dep_ == "relcl")]
    if cue.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        holders.append(cue.head)  # "suffered injuries in the crash": the cause hangs on the verb
    return any(_mishap_adjunct(c) for h in holders for c in h.children)


@cache
def _hostile() -> frozenset[str]:
    """The events stage's words of weapons and attacks (``events/data/hostile_words.txt``), and
    a chase or a gunman besides (``mishap_hostile_extra``)."""
    shared = word_list("eventwire.nlp.events", "data", "hostile_words.txt")
    return shared | lexicon_words("mishap_hostile_extra")


def _mishap_adjunct(tok: Token) -> bool:
    """Whether an adjunct names a mishap: "in the crash", "from a fall", "when he fell"."""
    if tok.dep_ == "prep" and tok.lower_ in ("in", "during", "from"):
        causes = [g for g in tok.children if g.dep_ == "pobj"]
        # "in the fall of 2014" is a season, not a fall
        return any(
            g.lemma_.lower() in lexicon_words("mishap_nouns")
            and not any(c.dep_ == "prep" for c in g.children)
            for g in causes
        )
    if tok.dep_ != "advcl":
        return False
    verbs = [tok, *tok.conjuncts]
    if any(t.lemma_.lower() in _hostile() for v in verbs for t in v.subtree):
        return False  # "when his car crashed after gunmen opened fire on it"
    return any(v.lemma_.lower() in lexicon_words("mishap_cause_verbs") for v in verbs)


def across_title_bar(cue: Token, victim: Token) -> bool:
    """Whether a title separator ("|", " - ") or a semicolon stands between a cue word and the
    victim after it. (A victim before the cue may be named in the title and again after the
    separator; "Pastor Killed In Dayton; Thieves Take Van" joins two headlines, and a misparse
    may make the second one's subject the first one's victim.)"""
    return any(t.text == ";" or title_bar(t) for t in cue.doc[cue.i + 1 : victim.i])


def before_colon(cue: Token, victim: Token) -> bool:
    """Whether the victim ends a headline's attribution ("Deputies: woman found in a creek was
    shot"): who says so, before a colon, is never who was hurt after it."""
    return victim.i < cue.i and any(t.text == ":" for t in cue.doc[victim.i + 1 : cue.i])


def aimed_at(verb: Token) -> bool:
    """ "shot at police", "was shot at by a gunman": aimed at, not hit. "Was shot at a gas
    station" / "at 8:30 p.m." is a hit: a passive "at" with an object of its own is where."""
    if _at_repeatedly(verb):
        return True
    for at in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"):
        stranded = not any(g.dep_ == "pobj" for g in at.children)
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        between = verb.doc[verb.i + 1 : at.i]  # "shot at", "shot twice at"
        if stranded or (not passive and all(t.pos_ == "ADV" for t in between)):
            return True
    return False


def _at_repeatedly(verb: Token) -> bool:
    """ "was shot at twice", "was shot at several times": "at" followed by how often is
    aimed at, however the parser hangs it ("at" on "twice", or "times" as its object). "Shot
    at least twice" is a hit: "least" is no count of shots."""
    doc, i = verb.doc, verb.i
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "at":
        return False
    repeats = lexicon_words("repeat_words")
    after = doc[i + 2]
    if after.lower_ in repeats:
        return True
    objects = [g for g in doc[i + 1].children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in repeats for o in objects)


def irrealis(tok: Token) -> bool:
    """ "threatened to kill him", "could have been killed", "if anyone was hurt", "should
    have waited until someone was hurt": no one was actually hurt."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("TO", "MD") for a in auxes):
        return True
    if conditional(tok) or _wished(tok):
        return True
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if marks & lexicon_words("unreal_time_marks") and tok.dep_ == "advcl":
        # A time clause under a counterfactual ("should have waited until one was hurt");
        # "will face charges after he shot two men" is no counterfactual.
        head_auxes = [c for c in tok.head.children if c.dep_ == "aux"]
        modal = any(c.tag_ == "MD" for c in head_auxes)
        if modal and any(c.lemma_.lower() == "have" for c in head_auxes):
            return True
    if any(
        c.dep_ == "advmod" and c.lower_ in lexicon_words("irrealis_adverbs") for c in tok.children
    ):
        return True  # "nearly killed", "possibly killing"
    return tok.tag_ == "VB" and not any(a.lemma_ == "do" for a in auxes)


def _wished(tok: Token) -> bool:
    """ "We don't want to see another child killed", "trying to keep people from being shot":
    a harm inside what someone wants, tries, fears or prevents is not told to have happened.
    Only complements lead up to that verb: "he tried to flee after being shot" was shot,
    and "police want to know who shot him" asks about a shooting that happened."""
    if tok.dep_ == "pcomp" and tok.head.lower_ == "from":
        return tok.head.head.lemma_.lower() in lexicon_words("preventing_verbs")
    node = tok
    for _ in range(3):
        small_clause = node.dep_ == "ccomp" and node.tag_ == "VBN" and not _has_aux(node)
        if not (node.dep_ in ("xcomp", "oprd") or small_clause) or node.head.i == node.i:
            return False
        node = node.head
        if _has_passive(node):
            return False  # "five are feared killed", "were believed dead": told as likely
        if node.lemma_.lower() in lexicon_words("irrealis_heads"):
            return True
    return False


def demanded(noun: Token) -> bool:
    """ "rallied to demand the arrest of the killers", "called for the arrest of the officer":
    an arrest (or a death) asked for, not one made."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for":
        head = head.head  # "called for", "pressed for", "appealed for"
        if head.lemma_.lower() == "want":
            return False  # "a man wanted for the killing of two officers": done, he is sought
    elif noun.dep_ != "dobj":
        return False
    if head.tag_ == "VBN":
        return False  # "a man wanted for the killing of two officers": the killing was done
    return head.lemma_.lower() in lexicon_words("demanding_verbs")


def _has_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def standing_title(tok: Token) -> bool:
    """A participle in a named person's title ("jailed opposition leader Alexei Navalny",
    "supporters of detained activist Ali Hassan"): who they are, not an arrest told."""
    if tok.dep_ != "amod":
        return False
    title = tok.head
    return (
        title.dep_ == "compound" and title.head.pos_ == "PROPN" and title.head.ent_type_ == "PERSON"
    )


def conditional(verb: Token) -> bool:
    """ "if anyone was hurt", "if a man walks in and shoots him": a clause under a condition,
    itself or the first of the verbs coordinated with it."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    marks = {c.lower_ for v in (verb, first) for c in v.children if c.dep_ == "mark"}
    return bool(marks & lexicon_words("conditional_marks"))
