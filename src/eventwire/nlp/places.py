"""eventwire_places: find toponyms and resolve them to gazetteer places.

Reads ``doc.ents`` (GPE, LOC, FAC are place mentions; NORP demonyms are country context; other
entities and plain capitalised text are scanned for well-known place names the NER missed).
Writes ``doc._.ew_places`` (``Place`` records, ids ``p1, p2, ...`` in order of first mention, one
per distinct place with every mention) and ``doc._.ew_place_of`` (token index → place id).

Resolution, per distinct name (one sense per article):

1. *Prior*: log10 population, plus a bonus by kind (a country beats a same-named town), a
   bonus for national and subdivision capitals, a penalty for matching only an alternate name.
2. *Context*, recomputed twice from the other names' current choices: the share of the
   article's places and demonyms in the candidate's country, whether its first-level
   subdivision is named, and its distance to the other places chosen.
3. *Landmarks*: a FAC/LOC mention with no gazetteer match ("the Green Zone") that stands next to
   a resolved place ("X in Baghdad", "Baghdad's X", or in the same sentence near a city)
   takes that place's coordinates; it is "sublocal" when anchored to a city, otherwise it keeps
   the anchor's precision. Names in ``landmarks.tsv`` resolve to their city directly.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.gazetteer import (
    GazEntry,
    Gazetteer,
    default_gazetteer,
    fold,
    load_demonyms,
    load_landmarks,
    load_stopnames,
)
from eventwire.records import Place, Precision, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose tokens are never scanned for place names.
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
_FAMOUS_POP = 1_000_000
_ALT_MIN_POP = 10_000  # smaller places are not taken by one of their alternate names
_LOC_MIN_POP = 50_000  # LOC entities (seas, mountains, regions) rarely name small towns
_MAX_SCAN_TOKENS = 6
_CONNECTORS = frozenset({"of", "and", "de", "del", "la", "le", "el", "al", "upon", "on", "'s",
                         "’s", "-"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "throughout"})
_SPLITTERS = frozenset({",", "-", "–", "—", "/", ";"})
_ANCHOR_PREPS = frozenset({"in", "at", "near", "outside", "of", "inside", "around", "downtown"})
_ANCHOR_GAP = 6  # "X, downtown the Iraqi capital Baghdad": at most this many tokens between
_FAC_WINDOW = 8  # a facility may take the nearest city this many tokens away in its sentence
_PRECISION_RANK: dict[str, int] = {"country": 0, "admin1": 1, "admin2": 2, "city": 3,
                                   "sublocal": 4}

register_extensions()


@dataclass(slots=True)
class _Mention:
    """A toponym occurrence: tokens ``[start, end)`` of the doc."""

    start: int
    end: int
    key: str
    label: str


@dataclass(slots=True)
class _ScanState:
    """What the scan for NER-missed names knows about the document."""

    blocked: set[int]  # tokens of NER place mentions
    ends: set[int]  # token indices just after a place mention
    ner_keys: set[str]
    ent_of: dict[int, str]  # token index → entity label
    persons: set[str]
    countries: frozenset[str]


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
    mentions: list[_Mention] = field(default_factory=list)


def precision_of(entry: GazEntry) -> Precision:
    """Map a GeoNames feature code to the output precision (continents count as "country")."""
    code = entry.feature_code
    if code.startswith("PCL") or code == "CONT":
        return "country"
    if code == "ADM1":
        return "admin1"
    if code == "ADM2":
        return "admin2"
    return "city"


def _target(entry: GazEntry) -> _Target:
    return _Target(entry.name, entry.lat, entry.lon, precision_of(entry), entry.geonameid,
                   entry.country_iso3, entry.admin1, entry.feature_code)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


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
    """What the rest of the article says about where it is."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1s: set[tuple[str | None, str]] = field(default_factory=set)
    points: list[tuple[float, float]] = field(default_factory=list)
    quals: list[GazEntry] = field(default_factory=list)  # "Texas" in "Paris, Texas"
    qualified: list[GazEntry] = field(default_factory=list)  # "Paris" for "Texas"

    def add(self, entry: GazEntry, weight: int) -> None:
        if entry.country_iso3:
            self.countries[entry.country_iso3] += weight
        if entry.admin1:
            self.admin1s.add((entry.country_iso3, entry.admin1))
        if entry.kind in ("city", "admin2"):
            self.points.append((entry.lat, entry.lon))

    def score(self, entry: GazEntry) -> float:
        """Bonus for ``entry`` given this context (distance excluded)."""
        total = sum(self.countries.values())
        here = self.countries.get(entry.country_iso3 or "", 0)
        bonus = (_W_SHARE * here / total + _W_PRESENT) if here else 0.0
        if entry.admin1 and entry.kind != "country":
            bonus += _W_ADMIN1 * ((entry.country_iso3, entry.admin1) in self.admin1s)
        bonus += _W_QUAL * sum(_inside(entry, q) for q in self.quals)
        bonus += _W_QUAL * sum(_inside(q, entry) for q in self.qualified)
        return bonus

    def nearness(self, entry: GazEntry) -> float:
        if entry.kind not in ("city", "admin2") or not self.points:
            return 0.0
        km = min(haversine_km(entry.lat, entry.lon, la, lo) for la, lo in self.points)
        return _W_NEAR * max(0.0, 1.0 - km / _NEAR_KM)


