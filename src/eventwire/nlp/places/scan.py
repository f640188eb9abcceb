"""The gazetteer scan: place names the NER missed, each taken only on evidence.

NER models miss many toponyms (small towns, datelines in capitals, names in lists), so the
places component also looks up capitalised text outside NER place entities in the gazetteer.
Most capitalised words are not places, and most gazetteer names are also words or given names,
so a name found this way is taken only on evidence: a major place; "in X", "X, Y", a list of
places, a local body named after X (an organisation's name it opens, or a word of local
government after it: ``civic_words.txt``), "X-based", "X and other towns", "from Y to X", in an
article about X's country; a dateline, also one after a headline ("... . CROMWELL — "); "the town
of X" (X the whole capitalised name), "X County", "X, a village in Y"; "X residents" (a noun of
``resident_words.txt`` after the name, in an article about X's country). A stop name
(``stopnames.txt``: a common word or given name) is never taken for being a major place alone,
and those of ``never_names.txt`` not at all; nor is a one-word possessive with no noun after
it ("at Harlan's, 20 Main St.": a shop or a home).
A name taken after "in" or qualified is then taken at its other capitalised mentions too (one
sense per article). Number entities are skipped only for their number words: the NER may
swallow the name after a number ("412 Fresno County residents" as one PERCENT).

Separately, :func:`unit_lists` reads a plural unit noun after a list ("Cooke, Grayson and Love
counties" are counties), whatever the NER or the scan made of the names.

Also here, because the scan reads them most: :class:`View` (the per-document token facts the
component and the scan share) and :class:`Mention`. The component supplies the gazetteer
lookups through :class:`Lookup`, so this module does not import it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Token

from eventwire.datafiles import word_group
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.resolve import is_major, own_name, prior
from eventwire.nlp.places.tables import (
    fold,
    load_body_words,
    load_civic_words,
    load_place_nouns,
    load_place_tails,
    load_resident_words,
)

__all__ = [
    "PLACED_MIN_POP",
    "Lookup",
    "Mention",
    "View",
    "named_as_place",
    "place_tail",
    "scan_mentions",
    "struck_place",
    "unit_lists",
]

PLACED_MIN_POP = 2_000  # towns a mislabelled name in a place slot may be ("at Randwick")
_NO_SCAN = frozenset({"PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"})
_MAX_SCAN_TOKENS = 6
_MIN_NAME_WORDS = 2  # names after a place's name that make an organisation a person's name
_CONNECTORS = frozenset(
    {"of", "and", "de", "del", "la", "le", "el", "al", "upon", "on", "'s", "’s", "-"}
)
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "across", "throughout"})
# "Cooke and Grayson counties": the plural unit noun after a list → the unit word of each name
_UNIT_PLURALS = {"counties": "county", "parishes": "parish", "townships": "township"}
_DASHES = frozenset({"-", "--", "—", "–", "("})
_PARTIES = frozenset({"R", "D", "I"})  # "R-Westfield": a legislator's party and home town
_POSSESSIVES = frozenset({"'s", "’s"})
_LOWER_CIVIC = frozenset({"police", "mayor", "council", "sheriff"})  # "Lufkin police said"
_HOME_WORDS = frozenset({"of", "from"})  # "Jane Roe of X", "Jane Roe, 41, from X"
_ARTICLES = frozenset({"a", "an", "the"})
# "X, a village in Y", "X, a town west of Y": what may follow an appositive's place noun
_APPOSED = word_group("eventwire.nlp.places", "apposed_after")
_APPOSED_MAX_ADJ = 2  # "X, a small coastal town in Y"
_STRUCK_VERBS = word_group("eventwire.nlp.places", "struck_verbs")
_HIT_VERBS = word_group("eventwire.nlp.places", "hit_verbs")
_WEAPON_NOUNS = word_group("eventwire.nlp.places", "weapon_nouns")
_STRUCK_DEPS = frozenset({"dobj", "nsubjpass"})
_WEAPON_REACH = 4  # "Russian artillery shells hit X": the words before the verb read
# words that cannot be a possessive's noun: "at Harlan's to eat", "at Harlan's in Dover"
_NOT_POSSESSED = frozenset({"to", "and", "or", "in", "on", "at", "for", "with", "where", "when"})


@dataclass(slots=True)
class Mention:
    """A toponym occurrence: tokens ``[start, end)``; ``label`` is the NER label or "SCAN"."""

    start: int
    end: int
    key: str
    label: str


class View:
    """Per-document facts read many times: token texts, sentences, entities, lookups."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.texts = [t.text for t in doc]
        self.spaces = [t.whitespace_ for t in doc]
        self.n = len(self.texts)
        self.first_word = next((k for k, t in enumerate(self.texts) if t.strip()), self.n)
        self.sent_start = [0] * self.n
        self.sent_end = [self.n] * self.n
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:
                for i in range(sent.start, sent.end):
                    self.sent_start[i], self.sent_end[i] = sent.start, sent.end
        self.ent_of = {i: e.label_ for e in doc.ents for i in range(e.start, e.end)}
        self.org_end = {  # by first word, "the" skipped
            e.start + (e[0].lower_ == "the"): e.end for e in doc.ents if e.label_ == "ORG"
        }
        self.cache: dict[str, list[GazEntry]] = {}
        self.lowered = False  # the article was lower-cased (set by the places component)

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


