"""PostgreSQL SQL for the store queries, built from filters: the same rows in the same order as
:mod:`eventwire.store.sqlite_sql` (semantics: :mod:`eventwire.store.query`).

Builders return ``(sql, params)`` with ``?`` marks (see ``postgres_conn.pg_sql``). Where SQLite
calls Python functions, PostgreSQL reads columns written for it: ``actors.search`` holds the
casefolded name and mention texts one a line, so a needle without a line break is a substring of
one of them exactly when it is a substring of ``search``; text columns are ``COLLATE "C"`` so
dates compare and sort by code point; ``NULLS FIRST`` sorts like SQLite.
"""

from __future__ import annotations

from typing import Any

from eventwire.store.base import ActorFilter, EventFilter, QuoteFilter, StoryFilter
from eventwire.store.query import since_prefixes, until_bound

Query = tuple[str, list[Any]]

# Event `e` names, as source or target, an actor `a` of its article.
_NAMED_BY = (
    "a.article_id = e.article_id AND a.id IN (SELECT jsonb_array_elements_text(e.source::jsonb)"
    " UNION ALL SELECT jsonb_array_elements_text(e.target::jsonb))"
)
# The actor's name contains the (casefolded) needle: the first line of `search` is the name.
_NAME_HAS = "strpos(split_part(a.search, chr(10), 1), ?)"


