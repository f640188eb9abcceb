"""TIMEX3 normalisation of time expressions ("last Friday" → DATE "2021-11-05"), without spaCy.

Values: "2021-11-05", "2021-10", "2021", "2021-W44", "2021-Q3", "2021-SP", "199" (the 1990s),
"P3D", "PXY", "2021-11-07T10:00", "2021-11-07TMO", "PAST_REF"; ``None`` for expressions relative
to an unknown publication date. Words and patterns: ``times/data/{lexicon,grammar}.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

import dateparser

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


def _rel(word: str | None) -> int | None:
    """How many units "last" (-1), "this" (0) or "next" (1) shift by; None for other words."""
    offsets: dict[str, int] = lexicon()["relative_offsets"]
    return offsets.get(word or "")


@dataclass(frozen=True, slots=True)
class _Ctx:
    """What a relative expression is resolved against."""

    published: dt.date | None
    tense: str
    anchor: dt.date | None  # the last day mentioned before ("the same day")


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


def _number(word: str | None) -> int | None:
    """ "3" → 3, "three" → 3, "twenty-five" → 25; unknown words → None."""
    if not word:
        return None
    if word.isdigit():
        return int(word)
    numbers = lexicon()["numbers"]
    parts = [numbers.get(p) for p in word.split("-")]
    return sum(p for p in parts if p is not None) if all(p is not None for p in parts) else None


def _month_of(name: str) -> int:
    return int(lexicon()["months"][name.rstrip(".")])


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + k
    return index // 12, index % 12 + 1


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(cands: list[Any], pub: Any, tense: str) -> Any:
    """Choose among dated candidates by tense: past → latest ≤ pub, future → earliest ≥ pub."""
    past = [c for c in cands if c <= pub]
    future = [c for c in cands if c >= pub]
    if tense == "future" and future:
        return min(future)
    if tense == "present" and past and future:
        before, after = max(past), min(future)
        return after if _gap(after, pub) < _gap(pub, before) else before
    return max(past) if past else min(future)


def _gap(later: Any, earlier: Any) -> int:
    if isinstance(later, dt.date):
        return (later - earlier).days
    return int((later[0] - earlier[0]) * 12 + later[1] - earlier[1])


def _unit_code(unit: str) -> str:
    base = "century" if unit.startswith("centur") else unit.rstrip("s") or unit
    return str(lexicon()["units"].get(base, "X"))


def _duration(n: int | None, code: str) -> str:
    """TIMEX3 duration: (3, "D") → "P3D", (None, "Y") → "PXY", (2, "H") → "PT2H"."""
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "2W": (2, "W")}
    if code in scale and n is not None:
        n, code = n * scale[code][0], scale[code][1]
    amount = "X" if n is None else str(n)
    if code in ("H", "MIN", "S"):
        return f"PT{amount}{code[0]}"
    return f"P{amount}{code}"


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
    s = s.strip(" ,;:")
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


# ---------------------------------------------------------------- rules
# Each rule takes the cleaned text and the context and returns (type, value) when the whole text
# is an expression of its kind, else None. Value None = recognised but not resolvable.


def _rule_ref(s: str, ctx: _Ctx) -> Norm | None:
    if s in lexicon()["refs"]:
        return "DATE", str(lexicon()["refs"][s])
    return None


def _rule_age(s: str, ctx: _Ctx) -> Norm | None:
    m = re.search(r"(\d+|[a-z]+)[- ]years?[- ]old", s)
    return ("DURATION", _duration(_number(m.group(1)), "Y")) if m else None


def _rule_set(s: str, ctx: _Ctx) -> Norm | None:
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
    return "SET", _duration(step, _unit_code(m["unit"]))


def _rule_clock(s: str, ctx: _Ctx) -> Norm | None:
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


def _day_value(s: str, ctx: _Ctx) -> str | None:
    """The YYYY-MM-DD an expression resolves to, when it is a single day."""
    value = _normalize(s, ctx)[1] if s else None
    return value[:10] if value and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value) else None


def _rule_part_of_day(s: str, ctx: _Ctx) -> Norm | None:
    parts = lexicon()["parts_of_day"]
    if s in ("tonight", "overnight"):
        return "TIME", f"{ctx.published}T{parts[s]}" if ctx.published else None
    m = grammar().part_suffix.fullmatch(s)
    if not m:
        return None
    rest = {"this": "today", "last": "yesterday"}.get(m["rest"], m["rest"])
    day = _day_value(rest, ctx)
    if day is None:
        return ("TIME", None) if rest in ("today", "yesterday", "tomorrow") else None
    return "TIME", f"{day}T{parts[m['part']]}"


def _rule_deictic(s: str, ctx: _Ctx) -> Norm | None:
    m = grammar().deictic.fullmatch(s)
    if not m:
        return None
    offsets = lexicon()["deictic_offsets"]
    if not ctx.published:
        return "DATE", None
    return "DATE", (ctx.published + dt.timedelta(days=offsets.get(m["w"], 0))).isoformat()


def _rule_anaphor(s: str, ctx: _Ctx) -> Norm | None:
    """Days counted from the last day mentioned: "the same day", "two days later"."""
    shifts = lexicon()["anaphor_shifts"]
    m = re.fullmatch(r"(?:(?:the|that|this) )?(?:same )?(?P<k>.+?)", s)
    shift = shifts.get(m["k"]) if m else None
    a = grammar().anaphor.fullmatch(s)
    if shift is None and a and _unit_code(a["unit"]) in ("H", "MIN"):
        return "TIME", None  # "two hours later": a clock time we do not track
    if shift is None and a and _unit_code(a["unit"]) in ("D", "W"):
        n = _number(a["num"]) or 1
        shift = n * (7 if _unit_code(a["unit"]) == "W" else 1)
        shift = -shift if a["dir"] in ("earlier", "before") else shift
    if shift is None:
        return None
    anchor = ctx.anchor or ctx.published
    return "DATE", (anchor + dt.timedelta(days=shift)).isoformat() if anchor else None


def _rule_ago(s: str, ctx: _Ctx) -> Norm | None:
    m = grammar().ago.fullmatch(s)
    if not m:
        return None
    n, code, pub = _number(m["num"]), _unit_code(m["unit"]), ctx.published
    if n is None or pub is None:
        return "DATE", None
    if code in ("D", "W"):
        return "DATE", (pub - dt.timedelta(days=n * (7 if code == "W" else 1))).isoformat()
    if code in ("M", "Q"):
        return "DATE", _ym(*_add_months(pub.year, pub.month, -n * (3 if code == "Q" else 1)))
    years = {"Y": 1, "DE": 10, "CE": 100}.get(code)
    return ("DATE", str(pub.year - n * years)) if years else None


def _rule_unit_rel(s: str, ctx: _Ctx) -> Norm | None:
    """ "this week", "last month", "next year", "the previous quarter"."""
    m = grammar().unit_rel.fullmatch(s)
    if not m or m["rel"] == "past" or s in ("week", "month", "year"):
        return None
    unit = m["unit"] or m["unit2"]
    # "the year" is the current one; "the year before" counts from the publication date too.
    k = (_rel(m["rel"]) or 0) if m["rel"] else (-1 if m["rel2"] else 0)
    pub = ctx.published
    if pub is None:
        return "DATE", None
    if unit in ("week", "weekend"):
        return "DATE", _week(pub + dt.timedelta(weeks=k)) + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return "DATE", _ym(*_add_months(pub.year, pub.month, k))
    if unit == "quarter":
        y, m0 = _add_months(pub.year, pub.month, 3 * k)
        return "DATE", f"{y}-Q{(m0 - 1) // 3 + 1}"
    if unit == "decade":
        return "DATE", str(pub.year // 10 + k)
    if unit == "century":
        return "DATE", str(pub.year // 100 + k)
    return "DATE", str(pub.year + k)


def _rule_weekend(s: str, ctx: _Ctx) -> Norm | None:
    """ "the weekend": the one just past, or in future tense the coming one."""
    if s not in ("weekend", "the weekend"):
        return None
    pub = ctx.published
    if pub is None:
        return "DATE", None
    past = ctx.tense != "future" and pub.weekday() < 5
    return "DATE", _week(pub - dt.timedelta(weeks=1 if past else 0)) + "-WE"


def _rule_duration(s: str, ctx: _Ctx) -> Norm | None:
    g = grammar()
    m = g.adj_duration.fullmatch(s)
    if m and _number(m["num"]) is not None:
        return "DURATION", _duration(_number(m["num"]), _unit_code(m["unit"]))
    m = g.duration.fullmatch(s)
    if not m or (m["unit"] in ("second", "night") and not (m["num"] or m["vague"])):
        return None
    plural = m["unit"].endswith("s") or m["unit"] == "centuries"
    if not (m["num"] or m["vague"] or plural or m["drel"]):
        return None
    n = _number(m["num"]) if m["num"] else (None if m["vague"] or plural else 1)
    return "DURATION", _duration(n, _unit_code(m["unit"]))


def _two_digit_year(yy: int, ctx: _Ctx) -> int:
    pivot = (ctx.published.year % 100 + 1) if ctx.published else 30
    return 2000 + yy if yy <= pivot else 1900 + yy


def _explicit_day(s: str, ctx: _Ctx, whole: bool) -> Norm | None:
    """A date with day, month and year written out ("March 1, 2008", "7/8/07", "2008-03-01")."""
    g = grammar()
    for rx in (g.mdy, g.dmy, g.iso, g.numeric):
        m = rx.fullmatch(s) if whole else rx.search(s)
        if not m:
            continue
        month = int(m["m"]) if "m" in rx.groupindex else _month_of(m["mon"])
        day, year = int(m["day"]), int(m["year"])
        if len(m["year"]) == 2:
            year = _two_digit_year(year, ctx)
        if month > 12 and day <= 12:  # a day-first numeric date
            month, day = day, month
        found = _safe_date(year, month, day)
        if found:
            return "DATE", found.isoformat()
    return None


def _rule_calendar(s: str, ctx: _Ctx) -> Norm | None:
    """Month names, with or without day and year, and bare years."""
    g, pub = grammar(), ctx.published
    found = _explicit_day(s, ctx, whole=True)
    if found:
        return found
    if m := g.month_year.fullmatch(s):
        if m["year"]:
            return "DATE", _ym(int(m["year"]), _month_of(m["mon"]))
        return "DATE", _ym(pub.year + (_rel(m["yrel"]) or 0), _month_of(m["mon"])) if pub else None
    if m := g.month_day.fullmatch(s):
        month, day = _month_of(m["mon"] or m["mon2"]), int(m["day"] or m["day2"])
        if not 1 <= day <= 31:
            return None
        if pub is None:
            return "DATE", None
        cands = [
            c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := _safe_date(y, month, day))
        ]
        return "DATE", _pick(cands, pub, _rel_tense(m["rel"], ctx.tense)).isoformat()
    if m := g.month.fullmatch(s):
        return _month_only(_month_of(m["mon"]), m["rel"], ctx)
    if m := g.year.fullmatch(s):
        return "DATE", m["year"]
    if m := g.short_year.fullmatch(s):
        return "DATE", str(_two_digit_year(int(m["yy"]), ctx))
    return _decade_or_century(s, ctx)


def _rel_tense(rel: str | None, tense: str) -> str:
    tenses: dict[str, str] = lexicon()["relative_tenses"]
    return tenses.get(rel or "", tense)


def _month_only(month: int, rel: str | None, ctx: _Ctx) -> Norm:
    pub = ctx.published
    if pub is None:
        return "DATE", None
    k = _rel(rel)
    if k == 0:
        return "DATE", _ym(pub.year, month)
    cands = [(y, month) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if k is not None:  # "last October" / "next October": never the current month
        cands = [c for c in cands if c != (pub.year, pub.month)]
    year, month = _pick(cands, (pub.year, pub.month), _rel_tense(rel, ctx.tense))
    return "DATE", _ym(year, month)


def _decade_or_century(s: str, ctx: _Ctx) -> Norm | None:
    g = grammar()
    if m := g.decade.fullmatch(s):
        cent = m["cent"]
        if cent is None:
            ref = ctx.published.year % 100 if ctx.published else 30
            cent = "20" if int(m["dec"]) * 10 <= ref else "19"
        return "DATE", f"{cent}{m['dec']}"
    if m := g.century.fullmatch(s):
        return "DATE", f"{int(m['n']) - 1:02d}"
    return None


def _rule_weekday(s: str, ctx: _Ctx) -> Norm | None:
    m = grammar().weekday.fullmatch(s)
    if not m:
        return None
    pub = ctx.published
    if pub is None:
        return "DATE", None
    wd, k = int(lexicon()["weekdays"][m["wd"]]), _rel(m["rel"])
    back, ahead = (pub.weekday() - wd) % 7, (wd - pub.weekday()) % 7
    if k == -1:
        delta = -(back or 7)
    elif k == 1:
        delta = ahead or 7
    else:  # news reports the past: a bare weekday in the present tense is a past day too
        delta = ahead if _rel_tense(m["rel"], ctx.tense) == "future" else -back
    return "DATE", (pub + dt.timedelta(days=delta)).isoformat()


def _rule_quarter(s: str, ctx: _Ctx) -> Norm | None:
    m = grammar().quarter.fullmatch(s)
    if not m:
        return None
    q = int(m["qn"]) if m["qn"] else int(lexicon()["ordinals"][m["ord"]])
    pub = ctx.published
    if m["year"]:
        return "DATE", f"{m['year']}-Q{4 if q < 0 else q}"
    if pub is None:
        return "DATE", None
    current = (pub.year, (pub.month - 1) // 3 + 1)
    year = pub.year + (_rel(m["rel"]) or 0)
    if q < 0 and m["rel"] is None and "year" not in s:  # "the last quarter": the one before now
        y, m0 = _add_months(pub.year, pub.month, -3)
        return "DATE", f"{y}-Q{(m0 - 1) // 3 + 1}"
    q = 4 if q < 0 else q
    if m["rel"] is None and "year" not in s:
        cands = [(y, q) for y in (pub.year - 1, pub.year, pub.year + 1)]
        year = pub.year if ctx.tense == "present" else _pick(cands, current, ctx.tense)[0]
    return "DATE", f"{year}-Q{q}"


def _rule_season(s: str, ctx: _Ctx) -> Norm | None:
    m = grammar().season.fullmatch(s)
    if not m:
        return None
    code = str(lexicon()["seasons"][m["season"]])
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    pub = ctx.published
    if pub is None:
        return "DATE", None
    start = int(lexicon()["season_start_month"][code])
    # A season is dated by the year it starts in; its (year, start month) orders occurrences.
    cands = [(y, start) for y in (pub.year - 1, pub.year, pub.year + 1)]
    now = (pub.year, pub.month)
    current = max(c for c in cands if c <= now)
    inside = _gap(now, current) < 3
    k = _rel(m["rel"])
    if k == 0 or (k is None and inside):
        return "DATE", f"{current[0]}-{code}"
    if k == -1 or (k is None and ctx.tense != "future"):
        year = current[0] - 1 if inside else current[0]
    else:
        year = min(c for c in cands if c > now)[0]
    return "DATE", f"{year}-{code}"


def _rule_holiday(s: str, ctx: _Ctx) -> Norm | None:
    m = grammar().holiday.fullmatch(s)
    if not m:
        return None
    month, day = (int(x) for x in str(lexicon()["holidays"][m["hol"]]).split("-"))
    if m["year"]:
        return "DATE", dt.date(int(m["year"]), month, day).isoformat()
    pub = ctx.published
    if pub is None:
        return "DATE", None
    cands = [dt.date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if _rel(m["rel"]) == 0:
        return "DATE", dt.date(pub.year, month, day).isoformat()
    return "DATE", _pick(cands, pub, _rel_tense(m["rel"], ctx.tense)).isoformat()


def _fallback_dateparser(s: str, ctx: _Ctx) -> Norm | None:
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
_RULES: tuple[Callable[[str, _Ctx], Norm | None], ...] = (
    _rule_ref, _rule_age, _rule_set, _rule_deictic, _rule_part_of_day, _rule_clock,
    _rule_anaphor, _rule_ago, _rule_unit_rel, _rule_weekend, _rule_quarter, _rule_duration,
    _rule_weekday, _rule_holiday, _rule_season, _rule_calendar,
)
# fmt: on


def _normalize(s: str, ctx: _Ctx) -> Norm:
    for rule in _RULES:
        found = rule(s, ctx)
        if found is not None:
            return found
    found = _explicit_day(s, ctx, whole=False)
    if found is not None:
        return found
    if re.search(r",| and | or ", s):
        return _normalize_parts(s, ctx)
    return _fallback_dateparser(s, ctx) or ("DATE", None)


def _normalize_parts(s: str, ctx: _Ctx) -> Norm:
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
    text: str, published: dt.date | None, tense: str = "past", anchor: dt.date | None = None
) -> Norm:
    """Normalise one time expression TIMEX3-style.

    Args:
        text: the expression as written ("on Friday", "last month", "three days").
        published: the publication date relative expressions are resolved against.
        tense: tense of the governing verb, "past", "present" or "future"; it decides whether
            "Friday" or "October" is the last one before publication or the next one after.
        anchor: the last day mentioned before, for "the same day" / "two days later"
            (defaults to ``published``).

    Returns:
        ``(type, value)``: type is DATE, TIME, DURATION or SET; value is the TIMEX3 value,
        or None when it cannot be resolved (a relative expression without a publication date).
    """
    tense = tense if tense in TENSES else "past"
    try:
        return _normalize(_clean(text), _Ctx(as_date(published), tense, as_date(anchor)))
    except (OverflowError, ValueError):
        # Counting from a date at the calendar's edge (published 0001-01-01 or 9999-12-31)
        # leaves years 1..9999 that Python's dates can hold: such a value is unknowable.
        return ("DATE", None)
