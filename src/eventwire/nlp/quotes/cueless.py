"""Attributions whose cue is no verb, noun or adjective of saying: the clause an "according to
X" phrase attaches to, what a poll or study finds ("In the latest poll, the senator leads …"),
the clause a fronted "For X," or "To X," frames as someone's view ("For many voters, the
economy comes first"), an embedded post signed "— Ann Lee (@annlee) May 2", a headline's
"Source: claim" and a transcript's capitalised label ("TAPPER: …"). ``Reported``, the record
every finder of indirect attributions returns, is defined here, since :mod:`.reported` builds
on these finders.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.nlp.quotes.contents import (
    clause_words,
    is_retold,
    is_timed,
    paragraph,
    trim_words,
)
from eventwire.nlp.quotes.holders import holds_views, is_someone
from eventwire.nlp.quotes.marks import MIN_WORDS
from eventwire.nlp.quotes.speakers import DocView
from eventwire.nlp.quotes.words import lemma_of, words
from eventwire.records import Actor

__all__ = [
    "MAX_HEADLINE_SOURCE",
    "SIGN_DASHES",
    "Reported",
    "according",
    "headline_claim",
    "in_finding",
    "signed_post",
    "transcript_label",
    "viewpoint",
]

#: Words at most in the source of a headline's "Source: claim".
MAX_HEADLINE_SOURCE = 4
#: Dashes before the name that signs an embedded post ("… — Ann Lee (@annlee) May 2, 2016").
SIGN_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Words at most in the name that signs an embedded post.
MAX_SIGNER = 5


@dataclass(slots=True)
class Reported:
    """One indirect attribution: the cue word, the source's head and the content's words."""

    cue: Token
    source: Token
    content: list[Token]


def according(tok: Token, view: DocView, kept: set[int]) -> list[Reported]:
    """'…, according to regional officials' → what the clause says, said by the officials."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    head = tok.head
    if source is None or head.i == tok.i:
        return []
    said = clause_words(head, tok, view, {t.i for t in tok.subtree})
    # ""…," the senator said, according to the paper": the paper reports the senator's words,
    # a second attribution of the quote; so does a clause with a subject of its own and a
    # partial quote ("the minister called the plan "a disaster," according to a transcript").
    # A quotation with no subject is the quote's already.
    told_on = is_retold(head, view) or _own_clause(head)
    if len(said) < MIN_WORDS or (any(t.i in kept for t in said) and not told_on):
        return []
    return [Reported(tok, source, said)]


def _own_clause(head: Token) -> bool:
    """Whether ``head`` is a verb with a subject: a clause of its own, not a bare quotation."""
    subjects = ("nsubj", "nsubjpass")
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ in subjects for c in head.children)


def in_finding(tok: Token, view: DocView, kept: set[int]) -> list[Reported]:
    """ "In the latest poll, the senator leads by six points": the clause is what the poll says."""
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    head = tok.head
    if source is None or lemma_of(source) not in words("finding") or tok.dep_ != "prep":
        return []
    if head.pos_ not in ("VERB", "AUX"):
        return []
    said = clause_words(head, tok, view, {t.i for t in tok.subtree})
    if len(said) < MIN_WORDS or any(t.i in kept for t in said):
        return []
    return [Reported(tok, source, said)]


