"""Toponym disambiguation: choose one gazetteer place per name, each in the others' context.

Per distinct name (one sense per article), :func:`resolve` scores every candidate by

1. *Prior*: log10 population (a quarter of it for a US county, whose population is only its
   towns' sum), a bonus by kind (a country beats a same-named town), a bonus
   for national and subdivision capitals, a penalty for matching only an alternate name or a
   name several bodies of water share ("the Gulf"), and one for a subdivision named like its
   country's capital ("Washington" is the capital unless the state's towns or fellow states
   are named).
2. *Context*, recomputed twice from the other names' current choices: the share of the
   article's places and demonyms in the candidate's country (for a body of water, in the
   countries on its shores that ``water.tsv`` lists), whether its first-level subdivision is
   named, "Paris, Texas" qualifiers, the kind of the other members of a list
   ("Ohio, Utah, Washington and Wyoming" are states), and distance to the other places chosen
   (between a town and a county, only a town within the county counts as near it).
3. *Pairs*, fixed before the first choice: a town and a US county named anywhere in the
   article, when only one or two of their readings put a town of the one name inside a county
   of the other ("Dublin" and "Franklin County": Ohio), weigh almost as "Dublin, Franklin
   County" would (:func:`county_pairs`); and a reading with readings of two other names
   within 40 km (three neighbouring towns, each name borne by many towns) weighs as its
   subdivision named would (:func:`eventwire.nlp.places.clusters.cluster_readings`).

Used by :mod:`eventwire.nlp.places.component`, which finds the mentions and builds the candidates.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from eventwire.datafiles import word_group
from eventwire.nlp.places.clusters import cluster_readings
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.points import haversine_km
from eventwire.nlp.places.tables import (
    POST_TOWN,
    drop_marks,
    fold,
    land_neighbours,
    load_shared_water_names,
    load_water_shores,
    name_head,
    read_table,
    spellings,
    split_list,
    word_variants,
)

# A body of water has no population: its bonus makes it weigh like a city of a million, so the
# "Pacific" beats Pacific, Missouri unless the article is about Missouri.
_KIND_BONUS = {
    "country": 2.0,
    "continent": 1.0,
    "admin1": 1.0,
    "admin2": 0.5,
    "city": 0.0,
    "water": 6.0,
}
_CODE_BONUS = {"PPLC": 1.0, "PPLA": 0.5}
# A US county's population (its towns', summed at build time) ranks same-named counties, but
# the state named beside it must still outweigh it: the Lee County of a Kentucky story is not
# the far more populous Lee County of Florida.
_COUNTY_POP = 0.25
_ALT_PENALTY = 1.0  # the mention matches only one of the place's alternate names
# A country named by a short initialism ("SA") shares it with subdivisions ("SA": South
# Australia): it bears the alternate name's penalty too, so the article's country decides.
_INITIALS_MAX = 3
# ... and where a subdivision bears it too (``admin1.tsv``), the subdivision is the reading of
# a story that points to neither ("SA Premier X said the state would..."): the country's
# lead in size goes, while a place of its own ("Police in Durban") still wins it back.
_SHARED_INITIALS_PENALTY = 2.5
# A body of water named by a short name it shares with others ("the Gulf") has the alternate
# name's penalty, so its subdivision namesake wins in its own country's news; the bodies after
# the first one listed lose a little more, so the first is the reading of an article that names
# none of their shores (a shore country named once, worth _W_PRESENT alone, outweighs it).
_SHARED_WATER_RANK = 0.25
# A body of water the article names in full is what its short name means there: "the Gulf"
# after "the Gulf of Mexico" is that gulf, whatever the shores named (above a whole share of
# them, _W_SHARE + _W_PRESENT).
_W_SAME_WATER = 2.5
_W_SHARE = 1.5  # times the share of the article's context in the candidate's country
_W_PRESENT = 0.5  # the candidate's country is named or implied at all
_W_ADMIN1 = 2.0  # the candidate's first-level subdivision is named
_W_QUAL = 4.0  # "Paris, Texas": the place lies in the subdivision or country named after it
_W_NEAR = 2.0  # at distance 0 from another chosen place, falling linearly to 0 at _NEAR_KM
_NEAR_KM = 300.0
_COUNTY_KM = 80.0  # a town and a county named together: the town lies within the county
# Two ambiguous names of one article that each have a reading near the other ("Gainesville" and
# "Hall County", both Georgia) support those readings before either is chosen with confidence.
_W_COHERE = 1.0
_COHERE_MAX_CANDS = 8  # a name with more readings ("Springfield") is near everything: no support
_W_PEER = 3.0  # times the share of the name's fellow list members of the same kind and country
# A town and a US county named anywhere in one article, where only one or two of all their
# pairings put a town of the name inside a county of the name ("Dublin" and "Franklin County":
# Ohio), are those readings: weighed like "Dublin, Franklin County" (see _W_QUAL), below it
# since the two need not be named together.
_W_PAIR = 3.0
_PAIR_MAX = 2  # more pairings than this say nothing ("Springfield" lies in many a county)
# A town inside a county lies this near its point (seat or ZIP-code median); _COUNTY_KM, the
# reach of mere nearness, would pair a town with the county next door.
_PAIR_KM = 40.0
# A reading near readings of two other names (``clusters.cluster_readings``): neighbouring
# towns of a local story, as strong as their subdivision named (_W_ADMIN1).
_W_CLUSTER = 2.0
_CAPITAL_SHADOW = 1.5  # below the admin1 context bonus, above the state's population lead
# A national capital in an article that names its country: "Washington" in a story about the
# United States' quarrel with Britain is the US capital, not a British village that the rest
# of the story's British places stand near. A local story about a namesake town names no
# foreign country (the Dublin of an Ohio story is not Ireland's).
_W_CAPITAL_NAMED = 1.0
_NEAR_TOP = 8  # distance is computed for this many best candidates only
# Kinds whose point is where the place is: towns, and counties and districts (placed at their
# seat, listed point or ZIP-code median); a country's or state's point says little about nearness.
_POINTED = frozenset({"city", "admin2"})
# A subdivision or county chosen for a name that a town of its own bears, lying this near its
# point, at least this big, and its capital or bigger than the unit's (summed) population, is
# reported as that town ("Kano", "Mombasa", "Gao"; see :func:`towns_of_units`); "Mombasa
# County", "the Gao region" keep the unit.
_UNIT_TOWN_KM = 100.0
_UNIT_TOWN_POP = 20_000
# ... or holds at least this share of the unit's (summed) people: "Lagos" the city holds most
# of Lagos State's.
_UNIT_TOWN_SHARE = 0.5
_CAPITAL_CODES = frozenset({"PPLC", "PPLA"})


def prior(entry: GazEntry, key: str) -> float:
    """Context-free plausibility of ``entry`` for a mention folded to ``key``."""
    people = math.log10(entry.population + 1)
    score = people * (_COUNTY_POP if _us_county(entry) else 1.0) + _KIND_BONUS[entry.kind]
    score += _CODE_BONUS.get(entry.feature_code, 0.0)
    if _alternate(entry, key):
        score -= _ALT_PENALTY
        if entry.kind == "country" and key in _subdivision_initials():
            score -= _SHARED_INITIALS_PENALTY
    if entry.kind == "water":
        score -= _shared_water_penalty(entry, key)
    return score


def _alternate(entry: GazEntry, key: str) -> bool:
    """Whether ``key`` is only an alternate name of a town or subdivision, or a short
    initialism of a country ("sa", "us"), which is no more its own than a subdivision's."""
    if entry.kind in ("city", "admin1"):
        return not own_name(entry, key)
    if entry.kind == "country":
        return len(key.replace(" ", "")) <= _INITIALS_MAX and key != fold(entry.name)
    return False


