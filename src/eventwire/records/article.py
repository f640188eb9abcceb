"""Records of one article and what was found in it (``spec/OUTPUT.md``): the article, its
actors, places, time expressions, events and quotes, and the result that holds them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "organization", "group", "state", "unknown"]
Precision = Literal["country", "admin1", "admin2", "city", "sublocal"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
DatePrecision = Literal["day", "month", "year"]

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_dict(self) -> JSON:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: JSON) -> Span:
        return cls(d["text"], int(d["start"]), int(d["end"]))


def _span_or_none(d: JSON | None) -> Span | None:
    return Span.from_dict(d) if d else None


@dataclass(slots=True)
class Article:
    """One news article as read from any input format."""

    id: str
    text: str
    source: str | None = None
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    language: str = "en"

    @staticmethod
    def make_id(source: str | None, text: str) -> str:
        """Stable id for an article without one: a hash of its source and text."""
        digest = hashlib.sha1(f"{source or ''}\x00{text}".encode()).hexdigest()
        return digest[:16]

    def to_dict(self, with_text: bool = False) -> JSON:
        d: JSON = {
            "id": self.id,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "title": self.title,
            "language": self.language,
        }
        if with_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: JSON, text: str | None = None) -> Article:
        published = d.get("published")
        return cls(
            id=d["id"],
            text=text if text is not None else d.get("text", ""),
            source=d.get("source"),
            published=dt.date.fromisoformat(published) if published else None,
            url=d.get("url"),
            title=d.get("title"),
            language=d.get("language", "en"),
        )


@dataclass(slots=True)
class Actor:
    """Someone who acts or is acted upon, with every mention of them in the article."""

    id: str
    name: str
    kind: ActorKind = "unknown"
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Actor:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d.get("kind", "unknown"),
            country=d.get("country"),
            sector=d.get("sector"),
            role=d.get("role"),
            mentions=[Span.from_dict(m) for m in d.get("mentions", [])],
        )


@dataclass(slots=True)
class Place:
    """A resolved place and every toponym mention resolved to it."""

    id: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature_code: str | None = None
    precision: Precision = "city"
    mentions: list[Span] = field(default_factory=list)
    # Nationality words that refer to the place's country ("Turkish"): context, never where
    # anything happened, so they are kept apart from the toponym ``mentions``.
    demonym_mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            **gazetteer_fields(self),
            "mentions": [m.to_dict() for m in self.mentions],
            "demonym_mentions": [m.to_dict() for m in self.demonym_mentions],
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Place:
        return cls(
            id=d["id"],
            **gazetteer_kwargs(d),
            mentions=[Span.from_dict(m) for m in d.get("mentions", [])],
            demonym_mentions=[Span.from_dict(m) for m in d.get("demonym_mentions", [])],
        )


#: What a place is in the gazetteer, shared by ``Place`` and ``FusedPlace`` in one JSON form.
GAZETTEER_FIELDS = ("geonameid", "lat", "lon", "country", "admin1", "feature_code")


def gazetteer_fields(place: Any) -> JSON:
    """The name, gazetteer fields and precision of a place record, in the contract's order."""
    return {
        "name": place.name,
        **{k: getattr(place, k) for k in GAZETTEER_FIELDS},
        "precision": place.precision,
    }


def gazetteer_kwargs(d: JSON) -> dict[str, Any]:
    """:func:`gazetteer_fields` read back (a missing precision is "city")."""
    return {
        "name": d["name"],
        **{k: d.get(k) for k in GAZETTEER_FIELDS},
        "precision": d.get("precision", "city"),
    }


@dataclass(slots=True)
class TimeExpr:
    """A time expression normalised TIMEX3-style against the publication date."""

    text: str
    start: int
    end: int
    type: TimeType = "DATE"
    value: str | None = None

    def to_dict(self) -> JSON:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, d: JSON) -> TimeExpr:
        return cls(d["text"], d["start"], d["end"], d.get("type", "DATE"), d.get("value"))


@dataclass(slots=True)
class Count:
    """A casualty count with bounds: "at least one" → 1..None, "nearly 600" → None..600."""

    min: int | None
    max: int | None
    text: str

    def to_dict(self) -> JSON:
        return {"min": self.min, "max": self.max, "text": self.text}

    @classmethod
    def from_dict(cls, d: JSON | None) -> Count | None:
        return cls(d.get("min"), d.get("max"), d["text"]) if d else None


@dataclass(slots=True)
class Casualties:
    killed: Count | None = None
    injured: Count | None = None
    arrested: Count | None = None

    def to_dict(self) -> JSON:
        return {
            "killed": self.killed.to_dict() if self.killed else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "arrested": self.arrested.to_dict() if self.arrested else None,
        }

    @classmethod
    def from_dict(cls, d: JSON | None) -> Casualties:
        d = d or {}
        return cls(
            Count.from_dict(d.get("killed")),
            Count.from_dict(d.get("injured")),
            Count.from_dict(d.get("arrested")),
        )


