"""Who the victims of a casualty word are.

Used by :mod:`eventwire.nlp.casualties.readings`, which reads each kill / injure / arrest word
and counts the victims found here. The victim of a verb is its passive subject or object ("two
policemen were killed", "killing a demonstrator"), the noun a participle modifies ("wounded
soldiers"), or, for a participle without a subject of its own, the subject or object of the
clause it hangs on ("was shot and killed", "left another teen wounded"); "the man who was
killed" is the man; a headline's subject without an article is the victim of its past tense
("Teen shot in …").

Which statements are about the same victims is in :mod:`eventwire.nlp.casualties.dedupe`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.casualties.lexicon import bound_words, lexicon, lexicon_words
from eventwire.nlp.casualties.statement import KINDS
from eventwire.nlp.parse import dateline_tokens

# How a participle without a subject of its own hangs on the clause that gives it one.
_CLAUSE_DEPS = ("conj", "advcl", "xcomp", "ccomp", "oprd", "pcomp", "acomp", "prep")


def arguments(tok: Token) -> list[Token]:
    """A word's dependents less a dateline parsed as a second subject ("BAMAKO, Mali — Seven
    soldiers were killed"): the town is the reporter's, no victim."""
    dated = dateline_tokens(tok.doc)
    return [c for c in tok.children if c.i not in dated]