@cache
def _subdivision_initials() -> frozenset[str]:
    """Folded short initialisms that name a first-level subdivision ("sa": South Australia)."""
    return frozenset(
        fold(alias)
        for row in read_table("admin1.tsv")
        if len(row) > 3
        for alias in split_list(row[3])
        if len(fold(alias).replace(" ", "")) <= _INITIALS_MAX
    )


def _shared_water_penalty(entry: GazEntry, key: str) -> float:
    """The penalty of a body of water named by a name other bodies bear too (see
    ``_SHARED_WATER_RANK``)."""
    if not shared_water_name(entry, key):
        return 0.0
    first = load_shared_water_names()[key][0] == entry.name
    return _ALT_PENALTY + (0.0 if first else _SHARED_WATER_RANK)


def shared_water_name(entry: GazEntry, key: str) -> bool:
    """Whether a folded mention is a name the body of water ``entry`` shares with other bodies
    of ``water.tsv`` ("the Gulf"): an alternate name, but one the article's countries decide."""
    return entry.kind == "water" and entry.name in load_shared_water_names().get(key, ())


@dataclass(slots=True)
class Evidence:
    """Clues about where an article is, besides the ambiguous names themselves."""

    demonyms: Counter[str] = field(default_factory=Counter)  # ISO alpha-3 → mentions
    fixed: list[GazEntry] = field(default_factory=list)  # places known without ambiguity
    qualifiers: dict[str, set[str]] = field(default_factory=dict)  # "paris" → {"texas"}
    peers: dict[str, set[str]] = field(default_factory=dict)  # fellow members of a list


