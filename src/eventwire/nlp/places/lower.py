"""Place names in lower-cased text, which the capital-letter scan cannot see.

Some sources lower-case their text (Indian police news in the IndiaPoliceEvents set), and the
small model's NER finds few places in it. :func:`is_lowered` decides that an article is
lower-cased: most of its sentences open with a lower-case word (at least ``LOWERED_SHARE`` of
them), and it has at most a few capitalised words inside sentences. Then
:func:`lower_mentions` looks up lower-case words too, but only on evidence; the weaker the
cue, the bigger the place must be:

* no cue at all, by its own name: a country or continent, a first-level subdivision of
  ``BIG_UNIT_POP`` people ("kentucky"), or a city of ``BIG_CITY_POP``, unless a person's,
  facility's, work's or product's name holds it ("vladimir putin") or it is a common noun
  with an article or owner, its own or its head's ("a turkey", "a turkey farm"); a short
  name or abbreviation of a country or continent the tagger reads as a proper noun ("uk",
  "u.s.", "the us": "us" only after "the"), and of a first-level subdivision after a comma
  ("gainesville, fla.") or, where the article's places lie in its country, after a place
  preposition ("in nsw" beside sydney; "in ncr" in an Indian story is no Metro Manila);
* a dateline (the name opening the text or a line before a colon, a dash or "(" not before a
  number, perhaps after ", date": "patna: ...", "new delhi, march 3: ..."; or a sentence
  before a dash): any town the gazetteer lists by its own name, or a city of a million by
  another ("bombay:"); not "anita (35), a resident of ...";
* a unit noun after it ("x district", "x area"), a qualifier ", y" with y a country or
  first-level subdivision (y is then taken after "x,"), a word of local government
  (``civic_words.txt``: "x police", "x council", or its fire service: "x fire department";
  by the town's own name or a famous city's other one) or "-based", or a place and "," or
  "and" before it ("in patna and gaya"): a town of ``UNIT_MIN_POP`` people;
* a place preposition ("in", "at", "near", "from", "of", "around", "outside", "across",
  "throughout"), or a noun for the town's people after it with an article or number before
  it ("a huntsville man", "two dayton teens": ``people_nouns.txt``): a city of
  ``LOWER_MIN_POP``, or of ``IN_MIN_POP`` right after "in" or "near" when WordNet knows no
  noun of the name ("in elyria"; not "in union"); or, after a place preposition other than
  a bare "of", after ", of" (a person's home) or before such a noun, any town of a
  first-level subdivision the article's other places lie in ("in innisfail" with queensland
  named);
* never a common word: no stop word, no stop name or never name (``stopnames.txt``,
  ``never_names.txt``), no demonym, no word the model's lemmatizer knows as a verb, adjective
  or adverb (WordNet: "mobile", "split", "bath"), none it reads as an inflected form ("reading"
  → "read"; but a country's plural-looking name, "philippines"), none the tagger reads as a
  verb, adjective, adverb or number here.

A name so taken is a place at its other lower-case mentions in the article too (one sense per
article); the evidence is read again (``_ROUNDS`` times at most) with the places taken so far,
whose subdivisions and list positions are evidence in turn. Resolution is the same as for
capitalised names (the mentions are labelled "SCAN").
"""

from __future__ import annotations

import math
from typing import Protocol

from spacy.tokens import Doc

from eventwire.datafiles import word_group
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.lower_cues import (
    PARTY_COUNTRY,
    civic,
    local_body,
    opens_dateline,
    owner,
    party_tag,
    saints_house,
    townsfolk,
)
from eventwire.nlp.places.resolve import own_name, prior
from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import (
    ABBREVIATED_WORDS,
    fold,
    load_place_nouns,
)

__all__ = [
    "IN_MIN_POP",
    "LOWERED_KEY",
    "LOWERED_SHARE",
    "LOWER_MIN_POP",
    "UNIT_MIN_POP",
    "is_lowered",
    "lower_mentions",
    "with_lower_mentions",
    "without_dotted_leads",
]

