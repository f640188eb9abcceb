"""The event-trigger lexicon: data files mapping words (+ patterns) to CAMEO/PLOVER codes.

The built-in ``events/data/event_lexicon.tsv`` documents the format. Users add their own files
(``--lexicon FILE`` or the ``events.lexicons`` setting); their rows are tried before the built-in
ones, so they can both add words and override ours.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group, word_list
from eventwire.errors import LexiconError
from eventwire.nlp.actors import SECTORS
from eventwire.nlp.parse import dated_prep, to_infinitive
from eventwire.ontology import PLOVER_TYPES, cameo_entry


@dataclass(frozen=True, slots=True)
class Condition:
    kind: str  # prep, prt, dobj, compound, xcomp, intransitive, counted, passive, weapon, noun,
    # pobj, bare, cause, nsubj, does, scored, deadline
    words: frozenset[str]
    prep: str | None = None  # for pobj:PREP:words and bare:PREP:words

    def holds(self, tok: Token) -> bool:
        if self.kind == "xcomp":  # "ordered the envoy to leave": any infinitive, or one of these
            return any(
                c.dep_ == "xcomp"
                and (not self.words or (c.lemma_.lower() in self.words and _left_a_place(c)))
                for c in tok.children
            )
        if self.kind == "oprd":  # "found the minister guilty": what the verb finds its object
            return any(_predicated(c) and c.lemma_.lower() in self.words for c in tok.children)
        if self.kind == "intransitive":  # "nurses struck", not "struck a deal"
            return not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
        if self.kind == "passive":  # "drones were launched at Kyiv": told without its doer
            return any(c.dep_ == "nsubjpass" for c in tok.children)
        if self.kind == "deadline":  # "gave the rebels 48 hours to withdraw": time to comply
            spans = [c for c in tok.children if c.dep_ in ("dobj", "npadvmod")]
            return any(time_to_act(c) and _complied(c) for c in spans)
        if self.kind == "scored":  # "beat Barcelona 3-1": a game's result, no blow struck
            return any(_a_score(t) for t in _own_words(tok)) or _won_in_a_game(tok)
        if self.kind == "counted":  # "launched 35 drones", a salvo; not "launched a drone"
            return any(
                o.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in o.children)
                for o in _direct_objects(tok)
            )
        if self.kind in ("weapon", "noun"):
            # the object's own noun ("three drone models" is models; "Rockets were launched": a
            # capitalised plural the lemmatizer leaves as it is); as arms, not a thing of peace
            # ("two new drones", "delivery drones")
            peaceful = self.kind == "weapon"
            objects = _direct_objects(tok)
            if not peaceful:  # "sacked Defence Minister Aden Duma": a name read by its title
                objects += [t for o in objects if o.pos_ == "PROPN" for t in _title_words(o)]
            return any(
                (o.lemma_.lower() in self.words or _object_lemma(o) in self.words)
                and not (peaceful and any(c.lower_ in CIVIL_USES for c in o.children if c.i < o.i))
                for o in objects
            )
        if self.kind == "compound":
            # "a teachers' strike" names its strikers as "a teacher strike" does; "@COP"
            # asks for the kind of actor that owns the act ("police firing")
            return any(
                (c.dep_ != "poss" and (c.lower_ in self.words or _sector_of(c) in self.words))
                or (c.dep_ == "poss" and c.lemma_.lower() in self.words)
                for c in _modifiers(tok)
            )
        if self.kind == "prt":
            return any(c.lower_ in self.words for c in _particles(tok))
        if self.kind == "prep":
            # "pushing for the US to support": "for" opening a clause is parsed as its marker.
            clauses = [c for c in tok.children if c.dep_ in ("advcl", "ccomp")]
            marks = [m for c in clauses for m in c.children if m.dep_ == "mark"]
            preps = [c for c in tok.children if c.dep_ in ("prep", "dative") or _misread_prt(c)]
            preps = [p for p in preps if not dated_prep(p)]  # "called … on Monday" calls on no one
            return any(p.lower_ in self.words for p in [*preps, *marks])
        if self.kind == "dobj":
            return any(
                _object_lemma(o) in self.words
                or o.lemma_.lower() in self.words
                or _sector_of(o) in self.words
                for o in _objects(tok)
            )
        if self.kind == "nsubj":
            # "Protesters gathered outside parliament": who acts makes a gathering a protest;
            # a verb joined to another ("… and marched") shares its subject.
            # A noun's act is done by the subject of a verb of doing it ("teachers began a
            # strike"), not of any verb ("farmers condemned a strike on their village").
            done = tok.dep_ == "dobj" and tok.pos_ == "NOUN" and does_the_act(tok.head, tok)
            joined = tok.dep_ == "conj" or done
            verb = tok.head if joined and tok.head.pos_ == "VERB" else tok
            subjects = [c for h in {tok, verb} for c in h.children if c.dep_ == "nsubj"]
            heads = [_head_noun(c) for c in subjects]
            return any(h.lemma_.lower() in self.words or _sector_of(h) in self.words for h in heads)
        if self.kind == "does":
            # "a strike killed four": what the noun does tells which kind of strike it is; so
            # does what is done in it ("four were killed in the strikes")
            if tok.dep_ in ("nsubj", "nsubjpass"):
                return tok.head.lemma_.lower() in self.words
            return _done_in(tok) and tok.head.head.lemma_.lower() in self.words
        if self.kind == "pobj":
            # "walked out of the talks": the preposition may hang on the particle; an "of"
            # on the object: "cleared the leader [of charges]" (parsed as the leader's)
            objects = _direct_objects(tok) if self.prep == "of" else []
            heads = [tok, *_particles(tok, bare=False), *objects]
            return any(
                c.dep_ == "prep" and c.lower_ == self.prep and self._names(c.children)
                for h in heads
                for c in h.children
            )
        if self.kind == "cause":  # "because of the pandemic", "due to bad weather", "amid …"
            nouns = [g for p in _causes(tok) for g in p.children if g.dep_ == "pobj"]
            return self._names(nouns) or (NATURE in self.words and any(_natural(g) for g in nouns))
        if self.kind == "bare":  # "from office", "from his post"; not "from the office"
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == self.prep]
            return any(
                g.dep_ == "pobj" and g.lemma_.lower() in self.words and not _determined(g)
                for p in preps
                for g in p.children
            )
        return False

    def _names(self, nouns: Iterable[Token]) -> bool:
        # The noun itself or its modifier: "deployment of NATO peacekeeping troops"; "@PLACE"
        # any place the NER or the places stage names ("into northern Israel", "at Odesa").
        for g in nouns:
            if g.lemma_.lower() in self.words or (PLACE in self.words and _a_place(g)):
                return True
            if any(m.dep_ in ("compound", "amod") and m.lower_ in self.words for m in g.children):
                return True
        return False


#: Verbs of weighing an act, which is not doing it yet ("is considering sanctions against …"):
#: the act is the weigher's, still to come (not a plea weighed, :data:`PLEAS`).
WEIGHING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate"})
#: Verbs by which someone does the act their object names ("staged a strike", "held talks",
#: "imposed a curfew"), read through :func:`does_the_act` by the lexicon's subject patterns, the
#: events' arguments (who did it) and the joining of a definite act told before.
DOING_VERBS = frozenset(
    {"stage", "hold", "launch", "carry", "conduct", "mount", "issue", "open", "begin", "start"}
    | {"give", "impose", "declare", "unveil", "order", "approve", "adopt", "slap"}
    # "announced new sanctions against …": the announcer imposes them
    | {"announce"}
    # "traded accusations", "lodged a protest", "levelled charges", "voiced concern"
    | {"trade", "exchange", "lodge", "level", "voice"}
    # "called a strike", "joined the walkout", "resumed the offensive"
    | {"call", "join", "continue", "resume", "organise", "organize", "extend"}
    # "Kim Jong Un oversaw the test of a missile": the leader's act
    | {"oversee", "supervise", "guide"}
    | WEIGHING_VERBS
)
#: What is weighed as someone else's asking, not as one's own act to take ("the court considered
#: the appeal"): no act of the weigher's, and none still to come.
PLEAS = word_group("eventwire.nlp.events", "pleas")
#: Verbs of the law's dealing with someone, whose "for", "of", "on" or "with" phrase names the
#: offence charged ("sentenced her for justifying terrorism", "convicted of terrorism").
LEGAL_ACTS = word_group("eventwire.nlp.events", "legal_acts")
#: Verbs by which an act draws others' reaction ("drawing condemnation from Israel"): the
#: reaction is theirs, told from them.
REACTION_VERBS = word_group("eventwire.nlp.events", "reaction_verbs")
#: Words before a drone or rocket that make it a thing of peace ("delivery drones").
CIVIL_USES = word_group("eventwire.nlp.events", "civil_uses")


def _modifiers(tok: Token) -> list[Token]:
    """The nouns and adjectives that qualify a trigger, and the noun the parser hung a gerund
    on as its clause in "died in [police] [firing]", which is that noun's firing, and the
    word hyphened to a verb ("[tear]-gassed", "[baton]-charged")."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss") or _hyphened(c)]
    head = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and head.dep_ == "pobj" and head.i == tok.i - 1:
        mods.append(head)
    return mods