class Lookup(Protocol):
    """What the scan asks of the places component: its name tables and gazetteer lookups."""

    demonyms: dict[str, str]
    landmarks: dict[str, tuple[str, str]]
    stopnames: frozenset[str]
    never: frozenset[str]
    words: frozenset[str]  # common English verbs, adjectives and adverbs ("federal")
    nouns: frozenset[str]  # common English nouns ("foundation")

    def candidates(self, v: View, key: str) -> list[GazEntry]:
        """Gazetteer candidates of a folded name."""
        ...

    def usable(self, v: View, key: str, label: str, text: str) -> list[GazEntry]:
        """Candidates a mention with this NER label (or "SCAN") may take."""
        ...


@dataclass(slots=True)
class _Scan:
    """What the scan for NER-missed names knows about the document."""

    blocked: set[int]  # tokens of NER place mentions
    ends: set[int]  # token indices just after a place mention
    ner_keys: set[str]
    persons: set[str]  # words of multi-word person names ("Paris Hilton")
    countries: frozenset[str]  # countries the article seems to be about
    rough: dict[int, str]  # first token of an NER place mention → its likeliest country
    strong: set[str] = field(default_factory=set)  # names taken after "in" or qualified


@dataclass(frozen=True, slots=True)
class _Cue:
    """The evidence around one scanned name."""

    local: bool  # after "in", "at"...; after a place and a comma; heading a local body's name
    qualified: str | None  # the country of a place after "X, ", or "*" for any place
    guarded: bool  # a stop name: a major place of that name is no evidence by itself


def scan_mentions(
    look: Lookup, v: View, taken: list[Mention], demonyms: Counter[str]
) -> list[Mention]:
    """Place names in text the NER did not label as a place.

    Args:
        look: the places component's name tables and gazetteer lookups.
        v: the document.
        taken: the NER's place mentions, whose tokens the scan leaves alone.
        demonyms: country code → count of the article's demonyms (and publisher country).

    Returns:
        The names taken, labelled "SCAN", in two passes: the second takes again, anywhere
        capitalised, the names the first took after "in" or qualified.
    """
    rough = _rough_countries(look, v, taken)
    st = _Scan(
        blocked={i for m in taken for i in range(m.start, m.end)},
        ends={m.end for m in taken},
        ner_keys={m.key for m in taken},
        persons=_person_words(v),
        countries=frozenset(demonyms) | frozenset(rough.values()),
        rough=rough,
    )
    found = _scan_pass(look, v, st)
    if found:
        # One sense per article: a name taken once on evidence ("HARWINTON —") is a place
        # wherever else it stands capitalised (the headline's "Harwinton supporters").
        st.ner_keys |= st.strong
        st.blocked.update(i for m in found for i in range(m.start, m.end))
        found += _scan_pass(look, v, st)
    return found


def _person_words(v: View) -> set[str]:
    """The folded words of the article's multi-word person names, but not their abbreviations:
    the NER may run a state's abbreviation into the next sentence's name ("held near Fresno,
    Calif. Marlow said"), and no given name or surname ends in a dot."""
    return {
        fold(t.text)
        for e in v.doc.ents
        if e.label_ == "PERSON" and len(e) > 1
        for t in e
        if not t.text.endswith(".")
    }


