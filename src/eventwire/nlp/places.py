"""eventwire_places: find toponyms and resolve them to gazetteer places.

Reads ``doc.ents`` (GPE, LOC, FAC are place mentions; NORP demonyms are country context, never
places) and capitalised text outside place entities, which is scanned for place names the NER
missed. Writes ``doc._.ew_places`` (``Place`` records, ids ``p1, p2, ...`` in order of first
mention, one per distinct place with every mention) and ``doc._.ew_place_of`` (token index →
place id).

Resolution, per distinct name (one sense per article):

1. *Prior*: log10 population, a bonus by kind (a country beats a same-named town), a bonus
   for national and subdivision capitals, a penalty for matching only an alternate name.
2. *Context*, recomputed twice from the other names' current choices: the share of the
   article's places and demonyms in the candidate's country, whether its first-level
   subdivision is named, "Paris, Texas" qualifiers, and distance to the other places chosen.
3. *Landmarks*: names in ``landmarks.tsv`` stand in their city. A FAC/LOC/GPE mention the
   gazetteer cannot place ("Al-Noor Square") that stands next to a resolved city ("X in
   Baghdad", "Baghdad's X"; for facilities also a city a few words away in the sentence) takes
   the city's coordinates with precision "sublocal" and keeps its own name.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.gazetteer import (
    GazEntry,
    Gazetteer,
    default_gazetteer,
    fold,
    haversine_km,
    load_demonyms,
    load_landmarks,
    load_stopnames,
)
from eventwire.records import Place, Precision, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NO_SCAN = frozenset({"PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"})
_KIND_BONUS = {"country": 2.0, "continent": 1.0, "admin1": 1.0, "admin2": 0.5, "city": 0.0}
_CODE_BONUS = {"PPLC": 1.0, "PPLA": 0.5}
_ALT_PENALTY = 1.0  # the mention matches only one of the place's alternate names
_W_SHARE = 1.5  # times the share of the article's context in the candidate's country
_W_PRESENT = 0.5  # the candidate's country is named or implied at all
_W_ADMIN1 = 2.0  # the candidate's first-level subdivision is named
_W_QUAL = 4.0  # "Paris, Texas": the place lies in the subdivision or country named after it
_W_NEAR = 2.0  # at distance 0 from another chosen place, falling linearly to 0 at _NEAR_KM
_NEAR_KM = 300.0
_NEAR_TOP = 8  # distance is computed for this many best candidates only
_SCAN_MIN_POP = 100_000  # cities found outside NER entities must be at least this large
_FAMOUS_POP = 1_000_000  # ... or this large when found under another name ("Calcutta")
_ALT_MIN_POP = 10_000  # smaller places are not taken by one of their alternate names
_LOC_MIN_POP = 50_000  # LOC entities (seas, mountains, regions) rarely name small towns
_MAX_SCAN_TOKENS = 6
_CONNECTORS = frozenset(
    {"of", "and", "de", "del", "la", "le", "el", "al", "upon", "on", "'s", "’s", "-"}
)
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "throughout"})
_SPLITTERS = frozenset({",", "-", "–", "—", "/", ";"})
_ANCHOR_PREPS = frozenset({"in", "at", "near", "outside", "of", "inside", "around", "downtown"})
_ANCHOR_GAP = 6  # "X, downtown the Iraqi capital Baghdad": at most this many tokens between
_FAC_WINDOW = 8  # a facility may take the nearest city this many tokens away in its sentence
_RANK: dict[str, int] = {"country": 0, "admin1": 1, "admin2": 2, "city": 3, "sublocal": 4}

register_extensions()


@dataclass(slots=True)
class _Mention:
    """A toponym occurrence: tokens ``[start, end)``; ``label`` is the NER label or "SCAN"."""

    start: int
    end: int
    key: str
    label: str


@dataclass(slots=True)
class _Target:
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
    """Output precision of a place; continents and multi-country regions count as "country"."""
    code = entry.feature_code
    if code.startswith("PCL") or code == "CONT" or (code == "RGN" and entry.kind != "admin1"):
        return "country"
    if code in ("ADM1", "RGN"):
        return "admin1"
    return "admin2" if code == "ADM2" else "city"


def _target(entry: GazEntry) -> _Target:
    return _Target(
        entry.name,
        entry.lat,
        entry.lon,
        precision_of(entry),
        entry.geonameid,
        entry.country_iso3,
        entry.admin1,
        entry.feature_code,
    )


# --------------------------------------------------------------------------- disambiguation


def prior(entry: GazEntry, key: str) -> float:
    """Context-free plausibility of ``entry`` for a mention folded to ``key``."""
    score = math.log10(entry.population + 1) + _KIND_BONUS[entry.kind]
    score += _CODE_BONUS.get(entry.feature_code, 0.0)
    if entry.kind == "city" and fold(entry.name) != key:
        score -= _ALT_PENALTY
    return score


@dataclass(slots=True)
class Evidence:
    """Clues about where an article is, besides the ambiguous names themselves."""

    demonyms: Counter[str] = field(default_factory=Counter)  # ISO alpha-3 → mentions
    fixed: list[GazEntry] = field(default_factory=list)  # places known without ambiguity
    qualifiers: dict[str, set[str]] = field(default_factory=dict)  # "paris" → {"texas"}


@dataclass(slots=True)
class _Context:
    """What the rest of the article says about where it is. Each place counts by its number of
    mentions (up to 3) times the confidence of its choice, so a coin toss between two
    same-named counties is no evidence for the next county."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1s: defaultdict[tuple[str | None, str], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    points: list[tuple[float, float, float]] = field(default_factory=list)  # lat, lon, weight
    quals: list[GazEntry] = field(default_factory=list)  # "Texas" in "Paris, Texas"
    qualified: list[GazEntry] = field(default_factory=list)  # "Paris" for "Texas"

    def add(self, entry: GazEntry, weight: float) -> None:
        if entry.country_iso3:
            self.countries[entry.country_iso3] += weight
        if entry.admin1:
            self.admin1s[(entry.country_iso3, entry.admin1)] += weight
        if entry.kind == "city":  # counties may stand at their state's point
            self.points.append((entry.lat, entry.lon, weight))

    def score(self, entry: GazEntry) -> float:
        """Bonus for ``entry`` given this context (distance excluded)."""
        total = sum(self.countries.values())
        here = self.countries.get(entry.country_iso3 or "", 0)
        bonus = (_W_SHARE * here / total + _W_PRESENT * min(1.0, here)) if here else 0.0
        if entry.admin1 and entry.kind != "country":
            bonus += _W_ADMIN1 * min(1.0, self.admin1s.get((entry.country_iso3, entry.admin1), 0))
        bonus += _W_QUAL * sum(_inside(entry, q) for q in self.quals)
        bonus += _W_QUAL * sum(_inside(q, entry) for q in self.qualified)
        return bonus

    def nearness(self, entry: GazEntry) -> float:
        if entry.kind != "city" or not self.points:
            return 0.0
        return _W_NEAR * max(
            min(1.0, w) * max(0.0, 1.0 - haversine_km(entry.lat, entry.lon, la, lo) / _NEAR_KM)
            for la, lo, w in self.points
        )