@dataclass(slots=True)
class Aux:
    """PLOVER auxiliary modes of an event."""

    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False

    def to_dict(self) -> JSON:
        return {
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "historical": self.historical,
        }

    @classmethod
    def from_dict(cls, d: JSON | None) -> Aux:
        d = d or {}
        return cls(
            bool(d.get("negated")),
            bool(d.get("hypothetical")),
            bool(d.get("future")),
            bool(d.get("historical")),
        )


@dataclass(slots=True)
class EventDate:
    """When an event happened; ``text is None`` means the publication date was used."""

    value: str
    precision: DatePrecision = "day"
    text: str | None = None
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> JSON:
        return {
            "value": self.value,
            "precision": self.precision,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, d: JSON | None) -> EventDate | None:
        if not d:
            return None
        return cls(
            d["value"], d.get("precision", "day"), d.get("text"), d.get("start"), d.get("end")
        )


@dataclass(slots=True)
class Acled:
    event_type: str
    sub_event_type: str

    def to_dict(self) -> JSON:
        return {"event_type": self.event_type, "sub_event_type": self.sub_event_type}


@dataclass(slots=True)
class Event:
    """Who did what to whom: one coded event with pointers into the text."""

    id: str
    type: str
    trigger: Span
    sentence: Span
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    quad: int = 1
    acled: Acled | None = None
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    place: str | None = None
    date: EventDate | None = None
    casualties: Casualties = field(default_factory=Casualties)
    aux: Aux = field(default_factory=Aux)
    confidence: float = 0.5
    #: True when the text names no place for the event and ``place`` is the article's dominant
    #: place, given at country or first-level-division precision.
    place_inferred: bool = False

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad": self.quad,
            "acled": self.acled.to_dict() if self.acled else None,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "source": list(self.source),
            "target": list(self.target),
            "place": self.place,
            "place_inferred": self.place_inferred,
            "date": self.date.to_dict() if self.date else None,
            "casualties": self.casualties.to_dict(),
            "aux": self.aux.to_dict(),
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Event:
        acled = d.get("acled")
        return cls(
            id=d["id"],
            type=d["type"],
            trigger=Span.from_dict(d["trigger"]),
            sentence=Span.from_dict(d["sentence"]),
            mode=d.get("mode"),
            context=list(d.get("context", [])),
            cameo=d.get("cameo"),
            quad=int(d.get("quad", 1)),
            acled=Acled(acled["event_type"], acled["sub_event_type"]) if acled else None,
            source=list(d.get("source", [])),
            target=list(d.get("target", [])),
            place=d.get("place"),
            date=EventDate.from_dict(d.get("date")),
            casualties=Casualties.from_dict(d.get("casualties")),
            aux=Aux.from_dict(d.get("aux")),
            confidence=float(d.get("confidence", 0.5)),
            place_inferred=bool(d.get("place_inferred", False)),
        )


@dataclass(slots=True)
class Quote:
    """Words attributed to a speaker, direct ("...") or reported."""

    id: str
    content: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: Span | None = None
    direct: bool = True
    channel: str | None = None
    #: The organisation a spokesperson speaks for ("spokesman Ned Price" → the State Department).
    speaking_for: str | None = None
    #: Ids of the events this quote states or comments on (a condemnation → its ACCUSE event).
    events: list[str] = field(default_factory=list)

    def to_dict(self) -> JSON:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "direct": self.direct,
            "channel": self.channel,
            "speaking_for": self.speaking_for,
            "events": list(self.events),
        }

    @classmethod
    def from_dict(cls, d: JSON) -> Quote:
        return cls(
            id=d["id"],
            content=Span.from_dict(d["content"]),
            speaker=d.get("speaker"),
            speaker_span=_span_or_none(d.get("speaker_span")),
            cue=_span_or_none(d.get("cue")),
            direct=bool(d.get("direct", True)),
            channel=d.get("channel"),
            speaking_for=d.get("speaking_for"),
            events=list(d.get("events", [])),
        )


@dataclass(slots=True)
class ArticleResult:
    """Everything extracted from one article: the object ``eventwire extract`` prints."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self, with_text: bool = False) -> JSON:
        return {
            "article": self.article.to_dict(with_text=with_text),
            "actors": [a.to_dict() for a in self.actors],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }

    @classmethod
    def from_dict(cls, d: JSON, text: str | None = None) -> ArticleResult:
        return cls(
            article=Article.from_dict(d["article"], text=text),
            actors=[Actor.from_dict(a) for a in d.get("actors", [])],
            places=[Place.from_dict(p) for p in d.get("places", [])],
            times=[TimeExpr.from_dict(t) for t in d.get("times", [])],
            events=[Event.from_dict(e) for e in d.get("events", [])],
            quotes=[Quote.from_dict(q) for q in d.get("quotes", [])],
        )

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def place(self, place_id: str | None) -> Place | None:
        return next((p for p in self.places if p.id == place_id), None)


# -- fused across articles (fusion/) -------------------------------------------------------
