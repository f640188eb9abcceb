"""eventwire: news articles in, structured political event data out.

The public API::

    from eventwire import extract
    result = extract(text, published="2021-11-07", source="Shafaq News")
    result.to_dict()          # the JSON contract of spec/OUTPUT.md

``Pipeline`` processes many articles; the record types are re-exported here.
"""

from eventwire.errors import EventwireError
from eventwire.extract import Pipeline, extract
from eventwire.records import (
    Actor,
    Article,
    ArticleResult,
    Aux,
    Casualties,
    Count,
    Event,
    EventDate,
    Place,
    Quote,
    Span,
    TimeExpr,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Aux",
    "Casualties",
    "Count",
    "Event",
    "EventDate",
    "EventwireError",
    "Pipeline",
    "Place",
    "Quote",
    "Span",
    "TimeExpr",
    "__version__",
    "extract",
]