def _hyphened(child: Token) -> bool:
    """A word joined to its head by a hyphen just after it ("tear" of "tear-gassed")."""
    doc = child.doc
    gap = child.head.i - child.i
    return gap == 2 and doc[child.i + 1].tag_ == "HYPH" and not child.whitespace_


#: Verbs by which a side keeps a truce ("would observe a ceasefire"): its doer's, as a truce
#: declared is; "observed the protest" only watched it.
KEEPING_VERBS = word_group("eventwire.nlp.events", "keeping_verbs")
TRUCES = frozenset({"ceasefire", "truce", "armistice", "cease-fire"})
#: Verbs by which parties make a pact ("reached an agreement", "sealed a deal"): their act only
#: for a pact; "sealed the site of the bombing", "reached the scene" do no bombing.
PACT_VERBS = frozenset({"reach", "conclude", "seal", "clinch"})
PACTS = TRUCES | {"agreement", "deal", "pact", "accord", "treaty", "settlement", "compromise"}


def _done_in(noun: Token) -> bool:
    """Whether a noun is where a passive act was done to someone ("were killed in the strikes",
    "militants wounded in the battle"): the noun did that act."""
    prep, verb = noun.head, noun.head.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.tag_ != "VBN":
        return False
    # a bare singular "the strike" may be a walkout in which a bus was stoned; "the strikes",
    # "the strike on the house", "the drone strike" are blows
    told = noun.tag_ == "NNS" or any(
        c.dep_ in ("prep", "compound", "amod") and c.lower_ not in ("in", "at")
        for c in noun.children
    )
    if not told:
        return False
    harmed = (
        [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubjpass"]
    )
    # "two workers were injured in the strike": those who walk out were hurt in their own strike
    return bool(harmed) and not any(_sector_of(h) in LABOUR for h in harmed)


#: Sectors of those who walk out ("@LAB" as rows write them).
LABOUR = frozenset({"@LAB", "@EDU", "@MED", "@AGR"})


def does_the_act(verb: Token, noun: Token) -> bool:
    """Whether a verb does the act its object names ("staged a strike"), as lemma or as a
    regular form the lemmatizer missed ("staged" → "stag"), and does not name it ("called the
    strike a war crime")."""
    keys = _keys(verb)
    if noun.lemma_.lower() in TRUCES and any(k in KEEPING_VERBS for k in keys):
        return True
    if noun.lemma_.lower() in PACTS and any(k in PACT_VERBS for k in keys):
        return True
    if noun.lemma_.lower() in PLEAS and any(k in WEIGHING_VERBS for k in keys):
        return False  # "the court considered the appeal": the appellant's
    return any(k in DOING_VERBS for k in keys) and not gives_a_name(verb, noun)


#: A game's score as the tokenizer leaves it: "3-1" in one token, or "3", "-", "1".
SCORE = re.compile(r"^\d{1,3}[-\u2013]\d{1,3}$")
SCORE_DASHES = frozenset({"-", "\u2013"})
#: Dependencies of a number that counts the common noun it hangs on (a score hangs on a team).
COUNTING_DEPS = frozenset({"nummod", "quantmod"})


def _a_score(tok: Token) -> bool:
    """ "3-1", "2–0" or "3 - 1": a game's score, not a date, a range or a ratio of years, nor a
    number of things ("hit 10-15 targets", "for 3-4 hours")."""
    number = tok.head if tok.head.like_num and tok.dep_ in COUNTING_DEPS else tok
    if number.dep_ in COUNTING_DEPS and number.head.pos_ == "NOUN":
        return False
    if SCORE.match(tok.text):
        return True
    doc = tok.doc
    if not tok.like_num or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in SCORE_DASHES:
        return False
    nxt = doc[tok.i + 2]
    return nxt.like_num and tok.text.isdigit() and nxt.text.isdigit() and len(nxt.text) <= 3


#: Nouns of where people live or stay, which they are made to leave ("leave their village").
LEFT_PLACES = word_group("eventwire.nlp.events", "left_places")
#: Entity labels of a place named.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _left_a_place(verb: Token) -> bool:
    """Whether a verb of leaving leaves a place, or nothing named ("to leave the village", "to
    flee"), not a thing or a post ("to leave their jobs", "to abandon their equipment")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return all(o.lemma_.lower() in LEFT_PLACES or o.ent_type_ in PLACE_LABELS for o in objects)


#: Nouns of a game or a round of one ("beat Brazil in the final", "in the qualifier").
GAMES = word_group("eventwire.nlp.events", "games")
#: What a game is won for ("beat Federer to win the title").
PRIZES = word_group("eventwire.nlp.events", "prizes")
#: Verbs of winning a prize.
WINNING = frozenset({"win", "clinch", "lift", "claim", "retain"})


def _won_in_a_game(verb: Token) -> bool:
    """ "beat Argentina in the World Cup qualifier", "defeated Federer to win the title": the
    game the verb's act was done in, or a prize won by it."""
    for c in verb.children:
        # "in the final": not "at" or "during" a match, where police may beat fans
        if c.dep_ == "prep" and c.lower_ == "in":
            nouns, names = [o for o in c.children if o.dep_ == "pobj"], GAMES
        elif c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in WINNING:
            nouns, names = [o for o in c.children if o.dep_ == "dobj"], PRIZES
        else:
            continue
        if any(o.lemma_.lower() in names for o in nouns):
            return True
    return False


def _own_words(tok: Token) -> list[Token]:
    """The verb's own words: its subtree less the clauses it embeds or joins."""
    return [
        t
        for c in tok.children
        if c.dep_ not in ("conj", "ccomp", "advcl", "xcomp", "relcl", "parataxis")
        for t in c.subtree
    ]


def _title_words(name: Token) -> list[Token]:
    """The words before a person's name and in its apposition: "Finance Minister" of "Finance
    Minister Sara Obi", "the army chief" of "Ali Musa, the army chief"."""
    return [c for c in name.children if c.dep_ in ("compound", "appos") and c.i != name.i]


def _bare_one(word: Token) -> bool:
    """A bare "one" standing for a thing told before ("a day after one was set off")."""
    return word.lower_ == "one" and not any(c.dep_ == "prep" for c in word.children)


def _told_before(one: Token) -> list[Token]:
    """The nouns a bare "one" may stand for: the subjects and objects before it in its
    sentence ("A car bomb killed seven policemen, a day after one was set off")."""
    sent = one.sent
    return [
        t
        for t in sent
        if t.i < one.i and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
    ]


def _predicated(word: Token) -> bool:
    """An adjective a verb says of its object ("found him guilty", parsed as its object
    predicate or as a small clause), not said with "not" ("found him not guilty")."""
    return (
        word.pos_ == "ADJ"
        and word.dep_ in ("oprd", "ccomp", "xcomp", "acomp")
        and not any(c.dep_ == "neg" for c in word.children)
    )


def _direct_objects(tok: Token) -> list[Token]:
    """A verb's objects themselves, through a quantity ("dozens of rockets"), not the nouns
    that modify them ("three drone models" is models)."""
    return [o for o in _objects(tok) if o.dep_ != "compound"]


def _sector_of(noun: Token) -> str | None:
    """ "@" and the sector of the actor the word names ("@CVL" for "worshippers"), so a row can
    ask for the kind of actor rather than list its every noun; "@STATE" for a country that acts
    ("Russia launched …"); None for no actor."""
    doc = noun.doc
    actor_id = (doc._.ew_actor_of or {}).get(noun.i)
    if actor_id is None:
        return None
    actor = next((a for a in doc._.ew_actors or [] if a.id == actor_id), None)
    if actor is not None and not actor.sector and actor.kind == "state":
        return STATE
    return f"@{actor.sector}" if actor is not None and actor.sector else None


#: The sector tag of a country that acts, beside the PLOVER sectors.
STATE = "@STATE"
#: Types of force a figurative modifier ("a legal battle") takes back.
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})