def _scan_pass(look: Lookup, v: View, st: _Scan) -> list[Mention]:
    """One left-to-right scan of the tokens no place mention holds yet."""
    found: list[Mention] = []
    i = 0
    while i < v.n:
        free = i not in st.blocked and v.cap(i) and not _numeric(v, i)
        hit = _scan_at(look, v, i, st) if free else None
        if hit is not None:
            found.append(hit)
            st.ends.add(hit.end)
        i = hit.end if hit is not None else i + 1
    return found


def _numeric(v: View, i: int) -> bool:
    """Whether token ``i`` belongs to a number, a percentage or an amount. Only its number
    words: the NER also swallows the name after a number ("412 Fresno County residents" as
    one PERCENT), and that name is still scanned."""
    label = v.ent_of.get(i)
    # A currency's country is no place told of ("5 billion Hong Kong dollars").
    return label in ("LANGUAGE", "MONEY") or (label in _NO_SCAN and v.doc[i].like_num)


def _rough_countries(look: Lookup, v: View, taken: list[Mention]) -> dict[int, str]:
    """The country of the likeliest place of each NER mention, by its first token."""
    found = {}
    for m in taken:
        cands = look.usable(v, m.key, m.label, v.text(m.start, m.end))
        if cands:
            found[m.start] = max(cands, key=lambda c: prior(c, m.key)).country_iso3 or ""
    return found


def _scan_at(look: Lookup, v: View, i: int, st: _Scan) -> Mention | None:
    """The longest acceptable place name starting at token ``i``, if any."""
    named = named_as_place(v, i) or _opens_dateline(v, i)
    prep = (i > 0 and v.texts[i - 1].lower() in _LOCATIVE) or _home_cue(v, i)
    local = prep or (i > 0 and v.texts[i - 1] in (",", "and") and i - 1 in st.ends)
    local = local or _route_end(v, i, st)
    org_end = v.org_end.get(i, 0)  # "Enfield Council", "Metcalfe County Sheriff's Office"
    for j in range(min(i + _MAX_SCAN_TOKENS, v.sent_end[i]), i, -1):
        if not v.cap(j - 1) or any(k in st.blocked for k in range(i, j)):
            continue
        if any(not v.cap(k) and v.texts[k].lower() not in _CONNECTORS for k in range(i, j)):
            continue
        # "Barrie, Ont.": the abbreviation's dot, split off as if it were a full stop
        end = j + 1 if local and j < v.n and v.texts[j] == "." and not v.spaces[j - 1] else j
        key, text = v.key(i, end), v.text(i, end)
        if len(key) <= 3 and not (text.isupper() or "." in text):
            continue  # "Mo" is a name, "Mo." Missouri
        if key in look.never or key in look.demonyms or _bare_possessive(v, i, end):
            continue
        if _acronym_org(look, v, i, end, text):
            continue
        qualified = st.rough.get(end + 1) if end < v.n and v.texts[end] == "," else None
        if v.ent_of.get(i) == "PERSON" and key in st.persons and not qualified:
            continue  # "Paris" where "Paris Hilton" is a person, unless "Paris, Texas"
        # "the town of X", "X County", "X, a village in Y", "the X peninsula": any place of it
        tail = place_tail(v, end) and key not in look.words
        # ... but "the town of X" says nothing of X when X opens a longer name ("the town of
        # Bulo Burde" is no Bulo)
        named_whole = named and not (end < v.n and v.cap(end) and v.spaces[end - 1])
        if named_whole or _unit_named(key) or apposed_place(v, end) or tail:
            qualified = qualified or "*"
        # a local body named after its town or county, in the article's country, is local
        here = local or (
            end < org_end
            and not _name_words(look, v, end, org_end)
            and _sizable(look, v, key, text)
            and not _foreign_body(look, v, i, key, text)
        )
        here = here or (_heads_body(v, end) and _sizable(look, v, key, text, own=True))
        here = here or (end < v.n and v.texts[end] in load_resident_words())  # "X residents"
        # "Orley-based", "Orley and other towns"; not a sentence's first word ("Faith-based")
        based = v.sent_start[i] != i and (based_name(v, end) or _and_other(v, end))
        guarded = key in look.stopnames  # a common word or a given name needs evidence
        cue = _Cue(local if guarded else (here or based), qualified, guarded)
        if key in look.landmarks or _scan_accepts(look, v, key, text, st, cue):
            if (prep or qualified) and len(key) > 3:  # enough for its other mentions
                st.strong.add(key)
            return Mention(i, end, key, "SCAN")
    return None


