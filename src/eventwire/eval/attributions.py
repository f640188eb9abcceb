"""``attributions``: who said (or thought) what, on PolNeAR's political news articles.

Format: JSON lines with ``id``, ``publication_date``, ``text`` and ``attributions``
``[{id, type, source, cue, content}]``, where ``source`` and ``cue`` are ``{text, fragments}`` or
null and ``content`` a list of such spans (see the set's ``SCHEMA.md``). Only attributions with
a source are scored. An attribution is **direct** when its content holds a quotation mark
(straight, curly, or the ``''`` pair the New York Times articles are written with), else
**indirect**; an indirect one is **reported speech** when its cue is one of :data:`SPEECH_CUES`
(PolNeAR also annotates beliefs and feelings: "you don't like it").

A predicted quote *matches* a gold attribution when their contents share at least half of the
shorter of the two (the gold content from its first to its last fragment). Its **source is
right** when the predicted speaker span, or a mention of the predicted speaker actor, overlaps
the gold source; a gold pronoun source is met by a speaker actor one of whose mentions is that
pronoun. Scored: found and right-source shares of direct, indirect and reported-speech
attributions, cue accuracy over matches, and precision (share of predicted quotes that match
any gold attribution).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, overlaps, parse_date
from eventwire.eval.metrics import ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult, Quote

EXPECTED = (
    "expected JSON lines with id, text and attributions [{id, type, source, cue, content}], "
    "spans as {text, fragments: [[start, end], ...]} (see polnear/SCHEMA.md)"
)
#: Cues of reported speech: an indirect attribution with one of these words in its cue.
SPEECH_CUES = re.compile(
    r"\b(said|says|say|saying|told|tells|tell|according to|stated|states|announced|"
    r"announces|added|adds|wrote|writes|asked|asks|argued|argues|claimed|claims|"
    r"explained|explains|insisted|insists|noted|notes|reported|reports|warned|warns|"
    r"declared|declares|confirmed|confirms|denied|denies|promised|promises)\b",
    re.IGNORECASE,
)
#: Quotation marks, the two apostrophes some archives write for one included (''…'').
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]|''|``")

Bounds = tuple[int, int]


def to_article(gold: JSON) -> Article:
    """One article published on its ``publication_date``."""
    return Article(
        id=str(gold["id"]),
        text=gold["text"],
        source=gold.get("publisher"),
        title=gold.get("title"),
        published=parse_date(gold.get("publication_date")),
    )


def span_bounds(span: JSON | None) -> list[Bounds]:
    """The ``[start, end)`` fragments of a gold span (none for a null span)."""
    if not span:
        return []
    return [(int(a), int(b)) for a, b in span.get("fragments") or []]


def content_bounds(content: list[JSON]) -> Bounds | None:
    """From the first to the last fragment of a (possibly discontinuous) gold content."""
    fragments = [f for part in content for f in span_bounds(part)]
    if not fragments:
        return None
    return min(a for a, _ in fragments), max(b for _, b in fragments)


def kind_of(attribution: JSON) -> str:
    """``direct`` (quotation marks in the content), ``speech`` (a speech cue) or ``other``."""
    text = " ".join(str(part.get("text") or "") for part in attribution.get("content") or [])
    if _QUOTE_MARKS.search(text):
        return "direct"
    cue = (attribution.get("cue") or {}).get("text") or ""
    return "speech" if SPEECH_CUES.search(cue) else "other"


def _matches(content: Bounds, quote: Quote) -> bool:
    shared = overlaps(*content, quote.content.start, quote.content.end)
    shorter = min(content[1] - content[0], quote.content.end - quote.content.start)
    return shorter > 0 and shared * 2 >= shorter


def _on_sourceless(gold: JSON, quote: Quote) -> bool:
    """Whether ``quote`` matches a gold attribution that has no source."""
    sourceless = (a for a in gold["attributions"] if not a.get("source"))
    contents = (content_bounds(a.get("content") or []) for a in sourceless)
    return any(c is not None and _matches(c, quote) for c in contents)


def source_right(result: ArticleResult, quote: Quote, source: list[Bounds]) -> bool:
    """The predicted speaker span or a mention of the speaker actor is on the gold source."""
    spans = [(quote.speaker_span.start, quote.speaker_span.end)] if quote.speaker_span else []
    actor = result.actor(quote.speaker) if quote.speaker else None
    spans += [(m.start, m.end) for m in actor.mentions] if actor else []
    return any(overlaps(*s, *g) for s in spans for g in source)


def cue_right(quote: Quote, cue: list[Bounds]) -> bool:
    return quote.cue is not None and any(overlaps(quote.cue.start, quote.cue.end, *c) for c in cue)


@dataclass
class AttributionsScorer:
    """Tallies attributions found and attributed, by kind, and quote precision."""

    n: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    errors: ErrorSample = field(default_factory=ErrorSample)

    def _bump(self, key: str, by: int | bool = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + int(by)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        matched: set[int] = set()
        for attribution in gold["attributions"]:
            if attribution.get("source"):
                matched |= self._attribution(str(gold["id"]), attribution, result)
        # Precision counts a quote on any gold attribution: one PolNeAR annotates without a
        # source (``Attribution-no-source``) is still an attribution found, not a false one.
        matched |= {n for n, q in enumerate(result.quotes) if _on_sourceless(gold, q)}
        self._bump("predicted", len(result.quotes))
        self._bump("predicted_right", len(matched))

    def _attribution(self, item: str, g: JSON, result: ArticleResult) -> set[int]:
        content = content_bounds(g.get("content") or [])
        if content is None:
            return set()
        kinds = ["direct"] if kind_of(g) == "direct" else ["indirect"]
        kinds += ["speech"] if kind_of(g) == "speech" else []
        for kind in kinds:
            self._bump(f"n_{kind}")
        hits = {n for n, q in enumerate(result.quotes) if _matches(content, q)}
        if not hits:
            if kinds != ["indirect"]:  # unmatched beliefs would crowd out the sample
                self.errors.add(item, f"{kinds[-1]} not found", g["content"][0]["text"], None)
            return set()
        source = span_bounds(g.get("source"))
        quote = next(
            (
                result.quotes[n]
                for n in sorted(hits)
                if source_right(result, result.quotes[n], source)
            ),
            result.quotes[min(hits)],
        )
        right = source_right(result, quote, source)
        for kind in kinds:
            self._bump(f"found_{kind}")
            self._bump(f"source_{kind}", right)
        if not right:
            said = quote.speaker_span.text if quote.speaker_span else None
            self.errors.add(item, f"{kinds[-1]} source", g["source"]["text"], said)
        cue = span_bounds(g.get("cue"))
        if cue:
            self._bump("n_cue")
            self._bump("cue_right", cue_right(quote, cue))
        return hits

    def finish(self) -> Scores:
        c = self.counts.get
        metrics: dict[str, float] = {}
        for kind in ("direct", "indirect", "speech"):
            metrics[f"{kind}_found"] = ratio(c(f"found_{kind}", 0), c(f"n_{kind}", 0))
            metrics[f"{kind}_source"] = ratio(c(f"source_{kind}", 0), c(f"n_{kind}", 0))
            metrics[f"{kind}_source_when_found"] = ratio(
                c(f"source_{kind}", 0), c(f"found_{kind}", 0)
            )
        metrics["cue_accuracy"] = ratio(c("cue_right", 0), c("n_cue", 0))
        metrics["precision"] = ratio(c("predicted_right", 0), c("predicted", 0))
        for key in ("n_direct", "n_indirect", "n_speech", "predicted"):
            metrics[key] = float(c(key, 0))
        return Scores(self.n, metrics, {}, self.errors.items)


TASK = Task(
    name="attributions",
    summary="direct and indirect attributions found, with the right source and cue (PolNeAR)",
    expected=EXPECTED,
    required=("id", "text", "attributions"),
    to_article=to_article,
    scorer=AttributionsScorer,
    file_hints=("polnear", "attribution"),
)
