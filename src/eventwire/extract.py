"""The Python API: ``extract(text, ...)`` for one article, ``Pipeline`` for many.

>>> result = extract("Police arrested twelve activists in Harare.", published="2024-03-06")
>>> result.events[0].type
'COERCE'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import islice

from spacy.language import Language

from eventwire.config import Settings, load_settings
from eventwire.errors import EventwireError
from eventwire.nlp.pipeline import build_nlp, process
from eventwire.records import Article, ArticleResult

ErrorHandler = Callable[[Article, Exception], None]


class Pipeline:
    """eventwire's spaCy pipeline plus the glue that turns articles into results.

    Args:
        settings: effective settings; the packaged defaults when ``None``.
        overrides: ``section.key=value`` strings applied on top.
    """

    def __init__(self, settings: Settings | None = None, overrides: Sequence[str] = ()) -> None:
        self.settings = settings or load_settings(overrides)
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_nlp(self.settings)
        return self._nlp

    def __call__(self, article: Article) -> ArticleResult:
        return next(process(self.nlp, [article], batch_size=1))

    def process(
        self, articles: Iterable[Article], on_error: ErrorHandler | None = None
    ) -> Iterator[ArticleResult]:
        """Results in input order. An article the pipeline cannot handle goes to ``on_error``
        (raised when ``None``) and the others carry on."""
        size = int(self.settings["nlp"]["batch_size"])
        _ = self.nlp  # load first: a bad model, lexicon or dictionary is no article's fault
        it = iter(articles)
        while batch := list(islice(it, size)):
            yield from self._batch(batch, on_error)

    def _batch(
        self, batch: list[Article], on_error: ErrorHandler | None
    ) -> Iterator[ArticleResult]:
        try:
            results = list(process(self.nlp, batch, batch_size=len(batch)))
        except Exception:
            if len(batch) == 1 and on_error is None:
                raise
            results = None
        if results is not None:
            yield from results
            return
        for article in batch:  # find the article that failed; keep the rest
            try:
                yield self(article)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
                if on_error is None:
                    raise
                on_error(article, exc)


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(
    text: str,
    published: str | dt.date | None = None,
    source: str | None = None,
    *,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,  # noqa: A002 - the contract's field name
) -> ArticleResult:
    """Extract events, actors, places, times and quotes from one article's text."""
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published[:10])
        except ValueError as exc:
            raise EventwireError(f"published must be YYYY-MM-DD, got {published!r}") from exc
    article = Article(
        id=id or Article.make_id(source, text),
        text=text,
        source=source,
        published=published,
        url=url,
        title=title,
    )
    return _default_pipeline()(article)