class _Where:
    """Conditions and their parameters, gathered in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params += params

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        """:func:`eventwire.store.query.date_in_range` on ``column``, index-friendly."""
        if since is not None:
            self.add(f"({column} >= ? OR {column} = ANY(?))", since, since_prefixes(since))
        if until is not None:
            self.add(f"{column} <= ?", until_bound(until))

    def same_code(self, column: str, value: str | None) -> None:
        if value is not None:
            self.add(f"lower({column}) = lower(?)", value)

    def equals(self, column: str, value: str | None) -> None:
        if value is not None:
            self.add(f"{column} = ?", value)

    @property
    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""

    def query(self, select: str, order: str, limit: int | None) -> Query:
        sql = f"{select}{self.sql} ORDER BY {order}"
        if limit is None:
            return sql, self.params
        return sql + " LIMIT ?", [*self.params, limit]

    def page(self, select: str, order: list[str], f: EventFilter) -> Query:
        """Ordered by ``order`` (the first key a date, undated first) or its exact reverse for
        ``f.newest_first``, then ``f.offset`` skipped and at most ``f.limit`` kept."""
        first, *rest = order
        if f.newest_first:
            keys = [f"{first} DESC NULLS LAST", *(f"{k} DESC" for k in rest)]
        else:
            keys = [f"{first} NULLS FIRST", *rest]
        sql = f"{select}{self.sql} ORDER BY {', '.join(keys)}"
        params = list(self.params)
        if f.limit is not None:
            sql += " LIMIT ?"
            params.append(f.limit)
        if f.offset:
            sql += " OFFSET ?"
            params.append(f.offset)
        return sql, params


def _event_where(f: EventFilter) -> _Where:
    """The conditions on events ``e`` of filter ``f``."""
    w = _Where()
    w.dates("e.date_value", f.since, f.until)
    w.same_code("e.type", f.type)
    w.equals("e.article_id", f.article_id)
    w.equals("e.story_id", f.story_id)
    w.add("e.confidence >= ?", f.min_confidence)
    if f.country is not None:
        w.add("EXISTS (SELECT 1 FROM event_countries c WHERE c.article_id = e.article_id"
              " AND c.seq = e.seq AND lower(c.country) = lower(?))", f.country)  # fmt: skip
    if f.actor is not None:
        w.add(f"EXISTS (SELECT 1 FROM actors a WHERE {_NAMED_BY} AND {_has(f.actor)})",
              f.actor.casefold())  # fmt: skip
    if f.text is not None:
        # The search columns hold the casefolded sentence and trigger.
        folded = f.text.casefold()
        w.add(
            "(strpos(e.sentence_search, ?) > 0 OR strpos(e.trigger_search, ?) > 0 OR EXISTS"
            f" (SELECT 1 FROM actors a WHERE {_NAMED_BY} AND {_NAME_HAS} > 0))",
            folded,
            folded,
            folded,
        )
    return w


def events_sql(f: EventFilter) -> Query:
    """Select ``article_id, story_id, data`` of the events matching ``f``, in order, paged."""
    select = "SELECT e.article_id, e.story_id, e.data FROM events e"
    return _event_where(f).page(select, ["e.date_value", "e.article_id", "e.seq"], f)


def counts_sql(f: EventFilter) -> Query:
    """Matching events grouped by ``date_value, date_precision, type, quad``, with a count."""
    w = _event_where(f)
    columns = "e.date_value, e.date_precision, e.type, e.quad"
    return f"SELECT {columns}, count(*) FROM events e{w.sql} GROUP BY {columns}", w.params


def _named(f: EventFilter) -> Query:
    """CTEs ``m`` (the matching events) and ``named``: distinct ``(article_id, seq, type,
    side, name, country)`` of the actors each names as ``source`` or ``target``."""
    w = _event_where(f)
    sql = (
        f"WITH m AS (SELECT e.article_id, e.seq, e.type, e.source, e.target FROM events e{w.sql}),"
        " named AS (SELECT DISTINCT m.article_id, m.seq, m.type, j.side, a.name, a.country"
        " FROM m CROSS JOIN LATERAL ("
        "SELECT 'source' AS side, jsonb_array_elements_text(m.source::jsonb) AS id UNION ALL"
        " SELECT 'target', jsonb_array_elements_text(m.target::jsonb)) j"
        " JOIN actors a ON a.article_id = m.article_id AND a.id = j.id)"
    )
    return sql, w.params


def countries_sql(f: EventFilter) -> Query:
    """Matching events per upper-cased country among the actors each names (once each)."""
    named, params = _named(f)
    return (
        f"{named} SELECT upper(country), count(DISTINCT (article_id, seq)) FROM named"
        " WHERE country <> '' GROUP BY upper(country)",
        params,
    )


def network_sql(f: EventFilter) -> Query:
    """Source -> target actor pairs of the matching events: ``sn, sc, tn, tc, type, n`` (events
    per pair and type; an actor paired with itself is left out)."""
    named, params = _named(f)
    return (
        f"{named} SELECT s.name, s.country, t.name, t.country, s.type, count(*)"
        " FROM named s JOIN named t ON t.article_id = s.article_id AND t.seq = s.seq"
        " AND s.side = 'source' AND t.side = 'target'"
        " WHERE NOT (s.name = t.name AND s.country IS NOT DISTINCT FROM t.country)"
        " GROUP BY s.name, s.country, t.name, t.country, s.type",
        params,
    )


def node_events_sql(f: EventFilter) -> Query:
    """Matching events per ``(name, country)`` actor they name as source or target."""
    named, params = _named(f)
    sql = f"{named} SELECT name, country, count(DISTINCT (article_id, seq)) FROM named"
    return sql + " GROUP BY name, country", params


def quotes_sql(f: QuoteFilter) -> Query:
    """Select ``article_id, speaker, data, published`` of the quotes matching ``f``, in order.

    The speaker's words (``speaker_span``) are compared with ``lower()``, PostgreSQL's nearest
    to Python's ``casefold()``: they differ only on a few letters such as ß."""
    w = _Where()
    w.dates("ar.published", f.since, f.until)
    w.equals("q.article_id", f.article_id)
    if f.actor is not None:
        w.add(
            "(EXISTS (SELECT 1 FROM actors a WHERE a.article_id = q.article_id"
            f" AND a.id = q.speaker AND {_has(f.actor)})"
            " OR strpos(lower(q.data::jsonb #>> '{speaker_span,text}'), lower(?)) > 0)",
            f.actor.casefold(),
            f.actor,
        )
    select = (
        "SELECT q.article_id, q.speaker, q.data, ar.published"
        " FROM quotes q JOIN articles ar ON ar.id = q.article_id"
    )
    return w.query(select, "ar.published NULLS FIRST, q.article_id, q.seq", f.limit)


# The most frequent non-null value of one column per (name, country); ties: the smallest.
_MODE = """{col}_mode AS (
    SELECT DISTINCT ON (name, country) name, country, {col} AS value
    FROM f WHERE {col} IS NOT NULL {extra} GROUP BY name, country, {col}
    ORDER BY name, country, count(*) DESC, {col})"""

