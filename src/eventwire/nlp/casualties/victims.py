"""Who the victims of a casualty word are, and which statements are about the same victims.

Used by :mod:`eventwire.nlp.casualties.component`, which finds the kill / injure / arrest words
and counts the victims found here:

- **Victims.** The victim of a verb is its passive subject or object ("two policemen were
  killed", "killing a demonstrator"), the noun a participle modifies ("wounded soldiers"), or,
  for a participle without a subject of its own, the subject or object of the clause it hangs
  on ("was shot and killed", "left another teen wounded"); "the man who was killed" is the man;
  a headline's subject without an article is the victim of its past tense ("Teen shot in …").
- **Same victims.** Statements are grouped by victim: "Smith was shot ... he died" is one person
  (same name or noun, or a pronoun or "the victim" pointing back), "two men were shot ... two
  died" one group; a reflexive is whoever does its verb ("a boy died after shooting himself"),
  and a bare number that dies ("Both died") is as many people each hurt just before. Injuries
  of people reported killed are dropped; "another man" is someone new.
  One person said only to be shot ("a cashier was shot"), then the story's one death of someone
  pointed back to ("the man died"), is that death, unless gender, side of the gun, age, name
  or "also" tell them apart.

Also holds what both modules read: the statement record (``CasualtyStatement``) and the
casualty lexicon (``casualties/data/lexicon.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from spacy.tokens import Doc, Span, Token

from eventwire.nlp.parse import dateline_tokens, points_back
from eventwire.records import Count

Kind = Literal["killed", "injured", "arrested"]
KINDS: tuple[Kind, ...] = ("killed", "injured", "arrested")


@dataclass(frozen=True, slots=True)
class CasualtyStatement:
    """One statement of people killed, injured or arrested.

    Attributes:
        kind: "killed", "injured" or "arrested".
        count: how many, with bounds.
        sentence: index of the sentence in ``doc.sents``.
        start: first token of the statement (the victim phrase and the cue word).
        end: token after the statement.
        cue: token index of the kill / injure / arrest word.
        victim: token index of the victim's head word, or None (a death toll, "unhurt").
    """

    kind: Kind
    count: Count
    sentence: int
    start: int
    end: int
    cue: int
    victim: int | None = None


#: Separators of a web page's title from the site name: no sentence reads across them.
TITLE_BARS = frozenset({"|", "-", "–", "—", "--", "«", "»"})

# How a participle without a subject of its own hangs on the clause that gives it one.
_CLAUSE_DEPS = ("conj", "advcl", "xcomp", "ccomp", "oprd", "pcomp", "acomp", "prep")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The casualty lexicon (``casualties/data/lexicon.json``), read once."""
    path = resources.files("eventwire.nlp.casualties").joinpath("data", "lexicon.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache  # read for every word of every doc: built once
def lexicon_words(key: str, kind: str | None = None) -> frozenset[str]:
    """The word list ``key`` of the lexicon, or its ``kind`` sub-list ("killed", ...)."""
    value = lexicon()[key]
    return frozenset(value[kind] if kind else value)


def title_bar(tok: Token) -> bool:
    """A title separator with spaces on both sides: " - ", not the one in "17-year-old"."""
    return tok.text in TITLE_BARS and bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


# ---------------------------------------------------------------- victims of a cue word


def _args(tok: Token) -> list[Token]:
    """A word's dependents less a dateline parsed as a second subject ("BAMAKO, Mali — Seven
    soldiers were killed"): the town is the reporter's, no victim."""
    dated = dateline_tokens(tok.doc)
    return [c for c in tok.children if c.i not in dated]


def subject_of(verb: Token) -> Token | None:
    """The person a verb is about: its passive or active subject, or its object."""
    for dep in ("nsubjpass", "nsubj", "dobj"):
        found = next((c for c in _args(verb) if c.dep_ == dep), None)
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
    subj = next((c for c in _args(tok) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok.lemma_.lower() in lexicon_words("intransitive_verbs", "killed"):
        return _resolve_relative(subj, tok) if subj is not None else _inherited(tok)
    for dep in ("nsubjpass", "dobj"):
        found = next((c for c in _args(tok) if c.dep_ == dep and not _told_time(c)), None)
        if found is not None:
            return _body_owner(_resolve_relative(found, tok))
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
    if subj is not None and not any(c.lemma_ == "have" for c in _args(tok) if c.dep_ == "aux"):
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


def _told_time(tok: Token) -> bool:
    """ "was shot and killed Friday evening": a time the parser took for the verb's object
    is when, not whom."""
    return tok.ent_type_ in ("DATE", "TIME") and tok.pos_ in ("NOUN", "PROPN")


@lru_cache(maxsize=1)
def bound_words() -> frozenset[str]:
    """One-word bounds of a number ("around", "over", "nearly"), which the parser may read as
    prepositions ("injured around 50")."""
    keys = ("lower_bound_words", "upper_bound_words", "approximate_words")
    return frozenset(w for key in keys for w in lexicon()[key] if " " not in w)


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
            return _resolve_relative(obj, conj)
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
                found = next((c for c in _args(head) if c.dep_ == dep), None)
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
        found = next((c for c in _args(first) if c.dep_ in ("nsubjpass", "nsubj")), None)
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
    return any(
        c.dep_ in ("det", "poss", "nummod", "quantmod") or c.lower_ in lexicon()["vague_quantities"]
        for c in noun.children
    )


def victim_phrase(victim: Token) -> list[Token]:
    """The victim's words before its head (and coordinated victims), not its trailing clauses."""
    heads = [victim, *(t for t in victim.conjuncts if t.i > victim.i)]
    start, end = min(victim.left_edge.i, victim.i), max(t.i for t in heads) + 1
    return list(victim.doc[start:end])


# ---------------------------------------------------------------- same victims


def dedupe_statements(doc: Doc, found: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """One statement per cue and victim; injuries of people reported killed are dropped."""
    dead = _dead_statements(doc, found)
    seen: set[tuple[str, int]] = set()
    kept: list[CasualtyStatement] = []
    for i, s in enumerate(found):
        key = (s.kind, s.victim if s.victim is not None else -1 - s.cue)
        if key in seen or i in dead:
            continue
        seen.add(key)
        kept.append(s)
    return _ordinal_totals(doc, _survivors(doc, kept))


def _ordinal_totals(doc: Doc, found: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """ "Gunmen killed eight worshippers ... A ninth victim later died": one more victim told
    by an ordinal, after (or before) the others of its kind told as one fewer, makes the
    total the ordinal says (nine dead). An ordinal beside a count of another kind ("Two were
    killed and a third was wounded") is one person."""
    out = list(found)
    for n, st in enumerate(found):
        if st.victim is None or st.victim == st.cue or not st.count.min == st.count.max == 1:
            continue  # "the second homicide of the year" counts homicides, not victims
        rank = _ordinal(doc[st.victim])
        if rank is None:
            continue
        before = [
            s
            for s in found
            if s.kind == st.kind and s is not st and s.count.min == s.count.max == rank - 1
        ]
        if before:
            out[n] = replace(st, count=Count(rank, rank, st.count.text))
    return out


def _ordinal(victim: Token) -> int | None:
    """The rank an ordinal gives one more victim ("a ninth victim", "a third"), if any; "the
    second victim" may be any of those told."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in victim.children):
        return None
    ranks: dict[str, int] = lexicon()["ordinals"]
    words = [victim, *(c for c in victim.children if c.dep_ == "amod")]
    return next((ranks[w.lower_] for w in words if w.lower_ in ranks), None)


def _survivors(doc: Doc, found: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """ "Three people were shot ... one (of them) died": the injured are the two who lived."""
    out = list(found)
    killed = [s for s in found if s.kind == "killed"]
    one_death = all(s.count.min == s.count.max == 1 for s in killed)
    for k in killed:
        dead = k.count.min
        if k.victim is None or dead is None or dead != k.count.max:
            continue
        kin = _counted_kin(doc[k.victim])
        if not _bare_number(doc[k.victim]) and not kin:
            named = [n for n, s in enumerate(out) if _named_among(doc, s, k)]
            first = k.cue == min(s.cue for s in killed)  # not "the dead man" told again
            if not named and one_death and first:  # "Two men were wounded ... The man died"
                out = _one_fewer(out, [n for n, s in enumerate(out) if _one_of_the_hurt(doc, s, k)])
                one_death = False  # one death leaves one fewer hurt, once
            elif dead == 1 and named:  # "shot his wife and her mother ... The wife died"
                out = _one_fewer(out, [max(named, key=lambda m: out[m].cue)])
            continue
        hurt = [
            n
            for n, s in enumerate(out)
            if s.kind == "injured"
            and (k.sentence - 2 <= s.sentence < k.sentence or _some_of_the_hit(doc, s, k))
            and s.count.min is not None
            and s.count.min == s.count.max
            and s.count.min > dead
            and not _other_group(doc[k.victim], None if s.victim is None else doc[s.victim])
            and (not kin or (s.victim is not None and _same_noun(doc[s.victim], doc[k.victim])))
        ]
        if hurt:
            n = max(hurt, key=lambda m: out[m].cue)
            left = (out[n].count.min or 0) - dead
            out[n] = replace(out[n], count=Count(left, left, out[n].count.text))
            out = _dead_added(doc, out, k, out[n])
    return _partitioned(doc, out)


def _dead_added(
    doc: Doc, found: list[CasualtyStatement], death: CasualtyStatement, hurt: CasualtyStatement
) -> list[CasualtyStatement]:
    """ "Five soldiers were killed and eight were hurt ... Two of the wounded later died":
    those told dead out of the wounded add to the dead told beside the wounded (seven)."""
    assert death.victim is not None  # the caller's death has a victim
    group = [
        g
        for p in doc[death.victim].children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if not any(g.lower_ in lexicon_words("adjectives", "injured") for g in group):
        return found
    beside = [
        s
        for s in found
        if s.kind == "killed" and s.sentence == hurt.sentence and _exact(s.count) and s != death
    ]
    if len(beside) != 1 or death not in found:
        return found
    total = (_exact(beside[0].count) or 0) + (_exact(death.count) or 0)
    out = list(found)
    out[out.index(death)] = replace(death, count=Count(total, total, death.count.text))
    return out


def _counted_kin(tok: Token) -> bool:
    """A noun with a number of its own ("One deputy died"), which may be some of a group of
    the same noun told hurt before ("shot two deputies")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children)


def _same_noun(group: Token, some: Token) -> bool:
    return group.lemma_.lower() == some.lemma_.lower()


#: How many sentences after a group told hurt its members may be told apart.
PARTITION_SPAN = 2


def _partitioned(doc: Doc, found: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """ "Four people were shot ... A woman was killed and three men were wounded": when the
    dead and the hurt told just after a group add up to it exactly, they are its members, and
    the group's hurt are those who lived. Not those of another incident ("in another
    shooting", told on a day of their own)."""
    out = list(found)
    for n, group in enumerate(found):
        size = _exact(group.count)
        if group.kind != "injured" or size is None or size < 2:
            continue
        after = [
            s
            for s in found
            if s.cue > group.cue
            and s.sentence <= group.sentence + PARTITION_SPAN
            and not _apart(doc, group, s)
        ]
        dead = [_exact(s.count) for s in after if s.kind == "killed"]
        hurt = [_exact(s.count) for s in after if s.kind == "injured"]
        if not dead or not hurt or None in dead or None in hurt:
            continue
        killed = sum(d or 0 for d in dead)
        if killed and killed + sum(h or 0 for h in hurt) == size:
            out[n] = replace(group, count=Count(size - killed, size - killed, group.count.text))
    return out


def _apart(doc: Doc, group: CasualtyStatement, member: CasualtyStatement) -> bool:
    """Whether a statement after a group tells another incident: its sentence speaks of
    "another shooting", "a separate attack", or tells a day the group's sentence does not."""
    sent, first = doc[member.cue].sent, doc[group.cue].sent
    cue = doc[member.cue]
    verbs = {cue.i, cue.head.i} if cue.dep_ == "conj" else {cue.i}
    markers = lexicon_words("incident_markers")
    # the marker must qualify the occasion the casualty verb was hurt in ("wounded in another
    # shooting"), not any noun of the sentence ("another witness said")
    if any(t.lower_ in markers and _hurt_in(t.head, verbs) for t in sent):
        return True
    if sent.start == first.start:
        return False
    # one of the group may die a day later ("A woman died on Wednesday and three men were
    # wounded"): the day of a death tells no other incident
    told = {i for i in verbs if doc[i].lemma_ not in LATER_DEATHS}
    days = told_times(sent, told) if told else set()
    return bool(days) and not same_time(days, told_times(first))


#: Verbs of a death that may come days after the wounding.
LATER_DEATHS = frozenset({"die", "succumb"})


def _hurt_in(noun: Token, verbs: set[int]) -> bool:
    """Whether a noun is the object of a preposition one of ``verbs`` takes ("in a shooting")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in verbs


def same_time(told: set[str], other: set[str]) -> bool:
    """Whether two sets of told times share one ("Monday" and "Monday night")."""
    return any(a in b or b in a for a in told for b in other)


def told_times(span: Span, verbs: set[int] | None = None) -> set[str]:
    """The dates and times a span tells (lower-case texts), not ages ("a 30-year-old man");
    with ``verbs``, only the days told of one of them ("On Tuesday, a woman was killed", not
    "police said on Tuesday")."""
    # a span of time ("over three days") tells no moment
    spans = {t.start for t in span.doc._.ew_times or [] if t.type in ("DURATION", "SET")}
    return {
        e.text.lower()
        for e in span.ents
        if e.label_ in (("DATE",) if verbs else ("DATE", "TIME"))
        and e.start_char not in spans
        and e.root.dep_ not in ("amod", "compound", "nummod")
        and not e.text.lower().endswith("old")
        and (verbs is None or _verb_of(e.root).i in verbs)
    }


def _verb_of(tok: Token) -> Token:
    """The nearest verb a token hangs on (itself if none)."""
    return next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), tok)


def _exact(count: Count) -> int | None:
    """A count's one value, when it has one ("three"; not "at least three")."""
    return count.min if count.min is not None and count.min == count.max else None


def _group_told_before(hurt: CasualtyStatement, death: CasualtyStatement, span: int) -> int | None:
    """The exact number of a group told hurt at most ``span`` sentences before one death, with
    both victims known; else None."""
    if hurt.kind != "injured" or hurt.victim is None or death.victim is None:
        return None
    if not death.sentence - span <= hurt.sentence < death.sentence:
        return None
    n = hurt.count.min
    return n if n is not None and n == hurt.count.max and n >= 2 else None


def _named_among(doc: Doc, hurt: CasualtyStatement, death: CasualtyStatement) -> bool:
    """Whether one death is of a person named, in a definite phrase, among a group of people
    listed as hurt just before ("shot his wife and her mother ... The wife died"): the hurt are
    the others in the list."""
    n = _group_told_before(hurt, death, SAME_GROUP_SPAN)
    if n is None:
        return False
    assert death.victim is not None and hurt.victim is not None  # checked in the helper
    one, first = doc[death.victim], doc[hurt.victim]
    listed = [first, *(c for c in first.conjuncts if c.i > first.i)]
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in one.children)
    same = [t for t in listed if t.lemma_.lower() == one.lemma_.lower()]
    return definite and len(listed) == n and len(same) == 1


def _one_fewer(found: list[CasualtyStatement], hurt: list[int]) -> list[CasualtyStatement]:
    """The statements with one fewer hurt in each of ``hurt`` (the same group told again, "Two
    people were wounded ... two victims"), when those tell one number."""
    if len({found[n].count.min for n in hurt}) != 1:
        return found
    out = list(found)
    for n in hurt:
        left = (out[n].count.min or 0) - 1
        out[n] = replace(out[n], count=Count(left, left, out[n].count.text))
    return out


#: How many sentences on one death may be and still be one of a group told hurt before it.
GROUP_SPAN = 4


def _one_of_the_hurt(doc: Doc, hurt: CasualtyStatement, death: CasualtyStatement) -> bool:
    """Whether the one death of a story points back at one of a group of a known number told
    hurt before it ("Two men were wounded ... The 19-year-old victim died", "... The man
    died"), not at someone else ("the suspect" after hurt bystanders, "another man")."""
    n = _group_told_before(hurt, death, GROUP_SPAN)
    if n is None:
        return False
    assert death.victim is not None and hurt.victim is not None  # checked in the helper
    one, group = doc[death.victim], doc[hurt.victim]
    aged = one.lower_ == "old" and _age(one) is not None  # "the 31-year-old"
    if not (one.tag_ == "NN" or aged) or _marked_other(one) or _other_side(group, one):
        return False
    if group.conjuncts:  # "shot a cook and a waiter ... The cashier died": not one listed
        return False
    generic = lexicon_words("generic_victims") | {"people"}
    kind = {group.lemma_.lower(), one.lemma_.lower()}
    if not (aged or len(kind) == 1 or kind & generic):  # "two waiters ... the cashier"
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in one.children)


def _some_of_the_hit(doc: Doc, hurt: CasualtyStatement, death: CasualtyStatement) -> bool:
    """ "shot three people, killing two (of them)": a death told in the same sentence after
    the hit, as some of them or as what the hit did, is among those hit."""
    if hurt.sentence != death.sentence or death.victim is None or hurt.cue >= death.cue:
        return False
    number, cue = doc[death.victim], doc[death.cue]
    of_them = any(g.pos_ == "PRON" for p in number.children if p.lower_ == "of" for g in p.children)
    return of_them or (cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.i == hurt.cue)


def _other_group(number: Token, hurt: Token | None) -> bool:
    """Whether "one of N" names a group other than the injured ``hurt``: "22 officers were
    injured ... one of its workers was shot dead" is a death among the party's workers, not
    one of the officers. "one of them", "one of the victims", "one of the troops" are the
    same people."""
    group = next((g for p in number.children if p.lower_ == "of" for g in p.children), None)
    if group is None or hurt is None or group.pos_ == "PRON":
        return False
    # only a group named by whom it belongs to ("its workers", "the company's guards") is
    # surely others: "the policemen" after "officers", "the troops" after "soldiers" are not
    if not any(c.dep_ == "poss" for c in group.children):
        return False
    lemma = group.lemma_.lower()
    if lemma in lexicon_words("generic_victims") or group.lower_ in (
        "people",
        "injured",
        "wounded",
    ):
        return False
    return lemma != hurt.lemma_.lower()


def _bare_number(tok: Token) -> bool:
    """ "one", "two of them", "one of the victims": some of a group told of before."""
    if not (tok.like_num or tok.lower_ in lexicon()["numbers"]):
        return False
    return not any(c.dep_ in ("det", "amod", "compound") for c in tok.children)


def _dead_statements(doc: Doc, found: list[CasualtyStatement]) -> set[int]:
    """Indices of injury statements whose victims are reported killed elsewhere."""
    cluster = _victim_clusters(doc, found)
    killed = [s for s in found if s.kind == "killed" and _positive(s.count)]
    dead_clusters = {cluster[found.index(s)] for s in killed}
    injured = [i for i, s in enumerate(found) if s.kind == "injured" and _positive(s.count)]
    out = {
        i
        for i in injured
        if cluster[i] in dead_clusters
        or any(k.victim == found[i].victim for k in killed if k.victim is not None)
        or any(_same_group(doc, found[i], k) for k in killed if k.victim is not None)
    }
    out.update(_anaphoric_deaths(doc, found, killed, injured))
    out.update(_counted_back(doc, found, killed, [i for i in injured if i not in out], cluster))
    # "A fatal shooting ... Kim was found shot": a death with no one named, and one victim.
    named = any(k.victim is not None and k.victim != k.cue for k in killed)
    left = [i for i in injured if i not in out]
    if (
        killed
        and not named
        and left
        and all(found[i].count.max == 1 for i in left)
        and len({cluster[i] for i in left}) == 1
        and not any(_marked_other(doc[v]) for i in left if (v := found[i].victim) is not None)
    ):  # "claimed two lives ... A third person was treated": one more, not one of them
        out.update(left)
    out.update(_bridged_death(doc, found, killed, cluster, [i for i in injured if i not in out]))
    return out


def _bridged_death(
    doc: Doc,
    found: list[CasualtyStatement],
    killed: list[CasualtyStatement],
    cluster: list[int],
    left: list[int],
) -> set[int]:
    """ "A cashier was shot ... The man died at the scene": "shot" says someone was hit, not
    that they lived, and a definite "the man" told afterwards, in a story of one death, points
    back to the one person only hit. Anything looser loses real survivors: a death told first
    or fresh ("a passenger was killed", "her father was killed"), two people hit, or two
    deaths."""
    if not killed or any(k.count.min != 1 or k.count.max != 1 for k in killed):
        return set()
    if len({cluster[found.index(k)] for k in killed}) != 1:
        return set()
    hits = [i for i in left if _hit_only(doc, found[i])]
    if len(hits) != 1:
        return set()
    hit, death = found[hits[0]], min(killed, key=lambda k: k.cue)
    if not _told_after(doc, hit, death) or not _points_back(doc, death):
        return set()
    return {hits[0]} if _may_be(doc, hit, death) else set()


def _told_after(doc: Doc, hit: CasualtyStatement, death: CasualtyStatement) -> bool:
    """Whether a death is told after a hit: in a later sentence, or after the title bar that
    ends a headline run into the story's first sentence ("Clerk shot | Daily News The man
    died ...")."""
    if death.sentence != hit.sentence:
        return death.sentence > hit.sentence
    return death.cue > hit.cue and any(title_bar(t) for t in doc[hit.cue + 1 : death.cue])


def _points_back(doc: Doc, death: CasualtyStatement) -> bool:
    """Whether a death's victim refers back to someone told of before: "he", "the man", "the
    16-year-old", "the victim", or no one named ("the shooting was fatal")."""
    if death.victim is None or death.victim == death.cue:
        return True
    tok = doc[death.victim]
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she")  # not "someone", "one"
    if tok.pos_ == "PROPN" or any(c.dep_ == "nummod" for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)


# Determiners of a phrase that points back ("the man", "that victim"); "a", "her", "one" do not.
_DEFINITE = ("the", "this", "that")


def _hit_only(doc: Doc, st: CasualtyStatement) -> bool:
    """One person said only to be hit ("a man was shot"), not marked as someone else
    ("another man was shot", "was also shot"). A word of survival ("wounded", "in stable
    condition") is a statement of its own."""
    cue = doc[st.cue]
    if st.count.max != 1 or st.victim is None or cue.pos_ != "VERB":
        return False
    if cue.lemma_.lower() not in lexicon_words("hit_only_verbs"):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lexicon_words("also_words") for c in cue.children):
        return False
    return not _marked_other(doc[st.victim])


def _may_be(doc: Doc, hit: CasualtyStatement, death: CasualtyStatement) -> bool:
    """Whether the one person hit may be the one person who died: "A man was shot ... he
    died" is one man, most often; "a woman was shot" beside a man's death, two names, or
    "the suspect was shot" beside a victim's death are two people."""
    if hit.victim is None or death.victim is None or death.victim == death.cue:
        return True  # "a homicide" names no one to tell apart
    one, other = doc[hit.victim], doc[death.victim]
    if _marked_other(other):
        return False  # "A man was shot ... Another man died"
    genders = _gender(one), _gender(other)
    if all(genders) and genders[0] != genders[1]:
        return False
    if _other_side(one, other):
        return False
    if hit.sentence == death.sentence and _counted(one) and _counted(other):
        return False  # "one person was killed and one person was shot"
    ages = _age(one), _age(other)
    if all(ages) and ages[0] != ages[1]:
        return False  # "a 17-year-old was shot" beside "a 20-year-old man died"
    names = _names(one), _names(other)
    return not (names[0] and names[1] and not names[0] & names[1])


def _anaphoric_deaths(
    doc: Doc, found: list[CasualtyStatement], killed: list[CasualtyStatement], injured: list[int]
) -> set[int]:
    """ "Three people were shot. They all died" / "... shot the other victims. All were
    pronounced dead": a plural pronoun that dies points back at the group hurt just before."""
    out: set[int] = set()
    for k in killed:
        if k.victim is None or doc[k.victim].lower_ not in lexicon_words("plural_pronouns"):
            continue
        before = [
            i
            for i in injured
            if k.sentence - 2 <= found[i].sentence < k.sentence and (found[i].count.min or 0) >= 2
        ]
        if before:
            out.add(max(before, key=lambda i: found[i].cue))
    return out


def _counted_back(
    doc: Doc,
    found: list[CasualtyStatement],
    killed: list[CasualtyStatement],
    injured: list[int],
    cluster: list[int],
) -> set[int]:
    """ "A man shot his wife and then himself ... Both died", "A clerk was shot. A guard was
    shot. Two died": a bare number that dies, told after as many people each hurt on their
    own, is those people. Only exactly that many, the last ones told, each counted once."""
    out: set[int] = set()
    for k in killed:
        n = k.count.min
        if k.victim is None or n is None or n < 2 or n != k.count.max:
            continue
        if not _bare_group(doc[k.victim]):
            continue
        singles = [
            i
            for i in injured
            if k.sentence - 2 <= found[i].sentence < k.sentence
            and found[i].count.min == found[i].count.max == 1
        ]
        people: list[int] = []  # clusters, the last told first
        for i in sorted(singles, key=lambda i: -found[i].cue):
            if cluster[i] not in people:
                people.append(cluster[i])
        if len(people) >= n:
            out.update(i for i in singles if cluster[i] in people[:n])
    return out


def _bare_group(tok: Token) -> bool:
    """ "Both", "two", "all three": a number standing for people without a noun of its own."""
    quantifiers = lexicon()["exact_quantifiers"]
    return (_bare_number(tok) or tok.lower_ in quantifiers) and not any(
        c.dep_ == "prep" for c in tok.children
    )


def _positive(count: Count) -> bool:
    return bool(count.min or count.max)


def _same_group(doc: Doc, injured: CasualtyStatement, killed: CasualtyStatement) -> bool:
    """ "Two men were shot ... two died": a group of known size reported killed later."""
    n = injured.count.min
    if injured.sentence == killed.sentence or injured.victim is None or killed.victim is None:
        return False
    if n == 1 and injured.count.max == 1 and (killed.count.min or 0) >= 2:
        return _member(doc[injured.victim], doc[killed.victim])
    if n == 2 and injured.count.max is None and _definite_plural(doc[injured.victim]):
        return (killed.count.min or 0) >= 2  # "the victims were shot ... four people dead"
    return (
        n is not None
        and n > 1
        and n == injured.count.max
        and _told_as_one_group(doc, injured, killed)
        # among the dead, not a war's tally of tens of thousands told beside them
        and n <= (killed.count.min or 0) <= TALLY_RATIO * n
        and not _marked_other(doc[injured.victim])
        and not _other_side(_noun_of(doc[injured.victim]), doc[killed.victim])
    )


def _noun_of(number: Token) -> Token:
    """The noun a bare number stands for, told in the clause it is coordinated with ("Three
    policemen were killed and two were wounded": two policemen); else the word itself."""
    verb = number.head
    if not _bare_number(number) or verb.dep_ != "conj" or verb.head.i == verb.i:
        return number
    first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first if first is not None and first.pos_ == "NOUN" else number


def _told_as_one_group(doc: Doc, injured: CasualtyStatement, killed: CasualtyStatement) -> bool:
    """Whether a death toll may count a group told hurt: told shortly after the hurt ("Two men
    were shot ... two died"), in no earlier month, or told before them but pointed back to ("Two
    men were killed ... The two men were shot outside a club"). Hurt told after the dead as new
    people are others ("Gunmen killed 12 ... Three people were wounded"), and a toll told far on
    is another incident's ("Last month, soldiers killed dozens")."""
    if killed.sentence < injured.sentence:
        victim = doc[injured.victim] if injured.victim is not None else None
        return victim is not None and points_back(victim)
    dead = doc[killed.victim] if killed.victim is not None else None
    # "They had died" pages on still points back; "soldiers killed dozens" is new people
    near = killed.sentence <= injured.sentence + SAME_GROUP_SPAN
    return (near or (dead is not None and points_back(dead))) and not _dated_apart(
        doc, injured, killed
    )


def _dated_apart(doc: Doc, injured: CasualtyStatement, killed: CasualtyStatement) -> bool:
    """Whether a death toll is dated before the story's month, in words the hurt's sentence
    does not share ("Three were wounded. Last month, soldiers killed dozens", "in 2022"):
    another incident. A later day ("two died on Saturday") may be the hurt dying."""
    published = doc._.published
    if published is None:
        return False
    month = published.isoformat()[:7]
    told = _date_values(doc, killed)
    return any(v[:7] < month for v in told) and not told & _date_values(doc, injured)


def _date_values(doc: Doc, statement: CasualtyStatement) -> set[str]:
    """The DATE values told in a statement's sentence."""
    times = doc._.ew_times or []
    time_of: dict[int, int] = doc._.ew_time_of or {}
    sent = doc[statement.cue].sent
    found = (times[time_of[i]] for i in range(sent.start, sent.end) if i in time_of)
    return {t.value for t in found if t.type == "DATE" and t.value and t.value[:1].isdigit()}


#: How many times the hurt a later death toll may be and still count them among its dead.
TALLY_RATIO = 10
#: How many sentences on a death toll may be and still count the hurt among its dead.
SAME_GROUP_SPAN = 2


def _member(one: Token, group: Token) -> bool:
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


def _definite_plural(tok: Token) -> bool:
    """ "the victims", "they": a group already known, without a number of its own."""
    if tok.lower_ in lexicon_words("plural_pronouns"):
        return True
    return (
        tok.tag_ in ("NNS", "NNPS")
        and not _marked_other(tok)
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("some", "no") for c in tok.children)
    )


def _victim_clusters(doc: Doc, found: list[CasualtyStatement]) -> list[int]:
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
    if _marked_other(after):
        return False  # "another man", "a second victim"
    ga, gb = _gender(before), _gender(after)
    if ga and gb and ga != gb:
        return None
    names_a, names_b = _names(before), _names(after)
    if names_a and names_b:
        return True if names_a & names_b else None
    if same_sentence and _counted(before) and _counted(after):
        return None  # "one person was killed and one person injured": each counted apart
    if before.lemma_.lower() == after.lemma_.lower():
        return True  # "a man ... the man" (also a headline run into the first sentence)
    if _reflexive_of(after, before):
        return True  # "a boy died after shooting himself": the boy
    if same_sentence:
        return None  # "three dead and two injured": other people
    definite = any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in after.children
    )
    generic = lexicon_words("generic_victims")
    loose = [t.pos_ in ("PRON", "PROPN") or t.lemma_.lower() in generic for t in (before, after)]
    if loose[1] or (loose[0] and definite) or (definite and names_a):
        return True  # a pronoun, a name or "the victim" points to the nearest victim
    if definite and _age_noun(after) and not _bare_number(before):
        # "A woman was shot ... The 31-year-old": an age said as a noun points back too
        return True if _age(before) in (None, _age(after)) else None
    if _vague_first(before) and not definite:
        return True  # "a report of a person shot ... found a man with a wound"
    return None


