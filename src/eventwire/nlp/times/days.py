"""TIMEX3 rules for expressions that name the calendar: written dates ("Nov. 5", "5/11/2021"),
months, weekdays, seasons, holidays, decades and centuries. Each rule takes the cleaned text and
the context (:class:`eventwire.nlp.times.basics.Ctx`) and returns a ``(type, value)`` or None;
:mod:`eventwire.nlp.times.timex` tries them in its order.
"""

from __future__ import annotations

import datetime as dt
import re

from eventwire.nlp.times.basics import (
    Ctx,
    Norm,
    add_months,
    far_days,
    gap,
    grammar,
    lexicon,
    month_of,
    pick,
    rel_offset,
    rel_tense,
    safe_date,
    two_digit_year,
    value_start,
    ym,
)

__all__ = ["explicit_day", "rule_calendar", "rule_holiday", "rule_season", "rule_weekday"]


def explicit_day(s: str, ctx: Ctx, whole: bool) -> Norm | None:
    """A date with day, month and year written out ("March 1, 2008", "7/8/07", "2008-03-01")."""
    g = grammar()
    for rx in (g.mdy, g.dmy, g.iso, g.numeric):
        m = rx.fullmatch(s) if whole else rx.search(s)
        if not m:
            continue
        month = int(m["m"]) if "m" in rx.groupindex else month_of(m["mon"])
        day, year = int(m["day"]), int(m["year"])
        if len(m["year"]) == 2:
            year = two_digit_year(year, ctx)
        if month > 12 and day <= 12:  # a day-first numeric date
            month, day = day, month
        found = safe_date(year, month, day)
        if found:
            return "DATE", found.isoformat()
    return None


def rule_calendar(s: str, ctx: Ctx) -> Norm | None:
    """Month names, with or without day and year, and bare years."""
    g, pub = grammar(), ctx.published
    found = explicit_day(s, ctx, whole=True)
    if found:
        return found
    if m := g.month_year.fullmatch(s):
        if m["year"]:
            return "DATE", ym(int(m["year"]), month_of(m["mon"]))
        year = pub.year + (rel_offset(m["yrel"]) or 0) if pub else None
        return "DATE", ym(year, month_of(m["mon"])) if year else None
    if m := g.month_day.fullmatch(s):
        month, day = month_of(m["mon"] or m["mon2"]), int(m["day"] or m["day2"])
        if not 1 <= day <= 31:
            return None
        if pub is None:
            return "DATE", None
        cands = [
            c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := safe_date(y, month, day))
        ]
        tense = rel_tense(m["rel"], ctx.tense)
        return "DATE", pick(cands, pub, tense, far_days(m["rel"])).isoformat()
    if m := g.month.fullmatch(s):
        return _month_only(month_of(m["mon"]), m["rel"], ctx)
    if m := g.ordinal_day.fullmatch(s):
        return _day_only(int(m["day"]), ctx)
    if m := g.year.fullmatch(s):
        return "DATE", m["year"]
    if m := g.short_year.fullmatch(s):
        return "DATE", str(two_digit_year(int(m["yy"]), ctx))
    return decade_or_century(s, ctx)


def _month_only(month: int, rel: str | None, ctx: Ctx) -> Norm:
    pub = ctx.published
    if pub is None:
        return "DATE", None
    k = rel_offset(rel)
    if k == 0:
        return "DATE", ym(pub.year, month)
    cands = [(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if k is not None:  # "last October" / "next October": never the current month
        cands = [c for c in cands if c != (pub.year, pub.month)]
    year, month = pick(cands, (pub.year, pub.month), rel_tense(rel, ctx.tense), far_days(rel))
    return "DATE", ym(year, month)


#: How far back a month told may lie for "the 12th" after it to be that month's day.
_RECENT_MONTH_DAYS = 366


def _day_only(day: int, ctx: Ctx) -> Norm | None:
    """ "the 12th" told without its month: that day of the month told just before ("in
    October ... on the 12th"), else of the month before, of, or after publication, chosen by
    tense ("were attacked on the 12th" in December is Nov. 12 or Dec. 12, whichever is the
    latest not after publication)."""
    pub = ctx.published
    if not 1 <= day <= 31:
        return None
    if pub is None:
        return "DATE", None
    told = value_start(ctx.last)
    if told is not None and told[1] in ("month", "day") and ctx.tense == "past":
        # "attacked twice in October: on the 3rd and on the 17th": the month just told, when
        # that day of it is past and recent; not "The board meets on the 12th" after it. After
        # a day told ("on the 3rd"), a later day of its month.
        found = safe_date(told[0].year, told[0].month, day)
        later = told[1] == "month" or (found is not None and found > told[0])
        if found is not None and later and 0 <= (pub - found).days <= _RECENT_MONTH_DAYS:
            return "DATE", found.isoformat()
    months = (add_months(pub.year, pub.month, k) for k in (-2, -1, 0, 1))
    cands = [c for y, m in months if (c := safe_date(y, m, day))]
    return "DATE", pick(cands, pub, ctx.tense).isoformat() if cands else None


def decade_or_century(s: str, ctx: Ctx) -> Norm | None:
    g = grammar()
    if m := g.decade.fullmatch(s):
        return "DATE", f"{m['cent'] or _century_of(int(m['dec']), ctx)}{m['dec']}"
    if m := g.decade_word.fullmatch(s):  # "the nineties"
        dec = int(lexicon()["decade_words"][m["word"]])
        return "DATE", f"{_century_of(dec, ctx)}{dec}"
    if m := g.century.fullmatch(s):
        return "DATE", f"{int(m['n']) - 1:02d}"
    return None


def _century_of(dec: int, ctx: Ctx) -> int:
    """The century of "the '80s" or "the eighties": the latest such decade begun by a year after
    publication ("the early '90s" in 1989 are the coming 1990s, not the 1890s; without a
    publication date, decades up to the 2030s count as this century's)."""
    year = ctx.published.year + 1 if ctx.published else 2039
    return year // 100 - (year // 100 * 100 + dec * 10 > year)


def rule_weekday(s: str, ctx: Ctx) -> Norm | None:
    m = grammar().weekday.fullmatch(s)
    if not m:
        return None
    wd = int(lexicon()["weekdays"][m["wd"]])
    that = _that_weekday(wd, ctx) if m["that"] else None
    if that is not None:
        return "DATE", that.isoformat()
    if m["rel"] in lexicon()["anaphoric_relatives"] and ctx.anchor:
        return "DATE", _weekday_around(ctx.anchor, wd, rel_offset(m["rel"]) or 1).isoformat()
    pub = ctx.published
    if pub is None:
        return "DATE", None
    # "The following Friday" with no day before it to follow: the bare weekday, by tense
    k = 0 if m["rel"] in lexicon()["anaphoric_relatives"] else rel_offset(m["rel"])
    back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
    if k == -1:
        delta = -(back or 7)
    elif k == 1:
        delta = ahead or 7
    else:  # news reports the past: a bare weekday in the present tense is a past day too
        # "this Friday" is the nearest Friday, but one still to come when told in the future
        tense = "future" if ctx.tense == "future" else rel_tense(m["rel"], ctx.tense)
        delta = ahead if tense == "future" else -back
        # Six days off when the other reading is tomorrow or yesterday: a present tense was
        # misread. A past tense is kept: "demonstrated on Sunday", published on a Saturday, is
        # the Sunday before, never the day after publication.
        if abs(delta) == 6 and tense == "present":
            delta = ahead if delta < 0 else -back
    return "DATE", (pub + dt.timedelta(days=delta)).isoformat()


def _that_weekday(wd: int, ctx: Ctx) -> dt.date | None:
    """ "That Friday": the Friday of the week last told ("the following week ... that Friday"),
    else the first on or after the last day mentioned."""
    told = value_start(ctx.last)
    if told is not None and told[1] == "week":
        return told[0] + dt.timedelta(days=wd)
    if ctx.anchor is None:
        return None
    return ctx.anchor + dt.timedelta(days=(wd - ctx.anchor.weekday()) % 7)


def _weekday_around(anchor: dt.date, wd: int, k: int) -> dt.date:
    """ "The following Monday" is the first Monday after the last day mentioned, "the previous
    Monday" the last one before it."""
    if k > 0:
        return anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7 or 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - wd) % 7 or 7)


