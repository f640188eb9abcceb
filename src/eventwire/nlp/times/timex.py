"""TIMEX3 normalisation of time expressions ("last Friday" → DATE "2021-11-05"), without spaCy.

Values: "2021-11-05", "2021-10", "2021", "2021-W44", "2021-Q3", "2021-H2", "2021-SP", "199"
(the 1990s), "P3D", "PXY", "2021-11-07T10:00", "2021-11-07TMO", "PAST_REF"; ``None`` for
expressions relative to an unknown publication date. Words and patterns:
``times/data/{lexicon,grammar}.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import dateparser

from eventwire.nlp.times.basics import (
    DATA,
    PRECISIONS,
    TENSES,
    Ctx,
    Norm,
    add_months,
    as_date,
    duration,
    grammar,
    half_duration,
    iso_week,
    lexicon,
    number,
    rel_offset,
    unit_code,
    value_start,
    ym,
)
from eventwire.nlp.times.days import (
    explicit_day,
    rule_calendar,
    rule_holiday,
    rule_season,
    rule_weekday,
)
from eventwire.nlp.times.periods import (
    half_of,
    rule_period,
    rule_quarter,
    rule_same_period,
    rule_year_shift,
)

__all__ = ["DATA", "as_date", "grammar", "lexicon", "normalize"]


# ---------------------------------------------------------------- cleaning


@lru_cache(maxsize=1)
def _prefixes() -> tuple[str, ...]:
    words = lexicon()["leading_words"] + lexicon()["granularity_modifiers"]
    return tuple(sorted(words, key=len, reverse=True))


def _clean(text: str) -> str:
    """Lower-case, normalise quotes and spaces, drop leading prepositions and vague modifiers."""
    s = text.lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([,;])", r"\1", s)
    s = re.sub(r" ?'s?$", "", s) if not re.search(r"\d'?s$", s) else s
    s = grammar().spoken_year.sub(_spoken_year, s.strip(" ,;:"))
    prefixes = _prefixes()
    changed = True
    while changed:
        changed = False
        for p in prefixes:
            joiner = "" if p.endswith("-") else " "
            if s.startswith(p + joiner) and len(s) > len(p) + len(joiner):
                s, changed = s[len(p) + len(joiner) :].lstrip(" ,"), True
                break
    return s


def _spoken_year(m: re.Match[str]) -> str:
    """Broadcast transcripts spell years out: "nineteen ninety-one" → "1991", "two thousand" →
    "2000"; "twenty-five" stays a number."""
    if m["cent"]:
        rest = number(m["rest"])
        century = int(lexicon()["numbers"][m["cent"]])
        return m[0] if rest is None or not 10 <= rest < 100 else str(century * 100 + rest)
    rest = number(m["rest2"]) if m["rest2"] else 0
    return m[0] if rest is None or rest >= 100 else str(2000 + rest)


# ---------------------------------------------------------------- rules
# Each rule takes the cleaned text and the context and returns (type, value) when the whole text
# is an expression of its kind, else None. Value None = recognised but not resolvable.


def _rule_ref(s: str, ctx: Ctx) -> Norm | None:
    if s in lexicon()["refs"]:
        return "DATE", str(lexicon()["refs"][s])
    return None


def _rule_half(s: str, ctx: Ctx) -> Norm | None:
    """ "the second half of 1989" → "1989-H2"; a half of something other than a year keeps
    that thing's value ("the last half of the '80s" → "198")."""
    found = half_of(s)
    if found is None:
        return None
    within = _normalize(_clean(found[1]), ctx)[1]
    split_year = re.search(r"\d{4}[-/]\d", found[1])  # a half of the 2009-10 season is no 2009-H2
    if within is not None and re.fullmatch(r"\d{4}", within) and not split_year:
        return "DATE", f"{within}-H{found[0]}"
    return "DATE", within


def _rule_age(s: str, ctx: Ctx) -> Norm | None:
    m = re.search(r"(\d+|[a-z]+)[- ]years?[- ]old", s)
    return ("DURATION", duration(number(m.group(1)), "Y")) if m else None


