"""The actors stage (``eventwire_actors``): who is who in an article.

Reads from the ``Doc``: the parse and ``doc.ents``. Adds: ``doc._.ew_actors`` (``Actor`` records,
ids ``a1``… in order of first mention) and ``doc._.ew_actor_of`` (token index → actor id).

Modules: ``component`` (the spaCy component: mentions and grouping), ``titles`` (the actor-noun
lexicon and titles written beside names), ``coref`` (surnames,
bare titles and pronouns joined to the person they name), ``countries`` (an actor's country from
the words around it), ``teams`` (sports teams named with a title: "the Kansas City Chiefs"),
``dictionary`` (the built-in and user actor dictionaries) and ``located``
(countries from resolved places, run later by the events stage through
:func:`fill_actor_countries`).

Data, in ``actors/data/``: ``actor_nouns.tsv`` (the nouns that name actors: "the police",
"protesters", "the Prime Minister") and the built-in dictionaries ``known_people.csv``,
``known_groups.csv`` (hand-written) and ``factbook_actors.csv`` (built by
``scripts/build_factbook_actors.py``), and ``title_abbreviations.txt`` (titles such as "Sgt."
that the pipeline's tokenizer keeps whole with their dot, :func:`eventwire.nlp.pipeline.build_nlp`).
User dictionaries come from the ``actors.dictionaries`` setting.

Other stages use only what is exported here.
"""

from eventwire.nlp.actors.component import ActorsComponent, make_actors
from eventwire.nlp.actors.countries import word_country
from eventwire.nlp.actors.dictionary import SECTORS
from eventwire.nlp.actors.located import fill_actor_countries

__all__ = ["SECTORS", "ActorsComponent", "fill_actor_countries", "make_actors", "word_country"]