@dataclass(slots=True)
class _Context:
    """What the rest of the article says about where it is. Each place counts by its number of
    mentions (up to 3) times the confidence of its choice, so a coin toss between two
    same-named counties is no evidence for the next county."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    named: set[str] = field(default_factory=set)  # countries named themselves (ISO alpha-3)
    waters: set[str] = field(default_factory=set)  # bodies of water other names chose
    admin1s: defaultdict[tuple[str | None, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    points: list[tuple[GazEntry, float]] = field(default_factory=list)  # located, with weight
    quals: list[GazEntry] = field(default_factory=list)  # "Texas" in "Paris, Texas"
    qualified: list[GazEntry] = field(default_factory=list)  # "Paris" for "Texas"
    peers: list[GazEntry] = field(default_factory=list)  # "Utah" for "Washington" in a list
    # the located readings of other names not yet chosen with confidence, with their doubt
    readings: list[tuple[float, list[GazEntry]]] = field(default_factory=list)

    def add(self, entry: GazEntry, weight: float) -> None:
        if entry.country_iso3:
            self.countries[entry.country_iso3] += weight
            if entry.kind == "country" and weight > 0:
                self.named.add(entry.country_iso3)
        if entry.kind == "water" and weight > 0:
            self.waters.add(entry.name)
        if entry.admin1:
            self.admin1s[(entry.country_iso3, entry.admin1)] += weight
        if entry.kind in _POINTED:
            self.points.append((entry, weight))

    def score(self, entry: GazEntry) -> float:
        """Bonus for ``entry`` given this context (distance excluded)."""
        total = sum(self.countries.values())
        here = self._here(entry)
        bonus = (_W_SHARE * here / total + _W_PRESENT * min(1.0, here)) if here else 0.0
        if entry.feature_code == "PPLC" and entry.country_iso3 in self.named:
            bonus += _W_CAPITAL_NAMED
        if entry.kind == "water" and entry.name in self.waters:
            bonus += _W_SAME_WATER
        if entry.admin1 and entry.kind != "country":
            bonus += _W_ADMIN1 * min(1.0, self.admin1s.get((entry.country_iso3, entry.admin1), 0))
        bonus += _W_QUAL * sum(_inside(entry, q) for q in self.quals)
        bonus += _W_QUAL * sum(_inside(q, entry) for q in self.qualified)
        if self.peers:  # the members of a list are alike: states, or countries, or towns
            alike = sum(
                (p.kind, p.country_iso3) == (entry.kind, entry.country_iso3) for p in self.peers
            )
            bonus += _W_PEER * alike / len(self.peers)
        return bonus

    def _here(self, entry: GazEntry) -> float:
        """The article's weight in the candidate's country, or for a body of water in the
        countries on its shores (``water.tsv``): "the Gulf" of a story about Louisiana is
        the Gulf of Mexico."""
        if entry.kind == "water":
            shores = load_water_shores().get(entry.name, frozenset())
            return sum(self.countries.get(c, 0) for c in shores)
        return self.countries.get(entry.country_iso3 or "", 0)

    def nearness(self, entry: GazEntry) -> float:
        if entry.kind not in _POINTED:
            return 0.0
        return self._near_chosen(entry) + self._near_readings(entry)

    def _near_chosen(self, entry: GazEntry) -> float:
        if not self.points:
            return 0.0
        return _W_NEAR * max(min(1.0, w) * _closeness(entry, p) for p, w in self.points)

    def _near_readings(self, entry: GazEntry) -> float:
        support = sum(
            doubt * max(_closeness(entry, r) for r in readings)
            for doubt, readings in self.readings
            if readings
        )
        return _W_COHERE * min(1.0, support)


def _us_county(entry: GazEntry) -> bool:
    """A US county: small enough that its towns lie within ``_COUNTY_KM`` of its point (the
    provinces and districts other countries file as second-level units are larger)."""
    return entry.kind == "admin2" and entry.country_iso3 == "USA"


def _closeness(a: GazEntry, b: GazEntry) -> float:
    """1 at the same point, falling linearly to 0 at ``_NEAR_KM``, or at ``_COUNTY_KM`` between
    a county and a town: a town lies in the county named with it, not merely near it, so
    a Fairview named with Oak County is the Fairview inside it, not one 130 km away."""
    scale = _COUNTY_KM if _us_county(a) != _us_county(b) else _NEAR_KM
    return max(0.0, 1.0 - haversine_km(a.lat, a.lon, b.lat, b.lon) / scale)


def _readings(
    cands: dict[str, list[GazEntry]], choice: _Choice, skip: str
) -> list[tuple[float, list[GazEntry]]]:
    """The located readings of the other names that are ambiguous, but not hopelessly so, each
    with the doubt left about its choice: a name chosen with confidence is its choice alone."""
    return [
        (1.0 - choice[k][1], [c for c in cs if c.kind in _POINTED])
        for k, cs in cands.items()
        if k != skip and k in choice and 1 < len(cs) <= _COHERE_MAX_CANDS and choice[k][1] < 1.0
    ]


def _in_county(town: GazEntry, county: GazEntry) -> bool:
    """Whether a town lies inside a US county: in its state, and near its point."""
    return (
        town.kind == "city"
        and _us_county(county)
        and (town.country_iso3, town.admin1) == (county.country_iso3, county.admin1)
        and haversine_km(town.lat, town.lon, county.lat, county.lon) <= _PAIR_KM
    )


def county_pairs(cands: dict[str, list[GazEntry]]) -> dict[str, frozenset[GazEntry]]:
    """Per folded name, its readings that pair with the reading of another name of the article
    as a town inside a US county, where those two names pair in at most ``_PAIR_MAX`` ways.

    Args:
        cands: folded name → its gazetteer candidates.
    """
    out: dict[str, set[GazEntry]] = {}
    states = _named_states(cands)
    counties = {k: [c for c in cs if _us_county(c)] for k, cs in cands.items()}
    for ckey, cs in counties.items():
        for tkey, ts in cands.items():
            if not cs or tkey == ckey:
                continue
            pairs = [(t, c) for c in cs for t in ts if _in_county(t, c)]
            if 0 < len(pairs) <= _PAIR_MAX:
                # "Jackson" and "Madison County" pair in Mississippi and in Tennessee: the
                # article's "in Tennessee" says which
                pairs = [p for p in pairs if (p[1].country_iso3, p[1].admin1) in states] or pairs
                out.setdefault(tkey, set()).update(t for t, _ in pairs)
                out.setdefault(ckey, set()).update(c for _, c in pairs)
    return {k: frozenset(v) for k, v in out.items()}


def _named_states(cands: dict[str, list[GazEntry]]) -> set[tuple[str | None, str | None]]:
    """The first-level subdivisions some name of the article may be."""
    return {(c.country_iso3, c.admin1) for cs in cands.values() for c in cs if c.kind == "admin1"}


def _inside(inner: GazEntry, outer: GazEntry) -> bool:
    """Whether ``inner`` lies in the country or first-level subdivision ``outer``."""
    if inner is outer or inner.country_iso3 != outer.country_iso3:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    return outer.kind == "admin1" and inner.kind != "admin1" and inner.admin1 == outer.name


# --------------------------------------------------------------------------- list and qualifiers

Spot = tuple[int, int, str]  # a mention: first token, end token, folded name


# Words that, between a place and the next, say the second is no qualifier of the first: "In
# Washington, lawmakers from Virginia" names where the lawmakers come from, not Washington's state.
_QUAL_BREAKS = word_group("eventwire.nlp.places", "qualifier_breaks")


def qualifiers(texts: list[str], mentions: list[Spot]) -> dict[str, set[str]]:
    """ "Paris, Texas", "Linn County in north central Missouri" → {"paris": {"texas"}, ...}: a
    place followed by a comma or "in" (and a few lower-case words) and another place; not where
    those words send or bring something from or to it ("Washington, lawmakers from Virginia").

    Args:
        texts: the document's token texts.
        mentions: the place mentions in text order.
    """
    out: dict[str, set[str]] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = texts[a[1] : b[0]]
        if (
            a[2] != b[2]
            and gap
            and gap[0] in (",", "in")
            and len(gap) <= 4
            and all(t.isalpha() and t.islower() for t in gap[1:])
            and not _QUAL_BREAKS.intersection(gap[1:])
        ):
            out.setdefault(a[2], set()).add(b[2])
    return out


def said_in(texts: list[str], mentions: list[Spot]) -> dict[str, set[str]]:
    """ "Yele in Sierra Leone" → {"yele": {"sierra leone"}}: a place right followed by "in"
    and another place, which says where the first lies (:func:`misplaced_towns`).

    Args:
        texts: the document's token texts.
        mentions: the place mentions in text order.
    """
    out: dict[str, set[str]] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a[2] != b[2] and texts[a[1] : b[0]] == ["in"]:
            out.setdefault(a[2], set()).add(b[2])
    return out


#: A town said to lie in a country it is not in is placed there only when smaller than this: a
#: bigger one is a place of its own more often than the text is wrong ("talks in Geneva in
#: Iran's name" is no Geneva of Iran).
_MISPLACED_MAX_POP = 10_000


def misplaced_towns(chosen: dict[str, GazEntry], where: dict[str, set[str]]) -> dict[str, GazEntry]:
    """Per folded name whose chosen place is a small town outside the country the text says it
    lies in ("the village of Yele in Sierra Leone", where the gazetteer's only Yele is in Côte
    d'Ivoire), that country: the gazetteer lacks the town, and the country is where it is. Not
    where the article names another place of the town's own country: "refugees from Kessab in
    Lebanon" of a story of Syria's war are from the Syrian town, now in Lebanon.

    Args:
        chosen: folded name → the place :func:`resolve` chose.
        where: folded name → the names "in" says it lies in (:func:`said_in`).
    """
    out: dict[str, GazEntry] = {}
    for key, town in chosen.items():
        if town.kind != "city" or town.population >= _MISPLACED_MAX_POP:
            continue
        if any(e.country_iso3 == town.country_iso3 for k, e in chosen.items() if k != key):
            continue
        for q in sorted(where.get(key, ())):
            country = chosen.get(q)
            if (
                country is not None
                and country.kind == "country"
                and country.country_iso3
                not in (
                    None,
                    town.country_iso3,
                )
            ):
                out[key] = country
    return out


_LIST_GAPS = ((",",), ("and",), ("or",), (",", "and"), (",", "or"))


def list_peers(texts: list[str], mentions: list[Spot]) -> dict[str, set[str]]:
    """ "Ohio, Utah, Washington and Wyoming" → each name's fellow list members. A list is three
    or more names joined by commas with "and"/"or" before the last; "Paris, Texas and Lyon" is
    not one (its last joint is "and" but the first is a qualifier's comma only if the list
    breaks: "A, B and C, D" is never a list).

    Args:
        texts: the document's token texts.
        mentions: the place mentions in text order.
    """
    out: dict[str, set[str]] = {}
    if not mentions:
        return out
    chain: list[Spot] = mentions[:1]
    gaps: list[tuple[str, ...]] = []
    for a, b in zip(mentions, [*mentions[1:], None], strict=True):
        gap = tuple(t.lower() for t in texts[a[1] : b[0]]) if b is not None else ()
        if b is not None and gap in _LIST_GAPS:
            chain.append(b)
            gaps.append(gap)
            continue
        if (
            len(chain) >= 3
            and gaps[-1][-1] in ("and", "or")
            and all(g == (",",) for g in gaps[:-1])
        ):
            keys = {m[2] for m in chain}
            for key in keys:
                out.setdefault(key, set()).update(keys - {key})
        chain, gaps = ([b] if b is not None else []), []
    return out


# --------------------------------------------------------------------------- resolution

_Choice = dict[str, tuple[GazEntry, float]]  # folded name → (entry, confidence 0..1)


def _context(
    choice: _Choice,
    weights: Counter[str],
    ev: Evidence,
    skip: str | None,
    cands: dict[str, list[GazEntry]] | None = None,
) -> _Context:
    ctx = _Context()
    if skip is not None and cands is not None and len(cands.get(skip, ())) > 1:
        ctx.readings = _readings(cands, choice, skip)
    ctx.countries.update(ev.demonyms)
    for entry in ev.fixed:
        ctx.add(entry, 1.0)
    for key, (entry, conf) in choice.items():
        if key != skip:
            ctx.add(entry, min(weights[key], 3) * conf)
    if skip is not None:
        ctx.quals = [choice[q][0] for q in ev.qualifiers.get(skip, ()) if q in choice]
        ctx.qualified = [
            choice[k][0] for k, qs in ev.qualifiers.items() if skip in qs and k in choice
        ]
        ctx.peers = [choice[p][0] for p in ev.peers.get(skip, ()) if p in choice]
    return ctx


def _best(
    cands: list[GazEntry],
    key: str,
    ctx: _Context,
    paired: frozenset[GazEntry] = frozenset(),
    clustered: frozenset[GazEntry] = frozenset(),
) -> tuple[GazEntry, float]:
    """The best candidate and the confidence of the choice (its lead over the runner-up);
    ``paired`` are the readings :func:`county_pairs` supports, ``clustered`` those of a
    cluster of neighbouring towns."""
    shadow = _shadowed(cands)
    scored = sorted(
        (
            (
                prior(c, key)
                + ctx.score(c)
                - _CAPITAL_SHADOW * (i in shadow)
                + _W_PAIR * (c in paired)
                + _W_CLUSTER * (c in clustered),
                i,
            )
            for i, c in enumerate(cands)
        ),
        reverse=True,
    )
    top = sorted(((s + ctx.nearness(cands[i]), -i) for s, i in scored[:_NEAR_TOP]), reverse=True)
    lead = top[0][0] - top[1][0] if len(top) > 1 else 1.0
    return cands[-top[0][1]], min(1.0, lead)


def _shadowed(cands: list[GazEntry]) -> frozenset[int]:
    """Indices of subdivisions that share their name with their country's capital
    ("Washington", "Buenos Aires"): the name means the capital unless the subdivision's own
    places or fellow subdivisions are named (see ``_CAPITAL_SHADOW``)."""
    capitals = {c.country_iso3 for c in cands if c.feature_code == "PPLC"}
    return frozenset(
        i for i, c in enumerate(cands) if c.kind == "admin1" and c.country_iso3 in capitals
    )


def _own_country_first(cands: list[GazEntry], key: str) -> list[GazEntry]:
    """A country's own name is the country: "Mexico" is not Mexico City (whose alternate name
    it also is), however often the city is named nearby. Other readings stay when no country
    bears the name itself (Georgia the state and the country still compete)."""
    own = [c for c in cands if c.kind == "country" and fold(c.name) == key]
    if not own:
        return cands
    return [c for c in cands if not (c.kind == "city" and not own_name(c, key))]


def towns_of_units(
    chosen: dict[str, GazEntry], cands: dict[str, list[GazEntry]]
) -> dict[str, GazEntry]:
    """Per folded name whose chosen reading is a subdivision or county named exactly as a town
    of its own near its point (see ``_UNIT_TOWN_KM``), that town, where it is the unit's capital
    or holds at least half the people of the unit's towns summed (``_UNIT_TOWN_SHARE``):
    "Kano" is the city, not the state; "Mombasa" the port, not the county around it; "Lagos"
    the city of 15 million, not the state of 20; one name, one place. A province far bigger
    than its same-named town stays the usual choice, and the unit stays where the text says it
    is one ("Mombasa County", "the Gao region": :mod:`kinds` and :mod:`units` leave it no
    town). Only a unit of a country the article's other places lie in, when they lie in any,
    unless the town has a million people or more: in a story of Jackson, Miss., "Akita" (a
    dog) read as the Japanese prefecture is a slip of the resolver, and made a town it would
    outrank the story's state as the finer place; "Lagos" after "Harare" is still the city.

    The town is what the article's place is reported as; the unit was weighed as the
    article's context, which this does not change (the article's home town, where its streets
    and unlisted places are put, is still chosen among the towns it names itself).

    Args:
        chosen: folded name → the place :func:`resolve` chose.
        cands: folded name → its gazetteer candidates.
    """
    out: dict[str, GazEntry] = {}
    for key, unit in chosen.items():
        others = {e.country_iso3 for k, e in chosen.items() if k != key and e.country_iso3}
        towns = [
            c
            for c in cands.get(key, ())
            if c.kind == "city" and own_name(c, key) and _seat_sized(c, unit)
        ]
        town = next((t for t in towns if _town_of_unit(t, unit, key)), None)
        if town is None:
            continue
        if not others or unit.country_iso3 in others or town.population >= _FAMOUS_POP:
            out[key] = town
    return out


def _seat_sized(town: GazEntry, unit: GazEntry) -> bool:
    """A town that stands for the unit named like it: big enough, and its capital or bigger
    than the unit's summed towns."""
    return town.population >= _UNIT_TOWN_POP and (
        town.feature_code in _CAPITAL_CODES or town.population >= unit.population * _UNIT_TOWN_SHARE
    )


