"""Arguments a sentence names only implicitly, filled in as CAMEO-trained coders do.

* **The owner of the object.** "Bangladesh rejected an Indian proposal", "praised Haiti's
  efforts", "agreed to US mediation": the act is aimed at the country that owns the object.
* **The place of a material act.** "Serbia lifted a night curfew in Montenegro", "opened an
  embassy in Tehran", "rallies in Baku": the place stands for the people and authorities there.

Only events with no target actor are touched; the new target is a real actor whose mentions are
the words that named it (the demonym, the possessor, the toponym).

* **The attacking country.** "An Israeli air strike killed ...", "Russia's shelling": an attack
  with no named perpetrator but a country owning the attack word is by that country's armed
  forces (those the article names, else the country).
* **The air force.** An air strike with no named perpetrator, in an article showing one state's
  military attacking, is by that military.
* **Unidentified attackers.** "A roadside bomb near Samarra killed a soldier": an attack with no
  named perpetrator is by unidentified attackers of the country where it happened (ICEWS and
  ACLED code it so). That actor has no mentions: no words in the text name it.
* **The arresting police.** "Thirty people were arrested": an arrest with no named agent is by
  the police (those the article names, else a new actor without mentions).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.actors import word_country
from eventwire.nlp.events.arguments import (
    MUTUAL_ACTS,
    TARGET_PREPS,
    TOPIC_VERBS,
    attack_nouns,
    local_place,
)
from eventwire.nlp.parse import dateline_tokens
from eventwire.ontology import country_name, quad_of
from eventwire.records import Actor, Event, Place, Span

OWNER_DEPS = ("amod", "compound", "poss", "nmod")
#: Place precisions that stand for a population (a landmark or a street does not).
POPULATED = frozenset({"country", "admin1", "admin2", "city"})
MATERIAL_QUADS = frozenset({2, 4})
UNIDENTIFIED = "unidentified attackers"
POLICE = "police"
POLICE_SECTOR = "COP"
ACCUSED_PREPS = frozenset({"over", "about", "against"})
OF = frozenset({"of"})
#: Prepositions of what a noun of an act is aimed at ("attacks on", "sanctions against").
ON = frozenset({"on", "against"})
#: Prepositions of whom a complaint is made to or before ("complained to the UN", "a complaint
#: with the WTO", "a case at the court").
AUDIENCE_PREPS = frozenset({"to", "with", "at", "before"})
#: Verbal types whose place is where they apply, not a venue: protests, threats of an act there,
#: concessions ("eased emergency measures in Montenegro").
PLACED_VERBAL = frozenset({"PROTEST", "THREATEN", "CONCEDE"})


def add_implicit_targets(doc: Doc, events: list[Event], triggers: dict[str, list[int]]) -> None:
    """Give target-less events the owner of their object or the place they happen in, in place."""
    actors: list[Actor] = doc._.ew_actors
    places = {p.id: p for p in doc._.ew_places or []}
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    for event in events:
        tokens = [doc[i] for i in triggers.get(event.id, [])]
        if event.type == "ACCUSE" and event.target:
            _accused_not_audience(event, tokens, actors, actor_of)
        if event.target or event.aux.historical or _both_sides_told(event, tokens):
            continue
        doers = _doers_of_judged_act(event, tokens, events, triggers)
        if doers:
            event.target = doers
            continue
        owner = _object_owner(tokens, actor_of)
        actor: Actor | None = None
        if owner is not None:
            actor = _state_actor(actors, owner[0], owner[1])
        else:
            place = places.get(_object_place(doc, tokens) or _act_place(event) or "")
            if place is not None and _filed_from(doc, place):
                place = None  # "YANGON, Myanmar — The junta arrested a writer": not Yangon's people
            actor = _place_actor(actors, place) if place is not None else None
        if actor is None and event.type == "THREATEN":
            actor = _condition_subject(tokens, actors, actor_of)
        if actor is None:
            # a country that is another event's argument ("while visiting France") is taken
            taken = {a for e in events if e is not event for a in [*e.source, *e.target]}
            taken |= _reporters(doc, tokens, actors)
            actor = _other_country(event, actors, taken)
        if actor is not None and actor.id not in event.source:
            event.target = [actor.id]


#: Types of judging an act: who did the act judged is their target ("condemned the arrest").
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})


def _doers_of_judged_act(
    event: Event, tokens: list[Token], events: list[Event], triggers: dict[str, list[int]]
) -> list[str]:
    """The doers of an act the article told, that the event condemns or praises as its object
    ("Venezuelan authorities arrested an activist ... The EU condemned the arrest")."""
    if event.type not in JUDGING_TYPES:
        return []
    objects = {obj.i for tok in tokens for obj in _objects(tok)}
    for other in events:
        if other is event or not objects & set(triggers.get(other.id, [])):
            continue
        doers = [a for a in other.source if a not in event.source]
        if doers:
            return doers
    return []


def _both_sides_told(event: Event, tokens: list[Token]) -> bool:
    """A fight whose sides are both its subjects ("forces and militiamen clashed in Amhara"):
    each is the other's target, and the place is where they fought, not a third side."""
    mutual = any(t.lemma_.lower() in MUTUAL_ACTS for t in tokens)
    return mutual and len(event.source) >= 2


