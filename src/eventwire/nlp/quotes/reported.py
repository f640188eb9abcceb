"""Indirect attributions: what someone said, thought or wanted, told without quotation marks.

A cue verb outside quotes attributes its complement to its subject:

- **Reported speech**: the clausal complement of a reporting verb (group ``indirect`` of
  ``quotes/data/quote_words.tsv``): "Al-Sadr said the security forces need to take charge",
  "told reporters in an interview that …"; also the clause it interrupts or ends ("The talks will
  fail, he said") and the clause an "according to X" phrase attaches to.
- **Stances**: the complement of a verb of belief, wish, plan, judgement or finding (group
  ``stance``): a clause ("believe Beijing has …"), an object and what hangs on it ("accused
  Trump of …", "endorsed Cruz"), an infinitive ("wants to emerge as …", "declined to comment")
  or a phrase after a particle the cue takes (group ``stance_prep``: "called for a ban").

The source is the cue's subject ("who" in "…, who endorsed Sanders"); a verb without one
borrows the subject of the verb it is conjoined to or hangs on ("… and said", "responded by
saying …") when that subject is someone (a personal pronoun, a name, an actor), and a participle
its noun ("Democrats urging him to …"). In "the wall he promised" the content is the noun.
A stance whose cue the events stage reads as an event ("condemned the coup": ACCUSE) and that
has no clause after it is left to that event.
A clause holding a quotation is left to the direct quotes (a partial quote is found there).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.nlp.quotes.marks import MIN_WORDS
from eventwire.nlp.quotes.speakers import DocView, speaker_actor, subject
from eventwire.nlp.quotes.words import words
from eventwire.records import Actor

#: Tokens between a reporting verb and a subject that is no actor before the subject is doubted.
MAX_SPEAKER_GAP = 10
#: Dependents after a stance verb that hold what it attributes.
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "dative", "oprd", "attr"})
#: Complements that are clauses: what a stance is about even when its cue is an event.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "oprd"})
#: Pronouns that stand for someone who can say or hold something.
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
#: Words at most in the source of a headline's "Source: claim".
MAX_HEADLINE_SOURCE = 4
#: Relative pronouns a cue's subject may be: "… Brockovich, who endorsed Sanders".
RELATIVES = frozenset({"who", "whom", "that", "which"})


@dataclass(slots=True)
class Reported:
    """One indirect attribution: the cue word, the source's head and the content's words."""

    cue: Token
    source: Token
    content: list[Token]


def paragraph(tok: Token) -> tuple[int, int]:
    """Token bounds (exclusive) of the paragraph around ``tok``: a misparse can hang a clause
    on a verb across a paragraph break, and what is said never crosses one."""
    doc = tok.doc
    lo = tok.i - 1
    while lo >= 0 and not (doc[lo].is_space and "\n" in doc[lo].text):
        lo -= 1
    hi = tok.i + 1
    while hi < len(doc) and not (doc[hi].is_space and "\n" in doc[hi].text):
        hi += 1
    return lo, hi


def find_reported(view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """Every indirect attribution in the doc, in text order.

    ``kept`` are the tokens of the direct quotes found: a clause holding one is left to it (its
    speaker is found there), while a clause holding only quoted words that are no quote of
    their own (a name: 'said the so-called "rescue package" would cost …') is reported speech.
    """
    found: list[Reported] = []
    speech, stance = words("indirect"), words("stance")
    triggers = _event_triggers(view)
    for tok in view.doc:
        if tok.i in view.quoted:
            continue
        if tok.lower_ == "according":
            found += _according(tok, view, kept)
            continue
        if tok.text == ":":
            found += _headline_claim(tok, view, actors, kept)
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or (lemma not in speech and lemma not in stance):
            continue
        source = _source(tok, view, actors)
        if source is None:
            continue
        content = _reported_clause(tok, view, kept) if lemma in speech else None
        if content is None and lemma in stance and _about_antecedent(tok, source):
            content = _antecedent(tok, kept)
        if content is None and lemma in stance:
            content = _stance_object(tok, view, kept, (lemma not in speech, tok.i in triggers))
        if content:
            found.append(Reported(tok, source, content))
    return found


def _event_triggers(view: DocView) -> set[int]:
    """Token indices of every event mention the events stage found."""
    mentions: dict[str, list[int]] = view.doc._.ew_event_mentions or {}
    return {i for idxs in mentions.values() for i in idxs}


def _source(cue: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The cue's subject (a relative "who" included), the noun a participle describes ("Democrats
    urging him to …"), or a subject borrowed from the verb the cue hangs on when it is someone."""
    own = _own_subject(cue, view)
    if cue.dep_ == "relcl" and own is not None and own.lower_ in RELATIVES:
        return own
    if cue.dep_ == "relcl" and (own is None or cue.lemma_.lower() in words("indirect")):
        return None  # "the attack, which sources said injured …": no statement
    if cue.dep_ == "acl" and own is None and cue.head.pos_ in ("NOUN", "PROPN"):
        return cue.head  # "a chorus of Democrats urging him to bow out"
    if own is not None:
        if own.lower_ in ("which", "that", "who"):
            return None
        far = cue.i - own.i > MAX_SPEAKER_GAP
        # A far-off subject nobody is: a misparse ("A drone … but said …").
        return None if far and speaker_actor(own, view, actors) is None else own
    # A subject borrowed must be someone ("a drone … targeted the residence …, but said …" is not
    # the drone speaking).
    if cue.dep_ in ("conj", "advcl"):
        borrowed = subject(cue, view)
    elif cue.dep_ == "pcomp" and cue.head.dep_ == "prep":  # "responded by saying …"
        borrowed = _own_subject(cue.head.head, view)
    else:
        return None
    if borrowed is None or not _someone(borrowed, view, actors):
        return None
    return borrowed


