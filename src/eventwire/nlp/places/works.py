"""Town names that open the name of a body or a work: "Ashby Foundation", "Green Party";
place names that name a disease: "West Nile virus", "Lassa fever".

A firm, foundation, party or work is often named after a family or a word that some
village also bears ("Ashby Foundation", "Lakeview Bank", "Cello Sonata"). A mention followed by a
capitalised word of ``name_heads.txt`` ("Foundation", "Bank", "Party", "Sonata"; also written in
capitals, as a press release's wire credit is: "ACME NEWSWIRE") is therefore
no place mention when only towns, none of them major, bear the name: "Chicago" and "Kerry"
open bodies' names as places, and gold sets that annotate embedded names count them.
Institutes, zoos and local bodies ("Huntsville Fire Department") are named after the place they
serve, so their words are not in the list.

A place's name between "the" and a word of ``newspaper_words.txt`` ("the New York Times", "The
Miami Herald"), or hyphen-joined to one inside a longer name ("Agence France-Presse"), titles a
newspaper: it is dropped whatever the place, as the corpora that annotate only literal
toponyms do not count it.

A place's name after the opening words of a broadcaster's name (``broadcast_heads.txt``:
"Radio France", "Radio Free Europe", "Voice of America") names the broadcaster, not a place:
it is dropped whatever the place, as a newspaper's title is; so is a name right after a
lower-case noun for an outlet (``outlet_nouns.txt``: "the news agency Mizan", "the daily
Kommersant"), and one right before the words of a news agency (``agency_words.txt``: "Xinhua
news agency", "the Fars news agency") unless a country bears it.

A place's name after a sports club's opening word (``club_heads.txt``: "Real Madrid", "AC
Milan", "Club America") names the club, and so does the opening word itself where the gazetteer
has a village of it ("Real"): both are dropped whatever the place. The corpora count a national
team ("drag Portugal to the final") but not a club.

A place's name before a sports team's name (``team_names.txt``: "the Denver Broncos", "the
Minnesota Twins") is kept as a toponym, as the corpora that annotate embedded names count it,
but it locates nothing: :func:`team_places` gives its words, which the component keeps out of
``doc._.ew_place_of``, so no event or actor is put at the team's city (the article's inferred
place still comes from it where the story names no other place). This is read only in an
article about sport (a word of ``sport_words.txt``), never after a country's name ("Sri Lanka
Tigers" are rebels) and never in a Title-Case headline ("Gaza Rockets Hit Israeli Town").

A town's, river's or valley's name followed by a word of ``disease_words.txt`` ("virus",
"fever") names the disease: the corpora do not count it as a toponym. A country's or state's
name there is more often a headline's place ("Italy virus toll tops 10,000", "an Ohio virus
outbreak") and is kept, unless it is joined by a hyphen to the word before it ("Crimean-Congo
fever").
"""

from __future__ import annotations

from functools import cache

from eventwire.nlp.parse import SAYING
from eventwire.nlp.places.persons import more_than_town
from eventwire.nlp.places.scan import Lookup, Mention, View
from eventwire.nlp.places.tables import read_table

__all__ = [
    "drop_agencies",
    "drop_broadcasters",
    "drop_clubs",
    "drop_disease_names",
    "drop_name_heads",
    "drop_newspaper_titles",
    "load_agency_words",
    "load_broadcast_heads",
    "load_club_heads",
    "load_disease_words",
    "load_name_heads",
    "load_newspaper_words",
    "load_sport_words",
    "load_team_names",
    "team_places",
]

_POSSESSIVES = ("'s", "’s")
_HYPHENS = frozenset({"-", "–"})
_AREA_KINDS = frozenset({"country", "admin1"})  # kept before a disease word unless hyphenated
_LOCATIVE_WORDS = frozenset({"in", "at", "near", "outside", "around", "from"})


@cache
def load_name_heads() -> frozenset[str]:
    """Words that make a place before them part of a body's or work's name, as written."""
    return frozenset(row[0] for row in read_table("name_heads.txt"))


@cache
def load_newspaper_words() -> frozenset[str]:
    """Words that make "the" and a place before them a newspaper's title, as written."""
    return frozenset(row[0] for row in read_table("newspaper_words.txt"))


@cache
def load_broadcast_heads() -> frozenset[tuple[str, ...]]:
    """Word sequences that open a broadcaster's name before a place, as written."""
    return frozenset(
        tuple(row[0].replace("-", " - ").split()) for row in read_table("broadcast_heads.txt")
    )


