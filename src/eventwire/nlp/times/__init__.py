"""The times stage (``eventwire_times``): time expressions, normalised TIMEX3-style.

Reads from the ``Doc``: ``doc.ents`` (DATE, TIME), the parse (the tense of the governing verb)
and ``doc._.published`` (else the story's dateline). Adds: ``doc._.ew_times`` (``TimeExpr`` in
text order) and ``doc._.ew_time_of`` (token index → index in ``ew_times``).

Modules: ``component`` (the spaCy component: finds, trims and splits the expressions, and
carries what each sets for the next: the last day, the last date, the quarter reported on),
``timex`` (the normaliser, without spaCy: "last Friday" → "2021-11-05"), ``days`` (its rules
for what names the calendar: written dates, months, weekdays, seasons, holidays), ``periods``
(its rules for quarters and year-on-year comparisons: "a year earlier" → "2020-Q3") and
``basics`` (the data, context and calendar arithmetic they share).

Data, in ``times/data/``: ``patterns.json`` (token patterns for what the NER misses),
``lexicon.json`` and ``grammar.json`` (the normaliser's words and regular expressions).

Other stages use only what is exported here.
"""

from eventwire.nlp.times.component import TimesComponent, make_times, tense_of
from eventwire.nlp.times.timex import normalize

__all__ = ["TimesComponent", "make_times", "normalize", "tense_of"]