def _someone(tok: Token, view: DocView, actors: list[Actor]) -> bool:
    """A person or body: a personal pronoun, a name, or an actor."""
    if tok.lower_ in PERSONAL_PRONOUNS or tok.pos_ == "PROPN":
        return True
    return speaker_actor(tok, view, actors) is not None


def _about_antecedent(cue: Token, source: Token) -> bool:
    """ "the wall he promised", "things they want": a relative clause whose object is the noun
    it describes."""
    return (
        cue.dep_ == "relcl"
        and source.lower_ not in RELATIVES
        and not any(c.dep_ in OBJECT_DEPS for c in cue.children)
    )


def _antecedent(cue: Token, kept: set[int]) -> list[Token] | None:
    """The noun phrase a relative clause describes, up to its noun."""
    noun = cue.head
    said = _trim([t for t in noun.subtree if t.i <= noun.i])
    return said if said and not any(t.i in kept for t in said) else None


def _own_subject(verb: Token, view: DocView) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in view.quoted), None)


def _reported_clause(cue: Token, view: DocView, kept: set[int]) -> list[Token] | None:
    """What a reporting verb reports: its clausal complement, else the clause it ends or
    interrupts ("The talks will fail, he said")."""
    comp = _complement(cue)
    if comp is not None:
        said = _clause_words(comp, cue, view, set())
    elif cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
        said = _clause_words(cue.head, cue, view, {t.i for t in cue.subtree})
    else:
        return None
    if len(said) < MIN_WORDS or any(t.i in kept for t in said):
        return None  # a quote inside the clause is a (partial) direct quote, found already
    return said


def _complement(verb: Token) -> Token | None:
    """The reported clause of a cue verb; "told X in an interview that …" is often parsed as a
    relative clause on "interview", but a relative clause never starts with the mark "that"."""
    lo, hi = paragraph(verb)
    comps = [c for c in verb.children if c.dep_ == "ccomp" and lo < c.i < hi]
    if comps:  # what follows the verb is what is said; a clause before it is another statement
        return max(comps, key=lambda c: c.i > verb.i)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in obj.children if c.dep_ in ("relcl", "acl")):
                if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    return clause
    return None


def _stance_object(
    cue: Token, view: DocView, kept: set[int], how: tuple[bool, bool]
) -> list[Token] | None:
    """What a stance verb is about: its complements after it, from the first to the last. With
    ``how[0]`` (particles), else a phrase after one (not for reporting verbs: "said on Monday").

    A cue that is an event mention (``how[1]``: "condemned the coup", an ACCUSE event) with no
    clause after it is left to that event: what it is about is an object, not words said.
    """
    particles, event = how
    parts = [c for c in cue.children if c.i > cue.i and c.dep_ in OBJECT_DEPS]
    if not parts and particles:  # "called for a ban", "worried about the economy"
        found = words("stance_prep")
        parts = [c for c in cue.children if c.dep_ == "prep" and c.lower_ in found][:1]
    if not parts or (event and not any(p.dep_ in CLAUSE_DEPS for p in parts)):
        return None
    lo, hi = paragraph(cue)
    first, last = min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)
    said = [t for t in cue.doc[max(first, lo + 1) : min(last + 1, hi)]]
    said = _trim(said)
    if not said or any(t.i in kept for t in said):
        return None
    return said


def _clause_words(head: Token, cue: Token, view: DocView, drop: set[int]) -> list[Token]:
    lo, hi = paragraph(cue)
    toks = [t for t in head.subtree if t.i not in drop and lo < t.i < hi]
    return _trim(toks)


def _trim(toks: list[Token]) -> list[Token]:
    """Without the complementiser ("said that …"), edge punctuation or a dangling "and"."""
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks = toks[:-1]
    return toks


def _according(tok: Token, view: DocView, kept: set[int]) -> list[Reported]:
    """'…, according to regional officials' → what the clause says, said by the officials."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    head = tok.head
    if source is None or head.i == tok.i:
        return []
    said = _clause_words(head, tok, view, {t.i for t in tok.subtree})
    if len(said) < MIN_WORDS or any(t.i in kept for t in said):
        return []
    return [Reported(tok, source, said)]


def _headline_claim(
    colon: Token, view: DocView, actors: list[Actor], kept: set[int]
) -> list[Reported]:
    """A headline's "Source: claim" ("Kremlin: talks will resume"): a short name opening its
    line, a colon, and a clause with a verb after it, without quotation marks."""
    lo, hi = paragraph(colon)
    before = [t for t in colon.doc[lo + 1 : colon.i] if not t.is_space]
    if not 1 <= len(before) <= MAX_HEADLINE_SOURCE or any(t.is_punct for t in before):
        return []
    source = before[-1]
    if source.pos_ not in ("NOUN", "PROPN") or not _someone(source, view, actors):
        return []
    said = _trim([t for t in colon.sent if t.i > colon.i and t.i < hi])
    if len([t for t in said if t.is_alpha]) < MIN_WORDS or not any(
        t.pos_ in ("VERB", "AUX") for t in said
    ):
        return []
    if any(t.i in kept or t.i in view.quoted for t in said):
        return []
    return [Reported(colon, source, said)]