def _after_outlet_noun(v: View, m: Mention) -> bool:
    """The name right after a lower-case outlet noun ("the news agency Mizan reported"); not
    the subject of a clause of other words ("told the agency Kabul would fall"), nor a name
    after an adjective ("daily Kyiv blackouts")."""
    before, name = v.doc[m.start - 1], v.doc[m.end - 1]
    if before.text not in load_outlet_nouns() or before.pos_ != "NOUN":
        return False
    subject = name.dep_ in ("nsubj", "nsubjpass")
    return not subject or name.head.lemma_.lower() in SAYING


@cache
def load_outlet_nouns() -> frozenset[str]:
    """Lower-case nouns for a news outlet, before its name ("the daily Kommersant")."""
    return frozenset(row[0] for row in read_table("outlet_nouns.txt"))


@cache
def load_club_heads() -> frozenset[str]:
    """Words that open a sports club's name before a place ("Real", "AC"), as written."""
    return frozenset(row[0] for row in read_table("club_heads.txt"))


@cache
def load_disease_words() -> frozenset[str]:
    """Lower-case words after which a place name names a disease ("virus", "fever")."""
    return frozenset(row[0].lower() for row in read_table("disease_words.txt"))


def drop_name_heads(look: Lookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of towns alone right before a name head ("Ashby Foundation") dropped."""
    return [m for m in mentions if not (_opens_name(v, m) and not more_than_town(look, v, m.key))]


def _opens_name(v: View, m: Mention) -> bool:
    """Whether the token after the mention is a name head, its possessive ending dropped."""
    k = m.end + (m.end < v.n and v.texts[m.end] == "-")  # a hyphen between name and head
    if k >= v.n:
        return False
    word = v.texts[k]
    for ending in _POSSESSIVES:
        word = word.removesuffix(ending)
    heads = load_name_heads()
    return word in heads or (word.isupper() and word.title() in heads)  # "ASHBY FOUNDATION"


def drop_newspaper_titles(v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` that open a newspaper's title after "the" ("the New York Times") dropped,
    whatever the place: a big city names its papers as readily as a small town does."""
    return [m for m in mentions if not _titles_paper(v, m)]


def _titles_paper(v: View, m: Mention) -> bool:
    """Whether a newspaper word follows the mention, and "the" or a capitalised word of the
    title ("Agence France-Presse") comes before it."""
    k = m.end + (m.end < v.n and v.glued(m.end))  # "France-Presse"
    if m.start == 0 or k >= v.n:
        return False
    before = v.texts[m.start - 1]
    if before.lower() != "the" and not (v.cap(m.start - 1) and k > m.end):
        return False
    word = v.texts[k]
    if word == "Daily" and k + 1 < v.n and v.cap(k + 1):
        return False  # "the Kerala Daily Wage Crisis": an adjective in a title-case headline
    return word in load_newspaper_words() or (v.lowered and word.title() in load_newspaper_words())


def drop_agencies(look: Lookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` that name a news agency ("Xinhua news agency", "Anadolu Agency") dropped,
    unless a country bears the name (``agency_words.txt``); so are the name's other mentions
    ("Fars said"), one sense per article, unless a word puts something in the place."""
    agencies = {
        m.key
        for m in mentions
        if _names_agency(v, m) and not any(c.kind == "country" for c in look.candidates(v, m.key))
    }
    return [m for m in mentions if m.key not in agencies or _placed_in(v, m)]


def _names_agency(v: View, m: Mention) -> bool:
    """Whether words of ``agency_words.txt`` follow the mention."""
    for words in load_agency_words():
        after = v.texts[m.end : m.end + len(words)]
        if words == tuple(after) or (
            all(w.islower() for w in words) and words == tuple(t.lower() for t in after)
        ):
            return True
    return False


@cache
def load_agency_words() -> frozenset[tuple[str, ...]]:
    """Word sequences after a name that make it a news agency's ("news agency", "Agency")."""
    return frozenset(tuple(row[0].split()) for row in read_table("agency_words.txt"))


def drop_broadcasters(v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` that end a broadcaster's name ("Radio Free Europe") dropped."""
    return [m for m in mentions if not _names_broadcaster(v, m)]


def _names_broadcaster(v: View, m: Mention) -> bool:
    """Whether the words right before the mention are a broadcaster's opening words, or a
    lower-case noun for an outlet (``outlet_nouns.txt``: "the news agency Mizan")."""
    if m.start >= 1 and _after_outlet_noun(v, m):
        return True
    return any(
        m.start >= len(head) and tuple(v.texts[m.start - len(head) : m.start]) == head
        for head in load_broadcast_heads()
    )


def drop_clubs(v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` that name a sports club ("Real Madrid", "AC Milan") dropped: the place
    after a club's opening word, and the opening word itself before a capitalised word."""
    return [m for m in mentions if not _names_club(v, m)]


def _names_club(v: View, m: Mention) -> bool:
    heads = load_club_heads()
    before = _word_before(v, m.start)
    if before is not None and v.texts[before] in heads:
        return True  # "Real Madrid", "Atletico" and "Madrid" across a line break
    after = _word_after(v, m.end)
    return v.text(m.start, m.end) in heads and after is not None and v.cap(after)


@cache
def load_team_names() -> frozenset[tuple[str, ...]]:
    """Names of sports teams after their place ("Broncos", "Red Sox"), as written, in words."""
    return frozenset(tuple(row[0].split()) for row in read_table("team_names.txt"))


def team_places(v: View, mentions: list[Mention], countries: set[str]) -> set[int]:
    """The token indices of the mentions right before a sports team's name ("the Denver
    Broncos"): toponyms that say where nothing of the story happened (see module docstring).
    Only in an article about sport (``sport_words.txt``), never a country (``countries``: the
    folded names read as one; "Sri Lanka Tigers" are rebels) nor in a headline's Title Case
    ("Gaza Rockets Hit Town"), where any word is capitalised."""
    if not _about_sport(v):
        return set()
    return {
        i
        for m in mentions
        if m.key not in countries and not _title_case_line(v, m) and _before_team(v, m.end)
        for i in range(m.start, m.end)
    }


@cache
def load_sport_words() -> frozenset[str]:
    """Lower-case words of sport ("stadium", "coach", "season")."""
    return frozenset(row[0] for row in read_table("sport_words.txt"))


def _about_sport(v: View) -> bool:
    words = load_sport_words()
    return any(t.lower() in words for t in v.texts)


_TITLE_SHARE = 0.6  # a line with at least this share of capitalised words is a headline


def _title_case_line(v: View, m: Mention) -> bool:
    """Whether a mention stands in a line most of whose other words (of three letters or more,
    the mention and the word after it left out) are capitalised: a headline."""
    start, end = m.start, m.end
    while start > 0 and "\n" not in v.texts[start - 1] + v.spaces[start - 1]:
        start -= 1
    while end < v.n and "\n" not in v.texts[end] + v.spaces[end]:
        end += 1
    words = [
        w
        for k, w in enumerate(v.texts[start : end + 1], start)
        if not m.start <= k < m.end + 1 and w.isalpha() and len(w) >= 3
    ]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= _TITLE_SHARE * len(words)


def _before_team(v: View, i: int) -> bool:
    """Whether the words from token ``i`` on are a team's name: capitalised as listed, or in
    any case in a lower-cased article."""
    for name in load_team_names():
        words = tuple(v.texts[i : i + len(name)])
        if words == name or (v.lowered and tuple(w.lower() for w in words) == _lower(name)):
            return True
    return False


def _lower(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def _word_before(v: View, i: int) -> int | None:
    """The index of the last word before token ``i``, over whitespace tokens (a line break)."""
    k = i - 1
    while k >= 0 and not v.texts[k].strip():
        k -= 1
    return k if k >= 0 else None


def _word_after(v: View, i: int) -> int | None:
    """The index of the first word from token ``i`` on, over whitespace tokens."""
    k = i
    while k < v.n and not v.texts[k].strip():
        k += 1
    return k if k < v.n else None


def drop_disease_names(look: Lookup, v: View, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` that name a disease ("Marburg virus", "West Nile virus") dropped, and
    the other mentions of a name that names one ("the Marburg outbreak", "Marburg cases"):
    one sense per article, unless a word puts something in the place ("in Marburg")."""
    diseases = {m.key for m in mentions if _names_disease(look, v, m)}
    return [
        m
        for m in mentions
        if not _names_disease(look, v, m) and not (m.key in diseases and not _placed_in(v, m))
    ]


def _placed_in(v: View, m: Mention) -> bool:
    """Whether a locative word ("in", "near") stands right before the mention."""
    return m.start > 0 and v.texts[m.start - 1].lower() in _LOCATIVE_WORDS


def _names_disease(look: Lookup, v: View, m: Mention) -> bool:
    if m.end >= v.n or v.texts[m.end].lower() not in load_disease_words():
        return False
    joined = m.start > 0 and v.texts[m.start - 1] in _HYPHENS
    return joined or not any(c.kind in _AREA_KINDS for c in look.candidates(v, m.key))
