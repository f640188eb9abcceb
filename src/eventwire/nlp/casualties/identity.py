"""Whether two victim phrases may name the same person, and which statements tell of one victim.

Used by :mod:`eventwire.nlp.casualties.dedupe` and :mod:`eventwire.nlp.casualties.groups`.
Statements are grouped by victim: "Smith was shot ... he died" is one person (same name or
noun, or a pronoun or "the victim" pointing back); a reflexive is whoever does its verb ("a boy
died after shooting himself"). What tells two people apart is read here too: "another man", a
gender, the side of the gun ("the suspect" and "the officer"), an age, a name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.nlp.casualties.statement import CasualtyStatement
from eventwire.nlp.casualties.victims import arguments


def bare_number(tok: Token) -> bool:
    """ "one", "two of them", "one of the victims": some of a group told of before."""
    if not (tok.like_num or tok.lower_ in lexicon()["numbers"]):
        return False
    return not any(c.dep_ in ("det", "amod", "compound") for c in tok.children)


# Determiners of a phrase that points back ("the man", "that victim"); "a", "her", "one" do not.
DEFINITE = ("the", "this", "that")


def member_of(one: Token, group: Token) -> bool:
    """ "two women were killed ... one of the women / the other woman was shot"."""
    partitive = [
        g
        for c in one.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in one.children)
    words = [p.lemma_.lower() for p in partitive] + ([one.lemma_.lower()] if definite else [])
    return group.lemma_.lower() in words


def definite_plural(tok: Token) -> bool:
    """ "the victims", "they": a group already known, without a number of its own."""
    if tok.lower_ in lexicon_words("plural_pronouns"):
        return True
    return (
        tok.tag_ in ("NNS", "NNPS")
        and not marked_other(tok)
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("some", "no") for c in tok.children)
    )


def victim_clusters(doc: Doc, found: list[CasualtyStatement]) -> list[int]:
    """Group statements about one single victim ("Smith was shot ... he died"): each victim
    joins the nearest earlier single victim it may be, with the same name or noun, or that a
    pronoun or "the victim" points back to."""
    cluster = list(range(len(found)))

    def person(st: CasualtyStatement) -> bool:  # "a homicide" names no victim
        return st.victim is not None and st.victim != st.cue and st.count.max == 1

    for j, s in enumerate(found):
        if not person(s):
            continue
        for i in range(j - 1, -1, -1):
            t = found[i]
            if not person(t):
                continue
            link = _link(doc[t.victim or 0], doc[s.victim or 0], t.sentence == s.sentence)
            if link is not None:
                if link:
                    cluster[j] = cluster[i]
                break
    return cluster


def _link(before: Token, after: Token, same_sentence: bool) -> bool | None:
    """Whether ``after`` is the victim named ``before``: True, False (stop looking), or None
    (not this one, look further back)."""
    if before.i == after.i:
        return True
    if marked_other(after):
        return False  # "another man", "a second victim"
    ga, gb = gender(before), gender(after)
    if ga and gb and ga != gb:
        return None
    names_a, names_b = proper_names(before), proper_names(after)
    if names_a and names_b:
        return True if names_a & names_b else None
    if same_sentence and has_own_number(before) and has_own_number(after):
        return None  # "one person was killed and one person injured": each counted apart
    ages = told_age(before), told_age(after)
    if ages[0] and ages[1] and ages[0] != ages[1]:
        return None  # "killed a 17-year-old and wounded a 15-year-old": two people
    if before.lemma_.lower() == after.lemma_.lower():
        return True  # "a man ... the man" (also a headline run into the first sentence)
    if _reflexive_of(after, before):
        return True  # "a boy died after shooting himself": the boy
    if same_sentence and _subject_told_on(before, after):
        return True  # "a man was shot and taken to a hospital, where he died": the man
    if same_sentence:
        return None  # "three dead and two injured": other people
    definite = any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in after.children
    )
    generic = lexicon_words("generic_victims")
    loose = [t.pos_ in ("PRON", "PROPN") or t.lemma_.lower() in generic for t in (before, after)]
    if loose[1] or (loose[0] and definite) or (definite and names_a):
        return True  # a pronoun, a name or "the victim" points to the nearest victim
    if definite and _age_noun(after) and not bare_number(before):
        # "A woman was shot ... The 31-year-old": an age said as a noun points back too
        return True if told_age(before) in (None, told_age(after)) else None
    if _vague_first(before) and not definite:
        return True  # "a report of a person shot ... found a man with a wound"
    return None


def _subject_told_on(subject: Token, pronoun: Token) -> bool:
    """Whether "he" / "she" is told in a clause under the verb whose subject ``subject`` is
    ("A man was shot and taken to a hospital, where he died", "died after he was shot"): the
    one told of; not "wounded by a gunman before he was shot", where "he" may be the gunman."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("he", "she"):
        return False
    verb = subject.head
    clause = pronoun.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.i == clause.i:
        return False
    if not any(a.i == verb.i for a in clause.ancestors):
        return False
    if any(c.lower_ == "where" for c in clause.children if c.dep_ == "advmod"):
        return True  # "taken to a hospital, where he died"
    return not _other_person_between(subject, pronoun)


