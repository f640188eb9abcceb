"""Place records built from gazetteer entries, shared by the places tests."""

from __future__ import annotations

from eventwire.nlp.places.gazetteer import GazEntry
from eventwire.records import Place, Span


def place_at(pid: str, entry: GazEntry, precision: str, mentions: list[Span]) -> Place:
    """A place record for ``entry`` at ``precision``, with these mentions."""
    return Place(
        pid,
        entry.name,
        entry.geonameid,
        entry.lat,
        entry.lon,
        entry.country_iso3,
        entry.admin1,
        entry.feature_code,
        precision,  # type: ignore[arg-type]
        mentions,
    )
