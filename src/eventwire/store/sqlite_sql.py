"""SQL for the store queries, built from filters (see :mod:`eventwire.store.query` for the
semantics, which the memory store implements in Python; the shared tests hold both to it).

Each builder returns ``(sql, params)``; values always travel as parameters, never in the text.
"""

from __future__ import annotations

from typing import Any

from eventwire.store.base import ActorFilter, EventFilter, QuoteFilter, StoryFilter
from eventwire.store.query import since_prefixes, until_bound

# The actor ids event `x` names, as a subquery usable inside `a.id IN (...)`.
_EVENT_ACTOR_IDS = (
    "SELECT value FROM json_each(x.source) UNION ALL SELECT value FROM json_each(x.target)"
)

# Actor `a` matches a name needle: `search` holds the casefolded name and mentions, one a
# line, so instr() in C is the exact test (query.actor_text_matches) for any needle without a
# line break. One with a line break could match across two lines: the Python test confirms it.
_ACTOR_MATCH = "instr(a.search, ?) > 0"
_ACTOR_MATCH_EXACT = _ACTOR_MATCH + " AND ew_actor_match(a.name, a.mentions, ?)"


# Event `e` names an actor of a country: one row per (event, country) in event_countries.
# `+c.country`: looked up by event (article_id, seq), never by scanning the country's rows.
_HAS_COUNTRY = (
    "EXISTS (SELECT 1 FROM event_countries c WHERE c.article_id = e.article_id"
    " AND c.seq = e.seq AND +c.country = ? COLLATE NOCASE)"
)
# Matching events driven by event_countries (the country's events, in its index) or all.
_BY_COUNTRY = "event_countries c JOIN events e ON e.article_id = c.article_id AND e.seq = c.seq"


def _matching(f: EventFilter) -> tuple[str, list[str], list[Any]]:
    """``FROM`` clause, conditions and parameters of the events matching ``f`` (unordered)."""
    where, params = event_where(f, joined=f.country is not None)
    return (_BY_COUNTRY if f.country is not None else "events e"), where, params


def _where(where: list[str]) -> str:
    return " WHERE " + " AND ".join(where) if where else ""


#: Fills ``event_countries`` for the events meeting ``{where}`` (on ``e``): one row per event
#: and distinct upper-cased country of the actors it names as source or target.
EVENT_COUNTRIES_SQL = """
INSERT INTO event_countries (article_id, seq, country, date_value)
SELECT DISTINCT e.article_id, e.seq, upper(a.country), e.date_value
FROM events e JOIN actors a ON a.article_id = e.article_id
WHERE {where} AND a.country IS NOT NULL AND a.country != ''
  AND a.id IN (SELECT value FROM json_each(e.source)
               UNION ALL SELECT value FROM json_each(e.target))
"""


def actor_match(needle: str) -> tuple[str, list[str]]:
    """SQL (on actors ``a``) and parameters: an actor's name or a mention contains ``needle``.

    Calling back into Python for each candidate actor took most of the time of an
    ``/api/events?actor=`` page; it is needed only where ``instr`` alone could be wrong.
    """
    if "\n" in needle:
        return _ACTOR_MATCH_EXACT, [needle.casefold(), needle]
    return _ACTOR_MATCH, [needle.casefold()]


# The most frequent non-null value of one actors column per (name, country) group; ties go to
# the smallest value, as in eventwire.store.query.aggregate_actors.
_MODE = """
{col}_mode AS (
    SELECT name, country, {col} AS value FROM (
        SELECT name, country, {col}, row_number() OVER (
            PARTITION BY name, country ORDER BY count(*) DESC, {col}) AS rank
        FROM f WHERE {col} IS NOT NULL {extra} GROUP BY name, country, {col})
    WHERE rank = 1)"""

_ACTORS = """
WITH f AS (SELECT name, country, sector, role, kind, article_id, n_events FROM actors a {where}),
groups AS (
    SELECT name, country, count(DISTINCT article_id) AS n_articles, sum(n_events) AS n_events
    FROM f GROUP BY name, country),
{modes}
SELECT g.name, g.country, s.value AS sector, r.value AS role,
       coalesce(k.value, 'unknown') AS kind, g.n_articles, g.n_events
FROM groups g
LEFT JOIN sector_mode s ON s.name = g.name AND s.country IS g.country
LEFT JOIN role_mode r ON r.name = g.name AND r.country IS g.country
LEFT JOIN kind_mode k ON k.name = g.name AND k.country IS g.country
ORDER BY g.n_articles DESC, g.n_events DESC, g.name, g.country"""