def _inside(inner: GazEntry, outer: GazEntry) -> bool:
    """Whether ``inner`` lies in the country or first-level subdivision ``outer``."""
    if inner is outer or inner.country_iso3 != outer.country_iso3:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    return outer.kind == "admin1" and inner.kind != "admin1" and inner.admin1 == outer.name


_Choice = dict[str, tuple[GazEntry, float]]  # folded name → (entry, confidence 0..1)


def _context(choice: _Choice, weights: Counter[str], ev: Evidence, skip: str | None) -> _Context:
    ctx = _Context()
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
    return ctx


def _best(cands: list[GazEntry], key: str, ctx: _Context) -> tuple[GazEntry, float]:
    """The best candidate and the confidence of the choice (its lead over the runner-up)."""
    scored = sorted(((prior(c, key) + ctx.score(c), i) for i, c in enumerate(cands)), reverse=True)
    top = sorted(((s + ctx.nearness(cands[i]), -i) for s, i in scored[:_NEAR_TOP]), reverse=True)
    lead = top[0][0] - top[1][0] if len(top) > 1 else 1.0
    return cands[-top[0][1]], min(1.0, lead)


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
    base = _context({}, weights, ev, None)
    choice = {k: _best(cs, k, base) for k, cs in cands.items()}
    for _ in range(rounds):
        choice = {k: _best(cs, k, _context(choice, weights, ev, k)) for k, cs in cands.items()}
    return {k: entry for k, (entry, _) in choice.items()}