def _a_place(noun: Token) -> bool:
    """A place the NER names or the places stage resolved."""
    return noun.ent_type_ in PLACES or noun.i in (noun.doc._.ew_place_of or {})


@cache
def figurative_modifiers() -> frozenset[str]:
    """Modifiers that make a noun of force a contest of law, words or trade."""
    return word_list("eventwire.nlp.events", "data", "figurative_modifiers.txt")


@cache
def contest_nouns() -> frozenset[str]:
    """Nouns of a fight or push a figurative modifier makes a contest ("a legal battle")."""
    return word_list("eventwire.nlp.events", "data", "contest_nouns.txt")


@cache
def instrument_nouns() -> frozenset[str]:
    """Nouns of laws, rulings and plans that a verb of force only strikes in figure."""
    return word_list("eventwire.nlp.events", "data", "instrument_nouns.txt")


def figurative(tok: Token) -> bool:
    """A noun of a contest (``data/contest_nouns.txt``) told as one of law, words, trade or
    image by its modifier (``data/figurative_modifiers.txt``: "a legal battle", "a charm
    offensive"), or a verb whose object is such a noun ("fought a legal battle"), or a law,
    ruling or plan (``data/instrument_nouns.txt``: "struck down the law", "the bill was
    attacked"). Only a contest: "the court attack" and "fuel price protests" are force and
    protest."""
    nouns = [tok] if tok.pos_ in ("NOUN", "PROPN") else []
    objects = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "VERB" and objects and all(_instrument(o) for o in objects):
        return True
    nouns += [o for o in objects if o.dep_ == "dobj"]
    return any(
        m.dep_ in ("amod", "compound") and m.lower_ in figurative_modifiers()
        for n in nouns
        if any(k in contest_nouns() for k in _keys(n))
        for m in n.children
    )


