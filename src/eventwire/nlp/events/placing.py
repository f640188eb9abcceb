"""Which of the places in a trigger's clause is where its act happened.

A place that is also an actor is usually a party to the act, not where it happened: a country
that acts ("Turkey strengthened its forces in Cyprus", "Russia's shelling") or one a statement
is aimed at ("Russia criticized Ukraine"). But a place a material act is done to ("missiles hit
Kyiv"), a town naming where a body sits ("a Moscow court", "Kyiv police") and a town or
province named as where ("attacked a post near the town of Djibo") are where it happened; a
country so placed is the body's nationality ("US troops").

A happening told by several mentions takes the first mention's place, or a finer one in the
same country that a later mention names ("Two explosions near the tomb of Iran's late general
killed 84 … in the city of Kerman": Kerman).
"""

from __future__ import annotations

from typing import get_args

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.events.arguments import nearest
from eventwire.nlp.events.subjects import REPORTING
from eventwire.nlp.parse import dateline_tokens, datelines, to_infinitive
from eventwire.records import Place, Precision

__all__ = [
    "OWNER_DEPS",
    "SEAT_DEPS",
    "SEAT_PRECISIONS",
    "act_places",
    "finest_place",
    "nearest_place",
]

#: How a place word names the seat of a body ("Moscow court", "Kyiv police"; the parser takes
#: some towns for adjectives) or the owner of an act or body ("Russia's shelling"); and the
#: places fine enough to be a seat rather than a nationality.
SEAT_DEPS = frozenset({"compound", "nmod", "amod"})
OWNER_DEPS = SEAT_DEPS | {"poss"}
SEAT_PRECISIONS = frozenset({"admin1", "admin2", "city", "sublocal"})


def act_places(doc: Doc, trigger: Token, attacked: list[str]) -> dict[int, str]:
    """The doc's place words (token index → place id) that may be where ``trigger``'s act
    happened; ``attacked`` holds the actors a material act is done to."""
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    named: dict[int, str] = doc._.ew_place_of or {}
    fine = {p.id for p in doc._.ew_places or [] if p.precision in SEAT_PRECISIONS}
    aside = _asides(trigger) | _places_of_care(doc, named) | _origins(doc, named, actor_of)
    found = {
        i: p
        for i, p in named.items()
        if i not in aside
        and not _party_place(doc[i], trigger, actor_of, attacked, named, p in fine)
    }
    # Where a story was filed from is where its acts happened only when the text names no other
    # place: "BEIRUT, Lebanon — An Israeli drone strike … in southern Lebanon" is in Lebanon,
    # "KYIV — Russian missiles struck the city" in Kyiv.
    dated = dateline_tokens(doc)
    told = {i: p for i, p in found.items() if i not in dated}
    if told or _placed_vaguely(trigger):
        return told or found
    # ... and then the town, finer than the country or state after its comma ("LIMA, Peru"),
    # unless the sentence puts the act elsewhere in words no gazetteer holds ("in the north")
    towns = {i for d in datelines(doc) for i in range(d.start, d.end)}
    return {i: p for i, p in found.items() if i in towns} or found


def _origins(doc: Doc, named: dict[int, str], actor_of: dict[int, str]) -> set[int]:
    """The place words (whole names) that say where an actor comes from ("a peacekeeper from
    South Africa was killed in Congo", "migrants from Venezuela"): not where an act happened."""
    found: set[int] = set()
    for i in named:
        word = doc[i]
        while word.dep_ == "compound" and word.head.i in named:
            word = word.head  # "South" hung on "Africa"
        prep = word.head
        if word.dep_ == "pobj" and prep.lower_ == "from" and prep.head.i in actor_of:
            found.add(i)
    return found


#: Where the hurt and the dead are taken, which is not where they were hurt.
CARE_NOUNS = word_group("eventwire.nlp.events", "care_nouns")


def _places_of_care(doc: Doc, named: dict[int, str]) -> set[int]:
    """The place words (whole names) that say where a hospital or a morgue is."""
    found: set[int] = set()
    for i in sorted(named):
        same_name = i - 1 in found and named.get(i - 1) == named[i]
        if same_name or _place_of_care(doc[i]):
            found.add(i)
    for i in sorted(named, reverse=True):  # the name's words before the one the parse hangs
        if i + 1 in found and named.get(i + 1) == named[i]:
            found.add(i)
    return found


