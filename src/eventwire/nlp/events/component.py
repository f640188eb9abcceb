"""``eventwire_events``: who did what to whom — the event coder.

Reads: the parse, ``doc._.ew_actors``/``ew_actor_of``, ``ew_times``/``ew_time_of``,
``ew_places``/``ew_place_of`` and ``doc._.published``. Adds: ``doc._.ew_events``.

How it codes:
1. **Triggers.** Every verb, noun or adjective whose lemma (plus particle/object pattern) is in
   the event lexicon (``events/data/event_lexicon.tsv`` and user lexicons) is a candidate. The
   lexicon gives a CAMEO code; type, mode and context come from the official CAMEO→PLOVER table.
   Reporting verbs are not events; an infinitive under a verb of agreeing, threatening, asking or
   refusing ("threatened to attack") is part of that event, not an event of its own.
   Beside the lexicon, a learned scorer (:mod:`eventwire.nlp.events.scorer`) reads words by
   their meaning: it proposes a type for a main verb with an actor that no row lists, and
   re-types weak rows it confidently disagrees with (setting ``events.type_scorer``).
2. **Mentions → happenings.** Verbs are read first. A noun or verb mention joins an earlier event
   of the same type when it is definite ("the attack"), shares a target, sits in the same
   sentence, or is the headline's act and the lead's first of its type, unless its own date
   differs or its doers are of another side or country; a definite noun prefers the event told
   with its word ("a drone strike ... the strike") and reads as that word first did. Arguments
   found in any mention fill the event.
3. **Arguments** from the parse (:mod:`eventwire.nlp.events.arguments`), date and place from the
   times and places in the trigger's clause, auxiliary modes from
   :mod:`eventwire.nlp.events.modality`.
4. **Confidence**, per mention: the lexicon weight of the trigger word (how reliably it signals
   the type), scaled by how complete the event is (0.7 + 0.1 for a source, + 0.1 for a target,
   + 0.1 for a verbal trigger), minus 0.15 when the event is negated or hypothetical, times the
   trigger's prominence in its sentence (:mod:`eventwire.nlp.events.prominence`); an
   event takes its best mention's score, clipped to 0..1.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.actors import fill_actor_countries
from eventwire.nlp.casualties import single_count
from eventwire.nlp.events.acled_context import (
    acled_context,
    context_sents,
    lemma_phrases,
    protest_acled,
)
from eventwire.nlp.events.arguments import (
    MUTUAL_ACTS,
    measure_prep,
    moved_forces,
    nearest,
    noun_arguments,
    owning_agents,
    passive_subjects,
    ran_into_device,
    verb_arguments,
)
from eventwire.nlp.events.candidates import (
    a_habit,
    drop_labels,
    drop_modifying_acts,
    names_an_act,
)
from eventwire.nlp.events.coding import (
    MUST_REQUEST,
    as_complaint,
    as_criticism,
    as_protest_deed,
    as_restriction,
    as_riot,
    blaming_statements,
    condemning_statements,
    crowd_riot,
    intent_cues,
    intent_type,
    move_light_verbs,
    must_arguments,
    must_requests,
    official_protest,
    promised_violence,
    protest_cameo,
    protest_deed,
    state_obstruction,
    verbal_attack,
)
from eventwire.nlp.events.dating import (
    conjunct_time,
    dating_times,
    own_time,
    participle_time,
    reported_time,
    sequence_shift,
    simultaneous_time,
    span_from_day,
    start_time,
)
from eventwire.nlp.events.governing import (
    for_to,
    governed,
    named_complement,
    promises_harm,
    subject_is_event,
)
from eventwire.nlp.events.implicit_targets import (
    MATERIAL_QUADS,
    add_air_force,
    add_arresting_police,
    add_implicit_targets,
    add_national_attackers,
    add_unidentified_attackers,
)
from eventwire.nlp.events.lexicon import (
    HARMING,
    Entry,
    Lexicon,
    does_the_act,
    figurative,
    load_lexicon,
    time_units,
)
from eventwire.nlp.events.modality import aux_modes, is_future, is_negated, told_done
from eventwire.nlp.events.modes import cue_mode
from eventwire.nlp.events.natural import natural_harm
from eventwire.nlp.events.placing import (
    act_places,
    dateline_place,
    finest_place,
    nearest_place,
)
from eventwire.nlp.events.prominence import prominence
from eventwire.nlp.events.scorer import TypeScorer, is_candidate, load_scorer, political_tokens
from eventwire.nlp.events.subjects import (
    CHARGE_PREPS,
    REPORTING,
    after_clause,
    clause_subject,
    sequence_subject,
)
from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.parse import actor_at, actors_at, dateline_tokens, headline, points_back
from eventwire.ontology import acled_for, quad_of, tables
from eventwire.ontology.tables import plover_default_cameo, plover_modes
from eventwire.records import Actor, Casualties, Event, EventDate, Span, TimeExpr

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MODE_ALIASES = {"assassinate": "targeted", "massacre": None, "cleansing": None}
#: Modes a trigger gives that tell what was done to people, not with what: no weapon named
#: around it ("gunmen", "at gunpoint") turns them into a means.
DEED_MODES = frozenset({"abduct", "sexual", "torture"})


@dataclass(slots=True)
class Mention:
    """One trigger occurrence with what was read around it."""

    tok: Token
    entry: Entry
    sources: list[str]
    targets: list[str]
    time: int | None  # index into doc._.ew_times
    place: str | None
    planned: bool = False  # the act lies ahead ("had planned attacks"): read once, see _joins

    @property
    def slots(self) -> int:
        return sum(bool(x) for x in (self.sources, self.targets, self.time is not None, self.place))


@dataclass(slots=True)
class Happening:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.mentions[0].entry.type

    def primary(self) -> Mention:
        """The most informative mention: verbs before nouns, a verb before a passive in its
        time phrase, which borrows the verb's undergoer ("deported after being detained":
        deported; not "dispersed after clashing with police"), then the most filled slots."""
        return max(
            self.mentions,
            key=lambda m: (m.entry.pos == "V", not _borrowing(m.tok), m.slots, -m.tok.i),
        )


def _mention(doc: Doc, tok: Token, entry: Entry) -> Mention:
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    if entry is MUST_REQUEST:
        src, tgt = must_arguments(tok, actor_of)
        sources = actors_at(src, actor_of) if src is not None else []
        targets = [
            a for a in (actors_at(tgt, actor_of) if tgt is not None else []) if a not in sources
        ]
    elif entry.pos == "N":
        sources, targets = noun_arguments(tok, actor_of)
    else:
        sources, targets = verb_arguments(tok, actor_of)
        if entry.type == "MOBILIZE" and not sources:
            sources = passive_subjects(tok, actor_of)
            targets = [t for t in targets if t not in sources]
        if entry.type == "PROTEST" and not sources and tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "Thousands of students protested in Dhaka" read as a participle: no one is
            # protested, so the noun it hangs on is who protests
            sources = actors_at(tok.head, actor_of)
            targets = [t for t in targets if t not in sources]
    time_of: dict[int, int] = doc._.ew_time_of or {}
    attacked = targets if quad_of(entry.type) in MATERIAL_QUADS else []
    place_of = act_places(doc, tok, attacked)
    t = own_time(tok, time_of, doc)
    named = named_complement(tok, entry) if t is None else None
    if named is not None:  # "forced villagers to flee on Monday": the forcing's day
        t = own_time(named, time_of, doc)
    if t is None and entry.pos == "N" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "Protests broke out the same day": the verb tells when the act named happened
        t = nearest(tok.head, dating_times(tok.head, time_of, doc), doc)
    if t is None and entry.pos == "N" and tok.dep_ in ("nsubj", "nsubjpass"):
        t = _complement_time(tok.head, time_of, doc)
    t = participle_time(tok, time_of, doc) if t is None else t
    t = conjunct_time(tok, time_of, doc) if t is None else t
    t = simultaneous_time(tok, time_of, doc) if t is None else t
    verb = _burst_into(tok)
    if t is None and verb is not None:
        # "tensions exploded into open fighting in April 2023" (or in a "when" clause): the
        # fighting is when the verb is
        t = nearest(verb, dating_times(verb, time_of, doc), doc)
        t = simultaneous_time(verb, time_of, doc) if t is None else t
    t = reported_time(tok, time_of, doc, REPORTING) if t is None else t
    p = nearest_place(tok, place_of, doc)
    if p is None and entry.pos == "N" and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        # "An air strike killed 12 people in Gaza": the verb re-tells the act, its place too
        p = nearest_place(tok.head, place_of, doc)
    if p is None:
        p = dateline_place(tok, place_of)
    return Mention(
        tok,
        entry,
        sources,
        targets,
        time_of[t] if t is not None else None,
        place_of[p] if p is not None else None,
        is_future(tok, None, None),
    )


def _complement_time(verb: Token, time_of: dict[int, int], doc: Doc) -> int | None:
    """The time a noun act is said to happen or start, told in its verb's "to" clause: "Talks
    are set to resume next Tuesday", "The strike is expected to begin on Monday"."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]  # "is due to start"
    clauses = [c for h in heads for c in h.children if c.dep_ == "xcomp"]
    for clause in (c for c in clauses if c.pos_ in ("VERB", "AUX")):
        t = start_time(clause, time_of, doc)
        if t is not None:
            return t
    return None


