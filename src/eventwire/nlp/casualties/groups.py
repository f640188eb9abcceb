"""A group told hurt, and what is told later of its members: the group's hurt are those who lived.

Used by :mod:`eventwire.nlp.casualties.dedupe`, after statements about victims already counted
are dropped:

- **Some of them died.** "Three people were shot ... one (of them) died", "shot three people,
  killing two": the injured are those who lived ("killing all three": none); "Two men were
  wounded ... The man died" leaves one; "Two of the wounded later died" adds to the dead told
  beside the wounded.
- **Members told apart.** "Four people were shot ... A woman was killed and three men were
  wounded": the dead and the hurt told just after a group, adding up to it, are its members.
- **Ordinals.** "Gunmen killed eight worshippers ... A ninth victim later died": nine dead;
  not a third told killed in a town of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwire.nlp.casualties.identity import (
    DEFINITE,
    bare_number,
    marked_other,
    other_side,
    told_age,
)
from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.nlp.casualties.occasions import (
    LATER_DEATHS,
    another_incident,
    same_time,
    told_times,
)
from eventwire.nlp.casualties.statement import CasualtyStatement
from eventwire.records import Count, Place


def ordinal_totals(doc: Doc, found: list[CasualtyStatement]) -> list[CasualtyStatement]:
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
            if s.kind == st.kind
            and s is not st
            and s.count.min == s.count.max == rank - 1
            and not _told_apart(doc, s, st)
        ]
        if before:
            out[n] = replace(st, count=Count(rank, rank, st.count.text))
    return out


def _told_apart(doc: Doc, count: CasualtyStatement, ordinal: CasualtyStatement) -> bool:
    """Whether an ordinal victim is told of another incident than the count before it: "a
    third person was killed in an unrelated shooting", or a time its sentence tells that the
    count's does not ("It was the third time this year that a second officer was killed").
    A later death may come on a day of its own ("A ninth victim died on Saturday")."""
    if another_incident(doc, count, ordinal):
        return True
    sent, other = doc[ordinal.cue].sent, doc[count.cue].sent
    if sent.start == other.start or doc[ordinal.cue].lemma_ in LATER_DEATHS:
        return False
    if _placed_apart(doc[ordinal.cue], other):
        return True
    days = told_times(sent)
    return bool(days) and not same_time(days, told_times(other))


#: Entity labels of the towns and regions a harm is told in.
_PLACE_LABELS = ("GPE", "LOC")


def _placed_apart(cue: Token, other: Span) -> bool:
    """Whether a casualty verb is told in a town that the count's sentence, which names
    towns, does not name: "Two men were killed in Dallas ... A third man was shot dead in
    Fort Worth" is another incident's victim; not "in Texas ... in Dallas", a town inside the
    region told."""
    verbs = {cue.i, cue.head.i}
    here = [
        e
        for e in cue.sent.ents
        if e.label_ in _PLACE_LABELS
        and e.root.dep_ == "pobj"
        and e.root.head.dep_ == "prep"
        and e.root.head.head.i in verbs
    ]
    there = [e for e in other.ents if e.label_ in _PLACE_LABELS]
    return bool(here) and bool(there) and not any(_same_area(a, b) for a in here for b in there)


def _same_area(a: Span, b: Span) -> bool:
    """Whether two place names are one place or one holds the other (a region and a town in
    it), by their gazetteer places; by their text where either is unresolved."""
    one, two = _place(a), _place(b)
    if one is None or two is None:
        return a.text.lower() == b.text.lower()
    if one.id == two.id:
        return True
    return _holds(one, two) or _holds(two, one)


def _holds(big: Place, small: Place) -> bool:
    """Whether place ``big`` is a country or first-level region holding ``small``."""
    if big.country is None or big.country != small.country:
        return False
    return big.precision == "country" or (
        big.precision == "admin1" and big.admin1 is not None and big.admin1 == small.admin1
    )


def _place(name: Span) -> Place | None:
    """The gazetteer place the places stage read a name as, if any."""
    doc = name.doc
    place_of: dict[int, str] = doc._.ew_place_of or {}
    pid = next((place_of[t.i] for t in name if t.i in place_of), None)
    return next((p for p in doc._.ew_places or [] if p.id == pid), None) if pid else None


def _ordinal(victim: Token) -> int | None:
    """The rank an ordinal gives one more victim ("a ninth victim", "a third"), if any; "the
    second victim" may be any of those told."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in victim.children):
        return None
    ranks: dict[str, int] = lexicon()["ordinals"]
    words = [victim, *(c for c in victim.children if c.dep_ == "amod")]
    return next((ranks[w.lower_] for w in words if w.lower_ in ranks), None)