def subject_of(verb: Token) -> Token | None:
    """The person a verb is about: its passive or active subject, or its object."""
    for dep in ("nsubjpass", "nsubj", "dobj"):
        found = next((c for c in arguments(verb) if c.dep_ == dep), None)
        if found is not None:
            return _resolve_relative(found, verb)
    if (
        verb.dep_ in ("conj", "xcomp", "advcl")
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        return subject_of(verb.head)
    return None


def _resolve_relative(tok: Token, verb: Token) -> Token:
    """ "the man who was killed": the victim is the man, not "who"; "striking one of the
    robbers, who later died": the one, whatever noun of the partitive the parser hung it on."""
    if tok.tag_ in ("WP", "WDT") or tok.lower_ == "that":
        return _partitive_whole(verb.head) if verb.dep_ == "relcl" else tok
    return tok


def _partitive_whole(noun: Token) -> Token:
    """The part a partitive's group stands in for: "one" in "one of the robbers"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return noun
    part = prep.head
    return part if part.like_num or part.lower_ in lexicon()["vague_quantities"] else noun


def verb_victim(tok: Token) -> Token | None:
    """The victim of a casualty verb: passive subject, object, or the noun it modifies."""
    subj = next((c for c in arguments(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.lemma_.lower() in lexicon_words("intransitive_verbs", "killed"):
        return _resolve_relative(subj, tok) if subj is not None else _inherited(tok)
    for dep in ("nsubjpass", "dobj"):
        found = next((c for d, c in _told_people(tok) if d == dep), None)
        if found is not None:
            return _body_owner(_resolve_relative(_hyphen_head(found), tok))
    shared = _shared_object(tok)
    if shared is not None:
        return shared
    bounded = _bounded_number(tok)
    if bounded is not None:
        return bounded
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and subj is not None:
        return _resolve_relative(subj, tok)  # "Two dead, one hurt": a small clause of its own
    ordinal = tok.head.ent_type_ == "ORDINAL"  # "and a third wounded", "third" read as ADJ
    if tok.dep_ in ("amod", "acl") and (
        tok.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or ordinal and tok.i > tok.head.i
    ):
        return tok.head
    if subj is not None and tok.tag_ == "VBD" and _headline_subject(subj):
        return subj  # "Man shot in Detroit", "Young person hurt when ...": a headline's passive
    if tok.tag_ != "VBN":
        return None
    if subj is not None and not any(c.lemma_ == "have" for c in arguments(tok) if c.dep_ == "aux"):
        return _resolve_relative(subj, tok)  # "found a man shot": a small clause
    if subj is None and _number_before(tok) is not None:
        return _number_before(tok)
    return _inherited(tok) if subj is None else None


def _number_before(verb: Token) -> Token | None:
    """ "leaving 11 dead and more than 20 injured": the number just before a participle, which
    the parser joined to the casualty word before it rather than made the participle's own."""
    if verb.i == 0 or verb.dep_ not in ("oprd", "conj", "advcl", "ccomp", "xcomp"):
        return None
    number = verb.doc[verb.i - 1]
    counted = number.like_num or number.lower_ in lexicon()["vague_quantities"]
    state = number.head
    joined = number.dep_ == "conj" and state.i < number.i and state.pos_ in ("ADJ", "VERB")
    casualty = any(state.lower_ in lexicon_words("adjectives", k) for k in KINDS)
    return number if counted and joined and casualty else None


def _told_people(verb: Token) -> list[tuple[str, Token]]:
    """A verb's dependents that may be its victims, with their labels: not a time the parser
    took for one ("was shot and killed Friday evening"), but the age or number it hung on
    that time ("killed a 17-year-old Tuesday night", "wounded 140 over two days")."""
    out = []
    for c in arguments(verb):
        if not _told_time(c):
            out.append((c.dep_, c))
            continue
        person = _person_in_time(c)
        if person is not None and c.dep_ in ("dobj", "npadvmod"):
            out.append(("dobj", person))  # the time an adverb of the verb, its people the object
    return out


def _person_in_time(time: Token) -> Token | None:
    """The people the parser hung on a time told after them: an age ("a 17-year-old Tuesday
    night") or a number outside the time ("140 over two days"); None for a time alone."""
    for c in (c for c in time.children if c.i < time.i):
        if age_noun(c) and c.dep_ in ("amod", "compound", "nmod"):
            return c
        if c.dep_ == "nummod" and c.like_num and c.ent_type_ not in ("DATE", "TIME"):
            return c
    return None


def _hyphen_head(noun: Token) -> Token:
    """ "killing his ex-wife and her father": the tokenizer splits "ex-wife" and the parser
    may leave "ex" and "wife" two objects of the verb; the victim is the word after the
    hyphen, which holds the coordination."""
    while (after := _hyphen_next(noun)) is not None:
        noun = after
    return noun


def _hyphen_next(noun: Token) -> Token | None:
    """The word a hyphen joins to ``noun`` when the parser left both one label of one head."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != "-":
        return None
    after = doc[noun.i + 2]
    if noun.whitespace_ or doc[noun.i + 1].whitespace_:
        return None
    return after if after.head.i == noun.head.i and after.dep_ == noun.dep_ else None


def _hyphen_first(noun: Token) -> Token:
    """The first word of a split hyphenated noun ("ex" of "his ex-wife"), else the noun."""
    doc = noun.doc
    while noun.i >= 2 and _hyphen_next(doc[noun.i - 2]) is not None:
        noun = doc[noun.i - 2]
    return noun


def _told_time(tok: Token) -> bool:
    """ "was shot and killed Friday evening": a time the parser took for the verb's object
    is when, not whom; not people named by their age, whom the NER also calls a DATE
    ("killing two 19-year-olds"), nor a number of people the NER ran into the time after it
    ("wounded dozens overnight")."""
    return (
        tok.ent_type_ in ("DATE", "TIME")
        and tok.pos_ in ("NOUN", "PROPN")
        and not age_noun(tok)
        and not vague_number(tok)
    )


def vague_number(tok: Token) -> bool:
    """ "dozens", "hundreds", "scores": a number of people said without digits."""
    return tok.lower_ in lexicon()["vague_quantities"]


def age_noun(noun: Token) -> bool:
    """ "a 17-year-old", "two 5-year-olds": people named by their age."""
    doc = noun.doc
    return (
        noun.lower_ in ("old", "olds")
        and noun.i > 1
        and doc[noun.i - 2].lower_ in ("year", "years")
    )


def _bounded_number(verb: Token) -> Token | None:
    """ "injured around 50", "wounded over 20": the number the parser hung under its bound
    as a preposition, the verb's object."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in bound_words()):
        if prep.i == verb.i + 1:
            num = next((g for g in prep.children if g.dep_ == "pobj" and g.i == prep.i + 1), None)
            if num is not None and num.like_num:
                return num
    between = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is not None and between.i == verb.i + 1:  # "killing between 12 and 15 soldiers"
        ranged = next((g for g in between.children if g.dep_ == "pobj"), None)
        numbered = ranged is not None and any(
            c.dep_ == "nummod" and c.conjuncts for c in ranged.children
        )
        if ranged is not None and (numbered or (ranged.like_num and ranged.conjuncts)):
            return ranged
    return None


def _body_owner(victim: Token) -> Token:
    """ "a bullet grazed his head", "her leg was struck": the person whose body part was hit."""
    if victim.lemma_.lower() not in lexicon_words("body_parts"):
        return victim
    return next((c for c in victim.children if c.dep_ == "poss"), victim)


def _shared_object(verb: Token) -> Token | None:
    """ "A woman shot and killed her neighbour": an active verb without an object of its own
    shares the object of the verb coordinated after it; its subject is who fired."""
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # a clause of its own: "he shot and she ran"
        obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return _resolve_relative(_hyphen_head(obj), conj)
    return None


def _headline_subject(subj: Token) -> bool:
    """A subject without an article ("Man", "Two teens"): headlines drop "was", so a past
    tense after one, with no object, tells what happened to it."""
    if subj.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("det", "poss") for c in subj.children):
        return False
    return subj.tag_ == "NN" or any(c.dep_ == "nummod" for c in subj.children)


#: Verbs of dying, whose one participant is who dies.
DYING_VERBS = frozenset({"die", "succumb", "perish", "drown", "expire"})