def _inside(inner: GazEntry, outer: GazEntry) -> bool:
    """Whether ``inner`` lies in the country or first-level subdivision ``outer``."""
    if inner is outer or inner.country_iso3 != outer.country_iso3:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    return outer.kind == "admin1" and inner.kind != "admin1" and inner.admin1 == outer.name


def _context(choice: dict[str, GazEntry], weights: Counter[str], ev: Evidence,
             skip: str | None) -> _Context:
    ctx = _Context()
    ctx.countries.update(ev.demonyms)
    for entry in ev.fixed:
        ctx.add(entry, 1)
    for key, entry in choice.items():
        if key != skip:
            ctx.add(entry, min(weights[key], 3))
    if skip is not None:
        ctx.quals = [choice[q] for q in ev.qualifiers.get(skip, ()) if q in choice]
        ctx.qualified = [choice[k] for k, qs in ev.qualifiers.items() if skip in qs and k in choice]
    return ctx


def _best(cands: list[GazEntry], key: str, ctx: _Context) -> GazEntry:
    scored = sorted(((prior(c, key) + ctx.score(c), i) for i, c in enumerate(cands)),
                    reverse=True)
    top = [(s + ctx.nearness(cands[i]), -i) for s, i in scored[:_NEAR_TOP]]
    return cands[-max(top)[1]]


def resolve(cands: dict[str, list[GazEntry]], weights: Counter[str],
            evidence: Evidence | None = None, rounds: int = 2) -> dict[str, GazEntry]:
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
        choice = {k: cs[0] if len(cs) == 1 else _best(cs, k, _context(choice, weights, ev, k))
                  for k, cs in cands.items()}
    return choice


# --------------------------------------------------------------------------- mentions


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", trailing possessives and punctuation."""
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct
                           or doc[end - 1].text in ("'s", "’s", "'", "’")):
        end -= 1
    return start, end


def _key(doc: Doc, start: int, end: int) -> str:
    return fold(doc[start:end].text)


def _is_cap(text: str) -> bool:
    return text[:1].isupper()


