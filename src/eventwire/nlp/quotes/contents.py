"""What a cue reports: the clause a reporting verb takes or ends, a stance's object, the noun a
relative clause describes, a passive's subject, the topic a verb of saying is about, trimmed of
complementisers, edge punctuation and dangling "and", and never across a paragraph break (see
:mod:`.reported` for the constructions)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from eventwire.datafiles import word_group
from eventwire.nlp.events import mode_cues
from eventwire.nlp.quotes.holders import passive_agent, takes_side
from eventwire.nlp.quotes.marks import MIN_WORDS
from eventwire.nlp.quotes.speakers import (
    RELATIVES,
    DocView,
    interrupted_subject,
    is_cue,
    subject,
)
from eventwire.nlp.quotes.words import is_judged, is_stance, lemma_of, mapping, words

#: Dependents after a stance verb that hold what it attributes.
OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "dative", "oprd", "attr"})
#: Clauses inside a reported clause that say something of their own.
ASIDE_DEPS = frozenset({"conj", "relcl", "advcl", "parataxis"})
#: Complements that are clauses: what a stance is about even when its cue is an event.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "oprd"})
#: Relative and interrogative words ("which", "who", "what") that a clause may front.
WH_TAGS = frozenset({"WDT", "WP", "WP$"})
#: Nouns of occasions counted by an ordinal: "for the second time" is how often, not a charge.
_OCCASIONS = word_group("eventwire.nlp.quotes", "occasions")


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


#: Fronted words a clause may take as its object ("which he denied", "what she wrote").
FRONTED_OBJECTS = frozenset({"which", "that", "what", "whom", "who"})
#: Relations the parser gives such a word: an object, a "that" read as a complementiser, or
#: the subject of a passive with its agent ("which was endorsed by the union").
FRONTED_DEPS = frozenset({"dobj", "dative", "mark", "nsubjpass"})


def _fronted_word(cue: Token) -> Token | None:
    """A relative word or "what" before the verb that stands for its object."""
    agent = any(c.dep_ == "agent" for c in cue.children)
    found = [
        c
        for c in cue.children
        if c.dep_ in FRONTED_DEPS
        and c.i < cue.i
        and c.lower_ in FRONTED_OBJECTS
        and (c.dep_ != "nsubjpass" or agent)
        and (c.lower_ != "who" or c.dep_ == "nsubjpass")
    ]
    return found[0] if found else None


def fronted_object(cue: Token, kept: set[int]) -> list[Token] | None:
    """What a verb's fronted relative or "what" object stands for ("the charge, which he denied",
    "a plan that she backed"): the noun the clause describes through the relative word;
    ``None`` when the verb has no such object, or only "what" ("repeated what his lawyer said"
    tells nothing said)."""
    word = _fronted_word(cue)
    if word is None or (word.dep_ == "mark" and cue.dep_ not in ("relcl", "acl")):
        return None
    noun = cue.head if cue.dep_ in ("relcl", "acl") and cue.head.i < word.i else None
    if noun is None:
        return None
    lo, _ = paragraph(cue)
    first = noun.left_edge.i
    said = list(cue.doc[max(first, lo + 1) : word.i + 1])
    return said if said and not any(t.i in kept for t in said) else None


def antecedent(cue: Token, kept: set[int]) -> list[Token] | None:
    """The noun phrase a relative clause describes, up to its noun."""
    noun = cue.head
    said = trim_words([t for t in noun.subtree if t.i <= noun.i])
    word = _fronted_word(cue)
    if said and word is not None and word.i > noun.i:  # "a case that he pushed": through "that"
        said = list(cue.doc[said[0].i : word.i + 1])
    return said if said and not any(t.i in kept for t in said) else None


def _as_clause(cue: Token) -> bool:
    """ "As the Herald reported, …", "…, as we saw in 2009": the cue reports its head clause."""
    # "as she points out"; a stance that takes nothing else holds the clause too ("as some
    # economists expect", "as we saw in 2009"), not a verb of talking ("as he spoke")
    holds = lemma_of(cue) in words("as_view")  # not "as the fans protested": an act
    holds = holds and not any(c.dep_ in OBJECT_DEPS or c.dep_ == "prep" for c in cue.children)
    reports = lemma_of(cue) in words("indirect") or is_cue(cue) or holds
    return (
        cue.dep_ == "advcl"
        and reports
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    )


def reported_clause(cue: Token, view: DocView, kept: set[int]) -> list[Token] | None:
    """What a reporting verb reports: its clausal complement, else the clause it ends or
    interrupts ("The talks will fail, he said")."""
    comp = _complement(cue)
    retold = False
    if comp is not None:
        said = clause_words(comp, cue, view, _quoted_asides(comp, kept))
        said = _with_interrupted_subject(cue, said)
    elif _as_clause(cue) or _ends_clause(cue):
        said = clause_words(_interrupted_clause(cue), cue, view, cue_words(cue))
        said = _with_interrupted_subject(cue, said)
        retold = is_retold(cue.head, view)  # ""…," he said, the Herald reported"
    elif passive_agent(cue, view) is not None and any(c.dep_ == "nsubjpass" for c in cue.children):
        # "News of the deal was first reported by the Herald": the subject is what was said.
        passive = next(c for c in cue.children if c.dep_ == "nsubjpass")
        said = clause_words(passive, cue, view, set())
    else:
        return None
    if len(said) < MIN_WORDS or (any(t.i in kept for t in said) and not retold):
        return None  # a quote inside the clause is a (partial) direct quote, found already
    return said


#: Relations under which the parser hangs the clause after a cue on the clause before it.
CLOSED_DEPS = frozenset({"conj", "advcl", "ccomp"})


def _interrupted_clause(cue: Token) -> Token:
    """The clause a cue ends or interrupts: its head, or where the parser joined that head to a
    clause before the cue ("Jets struck targets on Tuesday, the ministry said, a day after an
    attack killed two soldiers": "killed" a conjunct, adverbial or complement clause of
    "struck"), the clause before the cue."""
    head = cue.head
    if cue.dep_ != "parataxis" or head.i < cue.i:
        return head
    while head.dep_ in CLOSED_DEPS and head.head.i < cue.i and head.head.i != head.i:
        head = head.head
    return head


def _with_interrupted_subject(cue: Token, said: list[Token]) -> list[Token]:
    """What a cue interrupting its clause reports with the clause's subject before it ("The
    harbour, said the mayor, will close in May"; :func:`interrupted_subject`)."""
    fronted = interrupted_subject(cue)
    if fronted is None or not said:
        return said
    ids = {t.i for t in said}
    front = [t for t in trim_words(list(fronted.subtree)) if t.i not in ids]
    return sorted(front + said, key=lambda t: t.i)


