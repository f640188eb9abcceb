"""What every rule of the times normaliser shares: the stage's data, the context a relative
expression is resolved against, and calendar arithmetic. No spaCy here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

from eventwire.records import TimeType

#: The stage's data folder, ``times/data/``.
DATA = resources.files("eventwire.nlp.times").joinpath("data")
Norm = tuple[TimeType, str | None]
TENSES = ("past", "present", "future")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The normaliser's word lists (``times/data/lexicon.json``), read once."""
    data: dict[str, Any] = json.loads((DATA / "lexicon.json").read_text(encoding="utf-8"))
    return data


def _alt(words: Any) -> str:
    """A regex alternation of ``words``, longest first so "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class _Grammar:
    """The normaliser's regular expressions (``times/data/grammar.json``), built once."""

    def __init__(self, lex: dict[str, Any]) -> None:
        data = json.loads((DATA / "grammar.json").read_text(encoding="utf-8"))
        words = {k: _alt(v) for k, v in lex.items() if isinstance(v, dict | list)}
        pieces = {k: Template(v).safe_substitute(words) for k, v in data["pieces"].items()}
        for name, pattern in data["patterns"].items():
            text = Template(Template(pattern).safe_substitute(pieces)).safe_substitute(words)
            setattr(self, name, re.compile(text))

    def __getattr__(self, name: str) -> re.Pattern[str]:  # for type checkers: set in __init__
        raise AttributeError(name)


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    """The normaliser's regular expressions, compiled once."""
    return _Grammar(lexicon())


def rel_offset(word: str | None) -> int | None:
    """How many units "last" (-1), "this" (0) or "next" (1) shift by; None for other words."""
    offsets: dict[str, int] = lexicon()["relative_offsets"]
    return offsets.get(word or "")


@dataclass(frozen=True, slots=True)
class Ctx:
    """What a relative expression is resolved against."""

    published: dt.date | None
    tense: str
    anchor: dt.date | None  # the last day mentioned before ("the same day")
    # The quarter an earnings report is about ("1989-Q3"): "the quarter", "a year earlier".
    period: str | None = None
    last: str | None = None  # the last calendar value mentioned ("2021-10", "2020")


# ---------------------------------------------------------------- small helpers