def _instrument(noun: Token) -> bool:
    """A law, ruling or plan no actor names ("the law", not "the Order" of a militia)."""
    return noun.lemma_.lower() in instrument_nouns() and noun.ent_type_ == ""


#: The tag a ``pobj`` condition names any place with, and the entity labels it covers (not a
#: facility: "toward the International Space Station").
PLACE = "@PLACE"
PLACES = frozenset({"GPE", "LOC"})


def _head_noun(noun: Token) -> Token:
    """The noun a count or a part stands for: "Thousands of demonstrators" → demonstrators."""
    if noun.pos_ != "NUM" and noun.lemma_.lower() not in _COUNT_NOUNS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return obj if obj is not None else noun


#: Nouns that count what their "of" phrase names ("hundreds of protesters").
_COUNT_NOUNS = word_group("eventwire.nlp.events", "count_nouns")


def _misread_prt(tok: Token) -> bool:
    """A preposition the parser took for a particle though it has an object ("struck over pay")."""
    return tok.dep_ == "prt" and any(c.dep_ == "pobj" for c in tok.children)


def _particles(tok: Token, bare: bool = True) -> list[Token]:
    """The verb's particles: parsed as ``prt``, or, as often, as an adverb or a preposition
    with no object ("walked *out* at the plant"); with ``bare=False`` also one that heads a
    preposition of its own ("walked *out* of the talks", "forced them *out* of the country")."""
    return [
        c
        for c in tok.children
        if c.dep_ in ("prt", "advmod")
        or (c.dep_ == "prep" and not (any(c.children) if bare else _has_pobj(c)))
    ]


#: Prepositions that tell a cause ("because of", "due to", "owing to", "amid").
CAUSE_PREPS = frozenset({"because", "due", "owing", "amid", "amidst"})