#: Types of acts of armed force, whose owner country's forces do them.
ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})


def add_national_attackers(doc: Doc, events: list[Event], triggers: dict[str, list[int]]) -> None:
    """Give attacks and shows of force without a source the country that owns the word: "an
    Israeli air strike", "Russia's shelling", "Israeli fire killed ...", "Chinese military
    drills". The country's armed forces the article names do it, else the country itself."""
    actors: list[Actor] = doc._.ew_actors
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    for event in events:
        if event.type not in ARMED_TYPES or event.source or event.aux.historical:
            continue
        nouns = [n for i in triggers.get(event.id, []) for n in _attack_words(doc[i])]
        owner = _object_owner_of(nouns, actor_of)
        if owner is None:
            continue
        actor = _armed_forces(actors, owner[0]) or _state_actor(actors, owner[0], owner[1])
        if owner[1] not in actor.mentions:
            actor.mentions = sorted([*actor.mentions, owner[1]], key=lambda m: m.start)
        event.source = [actor.id]
        event.target = [t for t in event.target if t != actor.id]


def _attack_words(tok: Token) -> list[Token]:
    """The noun naming an attack: a nominal trigger, or a verbal one's subject ("Israeli fire
    killed two men")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return [tok]
    return [
        c
        for c in tok.children
        if c.dep_ == "nsubj" and (c.lower_ in attack_nouns() or c.lemma_.lower() in attack_nouns())
    ]


def _armed_forces(actors: list[Actor], code: str) -> Actor | None:
    """The country's army as the article names it ("the Israeli military"), if it does."""
    return next(
        (a for a in actors if a.sector == "MIL" and a.kind == "organization" and a.country == code),
        None,
    )


def add_air_force(doc: Doc, events: list[Event]) -> None:
    """Give air strikes without a source the one state military the article shows attacking:
    "Fighter jets bombed a school" in a story of the Myanmar military's raids is the military's
    (as ACLED codes it); a military that only reports, denies or is hit is no one's guess, nor
    one of two sides."""
    attacking = {i for e in events if e.type == "ASSAULT" for i in e.source}
    militaries = [
        a
        for a in doc._.ew_actors or []
        if a.sector == "MIL" and a.country and a.id in attacking  # the army, or its troops
    ]
    if len({a.country for a in militaries}) != 1:
        return  # none seen attacking (one that reports, denies or is hit), or two sides
    militaries.sort(key=lambda a: a.kind != "organization")  # "the army" before "troops"
    # an attack kept apart from the military's own in one sentence is someone else's: "jets
    # struck targets in retaliation for an attack that killed nine soldiers"
    theirs = {e.sentence.start for e in events if militaries[0].id in e.source}
    for event in events:
        if event.sentence.start in theirs:
            continue
        if event.type == "ASSAULT" and event.mode == "aerial" and not event.source:
            event.source = [militaries[0].id]
            event.target = [t for t in event.target if t != militaries[0].id]


