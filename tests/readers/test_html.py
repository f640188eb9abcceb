"""HTML pages (main text, title, URL, date) and HTML fragments, read without the network."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from eventwire.errors import EmptyArticleError, InputError, UnreadableInputError
from eventwire.readers import read_inputs
from eventwire.readers.html import fragment_to_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to open a connection fail the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
def test_html_main_text_title_url_date() -> None:
    [article] = read_inputs([str(FIXTURES / "page.html")], source="Default")
    assert "Emergency crews evacuated more than two hundred homes" in article.text
    assert "an inquiry into the failure of the barriers" in article.text
    for boilerplate in ("Privacy policy", "All rights reserved", "Sport"):
        assert boilerplate not in article.text
    assert article.title == "Flood defences fail in river town"
    assert article.url == "https://valley-courier.example/news/flood-defences"
    assert article.published == dt.date(2022, 9, 14)
    assert article.source == "Valley Courier"


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("https://example.com/would-be-downloaded-if-passed-as-a-string", UnreadableInputError),
        ("<html><head><title>Only a title</title></head><body></body></html>", EmptyArticleError),
        ("", EmptyArticleError),
        ("  \n ", EmptyArticleError),
    ],
)
def test_html_without_main_text_is_reported_offline(
    tmp_path: Path, content: str, error: type[InputError]
) -> None:
    path = tmp_path / "page.htm"
    path.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    assert list(read_inputs([str(path)], on_error=errors.append)) == []
    assert [(type(e), e.where) for e in errors] == [(error, str(path))]


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One.</p><p>Two <b>bold</b> words.</p>", "One.\n\nTwo bold words."),
        ("Line one<br>line two", "Line one\nline two"),
        ("Fish &amp; chips &lt;3", "Fish & chips <3"),
        ("<ul><li>a</li><li>b</li></ul>", "a\n\nb"),
        ("<script>var x = 1;</script><p>Kept.</p>", "Kept."),
        ("Plain text, no tags.", "Plain text, no tags."),
        ("   ", ""),
    ],
)
def test_html_fragment_to_text(fragment: str, text: str) -> None:
    assert fragment_to_text(fragment) == text