def _rule_set(s: str, ctx: Ctx) -> Norm | None:
    if s in lexicon()["set_adverbs"]:
        return "SET", str(lexicon()["set_adverbs"][s])
    m = grammar().set.fullmatch(s)
    if not m or (m["kw"] == "a" and not m["freq"]):
        return None
    step = 2 if m["other"] else 1
    if m["wd"]:
        return "SET", f"XXXX-WXX-{int(lexicon()['weekdays'][m['wd']]) + 1}"
    if m["part"]:
        return "SET", f"T{lexicon()['parts_of_day'][m['part']]}"
    return "SET", duration(step, unit_code(m["unit"]))


def _rule_clock(s: str, ctx: Ctx) -> Norm | None:
    m = grammar().clock.search(s)
    if not m:
        return None
    if m["word"]:
        hhmm = str(lexicon()["clock_words"][m["word"]])
    else:
        hour, minute = int(m["h"] or m["h24"]), int(m["m"] or m["m24"] or 0)
        ap = (m["ap"] or "").replace(".", "").replace(" ", "")
        hour = hour % 12 + (12 if ap == "pm" else 0) if ap in ("am", "pm") else hour
        if hour > 23 or minute > 59:
            return None
        hhmm = f"{hour:02d}:{minute:02d}"
    rest = s[: m.start()] + " " + s[m.end() :]
    rest = re.sub(r"\b(at|on|of|local time|[ecmp][sd]t|gmt|utc)\b|[,]", " ", rest)
    day = _day_value(_clean(rest), ctx) if rest.strip() else None
    if day is None and rest.strip():
        return None if _normalize(_clean(rest), ctx)[1] else ("TIME", None)
    # A bare clock time is on the last day mentioned ("On Friday ... at 10 a.m."), by default
    # the publication date.
    anchor = ctx.anchor or ctx.published
    base = day or (anchor.isoformat() if anchor else None)
    return "TIME", f"{base}T{hhmm}" if base else None


def _day_value(s: str, ctx: Ctx) -> str | None:
    """The YYYY-MM-DD an expression resolves to, when it is a single day."""
    value = _normalize(s, ctx)[1] if s else None
    return value[:10] if value and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value) else None


def _rule_part_of_day(s: str, ctx: Ctx) -> Norm | None:
    parts = lexicon()["parts_of_day"]
    of = grammar().part_of.fullmatch(s)
    if of:  # "the early hours of Sunday", "the night of March 3": that day
        day = _day_value(of["rest"], ctx)
        return ("DATE", day) if day else None
    if s in ("tonight", "overnight"):
        return "TIME", f"{ctx.published}T{parts[s]}" if ctx.published else None
    bare = s.removeprefix("the ")
    if bare in parts:  # "at dawn", "in the morning": like a bare clock time, the last day's
        anchor = ctx.anchor or ctx.published
        if anchor and ctx.published and anchor > ctx.published and ctx.tense != "future":
            anchor = ctx.published  # "Elections are due on March 5. In the morning, police
            # arrested …": not that day still to come ("he will open it in the afternoon" is)
        return "TIME", f"{anchor.isoformat()}T{parts[bare]}" if anchor else None
    m = grammar().part_suffix.fullmatch(s) or grammar().part_around.fullmatch(s)
    if not m:
        return None
    # "this morning" is today's, "the next morning" the next day's, "that evening" and "the
    # night before" the last day mentioned's and the one before: the day is read as such,
    # then the part of day added.
    days: dict[str, str] = lexicon()["part_of_day_days"]
    said = m.groupdict().get("rest")
    words = said or f"the day {m['dir']}"
    rest = days.get(words, words)
    day = _day_value(rest, ctx)
    if day is None:
        known = said is None or words in days or rest in ("today", "yesterday", "tomorrow")
        return ("TIME", None) if known else None
    return "TIME", f"{day}T{parts[m['part']]}"


def _rule_deictic(s: str, ctx: Ctx) -> Norm | None:
    m = grammar().deictic.fullmatch(s)
    if not m:
        return None
    offsets = lexicon()["deictic_offsets"]
    if not ctx.published:
        return "DATE", None
    return "DATE", (ctx.published + dt.timedelta(days=offsets.get(m["w"], 0))).isoformat()