def _ends_clause(cue: Token) -> bool:
    """A cue that ends or interrupts the clause it reports: set off as a parenthetical ("The
    talks, he said, will fail"), or after a comma with its speaker after it, which the parser
    joins to the clause ("The mill is hanging on, but it needs orders, said its owner"), or
    before it (:func:`_trailing_speaker`)."""
    if cue.head.pos_ not in ("VERB", "AUX") or cue.head.i == cue.i:
        return False
    if cue.dep_ == "parataxis" or _trailing_speaker(cue):
        return True
    before = cue.nbor(-1) if cue.i > 0 else None
    inverted = any(c.dep_ == "nsubj" and c.i > cue.i for c in cue.children)
    return (
        cue.dep_ == "conj"
        and cue.head.i < cue.i
        and inverted
        and before is not None
        and before.text == ","
        and not any(c.dep_ in ("ccomp", "dobj") for c in cue.children)
    )


#: Relations under which the parser hangs a cue that ends the clause it reports on that clause.
TRAILING_DEPS = frozenset({"conj", "advcl"})
#: Complements that give a trailing cue a statement of its own ("…, and she said that …").
OWN_STATEMENT_DEPS = frozenset({"ccomp", "xcomp", "mark", "cc"})


def _trailing_speaker(cue: Token) -> bool:
    """A cue with its speaker that closes the sentence after a comma, which the parser joined to
    the clause before it ("The plant will close in May, the company's chief told staff
    Monday."): the speaker right after the comma, nothing said of its own after the cue (a
    clause, an infinitive, a mark), and no "and" making it a second statement."""
    comma = _speaker_comma(cue)
    if comma is None or cue.dep_ not in TRAILING_DEPS or cue.head.i > cue.i:
        return False
    # Words before the comma are the clause's, whatever the parser hung on the cue ("… for
    # people with odd, if harmless, hobbies to …, she said": "for" and "if" say nothing of hers).
    if any(c.dep_ in OWN_STATEMENT_DEPS and c.i > comma.i for c in cue.children):
        return False
    last = cue.sent.end - 1
    ends = cue.right_edge.i >= last - 1 and (cue.right_edge.i == last or cue.doc[last].is_punct)
    return comma.text == "," and comma.i > cue.head.i and ends and not _joined_by_cc(cue)


