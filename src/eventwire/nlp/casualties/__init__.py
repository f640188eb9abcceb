"""The casualties stage (``eventwire_casualties``): how many were killed, injured or arrested.

Reads from the ``Doc``: the parse, ``doc._.ew_events``, ``doc._.ew_event_mentions`` and
``doc._.ew_natural_harm``. Adds nothing new to the ``Doc``: it fills each event's ``casualties``
in place.

Modules, in the order a doc goes through them: ``component`` (the spaCy component: casualty
statements), ``readings`` (one cue word read into kind, victim and count), ``cues`` (which
casualty a word names), ``nouns`` (casualty nouns: "12 deaths", "the death toll", "lost his
life"), ``no_harm`` (casualty words that tell of no harm done: denied, unreal, general, a
mishap), ``victims`` (the victim of a casualty word), ``counts`` (how many people a victim
phrase stands for), ``partitives`` (part of a group hurt in one way, part in another: "Three
people were shot, one fatally"), ``perpetrators`` (the attack's own perpetrator among the
dead: "the man who opened fire died" is no victim), ``dedupe`` (statements about victims
already counted), ``identity`` (whether two victim phrases are one person), ``groups`` (a
group told hurt and what is told of its members: "Three were shot ... one died"),
``occasions`` (the days a statement tells; another incident) and ``attach`` (the event each
statement belongs to). ``statement`` (the statement record) and ``lexicon`` (the lexicon
every module reads) are shared by all.

Data, in ``casualties/data/``: ``lexicon.json`` (kill / injure / arrest words, quantity words).

Other stages use only what is exported here (the events stage asks ``single_count`` whether
an act's object is people).
"""

from eventwire.nlp.casualties.component import CasualtiesComponent, make_casualties
from eventwire.nlp.casualties.counts import single_count

__all__ = ["CasualtiesComponent", "make_casualties", "single_count"]