class PlacesComponent:
    """Finds toponyms in a Doc and resolves them with a gazetteer (see module docstring)."""

    def __init__(self, nlp: Language | None = None, name: str = "eventwire_places",
                 gazetteer: Gazetteer | None = None, scan: bool = True) -> None:
        """Args:
            nlp: the pipeline (unused; spaCy passes it).
            name: component name.
            gazetteer: where names are looked up (default: the GeoNames gazetteer, loaded
                on first use).
            scan: also look up capitalised text outside NER place entities.
        """
        self.name = name
        self.scan = scan
        self._gazetteer = gazetteer
        self.demonyms = load_demonyms()
        self.landmarks = load_landmarks()
        self.stopnames = load_stopnames()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    @gazetteer.setter
    def gazetteer(self, value: Gazetteer) -> None:
        self._gazetteer = value

    def __call__(self, doc: Doc) -> Doc:
        cache: dict[str, list[GazEntry]] = {}
        mentions = self._ner_mentions(doc, cache)
        if self.scan:
            mentions += self._scan_mentions(doc, mentions, cache)
        mentions.sort(key=lambda m: m.start)
        targets = self._resolve(doc, mentions, cache)
        places, place_of = _build_places(doc, mentions, targets)
        doc._.ew_places = places
        doc._.ew_place_of = place_of
        return doc

    # ---------------------------------------------------------------- lookups

    def candidates(self, key: str, cache: dict[str, list[GazEntry]]) -> list[GazEntry]:
        """Gazetteer candidates of a folded name (memoised per document)."""
        if key not in cache:
            cache[key] = self.gazetteer.candidates(key)
        return cache[key]

    def usable(self, key: str, label: str, text: str,
               cache: dict[str, list[GazEntry]]) -> list[GazEntry]:
        """Candidates a mention may take. Small places are not taken by alternate names;
        abbreviations need their dot ("Miss" is not "Miss."); facilities take only big,
        unambiguous places; LOC entities no small towns."""
        loose = _looks_abbreviated(key, text)
        cands = [c for c in self.candidates(key, cache)
                 if fold(c.name) == key
                 or (c.population >= _ALT_MIN_POP if c.kind == "city" else loose)]
        if label == "FAC":
            return [c for c in cands if _is_major(c, key)]
        if label == "LOC":
            return [c for c in cands if c.kind != "city" or c.population >= _LOC_MIN_POP]
        return cands

    # ---------------------------------------------------------------- finding mentions

    def _ner_mentions(self, doc: Doc, cache: dict[str, list[GazEntry]]) -> list[_Mention]:
        found: list[_Mention] = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            start, end = self._compound(doc, *_trim(doc, ent.start, ent.end), cache)
            if start >= end:
                continue
            key = _key(doc, start, end)
            if key in self.demonyms:
                continue  # "Iraqi" mislabelled as a place is still only context
            for part in self._split(doc, start, end, key, ent.label_, cache):
                found.append(self._narrow(doc, part, cache))
        return found

    def _narrow(self, doc: Doc, m: _Mention, cache: dict[str, list[GazEntry]]) -> _Mention:
        """A multi-word mention with no place of its name shrinks to the longest capitalised
        part that names a place exactly: "Far North Queensland", "The City of Montreal",
        "Aleppo province", "Enfield Borough"."""
        if m.end - m.start < 2 or m.label == "FAC" or m.key in self.landmarks \
                or self.usable(m.key, m.label, _text(doc, m), cache):
            return m  # facility names hold places they are not ("Stade de France")
        for size in range(m.end - m.start - 1, 0, -1):
            for a in range(m.start, m.end - size + 1):
                b = a + size
                if not (_is_cap(doc[a].text) and _is_cap(doc[b - 1].text)):
                    continue
                key = _key(doc, a, b)
                if key in self.stopnames or key in self.demonyms:
                    continue
                cands = self.usable(key, m.label, doc[a:b].text, cache)
                if any(_is_major(c, key) for c in cands):
                    return _Mention(a, b, key, m.label)
        return m

    def _compound(self, doc: Doc, start: int, end: int,
                  cache: dict[str, list[GazEntry]]) -> tuple[int, int]:
        """Widen "Saxony" to "Saxony-Anhalt" when the NER cut a hyphenated name."""
        if start >= end:
            return start, end
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and self.candidates(_key(doc, start, end + 2), cache):
            return start, end + 2
        if start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and self.candidates(_key(doc, start - 2, end),
                                                                       cache):
            return start - 2, end
        return start, end

    def _split(self, doc: Doc, start: int, end: int, key: str, label: str,
               cache: dict[str, list[GazEntry]]) -> Iterable[_Mention]:
        """"Pandi, Bulacan" is two mentions unless the whole is a name ("Washington, D.C.")."""
        cuts = [i for i in range(start, end) if doc[i].text in _SPLITTERS]
        if not cuts or self.candidates(key, cache) or key in self.landmarks:
            return [_Mention(start, end, key, label)]
        parts = []
        for a, b in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
            a, b = _trim(doc, a, b)
            if a < b:
                parts.append(_Mention(a, b, _key(doc, a, b), label))
        return parts

    def _scan_mentions(self, doc: Doc, taken: list[_Mention],
                       cache: dict[str, list[GazEntry]]) -> list[_Mention]:
        """Place names in text the NER did not label as a place."""
        st = _ScanState(
            blocked={i for m in taken for i in range(m.start, m.end)},
            ends={m.end for m in taken},
            ner_keys={m.key for m in taken},
            ent_of=_entity_labels(doc),
            persons=_person_words(doc),
            countries=self._rough_countries(doc, taken, cache),
        )
        found: list[_Mention] = []
        i = 0
        while i < len(doc):
            hit = None
            if i not in st.blocked and st.ent_of.get(i) not in _NO_SCAN and _is_cap(doc[i].text):
                hit = self._scan_at(doc, i, st, cache)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            st.ends.add(hit.end)
            i = hit.end
        return found

    def _rough_countries(self, doc: Doc, taken: list[_Mention],
                         cache: dict[str, list[GazEntry]]) -> frozenset[str]:
        """Countries the article is about at first sight: of demonyms, and of the likeliest
        place of each NER mention."""
        found = set(self._demonym_context(doc))
        for m in taken:
            cands = self.usable(m.key, m.label, _text(doc, m), cache)
            if cands:
                best = max(cands, key=lambda c: prior(c, m.key))
                found.add(best.country_iso3 or "")
        return frozenset(found)

    def _scan_at(self, doc: Doc, i: int, st: _ScanState,
                 cache: dict[str, list[GazEntry]]) -> _Mention | None:
        """The longest acceptable place name starting at token ``i``, if any."""
        sent_end = doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc)
        local = i > 0 and (doc[i - 1].lower_ in _LOCATIVE or (
            doc[i - 1].text in (",", "and") and i - 1 in st.ends))
        for j in range(min(i + _MAX_SCAN_TOKENS, sent_end, len(doc)), i, -1):
            if not _is_cap(doc[j - 1].text) or any(k in st.blocked for k in range(i, j)):
                continue
            if any(not _is_cap(t.text) and t.lower_ not in _CONNECTORS for t in doc[i:j]):
                continue
            key = _key(doc, i, j)
            if len(key) <= 3 and not (doc[i:j].text.isupper() or "." in doc[i:j].text):
                continue  # "Mo" is a name, "Mo." Missouri
            if key in self.stopnames or key in self.demonyms:
                continue
            if st.ent_of.get(i) == "PERSON" and key in st.persons:
                continue  # "Paris" where "Paris Hilton" is a person in the article
            if key in self.landmarks or self._scan_accepts(key, doc[i:j].text, st, local, cache):
                return _Mention(i, j, key, "SCAN")
        return None

    def _scan_accepts(self, key: str, text: str, st: _ScanState, local: bool,
                      cache: dict[str, list[GazEntry]]) -> bool:
        """A name outside NER places counts if the NER saw it elsewhere, if it is a major
        place (see ``_is_major``), or if it follows "in", "at", "near"... (or a place and a
        comma) and names a place of a country the article is about."""
        cands = self.usable(key, "SCAN", text, cache)
        if not cands:
            return False
        if key in st.ner_keys or any(_is_major(c, key) for c in cands):
            return True
        return local and any(c.country_iso3 in st.countries for c in cands)

    # ---------------------------------------------------------------- resolution

    def _resolve(self, doc: Doc, mentions: list[_Mention],
                 cache: dict[str, list[GazEntry]]) -> dict[str, _Target]:
        """Folded name → target, for every name that resolves."""
        weights = Counter(m.key for m in mentions)
        datelines = {m.key for m in mentions if _is_dateline(doc, m)}
        ev = Evidence(self._demonym_context(doc), qualifiers=_qualifiers(doc, mentions))
        targets: dict[str, _Target] = {}
        cands: dict[str, list[GazEntry]] = {}
        for m in mentions:
            if m.key in self.landmarks:
                found = self._listed_landmark(doc, m)
                if found is not None:
                    targets[m.key], city = found
                    ev.fixed.append(city)
                continue
            usable = self.usable(m.key, m.label, _text(doc, m), cache)
            if m.key in datelines:  # "WASHINGTON (AP) —" datelines name cities
                usable = [c for c in usable if c.kind == "city"] or usable
            if usable:
                cands[m.key] = usable
        targets.update((k, _target(e)) for k, e in resolve(cands, weights, ev).items())
        for m in mentions:
            if m.key not in targets and m.label != "SCAN":
                anchor = _anchor(doc, m, mentions, targets)
                if anchor is not None:
                    targets[m.key] = _at(doc[m.start:m.end].text, anchor)
        return targets

    def _listed_landmark(self, doc: Doc, m: _Mention) -> tuple[_Target, GazEntry] | None:
        """A landmark of ``landmarks.tsv`` and the city it stands in."""
        city, iso3 = self.landmarks[m.key]
        hits = [c for c in self.gazetteer.candidates(city)
                if c.country_iso3 == iso3 and c.kind == "city"]
        if not hits:
            return None
        entry = max(hits, key=lambda c: c.population)
        return _at(doc[m.start:m.end].text, _target(entry)), entry

    def _demonym_context(self, doc: Doc) -> Counter[str]:
        counts: Counter[str] = Counter()
        for tok in doc:
            if _is_cap(tok.text):
                iso3 = self.demonyms.get(fold(tok.text))
                if iso3:
                    counts[iso3] += 1
        return counts

