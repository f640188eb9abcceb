"""Long articles in bounded windows: cut the text at paragraph breaks, merge the results.

The components relate mentions across a whole ``Doc`` (titles to names, events to events, quotes
to speakers), several of them pairwise, and spaCy holds the whole parse in memory, so one huge
``Doc`` costs time and memory that grow faster than its length: a 1,000,000-character article
took minutes and gigabytes. An article longer than :data:`WINDOW_CHARS` is therefore cut into
windows of at most that many characters, at a paragraph break where there is one, and each
window is processed as a ``Doc`` of its own with the article's date and URL. The window results
are merged into one :class:`~eventwire.records.ArticleResult`:

* every offset is shifted back into the article's text, so spans still slice ``article.text``;
* an actor seen in several windows (same name, kind and country) is one actor, and a place
  (same GeoNames id, else same name, country and precision) one place, with the mentions of
  all windows;
* ids are renumbered in article order (``a1``, ``p1``, ``e1``, ``q1``), references following.

An article of up to :data:`WINDOW_CHARS` characters is one window and is processed exactly as
before; only longer ones lose links that span windows (a surname far from the full name).
"""

from __future__ import annotations

import dataclasses

from eventwire.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    EventDate,
    Place,
    Quote,
    Span,
    TimeExpr,
)

#: Longest text processed as one ``Doc``. News articles are far shorter, so they are never cut;
#: per-character cost is still close to that of a typical article at this size.
WINDOW_CHARS = 100_000

# Where to cut, best first: a paragraph break, a line break, a sentence end, any space.
_BREAKS = ("\n\n", "\n", ". ", " ")

ActorKey = tuple[str, str, str | None]
PlaceKey = tuple[object, ...]


def window_bounds(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of each window of ``text``, in order, none longer than ``size``.

    A window ends at the last break of :data:`_BREAKS` in its second half (a hard cut only in
    text without spaces); the whitespace between two windows belongs to neither.
    """
    if size < 2:
        raise ValueError(f"window size must be at least 2 characters, not {size}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end, after = _cut(text, start, start + size)
        bounds.append((start, end))
        start = after
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, limit: int) -> tuple[int, int]:
    """Where the window from ``start`` ends (at most ``limit``) and where the next one starts."""
    floor = start + (limit - start) // 2  # no window shorter than half the size
    for brk in _BREAKS:
        at = text.rfind(brk, floor, limit)
        if at >= 0:
            end = at + 1 if brk == ". " else at  # the full stop stays with its sentence
            after = at + len(brk)
            while after < len(text) and text[after].isspace():
                after += 1
            return end, after
    return limit, limit


def split_article(article: Article, size: int = WINDOW_CHARS) -> list[tuple[Article, int]]:
    """``[(article, 0)]`` when the article fits one window, else one article per window with
    its offset in the text. Each keeps the article's id, date, source and URL: the components
    read the date and URL, and errors name the article."""
    if len(article.text) <= size:
        return [(article, 0)]
    return [
        (dataclasses.replace(article, text=article.text[start:end]), start)
        for start, end in window_bounds(article.text, size)
    ]


def merge_windows(article: Article, parts: list[tuple[int, ArticleResult]]) -> ArticleResult:
    """One result for ``article`` from the results of its windows, each with its offset."""
    merged = _Merged(ArticleResult(article=article))
    for offset, part in parts:
        merged.add(offset, part)
    return merged.result


def _span(span: Span, offset: int) -> Span:
    return Span(span.text, span.start + offset, span.end + offset)


def _spans(spans: list[Span], offset: int) -> list[Span]:
    return [_span(s, offset) for s in spans]


def _ids(ids: list[str], new: dict[str, str]) -> list[str]:
    """``ids`` renamed; two that became one (an actor merged across windows) are kept once."""
    return list(dict.fromkeys(new[i] for i in ids if i in new))


def _actor_key(actor: Actor) -> ActorKey:
    return actor.name, actor.kind, actor.country


def _place_key(place: Place) -> PlaceKey:
    if place.geonameid is not None:
        return ("geonames", place.geonameid)
    return ("name", place.name, place.country, place.precision)


class _Merged:
    """The merged result so far, with the actors and places it holds by identity key, so each
    window's records are matched by lookup rather than against every record before them."""

    def __init__(self, result: ArticleResult) -> None:
        self.result = result
        self._actors: dict[ActorKey, Actor] = {}
        self._places: dict[PlaceKey, Place] = {}

    def add(self, offset: int, part: ArticleResult) -> None:
        """Append one window's result, found ``offset`` characters into the article."""
        actor_ids: dict[str, str] = {}
        for actor in part.actors:
            actor_ids.setdefault(actor.id, self._actor(actor, offset).id)
        place_ids: dict[str, str] = {}
        for place in part.places:
            place_ids.setdefault(place.id, self._place(place, offset).id)
        self.result.times += [_time(t, offset) for t in part.times]
        event_ids: dict[str, str] = {}
        for event in part.events:
            new_id = f"e{len(self.result.events) + 1}"
            event_ids.setdefault(event.id, new_id)
            self.result.events.append(_event(event, new_id, offset, actor_ids, place_ids))
        for quote in part.quotes:
            new_id = f"q{len(self.result.quotes) + 1}"
            self.result.quotes.append(_quote(quote, new_id, offset, actor_ids, event_ids))

    def _actor(self, actor: Actor, offset: int) -> Actor:
        key = _actor_key(actor)
        known = self._actors.get(key)
        if known is None:
            known = dataclasses.replace(actor, id=f"a{len(self.result.actors) + 1}", mentions=[])
            self._actors[key] = known
            self.result.actors.append(known)
        known.sector = known.sector or actor.sector
        known.role = known.role or actor.role
        known.mentions += _spans(actor.mentions, offset)
        return known

    def _place(self, place: Place, offset: int) -> Place:
        key = _place_key(place)
        known = self._places.get(key)
        if known is None:
            new_id = f"p{len(self.result.places) + 1}"
            known = dataclasses.replace(place, id=new_id, mentions=[], demonym_mentions=[])
            self._places[key] = known
            self.result.places.append(known)
        known.mentions += _spans(place.mentions, offset)
        known.demonym_mentions += _spans(place.demonym_mentions, offset)
        return known


def _time(t: TimeExpr, offset: int) -> TimeExpr:
    return dataclasses.replace(t, start=t.start + offset, end=t.end + offset)


def _date(date: EventDate | None, offset: int) -> EventDate | None:
    if date is None or date.start is None or date.end is None:
        return date
    return dataclasses.replace(date, start=date.start + offset, end=date.end + offset)


def _event(
    e: Event, new_id: str, offset: int, actors: dict[str, str], places: dict[str, str]
) -> Event:
    source = _ids(e.source, actors)
    return dataclasses.replace(
        e,
        id=new_id,
        trigger=_span(e.trigger, offset),
        sentence=_span(e.sentence, offset),
        source=source,
        target=[a for a in _ids(e.target, actors) if a not in source],
        place=places.get(e.place) if e.place else None,
        date=_date(e.date, offset),
    )


def _quote(
    q: Quote, new_id: str, offset: int, actors: dict[str, str], events: dict[str, str]
) -> Quote:
    return dataclasses.replace(
        q,
        id=new_id,
        content=_span(q.content, offset),
        speaker=actors.get(q.speaker) if q.speaker else None,
        speaker_span=_span(q.speaker_span, offset) if q.speaker_span else None,
        cue=_span(q.cue, offset) if q.cue else None,
        speaking_for=actors.get(q.speaking_for) if q.speaking_for else None,
        events=_ids(q.events, events),
    )
