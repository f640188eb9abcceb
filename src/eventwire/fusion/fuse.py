"""Fused events: the events of a story's articles that tell the same happening, made one.

Within a story, events are grouped greedily in article order. An event joins a group when it is
compatible with *every* member (complete link, so two different happenings never chain
together through a vague report):

* the same PLOVER type, and neither negated, hypothetical nor future (those are not
  happenings);
* **dates**: two day dates at most :data:`DAY_SLACK` days apart (outlets date by publication
  day), or one containing the other (``2021-11`` holds ``2021-11-05``);
* **places** (the text's own, not one inferred from the article): the same country, and in it
  the same first-level division or a coarse place (a country or division) on either side;
* **actors**, side by side (sources with sources, targets with targets): when both sides name
  someone, they share one: the same name, or for organisations and groups the same country
  and sector. An unnamed side is compatible with anything.

A group becomes a :class:`~eventwire.records.FusedEvent`. Disagreements are kept: every place
and date with the articles that gave it (best supported first), casualties as the range of the
figures reported (lowest lower bound to highest upper bound, open when a report gives a lower
bound only) plus each report. Its ACLED code follows the codebook's precedence
(``resources/acled_precedence.txt``). Its confidence is a noisy-or over articles: each
article's best member counts as one independent report, so three
outlets telling it make it surer than one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from eventwire.datafiles import ordered_list
from eventwire.records import (
    Acled,
    Actor,
    ArticleResult,
    Count,
    Event,
    EventRef,
    FusedActor,
    FusedCount,
    FusedDate,
    FusedEvent,
    FusedPlace,
    Place,
    Report,
    Story,
)

#: How many days apart two reports' day dates may be and still tell one happening.
DAY_SLACK = 1
TITLE_CHARS = 120
_COARSE = ("country", "admin1")
_FINER = {"sublocal": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
_KINDS = {"person"}


@dataclass(slots=True)
class Member:
    """One event of one article, with what fusion compares."""

    result: ArticleResult
    event: Event
    source: list[Actor]
    target: list[Actor]
    place: Place | None

    @property
    def ref(self) -> EventRef:
        return EventRef(self.result.article.id, self.event.id)


@cache
def acled_precedence() -> tuple[str, ...]:
    """ACLED event types, the one a fused event takes first (``resources/acled_precedence.txt``)."""
    return ordered_list("eventwire.fusion", "resources", "acled_precedence.txt")


def fusable(event: Event) -> bool:
    """Whether the event is a happening at all (not negated, hypothetical or future)."""
    return not (event.aux.negated or event.aux.hypothetical or event.aux.future)


def member(result: ArticleResult, event: Event) -> Member:
    place = None if event.place_inferred else result.place(event.place)
    return Member(
        result,
        event,
        [a for i in event.source if (a := result.actor(i))],
        [a for i in event.target if (a := result.actor(i))],
        place,
    )


# -- compatibility -------------------------------------------------------------------------


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def dates_agree(a: Event, b: Event) -> bool:
    if a.date is None or b.date is None:
        return True
    da, db = _day(a.date.value), _day(b.date.value)
    if da and db:
        return abs((da - db).days) <= DAY_SLACK
    return a.date.value.startswith(b.date.value) or b.date.value.startswith(a.date.value)


def places_agree(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.country != b.country:
        return False
    return a.precision in _COARSE or b.precision in _COARSE or a.admin1 == b.admin1


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def same_actor(a: Actor, b: Actor) -> bool:
    if _fold(a.name) == _fold(b.name):
        return a.country is None or b.country is None or a.country == b.country
    if a.kind in _KINDS or b.kind in _KINDS:
        return False
    return bool(a.sector) and a.sector == b.sector and a.country == b.country


def sides_agree(a: list[Actor], b: list[Actor]) -> bool:
    return not a or not b or any(same_actor(x, y) for x in a for y in b)


def compatible(a: Member, b: Member) -> bool:
    """Whether two events may tell the same happening (see the module docstring)."""
    return (
        a.event.type == b.event.type
        and dates_agree(a.event, b.event)
        and places_agree(a.place, b.place)
        and sides_agree(a.source, b.source)
        and sides_agree(a.target, b.target)
    )


def group_members(members: Iterable[Member]) -> list[list[Member]]:
    """Greedy complete-link grouping, in order: each joins the first group it fits entirely."""
    groups: list[list[Member]] = []
    for m in members:
        home = next((g for g in groups if all(compatible(m, other) for other in g)), None)
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    return groups


# -- one fused event -----------------------------------------------------------------------


def _articles(members: Iterable[Member]) -> list[str]:
    return list(dict.fromkeys(m.result.article.id for m in members))


def _tally(items: Iterable[tuple[str, Member]]) -> dict[str, list[Member]]:
    by_key: dict[str, list[Member]] = defaultdict(list)
    for key, m in items:
        by_key[key].append(m)
    return by_key


def fused_actors(
    members: Sequence[Member], side: Callable[[Member], list[Actor]]
) -> list[FusedActor]:
    """Every actor named on one side, once (same name and country), most articles first."""
    found: dict[tuple[str, str | None], tuple[Actor, list[Member]]] = {}
    for m in members:
        for actor in side(m):
            key = (_fold(actor.name), actor.country)
            found.setdefault(key, (actor, []))[1].append(m)
    rows = [
        FusedActor(a.name, a.country, a.sector, a.kind, _articles(ms)) for a, ms in found.values()
    ]
    return sorted(rows, key=lambda r: -len(r.articles))


def fused_places(members: Sequence[Member]) -> list[FusedPlace]:
    """Every place given, most articles first, then the most precise."""
    tally = _tally((str(m.place.geonameid or m.place.name), m) for m in members if m.place)
    rows = []
    for ms in tally.values():
        p = ms[0].place
        assert p is not None
        rows.append(
            FusedPlace(
                p.name,
                p.geonameid,
                p.lat,
                p.lon,
                p.country,
                p.admin1,
                p.feature_code,
                p.precision,
                _articles(ms),
            )
        )
    return sorted(rows, key=lambda r: (-len(r.articles), _FINER.get(r.precision, 5)))


def fused_dates(members: Sequence[Member]) -> list[FusedDate]:
    """Every date given, most articles first, then the most precise."""
    tally = _tally((m.event.date.value, m) for m in members if m.event.date)
    rows = []
    for value, ms in tally.items():
        date = ms[0].event.date
        assert date is not None
        rows.append(FusedDate(value, date.precision, _articles(ms)))
    return sorted(rows, key=lambda r: (-len(r.articles), -len(r.value), r.value))


def fused_count(members: Sequence[Member], field: str) -> FusedCount | None:
    """The figures reported for ``field`` (killed, injured, arrested), each report kept;
    ``None`` when no member reports one.

    ``min`` is the lowest lower bound any report gives. ``max`` is the highest upper bound, and
    ``None`` when any report is open-ended ("at least 30", "dozens": a lower bound only) or no
    report gave one: the range spans every figure some report allows, so a lower bound is
    never turned into a ceiling nobody reported.
    """
    reports, lows, highs = [], [], []
    open_ended = False
    for m in members:
        count: Count | None = getattr(m.event.casualties, field)
        if count is None:
            continue
        article = m.result.article
        reports.append(Report(article.id, m.event.id, article.source, count.to_dict()))
        if count.min is not None:
            lows.append(count.min)
        if count.max is not None:
            highs.append(count.max)
        elif count.min is not None:
            open_ended = True
    if not reports:
        return None
    high = None if open_ended else max(highs, default=None)
    return FusedCount(min(lows, default=None), high, reports)


def fused_acled(members: Sequence[Member]) -> Acled | None:
    """The codebook's first event type among the reports, then their weighted sub-type."""
    if not any(m.event.acled for m in members):
        return None
    order = {t: i for i, t in enumerate(acled_precedence())}
    codes = [(m.event.acled, m.event.confidence) for m in members if m.event.acled]
    event_type = min((c.event_type for c, _ in codes), key=lambda t: order.get(t, len(order)))
    votes: defaultdict[str, float] = defaultdict(float)
    for code, confidence in codes:
        if code.event_type == event_type:
            votes[code.sub_event_type] += confidence
    sub = max(sorted(votes), key=lambda s: votes[s])
    return Acled(event_type, sub)