def _speaker_comma(cue: Token) -> Token | None:
    """The token right before the cue's subject nearest it (a comma when the speaker closes
    the sentence: "…, she said")."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects or subjects[-1].left_edge.i < 1:
        return None
    return cue.doc[subjects[-1].left_edge.i - 1]


def cue_words(cue: Token) -> set[int]:
    """The words of a cue that ends or interrupts its clause, which the clause reported leaves
    out: from the comma before a trailing speaker on, since a misparse may hang words of the
    clause on the cue; else the cue's whole subtree."""
    comma = _speaker_comma(cue) if _trailing_speaker(cue) else None
    return {t.i for t in cue.subtree if comma is None or t.i >= comma.i}


def _joined_by_cc(cue: Token) -> bool:
    """A conjunct a "but" or "and" joins to its head ("…, but when it comes to trade, the two
    are speaking with one voice"): the last conjunction before it, with no other conjunct in
    between ("People should check and not guess, he told reporters" joins "guess")."""
    between = [c for c in cue.head.children if cue.head.i < c.i < cue.i]
    ccs = [c for c in between if c.dep_ == "cc"]
    return bool(ccs) and not any(c.dep_ == "conj" and c.i > ccs[-1].i for c in between)


def _quoted_asides(head: Token, kept: set[int]) -> set[int]:
    """Tokens of the statements hanging inside a reported clause that hold a direct quote of their
    own: "saying the bill was sound - and arguing that "…"", "…, which she praised "…"". The
    rest is still reported speech; a quote in the clause's own words or in a second clause of
    the same claim ("… and that the funds would come "sooner or later"") is not an aside."""
    drop: set[int] = set()
    for tok in head.subtree:
        if tok.i in drop or tok.dep_ not in ASIDE_DEPS or tok.left_edge.i <= head.i:
            continue
        if not (tok.pos_ == "VERB" and is_stance(tok)):  # "and that the funds …": the same claim
            continue
        inner = {t.i for t in tok.subtree}
        if inner & kept:
            drop |= inner
    return drop


def _complement(verb: Token) -> Token | None:
    """The reported clause of a cue verb; "told X in an interview that …" is often parsed as a
    relative clause on "interview", but a relative clause never starts with the mark "that",
    nor with a "that" the parser reads as an adverb ("said for the first time that …")."""
    lo, hi = paragraph(verb)
    comps = [c for c in verb.children if c.dep_ == "ccomp" and lo < c.i < hi]
    if comps:  # what follows the verb is what is said; a clause before it is another statement
        return max(comps, key=lambda c: c.i > verb.i)
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for clause in (c for c in obj.children if c.dep_ in ("relcl", "acl")):
                if any(_opening_that(m, clause) for m in clause.children):
                    return clause
    return None


