"""The attack's own perpetrator among the dead and hurt: "The man who opened fire died at the
scene", "The gunman killed himself".

Used by :mod:`eventwire.nlp.casualties.readings` and
:mod:`eventwire.nlp.casualties.component`. A victim phrase that names whoever carried
out the attack (``attacker_nouns`` of the lexicon: "the gunman", "the bomber"; or a person
"who opened fire", "who attacked") is no victim of that attack. Hurt or killed by someone else
("the gunman was shot dead by police", "officers killed the attacker", "the attackers were
killed in the fighting", "three gunmen died in the shootout with troops") he is the victim of
that other act, and counts as before. Whoever fired back ("the officer who returned fire", "a
woman who shot her attacker in self-defence") is no perpetrator.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.casualties.lexicon import lexicon_words


def names_attacker(victim: Token) -> bool:
    """Whether a victim phrase names the attack's perpetrator: an attacker noun ("the
    gunman", "the suicide bomber") or a person whose relative clause fires or attacks ("the
    man who opened fire", "the teen who shot them")."""
    if victim.lemma_.lower() in lexicon_words("attacker_nouns"):
        return True
    if victim.lemma_.lower() in lexicon_words("sides", "police"):
        return False  # "the officer who opened fire": the police's side, no attacker
    return any(c.dep_ == "relcl" and _attacks(c) and not _fights_back(c) for c in victim.children)


def _attacks(verb: Token) -> bool:
    """Whether a relative clause's verb, its relative pronoun the subject, fires or attacks."""
    relative = any(
        c.dep_ == "nsubj" and (c.tag_ in ("WP", "WDT") or c.lower_ == "that") for c in verb.children
    )
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    forms = {lemma, *(f"{lemma} {o}" for o in objects)}
    words = lexicon_words("firing_verbs") | lexicon_words("attacking_verbs")
    return relative and bool(forms & words)


def _fights_back(verb: Token) -> bool:
    """Whether a relative clause's firing answers an attack: "who returned fire", "who shot her
    attacker in self-defence", "who fired at the robbers"."""
    lemma = verb.lemma_.lower()
    forms = {
        f"{lemma} {c.lemma_.lower()}" for c in verb.children if c.dep_ in ("dobj", "advmod", "prt")
    }
    if forms & lexicon_words("firing_back"):
        return True
    if any(t.lemma_.lower() in lexicon_words("defence_words") for t in verb.subtree):
        return True
    aims = [c for c in verb.children if c.dep_ == "dobj"]
    aims += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in lexicon_words("sides", "suspect") for t in aims)


def _in_fight(cue: Token) -> bool:
    """Whether a death is told of a fight with others: "died in the shootout with security
    forces", "died of wounds from a police shootout". A death told in a blast ("the bomber
    died in the blast amid clashes with police") is of the attacker's own bomb, whatever
    fighting went on around it."""
    fights = lexicon_words("fight_nouns")
    frontier = [cue]
    for depth in range(3):  # "died" -> "of wounds" -> "from a shootout"
        frontier = [
            g
            for t in frontier
            for c in t.children
            if c.dep_ == "prep"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if depth == 0 and any(
            g.lemma_.lower() in lexicon_words("own_blast_nouns") for g in frontier
        ):
            return False
        if any(g.lemma_.lower() in fights or g.lower_ in fights for g in frontier):
            return True
    return False


def by_another(cue: Token, victim: Token) -> bool:
    """Whether a casualty verb tells of someone other than the victim who hurt him: "was
    killed by police", "five attackers were killed in the fighting", "officers shot and killed
    the gunman"; not "died", "killed himself"."""
    if cue.pos_ != "VERB":
        return False
    if any(c.dep_ in ("agent", "auxpass") for c in cue.children):
        return True  # "was killed (by police)": a passive kill has a killer, told or not
    if _in_fight(cue):
        return True  # "died in the shootout with troops": killed by the other side
    # "shot and killed the gunman", "returned fire, striking the gunman": a verb without a
    # subject of its own takes the one of the verb it hangs on
    verbs = [cue, cue.head] if cue.dep_ in ("conj", "advcl", "xcomp") else [cue]
    subject = next(
        (c for v in verbs for c in v.children if c.dep_ == "nsubj"),
        None,
    )
    if subject is None or subject.i == victim.i:
        return False
    reflexive = lexicon_words("reflexives")
    return not any(c.dep_ == "dobj" and c.lower_ in reflexive for v in verbs for c in v.children)