def _date_conditions(
    column: str, since: str | None, until: str | None
) -> tuple[list[str], list[Any]]:
    """SQL for :func:`eventwire.store.query.date_in_range`, written so an index can serve it."""
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        prefixes = since_prefixes(since)
        marks = ", ".join("?" * len(prefixes))
        # The first bound (the shortest prefix, below every passing value) is a plain range,
        # so the index serves the order; the OR alone made SQLite read and sort every match.
        where.append(f"{column} >= ? AND ({column} >= ? OR {column} IN ({marks}))")
        params += [prefixes[0], since, *prefixes]
    if until is not None:
        where.append(f"{column} <= ?")
        params.append(until_bound(until))
    return where, params


def _finish(select: str, where: list[str], order: str, limit: int | None) -> str:
    sql = select + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order
    return sql + (" LIMIT ?" if limit is not None else "")


def _paged(select: str, where: list[str], order: list[str], f: EventFilter) -> str:
    """``select`` with ``where``, ordered by ``order`` (each reversed for ``newest_first``),
    then ``LIMIT ? OFFSET ?`` when ``f`` pages (its parameters are added by :func:`_page`).

    Reversed, SQLite puts NULL dates last (they sort first ascending), so newest-first is the
    exact reverse order; a PostgreSQL store says ``NULLS FIRST`` / ``NULLS LAST`` instead.
    """
    keys = ", ".join(f"{k} DESC" if f.newest_first else k for k in order)
    sql = select + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + keys
    if f.limit is None and not f.offset:
        return sql
    return sql + " LIMIT ? OFFSET ?"


def _page(f: EventFilter) -> list[Any]:
    """The parameters of :func:`_paged`'s ``LIMIT ? OFFSET ?`` (-1: no limit, in SQLite)."""
    if f.limit is None and not f.offset:
        return []
    return [-1 if f.limit is None else f.limit, f.offset]


def _event_names_actor(condition: str) -> str:
    """SQL: event ``e`` names, as source or target, an actor meeting ``condition`` (on ``a``).

    Driven from the actors side: an index (or one pass over actors) finds the candidates, and
    only the events of their articles are looked at. Best when few actors meet ``condition``.
    """
    return (
        "(e.article_id, e.seq) IN (SELECT x.article_id, x.seq FROM actors a"
        " JOIN events x ON x.article_id = a.article_id"
        f" WHERE {condition} AND a.id IN ({_EVENT_ACTOR_IDS}))"
    )


def _event_has_actor(condition: str) -> str:
    """SQL: the same test, row by row from the events side: best when many actors meet
    ``condition``, as the scan in date order stops at the end of the page. ``condition`` must
    not use an index of its own (write ``+a.country``): the lookup is by article and id."""
    ids = _EVENT_ACTOR_IDS.replace("x.", "e.")
    return (
        "EXISTS (SELECT 1 FROM actors a WHERE a.article_id = e.article_id"
        f" AND a.id IN ({ids}) AND {condition})"
    )


def event_where(
    f: EventFilter, scan: bool = False, joined: bool = False
) -> tuple[list[str], list[Any]]:
    """The conditions on events ``e`` of filter ``f`` and their parameters.

    ``scan`` tests ``actor`` row by row (:func:`_event_has_actor`) instead of from the matching
    actors (:func:`_event_names_actor`); the store picks it when the needle is common enough
    for a page to fill after a short scan. ``joined``: the query joins ``event_countries c``
    (see :func:`events_sql`), which the country and dates are tested on.
    """
    by_actor = _event_has_actor if scan else _event_names_actor
    dates = "c.date_value" if joined else "e.date_value"
    where, params = _date_conditions(dates, f.since, f.until)
    if f.type is not None:
        where.append("e.type = ? COLLATE NOCASE")
        params.append(f.type)
    if f.article_id is not None:
        where.append("e.article_id = ?")
        params.append(f.article_id)
    if f.story_id is not None:
        where.append("e.story_id = ?")
        params.append(f.story_id)
    where.append("e.confidence >= ?")
    params.append(f.min_confidence)
    if f.country is not None:
        where.append("c.country = ? COLLATE NOCASE" if joined else _HAS_COUNTRY)
        params.append(f.country)
    if f.actor is not None:
        match, match_params = actor_match(f.actor)
        where.append(by_actor(match))
        params += match_params
    if f.text is not None:
        # The search columns hold the casefolded sentence and trigger; names as for `actor`.
        name = "instr(a.search, ?) > 0 AND ew_contains(a.name, ?)"
        where.append(
            "(instr(e.sentence_search, ?) > 0 OR instr(e.trigger_search, ?) > 0"
            f" OR {_event_has_actor(name)})"
        )
        folded = f.text.casefold()
        params += [folded, folded, folded, f.text]
    return where, params