def _opening_that(word: Token, clause: Token) -> bool:
    """A "that" opening a clause that is no relative one: a mark, or a word the parser reads as
    an adverb that stands first in the clause (never its subject or object: "the day that
    he said" keeps its relative "that" as an object)."""
    if word.lower_ != "that":
        return False
    return word.dep_ == "mark" or (word.dep_ == "advmod" and word.i == clause.left_edge.i)


def stance_object(
    cue: Token, view: DocView, kept: set[int], how: tuple[bool, bool]
) -> list[Token] | None:
    """What a stance verb is about: its complements after it, from the first to the last. With
    ``how[0]`` (particles), else a phrase after one (not for reporting verbs: "said on Monday").

    A cue that is an event mention (``how[1]``: "condemned the coup", an ACCUSE event) with no
    clause after it is left to that event: what it is about is an object, not words said.
    """
    particles, event = how
    only = _own_particle(cue)
    parts = [c for c in cue.children if c.i > cue.i and c.dep_ in OBJECT_DEPS and not only]
    parts = parts or _named_object(cue, only)
    if not parts and only in (None, "for"):  # "spoke for the crowd to hear" asks nothing
        parts = _for_to(cue)
    if not parts and (particles or only):  # "called for a ban", "worried about the economy"
        found = {only} if only else words("stance_prep")
        parts = [
            c
            for c in cue.children
            if c.dep_ == "prep" and c.lower_ in found and not _means(c) and not is_timed(c)
        ][:1]
    if not parts and only:
        parts = _hung_on_listener(cue, only) or _near_particle(cue)
    if _witnessed(cue, parts, view) or (parts and _weapon_handled(cue, parts)):
        return None  # "pointed a gun at officers", "waved a knife": a weapon held, no view
    stated = _that_follows(cue) or any(_states(p) or _quotes_words(p, view) for p in parts)
    charge = _charge(cue, parts, view, kept)
    # a charge states something only by quoted words ("accused Reyes of trying to "debase" …")
    # or as a deed ("of hiding the audit"), which the parser may hang on the object ("accused
    # the mayor of hiding …"): "attacked the convoy for the second time" stays an act
    hung = [c for p in parts for c in p.children if c.dep_ == "prep" and c.i > p.i]
    deeds = [c for c in hung if c.lower_ in words("object_prep") and _charges_a_deed(c)]
    stated = stated or bool(deeds)
    stated = stated or any(_quotes_words(p, view) or _charges_a_deed(p) for p in charge)
    parts += charge + _object_topic(cue, parts, view, kept)
    if not parts or (event and not stated):
        return None
    lo, hi = paragraph(cue)
    first, last = min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)
    said = [t for t in cue.doc[max(first, lo + 1) : min(last + 1, hi)]]
    said = trim_words(_without_comparison(cue, said))
    if not said or any(t.i in kept for t in said):
        return None
    return said


def _witnessed(cue: Token, parts: list[Token], view: DocView) -> bool:
    """A verb of perceiving or finding (group ``witness``) whose objects are all things or
    people of group ``seen_thing`` seen, heard or found ("found two survivors", "heard
    gunfire", "showed reporters the ruins"), not a finding ("found irregularities", "found
    evidence that …"), nor a person named ("polls show Lima with a lead" is what they find):
    nothing is held, so nothing is quoted."""
    if lemma_of(cue) not in words("witness"):
        return False
    objects = [p for p in parts if p.dep_ == "dobj"]
    if not objects or any(p.dep_ not in ("dobj", "dative") for p in parts):
        return False
    taken_as = [c for p in [cue, *objects] for c in p.rights if c.lower_ == "as"]
    seen = words("seen_thing") | words("act_noun")
    return not taken_as and all(lemma_of(o) in seen for o in objects)


#: Tags of a comparative ("more likely", "likelier") a "than" phrase may complete.
COMPARED = frozenset({"JJR", "RBR"})


