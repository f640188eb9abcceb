"""eventwire_times: finding time expressions in a doc (the values: ``test_timex.py``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.nlp import times
from eventwire.nlp.pipeline import load_base
from eventwire.nlp.times import timex

# A Sunday, so "Sunday" is the publication day and "Friday" two days before.
PUBLISHED = dt.date(2021, 11, 7)


@pytest.fixture(scope="module")
def nlp() -> Language:
    model = load_base()
    model.add_pipe("eventwire_times")
    return model


def _run(nlp: Language, text: str, published: dt.date | None = PUBLISHED) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demonstrators clashed with police on Friday.", [("Friday", "DATE", "2021-11-05")]),
        ("The ministers will meet on Friday.", [("Friday", "DATE", "2021-11-12")]),
        ("The leaders plan to meet on Friday.", [("Friday", "DATE", "2021-11-12")]),
        ("The contract may be signed on Friday.", [("Friday", "DATE", "2021-11-12")]),
        ("Talks are scheduled for Monday.", [("Monday", "DATE", "2021-11-08")]),
        (
            "The minister tweeted earlier today, Sunday, about the attack.",
            [("earlier today", "DATE", "2021-11-07"), ("Sunday", "DATE", "2021-11-07")],
        ),
        ("A drone hit the residence early on Sunday.", [("Sunday", "DATE", "2021-11-07")]),
        ("The vote was held last month.", [("last month", "DATE", "2021-10")]),
        ("Hundreds of protesters were killed in 2019.", [("2019", "DATE", "2019")]),
        ("The results of the October election were disputed.", [("October", "DATE", "2021-10")]),
        (
            "Police arrived at 10 a.m. and left two hours later.",
            [("10 a.m.", "TIME", "2021-11-07T10:00"), ("two hours later", "TIME", None)],
        ),
        ("The militia has grown stronger in recent years.", [("recent years", "DATE", "PAST_REF")]),
        ("The curfew lasted three days.", [("three days", "DURATION", "P3D")]),
        (
            "He was sentenced to six and a half years in prison.",
            [("six and a half years", "DURATION", "P6.5Y")],
        ),
        ("Activists have protested every week since the coup.", [("every week", "SET", "P1W")]),
        ("Two men were arrested this week.", [("this week", "DATE", "2021-W44")]),
        ("Officials met two days ago in Geneva.", [("two days ago", "DATE", "2021-11-05")]),
        (
            "Fighting continued between 2014 and 2016.",
            [("2014", "DATE", "2014"), ("2016", "DATE", "2016")],
        ),
        (
            "Gunmen shot a man on Tuesday night. The next day police arrested a suspect.",
            [("Tuesday night", "TIME", "2021-11-02TNI"), ("The next day", "DATE", "2021-11-03")],
        ),
        (
            # The comparison is no new reference point: "the following month" counts from March.
            "Exports fell 8% in March compared with the same period last year. "
            "The following month they recovered.",
            [
                ("March", "DATE", "2021-03"),
                ("the same period last year", "DATE", "2020-03"),
                ("The following month", "DATE", "2021-04"),
            ],
        ),
        (
            "The index suffered its sharpest single-day fall in a decade.",
            [("single-day", "DURATION", "P1D"), ("a decade", "DURATION", "P10Y")],
        ),
    ],
)
def test_times_component_finds_and_normalises(
    nlp: Language, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    doc = _run(nlp, text)
    found = [(t.text, t.type, t.value) for t in doc._.ew_times]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Salih tweeted earlier today, Sunday, that the attack on Friday was a crime.",
        "Protests over the October election turned violent last month.",
        "March 01 , 2008\nThe deal was signed on Monday .",
    ],
)
def test_times_spans_are_exact_and_indexed(nlp: Language, text: str) -> None:
    doc = _run(nlp, text)
    assert doc._.ew_times
    starts = [t.start for t in doc._.ew_times]
    assert starts == sorted(starts)
    for index, t in enumerate(doc._.ew_times):
        assert t.text == doc.text[t.start : t.end]
        assert "\n" not in t.text
        span = doc.char_span(t.start, t.end)
        assert span is not None
        assert all(doc._.ew_time_of[tok.i] == index for tok in span)
    assert set(doc._.ew_time_of.values()) == set(range(len(doc._.ew_times)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Demonstrators clashed with police on Friday.", [("Friday", None)]),
        ("The treaty was signed on March 1, 2008.", [("March 1, 2008", "2008-03-01")]),
        ("Hundreds were killed in 2019.", [("2019", "2019")]),
    ],
)
def test_times_component_without_publication_date(
    nlp: Language, text: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = _run(nlp, text, published=None)
    assert [(t.text, t.value) for t in doc._.ew_times] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 5-year-old girl was hurt in the blast.",
        "The victim, aged 25, died at the scene.",
        "Police said the man was 40 years old.",
        "The editor, 47, was detained at the airport.",
    ],
)
def test_times_component_skips_ages(nlp: Language, text: str) -> None:
    assert _run(nlp, text)._.ew_times == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met on Friday.", "past"),
        ("They will meet on Friday.", "future"),
        ("They plan to meet on Friday.", "future"),
        ("Markets will remain closed until Friday.", "future"),
        ("The markets were closed until Friday.", "past"),
        # What one agreed, decided or vowed to do was ahead then; now it may be either side.
        ("The rebels vowed to free the hostages on Friday.", "present"),
        ("The rebels had vowed to free the hostages on Friday.", "past"),
    ],
)
def test_times_tense_of_governing_verb(nlp: Language, text: str, expected: str) -> None:
    doc = _run(nlp, text)
    span = next(s for s in doc.ents if s.text == "Friday")
    assert times.tense_of(span) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Agreed in the past for a month nearer ahead than behind: the coming one.
        ("The company agreed to sell the unit in February.", [("February", "2022-02")]),
        (
            # "a year earlier" counts back from the quarter, then, once the report has moved
            # on to its nine months, from the year.
            "Widget Corp. said third-quarter profit rose 5% from a year earlier. For the nine "
            "months, profit rose 8% from a year earlier.",
            [
                ("third-quarter", "2021-Q3"),
                ("a year earlier", "2020-Q3"),
                ("the nine months", "P9M"),
                ("a year earlier", "2020"),
            ],
        ),
    ],
)
def test_times_component_dates_commitments_and_report_spans(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in _run(nlp, text)._.ew_times] == expected


def test_times_component_leaves_an_empty_doc_empty(nlp: Language) -> None:
    doc = _run(nlp, "No dates here.")
    assert doc._.ew_times == []
    assert doc._.ew_time_of == {}


def test_times_component_runs_without_tagger_or_parser() -> None:
    model = spacy.blank("en")
    model.add_pipe("eventwire_times")
    doc = _run(model, "The talks ended on Friday.")
    assert [(t.text, t.value) for t in doc._.ew_times] == [("Friday", "2021-11-05")]


@pytest.mark.parametrize("name", ["normalize", "tense_of"])
def test_times_keeps_its_public_names(name: str) -> None:
    # Code written before the normaliser moved to ``timex`` imports these from ``times``.
    assert callable(getattr(times, name))
    if name == "normalize":
        assert times.normalize is timex.normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme said third-quarter profit rose 5%. A year earlier, it earned $5 million.",
            [("third-quarter", "2021-Q3"), ("A year earlier", "2020-Q3")],
        ),
        (
            "In the year-earlier third quarter, the bank earned $5 million.",
            [("the year-earlier third quarter", "2020-Q3")],
        ),
        (
            "The company reported a loss for the quarter ended Sept. 30.",
            [("the quarter", "2021-Q3"), ("Sept. 30", "2021-09-30")],
        ),
        (
            "The ceasefire began in March. The following month, talks collapsed.",
            [("March", "2021-03"), ("The following month", "2021-04")],
        ),
        (
            "The strike began in June 2019. Two months later, the mines reopened.",
            [("June 2019", "2019-06"), ("Two months later", "2019-08")],
        ),
        (
            "Rebels took the port on March 3, 2021. The following Monday, the army struck back.",
            [("March 3, 2021", "2021-03-03"), ("The following Monday", "2021-03-08")],
        ),
        (
            "Sales rose in the first nine months of 2020, the firm said.",
            [("the first nine months", "P9M"), ("2020", "2020")],
        ),
    ],
)
def test_times_component_resolves_against_what_the_article_said_before(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = _run(nlp, text, published=dt.date(2021, 11, 2))
    assert [(t.text, t.value) for t in doc._.ew_times] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council met on Tuesday, October 12. That Friday it voted to raise taxes.",
            [("Tuesday, October 12", "2021-10-12"), ("That Friday", "2021-10-15")],
        ),
        (
            "The council met on October 12. The next morning police raided its offices.",
            [("October 12", "2021-10-12"), ("The next morning", "2021-10-13TMO")],
        ),
        (
            "The council met on October 12. The following evening the mayor resigned.",
            [("October 12", "2021-10-12"), ("The following evening", "2021-10-13TEV")],
        ),
        (
            "The council met on October 12. That night protesters blocked the road.",
            [("October 12", "2021-10-12"), ("That night", "2021-10-12TNI")],
        ),
        (
            "The council met on October 12. Later that evening the mayor resigned.",
            [("October 12", "2021-10-12"), ("Later that evening", "2021-10-12TEV")],
        ),
        (
            "The council met on October 12. The day before, protesters had gathered.",
            [("October 12", "2021-10-12"), ("The day before", "2021-10-11")],
        ),
        (
            "The council met on October 12. The night before, police had raided its offices.",
            [("October 12", "2021-10-12"), ("The night before", "2021-10-11TNI")],
        ),
        (
            "The council met on October 12. The day after, the mayor resigned.",
            [("October 12", "2021-10-12"), ("The day after", "2021-10-13")],
        ),
        (
            "The council met on October 12. That weekend protesters marched.",
            [("October 12", "2021-10-12"), ("That weekend", "2021-W41-WE")],
        ),
        (
            "The council met on October 12. The day after that, the mayor resigned.",
            [("October 12", "2021-10-12"), ("The day after that", "2021-10-13")],
        ),
        (
            "The council met on October 12. Its members quit four days afterwards.",
            [("October 12", "2021-10-12"), ("four days afterwards", "2021-10-16")],
        ),
        (
            "The council met on October 12. The mayor resigned the same week.",
            [("October 12", "2021-10-12"), ("the same week", "2021-W41")],
        ),
        # "That" the tagger calls a pronoun still points back, here to the week told of.
        (
            "The council met on October 12. The following week, the mayor resigned. That "
            "Friday, protesters marched.",
            [
                ("October 12", "2021-10-12"),
                ("The following week", "2021-W42"),
                ("That Friday", "2021-10-22"),
            ],
        ),
        # Nothing told of before: the publication date (Tuesday 2 November).
        ("The day before, protesters had gathered.", [("The day before", "2021-11-01")]),
        ("That evening the mayor resigned.", [("That evening", "2021-11-02TEV")]),
        # "that" introducing a clause is no "that night" or "that Monday".
        ("He said that night raids were banned.", []),
    ],
)
def test_times_component_counts_from_the_day_the_story_has_got_to(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    doc = _run(nlp, text, published=dt.date(2021, 11, 2))
    assert [(t.text, t.value) for t in doc._.ew_times] == expected


def test_times_component_story_days_without_publication_date(nlp: Language) -> None:
    text = "The council met on March 3, 2008. That Friday it voted. The next morning it adjourned."
    values = [(t.text, t.value) for t in _run(nlp, text, published=None)._.ew_times]
    assert values == [
        ("March 3, 2008", "2008-03-03"),
        ("That Friday", "2008-03-07"),
        ("The next morning", "2008-03-08TMO"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Things are different now.", [("now", "PRESENT_REF")]),
        ("The now-defunct bank failed.", []),
        (
            "Prices will stay high for the time being, and in the near future.",
            [("the time being", "PRESENT_REF"), ("the near future", "FUTURE_REF")],
        ),
        (
            "The recent clashes left ten dead, the current government said.",
            [("recent", "PAST_REF"), ("current", "PRESENT_REF")],
        ),
        (
            "The boy was found on Thanksgiving Day off the coast.",
            [("Thanksgiving Day", "2020-11-26")],
        ),
    ],
)
def test_times_component_finds_what_the_ner_misses(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in _run(nlp, text)._.ew_times] == expected


# ---------------------------------------------------------------- regressions (issue 14, dates)


def test_times_regression_dateline_dates_a_story_without_publication_date(nlp: Language) -> None:
    # A story with no publication date counts "today" from the date alone on its header line.
    text = "Ferry sinks near harbour\nMarch 03 , 2009\nA ferry sank near the harbour today ."
    values = [(t.text, t.value) for t in _run(nlp, text, published=None)._.ew_times]
    assert values == [("March 03 , 2009", "2009-03-03"), ("today", "2009-03-03")]


def test_times_regression_date_inside_a_sentence_is_no_dateline(nlp: Language) -> None:
    # A date inside the story's sentence is any day it tells of, not the publication day.
    text = "Ferry sinks\nA ferry built on March 3, 2009 sank today."
    values = [t.value for t in _run(nlp, text, published=None)._.ew_times]
    assert values == ["2009-03-03", None]


def test_times_component_an_age_between_commas_is_no_time(nlp: Language) -> None:
    doc = _run(nlp, "Maria Ivanova, 52, was detained in Kazan in October last year.")
    assert [(t.text, t.value) for t in doc._.ew_times] == [("October last year", "2020-10")]


def test_times_a_name_the_ner_calls_a_date_is_no_time(nlp: Language) -> None:
    # the small model reads "Amhara" before "in August" as a date
    doc = _run(nlp, "A state of emergency was declared in Amhara in August.")
    assert [t.text for t in doc._.ew_times] == ["August"]


def test_times_a_named_feast_stays_a_time(nlp: Language) -> None:
    doc = _run(nlp, "Markets closed early during Ramadan.")
    assert "Ramadan" in [t.text for t in doc._.ew_times]


def test_times_a_list_of_ages_is_no_time(nlp: Language) -> None:
    doc = _run(nlp, "The two men, ages 19 and 44, died at the scene.")
    assert [t.text for t in doc._.ew_times] == []


def test_times_ages_the_ner_takes_with_their_word_are_no_times(run_text: Any) -> None:
    result = run_text("The victims, ages 16 and 17, were taken to hospital on Friday.")
    assert [t.text for t in result.times] == ["Friday"]


@pytest.mark.parametrize(
    "text",
    [
        "The law raises the pension age from 60 to 63 next year.",
        "The bill lowers the voting age to 16.",
    ],
)
def test_times_ages_an_age_takes_are_no_times(run_text: Any, text: str) -> None:
    values = [t.value for t in run_text(text).times]
    assert all(v is not None and v.startswith("20") for v in values), values
    assert not any(t.text.startswith(("60", "16")) for t in run_text(text).times)


def test_times_component_finds_the_periods_a_report_names(nlp: Language) -> None:
    # "the latest period" and "the 2020 period" count from the quarter reported on; the NER
    # often misses them.
    text = (
        "The brewer earned $3 million in the third quarter. "
        "Sales in the latest period rose 5%, while in the 2020 period they fell."
    )
    found = [(t.text, t.value) for t in _run(nlp, text)._.ew_times]
    assert ("the latest period", "2021-Q3") in found
    assert ("the 2020 period", "2020-Q3") in found


def test_times_component_finds_a_hyphenated_quarter(nlp: Language) -> None:
    # "the fiscal second-quarter" as a noun, which the NER misses.
    doc = _run(nlp, "The chain posted a loss for the fiscal second-quarter of $2 million.")
    assert [(t.text, t.value) for t in doc._.ew_times] == [("fiscal second-quarter", "2021-Q2")]


def test_times_component_a_quarter_alone_is_not_a_report_period(nlp: Language) -> None:
    # Only "the" and a unit is no report's period: the pattern wants a year or "latest".
    doc = _run(nlp, "Fans filled the stands for the quarter-final.")
    assert all(t.text.lower() != "the quarter" for t in doc._.ew_times)


def test_times_regression_a_written_day_inside_another_name_is_a_date(nlp: Language) -> None:
    # The NER may call "the Oct. 12" of "the Oct. 12 Consulate attack" an EVENT; a month and
    # its day are a date wherever they stand, a weekday inside a name ("Sunday Times") is not.
    doc = nlp.make_doc("Bookings fell after the Oct. 12 Consulate attack, the Sunday Times said.")
    doc._.published = PUBLISHED
    for _, proc in nlp.pipeline:
        if proc is not nlp.get_pipe("eventwire_times"):
            doc = proc(doc)
    doc.ents = [
        Span(doc, 3, 6, label="EVENT"),  # "the Oct. 12"
        Span(doc, 9, 12, label="ORG"),  # "the Sunday Times"
    ]
    found = [(t.text, t.value) for t in nlp.get_pipe("eventwire_times")(doc)._.ew_times]
    assert found == [("Oct. 12", "2021-10-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The NER parts a clock time from the day told after it: the time is on that day, not
        # on the last day mentioned before.
        (
            "The strike began on Nov. 1. The offer runs until 6 p.m. EST, Nov. 19.",
            ("6 p.m. EST", "2021-11-19T18:00"),
        ),
        ("Police said the count began at 9 a.m. on Tuesday.", ("9 a.m.", "2021-11-02T09:00")),
        # A clock time with no day after it stays on the last day mentioned.
        ("On Friday the rebels attacked. Officials met at 3 p.m.", ("3 p.m.", "2021-11-05T15:00")),
    ],
)
def test_times_regression_a_clock_time_is_on_the_day_told_after_it(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(t.text, t.value) for t in _run(nlp, text)._.ew_times]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" puts a month or day without its year before publication, however far back
        ("The rebels have held the town since January.", ("January", "2021-01")),
        ("Prices have risen since Dec. 3.", ("Dec. 3", "2020-12-03")),
        # but not a time after another preposition
        ("Talks will resume in January.", ("January", "2022-01")),
    ],
)
def test_times_component_since_a_month_is_before_publication(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(t.text, t.value) for t in _run(nlp, text)._.ew_times]


@pytest.mark.parametrize(
    "text",
    ["Both victims were men in their 20s.", "The suspect, a woman in her early thirties, fled."],
)
def test_times_component_a_decade_of_someones_life_is_an_age(nlp: Language, text: str) -> None:
    assert _run(nlp, text)._.ew_times == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month a deed was done in, told in the simple past, lies before publication,
        # however far back (written in December)
        ("The president suspended the talks in January.", ("January", "2021-01")),
        # one under "will" lies ahead
        ("Talks will resume in January.", ("January", "2022-01")),
    ],
)
def test_times_component_a_month_a_deed_was_done_in_is_before_publication(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    times = _run(nlp, text, published=dt.date(2021, 12, 3))._.ew_times
    assert expected in [(t.text, t.value) for t in times]