def rule_season(s: str, ctx: Ctx) -> Norm | None:
    m = grammar().season.fullmatch(s)
    if not m:
        return None
    code = str(lexicon()["seasons"][m["season"]])
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    told = ctx.last[:4] if m["that"] and ctx.last else ""
    if told.isdigit():  # "in the summer of 2022 ... that autumn": 2022's
        return "DATE", f"{told}-{code}"
    pub = ctx.published
    if pub is None:
        return "DATE", None
    if m["yrel"]:  # "the spring of last year"
        return "DATE", f"{pub.year + (rel_offset(m['yrel']) or 0)}-{code}"
    start = int(lexicon()["season_start_month"][code])
    # A season is dated by the year it starts in; its (year, start month) orders occurrences.
    cands = [(y, start) for y in (pub.year - 1, pub.year, pub.year + 1)]
    now = (pub.year, pub.month)
    current = max(c for c in cands if c <= now)
    inside = gap(now, current) < 3
    k = rel_offset(m["rel"])
    coming = min(c for c in cands if c > now)
    if k == 0 and not inside:  # "this summer" in March is the coming one, in October the last
        nearest = coming if gap(coming, now) < gap(now, current) else current
        return "DATE", f"{nearest[0]}-{code}"
    if k == 0 or (k is None and inside):
        return "DATE", f"{current[0]}-{code}"
    if k == -1 or (k is None and ctx.tense != "future"):
        year = current[0] - 1 if inside else current[0]
    else:
        year = coming[0]
    return "DATE", f"{year}-{code}"


def rule_holiday(s: str, ctx: Ctx) -> Norm | None:
    m = grammar().holiday.fullmatch(s)
    if not m:
        return None
    rule = str(lexicon()["holidays"][m["hol"]])
    if m["year"]:
        return "DATE", _holiday_in(rule, int(m["year"])).isoformat()
    pub = ctx.published
    if pub is None:
        return "DATE", None
    if rel_offset(m["rel"]) == 0:
        return "DATE", _holiday_in(rule, pub.year).isoformat()
    cands = [_holiday_in(rule, y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return "DATE", pick(cands, pub, rel_tense(m["rel"], ctx.tense)).isoformat()


def _holiday_in(rule: str, year: int) -> dt.date:
    """The day a holiday falls on in ``year``: "12-25", or "11/thursday/4" (the fourth Thursday
    of November), "05/monday/-1" (the last Monday of May), "11/monday/1+1" (a day after)."""
    fixed = re.fullmatch(r"(\d\d)-(\d\d)", rule)
    if fixed:
        return dt.date(year, int(fixed[1]), int(fixed[2]))
    month, weekday, nth = rule.split("+")[0].split("/")
    wd, n = int(lexicon()["weekdays"][weekday]), int(nth)
    if n > 0:
        first = dt.date(year, int(month), 1)
        day = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    else:
        y, m = add_months(year, int(month), 1)
        end = dt.date(y, m, 1) - dt.timedelta(days=1)
        day = end - dt.timedelta(days=(end.weekday() - wd) % 7)
    shift = int(rule.split("+")[1]) if "+" in rule else 0
    return day + dt.timedelta(days=shift)
