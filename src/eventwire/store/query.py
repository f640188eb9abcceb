"""Filter semantics shared by every store backend, so that they all answer alike.

The SQLite backend registers :func:`actor_text_matches` as an SQL function and builds its date
conditions from :func:`since_prefixes` / :func:`until_bound`; the memory backend calls
:func:`date_in_range` directly. :func:`aggregate_actors`, :func:`count_events` and
:func:`build_network` are the references for the actor listing, the event counts and the actor
network, which ``sqlite_sql`` computes in SQL with the same grouping and order; the shared
tests in ``tests/store`` hold both backends to them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eventwire.records import Actor, ArticleResult, Event, FusedActor, FusedEvent, Story
from eventwire.store.base import (
    ActorKey,
    ActorRow,
    EventCounts,
    EventFilter,
    EventRow,
    Network,
    NetworkEdge,
    NetworkNode,
    StoryFilter,
)

# Appended to an ``until`` prefix so that a plain string comparison keeps every value that
# starts with it ("2021-11" keeps "2021-11-30"). It sorts after every other character, in
# Python (code points) and in SQLite (UTF-8 bytes) alike.
_MAX_CHAR = "\U0010ffff"


def events_per_actor(result: ArticleResult) -> Counter[str]:
    """How many of the article's events name each actor id, as source or target (or both).

    One pass over the events: asking per actor cost actors × events on long articles."""
    return Counter(i for e in result.events for i in {*e.source, *e.target})


def actor_text_matches(name: str | None, mentions: Iterable[str], needle: str) -> bool:
    """Whether ``needle`` is a case-insensitive substring of the name or of any mention text."""
    folded = needle.casefold()
    if name is not None and folded in name.casefold():
        return True
    return any(folded in text.casefold() for text in mentions)


def actor_matches(actor: Actor, needle: str) -> bool:
    """:func:`actor_text_matches` for an :class:`Actor`."""
    return actor_text_matches(actor.name, (m.text for m in actor.mentions), needle)


def event_text_matches(event: Event, actors: Iterable[Actor], needle: str) -> bool:
    """The ``text`` filter: ``needle`` is a case-insensitive substring of the event's sentence
    text, its trigger text, or the name of one of ``actors`` (those it names)."""
    folded = needle.casefold()
    if folded in event.sentence.text.casefold() or folded in event.trigger.text.casefold():
        return True
    return any(folded in a.name.casefold() for a in actors)


def sql_actor_match(name: str | None, mentions_json: str | None, needle: str | None) -> int:
    """SQLite function form of :func:`actor_text_matches`; ``mentions_json`` is a span list."""
    if needle is None:
        return 0
    spans = json.loads(mentions_json) if mentions_json else []
    return int(actor_text_matches(name, (s["text"] for s in spans), needle))


def sql_contains(haystack: str | None, needle: str | None) -> int:
    """SQLite function: case-insensitive substring test that treats NULL as no match."""
    if haystack is None or needle is None:
        return 0
    return int(needle.casefold() in haystack.casefold())


def is_date_prefix(value: str) -> bool:
    """Whether ``value`` is 2021, 2021-11 or 2021-11-05 naming a real date: the filters compare
    dates as text, so "2021-13" would silently select the wrong rows."""
    full = {4: value + "-01-01", 7: value + "-01", 10: value}.get(len(value), "")
    try:
        dt.date.fromisoformat(full)
    except ValueError:
        return False
    return True


def since_prefixes(since: str) -> list[str]:
    """The prefixes of ``since`` a stored date value can be, shortest first, ``since`` last.

    A date value passes ``since`` when ``value >= since`` or when ``value`` is a prefix of it: a
    year-precision "2021" overlaps "since 2021-11-05". Written this way an index can serve it.
    Stored values are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the contract's pattern), so only
    those lengths are listed: an index range that starts at "2" instead of "2021" reads every
    earlier event before the first that passes.
    """
    return [since[:n] for n in (4, 7) if n < len(since)] + [since]


def until_bound(until: str) -> str:
    """The upper bound: a value passes ``until`` when ``value <= until_bound(until)``."""
    return until + _MAX_CHAR


def date_in_range(value: str | None, since: str | None, until: str | None) -> bool:
    """Inclusive ISO-prefix comparison of a date value against optional bounds.

    Both sides are compared on their common prefix, so ``since="2021-11"`` keeps
    ``"2021-11-01"`` and ``until="2021"`` keeps ``"2021-12-31"``. No value fails any bound.
    """
    if since is None and until is None:
        return True
    if value is None:
        return False
    if since is not None and not (value >= since or since.startswith(value)):
        return False
    return until is None or value <= until_bound(until)


def same_code(value: str | None, wanted: str) -> bool:
    """Case-insensitive equality of codes (countries, sectors, event types)."""
    return value is not None and value.casefold() == wanted.casefold()


def nulls_first(value: str | None) -> tuple[bool, str]:
    """Sort key that orders ``None`` before every string, as SQLite's ``ORDER BY`` does."""
    return (value is not None, value or "")


