"""Reading a casualty noun: "the killing of 600 protesters", "12 deaths", "his arrest".

Used by :mod:`eventwire.nlp.casualties.readings` for nouns. Besides the kill / injure / arrest
nouns of the lexicon: a toll ("the death toll rose to 12"), a life lost or fought for ("lost
his life", "is fighting for his life"), a state someone is in ("taken into custody", "in
critical condition"), a harm suffered ("suffered a graze"), and "a fatal shooting" or "no
injuries".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.casualties.counts import single_count, told_total, victim_count
from eventwire.nlp.casualties.cues import verb_kind
from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.nlp.casualties.no_harm import avoided, demanded, denying_word, irrealis
from eventwire.nlp.casualties.statement import KINDS, Kind, Reading
from eventwire.nlp.casualties.victims import subject_of
from eventwire.records import Count


def _noun_victim(tok: Token) -> tuple[Token | None, bool]:
    """Victim of "the killing of 600 protesters", "12 deaths", "his arrest", "no injuries".

    Returns the victim token (the noun itself when it carries the number) and whether the
    noun may stand alone for itself ("a homicide", "his death").
    """
    injury = tok.lemma_.lower() in lexicon_words("nouns", "injured")
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "to")):
        pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        owner = next((g for g in pobj.children if g.dep_ == "poss"), None) if pobj else None
        if pobj is not None and single_count(pobj) is not None:
            return pobj, False
        if injury and owner is not None:  # "a wound to Doby's chest"
            return owner, False
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss, False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return tok, False
    if injury:  # "he suffered gunshot wounds": wounds are counted by who has them
        holder = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and _person(holder):
            return holder, False  # "found a man with gunshot wounds"
        for _ in range(4):  # "for treatment of injuries": up to the verb
            if holder.pos_ in ("VERB", "AUX") or holder.dep_ not in ("pobj", "prep"):
                break
            holder = holder.head
        if tok.dep_ in ("dobj", "pobj") and holder.pos_ in ("VERB", "AUX"):
            obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
            if tok.dep_ == "pobj" and obj is not None:
                return obj, False  # "found a man with gunshot wounds"
            subject = subject_of(holder)
            return (subject if subject is not None and subject.i != tok.i else None), False
        return None, False
    if any(c.dep_ == "nummod" for c in tok.children):
        return tok, False
    return tok, any(c.dep_ == "det" for c in tok.children)


def _person(noun: Token) -> bool:
    """Whether a noun phrase stands for people someone found or told of ("found a man", "a
    victim ... was found"), not a place ("taken to a hospital with injuries")."""
    if noun.dep_ not in _PARTICIPANTS or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return single_count(noun) is not None


# Where a person stands in a clause: subject, object, predicate or aside, not a place.
_PARTICIPANTS = ("nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT")


def _under_death(tok: Token) -> bool:
    """ "died of his injuries": the injuries are part of a death already counted."""
    return any(
        verb_kind(a) == "killed" for a in list(tok.ancestors)[:3] if a.pos_ in ("VERB", "ADJ")
    )


def read_noun(tok: Token) -> list[Reading]:
    lemma, lex = tok.lemma_.lower(), lexicon()
    if tok.dep_ == "compound":  # "death threats", "arrest warrant"
        return []
    amods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    if lemma in lex["toll_nouns"]:
        return _read_toll(tok)
    if lemma in lex["life_nouns"]:
        return _read_life(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("into", "in"):
        holder = tok.head.head
        if lemma in lex["custody_nouns"]:
            return _holder_reading("arrested", holder)
        cond = lex["injury_conditions"]
        if lemma == cond["noun"] and amods & set(cond["adjectives"]):
            return _holder_reading("injured", holder)
    no = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if lemma in lex["zero_only_nouns"] and no is not None:
        return [(k, None, Count(0, 0, no.text)) for k in lex["zero_only_nouns"][lemma]]
    fatal = next((c for c in tok.children if c.lower_ in lex["fatal_adjectives"]), None)
    if fatal is not None and _negated(fatal):  # "a non-fatal shooting": no one died
        return []
    if lemma in lex["fatal_event_nouns"] and fatal is not None:  # "a fatal shooting"
        return [("killed", None, Count(1, None, fatal.text))]
    verb = _suffered_harm(tok)
    if verb is not None:  # "suffered a cut to the head", "was treated for a graze"
        sufferer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        harmed = victim_count(sufferer) if sufferer is not None else None
        return [("injured", sufferer, harmed)] if harmed is not None else []
    kind = next((k for k in KINDS if lemma in lexicon_words("nouns", k)), None)
    if kind is None or (kind == "injured" and _under_death(tok)) or demanded(tok):
        return []
    denial = denying_word(tok, kind)
    if denial is not None and avoided(tok) is not None and _qualified(tok):
        return []  # "escaped serious injury": maybe a lighter one, so no count either way
    if denial is not None:  # "escaped without injury": told to be none, of no one counted
        return [(kind, None, Count(0, 0, denial.text))]
    victim, standalone = _noun_victim(tok)
    if victim is None:
        return []
    if victim.i == tok.i:
        bare = not any(c.dep_ in ("nummod", "det") for c in tok.children)
        count = None if bare and not standalone else single_count(tok, cue=True)
    else:
        count = victim_count(victim)
    return [(kind, victim, count)] if count is not None else []


def _qualified(harm: Token) -> bool:
    """A harm with an adjective of degree ("serious injury", "life-threatening wounds")."""
    return any(c.dep_ == "amod" for c in harm.children)


def _read_life(life: Token) -> list[Reading]:
    """ "A man lost his life", "the shooting claimed the lives of three people", "three
    lives were lost": a life lost or taken is a death, and whose it was is who died (who
    lost it, the "of" people, the owner, or the lives counted)."""
    verb = life.head
    if life.dep_ == "pobj" and verb.lower_ == "for":
        return _fighting_for_life(life)
    takes = lexicon()["life_taking_verbs"]
    if life.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in takes:
        return []
    if irrealis(verb):  # "could have lost his life", "threatened to take her life"
        return []
    owner = next(
        (g for c in life.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children),
        None,
    )
    if owner is None and life.dep_ == "dobj" and takes[verb.lemma_.lower()] == "subject":
        owner = subject_of(verb)  # "a man lost his life": the man
    if owner is None:
        owner = next((c for c in life.children if c.dep_ == "poss"), None)
    denial = denying_word(verb)
    if denial is not None:
        return [("killed", owner, Count(0, 0, denial.text))]
    count = victim_count(owner) if owner is not None else single_count(life, cue=True)
    if owner is None and not any(c.dep_ in ("nummod", "det") for c in life.children):
        return []  # "lost life" with nothing to count by
    return [("killed", owner if owner is not None else life, count)] if count else []


def _fighting_for_life(life: Token) -> list[Reading]:
    """ "A man is fighting for his life", "left two teens fighting for their lives": someone
    gravely hurt. A life with an adjective is no body's ("fighting for his political life")."""
    verb = life.head.head
    if verb.lemma_.lower() not in lexicon_words("life_fighting_verbs") or irrealis(verb):
        return []
    if any(c.dep_ == "amod" for c in life.children):
        return []
    victim = _fighter(verb)
    count = victim_count(victim) if victim is not None else None
    return [("injured", victim, count)] if count is not None else []


def _fighter(verb: Token) -> Token | None:
    """Who fights for their life: the verb's own subject ("a man is fighting"), the noun it
    describes ("a man fighting"), or the object of the verb it completes ("left a man
    fighting", however the parser attaches "fighting"), not that verb's subject (the attack)."""
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None:
        return own
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i != verb.i]
    return objects[0] if objects else subject_of(head)


def _negated(adjective: Token) -> bool:
    """ "non-fatal", "non fatal", "not fatal": the prefix or word before denies the death."""
    doc, i = adjective.doc, adjective.i
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text == "-" and i > 1:
        before = doc[i - 2]
    return before is not None and before.lower_ in lexicon_words("fatal_negations")


def _suffered_harm(tok: Token) -> Token | None:
    """The verb of a bodily harm someone suffers or is treated for ("suffered a graze",
    "sustained a broken arm", "was treated for cuts"): an injury named by what it did to the
    body rather than by the word "injury"; None if the noun is no such harm."""
    harm = lexicon()["bodily_harm"]
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "for" and verb.head.i != verb.i:
        verb = verb.head
        if verb.lemma_.lower() not in harm["treating_verbs"] or _mishap_or_aside(verb):
            return None
    elif tok.dep_ != "dobj" or verb.lemma_.lower() not in harm["verbs"]:
        return None
    amods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    bodily = tok.lemma_.lower() in harm["nouns"] or bool(amods & set(harm["adjectives"]))
    return verb if bodily else None


def _mishap_or_aside(verb: Token) -> bool:
    """ "was treated for a broken leg after a skiing fall", "Separately, ... was treated for
    cuts": a harm told with a mishap, or in a sentence set apart, is no attack's."""
    sent = verb.sent
    mishaps = set(lexicon_words("mishap_nouns")) | set(lexicon_words("mishap_cause_verbs"))
    if sent[0].lower_ in lexicon_words("aside_openers"):
        return True
    return any(t.lemma_.lower() in mishaps for t in sent)


def _holder_reading(kind: Kind, holder: Token) -> list[Reading]:
    """ "taken into custody", "in critical condition": the victim is who holds the state."""
    for _ in range(3):  # "taken to hospital for treatment of injuries": up to the verb
        if holder.pos_ in ("VERB", "AUX") or holder.dep_ not in ("pobj", "prep"):
            break
        holder = holder.head
    obj = next((c for c in holder.children if c.dep_ == "dobj"), None)
    if holder.pos_ in ("NOUN", "PROPN", "PRON"):
        victim: Token | None = holder
    else:  # "left a man in critical condition" / "he was listed in critical condition"
        victim = obj if obj is not None else subject_of(holder)
    count = victim_count(victim) if victim is not None else None
    return [(kind, victim, count)] if count is not None else []


def _read_toll(tok: Token) -> list[Reading]:
    """ "the death toll rose to 12", "a death toll of 12", "raising the toll to 12"."""
    compounds = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound"]
    kind = next(
        (lexicon()["toll_compounds"][c] for c in compounds if c in lexicon()["toll_compounds"]),
        None,
    )
    if kind is None:
        return []
    said: Kind = kind
    told = told_total(tok)
    return [(said, told[0], told[1])] if told is not None else []