def _burst_into(tok: Token) -> Token | None:
    """The verb a noun act is what something turned "into" ("tensions exploded into fighting",
    "the protest descended into riots"), or None."""
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ != "into":
        return None
    return prep.head if prep.head.pos_ == "VERB" else None


def _definite(tok: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)


@dataclass(frozen=True, slots=True)
class _Sides:
    """Who is on which side, read once per article: the ids of the state's forces and
    officials, and each actor's country where known."""

    state: frozenset[str]
    state_sector: dict[str, str]  # the state's forces and officials (``state``): their sector
    country: dict[str, str]
    name: dict[str, str]  # lower-cased: one place named twice may be two actors
    unnamed: frozenset[str]  # attackers told by what they did ("a suicide bomber", "gunmen")

    @classmethod
    def of(cls, actors: list[Actor]) -> _Sides:
        state_sector = {a.id: a.sector for a in actors if a.sector in STATE_SIDE}
        return cls(
            frozenset(state_sector),
            state_sector,
            {a.id: a.country for a in actors if a.country},
            {a.id: a.name.lower() for a in actors},
            frozenset(a.id for a in actors if a.sector == "UAF" and a.kind != "organization"),
        )

    def names(self, ids: list[str]) -> set[str]:
        return {self.name.get(i, i) for i in ids}


def _joins(
    m: Mention, h: Happening, times: list, named: set[str], sents: _Sentences, sides: _Sides
) -> bool:
    """Whether mention ``m`` reports the same happening as ``h`` (see the module docstring)."""
    if h.type != m.entry.type:
        return False
    if _clocks_apart(m, h, times):
        return False  # "A bomb exploded at 8:30 a.m. ... at 10 a.m., another went off"
    if any(sents.start[m.tok.i] != sents.start[x.tok.i] for x in h.mentions) and _told_apart(m):
        return False  # "Two soldiers were injured in a separate attack"
    own_time = _day_value(times[m.time]) if m.time is not None else None
    # A time without a value ("its third week") dates nothing
    their_times = {_day_value(times[x.time]) for x in h.mentions if x.time is not None} - {None}
    if own_time and their_times and own_time not in their_times:
        return False
    if any(_charged_act(m.tok, x.tok) or _charged_act(x.tok, m.tok) for x in h.mentions):
        return False  # "was criticised for attacking the press": two acts, two doers
    if any(_answered_act(m.tok, x.tok) or _answered_act(x.tok, m.tok) for x in h.mentions):
        return False  # "struck ... in retaliation for an attack that killed nine soldiers"
    if any(_answering(m, x, sides) or _answering(x, m, sides) for x in h.mentions):
        return False
    if any(_sequenced(m.tok, x.tok) or _sequenced(x.tok, m.tok) for x in h.mentions):
        return False  # "struck targets in Lebanon after rockets were fired at the town"
    if any(_opposing(m, x, sides.state) or _other_doers(m, x, sides) for x in h.mentions):
        return False
    if any(_driven_out(m) != _driven_out(x) for x in h.mentions):
        return False  # "forced villagers to leave and detained five men": two acts
    if any(m.planned != x.planned and not _governs(m.tok, x.tok) for x in h.mentions):
        return False  # "the militant killed in the raid had planned attacks on tourists"
    if any(_remembered(m.tok) != _remembered(x.tok) for x in h.mentions):
        return False  # "marched to mark the anniversary of last year's protests": two acts
    if any(sents.start[m.tok.i] == sents.start[x.tok.i] for x in h.mentions):
        return True
    if _other_country(m, h, sents):
        return False  # "… in Tahrir Square, in which three were killed. … in Quetta, which killed"
    if _headline_of(m, h, sents, sides):
        return True  # a headline tells what its lead tells: "Guards killed in ambush" ...
    if set(m.targets) & named & {t for x in h.mentions for t in x.targets}:
        return True
    if own_time and not their_times:
        return False  # a later mention with its own date ("the killing ... in 2019")
    if _casualty_report(m) and _just_after(m, h, sents):
        return True  # "... clashed with soldiers. Five militants were killed."
    if _told_on(m, h, sents):
        return True  # "Gunmen killed 12 worshippers … The attackers opened fire on …"
    if _doer_after_toll(m, h, sents):
        return True  # "Two people were killed in a shooting … A gunman opened fire after …"
    return (m.entry.pos == "N" and _definite(m.tok)) or _doing_the_act(m.tok)


#: Nouns of remembering a past act ("the anniversary of the massacre").
REMEMBRANCE = frozenset({"anniversary", "memory", "commemoration", "remembrance", "memorial"})


def _remembered(tok: Token) -> bool:
    """Whether an act noun is what is remembered ("to mark the anniversary of last year's
    protests", "in memory of the victims of the attack"): an act of the past, not the one the
    sentence tells that day."""
    for noun in (tok, *tok.ancestors):
        if noun.pos_ in ("VERB", "AUX"):
            return False
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in REMEMBRANCE:
            return True
    return False


def _doing_the_act(verb: Token) -> bool:
    """A verb of doing whose object is a definite act ("said it carried out the attack",
    "staged the protest"): that act was told before, as a definite noun alone would be."""
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and _definite(c) and does_the_act(verb, c)
        for c in verb.children
    )


#: A clock time told alone ("around 9 a.m.", "at noon"): its day is inferred, not told.
CLOCK_ONLY = re.compile(
    r"^(?:(?:around|about|at|shortly|just|after|before|by|until)\s+)*"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs?|hours|gmt|[a-z]{2,4}t)?|noon|midnight)$",
    re.IGNORECASE,
)


def _clocks_apart(m: Mention, h: Happening, times: list) -> bool:
    """Whether ``m`` and a mention of ``h`` are told at two different clock times."""
    if m.time is None or not _clock_only(times[m.time]):
        return False
    own = times[m.time].value
    theirs = {times[x.time].value for x in h.mentions if x.time is not None}
    clocks = {
        times[x.time].value for x in h.mentions if x.time is not None and _clock_only(times[x.time])
    }
    return bool(clocks) and own not in theirs


def _clock_only(time: TimeExpr) -> bool:
    return time.type == "TIME" and bool(CLOCK_ONLY.match(time.text.strip()))


#: Words that make an act another of its kind, whatever else it shares ("in a separate attack",
#: "a second bomb").
APART = word_group("eventwire.nlp.events", "apart")


def _told_apart(m: Mention) -> bool:
    """Whether an act is told as another of its kind ("a second bomb went off", "injured in a
    separate attack"), in its own clause."""
    if m.tok.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in m.tok.head.children
    ):
        return False  # "It was the third attack on the town this month": the act told
    words = [*m.tok.subtree]
    words += [c for s in m.tok.children if s.dep_ in ("nsubj", "nsubjpass") for c in s.subtree]
    subject = clause_subject(m.tok)  # "A third blast hit the port, wounding two"
    words += list(subject.subtree) if subject is not None else []
    # "for a second day" goes on with the act; "a second bomb" is another
    return any(t.lower_ in APART and t.head.lemma_.lower() not in SPELLS for t in words)


#: Spans an act goes on over ("a second day of protests").
SPELLS = word_group("eventwire.nlp.events", "spells")


def _day_value(time: TimeExpr) -> str | None:
    """A time's value as far as the text tells its day: none for a clock time told alone,
    whose day the times stage infers ("arrived around 9 a.m." after "said Monday" is no
    Monday's act)."""
    if time.value is None or _clock_only(time):
        return None
    return time.value


#: Words that tell a further act, not more of one told ("also struck", "attacked again").
FURTHER_ACT = APART | frozenset(
    {"also", "again", "another", "separately", "meanwhile", "elsewhere", "more", "other"}
    | {"later", "next", "afterwards", "then", "subsequently", "thereafter", "afterward"}
    | {"further"}
)