def struck_place(v: View, start: int, end: int) -> bool:
    """Whether the name ``[start, end)`` is what a verb of striking a place hits: the object
    of "shell", "bomb"... ("Troops shelled X", "X was bombed"), or of "hit", "pound"... after
    a weapon or a disaster ("Shelling hit X", "Missiles pounded X"). The NER often takes a
    foreign town there for a person or an organisation."""
    root = next((t for t in v.doc[start:end] if not start <= t.head.i < end), None)
    if root is None:
        return False
    if root.dep_ == "conj":  # "pounded X and Y"
        root = root.head
    if root.dep_ not in _STRUCK_DEPS or root.head.pos_ != "VERB":
        return False
    verb = root.head
    if _with_no_weapon(verb):  # "bombed Madison with questions", "besieged X with calls"
        return False
    if verb.lemma_.lower() in _STRUCK_VERBS:
        return True
    if verb.lemma_.lower() not in _HIT_VERBS:
        return False
    lo = max(v.sent_start[verb.i], verb.i - _WEAPON_REACH)
    return any(_weapon(v, i) for i in range(lo, verb.i))


# "a drone strike", "an air raid": weapon words that are one only after another (or "air")
_ONLY_WITH_WEAPON = word_group("eventwire.nlp.places", "weapon_only_after")


def _with_no_weapon(verb: Token) -> bool:
    """Whether the verb has a "with" object that is no weapon ("bombed X with questions"; not
    "shelled X with rockets"): a figure of speech, whose object is a person."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            objects = [t for t in prep.children if t.dep_ == "pobj"]
            if any(_singular(t.lower_) not in _WEAPON_NOUNS for t in objects):
                return True
    return False


def _weapon(v: View, i: int) -> bool:
    """Whether word ``i`` is a weapon ("artillery shells", "a drone strike"), not a figure of
    speech ("a storm of criticism", "a barrage of ads") nor a strike of workers."""
    word = _singular(v.texts[i].lower())
    if word not in _WEAPON_NOUNS or (i + 1 < len(v.texts) and v.texts[i + 1].lower() == "of"):
        return False
    if word in _ONLY_WITH_WEAPON:
        return i > 0 and _singular(v.texts[i - 1].lower()) in _WEAPON_NOUNS | {"air"}
    return True


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _name_words(look: Lookup, v: View, start: int, end: int) -> bool:
    """Whether the tokens ``[start, end)`` that close an organisation's name are a person's
    names: capitalised words (not abbreviations: "ISD", "PD") that are neither common English
    words nor words of bodies ("Suu Kyi" of an "Aung San Suu Kyi" the NER took for an
    organisation; not "Council", "Foundation", "Army", "Bank"). A place is no body's
    namesake there, only a name's first words."""
    if end - start < _MIN_NAME_WORDS:
        return False  # "Tulsa Drillers": a team's or a brand's one word, as often as a name
    bodies = load_body_words()
    for k in range(start, end):
        word, lemma = v.texts[k].lower(), v.doc[k].lemma_.lower()
        if not (v.texts[k].isalpha() and v.texts[k].istitle()):
            return False  # "ISD", "PD": a body's abbreviation
        if any(w in known for w in (word, lemma) for known in (look.nouns, look.words, bodies)):
            return False
    return True


def _acronym_org(look: Lookup, v: View, i: int, end: int, text: str) -> bool:
    """An international body's acronym ("NATO-led peacekeepers", "UNHCR said"), which the
    actors stage knew, is no town that happens to bear its letters (Nato, Philippines); an
    abbreviation the gazetteer lists for a place ("NYC", "DRC") stays one."""
    if end != i + 1 or len(text) < 3 or not text.isupper():
        return False
    actor_of: dict[int, str] = v.doc._.ew_actor_of or {}
    bodies = {a.id for a in v.doc._.ew_actors or [] if a.country in ("IGO", "NGO")}
    if actor_of.get(i) not in bodies:
        return False
    key = v.key(i, end)
    return all(c.kind == "city" and fold(c.name) == key for c in look.candidates(v, key))