def _representative(members: Sequence[Member]) -> Member:
    """The member whose coding the fused event takes: of the most reported mode, the surest."""
    modes = Counter(m.event.mode for m in members if m.event.mode)
    mode = max(sorted(modes), key=lambda k: modes[k]) if modes else None
    pool = [m for m in members if m.event.mode == mode] or list(members)
    return max(pool, key=lambda m: m.event.confidence)


def noisy_or(members: Sequence[Member]) -> float:
    """1 - Π(1 - best confidence of each article): independent reports add up."""
    best: dict[str, float] = {}
    for m in members:
        key = m.result.article.id
        best[key] = max(best.get(key, 0.0), m.event.confidence)
    product = 1.0
    for value in best.values():
        product *= 1.0 - value
    return round(1.0 - product, 3)


def source_key(result: ArticleResult) -> str:
    """Who published the article: its source, else its URL's host, else the article itself."""
    if result.article.source:
        return result.article.source.casefold()
    if result.article.url:
        return result.article.url.split("//", 1)[-1].split("/", 1)[0].casefold()
    return "article:" + result.article.id


def _seen(members: Sequence[Member]) -> tuple[str | None, str | None]:
    days = sorted(p.isoformat() for m in members if (p := m.result.article.published))
    return (days[0], days[-1]) if days else (None, None)


def fused_id(story_id: str, first: EventRef) -> str:
    """Stable while its first member stays: ``f`` + a hash of the story and that event."""
    digest = hashlib.sha1(f"{story_id}\x00{first.key()}".encode()).hexdigest()
    return "f" + digest[:12]