def _told_on(m: Mention, h: Happening, sents: _Sentences) -> bool:
    """Whether a verb in the sentence right after one of ``h``'s mentions tells more of that act,
    by the same doers or to the same victims pointed back to, in no other place: "Gunmen killed
    12 worshippers … The attackers arrived on motorcycles and opened fire". Not a further act
    ("also", "again")."""
    # the cheapest refusals first: this runs for every mention and happening not yet joined
    earlier = [x for x in h.mentions if sents.end[x.tok.i] == sents.start[m.tok.i]]
    if m.entry.pos != "V" or not earlier:
        return False
    # doers named afresh ("Russian forces", "Police") may be at another act
    own = next((c for c in m.tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subject = own or clause_subject(m.tok)
    if subject is None or not points_back(subject):
        return False
    if _another_act(m.tok):
        return False
    own_places = _place_words(m.tok, sents)

    def same_people(x: Mention) -> bool:
        if m.sources and x.sources:  # "The attackers opened fire": the same doers
            return set(x.sources) == set(m.sources)
        # "Two men were killed ... the two men were shot outside a club": the same victims
        return bool(m.targets) and set(m.targets) <= set(x.targets)

    return any(
        same_people(x)
        and x.entry.cameo[:2] == m.entry.cameo[:2]
        and set(m.targets) <= set(x.targets)  # no victims of its own ("killed a policeman")
        and own_places <= _place_words(x.tok, sents)
        for x in earlier
    )


def _doer_after_toll(m: Mention, h: Happening, sents: _Sentences) -> bool:
    """Whether a verb right after a toll told without its doers tells who did it: "Two people
    were killed in a shooting on Sunday, police said. A gunman opened fire after an argument".
    Only an attacker no one named (gunmen, assailants), no victims, places or acts of its own."""
    if m.entry.pos != "V" or not _just_after(m, h, sents) or any(x.sources for x in h.mentions):
        return False
    subject = next((c for c in m.tok.children if c.dep_ == "nsubj"), None)
    actor = actor_at(subject) if subject is not None else None
    if actor is None or actor.sector != "UAF" or actor.kind != "group":
        return False
    if _another_act(m.tok):
        return False
    # "A gunman opened fire at a bar in Detroit": a place the toll did not tell is elsewhere
    told = set().union(*(_place_words(x.tok, sents) for x in h.mentions))
    return _place_words(m.tok, sents) <= told


def _another_act(verb: Token) -> bool:
    """Whether a verb told after an act tells a further one: "also", "again", victims of its
    own ("The gunmen then killed two soldiers") or a new place ("struck the neighbouring village
    of X")."""
    if any(c.lower_ in FURTHER_ACT for c in verb.subtree) or _new_victims(verb):
        return True
    return _new_places(verb)


def _new_victims(verb: Token) -> bool:
    """Whether a verb's clause names people it was done to afresh ("killed a motorcyclist",
    "killing two passengers", "his driver and a guard", "a fourth person"), not ones pointed back
    to ("shot the villagers who tried to flee", "killed them"), whoever is an actor."""
    verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp"))]
    objects = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    return any(_named_afresh(o) for o in objects)


def _named_afresh(noun: Token) -> bool:
    if noun.pos_ == "NUM" or noun.lower_ in ORDINALS:
        return True  # "killing two", "a fourth"
    if noun.pos_ not in ("NOUN", "PROPN") or single_count(noun) is None:
        return False  # "killed them", "opened fire", "burned houses": no one new
    if points_back(noun):  # "the villagers who tried to flee", unless counted afresh
        return any(c.dep_ == "nummod" or c.lower_ in ORDINALS for c in noun.children)
    return True  # "a guard", "his driver", "two soldiers", "dozens of cattle"


#: Ordinals that count one more victim ("a fourth person was killed").
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"})


def _new_places(verb: Token) -> bool:
    """Whether a verb names a place of its own the gazetteer may not know ("struck the
    neighbouring village of Pandogari", "a nearby town")."""
    return any(t.lemma_.lower() in PLACE_NOUNS and t.dep_ in ("dobj", "pobj") for t in verb.subtree)


#: Nouns of a settlement an act may move on to ("the neighbouring village of X").
PLACE_NOUNS = word_group("eventwire.nlp.events", "place_nouns")


def _place_words(tok: Token, sents: _Sentences) -> set[str]:
    """The place names of a word's sentence, as written ("Kherson", "Nikopol")."""
    place_of: dict[int, str] = tok.doc._.ew_place_of or {}
    span = range(sents.start[tok.i], sents.end[tok.i])
    return {tok.doc[i].lower_ for i in span if i in place_of}


def _other_country(m: Mention, h: Happening, sents: _Sentences) -> bool:
    """Whether ``m``'s sentence places its act only in countries none of ``h``'s sentences
    names: an act told in the next sentence in another country is another act, whatever its
    wording ("a toll", "the blast")."""
    own = _place_countries(m.tok, sents)
    told = set().union(*(_place_countries(x.tok, sents) for x in h.mentions))
    return bool(own) and bool(told) and not own & told


def _place_countries(tok: Token, sents: _Sentences) -> set[str]:
    """The countries of the places a word's sentence names as where something was ("in
    Quetta"), not of a country that acts or speaks ("was condemned by Kenya")."""
    doc = tok.doc
    place_of: dict[int, str] = doc._.ew_place_of or {}
    country = {p.id: p.country for p in doc._.ew_places or [] if p.country}
    span = range(sents.start[tok.i], sents.end[tok.i])
    return {country[place_of[i]] for i in span if place_of.get(i) in country and _a_setting(doc[i])}


#: Prepositions of where something is or was done or went ("in Quetta", "marched to the
#: square").
SETTING_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "into", "to", "from", "through"}
)


def _a_setting(word: Token) -> bool:
    """Whether a place word is told as a setting: the object of a preposition of place, by
    way of the names and words it is part of."""
    while word.dep_ in ("compound", "appos", "conj", "amod", "nmod") and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in SETTING_PREPS


def _headline_of(m: Mention, h: Happening, sents: _Sentences, sides: _Sides) -> bool:
    """Whether ``m`` in the headline and ``h`` in the lead (or the other way round) tell one
    act: the same doers named in both ("Police kill four ..." and "police killed four of the
    attackers"), or, when the headline names one doer's act, the lead's first act of its type.
    "Israeli strike kills three after Hezbollah rocket fire" names two sides' acts, and which of
    them the lead's first is, the headline cannot tell."""
    pairs = [(m, x) for x in h.mentions if sents.headline_and_lead(m.tok, x.tok)]
    if any(
        a.sources and b.sources and sides.names(a.sources) & sides.names(b.sources)
        for a, b in pairs
    ):
        return True
    first = sents.first_in_lead.get(m.entry.type)
    if not any(first in (a.tok.i, b.tok.i) for a, b in pairs):
        return False  # the lead's first act of the type is the headline's, not a later one
    told = [x for x in [m, *h.mentions] if x.tok.i in sents.headline]
    return len({tuple(sorted(x.sources)) for x in told}) == 1


def _governs(a: Token, b: Token) -> bool:
    """Whether one word is the other's head ("pledged more aid"): one act, told twice; not
    two verbs joined ("struck Rafah and will strike again")."""
    return (a.head.i == b.i and a.dep_ != "conj") or (b.head.i == a.i and b.dep_ != "conj")


def _answering(m: Mention, x: Mention, sides: _Sides) -> bool:
    """Whether ``m``'s doers are who ``x`` was done to, and not its doers: "Police used tear
    gas to disperse protesters who set fire to tyres" tells two acts, one by each side. The
    state's forces answer for their own kind: "A police officer was shot … officers returned
    fire" (the officer and the officers are two actors, both police)."""
    if _mutual(m) or _mutual(x):
        return False  # "killed in a clash with Maoists": the clash's other side killed them
    doers = set(m.sources)
    if not doers or doers & set(x.sources):
        return False
    if doers <= set(x.targets):
        return True
    kinds = {sides.state_sector.get(d) for d in doers}
    hit = {sides.state_sector.get(t) for t in x.targets}
    return None not in kinds and kinds <= hit


def _opposing(m: Mention, x: Mention, state: frozenset[str]) -> bool:
    """Whether two mentions are done by opposite sides, the state's forces and those they
    face: "Officers fired tear gas after demonstrators stormed parliament" tells two acts."""
    if not m.sources or not x.sources or set(m.sources) & set(x.sources):
        return False
    ours, theirs = set(m.sources) <= state, set(x.sources) <= state
    return ours != theirs and not (set(m.sources) | set(x.sources)) <= state


#: Sectors of the state's side in a confrontation.
STATE_SIDE = frozenset({"COP", "MIL", "GOV"})


def _other_doers(m: Mention, x: Mention, sides: _Sides) -> bool:
    """Whether two mentions are done by different doers of different countries: "Hezbollah
    fired rockets ... called on the UN to make Israel stop its attacks" tells two sides' acts,
    though "its attacks" is definite. Doers of one country may be one actor named twice ("the
    army" ... "Israel's strikes"), so they may still join."""
    if not m.sources or not x.sources or set(m.sources) & set(x.sources):
        return False
    if _mutual(m) or _mutual(x):
        return False  # "Thai and Cambodian troops clashed": both sides' one act
    if set(m.sources) <= sides.unnamed or set(x.sources) <= sides.unnamed:
        return False  # "A suicide bomber … Islamic State claimed the attack": its man
    ours = {sides.country.get(a) for a in m.sources}
    theirs = {sides.country.get(a) for a in x.sources}
    return None not in ours | theirs and not ours & theirs


def _driven_out(m: Mention) -> bool:
    """Whether a mention is people forced to leave (a row naming the leaving verb: "forced
    villagers to leave"), which is never the same act as an arrest told beside it."""
    named = any(c.kind == "xcomp" and c.words for c in m.entry.conditions)
    return m.entry.type == "COERCE" and m.entry.cameo == "174" and named


def _mutual(m: Mention) -> bool:
    return m.tok.lemma_.lower() in MUTUAL_ACTS