def _without_comparison(cue: Token, said: list[Token]) -> list[Token]:
    """Without the "than" phrase that ends a comparison the cue is part of ("were more likely
    to support the bill than Republicans": "the bill")."""
    frame = cue.head if cue.dep_ == "xcomp" else None
    compared = frame is not None and (
        frame.tag_ in COMPARED or any(c.tag_ in COMPARED for c in frame.children)
    )
    than = next((t for t in said[1:] if t.lower_ == "than" and t.dep_ == "prep"), None)
    return said if than is None or not compared else [t for t in said if t.i < than.i]


def _charge(cue: Token, parts: list[Token], view: DocView, kept: set[int]) -> list[Token]:
    """The phrase after a stance's object that says what the object is charged with, praised
    for or taken as (group ``object_prep``: "accused him of lying", "described the plan as
    "reckless" for farmers"): part of what is held, unless it holds a direct quote of its own
    (``kept``), which the object would only lose itself in, or is a scare quote alone
    ("accused France of "interference""), which says nothing of its own."""
    if not parts or any(p.i in view.quoted or p.i in view.marked for p in parts):
        return []  # "blamed "human error" for the outage": the quote is the object's own
    first = min(p.i for p in parts)
    return [
        c
        for c in cue.rights
        if c.dep_ == "prep"
        and c.i > first
        and c not in parts
        and c.lower_ in words("object_prep")
        and not _means(c)
        and not is_timed(c)
        and not any(t.i in kept for t in c.subtree)
        and not _scare_quote_only(c, view)
    ]


#: Places an object's phrase may name: where it was done, not what it is about.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _object_topic(cue: Token, parts: list[Token], view: DocView, kept: set[int]) -> list[Token]:
    """The phrase after an object that is a thing, not someone, which the parser hangs on the
    cue and which says what it is aimed at or about ("called attention to the cuts", "showed
    interest in the deal", "offered a response to questions"): the object alone says little."""
    objects = [p for p in parts if p.dep_ == "dobj"]
    if not objects or any(p.i in view.quoted or p.i in view.marked for p in parts):
        return []  # "blamed "human error" for the outage": the quote is the object's own
    # "endorsed Cruz in Iowa": the person is what is held, unless the phrase says what about
    # ("challenged the senator about his plan")
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    things = all(_thing(o) and o.i not in actor_of for o in objects)
    # not "with" or "at": "welcomed the plan with enthusiasm", "criticized the deal at a news
    # conference" say how and where, not what about
    particles = words("stance_prep") - {"with"} if things else words("reason_prep")
    # "showed interest in", "took comfort in": a bare noun's "in" is what it is about, a
    # determined one's is where ("defended the law in parliament")
    bare = not any(c.dep_ in ("det", "poss") for o in objects for c in o.children)
    particles = particles | {"in"} if things and bare else particles
    last = max(p.right_edge.i for p in parts)
    found = [
        c
        for c in cue.rights
        if c.dep_ == "prep"
        and c.i > last
        and c.lower_ in particles
        and not _means(c)
        and not is_timed(c)
        and not any(_setting(o) for o in c.children if o.dep_ == "pobj")
        and not any(t.i in kept for t in c.subtree)
    ]
    return found[:1]


def _setting(obj: Token) -> bool:
    """A phrase's object that says where, to whom or through what something was said, not what
    about: a place, an audience or someone ("praised the budget to lawmakers"), a medium
    (group ``medium``: "criticized the deal over the phone")."""
    people = obj.ent_type_ in ("PERSON", "ORG", "NORP") or _listener(obj)
    return obj.ent_type_ in _PLACES or people or lemma_of(obj) in words("medium")


def _thing(obj: Token) -> bool:
    """An object that is no one: a common noun, no audience, with no name in its phrase ("the
    envoy Peter Lindqvist" is someone)."""
    named = any(t.pos_ == "PROPN" for t in obj.subtree if t.i <= obj.i or t.dep_ == "appos")
    return obj.pos_ == "NOUN" and not _listener(obj) and not named


def _listener(noun: Token) -> bool:
    """An audience or a news outlet something is addressed to ("praised the crowd", "thanked
    reporters"): groups ``listener`` and ``media_noun``, or a person or body named."""
    lemma = lemma_of(noun)
    return lemma in words("listener") | words("media_noun") or noun.ent_type_ in ("PERSON", "ORG")