def as_date(value: object) -> dt.date | None:
    """A date from a date, a datetime or an ISO string; anything else → None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def number(word: str | None) -> int | None:
    """ "3" → 3, "three" → 3, "twenty-five" → 25; unknown words → None."""
    if not word:
        return None
    if word.isdigit():
        return int(word)
    numbers = lexicon()["numbers"]
    parts = [numbers.get(p) for p in word.split("-")]
    return sum(p for p in parts if p is not None) if all(p is not None for p in parts) else None


def month_of(name: str) -> int:
    return int(lexicon()["months"][name.rstrip(".")])


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_of(year: int, month: int) -> str:
    """ "2021-Q4" for (2021, 11)."""
    return f"{year:04d}-Q{(month - 1) // 3 + 1}"


#: Calendar units from coarse to fine, as far as a value can be read back into a date.
PRECISIONS = ("century", "decade", "year", "quarter", "month", "week", "day")
_VALUE = re.compile(r"(\d{4})(?:-(?:Q(?P<q>[1-4])|W(?P<w>\d\d)|(?P<m>\d\d)(?:-(?P<d>\d\d))?))?")


def value_start(value: str | None) -> tuple[dt.date, str] | None:
    """The first day of a calendar value and its precision: "2021-10" → (2021-10-01, "month").
    Seasons, references and durations → None."""
    m = _VALUE.match(value or "")
    if not m or (value or "")[m.end() : m.end() + 1] not in ("", "T"):
        return None
    year = int(m[1])
    try:
        if m["d"]:
            return dt.date(year, int(m["m"]), int(m["d"])), "day"
        if m["w"]:
            return dt.date.fromisocalendar(year, int(m["w"]), 1), "week"
        if m["m"]:
            return dt.date(year, int(m["m"]), 1), "month"
        if m["q"]:
            return dt.date(year, 3 * int(m["q"]) - 2, 1), "quarter"
        return dt.date(year, 1, 1), "year"
    except ValueError:
        return None


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def pick(cands: list[Any], pub: Any, tense: str, far: int | None = None) -> Any:
    """Choose among dated candidates by tense: past → latest ≤ pub, future → earliest ≥ pub.

    With ``far`` (days), a choice farther than that from ``pub`` gives way to the nearest
    candidate: "extended to Nov. 20" or "payable Dec. 15", read in the past tense a few days
    before, are this year's, not last year's.
    """
    past = [c for c in cands if c <= pub]
    future = [c for c in cands if c >= pub]
    if tense == "future" and future:
        chosen = min(future)
    elif tense == "present" and past and future:
        before, after = max(past), min(future)
        chosen = after if gap(after, pub) < gap(pub, before) else before
    else:
        chosen = max(past) if past else min(future)
    # Only the past, news text's default reading, gives way: "will" is seldom misread.
    if far is None or tense == "future" or _days_apart(chosen, pub) <= far:
        return chosen
    return min(cands, key=lambda c: _days_apart(c, pub))


def _days_apart(a: Any, b: Any) -> int:
    """Days between two dates, or about that between two (year, month) pairs."""
    months = isinstance(a, tuple)
    return abs(gap(a, b)) * (30 if months else 1)


def gap(later: Any, earlier: Any) -> int:
    if isinstance(later, dt.date):
        return (later - earlier).days
    return int((later[0] - earlier[0]) * 12 + later[1] - earlier[1])


def unit_code(unit: str) -> str:
    base = "century" if unit.startswith("centur") else unit.rstrip("s") or unit
    return str(lexicon()["units"].get(base, "X"))


def duration(n: int | None, code: str) -> str:
    """TIMEX3 duration: (3, "D") → "P3D", (None, "Y") → "PXY", (2, "H") → "PT2H"."""
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "2W": (2, "W")}
    if code in scale and n is not None:
        n, code = n * scale[code][0], scale[code][1]
    amount = "X" if n is None else str(n)
    if code in ("H", "MIN", "S"):
        return f"PT{amount}{code[0]}"
    return f"P{amount}{code}"


def half_duration(whole: int, code: str) -> str:
    """TIMEX3 duration of ``whole`` units and a half, as the gold corpora write it: a clock
    unit in the next smaller one ("an hour and a half" → "PT1H30M"), a calendar unit with a
    decimal ("two and a half years" → "P2.5Y"), half a year as six months."""
    scale = {"DE": (10, "Y"), "CE": (100, "Y")}
    if code in scale:  # half a decade, a century and a half: whole years
        size, unit = scale[code]
        return f"P{whole * size + size // 2}{unit}"
    if code in ("H", "MIN"):
        small, unit = ("30M", "H") if code == "H" else ("30S", "M")
        return f"PT{whole}{unit}{small}" if whole else f"PT{small}"
    if code == "Y" and not whole:
        return "P6M"
    if code == "D" and not whole:
        return "PT12H"
    return f"P{whole}.5{code}" if code != "X" else "PX"


def far_days(rel: str | None) -> int | None:
    """How far a tense may push a bare "Nov. 20" or "March" from publication; none after
    "last" or "next", which say which one is meant."""
    return None if rel else int(lexicon()["far_days"])


def rel_tense(rel: str | None, tense: str) -> str:
    tenses: dict[str, str] = lexicon()["relative_tenses"]
    return tenses.get(rel or "", tense)


def two_digit_year(yy: int, ctx: Ctx) -> int:
    """ "'82", "7/8/07": the latest such year up to a year after publication, in whatever
    century it was published ("'82" in 1989 is 1982, not 2082); without a publication date,
    up to 2030."""
    if ctx.published is None:
        return 2000 + yy if yy <= 30 else 1900 + yy
    year = ctx.published.year // 100 * 100 + yy
    return year - 100 if year > ctx.published.year + 1 else year
