"""JSON Lines: fields, dates, blank lines, and one bad line among good ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import BadRecordError, EncodingError, InputError
from eventwire.readers import ReadOptions, parse_date, read_inputs, read_jsonl_lines
from eventwire.records import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"


def test_jsonl_reads_fields_and_skips_blank_lines() -> None:
    errors: list[InputError] = []
    articles = list(read_inputs([str(FIXTURES / "articles.jsonl")], on_error=errors.append))
    assert errors == []
    assert [a.id for a in articles][0::2] == ["wire-001", "7"]
    first = articles[0]
    assert (first.source, first.url, first.title) == (
        "Coastal Wire",
        "https://example.org/wire-001",
        "Dock workers strike",
    )
    assert [a.published for a in articles] == [dt.date(2022, 3, d) for d in (4, 5, 6, 7)]
    assert articles[1].text == "  Text with leading spaces is kept exactly as given.\n"
    assert articles[1].id == Article.make_id(None, articles[1].text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-11-07", dt.date(2021, 11, 7)),
        ("20211107", dt.date(2021, 11, 7)),
        (20211107, dt.date(2021, 11, 7)),
        ("2021-11-07T10:00:00Z", dt.date(2021, 11, 7)),
        ("2021-11-07T23:30:00-05:00", dt.date(2021, 11, 7)),
        ("2021-11-07 08:00", dt.date(2021, 11, 7)),
        (" 2021-11-07 ", dt.date(2021, 11, 7)),
        ("2021/11/07", dt.date(2021, 11, 7)),
        ("7 November 2021", dt.date(2021, 11, 7)),
        ("Nov 7, 2021", dt.date(2021, 11, 7)),
        ("Sun, 07 Nov 2021 10:00:00 GMT", dt.date(2021, 11, 7)),
    ],
)
def test_jsonl_parse_date_accepts_common_forms(value: object, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["2021-13-01", "20211340", "yesterday", "", True, 3.5, ["2021"]])
def test_jsonl_parse_date_rejects_non_dates(value: object) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


@pytest.mark.parametrize(
    ("line", "error", "reason"),
    [
        ('{"text": "a" "b"}', BadRecordError, "broken JSON: Expecting ',' delimiter at column 14"),
        ('{"text": "a', BadRecordError, "broken JSON: Unterminated string starting at column 10"),
        ('["text"]', BadRecordError, "expected a JSON object, got list"),
        ('{"id": "x"}', BadRecordError, "no text (the 'text' field is missing or empty)"),
        ('{"text": ""}', BadRecordError, "no text (the 'text' field is missing or empty)"),
        ('{"text": 5}', BadRecordError, "field 'text' is int, expected a string"),
        ('{"text": "t", "url": ["x"]}', BadRecordError, "field 'url' is list, expected a string"),
        ('{"text": "t", "date": "soon"}', BadRecordError, "bad date 'soon' in field 'date'"),
        (b'{"text": "caf\xe9"}', EncodingError, "not valid UTF-8 (byte 0xe9 at 13)"),
    ],
)
def test_jsonl_bad_line_reported_and_next_line_read(
    line: str | bytes, error: type[InputError], reason: str
) -> None:
    good = '{"text": "Good record."}'
    lines = [line, good.encode() if isinstance(line, bytes) else good]
    items = list(read_jsonl_lines(lines, "in.jsonl", ReadOptions()))
    assert len(items) == 2
    assert type(items[0]) is error
    assert (items[0].where, items[0].reason) == ("in.jsonl:1", reason)
    assert not isinstance(items[1], InputError)
    where, article = items[1]
    assert (where, article.text) == ("in.jsonl:2", "Good record.")


def test_jsonl_record_fields_win_over_defaults_and_defaults_fill_gaps() -> None:
    lines = [
        '{"text": "One.", "source": "Own", "published": "2020-01-01"}',
        '{"text": "Two."}',
    ]
    options = ReadOptions(published=dt.date(1999, 9, 9), source="Default")
    articles = [item[1] for item in read_jsonl_lines(lines, "x", options)]  # type: ignore[index]
    assert [(a.source, a.published) for a in articles] == [
        ("Own", dt.date(2020, 1, 1)),
        ("Default", dt.date(1999, 9, 9)),
    ]


def test_jsonl_line_numbers_count_blank_lines_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "First."}\n\n   \n{"text": \n{"text": "Last."}\n')
    errors: list[InputError] = []
    articles = list(read_inputs([str(path)], on_error=errors.append))
    assert [a.text for a in articles] == ["First.", "Last."]
    assert [e.where for e in errors] == [f"{path}:4"]