def add_unidentified_attackers(doc: Doc, events: list[Event]) -> None:
    """Give attacks without a source the unidentified attackers of their place's country; not
    a clash or fighting told without its sides ("communal clashes left six dead"): no one side
    attacked."""
    actors: list[Actor] = doc._.ew_actors
    places = {p.id: p for p in doc._.ew_places or []}
    mentions: dict[str, list[int]] = doc._.ew_event_mentions or {}
    for event in events:
        if event.type != "ASSAULT" or event.source or event.aux.historical:
            continue
        told = [doc[i].lemma_.lower() for i in mentions.get(event.id, [])]
        if told and all(lemma in MUTUAL_ACTS for lemma in told):
            continue
        place = places.get(event.place or "")
        if place is None or place.country is None:
            continue
        actor = next(
            (a for a in actors if a.name == UNIDENTIFIED and a.country == place.country), None
        )
        if actor is None:
            actor = _new_actor(actors, UNIDENTIFIED, "group", place.country, [])
            actor.sector = "UAF"
        event.source = [actor.id]
        event.target = [t for t in event.target if t != actor.id]


def _object_owner(tokens: list[Token], actor_of: dict[int, str]) -> tuple[str, Span] | None:
    """(country code, the words naming it) of the country owning a verb's object."""
    objects = [obj for tok in _with_complements(tokens) for obj in _objects(tok)]
    # a noun's object: "Russia's attacks on Ukrainian energy infrastructure"
    objects += [o for n in tokens if n.pos_ == "NOUN" for p in _preps(n, ON) for o in _pobjs(p)]
    # then what the object is aimed at: "restrictions against German goods"
    aimed = [o for obj in objects for p in _preps(obj, TARGET_PREPS) for o in _pobjs(p)]
    # then whose the object is: "froze the assets of Russian banks", "banned imports of
    # Lithuanian timber"
    owned = [o for obj in objects for p in _preps(obj, OF) for o in _pobjs(p)]
    return (
        _object_owner_of(objects, actor_of)
        or _object_owner_of(aimed, actor_of)
        or _object_owner_of(owned, actor_of)
    )


def _object_owner_of(objects: list[Token], actor_of: dict[int, str]) -> tuple[str, Span] | None:
    for obj in objects:
        if obj.i in actor_of:
            continue
        for mod in obj.children:
            if mod.dep_ not in OWNER_DEPS or mod.i in actor_of or mod.i > obj.i:
                continue
            if mod.dep_ != "poss" and local_place(mod):
                continue  # "a Gaza strike": where it fell, not whose it was
            code = word_country(mod)
            if code and code not in ("IGO", "NGO"):
                return code, Span(mod.text, mod.idx, mod.idx + len(mod.text))
    return None


def _accused_not_audience(
    event: Event, tokens: list[Token], actors: list[Actor], actor_of: dict[int, str]
) -> None:
    """ "Lebanon complained to the UN over Israeli air raids": the UN hears the complaint,
    Israel is accused; so too "lodged a complaint with the WTO against US tariffs", "filed a
    case against Israel at the court". Only a target named after one of ``AUDIENCE_PREPS`` alone
    is replaced."""
    for verb in (t for t in tokens if t.pos_ == "VERB"):
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        audience = [o for h in heads for p in _preps(h, AUDIENCE_PREPS) for o in _pobjs(p)]
        told = {actor_of[o.i] for o in audience if o.i in actor_of}
        if not told or set(event.target) - told:
            continue
        # "over" hung on the verb, its object or, as the parser may, on the audience
        about = [p for h in [*heads, *audience] for p in _preps(h, ACCUSED_PREPS)]
        for prep in about:
            named = [actor_of[o.i] for o in _pobjs(prep) if o.i in actor_of]
            if named and not set(named) & told:  # "a case against Israel at the court"
                event.target = named
                return
            owner = _object_owner_of(_pobjs(prep), actor_of)
            if owner is not None:
                event.target = [_state_actor(actors, owner[0], owner[1]).id]
                return


