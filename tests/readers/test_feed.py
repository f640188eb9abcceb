"""RSS and Atom feeds: one article per entry, read from local files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import feedparser
import pytest

from eventwire.errors import EmptyArticleError, InputError, UnreadableInputError
from eventwire.readers import read_inputs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"


def test_feed_rss_entries_and_empty_entry_reported() -> None:
    path = FIXTURES / "feed.rss"
    errors: list[InputError] = []
    [article] = read_inputs([str(path)], on_error=errors.append)
    assert article.text == (
        "The ferry company suspended all crossings on Monday after a storm damaged the main "
        "pier.\n\nEngineers said repairs could take two weeks."
    )
    assert (article.id, article.title, article.url) == (
        "lakeside-ferry-1",
        "Ferry service suspended after storm",
        "https://lakeside-herald.example/ferry",
    )
    assert (article.source, article.published) == ("Lakeside Herald", dt.date(2022, 10, 10))
    assert [(type(e), e.where, e.reason) for e in errors] == [
        (EmptyArticleError, f"{path}:entry 2", "empty article")
    ]


def test_feed_atom_content_and_updated_date() -> None:
    [article] = read_inputs([str(FIXTURES / "feed.atom")])
    assert article.text.startswith("Miners ended a three-day sit-in at the colliery")
    assert "<p>" not in article.text
    assert (article.source, article.published) == ("Highland Times", dt.date(2022, 11, 2))
    assert article.url == "https://highland-times.example/miners"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("broken.xml", "this is <not a feed"),
        ("words.atom", "Just some words, no markup at all."),
        ("catalog.xml", '<?xml version="1.0"?><catalog><book id="1"/></catalog>'),
    ],
)
def test_feed_unparseable_file_reported_once(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    assert list(read_inputs([str(path)], on_error=errors.append)) == []
    assert len(errors) == 1 and isinstance(errors[0], UnreadableInputError)
    assert errors[0].reason.startswith("not a readable RSS/Atom feed")


def test_feed_without_entries_is_not_an_error(tmp_path: Path) -> None:
    path = tmp_path / "quiet.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>',
        encoding="utf-8",
    )
    assert list(read_inputs([str(path)])) == []


def test_feed_url_goes_to_feedparser(monkeypatch: pytest.MonkeyPatch) -> None:
    local = (FIXTURES / "feed.atom").read_bytes()
    asked: list[object] = []
    real_parse = feedparser.parse

    def fake_parse(url: object) -> object:
        # Stands in for the download: the test stays offline.
        asked.append(url)
        return real_parse(local)

    monkeypatch.setattr(feedparser, "parse", fake_parse)
    url = "https://highland-times.example/feed.atom"
    [article] = read_inputs([url])
    assert asked == [url]
    assert article.title == "Miners end sit-in at colliery"
