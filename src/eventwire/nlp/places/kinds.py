"""Feature words that choose among same-named places: "the city of Kerman" is the town, not
the Iranian province of the name; "Russia's Volgograd region" is the province, not its
capital.

A lower-case word of ``kind_words.tsv`` right before "of" and the name ("the southeastern city
of X") or right after the name ("X province", "the X region") says which kinds of place the
name is. One sense per article: a candidate of another kind is dropped where one of those
kinds shares its country, unless the article calls the name places of different kinds ("Kerman
province ... the city of Kerman"), when the name is left to the usual resolution. The word
chooses between a province and its same-named town; it never moves the name to another
country, and never rules out a national capital ("the Washington region" is around it) unless
it names first-level units alone ("Washington state", "the state of Washington"). After a
superlative or a word of ``partitive_words.txt`` ("the largest city of Florida", "the capital
city of X") the name after "of" is what the town lies in, and the word says nothing of it; so
is a name before a feature word and "of" ("the Florida city of Tampa"), and a feature word
before a noun ("the Moscow region governor") says nothing either. After the name the word may be
capitalised too ("Kherson Oblast", "Sichuan Province"): a unit's formal name.

Many subdivisions are named after their chief town but filed under another form of the name
("Kharkiv Oblast" for the Kharkiv region, "Idlib Governorate"): where a subdivision word calls a
name that only towns bear in that country, the subdivision a town of the name lies in is taken
when its name begins as the town's does (:func:`named_unit`). That mention alone is the
unit's: "Kharkiv" on its own in the same article is still the town. A plural word after a
list of names ("the Donetsk and Luhansk regions", "the Kharkiv, Sumy and Chernihiv regions")
says so of each name of the list.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.scan import Mention, View
from eventwire.nlp.places.tables import fold, read_table, split_list
from eventwire.nlp.places.units import UNIT_WORDS

__all__ = [
    "kind_hints",
    "load_kind_words",
    "load_partitive_words",
    "mention_kinds",
    "named_unit",
    "of_kinds",
    "unit_word",
    "word_kinds_after",
]

KindWords = dict[str, tuple[frozenset[str], frozenset[str]]]  # word → (kinds, positions)
_FIRST_LEVEL = frozenset({"admin1"})


@cache
def load_kind_words() -> KindWords:
    """Feature word → the kinds of place it says a name is, and where it stands."""
    out: KindWords = {}
    for word, kinds, where in read_table("kind_words.tsv"):
        places = frozenset({"before", "after"}) if where == "both" else frozenset({where})
        out[word] = (frozenset(split_list(kinds)), places)
    return out


def _word_kinds(word: str, where: str) -> frozenset[str] | None:
    """The kinds a feature word says a name is, standing ``where`` of it: lower-case, or
    capitalised after the name ("Kherson Oblast"), where it is part of a unit's formal name;
    before it a capitalised word opens a name of its own ("City of London"). A capitalised
    unit word of :mod:`units` is read there ("Sokoto State"), not here: "Ohio State" the team
    is no "Ohio"."""
    formal = word.istitle() and fold(word) not in UNIT_WORDS
    plain = word.islower() or (where == "after" and formal)
    found = load_kind_words().get(word.lower()) if plain else None
    return found[0] if found is not None and where in found[1] else None


def word_kinds_after(word: str) -> frozenset[str] | None:
    """The kinds a feature word after a name says it is ("Kherson province": admin1)."""
    return _word_kinds(word, "after")


def unit_word(word: str) -> bool:
    """Whether ``word`` after a name says it is a subdivision ("Kherson province", "Donetsk
    Oblast"); the NER often takes the word into the name, which the gazetteer lacks so."""
    kinds = _word_kinds(word, "after")
    return kinds is not None and "city" not in kinds


@cache
def load_partitive_words() -> frozenset[str]:
    """Words before "city of X" that make X what the town lies in ("the capital city of X")."""
    return frozenset(row[0].lower() for row in read_table("partitive_words.txt"))


def _partitive(v: View, k: int) -> bool:
    """Whether the word before the feature word at ``k`` makes "of" partitive: "the largest
    city of Florida", "the capital city of X" name the state or country after "of", not a town
    of its name."""
    if k < 1:
        return False
    word = v.doc[k - 1]
    return word.tag_ in ("JJS", "RBS") or word.lower_ in load_partitive_words()


def _ends_phrase(v: View, k: int) -> bool:
    """Whether the feature word at ``k`` ends its phrase: not "the Florida city of Tampa"
    (Florida is the state the town lies in) nor "the Moscow region governor" (a noun after
    it: the word may be any kind of modifier there). A word that names first-level units
    alone says so before a noun too: "Washington state officials" are the state's."""
    if k >= v.n:
        return False
    if k + 1 >= v.n:
        return True
    after = v.doc[k + 1]
    if after.lower_ == "of":
        return False
    return after.pos_ not in ("NOUN", "PROPN") or _first_level_only(v.texts[k])


def _first_level_only(word: str) -> bool:
    """Whether a feature word names first-level subdivisions and nothing else ("state",
    "oblast"), not any area ("region")."""
    kinds = _word_kinds(word, "after")
    return kinds is not None and kinds <= _FIRST_LEVEL


def mention_kinds(v: View, m: Mention) -> frozenset[str] | None:
    """The kinds of place the words around one mention say it is, if any."""
    before = (
        _word_kinds(v.texts[m.start - 2], "before")
        if m.start >= 2
        and v.texts[m.start - 1] == "of"
        and not _partitive(v, m.start - 2)
        and not _named_feature(v, m.start - 2)
        else None
    )
    after = _word_kinds(v.texts[m.end], "after") if _ends_phrase(v, m.end) else None
    if after is None:
        after = _list_kinds(v, m.end)
    if before is not None and after is not None and before != after:
        return None  # "the city of Kerman province": no say
    return before or after


_LIST_JOINTS = frozenset({",", "and", "or"})
_MAX_LIST_TOKENS = 12  # "Kharkiv, Sumy, Poltava and Chernihiv regions": a short list only


def _plural_kinds(v: View, k: int) -> frozenset[str] | None:
    """The kinds a plural feature word at ``k`` says the names of the list before it are
    ("regions", "provinces", "oblasts"), where the word ends its phrase."""
    word = v.texts[k]
    if not (word.islower() and word.endswith("s")) or not _ends_phrase(v, k):
        return None
    return _word_kinds(word[:-1], "after")


def _list_kinds(v: View, k: int) -> frozenset[str] | None:
    """ "The Donetsk and Luhansk regions": a name that a list of names joined by commas and
    "and" carries to a plural feature word is, like the list's last name, a place of the word's
    kinds. ``k`` is the token after the name."""
    end = min(v.n, k + _MAX_LIST_TOKENS)
    joint = False  # the last token passed was a joint: the next must be a name
    while k < end and (v.texts[k] in _LIST_JOINTS or v.cap(k)):
        joint = v.texts[k] in _LIST_JOINTS
        k += 1
    return None if k >= v.n or joint else _plural_kinds(v, k)


def _named_feature(v: View, i: int) -> bool:
    """Whether the feature word at ``i`` has a name of its own ("the Kalininsky district of
    Donetsk", "the Rimal district of Gaza City"): then the name after "of" is what it lies in,
    and the word says nothing of that."""
    if i < 1:
        return False
    prev = v.doc[i - 1]
    capitalised = prev.text.istitle() and not prev.is_sent_start
    return prev.pos_ == "PROPN" or (capitalised and prev.pos_ not in ("DET", "ADJ", "PRON"))


def kind_hints(v: View, mentions: list[Mention]) -> dict[str, frozenset[str]]:
    """Folded name → the kinds of place its mentions are called, for names called only one
    kind of place."""
    said: dict[str, set[frozenset[str]]] = {}
    for m in mentions:
        kinds = mention_kinds(v, m)
        if kinds is not None:
            said.setdefault(m.key, set()).add(kinds)
    return {key: next(iter(ks)) for key, ks in said.items() if len(ks) == 1}


def of_kinds(cands: list[GazEntry], kinds: frozenset[str] | None) -> list[GazEntry]:
    """The candidates a feature word leaves: one of another kind goes only where a candidate
    of the word's kinds shares its country. The word tells a province from its same-named
    town; it does not move the name abroad ("the town of X" whose local reading is a district
    is no foreign village of the name). A national capital stays whatever the word: "the
    Washington region" and "the Paris region" are the capital's surroundings, not the state
    or department of the name (which the capital still beats, see
    ``resolve._CAPITAL_SHADOW``). A word naming first-level units alone ("state") rules the
    capital out ("Washington state") but not a country of the name, which it may follow as
    the government's word ("Mexico state oil company"): the usual choice decides there."""
    if not kinds:
        return cands
    fitting = {c.country_iso3 for c in cands if c.kind in kinds}
    first_level = kinds <= _FIRST_LEVEL  # "Washington state" is never the capital
    return [
        c
        for c in cands
        if c.kind in kinds
        or c.country_iso3 not in fitting
        or (c.feature_code == "PPLC" and not first_level)
        or (c.kind == "country" and first_level)  # "Mexico state oil firm": the country's
    ]


_UNIT_KINDS = frozenset({"admin1", "admin2"})
_MIN_STEM = 3  # "Sumy" and "Sumska" share three letters


def _stem_shared(key: str, unit: str) -> bool:
    """Whether a subdivision's folded name begins as the folded town name does, in at least
    half its letters: "kharkiv"/"kharkivska", "zaporizhzhia"/"zaporizka", "idlib"/"idlib
    governorate"; not "gaya"/"bihar", nor a unit the town's name merely opens ("jammu and
    kashmir") or whose name opens the town's ("oklahoma" for "oklahoma city")."""
    if (" " in key or "-" in key) and not unit.startswith(key):
        return False  # "oklahoma city" is no "oklahoma", "gaza city" no "gaza strip"
    if unit.startswith(key) and unit[len(key) : len(key) + 1] in (" ", "-"):
        # "idlib governorate", not "jammu and kashmir" or "gilgit-baltistan"
        return unit[len(key) + 1 :] in load_kind_words()
    shared = 0
    for a, b in zip(key, unit, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= max(_MIN_STEM, (len(key) + 1) // 2)


def named_unit(
    cands: list[GazEntry],
    key: str,
    kinds: frozenset[str] | None,
    lookup: Callable[[str], list[GazEntry]],
) -> str | None:
    """The folded name of the subdivision a subdivision word names after its town: "the Kharkiv
    region" is the first-level unit "Kharkiv Oblast" the town Kharkiv lies in, not the town. Only
    where no candidate of the name is of the word's kinds, only a unit whose name begins as
    the town's does (the town names the unit, not only lies in it), and never for a national
    capital ("the Washington region" is around it, see :func:`of_kinds`). ``lookup`` gives
    the entries of a folded name; ``None`` when no one unit is so named."""
    if not kinds or not kinds & _UNIT_KINDS or any(c.kind in kinds for c in cands):
        return None
    names = {
        unit
        for town in cands
        if town.kind == "city" and town.admin1 is not None and town.feature_code != "PPLC"
        for unit in [fold(town.admin1)]
        if _stem_shared(key, unit)
        and any(u.kind == "admin1" and u.country_iso3 == town.country_iso3 for u in lookup(unit))
    }
    return names.pop() if len(names) == 1 else None
