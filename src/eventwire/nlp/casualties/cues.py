"""Which casualty a word reports: killed, injured or arrested, or none.

Used by :mod:`eventwire.nlp.casualties.readings` and :mod:`eventwire.nlp.casualties.nouns`.
A verb or adjective of the lexicon names its kind, turned into a death by "to death",
"fatally" or "dead"; "hit" / "struck" is a hit only by gunfire ("struck by a bullet", "was hit
in the leg", "opened fire, hitting two"), and "succumbed" a death only to a harm.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.nlp.casualties.statement import KINDS, Kind


def names_casualty(tok: Token) -> bool:
    """Whether a modifier says its noun was hurt, killed or held ("dead", "injured")."""
    if tok.pos_ not in ("VERB", "ADJ"):
        return False
    return verb_kind(tok) is not None or any(
        tok.lower_ in lexicon_words("adjectives", k) for k in KINDS
    )


def verb_kind(tok: Token) -> Kind | None:
    """Which casualty a verb or adjective reports, looking at "to death", "fatally", "dead"."""
    lemma, lower, lex = tok.lemma_.lower(), tok.lower_, lexicon()
    particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "oprd", "acomp")), "")
    fatal = any(c.lower_ in lex["fatal_modifiers"] for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_ == "death" for g in c.children)
        for c in tok.children
    )
    forms = {lemma, lower, f"{lemma} {particle}", _hyphened(tok)}
    for kind in KINDS:
        if forms & lexicon_words("verbs", kind):
            return "killed" if fatal and kind == "injured" else kind
    if lemma in lexicon_words("death_only_verbs") and fatal:
        return "killed"
    if lemma in lexicon_words("projectile_verbs") and _hit_by_gunfire(tok):
        return "killed" if fatal else "injured"
    if lemma in lexicon_words("intransitive_verbs", "killed"):
        return None if _yields_to_no_harm(tok) else "killed"
    return None


def _yields_to_no_harm(verb: Token) -> bool:
    """ "succumbed to pressure": a verb of dying that gives way "to" something other than a
    harm ("succumbed to his wounds", "succumbed" alone) tells of no death. The parser may
    read "to pressure" as an infinitive: then the word after the verb holds the "to"."""
    causes = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    causes += [
        c
        for c in verb.children
        if c.dep_ != "prep" and any(g.lower_ == "to" and g.i == verb.i + 1 for g in c.children)
    ]
    harms = lexicon_words("nouns", "injured")
    return any(g.lemma_.lower() not in harms for g in causes)


def _hyphened(verb: Token) -> str:
    """ "pistol-whipped" → "pistol-whip": the word a hyphen joins to a verb, the parser
    splitting it off as a modifier of its own."""
    doc, i = verb.doc, verb.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{verb.lemma_.lower()}"


def _hit_by_gunfire(verb: Token) -> bool:
    """Whether "hit" / "struck" tells of a person hit by gunfire rather than by a car or a
    fist: a projectile hits ("struck by a bullet"), the hit lands on a body part ("was hit
    in the leg"), or it is what a shot did ("fired three shots, hitting a woman")."""
    return _by_projectile(verb) or _on_body_part(verb) or _after_firing(verb)


def _by_projectile(verb: Token) -> bool:
    projectiles = lexicon_words("projectiles")
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lemma_.lower() in projectiles for t in agents + subjects)


def _on_body_part(verb: Token) -> bool:
    """ "was hit in the leg", "struck him in the chest": a hit that names where on the body."""
    places = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("in", "on")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(p.lemma_.lower() in lexicon_words("body_parts") for p in places)


def _after_firing(verb: Token) -> bool:
    """ "opened fire, hitting two people", "shot at him, hitting him twice": a hit that a
    clause of firing a gun leads to. (A verb coordinated with the firing may hit anything:
    "fired at and struck a parked car".)"""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or head.i == verb.i:
        return False
    objects = [c.lemma_.lower() for c in head.children if c.dep_ == "dobj"]
    forms = {head.lemma_.lower(), *(f"{head.lemma_.lower()} {o}" for o in objects)}
    return bool(forms & lexicon_words("firing_verbs"))
