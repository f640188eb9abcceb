"""PLOVER JSON: one record per fused event, one per line, with the field names of the PLOVER
manual's "Data Fields" chapter (``id``, ``date``, ``actor``, ``recipient``, ``event``,
``event_loc``, ``mode``, ``context``, ...) and eventwire's own fields after them
(``docs/exports.md`` lists each)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any, TextIO

from eventwire.export import geo
from eventwire.export.sources import (
    ArticleIndex,
    ArticleInfo,
    event_day,
    lowest_figure,
    member_articles,
    member_sentences,
    outlets,
    read_resource,
    urls,
)
from eventwire.jsonlines import dumps_line
from eventwire.records import FusedActor, FusedEvent, FusedPlace

#: PLOVER location ``resolution``: 5 sub-city, 4 city, 3 district, 2 province, 1 country.
RESOLUTION = {"sublocal": 5, "city": 4, "admin2": 3, "admin1": 2, "country": 1}


@cache
def _scores() -> dict[tuple[str, str], float]:
    return {(r["type"], r["mode"]): float(r["score"]) for r in read_resource("plover_scores.tsv")}


def event_scale(event_type: str, mode: str | None) -> float | None:
    """The manual's PLOVER score of ``event_type: mode``, else of ``event_type``, else None."""
    scores = _scores()
    return scores.get((event_type, mode or ""), scores.get((event_type, "")))


@cache
def coder() -> str:
    """``eventwire <version>``: the PLOVER ``coder`` field."""
    try:
        return f"eventwire {version('eventwire')}"
    except PackageNotFoundError:
        return "eventwire"


def entity(actor: FusedActor) -> dict[str, Any]:
    """A PLOVER entity object: ``code`` (country), ``sector``, ``entity_text``, and ``kind`` and
    ``articles`` (the member articles that name it) as eventwire's additions."""
    return {
        "code": actor.country,
        "sector": actor.sector,
        "entity_text": actor.name,
        "kind": actor.kind,
        "articles": list(actor.articles),
    }


def event_loc(place: FusedPlace | None) -> dict[str, Any] | None:
    """A PLOVER location object for the best supported place, or ``None``."""
    if place is None:
        return None
    land = geo.country(place.country)
    city = geo.populated_place(place)[0] if place.precision in ("city", "sublocal") else None
    return {
        "extracted_place": None,
        "resolved_place": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "city": city,
        "district": place.name if place.precision == "admin2" else None,
        "province": place.admin1,
        "country": land.name if land else None,
        "country_code": place.country,
        "feature_class": place.feature_code[0] if place.feature_code else None,
        "feature_code": place.feature_code,
        "resolution": RESOLUTION.get(place.precision),
    }


def cite_info(info: ArticleInfo) -> dict[str, Any]:
    """A PLOVER citation object for one member article (``published`` added)."""
    a = info.article
    return {
        "citation": a.id,
        "url": a.url,
        "title": a.title,
        "language": a.language,
        "publication": a.source,
        "published": a.published.isoformat() if a.published else None,
        "coder": coder(),
        "codebook": "plover",
    }


def plover_record(fused: FusedEvent, index: ArticleIndex) -> dict[str, Any]:
    """The PLOVER record of one fused event; ``index`` gives its member articles."""
    day = event_day(fused)
    infos = member_articles(fused, index)
    return {
        "id": fused.id,
        "has_event": True,
        "date": day.day.isoformat() if day else None,
        "actor": [entity(a) for a in fused.source],
        "recipient": [entity(a) for a in fused.target],
        "event": [fused.type],
        "event_loc": event_loc(fused.place),
        "event_text": list(member_sentences(fused, index)),
        "quad_code": fused.quad,
        "event_scale": event_scale(fused.type, fused.mode),
        "mode": [fused.mode] if fused.mode else [],
        "context": list(fused.context),
        "link": fused.story_id,
        "cite_info": [cite_info(i) for i in infos],
        "coder": coder(),
        "size": {
            "dead": lowest_figure(fused.killed),
            "injured": lowest_figure(fused.injured),
            "arrested": lowest_figure(fused.arrested),
        },
        **_extras(fused, day.precision if day else None),
        "sources": outlets(infos),
        "urls": urls(infos),
    }


def _extras(fused: FusedEvent, precision: str | None) -> dict[str, Any]:
    """eventwire's fields beyond the manual's: provenance and the values kept in full."""
    d = fused.to_dict()
    return {
        "date_precision": precision,
        "cameo": fused.cameo,
        "acled": d["acled"],
        "places": d["places"],
        "dates": d["dates"],
        "casualties": d["casualties"],
        "num_articles": fused.num_articles,
        "num_sources": fused.num_sources,
        "first_seen": fused.first_seen,
        "last_seen": fused.last_seen,
        "confidence": fused.confidence,
        "members": d["members"],
    }


def write_plover(fused: Iterable[FusedEvent], index: ArticleIndex, out: TextIO) -> int:
    """One PLOVER record per fused event, one per line; returns the number written."""
    n = 0
    for event in fused:
        out.write(dumps_line(plover_record(event, index)))
        n += 1
    return n
