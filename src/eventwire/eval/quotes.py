"""``quotes``: who said what, on passages annotated with every quotation they contain.

Format: JSON lines with ``id``, ``text``, ``story_date`` and ``quotes``, a list of
``{content, speaker, direct, channel, speaking_for, cue}`` where ``content``, ``speaker`` and
``speaking_for`` are substrings of ``text``; ``not_quotes`` lists quoted strings that are scare
quotes or titles (see ``tests/fixtures/gold/README.md``). A predicted quote *matches* a gold one
when their contents share at least half of the shorter of the two. Scored:

- **found**: share of gold direct quotes of 20+ characters matched by a direct prediction;
- **speaker**: share of those same gold quotes that are matched *and* attributed to the right
  words: the predicted speaker actor has a mention on an occurrence of the gold speaker text, or
  the predicted ``speaker_span`` overlaps one (a pronoun speaker must be resolved to its actor);
- **indirect found**: share of gold indirect quotes matched by any prediction;
- **precision**: share of predicted quotes that match a gold quote;
- **channel accuracy** over matched gold quotes (``null`` must be predicted as ``null``);
- **speaking-for accuracy** over matched gold quotes that name the organisation spoken for;
- **false quotes**: predictions lying mostly inside a scare quote or title.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, overlaps, parse_date
from eventwire.eval.metrics import ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult, Quote

EXPECTED = (
    "expected JSON lines with id, text, story_date and quotes [{content, speaker, direct, "
    "channel, speaking_for}] (see tests/fixtures/gold/README.md)"
)
#: Direct quotes shorter than this are not counted by ``found`` (the issue's target).
MIN_DIRECT_CHARS = 20

Spans = list[tuple[int, int]]


def to_article(gold: JSON) -> Article:
    """One passage as an article published on its ``story_date``."""
    return Article(
        id=str(gold["id"]), text=gold["text"], published=parse_date(gold.get("story_date"))
    )


def occurrences(text: str, sub: str | None) -> Spans:
    """Every ``(start, end)`` where ``sub`` occurs in ``text`` (none for an empty ``sub``)."""
    found: Spans = []
    if not sub:
        return found
    start = text.find(sub)
    while start >= 0:
        found.append((start, start + len(sub)))
        start = text.find(sub, start + 1)
    return found


def content_match(gold: tuple[int, int], quote: Quote) -> bool:
    """Whether a prediction shares at least half of the shorter of the two contents."""
    shared = overlaps(*gold, quote.content.start, quote.content.end)
    shorter = min(gold[1] - gold[0], quote.content.end - quote.content.start)
    return shorter > 0 and shared * 2 >= shorter


def _hits(result: ArticleResult, actor_id: str | None, where: Spans) -> bool:
    actor = result.actor(actor_id) if actor_id else None
    mentions = [(m.start, m.end) for m in actor.mentions] if actor else []
    return any(overlaps(*m, *w) for m in mentions for w in where)


def speaker_right(result: ArticleResult, quote: Quote, gold_speaker: str) -> bool:
    """Whether the quote's speaker actor or speaker span is on the gold speaker's words."""
    where = occurrences(result.article.text, gold_speaker)
    span = quote.speaker_span
    if span is not None and any(overlaps(span.start, span.end, *w) for w in where):
        return True
    return _hits(result, quote.speaker, where)


@dataclass
class QuotesScorer:
    """Tallies quote recall by kind, speakers, channels, organisations and precision."""

    n: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    errors: ErrorSample = field(default_factory=ErrorSample)

    def _bump(self, key: str, by: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + by

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        text = result.article.text
        used: set[int] = set()
        for g in gold["quotes"]:
            self._gold_quote(str(gold["id"]), g, result, used)
        self._bump("predicted", len(result.quotes))
        self._bump("predicted_right", len(used))
        scare = [s for q in gold.get("not_quotes") or [] for s in occurrences(text, q)]
        for q in result.quotes:
            size = q.content.end - q.content.start
            if any(2 * overlaps(q.content.start, q.content.end, *s) >= size for s in scare):
                self._bump("false_quotes")
                self.errors.add(gold["id"], "not_quote", None, q.content.text)

    def _gold_quote(self, item: str, g: JSON, result: ArticleResult, used: set[int]) -> None:
        where = occurrences(result.article.text, g["content"])
        if not where:
            raise ValueError(f"quote content {g['content']!r} is not in the text")
        direct = bool(g.get("direct", True))
        kind = "direct" if direct and len(g["content"]) >= MIN_DIRECT_CHARS else "other"
        kind = kind if direct else "indirect"
        self._bump(f"n_{kind}")
        match = next(
            (
                (n, q)
                for n, q in enumerate(result.quotes)
                if n not in used and (q.direct or not direct) and content_match(where[0], q)
            ),
            None,
        )
        if match is None:
            self.errors.add(item, f"{kind} quote", g["content"], None)
            return
        used.add(match[0])
        self._matched(item, kind, g, result, match[1])

    def _matched(self, item: str, kind: str, g: JSON, result: ArticleResult, q: Quote) -> None:
        self._bump(f"found_{kind}")
        right = speaker_right(result, q, g["speaker"])
        self._bump(f"speaker_{kind}", right)
        if not right:
            actor = result.actor(q.speaker) if q.speaker else None
            span = q.speaker_span.text if q.speaker_span else None
            self.errors.add(item, "speaker", g["speaker"], actor.name if actor else span)
        self._bump("n_channel")
        self._bump("channel_right", q.channel == g.get("channel"))
        if q.channel != g.get("channel"):
            self.errors.add(item, "channel", g.get("channel"), q.channel)
        if g.get("speaking_for"):
            self._bump("n_speaking_for")
            where = occurrences(result.article.text, g["speaking_for"])
            right = _hits(result, q.speaking_for, where)
            self._bump("speaking_for_right", right)
            if not right:
                org = result.actor(q.speaking_for) if q.speaking_for else None
                self.errors.add(item, "speaking_for", g["speaking_for"], org.name if org else None)

    def finish(self) -> Scores:
        c = self.counts.get
        metrics: dict[str, float] = {
            "direct_found": ratio(c("found_direct", 0), c("n_direct", 0)),
            "direct_speaker": ratio(c("speaker_direct", 0), c("n_direct", 0)),
            "indirect_found": ratio(c("found_indirect", 0), c("n_indirect", 0)),
            "indirect_speaker": ratio(c("speaker_indirect", 0), c("n_indirect", 0)),
            "precision": ratio(c("predicted_right", 0), c("predicted", 0)),
            "channel_accuracy": ratio(c("channel_right", 0), c("n_channel", 0)),
            "speaking_for_accuracy": ratio(c("speaking_for_right", 0), c("n_speaking_for", 0)),
            "false_quotes": c("false_quotes", 0),
        }
        for key in ("n_direct", "n_indirect", "predicted", "n_speaking_for"):
            metrics[key] = c(key, 0)
        return Scores(self.n, metrics, {}, self.errors.items)


TASK = Task(
    name="quotes",
    summary="direct quotes (20+ chars) found and attributed, indirect quotes, channels",
    expected=EXPECTED,
    required=("id", "text", "quotes"),
    to_article=to_article,
    scorer=QuotesScorer,
    file_hints=("quote",),
)