def _town_of_unit(town: GazEntry, unit: GazEntry, key: str) -> bool:
    """Whether ``unit`` is a subdivision or county called ``key`` itself whose point lies near
    ``town``, in the same country."""
    return (
        unit.kind in ("admin1", "admin2")
        and fold(unit.name) == key
        and unit.country_iso3 == town.country_iso3
        and haversine_km(town.lat, town.lon, unit.lat, unit.lon) <= _UNIT_TOWN_KM
    )


def resolve(
    cands: dict[str, list[GazEntry]],
    weights: Counter[str],
    evidence: Evidence | None = None,
    rounds: int = 2,
) -> dict[str, GazEntry]:
    """Choose one entry per folded name, each in the context of the others' choices.

    Args:
        cands: folded name → its gazetteer candidates (non-empty lists).
        weights: folded name → number of mentions.
        evidence: demonyms, unambiguous places and "X, Y" qualifiers of the article.
        rounds: context passes after the first choice, which uses ``evidence`` alone.
    """
    ev = evidence or Evidence()
    cands = {k: _own_country_first(cs, k) for k, cs in cands.items()}
    paired, clustered = county_pairs(cands), cluster_readings(cands)
    none: frozenset[GazEntry] = frozenset()
    base = _context({}, weights, ev, None)
    choice = {
        k: _best(cs, k, base, paired.get(k, none), clustered.get(k, none))
        for k, cs in cands.items()
    }
    for _ in range(rounds):
        choice = {
            k: _best(
                cs,
                k,
                _context(choice, weights, ev, k, cands),
                paired.get(k, none),
                clustered.get(k, none),
            )
            for k, cs in cands.items()
        }
    return {k: entry for k, (entry, _) in choice.items()}