LOWERED_SHARE = 0.75  # of sentences opening in lower case: the article was lower-cased
_MAX_CAPITALISED = 0.02  # of words inside sentences, at most (a proper-noun-like position)
LOWER_MIN_POP = 100_000  # a town "from x", "at x" may name: one most readers would know
IN_MIN_POP = 30_000  # ... or right after "in" or "near", which put something in x ("in elyria")
UNIT_MIN_POP = 10_000  # "x district", "x, bihar", "x police", "patna and x": evidence enough
BIG_CITY_POP = 1_000_000  # a city a lower-case name may be with no cue at all
BIG_UNIT_POP = (
    100_000  # a state or province so, by its towns (Sikkim; not Libya's Ghat, Japan's Saga)
)
#: Entities a lower-case name with no cue may not sit in: a person's, a facility's, a work's or
#: a product's name. Not ORG: a state's bodies name the state ("kentucky department of
#: education"); not EVENT: "the iraq war" is about Iraq.
_NAME_LABELS = frozenset({"PERSON", "FAC", "WORK_OF_ART", "PRODUCT"})
_TIME_LABELS = frozenset({"DATE", "TIME", "MONEY"})
_FAMOUS_POP = 1_000_000  # a city that may be named by one of its alternate names
#: Not "around": people are rallied and crowded around ("around irving after his injury").
_PREPS = frozenset({"in", "at", "near", "from", "of", "outside", "across", "throughout"})
_PLACING_PREPS = _PREPS - {"of"}  # "the order of x" places nothing in x
_IN_PREPS = frozenset({"in", "near"})  # not "at" ("at kroger"), "from" ("a letter from lopez")
_AREA = "area"  # "the knoxville area": a unit noun of lower-case text only
_UNIT_KINDS = frozenset({"admin1", "admin2"})
#: Unit words that end the names of counties, districts and provinces ("kanawha county").
_UNIT_ENDINGS = word_group("eventwire.nlp.places", "unit_endings")
_MAX_TOKENS = 3
_ROUNDS = 3  # of evidence, each seeing the places the ones before took
_CONNECTORS = frozenset({"of", "de", "del", "la", "el", "al", "-"})
_WORD_POS = frozenset(
    {"VERB", "AUX", "ADV", "NUM", "PRON", "DET", "ADP", "CCONJ"}
)  # not ADJ: "bihar"
_SHORT = 4  # letters of an abbreviation at most ("uk", "u.s.", "calif")
_SHORT_KINDS = frozenset({"country", "continent"})
_TOP_KINDS = frozenset({"country", "continent", "admin1"})
_WIDE_KINDS = frozenset({"country", "continent"})  # what no ", y" qualifier places in y
#: ``Doc.user_data`` key under which the places component records :func:`is_lowered`'s answer,
#: so later components read it instead of judging the article again.
LOWERED_KEY = "eventwire.places.lowered"


Region = tuple[str, str]  # (ISO alpha-3, folded subdivision name)


class LowerLookup(Lookup, Protocol):
    """The places component, plus the English words no lower-case place name may be."""

    words: frozenset[str]
    nouns: frozenset[str]  # WordNet's nouns ("union", "fort"): weaker names after "in"


