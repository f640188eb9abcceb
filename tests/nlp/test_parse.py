"""Parse helpers shared by the stages: datelines, running tolls."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.nlp.parse import (
    dateline_tokens,
    datelines,
    points_back,
    running_toll,
    trailing_speaker,
)
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
        # an apostrophe inside the name; an agency's date after the country
        ("N'ZEREKORE, Guinea (Reuters) - Traders shut their stalls.", "N'ZEREKORE"),
        ("LUSAKA, Zambia, March 3 (Reuters) - Miners walked out.", "LUSAKA"),
        ("LUSAKA, Dec. 14 (AP) — Miners walked out.", "LUSAKA"),
        # the small words of a country's name
        ("BUNIA, Democratic Republic of Congo (Reuters) - Militiamen torched huts.", "BUNIA"),
        ("MOSTAR, Bosnia and Herzegovina (AP) — Fans clashed on Sunday.", "MOSTAR"),
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
        "NATO, the EU, 27 states and 3 more (some late) joined.",
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


@pytest.mark.parametrize(
    ("text", "town", "marked"),
    [
        ("kabul (reuters) - gunmen killed three guards.", "kabul", "kabul ( reuters ) -"),
        (
            "goma, congo (afp) - rebels seized the airport.",
            "goma",
            "goma , congo ( afp ) -",
        ),
    ],
)
def test_parse_a_lower_case_dateline_ends_at_its_agency_and_dash(
    model: Language, text: str, town: str, marked: str
) -> None:
    doc = model(text)
    (line,) = datelines(doc)
    assert doc[line.start : line.end].text == town
    assert " ".join(t.text for t in doc if t.i in dateline_tokens(doc)) == marked


def test_parse_a_lower_case_aside_in_brackets_is_no_dateline(model: Language) -> None:
    assert datelines(model("police (the local force) - said the roads were closed.")) == []


def test_parse_a_lower_case_speakers_line_is_no_dateline(model: Language) -> None:
    assert datelines(model("the minister said: the roads will reopen.")) == []


def test_parse_dateline_tokens_cover_town_region_agency_and_mark(model: Language) -> None:
    doc = model("MOPTI, Mali (AFP) - Herders clashed with farmers.")
    dated = dateline_tokens(doc)
    assert [t.text for t in doc if t.i in dated] == ["MOPTI", ",", "Mali", "(", "AFP", ")", "-"]


@pytest.mark.parametrize(
    ("text", "verb", "toll"),
    [
        ("The war, which has killed 9,000 people, goes on.", "killed", True),
        ("Talks began on a conflict that has displaced millions.", "displaced", True),
        ("They met after three years of war that has killed thousands.", "killed", True),
        ("The insurgency has killed 4,000 people since 2015.", "killed", True),
        ("Fighting killed 12 people in the town on Monday.", "killed", False),
        ("The war in Yemen, which has killed 150,000, goes on.", "killed", True),
        ("Years of war have killed thousands of people.", "killed", True),
        # a day of its own: the news of that day
        ("The war killed 12 soldiers on Monday.", "killed", False),
        ("The war has killed 12 soldiers since Friday.", "killed", False),
        ("The insurgency killed 11 villagers in the north.", "killed", False),
        # a relative clause in the past on a war the act was told in: perhaps the act's toll
        ("Gunmen attacked a bus during the war, which killed 30 passengers.", "killed", False),
        ("They met after two years of war that killed thousands.", "killed", True),
        (
            "Police clashed with crowds during a decade of conflict, which killed 900.",
            "killed",
            True,
        ),
        ("Militias fought in the war, which killed 4,000 between 2013 and 2018.", "killed", True),
        ("The blast, which killed four guards, shook the port.", "killed", False),
    ],
)
def test_parse_a_running_toll_is_what_a_long_conflict_did(
    model: Language, text: str, verb: str, toll: bool
) -> None:
    doc = model(text)
    assert running_toll(next(t for t in doc if t.text == verb)) is toll


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the parser hangs a closing speaker on the last name as its apposition
        (
            "More than 10,000 people fled their homes in eastern Congo this week as M23 rebels"
            " advanced towards the city of Goma, the U.N. refugee agency said on Friday.",
            True,
        ),
        ("Rebels advanced towards the city of Goma, a port on the lake, on Friday.", False),
    ],
)
def test_parse_a_closing_speaker_is_no_apposition(
    model: Language, text: str, speaker: bool
) -> None:
    doc = model(text)
    goma = next(t for t in doc if t.text == "Goma")
    appositions = [c for c in goma.children if c.dep_ == "appos"]
    assert any(trailing_speaker(a) for a in appositions) == speaker


@pytest.mark.parametrize(
    ("text", "word", "back"),
    [
        ("The attackers fled.", "attackers", True),
        ("They fled.", "They", True),
        ("Both died in hospital.", "Both", True),
        ("Three of the victims died.", "Three", True),
        ("Gunmen fled.", "Gunmen", False),
        ("A guard died.", "guard", False),
        ("Two soldiers died.", "soldiers", False),
    ],
)
def test_parse_a_phrase_points_back_at_people_told_before(
    model: Language, text: str, word: str, back: bool
) -> None:
    doc = model(text)
    assert points_back(next(t for t in doc if t.text == word)) == back
