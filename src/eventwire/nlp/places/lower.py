"""Place names in lower-cased text, which the capital-letter scan cannot see.

Some sources lower-case their text (Indian police news in the IndiaPoliceEvents set), and the
small model's NER finds few places in it. :func:`is_lowered` decides that an article is
lower-cased: most of its sentences open with a lower-case word (at least ``LOWERED_SHARE`` of
them), and it has at most a few capitalised words inside sentences. Then
:func:`lower_mentions` looks up lower-case words too, but only on strong evidence:

* the cue: after a place preposition ("in", "at", "near", "from", "of") or after a place
  and "," or "and"; before a unit noun ("x district", "x city", "x state"); or before ", y"
  with y a country or first-level subdivision (y is then taken after "x,");
* the place: a country, continent or first-level subdivision, or a city of at least
  ``LOWER_MIN_POP`` people (``UNIT_MIN_POP`` before a unit noun or a qualifier, when a district
  or county of the name also counts);
* never a common word: no stop word, no stop name or never name (``stopnames.txt``,
  ``never_names.txt``), no demonym, no word the model's lemmatizer knows as a verb, adjective
  or adverb (WordNet: "mobile", "split", "bath"), none it reads as an inflected form ("reading"
  → "read"), none the tagger reads as a verb, adjective, adverb or number here.

A name so taken is a place at its other lower-case mentions in the article too (one sense per
article). Resolution is the same as for capitalised names (the mentions are labelled "SCAN").
"""

from __future__ import annotations

from typing import Protocol

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import fold, load_place_nouns

__all__ = ["LOWERED_SHARE", "LOWER_MIN_POP", "UNIT_MIN_POP", "is_lowered", "lower_mentions"]

LOWERED_SHARE = 0.75  # of sentences opening in lower case: the article was lower-cased
_MAX_CAPITALISED = 0.02  # of words inside sentences, at most (a proper-noun-like position)
LOWER_MIN_POP = 100_000  # a town a lower-case "in x" may name: one most readers would know
UNIT_MIN_POP = 10_000  # "x district", "x, bihar": the unit noun or the qualifier is evidence
_FAMOUS_POP = 1_000_000  # a city that may be named by one of its alternate names
_PREPS = frozenset({"in", "at", "near", "from", "of"})
_MAX_TOKENS = 3
_CONNECTORS = frozenset({"of", "de", "del", "la", "el", "al", "-"})
_WORD_POS = frozenset(
    {"VERB", "AUX", "ADV", "NUM", "PRON", "DET", "ADP", "CCONJ"}
)  # not ADJ: "bihar"
_TOP_KINDS = frozenset({"country", "continent", "admin1"})


class LowerLookup(Lookup, Protocol):
    """The places component, plus the English words no lower-case place name may be."""

    words: frozenset[str]


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
    found = _lower_pass(look, v, blocked, ends, None)
    if found:  # one sense per article: "in patna" makes "patna police" a place too
        found += _lower_pass(look, v, blocked, ends, {m.key for m in found})
    return found


def _lower_pass(
    look: LowerLookup, v: View, blocked: set[int], ends: set[int], keys: set[str] | None
) -> list[Mention]:
    """One left-to-right scan of the tokens no place mention holds yet."""
    found: list[Mention] = []
    i = 0
    while i < v.n:
        hit = None if i in blocked else _lower_at(look, v, i, blocked, ends, keys)
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
) -> Mention | None:
    """The longest lower-case place name starting at token ``i`` with its evidence, if any;
    with ``keys`` (second pass), any name of ``keys`` there. A place and "," or "and" before
    the name count as a preposition ("in patna and gaya", "gaya, bihar")."""
    if not v.texts[i][:1].islower() or v.ent_of.get(i) in ("DATE", "TIME", "MONEY"):
        return None
    prep = i > 0 and (
        v.texts[i - 1] in _PREPS or (v.texts[i - 1] in (",", "and") and i - 1 in ends)
    )
    for j in range(min(i + _MAX_TOKENS, v.sent_end[i]), i, -1):
        if any(k in blocked for k in range(i, j)) or not _name_shaped(v, i, j):
            continue
        key = v.key(i, j)
        if _common(look, v, i, j, key):
            continue
        if keys is not None:
            if key in keys:
                return Mention(i, j, key, "SCAN")
            continue
        cands = look.usable(v, key, "SCAN", v.text(i, j))
        unit = j < v.n and v.texts[j].lower() in load_place_nouns()
        qualifier = _qualifier(look, v, j)
        if unit or qualifier is not None:
            ok = any(_sizeable(c, key, UNIT_MIN_POP, qualifier) for c in cands)
        else:
            ok = prep and any(_sizeable(c, key, LOWER_MIN_POP, None) for c in cands)
        if ok:
            return Mention(i, j, key, "SCAN")
    return None


def _name_shaped(v: View, i: int, j: int) -> bool:
    """Lower-case words, with connectors ("isle of man") only inside."""
    words = v.texts[i:j]
    if not (words[0].isalpha() and words[-1].isalpha()):
        return False
    return all(w.isalpha() and w.islower() or w in _CONNECTORS for w in words)


def _common(look: LowerLookup, v: View, i: int, j: int, key: str) -> bool:
    """Whether ``doc[i:j]`` is (or may well be) a common word rather than a name."""
    if key in look.stopnames or key in look.never or key in look.demonyms or len(key) <= 3:
        return True
    if j - i > 1:
        return v.doc[i].is_stop or v.doc[j - 1].is_stop
    token = v.doc[i]
    return (
        token.is_stop
        or key in look.words
        or token.pos_ in _WORD_POS
        or (token.lemma_ != "" and token.lemma_ != token.lower_)
    )


def _qualifier(look: LowerLookup, v: View, j: int) -> str | None:
    """The country of ", y" after a name ending before token ``j``, when y (one or two
    lower-case words, not a common word) is a country or first-level subdivision."""
    if j + 1 >= v.n or v.texts[j] != ",":
        return None
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


def _sizeable(entry: GazEntry, key: str, min_pop: int, country: str | None) -> bool:
    """A place a lower-case name may be: in the qualifier's country if there is one; a
    country, continent or first-level subdivision; a district or county (with a unit noun
    or qualifier only); a city of at least ``min_pop`` people named so, or a very big one
    by any name."""
    if country is not None and entry.country_iso3 != country:
        return False
    if entry.kind in _TOP_KINDS:
        return entry.kind != "admin1" or entry.population > 0
    if entry.kind == "admin2":
        return min_pop <= UNIT_MIN_POP
    if entry.kind != "city":
        return False
    named = fold(entry.name) == key or entry.population >= _FAMOUS_POP
    return named and entry.population >= min_pop
