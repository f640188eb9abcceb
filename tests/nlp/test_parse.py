"""Parse helpers shared by the stages: datelines."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.parse import dateline_tokens, datelines
from eventwire.nlp.pipeline import load_base


@pytest.fixture(scope="module")
def model() -> Language:
    return load_base()


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("KISUMU — Fishermen blocked the pier on Monday.", "KISUMU"),
        ("DODOMA: Two traders were robbed near the market.", "DODOMA"),
        ("MOPTI, Mali (AFP) - Herders clashed with farmers.", "MOPTI"),
        ("Floods hit the north.\nMANDALAY, Myanmar — Monks marched on Friday.", "MANDALAY"),
        # a town whose name is hyphenated, in capitals
        ("CAP-HAITIEN, Haiti (AP) — Dockers stopped work on Monday.", "CAP-HAITIEN"),
        ("WINSTON-SALEM, N.C. — A clerk was robbed on Friday.", "WINSTON-SALEM"),
    ],
)
def test_parse_a_dateline_names_the_town_filed_from(model: Language, text: str, town: str) -> None:
    doc = model(text)
    found = [doc[d.start : d.end].text for d in datelines(doc)]
    assert found == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Militants, the UN said - again - attacked the camp.",
        "The UN said: talks will resume.",
        "Police in Kano, Nigeria arrested two men.",
        "UN - EU talks resumed in Geneva.",
    ],
)
def test_parse_no_dateline_in_ordinary_sentences(model: Language, text: str) -> None:
    assert datelines(model(text)) == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("surat: curfew was relaxed in four areas on friday.", "surat"),
        ("new delhi, may 4: the court adjourned the hearing.", "new delhi"),
    ],
)
def test_parse_a_lower_case_dateline_ends_at_its_colon(
    model: Language, text: str, town: str
) -> None:
    doc = model(text)
    found = [(doc[d.start : d.end].text, doc[d.mark].text) for d in datelines(doc)]
    assert found == [(town, ":")]


def test_parse_a_lower_case_line_with_a_dash_is_no_dateline(model: Language) -> None:
    assert datelines(model("patna - police said the roads were closed.")) == []


def test_parse_a_lower_case_speakers_line_is_no_dateline(model: Language) -> None:
    assert datelines(model("the minister said: the roads will reopen.")) == []


def test_parse_dateline_tokens_cover_town_region_agency_and_mark(model: Language) -> None:
    doc = model("MOPTI, Mali (AFP) - Herders clashed with farmers.")
    dated = dateline_tokens(doc)
    assert [t.text for t in doc if t.i in dated] == ["MOPTI", ",", "Mali", "(", "AFP", ")", "-"]