def _place_of_care(word: Token) -> bool:
    """Whether a place word says where the hurt or the dead were taken or cared for ("taken to
    a hospital in Dori", "died in a hospital in Kaya"), not where an act hit ("a missile struck
    a hospital in Kyiv", "shot outside a clinic in Karachi")."""
    head = word
    for _ in range(3):
        if head.dep_ not in ("pobj", "prep", "compound") or head.head.i == head.i:
            return False
        head = head.head
        if head.lemma_.lower() in CARE_NOUNS:
            return _cared_in(head)
        if head.pos_ == "VERB":  # "taken to a hospital in Dori", "in" hung on the verb
            return _carried_to_care(head)
    return False


def _cared_in(care: Token) -> bool:
    """Whether a hospital is where someone was taken or treated: the object of "to", or of
    "in"/"at" after a verb of care ("treated in a hospital", "died at a clinic")."""
    prep = care.head
    if care.dep_ != "pobj":
        return False
    if prep.lower_ in ("to", "into"):
        return True
    return prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in CARE_VERBS


def _carried_to_care(verb: Token) -> bool:
    return any(
        o.lemma_.lower() in CARE_NOUNS
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "into")
        for o in p.children
    )


#: Verbs of being cared for, or dying, somewhere ("treated in a hospital in Kaya").
CARE_VERBS = word_group("eventwire.nlp.events", "care_verbs")


#: Nouns of a part of a country that name no place of the gazetteer ("in the northwest",
#: "across the country", "near the border").
VAGUE_PLACES = word_group("eventwire.nlp.events", "vague_places")


def _placed_vaguely(trigger: Token) -> bool:
    """Whether the trigger's sentence places something in a part of the country it does not
    name ("Gunmen killed 10 people in the north of the country")."""
    return any(
        t.lower_ in VAGUE_PLACES and t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE | _ALONG
        for t in trigger.sent
    )


_ALONG = frozenset({"along", "throughout", "across", "to", "from"})


