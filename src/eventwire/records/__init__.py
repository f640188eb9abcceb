"""The record types and their one JSON form (``spec/OUTPUT.md``).

Each record is a plain dataclass with ``to_dict`` / ``from_dict``. The JSON form is a contract
with other tools: fields may be added, never renamed, re-typed or dropped. Offsets are Python
string indices into ``Article.text`` (end exclusive).

Modules: ``article`` (one article and what was found in it: actors, places, times, events,
quotes) and ``fused`` (events fused across articles, and the stories they form).
"""

from eventwire.records.article import (
    JSON,
    Acled,
    Actor,
    ActorKind,
    Article,
    ArticleResult,
    Aux,
    Casualties,
    Count,
    DatePrecision,
    Event,
    EventDate,
    Place,
    Precision,
    Quote,
    Span,
    TimeExpr,
    TimeType,
)
from eventwire.records.fused import (
    EventRef,
    FusedActor,
    FusedCount,
    FusedDate,
    FusedEvent,
    FusedPlace,
    Report,
    Story,
)

__all__ = [
    "Acled",
    "Actor",
    "ActorKind",
    "Article",
    "ArticleResult",
    "Aux",
    "Casualties",
    "Count",
    "DatePrecision",
    "Event",
    "EventDate",
    "EventRef",
    "FusedActor",
    "FusedCount",
    "FusedDate",
    "FusedEvent",
    "FusedPlace",
    "JSON",
    "Place",
    "Precision",
    "Quote",
    "Report",
    "Span",
    "Story",
    "TimeExpr",
    "TimeType",
]
