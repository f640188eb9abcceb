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

# Actor `a` matches a name needle: `search` holds the casefolded name and mentions, so instr()
# is a superset test in C, and the exact Python test (query.actor_text_matches) confirms it.
_ACTOR_MATCH = "instr(a.search, ?) > 0 AND ew_actor_match(a.name, a.mentions, ?)"


def actor_match_params(needle: str) -> list[str]:
    """The parameters of ``_ACTOR_MATCH`` for ``needle``."""
    return [needle.casefold(), needle]


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
        where.append(f"({column} >= ? OR {column} IN ({marks}))")
        params += [since, *prefixes]
    if until is not None:
        where.append(f"{column} <= ?")
        params.append(until_bound(until))
    return where, params


def _finish(select: str, where: list[str], order: str, limit: int | None) -> str:
    sql = select + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY " + order
    return sql + (" LIMIT ?" if limit is not None else "")


def _event_names_actor(condition: str) -> str:
    """SQL: event ``e`` names, as source or target, an actor meeting ``condition`` (on ``a``).

    Driven from the actors side: an index (or one pass over actors) finds the candidates, and
    only the events of their articles are looked at.
    """
    return (
        "(e.article_id, e.seq) IN (SELECT x.article_id, x.seq FROM actors a"
        " JOIN events x ON x.article_id = a.article_id"
        f" WHERE {condition} AND a.id IN ({_EVENT_ACTOR_IDS}))"
    )


def events_sql(f: EventFilter) -> tuple[str, list[Any]]:
    """Select ``article_id, story_id, data`` of the events matching ``f``, in order."""
    where, params = _date_conditions("e.date_value", f.since, f.until)
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
        where.append(_event_names_actor("a.country = ? COLLATE NOCASE"))
        params.append(f.country)
    if f.actor is not None:
        where.append(_event_names_actor(_ACTOR_MATCH))
        params += actor_match_params(f.actor)
    select = "SELECT e.article_id, e.story_id, e.data FROM events e"
    if f.limit is not None:
        params.append(f.limit)
    return _finish(select, where, "e.date_value, e.article_id, e.seq", f.limit), params


def quotes_sql(f: QuoteFilter) -> tuple[str, list[Any]]:
    """Select ``article_id, speaker, data, published`` of the quotes matching ``f``, in order."""
    where, params = _date_conditions("ar.published", f.since, f.until)
    if f.article_id is not None:
        where.append("q.article_id = ?")
        params.append(f.article_id)
    if f.actor is not None:
        where.append(
            "(EXISTS (SELECT 1 FROM actors a WHERE a.article_id = q.article_id"
            f" AND a.id = q.speaker AND {_ACTOR_MATCH})"
            " OR ew_contains(json_extract(q.data, '$.speaker_span.text'), ?))"
        )
        params += [*actor_match_params(f.actor), f.actor]
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
    if f.limit is not None:
        params.append(f.limit)
    order = "x.date_value, x.story_id, x.seq"
    return _finish("SELECT x.data FROM fused_events x", where, order, f.limit), params


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
