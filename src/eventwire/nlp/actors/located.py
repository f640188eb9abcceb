"""Actor countries from the places around them, once places are resolved.

The actors component runs before the gazetteer, so it knows countries only from country names and
demonyms. Afterwards two more clues are available:

* **where an actor is said to be**: "prosecutors in Guatemala City", "a court in Istanbul",
  "students at the University of Dhaka" — the country of that place;
* **where the article is**: domestic actors ("police", "protesters") still without a country take
  the country most of the article's resolved place mentions are in (towns included), else the
  country most of its country names and demonyms name (``dominant_country``), else, for
  lower-cased text the NER finds no places in ("police in lucknow"), the country of the cities
  named after "in", "at", "near" (``lowercase_home``); but a state's unnamed ministry or
  military telling of its own country's actors in a story filed from that country's capital
  ("ANKARA - Turkish jets struck targets in Iraq, the defence ministry said") is that state's
  (``filed_from_state``), while one telling of others' deeds from a regional hub ("NAIROBI -
  Somali troops killed …, the ministry said") stays with the story's country.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from eventwire.nlp.actors.countries import DOMESTIC_SECTORS, dominant_country, strip_name
from eventwire.nlp.parse import SAYING, datelines
from eventwire.nlp.places import default_gazetteer, doc_lowered, fold
from eventwire.ontology import country_code
from eventwire.records import Actor, Place

LOCATING = frozenset({"in", "at", "from", "inside", "throughout", "across", "near", "of"})
#: Actors who act from afar, so that where the story happens says nothing of where they are
#: from (the canonical names of ``actor_nouns.tsv``).
REMOTE_ACTORS = frozenset({"hackers"})


def fill_actor_countries(doc: Doc) -> None:
    """Give actors without a country the country of a place they are located at, in place."""
    places: dict[str, Place] = {p.id: p for p in doc._.ew_places or []}
    place_of: dict[int, str] = doc._.ew_place_of or {}
    actor_of: dict[int, str] = doc._.ew_actor_of or {}
    actors: list[Actor] = doc._.ew_actors or []
    heads = _mention_heads(doc, actor_of)
    by_id = {a.id: a for a in actors}
    for actor in actors:
        if actor.country is not None:
            continue
        for head in heads.get(actor.id, []):
            country = _located_at(head, place_of, places) or _speakers_forces(
                actor, head, actor_of, by_id
            )
            if country is not None:
                actor.country = country
                break
    waiting = [
        a
        for a in actors
        if a.country is None
        and (a.sector in DOMESTIC_SECTORS or _titled_private(a))
        and a.name not in REMOTE_ACTORS
    ]
    if not waiting:
        return
    home = _home_country(places) or dominant_country(doc) or lowercase_home(doc, place_of)
    filed = _capital_filed_from(doc, places, place_of)
    for actor in waiting:
        if filed is not None and filed_from_state(actor, filed, heads, actor_of, by_id):
            actor.country = filed
        elif home is not None and (actor.kind != "person" or _home_told_by(doc, actor, home)):
            actor.country = home


def _titled_private(actor: Actor) -> bool:
    """A person titled as the head of a body that is no state's ("FNSEA head Arnaud Rousseau"):
    of no sector, but as much of the story's country as an official."""
    return actor.kind == "person" and actor.sector is None and actor.role is not None


def _home_told_by(doc: Doc, person: Actor, home: str) -> bool:
    """Whether a person may take the story's country: unless the article, by the end of the
    sentence the person is last told of, has named places of other countries only ("Interior
    Minister Mohsin Naqvi said security was tightened in Islamabad. … the Afghan Taliban …
    Kandahar … Kabul" makes no Afghan of him). A place first named in a later sentence is the
    common wire lead ("Police chief X said officers arrested ten people. The arrests came after
    riots in Nakuru") and still gives its country."""
    last = max(m.end for m in person.mentions)
    told = doc.char_span(last - 1, last, alignment_mode="expand")
    end = told.sent.end_char if told is not None else len(doc.text)
    places: list[Place] = doc._.ew_places or []
    named = {p.country for p in places if p.country for m in p.mentions if m.start < end}
    named |= {
        code
        for e in doc.ents
        if e.start_char < end and (code := country_code(strip_name(e.text))) is not None
    }
    return not named or home in named


#: Sectors of a state's central bodies, which speak from its capital ("the defence ministry",
#: "the military", "officials").
STATE_CENTRE = frozenset({"GOV", "MIL", "SPY"})
#: The feature code of a national capital in the gazetteer.
NATIONAL_CAPITAL = "PPLC"


def _capital_filed_from(doc: Doc, places: dict[str, Place], place_of: dict[int, str]) -> str | None:
    """The country of the national capital the story's first dateline names, else None."""
    for line in datelines(doc)[:1]:
        place = places.get(place_of.get(line.start, ""))
        if place is not None and place.feature_code == NATIONAL_CAPITAL:
            return place.country
    return None


def filed_from_state(
    actor: Actor,
    filed: str,
    heads: dict[str, list[Token]],
    actor_of: dict[int, str],
    by_id: dict[str, Actor],
) -> bool:
    """Whether an unnamed central body of a state says what actors of the country the story is
    filed from did or suffered ("Turkish jets struck …, the ministry said", from ANKARA): it
    speaks for that state."""
    if actor.sector not in STATE_CENTRE:
        return False
    for head in heads.get(actor.id, []):
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in SAYING:
            continue
        told = [t for c in verb.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree]
        others = {actor_of.get(t.i) for t in told} - {None, actor.id}
        if any(by_id[a].country == filed for a in others if a in by_id):
            return True
    return False