def _charges_a_deed(prep: Token) -> bool:
    """A charge that is a clause of its own ("accused the mayor of hiding the report"): a gerund
    after the particle states what is held against the object, as a "that" clause would."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _scare_quote_only(prep: Token, view: DocView) -> bool:
    """Whether the words after a particle are a quoted phrase and at most a determiner."""
    own = [t for t in prep.subtree if t.i != prep.i and t.is_alpha and t.i not in view.marked]
    return any(t.i in view.marked for t in prep.subtree) and all(t.dep_ == "det" for t in own)


def is_timed(prep: Token) -> bool:
    """ "agreed on Friday to a swap", "over the weekend": a phrase of time is when, not what;
    "for the second time" is how often."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") or _nth(o) for o in objs)


def _nth(noun: Token) -> bool:
    """An occasion counted by an ordinal: "the second time", "a third day"."""
    return noun.lemma_ in _OCCASIONS and any(
        c.ent_type_ == "ORDINAL" or c.lower_ in ("first", "last", "next") for c in noun.children
    )


def _means(prep: Token) -> bool:
    """ "responded with tear gas and live gunfire": a phrase naming a weapon (a word that sets
    an assault's mode, ``events/data/mode_cues.tsv``) is the means of an act, not words."""
    return bool(_weapons().search(" ".join(t.lemma_.lower() for t in prep.subtree)))


#: Verbs of handling a thing, which with a weapon for object tell a deed.
HANDLING = word_group("eventwire.nlp.quotes", "handling")


def _weapon_handled(cue: Token, parts: list[Token]) -> bool:
    """A weapon itself as the object ("a gun", "an assault rifle"; not "the bomb attack") of a
    verb of handling or one aimed "at" someone ("pointed a gun at officers"); "proposed
    jointly owned drones" and "wants our guns" stay views."""
    aimed = cue.lemma_.lower() in HANDLING or any(
        c.dep_ == "prep" and c.lower_ == "at" for c in cue.children
    )
    return aimed and all(
        p.dep_ == "dobj" and bool(_weapons().fullmatch(p.lemma_.lower())) for p in parts
    )


@cache
def _weapons() -> re.Pattern[str]:
    words_ = sorted((cue for cue, _ in mode_cues().get("ASSAULT", [])), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words_)) + r")\b")


def _own_particle(cue: Token) -> str | None:
    """The particle a verb of talking voices a view with (group ``stance_with``: "talked about
    the plan", "pushed for a vote"); none when the parser reads it as the verb's own particle
    and its object is something argued (:func:`is_judged`), so the object is what it says
    ("laid out her plans"; "laid out the bodies" is an act)."""
    found = mapping("stance_with").get(lemma_of(cue))
    own = any(c.dep_ == "prt" and c.lower_ == found for c in cue.children)
    argued = any(c.dep_ == "dobj" and is_judged(c) for c in cue.children)
    return None if own and argued else found


def _near_particle(cue: Token) -> list[Token]:
    """The phrase after a second particle of a verb of talking that counts only right after
    the verb, adverbs between (group ``stance_near``: "spoke warmly of the senator", not "spoke
    to a group of students", which the parser may hang on the verb as well)."""
    particle = mapping("stance_near").get(lemma_of(cue))
    for prep in cue.rights:
        between = cue.doc[cue.i + 1 : prep.i]
        if prep.dep_ == "prep" and prep.lower_ == particle:
            close = all(t.pos_ == "ADV" for t in between)
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            said = bool(objs) and not any(_recalled_place(o) for o in objs)
            return [prep] if close and said and not is_timed(prep) else []
    return []


def _recalled_place(noun: Token) -> bool:
    """A noun a "where" or "when" clause describes ("spoke of the town where he was born"):
    a memory told, not a view of it."""
    relative = (c for c in noun.children if c.dep_ == "relcl")
    return any(t.lower_ in ("where", "when") for r in relative for t in r.children)


