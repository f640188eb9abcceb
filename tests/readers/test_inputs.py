"""read_inputs: folders, mixed good and bad input, strict mode, standard input, stable ids."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from eventwire.errors import (
    ArticleTooLargeError,
    BadRecordError,
    EmptyArticleError,
    EncodingError,
    InputError,
    UnreadableInputError,
)
from eventwire.readers import read_inputs
from eventwire.records import Article

from .test_text import write_big_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
GOOD_TEXT = "Police said the protest in the capital ended peacefully on Saturday evening."


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """A folder of good and bad inputs, in nested and hidden folders."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "a_good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "b_binary.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_lines.jsonl").write_text(
        '{"text": "The first good line."}\n'
        '{"text": "A broken line" "here"}\n'
        '{"id": "third", "text": "The third good line."}\n',
        encoding="utf-8",
    )
    write_big_text(folder / "e_huge.txt", 20)
    shutil.copy(FIXTURES / "header_article.txt", folder / "sub" / "f_header.txt")
    (folder / ".hidden" / "skipped.txt").write_text("Never read.", encoding="utf-8")
    (folder / ".dotfile.txt").write_text("Never read.", encoding="utf-8")
    return folder


def test_inputs_folder_reads_good_and_reports_each_bad_once(mixed_folder: Path) -> None:
    errors: list[InputError] = []
    articles = list(read_inputs([str(mixed_folder)], on_error=errors.append))
    assert [a.text[:20] for a in articles] == [
        GOOD_TEXT[:20],
        "The first good line.",
        "The third good line.",
        "The mayor of the coa",
    ]
    expected = [
        (UnreadableInputError, "b_binary.bin", "binary file"),
        (EmptyArticleError, "c_empty.txt", "empty article"),
        (BadRecordError, "d_lines.jsonl:2", "broken JSON: Expecting ',' delimiter at column 26"),
    ]
    got = [(type(e), e.where, e.reason) for e in errors]
    assert got[:3] == [(kind, str(mixed_folder / name), why) for kind, name, why in expected]
    assert len(got) == 4
    kind, where, reason = got[3]
    assert (kind, where) == (ArticleTooLargeError, str(mixed_folder / "e_huge.txt"))
    assert reason.startswith("file has more than the limit of") and "input.max_chars" in reason


def test_inputs_strict_mode_raises_first_error(mixed_folder: Path) -> None:
    articles = read_inputs([str(mixed_folder)])
    assert next(articles).text == GOOD_TEXT
    with pytest.raises(UnreadableInputError) as caught:
        next(articles)
    assert caught.value.where == str(mixed_folder / "b_binary.bin")


def test_inputs_glob_selects_files(mixed_folder: Path) -> None:
    errors: list[InputError] = []
    articles = list(read_inputs([str(mixed_folder)], glob="**/*.jsonl", on_error=errors.append))
    assert [a.text for a in articles] == ["The first good line.", "The third good line."]
    assert [e.where for e in errors] == [str(mixed_folder / "d_lines.jsonl:2")]


def test_inputs_keep_argument_order_and_read_unknown_extensions_as_text(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(GOOD_TEXT, encoding="utf-8")
    paths = [str(FIXTURES / "plain_article.txt"), str(notes), str(FIXTURES / "articles.jsonl")]
    articles = list(read_inputs(paths))
    assert articles[1].text == GOOD_TEXT
    assert articles[0].text.startswith("Farmers blocked")
    assert articles[2].id == "wire-001"


@pytest.mark.parametrize(
    "stream",
    [
        io.StringIO(f"\n\n{GOOD_TEXT}\n"),
        io.BytesIO(f"\ufeff{GOOD_TEXT}\n".encode()),
        io.BytesIO(f"date 2021-05-06 Stdin Wire/ {GOOD_TEXT}".encode()),
    ],
)
def test_inputs_stdin_text(stream: io.StringIO | io.BytesIO) -> None:
    [article] = read_inputs(["-"], stdin=stream, published=dt.date(2020, 1, 1))
    assert article.text.strip() == GOOD_TEXT
    if article.source == "Stdin Wire":
        assert article.published == dt.date(2021, 5, 6)
    else:
        assert article.published == dt.date(2020, 1, 1)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_inputs_stdin_jsonl(as_bytes: bool) -> None:
    content = '\n  {"id": "s1", "text": "First line."}\n{"text": \n{"text": "Third."}\n'
    stream = io.BytesIO(content.encode()) if as_bytes else io.StringIO(content)
    errors: list[InputError] = []
    articles = list(read_inputs(["-"], stdin=stream, on_error=errors.append))
    assert [a.text for a in articles] == ["First line.", "Third."]
    assert articles[0].id == "s1"
    assert [(type(e), e.where) for e in errors] == [(BadRecordError, "<stdin>:3")]


def test_inputs_stdin_bad_bytes_and_size() -> None:
    errors: list[InputError] = []
    stream = io.BytesIO(b"Bad \xc3 byte in text.")
    assert list(read_inputs(["-"], stdin=stream, on_error=errors.append)) == []
    big = io.StringIO(GOOD_TEXT * 100)
    assert list(read_inputs(["-"], stdin=big, max_chars=100, on_error=errors.append)) == []
    assert [(type(e), e.where) for e in errors] == [
        (EncodingError, "<stdin>"),
        (ArticleTooLargeError, "<stdin>"),
    ]


def test_inputs_ids_are_stable_and_depend_on_source(tmp_path: Path) -> None:
    path = FIXTURES / "plain_article.txt"
    first = [a.id for a in read_inputs([str(path), str(FIXTURES / "articles.jsonl")])]
    again = [a.id for a in read_inputs([str(path), str(FIXTURES / "articles.jsonl")])]
    assert first == again
    text = path.read_text(encoding="utf-8")
    assert first[0] == Article.make_id(None, text)
    [other] = read_inputs([str(path)], source="Farm Weekly")
    assert other.id == Article.make_id("Farm Weekly", text) != first[0]


def test_inputs_unreadable_paths_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "gone.txt").symlink_to(tmp_path / "vanished.txt")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        # chmod does not stop root, so the refusal is simulated.
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    missing = tmp_path / "missing.txt"
    errors: list[InputError] = []
    paths = [str(missing), str(folder), str(locked), str(FIXTURES / "plain_article.txt")]
    good = list(read_inputs(paths, on_error=errors.append))
    assert len(good) == 1
    assert [(type(e), e.where, e.reason) for e in errors] == [
        (UnreadableInputError, str(missing), "no such file or directory"),
        (UnreadableInputError, str(folder / "gone.txt"), "no such file or directory"),
        (UnreadableInputError, str(locked), "permission denied"),
    ]
