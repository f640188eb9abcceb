"""A name several bodies of water share ("the Gulf") is decided by the article's countries among
their shores (``water.tsv``), and a subdivision of that name wins in its own country's news
(invented sentences; the bodies bear their ``water.tsv`` names, the other places are made up
to the same shape)."""

from __future__ import annotations

from collections import Counter

import pytest
from spacy.language import Language
from tests.nlp.places.conftest import make_doc, mentions

from eventwire.nlp.places.component import PlacesComponent
from eventwire.nlp.places.gazetteer import GazEntry, MemoryGazetteer
from eventwire.nlp.places.resolve import Evidence, resolve
from eventwire.nlp.places.tables import load_shared_water_names, load_water_shores

PERSIAN = GazEntry(None, "Persian Gulf", 26.5, 52.0, None, None, "GULF", 0, "water")
MEXICO = GazEntry(None, "Gulf of Mexico", 25.0, -90.0, None, None, "GULF", 0, "water")
MAINE_GULF = GazEntry(None, "Gulf of Maine", 43.0, -68.0, None, None, "GULF", 0, "water")
STREAM = GazEntry(None, "Gulf Stream", 36.0, -72.0, None, None, "CRNT", 0, "water")
GULF_PNG = GazEntry(1, "Gulf", -7.5, 144.0, "PNG", "Gulf", "ADM1", 600, "admin1")
PNG = GazEntry(2, "Papua New Guinea", -6.0, 147.0, "PNG", None, "PCLI", 8_000_000, "country")
IRAN = GazEntry(3, "Iran", 32.0, 53.0, "IRN", None, "PCLI", 80_000_000, "country")
SAUDI = GazEntry(4, "Saudi Arabia", 24.0, 45.0, "SAU", None, "PCLI", 34_000_000, "country")
RIYADH = GazEntry(5, "Riyadh", 24.7, 46.7, "SAU", "Riyadh", "PPLC", 4_200_000, "city")
LOUISIANA = GazEntry(6, "Louisiana", 31.0, -92.0, "USA", "Louisiana", "ADM1", 4_600_000, "admin1")
FLORIDA = GazEntry(7, "Florida", 28.0, -82.0, "USA", "Florida", "ADM1", 21_000_000, "admin1")
OHIO = GazEntry(8, "Ohio", 40.3, -82.8, "USA", "Ohio", "ADM1", 11_700_000, "admin1")
MAINE = GazEntry(9, "Maine", 45.3, -69.2, "USA", "Maine", "ADM1", 1_300_000, "admin1")
SHORES = GazEntry(10, "Gulf Shores", 30.25, -87.7, "USA", "Alabama", "PPL", 15_000, "city")
ALABAMA = GazEntry(11, "Alabama", 32.8, -86.8, "USA", "Alabama", "ADM1", 5_000_000, "admin1")
COUNTY = GazEntry(12, "Gulf County", 29.9, -85.2, "USA", "Florida", "ADM2", 14_000, "admin2")
GAZ = MemoryGazetteer(
    [PERSIAN, MEXICO, MAINE_GULF, STREAM, GULF_PNG, PNG, IRAN, SAUDI, RIYADH, LOUISIANA]
    + [FLORIDA, OHIO, MAINE, SHORES, ALABAMA, COUNTY],
    aliases=[("Gulf", PERSIAN), ("Gulf", MEXICO), ("Gulf War", PERSIAN), ("Ala.", ALABAMA)],
)


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    return PlacesComponent(gazetteer=GAZ)


def test_water_table_lists_the_shared_name_and_its_shores() -> None:
    # the Persian Gulf is listed first: a bare "Gulf" with no shore named is the Persian Gulf
    assert load_shared_water_names()["gulf"] == ("Persian Gulf", "Gulf of Mexico")
    assert {"IRN", "SAU", "QAT"} <= load_water_shores()["Persian Gulf"]
    assert {"USA", "MEX"} <= load_water_shores()["Gulf of Mexico"]
    assert "gulf of maine" not in load_shared_water_names()


