"""eventwire_places: find toponyms and resolve them to gazetteer places.

Reads ``doc.ents`` (GPE, LOC, FAC are place mentions; NORP demonyms are country context, never
places) and capitalised text outside place entities, which is scanned for place names the NER
missed. Writes ``doc._.ew_places`` (``Place`` records, ids ``p1, p2, ...`` in order of first
mention, one per distinct place with every mention) and ``doc._.ew_place_of`` (token index →
place id).

The scan for names the NER missed, and the evidence it asks of them, is :mod:`scan`;
it also reads a plural unit noun after a list ("Cooke, Grayson and Love counties"). In a
lower-cased article, :mod:`lower` takes lower-case names too, on evidence only ("arrested
in patna", "gaya district", "gaya, bihar", "patna: ...", "kentucky"), counts lower-case demonyms
as context, and lets an abbreviation's alternate name stand without its capitals ("uk").

Resolution, per distinct name (one sense per article), is :func:`resolve.resolve`: a prior
(population, kind, capital status) plus the context of the other names' choices, the article's
demonyms, and the country of its publisher's country-code domain (``doc._.source_url``), which
counts as one demonym: a north-London weekly's "Edmonton" is the London district. A name
whose choice is a small town in a country nothing else in the article points to is dropped
(:func:`resolve.lone_towns`: "Velda" the storm, "Brannock" the store chain).
A name the NER took for a person or organisation is a place where a verb of striking a place
hits it ("Troops shelled Kupiansk", "Shelling hit Khan Younis": :func:`scan.struck_place`).
Then:

*Persons and bodies*: a name that only towns bear is dropped where it names a person
(:mod:`persons`: the surname of someone the article names in full, or a speaker: "Hollister
pleaded", "said Marisol") or opens a firm's, party's or work's name (:mod:`works`: "Ashby
Foundation"); any place name that titles a newspaper or ends a broadcaster's name is dropped
too ("the New York Times", "Radio Free Europe").

*Landmarks*: names in ``landmarks.tsv`` stand in their city, or, where towns away from it
bear the name ("Manhattan", Kansas; "Harlem", Georgia), the landmark is one reading among
theirs, with its city's weight, and the article's other places choose; a seat of power
(``seat_landmarks.txt``: "Kremlin", "White House") only where the text locates something at it
("outside the Kremlin"), not where it names the body that sits there ("the Kremlin said").
A FAC/LOC/GPE mention the gazetteer cannot place ("Al-Noor Square") that stands next to a
resolved city ("X in Baghdad", "Baghdad's X"; for facilities also a city a few words away in
the sentence) takes the city's coordinates with precision "sublocal" and keeps its own name;
with no such city, one whose shape says it is a place ("Flat Creek", "Lake Marlow", "in
Khayelitsha"; :mod:`unlisted`) takes the article's most mentioned city in the country its
places are most often in, as a street does. Unlisted names with a number ("Route 9", "Exit 12")
or made of common nouns alone ("City Park", "City Hall": ``generic_words.txt`` and the place
nouns) are not placed: the corpora do not count them as toponyms.

*Feature words* (:mod:`kinds`): "the city of Kerman" keeps the towns of the name, "the
Volgograd region" its subdivisions; "the Kharkiv region" and "Kherson Oblast" (the word taken
off the NER's name) are the subdivisions called after those towns, filed under other forms of
their names ("Kharkiv Oblast"), while a bare "Kharkiv" in the same article stays the town. A
plural word after a list says so of every name of it ("the Donetsk and Luhansk regions").

*Unit forms* (:mod:`units`): a name the gazetteer lacks is looked up again without its unit
word when the rest names a unit of that kind ("Sokoto State", "County Limerick").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.parse import english_words
from eventwire.nlp.places.abbrevs import (
    drop_legal_forms,
    drop_stray_state_codes,
    misread_abbreviation,
)
from eventwire.nlp.places.bodies import leading_place
from eventwire.nlp.places.gazetteer import GazEntry, Gazetteer, country_entry, default_gazetteer
from eventwire.nlp.places.kinds import (
    kind_hints,
    mention_kinds,
    named_unit,
    of_kinds,
    unit_word,
    word_kinds_after,
)
from eventwire.nlp.places.lower import LOWERED_KEY, is_lowered, with_lower_mentions
from eventwire.nlp.places.persons import drop_persons
from eventwire.nlp.places.points import haversine_km
from eventwire.nlp.places.resolve import (
    Evidence,
    is_major,
    list_peers,
    lone_aliases,
    lone_towns,
    looks_abbreviated,
    misplaced_towns,
    own_name,
    qualifiers,
    resolve,
    said_in,
    shared_water_name,
    stray_post_towns,
    struck_astray,
    towns_of_units,
)
from eventwire.nlp.places.scan import (
    PLACED_MIN_POP,
    Mention,
    View,
    named_as_place,
    scan_mentions,
    struck_place,
    unit_lists,
)
from eventwire.nlp.places.streets import STREET, street_mentions
from eventwire.nlp.places.tables import (
    POST_TOWN,
    fold,
    load_demonym_phrases,
    load_demonyms,
    load_feature_words,
    load_landmarks,
    load_never_names,
    load_seat_landmarks,
    load_stopnames,
    publisher_country,
)
from eventwire.nlp.places.targets import (
    Target,
    anchor_of,
    at_anchor,
    build_places,
    home_city,
    precision_of,
    target_of,
)
from eventwire.nlp.places.units import bare_county_of, unit_candidates
from eventwire.nlp.places.unlisted import (
    feature_name,
    installation_name,
    no_toponym,
    person_words,
    unlisted_place,
)
from eventwire.nlp.places.works import (
    drop_agencies,
    drop_broadcasters,
    drop_clubs,
    drop_disease_names,
    drop_name_heads,
    drop_newspaper_titles,
    team_places,
)
from eventwire.ontology import misspelt_country

__all__ = ["PLACE_LABELS", "PlacesComponent", "make_places", "precision_of"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ALT_MIN_POP = 10_000  # smaller places are not taken by one of their alternate names
_LOCATING_PREPS = frozenset({"in", "at", "near", "outside", "around"})
# "Red Hook, Brooklyn": a qualifying city this big has neighbourhoods named like far small towns
_METRO_POP = 1_000_000
_LOCAL_POP = 100_000
_STRUCK_MIN_POP = 10_000  # a town a struck name may be ("Troops shelled X")
_STRUCK_ONLY_LABELS = ("PERSON", "ORG")  # labels of names a place only as a verb's object
_LOC_MIN_POP = 50_000  # LOC entities (seas, mountains, regions) rarely name small towns
_MAX_LEAD = 2  # leading words the NER may cut off a name ("Chao" of "Chao Phraya River")
_SPLITTERS = frozenset({",", "-", "–", "—", "/", ";"})
_BODY_LABELS = frozenset({"ORG", "PERSON"})  # labels the NER gives "Huntsville Fire" too
# words before a seat of power that make it the building ("outside the Kremlin")
_SEAT_PREPS = _LOCATING_PREPS | {"inside", "to", "from", "into", "toward", "towards"}
_LANDMARK_KM = 50.0  # a town of a landmark's name this near its city is the landmark itself

register_extensions()


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
        scan: also look up capitalised text outside NER place entities, and in a
            lower-cased article lower-case names with strong evidence (:mod:`lower`).
        """
        self.name = name
        self.scan = scan
        self.gazetteer = gazetteer
        self.demonyms = load_demonyms()
        self.landmarks = load_landmarks()
        self.seats = load_seat_landmarks()
        self.stopnames = load_stopnames()
        self.never = load_never_names()
        self.feature_words = load_feature_words()
        self.words = english_words(nlp, ("verb", "adj", "adv"))
        self.nouns = english_words(nlp, ("noun",))

    def __call__(self, doc: Doc) -> Doc:
        v = View(doc)
        lowered = self.scan and is_lowered(v)
        v.lowered = doc.user_data[LOWERED_KEY] = lowered
        phrases = load_demonym_phrases()
        demonyms = Counter(
            self.demonyms.get(fold(t), "")
            for k, t in enumerate(v.texts)
            if (lowered or t[:1].isupper())
            and not (k + 1 < v.n and v.texts[k + 1].lower() in phrases)  # "Spanish flu"
        )
        demonyms[publisher_country(doc._.source_url) or ""] += 1  # a local paper's country
        del demonyms[""]
        streets = street_mentions(v) if self.scan else []
        held = {i for m in streets for i in range(m.start, m.end)}
        mentions = [
            m for m in self._ner_mentions(v) if not any(i in held for i in range(m.start, m.end))
        ]
        mentions += streets
        if self.scan:
            mentions += scan_mentions(self, v, mentions, demonyms)
        if lowered:  # "arrested in patna": names the capital-letter scan cannot see
            mentions = with_lower_mentions(self, v, mentions)
        mentions = unit_lists(self, v, mentions)
        mentions = drop_persons(self, v, mentions)  # "Hollister pleaded", "said Marisol"
        mentions = drop_name_heads(self, v, mentions)  # "Ashby Foundation", "Lakeview Bank"
        mentions = drop_disease_names(self, v, mentions)  # "West Nile virus", "Lassa fever"
        mentions = drop_newspaper_titles(v, mentions)  # "the New York Times reported"
        mentions = drop_legal_forms(v, mentions)  # "Lafarge SA", "Volvo AB"
        # "the VA", "VA's health professionals": an agency, not Virginia
        mentions = drop_stray_state_codes(
            v, mentions, lambda m: self.usable(v, m.key, m.label, v.text(m.start, m.end))
        )
        mentions = drop_broadcasters(v, mentions)  # "Radio Free Europe", "Voice of America"
        mentions = drop_agencies(self, v, mentions)  # "Xinhua news agency", "Anadolu Agency"
        if not lowered:  # "the real dallas" is no club
            mentions = drop_clubs(v, mentions)  # "Real Madrid", "AC Milan", "Club America"
        mentions = [m for m in mentions if m.key not in self.seats or _located(v, m)]
        mentions = sorted((self._as_unit(v, m) for m in mentions), key=lambda m: m.start)
        targets = self._resolve(v, mentions, demonyms)
        places, place_of = build_places(doc, mentions, targets)
        countries = {k for k, t in targets.items() if t.precision == "country"}
        for i in team_places(v, mentions, countries):  # "the Denver Broncos": locates nothing
            place_of.pop(i, None)
        doc._.ew_places, doc._.ew_place_of = places, place_of
        return doc

    def candidates(self, v: View, key: str) -> list[GazEntry]:
        """Gazetteer candidates of a folded name (memoised per document)."""
        if self.gazetteer is None:
            self.gazetteer = default_gazetteer()
        if key not in v.cache:
            found = self.gazetteer.candidates(key)
            v.cache[key] = found or unit_candidates(self.gazetteer, key)
        return v.cache[key]

    def usable(self, v: View, key: str, label: str, text: str) -> list[GazEntry]:
        """Candidates a mention may take. Small places are not taken by alternate names;
        abbreviations need their dot ("Miss" is not "Miss."), a body of water's short alias
        another body shares ("the Gulf") not even that; facilities take only big,
        unambiguous places; LOC entities no small towns."""
        # lower-cased text cannot show an abbreviation's capitals ("uk"): the NER's word for it
        loose = looks_abbreviated(key, text) or v.lowered
        cands = [
            c
            for c in self.candidates(v, key)
            if own_name(c, key)
            or (c.population >= _ALT_MIN_POP if c.kind == "city" else loose)
            or shared_water_name(c, key)
            if not misread_abbreviation(text, c)
        ]
        if v.lowered:  # a hamlet known only by its post office needs its capitals
            cands = [c for c in cands if c.feature_code != POST_TOWN]
        if label == "SCAN":  # a bare county name needs the NER's word that it is a place
            return [c for c in cands if not bare_county_of(c, key)]
        if label == "FAC":
            return [c for c in cands if is_major(c, key)]
        if label == "LOC":
            return [c for c in cands if c.kind != "city" or c.population >= _LOC_MIN_POP]
        return cands

    def _ner_mentions(self, v: View) -> list[Mention]:
        found: list[Mention] = []
        reach = 0  # where the last mention widened over its entity ends
        for ent in v.doc.ents:
            if ent.start < reach:
                continue  # "Kashmir" of "Jammu and Kashmir", taken whole already
            if ent.label_ not in PLACE_LABELS and not self._placed_name(v, ent):
                if ent.label_ in _BODY_LABELS:  # "Huntsville Fire Department"
                    start, end = v.trim(ent.start, ent.end)
                    body = (
                        leading_place(self, v, start, end, "GPE")
                        or feature_name(v, start, end)
                        or self._unit_named(v, Mention(start, end, v.key(start, end), "GPE"))
                    )
                    found += [body] if body is not None else []
                continue
            start, end = self._compound(v, *v.trim(ent.start, ent.end))
            reach = max(reach, end)
            if start < end and v.key(start, end) not in self.demonyms:  # "Iraqi" as GPE
                found += [self._narrow(v, m) for m in self._split(v, start, end, ent.label_)]
        return found

    def _narrow(self, v: View, m: Mention) -> Mention:
        """A multi-word mention with no place of its name: the place opening a local body's
        name ("Titus County Sheriff's Office", :mod:`bodies`), else the longest major place in
        it (:meth:`_major_part`)."""
        if (
            m.end - m.start < 2
            or m.key in self.landmarks
            or self.usable(v, m.key, m.label, v.text(m.start, m.end))
        ):
            return m
        return (
            leading_place(self, v, m.start, m.end, "GPE")
            or self._unit_named(v, m)
            or self._major_part(v, m)
        )

    def _as_unit(self, v: View, m: Mention) -> Mention:
        """ "The Kharkiv region": the mention under the name of the subdivision called after
        the town (:func:`kinds.named_unit`), so that it resolves there while the article's
        bare "Kharkiv" stays the town."""
        if m.label == STREET:
            return m
        unit = named_unit(
            self.candidates(v, m.key), m.key, mention_kinds(v, m), lambda n: self.candidates(v, n)
        )
        return m if unit is None else Mention(m.start, m.end, unit, m.label)

    def _unit_named(self, v: View, m: Mention) -> Mention | None:
        """ "Kherson province", "Luhansk Oblast" taken whole by the NER: the name before the
        subdivision word, which :mod:`kinds` then reads as a subdivision's."""
        if m.end - m.start < 2 or not unit_word(v.texts[m.end - 1]):
            return None
        if m.end < v.n and v.texts[m.end] == "of":
            return None  # "the Plateau district of Montreal": a district's own name
        key = v.key(m.start, m.end - 1)
        if not self.usable(v, key, m.label, v.text(m.start, m.end - 1)):
            return None
        # "Kherson province", not "Mission District": the rest must name a unit of the kind
        kinds = word_kinds_after(v.texts[m.end - 1]) or frozenset()
        cands = self.candidates(v, key)
        unit = named_unit(cands, key, kinds, lambda n: self.candidates(v, n))
        if unit is None and not any(c.kind in kinds for c in cands):
            return None
        return Mention(m.start, m.end - 1, key, m.label)

    def _placed_name(self, v: View, ent: SpacySpan) -> bool:
        """A name the NER took for a person or organisation but that stands where a place
        stands ("at Randwick racecourse", "labs in Pirbright") and is a town's own name."""
        root = ent.root
        if ent.label_ in ("ORG", "PERSON") and struck_place(v, ent.start, ent.end):
            return self._struck_town(v, ent)
        if ent.label_ not in ("ORG", "PERSON", "NORP") or root.dep_ not in ("pobj", "compound"):
            return False
        prep = root.head if root.dep_ == "pobj" else root.head.head
        if prep.lower_ not in _LOCATING_PREPS or prep.dep_ != "prep":
            return False
        if prep.lower_ == "at" and root.dep_ == "pobj":
            return False  # "studied at Harvard": an institution more often than a town
        key = v.key(ent.start, ent.end)
        return any(
            own_name(c, key) and (c.kind != "city" or c.population >= PLACED_MIN_POP)
            for c in self.candidates(v, key)
        )

    def _struck_town(self, v: View, ent: SpacySpan) -> bool:
        """Whether a name that a verb of striking a place hits ("Troops shelled X") is a town
        of :data:`_STRUCK_MIN_POP` or more, also by an alternate name ("Kupiansk" for
        GeoNames' Kupyansk), and no person the article names in full."""
        key = v.key(ent.start, ent.end)
        if key in {fold(e.text) for e in v.doc.ents if e.label_ == "PERSON" and e != ent}:
            return False
        return any(
            c.kind == "city" and c.population >= _STRUCK_MIN_POP
            for c in self.usable(v, key, "SCAN", ent.text)
        )

    def _compound(self, v: View, start: int, end: int) -> tuple[int, int]:
        """Widen "Saxony" to "Saxony-Anhalt" when the NER cut a hyphenated name, and "Antigua
        and" or "Trinidad" to "Antigua and Barbuda" or "Trinidad and Tobago" when it cut a name
        joined by "and", and "Phraya River" to "Chao Phraya River" (:meth:`_led`)."""
        for a, b, hyphen in ((start, end + 2, end), (start - 2, end, start - 1)):
            if (
                start < end
                and a >= 0
                and b <= v.n
                and v.glued(hyphen)
                and self.candidates(v, v.key(a, b))
            ):
                return a, b
        return self._joined(v, *self._led(v, start, end))

    def _led(self, v: View, start: int, end: int) -> tuple[int, int]:
        """Widen "Phraya River" to "Chao Phraya River" when the NER cut a name's leading
        capitalised words: only where the cut name names nothing and the whole names a place."""
        if start >= end or self.candidates(v, v.key(start, end)):
            return start, end
        for a in range(start - 1, max(-1, start - 1 - _MAX_LEAD), -1):
            if not v.cap(a) or v.sent_start[start] > a or a in v.ent_of:
                break
            if self.candidates(v, v.key(a, end)):
                return a, end
        return start, end

    def _joined(self, v: View, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` widened over "and" and the capitalised word after it, when the
        whole is a country's or subdivision's name ("Bosnia and Herzegovina"); a town called
        so is no evidence that the NER cut a name ("Lewis and Clark")."""
        if start >= end:
            return start, end
        k = end - 1 if v.texts[end - 1].lower() == "and" else end
        if k + 2 > v.n or v.texts[k].lower() != "and" or not v.cap(k + 1):
            return start, end
        whole = v.key(start, k + 2)
        if any(c.kind in ("country", "admin1") for c in self.candidates(v, whole)):
            return start, k + 2
        return start, end

    def _split(self, v: View, start: int, end: int, label: str) -> list[Mention]:
        """ "Pandi, Bulacan" or "Africa - Nigeria" is two mentions unless the whole is a name
        ("Washington, D.C."); a hyphen inside a word ("Al-Noor") does not split. "Abuja and
        Kano" is two when both parts are names and the whole is none ("Trinidad and Tobago")."""
        key = v.key(start, end)
        cuts = [i for i in range(start, end) if v.texts[i] in _SPLITTERS and not v.glued(i)]
        if self.candidates(v, key) or key in self.landmarks:
            return [Mention(start, end, key, label)]
        whole = [Mention(start, end, key, label)]
        if not cuts:  # "Abuja and Kano": two places the NER took as one, if both are places
            ands = [i for i in range(start, end) if v.texts[i] == "and"]
            parts = _parts(v, start, end, ands, label)
            return parts if all(self.candidates(v, m.key) for m in parts) else whole
        return _parts(v, start, end, cuts, label)

    def _major_part(self, v: View, m: Mention) -> Mention:
        """A multi-word mention with no place of its name shrinks to the longest capitalised
        part that names a major place: "Far North Queensland", "The City of Montreal",
        "Aleppo province"; not to its feature word alone ("Islands"). Facility names are left
        whole ("Stade de France")."""
        if m.label == "FAC":
            return m
        for size in range(m.end - m.start - 1, 0, -1):
            for a in range(m.start, m.end - size + 1):
                b = a + size
                key = v.key(a, b)
                if not (v.cap(a) and v.cap(b - 1)) or key in self.stopnames or key in self.demonyms:
                    continue
                if size == 1 and key in self.feature_words:
                    continue  # "Islands" of "the Korrin Islands" is no district so named
                if _short_word(key, v.text(a, b)):
                    continue  # "La" of "La Liga" is no "LA", as the scan reads it too
                if any(is_major(c, key) for c in self.usable(v, key, m.label, v.text(a, b))):
                    return Mention(a, b, key, m.label)
        return m

    def _misspelt(self, v: View, m: Mention) -> list[GazEntry]:
        """The country an NER place name misspells by one letter ("Afganistan"), if any."""
        code = misspelt_country(v.text(m.start, m.end)) if m.label in ("GPE", "LOC") else None
        if code is None:
            return []
        if self.gazetteer is None:
            self.gazetteer = default_gazetteer()
        entry = country_entry(self.gazetteer, code)
        return [entry] if entry is not None else []

    def _resolve(
        self, v: View, mentions: list[Mention], demonyms: Counter[str]
    ) -> dict[str, Target]:
        """Folded name → target, for every name that resolves."""
        weights = Counter(m.key for m in mentions)
        spans = [(m.start, m.end, m.key) for m in mentions]
        peers = list_peers(v.texts, spans)
        quals = {
            k: {q for q in qs if q not in peers.get(k, ())}
            for k, qs in qualifiers(v.texts, spans).items()
        }
        ev = Evidence(demonyms, qualifiers=quals, peers=peers)
        targets: dict[str, Target] = {}
        cands: dict[str, list[GazEntry]] = {}
        stands: dict[str, tuple[Target, GazEntry]] = {}  # landmarks weighed against towns
        kinds = kind_hints(v, mentions)  # "the city of Kerman", "the Volgograd region"
        states = self._named_states(v, mentions)
        for m in mentions:
            if m.label == STREET:
                continue  # placed at its city below
            if m.key in self.landmarks:
                found = self._listed_landmark(v, m)
                towns = self._namesakes(v, m, found[1]) if found is not None else []
                if found is not None and towns:  # "Harlem": the New York one, or Georgia's
                    target, city = found
                    stand = replace(city, name=v.text(m.start, m.end))
                    stands[m.key] = (target, stand)
                    cands[m.key] = [stand, *towns]
                elif found is not None:
                    targets[m.key], city = found
                    ev.fixed.append(city)
                continue
            usable = self.usable(v, m.key, m.label, v.text(m.start, m.end))
            if m.label == "LOC" and not _after_the(v, m):  # "the Hudson" is the river
                usable = usable + self._local_towns(v, m, states, usable)
            usable = of_kinds(usable or self._misspelt(v, m), kinds.get(m.key))
            if _is_dateline(v, m):  # "WASHINGTON (AP) —": datelines name cities
                usable = [c for c in usable if c.kind == "city"] or usable
            if usable:
                cands[m.key] = usable
        chosen = resolve(cands, weights, ev)
        targets.update((k, target_of(e)) for k, e in chosen.items())
        # "the village of Yele in Sierra Leone": no Ivorian Yele, but a Sierra Leonean place
        for k, country in misplaced_towns(chosen, said_in(v.texts, spans)).items():
            named_as = _text_of(v, mentions, k)
            targets[k] = replace(
                target_of(country), name=named_as, geonameid=None, feature_code=None
            )
        targets.update((k, t) for k, (t, stand) in stands.items() if chosen.get(k) is stand)
        home = home_city(mentions, targets)
        # "Velda" the storm is no Italian village: its own mentions go, but the article's town
        # was chosen with it, so where its streets and unlisted places stand does not move
        lone = lone_towns(chosen, ev) - _evidenced(v, mentions)
        # "in Kohistan" of a Pakistani story: no Afghan town; "the town of X" stays a town, and
        # so does the town that troops shelled ("Kupiansk" of a story told from Russia's side)
        struck = {m.key for m in mentions if struck_place(v, m.start, m.end)}
        # ... but only in a country the story points to, or next to one ("Russian troops
        # shelled Jackson, officials in Kyiv said": no American town); a name the NER took for
        # a person or a body was a place only for that verb, so it goes
        astray = struck_astray(chosen, ev, struck)
        struck -= astray
        lone |= astray - {m.key for m in mentions if m.label not in _STRUCK_ONLY_LABELS}
        named = struck | {m.key for m in mentions if named_as_place(v, m.start)}
        lone |= lone_aliases(chosen, ev) - named
        lone |= stray_post_towns(chosen, ev)  # "Pike Hollow stores": no hamlet of a state not named
        for key in lone:
            del targets[key]
        self._neighbourhoods(v, mentions, chosen, targets)
        # "Mombasa": the port, not the county of the name around it (its context is weighed)
        town_of = towns_of_units(chosen, cands)
        persons = person_words(v)
        for m in mentions:
            if m.key not in targets and m.key not in lone and m.label != "SCAN":
                if m.label != STREET and no_toponym(m.key):
                    continue  # "Exit 12 near Dover", "City Park"
                # a base named as its town is that town, wherever the sentence's city is
                anchor = self._named_town(v, m, targets) if m.label == "FAC" else None
                anchor = anchor or anchor_of(v, m, mentions, targets)
                if anchor is None and (m.label == STREET or unlisted_place(self, v, m, persons)):
                    anchor = home  # a street or unlisted place of the article's town
                if anchor is not None:
                    targets[m.key] = at_anchor(v.text(m.start, m.end), anchor)
        targets.update((k, target_of(e)) for k, e in town_of.items() if k in targets)
        return targets

    def _neighbourhoods(
        self,
        v: View,
        mentions: list[Mention],
        chosen: dict[str, GazEntry],
        targets: dict[str, Target],
    ) -> None:
        """ "Red Hook, Brooklyn": a name qualified by a landmark district or a city of a million
        or more, whose town lies far from it, is a neighbourhood there, not the far town of its
        name (a list of places, "Boston, New York and Chicago", says nothing of the kind)."""
        for a, b, c in zip(mentions, mentions[1:], [*mentions[2:], None], strict=False):
            town, there = chosen.get(a.key), targets.get(b.key)
            if town is None or town.kind != "city" or there is None or a.key not in targets:
                continue
            if v.texts[a.end : b.start] != [","] or _listed_on(v, b, c):
                continue
            if v.texts[b.end : b.end + 1] in (["'s"], ["\u2019s"], ["-"]):
                continue  # "In Galway, Dublin's mayor said", "In Bend, Chicago-based activists"
            if not _metropolis(there, chosen.get(b.key)) or town.population >= _LOCAL_POP:
                continue
            if haversine_km(town.lat, town.lon, there.lat, there.lon) > _LANDMARK_KM:
                targets[a.key] = at_anchor(_text_of(v, mentions, a.key), there)

    def _named_states(self, v: View, mentions: list[Mention]) -> set[tuple[str | None, str]]:
        """The first-level subdivisions the article names by a mention of their own
        ("California", "Calif."), as (country, name)."""
        return {
            (c.country_iso3, c.name)
            for m in mentions
            if m.label != STREET
            for c in self.usable(v, m.key, m.label, v.text(m.start, m.end))
            if c.kind == "admin1"
        }

    def _local_towns(
        self,
        v: View,
        m: Mention,
        states: set[tuple[str | None, str]],
        usable: list[GazEntry],
    ) -> list[GazEntry]:
        """Towns too small for a LOC mention (``_LOC_MIN_POP``) that bear the name itself in
        a subdivision the article names: "a wildfire near Paradise" of a California story is
        Paradise, California, which the NER's LOC label hid behind Paradise, Nevada."""
        return [
            c
            for c in self.candidates(v, m.key)
            if c.kind == "city"
            and c not in usable
            and own_name(c, m.key)
            and (c.country_iso3, c.admin1) in states
        ]

    def _named_town(self, v: View, m: Mention, targets: dict[str, Target]) -> Target | None:
        """The town a military installation is named as: "Fort Hood" is GeoNames' Fort Cavazos
        (alternate name Fort Hood), the base's town. Only a name of that shape (``Fort X``,
        ``Camp X``: ``installation_leads.txt``; other facilities are named after a town
        elsewhere more often than they stand in one), only one town of 10,000 or more so
        named, and, when the article names places of the town's country, only in a state or
        province of theirs."""
        if not installation_name(v.texts[m.start : m.end]):
            return None
        towns = [
            c
            for c in self.candidates(v, m.key)
            if c.kind == "city" and c.population >= _ALT_MIN_POP
        ]
        if len(towns) != 1:
            return None
        town = towns[0]
        states = {t.admin1 for t in targets.values() if t.admin1 and t.country == town.country_iso3}
        if states and town.admin1 not in states:
            return None  # "Fort Hood" in a Kentucky story: a site there, or not placed
        return target_of(town)

    def _namesakes(self, v: View, m: Mention, city: GazEntry) -> list[GazEntry]:
        """Towns named as a listed landmark, away from its city: "Manhattan", Kansas, and
        "Harlem", Georgia, are towns of local news, so the landmark is one reading among
        theirs (carrying its city's weight) and the article's other places decide. A town
        of the name within its city ("Harlem" the neighbourhood) is the landmark itself. The
        NER's label is no test of the towns' size: it saw the landmark ("Harlem" as LOC)."""
        return [
            c
            for c in self.usable(v, m.key, "GPE", v.text(m.start, m.end))
            if c.kind == "city"
            and own_name(c, m.key)
            and haversine_km(c.lat, c.lon, city.lat, city.lon) > _LANDMARK_KM
        ]

    def _listed_landmark(self, v: View, m: Mention) -> tuple[Target, GazEntry] | None:
        """A landmark of ``landmarks.tsv`` and the city it stands in."""
        city, iso3 = self.landmarks[m.key]
        hits = [
            c for c in self.candidates(v, fold(city)) if c.country_iso3 == iso3 and c.kind == "city"
        ]
        if not hits:
            return None
        entry = max(hits, key=lambda c: c.population)
        return at_anchor(v.text(m.start, m.end), target_of(entry)), entry


def _parts(v: View, start: int, end: int, cuts: list[int], label: str) -> list[Mention]:
    """The mentions between the tokens ``cuts`` of ``[start, end)``."""
    parts = []
    for a, b in zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True):
        a, b = v.trim(a, b)
        if a < b:
            parts.append(Mention(a, b, v.key(a, b), label))
    return parts


def _short_word(key: str, text: str) -> bool:
    """A name of three letters or fewer written as a word ("La", "Al"), not as an
    abbreviation ("LA", "Fla."): the scan takes no such name either."""
    return len(key) <= 3 and not (text.isupper() or "." in text)


def _located(v: View, m: Mention) -> bool:
    """Whether a seat of power is named as a building: after "in", "at", "outside", "to"...
    ("protesters outside the White House"), not as its body ("the Kremlin said", "a White House
    spokesman", "vetoed by the White House")."""
    k = m.start - 1
    if k >= 0 and v.texts[k].lower() == "the":
        k -= 1
    return k >= 0 and v.texts[k].lower() in _SEAT_PREPS


def _is_dateline(v: View, m: Mention) -> bool:
    """A place opening the text in capitals ("WASHINGTON —") or before "(" ("Paris (AP)")."""
    if any(t.strip() for t in v.texts[: m.start]):
        return False
    return v.text(m.start, m.end).isupper() or (m.end < v.n and v.texts[m.end] == "(")


#: Words before a name that put something in it ("settlers set fire to cars in Huwara"); not
#: "at", which also opens a shop's or a hospital's name ("at Harlan's").
_PLACING = frozenset({"in", "near", "outside", "around", "across", "throughout"})


def _evidenced(v: View, mentions: list[Mention]) -> set[str]:
    """Names the text itself calls places: found by the scan, which takes none without
    evidence, named so ("the town of X"), or something happens in them ("in Huwara"). A name
    the NER also labelled was taken by the scan for that label alone, which is no evidence
    ("the Halden Foundation" where the NER took "Halden" for a place elsewhere)."""
    labelled = {m.key for m in mentions if m.label != "SCAN"}
    return {
        m.key
        for m in mentions
        if (m.label == "SCAN" and m.key not in labelled)
        or named_as_place(v, m.start)
        or (m.start > 0 and v.texts[m.start - 1].lower() in _PLACING)
    }


@Language.factory("eventwire_places", default_config={"scan": True})
def make_places(nlp: Language, name: str, scan: bool) -> PlacesComponent:
    """spaCy factory for :class:`PlacesComponent` (GeoNames gazetteer, loaded on first use)."""
    return PlacesComponent(nlp, name, scan=scan)


def _listed_on(v: View, b: Mention, c: Mention | None) -> bool:
    """Whether the list goes on after ``b`` with ``c`` ("X, Y and Z")."""
    return c is not None and v.texts[b.end : c.start] in ([","], ["and"], [",", "and"], ["or"])


def _metropolis(there: Target, entry: GazEntry | None) -> bool:
    """A landmark district standing in its city ("Brooklyn") or a city of a million or more."""
    if there.precision == "sublocal":
        return entry is None or entry.kind == "city"
    return there.precision == "city" and entry is not None and entry.population >= _METRO_POP


def _text_of(v: View, mentions: list[Mention], key: str) -> str:
    """The text of the first mention of a folded name."""
    m = next(m for m in mentions if m.key == key)
    return v.text(m.start, m.end)


def _after_the(v: View, m: Mention) -> bool:
    """Whether "the" stands right before a mention ("the Hudson", "the Valley")."""
    return m.start > 0 and v.text(m.start - 1, m.start).lower() == "the"