def _is_major(entry: GazEntry, key: str) -> bool:
    """A place safe to take without NER support: a country, a subdivision, a continent, a
    big city named exactly so, or a very big city by any of its names."""
    if entry.kind != "city":
        return entry.kind != "admin2"
    if entry.population >= _FAMOUS_POP:
        return True  # also under a well-known other name ("Calcutta", "Peking")
    return entry.population >= _SCAN_MIN_POP and fold(entry.name) == key


def _text(doc: Doc, m: _Mention) -> str:
    return doc[m.start:m.end].text


def _looks_abbreviated(key: str, text: str) -> bool:
    """Whether a short name may be taken by an abbreviation: it has a dot ("Ky."), is in
    capitals ("UK") or has no vowel ("Qld"). Keeps "Miss", "Penn", "Wash" for what they are."""
    if len(key) > 5:
        return True
    return "." in text or text.isupper() or not any(v in key for v in "aeiouy")


def _is_dateline(doc: Doc, m: _Mention) -> bool:
    """An upper-case place opening the text and followed by "," "(" or a dash."""
    text = doc[m.start:m.end].text
    head = doc[:m.start]
    return text.isupper() and all(t.is_space for t in head) and m.end < len(doc) and \
        doc[m.end].text in (",", "(", "-", "—", "–")