def based_name(v: View, end: int) -> bool:
    """Whether "-based" is glued to the name ending before token ``end`` ("Orley-based"):
    the name says where a firm or a group sits, as "in" would."""
    return end + 1 < v.n and v.glued(end) and v.texts[end + 1].lower() == "based"


def _and_other(v: View, end: int) -> bool:
    """Whether "and other towns" (a plural noun of ``place_nouns.txt`` ending the phrase)
    follows the name: "storms hit Orley and other towns" calls it a town; "Jackson and other
    community leaders" does not."""
    if end + 2 >= v.n or [w.lower() for w in v.texts[end : end + 2]] != ["and", "other"]:
        return False
    noun = v.doc[end + 2]
    after = v.doc[end + 3] if end + 3 < v.n else None
    return (
        noun.lower_ in load_place_nouns()
        and noun.lower_.endswith("s")  # the plural: no singular place noun ends so
        and (after is None or after.pos_ not in ("NOUN", "PROPN"))
    )


def _bare_possessive(v: View, i: int, end: int) -> bool:
    """Whether the one-word name ``[i, end)`` is a possessive with no noun after it: "at
    Harlan's," names a shop or a home ("McDonald's", "Mary's"), not the town of Harlan. (A
    saint's church, "St Mary's", is a building and a place.)"""
    if end != i + 1 or end >= v.n or v.texts[end] not in _POSSESSIVES:
        return False
    if end + 1 == v.n:
        return True
    after = v.texts[end + 1]
    return after.lower() in _NOT_POSSESSED or not any(c.isalnum() for c in after)


def _heads_body(v: View, end: int) -> bool:
    """Whether a capitalised word of local government (``civic_words.txt``: "Mayor",
    "Police", "Public") follows the name: "Lufkin Public Schools" and "Tulare Mayor"
    name their town where the NER saw no organisation at all. The town's police, mayor or
    council need no capital ("Lufkin police said"); the other words do: in lower case,
    "Tulare public pools" names no body of the town."""
    if end >= v.n or v.texts[end].lower() not in load_civic_words():
        return False
    return v.cap(end) or v.texts[end] in _LOWER_CIVIC


def _foreign_body(look: Lookup, v: View, i: int, key: str, text: str) -> bool:
    """Whether the organisation a name opens is an actor of a country none of the name's
    places lie in: "the Rapid Support Forces" are Sudan's, not a body of Rapid City."""
    aid = (v.doc._.ew_actor_of or {}).get(i)
    actor = next((a for a in v.doc._.ew_actors or [] if a.id == aid), None) if aid else None
    if actor is None or actor.country is None:
        return False
    return all(c.country_iso3 != actor.country for c in look.usable(v, key, "SCAN", text))


_ROUTE_MAX_WORDS = 4  # "from Port Harcourt to X": the words of the route's first place


_APPOSITION_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_PLACE_APPOSITIONS = word_group("eventwire.nlp.places", "route_place_appositions")
_APPOSITION_WORDS = 5  # "Jackson, the senator's longtime rival": the words read after the comma


def _route_end(v: View, i: int, st: _Scan) -> bool:
    """Whether token ``i`` ends a route after a place: "from Shimla to X" (the NER may take X
    for a person), unless X is the NER's person with an apposition that names no place after
    it ("support shifted from Austin to Jackson, the senator's rival")."""
    if i < 3 or v.texts[i - 1].lower() != "to" or i - 1 not in st.ends:
        return False
    k = i - 2
    while k > 0 and i - 1 - k <= _ROUTE_MAX_WORDS and v.cap(k):
        if v.texts[k - 1].lower() == "from":
            return not _apposed_person(v, i)
        k -= 1
    return False


def _apposed_person(v: View, i: int) -> bool:
    """Whether the name at token ``i`` is the NER's person with an apposition after it that has
    no place noun ("Jackson, the senator's rival"; not "Nitro, a small town")."""
    end = i
    while end < v.n and v.ent_of.get(end) == "PERSON":
        end += 1
    if end == i or end + 1 >= v.n or v.texts[end] != ",":
        return False
    if v.texts[end + 1].lower() not in _APPOSITION_OPENERS:
        return False
    words = {w.lower() for w in v.texts[end + 2 : end + 2 + _APPOSITION_WORDS]}
    return not words & (load_place_nouns() | _PLACE_APPOSITIONS)


