"""The events stage (``eventwire_events``): who did what to whom, coded in PLOVER, CAMEO and ACLED.

Reads from the ``Doc``: the parse, ``doc._.ew_actors``/``ew_actor_of``, ``ew_times``/
``ew_time_of``, ``ew_places``/``ew_place_of`` and ``doc._.published`` (so it runs after the
actors, times and places stages). Adds: ``doc._.ew_events``, ``doc._.ew_event_mentions``
(event id → trigger token indices) and ``doc._.ew_natural_harm`` (verbs of harm no one did);
also fills missing actor countries from resolved places and
adds implicit actors (``implicit_targets``).

Modules: ``component`` (the spaCy component: triggers, mentions grouped into events,
confidence), ``lexicon`` (the trigger lexicon and its file format), ``candidates`` (lexicon
words that name no act where they stand), ``coding`` (type and mode rules beyond the lexicon:
light verbs, demands, condemnations, intent), ``arguments`` (source and target from the parse),
``subjects`` (who does what a verb says, where the parse hides it), ``governing`` (triggers
that belong to another trigger's event), ``dating`` (which times in a clause date its
trigger), ``placing`` (which places in it are where its act happened), ``modality`` (negated,
hypothetical, future, historical), ``modes`` (PLOVER modes from the words of the act's own
clause), ``natural`` (harm by disasters, accidents and
disease, which is no event), ``prominence`` (how central a trigger is to its sentence, the
learned part of confidence) and ``implicit_targets`` (actors the text implies). A lead the
parser read as a noun phrase is parsed again before any stage reads it (``eventwire.nlp.reparse``).

Data, in ``events/data/``: ``event_lexicon.tsv`` (the built-in trigger lexicon; its header
documents the format, and user lexicons from the ``events.lexicons`` setting use the same),
``mode_cues.tsv`` (words that set a PLOVER mode), ``condemnation_words.txt``,
``natural_causes.txt`` and ``prominence_weights.tsv`` (written by
``scripts/train_prominence.py``).

Other stages use only what is exported here.
"""

from eventwire.nlp.events.candidates import a_habit
from eventwire.nlp.events.coding import condemnation_words
from eventwire.nlp.events.component import EventsComponent, make_events
from eventwire.nlp.events.modes import mode_cues
from eventwire.nlp.events.subjects import OBJECT_CONTROL, clause_subject

__all__ = [
    "OBJECT_CONTROL",
    "a_habit",
    "EventsComponent",
    "clause_subject",
    "condemnation_words",
    "make_events",
    "mode_cues",
]