def _borrowing(tok: Token) -> bool:
    """A passive in a time phrase, whose undergoer is borrowed ("after being detained")."""
    return after_clause(tok) and any(c.dep_ == "auxpass" for c in tok.children)


def _charged_act(act: Token, charge: Token) -> bool:
    """Whether ``act`` is what ``charge`` blames someone for ("criticised for attacking")."""
    if act.dep_ != "pcomp" or act.head.lower_ not in CHARGE_PREPS:
        return False
    return charge.i in (act.head.head.i, act.head.head.head.i)


#: Nouns that make what follows "for" or "to" the act being answered ("in retaliation for",
#: "in response to", "in revenge for").
ANSWERING_NOUNS = word_group("eventwire.nlp.events", "answering_nouns")


def _answered_act(act: Token, earlier: Token) -> bool:
    """Whether ``earlier`` is told as what ``act`` answers ("bombed positions in retaliation for
    a rocket attack", "to avenge the killing of"): an earlier act, by the other side."""
    tok = earlier
    while tok.i != tok.head.i and tok.i != act.i:
        head = tok.head
        answer = head.head
        if tok.dep_ == "pobj" and head.lower_ in ("for", "to") and answer.lower_ in ANSWERING_NOUNS:
            return act in answer.ancestors or act.i == answer.head.i or _said_to_be(act, answer)
        if tok.dep_ == "dobj" and head.lemma_.lower() == "avenge":
            return act in head.ancestors or act.i == head.head.i
        tok = head
    return False


def _said_to_be(act: Token, noun: Token) -> bool:
    """Whether ``noun`` is what a copula says ``act`` is ("the strikes were a response to")."""
    return (
        noun.dep_ == "attr"
        and act.dep_ in ("nsubj", "nsubjpass")
        and act.head.i == noun.head.i
        and act.head.lemma_ == "be"
    )


def _same_doers(act: Token, subjects: list[Token]) -> bool:
    """Whether a pronoun subject of the other clause is the act's own subject ("gunmen shot a
    guard after they stormed the station"), as the actors stage resolved it; "police shot the
    suspect after he stabbed two people" are two doers."""
    actor_of: dict[int, str] = act.doc._.ew_actor_of or {}
    own = {actor_of.get(c.i) for c in act.children if c.dep_ == "nsubj"} - {None}
    return any(s.pos_ == "PRON" and actor_of.get(s.i) in own for s in subjects)


#: Markers of a clause told as before or after another act.
SEQUENCE_MARKS = frozenset({"after", "before", "following", "once", "until"})


