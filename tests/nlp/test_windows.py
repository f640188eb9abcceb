"""Long articles in windows: where the text is cut, how window results merge, and that the
pipeline's cost per window does not depend on how long the article is."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventwire.extract import Pipeline
from eventwire.nlp.events import component as events_module
from eventwire.nlp.pipeline import process
from eventwire.nlp.windows import merge_windows, split_article, window_bounds
from eventwire.records import (
    Actor,
    Article,
    ArticleResult,
    Event,
    EventDate,
    Place,
    Quote,
    Span,
    TimeExpr,
)

# A block of news text with two mentions of one happening ("arrested" ... "The arrests"), so
# event grouping has pairs to compare; blocks are repeated to make long articles.
BLOCK = (
    "Police arrested twelve activists in Harare on Monday, witnesses said. "
    "The arrests came a day after thousands of students protested in Harare.\n\n"
    '"We will not be silenced," said opposition leader Nelson Chamisa in a statement. '
    "Zimbabwe's government accused the protesters of violence."
)


def _long_text(blocks: int) -> str:
    return "\n\n".join([BLOCK] * blocks)


def test_windows_bounds_cut_at_paragraph_breaks() -> None:
    text = "\n\n".join(f"Paragraph {i} says something short." for i in range(40))
    bounds = window_bounds(text, 200)
    assert len(bounds) > 1
    assert all(end - start <= 200 for start, end in bounds)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    for (_, end), (start, _) in zip(bounds, bounds[1:], strict=False):
        assert text[end:start] == "\n\n"  # only the break between windows is left out
    assert all(text[start:end].startswith("Paragraph") for start, end in bounds)


@pytest.mark.parametrize(
    ("text", "size", "cuts"),
    [
        ("one line\nanother line\nthird line", 14, ["one line", "another line", "third line"]),
        ("First one. Second one. Third one.", 15, ["First one.", "Second one.", "Third one."]),
        ("a" * 25, 10, ["a" * 10, "a" * 10, "a" * 5]),  # no break at all: a hard cut
    ],
)
def test_windows_bounds_fall_back_to_smaller_breaks(text: str, size: int, cuts: list[str]) -> None:
    assert [text[s:e] for s, e in window_bounds(text, size)] == cuts


def test_windows_short_article_is_the_article_itself() -> None:
    article = Article(id="x", text="Police arrested twelve activists in Harare.")
    assert split_article(article, 1000) == [(article, 0)]


def test_windows_pieces_keep_the_article_context() -> None:
    article = Article(
        id="x", text=_long_text(3), published=dt.date(2021, 11, 7), url="https://example.org/a"
    )
    pieces = split_article(article, len(BLOCK) + 10)
    assert len(pieces) == 3
    for piece, offset in pieces:
        assert article.text[offset : offset + len(piece.text)] == piece.text
        assert (piece.id, piece.published, piece.url) == ("x", article.published, article.url)


def _part(actor_name: str) -> ArticleResult:
    """A window result: one actor, one place, one dated event and a quote about it."""
    text = f"{actor_name} condemned the attack in Baghdad on Sunday."

    def span(words: str) -> Span:
        return Span(words, text.index(words), text.index(words) + len(words))

    sunday = span("Sunday")
    return ArticleResult(
        article=Article(id="x", text=text),
        actors=[Actor("a1", actor_name, "person", "IRQ", mentions=[span(actor_name)])],
        places=[Place("p1", "Baghdad", geonameid=98182, mentions=[span("Baghdad")])],
        times=[TimeExpr("Sunday", sunday.start, sunday.end, value="2021-11-07")],
        events=[
            Event(
                "e1",
                "ACCUSE",
                trigger=span("condemned"),
                sentence=span(text),
                source=["a1"],
                place="p1",
                date=EventDate("2021-11-07", text="Sunday", start=sunday.start, end=sunday.end),
            )
        ],
        quotes=[Quote("q1", span("the attack"), speaker="a1", events=["e1"])],
    )


def test_windows_merge_shifts_offsets_and_renumbers_ids() -> None:
    first, second, third = _part("Barham Salih"), _part("Ned Price"), _part("Barham Salih")
    texts = [first.article.text, second.article.text, third.article.text]
    article = Article(id="x", text="\n\n".join(texts))
    offsets = [0, len(texts[0]) + 2, len(texts[0]) + len(texts[1]) + 4]
    merged = merge_windows(article, list(zip(offsets, [first, second, third], strict=True)))

    # The same actor and place in several windows are one record holding every mention.
    assert [(a.id, a.name) for a in merged.actors] == [("a1", "Barham Salih"), ("a2", "Ned Price")]
    assert [m.start for m in merged.actors[0].mentions] == [0, offsets[2]]
    assert [p.id for p in merged.places] == ["p1"] and len(merged.places[0].mentions) == 3
    assert [e.id for e in merged.events] == ["e1", "e2", "e3"]
    assert [e.source for e in merged.events] == [["a1"], ["a2"], ["a1"]]
    assert [q.events for q in merged.quotes] == [["e1"], ["e2"], ["e3"]]
    assert [q.speaker for q in merged.quotes] == ["a1", "a2", "a1"]
    spans = [m for a in merged.actors for m in a.mentions]
    spans += [m for p in merged.places for m in p.mentions]
    spans += [s for e in merged.events for s in (e.trigger, e.sentence)]
    spans += [q.content for q in merged.quotes]
    assert all(article.text[s.start : s.end] == s.text for s in spans)
    assert all(article.text[t.start : t.end] == t.text for t in merged.times)
    dates = [e.date for e in merged.events if e.date]
    assert all(article.text[d.start : d.end] == d.text for d in dates if d.start is not None)


def test_windows_long_article_offsets_point_at_its_words(pipeline: Pipeline) -> None:
    text = _long_text(3)
    article = Article(id="long", text=text, published=dt.date(2024, 3, 6))
    window = len(BLOCK) + 10  # one block per window
    assert len(split_article(article, window)) == 3
    result = next(process(pipeline.nlp, [article], batch_size=1, window_chars=window))
    single = pipeline(Article(id="one", text=BLOCK, published=dt.date(2024, 3, 6)))

    # Each window finds what the block alone gives, at the block's place in the article.
    assert len(result.events) == 3 * len(single.events) > 0
    assert len({e.id for e in result.events}) == len(result.events)
    starts = [text.index(BLOCK, i * len(BLOCK)) for i in range(3)]
    triggers = [e.trigger for e in result.events if e.trigger.text == "arrested"]
    assert [t.start for t in triggers] == [s + BLOCK.index("arrested") for s in starts]
    actor_ids = {a.id for a in result.actors}
    assert len(actor_ids) == len(result.actors) == len(single.actors)
    for event in result.events:
        assert text[event.sentence.start : event.sentence.end] == event.sentence.text
        assert set(event.source) | set(event.target) <= actor_ids
    for actor in result.actors:
        assert all(text[m.start : m.end] == m.text for m in actor.mentions)
    for quote in result.quotes:
        assert text[quote.content.start : quote.content.end] == quote.content.text
        assert set(quote.events) <= {e.id for e in result.events}


def _count_joins(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record the types of every (mention, happening) pair the event grouping compares."""
    calls: list[tuple[str, str]] = []
    real = events_module._joins

    def counting(m: Any, h: Any, *args: Any) -> bool:
        calls.append((m.entry.type, h.type))
        return real(m, h, *args)

    monkeypatch.setattr(events_module, "_joins", counting)
    return calls


def test_events_grouping_compares_only_events_of_the_same_type(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_joins(monkeypatch)
    pipeline(Article(id="b", text=BLOCK, published=dt.date(2024, 3, 6)))
    assert calls and all(mine == theirs for mine, theirs in calls)


def test_events_grouping_work_grows_linearly_with_windows(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Compared pairs per window stay the same however long the article: no event is compared
    # with the events of every other window.
    calls = _count_joins(monkeypatch)
    counts = []
    for blocks in (1, 2, 6):
        calls.clear()
        article = Article(id=str(blocks), text=_long_text(blocks), published=dt.date(2024, 3, 6))
        next(process(pipeline.nlp, [article], batch_size=1, window_chars=len(BLOCK) + 10))
        counts.append(len(calls))
    assert counts[0] > 0
    assert counts == [counts[0], 2 * counts[0], 6 * counts[0]]
