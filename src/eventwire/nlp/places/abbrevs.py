"""Abbreviations a gazetteer entry must not take: an acronym that spells a town ("EU" is not
the town of Eu) and dotted initials of a one-word name ("Rothstein, P.A." is no Pennsylvania).
"""

from __future__ import annotations

import re

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.tables import fold

__all__ = ["misread_abbreviation"]

_ACRONYM_MAX = 3  # all-capitals words this short are acronyms, not towns (see _acronym_of_town)
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "P.A.", "U.S.": dotted initials
_INITIALLED_KINDS = frozenset({"country", "admin1", "city"})


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