#: A lower-cased word is taken for a city only if a place that big has exactly its name: small
#: places share their names with common words ("bank", "union").
CITY_POPULATION = 100_000
#: Prepositions before a place in lower-cased text: "in lucknow", "near patna".
PLACE_PREPS = frozenset({"in", "at", "near", "from"})


def lowercase_home(doc: Doc, place_of: dict[int, str]) -> str | None:
    """The country of the cities a lower-cased text names after a place preposition, when one
    country holds a majority; None on ordinary text (its places come from the NER)."""
    if not doc_lowered(doc):
        return None  # "came from the bush" in a cased text names no town (Būsh, Egypt)
    counts: Counter[str] = Counter()
    for tok in doc:
        if not tok.is_lower or not tok.is_alpha or len(tok) < 4 or tok.i in place_of:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
            continue
        start = min([tok.i, *(c.i for c in tok.lefts if c.dep_ == "compound" and c.is_lower)])
        country = _big_city_country(doc[start : tok.i + 1].text) or _big_city_country(tok.text)
        if country is not None:
            counts[country] += 1
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n * 2 > sum(counts.values()) else None


def _big_city_country(name: str) -> str | None:
    key = fold(name)
    cities = [
        c
        for c in default_gazetteer().candidates(name)
        if fold(c.name) == key and c.population >= CITY_POPULATION and c.country_iso3
    ]
    return max(cities, key=lambda c: c.population).country_iso3 if cities else None


def _mention_heads(doc: Doc, actor_of: dict[int, str]) -> dict[str, list[Token]]:
    """The syntactic head of each actor mention (the token whose head is outside the mention)."""
    heads: dict[str, list[Token]] = {}
    for i, aid in actor_of.items():
        tok = doc[i]
        if actor_of.get(tok.head.i) != aid or tok.head.i == i:
            heads.setdefault(aid, []).append(tok)
    return heads


#: Sectors of the state's armed bodies, which speak of their own forces.
FORCES = frozenset({"MIL", "COP", "SPY"})


def _speakers_forces(
    actor: Actor, head: Token, actor_of: dict[int, str], by_id: dict[str, Actor]
) -> str | None:
    """The country of an armed body of a state that tells of unnamed forces in what it says
    ("the Israeli military said soldiers had been sent to the village"): its own, wherever
    they went. Not a government's word on others' forces ("the State Department said security
    forces killed three protesters"), nor forces with an owner ("the junta's soldiers")."""
    if actor.sector not in FORCES or any(c.dep_ == "poss" for c in head.children):
        return None
    said = next((t for t in [head, *head.ancestors] if t.head.lemma_.lower() in SAYING), None)
    if said is None or said.dep_ not in ("ccomp", "parataxis") or said.head.i == said.i:
        return None
    verb = said.head
    speakers = [by_id.get(actor_of.get(c.i, "")) for c in verb.children if c.dep_ == "nsubj"]
    countries = {
        s.country
        for s in speakers
        if s is not None and s.sector in FORCES and s.country not in (None, "IGO", "NGO")
    }
    return countries.pop() if len(countries) == 1 else None


def _located_at(head: Token, place_of: dict[int, str], places: dict[str, Place]) -> str | None:
    for mod in head.children:  # "Brussels police", "Kabul residents", "Goma's mayor"
        owner = mod.dep_ == "compound" or (mod.dep_ == "poss" and mod.tag_ == "NNP")
        place = places.get(place_of.get(mod.i, "")) if owner else None
        if place is not None and place.country:
            return place.country
    fronted = _fronted_place(head, place_of, places)
    if fronted is not None:
        return fronted
    # "refugees fleeing the war in Liberia", "a group based in Trinidad": through the clause
    # that describes the actor
    clauses = [c for c in head.children if c.dep_ == "acl"]
    preps = [c for c in [*head.children, *(g for c in clauses for g in c.subtree)]]
    located = [p for p in preps if p.dep_ == "prep" and p.lower_ in LOCATING]
    return _first_country(located, place_of, places)


def _first_country(
    preps: list[Token], place_of: dict[int, str], places: dict[str, Place]
) -> str | None:
    """The country of the first place named in one of these prepositional phrases."""
    for prep in preps:
        for tok in prep.subtree:
            place = places.get(place_of.get(tok.i, ""))
            if place is not None and place.country:
                return place.country
    return None


def _fronted_place(
    subject: Token, place_of: dict[int, str], places: dict[str, Place]
) -> str | None:
    """The country of a place that opens the subject's clause ("In neighbouring Thailand, the
    foreign ministry said …"): the scene is set there, and its actors are of it."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    fronted = [
        p
        for p in subject.head.children
        if p.dep_ == "prep" and p.lower_ == "in" and p.i < subject.i
    ]
    return _first_country(fronted, place_of, places)


def _home_country(places: dict[str, Place]) -> str | None:
    """The country most place mentions are in, when it holds a majority."""
    counts = Counter(p.country for p in places.values() if p.country for _ in p.mentions)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n * 2 > sum(counts.values()) else None