def events_sql(f: EventFilter, scan: bool = False) -> tuple[str, list[Any]]:
    """Select ``article_id, story_id, data`` of the events matching ``f``, in order, paged.

    With a country the query is driven by ``event_countries``, whose index holds each
    country's events in date order: a page reads about the rows it returns.
    """
    joined = f.country is not None
    where, params = event_where(f, scan, joined)
    select = "SELECT e.article_id, e.story_id, e.data FROM events e"
    order = ["e.date_value", "e.article_id", "e.seq"]
    if joined:
        select = (
            "SELECT e.article_id, e.story_id, e.data FROM event_countries c"
            " JOIN events e ON e.article_id = c.article_id AND e.seq = c.seq"
        )
        order = ["c.date_value", "c.article_id", "c.seq"]
    return _paged(select, where, order, f), params + _page(f)


def counts_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """Matching events grouped by ``date_value, date_precision, type, quad`` with a count:
    every figure of :class:`~eventwire.store.base.EventCounts` but the countries."""
    source, where, params = _matching(f)
    sql = (
        f"SELECT e.date_value, e.date_precision, e.type, e.quad, count(*) AS n FROM {source}"
        f"{_where(where)} GROUP BY e.date_value, e.date_precision, e.type, e.quad"
    )
    return sql, params


def countries_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """Matching events per upper-cased country among the actors each names (once each), read
    from ``event_countries``, which holds one row per event and such country."""
    source, where, params = _matching(f)
    sql = (
        f"SELECT k.country, count(*) AS n FROM {source}"
        " JOIN event_countries k ON k.article_id = e.article_id AND k.seq = e.seq"
        f"{_where(where)} GROUP BY k.country"
    )
    return sql, params


def network_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """The actor network of the matching events, in one statement (the filter runs once).

    Rows ``kind, name, country, target_name, target_country, type, n``: kind ``edge`` gives
    the events per source -> target pair and type (an actor paired with itself left out);
    kind ``node`` the events naming each ``(name, country)`` as source or target.
    """
    source, where, params = _matching(f)
    named = (
        "SELECT DISTINCT m.article_id, m.seq, m.type, a.name, a.country FROM m"
        " JOIN json_each(m.{side}) j JOIN actors a ON a.article_id = m.article_id"
        " AND a.id = j.value"
    )
    sql = (
        "WITH m AS MATERIALIZED (SELECT e.article_id, e.seq, e.type, e.source, e.target"
        f" FROM {source}{_where(where)}),"
        f" s AS MATERIALIZED ({named.format(side='source')}),"
        f" t AS MATERIALIZED ({named.format(side='target')})"
        " SELECT 'edge' AS kind, s.name, s.country, t.name, t.country, s.type, count(*) AS n"
        " FROM s JOIN t ON t.article_id = s.article_id AND t.seq = s.seq"
        " WHERE NOT (s.name = t.name AND s.country IS t.country)"
        " GROUP BY s.name, s.country, t.name, t.country, s.type"
        " UNION ALL SELECT 'node', name, country, NULL, NULL, NULL, count(*) FROM"
        " (SELECT article_id, seq, name, country FROM s"
        " UNION SELECT article_id, seq, name, country FROM t) GROUP BY name, country"
    )
    return sql, params