def _hung_on_listener(cue: Token, particle: str) -> list[Token]:
    """The topic a verb of talking takes after whom it talks to, which the parser hangs on the
    listener ("spoke with reporters about the budget", "talked to voters about jobs")."""
    listeners = [
        o
        for p in cue.rights
        if p.dep_ == "prep" and p.lower_ in ("with", "to")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [
        c
        for o in listeners
        for c in o.rights
        if c.dep_ == "prep" and c.lower_ == particle and not _means(c) and not is_timed(c)
    ][:1]


def _for_to(cue: Token) -> list[Token]:
    """A clause of "for" with a subject and an infinitive right after the cue ("called for the
    mayor to resign", "pushing for the state to raise wages"), which the parser hangs on the
    cue as an adverbial clause: what the cue asks for."""
    clauses = [c for c in cue.rights if c.dep_ == "advcl" and c.left_edge.i == cue.i + 1]
    # "wrote for readers to understand …" says for whom, not what is asked (group ``perceive``)
    clauses = [c for c in clauses if lemma_of(c) not in words("perceive")]
    marks = [{m.lower_ for m in c.children if m.dep_ in ("mark", "aux")} for c in clauses]
    return [c for c, m in zip(clauses, marks, strict=True) if {"for", "to"} <= m][:1]


def _named_object(cue: Token, only: str | None) -> list[Token]:
    """A name the parser hung on a day after the cue ("endorsed Lima Wednesday": "Lima" a
    compound of "Wednesday")."""
    if only:
        return []
    days = [c for c in cue.rights if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")]
    return [n for d in days for n in d.lefts if n.pos_ == "PROPN" and n.ent_type_ != "DATE"][:1]


def _that_follows(cue: Token) -> bool:
    """A "that" right after the cue opens a clause, however the parser hung it ("agreed that
    the plan has limits" with "limits" read as the verb's object)."""
    nxt = cue.nbor() if cue.i + 1 < len(cue.doc) else None
    return nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark"


def _quotes_words(part: Token, view: DocView) -> bool:
    """A complement holding words in quotation marks: words said, whatever the cue's event
    ("accused the mayor of "lying to the city"")."""
    return any(t.i in view.marked for t in part.subtree)


def _states(part: Token) -> bool:
    """A complement that is something stated even when its verb is an event: a clause, or what
    an appeal is for ("called for a ban on assault weapons")."""
    return (
        part.dep_ in CLAUSE_DEPS
        or part.dep_ == "advcl"  # "called for the mayor to resign": only :func:`_for_to`'s
        or (part.dep_ == "prep" and part.lower_ == "for")
    )


def clause_words(head: Token, cue: Token, view: DocView, drop: set[int]) -> list[Token]:
    lo, hi = paragraph(cue)
    toks = [t for t in head.subtree if t.i not in drop and lo < t.i < hi]
    # A fronted relative ("The attack, which sources said injured three") would stretch the
    # span over the source and the cue: the words start after the cue. A clause the cue
    # interrupts ("The plan, she said, will fail") keeps its subject.
    if head.i > cue.i and toks and toks[0].i < cue.i and toks[0].tag_ in WH_TAGS:
        after = [t for t in toks if t.i > cue.i]
        # "which she said was flawed": two words alone say nothing; the clause stays whole.
        toks = after if len(trim_words(after)) >= MIN_WORDS else toks
    return trim_words(toks)


def trim_words(toks: list[Token]) -> list[Token]:
    """Without the complementiser ("said that …"), edge punctuation or a dangling "and"; a
    closing quotation mark stays when the words open one ("called for "unity"")."""
    while toks and (toks[0].dep_ == "mark" or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc") and not _closes(toks):
        toks = toks[:-1]
    return _through_closing_mark(toks)


def _through_closing_mark(toks: list[Token]) -> list[Token]:
    """Words that open a quotation mark end at its closing one, which the parser may have hung
    elsewhere with the full stop before it ("denounced the attack as "terrorism."")."""
    if not toks or not _opens(toks):
        return toks
    doc, end = toks[0].doc, toks[-1].i + 1
    for k in range(end, min(end + 2, len(doc))):
        if not doc[k].is_punct:
            break
        if _closes(toks + list(doc[end : k + 1])):
            return toks + list(doc[end : k + 1])
    return toks


def _opens(toks: list[Token]) -> bool:
    """Whether a quotation mark opened among the words is not closed among them."""
    texts = [t.text for t in toks]
    return texts.count('"') % 2 == 1 or texts.count("\u201c") > texts.count("\u201d")


def _closes(toks: list[Token]) -> bool:
    """Whether the last token closes a quotation mark opened among the others."""
    last, before = toks[-1].text, [t.text for t in toks[:-1]]
    if last == '"':
        return before.count('"') % 2 == 1
    return last == "”" and before.count("“") > before.count("”")


def is_retold(head: Token, view: DocView) -> bool:
    """Whether a clause is someone's statement told on by another source: its verb is a cue
    with a speaker of its own (""…," the senator said, according to the paper")."""
    return is_cue(head) and subject(head, view) is not None


def _act_or_armed(noun: Token) -> bool:
    """A violent act or an armed group (group ``act_noun``), also as a capitalised plural the
    tagger left unlemmatised ("Rebels backed by Uganda" opening a sentence)."""
    plural = noun.lower_.removesuffix("s") if noun.tag_ in ("NNP", "NNPS") else None
    return lemma_of(noun) in words("act_noun") or plural in words("act_noun")


def passive_target(cue: Token, view: DocView, kept: set[int]) -> list[Token] | None:
    """What a passive of taking a side is held about: its subject ("the senator was endorsed by
    the union", "he is backed by a third of voters"), or the noun a participle describes ("the
    plan backed by the mayor"), however short."""
    if not takes_side(cue) or passive_agent(cue, view) is None:
        return None
    target = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if target is None and cue.dep_ == "acl" and _act_or_armed(cue.head):
        return None  # "rebels backed by Rwanda": arms and money, the events stage's to record
    if target is not None and target.lower_ not in RELATIVES and target.i not in view.quoted:
        said = trim_words([t for t in target.subtree if t.i < cue.i])
    elif target is None and cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN"):
        said = antecedent(cue, kept) or []
    else:
        return None
    return said if said and not any(t.i in kept for t in said) else None


#: Particles after a verb of saying with no clause that say what it was about or against
#: ("wrote about the trial", "warned against haste"); not "said on Monday", "told in May".
_TOPIC = frozenset({"about", "against"})


def spoken_topic(cue: Token, view: DocView, kept: set[int]) -> list[Token] | None:
    """What a verb of saying with no clause spoke about ("she wrote about the trial", "they
    cautioned against haste"): the phrase after its particle, without quoted words."""
    prep = next((c for c in cue.rights if c.dep_ == "prep" and c.lower_ in _TOPIC), None)
    if prep is None or is_timed(prep):
        return None
    said = trim_words(list(prep.subtree))
    if len(said) < 2 or any(t.i in kept or t.i in view.marked for t in said):
        return None
    return said


def told_to(cue: Token, view: DocView, kept: set[int]) -> list[Token] | None:
    """What a verb of saying with no clause tells its listener to do ("officials told residents
    not to drink the water", "she told them to wait"): the listener with the infinitive after
    it, an instruction reported."""
    listeners = [c for c in cue.rights if c.dep_ in ("dobj", "dative")]
    infinitive = next((c for c in cue.rights if c.dep_ == "xcomp" and _to_infinitive(c)), None)
    if not listeners or infinitive is None or infinitive.i < listeners[0].i:
        return None
    lo, hi = paragraph(cue)
    first, last = max(listeners[0].left_edge.i, lo + 1), min(infinitive.right_edge.i + 1, hi)
    said = trim_words(list(cue.doc[first:last]))
    if len(said) < MIN_WORDS or any(t.i in kept or t.i in view.marked for t in said):
        return None
    return said


def _to_infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