#: In a ``cause`` row, any cause of ``natural_causes.txt`` (disaster, disease, accident).
NATURE = "@NATURE"


def _causes(tok: Token) -> list[Token]:
    """The prepositions whose objects tell why the verb's act was done: "amid" itself, the
    second word of "because of", "due to", "owing to"."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS]
    return [*preps, *(g for p in preps for g in p.children if g.dep_ in ("pcomp", "prep"))]


@cache
def natural_causes() -> frozenset[str]:
    """Nouns of disasters, accidents and diseases (``data/natural_causes.txt``)."""
    return word_list("eventwire.nlp.events", "data", "natural_causes.txt")


def _natural(noun: Token) -> bool:
    """A disaster, an accident or a disease, or a noun a word of one qualifies ("a cholera
    outbreak", "flood waters")."""
    words = [noun, *(m for m in noun.children if m.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in natural_causes() for w in words)


def _determined(noun: Token) -> bool:
    """A noun told with an article or a demonstrative ("the office", "this post"), not bare or
    with an owner ("office", "his post"): the place, not the function."""
    return any(c.dep_ == "det" for c in noun.children)


def _has_pobj(tok: Token) -> bool:
    return any(g.dep_ == "pobj" for g in tok.children)


QUANTITY_NOUNS = word_group("eventwire.nlp.events", "quantity_nouns")


def _objects(tok: Token) -> list[Token]:
    """Direct objects, looking through conjunctions, quantities ("25,000 tons of food aid") and
    noun modifiers ("a military aid program")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    objs += _raised_objects(tok)
    objs += [n for o in objs if _bare_one(o) for n in _told_before(o)]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]
    for o in objs:  # grows while it is read: "dozens of rounds of talks", "24 of 30 drones"
        # a sum is counted in what it pays for: "froze 200 million euros in aid"
        preps = ("of", "in") if _a_sum(o) else ("of",)
        if o.lemma_.lower() in QUANTITY_NOUNS or o.pos_ == "NUM" or _a_sum(o):
            objs += [
                p for c in o.children if c.dep_ == "prep" and c.lower_ in preps for p in c.children
            ]
    objs += [c for o in list(objs) for c in o.children if c.dep_ == "compound"]
    return objs


#: Nouns of money ("euros", "dollars"), which name a sum as a number does.
MONEY_NOUNS = word_group("eventwire.nlp.events", "money_nouns")


def _a_sum(noun: Token) -> bool:
    """A sum of money ("$95 million", "200 million euros")."""
    return noun.ent_type_ == "MONEY" or noun.lemma_.lower() in MONEY_NOUNS


def _raised_objects(tok: Token) -> list[Token]:
    """The object the parser makes the subject of the infinitive after it: "allowed aid trucks
    to enter" (trucks are allowed)."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp" and to_infinitive(c)]
    return [g for c in clauses for g in c.children if g.dep_ == "nsubj" and g.i < c.i]


def _object_lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] else lemma


@dataclass(frozen=True, slots=True)
class Entry:
    lemma: str
    pos: str  # V, N, A
    conditions: tuple[Condition, ...]
    cameo: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    weight: float

    def matches(self, tok: Token) -> bool:
        return all(c.holds(tok) for c in self.conditions)


#: Conditions written KIND:a|b, with a list of words (or sectors).
WORD_KINDS = frozenset(
    {"prep", "prt", "dobj", "compound", "nsubj", "does", "weapon", "noun", "xcomp", "cause"}
    | {"oprd"}
)


def _parse_pattern(pattern: str, where: str) -> tuple[Condition, ...]:
    if pattern in ("", "-"):
        return ()
    conditions = []
    for part in pattern.split("+"):
        bits = part.split(":")
        if (
            bits[0] in ("xcomp", "intransitive", "counted", "passive", "scored", "deadline")
            and len(bits) == 1
        ):
            conditions.append(Condition(bits[0], frozenset()))
        elif bits[0] in WORD_KINDS and len(bits) == 2:
            words = frozenset(bits[1].split("|"))
            if bits[0] == "xcomp" and any(w.startswith("@") for w in words):
                raise LexiconError(f"{where}: {part!r}: xcomp names verbs, not an actor's sector")
            unknown = sorted(
                w
                for w in words
                if w.startswith("@")
                and w[1:] not in SECTORS
                and w != STATE
                and not (bits[0] == "cause" and w == NATURE)
            )
            if unknown:
                tags = [*sorted(SECTORS), STATE[1:], *([NATURE[1:]] if bits[0] == "cause" else [])]
                raise LexiconError(
                    f"{where}: {', '.join(unknown)} in {part!r} names no tag "
                    f"(one of @{', @'.join(tags)})"
                )
            conditions.append(Condition(bits[0], words))
        elif bits[0] == "bare" and len(bits) == 3:
            conditions.append(Condition("bare", frozenset(bits[2].split("|")), bits[1]))
        elif bits[0] == "pobj" and len(bits) == 3:
            words = frozenset(bits[2].split("|"))
            tags = sorted(w for w in words if w.startswith("@") and w != PLACE)
            if tags:
                raise LexiconError(
                    f"{where}: {', '.join(tags)} in {part!r}: only {PLACE} tags a place"
                )
            conditions.append(Condition("pobj", words, bits[1]))
        else:
            raise LexiconError(
                f"{where}: cannot read pattern {part!r}; see event_lexicon.tsv's header"
            )
    return tuple(conditions)


def parse_lexicon(text: str, where: str) -> list[Entry]:
    """Parse lexicon rows; ``where`` names the file in error messages."""
    entries = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise LexiconError(f"{where}:{n}: expected 7 tab-separated columns, found {len(cols)}")
        lemma, pos, pattern, cameo, type_, mode, weight = (c.strip() for c in cols)
        _check_row(f"{where}:{n}", pos, type_, weight)
        if type_ == NO_EVENT:
            entries.append(_no_event_row(lemma, pos, pattern, cameo, f"{where}:{n}"))
            continue
        entry = cameo_entry(cameo)
        if entry is None:
            raise LexiconError(f"{where}:{n}: unknown CAMEO code {cameo!r}")
        entries.append(
            Entry(
                lemma=lemma.lower(),
                pos=pos,
                conditions=_parse_pattern(pattern, f"{where}:{n}"),
                cameo=cameo,
                type=entry.type if type_ == "-" else type_,
                mode=(entry.mode if type_ == "-" else None) if mode == "-" else mode,
                context=entry.context,
                weight=float(weight),
            )
        )
    return entries


#: The type of a row that says a word so used is no event ("seek V dobj:term": seeking a
#: third term asks nothing of anyone); as the most specific row it wins over the word's others.
NO_EVENT = "NONE"


def _refusing(rows: list[Entry]) -> bool:
    return any(e.type == NO_EVENT for e in rows)


def _no_event_row(lemma: str, pos: str, pattern: str, cameo: str, where: str) -> Entry:
    if cameo != "-":
        raise LexiconError(f"{where}: a NONE row has no CAMEO code (use '-'), not {cameo!r}")
    conditions = _parse_pattern(pattern, where)
    return Entry(lemma.lower(), pos, conditions, "-", NO_EVENT, None, (), 0.0)


def _check_row(where: str, pos: str, type_: str, weight: str) -> None:
    """Refuse a row that would fail later, on every article, or give odd confidences."""
    if pos not in ("V", "N", "A"):
        raise LexiconError(f"{where}: part of speech must be V, N or A, not {pos!r}")
    if type_ != "-" and type_ != NO_EVENT and type_ not in PLOVER_TYPES:
        raise LexiconError(f"{where}: unknown PLOVER type {type_!r} (use '-' to take CAMEO's)")
    try:
        value = float(weight)
    except ValueError:
        value = math.nan
    if not 0.0 <= value <= 1.0:  # also false for nan
        raise LexiconError(f"{where}: weight must be a number from 0 to 1, not {weight!r}")


class Lexicon:
    """Trigger lookup by lemma and part of speech; most specific matching entry wins."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_key: dict[tuple[str, str], list[Entry]] = {}
        for e in entries:
            self._by_key.setdefault((e.lemma, e.pos), []).append(e)
        self._refusing = frozenset(k[0] for k, rows in self._by_key.items() if _refusing(rows))
        for rows in self._by_key.values():
            # Stable sort keeps user rows (added first) ahead of built-in rows of equal specificity.
            rows.sort(key=_specificity)

    def lookup(self, tok: Token) -> Entry | None:
        pos = _pos_class(tok)
        if pos is None or only_asked_for(tok) or _self_inflicted(tok):
            return None
        found = self._lookup_as(tok, pos)
        if found is None and _owned_gerund(tok):
            # an owned gerund with no noun row is still its verb's act ("police beating")
            found = self._lookup_as(tok, "V")
        return found

    def entries(self, doc: Doc) -> dict[int, Entry]:
        """Each word's entry, by token index, for the words that have one."""
        return {tok.i: e for tok in doc if (e := self.lookup(tok))}

    def refuses(self, tok: Token) -> bool:
        """Whether the row that matches a word is a NONE row: so used it is no event."""
        if tok.lemma_.lower() not in self._refusing:  # most words: no NONE row to try
            return False
        pos = _pos_class(tok)
        entry = self._match(tok, pos) if pos is not None else None
        return entry is not None and entry.type == NO_EVENT

    def _lookup_as(self, tok: Token, pos: str) -> Entry | None:
        entry = self._match(tok, pos)
        if entry is not None and entry.type in FORCE_TYPES and figurative(tok):
            return None
        return None if entry is None or entry.type == NO_EVENT else entry

    def _match(self, tok: Token, pos: str) -> Entry | None:
        """The most specific row of the word's first listed key that holds, NONE rows too."""
        rows = next((r for k in _keys(tok) if (r := self._by_key.get((k, pos)))), None)
        if not rows:
            return None
        # "fired a rocket into the sea, killing two": no mere show (read only for such rows)
        return next(
            (e for e in rows if e.matches(tok) and not (e.type in SHOWS and _harm_told(tok))),
            None,
        )

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_key.values())


