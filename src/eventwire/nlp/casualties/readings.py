"""Reading one cue word: its kind, its victim and how many, or nothing.

Used by :mod:`eventwire.nlp.casualties.component` on every token. A verb or adjective is read
here (nouns in :mod:`eventwire.nlp.casualties.nouns`): its victim
(:mod:`eventwire.nlp.casualties.victims`), the coordinated victims it counts ("Three dead and
two injured": each word its own), the attack's perpetrator put last, and the count
(:mod:`eventwire.nlp.casualties.counts`). So are "the dead included a girl and her
grandmother" (members of a group told), "killed and 12 hurt" (a number hung on the
participle) and "he is recovering" (someone hurt). Words that tell of no harm done are
dropped (:mod:`eventwire.nlp.casualties.no_harm`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.casualties.counts import victim_count
from eventwire.nlp.casualties.cues import names_casualty, verb_kind
from eventwire.nlp.casualties.lexicon import lexicon, lexicon_words
from eventwire.nlp.casualties.no_harm import (
    across_title_bar,
    aimed_at,
    before_colon,
    conditional,
    denying_word,
    hurt_oneself,
    irrealis,
    standing_title,
    told_as_rate,
    told_in_general,
    yearly_tally,
)
from eventwire.nlp.casualties.nouns import read_noun
from eventwire.nlp.casualties.partitives import fatal_share, survivors
from eventwire.nlp.casualties.perpetrators import by_another, names_attacker
from eventwire.nlp.casualties.statement import KINDS, Reading
from eventwire.nlp.casualties.victims import (
    adjective_victim,
    is_determined,
    listed_victims,
    subject_of,
    verb_victim,
)
from eventwire.records import Count


def _own_victims(victim: Token, cue: Token) -> list[Token]:
    """The coordinated victims a cue word counts: all of them ("two policemen and a child were
    killed"), unless casualty words split the coordination, each counting the victims before it
    ("Three dead and two injured": "dead" counts three, "injured" two)."""
    group = listed_victims(victim)
    if len(group) == 1 or _relative_of(cue, victim):
        return [victim]  # "a man, who died at the hospital, and two women": the man only
    splits = [
        c.i
        for t in group
        for c in t.children
        if c.dep_ in ("amod", "acl") and c.i != cue.i and names_casualty(c)
    ]
    # A cue that modifies a victim splits the coordination too ("Three dead and two injured,
    # police said", which the parser reads as one subject "Three dead and two" of "injured").
    modifies = cue.dep_ in ("amod", "acl") and cue.head in group
    if not splits and not modifies:
        return group
    after = max((i for i in splits if i < cue.i), default=-1)
    own = [t for t in group if after < t.i < cue.i]
    return own or group


def _not_attackers(cue: Token, kind: str, victims: list[Token]) -> list[Token]:
    """The coordinated victims, the attack's own perpetrator last, so that the statement is of
    the others ("the bomber and 12 worshippers died in the blast": 13 dead, as a toll tells
    them, of the worshippers' attack; "six soldiers and two attackers died in the ambush": 8); a
    perpetrator alone is dropped later, with the statement. A second subject the parser left
    uncoordinated counts as a conjunct ("the attacker, a young man, and two bystanders died")."""
    if kind == "arrested" or by_another(cue, victims[0]):
        return victims
    if len(victims) == 1:
        other = next(
            (
                c
                for c in cue.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i > victims[0].i and c.pos_ == "NOUN"
            ),
            None,
        )
        if other is None or not names_attacker(victims[0]):
            return victims
        victims = [victims[0], other, *(t for t in other.conjuncts if t.i > other.i)]
    others = [v for v in victims if not names_attacker(v)]
    return [*others, *(v for v in victims if v not in others)] if others else victims


def _relative_of(cue: Token, victim: Token) -> bool:
    """Whether a cue word is told in a relative clause of its victim ("a man, who died"), itself
    or the verb it completes or is coordinated with."""
    verb = cue
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb.head.i == victim.i
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def read_cue(tok: Token) -> list[Reading]:
    """Casualty readings of one token: (kind, victim token or None, count)."""
    if tok.lower_ in lexicon_words("unharmed_adjectives"):  # "escaped unhurt": explicitly none
        return [("injured", adjective_victim(tok), Count(0, 0, tok.text))]
    members = _read_members(tok)
    if members is not None:
        return members
    counted = _state_count(tok)
    if tok.pos_ in ("NOUN", "PROPN") and not counted:
        return read_noun(tok)
    if tok.pos_ not in ("VERB", "ADJ") and not counted:
        return []
    if tok.lemma_.lower() in lexicon_words("recovery_verbs"):
        return _read_recovery(tok)
    kind = verb_kind(tok)
    adjective = next((k for k in KINDS if tok.lower_ in lexicon_words("adjectives", k)), None)
    if kind is None and adjective is None:
        return []
    kind = kind or adjective
    assert kind is not None
    victim = counted or (adjective_victim(tok) if tok.pos_ == "ADJ" else verb_victim(tok))
    if victim is None and adjective is not None:
        victim = adjective_victim(tok)
    own = victim is not None and victim.i == tok.i and tok.pos_ == "VERB"
    if victim is None or own or irrealis(tok):
        return []
    if kind == "arrested" and standing_title(tok):
        return []
    if tok.lemma_ == "shoot" and aimed_at(tok):
        return []
    if across_title_bar(tok, victim) or before_colon(tok, victim):
        return []
    if tok.tag_ == "VBG" and not is_determined(victim):  # "shooting victim", "shooting people"
        return []
    if (
        told_in_general(tok, victim)
        or hurt_oneself(tok, kind)
        or yearly_tally(tok)
        or told_as_rate(tok)
    ):
        return []
    victims = _not_attackers(tok, kind, _own_victims(victim, tok))
    neg = denying_word(tok, kind)
    count = Count(0, 0, neg.text) if neg is not None else victim_count(victims[0], victims)
    if count is None:
        return []
    share = fatal_share(tok, victim) if kind == "injured" and neg is None else None
    if share is not None:  # "Three people were shot, one fatally": one dead, two hurt
        aside, dead = share
        rest = survivors(count, dead)
        readings: list[Reading] = [("killed", aside, Count(dead, dead, aside.text))]
        return readings + ([("injured", victims[0], rest)] if rest is not None else [])
    return [(kind, victims[0], count)]


def _read_members(tok: Token) -> list[Reading] | None:
    """ "The dead included a girl and her grandmother", "Among the wounded were two
    officers", "The dead were identified as a man and his son": "the dead" / "the wounded" as
    a group whose members are told; some of them when the group includes them ("included",
    "among"), all of them when it is them. None when the word is no such group."""
    kind = next((k for k in KINDS if tok.lower_ in lexicon_words("adjectives", k)), None)
    if kind is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "amod", "nummod") for c in tok.children):
        return None  # "the dead man", "the injured in the crash": no group told whole
    head, share = tok.head, None
    if tok.dep_ == "pobj" and head.lower_ in lexicon_words("member_prepositions"):
        verb, share = head.head, "some"
        deps: tuple[str, ...] = ("nsubj", "nsubjpass", "attr")
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        verb = head
        share = lexicon()["member_verbs"].get(verb.lemma_.lower())
        deps = ("dobj", "attr")
    else:
        return None
    if share is None or verb.i == tok.i or irrealis(verb):
        return None
    found = [c for c in verb.children if c.dep_ in deps and c.i != tok.i]
    found += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"  # "identified as a man and his son"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    members = [m for m in found[:1] for m in (m, *m.conjuncts) if not _bare_plural(m)]
    if not members:
        return None
    count = victim_count(members[0], sorted(members, key=lambda m: m.i))
    if count is None:
        return None
    if share == "some":
        count = Count(count.min, None, count.text)
    return [(kind, members[0], count)]


def _bare_plural(noun: Token) -> bool:
    """ "The dead included women and children": a plural told without a number or quantity
    counts no one, while "two children", "dozens of children" and "a girl" do."""
    quantities = {*lexicon()["vague_quantities"], *lexicon()["exact_quantifiers"]}
    words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "det", "predet"))]
    counted = noun.like_num or any(w.lower_ in quantities for w in words)
    numbered = any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    return noun.tag_ in ("NNS", "NNPS") and not (counted or numbered)


def _state_count(tok: Token) -> Token | None:
    """ "killed and 12 hurt", "Bomb kills 3, 12 hurt", "several hurt": the number of a casualty
    participle the parser hung on it as a modifier (or read the participle as a noun); the
    number is its subject."""
    if not any(tok.lower_ in lexicon_words("adjectives", k) for k in KINDS):
        return None
    vague = lexicon()["vague_quantities"]
    found = next(
        (
            c
            for c in tok.lefts
            if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.lower_ in vague)
        ),
        None,
    )
    if found is not None and found.conjuncts and tok.dep_ == "dobj":
        return None  # "killing three and 12 hurt" read as "killing [three and 12] hurt": unsure
    return found


def _read_recovery(verb: Token) -> list[Reading]:
    """ "He is recovering", "the teen is expected to survive": someone who lives through
    being hurt was hurt; "she did not survive" died. Only people recover here: "the economy
    recovered" names none, and "police recovered a gun" is transitive."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return []
    infinitive = any(c.tag_ == "TO" for c in verb.children if c.dep_ == "aux")
    if infinitive:  # "is expected to survive": what doctors say, not what someone wants
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in lexicon_words("prognosis_verbs"):
            return []
        victim = subject_of(head)
    else:
        victim = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if victim is None or conditional(verb) or any(a.tag_ == "MD" for a in verb.children):
        return []
    count = victim_count(victim)
    if count is None:
        return []
    died = any(c.dep_ == "neg" for c in verb.children) and verb.lemma_.lower() == "survive"
    return [("killed" if died else "injured", victim, count)]