#: A town smaller than this, in a country nothing else in the article points to, is not taken
#: (see :func:`lone_towns`).
_LONE_TOWN_POP = 10_000
#: A town known by the name only as an alternate name, smaller than this, in a country nothing
#: else in the article points to, is not taken (see :func:`lone_aliases`).
_LONE_ALIAS_POP = 100_000


def lone_towns(chosen: dict[str, GazEntry], evidence: Evidence) -> set[str]:
    """Names whose chosen place is a small town in a country that nothing else in the article
    names or implies (no other place chosen there, no demonym, not the publisher's country),
    while something does point elsewhere.

    A storm ("Velda"), a store chain ("Brannock") or a film that shares its name with a
    foreign village is no toponym of a story placed in another country; a real village is
    named with its country, its region or a neighbour, whose choice then supports it. A town
    that is all the article names stays: nothing says where else the story is.

    Args:
        chosen: folded name → the place :func:`resolve` chose.
        evidence: the article's demonyms (with the publisher's country) and fixed places.
    """
    return _lone(chosen, evidence, _LONE_TOWN_POP, aliases_only=False)


def lone_aliases(chosen: dict[str, GazEntry], evidence: Evidence) -> set[str]:
    """Names whose chosen place is a town smaller than ``_LONE_ALIAS_POP`` that bears the
    name only as an alternate name, in a country that nothing else in the article points to,
    while something does point elsewhere (see :func:`lone_towns`).

    "In Kohistan" of a Pakistani story is a place, but no Afghan town once so called: the
    words that make a name a place do not make it that town, so unlike a lone town's own
    name, such a name goes even where something happens in it.

    Args:
        chosen: folded name → the place :func:`resolve` chose.
        evidence: the article's demonyms (with the publisher's country) and fixed places.
    """
    return _lone(chosen, evidence, _LONE_ALIAS_POP, aliases_only=True)