#: Types of a show of force, which harms no one: told with its harm, the act is an attack.
SHOWS = frozenset({"MOBILIZE"})
#: Verbs of harm done to people, told after the act that did it ("…, killing two fishermen").
HARMING = word_group("eventwire.nlp.events", "harming")


def _harm_told(verb: Token) -> bool:
    """Whether a participle of harm to people hangs on the verb ("fired a rocket into the sea,
    killing two fishermen"; not "…, killing hopes of talks", nor "…, injuring no one")."""
    return any(
        c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.lemma_.lower() in HARMING
        and any(g.dep_ == "dobj" and _people_harmed(g) for g in c.children)
        for c in verb.children
    )


def _people_harmed(obj: Token) -> bool:
    """People, counted or named as actors, and none of them denied ("no one", "nobody")."""
    if obj.lower_ in ("nobody", "none") or any(c.lower_ == "no" for c in obj.children):
        return False
    actor_of: dict[int, str] = obj.doc._.ew_actor_of or {}
    counted = any(c.dep_ == "nummod" or c.like_num for c in obj.children)
    return obj.i in actor_of or counted or obj.like_num


#: Nouns naming what may or must be done: an act they name is asked for, ordered or allowed,
#: not done ("orders to arrest anyone", "steps to detain", "arrangements for detaining").
DIRECTIVE_NOUNS = word_group("eventwire.nlp.events", "directive_nouns")
#: Adjectives of permission or ability: "free to arrest us", "unable to stop the mob".
PERMISSION_ADJECTIVES = word_group("eventwire.nlp.events", "permission_adjectives")
#: Verbs and nouns whose object or "for" phrase is an act asked for: "demanded the arrest of",
#: "called for the arrest of", "a fit case for arrest".
DEMANDING = word_group("eventwire.nlp.events", "demanding")
#: Acts that one "calls" by starting them, not by asking for them ("the union called a general
#: strike", "called a ceasefire"; "called the arrest unlawful" names, "called the arrest of"
#: asks).
CALLED_TO_START = word_group("eventwire.nlp.events", "called_to_start")


