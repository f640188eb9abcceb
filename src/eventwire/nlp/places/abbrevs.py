"""Abbreviations a gazetteer entry must not take: an acronym that spells a town ("EU" is not
the town of Eu), dotted initials of a one-word name ("Rothstein, P.A." is no Pennsylvania), a
firm's legal form ("Lafarge SA", "Volvo AB": no South Africa, no Alberta), and a US state's
postal code where it does not stand as a state ("the VA", "VA's health professionals": the
Department of Veterans Affairs, not Virginia).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.datafiles import word_group
from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.scan import Mention, View
from eventwire.nlp.places.tables import fold

__all__ = ["drop_legal_forms", "drop_stray_state_codes", "misread_abbreviation"]

_ACRONYM_MAX = 3  # all-capitals words this short are acronyms, not towns (see _acronym_of_town)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "P.A.", "U.S.": dotted initials
_INITIALLED_KINDS = frozenset({"country", "admin1", "city"})
_CODE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2,3}")  # "SA", "S.A.", "AB": a short code
_POSTAL_CODE = re.compile(r"[A-Z]{2}")  # "VA", "SC": a US state's postal code
# Words before a bare postal code that make it a noun of its own: "the VA said", "a VA
# hospital". A state's name takes no article; "the NY Plum Island lab" (a name after it) stays.
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"'s", "’s"})
_PARTY_LETTERS = frozenset({"D", "R", "I"})
# Words after "the VA", "the NY" that make the code a place: "the NY area", "the CA coast".
_PLACE_WORDS = word_group("eventwire.nlp.places", "place_words")


def misread_abbreviation(text: str, entry: GazEntry) -> bool:
    """Whether the mention's ``text`` can name ``entry`` only by misreading an abbreviation."""
    return _acronym_of_town(text, entry) or _false_initials(text, entry)


def _acronym_of_town(text: str, entry: GazEntry) -> bool:
    """An acronym ("EU", "CIS", "CHU") is not the town spelt the same in lower case ("Eu",
    "Cis"): a short all-capitals word names a town only through the town's own abbreviation
    ("NYC", "LA"), which the gazetteer files as an alternate name."""
    return (
        entry.kind == "city"
        and len(text) <= _ACRONYM_MAX
        and text.isalpha()
        and text.isupper()
        and not entry.name.isupper()
        and fold(entry.name) == fold(text)
    )


def _false_initials(text: str, entry: GazEntry) -> bool:
    """Dotted capitals are the initials of a name of several words ("U.S.", "N.Y.", "L.A."),
    never a one-word state, country or town, which is abbreviated by a short form ("Pa.",
    "La.") or a bare code ("PA"): "Rothstein, P.A." is a firm's legal form, not Pennsylvania
    (nor Chongqing, an old name of which folds the same). The exception is the national
    capital known by its district's initials ("D.C.")."""
    return (
        entry.kind in _INITIALLED_KINDS
        and entry.feature_code != "PPLC"
        and _INITIALS.fullmatch(text) is not None
        and len(fold(entry.name).split()) == 1
    )


def drop_stray_state_codes(
    v: View, mentions: list[Mention], candidates: Callable[[Mention], list[GazEntry]]
) -> list[Mention]:
    """``mentions`` less the bare postal codes of US states ("VA", "SC") used as nouns of
    their own: the same two capitals name agencies and programmes ("the VA said", "a VA
    hospital", "VA's health professionals", "Crime Stoppers at (888) CRIME-SC"), while a
    state written so takes no article and no possessive ("Roanoke, VA", "(R-VA)", "in VA").
    Cased text only: lower-cased text cannot tell a code from a word."""
    if v.lowered:
        return mentions
    return [m for m in mentions if not _stray_state_code(v, m, candidates)]


def _stray_state_code(v: View, m: Mention, candidates: Callable[[Mention], list[GazEntry]]) -> bool:
    if _POSTAL_CODE.fullmatch(v.text(m.start, m.end)) is None or not _used_as_noun(v, m):
        return False
    cands = [c for c in candidates(m) if c.country_iso3 == "USA"]
    # "DC", "LA": also a US city's short name, read as usual
    return any(c.kind == "admin1" for c in cands) and not any(c.kind == "city" for c in cands)


def _used_as_noun(v: View, m: Mention) -> bool:
    """Whether the words around a code make it a noun of its own (see ``_ARTICLES``), a
    possessor, or the tail of a hyphened word that is no party tag ("CRIME-SC")."""
    before = v.texts[m.start - 1] if m.start > 0 else ""
    after = v.texts[m.end] if m.end < v.n else ""
    if before.lower() in _ARTICLES and not after[:1].isupper():
        return after.lower() not in _PLACE_WORDS  # "the NY area" is the state's
    if after in _POSSESSIVES:
        return True
    return v.glued(m.start - 1) and v.texts[m.start - 2] not in _PARTY_LETTERS


def drop_legal_forms(v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the short codes that close a firm's name ("Telefonica S.A.", "Volvo
    AB"): the NER's organisation runs on from a word of the name to the code, which is the
    firm's legal form. A code after a place of the article stays ("Calgary AB")."""
    placed = {k for m in mentions for k in range(m.start, m.end)}
    ends = {e.end: e.start for e in v.doc.ents if e.label_ == "ORG"}
    return [m for m in mentions if not _legal_form(v, m, placed, ends.get(m.end))]


def _legal_form(v: View, m: Mention, placed: set[int], org_start: int | None) -> bool:
    """Whether the code ``m`` ends an organisation's name after a word of that name (not
    "the U.S. Army", whose code opens it)."""
    k = m.start - 1
    return (
        org_start is not None
        and org_start <= k
        and v.cap(k)
        and v.texts[k].lower() != "the"
        and k not in placed
        and _CODE.fullmatch(v.text(m.start, m.end)) is not None
    )