@pytest.mark.parametrize(
    ("context", "expected"),
    [
        ([LOUISIANA], MEXICO),
        ([IRAN], PERSIAN),
        ([PNG], GULF_PNG),
        ([], PERSIAN),
    ],
)
def test_water_shores_decide_a_shared_name(context: list[GazEntry], expected: GazEntry) -> None:
    chosen = resolve(
        {"gulf": [MEXICO, PERSIAN, GULF_PNG]}, Counter(gulf=1), Evidence(fixed=context)
    )
    assert chosen["gulf"] == expected


@pytest.mark.parametrize(
    ("full", "context", "expected"),
    [
        (MEXICO, [], MEXICO),  # "The Gulf of Mexico spill … crews worked across the Gulf"
        (PERSIAN, [LOUISIANA], PERSIAN),  # "The Persian Gulf is tense … US ships in the Gulf"
    ],
)
def test_a_body_named_in_full_decides_its_short_name(
    full: GazEntry, context: list[GazEntry], expected: GazEntry
) -> None:
    key = full.name.lower()
    chosen = resolve(
        {key: [full], "gulf": [MEXICO, PERSIAN, GULF_PNG]},
        Counter({key: 1, "gulf": 1}),
        Evidence(fixed=context),
    )
    assert chosen["gulf"] == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "Oil rigs along the Gulf Coast were evacuated as a hurricane approached Louisiana.",
            [("the Gulf Coast", "LOC"), ("Louisiana", "GPE")],
            {"Gulf": "Gulf of Mexico"},
        ),
        (
            "A storm churned in the Gulf and was expected to hit Florida by Thursday.",
            [("Gulf", "LOC"), ("Florida", "GPE")],
            {"Gulf": "Gulf of Mexico"},
        ),
        (
            "Iran seized a tanker in the Gulf.",
            [("Iran", "GPE"), ("Gulf", "LOC")],
            {"Gulf": "Persian Gulf"},
        ),
        (
            "Saudi Arabia and other Gulf states met in Riyadh.",
            [("Saudi Arabia", "GPE"), ("Gulf", "LOC"), ("Riyadh", "GPE")],
            {"Gulf": "Persian Gulf"},
        ),
        (  # the war's name is the Persian Gulf's in an American story too
            "Veterans of the Gulf War gathered in Ohio.",
            [("the Gulf War", "EVENT"), ("Ohio", "GPE")],
            {"Gulf War": "Persian Gulf"},
        ),
        (
            "Floods cut roads to towns across the Gulf region of Papua New Guinea.",
            [("Gulf", "LOC"), ("Papua New Guinea", "GPE")],
            {"Gulf": "Gulf"},
        ),
        ("Shipping in the Gulf slowed on Monday.", [("Gulf", "LOC")], {"Gulf": "Persian Gulf"}),
    ],
)
def test_water_shared_name_follows_the_article(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    expected: dict[str, str],
) -> None:
    got = mentions(component, make_doc(blank, text, ents))
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "The Gulf of Maine is warming faster than most oceans.",
            [("The Gulf of Maine", "ORG")],
            {"Gulf of Maine": "Gulf of Maine"},
        ),
        (
            "The Gulf Stream carries warm water north.",
            [("Gulf Stream", "ORG")],
            {"Gulf Stream": "Gulf Stream"},
        ),
        (
            "Tourists crowded Gulf Shores, Ala., on Saturday.",
            [("Gulf Shores", "ORG"), ("Ala.", "GPE")],
            {"Gulf Shores": "Gulf Shores", "Ala.": "Alabama"},
        ),
        (
            "A fire burned in Gulf County, Florida.",
            [("Gulf County", "GPE"), ("Florida", "GPE")],
            {"Gulf County": "Gulf County", "Florida": "Florida"},
        ),
    ],
)
def test_water_longer_names_with_gulf_stay_whole(
    blank: Language,
    component: PlacesComponent,
    text: str,
    ents: list[tuple[str, str]],
    expected: dict[str, str],
) -> None:
    assert mentions(component, make_doc(blank, text, ents)) == expected
