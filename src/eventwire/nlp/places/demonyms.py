"""eventwire_place_demonyms: nationality words linked to the country they name.

Runs after ``eventwire_event_places``. A demonym or nationality adjective ("Turkish",
"Syrians", "South Korean") refers to a country, so a reader of the output should find that
reference under the country, as annotated geoparsing corpora do. It is not a toponym: nothing
happened *at* "Turkish", so the word goes into the place's ``demonym_mentions``, never into
``mentions`` or ``doc._.ew_place_of``, and no event is located by it (events and their
places are settled before this component runs). A country named only by demonyms gets a
place of its own, appended with an empty ``mentions`` list.

Words for the people of a region ("European", "Middle Eastern"; ``region_demonyms.tsv``) are
listed under the region the same way, and those of a country's nations ("English", "Scottish";
``subdivision_demonyms.tsv``) under the nation, not the country. Words tied to no one place
("Kurdish", "Arab"; ``-`` rows of ``demonyms.tsv``) and words inside a person's name ("John
French") are left alone.

Words no table lists are formed from the names of the places the article names, by the
endings of ``demonym_endings.tsv`` ("Ohio" → "Ohioans", "Abkhazia" → "Abkhaz", "New York"
→ "New Yorkers"): a capitalised word that is a place's name so extended names its people.
The place being named in the article is the evidence; a table word always wins.

A nationality word the NER labelled a place or a person by itself ("Azerbaijani" as GPE, which
the places stage does not take) is a demonym too; a word inside a longer such entity is not.

In a lower-cased article (:func:`lower.is_lowered`) a lower-case word is a demonym too
("russian troops"), unless the model's lemmatizer knows it as a verb or an adverb ("polish",
"french", "welsh").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.parse import english_words
from eventwire.nlp.places.event_places import place_for_entry
from eventwire.nlp.places.gazetteer import GazEntry, Gazetteer, country_entry, default_gazetteer
from eventwire.nlp.places.lower import LOWERED_KEY, is_lowered
from eventwire.nlp.places.scan import View
from eventwire.nlp.places.tables import (
    fold,
    load_demonym_endings,
    load_demonym_phrases,
    load_demonyms,
    load_region_demonyms,
    load_subdivision_demonyms,
    shared_demonyms,
)
from eventwire.records import Place, Span

__all__ = ["PlaceDemonymsComponent", "demonym_spans", "make_place_demonyms"]

register_extensions()

_MAX_WORDS = 3  # "Papua New Guinean"
_NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})  # a demonym only when it is all of one
_JOINERS = frozenset({"-"})
_MIN_DERIVED = 5  # letters of a word formed from a place's name ("Texan"); shorter ones are noise
# "sublocal" too: a place no gazetteer lists ("South Ossetia", placed at the article's town by
# unlisted.py) lends its word ("South Ossetians") as much as a listed one does
_DERIVED_PRECISIONS = frozenset({"country", "admin1", "admin2", "city", "sublocal"})


def demonym_spans(
    doc: Doc, names: dict[str, str], lower: frozenset[str] | None = None
) -> list[tuple[str, Span]]:
    """``(what it names, span)`` for each capitalised word group in ``names``, longest first;
    with ``lower`` (a lower-cased article), lower-case groups too, but no one-word group that is
    a word of ``lower`` (verbs: "polish", "french"; "north korean" is one group).

    Args:
        doc: the article.
        names: folded demonym → what it names (an ISO alpha-3 code or a region's name). A
            group mapped to ``""`` names no one place and hides its words ("African American"
            is neither Africa's nor only the United States').
        lower: in a lower-cased article (:func:`lower.is_lowered`), the words that open no
            lower-case demonym; ``None`` in a cased one, where a demonym is capitalised.
    """
    found: list[tuple[str, Span]] = []
    place_of: dict[int, str] = doc._.ew_place_of or {}
    ents = {
        i: (e.start, e.end)
        for e in doc.ents
        if e.label_ in _NAME_LABELS
        for i in range(e.start, e.end)
    }
    i = 0
    while i < len(doc):
        word = doc[i].text
        may_open = word[:1].isupper() or (lower is not None and word[:1].islower())
        size = _match(doc, i, names, place_of, ents) if may_open else 0
        if size == 1 and not _opens(word, lower):
            size = 0  # "polish" alone; "north korean" stays whole, not "korean" alone
        if size and _thing_after(doc, i + size):
            size = 0  # "Spanish flu", "English-speaking": a thing or a tongue, not the nation
        named = names[fold(doc[i : i + size].text)] if size else ""
        if named:
            words = doc[i : i + size]
            found.append((named, Span(words.text, words.start_char, words.end_char)))
        i += size or 1
    return found


def _thing_after(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` (past a hyphen) makes the nationality before it a thing or a
    language ("Spanish flu", "English-speaking")."""
    if i < len(doc) and doc[i].text == "-":
        i += 1
    return i < len(doc) and doc[i].lower_ in load_demonym_phrases()


def _match(
    doc: Doc,
    i: int,
    names: dict[str, str],
    place_of: dict[int, str],
    ents: dict[int, tuple[int, int]],
) -> int:
    """The number of words of the demonym starting at token ``i`` (0 when none). Words of a
    place name ("British Columbia", "the Indian Ocean") or a person's name ("John French") are
    not demonyms; a place or person entity that is the demonym alone ("Azerbaijani" labelled
    GPE or PERSON) is."""
    for size in range(min(_MAX_WORDS, len(doc) - i), 0, -1):
        words = doc[i : i + size]
        if any(t.i in place_of or not t.is_alpha for t in words if t.text not in _JOINERS):
            continue  # a place's own words, or "Pole." with its full stop
        if any(ents.get(k, (i, i + size)) != (i, i + size) for k in range(i, i + size)):
            continue  # part of a longer place entity, or one starting elsewhere
        if fold(words.text) in names:
            return size
    return 0


def _opens(word: str, lower: frozenset[str] | None) -> bool:
    """Whether a demonym may start at ``word``: a capitalised one, or in a lower-cased article
    (``lower`` given) a lower-case one that is no verb ("russian", not "polish")."""
    if word[:1].isupper():
        return True
    return lower is not None and word[:1].islower() and word not in lower


def derived_demonyms(places: list[Place]) -> dict[str, str]:
    """Folded word for the people of each named place, formed by ``demonym_endings.tsv``
    ("Ohioans", "Abkhaz", "New Yorker") → the place's id.

    Args:
        places: the article's places; those with mentions, from town to country, count, by the
            names written in the article and their gazetteer names.
    """
    out: dict[str, str] = {}
    for place in places:
        if not place.mentions or place.precision not in _DERIVED_PRECISIONS:
            continue
        for name in {place.name, *(m.text for m in place.mentions)}:
            for word in _people_words(name):
                out.setdefault(fold(word), place.id)
    return out


def _people_words(name: str) -> list[str]:
    """ "Ohio" → ["Ohioan", "Ohioans"]: the name's last word with each listed ending replaced."""
    if not name.replace(" ", "").isalpha():
        return []
    head, _, last = name.rpartition(" ")
    words = []
    for ending, replacements in load_demonym_endings():
        if not last.endswith(ending):
            continue
        stem = last[: len(last) - len(ending)]
        for rep in replacements:
            word = stem + rep
            if word != last and len(word) >= _MIN_DERIVED:
                words += [f"{head} {word}".strip(), f"{head} {word}s".strip()]
    return words


def _country_named(named: str, span: Span, places: list[Place]) -> str:
    """The country a demonym of two countries names: the one the article names ("Congolese"
    in a story of Brazzaville is of the Republic of the Congo), else its first listed."""
    codes = shared_demonyms().get(fold(span.text))
    if not codes:
        return named
    told = {p.country for p in places if p.mentions}  # "in Brazzaville" names its country too
    return next((c for c in codes if c in told), named)


class PlaceDemonymsComponent:
    """Adds demonym references to country places (see module docstring)."""

    def __init__(
        self,
        nlp: Language | None = None,
        name: str = "eventwire_place_demonyms",
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """Args:
        nlp: the pipeline, whose lemmatizer lists the verbs no lower-case demonym may be.
        name: component name.
        gazetteer: where countries are looked up (default: GeoNames, loaded on first use).
        """
        self.name = name
        self.gazetteer = gazetteer
        self.verbs = english_words(nlp, ("verb", "adv"))  # "polish", "french", "welsh"
        # Country words win over region words; a region lends its name only to words of no
        # one country ("European").
        self.names = dict(load_demonyms())  # "" for words of no one country
        for word, region in load_region_demonyms().items():
            if not self.names.get(word):
                self.names[word] = region
        # A nation's own word wins over its country's: "English" names England.
        for word, (iso3, sub) in load_subdivision_demonyms().items():
            self.names[word] = f"{iso3}/{sub}"

    def __call__(self, doc: Doc) -> Doc:
        if doc._.ew_places is None:
            doc._.ew_places = []
        places: list[Place] = doc._.ew_places
        derived = derived_demonyms(places)
        by_id = {p.id: p for p in places}
        names = {**{k: v for k, v in derived.items() if k not in self.names}, **self.names}
        # as the places component judged the article ("russian troops"); alone, judge it here
        lowered = doc.user_data.get(LOWERED_KEY)
        lowered = is_lowered(View(doc)) if lowered is None else lowered
        lower = self.verbs if lowered else None
        for named, span in demonym_spans(doc, names, lower):
            named = _country_named(named, span, places)
            place = by_id.get(named) if named in derived.values() else self.place_of(places, named)
            if place is not None:
                place.demonym_mentions.append(span)
        return doc

    def place_of(self, places: list[Place], named: str) -> Place | None:
        """The article's place for a country (ISO alpha-3) or region, added when it has none."""
        entry = self.entry(named)
        return place_for_entry(places, entry) if entry is not None else None

    def entry(self, named: str) -> GazEntry | None:
        """The gazetteer's country (``named`` an ISO alpha-3 code), subdivision (``ISO/name``)
        or region called ``named``."""
        if self.gazetteer is None:
            self.gazetteer = default_gazetteer()
        if named.isupper() and len(named) == 3:
            return country_entry(self.gazetteer, named)
        if "/" in named:
            iso3, sub = named.split("/", 1)
            subs = self.gazetteer.candidates(fold(sub))
            return next((c for c in subs if c.kind == "admin1" and c.country_iso3 == iso3), None)
        regions = [c for c in self.gazetteer.candidates(named) if c.kind == "continent"]
        return regions[0] if regions else None


@Language.factory("eventwire_place_demonyms")
def make_place_demonyms(nlp: Language, name: str) -> PlaceDemonymsComponent:
    """spaCy factory for :class:`PlaceDemonymsComponent` (gazetteer loaded on first use)."""
    return PlaceDemonymsComponent(nlp, name)