def _rule_anaphor(s: str, ctx: Ctx) -> Norm | None:
    """Days counted from the last day mentioned: "the same day", "two days later"."""
    shifts = lexicon()["anaphor_shifts"]
    m = re.fullmatch(r"(?:(?:the|that|this) )?(?:same )?(?P<k>.+?)", s)
    shift = shifts.get(m["k"]) if m else None
    a = grammar().anaphor.fullmatch(s)
    if shift is None and a and unit_code(a["unit"]) in ("H", "MIN"):
        return "TIME", None  # "two hours later": a clock time we do not track
    if shift is None and a and unit_code(a["unit"]) in ("M", "Y"):
        return _months_or_years_on(a, ctx)
    if shift is None and a and unit_code(a["unit"]) in ("D", "W"):
        n = number(a["num"]) or 1
        shift = n * (7 if unit_code(a["unit"]) == "W" else 1)
        shift = -shift if a["dir"] in ("earlier", "before") else shift
    if shift is None:
        return None
    if ctx.anchor is None and ctx.last is not None and shift > 0 and ctx.tense == "past":
        # "Parliament was dissolved in late October. A week later, crowds marched": the story
        # told a month, not a day, to count from; the day of publication is no anchor then
        return "DATE", None
    anchor = ctx.anchor or ctx.published
    return "DATE", (anchor + dt.timedelta(days=shift)).isoformat() if anchor else None


def _months_or_years_on(a: re.Match[str], ctx: Ctx) -> Norm | None:
    """ "Two months later" after "in March 2019" is May 2019, "a year later" after "in 2019"
    2020: counted from the last date mentioned, at the unit's precision."""
    n, code = number(a["num"]) if a["num"] else None, unit_code(a["unit"])
    base = _mentioned_start("month" if code == "M" else "year", ctx)
    if n is None or base is None:
        return None
    n = -n if a["dir"] in ("earlier", "before") else n
    year, month = add_months(base.year, base.month, n) if code == "M" else (base.year + n, 1)
    # Past the publication date the last date was most likely when something was said ("the
    # army said on Monday it had retaken the town two months later"): no value, as before.
    if ctx.published is not None and dt.date(year, month, 1) > ctx.published:
        return None
    return "DATE", ym(year, month) if code == "M" else str(year)


def _rule_ago(s: str, ctx: Ctx) -> Norm | None:
    m = grammar().ago.fullmatch(s)
    if not m:
        return None
    n, code, pub = number(m["num"]), unit_code(m["unit"]), ctx.published
    if n is None or pub is None:
        return "DATE", None
    if code in ("D", "W"):
        return "DATE", (pub - dt.timedelta(days=n * (7 if code == "W" else 1))).isoformat()
    if code in ("M", "Q"):
        return "DATE", ym(*add_months(pub.year, pub.month, -n * (3 if code == "Q" else 1)))
    years = {"Y": 1, "DE": 10, "CE": 100}.get(code)
    return ("DATE", str(pub.year - n * years)) if years else None