def survivors_left(doc: Doc, found: list[CasualtyStatement]) -> list[CasualtyStatement]:
    """ "Three people were shot ... one (of them) died": the injured are the two who lived."""
    out = list(found)
    killed = [s for s in found if s.kind == "killed"]
    one_death = all(s.count.min == s.count.max == 1 for s in killed)
    for k in killed:
        dead = k.count.min
        if k.victim is None or dead is None or dead != k.count.max:
            continue
        kin = _counted_kin(doc[k.victim])
        if not _of_the_group(doc[k.victim]) and not kin:
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
            and (s.count.min > dead or (s.count.min == dead and _some_of_the_hit(doc, s, k)))
            and not _other_group(doc[k.victim], None if s.victim is None else doc[s.victim])
            and (not kin or (s.victim is not None and _same_noun(doc[s.victim], doc[k.victim])))
        ]
        joined = [] if hurt else _all_of_joined(doc, out, k)
        if joined:  # "shot a woman and stabbed two men, killing all three": none lived
            out = [s for n, s in enumerate(out) if n not in joined]
            continue
        if hurt:
            n = max(hurt, key=lambda m: out[m].cue)
            left = (out[n].count.min or 0) - dead
            if not left:  # "shot three men, killing all three": none of them lived
                out = out[:n] + out[n + 1 :]
                continue
            out[n] = replace(out[n], count=Count(left, left, out[n].count.text))
            out = _dead_added(doc, out, k, out[n])
    return _partitioned(doc, out)


def _all_of_joined(doc: Doc, found: list[CasualtyStatement], death: CasualtyStatement) -> list[int]:
    """The hurt told by the joined verbs a "killing all N" hangs on, when they add up to N
    ("shot a woman and stabbed two men, killing all three"); else none."""
    victim = doc[death.victim] if death.victim is not None else None
    if victim is None or not any(
        c.lower_ == "all" for c in victim.children if c.dep_ in ("det", "predet")
    ):
        return []
    verb = doc[death.cue].head
    verbs = {verb.i, *(v.i for v in verb.conjuncts)}
    hurt = [
        n
        for n, s in enumerate(found)
        if s.kind == "injured"
        and s.cue in verbs
        and s.count.min is not None
        and s.count.min == s.count.max
    ]
    told = sum(found[n].count.min or 0 for n in hurt)
    return hurt if len(hurt) > 1 and told == death.count.min else []


def _of_the_group(tok: Token) -> bool:
    """A number standing for people of a group told before: "one", "two of them", "both",
    "all three"."""
    if tok.lower_ in lexicon()["exact_quantifiers"]:
        return True
    return bare_number(tok) or (
        tok.like_num and any(c.lower_ == "all" for c in tok.children if c.dep_ in ("det", "predet"))
    )


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
            and not another_incident(doc, group, s)
        ]
        dead = [_exact(s.count) for s in after if s.kind == "killed"]
        hurt = [_exact(s.count) for s in after if s.kind == "injured"]
        if not dead or not hurt or None in dead or None in hurt:
            continue
        killed = sum(d or 0 for d in dead)
        if killed and killed + sum(h or 0 for h in hurt) == size:
            out[n] = replace(group, count=Count(size - killed, size - killed, group.count.text))
    return out


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
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in one.children)
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
    aged = one.lower_ == "old" and told_age(one) is not None  # "the 31-year-old"
    if not (one.tag_ == "NN" or aged) or marked_other(one) or other_side(group, one):
        return False
    if group.conjuncts:  # "shot a cook and a waiter ... The cashier died": not one listed
        return False
    generic = lexicon_words("generic_victims") | {"people"}
    kind = {group.lemma_.lower(), one.lemma_.lower()}
    if not (aged or len(kind) == 1 or kind & generic):  # "two waiters ... the cashier"
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in one.children)


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


#: How many sentences on a death toll may be and still count the hurt among its dead.
SAME_GROUP_SPAN = 2