# --------------------------------------------------------------------------- the document


class _View:
    """Per-document facts read many times: token texts, sentences, entities, lookups."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.texts = [t.text for t in doc]
        self.spaces = [t.whitespace_ for t in doc]
        self.n = len(self.texts)
        self.sent_start = [0] * self.n
        self.sent_end = [self.n] * self.n
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                for i in range(sent.start, sent.end):
                    self.sent_start[i], self.sent_end[i] = sent.start, sent.end
        self.ent_of = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
        self.cache: dict[str, list[GazEntry]] = {}

    def text(self, start: int, end: int) -> str:  # doc[start:end].text, but cheaper
        parts = [self.texts[k] + self.spaces[k] for k in range(start, end - 1)]
        return "".join(parts) + self.texts[end - 1] if end > start else ""

    def key(self, start: int, end: int) -> str:
        return fold(self.text(start, end))

    def cap(self, i: int) -> bool:  # starts with a capital letter
        return self.texts[i][:1].isupper()

    def glued(self, i: int) -> bool:
        """Whether token ``i`` is a hyphen inside a word ("Saxony-Anhalt")."""
        return (
            0 < i < self.n - 1
            and self.texts[i] == "-"
            and not self.spaces[i - 1]
            and not self.spaces[i]
        )

    def trim(self, start: int, end: int) -> tuple[int, int]:
        """Drop a leading "the", trailing possessives and punctuation."""
        doc = self.doc
        while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
            start += 1
        while end > start and (
            doc[end - 1].tag_ == "POS"
            or doc[end - 1].is_punct
            or self.texts[end - 1] in ("'s", "’s", "'", "’")
        ):
            end -= 1
        return start, end


class PlacesComponent:
    """Finds toponyms in a Doc and resolves them with a gazetteer (see module docstring)."""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "eventwire_places",
        gazetteer: Gazetteer | None = None,
        scan: bool = True,
    ) -> None:
        """Args:
        nlp: the pipeline (unused; spaCy passes it).
        name: component name.
        gazetteer: where names are looked up (default: GeoNames, loaded on first use).
        scan: also look up capitalised text outside NER place entities.
        """
        self.name = name
        self.scan = scan
        self.gazetteer = gazetteer
        self.demonyms = load_demonyms()
        self.landmarks = load_landmarks()
        self.stopnames = load_stopnames()

    def __call__(self, doc: Doc) -> Doc:
        v = _View(doc)
        demonyms = Counter(self.demonyms.get(fold(t), "") for t in v.texts if t[:1].isupper())
        del demonyms[""]
        mentions = self._ner_mentions(v)
        if self.scan:
            mentions += self._scan_mentions(v, mentions, demonyms)
        mentions.sort(key=lambda m: m.start)
        targets = self._resolve(v, mentions, demonyms)
        doc._.ew_places, doc._.ew_place_of = _build_places(doc, mentions, targets)
        return doc

    def candidates(self, v: _View, key: str) -> list[GazEntry]:
        """Gazetteer candidates of a folded name (memoised per document)."""
        if self.gazetteer is None:
            self.gazetteer = default_gazetteer()
        if key not in v.cache:
            v.cache[key] = self.gazetteer.candidates(key)
        return v.cache[key]

    def usable(self, v: _View, key: str, label: str, text: str) -> list[GazEntry]:
        """Candidates a mention may take. Small places are not taken by alternate names;
        abbreviations need their dot ("Miss" is not "Miss."); facilities take only big,
        unambiguous places; LOC entities no small towns."""
        loose = _looks_abbreviated(key, text)
        cands = [
            c
            for c in self.candidates(v, key)
            if fold(c.name) == key or (c.population >= _ALT_MIN_POP if c.kind == "city" else loose)
        ]
        if label == "FAC":
            return [c for c in cands if _is_major(c, key)]
        if label == "LOC":
            return [c for c in cands if c.kind != "city" or c.population >= _LOC_MIN_POP]
        return cands

    def _ner_mentions(self, v: _View) -> list[_Mention]:
        found: list[_Mention] = []
        for ent in v.doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            start, end = self._compound(v, *v.trim(ent.start, ent.end))
            if start < end and v.key(start, end) not in self.demonyms:  # "Iraqi" as GPE
                found += [self._narrow(v, m) for m in self._split(v, start, end, ent.label_)]
        return found

    def _compound(self, v: _View, start: int, end: int) -> tuple[int, int]:
        """Widen "Saxony" to "Saxony-Anhalt" when the NER cut a hyphenated name."""
        for a, b, hyphen in ((start, end + 2, end), (start - 2, end, start - 1)):
            if (
                start < end
                and a >= 0
                and b <= v.n
                and v.glued(hyphen)
                and self.candidates(v, v.key(a, b))
            ):
                return a, b
        return start, end

    def _split(self, v: _View, start: int, end: int, label: str) -> list[_Mention]:
        """ "Pandi, Bulacan" or "Africa - Nigeria" is two mentions unless the whole is a name
        ("Washington, D.C."); a hyphen inside a word ("Al-Noor") does not split."""
        key = v.key(start, end)
        cuts = [i for i in range(start, end) if v.texts[i] in _SPLITTERS and not v.glued(i)]
        if not cuts or self.candidates(v, key) or key in self.landmarks:
            return [_Mention(start, end, key, label)]
        parts = []
        for a, b in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
            a, b = v.trim(a, b)
            if a < b:
                parts.append(_Mention(a, b, v.key(a, b), label))
        return parts

    def _narrow(self, v: _View, m: _Mention) -> _Mention:
        """A multi-word mention with no place of its name shrinks to the longest capitalised
        part that names a major place: "Far North Queensland", "The City of Montreal",
        "Aleppo province". Facility names are left whole ("Stade de France")."""
        if (
            m.end - m.start < 2
            or m.label == "FAC"
            or m.key in self.landmarks
            or self.usable(v, m.key, m.label, v.text(m.start, m.end))
        ):
            return m
        for size in range(m.end - m.start - 1, 0, -1):
            for a in range(m.start, m.end - size + 1):
                b = a + size
                key = v.key(a, b)
                if not (v.cap(a) and v.cap(b - 1)) or key in self.stopnames or key in self.demonyms:
                    continue
                if any(_is_major(c, key) for c in self.usable(v, key, m.label, v.text(a, b))):
                    return _Mention(a, b, key, m.label)
        return m

    def _scan_mentions(
        self, v: _View, taken: list[_Mention], demonyms: Counter[str]
    ) -> list[_Mention]:
        """Place names in text the NER did not label as a place."""
        st = _Scan(
            blocked={i for m in taken for i in range(m.start, m.end)},
            ends={m.end for m in taken},
            ner_keys={m.key for m in taken},
            persons={
                fold(t.text) for e in v.doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e
            },
            countries=frozenset(demonyms) | self._rough_countries(v, taken),
        )
        found: list[_Mention] = []
        i = 0
        while i < v.n:
            free = i not in st.blocked and v.ent_of.get(i) not in _NO_SCAN and v.cap(i)
            hit = self._scan_at(v, i, st) if free else None
            if hit is not None:
                found.append(hit)
                st.ends.add(hit.end)
            i = hit.end if hit is not None else i + 1
        return found

    def _rough_countries(self, v: _View, taken: list[_Mention]) -> frozenset[str]:
        """The countries of the likeliest place of each NER mention."""
        found = set()
        for m in taken:
            cands = self.usable(v, m.key, m.label, v.text(m.start, m.end))
            if cands:
                found.add(max(cands, key=lambda c: prior(c, m.key)).country_iso3 or "")
        return frozenset(found)

    def _scan_at(self, v: _View, i: int, st: _Scan) -> _Mention | None:
        """The longest acceptable place name starting at token ``i``, if any."""
        local = i > 0 and (
            v.texts[i - 1].lower() in _LOCATIVE
            or (v.texts[i - 1] in (",", "and") and i - 1 in st.ends)
        )
        for j in range(min(i + _MAX_SCAN_TOKENS, v.sent_end[i]), i, -1):
            if not v.cap(j - 1) or any(k in st.blocked for k in range(i, j)):
                continue
            if any(not v.cap(k) and v.texts[k].lower() not in _CONNECTORS for k in range(i, j)):
                continue
            key, text = v.key(i, j), v.text(i, j)
            if len(key) <= 3 and not (text.isupper() or "." in text):
                continue  # "Mo" is a name, "Mo." Missouri
            if key in self.stopnames or key in self.demonyms:
                continue
            if v.ent_of.get(i) == "PERSON" and key in st.persons:
                continue  # "Paris" where "Paris Hilton" is a person in the article
            if key in self.landmarks or self._scan_accepts(v, key, text, st, local):
                return _Mention(i, j, key, "SCAN")
        return None

    def _scan_accepts(self, v: _View, key: str, text: str, st: _Scan, local: bool) -> bool:
        """A name outside NER places counts if the NER saw it elsewhere, if it is a major
        place (see ``_is_major``), or if it follows "in", "at", "near"... (or a place and a
        comma) and names a place of a country the article is about."""
        cands = self.usable(v, key, "SCAN", text)
        if not cands:
            return False
        if key in st.ner_keys or any(_is_major(c, key) for c in cands):
            return True
        return local and any(c.country_iso3 in st.countries for c in cands)

    def _resolve(
        self, v: _View, mentions: list[_Mention], demonyms: Counter[str]
    ) -> dict[str, _Target]:
        """Folded name → target, for every name that resolves."""
        weights = Counter(m.key for m in mentions)
        ev = Evidence(demonyms, qualifiers=_qualifiers(v, mentions))
        targets: dict[str, _Target] = {}
        cands: dict[str, list[GazEntry]] = {}
        for m in mentions:
            if m.key in self.landmarks:
                found = self._listed_landmark(v, m)
                if found is not None:
                    targets[m.key], city = found
                    ev.fixed.append(city)
                continue
            usable = self.usable(v, m.key, m.label, v.text(m.start, m.end))
            if _is_dateline(v, m):  # "WASHINGTON (AP) —": datelines name cities
                usable = [c for c in usable if c.kind == "city"] or usable
            if usable:
                cands[m.key] = usable
        targets.update((k, _target(e)) for k, e in resolve(cands, weights, ev).items())
        for m in mentions:
            if m.key not in targets and m.label != "SCAN":
                anchor = _anchor(v, m, mentions, targets)
                if anchor is not None:
                    targets[m.key] = _at(v.text(m.start, m.end), anchor)
        return targets

    def _listed_landmark(self, v: _View, m: _Mention) -> tuple[_Target, GazEntry] | None:
        """A landmark of ``landmarks.tsv`` and the city it stands in."""
        city, iso3 = self.landmarks[m.key]
        hits = [
            c for c in self.candidates(v, fold(city)) if c.country_iso3 == iso3 and c.kind == "city"
        ]
        if not hits:
            return None
        entry = max(hits, key=lambda c: c.population)
        return _at(v.text(m.start, m.end), _target(entry)), entry


@dataclass(slots=True)
class _Scan:
    """What the scan for NER-missed names knows about the document."""

    blocked: set[int]  # tokens of NER place mentions
    ends: set[int]  # token indices just after a place mention
    ner_keys: set[str]
    persons: set[str]  # words of multi-word person names ("Paris Hilton")
    countries: frozenset[str]  # countries the article seems to be about


def _is_major(entry: GazEntry, key: str) -> bool:
    """A place safe to take without NER support: a country, a subdivision, a continent, a
    big city named exactly so, or a very big city by any of its names."""
    if entry.kind != "city":
        return entry.kind != "admin2"
    if entry.population >= _FAMOUS_POP:
        return True
    return entry.population >= _SCAN_MIN_POP and fold(entry.name) == key


def _looks_abbreviated(key: str, text: str) -> bool:
    """Whether a short name may be taken by an abbreviation: it has a dot ("Ky."), is in
    capitals ("UK") or has no vowel ("Qld"). Keeps "Miss", "Penn", "Wash" for what they are."""
    if len(key) > 4:
        return True
    return "." in text or text.isupper() or not any(c in key for c in "aeiouy")


def _is_dateline(v: _View, m: _Mention) -> bool:
    """A place opening the text in capitals ("WASHINGTON —") or before "(" ("Paris (AP)")."""
    if any(t.strip() for t in v.texts[: m.start]):
        return False
    return v.text(m.start, m.end).isupper() or (m.end < v.n and v.texts[m.end] == "(")


def _qualifiers(v: _View, mentions: list[_Mention]) -> dict[str, set[str]]:
    """ "Paris, Texas", "Linn County in north central Missouri" → {"paris": {"texas"}, ...}: a
    place followed by a comma or "in" (and a few lower-case words) and another place."""
    out: dict[str, set[str]] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = v.texts[a.end : b.start]
        if (
            a.key != b.key
            and gap
            and gap[0] in (",", "in")
            and len(gap) <= 4
            and all(t.isalpha() and t.islower() for t in gap[1:])
        ):
            out.setdefault(a.key, set()).add(b.key)
    return out


def _at(name: str, anchor: _Target) -> _Target:
    """A landmark standing at a city-level ``anchor``."""
    return _Target(name, anchor.lat, anchor.lon, "sublocal", None, anchor.country, anchor.admin1)


def _anchor(
    v: _View, mention: _Mention, mentions: list[_Mention], targets: dict[str, _Target]
) -> _Target | None:
    """The city a landmark mention stands next to, if any.

    "X in/at/near/, ... Baghdad" (after), "Baghdad's X" (before), or, for facilities only, the
    nearest city in the same sentence within a few tokens.
    """
    lo, hi = v.sent_start[mention.start], v.sent_end[mention.start]
    near: list[tuple[int, _Target]] = []
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
        if mention.label == "FAC" and len(gap) <= _FAC_WINDOW:
            near.append((len(gap), target))
    return min(near, key=lambda p: p[0])[1] if near else None


def _span(doc: Doc, text: str, m: _Mention) -> Span:
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    return Span(text[start:end], start, end)


def _group_key(t: _Target) -> tuple[object, ...]:
    if t.geonameid is not None and t.precision != "sublocal":
        return ("gn", t.geonameid)
    return (t.name, t.precision, t.lat, t.lon)


def _build_places(
    doc: Doc, mentions: list[_Mention], targets: dict[str, _Target]
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


def dominant_place(doc: Doc) -> str | None:
    """The id of the article's main place: the most mentioned; on ties the finer one (a city
    beats a country), then the first mentioned. For events whose sentence names no place."""
    places: list[Place] = doc._.ew_places or []
    if not places:
        return None
    best = max(
        places,
        key=lambda p: (len(p.mentions), _RANK[p.precision], -min(m.start for m in p.mentions)),
    )
    return best.id


@Language.factory("eventwire_places", default_config={"scan": True})
def make_places(nlp: Language, name: str, scan: bool) -> PlacesComponent:
    """spaCy factory for :class:`PlacesComponent` (GeoNames gazetteer, loaded on first use)."""
    return PlacesComponent(nlp, name, scan=scan)