def _inherited(tok: Token) -> Token | None:
    """Victim of a participle without its own subject, taken from the clause it hangs on:
    "was shot and killed", "recovering after being shot", "left another teen wounded". A verb
    of dying in a clause of its own has no victim there to borrow ("imposed a curfew after one
    of the victims succumbed", misparsed): its subject is its own, or unknown."""
    if tok.dep_ == "advcl" and tok.lemma_.lower() in DYING_VERBS:
        return None
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in ("VERB", "AUX", "ADJ") and tok.dep_ in _CLAUSE_DEPS:
            order = (
                ("dobj", "nsubjpass", "nsubj")
                if tok.dep_ in ("advcl", "oprd", "xcomp")
                else ("nsubjpass", "nsubj", "dobj")
            )
            for dep in order:
                found = next((c for c in arguments(head) if c.dep_ == dep), None)
                if found is not None:
                    return _resolve_relative(found, head)
            return _shared_subject(head)
        if head.pos_ != "ADP":
            return None
        tok = head
    return None


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb without one shares with the verb it is coordinated after ("was
    treated and released after being shot": the one treated)."""
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
        found = next((c for c in arguments(first) if c.dep_ in ("nsubjpass", "nsubj")), None)
        if found is not None:
            return _resolve_relative(found, first)
    return None


def adjective_victim(tok: Token) -> Token | None:
    """ "five dead" → the adjective itself holds the number; "pronounced dead" → the subject."""
    if any(c.dep_ in ("nummod", "quantmod") for c in tok.children):
        return tok
    own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if own is not None:  # "leaving at least 10 people dead": the adjective's own subject
        return own
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return tok.head
    # "pronounced the victim dead"; "shot dead a policeman", where the parser makes "dead" an
    # adverb of the verb: the object died, not the gunmen
    # or a complement ("shot dead a Palestinian man")
    object_state = tok.dep_ in ("oprd", "xcomp", "ccomp", "advmod", "acomp")
    if object_state and tok.head.pos_ in ("VERB", "AUX"):
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
        if obj is not None and tok.dep_ == "acomp" and obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            obj = None  # "shot dead a Palestinian", the object taken for an adjective: unread
        if obj is not None or tok.dep_ not in ("advmod", "acomp"):
            return obj if obj is not None else subject_of(tok.head)
    if tok.dep_ in ("acomp", "advmod", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        return subject_of(tok.head)
    return None


def is_determined(noun: Token) -> bool:
    """A victim phrase that names particular people ("him", "the man", "two officers")."""
    if noun.pos_ in ("PRON", "PROPN") or noun.like_num:
        return True
    if noun.lower_ in lexicon()["vague_quantities"]:
        return True  # "wounding dozens": a number of people, said without a noun
    children = [*noun.children, *_hyphen_first(noun).children]  # "his ex-wife", split
    return any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") or c.lower_ in lexicon()["vague_quantities"]
        for c in children
    )


def listed_victims(victim: Token) -> list[Token]:
    """The victim and those coordinated after it; "killed his wife, two daughters and a
    neighbour", which the parser reads as a wife with the apposition "two daughters and a
    neighbour", lists all three. An apposition naming the victim ("a man, John Smith", "two
    people, a man and his son", "his wife, a nurse and mother of two") lists no one new."""
    group = [victim, *(t for t in victim.conjuncts if t.i > victim.i)]
    if len(group) > 1 or victim.pos_ != "NOUN" or victim.tag_ != "NN":
        return group
    if any(c.dep_ == "nummod" for c in victim.children):
        return group
    listed = next((c for c in victim.children if c.dep_ == "appos" and c.conjuncts), None)
    if listed is None:
        return group
    others = [listed, *(t for t in listed.conjuncts if t.i > listed.i)]
    if all(t.pos_ == "NOUN" and is_determined(t) for t in others) and _new_people(victim, others):
        return [victim, *others]
    return group


def _new_people(victim: Token, others: list[Token]) -> bool:
    """Whether an apposition's conjuncts are people besides the victim: some counted or plural
    ("his wife, two daughters and a neighbour"), or all of one owner's ("his wife, his son and
    his mother"); not what one person is ("a policeman, a husband and a father of two")."""
    if any(t.tag_ == "NNS" or any(c.dep_ == "nummod" for c in t.children) for t in others):
        return True
    owners = [{c.lower_ for c in t.children if c.dep_ == "poss"} for t in [victim, *others]]
    return all(owners) and len(set.intersection(*owners)) > 0


def victim_phrase(victim: Token) -> list[Token]:
    """The victim's words before its head (and coordinated victims), not its trailing clauses."""
    heads = listed_victims(victim)
    start, end = min(victim.left_edge.i, victim.i), max(t.i for t in heads) + 1
    return list(victim.doc[start:end])