def _reflexive_of(reflexive: Token, before: Token) -> bool:
    """Whether "himself" / "herself" is ``before``: a reflexive is whoever does its verb, the
    subject of its clause or of the clause it hangs on ("a boy died after shooting himself"),
    or the one a pronoun subject points back to ("a girl is dead after she shot herself").
    "A gunman killed a man and then shot himself" is the gunman, not the man."""
    if reflexive.lower_ not in lexicon_words("reflexives"):
        return False
    verb = reflexive.head
    for _ in range(4):  # up through "after shooting himself" to the clause with a subject
        doer = next((c for c in _args(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
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


def _other_side(one: Token, other: Token) -> bool:
    """Whether two victim nouns name people on different sides of the gun ("the suspect" and
    "the officer", "the suspect" and "a woman"); a pronoun or a name may be anyone."""
    if one.pos_ != "NOUN" or other.pos_ != "NOUN":
        return False
    sides = _side(one), _side(other)
    return any(sides) and sides[0] != sides[1]


# Where a victim phrase holds its age: "a 17-year-old man", "Smith, 25", "the victim, 25,".
_AGE_DEPS = ("amod", "compound", "nummod", "appos", "npadvmod")


def _age(tok: Token) -> str | None:
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


def _counted(tok: Token) -> bool:
    """A victim phrase with a number of its own ("one person", "one")."""
    return tok.like_num or any(c.dep_ == "nummod" for c in tok.children)


def _names(tok: Token) -> set[str]:
    """Proper-name words of a victim phrase, appositions included ("an employee, Raj Singh")."""
    near = [tok, *(c for c in tok.children if c.dep_ in ("compound", "appos"))]
    words = [
        t
        for n in near
        for t in (n, *n.children)
        if t.dep_ in ("compound", "appos", "") or t.i == n.i
    ]
    return {t.lower_ for t in words if t.pos_ == "PROPN"}


def _marked_other(tok: Token) -> bool:
    """ "another man", "a second victim", "one more man": not someone mentioned before."""
    return tok.lower_ in lexicon_words("other_markers") or any(
        t.lower_ in lexicon_words("other_markers") for t in tok.subtree if t.i < tok.i
    )


def _gender(tok: Token) -> str | None:
    words = {t.lower_ for t in (tok, *tok.children) if t.dep_ != "prep"}
    if words & lexicon_words("male_words"):
        return "m"
    if words & lexicon_words("female_words"):
        return "f"
    return None
