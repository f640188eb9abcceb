"""What a place name resolves to, and how resolved names become ``Place`` records.

A name resolves to a gazetteer entry or to a landmark standing at a city (a hospital "in
Baghdad", "Baghdad's Green Zone"); its output precision follows the entry's feature code
("country" for continents, oceans and seas). Mentions that resolve to the same point and name
are one ``Place`` with several mentions. Used by :mod:`eventwire.nlp.places.component`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.scan import Mention, View
from eventwire.nlp.places.streets import STREET
from eventwire.records import Place, Precision, Span

_ANCHOR_PREPS = frozenset({"in", "at", "near", "outside", "of", "inside", "around", "downtown"})


_ANCHOR_GAP = 6  # "X, downtown the Iraqi capital Baghdad": at most this many tokens between


_FAC_WINDOW = 8  # a facility may take the nearest city this many tokens away in its sentence


_COARSE_CODES = frozenset({"CONT", "OCN", "SEA"})  # continents, oceans, seas: "country" precision


@dataclass(slots=True)
class Target:
    """What a name resolves to: a gazetteer place or a landmark standing at one."""

    name: str
    lat: float
    lon: float
    precision: Precision
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    feature_code: str | None = None


def precision_of(entry: GazEntry) -> Precision:
    """Output precision of a place; continents, oceans, seas and multi-country regions count as
    "country", other bodies of water as "admin1"."""
    code = entry.feature_code
    if (
        code.startswith("PCL")
        or code in _COARSE_CODES
        or (code == "RGN" and entry.kind != "admin1")
    ):
        return "country"
    if entry.kind == "water":  # gulfs, straits, canals, lakes
        return "admin1"
    if code in ("ADM1", "RGN"):
        return "admin1"
    return "admin2" if code == "ADM2" else "city"


def target_of(entry: GazEntry) -> Target:
    return Target(
        entry.name,
        entry.lat,
        entry.lon,
        precision_of(entry),
        entry.geonameid,
        entry.country_iso3,
        entry.admin1,
        entry.feature_code,
    )


def home_city(mentions: list[Mention], targets: dict[str, Target]) -> Target | None:
    """The article's town: its most mentioned city-level place (the first on a tie) in the
    country its places are most often in (an article names towns elsewhere in passing); any
    country's when that country has no town named."""
    placed = [targets[m.key] for m in mentions if m.key in targets]
    countries = Counter(t.country for t in placed if t.country and t.precision != "sublocal")
    towns = [(m.key, targets[m.key]) for m in mentions if m.key in targets]
    towns = [(k, t) for k, t in towns if t.precision == "city"]
    if countries:
        main = countries.most_common(1)[0][0]
        towns = [(k, t) for k, t in towns if t.country == main] or towns
    counts: Counter[str] = Counter(k for k, _ in towns)
    return targets[counts.most_common(1)[0][0]] if counts else None


def at_anchor(name: str, anchor: Target) -> Target:
    """A landmark standing at a city-level ``anchor``."""
    return Target(name, anchor.lat, anchor.lon, "sublocal", None, anchor.country, anchor.admin1)


def anchor_of(
    v: View, mention: Mention, mentions: list[Mention], targets: dict[str, Target]
) -> Target | None:
    """The city a landmark mention stands next to, if any.

    "X in/at/near/, ... Baghdad" (after), "Baghdad's X" (before), or, for facilities only, the
    nearest city in the same sentence within a few tokens.
    """
    lo, hi = v.sent_start[mention.start], v.sent_end[mention.start]
    near: list[tuple[int, Target]] = []
    for other in mentions:
        target = targets.get(other.key)
        if (
            other.key == mention.key
            or target is None
            or not lo <= other.start < hi
            or target.precision != "city"
        ):
            continue
        if other.start >= mention.end:
            gap = v.texts[mention.end : other.start]
            if not gap or (
                len(gap) <= _ANCHOR_GAP and (gap[0].lower() in _ANCHOR_PREPS or gap[0] == ",")
            ):
                return target
        else:
            gap = v.texts[other.end : mention.start]
            if len(gap) <= 3 and any(t in ("'s", "’s", "'", "’") for t in gap):
                return target
        if mention.label in ("FAC", STREET) and len(gap) <= _FAC_WINDOW:
            near.append((len(gap), target))
    return min(near, key=lambda p: p[0])[1] if near else None


def _span(doc: Doc, text: str, m: Mention) -> Span:
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    return Span(text[start:end], start, end)


def _group_key(t: Target) -> tuple[object, ...]:
    if t.geonameid is not None and t.precision != "sublocal":
        return ("gn", t.geonameid)
    return (t.name, t.precision, t.lat, t.lon)


def build_places(
    doc: Doc, mentions: list[Mention], targets: dict[str, Target]
) -> tuple[list[Place], dict[int, str]]:
    """One Place per distinct target, ids in order of first mention."""
    places: dict[tuple[object, ...], Place] = {}
    place_of: dict[int, str] = {}
    text = doc.text  # built from the tokens on every access
    for m in mentions:
        t = targets.get(m.key)
        if t is None:
            continue
        place = places.get(_group_key(t))
        if place is None:
            place = Place(
                f"p{len(places) + 1}",
                t.name,
                t.geonameid,
                t.lat,
                t.lon,
                t.country,
                t.admin1,
                t.feature_code,
                t.precision,
            )
            places[_group_key(t)] = place
        place.mentions.append(_span(doc, text, m))
        place_of.update((i, place.id) for i in range(m.start, m.end))
    return list(places.values()), place_of
