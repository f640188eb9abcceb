"""The casualties stage (``eventwire_casualties``): how many were killed, injured or arrested.

Reads from the ``Doc``: the parse, ``doc._.ew_events``, ``doc._.ew_event_mentions`` and
``doc._.ew_natural_harm``. Adds nothing new to the ``Doc``: it fills each event's ``casualties``
in place.

Modules: ``component`` (the spaCy component: casualty statements), ``attach`` (the event
each statement belongs to), ``counts`` (how many people a victim phrase stands for),
``victims`` (the victim of a casualty word, statements about the same victims, the statement
record and the lexicon the modules read), ``partitives`` (part of a group hurt in one way,
part in another: "Three people were shot, one fatally") and ``perpetrators`` (the attack's own
perpetrator among the dead: "the man who opened fire died" is no victim).

Data, in ``casualties/data/``: ``lexicon.json`` (kill / injure / arrest words, quantity words).

Other stages use only what is exported here (the events stage asks ``single_count`` whether
an act's object is people).
"""

from eventwire.nlp.casualties.component import CasualtiesComponent, make_casualties
from eventwire.nlp.casualties.counts import single_count

__all__ = ["CasualtiesComponent", "make_casualties", "single_count"]