def _condition_subject(
    tokens: list[Token], actors: list[Actor], actor_of: dict[int, str]
) -> Actor | None:
    """Whom a threat is made against: the subject of its condition ("... if the United States
    deploys missiles", "... unless Kabul pays")."""
    by_id = {a.id: a for a in actors}
    for verb in _with_complements(tokens):
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.i in actor_of:
                return by_id.get(actor_of[subject.i])
    return None


def _other_country(event: Event, actors: list[Actor], taken: set[str]) -> Actor | None:
    """The one other country acting in the sentence, when the source's country is known: an
    act between two countries ("Russia threatened to stop talks if the United States ...").
    Countries named only as places ("speaking in Paris") are not actors and do not count."""
    own = {a.country for a in actors if a.id in event.source and a.country}
    if not own:
        return None
    lo, hi = event.sentence.start, event.sentence.end
    states = [
        a
        for a in actors
        if a.kind == "state"
        and a.country not in own
        and a.id not in taken
        and any(lo <= m.start < hi for m in a.mentions)
    ]
    return states[0] if len({a.country for a in states}) == 1 else None


def _reporters(doc: Doc, tokens: list[Token], actors: list[Actor]) -> set[str]:
    """Actors told as the subject of a verb the act hangs under ("North Korea fired a missile
    into the sea, Japan said"): who tells of the act, not whom it is aimed at."""
    above = {a.i for t in tokens for a in t.ancestors}
    spans = [
        (a.id, doc.char_span(m.start, m.end, alignment_mode="expand"))
        for a in actors
        for m in a.mentions
    ]
    return {
        actor
        for actor, span in spans
        if span is not None and any(w.dep_ == "nsubj" and w.head.i in above for w in span)
    }


def _filed_from(doc: Doc, place: Place) -> bool:
    """Whether a place is named only in the article's datelines."""
    dated = dateline_tokens(doc)
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in place.mentions]
    return bool(spans) and all(s is not None and s.start in dated for s in spans)


def _act_place(event: Event) -> str | None:
    """Where a material act or a protest happened stands for whom it affected; where a
    statement was made is only its venue."""
    material = quad_of(event.type) in MATERIAL_QUADS or event.type in PLACED_VERBAL
    return event.place if material and not event.place_inferred else None