def struck_astray(chosen: dict[str, GazEntry], evidence: Evidence, struck: set[str]) -> set[str]:
    """Of the names ``struck`` that a verb of striking hits ("Troops shelled X"), those whose
    chosen town lies in a country that nothing else in the article points to, nor borders
    one that something does, while something points elsewhere.

    "Russian troops shelled Kupiansk" is a Ukrainian town in a story told from Russia's side;
    "Russian troops shelled Jackson, officials in Kyiv said" is no American town.

    Args:
        chosen: folded name → the place :func:`resolve` chose.
        evidence: the article's demonyms (with the publisher's country) and fixed places.
        struck: the folded names a verb of striking hits.
    """
    countries = _pointed_countries(chosen, evidence)
    neighbours = land_neighbours()
    out: set[str] = set()
    for key in struck:
        entry = chosen.get(key)
        if entry is None or not entry.country_iso3:
            continue
        own = entry.country_iso3
        others = {c for c, n in countries.items() if n > (1 if c == own else 0)}
        if others and not others & ({own} | neighbours.get(own, frozenset())):
            out.add(key)
    return out


def _lone(
    chosen: dict[str, GazEntry], evidence: Evidence, below: int, aliases_only: bool
) -> set[str]:
    """Names whose chosen town (smaller than ``below``; known by the name only as an alternate
    name, when ``aliases_only``) lies in a country only it points to, while others exist."""
    countries = _pointed_countries(chosen, evidence)
    return {
        key
        for key, e in chosen.items()
        if e.kind == "city"
        and not (aliases_only and own_name(e, key))
        and e.population < below
        and e.country_iso3
        and countries[e.country_iso3] == 1
        and len(countries) > 1
    }