def _sequenced(act: Token, other: Token) -> bool:
    """Whether ``other`` is an act told in a clause of its own, with its own subject, before or
    after ``act`` ("struck targets after rockets were fired at the town"): another act, not the
    same one twice. An act noun that is its verb's subject ("A drone strike killed five") is
    told by that verb, so a clause hung on the verb is told after the noun's act; but only a
    span of time between them ("a day after gunmen attacked") makes it another act, for "the
    blast killed five after a bomber blew himself up" tells one act twice."""
    misread = sequence_subject(other)  # "…, a day after an attack killed two soldiers"
    marked = any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in other.children)
    subjects = [c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")]
    if misread is not None:
        marked, subjects = True, [misread]
    verb = _telling_verb(act)
    if verb is not act:
        spaced = misread is not None or _spaced_apart(other)
        told_apart = other.dep_ == "advcl" and other.head.i == verb.i and marked and spaced
        return told_apart and bool(subjects)
    # "five people were killed after gunmen opened fire": a passive without its doer is the
    # other act's outcome; "gunmen shot a guard after they stormed the station": the same doers
    outcome = any(c.dep_ == "nsubjpass" for c in act.children) and not any(
        c.dep_ == "agent" for c in act.children
    )
    same_doers = _same_doers(act, subjects)
    told_apart = other.dep_ == "advcl" and other.head.i == act.i and marked and bool(subjects)
    return told_apart and not outcome and not same_doers


def _telling_verb(act: Token) -> Token:
    """The verb an act noun is the subject of, which tells the noun's act ("A drone strike
    killed five soldiers": killed), else the act itself."""
    if act.pos_ == "NOUN" and act.dep_ == "nsubj" and act.head.pos_ == "VERB":
        return act.head
    return act


def _spaced_apart(clause: Token) -> bool:
    """Whether a clause is told a span of time after or before another ("a day after gunmen
    attacked", "hours before troops moved in"): the parser hangs the span on the verb or on its
    "after"."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS]
    spaced = any(
        c.dep_ == "npadvmod" and c.i < clause.i and c.lemma_.lower() in time_units()
        for word in (clause, *marks)
        for c in word.children
    )
    return spaced and not _same_act_recalled(clause)


def _same_act_recalled(clause: Token) -> bool:
    """Whether a clause told apart in time still tells the main act: its subject is a pronoun
    for it ("a day after it was detonated by a bomber") or it starts the campaign the main act
    belongs to ("a day after troops launched the offensive")."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "this"):
            return True
        if c.dep_ == "dobj" and c.lemma_.lower() in CAMPAIGNS:
            return True
    return False


#: Nouns of a campaign of many acts, which one act of it does not stand apart from.
CAMPAIGNS = word_group("eventwire.nlp.events", "campaigns")


class _Sentences:
    """Each token's sentence bounds, read once: ``Token.sent`` rebuilds a span on every call,
    which made grouping quadratic in spaCy calls on long articles."""

    def __init__(self, doc: Doc) -> None:
        self.start = [0] * len(doc)
        self.end = [len(doc)] * len(doc)
        for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
            for i in range(sent.start, sent.end):
                self.start[i], self.end[i] = sent.start, sent.end
        # The headline and the lead, the paragraph after it: empty when there is no headline.
        self.headline = headline(doc)
        self.lead = _paragraph_after(doc, self.headline.stop) if self.headline else range(0)
        self.first_in_lead: dict[str, int] = {}  # type → its first trigger in the lead

    def note_lead_triggers(self, triggers: dict[int, Entry]) -> None:
        for i in sorted(triggers):
            if i in self.lead:
                self.first_in_lead.setdefault(triggers[i].type, i)

    def headline_and_lead(self, a: Token, b: Token) -> bool:
        """Whether one of two words is in the headline and the other in the lead."""
        return (a.i in self.headline and b.i in self.lead) or (
            b.i in self.headline and a.i in self.lead
        )


def _paragraph_after(doc: Doc, start: int) -> range:
    """The token range of the paragraph that opens at ``start`` (up to its blank line)."""
    for i in range(start, len(doc)):
        if doc[i].text_with_ws.count("\n") >= 2 and i > start:
            return range(start, i + 1)
    return range(start, len(doc))


CASUALTY_VERBS = HARMING | word_group("eventwire.nlp.events", "casualty_verbs")


def _casualty_report(m: Mention) -> bool:
    """A toll with no perpetrator of its own ("3 soldiers were reportedly killed")."""
    return m.entry.type == "ASSAULT" and not m.sources and m.tok.lemma_ in CASUALTY_VERBS


#: Markers of a clause telling how a toll came about ("killed when officers returned fire").
CAUSE_MARKS = frozenset({"when", "as", "after"})


def _cause_doers(tok: Token, triggers: dict[int, Entry], actor_of: dict[int, str]) -> list[str]:
    """The doers of the attack a casualty verb is told with ("The suspect was killed when
    officers returned fire": the officers), not the victim's own doing ("killed as he was
    leaving church")."""
    for clause in (c for c in tok.children if c.dep_ == "advcl" and c.i in triggers):
        marks = [g for g in clause.children if g.dep_ in ("mark", "advmod")]
        if not any(g.lower_ in CAUSE_MARKS for g in marks) or triggers[clause.i].type != "ASSAULT":
            continue
        if _spaced_apart(clause):  # "two days after militants ambushed a convoy": another act
            continue
        if ran_into_device(clause):  # "when their convoy hit a mine": the convoy did nothing
            continue
        subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON":
            return actors_at(subject, actor_of)
    return []


def _just_after(m: Mention, h: Happening, sents: _Sentences) -> bool:
    """Whether ``m`` is in the sentence right after one of ``h``'s mentions."""
    return any(sents.end[x.tok.i] == sents.start[m.tok.i] for x in h.mentions)


def find_triggers(
    doc: Doc,
    lexicon: Lexicon,
    scorer: TypeScorer | None,
    entries: dict[int, Entry] | None = None,
) -> dict[int, Entry]:
    """Each trigger token's entry from the lexicon (weak rows re-typed by the scorer), moved
    onto light verbs, with the "must" requests and condemning statements. ``entries`` are the
    words' lexicon entries when already looked up (:meth:`Lexicon.entries`)."""
    entries = lexicon.entries(doc) if entries is None else entries
    triggers = {
        i: e for i, e in entries.items() if names_an_act(doc[i], e) and not natural_harm(doc[i])
    }
    drop_labels(doc, triggers)
    drop_modifying_acts(doc, triggers)
    if scorer is not None:
        for i, entry in triggers.items():
            triggers[i] = scorer.rerank(doc[i], entry)
    _as_told_before(doc, triggers)
    move_light_verbs(doc, triggers)
    promised_violence(doc, triggers)
    must_requests(doc, triggers)
    blaming_statements(doc, triggers)
    condemning_statements(doc, triggers)
    return triggers


def _as_told_before(doc: Doc, triggers: dict[int, Entry]) -> None:
    """A bare definite noun takes the reading its word had when last told before: "a drone
    strike ... the strike had hit" is no labour strike, "missiles struck ... did not comment on
    the strike" no walkout, "a hunger strike ... the strike entered its tenth day" no attack.
    A headline's bare noun, written before the story qualifies it, takes the story's first
    qualified reading ("Two killed in Gaza strike" above "an air strike hit their car"). In
    place, in text order, so each noun passes its reading on."""
    top = headline(doc)
    story: dict[str, Entry] = {}
    for i in sorted(triggers):
        # A verb's sense is its row's; a noun's only when a qualifier chose it.
        if i not in top and (triggers[i].pos == "V" or not _unqualified(triggers[i])):
            story.setdefault(doc[i].lemma_.lower(), triggers[i])
    for i in sorted(i for i in triggers if triggers[i].pos == "N"):
        tok, entry = doc[i], triggers[i]
        if not _unqualified(entry) or _harms(tok) or _owner_sector(tok) in LABOUR_SECTORS:
            continue  # its own words tell which it is: "the strike killed six", "called by"
        lemma = tok.lemma_.lower()
        told: Entry | None = None
        if i in top:
            told = story.get(lemma)
        elif _definite(tok) or tok.tag_ == "NNS":
            # "the strike", and a plural told after ("jets struck … the latest of a series of
            # strikes"): the reading last told
            earlier = [j for j in triggers if j < i and doc[j].lemma_.lower() == lemma]
            told = triggers[max(earlier)] if earlier else None
        if told is not None and told.type != entry.type:
            triggers[i] = dataclasses.replace(told, pos="N")


#: Verbs only an attack does to what it hits ("the strike killed six"), whatever was told before.
HARM_VERBS = HARMING | word_group("eventwire.nlp.events", "component.harm_verbs")
#: Sectors of those who walk out: a strike they call is a labour strike.
LABOUR_SECTORS = frozenset({"LAB", "EDU", "MED", "AGR"})


def _harms(noun: Token) -> bool:
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in HARM_VERBS


def _owner_sector(noun: Token) -> str | None:
    """The sector of who a noun's act is "called by" / "organised by" ("the strike, called by
    the union" or "the strike was called by the union"), else None."""
    actors = {a.id: a for a in noun.doc._.ew_actors or []}
    actor_of: dict[int, str] = noun.doc._.ew_actor_of or {}
    for agent in owning_agents(noun):
        actor = actors.get(actor_of.get(agent.i, ""))
        if actor is not None and actor.sector:
            return actor.sector
    return None


def _unqualified(entry: Entry) -> bool:
    """A row that says nothing of the word's own sense: none, or only what the noun does ("the
    strike targeted the board" may be the teachers' strike told before)."""
    return all(c.kind == "does" for c in entry.conditions)


def proposed_triggers(
    doc: Doc,
    triggers: dict[int, Entry],
    scorer: TypeScorer | None,
    refused: AbstractSet[int] = frozenset(),
) -> dict[int, Entry]:
    """The scorer's triggers: main verbs with a political actor that no row lists and head no
    listed trigger (a verb over a listed word, "vowed to retaliate", is that word's event),
    and no row ``refused`` as no event."""
    if scorer is None:
        return {}
    political = political_tokens(doc)
    proposed: dict[int, Entry] = {}
    for tok in doc:
        if tok.i in triggers or tok.i in refused:
            continue
        if not is_candidate(tok, political) or natural_harm(tok):
            continue
        measured = _objects_measured(tok)
        if any(c.i in triggers or (c.i in refused and c.dep_ == "dobj") for c in measured):
            continue  # its object's event, or an object a row says is none ("a campaign rally")
        entry = scorer.propose(tok)
        if entry is not None and names_an_act(tok, entry):
            proposed[tok.i] = entry
    return proposed


def _objects_measured(verb: Token) -> list[Token]:
    """A verb's dependents and what its objects measure ("announced a package of military
    aid", "pledged $5 billion in assistance"): a listed word there is the verb's event."""
    found = list(verb.children)
    for _ in range(2):
        found += [
            o
            for c in found
            if c.dep_ in ("dobj", "pobj")
            for p in c.children
            if p.dep_ == "prep" and measure_prep(p)
            for o in p.children
            if o.dep_ == "pobj"
        ]
    return list({t.i: t for t in found}.values())


def find_happenings(
    doc: Doc,
    lexicon: Lexicon,
    scorer: TypeScorer | None = None,
    entries: dict[int, Entry] | None = None,
    refused: frozenset[int] | None = None,
) -> list[Happening]:
    """Group trigger mentions into happenings, verbs first, in text order; ``entries`` and
    ``refused`` are the words' lexicon entries and NONE rows when already read."""
    listed = find_triggers(doc, lexicon, scorer, entries)
    if refused is None:
        refused = _refused(doc, lexicon)  # a NONE row: no scorer's guess
    triggers = {**listed, **proposed_triggers(doc, listed, scorer, refused)}
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    # A proposed verb never swallows a listed trigger: only listed words govern listed ones.
    keep = [
        i
        for i in triggers
        if not _names_actor(doc[i], actor_of)
        and not governed(doc[i], listed if i in listed else triggers)
        and not (triggers[i].pos == "V" and subject_is_event(doc[i], triggers))
        and not promises_harm(doc[i], triggers)
    ]
    # The headline's words last: they join what the story tells, once the story is grouped.
    top = headline(doc)
    order = sorted(keep, key=lambda i: (i in top, triggers[i].pos != "V", i))
    times = doc._.ew_times or []
    # Only named targets identify a happening; "protesters" are attacked in many of them.
    named = {a.id for a in doc._.ew_actors or [] if a.kind in ("person", "organization", "state")}
    sides = _Sides.of(doc._.ew_actors or [])
    happenings: list[Happening] = []
    # Only a happening of the mention's own type can take it (_joins' first test): looking
    # among those alone, in the same order, finds the same home without trying every event.
    by_type: dict[str, list[Happening]] = {}
    sents = _Sentences(doc)
    sents.note_lead_triggers({i: triggers[i] for i in keep})
    for i in order:
        m = _mention(doc, doc[i], triggers[i])
        if _casualty_report(m):
            m.sources = _cause_doers(doc[i], triggers, actor_of)
        candidates = by_type.setdefault(m.entry.type, [])
        home = _home(
            m, [h for h in candidates if _joins(m, h, times, named, sents, sides)], sents, sides
        )
        if home is None:
            happenings.append(Happening([m]))
            candidates.append(happenings[-1])
        else:
            home.mentions.append(m)
    return sorted(happenings, key=lambda h: min(x.tok.i for x in h.mentions))


def _names_actor(tok: Token, actor_of: dict[int, str]) -> bool:
    """Whether a trigger word is a proper name of one of the story's actors ("Amnesty said ...",
    "Solidarity called a strike"): a name, no act. A headline in title case ("Man Held After
    Home Invasion") writes its acts as names and is left alone."""
    return tok.pos_ == "PROPN" and tok.i in actor_of and tok.i not in headline(tok.doc)


def _home(
    m: Mention, fitting: list[Happening], sents: _Sentences, sides: _Sides
) -> Happening | None:
    """The happening a mention joins among those it fits: one told in its own sentence, else
    one done to the same target ("hit Kyiv" ... "the attack on Kyiv"), else one in the same
    place ("the blast in Kirkuk"), else one told with the same word ("a drone strike" ... "the
    strike"), else the first."""
    if len(fitting) < 2:
        return fitting[0] if fitting else None
    lemma = m.tok.lemma_.lower()

    def rank(h: Happening) -> tuple[bool, bool, bool, bool]:
        return (
            any(sents.start[x.tok.i] == sents.start[m.tok.i] for x in h.mentions),
            bool(sides.names(m.targets) & sides.names([t for x in h.mentions for t in x.targets])),
            m.place is not None and any(x.place == m.place for x in h.mentions),
            any(x.tok.lemma_.lower() == lemma for x in h.mentions),
        )

    best = max(rank(h) for h in fitting)
    return next(h for h in fitting if rank(h) == best)


def _mode(h: Happening, primary: Mention) -> str | None:
    """The means named around the event ("drone", "tear gas") win over the trigger's own mode,
    unless that mode is the deed itself (an abduction, torture)."""
    allowed = plover_modes(h.type)
    mode = MODE_ALIASES.get(primary.entry.mode or "", primary.entry.mode)
    if mode in DEED_MODES and mode in allowed:
        return mode  # "gunmen kidnapped 14 migrants": an abduction, whatever arms it took
    return cue_mode(h.type, [m.tok for m in h.mentions]) or (mode if mode in allowed else None)


def _date(doc: Doc, h: Happening, published: dt.date | None) -> EventDate | None:
    shifted = _shifted_date(doc, h, published)
    if shifted is not None and shifted.precision == "day":
        return shifted
    times = doc._.ew_times or []
    told = [_dating_time(doc, m) for m in sorted(h.mentions, key=lambda x: x.tok.i)]
    timed = [k for k in told if k is not None]
    spans = _spans_from_days(doc, h)
    # a day told beats a clock time told alone, whose day is inferred ("at 9 a.m. on Sunday")
    timed.sort(key=lambda k: _clock_only(times[k]))
    for k in timed:
        if times[k].value:
            t = times[k]
            value = _calendar_value(t.value)
            if value is not None and k in spans and FULL_DAY.match(value):
                moved = _moved_day(dt.date.fromisoformat(value), spans[k], t.text, published)
                if moved is not None:
                    return EventDate(moved.isoformat(), "day", t.text, t.start, t.end)
            if value is not None:
                precision = {4: "year", 7: "month"}.get(len(value), "day")
                return EventDate(value, precision, t.text, t.start, t.end)  # type: ignore[arg-type]
    if shifted is not None:
        return shifted  # counted from an undated act: a time told of the act itself wins
    day = _story_day(doc) or published
    if day is None or any(_DECADE_VALUE.match(times[k].value or "") for k in timed):
        return None  # "was jailed in the late 1990s": no day, month or year tells a decade
    scene = None if timed else _scene_day(doc, h, day)
    if scene is not None:
        t = times[scene]
        return EventDate(t.value[:10], "day", t.text, t.start, t.end)
    return EventDate(day.isoformat(), "day")


def _spans_from_days(doc: Doc, h: Happening) -> dict[int, tuple[int, bool]]:
    """Time index → days the happening lies from it, for a day told inside a span's "before"
    or "after" ("two days before Tuesday's vote"), and whether the act is told done."""
    time_of: dict[int, int] = doc._.ew_time_of or {}
    out: dict[int, tuple[int, bool]] = {}
    for m in h.mentions:
        if m.time is not None:
            days = span_from_day(m.tok, m.time, time_of, doc)
            if days is not None:
                out.setdefault(m.time, (days, _told_done(m.tok)))
    return out


#: Weekday names, as a day told by its weekday is read as the nearest such day.
_WEEKDAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _moved_day(
    anchor: dt.date, span: tuple[int, bool], text: str, published: dt.date | None
) -> dt.date | None:
    """The day an act lies a span from the day told ("two weeks after the vote on Monday"). An
    act told done is not after publication: a weekday is then the latest one the span allows
    (the Monday two weeks back); else no move."""
    days, done = span
    moved = anchor + dt.timedelta(days=days)
    if published is None or not done or moved <= published:
        return moved
    if days <= 0 or not _WEEKDAY.search(text):
        return None
    while moved > published:
        moved -= dt.timedelta(days=7)
    return moved


def _told_done(tok: Token) -> bool:
    """Whether an act is told in the past ("protesters marched", "was arrested")."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    if any(c.dep_ == "aux" and c.lower_ in ("will", "to", "shall", "would") for c in verb.children):
        return False
    return verb.tag_ in ("VBD", "VBN")


#: TIMEX3 values of a decade ("199") or a century ("19").
_DECADE_VALUE = re.compile(r"^\d{2,3}$")


def _shifted_date(doc: Doc, h: Happening, published: dt.date | None) -> EventDate | None:
    """The day of an act told a span before or after another with no date of its own ("two
    days after the bombing"): that span from the other act's day; where that act has no day
    of its own, the month of that span from the story's day."""
    time_of: dict[int, int] = doc._.ew_time_of or {}
    own_acts = {_act_verb(x.tok).i for x in h.mentions}
    for m in sorted(h.mentions, key=lambda x: x.tok.i):
        shift = sequence_shift(m.tok, time_of, doc)
        if shift is None or _act_verb(shift.anchor).i in own_acts:
            # "Two days after the attack, soldiers killed four", both told as one happening:
            # the span parts two of its own mentions, and dates neither from the other
            continue
        own = _own_day(doc, shift.clause)
        if own is not None:
            return own  # "two days after rebels seized the town on Friday": on Friday
        anchor = _day_of(doc, shift.anchor)
        if anchor is not None:
            day = anchor + dt.timedelta(days=shift.days)
            return EventDate(day.isoformat(), "day")
        story = _story_day(doc) or published
        if story is None:
            return None
        # "arrested five two days after the attack", the arrest undated: it was done on or
        # before the story's day, so the attack's day is known no finer than its month; an act
        # told days before an undated one ("left three days before the raid") is no later
        # than the story's day either
        day = story + dt.timedelta(days=min(shift.days, 0))
        return EventDate(day.isoformat()[:7], "month")
    return None


def _act_verb(tok: Token) -> Token:
    """The verb telling the act a trigger names: its own, or the one it is the subject of
    ("a drone strike killed five")."""
    return tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok


def _own_day(doc: Doc, clause: frozenset[int]) -> EventDate | None:
    """A full day told inside an act's own clause, as its date."""
    time_of: dict[int, int] = doc._.ew_time_of or {}
    times = doc._.ew_times or []
    for k in sorted({time_of[i] for i in clause if i in time_of}):
        t = times[k]
        if t.value and FULL_DAY.match(t.value[:10]):
            return EventDate(t.value[:10], "day", t.text, t.start, t.end)
    return None


def _day_of(doc: Doc, verb: Token) -> dt.date | None:
    """The full day told in a verb's own clause, if any."""
    time_of: dict[int, int] = doc._.ew_time_of or {}
    times = doc._.ew_times or []
    t = nearest(verb, dating_times(verb, time_of, doc), doc)
    value = times[time_of[t]].value if t is not None else None
    return dt.date.fromisoformat(value[:10]) if value and FULL_DAY.match(value[:10]) else None


#: How many days before the story's day a scene told may still set the acts after it.
SCENE_DAYS = 14

#: Event types of a reaction to an act told before, said on a day of its own.
REACTING_TYPES = word_group("eventwire.nlp.events", "reacting_types")

#: Adverbs that move an act past the scene told before it ("Police later arrested two").
AFTER_THE_SCENE = word_group("eventwire.nlp.events", "after_the_scene")


_TEXT_KEY = "eventwire.events.text"


def _scene_day(doc: Doc, h: Happening, day: dt.date) -> int | None:
    """The time of the last day told before an act told in the simple past with no time of
    its own, when that day is recent: "Apple held a press conference on Friday. ... Jobs
    admitted that ..." was admitted on Friday, not on the day the story came out."""
    if h.type in REACTING_TYPES:
        return None  # "Rebels attacked Beni on Friday. Uganda condemned it.": a later word
    first = min(h.mentions, key=lambda m: m.tok.i).tok
    verb = first if first.pos_ == "VERB" else first.head
    if (
        verb.pos_ != "VERB"
        or not told_done(verb)
        or (verb is not first and first.dep_ not in ("nsubj", "nsubjpass", "dobj"))
        or any(c.dep_ == "advmod" and c.lower_ in AFTER_THE_SCENE for c in verb.children)
        or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    ):
        return None
    times: list[TimeExpr] = doc._.ew_times or []
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text  # joined once per doc: every act asks
    told = (
        k
        for k in range(len(times) - 1, -1, -1)
        if times[k].end <= first.idx
        and FULL_DAY.match((times[k].value or "")[:10])
        and not _aside(doc, times[k], text)
    )
    k = next(told, None)  # the last day told before the act
    if k is None:
        return None
    last = dt.date.fromisoformat((times[k].value or "")[:10])
    recent = day - dt.timedelta(days=SCENE_DAYS) <= last <= day
    return k if recent else None


def _dating_time(doc: Doc, m: Mention) -> int | None:
    """The time dating a mention: its own, but for a clock time told alone, a day told in the
    same clause ("at about 10 p.m. on Friday", "on Sunday at around 9 a.m."), whose clock the
    times stage anchors on the day last told instead."""
    times = doc._.ew_times or []
    if m.time is None or not _clock_only(times[m.time]):
        return m.time
    time_of: dict[int, int] = doc._.ew_time_of or {}
    days = {i: k for i, k in dating_times(m.tok, time_of, doc).items() if _day_value(times[k])}
    t = nearest(m.tok, days, doc)
    return time_of[t] if t is not None else m.time


_STORY_DAY_KEY = "eventwire.story_day"


def _story_day(doc: Doc) -> dt.date | None:
    """The day a dateline gives ("KYIV, Ukraine, March 3 (Reuters) -"), which an act told
    without a time of its own happened on or before, as on the day of publication. Read once
    per doc: every event asks."""
    if _STORY_DAY_KEY not in doc.user_data:
        times: list[TimeExpr] = doc._.ew_times or []
        time_of: dict[int, int] = doc._.ew_time_of or {}
        values = [times[time_of[i]].value for i in sorted(dateline_tokens(doc)) if i in time_of]
        days = [v for v in values if v and FULL_DAY.match(v)]
        doc.user_data[_STORY_DAY_KEY] = dt.date.fromisoformat(days[0]) if days else None
    day: dt.date | None = doc.user_data[_STORY_DAY_KEY]
    return day


#: TIMEX3 values of a week ("2024-W10") and of a part of a year ("2024-Q1", "2024-SU").
WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
YEAR_PART_VALUE = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")


def _calendar_value(value: str) -> str | None:
    """A time's value as an event date allows (a day, a month or a year), else None: "last
    week" dates the act to the month holding most of that week, "last summer" to the year,
    rather than to the day the article came out."""
    if ISO_DATE.match(value[:10]):
        return value[:10]
    week = WEEK_VALUE.match(value)
    if week is not None:
        year, number = int(week[1]), int(week[2])
        try:
            # its Thursday, or a weekend's Saturday
            day = dt.date.fromisocalendar(year, number, 6 if week[3] else 4)
            return day.isoformat()[:7]
        except ValueError:
            return None
    part = YEAR_PART_VALUE.match(value)
    return part[1] if part is not None else None


def _confidence(
    entry: Entry, has_source: bool, has_target: bool, verbal: bool, doubtful: bool
) -> float:
    score = entry.weight * (0.7 + 0.1 * has_source + 0.1 * has_target + 0.1 * verbal)
    return max(0.0, min(1.0, score - (0.15 if doubtful else 0.0)))


def _harmed(h: Happening) -> list[str]:
    """Who the happening's harm words say was hurt: the targets of its mentions that are no
    two-sided fight ("three policemen were injured" in "a clash between police and ...")."""
    return [a for m in h.mentions if not _mutual(m) for a in m.targets]


def _other_side_of_victims(h: Happening, sources: list[str], actors: dict[str, Actor]) -> list[str]:
    """The doers of a harm told inside a two-sided fight: the side its victims are not on.
    "Three policemen were injured in a clash between police and protesters": the fight names
    police first, as its source, but the protesters hurt them. A side is the victims' when it is
    the same actor, or the only side of the same sector and country ("soldiers" and "troops",
    not "Malian troops" and "Wagner mercenaries" both Mali's forces); when both sides are hurt,
    neither is the doer."""
    fights = [m for m in h.mentions if _mutual(m)]
    if not fights:
        return sources
    harmed = set(_harmed(h))
    sides = list(dict.fromkeys(a for m in fights for a in [*m.sources, *m.targets]))

    def key(a: str) -> tuple[str | None, str | None] | None:
        actor = actors.get(a)
        return (actor.sector, actor.country) if actor is not None and actor.sector else None

    def hurt(side: str) -> bool:
        if side in harmed:
            return True
        same = [s for s in sides if key(s) is not None and key(s) == key(side)]
        return len(same) == 1 and key(side) in {key(a) for a in harmed}

    if not any(hurt(a) for a in sources if a in sides) and not harmed & set(sources):
        return sources
    others = [a for a in sides if not hurt(a)]
    kept = [a for a in sources if a not in harmed and not (a in sides and hurt(a))]
    return list(dict.fromkeys([*kept, *others]))


def _recode_by_source(h: Happening, sources: list[Actor], targets: list[Actor]) -> bool:
    """Re-type the happening's mentions where who acts decides the type: property destroyed by
    a protesting crowd is a riot, an obstruction by the state a restriction, a politician's
    attack on someone criticism. Returns whether it became a riot."""
    entry = h.primary().entry
    recode: Callable[[Entry], Entry] | None = None
    if crowd_riot(entry, [a.name for a in sources]):
        recode = as_riot
    elif protest_deed(h.primary().tok, entry, sources):
        recode = as_protest_deed
    elif state_obstruction(entry, sources):
        recode = as_restriction
    elif verbal_attack(entry, sources, targets):
        recode = as_criticism
    elif official_protest(entry, sources):
        recode = as_complaint
    if recode is not None:
        for m in h.mentions:
            m.entry = recode(m.entry)
    return recode is not None and h.mentions[0].entry.mode == "riot"


def _demonstration(h: Happening, actors: dict[str, Actor]) -> bool:
    """Whether a happening is a protest in the street, not a state's complaint."""
    if h.type != "PROTEST":
        return False
    sources = [actors[a] for m in h.mentions for a in m.sources if a in actors]
    return not official_protest(h.primary().entry, sources)


def build_event(
    doc: Doc,
    n: int,
    h: Happening,
    actors: dict[str, Actor],
    protest_sents: set[int] | None = None,
    acts: frozenset[int] = frozenset(),
    refused: frozenset[int] = frozenset(),
) -> Event:
    """One ``Event`` record from a happening's mentions; ``acts`` are the token indices of every
    trigger in the doc, which the prominence of a conjunct or an argument reads; ``refused``
    those of the words a NONE row refuses, which the ACLED coder does not read."""
    primary = h.primary()
    tok, entry = primary.tok, primary.entry
    sources = list(dict.fromkeys(a for m in h.mentions for a in m.sources))
    targets = list(dict.fromkeys(a for m in h.mentions for a in m.targets))
    sources = _other_side_of_victims(h, sources, actors)
    targets = [a for a in [*_harmed(h), *targets] if a not in sources]
    targets = list(dict.fromkeys(targets))
    tokens = [m.tok for m in h.mentions]
    targets = [a for a in targets if a not in actors or not moved_forces(tokens, actors[a])]
    riot = _recode_by_source(
        h, [actors[a] for a in sources if a in actors], [actors[a] for a in targets if a in actors]
    )
    entry = primary.entry
    date = _date(doc, h, doc._.published)
    # Future or historical as seen from the story's own day, a dateline's if it gives one
    reference = _story_day(doc) or doc._.published
    aux = aux_modes(tok, date.value if date and date.text else None, reference)
    type_, cameo, context = h.type, entry.cameo, list(entry.context)
    mode = "riot" if riot else _mode(h, primary)  # "protesters" cue a peaceful demo
    recoded = None
    if aux.future and entry.pos == "V":
        recoded = intent_type(type_, aux.negated, mode, intent_cues(tok))
    if recoded is not None:
        type_, cameo = recoded
        h.mentions[0].entry = dataclasses.replace(entry, type=type_, cameo=cameo)
        mode = None
        if type_ == "REJECT" and aux.negated:
            # "would not accept the outcome" is a rejection told, not one denied
            aux = dataclasses.replace(aux, negated=False)
    if type_ == "PROTEST":
        cameo = protest_cameo(cameo, mode)
    doubtful = aux.negated or aux.hypothetical
    place = finest_place(doc, [m.place for m in sorted(h.mentions, key=lambda x: x.tok.i)])
    sent = tok.sent
    return Event(
        id=f"e{n}",
        type=type_,
        trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
        sentence=Span(sent.text, sent.start_char, sent.end_char),
        mode=mode,
        context=context,
        cameo=cameo,
        quad=quad_of(type_),
        acled=acled_for(
            type_,
            mode,
            acled_context(
                [m.tok for m in h.mentions],
                sources,
                targets,
                actors,
                protest_sents or set(),
                refused,
            ),
        ),
        source=sources,
        target=targets,
        place=place,
        date=date,
        casualties=Casualties(),
        aux=aux,
        confidence=max(
            _confidence(m.entry, bool(sources), bool(targets), m.entry.pos == "V", doubtful)
            * prominence(m.tok, m.entry.pos, acts)
            for m in h.mentions
        ),
    )


def _continue_episode_dates(doc: Doc, events: list[Event]) -> None:
    """An undated event right after a dated one that shares an actor continues that episode
    ("... pelted police on Friday. The police responded with live fire, killing ...")."""
    starts = {s.start_char: i for i, s in enumerate(doc.sents)}
    for e in events:
        if e.date is None or e.date.text is not None or e.sentence.start not in starts:
            continue
        here = starts[e.sentence.start]
        actors = set(e.source) | set(e.target)
        for prev in events:
            if prev.date is None or prev.date.text is None:
                continue
            before = starts.get(prev.sentence.start) == here - 1
            if before and actors & (set(prev.source) | set(prev.target)):
                e.date = dataclasses.replace(prev.date)
                break


def _count_from_told_acts(doc: Doc, events: list[Event], mentions: dict[str, list[int]]) -> None:
    """An act named again by a definite noun after it was told on a day ("Gunmen attacked a
    market on Monday. Two days after the attack, police arrested five") is that act: it takes
    its day, and the act told a span from it ("arrested") that day moved by the span, where
    neither has a time of its own."""
    time_of: dict[int, int] = doc._.ew_time_of or {}
    event_at = {i: e for e in events for i in mentions.get(e.id, [])}
    for e in events:
        for i in mentions.get(e.id, []):
            shift = sequence_shift(doc[i], time_of, doc)
            told = _told_before(doc[i], e, events) if shift is not None else None
            if shift is None or told is None or told.date is None:
                continue
            if e.date is not None and e.date.text is None:
                e.date = dataclasses.replace(told.date)
            anchor = event_at.get(shift.anchor.i)
            if anchor is not None and anchor.date is not None and anchor.date.text is None:
                day = dt.date.fromisoformat(told.date.value) - dt.timedelta(days=shift.days)
                published: dt.date | None = doc._.published
                if published is None or day <= published:  # a deed told is no later than its story
                    anchor.date = EventDate(day.isoformat(), "day")


def _told_before(tok: Token, event: Event, events: list[Event]) -> Event | None:
    """The event of ``event``'s type told before a definite noun ("the attack") with a day told
    in the text, when there is only one such: of two attacks told, "the attack" may be either."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    earlier = [
        e
        for e in events
        if e is not event
        and e.type == event.type
        and e.trigger.end <= tok.idx
        and e.date is not None
        and e.date.text is not None
        and e.date.precision == "day"
    ]
    return earlier[0] if len(earlier) == 1 else None


#: Base weight of a report event's trigger: below every trigger the lexicon or the type scorer
#: finds, so that it never outranks an event the text names (it fills a gap, nothing more).
REPORT_EVENT_WEIGHT = 0.3
#: Parts of speech that tell no act of their own.
FUNCTION_POS = frozenset({"ADV", "ADP", "PART", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM"})


def _add_report_event(
    doc: Doc,
    happenings: list[Happening],
    events: list[Event],
    actors: dict[str, Actor],
    lexicon: Lexicon,
    skipped: frozenset[int],
) -> None:
    """A short report (one incident) in which no event of a type ACLED codes was found still
    tells one when the learned ACLED classifier reads it in the report's words ("activists
    staged a die-in", "explosive devices were discovered at the station"): add that event, its
    trigger the report's word that pointed to it most, its code the classifier's."""
    if any(e.type in tables.acled_types() for e in events):
        return
    sents = context_sents(doc)
    # "On 3 March" tells no march: words inside dates do not count as telling a protest.
    told = frozenset(
        t.lemma_.lower() for s in sents for t in s if t.ent_type_ not in ("DATE", "TIME")
    )
    found = tables.acled_for_report(lemma_phrases(sents, skipped), told) if sents else None
    # the word must tell an act where it stands: "for hours" tells no clash
    word = found.word if found else None
    tok = next((t for t in doc if t.lemma_.lower() == word and _tells_act(t)), None)
    if tok is not None and tok.i in (doc._.ew_actor_of or {}):
        tok = _acting_verb(tok)  # an actor's name tells no act; the verb it does or undergoes
    if found is None or tok is None or tok.pos_ in FUNCTION_POS:
        return  # a word of content tells an act: "the vote would go ahead" tells none
    refused = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    if any(lexicon.refuses(t) for t in refused) or _qualifies_a_coded_act(tok, happenings):
        # a NONE row's word tells no act ("police in riot gear stood guard", "held a campaign
        # rally"), nor a modifier of what an act coded otherwise is done with ("issued an
        # arrest warrant")
        return
    if (tok.dep_ == "xcomp" or for_to(tok)) and tok.head.i in _acts(happenings):
        return  # "ordered the army to withdraw", "called for it to withdraw": asked for, not done
    if figurative(tok) or a_habit(tok):
        # "launched a media blitz" is no change of an armed group's activity; "bandits often
        # kidnap people" tells a habit, no act done
        return
    coding = tables.acled_report_event(found.acled.sub_event_type)
    if coding.needs_armed and not any(a.sector in tables.ARMED_SECTORS for a in actors.values()):
        return  # "the US announced military aid" is no armed group's change of activity
    coded = _coded_with(tok, events, happenings)
    if coded is not None:
        coded.acled = found.acled  # a trigger coded otherwise: one event, with the report's code
        return
    entry = Entry(
        lemma=found.word,
        pos="V" if tok.pos_ == "VERB" else "N",
        conditions=(),
        cameo=plover_default_cameo(coding.type),
        type=coding.type,
        mode=coding.mode,
        context=(),
        weight=round(REPORT_EVENT_WEIGHT * found.probability, 3),
    )
    happening = Happening([_mention(doc, tok, entry)])
    acts = _acts([*happenings, happening])
    event = build_event(doc, len(events) + 1, happening, actors, acts=acts, refused=skipped)
    event.acled = found.acled
    happenings.append(happening)
    events.append(event)


def _refused(doc: Doc, lexicon: Lexicon) -> frozenset[int]:
    """The tokens a NONE row of the lexicon refuses: so used, the word tells no act."""
    return frozenset(t.i for t in doc if lexicon.refuses(t))


def _qualifies_a_coded_act(tok: Token, happenings: list[Happening]) -> bool:
    """A modifier of an act's object or of the act's own noun ("issued an [arrest] warrant"):
    the act is the issuing, already coded."""
    if tok.dep_ != "compound":
        return False
    head = tok.head
    acts = _acts(happenings)
    return head.i in acts or (head.dep_ == "dobj" and head.head.i in acts)


def _tells_act(tok: Token) -> bool:
    return tok.ent_type_ not in ("DATE", "TIME")


def _coded_with(tok: Token, events: list[Event], happenings: list[Happening]) -> Event | None:
    """The event found already with the report's word, or with the verb it is the object of
    ("began talks"): an act coded otherwise, which takes the report's code."""
    act = {tok, tok.head} if tok.dep_ == "dobj" else {tok}
    return next(
        (e for e, h in zip(events, happenings, strict=True) if act & {m.tok for m in h.mentions}),
        None,
    )


def _acting_verb(actor: Token) -> Token | None:
    """The verb an actor's word hangs on ("the government signed"), past a reporting verb to
    what it reports ("police said the government had signed"), else None."""
    verb = next((t for t in actor.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lemma_.lower() in REPORTING and actor.head.i == verb.i:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return verb


def _acts(happenings: list[Happening]) -> frozenset[int]:
    """The token indices of every trigger of ``happenings``."""
    return frozenset(m.tok.i for h in happenings for m in h.mentions)


def _natural_harm_words(doc: Doc, entries: dict[int, Entry], events: list[Event]) -> set[int]:
    """Verbs of harm a disaster, an accident or a disease did ("a canopy's collapse killed 15"):
    the casualties stage gives their dead to no event. Not in a sentence with an attack kept,
    whose dead the verb may well tell ("gunmen storm a hotel, killing two": no storm)."""
    attacked = {
        span.root.sent.start
        for e in events
        if e.type == "ASSAULT"
        and (span := doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand"))
    }
    verbs = (doc[i] for i in entries if doc[i].pos_ in ("VERB", "AUX"))
    return {t.i for t in verbs if t.sent.start not in attacked and natural_harm(t)}


class EventsComponent:
    """Pipeline component: codes every happening in the doc."""

    def __init__(
        self, nlp: Language, name: str, lexicons: list[str], type_scorer: bool = True
    ) -> None:
        register_extensions()
        self.name = name
        self.lexicon = load_lexicon(lexicons)
        self.scorer = load_scorer() if type_scorer else None

    def __call__(self, doc: Doc) -> Doc:
        fill_actor_countries(doc)
        actors = {a.id: a for a in doc._.ew_actors or []}
        # Looked up once: the natural harm words below are read from the same entries.
        entries = self.lexicon.entries(doc)
        refused = _refused(doc, self.lexicon)
        happenings = find_happenings(doc, self.lexicon, self.scorer, entries, refused)
        # a protest banned or called off puts no protesters near ("banned protests near …")
        protest_sents = {
            m.tok.sent.start
            for h in happenings
            if _demonstration(h, actors)
            for m in h.mentions
            if not is_negated(m.tok)
        }
        acts = _acts(happenings)
        doc._.ew_events = [
            build_event(doc, n, h, actors, protest_sents, acts, refused)
            for n, h in enumerate(happenings, start=1)
        ]
        protest_acled(doc._.ew_events)
        _add_report_event(doc, happenings, doc._.ew_events, actors, self.lexicon, refused)
        doc._.ew_natural_harm = _natural_harm_words(doc, entries, doc._.ew_events)
        _continue_episode_dates(doc, doc._.ew_events)
        doc._.ew_event_mentions = {
            e.id: sorted(m.tok.i for m in h.mentions)
            for e, h in zip(doc._.ew_events, happenings, strict=True)
        }
        _count_from_told_acts(doc, doc._.ew_events, doc._.ew_event_mentions)
        add_implicit_targets(doc, doc._.ew_events, doc._.ew_event_mentions)
        add_national_attackers(doc, doc._.ew_events, doc._.ew_event_mentions)
        add_air_force(doc, doc._.ew_events)
        add_unidentified_attackers(doc, doc._.ew_events)
        add_arresting_police(doc, doc._.ew_events)
        return doc


@Language.factory("eventwire_events", default_config={"lexicons": [], "type_scorer": True})
def make_events(
    nlp: Language, name: str, lexicons: list[str], type_scorer: bool = True
) -> EventsComponent:
    return EventsComponent(nlp, name, lexicons, type_scorer)


def _aside(doc: Doc, t: TimeExpr, text: str) -> bool:
    """Whether a time sets no scene: it starts a span ("in force since Nov. 25"), or someone
    quoted tells it ("'We were attacked last Monday,' he said"). ``text`` is the doc's text."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    since = span is not None and span.root.head.lower_ == "since"
    line = text[text.rfind("\n", 0, t.start) + 1 : t.start]
    quoted = sum(line.count(mark) for mark in ('"', "\u201c", "\u201d")) % 2 == 1
    return since or quoted
