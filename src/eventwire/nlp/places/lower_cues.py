"""The cues around a lower-case name that say it is a place (see :mod:`lower`).

Each reads the tokens around ``doc[i:j]`` only: a dateline ("patna: ..."), a body of local
government or the town's people after it ("x police", "x residents", "a x man"), a US
politician's party tag ("rep. jo doe, d-n.y."); and two that say it is not: a saint's church
or hospital ("at st. john's hospital"), an owner after a wide preposition ("outside x's
office").
"""

from __future__ import annotations

from eventwire.datafiles import word_group
from eventwire.nlp.places.scan import View, based_name
from eventwire.nlp.places.tables import (
    ABBREVIATED_WORDS,
    load_civic_words,
    load_fire_service_words,
    load_people_nouns,
    load_resident_words,
)

__all__ = [
    "PARTY_COUNTRY",
    "civic",
    "local_body",
    "opens_dateline",
    "owner",
    "party_tag",
    "saints_house",
    "townsfolk",
]

_WIDE_PREPS = frozenset({"outside", "across", "throughout"})  # "outside hayward's office"
DASHES = frozenset({"-", "--", "---", "—", "–"})
_DATELINE_MARKS = DASHES | {":", "("}
_DATELINE_SPAN = 6  # tokens from the name to its colon or dash: "new delhi, march 3:"
_ENDS = frozenset({".", "!", "?"})
_PARTY_LETTERS = frozenset({"d", "r", "i"})  # democrat, republican, independent: "d-calif."
PARTY_COUNTRY = "USA"
_TITLES = word_group("eventwire.nlp.places", "titles")
_TITLE_SPAN = 5  # tokens from a title to the comma of "rep. jo ann doe, d-n.y."
#: What a saint names besides towns: "st. john's hospital", "st. peter's square".
_HOUSES = word_group("eventwire.nlp.places", "houses")


def opens_dateline(v: View, i: int, j: int) -> bool:
    """Whether ``doc[i:j]`` is a dateline: opening the text or a line before a colon, a dash
    or "(" ("patna: police ...", "gaya (pti) ..."), perhaps after a comma and a date ("new delhi,
    march 3: ..."); or opening a sentence before a dash ("... blaze. torrington — a fire")."""
    line = i <= v.first_word or "\n" in v.texts[i - 1] + v.spaces[i - 1]
    if not line:
        return v.texts[i - 1] in (".", "!", "?") and j < v.n and v.texts[j] in DASHES
    for k in range(j, min(j + _DATELINE_SPAN, v.n)):
        if v.texts[k] == "(" and k + 1 < v.n and v.texts[k + 1][:1].isdigit():
            return False  # "anita (35), a resident of …": a person and her age
        if v.texts[k] in _DATELINE_MARKS:
            return True
        if k == j and v.texts[k] != ",":
            return False
        if v.texts[k] in _ENDS and v.spaces[k - 1] or "\n" in v.texts[k]:
            return False  # a sentence's end, not an abbreviation's dot ("glasgow, ky. (wbko)")
    return False


def owner(v: View, i: int, j: int) -> bool:
    """Whether a name after "outside", "across" or "throughout" owns what follows, a person
    more often than a town ("outside hayward's office")."""
    return i > 0 and v.texts[i - 1] in _WIDE_PREPS and j < v.n and v.texts[j] in ("'s", "’s")


def saints_house(v: View, i: int, j: int) -> bool:
    """Whether an abbreviated saint's name is a church's, a hospital's or a square's, not a
    town's ("at st. john's hospital", "near st. thomas church")."""
    if v.texts[i] not in ABBREVIATED_WORDS:
        return False
    k = j + 1 if j < v.n and v.texts[j] in ("'s", "’s") else j
    return k < v.n and v.texts[k].lower() in _HOUSES


def party_tag(v: View, i: int) -> bool:
    """Whether token ``i`` follows a US politician's party letter and hyphen after his name,
    by which American news gives his state or home town ("rep. jo doe, d-calif.", "(r-ocilla)")."""
    if not (
        i >= 3
        and v.texts[i - 1] == "-"
        and v.texts[i - 2] in _PARTY_LETTERS
        and v.texts[i - 3] in (",", "(")
    ):
        return False
    # a title before the name: "rep. jo doe, d-n.y.", not the store "big bazaar, d-mart"
    return any(v.texts[k] in _TITLES for k in range(max(0, i - 3 - _TITLE_SPAN), i - 3))


def local_body(v: View, j: int) -> bool:
    """Whether a word of local government follows the name ending before token ``j`` ("x
    police", "x council", "x mayor": ``civic_words.txt``), the town's fire service ("x fire
    department": :func:`fire_service`), or "-based" ("x-based")."""
    if j >= v.n:
        return False
    word = v.texts[j].lower()
    return civic(word) or word in load_resident_words() or fire_service(v, j) or based_name(v, j)


def fire_service(v: View, j: int) -> bool:
    """Whether tokens ``j`` and on name a town's fire service: "fire" and a word of
    ``fire_service_words.txt`` ("x fire department", "x fire chief"). "Fire" alone is not
    enough ("the camp fire"), and is no word of ``civic_words.txt`` for that reason."""
    return (
        j + 1 < v.n
        and v.texts[j].lower() == "fire"
        and v.texts[j + 1].lower() in load_fire_service_words()
    )


def civic(word: str) -> bool:
    """Whether ``word`` is one of local government ("police", "council", "city")."""
    return word.lower() in load_civic_words()


def townsfolk(v: View, i: int, j: int) -> bool:
    """Whether ``doc[i:j]`` stands between an article, a number or a sentence's start and a
    noun for a town's people ("a huntsville man", "two dayton teens"; not "a turkey farm")."""
    if j >= v.n or v.texts[j].lower() not in load_people_nouns():
        return False
    if i <= v.first_word or v.sent_start[i] == i:
        return True  # as headlines open: "huntsville man held after standoff"
    before = v.doc[i - 1]
    return before.lower_ in ("a", "an", "the") or before.like_num