def _pointed_countries(chosen: dict[str, GazEntry], evidence: Evidence) -> Counter[str]:
    """How often the article's chosen places, fixed places and demonyms point to each
    country (the publisher's country among the demonyms)."""
    countries = Counter(e.country_iso3 for e in chosen.values() if e.country_iso3)
    countries.update(e.country_iso3 for e in evidence.fixed if e.country_iso3)
    countries.update(c for c, n in evidence.demonyms.items() if n > 0)
    return countries


def stray_post_towns(chosen: dict[str, GazEntry], evidence: Evidence) -> set[str]:
    """Names whose chosen place is a US town known only as a post office's name
    (``tables.POST_TOWN``: "Bryant Pond", "Bass Harbor") in a state that no other place of the
    article lies in or is.

    A post-office name is a local paper's town, named with its neighbours, its county or its
    state; alone it is more often a firm ("Pike Hollow stores"), a storm or a film that the NER took
    for a place, and a hamlet of that name is too weak a reading to keep.

    Args:
        chosen: folded name → the place :func:`resolve` chose.
        evidence: the article's fixed places.
    """
    states: Counter[tuple[str | None, str]] = Counter()
    for e in [*chosen.values(), *evidence.fixed]:
        state = e.name if e.kind == "admin1" else e.admin1
        if state:
            states[(e.country_iso3, state)] += 1
    return {
        key
        for key, e in chosen.items()
        if e.feature_code == POST_TOWN and states[(e.country_iso3, e.admin1 or "")] <= 1
    }