def _qualifiers(doc: Doc, mentions: list[_Mention]) -> dict[str, set[str]]:
    """"Paris, Texas" → {"paris": {"texas"}}: a place followed by a comma and another place."""
    out: dict[str, set[str]] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if b.start == a.end + 1 and doc[a.end].text == "," and a.key != b.key:
            out.setdefault(a.key, set()).add(b.key)
    return out


def _entity_labels(doc: Doc) -> dict[int, str]:
    return {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}


def _person_words(doc: Doc) -> set[str]:
    """Folded words of multi-word PERSON entities ("Paris Hilton" → {"paris", "hilton"})."""
    return {fold(t.text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}


def _at(name: str, anchor: _Target) -> _Target:
    """A landmark standing at a city-level ``anchor``."""
    return _Target(name, anchor.lat, anchor.lon, "sublocal", None, anchor.country, anchor.admin1,
                   None)


def _anchor(doc: Doc, mention: _Mention, mentions: list[_Mention],
            targets: dict[str, _Target]) -> _Target | None:
    """The city a landmark mention stands next to, if any.

    "X in/at/near/, ... Baghdad" (after), "Baghdad's X" (before), or, for facilities only, the
    nearest city in the same sentence within a few tokens.
    """
    sent = doc[mention.start].sent if doc.has_annotation("SENT_START") else doc[:]
    near: list[tuple[int, _Target]] = []
    for other in mentions:
        target = targets.get(other.key)
        if other.key == mention.key or target is None or target.precision not in ("city",
                                                                                  "admin2"):
            continue
        if not sent.start <= other.start < sent.end:
            continue
        if other.start >= mention.end:
            between = doc[mention.end:other.start]
            if not len(between) or (len(between) <= _ANCHOR_GAP and (
                    between[0].lower_ in _ANCHOR_PREPS or between[0].text == ",")):
                return target
        else:
            between = doc[other.end:mention.start]
            if len(between) <= 3 and any(t.tag_ == "POS" or t.text in ("'s", "’s")
                                         for t in doc[other.end:mention.start]):
                return target
        if mention.label == "FAC" and len(between) <= _FAC_WINDOW:
            near.append((len(between), target))
    return min(near, key=lambda p: p[0])[1] if near else None


# --------------------------------------------------------------------------- output


def _span(doc: Doc, m: _Mention) -> Span:
    start, end = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
    return Span(doc.text[start:end], start, end)


def _group_key(t: _Target) -> tuple[object, ...]:
    if t.geonameid is not None and t.precision != "sublocal":
        return ("gn", t.geonameid)
    return (t.name, t.precision, t.lat, t.lon)


def _build_places(doc: Doc, mentions: list[_Mention],
                  targets: dict[str, _Target]) -> tuple[list[Place], dict[int, str]]:
    """One Place per distinct target, ids in order of first mention."""
    places: dict[tuple[object, ...], Place] = {}
    place_of: dict[int, str] = {}
    for m in mentions:
        t = targets.get(m.key)
        if t is None:
            continue
        gk = _group_key(t)
        place = places.get(gk)
        if place is None:
            place = Place(f"p{len(places) + 1}", t.name, t.geonameid, t.lat, t.lon, t.country,
                          t.admin1, t.feature_code, t.precision)
            places[gk] = place
        place.mentions.append(_span(doc, m))
        for i in range(m.start, m.end):
            place_of[i] = place.id
    return list(places.values()), place_of


def dominant_place(doc: Doc) -> str | None:
    """The id of the article's main place: most mentioned; the finer one on ties, then the
    first mentioned. For events whose own sentence names no place."""
    places: list[Place] = doc._.ew_places or []
    if not places:
        return None
    best = max(places, key=lambda p: (len(p.mentions), _PRECISION_RANK[p.precision],
                                      -min(m.start for m in p.mentions)))
    return best.id


@Language.factory("eventwire_places", default_config={"scan": True})
def make_places(nlp: Language, name: str, scan: bool) -> PlacesComponent:
    """spaCy factory for :class:`PlacesComponent` (GeoNames gazetteer, loaded on first use)."""
    return PlacesComponent(nlp, name, scan=scan)


__all__ = ["PlacesComponent", "dominant_place", "make_places", "precision_of", "prior",
           "resolve", "haversine_km"]