def _self_inflicted(tok: Token) -> bool:
    """ "died of a self-inflicted gunshot wound": harm done to oneself is no act between two
    actors."""
    return any(
        c.dep_ == "amod"
        and c.lemma_.lower() == "inflict"
        and any(g.lower_ == "self" for g in c.children)
        for c in tok.children
    )


def only_asked_for(tok: Token) -> bool:
    """Whether the word names an act only asked for, ordered or allowed, not done: the
    infinitive or gerund of a directive noun or a permission adjective ("orders to arrest",
    "free to arrest", "arrangements for detaining"), or a noun demanded ("demanded the arrest
    of", "called for a ban and the arrest of")."""
    if _mandative(tok):
        return True
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i == tok.i - 1 and to.i > 0:
        before = tok.doc[to.i - 1]  # read linearly: the parser often hangs it elsewhere
        if before.lemma_.lower() in DIRECTIVE_NOUNS and before.pos_ == "NOUN":
            return True
        if time_to_act(before) and before.head.lemma_.lower() in DEADLINE_VERBS:
            return True  # "gave them 48 hours to leave"; not "it took police two weeks to …"
        if before.lower_ in PERMISSION_ADJECTIVES and tok.dep_ == "xcomp":
            return True
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("pcomp", "pobj") and head.lower_ == "for":
        asker = head.head.lemma_.lower()
        return asker in DIRECTIVE_NOUNS or asker in DEMANDING
    if tok.dep_ != "dobj" or tok.pos_ != "NOUN" or head.lemma_.lower() not in DEMANDING:
        return False
    started = not any(c.dep_ == "prt" for c in head.children)  # not "called off the strike"
    if head.lemma_.lower() == "call" and tok.lemma_.lower() in CALLED_TO_START and started:
        return False  # "called a general strike": started it
    return not gives_a_name(head, tok)


@cache
def time_units() -> frozenset[str]:
    """Units a deadline is counted in ("48 hours", "seven days")."""
    return word_list("eventwire.nlp.events", "data", "time_units.txt")


#: Verbs that grant a span of time to do something in: a deadline ("gave them 48 hours to
#: leave"), unlike the time an act took ("it took police two weeks to arrest him").
DEADLINE_VERBS = word_group("eventwire.nlp.events", "deadline_verbs")


def time_to_act(noun: Token) -> bool:
    """A counted span of time followed by what is to be done in it: "48 hours to leave", "a
    week to hand over their weapons" (read linearly: the parser hangs the infinitive anywhere)."""
    doc = noun.doc
    if noun.lemma_.lower() not in time_units() or noun.i + 2 >= len(doc):
        return False
    counted = any(
        c.dep_ == "nummod" or c.like_num or (c.dep_ == "det" and c.lower_ in ("a", "an"))
        for c in noun.children
    )
    return counted and doc[noun.i + 1].lower_ == "to" and doc[noun.i + 2].pos_ == "VERB"


@cache
def compliance_verbs() -> frozenset[str]:
    """What an ultimatum demands (``data/compliance_verbs.txt``): leave, surrender, release …"""
    return word_list("eventwire.nlp.events", "data", "compliance_verbs.txt")