#: Letters a name bared of its Arabic article needs to count as the place's own name.
_OWN_BARE_MIN = 6
#: Cities found outside NER entities must be at least this large ...
_SCAN_MIN_POP = 100_000
#: ... or this large when found under another name ("Calcutta").
_FAMOUS_POP = 1_000_000


def is_major(entry: GazEntry, key: str) -> bool:
    """A place safe to take without NER support: a country, a subdivision, a continent, a
    big city named exactly so (not a transliteration: see :func:`own_name`), or a very big
    city by any of its names."""
    if entry.kind != "city":  # a subdivision of population 0 is named by a secondary source
        return entry.kind != "admin2" and (entry.kind != "admin1" or entry.population > 0)
    if entry.population >= _FAMOUS_POP:
        return True
    # Named exactly so: a spelling without its marks or article may be an English word
    # ("Hail" for Ha'il, "Marino"), no evidence of the place on its own.
    return entry.population >= _SCAN_MIN_POP and fold(entry.name) == key


def own_name(entry: GazEntry, key: str) -> bool:
    """Whether a folded mention is the place's own name, also as news spells a GeoNames
    transliteration (``tables.spellings``: "Tskhinvali" for "Ts’khinvali", "Hasakah" for
    "Al Ḩasakah"): the same name in other letters, not one of the place's alternate names,
    so it has neither the alternate name's penalty nor its higher bar. A short name bared of
    its article stays an alternate name: it is often a word of its own ("Bab" for "Al Bāb",
    "Mina" for "Al Mīnā")."""
    name = fold(entry.name)
    if name == key or key == drop_marks(name):
        return True
    if entry.kind == "city" and key == name_head(name):
        return True  # "Marburg" for "Marburg an der Lahn": the town's name, told apart
    if entry.kind == "city" and key in word_variants(name):
        # "st paul" is Saint Paul's own name too; a region stays named by its full word: the
        # summed towns of Senegal's Saint-Louis region must not outweigh St. Louis, Missouri
        return True
    return len(key.replace(" ", "")) >= _OWN_BARE_MIN and key in spellings(name)


def looks_abbreviated(key: str, text: str) -> bool:
    """Whether a short name may be taken by an abbreviation: it has a dot ("Ky."), is in
    capitals ("UK") or has no vowel ("Qld"). Keeps "Miss", "Penn", "Wash" for what they are."""
    if len(key) > 4:
        return True
    return "." in text or text.isupper() or not any(c in key for c in "aeiouy")
