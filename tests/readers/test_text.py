"""Plain-text files and the seed-style ``date YYYY-MM-DD SOURCE/`` header."""

from __future__ import annotations

import datetime as dt
import os
import tracemalloc
from pathlib import Path

import pytest

from eventwire.errors import (
    ArticleTooLargeError,
    BadRecordError,
    EncodingError,
    InputError,
    UnreadableInputError,
)
from eventwire.readers import ReadOptions, parse_text, read_inputs
from eventwire.readers.inputs import read_file
from eventwire.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO / ".." / "shared"))
SEED = SHARED / "seed" / "000_6def12aec7829814.txt"


def _read_one(path: Path, **kwargs: object) -> Article:
    articles = list(read_inputs([str(path)], **kwargs))  # type: ignore[arg-type]
    assert len(articles) == 1
    return articles[0]


def test_text_header_gives_date_source_and_body() -> None:
    path = FIXTURES / "header_article.txt"
    article = _read_one(path, source="ignored", published=dt.date(2000, 1, 1))
    assert article.published == dt.date(2023, 4, 18)
    assert article.source == "Harbor Gazette"
    assert article.text.startswith("The mayor of the coastal town of Port Evelyn")
    assert "date 2023" not in article.text
    assert "Police said two men had been detained" in article.text
    assert article.id == Article.make_id("Harbor Gazette", article.text)


@pytest.mark.skipif(not SEED.is_file(), reason=f"seed article not found at {SEED}")
def test_text_header_on_real_seed() -> None:
    article = _read_one(SEED)
    assert article.published == dt.date(2021, 11, 7)
    assert article.source == "Shafaq News"
    assert article.text.startswith("The Iraqi President")


def test_text_without_header_is_whole_file_with_argument_defaults() -> None:
    path = FIXTURES / "plain_article.txt"
    article = _read_one(path, published=dt.date(2022, 2, 2), source="Farm Weekly")
    assert article.text == path.read_text(encoding="utf-8")
    assert (article.published, article.source) == (dt.date(2022, 2, 2), "Farm Weekly")


@pytest.mark.parametrize(
    ("content", "published", "source", "text"),
    [
        ("date 2021-01-02 Wire/Body here.", dt.date(2021, 1, 2), "Wire", "Body here."),
        ("\n date 2021-01-02 Two Words/\n\n Next.\n", dt.date(2021, 1, 2), "Two Words", "Next.\n"),
        ("date 2021-01-02 /No source.", dt.date(2021, 1, 2), "Default", "No source."),
        ("The date 2021-01-02 X/ is not at the start.", None, "Default", None),
        ("date 21-01-02 X/ short year is no header", None, "Default", None),
    ],
)
def test_text_header_shapes(
    content: str, published: dt.date | None, source: str, text: str | None
) -> None:
    item = parse_text(content, "f.txt", ReadOptions(source="Default"))
    assert not isinstance(item, InputError)
    article = item[1]
    assert (article.published, article.source) == (published, source)
    assert article.text == (content if text is None else text)


def test_text_header_with_impossible_date_is_bad_record() -> None:
    item = parse_text("date 2021-13-40 Wire/ Body.", "f.txt", ReadOptions())
    assert isinstance(item, BadRecordError)
    assert item.where == "f.txt:1"
    assert "2021-13-40" in item.reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeffHello world.".encode(), "Hello world."),
        ("Café au lait, naïve résumé.".encode(), "Café au lait, naïve résumé."),
    ],
)
def test_text_decodes_utf8_with_or_without_bom(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert _read_one(path).text == expected


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"Price: 10 \xff euros", EncodingError, "not valid UTF-8 (byte 0xff at 10)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", UnreadableInputError, "binary file"),
        (bytes(range(1, 9)) * 200, UnreadableInputError, "binary file"),
        (b"text " * 5000 + b"\x00 late NUL", UnreadableInputError, "binary file"),
        ("utf-16 text".encode("utf-16"), EncodingError, "UTF-16 text; save the file as UTF-8"),
    ],
)
def test_text_bad_bytes_are_reported(
    tmp_path: Path, data: bytes, error: type[InputError], reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    items = list(read_file(path, ReadOptions()))
    assert len(items) == 1
    assert type(items[0]) is error
    assert (items[0].where, items[0].reason) == (str(path), reason)


def write_big_text(path: Path, mebibytes: int) -> int:
    """Write an English text file of exactly ``mebibytes`` MiB, one MiB at a time."""
    line = b"All work and no play makes a dull news day.\n"
    block = (line * (2**20 // len(line) + 1))[: 2**20]
    with path.open("wb") as stream:
        for _ in range(mebibytes):
            stream.write(block)
    return mebibytes * 2**20


def test_text_huge_file_rejected_without_loading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    size = write_big_text(path, 20)
    tracemalloc.start()
    items = list(read_file(path, ReadOptions(max_chars=1_000_000)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(items) == 1 and isinstance(items[0], ArticleTooLargeError)
    # One unit: characters, what the limit counts (not the file's bytes).
    assert items[0].reason == (
        "file has more than the limit of 1,000,000 characters (setting input.max_chars)"
    )
    assert size > 1_000_000
    assert peak < 8 * 10**6, "the file was loaded instead of counted chunk by chunk"


def test_text_multibyte_file_over_byte_limit_but_within_char_limit_is_read(tmp_path: Path) -> None:
    # 600 three-byte characters: 1,800 bytes but 600 characters, under a 1,000-character limit.
    text = "The report was filed. " + "ア" * 600
    path = tmp_path / "wide.txt"
    path.write_text(text, encoding="utf-8")
    items = list(read_file(path, ReadOptions(max_chars=1_000)))
    assert not isinstance(items[0], InputError)
    assert items[0][1].text == text