def quotes_sql(f: QuoteFilter) -> tuple[str, list[Any]]:
    """Select ``article_id, speaker, data, published`` of the quotes matching ``f``, in order."""
    where, params = _date_conditions("ar.published", f.since, f.until)
    if f.article_id is not None:
        where.append("q.article_id = ?")
        params.append(f.article_id)
    if f.actor is not None:
        match, match_params = actor_match(f.actor)
        where.append(
            "(EXISTS (SELECT 1 FROM actors a WHERE a.article_id = q.article_id"
            f" AND a.id = q.speaker AND {match})"
            " OR ew_contains(json_extract(q.data, '$.speaker_span.text'), ?))"
        )
        params += [*match_params, f.actor]
    select = (
        "SELECT q.article_id, q.speaker, q.data, ar.published"
        " FROM quotes q JOIN articles ar ON ar.id = q.article_id"
    )
    if f.limit is not None:
        params.append(f.limit)
    return _finish(select, where, "ar.published, q.article_id, q.seq", f.limit), params


def actors_sql(f: ActorFilter) -> tuple[str, list[Any]]:
    """Select :class:`~eventwire.store.base.ActorRow` fields for ``f``, grouped and ordered."""
    where: list[str] = []
    params: list[Any] = []
    if f.country is not None:
        where.append("a.country = ? COLLATE NOCASE")
        params.append(f.country)
    if f.sector is not None:
        where.append("a.sector = ? COLLATE NOCASE")
        params.append(f.sector)
    if f.name is not None:
        # `search` starts with the casefolded name: a C-speed superset test before the exact one.
        where.append("instr(a.search, ?) > 0 AND ew_contains(a.name, ?)")
        params += [f.name.casefold(), f.name]
    modes = ",".join(
        _MODE.format(col=col, extra=extra)
        # "unknown" is the absence of a kind: any real kind seen for the name wins.
        for col, extra in (("sector", ""), ("role", ""), ("kind", "AND kind != 'unknown'"))
    )
    sql = _ACTORS.format(where="WHERE " + " AND ".join(where) if where else "", modes=modes)
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


# A member of fused event `x` (its data lists them) has the needle in its sentence or trigger.
_MEMBER_SAYS = (
    "EXISTS (SELECT 1 FROM json_each(x.data, '$.members') m JOIN events e"
    " ON e.article_id = json_extract(m.value, '$.article_id')"
    " AND e.id = json_extract(m.value, '$.event_id')"
    " WHERE instr(e.sentence_search, ?) > 0 OR instr(e.trigger_search, ?) > 0)"
)


def fused_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """Select ``data`` of the fused events matching ``f`` (semantics: query.fused_matches)."""
    where, params = _date_conditions("x.date_value", f.since, f.until)
    if f.type is not None:
        where.append("x.type = ? COLLATE NOCASE")
        params.append(f.type)
    if f.story_id is not None:
        where.append("x.story_id = ?")
        params.append(f.story_id)
    if f.article_id is not None:
        where.append("x.id IN (SELECT fused_id FROM fused_members WHERE article_id = ?)")
        params.append(f.article_id)
    where.append("x.confidence >= ?")
    params.append(f.min_confidence)
    if f.country is not None:
        where.append("instr(x.countries, ?) > 0")
        params.append(f"|{f.country.upper()}|")
    if f.actor is not None:
        where.append("instr(x.names, ?) > 0")
        params.append(f.actor.casefold())
    if f.text is not None:
        where.append(f"(instr(x.names, ?) > 0 OR {_MEMBER_SAYS})")
        params += [f.text.casefold()] * 3
    order = ["x.date_value", "x.story_id", "x.seq"]
    return _paged("SELECT x.data FROM fused_events x", where, order, f), params + _page(f)


def stories_sql(f: StoryFilter) -> tuple[str, list[Any]]:
    """Select ``data`` of the stories matching ``f`` (semantics: query.story_matches)."""
    where: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        since_where, since_params = _date_conditions("s.last_date", f.since, None)
        where += since_where
        params += since_params
    if f.until is not None:
        until_where, until_params = _date_conditions("s.first_date", None, f.until)
        where += until_where
        params += until_params
    if f.country is not None:
        where.append("s.country = ? COLLATE NOCASE")
        params.append(f.country)
    if f.limit is not None:
        params.append(f.limit)
    return _finish("SELECT s.data FROM stories s", where, "s.first_date, s.id", f.limit), params