def _other_person_between(subject: Token, pronoun: Token) -> bool:
    """Whether someone else is told between a subject and a later "he": an agent ("wounded by
    a gunman before he was shot") or an object ("shot a guard before he fled")."""
    doc = subject.doc
    return any(
        t.pos_ in ("NOUN", "PROPN")
        and (t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.dep_ == "agent"))
        for t in doc[subject.i + 1 : pronoun.i]
    )


def _reflexive_of(reflexive: Token, before: Token) -> bool:
    """Whether "himself" / "herself" is ``before``: a reflexive is whoever does its verb, the
    subject of its clause or of the clause it hangs on ("a boy died after shooting himself"),
    or the one a pronoun subject points back to ("a girl is dead after she shot herself").
    "A gunman killed a man and then shot himself" is the gunman, not the man."""
    if reflexive.lower_ not in lexicon_words("reflexives"):
        return False
    verb = reflexive.head
    for _ in range(4):  # up through "after shooting himself" to the clause with a subject
        doer = next((c for c in arguments(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if doer is not None:
            pointer = doer.pos_ == "PRON" and doer.lower_ in lexicon_words("singular_pronouns")
            return doer.i == before.i or pointer
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _vague_first(tok: Token) -> bool:
    """A first, vague mention of one victim ("a person", "someone"), whom the story names
    more closely later."""
    if tok.lemma_.lower() not in lexicon_words("generic_victims"):
        return False
    return tok.pos_ == "PRON" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
    )


def _side(tok: Token) -> str | None:
    """Which side of the gun a victim noun names: "suspect", "police", or None."""
    lemma = tok.lemma_.lower()
    return next((side for side, words in lexicon()["sides"].items() if lemma in words), None)


def other_side(one: Token, other: Token) -> bool:
    """Whether two victim nouns name people on different sides of the gun ("the suspect" and
    "the officer", "the suspect" and "a woman"); a pronoun or a name may be anyone."""
    if one.pos_ != "NOUN" or other.pos_ != "NOUN":
        return False
    sides = _side(one), _side(other)
    return any(sides) and sides[0] != sides[1]


# Where a victim phrase holds its age: "a 17-year-old man", "Smith, 25", "the victim, 25,".
_AGE_DEPS = ("amod", "compound", "nummod", "appos", "npadvmod")


def told_age(tok: Token) -> str | None:
    """The age a victim phrase gives ("a 17-year-old man", "Smith, 25,"), as written: a number
    followed by "-year-old", "years" or the comma that closes an age aside."""
    near = [t for c in tok.children if c.dep_ in _AGE_DEPS for t in c.subtree]
    doc = tok.doc
    for t in sorted([tok, *near], key=lambda t: t.i):
        after = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if t.text.isdigit() and after in ("-", ",", "year", "years"):
            return t.text
    return None


def _age_noun(tok: Token) -> bool:
    """ "the 31-year-old": a person named by age alone, the noun being "old"."""
    doc, i = tok.doc, tok.i
    return tok.lower_ == "old" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "year"


def has_own_number(tok: Token) -> bool:
    """A victim phrase with a number of its own ("one person", "one")."""
    return tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def proper_names(tok: Token) -> set[str]:
    """Proper-name words of a victim phrase, appositions included ("an employee, Raj Singh")."""
    near = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos"))]
    words = [
        t
        for n in near
        for t in (n, *n.children)
        if t.dep_ in ("compound", "appos", "") or t.i == n.i
    ]
    return {t.lower_ for t in words if t.pos_ == "PROPN"}


def marked_other(tok: Token) -> bool:
    """ "another man", "a second victim", "one more man": not someone mentioned before."""
    return tok.lower_ in lexicon_words("other_markers") or any(
        t.lower_ in lexicon_words("other_markers") for t in tok.subtree if t.i < tok.i
    )


def gender(tok: Token) -> str | None:
    words = {t.lower_ for t in (tok, *tok.children) if t.dep_ != "prep"}
    if words & lexicon_words("male_words"):
        return "m"
    if words & lexicon_words("female_words"):
        return "f"
    return None