def _object_place(doc: Doc, tokens: list[Token]) -> str | None:
    """A place named inside what is acted on ("lifted a curfew in Montenegro", "opened an
    embassy in Tehran") or where an embedded act happens ("willing to withdraw from Lebanon")."""
    place_of: dict[int, str] = doc._.ew_place_of or {}
    verbs = _with_complements(tokens)
    embedded = [v for v in verbs if v.dep_ == "xcomp"]
    # "established ties with and opened an embassy in Tehran": a conjoined act of the subject
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    phrases = [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    # the embedded act's own place ("withdraw from Lebanon"), not where something before or
    # after it happened ("extend a ceasefire after talks in Caracas")
    phrases += [
        c
        for v in embedded
        for c in v.children
        if c.dep_ == "prep" and c.lower_ not in SEQUENCE_PREPS
    ]
    for phrase in phrases:
        found = next(
            (place_of[t.i] for t in phrase.subtree if t.i in place_of and not _venue(t)), None
        )
        if found is not None:
            return found
    return None


#: Nouns of a gathering: a place named where one is held is its venue ("agreed to resume peace
#: talks in Caracas"), not a party to the act.
GATHERINGS = word_group("eventwire.nlp.events", "gatherings")


def _venue(word: Token) -> bool:
    """A place word naming where a gathering is held ("talks in Caracas", "a summit at Sochi",
    "to hold talks in Doha")."""
    prep = word.head
    while word.dep_ == "compound" and word.head.dep_ == "pobj":
        word, prep = word.head, word.head.head  # "talks in Buenos Aires"
    if not (word.dep_ == "pobj" and prep.lower_ in ("in", "at")):
        return False
    held = prep.head  # "talks in Caracas", or "resume talks in Caracas"
    objects = [c for c in held.children if c.dep_ == "dobj"] if held.pos_ == "VERB" else []
    return any(w.lemma_.lower() in GATHERINGS for w in (held, *objects))


#: Prepositions that place an act in time beside another ("after talks in Caracas").
SEQUENCE_PREPS = frozenset({"after", "before", "during", "since", "until", "following", "amid"})


def _with_complements(tokens: list[Token]) -> list[Token]:
    """Verbal triggers and the verbs they embed: "threatened to impose restrictions on ..."."""
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    return verbs + [c for v in verbs for c in v.children if c.dep_ == "xcomp"]


def _objects(verb: Token) -> list[Token]:
    if verb.lemma_.lower() in TOPIC_VERBS:
        return []  # "discussed Iran's nuclear programme": what is talked of, not whose
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs + [o for p in _preps(verb, TARGET_PREPS) for o in _pobjs(p)]


def _preps(head: Token, words: frozenset[str]) -> list[Token]:
    return [c for c in head.children if c.dep_ == "prep" and c.lower_ in words]


def _pobjs(prep: Token) -> list[Token]:
    return [o for o in prep.children if o.dep_ == "pobj"]


def add_arresting_police(doc: Doc, events: list[Event]) -> None:
    """Give arrests without a named agent the police: in news an arrest is the police's act
    ("31 people were arrested"), as ICEWS and ACLED code it. The police the article names
    (one of that country, or the only police) are used; else a new actor with no mentions, of
    the country where the arrest happened."""
    actors: list[Actor] = doc._.ew_actors
    places = {p.id: p for p in doc._.ew_places or []}
    for event in events:
        if event.mode != "arrest" or event.source or event.aux.historical:
            continue
        place = places.get(event.place or "")
        country = place.country if place is not None else None
        police = _named_police(actors, country, event.target)
        if police is None:
            police = _new_actor(actors, POLICE, "group", country, [])
            police.sector = POLICE_SECTOR
        event.source = [police.id]


def _named_police(actors: list[Actor], country: str | None, taken: list[str]) -> Actor | None:
    police = [a for a in actors if a.sector == POLICE_SECTOR and a.id not in taken]
    same = [a for a in police if country is None or a.country in (None, country)]
    if len(same) == 1 or (same and len(police) == len(same)):
        return same[0]
    return None


def _place_actor(actors: list[Actor], place: Place) -> Actor | None:
    if place.country is None or place.precision not in POPULATED or not place.mentions:
        return None
    if place.precision == "country":
        return _state_actor(actors, place.country, place.mentions[0], place.name)
    for actor in actors:
        if actor.name == place.name and actor.country == place.country:
            return actor
    actor = _new_actor(actors, place.name, "group", place.country, list(place.mentions))
    actor.sector = "CVL"  # the people of a town or province
    return actor


def _state_actor(actors: list[Actor], code: str, mention: Span, name: str | None = None) -> Actor:
    for actor in actors:
        if actor.kind == "state" and actor.country == code:
            if mention not in actor.mentions:
                actor.mentions.append(mention)
            return actor
    return _new_actor(actors, name or country_name(code) or code, "state", code, [mention])


def _new_actor(
    actors: list[Actor], name: str, kind: str, country: str | None, mentions: list[Span]
) -> Actor:
    taken = [int(a.id[1:]) for a in actors if a.id[1:].isdigit()]
    actor = Actor(
        id=f"a{max(taken, default=0) + 1}",
        name=name,
        kind=kind,  # type: ignore[arg-type]
        country=country,
        mentions=mentions,
    )
    actors.append(actor)
    return actor
