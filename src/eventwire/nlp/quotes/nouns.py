"""Indirect attributions told by a noun of saying (group ``speech_noun`` of
``quotes/data/quote_words.tsv``) with its holder: "the senator's claim that …", "his call for a
ban", "a promise by the mayor to …"; the subject of the verb the noun is the object of ("the
senator voiced support for the plan"; not a bare noun: "took charge of") or that its "with"
hangs on ("answered with a call for calm"); a noun received from its holder (group ``receive``:
"the plan drew criticism from the union"); a noun that states a stance only with its verb
and particle (group ``light_noun``: "took a swipe at the mayor"); and sides taken (group
``stance_agent``: "she is a fierce critic of the plan"). Used by
:mod:`eventwire.nlp.quotes.reported`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp.quotes.contents import paragraph, trim_words
from eventwire.nlp.quotes.cueless import Reported
from eventwire.nlp.quotes.holders import cue_source, holds_views, is_someone, own_subject
from eventwire.nlp.quotes.speakers import RELATIVES, DocView
from eventwire.nlp.quotes.words import lemma_of, light_verbs, mapping, words
from eventwire.ontology.tables import ARMED_SECTORS
from eventwire.records import Actor


def possessed(noun: Token) -> bool:
    return any(c.dep_ == "poss" for c in noun.children)


def noun_cue(noun: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """A noun of saying or holding with its holder ("the senator's claim that …", "his call for
    a ban", "a promise by the mayor to …"): what follows it is what the holder said or holds."""
    source = _holder_of(noun, view, actors)
    if source is None:
        return _received(noun, view, actors, kept)
    if _force_told(noun, source, view, actors):
        return []
    parts = [c for c in noun.rights if _noun_complement(c)] or _predicated(noun)
    if not parts:
        return []
    lo, hi = paragraph(noun)
    first, last = max(parts[0].left_edge.i, lo + 1), min(parts[-1].right_edge.i + 1, hi)
    said = trim_words(list(noun.doc[first:last]))
    if len([t for t in said if t.is_alpha]) < 2 or any(t.i in kept for t in said):
        return []
    return [Reported(noun, source, said)]


#: Copulas that state what a noun of saying holds ("her view is that …").
_COPULAS = frozenset({"be", "remain"})


def _predicated(noun: Token) -> list[Token]:
    """What a noun of saying as the subject of a copula holds: the clause after the copula
    ("the mayor's view is that the stadium will pay", "her plan was to raise taxes")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _COPULAS or verb.i < noun.i:
        return []
    return [c for c in verb.rights if c.dep_ in ("ccomp", "xcomp") and _opens_claim(c)][:1]


def _opens_claim(clause: Token) -> bool:
    """A "that" clause or a "to" infinitive: a claim or a plan, not "is what he said"."""
    marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "aux")}
    return "that" in marks or (clause.dep_ == "xcomp" and "to" in marks)


def _force_told(noun: Token, holder: Token, view: DocView, actors: list[Actor]) -> bool:
    """A noun the events stage coded as force, held by an armed body, or by a state and aimed at
    a place ("an attack by the militia on the town", "Israel's attack on Rafah"): no words. A
    politician's "attacks on Sanders" or "attack on California" stay words."""
    if "ASSAULT" not in view.event_types(noun):
        return False
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    sector = {a.id: a.sector for a in actors}.get(actor_of.get(holder.i, ""))
    aimed = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("on", "against")
        for o in p.children
        if o.dep_ == "pobj"
    ]
    places: dict[int, str] = view.doc._.ew_place_of or {}
    at_place = any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.i in places for o in aimed)
    # a state's attack on a place is force; a politician's "attack on California" is words
    by_state = sector is None and holder.ent_type_ != "PERSON"
    return sector in ARMED_SECTORS or (at_place and by_state)