def _home_cue(v: View, i: int) -> bool:
    """Whether the words before token ``i`` say where someone is from, as local news does:
    "John Smith, 30, of X" or "John Smith of X" (a comma or a person's name, then "of" or
    "from") or a legislator's "R-X" / "(D-X)" (party and home town)."""
    if i < 2:
        return False
    before, word = v.texts[i - 2], v.texts[i - 1]
    if word in _HOME_WORDS:
        return before == "," or v.ent_of.get(i - 2) == "PERSON"
    return word == "-" and before in _PARTIES and v.glued(i - 1)


def apposed_place(v: View, end: int) -> bool:
    """Whether an appositive calling it a place follows the name ending before token ``end``:
    "Orley, a village in eastern Utah", "Orley, a small town west of Provo". The place noun
    must be followed by a preposition or a compass word, not by another noun: "Jackson, a
    city councilman" is a person."""
    if end + 2 >= v.n or v.texts[end] != "," or v.texts[end + 1].lower() not in _ARTICLES:
        return False
    k = end + 2
    while k < v.n and k - end - 2 < _APPOSED_MAX_ADJ and v.doc[k].pos_ == "ADJ":
        k += 1
    if k + 1 >= v.n or v.texts[k].lower() not in load_place_nouns():
        return False
    return v.texts[k + 1].lower() in _APPOSED


def _sizable(look: Lookup, v: View, key: str, text: str, own: bool = False) -> bool:
    """Whether a name may be a town or county that gives a local body its name: not a
    hamlet that shares a person's name ("Thomas Memorial Hospital"); with ``own``, only by
    the place's own name (a word of local government after "Creek" is no Baytown's)."""
    return any(
        (c.kind != "city" or c.population >= PLACED_MIN_POP) and (not own or own_name(c, key))
        for c in look.usable(v, key, "SCAN", text)
    )


def _scan_accepts(look: Lookup, v: View, key: str, text: str, st: _Scan, cue: _Cue) -> bool:
    """A name outside NER places counts if the NER saw it elsewhere, if it is a major
    place (``is_major``; not for a guarded stop name), if it is qualified by a place of
    its country ("X, Vietnam"; ``cue.qualified`` is that country, or "*" after "the town
    of"), or if it follows "in", "at", "near"... (or a place and a comma, or heads a local
    body's name) and names a place of a country the article is about."""
    cands = look.usable(v, key, "SCAN", text)
    if not cands:
        return False
    if key in st.ner_keys or (not cue.guarded and any(is_major(c, key) for c in cands)):
        return True
    if cue.qualified and any(cue.qualified in ("*", c.country_iso3) for c in cands):
        return True
    return cue.local and any(c.country_iso3 in st.countries for c in cands)


def _unit_named(key: str) -> bool:
    """Whether a name ends in a place noun ("Guernsey County", "Hamilton Township"): a place
    by its own words, whichever of that name it is."""
    words = key.split()
    return len(words) > 1 and words[-1] in load_place_nouns()


def place_tail(v: View, end: int) -> bool:
    """Whether lower-case words of ``place_tails.txt`` follow the name ending before token
    ``end``: "the Nuseirat refugee camp", "the Noto peninsula" name places. Not when a noun
    follows them: "the Fox town hall", "the Harlan district attorney" name no place; nor an
    adjective before them ("the Olympic village"; the caller also leaves out common words:
    "the Federal district")."""
    if end < 1 or v.doc[end - 1].pos_ == "ADJ":
        return False
    for tail in load_place_tails():
        after = end + len(tail)
        if tuple(v.texts[end:after]) == tail:
            return after >= v.n or v.doc[after].pos_ not in ("NOUN", "PROPN")
    return False


def named_as_place(v: View, i: int) -> bool:
    """Whether the words before token ``i`` say that it names a place: "the town of X",
    "a village called X", "the island of X"."""
    if i < 2 or v.texts[i - 1].lower() not in ("of", "called", "named"):
        return False
    return v.texts[i - 2].lower() in load_place_nouns()


