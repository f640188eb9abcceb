"""Records across articles: fused events and the stories they form (``spec/OUTPUT.md``).

A fused event merges the events several articles report of one happening; each fused value keeps
the reports it came from (:class:`Report`), so a reader sees who said what.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.records.article import (
    JSON,
    Acled,
    DatePrecision,
    gazetteer_fields,
    gazetteer_kwargs,
)


@dataclass(slots=True)
class Report:
    """One article's account of a fused value: which article (and outlet) said what.

    ``value`` is the value as that article gave it: a place id's name, a date value, or a
    casualty :class:`Count` as JSON.
    """

    article_id: str
    event_id: str
    source: str | None
    value: Any

    def to_dict(self) -> JSON:
        return {
            "article_id": self.article_id,
            "event_id": self.event_id,
            "source": self.source,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Report:
        return cls(d["article_id"], d["event_id"], d.get("source"), d.get("value"))


@dataclass(slots=True)
class FusedActor:
    """A source or target of a fused event, as named across its member events."""

    name: str
    country: str | None
    sector: str | None
    kind: str
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "kind": self.kind,
            "articles": list(self.articles),
        }

    @classmethod
    def from_dict(cls, d: JSON) -> FusedActor:
        return cls(
            d["name"],
            d.get("country"),
            d.get("sector"),
            d.get("kind", "unknown"),
            list(d.get("articles", [])),
        )


@dataclass(slots=True)
class FusedPlace:
    """A place given for a fused event, with the articles that gave it."""

    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_code: str | None
    precision: str
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {**gazetteer_fields(self), "articles": list(self.articles)}

    @classmethod
    def from_dict(cls, d: JSON) -> FusedPlace:
        return cls(**gazetteer_kwargs(d), articles=list(d.get("articles", [])))


@dataclass(slots=True)
class FusedDate:
    """A date given for a fused event, with the articles that gave it."""

    value: str
    precision: DatePrecision
    articles: list[str] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {"value": self.value, "precision": self.precision, "articles": list(self.articles)}

    @classmethod
    def from_dict(cls, d: JSON) -> FusedDate:
        return cls(d["value"], d.get("precision", "day"), list(d.get("articles", [])))


@dataclass(slots=True)
class FusedCount:
    """A casualty figure across reports: ``min``..``max`` spans every report's bounds (a
    disagreement shows as a range), and ``reports`` keeps each article's own figure."""

    min: int | None
    max: int | None
    reports: list[Report] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {"min": self.min, "max": self.max, "reports": [r.to_dict() for r in self.reports]}

    @classmethod
    def from_dict(cls, d: JSON | None) -> FusedCount | None:
        if not d:
            return None
        return cls(d.get("min"), d.get("max"), [Report.from_dict(r) for r in d.get("reports", [])])


@dataclass(slots=True)
class EventRef:
    """One member event of a fused event: article id and the event's id in that article."""

    article_id: str
    event_id: str

    def to_dict(self) -> JSON:
        return {"article_id": self.article_id, "event_id": self.event_id}

    @classmethod
    def from_dict(cls, d: JSON) -> EventRef:
        return cls(d["article_id"], d["event_id"])

    def key(self) -> str:
        """``article_id:event_id``, unique across the store."""
        return f"{self.article_id}:{self.event_id}"


@dataclass(slots=True)
class FusedEvent:
    """One happening told by one or more articles of a story: its member events fused.

    Single values (``type``, ``mode``, ``cameo``, ``acled``) are the members' consensus; lists
    (``places``, ``dates``) hold every value given, the best supported first; casualties keep
    the range and each report. ``first_seen``/``last_seen`` are the earliest and latest
    publication dates of the member articles.
    """

    id: str
    story_id: str
    type: str
    mode: str | None
    cameo: str | None
    quad: int
    acled: Acled | None
    source: list[FusedActor]
    target: list[FusedActor]
    places: list[FusedPlace]
    dates: list[FusedDate]
    killed: FusedCount | None
    injured: FusedCount | None
    arrested: FusedCount | None
    num_articles: int
    num_sources: int
    first_seen: str | None
    last_seen: str | None
    confidence: float
    members: list[EventRef]
    context: list[str] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "story_id": self.story_id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad": self.quad,
            "acled": self.acled.to_dict() if self.acled else None,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "places": [p.to_dict() for p in self.places],
            "dates": [d.to_dict() for d in self.dates],
            "casualties": {
                "killed": self.killed.to_dict() if self.killed else None,
                "injured": self.injured.to_dict() if self.injured else None,
                "arrested": self.arrested.to_dict() if self.arrested else None,
            },
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "confidence": self.confidence,
            "members": [m.to_dict() for m in self.members],
        }

    @classmethod
    def from_dict(cls, d: JSON) -> FusedEvent:
        acled = d.get("acled")
        casualties = d.get("casualties") or {}
        return cls(
            id=d["id"],
            story_id=d["story_id"],
            type=d["type"],
            mode=d.get("mode"),
            cameo=d.get("cameo"),
            quad=int(d.get("quad", 1)),
            acled=Acled(acled["event_type"], acled["sub_event_type"]) if acled else None,
            source=[FusedActor.from_dict(a) for a in d.get("source", [])],
            target=[FusedActor.from_dict(a) for a in d.get("target", [])],
            places=[FusedPlace.from_dict(p) for p in d.get("places", [])],
            dates=[FusedDate.from_dict(x) for x in d.get("dates", [])],
            killed=FusedCount.from_dict(casualties.get("killed")),
            injured=FusedCount.from_dict(casualties.get("injured")),
            arrested=FusedCount.from_dict(casualties.get("arrested")),
            num_articles=int(d["num_articles"]),
            num_sources=int(d["num_sources"]),
            first_seen=d.get("first_seen"),
            last_seen=d.get("last_seen"),
            confidence=float(d.get("confidence", 0.0)),
            members=[EventRef.from_dict(m) for m in d.get("members", [])],
            context=list(d.get("context", [])),
        )

    @property
    def place(self) -> FusedPlace | None:
        """The best supported place, or ``None``."""
        return self.places[0] if self.places else None

    @property
    def date(self) -> FusedDate | None:
        """The best supported date, or ``None``."""
        return self.dates[0] if self.dates else None


@dataclass(slots=True)
class Story:
    """Articles about one real-world happening, and the fused events they tell.

    ``events`` are member event keys ``article_id:event_id``; ``first_date``/``last_date`` span
    the member articles' publication dates and their events' day dates; ``place`` and
    ``country`` are the most often given place and its country.
    """

    story_id: str
    title: str
    articles: list[str]
    events: list[str]
    fused_events: list[str]
    first_date: str | None
    last_date: str | None
    place: str | None
    country: str | None
    num_sources: int

    def to_dict(self) -> JSON:
        return {
            "story_id": self.story_id,
            "title": self.title,
            "articles": list(self.articles),
            "events": list(self.events),
            "fused_events": list(self.fused_events),
            "first_date": self.first_date,
            "last_date": self.last_date,
            "place": self.place,
            "country": self.country,
            "num_articles": len(self.articles),
            "num_sources": self.num_sources,
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Story:
        return cls(
            story_id=d["story_id"],
            title=d.get("title", ""),
            articles=list(d.get("articles", [])),
            events=list(d.get("events", [])),
            fused_events=list(d.get("fused_events", [])),
            first_date=d.get("first_date"),
            last_date=d.get("last_date"),
            place=d.get("place"),
            country=d.get("country"),
            num_sources=int(d.get("num_sources", 0)),
        )