def light_noun_cue(
    noun: Token, view: DocView, actors: list[Actor], kept: set[int]
) -> list[Reported]:
    """A noun that states a stance only as the object of a verb, with its particle (group
    ``light_noun``: "took a swipe at the senator", "cast a vote for the mayor", "made the case
    for a ban"): the particle's object is what the verb's subject judges or backs."""
    pairs = mapping("light_noun").get(lemma_of(noun))
    verb = noun.head
    if not pairs or noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i in view.quoted:
        return []
    particles = {p.split()[1] for p in pairs.split("|") if p.split()[0] == lemma_of(verb)}
    # the parser hangs the particle on the noun or on the verb ("took a shot at", "cast a
    # ballot Tuesday for")
    preps = [c for t in (noun, verb) for c in t.rights if c.i > noun.i and c.dep_ == "prep"]
    prep = next((p for p in preps if p.lower_ in particles), None)
    holder = cue_source(verb, view, actors)
    if prep is None or holder is None or holder.lower_ in RELATIVES:
        return []
    if not holds_views(holder, view, actors):
        return []  # people no actor names cast votes too ("the delegates cast their votes for")
    lo, hi = paragraph(noun)
    said = trim_words([t for t in prep.subtree if t.i > prep.i and lo < t.i < hi])
    if not said or any(t.i in kept or t.i in view.quoted for t in said):
        return []
    return [Reported(noun, holder, said)]


#: Event types of a deed done with force or goods, whose side is shown, not said ("sent troops
#: in support of its ally", "delivered grain in support of the city").
MATERIAL_ACTS = frozenset({"MOBILIZE", "ASSAULT", "AID", "COERCE"})


