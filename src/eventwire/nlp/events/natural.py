"""Harm that is no one's act: a verb whose doer or cause is a disaster, an accident or a
disease ("An earthquake struck ..., killing 30", "Floods killed 12", "died in a bus crash")
reports no political event, however violent its verb (``data/natural_causes.txt``)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.datafiles import word_group, word_list
from eventwire.nlp.events.lexicon import HARMING, natural_causes
from eventwire.nlp.events.subjects import clause_subject

#: Prepositions that name what a harm happened in or was caused by ("killed in floods").
CAUSE_PREPS = frozenset({"in", "during", "by", "after", "from"})


def natural_harm(verb: Token) -> bool:
    """Whether a verbal trigger's doer, or for a verb without one what it happened in, is a
    disaster, accident or disease, or it happened "when" an accident did ("when a bus plunged
    into a gorge", ``data/accident_verbs.txt``)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _undergone(verb) and any(_accident_clause(c) for v in _conjuncts(verb) for c in v.children):
        return True
    if _after_an_accident(verb):
        return True
    written = _subject_before(verb)
    if written is not None and _natural(written):
        return True
    subject = clause_subject(verb)
    if subject is not None and not _passive(verb):
        return _natural(subject)
    return any(_natural(cause) for cause in _causes(verb))


#: Verbs of the harm an accident does ("…, killing two fishermen", "leaving three dead").
ACCIDENT_HARMING = HARMING | word_group("eventwire.nlp.events", "accident_harming")


def _after_an_accident(verb: Token) -> bool:
    """A harm told as what an accident did ("a tanker collided with a fishing boat, killing two
    fishermen", "the bus overturned, injuring 12"), with no weapon or attack in the sentence."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj") or head.i == verb.i:
        return False
    if verb.lemma_.lower() not in ACCIDENT_HARMING:
        return False  # "the boats collided, accusing the navy of reckless moves": words
    if head.lemma_.lower() not in accident_verbs():
        return False
    return not any(t.lemma_.lower() in hostile_words() for t in verb.sent)


def _subject_before(verb: Token) -> Token | None:
    """The noun phrase written right before a verb the parser joined to an earlier one with no
    subject ("marched ..., a month after the collapse of a canopy killed 15 people": the
    collapse killed, not the marchers): its head, climbing "of" phrases."""
    if verb.dep_ != "conj" or _own_subject(verb) or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "cc" for c in verb.head.children):
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return noun


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _causes(verb: Token) -> list[Token]:
    """What a harm without a doer came from: the agent of a passive ("killed by a landslide") or
    the object of "in", "during" ... ("died in floods")."""
    preps = [c for c in verb.children if c.dep_ == "agent"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


#: Verbs whose subject undergoes the harm ("five people drowned").
UNDERGOING = frozenset({"die", "drown", "perish"})


def _undergone(verb: Token) -> bool:
    """Whether a harm is told with no doer: a passive without "by" ("were killed"), or a verb
    whose subject undergoes it ("drowned"). "Police shot dead two men as their car veered"
    names its doer, whatever the car did."""
    if verb.dep_ == "conj" and not _own_subject(verb):
        return _undergone(verb.head)  # "were killed and 12 injured": passive as the first
    if _passive(verb):
        return not any(c.dep_ == "agent" for c in verb.children)
    return verb.lemma_.lower() in UNDERGOING


def _conjuncts(verb: Token) -> list[Token]:
    """The verb and those it is joined to without a subject of their own: "were killed and 12
    injured when a bus plunged" hangs the clause on either; "gunmen attacked the village, and
    five drowned when a boat capsized" tells two things."""
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj" and not _own_subject(c))]
    return [*joined, verb.head] if verb.dep_ == "conj" and not _own_subject(verb) else joined


def _own_subject(verb: Token) -> bool:
    """A subject of the verb's own, not a bare count sharing the first verb's ("and 12 injured")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and not c.like_num for c in verb.children)


#: Words opening a clause that tells when or how a harm happened.
WHEN_MARKS = frozenset({"when", "after", "as"})


@cache
def accident_verbs() -> frozenset[str]:
    """Verbs of accidents (``data/accident_verbs.txt``)."""
    return word_list("eventwire.nlp.events", "data", "accident_verbs.txt")


@cache
def hostile_words() -> frozenset[str]:
    """Words that make a crash or a collapse an attack's (``data/hostile_words.txt``)."""
    return word_list("eventwire.nlp.events", "data", "hostile_words.txt")


def _accident_clause(clause: Token) -> bool:
    """A clause telling an accident ("when a bus plunged ...", "after the ferry capsized") or a
    disaster ("when a fire swept through a building"), with no weapon or attack in it."""
    if clause.dep_ != "advcl":
        return False
    disaster = [c for c in clause.children if c.dep_ == "nsubj" and _natural(c)]
    if clause.lemma_.lower() not in accident_verbs() and not disaster:
        return False
    told = [t for t in clause.subtree if t not in disaster]  # "a fire swept": a blaze, no gunfire
    if any(t.lemma_.lower() in hostile_words() for t in told):
        return False
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in clause.children)


def _natural(noun: Token) -> bool:
    if noun.lower_ in FIRES:  # the word as written: "police firing" is shooting, no blaze
        return not _set_by_someone(noun)
    return _a_cause(noun) or _named_disaster(noun)


def _a_cause(word: Token) -> bool:
    return word.lemma_.lower() in natural_causes() or word.lower_ in natural_causes()


def _named_disaster(noun: Token) -> bool:
    """A disaster by its name: "Typhoon Haiyan", "Hurricane Katrina", "Cyclone Idai"; not a
    weapon's ("Storm Shadow struck a headquarters": a hostile word in the sentence)."""
    named = noun.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.i < noun.i and _a_cause(c) for c in noun.children
    )
    return named and not any(t.lemma_.lower() in hostile_words() for t in noun.sent)


#: Nouns of a blaze: a disaster unless someone set it ("a fire swept through the market"; "a
#: fire set by rioters" is arson, and "set fire to" is the lexicon's).
FIRES = frozenset({"fire", "fires", "blaze", "blazes", "inferno"})
#: Words by which a fire is someone's doing: set, or shot ("heavy fire from the troops").
SETTING = word_group("eventwire.nlp.events", "setting")
SHOOTING = word_group("eventwire.nlp.events", "shooting")


#: Words anywhere in the article that make its fire someone's doing ("Police said the fire was
#: arson", "a suspicious fire").
ARSON = frozenset({"arson", "arsonist", "suspicious", "firebomb", "torch"})


def _set_by_someone(fire: Token) -> bool:
    """ "a fire set by militants", "an arson fire", "heavy fire from the troops", or a fire in
    an article that speaks of arson."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in fire.children):
        return True
    if any(t.lemma_.lower() in SETTING | SHOOTING for t in fire.subtree):
        return True
    return any(t.lemma_.lower() in ARSON for t in fire.doc)