def with_lower_mentions(look: LowerLookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less an abbreviated saint's split off by the NER, then the lower-case names
    :func:`lower_mentions` takes around them."""
    kept = without_dotted_leads(v, mentions)
    return kept + lower_mentions(look, v, kept)


def without_dotted_leads(v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less an abbreviated saint, mount or fort alone and the word the NER split
    off after it ("st." and "louis" of "st. louis"), so that the name is read whole."""
    leads = {m.end for m in mentions if m.key in ABBREVIATED_WORDS}
    cut = leads | {k + 1 for k in leads if k < v.n and v.texts[k] == "."}
    return [m for m in mentions if m.key not in ABBREVIATED_WORDS and m.start not in cut]


def doc_lowered(doc: Doc) -> bool:
    """Whether the places stage found this article lower-cased (:func:`is_lowered`)."""
    return bool(doc.user_data.get(LOWERED_KEY, False))


def is_lowered(v: View) -> bool:
    """Whether the article was lower-cased: at least ``LOWERED_SHARE`` of its sentences open
    with a lower-case letter, and few words inside sentences are capitalised."""
    starts = inner = caps = lowered = 0
    for i, text in enumerate(v.texts):
        if not text[:1].isalpha():
            continue
        if v.sent_start[i] == i or i == v.first_word:
            starts += 1
            lowered += text[:1].islower()
        else:
            inner += 1
            caps += text[:1].isupper()
    if starts == 0:
        return False
    return lowered >= LOWERED_SHARE * starts and caps <= _MAX_CAPITALISED * max(inner, 1)


def lower_mentions(look: LowerLookup, v: View, taken: list[Mention]) -> list[Mention]:
    """Lower-case place names outside the mentions already ``taken``, on strong evidence.

    Args:
        look: the places component's name tables, word list and gazetteer lookups.
        v: a lower-cased document (see :func:`is_lowered`).
        taken: the place mentions found so far, whose tokens are left alone.

    Returns:
        The names taken, labelled "SCAN": first those with a cue, then their other mentions.
    """
    blocked = {i for m in taken for i in range(m.start, m.end)}
    ends = {m.end for m in taken}
    found: list[Mention] = []
    regions = _regions(look, v, taken)
    for _ in range(_ROUNDS):
        new = _lower_pass(look, v, blocked, ends, None, regions)
        # one sense per article: "in patna" makes "patna police" a place too
        new += _lower_pass(look, v, blocked, ends, {m.key for m in [*found, *new]}, regions)
        if not new:
            break
        found += new
        # a town named after a place preposition in a subdivision the article names ("in
        # innisfail", queensland); a name listed after a place taken only now ("gaya and x")
        regions = _regions(look, v, [*taken, *found])
    return found


def _regions(look: LowerLookup, v: View, taken: list[Mention]) -> frozenset[Region]:
    """The first-level subdivisions of the article's places: of each mention's likeliest
    subdivision or town (a country is too wide a region to place a small town in)."""
    found = set()
    for m in taken:
        cands = look.usable(v, m.key, m.label, v.text(m.start, m.end))
        if not cands:
            continue
        best = max(cands, key=lambda c: prior(c, m.key))
        region = _region(best)
        if region is None and best.kind == "country" and best.country_iso3:
            region = (best.country_iso3, "")  # the country alone: for its states' abbreviations
        if region is not None:
            found.add(region)
    return frozenset(found)


def _region(entry: GazEntry) -> Region | None:
    """``(country, subdivision)`` of a subdivision or of a town in one."""
    if entry.country_iso3 is None:
        return None
    if entry.kind == "admin1":
        return entry.country_iso3, fold(entry.name)
    if entry.kind in ("city", "admin2") and entry.admin1:
        return entry.country_iso3, fold(entry.admin1)
    return None


def _lower_pass(
    look: LowerLookup,
    v: View,
    blocked: set[int],
    ends: set[int],
    keys: set[str] | None,
    regions: frozenset[Region],
) -> list[Mention]:
    """One left-to-right scan of the tokens no place mention holds yet."""
    found: list[Mention] = []
    i = 0
    while i < v.n:
        hit = None if i in blocked else _lower_at(look, v, i, blocked, ends, keys, regions)
        if hit is not None:
            found.append(hit)
            blocked.update(range(hit.start, hit.end))
            ends.add(hit.end)
        i = hit.end if hit is not None else i + 1
    return found


def _lower_at(
    look: LowerLookup,
    v: View,
    i: int,
    blocked: set[int],
    ends: set[int],
    keys: set[str] | None,
    regions: frozenset[Region],
) -> Mention | None:
    """The longest lower-case place name starting at token ``i`` with its evidence, if any;
    with ``keys`` (second pass), any name of ``keys`` there. A place and "," or "and" before
    the name count as a preposition ("in patna and gaya", "gaya, bihar")."""
    if not v.texts[i][:1].islower():
        return None
    listed = i > 0 and v.texts[i - 1] in (",", "and") and i - 1 in ends
    prep = listed or (i > 0 and v.texts[i - 1] in _PREPS)
    countries = frozenset(c for c, _ in regions)
    abbr = _short_name(look, v, i, listed and v.texts[i - 1] == ",", prep, countries)
    if abbr is not None and v.ent_of.get(i) not in _TIME_LABELS:
        end = abbr[0]
        if not any(k in blocked for k in range(i, end)):
            key = v.key(i, end)
            if keys is None or key in keys:
                return Mention(i, end, key, "SCAN")
    for j in range(min(i + _MAX_TOKENS, v.sent_end[i]), i, -1):
        if any(k in blocked for k in range(i, j)) or not _name_shaped(v, i, j):
            continue
        if _in_time_entity(v, i, j):
            continue
        if j < v.n and civic(v.texts[j - 1]) and civic(v.texts[j]):
            continue  # "gaya city council": "gaya" before "city council", not "gaya city"
        key = v.key(i, j)
        # a dateline or a qualifier outweighs a plural's look ("ames, iowa", "athens: ...")
        strong = opens_dateline(v, i, j) or _qualifier(look, v, j) is not None
        if _common(look, v, i, j, key, inflected=not strong):
            continue
        if keys is not None:
            if key in keys:
                return Mention(i, j, key, "SCAN")
            continue
        if _evidenced(look, v, i, j, key, prep, listed, regions):
            return Mention(i, j, key, "SCAN")
    return None


def _evidenced(
    look: LowerLookup,
    v: View,
    i: int,
    j: int,
    key: str,
    prep: bool,
    listed: bool,
    regions: frozenset[Region],
) -> bool:
    """Whether ``doc[i:j]`` (folded ``key``) is a place by its cue and its size: ``prep``, a
    place preposition or a listing before it; ``listed``, a place and "," or "and" before it;
    ``regions``, the subdivisions of the article's places."""
    cands = look.usable(v, key, "SCAN", v.text(i, j))
    if not cands or saints_house(v, i, j) or owner(v, i, j):
        return False
    unit = j < v.n and v.texts[j].lower() in {*load_place_nouns(), _AREA}
    unit_named = _unit_named(look, v, i, j, cands, regions)
    qualifier = _qualifier(look, v, j)
    floor, folk = None, townsfolk(v, i, j)
    if opens_dateline(v, i, j):
        floor = 0  # a dateline names the town the story is filed from, however small
    elif party_tag(v, i):
        floor, qualifier = 0, PARTY_COUNTRY  # a member's home town, however small
    elif unit or qualifier is not None or listed or local_body(v, j) or unit_named:
        floor = UNIT_MIN_POP
    elif prep or folk:
        floor = IN_MIN_POP if _put_in(look, v, i, key) else LOWER_MIN_POP
    # A dateline or a local body's name is the place's own name, or a famous city's other one
    # ("bombay police"; "kotwali police station" is no Rangpur, alternate name of a smaller city).
    own = (
        floor == 0
        or (floor == UNIT_MIN_POP and local_body(v, j) and not unit and not listed)
        or unit_named  # "kanawha county" is Kanawha County itself
    )
    famous = _FAMOUS_POP if not folk else math.inf  # "the pueblo man" is no man of Puebla
    if floor is not None and any(
        _sizeable(c, key, floor, qualifier)
        and (not (own or folk) or own_name(c, key) or c.population >= famous)
        for c in cands
    ):
        return True
    if (_placing(v, i) or folk) and any(_regional(c, key, regions) for c in cands):
        return True
    return qualifier is None and _bare_name(v, i, j) and any(_known(c, key) for c in cands)


def _unit_named(
    look: LowerLookup,
    v: View,
    i: int,
    j: int,
    cands: list[GazEntry],
    regions: frozenset[Region],
) -> bool:
    """Whether the name ends in the word of its unit ("kanawha county", "rapides parish") and
    names a unit of a country the article's other places lie in: the unit word is then the
    evidence, as a unit noun after a name is. Not a common word's ("a rich county", "the
    financial district"), nor a description ("the green county of kerry")."""
    if j - i < 2 or v.texts[j - 1].lower() not in _UNIT_ENDINGS or v.texts[i] in look.words:
        return False
    if j < v.n and v.texts[j] == "of":
        return False
    countries = {country for country, _ in regions}
    return any(c.kind in _UNIT_KINDS and c.country_iso3 in countries for c in cands)


def _name_shaped(v: View, i: int, j: int) -> bool:
    """Lower-case words, with connectors ("isle of man") only inside, perhaps after an
    abbreviated saint, mount or fort ("st. louis")."""
    words = v.texts[i:j]
    if not (words[0].isalpha() and words[-1].isalpha()):
        return False
    if len(words) > 2 and words[0] in ABBREVIATED_WORDS and words[1] == ".":
        words = words[2:]  # "st. louis", "mt. pleasant"
    return all(w.isalpha() and w.islower() or w in _CONNECTORS for w in words)


def _in_time_entity(v: View, i: int, j: int) -> bool:
    """Whether ``doc[i:j]`` lies inside a date, time or money entity ("in may", "at noon"): no
    place. A name that runs past the entity is one the model misread in lower-case text: "in
    cedar falls" with "cedar" taken for a date."""
    return all(v.ent_of.get(k) in _TIME_LABELS for k in range(i, j))


def _common(look: LowerLookup, v: View, i: int, j: int, key: str, inflected: bool = True) -> bool:
    """Whether ``doc[i:j]`` is (or may well be) a common word rather than a name; with
    ``inflected`` (no dateline or qualifier outweighs the guess), also an inflected form of one
    ("reading") or one the tagger reads as a verb, adverb or number here ("patna:" it may)."""
    if key in look.stopnames or key in look.never or key in look.demonyms or len(key) <= 3:
        return True
    if j - i > 1:
        return v.doc[i].is_stop or v.doc[j - 1].is_stop
    token = v.doc[i]
    return (
        token.is_stop
        or key in look.words
        or (inflected and token.pos_ in _WORD_POS)
        or (
            inflected
            and _inflection(look, token.lemma_, token.lower_)
            and not _plural_country(look, v, key)
        )
    )


def _inflection(look: LowerLookup, lemma: str, word: str) -> bool:
    """Whether ``word`` is an inflected form of the English word ``lemma`` ("reading" of
    "read", "wells" of "well"); not a name the lemmatizer strips of its final "s" as if a
    plural ("béziers" is no plural of an English "bézier")."""
    return lemma not in ("", word) and (lemma in look.words or lemma in look.nouns)


def _plural_country(look: LowerLookup, v: View, key: str) -> bool:
    """Whether ``key`` is a country's own name that reads as a plural ("philippines")."""
    return any(c.kind == "country" and fold(c.name) == key for c in look.candidates(v, key))


def _qualifier(look: LowerLookup, v: View, j: int) -> str | None:
    """The country of ", y" after a name ending before token ``j``, when y (one or two
    lower-case words, not a common word) is a country or first-level subdivision."""
    if j + 1 >= v.n or v.texts[j] != ",":
        return None
    abbr = _abbreviated(look, v, j + 1, _TOP_KINDS, dotted=True)
    if abbr is not None:  # "gainesville, fla."
        return abbr[1]
    for end in (j + 3, j + 2):
        if end > v.n or not _name_shaped(v, j + 1, end):
            continue
        key = v.key(j + 1, end)
        if _common(look, v, j + 1, end, key):
            continue
        for c in look.usable(v, key, "SCAN", v.text(j + 1, end)):
            if c.kind in ("country", "admin1") and c.country_iso3:
                return c.country_iso3
    return None


def _short_name(
    look: LowerLookup,
    v: View,
    i: int,
    qualifying: bool,
    prep: bool,
    countries: frozenset[str] = frozenset(),
) -> tuple[int, str] | None:
    """``(end, country)`` of a short name or abbreviation at token ``i`` that names a country
    or continent ("uk", "u.s.", "the us", "eu"); a first-level subdivision too after a comma
    ("gainesville, fla.": only with its dot, unless the name before the comma was taken,
    ``qualifying``: "penrith, nsw"), or after a place preposition when the article's places
    lie in its country (``countries``: "in nsw" beside Sydney; "in ncr" in an Indian story is
    no Metro Manila, nor "in sc/st act" South Carolina)."""
    found = None
    if party_tag(v, i):  # "d-n.y.", "r-calif": a state of the US
        party = _abbreviated(look, v, i, _TOP_KINDS)
        return party if party is not None and party[1] == PARTY_COUNTRY else None
    if i > 0 and v.texts[i - 1] == ",":  # "gainesville, fla.", "penrith, nsw"
        found = _abbreviated(look, v, i, _TOP_KINDS, dotted=not qualifying)
    found = found or _abbreviated(look, v, i, _SHORT_KINDS)
    if found is None and prep:
        unit = _abbreviated(look, v, i, _TOP_KINDS)
        found = unit if unit is not None and unit[1] in countries else None
    if found is None:
        return None
    token = v.doc[i]
    if found[0] == i + 1 and token.pos_ != "PROPN":
        return None  # "car", "man": not the Central African Republic, not Manitoba
    if token.is_stop and not (i > 0 and v.texts[i - 1] == "the"):
        return None  # "us", but "the us"
    return found


def _abbreviated(
    look: LowerLookup, v: View, i: int, kinds: frozenset[str], dotted: bool = False
) -> tuple[int, str] | None:
    """``(end, country)`` of a lower-case abbreviation at token ``i`` naming a place of
    ``kinds``: a short word, with its dot when the tokenizer split one off ("u.s" "."); with
    ``dotted``, only one written with a dot ("ky.", not "ky")."""
    text = v.texts[i]
    if not (text[:1].isalpha() and text.islower()) or len(text.replace(".", "")) > _SHORT:
        return None
    dot = i + 1 < v.n and v.texts[i + 1] == "." and not v.spaces[i]
    end = i + 2 if dot and (dotted or "." in text) else i + 1
    if not text.replace(".", "").isalpha() or (dotted and end == i + 1 and "." not in text):
        return None
    key = v.key(i, end)
    for c in look.candidates(v, key):
        if c.kind in kinds and fold(c.name) != key:
            return end, c.country_iso3 or ""
    return None


def _bare_name(v: View, i: int, j: int) -> bool:
    """Whether ``doc[i:j]`` reads as a name on its own: no person's, facility's, work's or
    product's name holds it ("vladimir putin"), and a one-word name is no common noun with an
    article or owner ("cook a turkey", "your turkey", "a turkey farm")."""
    if any(v.ent_of.get(k) in _NAME_LABELS for k in range(i, j)):
        return False  # "vladimir putin"
    token = v.doc[i]
    # a noun's article or owner, or its head's when it is a compound ("a turkey farm")
    owners = [token, token.head] if token.dep_ == "compound" else [token]
    return (
        j - i > 1
        or token.pos_ != "NOUN"
        or not any(c.dep_ == "poss" or c.lower_ in ("a", "an") for t in owners for c in t.children)
    )


def _put_in(look: LowerLookup, v: View, i: int, key: str) -> bool:
    """Whether a name right after "in" or "near" may be a smaller town (``IN_MIN_POP``): not
    one WordNet knows as a noun, common ("in union", "near the fort") or famous ("in victoria"),
    which still needs a town most readers would know (``LOWER_MIN_POP``)."""
    return i > 0 and v.texts[i - 1] in _IN_PREPS and key not in look.nouns


def _placing(v: View, i: int) -> bool:
    """Whether the words before token ``i`` put something in a place: "in", "at", "near",
    "from", or a person's home ("a man, 30, of x"); not a bare "of" ("the order of x")."""
    if i < 1:
        return False
    word = v.texts[i - 1]
    return word in _PLACING_PREPS or (word == "of" and i > 1 and v.texts[i - 2] == ",")


def _regional(entry: GazEntry, key: str, regions: frozenset[Region]) -> bool:
    """A town so named in a subdivision the article names ("in innisfail", queensland)."""
    return entry.kind == "city" and own_name(entry, key) and _region(entry) in regions


def _known(entry: GazEntry, key: str) -> bool:
    """A place a lower-case name may be with no cue at all, by its own name: a country or a
    continent, a first-level subdivision of ``BIG_UNIT_POP`` people (not Libya's Ghat or
    Jersey's Trinity), a city of ``BIG_CITY_POP``."""
    if fold(entry.name) != key:
        return False
    if entry.kind == "admin1":
        return entry.population >= BIG_UNIT_POP
    return entry.kind in _TOP_KINDS or (entry.kind == "city" and entry.population >= BIG_CITY_POP)


def _sizeable(entry: GazEntry, key: str, min_pop: int, country: str | None) -> bool:
    """A place a lower-case name may be: in the qualifier's country if there is one (a
    country or continent lies in none: "chile, slovakia, portugal" is a list); a country,
    continent or first-level subdivision; a district or county (with a unit noun or
    qualifier only); a city of at least ``min_pop`` people named so, or a very big one by
    any name."""
    if country is not None and entry.country_iso3 != country and entry.kind not in _WIDE_KINDS:
        return False
    if entry.kind in _TOP_KINDS:
        return entry.kind != "admin1" or entry.population > 0
    if entry.kind == "admin2":
        return min_pop <= UNIT_MIN_POP
    if entry.kind != "city":
        return False
    named = own_name(entry, key) or entry.population >= _FAMOUS_POP
    return named and entry.population >= min_pop
