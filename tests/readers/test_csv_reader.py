"""CSV and TSV files: a ``text`` column, optional columns, errors named by the row's line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import ArticleTooLargeError, BadRecordError, EncodingError, InputError
from eventwire.readers import ReadOptions, read_csv_file, read_inputs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"


def _read(path: Path, **kwargs: object) -> tuple[list[str], list[tuple[str, str, str]]]:
    errors: list[InputError] = []
    articles = read_inputs([str(path)], on_error=errors.append, **kwargs)  # type: ignore[arg-type]
    ids = [a.id for a in articles]
    return ids, [(type(e).__name__, e.where, e.reason) for e in errors]


def test_csv_reads_rows_and_reports_bad_ones_by_line() -> None:
    path = FIXTURES / "articles.csv"
    ids, errors = _read(path)
    assert ids == ["csv-1", "csv-2", "csv-5"]
    # csv-2 spans lines 3-4, so the row without text starts on line 5.
    assert errors == [
        ("BadRecordError", f"{path}:5", "row without text (the 'text' cell is missing or empty)"),
        ("BadRecordError", f"{path}:6", "bad date 'not-a-date' in field 'published'"),
    ]


def test_csv_columns_and_defaults() -> None:
    articles = list(
        read_inputs([str(FIXTURES / "articles.csv")], source="Default", on_error=lambda e: None)
    )
    first, second, third = articles
    assert (first.source, first.url, first.title) == (
        "Metro Post",
        "https://example.org/csv-1",
        "Nurses strike",
    )
    assert second.text.endswith("He will be replaced by his deputy, officials said.")
    assert (second.source, second.url, second.title) == ("Default", None, None)
    assert third.published == dt.date(2022, 5, 15)


@pytest.mark.parametrize(
    ("name", "content", "expected_texts", "expected_errors"),
    [
        ("a.tsv", "title\ttext\nT\tTabbed text.\n", ["Tabbed text."], []),
        (
            "b.csv",
            "\ufeffText\r\nWindows line ends.\r\n\r\nAfter a blank line.\r\n",
            ["Windows line ends.", "After a blank line."],
            [],
        ),
        ("c.csv", "body,id\nNo text column,1\n", [], [("BadRecordError", 1)]),
        ("d.csv", "", [], [("EmptyArticleError", None)]),
        ("e.csv", "id,text\n1\n2,Short row.\n", ["Short row."], [("BadRecordError", 2)]),
    ],
)
def test_csv_shapes(
    tmp_path: Path,
    name: str,
    content: str,
    expected_texts: list[str],
    expected_errors: list[tuple[str, int | None]],
) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode())
    errors: list[InputError] = []
    texts = [a.text for a in read_inputs([str(path)], on_error=errors.append)]
    assert texts == expected_texts
    wheres = [str(path) if line is None else f"{path}:{line}" for _, line in expected_errors]
    assert [(type(e).__name__, e.where) for e in errors] == [
        (kind, where) for (kind, _), where in zip(expected_errors, wheres, strict=True)
    ]


def test_csv_bad_bytes_fail_only_their_row(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b'text,id\nGood one.,1\n"A row over\ntwo lines, \xff",2\nGood two.,3\n')
    items = list(read_csv_file(path, "f.csv", ReadOptions()))
    # The row starts on line 3; the error names line 4, where the bad byte is.
    assert isinstance(items[1], EncodingError) and items[1].where == "f.csv:4"
    assert [item[1].text for item in items if not isinstance(item, InputError)] == [
        "Good one.",
        "Good two.",
    ]


def test_csv_cell_over_the_limit_is_too_large_and_next_row_read(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("text\n" + "x" * 300_000 + "\nNext row.\n", encoding="utf-8")
    errors: list[InputError] = []
    articles = list(read_inputs([str(path)], max_chars=200_000, on_error=errors.append))
    # csv's own field limit is process-wide, so the error may come from csv or from the checks.
    assert [(type(e), e.where) for e in errors] == [(ArticleTooLargeError, f"{path}:2")]
    assert "input.max_chars" in errors[0].reason
    assert [a.text for a in articles] == ["Next row."]


def test_csv_strict_mode_raises_row_without_text() -> None:
    with pytest.raises(BadRecordError) as caught:
        list(read_inputs([str(FIXTURES / "articles.csv")]))
    assert caught.value.where.endswith("articles.csv:5")