def fuse_group(story_id: str, members: Sequence[Member]) -> FusedEvent:
    """One fused event from a group of compatible member events."""
    rep = _representative(members)
    first_seen, last_seen = _seen(members)
    context = list(dict.fromkeys(c for m in members for c in m.event.context))
    return FusedEvent(
        id=fused_id(story_id, members[0].ref),
        story_id=story_id,
        type=rep.event.type,
        mode=rep.event.mode,
        cameo=rep.event.cameo,
        quad=rep.event.quad,
        acled=fused_acled(members),
        source=fused_actors(members, lambda m: m.source),
        target=fused_actors(members, lambda m: m.target),
        places=fused_places(members),
        dates=fused_dates(members),
        killed=fused_count(members, "killed"),
        injured=fused_count(members, "injured"),
        arrested=fused_count(members, "arrested"),
        num_articles=len(_articles(members)),
        num_sources=len({source_key(m.result) for m in members}),
        first_seen=first_seen,
        last_seen=last_seen,
        confidence=noisy_or(members),
        members=[m.ref for m in members],
        context=context,
    )


# -- the story -----------------------------------------------------------------------------


def title_of(result: ArticleResult) -> str:
    """The article's title, else its first line cut at :data:`TITLE_CHARS`."""
    if result.article.title:
        return result.article.title.strip()
    line = next((ln.strip() for ln in result.article.text.splitlines() if ln.strip()), "")
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1].rstrip() + "…"


def _story_dates(results: Sequence[ArticleResult], fused: Sequence[FusedEvent]) -> list[str]:
    days = [r.article.published.isoformat() for r in results if r.article.published]
    if not days:  # undated articles: the days their events are dated
        days = [d.value for f in fused for d in f.dates[:1] if d.precision == "day"]
    return sorted(days)


#: A material happening (quad 2 or 4) places a story more than the statements about it.
MATERIAL_WEIGHT = 2


def _story_place(
    fused: Sequence[FusedEvent], results: Sequence[ArticleResult]
) -> tuple[str | None, str | None]:
    """Where the story happened: the place its fused events give most, a fused event counting
    once per article and double when material (an attack places a story more than the
    statements about it); ties go to the finer place, then to the place the articles name
    most (itself or places inside its country), then to the one they name first. Without
    places, the actors' country."""
    votes: Counter[tuple[str, str | None]] = Counter()
    finest: dict[tuple[str, str | None], int] = {}
    for f in fused:
        if f.place is not None:
            key = (f.place.name, f.place.country)
            votes[key] += f.num_articles * (MATERIAL_WEIGHT if f.quad in (2, 4) else 1)
            finest[key] = _FINER.get(f.place.precision, 5)
    if votes:
        named, first = _place_mentions(results)
        return min(
            sorted(votes, key=str),
            key=lambda k: (-votes[k], finest[k], -named[k], first.get(k, math.inf)),
        )
    countries = Counter(a.country for r in results for a in r.actors if a.country)
    return (None, max(sorted(countries), key=lambda c: countries[c]) if countries else None)


def _place_mentions(
    results: Sequence[ArticleResult],
) -> tuple[Counter[tuple[str, str | None]], dict[tuple[str, str | None], float]]:
    """How often the articles name each place, a country counting the places inside it too
    ("Goma" and "North Kivu" speak for Congo), and where each is first named (article order,
    then offset)."""
    named: Counter[tuple[str, str | None]] = Counter()
    first: dict[tuple[str, str | None], float] = {}
    for n, result in enumerate(results):
        for place in result.places:
            key = (place.name, place.country)
            named[key] += len(place.mentions)
            if place.precision != "country" and place.country:
                named[("", place.country)] += len(place.mentions)
            starts = [m.start for m in place.mentions]
            if starts:
                first.setdefault(key, n * 1e9 + min(starts))
    countries = {(p.name, p.country) for r in results for p in r.places if p.precision == "country"}
    for name, country in countries:
        named[(name, country)] += named[("", country)]
    return named, first


def fuse_story(story_id: str, results: Sequence[ArticleResult]) -> tuple[Story, list[FusedEvent]]:
    """The story record and its fused events, from its member articles in the order they
    joined (the first article names the story)."""
    members = [member(r, e) for r in results for e in r.events if fusable(e)]
    fused = [fuse_group(story_id, g) for g in group_members(members)]
    days = _story_dates(results, fused)
    place, country = _story_place(fused, results)
    story = Story(
        story_id=story_id,
        title=title_of(results[0]) if results else "",
        articles=[r.article.id for r in results],
        events=[EventRef(r.article.id, e.id).key() for r in results for e in r.events],
        fused_events=[f.id for f in fused],
        first_date=days[0] if days else None,
        last_date=days[-1] if days else None,
        place=place,
        country=country,
        num_sources=len({source_key(r) for r in results}),
    )
    return story, fused