@dataclass(slots=True)
class _Group:
    sectors: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)
    n_events: int = 0


def _mode(counts: Counter[str]) -> str | None:
    """Most frequent value; ties go to the alphabetically first, so every backend agrees."""
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def aggregate_actors(items: Iterable[tuple[str, Actor, int]], limit: int | None) -> list[ActorRow]:
    """Group per-article actors by ``(name, country)`` into :class:`ActorRow` objects.

    Args:
        items: ``(article_id, actor, number of that article's events naming the actor as
            source or target)``.
        limit: keep at most this many rows after sorting.

    Returns:
        Rows sorted by articles then events (most first), then name and country.
    """
    groups: dict[tuple[str, str | None], _Group] = {}
    for article_id, actor, n_events in items:
        group = groups.setdefault((actor.name, actor.country), _Group())
        group.articles.add(article_id)
        group.n_events += n_events
        if actor.sector is not None:
            group.sectors[actor.sector] += 1
        if actor.role is not None:
            group.roles[actor.role] += 1
        # "unknown" is the absence of a kind: any real kind seen for the name wins.
        if actor.kind != "unknown":
            group.kinds[actor.kind] += 1
    rows = [
        ActorRow(
            name=name,
            country=country,
            sector=_mode(g.sectors),
            role=_mode(g.roles),
            kind=_mode(g.kinds) or "unknown",
            n_articles=len(g.articles),
            n_events=g.n_events,
        )
        for (name, country), g in groups.items()
    ]
    rows.sort(key=lambda r: (-r.n_articles, -r.n_events, r.name, nulls_first(r.country)))
    return rows if limit is None else rows[:limit]


#: One group of events counted together: date value, its precision, type, quad class, count.
CountGroup = tuple[str | None, str | None, str, int, int]


def tally_counts(groups: Iterable[CountGroup], per_country: dict[str, int]) -> EventCounts:
    """The :class:`EventCounts` of grouped rows (every store's one fold: SQL ``GROUP BY`` rows,
    or one group per event in the in-memory fake)."""
    counts = EventCounts(per_country=dict(per_country))
    per_day: defaultdict[str, Counter[int]] = defaultdict(Counter)
    per_type: Counter[str] = Counter()
    per_quad: Counter[int] = Counter()
    for value, precision, type_, quad, n in groups:
        counts.total += n
        per_type[type_] += n
        per_quad[quad] += n
        if value is None:
            counts.undated += n
        elif precision == "day":
            per_day[value][quad] += n
        else:
            counts.not_daily += n
    counts.per_day = {day: dict(c) for day, c in sorted(per_day.items())}
    counts.per_type, counts.per_quad = dict(per_type), dict(per_quad)
    return counts


def count_events(rows: Iterable[EventRow]) -> EventCounts:
    """The reference :class:`EventCounts` of ``rows``, counted in one pass."""
    groups: list[CountGroup] = []
    per_country: Counter[str] = Counter()
    for row in rows:
        e = row.event
        date = (e.date.value, e.date.precision) if e.date else (None, None)
        groups.append((*date, e.type, e.quad, 1))
        per_country.update({a.country.upper() for a in _named(row) if a.country})
    return tally_counts(groups, dict(per_country))


def _named(row: EventRow, side: str | None = None) -> list[Actor]:
    """The actors ``row``'s event names as source, target (``side``) or either."""
    e = row.event
    ids = e.source if side == "source" else e.target if side == "target" else e.source + e.target
    return [a for i in dict.fromkeys(ids) if (a := row.actors.get(i)) is not None]


