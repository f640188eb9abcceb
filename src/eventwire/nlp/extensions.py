"""The ``Doc._`` attributes eventwire components read and write.

Each component says which of these it reads and which it adds. All default to ``None`` so a
component used alone in a user's pipeline sees "nothing found yet" rather than shared lists.

| attribute        | type                 | written by            |
|------------------|----------------------|-----------------------|
| ``published``    | ``datetime.date``    | the caller (pipeline) |
| ``source_url``   | ``str``              | the caller (pipeline): the article's URL, if any |
| ``ew_actors``    | ``list[Actor]``      | eventwire_actors; eventwire_events (*) |
| ``ew_actor_of``  | ``dict[int, str]``   | eventwire_actors: token index → actor id |
| ``ew_times``     | ``list[TimeExpr]``   | eventwire_times       |
| ``ew_time_of``   | ``dict[int, int]``   | eventwire_times: token index → index in ew_times |
| ``ew_places``    | ``list[Place]``      | eventwire_places; eventwire_event_places (**) |
| ``ew_place_of``  | ``dict[int, str]``   | eventwire_places: token index → place id |
| ``ew_events``    | ``list[Event]``      | eventwire_events (casualties, event_places fill in) |
| ``ew_event_mentions`` | ``dict[str, list[int]]`` | eventwire_events: id → mention triggers |
| ``ew_natural_harm`` | ``set[int]``       | eventwire_events: verbs of harm no one did |
| ``ew_quotes``    | ``list[Quote]``      | eventwire_quotes      |

(*) eventwire_events fills missing actor countries from resolved places and adds implicit actors:
the country owning an acted-on object, a place acted on, unidentified attackers.
(**) eventwire_event_places adds the coarse place of events the text places nowhere;
eventwire_place_demonyms adds the countries named only by nationality words.
"""

from __future__ import annotations

from spacy.tokens import Doc

ATTRIBUTES = (
    "published",
    "source_url",
    "ew_actors",
    "ew_actor_of",
    "ew_times",
    "ew_time_of",
    "ew_places",
    "ew_place_of",
    "ew_events",
    "ew_event_mentions",
    "ew_natural_harm",
    "ew_quotes",
)


def register_extensions() -> None:
    """Register every ``Doc._`` attribute once; safe to call many times."""
    for name in ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
