"""The quotes stage (``eventwire_quotes``): who said what, and about which events.

Reads from the ``Doc``: the parse, ``doc._.ew_actors``/``ew_actor_of`` and ``doc._.ew_events``/
``ew_event_mentions`` (so it runs after the events stage). Adds: ``doc._.ew_quotes``.

Modules: ``component`` (the spaCy component: direct and indirect quotes, attribution),
``marks`` (quotation marks, titles and scare quotes), ``reported`` (indirect attributions:
reported speech and stances), ``nouns`` (attributions told by a noun of saying and its holder),
``filters`` (attributions that report nothing anyone said), ``headlines`` (claims in title-case
headlines the parser reads as one name), ``speakers`` (cue verbs, speakers,
pronouns, spokespeople, channels), ``links`` (the events a quote states or comments on) and
``words`` (the word lists, read once).

Data, in ``quotes/data/``: ``quote_words.tsv`` (cue verbs, stance verbs and adjectives, side-taking
verbs, verbs of talking with their particle, finding nouns, naming words, title nouns,
spokesperson nouns, media, channel words, lemma fixes, gender cues).

Other stages use only what is exported here.
"""

from eventwire.nlp.quotes.component import QuotesComponent, make_quotes

__all__ = ["QuotesComponent", "make_quotes"]
