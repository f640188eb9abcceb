"""Statements about victims already counted: injuries of people reported killed are dropped.

Used by :mod:`eventwire.nlp.casualties.component` on every statement it finds. "Smith was shot
... he died" is one person (:mod:`eventwire.nlp.casualties.identity`), "two men were shot ... two
died" one group; a bare number that dies ("Both died") is as many people each hurt just
before, and "They all died" the group hurt just before. "Another man" is someone new. One
person said only to be shot ("a cashier was shot"), then the story's one death of someone
pointed back to ("the man died"), is that death, unless gender, side of the gun, age, name or
"also" tell them apart. What is left is then corrected for groups whose members are told
(:mod:`eventwire.nlp.casualties.groups`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.nlp.casualties.groups import SAME_GROUP_SPAN, ordinal_totals, survivors_left
from eventwire.nlp.casualties.identity import (
    DEFINITE,
    bare_number,
    definite_plural,
    gender,
    has_own_number,
    marked_other,
    member_of,
    other_side,
    proper_names,
    told_age,
    victim_clusters,
)
from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words, title_bar
from eventwire.nlp.casualties.occasions import dated_apart
from eventwire.nlp.casualties.statement import CasualtyStatement
from eventwire.nlp.parse import points_back
from eventwire.records import Count


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
    return ordinal_totals(doc, survivors_left(doc, kept))


def _dead_statements(doc: Doc, found: list[CasualtyStatement]) -> set[int]:
    """Indices of injury statements whose victims are reported killed elsewhere."""
    cluster = victim_clusters(doc, found)
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
        and not any(marked_other(doc[v]) for i in left if (v := found[i].victim) is not None)
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
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in tok.children)


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
    return not marked_other(doc[st.victim])


def _may_be(doc: Doc, hit: CasualtyStatement, death: CasualtyStatement) -> bool:
    """Whether the one person hit may be the one person who died: "A man was shot ... he
    died" is one man, most often; "a woman was shot" beside a man's death, two names, or
    "the suspect was shot" beside a victim's death are two people."""
    if hit.victim is None or death.victim is None or death.victim == death.cue:
        return True  # "a homicide" names no one to tell apart
    one, other = doc[hit.victim], doc[death.victim]
    if marked_other(other):
        return False  # "A man was shot ... Another man died"
    genders = gender(one), gender(other)
    if all(genders) and genders[0] != genders[1]:
        return False
    if other_side(one, other):
        return False
    if hit.sentence == death.sentence and has_own_number(one) and has_own_number(other):
        return False  # "one person was killed and one person was shot"
    ages = told_age(one), told_age(other)
    if all(ages) and ages[0] != ages[1]:
        return False  # "a 17-year-old was shot" beside "a 20-year-old man died"
    names = proper_names(one), proper_names(other)
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
    return (bare_number(tok) or tok.lower_ in quantifiers) and not any(
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
        return member_of(doc[injured.victim], doc[killed.victim])
    if n == 2 and injured.count.max is None and definite_plural(doc[injured.victim]):
        return (killed.count.min or 0) >= 2  # "the victims were shot ... four people dead"
    return (
        n is not None
        and n > 1
        and n == injured.count.max
        and _told_as_one_group(doc, injured, killed)
        # among the dead, not a war's tally of tens of thousands told beside them
        and n <= (killed.count.min or 0) <= TALLY_RATIO * n
        and not marked_other(doc[injured.victim])
        and not other_side(_noun_of(doc[injured.victim]), doc[killed.victim])
    )


def _noun_of(number: Token) -> Token:
    """The noun a bare number stands for, told in the clause it is coordinated with ("Three
    policemen were killed and two were wounded": two policemen); else the word itself."""
    verb = number.head
    if not bare_number(number) or verb.dep_ != "conj" or verb.head.i == verb.i:
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
    return (near or (dead is not None and points_back(dead))) and not dated_apart(
        doc, injured, killed
    )


#: How many times the hurt a later death toll may be and still count them among its dead.
TALLY_RATIO = 10
