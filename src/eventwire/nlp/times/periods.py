"""Quarters, halves and year-on-year comparisons, the calendar of earnings reports.

"third-quarter profit" is this year's third quarter; once an article has named the quarter it
reports on, "the quarter", "the latest period", "a year earlier" and "the year-ago quarter"
count from that quarter ("1989-Q3" → "1988-Q3"), not from the publication day. Elsewhere
"a year earlier" counts back from the last date mentioned, at that date's precision.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.nlp.times.basics import (
    Ctx,
    Norm,
    add_months,
    grammar,
    lexicon,
    number,
    quarter_of,
    rel_offset,
)

__all__ = [
    "half_of",
    "is_year_shift",
    "reporting_period",
    "rule_period",
    "rule_quarter",
    "rule_same_period",
    "rule_year_shift",
]

_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _ordinal(word: str) -> int:
    """ "third" → 3; "last" and "final" → 4 (the year's last quarter)."""
    q = int(lexicon()["ordinals"][word])
    return 4 if q < 0 else q


def _quarter_before(day: dt.date) -> str:
    return quarter_of(*add_months(day.year, day.month, -3))


def _shift_years(value: str, k: int) -> str:
    """The same calendar value ``k`` years later: "1989-Q3", -1 → "1988-Q3"."""
    year = int(value[:4]) + k
    if value[4:] == "-02-29":  # no 29 February in the year counted to
        return f"{year:04d}-02-28"
    return f"{year:04d}{value[4:]}"


def rule_quarter(s: str, ctx: Ctx) -> Norm | None:
    """ "the third quarter", "Q3 2009", "its fiscal first quarter", "the 1988 second quarter"."""
    m = grammar().quarter.fullmatch(s)
    if not m:
        return None
    q = int(m["qn"]) if m["qn"] else int(lexicon()["ordinals"][m["ord"]])
    year = m["year"] or m["year0"]
    if year:
        return "DATE", f"{year}-Q{4 if q < 0 else q}"
    pub = ctx.published
    if pub is None:
        return "DATE", None
    if q < 0 and m["rel"] is None and "year" not in s:  # "the last quarter": the one before now
        return "DATE", _quarter_before(pub)
    q = 4 if q < 0 else q
    if m["rel"] is not None or "year" in s:
        return "DATE", f"{pub.year + (rel_offset(m['rel']) or 0)}-Q{q}"
    # Reports name quarters of the current year; one still ahead is last year's when told in
    # the past ("fourth-quarter profit fell", published in February).
    ahead = q > (pub.month - 1) // 3 + 1
    return "DATE", f"{pub.year - (ahead and ctx.tense == 'past')}-Q{q}"


def half_of(s: str) -> tuple[int, str] | None:
    """Which half of what: "the second half of 1989" → (2, "1989"), "the first two quarters of
    next year" → (1, "next year"); None for other text. A bare "the first half" is left alone:
    it is as often a match's as a year's."""
    m = grammar().half.fullmatch(s)
    if not m:
        return None
    if m["ord"]:
        return int(lexicon()["half_ordinals"][m["ord"]]), m["rest"]
    return (1 if m["ord2"] == "first" else 2), m["rest"]


def rule_period(s: str, ctx: Ctx) -> Norm | None:
    """ "the quarter", "the latest period": the quarter the article reports on."""
    m = grammar().period.fullmatch(s)
    if not m:
        return None
    if ctx.period:  # "the 1988 quarter": the quarter reported on, in that year
        return "DATE", f"{m['year']}{ctx.period[4:]}" if m["year"] else ctx.period
    if m["year"]:
        return "DATE", m["year"]
    pub = ctx.published
    if m["unit"] != "quarter" or pub is None:
        return "DATE", None  # "the period" of what, we cannot tell
    if ctx.tense == "future":
        return "DATE", quarter_of(pub.year, pub.month)
    return "DATE", _quarter_before(pub)  # a past report's quarter, unnamed: the last one closed


def rule_year_shift(s: str, ctx: Ctx) -> Norm | None:
    """ "a year earlier", "year-ago", "the year-earlier third quarter", "two years before"."""
    m = grammar().year_shift.fullmatch(s)
    if not m:
        return None
    n = number(m["num"]) if m["num"] else 1
    pub = ctx.published
    if n is None:
        return None
    if m["ord"]:  # "the year-earlier third quarter"
        year = ctx.period[:4] if ctx.period else str(pub.year) if pub else None
        return "DATE", f"{int(year) - n}-Q{_ordinal(m['ord'])}" if year else None
    period = ctx.period or (_quarter_before(pub) if pub and m["unit"] == "quarter" else None)
    if period:
        return "DATE", _shift_years(period, -n)
    if m["dir"] == "ago" or m["adj"] or not ctx.last:
        return "DATE", str(pub.year - n) if pub else None  # "a year ago" counts from publication
    # "a year earlier" after a day is that day a year before; after a month or a year, the year.
    last = ctx.last if _DAY.fullmatch(ctx.last) else ctx.last[:4]
    return "DATE", _shift_years(last, -n)


def rule_same_period(s: str, ctx: Ctx) -> Norm | None:
    """ "the same period last year", "the same month a year earlier": what the article has just
    named (the quarter it reports on, else the last date mentioned), one year back."""
    m = grammar().same_period.fullmatch(s)
    if not m:
        return None
    base = ctx.period if m["unit"] in ("period", "quarter") and ctx.period else ctx.last
    if base is None or not base[:4].isdigit():  # nothing named yet: last year as a whole
        return "DATE", str(ctx.published.year - 1) if ctx.published else None
    if m["unit"] == "month":
        base = base[:7]
    elif m["unit"] == "quarter" and base[5:7].isdigit():  # a day or month → its quarter
        base = quarter_of(int(base[:4]), int(base[5:7]))
    return "DATE", _shift_years(base, -1)


def is_year_shift(text: str) -> bool:
    """Whether an expression counts back from another one ("a year earlier", "the same period
    last year"): its value is no new reference point for the expressions after it."""
    lower = text.lower()
    return bool(grammar().year_shift.search(lower) or grammar().same_period.search(lower))


def reporting_period(
    value: str | None, published: dt.date | None, current: str | None
) -> str | None:
    """The quarter an article reports on, after a value mentioned: the last closed quarter named
    that lies within a year of publication (the quarter still running is a forecast, a year-ago
    quarter a comparison)."""
    m = _QUARTER.fullmatch(value or "")
    if not m or published is None:
        return current
    back = (published.year - int(m[1])) * 4 + (published.month - 1) // 3 + 1 - int(m[2])
    return value if 0 < back < 4 else current