def _complied(noun: Token) -> bool:
    """Whether the act a deadline is given for is one an ultimatum demands ("48 hours to
    withdraw"), not a procedure ("30 days to file an appeal")."""
    return noun.doc[noun.i + 2].lemma_.lower() in compliance_verbs()


def gives_a_name(verb: Token, obj: Token) -> bool:
    """Whether a verb names its object, not asks for it: "called the detention a kidnapping",
    "called the arrest unlawful" (an adjective after the noun), not "called a strike", nor
    "called a strike effective Monday" (when it starts)."""
    if any(
        (c.dep_ in ("oprd", "acomp") and not _when_in_force(c))
        or (c.dep_ == "dobj" and c.i > obj.i)
        for c in verb.children
    ):
        return True
    # the parser hangs "unlawful" in "called the arrest unlawful" on the noun
    return verb.lemma_.lower() in ("call", "label", "brand", "term") and any(
        c.dep_ == "amod" and c.i > obj.i for c in obj.children
    )


def _when_in_force(word: Token) -> bool:
    """ "effective Monday", "effective immediately": when an act called starts, not its name."""
    return word.lower_ == "effective" or any(g.ent_type_ in ("DATE", "TIME") for g in word.children)


def _mandative(tok: Token) -> bool:
    """A clause in the mandative subjunctive, with a bare "be" as its only auxiliary: what
    someone asked, urged or suggested be done ("suggested that those guilty be booked",
    "demanded that he be arrested")."""
    if tok.dep_ != "ccomp":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and all(c.lower_ == "be" for c in aux)


def _specificity(entry: Entry) -> tuple[int, bool]:
    """Sort key: more conditions first; among equals, a row naming the noun's own modifier
    ("hunger strike", "air strike") before one naming a preposition ("strike over pay"): the
    modifier says which kind of thing the noun is, the preposition only what it is about."""
    return -len(entry.conditions), not any(c.kind == "compound" for c in entry.conditions)


def _keys(tok: Token) -> list[str]:
    """The lemma, the word, and the word's regular base forms: the lemmatizer sometimes
    misses ("raped" → "rap", "staged" → "stag"), and a missed trigger is a missed event.
    A word the tokenizer split off a hyphenated compound ("cease-fire", "air-strike",
    "re-captured") is first looked up as the whole compound, which names a more specific act
    than its last part."""
    word = tok.lower_
    keys = [tok.lemma_.lower(), word]
    keys = [*_hyphenated(tok, keys), *keys]
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        if word.endswith("ed"):
            keys += [word[:-1], word[:-2]]
        elif word.endswith("ing"):
            keys += [word[:-3] + "e", word[:-3]]
        elif word.endswith("s"):
            keys += [word[:-1]]
    return keys


def _hyphenated(tok: Token, keys: list[str]) -> list[str]:
    """ "cease-fire" read as "cease", "-", "fire": the keys with the first part joined on, with
    and without the hyphen ("cease-fire", "ceasefire")."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in ("-", "\u2010") or doc[tok.i - 1].whitespace_:
        return []
    first = doc[tok.i - 2]
    if first.whitespace_ or not first.is_alpha:
        return []
    return [f"{first.lower_}{joint}{k}" for k in keys for joint in ("-", "")]


def _owned_gerund(tok: Token) -> bool:
    """A gerund its owner qualifies, with no determiner ("died in police firing")."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ != "compound"  # "a police firing squad" names a squad
        and any(c.dep_ in ("compound", "poss") for c in tok.children)
        and not any(c.dep_ == "det" for c in tok.children)
    )


#: Dependencies of a noun, which a word the tagger took for a verb may hold all the same.
NOUN_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def _noun_read_as_verb(tok: Token) -> bool:
    """A plural noun the tagger took for a verb in the present, which the parser still made a
    verb's object or subject ("held joint military drills"): no verb is an argument."""
    return tok.dep_ in NOUN_DEPS and tok.tag_ == "VBZ"


def _pos_class(tok: Token) -> str | None:
    if tok.dep_ == "amod":
        return None  # "Iran-backed groups": a participle used as an adjective is no event
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        # "evacuated the wounded": a participle with a determiner is a noun (the people), and
        # so is a gerund its owner qualifies ("died in police firing": the police's firing).
        nominal = (
            any(c.dep_ == "det" for c in tok.children)
            or _owned_gerund(tok)
            or _noun_read_as_verb(tok)
        )
        return "N" if nominal else "V"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "N"
    if tok.pos_ == "ADJ":
        return "A"
    return None


@cache
def builtin_entries() -> tuple[Entry, ...]:
    path = resources.files("eventwire.nlp.events").joinpath("data", "event_lexicon.tsv")
    return tuple(parse_lexicon(path.read_text("utf-8"), "event_lexicon.tsv"))


def load_lexicon(extra_files: Iterable[str | Path] = ()) -> Lexicon:
    """The built-in lexicon with the user's files merged in front of it."""
    extra: list[Entry] = []
    for f in extra_files:
        path = Path(f)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise LexiconError(f"cannot read lexicon file {path}: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise LexiconError(
                f"cannot read lexicon file {path}: not UTF-8 ({exc.reason})"
            ) from exc
        extra += parse_lexicon(text, str(path))
    return Lexicon([*extra, *builtin_entries()])