def _opens_dateline(v: View, i: int) -> bool:
    """Whether token ``i`` opens a line in capitals ("MILDURA, Victoria (AP) —"), or a
    sentence in capitals before a dash ("Headline. CROMWELL — The..."): a dateline, which
    names the place the story is filed from."""
    if not (v.texts[i].isupper() and len(v.texts[i]) > 2):
        return False
    if i <= v.first_word:
        return True
    if any("\n" in v.texts[k] + v.spaces[k] for k in range(max(0, i - 2), i)):
        return not _labels_line(v, i)
    if v.texts[i - 1] not in (".", "!", "?"):
        return False
    end = i
    while end < min(v.n, i + 4) and (v.texts[end].isupper() or v.texts[end] == "."):
        end += 1
    return end < v.n and v.texts[end] in _DASHES


def _labels_line(v: View, i: int) -> bool:
    """Whether words in capitals from token ``i`` end in a colon: within the text, a line so
    opened is a photo caption's or a transcript's name label ("JEWELL: Dale Jewell checks
    his corn", "HARLOW: We never said that"), not a dateline, which opens the article."""
    end = i
    while end < min(v.n, i + 4) and v.texts[end].isupper():
        end += 1
    return end < v.n and v.texts[end] == ":"


def unit_lists(look: Lookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """ "Cooke, Grayson and Love counties": each name of a list before a plural unit noun
    is a unit of that name ("Love County"), whatever the NER or the scan made of it.

    Args:
        look: the places component's gazetteer lookups.
        v: the document.
        mentions: the place mentions found so far.

    Returns:
        ``mentions`` less those overlapping a listed unit, then the listed units.
    """
    units: list[Mention] = []
    for k, word in enumerate(v.texts):
        unit = _UNIT_PLURALS.get(word.lower())
        if unit is not None:
            units += _unit_list_at(look, v, k, unit)
    if not units:
        return mentions
    held = {i for m in units for i in range(m.start, m.end)}
    kept = [m for m in mentions if not any(i in held for i in range(m.start, m.end))]
    return kept + units


def _list_word(v: View, i: int) -> bool:
    """Whether token ``i`` may be a word of a listed unit's name: a capitalised one, or in a
    lower-cased article any word but a stop word ("eastland and callahan counties")."""
    if v.cap(i):
        return True
    text = v.texts[i]
    return v.lowered and text.isalpha() and text.islower() and not v.doc[i].is_stop


def _unit_key(v: View, start: int, end: int, unit: str) -> str:
    """The folded name of the unit ``doc[start:end]`` and the ``unit`` word name together."""
    return fold(f"{v.text(start, end)} {unit}")


def _unit_list_at(look: Lookup, v: View, k: int, unit: str) -> list[Mention]:
    """The names of the list that ends just before the plural unit noun at token ``k``: each
    the whole run of capitalised words before a comma or "and" ("North Texas counties" names
    no county); in a lower-cased article, the longest run of words that names a unit."""
    found: list[Mention] = []
    end = k
    while end > 0 and _list_word(v, end - 1):
        start = end
        while start > 0 and _list_word(v, start - 1) and end - start < _MAX_SCAN_TOKENS:
            start -= 1
        starts = range(start, end) if v.lowered else range(start, start + 1)
        start = next((s for s in starts if look.candidates(v, _unit_key(v, s, end, unit))), -1)
        if start < 0:
            break
        found.append(Mention(start, end, _unit_key(v, start, end, unit), "SCAN"))
        gap = 2 if v.texts[start - 2 : start] == [",", "and"] else 1
        if start < gap or v.texts[start - 1] not in (",", "and"):
            break
        end = start - gap
    if v.lowered and not _neighbours(look, v, found):
        return []  # "the valley counties", "the gulf and atlantic counties": no list of a state
    return found


def _neighbours(look: Lookup, v: View, found: list[Mention]) -> bool:
    """Whether at least two units of a lower-case list lie in one first-level subdivision:
    "eastland and callahan counties" (both Texan), not "the gulf and atlantic counties"."""
    seen: set[tuple[str | None, str | None]] = set()
    for m in found:
        states = {(c.country_iso3, c.admin1) for c in look.candidates(v, m.key) if c.admin1}
        if seen & states:
            return True
        seen |= states
    return False