def _rule_unit_rel(s: str, ctx: Ctx) -> Norm | None:
    """ "this week", "last month", "next year", "the previous quarter", "that year"."""
    m = grammar().unit_rel.fullmatch(s)
    if not m or m["rel"] == "past" or s in ("week", "month", "year"):
        return None
    unit = m["unit"] or m["unit2"]
    # "the year" is the current one; "the year before" one before it, "the year after" one after.
    k = (rel_offset(m["rel"]) or 0) if m["rel"] else {None: 0, "after": 1}.get(m["rel2"], -1)
    anaphoric = (
        m["rel"] in lexicon()["anaphoric_relatives"]
        or m["rel2"]
        or m["same"]  # "the same week": the week of the last date told
        or s.startswith("that")
    )
    base = (_mentioned_start(unit, ctx) if anaphoric else None) or ctx.published
    if base is None:
        return "DATE", None
    if s.startswith("the ") and not (m["rel"] or m["rel2"] or m["same"]):
        base = _told_unit_before(unit, ctx) or base
    if unit in ("week", "weekend"):
        return "DATE", iso_week(base + dt.timedelta(weeks=k)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return "DATE", ym(*add_months(base.year, base.month, k))
    if unit == "quarter":
        y, m0 = add_months(base.year, base.month, 3 * k)
        return "DATE", f"{y}-Q{(m0 - 1) // 3 + 1}"
    if unit == "decade":
        return "DATE", str(base.year // 10 + k)
    if unit == "century":
        return "DATE", str(base.year // 100 + k)
    return "DATE", str(base.year + k)


#: How far back a day told earlier may lie and still be the week or month "the week" counts
#: from in a past clause (not "the war began on Feb. 24, 2022 … arrested 30 during the week").
RECENT_DAYS = 62


def _told_unit_before(unit: str, ctx: Ctx) -> dt.date | None:
    """ "On Nov. 14 protesters marched ... By the end of the week, police had arrested 40":
    a week or month told in the past after a day of an earlier one is that day's, for a
    deed done cannot lie in the week or month still running at publication."""
    told = _mentioned_start(unit, ctx) if unit in ("week", "month") else None
    if told is None or ctx.published is None or ctx.tense != "past":
        return None
    if (ctx.published - told).days > RECENT_DAYS:
        return None  # "the war began on Feb. 24, 2022 … arrested during the week": this one
    if unit == "week":
        return told if iso_week(told) < iso_week(ctx.published) else None
    return told if (told.year, told.month) < (ctx.published.year, ctx.published.month) else None


def _mentioned_start(unit: str, ctx: Ctx) -> dt.date | None:
    """The last calendar value mentioned, when it is at least as precise as ``unit``: "the
    following month" after "in March" is April, after "in 1988" we cannot tell."""
    found = value_start(ctx.last)
    unit = "week" if unit == "weekend" else unit
    if found is None or PRECISIONS.index(found[1]) < PRECISIONS.index(unit):
        return None
    return found[0]


def _rule_week_of(s: str, ctx: Ctx) -> Norm | None:
    """ "the week of March 6": the (ISO) week that day falls in; "the weekend of" its weekend."""
    m = grammar().week_of.fullmatch(s)
    day = _day_value(_clean(m["rest"]), ctx) if m else None
    if m is None or day is None:
        return None
    week = iso_week(dt.date.fromisoformat(day))
    return "DATE", week + ("-WE" if m["unit"] == "weekend" else "")


def _rule_weekend(s: str, ctx: Ctx) -> Norm | None:
    """ "the weekend": the one just past, or in future tense the coming one; "that weekend":
    the one of the week the article has got to, else as "the weekend"."""
    if s not in ("weekend", "the weekend", "that weekend"):
        return None
    told = _mentioned_start("weekend", ctx) if s == "that weekend" else None
    if told is not None:
        return "DATE", iso_week(told) + "-WE"
    pub = ctx.published
    if pub is None:
        return "DATE", None
    past = ctx.tense != "future" and pub.weekday() < 5
    return "DATE", iso_week(pub - dt.timedelta(weeks=1 if past else 0)) + "-WE"


def _rule_fraction(s: str, ctx: Ctx) -> Norm | None:
    """ "six and a half years", "an hour and a half", "half a century": one duration, where
    the " and " would otherwise split it into two parts that are no time at all."""
    g = grammar()
    m = g.fraction_pre.fullmatch(s) or g.fraction_post.fullmatch(s)
    if m:
        whole = 1 if m["num"] is None else number(m["num"])
        return ("DURATION", half_duration(whole, unit_code(m["unit"]))) if whole else None
    m = g.fraction_half.fullmatch(s)
    return ("DURATION", half_duration(0, unit_code(m["unit"]))) if m else None


def _rule_duration(s: str, ctx: Ctx) -> Norm | None:
    g = grammar()
    m = g.adj_duration.fullmatch(s)
    if m and number(m["num"]) is not None:
        return "DURATION", duration(number(m["num"]), unit_code(m["unit"]))
    m = g.duration.fullmatch(s)
    if not m or (m["unit"] in ("second", "night") and not (m["num"] or m["vague"])):
        return None
    plural = m["unit"].endswith("s") or m["unit"] == "centuries"
    if not (m["num"] or m["vague"] or plural or m["drel"]):
        return None
    refs: dict[str, str] = lexicon()["vague_period_refs"]
    if plural and not (m["num"] or m["vague"]) and m["drel"] in refs:
        return "DATE", refs[m["drel"]]  # "recent years", "coming months": a vague past, future
    n = number(m["num"]) if m["num"] else (None if m["vague"] or plural else 1)
    return "DURATION", duration(n, unit_code(m["unit"]))


def _fallback_dateparser(s: str, ctx: Ctx) -> Norm | None:
    """Other spellings of calendar dates, left to dateparser; never for bare numbers."""
    g = grammar()
    if not (g.month_name.search(s) or re.search(r"\d[/.-]\d", s)):
        return None
    prefer = {"future": "future", "present": "current_period"}.get(ctx.tense, "past")
    settings: dict[str, Any] = {**lexicon()["dateparser_settings"], "PREFER_DATES_FROM": prefer}
    if ctx.published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ctx.published, dt.time())
    elif not re.search(r"\d{4}", s):
        return "DATE", None
    data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(s)
    if data.date_obj is None:
        return None
    stamp = data.date_obj
    fmt = lexicon()["dateparser_formats"].get(data.period or "", "%Y-%m-%d")
    return ("TIME" if data.period == "time" else "DATE"), stamp.strftime(fmt)


# fmt: off
_RULES: tuple[Callable[[str, Ctx], Norm | None], ...] = (
    _rule_ref, _rule_half, _rule_age, _rule_set, _rule_deictic, _rule_part_of_day, _rule_clock,
    rule_same_period, rule_year_shift, _rule_anaphor, _rule_ago, _rule_unit_rel, _rule_week_of,
    _rule_weekend, rule_quarter, rule_period, _rule_fraction, _rule_duration,
    rule_weekday, rule_holiday, rule_season, rule_calendar,
)
# fmt: on


def _normalize(s: str, ctx: Ctx) -> Norm:
    for rule in _RULES:
        found = rule(s, ctx)
        if found is not None:
            return found
    found = explicit_day(s, ctx, whole=False)
    if found is not None:
        return found
    if re.search(r",| and | or ", s):
        return _normalize_parts(s, ctx)
    return _fallback_dateparser(s, ctx) or ("DATE", None)


def _normalize_parts(s: str, ctx: Ctx) -> Norm:
    """Appositions like "earlier today, Sunday" or "Tuesday, Jan. 27": keep the most precise."""
    best: Norm = ("DATE", None)
    best_rank = (0, False)
    for part in re.split(r",| and | or ", s):
        found = _normalize(_clean(part), ctx) if part.strip() else ("DATE", None)
        # More precise values win; between equals, a written calendar date beats a relative one.
        rank = (len(found[1] or ""), bool(grammar().month_name.search(part)))
        if found[1] and rank > best_rank:
            best, best_rank = found, rank
    return best


def normalize(
    text: str,
    published: dt.date | None,
    tense: str = "past",
    anchor: dt.date | None = None,
    *,
    period: str | None = None,
    last: str | None = None,
) -> Norm:
    """Normalise one time expression TIMEX3-style.

    Args:
        text: the expression as written ("on Friday", "last month", "three days").
        published: the publication date relative expressions are resolved against.
        tense: tense of the governing verb, "past", "present" or "future"; it decides whether
            "Friday" or "October" is the last one before publication or the next one after.
        anchor: the last day mentioned before, for "the same day" / "two days later"
            (defaults to ``published``).
        period: the quarter the article reports on ("2021-Q3"), for "the quarter" and
            "a year earlier" (see :mod:`eventwire.nlp.times.periods`).
        last: the last calendar value mentioned before ("2021-10-05", "2020"), for
            "a year earlier".

    Returns:
        ``(type, value)``: type is DATE, TIME, DURATION or SET; value is the TIMEX3 value,
        or None when it cannot be resolved (a relative expression without a publication date).
    """
    tense = tense if tense in TENSES else "past"
    ctx = Ctx(as_date(published), tense, as_date(anchor), period, last)
    try:
        return _normalize(_clean(text), ctx)
    except (OverflowError, ValueError):
        # Counting from a date at the calendar's edge (published 0001-01-01 or 9999-12-31)
        # leaves years 1..9999 that Python's dates can hold: such a value is unknowable.
        return ("DATE", None)