def side_phrase(noun: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """A verb's "in" phrase that says which side its subject takes (group ``side_phrase``:
    "three senators spoke out in favor of the treaty", "came out in support of the bill", "in
    opposition to"): what follows the noun's particle is the subject's stance. Not an armed
    side's ("troops moved in support of the offensive": the events stage's), nor a deed of force
    or goods the events stage found ("Ruritania sent troops in support of its ally")."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or verb.pos_ != "VERB" or verb.i in view.quoted:
        return []
    particles = mapping("side_phrase").get(lemma_of(noun), "of").split("|")
    side = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ in particles), None)
    holder = cue_source(verb, view, actors)
    if side is None or holder is None or holder.lower_ in RELATIVES:
        return []
    if not holds_views(holder, view, actors) or _armed_side(holder, view, actors):
        return []
    if view.event_types(verb) & MATERIAL_ACTS:  # "sent troops in support of its ally"
        return []
    lo, hi = paragraph(noun)
    said = trim_words([t for t in side.subtree if t.i > side.i and lo < t.i < hi])
    if not said or any(t.i in kept or t.i in view.quoted for t in said):
        return []
    return [Reported(noun, holder, said)]


def _armed_side(holder: Token, view: DocView, actors: list[Actor]) -> bool:
    actor_of: dict[int, str] = view.doc._.ew_actor_of or {}
    sector = {a.id: a.sector for a in actors}.get(actor_of.get(holder.i, ""))
    return sector in ARMED_SECTORS


def stance_agent(noun: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """A noun of a side taken said of someone (group ``stance_agent``: "she is a fierce critic
    of the plan", "he emerged as an advocate for reform", "she is a Lima supporter"): what it
    backs or opposes is that person's stance."""
    source = _agent_of(noun, view)
    if source is None or source.lower_ in RELATIVES or not is_someone(source, view, actors):
        return []
    sides = mapping("stance_agent").get(lemma_of(noun), "of").split("|")
    preps = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ in sides]
    if "thing" in sides and any(_rival(c) for c in preps[:1]):
        return []  # "an opponent of Smith in the runoff" is a rival, not a view
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if preps:
        said = trim_words(list(preps[0].subtree)[1:])
    elif names:
        said = list(names[0].subtree)
    else:
        return []
    lo, hi = paragraph(noun)
    if not said or any(t.i in kept or not lo < t.i < hi for t in said):
        return []
    return [Reported(noun, source, said)]


def _rival(prep: Token) -> bool:
    """A side taken against a person named ("an opponent of Smith"): a rival's, not a view."""
    return any(o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in prep.children)


def _agent_of(noun: Token, view: DocView) -> Token | None:
    """Whom a noun of a side taken is said of: the subject of its copula ("she is a critic")
    or of the verb it is taken as ("emerged as an advocate for …"). Not the name it stands
    beside ("Lee, a Lima supporter, …"): that tells who the person is, not what they say."""
    if noun.dep_ in ("attr", "oprd"):
        return own_subject(noun.head, view)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "as" and prep.head.pos_ in ("VERB", "AUX"):
        return own_subject(prep.head, view)
    return None


def _received(noun: Token, view: DocView, actors: list[Actor], kept: set[int]) -> list[Reported]:
    """A noun of saying that someone receives from its holder (group ``receive``: "the senator
    won endorsements from three unions", "the plan drew criticism from Democrats"): the holder
    (after "from" or "by") holds it about the verb's subject."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or lemma_of(verb) not in words("receive"):
        return []
    preps = [c for t in (noun, verb) for c in t.rights if c.dep_ == "prep" and c.i > noun.i]
    # "from" and "by" name the holder; the noun's own "of" does when neither does ("won the
    # endorsement of the mayor"; "drew criticism of the senator from Democrats": Democrats')
    objs = [o for p in preps if p.lower_ in ("from", "by") for o in p.children if o.dep_ == "pobj"]
    if lemma_of(noun) in words("held_of"):  # not "drew criticism of the police": its target
        objs += [o for p in noun.rights if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    source = next(
        (o for o in objs if o.i not in view.quoted and holds_views(o, view, actors)), None
    )
    target = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or target is None or target.lower_ in RELATIVES:
        return []
    said = trim_words([t for t in target.subtree if t.i < verb.i])
    if not said or any(t.i in kept or t.i in view.quoted for t in said):
        return []
    return [Reported(noun, source, said)]


def _holder_of(noun: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """Whose a claim or call is: its possessor ("Lima's", "his") or the object of "by" / "from"."""
    for child in noun.children:
        owner = child.dep_ == "poss" and child.i not in view.quoted
        if owner and (child.lower_ in POSSESSIVES or is_someone(child, view, actors)):
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i > noun.i:
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.i not in view.quoted and is_someone(obj, view, actors):
                return obj
    return _light_verb_holder(noun, view, actors)


def _light_verb_holder(noun: Token, view: DocView, actors: list[Actor]) -> Token | None:
    """The subject of the verb a noun of saying is the object of, when it is someone: "the
    senator voiced support for the plan", "they raised questions about the deal"."""
    verb = noun.head
    if _with_phrase(noun):  # "rebounded with a call to arms against …", "with plans to …"
        verb = verb.head
    elif noun.dep_ != "dobj" or lemma_of(verb) not in light_verbs():
        return None  # "denied claims that …" is no claim made
    if verb.pos_ != "VERB" or verb.i in view.quoted:
        return None
    if _bare(noun):  # "take charge of": an idiom of the verb, not a charge made
        return None
    if lemma_of(verb) == "have" and _held_by_other(noun):  # "has the support of most unions"
        return None  # the unions'; "offered his support of the plan" is the subject's
    holder = cue_source(verb, view, actors)
    if holder is None or holder.lower_ in RELATIVES or not is_someone(holder, view, actors):
        return None
    return holder


def _with_phrase(noun: Token) -> bool:
    """A noun of saying after a "with" that hangs on a verb: what the verb's subject comes with
    is theirs ("she answered with a call for calm")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.pos_ != "VERB":
        return False
    # only verbs of answering or coming forward ("disagreed with the decision" is someone
    # else's), and not an attack, which after "responded with" is a deed of force
    return lemma_of(prep.head) in words("with_reply") and lemma_of(noun) != "attack"


def _held_by_other(noun: Token) -> bool:
    """A noun whose "of" may name who holds it (group ``held_of``: "has the support of most
    unions", "had the backing of the mayor"), not the subject of the verb that has it."""
    return lemma_of(noun) in words("held_of") and any(c.lower_ == "of" for c in noun.rights)


def _bare(noun: Token) -> bool:
    """A singular noun with no determiner or modifier before it."""
    return noun.tag_ == "NN" and not any(c.i < noun.i for c in noun.children)


#: Possessive pronouns that hold a claim or call ("his claim that …").
POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "its", "your"})


def _noun_complement(child: Token) -> bool:
    """What a noun of saying holds: a "that" clause, an infinitive or a phrase after one of
    its particles ("claim that …", "call to …", "call for …", "warning about …")."""
    if child.dep_ in ("acl", "ccomp", "relcl"):
        marks = [m.lower_ for m in child.children if m.dep_ in ("mark", "aux")]
        return "that" in marks or (child.dep_ == "acl" and "to" in marks)
    return child.dep_ == "prep" and child.lower_ in words("stance_prep")