def edge_order(edge: NetworkEdge) -> tuple[int, str, tuple[bool, str], str, tuple[bool, str]]:
    """Sort key of network edges: heaviest first, then source and target (name, country)."""
    (sn, sc), (tn, tc) = edge.source, edge.target
    return (-edge.events, sn, nulls_first(sc), tn, nulls_first(tc))


def network_of(edges: list[NetworkEdge], node_events: dict[ActorKey, int], limit: int) -> Network:
    """Keep the ``limit`` heaviest ``edges`` and the nodes they join (shared by the backends)."""
    edges.sort(key=edge_order)
    kept = edges[:limit]
    keys = {k for e in kept for k in (e.source, e.target)}
    nodes = [NetworkNode(n, c, node_events.get((n, c), 0)) for n, c in keys]
    nodes.sort(key=lambda n: (-n.events, n.name, nulls_first(n.country)))
    return Network(nodes=nodes, edges=kept, truncated=len(edges) > limit)


def build_network(rows: Iterable[EventRow], limit: int) -> Network:
    """The reference :meth:`~eventwire.store.base.Store.network` over event ``rows``."""
    weights: defaultdict[tuple[ActorKey, ActorKey], Counter[str]] = defaultdict(Counter)
    node_events: Counter[ActorKey] = Counter()
    for row in rows:
        sources = {(a.name, a.country) for a in _named(row, "source")}
        targets = {(a.name, a.country) for a in _named(row, "target")}
        node_events.update(sources | targets)
        for pair in {(s, t) for s in sources for t in targets if s != t}:
            weights[pair][row.event.type] += 1
    edges = [NetworkEdge(s, t, sum(c.values()), dict(c)) for (s, t), c in weights.items()]
    return network_of(edges, dict(node_events), limit)


def fused_matches(
    fused: FusedEvent, f: EventFilter, members: Callable[[], Iterable[Event]] = tuple
) -> bool:
    """Whether a fused event passes ``f``: its best date, any source or target actor, its
    confidence, an article among its members, its story; ``text`` a member event's sentence
    or trigger (``members`` gives them, read only for a ``text`` filter) or an actor's name."""
    if f.type is not None and not same_code(fused.type, f.type):
        return False
    if fused.confidence < f.min_confidence:
        return False
    if f.story_id is not None and fused.story_id != f.story_id:
        return False
    if f.article_id is not None and all(m.article_id != f.article_id for m in fused.members):
        return False
    if not date_in_range(fused.date.value if fused.date else None, f.since, f.until):
        return False
    actors = [*fused.source, *fused.target]
    if f.country is not None and not any(same_code(a.country, f.country) for a in actors):
        return False
    if f.text is not None and not _fused_text_matches(actors, members, f.text):
        return False
    return f.actor is None or any(f.actor.casefold() in a.name.casefold() for a in actors)


def _fused_text_matches(
    actors: Iterable[FusedActor], members: Callable[[], Iterable[Event]], needle: str
) -> bool:
    folded = needle.casefold()
    if any(folded in a.name.casefold() for a in actors):
        return True
    return any(
        folded in e.sentence.text.casefold() or folded in e.trigger.text.casefold()
        for e in members()
    )


def story_matches(story: Story, f: StoryFilter) -> bool:
    """Whether a story passes ``f``: it ends on or after ``since``, starts on or before
    ``until``, and its country is ``country``."""
    if f.country is not None and not same_code(story.country, f.country):
        return False
    if f.since is not None and not date_in_range(story.last_date, f.since, None):
        return False
    return f.until is None or date_in_range(story.first_date, None, f.until)


def fused_countries(fused: FusedEvent) -> str:
    """The countries of a fused event's actors as ``|IRQ|USA|`` (the SQLite filter column)."""
    codes = sorted({a.country.upper() for a in [*fused.source, *fused.target] if a.country})
    return "|" + "|".join(codes) + "|" if codes else ""


def fused_names(fused: FusedEvent) -> str:
    """The casefolded names of a fused event's actors, one a line (the SQLite search column)."""
    return "\n".join(a.name.casefold() for a in [*fused.source, *fused.target])