def _asides(trigger: Token) -> set[int]:
    """Tokens of what a noun trigger's relative clause or apposition says about something else
    ("The blast, which officials in Kabul condemned, …", "the attack, the worst since a raid in
    Gusau, …"): not where the act happened."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {t.i for c in trigger.children if c.dep_ in ("relcl", "appos") for t in c.subtree}


def _party_place(
    word: Token,
    trigger: Token,
    actor_of: dict[int, str],
    attacked: list[str],
    place_of: dict[int, str],
    fine: bool,
) -> bool:
    """Whether a place word names a party to the act rather than where it happened: a country
    that acts ("Turkey strengthened its forces in Cyprus", "Russia's shelling") or one a
    statement is aimed at ("Russia criticized Ukraine"). A place a material act is done to
    ("missiles hit Kyiv") is where it happened, and so is a town naming where a body sits ("a
    Moscow court", "Kyiv police"); a country so placed is the body's nationality ("US troops")."""
    if word.i not in actor_of:
        return not fine and word.head.i == trigger.i and word.dep_ in OWNER_DEPS
    head = word.head.i
    if word.dep_ in SEAT_DEPS and head in actor_of and place_of.get(head) != place_of[word.i]:
        return not fine  # a word naming a body: its seat, or its nationality
    if word.dep_ in OWNER_DEPS and actor_of.get(head) == actor_of[word.i]:
        return True  # "Kyiv's forces": a capital owning a body is its government
    if fine and _locative(word):
        return False  # "attacked a post near the town of Djibo": where, whoever it is
    return actor_of[word.i] not in attacked


#: Prepositions whose object is where something happened.
_LOCATIVE = frozenset(
    {"in", "near", "at", "outside", "around", "inside", "across", "within", "on"}  # "on the border"
)


def _locative(word: Token) -> bool:
    """A place named as where: the object of a locative preposition ("in Djibo"), also through
    a noun of place ("near the town of Djibo")."""
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN":
        word = word.head.head  # "the town of Djibo", "the outskirts of Goma"
    return word.dep_ == "pobj" and word.head.lower_ in _LOCATIVE


def dateline_place(trigger: Token, place_of: dict[int, str]) -> int | None:
    """The dateline's town for an act in the sentence the dateline opens, a sentence of its
    own ("LIMA, Peru (AP) —" | "Police fired tear gas ..."), when ``place_of`` (from
    :func:`act_places`) lets the dateline place the act."""
    if not _main_act(trigger):
        return None  # "accused Ukraine of attacking", "... and soldiers detained": told, not done
    start = trigger.sent.start
    for line in datelines(trigger.doc):
        if line.mark + 1 == start or line.start <= trigger.i <= line.mark:
            # the country after the comma when the act is put in a part of it ("in the north")
            words = (
                range(line.end, line.mark)
                if _placed_vaguely(trigger)
                else range(line.start, line.end)
            )
            found = [i for i in words if i in place_of]
            return found[0] if found else None
    return None


def _main_act(trigger: Token) -> bool:
    """The act a lead tells: its main verb or the purpose it serves, the clause a reporting verb
    reports ("Seven soldiers were killed ..., the army said"), or a noun that is either's
    subject."""
    word = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else trigger
    if word.dep_ == "ROOT":
        return True
    if word.dep_ in ("xcomp", "advcl") and word.head.dep_ == "ROOT" and to_infinitive(word):
        return True  # its purpose, done there: "police used tear gas to disperse them"
    return word.dep_ == "ccomp" and word.head.dep_ == "ROOT" and word.head.lemma_ in REPORTING


def nearest_place(trigger: Token, place_of: dict[int, str], doc: Doc) -> int | None:
    """The place word of the trigger's clause that says where: one named as where ("met in
    Istanbul") before one nearer that says something else ("Delegations from Kyiv and Moscow
    met in Istanbul", "talks between Kyiv and Moscow in Istanbul"); else the nearest."""
    located = {
        i: p
        for i, p in place_of.items()
        if _named_as_where(doc[i]) and not _aside_of_argument(doc[i], trigger)
    }
    found = nearest(trigger, located, doc)
    return found if found is not None else nearest(trigger, place_of, doc)


def _aside_of_argument(word: Token, trigger: Token) -> bool:
    """A place in a relative clause or apposition about someone else than the act ("The
    president, who was in Brussels for a summit, ordered troops into Niamey")."""
    return any(
        a.dep_ in ("relcl", "appos") and not a.left_edge.i <= trigger.i <= a.right_edge.i
        for a in word.ancestors
    )


def _named_as_where(word: Token) -> bool:
    """A place word named as where, also as the name of a place noun ("in Bijapur district of
    Chhattisgarh": Bijapur as well as Chhattisgarh)."""
    named = word.dep_ in ("compound", "amod", "nmod") and word.head.pos_ == "NOUN"
    return _locative(word) or (named and _locative(word.head))


#: Place precisions from coarse to fine, as the record type lists them.
_FINENESS: tuple[str, ...] = get_args(Precision)


def finest_place(doc: Doc, ids: list[str | None]) -> str | None:
    """The place of a happening from its mentions' places, in text order: the first, or a finer
    one in the same country a later mention names ("Two explosions near the tomb of Iran's late
    general killed 84 … in the city of Kerman": Kerman, not Iran)."""
    by_id = {p.id: p for p in doc._.ew_places or []}
    found = [by_id[i] for i in ids if i is not None and i in by_id]
    if not found:
        return next((i for i in ids if i is not None), None)
    first = found[0]
    inside = [p for p in found if _within(p, first)]
    return max(inside or [first], key=lambda p: _FINENESS.index(p.precision)).id


def _within(place: Place, outer: Place) -> bool:
    """Whether ``place`` lies in ``outer`` as far as the records tell: the same country for a
    country, the same first-level unit for one ("Abuja" is not in Lagos state)."""
    if not place.country or place.country != outer.country:
        return False
    if outer.precision == "country":
        return True
    return outer.precision == "admin1" and place.admin1 in (outer.admin1, outer.name)