def viewpoint(tok: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """ "For many voters, the economy comes first", "To his critics, the plan is a stunt": a
    phrase of group ``view_prep`` set off by a comma before its clause's subject, whose object
    is someone or people, frames the clause as their view ("For years, …" names no one)."""
    holder = next((c for c in tok.children if c.dep_ == "pobj"), None)
    head = tok.head
    if holder is None or tok.dep_ != "prep" or head.pos_ not in ("VERB", "AUX"):
        return []
    if not _fronted(tok, head) or holder.i in view.quoted or is_timed(tok):
        return []
    if not _view_holder(holder, view, actors):
        return []
    said = clause_words(head, tok, view, {t.i for t in tok.subtree})
    if len(said) < MIN_WORDS or any(t.i in kept for t in said):
        return []
    return [Reported(tok, holder, said)]


def _view_holder(holder: Token, view: DocView, actors: list[Actor]) -> bool:
    """Someone a fronted "For …," names: a pronoun of group ``view_pronoun`` ("For many, …"), or
    a name or a noun the actors stage made a person or body ("For many voters, …"), not a place
    ("For Ohio, …"), a time ("For decades, …"), an idiom (group ``view_idiom``: "For his part",
    "For starters") nor a concession ("For all his wealth, …")."""
    if any(t.lower_ == "all" for t in holder.lefts) or lemma_of(holder) in words("view_idiom"):
        return False
    if holder.lower_ in words("view_pronoun"):
        return True
    places: dict[int, str] = view.doc._.ew_place_of or {}
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    named = holder.pos_ == "PROPN" or holder.i in actor_of or _some_people(holder)
    return named and holder.i not in places and holds_views(holder, view, actors)


def _some_people(noun: Token) -> bool:
    """A plural noun with a possessor or a word of a share of people before it ("his critics",
    "many voters", "other students"): people no actor names, not a time or a thing counted."""
    shares = words("view_pronoun") | {"other", "several", "few"}
    before = [c for c in noun.lefts if c.dep_ in ("poss", "amod", "det")]
    return noun.tag_ == "NNS" and any(c.dep_ == "poss" or c.lower_ in shares for c in before)


def _fronted(prep: Token, head: Token) -> bool:
    """A phrase before its clause's subject and verb, closed by a comma ("For them, it is …"):
    not one after the verb ("it is too late for them")."""
    after = prep.right_edge.i + 1
    if after >= len(prep.doc) or prep.doc[after].text != ",":
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")]
    return bool(subjects) and all(prep.i < s.left_edge.i for s in subjects) and prep.i < head.i


def signed_post(dash: Token, view: DocView, kept: set[int]) -> list[Reported]:
    """An embedded post signed after a dash with a name and a handle ("Polls close at eight.
    — Ann Lee (@annlee) May 2, 2016"): the text from the start of its line (or the end of the
    markup tag around it) to the dash is what the signer wrote."""
    doc = dash.doc
    after = list(doc[dash.i + 1 : dash.i + MAX_SIGNER + 3])
    paren = next((k for k, t in enumerate(after) if t.text == "("), None)
    if not paren or paren + 1 >= len(after) or not after[paren + 1].text.startswith("@"):
        return []
    name = after[:paren]
    if not all(t.pos_ == "PROPN" for t in name):
        return []
    lo, _ = paragraph(dash)
    line = view.text[doc[lo + 1].idx : dash.idx] if lo + 1 < dash.i else ""
    start = doc[lo + 1].idx + line.rfind(">") + 1 if ">" in line else dash.idx - len(line)
    said = trim_words(
        [t for t in doc[lo + 1 : dash.i] if t.idx + len(t) > start and not t.is_space]
    )
    return [Reported(dash, name[-1], said)] if _free(said, view, kept) else []


def transcript_label(words_: list[Token]) -> bool:
    """A speaker's name in capitals opening a line of a transcript ("JAKE TAPPER:", "Q:")."""
    if any(t.lower_ in words("section_label") for t in words_):  # "UPDATE:", "WATCH:"
        return False
    return all(t.is_alpha and t.text.isupper() for t in words_)


def _free(said: list[Token], view: DocView, kept: set[int]) -> bool:
    """Long enough, and holding no direct quote found already."""
    alpha = [t for t in said if t.is_alpha]
    return len(alpha) >= MIN_WORDS and not any(t.i in kept for t in said)


#: Words that show a transcript's speaker talking ("MORALES: We have the votes").
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "you", "your"})


def _filed_from(label: Token, colon: Token, end: int) -> bool:
    """Whether the name before a colon is a place the story is filed from or is about ("RAIPUR:
    two jawans were killed", "Colombia: rebels free …"), not a speaker: a place, with no one
    speaking in the first person after it ("MORALES: We have the votes" is a transcript's)."""
    places: dict[int, str] = colon.doc._.ew_place_of or {}
    if label.i not in places:
        return False
    said = colon.doc[colon.i + 1 : end]
    return not any(t.lower_ in FIRST_PERSON for t in said)


def headline_claim(
    colon: Token, view: DocView, actors: list[Actor], kept: set[int]
) -> list[Reported]:
    """A headline's "Source: claim" ("Kremlin: talks will resume"): a short name opening its
    line (no section label: "Breaking:", "Factbox:"), a colon, and a clause with a verb after
    it, without quotation marks; not a question. A title in headline case without a verb is
    a book's, a profile's or a topic's ("Senator Lee: A Life In Politics"), not a claim; nor is
    a place before the colon, a dateline ("RAIPUR: …") or a topic ("Colombia: …")."""
    lo, hi = paragraph(colon)
    before = [t for t in colon.doc[lo + 1 : colon.i] if not t.is_space]
    if not 1 <= len(before) <= MAX_HEADLINE_SOURCE or any(t.is_punct for t in before):
        return []
    source = before[-1]
    if _filed_from(source, colon, hi):
        return []  # a dateline ("RAIPUR: …") or a topic ("Colombia: rebels free …")
    if transcript_label(before):  # "TAPPER: …" speaks to the end of the paragraph
        said = trim_words([t for t in colon.doc[colon.i + 1 : hi] if not t.is_space])
        return [Reported(colon, source, said)] if _free(said, view, kept) else []
    if source.pos_ not in ("NOUN", "PROPN") or not is_someone(source, view, actors):
        return []
    if any(t.lower_ in words("section_label") for t in before):  # "Breaking: …", "Live: …"
        return []
    said = trim_words([t for t in colon.sent if t.i > colon.i and t.i < hi])
    question = any(t.text == "?" for t in colon.doc[colon.i : hi])
    verb = any(t.pos_ in ("VERB", "AUX") for t in said)
    if len([t for t in said if t.is_alpha]) < MIN_WORDS or question or not verb:
        return []
    if any(t.i in kept or t.i in view.quoted for t in said):
        return []
    return [Reported(colon, source, said)]