_JOIN_MODE = (
    " LEFT JOIN {col}_mode {col}_m ON {col}_m.name = g.name"
    " AND {col}_m.country IS NOT DISTINCT FROM g.country"
)


def actors_sql(f: ActorFilter) -> Query:
    """Select :class:`~eventwire.store.base.ActorRow` fields for ``f``, grouped and ordered."""
    w = _Where()
    w.same_code("a.country", f.country)
    w.same_code("a.sector", f.sector)
    if f.name is not None:
        w.add(f"{_NAME_HAS} > 0", f.name.casefold())
    where = w.sql
    # "unknown" is the absence of a kind: any real kind seen for the name wins.
    columns = (("sector", ""), ("role", ""), ("kind", "AND kind <> 'unknown'"))
    sql = (
        "WITH f AS (SELECT name, country, sector, role, kind, article_id, n_events"
        f" FROM actors a{where}),"
        " groups AS (SELECT name, country, count(DISTINCT article_id) AS n_articles,"
        " sum(n_events)::bigint AS n_events FROM f GROUP BY name, country), "
        + ", ".join(_MODE.format(col=col, extra=extra) for col, extra in columns)
        + " SELECT g.name, g.country, sector_m.value AS sector, role_m.value AS role,"
        " coalesce(kind_m.value, 'unknown') AS kind, g.n_articles, g.n_events FROM groups g"
        + "".join(_JOIN_MODE.format(col=col) for col, _ in columns)
        + " ORDER BY g.n_articles DESC, g.n_events DESC, g.name, g.country NULLS FIRST"
    )
    if f.limit is None:
        return sql, w.params
    return sql + " LIMIT ?", [*w.params, f.limit]


def _has(needle: str) -> str:
    """SQL: actor ``a``'s name or a mention contains the (casefolded) needle. ``search`` holds
    them one a line; a needle with a line break is tested line by line, never across two."""
    if "\n" not in needle:
        return "strpos(a.search, ?) > 0"
    return (
        "EXISTS (SELECT 1 FROM unnest(string_to_array(a.search, chr(10))) t WHERE strpos(t, ?) > 0)"
    )


# A member of fused event `x` (its data lists them) has the needle in its sentence or trigger.
_MEMBER_SAYS = (
    "EXISTS (SELECT 1 FROM json_array_elements(x.data::json -> 'members') m JOIN events e"
    " ON e.article_id = m.value ->> 'article_id' AND e.id = m.value ->> 'event_id'"
    " WHERE strpos(e.sentence_search, ?) > 0 OR strpos(e.trigger_search, ?) > 0)"
)


def fused_sql(f: EventFilter) -> Query:
    """Select ``data`` of the fused events matching ``f`` (semantics: query.fused_matches)."""
    w = _Where()
    w.dates("x.date_value", f.since, f.until)
    w.same_code("x.type", f.type)
    w.equals("x.story_id", f.story_id)
    if f.article_id is not None:
        w.add("x.id IN (SELECT fused_id FROM fused_members WHERE article_id = ?)", f.article_id)
    w.add("x.confidence >= ?", f.min_confidence)
    if f.country is not None:
        w.add("strpos(x.countries, ?) > 0", f"|{f.country.upper()}|")
    if f.actor is not None:
        w.add("strpos(x.names, ?) > 0", f.actor.casefold())
    if f.text is not None:
        folded = f.text.casefold()
        w.add(f"(strpos(x.names, ?) > 0 OR {_MEMBER_SAYS})", folded, folded, folded)
    return w.page("SELECT x.data FROM fused_events x", ["x.date_value", "x.story_id", "x.seq"], f)


def stories_sql(f: StoryFilter) -> Query:
    """Select ``data`` of the stories matching ``f`` (semantics: query.story_matches)."""
    w = _Where()
    w.dates("s.last_date", f.since, None)
    w.dates("s.first_date", None, f.until)
    w.same_code("s.country", f.country)
    return w.query("SELECT s.data FROM stories s", "s.first_date NULLS FIRST, s.id", f.limit)
